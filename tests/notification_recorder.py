"""A stand-in notification daemon for tests: owns `org.freedesktop.Notifications` on the bus in
DBUS_SESSION_BUS_ADDRESS and appends every `Notify` call as one JSON line to a file.

Run as ``python tests/notification_recorder.py OUTPUT.jsonl``; it prints ``READY <unique name>``
once it owns the name (``tests.servers.NotificationRecorder`` waits for that line). It speaks the
Desktop Notifications spec 1.2 with jeepney's blocking API, so it needs no dbus-python and no GLib.
Besides the spec it offers ``org.example.NotificationRecorder.InvokeAction(u id, s key)``, which
makes it emit ``ActionInvoked(id, key)``: that is how a test "clicks" a notification.

``NOTIFICATION_RECORDER_CAPABILITIES``, when set, replaces the capabilities that
``GetCapabilities`` answers (comma-separated; empty for none), so one test can play a server that
reads markup (``body-markup``) and another one that shows the body as plain text. An environment
variable rather than an argument: ``tests.servers.NotificationRecorder`` passes the test's
environment through, so a test sets it with ``monkeypatch.setenv`` before starting the recorder.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageFlag, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import DBusNameFlags, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.low_level import Message

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
IFACE = "org.freedesktop.Notifications"
CONTROL_IFACE = "org.example.NotificationRecorder"
CAPABILITIES = ["actions", "body", "body-hyperlinks", "persistence"]  # the default answer
CAPABILITIES_ENV = "NOTIFICATION_RECORDER_CAPABILITIES"
SERVER_INFO = ("tracker-test-recorder", "tracker", "1.0", "1.2")
CLOSED_BY_CALL = 3  # NotificationClosed reason: "closed by a call to CloseNotification"

# desktop-notifier (dbus-fast) introspects before its first call, so the XML must be complete.
INTROSPECTION = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="org.freedesktop.DBus.Introspectable">
    <method name="Introspect"><arg name="xml" type="s" direction="out"/></method>
  </interface>
  <interface name="org.freedesktop.DBus.Peer">
    <method name="Ping"/>
  </interface>
  <interface name="{IFACE}">
    <method name="Notify">
      <arg name="app_name" type="s" direction="in"/>
      <arg name="replaces_id" type="u" direction="in"/>
      <arg name="app_icon" type="s" direction="in"/>
      <arg name="summary" type="s" direction="in"/>
      <arg name="body" type="s" direction="in"/>
      <arg name="actions" type="as" direction="in"/>
      <arg name="hints" type="a{{sv}}" direction="in"/>
      <arg name="expire_timeout" type="i" direction="in"/>
      <arg name="id" type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg name="id" type="u" direction="in"/></method>
    <method name="GetCapabilities"><arg name="capabilities" type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg name="name" type="s" direction="out"/>
      <arg name="vendor" type="s" direction="out"/>
      <arg name="version" type="s" direction="out"/>
      <arg name="spec_version" type="s" direction="out"/>
    </method>
    <signal name="NotificationClosed"><arg name="id" type="u"/><arg name="reason" type="u"/></signal>
    <signal name="ActionInvoked"><arg name="id" type="u"/><arg name="action_key" type="s"/></signal>
    <signal name="ActivationToken"><arg name="id" type="u"/><arg name="activation_token" type="s"/></signal>
  </interface>
  <interface name="{CONTROL_IFACE}">
    <method name="InvokeAction">
      <arg name="id" type="u" direction="in"/>
      <arg name="action_key" type="s" direction="in"/>
    </method>
  </interface>
</node>
"""

_EMITTER = DBusAddress(PATH, interface=IFACE)


def _plain(value: Any) -> Any:
    """JSON-friendly copy of a D-Bus value: bytes (image data) as hex, structs as lists."""
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Recorder:
    """Answers the calls; ids start at 1 because 0 means "no id" in replaces_id."""

    def __init__(self, conn: DBusConnection, output: Path, capabilities: list[str]) -> None:
        self.conn = conn
        self.output = output
        self.capabilities = capabilities
        self.next_id = 1

    def notify(self, msg: Message) -> Message:
        app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout = msg.body
        if replaces_id:
            nid = replaces_id
        else:
            nid, self.next_id = self.next_id, self.next_id + 1
        # Each hint is a variant, which jeepney gives as a (signature, value) pair.
        plain_hints = {k: _plain(v[1]) for k, v in hints.items()}
        if "urgency" in plain_hints:
            plain_hints["urgency"] = int(plain_hints["urgency"])
        record = {
            "id": nid, "app_name": app_name, "replaces_id": replaces_id, "app_icon": app_icon,
            "summary": summary, "body": body, "actions": list(actions), "hints": plain_hints,
            "expire_timeout": expire_timeout, "time": time.time(),
            "sender": msg.header.fields.get(HeaderFields.sender, ""),
        }
        # Written (and flushed) before the reply, so a test sees the record once Notify returns.
        with self.output.open("a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
        return new_method_return(msg, "u", (nid,))

    def dispatch(self, msg: Message) -> Message | None:
        fields = msg.header.fields
        iface = fields.get(HeaderFields.interface)
        member = fields.get(HeaderFields.member)
        if member == "Introspect" and iface in (None, "org.freedesktop.DBus.Introspectable"):
            return new_method_return(msg, "s", (INTROSPECTION,))
        if member == "Ping" and iface in (None, "org.freedesktop.DBus.Peer"):
            return new_method_return(msg)
        if iface not in (None, IFACE, CONTROL_IFACE):
            return None
        if member == "Notify":
            return self.notify(msg)
        if member == "GetCapabilities":
            return new_method_return(msg, "as", (self.capabilities,))
        if member == "GetServerInformation":
            return new_method_return(msg, "ssss", SERVER_INFO)
        if member == "CloseNotification":
            (nid,) = msg.body
            self.conn.send(new_signal(_EMITTER, "NotificationClosed", "uu", (nid, CLOSED_BY_CALL)))
            return new_method_return(msg)
        if member == "InvokeAction":
            nid, key = msg.body
            self.conn.send(new_signal(_EMITTER, "ActionInvoked", "us", (nid, key)))
            return new_method_return(msg)
        return None


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {argv[0]} OUTPUT.jsonl", file=sys.stderr)
        return 2
    output = Path(argv[1])
    chosen = os.environ.get(CAPABILITIES_ENV)
    capabilities = CAPABILITIES if chosen is None else [c.strip() for c in chosen.split(",") if c.strip()]
    output.touch()
    conn = open_dbus_connection(bus="SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME, DBusNameFlags.do_not_queue), timeout=5)
    if reply.header.message_type is MessageType.error or reply.body[0] != 1:  # 1 = PRIMARY_OWNER
        print(f"could not own {NAME}: {reply.body}", file=sys.stderr)
        return 1
    recorder = _Recorder(conn, output, capabilities)
    print(f"READY {conn.unique_name}", flush=True)
    while True:
        msg = conn.receive()
        if msg.header.message_type is not MessageType.method_call:
            continue  # NameAcquired and other signals
        answer = recorder.dispatch(msg)
        if answer is None:
            member = msg.header.fields.get(HeaderFields.member)
            answer = new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (f"no method {member}",))
        if not msg.header.flags & MessageFlag.no_reply_expected:
            conn.send(answer)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
