"""Other processes beside a running daemon (issue 17, item 24): a second daemon on the same
database refuses in one line; ``poll`` and ``import`` run meanwhile leave the database
consistent, and every notification goes out once. Real processes, a real Dovecot and the
recording notification server on a private bus."""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.integration.test_daemon import Running, config_text, wait_records
from tests.mailfactory import meta_mail
from tests.servers import Dovecot, NotificationRecorder, SessionBus

ENV = {"PW_ALICE": "secret-a", "LANG": "C.UTF-8", "LC_ALL": ""}


@pytest.fixture
def setup(dovecot: Dovecot, session_bus: SessionBus, notification_recorder: NotificationRecorder,
          tmp_path: Path) -> tuple[Dovecot, SessionBus, NotificationRecorder, Path]:
    dovecot.add_user("alice", "secret-a")
    dovecot.maildir("alice")
    (tmp_path / "config.toml").write_text(config_text(dovecot, [("home", "alice")]))
    return dovecot, session_bus, notification_recorder, tmp_path


def _tracker(tmp: Path, bus: SessionBus, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "tracker", "--lang", "en", "--config", str(tmp / "config.toml"), "--db",
           str(tmp / "t.db"), *args]
    return subprocess.run(cmd, env={**os.environ, **ENV, "DBUS_SESSION_BUS_ADDRESS": bus.address},
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_a_second_daemon_on_the_same_database_refuses_in_one_line(
        setup: tuple[Dovecot, SessionBus, NotificationRecorder, Path]) -> None:
    """GIVEN a running daemon, WHEN a second one starts on its database, THEN it exits 1 at
    once with one line naming the first one's pid; once the first stops, a daemon starts."""
    _server, bus, _rec, tmp = setup
    first = Running(tmp, bus, ENV)
    try:
        first.wait_log("daemon started")
        second = _tracker(tmp, bus, "daemon", timeout=20)
        assert second.returncode == 1
        assert second.stderr.splitlines() == [
            f"error: {tmp / 't.db'}: another tracker daemon (pid {first.proc.pid}) is already running on this "
            "database"]
        assert first.proc.poll() is None  # the first one goes on
    finally:
        first.stop()
    again = Running(tmp, bus, ENV)
    try:
        again.wait_log("daemon started")
    finally:
        again.stop()


def test_poll_and_import_beside_the_daemon_keep_the_database_whole_and_notify_each_code_once(
        setup: tuple[Dovecot, SessionBus, NotificationRecorder, Path]) -> None:
    """GIVEN a running daemon, WHEN code mail lands while `tracker poll` runs again and again
    beside it, and `tracker import` feeds another code meanwhile, THEN both codes are notified
    by the daemon, each exactly once, every message is stored once, and the rows are right."""
    server, bus, rec, tmp = setup
    now = datetime.now(UTC)
    server.seed("alice", [meta_mail("notice", sent=now - timedelta(days=2), to="alice@example.org")])
    box = mailbox.mbox(str(tmp / "insta.mbox"))
    box.add(meta_mail("notice", sent=now - timedelta(days=2), to="alice@example.org", platform="instagram"))
    box.add(meta_mail("code", sent=now, code="482913", to="alice@example.org", platform="instagram"))
    box.close()
    d = Running(tmp, bus, ENV)
    try:
        d.wait_log("daemon started")
        polls: list[subprocess.CompletedProcess[str]] = []
        poller = threading.Thread(target=lambda: polls.extend(_tracker(tmp, bus, "poll") for _ in range(4)))
        poller.start()
        server.deliver("alice", meta_mail("code", sent=now, code="604172", to="alice@example.org"))
        imported = _tracker(tmp, bus, "import", "--mailbox", "home", str(tmp / "insta.mbox"))
        poller.join(120)
        assert imported.returncode == 0, imported.stderr
        assert [p.returncode for p in polls] == [0] * 4, [p.stderr for p in polls]
        wait_records(rec, lambda r: "604172" in r["summary"])
        wait_records(rec, lambda r: "482913" in r["summary"])
        time.sleep(2.5)  # a few more turns of the daemon's loop: nothing may come twice
    finally:
        d.stop()
    summaries = [r["summary"] for r in rec.records()]
    assert sum("604172" in s for s in summaries) == 1, summaries
    assert sum("482913" in s for s in summaries) == 1, summaries
    status = json.loads(_tracker(tmp, bus, "status", "--json").stdout)
    states = sorted((row["platform"], row["state"]) for row in status)
    assert states == [("facebook", "code_received"), ("instagram", "code_received")], status
    again = _tracker(tmp, bus, "import", "--mailbox", "home", str(tmp / "insta.mbox"))
    assert json.loads(_tracker(tmp, bus, "status", "--json").stdout) == status, again.stderr


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_daemon_lock_is_held_once_per_database_and_freed_on_release(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The lock itself, on both backends: on PostgreSQL an advisory lock held by a connection,
    so a daemon on another machine sharing the database is refused too."""
    from tracker.errors import StoreError
    from tracker.store import Store
    from tracker.store.lock import DaemonLock

    db = str(tmp_path / "t.db") if backend == "sqlite" else request.getfixturevalue("postgres_url")
    first, second = Store.open(db), Store.open(db)
    try:
        held = DaemonLock(first.engine, first.where).acquire()
        with pytest.raises(StoreError, match="another tracker daemon"):
            DaemonLock(second.engine, second.where).acquire()
        held.release()
        DaemonLock(second.engine, second.where).acquire().release()
    finally:
        first.close()
        second.close()
