"""TOML → a frozen :class:`Config`. The spec below is the single source: it validates the file,
gives every default (the dataclasses take theirs from it), and a test checks that
``config.example.toml`` documents every key of it.

Problems are gathered, not raised one by one: a bad file gets every problem in one go, each
naming the file, the place and what is expected (``config.toml: mailbox "perso": port:
expected an integer``). Secrets are never in the file: a mailbox names where its password
comes from (``password_env``, ``password_command``, ``keyring``, ``oauth2_token_command``,
``oauth2_provider``: the OAuth2 tokens live in the keyring or a private file, see
:mod:`tracker.mail.oauth`).

The keys that lead to a secret are treated as secrets all the same (:data:`SECRET_KEYS`): an
error never repeats their value (a user may have written the password itself there, and
errors reach the terminal and the journal), and a file holding a command that prints a
password is expected to be private: if other users can read it, loading it logs one warning
the way ssh does (the file, its mode, ``chmod 600``).
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import stat
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from tracker import i18n
from tracker.errors import ConfigError
from tracker.i18n import N_, _
from tracker.model import Trust

__all__ = ["OAUTH2_MECHANISMS", "SECRET_KEYS", "SPEC", "TLS_MODES", "Config", "MailboxConfig", "default_config_path",
           "default_port", "load_config", "looks_like_env_name", "too_open", "too_open_message"]

logger = logging.getLogger(__name__)

#: Keys whose value is, or may be by mistake, a secret: never repeated in an error.
SECRET_KEYS: Final = frozenset({"password", "password_env", "password_command", "oauth2_token_command",
                                "oauth2_client_secret"})
#: Keys holding a command that prints a secret (and may hold it, ``echo hunter2``): a file with
#: one of them must not be readable by other users.
COMMAND_KEYS: Final = ("password_command", "oauth2_token_command")


@dataclass(frozen=True, slots=True)
class Key:
    """One key of the file: its TOML type, its default, its documentation and its check.

    ``default`` is the one place a default is written: the value the :class:`Config` or
    :class:`MailboxConfig` field holds when the file leaves the key out (tuples where TOML
    has lists, as the frozen dataclasses hold them); None for a required key or one whose
    default depends on another (``port``). ``attr`` names that field when it is not the
    key's own name; ``convert`` turns a checked TOML value into the field's value (a list
    becomes a tuple without it).
    """

    name: str
    type: type | tuple[type, ...]
    default: Any
    doc: str
    check: Callable[[Any], str | None] | None = None
    attr: str | None = None
    convert: Callable[[Any], Any] | None = None

    def value(self, raw: Any) -> Any:
        """The dataclass field's value for a checked TOML value."""
        if self.convert is not None:
            return self.convert(raw)
        return tuple(raw) if isinstance(raw, list) else raw


#: The ``tls`` values, in the order the errors and prompts list them.
TLS_MODES: Final = ("ssl", "starttls", "none")
#: The SASL mechanisms an OAuth2 access token logs in with (RFC 7628's OAUTHBEARER, and the
#: XOAUTH2 that Google and Microsoft documented first).
OAUTH2_MECHANISMS: Final = ("XOAUTH2", "OAUTHBEARER")


def default_port(tls: str) -> int:
    """IMAP's port for ``tls``: 993 for implicit TLS, 143 for STARTTLS or none (the ``port`` default)."""
    return 993 if tls == "ssl" else 143


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], str | None]:
    """A check accepting ``choices`` only; its error lists them (``expected "a", "b" or "c"``), in
    the language spoken when the check runs."""
    quoted = [f'"{c}"' for c in choices]

    def check(v: Any) -> str | None:
        if v in choices:
            return None
        listed = _(" or ").join([", ".join(quoted[:-1]), quoted[-1]]) if len(quoted) > 1 else quoted[0]
        return _("expected {choices}").format(choices=listed)

    return check


def _port(v: Any) -> str | None:
    return None if 0 < v < 65536 else _("expected a port number between 1 and 65535")


def _positive(v: Any) -> str | None:
    return None if v > 0 else _("expected a positive number")


def _str_list(v: Any) -> str | None:
    return None if all(isinstance(x, str) and x for x in v) else _("expected a list of non-empty strings")


def _days(v: Any) -> str | None:
    return None if all(isinstance(x, int) and 0 <= x <= 60 for x in v) else _("expected a list of days (0-60)")


def _latest_first(days: list[int]) -> tuple[int, ...]:
    """Reminder days, each once, the furthest from the deadline first (the order they go out)."""
    return tuple(sorted(set(days), reverse=True))


#: section → keys. "mailbox" and "account_group" are arrays of tables ([[mailbox]]).
SPEC: Final[dict[str, tuple[Key, ...]]] = {
    "database": (
        Key("url", str, None, N_("SQLAlchemy URL or plain path of the database (default: tracker.db in the user's "
                               "data directory). --db overrides it."), attr="database_url"),
    ),
    "general": (
        Key("language", str, "auto", N_('Language of messages and notifications: "auto" (from LANG) or a language '
            "tracker speaks (the choices of --lang)."), _one_of(("auto", *i18n.LANGUAGES))),
        Key("trusted_authserv_ids", list, (), N_("authserv-ids of YOUR mail provider's Authentication-Results headers "
            "to trust (e.g. [\"mx.google.com\"]). Empty: the big providers' ids when the mail entered "
            "through them, else the topmost header above the entry Received line."), _str_list),
        Key("trusted_arc_sealers", list, (), N_("Domains of the forwarders (a university, a company) whose ARC "
            "seals may vouch for a message whose DKIM signature their forwarding broke, on top of the big "
            "providers' (e.g. [\"example.edu\"])."), _str_list),
    ),
    "reminders": (
        Key("days_before", list, (7, 2, 1, 0), N_("Reminders this many days before the last day to object "
            "(0 = on the last day itself)."), _days, attr="reminder_days", convert=_latest_first),
        Key("hour", int, 9, N_("Hour of the day (local time) at which reminders go out."),
            lambda v: None if 0 <= v <= 23 else _("expected an hour 0-23"), attr="reminder_hour"),
    ),
    "notifications": (
        Key("enabled", bool, True, N_("Desktop notifications through org.freedesktop.Notifications (falls back to "
            "the log when there is no session bus)."), attr="notifications"),
    ),
    "daemon": (
        Key("poll_interval", int, 300, N_("Seconds between polls where IMAP IDLE is missing."), _positive),
        Key("idle_timeout", int, 540, N_("Seconds before an IDLE is re-issued (servers drop it after 30 min; at "
            "most 600)."), lambda v: None if 10 <= v <= 600 else _("expected 10-600 seconds")),
        Key("max_backoff", int, 600, N_("Longest wait (seconds) between reconnection attempts."), _positive),
    ),
    "mailbox": (
        Key("name", str, None, N_("A short name for this mailbox (shown in status, used by --mailbox).")),
        Key("host", str, None, N_("IMAP server host name.")),
        Key("port", int, None, N_("IMAP port (default 993 for ssl, 143 for starttls/none)."), _port),
        Key("tls", str, "ssl", N_('"ssl" (implicit TLS), "starttls", or "none" (loopback addresses only).'),
            _one_of(TLS_MODES)),
        Key("username", str, None, N_("Login name, usually the e-mail address.")),
        Key("password_env", str, None, N_("Name of an environment variable holding the password.")),
        Key("password_command", str, None, N_("A command that prints the password (e.g. \"pass show mail\").")),
        Key("keyring", bool, False, N_("Take the password from the system keyring (service \"tracker\", "
            "user = username).")),
        Key("oauth2_token_command", str, None, N_("A command that prints an OAuth2 access token (an outside token "
            "helper); run again on every reconnect. Built in instead: oauth2_provider.")),
        Key("oauth2_provider", str, None, N_('Log in with OAuth2, built in: "microsoft" (Outlook.com, Hotmail, Live, '
            'MSN, Microsoft 365) or "google" (Gmail), the endpoints of tracker/data/providers.toml; sign in once '
            "with `tracker auth login --mailbox NAME` (the refresh token goes to the keyring, never here). Another "
            "name needs the oauth2_*_url keys below.")),
        Key("oauth2_client_id", str, None, N_("The OAuth2 client (application) ID you registered (README: \"OAuth2: "
            "registering a client ID\"); default: the one the provider's preset gives, if any.")),
        Key("oauth2_client_secret", str, None, N_("The client secret, only where the provider requires one (Google "
            "\"Desktop app\" clients); not needed by Microsoft public clients.")),
        Key("oauth2_mechanism", str, None, N_('The SASL mechanism: "XOAUTH2" or "OAUTHBEARER" (default: the '
            "provider's preset, else XOAUTH2)."), _one_of(OAUTH2_MECHANISMS)),
        Key("oauth2_scope", str, None, N_("Scopes to ask for, space-separated (default: the provider's preset).")),
        Key("oauth2_authorize_url", str, None, N_("Authorization endpoint (default: the provider's preset).")),
        Key("oauth2_token_url", str, None, N_("Token endpoint (default: the provider's preset).")),
        Key("oauth2_device_url", str, None, N_("Device authorization endpoint, for `tracker auth login --device` "
            "(default: the provider's preset; Microsoft has one, Google none for mail).")),
        Key("oauth2_revoke_url", str, None, N_("Token revocation endpoint, used by `tracker auth logout` (default: "
            "the provider's preset).")),
        Key("folders", list, ("INBOX",), N_("Folders to read (read-only). Gmail: \"[Gmail]/All Mail\" sees every "
            "label once."), _str_list),
        Key("backfill_days", int, 1095, N_("First sync: how far back to look, in days."), _positive),
        Key("timeout", int, 60, N_("Network timeout in seconds."), _positive),
        Key("ca_file", str, None, N_("A CA certificate file to trust (self-hosted servers).")),
        Key("search_charset", str, "auto", N_('"auto": plain US-ASCII searches (Exchange refuses UTF-8); or a '
            "charset name to send with SEARCH (retried without it if the server refuses).")),
    ),
    "account_group": (
        Key("accounts", list, None, N_("Accounts (recipient addresses) in the same Meta Accounts Centre: one "
            "authentic acceptance settles them all for that round."), _str_list),
    ),
}

_ARRAYS: Final = frozenset({"mailbox", "account_group"})
_REQUIRED: Final = {"mailbox": ("name", "host", "username"), "account_group": ("accounts",)}
_KEYS: Final = {section: {k.name: k for k in keys} for section, keys in SPEC.items()}
#: The keys that name where a mailbox's password comes from (exactly one is given).
_PASSWORD_SOURCES: Final = ("password_env", "password_command", "oauth2_token_command", "oauth2_provider", "keyring")


def _default(section: str, name: str) -> Any:
    """The spec's default for a key: the dataclasses below take theirs from here."""
    return _KEYS[section][name].default


@dataclass(frozen=True, slots=True)
class MailboxConfig:
    name: str
    host: str
    port: int
    tls: str
    username: str
    password_env: str | None = _default("mailbox", "password_env")
    password_command: str | None = _default("mailbox", "password_command")
    keyring: bool = _default("mailbox", "keyring")
    oauth2_token_command: str | None = _default("mailbox", "oauth2_token_command")
    oauth2_provider: str | None = _default("mailbox", "oauth2_provider")
    oauth2_client_id: str | None = _default("mailbox", "oauth2_client_id")
    oauth2_client_secret: str | None = _default("mailbox", "oauth2_client_secret")
    oauth2_mechanism: str | None = _default("mailbox", "oauth2_mechanism")
    oauth2_scope: str | None = _default("mailbox", "oauth2_scope")
    oauth2_authorize_url: str | None = _default("mailbox", "oauth2_authorize_url")
    oauth2_token_url: str | None = _default("mailbox", "oauth2_token_url")
    oauth2_device_url: str | None = _default("mailbox", "oauth2_device_url")
    oauth2_revoke_url: str | None = _default("mailbox", "oauth2_revoke_url")
    folders: tuple[str, ...] = _default("mailbox", "folders")
    backfill_days: int = _default("mailbox", "backfill_days")
    timeout: int = _default("mailbox", "timeout")
    ca_file: str | None = _default("mailbox", "ca_file")
    search_charset: str = _default("mailbox", "search_charset")
    #: The file this mailbox comes from: errors about its password source name it.
    config_path: Path | None = None


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None = None
    database_url: str | None = _default("database", "url")
    language: str = _default("general", "language")
    trusted_authserv_ids: tuple[str, ...] = _default("general", "trusted_authserv_ids")
    trusted_arc_sealers: tuple[str, ...] = _default("general", "trusted_arc_sealers")
    reminder_days: tuple[int, ...] = _default("reminders", "days_before")
    reminder_hour: int = _default("reminders", "hour")
    notifications: bool = _default("notifications", "enabled")
    poll_interval: int = _default("daemon", "poll_interval")
    idle_timeout: int = _default("daemon", "idle_timeout")
    max_backoff: int = _default("daemon", "max_backoff")
    mailboxes: tuple[MailboxConfig, ...] = ()
    account_groups: tuple[tuple[str, ...], ...] = field(default=())

    def mailbox(self, name: str) -> MailboxConfig:
        for m in self.mailboxes:
            if m.name == name:
                return m
        names = ", ".join(m.name for m in self.mailboxes) or _("none")
        where = self.path or _("the configuration")
        raise ConfigError(_("{where}: no mailbox named {name!r} (configured: {names})").format(
            where=where, name=name, names=names))

    @property
    def trust(self) -> Trust:
        """Whose authentication verdicts count (see tracker.core.classify.receiving)."""
        return Trust(authserv_ids=self.trusted_authserv_ids, arc_sealers=self.trusted_arc_sealers)


def default_config_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("tracker", appauthor=False) / "config.toml"


def _type_name(t: type | tuple[type, ...]) -> str:
    names = {str: _("a string"), int: _("an integer"), bool: _("true or false"), list: _("a list")}
    if isinstance(t, tuple):
        return _(" or ").join(names.get(x, x.__name__) for x in t)
    return names.get(t, t.__name__)


def _check_table(table: dict[str, Any], keys: tuple[Key, ...], where: str, problems: list[str]) -> dict[str, Any]:
    known = {k.name: k for k in keys}
    out: dict[str, Any] = {}
    for name, value in table.items():
        key = known.get(name)
        if name == "password":
            problems.append(_("{where}: password: never write a password in the file; use password_env, "
                              "password_command or keyring = true").format(where=where))
            continue
        if key is None:
            problems.append(_("{where}: unknown key {name!r} (known: {known})").format(where=where, name=name,
                                                                                   known=", ".join(known)))
            continue
        ok = isinstance(value, key.type) and not (key.type is int and isinstance(value, bool))
        if not ok and name in SECRET_KEYS:
            problems.append(_("{where}: {name}: expected {expected} (the value is not repeated here)").format(
                where=where, name=name, expected=_type_name(key.type)))
            continue
        if not ok:
            problems.append(_("{where}: {name}: expected {expected}, got {value!r}").format(
                where=where, name=name, expected=_type_name(key.type), value=value))
            continue
        if key.check is not None:
            msg = key.check(value)
            if msg:
                problems.append(f"{where}: {name}: {msg}")
                continue
        out[name] = value
    return out


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(slots=True)
class _Sections:
    """The file's tables once checked: plain sections by name, arrays of tables by name."""

    plain: dict[str, dict[str, Any]] = field(default_factory=dict)
    arrays: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {s: [] for s in _ARRAYS})


def parse_config(doc: dict[str, Any], path: Path | None) -> Config:
    """Validate a parsed TOML document; raise ConfigError listing every problem.

    Every section is checked before any is refused, so one run names every problem.
    """
    where = str(path) if path else "config"
    problems: list[str] = []
    sections = _Sections()
    for section, value in doc.items():
        if section not in SPEC:
            problems.append(_("{where}: unknown section [{section}] (known: {known})").format(
                where=where, section=section, known=", ".join(SPEC)))
        elif section in _ARRAYS:
            sections.arrays[section] = _check_array(section, value, where, problems)
        elif not isinstance(value, dict):
            problems.append(_("{where}: {section} must be a table ([{section}])").format(where=where,
                                                                                       section=section))
        else:
            sections.plain[section] = _check_table(value, SPEC[section], f"{where}: [{section}]", problems)
    mailboxes = _mailboxes(sections.arrays["mailbox"], where, path, problems)
    if problems:
        raise ConfigError(problems[0] if len(problems) == 1 else _("{n} problems: {problems}").format(
            n=len(problems), problems="; ".join(problems)), problems)
    return Config(
        path=path, **_fields(sections.plain), mailboxes=mailboxes,
        account_groups=tuple(tuple(a.lower() for a in t["accounts"]) for t in sections.arrays["account_group"]
                             if "accounts" in t),
    )


def _fields(plain: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The :class:`Config` fields the plain sections set; a key left out keeps the spec's default."""
    return {(key.attr or key.name): key.value(table[key.name])
            for section, table in plain.items() for key in SPEC[section] if key.name in table}


def _check_array(section: str, value: Any, where: str, problems: list[str]) -> list[dict[str, Any]]:
    """The checked tables of a ``[[section]]``, each with its required keys, or none when it is not an array."""
    if not isinstance(value, list):
        problems.append(_("{where}: [{section}] must be written [[{section}]] (one table per entry)").format(
            where=where, section=section))
        return []
    out = []
    for i, table in enumerate(value):
        label = table.get("name") if isinstance(table.get("name"), str) else f"#{i + 1}"
        loc = f"{where}: {section} {label!r}" if section == "mailbox" else f"{where}: {section} #{i + 1}"
        checked = _check_table(table, SPEC[section], loc, problems)
        for req in _REQUIRED[section]:
            if req not in table:
                problems.append(_("{where}: missing key {key!r} ({doc})").format(
                    where=loc, key=req, doc=_(_KEYS[section][req].doc)))
        out.append(checked)
    return out


def _mailboxes(tables: list[dict[str, Any]], where: str, path: Path | None,
               problems: list[str]) -> tuple[MailboxConfig, ...]:
    """The mailboxes of checked ``[[mailbox]]`` tables; what only the whole table can tell (a name
    used twice, plain IMAP to a remote host, not exactly one password source) goes to ``problems``."""
    out: list[MailboxConfig] = []
    names: set[str] = set()
    for m in tables:
        if not all(r in m for r in _REQUIRED["mailbox"]):
            continue  # already reported as missing
        loc = f"{where}: mailbox {m['name']!r}"
        if m["name"] in names:
            problems.append(_("{where}: the name is used twice").format(where=loc))
        names.add(m["name"])
        tls = m.get("tls", _default("mailbox", "tls"))
        if tls == "none" and not _is_loopback(m["host"]):
            problems.append(_('{where}: tls: "none" is only allowed to a loopback address (127.0.0.1, ::1, '
                              'localhost), not {host!r}: use "ssl" or "starttls"').format(where=loc, host=m["host"]))
        sources = [k for k in _PASSWORD_SOURCES if m.get(k)]
        if len(sources) != 1:
            problems.append(_("{where}: give exactly one of password_env, password_command, keyring = true, "
                              "oauth2_token_command or oauth2_provider (found {found})").format(
                                  where=loc, found=", ".join(sources) or _("none")))
        values = {k: _KEYS["mailbox"][k].value(v) for k, v in m.items()}
        out.append(MailboxConfig(**{"tls": tls, "port": default_port(tls), **values, "config_path": path}))
    return tuple(out)


def load_config(path: Path | None, *, required: bool = False) -> Config:
    """Read and validate the configuration; a missing default file is an empty config.

    A file that others can read while it holds a password or token command gets one warning
    (see :func:`too_open`), once per process for a given file and mode: the command line
    loads the file twice (its language first) and the daemon again on each reload.
    """
    explicit = path is not None
    p = path if path is not None else Path(os.environ["TRACKER_CONFIG"]) if os.environ.get("TRACKER_CONFIG") \
        else default_config_path()
    try:
        with p.open("rb") as f:
            mode = stat.S_IMODE(os.fstat(f.fileno()).st_mode)
            data = f.read()
    except FileNotFoundError:
        if explicit or required:
            raise ConfigError(_("{path}: configuration file not found (run `tracker init`, or start from "
                                "`tracker config example`)").format(path=p)) from None
        return Config(path=None)
    except OSError as e:
        raise ConfigError(_("{path}: cannot read the configuration ({why})").format(path=p, why=e.strerror or e)) \
            from None
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(_("{path}: not UTF-8 text").format(path=p)) from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(_("{path}: not valid TOML ({why})").format(path=p, why=e)) from None
    cfg = parse_config(doc, p)
    _warn_if_too_open(p, mode, cfg)
    return cfg


def too_open(mode: int, cfg: Config) -> str | None:
    """The command key that makes the file secret when other users may read or write it (any
    group or other permission bit, as ssh judges a private key), else None."""
    if not mode & 0o077:
        return None
    for m in cfg.mailboxes:
        for key in COMMAND_KEYS:
            if getattr(m, key):
                return key
    return None


def too_open_message(path: Path, mode: int, key: str, lang: str | None = None) -> str:
    """One line, as ssh puts it: the file, its mode, and the command that fixes it."""
    return _("{path}: permissions {mode} are too open for a file that holds {key} (other users can read it); "
             "run: chmod 600 {path}", lang).format(path=path, mode=f"{mode:04o}", key=key)


_warned: set[tuple[str, int]] = set()


def _warn_if_too_open(path: Path, mode: int, cfg: Config) -> None:
    key = too_open(mode, cfg)
    if key is None or (str(path), mode) in _warned:
        return
    _warned.add((str(path), mode))
    # The command line loads the file first to learn its language, before it speaks it.
    lang = i18n.resolve_language(cfg.language, fallback=i18n.language())
    logger.warning("%s", too_open_message(path, mode, key, lang))


_ENV_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def looks_like_env_name(value: str) -> bool:
    """Letters, digits and underscores, not starting with a digit (POSIX names, any case)."""
    return _ENV_NAME.fullmatch(value) is not None
