"""The recipes of CONTRIBUTING.md, each guarded: a step forgotten makes one of these fail.

A mail language, a mail kind, a provider preset and a link rewriter are data plus a line or two
of code; these tests read that data and check every place the recipe names was done. (A UI
language is guarded by tests/unit/test_translations.py: its catalog, its dates, its provider
notes; a notification text per kind by tests/unit/test_notifications.py.)
"""

from __future__ import annotations

import base64
import tomllib
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.paths import need_shared
from tests.unit.test_paraphrases import LANGUAGE
from tracker.config import TLS_MODES
from tracker.core.classify import lexicon
from tracker.core.extract import hidden_by, unwrap_redirect
from tracker.core.state import EVENT_OF_KIND, IGNORED, STORED, TRANSITIONS
from tracker.i18n import LANGUAGES
from tracker.model import OBJECTION_KINDS, EventKind, Kind

PHRASES = Path(str(resources.files("tracker.core.classify").joinpath("phrases")))
FILES = sorted(PHRASES.glob("*.toml"))
REFERENCE = tomllib.loads((PHRASES / "en.toml").read_text(encoding="utf-8"))
CONTRACT_LANGUAGES = {"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it", "lt",
                      "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv"}


# ---- a mail language --------------------------------------------------------------------------------

def test_every_eu_eea_language_has_a_phrase_file() -> None:
    assert {f.stem for f in FILES} == CONTRACT_LANGUAGES


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_a_phrase_file_has_every_part_english_has(path: Path) -> None:
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    assert doc["meta"]["language"] == path.stem, "[meta] language must be the file's name"
    assert doc["meta"].get("name"), "[meta] name: the language's own name"
    assert len(doc["detect"]["stopwords"]) >= 20, "[detect] stopwords: at least 20 frequent function words"
    assert "letters" in doc["detect"]
    months = doc["dates"]["months"]
    assert len(months) == 12, "[dates] months: twelve lists of forms"
    assert all(months), "[dates] months: every month has at least one form"
    missing = sorted(set(REFERENCE["phrases"]) - set(doc["phrases"]))
    assert not missing, f"[phrases] lacks {missing} (every key of en.toml, even as an empty list)"


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_a_phrase_file_is_loaded_and_has_a_paraphrase_test(path: Path) -> None:
    assert path.stem in {lang.code for lang in lexicon().languages}
    assert path.stem in {lang for lang, _ in LANGUAGE}, (
        "add a sentence of your own in this language to LANGUAGE in tests/unit/test_paraphrases.py")


# ---- a mail kind ------------------------------------------------------------------------------------

def test_every_objection_kind_makes_an_event_and_every_event_has_a_transition_from_every_state() -> None:
    assert set(EVENT_OF_KIND) == set(OBJECTION_KINDS)
    assert set(EVENT_OF_KIND.values()) <= set(EventKind)
    for event in EventKind:
        for state in STORED:
            pair = (state, event)
            assert (pair in TRANSITIONS) != (pair in IGNORED), f"{event} in {state}: in the table or ignored, once"


def test_every_kind_is_a_value_of_the_contract() -> None:
    text = need_shared("docs/contract.md").read_text(encoding="utf-8")
    for kind in Kind:
        assert f"`{kind.value}`" in text, f"{kind.value} is not in the contract"


# ---- a provider preset ------------------------------------------------------------------------------

PRESETS = tomllib.loads(resources.files("tracker").joinpath("data/providers.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("preset", PRESETS["provider"], ids=[p["name"] for p in PRESETS["provider"]])
def test_a_preset_has_its_server_a_known_tls_mode_and_notes_in_every_ui_language(preset: dict[str, object]) -> None:
    assert preset.get("host"), "a preset needs its IMAP host"
    assert preset.get("domains"), "a preset needs the address domains it serves"
    assert preset.get("tls", "ssl") in TLS_MODES
    notes = preset.get("notes")
    if notes:
        assert isinstance(notes, dict), "notes: a table by UI language (notes.en, notes.fr...)"
        assert set(notes) == set(LANGUAGES), "notes: one text per UI language"


# ---- a link rewriter --------------------------------------------------------------------------------

TARGET = "https://www.facebook.com/help/contact/712345678"
REDIRECTS = lexicon().redirects


def _wrapped(key: str, mode: str) -> str:
    """A link as the rewriter ``key`` (host, host/path/ or *.suffix) writes it, carrying TARGET."""
    host, _, path = key.removeprefix("*.").partition("/")
    host = "eu1." + host if key.startswith("*.") else host
    base = f"https://{host}/{path}"
    if mode == "u" or mode.startswith("param:"):
        return f"{base}?{mode.removeprefix('param:') if mode != 'u' else 'u'}={quote(TARGET, safe='')}&h=AT0x"
    if mode.startswith("param-b64:"):
        encoded = base64.urlsafe_b64encode(TARGET.encode()).decode().rstrip("=")
        return f"{base}?{mode.removeprefix('param-b64:')}={encoded}"
    if mode == "path":
        return f"https://{host}/{path}?help/contact/712345678&aref=1"
    if mode == "path-tail":
        return f"{base}AbCdEf/{quote(TARGET, safe='')}"
    if mode == "proofpoint-v2":
        return f"{base}?u=https-3A__www.facebook.com_help_contact_712345678&d=DwMF&c=x"
    if mode == "proofpoint-v3":
        return f"https://{host}/v3/__{TARGET}__;!!Ab!Cd$"
    raise AssertionError(f"{key}: mode {mode!r} is not one extract._carried reads; add it there and here")


@pytest.mark.parametrize(("key", "mode"), sorted(REDIRECTS.items()), ids=sorted(REDIRECTS))
def test_every_link_rewriter_gives_the_target_back(key: str, mode: str) -> None:
    if mode == "opaque":
        assert hidden_by(_wrapped(key, "u"), REDIRECTS), f"{key}: an opaque rewriter must be named as hiding the link"
        return
    # "path" carries a path on the rewriter's own host (facebook.com/n/?help/...)
    host = key.partition("/")[0]
    expected = f"https://{host}/help/contact/712345678" if mode == "path" else TARGET
    assert unwrap_redirect(_wrapped(key, mode), REDIRECTS) == expected
