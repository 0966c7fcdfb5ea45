"""No pattern that reads mail may backtrack super-linearly: a static check, nothing timed.

Every pattern of ``tracker/`` is gathered three ways, so that none escapes: the string
literals handed to ``re`` in the source (AST), every pattern compiled while importing every
module and classifying the corpora and hostile shapes (f-strings and phrase alternations
included), and every phrase of every language file. Each goes through ``tests.redos.check``.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import pkgutil
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tracker
from tests.paths import need_corpus
from tests.redos import check

ROOT = Path(tracker.__file__).parent
_RE_FUNCS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


@pytest.mark.parametrize(("pattern", "flags", "kind"), [
    (r"(\s*a?\s*)*$", 0, "exponential"),
    (r"(a+)+b", 0, "exponential"),
    (r"(?:\s*(?:[:#.]|no\.?)\s*)*x", re.I, "exponential"),
    (r' ?(?:"((?:[^"<>]| (?! ))*)"|((?:[^"<>]| (?! ))*?)) ?<(\w+@\w+)>', 0, "exponential"),
    (r"\s*x", 0, "polynomial"),
    (r"^\s*>", re.M, "polynomial"),  # ^ under MULTILINE crosses lines
    (r"\d+x", 0, "polynomial"),
    (r"a.*b.*c", 0, "polynomial"),
    (r"(?=[A-Z0-9/-]*\d)x", 0, "polynomial"),  # a lookahead runs at every position
    (r"pravn\w* podlag", re.I, "polynomial"),  # a stem tried at every repeat of itself
    (r"(a|a)*$", 0, "polynomial"),  # sre folds a|a into a; a*$ is still rescanned from every a
])
def test_the_check_finds_super_linear_shapes(pattern: str, flags: int, kind: str) -> None:
    assert kind in {p.kind for p in check(pattern, flags)}


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"^\s*x", 0),  # anchored at the start of the text: tried once
    (r"a{1,40}b", 0),  # bounded: a constant per position
    (r"https?://[^\s<>]+", 0),  # the loop ends the match: it cannot fail afterwards
    (r"^[ \t]*>", re.M),
    (r"pravn\w{0,40} podlag", re.I),
    (r"\bfoo\b", re.I),
    (r"\n(?:[ \t]*\r?\n){2,}", 0),  # the loop passes where a match ends: it cannot fail after pumping
])
def test_the_check_passes_linear_shapes(pattern: str, flags: int) -> None:
    assert check(pattern, flags) == []


def _source_literals() -> Iterator[tuple[str, int, str]]:
    """String patterns passed to ``re.<function>`` in tracker's source, with their flags."""
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in _RE_FUNCS and node.args):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, (str, bytes)):
                yield _as_text(arg.value), _flags(node), f"{path.relative_to(ROOT.parent)}:{node.lineno}"


def _flags(call: ast.Call) -> int:
    value = 0
    exprs = [kw.value for kw in call.keywords if kw.arg == "flags"]
    if call.func.attr in ("compile", "search", "match", "fullmatch", "finditer", "findall"):  # type: ignore[attr-defined]
        exprs += call.args[1:2] if call.func.attr == "compile" else call.args[2:3]  # type: ignore[attr-defined]
    for expr in exprs:
        for sub in ast.walk(expr):
            if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == "re":
                value |= int(getattr(re, sub.attr, 0))
    return value


def _as_text(p: str | bytes) -> str:
    return p.decode("latin-1") if isinstance(p, bytes) else p


def _compiled_at_run_time() -> dict[tuple[str, int], str]:
    """Patterns compiled by tracker's code while it imports and classifies (a hook on re)."""
    seen: dict[tuple[str, int], str] = {}
    original: Any = re._compile  # type: ignore[attr-defined]

    def hook(pattern: Any, flags: Any) -> Any:
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.endswith(
                ("re/__init__.py", "re/_compiler.py", "functools.py")):
            frame = frame.f_back  # type: ignore[assignment]
        if frame is not None and str(ROOT) in frame.f_code.co_filename and isinstance(pattern, (str, bytes)):
            fl = int(flags) | (re.ASCII if isinstance(pattern, bytes) else 0)
            seen.setdefault((_as_text(pattern), fl), f"{frame.f_code.co_filename}:{frame.f_lineno}")
        return original(pattern, flags)

    re._compile = hook  # type: ignore[attr-defined]
    re.purge()
    try:
        for mod in pkgutil.walk_packages(tracker.__path__, "tracker."):
            if not mod.name.endswith("__main__"):
                importlib.import_module(mod.name)
        from tests.hostile import SHAPES
        from tracker.core.classify import classify_bytes
        from tracker.errors import MessageError

        samples = [p.read_bytes() for p in sorted(need_corpus().joinpath("eml").glob("*.eml"))]
        samples += [shape(4096) for shape in SHAPES.values()]
        for raw in samples:
            with contextlib.suppress(MessageError):
                classify_bytes(raw)
    finally:
        re._compile = original  # type: ignore[attr-defined]
        re.purge()
    return seen


def _phrases() -> Iterator[tuple[str, int, str]]:
    for path in sorted((ROOT / "core" / "classify" / "phrases").glob("*.toml")):
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        for key, parts in doc["phrases"].items():
            for p in parts:
                yield p, re.IGNORECASE, f"{path.name} [{key}]"


def test_every_pattern_of_tracker_runs_in_linear_time() -> None:
    patterns: dict[tuple[str, int], str] = {}
    for p, fl, where in [*_source_literals(), *_phrases()]:
        patterns.setdefault((p, fl), where)
    for key, where in _compiled_at_run_time().items():
        patterns.setdefault(key, where)
    assert len(patterns) > 500  # the phrase tables alone hold more: the gathering worked
    bad = [f"{where}: {', '.join(map(str, problems))}: {p[:120]!r}"
           for (p, fl), where in patterns.items() if (problems := check(p, fl))]
    assert bad == [], "\n".join(bad)
