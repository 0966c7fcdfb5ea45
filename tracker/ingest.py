"""The one pipeline: raw message → classification → ledger, events, rows. ``import`` and ``poll``
both call :func:`ingest`; nothing else writes messages.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

from tracker.core.classify import CLASSIFIER, classify_bytes, time_budget
from tracker.core.parse import MAX_RAW
from tracker.core.state import EVENT_OF_KIND
from tracker.errors import MessageError
from tracker.i18n import _, format_number
from tracker.model import Classification, Kind, ParsedMessage, RawMessage, State, Trust
from tracker.store import Reread, StaleMessage, Store
from tracker.store.batch import Batch

logger = logging.getLogger(__name__)

__all__ = ["IngestStats", "Prepared", "ingest_many", "message_key", "prepare", "record"]


@dataclass(slots=True)
class IngestStats:
    read: int = 0
    meta: int = 0
    new_events: int = 0
    duplicates: int = 0
    malformed: int = 0
    unrelated: int = 0
    errors: list[str] = field(default_factory=list)

    def snapshot(self) -> IngestStats:
        """A copy to go back to with :meth:`restore` when a batch does not commit."""
        return replace(self, errors=list(self.errors))

    def restore(self, saved: IngestStats) -> None:
        """Take back what a failed batch counted: the summary counts only what was committed."""
        for f in fields(self):
            setattr(self, f.name, getattr(saved, f.name))

    def summary(self) -> str:
        return _("{read} read, {meta} from Meta, {new} new events, {duplicates} duplicates skipped, "
                 "{malformed} malformed").format(read=format_number(self.read), meta=format_number(self.meta),
                                                 new=format_number(self.new_events),
                                                 duplicates=format_number(self.duplicates),
                                                 malformed=format_number(self.malformed))


def message_key(message_id: str | None, raw: bytes) -> str:
    """Message-ID when there is one, else a hash of the content: the identity used to dedupe."""
    if message_id:
        mid = message_id.strip()
        if mid:
            return mid[:480]
    return "sha256:" + hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message classified outside any transaction, ready to be recorded."""

    raw: RawMessage
    parsed: ParsedMessage | None
    message_id: str | None
    classification: Classification | None
    error: str | None = None

    @property
    def unrelated(self) -> bool:
        return self.classification is not None and self.classification.kind is Kind.UNRELATED


# Seconds one message may take to classify. Every step is linear and its input bounded, so a
# message that still takes longer is hostile or broken: it is recorded as malformed, naming its
# file or UID, and the folder position moves on past it.
# TRACKER_MESSAGE_BUDGET overrides it (seconds), for a slow machine or a test.
MESSAGE_BUDGET = 10.0


def _budget() -> float:
    try:
        return float(os.environ.get("TRACKER_MESSAGE_BUDGET", MESSAGE_BUDGET))
    except ValueError:
        return MESSAGE_BUDGET


def prepare(raw: RawMessage, trusted_authserv_ids: Trust | tuple[str, ...] = ()) -> Prepared:
    """Classify one message (no database): a malformed one comes back with its error."""
    try:
        if raw.problem:
            raise MessageError(raw.problem)
        parsed, message_id, c = classify_bytes(raw.data, trusted_authserv_ids, need_language=False,
                                               checkpoint=time_budget(_budget()))
    except Exception as e:  # MessageError, or a bug on strange input: record it, never stop the run
        if not isinstance(e, MessageError):
            logger.debug("unexpected error on %s", raw.source, exc_info=True)
            e = MessageError(_("could not be classified ({why})").format(why=type(e).__name__))
        return Prepared(raw, None, None, None, str(e))
    return Prepared(raw, parsed, message_id, c)


def record(batch: Batch | None, p: Prepared, mailbox: str, now: datetime, stats: IngestStats) -> None:
    """Store one prepared message, its IMAP position and its event (inside ``batch``'s transaction)."""
    raw, parsed, c = p.raw, p.parsed, p.classification
    if p.unrelated:
        stats.unrelated += 1  # counted, not stored: the rest of a person's mailbox is none of our business
        return
    if batch is None:
        raise ValueError("only unrelated mail is recorded without a transaction")
    if c is None or parsed is None:
        key = message_key(None, raw.data)
        if batch.known(mailbox, key) is None:
            batch.add_message(mailbox=mailbox, key=key, source=raw.source, now=now, parsed=None,
                              classification=None, error=p.error, raw=_kept(raw.data), classifier=CLASSIFIER)
            stats.malformed += 1
            stats.errors.append(f"{raw.source}: {p.error}")
        else:
            stats.duplicates += 1
        return
    stats.meta += 1
    key = message_key(p.message_id, raw.data)
    existing = batch.known(mailbox, key)
    if existing is None and raw.gm_msgid is not None:
        existing = batch.known_gm_msgid(mailbox, raw.gm_msgid)
    if existing is not None:
        stats.duplicates += 1
        _locate(batch, raw, mailbox, existing)
        return
    db_id = batch.add_message(mailbox=mailbox, key=key, source=raw.source, now=now, parsed=parsed, classification=c,
                              raw=_kept(raw.data), classifier=CLASSIFIER)
    _locate(batch, raw, mailbox, db_id, new=True)
    account = parsed.account
    if not c.is_trusted_objection_mail or account is None or c.platform is None:
        if c.kind in EVENT_OF_KIND and c.authentic is not True:
            logger.info("%s: not authentic, kept but ignored (%s)", raw.source, "; ".join(c.warnings))
        return
    batch.add_event(group=(mailbox, c.platform.value, account), kind=EVENT_OF_KIND[c.kind], at=parsed.date or now,
                    sort_key=key, message=db_id, deadline=c.deadline, objection_url=c.objection_url,
                    reference=c.reference, code=c.code)
    stats.new_events += 1


def record_many(batch: Batch, prepared: Sequence[Prepared], mailbox: str, now: datetime, stats: IngestStats) -> None:
    """:func:`record` for a whole batch, in a handful of statements instead of four a message.

    The same outcome message for message, in order: a key already in the ledger (or met
    earlier in this batch, or a known Gmail message id) is a duplicate whose position is noted;
    a new message is inserted with its position and, when it is trusted objection mail, its event.
    """
    keys = {id(p): message_key(p.message_id, p.raw.data) for p in prepared
            if p.classification is not None and p.parsed is not None and not p.unrelated}
    known = batch.known_many(mailbox, list(keys.values()))
    fresh: dict[str, Prepared] = {}
    for p in prepared:
        key = keys.get(id(p))
        if key is None or key in known or key in fresh:
            continue
        if p.raw.gm_msgid is not None:
            same = batch.known_gm_msgid(mailbox, p.raw.gm_msgid)
            if same is not None:
                known[key] = same
                continue
        fresh[key] = p
    ids = dict(zip(fresh, batch.add_messages([
        batch.message_values(mailbox=mailbox, key=k, source=p.raw.source, now=now, parsed=p.parsed,
                             classification=p.classification, raw=_kept(p.raw.data), classifier=CLASSIFIER)
        for k, p in fresh.items()]), strict=True))
    locations: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    codes: list[str | None] = []
    for p in prepared:
        key = keys.get(id(p))
        raw, parsed, c = p.raw, p.parsed, p.classification
        if key is None or parsed is None or c is None:
            record(batch, p, mailbox, now, stats)  # unrelated (counted) or malformed (recorded)
            continue
        stats.meta += 1
        if fresh.get(key) is not p:
            stats.duplicates += 1
            _locate(batch, raw, mailbox, known.get(key) or ids[key])
            continue
        db_id = ids[key]
        if raw.folder is not None and raw.uidvalidity is not None and raw.uid is not None:
            locations.append({"mailbox": mailbox, "folder": raw.folder, "uidvalidity": raw.uidvalidity,
                              "uid": raw.uid, "message": db_id, "gm_msgid": raw.gm_msgid})
        account = parsed.account
        if not c.is_trusted_objection_mail or account is None or c.platform is None:
            if c.kind in EVENT_OF_KIND and c.authentic is not True:
                logger.info("%s: not authentic, kept but ignored (%s)", raw.source, "; ".join(c.warnings))
            continue
        events.append(_event_values(db_id, mailbox, key, parsed, c, now))
        codes.append(c.code)
        stats.new_events += 1
    batch.add_locations(locations)
    batch.add_events(events, codes)


def _kept(data: bytes) -> bytes:
    """The bytes kept of a stored (Meta or malformed) message, for a later classifier to read again."""
    return data[:MAX_RAW]


def _event_values(db_id: int, mailbox: str, key: str, parsed: ParsedMessage, c: Classification,
                  now: datetime) -> dict[str, Any]:
    """The events-table row of a trusted objection message (caller checks it is one)."""
    if c.platform is None or parsed.account is None:
        raise ValueError("an event needs a platform and an account")
    return dict(message=db_id, mailbox=mailbox, platform=c.platform.value, account=parsed.account,
                kind=EVENT_OF_KIND[c.kind].value, at=parsed.date or now, sort_key=key, deadline=c.deadline,
                objection_url=c.objection_url, reference=c.reference, manual=False, round_hint=None, note=None)


def reread(store: Store, stale: Sequence[tuple[StaleMessage, bytes]], trust: Trust | tuple[str, ...],
           now: datetime) -> list[Reread]:
    """Read stored messages again with this classifier, in one transaction: each message's
    fields are replaced, its old event dropped and its new one (if any) added, and the rows
    rebuilt. Rows that move back from an outcome (accepted, refused) are recorded and
    returned: they are announced, never changed silently."""
    if not stale:
        return []
    before = {(r.mailbox, r.platform, r.account, r.round): r.state.value for r in store.rows()}
    with store.batch() as b:
        events: list[dict[str, Any]] = []
        for s, data in stale:
            p = prepare(RawMessage(source=s.source, data=data), trust)
            values = b.message_values(mailbox=s.mailbox, key=s.key, source=s.source, now=now, parsed=p.parsed,
                                      classification=p.classification, error=p.error, raw=_kept(data),
                                      classifier=CLASSIFIER)
            b.reread_message(s.db_id, values)
            c, parsed = p.classification, p.parsed
            if c is not None and parsed is not None and c.is_trusted_objection_mail and parsed.account and c.platform:
                events.append(_event_values(s.db_id, s.mailbox, s.key, parsed, c, now))
        b.add_events(events, [None] * len(events))
        b.new_events.clear()  # read again, not newly arrived: nothing to notify as new
    after = {(r.mailbox, r.platform, r.account, r.round): r.state.value for r in store.rows()}
    outcomes = (State.ACCEPTED.value, State.REFUSED.value)
    moved = [dict(at=now, mailbox=k[0], platform=k[1], account=k[2], round=k[3], before=state, after=after.get(k),
                  classifier=CLASSIFIER)
             for k, state in sorted(before.items()) if state in outcomes and after.get(k) != state]
    if moved:
        with store.batch() as b:
            b.add_rereads(moved)
        for m in moved:
            logger.warning("re-read with the new classifier: %s %s round %s is no longer %s (now %s)", m["account"],
                           m["platform"], m["round"], m["before"], m["after"] or "gone")
    return store.rereads(since=now)


def reread_stale(store: Store, trust: Trust | tuple[str, ...], now: datetime) -> list[Reread]:
    """Read again every stored message an older classifier decided whose bytes are at hand:
    kept in the database, or in the file it was imported from. (Messages polled before their
    bytes were kept are fetched again by the next poll of their folder.)"""
    if not store.any_stale(CLASSIFIER):
        return []
    todo: list[tuple[StaleMessage, bytes]] = []
    for s in store.stale(CLASSIFIER):
        data = s.raw if s.raw is not None else _from_file(s.source)
        if data is not None:
            todo.append((s, data))
    return reread(store, todo, trust, now)


def _from_file(source: str) -> bytes | None:
    """The bytes of an imported message, from ``path`` or ``path#N`` when the file is still there."""
    from pathlib import Path

    from tracker.mail.sources import iter_messages

    path, _, index = source.rpartition("#") if "#" in source else (source, "", "")
    file = Path(path)
    if not file.is_file():
        return None
    try:
        for i, m in enumerate(iter_messages(file)):
            if not index or str(i) == index:
                return m.data
    except (OSError, ValueError):
        return None
    return None


def _locate(batch: Batch, raw: RawMessage, mailbox: str, db_id: int, new: bool = False) -> None:
    if raw.folder is not None and raw.uidvalidity is not None and raw.uid is not None:
        batch.add_location(mailbox=mailbox, folder=raw.folder, uidvalidity=raw.uidvalidity, uid=raw.uid,
                           message=db_id, gm_msgid=raw.gm_msgid, new_message=new)


def ingest_many(store: Store, messages: Iterable[RawMessage], mailbox: str, now: datetime,
                trusted_authserv_ids: Trust | tuple[str, ...] = (), batch_size: int = 200,
                stats: IngestStats | None = None) -> IngestStats:
    """Ingest a stream. Messages are classified outside any transaction; the ones to store (Meta's
    and malformed ones) are written ``batch_size`` at a time, each batch one transaction: a crash
    loses one batch at most, which the next run redoes (ingestion is idempotent), and mail that is
    not Meta's costs no database work at all."""
    stats = stats or IngestStats()
    pending: list[Prepared] = []

    def flush() -> None:
        """Write the pending messages in one transaction; counted only once it has committed.

        :func:`record_many` counts as it goes, before the commit: when the batch fails (disk
        full, a damaged page...) its counts are taken back, and its messages are dropped rather
        than tried again by the ``finally`` below (the next run reads them again).
        """
        if not pending:
            return
        saved = stats.snapshot()
        try:
            with store.batch() as b:
                record_many(b, pending, mailbox, now, stats)
        except BaseException:
            stats.restore(saved)
            raise
        finally:
            pending.clear()

    try:
        for raw in messages:
            stats.read += 1
            p = prepare(raw, trusted_authserv_ids)
            if p.unrelated:
                record(None, p, mailbox, now, stats)  # only counts it: no transaction needed
                continue
            pending.append(p)
            if len(pending) >= batch_size:
                flush()
    finally:  # an unreadable file mid-stream still keeps what was read before it
        flush()
    return stats
