"""A bad option or argument value is a usage error (contract: exit 2), refused before anything is
opened: a malformed --now, a --round that is not a date, a STATE that `mark` does not know."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli


def run(tmp_path: Path, *args: str, lang: str = "en") -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--lang", lang, "--db", str(tmp_path / "t.db"), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


@pytest.mark.parametrize("command", [["status", "--json"], ["history"], ["import", "x.eml"],
                                     ["mark", "me@example.org", "accepted", "--platform", "facebook"]])
def test_malformed_now_is_a_usage_error_and_touches_nothing(tmp_path: Path, command: list[str]) -> None:
    code, err = run(tmp_path, "--now", "yesterday", *command)
    assert code == 2
    assert "Invalid value for '--now': 'yesterday' is not an ISO-8601 date-time (e.g. 2025-05-20T08:00:00+02:00)" \
        in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_malformed_now_is_explained_in_french(tmp_path: Path) -> None:
    code, err = run(tmp_path, "--now", "hier", "status", lang="fr")
    assert code == 2
    assert "'hier' n'est pas une date-heure ISO 8601 (par exemple 2025-05-20T08:00:00+02:00)" in err
    assert "is not" not in err


@pytest.mark.parametrize("command", ["mark", "letter"])
@pytest.mark.parametrize("value", ["2025-13-01", "May 2025", ""])
def test_a_round_that_is_not_a_date_is_a_usage_error(tmp_path: Path, command: str, value: str) -> None:
    args = ["me@example.org", "accepted"] if command == "mark" else ["me@example.org"]
    code, err = run(tmp_path, command, *args, "--round", value)
    assert code == 2
    assert f"Invalid value for '--round': {value!r} is not a date YYYY-MM-DD (or 'unknown')" in err
    assert list(tmp_path.iterdir()) == []


def test_mark_round_unknown_is_accepted(tmp_path: Path) -> None:
    code, err = run(tmp_path, "--now", "2026-11-25T12:00:00+00:00", "mark", "me@example.org", "accepted",
                    "--platform", "facebook", "--round", "unknown")
    assert (code, err) == (0, "")


def test_an_unknown_state_is_a_usage_error(tmp_path: Path) -> None:
    code, err = run(tmp_path, "mark", "me@example.org", "objected")
    assert code == 2
    assert "Invalid value for '" in err
    assert "'objected' is not one of" in err
    assert list(tmp_path.iterdir()) == []
