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

from tracker.core.classify.explain import KIND, Explain, Words, excerpt
from tracker.core.classify.lexicon import Lexicon
from tracker.core.extract import Matcher
from tracker.i18n import N_
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
    other_code: int = 0  # speaks of a login, password, recovery, app or account code (looked for when it can matter)
    form: int = 0  # no objection or AI word, but the privacy team and a form word (looked for when it can matter)


# Where the sentence holding a phrase starts: hypothetical wording before the phrase in the same
# sentence governs it ("If your objection is upheld, we will no longer use..."), a sentence
# earlier does not. Bounded look-back: a conditional 200 characters away is another sentence.
_SENTENCE_ENDS = ".;!?\n"
_LOOK_BACK = 200


def _sentence_before(text: str, start: int) -> str:
    """The part of the sentence holding position ``start`` that lies before it (bounded)."""
    window = text[max(0, start - _LOOK_BACK) : start]
    return window[max(window.rfind(c) for c in _SENTENCE_ENDS) + 1 :]


def _assertive(pattern: Matcher, text: str, conditional: Matcher, promise: Matcher | None = None, *,
               explain: Explain | None = None, key: str = "") -> int:
    """1 when ``pattern`` matches somewhere not stated hypothetically, else 0.

    Hypothetical: a conditional word ("if", "once", "falls"...) earlier in the phrase's
    sentence, or, when ``promise`` is given (outcomes), the promise of a later message ("we'll
    confirm by e-mail that...", "nous vous confirmerons..."). Only whether such a statement
    exists matters (see :func:`decide_kind`), so the scan stops at the first one: a long
    notice holds dozens of hypothetical answers.
    """
    set_aside = 0
    conditions: dict[str, re.Match[str] | None] = {}  # each distinct sentence start judged once
    for m in pattern.finditer(text):
        before = _sentence_before(text, m.start())
        if before not in conditions:
            conditions[before] = conditional.search(before)
        if cond := conditions[before]:
            if explain is not None:
                set_aside += 1
                _set_aside(explain, key, set_aside, text, m, N_("a conditional word before it in its sentence"),
                           cond.group(0))
            continue
        if promise is not None and (later := promise.search(before)):
            if explain is not None:
                set_aside += 1
                _set_aside(explain, key, set_aside, text, m, N_("the promise of a later message before it in "
                                                               "its sentence"), later.group(0))
            continue
        if explain is not None:
            if set_aside > _MAX_SHOWN:
                explain.note(KIND, N_("{key}: {count} more set aside"), key=key, count=set_aside - _MAX_SHOWN)
            explain.note(KIND, N_("{key}: \"{phrase}\" in \"{excerpt}\": stated, it counts"), key=key,
                         phrase=m.group(0).strip(), excerpt=excerpt(text, m.start(), m.end()))
        return 1
    if explain is not None:
        if set_aside > _MAX_SHOWN:
            explain.note(KIND, N_("{key}: {count} more set aside"), key=key, count=set_aside - _MAX_SHOWN)
        explain.note(KIND, N_("{key}: no statement left (0)") if set_aside else N_("{key}: no phrase matched (0)"),
                     key=key)
    return 0


_MAX_SHOWN = 5  # phrases shown per signal key (a long notice holds dozens)


def _set_aside(explain: Explain, key: str, n: int, text: str, m: re.Match[str], why: str, word: str) -> None:
    if n <= _MAX_SHOWN:
        explain.note(KIND, N_("{key}: \"{phrase}\" in \"{excerpt}\": set aside, {why} (\"{word}\")"), key=key,
                     phrase=m.group(0).strip(), excerpt=excerpt(text, m.start(), m.end()), why=Words((why,)),
                     word=word.strip())


def _phrases(explain: Explain, key: str, pattern: Matcher, text: str) -> None:
    """The distinct phrases of ``key`` found in ``text``, each with the sentence of its first match."""
    first: dict[str, re.Match[str]] = {}
    for m in pattern.finditer(text):
        first.setdefault(" ".join(m.group(0).split()), m)
    if not first:
        explain.note(KIND, N_("{key}: no phrase matched (0)"), key=key)
        return
    for phrase, m in list(first.items())[:_MAX_SHOWN]:
        explain.note(KIND, N_("{key}: \"{phrase}\" in \"{excerpt}\""), key=key, phrase=phrase,
                     excerpt=excerpt(text, m.start(), m.end()))
    if len(first) > _MAX_SHOWN:
        explain.note(KIND, N_("{key}: {count} more phrases"), key=key, count=len(first) - _MAX_SHOWN)


def signals(text: str, lex: Lexicon, patterns: dict[str, Matcher] | None = None, *,
            explain: Explain | None = None) -> Signals:
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
    if explain is not None:
        for key in ("objection", "ai", "notice", "code", "privacy_team"):
            _phrases(explain, key, p[key], text)
    refused = accepted = received = form = 0
    if not (objection or ai):
        # a request answered by the privacy team, or with the objection form's link: only a
        # refusal can matter; and a code for "your request" (the form's), said to be received
        refused = _assertive(p["refused"], text, cond, promise, explain=explain, key="refused")
        # "your form is now with our privacy team": the team that answers objections, and a form
        form = int(bool(privacy and p["form_link"].search(text)))
        if (code or form) and not refused:
            received = _assertive(p["received"], text, cond, explain=explain, key="received")
        if explain is not None:
            _not_searched(explain, ("accepted",) if (code or form) and not refused else ("accepted", "received"),
                          N_("no objection or AI word (only a refusal signed by the privacy team or linking the "
                             "form, the acknowledgement of a code mail, or the privacy team's of a form, can "
                             "matter)"))
    elif notice >= 3 and ai and objection:
        if explain is not None:
            _not_searched(explain, ("refused", "accepted", "received"),
                          N_("a full notice (three notice signals, AI and objection words) whatever answers it "
                             "describes"))
    else:
        refused = _assertive(p["refused"], text, cond, promise, explain=explain, key="refused")
        accepted = 0 if refused else _assertive(p["accepted"], text, cond, promise, explain=explain, key="accepted")
        received = 0 if refused or accepted else _assertive(p["received"], text, cond, explain=explain,
                                                           key="received")
        if explain is not None:
            if refused:
                _not_searched(explain, ("accepted", "received"), N_("a refusal outranks them"))
            elif accepted:
                _not_searched(explain, ("received",), N_("an acceptance outranks it"))
    # a code mail that names neither the objection nor AI is told from Meta's other codes by them
    other = len(p["other_code"].findall(text)) if not (objection or ai) else 0
    return Signals(objection=objection, ai=ai, notice=notice, code=code, received=received, accepted=accepted,
                   refused=refused, privacy=privacy, other_code=other, form=form)


def _not_searched(explain: Explain, keys: tuple[str, ...], why: str) -> None:
    for key in keys:
        explain.note(KIND, N_("{key}: not searched, {why}"), key=key, why=Words((why,)))


def decide_kind(s: Signals, has_code: bool, *, set_apart: bool = False, labelled: bool = False,
                form_link: bool = False, explain: Explain | None = None) -> Kind:
    """The kind of a message that presents itself as Meta's, from its signals.

    Without any word about objecting or about AI at Meta it is some other Meta mail (login
    codes, security alerts, terms updates), except a refusal of "your request" signed by
    Meta's privacy team: "we need more information / could not identify your account"
    answers often never name the objection. A notice states several policy signals at once
    (privacy policy, legitimate interests, right to object...): three or more win over any
    answer phrase it may contain. Otherwise an answer is judged by its strongest statement:
    a refusal (or a request for more information) before an acceptance; then the
    confirmation code (a code mail may also say "we've received your request"); then an
    acknowledgement; then a weaker notice. ``set_apart``: the code stands alone on its line (or
    one digit a line), as the form's code does: with an objection word that is a code mail even
    when no code phrase of the tables names it. ``labelled``: the word "code" stands just before it
    ("Code: 870 325"): like a code phrase, and like a set-apart code with an objection word.
    ``form_link``: the mail links Meta's objection form, which, like the privacy team's signature,
    ties "your request" to the objection.
    """
    kind, rule = _decide(s, has_code, set_apart or labelled, form_link, labelled)
    if explain is not None:
        explain.note(KIND, N_("signals: objection {objection}, ai {ai}, notice {notice} (distinct), code {code} "
                              "(a code found: {has_code}), refused {refused}, accepted {accepted}, received "
                              "{received}, privacy_team {privacy}"),
                     objection=s.objection, ai=s.ai, notice=s.notice, code=s.code,
                     has_code=Words((N_("yes") if has_code else N_("no"),)), refused=s.refused, accepted=s.accepted,
                     received=s.received, privacy=s.privacy)
        explain.note(KIND, N_("decided by the rule \"{rule}\": {kind}"), rule=Words((rule,)), kind=kind.value)
    return kind


def _decide(s: Signals, has_code: bool, set_apart: bool, form_link: bool,
            labelled: bool = False) -> tuple[Kind, str]:
    """:func:`decide_kind`'s rules in order, each with the words that name it."""
    if not (s.objection or s.ai):
        if s.refused and (s.privacy or form_link):
            return Kind.OBJECTION_REFUSED, N_("no objection or AI word, a refusal signed by the privacy team or "
                                              "linking the objection form")
        if (s.code or labelled) and has_code and not s.other_code:
            # the objection form's code mail often names neither: "here is the code for the form",
            # "your confirmation code is ..."; Meta's other codes speak of a login, a password,
            # recovery, the app or an account (the phrase files' other_code)
            return Kind.VERIFICATION_CODE, N_("no objection or AI word, a code phrase and a code, no login, password, "
                                              "recovery, app or account word")
        if s.form:
            # the privacy team writing about "your form", neither refusing nor sending a code: it
            # has it ("your form is now with our privacy team", "an unser Datenschutzteam weitergeleitet")
            return Kind.OBJECTION_RECEIVED, N_("no objection or AI word, the privacy team writing about a form")
        return Kind.OTHER_META, N_("no objection or AI word: other Meta mail")
    if s.notice >= 3 and s.ai and s.objection:
        return Kind.POLICY_NOTICE, N_("three notice signals or more, with AI and objection words: a notice")
    if s.refused:
        return Kind.OBJECTION_REFUSED, N_("a refusal stated")
    if s.accepted:
        return Kind.OBJECTION_ACCEPTED, N_("an acceptance stated (no refusal)")
    if s.code and has_code and s.objection:
        return Kind.VERIFICATION_CODE, N_("a code phrase, a code and an objection word")
    if set_apart and has_code and s.objection:
        return Kind.VERIFICATION_CODE, N_("a code set apart on its line or labelled \"code\", and an objection word")
    if s.received:
        # an objection or an AI word is there: "we acknowledge receipt of your submission about the
        # training of generative AI" is the objection's acknowledgement too
        return Kind.OBJECTION_RECEIVED, N_("an acknowledgement stated")
    if s.notice >= 1 and s.objection and s.ai:
        return Kind.POLICY_NOTICE, N_("a weaker notice: a notice signal, AI and objection words")
    return Kind.OTHER_META, N_("none of the above: other Meta mail")
