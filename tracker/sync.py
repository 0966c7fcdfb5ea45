"""One synchronisation of a mailbox: the IMAP edge feeding the one pipeline.

Incremental by UID within UIDVALIDITY, remembered per (mailbox, folder). Each fetched batch
is ingested and the folder's position advanced *in the same transaction*, so a poll killed
at any point resumes where the last commit left it, with no duplicate and no missing event.
A changed UIDVALIDITY rescans the folder; known messages are recognised by Message-ID and
produce nothing new.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tracker.classify import lexicon
from tracker.config import MailboxConfig
from tracker.imap import ImapConnection
from tracker.pipeline import IngestStats, prepare, record
from tracker.store import NewEvent, Store

logger = logging.getLogger(__name__)

__all__ = ["SyncResult", "sync_folder", "sync_mailbox"]

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class SyncResult:
    mailbox: str
    stats: IngestStats = field(default_factory=IngestStats)
    new_events: list[NewEvent] = field(default_factory=list)


def sync_folder(conn: ImapConnection, store: Store, mb: MailboxConfig, folder: str, now: datetime,
                result: SyncResult, trusted: tuple[str, ...] = (), progress: Progress | None = None,
                batch_size: int = 50) -> None:
    known = store.folder_state(mb.name, folder)
    if known is not None:
        # One STATUS round trip answers "anything new?" without selecting the folder.
        st = conn.status(folder)
        if st.uidvalidity == known[0] and st.uidnext is not None and st.uidnext - 1 <= known[1]:
            return
    info = conn.examine(folder)
    above: int | None = None
    if known is not None and known[0] == info.uidvalidity:
        above = known[1]
        if info.uidnext is not None and info.uidnext - 1 <= above:
            return  # nothing new since last time: one EXAMINE, no search needed
    elif known is not None:
        logger.warning("mailbox %s: folder %s: UIDVALIDITY changed (%s -> %s), rescanning", mb.name, folder,
                       known[0], info.uidvalidity)
    # IMAP SINCE compares dates only, in the server's zone: widen by a day, filter exactly later.
    since = (now - timedelta(days=mb.backfill_days + 1)).date()
    uids = conn.search(lexicon().search_words, since, above)
    done = 0
    for chunk in conn.fetch(folder, info.uidvalidity, uids, batch=batch_size):
        prepared = [prepare(raw, trusted) for raw in chunk]  # outside the transaction: no lock held
        with store.batch() as b:
            for p in prepared:
                result.stats.read += 1
                record(b, p, mb.name, now, result.stats)
            if chunk:
                b.set_folder(mb.name, folder, info.uidvalidity, max(r.uid or 0 for r in chunk), now)
            events = b.new_events
        result.new_events.extend(events)
        done += len(chunk)
        if progress:
            progress(folder, done, len(uids))
    top = max([above or 0, uids[-1] if uids else 0, (info.uidnext - 1) if info.uidnext else 0])
    with store.batch() as b:
        b.set_folder(mb.name, folder, info.uidvalidity, top, now)


def sync_mailbox(store: Store, mb: MailboxConfig, now: datetime, trusted: tuple[str, ...] = (),
                 progress: Progress | None = None, conn: ImapConnection | None = None) -> SyncResult:
    """Poll every configured folder of one mailbox (raises MailboxError on failure)."""
    result = SyncResult(mailbox=mb.name)
    own = conn is None
    c = conn or ImapConnection(mb).connect()
    try:
        for folder in mb.folders:
            sync_folder(c, store, mb, folder, now, result, trusted, progress)
    finally:
        if own:
            c.close()
    return result
