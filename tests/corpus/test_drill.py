"""The paraphrase drill (issue 13): short mails of every kind in all 26 languages, written by
helpers who had never read ``tracker/`` (``tests/corpus/drill/*.jsonl``, one language a file, each
row labelled from the contract: kind, code, deadline, reference). Each is sent as a plain-text mail
from an authenticated Meta address, so only the wording is under test.

Run ``python -m tests.corpus.test_drill`` to print the misses, one a line, with the signals."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.mailfactory import authentic_text_mail
from tracker.core.classify import classify_bytes

DRILL = Path(__file__).parent / "drill"
FIELDS = ("kind", "code", "deadline", "reference")

# (file, line number) -> why that row is not checked yet. Add one only with a reason; remove it once
# the row is right (a strict xfail says so).
_NO_TIE = ("'your request is registered, case number N' naming neither the objection, AI, a form nor the privacy "
           "team: nothing tells it from Meta's acknowledgement of any other request, so it stays other_meta")
_FORM_ONLY = ("'your form reached us, we'll tell you the decision' naming neither the objection, AI nor the privacy "
              "team: Meta has many forms (appeals, reports), so a form alone ties nothing to the objection")
_BARE_CODE = ("'one more step: 817 402' and a signature: no word of a code, a form, the objection or AI (and too "
              "short to tell the language)")
PENDING: dict[tuple[str, int], str] = {
    **{(f"{lang}.jsonl", 13): _NO_TIE for lang in ("bg", "cs", "da", "el", "et", "fi", "ga", "hr", "hu", "is", "lt",
                                                   "lv", "mt", "no", "sk", "sl", "sv")},
    **{(f"{lang}.jsonl", 15): _FORM_ONLY for lang in ("bg", "cs", "el", "hr", "hu", "mt", "sk", "sl")},
    **{(f"{lang}.jsonl", 11): _BARE_CODE for lang in ("el", "hu", "mt")},
    ("hu.jsonl", 21): ("Hungarian writes the case number before its noun ('A 9930174582 ügyet lezártuk'): the "
                       "reference is read after a label only"),
}


def rows() -> list[tuple[str, int, dict[str, Any]]]:
    out = []
    for path in sorted(DRILL.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append((path.name, n, json.loads(line)))
    return out


def sent_for(row: dict[str, Any]) -> str:
    """A sending date a month before the data-use date (notices are sent ahead of it)."""
    day = date.fromisoformat(row["deadline"]) - timedelta(days=30) if row.get("deadline") else date(2026, 5, 4)
    return format_datetime(datetime(day.year, day.month, day.day, 10, tzinfo=UTC))


def classify_row(row: dict[str, Any]) -> dict[str, Any]:
    raw = authentic_text_mail(row["subject"], row["body"], sent=sent_for(row),
                              sender="Facebook <notification@facebookmail.com>")
    _, _, c = classify_bytes(raw)
    return {"kind": c.kind.value, "code": c.code, "language": c.language,
            "deadline": c.deadline.isoformat() if c.deadline else None, "reference": c.reference}


def diff(row: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    got = classify_row(row)
    want = {f: row.get(f) for f in FIELDS} | {"language": row["lang"]}
    return {f: (want[f], got[f]) for f in want if want[f] != got[f]}


ROWS = rows()


def test_the_drill_is_there() -> None:
    assert len({r[2]["lang"] for r in ROWS}) == 26
    assert len(ROWS) >= 26 * 30


@pytest.mark.parametrize(("file", "n", "row"), [pytest.param(*r, id=f"{r[0]}:{r[1]}") for r in ROWS])
def test_every_drill_row(file: str, n: int, row: dict[str, Any]) -> None:
    if (file, n) in PENDING:
        if not diff(row):
            pytest.fail(f"{file}:{n} is right now: remove it from PENDING")
        pytest.xfail(PENDING[(file, n)])
    assert not diff(row), f"{file}:{n} ({row['variant']}): field: (expected, got) = {diff(row)}"


if __name__ == "__main__":  # the misses, for whoever fixes the tables
    misses = 0
    for file, n, row in ROWS:
        d = diff(row)
        if d:
            misses += 1
            print(f"{file}:{n} [{row['kind']}] {row['variant']}: {d}")
    print(f"{misses} of {len(ROWS)} rows wrong", file=sys.stderr)
