"""Writes: one :class:`Batch` per transaction (messages, events, IMAP positions), and the
rebuild of every touched group's rows and audit trail before it commits. Imported only by
writers, so the models stay out of ``tracker status``.

Statements are SQLAlchemy Core on the session's connection: the ORM's unit of work cost more
per message than classifying it, and nothing here needs identity tracking.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from tracker.core.state import Event, EventKind, build_rows
from tracker.model import Classification, ParsedMessage
from tracker.store.tables import (
    Base,
    EventRow,
    FolderRow,
    LocationRow,
    MessageRow,
    StatusRowTable,
    TransitionRow,
)

if TYPE_CHECKING:
    from tracker.store import GroupKey, NewEvent, Store


_TABLES = Base.metadata.tables
MESSAGES = _TABLES[MessageRow.__tablename__]
EVENTS = _TABLES[EventRow.__tablename__]
LOCATIONS = _TABLES[LocationRow.__tablename__]
FOLDERS = _TABLES[FolderRow.__tablename__]
STATUS = _TABLES[StatusRowTable.__tablename__]
TRANSITIONS = _TABLES[TransitionRow.__tablename__]


# Statements built once with bind parameters: building a statement per message (``.values(...)``)
# cost SQLAlchemy more than classifying the message.
_KNOWN = select(MESSAGES.c.id).where(MESSAGES.c.mailbox == bindparam("m"), MESSAGES.c.message_key == bindparam("k"))
_INSERT_MESSAGE = insert(MESSAGES)
_INSERT_MESSAGES = insert(MESSAGES).returning(MESSAGES.c.id, sort_by_parameter_order=True)
_KNOWN_MANY = select(MESSAGES.c.message_key, MESSAGES.c.id).where(
    MESSAGES.c.mailbox == bindparam("m"), MESSAGES.c.message_key.in_(bindparam("ks", expanding=True)))
_INSERT_EVENT = insert(EVENTS)
_INSERT_LOCATION = insert(LOCATIONS)
_LOCATED = select(LOCATIONS.c.id).where(
    LOCATIONS.c.mailbox == bindparam("m"), LOCATIONS.c.folder == bindparam("f"),
    LOCATIONS.c.uidvalidity == bindparam("v"), LOCATIONS.c.uid == bindparam("u"))


class Batch:
    """The writes of one transaction. Only the pipeline and ``tracker mark`` use it."""

    def __init__(self, session: Session, store: Store) -> None:
        self.session = session
        self.store = store
        self.dirty: set[GroupKey] = set()
        self.new_events: list[NewEvent] = []

    # ---- ledger ----------------------------------------------------------------------------------

    def known(self, mailbox: str, key: str) -> int | None:
        return self.session.connection().execute(_KNOWN, {"m": mailbox, "k": key}).scalar_one_or_none()

    def known_many(self, mailbox: str, keys: list[str]) -> dict[str, int]:
        """The ids of those of ``keys`` already in the ledger (one query for a whole batch)."""
        if not keys:
            return {}
        rows = self.session.connection().execute(_KNOWN_MANY, {"m": mailbox, "ks": sorted(set(keys))})
        return {k: int(i) for k, i in rows}

    def add_messages(self, rows: list[dict[str, Any]]) -> list[int]:
        """Insert many messages (values as :meth:`message_values` makes them); their ids, in order."""
        if not rows:
            return []
        result = self.session.connection().execute(_INSERT_MESSAGES, rows)
        return [int(r[0]) for r in result]

    @staticmethod
    def message_values(*, mailbox: str, key: str, source: str, now: datetime, parsed: ParsedMessage | None,
                       classification: Classification | None, error: str | None = None,
                       raw: bytes | None = None, classifier: str | None = None) -> dict[str, Any]:
        c = classification
        return dict(raw=raw, classifier=classifier,
            mailbox=mailbox, message_key=key, message_id=parsed.message_id if parsed else None, source=source,
            sent_at=parsed.date if parsed else None, seen_at=now,
            kind=c.kind.value if c else None, platform=c.platform.value if c and c.platform else None,
            language=c.language if c else None, account=parsed.account if parsed else None,
            code=c.code if c else None, deadline=c.deadline if c else None,
            objection_url=c.objection_url if c else None, reference=c.reference if c else None,
            authentic=c.authentic if c else None, warnings=list(c.warnings) if c else [], error=error,
        )

    def add_locations(self, rows: list[dict[str, Any]]) -> None:
        """Insert the positions of new messages (they cannot be known yet: no look-up)."""
        if rows:
            self.session.connection().execute(_INSERT_LOCATION, rows)

    def add_message(self, *, mailbox: str, key: str, source: str, now: datetime, parsed: ParsedMessage | None,
                    classification: Classification | None, error: str | None = None, raw: bytes | None = None,
                    classifier: str | None = None) -> int:
        values = self.message_values(mailbox=mailbox, key=key, source=source, now=now, parsed=parsed,
                                     classification=classification, error=error, raw=raw, classifier=classifier)
        result = self.session.connection().execute(_INSERT_MESSAGE, values)
        pk = result.inserted_primary_key
        if pk is None:
            raise RuntimeError("the database returned no id for a new message")
        return int(pk[0])

    def add_location(self, *, mailbox: str, folder: str, uidvalidity: int, uid: int, message: int,
                     gm_msgid: int | None = None, new_message: bool = False) -> None:
        """Remember where a message sits; ``new_message`` skips the look-up (it cannot be known yet)."""
        conn = self.session.connection()
        if new_message or conn.execute(_LOCATED, {"m": mailbox, "f": folder, "v": uidvalidity,
                                                  "u": uid}).first() is None:
            conn.execute(_INSERT_LOCATION, {"mailbox": mailbox, "folder": folder, "uidvalidity": uidvalidity,
                                            "uid": uid, "message": message, "gm_msgid": gm_msgid})

    def known_gm_msgid(self, mailbox: str, gm_msgid: int) -> int | None:
        return self.session.execute(select(LOCATIONS.c.message).where(
            LOCATIONS.c.mailbox == mailbox, LOCATIONS.c.gm_msgid == gm_msgid).limit(1)).scalar_one_or_none()

    def set_folder(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        where = and_(FOLDERS.c.mailbox == mailbox, FOLDERS.c.folder == folder)
        done = self.session.connection().execute(update(FOLDERS).where(where).values(
            uidvalidity=uidvalidity, last_uid=last_uid, synced_at=now))
        if not done.rowcount:
            self.session.execute(insert(FOLDERS).values(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity,
                                                        last_uid=last_uid, synced_at=now))

    # ---- events ----------------------------------------------------------------------------------

    def add_events(self, rows: list[dict[str, Any]], codes: list[str | None]) -> None:
        """Insert many events (columns of the events table; ``codes`` go to the new-event list only)."""
        if not rows:
            return
        self.session.connection().execute(_INSERT_EVENT, rows)
        from tracker.store import NewEvent

        for r, code in zip(rows, codes, strict=True):
            group = (r["mailbox"], r["platform"], r["account"])
            self.dirty.add(group)
            self.new_events.append(NewEvent(group=group, kind=EventKind(r["kind"]), at=r["at"],
                                            message_db_id=r["message"], code=code, objection_url=r["objection_url"]))

    def add_event(self, *, group: GroupKey, kind: EventKind, at: datetime, sort_key: str,
                  message: int | None = None, deadline: date | None = None, objection_url: str | None = None,
                  reference: str | None = None, manual: bool = False, round_hint: str | None = None,
                  note: str | None = None, code: str | None = None) -> None:
        mailbox, platform, account = group
        self.session.connection().execute(_INSERT_EVENT, dict(
            message=message, mailbox=mailbox, platform=platform, account=account, kind=kind.value, at=at,
            sort_key=sort_key, deadline=deadline, objection_url=objection_url, reference=reference, manual=manual,
            round_hint=round_hint, note=note))
        self.dirty.add(group)
        from tracker.store import NewEvent

        self.new_events.append(NewEvent(group=group, kind=kind, at=at, message_db_id=message, code=code,
                                        objection_url=objection_url))

    def reread_message(self, db_id: int, values: dict[str, Any]) -> None:
        """Replace what a message was read as (a newer classifier): its fields, and no event of
        the old reading (the caller adds the new one); the groups it touched are rebuilt."""
        conn = self.session.connection()
        keep = {k: v for k, v in values.items() if k not in ("mailbox", "message_key", "source", "seen_at")}
        conn.execute(update(MESSAGES).where(MESSAGES.c.id == db_id).values(**keep))
        for m, p, a in conn.execute(select(EVENTS.c.mailbox, EVENTS.c.platform, EVENTS.c.account).where(
                EVENTS.c.message == db_id, EVENTS.c.manual.is_(False))):
            self.dirty.add((m, p, a))
        conn.execute(delete(EVENTS).where(EVENTS.c.message == db_id, EVENTS.c.manual.is_(False)))

    def add_rereads(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.session.connection().execute(insert(_TABLES["rereads"]), rows)

    def groups_of(self, account: str) -> list[GroupKey]:
        return [(m, p, a) for m, p, a in self.session.execute(
            select(EVENTS.c.mailbox, EVENTS.c.platform, EVENTS.c.account)
            .where(EVENTS.c.account == account.lower()).distinct())]

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
        todo = set(self.dirty)
        for _, _, account in list(self.dirty):
            group = self._account_group(account)
            if group:
                todo.update(
                    (m, p, a) for m, p, a in self.session.execute(
                        select(EVENTS.c.mailbox, EVENTS.c.platform, EVENTS.c.account)
                        .where(EVENTS.c.account.in_(sorted(group))).distinct()))
        for key in sorted(todo):
            self._rebuild(key)
        self.dirty.clear()

    def _rebuild(self, key: GroupKey) -> None:
        mailbox, platform, account = key
        s = self.session
        ev = EVENTS.c
        events = [_event(r) for r in s.execute(select(EVENTS).where(
            ev.mailbox == mailbox, ev.platform == platform, ev.account == account))]
        message_of = {e.event_id: m for e, m in events}
        group_events = [e for e, _ in events]
        others = self._account_group(account) - {account}
        if others:
            # Meta's acceptance covers the accounts of the same Accounts Centre (when the user
            # grouped them): it settles each of them for that round, recorded with `via`.
            for r in s.execute(select(EVENTS).where(
                    ev.account.in_(sorted(others)), ev.kind == EventKind.ACCEPTED.value, ev.manual.is_(False))):
                e, m = _event(r)
                message_of[e.event_id] = m
                group_events.append(Event(kind=e.kind, at=e.at, key=e.key, reference=e.reference, via=r.account,
                                          event_id=e.event_id))
        rows = build_rows(group_events)
        st, tr = STATUS.c, TRANSITIONS.c
        s.execute(delete(STATUS).where(st.mailbox == mailbox, st.platform == platform, st.account == account))
        s.execute(delete(TRANSITIONS).where(tr.mailbox == mailbox, tr.platform == platform, tr.account == account))
        status_rows: list[dict[str, Any]] = []
        moves: list[dict[str, Any]] = []
        for rnd, row in rows.items():
            status_rows.append(dict(mailbox=mailbox, platform=platform, account=account, round=rnd,
                                    state=row.state.value, deadline=row.deadline, objection_url=row.objection_url,
                                    reference=row.reference, last_event_at=row.last_event_at, code_at=row.code_at))
            moves.extend(dict(mailbox=mailbox, platform=platform, account=account, round=rnd,
                              before=mv.before.value, after=mv.after.value, at=mv.event.at, event=mv.event.event_id,
                              message=message_of.get(mv.event.event_id), manual=mv.event.manual, via=mv.event.via)
                         for mv in row.moves)
        if status_rows:
            s.execute(insert(STATUS), status_rows)
        if moves:
            s.execute(insert(TRANSITIONS), moves)


def _event(r: Any) -> tuple[Event, int | None]:
    """An events-table row as a state-machine Event, with its message id."""
    return Event(kind=EventKind(r.kind), at=r.at, key=r.sort_key, deadline=r.deadline, objection_url=r.objection_url,
                 reference=r.reference, manual=bool(r.manual), round_hint=r.round_hint, event_id=r.id), r.message
