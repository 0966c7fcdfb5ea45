"""Shared fixtures. Real servers (tests/servers.py): a private Dovecot, D-Bus session bus and
notification recorder per test; each takes well under 0.2 s to start and stop."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.servers import Dovecot, NotificationRecorder, SessionBus, find_dbus_daemon, find_dovecot


def _require(found: str | None, what: str, package: str) -> None:
    """Skip when a server binary is missing, except under CI, where that must be a failure."""
    if found is not None:
        return
    message = f"{what} not found: apt-get install -y --no-install-recommends {package}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set, so this fails instead of skipping)")
    pytest.skip(message)


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A running Dovecot on 127.0.0.1 (`.port` plain, `.ssl_port` TLS with `.cafile`), no users yet."""
    _require(find_dovecot(), "dovecot", "dovecot-imapd")
    server = Dovecot().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[SessionBus]:
    """A private session bus, also exported as DBUS_SESSION_BUS_ADDRESS for the test's duration,
    so nothing under test can reach the desktop's real bus."""
    _require(find_dbus_daemon(), "dbus-daemon", "dbus-daemon")
    bus = SessionBus().start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    try:
        yield bus
    finally:
        bus.stop()


@pytest.fixture
def notification_recorder(session_bus: SessionBus) -> Iterator[NotificationRecorder]:
    """Owns org.freedesktop.Notifications on `session_bus`; `.records()` / `.wait_for(n)` read the calls."""
    recorder = NotificationRecorder(session_bus).start()
    try:
        yield recorder
    finally:
        recorder.stop()
