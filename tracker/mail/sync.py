"""One synchronisation of a mailbox: the IMAP edge feeding the one pipeline.

Incremental by UID within UIDVALIDITY, remembered per (mailbox, folder). Each fetched batch
is ingested and the folder's position advanced *in the same transaction*, so a poll killed
at any point resumes where the last commit left it, with no duplicate and no missing event.
A changed UIDVALIDITY rescans the folder; known messages are recognised by Message-ID and
produce nothing new.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from tracker.config import MailboxConfig
from tracker.core.classify import CLASSIFIER, lexicon
from tracker.errors import MailboxError
from tracker.i18n import _
from tracker.ingest import IngestStats, prepare, record_many, reread
from tracker.mail.imap import ImapConnection
from tracker.model import Trust
from tracker.store import NewEvent, Store

logger = logging.getLogger(__name__)

__all__ = ["SyncResult", "sync_folder", "sync_mailbox"]

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class SyncResult:
    mailbox: str
    stats: IngestStats = field(default_factory=IngestStats)
    new_events: list[NewEvent] = field(default_factory=list)


#: A first sync (or a rescan) spanning more UIDs than this searches range by range on a second
#: connection while this one fetches and classifies what the earlier ranges found: the
#: server's search of a big folder (seconds, the first time) then overlaps the work that follows
#: the Meta mail, instead of coming before it.
PARALLEL_SPAN = 20_000
#: UIDs per searched range, growing from the first (small: the first results come soon) to
#: the largest (fewer round trips).
FIRST_RANGE = 1_024
RANGE = 8_192

Connect = Callable[[MailboxConfig], ImapConnection]


def _connect(mb: MailboxConfig) -> ImapConnection:
    return ImapConnection(mb).connect()


def sync_folder(conn: ImapConnection, store: Store, mb: MailboxConfig, folder: str, now: datetime,
                result: SyncResult, trusted: Trust | tuple[str, ...] = (), progress: Progress | None = None,
                batch_size: int = 200, connect: Connect | None = _connect) -> None:
    """Bring one folder up to date. ``connect`` opens the searching connection of a big first
    sync (None: one connection, one search)."""
    known = store.folder_state(mb.name, folder)
    if known is not None:
        _refetch_stale(conn, store, mb, folder, known[0], now, trusted)
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
    words = lexicon().search_words
    last = info.uidnext - 1 if info.uidnext else None
    ranges: Iterable[tuple[int | None, list[int]]]
    if connect is not None and last is not None and last - (above or 0) > PARALLEL_SPAN:
        ranges = _searched_aside(connect, mb, folder, info.uidvalidity, words, since, above or 0, last)
    else:
        uids = conn.search(words, since, above)
        ranges = [(None, uids)]
    done = found = 0
    top = above or 0

    def fetched() -> Generator[tuple[str, Any], None, None]:
        for range_top, uids in ranges:
            yield "found", len(uids)
            for chunk in conn.fetch(folder, info.uidvalidity, uids, batch=batch_size):
                yield "chunk", chunk
            if range_top is not None:
                yield "searched", range_top

    # (Fetching the next batch in a thread while this one is classified was measured: the
    # fetch is a small part, and the thread's share of the GIL cost as much as it saved.)
    with closing(fetched()) as items:  # closing it stops the searching thread, error or not
        for what, value in items:
            if what == "found":
                found += value
                continue
            if what == "searched":
                if value > top:
                    top = value
                    with store.batch() as b:
                        b.set_folder(mb.name, folder, info.uidvalidity, top, now)
                continue
            chunk = value
            prepared = [prepare(raw, trusted) for raw in chunk]  # outside the transaction: no lock held
            with store.batch() as b:
                result.stats.read += len(prepared)
                record_many(b, prepared, mb.name, now, result.stats)
                if chunk:
                    # Every matching UID below this one is done (ranges and batches come in order).
                    top = max(top, max(r.uid or 0 for r in chunk))
                    b.set_folder(mb.name, folder, info.uidvalidity, top, now)
                events = b.new_events
            result.new_events.extend(events)
            done += len(chunk)
            if progress:
                progress(folder, done, found)
    top = max([top, (info.uidnext - 1) if info.uidnext else 0])
    with store.batch() as b:
        b.set_folder(mb.name, folder, info.uidvalidity, top, now)


_CHECKED: set[tuple[str, str]] = set()  # folders whose stale messages this process looked for


def _refetch_stale(conn: ImapConnection, store: Store, mb: MailboxConfig, folder: str, uidvalidity: int,
                   now: datetime, trusted: Trust | tuple[str, ...]) -> None:
    """Messages an older classifier decided, stored before their bytes were kept: fetched again
    (BODY.PEEK[], read-only) by UID and read again, once per folder and process."""
    if (mb.name, folder) in _CHECKED:
        return
    _CHECKED.add((mb.name, folder))
    stale = store.stale_uids(mb.name, folder, uidvalidity, CLASSIFIER)
    if not stale:
        return
    info = conn.examine(folder)
    if info.uidvalidity != uidvalidity:
        return  # the folder was reset: the normal sync rescans it
    todo = [(stale[r.uid], r.data) for chunk in conn.fetch(folder, uidvalidity, sorted(stale))
            for r in chunk if r.uid in stale]
    reread(store, todo, trusted, now)


T = TypeVar("T")
_END = object()


def _ahead(items: Iterator[T], name: str, timeout: float, depth: int = 0) -> Iterator[T]:
    """``items``, produced by a thread up to ``depth`` ahead of the consumer (0: no limit), in
    order; an error there is raised here. Closing this generator stops the thread (and closes
    ``items``, in that thread)."""
    out: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                out.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(_END)
        except BaseException as e:  # handed over: the consumer raises it
            put(e)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    worker = threading.Thread(target=produce, name=name, daemon=True)
    worker.start()
    try:
        while True:
            item = out.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join(timeout=timeout)


def _searched_aside(connect: Connect, mb: MailboxConfig, folder: str, uidvalidity: int, words: tuple[str, ...],
                    since: date, above: int, last: int) -> Iterator[tuple[int | None, list[int]]]:
    """``(range top, matching UIDs)`` for ranges of UIDs (``FIRST_RANGE`` doubling up to ``RANGE``)
    from ``above`` + 1 to ``last``, in order, searched by a thread on its own connection while
    the caller fetches. (A second searching connection was tried: Dovecot serialises searches
    of one folder that fill its cache, so it gained nothing.)"""

    def search() -> Iterator[tuple[int | None, list[int]]]:
        c = connect(mb)
        try:
            info = c.examine(folder)
            if info.uidvalidity != uidvalidity:
                raise MailboxError(_("mailbox {name!r}: folder {folder!r} changed during the sync "
                                     "(UIDVALIDITY); poll again").format(name=mb.name, folder=folder))
            low, size = above, FIRST_RANGE
            while low < last:
                high = min(low + size, last)
                yield high, c.search(words, since, low, high)
                low, size = high, min(size * 2, RANGE)
        finally:
            c.close()

    # Unbounded look-ahead: the search runs to the end while the caller is busy.
    return _ahead(search(), f"search {mb.name}/{folder}", mb.timeout)


def sync_mailbox(store: Store, mb: MailboxConfig, now: datetime, trusted: Trust | tuple[str, ...] = (),
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
