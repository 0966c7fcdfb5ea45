"""The language phrase tables (``phrases/*.toml``) and the sender table (``senders.toml``).

A new language is a new data file, not new code: every file is found and compiled here.
Phrases of every language are matched together, so a French notice with an English subject,
or a language the detector gets wrong, is still classified; the detected language only
orders the month names tried first.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

PHRASE_KEYS: Final = (
    "conditional", "objection", "ai", "notice", "effective", "not_deadline", "code", "other_code",
    "received", "accepted", "refused", "reference", "form_link",
)


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    verified: bool
    stopwords: frozenset[str]
    letters: str
    months: tuple[tuple[str, ...], ...]
    phrases: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Everything compiled once: one alternation per phrase key across all languages."""

    languages: tuple[Language, ...]
    patterns: dict[str, re.Pattern[str]]
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

    def language(self, code: str) -> Language | None:
        for lang in self.languages:
            if lang.code == code:
                return lang
        return None

    def patterns_for(self, codes: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
        """The phrase patterns of a few languages only: scanning every language's phrases on
        every message costs many times more than the two that matter (the text's and English)."""
        return _patterns_for(self, codes)


@cache
def _patterns_for(lex: Lexicon, codes: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    langs = [lang for lang in lex.languages if lang.code in codes]
    return _compile(langs)


def _compile(langs: list[Language]) -> dict[str, re.Pattern[str]]:
    patterns: dict[str, re.Pattern[str]] = {}
    for key in PHRASE_KEYS:
        allp: list[str] = []
        for lang in langs:
            allp.extend(lang.phrases[key])
        if key == "conditional":
            words = sorted(set(allp), key=len, reverse=True)
            patterns[key] = re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)" if words else r"(?!x)x",
                re.IGNORECASE,
            )
        else:
            patterns[key] = _alternation(allp)
    return patterns


def _data(name: str) -> Any:
    return tomllib.loads(resources.files("tracker.classify").joinpath(name).read_text(encoding="utf-8"))


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


def _alternation(parts: list[str]) -> re.Pattern[str]:
    # Longest first, so that "right to object" wins over "object" at the same position.
    uniq = sorted(set(parts), key=len, reverse=True)
    return re.compile("|".join(f"(?:{p})" for p in uniq) if uniq else r"(?!x)x", re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    """Load and compile every phrase file once per process."""
    langs: list[Language] = []
    folder = resources.files("tracker.classify").joinpath("phrases")
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
    )
