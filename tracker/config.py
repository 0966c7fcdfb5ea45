"""TOML → a frozen :class:`Config`. The spec below is the single source: it validates the file,
and a test checks that ``config.example.toml`` documents every key of it.

Problems are gathered, not raised one by one: a bad file gets every problem in one go, each
naming the file, the place and what is expected (``config.toml: mailbox "perso": port:
expected an integer``). Secrets are never in the file: a mailbox names where its password
comes from (``password_env``, ``password_command``, ``keyring``, ``oauth2_token_command``).

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

__all__ = ["SECRET_KEYS", "SPEC", "Config", "MailboxConfig", "default_config_path", "load_config",
           "looks_like_env_name", "too_open", "too_open_message"]

logger = logging.getLogger(__name__)

#: Keys whose value is, or may be by mistake, a secret: never repeated in an error.
SECRET_KEYS: Final = frozenset({"password", "password_env", "password_command", "oauth2_token_command"})
#: Keys holding a command that prints a secret (and may hold it, ``echo hunter2``): a file with
#: one of them must not be readable by other users.
COMMAND_KEYS: Final = ("password_command", "oauth2_token_command")


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    type: type | tuple[type, ...]
    default: Any
    doc: str
    check: Callable[[Any], str | None] | None = None


def _port(v: Any) -> str | None:
    return None if 0 < v < 65536 else _("expected a port number between 1 and 65535")


def _positive(v: Any) -> str | None:
    return None if v > 0 else _("expected a positive number")


def _tls(v: Any) -> str | None:
    return None if v in ("ssl", "starttls", "none") else _('expected "ssl", "starttls" or "none"')


def _lang(v: Any) -> str | None:
    return None if v in ("auto", "fr", "en") else _('expected "auto", "fr" or "en"')


def _str_list(v: Any) -> str | None:
    return None if all(isinstance(x, str) and x for x in v) else _("expected a list of non-empty strings")


def _days(v: Any) -> str | None:
    return None if all(isinstance(x, int) and 0 <= x <= 60 for x in v) else _("expected a list of days (0-60)")


#: section → keys. "mailbox" and "account_group" are arrays of tables ([[mailbox]]).
SPEC: Final[dict[str, tuple[Key, ...]]] = {
    "database": (
        Key("url", str, None, N_("SQLAlchemy URL or plain path of the database (default: tracker.db in the user's "
                               "data directory). --db overrides it.")),
    ),
    "general": (
        Key("language", str, "auto", N_('Language of messages and notifications: "auto" (from LANG), "fr" or "en".'),
            _lang),
        Key("trusted_authserv_ids", list, [], N_("authserv-ids of YOUR mail provider's Authentication-Results headers "
            "to trust (e.g. [\"mx.google.com\"]). Empty: the big providers' ids when the mail entered "
            "through them, else the topmost header above the entry Received line."), _str_list),
        Key("trusted_arc_sealers", list, [], N_("Domains of the forwarders (a university, a company) whose ARC "
            "seals may vouch for a message whose DKIM signature their forwarding broke, on top of the big "
            "providers' (e.g. [\"example.edu\"])."), _str_list),
    ),
    "reminders": (
        Key("days_before", list, [7, 2, 1, 0], N_("Reminders this many days before the last day to object "
            "(0 = on the last day itself)."), _days),
        Key("hour", int, 9, N_("Hour of the day (local time) at which reminders go out."),
            lambda v: None if 0 <= v <= 23 else _("expected an hour 0-23")),
    ),
    "notifications": (
        Key("enabled", bool, True, N_("Desktop notifications through org.freedesktop.Notifications (falls back to "
            "the log when there is no session bus).")),
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
        Key("tls", str, "ssl", N_('"ssl" (implicit TLS), "starttls", or "none" (loopback addresses only).'), _tls),
        Key("username", str, None, N_("Login name, usually the e-mail address.")),
        Key("password_env", str, None, N_("Name of an environment variable holding the password.")),
        Key("password_command", str, None, N_("A command that prints the password (e.g. \"pass show mail\").")),
        Key("keyring", bool, False, N_("Take the password from the system keyring (service \"tracker\", "
            "user = username).")),
        Key("oauth2_token_command", str, None, N_("A command that prints an OAuth2 access token (Gmail, Microsoft "
            "365); used with XOAUTH2 and run again on every reconnect.")),
        Key("folders", list, ["INBOX"], N_("Folders to read (read-only). Gmail: \"[Gmail]/All Mail\" sees every "
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


@dataclass(frozen=True, slots=True)
class MailboxConfig:
    name: str
    host: str
    port: int
    tls: str
    username: str
    password_env: str | None = None
    password_command: str | None = None
    keyring: bool = False
    oauth2_token_command: str | None = None
    folders: tuple[str, ...] = ("INBOX",)
    backfill_days: int = 1095
    timeout: int = 60
    ca_file: str | None = None
    search_charset: str = "auto"
    #: The file this mailbox comes from: errors about its password source name it.
    config_path: Path | None = None


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None = None
    database_url: str | None = None
    language: str = "auto"
    trusted_authserv_ids: tuple[str, ...] = ()
    trusted_arc_sealers: tuple[str, ...] = ()
    reminder_days: tuple[int, ...] = (7, 2, 1, 0)
    reminder_hour: int = 9
    notifications: bool = True
    poll_interval: int = 300
    idle_timeout: int = 540
    max_backoff: int = 600
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


def parse_config(doc: dict[str, Any], path: Path | None) -> Config:
    """Validate a parsed TOML document; raise ConfigError listing every problem."""
    where = str(path) if path else "config"
    problems: list[str] = []
    plain: dict[str, dict[str, Any]] = {}
    arrays: dict[str, list[dict[str, Any]]] = {"mailbox": [], "account_group": []}
    for section, value in doc.items():
        if section not in SPEC:
            problems.append(_("{where}: unknown section [{section}] (known: {known})").format(
                where=where, section=section, known=", ".join(SPEC)))
            continue
        if section in _ARRAYS:
            if not isinstance(value, list):
                problems.append(_("{where}: [{section}] must be written [[{section}]] (one table per entry)").format(
                    where=where, section=section))
                continue
            for i, table in enumerate(value):
                label = table.get("name") if isinstance(table.get("name"), str) else f"#{i + 1}"
                loc = f"{where}: {section} {label!r}" if section == "mailbox" else f"{where}: {section} #{i + 1}"
                checked = _check_table(table, SPEC[section], loc, problems)
                for req in _REQUIRED[section]:
                    if req not in table:
                        problems.append(_("{where}: missing key {key!r} ({doc})").format(
                            where=loc, key=req, doc=_(SPEC_DOC[section][req])))
                arrays[section].append(checked)
        elif not isinstance(value, dict):
            problems.append(_("{where}: {section} must be a table ([{section}])").format(where=where,
                                                                                       section=section))
        else:
            plain[section] = _check_table(value, SPEC[section], f"{where}: [{section}]", problems)
    mailboxes: list[MailboxConfig] = []
    names: set[str] = set()
    for m in arrays["mailbox"]:
        if not all(r in m for r in _REQUIRED["mailbox"]):
            continue
        loc = f"{where}: mailbox {m['name']!r}"
        if m["name"] in names:
            problems.append(_("{where}: the name is used twice").format(where=loc))
        names.add(m["name"])
        tls = m.get("tls", "ssl")
        if tls == "none" and not _is_loopback(m["host"]):
            problems.append(_('{where}: tls: "none" is only allowed to a loopback address (127.0.0.1, ::1, '
                              'localhost), not {host!r}: use "ssl" or "starttls"').format(where=loc, host=m["host"]))
        sources = [k for k in ("password_env", "password_command", "oauth2_token_command") if m.get(k)]
        if m.get("keyring"):
            sources.append("keyring")
        if len(sources) != 1:
            problems.append(_("{where}: give exactly one of password_env, password_command, keyring = true or "
                              "oauth2_token_command (found {found})").format(where=loc,
                                                                            found=", ".join(sources) or _("none")))
        port = m.get("port", 993 if tls == "ssl" else 143)
        mailboxes.append(MailboxConfig(
            name=m["name"], host=m["host"], port=port, tls=tls, username=m["username"],
            password_env=m.get("password_env"), password_command=m.get("password_command"),
            keyring=m.get("keyring", False), oauth2_token_command=m.get("oauth2_token_command"),
            folders=tuple(m.get("folders", ["INBOX"])), backfill_days=m.get("backfill_days", 1095),
            timeout=m.get("timeout", 60), ca_file=m.get("ca_file"), search_charset=m.get("search_charset", "auto"),
            config_path=path,
        ))
    if problems:
        raise ConfigError(problems[0] if len(problems) == 1 else _("{n} problems: {problems}").format(
            n=len(problems), problems="; ".join(problems)), problems)
    g = plain.get("general", {})
    r = plain.get("reminders", {})
    d = plain.get("daemon", {})
    return Config(
        path=path,
        database_url=plain.get("database", {}).get("url"),
        language=g.get("language", "auto"),
        trusted_authserv_ids=tuple(g.get("trusted_authserv_ids", ())),
        trusted_arc_sealers=tuple(g.get("trusted_arc_sealers", ())),
        reminder_days=tuple(sorted(set(r.get("days_before", (7, 2, 1, 0))), reverse=True)),
        reminder_hour=r.get("hour", 9),
        notifications=plain.get("notifications", {}).get("enabled", True),
        poll_interval=d.get("poll_interval", 300),
        idle_timeout=d.get("idle_timeout", 540),
        max_backoff=d.get("max_backoff", 600),
        mailboxes=tuple(mailboxes),
        account_groups=tuple(tuple(a.lower() for a in t["accounts"]) for t in arrays["account_group"]
                             if "accounts" in t),
    )


SPEC_DOC: Final = {section: {k.name: k.doc for k in keys} for section, keys in SPEC.items()}


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
            raise ConfigError(_("{path}: configuration file not found (see config.example.toml)").format(path=p)) \
                from None
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
    lang = cfg.language if cfg.language in i18n.LANGUAGES else i18n.language_from_env() or i18n.language()
    logger.warning("%s", too_open_message(path, mode, key, lang))


_ENV_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def looks_like_env_name(value: str) -> bool:
    """Letters, digits and underscores, not starting with a digit (POSIX names, any case)."""
    return _ENV_NAME.fullmatch(value) is not None
