"""``tracker doctor``: every thing tracker depends on, checked one by one, each with what to do.

The checks change nothing: the database is opened only when it exists (never created, its
mode never tightened), folders are listed, not selected for writing. Each check is a
:class:`Check` (name, ok, detail, advice); :func:`run_checks` yields them in order so the
command line can print each line as soon as it is known.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import ssl
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from tracker.config import Config, MailboxConfig, default_config_path, load_config
from tracker.errors import ConfigError, LoginError, MailboxError, StoreError

__all__ = ["Check", "check_config", "check_database", "check_keyring", "check_mailbox", "check_notifications",
           "run_checks"]

#: The longest a network check waits, whatever the mailbox's own timeout.
NETWORK_TIMEOUT: Final = 20


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    advice: str = ""


def _ok(name: str, detail: str) -> Check:
    return Check(name, True, detail)


def _problem(name: str, detail: str, advice: str) -> Check:
    return Check(name, False, detail, advice)


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


# ---- configuration ----------------------------------------------------------------------------


def config_path(path: Path | None) -> Path:
    if path is not None:
        return path
    env = os.environ.get("TRACKER_CONFIG")
    return Path(env) if env else default_config_path()


def check_config(path: Path | None) -> tuple[Check, Config | None]:
    """Does the configuration load? (The Config, when it does.)"""
    p = config_path(path)
    if not p.exists():
        return _problem("config", f"{p}: no configuration file",
                        "run `tracker init` (or copy config.example.toml there)"), None
    try:
        cfg = load_config(p)
    except ConfigError as e:
        return _problem("config", "; ".join(e.problems),
                        "fix the file (every key is explained in config.example.toml), or write a new one with "
                        "`tracker init --force`"), None
    if not cfg.mailboxes:
        return _problem("config", f"{p}: loads, but has no [[mailbox]]",
                        "add one with `tracker init --force` or by hand (see config.example.toml)"), cfg
    n = len(cfg.mailboxes)
    return _ok("config", f"{p}: {n} mailbox{'es' if n > 1 else ''} ({', '.join(m.name for m in cfg.mailboxes)})"), cfg


# ---- database ---------------------------------------------------------------------------------


def _db_location(db: str | None, config_url: str | None) -> tuple[str, Path | None]:
    """(URL, SQLite file) without creating anything (resolve_url creates the default folder)."""
    from tracker.store.engine import default_db_path, resolve_url

    if not (db or config_url):
        path = default_db_path()
        return f"sqlite:///{path}", path
    return resolve_url(db, config_url)


def check_database(db: str | None, config_url: str | None) -> Iterator[Check]:
    """The database file: there or creatable, 0600 in a 0700 folder, a schema this tracker knows."""
    try:
        url, path = _db_location(db, config_url)
    except StoreError as e:
        yield _problem("database", str(e), "give --db a file path or a SQLAlchemy URL (or fix [database] url)")
        return
    if path is None:
        yield from _check_database_url(url)
        return
    yield from _check_folder(path.parent)
    if not path.exists():
        yield _check_creatable(path)
        return
    yield from _check_file(path)


def _check_folder(folder: Path) -> Iterator[Check]:
    if not folder.exists():
        return
    st = folder.stat()
    mode = stat.S_IMODE(st.st_mode)
    if mode & 0o077:
        advice = f"chmod 700 {folder}" if st.st_uid == os.getuid() else \
            "keep the database in a folder only you can open (e.g. the default one: leave --db out)"
        yield _problem("database folder", f"{folder} has mode {mode:04o} (others can look inside)", advice)
    else:
        yield _ok("database folder", f"{folder} (mode {mode:04o})")


def _check_creatable(path: Path) -> Check:
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if ancestor.is_dir() and os.access(ancestor, os.W_OK | os.X_OK):
        return _ok("database file", f"{path} does not exist yet; it is created (0600) on first use")
    return _problem("database file", f"{path} does not exist and cannot be created ({ancestor} is not writable)",
                    "choose a writable place with --db, or fix the permissions of that folder")


def _check_file(path: Path) -> Iterator[Check]:
    st = path.stat()
    mode = stat.S_IMODE(st.st_mode)
    if not path.is_file():
        yield _problem("database file", f"{path} is not a file", "give --db the path of a file")
        return
    if mode & 0o077:
        yield _problem("database file", f"{path} has mode {mode:04o}: others can read your Meta e-mails and codes",
                       f"chmod 600 {path}")
    elif not os.access(path, os.R_OK | os.W_OK):
        yield _problem("database file", f"{path} is not readable and writable by you (mode {mode:04o})",
                       f"chmod 600 {path} (as its owner)")
        return
    else:
        yield _ok("database file", f"{path} (mode {mode:04o})")
    yield _check_schema(path)


def _check_schema(path: Path) -> Check:
    from tracker.store.engine import HEAD, REVISIONS

    try:
        # mode=rw: never creates a file; no pragma, no write.
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=5)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            rev = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                rev = str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.Error as e:
        return _problem("database schema", f"{path}: not a usable SQLite database ({_first_line(e)})",
                        "move it away (tracker then starts a new one) or give --db another file")
    return _schema_verdict(str(path), tables, rev, HEAD, REVISIONS)


def _schema_verdict(where: str, tables: set[str], rev: str | None, head: str, known: tuple[str, ...]) -> Check:
    if rev is None:
        if tables - {"sqlite_sequence", "alembic_version"}:
            return _problem("database schema", f"{where}: not a tracker database (tables: "
                            f"{', '.join(sorted(tables)[:5])})", "give --db another file")
        return _ok("database schema", f"{where}: empty; the schema is created on first use")
    if rev not in known:
        return _problem("database schema", f"{where}: written by a newer tracker (schema revision {rev})",
                        "upgrade tracker (pipx upgrade tracker / pip install -U .)")
    if rev != head:
        return _ok("database schema", f"{where}: revision {rev}; upgraded to {head} on next use")
    return _ok("database schema", f"{where}: revision {rev} (current)")


def _check_database_url(url: str) -> Iterator[Check]:
    from sqlalchemy import create_engine

    from tracker.store.engine import HEAD, REVISIONS, current_revision

    where = url.split("@")[-1]
    try:
        engine = create_engine(url)
    except Exception as e:
        yield _problem("database", f"{where}: cannot use this URL ({type(e).__name__})",
                       "check the URL and that its database driver is installed")
        return
    try:
        rev = current_revision(engine, where)
    except StoreError as e:
        yield _problem("database", str(e), "check the server, the URL and your rights on the database")
        return
    except Exception as e:
        yield _problem("database", f"{where}: cannot connect ({type(e).__name__})",
                       "check the server, the URL and that its database driver is installed")
        return
    finally:
        engine.dispose()
    yield _ok("database", f"{where} (not a file: permissions are the server's business)")
    yield _schema_verdict(where, set(), rev, HEAD, REVISIONS)


# ---- keyring ----------------------------------------------------------------------------------


def check_keyring(cfg: Config) -> Iterator[Check]:
    users = [m for m in cfg.mailboxes if m.keyring]
    if not users:
        yield _ok("keyring", "not used (no mailbox has keyring = true)")
        return
    other = "or use password_env / password_command for this mailbox (see `tracker init`)"
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as e:
        yield _problem("keyring", f"the keyring cannot be loaded ({type(e).__name__})",
                       f"install a Secret Service keyring (GNOME Keyring, KeePassXC, KWallet) {other}")
        return
    kind = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        priority = float(backend.priority)
    except Exception:
        priority = 0.0
    if priority <= 0 or kind.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
        yield _problem("keyring", f"no usable keyring backend ({kind})",
                       f"start or install a Secret Service keyring (GNOME Keyring, KeePassXC, KWallet) {other}")
        return
    for m in users:
        name = f"keyring ({m.name})"
        try:
            value = keyring.get_password("tracker", m.username)
        except Exception as e:
            yield _problem(name, f"{kind}: cannot read ({type(e).__name__}; locked?)",
                           f"unlock the keyring (log in to the desktop session) {other}")
            continue
        if not value:
            yield _problem(name, f"{kind}: no password for service 'tracker', user {m.username!r}",
                           f"store it: keyring set tracker {m.username}")
        else:
            yield _ok(name, f"{kind}: a password is stored for {m.username!r}")


# ---- mailboxes --------------------------------------------------------------------------------


def _hint(mb: MailboxConfig) -> str:
    try:
        from tracker.setup_wizard import preset_for_host

        preset = preset_for_host(mb.host)
    except Exception:
        preset = None
    return f" ({preset.name}: {preset.notes})" if preset is not None and preset.notes else ""


def _readline(sock: socket.socket) -> bytes:
    buf = b""
    while not buf.endswith(b"\n") and len(buf) < 8192:
        chunk = sock.recv(1)
        if not chunk:
            break
        buf += chunk
    return buf


def _tls_handshake(mb: MailboxConfig, timeout: float) -> str:
    """Run the TLS handshake the way tracker does; the protocol version, or an exception."""
    ctx = ssl.create_default_context(cafile=mb.ca_file) if mb.ca_file else ssl.create_default_context()
    with socket.create_connection((mb.host, mb.port), timeout=timeout) as raw:
        if mb.tls == "starttls":
            greeting = _readline(raw)
            if not greeting.startswith(b"* OK"):
                raise ConnectionError(f"unexpected greeting {greeting[:60]!r}")
            raw.sendall(b"t1 STARTTLS\r\n")
            while True:
                line = _readline(raw)
                if not line:
                    raise ConnectionError("the server closed the connection after STARTTLS")
                if line.startswith(b"t1 "):
                    if not line.startswith(b"t1 OK"):
                        raise ConnectionError(f"STARTTLS refused: {line.decode('ascii', 'replace').strip()}")
                    break
        with ctx.wrap_socket(raw, server_hostname=mb.host) as tls:
            return tls.version() or "TLS"


def check_mailbox(mb: MailboxConfig) -> Iterator[Check]:
    """DNS, TCP, TLS, login, then each folder; stops at the first failure (the rest cannot work)."""
    base = f"mailbox {mb.name}"
    timeout = min(mb.timeout, NETWORK_TIMEOUT)
    # DNS
    try:
        infos = socket.getaddrinfo(mb.host, mb.port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        yield _problem(f"{base} / DNS", f"{mb.host}: host name not found ({_first_line(e)})",
                       f"check host = \"{mb.host}\" in the configuration (`tracker init` proposes the usual "
                       "servers) and your network connection")
        return
    addresses = sorted({str(i[4][0]) for i in infos})
    yield _ok(f"{base} / DNS", f"{mb.host} → {', '.join(addresses[:3])}")
    # TCP
    try:
        with socket.create_connection((mb.host, mb.port), timeout=timeout):
            pass
    except ConnectionRefusedError:
        yield _problem(f"{base} / connect", f"{mb.host}:{mb.port}: connection refused",
                       "check the port (993 for tls = \"ssl\", 143 for \"starttls\") and that the server runs")
        return
    except TimeoutError:
        yield _problem(f"{base} / connect", f"{mb.host}:{mb.port}: no answer within {timeout} s",
                       "check the port, your network and any firewall in between")
        return
    except OSError as e:
        yield _problem(f"{base} / connect", f"{mb.host}:{mb.port}: {e.strerror or _first_line(e)}",
                       "check the host, the port and your network")
        return
    yield _ok(f"{base} / connect", f"{mb.host}:{mb.port} accepts connections")
    # TLS
    if mb.tls == "none":
        yield _ok(f"{base} / TLS", "not used (tls = \"none\", allowed to a loopback address only)")
    else:
        try:
            version = _tls_handshake(mb, timeout)
        except ssl.SSLCertVerificationError as e:
            yield _problem(f"{base} / TLS", f"certificate not trusted ({e.verify_message or _first_line(e)})",
                           "check the host name; for a server with its own CA set ca_file = \"/path/ca.pem\"")
            return
        except (ssl.SSLError, ConnectionError) as e:
            yield _problem(f"{base} / TLS", f"handshake failed ({_first_line(e)})",
                           "check tls and port: tls = \"ssl\" goes with 993, \"starttls\" with 143")
            return
        except FileNotFoundError:
            yield _problem(f"{base} / TLS", f"ca_file {mb.ca_file} not found", "fix ca_file or remove it")
            return
        except OSError as e:
            yield _problem(f"{base} / TLS", f"handshake failed ({_first_line(e)})",
                           "check tls, port and ca_file")
            return
        yield _ok(f"{base} / TLS", f"{mb.tls} handshake OK ({version}, certificate verified)")
    # login, folders
    from tracker.imap import ImapConnection

    conn = ImapConnection(mb)
    try:
        conn.connect()
    except LoginError as e:
        yield _problem(f"{base} / login", _first_line(e),
                       "check username and password; many providers need an app password" + _hint(mb))
        return
    except (MailboxError, ConfigError) as e:
        yield _problem(f"{base} / login", _first_line(e),
                       "make the password source work in this shell (password_env, password_command or keyring)")
        return
    try:
        how = "XOAUTH2" if mb.oauth2_token_command else "password"
        yield _ok(f"{base} / login", f"logged in as {mb.username!r} ({how})")
        try:
            names = conn.folders()
        except MailboxError as e:
            yield _problem(f"{base} / folders", _first_line(e), "try again; if it persists, check the server")
            return
        for folder in mb.folders:
            found = folder in names or (folder.upper() == "INBOX" and any(n.upper() == "INBOX" for n in names))
            if found:
                yield _ok(f"{base} / folder {folder}", "exists")
            else:
                shown = ", ".join(names[:12]) + (" ..." if len(names) > 12 else "")
                yield _problem(f"{base} / folder {folder}", f"no folder {folder!r} on the server (folders: {shown})",
                               f"fix folders = [...] (`tracker folders --mailbox {mb.name}` lists them)")
    finally:
        conn.close()


# ---- notifications ----------------------------------------------------------------------------


def check_notifications(cfg: Config | None) -> Iterator[Check]:
    """The session bus, then the notification server on it."""
    if cfg is not None and not cfg.notifications:
        yield _ok("session bus", "not needed ([notifications] enabled = false)")
        return
    headless = "without it the daemon writes notifications to its log instead"
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if not address:
        yield _problem("session bus", "DBUS_SESSION_BUS_ADDRESS is not set (no desktop session here)",
                       f"run tracker inside your desktop session (the systemd --user service gets it there); "
                       f"{headless}")
        yield _problem("notifications", "no session bus, so no notification server",
                       "see the session bus line above")
        return
    try:
        from jeepney.io.blocking import open_dbus_connection

        conn = open_dbus_connection(bus="SESSION")
        conn.close()
    except Exception as e:
        yield _problem("session bus", f"cannot reach {address} ({type(e).__name__})",
                       f"is the desktop session still running? {headless}")
        yield _problem("notifications", "no session bus, so no notification server",
                       "see the session bus line above")
        return
    yield _ok("session bus", address.split(",")[0])
    from tracker.notify import Notifier

    notifier = Notifier()
    try:
        info = notifier.server_info()
    except Exception as e:
        info = None
        why = _first_line(e)
    else:
        why = "nobody owns org.freedesktop.Notifications"
    finally:
        notifier.close()
    if info is None:
        yield _problem("notifications", f"no notification server ({why})",
                       f"start your desktop's notification daemon (GNOME, KDE, dunst, mako...); {headless}")
    else:
        yield _ok("notifications", f"server {info}")


# ---- all of them ------------------------------------------------------------------------------


def run_checks(config: Path | None, db: str | None) -> Iterator[Check]:
    """Every check, in the order the command prints them."""
    first, cfg = check_config(config)
    yield first
    yield from check_database(db, cfg.database_url if cfg is not None else None)
    if cfg is not None:
        yield from check_keyring(cfg)
        for mb in cfg.mailboxes:
            yield from check_mailbox(mb)
    yield from check_notifications(cfg)
