"""Commands that read the database: `status`, `history`, `export`, `letter`."""

from __future__ import annotations

from pathlib import Path

import click

from tracker.cli.app import PLATFORM_CHOICE, AppContext, check_round, cli, pass_app
from tracker.errors import UserError
from tracker.i18n import _, ngettext
from tracker.output.files import write_private

#: ``--platform`` of `letter` and `mark`: the platforms the model knows, one list for both.


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="The contract's JSON array (stable across versions).")
@pass_app
def status(app: AppContext, as_json: bool) -> None:
    """Where each Meta account stands, per round, and what to do next.

    Reads the database only. The countdown to the last day to object and the deadline_passed
    state follow --now (or the clock); a round announced after --now is left out of the table
    (--json lists it). Messages that pretend to be Meta's are listed apart, with why they are
    suspect.

    \b
    Examples:
      tracker status
      tracker status --json | jq '.[] | select(.state == "action_needed")'
      tracker --now 2025-05-20T08:00:00+02:00 status
    """
    from tracker.core.status import status_of
    from tracker.output.render import dumps, status_json

    now = app.now()
    store = app.read_store()
    rows = [status_of(r, now) for r in store.rows()]
    lang = app.lang()
    if as_json:
        click.echo(dumps(status_json(rows, lang)))
        return
    from datetime import timedelta

    from tracker.output.render_human import print_status

    print_status(rows, store.suspicious(), store.malformed(), lang,
                 rereads=store.rereads(since=now - timedelta(days=30)), now=now,
                 configured=bool(app.config.mailboxes))


@cli.command()
@click.argument("account", required=False)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@pass_app
def history(app: AppContext, account: str | None, as_json: bool) -> None:
    """The audit trail: which message (or manual mark) moved which row, from what to what.

    \b
    Examples:
      tracker history
      tracker history claire.martin@example.fr
    """
    store = app.read_store()
    lines = store.history(account)
    if account and not lines and account.lower() not in store.accounts():
        raise UserError(_("unknown account {account!r} (known: {known})").format(
            account=account, known=", ".join(store.accounts()) or _("none")))
    from tracker.output.render_human import print_history

    print_history(lines, store.suspicious() if not account else [], app.lang(), as_json)


@cli.command()
@click.option("--ics", "ics_file", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help="Calendar: an all-day event on the last day to object of every open row, with the reminders "
                   "as alarms.")
@click.option("--csv", "csv_file", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help="The status table to FILE and the audit trail to FILE-history (export.csv → "
                   "export-history.csv). '-': both to stdout, the status first, then an empty line.")
@click.option("--csv-dialect", type=click.Choice(["plain", "excel-fr"]), default="plain", show_default=True,
              help="plain: UTF-8 with commas, for scripts. excel-fr: UTF-8 with a byte-order mark and "
                   "semicolons, which a spreadsheet set to French opens as it should.")
@click.option("--json", "json_file", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True),
              help='{"status": [...], "history": [...]}: the contract\'s status objects and the audit trail.')
@pass_app
def export(app: AppContext, ics_file: str | None, csv_file: str | None, csv_dialect: str,
           json_file: str | None) -> None:
    """Export the deadlines to a calendar, and the status and audit trail to CSV or JSON.

    Give one or several of --ics, --csv, --json; FILE '-' is stdout (one of them at most).
    Reads the database only; the files are created readable by you alone (they hold your
    addresses).

    The calendar has one all-day event per open row (action needed, or a confirmation code
    not yet used) on the LAST DAY TO OBJECT (the day before Meta's deadline), saying what to do,
    with the objection form as its URL and one alarm per reminder of [reminders] (days_before,
    hour) still ahead at --now. Each event's UID comes from (mailbox, platform, account,
    round): importing a newer export updates the events instead of duplicating them. Rows that
    are closed (accepted, awaiting an answer...) have no event: delete theirs by hand, or
    subscribe to the file so that the calendar follows it.

    \b
    Examples:
      tracker export --ics ~/meta-deadlines.ics
      tracker export --csv status.csv          status.csv and status-history.csv
      tracker export --csv statut.csv --csv-dialect excel-fr    for a French Excel
      tracker export --json - | jq '.status[] | select(.state == "refused")'
      tracker --lang fr export --ics echeances.ics --json sauvegarde.json
    """
    from tracker.core.status import status_of
    from tracker.output.export import export_json, history_csv, history_path, ics_calendar, status_csv

    if not (ics_file or csv_file or json_file):
        raise click.UsageError(_("give at least one of --ics FILE, --csv FILE, --json FILE"))
    if [ics_file, csv_file, json_file].count("-") > 1:
        raise click.UsageError(_("only one of --ics, --csv, --json can write to stdout ('-')"))
    now = app.now()
    lang = app.lang()
    store = app.read_store()
    stored = store.rows()
    lines = store.history()
    out = _Output()
    if ics_file:
        cfg = app.config
        ics = ics_calendar(stored, lines, now, lang, cfg.reminder_days, cfg.reminder_hour)
        out.put(ics_file, ics.data, ngettext("{n} event", "{n} events", ics.events).format(n=ics.events))
    rows = [status_of(r, now) for r in stored]
    if csv_file == "-":
        # one text on stdout: the byte-order mark (excel-fr) at its start only
        both = status_csv(rows, lang, csv_dialect) + "\r\n" + history_csv(lines, csv_dialect).removeprefix("\ufeff")
        out.put("-", both.encode(), "")
    elif csv_file:
        out.put(csv_file, status_csv(rows, lang, csv_dialect).encode(), _rows(len(rows)))
        out.put(str(history_path(Path(csv_file))), history_csv(lines, csv_dialect).encode(), _lines(len(lines)))
    if json_file:
        out.put(json_file, export_json(rows, lines, lang).encode(), f"{_rows(len(rows))}, {_lines(len(lines))}")
    for line in out.written:
        click.echo(_("wrote {path}").format(path=line), err="-" in (ics_file, csv_file, json_file))


class _Output:
    """Where `export` puts each text: stdout for '-', else a file readable by the user alone (it
    holds their addresses); what it wrote is said at the end, on stderr when stdout carries data."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def put(self, target: str, data: bytes, what: str) -> None:
        if target == "-":
            click.echo(data, nl=False)
            return
        write_private(Path(target), data)
        self.written.append(f"{target} ({what})")


def _rows(n: int) -> str:
    return ngettext("{n} row", "{n} rows", n).format(n=n)


def _lines(n: int) -> str:
    return ngettext("{n} history line", "{n} history lines", n).format(n=n)


@cli.command()
@click.argument("account")
@click.option("--round", "round_", metavar="YYYY-MM-DD", callback=check_round,
              help="The round (default: the account's latest).")
@click.option("--platform", type=PLATFORM_CHOICE, help="Needed when the account has rows on several platforms.")
@click.option("--mailbox", metavar="NAME", help="Needed when the account is in several mailboxes.")
@click.option("--country", metavar="CC", help="Data-protection authority for the complaint draft, by country code "
              "(FR, BE, DE, IE, ...; default: the account's domain when it is a country's, else FR in French, "
              "IE in English).")
@pass_app
def letter(app: AppContext, account: str, round_: str | None, platform: str | None, mailbox: str | None,
           country: str | None) -> None:
    """The text to paste into Meta's objection form and, after a refusal, a complaint draft.

    Prints a statement (Art. 21 GDPR) of how the processing affects you, in French or
    English (--lang), with the account and platform filled in: make it yours before sending.
    When Meta refused that objection or asked for more information (the row is refused, or
    its audit trail holds a refusal), also prints a draft complaint to a data-protection
    authority, with the dates and reference numbers of Meta's e-mails, and says which
    authority and why (--country to choose another; the list is tracker/data/authorities.toml).

    \b
    Examples:
      tracker letter claire.martin@example.fr
      tracker --lang en letter me@example.org --platform instagram --round 2025-05-27
      tracker letter me@example.org --country BE > plainte.txt
    """
    from datetime import UTC

    from tracker.core.status import status_of
    from tracker.output.letter import letter as letter_text
    from tracker.output.letter import select_row

    now = app.now()
    store = app.read_store()
    row = select_row(store.rows(), account, round_, platform, mailbox)
    tz = now.tzinfo or UTC
    state = status_of(row, now).state.value
    click.echo(letter_text(row, store.history(row.account), app.lang(), tz, country, state), nl=False)

