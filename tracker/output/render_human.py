"""Human views with rich: the status table (coloured by urgency), suspicious mail, the audit trail.

Kept apart from :mod:`tracker.output.render` so that ``status --json`` never imports rich. Every value
that comes from mail (addresses, paths, warnings quoting display names) goes through
:func:`_one` / :func:`_shown`: first :func:`tracker.output.sanitize.for_people`, value by value, since
rich passes ESC sequences, OSC 8 links and bidi controls to the terminal as they are; then rich's
markup escape, since a sender must not be able to write rich markup into the terminal either.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape as esc
from rich.table import Table

from tracker.core.status import StatusRow
from tracker.i18n import N_, _
from tracker.model import HistoryLine, MalformedMessage, Reread, SuspiciousMessage
from tracker.output.render import dumps, format_date, iso, next_action_text, state_label
from tracker.output.sanitize import for_people

_T: dict[str, str] = {
    "mailbox": N_("Mailbox"), "platform": N_("Platform"), "account": N_("Account"), "round": N_("Round"),
    "state": N_("State"), "days": N_("Days left"), "next": N_("Next action"),
    "none": N_("No Meta account tracked yet: import or poll your mail (tracker import PATH, tracker poll)."),
    "suspicious": N_("Suspicious messages (not from Meta; ignored)"),
    "malformed": N_("Malformed messages (recorded, skipped)"), "history": N_("Audit trail"), "when": N_("When"),
    "move": N_("Change"), "by": N_("Because of"), "manual": N_("manual mark"), "via": N_("acceptance of"),
}

_STYLE = {"action_needed": "bold yellow", "code_received": "bold magenta", "awaiting_answer": "cyan",
          "accepted": "green", "refused": "bold red", "deadline_passed": "red"}


def _one(value: str | None) -> str:
    """A mail-borne value as one line of plain text ("?" when missing), not yet escaped for rich."""
    return for_people(value, one_line=True) if value else "?"


def _shown(value: str | None) -> str:
    """A mail-borne value as one line of plain text inside rich markup."""
    return esc(_one(value))


def _is_tty() -> bool:
    import sys

    return sys.stdout.isatty()


def _t(lang: str) -> dict[str, str]:
    return {key: _(text, lang) for key, text in _T.items()}


def print_status(rows: list[StatusRow], suspicious: list[SuspiciousMessage], malformed: list[MalformedMessage],
                 lang: str, console: Console | None = None, rereads: list[Reread] | None = None) -> None:
    console = console or Console(highlight=False, width=None if _is_tty() else 120)
    t = _t(lang)
    for r in rereads or ():
        # Loud, first: a row an older classifier got wrong is corrected, never silently.
        console.print("[bold red]" + esc(_(
            "Read again with a better classifier: {account} ({platform}, round {round}) was shown as "
            "'{before}'; it is now '{after}'. Check that account's objection.", lang).format(
            account=_one(r.account), platform=_one(r.platform), round=_one(r.round),
            before=state_label(r.before, lang), after=state_label(r.after, lang) if r.after else _("gone", lang)))
            + "[/]")
    if not rows:
        console.print(t["none"])
    else:
        several = len({s.row.mailbox for s in rows}) > 1
        table = Table(show_lines=True, header_style="bold")
        for col in ("account", "round", "state", "days", "next"):
            table.add_column(t[col], overflow="fold", justify="right" if col == "days" else "left",
                             ratio=3 if col == "next" else None)
        for s in rows:
            style = _STYLE.get(s.state.value, "")
            days = "" if s.days_left is None or s.days_left < 0 else str(s.days_left)
            if s.urgent and s.days_left is not None and 0 <= s.days_left <= 2:
                days = f"[bold red]{days}[/]"
            rnd = format_date(s.row.deadline, lang) if s.row.deadline else _shown(s.row.round)
            who = f"{_shown(s.row.account)}\n[dim]{_shown(s.row.platform)}" + (
                f" · {_shown(s.row.mailbox)}" if several else "") + "[/]"
            action = esc(next_action_text(s, lang))
            if s.row.objection_url and s.next_action.value.startswith(("object", "refill")):
                action += f"\n{_shown(s.row.objection_url)}"
            table.add_row(who, rnd, f"[{style}]{state_label(s.state.value, lang)}[/]", days, action)
        console.print(table)
    if suspicious:
        console.print(f"\n[bold red]{t['suspicious']}[/]")
        for m in suspicious:
            console.print(esc(f"  {iso(m.at)}  {_one(m.account)}  {_one(m.kind)}  {_one(m.source)}"))
            for w in m.warnings:
                console.print(esc(f"      - {_one(w)}"))
    if malformed:
        console.print(f"\n[bold]{t['malformed']}[/]")
        for bad in malformed:
            console.print(esc(f"  [{_one(bad.mailbox)}] {_one(bad.source)}: {_one(bad.error)}"))


def print_history(lines: list[HistoryLine], suspicious: list[SuspiciousMessage], lang: str, as_json: bool) -> None:
    if as_json:
        out: list[dict[str, Any]] = [
            {"at": ln.at.isoformat(), "mailbox": ln.mailbox, "platform": ln.platform, "account": ln.account,
             "round": ln.round, "from": ln.before, "to": ln.after, "manual": ln.manual, "via": ln.via,
             "source": ln.source, "reference": ln.reference, "note": ln.note}
            for ln in lines
        ]
        print(dumps(out))
        return
    t = _t(lang)
    console = Console(highlight=False)
    table = Table(title=t["history"], header_style="bold")
    for col in ("when", "account", "platform", "round", "move", "by"):
        table.add_column(t[col], overflow="fold")
    for ln in lines:
        # for_people on each value, before they are joined: one could not reach into another
        cause = _one(ln.source) if ln.source else ""
        if ln.manual:
            cause = t["manual"] + (f": {_one(ln.note)}" if ln.note else "")
        if ln.via:
            cause = f"{t['via']} {_one(ln.via)}" + (f" ({cause})" if cause else "")
        if ln.reference:
            cause += " [" + _("ref {reference}", lang).format(reference=_one(ln.reference)) + "]"
        table.add_row(ln.at.isoformat(timespec="minutes"), _shown(ln.account), _shown(ln.platform), _shown(ln.round),
                      f"{state_label(ln.before, lang) if ln.before != 'start' else '—'} → "
                      f"{state_label(ln.after, lang)}", esc(cause))
    console.print(table)
    if suspicious:
        console.print(f"\n[bold red]{t['suspicious']}[/]")
        for m in suspicious:
            warnings = "; ".join(_one(w) for w in m.warnings)
            console.print(esc(f"  {iso(m.at)}  {_one(m.account)}  {_one(m.kind)}  {_one(m.source)}: {warnings}"))
