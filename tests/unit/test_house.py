"""The house's rules that no linter checks: the folders show the layers, and functions stay short.

(The layers themselves are import-linter contracts in pyproject.toml, run by scripts/test.sh.)
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "tracker"
ROOT_MODULES = {"__init__", "__main__", "model", "errors", "i18n", "config", "ingest", "notify", "daemon"}


def test_the_root_holds_only_the_foundation_and_the_wiring() -> None:
    here = {p.stem for p in PACKAGE.glob("*.py")}
    assert here <= ROOT_MODULES, f"put {sorted(here - ROOT_MODULES)} in core/, store/, mail/, output/ or cli/"
    assert len(here - {"__init__"}) <= 8


def test_every_layer_is_a_package() -> None:
    for layer in ("core", "store", "mail", "output", "cli"):
        assert (PACKAGE / layer / "__init__.py").is_file()


def test_no_function_is_over_sixty_lines() -> None:
    long: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > 60:
                    long.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} ({size} lines)")
    assert not long, long
