"""``tracker doctor``: every thing tracker depends on, checked one by one, each with what to do.

The checks change nothing: the database is opened only when it exists (never created, its
mode never tightened), folders are listed, and the latest messages' headers (which tell whose
verdicts count, :mod:`tracker.core.classify.server_id`) are read after EXAMINE with
``BODY.PEEK[HEADER]``, so no flag changes. Each check is a
:class:`Check` (name, ok, detail, advice); :func:`run_checks` yields them in order so the
command line can print each line as soon as it is known.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import ssl
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from tracker.config import Config, MailboxConfig, default_config_path, load_config, too_open
from tracker.errors import ConfigError, LoginError, MailboxError, StoreError, first_line
from tracker.i18n import _, ngettext

if TYPE_CHECKING:
    from tracker.core.classify.server_id import ServerSurvey
    from tracker.mail.imap import ImapConnection

__all__ = ["Check", "check_config", "check_config_mode", "check_database", "check_keyring", "check_mailbox",
           "check_notifications", "has_folder", "no_verdict_advice", "run_checks", "survey_folders", "verdict_checks"]

#: The longest a network check waits, whatever the mailbox's own timeout.
NETWORK_TIMEOUT: Final = 20


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    advice: str = ""
    info: bool = False  # not a problem, but worth knowing (and ``advice`` says what it means)


def _ok(name: str, detail: str) -> Check:
    return Check(name, True, detail)


def _problem(name: str, detail: str, advice: str) -> Check:
    return Check(name, False, detail, advice)


def _info(name: str, detail: str, advice: str) -> Check:
    return Check(name, True, detail, advice, info=True)


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
        return _problem(_("config"), _("{path}: no configuration file").format(path=p),
                        _("run `tracker init` (or start from `tracker config example`)")), None
    try:
        cfg = load_config(p)
    except ConfigError as e:
        return _problem(_("config"), "; ".join(e.problems),
                        _("fix the file (`tracker config example` explains every key), or write a new one with "
                          "`tracker init --force`")), None
    if not cfg.mailboxes:
        return _problem(_("config"), _("{path}: loads, but has no [[mailbox]]").format(path=p),
                        _("add one with `tracker init --force` or by hand (see `tracker config example`)")), cfg
    n = len(cfg.mailboxes)
    names = ", ".join(m.name for m in cfg.mailboxes)
    return _ok(_("config"), ngettext("{path}: {n} mailbox ({names})", "{path}: {n} mailboxes ({names})", n)
               .format(path=p, n=n, names=names)), cfg


def check_config_mode(cfg: Config | None) -> Iterator[Check]:
    """A file holding a password or token command must be private (nothing to say otherwise)."""
    if cfg is None or cfg.path is None:
        return
    p = cfg.path
    try:
        mode = stat.S_IMODE(p.stat().st_mode)
    except OSError:
        return
    key = too_open(mode, cfg)
    if key is not None:
        yield _problem(_("config file"), _("{path} has mode {mode} and holds {key}: other users can read it")
                       .format(path=p, mode=f"{mode:04o}", key=key), f"chmod 600 {p}")


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
        yield _problem(_("database"), str(e), _("give --db a file path or a SQLAlchemy URL (or fix [database] url)"))
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
            _("keep the database in a folder only you can open (e.g. the default one: leave --db out)")
        yield _problem(_("database folder"), _("{folder} has mode {mode} (others can look inside)")
                       .format(folder=folder, mode=f"{mode:04o}"), advice)
    else:
        yield _ok(_("database folder"), _("{folder} (mode {mode})").format(folder=folder, mode=f"{mode:04o}"))


def _check_creatable(path: Path) -> Check:
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if ancestor.is_dir() and os.access(ancestor, os.W_OK | os.X_OK):
        return _ok(_("database file"), _("{path} does not exist yet; it is created (0600) on first use")
                   .format(path=path))
    return _problem(_("database file"), _("{path} does not exist and cannot be created ({folder} is not writable)")
                    .format(path=path, folder=ancestor),
                    _("choose a writable place with --db, or fix the permissions of that folder"))


def _check_file(path: Path) -> Iterator[Check]:
    st = path.stat()
    mode = stat.S_IMODE(st.st_mode)
    if not path.is_file():
        yield _problem(_("database file"), _("{path} is not a file").format(path=path),
                       _("give --db the path of a file"))
        return
    octal = f"{mode:04o}"
    if mode & 0o077:
        yield _problem(_("database file"), _("{path} has mode {mode}: others can read your Meta e-mails and codes")
                       .format(path=path, mode=octal), f"chmod 600 {path}")
    elif not os.access(path, os.R_OK | os.W_OK):
        yield _problem(_("database file"), _("{path} is not readable and writable by you (mode {mode})")
                       .format(path=path, mode=octal), _("chmod 600 {path} (as its owner)").format(path=path))
        return
    else:
        yield _ok(_("database file"), _("{path} (mode {mode})").format(path=path, mode=octal))
    yield _check_schema(path)


def _check_schema(path: Path) -> Check:
    from tracker.store.engine import HEAD, REVISIONS

    damaged: str | None = None
    try:
        # mode=rw: never creates a file; no pragma that writes, no write.
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=5)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            rev = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                rev = str(row[0]) if row else None
            verdict = _schema_verdict(str(path), tables, rev, HEAD, REVISIONS)
            if verdict.ok and rev is not None:
                # Reads every page: a garbled one otherwise shows only when a command reaches it.
                found = [str(r[0]) for r in conn.execute("PRAGMA quick_check(1)")]
                damaged = None if found == ["ok"] else _first_problem(found)
        except sqlite3.DatabaseError as e:
            if e.sqlite_errorcode & 0xFF != sqlite3.SQLITE_CORRUPT:
                raise
            damaged = first_line(e)
        finally:
            conn.close()
    except sqlite3.Error as e:
        return _problem(_("database schema"), _("{path}: not a usable SQLite database ({why})")
                        .format(path=path, why=first_line(e)),
                        _("move it away (tracker then starts a new one) or give --db another file"))
    if damaged is not None:
        return _problem(_("database integrity"), _("{path}: the database file is damaged ({why})")
                        .format(path=path, why=damaged),
                        _("restore it from a backup, or move it away to start a new one (the mail is read again, "
                          "marks made by hand are lost)"))
    return verdict


def _first_problem(report: list[str]) -> str:
    """The first line of an integrity report that says something ("*** in database main ***" does not)."""
    lines = [ln.strip() for r in report for ln in r.splitlines() if ln.strip() and not ln.startswith("***")]
    return lines[0] if lines else "quick_check"


def _schema_verdict(where: str, tables: set[str] | None, rev: str | None, head: str,
                    known: tuple[str, ...]) -> Check:
    """What the schema says; ``tables`` None when :func:`current_revision` has already judged them."""
    from tracker.store.engine import TRACKER_TABLES

    if tables is not None and (rev is not None or tables - {"sqlite_sequence", "alembic_version"}) \
            and not tables >= TRACKER_TABLES:
        # alembic_version alone proves nothing: another Alembic application has one too
        return _problem(_("database schema"), _("{where}: not a tracker database (tables: {tables})")
                        .format(where=where, tables=", ".join(sorted(tables - {"sqlite_sequence"})[:5])),
                        _("give --db another file"))
    if rev is None:
        return _ok(_("database schema"), _("{where}: empty; the schema is created on first use").format(where=where))
    if rev not in known:
        return _problem(_("database schema"), _("{where}: written by a newer tracker (schema revision {revision})")
                        .format(where=where, revision=rev),
                        _("upgrade tracker (pipx upgrade tracker / pip install -U .)"))
    if rev != head:
        return _ok(_("database schema"), _("{where}: revision {revision}; upgraded to {head} on next use")
                   .format(where=where, revision=rev, head=head))
    return _ok(_("database schema"), _("{where}: revision {revision} (current)").format(where=where, revision=rev))


def _check_database_url(url: str) -> Iterator[Check]:
    from sqlalchemy import create_engine

    from tracker.store.engine import HEAD, REVISIONS, current_revision

    where = url.split("@")[-1]
    try:
        engine = create_engine(url)
    except Exception as e:
        yield _problem(_("database"), _("{where}: cannot use this URL ({why})").format(where=where,
                                                                                      why=type(e).__name__),
                       _("check the URL and that its database driver is installed"))
        return
    try:
        rev = current_revision(engine, where)
    except StoreError as e:
        yield _problem(_("database"), str(e), _("check the server, the URL and your rights on the database"))
        return
    except Exception as e:
        yield _problem(_("database"), _("{where}: cannot connect ({why})").format(where=where, why=type(e).__name__),
                       _("check the server, the URL and that its database driver is installed"))
        return
    finally:
        engine.dispose()
    yield _ok(_("database"), _("{where} (not a file: permissions are the server's business)").format(where=where))
    yield _schema_verdict(where, None, rev, HEAD, REVISIONS)


# ---- keyring ----------------------------------------------------------------------------------


def check_keyring(cfg: Config) -> Iterator[Check]:
    users = [m for m in cfg.mailboxes if m.keyring]
    if not users:
        yield _ok(_("keyring"), _("not used (no mailbox has keyring = true)"))
        return
    other = _("or use password_env / password_command for this mailbox (see `tracker init`)")
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as e:
        yield _problem(_("keyring"), _("the keyring cannot be loaded ({why})").format(why=type(e).__name__),
                       _("install a Secret Service keyring (GNOME Keyring, KeePassXC, KWallet) {other}")
                       .format(other=other))
        return
    kind = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        priority = float(backend.priority)
    except Exception:
        priority = 0.0
    if priority <= 0 or kind.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
        yield _problem(_("keyring"), _("no usable keyring backend ({backend})").format(backend=kind),
                       _("start or install a Secret Service keyring (GNOME Keyring, KeePassXC, KWallet) {other}")
                       .format(other=other))
        return
    for m in users:
        name = _("keyring ({mailbox})").format(mailbox=m.name)
        try:
            value = keyring.get_password("tracker", m.username)
        except Exception as e:
            yield _problem(name, _("{backend}: cannot read ({why}; locked?)").format(backend=kind,
                                                                                   why=type(e).__name__),
                           _("unlock the keyring (log in to the desktop session) {other}").format(other=other))
            continue
        if not value:
            yield _problem(name, _("{backend}: no password for service 'tracker', user {user!r}")
                           .format(backend=kind, user=m.username),
                           _("store it: keyring set tracker {user}").format(user=m.username))
        else:
            yield _ok(name, _("{backend}: a password is stored for {user!r}").format(backend=kind, user=m.username))


# ---- mailboxes --------------------------------------------------------------------------------


def _hint(mb: MailboxConfig) -> str:
    try:
        from tracker.cli.init import preset_for_host

        preset = preset_for_host(mb.host)
    except Exception:
        preset = None
    return f" ({preset.name}: {preset.note()})" if preset is not None and preset.notes else ""


def _login_advice(mb: MailboxConfig) -> str:
    """What to do when the server refused the login: OAuth2 where the provider accepts nothing else."""
    from tracker.mail.oauth import relogin_hint

    if mb.oauth2_provider:
        return _("check that the username is the address you signed in with and that IMAP is enabled for the "
                 "account; then sign in again: {command}").format(command=relogin_hint(mb))
    return _("check username and password; Gmail, Yahoo and iCloud need an app password; Outlook.com, Hotmail and "
             "Microsoft 365 accept only OAuth2 (oauth2_provider, then tracker auth login)") + _hint(mb)


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
                raise ConnectionError(_("unexpected greeting {greeting!r}").format(greeting=greeting[:60]))
            raw.sendall(b"t1 STARTTLS\r\n")
            while True:
                line = _readline(raw)
                if not line:
                    raise ConnectionError(_("the server closed the connection after STARTTLS"))
                if line.startswith(b"t1 "):
                    if not line.startswith(b"t1 OK"):
                        raise ConnectionError(_("STARTTLS refused: {answer}")
                                              .format(answer=line.decode("ascii", "replace").strip()))
                    break
        with ctx.wrap_socket(raw, server_hostname=mb.host) as tls:
            return tls.version() or "TLS"


def check_mailbox(mb: MailboxConfig, trusted_ids: tuple[str, ...] = (),
                  trusted_sealers: tuple[str, ...] = ()) -> Iterator[Check]:
    """DNS, TCP, TLS, login, each folder, then whose verdicts the latest messages carry; stops at
    the first failure of the way in (the rest cannot work)."""
    base = _("mailbox {name}").format(name=mb.name)

    def step(what: str) -> str:
        return f"{base} / {what}"

    timeout = min(mb.timeout, NETWORK_TIMEOUT)
    for stage in (_check_dns(mb, step), _check_connect(mb, step, timeout), _check_tls(mb, step, timeout)):
        for check in stage:
            yield check
            if not check.ok:
                return
    if mb.oauth2_provider:
        check = _check_oauth2(mb, step)
        yield check
        if not check.ok:
            return
    yield from _check_login(mb, step, trusted_ids, trusted_sealers)


def _check_oauth2(mb: MailboxConfig, step: Callable[[str], str]) -> Check:
    """Does the refresh work? A real refresh at the token endpoint: a revoked sign-in shows here,
    not at 3 a.m. in the daemon's log. Says until when the new token is valid, never the token."""
    from datetime import datetime

    from tracker.errors import AuthorizationError
    from tracker.mail.oauth import access_token, relogin_hint, token_info

    name = step("OAuth2")
    try:
        access_token(mb, force_refresh=True)
        info = token_info(mb)
    except AuthorizationError as e:
        return _problem(name, first_line(e), _("sign in again: {command}").format(command=relogin_hint(mb)))
    except ConfigError as e:
        return _problem(name, first_line(e), _("fix the oauth2_* keys of this mailbox (README: OAuth2)"))
    except MailboxError as e:
        return _problem(name, first_line(e), _("check your network; the provider's token endpoint must be "
                                               "reachable"))
    store = _("keyring") if info.store == "keyring" else _("file")
    until = datetime.fromtimestamp(info.expires_at).astimezone().strftime("%H:%M") if info.expires_at else "?"
    return _ok(name, _("the refresh works (token kept in the {store}; new access token valid until {until})")
               .format(store=store, until=until))


def _check_dns(mb: MailboxConfig, step: Callable[[str], str]) -> Iterator[Check]:
    dns = step("DNS")
    try:
        infos = socket.getaddrinfo(mb.host, mb.port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        yield _problem(dns, _("{host}: host name not found ({why})").format(host=mb.host, why=first_line(e)),
                       _("check host = \"{host}\" in the configuration (`tracker init` proposes the usual "
                         "servers) and your network connection").format(host=mb.host))
        return
    addresses = sorted({str(i[4][0]) for i in infos})
    yield _ok(dns, f"{mb.host} → {', '.join(addresses[:3])}")


def _check_connect(mb: MailboxConfig, step: Callable[[str], str], timeout: int) -> Iterator[Check]:
    connect, where = step(_("connect")), f"{mb.host}:{mb.port}"
    try:
        with socket.create_connection((mb.host, mb.port), timeout=timeout):
            pass
    except ConnectionRefusedError:
        yield _problem(connect, _("{where}: connection refused").format(where=where),
                       _("check the port (993 for tls = \"ssl\", 143 for \"starttls\") and that the server runs"))
        return
    except TimeoutError:
        yield _problem(connect, _("{where}: no answer within {seconds} s").format(where=where, seconds=timeout),
                       _("check the port, your network and any firewall in between"))
        return
    except OSError as e:
        yield _problem(connect, f"{where}: {e.strerror or first_line(e)}",
                       _("check the host, the port and your network"))
        return
    yield _ok(connect, _("{where} accepts connections").format(where=where))


def _check_tls(mb: MailboxConfig, step: Callable[[str], str], timeout: int) -> Iterator[Check]:
    tls = step("TLS")
    if mb.tls == "none":
        yield _ok(tls, _("not used (tls = \"none\", allowed to a loopback address only)"))
        return
    try:
        version = _tls_handshake(mb, timeout)
    except ssl.SSLCertVerificationError as e:
        yield _problem(tls, _("certificate not trusted ({why})").format(why=e.verify_message or first_line(e)),
                       _("check the host name; for a server with its own CA set ca_file = \"/path/ca.pem\""))
    except (ssl.SSLError, ConnectionError) as e:
        yield _problem(tls, _("handshake failed ({why})").format(why=first_line(e)),
                       _("check tls and port: tls = \"ssl\" goes with 993, \"starttls\" with 143"))
    except FileNotFoundError:
        yield _problem(tls, _("ca_file {path} not found").format(path=mb.ca_file), _("fix ca_file or remove it"))
    except OSError as e:
        yield _problem(tls, _("handshake failed ({why})").format(why=first_line(e)),
                       _("check tls, port and ca_file"))
    else:
        yield _ok(tls, _("{tls} handshake OK ({version}, certificate verified)").format(tls=mb.tls, version=version))


def _check_login(mb: MailboxConfig, step: Callable[[str], str], trusted_ids: tuple[str, ...],
                 trusted_sealers: tuple[str, ...]) -> Iterator[Check]:
    """The login, then (logged in) the folders and the verdicts, on one connection."""
    from tracker.mail.imap import ImapConnection

    login = step(_("login"))
    conn = ImapConnection(mb)
    try:
        conn.connect()
    except LoginError as e:
        yield _problem(login, first_line(e), _login_advice(mb))
        return
    except (MailboxError, ConfigError) as e:
        yield _problem(login, first_line(e),
                       _("make the password source work in this shell (password_env, password_command or keyring)"))
        return
    try:
        how = (mb.oauth2_mechanism or "XOAUTH2") if mb.oauth2_token_command else _("password")
        if mb.oauth2_provider:
            from tracker.mail.oauth import provider_for

            how = f"OAuth2, {provider_for(mb).mechanism}"
        yield _ok(login, _("logged in as {user!r} ({how})").format(user=mb.username, how=how))
        yield from _check_folders(conn, mb, step, trusted_ids, trusted_sealers)
    finally:
        conn.close()


def has_folder(names: Sequence[str], folder: str) -> bool:
    """Is ``folder`` among the server's ``names``? INBOX in any case, as IMAP says (RFC 3501 5.1)."""
    return folder in names or (folder.upper() == "INBOX" and any(n.upper() == "INBOX" for n in names))


def _check_folders(conn: ImapConnection, mb: MailboxConfig, step: Callable[[str], str],
                   trusted_ids: tuple[str, ...], trusted_sealers: tuple[str, ...]) -> Iterator[Check]:
    """Each configured folder, then the verdicts in those that exist."""
    try:
        names = conn.folders()
    except MailboxError as e:
        yield _problem(step(_("folders")), first_line(e), _("try again; if it persists, check the server"))
        return
    present: list[str] = []
    for folder in mb.folders:
        name = step(_("folder {folder}").format(folder=folder))
        if has_folder(names, folder):
            present.append(folder)
            yield _ok(name, _("exists"))
        else:
            shown = ", ".join(names[:12]) + (" ..." if len(names) > 12 else "")
            yield _problem(name, _("no folder {folder!r} on the server (folders: {folders})")
                           .format(folder=folder, folders=shown),
                           _("fix folders = [...] (`tracker folders --mailbox {mailbox}` lists them)")
                           .format(mailbox=mb.name))
    yield from _check_verdicts(conn, present, step, trusted_ids, trusted_sealers)


# ---- whose verdicts: the user's own server ------------------------------------------------------


def no_verdict_advice() -> str:
    """What to do when the server writes no Authentication-Results (shared with ``tracker init``)."""
    return _("ask your provider to add an Authentication-Results header (DKIM, SPF, DMARC results) to incoming "
             "mail; on a server of your own, add one: OpenDMARC with OpenDKIM, rspamd, or another Postfix milter "
             "or Dovecot filter that writes it")


def _ids(ids: tuple[str, ...]) -> str:
    return ", ".join(f'"{i}"' for i in ids)


def verdict_checks(found: ServerSurvey, name: str, arc_name: str) -> Iterator[Check]:
    """The lines a survey of the latest messages gives (pure: the tests call it without a server)."""
    n = found.messages
    if n == 0:
        yield _ok(name, _("no messages in the watched folders yet: nothing shows which server writes the verdicts"))
        return
    if found.no_verdict:
        yield _problem(name, ngettext(
            "the latest message carries no Authentication-Results header from your server: no Meta e-mail can "
            "be verified, so none will ever move a row",
            "none of the latest {n} messages carries an Authentication-Results header from your server: no Meta "
            "e-mail can be verified, so none will ever move a row", n).format(n=n), no_verdict_advice())
    elif found.configured_missing:
        here = found.proposal
        advice = (_('add "{id}" to trusted_authserv_ids (the id your server writes here), or empty the list to '
                    "let tracker find the verdict").format(id=here[0]) if here else
                  _("empty the list to let tracker find the verdict, or name the id your server writes in its "
                    "Authentication-Results headers"))
        yield _problem(name, ngettext(
            "trusted_authserv_ids = [{ids}] does not appear in the latest message: no Meta e-mail of this "
            "mailbox can be verified",
            "trusted_authserv_ids = [{ids}] appears in none of the latest {n} messages: no Meta e-mail of this "
            "mailbox can be verified", n).format(ids=_ids(found.configured), n=n), advice)
    elif found.configured:
        yield _ok(name, _("your server signs its verdicts as {ids}, as trusted_authserv_ids says")
                  .format(ids=_ids(found.configured_seen)))
    elif found.proposal:
        text = _('your server signs its verdicts as {id}; add trusted_authserv_ids = ["{id}"] to [general]') \
            .format(id=found.proposal[0])
        if found.others:
            others = ", ".join(ngettext("{id} in {n} message", "{id} in {n} messages", k).format(id=i, n=k)
                               for i, k in found.others)
            text += " " + _("(also seen: {others})").format(others=others)
        yield _ok(name, text)
    else:
        yield _ok(name, _("the verdicts are written by {providers}: recognised without configuration")
                  .format(providers=", ".join(found.providers)))
    if found.untrusted_sealers:
        sealers = tuple(s for s, _k in found.untrusted_sealers)
        yield _ok(arc_name, ngettext(
            "mail forwarded by {sealers} passed ARC at your server, but that forwarder is not trusted: if it is "
            "your university's or company's, add trusted_arc_sealers = [{ids}] to [general]",
            "mail forwarded by {sealers} passed ARC at your server, but these forwarders are not trusted: if "
            "they are your university's or company's, add trusted_arc_sealers = [{ids}] to [general]",
            len(sealers)).format(sealers=", ".join(sealers), ids=_ids(sealers)))


def survey_folders(conn: ImapConnection, folders: list[str], trusted_ids: tuple[str, ...] = (),
                   trusted_sealers: tuple[str, ...] = ()) -> ServerSurvey:
    """Read the latest messages' headers of ``folders`` (EXAMINE, BODY.PEEK[HEADER]) and survey them."""
    from tracker.core.classify.lexicon import lexicon
    from tracker.core.classify.server_id import LATEST, survey, trace_of

    headers = [h for f in folders for h in conn.latest_headers(f, LATEST)]
    return survey((trace_of(h) for h in headers), lexicon().receivers, trusted_ids, trusted_sealers)


def _check_verdicts(conn: ImapConnection, folders: list[str], step: Callable[[str], str],
                    trusted_ids: tuple[str, ...], trusted_sealers: tuple[str, ...]) -> Iterator[Check]:
    name = step(_("server verdicts"))
    if not folders:
        return
    try:
        found = survey_folders(conn, folders, trusted_ids, trusted_sealers)
    except MailboxError as e:
        yield _problem(name, first_line(e), _("try again; if it persists, check the server"))
        return
    yield from verdict_checks(found, name, step("ARC"))


# ---- notifications ----------------------------------------------------------------------------


def _has_display() -> bool:
    """A graphical session runs here: one would expect a notification server beside it."""
    return bool(os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY"))


def check_notifications(cfg: Config | None) -> Iterator[Check]:
    """The session bus, then the notification server on it.

    A machine without a desktop (a server, a container) or notifications turned off is a way
    to run tracker, not a fault: the daemon writes notifications to its log. That is said as
    information, so that doctor can pass there; a desktop session without a notification
    server, or a bus address that leads nowhere, is a problem.
    """
    bus, notifications = _("session bus"), _("notifications")
    to_log = _("the daemon writes notifications to its log instead")
    if cfg is not None and not cfg.notifications:
        yield _info(notifications, _("turned off ([notifications] enabled = false)"), to_log)
        return
    no_server = _("no session bus, so no notification server")
    see_above = _("see the session bus line above")
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if not address:
        yield _info(notifications, _("no desktop session here (DBUS_SESSION_BUS_ADDRESS is not set)"),
                    _("{to_log}; run tracker inside your desktop session to see them on screen").format(to_log=to_log))
        return
    try:
        from jeepney.io.blocking import open_dbus_connection

        conn = open_dbus_connection(bus="SESSION")
        conn.close()
    except Exception as e:
        from tracker.notify import bus_failure

        failure = bus_failure(address, e)
        yield _problem(bus, str(failure), f"{failure.advice}; {to_log}")
        yield _problem(notifications, no_server, see_above)
        return
    yield _ok(bus, address.split(",")[0])
    from tracker.notify import Notifier

    notifier = Notifier()
    try:
        info = notifier.server_info()
    except Exception as e:
        info = None
        why = first_line(e)
    else:
        why = _("nobody owns org.freedesktop.Notifications")
    finally:
        notifier.close()
    if info is None and not _has_display():
        yield _info(notifications, _("no notification server, and no graphical session here (neither DISPLAY nor "
                                     "WAYLAND_DISPLAY is set)"), to_log)
    elif info is None:
        yield _problem(notifications, _("no notification server ({why})").format(why=why),
                       _("start your desktop's notification daemon (GNOME, KDE, dunst, mako...); without it {to_log}")
                       .format(to_log=to_log))
    else:
        yield _ok(notifications, _("server {server}").format(server=info))


# ---- all of them ------------------------------------------------------------------------------


def run_checks(config: Path | None, db: str | None) -> Iterator[Check]:
    """Every check, in the order the command prints them."""
    first, cfg = check_config(config)
    yield first
    yield from check_config_mode(cfg)
    yield from check_database(db, cfg.database_url if cfg is not None else None)
    if cfg is not None:
        yield from check_keyring(cfg)
        for mb in cfg.mailboxes:
            yield from check_mailbox(mb, cfg.trusted_authserv_ids, cfg.trusted_arc_sealers)
    yield from check_notifications(cfg)
