"""`tracker init` and `tracker doctor` as people meet them: the set-up driven by flags and through
a real pseudo-terminal against the test Dovecot (the written file is private, loads, and polls),
and the doctor shown each failure it knows, then a machine where everything is right.

The commands run in English (``--lang en``) unless a test is about the French they speak."""

from __future__ import annotations

import contextlib
import json
import os
import select
import socket
import sqlite3
import stat
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.mailfactory import meta_mail, personal_mail
from tests.servers import Dovecot, NotificationRecorder, SessionBus
from tracker import i18n
from tracker.cli.init import load_presets, preset_for
from tracker.config import SPEC, load_config, parse_config

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-25T12:00:00+00:00"
NULL_KEYRING = "keyring.backends.null.Keyring"
FILE_KEYRING = "tests.file_keyring.Keyring"


# ---- helpers ----------------------------------------------------------------------------------


def base_env(tmp: Path, *, keyring: str = NULL_KEYRING, bus: str | None = None, **extra: str) -> dict[str, str]:
    """The environment of a tracker process: private XDG folders, a chosen keyring, a chosen bus."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("TRACKER_CONFIG", "DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "TRACKER_PROVIDERS",
                        "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(XDG_CONFIG_HOME=str(tmp / "xdg-config"), XDG_DATA_HOME=str(tmp / "xdg-data"),
               PYTHON_KEYRING_BACKEND=keyring, TRACKER_TEST_KEYRING=str(tmp / "keyring.json"),
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    if bus:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus
    env.update(extra)
    return env


def lang_args(lang: str | None) -> list[str]:
    """``--lang LANG`` before the command; nothing for None (the language then comes from the environment)."""
    return ["--lang", lang] if lang else []


def tracker(args: list[str], env: dict[str, str], stdin: str | None = None,
            lang: str | None = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker", *lang_args(lang), *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, start_new_session=True,
                          stdin=None if stdin is not None else subprocess.DEVNULL)


def seeded(dovecot: Dovecot, user: str = "alice", password: str = "s3cret-pw") -> None:  # noqa: S107
    dovecot.add_user(user, password)
    sent = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    dovecot.seed(user, [meta_mail("notice", sent=sent, to=f"{user}@example.test"), personal_mail(1)])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def poll(cfg: Path, tmp: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return tracker(["--config", str(cfg), "--db", str(tmp / "t.db"), "--now", NOW, "poll"], env)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


class Terminal:
    """A tracker process on a pseudo-terminal (its controlling tty): read what it shows, type answers."""

    def __init__(self, args: list[str], env: dict[str, str], lang: str | None = "en") -> None:
        argv = [sys.executable, "-m", "tracker", *lang_args(lang), *args]
        pid, fd = os.forkpty()
        if pid == 0:  # the child: exec at once
            try:
                os.chdir(ROOT)
                os.execve(sys.executable, argv, env)  # noqa: S606 - our own interpreter, our own arguments
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.transcript = ""
        self._pos = 0
        self.status: int | None = None

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            return False
        if not chunk:
            return False
        self.transcript += chunk.decode("utf-8", "replace")
        return True

    def expect(self, text: str, timeout: float = 30.0) -> str:
        """Wait until ``text`` shows (after what was already matched); return what came before it."""
        deadline = time.monotonic() + timeout
        while True:
            at = self.transcript.find(text, self._pos)
            if at >= 0:
                before = self.transcript[self._pos:at]
                self._pos = at + len(text)
                return before
            left = deadline - time.monotonic()
            if left <= 0 or not self._read(min(left, 0.5)):
                if self.transcript.find(text, self._pos) >= 0:
                    continue
                raise AssertionError(f"{text!r} did not show; the terminal shows:\n{self.transcript}")

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\r")

    def wait(self, timeout: float = 60.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._read(0.5):
            pass
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        self.status = os.waitstatus_to_exitcode(status)
        return self.status

    def kill(self) -> None:
        if self.status is None:
            try:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            with contextlib.suppress(OSError):
                os.close(self.fd)


@pytest.fixture
def terminal() -> Iterator[list[Terminal]]:
    started: list[Terminal] = []
    yield started
    for t in started:
        t.kill()


# ---- presets ----------------------------------------------------------------------------------


def test_every_preset_is_a_valid_mailbox_for_the_config_spec() -> None:
    presets = load_presets()
    assert len(presets) >= 10
    seen: dict[str, str] = {}
    tls_key = next(k for k in SPEC["mailbox"] if k.name == "tls")
    port_key = next(k for k in SPEC["mailbox"] if k.name == "port")
    for p in presets:
        assert p.host
        assert p.name
        assert p.domains
        assert p.folders
        assert tls_key.check is not None
        assert tls_key.check(p.tls) is None, p
        assert port_key.check is not None
        assert port_key.check(p.port) is None, p
        cfg = parse_config({"mailbox": [{"name": "x", "host": p.host, "port": p.port, "tls": p.tls,
                                         "username": "me@" + p.domains[0], "keyring": True,
                                         "folders": list(p.folders)}]}, None)
        assert cfg.mailboxes[0].host == p.host
        for d in p.domains:
            assert d == d.lower()
            assert d not in seen, f"{d} in {p.name} and {seen.get(d)}"
            seen[d] = p.name


@pytest.mark.parametrize(("email", "host", "port", "tls", "folder"), [
    ("me@gmail.com", "imap.gmail.com", 993, "ssl", "[Gmail]/All Mail"),
    ("me@hotmail.fr", "outlook.office365.com", 993, "ssl", "INBOX"),
    ("me@msn.com", "outlook.office365.com", 993, "ssl", "INBOX"),
    ("me@yahoo.fr", "imap.mail.yahoo.com", 993, "ssl", "INBOX"),
    ("me@mac.com", "imap.mail.me.com", 993, "ssl", "INBOX"),
    ("me@gmx.de", "imap.gmx.net", 993, "ssl", "INBOX"),
    ("me@wanadoo.fr", "imap.orange.fr", 993, "ssl", "INBOX"),
    ("me@free.fr", "imap.free.fr", 993, "ssl", "INBOX"),
    ("me@neuf.fr", "imap.sfr.fr", 993, "ssl", "INBOX"),
    ("me@laposte.net", "imap.laposte.net", 993, "ssl", "INBOX"),
    ("me@proton.me", "127.0.0.1", 1143, "starttls", "INBOX"),
])
def test_the_preset_is_chosen_by_the_domain(email: str, host: str, port: int, tls: str, folder: str) -> None:
    p = preset_for(email)
    assert p is not None
    assert (p.host, p.port, p.tls, p.folders[0]) == (host, port, tls, folder)
    assert preset_for("me@example.org") is None


def test_gmail_and_icloud_presets_say_an_app_password_is_needed() -> None:
    for email in ("me@gmail.com", "me@icloud.com", "me@yahoo.com"):
        p = preset_for(email)
        assert p is not None
        assert "app" in p.notes["en"]
        assert "password" in p.notes["en"]


def test_outlook_needs_oauth2_and_no_text_advises_it_an_app_password() -> None:
    """Since September 2024 Microsoft refuses every password over IMAP, app passwords included."""
    for email in ("me@outlook.com", "me@hotmail.fr", "me@live.com", "me@msn.com"):
        p = preset_for(email)
        assert p is not None
        assert (p.oauth2, p.password) == ("microsoft", False)
        assert "only OAuth2" in p.notes["en"]
        assert "seul OAuth2" in p.notes["fr"]
    gmail = preset_for("me@gmail.com")
    assert gmail is not None
    assert (gmail.oauth2, gmail.password) == ("google", True)
    assert gmail.notes["en"].startswith("OAuth2 first")


# ---- init, driven by flags --------------------------------------------------------------------


@pytest.mark.parametrize("tls", ["none", "ssl"])
def test_init_with_flags_asks_nothing_writes_a_private_file_that_polls(dovecot: Dovecot, tmp_path: Path,
                                                                       tls: str) -> None:
    seeded(dovecot)
    cfg = tmp_path / "conf" / "sub" / "config.toml"
    env = base_env(tmp_path, MAIL_PW="s3cret-pw")
    args = ["--config", str(cfg), "init", "--email", "alice@example.test", "--password-env", "MAIL_PW",
            "--folder", "INBOX", "--mailbox-name", "test", "--no-service", "--yes"]
    if tls == "none":
        args += ["--host", "127.0.0.1", "--port", str(dovecot.port), "--tls", "none"]
    else:
        args += ["--host", "localhost", "--port", str(dovecot.ssl_port), "--tls", "ssl", "--ca-file", dovecot.cafile]
    r = tracker(args, env)  # stdin is /dev/null: a single question would abort it
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Login OK" in r.stdout
    assert "s3cret-pw" not in r.stdout + r.stderr + cfg.read_text()
    assert mode(cfg) == 0o600
    assert mode(cfg.parent) == 0o700
    loaded = load_config(cfg)
    mb = loaded.mailbox("test")
    assert (mb.host, mb.tls, mb.password_env, mb.folders) == (
        "127.0.0.1" if tls == "none" else "localhost", tls, "MAIL_PW", ("INBOX",))
    assert (mb.ca_file is not None) == (tls == "ssl")
    p = poll(cfg, tmp_path, env)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("test: ")


def test_init_refuses_to_overwrite_without_force(dovecot: Dovecot, tmp_path: Path) -> None:
    seeded(dovecot)
    cfg = tmp_path / "config.toml"
    cfg.write_text("# mine\n")
    env = base_env(tmp_path, MAIL_PW="s3cret-pw")
    args = ["--config", str(cfg), "init", "--email", "alice@example.test", "--host", "127.0.0.1", "--port",
            str(dovecot.port), "--tls", "none", "--password-env", "MAIL_PW", "--no-service", "--yes"]
    r = tracker(args, env)
    assert r.returncode == 1
    assert "already exists" in r.stderr
    assert "--force" in r.stderr
    assert cfg.read_text() == "# mine\n"
    r = tracker([*args, "--force"], env)
    assert r.returncode == 0, r.stderr
    assert mode(cfg) == 0o600
    assert load_config(cfg).mailboxes[0].password_env == "MAIL_PW"


def test_init_with_a_wrong_password_writes_nothing_and_gives_the_hint(dovecot: Dovecot, tmp_path: Path) -> None:
    seeded(dovecot)
    cfg = tmp_path / "config.toml"
    env = base_env(tmp_path, MAIL_PW="wrong")
    r = tracker(["--config", str(cfg), "init", "--email", "alice@example.test", "--host", "127.0.0.1", "--port",
                 str(dovecot.port), "--tls", "none", "--password-env", "MAIL_PW", "--no-service", "--yes"], env)
    assert r.returncode == 1
    assert "login refused" in r.stderr
    assert "app password" in r.stderr
    assert "nothing written" in r.stderr
    assert r.stderr.count("\n") == 1
    assert not cfg.exists()


def test_init_without_login_check_needs_no_server(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    r = tracker(["--config", str(cfg), "init", "--email", "me@gmail.com", "--password-command", "pass show gmail",
                 "--no-login-check", "--no-service", "--yes"], base_env(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "app password" in r.stdout  # the preset's note
    mb = load_config(cfg).mailboxes[0]
    assert (mb.host, mb.port, mb.tls, mb.folders, mb.password_command) == (
        "imap.gmail.com", 993, "ssl", ("[Gmail]/All Mail",), "pass show gmail")


def test_init_writes_the_default_path_when_no_config_is_given(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    r = tracker(["init", "--email", "me@free.fr", "--password-env", "X", "--no-login-check", "--no-service",
                 "--yes"], env)
    assert r.returncode == 0, r.stderr
    cfg = tmp_path / "xdg-config" / "tracker" / "config.toml"
    assert mode(cfg) == 0o600
    assert mode(cfg.parent) == 0o700
    assert load_config(cfg).mailboxes[0].host == "imap.free.fr"


def test_init_keyring_from_standard_input_then_poll_reads_it(dovecot: Dovecot, tmp_path: Path) -> None:
    seeded(dovecot)
    cfg = tmp_path / "config.toml"
    env = base_env(tmp_path, keyring=FILE_KEYRING)
    r = tracker(["--config", str(cfg), "init", "--email", "alice@example.test", "--host", "127.0.0.1", "--port",
                 str(dovecot.port), "--tls", "none", "--keyring", "--no-service", "--yes"], env, stdin="s3cret-pw\n")
    assert r.returncode == 0, r.stderr
    assert "stored in the keyring" in r.stdout
    assert "s3cret-pw" not in r.stdout + r.stderr + cfg.read_text()
    assert json.loads((tmp_path / "keyring.json").read_text()) == {"tracker\0alice@example.test": "s3cret-pw"}
    assert load_config(cfg).mailboxes[0].keyring is True
    p = poll(cfg, tmp_path, env)
    assert p.returncode == 0, p.stderr


def test_init_without_a_keyring_explains_the_other_password_sources(dovecot: Dovecot, tmp_path: Path) -> None:
    seeded(dovecot)
    cfg = tmp_path / "config.toml"
    env = base_env(tmp_path, keyring=NULL_KEYRING)
    base = ["--config", str(cfg), "init", "--email", "alice@example.test", "--host", "127.0.0.1", "--port",
            str(dovecot.port), "--tls", "none", "--no-service", "--yes"]
    # --keyring asked for explicitly: a clear refusal, nothing written
    r = tracker([*base, "--keyring"], env, stdin="s3cret-pw\n")
    assert r.returncode == 1
    assert "no working keyring" in r.stderr
    assert "--password-env" in r.stderr
    assert not cfg.exists()
    # no source given: the advice, then password_env = "TRACKER_PASSWORD"
    r = tracker(base, env, stdin="s3cret-pw\n")
    assert r.returncode == 0, r.stderr
    assert "No working keyring" in r.stdout
    assert "password_env" in r.stdout
    assert "password_command" in r.stdout
    assert load_config(cfg).mailboxes[0].password_env == "TRACKER_PASSWORD"
    assert poll(cfg, tmp_path, {**env, "TRACKER_PASSWORD": "s3cret-pw"}).returncode == 0


def test_init_rejects_two_password_sources(tmp_path: Path) -> None:
    r = tracker(["--config", str(tmp_path / "c.toml"), "init", "--email", "me@free.fr", "--password-env", "X",
                 "--keyring", "--no-login-check", "--yes"], base_env(tmp_path))
    assert r.returncode == 2
    assert "only one of" in r.stderr


def french_env(tmp: Path, **extra: str) -> dict[str, str]:
    """base_env in a French locale, with nothing else saying which language to speak."""
    env = base_env(tmp, **extra)
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(var, None)
    env["LANG"] = "fr_FR.UTF-8"
    return env


def test_init_speaks_french_with_lang_fr(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    args = ["--config", str(cfg), "init", "--email", "me@gmail.com", "--password-env", "GMAIL_PW",
            "--no-login-check", "--no-service", "--yes"]
    r = tracker(args, base_env(tmp_path), lang="fr")
    assert r.returncode == 0, r.stderr
    assert "Gmail : serveur imap.gmail.com:993 (TLS), identifiant me@gmail.com, dossiers [Gmail]/All Mail" in r.stdout
    assert f"{cfg} écrit (mode 0600)." in r.stdout
    assert "tracker lit le mot de passe dans la variable GMAIL_PW : définissez-la partout où tracker tourne" in r.stdout
    assert f"Ensuite : `tracker --config {cfg} doctor` vérifie tout" in r.stdout
    assert "Wrote" not in r.stdout
    assert load_config(cfg).mailboxes[0].password_env == "GMAIL_PW"  # the file itself is not translated
    # a refusal, in French, with what to do
    r = tracker(args, base_env(tmp_path), lang="fr")
    assert r.returncode == 1
    assert f"{cfg} existe déjà : ajoutez --force pour le remplacer (ou --config AUTRE_FICHIER)" in r.stderr
    r = tracker(["--config", str(tmp_path / "other.toml"), "init", "--email", "pas-une-adresse", *args[5:]],
                base_env(tmp_path), lang="fr")
    assert r.returncode == 1
    assert "--email : 'pas-une-adresse' ne ressemble pas à une adresse e-mail (nom@example.org)" in r.stderr


def test_init_speaks_french_from_the_locale_and_explains_the_missing_keyring(dovecot: Dovecot,
                                                                             tmp_path: Path) -> None:
    seeded(dovecot)
    cfg = tmp_path / "config.toml"
    env = french_env(tmp_path, keyring=NULL_KEYRING)
    base = ["--config", str(cfg), "init", "--email", "alice@example.test", "--host", "127.0.0.1", "--port",
            str(dovecot.port), "--tls", "none", "--no-service", "--yes"]
    r = tracker([*base, "--keyring"], env, stdin="s3cret-pw\n", lang=None)  # no --lang: LANG=fr_FR.UTF-8
    assert r.returncode == 1
    assert "--keyring : aucun trousseau de clés (keyring) utilisable ici" in r.stderr
    assert "utilisez plutôt --password-env NOM ou --password-command CMD ; rien n'a été écrit" in r.stderr
    assert not cfg.exists()
    r = tracker(base, env, stdin="s3cret-pw\n", lang=None)
    assert r.returncode == 0, r.stderr
    assert f"Connexion à 127.0.0.1:{dovecot.port} en tant que alice@example.test..." in r.stdout
    assert "Identification réussie (" in r.stdout
    assert "Aucun trousseau de clés (keyring) utilisable ici" in r.stdout
    assert "Gardez le mot de passe hors du fichier autrement :" in r.stdout
    assert "toute commande qui affiche le mot de passe" in r.stdout
    assert 'Utilisation de password_env = "TRACKER_PASSWORD" : définissez TRACKER_PASSWORD avant de lancer tracker.' \
        in r.stdout
    assert "s3cret-pw" not in r.stdout + r.stderr
    assert load_config(cfg).mailboxes[0].password_env == "TRACKER_PASSWORD"


def test_init_with_a_wrong_password_says_so_in_french(dovecot: Dovecot, tmp_path: Path) -> None:
    seeded(dovecot)
    cfg = tmp_path / "config.toml"
    r = tracker(["--config", str(cfg), "init", "--email", "alice@example.test", "--host", "127.0.0.1", "--port",
                 str(dovecot.port), "--tls", "none", "--password-env", "MAIL_PW", "--no-service", "--yes"],
                base_env(tmp_path, MAIL_PW="wrong"), lang="fr")
    assert r.returncode == 1
    assert "rien n'a été écrit (vérifiez le mot de passe, ou sautez le test avec --no-login-check)" in r.stderr
    assert not cfg.exists()


# ---- init, through a terminal -----------------------------------------------------------------


def test_init_in_a_terminal_accepts_the_preset_retries_the_password_and_uses_the_keyring(
        dovecot: Dovecot, tmp_path: Path, terminal: list[Terminal]) -> None:
    seeded(dovecot)
    providers = tmp_path / "providers.toml"
    providers.write_text(f'[[provider]]\nname = "Test mail"\ndomains = ["example.test"]\nhost = "127.0.0.1"\n'
                         f'port = {dovecot.port}\ntls = "none"\nfolders = ["INBOX"]\n'
                         'notes = "needs an app password (test)"\n')
    cfg = tmp_path / "config.toml"
    env = base_env(tmp_path, keyring=FILE_KEYRING, TRACKER_PROVIDERS=str(providers))
    t = Terminal(["--config", str(cfg), "init", "--no-service"], env)
    terminal.append(t)
    t.expect("Your e-mail address: ")
    t.type("alice@example.test")
    shown = t.expect("Use these settings? [Y/n]: ")
    assert f"127.0.0.1:{dovecot.port}" in shown
    assert "needs an app password" in shown
    t.type("")
    t.expect("hidden): ")
    t.type("not-the-password")
    shown = t.expect("Type the password again? [Y/n]: ")
    assert "Login refused" in shown
    assert "Hint (Test mail)" in shown
    t.type("y")
    t.expect("Password: ")
    t.type("s3cret-pw")
    shown = t.expect('Trust only this server\'s verdicts (write trusted_authserv_ids = ["mx.test"])? [Y/n]: ')
    assert "Login OK" in shown
    assert "Your server signs its verdicts (Authentication-Results) as mx.test" in shown
    t.type("")  # yes, the default
    rest = t.expect("Next:")
    assert "stored in the keyring" in rest
    assert t.wait() == 0, t.transcript
    assert "s3cret-pw" not in t.transcript
    assert "not-the-password" not in t.transcript
    assert mode(cfg) == 0o600
    assert load_config(cfg).mailboxes[0].keyring is True
    assert load_config(cfg).trusted_authserv_ids == ("mx.test",)
    assert poll(cfg, tmp_path, env).returncode == 0


def test_init_in_a_terminal_without_preset_or_keyring(dovecot: Dovecot, tmp_path: Path,
                                                      terminal: list[Terminal]) -> None:
    seeded(dovecot, "bob", "hunter2")
    dovecot.maildir("bob", "Archive")
    cfg = tmp_path / "config.toml"
    env = base_env(tmp_path, keyring=NULL_KEYRING)
    t = Terminal(["--config", str(cfg), "init", "--no-service"], env)
    terminal.append(t)
    t.expect("Your e-mail address: ")
    t.type("not an address")
    t.expect("does not look like an e-mail address")
    t.expect("Your e-mail address: ")
    t.type("bob@nowhere.test")
    t.expect("No preset for nowhere.test")
    t.expect("IMAP server [imap.nowhere.test]: ")
    t.type("127.0.0.1")
    t.expect("loopback only) [ssl]: ")
    t.type("none")
    t.expect("Port [143]: ")
    t.type(str(dovecot.port))
    t.expect("Login name [bob@nowhere.test]: ")
    t.type("")
    t.expect("Folders to watch (comma-separated) [INBOX]: ")
    t.type("INBOX, Nope")
    t.expect("hidden): ")
    t.type("hunter2")
    shown = t.expect("Folders to watch (comma-separated) [INBOX]: ")
    assert "Login OK" in shown
    assert "No folder 'Nope'" in shown
    assert "Archive" in shown
    t.type("INBOX, Archive")
    t.expect("(write trusted_authserv_ids = [\"mx.test\"])? [Y/n]: ")
    t.type("n")
    shown = t.expect("Where should tracker find the password? (env, command) [env]: ")
    assert 'Not written; add trusted_authserv_ids = ["mx.test"] to [general] later' in shown
    assert "No working keyring" in shown
    assert "password_command" in shown
    t.type("")
    t.expect("Name of the environment variable [TRACKER_PASSWORD]: ")
    t.type("BOB_PW")
    t.expect("Next:")
    assert t.wait() == 0, t.transcript
    assert "hunter2" not in t.transcript
    mb = load_config(cfg).mailboxes[0]
    assert (mb.name, mb.host, mb.port, mb.tls, mb.password_env, mb.folders) == (
        "nowhere", "127.0.0.1", dovecot.port, "none", "BOB_PW", ("INBOX", "Archive"))
    assert load_config(cfg).trusted_authserv_ids == ()
    assert poll(cfg, tmp_path, {**env, "BOB_PW": "hunter2"}).returncode == 0


def test_init_in_a_terminal_asks_in_french(tmp_path: Path, terminal: list[Terminal]) -> None:
    cfg = tmp_path / "config.toml"
    env = base_env(tmp_path)
    t = Terminal(["--config", str(cfg), "init", "--password-command", "pass show mail", "--no-login-check",
                  "--no-service"], env, lang="fr")
    terminal.append(t)
    t.expect("Votre adresse e-mail : ")
    t.type("pas une adresse")
    t.expect("'pas une adresse' ne ressemble pas à une adresse e-mail (nom@example.org).")
    t.expect("Votre adresse e-mail : ")
    t.type("me@gmail.com")
    shown = t.expect("Utiliser ces réglages ? [Y/n] : ")
    assert "Gmail : serveur imap.gmail.com:993 (TLS), identifiant me@gmail.com" in shown
    assert "À savoir : OAuth2 d'abord" in shown  # notes_fr
    assert "mot de passe d'application (Compte Google" in shown
    t.type("n")
    t.expect("Serveur IMAP [imap.gmail.com] : ")
    t.type("")
    t.expect("Chiffrement : ssl (TLS implicite), starttls, ou none (bouclage uniquement) [ssl] : ")
    t.type("starttls")
    t.expect("Port [143] : ")
    t.type("")
    t.expect("Identifiant [me@gmail.com] : ")
    t.type("")
    t.expect("Dossiers à surveiller (séparés par des virgules) [[Gmail]/All Mail] : ")
    t.type("INBOX")
    t.expect(f"{cfg} écrit (mode 0600).")
    t.expect("Ensuite : ")
    assert t.wait() == 0, t.transcript
    mb = load_config(cfg).mailboxes[0]
    assert (mb.host, mb.port, mb.tls, mb.folders, mb.password_command) == (
        "imap.gmail.com", 143, "starttls", ("INBOX",), "pass show mail")


# ---- doctor -----------------------------------------------------------------------------------


def mailbox_toml(host: str, port: int, *, tls: str = "none", user: str = "alice", env: str = "MAIL_PW",
                 folders: tuple[str, ...] = ("INBOX",), extra: str = "") -> str:
    return (f'[[mailbox]]\nname = "perso"\nhost = "{host}"\nport = {port}\ntls = "{tls}"\nusername = "{user}"\n'
            f'password_env = "{env}"\nfolders = {json.dumps(list(folders))}\ntimeout = 10\n{extra}')


def doctor(tmp: Path, config: str | None, env: dict[str, str],
           lang: str = "en") -> tuple[int, dict[str, str], str]:
    """Run `tracker doctor`; (exit status, {check name: "OK ...", "INFO ..." or "PROBLEM ..."}, output).

    The dictionary is parsed from the English layout; in another language use the output."""
    cfg = tmp / "config.toml"
    if config is not None:
        cfg.write_text(config)
    r = tracker(["--config", str(cfg), "--db", str(tmp / "t.db"), "doctor"], env, lang=lang)
    assert "Traceback" not in r.stderr, r.stderr
    lines: dict[str, str] = {}
    for line in r.stdout.splitlines():
        if line.startswith(("OK ", "INFO ", "PROBLEM ")):
            verdict, _, rest = line.partition(" ")
            name, _, detail = rest.strip().partition(": ")
            lines[name] = f"{verdict} {detail}"
    return r.returncode, lines, r.stdout


def problems(lines: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in lines.items() if v.startswith("PROBLEM")}


def test_doctor_all_ok_with_dovecot_and_a_notification_server(
        dovecot: Dovecot, tmp_path: Path, notification_recorder: NotificationRecorder,
        session_bus: SessionBus) -> None:
    seeded(dovecot)
    env = base_env(tmp_path, bus=session_bus.address, MAIL_PW="s3cret-pw")
    config = (mailbox_toml("127.0.0.1", dovecot.port)
              + "\n" + mailbox_toml("localhost", dovecot.ssl_port, tls="ssl",
                                    extra=f'ca_file = "{dovecot.cafile}"\n').replace('"perso"', '"tls"')
              + "\n" + mailbox_toml("localhost", dovecot.port, tls="starttls",
                                    extra=f'ca_file = "{dovecot.cafile}"\n').replace('"perso"', '"starttls"'))
    (tmp_path / "config.toml").write_text(config)
    assert poll(tmp_path / "config.toml", tmp_path, env).returncode == 0
    code, lines, out = doctor(tmp_path, None, env)
    assert code == 0, out
    assert not problems(lines)
    for name in ("config", "database folder", "database file", "database schema", "keyring", "mailbox perso / DNS",
                 "mailbox perso / connect", "mailbox perso / TLS", "mailbox perso / login",
                 "mailbox perso / folder INBOX", "mailbox tls / TLS", "mailbox starttls / TLS", "session bus",
                 "notifications"):
        assert name in lines, out
    assert "certificate verified" in lines["mailbox tls / TLS"]
    assert "certificate verified" in lines["mailbox starttls / TLS"]
    assert "tracker-test-recorder" in lines["notifications"]
    assert "s3cret-pw" not in out
    assert out.rstrip().endswith("Everything looks right.")
    assert notification_recorder.records() == []  # it asked, it did not notify


def test_doctor_reports_a_bad_config_file(tmp_path: Path) -> None:
    code, lines, out = doctor(tmp_path, '[[mailbox]]\nname = "perso"\nhost = "h"\nport = "x"\n', base_env(tmp_path))
    assert code == 1
    assert lines["config"].startswith("PROBLEM")
    assert "port" in lines["config"]
    assert "username" in lines["config"]
    assert "tracker config example" in out
    code, lines, _ = doctor(tmp_path, "this is = = not toml", base_env(tmp_path))
    assert code == 1
    assert "not valid TOML" in lines["config"]
    (tmp_path / "config.toml").unlink()
    code, lines, out = doctor(tmp_path, None, base_env(tmp_path))
    assert code == 1
    assert "no configuration file" in lines["config"]
    assert "tracker init" in _fix(out, "config")


def _fix(out: str, name: str) -> str:
    line = next(x for x in out.splitlines() if x.split(None, 1)[1].startswith(name + ":"))
    return line.partition("Fix: ")[2]


def test_doctor_reports_a_database_readable_by_others_and_changes_nothing(tmp_path: Path) -> None:
    from tracker.store import Store

    Store.open(str(tmp_path / "t.db")).close()
    (tmp_path / "t.db").chmod(0o644)
    config = mailbox_toml("127.0.0.1", closed_port())
    code, lines, out = doctor(tmp_path, config, base_env(tmp_path))
    assert code == 1
    assert "0644" in lines["database file"]
    assert lines["database file"].startswith("PROBLEM")
    assert _fix(out, "database file") == f"chmod 600 {tmp_path / 't.db'}"
    assert mode(tmp_path / "t.db") == 0o644  # the doctor only looks
    assert lines["database schema"].startswith("OK")


def test_doctor_reports_an_open_database_folder_and_a_newer_schema(tmp_path: Path) -> None:
    from tracker.store import Store

    Store.open(str(tmp_path / "t.db")).close()
    with sqlite3.connect(tmp_path / "t.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    tmp_path.chmod(0o755)
    try:
        code, lines, out = doctor(tmp_path, mailbox_toml("127.0.0.1", closed_port()), base_env(tmp_path))
    finally:
        tmp_path.chmod(0o700)
    assert code == 1
    assert lines["database folder"].startswith("PROBLEM")
    assert _fix(out, "database folder") == f"chmod 700 {tmp_path}"
    assert "newer tracker" in lines["database schema"]
    assert "upgrade tracker" in _fix(out, "database schema")


def test_doctor_reports_an_unknown_host(tmp_path: Path) -> None:
    code, lines, _out = doctor(tmp_path, mailbox_toml("nonexistent.invalid", 993, tls="ssl"), base_env(tmp_path))
    assert code == 1
    assert lines["mailbox perso / DNS"].startswith("PROBLEM")
    assert "not found" in lines["mailbox perso / DNS"]
    assert "mailbox perso / connect" not in lines  # nothing more to learn once the name is unknown
    assert lines["database file"].startswith("OK")  # not there yet, but creatable


def test_doctor_reports_a_refused_connection(tmp_path: Path) -> None:
    code, lines, out = doctor(tmp_path, mailbox_toml("127.0.0.1", closed_port()), base_env(tmp_path))
    assert code == 1
    assert lines["mailbox perso / DNS"].startswith("OK")
    assert "connection refused" in lines["mailbox perso / connect"]
    assert "port" in _fix(out, "mailbox perso / connect")


def test_doctor_reports_an_untrusted_certificate(dovecot: Dovecot, tmp_path: Path) -> None:
    seeded(dovecot)
    code, lines, out = doctor(tmp_path, mailbox_toml("localhost", dovecot.ssl_port, tls="ssl"),
                              base_env(tmp_path, MAIL_PW="s3cret-pw"))
    assert code == 1
    assert "certificate not trusted" in lines["mailbox perso / TLS"]
    assert "ca_file" in _fix(out, "mailbox perso / TLS")


def test_doctor_reports_a_wrong_password(dovecot: Dovecot, tmp_path: Path) -> None:
    seeded(dovecot)
    code, lines, out = doctor(tmp_path, mailbox_toml("127.0.0.1", dovecot.port), base_env(tmp_path, MAIL_PW="nope"))
    assert code == 1
    assert lines["mailbox perso / connect"].startswith("OK")
    assert lines["mailbox perso / TLS"].startswith("OK")
    assert "login refused" in lines["mailbox perso / login"]
    assert "app password" in _fix(out, "mailbox perso / login")
    assert "nope" not in out.replace("nonexistent", "")


def test_doctor_reports_an_unset_password_variable(dovecot: Dovecot, tmp_path: Path) -> None:
    """The line names the key and the file, never the value: it may be the password itself."""
    seeded(dovecot)
    code, lines, _ = doctor(tmp_path, mailbox_toml("127.0.0.1", dovecot.port), base_env(tmp_path))
    assert code == 1
    assert f"password_env (in {tmp_path / 'config.toml'})" in lines["mailbox perso / login"]
    assert "not set" in lines["mailbox perso / login"]
    assert "MAIL_PW" not in lines["mailbox perso / login"]
    code, lines, out = doctor(tmp_path, mailbox_toml("127.0.0.1", dovecot.port, env="s3cret pw!"),
                              base_env(tmp_path))
    assert code == 1
    assert "does not look like the name of an environment variable" in lines["mailbox perso / login"]
    assert "s3cret" not in out


def test_doctor_reports_a_config_with_password_command_that_others_can_read(tmp_path: Path) -> None:
    """GIVEN a config 0644 holding password_command, THEN a problem line with its mode and the
    fix (chmod 600), as for the database; the doctor itself changes nothing."""
    config = mailbox_toml("127.0.0.1", closed_port()).replace('password_env = "MAIL_PW"',
                                                              'password_command = "pass show mail"')
    (tmp_path / "config.toml").write_text(config)
    (tmp_path / "config.toml").chmod(0o644)
    code, lines, _out = doctor(tmp_path, None, base_env(tmp_path))
    assert code == 1
    assert lines["config"].startswith("OK")
    assert lines["config file"] == (f"PROBLEM {tmp_path / 'config.toml'} has mode 0644 and holds password_command: "
                                    f"other users can read it. Fix: chmod 600 {tmp_path / 'config.toml'}")
    assert mode(tmp_path / "config.toml") == 0o644
    (tmp_path / "config.toml").chmod(0o600)
    _code, lines, _out = doctor(tmp_path, None, base_env(tmp_path))
    assert "config file" not in lines


def test_doctor_reports_a_damaged_database_and_another_applications(tmp_path: Path) -> None:
    """GIVEN a garbled page in the database, THEN a problem that says to restore a backup; GIVEN
    another Alembic application's database, THEN "not a tracker database" (not "newer")."""
    from tracker.store import Store

    db = tmp_path / "t.db"
    Store.open(str(db)).close()
    con = sqlite3.connect(db)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'status_rows'").fetchone()[0]
    con.close()
    with db.open("r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\xff" * page)
    config = mailbox_toml("127.0.0.1", closed_port())
    code, lines, out = doctor(tmp_path, config, base_env(tmp_path))
    assert code == 1
    assert lines["database integrity"].startswith(f"PROBLEM {db}: the database file is damaged")
    assert "restore it from a backup" in _fix(out, "database integrity")
    db.unlink()
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES ('3f1e2d4c5b6a')")
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.close()
    db.chmod(0o600)
    code, lines, out = doctor(tmp_path, config, base_env(tmp_path))
    assert code == 1
    assert lines["database schema"].startswith(f"PROBLEM {db}: not a tracker database")
    assert "newer" not in out


def test_doctor_reports_a_missing_folder(dovecot: Dovecot, tmp_path: Path) -> None:
    seeded(dovecot)
    code, lines, out = doctor(tmp_path, mailbox_toml("127.0.0.1", dovecot.port, folders=("INBOX", "Nope")),
                              base_env(tmp_path, MAIL_PW="s3cret-pw"))
    assert code == 1
    assert lines["mailbox perso / login"].startswith("OK")
    assert lines["mailbox perso / folder INBOX"].startswith("OK")
    assert "no folder 'Nope'" in lines["mailbox perso / folder Nope"]
    assert "tracker folders --mailbox perso" in _fix(out, "mailbox perso / folder Nope")
    assert list(problems(lines)) == ["mailbox perso / folder Nope"]


def test_doctor_reports_a_keyring_without_backend(tmp_path: Path) -> None:
    config = mailbox_toml("127.0.0.1", closed_port()).replace('password_env = "MAIL_PW"', "keyring = true")
    code, lines, out = doctor(tmp_path, config, base_env(tmp_path, keyring=NULL_KEYRING))
    assert code == 1
    assert "no usable keyring backend" in lines["keyring"]
    assert "password_env" in _fix(out, "keyring")
    code, lines, out = doctor(tmp_path, None, base_env(tmp_path, keyring=FILE_KEYRING))
    assert "no password" in lines["keyring (perso)"]
    assert "keyring set tracker alice" in out


def test_doctor_without_a_desktop_session_informs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    _code, lines, _out = doctor(tmp_path, mailbox_toml("127.0.0.1", closed_port()), base_env(tmp_path))
    assert lines["notifications"].startswith("INFO no desktop session here (DBUS_SESSION_BUS_ADDRESS is not set)")
    assert "its log" in lines["notifications"]
    assert "session bus" not in lines
    assert "notifications" not in problems(lines)


def test_doctor_reports_a_bus_without_notification_server(tmp_path: Path, session_bus: SessionBus) -> None:
    code, lines, _out = doctor(tmp_path, mailbox_toml("127.0.0.1", closed_port()),
                              base_env(tmp_path, bus=session_bus.address, WAYLAND_DISPLAY="wayland-0"))
    assert code == 1
    assert lines["session bus"].startswith("OK")
    assert lines["notifications"].startswith("PROBLEM no notification server")


def test_doctor_does_not_need_the_bus_when_notifications_are_off(tmp_path: Path) -> None:
    config = "[notifications]\nenabled = false\n\n" + mailbox_toml("127.0.0.1", closed_port())
    _, lines, _ = doctor(tmp_path, config, base_env(tmp_path))
    assert "session bus" not in lines
    assert lines["notifications"].startswith("INFO turned off ([notifications] enabled = false)")


def _closed_port_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config whose mailbox points at a closed port, with no session bus: checks that fail fast."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    cfg = tmp_path / "config.toml"
    cfg.write_text(mailbox_toml("127.0.0.1", closed_port()))
    return cfg


def test_doctor_checks_are_structured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.cli.doctor import Check, run_checks

    cfg = _closed_port_config(tmp_path, monkeypatch)
    with i18n.speaking("en"):
        checks = list(run_checks(cfg, str(tmp_path / "t.db")))
    assert all(isinstance(c, Check) for c in checks)
    assert all(c.advice for c in checks if not c.ok)
    assert all(not c.advice for c in checks if c.ok and not c.info)
    assert all(c.advice for c in checks if c.info)  # what it means
    assert {c.name for c in checks if not c.ok} == {"mailbox perso / connect"}
    assert {c.name for c in checks if c.info} == {"notifications"}  # no desktop session: information
    assert not (tmp_path / "t.db").exists()  # looking creates nothing
    assert tomllib.loads(cfg.read_text())  # untouched, still valid


def test_doctor_speaks_french_with_lang_fr(tmp_path: Path) -> None:
    port = closed_port()
    code, _lines, out = doctor(tmp_path, mailbox_toml("127.0.0.1", port), base_env(tmp_path), lang="fr")
    assert code == 1
    # the check names and details are this module's; the layout of the line is the command's
    assert "configuration" in out
    assert f"{tmp_path / 'config.toml'} : 1 boîte aux lettres (perso)" in out
    assert "dossier de la base" in out
    assert "fichier de la base" in out
    assert f"{tmp_path / 't.db'} n'existe pas encore ; il sera créé (0600) à la première utilisation" in out
    assert "trousseau" in out
    assert "inutilisé (aucune boîte n'a keyring = true)" in out
    # a problem, then what to do about it
    assert "boîte perso / connexion" in out
    assert f"127.0.0.1:{port} : connexion refusée" in out
    assert 'vérifiez le port (993 pour tls = "ssl", 143 pour "starttls") et que le serveur tourne' in out
    assert "pas de session de bureau ici (DBUS_SESSION_BUS_ADDRESS n'est pas définie)" in out
    assert "le démon écrit les notifications dans son journal" in out
    for english in ("connection refused", "database file", "session bus", "does not exist yet", "mailbox perso"):
        assert english not in out, english
    (tmp_path / "config.toml").unlink()
    code, _lines, out = doctor(tmp_path, None, base_env(tmp_path), lang="fr")
    assert code == 1
    assert f"{tmp_path / 'config.toml'} : aucun fichier de configuration" in out
    assert "lancez `tracker init` (ou partez de `tracker config example`)" in out


def test_doctor_speaks_french_about_a_missing_folder(dovecot: Dovecot, tmp_path: Path) -> None:
    seeded(dovecot)
    code, _lines, out = doctor(tmp_path, mailbox_toml("127.0.0.1", dovecot.port, folders=("INBOX", "Nope")),
                               base_env(tmp_path, MAIL_PW="s3cret-pw"), lang="fr")
    assert code == 1
    assert f"127.0.0.1:{dovecot.port} accepte les connexions" in out
    assert 'inutilisé (tls = "none", permis uniquement vers une adresse de bouclage)' in out
    assert "connecté en tant que 'alice' (mot de passe)" in out
    assert "boîte perso / dossier INBOX" in out
    assert "boîte perso / dossier Nope" in out
    assert "aucun dossier 'Nope' sur le serveur (dossiers : " in out
    assert "corrigez folders = [...] (`tracker folders --mailbox perso` les liste)" in out


def test_doctor_checks_speak_the_language_they_are_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.cli.doctor import run_checks

    cfg = _closed_port_config(tmp_path, monkeypatch)
    with i18n.speaking("fr"):
        french = list(run_checks(cfg, str(tmp_path / "t.db")))
    with i18n.speaking("en"):
        english = list(run_checks(cfg, str(tmp_path / "t.db")))
    assert [c.ok for c in french] == [c.ok for c in english]
    assert [c.name for c in french][:3] == ["configuration", "dossier de la base", "fichier de la base"]
    assert {c.name for c in french if not c.ok} == {"boîte perso / connexion"}
    for fr, en in zip(french, english, strict=True):
        assert fr.name != en.name or fr.name == "notifications"  # the same word in both languages
        if en.name not in ("database folder", "mailbox perso / DNS"):  # "/tmp/x (mode 0700)", "h → 127.0.0.1"
            assert fr.detail != en.detail
        assert fr.advice != en.advice or not fr.advice


# ---- the user's own server: whose verdicts the latest messages carry ---------------------------


FACEBOOK_HOP = "mail-mail.facebook.com (mail-mail.facebook.com [69.171.232.143])"


def delivered(raw: bytes, server: str | None, *, source: str = FACEBOOK_HOP,
              verdict: str = "dkim=pass header.d=facebookmail.com;\r\n\tdmarc=pass header.from=facebookmail.com",
              below: str = "") -> bytes:
    """``raw`` as ``server`` delivers it: the sender's own Authentication-Results taken out, then the
    server's verdict (none when ``server`` is None) above its entry Received line, then ``below``
    (what a forwarder added on the way)."""
    from email import message_from_bytes
    from email.policy import compat32

    msg = message_from_bytes(raw, policy=compat32)
    del msg["Authentication-Results"]
    top = f"Authentication-Results: {server};\r\n\t{verdict}\r\n" if server is not None else ""
    top += (f"Received: from {source}\r\n\tby {server or 'mail.example.test'} (Postfix) with ESMTPS id 4Vx; "
            f"Fri, 20 Nov 2026 09:00:01 +0000\r\n{below}")
    return top.encode() + msg.as_bytes()


def arc_forwarded(raw: bytes, server: str, sealer: str) -> bytes:
    """Mail a forwarder (``sealer``, ARC instance 1) passed on; ``server`` accepted the chain (arc=pass)."""
    chain = (f"ARC-Seal: i=1; a=rsa-sha256; t=1716199200; cv=none; d={sealer}; s=arc; b=z\r\n"
             f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d={sealer}; s=arc; b=w\r\n"
             f"ARC-Authentication-Results: i=1; mx.{sealer}; dkim=pass header.d=facebookmail.com; dmarc=pass "
             "header.from=facebookmail.com\r\n")
    return delivered(raw, server, source=f"relay.{sealer} (relay.{sealer} [192.0.2.77])", below=chain,
                     verdict="dkim=fail header.d=facebookmail.com; arc=pass (i=1);\r\n"
                             "\tdmarc=fail header.from=facebookmail.com")


def own_server_mailbox(dovecot: Dovecot, server: str | None, user: str = "alice") -> list[str]:
    """23 messages: the 3 oldest from another server ("old.example.net"), then 20 delivered by
    ``server`` (a Meta notice, personal mail, and a forward through example.edu when ``server``
    writes verdicts); some read, some not. The flags snapshot, taken after seeding."""
    dovecot.add_user(user, "s3cret-pw")
    sent = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    to = f"{user}@example.test"
    old = [delivered(personal_mail(i, to), "old.example.net") for i in range(3)]
    latest = [delivered(meta_mail("notice", sent=sent, to=to), server)]
    latest += [delivered(personal_mail(10 + i, to), server) for i in range(18)]
    latest.append(arc_forwarded(meta_mail("received", sent=sent, to=to), server, "example.edu") if server
                  else delivered(personal_mail(40, to), None))
    dovecot.seed(user, old + latest, seen={0, 4, 9, 21})
    return dovecot.flags_snapshot(user)


def test_doctor_proposes_the_servers_id_read_from_the_latest_20_messages_and_changes_no_flag(
        dovecot: Dovecot, tmp_path: Path) -> None:
    before = own_server_mailbox(dovecot, "mx.example.test")
    _code, lines, out = doctor(tmp_path, mailbox_toml("127.0.0.1", dovecot.port),
                               base_env(tmp_path, MAIL_PW="s3cret-pw"))
    assert lines["mailbox perso / server verdicts"] == (
        'OK your server signs its verdicts as mx.example.test; add trusted_authserv_ids = ["mx.example.test"] '
        "to [general]")
    assert "old.example.net" not in out  # beyond the latest 20
    assert lines["mailbox perso / ARC"].startswith("OK mail forwarded by example.edu passed ARC at your server")
    assert 'add trusted_arc_sealers = ["example.edu"]' in lines["mailbox perso / ARC"]
    assert list(problems(lines)) == [], out
    assert dovecot.flags_snapshot("alice") == before  # EXAMINE and BODY.PEEK[HEADER]: no flag changed
    # once configured, the id is confirmed and the forwarder no longer suggested when trusted
    general = '[general]\ntrusted_authserv_ids = ["mx.example.test"]\ntrusted_arc_sealers = ["example.edu"]\n\n'
    _code, lines, out = doctor(tmp_path, general + mailbox_toml("127.0.0.1", dovecot.port),
                               base_env(tmp_path, MAIL_PW="s3cret-pw"))
    assert lines["mailbox perso / server verdicts"] == (
        'OK your server signs its verdicts as "mx.example.test", as trusted_authserv_ids says')
    assert "mailbox perso / ARC" not in lines
    assert dovecot.flags_snapshot("alice") == before


def test_doctor_reports_a_configured_id_that_no_latest_message_carries(dovecot: Dovecot, tmp_path: Path) -> None:
    before = own_server_mailbox(dovecot, "mx.example.test")
    general = '[general]\ntrusted_authserv_ids = ["old.example.net"]\n\n'
    code, lines, out = doctor(tmp_path, general + mailbox_toml("127.0.0.1", dovecot.port),
                              base_env(tmp_path, MAIL_PW="s3cret-pw"))
    assert code == 1
    assert lines["mailbox perso / server verdicts"].startswith(
        'PROBLEM trusted_authserv_ids = ["old.example.net"] appears in none of the latest 20 messages: no Meta '
        "e-mail of this mailbox can be verified. Fix: ")
    assert 'add "mx.example.test" to trusted_authserv_ids' in _fix(out, "mailbox perso / server verdicts")
    assert dovecot.flags_snapshot("alice") == before


def test_doctor_says_plainly_when_the_server_writes_no_verdict(dovecot: Dovecot, tmp_path: Path) -> None:
    before = own_server_mailbox(dovecot, None)
    code, lines, out = doctor(tmp_path, mailbox_toml("127.0.0.1", dovecot.port),
                              base_env(tmp_path, MAIL_PW="s3cret-pw"))
    assert code == 1
    detail = lines["mailbox perso / server verdicts"]
    assert detail.startswith("PROBLEM none of the latest 20 messages carries an Authentication-Results header "
                             "from your server: no Meta e-mail can be verified")
    fix = _fix(out, "mailbox perso / server verdicts")
    for what in ("ask your provider", "OpenDMARC", "rspamd", "Postfix milter", "Dovecot"):
        assert what in fix
    assert dovecot.flags_snapshot("alice") == before


def test_doctor_with_an_empty_folder_has_nothing_to_propose(dovecot: Dovecot, tmp_path: Path) -> None:
    dovecot.add_user("alice", "s3cret-pw")
    dovecot.maildir("alice")
    _code, lines, _out = doctor(tmp_path, mailbox_toml("127.0.0.1", dovecot.port),
                                base_env(tmp_path, MAIL_PW="s3cret-pw"))
    assert lines["mailbox perso / server verdicts"].startswith("OK no messages in the watched folders yet")


def init_args(cfg: Path, dovecot: Dovecot, *extra: str) -> list[str]:
    return ["--config", str(cfg), "init", "--email", "alice@example.test", "--host", "127.0.0.1", "--port",
            str(dovecot.port), "--tls", "none", "--password-env", "MAIL_PW", "--folder", "INBOX",
            "--mailbox-name", "test", "--no-service", *extra]


@pytest.mark.parametrize("flag", ["--yes", "--trust-server-id"])
def test_init_writes_the_servers_id_with_its_flag_and_changes_no_flag(dovecot: Dovecot, tmp_path: Path,
                                                                      flag: str) -> None:
    before = own_server_mailbox(dovecot, "mx.example.test")
    cfg = tmp_path / "config.toml"
    env = base_env(tmp_path, MAIL_PW="s3cret-pw")
    r = tracker(init_args(cfg, dovecot, flag, *(["--yes"] if flag != "--yes" else [])), env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Your server signs its verdicts (Authentication-Results) as mx.example.test (seen in 20 of the latest " \
           "20 messages)." in r.stdout
    loaded = load_config(cfg)
    assert loaded.trusted_authserv_ids == ("mx.example.test",)
    assert 'trusted_authserv_ids = ["mx.example.test"]' in cfg.read_text()
    assert dovecot.flags_snapshot("alice") == before
    p = poll(cfg, tmp_path, env)  # the written id authenticates the seeded Meta notice
    assert p.returncode == 0, p.stderr
    status = tracker(["--config", str(cfg), "--db", str(tmp_path / "t.db"), "--now", NOW, "status", "--json"], env)
    assert [row["state"] for row in json.loads(status.stdout)] == ["action_needed"], status.stdout


def test_init_does_not_write_the_id_with_no_trust_server_id(dovecot: Dovecot, tmp_path: Path) -> None:
    own_server_mailbox(dovecot, "mx.example.test")
    cfg = tmp_path / "config.toml"
    r = tracker(init_args(cfg, dovecot, "--no-trust-server-id", "--yes"), base_env(tmp_path, MAIL_PW="s3cret-pw"))
    assert r.returncode == 0, r.stdout + r.stderr
    assert 'Not written; add trusted_authserv_ids = ["mx.example.test"] to [general] later' in r.stdout
    assert load_config(cfg).trusted_authserv_ids == ()
    assert "[general]" not in cfg.read_text()


def test_init_explains_a_server_that_writes_no_verdict(dovecot: Dovecot, tmp_path: Path) -> None:
    before = own_server_mailbox(dovecot, None)
    cfg = tmp_path / "config.toml"
    r = tracker(init_args(cfg, dovecot, "--yes"), base_env(tmp_path, MAIL_PW="s3cret-pw"))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Warning: none of the latest 20 messages carries an Authentication-Results header from your server, " \
           "so no Meta e-mail can be verified" in r.stdout
    assert "What to do: ask your provider" in r.stdout
    assert "OpenDMARC" in r.stdout
    assert load_config(cfg).trusted_authserv_ids == ()
    assert dovecot.flags_snapshot("alice") == before


def test_init_and_doctor_speak_french_about_the_server(dovecot: Dovecot, tmp_path: Path) -> None:
    own_server_mailbox(dovecot, None)
    cfg = tmp_path / "config.toml"
    r = tracker(init_args(cfg, dovecot, "--yes"), base_env(tmp_path, MAIL_PW="s3cret-pw"), lang="fr")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Authentication-Results" in r.stdout
    assert "none of the latest" not in r.stdout
    assert "OpenDMARC" in r.stdout
    _code, _lines, out = doctor(tmp_path, None, base_env(tmp_path, MAIL_PW="s3cret-pw"), lang="fr")
    assert "aucun des 20 derniers messages" in out
    assert "your server" not in out
