"""OAuth2 built in (tracker.mail.oauth, tracker.mail.oauth_login) against a real authorization
server on 127.0.0.1 (tests/oauth_server.py, Authlib), in-process: the sign-ins, the refresh,
a dead refresh token, the stores, and the endpoints a mailbox resolves to."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from tests.file_keyring import Keyring as FileKeyring
from tests.oauth_server import CONFIDENTIAL_CLIENT, CONFIDENTIAL_SECRET, PUBLIC_CLIENT, OAuth2Server
from tracker.config import MailboxConfig, parse_config
from tracker.errors import AuthorizationError, ConfigError, UserError
from tracker.mail import oauth
from tracker.mail.credentials import Secret
from tracker.mail.oauth import FileStore, KeyringStore, TokenSet, access_token, provider_for, save_tokens, store_for
from tracker.mail.oauth_login import login_with_browser, login_with_device


@pytest.fixture
def server() -> Iterator[OAuth2Server]:
    with OAuth2Server(user="alice") as s:
        yield s


@pytest.fixture(autouse=True)
def private_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A data folder and a keyring of the test's own: the tester's real ones are never touched."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("TRACKER_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.delenv("TRACKER_PROVIDERS", raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield
    keyring.set_keyring(before)


def mailbox(server: OAuth2Server, **extra: Any) -> MailboxConfig:
    keys = {"oauth2_provider": "test", "oauth2_client_id": PUBLIC_CLIENT, "oauth2_token_url": server.token_endpoint,
            "oauth2_authorize_url": server.authorization_endpoint,
            "oauth2_device_url": server.device_authorization_endpoint,
            "oauth2_revoke_url": server.revocation_endpoint,
            "oauth2_scope": "https://outlook.office.com/IMAP.AccessAsUser.All offline_access", **extra}
    return MailboxConfig(name="perso", host="127.0.0.1", port=143, tls="none", username="alice", **keys)


def browser_for(server: OAuth2Server) -> tuple[list[str], object]:
    """A browser that does what the person would: follow the URL, consent, come back."""
    opened: list[str] = []

    def open_browser(url: str) -> bool:
        opened.append(url)
        threading.Thread(target=server.follow, args=(url,), daemon=True).start()
        return True

    return opened, open_browser


def test_browser_sign_in_uses_pkce_and_a_loopback_redirect_and_brings_a_refresh_token(server: OAuth2Server) -> None:
    said: list[str] = []
    opened, browser = browser_for(server)
    tokens = login_with_browser(provider_for(mailbox(server)), "alice", said.append, open_browser=browser,  # type: ignore[arg-type]
                                timeout=10)
    assert tokens.refresh_token is not None
    assert tokens.access_token is not None
    assert opened
    assert "code_challenge_method=S256" in opened[0]
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in opened[0]
    assert opened[0] in said  # the address is printed too
    assert server.token_info(tokens.access_token.reveal())["active"]


def test_a_confidential_desktop_client_sends_its_secret(server: OAuth2Server) -> None:
    mb = mailbox(server, oauth2_client_id=CONFIDENTIAL_CLIENT, oauth2_client_secret=CONFIDENTIAL_SECRET)
    _opened, browser = browser_for(server)
    tokens = login_with_browser(provider_for(mb), "alice", lambda _l: None, open_browser=browser,  # type: ignore[arg-type]
                                timeout=10)
    assert tokens.refresh_token is not None


def test_a_refused_consent_is_one_line(server: OAuth2Server) -> None:
    server.consent = "deny"
    _opened, browser = browser_for(server)
    with pytest.raises(UserError, match="refused the sign-in"):
        login_with_browser(provider_for(mailbox(server)), "alice", lambda _l: None, open_browser=browser,  # type: ignore[arg-type]
                           timeout=10)


def test_device_sign_in_prints_the_code_and_waits_for_the_approval(server: OAuth2Server) -> None:
    said: list[str] = []

    def person() -> None:
        server.approve_device(server.wait_for_user_code())

    threading.Thread(target=person, daemon=True).start()
    tokens = login_with_device(provider_for(mailbox(server)), said.append, sleep=lambda s: time.sleep(min(s, 0.2)))
    assert tokens.refresh_token is not None
    assert any("enter the code" in line for line in said)


def test_google_has_no_device_code_for_mail() -> None:
    mb = MailboxConfig(name="g", host="imap.gmail.com", port=993, tls="ssl", username="me@gmail.com",
                       oauth2_provider="google", oauth2_client_id="x.apps.googleusercontent.com")
    with pytest.raises(UserError, match="no device code"):
        login_with_device(provider_for(mb), lambda _l: None)


def sign_in(server: OAuth2Server, mb: MailboxConfig, store: str = "file") -> TokenSet:
    _opened, browser = browser_for(server)
    tokens = login_with_browser(provider_for(mb), "alice", lambda _l: None, open_browser=browser,  # type: ignore[arg-type]
                                timeout=10)
    save_tokens(mb, tokens, store)
    return tokens


@pytest.mark.parametrize("store", ["file", "keyring"])
def test_a_fresh_access_token_is_used_as_is_and_an_expiring_one_is_refreshed(server: OAuth2Server,
                                                                            store: str) -> None:
    mb = mailbox(server)
    first = sign_in(server, mb, store)
    assert store_for(mb).kind == store
    assert access_token(mb) == first.access_token
    assert server.grants["refresh_token"] == 0
    server.expire_access_tokens()
    stored = store_for(mb).load(mb.name)
    assert stored is not None
    store_for(mb).save(mb.name, TokenSet(stored.refresh_token, stored.access_token, time.time() + 30))
    second = access_token(mb)
    assert second != first.access_token
    assert server.token_info(second.reveal())["active"]
    after = store_for(mb).load(mb.name)
    assert after is not None
    assert after.refresh_token != first.refresh_token  # the server rotated it: the new one is kept
    assert access_token(mb, force_refresh=True) != second  # the rotated one works in turn


def test_a_revoked_refresh_token_says_to_sign_in_again(server: OAuth2Server) -> None:
    mb = mailbox(server)
    sign_in(server, mb)
    server.revoke_all()
    with pytest.raises(AuthorizationError) as e:
        access_token(mb, force_refresh=True)
    assert str(e.value) == ("mailbox 'perso': the OAuth2 authorization was revoked or has expired; run: "
                            "tracker auth login --mailbox perso")


def test_no_stored_token_says_to_sign_in(server: OAuth2Server) -> None:
    with pytest.raises(AuthorizationError, match="tracker auth login --mailbox perso"):
        access_token(mailbox(server))


def test_the_token_file_is_private_and_switching_stores_leaves_one_copy(server: OAuth2Server) -> None:
    mb = mailbox(server)
    tokens = sign_in(server, mb, "file")
    path = oauth.token_file()
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    save_tokens(mb, tokens, "keyring")
    assert not FileStore().has(mb.name)
    assert KeyringStore().load(mb.name) == tokens
    assert store_for(mb).kind == "keyring"


def test_logout_revokes_at_the_provider_and_forgets(server: OAuth2Server) -> None:
    mb = mailbox(server)
    tokens = sign_in(server, mb)
    assert tokens.refresh_token is not None
    assert oauth.revoke(mb) == (True, True)
    assert not server.token_info(tokens.refresh_token.reveal()).get("active")
    assert store_for(mb).load(mb.name) is None
    assert oauth.revoke(mb) == (False, False)


def test_tokens_never_show_in_a_repr() -> None:
    t = TokenSet(Secret("rt-123"), Secret("at-456"), 1.0)
    assert "rt-123" not in repr(t)
    assert "at-456" not in repr(t)


# ---- the endpoints a mailbox resolves to --------------------------------------------------------


def test_the_microsoft_preset_gives_the_imap_scope_and_a_device_endpoint() -> None:
    mb = MailboxConfig(name="o", host="outlook.office365.com", port=993, tls="ssl", username="me@outlook.com",
                       oauth2_provider="microsoft", oauth2_client_id="00000000-0000-0000-0000-000000000000")
    p = provider_for(mb)
    assert p.scope == "https://outlook.office.com/IMAP.AccessAsUser.All offline_access"
    assert p.device_url is not None
    assert p.mechanism == "XOAUTH2"
    assert p.client_secret is None


def test_the_google_preset_asks_for_offline_access() -> None:
    mb = MailboxConfig(name="g", host="imap.gmail.com", port=993, tls="ssl", username="me@gmail.com",
                       oauth2_provider="google", oauth2_client_id="x", oauth2_client_secret="y",
                       oauth2_mechanism="OAUTHBEARER")
    p = provider_for(mb)
    assert p.scope == "https://mail.google.com/"
    assert p.authorize_params["access_type"] == "offline"
    assert p.mechanism == "OAUTHBEARER"
    assert p.client_secret == Secret("y")


def test_a_providers_file_of_ones_own_may_add_only_a_client_id(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "providers.toml"
    extra.write_text('[oauth2.microsoft]\nclient_id = "assoc-client"\n')
    monkeypatch.setenv("TRACKER_PROVIDERS", str(extra))
    mb = MailboxConfig(name="o", host="outlook.office365.com", port=993, tls="ssl", username="me@outlook.com",
                       oauth2_provider="microsoft")
    p = provider_for(mb)
    assert p.client_id == "assoc-client"
    assert p.token_url.startswith("https://login.microsoftonline.com/")


@pytest.mark.parametrize(("keys", "message"), [
    ({"oauth2_provider": "nowhere", "oauth2_client_id": "x"}, "not a preset of tracker (known: google, microsoft)"),
    ({"oauth2_provider": "microsoft"}, "no oauth2_client_id"),
    ({"oauth2_provider": "x", "oauth2_client_id": "x", "oauth2_token_url": "http://auth.example.org/token"},
     "is not https"),
])
def test_a_mailbox_without_usable_endpoints_is_one_line(keys: dict[str, str], message: str) -> None:
    mb = MailboxConfig(name="m", host="h", port=993, tls="ssl", username="u", **keys)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=re.escape(message)) as e:
        provider_for(mb)
    assert "mailbox 'm'" in str(e.value)


def test_the_config_takes_oauth2_provider_as_the_password_source() -> None:
    cfg = parse_config({"mailbox": [{"name": "o", "host": "outlook.office365.com", "username": "me@outlook.com",
                                     "oauth2_provider": "microsoft", "oauth2_client_id": "id",
                                     "oauth2_mechanism": "OAUTHBEARER"}]}, None)
    assert cfg.mailboxes[0].oauth2_provider == "microsoft"
    with pytest.raises(ConfigError, match="exactly one of"):
        parse_config({"mailbox": [{"name": "o", "host": "h", "username": "u", "oauth2_provider": "microsoft",
                                   "keyring": True}]}, None)
    with pytest.raises(ConfigError, match="XOAUTH2"):
        parse_config({"mailbox": [{"name": "o", "host": "h", "username": "u", "oauth2_provider": "microsoft",
                                   "oauth2_mechanism": "PLAIN"}]}, None)
