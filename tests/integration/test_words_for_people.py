"""What a person reads is in their language and in words (issue 17, items 6, 17, 20).

A real SQLite database built by `tracker import` from generated mail, read back through the CLI
(click's CliRunner). Expected texts are written out here, never built with the product's own
formatting functions: a test that formats with the code under test proves nothing.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.mailfactory import meta_mail
from tracker.cli import cli

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NOW = "2026-11-25T12:00:00+01:00"
ISO_DAY = re.compile(r"\b20\d\d-\d\d-\d\d\b")
INTERNAL = re.compile(r"\b(policy_notice|verification_code|objection_received|objection_accepted|objection_refused|"
                      r"other_meta|action_needed|code_received|awaiting_answer)\b")


@pytest.fixture(autouse=True)
def _paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Paris here (UTC+1 in November), whatever zone the suite runs in."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def invoke(args: list[str], code: int = 0) -> Any:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == code, f"{args} -> {result.exit_code}: {result.output}"
    return result


def _lookalike(raw: bytes) -> bytes:
    """A fake: a look-alike sender domain whose own server signs it (DMARC fail for Meta's)."""
    return raw.replace(b"notification@facebookmail.com", b"security@faceb00k-mail.com")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "notice.eml").write_bytes(meta_mail("notice", sent=T0, to="alice@example.fr",
                                                    deadline=date(2026, 12, 16)))
    (tmp_path / "code.eml").write_bytes(meta_mail("code", sent=T0, to="alice@example.fr"))
    (tmp_path / "fake.eml").write_bytes(_lookalike(meta_mail("code", sent=T0, to="alice@example.fr",
                                                             authentic=False)))
    (tmp_path / "forged.eml").write_bytes(meta_mail("code", sent=T0, to="alice@example.fr", authentic=False))
    return tmp_path


def _db_args(tmp_path: Path, *more: str, lang: str = "fr") -> list[str]:
    config = tmp_path / "config.toml"
    if not config.exists():
        config.write_text("")
    return ["--config", str(config), "--db", str(tmp_path / "t.db"), "--now", NOW, "--lang", lang, *more]


def _imported(folder: Path) -> Path:
    for name in ("notice.eml", "code.eml", "fake.eml"):
        invoke(_db_args(folder, "import", str(folder / name)))
    return folder


# ---- item 6 and 20: classify's line ------------------------------------------------------------


def test_classify_speaks_french_in_words_with_cldr_dates(folder: Path) -> None:
    out = invoke(_db_args(folder, "classify", str(folder / "notice.eml"), str(folder / "code.eml"),
                          str(folder / "fake.eml"), str(folder / "forged.eml"))).stdout
    notice, code, fake, forged = out.splitlines()
    assert "notice.eml: avis de changement de politique, facebook, en, échéance 16 décembre 2026" in notice
    assert not ISO_DAY.search(out)
    assert not INTERNAL.search(out)
    assert "code de confirmation (masqué ici)" in code
    assert "123456" not in code
    assert "NON AUTHENTIQUE" in fake
    # the look-alike warning, in French, with its reason in French too
    assert "[domaine d'expéditeur imitant Meta faceb00k-mail.com (caractères trompeurs)]" in fake
    assert "[non authentifié comme Meta par mx.test (échec DMARC pour facebookmail.com)]" in forged


def test_classify_json_keeps_the_warnings_in_english(folder: Path) -> None:
    out = invoke(_db_args(folder, "classify", "--json", str(folder / "fake.eml"), str(folder / "forged.eml"))).stdout
    fake, forged = (json.loads(line)["warnings"] for line in out.splitlines())
    assert fake == ["look-alike sender domain faceb00k-mail.com (confusable characters)"]
    assert forged == ["not authenticated as Meta by mx.test (DMARC fail for facebookmail.com)"]


def test_classify_in_english_reads_the_same_warnings_as_the_json(folder: Path) -> None:
    line = invoke(_db_args(folder, "classify", str(folder / "forged.eml"), lang="en")).stdout
    warnings = json.loads(invoke(_db_args(folder, "classify", "--json", str(folder / "forged.eml"))).stdout)["warnings"]
    assert line.rstrip().endswith("[" + "; ".join(warnings) + "]")
    assert "policy change notice" in invoke(_db_args(folder, "classify", str(folder / "notice.eml"), lang="en")).stdout


# ---- item 6 and 20: status's suspicious list, history ------------------------------------------


def test_the_suspicious_list_shows_a_local_cldr_date_words_and_french_reasons(folder: Path) -> None:
    out = invoke(_db_args(_imported(folder), "status")).stdout
    part = out[out.index("Messages suspects"):]
    assert "20 novembre 2026, 10:00" in part  # 09:00 UTC, in Paris
    assert not ISO_DAY.search(part)
    assert "code de confirmation" in part
    assert "domaine d'expéditeur imitant Meta faceb00k-mail.com (caractères trompeurs)" in part
    assert not INTERNAL.search(part)
    assert "look-alike" not in part


def test_history_shows_local_time_and_the_kind_with_its_subject(folder: Path) -> None:
    out = invoke(_db_args(_imported(folder), "history")).stdout
    assert "20 novembre 2026, 10:00" in out
    assert "2026-11-20T" not in out
    assert not INTERNAL.search(out)
    assert "notice.eml" not in out.split("Messages suspects")[0]
    # piped: no table squeezed to 80 columns, one whole line per move
    assert "avis de changement de politique : « Changes to how we use your information for AI at Meta »" in out
    assert "│" not in out


def test_history_json_is_unchanged_by_the_words(folder: Path) -> None:
    lines = json.loads(invoke(_db_args(_imported(folder), "history", "--json")).stdout)
    assert lines[0]["at"].startswith("2026-11-20T09:00:00")
    assert lines[0]["source"].endswith("notice.eml")
    assert set(lines[0]) == {"at", "mailbox", "platform", "account", "round", "from", "to", "manual", "via",
                             "source", "reference", "note"}


def test_a_round_of_unknown_date_reads_as_words(tmp_path: Path) -> None:
    invoke(_db_args(tmp_path, "mark", "bob@example.fr", "code_received", "--platform", "facebook"))
    out = invoke(_db_args(tmp_path, "status")).stdout + invoke(_db_args(tmp_path, "history")).stdout
    assert "unknown" not in out
    assert "inconnue" in out


# ---- item 17: a link is never cut -------------------------------------------------------------

LONG_FORM = "https://help.instagram.com/contact/767264225370182?ref=objection-2026-round&campaign=genai"


@pytest.mark.parametrize("tty", [True, False])
def test_status_at_80_columns_never_splits_the_form_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         tty: bool) -> None:
    """At 80 columns the link is printed whole under the table, not folded inside its cell."""
    from tracker.output import render_human

    (tmp_path / "n.eml").write_bytes(meta_mail("notice", sent=T0, to="someone.with.a.long.name@example.fr",
                                               platform="instagram", url=LONG_FORM))
    invoke(_db_args(tmp_path, "import", str(tmp_path / "n.eml"), lang="en"))
    monkeypatch.setattr(render_human, "_is_tty", lambda: tty)
    monkeypatch.setenv("COLUMNS", "80")
    out = invoke(_db_args(tmp_path, "status", lang="en")).stdout
    assert any(line.strip().endswith(LONG_FORM) for line in out.splitlines()), out
    assert "[1]" in out  # the row points at it
    table = out[:out.index("┘") + 1]
    assert LONG_FORM not in table
    assert all(len(line) <= (80 if tty else 120) for line in table.splitlines())


def test_the_letter_names_its_round_in_words(folder: Path) -> None:
    out = invoke(_db_args(_imported(folder), "letter", "alice@example.fr")).stdout
    assert out.splitlines()[0].startswith("Opposition à l'IA de Meta : compte Facebook alice@example.fr, vague du "
                                          "16 décembre 2026 (")
    assert not ISO_DAY.search(out)


def test_a_fake_notification_gives_its_reason_in_french() -> None:
    """The daemon reads the warning back from the database (English text) and says it in French."""
    from tracker.core.notifications import NotificationKind, PlannedNotification, Urgency
    from tracker.output.notes import note_text

    planned = PlannedNotification("fake:1", NotificationKind.FAKE, {
        "source": "x.eml", "warning": "look-alike sender domain faceb00k-mail.com (confusable characters)"},
        Urgency.CRITICAL)
    body = note_text(planned, "fr").body
    assert body.startswith("x.eml : domaine d'expéditeur imitant Meta faceb00k-mail.com (caractères trompeurs)")


def test_log_lines_shown_to_people_speak_their_language(tmp_path: Path) -> None:
    """Issue 17, item 6: a warning of tracker's own, on stderr, in French with a French level word."""
    import os
    import subprocess
    import sys

    db = tmp_path / "t.db"
    mail = tmp_path / "m.eml"
    mail.write_bytes(b"From: Ann <ann@example.org>\nTo: me@example.org\nSubject: lunch\n\nSee you at noon.\n")
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": ""}
    args = [sys.executable, "-m", "tracker", "--db", str(db)]
    subprocess.run([*args, "import", str(mail)], capture_output=True, check=True, env=env, timeout=120)
    db.chmod(0o644)
    fr = subprocess.run([*args, "--lang", "fr", "import", str(mail)], capture_output=True, text=True, env=env,
                        check=False, timeout=120)
    assert "avertissement tracker.store.engine: " in fr.stderr, fr.stderr
    assert "était lisible par d'autres (mode 644) ; désormais 0600" in fr.stderr
    assert "WARNING" not in fr.stderr
    db.chmod(0o644)
    en = subprocess.run([*args, "--lang", "en", "import", str(mail)], capture_output=True, text=True, env=env,
                        check=False, timeout=120)
    assert "warning tracker.store.engine: " in en.stderr
    assert "was readable by others (mode 644); now 0600" in en.stderr
