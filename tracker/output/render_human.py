"""Human views with rich: the status table (coloured by urgency), suspicious mail, the audit trail.

Kept apart from :mod:`tracker.output.render` so that ``status --json`` never imports rich. Every value
that comes from mail (addresses, paths, warnings quoting display names) goes through
:func:`_one` / :func:`_shown`: first :func:`tracker.output.sanitize.for_people`, value by value, since
rich passes ESC sequences, OSC 8 links and bidi controls to the terminal as they are; then rich's
markup escape, since a sender must not be able to write rich markup into the terminal either.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich.console import Console
from rich.markup import escape as esc
from rich.style import Style
from rich.table import Table
from rich.text import Text

from tracker.core.status import StatusRow
from tracker.i18n import N_, _, ngettext
from tracker.model import HistoryLine, MalformedMessage, Reread, SuspiciousMessage
from tracker.output.render import countdown, dumps, format_date, next_action_text, state_label
from tracker.output.sanitize import for_people
from tracker.output.words import doubt_text, kind_label, round_text, when_text

_T: dict[str, str] = {
    "mailbox": N_("Mailbox"), "platform": N_("Platform"), "account": N_("Account"), "round": N_("Round"),
    "state": N_("State"), "days": N_("Last day"), "next": N_("Next action"),
    "none": N_("No Meta account tracked yet: import or poll your mail (tracker import PATH, tracker poll)."),
    "none_init": N_("No Meta account tracked yet: set up your mailbox with tracker init (or import a file: "
                    "tracker import PATH)."),
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


def _days_cell(s: StatusRow, lang: str) -> str:
    """The countdown to the last day to object ("today", "tomorrow", "in 3 days"); empty once past."""
    if s.days_to_last_day is None or s.days_to_last_day < 0:
        return ""
    days = esc(countdown(s.days_to_last_day, lang))
    return f"[bold red]{days}[/]" if s.urgent and s.days_to_last_day <= 1 else days


def _round_cell(s: StatusRow, lang: str) -> str:
    """What a round is: the day Meta starts using the data ("from 27 May 2025")."""
    if s.row.deadline is None:
        return esc(round_text(s.row.round, lang))
    return esc(_("from {date}", lang).format(date=format_date(s.row.deadline, lang)))


def _later_note(later: list[StatusRow], now: datetime | None, lang: str) -> str:
    """Rounds announced after ``now`` are not today's business at ``now``: left out of the table, counted here."""
    n = len(later)
    when = format_date(now.date(), lang) if now else "--now"
    return esc(ngettext("{n} round announced after {when} is not shown (tracker status --json lists it).",
                        "{n} rounds announced after {when} are not shown (tracker status --json lists them).",
                        n, lang).format(n=n, when=when))


def print_status(rows: list[StatusRow], suspicious: list[SuspiciousMessage], malformed: list[MalformedMessage],
                 lang: str, console: Console | None = None, rereads: list[Reread] | None = None,
                 now: datetime | None = None, configured: bool = True) -> None:
    console = console or Console(highlight=False, width=None if _is_tty() else 120)
    t = _t(lang)
    later = [s for s in rows if s.announced_later]
    rows = [s for s in rows if not s.announced_later]
    for r in rereads or ():
        # Loud, first: a row an older classifier got wrong is corrected, never silently.
        console.print("[bold red]" + esc(_(
            "Read again with a better classifier: {account} ({platform}, round {round}) was shown as "
            "'{before}'; it is now '{after}'. Check that account's objection.", lang).format(
            account=_one(r.account), platform=_one(r.platform), round=round_text(r.round, lang),
            before=state_label(r.before, lang), after=state_label(r.after, lang) if r.after else _("gone", lang)))
            + "[/]")
    if not rows and not later:
        console.print(t["none"] if configured else t["none_init"])  # no mailbox yet: polling cannot help
    elif not rows:
        console.print(_later_note(later, now, lang))
    else:
        several = len({s.row.mailbox for s in rows}) > 1
        links: list[str] = []
        table = Table(show_lines=True, header_style="bold")
        for col in ("account", "round", "state", "days", "next"):
            table.add_column(t[col], overflow="fold", justify="left",
                             ratio=3 if col == "next" else None)
        for s in rows:
            style = _STYLE.get(s.state.value, "")
            days, rnd = _days_cell(s, lang), _round_cell(s, lang)
            who = f"{_shown(s.row.account)}\n[dim]{_shown(s.row.platform)}" + (
                f" · {_shown(s.row.mailbox)}" if several else "") + "[/]"
            action = Text.from_markup(esc(next_action_text(s, lang)))
            if s.row.objection_url and s.next_action.value.startswith(("object", "refill")):
                action.append("\n").append_text(_form_link(_one(s.row.objection_url), links, console, lang))
            table.add_row(who, rnd, f"[{style}]{state_label(s.state.value, lang)}[/]", days, action)
        console.print(table)
        for i, url in enumerate(links, 1):
            # whole, on a line of its own: a link folded inside a cell cannot be clicked or copied
            console.print(Text(f"[{i}] {url}"), soft_wrap=True)
        if later:
            console.print(_later_note(later, now, lang))
    if suspicious:
        console.print(f"\n[bold red]{t['suspicious']}[/]")
        for m in suspicious:
            console.print(esc(f"  {_suspect(m, lang)}"))
            for w in m.warnings:
                console.print(esc(f"      - {doubt_text(w, lang)}"))
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
    if _is_tty():
        # the terminal's whole width; a subject or a path too long for a cell folds inside it
        console = Console(highlight=False)
        table = Table(title=t["history"], header_style="bold")
        for col in ("when", "account", "platform", "round", "move", "by"):
            table.add_column(t[col], overflow="fold")
        for ln in lines:
            table.add_row(*_history_cells(ln, t, lang))
        console.print(table)
    else:
        # piped (a pager, grep, a file): no table squeezed to 80 columns, one whole line per move
        console = Console(highlight=False, soft_wrap=True)
        console.print(f"[bold]{t['history']}[/]")
        for ln in lines:
            when, account, platform, rnd, move, cause = _history_cells(ln, t, lang)
            console.print(f"  {when}  {account} ({platform}, {rnd})  {move}  {cause}".rstrip())
    if suspicious:
        console.print(f"\n[bold red]{t['suspicious']}[/]")
        for m in suspicious:
            warnings = "; ".join(doubt_text(w, lang) for w in m.warnings)
            console.print(esc(f"  {_suspect(m, lang)}: {warnings}"))


def _history_cells(ln: HistoryLine, t: dict[str, str], lang: str) -> tuple[str, ...]:
    """One move's cells, as rich markup: when, account, platform, round, the change, its cause.

    for_people on each value, before they are joined: one could not reach into another."""
    cause = _message(ln, lang)
    if ln.manual:
        cause = t["manual"] + (f": {_one(ln.note)}" if ln.note else "")
    if ln.via:
        cause = f"{t['via']} {_one(ln.via)}" + (f" ({cause})" if cause else "")
    if ln.reference:
        cause += " [" + _("ref {reference}", lang).format(reference=_one(ln.reference)) + "]"
    move = f"{state_label(ln.before, lang) if ln.before != 'start' else '—'} → {state_label(ln.after, lang)}"
    return (esc(when_text(ln.at, lang)), _shown(ln.account), _shown(ln.platform), esc(round_text(ln.round, lang)),
            esc(move), esc(cause))


def _form_link(url: str, links: list[str], console: Console, lang: str) -> Text:
    """The cell's pointer to the objection form: "objection form [1]", the link itself printed
    whole under the table; in a terminal, the words are a hyperlink too (OSC 8, which terminals
    that know it make clickable and others ignore)."""
    if url not in links:
        links.append(url)
    label = _("objection form [{n}]", lang).format(n=links.index(url) + 1)
    return Text(label, style=Style(link=url) if console.is_terminal else "")


def _suspect(m: SuspiciousMessage, lang: str) -> str:
    """A suspicious message's line: when (the reader's clock), to whom, what it claims to be, where."""
    return f"{when_text(m.at, lang)}  {_one(m.account)}  {kind_label(m.kind, lang)}  {_one(m.source)}"


def _message(ln: HistoryLine, lang: str) -> str:
    """The message behind a move as people recognise it: its kind and subject ("objection
    accepted: “Your objection…”"); its source (a file, #index) only when the subject is unknown."""
    if ln.kind is None:
        return _one(ln.source) if ln.source else ""
    what = kind_label(ln.kind, lang)
    if ln.subject:
        return _("{kind}: “{subject}”", lang).format(kind=what, subject=_one(ln.subject))
    return f"{what} ({_one(ln.source)})" if ln.source else what
