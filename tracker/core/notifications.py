"""Which desktop notifications are due, from what the store holds, the clock and the sent log. Pure.

The daemon reads the store (recent events, suspicious messages, re-read rows, the rows of the
events' groups, the sent log), calls :func:`plan_notifications`, renders each
:class:`PlannedNotification` in the person's language at the edge
(:func:`tracker.output.notes.note_text`), sends it, then records its key. Planning apart from
the bus and the database is what lets the rules below be tested with plain values, as
:mod:`tracker.core.reminders` already is; :func:`plan_reminder` gives reminders the same shape.

Each notification has a stable key in the sent log (``event:<message id>``, ``fake:<message
id>``, ``reread:<id>``, the reminder's key), so it goes out once, ever, across restarts. An
event that deserves no notification (an acknowledgement, a code already expired, a notice
without a date) is recorded as seen all the same: it is never looked at again.

Public API: :func:`plan_notifications`, :func:`plan_reminder`, :class:`PlannedNotification`,
:class:`NotificationKind`, :class:`Urgency`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Final

from tracker.core.reminders import Reminder
from tracker.core.status import StatusRow, StoredRow, is_code_fresh, last_day_of, status_of
from tracker.model import EventKind, RecentEvent, Reread, State, SuspiciousMessage

__all__ = ["NOTIFY_WINDOW", "NoteValue", "NotificationKind", "PlannedNotification", "Urgency", "plan_notifications",
           "plan_reminder"]

#: How long after a message's date the daemon still notifies about it: older mail found late
#: (a first sync, a mailbox added) is history, not news.
NOTIFY_WINDOW: Final = timedelta(hours=24)


class Urgency(IntEnum):
    """The Desktop Notifications spec's urgency levels (its ``urgency`` hint takes these bytes)."""

    LOW = 0
    NORMAL = 1
    CRITICAL = 2


class NotificationKind(StrEnum):
    """What a notification is about: each kind has its texts in :mod:`tracker.output.notes`."""

    CODE = "code"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    NOTICE = "notice"
    FAKE = "fake"
    REREAD = "reread"
    REMINDER = "reminder"


#: A text parameter, typed so that the edge can show it in the person's language: a ``date``
#: in the language's long form, a :class:`State` as its label, a :class:`StatusRow` as its
#: next action, ``None`` as "-", a ``str`` (quoted from mail) made safe to show.
NoteValue = str | int | date | State | StatusRow | None


@dataclass(frozen=True, slots=True)
class PlannedNotification:
    """One notification to send: ``key`` goes to the sent log once it is out."""

    key: str
    kind: NotificationKind
    values: Mapping[str, NoteValue]
    urgency: Urgency
    url: str | None = None  # the objection form, opened by a click


def plan_notifications(events: Iterable[RecentEvent], suspicious: Iterable[tuple[int, SuspiciousMessage]],
                       rows: Iterable[StoredRow], sent: Iterable[str], now: datetime,
                       rereads: Iterable[Reread] = ()) -> tuple[list[PlannedNotification], list[str]]:
    """``(to_send, seen)`` at ``now``, in the order the daemon sends them (events, fakes, re-reads).

    ``rows`` are the status rows of the events' groups: a code or a refusal rarely carries the
    form's link itself, the group's latest row does, and it names the round. ``seen`` are the
    keys of events that deserve no notification, to be recorded without a word. A key already
    in ``sent``, or planned once in this call, is not planned again.
    """
    done = set(sent)
    latest = _latest_rows(rows)
    send: list[PlannedNotification] = []
    seen: list[str] = []
    for e in events:
        key = f"event:{e.message_db_id}"
        if key in done:
            continue
        done.add(key)
        planned = _event_notification(key, e, latest.get((e.mailbox, e.platform, e.account)), now)
        if planned is None:
            seen.append(key)
        else:
            send.append(planned)
    for message_id, m in suspicious:
        if (key := f"fake:{message_id}") not in done:
            done.add(key)
            send.append(_fake_notification(key, m))
    for r in rereads:
        if (key := f"reread:{r.id}") not in done:
            done.add(key)
            send.append(_reread_notification(key, r))
    return send, seen


def _latest_rows(rows: Iterable[StoredRow]) -> dict[tuple[str, str, str], StoredRow]:
    """Each group's most recently moved row (of equal times, the later one given wins, as the
    store lists a group's rows by ``last_event_at``)."""
    latest: dict[tuple[str, str, str], StoredRow] = {}
    for row in rows:
        group = (row.mailbox, row.platform, row.account)
        previous = latest.get(group)
        if previous is None or row.last_event_at >= previous.last_event_at:
            latest[group] = row
    return latest


def _event_notification(key: str, e: RecentEvent, row: StoredRow | None,
                        now: datetime) -> PlannedNotification | None:
    """A code (while it can still be typed in), an answer, or a notice with its last day; an
    acknowledgement says nothing the person must act on, so it is only recorded."""
    values: dict[str, NoteValue] = {"account": e.account, "platform": e.platform,
                                    "round": row.round if row else "?"}
    url = e.objection_url or (row.objection_url if row else None)
    if e.kind is EventKind.CODE:
        if not is_code_fresh(e.at, now) or not e.code:
            return None  # an expired code is no use any more
        return PlannedNotification(key, NotificationKind.CODE, values | {"code": e.code}, Urgency.CRITICAL, url)
    if e.kind is EventKind.ACCEPTED:
        return PlannedNotification(key, NotificationKind.ACCEPTED, values, Urgency.NORMAL)
    if e.kind is EventKind.REFUSED:
        return PlannedNotification(key, NotificationKind.REFUSED, values, Urgency.CRITICAL, url)
    if e.kind is EventKind.NOTICE and e.deadline:
        # the notice's own link: the row's may be an older round's form
        return PlannedNotification(key, NotificationKind.NOTICE, values | {"last_day": last_day_of(e.deadline)},
                                   Urgency.NORMAL, e.objection_url)
    return None


def _fake_notification(key: str, m: SuspiciousMessage) -> PlannedNotification:
    """The warning quotes the fake's own first warning (its display name, often): loud, since a
    fake asks for a click or a code."""
    warning = (m.warnings or ("not authentic",))[0]
    return PlannedNotification(key, NotificationKind.FAKE, {"source": m.source, "warning": warning},
                               Urgency.CRITICAL)


def _reread_notification(key: str, r: Reread) -> PlannedNotification:
    """A newer classifier took back an outcome the person may have relied on: never silently."""
    values: dict[str, NoteValue] = {"account": r.account, "platform": r.platform, "round": r.round,
                                    "before": _state(r.before), "after": _state(r.after) if r.after else None}
    return PlannedNotification(key, NotificationKind.REREAD, values, Urgency.CRITICAL)


def _state(value: str) -> State | str:
    """A stored state as a :class:`State` (shown as its label); anything else as it was written."""
    try:
        return State(value)
    except ValueError:
        return value


def plan_reminder(r: Reminder, now: datetime) -> PlannedNotification:
    """A due reminder as a notification: critical from the day before the last day on.

    Its count is the days to the last day at ``now``, as the status table says it then, not the
    reminder's nominal ``days_before``: one sent late (the machine was asleep) must not say
    "in 7 days" when five are left."""
    row = r.row
    status = status_of(row, now.astimezone(r.at.tzinfo))  # days counted in the zone the reminder was planned in
    days = status.days_to_last_day if status.days_to_last_day is not None else r.days_before
    values: dict[str, NoteValue] = {
        "days": days, "platform": row.platform, "account": row.account,
        "last_day": status.last_day or "?", "action": status}
    return PlannedNotification(r.key, NotificationKind.REMINDER, values,
                               Urgency.CRITICAL if days <= 1 else Urgency.NORMAL, row.objection_url)
