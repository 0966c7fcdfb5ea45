"""The OAuth2 test infrastructure itself (issue 16): the Authlib authorization server on
127.0.0.1 (authorization code + PKCE with a loopback redirect, device code, refresh, revocation,
introspection), Dovecot's oauth2 passdb that asks it about every XOAUTH2/OAUTHBEARER token,
special-use folders named in French, and the BROWSER stub. Tracker's own OAuth2 tests build on
these fixtures; here they are proven with plain HTTP and imapclient."""

from __future__ import annotations

import base64
import http.server
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import webbrowser
from collections.abc import Iterator
from typing import Any

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.conftest import BrowserStub
from tests.oauth_server import (
    CONFIDENTIAL_CLIENT,
    CONFIDENTIAL_SECRET,
    GOOGLE_SCOPE,
    OUTLOOK_SCOPE,
    PUBLIC_CLIENT,
    RESOURCE_CLIENT,
    RESOURCE_SECRET,
    OAuth2Server,
    pkce_pair,
)
from tests.servers import Dovecot, ServerError, _version_cache, find_dovecot

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def post(url: str, data: dict[str, str], auth: tuple[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode())  # noqa: S310
    if auth is not None:
        request.add_header("Authorization", "Basic " + base64.b64encode(":".join(auth).encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, json.load(response)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


def imap(server: Dovecot) -> IMAPClient:
    return IMAPClient(server.host, server.port, ssl=False, timeout=10)


def xoauth2_ok(server: Dovecot, user: str, token: str, mech: str = "XOAUTH2") -> bool:
    client = imap(server)
    try:
        if mech == "OAUTHBEARER":
            client.oauthbearer_login(user, token)
        else:
            client.oauth2_login(user, token)
    except LoginError:
        return False
    try:
        client.select_folder("INBOX", readonly=True)
    finally:
        client.logout()
    return True


class Loopback:
    """The client's one-shot listener on 127.0.0.1 (RFC 8252), in a thread."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()
        self.redirect_uri = f"http://127.0.0.1:{self.httpd.server_address[1]}/callback"

    def code(self) -> str:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.paths[-1]).query)
        return query["code"][0]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    listener = Loopback()
    try:
        yield listener
    finally:
        listener.close()


def authorize_url(server: OAuth2Server, redirect_uri: str, challenge: str | None, client_id: str = PUBLIC_CLIENT,
                  scope: str = OUTLOOK_SCOPE) -> str:
    params = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri, "scope": scope,
              "state": "st4te"}
    if challenge is not None:
        params.update(code_challenge=challenge, code_challenge_method="S256")
    return server.authorization_endpoint + "?" + urllib.parse.urlencode(params)


# -- Dovecot's oauth2 passdb -----------------------------------------------------------------------------
def test_xoauth2_login_with_a_fresh_token(oauth_server: OAuth2Server, oauth_dovecot: Dovecot) -> None:
    token = oauth_server.issue_token("alice")
    assert xoauth2_ok(oauth_dovecot, "alice", token["access_token"])
    assert oauth_server.requests["POST /introspect"] == 1  # Dovecot asked; no cache between logins
    assert "method=XOAUTH2" in oauth_dovecot.log()


def test_dovecot_refuses_bad_tokens(oauth_server: OAuth2Server, oauth_dovecot: Dovecot) -> None:
    token = oauth_server.issue_token("alice")
    assert not xoauth2_ok(oauth_dovecot, "alice", "garbage-" + token["access_token"])
    assert not xoauth2_ok(oauth_dovecot, "alice", token["refresh_token"])  # not a bearer token
    assert not xoauth2_ok(oauth_dovecot, "bob", token["access_token"])  # alice's token, bob's name
    assert not xoauth2_ok(oauth_dovecot, "alice", "alice-password")  # a password is no token
    assert xoauth2_ok(oauth_dovecot, "alice", token["access_token"])
    oauth_server.expire_access_tokens()
    assert not xoauth2_ok(oauth_dovecot, "alice", token["access_token"])
    fresh = oauth_server.issue_token("alice")
    oauth_server.revoke(fresh["refresh_token"])  # takes its access tokens with it
    assert not xoauth2_ok(oauth_dovecot, "alice", fresh["access_token"])


def test_email_login_name(make_dovecot: Any) -> None:
    """As at Outlook.com: the login is the address; introspection's username must equal it, and
    the userdb (passwd-file, username_format=%n) finds the mailbox by the local part."""
    with OAuth2Server(user="alice@outlook.test") as server:
        dovecot = make_dovecot(oauth2=server)
        dovecot.add_user("alice", "unused-password")
        token = server.issue_token()
        assert xoauth2_ok(dovecot, "alice@outlook.test", token["access_token"])
        assert xoauth2_ok(dovecot, "alice@outlook.test", token["access_token"], mech="OAUTHBEARER")
        assert not xoauth2_ok(dovecot, "alice", token["access_token"])


def test_oauthbearer(oauth_server: OAuth2Server, oauth_dovecot: Dovecot) -> None:
    token = oauth_server.issue_token("alice")
    assert xoauth2_ok(oauth_dovecot, "alice", token["access_token"], mech="OAUTHBEARER")
    assert "method=OAUTHBEARER" in oauth_dovecot.log()
    oauth_server.revoke(token["access_token"])
    assert not xoauth2_ok(oauth_dovecot, "alice", token["access_token"], mech="OAUTHBEARER")


def test_password_users_beside_oauth2(oauth_dovecot: Dovecot) -> None:
    client = imap(oauth_dovecot)
    assert {b"AUTH=XOAUTH2", b"AUTH=OAUTHBEARER", b"AUTH=PLAIN"} <= set(client.capabilities())
    client.login("bob", "bob-password")
    client.logout()
    client = imap(oauth_dovecot)
    client.login("alice", "alice-password")
    client.logout()
    with pytest.raises(LoginError):
        imap(oauth_dovecot).login("bob", "wrong")


def test_short_token_lifetime(oauth_server: OAuth2Server, oauth_dovecot: Dovecot) -> None:
    oauth_server.access_token_lifetime = 1
    token = oauth_server.issue_token("alice")
    assert token["expires_in"] == 1
    assert xoauth2_ok(oauth_dovecot, "alice", token["access_token"])
    time.sleep(1.1)
    assert not xoauth2_ok(oauth_dovecot, "alice", token["access_token"])


def test_wrong_dovecot_major_version_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    if find_dovecot() is None:
        pytest.skip("dovecot not installed")
    monkeypatch.setitem(_version_cache, find_dovecot() or "dovecot", "2.4.1 (abcdef)")
    with pytest.raises(ServerError, match=r"Dovecot 2\.3 configuration.*2\.4\.1"):
        Dovecot().start()


# -- authorization code + PKCE, loopback redirect -------------------------------------------------------------
def test_authorization_code_with_pkce_then_imap(oauth_server: OAuth2Server, oauth_dovecot: Dovecot,
                                                loopback: Loopback) -> None:
    verifier, challenge = pkce_pair()
    location = oauth_server.follow(authorize_url(oauth_server, loopback.redirect_uri, challenge))
    assert location.startswith(loopback.redirect_uri + "?code=")
    assert "state=st4te" in location
    assert loopback.paths  # the browser reached the client's listener
    base = {"grant_type": "authorization_code", "code": loopback.code(), "redirect_uri": loopback.redirect_uri,
            "client_id": PUBLIC_CLIENT}
    status, body = post(oauth_server.token_endpoint, {**base, "code_verifier": "x" * 43})
    assert (status, body["error"]) == (400, "invalid_grant")
    status, token = post(oauth_server.token_endpoint, {**base, "code_verifier": verifier})
    assert status == 200, token
    assert token["scope"] == OUTLOOK_SCOPE
    assert token["refresh_token"]
    assert token["expires_in"] == 3600
    assert xoauth2_ok(oauth_dovecot, "alice", token["access_token"])
    status, again = post(oauth_server.token_endpoint, {**base, "code_verifier": verifier})
    assert (status, again["error"]) == (400, "invalid_grant")  # a code works once


def test_authorize_refusals(oauth_server: OAuth2Server, loopback: Loopback) -> None:
    no_pkce = oauth_server.follow(authorize_url(oauth_server, loopback.redirect_uri, None))
    assert "error=invalid_request" in no_pkce  # redirected back to the client with the error
    with pytest.raises(RuntimeError, match="400"):  # not a loopback redirect: no redirect at all
        oauth_server.follow(authorize_url(oauth_server, "https://evil.example/cb", pkce_pair()[1]))
    other_port = "http://localhost:1/elsewhere"  # any loopback port and path is fine (RFC 8252)
    with pytest.raises(urllib.error.URLError):  # ... and followed: nobody listens on port 1
        oauth_server.follow(authorize_url(oauth_server, other_port, pkce_pair()[1]))
    oauth_server.consent = "deny"
    location = oauth_server.follow(authorize_url(oauth_server, loopback.redirect_uri, pkce_pair()[1]))
    assert "error=access_denied" in location
    assert "state=st4te" in location


def test_consent_form(oauth_server: OAuth2Server, loopback: Loopback) -> None:
    oauth_server.consent = "form"
    url = authorize_url(oauth_server, loopback.redirect_uri, pkce_pair()[1], client_id=CONFIDENTIAL_CLIENT,
                        scope=GOOGLE_SCOPE)
    with urllib.request.urlopen(url, timeout=10) as page:  # noqa: S310
        assert b"Approve" in page.read()
    assert "code=" in oauth_server.follow(url, approve=True)
    assert "error=access_denied" in oauth_server.follow(url, approve=False)


def test_confidential_client_needs_its_secret(oauth_server: OAuth2Server, loopback: Loopback) -> None:
    verifier, challenge = pkce_pair()
    oauth_server.follow(authorize_url(oauth_server, loopback.redirect_uri, challenge, client_id=CONFIDENTIAL_CLIENT))
    base = {"grant_type": "authorization_code", "code": loopback.code(), "redirect_uri": loopback.redirect_uri,
            "code_verifier": verifier}
    status, body = post(oauth_server.token_endpoint, {**base, "client_id": CONFIDENTIAL_CLIENT})
    assert (status, body["error"]) == (401, "invalid_client")
    status, body = post(oauth_server.token_endpoint, base, auth=(CONFIDENTIAL_CLIENT, CONFIDENTIAL_SECRET))
    assert status == 200, body


# -- device authorization grant (RFC 8628) ----------------------------------------------------------------
def device_start(server: OAuth2Server) -> dict[str, Any]:
    status, body = post(server.device_authorization_endpoint, {"client_id": PUBLIC_CLIENT, "scope": OUTLOOK_SCOPE})
    assert status == 200, body
    return body


def device_poll(server: OAuth2Server, device_code: str) -> tuple[int, dict[str, Any]]:
    return post(server.token_endpoint, {"grant_type": DEVICE_GRANT, "device_code": device_code,
                                        "client_id": PUBLIC_CLIENT})


def test_device_code_flow(oauth_server: OAuth2Server, oauth_dovecot: Dovecot) -> None:
    start = device_start(oauth_server)
    assert set(start) >= {"device_code", "user_code", "verification_uri", "interval", "expires_in"}
    assert start["verification_uri"] == oauth_server.url + "/device"
    assert start["interval"] == 1
    assert oauth_server.wait_for_user_code() == start["user_code"]
    assert device_poll(oauth_server, start["device_code"]) == (400, {"error": "authorization_pending"})
    assert device_poll(oauth_server, start["device_code"]) == (400, {"error": "slow_down"})  # polled at once
    time.sleep(1.0)  # within the grown interval (6 s) a poll is still too soon
    assert device_poll(oauth_server, start["device_code"])[1]["error"] == "slow_down"
    status, _ = post(oauth_server.url + "/device/approve", {"user_code": start["user_code"].lower()})
    assert status == 200
    status, token = device_poll(oauth_server, start["device_code"])
    assert status == 200, token
    assert xoauth2_ok(oauth_dovecot, "alice", token["access_token"])
    assert device_poll(oauth_server, start["device_code"])[0] == 400  # used up
    assert oauth_server.requests["POST /devicecode"] == 1
    assert oauth_server.grants[DEVICE_GRANT] == 5


def test_device_code_denied_expired_and_forced_slow_down(oauth_server: OAuth2Server) -> None:
    oauth_server.device_interval = 0  # no pacing: each answer below comes from the test handle
    denied, expired, slowed = device_start(oauth_server), device_start(oauth_server), device_start(oauth_server)
    oauth_server.deny_device(denied["user_code"])
    assert device_poll(oauth_server, denied["device_code"])[1]["error"] == "access_denied"
    oauth_server.expire_device(expired["user_code"])
    assert device_poll(oauth_server, expired["device_code"]) == (400, {"error": "expired_token"})
    oauth_server.slow_down_device(slowed["user_code"])
    assert device_poll(oauth_server, slowed["device_code"]) == (400, {"error": "slow_down"})
    oauth_server.approve_device(slowed["user_code"], user="bob")
    status, token = device_poll(oauth_server, slowed["device_code"])
    assert status == 200
    assert oauth_server.token_info(token["access_token"])["username"] == "bob"
    assert oauth_server.device_polls(denied["user_code"]) == 1


# -- refresh, revocation, introspection ------------------------------------------------------------------
def refresh(server: OAuth2Server, refresh_token: str) -> tuple[int, dict[str, Any]]:
    return post(server.token_endpoint, {"grant_type": "refresh_token", "refresh_token": refresh_token,
                                        "client_id": PUBLIC_CLIENT})


def test_refresh_rotates_by_default(oauth_server: OAuth2Server, oauth_dovecot: Dovecot) -> None:
    first = oauth_server.issue_token("alice", lifetime=1)
    oauth_server.expire_access_tokens()
    assert not xoauth2_ok(oauth_dovecot, "alice", first["access_token"])
    status, second = refresh(oauth_server, first["refresh_token"])
    assert status == 200
    assert second["refresh_token"] != first["refresh_token"]
    assert xoauth2_ok(oauth_dovecot, "alice", second["access_token"])
    assert refresh(oauth_server, first["refresh_token"]) == (400, {"error": "invalid_grant"})
    assert oauth_server.active_refresh_tokens("alice") == [second["refresh_token"]]
    assert oauth_server.grants["refresh_token"] == 2


def test_refresh_without_rotation(oauth_server: OAuth2Server) -> None:
    oauth_server.rotate_refresh_tokens = False
    first = oauth_server.issue_token("alice")
    for _ in range(2):
        status, body = refresh(oauth_server, first["refresh_token"])
        assert status == 200
        assert "refresh_token" not in body


def test_expired_refresh_token(oauth_server: OAuth2Server) -> None:
    token = oauth_server.issue_token("alice")
    oauth_server.expire_refresh_tokens("alice")
    assert refresh(oauth_server, token["refresh_token"]) == (400, {"error": "invalid_grant"})


def test_revocation_endpoint(oauth_server: OAuth2Server, oauth_dovecot: Dovecot) -> None:
    token = oauth_server.issue_token("alice")
    assert post(oauth_server.revocation_endpoint, {"token": "unknown", "client_id": PUBLIC_CLIENT}) == (200, {})
    assert post(oauth_server.revocation_endpoint, {"token": token["refresh_token"],
                                                   "token_type_hint": "refresh_token",
                                                   "client_id": PUBLIC_CLIENT}) == (200, {})
    assert refresh(oauth_server, token["refresh_token"]) == (400, {"error": "invalid_grant"})
    assert not xoauth2_ok(oauth_dovecot, "alice", token["access_token"])
    assert oauth_server.requests["POST /revoke"] == 2


def test_introspection_endpoint(oauth_server: OAuth2Server) -> None:
    oauth_server.emails["alice"] = "alice@example.test"
    token = oauth_server.issue_token("alice", scope=OUTLOOK_SCOPE)
    resource = (RESOURCE_CLIENT, RESOURCE_SECRET)
    status, body = post(oauth_server.introspection_endpoint, {"token": token["access_token"]}, auth=resource)
    assert status == 200
    assert body["active"] is True
    assert body["username"] == "alice"
    assert body["email"] == "alice@example.test"
    assert body["scope"] == OUTLOOK_SCOPE
    assert body["exp"] > time.time() + 3000
    assert post(oauth_server.introspection_endpoint, {"token": token["refresh_token"]}, auth=resource) == \
        (200, {"active": False})  # the resource server sees access tokens only
    assert post(oauth_server.introspection_endpoint, {"token": "nope"}, auth=resource) == (200, {"active": False})
    assert post(oauth_server.introspection_endpoint, {"token": token["access_token"]})[0] == 401
    assert oauth_server.token_info(token["refresh_token"])["token_type"] == "refresh_token"


def test_metadata(oauth_server: OAuth2Server) -> None:
    with urllib.request.urlopen(oauth_server.url + "/.well-known/oauth-authorization-server",  # noqa: S310
                                timeout=10) as response:
        meta = json.load(response)
    assert meta == oauth_server.metadata()
    assert meta["device_authorization_endpoint"].startswith("http://127.0.0.1:")


# -- special-use folders ------------------------------------------------------------------------------------
def test_special_use_folders_named_in_french(gmail_dovecot: Dovecot) -> None:
    client = imap(gmail_dovecot)
    client.login("alice", "alice-password")
    try:
        flags = {name: set(f) for f, _sep, name in client.list_folders()}
        assert b"\\All" in flags["[Gmail]/Tous les messages"]
        assert b"\\Sent" in flags["[Gmail]/Messages envoyés"]
        assert client.find_special_folder(b"\\All") == "[Gmail]/Tous les messages"
        typ, _ = client._imap._simple_command("LIST", '""', '"*"', "RETURN", "(SPECIAL-USE)")
        assert typ == "OK"
        lines = client._imap.untagged_responses.pop("LIST", [])
        assert b'(\\All) "/" "[Gmail]/Tous les messages"' in lines
        assert b'(\\Sent) "/" "[Gmail]/Messages envoy&AOk-s"' in lines  # modified UTF-7 on the wire
    finally:
        client.logout()


def test_special_use_folder_can_be_seeded(make_dovecot: Any) -> None:
    server = make_dovecot(special_use={"Tous les messages": "\\All", "Envoyés": "\\Sent"})
    server.add_user("alice", "pw")
    raw = b"From: a@example.test\r\nSubject: hi\r\nMessage-ID: <1@x>\r\n\r\nbody\r\n"
    server.seed("alice", [raw])
    server.seed("alice", [raw], folder="Tous les messages")
    server.seed("alice", [raw], folder="Envoyés")
    client = imap(server)
    client.login("alice", "pw")
    try:
        assert client.find_special_folder(b"\\All") == "Tous les messages"
        for folder in ("INBOX", "Tous les messages", "Envoyés"):
            client.select_folder(folder, readonly=True)
            assert len(client.search("ALL")) == 1, folder
    finally:
        client.logout()


# -- the browser stub --------------------------------------------------------------------------------------
def test_browser_stub_records(browser_stub: BrowserStub) -> None:
    assert webbrowser.open("http://127.0.0.1:9/authorize?x=1&y=2")
    assert browser_stub.urls() == ["http://127.0.0.1:9/authorize?x=1&y=2"]


def test_browser_stub_follows_to_the_loopback(browser_stub: BrowserStub, oauth_server: OAuth2Server,
                                              loopback: Loopback) -> None:
    browser_stub.follow = True
    url = authorize_url(oauth_server, loopback.redirect_uri, pkce_pair()[1])
    assert webbrowser.open(url)
    result = browser_stub.wait_for_result()
    assert result.startswith("200 " + loopback.redirect_uri + "?code=")
    assert loopback.paths
    assert browser_stub.wait_for_url() == url
