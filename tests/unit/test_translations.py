"""Every user-facing string has French, and none escapes translation.

Three nets, each able to fail on its own:

* the catalog: every msgid Babel extracts from ``tracker/`` (``_()``, ``N_()``, ``ngettext()``,
  the click commands' docstrings and ``help=`` texts) has a French translation with no
  placeholder the English lacks, and the compiled ``.mo`` in the package matches the ``.po``;
* the code: a string literal handed straight to a user-facing call (an error raised, a line
  echoed or printed, a problem listed) without ``_()`` fails, with its file and line;
* the result: rendering in French gives French (tables, plurals, dates, click's own words).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from tracker import i18n
from tracker.core.status import NextAction
from tracker.i18n import _, ngettext
from tracker.output import render, render_human

ROOT = Path(__file__).resolve().parents[2]


def _scripts_i18n() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scripts_i18n", ROOT / "scripts" / "i18n.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["scripts_i18n"] = module
    spec.loader.exec_module(module)
    return module


def test_every_extracted_string_has_french_and_the_compiled_catalog_is_fresh() -> None:
    problems = _scripts_i18n().problems()
    assert not problems, "\n".join(problems[:40])


def test_the_extraction_sees_the_command_line_help_and_the_tables() -> None:
    cat = _scripts_i18n().extract()
    assert "Show this message and exit." in cat  # click's own words
    assert "Poll only this configured mailbox." in cat  # an option's help=
    assert any(str(m.id).startswith("Where each Meta account stands") for m in cat)  # a command docstring
    assert render._NEXT[NextAction.ENTER_CODE] in cat  # an N_() table entry


# ---- the code: no literal escapes ``_()`` -----------------------------------------------------

#: Calls whose string argument a person reads (exceptions that only a bug can raise are not among them).
_USER_FACING = re.compile(r"((?<!Value|ntime|.Type|ssion|.uKey)Error|^echo|^print|^append|^secho|^add_task"
                          r"|^Notification|^confirm|^prompt)$")
#: Literals that are not prose: punctuation and placeholders only, URLs, TOML lines written to the config.
_NOT_PROSE = re.compile(r"^[\W\d_]*$|^https?://|^\{[\w.!:]*\}$|^[\w\[\]]+ =( |$)")
_MARKUP = re.compile(r"\[/?[\w ]*\]")


def _func_name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _literal_prose(node: ast.expr) -> str | None:
    """The prose of a bare literal (str or f-string), None when the node is not one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return None
    text = _MARKUP.sub("", text).strip()
    words = re.search(r"[A-Za-z]{3,}", text) and (" " in text or isinstance(node, ast.JoinedStr))
    return None if _NOT_PROSE.match(text) or not words else text


def _untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not _USER_FACING.search(_func_name(node)):
            continue
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) and \
                node.func.value.id in ("logger", "logging", "log"):
            continue
        for arg in node.args[:1]:
            # "a" + _("b"), f"{x}: " + ... : look at every operand of a concatenation
            parts = [arg]
            while parts and isinstance(parts[0], ast.BinOp):
                parts = [parts[0].left, parts[0].right, *parts[1:]]
            for part in parts:
                prose = _literal_prose(part)
                if prose is not None:
                    found.append(f"{path.relative_to(ROOT)}:{part.lineno}: {prose[:60]!r}")
    return found


#: Modules whose strings never reach a person directly (the core's data, the logs' English).
_EXEMPT = {"i18n.py", "model.py", "state.py", "status.py", "reminders.py", "extract.py"}


def test_no_user_facing_literal_escapes_translation() -> None:
    found: list[str] = []
    for path in sorted((ROOT / "tracker").rglob("*.py")):
        if path.name in _EXEMPT or "classify" in path.parts[-2:-1]:
            continue
        found += _untranslated(path)
    assert not found, "strings shown to people without _():\n" + "\n".join(found)


#: Where the classifier writes a reason for doubt (a warning, or the reason inside one): the list
#: of warnings, a receiving server's verdict, or what a check returns (a look-alike's reason, a
#: link's problem). Each must be a message id of :mod:`tracker.core.doubts`, shown in the reader's
#: language at the edge, never an English sentence (``Doubt(doubts.X, ...)``).
_REASON_SINKS = re.compile(r"^(append|extend|Verdict|Doubt)$")


def _bare_reasons(path: Path) -> list[str]:
    """English prose written where a warning is built, in the classifier (the lint above skips it:
    most of its strings are data, phrases and patterns)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _REASON_SINKS.search(_func_name(node)):
            candidates = list(node.args)
        elif isinstance(node, ast.Return) and node.value is not None:
            candidates = [node.value]
        else:
            continue
        while any(isinstance(c, ast.Tuple | ast.List | ast.IfExp | ast.BoolOp | ast.Starred) for c in candidates):
            flat: list[ast.expr] = []
            for c in candidates:
                if isinstance(c, ast.Tuple | ast.List):
                    flat += c.elts
                elif isinstance(c, ast.IfExp):
                    flat += [c.body, c.orelse]
                elif isinstance(c, ast.BoolOp):
                    flat += c.values
                elif isinstance(c, ast.Starred):
                    flat.append(c.value)
                else:
                    flat.append(c)
            candidates = flat
        for c in candidates:
            prose = _literal_prose(c)
            if prose is not None:
                found.append(f"{path.relative_to(ROOT)}:{c.lineno}: {prose[:60]!r}")
    return found


def _classifier_files() -> list[Path]:
    return [*sorted((ROOT / "tracker" / "core" / "classify").glob("*.py")), ROOT / "tracker" / "core" / "extract.py"]


def test_no_warning_is_an_english_sentence() -> None:
    """Warnings are message ids with values (tracker.core.doubts), translated where people read them."""
    found = [line for path in _classifier_files() for line in _bare_reasons(path)]
    assert not found, "warnings written as English text, not as a message id of tracker.core.doubts:\n" + \
        "\n".join(found)


def test_every_reason_for_doubt_reads_differently_in_french() -> None:
    from tracker.core import doubts

    for msgid in doubts.ALL:
        assert _(msgid, "fr") != msgid, f"{msgid!r} has no French"


def test_the_reason_lint_catches_an_english_warning(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('def f(w, d):\n    w.append(f"look-alike sender domain {d}")\n'
                      '    if d:\n        return False, f"DMARC fail for {d}"\n'
                      '    return Verdict(None, "no verdict from the receiving server")\n'
                      '    w.append(Doubt(doubts.DMARC_FAIL, domain=d))\n')
    found = [line.partition(": ")[0] for line in _bare_reasons_at(sample)]
    assert [f.rpartition(":")[2] for f in found] == ["2", "4", "5"]


def _bare_reasons_at(path: Path) -> list[str]:
    """:func:`_bare_reasons` for a file outside the checkout (the lint's own test)."""
    global ROOT
    saved, ROOT = ROOT, path.parent
    try:
        return _bare_reasons(path)
    finally:
        ROOT = saved


def _shadowed(path: Path) -> list[str]:
    """Functions that call ``_()`` and also assign ``_`` (a throwaway): the call then fails at run time."""
    found = []
    for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_" for n in ast.walk(fn))
        stores = [n for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store)
                  and not any(n in ast.walk(c) for c in ast.walk(fn) if isinstance(c, ast.comprehension))]
        if calls and stores:
            found.append(f"{path.relative_to(ROOT)}:{stores[0].lineno}: {fn.name} assigns _ and calls _()")
    return found


def test_no_function_shadows_the_translation_function() -> None:
    found = [line for path in sorted((ROOT / "tracker").rglob("*.py")) for line in _shadowed(path)]
    assert not found, "\n".join(found)


def test_the_lint_above_catches_a_bare_literal(tmp_path: Path) -> None:
    """The net has no hole where it matters: a raised error and an echo with plain English fail."""
    sample = ROOT / "tracker" / "_lint_sample.py"
    try:
        sample.write_text('def f(x):\n    click.echo(f"wrote {x}")\n    raise UserError("no such thing")\n'
                          '    raise UserError(_("fine {x}").format(x=x))\n')
        found = _untranslated(sample)
    finally:
        sample.unlink()
    assert len(found) == 2
    assert ":2:" in found[0]
    assert ":3:" in found[1]
    sample.write_text("def g(xs):\n    for _, x in xs:\n        print(_(x))\n")
    try:
        assert len(_shadowed(sample)) == 1
    finally:
        sample.unlink()


# ---- the result --------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "table"), [("render._NEXT", render._NEXT), ("render._NOTE", render._NOTE),
                                             ("render._STATE_LABEL", render._STATE_LABEL),
                                             ("render_human._T", render_human._T)])
def test_every_table_entry_reads_differently_in_french(name: str, table: dict[object, str]) -> None:
    for key, msgid in table.items():
        french = _(msgid, "fr")
        assert french.strip(), f"{name}[{key}] has no French"
        if len(msgid) > 12:
            assert french != msgid, f"{name}[{key}]: the French text is the English one"
        assert _(msgid, "en") == msgid


def test_next_action_covers_every_code() -> None:
    from tracker.core.status import NextAction

    assert set(render._NEXT) == set(NextAction)


def test_plurals_follow_french_rules() -> None:
    """French: 0 and 1 are singular; English: only 1."""
    one = ngettext("{n} event", "{n} events", 1, "fr").format(n=1)
    zero = ngettext("{n} event", "{n} events", 0, "fr").format(n=0)
    two = ngettext("{n} event", "{n} events", 2, "fr").format(n=2)
    assert (zero, one, two) == ("0 événement", "1 événement", "2 événements")
    assert ngettext("{n} event", "{n} events", 0, "en").format(n=0) == "0 events"
    assert render.note("fr", "reminder.summary", days=2, platform="facebook") == (
        "Dernier jour pour vous opposer : dans 2 jours (facebook)")
    assert render.note("fr", "reminder.summary", days=1, platform="facebook") == (
        "Dernier jour pour vous opposer : demain (facebook)")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_dates_and_numbers_are_formatted_as_babel_formats_them(lang: str) -> None:
    """The CLDR subset in the package gives what Babel gives, for every month and day width."""
    babel_dates = pytest.importorskip("babel.dates")
    babel_numbers = pytest.importorskip("babel.numbers")
    for month in range(1, 13):
        for day in (1, 9, 28):
            d = date(2025 + month % 3, month, day)
            assert i18n.format_date(d, lang) == babel_dates.format_date(d, format="long", locale=lang)
    for n in (0, 7, 999, 1000, 100000, 1234567):
        assert i18n.format_number(n, lang) == babel_numbers.format_decimal(n, locale=lang)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_moments_are_formatted_as_babel_formats_them(lang: str) -> None:
    """Date, short time and the long glue between them, as Babel composes them (times already local)."""
    from datetime import datetime

    babel_dates = pytest.importorskip("babel.dates")
    glue = babel_dates.get_datetime_format("long", locale=lang)
    for hour, minute in ((0, 5), (9, 0), (12, 30), (23, 59)):
        moment = datetime(2026, 3, 29, hour, minute)
        want = glue.replace("{1}", babel_dates.format_date(moment, "long", locale=lang)).replace(
            "{0}", babel_dates.format_time(moment, "short", locale=lang))
        assert i18n.format_datetime(moment, lang) == want


def test_the_cldr_data_in_the_package_is_what_babel_says() -> None:
    import json

    shipped = json.loads((ROOT / "tracker" / "locale" / "cldr.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(_scripts_i18n().cldr())), "run python scripts/i18n.py update"


def test_dates_and_numbers_follow_the_language() -> None:
    d = date(2025, 5, 26)
    assert i18n.format_date(d, "fr") == "26 mai 2025"
    assert i18n.format_date(d, "en") == "May 26, 2025"
    assert i18n.format_number(100000, "en") == "100,000"
    assert i18n.format_number(100000, "fr").replace("\u202f", " ").replace("\xa0", " ") == "100 000"


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"), ({"LANG": "de_DE.UTF-8"}, "en"), ({"LC_ALL": "fr_BE", "LANG": "en_US"}, "fr"),
    ({"LANGUAGE": "de:fr", "LANG": "en_US"}, "fr"), ({"LANG": "C.UTF-8"}, None), ({}, None),
    ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"),
])
def test_language_from_the_locale_variables(env: dict[str, str], expected: str | None) -> None:
    assert i18n.language_from_env(env) == expected


def test_speaking_restores_the_previous_language_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.delenv("LANGUAGE", raising=False)
    before = i18n.language()
    with i18n.speaking("fr"):
        assert i18n.language() == "fr"
        assert os.environ["LANGUAGE"] == "fr"
        import gettext

        assert gettext.gettext("Show this message and exit.") == "Afficher ce message et quitter."
    assert i18n.language() == before
    assert "LANGUAGE" not in os.environ


def test_every_provider_note_is_in_every_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.cli.init import load_presets

    presets = [p for p in load_presets() if p.notes]
    assert presets
    for p in presets:
        assert set(p.notes) == set(i18n.LANGUAGES), f"{p.name}: notes.<lang> missing in tracker/data/providers.toml"
        for lang in i18n.LANGUAGES:
            monkeypatch.setattr(i18n, "_current", lang)
            assert p.note() == p.notes[lang]


def test_a_provider_note_missing_a_language_is_shown_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.cli.init import _presets_from

    text = ('[[provider]]\nname = "A"\ndomains = ["a.test"]\nhost = "imap.a.test"\nport = 993\ntls = "ssl"\n'
            'notes.en = "needs an app password"\n'
            '[[provider]]\nname = "B"\ndomains = ["b.test"]\nhost = "imap.b.test"\nport = 993\ntls = "ssl"\n'
            'notes = "one string, in one language"\n')
    a, b = _presets_from(text, "providers.toml")
    monkeypatch.setattr(i18n, "_current", "fr")
    assert (a.note(), b.note()) == ("needs an app password", "one string, in one language")


@pytest.mark.parametrize("lang", [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE])
def test_every_ui_language_has_its_catalog_and_dates(lang: str) -> None:
    """A language added to tracker.i18n.LANGUAGES needs its catalog and CLDR data (scripts/i18n.py update)."""
    import json

    assert (ROOT / "tracker" / "locale" / lang / "LC_MESSAGES" / "tracker.mo").is_file()
    assert lang in json.loads((ROOT / "tracker" / "locale" / "cldr.json").read_text(encoding="utf-8"))
    assert _("Everything looks right.", lang) != "Everything looks right."


def test_the_lang_option_and_the_config_offer_the_ui_languages() -> None:
    from tracker.cli.app import cli
    from tracker.config import parse_config

    lang = next(p for p in cli.params if p.name == "lang")
    assert tuple(lang.type.choices) == i18n.LANGUAGES  # type: ignore[attr-defined]
    for code in ("auto", *i18n.LANGUAGES):
        assert parse_config({"general": {"language": code}}, None).language == code


def _bare_log_lines(path: Path) -> list[str]:
    """Log lines of tracker's own written as bare English: ``logger.warning("...")`` instead of
    ``logger.warning(N_("..."))`` (the command line says them in the person's language)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("info", "warning", "error", "critical")
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "logger" and node.args):
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.strip() != "%s":
                found.append(f"{path.name}:{node.lineno}: {first.value[:60]!r}")
    return found


def test_log_lines_shown_to_people_are_message_ids() -> None:
    found = [line for path in sorted((ROOT / "tracker").rglob("*.py")) for line in _bare_log_lines(path)]
    assert not found, "log lines without N_():\n" + "\n".join(found)


def test_the_log_line_lint_catches_a_bare_line(tmp_path: Path) -> None:
    bad = tmp_path / "m.py"
    bad.write_text('logger.warning("cannot open %s", x)\nlogger.warning(N_("fine %s"), x)\n', encoding="utf-8")
    assert len(_bare_log_lines(bad)) == 1
