"""Signing in with OAuth2: the browser and a loopback redirect, or a device code.

Authorization code with PKCE (RFC 7636) and a loopback redirect (RFC 8252, section 7.3): a
one-shot HTTP listener on 127.0.0.1 and a free port receives the browser's redirect, so no
code is copied by hand and no client secret is needed. The browser is opened with
:mod:`webbrowser` (which honours ``$BROWSER``), and the address is printed too, for a person
who opens it elsewhere. The device authorization grant (RFC 8628) serves machines with no
browser (a server reached over SSH): a code and an address are printed, the sign-in happens
on a phone or another computer, and this side asks the token endpoint until it is done.

Both return a :class:`~tracker.mail.oauth.TokenSet`; keeping it is the caller's business
(:func:`tracker.mail.oauth.save_tokens`). ``say`` is how they speak to the person (the command
line passes ``click.echo``): this module prints nothing itself.
"""

from __future__ import annotations

import html
import http.server
import logging
import secrets
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qs, urlsplit

from tracker.errors import UserError
from tracker.i18n import N_, _
from tracker.mail.oauth import Provider, TokenSet, client_for

logger = logging.getLogger(__name__)

__all__ = ["DEVICE_GRANT", "login_with_browser", "login_with_device"]

DEVICE_GRANT: Final = "urn:ietf:params:oauth:grant-type:device_code"
#: How long the listener waits for the browser: a person may have to type a password and a
#: second factor, or find the right window.
BROWSER_WAIT: Final = 300.0


@dataclass(slots=True)
class _Answer:
    """What the redirect carried: the query's parameters, once."""

    params: dict[str, str] | None = None


def _handler(answer: _Answer, done_page: bytes) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = parse_qs(urlsplit(self.path).query)
            if "code" not in query and "error" not in query:
                self.send_error(404)  # a favicon, a probe: not the redirect
                return
            answer.params = {k: v[0] for k, v in query.items() if v}
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(done_page)))
            self.end_headers()
            self.wfile.write(done_page)

        def log_message(self, format: str, *args: Any) -> None:
            """The request line holds the authorization code: it goes to no log."""

    return Handler


def _done_page() -> bytes:
    text = html.escape(_("Signed in: tracker has the authorization. You can close this window and go back to the "
                         "terminal."))
    return (f"<!doctype html><meta charset=utf-8><title>tracker</title><p>{text}</p>").encode()


def _wait_for_redirect(server: http.server.HTTPServer, answer: _Answer, timeout: float) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    server.timeout = 1.0
    while answer.params is None:
        if time.monotonic() > deadline:
            raise UserError(_("no answer from the browser within {seconds} s; run the command again (or use "
                              "--device on a machine without a browser)").format(seconds=int(timeout)))
        server.handle_request()
    return answer.params


def login_with_browser(provider: Provider, username: str, say: Callable[[str], None], *,
                       open_browser: Callable[[str], bool] = webbrowser.open,
                       timeout: float = BROWSER_WAIT) -> TokenSet:
    """Authorization code with PKCE through the browser and a loopback redirect."""
    if not provider.authorize_url:
        raise UserError(_("{provider} has no authorization endpoint (oauth2_authorize_url)").format(
            provider=provider.name))
    answer = _Answer()
    server = http.server.HTTPServer(("127.0.0.1", 0), _handler(answer, _done_page()))
    try:
        redirect_uri = f"http://{provider.redirect_host}:{server.server_address[1]}"
        verifier = secrets.token_urlsafe(64)
        with client_for(provider, redirect_uri=redirect_uri, code_challenge_method="S256") as client:
            url, state = client.create_authorization_url(
                provider.authorize_url, code_verifier=verifier, login_hint=username, **provider.authorize_params)
            say(_("Sign in to {provider} in your browser. If it does not open, open this address:").format(
                provider=provider.name))
            say(url)
            try:
                open_browser(url)
            except Exception as e:  # no browser here: the address is printed above
                logger.info(N_("could not open a browser (%s)"), type(e).__name__)
            params = _wait_for_redirect(server, answer, timeout)
            _check_redirect(params, state, provider)
            return _fetch(client, provider, code=params["code"], code_verifier=verifier, redirect_uri=redirect_uri)
    finally:
        server.server_close()


def _check_redirect(params: dict[str, str], state: str, provider: Provider) -> None:
    """A refusal, or a redirect that is not the answer to our own request (CSRF), stops here."""
    if "error" in params:
        why = params.get("error_description") or params["error"]
        raise UserError(_("{provider} refused the sign-in ({why})").format(provider=provider.name, why=why))
    if not secrets.compare_digest(params.get("state", ""), state):
        raise UserError(_("the browser's answer does not match the sign-in that was started (state); run the "
                          "command again"))


def _fetch(client: Any, provider: Provider, **kw: Any) -> TokenSet:
    """The token request of a sign-in; a refusal becomes one line naming the provider's reason."""
    from authlib.integrations.base_client import OAuthError

    try:
        token = client.fetch_token(provider.token_url, **kw)
    except OAuthError as e:
        raise UserError(_("{provider} refused the token request ({error})").format(
            provider=provider.name, error=e.error or _("no reason given"))) from None
    except Exception as e:
        raise _unreachable(provider, e) from None
    return _signed_in(provider, token)


def _unreachable(provider: Provider, e: Exception) -> UserError:
    """One line for a token endpoint that did not answer (its class name only: no token, no URL)."""
    return UserError(_("the token endpoint of {provider} cannot be reached ({why})").format(
        provider=provider.name, why=type(e).__name__))


def _signed_in(provider: Provider, token: Any) -> TokenSet:
    """The tokens of a finished sign-in; without a refresh token tracker could not poll tomorrow."""
    tokens = TokenSet.from_response(token, None, time.time())
    if tokens.refresh_token is None:
        raise UserError(_("{provider} sent no refresh token (is offline access among the scopes?)").format(
            provider=provider.name))
    return tokens


def login_with_device(provider: Provider, say: Callable[[str], None], *,
                      sleep: Callable[[float], None] = time.sleep) -> TokenSet:
    """The device authorization grant: print a code and an address, then wait for the sign-in."""
    if not provider.device_url:
        raise UserError(_("{provider} offers no device code for mail: sign in with the browser (without --device), "
                          "on this machine or one with a browser").format(provider=provider.name))
    with client_for(provider) as client:
        data: dict[str, str] = {"client_id": provider.client_id, "scope": provider.scope}
        if provider.client_secret is not None:
            data["client_secret"] = provider.client_secret.reveal()
        try:
            resp = client.request("POST", provider.device_url, data=data, withhold_token=True)
            grant = resp.json()
        except Exception as e:
            raise UserError(_("the device endpoint of {provider} cannot be reached ({why})").format(
                provider=provider.name, why=type(e).__name__)) from None
        if resp.status_code != 200 or "device_code" not in grant:
            raise UserError(_("{provider} refused the device code ({error})").format(
                provider=provider.name, error=grant.get("error", resp.status_code)))
        where = grant.get("verification_uri") or grant.get("verification_url")
        say(_("To sign in, open {url} on any device and enter the code {code}").format(url=where,
                                                                                      code=grant["user_code"]))
        if grant.get("verification_uri_complete"):
            say(_("(or open {url}, which carries the code)").format(url=grant["verification_uri_complete"]))
        return _poll_device(client, provider, grant, sleep)


def _poll_device(client: Any, provider: Provider, grant: dict[str, Any],
                 sleep: Callable[[float], None]) -> TokenSet:
    """Ask the token endpoint every ``interval`` seconds until the person has signed in (RFC 8628 3.4-3.5)."""
    from authlib.integrations.base_client import OAuthError

    interval = float(grant.get("interval") or 5)
    deadline = time.monotonic() + float(grant.get("expires_in") or 900)
    while time.monotonic() < deadline:
        sleep(interval)
        try:
            token = client.fetch_token(provider.token_url, grant_type=DEVICE_GRANT, device_code=grant["device_code"])
        except OAuthError as e:
            if e.error == "authorization_pending":
                continue
            if e.error == "slow_down":
                interval += 5
                continue
            if e.error == "expired_token":
                break
            raise UserError(_("{provider} refused the sign-in ({error})").format(
                provider=provider.name, error=e.error or _("no reason given"))) from None
        except Exception as e:
            raise _unreachable(provider, e) from None
        return _signed_in(provider, token)
    raise UserError(_("the code expired before the sign-in was done; run the command again"))
