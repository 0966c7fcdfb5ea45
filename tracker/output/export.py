"""``tracker export``: the rows and the audit trail as a calendar (ICS), CSV or JSON. Pure.

Every function here takes rows, history lines, the clock and a language and returns text or
bytes; the CLI only reads the store and writes the files.

- **ICS**: one all-day event per open row (``action_needed`` or ``code_received`` at ``now``)
  whose last day to object (the day before the deadline) is today or later, on that last day,
  with one alarm per configured reminder (``d`` days before the last day, at the reminder
  hour). The UID is derived from (mailbox, platform, account, round) only, so importing a newer
  export updates the events instead of duplicating them; SEQUENCE counts the row's audit-trail
  lines, so it grows whenever the row moved. Alarms already past at ``now`` are left out (a
  calendar would show them as missed at once). :func:`ics_calendar` also returns how many
  events it made: counting ``BEGIN:VEVENT`` in the file would count the texts that quote it
  too (an objection URL, an address: they come from mail).
- **CSV**: the status table (the contract's ``status --json`` fields, in that order) and the
  audit-trail table (the ``history --json`` fields), as two files.
- **JSON**: ``{"status": [...], "history": [...]}`` with the same objects as ``status --json``
  and ``history --json``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Final, NamedTuple

from tracker.core.status import StatusRow, StoredRow, status_of
from tracker.i18n import N_, _
from tracker.model import OPEN_STATES, HistoryLine, platform_name
from tracker.output.render import format_date, next_action_text, note, status_json

__all__ = [
    "HISTORY_FIELDS",
    "STATUS_FIELDS",
    "IcsExport",
    "calendar_rows",
    "event_uid",
    "export_json",
    "history_csv",
    "history_json",
    "history_path",
    "ics_calendar",
    "status_csv",
]

#: The contract's ``status --json`` fields, in order (the CSV columns).
STATUS_FIELDS: Final = ("mailbox", "platform", "account", "round", "state", "deadline", "days_left", "last_day",
                        "objection_url", "next_action", "last_event_at")
#: The ``history --json`` fields, in order (the CSV columns).
HISTORY_FIELDS: Final = ("at", "mailbox", "platform", "account", "round", "from", "to", "manual", "via", "source",
                         "reference", "note")

PRODID: Final = "-//tracker//Meta AI objection deadlines//EN"

#: The human-facing texts of the calendar (English msgids, translated at use into the export's language).
_TEXT: Final[dict[str, str]] = {
    "calname": N_("Meta AI objection deadlines"),
    "summary": N_("Last day to object to AI at Meta ({platform}, {account})"),
    "form": N_("Objection form: {url}"),
    "no_form": N_("Objection form: the link in Meta's e-mail (none was found in the messages tracker saw)."),
    "account": N_("Account: {account} ({where})"),
    "round": N_("Meta uses the data from {deadline}; the last day to object is {last_day}."),
    "footer": N_("Made by tracker: export again after each change, re-importing updates these events."),
}


def _t(key: str, lang: str) -> str:
    """The text ``key`` of :data:`_TEXT` in ``lang`` (the export's language, not the process')."""
    return _(_TEXT[key], lang)


# ---- ICS ---------------------------------------------------------------------------------------


def event_uid(row: StoredRow) -> str:
    """A UID that depends only on (mailbox, platform, account, round): stable across exports."""
    key = "\x1f".join((row.mailbox, row.platform, row.account.lower(), row.round))
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@tracker"


def _row_key(mailbox: str, platform: str, account: str, round_: str) -> tuple[str, str, str, str]:
    return (mailbox, platform, account.lower(), round_)


def calendar_rows(rows: Iterable[StoredRow], now: datetime) -> list[StatusRow]:
    """The rows that get an event: open at ``now`` (effective state), with a last day not yet past,
    of a round already announced at ``now`` (a round announced later is no business of ``now``'s)."""
    today = now.date()
    out: list[StatusRow] = []
    for row in rows:
        s = status_of(row, now)
        if s.state not in OPEN_STATES or row.deadline is None or s.announced_later:
            continue
        if row.deadline - timedelta(days=1) < today:
            continue
        out.append(s)
    return out


class IcsExport(NamedTuple):
    """An iCalendar file and the number of events in it."""

    data: bytes
    events: int


def ics_calendar(rows: Iterable[StoredRow], history: Iterable[HistoryLine], now: datetime, lang: str,
                 reminder_days: Iterable[int] = (7, 2, 1, 0), reminder_hour: int = 9) -> IcsExport:
    """An iCalendar file (RFC 5545) with one all-day event per open row, on its last day to object.

    ``now`` must be aware: DTSTAMP is ``now`` in UTC, and which alarms are already past is
    decided in ``now``'s offset (the alarms themselves are relative to the floating all-day
    event, so the calendar rings at the reminder hour in its own time zone).
    """
    from icalendar import Calendar

    if now.tzinfo is None:
        raise ValueError("now must be aware")
    revisions = Counter(_row_key(h.mailbox, h.platform, h.account, h.round) for h in history)
    days = sorted(set(reminder_days), reverse=True)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _t("calname", lang))
    events = 0
    for s in calendar_rows(rows, now):
        row = s.row
        if row.deadline is None:  # calendar_rows keeps dated rows only
            continue
        sequence = revisions[_row_key(row.mailbox, row.platform, row.account, row.round)]
        cal.add_component(_vevent(row, row.deadline - timedelta(days=1), sequence, now, lang, days, reminder_hour))
        events += 1
    data: bytes = cal.to_ical()
    return IcsExport(data, events)


def _vevent(row: StoredRow, last_day: date, sequence: int, now: datetime, lang: str, days: Iterable[int],
            reminder_hour: int) -> Any:
    """The all-day event of one open row on its last day to object, with its alarms still ahead."""
    from icalendar import Alarm, Event

    # What to do at the export's moment, as `status` says it then: one decision for every output.
    # Each alarm below says what is to be done at its own moment (as `status` will say it then).
    at_export = status_of(row, now)
    ev = Event()
    ev.add("uid", event_uid(row))
    ev.add("dtstamp", now.astimezone(UTC))
    ev.add("last-modified", row.last_event_at.astimezone(UTC))
    ev.add("sequence", sequence)
    ev.add("dtstart", last_day)
    ev.add("dtend", last_day + timedelta(days=1))
    ev.add("summary", _t("summary", lang).format(platform=platform_name(row.platform), account=row.account))
    ev.add("description", _event_description(at_export, last_day, lang))
    if row.objection_url:
        ev.add("url", row.objection_url)
    ev.add("transp", "TRANSPARENT")
    ev.add("class", "PRIVATE")
    for d in days:
        at = datetime.combine(last_day - timedelta(days=d), time(reminder_hour), tzinfo=now.tzinfo)
        if at < now:
            continue  # a calendar would show an alarm already past as missed at once
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", timedelta(days=-d, hours=reminder_hour))
        alarm.add("summary", note(lang, "reminder.summary", days=d, platform=row.platform))
        alarm.add("description", note(lang, "reminder.body", account=row.account, last_day=format_date(last_day, lang),
                                      action=next_action_text(status_of(row, at), lang)))
        ev.add_component(alarm)
    return ev


def _event_description(s: StatusRow, last_day: date, lang: str) -> str:
    row = s.row
    deadline = row.deadline or last_day + timedelta(days=1)
    lines = [next_action_text(s, lang), ""]
    lines.append(_t("form", lang).format(url=row.objection_url) if row.objection_url else _t("no_form", lang))
    where = platform_name(row.platform) + (f", {row.mailbox}" if row.mailbox != "default" else "")
    lines.append(_t("account", lang).format(account=row.account, where=where))
    lines.append(_t("round", lang).format(deadline=format_date(deadline, lang),
                                          last_day=format_date(last_day, lang)))
    lines += ["", _t("footer", lang)]
    return "\n".join(lines)


# ---- CSV and JSON ------------------------------------------------------------------------------


def history_json(lines: Iterable[HistoryLine]) -> list[dict[str, Any]]:
    """The audit trail, as ``tracker history --json`` prints it."""
    return [
        {"at": ln.at.isoformat(), "mailbox": ln.mailbox, "platform": ln.platform, "account": ln.account,
         "round": ln.round, "from": ln.before, "to": ln.after, "manual": ln.manual, "via": ln.via,
         "source": ln.source, "reference": ln.reference, "note": ln.note}
        for ln in lines
    ]


def export_json(rows: Sequence[StatusRow], lines: Iterable[HistoryLine], lang: str) -> str:
    """``{"status": [...], "history": [...]}``: the contract's status objects and the audit trail."""
    return json.dumps({"status": status_json(list(rows), lang), "history": history_json(lines)},
                      ensure_ascii=False, indent=2) + "\n"


#: A cell starting with one of these is read as a formula by spreadsheets: it gets a leading '.
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


#: ``--csv-dialect``: the cell separator and the text's first characters. ``plain`` is for
#: scripts (RFC 4180); ``excel-fr`` for a spreadsheet set to French, which reads a file without a
#: byte-order mark as Windows-1252 and separates cells with ';' (the decimal separator is ',').
CSV_DIALECTS: Final[Mapping[str, tuple[str, str]]] = {"plain": (",", ""), "excel-fr": (";", "\ufeff")}


def _csv(fields: Sequence[str], objects: Iterable[dict[str, Any]], dialect: str) -> str:
    delimiter, start = CSV_DIALECTS[dialect]
    buf = io.StringIO()
    buf.write(start)
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(fields)
    for obj in objects:
        w.writerow([_cell(obj[f]) for f in fields])
    return buf.getvalue()


def status_csv(rows: Sequence[StatusRow], lang: str, dialect: str = "plain") -> str:
    """The status table: the contract's fields as columns, one line per account and round (UTF-8,
    RFC 4180; empty cell for null; text that a spreadsheet would run as a formula gets a leading ')."""
    return _csv(STATUS_FIELDS, status_json(list(rows), lang), dialect)


def history_csv(lines: Iterable[HistoryLine], dialect: str = "plain") -> str:
    """The audit trail as a table, one line per move (same conventions as :func:`status_csv`)."""
    return _csv(HISTORY_FIELDS, history_json(lines), dialect)


def history_path(path: Path) -> Path:
    """Where the audit trail goes beside a status CSV: ``export.csv`` → ``export-history.csv``."""
    return path.with_name(f"{path.stem}-history{path.suffix}")
