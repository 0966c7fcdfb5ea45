"""``tracker init``: from an e-mail address to a working, private configuration file.

It proposes the IMAP server from the address's domain (presets are data, in
``tracker/data/providers.toml``), asks for the password with a hidden prompt, tries the login
with :class:`~tracker.mail.imap.ImapConnection`, keeps the password in the system keyring (or says
how to use ``password_env`` / ``password_command`` where there is none), writes the file 0600
in a 0700 folder, and offers to install the user service. Every question has a flag, so a
script can run it without a terminal. The password is never printed, logged or written to
the file.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
import tomllib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import click

from tracker.config import TLS_MODES, MailboxConfig, default_port, parse_config
from tracker.errors import ConfigError, LoginError, MailboxError, UserError, first_line
from tracker.i18n import N_, SOURCE_LANGUAGE, _, in_language, ngettext
from tracker.mail.credentials import Secret, get_password
from tracker.output.files import write_private

if TYPE_CHECKING:
    from tracker.core.classify.server_id import ServerSurvey

__all__ = ["InitOptions", "Preset", "load_presets", "preset_for", "preset_for_host", "render_config", "run_init"]

KEYRING_SERVICE: Final = "tracker"
DEFAULT_ENV: Final = "TRACKER_PASSWORD"
DIR_MODE: Final = 0o700
_EMAIL = re.compile(r"[^@\s]{1,64}@(?:[^@\s.]+(?:\.[^@\s.]+)+|localhost)")


# ---- presets (data) ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    domains: tuple[str, ...]
    host: str
    port: int
    tls: str
    folders: tuple[str, ...] = ("INBOX",)
    #: The login advice by language (``notes = {en = "...", fr = "..."}`` in the data file).
    notes: Mapping[str, str] = field(default_factory=dict)
    #: The ``[oauth2.NAME]`` table that signs in to this provider, if any.
    oauth2: str | None = None
    #: False when the provider refuses every password (Outlook.com since September 2024).
    password: bool = True

    def note(self) -> str:
        """The login advice in the language tracker speaks, else in English."""
        return in_language(self.notes)


def _notes(value: object) -> dict[str, str]:
    """A provider's ``notes``: a table by language, or one string (a file of one's own, in one language)."""
    if isinstance(value, dict):
        return {str(lang): str(text) for lang, text in value.items() if text}
    return {SOURCE_LANGUAGE: str(value)} if value else {}


def _ask(text: str, **kw: Any) -> Any:
    """click.prompt with the language's colon ("Port : " in French)."""
    return click.prompt(text, prompt_suffix=_(": "), **kw)


def _yes(text: str, **kw: Any) -> bool:
    return bool(click.confirm(text, prompt_suffix=_(": "), **kw))


def _presets_from(text: str, where: str) -> list[Preset]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(_("{where}: not valid TOML ({why})").format(where=where, why=e)) from None
    out: list[Preset] = []
    for i, p in enumerate(doc.get("provider", [])):
        try:
            out.append(Preset(name=str(p["name"]), domains=tuple(str(d).lower() for d in p["domains"]),
                              host=str(p["host"]), port=int(p["port"]), tls=str(p["tls"]),
                              folders=tuple(str(f) for f in p.get("folders", ["INBOX"])),
                              notes=_notes(p.get("notes")),
                              oauth2=str(p["oauth2"]) if p.get("oauth2") else None,
                              password=bool(p.get("password", True))))
        except (KeyError, TypeError, ValueError) as e:
            raise ConfigError(_("{where}: provider #{number}: missing or wrong key ({why})")
                              .format(where=where, number=i + 1, why=e)) from None
    return out


def load_presets() -> tuple[Preset, ...]:
    """The bundled presets, after those of the file named by TRACKER_PROVIDERS (if any)."""
    presets: list[Preset] = []
    extra = os.environ.get("TRACKER_PROVIDERS")
    if extra:
        try:
            presets += _presets_from(Path(extra).read_text(encoding="utf-8"), extra)
        except OSError as e:
            raise ConfigError(_("{path}: cannot read the providers file ({why})").format(path=extra,
                                                                                        why=e.strerror or e)) from None
    bundled = resources.files("tracker").joinpath("data/providers.toml")
    presets += _presets_from(bundled.read_text(encoding="utf-8"), "tracker/data/providers.toml")
    return tuple(presets)


def domain_of(email: str) -> str:
    return email.rpartition("@")[2].strip().lower().rstrip(".")


def preset_for(email: str, presets: tuple[Preset, ...] | None = None) -> Preset | None:
    domain = domain_of(email)
    for p in presets if presets is not None else load_presets():
        if domain in p.domains:
            return p
    return None


def preset_for_host(host: str, presets: tuple[Preset, ...] | None = None) -> Preset | None:
    for p in presets if presets is not None else load_presets():
        if p.host.lower() == host.lower():
            return p
    return None


# ---- the file ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Draft:
    """The mailbox being set up; ``source`` is "env", "command", "keyring" or "oauth2"."""

    name: str
    host: str
    port: int
    tls: str
    username: str
    folders: tuple[str, ...]
    ca_file: str | None = None
    source: str = "keyring"
    source_value: str = ""
    timeout: int = 60
    trusted_ids: tuple[str, ...] = ()  # [general] trusted_authserv_ids, when the person accepted the proposal
    # OAuth2 (source "oauth2"): the provider's [oauth2.NAME] table, the client registered there
    oauth2_provider: str | None = None
    client_id: str | None = None
    client_secret: str | None = None

    def mailbox(self) -> MailboxConfig:
        return MailboxConfig(
            name=self.name, host=self.host, port=self.port, tls=self.tls, username=self.username,
            password_env=self.source_value if self.source == "env" else None,
            password_command=self.source_value if self.source == "command" else None,
            keyring=self.source == "keyring", folders=self.folders, ca_file=self.ca_file, timeout=self.timeout,
            oauth2_provider=self.oauth2_provider if self.source == "oauth2" else None,
            oauth2_client_id=self.client_id if self.source == "oauth2" else None,
            oauth2_client_secret=self.client_secret if self.source == "oauth2" else None,
        )


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def render_config(d: Draft) -> str:
    lines = [
        "# tracker configuration, written by `tracker init`; `tracker config example` explains every key.",
        "# The password is not in this file: see the password source of the mailbox below.",
        "",
    ]
    if d.trusted_ids:
        lines += [
            "[general]",
            "# The id your server signs its Authentication-Results with, found by `tracker init` in the latest",
            "# messages: only this server's verdict decides whether Meta really sent a message.",
            "trusted_authserv_ids = [" + ", ".join(_toml_str(i) for i in d.trusted_ids) + "]",
            "",
        ]
    lines += [
        "[[mailbox]]",
        f"name = {_toml_str(d.name)}",
        f"host = {_toml_str(d.host)}",
        f"port = {d.port}",
        f"tls = {_toml_str(d.tls)}",
        f"username = {_toml_str(d.username)}",
    ]
    if d.source == "env":
        lines.append(f"password_env = {_toml_str(d.source_value)}")
    elif d.source == "command":
        lines.append(f"password_command = {_toml_str(d.source_value)}")
    elif d.source == "oauth2":
        lines.append(f"oauth2_provider = {_toml_str(d.oauth2_provider or '')}"
                     "    # tokens: `tracker auth login` keeps them in the keyring, never here")
        if d.client_id:
            lines.append(f"oauth2_client_id = {_toml_str(d.client_id)}")
        if d.client_secret:
            lines.append(f"oauth2_client_secret = {_toml_str(d.client_secret)}")
    else:
        lines.append(f"keyring = true    # service {_toml_str(KEYRING_SERVICE)}, user {_toml_str(d.username)}")
    lines.append("folders = [" + ", ".join(_toml_str(f) for f in d.folders) + "]")
    if d.ca_file:
        lines.append(f"ca_file = {_toml_str(d.ca_file)}")
    return "\n".join(lines) + "\n"


def validate(text: str, path: Path) -> None:
    """Raise ConfigError unless ``text`` is a configuration load_config would accept."""
    parse_config(tomllib.loads(text), path)


# ---- passwords and the login ------------------------------------------------------------------


@contextmanager
def _password_env(secret: Secret) -> Iterator[str]:
    """Hand a typed password to ImapConnection through a variable that lives only during the call."""
    name = f"_TRACKER_INIT_PASSWORD_{os.getpid()}"
    os.environ[name] = secret.reveal()
    try:
        yield name
    finally:
        os.environ.pop(name, None)


@dataclass(frozen=True, slots=True)
class LoginResult:
    folders: tuple[str, ...]
    all_mail: str | None  # the folder flagged \All (Gmail's "All Mail", whatever its language)


def try_login(mb: MailboxConfig, secret: Secret | None) -> LoginResult:
    """Log in with ``secret`` (or the mailbox's own source), list the folders, log out."""
    from tracker.mail.imap import ImapConnection

    def attempt(m: MailboxConfig) -> LoginResult:
        with ImapConnection(m) as conn:
            names = tuple(conn.folders())
            all_mail = None
            try:
                for flags, _delim, name in conn.client.list_folders():
                    if b"\\All" in flags or "\\All" in flags:
                        all_mail = name if isinstance(name, str) else name.decode()
                        break
            except Exception:
                all_mail = None
            return LoginResult(names, all_mail)

    if secret is None:
        return attempt(mb)
    with _password_env(secret) as name:
        return attempt(dataclasses.replace(mb, password_env=name, password_command=None, keyring=False,
                                           oauth2_token_command=None))


def survey_server(mb: MailboxConfig, secret: Secret | None, folders: tuple[str, ...]) -> ServerSurvey:
    """Log in again and read the latest messages' headers (EXAMINE, BODY.PEEK[HEADER]: nothing
    changes), to learn whose Authentication-Results the mailbox's mail carries."""
    from tracker.cli.doctor import survey_folders
    from tracker.mail.imap import ImapConnection

    if secret is None:
        with ImapConnection(mb) as conn:
            return survey_folders(conn, list(folders))
    with _password_env(secret) as name, ImapConnection(dataclasses.replace(
            mb, password_env=name, password_command=None, keyring=False, oauth2_token_command=None)) as conn:
        return survey_folders(conn, list(folders))


def _learn_server(o: InitOptions, d: Draft, secret: Secret | None) -> None:
    """Propose the receiving server's authserv-id for trusted_authserv_ids, or say plainly that it
    writes no verdict (then no Meta e-mail can be verified). Never stops the set-up."""
    from tracker.cli.doctor import no_verdict_advice

    try:
        found = survey_server(d.mailbox(), secret, d.folders)
    except (MailboxError, ConfigError, UserError) as e:
        click.echo(_("Could not read the latest messages ({why}); `tracker doctor` looks again later.").format(why=e))
        return
    n = found.messages
    if n == 0:
        click.echo(_("No messages in the watched folders yet: once mail has arrived, `tracker doctor` tells "
                     "which server writes the verdicts."))
        return
    if found.no_verdict:
        click.echo(ngettext(
            "Warning: the latest message carries no Authentication-Results header from your server, so no "
            "Meta e-mail can be verified: every one would be listed as suspicious and none would move a row.",
            "Warning: none of the latest {n} messages carries an Authentication-Results header from your server, "
            "so no Meta e-mail can be verified: every one would be listed as suspicious and none would move a row.",
            n).format(n=n))
        click.echo(_("What to do: {advice}.").format(advice=no_verdict_advice()))
        return
    if not found.proposal:
        click.echo(_("The verdicts are written by {providers}: recognised without configuration.")
                   .format(providers=", ".join(found.providers)))
        return
    ident = found.proposal[0]
    click.echo(ngettext("Your server signs its verdicts (Authentication-Results) as {id} (seen in the latest "
                        "message).",
                        "Your server signs its verdicts (Authentication-Results) as {id} (seen in {k} of the latest "
                        "{n} messages).", n).format(id=ident, k=dict(found.ids)[ident], n=n))
    if found.others:
        click.echo(_("Also seen, not proposed: {ids}.").format(ids=", ".join(i for i, _k in found.others)))
    trust = o.trust_server
    if trust is None:
        trust = o.yes or _yes(_('Trust only this server\'s verdicts (write trusted_authserv_ids = ["{id}"])?')
                              .format(id=ident), default=True)
    if trust:
        d.trusted_ids = (ident,)
    else:
        click.echo(_('Not written; add trusted_authserv_ids = ["{id}"] to [general] later if you wish.')
                   .format(id=ident))


def store_in_keyring(username: str, secret: Secret) -> str | None:
    """Keep the password in the keyring; None when it worked, else why not (never the password)."""
    try:
        import keyring

        backend = keyring.get_keyring()
        keyring.set_password(KEYRING_SERVICE, username, secret.reveal())
        stored = keyring.get_password(KEYRING_SERVICE, username)
    except Exception as e:  # no backend, locked, D-Bus trouble...
        return first_line(e, typed=True)
    if stored != secret.reveal():
        return _("the keyring backend {backend} does not keep passwords").format(
            backend=f"{type(backend).__module__}.{type(backend).__name__}")
    return None


def no_keyring_advice(why: str) -> str:
    return _(
        "No working keyring here ({why}).\n"
        "Keep the password out of the file another way:\n"
        '  password_env = "{env}"         tracker reads the variable {env};\n'
        "      for the service, put the line {env}=... in ~/.config/tracker/env (chmod 600)\n"
        "      and uncomment EnvironmentFile= in the unit (systemctl --user edit --full tracker)\n"
        '  password_command = "pass show mail/me"   any command that prints the password\n'
        "(non-interactively: tracker init --password-env NAME or --password-command CMD)"
    ).format(why=why, env=DEFAULT_ENV)


# ---- the conversation -------------------------------------------------------------------------


@dataclass(slots=True)
class InitOptions:
    config_path: Path
    email: str | None = None
    host: str | None = None
    port: int | None = None
    tls: str | None = None
    username: str | None = None
    password_env: str | None = None
    password_command: str | None = None
    keyring: bool = False
    folders: tuple[str, ...] = ()
    mailbox_name: str | None = None
    ca_file: str | None = None
    login_check: bool = True
    service: bool = True
    yes: bool = False
    force: bool = False
    default_config: Path | None = None
    trust_server: bool | None = None  # write the server's authserv-id: None asks (yes under --yes)
    oauth2: bool | None = None  # sign in with OAuth2: None decides from the preset (and asks where both work)
    client_id: str | None = None
    client_secret: str | None = None
    device: bool = False
    token_store: str = "keyring"  # noqa: S105  (where tokens go, not a secret)


_TLS_WORDS: Final = {"ssl": "TLS", "starttls": "STARTTLS", "none": N_("no TLS")}


def _tls_words(tls: str) -> str:
    words = _TLS_WORDS.get(tls)
    return _(words) if words else tls


def _ask_password(prompt: str) -> Secret:
    """A hidden prompt on a terminal; one line of standard input otherwise (for scripts)."""
    if sys.stdin is not None and sys.stdin.isatty():
        while True:
            value = _ask(prompt, hide_input=True, default="", show_default=False)
            if value:
                return Secret(value)
            click.echo(_("The password cannot be empty."))
    line = sys.stdin.readline() if sys.stdin is not None else ""
    value = line.rstrip("\r\n")
    if not value:
        raise UserError(_("no password: type it on a terminal, or give it on standard input, or use "
                          "--password-env / --password-command"))
    return Secret(value)


def _ask_email() -> str:
    while True:
        value = str(_ask(_("Your e-mail address"))).strip()
        if _EMAIL.fullmatch(value):
            return value
        click.echo(_("{value!r} does not look like an e-mail address (name@example.org).").format(value=value))


def _mailbox_name(email: str) -> str:
    label = domain_of(email).split(".")[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "-", label).strip("-") or "mail"


def _ask_server(d: Draft, *, with_ca: bool) -> None:
    d.host = str(_ask(_("IMAP server"), default=d.host)).strip()
    tls = str(_ask(_("Encryption: ssl (implicit TLS), starttls, or none (loopback only)"), default=d.tls,
                           type=click.Choice(TLS_MODES), show_choices=False)).strip()
    changed_tls, d.tls = tls != d.tls, tls
    port_default = d.port if d.port and not changed_tls else default_port(d.tls)
    d.port = int(_ask(_("Port"), default=port_default, type=click.IntRange(1, 65535)))
    d.username = str(_ask(_("Login name"), default=d.username)).strip()
    folders = str(_ask(_("Folders to watch (comma-separated)"), default=", ".join(d.folders)))
    d.folders = tuple(f.strip() for f in folders.split(",") if f.strip()) or ("INBOX",)
    if with_ca and d.tls != "none":
        ca = str(_ask(_("CA certificate file to trust (empty: the system's)"), default=d.ca_file or "",
                              show_default=False)).strip()
        d.ca_file = ca or None


def _choose_server(o: InitOptions, email: str, preset: Preset | None) -> Draft:
    name = o.mailbox_name or _mailbox_name(email)
    username = o.username or email
    folders = o.folders or (preset.folders if preset else ("INBOX",))
    if o.host:
        same = preset is not None and preset.host.lower() == o.host.lower()
        tls = o.tls or (preset.tls if preset is not None and same else "ssl")
        port = o.port or (preset.port if preset is not None and same and tls == preset.tls else default_port(tls))
        return Draft(name, o.host, port, tls, username, folders, o.ca_file)
    if preset is not None:
        tls = o.tls or preset.tls
        port = o.port or (preset.port if tls == preset.tls else default_port(tls))
        d = Draft(name, preset.host, port, tls, username, folders, o.ca_file)
        click.echo(_("{provider}: server {host}:{port} ({tls}), login {user}, folders {folders}").format(
            provider=preset.name, host=d.host, port=d.port, tls=_tls_words(d.tls), user=d.username,
            folders=", ".join(d.folders)))
        if preset.notes:
            click.echo(_("Note: {note}").format(note=preset.note()))
        if not (o.yes or _yes(_("Use these settings?"), default=True)):
            _ask_server(d, with_ca=False)
        return d
    tls = o.tls or "ssl"
    d = Draft(name, f"imap.{domain_of(email)}", o.port or default_port(tls), tls, username, folders, o.ca_file)
    if o.yes:
        click.echo(_("No preset for {domain}: trying {host}:{port} ({tls}).").format(
            domain=domain_of(email), host=d.host, port=d.port, tls=_tls_words(d.tls)))
        return d
    click.echo(_("No preset for {domain}: give the IMAP settings of your provider (its help pages "
                 "call them \"IMAP server\" or \"incoming mail\").").format(domain=domain_of(email)))
    _ask_server(d, with_ca=False)
    return d


def _check_draft(d: Draft, path: Path) -> None:
    probe = dataclasses.replace(d, source="env", source_value=DEFAULT_ENV)
    validate(render_config(probe), path)


def _login_loop(o: InitOptions, d: Draft, secret: Secret | None, typed: bool) -> tuple[Secret | None, LoginResult]:
    """Try the login until it works; on failure show the hint and ask again (or give up)."""
    while True:
        click.echo(_("Logging in to {host}:{port} as {user}...").format(host=d.host, port=d.port, user=d.username))
        try:
            result = try_login(d.mailbox(), secret)
        except LoginError as e:
            click.echo(_("Login refused: {why}").format(why=e))
            hint = preset_for_host(d.host)
            if hint is not None and hint.notes:
                click.echo(_("Hint ({provider}): {note}").format(provider=hint.name, note=hint.note()))
            if typed and not o.yes and _yes(_("Type the password again?"), default=True):
                secret = _ask_password(_("Password"))
                continue
            raise UserError(_("{why}; nothing written (check the password, or skip the test with "
                              "--no-login-check)").format(why=e)) from None
        except (MailboxError, ConfigError) as e:
            click.echo(_("Cannot log in: {why}").format(why=e))
            if not o.yes and _yes(_("Change the server settings?"), default=True):
                _ask_server(d, with_ca=True)
                try:
                    _check_draft(d, o.config_path)
                except ConfigError as bad:
                    click.echo(_("Not valid: {why}").format(why=bad))
                continue
            raise UserError(_("{why}; nothing written (fix the settings, or skip the test with "
                              "--no-login-check)").format(why=e)) from None
        n = len(result.folders)
        click.echo(ngettext("Login OK ({n} folder).", "Login OK ({n} folders).", n).format(n=n))
        return secret, result


def _check_folders(o: InitOptions, d: Draft, result: LoginResult) -> None:
    from tracker.cli.doctor import has_folder

    missing = [f for f in d.folders if not has_folder(result.folders, f)]
    if not missing:
        return
    if result.all_mail and not o.folders and all(f.endswith("All Mail") for f in missing):
        click.echo(_("The folder {folder!r} is called {name!r} here: watching that one.").format(
            folder=missing[0], name=result.all_mail))
        d.folders = tuple(result.all_mail if f in missing else f for f in d.folders)
        return
    listing = ", ".join(result.folders)
    if o.yes or o.folders:
        raise UserError(_("no folder {missing} on {host} (folders: {folders}); nothing written").format(
            missing=", ".join(repr(m) for m in missing), host=d.host, folders=listing))
    click.echo(_("No folder {missing} here. Folders: {folders}").format(
        missing=", ".join(repr(m) for m in missing), folders=listing))
    while True:
        value = str(_ask(_("Folders to watch (comma-separated)"), default="INBOX"))
        chosen = tuple(f.strip() for f in value.split(",") if f.strip()) or ("INBOX",)
        wrong = [f for f in chosen if not has_folder(result.folders, f)]
        if not wrong:
            d.folders = chosen
            return
        click.echo(_("Not found: {folders}").format(folders=", ".join(wrong)))


def _password_source(o: InitOptions, d: Draft) -> tuple[Secret | None, bool]:
    """Decide the source and get the password to test: (secret or None, was it typed here?)."""
    given = [x for x in (o.password_env and "--password-env", o.password_command and "--password-command",
                         o.keyring and "--keyring") if x]
    if len(given) > 1:
        raise click.UsageError(_("give only one of {options}").format(options=", ".join(given)))
    if o.password_env:
        d.source, d.source_value = "env", o.password_env
        value = os.environ.get(o.password_env, "")
        if value:
            return Secret(value), False
        if not o.login_check:
            return None, False
        if o.yes or not (sys.stdin is not None and sys.stdin.isatty()):
            raise UserError(_("--password-env: the variable {name} is not set, so the login cannot be "
                              "tried: set it, or give --no-login-check").format(name=o.password_env))
        click.echo(_("{name} is not set here; type the password to try the login (it is not stored).")
                   .format(name=o.password_env))
        return _ask_password(_("Password")), True
    if o.password_command:
        d.source, d.source_value = "command", o.password_command
        if not o.login_check:
            return None, False
        return get_password(d.mailbox()), False
    d.source, d.source_value = "keyring", ""
    return _ask_password(_("Password (an app password if your provider asks for one; hidden)")), True


def _fallback_source(o: InitOptions, d: Draft, why: str) -> None:
    advice = no_keyring_advice(why)
    if o.keyring:
        raise UserError(_("--keyring: no working keyring here ({why}); use --password-env NAME or "
                          "--password-command CMD instead; nothing written").format(why=why))
    click.echo(advice)
    if o.yes:
        d.source, d.source_value = "env", DEFAULT_ENV
        click.echo(_("Using password_env = \"{name}\": set {name} before running tracker.").format(name=DEFAULT_ENV))
        return
    kind = str(_ask(_("Where should tracker find the password?"), default="env",
                            type=click.Choice(["env", "command"])))
    if kind == "env":
        d.source = "env"
        d.source_value = str(_ask(_("Name of the environment variable"), default=DEFAULT_ENV)).strip()
    else:
        d.source = "command"
        d.source_value = str(_ask(_("Command that prints the password (e.g. pass show mail/me)"))).strip()
        try:
            get_password(d.mailbox())
        except UserError as e:
            click.echo(_("Warning: {why}; fix the command before running tracker.").format(why=e))


def _oauth2_preset(o: InitOptions, preset: Preset | None) -> Preset | None:
    """The preset to sign in with OAuth2 (None: a password). OAuth2 where the provider accepts
    nothing else (Outlook.com); first choice where it also takes an app password (Gmail); never
    without a preset that names its endpoints."""
    password_given = [x for x in (o.password_env and "--password-env", o.password_command and "--password-command",
                                  o.keyring and "--keyring", o.oauth2 is False and "--no-oauth2") if x]
    if preset is None or preset.oauth2 is None:
        if o.oauth2:
            raise UserError(_("--oauth2: tracker knows no OAuth2 endpoints for this server; write oauth2_provider and "
                              "the oauth2_*_url keys by hand (`tracker config example`); nothing written"))
        return None
    if not preset.password:
        if password_given:
            raise UserError(_("{provider} accepts no password over IMAP, app passwords included (since September "
                              "2024): only OAuth2 works; leave out {options}; nothing written").format(
                provider=preset.name, options=", ".join(password_given)))
        return preset
    if o.oauth2 is not None or password_given:
        return preset if o.oauth2 else None
    wanted = o.yes or _yes(_("Sign in with OAuth2, in the browser (recommended; no: an app password)?"), default=True)
    return preset if wanted else None


def _oauth2_source(o: InitOptions, d: Draft, preset: Preset) -> None:
    """The client to sign in with, then the sign-in itself (unless --no-login-check: then later,
    with ``tracker auth login``); the tokens go to the keyring (or the file --token-store names)."""
    from tracker.cli.auth import sign_in
    from tracker.mail.oauth import oauth2_presets

    table = oauth2_presets().get(preset.oauth2 or "", {})
    d.source, d.oauth2_provider = "oauth2", preset.oauth2
    d.client_id = o.client_id or (None if table.get("client_id") else _ask_client("client ID", o))
    d.client_secret = o.client_secret
    if table.get("needs_secret") and not d.client_secret and not table.get("client_secret"):
        d.client_secret = _ask_client("client secret", o)
    if not o.login_check:
        click.echo(_("Not signed in yet: after this, run tracker auth login --mailbox {name}").format(name=d.name))
        return
    click.echo(_("{provider}: signing in with OAuth2.").format(provider=preset.name))
    where = sign_in(d.mailbox(), o.device, o.token_store)
    click.echo(_("Signed in; the refresh token is kept in {where}.").format(where=where))


def _ask_client(what: str, o: InitOptions) -> str:
    """The client ID (or secret) the person registered (README: "OAuth2: registering a client ID")."""
    if o.yes and not (sys.stdin is not None and sys.stdin.isatty()):
        raise UserError(_("OAuth2 needs the client ID you registered (README: \"Registering a client ID\"): give "
                          "--client-id; nothing written") if what == "client ID" else
                        _("OAuth2 needs the client secret of your Google \"Desktop app\": give --client-secret; "
                          "nothing written"))
    prompt = _("OAuth2 client ID (README: \"OAuth2: registering a client ID\")") if what == "client ID" else \
        _("OAuth2 client secret (Google \"Desktop app\")")
    return str(_ask(prompt)).strip()


def run_init(o: InitOptions, install_service: Callable[[], None]) -> Draft:
    """The whole set-up; returns what was written. Raises UserError when nothing was written."""
    path = o.config_path
    if path.exists() and not o.force:
        raise UserError(_("{path} already exists: give --force to replace it (or --config OTHER_FILE)")
                        .format(path=path))
    email = o.email.strip() if o.email else _ask_email()
    if not _EMAIL.fullmatch(email):
        raise UserError(_("--email: {value!r} does not look like an e-mail address (name@example.org)")
                        .format(value=email))
    preset = preset_for(email)
    d = _choose_server(o, email, preset)
    _check_draft(d, path)
    same_server = preset if preset is not None and preset.host.lower() == d.host.lower() else preset_for_host(d.host)
    oauth2_preset = _oauth2_preset(o, same_server)
    if oauth2_preset is not None:
        _oauth2_source(o, d, oauth2_preset)
        secret, typed = None, False
    else:
        secret, typed = _password_source(o, d)
    if o.login_check:
        secret, result = _login_loop(o, d, secret, typed)
        _check_folders(o, d, result)
        _learn_server(o, d, secret)
    if d.source == "keyring":
        if secret is None:  # a typed password is always there for the keyring
            raise UserError(_("no password to store in the keyring"))
        why = store_in_keyring(d.username, secret)
        if why is None:
            click.echo(_("Password stored in the keyring (service {service!r}, user {user!r}).").format(
                service=KEYRING_SERVICE, user=d.username))
        else:
            _fallback_source(o, d, why)
    text = render_config(d)
    validate(text, path)
    try:
        write_private(path, text.encode("utf-8"), replace=o.force, folder_mode=DIR_MODE)
    except FileExistsError:  # it appeared while the questions were asked
        raise UserError(_("{path} already exists: give --force to replace it").format(path=path)) from None
    click.echo(_("Wrote {path} (mode 0600).").format(path=path))
    if d.source == "env":
        click.echo(_("tracker reads the password from the variable {name}: set it wherever tracker "
                     "runs (for the service: ~/.config/tracker/env and EnvironmentFile= in the unit).")
                   .format(name=d.source_value))
    _offer_service(o, install_service)
    click.echo(_("Next: `{tracker} doctor` checks everything, `{tracker} poll` reads the mailbox once, "
                 "`{tracker} status` shows where each account stands.").format(tracker=_command(o)))
    return d


def _command(o: InitOptions) -> str:
    """``tracker``, with the ``--config`` this run wrote when it is not the default file: the next
    commands must read that file too, and a person copies them as they are."""
    import shlex

    if o.default_config is not None and o.config_path.resolve() == o.default_config.resolve():
        return "tracker"
    return f"tracker --config {shlex.quote(str(o.config_path))}"


def _offer_service(o: InitOptions, install_service: Callable[[], None]) -> None:
    import shutil

    if not o.service:
        return
    if shutil.which("systemctl") is None:
        click.echo(_("No systemctl here: run `tracker daemon` in the background some other way."))
        return
    if not (o.yes or _yes(_("Install and start the background service (systemd --user) now?"),
                                   default=True)):
        click.echo(_("Later: `tracker service install`."))
        return
    try:
        install_service()
    except UserError as e:
        click.echo(_("The service is not running: {why}. Try again later with `tracker service install`.")
                   .format(why=e))
