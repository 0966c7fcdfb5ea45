"""ParsedMessage → Classification: kind, platform, language, code, deadline, link, reference,
authenticity. Pure: the clock, the files and the network stay outside.

Public entry points: :func:`classify_message` (a parsed message) and :func:`classify_bytes`
(raw bytes, with a cheap header-only path for mail that cannot be Meta's).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import date, datetime

from tracker import extract
from tracker.classify.authenticity import check_authenticity
from tracker.classify.kinds import decide_kind, normalise, signals
from tracker.classify.language import detect_language, rank_languages
from tracker.classify.lexicon import Lexicon, lexicon
from tracker.classify.senders import is_meta_domain, sender_platform
from tracker.errors import MessageError
from tracker.i18n import _
from tracker.model import CLASSIFIER, Classification, Kind, ParsedMessage, Sender, Trust
from tracker.parse import parse, peek_sender, quick_text

__all__ = ["CLASSIFIER", "classify_bytes", "classify_message", "lexicon", "presents_as_meta", "time_budget"]

_MSGID = re.compile(rb"^Message-ID:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.IGNORECASE | re.MULTILINE)


def presents_as_meta(sender: Sender | None, lex: Lexicon | None = None) -> bool:
    """Does the sender's name or domain present the message as Meta's (look-alikes included)?"""
    return sender_platform(sender, lex or lexicon()) is not None


Checkpoint = Callable[[], None]


def _no_limit() -> None:
    return None


def classify_message(msg: ParsedMessage, trusted_authserv_ids: Trust | tuple[str, ...] = (),
                     lex: Lexicon | None = None, checkpoint: Checkpoint = _no_limit) -> Classification:
    """Classify a parsed message. ``checkpoint`` is called between the steps (each bounded by
    the parser's input limits) and may raise to give up: the caller's time budget."""
    lex = lex or lexicon()
    platform = sender_platform(msg.sender, lex)
    body = msg.subject + "\n" + msg.text
    ranked = rank_languages(body, lex)
    language = ranked[0] if ranked else None
    if platform is None:
        return Classification(kind=Kind.UNRELATED, platform=None, language=language, code=None, deadline=None,
                              objection_url=None, reference=None, authentic=None)
    trace = msg.trace or tuple(("authentication-results", h) for h in msg.auth_results)
    authentic, warnings = check_authenticity(msg.sender, trace, lex, Trust.of(trusted_authserv_ids))
    if msg.repeated:
        # A second To: or From: on top of a genuine, DKIM-signed message (RFC 5322 allows one)
        # would let a replayed mail speak for another account.
        authentic = False
        warnings.append(f"more than one {', '.join(msg.repeated)} header: RFC 5322 allows one")
    if msg.cut:
        warnings.append("message too long: only its beginning was read")
    norm = normalise(body)
    # The text's likeliest languages (two: close neighbours such as da/no or cs/sk are easily
    # swapped) and English (Meta mixes it into every language); every language only when those
    # find no word about objecting. The hypothetical-clause words stay those of the likely
    # languages: "ja" or "se" are conditionals in one language and plain words in another.
    likely = tuple(sorted({*ranked[:2], "en"}))
    pats = lex.patterns_for(likely)
    sig = signals(norm, lex, pats)
    checkpoint()
    if not sig.objection:
        pats = {**lex.patterns, "conditional": pats["conditional"]}
        sig = signals(norm, lex, pats)
    checkpoint()
    code = extract.extract_code(msg.text, msg.subject, pats["code"], pats["other_code"])
    kind = decide_kind(sig, code is not None)
    lang = lex.language(language) if language else None
    months = {f: i for i, forms in enumerate(lang.months, 1) for f in forms} if lang else {}
    checkpoint()
    url, url_warning = extract.extract_objection_url(
        msg.links, pats["form_link"], lex.form_paths, lex.redirects, lambda h: is_meta_domain(h, lex)
    )
    if url_warning:
        warnings.append(url_warning)
    deadline = None
    if kind in (Kind.POLICY_NOTICE, Kind.OBJECTION_ACCEPTED) or (
            kind is Kind.OTHER_META and sig.objection and sig.ai and url is not None):
        deadline = extract.extract_deadline(
            msg.text + "\n" + msg.subject, months, lex.months, pats["effective"],
            pats["not_deadline"], msg.date.date() if msg.date else None,
        )
    kind = _weigh_structure(kind, sig.notice, url is not None, deadline, msg.date)
    if kind is not Kind.POLICY_NOTICE:
        deadline = None
    reference = None
    if kind in (Kind.OBJECTION_RECEIVED, Kind.OBJECTION_ACCEPTED, Kind.OBJECTION_REFUSED, Kind.OTHER_META):
        reference = extract.extract_reference(msg.text, msg.subject, pats["reference"])
    return Classification(
        kind=kind,
        platform=platform,
        language=language,
        code=code if kind is Kind.VERIFICATION_CODE else None,
        deadline=deadline,
        objection_url=url if kind is not Kind.UNRELATED else None,
        reference=reference,
        authentic=authentic,
        warnings=tuple(warnings),
    )


def _weigh_structure(kind: Kind, notice_signals: int, has_form_link: bool, deadline: date | None,
                     sent: datetime | None) -> Kind:
    """Structure weighed against phrases. A form link and a data-use date still ahead ask the
    person to act: such a mail is a notice, whatever acceptance it describes (an outcome is
    never reported on contradictory evidence) and however few notice phrases it uses (the
    caller only looks for that date in mail that speaks of objecting and of AI). A weak notice (fewer than three notice
    signals) with neither a form link nor a date is some other Meta mail (a newsletter that
    mentions the objection in passing)."""
    ahead = deadline is not None and (sent is None or deadline >= sent.date())
    if kind in (Kind.OBJECTION_ACCEPTED, Kind.OTHER_META) and has_form_link and ahead:
        return Kind.POLICY_NOTICE
    if kind is Kind.POLICY_NOTICE and notice_signals < 3 and not has_form_link and deadline is None:
        return Kind.OTHER_META
    return kind


def _peek_message_id(raw: bytes) -> str | None:
    head = raw[: raw.find(b"\n\n") if b"\n\n" in raw[:262144] else 262144]
    m = _MSGID.search(head)
    if not m:
        return None
    return m.group(1).decode("utf-8", "replace").replace("\r", "").replace("\n", "").strip() or None


def time_budget(seconds: float, clock: Callable[[], float] = time.monotonic) -> Checkpoint:
    """A checkpoint that gives up once ``seconds`` have passed: the message is then recorded as
    malformed ("too costly to read") and the run moves on, so one message never holds a poll."""
    deadline = clock() + seconds

    def check() -> None:
        if clock() > deadline:
            raise MessageError(_("too costly to read (more than {seconds:g} s): skipped").format(seconds=seconds))

    return check


def classify_bytes(raw: bytes, trusted_authserv_ids: Trust | tuple[str, ...] = (), *, need_language: bool = True,
                   lex: Lexicon | None = None,
                   checkpoint: Checkpoint = _no_limit) -> tuple[ParsedMessage | None, str | None, Classification]:
    """Classify raw bytes: ``(parsed or None, message_id, classification)``.

    Mail whose sender cannot be Meta's is never fully parsed: only its header block is read
    (and its first text part when the language is wanted). Raises MessageError on mail that
    cannot be read at all.
    """
    lex = lex or lexicon()
    sender = peek_sender(raw)
    if sender is not None and not presents_as_meta(sender, lex):
        language = detect_language(quick_text(raw), lex) if need_language else None
        return None, _peek_message_id(raw), Classification(
            kind=Kind.UNRELATED, platform=None, language=language, code=None, deadline=None,
            objection_url=None, reference=None, authentic=None)
    try:
        msg = parse(raw)
        checkpoint()
        return msg, msg.message_id, classify_message(msg, trusted_authserv_ids, lex, checkpoint)
    except MessageError:
        raise
    except Exception as e:  # damaged mail must never stop a run: report it as this message's problem
        raise MessageError(_("could not be read ({why})").format(why=type(e).__name__)) from e
