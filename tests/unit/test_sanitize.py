"""tracker.output.sanitize.for_people: nothing a terminal would act on survives, and nothing else changes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.output.sanitize import for_people

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


@pytest.mark.parametrize(("text", "expected"), [
    ("Facebook", "Facebook"),
    ("Réclamation n° 42 — «Meta»", "Réclamation n° 42 — «Meta»"),
    ("Facebook \x1b[2K\x1b[1GSecurity", "Facebook ␛[2K␛[1GSecurity"),
    ("\x1b]8;;https://evil/\x1b\\click\x1b]8;;\x1b\\", "␛]8;;https://evil/␛\\click␛]8;;␛\\"),
    ("\x9b2K\x9d8;;https://evil/\x9c", "\ufffd2K\ufffd8;;https://evil/\ufffd"),  # C1 forms of CSI, OSC, ST
    ("moc.\u202ekoobecaf", "moc.koobecaf"),
    ("a\u2066b\u2069c\u200ed\u200fe\u061cf", "abcdef"),
    ("bell\x07 nul\x00 del\x7f", "bell␇ nul␀ del␡"),
    ("NOT AUTHENTIC\rFacebook", "NOT AUTHENTIC␍Facebook"),
])
def test_controls_become_visible_and_bidi_controls_vanish(text: str, expected: str) -> None:
    assert for_people(text) == expected
    assert for_people(text, one_line=True) == expected


def test_line_breaks_stay_in_text_and_become_spaces_in_one_line_fields() -> None:
    text = "line one\r\nline two\n\tindented\u2028after"
    assert for_people(text) == "line one\nline two\n\tindented\nafter"
    assert for_people(text, one_line=True) == "line one line two  indented after"


@given(st.text())
def test_nothing_left_for_a_terminal_to_act_on(text: str) -> None:
    for one_line in (False, True):
        out = for_people(text, one_line=one_line)
        allowed = "" if one_line else "\n\t"
        assert not any(unicodedata.category(c) == "Cc" and c not in allowed for c in out)
        assert not any(c in BIDI for c in out)
        assert "\u2028" not in out
        assert "\u2029" not in out


@given(st.text(st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))))
def test_text_without_controls_is_unchanged(text: str) -> None:
    assert for_people(text) == text
    assert for_people(text, one_line=True) == text
