"""The daemon's waiting on IMAP, kept in the IMAP module: the reading of NOOP and STATUS replies
(pure, on imapclient's parsed values), and IDLE against a small fake client (no socket).

A real Dovecot drives the same code end to end in tests/integration/test_daemon.py; here are the
cases a real server does not produce on demand: a suspend in the middle of an IDLE, a NOOP
reply with only flag changes, a UIDVALIDITY reset.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from tracker.config import MailboxConfig
from tracker.errors import MailboxError
from tracker.mail import imap
from tracker.mail.imap import FolderInfo, ImapConnection, announces_mail, grew_past, was_suspended

# ---- replies ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("reply", "expected"), [
    ((b"NOOP completed.", [(3, b"EXISTS")]), True),
    ((b"NOOP completed.", [(1, b"RECENT")]), True),
    ((b"NOOP completed.", [(2, b"FETCH", (b"FLAGS", (b"\\Seen",))), (2, b"EXPUNGE")]), False),
    ((b"NOOP completed.", []), False),
    ((b"NOOP completed.", [b"some text", (b"EXISTS",)]), False),  # no count: not a parsed EXISTS
    (b"NOOP completed.", False),  # no untagged part at all
    (None, False),
])
def test_noop_announces_mail_only_by_exists_or_recent(reply: Any, expected: bool) -> None:
    assert announces_mail(reply) is expected


@pytest.mark.parametrize(("status", "known", "expected"), [
    (FolderInfo(uidvalidity=7, uidnext=11, exists=10), (7, 10), False),  # everything up to UID 10 synced
    (FolderInfo(uidvalidity=7, uidnext=12, exists=11), (7, 10), True),   # UID 11 arrived
    (FolderInfo(uidvalidity=8, uidnext=11, exists=10), (7, 10), True),   # UIDVALIDITY reset: read again
    (FolderInfo(uidvalidity=7, uidnext=1, exists=0), None, True),        # never synced
    (FolderInfo(uidvalidity=7, uidnext=None, exists=3), (7, 10), False),  # no UIDNEXT: nothing to compare
])
def test_the_folder_grew_past_what_was_synced(status: FolderInfo, known: tuple[int, int] | None,
                                              expected: bool) -> None:
    assert grew_past(status, known) is expected


@pytest.mark.parametrize(("wall", "mono", "expected"), [(1.0, 1.0, False), (31.5, 1.0, True), (31.0, 1.0, False),
                                                        (0.0, 1.0, False)])
def test_a_suspend_is_the_wall_clock_running_30_s_ahead(wall: float, mono: float, expected: bool) -> None:
    assert was_suspended(wall, mono) is expected


# ---- the connection, on a fake client -----------------------------------------------------------------


class FakeClient:
    """Answers IDLE checks from a script and records the commands it was given."""

    def __init__(self, checks: list[list[Any]], noop: Any = (b"OK", []), status: dict[bytes, int] | None = None
                 ) -> None:
        self.checks: Iterator[list[Any]] = iter(checks)
        self.calls: list[str] = []
        self.noop_reply = noop
        self.status_reply = status or {b"UIDVALIDITY": 7, b"UIDNEXT": 11, b"MESSAGES": 10}

    def idle(self) -> None:
        self.calls.append("IDLE")

    def idle_check(self, timeout: float) -> list[Any]:
        self.calls.append("check")
        return next(self.checks, [])

    def idle_done(self) -> tuple[bytes, list[Any]]:
        self.calls.append("DONE")
        return b"OK", []

    def noop(self) -> Any:
        self.calls.append("NOOP")
        return self.noop_reply

    def folder_status(self, folder: str, what: list[bytes]) -> dict[bytes, int]:
        self.calls.append("STATUS")
        return self.status_reply


def connection(client: FakeClient) -> ImapConnection:
    conn = ImapConnection(MailboxConfig(name="home", host="h", port=143, tls="none", username="u"))
    conn.client = client
    return conn


def test_idle_returns_when_the_server_speaks_and_ends_with_done() -> None:
    client = FakeClient([[], [(4, b"EXISTS")]])
    assert connection(client).idle_wait(60, lambda: False, tick=0.01) is True
    assert client.calls == ["IDLE", "check", "check", "DONE"]


def test_idle_stops_when_asked_without_waiting_for_the_timeout() -> None:
    client = FakeClient([[]] * 100)
    asked = iter([False, False, True])
    assert connection(client).idle_wait(60, lambda: next(asked), tick=0.01) is False
    assert client.calls == ["IDLE", "check", "check", "DONE"]


def test_idle_gives_up_quietly_at_its_timeout() -> None:
    client = FakeClient([[]] * 1000)
    assert connection(client).idle_wait(0.0, lambda: False, tick=0.01) is False
    assert client.calls == ["IDLE", "DONE"]


def test_a_suspend_during_idle_leaves_the_dead_connection_without_done(monkeypatch: pytest.MonkeyPatch) -> None:
    wall = [1000.0]

    def check(timeout: float) -> list[Any]:
        wall[0] += 3600  # the machine slept an hour: the monotonic clock did not move
        return []

    client = FakeClient([])
    client.idle_check = check  # type: ignore[method-assign]
    monkeypatch.setattr(imap, "time", SimpleNamespace(time=lambda: wall[0], monotonic=lambda: 5.0))
    with pytest.raises(MailboxError, match="suspended"):
        connection(client).idle_wait(60, lambda: False)
    assert "DONE" not in client.calls


def test_arrived_meanwhile_trusts_an_exists_and_skips_the_status() -> None:
    client = FakeClient([], noop=(b"OK", [(11, b"EXISTS")]))
    assert connection(client).arrived_meanwhile("INBOX", (7, 10)) is True
    assert client.calls == ["NOOP"]


@pytest.mark.parametrize(("known", "expected"), [((7, 10), False), ((7, 9), True), (None, True)])
def test_arrived_meanwhile_asks_status_when_noop_said_nothing(known: tuple[int, int] | None,
                                                              expected: bool) -> None:
    client = FakeClient([])
    assert connection(client).arrived_meanwhile("INBOX", known) is expected
    assert client.calls == ["NOOP", "STATUS"]
