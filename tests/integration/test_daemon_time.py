"""Reminders through the real APScheduler and the recording notification server, under a
moving wall clock: daylight-saving changes, a suspend, a late timer (issue 17, items 21-23).

The wall clock is moved with time-machine, inside this process only (never the system clock):
``datetime.now`` and ``time.time`` jump, while ``time.monotonic`` (what the scheduler's waits
and the daemon's loop run on) goes on as before, which is exactly what a suspended laptop
looks like on resume. The daemon runs its real loop (``Daemon.serve``) in a thread, with its
real scheduler and a real ``Notifier`` on a private session bus.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tests.servers import NotificationRecorder
from tracker.config import parse_config
from tracker.core.state import EventKind
from tracker.daemon import Daemon
from tracker.store import Store

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's zone is Europe/Paris for this test (TZ, re-read by the C library)."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _store(tmp: Path, deadline: date) -> Store:
    store = Store.open(str(tmp / "t.db"))
    with store.batch() as b:
        b.add_event(group=("home", "facebook", "alice@example.org"), kind=EventKind.NOTICE,
                    at=datetime(2027, 1, 4, tzinfo=UTC), sort_key="n1", deadline=deadline,
                    objection_url="https://www.facebook.com/privacy/genai/objection/")
    return store


class _Served:
    """A daemon running its real loop in a thread, on the CLI's real clock."""

    def __init__(self, store: Store) -> None:
        cfg = parse_config({"reminders": {"days_before": [7], "hour": 9}}, None)
        self.daemon = Daemon(lambda: cfg, store, lambda: datetime.now().astimezone(), lambda c: "en")
        self.thread = threading.Thread(target=self.daemon.serve, daemon=True)

    def __enter__(self) -> Daemon:
        self.thread.start()
        assert self.daemon.started.wait(10), "the daemon did not start"
        return self.daemon

    def __exit__(self, *_exc: object) -> None:
        self.daemon.stop_event.set()
        self.thread.join(10)
        assert not self.thread.is_alive()


def _wait_for(pred: Callable[[], Any], what: str, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = pred()
        if got:
            return got
        time.sleep(0.02)
    raise AssertionError(f"no {what} within {timeout} s")


def _reminders(rec: NotificationRecorder) -> list[str]:
    return [r["summary"] for r in rec.records()]  # nothing else is due: the notice is months old


@pytest.mark.parametrize(("start", "deadline", "due"), [
    # started in winter time (+01:00), the day before the March change; due in summer time
    (datetime(2027, 3, 27, 12, 0, tzinfo=PARIS), date(2027, 4, 9), datetime(2027, 4, 1, 9, 0, tzinfo=PARIS)),
    # started in summer time (+02:00), the day before the October change; due in winter time
    (datetime(2027, 10, 30, 12, 0, tzinfo=PARIS), date(2027, 11, 12), datetime(2027, 11, 4, 9, 0, tzinfo=PARIS)),
], ids=["march", "october"])
def test_a_reminder_after_a_daylight_saving_change_fires_at_9_local_time_through_the_scheduler(
        paris: None, notification_recorder: NotificationRecorder, tmp_path: Path,
        start: datetime, deadline: date, due: datetime) -> None:
    """GIVEN a daemon started on one side of a daylight-saving change, and a reminder (7 days
    before the last day to object, 09:00) on the other side, WHEN the clock reaches 09:00 local
    time there, THEN the scheduler fires it: at 09:00 Paris time, not an hour early or late."""
    store = _store(tmp_path, deadline)
    with time_machine.travel(start, tick=True) as traveller, _Served(store) as daemon:
        scheduled = daemon.scheduled_reminder()
        assert scheduled is not None
        # to the second: the timer runs on the real clock, a few microseconds off the daemon's
        assert abs(scheduled.astimezone(UTC) - due.astimezone(UTC)) < timedelta(seconds=1)
        assert scheduled.utcoffset() == due.utcoffset() != start.utcoffset()
        traveller.move_to(due - timedelta(seconds=2))  # the loop re-plans; the timer fires 2 s later
        time.sleep(0.5)
        assert _reminders(notification_recorder) == []  # not early
        got = _wait_for(lambda: _reminders(notification_recorder), "reminder notification")
    assert len(got) == 1
    assert "7 days" in got[0]


def test_a_reminder_due_while_the_machine_slept_is_sent_on_resume_once(
        paris: None, notification_recorder: NotificationRecorder, tmp_path: Path) -> None:
    """GIVEN a running daemon whose next reminder is due in an hour, WHEN the machine sleeps
    through it (the wall clock jumps three hours, the monotonic clock does not move), THEN the
    reminder goes out within seconds of the resume, once; a restart does not repeat it."""
    due = datetime(2027, 4, 1, 9, 0, tzinfo=PARIS)
    store = _store(tmp_path, date(2027, 4, 9))
    with time_machine.travel(due - timedelta(hours=1), tick=True) as traveller:
        with _Served(store):
            traveller.shift(timedelta(hours=3))
            got = _wait_for(lambda: _reminders(notification_recorder), "reminder after the resume", timeout=5)
            time.sleep(1.5)
            assert _reminders(notification_recorder) == got
            assert len(got) == 1
            assert "7 days" in got[0]
        with _Served(store) as again:
            time.sleep(1.5)
            assert again.scheduled_reminder() is None  # the last reminder of this row is spent
    assert len(_reminders(notification_recorder)) == 1


def test_a_reminder_timer_that_fires_late_still_reminds(
        paris: None, notification_recorder: NotificationRecorder, tmp_path: Path) -> None:
    """GIVEN a reminder timer due in 2 s, WHEN the wall clock moves on 20 s meanwhile (too little
    to look like a suspend, far more than APScheduler's default one-second misfire grace: a
    busy or briefly stopped process), THEN the late timer still runs and the reminder goes out."""
    due = datetime(2027, 4, 1, 9, 0, tzinfo=PARIS)
    store = _store(tmp_path, date(2027, 4, 9))
    with time_machine.travel(due - timedelta(seconds=2), tick=True) as traveller, _Served(store):
        traveller.shift(timedelta(seconds=20))
        got = _wait_for(lambda: _reminders(notification_recorder), "late reminder", timeout=6)
    assert len(got) == 1
    assert "7 days" in got[0]


@pytest.mark.parametrize(("tz", "expected"), [
    ("Europe/Paris", "Europe/Paris"), (":America/New_York", "America/New_York"),
    ("/usr/share/zoneinfo/Asia/Tokyo", None),  # a file: the zone of that file, nameless
])
def test_the_local_zone_is_a_zone_with_rules_not_todays_offset(monkeypatch: pytest.MonkeyPatch, tz: str,
                                                               expected: str | None) -> None:
    from tracker.daemon import local_zone

    monkeypatch.setenv("TZ", tz)
    zone = local_zone()
    assert isinstance(zone, ZoneInfo)
    assert zone.key == expected
    winter, summer = datetime(2027, 1, 15, 12, tzinfo=zone), datetime(2027, 7, 15, 12, tzinfo=zone)
    assert (winter.utcoffset() != summer.utcoffset()) == (expected is not None)  # Tokyo keeps no DST
