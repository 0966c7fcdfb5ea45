"""The IMAP side of a synchronisation: what to fetch from one folder, fetched, as a stream.

Incremental by UID within UIDVALIDITY. :func:`fetch_folder` is told where the folder was left
(a plain value, from the ledger) and yields the messages found since, each fetched batch
followed by a :class:`FolderPosition`: "every matching message up to this UID has been handed
over". Ingestion (:func:`tracker.ingest.sync_folder`) records each batch and moves the folder's
position *in the same transaction*, so a poll killed at any point resumes where the last commit
left it, with no duplicate and no missing event. A changed UIDVALIDITY rescans the folder;
known messages are recognised by Message-ID and produce nothing new.

This module knows the server, not the database: it is handed what it must know (the folder's
last position, the UIDs to fetch again) and never reads or writes the ledger itself.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from tracker.config import MailboxConfig
from tracker.core.classify import lexicon
from tracker.errors import MailboxError
from tracker.i18n import N_, _
from tracker.model import RawMessage

if TYPE_CHECKING:
    from tracker.mail.imap import FolderInfo, ImapConnection

logger = logging.getLogger(__name__)

__all__ = ["Connect", "FolderPosition", "fetch_again", "fetch_folder", "open_connection"]


@dataclass(frozen=True, slots=True)
class FolderPosition:
    """Every matching message of ``folder`` up to ``last_uid`` (within ``uidvalidity``) has been
    handed over: once those are recorded, the folder's position may move here. ``done`` and
    ``found`` count the messages fetched and found so far (a progress bar's figures)."""

    folder: str
    uidvalidity: int
    last_uid: int
    done: int
    found: int


#: A first sync (or a rescan) spanning more UIDs than this searches range by range on a second
#: connection while this one fetches and classifies what the earlier ranges found: the
#: server's search of a big folder (seconds, the first time) then overlaps the work that follows
#: the Meta mail, instead of coming before it.
PARALLEL_SPAN = 20_000
#: UIDs per searched range, growing from the first (small: the first results come soon) to
#: the largest (fewer round trips).
FIRST_RANGE = 1_024
RANGE = 8_192

Connect = Callable[[MailboxConfig], "ImapConnection"]


def open_connection(mb: MailboxConfig) -> ImapConnection:
    """A new connection to ``mb`` (the searching connection of a big first sync)."""
    from tracker.mail.imap import ImapConnection

    return ImapConnection(mb).connect()


def _where_to_start(conn: ImapConnection, mb: MailboxConfig, folder: str,
                    known: tuple[int, int] | None) -> tuple[FolderInfo, int | None] | None:
    """The folder as the server shows it and the last UID already read there (None: read it
    all); None when nothing arrived since ``known`` (UIDVALIDITY, last UID)."""
    if known is not None:
        # One STATUS round trip answers "anything new?" without selecting the folder.
        st = conn.status(folder)
        if st.uidvalidity == known[0] and st.uidnext is not None and st.uidnext - 1 <= known[1]:
            return None
    info = conn.examine(folder)
    if known is not None and known[0] == info.uidvalidity:
        if info.uidnext is not None and info.uidnext - 1 <= known[1]:
            return None  # nothing new since last time: one EXAMINE, no search needed
        return info, known[1]
    if known is not None:
        logger.warning(N_("mailbox %s: folder %s: UIDVALIDITY changed (%s -> %s), rescanning"), mb.name, folder,
                       known[0], info.uidvalidity)
    return info, None


def _ranges(conn: ImapConnection, mb: MailboxConfig, folder: str, info: FolderInfo, above: int | None,
            now: datetime, connect: Connect | None) -> Iterable[tuple[int | None, list[int]]]:
    """``(range top or None, matching UIDs)``: one search, or ranges searched aside for a big one."""
    # IMAP SINCE compares dates only, in the server's zone: widen by a day, filter exactly later.
    since = (now - timedelta(days=mb.backfill_days + 1)).date()
    words = lexicon().search_words
    last = info.uidnext - 1 if info.uidnext else None
    if connect is not None and last is not None and last - (above or 0) > PARALLEL_SPAN:
        return _searched_aside(connect, mb, folder, info.uidvalidity, words, since, above or 0, last)
    return [(None, conn.search(words, since, above))]


def fetch_folder(conn: ImapConnection, mb: MailboxConfig, folder: str, known: tuple[int, int] | None,
                 now: datetime, batch_size: int = 200,
                 connect: Connect | None = open_connection) -> Generator[RawMessage | FolderPosition, None, None]:
    """The messages of ``folder`` that may be Meta's, found since ``known`` (UIDVALIDITY, last
    UID; None: never read), ``batch_size`` at a time, each batch followed by the position it
    reaches; a last position ends the stream. Nothing at all when nothing arrived. ``connect``
    opens the searching connection of a big first sync (None: one connection, one search).
    Closing the stream stops that search."""
    start = _where_to_start(conn, mb, folder, known)
    if start is None:
        return
    info, above = start
    ranges = _ranges(conn, mb, folder, info, above, now, connect)
    top, done, found = above or 0, 0, 0
    try:
        # (Fetching the next batch in a thread while this one is classified was measured: the
        # fetch is a small part, and the thread's share of the GIL cost as much as it saved.)
        for range_top, uids in ranges:
            found += len(uids)
            for chunk in conn.fetch(folder, info.uidvalidity, uids, batch=batch_size):
                yield from chunk
                done += len(chunk)
                if chunk:  # every matching UID below this one is done (ranges and batches come in order)
                    top = max(top, max(r.uid or 0 for r in chunk))
                    yield FolderPosition(folder, info.uidvalidity, top, done, found)
            if range_top is not None and range_top > top:
                top = range_top
                yield FolderPosition(folder, info.uidvalidity, top, done, found)
    finally:
        close = getattr(ranges, "close", None)
        if close is not None:
            close()  # the searching thread stops, error or not
    yield FolderPosition(folder, info.uidvalidity, max(top, (info.uidnext - 1) if info.uidnext else 0), done, found)


def fetch_again(conn: ImapConnection, folder: str, uidvalidity: int, uids: Iterable[int]) -> list[RawMessage]:
    """Messages fetched again by UID (BODY.PEEK[], read-only): stored ones an older classifier
    decided before their bytes were kept. Nothing when the folder was reset meanwhile (another
    UIDVALIDITY: the normal sync rescans it)."""
    info = conn.examine(folder)
    if info.uidvalidity != uidvalidity:
        return []
    wanted = set(uids)
    return [r for chunk in conn.fetch(folder, uidvalidity, sorted(wanted)) for r in chunk if r.uid in wanted]


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
