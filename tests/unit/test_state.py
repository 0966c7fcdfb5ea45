"""tracker.core.state and tracker.core.status: the transition table checked as python-statemachine checks
its definitions, every cell against the contract, the fold into rows and rounds, and what the
clock changes when a row is read."""

from __future__ import annotations

from collections import deque
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tracker.core.state import (
    IGNORED,
    START,
    STORED,
    TRANSITIONS,
    UNKNOWN_ROUND,
    Event,
    EventKind,
    Row,
    StoredState,
    build_rows,
    effective_state,
    next_state,
    transition_table_markdown,
)
from tracker.core.status import CODE_LIFETIME, NextAction, StoredRow, status_of
from tracker.model import State

README = Path(__file__).resolve().parents[2] / "README.md"

D2024 = date(2024, 6, 26)
D2025 = date(2025, 5, 27)


def at(month: int, day: int, hour: int = 12, year: int = 2024) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def notice(when: datetime, deadline: date | None, key: str = "n") -> Event:
    return Event(kind=EventKind.NOTICE, at=when, key=key, deadline=deadline)


def ev(kind: EventKind, when: datetime, key: str) -> Event:
    return Event(kind=kind, at=when, key=key)


def states(rows: dict[str, Row]) -> dict[str, State]:
    return {rnd: row.state for rnd, row in rows.items()}


# ---- the table's definition -------------------------------------------------------------------------------

ALL_PAIRS = [(s, e) for s in STORED for e in EventKind]


@pytest.mark.parametrize(("state", "event"), ALL_PAIRS, ids=[f"{s.value}-{e.value}" for s, e in ALL_PAIRS])
def test_every_stored_state_and_event_pair_is_in_exactly_one_table(state: StoredState, event: EventKind) -> None:
    assert ((state, event) in TRANSITIONS) != ((state, event) in IGNORED)


def test_the_tables_hold_no_pair_outside_the_stored_states_and_events() -> None:
    assert set(TRANSITIONS) | IGNORED == set(ALL_PAIRS)


def test_deadline_passed_is_never_stored_nor_a_transition_target() -> None:
    assert State.DEADLINE_PASSED not in STORED
    assert State.DEADLINE_PASSED not in set(TRANSITIONS.values())


def _reachable_from_start() -> set[StoredState]:
    seen: set[StoredState] = {START}
    todo: deque[StoredState] = deque([START])
    while todo:
        s = todo.popleft()
        for (src, _), dst in TRANSITIONS.items():
            if src == s and dst not in seen:
                seen.add(dst)
                todo.append(dst)
    return seen


@pytest.mark.parametrize("state", [s for s in State if s is not State.DEADLINE_PASSED])
def test_every_state_but_deadline_passed_is_reachable_from_start(state: State) -> None:
    assert state in _reachable_from_start()


@pytest.mark.parametrize("state", STORED, ids=[s.value for s in STORED])
def test_no_stored_state_is_a_dead_end(state: StoredState) -> None:
    """The contract makes no state final: people object again from any state."""
    assert any(src == state and dst != state for (src, _), dst in TRANSITIONS.items())


# Every cell, written from the contract ("Rows and rounds", "States") and README, not from the code.
_ANSWERS = {
    EventKind.CODE: State.CODE_RECEIVED,
    EventKind.RECEIVED: State.AWAITING_ANSWER,
    EventKind.ACCEPTED: State.ACCEPTED,
    EventKind.REFUSED: State.REFUSED,
    EventKind.MARK_ACTION_NEEDED: State.ACTION_NEEDED,
}
CELLS = [(START, EventKind.NOTICE, State.ACTION_NEEDED)] + [
    (s, EventKind.NOTICE, None) for s in STORED if s is not START
] + [(s, e, target) for s in STORED for e, target in _ANSWERS.items()]


@pytest.mark.parametrize(
    ("state", "event", "expected"), CELLS, ids=[f"{s.value}-{e.value}" for s, e, _ in CELLS]
)
def test_each_cell_of_the_table_moves_to_the_contracts_state(
    state: StoredState, event: EventKind, expected: State | None
) -> None:
    assert next_state(state, event) is expected


def test_the_readme_shows_the_generated_transition_table() -> None:
    readme = README.read_text(encoding="utf-8")
    if "| state \\ event |" not in readme:
        pytest.skip("README.md has no transition table yet (the main developer adds it)")
    assert transition_table_markdown() in readme


# ---- build_rows: rounds ------------------------------------------------------------------------------------


def test_a_dated_notice_opens_the_round_named_by_its_deadline() -> None:
    rows = build_rows([notice(at(5, 22), D2024)])
    assert list(rows) == ["2024-06-26"]
    assert rows["2024-06-26"].state is State.ACTION_NEEDED
    assert rows["2024-06-26"].deadline == D2024


def test_later_messages_join_the_round_of_the_latest_dated_notice_before_them() -> None:
    rows = build_rows([
        notice(at(5, 22), D2024, "n1"),
        ev(EventKind.CODE, at(6, 1), "c1"),
        notice(at(9, 1), D2025, "n2"),
        ev(EventKind.RECEIVED, at(9, 2), "r2"),
    ])
    assert states(rows) == {"2024-06-26": State.CODE_RECEIVED, "2025-05-27": State.AWAITING_ANSWER}


def test_a_message_joins_the_notice_before_it_not_a_later_one() -> None:
    rows = build_rows([ev(EventKind.ACCEPTED, at(6, 1), "a1"), notice(at(5, 22), D2024, "n1"),
                       notice(at(9, 1), D2025, "n2")])
    assert states(rows) == {"2024-06-26": State.ACCEPTED, "2025-05-27": State.ACTION_NEEDED}


@pytest.mark.parametrize("kind", [EventKind.CODE, EventKind.RECEIVED, EventKind.ACCEPTED, EventKind.REFUSED])
def test_a_message_without_any_dated_notice_before_it_opens_the_unknown_round(kind: EventKind) -> None:
    rows = build_rows([ev(kind, at(6, 1), "m1")])
    assert list(rows) == [UNKNOWN_ROUND]
    assert rows[UNKNOWN_ROUND].deadline is None


def test_an_undated_notice_alone_opens_the_unknown_round() -> None:
    assert states(build_rows([notice(at(5, 22), None)])) == {UNKNOWN_ROUND: State.ACTION_NEEDED}


def test_an_earlier_notice_arriving_later_absorbs_the_unknown_row() -> None:
    """GIVEN a code that arrived first, with no notice: an `unknown` row
    WHEN the notice dated before the code is stored too
    THEN the code joins the notice's round and the `unknown` row is gone."""
    code = ev(EventKind.CODE, at(6, 1), "c1")
    assert list(build_rows([code])) == [UNKNOWN_ROUND]
    rows = build_rows([code, notice(at(5, 22), D2024, "n1")])
    assert states(rows) == {"2024-06-26": State.CODE_RECEIVED}


def test_a_notice_dated_after_the_messages_does_not_absorb_the_unknown_row() -> None:
    rows = build_rows([ev(EventKind.CODE, at(6, 1), "c1"), notice(at(6, 2), D2024, "n1")])
    assert states(rows) == {UNKNOWN_ROUND: State.CODE_RECEIVED, "2024-06-26": State.ACTION_NEEDED}


def test_a_second_notice_of_the_same_round_changes_nothing() -> None:
    first = build_rows([notice(at(5, 22), D2024, "n1"), ev(EventKind.RECEIVED, at(6, 1), "r1")])
    again = build_rows([notice(at(5, 22), D2024, "n1"), ev(EventKind.RECEIVED, at(6, 1), "r1"),
                        notice(at(6, 5), D2024, "n2")])
    assert states(again) == {"2024-06-26": State.AWAITING_ANSWER}
    assert again["2024-06-26"].last_event_at == first["2024-06-26"].last_event_at == at(6, 1)
    assert len(again["2024-06-26"].moves) == len(first["2024-06-26"].moves)


def test_a_new_rounds_notice_opens_a_new_row_and_acceptance_does_not_carry_over() -> None:
    rows = build_rows([notice(at(5, 22), D2024, "n1"), ev(EventKind.ACCEPTED, at(6, 10), "a1"),
                       notice(at(4, 14, year=2025), D2025, "n2")])
    assert states(rows) == {"2024-06-26": State.ACCEPTED, "2025-05-27": State.ACTION_NEEDED}


# ---- build_rows: the latest message decides -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ([EventKind.CODE], State.CODE_RECEIVED),
        ([EventKind.CODE, EventKind.RECEIVED], State.AWAITING_ANSWER),
        ([EventKind.CODE, EventKind.RECEIVED, EventKind.ACCEPTED], State.ACCEPTED),
        ([EventKind.RECEIVED, EventKind.REFUSED], State.REFUSED),
        ([EventKind.REFUSED, EventKind.CODE], State.CODE_RECEIVED),
        ([EventKind.REFUSED, EventKind.CODE, EventKind.RECEIVED], State.AWAITING_ANSWER),
        ([EventKind.ACCEPTED, EventKind.REFUSED], State.REFUSED),
    ],
    ids=["code", "received", "accepted", "refused", "refusal-then-code", "objected-again", "refused-after-accepted"],
)
def test_within_a_round_the_latest_message_decides(kinds: list[EventKind], expected: State) -> None:
    events = [notice(at(5, 22), D2024, "n")] + [ev(k, at(6, 1 + i), f"m{i}") for i, k in enumerate(kinds)]
    assert states(build_rows(events)) == {"2024-06-26": expected}


def test_messages_are_ordered_by_their_own_date_not_by_arrival() -> None:
    events = [ev(EventKind.ACCEPTED, at(6, 3), "a"), ev(EventKind.RECEIVED, at(6, 2), "r"),
              ev(EventKind.CODE, at(6, 1), "c"), notice(at(5, 22), D2024, "n")]
    assert states(build_rows(events)) == {"2024-06-26": State.ACCEPTED}


def test_last_event_at_is_the_latest_message_that_moved_the_row() -> None:
    rows = build_rows([notice(at(5, 22), D2024), ev(EventKind.CODE, at(6, 1), "c"),
                       ev(EventKind.RECEIVED, at(6, 2), "r")])
    assert rows["2024-06-26"].last_event_at == at(6, 2)


def test_code_time_is_kept_only_while_the_code_is_the_latest_message() -> None:
    with_code = build_rows([notice(at(5, 22), D2024), ev(EventKind.CODE, at(6, 1), "c")])
    after = build_rows([notice(at(5, 22), D2024), ev(EventKind.CODE, at(6, 1), "c"),
                        ev(EventKind.RECEIVED, at(6, 2), "r")])
    assert with_code["2024-06-26"].code_at == at(6, 1)
    assert after["2024-06-26"].code_at is None


def test_objection_url_and_reference_of_the_messages_are_kept_on_the_row() -> None:
    rows = build_rows([
        Event(kind=EventKind.NOTICE, at=at(5, 22), key="n", deadline=D2024,
              objection_url="https://www.facebook.com/help/contact/1"),
        Event(kind=EventKind.RECEIVED, at=at(6, 1), key="r", reference="1234567890123456"),
    ])
    row = rows["2024-06-26"]
    assert (row.objection_url, row.reference) == ("https://www.facebook.com/help/contact/1", "1234567890123456")


# ---- effective state and status: the clock ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "today", "expected"),
    [
        (State.ACTION_NEEDED, date(2024, 6, 25), State.ACTION_NEEDED),
        (State.ACTION_NEEDED, date(2024, 6, 26), State.DEADLINE_PASSED),
        (State.ACTION_NEEDED, date(2024, 7, 1), State.DEADLINE_PASSED),
        (State.CODE_RECEIVED, date(2024, 7, 1), State.CODE_RECEIVED),
        (State.AWAITING_ANSWER, date(2024, 7, 1), State.AWAITING_ANSWER),
        (State.ACCEPTED, date(2024, 7, 1), State.ACCEPTED),
        (State.REFUSED, date(2024, 7, 1), State.REFUSED),
    ],
    ids=["day-before", "deadline-day", "after", "code", "awaiting", "accepted", "refused"],
)
def test_only_action_needed_becomes_deadline_passed_from_the_deadline_day(
    state: State, today: date, expected: State
) -> None:
    assert effective_state(state, D2024, today) is expected


def test_a_row_without_deadline_never_becomes_deadline_passed() -> None:
    assert effective_state(State.ACTION_NEEDED, None, date(2099, 1, 1)) is State.ACTION_NEEDED


def stored(state: State, *, deadline: date | None = D2024, code_at: datetime | None = None) -> StoredRow:
    return StoredRow(mailbox="default", platform="facebook", account="alice@example.org",
                     round=deadline.isoformat() if deadline else UNKNOWN_ROUND, state=state, deadline=deadline,
                     objection_url=None, reference=None, last_event_at=code_at or at(5, 22), code_at=code_at)


@pytest.mark.parametrize(
    ("now", "days_left", "state"),
    [
        (at(6, 25, 23), 1, State.ACTION_NEEDED),
        (at(6, 26, 0), 0, State.DEADLINE_PASSED),
        (at(6, 27), -1, State.DEADLINE_PASSED),
    ],
    ids=["day-before", "deadline-day", "day-after"],
)
def test_status_counts_days_left_and_passes_the_deadline_on_its_day(
    now: datetime, days_left: int, state: State
) -> None:
    status = status_of(stored(State.ACTION_NEEDED), now)
    assert (status.days_left, status.state) == (days_left, state)


def test_days_left_are_counted_in_the_offset_of_now() -> None:
    """11:00 UTC on 25 June is already 01:00 on 26 June at UTC+14 (Kiritimati): the deadline day."""
    now = datetime(2024, 6, 25, 11, tzinfo=UTC).astimezone(timezone(timedelta(hours=14)))
    status = status_of(stored(State.ACTION_NEEDED), now)
    assert (status.days_left, status.state) == (0, State.DEADLINE_PASSED)


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (timedelta(minutes=1), NextAction.ENTER_CODE),
        (timedelta(minutes=59), NextAction.ENTER_CODE),
        (CODE_LIFETIME + timedelta(minutes=1), NextAction.REFILL_FORM),
        (timedelta(days=2), NextAction.REFILL_FORM),
    ],
    ids=["1-min", "59-min", "61-min", "2-days"],
)
def test_a_code_is_to_be_entered_within_the_hour_and_the_form_refilled_after(
    age: timedelta, expected: NextAction
) -> None:
    code_at = at(6, 1)
    status = status_of(stored(State.CODE_RECEIVED, code_at=code_at), code_at + age)
    assert status.next_action is expected


def test_an_old_code_keeps_the_state_code_received() -> None:
    code_at = at(6, 1)
    assert status_of(stored(State.CODE_RECEIVED, code_at=code_at), code_at + timedelta(days=2)).state is (
        State.CODE_RECEIVED
    )


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (State.AWAITING_ANSWER, NextAction.WAIT_FOR_ANSWER),
        (State.ACCEPTED, NextAction.NOTHING),
        (State.REFUSED, NextAction.OBJECT_AGAIN),
    ],
)
def test_next_action_follows_the_answer_state(state: State, expected: NextAction) -> None:
    assert status_of(stored(state), at(6, 1)).next_action is expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(6, 1), NextAction.OBJECT_BEFORE_DEADLINE),
        (at(6, 25), NextAction.OBJECT_LAST_DAY),
        (at(6, 26), NextAction.OBJECT_LATE),
    ],
    ids=["weeks-ahead", "last-day-to-object", "deadline-day"],
)
def test_next_action_of_a_notice_depends_on_the_days_left(now: datetime, expected: NextAction) -> None:
    assert status_of(stored(State.ACTION_NEEDED), now).next_action is expected
