"""The command line as people meet it: help that teaches, README that lists every command, bad
input as one line naming the file (and #N), never a traceback, nothing lost."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tests.mailfactory import meta_mail, personal_mail
from tests.paths import need_corpus
from tracker.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> list[str]:
    out: list[str] = []
    for name, cmd in cli.commands.items():
        if isinstance(cmd, click.Group):
            out.extend(f"{name} {sub}" for sub in cmd.commands)
        else:
            out.append(name)
    return out


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_with_an_example_in_both_languages(command: str) -> None:
    en = CliRunner().invoke(cli, ["--lang", "en", *command.split(), "--help"], catch_exceptions=False)
    assert en.exit_code == 0
    assert "Example" in en.stdout, f"`tracker {command} --help` shows no example"
    fr = CliRunner().invoke(cli, ["--lang", "fr", *command.split(), "--help"], catch_exceptions=False)
    assert fr.exit_code == 0
    assert "Exemple" in fr.stdout, f"`tracker {command} --help` is not French"
    assert "Utilisation :" in fr.stdout
    assert "Afficher ce message et quitter." in fr.stdout  # click's own words
    first_en, first_fr = en.stdout.split("\n\n")[1], fr.stdout.split("\n\n")[1]
    assert first_en != first_fr, f"`tracker {command} --help`: the description is not translated"


def test_help_follows_the_locale_and_the_config(tmp_path: Path) -> None:
    fr = CliRunner(env={"LANG": "fr_FR.UTF-8", "LC_ALL": None, "LANGUAGE": None}).invoke(cli, ["status", "--help"])
    assert "Où en est chaque compte Meta" in fr.stdout
    en = CliRunner(env={"LANG": "en_GB.UTF-8", "LC_ALL": None, "LANGUAGE": None}).invoke(cli, ["status", "--help"])
    assert "Where each Meta account stands" in en.stdout
    cfg = tmp_path / "c.toml"
    cfg.write_text('[general]\nlanguage = "fr"\n')
    r = CliRunner(env={"LANG": "en_GB.UTF-8"}).invoke(cli, ["--config", str(cfg), "status", "--help"])
    assert "Où en est chaque compte Meta" in r.stdout
    r = CliRunner(env={"LANG": "fr_FR.UTF-8"}).invoke(cli, ["--config", str(cfg), "--lang", "en", "status", "--help"])
    assert "Where each Meta account stands" in r.stdout


def test_a_usage_error_is_french_in_french() -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "tracker", "--lang", "fr", "status", "--bogus"], capture_output=True,
                       text=True, check=False)
    assert r.returncode == 2
    assert "Erreur : Option inconnue '--bogus'." in r.stderr
    assert "Utilisation : tracker status" in r.stderr


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme(command: str) -> None:
    readme = (ROOT / "README.md").read_text()
    assert f"tracker {command.split()[0]}" in readme


def test_readme_gives_the_two_setup_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "bash scripts/demo.sh" in readme
    assert "bash scripts/test.sh" in readme
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    with path.open("wb") as f:
        for raw in messages:
            f.write(b"From x@y Mon Jan  1 00:00:00 2024\n" + raw.replace(b"\r\n", b"\n") + b"\n")
    return path


def test_classify_reports_each_bad_input_in_one_line_and_goes_on(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    good = tmp_path / "good.eml"
    good.write_bytes(meta_mail("notice", sent=datetime(2026, 11, 20, tzinfo=UTC)))
    notdir = tmp_path / "folder"
    notdir.mkdir()
    junk = tmp_path / "junk.eml"
    junk.write_bytes(bytes(range(256)) * 4)
    mbox = write_mbox(tmp_path / "m.mbox", [personal_mail(1), b"\x00\x01garbage\xff\n", personal_mail(2)])
    truncated = tmp_path / "t.mbox"
    truncated.write_bytes(write_mbox(tmp_path / "t0.mbox", [personal_mail(3), personal_mail(4)]).read_bytes()[:-60])
    args = ["classify", "--json", str(tmp_path / "missing.eml"), str(notdir), str(junk), str(mbox), str(truncated),
            str(good)]
    fr = CliRunner().invoke(cli, ["--lang", "fr", *args])
    assert "missing.eml : fichier ou dossier introuvable" in fr.stderr
    assert f"{truncated}#1: le mbox s'arrête au milieu de ce message" in fr.stderr
    r = CliRunner().invoke(cli, ["--lang", "en", *args])
    assert r.exit_code == 1
    errors = r.stderr.strip().splitlines()
    assert "Traceback" not in r.output
    assert any("missing.eml: no such file" in e for e in errors)
    assert any("folder: a directory with no .eml file" in e for e in errors)
    assert any("junk.eml: not an e-mail message" in e for e in errors)
    assert any(f"{mbox}#1:" in e for e in errors)
    assert any(f"{truncated}#1: the mbox ends in the middle of this message" in e for e in errors)
    assert len(errors) == 5
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["source"] for o in out] == [f"{mbox}#0", f"{mbox}#2", f"{truncated}#0", str(good)]
    assert out[-1]["kind"] == "policy_notice"


def test_classify_reads_a_maildir(tmp_path: Path) -> None:
    corpus = need_corpus()
    md = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    files = sorted((corpus / "eml").glob("00*.eml"))
    for i, f in enumerate(files):
        (md / "cur" / f"{i:04d}.x:2,S").write_bytes(f.read_bytes())
    r = CliRunner().invoke(cli, ["classify", "--json", str(md)], catch_exceptions=False)
    assert r.exit_code == 0
    assert len(r.stdout.splitlines()) == len(files)


def test_human_classify_output_never_shows_the_code(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    p = tmp_path / "c.eml"
    p.write_bytes(meta_mail("code", sent=datetime(2026, 11, 20, tzinfo=UTC), code="731905"))
    r = CliRunner().invoke(cli, ["--lang", "en", "classify", str(p)], catch_exceptions=False)
    assert r.stdout.endswith(": confirmation code, facebook, en, a confirmation code (hidden here)\n")
    assert "731905" not in r.stdout
    assert "731905" in CliRunner().invoke(cli, ["classify", "--json", str(p)]).stdout


def test_import_at_debug_logs_no_code(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from datetime import UTC, datetime

    p = tmp_path / "c.eml"
    p.write_bytes(meta_mail("code", sent=datetime(2026, 11, 20, tzinfo=UTC), code="731905"))
    with caplog.at_level(logging.DEBUG):
        r = CliRunner().invoke(cli, ["-vv", "--db", str(tmp_path / "t.db"), "import", str(p)],
                               catch_exceptions=False)
    assert r.exit_code == 0
    assert "731905" not in caplog.text + r.output


def test_demo_shows_a_real_status_from_the_bundled_sample() -> None:
    r = CliRunner().invoke(cli, ["--lang", "en", "--now", "2026-11-23T10:00:00+00:00", "demo"],
                           catch_exceptions=False)
    assert r.exit_code == 0
    assert "sample mailbox: 87 read" in r.stdout
    assert "oliver.bennett@example.co.uk" in r.stdout
    assert "Suspicious" in r.stdout


def _last_column(table: str) -> str:
    """The text of a rich table's last column, its wrapped lines joined (whatever the widths)."""
    cells = [line.rstrip("│┃ ").rsplit("│", 1)[-1].rsplit("┃", 1)[-1] for line in table.splitlines()
             if line.startswith(("│", "┃"))]
    return " ".join(" ".join(cells).split())


def test_status_in_french_and_english(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    p = tmp_path / "n.eml"
    p.write_bytes(meta_mail("notice", sent=datetime(2026, 11, 20, tzinfo=UTC)))
    CliRunner().invoke(cli, ["--db", str(tmp_path / "t.db"), "import", str(p)], catch_exceptions=False)
    base = ["--db", str(tmp_path / "t.db"), "--now", "2026-11-25T10:00:00+00:00"]
    fr = CliRunner().invoke(cli, [*base, "--lang", "fr", "status"], catch_exceptions=False).stdout
    en = CliRunner().invoke(cli, [*base, "--lang", "en", "status"], catch_exceptions=False).stdout
    assert "Opposez-vous avant la fin du 15 décembre 2026" in _last_column(fr)
    assert "Object before the end of December 15, 2026" in _last_column(en)
    assert "Vague" in fr
    assert "Round" in en
    fr_json = json.loads(CliRunner().invoke(cli, [*base, "--lang", "fr", "status", "--json"]).stdout)
    assert fr_json[0]["state"] == "action_needed"  # the contract stays language-neutral
    assert fr_json[0]["next_action"].startswith("Opposez-vous")


def test_sender_text_cannot_inject_terminal_markup(tmp_path: Path) -> None:
    """A fake whose display name holds rich markup is listed verbatim, not interpreted."""
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Authentication-Results"] = "mx.test; dmarc=pass header.from=evil.example"
    msg["From"] = '"[/bold][blink]Facebook[/] Security" <alerts@evil.example>'
    msg["To"] = "alice@example.org"
    msg["Subject"] = "Your objection request"
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = "<fake-markup@evil.example>"
    msg.set_content("We have received your objection to the use of your information for AI at Meta. "
                    "Reference number: 1234567890123456")
    p = tmp_path / "fake.eml"
    p.write_bytes(bytes(msg))
    db = ["--db", str(tmp_path / "t.db"), "--lang", "en"]
    assert CliRunner().invoke(cli, [*db, "import", str(p)], catch_exceptions=False).exit_code == 0
    r = CliRunner().invoke(cli, [*db, "status"], catch_exceptions=False)
    assert r.exit_code == 0
    assert "[/bold][blink]Facebook[/] Security" in r.stdout
