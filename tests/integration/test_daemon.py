"""`tracker daemon` as a real process against a real Dovecot and a private D-Bus with a recording
notification server; reminders driven by an injected clock (no sleeping)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.mailfactory import meta_mail
from tests.servers import Dovecot, NotificationRecorder, SessionBus
from tracker.cli import cli
from tracker.config import Config, parse_config
from tracker.core.state import EventKind
from tracker.daemon import Daemon
from tracker.notify import Notification, Notifier, Urgency
from tracker.store import Store


def config_text(server: Dovecot, boxes: list[tuple[str, str]], extra: str = "") -> str:
    # idle_timeout 10 s: a message landing in the same second as a sync can escape both that
    # sync and the IDLE notification (Dovecot rescans a maildir on its own only every 30 s);
    # the daemon's next IDLE round then picks it up (an "empty wake-up" sync).
    out = '[general]\nlanguage = "en"\n[daemon]\nidle_timeout = 10\nmax_backoff = 2\npoll_interval = 2\n' + extra
    for name, user in boxes:
        out += (f'[[mailbox]]\nname = "{name}"\nhost = "127.0.0.1"\nport = {server.port}\ntls = "none"\n'
                f'username = "{user}"\npassword_env = "PW_{user.upper()}"\ntimeout = 5\n')
    return out


class Running:
    """A daemon process with its stderr collected in a file."""

    def __init__(self, tmp: Path, bus: SessionBus, env: dict[str, str]) -> None:
        self.log = tmp / "daemon.log"
        cmd = [sys.executable, "-m", "tracker", "-v", "--config", str(tmp / "config.toml"), "--db",
               str(tmp / "t.db"), "daemon"]
        self.proc = subprocess.Popen(cmd, env={**os.environ, **env, "DBUS_SESSION_BUS_ADDRESS": bus.address},
                                     stdout=subprocess.DEVNULL, stderr=self.log.open("w"))

    def wait_log(self, needle: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.log.read_text():
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"{needle!r} not in the daemon log:\n{self.log.read_text()}")

    def stop(self) -> float:
        t = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=10)
        return time.monotonic() - t


@pytest.fixture
def daemon_env(dovecot: Dovecot, session_bus: SessionBus, notification_recorder: NotificationRecorder,
               tmp_path: Path) -> tuple[Dovecot, SessionBus, NotificationRecorder, Path, dict[str, str]]:
    dovecot.add_user("alice", "secret-a")
    dovecot.add_user("bob", "secret-b")
    dovecot.maildir("alice")
    dovecot.maildir("bob")
    (tmp_path / "config.toml").write_text(config_text(dovecot, [("home", "alice")]))
    return dovecot, session_bus, notification_recorder, tmp_path, {"PW_ALICE": "secret-a", "PW_BOB": "secret-b"}


def wait_records(rec: NotificationRecorder, pred: Any, timeout: float = 30) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [r for r in rec.records() if pred(r)]
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"no matching notification; got {rec.records()}")


def test_daemon_notifies_a_code_then_catches_up_after_a_server_outage_then_stops(
        daemon_env: tuple[Dovecot, SessionBus, NotificationRecorder, Path, dict[str, str]]) -> None:
    """GIVEN a running daemon, WHEN a code mail is delivered, THEN a critical notification shows the
    code; WHEN Dovecot stops a while and comes back, THEN mail delivered meanwhile is notified;
    WHEN SIGTERM, THEN it exits 0 within 5 s; and a restart repeats no notification."""
    server, bus, rec, tmp, env = daemon_env
    now = datetime.now(UTC)
    server.seed("alice", [meta_mail("notice", sent=now - timedelta(days=2), to="alice@example.org")])
    d = Running(tmp, bus, env)
    try:
        d.wait_log("daemon started")
        server.deliver("alice", meta_mail("code", sent=now, code="604172", to="alice@example.org"))
        code = wait_records(rec, lambda r: "604172" in r["summary"])[0]
        assert code["hints"]["urgency"] == 2
        assert "default" in code["actions"]
        assert "604172" not in d.log.read_text()  # only the notification shows the code
        _outage(server, 2.0, lambda: server.deliver("alice", meta_mail("accepted", sent=now + timedelta(seconds=1),
                                                                       to="alice@example.org")))
        wait_records(rec, lambda r: "accepted" in r["summary"].lower(), timeout=30)
        assert d.stop() < 5
        assert d.proc.returncode == 0
    finally:
        if d.proc.poll() is None:
            d.proc.kill()
    count = len(rec.records())
    d2 = Running(tmp, bus, env)
    try:
        d2.wait_log("daemon started")
        time.sleep(1.5)
        assert len(rec.records()) == count, "a restart repeated a notification"
    finally:
        d2.stop()


def _outage(server: Dovecot, seconds: float, during: Any) -> None:
    """Stop Dovecot (its mail stays on disk), deliver meanwhile, start it again on the same ports."""
    server._kill()  # the process only: the mail directory stays
    during()
    time.sleep(seconds)
    server.restart()


def test_sighup_reloads_the_config_and_watches_the_new_mailbox(
        daemon_env: tuple[Dovecot, SessionBus, NotificationRecorder, Path, dict[str, str]]) -> None:
    server, bus, rec, tmp, env = daemon_env
    d = Running(tmp, bus, env)
    try:
        d.wait_log("daemon started")
        (tmp / "config.toml").write_text(config_text(server, [("home", "alice"), ("work", "bob")]))
        d.proc.send_signal(signal.SIGHUP)
        d.wait_log("configuration reloaded")
        time.sleep(1.0)
        server.deliver("bob", meta_mail("refused", sent=datetime.now(UTC), to="bob@example.org"))
        hit = wait_records(rec, lambda r: "bob@example.org" in r["body"])[0]
        assert hit["hints"]["urgency"] == 2
    finally:
        d.stop()


def test_fake_meta_mail_is_notified_as_suspicious(
        daemon_env: tuple[Dovecot, SessionBus, NotificationRecorder, Path, dict[str, str]]) -> None:
    server, bus, rec, tmp, env = daemon_env
    d = Running(tmp, bus, env)
    try:
        d.wait_log("daemon started")
        server.deliver("alice", meta_mail("accepted", sent=datetime.now(UTC), authentic=False,
                                          to="alice@example.org"))
        try:
            hit = wait_records(rec, lambda r: "Suspicious" in r["summary"])[0]
        except AssertionError as e:
            raise AssertionError(f"{e}\ndaemon log:\n{d.log.read_text()}") from None
        assert hit["hints"]["urgency"] == 2
    finally:
        d.stop()


# ---- reminders with an injected clock -------------------------------------------------------------

DEADLINE = date(2026, 12, 16)  # last day to object: 15 December


def _store_with_notice(tmp: Path) -> Store:
    store = Store.open(str(tmp / "r.db"))
    with store.batch() as b:
        b.add_event(group=("home", "facebook", "alice@example.org"), kind=EventKind.NOTICE,
                    at=datetime(2026, 11, 1, tzinfo=UTC), sort_key="n1", deadline=DEADLINE,
                    objection_url="https://www.facebook.com/privacy/genai/objection/")
    return store


class FakeNotifier(Notifier):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[Notification] = []

    def send(self, n: Notification) -> Any:
        self.sent.append(n)
        return None


def _daemon(store: Store, cfg: Config, clock: list[datetime]) -> tuple[Daemon, FakeNotifier]:
    notifier = FakeNotifier()
    return Daemon(lambda: cfg, store, lambda: clock[0], lambda c: "en", notifier), notifier


@pytest.mark.parametrize(("when", "expected_days"), [
    (datetime(2026, 12, 8, 8, 59, tzinfo=UTC), []),        # before the 7-day reminder's hour
    (datetime(2026, 12, 8, 9, 0, tzinfo=UTC), [7]),        # 7 days before 15 December, 09:00
    (datetime(2026, 12, 13, 10, 0, tzinfo=UTC), [2]),      # 7 missed: only the latest one is sent
    (datetime(2026, 12, 15, 9, 30, tzinfo=UTC), [0]),      # the last day itself
    (datetime(2026, 12, 16, 9, 30, tzinfo=UTC), []),       # the deadline: no more reminders
])
def test_reminder_fires_once_at_the_right_time(tmp_path: Path, when: datetime, expected_days: list[int]) -> None:
    store = _store_with_notice(tmp_path)
    cfg = parse_config({}, None)
    clock = [when]
    d, notifier = _daemon(store, cfg, clock)
    assert d.check_reminders(when) == len(expected_days)
    assert [("Last day" in n.summary) or n.summary.startswith(f"{expected_days[0]} day") for n in notifier.sent] == \
        [True] * len(expected_days)
    assert d.check_reminders(when) == 0  # never twice
    d2, notifier2 = _daemon(store, cfg, clock)  # a restart
    assert d2.check_reminders(when) == 0
    assert notifier2.sent == []


def test_reminders_sequence_over_a_month_each_once(tmp_path: Path) -> None:
    store = _store_with_notice(tmp_path)
    cfg = parse_config({"reminders": {"days_before": [7, 2, 1, 0], "hour": 9}}, None)
    clock = [datetime(2026, 11, 20, tzinfo=UTC)]
    d, notifier = _daemon(store, cfg, clock)
    t = clock[0]
    while t < datetime(2026, 12, 20, tzinfo=UTC):
        d.check_reminders(t)
        t += timedelta(hours=1)
    assert [n.summary for n in notifier.sent] == [
        "Last day to object in 7 days (facebook)", "Last day to object in 2 days (facebook)",
        "Last day to object tomorrow (facebook)", "Last day to object today (facebook)"]
    assert notifier.sent[-1].urgency == Urgency.CRITICAL


def test_reminders_stop_once_the_objection_is_sent(tmp_path: Path) -> None:
    store = _store_with_notice(tmp_path)
    with store.batch() as b:
        b.add_event(group=("home", "facebook", "alice@example.org"), kind=EventKind.RECEIVED,
                    at=datetime(2026, 12, 1, tzinfo=UTC), sort_key="r1")
    d, _notifier = _daemon(store, parse_config({}, None), [datetime(2026, 12, 8, 9, tzinfo=UTC)])
    assert d.check_reminders(datetime(2026, 12, 8, 9, 0, tzinfo=UTC)) == 0


def test_without_a_session_bus_notifications_fall_back_to_the_log_once_without_the_code(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    n = Notifier()
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            r = n.send(Notification(summary="Meta confirmation code: 551177", body="...",
                                    log_text="a confirmation code arrived for alice"))
            assert not r.delivered
    text = caplog.text
    assert text.count("desktop notifications unavailable") == 1
    assert "551177" not in text


def test_notify_test_reports_delivery_and_its_absence(notification_recorder: NotificationRecorder,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    r = CliRunner().invoke(cli, ["--lang", "fr", "notify", "--test"], catch_exceptions=False)
    assert r.exit_code == 0
    assert r.stdout.startswith("remise (notification n°")
    assert notification_recorder.wait_for(1)[0]["summary"] == "tracker : notification de test"
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    r = CliRunner().invoke(cli, ["--lang", "en", "notify", "--test"])
    assert r.exit_code == 1
    assert "no notification shown: no session bus" in r.stderr


def test_clicking_the_notification_opens_the_form(notification_recorder: NotificationRecorder, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "opened"
    monkeypatch.setenv("TRACKER_OPEN_COMMAND", f"sh -c 'echo \"$0\" > {out}'")
    n = Notifier()
    r = n.send(Notification(summary="s", body="b", url="https://www.facebook.com/privacy/genai/objection/"))
    assert r.delivered
    assert r.notification_id is not None
    time.sleep(0.3)  # the action listener subscribes
    notification_recorder.invoke_action(r.notification_id, "default")
    deadline = time.monotonic() + 5
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    n.close()
    assert out.read_text().strip() == "https://www.facebook.com/privacy/genai/objection/"


def test_daemon_tells_systemd_it_is_ready_and_stopping(
        daemon_env: tuple[Dovecot, SessionBus, NotificationRecorder, Path, dict[str, str]]) -> None:
    import socket

    _server, bus, _rec, tmp, env = daemon_env
    path = tmp / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(20)
    try:
        d = Running(tmp, bus, {**env, "NOTIFY_SOCKET": str(path)})
        assert b"READY=1" in sock.recv(4096)
        d.proc.send_signal(signal.SIGTERM)
        assert b"STOPPING=1" in sock.recv(4096)
        assert d.proc.wait(timeout=10) == 0
    finally:
        sock.close()


def test_daemon_polls_where_the_server_has_no_idle(session_bus: SessionBus,
                                                   notification_recorder: NotificationRecorder,
                                                   tmp_path: Path) -> None:
    """A Dovecot that advertises no IDLE: the daemon falls back to polling every poll_interval."""
    server = Dovecot(extra_conf="imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE UIDPLUS")
    server.start()
    try:
        server.add_user("alice", "secret-a")
        server.maildir("alice")
        (tmp_path / "config.toml").write_text(config_text(server, [("home", "alice")]))
        from imapclient import IMAPClient

        probe = IMAPClient("127.0.0.1", port=server.port, ssl=False)
        probe.login("alice", "secret-a")
        assert b"IDLE" not in probe.capabilities()
        probe.logout()
        d = Running(tmp_path, session_bus, {"PW_ALICE": "secret-a"})
        try:
            d.wait_log("daemon started")
            server.deliver("alice", meta_mail("refused", sent=datetime.now(UTC), to="alice@example.org"))
            hit = wait_records(notification_recorder, lambda r: "alice@example.org" in r["body"], timeout=20)[0]
            assert hit["hints"]["urgency"] == 2
        finally:
            d.stop()
    finally:
        server.stop()


def test_sigterm_stops_the_daemon_within_5_s_while_it_reads_hostile_mail(
        daemon_env: tuple[Dovecot, SessionBus, NotificationRecorder, Path, dict[str, str]]) -> None:
    """GIVEN a folder of 1 MB hostile Meta-looking messages (the shapes that froze tracker),
    WHEN the daemon is stopped while it reads them, THEN it exits within 5 s, and the other
    mailbox was served meanwhile."""
    from tests.hostile import SHAPES

    server, bus, rec, tmp, env = daemon_env
    (tmp / "config.toml").write_text(config_text(server, [("home", "alice"), ("work", "bob")]))
    hostile = [shape(1024 * 1024) for shape in SHAPES.values()] * 3
    server.seed("alice", hostile)
    d = Running(tmp, bus, env)
    try:
        d.wait_log("daemon started")
        server.deliver("bob", meta_mail("code", sent=datetime.now(UTC), code="731904", to="bob@example.org"))
        wait_records(rec, lambda r: "731904" in r["summary"])
        assert d.proc.poll() is None
        assert d.stop() < 5
    finally:
        if d.proc.poll() is None:
            d.proc.kill()
