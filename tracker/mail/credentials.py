"""Where a mailbox's password (or OAuth2 token) comes from: the environment, a command, the
keyring. Never the config file, never a log line: values travel as :class:`Secret`, whose
``repr`` and ``str`` are masked, and errors name the key and the strategy, not the value.

Not the value of the key either: ``password_env`` and the commands are secrets by mistake
often enough (the password itself in ``password_env``, ``echo hunter2`` as a command), and an
error goes to the terminal and to the journal. Errors name the mailbox, the key and the file.
"""

from __future__ import annotations

import logging
import os
import shlex
import subprocess
from typing import Final

from tracker.config import MailboxConfig, looks_like_env_name
from tracker.errors import ConfigError, MailboxError
from tracker.i18n import _

logger = logging.getLogger(__name__)

MASK: Final = "********"


class Secret:
    """A password or token that does not show itself in logs, tracebacks or reprs."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _run(command: str, what: str, mailbox: str) -> Secret:
    try:
        proc = subprocess.run(shlex.split(command), capture_output=True, text=True, timeout=60, check=False)
    except OSError as e:
        # str(e) quotes the program's name: the first word of the command, maybe a password
        raise MailboxError(_("mailbox {name!r}: {what} could not run ({why})").format(
            name=mailbox, what=what, why=e.strerror or type(e).__name__)) from None
    except ValueError as e:  # shlex: an unclosed quote; its message quotes nothing
        raise MailboxError(_("mailbox {name!r}: {what} could not run ({why})").format(
            name=mailbox, what=what, why=f"{type(e).__name__}: {e}")) from None
    except subprocess.TimeoutExpired:
        raise MailboxError(_("mailbox {name!r}: {what} did not answer within 60 s").format(name=mailbox, what=what)) \
            from None
    if proc.returncode != 0:
        # its output may hold the secret or part of it: never repeat it
        raise MailboxError(_("mailbox {name!r}: {what} failed (exit status {status})").format(
            name=mailbox, what=what, status=proc.returncode))
    value = proc.stdout.splitlines()[0].strip() if proc.stdout.strip() else ""
    if not value:
        raise MailboxError(_("mailbox {name!r}: {what} printed nothing").format(name=mailbox, what=what))
    logger.debug("mailbox %s: secret obtained from %s", mailbox, what)
    return Secret(value)


def get_password(mb: MailboxConfig) -> Secret:
    """The mailbox's password, from the one source its configuration names."""
    if mb.password_env:
        value = os.environ.get(mb.password_env, "")
        if not value:
            raise ConfigError(_unset_env_message(mb))
        return Secret(value)
    if mb.password_command:
        return _run(mb.password_command, "password_command", mb.name)
    if mb.keyring:
        try:
            import keyring
            import keyring.errors

            value = keyring.get_password("tracker", mb.username) or ""
        except Exception as e:  # no backend, locked keyring, D-Bus trouble...
            raise MailboxError(_("mailbox {name!r}: keyring unavailable ({why}); use password_env or "
                                 "password_command instead").format(name=mb.name, why=type(e).__name__)) from None
        if not value:
            raise MailboxError(_("mailbox {name!r}: no password in the keyring for service 'tracker', user {user!r} "
                                 "(store one with: keyring set tracker {user})").format(name=mb.name,
                                                                                       user=mb.username))
        return Secret(value)
    raise ConfigError(_("mailbox {name!r}: no password source (password_env, password_command or keyring)").format(
        name=mb.name))


def _unset_env_message(mb: MailboxConfig) -> str:
    """password_env names a variable that is not set: say where, never what (it may be the password)."""
    where = mb.config_path or _("the configuration")
    if not looks_like_env_name(mb.password_env or ""):
        return _("mailbox {name!r}: password_env (in {where}) does not look like the name of an environment "
                 "variable: give the variable's name there, never the password itself").format(name=mb.name,
                                                                                               where=where)
    return _("mailbox {name!r}: password_env (in {where}): the environment variable it names is not set or "
             "empty").format(name=mb.name, where=where)


def get_oauth2_token(mb: MailboxConfig) -> Secret:
    """A fresh OAuth2 access token (the command is run again on every connection)."""
    if not mb.oauth2_token_command:
        raise ConfigError(_("mailbox {name!r}: no oauth2_token_command").format(name=mb.name))
    return _run(mb.oauth2_token_command, "oauth2_token_command", mb.name)
