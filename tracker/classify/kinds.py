"""What a Meta message is about: notice, code, received, accepted, refused, or other.

Signals come from every language's phrase table at once. A phrase preceded in its clause by
a conditional ("If your objection is honoured...", "Si votre opposition est acceptée...")
does not count: notices describe outcomes hypothetically, answers state them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.classify.lexicon import Lexicon
from tracker.extract import Matcher
from tracker.model import Kind

_CLAUSE_END = re.compile(r"[.,;:!?\n]")
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


_LAST_CLAUSE_END = re.compile(r"[.,;:!?\n](?=[^.,;:!?\n]*$)")


def _assertive(pattern: Matcher, text: str, conditional: Matcher) -> int:
    """1 when ``pattern`` matches somewhere not stated hypothetically, else 0.

    Only whether such a statement exists matters (see :func:`decide_kind`), so the scan stops
    at the first one: a long notice holds dozens of hypothetical answers.
    """
    for m in pattern.finditer(text):
        start = m.start()
        window = text[max(0, start - 60) : start]
        end = _LAST_CLAUSE_END.search(window)
        before = window[end.end() :] if end else window
        if not conditional.search(before):
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
    cond = p["conditional"]
    objection = len(p["objection"].findall(text))
    ai = len(p["ai"].findall(text))
    notice = len({s.strip() for s in p["notice"].findall(text)})
    code = len(p["code"].findall(text))
    refused = accepted = received = 0
    if not (objection or ai) or (notice >= 3 and ai and objection):
        pass  # decided without answers: other Meta mail, or a full notice
    else:
        refused = _assertive(p["refused"], text, cond)
        accepted = 0 if refused else _assertive(p["accepted"], text, cond)
        received = 0 if refused or accepted or not objection else _assertive(p["received"], text, cond)
    return Signals(objection=objection, ai=ai, notice=notice, code=code, received=received, accepted=accepted,
                   refused=refused)


def decide_kind(s: Signals, has_code: bool) -> Kind:
    """The kind of a message that presents itself as Meta's, from its signals.

    Without any word about objecting or about AI at Meta it is some other Meta mail (login
    codes, security alerts, terms updates). A notice states several policy signals at once
    (privacy policy, legitimate interests, right to object...): three or more win over any
    answer phrase it may contain. Otherwise an answer is judged by its strongest statement:
    a refusal (or a request for more information) before an acceptance before an
    acknowledgement; then the confirmation code; then a weaker notice.
    """
    if not (s.objection or s.ai):
        return Kind.OTHER_META
    if s.notice >= 3 and s.ai and s.objection:
        return Kind.POLICY_NOTICE
    if s.refused:
        return Kind.OBJECTION_REFUSED
    if s.accepted:
        return Kind.OBJECTION_ACCEPTED
    if s.received and s.objection:
        return Kind.OBJECTION_RECEIVED
    if s.code and has_code and s.objection:
        return Kind.VERIFICATION_CODE
    if s.notice >= 1 and s.objection and s.ai:
        return Kind.POLICY_NOTICE
    return Kind.OTHER_META
