"""``tracker daemon``: watch every folder, remind before deadlines, notify on the desktop.

Threads: one watcher per (mailbox, folder), each with its own IMAP connection, IDLE where the
server has it (re-issued every ``idle_timeout`` seconds, at most 10 minutes) and polling
where it does not; any wake-up, even an empty one, means "something may have changed" and
triggers a sync. Errors reconnect with exponential backoff and jitter; one failing mailbox
never stops the others. A mailbox whose OAuth2 authorization was revoked says so in one line
(run ``tracker auth login``) and is tried again only every ``max_backoff`` seconds, so the
sign-in is picked up without a restart. APScheduler is only a timer: the database is the single source of
truth, and what was sent is persisted, so a restart repeats no reminder and no notification.

Time: reminders are planned in the machine's time zone (a ``zoneinfo`` zone, not the offset of
the moment the daemon started), so one due after a daylight-saving change still falls at the
configured hour. The reminder timer runs late rather than never (no misfire limit): after a
suspend the wall clock has jumped while the scheduler's wait, on the monotonic clock, has not
moved, so the loop also watches for such a jump and re-checks at once.

Other processes (``import``, ``poll``) may write meanwhile: the loop notices new events in the
database and notifies them. Only one daemon runs per database (:class:`DaemonLock`).

Signals: SIGTERM/SIGINT stop within seconds (each batch is one transaction, so nothing is
half-written); SIGHUP reloads the configuration.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.config import Config, MailboxConfig
from tracker.core.notifications import NOTIFY_WINDOW, PlannedNotification, plan_notifications, plan_reminder
from tracker.core.reminders import due_reminders, next_reminder_time
from tracker.errors import AuthorizationError, ConfigError, MailboxError, TrackerError
from tracker.i18n import N_
from tracker.notify import Notification, Notifier
from tracker.output.notes import note_text
from tracker.store import Store

if TYPE_CHECKING:
    from tracker.mail.imap import ImapConnection

logger = logging.getLogger(__name__)

__all__ = ["Daemon", "local_zone", "sd_notify"]

SLICE = 1.0  # seconds: the longest the daemon waits without checking whether it must stop
#: Seconds by which the wall clock may run ahead of (or behind) the monotonic clock between two
#: turns of the loop before it counts as a jump (a suspend, a clock set by hand): NTP only slews.
CLOCK_JUMP: Final = 60.0


def local_zone() -> tzinfo:
    """The machine's time zone as a zone with its rules (``TZ``, else ``/etc/localtime``).

    ``datetime.now().astimezone()`` gives only today's offset: a reminder planned with it for a
    day after a daylight-saving change would come an hour early or late. The fixed offset is the
    last resort, for a machine whose zone has no name.
    """
    # TZ wins when set (a POSIX rule such as "CET-1CEST" has no zoneinfo name: fixed offset then)
    name = os.environ.get("TZ", "").removeprefix(":") or \
        str(Path("/etc/localtime").resolve()).partition("/zoneinfo/")[2]
    try:
        if name.startswith("/"):
            with Path(name).open("rb") as f:
                return ZoneInfo.from_file(f)
        if name:
            return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    fixed = datetime.now().astimezone().tzinfo
    return fixed if fixed is not None else UTC


def sd_notify(state: str) -> None:
    """Tell systemd (Type=notify) where we are; a no-op outside systemd."""
    addr = os.environ.get("NOTIFY_SOCKET")
    if not addr:
        return
    if addr.startswith("@"):
        addr = "\0" + addr[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
            s.connect(addr)
            s.sendall(state.encode())
    except OSError as e:
        logger.debug("sd_notify failed: %s", e)


@dataclass(slots=True)
class _Watcher:
    mailbox: MailboxConfig
    folder: str
    thread: threading.Thread


class Daemon:
    """The long-running service. ``clock`` is injectable: tests drive reminders without sleeping."""

    def __init__(self, load_config: Callable[[], Config], store: Store, clock: Callable[[], datetime],
                 lang: Callable[[Config], str], notifier: Notifier | None = None, zone: tzinfo | None = None) -> None:
        self.load_config = load_config
        self.config = load_config()
        self.store = store
        self.clock = clock
        self.zone = zone or local_zone()
        self.lang_of = lang
        self.notifier = notifier or Notifier(enabled=self.config.notifications)
        self.stop_event = threading.Event()
        self.reload_event = threading.Event()
        self.changed = threading.Event()
        self.started = threading.Event()  # set once the first check is done and the timer planned
        self._generation = threading.Event()
        self._watchers: list[_Watcher] = []
        self._scheduler: Any = None
        self._lock = threading.Lock()
        self._event_mark = 0  # events up to this id have been looked at (the sent log stays the truth)
        self._latest_event: int | None = None  # the newest event id seen in the database, by anyone
        self._ticks: tuple[datetime, float] | None = None  # (wall, monotonic) at the last turn

    def now(self) -> datetime:
        """The clock, in the machine's zone: reminders are planned in local time with its rules."""
        return self.clock().astimezone(self.zone)

    @property
    def lang(self) -> str:
        return self.lang_of(self.config)

    # ---- main loop --------------------------------------------------------------------------

    def run(self) -> int:
        """The process's life: one daemon per database, signals, then :meth:`serve`."""
        from tracker.store.lock import DaemonLock

        lock = DaemonLock(self.store.engine, self.store.where).acquire()
        try:
            signal.signal(signal.SIGTERM, self._on_stop)
            signal.signal(signal.SIGINT, self._on_stop)
            signal.signal(signal.SIGHUP, self._on_hup)
            return self.serve()
        finally:
            lock.release()

    def serve(self) -> int:
        """The loop, until ``stop_event``: apart from :meth:`run` so tests can drive it in a thread."""
        from apscheduler.schedulers.background import BackgroundScheduler

        self._scheduler = BackgroundScheduler(timezone=self.zone)
        self._scheduler.start()
        self._start_watchers()
        self._others_wrote(), self._clock_jumped()  # the marks the loop compares against
        self.after_change()
        logger.info(N_("daemon started: %d mailbox(es), %d folder(s)"), len(self.config.mailboxes), len(self._watchers))
        sd_notify("READY=1\nSTATUS=watching")
        self.started.set()
        while not self.stop_event.is_set():
            if self.changed.wait(SLICE) | self._clock_jumped() | self._others_wrote():
                self.changed.clear()
                self.after_change()
            if self.reload_event.is_set():
                self.reload_event.clear()
                self._reload()
        sd_notify("STOPPING=1")
        logger.info(N_("stopping"))
        self._stop_watchers(timeout=3.0)
        self._scheduler.shutdown(wait=False)
        self.notifier.close()
        return 0

    def _clock_jumped(self) -> bool:
        """True when the wall clock jumped since the last turn (a resume from suspend, mostly).

        The scheduler waits on the monotonic clock, which stands still during a suspend: a
        reminder due while the machine slept would otherwise come only after as long again.
        """
        wall, mono = self.clock(), time.monotonic()
        last, self._ticks = self._ticks, (wall, mono)
        if last is None:
            return False
        drift = (wall - last[0]).total_seconds() - (mono - last[1])
        if abs(drift) < CLOCK_JUMP:
            return False
        logger.info(N_("the clock jumped by %+.0f s (a suspend or a clock change): checking reminders"), drift)
        return True

    def _others_wrote(self) -> bool:
        """True when the database holds events this daemon has not looked at: an ``import`` or
        a ``poll`` run beside it. One indexed read per turn."""
        latest = self.store.latest_event_id()
        seen, self._latest_event = self._latest_event, latest
        return seen is not None and latest != seen

    def _on_stop(self, signum: int, _frame: Any) -> None:
        logger.info(N_("received %s"), signal.Signals(signum).name)
        self.stop_event.set()
        self._generation.set()

    def _on_hup(self, _signum: int, _frame: Any) -> None:
        self.reload_event.set()

    def _reload(self) -> None:
        try:
            new = self.load_config()
        except ConfigError as e:
            logger.error(N_("configuration not reloaded, keeping the old one: %s"), e)
            return
        logger.info(N_("configuration reloaded"))
        self._stop_watchers(timeout=3.0)
        self.config = new
        self.notifier.enabled = new.notifications
        self._start_watchers()
        self.after_change()
        sd_notify("RELOADING=0\nREADY=1")

    # ---- watchers -----------------------------------------------------------------------------

    def _start_watchers(self) -> None:
        self._generation = threading.Event()
        gen = self._generation
        for mb in self.config.mailboxes:
            for folder in mb.folders:
                t = threading.Thread(target=self._watch, args=(mb, folder, gen), name=f"{mb.name}/{folder}",
                                     daemon=True)
                self._watchers.append(_Watcher(mb, folder, t))
                t.start()

    def _stop_watchers(self, timeout: float) -> None:
        self._generation.set()
        deadline = time.monotonic() + timeout
        for w in self._watchers:
            w.thread.join(max(0.0, deadline - time.monotonic()))
        self._watchers = []

    def _sleep(self, seconds: float, gen: threading.Event) -> bool:
        """Sleep unless told to stop; True when the daemon must stop (or reload)."""
        return gen.wait(seconds) or self.stop_event.is_set()

    def _watch(self, mb: MailboxConfig, folder: str, gen: threading.Event) -> None:
        from tracker.ingest import SyncResult, sync_folder
        from tracker.mail.imap import ImapConnection

        backoff = 1.0
        while not gen.is_set() and not self.stop_event.is_set():
            conn = ImapConnection(mb)
            try:
                conn.connect()
                backoff = 1.0
                idle = conn.has_idle()
                conn.examine(folder)  # IDLE needs a selected folder, read-only as always
                while not gen.is_set():
                    result = SyncResult(mailbox=mb.name)
                    sync_folder(conn, self.store, mb, folder, self.clock(), result, self.config.trust)
                    if result.new_events or result.stats.meta:
                        self.changed.set()
                    if conn.arrived_meanwhile(folder, self.store.folder_state(mb.name, folder)):
                        continue  # mail that came during the sync: its EXISTS may have gone with the SEARCH reply
                    if idle:
                        self._idle(conn, gen)
                    elif self._sleep(self.config.poll_interval, gen):
                        break
            except (MailboxError, TrackerError) as e:
                if isinstance(e, AuthorizationError):
                    backoff = self.config.max_backoff  # only `tracker auth login` helps: try again rarely
                wait = min(self.config.max_backoff, backoff) * random.uniform(0.5, 1.5)  # noqa: S311  jitter only
                logger.warning(N_("%s (retrying in %.0f s)"), e, wait)
                backoff = min(self.config.max_backoff, backoff * 2)
                if self._sleep(wait, gen):
                    break
            except Exception:
                logger.exception("mailbox %s: folder %s: unexpected error, reconnecting", mb.name, folder)
                if self._sleep(min(self.config.max_backoff, backoff), gen):
                    break
                backoff = min(self.config.max_backoff, backoff * 2)
            finally:
                conn.close()

    def _idle(self, conn: ImapConnection, gen: threading.Event) -> None:
        """IDLE until the server speaks, ``idle_timeout`` passes (at most 10 minutes: servers drop
        an IDLE after 29) or the daemon must stop or reload."""
        conn.idle_wait(min(self.config.idle_timeout, 600), lambda: gen.is_set() or self.stop_event.is_set(),
                       tick=SLICE)

    # ---- notifications and reminders ------------------------------------------------------------

    def after_change(self) -> None:
        """Notify what is new, then re-plan the reminders from the database."""
        with self._lock:
            now = self.now()
            self.check_notifications(now)
            self.check_reminders(now)
            self._reschedule(now)

    def check_notifications(self, now: datetime) -> int:
        """Notify events and suspicious messages not yet notified (persisted: once, ever).

        Read from the store, plan (pure), then render, send and record each one. The events'
        watermark only saves reading them again; the sent log stays the truth.
        """
        store = self.store
        sent = store.sent_keys("event:") | store.sent_keys("fake:") | store.sent_keys("reread:")
        events = store.recent_events(now - NOTIFY_WINDOW, self._event_mark)
        self._event_mark = max((e.event_id for e in events), default=self._event_mark)
        # the rows of the groups with something new: the form's link and the round come from them
        groups = dict.fromkeys((e.mailbox, e.platform, e.account) for e in events
                               if f"event:{e.message_db_id}" not in sent)
        rows = [row for group in groups for row in store.group_rows(*group)]
        send, seen = plan_notifications(events, store.recent_suspicious(now - NOTIFY_WINDOW), rows, sent, now,
                                        rereads=store.rereads(since=now - NOTIFY_WINDOW))
        for planned in send:
            if store.mark_sent(planned.key, now):  # claimed first: no second sender can send it too
                self._send(planned)
        for key in seen:
            store.mark_sent(key, now)
        return len(send)

    def check_reminders(self, now: datetime) -> int:
        """Send the reminders due at ``now``; the older ones missed meanwhile are only recorded."""
        cfg = self.config
        rows = self.store.open_rows(now.date() - timedelta(days=1))
        send, skip = due_reminders(rows, cfg.reminder_days, cfg.reminder_hour, now, self.store.sent_keys("reminder:"))
        for r in skip:
            self.store.mark_sent(r.key, now)
        for r in send:
            if not self.store.mark_sent(r.key, now):
                continue  # another process sent it meanwhile
            self._send(plan_reminder(r, now))
        return len(send)

    def _send(self, planned: PlannedNotification) -> None:
        """Render ``planned`` in the person's language, then hand it to the bus (or the log)."""
        text = note_text(planned, self.lang)
        self.notifier.send(Notification(summary=text.summary, body=text.body, urgency=planned.urgency,
                                        url=planned.url, log_text=text.log_text))

    def _reschedule(self, now: datetime) -> None:
        if self._scheduler is None:
            return
        cfg = self.config
        when = next_reminder_time(self.store.open_rows(now.date() - timedelta(days=1)), cfg.reminder_days,
                                  cfg.reminder_hour, now, self.store.sent_keys("reminder:"))
        job = self._scheduler.get_job("reminders")
        if when is None:
            if job:
                job.remove()
            return
        # The scheduler runs on the real clock; with --now the offset is kept. In UTC: two
        # datetimes of one zone subtract as wall times, an hour off across a change.
        real = datetime.now(UTC) + (when.astimezone(UTC) - now.astimezone(UTC))
        # No misfire limit (APScheduler's default is one second): a timer that fires late, the
        # process having been stopped or busy, still only asks for a check, which decides.
        self._scheduler.add_job(self.changed.set, "date", run_date=real.astimezone(self.zone), id="reminders",
                                replace_existing=True, misfire_grace_time=None, coalesce=True)

    def scheduled_reminder(self) -> datetime | None:
        """When the reminder timer fires next, in the machine's zone (None: no reminder ahead)."""
        job = self._scheduler.get_job("reminders") if self._scheduler is not None else None
        when = job.next_run_time if job is not None else None
        return when.astimezone(self.zone) if when is not None else None
