"""Writes: one :class:`Batch` per transaction (messages, events, IMAP positions), and the
rebuild of every touched group's rows and audit trail before it commits. Imported only by
writers: the ORM stays out of ``tracker status``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from tracker.model import Classification, ParsedMessage
from tracker.state import Event, EventKind, build_rows
from tracker.store.tables import (
    EventRow,
    FolderRow,
    LocationRow,
    MessageRow,
    StatusRowTable,
    TransitionRow,
)

if TYPE_CHECKING:
    from tracker.store import GroupKey, NewEvent, Store


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
        from tracker.store import NewEvent

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
