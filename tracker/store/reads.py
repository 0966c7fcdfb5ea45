"""The store's reads: SQLAlchemy Core statements over :mod:`tracker.store.tables`, each turned
into the model's values (:mod:`tracker.model`, :class:`tracker.core.status.StoredRow`).

One way to read: no SQL text, and no column list written twice. A value type *is* its column
list: :class:`Shape` selects, for each field of the type, the column of that name (or the one it
is told), in the fields' order, and builds the value from a result row. Adding a field to a value
type and a column to its table is all a new piece of data needs.

Only Core is imported (``import sqlalchemy`` pays for it already): ``tracker status`` reads
through this module on every start, and the ORM would cost it more than the reading itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import date, datetime
from functools import cache
from typing import Any, Final, Generic, TypeVar

from sqlalchemy import Connection, Dialect, Select, Table, bindparam, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from tracker.core.status import StoredRow
from tracker.model import (
    OBJECTION_KINDS,
    OPEN_STATES,
    EventKind,
    HistoryLine,
    MalformedMessage,
    RecentEvent,
    Reread,
    StaleMessage,
    State,
    SuspiciousMessage,
)
from tracker.store.tables import EVENTS, FOLDERS, LOCATIONS, MESSAGES, REREADS, SENT, SETTINGS, STATUS, TRANSITIONS

T = TypeVar("T")

#: Most stale messages one read hands over: the caller reads them again and asks for more.
STALE_LIMIT: Final = 5000


class Shape(Generic[T]):
    """How a value type is read: its columns, in its fields' order, and how to build it.

    A field takes the column of its own name from the first of ``tables`` that has one, unless
    ``columns`` names another; ``convert`` turns a stored value (never None) into the field's
    type (a string into its enum, a JSON list into a tuple).
    """

    def __init__(self, cls: Callable[..., T], names: Sequence[str], tables: Sequence[Table],
                 columns: Mapping[str, ColumnElement[Any]] | None = None,
                 convert: Mapping[str, Callable[[Any], Any]] | None = None) -> None:
        named = columns or {}
        converters = convert or {}
        self.cls = cls
        self.columns = tuple(named[n] if n in named else _column(n, tables) for n in names)
        self.convert = tuple((i, converters[n]) for i, n in enumerate(names) if n in converters)

    def select(self) -> Select[Any]:
        return select(*self.columns)

    def make(self, row: Iterable[Any]) -> T:
        values = list(row)
        for i, f in self.convert:
            if values[i] is not None:
                values[i] = f(values[i])
        return self.cls(*values)

    def all(self, conn: Connection, statement: Select[Any]) -> list[T]:
        return [self.make(r) for r in conn.execute(statement)]


def _column(name: str, tables: Sequence[Table]) -> ColumnElement[Any]:
    """The column ``name`` of the first of ``tables`` that has one (a KeyError at import otherwise:
    a value type whose field no table holds is a mistake to see at once, not at the first read)."""
    for table in tables:
        if name in table.c:
            return table.c[name]
    raise KeyError(name)


def _names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


def _shape(cls: type[T], *tables: Table, columns: Mapping[str, ColumnElement[Any]] | None = None,
           convert: Mapping[str, Callable[[Any], Any]] | None = None) -> Shape[T]:
    return Shape(cls, _names(cls), tables, columns, convert)


_M, _E, _L = MESSAGES.c, EVENTS.c, LOCATIONS.c

_T = TRANSITIONS.c
#: When a row's round was opened: the date of its first move (the notice, for a dated round).
_OPENED_AT: Final = (select(_T.at).where(_T.mailbox == STATUS.c.mailbox, _T.platform == STATUS.c.platform,
                                         _T.account == STATUS.c.account, _T.round == STATUS.c.round)
                     .order_by(_T.at).limit(1).scalar_subquery())
ROW: Final = _shape(StoredRow, STATUS, columns={"opened_at": _OPENED_AT}, convert={"state": State})
HISTORY: Final = _shape(HistoryLine, TRANSITIONS, MESSAGES, EVENTS, columns={"kind": _M.kind, "subject": _M.raw},
                        convert={"subject": lambda raw: _subject_of(bytes(raw))})
SUSPICIOUS: Final = _shape(SuspiciousMessage, MESSAGES, columns={"at": _M.sent_at}, convert={"warnings": tuple})
MALFORMED: Final = _shape(MalformedMessage, MESSAGES)
STALE: Final = _shape(StaleMessage, MESSAGES, columns={"db_id": _M.id, "key": _M.message_key},
                      convert={"raw": lambda raw: bytes(raw) or None})
REREAD: Final = _shape(Reread, REREADS)
RECENT: Final = _shape(RecentEvent, EVENTS, MESSAGES, columns={"message_db_id": _E.message, "code": _M.code,
                                                              "source": _M.source, "event_id": _E.id},
                       convert={"kind": EventKind})


def status_rows(conn: Connection) -> list[StoredRow]:
    s = STATUS.c
    return ROW.all(conn, ROW.select().order_by(s.mailbox, s.account, s.platform, s.round))


def open_rows(conn: Connection, after: date, limit: int) -> list[StoredRow]:
    """Rows still open (:data:`tracker.model.OPEN_STATES`) whose deadline is after ``after``, soonest first."""
    s = STATUS.c
    return ROW.all(conn, ROW.select().where(s.state.in_(sorted(OPEN_STATES)), s.deadline > after)
                   .order_by(s.deadline, s.id).limit(limit))


def group_rows(conn: Connection, mailbox: str, platform: str, account: str) -> list[StoredRow]:
    s = STATUS.c
    return ROW.all(conn, ROW.select().where(s.mailbox == mailbox, s.platform == platform, s.account == account)
                   .order_by(s.last_event_at))


def suspicious(conn: Connection, since: datetime | None) -> list[tuple[int, SuspiciousMessage]]:
    """Messages of the objection kinds that are not authentic, with their ids (the daemon's watermark)."""
    statement = select(_M.id, *SUSPICIOUS.columns).where(
        _M.authentic.is_(False), _M.kind.in_(sorted(OBJECTION_KINDS)))
    if since is not None:
        statement = statement.where(_M.sent_at >= since)
    return [(r[0], SUSPICIOUS.make(r[1:])) for r in conn.execute(statement.order_by(_M.sent_at, _M.id))]


def malformed(conn: Connection) -> list[MalformedMessage]:
    return MALFORMED.all(conn, MALFORMED.select().where(_M.error.is_not(None)).order_by(_M.id))


def _subject_of(raw: bytes) -> str | None:
    """A stored message's Subject, decoded (RFC 2047), for the audit trail: people recognise a
    mail by its subject, not by where it was read from."""
    from email.parser import BytesHeaderParser

    from tracker.core.parse import decode_header_value, peek_headers

    value = BytesHeaderParser().parsebytes(peek_headers(raw).block + b"\n\n").get("Subject")
    if value is None:
        return None
    return " ".join(decode_header_value(str(value)).split()) or None


def history(conn: Connection, account: str | None) -> list[HistoryLine]:
    t = TRANSITIONS.c
    statement = HISTORY.select().select_from(
        TRANSITIONS.outerjoin(MESSAGES, _M.id == t.message).outerjoin(EVENTS, _E.id == t.event))
    if account:
        statement = statement.where(t.account == account.lower())
    return HISTORY.all(conn, statement.order_by(t.at, t.id))


def _stale_where(classifier: str) -> ColumnElement[bool]:
    """A message decided by another classifier than ``classifier`` (or before classifiers were kept)."""
    return or_(_M.classifier.is_(None), _M.classifier != classifier)


def any_stale(conn: Connection, classifier: str) -> bool:
    return conn.execute(select(_M.id).where(_stale_where(classifier)).limit(1)).first() is not None


def stale(conn: Connection, classifier: str, mailbox: str | None, limit: int) -> list[StaleMessage]:
    statement = STALE.select().where(_stale_where(classifier))
    if mailbox is not None:
        statement = statement.where(_M.mailbox == mailbox)
    return STALE.all(conn, statement.order_by(_M.id).limit(limit))


def stale_uids(conn: Connection, mailbox: str, folder: str, uidvalidity: int,
               classifier: str) -> dict[int, StaleMessage]:
    """Stale messages of a folder stored without their bytes, by UID."""
    statement = select(_L.uid, *STALE.columns).select_from(LOCATIONS.join(MESSAGES, _M.id == _L.message)).where(
        _L.mailbox == mailbox, _L.folder == folder, _L.uidvalidity == uidvalidity, _M.raw.is_(None),
        _stale_where(classifier)).order_by(_L.uid).limit(STALE_LIMIT)
    return {int(r[0]): STALE.make(r[1:]) for r in conn.execute(statement)}


def rereads(conn: Connection, since: datetime | None) -> list[Reread]:
    r = REREADS.c
    statement = REREAD.select()
    if since is not None:
        statement = statement.where(r.at >= since)
    return REREAD.all(conn, statement.order_by(r.at, r.id))


def accounts(conn: Connection) -> list[str]:
    return sorted(conn.execute(select(_E.account).distinct()).scalars())


_FOLDER_STATE: Final = select(FOLDERS.c.uidvalidity, FOLDERS.c.last_uid).where(
    FOLDERS.c.mailbox == bindparam("mailbox"), FOLDERS.c.folder == bindparam("folder"))


def folder_state(conn: Connection, mailbox: str, folder: str) -> tuple[int, int] | None:
    r = conn.execute(_FOLDER_STATE, {"mailbox": mailbox, "folder": folder}).first()
    return (int(r[0]), int(r[1])) if r else None


@cache
def _compiled_folder_state(dialect: Dialect) -> tuple[str, tuple[str, ...]]:
    compiled = _FOLDER_STATE.compile(dialect=dialect)
    return str(compiled), tuple(compiled.positiontup or ())


def folder_state_dbapi(cursor: Any, dialect: Dialect, mailbox: str, folder: str) -> tuple[int, int] | None:
    """:func:`folder_state` on a DBAPI cursor: the same statement, compiled once per dialect.

    On the path of every poll with nothing new, where SQLAlchemy's connection events and result
    handling cost ten times the query (136 us against 10 us a call on SQLite): the caller may
    skip them, not the statement.
    """
    sql, order = _compiled_folder_state(dialect)
    values = {"mailbox": mailbox, "folder": folder}
    r = cursor.execute(sql, tuple(values[name] for name in order)).fetchone()
    return (int(r[0]), int(r[1])) if r else None


def sent_keys(conn: Connection, prefix: str) -> set[str]:
    statement = select(SENT.c.key)
    if prefix:
        statement = statement.where(SENT.c.key.like(prefix.replace("%", "") + "%"))
    return set(conn.execute(statement).scalars())


def latest_event_id(conn: Connection) -> int:
    """The newest event's id (0: none): the daemon's cheap look for what other processes wrote."""
    return int(conn.execute(select(func.max(EVENTS.c.id))).scalar() or 0)


def recent_events(conn: Connection, since: datetime, above_id: int) -> list[RecentEvent]:
    statement = RECENT.select().select_from(EVENTS.join(MESSAGES, _M.id == _E.message)).where(
        _E.at >= since, _E.id > above_id).order_by(_E.at, _E.id)
    return RECENT.all(conn, statement)


def setting(conn: Connection, key: str) -> str | None:
    value: str | None = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()
    return value
