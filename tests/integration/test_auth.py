"""OAuth2 end to end, everything real and on 127.0.0.1: `tracker auth login` against the Authlib
authorization server (tests/oauth_server.py), the browser played by the ``browser_stub`` (which
follows the redirect to tracker's loopback listener) or a device code approved by the test, then
`tracker poll` logging in to a Dovecot whose ``oauth2`` passdb asks that server about every token
(XOAUTH2 and OAUTHBEARER). Then what goes wrong in life: an access token that expired, a
refresh token revoked, a daemon with one dead mailbox and one alive; and `tracker init` for a
provider that accepts only OAuth2, or whose "All Mail" folder has a French name.

The refresh token is grepped for in the configuration, the database and the logs at ``-vv``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import BrowserStub
from tests.mailfactory import meta_mail, personal_mail
from tests.oauth_server import PUBLIC_CLIENT, OAuth2Server
from tests.servers import Dovecot
from tracker.config import load_config

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-25T12:00:00+00:00"
FILE_KEYRING = "tests.file_keyring.Keyring"
NULL_KEYRING = "keyring.backends.null.Keyring"
RELOGIN = "tracker auth login --mailbox perso"


def env_for(tmp: Path, *, keyring: str = FILE_KEYRING, **extra: str) -> dict[str, str]:
    """A tracker process's environment: private XDG folders, a test keyring, no session bus."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("TRACKER_CONFIG", "DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "TRACKER_PROVIDERS")}
    env.update(XDG_CONFIG_HOME=str(tmp / "xdg-config"), XDG_DATA_HOME=str(tmp / "xdg-data"),
               PYTHON_KEYRING_BACKEND=keyring, TRACKER_TEST_KEYRING=str(tmp / "keyring.json"),
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""), **extra)
    return env


def tracker(tmp: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker", "--lang", "en", "--config", str(tmp / "config.toml"),
                           "--db", str(tmp / "t.db"), "--now", NOW, *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL, start_new_session=True)


def oauth_keys(server: OAuth2Server, mechanism: str = "XOAUTH2") -> str:
    return (f'oauth2_provider = "test"\noauth2_client_id = "{PUBLIC_CLIENT}"\noauth2_mechanism = "{mechanism}"\n'
            f'oauth2_scope = "https://outlook.office.com/IMAP.AccessAsUser.All offline_access"\n'
            f'oauth2_authorize_url = "{server.authorization_endpoint}"\n'
            f'oauth2_token_url = "{server.token_endpoint}"\n'
            f'oauth2_device_url = "{server.device_authorization_endpoint}"\n'
            f'oauth2_revoke_url = "{server.revocation_endpoint}"\n')


def write_config(tmp: Path, dovecot: Dovecot, server: OAuth2Server, mechanism: str = "XOAUTH2",
                 extra: str = "") -> Path:
    cfg = tmp / "config.toml"
    cfg.write_text(f'[notifications]\nenabled = false\n\n[[mailbox]]\nname = "perso"\nhost = "127.0.0.1"\n'
                   f'port = {dovecot.port}\ntls = "none"\nusername = "alice"\ntimeout = 10\n'
                   f"{oauth_keys(server, mechanism)}{extra}")
    cfg.chmod(0o600)
    return cfg


def seed(dovecot: Dovecot, user: str, folder: str = "INBOX") -> None:
    sent = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    dovecot.seed(user, [meta_mail("notice", sent=sent, to=f"{user}@example.test"), personal_mail(1)], folder=folder)


def stored_tokens(tmp: Path) -> dict[str, str]:
    """The refresh and access tokens the keyring holds for perso (its expiry left out)."""
    data = json.loads(json.loads((tmp / "keyring.json").read_text())["tracker-oauth2\0perso"])
    return {k: data[k] for k in ("refresh_token", "access_token")}


def login(tmp: Path, env: dict[str, str], browser: BrowserStub, *extra: str) -> subprocess.CompletedProcess[str]:
    browser.follow = True
    r = tracker(tmp, ["auth", "login", "--mailbox", "perso", *extra], env)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


# ---- sign in, then poll ---------------------------------------------------------------------------


@pytest.mark.parametrize("mechanism", ["XOAUTH2", "OAUTHBEARER"])
def test_login_in_the_browser_then_poll_logs_in_with_the_token(oauth_dovecot: Dovecot, oauth_server: OAuth2Server,
                                                               browser_stub: BrowserStub, tmp_path: Path,
                                                               mechanism: str) -> None:
    """GIVEN a mailbox with oauth2_provider, WHEN `auth login` opens the browser (the stub follows
    the redirect to the loopback listener), THEN the refresh token is in the keyring, and `poll`
    logs in with MECHANISM (Dovecot asked the server) and finds the Meta mail."""
    seed(oauth_dovecot, "alice")
    cfg = write_config(tmp_path, oauth_dovecot, oauth_server, mechanism)
    env = env_for(tmp_path)
    r = login(tmp_path, env, browser_stub)
    url = browser_stub.wait_for_url()
    assert url.startswith(oauth_server.authorization_endpoint)
    assert "code_challenge_method=S256" in url
    assert url in r.stdout  # printed too, for a browser elsewhere
    assert "Signed in: mailbox perso" in r.stdout
    assert "IMAP login OK" in r.stdout
    tokens = stored_tokens(tmp_path)
    assert oauth_server.token_info(tokens["access_token"])["active"]

    r = tracker(tmp_path, ["-vv", "poll"], env)
    assert r.returncode == 0, r.stderr
    assert ", 1 from Meta, 1 new event," in r.stdout
    assert oauth_server.requests["POST /introspect"] >= 1
    # the secrets: nowhere but the keyring
    for secret in (tokens["refresh_token"], tokens["access_token"]):
        assert secret not in cfg.read_text()
        assert secret.encode() not in (tmp_path / "t.db").read_bytes()
        assert secret not in r.stdout + r.stderr


@pytest.mark.parametrize("how", ["expiring", "refused"])
def test_an_expired_access_token_is_refreshed_and_the_poll_succeeds(oauth_dovecot: Dovecot,
                                                                   oauth_server: OAuth2Server,
                                                                   browser_stub: BrowserStub, tmp_path: Path,
                                                                   how: str) -> None:
    """"expiring": the token expires within the refresh margin, so it is refreshed before use.
    "refused": the server expired it early; the login is refused, the token refreshed once, and
    the second login works. Either way the rotated refresh token is kept."""
    seed(oauth_dovecot, "alice")
    write_config(tmp_path, oauth_dovecot, oauth_server)
    env = env_for(tmp_path)
    if how == "expiring":
        oauth_server.access_token_lifetime = 30
    login(tmp_path, env, browser_stub)
    before = stored_tokens(tmp_path)
    if how == "refused":
        oauth_server.expire_access_tokens()
    r = tracker(tmp_path, ["-vv", "poll"], env)
    assert r.returncode == 0, r.stderr
    assert ", 1 from Meta, 1 new event," in r.stdout
    after = stored_tokens(tmp_path)
    assert after["refresh_token"] != before["refresh_token"]  # rotated, and the new one kept
    assert after["access_token"] != before["access_token"]
    for secret in (*before.values(), *after.values()):
        assert str(secret) not in r.stdout + r.stderr


def test_a_revoked_refresh_token_gives_one_line_and_exit_1(oauth_dovecot: Dovecot, oauth_server: OAuth2Server,
                                                           browser_stub: BrowserStub, tmp_path: Path) -> None:
    write_config(tmp_path, oauth_dovecot, oauth_server)
    env = env_for(tmp_path)
    login(tmp_path, env, browser_stub)
    refresh = stored_tokens(tmp_path)["refresh_token"]
    oauth_server.revoke_all()
    r = tracker(tmp_path, ["-vv", "poll"], env)
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert errors == ["error: mailbox 'perso': the OAuth2 authorization was revoked or has expired; run: "
                      f"{RELOGIN}"]
    assert "Traceback" not in r.stderr
    assert refresh not in r.stdout + r.stderr

    r = tracker(tmp_path, ["auth", "status"], env)
    assert r.returncode == 0  # status reads the store only: the token is there, dead or alive
    r = tracker(tmp_path, ["doctor"], env)
    assert "PROBLEM  mailbox perso / OAuth2: mailbox 'perso': the OAuth2 authorization was revoked" in r.stdout
    assert f"Fix: sign in again: {RELOGIN}" in r.stdout
    assert refresh not in r.stdout + r.stderr


def test_no_sign_in_yet_says_which_command_to_run(oauth_dovecot: Dovecot, oauth_server: OAuth2Server,
                                                  tmp_path: Path) -> None:
    write_config(tmp_path, oauth_dovecot, oauth_server)
    r = tracker(tmp_path, ["poll"], env_for(tmp_path))
    assert r.returncode == 1
    assert r.stderr == f"error: mailbox 'perso': not signed in with OAuth2 yet; run: {RELOGIN}\n"


def test_an_unreachable_token_endpoint_is_one_line_without_a_token_or_a_traceback(
        oauth_dovecot: Dovecot, oauth_server: OAuth2Server, browser_stub: BrowserStub, tmp_path: Path) -> None:
    write_config(tmp_path, oauth_dovecot, oauth_server)
    env = env_for(tmp_path)
    oauth_server.access_token_lifetime = 30  # within the refresh margin: the next poll refreshes first
    login(tmp_path, env, browser_stub)
    tokens = stored_tokens(tmp_path)
    oauth_server.stop()
    r = tracker(tmp_path, ["-vv", "poll"], env)
    assert r.returncode == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert errors == ["error: mailbox 'perso': the OAuth2 token endpoint cannot be reached (ConnectError)"]
    assert "Traceback" not in r.stderr
    assert not any(str(t) in r.stdout + r.stderr for t in tokens.values())


def test_a_message_under_two_labels_stays_one_message(gmail_dovecot: Dovecot, tmp_path: Path) -> None:
    """Gmail shows a labelled message in each label's folder and in All Mail; watching both, it is
    recorded once (by its Message-ID; by X-GM-MSGID where the server is Gmail)."""
    raw = meta_mail("notice", sent=datetime(2026, 11, 20, 9, 0, tzinfo=UTC), to="alice@example.test")
    gmail_dovecot.seed("alice", [raw])
    gmail_dovecot.seed("alice", [raw], folder="[Gmail]/Tous les messages")
    (tmp_path / "config.toml").write_text(
        f'[[mailbox]]\nname = "perso"\nhost = "127.0.0.1"\nport = {gmail_dovecot.port}\ntls = "none"\n'
        'username = "alice"\npassword_env = "MAIL_PW"\nfolders = ["INBOX", "[Gmail]/Tous les messages"]\n')
    r = tracker(tmp_path, ["poll"], env_for(tmp_path, MAIL_PW="alice-password"))
    assert r.returncode == 0, r.stderr
    assert ", 2 from Meta, 1 new event, 1 duplicate skipped" in r.stdout


# ---- the device code, the token file, status and logout ----------------------------------------


def test_device_login_without_a_keyring_needs_the_token_file_said_plainly(oauth_dovecot: Dovecot,
                                                                         oauth_server: OAuth2Server,
                                                                         tmp_path: Path) -> None:
    """GIVEN no keyring (a server over SSH), `auth login --device` is refused in one line; WITH
    --token-store file it prints a code, the person approves it elsewhere, the token goes to a
    0600 file, and poll works."""
    seed(oauth_dovecot, "alice")
    write_config(tmp_path, oauth_dovecot, oauth_server)
    env = env_for(tmp_path, keyring=NULL_KEYRING)
    r = tracker(tmp_path, ["auth", "login", "--mailbox", "perso", "--device"], env)
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1
    assert "no working keyring here" in r.stderr
    assert "--token-store file" in r.stderr

    cmd = [sys.executable, "-m", "tracker", "--lang", "en", "--config", str(tmp_path / "config.toml"), "auth",
           "login", "--mailbox", "perso", "--device", "--token-store", "file"]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)
    try:
        code = oauth_server.wait_for_user_code(timeout=30)
        oauth_server.approve_device(code)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, out + err
    assert f"enter the code {code}" in out
    assert "0600" in out
    token_file = tmp_path / "xdg-data" / "tracker" / "oauth2-tokens.json"
    assert token_file.stat().st_mode & 0o777 == 0o600
    refresh = json.loads(token_file.read_text())["perso"]["refresh_token"]
    r = tracker(tmp_path, ["-vv", "poll"], env)
    assert r.returncode == 0, r.stderr
    assert refresh not in r.stdout + r.stderr + out + err


def test_status_then_logout(oauth_dovecot: Dovecot, oauth_server: OAuth2Server, browser_stub: BrowserStub,
                            tmp_path: Path) -> None:
    write_config(tmp_path, oauth_dovecot, oauth_server)
    env = env_for(tmp_path)
    r = tracker(tmp_path, ["auth", "status"], env)
    assert r.returncode == 1
    assert f"perso: OAuth2 (test, XOAUTH2, keyring): not signed in; run: {RELOGIN}" in r.stdout
    login(tmp_path, env, browser_stub)
    tokens = stored_tokens(tmp_path)
    r = tracker(tmp_path, ["auth", "status"], env)
    assert r.returncode == 0
    assert "perso: OAuth2 (test, XOAUTH2, keyring): signed in; access token valid until" in r.stdout
    assert tokens["refresh_token"] not in r.stdout
    r = tracker(tmp_path, ["doctor"], env)
    assert "OK       mailbox perso / OAuth2: the refresh works (token kept in the keyring" in r.stdout
    assert "OK       mailbox perso / login: logged in as 'alice' (OAuth2, XOAUTH2)" in r.stdout
    for secret in (tokens["refresh_token"], tokens["access_token"], *stored_tokens(tmp_path).values()):
        assert str(secret) not in r.stdout + r.stderr
    tokens = stored_tokens(tmp_path)  # the doctor refreshed (and the server rotated) them
    r = tracker(tmp_path, ["auth", "logout", "--mailbox", "perso"], env)
    assert r.returncode == 0, r.stderr
    assert "the provider revoked the token" in r.stdout
    assert not oauth_server.token_info(tokens["refresh_token"]).get("active")
    assert "tracker-oauth2\0perso" not in json.loads((tmp_path / "keyring.json").read_text())


# ---- the daemon: one mailbox revoked, the other goes on ------------------------------------------


def test_the_daemon_keeps_the_other_mailbox_running(oauth_dovecot: Dovecot, oauth_server: OAuth2Server,
                                                    browser_stub: BrowserStub, tmp_path: Path) -> None:
    """GIVEN two mailboxes, perso (OAuth2, its refresh token revoked) and bob (a password), WHEN
    the daemon runs, THEN it says once to sign perso in again, and reads bob's Meta mail all the same."""
    seed(oauth_dovecot, "bob")
    write_config(tmp_path, oauth_dovecot, oauth_server,
                 extra=f'\n[[mailbox]]\nname = "bob"\nhost = "127.0.0.1"\nport = {oauth_dovecot.port}\n'
                       'tls = "none"\nusername = "bob"\npassword_env = "BOB_PW"\ntimeout = 10\n')
    env = env_for(tmp_path, BOB_PW="bob-password")
    login(tmp_path, env, browser_stub)
    refresh = stored_tokens(tmp_path)["refresh_token"]
    oauth_server.revoke_all()
    log = tmp_path / "daemon.log"
    cmd = [sys.executable, "-m", "tracker", "--lang", "en", "-vv", "--config", str(tmp_path / "config.toml"),
           "--db", str(tmp_path / "t.db"), "daemon"]
    with log.open("w") as err:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not ("mailbox bob: logged in" in log.read_text()
                                                    and RELOGIN in log.read_text()):
            assert proc.poll() is None, log.read_text()
            time.sleep(0.1)
        time.sleep(1)
        assert proc.poll() is None, log.read_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
    text = log.read_text()
    assert "mailbox bob: logged in" in text
    assert f"mailbox 'perso': the OAuth2 authorization was revoked or has expired; run: {RELOGIN}" in text
    assert "Traceback" not in text
    assert refresh not in text
    r = tracker(tmp_path, ["status", "--json"], env)
    assert "bob@example.test" in r.stdout


# ---- init --------------------------------------------------------------------------------------------


def providers_file(tmp: Path, dovecot: Dovecot, server: OAuth2Server | None, *, password: bool,
                   folders: str = '["INBOX"]') -> Path:
    """A TRACKER_PROVIDERS file: example.test served by the test Dovecot, signing in at the test
    server (an Outlook.com of our own when ``password`` is false)."""
    path = tmp / "providers.toml"
    text = (f'[[provider]]\nname = "Example Mail"\ndomains = ["example.test"]\nhost = "127.0.0.1"\n'
            f'port = {dovecot.port}\ntls = "none"\nfolders = {folders}\npassword = {str(password).lower()}\n')
    if server is not None:
        text += (f'oauth2 = "test"\n\n[oauth2.test]\nauthorize_url = "{server.authorization_endpoint}"\n'
                 f'token_url = "{server.token_endpoint}"\nrevoke_url = "{server.revocation_endpoint}"\n'
                 f'scope = "https://outlook.office.com/IMAP.AccessAsUser.All offline_access"\n'
                 f'client_id = "{PUBLIC_CLIENT}"\n')
    path.write_text(text)
    return path


def test_init_for_an_oauth2_only_provider_signs_in_and_writes_no_secret(oauth_dovecot: Dovecot,
                                                                         oauth_server: OAuth2Server,
                                                                         browser_stub: BrowserStub,
                                                                         tmp_path: Path) -> None:
    seed(oauth_dovecot, "alice")
    providers = providers_file(tmp_path, oauth_dovecot, oauth_server, password=False)
    env = env_for(tmp_path, TRACKER_PROVIDERS=str(providers), MAIL_PW="alice-password")
    base = ["init", "--email", "alice@example.test", "--username", "alice", "--mailbox-name", "perso",
            "--no-service", "--yes"]
    r = tracker(tmp_path, [*base, "--password-env", "MAIL_PW"], env)
    assert r.returncode == 1
    assert "accepts no password over IMAP, app passwords included" in r.stderr
    assert not (tmp_path / "config.toml").exists()

    browser_stub.follow = True
    r = tracker(tmp_path, base, env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "signing in with OAuth2" in r.stdout
    assert "Login OK" in r.stdout
    mb = load_config(tmp_path / "config.toml").mailboxes[0]
    assert (mb.oauth2_provider, mb.keyring, mb.password_env) == ("test", False, None)
    tokens = stored_tokens(tmp_path)
    text = (tmp_path / "config.toml").read_text()
    assert tokens["refresh_token"] not in text
    r = tracker(tmp_path, ["poll"], env)
    assert r.returncode == 0, r.stderr
    assert ", 1 from Meta, 1 new event," in r.stdout


def test_init_proposes_the_all_mail_folder_found_by_its_special_use_flag(gmail_dovecot: Dovecot,
                                                                        tmp_path: Path) -> None:
    """GIVEN a Gmail in French ("[Gmail]/Tous les messages" flagged \\All), WHEN init is given the
    preset's "[Gmail]/All Mail", THEN it finds the folder by its flag and watches that one."""
    seed(gmail_dovecot, "alice", "[Gmail]/Tous les messages")
    providers = providers_file(tmp_path, gmail_dovecot, None, password=True, folders='["[Gmail]/All Mail"]')
    env = env_for(tmp_path, TRACKER_PROVIDERS=str(providers), MAIL_PW="alice-password")
    r = tracker(tmp_path, ["init", "--email", "alice@example.test", "--username", "alice", "--password-env",
                           "MAIL_PW", "--mailbox-name", "perso", "--no-service", "--yes"], env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "is called '[Gmail]/Tous les messages' here" in r.stdout
    assert load_config(tmp_path / "config.toml").mailboxes[0].folders == ("[Gmail]/Tous les messages",)
    r = tracker(tmp_path, ["poll"], env)
    assert r.returncode == 0, r.stderr
    assert ", 1 from Meta, 1 new event," in r.stdout
