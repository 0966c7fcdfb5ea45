"""The one way in: raw messages → classification → a plan of writes → the ledger, events, rows.

``import`` (files), ``poll`` and the daemon (IMAP, through :func:`sync_folder`) all call
:func:`ingest`. Each message is classified outside any transaction (:func:`prepare`); the ones
to store are planned a batch at a time by the pure :func:`tracker.core.events.plan`, against
what the ledger already holds of them, and the plan is applied in one transaction
(``Batch.apply``), with the IMAP folder's position when the batch came from a server. Mail
that is not Meta's is only counted.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from tracker.config import MailboxConfig
from tracker.core.classify import CLASSIFIER, classify_bytes, time_budget
from tracker.core.events import Outcome, Prepared, ledger_key, message_key, moved_back, plan, plan_reread
from tracker.errors import MessageError
from tracker.i18n import N_, _, format_number, ngettext
from tracker.mail import sync
from tracker.mail.sync import FolderPosition
from tracker.model import NewEvent, RawMessage, Reread, StaleMessage, State, Trust
from tracker.store import Store

if TYPE_CHECKING:
    from tracker.mail.imap import ImapConnection

logger = logging.getLogger(__name__)

__all__ = ["IngestStats", "Prepared", "SyncResult", "ingest", "message_key", "prepare", "reread", "reread_stale",
           "sync_folder", "sync_mailbox"]


@dataclass(slots=True)
class IngestStats:
    read: int = 0
    meta: int = 0
    new_events: int = 0
    duplicates: int = 0
    malformed: int = 0
    unrelated: int = 0
    errors: list[str] = field(default_factory=list)

    def count(self, p: Prepared, outcome: Outcome) -> None:
        """Count one message that was read (its outcome committed, or not stored at all)."""
        if outcome is Outcome.UNRELATED:
            self.unrelated += 1  # counted, not stored: the rest of a person's mailbox is none of our business
        elif outcome is Outcome.MALFORMED:
            self.malformed += 1
            self.errors.append(f"{p.raw.source}: {p.error}")
        elif outcome is Outcome.KNOWN_MALFORMED:
            self.duplicates += 1
        else:
            self.meta += 1
            self.duplicates += outcome is Outcome.DUPLICATE
            self.new_events += outcome is Outcome.EVENT

    def summary(self) -> str:
        """One line of counts, each in its own grammatical number ("1 new event", "2 new events")."""
        parts = (ngettext("{n} read", "{n} read", self.read), ngettext("{n} from Meta", "{n} from Meta", self.meta),
                 ngettext("{n} new event", "{n} new events", self.new_events),
                 ngettext("{n} duplicate skipped", "{n} duplicates skipped", self.duplicates),
                 ngettext("{n} malformed", "{n} malformed", self.malformed))
        counts = (self.read, self.meta, self.new_events, self.duplicates, self.malformed)
        return ", ".join(p.format(n=format_number(n)) for p, n in zip(parts, counts, strict=True))


# Seconds one message may take to classify. Every step is linear and its input bounded, so a
# message that still takes longer is hostile or broken: it is recorded as malformed, naming its
# file or UID, and the folder position moves on past it.
# TRACKER_MESSAGE_BUDGET overrides it (seconds), for a slow machine or a test.
MESSAGE_BUDGET = 10.0


def _budget() -> float:
    try:
        return float(os.environ.get("TRACKER_MESSAGE_BUDGET", MESSAGE_BUDGET))
    except ValueError:
        return MESSAGE_BUDGET


def prepare(raw: RawMessage, trusted_authserv_ids: Trust | tuple[str, ...] = ()) -> Prepared:
    """Classify one message (no database): a malformed one comes back with its error."""
    try:
        if raw.problem:
            raise MessageError(raw.problem)
        parsed, message_id, c = classify_bytes(raw.data, trusted_authserv_ids, need_language=False,
                                               checkpoint=time_budget(_budget()))
    except Exception as e:  # MessageError, or a bug on strange input: record it, never stop the run
        if not isinstance(e, MessageError):
            logger.debug("unexpected error on %s", raw.source, exc_info=True)
            e = MessageError(_("could not be classified ({why})").format(why=type(e).__name__))
        return Prepared(raw, None, None, None, str(e))
    return Prepared(raw, parsed, message_id, c)


#: Told after each commit: the events it recorded, and the folder position it reached (if any).
Committed = Callable[[Sequence[NewEvent], FolderPosition | None], None]


def _write(store: Store, pending: Sequence[Prepared], position: FolderPosition | None, mailbox: str,
           now: datetime) -> tuple[tuple[Outcome, ...], list[NewEvent]]:
    """One transaction: the plan of ``pending`` against the ledger, and the folder's position."""
    with store.batch() as b:
        keys = [ledger_key(p) for p in pending]
        gm_msgids = [p.raw.gm_msgid for p in pending if p.raw.gm_msgid is not None]
        writes = plan(pending, b.known(mailbox, keys, gm_msgids), mailbox, now)
        b.apply(writes)
        if position is not None:
            b.set_folder(mailbox, position.folder, position.uidvalidity, position.last_uid, now)
        events = b.new_events
    return writes.outcomes, events


def ingest(store: Store, items: Iterable[RawMessage | FolderPosition], mailbox: str, now: datetime,
           trusted_authserv_ids: Trust | tuple[str, ...] = (), *, stats: IngestStats | None = None,
           batch_size: int = 200, committed: Committed | None = None) -> IngestStats:
    """Ingest a stream of messages, with, when it comes from a server, the folder positions it
    reaches. Messages are classified outside any transaction; the ones to store (Meta's and
    malformed ones) are written ``batch_size`` at a time, each batch one transaction that also
    moves the folder to the position that follows it: a crash loses one batch at most, which
    the next run redoes (ingestion is idempotent), and mail that is not Meta's costs no
    database work at all. ``stats`` counts a batch only once it has committed; a batch that
    fails is not tried again (the next run reads it again)."""
    stats = stats or IngestStats()
    pending: list[Prepared] = []

    def flush(position: FolderPosition | None = None) -> None:
        if not pending and position is None:
            return
        batch = list(pending)
        pending.clear()
        outcomes, events = _write(store, batch, position, mailbox, now)
        for p, outcome in zip(batch, outcomes, strict=True):
            stats.count(p, outcome)
            if outcome is Outcome.IGNORED and p.classification is not None:
                logger.info(N_("%s: not authentic, kept but ignored (%s)"), p.raw.source,
                            "; ".join(p.classification.warnings))
        if committed is not None:
            committed(events, position)

    try:
        for item in items:
            if isinstance(item, FolderPosition):
                flush(item)  # the batch before it and the position it reaches: one transaction
                continue
            if len(pending) >= batch_size:
                flush()  # only now: a position that follows a full batch joins its transaction
            stats.read += 1
            p = prepare(item, trusted_authserv_ids)
            if p.unrelated:
                stats.count(p, Outcome.UNRELATED)  # no transaction needed
                continue
            pending.append(p)
    finally:  # an unreadable file mid-stream still keeps what was read before it
        flush()
    return stats


def reread(store: Store, stale: Sequence[tuple[StaleMessage, bytes]], trust: Trust | tuple[str, ...],
           now: datetime) -> list[Reread]:
    """Read stored messages again with this classifier, in one transaction: each message's
    fields are replaced, its old event dropped and its new one (if any) added, and the rows
    rebuilt. Rows that move back from an outcome (accepted, refused) are recorded and
    returned: they are announced, never changed silently."""
    if not stale:
        return []
    before = {(r.mailbox, r.platform, r.account, r.round): r.state.value for r in store.rows()}
    writes = [plan_reread(s.db_id, s.mailbox, s.key, prepare(RawMessage(source=s.source, data=data), trust), now)
              for s, data in stale]
    with store.batch() as b:
        b.reread(writes)  # read again, not newly arrived: nothing to notify as new
    after = {(r.mailbox, r.platform, r.account, r.round): r.state.value for r in store.rows()}
    moved = moved_back(before, after, frozenset({State.ACCEPTED.value, State.REFUSED.value}), now)
    if moved:
        with store.batch() as b:
            b.add_rereads(moved)
        for m in moved:
            logger.warning(N_("re-read with the new classifier: %s %s round %s is no longer %s (now %s)"), m.account,
                           m.platform, m.round, m.before, m.after or "gone")
    return store.rereads(since=now)


def reread_stale(store: Store, trust: Trust | tuple[str, ...], now: datetime) -> list[Reread]:
    """Read again every stored message an older classifier decided whose bytes are at hand:
    kept in the database, or in the file it was imported from. (Messages polled before their
    bytes were kept are fetched again by the next poll of their folder.)"""
    if not store.any_stale(CLASSIFIER):
        return []
    todo: list[tuple[StaleMessage, bytes]] = []
    for s in store.stale(CLASSIFIER):
        data = s.raw if s.raw is not None else _from_file(s.source)
        if data is not None:
            todo.append((s, data))
    return reread(store, todo, trust, now)


def _from_file(source: str) -> bytes | None:
    """The bytes of an imported message, from ``path`` or ``path#N`` when the file is still there."""
    from pathlib import Path

    from tracker.mail.sources import iter_messages

    path, _, index = source.rpartition("#") if "#" in source else (source, "", "")
    file = Path(path)
    if not file.is_file():
        return None
    try:
        for i, m in enumerate(iter_messages(file)):
            if not index or str(i) == index:
                return m.data
    except (OSError, ValueError):
        return None
    return None


# ---- IMAP: the server's side is tracker.mail.sync; the ledger's is here ----------------------

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class SyncResult:
    mailbox: str
    stats: IngestStats = field(default_factory=IngestStats)
    new_events: list[NewEvent] = field(default_factory=list)


def sync_folder(conn: ImapConnection, store: Store, mb: MailboxConfig, folder: str, now: datetime,
                result: SyncResult, trusted: Trust | tuple[str, ...] = (), progress: Progress | None = None,
                batch_size: int = 200, connect: sync.Connect | None = sync.open_connection) -> None:
    """Bring one folder up to date: what arrived since its last position is fetched and
    ingested, each batch with the position it reaches. ``connect`` opens the searching
    connection of a big first sync (None: one connection, one search)."""
    known = store.folder_state(mb.name, folder)
    if known is not None:
        _reread_fetched_again(conn, store, mb.name, folder, known[0], now, trusted)

    def committed(events: Sequence[NewEvent], position: FolderPosition | None) -> None:
        result.new_events.extend(events)
        if progress is not None and position is not None:
            progress(folder, position.done, position.found)

    # Closing the stream, error or not, stops the searching thread of a big first sync.
    with closing(sync.fetch_folder(conn, mb, folder, known, now, batch_size, connect)) as items:
        ingest(store, items, mb.name, now, trusted, stats=result.stats, batch_size=batch_size, committed=committed)


_CHECKED: set[tuple[str, str]] = set()  # folders whose stale messages this process looked for


def _reread_fetched_again(conn: ImapConnection, store: Store, mailbox: str, folder: str, uidvalidity: int,
                          now: datetime, trusted: Trust | tuple[str, ...]) -> None:
    """Messages an older classifier decided, stored before their bytes were kept: fetched again
    by UID and read again, once per folder and process."""
    if (mailbox, folder) in _CHECKED:
        return
    _CHECKED.add((mailbox, folder))
    stale = store.stale_uids(mailbox, folder, uidvalidity, CLASSIFIER)
    if stale:
        fetched = sync.fetch_again(conn, folder, uidvalidity, stale)
        reread(store, [(stale[r.uid], r.data) for r in fetched if r.uid is not None], trusted, now)


def sync_mailbox(store: Store, mb: MailboxConfig, now: datetime, trusted: Trust | tuple[str, ...] = (),
                 progress: Progress | None = None, conn: ImapConnection | None = None) -> SyncResult:
    """Poll every configured folder of one mailbox (raises MailboxError on failure)."""
    result = SyncResult(mailbox=mb.name)
    c = conn or sync.open_connection(mb)
    try:
        for folder in mb.folders:
            sync_folder(c, store, mb, folder, now, result, trusted, progress)
    finally:
        if conn is None:
            c.close()
    return result
