"""Translations: gettext catalogs compiled into the package, one language per process.

English is the source language (the msgids); French comes from ``tracker/locale/fr/LC_MESSAGES/
tracker.mo``, compiled from the ``.po`` next to it by ``python scripts/i18n.py update`` (Babel).
:data:`LANGUAGES` is the one list of the languages tracker speaks: the ``--lang`` choice, the
config's ``language`` check and the per-language data tables (the providers' notes) follow it,
so a new language is a catalog and data entries, with no code branch.
The language is chosen once, early, by the command line (``--lang``, the config's ``language``,
then ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG`` as gettext reads them) and the command
runs inside :func:`speaking`. Functions that render for an explicitly given language (the
daemon's notifications, the calendar export, the letter) pass ``lang`` to :func:`_` instead.

:func:`speaking` also points the default gettext domain at the same catalog for the duration,
because click translates its own words ("Usage:", "Show this message and exit.", its errors)
through :func:`gettext.gettext`; the catalog carries French for those too.

Why not Python's locale-dependent formatting for dates: the process locale may be C or not
installed (``fr_FR.UTF-8`` rarely is on a minimal machine). The CLDR data tracker needs (month
names, the long date pattern, the digit grouping) is written by Babel next to the catalogs.
"""

from __future__ import annotations

import gettext
import json
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Final

__all__ = ["LANGUAGES", "N_", "SOURCE_LANGUAGE", "_", "format_date", "format_number", "in_language", "language",
           "language_from_env", "ngettext", "resolve_language", "set_language", "speaking"]

DOMAIN = "tracker"
LOCALEDIR = Path(__file__).resolve().parent / "locale"
#: The languages of tracker's own words, in the order ``--lang`` and the config's error list
#: them. Each one but the source has a catalog in ``tracker/locale/<code>/`` and CLDR data in
#: ``cldr.json`` (both written by ``scripts/i18n.py update``).
LANGUAGES: Final = ("fr", "en")
#: The language of the msgids, and of any per-language data that lacks the one asked for.
SOURCE_LANGUAGE: Final = "en"

_current: str = SOURCE_LANGUAGE


@cache
def _catalog(lang: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, LOCALEDIR, languages=[lang], fallback=True)


def language_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the POSIX locale variables ask for, in gettext's order: one of :data:`LANGUAGES`
    (the source language for a locale tracker does not speak), None when no variable says one."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value or value in ("C", "POSIX") or value.startswith("C."):
            continue
        for part in value.split(":"):  # LANGUAGE may be a list: "fr:en"
            code = part.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
        return SOURCE_LANGUAGE
    return None


def resolve_language(configured: str | None, environ: Mapping[str, str] | None = None,
                     fallback: str = SOURCE_LANGUAGE) -> str:
    """The configured language when tracker speaks it (``"auto"`` and None do not name one), else
    the locale's, else ``fallback``: the one rule shared by the command line, the daemon's
    reloads and the warnings given while the configuration loads."""
    if configured in LANGUAGES:
        return str(configured)
    return language_from_env(environ) or fallback


def in_language(table: Mapping[str, str], lang: str | None = None) -> str:
    """The entry of a per-language data table (``notes = {en = "...", fr = "..."}``) for ``lang``
    (default: the process' language), else the source language's, else ``""``: data written
    before a language was added still says something."""
    return table.get(lang or _current) or table.get(SOURCE_LANGUAGE, "")


def set_language(lang: str) -> None:
    """Choose the language of what tracker itself prints from now on."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Run a command in ``lang``, click's own words included, then restore the previous state.

    click calls :func:`gettext.gettext`, which reads the language from ``LANGUAGE`` at each
    call: it is set for the duration only, so that one command's ``--lang`` does not become the
    next command's default (tests run many commands in one process).
    """
    previous, before = _current, os.environ.get("LANGUAGE")
    set_language(lang)
    gettext.bindtextdomain(DOMAIN, str(LOCALEDIR))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = lang
    try:
        yield
    finally:
        set_language(previous)
        if before is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = before


def language() -> str:
    return _current


def _(message: str, lang: str | None = None) -> str:
    """``message`` (an English msgid) in ``lang`` (default: the process' language)."""
    return _catalog(lang or _current).gettext(message)


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    return _catalog(lang or _current).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (tables translated at use)."""
    return message


def format_date(d: date, lang: str | None = None) -> str:
    """A date as people write it: "26 mai 2025", "May 26, 2025" (CLDR's long date format)."""
    return _format_date(d, lang or _current)


@cache
def _cldr() -> dict[str, Any]:
    return dict(json.loads((LOCALEDIR / "cldr.json").read_text(encoding="utf-8")))


_FIELD = re.compile(r"d+|M+|y+|'[^']*'")


@cache
def _format_date(d: date, lang: str) -> str:
    # The few CLDR fields a long date uses (d, MMMM, y), from data Babel wrote at build time
    # (scripts/i18n.py): Babel itself costs a status run 30 ms of start-up, and a test compares
    # this with Babel's own output for every month of both languages.
    data = _cldr()[lang]

    def field(m: re.Match[str]) -> str:
        f = m.group(0)
        if f[0] == "d":
            return f"{d.day:0{len(f)}d}"
        if f[0] == "M":
            return str(data["months"][d.month - 1]) if len(f) >= 4 else f"{d.month:0{len(f)}d}"
        if f[0] == "y":
            return str(d.year)
        return f[1:-1]

    return _FIELD.sub(field, str(data["date_long"]))


def format_datetime(moment: datetime, lang: str | None = None) -> str:
    """A moment as people read it, in the local time zone: "20 novembre 2026, 10:00",
    "November 20, 2026, 10:00 AM" (CLDR's long date, short time, and long glue between them).
    Stored times are UTC; a person reads the time of their own clock."""
    local = moment.astimezone() if moment.tzinfo else moment
    lang = lang or _current
    glue = str(_cldr()[lang]["datetime_long"])
    return glue.replace("{1}", _format_date(local.date(), lang)).replace("{0}", _format_time(local.hour, local.minute,
                                                                                              lang))


_TIME_FIELD = re.compile(r"H+|h+|m+|a+|'[^']*'")


@cache
def _format_time(hour: int, minute: int, lang: str) -> str:
    data = _cldr()[lang]

    def field(m: re.Match[str]) -> str:
        f = m.group(0)
        if f[0] == "H":
            return f"{hour:0{len(f)}d}"
        if f[0] == "h":
            return f"{(hour % 12) or 12:0{len(f)}d}"
        if f[0] == "m":
            return f"{minute:0{len(f)}d}"
        if f[0] == "a":
            return str(data["am_pm"][hour >= 12])
        return f[1:-1]

    return _TIME_FIELD.sub(field, str(data["time_short"]))


def format_number(n: int, lang: str | None = None) -> str:
    """A whole number with the language's grouping: "100 000" (French, narrow no-break space), "100,000"."""
    return f"{n:,d}".replace(",", str(_cldr()[lang or _current]["group"]))
