"""The pure planning step: prepared messages and what the ledger knows → the writes to make."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.mailfactory import meta_mail, personal_mail
from tracker.core.events import Known, Outcome, Prepared, ledger_key, moved_back, plan, plan_reread
from tracker.core.state import EventKind
from tracker.ingest import prepare
from tracker.model import RawMessage

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
SENT = datetime(2026, 10, 30, 9, 0, tzinfo=UTC)


def _prepared(data: bytes, source: str = "m.eml", *, uid: int | None = None, gm_msgid: int | None = None) -> Prepared:
    folder = "INBOX" if uid is not None else None
    return prepare(RawMessage(source=source, data=data, folder=folder, uidvalidity=7 if uid else None, uid=uid,
                              gm_msgid=gm_msgid))


def test_a_genuine_notice_plans_its_message_its_position_and_its_event() -> None:
    p = _prepared(meta_mail("notice", sent=SENT), uid=42)
    result = plan([p], Known(), "home", NOW)
    assert result.outcomes == (Outcome.EVENT,)
    (message,), (where,), (event,) = result.messages, result.locations, result.events
    key = ledger_key(p)
    assert (message.mailbox, message.key, message.seen_at, message.error) == ("home", key, NOW, None)
    assert (where.folder, where.uidvalidity, where.uid, where.message_key, where.new_message) == (
        "INBOX", 7, 42, key, True)
    assert (event.group, event.kind, event.at, event.message_key) == (
        ("home", "facebook", "alice@example.org"), EventKind.NOTICE, SENT, key)


def test_unrelated_mail_plans_nothing() -> None:
    result = plan([_prepared(personal_mail(1))], Known(), "home", NOW)
    assert (result.messages, result.locations, result.events, result.outcomes) == ((), (), (), (Outcome.UNRELATED,))


def test_a_message_the_ledger_holds_is_a_duplicate_whose_position_is_looked_up() -> None:
    p = _prepared(meta_mail("notice", sent=SENT), uid=43)
    result = plan([p], Known(ids={ledger_key(p): 5}), "home", NOW)
    assert result.outcomes == (Outcome.DUPLICATE,)
    assert (result.messages, result.events) == ((), ())
    (where,) = result.locations
    assert (where.known_id, where.new_message) == (5, False)


def test_the_same_message_twice_in_a_batch_is_planned_once() -> None:
    raw = meta_mail("received", sent=SENT)
    result = plan([_prepared(raw, uid=1), _prepared(raw, uid=2)], Known(), "home", NOW)
    assert result.outcomes == (Outcome.EVENT, Outcome.DUPLICATE)
    assert len(result.messages) == len(result.events) == 1
    assert [(w.uid, w.known_id, w.new_message) for w in result.locations] == [(1, None, True), (2, None, False)]


def test_a_known_gmail_message_id_makes_a_duplicate_under_another_key() -> None:
    p = _prepared(meta_mail("notice", sent=SENT), uid=9, gm_msgid=777)
    result = plan([p], Known(gm_msgids={777: 3}), "home", NOW)
    assert result.outcomes == (Outcome.DUPLICATE,)
    assert [w.known_id for w in result.locations] == [3]


def test_malformed_mail_is_planned_with_its_error_and_no_position() -> None:
    p = _prepared(b"\x00\x01 not mail", uid=5)
    assert p.malformed
    result = plan([p], Known(), "home", NOW)
    assert result.outcomes == (Outcome.MALFORMED,)
    (message,) = result.messages
    assert message.error
    assert message.classification is None
    assert message.key.startswith("sha256:")
    assert (result.locations, result.events) == ((), ())
    again = plan([p], Known(ids={message.key: 1}), "home", NOW)
    assert again.outcomes == (Outcome.KNOWN_MALFORMED,)
    assert again.messages == ()


def test_a_forged_acceptance_is_kept_but_moves_nothing() -> None:
    result = plan([_prepared(meta_mail("accepted", sent=SENT, authentic=False))], Known(), "home", NOW)
    assert result.outcomes == (Outcome.IGNORED,)
    assert len(result.messages) == 1
    assert result.events == ()


def test_planning_is_pure_the_same_input_gives_the_same_plan() -> None:
    batch = [_prepared(meta_mail(k, sent=SENT), uid=i) for i, k in enumerate(("notice", "code", "accepted"), 1)]
    assert plan(batch, Known(), "home", NOW) == plan(batch, Known(), "home", NOW)


def test_a_reread_plans_the_new_reading_and_its_event_for_the_stored_message() -> None:
    p = _prepared(meta_mail("accepted", sent=SENT))
    write = plan_reread(12, "home", "<old-key>", p, NOW)
    assert (write.db_id, write.message.key, write.message.mailbox) == (12, "<old-key>", "home")
    assert write.event is not None
    assert write.event.kind is EventKind.ACCEPTED
    assert write.event.sort_key == "<old-key>"


def test_only_rows_that_leave_an_outcome_are_moved_back() -> None:
    before = {("h", "facebook", "a@x", "1"): "accepted", ("h", "facebook", "b@x", "1"): "accepted",
              ("h", "facebook", "c@x", "1"): "awaiting_answer"}
    after = {("h", "facebook", "a@x", "1"): "accepted", ("h", "facebook", "c@x", "1"): "accepted"}
    (moved,) = moved_back(before, after, frozenset({"accepted", "refused"}), NOW)
    assert (moved.account, moved.before, moved.after, moved.at) == ("b@x", "accepted", None, NOW)
