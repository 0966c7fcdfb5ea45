"""Stored rows + now → what the person sees: effective state, days left, the next action.

``next_action`` is a :class:`NextAction` code here; :mod:`tracker.output.render` turns it into a
French or English sentence, so the core carries no user-facing language.

:func:`status_of` is the one place that decides what a row means at a moment: ``status``, the
calendar, the reminders and the notifications all ask it (or :func:`is_code_fresh`, for a code
not yet in a row), so that no two outputs read at the same moment can disagree. People count
down to the *last day to object* (the day before Meta's deadline), so every human countdown
is :attr:`StatusRow.days_to_last_day`; ``days_left`` (to the deadline) is the contract's JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Final

from tracker.core.state import UNKNOWN_ROUND, effective_state
from tracker.model import State

#: Meta's confirmation codes expire after an hour.
CODE_LIFETIME: Final = timedelta(hours=1)


class NextAction(StrEnum):
    OBJECT_BEFORE_DEADLINE = "object_before_deadline"
    OBJECT_LAST_DAY = "object_last_day"
    OBJECT_LATE = "object_late"
    ENTER_CODE = "enter_code"
    REFILL_FORM = "refill_form"
    WAIT_FOR_ANSWER = "wait_for_answer"
    NOTHING = "nothing"
    OBJECT_AGAIN = "object_again"
    CHECK_NOTICE = "check_notice"


@dataclass(frozen=True, slots=True)
class StoredRow:
    """A status row as the store keeps it (no clock in it)."""

    mailbox: str
    platform: str
    account: str
    round: str
    state: State
    deadline: date | None
    objection_url: str | None
    reference: str | None
    last_event_at: datetime
    code_at: datetime | None
    opened_at: datetime | None = None  # the date of the message that opened the round (its notice)


@dataclass(frozen=True, slots=True)
class StatusRow:
    row: StoredRow
    state: State
    days_left: int | None  # to Meta's deadline (the contract's ``days_left``)
    next_action: NextAction
    urgent: bool
    last_day: date | None = None  # the last day to object: the day before the deadline
    days_to_last_day: int | None = None  # 0: today is the last day; what people count down
    #: The round was announced after ``now``: at ``--now`` in the past it is not yet anyone's business.
    announced_later: bool = False


def last_day_of(deadline: date | None) -> date | None:
    """The last day to object: Meta starts using the data on the deadline day itself."""
    return deadline - timedelta(days=1) if deadline else None


def is_code_fresh(code_at: datetime | None, now: datetime) -> bool:
    """A code can still be typed in: the one rule for ``status``, the calendar and notifications."""
    return code_at is not None and timedelta(0) <= now - code_at <= CODE_LIFETIME


def next_action(row: StoredRow, state: State, days_left: int | None, now: datetime) -> NextAction:
    if state is State.CODE_RECEIVED:
        if is_code_fresh(row.code_at, now):
            return NextAction.ENTER_CODE
        # Past its deadline a new code for that round is no goal in itself: objecting still stops future use.
        passed = row.deadline is not None and now.date() >= row.deadline
        return NextAction.OBJECT_LATE if passed else NextAction.REFILL_FORM
    if state is State.AWAITING_ANSWER:
        return NextAction.WAIT_FOR_ANSWER
    if state is State.ACCEPTED:
        return NextAction.NOTHING
    if state is State.REFUSED:
        return NextAction.OBJECT_AGAIN
    if state is State.DEADLINE_PASSED:
        return NextAction.OBJECT_LATE
    if row.round == UNKNOWN_ROUND and row.deadline is None:
        return NextAction.CHECK_NOTICE
    if days_left is not None and days_left <= 1:
        return NextAction.OBJECT_LAST_DAY
    return NextAction.OBJECT_BEFORE_DEADLINE


def status_of(row: StoredRow, now: datetime) -> StatusRow:
    """The contract's view of one row at ``now`` (``days_left`` in ``now``'s own offset)."""
    today = now.date()
    state = effective_state(row.state, row.deadline, today)
    days_left = (row.deadline - today).days if row.deadline else None
    action = next_action(row, state, days_left, now)
    urgent = state in (State.ACTION_NEEDED, State.CODE_RECEIVED, State.DEADLINE_PASSED, State.REFUSED) and (
        days_left is None or days_left <= 7
    )
    last_day = last_day_of(row.deadline)
    return StatusRow(row=row, state=state, days_left=days_left, next_action=action, urgent=urgent, last_day=last_day,
                     days_to_last_day=(last_day - today).days if last_day else None,
                     announced_later=row.opened_at is not None and row.opened_at > now)
