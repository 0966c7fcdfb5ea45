"""``tracker classify --explain``: the evidence per message, section titles in the person's
language, mail-borne text made safe; with ``--json``, an English "explain" list per object."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.mailfactory import meta_mail
from tracker.cli import cli

SENT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def notice(tmp_path: Path) -> Path:
    path = tmp_path / "notice.eml"
    path.write_bytes(meta_mail("notice", sent=SENT, deadline=date(2026, 12, 16)))
    return path


@pytest.mark.parametrize(("lang", "titles"), [
    ("en", ("  sender:", "  language:", "  kind:", "  deadline:", "  code:", "  objection link:", "  reference:",
            "  authentic:")),
    ("fr", ("  expéditeur :", "  langue :", "  type :", "  échéance :", "  code :", "  lien d'opposition :",
            "  référence :", "  authentique :")),
])
def test_classify_explain_prints_every_section_in_the_persons_language(notice: Path, lang: str,
                                                                        titles: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, ["--lang", lang, "classify", "--explain", str(notice)], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    kind = {"en": "policy change notice", "fr": "avis de changement de politique"}[lang]
    assert lines[0].startswith(f"{notice}: {kind}, facebook, en")
    shown = [line for line in lines if not line.startswith("    ")]
    assert shown[1:] == list(titles)
    # dates as the reader writes them (CLDR), not in ISO form (issue 17, item 6)
    assert not any("2026-12-16" in line for line in lines)
    if lang == "fr":
        assert any(line.startswith("    retenue : 16 décembre 2026") for line in lines)
    else:
        assert any(line.startswith("    taken: December 16, 2026") for line in lines)


def test_mail_borne_text_is_made_safe_and_codes_masked(tmp_path: Path) -> None:
    path = tmp_path / "code.eml"
    raw = meta_mail("code", sent=SENT, code="482913").replace(b"From: Facebook", b"From: Facebook\x1b[2K")
    path.write_bytes(raw)
    result = CliRunner().invoke(cli, ["--lang", "en", "classify", "--explain", str(path)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert "482913" not in result.stdout
    assert "taken: ******" in result.stdout


def test_classify_json_explain_adds_an_english_list(notice: Path, tmp_path: Path) -> None:
    code = tmp_path / "code.eml"
    code.write_bytes(meta_mail("code", sent=SENT, code="482913"))
    result = CliRunner().invoke(cli, ["--lang", "fr", "classify", "--json", "--explain", str(notice), str(code)],
                                catch_exceptions=False)
    assert result.exit_code == 0
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["kind"] for o in objs] == ["policy_notice", "verification_code"]
    for o in objs:
        assert o["explain"]
        assert all(set(item) == {"section", "text"} for item in o["explain"])
        assert {item["section"] for item in o["explain"]} <= {"sender", "language", "kind", "deadline", "code",
                                                               "objection link", "reference", "authentic"}
    assert any(item["text"].startswith("taken: 2026-12-16") for item in objs[0]["explain"])
    assert any(item["text"].startswith("taken: 482913") for item in objs[1]["explain"])
    plain = CliRunner().invoke(cli, ["classify", "--json", str(notice)], catch_exceptions=False)
    assert "explain" not in json.loads(plain.stdout)
    without = {k: v for k, v in objs[0].items() if k != "explain"}
    assert without == json.loads(plain.stdout)
