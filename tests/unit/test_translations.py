"""Every user-facing text table has the same keys in French and English, with the same
placeholders: a string added in one language only fails here."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tracker import export, letter, render, render_human

TABLES: list[tuple[str, dict[str, Any]]] = [
    ("render._NEXT", render._NEXT),
    ("render._STATE_LABEL", render._STATE_LABEL),
    ("render._NOTE", render._NOTE),
    ("render_human._T", render_human._T),
    ("export._TEXT", export._TEXT),
    ("letter._TEXT", letter._TEXT),
]


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)", text))


@pytest.mark.parametrize(("name", "table"), TABLES, ids=[n for n, _ in TABLES])
def test_french_and_english_have_the_same_texts_and_placeholders(name: str, table: dict[str, Any]) -> None:
    assert set(table) == {"en", "fr"}, name
    assert set(table["en"]) == set(table["fr"]), f"{name}: keys differ"
    for key in table["en"]:
        en, fr = table["en"][key], table["fr"][key]
        assert fr.strip(), f"{name}[{key}] has no French text"
        if isinstance(en, str):
            assert _fields(en) == _fields(fr), f"{name}[{key}]: placeholders differ"
            if len(en) > 12:
                assert en != fr, f"{name}[{key}]: the French text is the English one"


def test_next_action_covers_every_code() -> None:
    from tracker.status import NextAction

    for lang in ("en", "fr"):
        assert set(render._NEXT[lang]) == set(NextAction)
