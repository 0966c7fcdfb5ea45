"""Prepared messages → the writes they call for: a plan, worked out before anything is written.

vdirsyncer's ``_get_actions`` is the model: the sync first compares what it was given with
what the status database knows and yields the actions, and only ``sync()`` runs them, inside
one transaction. Here :func:`plan` takes a batch of classified messages and what the ledger
already holds of them (:class:`Known`) and returns a :class:`Plan`: the ledger rows to add,
the IMAP positions to note, the events to record, and one :class:`Outcome` per message (what
the run's summary counts). The store applies a plan whole or not at all
(``Batch.apply``); only it knows the tables' columns.

Pure: values in, values out; no clock (``now`` is a parameter), no database, no logging.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from tracker.core.parse import MAX_RAW
from tracker.core.state import EVENT_OF_KIND, EventKind
from tracker.model import CLASSIFIER, Classification, GroupKey, Kind, ParsedMessage, RawMessage

__all__ = ["EventWrite", "Known", "LocationWrite", "MessageWrite", "MovedBack", "Outcome", "Plan", "Prepared",
           "RereadWrite", "ledger_key", "message_key", "moved_back", "plan", "plan_reread"]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message classified outside any transaction, ready to be planned: its classification
    (and the parse it came from), or the error that made it malformed."""

    raw: RawMessage
    parsed: ParsedMessage | None
    message_id: str | None
    classification: Classification | None
    error: str | None = None

    @property
    def unrelated(self) -> bool:
        return self.classification is not None and self.classification.kind is Kind.UNRELATED

    @property
    def malformed(self) -> bool:
        return self.classification is None or self.parsed is None


def message_key(message_id: str | None, raw: bytes) -> str:
    """Message-ID when there is one, else a hash of the content: the identity used to dedupe."""
    if message_id:
        mid = message_id.strip()
        if mid:
            return mid[:480]
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def ledger_key(p: Prepared) -> str:
    """The key a prepared message has in the ledger. A malformed message's is its bytes' hash:
    whatever Message-ID it may hold was not read."""
    return message_key(None if p.malformed else p.message_id, p.raw.data)


@dataclass(frozen=True, slots=True)
class Known:
    """What the ledger of one mailbox already holds of a batch: ids by message key, and by
    Gmail message id (the same Gmail message seen in another label, under another key)."""

    ids: Mapping[str, int] = field(default_factory=dict)
    gm_msgids: Mapping[int, int] = field(default_factory=dict)


class Outcome(Enum):
    """What became of one message: the run's summary counts these."""

    UNRELATED = "unrelated"  # not Meta's: counted, never stored
    MALFORMED = "malformed"  # recorded with its error, reported
    KNOWN_MALFORMED = "known malformed"  # the same bytes were recorded before: a duplicate
    DUPLICATE = "duplicate"  # Meta's, already in the ledger: only its position is noted
    STORED = "stored"  # Meta's, new, moves no row (other Meta mail, no account...)
    IGNORED = "ignored"  # Meta's, new, reads as an objection mail but is not authentic: kept, ignored
    EVENT = "event"  # Meta's, new, and its event recorded


@dataclass(frozen=True, slots=True)
class MessageWrite:
    """A ledger row: what one message was read as (``classification`` None: malformed)."""

    mailbox: str
    key: str
    source: str
    seen_at: datetime
    parsed: ParsedMessage | None
    classification: Classification | None
    error: str | None
    raw: bytes  # the bytes kept, for a later classifier to read again
    classifier: str = CLASSIFIER


@dataclass(frozen=True, slots=True)
class LocationWrite:
    """Where a message sits on the server. The message is the ledger's ``known_id`` when it was
    stored before, else the one this plan adds under ``message_key``. ``new_message``: the
    message is added by this very write, so its position cannot be noted yet (no look-up);
    otherwise the store looks first."""

    mailbox: str
    folder: str
    uidvalidity: int
    uid: int
    gm_msgid: int | None
    message_key: str
    known_id: int | None
    new_message: bool


@dataclass(frozen=True, slots=True)
class EventWrite:
    """The event a trusted objection message records, for the message of ``message_key``.
    ``code`` is not stored with the event: it goes to the list of new events (notifications)."""

    mailbox: str
    platform: str
    account: str
    kind: EventKind
    at: datetime
    sort_key: str
    message_key: str
    deadline: date | None
    objection_url: str | None
    reference: str | None
    code: str | None

    @property
    def group(self) -> GroupKey:
        return (self.mailbox, self.platform, self.account)


@dataclass(frozen=True, slots=True)
class Plan:
    """The writes of one batch, in the order of its messages, and each message's outcome."""

    messages: tuple[MessageWrite, ...]
    locations: tuple[LocationWrite, ...]
    events: tuple[EventWrite, ...]
    outcomes: tuple[Outcome, ...]


@dataclass(frozen=True, slots=True)
class RereadWrite:
    """A stored message read again by this classifier: its row replaced, its old event dropped
    and its new one (if any) recorded."""

    db_id: int
    message: MessageWrite
    event: EventWrite | None


@dataclass(frozen=True, slots=True)
class MovedBack:
    """A row a re-read moved back from an outcome (``after`` None: the row is gone): recorded,
    so that it is announced rather than changed silently."""

    at: datetime
    mailbox: str
    platform: str
    account: str
    round: str
    before: str
    after: str | None
    classifier: str = CLASSIFIER


RowStates = Mapping[tuple[str, str, str, str], str]  # (mailbox, platform, account, round) -> state


def moved_back(before: RowStates, after: RowStates, outcomes: frozenset[str], now: datetime) -> tuple[MovedBack, ...]:
    """The rows that were at an outcome before a re-read and are not at the same one after it."""
    return tuple(MovedBack(at=now, mailbox=k[0], platform=k[1], account=k[2], round=k[3], before=state,
                           after=after.get(k))
                 for k, state in sorted(before.items()) if state in outcomes and after.get(k) != state)


def _message(p: Prepared, mailbox: str, key: str, now: datetime) -> MessageWrite:
    return MessageWrite(mailbox=mailbox, key=key, source=p.raw.source, seen_at=now, parsed=p.parsed,
                        classification=p.classification, error=p.error, raw=p.raw.data[:MAX_RAW])


def _event(p: Prepared, mailbox: str, key: str, now: datetime) -> EventWrite | None:
    """The event of trusted objection mail about an account; None for any other message."""
    c, parsed = p.classification, p.parsed
    if c is None or parsed is None or not c.is_trusted_objection_mail or not parsed.account or c.platform is None:
        return None
    return EventWrite(mailbox=mailbox, platform=c.platform.value, account=parsed.account, kind=EVENT_OF_KIND[c.kind],
                      at=parsed.date or now, sort_key=key, message_key=key, deadline=c.deadline,
                      objection_url=c.objection_url, reference=c.reference, code=c.code)


def _location(p: Prepared, mailbox: str, key: str, known_id: int | None, new_message: bool) -> list[LocationWrite]:
    """The position of a message fetched over IMAP (none for a file, nor for malformed mail)."""
    raw = p.raw
    if p.malformed or raw.folder is None or raw.uidvalidity is None or raw.uid is None:
        return []
    return [LocationWrite(mailbox=mailbox, folder=raw.folder, uidvalidity=raw.uidvalidity, uid=raw.uid,
                          gm_msgid=raw.gm_msgid, message_key=key, known_id=known_id, new_message=new_message)]


def _new_outcome(p: Prepared, event: EventWrite | None) -> Outcome:
    if p.malformed:
        return Outcome.MALFORMED
    if event is not None:
        return Outcome.EVENT
    c = p.classification
    return Outcome.IGNORED if c is not None and c.kind in EVENT_OF_KIND and c.authentic is not True else Outcome.STORED


def plan(prepared: Sequence[Prepared], known: Known, mailbox: str, now: datetime) -> Plan:
    """The writes of a batch of prepared messages, message by message, in order.

    Unrelated mail writes nothing. A message whose key is in the ledger (or was met earlier in
    this batch), or a Meta message whose Gmail id is known, is a duplicate: its position is
    noted, nothing else (a malformed one not even that). A new message gets its ledger row, its
    position, and, when it is trusted objection mail, its event.
    """
    messages: list[MessageWrite] = []
    locations: list[LocationWrite] = []
    events: list[EventWrite] = []
    outcomes: list[Outcome] = []
    seen: dict[str, int | None] = dict(known.ids)  # key -> ledger id, None: added by this plan
    for p in prepared:
        if p.unrelated:
            outcomes.append(Outcome.UNRELATED)
            continue
        key = ledger_key(p)
        gm = p.raw.gm_msgid
        if key not in seen and not p.malformed and gm is not None and gm in known.gm_msgids:
            seen[key] = known.gm_msgids[gm]
        if key in seen:
            outcomes.append(Outcome.KNOWN_MALFORMED if p.malformed else Outcome.DUPLICATE)
            locations.extend(_location(p, mailbox, key, seen[key], new_message=False))
            continue
        seen[key] = None
        messages.append(_message(p, mailbox, key, now))
        locations.extend(_location(p, mailbox, key, None, new_message=True))
        event = None if p.malformed else _event(p, mailbox, key, now)
        events.extend([event] if event else [])
        outcomes.append(_new_outcome(p, event))
    return Plan(messages=tuple(messages), locations=tuple(locations), events=tuple(events), outcomes=tuple(outcomes))


def plan_reread(db_id: int, mailbox: str, key: str, p: Prepared, now: datetime) -> RereadWrite:
    """The writes that replace what stored message ``db_id`` was read as with ``p``'s reading."""
    return RereadWrite(db_id=db_id, message=_message(p, mailbox, key, now), event=_event(p, mailbox, key, now))
