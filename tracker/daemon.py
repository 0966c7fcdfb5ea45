"""``tracker daemon``: watch every folder, remind before deadlines, notify on the desktop.

Threads: one watcher per (mailbox, folder), each with its own IMAP connection, IDLE where the
server has it (re-issued every ``idle_timeout`` seconds, at most 10 minutes) and polling
where it does not; any wake-up, even an empty one, means "something may have changed" and
triggers a sync. Errors reconnect with exponential backoff and jitter; one failing mailbox
never stops the others. APScheduler is only a timer: the database is the single source of
truth, and what was sent is persisted, so a restart repeats no reminder and no notification.

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
from datetime import datetime, timedelta
from typing import Any

from tracker.config import Config, MailboxConfig
from tracker.core.reminders import due_reminders, next_reminder_time
from tracker.core.state import EventKind
from tracker.core.status import status_of
from tracker.errors import ConfigError, MailboxError, TrackerError
from tracker.i18n import _
from tracker.notify import Notification, Notifier, Urgency
from tracker.output.render import format_date, next_action_text, note, state_label
from tracker.output.sanitize import for_people
from tracker.store import Store

logger = logging.getLogger(__name__)

__all__ = ["Daemon", "sd_notify"]

#: How long after a message's date the daemon still notifies about it.
NOTIFY_WINDOW = timedelta(hours=24)
CODE_WINDOW = timedelta(hours=1)
SLICE = 1.0  # seconds: the longest the daemon waits without checking whether it must stop


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
                 lang: Callable[[Config], str], notifier: Notifier | None = None) -> None:
        self.load_config = load_config
        self.config = load_config()
        self.store = store
        self.clock = clock
        self.lang_of = lang
        self.notifier = notifier or Notifier(enabled=self.config.notifications)
        self.stop_event = threading.Event()
        self.reload_event = threading.Event()
        self.changed = threading.Event()
        self._generation = threading.Event()
        self._watchers: list[_Watcher] = []
        self._scheduler: Any = None
        self._lock = threading.Lock()
        self._event_mark = 0  # events up to this id have been looked at (the sent log stays the truth)

    @property
    def lang(self) -> str:
        return self.lang_of(self.config)

    # ---- main loop --------------------------------------------------------------------------

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self._on_stop)
        signal.signal(signal.SIGINT, self._on_stop)
        signal.signal(signal.SIGHUP, self._on_hup)
        from apscheduler.schedulers.background import BackgroundScheduler

        self._scheduler = BackgroundScheduler(timezone=self.clock().tzinfo)
        self._scheduler.start()
        self._start_watchers()
        self.after_change()
        logger.info("daemon started: %d mailbox(es), %d folder(s)", len(self.config.mailboxes), len(self._watchers))
        sd_notify("READY=1\nSTATUS=watching")
        while not self.stop_event.is_set():
            if self.changed.wait(SLICE):
                self.changed.clear()
                self.after_change()
            if self.reload_event.is_set():
                self.reload_event.clear()
                self._reload()
        sd_notify("STOPPING=1")
        logger.info("stopping")
        self._stop_watchers(timeout=3.0)
        self._scheduler.shutdown(wait=False)
        self.notifier.close()
        return 0

    def _on_stop(self, signum: int, _frame: Any) -> None:
        logger.info("received %s", signal.Signals(signum).name)
        self.stop_event.set()
        self._generation.set()

    def _on_hup(self, _signum: int, _frame: Any) -> None:
        self.reload_event.set()

    def _reload(self) -> None:
        try:
            new = self.load_config()
        except ConfigError as e:
            logger.error("configuration not reloaded, keeping the old one: %s", e)
            return
        logger.info("configuration reloaded")
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
        from tracker.mail.imap import ImapConnection
        from tracker.mail.sync import SyncResult, sync_folder

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
                    if self._arrived_meanwhile(conn, mb, folder):
                        continue  # mail that came during the sync: its EXISTS may have gone with the SEARCH reply
                    if idle:
                        self._idle(conn, gen)
                    elif self._sleep(self.config.poll_interval, gen):
                        break
            except (MailboxError, TrackerError) as e:
                wait = min(self.config.max_backoff, backoff) * random.uniform(0.5, 1.5)  # noqa: S311  jitter only
                logger.warning("%s (retrying in %.0f s)", e, wait)
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

    def _arrived_meanwhile(self, conn: Any, mb: MailboxConfig, folder: str) -> bool:
        """Did the folder grow past what was synced? Checked before each IDLE: a message landing
        while the sync's own commands ran is announced in their replies, and IDLE would never
        hear of it again."""
        # NOOP makes the server look at the folder again (it answers EXISTS for what it finds);
        # STATUS then says whether the folder grew past what was synced.
        responses = conn.command("NOOP", conn.client.noop)
        if any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in
               (responses[1] if isinstance(responses, tuple) and len(responses) > 1 else [])):
            return True
        known = self.store.folder_state(mb.name, folder)
        st = conn.status(folder)
        return known is None or st.uidvalidity != known[0] or (st.uidnext or 0) - 1 > known[1]

    def _idle(self, conn: Any, gen: threading.Event) -> None:
        """IDLE until the server speaks, ``idle_timeout`` passes, or the daemon must stop.

        A suspend shows as the wall clock jumping ahead of the monotonic one (which stops
        during sleep): the connection is then presumed dead and re-made at once, instead of
        waiting for the IDLE timeout to find out.
        """
        client = conn.client
        conn.command("IDLE", client.idle)
        suspended = False
        try:
            deadline = time.monotonic() + min(self.config.idle_timeout, 600)
            while not gen.is_set() and not self.stop_event.is_set() and time.monotonic() < deadline:
                wall, mono = time.time(), time.monotonic()
                responses = conn.command("IDLE wait", lambda: client.idle_check(timeout=SLICE))
                if (time.time() - wall) - (time.monotonic() - mono) > 30:
                    suspended = True
                    break
                if responses:
                    return
        finally:
            if not suspended:
                conn.command("IDLE done", client.idle_done)
        if suspended:
            raise MailboxError(_("mailbox {name!r}: the machine was suspended; reconnecting").format(name=conn.mb.name))

    # ---- notifications and reminders ------------------------------------------------------------

    def after_change(self) -> None:
        """Notify what is new, then re-plan the reminders from the database."""
        with self._lock:
            now = self.clock()
            self.check_notifications(now)
            self.check_reminders(now)
            self._reschedule(now)

    def check_notifications(self, now: datetime) -> int:
        """Notify events and suspicious messages not yet notified (persisted: once, ever)."""
        sent = self.store.sent_keys("event:") | self.store.sent_keys("fake:") | self.store.sent_keys("reread:")
        count = 0
        lang = self.lang
        events = self.store.recent_events(now - NOTIFY_WINDOW, self._event_mark)
        for e in events:
            self._event_mark = max(self._event_mark, e.event_id)
            key = f"event:{e.message_db_id}"
            if key in sent:
                continue
            n = self._event_notification(e, lang, now)
            if n is not None:
                self.notifier.send(n)
                count += 1
            self.store.mark_sent(key, now)
        for mid, m in self.store.recent_suspicious(now - NOTIFY_WINDOW):
            key = f"fake:{mid}"
            if key in sent:
                continue
            # The warning quotes the fake's display name: one line, no controls (the notifier
            # then escapes it as markup where the server reads markup).
            warning = (m.warnings or ("not authentic",))[0]
            self.notifier.send(Notification(
                summary=note(lang, "fake.summary"),
                body=note(lang, "fake.body", source=for_people(m.source, one_line=True),
                          warning=for_people(warning, one_line=True)),
                urgency=Urgency.CRITICAL))
            self.store.mark_sent(key, now)
            count += 1
        for r in self.store.rereads(since=now - NOTIFY_WINDOW):
            key = f"reread:{r.id}"
            if key in sent:
                continue
            values = {k: for_people(v, one_line=True) for k, v in (("account", r.account), ("platform", r.platform),
                                                                   ("round", r.round))}
            self.notifier.send(Notification(
                summary=note(lang, "reread.summary", **values),
                body=note(lang, "reread.body", before=state_label(r.before, lang),
                          after=state_label(r.after, lang) if r.after else "-", **values),
                urgency=Urgency.CRITICAL))
            self.store.mark_sent(key, now)
            count += 1
        return count

    def _event_notification(self, e: Any, lang: str, now: datetime) -> Notification | None:
        # the form link of the group's latest row: a code or a refusal rarely carries it itself
        group = self.store.group_rows(e.mailbox, e.platform, e.account)
        row = group[-1] if group else None
        values = {key: for_people(value, one_line=True) for key, value in
                  (("account", e.account), ("platform", e.platform), ("round", row.round if row else "?"))}
        url = e.objection_url or (row.objection_url if row else None)
        if e.kind is EventKind.CODE:
            if now - e.at > CODE_WINDOW or not e.code:
                return None  # an expired code is no use any more
            return Notification(summary=note(lang, "code.summary", code=e.code),
                                body=note(lang, "code.body", **values), urgency=Urgency.CRITICAL,
                                url=url, log_text=note(lang, "code.log", **values))
        if e.kind is EventKind.ACCEPTED:
            return Notification(summary=note(lang, "accepted.summary", **values),
                                body=note(lang, "accepted.body", **values), urgency=Urgency.NORMAL)
        if e.kind is EventKind.REFUSED:
            return Notification(summary=note(lang, "refused.summary", **values),
                                body=note(lang, "refused.body", **values), urgency=Urgency.CRITICAL,
                                url=url)
        if e.kind is EventKind.NOTICE and e.deadline:
            last = format_date(e.deadline - timedelta(days=1), lang)
            return Notification(summary=note(lang, "notice.summary", **values),
                                body=note(lang, "notice.body", last_day=last, **values), urgency=Urgency.NORMAL,
                                url=e.objection_url)
        return None

    def check_reminders(self, now: datetime) -> int:
        cfg = self.config
        rows = self.store.open_rows(now.date() - timedelta(days=1))
        send, skip = due_reminders(rows, cfg.reminder_days, cfg.reminder_hour, now, self.store.sent_keys("reminder:"))
        for r in skip:
            self.store.mark_sent(r.key, now)
        lang = self.lang
        for r in send:
            if not self.store.mark_sent(r.key, now):
                continue  # another process sent it meanwhile
            s = status_of(r.row, now)
            last = format_date(r.row.deadline - timedelta(days=1), lang) if r.row.deadline else "?"
            summary = note(lang, "reminder.summary0" if r.days_before == 0 else "reminder.summary",
                           days=r.days_before, platform=for_people(r.row.platform, one_line=True))
            self.notifier.send(Notification(
                summary=summary,
                body=note(lang, "reminder.body", account=for_people(r.row.account, one_line=True), last_day=last,
                          action=next_action_text(s, lang)),
                urgency=Urgency.CRITICAL if r.days_before <= 1 else Urgency.NORMAL, url=r.row.objection_url))
        return len(send)

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
        # The scheduler runs on the real clock; with --now the offset is kept.
        real = datetime.now(when.tzinfo) + (when - now)
        self._scheduler.add_job(self.changed.set, "date", run_date=real, id="reminders", replace_existing=True)
