"""Pure extractors: the confirmation code, the deadline, the objection form link, the reference.

Each takes text and the compiled phrase patterns it needs and returns a value or None; no
I/O, no globals, so each is unit-tested on its own. The rules lean on stable signals (a
label before a number, a date next to "take effect", a link presented as the form), never
on whole sentences of one sample.
"""

from __future__ import annotations

import base64
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit

from tracker.core import doubts
from tracker.i18n import N_
from tracker.model import Doubt, Link

if TYPE_CHECKING:  # at run time only when explaining: tracker.core.classify imports this module
    from tracker.core.classify.explain import Explain

__all__ = [
    "DateMatch",
    "Matcher",
    "extract_code",
    "extract_deadline",
    "extract_objection_url",
    "extract_reference",
    "find_dates",
    "hidden_by",
    "objection_link",
    "unwrap_redirect",
    "url_problem",
]

class Matcher(Protocol):
    """A compiled phrase pattern: ``re.Pattern`` or the phrase tables' pre-filtered matcher."""

    def search(self, string: str, /) -> re.Match[str] | None: ...

    def finditer(self, string: str, /) -> Iterator[re.Match[str]]: ...

    def findall(self, string: str, /) -> list[Any]: ...


_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+", re.IGNORECASE)


def _without_urls(text: str) -> str:
    """Blank out URLs (same length, so positions still line up): numbers in links never count."""
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


# ---- confirmation code -----------------------------------------------------------------------

_CODE = re.compile(
    r"(?<![\w+\-/.,:])(\d{3})[ \u00a0\u2009\u202f-]?(\d{3})(?![\w\-/]|[.,:]\d| \d)"
    r"|(?<![\w\-/.,:])(\d)[ \u00a0\u2009\u202f]+(\d)[ \u00a0\u2009\u202f]+(\d)[ \u00a0\u2009\u202f]+(\d)"
    r"[ \u00a0\u2009\u202f]+(\d)[ \u00a0\u2009\u202f]+(\d)(?![\w\-/]| \d)"
    # one digit a line (an HTML cell a digit, rendered as text), a blank line between them or not
    r"|(?:^|(?<=\n))(?<!\d\n)(?<!\d\n\n)(\d)" + r"".join([r"[ \t]{0,8}\n(?:[ \t]{0,8}\n)?[ \t]{0,8}(\d)"] * 5)
    + r"(?=[ \t]{0,8}(?:\n|$))(?![ \t]{0,8}\n(?:[ \t]{0,8}\n)?[ \t]{0,8}\d)"
)
def extract_code(text: str, subject: str, code_phrase: Matcher, other_code: Matcher, *,
                 explain: Explain | None = None) -> str | None:
    """The six-digit confirmation code of the objection form (see :func:`scored_code`)."""
    return scored_code(text, subject, code_phrase, other_code, explain=explain)[0]


#: Score bits of a code candidate (see :func:`scored_code`).
LABELLED, NEAR_PHRASE, SET_APART, IN_SUBJECT = 8, 4, 2, 1

# The word "code" in the EU/EEA languages (code, código, codice, kod, kód, kode, kods, kodas,
# koodi, kood, kóði, cód, κωδικός, код, šifra), with its endings: a candidate it labels ("Code:
# 870 325", "the six-digit code 583 172", "Koden ... er: 058316", "o código abaixo:\n\n053872") is
# given as a code. Stems shared across languages, so kept here rather than in 26 phrase files.
_CODE_WORD = re.compile(r"(?<!\w)(?:c[oó]d|k[oó]o?d|k[oó]ð|κωδικ|код|šifr)\w{0,6}(?!\w)", re.IGNORECASE)
# What may stand between the word and its code: no digit (another number is what it labels) and no
# sentence end, within a short distance; a colon and a line break are fine.
_LABEL_GAP = re.compile(r"[^\d.!?]{0,60}\Z")


def scored_code(text: str, subject: str, code_phrase: Matcher, other_code: Matcher, *,
                explain: Explain | None = None) -> tuple[str | None, int]:
    """The six-digit confirmation code of the objection form, as six digits, and its score
    (bits :data:`LABELLED`, :data:`NEAR_PHRASE`, :data:`SET_APART`, :data:`IN_SUBJECT`; 0 without a code).

    Candidates are six digits, possibly split ``123 456`` or spread one digit per HTML cell.
    A candidate whose line speaks of passwords, logins or recovery is another code. Among
    the rest, one near a code phrase wins, then one standing alone on its line.
    """
    best: tuple[int, int, str] | None = None
    for where, source in ((0, subject), (1, text)):
        for key in _scored_codes(where, _without_urls(source), code_phrase, other_code, explain):
            if best is None or key[:2] > best[:2]:
                best = key
    if explain is not None:
        from tracker.core.classify.explain import CODE, Secret

        if best is None:
            explain.note(CODE, N_("no candidate left: no code"))
        else:
            explain.note(CODE, N_("taken: {code}, the highest score (the first of equal scores, the subject "
                                  "first)"), code=Secret(best[2]))
    return (best[2], best[0]) if best else (None, 0)


def _lines_around(clean: str, m: re.Match[str]) -> tuple[str, str]:
    """The line of a candidate, and that line with the one before it (where "your login code" sits)."""
    line_start = clean.rfind("\n", 0, m.start()) + 1
    line_end = clean.find("\n", m.end())
    stop = line_end if line_end >= 0 else len(clean)
    prev_start = clean.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return clean[line_start:stop], clean[prev_start:stop]


def _scored_codes(where: int, clean: str, code_phrase: Matcher, other_code: Matcher,
                  explain: Explain | None) -> Iterator[tuple[int, int, str]]:
    """Each candidate of one text (0: the subject, 1: the body) that is not another code, with
    its score: labelled by the word "code" 8, near a code phrase 4, alone on its line 2, in the
    subject 1."""
    # the phrase tables' patterns found once for the text, not once per candidate
    # (thousands of "123 456" in a hostile mail would otherwise filter the tables each time)
    phrase_here, other_here = _for_text(code_phrase, clean), _for_text(other_code, clean)
    # and each distinct neighbourhood searched once: a mail of the same line repeated (the
    # hostile shape fuzzing found) has thousands of candidates but few distinct lines
    seen_around: dict[str, re.Match[str] | None] = {}
    seen_window: dict[str, bool] = {}
    for m in _CODE.finditer(clean):
        digits = "".join(g for g in m.groups() if g)
        line, around = _lines_around(clean, m)
        if around not in seen_around:
            seen_around[around] = other_here.search(around)
        if other := seen_around[around]:
            if explain is not None:
                _code_note(explain, N_("candidate {code} ({where}, line {line}): set aside, its line or the one "
                                       "before speaks of another code (\"{phrase}\")"),
                           digits, where, clean, m.start(), phrase=other.group(0).strip())
            continue  # a login, password-reset or recovery code: never the objection's
        if re.search(r"\d[ \u00a0]$", clean[max(0, m.start() - 2) : m.start()]):
            if explain is not None:
                _code_note(explain, N_("candidate {code} ({where}, line {line}): set aside, the tail of a "
                                       "longer number"), digits, where, clean, m.start())
            continue  # the tail of a longer number (a phone number: +34 912 345 678)
        window = clean[max(0, m.start() - 200) : m.end() + 80]
        if window not in seen_window:
            seen_window[window] = phrase_here.search(window) is not None
        score = (LABELLED * _labelled(clean, m.start()) + NEAR_PHRASE * seen_window[window]
                 + SET_APART * (line.strip() == m.group(0).strip()) + IN_SUBJECT * (where == 0))
        if explain is not None:
            _code_note(explain, N_("candidate {code} ({where}, line {line}): score {score} ({reasons})"),
                       digits, where, clean, m.start(), score=score, reasons=_code_reasons(score))
        yield score, -where, digits


def _code_note(explain: Explain, template: str, digits: str, where: int, clean: str, at: int,
               **values: object) -> None:
    from tracker.core.classify.explain import CODE, Secret, Words

    explain.note(CODE, template, code=Secret(digits), where=Words((N_("subject") if where == 0 else N_("text"),)),
                 line=clean.count("\n", 0, at) + 1, **values)


def _labelled(clean: str, start: int) -> bool:
    """Does the word "code" stand just before the candidate at ``start`` (same sentence, no
    number between)?"""
    before = clean[max(0, start - 80) : start]
    return any(_LABEL_GAP.match(before, w.end()) for w in _CODE_WORD.finditer(before))


def _code_reasons(score: int) -> tuple[str, ...]:
    from tracker.core.classify.explain import Words

    reasons = ((LABELLED, N_("labelled by the word \"code\"")), (NEAR_PHRASE, N_("near a code phrase")),
               (SET_APART, N_("alone on its line")), (IN_SUBJECT, N_("in the subject")))
    return Words(r for bit, r in reasons if score & bit)


# ---- dates and the deadline ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: date
    has_year: bool


_TOKEN = re.compile(r"\d{1,4}|[^\W\d_]+\.?", re.UNICODE)
# ISO and its dotted forms ("2025. 05. 26."), then day first: 27.5.2025, "27. 5. 2025", "13/10 2026".
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<y1>\d{4})(?:[-./]|\. )(?P<m1>\d{1,2})(?:[-./]|\. )(?P<d1>\d{1,2})\.?(?![\d])"
    r"|(?<![\d.])(?P<d2>\d{1,2})(?:[./-]|\. )(?P<m2>\d{1,2})(?:[./-]|\.? )(?P<y2>\d{4})(?!\d)"
)


def _mkdate(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, months: Mapping[str, int], fallback_months: Mapping[str, int] | None = None,
               default_year: int | None = None) -> list[DateMatch]:
    """Every full date in ``text``: long forms in any word order, and numeric forms.

    A long form is a month word with a day (1-31) and a year close by, in whatever order the
    language writes them ("26 June 2024", "June 26, 2024", "2024. június 26.",
    "2024 m. birželio 26 d."). Without a year, ``default_year`` is used when given.
    """
    found: list[DateMatch] = []
    # A window of nine tokens slides over the text (a month word and four tokens either side):
    # memory stays constant however many words a message holds.
    window: deque[tuple[int, int, str, bool]] = deque(maxlen=9)
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        # a year that ends its sentence ("... since March 2025. On 15 September ...") belongs to
        # no date after it, and a day after it is in another sentence
        ends = len(tok) == 4 and tok.isdigit() and _YEAR_ENDS.match(text, m.end()) is not None
        window.append((m.start(), m.end(), tok, ends))
        if len(window) >= 5:
            _long_date(window, len(window) - 5, months, fallback_months, default_year, found)
    for i in range(max(0, len(window) - 4), len(window)):
        _long_date(window, i, months, fallback_months, default_year, found)
    for m in _NUMERIC.finditer(text):
        if m.group("y1"):
            d = _mkdate(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
        else:
            day_v, mon_v, yr = int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
            d = _mkdate(yr, mon_v, day_v) or _mkdate(yr, day_v, mon_v)  # 06/26/2024 written the US way
        if d is not None:
            found.append(DateMatch(start=m.start(), end=m.end(), value=d, has_year=True))
    found.sort(key=lambda dm: dm.start)
    return found


_YEAR_ENDS = re.compile(r"\.\s{1,8}[A-ZÀ-ÝΑ-ΩА-ЯČŠŽŁŚŹĆŃÓÚÍÉÁ]")


def _long_date(toks: deque[tuple[int, int, str, bool]], i: int, months: Mapping[str, int],
               fallback_months: Mapping[str, int] | None, default_year: int | None, found: list[DateMatch]) -> None:
    """The date around ``toks[i]`` when it is a month word with a day (and a year) close by."""
    tok = toks[i][2]
    if tok[0].isdigit():
        return
    word = tok.lower().rstrip(".")
    month = months.get(word)
    if month is None and fallback_months is not None:
        month = fallback_months.get(word)
    if month is None:
        return
    day: tuple[int, int, int] | None = None  # (distance, value, token index)
    year: tuple[int, int, int] | None = None
    lo, hi = max(0, i - 4), min(len(toks), i + 5)
    for j in range(lo, hi):  # a year ending its sentence bounds the month's reach
        if toks[j][3]:
            if j < i:
                lo = j + 1
            else:
                hi = min(hi, j + 1)
                break
    for j in range(lo, hi):
        t = toks[j][2]
        if j == i or not t.isdigit():
            continue
        dist = abs(j - i)
        if len(t) == 4 and 1990 <= int(t) <= 2100:
            if year is None or dist < year[0]:
                year = (dist, int(t), j)
        elif len(t) <= 2 and 1 <= int(t) <= 31 and (day is None or dist < day[0]):
            day = (dist, int(t), j)
    if day is None or day[0] > 3:
        return
    y = year[1] if year else default_year
    if y is None:
        return
    d = _mkdate(y, month, day[1])
    if d is None:
        return
    used = [i, day[2]] + ([year[2]] if year else [])
    found.append(DateMatch(start=min(toks[k][0] for k in used), end=max(toks[k][1] for k in used),
                           value=d, has_year=year is not None))


_SENTENCE_END = re.compile(r"[!?;\n]|\.(?=\s{1,8}[A-ZÀ-ÝΑ-ΩА-Я])")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 250), start):
        left = m.end()
    # a numeric date may take the sentence's full stop ("... on 2026-12-16. Send..."): that stop
    # still ends its sentence
    m2 = _SENTENCE_END.search(text, end - 1 if text[end - 1 : end] == "." else end)
    right = m2.start() if m2 else len(text)
    return max(left, start - 250), max(min(right, end + 150), end)


_CLAUSE_END = re.compile(r"[,;:(]|\s[–—-]\s")


def _clause(text: str, start: int, end: int, s: int, e: int) -> tuple[int, int]:
    """The clause around a date (between commas, semicolons...), within its sentence: words of a
    neighbouring clause ("..., and the link expires on ...") do not judge this date."""
    left = s
    for m in _CLAUSE_END.finditer(text, s, start):
        left = m.end()
    m2 = _CLAUSE_END.search(text, end, e)
    return left, m2.start() if m2 else e


def _for_text(matcher: Matcher, text: str) -> Matcher:
    """The phrase table's pattern for all of ``text``, found once: it serves every part of it
    (a notice with thousands of dates would otherwise filter the phrases once per date)."""
    pattern_for = getattr(matcher, "pattern_for", None)
    return pattern_for(text) if pattern_for is not None else matcher


def extract_deadline(text: str, months: Mapping[str, int], fallback_months: Mapping[str, int],
                     effective: Matcher, not_deadline: Matcher,
                     sent: date | None = None, *, last_day: Matcher | None = None,
                     explain: Explain | None = None) -> date | None:
    """The date from which the data is used, in a policy notice.

    Each date is judged by its sentence: words like "take effect" / "entreront en vigueur"
    make it the deadline, words like "expires" / "available since" rule it out. When no
    sentence says so, a single date that nothing rules out is taken.
    """
    clean = _without_urls(text)
    dates = find_dates(clean, months, fallback_months, default_year=sent.year if sent else None)
    if not dates:
        if explain is not None:
            from tracker.core.classify.explain import DEADLINE

            explain.note(DEADLINE, N_("no date in the text: no deadline"))
        return None
    if last_day is not None:
        dates = _last_days_moved(clean, dates, _for_text(last_day, clean), explain)
    scored = _scored_dates(clean, dates, _for_text(effective, clean), _for_text(not_deadline, clean), sent, explain)
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    top = scored[0]
    if top[0] >= 2:
        if explain is not None:
            _deadline_note(explain, N_("taken: {date}, the top score ({score}, 2 or more needed; the first of equal "
                                       "scores)"), top[2].value, score=top[0])
        return top[2].value
    candidates = [t for t in scored if t[0] >= 0]
    values = {t[2].value for t in candidates}
    if len(values) == 1:
        if explain is not None:
            _deadline_note(explain, N_("taken: {date}, the single date nothing rules out (no score of 2 or more)"),
                           candidates[0][2].value)
        return candidates[0][2].value
    # A notice that gives both the date the data use starts and the last day to object (the day
    # before) names the pair: the later of two consecutive days is the deadline.
    pairs = sorted(v for v in values if v - timedelta(days=1) in values)
    if len(pairs) == 1:
        if explain is not None:
            _deadline_note(explain, N_("taken: {date}, the later of two consecutive days (the last day to object, "
                                       "then the day the data use starts)"), pairs[0])
        return pairs[0]
    if explain is not None:
        from tracker.core.classify.explain import DEADLINE, Days

        explain.note(DEADLINE, N_("none taken: no date scores 2 or more, and the dates not ruled out ({dates}) are "
                                  "neither a single date nor one pair of consecutive days"),
                     dates=Days(sorted(values)))
    return None


def _last_days_moved(clean: str, dates: list[DateMatch], last_day: Matcher,
                     explain: Explain | None) -> list[DateMatch]:
    """A date stated as the last day to object stands for the day after it, the deadline.

    Stated so: a last-day phrase ("the last day to object is...", "den sidste dag... er") in its
    clause, or in its sentence when no other date shares that sentence. Notices that give only
    the last day would otherwise report it, a day early; notices that give both agree."""
    sentences = [_sentence(clean, d.start, d.end) for d in dates]
    out: list[DateMatch] = []
    for dm, (s, e) in zip(dates, sentences, strict=True):
        cs, ce = _clause(clean, dm.start, dm.end, s, e)
        alone = sentences.count((s, e)) == 1
        if last_day.search(clean[cs:ce]) or (alone and last_day.search(clean[s:e])):
            moved = replace(dm, value=dm.value + timedelta(days=1))
            if explain is not None:
                _deadline_note(explain, N_("{date} is stated as the last day to object: the deadline it gives is "
                                           "the day after, {after}"), dm.value, after=moved.value)
            out.append(moved)
        else:
            out.append(dm)
    return out


def _scored_dates(clean: str, dates: list[DateMatch], effective: Matcher, not_deadline: Matcher, sent: date | None,
                  explain: Explain | None) -> list[tuple[int, int, DateMatch]]:
    """Each date with its score, judged by its clause first, then its sentence: an effective
    word 3 (clause) or 2 (sentence); a ruling-out word -4; on or before the day sent -2; no year -1."""
    scored: list[tuple[int, int, DateMatch]] = []
    for idx, dm in enumerate(dates):
        s, e = _sentence(clean, dm.start, dm.end)
        cs, ce = _clause(clean, dm.start, dm.end, s, e)
        clause = clean[cs:ce]
        score = 0
        if effective.search(clause):
            score += 3
        elif effective.search(clean[s:e]):
            score += 2
        if not_deadline.search(clause):
            score -= 4
        if sent is not None and dm.value <= sent:
            score -= 2  # the deadline lies after the day the notice was sent
        if not dm.has_year:
            score -= 1
        if explain is not None:
            _date_note(explain, clean, dm, score, effective, not_deadline, clause, clean[s:e], sent)
        scored.append((score, -idx, dm))
    return scored


def _deadline_note(explain: Explain, template: str, value: date, **values: object) -> None:
    from tracker.core.classify.explain import DEADLINE

    explain.note(DEADLINE, template, date=value, **values)


def _date_note(explain: Explain, clean: str, dm: DateMatch, score: int, effective: Matcher,
               not_deadline: Matcher, clause: str, sentence: str, sent: date | None) -> None:
    """One candidate date, its score and the reasons for it (the same tests as the scoring)."""
    from tracker.core.classify.explain import DEADLINE, Words, excerpt

    reasons: list[str] = []
    if effective.search(clause):
        reasons.append(N_("an effective word in its clause (+3)"))
    elif effective.search(sentence):
        reasons.append(N_("an effective word in its sentence (+2)"))
    if not_deadline.search(clause):
        reasons.append(N_("a not-deadline word in its clause (-4)"))
    if sent is not None and dm.value <= sent:
        reasons.append(N_("on or before the sending day (-2)"))
    if not dm.has_year:
        reasons.append(N_("no year: the sending year assumed (-1)"))
    explain.note(DEADLINE, N_("{date} in \"{excerpt}\": score {score} ({reasons})"), date=dm.value,
                 excerpt=excerpt(clean, dm.start, dm.end), score=score, reasons=Words(reasons))


# ---- the objection form link ----------------------------------------------------------------------

MAX_WRAPPINGS = 16


def _mode(host: str, path: str, redirects: Mapping[str, str]) -> str | None:
    """How ``host``/``path`` carries its target: by host and path, by host, or by a ``*.`` suffix."""
    path_key = host + (path if path.endswith("/") else path + "/")
    mode = redirects.get(path_key) or redirects.get(host)
    if mode is None:
        labels = host.split(".")
        for i in range(1, len(labels) - 1):
            mode = redirects.get("*." + ".".join(labels[i:]))
            if mode is not None:
                break
    return mode


def _proofpoint_v2(query: str) -> str | None:
    """``u=https-3A__www.facebook.com_help`` → ``https://www.facebook.com/help`` ('-' for '%', '_' for '/')."""
    target = parse_qs(query).get("u")
    if not target:
        return None
    return unquote(target[0].replace("-", "%").replace("_", "/"))


def _proofpoint_v3(url: str) -> str | None:
    """``urldefense.com/v3/__URL__;BYTES!!...``: the URL, each ``*`` standing for the next of BYTES
    (base64url). Runs of ``**`` (several bytes at once) are not read: no link rather than a guess."""
    body = url.partition("/v3/__")[2]
    target, sep, rest = body.partition("__;")
    if not sep or "**" in target:
        return None
    if "*" not in target:
        return target
    code = rest.partition("!")[0]
    try:
        chars = base64.urlsafe_b64decode(code + "=" * (-len(code) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    if len(chars) != target.count("*"):
        return None
    it = iter(chars)
    return "".join(next(it) if c == "*" else c for c in target)


def _param_b64(query: str, name: str) -> str | None:
    value = parse_qs(query).get(name)
    if not value:
        return None
    try:
        v = value[0]
        return base64.urlsafe_b64decode(v + "=" * (-len(v) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def _carried(url: str, host: str, parts: SplitResult, mode: str) -> str | None:
    """The target ``mode`` says ``url`` carries, or None when it carries none."""
    if mode == "path":
        if not parts.query:
            return None
        first = unquote(parts.query.split("&", 1)[0])
        if "=" in first.split("/", 1)[0]:
            return None
        return first if first.lower().startswith(("http://", "https://")) else f"https://{host}/{first.lstrip('/')}"
    if mode == "path-tail":
        # Cisco Secure Email: /<token>/<the target, percent-encoded>
        tail = unquote(parts.path.lstrip("/").partition("/")[2])
        return tail if tail.lower().startswith(("http://", "https://")) else None
    if mode == "proofpoint-v2":
        return _proofpoint_v2(parts.query)
    if mode == "proofpoint-v3":
        return _proofpoint_v3(url)
    if mode.startswith("param-b64:"):
        return _param_b64(parts.query, mode.removeprefix("param-b64:"))
    name = mode.removeprefix("param:") if mode.startswith("param:") else "u"
    target = parse_qs(parts.query).get(name)
    return target[0] if target else None


def unwrap_redirect(url: str, redirects: Mapping[str, str], depth: int = MAX_WRAPPINGS, *,
                    explain: Explain | None = None) -> str | None:
    """The target behind click-tracking wrappers (``l.facebook.com/l.php?u=...``,
    ``facebook.com/n/?path``, ``facebook.com/flx/warn/?u=...``) and mail-security link
    rewriters (Safe Links, Proofpoint, Barracuda, Google, Trend Micro, Sophos), unwrapped until
    no wrapper is left; None when wrappers are still left after ``depth`` layers (never a
    still-wrapped link in the target's place).

    ``redirects`` (data: ``senders.toml``) maps a host, a host and path ending in ``/``, or a
    ``*.``-suffix to how the target is carried: ``"u"`` or ``"param:NAME"`` (a query parameter),
    ``"param-b64:NAME"`` (one in base64url), ``"path"`` (the query is a path on the same host),
    ``"proofpoint-v2"``, ``"proofpoint-v3"``, or ``"opaque"`` (the target is not carried: the URL
    is returned as it is, see :func:`hidden_by`).
    """
    if explain is None:
        return _unwrap(url, redirects, depth, None)
    from tracker.core.classify.explain import LINK

    layers: list[str] = []
    target = _unwrap(url, redirects, depth, layers)
    explain.note(LINK, N_("{url} unwrapped to {target} (wrappers removed: {wrappers})"), url=url,
                 target=target or "-", wrappers=", ".join(layers) or "-")
    return target


def _unwrap(url: str, redirects: Mapping[str, str], depth: int, layers: list[str] | None) -> str | None:
    """:func:`unwrap_redirect`, recording each wrapper's host in ``layers`` when given."""
    for _ in range(depth + 1):
        try:
            parts = urlsplit(url.strip())
            host = (parts.hostname or "").lower()
        except ValueError:
            return url
        mode = _mode(host, parts.path, redirects)
        if mode is None or mode == "opaque":
            return url
        target = _carried(url, host, parts, mode)
        if target is None:
            return url
        if layers is not None:
            layers.append(host)
        url = target
    return None


def hidden_by(url: str, redirects: Mapping[str, str]) -> str | None:
    """The host of a mail-security service that replaced the link by an opaque token, or None."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    return host if _mode(host, parts.path, redirects) == "opaque" else None


def url_problem(url: str, is_meta_host: Callable[[str], bool]) -> str | None:
    """Why ``url`` is not a safe Meta link (https, a Meta host, no user@host trick), or None."""
    if any(c in url for c in "\\\t\r\n ") or any(ord(c) < 32 for c in url):
        return Doubt(doubts.MALFORMED_LINK)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return Doubt(doubts.MALFORMED_LINK)
    if parts.scheme.lower() != "https":
        return Doubt(doubts.LINK_NOT_HTTPS, scheme=parts.scheme or "no scheme")
    if "@" in parts.netloc:
        return Doubt(doubts.LINK_HIDDEN_HOST, host=str(parts.hostname))
    host = (parts.hostname or "").lower()
    if not host or not host.isascii():
        return Doubt(doubts.LINK_NOT_ASCII, host=repr(host))
    if port not in (None, 443):
        return Doubt(doubts.LINK_PORT, port=str(port))
    if not is_meta_host(host):
        return Doubt(doubts.LINK_OUTSIDE_META, host=host)
    return None


@dataclass(slots=True)
class _Links:
    """The message's links sorted for the form: presented by their words, or on a known form path,
    and whether the presented one was wrapped too deep or hidden by an opaque rewriter."""

    labelled: list[str]
    by_path: list[str]
    too_deep: bool = False
    hidden: str | None = None


def extract_objection_url(links: Iterable[Link], form_words: Matcher, form_paths: tuple[str, ...],
                          redirects: Mapping[str, str],
                          is_meta_host: Callable[[str], bool], *,
                          explain: Explain | None = None) -> tuple[str | None, str | None]:
    """``(url, warning)``: the link presented as the objection form, if it is a safe Meta link.

    The form is the link whose words present it so ("Right to object", "Droit d'opposition"),
    else a Meta link whose path is a known form path. When the presented link is unsafe the
    answer is None with a warning: never another Meta link in its place.
    """
    return objection_link(links, form_words, form_paths, redirects, is_meta_host, explain=explain)[:2]


def objection_link(links: Iterable[Link], form_words: Matcher, form_paths: tuple[str, ...],
                   redirects: Mapping[str, str], is_meta_host: Callable[[str], bool], *,
                   explain: Explain | None = None) -> tuple[str | None, str | None, bool]:
    """:func:`extract_objection_url`, and whether any link is presented as the form by its words
    (safe or not: a fake notice still asks the person to act, which makes it a notice)."""
    found = _sort_links(links, form_words, form_paths, redirects, explain)
    presented = bool(found.labelled) or found.too_deep or found.hidden is not None
    url, warning = _decide_link(found, form_paths, is_meta_host, explain)
    return url, warning, presented or url is not None


def _decide_link(found: _Links, form_paths: tuple[str, ...], is_meta_host: Callable[[str], bool],
                 explain: Explain | None) -> tuple[str | None, str | None]:
    """The link :func:`extract_objection_url` gives, from the sorted links."""
    for group in (found.labelled, found.by_path):
        if group:
            # Among the links so presented, a known form path first.
            group.sort(key=lambda u: not any(p in _path(u) for p in form_paths))
            decided = _choose(group, group is found.labelled, is_meta_host, explain)
            if decided is not None:
                return decided
    if found.too_deep:
        if explain is not None:
            _link_verdict(explain, N_("none taken: the link presented as the form is wrapped in more than {depth} "
                                      "redirects"), "", depth=MAX_WRAPPINGS)
        return None, Doubt(doubts.LINK_TOO_DEEP,
                           depth=str(MAX_WRAPPINGS))
    if found.hidden:
        if explain is not None:
            _link_verdict(explain, N_("none taken: a mail-security service ({service}) replaced the form link by an "
                                      "opaque token"), "", service=found.hidden)
        return None, Doubt(doubts.LINK_HIDDEN_BY_SERVICE, service=found.hidden)
    if explain is not None:
        _link_verdict(explain, N_("none taken: no link is presented as the form or has a known form path"), "")
    return None, None


def _sort_links(links: Iterable[Link], form_words: Matcher, form_paths: tuple[str, ...],
                redirects: Mapping[str, str], explain: Explain | None) -> _Links:
    """Unwrap each link and say what it can be: presented as the form, on a form path, or neither."""
    found = _Links([], [])
    seen = 0
    for link in links:
        layers: list[str] | None = [] if explain is not None else None
        unwrapped = _unwrap(link.url, redirects, MAX_WRAPPINGS, layers)
        presented = bool(link.label and form_words.search(link.label))
        why = ""  # explaining only: what became of this link
        if unwrapped is None:
            found.too_deep = found.too_deep or presented
            why = N_("rejected: too deeply wrapped (still wrapped after the most redirects unwrapped)")
        elif presented and (service := hidden_by(unwrapped, redirects)):
            found.hidden = found.hidden or service
            why = N_("rejected: an opaque link rewriter hid the target")
        elif unwrapped.lower().startswith(("mailto:", "tel:")):
            why = N_("not a form: a mailto: or tel: link")
        elif presented:
            found.labelled.append(unwrapped)
            why = N_("presented as the form by its words")
        elif any(p in _path(unwrapped) for p in form_paths):
            found.by_path.append(unwrapped)
            why = N_("a known form path")
        else:
            why = N_("not a form: neither its words nor its path present it so")
        if explain is not None and layers is not None:
            seen += 1
            if seen <= _MAX_LINKS_EXPLAINED:
                _link_note(explain, link, unwrapped, layers, why)
    if explain is not None and seen > _MAX_LINKS_EXPLAINED:
        from tracker.core.classify.explain import LINK

        explain.note(LINK, N_("... and {count} more links"), count=seen - _MAX_LINKS_EXPLAINED)
    return found


def _choose(group: list[str], labelled: bool, is_meta_host: Callable[[str], bool],
            explain: Explain | None) -> tuple[str | None, str | None] | None:
    """The answer a group of candidate links gives, or None to look further.

    Links presented as the form by their words: any unsafe one, and the message is trusted with
    no link at all. Links on a known form path: the first if it is safe, else look further."""
    if labelled:
        for u in group:
            problem = url_problem(u, is_meta_host)
            if problem is not None:
                if explain is not None:
                    _link_verdict(explain, N_("rejected: {url} is presented as the form but unsafe ({problem}): "
                                              "no link at all"), u, problem=problem)
                return None, Doubt(doubts.LINK_UNSAFE, problem=problem)
        if explain is not None:
            _link_verdict(explain, N_("taken: {url}, presented as the form by its words (a known form path "
                                      "first), every such link safe"), group[0])
        return group[0], None
    problem = url_problem(group[0], is_meta_host)
    if problem is None:
        if explain is not None:
            _link_verdict(explain, N_("taken: {url}, a safe Meta link on a known form path"), group[0])
        return group[0], None
    if explain is not None:
        _link_verdict(explain, N_("rejected: {url}, on a known form path but unsafe ({problem})"), group[0],
                      problem=problem)
    return None


_MAX_LINKS_EXPLAINED = 40
_MAX_SHOWN = 300


def _link_note(explain: Explain, link: Link, unwrapped: str | None, layers: list[str], why: str) -> None:
    from tracker.core.classify.explain import LINK, Words

    label = " ".join(link.label.split())[:80] or "-"
    url = link.url[:_MAX_SHOWN]
    if unwrapped is not None and layers:
        explain.note(LINK, N_("\"{label}\" {url} -> {target} (wrappers removed: {wrappers}): {why}"),
                     label=label, url=url, target=unwrapped[:_MAX_SHOWN], wrappers=", ".join(layers),
                     why=Words((why,)))
    else:
        explain.note(LINK, N_("\"{label}\" {url}: {why}"), label=label, url=url, why=Words((why,)))


def _link_verdict(explain: Explain, template: str, url: str, **values: object) -> None:
    from tracker.core.classify.explain import LINK

    explain.note(LINK, template, url=url[:_MAX_SHOWN], **values)


def _path(url: str) -> str:
    if "://" not in url:
        return ""
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


# ---- the reference / case number -------------------------------------------------------------------

# Every part bounded and every character read one way: the old ``(?:\s*(?:[:#.]|no\.?)\s*)*``
# let a space or a dot be taken by several loops, and took seconds on ``: : : … !``.
_REF_TAIL = re.compile(
    r"(?:[\s:#.°º№]|n[°º]|no|nr|num){0,12}"          # punctuation and "No." after the label
    r"(?:[^\W\d_]{1,9}[.:]{0,2}\s{1,5}){0,3}?"        # a few words: "is", "est le", "lautet", "del caso:", "č.:"
    r"[:#]?\s{0,5}#?(?P<ref>(?=[A-Z0-9/-]{0,41}\d)[A-Z0-9](?:[A-Z0-9]|[-/](?=[A-Z0-9])){3,40})",
    re.IGNORECASE,
)


def extract_reference(text: str, subject: str, label: Matcher, *, explain: Explain | None = None) -> str | None:
    """The case / reference number printed after its label, in the body first, then the subject."""
    for source in (text, subject):
        clean = _without_urls(source)
        for m in label.finditer(clean):
            if m.start() > 0 and clean[m.start() - 1].isalnum():
                continue
            tail = _REF_TAIL.match(clean, m.end())
            if not tail:
                if explain is not None:
                    _reference_note(explain, N_("label \"{label}\": no number after it"), m.group(0))
                continue
            ref = tail.group("ref")
            if sum(c.isdigit() for c in ref) >= 4:
                if explain is not None:
                    _reference_note(explain, N_("label \"{label}\" followed by {value}: taken"), m.group(0),
                                    value=ref)
                return ref
            if explain is not None:
                _reference_note(explain, N_("label \"{label}\" followed by {value}: fewer than four digits"),
                                m.group(0), value=ref)
    if explain is not None:
        _reference_note(explain, N_("no reference label followed by a number: none"), "")
    return None


def _reference_note(explain: Explain, template: str, label: str, **values: object) -> None:
    from tracker.core.classify.explain import REFERENCE

    explain.note(REFERENCE, template, label=" ".join(label.split()), **values)
