"""The schema: typed SQLAlchemy 2 models. Nothing SQLite-only, so PostgreSQL runs it too.

The migration ``migrations/versions/0001_initial.py`` creates exactly these tables; a test
compares the two.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every backend.

    SQLite has no time-zone type and SQLAlchemy drops the offset there; storing UTC and
    re-attaching it on the way out keeps ordering and ``--now`` arithmetic right.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MessageRow(Base):
    """The ledger: every Meta message seen, and every malformed one, once per mailbox.

    Mail that cannot concern Meta is counted, not stored: keeping a person's whole mailbox
    would be a privacy cost with no use. ``message_key`` is the Message-ID, or a content
    hash when the message has none; it is what makes a second import (or the same message
    in two folders, or after a UIDVALIDITY change) a no-op.
    """

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("mailbox", "message_key", name="uq_messages_mailbox_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(200))
    message_key: Mapped[str] = mapped_column(String(500))
    message_id: Mapped[str | None] = mapped_column(String(1000))  # null: the message had none
    source: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # null: no usable Date header
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str | None] = mapped_column(String(40))  # null: malformed, see error
    platform: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(8))
    account: Mapped[str | None] = mapped_column(String(320))
    code: Mapped[str | None] = mapped_column(String(6))  # the contract keeps it; it never reaches a log
    deadline: Mapped[date | None] = mapped_column(Date)
    objection_url: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(100))
    authentic: Mapped[bool | None] = mapped_column(Boolean)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    error: Mapped[str | None] = mapped_column(Text)  # set for malformed mail, which is recorded and skipped
    # Which classifier decided this row (tracker.core.classify.CLASSIFIER), and the message itself, so
    # that a better classifier can read it again: a row built on a wrong reading is corrected.
    classifier: Mapped[str | None] = mapped_column(String(40))  # null: decided before 0002
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)  # null: stored before 0002 (re-read from source)


class LocationRow(Base):
    """Where a message sits on an IMAP server: (mailbox, folder, UIDVALIDITY, UID).

    Scoped by UIDVALIDITY because servers reuse UIDs after a reset (paperless-ngx learned
    this the hard way: reused UIDs hid new mail).
    """

    __tablename__ = "locations"
    __table_args__ = (
        UniqueConstraint("mailbox", "folder", "uidvalidity", "uid", name="uq_locations_where"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    mailbox: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    gm_msgid: Mapped[int | None] = mapped_column(BigInteger)  # only Gmail offers X-GM-MSGID


class FolderRow(Base):
    """How far a folder has been read: the last UID seen within its UIDVALIDITY."""

    __tablename__ = "folders"
    __table_args__ = (UniqueConstraint("mailbox", "folder", name="uq_folders_mailbox_folder"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    synced_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EventRow(Base):
    """What happened to an account: from an authentic objection mail, or marked by hand."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_group", "mailbox", "platform", "account"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))  # null: manual
    mailbox: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(20))
    account: Mapped[str] = mapped_column(String(320))
    kind: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    sort_key: Mapped[str] = mapped_column(String(500))
    deadline: Mapped[date | None] = mapped_column(Date)
    objection_url: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(100))
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    round_hint: Mapped[str | None] = mapped_column(String(20))  # a manual mark pinned to a round
    note: Mapped[str | None] = mapped_column(Text)


class StatusRowTable(Base):
    """One row per (mailbox, platform, account, round): rebuilt from the events of its group
    in the same transaction that adds them, so it is always the fold of what is stored."""

    __tablename__ = "status_rows"
    __table_args__ = (
        UniqueConstraint("mailbox", "platform", "account", "round", name="uq_status_rows_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(20))
    account: Mapped[str] = mapped_column(String(320))
    round: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(40))
    deadline: Mapped[date | None] = mapped_column(Date)
    objection_url: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(100))
    last_event_at: Mapped[datetime] = mapped_column(UTCDateTime())
    code_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class TransitionRow(Base):
    """The audit trail: which event (message or manual mark) moved which row, from what to what."""

    __tablename__ = "transitions"
    __table_args__ = (Index("ix_transitions_group", "mailbox", "platform", "account"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(20))
    account: Mapped[str] = mapped_column(String(320))
    round: Mapped[str] = mapped_column(String(20))
    before: Mapped[str] = mapped_column(String(40))
    after: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    event: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    message: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    via: Mapped[str | None] = mapped_column(String(320))  # the grouped account whose acceptance settled this one


class SentRow(Base):
    """Reminders and notifications already sent, so that a restart never repeats one."""

    __tablename__ = "sent"
    __table_args__ = (UniqueConstraint("key", name="uq_sent_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(500))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RereadRow(Base):
    """A row that a newer classifier moved back from an outcome (accepted, refused) when it read
    the stored messages again: shown loudly (top of ``status``, a notification), never silently."""

    __tablename__ = "rereads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    mailbox: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(20))
    account: Mapped[str] = mapped_column(String(320))
    round: Mapped[str] = mapped_column(String(20))
    before: Mapped[str] = mapped_column(String(40))
    after: Mapped[str | None] = mapped_column(String(40))  # null: the row is gone (e.g. its round was wrong)
    classifier: Mapped[str] = mapped_column(String(40))


class SettingRow(Base):
    """Small facts about the database itself (e.g. the account grouping the rows were built with)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
