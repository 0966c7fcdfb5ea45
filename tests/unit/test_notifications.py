"""Notification planning (pure: values in, planned notifications out; no bus, no database) and
the texts the edge renders from a plan."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tracker.core.notifications import (
    NotificationKind,
    PlannedNotification,
    Urgency,
    plan_notifications,
    plan_reminder,
)
from tracker.core.reminders import Reminder, reminder_key
from tracker.core.status import NextAction, StatusRow, StoredRow, status_of
from tracker.model import EventKind, RecentEvent, Reread, State, SuspiciousMessage
from tracker.output import render
from tracker.output.notes import TEXTS, note_text

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
FORM = "https://www.facebook.com/privacy/genai/objection/"


def event(message_db_id: int, kind: EventKind, *, at: datetime = NOW - timedelta(minutes=5),
          code: str | None = None, objection_url: str | None = None, deadline: date | None = None) -> RecentEvent:
    """A recent event of alice's Facebook account, as the store reads it."""
    return RecentEvent(message_db_id=message_db_id, kind=kind, mailbox="home", platform="facebook",
                       account="alice@example.org", at=at, code=code, objection_url=objection_url, deadline=deadline,
                       source=f"imap://home/INBOX;UID={message_db_id}", event_id=message_db_id)


def fake(source: str, warnings: tuple[str, ...]) -> SuspiciousMessage:
    return SuspiciousMessage(at=NOW, mailbox="home", account=None, kind="objection_accepted", platform="facebook",
                             source=source, warnings=warnings)


def reread(id_: int, platform: str, account: str, round_: str, before: str, after: str | None) -> Reread:
    return Reread(id=id_, at=NOW, mailbox="home", platform=platform, account=account, round=round_, before=before,
                  after=after)


def row(round_: str = "2026-12-16", *, at: datetime = NOW - timedelta(days=3), url: str | None = FORM,
        account: str = "alice@example.org", state: State = State.ACTION_NEEDED,
        deadline: date | None = date(2026, 12, 16)) -> StoredRow:
    return StoredRow(mailbox="home", platform="facebook", account=account, round=round_, state=state,
                     deadline=deadline, objection_url=url, reference=None, last_event_at=at, code_at=None)


def plan_events(*events: RecentEvent, rows: tuple[StoredRow, ...] = (row(),), sent: frozenset[str] = frozenset(),
                now: datetime = NOW) -> tuple[list[PlannedNotification], list[str]]:
    return plan_notifications(events, [], rows, sent, now)


# ---- events -------------------------------------------------------------------------------------


def test_a_fresh_code_is_critical_and_links_the_groups_form_when_the_mail_has_none() -> None:
    [planned], seen = plan_events(event(7, EventKind.CODE, code="604172"))
    assert seen == []
    assert planned == PlannedNotification(
        key="event:7", kind=NotificationKind.CODE, urgency=Urgency.CRITICAL, url=FORM,
        values={"account": "alice@example.org", "platform": "facebook", "round": "2026-12-16", "code": "604172"})


@pytest.mark.parametrize(("age", "sent"), [(timedelta(minutes=60), True), (timedelta(minutes=61), False)])
def test_a_code_is_notified_for_an_hour_then_only_recorded_as_seen(age: timedelta, sent: bool) -> None:
    send, seen = plan_events(event(7, EventKind.CODE, code="604172", at=NOW - age))
    assert [p.key for p in send] == (["event:7"] if sent else [])
    assert seen == ([] if sent else ["event:7"])


def test_a_code_event_without_its_code_is_only_seen() -> None:
    assert plan_events(event(7, EventKind.CODE, code=None)) == ([], ["event:7"])


def test_an_acknowledgement_is_recorded_without_a_notification() -> None:
    assert plan_events(event(3, EventKind.RECEIVED)) == ([], ["event:3"])


def test_a_notice_gives_the_last_day_before_the_deadline_and_its_own_link_only() -> None:
    [with_link], _ = plan_events(event(1, EventKind.NOTICE, deadline=date(2026, 12, 16), objection_url="https://n/"))
    assert with_link.values["last_day"] == date(2026, 12, 15)
    assert (with_link.urgency, with_link.url) == (Urgency.NORMAL, "https://n/")
    [without], _ = plan_events(event(1, EventKind.NOTICE, deadline=date(2026, 12, 16)))
    assert without.url is None  # not the row's link: it may be an older round's form


def test_a_notice_without_a_date_is_only_seen() -> None:
    assert plan_events(event(1, EventKind.NOTICE)) == ([], ["event:1"])


def test_an_acceptance_is_normal_and_opens_nothing_a_refusal_is_critical_with_the_mails_link_first() -> None:
    send, _ = plan_events(event(1, EventKind.ACCEPTED), event(2, EventKind.REFUSED, objection_url="https://mail/"))
    assert [(p.kind, p.urgency, p.url) for p in send] == [
        (NotificationKind.ACCEPTED, Urgency.NORMAL, None), (NotificationKind.REFUSED, Urgency.CRITICAL, "https://mail/")]


def test_the_round_and_link_come_from_the_groups_latest_row() -> None:
    rows = (row("2025-05-27", at=NOW - timedelta(days=200), url="https://old/"), row("2026-12-16", url=FORM),
            row("2027-01-01", at=NOW, url="https://other/", account="bob@example.org"))
    [planned], _ = plan_events(event(2, EventKind.REFUSED), rows=rows)
    assert (planned.values["round"], planned.url) == ("2026-12-16", FORM)


def test_an_event_of_a_group_without_rows_names_no_round_and_no_form() -> None:
    [planned], _ = plan_events(event(2, EventKind.REFUSED), rows=())
    assert (planned.values["round"], planned.url) == ("?", None)


def test_a_key_already_sent_is_neither_sent_nor_seen_again_and_one_key_is_planned_once() -> None:
    assert plan_events(event(1, EventKind.ACCEPTED), sent=frozenset({"event:1"})) == ([], [])
    send, seen = plan_events(event(1, EventKind.ACCEPTED), event(1, EventKind.ACCEPTED), event(2, EventKind.RECEIVED),
                             event(2, EventKind.RECEIVED))
    assert ([p.key for p in send], seen) == (["event:1"], ["event:2"])


# ---- fakes, re-reads, order ---------------------------------------------------------------------


def test_a_fake_quotes_its_first_warning_or_says_not_authentic() -> None:
    send, seen = plan_notifications([], [(4, fake("imap://home/INBOX;UID=9", ("display name 'Facebook'", "x"))),
                                         (5, fake("b.eml", ()))], [], {"fake:6"}, NOW)
    assert seen == []
    assert [(p.key, p.kind, p.urgency, dict(p.values)) for p in send] == [
        ("fake:4", NotificationKind.FAKE, Urgency.CRITICAL,
         {"source": "imap://home/INBOX;UID=9", "warning": "display name 'Facebook'"}),
        ("fake:5", NotificationKind.FAKE, Urgency.CRITICAL, {"source": "b.eml", "warning": "not authentic"})]


def test_a_reread_row_names_both_states_and_a_row_gone_has_no_after() -> None:
    send, _ = plan_notifications([], [], [], {"reread:1"}, NOW, rereads=[
        reread(1, "facebook", "a", "r", "accepted", "refused"), reread(2, "facebook", "a", "r", "accepted", None)])
    [gone] = send
    assert (gone.key, gone.urgency) == ("reread:2", Urgency.CRITICAL)
    assert (gone.values["before"], gone.values["after"]) == (State.ACCEPTED, None)


def test_events_come_first_then_fakes_then_rereads() -> None:
    send, _ = plan_notifications([event(1, EventKind.ACCEPTED)], [(1, fake("f", ()))], [row()], set(), NOW,
                                 rereads=[reread(1, "facebook", "a", "r", "accepted", "refused")])
    assert [p.key for p in send] == ["event:1", "fake:1", "reread:1"]


# ---- reminders ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("days", "urgency"), [(7, Urgency.NORMAL), (2, Urgency.NORMAL), (1, Urgency.CRITICAL),
                                               (0, Urgency.CRITICAL)])
def test_a_reminder_turns_critical_from_the_day_before_the_last_day(days: int, urgency: Urgency) -> None:
    r = row()
    at = datetime(2026, 12, 15 - days, 9, tzinfo=UTC)
    planned = plan_reminder(Reminder(key=reminder_key(r, days), row=r, days_before=days, at=at), at)
    assert (planned.key, planned.kind, planned.urgency, planned.url) == (
        reminder_key(r, days), NotificationKind.REMINDER, urgency, FORM)
    assert planned.values["last_day"] == date(2026, 12, 15)
    action = planned.values["action"]
    assert isinstance(action, StatusRow)
    assert action.row == r


# ---- the texts at the edge --------------------------------------------------------------------------


def test_every_kind_has_texts_that_exist() -> None:
    assert set(TEXTS) == set(NotificationKind)
    for keys in TEXTS.values():
        assert all(k in render._NOTE for k in keys if k is not None and k != "reminder.summary")


def test_a_code_shows_in_the_summary_but_never_in_the_log_line() -> None:
    [planned], _ = plan_events(event(7, EventKind.CODE, code="604172"))
    text = note_text(planned, "en")
    assert text.summary == "Meta confirmation code: 604172"
    assert text.body == ("For alice@example.org (facebook). Type it into the objection form now: it expires "
                         "within the hour.")
    assert text.log_text is not None
    assert "604172" not in text.log_text


def test_values_quoted_from_mail_are_shown_on_one_line_without_controls() -> None:
    planned = PlannedNotification("fake:1", NotificationKind.FAKE,
                                  {"source": "a\x1b[2Kb\nc", "warning": "\u202eevil"}, Urgency.CRITICAL)
    assert note_text(planned, "en").body == "a\u241b[2Kb c: evil. Do not click its links or enter a code."


def test_dates_states_and_a_missing_state_are_shown_in_the_persons_language() -> None:
    [notice], _ = plan_events(event(1, EventKind.NOTICE, deadline=date(2026, 5, 27)))
    assert note_text(notice, "fr").body == "alice@example.org : opposez-vous avant la fin du 26 mai 2026."
    send, _ = plan_notifications([], [], [], set(), NOW, rereads=[reread(2, "facebook", "a", "r", "accepted", None)])
    assert note_text(send[0], "en").body.startswith("Read again with a better classifier, round r was shown as "
                                                    "'accepted' and is now '-'.")


@pytest.mark.parametrize(("days", "summary"), [(0, "Last day to object today (facebook)"),
                                               (1, "Last day to object tomorrow (facebook)"),
                                               (7, "Last day to object in 7 days (facebook)")])
def test_a_reminder_counts_down_to_the_last_day_as_the_table_does(days: int, summary: str) -> None:
    r = row()
    at = datetime(2026, 12, 15 - days, 9, tzinfo=UTC)
    text = note_text(plan_reminder(Reminder(key="k", row=r, days_before=days, at=at), at), "en")
    assert text.summary == summary
    assert text.body == "alice@example.org: the last day to object is December 15, 2026. " + (
        "Today is the last day to object: fill in the objection form now." if days == 0
        else "Object before the end of December 15, 2026: fill in the objection form.")


def test_a_reminder_sent_late_counts_the_days_left_when_it_goes_out() -> None:
    """GIVEN the 7-day reminder (8 December, 9:00) sent two days late, THEN it says "in 5 days",
    what the table says at that moment, and not the 7 it was planned with."""
    r = row()
    late = datetime(2026, 12, 10, 12, tzinfo=UTC)
    planned = plan_reminder(Reminder(key="k", row=r, days_before=7, at=datetime(2026, 12, 8, 9, tzinfo=UTC)), late)
    assert note_text(planned, "en").summary == "Last day to object in 5 days (facebook)"


def test_a_reminder_counts_its_days_in_the_zone_it_was_planned_in() -> None:
    """9:00 on 14 December at UTC+14 is 19:00 UTC on the 13th: the reminder still says "tomorrow"."""
    plus14 = timezone(timedelta(hours=14))
    at = datetime(2026, 12, 14, 9, tzinfo=plus14)
    planned = plan_reminder(Reminder(key="k", row=row(), days_before=1, at=at), at.astimezone(UTC))
    assert note_text(planned, "en").summary == "Last day to object tomorrow (facebook)"


@pytest.mark.parametrize("age", [timedelta(minutes=8), timedelta(minutes=60), timedelta(minutes=61)],
                         ids=["8-min", "60-min", "61-min"])
def test_a_code_is_notified_exactly_while_status_says_to_type_it_in(age: timedelta) -> None:
    """One rule for the code's hour: the notification goes out iff status says "type it in now"."""
    code_at = NOW - age
    send, _ = plan_events(event(7, EventKind.CODE, code="604172", at=code_at))
    stored = StoredRow(mailbox="home", platform="facebook", account="alice@example.org", round="2026-12-16",
                       state=State.CODE_RECEIVED, deadline=date(2026, 12, 16), objection_url=FORM, reference=None,
                       last_event_at=code_at, code_at=code_at)
    assert bool(send) == (status_of(stored, NOW).next_action is NextAction.ENTER_CODE)
