"""The store: the message ledger, events, status rows and audit trail, in one database.

Public API: :class:`Store` (open, read rows and history, record a manual mark) and :class:`Batch`
(one transaction: messages, events, IMAP positions; the affected rows are rebuilt from their
events before the commit, so a batch lands whole or not at all and a kill between two batches
loses nothing that the next run does not redo).

Reads go through :mod:`tracker.store.reads` (SQLAlchemy Core, returning the model's values) on
the core engine: importing the ORM costs more than ``import sqlalchemy`` itself, and ``tracker
status`` must start fast. Only writers (:meth:`Store.batch`) import the ORM's session.

The value types the store gives back live in :mod:`tracker.model` (output reads them without
importing the store).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import DatabaseError

from tracker.core.status import StoredRow
from tracker.errors import StoreError, UserError
from tracker.i18n import N_, _
from tracker.model import (
    EventKind,
    GroupKey,
    HistoryLine,
    MalformedMessage,
    RecentEvent,
    Reread,
    StaleMessage,
    SuspiciousMessage,
)
from tracker.store import reads
from tracker.store.engine import (
    HEAD,
    REVISIONS,
    current_revision,
    ensure_schema,
    is_writable,
    make_private,
    open_engine,
    open_read_only_engine,
    resolve_url,
    store_error,
)
from tracker.store.tables import EVENTS, SENT, SETTINGS

if TYPE_CHECKING:
    from tracker.store.batch import Batch

logger = logging.getLogger(__name__)

__all__ = ["Batch", "Store", "resolve_mark_group"]

#: The settings key of the account grouping the rows were last built with.
_GROUPING = "account_groups"


class Store:
    """A tracker database, upgraded to this version's schema on open."""

    #: False when opened read-only on a file this user cannot write (see :meth:`open_read_only`).
    writable: bool = True

    def __init__(self, engine: Engine, where: str, account_groups: Iterable[Iterable[str]] = ()) -> None:
        self.engine = engine
        self.where = where
        self.groups: tuple[frozenset[str], ...] = tuple(
            frozenset(a.lower() for a in g) for g in account_groups if g
        )

    @classmethod
    def open(cls, db: str | None = None, config_url: str | None = None,
             account_groups: Iterable[Iterable[str]] = (), *, migrate: bool = True) -> Store:
        url, path = resolve_url(db, config_url)
        where = str(path) if path else url.split("@")[-1]
        engine = open_engine(url, path)
        if migrate:
            ensure_schema(engine, where)
            if path is not None:
                make_private(path)  # only now: a file refused above is left exactly as it was
        store = cls(engine, where, account_groups)
        if migrate:
            store._apply_grouping()
        return store

    @classmethod
    def open_read_only(cls, db: str | None = None, config_url: str | None = None,
                       account_groups: Iterable[Iterable[str]] = ()) -> Store:
        """The database for a command that only reads.

        A SQLite file is opened read-only, and nothing is created (no file, no data folder):
        `status` works in a folder the user may only read, and asking about a database that
        does not exist leaves none behind (the reader gets an empty database in memory: nothing
        is tracked yet). A file that needs writing first (an older schema, a new account
        grouping) is opened the ordinary way when it can be written. A server database is
        opened the ordinary way: its permissions are the server's business.
        """
        _url, path = resolve_url(db, config_url, create_dir=False)
        if path is None:
            return cls.open(db, config_url, account_groups)
        where = str(path)
        if not path.exists():
            return cls._nothing_yet(where, account_groups)
        engine = open_read_only_engine(path)
        rev = current_revision(engine, where)
        store = cls(engine, where, account_groups)
        if rev is None:
            engine.dispose()
            return cls._nothing_yet(where, account_groups)  # an empty file, as a crash at creation leaves
        store.writable = is_writable(path)
        if rev not in REVISIONS:
            ensure_schema(engine, where)  # refuses a database written by a newer tracker, writing nothing
        make_private(path)  # tracker's own: no longer readable by others (a mode, not a write)
        if rev != HEAD or not store._grouping_is_current():
            if rev != HEAD and not store.writable:
                engine.dispose()
                raise StoreError(_("{where}: the database needs an upgrade to this version of tracker, and it is "
                                   "read-only for you").format(where=where))
            if rev == HEAD and not store.writable:
                logger.warning(N_("%s: account groups changed since the rows were built; they are rebuilt on the next "
                               "import or poll (the database is read-only here)"), where)
                return store
            engine.dispose()
            return cls.open(db, config_url, account_groups)  # upgrades, or refuses a newer schema
        return store

    @classmethod
    def _nothing_yet(cls, where: str, account_groups: Iterable[Iterable[str]]) -> Store:
        """An empty database in memory, for reading where none exists (tables only, no migration)."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import StaticPool

        from tracker.store.tables import METADATA

        engine = create_engine("sqlite://", poolclass=StaticPool)
        METADATA.create_all(engine)
        store = cls(engine, where, account_groups)
        store.writable = False
        return store

    def _grouping_is_current(self) -> bool:
        with self._read() as conn:
            return reads.setting(conn, _GROUPING) == self._grouping_fingerprint()

    def _grouping_fingerprint(self) -> str:
        return json.dumps(sorted(sorted(g) for g in self.groups))

    def close(self) -> None:
        self.engine.dispose()

    # ---- writing -------------------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """One transaction; the rows of every group touched are rebuilt before it commits."""
        from sqlalchemy.orm import Session

        from tracker.store.batch import Batch

        try:
            with Session(self.engine, autoflush=True, expire_on_commit=False) as session, session.begin():
                b = Batch(session, self)
                yield b
                b.finish()
        except DatabaseError as e:
            error = store_error(e, self.where, writing=True)
            if error is None:
                raise
            raise error from None

    def _apply_grouping(self) -> None:
        """Rebuild every row when the configured account grouping changed since the last run."""
        fingerprint = self._grouping_fingerprint()
        with self._read() as conn:
            if reads.setting(conn, _GROUPING) == fingerprint:
                return
        with self.batch() as b:
            conn = b.session.connection()
            current = reads.setting(conn, _GROUPING)
            if current == fingerprint:
                return
            if current is None:
                conn.execute(insert(SETTINGS).values(key=_GROUPING, value=fingerprint))
            else:
                conn.execute(update(SETTINGS).where(SETTINGS.c.key == _GROUPING).values(value=fingerprint))
            e = EVENTS.c
            for mailbox, platform, account in conn.execute(select(e.mailbox, e.platform, e.account).distinct()):
                b.dirty.add((mailbox, platform, account))

    def mark_sent(self, key: str, at: datetime) -> bool:
        """Record that a reminder/notification went out; False if it already had."""
        with self.batch() as b:
            conn = b.session.connection()
            if conn.execute(select(SENT.c.id).where(SENT.c.key == key)).first():
                return False
            conn.execute(insert(SENT).values(key=key, sent_at=at))
            return True

    def mark(self, account: str, kind: EventKind, at: datetime, *, platform: str | None = None,
             mailbox: str | None = None, round_hint: str | None = None, note: str | None = None) -> GroupKey:
        """Record a manual mark (``tracker mark``) on the one group it can mean; that group.

        Which group is decided inside the write transaction, by :func:`resolve_mark_group`, so
        that the mark lands on what the database holds at that moment. Without a round, the mark
        joins the group's latest round before ``at`` (as mail would); a group with no dated notice
        before ``at`` (an account new to the database) takes the latest round any account was
        told of before ``at``, and ``unknown`` only when there is none.
        """
        with self.batch() as b:
            group = resolve_mark_group(b.groups_of(account), account, platform, mailbox, self.accounts)
            if round_hint is None and b.latest_round(at, group) is None:
                round_hint = b.latest_round(at)
            b.add_event(group=group, kind=kind, at=at, sort_key=f"manual:{at.isoformat()}", manual=True,
                        round_hint=round_hint, note=note)
        return group

    # ---- reading: every read is a statement of tracker.store.reads, on a read-only connection ---

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect().execution_options(readonly=True) as conn:
                yield conn
        except DatabaseError as e:
            error = store_error(e, self.where, writing=False)
            if error is None:
                raise
            raise error from None

    def rows(self) -> list[StoredRow]:
        with self._read() as c:
            return reads.status_rows(c)

    def open_rows(self, after: date, limit: int = 500) -> list[StoredRow]:
        """Rows still waiting for an objection whose deadline is after ``after``, soonest first:
        all the daemon's reminders need, without loading every row it has ever seen."""
        with self._read() as c:
            return reads.open_rows(c, after, limit)

    def group_rows(self, mailbox: str, platform: str, account: str) -> list[StoredRow]:
        with self._read() as c:
            return reads.group_rows(c, mailbox, platform, account)

    def suspicious(self) -> list[SuspiciousMessage]:
        """Messages that present themselves as Meta's objection mail but are not authentic."""
        with self._read() as c:
            return [m for _, m in reads.suspicious(c, None)]

    def recent_suspicious(self, since: datetime) -> list[tuple[int, SuspiciousMessage]]:
        with self._read() as c:
            return reads.suspicious(c, since)

    def malformed(self) -> list[MalformedMessage]:
        with self._read() as c:
            return reads.malformed(c)

    def history(self, account: str | None = None) -> list[HistoryLine]:
        with self._read() as c:
            return reads.history(c, account)

    def latest_event_id(self) -> int:
        with self._read() as c:
            return reads.latest_event_id(c)

    def any_stale(self, classifier: str) -> bool:
        """Is any stored message decided by another classifier? (One indexed look, on every start.)"""
        with self._read() as c:
            return reads.any_stale(c, classifier)

    def stale(self, classifier: str, mailbox: str | None = None, limit: int = reads.STALE_LIMIT) -> list[StaleMessage]:
        with self._read() as c:
            return reads.stale(c, classifier, mailbox, limit)

    def stale_uids(self, mailbox: str, folder: str, uidvalidity: int, classifier: str) -> dict[int, StaleMessage]:
        """Stale messages of a folder stored without their bytes, by UID: a poll fetches them again."""
        with self._read() as c:
            return reads.stale_uids(c, mailbox, folder, uidvalidity, classifier)

    def rereads(self, since: datetime | None = None) -> list[Reread]:
        with self._read() as c:
            return reads.rereads(c, since)

    def accounts(self) -> list[str]:
        with self._read() as c:
            return reads.accounts(c)

    def folder_state(self, mailbox: str, folder: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, last UID seen) of a folder.

        On the path of every poll with nothing new: with SQLite (autocommit, one statement, no
        transaction needed) the statement runs straight on a pooled DBAPI connection
        (:func:`tracker.store.reads.folder_state_dbapi`).
        """
        if self.engine.dialect.name != "sqlite":
            with self._read() as c:
                return reads.folder_state(c, mailbox, folder)
        try:
            raw = self.engine.raw_connection()
            try:
                return reads.folder_state_dbapi(raw.cursor(), self.engine.dialect, mailbox, folder)
            finally:
                raw.close()  # back to the pool
        except sqlite3.Error as e:
            raise store_error(e, self.where, writing=False) or StoreError(
                _("{where}: read failed ({why})").format(where=self.where, why=e)) from None

    def sent_keys(self, prefix: str = "") -> set[str]:
        with self._read() as c:
            return reads.sent_keys(c, prefix)

    def recent_events(self, since: datetime, above_id: int = 0) -> list[RecentEvent]:
        """Events from messages dated since ``since`` (what the daemon may still notify about),
        recorded after event ``above_id`` (the daemon's watermark: each event is looked at once)."""
        with self._read() as c:
            return reads.recent_events(c, since, above_id)


def resolve_mark_group(groups: Sequence[GroupKey], account: str, platform: str | None, mailbox: str | None,
                       known: Callable[[], list[str]]) -> GroupKey:
    """The (mailbox, platform, account) group a manual mark applies to, or a :class:`UserError`.

    ``groups`` are the account's groups in the database; ``--platform`` and ``--mailbox`` narrow
    them. An account the database does not hold is tracked from this mark on only when
    ``--platform`` says where (``--mailbox`` defaults to ``default``); two groups left mean the
    person must choose. ``known`` (every tracked account, for the error) is read only on error.
    """
    if platform:
        groups = [g for g in groups if g[1] == platform]
    if mailbox:
        groups = [g for g in groups if g[0] == mailbox]
    if not groups:
        if not (platform and account):
            raise UserError(_("unknown account {account!r} (known: {known}); give --platform (and --mailbox) "
                              "to start tracking it by hand").format(account=account,
                                                                     known=", ".join(known()) or _("none")))
        return (mailbox or "default", platform, account.lower())
    if len(groups) > 1:
        choices = "; ".join(f"--mailbox {m} --platform {p}" for m, p, _account in groups)
        raise UserError(_("{account} is tracked in several places: add one of: {choices}").format(
            account=account, choices=choices))
    return groups[0]
