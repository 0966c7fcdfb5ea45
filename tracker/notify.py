"""Desktop notifications through ``org.freedesktop.Notifications`` on the session bus (jeepney).

Where there is no session bus or nobody owns the name (a headless box, a system service),
it says so once and falls back to the log. The log line never carries a confirmation code:
only the notification itself shows it. A click on the notification (its default action, or
the "open" button) opens the objection form with ``xdg-open`` (or ``TRACKER_OPEN_COMMAND``).

Texts quote mail (a fake's display name, an account), so they are sent as the person should
read them: no control left (:func:`tracker.output.sanitize.for_people`), and the body escaped as
markup only for a server that says it reads markup (``GetCapabilities``: ``body-markup``; the
form's link as ``<a href>`` only with ``body-hyperlinks`` too). Elsewhere the body is plain text
with the URL written out: markup sent to a server without ``body-markup`` shows through as text
(Desktop Notifications spec 1.2, "Markup").
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess
import threading
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from html import escape
from typing import Any

from tracker.core.notifications import Urgency
from tracker.i18n import N_, _
from tracker.output.sanitize import for_people

logger = logging.getLogger(__name__)

__all__ = ["Notification", "Notifier", "SendResult", "Urgency", "notification_body"]

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"


@dataclass(frozen=True, slots=True)
class Notification:
    summary: str
    body: str
    urgency: Urgency = Urgency.NORMAL
    url: str | None = None  # opened by the notification's action
    action_label: str = N_("Open the objection form")  # translated when sent
    log_text: str | None = None  # what the log may say instead (never the code)


@dataclass(slots=True)
class SendResult:
    delivered: bool
    detail: str  # what went wrong, in words (never an exception's class name)
    notification_id: int | None = None
    server: str | None = None
    advice: str = ""  # how to fix it, when the person can


class _UnavailableError(ConnectionError):
    """No notification can be shown: ``str()`` says what is missing, ``advice`` how to fix it."""

    def __init__(self, why: str, advice: str = "") -> None:
        super().__init__(why)
        self.advice = advice


def bus_failure(address: str, e: Exception) -> _UnavailableError:
    """Why the session bus at ``address`` could not be opened, and what to do, in words: a bad
    address (jeepney's ValueError) or a socket that is not there (an OSError's own text)."""
    if isinstance(e, OSError):
        return _UnavailableError(_("the session bus at {address} cannot be reached ({why})").format(
            address=address, why=e.strerror or _("no answer")),
            _("run tracker inside your desktop session (that address is from one that has ended)"))
    return _UnavailableError(_("DBUS_SESSION_BUS_ADDRESS={address} is not an address of a session bus").format(
        address=address), _("unset it, or set it to your session bus, such as unix:path=/run/user/1000/bus"))


def notification_body(text: str, url: str | None, capabilities: Collection[str]) -> str:
    """The ``Notify`` body for a server with these capabilities.

    With ``body-markup``, every character that markup gives a meaning to is escaped (``&``
    first among them: real Meta links are full of ``&``), so the text can hold no tag of its
    own, and the link is the only element. Without it, the body is sent as it should be read.
    """
    url = for_people(url, one_line=True) if url else None
    if "body-markup" not in capabilities:
        return text + (f"\n{url}" if url else "")
    body = escape(text, quote=True)
    if url and "body-hyperlinks" in capabilities:
        body += f'\n<a href="{escape(url, quote=True)}">{escape(url, quote=True)}</a>'
    elif url:
        body += "\n" + escape(url, quote=True)
    return body


#: How many recent notifications stay clickable (older ones have long left the screen).
_CLICKABLE = 64


@dataclass(slots=True)
class _State:
    urls: dict[int, str] = field(default_factory=dict)
    warned: bool = False


class Notifier:
    """Sends notifications; thread-safe; one D-Bus connection kept open while it works."""

    def __init__(self, app_name: str = "tracker", enabled: bool = True, *, log_fallback: bool = True) -> None:
        self.app_name = app_name
        self.enabled = enabled
        self.log_fallback = log_fallback  # False for `notify --test`, which says it all in one line
        self._conn: Any = None
        self._lock = threading.Lock()
        self._state = _State()
        self._listener: threading.Thread | None = None
        self._stop = threading.Event()

    # ---- connection ---------------------------------------------------------------------------

    def _connect(self) -> Any:
        if self._conn is not None:
            return self._conn
        address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if not address:
            raise _UnavailableError(_("no session bus: no desktop session here (DBUS_SESSION_BUS_ADDRESS is not set)"),
                                    _("run tracker inside your desktop session"))
        from jeepney.io.blocking import open_dbus_connection

        try:
            self._conn = open_dbus_connection(bus="SESSION")
        except Exception as e:
            raise bus_failure(address, e) from None
        return self._conn

    def _has_server(self, conn: Any) -> bool:
        from jeepney import DBusAddress, new_method_call

        dbus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                           interface="org.freedesktop.DBus")
        reply = conn.send_and_get_reply(new_method_call(dbus, "NameHasOwner", "s", (BUS_NAME,)), timeout=5)
        return bool(reply.body[0])

    def _capabilities(self, conn: Any) -> frozenset[str]:
        """What the server says it can show; asked at each send (0.4 ms), since the desktop's
        notification daemon may be replaced by another while tracker runs."""
        from jeepney import DBusAddress, MessageType, new_method_call

        addr = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        reply = conn.send_and_get_reply(new_method_call(addr, "GetCapabilities"), timeout=5)
        if reply.header.message_type == MessageType.error or not reply.body:
            return frozenset()  # a server that cannot say gets plain text
        return frozenset(str(c) for c in reply.body[0])

    def server_info(self) -> str | None:
        from jeepney import DBusAddress, new_method_call

        conn = self._connect()
        addr = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        reply = conn.send_and_get_reply(new_method_call(addr, "GetServerInformation"), timeout=5)
        body = reply.body
        return f"{body[0]} {body[2]} ({body[1]})" if len(body) >= 3 else None

    # ---- sending ------------------------------------------------------------------------------

    def send(self, n: Notification) -> SendResult:
        n = replace(n, summary=for_people(n.summary, one_line=True), body=for_people(n.body),
                    log_text=for_people(n.log_text) if n.log_text is not None else None)
        if not self.enabled:
            self._log(n, "notifications disabled in the configuration")
            return SendResult(False, _("notifications disabled in the configuration"))
        from jeepney import DBusAddress, MessageType, new_method_call

        with self._lock:
            try:
                conn = self._connect()
                if not self._has_server(conn):
                    raise _UnavailableError(_("no notification server on the session bus"),
                                            _("start your desktop's notification daemon (GNOME, KDE, dunst, mako...)"))
                addr = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
                label = _(n.action_label)
                actions = ["default", label, "open", label] if n.url else []
                hints: dict[str, tuple[str, Any]] = {"urgency": ("y", int(n.urgency)),
                                                     "category": ("s", "im.received" if n.urgency else "presence")}
                if n.url:
                    hints["x-tracker-url"] = ("s", n.url)
                body = notification_body(n.body, n.url, self._capabilities(conn))
                msg = new_method_call(addr, "Notify", "susssasa{sv}i",
                                      (self.app_name, 0, "dialog-information", n.summary, body, actions, hints,
                                       0 if n.urgency == Urgency.CRITICAL else -1))
                reply = conn.send_and_get_reply(msg, timeout=5)
                if reply.header.message_type == MessageType.error:
                    raise _UnavailableError(_("the notification server refused: {why}").format(why=reply.body))
                nid = int(reply.body[0])
                if n.url:
                    urls = self._state.urls
                    urls[nid] = n.url
                    while len(urls) > _CLICKABLE:  # bounded: a daemon runs for months
                        del urls[next(iter(urls))]
                    self._ensure_listener()
                return SendResult(True, "delivered", nid)
            except _UnavailableError as e:
                self._conn = None
                self._fallback(n, str(e))
                return SendResult(False, str(e), advice=e.advice)
            except Exception as e:  # a broken bus must never stop the daemon
                self._conn = None
                text = str(e).splitlines()
                why = _("the session bus failed ({why})").format(why=text[0] if text else _("no answer"))
                self._fallback(n, why)
                return SendResult(False, why)

    def _fallback(self, n: Notification, why: str) -> None:
        if not self.log_fallback:
            return
        if not self._state.warned:
            logger.warning(N_("desktop notifications unavailable (%s): they go to the log instead"), why)
            self._state.warned = True
        self._log(n, why)

    @staticmethod
    def _log(n: Notification, _why: str) -> None:
        logger.warning(N_("notification: %s"), n.log_text or f"{n.summary}: {n.body}")

    # ---- clicks -------------------------------------------------------------------------------

    def _ensure_listener(self) -> None:
        if self._listener is not None and self._listener.is_alive():
            return
        self._listener = threading.Thread(target=self._listen, name="notify-actions", daemon=True)
        self._listener.start()

    def _listen(self) -> None:
        """Open the form when the user clicks a notification (ActionInvoked signal)."""
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(bus="SESSION")
            rule = MatchRule(type="signal", interface=BUS_NAME, member="ActionInvoked", path=OBJECT_PATH)
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
            with conn.filter(rule, bufsize=64) as queue:
                while not self._stop.is_set():
                    try:
                        msg = conn.recv_until_filtered(queue, timeout=1.0)
                    except TimeoutError:
                        continue
                    nid, key = int(msg.body[0]), str(msg.body[1])
                    url = self._state.urls.get(nid)
                    if url and key in ("default", "open"):
                        open_url(url)
        except Exception as e:
            logger.debug("action listener stopped (%s)", type(e).__name__)

    def close(self) -> None:
        self._stop.set()
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:
                logger.debug("closing the bus connection failed")
            self._conn = None


def open_url(url: str) -> None:
    """Open ``url`` in the user's browser (xdg-open, or the command in TRACKER_OPEN_COMMAND)."""
    if not url.startswith("https://"):
        return
    command = os.environ.get("TRACKER_OPEN_COMMAND")
    argv = [*shlex.split(command), url] if command else (["xdg-open", url] if shutil.which("xdg-open") else None)
    if argv is None:
        logger.warning(N_("cannot open %s: no xdg-open"), url)
        return
    try:
        subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError as e:
        logger.warning(N_("cannot open the form (%s)"), e.strerror or e)
