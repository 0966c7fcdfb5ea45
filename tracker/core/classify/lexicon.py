"""The language phrase tables (``phrases/*.toml``) and the sender table (``senders.toml``).

A new language is a new data file, not new code: every file is found and compiled here.
Phrases of every language are matched together, so a French notice with an English subject,
or a language the detector gets wrong, is still classified; the detected language only
orders the month names tried first.
"""

from __future__ import annotations

import heapq
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

from tracker.core.extract import Matcher

PHRASE_KEYS: Final = (
    "conditional", "promise", "objection", "ai", "notice", "effective", "not_deadline", "code", "other_code",
    "received", "accepted", "refused", "privacy_team", "reference", "form_link", "last_day", "granted", "denied",
)

# A decision written as a status line, in one language: the objection word, then the bare decision
# word ("objection accepted", "Widerspruch abgelehnt") or, after a colon or a dash, within two words
# ("Status of your objection: approved", "Objection status: declined"); or the decision word, a
# colon or a dash, then the objection word ("Approved: your objection"). Not when a preposition
# follows the word: "accepted for review", "przyjęty do rozpatrzenia" are acknowledgements.
_STATUS_AFTER: Final = (r"(?:{obj})(?: |[^\n.!?:]{{0,40}}?(?: ?[:–—-] ?)(?:[^\s:]{{1,30}} ){{0,2}}?)(?:{word})(?!\w)"
                        r"(?! (?:{prep})\b)")
_STATUS_BEFORE: Final = r"(?<!\w)(?:{word}) ?[:–—-] ?(?:[^\s:]{{1,30}} ){{0,2}}?(?:{obj})"
_NOT_DECIDED: Final = ("for", "to", "into", "pour", "à", "zur", "zum", "para", "per", "voor", "för", "til", "do", "na",
                       "k", "za", "ad", "al", "alla", "in", "om", "att", "til", "για", "за", "spre", "pentru")

# After a reference label, the separators a number may follow besides ":" and "#" (which the
# extractor reads): a dash ("Case number - 123..."), as mail templates often write it.
_REFERENCE_SUFFIX: Final = r"(?: ?[-–—](?= ))?"


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    verified: bool
    stopwords: frozenset[str]
    letters: str
    months: tuple[tuple[str, ...], ...]
    phrases: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Receiver:
    """A mail provider whose verdict is recognised without configuration (``[[receiver]]``)."""

    name: str
    authserv_ids: tuple[str, ...]  # exact ids, or "*.suffix"; "" for Microsoft's id-less form
    domains: tuple[str, ...]  # organisational domains of its receiving hosts
    arc_sealers: tuple[str, ...]


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Everything compiled once: one alternation per phrase key across all languages."""

    languages: tuple[Language, ...]
    patterns: dict[str, Matcher]
    months: dict[str, int]  # month form -> 1..12, all languages
    meta_domains: tuple[str, ...]
    search_domains: tuple[str, ...]
    search_words: tuple[str, ...]
    platform_words: tuple[tuple[str, str], ...]
    platform_domains: dict[str, str]
    redirects: dict[str, str]
    form_paths: tuple[str, ...]
    word_langs: dict[str, tuple[int, ...]]  # stopword -> indices of the languages that list it
    letter_langs: dict[str, tuple[int, ...]]  # characteristic letter -> language indices
    receivers: tuple[Receiver, ...] = ()

    def language(self, code: str) -> Language | None:
        for lang in self.languages:
            if lang.code == code:
                return lang
        return None

    def patterns_for(self, codes: tuple[str, ...]) -> dict[str, Matcher]:
        """The phrase patterns of a few languages only: scanning every language's phrases on
        every message costs many times more than the two that matter (the text's and English)."""
        return _patterns_for(self, codes)


@cache
def _patterns_for(lex: Lexicon, codes: tuple[str, ...]) -> dict[str, Matcher]:
    langs = [lang for lang in lex.languages if lang.code in codes]
    return _compile(langs)


def _compile(langs: list[Language]) -> dict[str, Matcher]:
    patterns: dict[str, Matcher] = {}
    for key in PHRASE_KEYS:
        allp: list[str] = []
        for lang in langs:
            allp.extend(lang.phrases[key])
        if key == "conditional":
            # "^wird": a word that makes a conditional only as the sentence's first word (German
            # "Wird deinem Widerspruch stattgegeben, ...", English "Should your objection be upheld").
            words = sorted({w for w in allp if not w.startswith("^")}, key=len, reverse=True)
            initial = sorted({w[1:] for w in allp if w.startswith("^")}, key=len, reverse=True)
            alternatives = [r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)"] if words else []
            if initial:
                alternatives.append(r"\A\W{0,3}(?:" + "|".join(re.escape(w) for w in initial) + r")(?!\w)")
            patterns[key] = re.compile("|".join(alternatives) or r"(?!x)x", re.IGNORECASE)
        else:
            phrases = Phrases(allp, suffix=_REFERENCE_SUFFIX if key == "reference" else "")
            if key in ("accepted", "refused"):
                # the status lines have no literal to pre-filter by: compiled once on their own, not
                # into every pre-filtered alternation (a recompile of all of them per message)
                patterns[key] = Union(phrases, _status_lines(langs, "granted" if key == "accepted" else "denied"))
            else:
                patterns[key] = phrases
    return patterns


def _status_lines(langs: list[Language], key: str) -> list[str]:
    """Each language's decisions written as a status (``_STATUS_AFTER``, ``_STATUS_BEFORE``), from
    its objection words and its bare decision words (``granted`` or ``denied``)."""
    prep = "|".join(_NOT_DECIDED)
    out = []
    for lang in langs:
        if lang.phrases[key] and lang.phrases["objection"]:
            obj, word = "|".join(lang.phrases["objection"]), "|".join(lang.phrases[key])
            out.append(_STATUS_AFTER.format(obj=obj, word=word, prep=prep))
            out.append(_STATUS_BEFORE.format(obj=obj, word=word))
    return out


def _data(name: str) -> Any:
    return tomllib.loads(resources.files("tracker.core.classify").joinpath(name).read_text(encoding="utf-8"))


def _language(doc: dict[str, Any], origin: str) -> Language:
    meta = doc["meta"]
    months = tuple(tuple(str(f).lower() for f in forms) for forms in doc["dates"]["months"])
    if len(months) != 12:
        raise ValueError(f"{origin}: dates.months must list 12 months")
    phrases = {k: tuple(doc["phrases"].get(k, ())) for k in PHRASE_KEYS}
    return Language(
        code=str(meta["language"]),
        name=str(meta.get("name", meta["language"])),
        verified=bool(meta.get("verified", False)),
        stopwords=frozenset(w.lower() for w in doc["detect"]["stopwords"]),
        letters=str(doc["detect"].get("letters", "")),
        months=months,
        phrases=phrases,
    )


_NEVER = re.compile(r"(?!x)x")


_SPECIAL = frozenset("\\()[]{}|.^$*+?")
_QUANTIFIER = frozenset("*+?{")


@cache
def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of ``pattern`` must contain, lower-cased
    (None when there is none of three characters or more).

    A scan of the pattern's top level, not a parse: only characters outside every group and
    class, not followed by a quantifier, count; a top-level ``|`` means there is none. (Parsing
    each of the 26 languages' phrases with ``re``'s parser cost a third of a second a start.)"""
    best, run = "", ""
    depth = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        nxt = pattern[i + 1] if i + 1 < len(pattern) else ""
        if ch == "\\":
            best, run = max(best, run, key=len), ""
            i += 2
            continue
        if ch == "[":  # a class: skip to its end (a "]" first in it is a member)
            best, run = max(best, run, key=len), ""
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            j += pattern[j : j + 1] == "]"
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "{":  # a counted repeat {m,n}: skip it whole
            best, run = max(best, run, key=len), ""
            end = pattern.find("}", i)
            i = end + 1 if end >= 0 else len(pattern)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return None
        if depth == 0 and ch not in _SPECIAL and nxt not in _QUANTIFIER:
            run += ch
        else:
            best, run = max(best, run, key=len), ""
        i += 1
    best = max(best, run, key=len).lower()
    return best if len(best) >= 3 else None


def _top_groups(pattern: str) -> Iterator[str]:
    """The insides of the top-level non-capturing groups ``(?:...)`` of ``pattern`` that no
    quantifier follows (each must match)."""
    depth, start, i = 0, -1, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            j += pattern[j : j + 1] == "]"
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "(":
            if depth == 0:
                start = i + 3 if pattern.startswith("(?:", i) else -1
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and start >= 0 and pattern[i + 1 : i + 2] not in _QUANTIFIER:
                yield pattern[start:i]
        elif ch == "|" and depth == 0:
            return
        i += 1


def _split_alternatives(inside: str) -> list[str]:
    """``inside`` split at its own ``|`` (not those of nested groups or classes)."""
    parts, depth, last, i = [], 0, 0, 0
    while i < len(inside):
        ch = inside[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            j = i + 1 + (inside[i + 1 : i + 2] == "^")
            j += inside[j : j + 1] == "]"
            while j < len(inside) and inside[j] != "]":
                j += 2 if inside[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(inside[last:i])
            last = i + 1
        i += 1
    return [*parts, inside[last:]]


@cache
def required_any(pattern: str) -> tuple[str, ...] | None:
    """For a pattern with no required literal: literals one of which every match contains, from
    a top-level group whose every alternative has one ("(?:unable|not able|can't) to process"
    needs "unable", "not able" or "can't"); None when there is no such group."""
    for inside in _top_groups(pattern):
        alternatives = [required_literal(a) for a in _split_alternatives(inside)]
        if alternatives and all(alternatives):
            return tuple(a for a in alternatives if a)
    return None


class Phrases:
    """One key's phrases (of several languages) as a matcher with a cheap pre-filter.

    Python's ``re`` tries every alternative at every position, so one alternation of a few
    hundred phrases costs a millisecond per message. Each phrase's required literal is looked
    up with ``in`` first, and only the phrases that can match are tried, as an
    :class:`Alternation` of phrases each compiled once (compiling a new alternation for every
    message's set of phrases cost more than matching): same matches, a fraction of the time.
    """

    def __init__(self, parts: list[str], suffix: str = "") -> None:
        # Longest first, so that "right to object" wins over "object" at the same position.
        self.parts = tuple(sorted(set(parts), key=len, reverse=True))
        self.suffix = suffix  # appended to every phrase (its literal is not needed to match)
        self._literals: tuple[str | tuple[str, ...] | None, ...] | None = None  # found on first need only
        self._last: tuple[str | None, Alternation] = (None, Alternation(()))  # the last text asked about
        self._compiled: dict[int, re.Pattern[str]] = {}  # each phrase compiled on first need only

    @property
    def literals(self) -> tuple[str | tuple[str, ...] | None, ...]:
        """Each phrase's required literal, found on first use (a start-up that reads no Meta
        mail parses no phrase; the same phrase in several tables is parsed once)."""
        if self._literals is None:
            self._literals = tuple(required_literal(p) or required_any(p) for p in self.parts)
        return self._literals

    def _single(self, i: int) -> re.Pattern[str]:
        pat = self._compiled.get(i)
        if pat is None:
            pat = self._compiled[i] = re.compile(f"(?:{self.parts[i]}){self.suffix}", re.IGNORECASE)
        return pat

    def pattern_for(self, text: str) -> Alternation:
        """The phrases that can match ``text`` (their literal is in it), as one matcher."""
        if text is self._last[0]:
            return self._last[1]
        low = text.lower()
        which = tuple(i for i, lit in enumerate(self.literals)
                      if lit is None or (lit in low if isinstance(lit, str) else any(a in low for a in lit)))
        alt = Alternation(tuple(self._single(i) for i in which))
        self._last = (text, alt)
        return alt

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern_for(text).search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern_for(text).finditer(text)

    def findall(self, text: str) -> list[Any]:
        return self.pattern_for(text).findall(text)


class Alternation:
    """Several compiled phrases matched as their alternation ``p0|p1|...`` would be, without
    compiling it: each phrase is compiled once a process, where a new alternation for every
    message's set of phrases cost a compile of hundreds of them. At each position the first
    phrase (in order) that matches there wins, and matches do not overlap, as in ``re``."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for pat in self.patterns:
            m = pat.search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        # each phrase's next match, by (start, phrase order); a match overlapped by the one taken
        # is searched again from where that one ended
        heap = [(m.start(), i, m) for i, pat in enumerate(self.patterns) if (m := pat.search(text)) is not None]
        heapq.heapify(heap)
        pos = 0
        while heap:
            start, i, m = heapq.heappop(heap)
            if start >= pos:
                yield m
                pos = m.end() if m.end() > start else start + 1
            again = self.patterns[i].search(text, pos)
            if again is not None:
                heapq.heappush(heap, (again.start(), i, again))

    def findall(self, text: str) -> list[Any]:
        return [m.group(0) for m in self.finditer(text)]


class Union:
    """A key's phrases and its status lines (``_status_lines``), kept apart so that the large
    status lines, pre-filtered by their language's objection stems, are compiled only for the
    languages a text holds, and never into the phrases' alternations: matches in order of
    position (``finditer``), the first of either (``search``)."""

    def __init__(self, phrases: Phrases, extra: list[str]) -> None:
        self.phrases = phrases
        self.extra = Phrases(extra)

    def search(self, text: str) -> re.Match[str] | None:
        found = [m for m in (self.phrases.search(text), self.extra.search(text)) if m is not None]
        return min(found, key=lambda m: m.start()) if found else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return heapq.merge(self.phrases.finditer(text), self.extra.finditer(text), key=lambda m: m.start())

    def findall(self, text: str) -> list[Any]:
        return [*self.phrases.findall(text), *self.extra.findall(text)]


@cache
def lexicon() -> Lexicon:
    """Load and compile every phrase file once per process."""
    langs: list[Language] = []
    folder = resources.files("tracker.core.classify").joinpath("phrases")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            langs.append(_language(tomllib.loads(entry.read_text(encoding="utf-8")), entry.name))
    patterns = _compile(langs)
    word_langs: dict[str, list[int]] = {}
    letter_langs: dict[str, list[int]] = {}
    for i, lang in enumerate(langs):
        for w in lang.stopwords:
            word_langs.setdefault(w, []).append(i)
        for ch in set(lang.letters.replace(" ", "")):
            letter_langs.setdefault(ch, []).append(i)
    months: dict[str, int] = {}
    for lang in langs:
        for i, forms in enumerate(lang.months, start=1):
            for form in forms:
                if not form.startswith("="):  # "=": the language's own text only (a word elsewhere)
                    months.setdefault(form.rstrip("."), i)
    s = _data("senders.toml")
    return Lexicon(
        languages=tuple(langs),
        patterns=patterns,
        months=months,
        meta_domains=tuple(d.lower() for d in s["meta_domains"]),
        search_domains=tuple(d.lower() for d in s["search_domains"]),
        search_words=tuple(w.lower() for w in s["search_words"]),
        platform_words=tuple((k.lower(), v) for k, v in s["platform_words"].items()),
        platform_domains={k.lower(): v for k, v in s["platform_domains"].items()},
        redirects={k.lower(): v for k, v in s["redirects"].items()},
        form_paths=tuple(s["form_paths"]),
        word_langs={w: tuple(v) for w, v in word_langs.items()},
        letter_langs={c: tuple(v) for c, v in letter_langs.items()},
        receivers=tuple(Receiver(name=str(r["name"]), authserv_ids=tuple(str(i).lower() for i in r["authserv_ids"]),
                                 domains=tuple(str(d).lower() for d in r["domains"]),
                                 arc_sealers=tuple(str(d).lower() for d in r.get("arc_sealers", ())))
                        for r in s.get("receiver", ())),
    )
