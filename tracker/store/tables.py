"""The schema: SQLAlchemy Core tables. Nothing SQLite-only, so PostgreSQL runs it too.

Core, not ORM models: every read and write is a Core statement, and declaring ORM classes
costs more at import than ``import sqlalchemy`` itself, which ``tracker status`` pays on every
start. The migration ``migrations/versions/0001_initial.py`` (with ``0002`` and ``0003``) creates
exactly these tables; tests/integration/test_migrations.py compares the two, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

__all__ = ["EVENTS", "FOLDERS", "LOCATIONS", "MESSAGES", "METADATA", "REREADS", "SENT", "SETTINGS", "STATUS",
           "TRANSITIONS", "UTCDateTime"]


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


NAMING: Final = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

METADATA: Final = MetaData(naming_convention=NAMING)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _group() -> tuple[Column[str], Column[str], Column[str]]:
    """The (mailbox, platform, account) columns of every table keyed by a status row's group."""
    return (Column("mailbox", String(200), nullable=False), Column("platform", String(20), nullable=False),
            Column("account", String(320), nullable=False))


#: The ledger: every Meta message seen, and every malformed one, once per mailbox.
#:
#: Mail that cannot concern Meta is counted, not stored: keeping a person's whole mailbox would
#: be a privacy cost with no use. ``message_key`` is the Message-ID, or a content hash when the
#: message has none; it is what makes a second import (or the same message in two folders, or
#: after a UIDVALIDITY change) a no-op.
MESSAGES: Final = Table(
    "messages", METADATA,
    _id(),
    Column("mailbox", String(200), nullable=False),
    Column("message_key", String(500), nullable=False),
    Column("message_id", String(1000)),  # null: the message had none
    Column("source", Text, nullable=False),
    Column("sent_at", UTCDateTime()),  # null: no usable Date header
    Column("seen_at", UTCDateTime(), nullable=False),
    Column("kind", String(40)),  # null: malformed, see error
    Column("platform", String(20)),
    Column("language", String(8)),
    Column("account", String(320)),
    Column("code", String(6)),  # the contract keeps it; it never reaches a log
    Column("deadline", Date),
    Column("objection_url", Text),
    Column("reference", String(100)),
    Column("authentic", Boolean),
    Column("warnings", JSON, nullable=False, default=list),
    Column("error", Text),  # set for malformed mail, which is recorded and skipped
    # Which classifier decided this row (tracker.model.CLASSIFIER), and the message itself, so
    # that a better classifier can read it again: a row built on a wrong reading is corrected.
    Column("classifier", String(40)),  # null: decided before 0002
    Column("raw", LargeBinary),  # null: stored before 0002 (re-read from its source)
    UniqueConstraint("mailbox", "message_key", name="uq_messages_mailbox_key"),
    Index("ix_messages_classifier", "classifier"),  # every start: any message of another classifier?
)

#: Where a message sits on an IMAP server: (mailbox, folder, UIDVALIDITY, UID). Scoped by
#: UIDVALIDITY because servers reuse UIDs after a reset (paperless-ngx learned this the hard
#: way: reused UIDs hid new mail).
LOCATIONS: Final = Table(
    "locations", METADATA,
    _id(),
    Column("message", Integer, ForeignKey("messages.id", ondelete="CASCADE"), nullable=False),
    Column("mailbox", String(200), nullable=False),
    Column("folder", String(500), nullable=False),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("uid", BigInteger, nullable=False),
    Column("gm_msgid", BigInteger),  # only Gmail offers X-GM-MSGID
    UniqueConstraint("mailbox", "folder", "uidvalidity", "uid", name="uq_locations_where"),
)

#: How far a folder has been read: the last UID seen within its UIDVALIDITY.
FOLDERS: Final = Table(
    "folders", METADATA,
    _id(),
    Column("mailbox", String(200), nullable=False),
    Column("folder", String(500), nullable=False),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("last_uid", BigInteger, nullable=False),
    Column("synced_at", UTCDateTime(), nullable=False),
    UniqueConstraint("mailbox", "folder", name="uq_folders_mailbox_folder"),
)

#: What happened to an account: from an authentic objection mail, or marked by hand.
EVENTS: Final = Table(
    "events", METADATA,
    _id(),
    Column("message", Integer, ForeignKey("messages.id", ondelete="CASCADE")),  # null: manual
    *_group(),
    Column("kind", String(40), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("sort_key", String(500), nullable=False),
    Column("deadline", Date),
    Column("objection_url", Text),
    Column("reference", String(100)),
    Column("manual", Boolean, nullable=False, default=False),
    Column("round_hint", String(20)),  # a manual mark pinned to a round
    Column("note", Text),
    Index("ix_events_group", "mailbox", "platform", "account"),
    Index("ix_events_at", "at"),  # the daemon, on every change: the events since a moment
)

#: One row per (mailbox, platform, account, round): rebuilt from the events of its group in the
#: same transaction that adds them, so it is always the fold of what is stored.
STATUS: Final = Table(
    "status_rows", METADATA,
    _id(),
    *_group(),
    Column("round", String(20), nullable=False),
    Column("state", String(40), nullable=False),
    Column("deadline", Date),
    Column("objection_url", Text),
    Column("reference", String(100)),
    Column("last_event_at", UTCDateTime(), nullable=False),
    Column("code_at", UTCDateTime()),
    UniqueConstraint("mailbox", "platform", "account", "round", name="uq_status_rows_key"),
    Index("ix_status_rows_deadline", "deadline"),  # the reminders: open rows, soonest deadline first
)

#: The audit trail: which event (message or manual mark) moved which row, from what to what.
TRANSITIONS: Final = Table(
    "transitions", METADATA,
    _id(),
    *_group(),
    Column("round", String(20), nullable=False),
    Column("before", String(40), nullable=False),
    Column("after", String(40), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("event", Integer, ForeignKey("events.id", ondelete="CASCADE")),
    Column("message", Integer, ForeignKey("messages.id", ondelete="CASCADE")),
    Column("manual", Boolean, nullable=False, default=False),
    Column("via", String(320)),  # the grouped account whose acceptance settled this one
    Index("ix_transitions_group", "mailbox", "platform", "account"),
)

#: Reminders and notifications already sent, so that a restart never repeats one.
SENT: Final = Table(
    "sent", METADATA,
    _id(),
    Column("key", String(500), nullable=False),
    Column("sent_at", UTCDateTime(), nullable=False),
    UniqueConstraint("key", name="uq_sent_key"),
)

#: A row that a newer classifier moved back from an outcome (accepted, refused) when it read the
#: stored messages again: shown loudly (top of ``status``, a notification), never silently.
REREADS: Final = Table(
    "rereads", METADATA,
    _id(),
    Column("at", UTCDateTime(), nullable=False),
    *_group(),
    Column("round", String(20), nullable=False),
    Column("before", String(40), nullable=False),
    Column("after", String(40)),  # null: the row is gone (e.g. its round was wrong)
    Column("classifier", String(40), nullable=False),
)

#: Small facts about the database itself (e.g. the account grouping the rows were built with).
SETTINGS: Final = Table(
    "settings", METADATA,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

