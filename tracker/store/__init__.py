"""The store: the message ledger, events, status rows and audit trail, in one database.

Public API: :class:`Store` (open, read rows and history) and :class:`Batch` (one
transaction: messages, events, IMAP positions; the affected rows are rebuilt from their
events before the commit, so a batch lands whole or not at all and a kill between two
batches loses nothing that the next run does not redo).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from tracker.core.state import EVENT_OF_KIND, EventKind
from tracker.core.status import StoredRow
from tracker.errors import StoreError
from tracker.i18n import _
from tracker.model import State
from tracker.store.engine import ensure_schema, make_private, open_engine, resolve_url, store_error

if TYPE_CHECKING:
    from tracker.store.batch import Batch

# The read paths (status, the daemon's checks) use plain SQL on the core engine: importing the
# ORM and declaring the models costs more than `import sqlalchemy` itself, and `tracker status`
# must start fast. Only writers (Batch) import the ORM.

logger = logging.getLogger(__name__)

__all__ = ["Batch", "GroupKey", "HistoryLine", "NewEvent", "RecentEvent", "Reread", "StaleMessage", "Store",
           "SuspiciousMessage"]

GroupKey = tuple[str, str, str]  # (mailbox, platform, account)


@dataclass(frozen=True, slots=True)
class HistoryLine:
    at: datetime
    mailbox: str
    platform: str
    account: str
    round: str
    before: str
    after: str
    manual: bool
    via: str | None
    source: str | None
    reference: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class SuspiciousMessage:
    at: datetime | None
    mailbox: str
    account: str | None
    kind: str | None
    platform: str | None
    source: str
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event just recorded (what the daemon notifies about)."""

    group: GroupKey
    kind: EventKind
    at: datetime
    message_db_id: int | None
    code: str | None
    objection_url: str | None


@dataclass(frozen=True, slots=True)
class StaleMessage:
    """A stored message decided by another classifier than this one, to be read again."""

    db_id: int
    mailbox: str
    key: str
    source: str
    raw: bytes | None  # null: stored before the raw bytes were kept (re-read from its source)


@dataclass(frozen=True, slots=True)
class Reread:
    """A row a newer classifier moved back from an outcome (``after`` None: the row is gone)."""

    id: int
    at: datetime
    mailbox: str
    platform: str
    account: str
    round: str
    before: str
    after: str | None


@dataclass(frozen=True, slots=True)
class RecentEvent:
    message_db_id: int
    kind: EventKind
    mailbox: str
    platform: str
    account: str
    at: datetime
    code: str | None
    objection_url: str | None
    deadline: date | None
    source: str
    event_id: int = 0


class Store:
    """A tracker database, upgraded to this version's schema on open."""

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
        fingerprint = json.dumps(sorted(sorted(g) for g in self.groups))
        with self._read() as conn:
            stored = conn.execute(text("SELECT value FROM settings WHERE key = 'account_groups'")).scalar()
        if stored == fingerprint:
            return
        from sqlalchemy import select

        from tracker.store.tables import EventRow, SettingRow

        with self.batch() as b:
            current = b.session.get(SettingRow, "account_groups")
            if current is not None and current.value == fingerprint:
                return
            if current is None:
                b.session.add(SettingRow(key="account_groups", value=fingerprint))
            else:
                current.value = fingerprint
            for mailbox, platform, account in b.session.execute(
                select(EventRow.mailbox, EventRow.platform, EventRow.account).distinct()
            ):
                b.dirty.add((mailbox, platform, account))

    # ---- reading -------------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Any]:
        try:
            with self.engine.connect().execution_options(readonly=True) as conn:
                yield conn
        except DatabaseError as e:
            error = store_error(e, self.where, writing=False)
            if error is None:
                raise
            raise error from None

    _ROW_COLUMNS = ("SELECT mailbox, platform, account, round, state, deadline, objection_url, reference, "
                    "last_event_at, code_at FROM status_rows")

    def rows(self) -> list[StoredRow]:
        with self._read() as c:
            result = c.execute(text(self._ROW_COLUMNS + " ORDER BY mailbox, account, platform, round"))
            return [_stored_row(r) for r in result]

    def open_rows(self, after: date, limit: int = 500) -> list[StoredRow]:
        """Rows still waiting for an objection whose deadline is after ``after``, soonest first:
        all the daemon's reminders need, without loading every row it has ever seen."""
        with self._read() as c:
            result = c.execute(text(
                self._ROW_COLUMNS + " WHERE state IN ('action_needed', 'code_received') AND deadline > :after "
                "ORDER BY deadline, id LIMIT :limit"), {"after": after, "limit": limit})
            return [_stored_row(r) for r in result]

    def group_rows(self, mailbox: str, platform: str, account: str) -> list[StoredRow]:
        with self._read() as c:
            result = c.execute(text(self._ROW_COLUMNS + " WHERE mailbox = :m AND platform = :p AND account = :a "
                                    "ORDER BY last_event_at"), {"m": mailbox, "p": platform, "a": account})
            return [_stored_row(r) for r in result]

    def _suspicious(self, since: datetime | None) -> list[tuple[int, SuspiciousMessage]]:
        kinds = [k.value for k in EVENT_OF_KIND]
        marks = ", ".join(f":k{i}" for i in range(len(kinds)))
        # Only bound parameters go into the query; the placeholders' names are generated here.
        sql = ("SELECT id, sent_at, mailbox, account, kind, platform, source, warnings FROM messages "  # noqa: S608
               f"WHERE authentic = :false AND kind IN ({marks})")
        params: dict[str, Any] = {f"k{i}": k for i, k in enumerate(kinds)} | {"false": False}
        if since is not None:
            sql += " AND sent_at >= :since"
            params["since"] = _bind_time(self.engine, since)
        with self._read() as c:
            rows = c.execute(text(sql + " ORDER BY sent_at, id"), params).all()
        return [(r[0], SuspiciousMessage(at=_utc_or_none(r[1]), mailbox=r[2], account=r[3], kind=r[4], platform=r[5],
                                         source=r[6], warnings=tuple(_json_list(r[7]))))
                for r in rows]

    def suspicious(self) -> list[SuspiciousMessage]:
        """Messages that present themselves as Meta's objection mail but are not authentic."""
        return [m for _, m in self._suspicious(None)]

    def recent_suspicious(self, since: datetime) -> list[tuple[int, SuspiciousMessage]]:
        return self._suspicious(since)

    def malformed(self) -> list[tuple[str, str, str]]:
        with self._read() as c:
            return [(r[0], r[1], r[2] or "") for r in c.execute(text(
                "SELECT mailbox, source, error FROM messages WHERE error IS NOT NULL ORDER BY id"))]

    def history(self, account: str | None = None) -> list[HistoryLine]:
        sql = ("SELECT t.at, t.mailbox, t.platform, t.account, t.round, t.before, t.after, t.manual, t.via, "
               "m.source, m.reference, e.note FROM transitions t LEFT JOIN messages m ON m.id = t.message "
               "LEFT JOIN events e ON e.id = t.event")
        params: dict[str, Any] = {}
        if account:
            sql += " WHERE t.account = :account"
            params["account"] = account.lower()
        with self._read() as c:
            rows = c.execute(text(sql + " ORDER BY t.at, t.id"), params).all()
        return [HistoryLine(at=_utc(r[0]), mailbox=r[1], platform=r[2], account=r[3], round=r[4], before=r[5],
                            after=r[6], manual=bool(r[7]), via=r[8], source=r[9], reference=r[10], note=r[11])
                for r in rows]

    def any_stale(self, classifier: str) -> bool:
        """Is any stored message decided by another classifier? (One indexed look, on every start.)"""
        with self._read() as c:
            return c.execute(text("SELECT 1 FROM messages WHERE classifier IS NULL OR classifier <> :v LIMIT 1"),
                             {"v": classifier}).first() is not None

    def stale(self, classifier: str, mailbox: str | None = None, limit: int = 5000) -> list[StaleMessage]:
        sql = ("SELECT id, mailbox, message_key, source, raw FROM messages "
               "WHERE (classifier IS NULL OR classifier <> :v)")
        params: dict[str, Any] = {"v": classifier, "limit": limit}
        if mailbox is not None:
            sql += " AND mailbox = :m"
            params["m"] = mailbox
        with self._read() as c:
            rows = c.execute(text(sql + " ORDER BY id LIMIT :limit"), params).all()
        return [StaleMessage(db_id=r[0], mailbox=r[1], key=r[2], source=r[3], raw=bytes(r[4]) if r[4] else None)
                for r in rows]

    def stale_uids(self, mailbox: str, folder: str, uidvalidity: int, classifier: str) -> dict[int, StaleMessage]:
        """Stale messages of a folder stored without their bytes, by UID: a poll fetches them again."""
        with self._read() as c:
            rows = c.execute(text(
                "SELECT l.uid, m.id, m.mailbox, m.message_key, m.source FROM locations l JOIN messages m "
                "ON m.id = l.message WHERE l.mailbox = :mb AND l.folder = :f AND l.uidvalidity = :v "
                "AND m.raw IS NULL AND (m.classifier IS NULL OR m.classifier <> :c) ORDER BY l.uid LIMIT 5000"),
                {"mb": mailbox, "f": folder, "v": uidvalidity, "c": classifier}).all()
        return {int(r[0]): StaleMessage(db_id=r[1], mailbox=r[2], key=r[3], source=r[4], raw=None) for r in rows}

    def rereads(self, since: datetime | None = None) -> list[Reread]:
        sql = "SELECT id, at, mailbox, platform, account, round, before, after FROM rereads"
        params: dict[str, Any] = {}
        if since is not None:
            sql += " WHERE at >= :since"
            params["since"] = _bind_time(self.engine, since)
        with self._read() as c:
            rows = c.execute(text(sql + " ORDER BY at, id"), params).all()
        return [Reread(id=r[0], at=_utc(r[1]), mailbox=r[2], platform=r[3], account=r[4], round=r[5], before=r[6],
                       after=r[7]) for r in rows]

    def accounts(self) -> list[str]:
        with self._read() as c:
            return sorted({r[0] for r in c.execute(text("SELECT DISTINCT account FROM events"))})

    def folder_state(self, mailbox: str, folder: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, last UID seen) of a folder.

        On the path of every poll with nothing new, where SQLAlchemy's connection events and
        statement handling cost more than the IMAP round trip: with SQLite (autocommit, one
        statement, no transaction needed) it goes straight to a pooled DBAPI connection.
        """
        if self.engine.dialect.name == "sqlite":
            try:
                raw = self.engine.raw_connection()
                try:
                    r = raw.cursor().execute("SELECT uidvalidity, last_uid FROM folders WHERE mailbox = ? AND "
                                             "folder = ?", (mailbox, folder)).fetchone()
                finally:
                    raw.close()  # back to the pool
            except sqlite3.Error as e:
                raise store_error(e, self.where, writing=False) or StoreError(
                    _("{where}: read failed ({why})").format(where=self.where, why=e)) from None
        else:
            with self._read() as c:
                r = c.execute(text("SELECT uidvalidity, last_uid FROM folders WHERE mailbox = :m AND folder = :f"),
                              {"m": mailbox, "f": folder}).first()
        return (int(r[0]), int(r[1])) if r else None

    def sent_keys(self, prefix: str = "") -> set[str]:
        with self._read() as c:
            if prefix:
                rows = c.execute(text("SELECT key FROM sent WHERE key LIKE :p"), {"p": prefix.replace("%", "") + "%"})
            else:
                rows = c.execute(text("SELECT key FROM sent"))
            return {r[0] for r in rows}

    def mark_sent(self, key: str, at: datetime) -> bool:
        """Record that a reminder/notification went out; False if it already had."""
        from sqlalchemy import select

        from tracker.store.tables import SentRow

        with self.batch() as b:
            if b.session.execute(select(SentRow.id).where(SentRow.key == key)).first():
                return False
            b.session.add(SentRow(key=key, sent_at=at))
            return True

    def recent_events(self, since: datetime, above_id: int = 0) -> list[RecentEvent]:
        """Events from messages dated since ``since`` (what the daemon may still notify about),
        recorded after event ``above_id`` (the daemon's watermark: each event is looked at once)."""
        with self._read() as c:
            rows = c.execute(text(
                "SELECT e.message, e.kind, e.mailbox, e.platform, e.account, e.at, m.code, e.objection_url, "
                "e.deadline, m.source, e.id FROM events e JOIN messages m ON m.id = e.message "
                "WHERE e.at >= :since AND e.id > :above ORDER BY e.at, e.id"),
                {"since": _bind_time(self.engine, since), "above": above_id}).all()
        return [RecentEvent(message_db_id=r[0], kind=EventKind(r[1]), mailbox=r[2], platform=r[3], account=r[4],
                            at=_utc(r[5]), code=r[6], objection_url=r[7], deadline=_date(r[8]), source=r[9],
                            event_id=r[10])
                for r in rows]


def _stored_row(r: Any) -> StoredRow:
    return StoredRow(mailbox=r[0], platform=r[1], account=r[2], round=r[3], state=State(r[4]), deadline=_date(r[5]),
                     objection_url=r[6], reference=r[7], last_event_at=_utc(r[8]), code_at=_utc_or_none(r[9]))


def _utc(value: Any) -> datetime:
    d = _utc_or_none(value)
    if d is None:
        raise StoreError(_("a stored time is missing"))
    return d


def _utc_or_none(value: Any) -> datetime | None:
    """Times come back as text from SQLite and as datetimes elsewhere; both are UTC."""
    if value is None:
        return None
    d = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return d.replace(tzinfo=UTC) if d.tzinfo is None else d.astimezone(UTC)


def _date(value: Any) -> date | None:
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _bind_time(engine: Engine, d: datetime) -> Any:
    """A time as the models store it (naive UTC text on SQLite), for plain-SQL comparisons."""
    u = d.astimezone(UTC)
    return u.replace(tzinfo=None).isoformat(sep=" ") if engine.dialect.name == "sqlite" else u


def _json_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(v) for v in json.loads(value)]

