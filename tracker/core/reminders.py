"""Which reminders are due, from the rows, the clock and the log of what was already sent. Pure.

A reminder falls ``d`` days before the *last day to object* (the day before the deadline), at
the configured hour, for every open row (``action_needed``; ``code_received`` too, since a
form left half-filled is not an objection). Each has a stable key, so the sent log makes it
fire once, across restarts. When several are overdue at once (the daemon was off), only the
most recent is sent and the older ones are dropped: one nudge, not a burst.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from tracker.core.status import StoredRow
from tracker.model import OPEN_STATES

__all__ = ["Reminder", "due_reminders", "next_reminder_time", "planned_reminders", "reminder_key"]


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    row: StoredRow
    days_before: int  # days before the last day to object (0: the last day itself)
    at: datetime


def reminder_key(row: StoredRow, days_before: int) -> str:
    return f"reminder:{row.mailbox}:{row.platform}:{row.account}:{row.round}:{days_before}"


def planned_reminders(rows: Iterable[StoredRow], days: Iterable[int], hour: int, tz: tzinfo) -> list[Reminder]:
    """Every reminder of every open row, past or future, in time order."""
    out: list[Reminder] = []
    for row in rows:
        if row.state not in OPEN_STATES or row.deadline is None:
            continue
        last_day = row.deadline - timedelta(days=1)
        for d in sorted(set(days), reverse=True):
            at = datetime.combine(last_day - timedelta(days=d), time(hour), tzinfo=tz)
            out.append(Reminder(key=reminder_key(row, d), row=row, days_before=d, at=at))
    out.sort(key=lambda r: (r.at, r.key))
    return out


def due_reminders(rows: Iterable[StoredRow], days: Iterable[int], hour: int, now: datetime,
                  sent: set[str]) -> tuple[list[Reminder], list[Reminder]]:
    """``(to_send, to_skip)`` at ``now``: per row, the latest due reminder not yet sent is sent;
    older unsent ones are skipped (recorded as sent, never shown). Nothing after the deadline."""
    tz = now.tzinfo
    if tz is None:
        raise ValueError("now must be aware")
    by_row: dict[tuple[str, str, str, str], list[Reminder]] = {}
    for r in planned_reminders(rows, days, hour, tz):
        if r.key in sent or r.at > now:
            continue
        if r.row.deadline is not None and now.astimezone(tz).date() >= r.row.deadline:
            continue  # the round's deadline has come: the status says deadline_passed
        by_row.setdefault((r.row.mailbox, r.row.platform, r.row.account, r.row.round), []).append(r)
    send: list[Reminder] = []
    skip: list[Reminder] = []
    for items in by_row.values():
        items.sort(key=lambda r: r.at)
        send.append(items[-1])
        skip.extend(items[:-1])
    return send, skip


def next_reminder_time(rows: Iterable[StoredRow], days: Iterable[int], hour: int, now: datetime,
                       sent: set[str]) -> datetime | None:
    """When the next reminder falls (for the scheduler), or None."""
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    future = [r.at for r in planned_reminders(rows, days, hour, now.tzinfo) if r.at > now and r.key not in sent]
    return min(future) if future else None
