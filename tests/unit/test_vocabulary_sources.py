"""One source per vocabulary: the platforms' display names, the command line's choices, the
states the store reads as open, and the letter's per-language data all derive from one place.

GIVEN the enums and the data files, THEN every consumer sees exactly them: a platform, a
markable state or a user-interface language added in one place cannot be forgotten elsewhere.
"""

from __future__ import annotations

from datetime import date

import click
import pytest
from sqlalchemy.dialects import sqlite

from tracker.core.state import MARK_EVENT
from tracker.errors import UserError
from tracker.i18n import LANGUAGES
from tracker.model import OPEN_STATES, PLATFORM_NAMES, Platform, State, platform_name
from tracker.output.letter import choose_country, load_authorities
from tracker.store import reads, resolve_mark_group


def test_every_platform_has_a_display_name_and_an_unknown_one_stays_as_stored() -> None:
    assert set(PLATFORM_NAMES) == set(Platform)
    assert platform_name("whatsapp") == "WhatsApp"
    assert platform_name("threads") == "threads"


def _choices(command: str, param: str) -> list[str]:
    from tracker.cli import cli

    cmd = cli.commands[command]
    choice = next(p for p in cmd.params if p.name == param).type
    assert isinstance(choice, click.Choice)
    return [str(c) for c in choice.choices]


def test_the_command_line_choices_come_from_the_enums_and_the_state_machine() -> None:
    assert _choices("mark", "state") == [s.value for s in MARK_EVENT]
    assert _choices("mark", "platform") == [p.value for p in Platform]
    assert _choices("letter", "platform") == [p.value for p in Platform]


def test_the_store_reads_open_rows_by_the_model_s_open_states() -> None:
    """WHEN the daemon asks for open rows, THEN the SQL's states are OPEN_STATES, not a copy."""
    captured: list[object] = []

    class Conn:
        def execute(self, statement: object) -> list[object]:
            captured.append(statement)
            return []

    reads.open_rows(Conn(), date(2026, 1, 1), 10)  # type: ignore[arg-type]
    compiled = captured[0].compile(dialect=sqlite.dialect())  # type: ignore[attr-defined]
    states = next(v for v in compiled.params.values() if isinstance(v, list))
    assert set(states) == {s.value for s in OPEN_STATES}
    assert State.AWAITING_ANSWER not in OPEN_STATES


def test_every_read_shape_has_one_column_per_field() -> None:
    from dataclasses import fields

    for shape in (reads.ROW, reads.HISTORY, reads.SUSPICIOUS, reads.MALFORMED, reads.STALE, reads.REREAD,
                  reads.RECENT):
        assert len(shape.columns) == len(fields(shape.cls)), shape.cls  # type: ignore[arg-type]


# ---- which group a manual mark applies to ------------------------------------------------------

GROUPS = [("perso", "facebook", "me@x.org"), ("perso", "instagram", "me@x.org"), ("work", "facebook", "me@x.org")]


def _unused() -> list[str]:
    raise AssertionError("the known accounts are read only for an error")


def test_a_mark_narrowed_to_one_group_applies_there() -> None:
    assert resolve_mark_group(GROUPS, "me@x.org", "instagram", None, _unused) == GROUPS[1]
    assert resolve_mark_group(GROUPS, "me@x.org", "facebook", "work", _unused) == GROUPS[2]


def test_a_mark_that_could_mean_several_groups_lists_the_choices() -> None:
    with pytest.raises(UserError) as e:
        resolve_mark_group(GROUPS, "me@x.org", "facebook", None, _unused)
    assert str(e.value) == ("me@x.org is tracked in several places: add one of: --mailbox perso --platform "
                            "facebook; --mailbox work --platform facebook")


def test_an_unknown_account_is_tracked_from_a_mark_only_when_the_platform_is_given() -> None:
    assert resolve_mark_group([], "New@X.org", "meta", None, _unused) == ("default", "meta", "new@x.org")
    assert resolve_mark_group([], "new@x.org", "meta", "work", _unused) == ("work", "meta", "new@x.org")
    with pytest.raises(UserError) as e:
        resolve_mark_group([], "new@x.org", None, "work", lambda: ["a@x", "b@x"])
    assert str(e.value).startswith("unknown account 'new@x.org' (known: a@x, b@x); give --platform")


# ---- the letter's per-language data ------------------------------------------------------------


def test_the_authorities_per_language_data_names_only_ui_languages() -> None:
    authorities = load_authorities().values()
    assert [a.code for a in authorities if a.lead] == ["IE"]
    for lang in LANGUAGES:
        assert len([a for a in authorities if lang in a.default_for]) <= 1, lang
    for a in authorities:
        assert set(a.notes) <= set(LANGUAGES), a.code
        assert a.default_for <= set(LANGUAGES), a.code
        assert a.name_language in (None, *LANGUAGES), a.code
        if a.notes:
            assert "en" in a.notes, a.code  # the fallback of every other language


def test_a_language_without_data_falls_back_to_english_and_to_the_lead_authority() -> None:
    be = load_authorities()["BE"]
    assert be.note_in("de") == be.note_in("en")
    assert be.note_in("fr") != be.note_in("en")
    assert choose_country("me@example.org", "en", None)[0].code == "IE"
    assert choose_country("me@example.org", "fr", None)[0].code == "FR"
    fr = load_authorities()["FR"]
    assert fr.name_in("fr") == fr.name
    assert fr.name_in("en") == f"{fr.name} — {fr.name_en}"
