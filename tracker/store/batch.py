"""Writes: one :class:`Batch` per transaction (messages, events, IMAP positions), and the
rebuild of every touched group's rows and audit trail before it commits. Imported only by
writers, so the models stay out of ``tracker status``.

Ingestion hands over a plan (:mod:`tracker.core.events`: typed writes worked out before the
transaction); :meth:`Batch.apply` runs it. This module alone knows the tables' columns.

Statements are SQLAlchemy Core on the session's connection: the ORM's unit of work cost more
per message than classifying it, and nothing here needs identity tracking.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from tracker.core.events import EventWrite, Known, LocationWrite, MessageWrite, MovedBack, Plan, RereadWrite
from tracker.core.state import Event, EventKind, build_rows
from tracker.model import GroupKey, NewEvent
from tracker.store.tables import EVENTS, FOLDERS, LOCATIONS, MESSAGES, REREADS, STATUS, TRANSITIONS

if TYPE_CHECKING:
    from tracker.store import Store


# Statements built once with bind parameters: building a statement per message (``.values(...)``)
# cost SQLAlchemy more than classifying the message.
_INSERT_MESSAGES = insert(MESSAGES).returning(MESSAGES.c.id, sort_by_parameter_order=True)
_KNOWN_KEYS = select(MESSAGES.c.message_key, MESSAGES.c.id).where(
    MESSAGES.c.mailbox == bindparam("m"), MESSAGES.c.message_key.in_(bindparam("ks", expanding=True)))
_KNOWN_GM_MSGIDS = select(LOCATIONS.c.gm_msgid, LOCATIONS.c.message).where(
    LOCATIONS.c.mailbox == bindparam("m"), LOCATIONS.c.gm_msgid.in_(bindparam("gs", expanding=True)))
_INSERT_EVENT = insert(EVENTS)
_INSERT_LOCATION = insert(LOCATIONS)
_LOCATED = select(LOCATIONS.c.id).where(
    LOCATIONS.c.mailbox == bindparam("m"), LOCATIONS.c.folder == bindparam("f"),
    LOCATIONS.c.uidvalidity == bindparam("v"), LOCATIONS.c.uid == bindparam("u"))
#: A re-read replaces what a message was read as, not where and when it was first seen.
_KEPT_ON_REREAD = frozenset({"mailbox", "message_key", "source", "seen_at"})


class Batch:
    """The writes of one transaction. Only ingestion and ``tracker mark`` use it."""

    def __init__(self, session: Session, store: Store) -> None:
        self.session = session
        self.store = store
        self.dirty: set[GroupKey] = set()
        self.new_events: list[NewEvent] = []

    # ---- ledger ----------------------------------------------------------------------------------

    def known(self, mailbox: str, keys: Iterable[str], gm_msgids: Iterable[int] = ()) -> Known:
        """What the ledger of ``mailbox`` holds of a batch's messages, by key and by Gmail
        message id: two queries for a whole batch, whatever its size."""
        conn = self.session.connection()
        ks, gs = sorted(set(keys)), sorted(set(gm_msgids))
        ids = {k: int(i) for k, i in conn.execute(_KNOWN_KEYS, {"m": mailbox, "ks": ks})} if ks else {}
        by_gm: dict[int, int] = {}
        for g, i in conn.execute(_KNOWN_GM_MSGIDS, {"m": mailbox, "gs": gs}) if gs else ():
            by_gm.setdefault(int(g), int(i))
        return Known(ids=ids, gm_msgids=by_gm)

    def apply(self, plan: Plan) -> None:
        """Run a plan: its messages (one statement), their positions and their events."""
        ids = self._insert_messages(plan.messages)
        conn = self.session.connection()
        fresh = [_location_columns(w, ids) for w in plan.locations if w.new_message]
        if fresh:  # a message added just now cannot have a position yet: no look-up
            conn.execute(_INSERT_LOCATION, fresh)
        for w in plan.locations:
            if not w.new_message:
                self._note_location(w, ids)
        self._insert_events(plan.events, [ids[e.message_key] for e in plan.events], announce=True)

    def reread(self, writes: Sequence[RereadWrite]) -> None:
        """Replace what stored messages were read as (a newer classifier): their fields, and
        their events of the old reading by those of the new one; the groups touched are rebuilt.
        Not announced as new events: they were read again, they did not arrive."""
        conn = self.session.connection()
        for w in writes:
            keep = {k: v for k, v in _message_columns(w.message).items() if k not in _KEPT_ON_REREAD}
            conn.execute(update(MESSAGES).where(MESSAGES.c.id == w.db_id).values(**keep))
            for m, p, a in conn.execute(select(EVENTS.c.mailbox, EVENTS.c.platform, EVENTS.c.account).where(
                    EVENTS.c.message == w.db_id, EVENTS.c.manual.is_(False))):
                self.dirty.add((m, p, a))
            conn.execute(delete(EVENTS).where(EVENTS.c.message == w.db_id, EVENTS.c.manual.is_(False)))
        read = [(w.event, w.db_id) for w in writes if w.event is not None]
        self._insert_events([e for e, _ in read], [i for _, i in read], announce=False)

    def _insert_messages(self, messages: Sequence[MessageWrite]) -> dict[str, int]:
        """Insert ledger rows in one statement; their ids by message key."""
        if not messages:
            return {}
        result = self.session.connection().execute(_INSERT_MESSAGES, [_message_columns(m) for m in messages])
        return {m.key: int(r[0]) for m, r in zip(messages, result, strict=True)}

    def _note_location(self, w: LocationWrite, ids: Mapping[str, int]) -> None:
        """The position of a message seen before: noted unless it already is."""
        conn = self.session.connection()
        if conn.execute(_LOCATED, {"m": w.mailbox, "f": w.folder, "v": w.uidvalidity, "u": w.uid}).first() is None:
            conn.execute(_INSERT_LOCATION, _location_columns(w, ids))

    def _insert_events(self, events: Sequence[EventWrite], messages: Sequence[int], *, announce: bool) -> None:
        """Insert events (``messages``: the ledger id of each one's message); ``announce`` lists
        them as new events, what the daemon notifies about."""
        if not events:
            return
        rows = [_event_columns(e, m) for e, m in zip(events, messages, strict=True)]
        self.session.connection().execute(_INSERT_EVENT, rows)
        for e, m in zip(events, messages, strict=True):
            self.dirty.add(e.group)
            if announce:
                self.new_events.append(NewEvent(group=e.group, kind=e.kind, at=e.at, message_db_id=m, code=e.code,
                                                objection_url=e.objection_url))

    def set_folder(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        where = and_(FOLDERS.c.mailbox == mailbox, FOLDERS.c.folder == folder)
        done = self.session.connection().execute(update(FOLDERS).where(where).values(
            uidvalidity=uidvalidity, last_uid=last_uid, synced_at=now))
        if not done.rowcount:
            self.session.execute(insert(FOLDERS).values(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity,
                                                        last_uid=last_uid, synced_at=now))

    # ---- events ----------------------------------------------------------------------------------

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
        self.new_events.append(NewEvent(group=group, kind=kind, at=at, message_db_id=message, code=code,
                                        objection_url=objection_url))

    def add_rereads(self, moved: Sequence[MovedBack]) -> None:
        """Record the rows a re-read moved back from an outcome."""
        if moved:
            self.session.connection().execute(insert(REREADS), [
                dict(at=m.at, mailbox=m.mailbox, platform=m.platform, account=m.account, round=m.round,
                     before=m.before, after=m.after, classifier=m.classifier) for m in moved])

    def latest_round(self, at: datetime, group: GroupKey | None = None) -> str | None:
        """The round of the latest dated notice at or before ``at`` (of ``group``, or of any account):
        Meta announces a round to every account at once, so another account's notice names it too."""
        e = EVENTS.c
        statement = select(e.deadline).where(e.kind == EventKind.NOTICE.value, e.deadline.is_not(None),
                                             e.manual.is_(False), e.at <= at)
        if group is not None:
            statement = statement.where(e.mailbox == group[0], e.platform == group[1], e.account == group[2])
        deadline = self.session.execute(statement.order_by(e.at.desc(), e.id.desc()).limit(1)).scalar()
        return deadline.isoformat() if deadline else None

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


def _message_columns(m: MessageWrite) -> dict[str, Any]:
    """A messages-table row."""
    c, parsed = m.classification, m.parsed
    return dict(raw=m.raw, classifier=m.classifier, mailbox=m.mailbox, message_key=m.key,
                message_id=parsed.message_id if parsed else None, source=m.source,
                sent_at=parsed.date if parsed else None, seen_at=m.seen_at,
                kind=c.kind.value if c else None, platform=c.platform.value if c and c.platform else None,
                language=c.language if c else None, account=parsed.account if parsed else None,
                code=c.code if c else None, deadline=c.deadline if c else None,
                objection_url=c.objection_url if c else None, reference=c.reference if c else None,
                authentic=c.authentic if c else None, warnings=list(c.warnings) if c else [], error=m.error)


def _location_columns(w: LocationWrite, ids: Mapping[str, int]) -> dict[str, Any]:
    """A locations-table row (its message: the known one, or the one added under its key)."""
    message = w.known_id if w.known_id is not None else ids[w.message_key]
    return dict(mailbox=w.mailbox, folder=w.folder, uidvalidity=w.uidvalidity, uid=w.uid, message=message,
                gm_msgid=w.gm_msgid)


def _event_columns(e: EventWrite, message: int) -> dict[str, Any]:
    """An events-table row of a message's event (the code is the message's, not the event's)."""
    return dict(message=message, mailbox=e.mailbox, platform=e.platform, account=e.account, kind=e.kind.value,
                at=e.at, sort_key=e.sort_key, deadline=e.deadline, objection_url=e.objection_url,
                reference=e.reference, manual=False, round_hint=None, note=None)
