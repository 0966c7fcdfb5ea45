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
    received: int
    accepted: int
    refused: int


def _assertive(pattern: Matcher, text: str, conditional: Matcher) -> list[str]:
    """Matches of ``pattern`` that are not stated hypothetically."""
    out: list[str] = []
    for m in pattern.finditer(text):
        start = m.start()
        clause_start = 0
        for c in _CLAUSE_END.finditer(text, max(0, start - 60), start):
            clause_start = c.end()
        before = text[max(clause_start, start - 60) : start]
        if conditional.search(before):
            continue
        out.append(m.group(0))
    return out


def signals(text: str, lex: Lexicon, patterns: dict[str, Matcher] | None = None) -> Signals:
    p = patterns or lex.patterns
    cond = p["conditional"]
    return Signals(
        objection=len(p["objection"].findall(text)),
        ai=len(p["ai"].findall(text)),
        notice=len({s.strip() for s in p["notice"].findall(text)}),
        code=len(p["code"].findall(text)),
        received=len(_assertive(p["received"], text, cond)),
        accepted=len(_assertive(p["accepted"], text, cond)),
        refused=len(_assertive(p["refused"], text, cond)),
    )


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
