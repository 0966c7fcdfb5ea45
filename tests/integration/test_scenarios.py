"""The shared timelines, through the real CLI and a real SQLite file: import each message (with
its mailbox), then `status --json` at the scenario's `now`; also with everything imported twice,
and in reverse order (rows are a function of the set of messages, not of their arrival); and
imported twice into a real PostgreSQL (tests/servers.py, `Postgres`), built by the same migrations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.paths import CORPUS, shared_params
from tracker.cli import cli

KEYS = ("mailbox", "platform", "account", "round", "state", "deadline", "days_left")


BLIND = Path(__file__).resolve().parents[1] / "corpus" / "blind"


# (batch, scenario) -> why its rows are not right yet (strict xfail: once right, remove the entry).
KNOWN_WRONG: dict[tuple[str, str], str] = {
    ("batch6", "fr-orange-objected-again"): "its acknowledgement names neither the objection nor AI "
                                            "(tests/corpus/test_blind.py, PENDING_ELSEWHERE)",
}


def _blind_scenarios() -> list[Any]:
    return [c for c in _scenarios() if c.values[0] != CORPUS]


def _scenarios(blind: bool = True) -> list[Any]:
    """The shared timelines, and (``blind``) those of the blind batches (tests/corpus/blind/*/scenarios)."""
    roots = [CORPUS, *(sorted(p for p in BLIND.iterdir() if (p / "scenarios").is_dir()) if blind else [])]
    cases = [pytest.param(root, p, id=f"{root.name}/{p.stem}",
                          marks=[pytest.mark.xfail(strict=True, reason=why)]
                          if (why := KNOWN_WRONG.get((root.name, p.stem))) else [])
             for root in roots for p in sorted((root / "scenarios").glob("*.json")) if (root / "scenarios").is_dir()]
    return shared_params(cases, "corpus/scenarios", 2)


def run(args: list[str]) -> Any:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, f"{args}: {result.output}"
    return result


def replay(db: str, scenario: dict[str, Any], order: list[Any], root: Path = CORPUS) -> list[tuple[Any, ...]]:
    for m in order:
        f, mailbox = (m, None) if isinstance(m, str) else (m["file"], m.get("mailbox"))
        run(["--db", str(db), "--now", scenario["now"], "import", str(root / f),
             *(["--mailbox", mailbox] if mailbox else [])])
    out = run(["--db", str(db), "--now", scenario["now"], "status", "--json"])
    return rows_of(json.loads(out.stdout), scenario["expect"])


def rows_of(got: list[dict[str, Any]], expect: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    keys = [k for k in KEYS if all(k in r for r in expect)]
    return sorted(tuple(r.get(k) for k in keys) for r in got)


@pytest.mark.parametrize(("root", "path"), _scenarios(blind=False))
@pytest.mark.parametrize("mode", ["in_order", "twice", "reversed"])
def test_scenario_status_rows_match(root: Path, path: Path, mode: str, tmp_path: Path) -> None:
    _check(root, path, mode, str(tmp_path / "t.db"))


@pytest.mark.parametrize(("root", "path"), _blind_scenarios())
def test_blind_scenario_status_rows_match_in_any_order_and_twice(root: Path, path: Path, tmp_path: Path) -> None:
    """The blind batches' timelines (about two hundred) in one run each: every message in reverse
    order, then all again in order; the rows must be those expected, so the order of arrival and a
    second import change nothing (the shared timelines run each way apart, above)."""
    _check(root, path, "reversed_then_in_order", str(tmp_path / "t.db"))


@pytest.mark.parametrize(("root", "path"), _scenarios(blind=False))
def test_scenario_status_rows_match_on_postgresql(root: Path, path: Path, request: pytest.FixtureRequest) -> None:
    """The shared timelines on PostgreSQL, with the same migrations, in the mode that also proves
    a second import adds nothing (the blind batches' timelines run on SQLite: the store is the
    same code, and three more minutes of suite would not find more)."""
    _check(root, path, "twice", request.getfixturevalue("postgres_url"))


def _check(root: Path, path: Path, mode: str, db: str) -> None:
    scenario = json.loads(path.read_text())
    messages = list(scenario["messages"])
    order = {"in_order": messages, "twice": messages + messages, "reversed": messages[::-1],
             "reversed_then_in_order": messages[::-1] + messages}[mode]
    got = replay(db, scenario, order, root)
    assert got == rows_of(scenario["expect"], scenario["expect"])
