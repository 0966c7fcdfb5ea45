"""OAuth2 for IMAP, built in: the provider's endpoints, the stored tokens, a fresh access token.

Since September 2024 Microsoft refuses every password over IMAP for Outlook.com, and many
Google Workspace administrators switch app passwords off: only an OAuth2 access token logs
in (SASL XOAUTH2 or OAUTHBEARER, RFC 7628). The sign-in itself (a browser and a loopback
redirect, or a device code) is :mod:`tracker.mail.oauth_login`; this module keeps what it
brings back and turns it into an access token whenever a connection needs one.

The token requests go through Authlib's ``OAuth2Client`` on httpx: a maintained
implementation of the grants (PKCE, refresh, revocation, RFC 7009) and of the error answers
(``invalid_grant`` and the like), where a hand-written one would get the corners wrong.

Where tokens live: the system keyring (service ``tracker-oauth2``, one entry per mailbox),
or, only when the person asked for it (``tracker auth login --token-store file``, for a
server reached over SSH where no keyring runs), a 0600 file in tracker's data folder. Never
the configuration file, the database or a log line: tokens travel as :class:`Secret`, and
every error names the mailbox and what to do, never a token.

Public entry points: :func:`provider_for` (the endpoints of a mailbox), :func:`access_token`
(a valid access token, refreshed when it is about to expire or when the server refused it),
:func:`store_for`, :func:`token_info` (what ``tracker auth status`` shows), :func:`revoke`.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import threading
import time
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Final, Protocol

from tracker.config import OAUTH2_MECHANISMS, MailboxConfig
from tracker.errors import AuthorizationError, ConfigError, MailboxError, UserError, first_line
from tracker.i18n import N_, _
from tracker.mail.credentials import Secret

logger = logging.getLogger(__name__)

__all__ = ["FileStore", "KeyringStore", "Provider", "TokenInfo", "TokenSet", "access_token", "client_for",
           "keyring_problem", "oauth2_presets", "provider_for", "relogin_hint", "revoke", "save_tokens",
           "store_for", "token_file", "token_info"]

KEYRING_SERVICE: Final = "tracker-oauth2"
#: An access token this close to its expiry is refreshed before use: a poll that starts with
#: one minute left may still be fetching when it runs out, and IMAP checks it only at login.
REFRESH_MARGIN: Final = 120.0
#: The token endpoint's answers that mean "this refresh token is dead": only a new sign-in helps.
_DEAD_GRANT: Final = frozenset({"invalid_grant", "invalid_token", "unauthorized_client", "access_denied"})
HTTP_TIMEOUT: Final = 30.0


# ---- the provider's endpoints (data) ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Provider:
    """One mailbox's OAuth2 endpoints and client: its preset, with the mailbox's own keys on top."""

    name: str
    token_url: str
    client_id: str
    scope: str
    mechanism: str = "XOAUTH2"
    authorize_url: str | None = None
    device_url: str | None = None
    revoke_url: str | None = None
    client_secret: Secret | None = None
    redirect_host: str = "127.0.0.1"
    authorize_params: Mapping[str, str] = field(default_factory=dict)


def _provider_texts() -> Iterator[tuple[str, str]]:
    """(text, where) of the providers files: the TRACKER_PROVIDERS one first, then the bundled one."""
    extra = os.environ.get("TRACKER_PROVIDERS")
    if extra:
        try:
            yield Path(extra).read_text(encoding="utf-8"), extra
        except OSError as e:
            raise ConfigError(_("{path}: cannot read the providers file ({why})").format(
                path=extra, why=e.strerror or e)) from None
    bundled = resources.files("tracker").joinpath("data/providers.toml")
    yield bundled.read_text(encoding="utf-8"), "tracker/data/providers.toml"


def oauth2_presets() -> dict[str, dict[str, Any]]:
    """The ``[oauth2.NAME]`` tables, the bundled ones under those of TRACKER_PROVIDERS (key by key:
    a file of one's own may add only a ``client_id``)."""
    merged: dict[str, dict[str, Any]] = {}
    for text, where in reversed(list(_provider_texts())):
        try:
            tables = tomllib.loads(text).get("oauth2", {})
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(_("{where}: not valid TOML ({why})").format(where=where, why=e)) from None
        for name, table in tables.items():
            if isinstance(table, dict):
                merged.setdefault(name, {}).update(table)
    return merged


def provider_for(mb: MailboxConfig) -> Provider:
    """The endpoints, scope, mechanism and client of ``mb``; ConfigError naming what is missing."""
    if not mb.oauth2_provider:
        raise ConfigError(_("mailbox {name!r}: does not use OAuth2 (no oauth2_provider)").format(name=mb.name))
    presets = oauth2_presets()
    preset = presets.get(mb.oauth2_provider, {})
    where = mb.config_path or _("the configuration")

    def pick(key: str, own: str | None) -> str | None:
        value = own or preset.get(key)
        return str(value) if value else None

    token_url = pick("token_url", mb.oauth2_token_url)
    if token_url is None:
        raise ConfigError(_("mailbox {name!r} (in {where}): oauth2_provider = {provider!r} is not a preset of "
                            "tracker (known: {known}); give oauth2_token_url and oauth2_authorize_url").format(
            name=mb.name, where=where, provider=mb.oauth2_provider, known=", ".join(sorted(presets))))
    client_id = pick("client_id", mb.oauth2_client_id)
    if client_id is None:
        raise ConfigError(_("mailbox {name!r} (in {where}): no oauth2_client_id: register a client ID with "
                            "{provider} and write it there (README: \"OAuth2: registering a client ID\")").format(
            name=mb.name, where=where, provider=mb.oauth2_provider))
    for url in (token_url, pick("authorize_url", mb.oauth2_authorize_url), pick("device_url", mb.oauth2_device_url),
                pick("revoke_url", mb.oauth2_revoke_url)):
        if url is not None and not _is_safe_url(url):
            raise ConfigError(_("mailbox {name!r} (in {where}): {url} is not https: tokens travel only over TLS "
                                "(plain http only to this machine)").format(name=mb.name, where=where, url=url))
    secret = pick("client_secret", mb.oauth2_client_secret)
    mechanism = (mb.oauth2_mechanism or str(preset.get("mechanism") or "XOAUTH2")).upper()
    if mechanism not in OAUTH2_MECHANISMS:
        mechanism = "XOAUTH2"
    params = preset.get("authorize_params")
    return Provider(name=mb.oauth2_provider, token_url=token_url, client_id=client_id,
                    scope=pick("scope", mb.oauth2_scope) or "", mechanism=mechanism,
                    authorize_url=pick("authorize_url", mb.oauth2_authorize_url),
                    device_url=pick("device_url", mb.oauth2_device_url),
                    revoke_url=pick("revoke_url", mb.oauth2_revoke_url),
                    client_secret=Secret(secret) if secret else None,
                    redirect_host=str(preset.get("redirect_host") or "127.0.0.1"),
                    authorize_params={str(k): str(v) for k, v in params.items()} if isinstance(params, dict) else {})


def _is_safe_url(url: str) -> bool:
    """https, or http to a loopback address (a provider's emulator, the tests' server)."""
    import ipaddress
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    return parts.scheme == "http" and loopback


def client_for(p: Provider, **kw: Any) -> Any:
    """Authlib's OAuth2Client for ``p``: a public client (PKCE, no secret) unless a secret is set."""
    from authlib.integrations.httpx_client import OAuth2Client

    secret = p.client_secret.reveal() if p.client_secret else None
    return OAuth2Client(client_id=p.client_id, client_secret=secret, scope=p.scope or None,
                        token_endpoint_auth_method="client_secret_post" if secret else "none",
                        revocation_endpoint_auth_method="client_secret_post" if secret else "none",
                        timeout=HTTP_TIMEOUT, trust_env=False, **kw)


def relogin_hint(mb: MailboxConfig) -> str:
    """The one thing that fixes a missing or dead authorization, as a command to copy."""
    return f"tracker auth login --mailbox {mb.name}"


# ---- tokens and where they are kept -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TokenSet:
    """What a sign-in or a refresh brought back; ``expires_at`` in seconds since the epoch."""

    refresh_token: Secret | None
    access_token: Secret | None = None
    expires_at: float | None = None

    def to_json(self) -> str:
        return json.dumps({"refresh_token": self.refresh_token.reveal() if self.refresh_token else None,
                           "access_token": self.access_token.reveal() if self.access_token else None,
                           "expires_at": self.expires_at})

    @staticmethod
    def from_json(text: str) -> TokenSet | None:
        try:
            d = json.loads(text)
        except ValueError:
            return None
        if not isinstance(d, dict):
            return None
        rt, at, exp = d.get("refresh_token"), d.get("access_token"), d.get("expires_at")
        return TokenSet(Secret(rt) if isinstance(rt, str) and rt else None,
                        Secret(at) if isinstance(at, str) and at else None,
                        float(exp) if isinstance(exp, int | float) else None)

    @staticmethod
    def from_response(token: Mapping[str, Any], previous: TokenSet | None, now: float) -> TokenSet:
        """A token endpoint's answer; a refresh that sends no new refresh token keeps the old one."""
        rt = token.get("refresh_token")
        expires_at = token.get("expires_at")
        if not isinstance(expires_at, int | float):
            expires_in = token.get("expires_in")
            expires_at = now + float(expires_in) if isinstance(expires_in, int | float | str) and \
                str(expires_in).isdigit() else None
        at = token.get("access_token")
        return TokenSet(Secret(str(rt)) if rt else (previous.refresh_token if previous else None),
                        Secret(str(at)) if at else None, float(expires_at) if expires_at is not None else None)

    def fresh(self, now: float) -> bool:
        """Is the access token good for a while yet (see :data:`REFRESH_MARGIN`)?"""
        return self.access_token is not None and self.expires_at is not None and \
            self.expires_at - now > REFRESH_MARGIN


class TokenStore(Protocol):
    kind: str

    def load(self, name: str) -> TokenSet | None: ...

    def save(self, name: str, tokens: TokenSet) -> None: ...

    def delete(self, name: str) -> bool: ...


def keyring_problem() -> str | None:
    """Why the system keyring cannot keep a token here (None: it can). Never raises."""
    try:
        import keyring

        backend = keyring.get_keyring()
        kind = f"{type(backend).__module__}.{type(backend).__name__}"
        if float(backend.priority) <= 0 or kind.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
            return _("no usable keyring backend ({backend})").format(backend=kind)
    except Exception as e:
        return first_line(e, typed=True)
    return None


class KeyringStore:
    """The system keyring: service ``tracker-oauth2``, user = the mailbox's name."""

    kind = "keyring"

    def load(self, name: str) -> TokenSet | None:
        try:
            import keyring

            text = keyring.get_password(KEYRING_SERVICE, name)
        except Exception as e:  # no backend, locked, D-Bus trouble...
            raise MailboxError(_("mailbox {name!r}: the keyring cannot be read ({why})").format(
                name=name, why=type(e).__name__)) from None
        return TokenSet.from_json(text) if text else None

    def save(self, name: str, tokens: TokenSet) -> None:
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, name, tokens.to_json())
        except Exception as e:
            raise MailboxError(_("mailbox {name!r}: the keyring cannot keep the token ({why})").format(
                name=name, why=type(e).__name__)) from None

    def delete(self, name: str) -> bool:
        try:
            import keyring

            if keyring.get_password(KEYRING_SERVICE, name) is None:
                return False
            keyring.delete_password(KEYRING_SERVICE, name)
        except Exception:
            return False
        return True


def token_file() -> Path:
    """The private token file of ``--token-store file``: in tracker's data folder, beside the database."""
    from platformdirs import user_data_path

    return user_data_path("tracker", appauthor=False) / "oauth2-tokens.json"


class FileStore:
    """A JSON file, 0600 in a 0700 folder, keyed by mailbox name; replaced whole on each write."""

    kind = "file"

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or token_file()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:
            raise MailboxError(_("{path}: the token file cannot be read ({why})").format(
                path=self.path, why=type(e).__name__)) from None
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f)
        os.replace(tmp, self.path)

    def has(self, name: str) -> bool:
        return name in self._read()

    def load(self, name: str) -> TokenSet | None:
        entry = self._read().get(name)
        return TokenSet.from_json(json.dumps(entry)) if isinstance(entry, dict) else None

    def save(self, name: str, tokens: TokenSet) -> None:
        data = self._read()
        data[name] = json.loads(tokens.to_json())
        self._write(data)

    def delete(self, name: str) -> bool:
        data = self._read()
        if data.pop(name, None) is None:
            return False
        self._write(data)
        return True


def store_for(mb: MailboxConfig) -> TokenStore:
    """Where ``mb``'s tokens are: the file when ``auth login --token-store file`` put them there,
    else the keyring (the sign-in keeps them in one place only)."""
    file = FileStore()
    return file if file.has(mb.name) else KeyringStore()


def save_tokens(mb: MailboxConfig, tokens: TokenSet, kind: str) -> TokenStore:
    """Keep a new sign-in's tokens in the store ``kind`` names, and forget any in the other."""
    chosen: TokenStore = FileStore() if kind == "file" else KeyringStore()
    chosen.save(mb.name, tokens)
    other: TokenStore = KeyringStore() if kind == "file" else FileStore()
    with contextlib.suppress(UserError):
        other.delete(mb.name)
    return chosen


# ---- a valid access token -----------------------------------------------------------------------

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


@contextlib.contextmanager
def _refreshing(name: str) -> Iterator[None]:
    """One refresh at a time per mailbox: across the daemon's threads (a lock) and across
    processes (a lock file), so that a provider that rotates refresh tokens never sees the old
    one used twice (Microsoft and Authlib servers revoke it once replaced)."""
    with _locks_guard:
        lock = _locks.setdefault(name, threading.Lock())
    with lock:
        path = token_file().with_name("oauth2-tokens.lock")
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            yield  # no data folder (read-only home): the thread lock alone
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)


def access_token(mb: MailboxConfig, *, force_refresh: bool = False) -> Secret:
    """A valid access token for ``mb``: the stored one while it is fresh, else a refreshed one.

    ``force_refresh`` after the server refused a token that looked fresh (revoked early, or a
    clock that is wrong). Raises AuthorizationError when only a new sign-in helps.
    """
    provider = provider_for(mb)
    with _refreshing(mb.name):
        store = store_for(mb)
        tokens = store.load(mb.name)
        if tokens is None:
            raise AuthorizationError(_("mailbox {name!r}: not signed in with OAuth2 yet; run: {command}").format(
                name=mb.name, command=relogin_hint(mb)))
        now = time.time()
        if tokens.fresh(now) and not force_refresh and tokens.access_token is not None:
            return tokens.access_token
        new = refresh(mb, provider, tokens, now)
        store.save(mb.name, new)
    if new.access_token is None:
        raise MailboxError(_("mailbox {name!r}: the token endpoint sent no access token").format(name=mb.name))
    logger.info(N_("mailbox %s: OAuth2 access token refreshed"), mb.name)
    return new.access_token


def refresh(mb: MailboxConfig, provider: Provider, tokens: TokenSet, now: float) -> TokenSet:
    """Ask the token endpoint for a new access token with the refresh token (RFC 6749 section 6)."""
    if tokens.refresh_token is None:
        raise AuthorizationError(_("mailbox {name!r}: no OAuth2 refresh token is stored; run: {command}").format(
            name=mb.name, command=relogin_hint(mb)))
    from authlib.integrations.base_client import OAuthError

    try:
        with client_for(provider) as client:
            token = client.refresh_token(provider.token_url, refresh_token=tokens.refresh_token.reveal())
    except OAuthError as e:
        raise _token_error(mb, e.error, provider) from None
    except Exception as e:  # httpx.HTTPError, a JSON that is not one...
        raise MailboxError(_("mailbox {name!r}: the OAuth2 token endpoint cannot be reached ({why})").format(
            name=mb.name, why=type(e).__name__)) from None
    return TokenSet.from_response(token, tokens, now)


def _token_error(mb: MailboxConfig, error: str | None, provider: Provider) -> UserError:
    """The token endpoint's refusal as one line: a dead grant says to sign in again."""
    if error in _DEAD_GRANT:
        return AuthorizationError(_("mailbox {name!r}: the OAuth2 authorization was revoked or has expired; run: "
                                    "{command}").format(name=mb.name, command=relogin_hint(mb)))
    return MailboxError(_("mailbox {name!r}: the OAuth2 token endpoint of {provider} refused ({error})").format(
        name=mb.name, provider=provider.name, error=error or _("no reason given")))


# ---- what `tracker auth status` and `logout` need -----------------------------------------------


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What may be said about a mailbox's tokens: never the tokens themselves."""

    store: str
    signed_in: bool
    access_valid: bool
    expires_at: float | None


def token_info(mb: MailboxConfig) -> TokenInfo:
    store = store_for(mb)
    tokens = store.load(mb.name)
    if tokens is None:
        return TokenInfo(store.kind, False, False, None)
    valid = tokens.access_token is not None and tokens.expires_at is not None and tokens.expires_at > time.time()
    return TokenInfo(store.kind, tokens.refresh_token is not None, valid, tokens.expires_at)


def revoke(mb: MailboxConfig) -> tuple[bool, bool]:
    """Forget ``mb``'s tokens, revoking the refresh token first where the provider can (RFC 7009).

    Returns (something was stored, the provider revoked it). A revocation that fails does not
    stop the forgetting: the person asked to sign out of this machine.
    """
    store = store_for(mb)
    tokens = store.load(mb.name)
    revoked = False
    if tokens is not None and tokens.refresh_token is not None:
        try:
            provider = provider_for(mb)
            if provider.revoke_url:
                with client_for(provider) as client:
                    resp = client.revoke_token(provider.revoke_url, token=tokens.refresh_token.reveal(),
                                               token_type_hint="refresh_token")  # noqa: S106  (a kind, not a secret)
                revoked = 200 <= int(resp.status_code) < 300
        except Exception as e:  # offline, or a provider that refuses: forget it here all the same
            logger.warning(N_("mailbox %s: the provider did not revoke the token (%s)"), mb.name, type(e).__name__)
    return store.delete(mb.name), revoked
