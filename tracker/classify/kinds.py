"""What a Meta message is about: notice, code, received, accepted, refused, or other.

Signals come from every language's phrase table at once. A phrase preceded in its sentence by
a conditional ("If your objection is honoured, we will...", "Si votre opposition est
acceptée...") does not count, and an outcome preceded in its sentence by the promise of a
later message ("we'll confirm by e-mail that...", keys ``conditional`` and ``promise`` of the
phrase files) does not count either: notices describe outcomes hypothetically, answers state
them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.classify.lexicon import Lexicon
from tracker.extract import Matcher
from tracker.model import Kind

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "“": '"', "”": '"', "«": '"',
                         "»": '"', "„": '"', "\u00a0": " ", "\u202f": " "})


def normalise(text: str) -> str:
    """Lower-case, straight quotes, single spaces: the form phrase patterns are written for."""
    return re.sub(r"[ \t]+", " ", text.translate(_QUOTES).lower())


@dataclass(frozen=True, slots=True)
class Signals:
    objection: int
    ai: int
    notice: int  # distinct notice signals
    code: int
    received: int  # 0 or 1: an assertive statement exists
    accepted: int
    refused: int
    privacy: int = 0  # names Meta's privacy team (the team that answers objections)


# Where the sentence holding a phrase starts: hypothetical wording before the phrase in the same
# sentence governs it ("If your objection is upheld, we will no longer use..."), a sentence
# earlier does not. Bounded look-back: a conditional 200 characters away is another sentence.
_SENTENCE_ENDS = ".;!?\n"
_LOOK_BACK = 200


def _sentence_before(text: str, start: int) -> str:
    """The part of the sentence holding position ``start`` that lies before it (bounded)."""
    window = text[max(0, start - _LOOK_BACK) : start]
    return window[max(window.rfind(c) for c in _SENTENCE_ENDS) + 1 :]


def _assertive(pattern: Matcher, text: str, conditional: Matcher, promise: Matcher | None = None) -> int:
    """1 when ``pattern`` matches somewhere not stated hypothetically, else 0.

    Hypothetical: a conditional word ("if", "once", "falls"...) earlier in the phrase's
    sentence, or, when ``promise`` is given (outcomes), the promise of a later message ("we'll
    confirm by e-mail that...", "nous vous confirmerons..."). Only whether such a statement
    exists matters (see :func:`decide_kind`), so the scan stops at the first one: a long
    notice holds dozens of hypothetical answers.
    """
    for m in pattern.finditer(text):
        before = _sentence_before(text, m.start())
        if conditional.search(before):
            continue
        if promise is not None and promise.search(before):
            continue
        return 1
    return 0


def signals(text: str, lex: Lexicon, patterns: dict[str, Matcher] | None = None) -> Signals:
    """The signals :func:`decide_kind` reads, looking for answers only while they can matter.

    A full notice (three notice signals, AI and objection words) is a notice whatever answers
    it describes, and a refusal outranks an acceptance, which outranks an acknowledgement:
    answers that cannot change the decision are left at 0 rather than searched for (on a
    long notice, that search is most of the classification's time).
    """
    p = patterns or lex.patterns
    cond, promise = p["conditional"], p["promise"]
    objection = len(p["objection"].findall(text))
    ai = len(p["ai"].findall(text))
    notice = len({s.strip() for s in p["notice"].findall(text)})
    code = len(p["code"].findall(text))
    privacy = len(p["privacy_team"].findall(text))
    refused = accepted = received = 0
    if not (objection or ai):
        if privacy:  # a request answered by the privacy team: only a refusal can matter
            refused = _assertive(p["refused"], text, cond, promise)
    elif notice >= 3 and ai and objection:
        pass  # a full notice, whatever answers it describes
    else:
        refused = _assertive(p["refused"], text, cond, promise)
        accepted = 0 if refused else _assertive(p["accepted"], text, cond, promise)
        received = 0 if refused or accepted or not objection else _assertive(p["received"], text, cond)
    return Signals(objection=objection, ai=ai, notice=notice, code=code, received=received, accepted=accepted,
                   refused=refused, privacy=privacy)


def decide_kind(s: Signals, has_code: bool) -> Kind:
    """The kind of a message that presents itself as Meta's, from its signals.

    Without any word about objecting or about AI at Meta it is some other Meta mail (login
    codes, security alerts, terms updates), except a refusal of "your request" signed by
    Meta's privacy team: "we need more information / could not identify your account"
    answers often never name the objection. A notice states several policy signals at once
    (privacy policy, legitimate interests, right to object...): three or more win over any
    answer phrase it may contain. Otherwise an answer is judged by its strongest statement:
    a refusal (or a request for more information) before an acceptance; then the
    confirmation code (a code mail may also say "we've received your request"); then an
    acknowledgement; then a weaker notice.
    """
    if not (s.objection or s.ai):
        return Kind.OBJECTION_REFUSED if s.refused and s.privacy else Kind.OTHER_META
    if s.notice >= 3 and s.ai and s.objection:
        return Kind.POLICY_NOTICE
    if s.refused:
        return Kind.OBJECTION_REFUSED
    if s.accepted:
        return Kind.OBJECTION_ACCEPTED
    if s.code and has_code and s.objection:
        return Kind.VERIFICATION_CODE
    if s.received and s.objection:
        return Kind.OBJECTION_RECEIVED
    if s.notice >= 1 and s.objection and s.ai:
        return Kind.POLICY_NOTICE
    return Kind.OTHER_META
