"""Real servers for tests, each private to one test: Dovecot IMAP on 127.0.0.1, a D-Bus session
bus, and a notification daemon that records what it is asked to show; and a PostgreSQL cluster
(one per session, a database per test).

Entry points: `Dovecot`, `SessionBus`, `NotificationRecorder`, `Postgres` (the pytest fixtures in
`tests/conftest.py` wrap them). The recipes and the figures behind them are in the shared
`docs/testing.md`: configs in a 0755 `mkdtemp()` directory, ports found by binding to port 0,
whole process groups stopped with SIGTERM. Nothing here imports pytest, so benchmarks and
scripts can use the servers too.
"""

from __future__ import annotations

import contextlib
import grp
import itertools
import json
import os
import pwd
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from imapclient import imap_utf7

__all__ = [
    "DOVECOT_MAJOR", "GMAIL_FRENCH_FOLDERS", "Dovecot", "NotificationRecorder", "Postgres", "ServerError",
    "SessionBus", "check_dovecot_version", "dovecot_version", "find_dbus_daemon", "find_dovecot", "find_postgres",
]

HOST = "127.0.0.1"
_SBIN = "/usr/sbin:/sbin:/usr/local/sbin"  # a normal user's PATH often lacks sbin, where dovecot lives
_FATAL = 89  # dovecot's exit code for any fatal error (FATAL_DEFAULT), a port clash among them
_START_ATTEMPTS = 5
# Even with its whole group SIGTERMed, Dovecot's master sometimes sits in its "wait for children"
# loop (100 ms naps, up to seconds) although they are already zombies; a test server's state is
# thrown away anyway, so it gets this long before SIGKILL.
_DOVECOT_GRACE = 0.1
_seed_counter = itertools.count()


class ServerError(RuntimeError):
    """A test server is missing, did not start, or refused a command; the message says which."""


def find_dovecot() -> str | None:
    """Path of the dovecot binary, also looking in sbin directories that PATH may leave out."""
    return shutil.which("dovecot") or shutil.which("dovecot", path=_SBIN)


_version_cache: dict[str, str] = {}
DOVECOT_MAJOR = "2.3"  # the configuration syntax written below; 2.4 renamed and restructured most settings


def dovecot_version() -> str:
    """``dovecot --version`` (e.g. "2.3.19.1 (9b53102964)"), cached per binary."""
    binary = find_dovecot() or "dovecot"
    if binary not in _version_cache:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False)
        _version_cache[binary] = out.stdout.strip() or out.stderr.strip()
    return _version_cache[binary]


def check_dovecot_version() -> None:
    """Refuse, with a message naming 2.3, any Dovecot whose major version is not the one the
    configuration is written for (2.4 rejects 2.3's passdb/namespace/oauth2 syntax)."""
    version = dovecot_version()
    if not version.startswith(DOVECOT_MAJOR + "."):
        raise ServerError(
            f"these test fixtures write Dovecot {DOVECOT_MAJOR} configuration (passdb oauth2 args file, "
            f"namespace/mailbox special_use), but `dovecot --version` says {version!r}: install Dovecot "
            f"{DOVECOT_MAJOR} (Debian 12's dovecot-imapd is 2.3.19.1) or port tests/servers.py to the new syntax"
        )


#: The folders of a Gmail account whose web interface is in French, by special-use flag
#: (RFC 6154); pass as ``Dovecot(special_use=GMAIL_FRENCH_FOLDERS)``.
GMAIL_FRENCH_FOLDERS: dict[str, str] = {
    "[Gmail]/Tous les messages": "\\All",
    "[Gmail]/Messages envoyés": "\\Sent",
    "[Gmail]/Brouillons": "\\Drafts",
    "[Gmail]/Corbeille": "\\Trash",
    "[Gmail]/Spam": "\\Junk",
    "[Gmail]/Important": "\\Important",
    "[Gmail]/Suivis": "\\Flagged",
}


def find_dbus_daemon() -> str | None:
    """Path of dbus-daemon, or None when the package is not installed."""
    return shutil.which("dbus-daemon") or shutil.which("dbus-daemon", path=_SBIN)


def _free_port() -> int:
    """A port that was free a moment ago; `Dovecot.start` retries if someone takes it meanwhile."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        port: int = s.getsockname()[1]
        return port


def _killpg(proc: subprocess.Popen[Any], grace: float = 5.0) -> None:
    """SIGTERM the whole group, SIGKILL it if the leader outlives `grace`, then reap.

    The group rather than the leader: Dovecot's master alone takes seconds and leaves children
    behind. The final SIGKILL catches any child forked after the SIGTERM went out.
    """
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def _end(proc: subprocess.Popen[Any] | None, directory: Path | None) -> None:
    """Stop a helper process (its whole group) and delete its scratch directory."""
    if proc is not None:
        _killpg(proc)
        if proc.stdout is not None:
            proc.stdout.close()
    if directory is not None:
        shutil.rmtree(directory, ignore_errors=True)


def _read_line(stream: IO[bytes], proc: subprocess.Popen[Any], timeout: float, what: str) -> str:
    """First stdout line of a child, without hanging forever if it never writes one."""
    deadline = time.monotonic() + timeout
    buf = b""
    fd = stream.fileno()
    while not buf.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            raise ServerError(f"{what} printed no line within {timeout} s")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                raise ServerError(f"{what} exited with code {proc.wait()} before it was ready")
            buf += chunk
    return buf.decode().splitlines()[0]


_DOVECOT_CONF = """\
base_dir = {dir}/run
state_dir = {dir}/state
log_path = /dev/stderr
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_fsync = never
mail_location = maildir:~/Maildir
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = {mail_uid}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {dir}/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%n {dir}/passwd
}
service imap-login {
  chroot =
  inet_listener imap {
    port = {port}
  }
  inet_listener imaps {
    port = {ssl_port}
    ssl = yes
  }
}
service anvil {
  chroot =
}
"""


# Dovecot 2.3 `passdb oauth2` args file (doc: https://doc.dovecot.org/2.3/configuration_manual/authentication/oauth2/).
# `post` sends `token=...` as a form; the URL's userinfo becomes HTTP Basic auth, which RFC 7662
# asks of a resource server. The token's `username` must equal the login name.
_OAUTH2_CONF = """\
introspection_mode = post
introspection_url = {url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""


class Dovecot:
    """A throwaway Dovecot 2.3 on 127.0.0.1 with a plain and an IMAPS port.

    Works as root (the CI case: Dovecot refuses root for logins and mail, hence dovecot/dovenull
    and nobody) and as a normal user (everything runs as that user; ``chroot =`` allows it).
    Mail is seeded by writing Maildir files directly, which is ~30x faster than APPEND.

    ``oauth2_introspection_url`` (e.g. ``OAuth2Server.dovecot_introspection_url``) adds Dovecot's
    own ``oauth2`` passdb for the XOAUTH2 and OAUTHBEARER mechanisms: Dovecot POSTs each token
    to that RFC 7662 endpoint and lets the user in only if it answers ``"active": true`` with a
    ``username`` equal to the login name. Password users (``add_user``) keep logging in with
    LOGIN/PLAIN beside it; an OAuth2 user needs ``add_user`` too, for its home (userdb), and its
    password is never tried against a token (the passwd-file passdb is limited to plain/login).
    In this mode the auth penalty is off, so failed logins answer NO in ~0.5 s, not up to 15 s.

    ``special_use`` maps folder names to RFC 6154 flags (``{"Tous les messages": "\\All"}``,
    or ``GMAIL_FRENCH_FOLDERS``): Dovecot creates and subscribes them at each user's first login
    and reports the flags in LIST. The namespace then uses ``/`` as separator, as Gmail does.
    """

    def __init__(self, extra_conf: str = "", *, oauth2_introspection_url: str | None = None,
                 special_use: dict[str, str] | None = None) -> None:
        self.extra_conf = extra_conf  # appended to the config (e.g. an imap_capability without IDLE)
        self.oauth2_introspection_url = oauth2_introspection_url
        self.special_use = dict(special_use or {})
        self._dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._port = 0
        self._ssl_port = 0
        self._users: dict[str, str] = {}
        if os.geteuid() == 0:
            self._internal_user, self._internal_group, self._login_user = "dovecot", "dovecot", "dovenull"
            self.mail_uid = pwd.getpwnam("nobody").pw_uid
            self.mail_gid = _gid_of("nogroup", "nobody")
        else:
            try:
                me = pwd.getpwuid(os.getuid()).pw_name
                group = grp.getgrgid(os.getgid()).gr_name
            except KeyError as e:
                raise ServerError("rootless Dovecot needs the current uid/gid to have names in /etc/passwd") from e
            self._internal_user, self._internal_group, self._login_user = me, group, me
            self.mail_uid, self.mail_gid = os.getuid(), os.getgid()

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 10.0) -> Self:
        """Start and wait for the ``* OK`` greeting, picking new ports if the chosen ones got taken."""
        if find_dovecot() is None:
            raise ServerError(
                "dovecot is not installed: apt-get install -y --no-install-recommends dovecot-imapd "
                "(tests need the dovecot and doveadm binaries)"
            )
        check_dovecot_version()
        if self.running:
            return self
        directory = self._prepare()
        log_path = directory / "dovecot.log"
        for _attempt in range(_START_ATTEMPTS):
            logged = len(self.log())
            self._port, self._ssl_port = _free_port(), _free_port()
            while self._ssl_port == self._port:
                self._ssl_port = _free_port()
            self._write_conf()
            code = self._spawn(log_path, timeout)
            if code is None:
                return self
            if code != _FATAL or "Address already in use" not in self.log()[logged:]:
                break
        log_text = self.log()
        self.stop()
        raise ServerError(f"dovecot did not start (exit code {code}):\n{log_text}")

    def start_if_needed(self) -> Self:
        """Start unless already running; for fixtures shared between tests."""
        return self if self.running else self.start()

    def stop(self) -> None:
        """Kill the process group and delete the directory; safe to call twice."""
        self._kill()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None
            self._users.clear()

    def restart(self, timeout: float = 10.0) -> Self:
        """Kill the server and start it again on the same ports with the same mail and users:
        clients see their connection drop, then can reconnect (a reconnect-path test)."""
        self._kill()
        log_path = self.directory / "dovecot.log"
        code = self._spawn(log_path, timeout)
        if code is not None:
            raise ServerError(f"dovecot did not restart (exit code {code}):\n{self.log()}")
        return self

    def _kill(self) -> None:
        if self._proc is not None:
            _killpg(self._proc, _DOVECOT_GRACE)
            self._proc = None

    def __enter__(self) -> Self:
        return self.start_if_needed()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def _prepare(self) -> Path:
        """Create the directory, the cert and an empty passwd file once per instance."""
        if self._dir is not None:
            return self._dir
        d = Path(tempfile.mkdtemp(prefix="dovecot-test-"))
        # 0755: auth runs as `dovecot` and must traverse it (pytest's tmp_path is under a 0700 dir).
        d.chmod(0o755)
        self._dir = d
        for sub in ("run", "state"):
            (d / sub).mkdir()
        mail = d / "mail"
        mail.mkdir()
        self._chown(mail)
        (d / "passwd").write_text("")
        # EC, not RSA: 6 ms instead of 0.2 s.
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
             "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem")],
            check=True, capture_output=True,
        )
        return d

    def _write_conf(self) -> None:
        # str.replace, not str.format: the config's own braces would trip format().
        values = {
            "{dir}": str(self.directory), "{internal_user}": self._internal_user,
            "{internal_group}": self._internal_group, "{login_user}": self._login_user,
            "{mail_uid}": str(self.mail_uid), "{port}": str(self._port), "{ssl_port}": str(self._ssl_port),
        }
        text = _DOVECOT_CONF
        for key, value in values.items():
            text = text.replace(key, value)
        if self.oauth2_introspection_url:
            text = self._with_oauth2(text)
        if self.special_use:
            text += self._namespace_conf()
        self.conf.write_text(text + ("\n" + self.extra_conf + "\n" if self.extra_conf else ""))

    @property
    def oauth2_conf(self) -> Path:
        """The oauth2 passdb's args file (Dovecot 2.3: ``passdb { driver = oauth2  args = FILE }``)."""
        return self.directory / "dovecot-oauth2.conf.ext"

    def _with_oauth2(self, text: str) -> str:
        """Add XOAUTH2/OAUTHBEARER and the oauth2 passdb; restrict passwd-file to password mechanisms."""
        assert self.oauth2_introspection_url is not None
        self.oauth2_conf.write_text(_OAUTH2_CONF.replace("{url}", self.oauth2_introspection_url))
        text = text.replace("auth_mechanisms = plain login\n", "auth_mechanisms = plain login xoauth2 oauthbearer\n")
        passwd = "passdb {\n  driver = passwd-file\n"
        if passwd not in text:
            raise ServerError("the Dovecot template changed: cannot find the passwd-file passdb")
        oauth2 = f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {self.oauth2_conf}\n}}\n"
        text = text.replace(passwd, oauth2 + passwd + "  mechanisms = plain login\n")
        # No auth penalty (2, 4, 8, 15 s per failure from one IP): token tests fail on purpose several
        # times in a row. Dovecot 2.3's documented switch: make the penalty socket unreachable.
        anvil = "service anvil {\n  chroot =\n"
        return text.replace(anvil, anvil + "  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n")

    def _namespace_conf(self) -> str:
        """The inbox namespace with one ``mailbox`` section per special-use folder."""
        lines = ["namespace inbox {", "  inbox = yes", "  separator = /"]
        for name, flag in self.special_use.items():
            if '"' in name or "\\" in name or not flag.startswith("\\"):
                raise ValueError(f"bad special-use folder {name!r} = {flag!r}")
            lines += [f'  mailbox "{name}" {{', "    auto = subscribe", f"    special_use = {flag}", "  }"]
        return "\n".join([*lines, "}", ""])

    def _spawn(self, log_path: Path, timeout: float) -> int | None:
        """Run the master in its own session (so killpg reaches every child); see _wait_greeting."""
        binary = find_dovecot() or "dovecot"
        with log_path.open("ab") as log:
            self._proc = subprocess.Popen(
                [binary, "-F", "-c", str(self.conf)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
            )
        code = self._wait_greeting(timeout)
        if code is not None:
            self._proc = None
        return code

    def _wait_greeting(self, timeout: float) -> int | None:
        """None once the server greets; the exit code if the master died first."""
        assert self._proc is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self._proc.poll()
            if code is not None:
                return code
            try:
                with socket.create_connection((HOST, self._port), timeout=1.0) as s:
                    if s.makefile("rb").readline().startswith(b"* OK"):
                        return None
            except OSError:
                pass
            time.sleep(0.005)
        _killpg(self._proc, _DOVECOT_GRACE)
        return -1

    # -- where things are ------------------------------------------------------------------
    @property
    def directory(self) -> Path:
        if self._dir is None:
            raise ServerError("Dovecot has no directory yet: call start() first")
        return self._dir

    @property
    def host(self) -> str:
        return HOST

    @property
    def port(self) -> int:
        """The plain IMAP port (LOGIN allowed without TLS, STARTTLS offered)."""
        return self._port

    @property
    def ssl_port(self) -> int:
        """The IMAPS port; verify with ``ssl.create_default_context(cafile=dovecot.cafile)``."""
        return self._ssl_port

    @property
    def cafile(self) -> str:
        """The self-signed certificate (CN localhost, SAN 127.0.0.1), as a str for ssl's sake."""
        return str(self.directory / "cert.pem")

    @property
    def conf(self) -> Path:
        return self.directory / "dovecot.conf"

    def log(self) -> str:
        """What Dovecot logged so far: the first thing to read when a test fails oddly."""
        path = self._dir / "dovecot.log" if self._dir is not None else None
        return path.read_text(errors="replace") if path is not None and path.exists() else ""

    # -- users and mail --------------------------------------------------------------------
    def add_user(self, name: str, password: str) -> Path:
        """Add a login (the passwd file is re-read live) and return its home directory."""
        if ":" in name or ":" in password or "\n" in name + password:
            raise ValueError("user name and password may not contain ':' or newlines")
        home = self.home(name)
        home.mkdir(exist_ok=True)
        self._chown(home)
        self._users[name] = password
        lines = "".join(
            f"{u}:{{PLAIN}}{p}:{self.mail_uid}:{self.mail_gid}::{self.home(u)}\n" for u, p in self._users.items()
        )
        passwd = self.directory / "passwd"
        tmp = passwd.with_suffix(".tmp")
        tmp.write_text(lines)
        tmp.replace(passwd)  # atomic, so auth never reads half a file
        return home

    def home(self, user: str) -> Path:
        return self.directory / "mail" / user

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        """The folder's Maildir, created if needed: INBOX is ``~/Maildir``, others Maildir++ ``.Name``.

        Dovecot's default maildir layout uses ``.`` as hierarchy separator, so ``a/b`` maps to ``.a.b``;
        a non-ASCII name is stored in modified UTF-7 ("Messages envoyés" is ``.Messages envoy&AOk-s``).
        """
        root = self.home(user) / "Maildir"
        paths = [root]
        if folder.upper() != "INBOX":
            # Dovecot stores folder names in modified UTF-7 (RFC 3501 5.1.3) on disk.
            name = folder if folder.isascii() else imap_utf7.encode(folder).decode("ascii")
            paths.append(root / ("." + name.replace("/", ".")))
        for path in paths:
            for sub in ("", "cur", "new", "tmp"):
                d = path / sub
                if not d.exists():
                    d.mkdir(parents=True)
                    self._chown(d)
        if len(paths) > 1:
            marker = paths[1] / "maildirfolder"
            if not marker.exists():
                marker.touch()
                self._chown(marker)
        return paths[-1]

    def seed(self, user: str, messages: list[bytes], folder: str = "INBOX", seen: set[int] | None = None,
             start_index: int = 0) -> list[Path]:
        """Write messages straight into ``cur/``; UIDs then follow the list order.

        Message ``i`` is named ``{start_index + i:08d}.M{start_index + i}P1.seed,S=<size>:2,<flags>``
        (zero padding makes filename order, hence UID order, predictable; seed again with a higher
        start_index to add more). ``seen`` holds indexes into ``messages`` that get the ``S`` flag.
        The mtime is the Date: header, which Dovecot reports as INTERNALDATE.
        """
        seen = seen or set()
        cur = self.maildir(user, folder) / "cur"
        written = []
        for i, raw in enumerate(messages):
            n = start_index + i
            flags = "S" if i in seen else ""
            path = cur / f"{n:08d}.M{n}P1.seed,S={len(raw)}:2,{flags}"
            path.write_bytes(raw)
            self._stamp(path, raw)
            self._chown(path)
            written.append(path)
        return written

    def deliver(self, user: str, raw: bytes, folder: str = "INBOX") -> Path:
        """Deliver the way an MDA does (``tmp/`` then rename into ``new/``), for a client that IDLEs.

        Dovecot notices within ~0.5 s; INTERNALDATE is the Date: header when present.
        """
        box = self.maildir(user, folder)
        name = f"{time.time_ns()}.M{next(_seed_counter)}P{os.getpid()}.deliver,S={len(raw)}"
        tmp = box / "tmp" / name
        tmp.write_bytes(raw)
        self._stamp(tmp, raw)
        self._chown(tmp)
        final = box / "new" / name
        tmp.rename(final)
        return final

    def flags_snapshot(self, user: str, folder: str = "INBOX") -> list[str]:
        """Sorted file names in ``cur/`` and ``new/``: flags live in the names, so equal snapshots
        prove that a client changed no flag (``\\Seen`` would append ``S`` after ``:2,``)."""
        box = self.maildir(user, folder)
        return sorted(p.name for sub in ("cur", "new") for p in (box / sub).iterdir())

    # -- administration --------------------------------------------------------------------
    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``doveadm -c CONF ...``; without -c it would act on the system's /etc/dovecot."""
        doveadm = shutil.which("doveadm") or shutil.which("doveadm", path=_SBIN) or "doveadm"
        result = subprocess.run([doveadm, "-c", str(self.conf), *args], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise ServerError(f"doveadm {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
        return result

    def set_uidvalidity(self, user: str, folder: str, value: int) -> None:
        """New UIDVALIDITY, same UIDs; a session with the folder selected must relogin.

        No ``--min-next-uid``: it hid messages (testing.md).
        """
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(value), folder)

    # -- helpers ---------------------------------------------------------------------------
    def _chown(self, path: Path) -> None:
        """As root, mail must belong to the mail uid (Dovecot will not access mail as root)."""
        if os.geteuid() == 0:
            os.chown(path, self.mail_uid, self.mail_gid)

    @staticmethod
    def _stamp(path: Path, raw: bytes) -> None:
        date = BytesHeaderParser().parsebytes(raw).get("Date")
        if date is None:
            return
        try:
            when = parsedate_to_datetime(str(date)).timestamp()
        except (TypeError, ValueError):
            return
        os.utime(path, (when, when))


def _gid_of(*names: str) -> int:
    """The first group that exists: Debian calls nobody's group nogroup, others call it nobody."""
    for name in names:
        try:
            return grp.getgrnam(name).gr_gid
        except KeyError:
            continue
    return 65534


_BUS_CONF = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class SessionBus:
    """A private dbus-daemon: no ``<servicedir>``, so no real notification daemon can be
    activated behind a test's back (which ``--session`` would do)."""

    def __init__(self) -> None:
        self._dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self.address = ""

    def start(self, timeout: float = 5.0) -> Self:
        binary = find_dbus_daemon()
        if binary is None:
            raise ServerError("dbus-daemon is not installed: apt-get install -y --no-install-recommends dbus-daemon")
        if self._proc is not None and self._proc.poll() is None:
            return self
        self._dir = Path(tempfile.mkdtemp(prefix="dbus-test-"))
        conf = self._dir / "bus.conf"
        conf.write_text(_BUS_CONF.replace("{dir}", str(self._dir)))
        self._proc = subprocess.Popen(
            [binary, "--config-file", str(conf), "--nofork", "--nopidfile", "--print-address=1"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        assert self._proc.stdout is not None
        try:
            self.address = _read_line(self._proc.stdout, self._proc, timeout, "dbus-daemon")
        except ServerError:
            self.stop()
            raise
        return self

    def env(self) -> dict[str, str]:
        """os.environ plus this bus as the session bus, for subprocesses."""
        return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}

    def stop(self) -> None:
        """SIGTERM, then delete the directory (the daemon leaves its socket file behind)."""
        _end(self._proc, self._dir)
        self._proc, self._dir = None, None
        self.address = ""

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


class NotificationRecorder:
    """Runs ``tests/notification_recorder.py`` on a bus and reads back what it recorded.

    A separate process rather than a thread, so the code under test talks to it exactly as it
    would to a desktop's daemon, and a hung client cannot block the recorder.
    """

    SCRIPT = Path(__file__).with_name("notification_recorder.py")

    def __init__(self, bus: SessionBus | str) -> None:
        self.address = bus.address if isinstance(bus, SessionBus) else bus
        self._dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self.unique_name = ""

    @property
    def path(self) -> Path:
        """The JSON-lines file, one object per Notify call."""
        if self._dir is None:
            raise ServerError("NotificationRecorder is not started")
        return self._dir / "notifications.jsonl"

    def start(self, timeout: float = 10.0) -> Self:
        if not self.address:
            raise ServerError("NotificationRecorder needs a bus address (is the SessionBus started?)")
        self._dir = Path(tempfile.mkdtemp(prefix="notify-test-"))
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}
        with (self._dir / "stderr.log").open("wb") as err_log:
            self._proc = subprocess.Popen(
                [sys.executable, str(self.SCRIPT), str(self.path)],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err_log, env=env, start_new_session=True,
            )
        assert self._proc.stdout is not None
        try:
            line = _read_line(self._proc.stdout, self._proc, timeout, "notification recorder")
        except ServerError as e:
            err = (self._dir / "stderr.log").read_text(errors="replace")
            self.stop()
            raise ServerError(f"{e}\n{err}") from e
        if not line.startswith("READY"):
            self.stop()
            raise ServerError(f"notification recorder said {line!r} instead of READY")
        self.unique_name = line.partition(" ")[2]
        return self

    def records(self) -> list[dict[str, Any]]:
        """Every Notify so far, oldest first: app_name, replaces_id, app_icon, summary, body,
        actions (flat key/label list), hints (urgency as int), expire_timeout, time, id."""
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def wait_for(self, n: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        """At least n records, or TimeoutError naming what did arrive."""
        deadline = time.monotonic() + timeout
        while True:
            got = self.records()
            if len(got) >= n:
                return got
            if time.monotonic() >= deadline:
                raise TimeoutError(f"expected {n} notifications within {timeout} s, got {len(got)}: {got}")
            time.sleep(0.01)

    def invoke_action(self, notification_id: int, key: str = "default") -> None:
        """Make the recorder emit ``ActionInvoked(id, key)``, as a user's click would."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import unwrap_msg

        target = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                             interface="org.example.NotificationRecorder")
        with open_dbus_connection(bus=self.address) as conn:
            unwrap_msg(conn.send_and_get_reply(new_method_call(target, "InvokeAction", "us", (notification_id, key)),
                                               timeout=5))

    def stop(self) -> None:
        _end(self._proc, self._dir)
        self._proc, self._dir = None, None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


# -- PostgreSQL (issue 17, item 25) -----------------------------------------------------------------

def find_postgres() -> Path | None:
    """The folder of PostgreSQL's server programs (initdb, postgres), or None when not installed.

    Debian keeps them out of PATH, in /usr/lib/postgresql/<major>/bin: the newest is taken.
    """
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return versions[-1].parent if versions else None


class Postgres:
    """A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, trusting local connections.

    ``initdb`` and ``postgres`` refuse to run as root: under root both run as ``nobody``
    (``setpriv``), in a 0755 ``mkdtemp()`` directory they can reach. Durability is switched off
    (``fsync``, ``synchronous_commit``, ``full_page_writes``): the cluster lives for one session.
    ``create_database()`` gives each test a database of its own, its URL ready for ``--db``.
    """

    SUPERUSER = "tracker"

    def __init__(self) -> None:
        self._dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self._names = itertools.count(1)

    def _as_owner(self, argv: list[str]) -> list[str]:
        if os.geteuid() != 0:
            return argv
        nobody = pwd.getpwnam("nobody")
        return ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups", *argv]

    def start(self, timeout: float = 30.0) -> Self:
        bindir = find_postgres()
        if bindir is None:
            raise ServerError("PostgreSQL is not installed: apt-get install -y --no-install-recommends postgresql")
        self._dir = Path(tempfile.mkdtemp(prefix="postgres-test-"))
        self._dir.chmod(0o755)
        for sub in ("data", "run"):
            (self._dir / sub).mkdir(mode=0o700)
            if os.geteuid() == 0:
                nobody = pwd.getpwnam("nobody")
                os.chown(self._dir / sub, nobody.pw_uid, nobody.pw_gid)
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "TZ": "UTC"}
        init = subprocess.run(self._as_owner([str(bindir / "initdb"), "-D", str(self._dir / "data"), "-U",
                                              self.SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-sync"]),
                              env=env, capture_output=True, text=True, check=False, cwd=self._dir)
        if init.returncode != 0:
            self.stop()
            raise ServerError(f"initdb failed:\n{init.stdout}\n{init.stderr}")
        for _attempt in range(_START_ATTEMPTS):
            self.port = _free_port()
            if self._spawn(bindir, env, timeout):
                return self
        self.stop()
        raise ServerError(f"PostgreSQL did not start:\n{self.log()}")

    def _spawn(self, bindir: Path, env: dict[str, str], timeout: float) -> bool:
        assert self._dir is not None
        settings = {"listen_addresses": HOST, "port": str(self.port), "unix_socket_directories": str(self._dir / "run"),
                    "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", "max_connections": "50"}
        argv = [str(bindir / "postgres"), "-D", str(self._dir / "data")]
        for key, value in settings.items():
            argv += ["-c", f"{key}={value}"]
        with (self._dir / "postgres.log").open("ab") as log:
            self._proc = subprocess.Popen(self._as_owner(argv), env=env, stdin=subprocess.DEVNULL, stdout=log,
                                          stderr=log, start_new_session=True, cwd=self._dir)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._proc.poll() is None:
            with contextlib.suppress(OSError), socket.create_connection((HOST, self.port), timeout=0.5):
                if self._ready():
                    return True
            time.sleep(0.05)
        _killpg(self._proc)
        self._proc = None
        return False

    def _ready(self) -> bool:
        import psycopg

        try:
            with psycopg.connect(self._dsn("postgres"), connect_timeout=2):
                return True
        except psycopg.OperationalError:
            return False  # "the database system is starting up"

    def _dsn(self, database: str) -> str:
        return f"host={HOST} port={self.port} user={self.SUPERUSER} dbname={database}"

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of ``database`` (psycopg 3), as ``--db`` takes it."""
        return f"postgresql+psycopg://{self.SUPERUSER}@{HOST}:{self.port}/{database}"

    def create_database(self) -> str:
        """A new, empty database; its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")  # a generated identifier, not input
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def log(self) -> str:
        path = self._dir / "postgres.log" if self._dir else None
        return path.read_text(errors="replace") if path and path.exists() else ""

    def stop(self) -> None:
        """A "fast" shutdown (SIGINT: SIGTERM's "smart" one waits for every client to leave), then
        the group is ended and the cluster deleted."""
        if self._proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._proc.wait(5)
        _end(self._proc, self._dir)
        self._proc, self._dir = None, None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
