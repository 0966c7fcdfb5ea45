"""Self-tests of the server fixtures: if these fail, every IMAP or notification test would fail
for reasons that have nothing to do with tracker."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from imapclient import IMAPClient
from jeepney import DBusAddress, MatchRule, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import unwrap_msg

from tests.servers import Dovecot, NotificationRecorder, SessionBus

NOTIFICATIONS = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                            interface="org.freedesktop.Notifications")


def _message(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Facebook <notification@facebookmail.com>"
    msg["To"] = "alice@example.org"
    msg["Subject"] = f"message {n}"
    msg["Date"] = format_datetime(datetime(2025, 1, 1 + n, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = f"<seed-{n}@example.org>"
    msg.set_content(f"body {n}\n")
    return bytes(msg)


def _client(server: Dovecot, *, tls: bool = False) -> IMAPClient:
    if tls:
        context = ssl.create_default_context(cafile=server.cafile)
        client = IMAPClient(server.host, port=server.ssl_port, ssl=True, ssl_context=context, timeout=5)
    else:
        client = IMAPClient(server.host, port=server.port, ssl=False, timeout=5)
    client.login("alice", "secret")
    return client


@pytest.mark.parametrize("tls", [False, True], ids=["plain", "imaps"])
def test_login_works_on_plain_and_tls_ports(dovecot: Dovecot, tls: bool) -> None:
    dovecot.add_user("alice", "secret")
    client = _client(dovecot, tls=tls)
    assert b"IDLE" in client.capabilities()  # advertised after login only
    client.logout()


def test_seeded_messages_are_visible_in_order_with_their_dates(dovecot: Dovecot) -> None:
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", [_message(n) for n in range(3)], seen={0})
    client = _client(dovecot)
    info = client.select_folder("INBOX", readonly=True)
    uids = client.search()
    assert info[b"EXISTS"] == 3
    assert uids == [1, 2, 3]
    fetched = client.fetch(uids, ["ENVELOPE", "INTERNALDATE", "FLAGS"])
    assert [fetched[u][b"ENVELOPE"].subject for u in uids] == [b"message 0", b"message 1", b"message 2"]
    assert [fetched[u][b"INTERNALDATE"].day for u in uids] == [1, 2, 3]  # from os.utime, not "now"
    assert b"\\Seen" in fetched[1][b"FLAGS"]
    assert b"\\Seen" not in fetched[2][b"FLAGS"]
    client.logout()


def test_body_peek_leaves_flags_alone_and_plain_body_sets_seen(dovecot: Dovecot) -> None:
    """GIVEN 3 unseen messages in a read-write SELECTed INBOX
    WHEN they are fetched with BODY.PEEK[], THEN no file name (hence no flag) changes;
    WHEN one is fetched with BODY[], THEN the snapshot shows it, proving the check can fail."""
    dovecot.add_user("alice", "secret")
    messages = [_message(n) for n in range(3)]
    dovecot.seed("alice", messages)
    before = dovecot.flags_snapshot("alice")
    client = _client(dovecot)
    client.select_folder("INBOX")
    uids = client.search()
    bodies = client.fetch(uids, ["BODY.PEEK[]"])
    assert [bodies[u][b"BODY[]"].replace(b"\r\n", b"\n") for u in uids] == [m.replace(b"\r\n", b"\n") for m in messages]
    client.noop()
    assert dovecot.flags_snapshot("alice") == before

    client.fetch([uids[0]], ["BODY[]"])
    client.logout()  # flags reach the maildir by the end of the session at the latest
    after = dovecot.flags_snapshot("alice")
    assert after != before
    assert after[0].endswith(":2,S")


def test_set_uidvalidity_changes_uidvalidity_and_keeps_uids(dovecot: Dovecot) -> None:
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", [_message(n) for n in range(2)])
    client = _client(dovecot)
    old = client.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"]
    client.logout()

    dovecot.set_uidvalidity("alice", "INBOX", 4242)

    client = _client(dovecot)
    assert old != 4242
    assert client.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"] == 4242
    assert client.search() == [1, 2]
    client.logout()


def test_other_folders_and_live_delivery_reach_an_idle_client(dovecot: Dovecot) -> None:
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", [_message(9)], folder="Archive")
    client = _client(dovecot)
    assert "Archive" in [name for _flags, _sep, name in client.list_folders()]
    client.select_folder("INBOX", readonly=True)
    client.idle()
    dovecot.deliver("alice", _message(1))
    responses = client.idle_check(timeout=3)  # Dovecot batches notifications for 0.5 s
    client.idle_done()
    assert (1, b"EXISTS") in responses
    client.logout()


def test_restart_drops_clients_and_keeps_ports_and_mail(dovecot: Dovecot) -> None:
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", [_message(n) for n in range(2)])
    client = _client(dovecot)
    client.select_folder("INBOX", readonly=True)
    port = dovecot.port

    dovecot.restart()

    with pytest.raises((OSError, IMAPClient.Error, IMAPClient.AbortError)):
        client.noop()
    assert dovecot.port == port
    client = _client(dovecot)
    client.select_folder("INBOX", readonly=True)
    assert client.search() == [1, 2]
    client.logout()


def test_notify_on_the_private_bus_is_recorded(session_bus: SessionBus,
                                               notification_recorder: NotificationRecorder) -> None:
    with open_dbus_connection(bus=session_bus.address) as conn:
        caps = unwrap_msg(conn.send_and_get_reply(new_method_call(NOTIFICATIONS, "GetCapabilities"), timeout=5))
        assert "actions" in caps[0]
        reply = conn.send_and_get_reply(new_method_call(
            NOTIFICATIONS, "Notify", "susssasa{sv}i",
            ("tracker", 0, "", "Code received", "Facebook: enter it within the hour", ["default", "Open"],
             {"urgency": ("y", 2)}, -1),
        ), timeout=5)
        (nid,) = unwrap_msg(reply)

    [record] = notification_recorder.wait_for(1, timeout=2)
    assert record["id"] == nid
    assert record["summary"] == "Code received"
    assert record["body"] == "Facebook: enter it within the hour"
    assert record["hints"]["urgency"] == 2
    assert record["actions"] == ["default", "Open"]


def test_invoke_action_emits_action_invoked(session_bus: SessionBus,
                                            notification_recorder: NotificationRecorder) -> None:
    rule = MatchRule(type="signal", interface="org.freedesktop.Notifications", member="ActionInvoked")
    with open_dbus_connection(bus=session_bus.address) as conn:
        unwrap_msg(conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5))
        with conn.filter(rule) as queue:
            notification_recorder.invoke_action(7, "default")
            signal = conn.recv_until_filtered(queue, timeout=5)
    assert signal.header.message_type is MessageType.signal
    assert signal.body == (7, "default")
