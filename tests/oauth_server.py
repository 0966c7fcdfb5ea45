"""A real OAuth2 authorization server on 127.0.0.1 for tests, built on Authlib.

`OAuth2Server` wires Authlib's framework-agnostic ``authlib.oauth2.rfc6749.AuthorizationServer``
with its grants and endpoints (authorization code + PKCE, RFC 7636; device authorization,
RFC 8628; refresh token; revocation, RFC 7009; introspection, RFC 7662; metadata, RFC 8414)
to an in-memory store, and serves it with the stdlib ``ThreadingHTTPServer`` in a daemon thread
on an ephemeral port. Authlib does the protocol (parameter checks, client authentication,
PKCE verification, RFC error codes); this module only stores codes and tokens and adds the
test handle: issue, revoke and expire tokens, approve or deny device codes, count requests.

Why Authlib: one maintained library that ships every grant and endpoint this needs, each
usable without a web framework (oauthlib has them too, but its server side is a validator
interface to fill in method by method, and its device flow is recent); it is also a client
library the tracker itself may use.

Endpoints (``server.url + path``)::

    GET  /authorize        authorization code; auto-approves for ``server.user`` (consent="approve"),
                           redirects with error=access_denied (consent="deny"), or shows an HTML
                           form that POSTs /authorize with decision=approve|deny (consent="form")
    POST /token            grant_type authorization_code, refresh_token, device_code
    POST /devicecode       RFC 8628 device authorization (also /device/code, Google's path)
    GET  /device           verification_uri: a form; POST /device user_code=..&decision=approve
    POST /device/approve   test-only: user_code=..[&user=..][&decision=deny]
    POST /revoke           RFC 7009, public clients without a secret
    POST /introspect       RFC 7662, HTTP Basic auth by a confidential client (Dovecot's)
    GET  /.well-known/oauth-authorization-server   RFC 8414 metadata

Clients (all accept any loopback redirect_uri, http://127.0.0.1|localhost|[::1]:ANY-PORT/ANY-PATH,
as RFC 8252 section 7.3 asks): ``PUBLIC_CLIENT`` (no secret, like a Microsoft Entra "public
client"), ``CONFIDENTIAL_CLIENT`` with ``CONFIDENTIAL_SECRET`` (like a Google "Desktop app",
whose secret is not really secret), and ``RESOURCE_CLIENT`` / ``RESOURCE_SECRET``, the resource
server (Dovecot) that introspects. PKCE with S256 is required on /authorize by default
(``require_pkce``); "plain" is refused.

Tokens: access tokens live ``access_token_lifetime`` seconds (mutable at any time, so a test can
make them expire in 1 s), opaque random strings. Refresh tokens rotate by default
(``rotate_refresh_tokens=True``, as Microsoft does): each refresh answers a new refresh token and
the old one stops working at once (stricter than Microsoft, so a client that forgets to store
the new one fails in tests). With ``rotate_refresh_tokens=False`` (Google's way) the answer has
no refresh_token and the old one stays valid. Revoking a refresh token also revokes the access
tokens issued under it. Introspection by the resource client reports only access tokens as
active, so Dovecot refuses a refresh token used as a bearer token.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal, Self

from authlib.oauth2.rfc6749 import AuthorizationServer, ClientMixin, OAuth2Error, OAuth2Request, grants
from authlib.oauth2.rfc6749.errors import InvalidRequestError
from authlib.oauth2.rfc6749.requests import OAuth2Payload
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oauth2.rfc7662 import IntrospectionEndpoint
from authlib.oauth2.rfc8628 import DeviceAuthorizationEndpoint, DeviceCodeGrant, DeviceCredentialDict

__all__ = [
    "CONFIDENTIAL_CLIENT", "CONFIDENTIAL_SECRET", "GOOGLE_SCOPE", "OUTLOOK_SCOPE", "PUBLIC_CLIENT",
    "RESOURCE_CLIENT", "RESOURCE_SECRET", "OAuth2Server", "pkce_pair",
]

HOST = "127.0.0.1"
PUBLIC_CLIENT = "tracker-public"
CONFIDENTIAL_CLIENT = "tracker-desktop"
CONFIDENTIAL_SECRET = "desktop-not-so-secret"
RESOURCE_CLIENT = "dovecot-imap"
RESOURCE_SECRET = "introspection-secret"
OUTLOOK_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All offline_access"
GOOGLE_SCOPE = "https://mail.google.com/"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_ALL_AUTH = ["client_secret_basic", "client_secret_post", "none"]
Consent = Literal["approve", "deny", "form"]


def pkce_pair() -> tuple[str, str]:
    """A (code_verifier, S256 code_challenge) pair, for tests that play the client."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


# -- the store's records ------------------------------------------------------------------------
@dataclass
class _Client(ClientMixin):
    client_id: str
    secret: str | None
    grant_types: tuple[str, ...]

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return None  # loopback clients always send their redirect_uri

    def get_allowed_scope(self, scope: str | None) -> str:
        return scope or ""

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        """RFC 8252 7.3: any port on a loopback address, over http."""
        parts = urllib.parse.urlsplit(redirect_uri)
        return parts.scheme == "http" and parts.hostname in _LOOPBACK and not parts.fragment

    def check_client_secret(self, client_secret: str) -> bool:
        return self.secret is not None and secrets.compare_digest(self.secret, client_secret)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if self.secret is None:
            return method == "none"
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code" and "authorization_code" in self.grant_types

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types


@dataclass
class _Code:
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    user: str
    code_challenge: str | None
    code_challenge_method: str | None
    expires_at: float

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope


@dataclass
class _Grant:
    """One consent (user, client, scope) and its refresh token: Authlib's token for refresh and
    for revocation/introspection of a refresh token."""

    user: str
    client_id: str
    scope: str
    refresh_token: str | None
    refresh_revoked: bool = False
    refresh_expires_at: float | None = None

    def check_client(self, client: _Client) -> bool:
        return client.client_id == self.client_id

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return 0

    def is_expired(self) -> bool:
        return self.refresh_expires_at is not None and time.time() >= self.refresh_expires_at

    def is_revoked(self) -> bool:
        return self.refresh_revoked

    def get_user(self) -> str:
        return self.user


@dataclass
class _Access:
    token: str
    grant: _Grant
    issued_at: float
    expires_at: float
    revoked: bool = False

    def check_client(self, client: _Client) -> bool:
        return self.grant.check_client(client)

    def get_scope(self) -> str:
        return self.grant.scope

    def get_expires_in(self) -> int:
        return int(self.expires_at - self.issued_at)

    def is_expired(self) -> bool:
        return time.time() >= self.expires_at

    def is_revoked(self) -> bool:
        return self.revoked

    def get_user(self) -> str:
        return self.grant.user


@dataclass
class _Device:
    credential: DeviceCredentialDict
    decision: tuple[str, bool] | None = None  # (user, approved)
    last_poll: float | None = None
    interval: float = 0.0
    force_slow_down: int = 0
    polls: int = 0


# -- Authlib glue --------------------------------------------------------------------------------
class _Payload(OAuth2Payload):
    def __init__(self, lists: dict[str, list[str]]) -> None:
        self._lists = lists
        self._data = {k: v[0] for k, v in lists.items() if v}

    @property
    def data(self) -> dict[str, str]:
        return self._data

    @property
    def datalist(self) -> defaultdict[str, list[str]]:
        return defaultdict(list, self._lists)


class _Request(OAuth2Request):
    """What the HTTP handler parsed, in the shape Authlib's grants read."""

    def __init__(self, method: str, uri: str, headers: Any, args: dict[str, list[str]],
                 form: dict[str, list[str]]) -> None:
        super().__init__(method, uri, headers=headers)
        self._args = {k: v[0] for k, v in args.items()}
        self._form = {k: v[0] for k, v in form.items()}
        merged: dict[str, list[str]] = {k: list(v) for k, v in args.items()}
        for k, v in form.items():
            merged.setdefault(k, []).extend(v)
        self.payload = _Payload(merged)

    @property
    def args(self) -> dict[str, str]:
        return self._args

    @property
    def form(self) -> dict[str, str]:
        return self._form


class _S256Only(CodeChallenge):
    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]  # noqa: RUF012 (Authlib's class attribute)

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if grant.server.owner.require_pkce and (not data.get("code_challenge")
                                                or data.get("code_challenge_method") != "S256"):
            raise InvalidRequestError("PKCE required: code_challenge with code_challenge_method=S256")
        super().validate_code_challenge(grant, redirect_uri)


class _CodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = _ALL_AUTH

    def save_authorization_code(self, code: str, request: Any) -> None:
        data = request.payload.data
        self.server.owner._codes[code] = _Code(
            code, request.client.client_id, request.payload.redirect_uri, request.scope or "", request.user,
            data.get("code_challenge"), data.get("code_challenge_method"), time.time() + 600,
        )

    def query_authorization_code(self, code: str, client: _Client) -> _Code | None:
        item = self.server.owner._codes.get(code)
        if item is None or item.client_id != client.client_id or time.time() > item.expires_at:
            return None
        return item

    def delete_authorization_code(self, authorization_code: _Code) -> None:
        self.server.owner._codes.pop(authorization_code.code, None)

    def authenticate_user(self, authorization_code: _Code) -> str:
        return authorization_code.user


class _RefreshGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = _ALL_AUTH

    def issue_token(self, user: str, refresh_token: _Grant) -> dict[str, Any]:
        token: dict[str, Any] = self.generate_token(
            user=user, scope=self.request.payload.scope or refresh_token.get_scope(),
            include_refresh_token=self.server.owner.rotate_refresh_tokens,
        )
        return token

    def authenticate_refresh_token(self, refresh_token: str) -> _Grant | None:
        item = self.server.owner._refresh.get(refresh_token)
        if item is None or item.is_revoked() or item.is_expired():
            return None
        return item

    def authenticate_user(self, refresh_token: _Grant) -> str:
        return refresh_token.user

    def revoke_old_credential(self, refresh_token: _Grant) -> None:
        """Nothing: with rotation, save_token already moved the grant to the new refresh token."""


class _DeviceGrant(DeviceCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = _ALL_AUTH

    def query_device_credential(self, device_code: str) -> DeviceCredentialDict | None:
        device = self.server.owner._devices.get(device_code)
        if device is None:
            return None
        device.polls += 1
        return device.credential

    def query_user_grant(self, user_code: str) -> tuple[str, bool] | None:
        device = self.server.owner._device_by_user_code(user_code)
        return device.decision if device is not None else None

    def should_slow_down(self, credential: DeviceCredentialDict) -> bool:
        """RFC 8628 3.5: polled sooner than the interval (with 20 % leeway for timer jitter), or a
        test asked for it; either way the interval grows by 5 s."""
        device = self.server.owner._devices[credential["device_code"]]
        now = time.monotonic()
        too_soon = device.last_poll is not None and now - device.last_poll < device.interval * 0.8
        device.last_poll = now
        if device.force_slow_down > 0 or too_soon:
            device.force_slow_down = max(0, device.force_slow_down - 1)
            device.interval += 5
            return True
        return False


class _DeviceEndpoint(DeviceAuthorizationEndpoint):
    @property
    def EXPIRES_IN(self) -> int:
        return int(self.server.owner.device_code_lifetime)

    @property
    def INTERVAL(self) -> int:
        return int(self.server.owner.device_interval)

    def get_verification_uri(self) -> str:
        return f"{self.server.owner.url}/device"

    def save_device_credential(self, client_id: str, scope: str, data: dict[str, Any]) -> None:
        owner = self.server.owner
        cred = DeviceCredentialDict(client_id=client_id, scope=scope or "",
                                    expires_at=time.time() + owner.device_code_lifetime, **data)
        owner._devices[data["device_code"]] = _Device(cred, interval=float(owner.device_interval))


class _Revocation(RevocationEndpoint):
    CLIENT_AUTH_METHODS = _ALL_AUTH

    def query_token(self, token_string: str, token_type_hint: str | None) -> _Access | _Grant | None:
        return self.server.owner._lookup(token_string)

    def revoke_token(self, token: _Access | _Grant, request: Any) -> None:
        self.server.owner._revoke(token)


class _Introspection(IntrospectionEndpoint):
    CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]  # noqa: RUF012

    def query_token(self, token_string: str, token_type_hint: str | None) -> _Access | _Grant | None:
        return self.server.owner._lookup(token_string)

    def check_permission(self, token: _Access | _Grant, client: _Client, request: Any) -> bool:
        if client.client_id == RESOURCE_CLIENT:
            return isinstance(token, _Access)  # a resource server accepts access tokens only
        return token.check_client(client)

    def introspect_token(self, token: _Access | _Grant) -> dict[str, Any]:
        owner = self.server.owner
        body: dict[str, Any] = {
            "active": True, "client_id": token.grant.client_id if isinstance(token, _Access) else token.client_id,
            "username": token.get_user(), "email": owner.emails.get(token.get_user(), token.get_user()),
            "sub": token.get_user(), "scope": token.get_scope(), "iss": owner.url,
        }
        if isinstance(token, _Access):
            body.update(token_type="Bearer", exp=int(token.expires_at), iat=int(token.issued_at))
        else:
            body["token_type"] = "refresh_token"
        return body


class _AuthlibServer(AuthorizationServer):
    def __init__(self, owner: OAuth2Server) -> None:
        super().__init__(scopes_supported=None)
        self.owner = owner

    def query_client(self, client_id: str) -> _Client | None:
        return self.owner.clients.get(client_id)

    def save_token(self, token: dict[str, Any], request: Any) -> None:
        self.owner._save_token(token, request)

    def create_oauth2_request(self, request: Any) -> OAuth2Request:
        return request  # type: ignore[no-any-return,unused-ignore]  # the handler built a _Request already

    def create_json_request(self, request: Any) -> Any:
        raise NotImplementedError("no JSON endpoints")

    def handle_response(self, status: int, body: Any, headers: list[tuple[str, str]]) -> tuple[int, Any, Any]:
        return status, body, headers

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        pass


# -- the server and its test handle ------------------------------------------------------------------
class OAuth2Server:
    """The authorization server plus a Python handle for tests; ``start()`` / ``stop()`` or ``with``.

    ``user`` is who "the person" is when /authorize auto-approves or a device code is approved
    without naming a user; ``emails`` maps users to the e-mail introspection reports.
    """

    def __init__(self, *, user: str = "alice", email: str | None = None, access_token_lifetime: float = 3600,
                 rotate_refresh_tokens: bool = True, consent: Consent = "approve", require_pkce: bool = True,
                 device_interval: float = 1, device_code_lifetime: float = 600) -> None:
        self.user = user
        self.emails: dict[str, str] = {user: email or user}
        self.access_token_lifetime = access_token_lifetime
        self.rotate_refresh_tokens = rotate_refresh_tokens
        self.consent: Consent = consent
        self.require_pkce = require_pkce
        self.device_interval = device_interval
        self.device_code_lifetime = device_code_lifetime
        flows = ("authorization_code", "refresh_token", _DeviceGrant.GRANT_TYPE)
        self.clients: dict[str, _Client] = {
            PUBLIC_CLIENT: _Client(PUBLIC_CLIENT, None, flows),
            CONFIDENTIAL_CLIENT: _Client(CONFIDENTIAL_CLIENT, CONFIDENTIAL_SECRET, flows),
            RESOURCE_CLIENT: _Client(RESOURCE_CLIENT, RESOURCE_SECRET, ()),
        }
        #: requests served, by "METHOD /path" (e.g. "POST /token"), and token requests by grant_type
        self.requests: Counter[str] = Counter()
        self.grants: Counter[str] = Counter()
        self.lock = threading.RLock()
        self._codes: dict[str, _Code] = {}
        self._refresh: dict[str, _Grant] = {}
        self._access: dict[str, _Access] = {}
        self._devices: dict[str, _Device] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._authlib = _AuthlibServer(self)
        self._authlib.register_token_generator("default", self._generate_token)
        self._authlib.register_grant(_CodeGrant, [_S256Only(required=True)])
        self._authlib.register_grant(_RefreshGrant)
        self._authlib.register_grant(_DeviceGrant)
        self._authlib.register_endpoint(_DeviceEndpoint(self._authlib))
        self._authlib.register_endpoint(_Revocation)
        self._authlib.register_endpoint(_Introspection)

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> Self:
        if self._httpd is not None:
            return self
        self._httpd = ThreadingHTTPServer((HOST, 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="oauth2-server",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- where things are -----------------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("OAuth2Server is not started")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """The issuer, ``http://127.0.0.1:PORT``; endpoints are below it."""
        return f"http://{HOST}:{self.port}"

    @property
    def authorization_endpoint(self) -> str:
        return f"{self.url}/authorize"

    @property
    def token_endpoint(self) -> str:
        return f"{self.url}/token"

    @property
    def device_authorization_endpoint(self) -> str:
        return f"{self.url}/devicecode"

    @property
    def revocation_endpoint(self) -> str:
        return f"{self.url}/revoke"

    @property
    def introspection_endpoint(self) -> str:
        return f"{self.url}/introspect"

    @property
    def dovecot_introspection_url(self) -> str:
        """The introspection URL with the resource client's credentials as userinfo, which
        Dovecot sends as HTTP Basic auth."""
        return f"http://{RESOURCE_CLIENT}:{RESOURCE_SECRET}@{HOST}:{self.port}/introspect"

    def metadata(self) -> dict[str, Any]:
        """RFC 8414 metadata, also served at /.well-known/oauth-authorization-server."""
        return {
            "issuer": self.url, "authorization_endpoint": self.authorization_endpoint,
            "token_endpoint": self.token_endpoint,
            "device_authorization_endpoint": self.device_authorization_endpoint,
            "revocation_endpoint": self.revocation_endpoint, "introspection_endpoint": self.introspection_endpoint,
            "response_types_supported": ["code"], "code_challenge_methods_supported": ["S256"],
            "grant_types_supported": ["authorization_code", "refresh_token", _DeviceGrant.GRANT_TYPE],
            "token_endpoint_auth_methods_supported": _ALL_AUTH,
        }

    # -- test handle: tokens --------------------------------------------------------------------
    def issue_token(self, user: str | None = None, *, client_id: str = PUBLIC_CLIENT, scope: str = OUTLOOK_SCOPE,
                    lifetime: float | None = None) -> dict[str, Any]:
        """Tokens as /token would answer them (access_token, refresh_token, expires_in, scope),
        without any HTTP: for tests that need a valid token and do not test how it is obtained."""
        with self.lock:
            user = user or self.user
            grant = _Grant(user, client_id, scope, secrets.token_urlsafe(32))
            assert grant.refresh_token is not None
            self._refresh[grant.refresh_token] = grant
            access = self._new_access(grant, lifetime)
            return {"token_type": "Bearer", "access_token": access.token, "refresh_token": grant.refresh_token,
                    "expires_in": access.get_expires_in(), "scope": scope}

    def revoke(self, token: str) -> None:
        """Revoke an access token, or a refresh token and every access token issued under it."""
        with self.lock:
            item = self._lookup(token)
            if item is None:
                raise KeyError("no such token")
            self._revoke(item)

    def revoke_all(self, user: str | None = None) -> None:
        """Revoke every grant (of ``user``, or of everyone): the person signed out everywhere."""
        with self.lock:
            for grant in list(self._refresh.values()):
                if user is None or grant.user == user:
                    self._revoke(grant)

    def expire_access_tokens(self, user: str | None = None) -> None:
        """Make every access token (of ``user``) expired now; refresh tokens keep working."""
        with self.lock:
            now = time.time()
            for access in self._access.values():
                if user is None or access.grant.user == user:
                    access.expires_at = min(access.expires_at, now - 1)

    def expire_refresh_tokens(self, user: str | None = None) -> None:
        """Make refresh tokens expired (invalid_grant on refresh, like a 90-day-idle Microsoft one)."""
        with self.lock:
            for grant in self._refresh.values():
                if user is None or grant.user == user:
                    grant.refresh_expires_at = time.time() - 1

    def token_info(self, token: str) -> dict[str, Any]:
        """What introspection would say to the token's own client: {"active": False} if unknown."""
        with self.lock:
            item = self._lookup(token)
            endpoint = self._authlib._endpoints["introspection"][0]
            return endpoint.create_introspection_payload(item)

    def active_refresh_tokens(self, user: str | None = None) -> list[str]:
        with self.lock:
            return [t for t, g in self._refresh.items()
                    if (user is None or g.user == user) and not g.is_revoked() and not g.is_expired()]

    # -- test handle: device codes --------------------------------------------------------------
    def pending_user_codes(self) -> list[str]:
        """User codes from /devicecode not yet approved, denied or expired, oldest first."""
        with self.lock:
            return [d.credential["user_code"] for d in self._devices.values()
                    if d.decision is None and not d.credential.is_expired()]

    def wait_for_user_code(self, timeout: float = 10.0) -> str:
        """The newest pending user code, waiting for a client to ask for one."""
        deadline = time.monotonic() + timeout
        while True:
            codes = self.pending_user_codes()
            if codes:
                return codes[-1]
            if time.monotonic() >= deadline:
                raise TimeoutError(f"no device code requested within {timeout} s")
            time.sleep(0.01)

    def approve_device(self, user_code: str, user: str | None = None) -> None:
        """The person typed the code and approved: the next poll gets tokens for ``user``."""
        self._decide(user_code, user or self.user, approved=True)

    def deny_device(self, user_code: str) -> None:
        """The person declined: the next poll gets access_denied."""
        self._decide(user_code, self.user, approved=False)

    def expire_device(self, user_code: str) -> None:
        """The device code runs out: the next poll gets expired_token."""
        with self.lock:
            self._device_or_fail(user_code).credential["expires_at"] = time.time() - 1

    def slow_down_device(self, user_code: str, times: int = 1) -> None:
        """Answer slow_down to the next ``times`` polls even if the client keeps the interval."""
        with self.lock:
            self._device_or_fail(user_code).force_slow_down = times

    def device_polls(self, user_code: str) -> int:
        with self.lock:
            return self._device_or_fail(user_code).polls

    # -- test handle: playing the person in a browser -------------------------------------------------
    def follow(self, url: str, *, approve: bool = True, timeout: float = 10.0) -> str:
        """Do what a browser would with an /authorize URL: GET it (approve or deny on the consent
        form if ``consent="form"``), then GET the redirect so the client's loopback listener
        receives the code. Returns the redirect URL (with code= or error=)."""
        opener = urllib.request.build_opener(_NoRedirect)
        request: urllib.request.Request = urllib.request.Request(url)  # noqa: S310 (http to 127.0.0.1 only)
        if self.consent == "form":
            query = urllib.parse.urlsplit(url).query
            data = urllib.parse.urlencode([*urllib.parse.parse_qsl(query),
                                           ("decision", "approve" if approve else "deny")]).encode()
            request = urllib.request.Request(self.authorization_endpoint, data=data)  # noqa: S310
        try:
            with opener.open(request, timeout=timeout) as response:
                raise RuntimeError(f"/authorize answered {response.status} instead of a redirect: "
                                   f"{response.read()[:500]!r}")
        except urllib.error.HTTPError as e:
            if e.code != 302:
                raise RuntimeError(f"/authorize answered {e.code}: {e.read()[:500]!r}") from e
            location = e.headers["Location"]
        host = urllib.parse.urlsplit(location).hostname
        if host not in _LOOPBACK:
            raise RuntimeError(f"refusing to follow a redirect off the loopback: {location}")
        with contextlib.suppress(urllib.error.HTTPError), urllib.request.urlopen(location, timeout=timeout):  # noqa: S310
            pass
        return str(location)

    # -- internals ------------------------------------------------------------------------------
    def _generate_token(self, grant_type: str, client: _Client, user: str | None = None, scope: str | None = None,
                        expires_in: int | None = None, include_refresh_token: bool = True) -> dict[str, Any]:
        token: dict[str, Any] = {"token_type": "Bearer", "access_token": secrets.token_urlsafe(32),
                                 "expires_in": max(1, round(self.access_token_lifetime)), "scope": scope or ""}
        if include_refresh_token:
            token["refresh_token"] = secrets.token_urlsafe(32)
        return token

    def _save_token(self, token: dict[str, Any], request: Any) -> None:
        old: _Grant | None = getattr(request, "refresh_token", None)
        if old is not None:  # refresh: same consent, maybe a new refresh token (rotation)
            grant = old
            if token.get("refresh_token"):
                if grant.refresh_token is not None:
                    self._refresh.pop(grant.refresh_token, None)
                grant.refresh_token = token["refresh_token"]
                self._refresh[grant.refresh_token] = grant
        else:
            grant = _Grant(request.user, request.client.client_id, token.get("scope", ""), token.get("refresh_token"))
            if grant.refresh_token:
                self._refresh[grant.refresh_token] = grant
        credential = getattr(request, "credential", None)
        if isinstance(credential, DeviceCredentialDict):  # a device code is good for one token only
            self._devices.pop(credential["device_code"], None)
        access = _Access(token["access_token"], grant, time.time(), time.time() + self.access_token_lifetime)
        self._access[access.token] = access

    def _new_access(self, grant: _Grant, lifetime: float | None) -> _Access:
        now = time.time()
        access = _Access(secrets.token_urlsafe(32), grant, now, now + (lifetime or self.access_token_lifetime))
        self._access[access.token] = access
        return access

    def _lookup(self, token: str) -> _Access | _Grant | None:
        return self._access.get(token) or self._refresh.get(token)

    def _revoke(self, item: _Access | _Grant) -> None:
        if isinstance(item, _Access):
            item.revoked = True
            return
        item.refresh_revoked = True
        for access in self._access.values():
            if access.grant is item:
                access.revoked = True

    def _device_by_user_code(self, user_code: str) -> _Device | None:
        wanted = user_code.strip().upper()
        return next((d for d in self._devices.values() if d.credential["user_code"] == wanted), None)

    def _device_or_fail(self, user_code: str) -> _Device:
        device = self._device_by_user_code(user_code)
        if device is None:
            raise KeyError(f"no device code with user code {user_code!r}")
        return device

    def _decide(self, user_code: str, user: str, approved: bool) -> None:
        with self.lock:
            self._device_or_fail(user_code).decision = (user, approved)

    # -- HTTP dispatch (one request at a time, under the lock) ------------------------------------------
    def _dispatch(self, request: _Request, path: str) -> tuple[int, Any, Any]:
        with self.lock:
            self.requests[f"{request.method} {path}"] += 1
            if path == "/token" and request.method == "POST":
                self.grants[request.form.get("grant_type", "")] += 1
                return self._authlib.create_token_response(request)
            if path in ("/devicecode", "/device/code") and request.method == "POST":
                return self._authlib.create_endpoint_response("device_authorization", request)
            if path == "/revoke" and request.method == "POST":
                return self._authlib.create_endpoint_response("revocation", request)
            if path == "/introspect" and request.method == "POST":
                return self._authlib.create_endpoint_response("introspection", request)
            if path == "/authorize":
                return self._authorize(request)
            if path in ("/device", "/device/approve"):
                return self._device_page(request, path)
            if path == "/.well-known/oauth-authorization-server" and request.method == "GET":
                return 200, self.metadata(), [("Content-Type", "application/json")]
            return 404, {"error": "not_found"}, []

    def _authorize(self, request: _Request) -> tuple[int, Any, Any]:
        try:
            grant = self._authlib.get_consent_grant(request, end_user=self.user)
        except OAuth2Error as error:
            return self._authlib.handle_error_response(request, error)
        if request.method == "GET" and self.consent == "form":
            fields = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                             for k, v in request.args.items())
            page = (f"<!doctype html><title>Consent</title><p>Allow {html.escape(grant.client.client_id)} to read "
                    f"the mail of {html.escape(self.user)}?</p><form method=post action=/authorize>{fields}"
                    "<button name=decision value=approve>Approve</button>"
                    "<button name=decision value=deny>Deny</button></form>")
            return 200, page, [("Content-Type", "text/html; charset=utf-8")]
        approved = request.form.get("decision", "approve") == "approve" if request.method == "POST" \
            else self.consent == "approve"
        return self._authlib.create_authorization_response(
            grant.request, grant_user=self.user if approved else None, grant=grant)

    def _device_page(self, request: _Request, path: str) -> tuple[int, Any, Any]:
        if request.method == "GET":
            code = html.escape(request.args.get("user_code", ""))
            page = ("<!doctype html><title>Device</title><form method=post action=/device>"
                    f"<input name=user_code value='{code}'><button name=decision value=approve>Approve</button>"
                    "<button name=decision value=deny>Deny</button></form>")
            return 200, page, [("Content-Type", "text/html; charset=utf-8")]
        user_code = request.form.get("user_code", "")
        device = self._device_by_user_code(user_code)
        if device is None:
            return 400, {"error": "invalid_request", "error_description": "unknown user_code"}, []
        approved = request.form.get("decision", "approve") == "approve"
        device.decision = (request.form.get("user") or self.user, approved)
        return 200, {"user_code": device.credential["user_code"], "approved": approved}, []


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _make_handler(owner: OAuth2Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._handle()

        def do_POST(self) -> None:
            self._handle()

        def _handle(self) -> None:
            split = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True) \
                if self.command == "POST" else {}
            args = urllib.parse.parse_qs(split.query, keep_blank_values=True)
            request = _Request(self.command, f"{owner.url}{self.path}", self.headers, args, form)
            try:
                status, payload, headers = owner._dispatch(request, split.path)
            except Exception as e:  # a bug here must show in the test, not hang the client
                status, payload, headers = 500, {"error": "server_error", "error_description": repr(e)}, []
            if isinstance(payload, dict | list):
                data = json.dumps(payload).encode()
                headers = [*headers, ("Content-Type", "application/json")]
            else:
                data = str(payload or "").encode()
            self.send_response(status)
            sent = set()
            for name, value in headers:
                if name.lower() not in sent or name.lower() != "content-type":
                    self.send_header(name, value)
                    sent.add(name.lower())
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # requests are counted in owner.requests; stderr stays quiet

    return Handler
