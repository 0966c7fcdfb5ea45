"""Keep the translation catalogs in step with the code (Babel).

    python scripts/i18n.py update [--merge DIR_OR_JSON ...]   extract, merge into fr.po, compile fr.mo
    python scripts/i18n.py check                              exit 1 if a string lacks a translation, or a .mo is stale

What is extracted:
  * tracker's own strings: arguments of ``_()``, ``N_()`` and ``ngettext()`` anywhere in ``tracker/``;
  * the command line's help: every click command's docstring and every ``help=`` of an option in
    ``tracker/cli/`` (translated at run time by :func:`tracker.cli.language.localize`);
  * click's own words ("Usage:", its error messages), from the installed click, so that ``--help``
    and usage errors are French too.

``--merge`` takes JSON files ``{"English msgid": "French msgstr"}`` (or folders of them) and fills
the catalog with them: a way to translate many strings at once.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import io
import json
import string
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tracker"
LOCALE = PACKAGE / "locale"
POT = LOCALE / "tracker.pot"
# The catalogs to keep: every UI language but the source one (tracker.i18n.LANGUAGES is the one list).
sys.path.insert(0, str(ROOT))
from tracker.i18n import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

LANGS = tuple(lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE)
KEYWORDS: dict[str, Any] = {"_": None, "N_": None, "ngettext": (1, 2)}
CLICK_MODULES = ("core.py", "decorators.py", "exceptions.py", "formatting.py", "parser.py", "types.py", "termui.py")


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "tracker.po"


def mo_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "tracker.mo"


def _is_click_decorator(node: ast.expr) -> bool:
    call = node if isinstance(node, ast.Call) else None
    func = call.func if call else node
    return isinstance(func, ast.Attribute) and func.attr in ("command", "group")


Found = Iterator[tuple[int, str, str, list[str]]]


def extract_click_help(fileobj: Any, keywords: Any, comment_tags: Any, options: Any) -> Found:
    """A Babel extractor: click command docstrings and ``help=`` texts, as click will show them."""
    tree = ast.parse(fileobj.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and any(_is_click_decorator(d) for d in node.decorator_list):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                yield node.lineno, "", inspect.cleandoc(doc), ["command help"]
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg == "help" and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str):
                    yield kw.value.lineno, "", inspect.cleandoc(kw.value.value), ["option help"]


def extract() -> Catalog:
    """The template: every msgid of tracker, its command-line help, and click's words."""
    import click

    cat = Catalog(project="tracker", domain="tracker", charset="utf-8")
    found = extract_from_dir(str(PACKAGE), method_map=[("**.py", "python")], keywords=KEYWORDS,
                             comment_tags=("TRANSLATORS:",), strip_comment_tags=True)
    for filename, lineno, message, comments, context in found:
        cat.add(message, locations=[(f"tracker/{filename}", lineno)], auto_comments=comments, context=context)
    for module in sorted((PACKAGE / "cli").glob("*.py")):
        with module.open("rb") as f:
            for lineno, _, message, comments in extract_click_help(io.TextIOWrapper(f, "utf-8"), None, None, None):
                cat.add(message, locations=[(f"tracker/cli/{module.name}", lineno)], auto_comments=comments)
    click_dir = Path(click.__file__).parent
    for filename, lineno, message, _comments, context in extract_from_dir(
            str(click_dir), method_map=[(m, "python") for m in CLICK_MODULES], keywords=KEYWORDS):
        if message in cat or (isinstance(message, tuple) and message[0] in cat):
            continue
        cat.add(message, locations=[(f"click/{filename}", lineno)], auto_comments=["click"], context=context)
    return cat


# gettext's usual plural rule of a language, where Babel's differs (French: CLDR's third "many"
# form is not what ngettext callers expect). A new UI language whose rule Babel gets right needs none.
PLURALS = {"fr": (2, "(n > 1)")}


def _load(path: Path, locale: str) -> Catalog:
    if path.exists():
        with path.open("rb") as f:
            cat = read_po(f, locale=locale)
    else:
        cat = Catalog(locale=locale, domain="tracker", charset="utf-8", project="tracker",
                      msgid_bugs_address="", copyright_holder="the tracker authors")
    if locale in PLURALS:
        cat._num_plurals, cat._plural_expr = PLURALS[locale]  # type: ignore[assignment]  # Babel has no setter
    return cat


def _merge_json(cat: Catalog, sources: list[str]) -> int:
    files: list[Path] = []
    for s in sources:
        p = Path(s)
        files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    filled = 0
    for p in files:
        for msgid, msgstr in json.loads(p.read_text(encoding="utf-8")).items():
            key = msgid
            m = cat.get(key)
            if m is None:
                continue  # not (or no longer) in the code
            if isinstance(m.id, tuple):
                m.string = tuple(msgstr) if isinstance(msgstr, list) else (msgstr, msgstr)
            else:
                m.string = msgstr
            m.flags.discard("fuzzy")
            filled += 1
    return filled


def cldr() -> dict[str, dict[str, object]]:
    """The CLDR subset tracker formats with (see tracker.i18n.format_date), from Babel."""
    from babel import Locale

    out: dict[str, dict[str, object]] = {}
    for lang in (SOURCE_LANGUAGE, *LANGS):
        loc = Locale.parse(lang)
        out[lang] = {"months": [loc.months["format"]["wide"][m] for m in range(1, 13)],
                     "date_long": loc.date_formats["long"].pattern,
                     "time_short": loc.time_formats["short"].pattern,
                     "datetime_long": loc.datetime_formats["long"],
                     "am_pm": [loc.day_periods["format"]["abbreviated"][p] for p in ("am", "pm")],
                     "group": loc.number_symbols["latn"]["group"]}
    return out


def update(merge: list[str]) -> int:
    template = extract()
    (LOCALE / "cldr.json").write_text(json.dumps(cldr(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    LOCALE.mkdir(parents=True, exist_ok=True)
    with POT.open("wb") as f:
        write_po(f, template, omit_header=False, sort_output=False, width=100)
    for lang in LANGS:
        cat = _load(po_path(lang), lang)
        cat.update(template, no_fuzzy_matching=True)
        filled = _merge_json(cat, merge) if merge else 0
        po_path(lang).parent.mkdir(parents=True, exist_ok=True)
        with po_path(lang).open("wb") as f:
            write_po(f, cat, width=100, ignore_obsolete=True, include_previous=False)
        with mo_path(lang).open("wb") as f:
            write_mo(f, cat, use_fuzzy=False)
        missing = [m.id for m in cat if m.id and not _translated(m)]
        print(f"{lang}: {len(cat)} messages, {filled} filled from JSON, {len(missing)} without translation")
    return 0


def _translated(m: Any) -> bool:
    if "fuzzy" in m.flags:
        return False
    strings = m.string if isinstance(m.string, tuple) else (m.string,)
    return all(strings)


def fields(text: str) -> set[str]:
    """The ``{placeholders}`` of a str.format template."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def problems(lang: str = "fr", include_click: bool = False) -> list[str]:
    """Every reason the catalog of ``lang`` is not complete and consistent with the code."""
    out: list[str] = []
    template = extract()
    cat = _load(po_path(lang), lang)
    for m in template:
        if not m.id:
            continue
        if "click" in m.auto_comments and not include_click:
            continue
        t = cat.get(m.id)
        where = ", ".join(f"{f}:{n}" for f, n in m.locations[:2])
        ident = m.id if isinstance(m.id, str) else m.id[0]
        if t is None or not _translated(t):
            out.append(f"{where}: no {lang} translation for {ident!r}")
            continue
        ids = (m.id,) if isinstance(m.id, str) else tuple(m.id)
        strs = (t.string,) if isinstance(t.string, str) else tuple(t.string or ())
        if "{" in ids[0] or any("{" in s for s in strs):
            try:
                want = set().union(*(fields(i) for i in ids))
                got = set().union(*(fields(s) for s in strs))
            except ValueError as e:
                out.append(f"{where}: bad placeholder in the {lang} translation of {ident!r}: {e}")
                continue
            if not got <= want:
                out.append(f"{where}: the {lang} translation of {ident!r} uses {sorted(got - want)}, "
                           "which the English lacks")
    if mo_path(lang).exists():
        with mo_path(lang).open("rb") as f:
            compiled = read_mo(f)
        def same(a: Any, b: Any) -> bool:
            return (tuple(a) if isinstance(a, list | tuple) else a) == (tuple(b) if isinstance(b, list | tuple) else b)

        for m in cat:
            c = compiled.get(m.id) if m.id else None
            if m.id and _translated(m) and (c is None or not same(c.string, m.string)):
                out.append(f"{mo_path(lang).relative_to(ROOT)} is stale: run python scripts/i18n.py update")
                break
    else:
        out.append(f"{mo_path(lang).relative_to(ROOT)} is missing: run python scripts/i18n.py update")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("update", help="extract, merge, compile")
    u.add_argument("--merge", nargs="*", default=[], help="JSON files or folders of translations to fill in")
    c = sub.add_parser("check", help="report strings without a translation and stale .mo files")
    c.add_argument("--click", action="store_true", help="also require click's own words")
    a = ap.parse_args()
    if a.cmd == "update":
        return update(a.merge)
    found = problems(include_click=a.click)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
