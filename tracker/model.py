"""Values that cross the layers: raw bytes, parsed messages, classifications.

The enums' values are the contract's strings (``../shared/docs/contract.md``), so JSON output
needs no mapping table. Everything here is frozen: the core takes values and returns values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# The classifier's version (here, not in tracker.core.classify, so that `status` can compare it
# without importing the classifier): stored with each message it decides. Change it whenever
# the rules or the phrase tables change what a message is read as: every stored message is
# then read again on the next start (tracker.ingest.reread_stale), and a row that moves back
# from an outcome is announced.
CLASSIFIER = "2026-12-02.3"


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


class State(StrEnum):
    ACTION_NEEDED = "action_needed"
    CODE_RECEIVED = "code_received"
    AWAITING_ANSWER = "awaiting_answer"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    DEADLINE_PASSED = "deadline_passed"


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
