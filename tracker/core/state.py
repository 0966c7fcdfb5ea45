"""The objection state machine: an explicit transition table, and the fold that builds rows.

Rows are a *function of the set of messages stored*: :func:`build_rows` sorts a group's
events by the messages' own dates and folds them through :data:`TRANSITIONS`, so importing
mail out of order, or twice, gives the same rows. The clock never enters the table:
``deadline_passed`` and "the code is more than an hour old" are read off ``(row, now)`` by
:func:`effective_state` and :mod:`tracker.core.status`, so ``--now`` stays honest and ``status``
never rewrites history.

Contract rules (``../shared/docs/contract.md``, "Rows and rounds"): a dated notice opens the
round named by its deadline; every other event joins the round of the group's latest dated
notice before it, or ``unknown``; within a round the latest event decides; a second notice
of the same round changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Final

from tracker.model import EventKind, Kind, State

__all__ = [
    "IGNORED",
    "START",
    "TRANSITIONS",
    "UNKNOWN_ROUND",
    "Event",
    "EventKind",
    "Move",
    "Row",
    "build_rows",
    "effective_state",
    "next_state",
    "transition_table_markdown",
]

UNKNOWN_ROUND: Final = "unknown"


#: Message kind → event kind (other kinds produce no event).
EVENT_OF_KIND: Final[Mapping[Kind, EventKind]] = {
    Kind.POLICY_NOTICE: EventKind.NOTICE,
    Kind.VERIFICATION_CODE: EventKind.CODE,
    Kind.OBJECTION_RECEIVED: EventKind.RECEIVED,
    Kind.OBJECTION_ACCEPTED: EventKind.ACCEPTED,
    Kind.OBJECTION_REFUSED: EventKind.REFUSED,
}

#: ``tracker mark ACCOUNT STATE``: the state a person may set by hand → the event recorded.
MARK_EVENT: Final[Mapping[State, EventKind]] = {
    State.ACTION_NEEDED: EventKind.MARK_ACTION_NEEDED,
    State.CODE_RECEIVED: EventKind.CODE,
    State.AWAITING_ANSWER: EventKind.RECEIVED,
    State.ACCEPTED: EventKind.ACCEPTED,
    State.REFUSED: EventKind.REFUSED,
}


class _Start(StrEnum):
    START = "start"


#: The state of a row before its first event.
START: Final = _Start.START

StoredState = State | _Start

#: The stored states (``deadline_passed`` is computed when read, never stored).
STORED: Final[tuple[StoredState, ...]] = (
    START, State.ACTION_NEEDED, State.CODE_RECEIVED, State.AWAITING_ANSWER, State.ACCEPTED, State.REFUSED,
)


def _table() -> dict[tuple[StoredState, EventKind], State]:
    t: dict[tuple[StoredState, EventKind], State] = {}
    for s in STORED:
        # People object again: code, acknowledgement and answers apply from any state.
        t[(s, EventKind.CODE)] = State.CODE_RECEIVED
        t[(s, EventKind.RECEIVED)] = State.AWAITING_ANSWER
        t[(s, EventKind.ACCEPTED)] = State.ACCEPTED
        t[(s, EventKind.REFUSED)] = State.REFUSED
        # A person may say by hand that there is something to do again.
        t[(s, EventKind.MARK_ACTION_NEEDED)] = State.ACTION_NEEDED
    # Only the notice opens a round; it does nothing to a round already under way.
    t[(START, EventKind.NOTICE)] = State.ACTION_NEEDED
    return t


#: state x event → state. Every (stored state, event) pair is here or in IGNORED, never both.
TRANSITIONS: Final[Mapping[tuple[StoredState, EventKind], State]] = _table()

#: Pairs deliberately without effect: a second notice of the same round changes nothing.
IGNORED: Final[frozenset[tuple[StoredState, EventKind]]] = frozenset(
    (s, EventKind.NOTICE) for s in STORED if s is not START
)


def next_state(state: StoredState, event: EventKind) -> State | None:
    """The state after ``event``, or None when the pair is ignored."""
    if (state, event) in IGNORED:
        return None
    return TRANSITIONS[(state, event)]


@dataclass(frozen=True, slots=True)
class Event:
    """One event of a group (mailbox, platform, account), from a message or a manual mark.

    ``key`` orders events of equal time deterministically (the message key); ``deadline`` is
    set on dated notices; ``round_hint`` pins a manual mark to a round.
    """

    kind: EventKind
    at: datetime
    key: str
    deadline: date | None = None
    objection_url: str | None = None
    reference: str | None = None
    manual: bool = False
    round_hint: str | None = None
    via: str | None = None  # the account whose acceptance settled this one (Accounts Centre)
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class Move:
    """One line of the audit trail: this event moved this row from ``before`` to ``after``."""

    round: str
    before: StoredState
    after: State
    event: Event


@dataclass(slots=True)
class Row:
    round: str
    state: State
    deadline: date | None
    objection_url: str | None
    reference: str | None
    last_event_at: datetime
    code_at: datetime | None  # when the latest code arrived, while the state is code_received
    moves: list[Move] = field(default_factory=list)


def _order(e: Event) -> tuple[datetime, int, str]:
    # At the same instant a notice comes first: it opens the round the others join.
    return (e.at, 0 if e.kind is EventKind.NOTICE else 1, e.key)


def build_rows(events: Iterable[Event]) -> dict[str, Row]:
    """Fold a group's events into its rows, one per round (a pure function of the set)."""
    ordered = sorted(events, key=_order)
    rows: dict[str, Row] = {}
    current = UNKNOWN_ROUND
    for e in ordered:
        if e.kind is EventKind.NOTICE and e.deadline is not None and not e.manual:
            rnd = e.deadline.isoformat()
            current = rnd
        else:
            rnd = e.round_hint or current
        row = rows.get(rnd)
        before: StoredState = row.state if row else START
        after = next_state(before, e.kind)
        if after is None:
            if row is not None and row.objection_url is None and e.objection_url:
                row.objection_url = e.objection_url
            continue
        if row is None:
            deadline = date.fromisoformat(rnd) if rnd != UNKNOWN_ROUND else None
            row = Row(round=rnd, state=after, deadline=deadline, objection_url=None, reference=None,
                      last_event_at=e.at, code_at=None)
            rows[rnd] = row
        row.state = after
        row.last_event_at = e.at
        row.code_at = e.at if after is State.CODE_RECEIVED else None
        if e.objection_url:
            row.objection_url = e.objection_url
        if e.reference:
            row.reference = e.reference
        row.moves.append(Move(round=rnd, before=before, after=after, event=e))
    return rows


def effective_state(state: State, deadline: date | None, today: date) -> State:
    """The state shown at ``today``: a notice not acted on becomes ``deadline_passed`` on the deadline day."""
    if state is State.ACTION_NEEDED and deadline is not None and today >= deadline:
        return State.DEADLINE_PASSED
    return state


def transition_table_markdown() -> str:
    """The table as markdown (README shows the same; a test keeps them in step)."""
    events = list(EventKind)
    head = "| state \\ event | " + " | ".join(e.value for e in events) + " |"
    sep = "| --- " * (len(events) + 1) + "|"
    lines = [head, sep]
    for s in STORED:
        cells = []
        for e in events:
            if (s, e) in IGNORED:
                cells.append("(ignored)")
            else:
                cells.append(TRANSITIONS[(s, e)].value)
        lines.append(f"| {s.value} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
