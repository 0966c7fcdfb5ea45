"""The phrase tables' pre-filter and matcher: a phrase is only tried on text holding its required
literal (or one of the literals of a group every alternative of which has one), and the phrases left
are matched one by one as their alternation would be: neither may hide or move a match the whole
alternation would find. Checked on the paraphrase drill's texts, every key of every
language, against the plain alternation."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

from tracker.core.classify import lexicon
from tracker.core.classify.kinds import normalise

L = importlib.import_module("tracker.core.classify.lexicon")
DRILL = Path(__file__).parents[1] / "corpus" / "drill"


@pytest.mark.parametrize(("pattern", "literal", "any_of"), [
    (r"received your (?:objection|request)", "received your ", None),
    (r"(?:unable|not able|can't) (?:to )?(?:process|act)", None, ("unable", "not able", "can't")),
    (r"(?:je|jouw|uw) (?:aanvraag|verzoek|bezwaar) (?:is|werd)", None, ("aanvraag", "verzoek", "bezwaar")),
    (r"(?:ab|cd)+x", None, None),  # a repeated group: nothing is required of it
    (r"(?:a|bcd) e", None, None),  # one alternative too short to filter by
    (r"(?=\d)(?:one|two) x", None, ("one", "two")),
])
def test_required_literals(pattern: str, literal: str | None, any_of: tuple[str, ...] | None) -> None:
    assert L.required_literal(pattern) == literal
    if literal is None:
        assert L.required_any(pattern) == any_of


def _texts() -> list[str]:
    rows = [json.loads(line) for p in sorted(DRILL.glob("*.jsonl")) for line in p.read_text("utf-8").splitlines()]
    return [normalise(r["subject"] + "\n" + r["body"]) for r in rows[::3]]


@pytest.mark.parametrize("key", ["objection", "ai", "notice", "code", "received", "accepted", "refused", "reference",
                                 "last_day", "effective"])
def test_the_pre_filter_hides_no_match(key: str) -> None:
    matcher = lexicon().patterns[key]
    phrases = getattr(matcher, "phrases", matcher)
    assert isinstance(phrases, L.Phrases)
    whole = re.compile("|".join(f"(?:{p}){phrases.suffix}" for p in phrases.parts), re.IGNORECASE)
    for text in _texts():
        assert [m.span() for m in phrases.finditer(text)] == [m.span() for m in whole.finditer(text)], text[:80]
        assert phrases.findall(text) == whole.findall(text)
        first, expected = phrases.search(text), whole.search(text)
        assert (first and first.span()) == (expected and expected.span())
