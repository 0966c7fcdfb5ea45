"""Secrets never show: masked reprs, password sources that name the key and not the value."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.config import MailboxConfig
from tracker.errors import ConfigError, MailboxError
from tracker.mail.credentials import Secret, get_password


def mailbox(**kw: object) -> MailboxConfig:
    base: dict[str, object] = {"name": "perso", "host": "h", "port": 993, "tls": "ssl", "username": "me"}
    base.update(kw)
    return MailboxConfig(**base)  # type: ignore[arg-type]


def test_secret_is_masked_in_repr_str_and_formatting() -> None:
    s = Secret("hunter2")
    assert "hunter2" not in repr(s) + str(s) + f"{s}" + repr([s])
    assert s.reveal() == "hunter2"


def test_password_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_PW", "hunter2")
    assert get_password(mailbox(password_env="MY_PW")).reveal() == "hunter2"
    monkeypatch.delenv("MY_PW")
    with pytest.raises(ConfigError, match=r"password_env .* is not set"):
        get_password(mailbox(password_env="MY_PW"))


@pytest.mark.parametrize("value", ["hunter2", "correct horse battery staple", "p@ss:w0rd!"])
def test_password_written_in_password_env_is_never_repeated(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """GIVEN the password itself in password_env (a variable that is not set), THEN the error
    names the mailbox, the key and the file, and not the value (it would reach the journal)."""
    monkeypatch.delenv(value, raising=False)
    with pytest.raises(ConfigError) as e:
        get_password(mailbox(password_env=value, config_path=Path("/home/me/config.toml")))
    message = str(e.value)
    assert value not in message
    assert "mailbox 'perso': password_env (in /home/me/config.toml)" in message
    if " " in value or "@" in value:
        assert "does not look like the name of an environment variable" in message
        assert "never the password itself" in message
    else:
        assert "not set or empty" in message


def test_a_password_command_that_cannot_run_is_not_repeated() -> None:
    """The first word of the command is quoted by OSError: it may be the password itself."""
    with pytest.raises(MailboxError) as e:
        get_password(mailbox(password_command="hunter2-not-a-program --flag"))
    assert "hunter2" not in str(e.value)
    assert "password_command could not run (No such file or directory)" in str(e.value)


def test_password_from_a_command_first_line_only() -> None:
    assert get_password(mailbox(password_command="printf 'hunter2\\nother'")).reveal() == "hunter2"


def test_failing_password_command_does_not_repeat_its_output() -> None:
    with pytest.raises(MailboxError) as e:
        get_password(mailbox(password_command="sh -c 'echo hunter2; exit 3'"))
    assert "exit status 3" in str(e.value)
    assert "hunter2" not in str(e.value)


def test_missing_keyring_entry_says_how_to_store_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Empty(KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise NotImplementedError

        def delete_password(self, service: str, username: str) -> None:
            raise NotImplementedError

    previous = keyring.get_keyring()
    keyring.set_keyring(Empty())
    try:
        with pytest.raises(MailboxError, match="keyring set tracker me"):
            get_password(mailbox(keyring=True))
    finally:
        keyring.set_keyring(previous)
