"""Real servers for tests, each private to one test: Dovecot IMAP on 127.0.0.1, a D-Bus session
bus, and a notification daemon that records what it is asked to show.

Entry points: `Dovecot`, `SessionBus`, `NotificationRecorder` (the pytest fixtures in
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

__all__ = ["Dovecot", "NotificationRecorder", "ServerError", "SessionBus", "find_dbus_daemon", "find_dovecot"]

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


class Dovecot:
    """A throwaway Dovecot 2.3 on 127.0.0.1 with a plain and an IMAPS port.

    Works as root (the CI case: Dovecot refuses root for logins and mail, hence dovecot/dovenull
    and nobody) and as a normal user (everything runs as that user; ``chroot =`` allows it).
    Mail is seeded by writing Maildir files directly, which is ~30x faster than APPEND.
    """

    def __init__(self, extra_conf: str = "") -> None:
        self.extra_conf = extra_conf  # appended to the config (e.g. an imap_capability without IDLE)
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
        self.conf.write_text(text + ("\n" + self.extra_conf + "\n" if self.extra_conf else ""))

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

        Dovecot's default maildir layout uses ``.`` as hierarchy separator, so ``a/b`` maps to ``.a.b``.
        """
        root = self.home(user) / "Maildir"
        paths = [root]
        if folder.upper() != "INBOX":
            paths.append(root / ("." + folder.replace("/", ".")))
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
