"""Shared fixtures. Real servers (tests/servers.py): a private Dovecot, D-Bus session bus and
notification recorder per test; each takes well under 0.2 s to start and stop.

PostgreSQL (issue 17): ``postgres_server`` is one cluster per session (``Postgres``, run as
``nobody`` under root), ``postgres_url`` a fresh database on it, and ``database`` gives a test
``--db`` twice, a SQLite file and a PostgreSQL URL: the store's tests run on both backends.

OAuth2 (tests/oauth_server.py, issue 16), everything on 127.0.0.1:

- ``oauth_server``: a running `OAuth2Server` (Authlib) with clients ``PUBLIC_CLIENT`` (no secret)
  and ``CONFIDENTIAL_CLIENT``/``CONFIDENTIAL_SECRET``, the person ``"alice"``, /authorize that
  auto-approves, device codes approved with ``oauth_server.approve_device(code)``. A test points
  the code under test at ``oauth_server.metadata()`` endpoints, sets ``access_token_lifetime``,
  revokes or expires tokens, and reads ``oauth_server.requests["POST /token"]``.
- ``oauth_dovecot``: a Dovecot whose ``oauth2`` passdb introspects at ``oauth_server``, with
  users ``alice`` (OAuth2 and password ``alice-password``) and ``bob`` (password ``bob-password``):
  ``IMAPClient(...).oauth2_login("alice", token)`` succeeds only while the server says the token
  is active. For an address as login (Outlook.com), use ``OAuth2Server(user="alice@outlook.test")``
  with ``make_dovecot(oauth2=...)`` and ``add_user("alice", ...)``: the userdb keeps the local part.
- ``gmail_dovecot``: a password-only Dovecot with ``GMAIL_FRENCH_FOLDERS`` ("[Gmail]/Tous les
  messages" carries ``\\All``, "[Gmail]/Messages envoyés" ``\\Sent``, ...) and user ``alice``.
- ``make_dovecot``: a factory, ``make_dovecot(oauth2=oauth_server, special_use={...})``, for
  any other combination; every server it makes is stopped after the test.
- ``browser_stub``: sets ``BROWSER`` to a script that records each URL it is asked to open
  (``browser_stub.urls()``, ``browser_stub.wait_for_url()``) and, with ``browser_stub.follow =
  True``, plays the person in the background: GETs the URL, follows the redirects to the
  client's loopback listener (``browser_stub.results()`` says where it ended).
"""

from __future__ import annotations

import os
import sys
import time
import webbrowser
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.servers import (
    GMAIL_FRENCH_FOLDERS,
    Dovecot,
    NotificationRecorder,
    Postgres,
    SessionBus,
    find_dbus_daemon,
    find_dovecot,
    find_postgres,
)

if TYPE_CHECKING:  # imported in the fixtures, so the rest of the suite runs without Authlib
    from tests.oauth_server import OAuth2Server


def _require(found: str | None, what: str, package: str) -> None:
    """Skip when a server binary is missing, except under CI, where that must be a failure."""
    if found is not None:
        return
    message = f"{what} not found: apt-get install -y --no-install-recommends {package}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set, so this fails instead of skipping)")
    pytest.skip(message)


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """A running Dovecot on 127.0.0.1 (`.port` plain, `.ssl_port` TLS with `.cafile`), no users yet."""
    _require(find_dovecot(), "dovecot", "dovecot-imapd")
    server = Dovecot().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[SessionBus]:
    """A private session bus, also exported as DBUS_SESSION_BUS_ADDRESS for the test's duration,
    so nothing under test can reach the desktop's real bus."""
    _require(find_dbus_daemon(), "dbus-daemon", "dbus-daemon")
    bus = SessionBus().start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    try:
        yield bus
    finally:
        bus.stop()


@pytest.fixture
def notification_recorder(session_bus: SessionBus) -> Iterator[NotificationRecorder]:
    """Owns org.freedesktop.Notifications on `session_bus`; `.records()` / `.wait_for(n)` read the calls."""
    recorder = NotificationRecorder(session_bus).start()
    try:
        yield recorder
    finally:
        recorder.stop()


# -- PostgreSQL (issue 17, item 25) ---------------------------------------------------------------
@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Postgres]:
    """One PostgreSQL cluster for the session (initdb takes a second); tests take a database each."""
    found = find_postgres()
    _require(str(found) if found else None, "PostgreSQL", "postgresql")
    server = Postgres().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: Postgres) -> Iterator[str]:
    """A fresh, empty database on the session's PostgreSQL: its SQLAlchemy URL, for ``--db``."""
    url = postgres_server.create_database()
    try:
        yield url
    finally:
        postgres_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """``--db`` for a test that must hold on every backend tracker supports: a SQLite file, then
    a database on a real PostgreSQL; both built by the same Alembic migrations."""
    if request.param == "sqlite":
        return str(tmp_path / "t.db")
    url: str = request.getfixturevalue("postgres_url")
    return url


# -- OAuth2 (issue 16) ------------------------------------------------------------------------------
@pytest.fixture
def oauth_server() -> Iterator[OAuth2Server]:
    """A running OAuth2 authorization server on 127.0.0.1 (see tests/oauth_server.py)."""
    from tests.oauth_server import OAuth2Server

    server = OAuth2Server().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def make_dovecot() -> Iterator[Callable[..., Dovecot]]:
    """``make_dovecot(oauth2=None, special_use=None, extra_conf="")`` starts a Dovecot; ``oauth2``
    is an `OAuth2Server` (or an introspection URL) for the oauth2 passdb."""
    _require(find_dovecot(), "dovecot", "dovecot-imapd")
    made: list[Dovecot] = []

    def make(oauth2: OAuth2Server | str | None = None, special_use: dict[str, str] | None = None,
             extra_conf: str = "") -> Dovecot:
        url = oauth2 if oauth2 is None or isinstance(oauth2, str) else oauth2.dovecot_introspection_url
        server = Dovecot(extra_conf, oauth2_introspection_url=url, special_use=special_use)
        made.append(server)
        return server.start()

    try:
        yield make
    finally:
        for server in made:
            server.stop()


@pytest.fixture
def oauth_dovecot(make_dovecot: Callable[..., Dovecot], oauth_server: OAuth2Server) -> Dovecot:
    """Dovecot that asks `oauth_server` about every XOAUTH2/OAUTHBEARER token; users alice
    (token or password ``alice-password``) and bob (password ``bob-password`` only)."""
    server = make_dovecot(oauth2=oauth_server)
    server.add_user(oauth_server.user, "alice-password")
    server.add_user("bob", "bob-password")
    return server


@pytest.fixture
def gmail_dovecot(make_dovecot: Callable[..., Dovecot]) -> Dovecot:
    """Dovecot with a French Gmail's special-use folders (``GMAIL_FRENCH_FOLDERS``) and user
    alice, password ``alice-password``; the folders appear at her first login."""
    server = make_dovecot(special_use=GMAIL_FRENCH_FOLDERS)
    server.add_user("alice", "alice-password")
    return server


_BROWSER_SCRIPT = """\
#!{python}
# A stand-in for a web browser (tests/conftest.py, browser_stub): records the URL, and in
# "follow" mode GETs it in a detached child so the caller's webbrowser.open() returns at once.
import os, subprocess, sys, urllib.request
here = os.path.dirname(os.path.abspath(__file__))
url = sys.argv[1] if len(sys.argv) > 1 else ""
if len(sys.argv) > 2 and sys.argv[2] == "--follow":
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            line = f"{{r.status}} {{r.geturl()}}"
    except Exception as e:
        line = f"ERROR {{url}} {{e!r}}"
    with open(os.path.join(here, "results.txt"), "a") as f:
        f.write(line + "\\n")
    sys.exit(0)
with open(os.path.join(here, "urls.txt"), "a") as f:
    f.write(url + "\\n")
if os.path.exists(os.path.join(here, "follow")):
    subprocess.Popen([sys.executable, __file__, url, "--follow"], start_new_session=True,
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
"""


class BrowserStub:
    """What the ``browser_stub`` fixture yields: the URLs "opened", and a switch to follow them."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.command = str(directory / "browser")

    @property
    def follow(self) -> bool:
        return (self.directory / "follow").exists()

    @follow.setter
    def follow(self, value: bool) -> None:
        marker = self.directory / "follow"
        if value:
            marker.touch()
        else:
            marker.unlink(missing_ok=True)

    def urls(self) -> list[str]:
        return self._lines("urls.txt")

    def results(self) -> list[str]:
        """One line per followed URL: ``STATUS FINAL-URL``, or ``ERROR URL EXCEPTION``."""
        return self._lines("results.txt")

    def wait_for_url(self, n: int = 1, timeout: float = 10.0) -> str:
        """The n-th URL opened, waiting for it."""
        return self._wait(self.urls, n, timeout, "URL opened")

    def wait_for_result(self, n: int = 1, timeout: float = 10.0) -> str:
        return self._wait(self.results, n, timeout, "URL followed")

    def _lines(self, name: str) -> list[str]:
        path = self.directory / name
        return path.read_text().splitlines() if path.exists() else []

    @staticmethod
    def _wait(read: Callable[[], list[str]], n: int, timeout: float, what: str) -> str:
        deadline = time.monotonic() + timeout
        while True:
            got = read()
            if len(got) >= n:
                return got[n - 1]
            if time.monotonic() >= deadline:
                raise TimeoutError(f"no {what} #{n} within {timeout} s (got {got})")
            time.sleep(0.01)


@pytest.fixture
def browser_stub(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> BrowserStub:
    """``BROWSER`` = a recording script, for this process (webbrowser's cached choice is reset)
    and for subprocesses that inherit os.environ; no real browser can open."""
    directory = tmp_path_factory.mktemp("browser")
    script = directory / "browser"
    script.write_text(_BROWSER_SCRIPT.format(python=sys.executable))
    script.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(script))
    # webbrowser reads BROWSER once per process; make it read ours.
    browsers: dict[str, Any] = {}
    monkeypatch.setattr(webbrowser, "_browsers", browsers)
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    return BrowserStub(directory)
