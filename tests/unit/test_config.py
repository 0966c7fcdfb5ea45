"""The configuration: the spec validates, every key is documented in config.example.toml, and
every problem is one line naming the file, the place and what is expected."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tracker import i18n
from tracker.config import SPEC, load_config, parse_config
from tracker.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "config.example.toml"


def test_example_config_loads_and_documents_every_key() -> None:
    cfg = load_config(EXAMPLE)
    assert cfg.mailboxes[0].name == "perso"
    text = EXAMPLE.read_text()
    for section, keys in SPEC.items():
        assert re.search(rf"^\s*#?\s*\[\[?{section}\]\]?", text, re.MULTILINE), section
        for key in keys:
            assert re.search(rf"^\s*#?\s*{key.name}\s*=", text, re.MULTILINE), f"{section}.{key.name} undocumented"


def test_the_example_names_every_ui_language() -> None:
    line = next(ln for ln in EXAMPLE.read_text().splitlines() if ln.startswith("# Language of messages"))
    assert all(f'"{lang}"' in line for lang in i18n.LANGUAGES), line


def test_a_key_left_out_takes_the_spec_default() -> None:
    cfg = parse_config({"mailbox": [{"name": "p", "host": "h", "username": "u", "password_env": "X"}]}, None)
    for section in ("database", "general", "reminders", "notifications", "daemon"):
        for key in SPEC[section]:
            assert getattr(cfg, key.attr or key.name) == key.default, f"{section}.{key.name}"
    mb = cfg.mailboxes[0]
    for key in SPEC["mailbox"]:
        if key.name not in ("name", "host", "username", "password_env", "port"):
            assert getattr(mb, key.name) == key.default, f"mailbox.{key.name}"
    assert mb.port == 993
    assert parse_config({"mailbox": [{"name": "p", "host": "h", "username": "u", "password_env": "X",
                                      "tls": "starttls"}]}, None).mailboxes[0].port == 143


def test_reminder_days_go_out_furthest_first_each_once() -> None:
    assert parse_config({"reminders": {"days_before": [0, 7, 2, 7]}}, None).reminder_days == (7, 2, 0)


@pytest.mark.parametrize(("doc", "needle"), [
    ({"mailbox": [{"name": "p", "host": "h", "username": "u", "password_env": "X", "port": "993"}]},
     "mailbox 'p': port: expected an integer"),
    ({"mailbox": [{"name": "p", "host": "h", "username": "u", "password_env": "X", "colour": "red"}]},
     "mailbox 'p': unknown key 'colour'"),
    ({"mailbox": [{"name": "p", "username": "u", "password_env": "X"}]}, "mailbox 'p': missing key 'host'"),
    ({"mailbox": [{"name": "p", "host": "imap.example.org", "username": "u", "password_env": "X", "tls": "none"}]},
     'tls: "none" is only allowed to a loopback address'),
    ({"mailbox": [{"name": "p", "host": "h", "username": "u"}]}, "give exactly one of password_env"),
    ({"mailbox": [{"name": "p", "host": "h", "username": "u", "password_env": "X", "password": "hunter2"}]},
     "never write a password in the file"),
    ({"general": {"language": "de"}}, '[general]: language: expected "auto", "fr" or "en"'),
    ({"mailbox": [{"name": "p", "host": "h", "username": "u", "password_env": "X", "tls": "tls"}]},
     'mailbox \'p\': tls: expected "ssl", "starttls" or "none"'),
    ({"reminders": {"days_before": [7, "2"]}}, "days_before: expected a list of days"),
    ({"daemon": {"idle_timeout": 3600}}, "idle_timeout: expected 10-600 seconds"),
    ({"colours": {}}, "unknown section [colours]"),
    ({"mailbox": {"name": "p"}}, "[mailbox] must be written [[mailbox]]"),
])
def test_bad_config_names_file_place_and_expectation(doc: dict[str, object], needle: str) -> None:
    with pytest.raises(ConfigError) as e:
        parse_config(doc, Path("/home/me/config.toml"))
    message = str(e.value)
    assert message.startswith("/home/me/config.toml: ") or message.split(": ", 1)[1].startswith("/home/me")
    assert needle in message
    assert "\n" not in message
    assert "hunter2" not in message


def test_all_problems_are_reported_at_once() -> None:
    doc = {"mailbox": [{"name": "p", "host": "h", "username": "u", "password_env": "X", "port": "x", "foo": 1}]}
    with pytest.raises(ConfigError) as e:
        parse_config(doc, Path("c.toml"))
    assert len(e.value.problems) == 2


def test_loopback_addresses_may_use_plain_imap() -> None:
    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.2"):
        cfg = parse_config({"mailbox": [{"name": "p", "host": host, "username": "u", "password_env": "X",
                                         "tls": "none"}]}, None)
        assert cfg.mailboxes[0].port == 143


def test_missing_explicit_file_and_broken_toml_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_config(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[mailbox]\nname=")
    with pytest.raises(ConfigError, match=r"bad.toml: not valid TOML"):
        load_config(bad)


def test_missing_default_file_is_an_empty_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRACKER_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load_config(None).mailboxes == ()


def test_example_is_valid_toml_with_a_mailbox_array() -> None:
    assert isinstance(tomllib.loads(EXAMPLE.read_text())["mailbox"], list)


# ---- secrets in the file: a private file, values never repeated --------------------------------

COMMAND_MAILBOX = '[[mailbox]]\nname = "perso"\nhost = "h"\nusername = "u"\npassword_command = "pass show mail"\n'


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_file_holding_password_command_that_others_can_read_gets_one_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, mode: int) -> None:
    """GIVEN a config with password_command readable by the group or the world, WHEN loaded
    (twice, as the command line does), THEN one warning, ssh's way: file, mode, chmod 600."""
    cfg = tmp_path / "config.toml"
    cfg.write_text(COMMAND_MAILBOX)
    cfg.chmod(mode)
    with caplog.at_level("WARNING", logger="tracker.config"), i18n.speaking("en"):
        load_config(cfg)
        load_config(cfg)
    warnings = [r.getMessage() for r in caplog.records if r.name == "tracker.config"]
    assert warnings == [f"{cfg}: permissions {mode:04o} are too open for a file that holds password_command "
                        f"(other users can read it); run: chmod 600 {cfg}"]


@pytest.mark.parametrize(("mode", "key"), [(0o600, "password_command"), (0o400, "password_command"),
                                           (0o644, "password_env")])
def test_no_warning_for_a_private_file_or_one_without_a_command(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, mode: int, key: str) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(COMMAND_MAILBOX.replace('password_command = "pass show mail"',
                                           f'{key} = "{"pass show mail" if key == "password_command" else "PW"}"'))
    cfg.chmod(mode)
    with caplog.at_level("WARNING", logger="tracker.config"):
        load_config(cfg)
    assert not [r for r in caplog.records if r.name == "tracker.config"]


def test_the_warning_speaks_the_configured_language(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[general]\nlanguage = "fr"\n' + COMMAND_MAILBOX.replace("password_command",
                                                                            "oauth2_token_command"))
    cfg.chmod(0o644)
    with caplog.at_level("WARNING", logger="tracker.config"):
        load_config(cfg)
    (message,) = [r.getMessage() for r in caplog.records if r.name == "tracker.config"]
    assert "0644" in message
    assert "oauth2_token_command" in message
    assert f"chmod 600 {cfg}" in message
    assert "too open" not in message  # French


def test_the_command_line_warns_once_on_stderr(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    cfg = tmp_path / "config.toml"
    cfg.write_text(COMMAND_MAILBOX)
    cfg.chmod(0o644)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "tracker", "--lang", "en", "--config", str(cfg), "--db",
                        str(tmp_path / "t.db"), "status", "--json"], capture_output=True, text=True, env=env,
                       check=False)
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("\n") == 1, r.stderr
    assert "permissions 0644 are too open" in r.stderr
    assert f"chmod 600 {cfg}" in r.stderr


@pytest.mark.parametrize("key", ["password_env", "password_command", "oauth2_token_command"])
def test_a_secret_key_of_the_wrong_type_is_not_repeated(key: str) -> None:
    doc = {"mailbox": [{"name": "p", "host": "h", "username": "u", key: ["hunter2"]}]}
    with pytest.raises(ConfigError) as e:
        parse_config(doc, Path("/home/me/config.toml"))
    assert f"mailbox 'p': {key}: expected a string" in str(e.value)
    assert "hunter2" not in str(e.value)


def test_mailboxes_know_the_file_they_come_from(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(COMMAND_MAILBOX)
    cfg.chmod(0o600)
    assert load_config(cfg).mailboxes[0].config_path == cfg
