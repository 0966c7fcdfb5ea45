"""ParsedMessage → Classification: kind, platform, language, code, deadline, link, reference,
authenticity. Pure: the clock, the files and the network stay outside.

Public entry points: :func:`classify_message` (a parsed message) and :func:`classify_bytes`
(raw bytes, with a cheap header-only path for mail that cannot be Meta's).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

from tracker.core import doubts, extract
from tracker.core.classify import explain as ex
from tracker.core.classify.authenticity import check_authenticity
from tracker.core.classify.explain import Explain, Words
from tracker.core.classify.kinds import Signals, decide_kind, normalise, signals
from tracker.core.classify.language import detect_language, rank_languages
from tracker.core.classify.lexicon import Lexicon, lexicon
from tracker.core.classify.senders import (
    domain_platform,
    is_meta_domain,
    lookalike_reason,
    name_platform,
    sender_platform,
)
from tracker.core.extract import Matcher
from tracker.core.parse import Headers, parse, peek_headers, quick_text
from tracker.errors import MessageError
from tracker.i18n import N_, _
from tracker.model import CLASSIFIER, Classification, Doubt, Kind, ParsedMessage, Platform, Sender, Trust

__all__ = ["CLASSIFIER", "Explain", "classify_bytes", "classify_message", "lexicon", "presents_as_meta",
           "time_budget"]


def presents_as_meta(sender: Sender | None, lex: Lexicon | None = None) -> bool:
    """Does the sender's name or domain present the message as Meta's (look-alikes included)?"""
    return sender_platform(sender, lex or lexicon()) is not None


Checkpoint = Callable[[], None]


def _no_limit() -> None:
    return None


def _explain_sender(explain: Explain, sender: Sender | None, platform: Platform | None, lex: Lexicon) -> None:
    """Who sent it, and why it presents itself as Meta's (or why not: then nothing more is read)."""
    if sender is None:
        explain.note(ex.SENDER, N_("no sender address"))
    else:
        explain.note(ex.SENDER, N_("display name \"{name}\", address {address}"), name=sender.display_name,
                     address=sender.address)
    if platform is None or sender is None:
        explain.note(ex.SENDER, N_("neither the display name nor the sender domain presents it as Meta's: "
                                   "unrelated, nothing more is read"))
        return
    named = name_platform(sender.display_name, lex)
    if named is not None:
        explain.note(ex.SENDER, N_("platform {platform}: a product word in the display name"), platform=named.value)
        return
    domain = sender.domain
    reason = lookalike_reason(domain, lex)
    if is_meta_domain(domain, lex):
        why = Words((N_("a Meta domain"),))
    elif reason:
        why = Words((N_("a look-alike domain"),))
    else:
        why = Words((N_("a product word in the domain"),))
    explain.note(ex.SENDER, N_("platform {platform}: the sender domain {domain} is {why}"),
                 platform=(domain_platform(domain, lex) or platform).value, domain=domain, why=why)
    if reason:
        explain.note(ex.SENDER, N_("look-alike: {reason}"), reason=reason)


def classify_message(msg: ParsedMessage, trusted_authserv_ids: Trust | tuple[str, ...] = (),
                     lex: Lexicon | None = None, checkpoint: Checkpoint = _no_limit, *,
                     explain: Explain | None = None) -> Classification:
    """Classify a parsed message. ``checkpoint`` is called between the steps (each bounded by
    the parser's input limits) and may raise to give up: the caller's time budget. ``explain``,
    when given, collects the evidence of each step (:mod:`tracker.core.classify.explain`); the
    result is the same with or without it."""
    lex = lex or lexicon()
    platform = sender_platform(msg.sender, lex)
    if explain is not None:
        _explain_sender(explain, msg.sender, platform, lex)
    body = msg.subject + "\n" + msg.text
    ranked = rank_languages(body, lex, explain=explain)
    language = ranked[0] if ranked else None
    if platform is None:
        return Classification(kind=Kind.UNRELATED, platform=None, language=language, code=None, deadline=None,
                              objection_url=None, reference=None, authentic=None)
    authentic, warnings = _authenticity(msg, lex, Trust.of(trusted_authserv_ids), explain)
    sig, pats = _signals(normalise(body), ranked, lex, checkpoint, explain)
    code, code_score = extract.scored_code(msg.text, msg.subject, pats["code"], pats["other_code"], explain=explain)
    url, url_warning, asks = extract.objection_link(
        msg.links, pats["form_link"], lex.form_paths, lex.redirects, lambda h: is_meta_domain(h, lex),
        explain=explain,
    )
    if url_warning:
        warnings.append(url_warning)
    kind = decide_kind(sig, code is not None, set_apart=bool(code_score & extract.SET_APART),
                       labelled=bool(code_score & extract.LABELLED), form_link=url is not None, explain=explain)
    checkpoint()
    kind, deadline = _kind_and_deadline(msg, kind, sig, asks, language, lex, pats, explain)
    reference = None
    if kind in (Kind.OBJECTION_RECEIVED, Kind.OBJECTION_ACCEPTED, Kind.OBJECTION_REFUSED, Kind.OTHER_META):
        reference = extract.extract_reference(msg.text, msg.subject, pats["reference"], explain=explain)
    elif explain is not None:
        explain.note(ex.REFERENCE, N_("not looked for: the kind is {kind}"), kind=kind.value)
    if explain is not None and code is not None and kind is not Kind.VERIFICATION_CODE:
        explain.note(ex.CODE, N_("not reported: the kind is {kind}"), kind=kind.value)
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


def _authenticity(msg: ParsedMessage, lex: Lexicon, trust: Trust,
                  explain: Explain | None) -> tuple[bool | None, list[str]]:
    """Whether the message is Meta's own (the receiving servers' verdicts), and the warnings that
    come with the answer, a cut message's included."""
    trace = msg.trace or tuple(("authentication-results", h) for h in msg.auth_results)
    authentic, warnings = check_authenticity(msg.sender, trace, lex, trust, explain=explain)
    if msg.repeated:
        # A second To: or From: on top of a genuine, DKIM-signed message (RFC 5322 allows one)
        # would let a replayed mail speak for another account.
        if explain is not None:
            explain.note(ex.AUTHENTIC, N_("more than one {headers} header (RFC 5322 allows one): not authentic"),
                         headers=", ".join(msg.repeated))
        authentic = False
        warnings.append(Doubt(doubts.REPEATED_HEADER,
                              headers=", ".join(msg.repeated)))
    if msg.cut:
        warnings.append(Doubt(doubts.TOO_LONG))
    return authentic, warnings


def _signals(norm: str, ranked: list[str], lex: Lexicon, checkpoint: Checkpoint,
             explain: Explain | None) -> tuple[Signals, dict[str, Matcher]]:
    """The phrase signals of the text, and the phrase tables they were found with.

    The text's likeliest languages (two: close neighbours such as da/no or cs/sk are easily
    swapped) and English (Meta mixes it into every language); every language only when those
    find no word about objecting. The hypothetical-clause words stay those of the likely
    languages: "ja" or "se" are conditionals in one language and plain words in another."""
    likely = tuple(sorted({*ranked[:2], "en"}))
    pats = lex.patterns_for(likely)
    sig = signals(norm, lex, pats)
    checkpoint()
    every_language = not sig.objection
    if every_language:
        pats = {**lex.patterns, "conditional": pats["conditional"]}
        sig = signals(norm, lex, pats)
    checkpoint()
    if explain is not None:
        if every_language:
            explain.note(ex.LANGUAGE, N_("phrase tables used: every language's (no objection word in those of "
                                         "{languages}), with the conditional words of {languages} only"),
                         languages=", ".join(likely))
        else:
            explain.note(ex.LANGUAGE, N_("phrase tables used: {languages}"), languages=", ".join(likely))
        signals(norm, lex, pats, explain=explain)  # again, to record why (same text, same result)
    return sig, pats


def _kind_and_deadline(msg: ParsedMessage, kind: Kind, sig: Signals, has_form_link: bool, language: str | None,
                       lex: Lexicon, pats: dict[str, Matcher],
                       explain: Explain | None) -> tuple[Kind, date | None]:
    """The data-use date, looked for only in mail that may be a notice, then the kind weighed
    against the structure (:func:`_weigh_structure`); a date is reported on notices only."""
    deadline = None
    if kind in (Kind.POLICY_NOTICE, Kind.OBJECTION_ACCEPTED) or (
            kind is Kind.OTHER_META and sig.objection and (has_form_link or sig.ai)):
        lang = lex.language(language) if language else None
        months = {f.lstrip("="): i for i, forms in enumerate(lang.months, 1) for f in forms} if lang else {}
        deadline = extract.extract_deadline(
            msg.text + "\n" + msg.subject, months, lex.months, pats["effective"],
            pats["not_deadline"], msg.date.date() if msg.date else None, last_day=pats["last_day"], explain=explain,
        )
    elif explain is not None:
        explain.note(ex.DEADLINE, N_("not looked for: the kind is {kind}"), kind=kind.value)
    kind = _weigh_structure(kind, sig, has_form_link, deadline, msg.date, explain=explain)
    if kind is not Kind.POLICY_NOTICE:
        if explain is not None and deadline is not None:
            explain.note(ex.DEADLINE, N_("{date} not reported: the kind is {kind}"), date=deadline,
                         kind=kind.value)
        deadline = None
    return kind, deadline


def _weigh_structure(kind: Kind, sig: Signals, has_form_link: bool, deadline: date | None,
                     sent: datetime | None, *, explain: Explain | None = None) -> Kind:
    """Structure weighed against phrases. A form link and a data-use date still ahead ask the
    person to act: such a mail is a notice, whatever acceptance it describes (an outcome is
    never reported on contradictory evidence) and however few notice phrases it uses (the
    caller only looks for that date in mail that speaks of objecting and of AI). A weak notice (fewer than three notice
    signals) with neither a form link nor a date is some other Meta mail (a newsletter that
    mentions the objection in passing). A link presented as the form counts whether or not it is
    safe: a fake notice is still read as the notice it claims to be. Other Meta mail about AI and
    the objection that presents the form asks the person to act, date or not: a notice; so does one
    that gives a date of use still ahead, form link or not (a terse notice: "you can object until
    26 May; from 27 May we'll use public posts to train AI at Meta")."""
    ahead = deadline is not None and (sent is None or deadline >= sent.date())
    weighed, why = kind, ""
    if kind in (Kind.OBJECTION_ACCEPTED, Kind.OTHER_META) and has_form_link and ahead:
        weighed, why = Kind.POLICY_NOTICE, N_("a form link and a data-use date still ahead make a notice")
    elif kind is Kind.OTHER_META and has_form_link and sig.objection and sig.ai:
        weighed, why = Kind.POLICY_NOTICE, N_("a form link in a mail about AI and the objection makes a notice")
    elif kind is Kind.OTHER_META and ahead and sig.objection and sig.ai:
        weighed, why = Kind.POLICY_NOTICE, N_("a data-use date still ahead in a mail about AI and the objection makes "
                                              "a notice")
    elif kind is Kind.POLICY_NOTICE and sig.notice < 3 and not has_form_link and deadline is None:
        weighed, why = Kind.OTHER_META, N_("a weak notice (fewer than three notice signals) with neither a form "
                                           "link nor a date is other Meta mail")
    if explain is not None:
        explain.note(ex.KIND, N_("structure: form link {link}, data-use date {date} ({ahead})"),
                     link=Words((N_("yes") if has_form_link else N_("no"),)),
                     date=deadline or "-",
                     ahead=Words((N_("still ahead") if ahead else N_("not ahead") if deadline else N_("none"),)))
        if why:
            explain.note(ex.KIND, N_("the structure rule changed {before} to {after}: {why}"), before=kind.value,
                         after=weighed.value, why=Words((why,)))
        else:
            explain.note(ex.KIND, N_("the structure rule left {kind} as it was"), kind=kind.value)
    return weighed


def time_budget(seconds: float, clock: Callable[[], float] = time.monotonic) -> Checkpoint:
    """A checkpoint that gives up once ``seconds`` have passed: the message is then recorded as
    malformed ("too costly to read") and the run moves on, so one message never holds a poll."""
    deadline = clock() + seconds

    def check() -> None:
        if clock() > deadline:
            raise MessageError(_("too costly to read (more than {seconds:g} s): skipped").format(seconds=seconds))

    return check


def classify_bytes(raw: bytes, trusted_authserv_ids: Trust | tuple[str, ...] = (), *, need_language: bool = True,
                   lex: Lexicon | None = None, checkpoint: Checkpoint = _no_limit,
                   explain: Explain | None = None) -> tuple[ParsedMessage | None, str | None, Classification]:
    """Classify raw bytes: ``(parsed or None, message_id, classification)``.

    Mail whose sender cannot be Meta's is never fully parsed: only its header block is read
    (and its first text part when the language is wanted). Raises MessageError on mail that
    cannot be read at all.
    """
    lex = lex or lexicon()
    headers = peek_headers(raw)
    sender = headers.sender
    if sender is not None and not presents_as_meta(sender, lex):
        if explain is not None:
            _explain_sender(explain, sender, None, lex)
            explain.note(ex.LANGUAGE, N_("not read: only the header block of mail that cannot be Meta's is read"))
        language = detect_language(quick_text(raw, headers=headers), lex) if need_language else None
        return None, headers.message_id, Classification(
            kind=Kind.UNRELATED, platform=None, language=language, code=None, deadline=None,
            objection_url=None, reference=None, authentic=None)
    return _classify_parsed(raw, headers, trusted_authserv_ids, lex, checkpoint, explain)


def _classify_parsed(raw: bytes, headers: Headers, trusted_authserv_ids: Trust | tuple[str, ...], lex: Lexicon,
                     checkpoint: Checkpoint,
                     explain: Explain | None) -> tuple[ParsedMessage | None, str | None, Classification]:
    """Mail that may be Meta's: parsed fully (its header block already read), then classified."""
    try:
        msg = parse(raw, headers)
        checkpoint()
        return msg, msg.message_id, classify_message(msg, trusted_authserv_ids, lex, checkpoint, explain=explain)
    except MessageError:
        raise
    except Exception as e:  # damaged mail must never stop a run: report it as this message's problem
        raise MessageError(_("could not be read ({why})").format(why=type(e).__name__)) from e
