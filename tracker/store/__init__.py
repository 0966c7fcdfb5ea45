"""The store: the message ledger, events, status rows and audit trail, in one database.

Public API: :class:`Store` (open, read rows and history) and :class:`Batch` (one
transaction: messages, events, IMAP positions; the affected rows are rebuilt from their
events before the commit, so a batch lands whole or not at all and a kill between two
batches loses nothing that the next run does not redo).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Engine, and_, delete, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from tracker.errors import StoreError
from tracker.model import Classification, ParsedMessage, State
from tracker.state import EVENT_OF_KIND, Event, EventKind, build_rows
from tracker.status import StoredRow
from tracker.store.engine import ensure_schema, open_engine, resolve_url
from tracker.store.tables import (
    EventRow,
    FolderRow,
    LocationRow,
    MessageRow,
    SentRow,
    SettingRow,
    StatusRowTable,
    TransitionRow,
)

logger = logging.getLogger(__name__)

__all__ = ["Batch", "GroupKey", "HistoryLine", "NewEvent", "RecentEvent", "Store", "SuspiciousMessage"]

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
        try:
            with Session(self.engine, autoflush=True, expire_on_commit=False) as session, session.begin():
                b = Batch(session, self)
                yield b
                b.finish()
        except OperationalError as e:
            raise StoreError(f"{self.where}: write failed ({_first_line(e)})") from None

    def _apply_grouping(self) -> None:
        """Rebuild every row when the configured account grouping changed since the last run."""
        fingerprint = json.dumps(sorted(sorted(g) for g in self.groups))
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
    def _read(self) -> Iterator[Session]:
        try:
            with self.engine.connect().execution_options(readonly=True) as conn, Session(bind=conn) as session:
                yield session
        except OperationalError as e:
            raise StoreError(f"{self.where}: read failed ({_first_line(e)})") from None

    def rows(self) -> list[StoredRow]:
        with self._read() as s:
            result = s.execute(select(StatusRowTable).order_by(
                StatusRowTable.mailbox, StatusRowTable.account, StatusRowTable.platform, StatusRowTable.round))
            return [
                StoredRow(mailbox=r.mailbox, platform=r.platform, account=r.account, round=r.round,
                          state=State(r.state), deadline=r.deadline, objection_url=r.objection_url,
                          reference=r.reference, last_event_at=r.last_event_at, code_at=r.code_at)
                for (r,) in result
            ]

    def suspicious(self) -> list[SuspiciousMessage]:
        """Messages that present themselves as Meta's objection mail but are not authentic."""
        kinds = [k.value for k in EVENT_OF_KIND]
        with self._read() as s:
            result = s.execute(select(MessageRow).where(
                and_(MessageRow.authentic.is_(False), MessageRow.kind.in_(kinds))).order_by(MessageRow.sent_at))
            return [SuspiciousMessage(at=m.sent_at, mailbox=m.mailbox, account=m.account, kind=m.kind,
                                      platform=m.platform, source=m.source, warnings=tuple(m.warnings or ()))
                    for (m,) in result]

    def malformed(self) -> list[tuple[str, str, str]]:
        with self._read() as s:
            return [(m.mailbox, m.source, m.error or "") for (m,) in
                    s.execute(select(MessageRow).where(MessageRow.error.is_not(None)).order_by(MessageRow.id))]

    def history(self, account: str | None = None) -> list[HistoryLine]:
        with self._read() as s:
            q = (select(TransitionRow, MessageRow.source, MessageRow.reference, EventRow.note)
                 .outerjoin(MessageRow, MessageRow.id == TransitionRow.message)
                 .outerjoin(EventRow, EventRow.id == TransitionRow.event)
                 .order_by(TransitionRow.at, TransitionRow.id))
            if account:
                q = q.where(TransitionRow.account == account.lower())
            return [HistoryLine(at=t.at, mailbox=t.mailbox, platform=t.platform, account=t.account, round=t.round,
                                before=t.before, after=t.after, manual=t.manual, via=t.via, source=src,
                                reference=ref, note=note)
                    for t, src, ref, note in s.execute(q)]

    def accounts(self) -> list[str]:
        with self._read() as s:
            return sorted({a for (a,) in s.execute(select(EventRow.account).distinct())})

    def folder_state(self, mailbox: str, folder: str) -> tuple[int, int] | None:
        with self._read() as s:
            f = s.execute(select(FolderRow).where(FolderRow.mailbox == mailbox, FolderRow.folder == folder)
                          ).scalar_one_or_none()
            return (f.uidvalidity, f.last_uid) if f else None

    def was_sent(self, key: str) -> bool:
        with self._read() as s:
            return s.execute(select(SentRow.id).where(SentRow.key == key)).first() is not None

    def sent_keys(self, prefix: str = "") -> set[str]:
        with self._read() as s:
            q = select(SentRow.key)
            if prefix:
                q = q.where(SentRow.key.startswith(prefix))
            return {k for (k,) in s.execute(q)}

    def mark_sent(self, key: str, at: datetime) -> bool:
        """Record that a reminder/notification went out; False if it already had."""
        with self.batch() as b:
            if b.session.execute(select(SentRow.id).where(SentRow.key == key)).first():
                return False
            b.session.add(SentRow(key=key, sent_at=at))
            return True

    def recent_events(self, since: datetime) -> list[RecentEvent]:
        """Events from messages dated since ``since`` (what the daemon may still notify about)."""
        with self._read() as s:
            q = (select(EventRow, MessageRow.code, MessageRow.source)
                 .join(MessageRow, MessageRow.id == EventRow.message)
                 .where(EventRow.at >= since).order_by(EventRow.at, EventRow.id))
            return [RecentEvent(message_db_id=e.message or 0, kind=EventKind(e.kind), mailbox=e.mailbox,
                                platform=e.platform, account=e.account, at=e.at, code=code,
                                objection_url=e.objection_url, deadline=e.deadline, source=src)
                    for e, code, src in s.execute(q)]

    def recent_suspicious(self, since: datetime) -> list[tuple[int, SuspiciousMessage]]:
        kinds = [k.value for k in EVENT_OF_KIND]
        with self._read() as s:
            q = select(MessageRow).where(and_(MessageRow.authentic.is_(False), MessageRow.kind.in_(kinds),
                                              MessageRow.sent_at >= since)).order_by(MessageRow.sent_at)
            return [(m.id, SuspiciousMessage(at=m.sent_at, mailbox=m.mailbox, account=m.account, kind=m.kind,
                                             platform=m.platform, source=m.source, warnings=tuple(m.warnings or ())))
                    for (m,) in s.execute(q)]

    def message_code(self, message_db_id: int) -> str | None:
        with self._read() as s:
            m = s.get(MessageRow, message_db_id)
            return m.code if m else None


def _first_line(e: BaseException) -> str:
    orig = getattr(e, "orig", None) or e
    return str(orig).splitlines()[0] if str(orig) else type(orig).__name__


class Batch:
    """The writes of one transaction. Only the pipeline and ``tracker mark`` use it."""

    def __init__(self, session: Session, store: Store) -> None:
        self.session = session
        self.store = store
        self.dirty: set[GroupKey] = set()
        self.new_events: list[NewEvent] = []

    # ---- ledger ----------------------------------------------------------------------------------

    def known(self, mailbox: str, key: str) -> int | None:
        return self.session.execute(
            select(MessageRow.id).where(MessageRow.mailbox == mailbox, MessageRow.message_key == key)
        ).scalar_one_or_none()

    def add_message(self, *, mailbox: str, key: str, source: str, now: datetime, parsed: ParsedMessage | None,
                    classification: Classification | None, error: str | None = None) -> int:
        c = classification
        row = MessageRow(
            mailbox=mailbox, message_key=key, message_id=parsed.message_id if parsed else None, source=source,
            sent_at=parsed.date if parsed else None, seen_at=now,
            kind=c.kind.value if c else None, platform=c.platform.value if c and c.platform else None,
            language=c.language if c else None, account=parsed.account if parsed else None,
            code=c.code if c else None, deadline=c.deadline if c else None,
            objection_url=c.objection_url if c else None, reference=c.reference if c else None,
            authentic=c.authentic if c else None, warnings=list(c.warnings) if c else [], error=error,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def add_location(self, *, mailbox: str, folder: str, uidvalidity: int, uid: int, message: int,
                     gm_msgid: int | None = None) -> None:
        exists = self.session.execute(select(LocationRow.id).where(
            LocationRow.mailbox == mailbox, LocationRow.folder == folder, LocationRow.uidvalidity == uidvalidity,
            LocationRow.uid == uid)).first()
        if not exists:
            self.session.add(LocationRow(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, uid=uid,
                                         message=message, gm_msgid=gm_msgid))

    def known_gm_msgid(self, mailbox: str, gm_msgid: int) -> int | None:
        return self.session.execute(select(LocationRow.message).where(
            LocationRow.mailbox == mailbox, LocationRow.gm_msgid == gm_msgid).limit(1)).scalar_one_or_none()

    def set_folder(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        f = self.session.execute(select(FolderRow).where(FolderRow.mailbox == mailbox, FolderRow.folder == folder)
                                 ).scalar_one_or_none()
        if f is None:
            self.session.add(FolderRow(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, last_uid=last_uid,
                                       synced_at=now))
        else:
            f.uidvalidity, f.last_uid, f.synced_at = uidvalidity, last_uid, now

    # ---- events ----------------------------------------------------------------------------------

    def add_event(self, *, group: GroupKey, kind: EventKind, at: datetime, sort_key: str,
                  message: int | None = None, deadline: date | None = None, objection_url: str | None = None,
                  reference: str | None = None, manual: bool = False, round_hint: str | None = None,
                  note: str | None = None, code: str | None = None) -> None:
        mailbox, platform, account = group
        self.session.add(EventRow(
            message=message, mailbox=mailbox, platform=platform, account=account, kind=kind.value, at=at,
            sort_key=sort_key, deadline=deadline, objection_url=objection_url, reference=reference, manual=manual,
            round_hint=round_hint, note=note))
        self.dirty.add(group)
        self.new_events.append(NewEvent(group=group, kind=kind, at=at, message_db_id=message, code=code,
                                        objection_url=objection_url))

    def groups_of(self, account: str) -> list[GroupKey]:
        return [(m, p, a) for m, p, a in self.session.execute(
            select(EventRow.mailbox, EventRow.platform, EventRow.account)
            .where(EventRow.account == account.lower()).distinct())]

    # ---- rows ------------------------------------------------------------------------------------

    def _account_group(self, account: str) -> frozenset[str]:
        for g in self.store.groups:
            if account in g:
                return g
        return frozenset()

    def finish(self) -> None:
        """Rebuild the rows and audit trail of every group this batch touched."""
        if not self.dirty:
            return
        self.session.flush()
        todo = set(self.dirty)
        for _, _, account in list(self.dirty):
            group = self._account_group(account)
            if group:
                todo.update(
                    (m, p, a) for m, p, a in self.session.execute(
                        select(EventRow.mailbox, EventRow.platform, EventRow.account)
                        .where(EventRow.account.in_(sorted(group))).distinct()))
        for key in sorted(todo):
            self._rebuild(key)
        self.dirty.clear()

    def _rebuild(self, key: GroupKey) -> None:
        mailbox, platform, account = key
        s = self.session
        events = [_event(r) for (r,) in s.execute(select(EventRow).where(
            EventRow.mailbox == mailbox, EventRow.platform == platform, EventRow.account == account))]
        others = self._account_group(account) - {account}
        if others:
            # Meta's acceptance covers the accounts of the same Accounts Centre (when the user
            # grouped them): it settles each of them for that round, recorded with `via`.
            for (r,) in s.execute(select(EventRow).where(
                    EventRow.account.in_(sorted(others)), EventRow.kind == EventKind.ACCEPTED.value,
                    EventRow.manual.is_(False))):
                e = _event(r)
                events.append(Event(kind=e.kind, at=e.at, key=e.key, reference=e.reference, via=r.account,
                                    event_id=e.event_id))
        rows = build_rows(events)
        cond = and_(StatusRowTable.mailbox == mailbox, StatusRowTable.platform == platform,
                    StatusRowTable.account == account)
        s.execute(delete(StatusRowTable).where(cond))
        s.execute(delete(TransitionRow).where(TransitionRow.mailbox == mailbox, TransitionRow.platform == platform,
                                              TransitionRow.account == account))
        message_of = dict(s.execute(select(EventRow.id, EventRow.message).where(
            EventRow.id.in_([e.event_id for e in events if e.event_id is not None]))).all())
        for rnd, row in rows.items():
            s.add(StatusRowTable(mailbox=mailbox, platform=platform, account=account, round=rnd,
                                 state=row.state.value, deadline=row.deadline, objection_url=row.objection_url,
                                 reference=row.reference, last_event_at=row.last_event_at, code_at=row.code_at))
            for mv in row.moves:
                s.add(TransitionRow(mailbox=mailbox, platform=platform, account=account, round=rnd,
                                    before=mv.before.value, after=mv.after.value, at=mv.event.at,
                                    event=mv.event.event_id,
                                    message=message_of.get(mv.event.event_id) if mv.event.event_id else None,
                                    manual=mv.event.manual, via=mv.event.via))

    def count_messages(self) -> int:
        return int(self.session.execute(select(func.count(MessageRow.id))).scalar_one())


def _event(r: EventRow) -> Event:
    return Event(kind=EventKind(r.kind), at=r.at, key=r.sort_key, deadline=r.deadline, objection_url=r.objection_url,
                 reference=r.reference, manual=r.manual, round_hint=r.round_hint, event_id=r.id)


def event_for(c: Classification) -> EventKind | None:
    """The event an authentic objection mail produces (None for any other message)."""
    if not c.is_trusted_objection_mail:
        return None
    return EVENT_OF_KIND.get(c.kind)


def utcnow() -> datetime:
    return datetime.now(UTC)


