"""Reminder planning: pure functions of the rows, the clock and the sent log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tracker.core.reminders import due_reminders, next_reminder_time, planned_reminders, reminder_key
from tracker.core.status import StoredRow
from tracker.model import State


def row(state: State = State.ACTION_NEEDED, deadline: date | None = date(2026, 12, 16)) -> StoredRow:
    return StoredRow(mailbox="m", platform="facebook", account="a@example.org", round="2026-12-16", state=state,
                     deadline=deadline, objection_url=None, reference=None,
                     last_event_at=datetime(2026, 11, 1, tzinfo=UTC), code_at=None)


def test_reminders_fall_before_the_last_day_at_the_local_hour() -> None:
    paris = ZoneInfo("Europe/Paris")
    plan = planned_reminders([row()], [7, 2, 1, 0], 9, paris)
    assert [(r.days_before, r.at) for r in plan] == [
        (7, datetime(2026, 12, 8, 9, tzinfo=paris)), (2, datetime(2026, 12, 13, 9, tzinfo=paris)),
        (1, datetime(2026, 12, 14, 9, tzinfo=paris)), (0, datetime(2026, 12, 15, 9, tzinfo=paris))]


@pytest.mark.parametrize("state", [State.AWAITING_ANSWER, State.ACCEPTED, State.REFUSED])
def test_no_reminder_for_a_row_already_acted_on(state: State) -> None:
    assert planned_reminders([row(state)], [7], 9, UTC) == []


def test_no_reminder_without_a_deadline() -> None:
    assert planned_reminders([row(deadline=None)], [7], 9, UTC) == []


def test_overdue_reminders_collapse_into_the_latest_one() -> None:
    now = datetime(2026, 12, 14, 12, tzinfo=UTC)
    send, skip = due_reminders([row()], [7, 2, 1, 0], 9, now, set())
    assert [r.days_before for r in send] == [1]
    assert sorted(r.days_before for r in skip) == [2, 7]


def test_sent_reminders_are_not_sent_again() -> None:
    now = datetime(2026, 12, 8, 10, tzinfo=UTC)
    sent = {reminder_key(row(), 7)}
    assert due_reminders([row()], [7, 2], 9, now, sent) == ([], [])


def test_nothing_is_due_on_or_after_the_deadline() -> None:
    assert due_reminders([row()], [7, 0], 9, datetime(2026, 12, 16, 9, tzinfo=UTC), set()) == ([], [])


def test_next_reminder_time_is_the_earliest_unsent_future_one() -> None:
    now = datetime(2026, 12, 9, tzinfo=UTC)
    assert next_reminder_time([row()], [7, 2], 9, now, set()) == datetime(2026, 12, 13, 9, tzinfo=UTC)
    assert next_reminder_time([row()], [7], 9, now, set()) is None


def test_the_clock_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        due_reminders([row()], [7], 9, datetime(2026, 12, 9), set())


def test_offset_clock_keeps_its_own_day() -> None:
    tz = timezone(timedelta(hours=14))  # Kiritimati: already the 15th when UTC is still on the 14th
    send, _ = due_reminders([row()], [0], 9, datetime(2026, 12, 15, 9, 30, tzinfo=tz), set())
    assert [r.days_before for r in send] == [0]
