"""Values that cross the layers: raw bytes, parsed messages, classifications, and what the
store gives back (history lines, suspicious messages, recorded events).

The enums' values are the contract's strings (``../shared/docs/contract.md``), so JSON output
needs no mapping table. Everything here is frozen: the core takes values and returns values.
The store's read results live here, not in ``tracker.store``, so that the output layer renders
them without importing the database (an import-linter contract keeps it so).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Final

# The classifier's version (here, not in tracker.core.classify, so that `status` can compare it
# without importing the classifier): stored with each message it decides. Change it whenever
# the rules or the phrase tables change what a message is read as: every stored message is
# then read again on the next start (tracker.ingest.reread_stale), and a row that moves back
# from an outcome is announced.
CLASSIFIER = "2026-12-02.10"


class Kind(StrEnum):
    POLICY_NOTICE = "policy_notice"
    VERIFICATION_CODE = "verification_code"
    OBJECTION_RECEIVED = "objection_received"
    OBJECTION_ACCEPTED = "objection_accepted"
    OBJECTION_REFUSED = "objection_refused"
    OTHER_META = "other_meta"
    UNRELATED = "unrelated"


#: The kinds that create or join a status row (contract: "Rows and rounds").
OBJECTION_KINDS: frozenset[Kind] = frozenset(
    {
        Kind.POLICY_NOTICE,
        Kind.VERIFICATION_CODE,
        Kind.OBJECTION_RECEIVED,
        Kind.OBJECTION_ACCEPTED,
        Kind.OBJECTION_REFUSED,
    }
)


class Platform(StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    MESSENGER = "messenger"
    WHATSAPP = "whatsapp"
    META = "meta"


#: How each platform is written in text meant for people (a letter, a calendar event): one
#: table for every output, beside the enum, so that a new platform cannot be half-named.
PLATFORM_NAMES: Final[Mapping[str, str]] = {
    Platform.FACEBOOK: "Facebook",
    Platform.INSTAGRAM: "Instagram",
    Platform.MESSENGER: "Messenger",
    Platform.WHATSAPP: "WhatsApp",
    Platform.META: "Meta",
}


def platform_name(platform: str) -> str:
    """A stored platform as people write it; a value this version does not know stays as it is."""
    return PLATFORM_NAMES.get(platform, platform)


class State(StrEnum):
    ACTION_NEEDED = "action_needed"
    CODE_RECEIVED = "code_received"
    AWAITING_ANSWER = "awaiting_answer"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    DEADLINE_PASSED = "deadline_passed"


#: The stored states that still wait for the person to object (to fill in the form, or to use
#: the code): the rows that get reminders, calendar events, and the daemon's deadline checks.
OPEN_STATES: Final[frozenset[State]] = frozenset({State.ACTION_NEEDED, State.CODE_RECEIVED})


class EventKind(StrEnum):
    """What happened to an account: the five objection kinds, or a manual mark.

    Here rather than in :mod:`tracker.core.state` (which re-exports it) because the store's
    values carry it (:class:`NewEvent`, :class:`RecentEvent`) and the foundation imports nothing.
    """

    NOTICE = "notice"
    CODE = "code"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    MARK_ACTION_NEEDED = "mark_action_needed"


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One message as bytes, with where it came from.

    ``source`` is what the user sees (a path, ``path#N`` inside an mbox, or
    ``imap://mailbox/folder;UID=n``); the IMAP coordinates are None for files.
    """

    source: str
    data: bytes
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    gm_msgid: int | None = None
    problem: str | None = None  # set by the source when the bytes are known to be incomplete


@dataclass(frozen=True, slots=True)
class Link:
    """A link as the reader sees it: its target and the words it is presented with."""

    url: str
    label: str


@dataclass(frozen=True, slots=True)
class Sender:
    display_name: str
    address: str

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2].lower().strip(".")


@dataclass(frozen=True, slots=True)
class Trust:
    """Whose verdicts count, from the configuration: the receiving server's authserv-ids
    (``trusted_authserv_ids``) and the forwarders whose ARC seals may vouch for a message
    (``trusted_arc_sealers``, on top of the big providers')."""

    authserv_ids: tuple[str, ...] = ()
    arc_sealers: tuple[str, ...] = ()

    @staticmethod
    def of(value: Trust | tuple[str, ...]) -> Trust:
        return value if isinstance(value, Trust) else Trust(authserv_ids=tuple(value))


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """What classification needs of a message, decoded once.

    ``text`` is the message's own text (quoted earlier messages removed); ``subject`` is
    decoded; ``auth_results`` keeps every Authentication-Results header, topmost first.
    """

    message_id: str | None
    sender: Sender | None
    recipients: tuple[str, ...]
    subject: str
    date: datetime | None
    text: str
    links: tuple[Link, ...]
    auth_results: tuple[str, ...]
    defects: tuple[str, ...] = ()
    cut: bool = False  # only a bounded prefix of the message was read (see parse.MAX_TEXT)
    # Received, Authentication-Results and ARC-* headers, (lower-case name, value), topmost first
    trace: tuple[tuple[str, str], ...] = ()
    repeated: tuple[str, ...] = ()  # From/To/Date/Subject headers present more than once

    @property
    def account(self) -> str | None:
        """The contract's account: the first ``To`` address, lower-cased."""
        return self.recipients[0].lower() if self.recipients else None


class Doubt(str):
    """A reason for doubt about a message (a warning): its English text, which the JSON and the
    store keep (the contract's warnings stay language-neutral), carrying the message id it was
    made from and its values, so that a person reads it in their language
    (:func:`tracker.output.words.doubt_text`). A value may itself be a ``Doubt`` (the reason
    inside a reason), translated in its turn. Being a ``str``, it compares, hashes and serialises
    as its English text: a corpus expectation written as text still matches it.
    """

    template: str
    values: Mapping[str, str]

    def __new__(cls, template: str, /, **values: str) -> Doubt:
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[object, ...]:
        # str's own pickling would drop the template (a process pool sends classifications back)
        return (_doubt, (self.template, dict(self.values)))


def _doubt(template: str, values: dict[str, str]) -> Doubt:
    return Doubt(template, **values)


@dataclass(frozen=True, slots=True)
class Classification:
    """The contract's ``classify --json`` fields for one message (``source`` apart)."""

    kind: Kind
    platform: Platform | None
    language: str | None
    code: str | None
    deadline: date | None
    objection_url: str | None
    reference: str | None
    authentic: bool | None
    warnings: tuple[str, ...] = field(default=())

    @property
    def is_trusted_objection_mail(self) -> bool:
        """Only authentic mail of the five objection kinds may move a status row."""
        return self.authentic is True and self.kind in OBJECTION_KINDS


# ---- what the store gives back ---------------------------------------------------------------

#: A status row's group: (mailbox, platform, account). Rows are rebuilt a group at a time.
GroupKey = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One line of the audit trail: which message or manual mark moved which row, from what to what."""

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
    kind: str | None = None  # the kind of the message behind the move (None: a manual mark)
    subject: str | None = None  # its Subject, for people (None: manual, or stored before its bytes were kept)


@dataclass(frozen=True, slots=True)
class SuspiciousMessage:
    """A message that presents itself as Meta's objection mail but is not authentic (shown apart)."""

    at: datetime | None
    mailbox: str
    account: str | None
    kind: str | None
    platform: str | None
    source: str
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MalformedMessage:
    """A message that could not be read: recorded with why, skipped, and listed by ``status``."""

    mailbox: str
    source: str
    error: str


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
    """A stored event from a message, with what a notification about it needs."""

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
