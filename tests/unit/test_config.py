"""The configuration: the spec validates, every key is documented in config.example.toml, and
every problem is one line naming the file, the place and what is expected."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

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
