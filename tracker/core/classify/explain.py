"""Why a message got its classification (``tracker classify --explain``, issue 13).

:class:`Explain` is an optional collector that the classifier's steps fill in when one is
given (keyword ``explain``, None by default: the usual path only tests for None and pays
nothing else). It never changes what a step decides; a test checks that every labelled mail
gets the same classification with and without it.

A note is an English template (a msgid, marked with ``N_``) and its values, kept apart until
shown: people read the template in their language with every mail-borne value made safe
(:func:`tracker.output.sanitize.for_people`), ``--json`` gets plain English. A confirmation code is a
:class:`Secret` (masked for people, as the one-line view masks it); fixed words such as the
reasons a date was scored are :class:`Words`, translated one by one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Final

from tracker.i18n import N_

__all__ = ["SECTIONS", "Days", "Explain", "Note", "Secret", "Words", "excerpt"]

SENDER: Final = N_("sender")
LANGUAGE: Final = N_("language")
KIND: Final = N_("kind")
DEADLINE: Final = N_("deadline")
CODE: Final = N_("code")
LINK: Final = N_("objection link")
REFERENCE: Final = N_("reference")
AUTHENTIC: Final = N_("authentic")

#: The order sections are shown in, whatever order the classifier filled them in.
SECTIONS: Final = (SENDER, LANGUAGE, KIND, DEADLINE, CODE, LINK, REFERENCE, AUTHENTIC)


class Words(tuple[str, ...]):
    """Fixed English words (msgids), translated one by one and joined with ", " when shown."""

    __slots__ = ()


class Days(tuple[date, ...]):
    """Dates shown together ("the dates not ruled out"), each written as :class:`Note` writes one."""

    __slots__ = ()


class Secret(str):
    """A confirmation code: shown as ``******`` to people, in full only in ``--json``."""

    __slots__ = ()


def _same(text: str) -> str:
    return text


_NONE: Final = N_("none")


@dataclass(frozen=True, slots=True)
class Note:
    section: str
    template: str
    values: tuple[tuple[str, object], ...]

    def text(self, translate: Callable[[str], str] = _same, clean: Callable[[str], str] = _same,
             *, mask: bool = False, day: Callable[[date], str] = date.isoformat) -> str:
        """The note in words: ``translate`` turns msgids into the reader's language, ``clean``
        makes mail-borne text safe; ``mask`` hides confirmation codes; ``day`` writes a date
        (ISO in the JSON, the reader's CLDR form for people)."""
        shown: dict[str, str] = {}
        for key, value in self.values:
            if isinstance(value, date):
                shown[key] = day(value)
            elif isinstance(value, Days):
                shown[key] = ", ".join(day(d) for d in value) if value else "-"
            elif isinstance(value, Words):
                shown[key] = ", ".join(translate(w) for w in value) if value else translate(_NONE)
            elif isinstance(value, Secret):
                shown[key] = "******" if mask else str(value)
            elif isinstance(value, str):
                shown[key] = clean(value)
            else:
                shown[key] = str(value)
        return translate(self.template).format(**shown)


class Explain:
    """The evidence gathered while classifying one message, section by section."""

    __slots__ = ("notes",)

    def __init__(self) -> None:
        self.notes: list[Note] = []

    def note(self, section: str, template: str, /, **values: object) -> None:
        """Record ``template`` (an English msgid with ``{names}``) with its values under ``section``."""
        self.notes.append(Note(section, template, tuple(values.items())))

    def in_order(self) -> list[Note]:
        """The notes, sections in :data:`SECTIONS` order, each section's notes as they came."""
        rank = {s: i for i, s in enumerate(SECTIONS)}
        return sorted(self.notes, key=lambda n: rank.get(n.section, len(SECTIONS)))

    def as_json(self) -> list[dict[str, str]]:
        """``--json --explain``: ``{section, text}`` in English, codes in full (as ``code`` is)."""
        return [{"section": n.section, "text": n.text()} for n in self.in_order()]


_SENTENCE_ENDS: Final = ".;!?\n"
_EXCERPT: Final = 60


def excerpt(text: str, start: int, end: int, width: int = _EXCERPT) -> str:
    """The sentence around ``text[start:end]``, at most ``width`` characters either side, on
    one line, with "…" where it was cut."""
    cut = max(0, start - width)
    found = max(text.rfind(c, cut, start) for c in _SENTENCE_ENDS)
    left = found + 1 if found >= 0 else cut
    rights = [i for c in _SENTENCE_ENDS if (i := text.find(c, end, end + width)) >= 0]
    right = min(rights) + 1 if rights else min(len(text), end + width)
    snippet = " ".join(text[left:right].split())
    if left > 0 and text[left - 1] not in _SENTENCE_ENDS:
        snippet = "…" + snippet
    if right < len(text) and text[right - 1] not in _SENTENCE_ENDS:
        snippet += "…"
    return snippet
