"""The IMAP edge: log in, EXAMINE, UID SEARCH, FETCH BODY.PEEK[], IDLE, NOOP. Read-only by construction.

No method here sets a flag, moves, copies, appends or expunges: folders are only ever
opened with EXAMINE (``select_folder(readonly=True)``) and bodies fetched with
``BODY.PEEK[]``, so the user's flags, ``\\Seen`` included, never change. This module holds
no mail parsing and no classification: it yields :class:`~tracker.model.RawMessage` with
(folder, UIDVALIDITY, UID). Every library or socket error leaves it as a
:class:`~tracker.errors.MailboxError` naming the mailbox.

The daemon's waiting is here too, so that it never drives the IMAP client itself:
:meth:`ImapConnection.idle_wait` and :meth:`ImapConnection.arrived_meanwhile`, whose reading of
the server's replies (:func:`announces_mail`, :func:`grew_past`, :func:`was_suspended`) is pure
and tested on its own, as imapclient keeps its response parser apart from the socket.
"""

from __future__ import annotations

import logging
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from tracker.config import MailboxConfig
from tracker.errors import ConfigError, FolderNotFoundError, LoginError, MailboxError, first_line
from tracker.i18n import N_, _
from tracker.mail.credentials import get_oauth2_token, get_password
from tracker.model import RawMessage

logger = logging.getLogger(__name__)

__all__ = ["FolderInfo", "ImapConnection", "announces_mail", "grew_past", "search_criteria", "was_suspended"]


@dataclass(frozen=True, slots=True)
class FolderInfo:
    uidvalidity: int
    uidnext: int | None
    exists: int


def search_criteria(words: tuple[str, ...], since: date | None, above_uid: int | None,
                    upto_uid: int | None = None) -> list[Any]:
    """``UID n:* SINCE d OR FROM w1 OR FROM w2 ...``: one server-side search for Meta senders.

    FROM matches a substring of the whole From header, so the product words catch Meta's own
    domains, its display names and the look-alikes that imitate them; the client then filters
    exactly. Only ASCII is sent and no CHARSET is given: Exchange refuses ``CHARSET UTF-8``.
    ``upto_uid`` bounds the range (``UID n:m``): a big folder is searched range by range.
    """
    crit: list[Any] = []
    if upto_uid is not None:
        crit += ["UID", f"{(above_uid or 0) + 1}:{upto_uid}"]
    elif above_uid is not None:
        crit += ["UID", f"{above_uid + 1}:*"]
    if since is not None:
        crit += ["SINCE", since]
    ors: list[Any] = []
    for i, w in enumerate(words):
        if i < len(words) - 1:
            ors.append("OR")
        ors += ["FROM", w]
    return crit + ors


class ImapConnection:
    """One logged-in connection to one configured mailbox."""

    def __init__(self, mb: MailboxConfig, on_command: Callable[[str], None] | None = None) -> None:
        self.mb = mb
        self.client: Any = None
        self.on_command = on_command or (lambda _name: None)
        self.gmail = False

    # ---- connection -------------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.mb.ca_file) if self.mb.ca_file else \
            ssl.create_default_context()

    def connect(self) -> ImapConnection:
        from imapclient import IMAPClient
        from imapclient.exceptions import LoginError as ImapLoginError

        mb = self.mb
        where = _("mailbox {name!r} ({host}:{port})").format(name=mb.name, host=mb.host, port=mb.port)
        try:
            self.client = IMAPClient(mb.host, port=mb.port, ssl=mb.tls == "ssl", ssl_context=self._ssl_context()
                                     if mb.tls != "none" else None, timeout=mb.timeout, use_uid=True)
            if mb.tls == "starttls":
                self.client.starttls(self._ssl_context())
        except ssl.SSLError as e:
            raise MailboxError(_("{where}: TLS failure ({why}); check tls/port/ca_file").format(
                where=where, why=e.reason or first_line(e, typed=True))) from None
        except socket.gaierror:
            raise MailboxError(_("{where}: host name not found (DNS)").format(where=where)) from None
        except TimeoutError:
            raise MailboxError(_("{where}: connection timed out after {seconds} s").format(
                where=where, seconds=mb.timeout)) from None
        except ConnectionRefusedError:
            raise MailboxError(_("{where}: connection refused (is the port right?)").format(where=where)) from None
        except Exception as e:  # OSError and whatever imapclient raises on a bad greeting
            raise MailboxError(_("{where}: cannot connect ({why})").format(
                where=where, why=first_line(e, typed=True))) from None
        try:
            self._login()
        except ImapLoginError:
            self.close()
            raise LoginError(_("{where}: login refused for {user!r}: {hint}").format(
                where=where, user=mb.username, hint=self._refused_hint())) from None
        except (MailboxError, ConfigError):
            self.close()
            raise
        except Exception as e:
            self.close()
            raise MailboxError(_("{where}: login failed ({why})").format(
                where=where, why=first_line(e, typed=True))) from None
        try:
            self.gmail = bool(self.client.has_capability("X-GM-EXT-1"))
        except Exception:
            self.gmail = False
        logger.info(N_("mailbox %s: logged in to %s as %s"), mb.name, mb.host, mb.username)
        return self

    def _login(self) -> None:
        """LOGIN with the password, or AUTHENTICATE with an OAuth2 access token.

        A built-in OAuth2 token the server refuses is refreshed once and tried again: it may
        have been revoked before its expiry, or this machine's clock may be wrong. A second
        refusal is the server's last word (IMAP not enabled, a scope missing, another user).
        """
        from imapclient.exceptions import LoginError as ImapLoginError

        mb = self.mb
        if mb.oauth2_provider:
            from tracker.mail.oauth import access_token

            try:
                self._authenticate(access_token(mb).reveal())
            except ImapLoginError:
                logger.info(N_("mailbox %s: the server refused the access token; refreshing it once"), mb.name)
                self._authenticate(access_token(mb, force_refresh=True).reveal())
        elif mb.oauth2_token_command:
            self._authenticate(get_oauth2_token(mb).reveal())
        else:
            self.client.login(mb.username, get_password(mb).reveal())

    def _authenticate(self, token: str) -> None:
        """AUTHENTICATE with the mechanism the mailbox (or its provider's preset) names."""
        mechanism = self.mb.oauth2_mechanism
        if mechanism is None and self.mb.oauth2_provider:
            from tracker.mail.oauth import provider_for

            mechanism = provider_for(self.mb).mechanism
        if mechanism == "OAUTHBEARER":
            self.client.oauthbearer_login(self.mb.username, token)
        else:
            self.client.oauth2_login(self.mb.username, token)

    def _refused_hint(self) -> str:
        """What to check when the server said no (never the password or the token)."""
        mb = self.mb
        if mb.oauth2_provider:
            return _("the server refused a freshly refreshed OAuth2 token: check that IMAP is enabled for this "
                     "account and that the username is the address you signed in with (or sign in again: "
                     "tracker auth login --mailbox {name})").format(name=mb.name)
        if mb.oauth2_token_command:
            return _("check the OAuth2 token command")
        return _("Gmail, Yahoo and iCloud need an app password; Outlook.com, Hotmail and Microsoft 365 accept only "
                 "OAuth2 (oauth2_provider, then tracker auth login); see README")

    def __enter__(self) -> ImapConnection:
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.client is None:
            return
        try:
            self.client.logout()
        except Exception:
            try:
                self.client.shutdown()
            except Exception:
                logger.debug("mailbox %s: shutdown failed", self.mb.name)
        self.client = None

    def command(self, what: str, fn: Callable[[], Any]) -> Any:
        """Run one IMAP command, turning any failure into a MailboxError naming the mailbox."""

        self.on_command(what)
        try:
            return fn()
        except TimeoutError:
            raise MailboxError(_("mailbox {name!r}: {command} timed out after {seconds} s").format(
                name=self.mb.name, command=what, seconds=self.mb.timeout)) from None
        except Exception as e:  # IMAPClientError, OSError, imaplib.IMAP4.abort when the server hangs up...
            raise MailboxError(_("mailbox {name!r}: {command} failed ({why})").format(
                name=self.mb.name, command=what, why=first_line(e, typed=True))) from None

    # ---- reading ----------------------------------------------------------------------------------

    def folders(self) -> list[str]:
        listed = self.command("LIST", lambda: self.client.list_folders())
        return sorted(name if isinstance(name, str) else name.decode() for _flags, _delim, name in listed)

    def examine(self, folder: str) -> FolderInfo:
        """EXAMINE (read-only SELECT) a folder; a missing one lists those that exist."""
        from imapclient.exceptions import IMAPClientError

        self.on_command("EXAMINE")
        try:
            info = self.client.select_folder(folder, readonly=True)
        except IMAPClientError as e:
            if "nonexistent" in str(e).lower() or "doesn't exist" in str(e).lower() or "not exist" in str(e).lower():
                names = ", ".join(self.folders())
                raise FolderNotFoundError(_("mailbox {name!r}: no folder {folder!r} (folders: {names})").format(
                    name=self.mb.name, folder=folder, names=names)) from None
            raise MailboxError(_("mailbox {name!r}: {command} failed ({why})").format(
                name=self.mb.name, command=f"EXAMINE {folder!r}", why=first_line(e, typed=True))) from None
        except (TimeoutError, OSError, EOFError) as e:
            raise MailboxError(_("mailbox {name!r}: {command} failed ({why})").format(
                name=self.mb.name, command=f"EXAMINE {folder!r}", why=first_line(e, typed=True))) from None
        return FolderInfo(uidvalidity=int(info[b"UIDVALIDITY"]),
                          uidnext=int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None,
                          exists=int(info.get(b"EXISTS", 0)))

    def status(self, folder: str) -> FolderInfo:
        """UIDVALIDITY and UIDNEXT without selecting the folder: a cheap "anything new?"."""
        info = self.command("STATUS", lambda: self.client.folder_status(folder, [b"UIDNEXT", b"UIDVALIDITY",
                                                                               b"MESSAGES"]))
        return FolderInfo(uidvalidity=int(info[b"UIDVALIDITY"]), uidnext=int(info[b"UIDNEXT"]),
                          exists=int(info.get(b"MESSAGES", 0)))

    def search(self, words: tuple[str, ...], since: date | None, above_uid: int | None,
               upto_uid: int | None = None) -> list[int]:
        crit = search_criteria(words, since, above_uid, upto_uid)
        charset = None if self.mb.search_charset == "auto" else self.mb.search_charset
        try:
            uids = self.command("UID SEARCH", lambda: self.client.search(crit, charset))
        except MailboxError as e:
            if charset is None or "charset" not in str(e).lower():
                raise
            # Exchange answers BADCHARSET to CHARSET UTF-8: the terms are ASCII, so ask again without.
            logger.info(N_("mailbox %s: the server refused CHARSET %s; searching without it"), self.mb.name, charset)
            uids = self.command("UID SEARCH", lambda: self.client.search(crit))
        # "n:*" always matches the highest UID, even when it is below n: filter here.
        return sorted(int(u) for u in uids if (above_uid is None or int(u) > above_uid)
                      and (upto_uid is None or int(u) <= upto_uid))

    def fetch(self, folder: str, uidvalidity: int, uids: list[int], batch: int = 100) -> Iterator[list[RawMessage]]:
        """``BODY.PEEK[]`` of ``uids``, ``batch`` at a time (PEEK: ``\\Seen`` is never set)."""
        items = ["BODY.PEEK[]"] + (["X-GM-MSGID"] if self.gmail else [])
        for i in range(0, len(uids), batch):
            chunk = uids[i : i + batch]
            data = self.command("UID FETCH", lambda c=chunk: self.client.fetch(c, items))  # type: ignore[misc]
            out: list[RawMessage] = []
            for uid in chunk:
                d = data.get(uid)
                if not d:
                    continue  # expunged meanwhile
                body = d.get(b"BODY[]")
                if body is None:
                    continue
                gm = d.get(b"X-GM-MSGID")
                out.append(RawMessage(source=f"imap://{self.mb.name}/{folder};UID={uid}", data=bytes(body),
                                      folder=folder, uidvalidity=uidvalidity, uid=uid,
                                      gm_msgid=int(gm) if gm is not None else None))
            yield out

    def latest_headers(self, folder: str, count: int = 20) -> list[bytes]:
        """The header blocks of the latest ``count`` messages of ``folder``, newest first.

        For ``init`` and ``doctor``, which learn from them who writes the receiving verdicts:
        EXAMINE (read-only) and ``BODY.PEEK[HEADER]``, so no flag changes. The latest messages are
        the highest sequence numbers (they follow UID order), searched as a sequence set so that
        a folder of 100,000 messages does not send back every UID.
        """
        info = self.examine(folder)
        if info.exists <= 0 or count <= 0:
            return []
        first = max(1, info.exists - count + 1)
        found = self.command("UID SEARCH", lambda: self.client.search([f"{first}:{info.exists}"]))
        uids = sorted((int(u) for u in found), reverse=True)[:count]
        if not uids:
            return []
        data = self.command("UID FETCH", lambda: self.client.fetch(uids, ["BODY.PEEK[HEADER]"]))
        out: list[bytes] = []
        for uid in uids:
            header = (data.get(uid) or {}).get(b"BODY[HEADER]")
            if header is not None:
                out.append(bytes(header))
        return out

    def noop(self) -> None:
        self.command("NOOP", lambda: self.client.noop())

    # ---- waiting for mail (the daemon) ------------------------------------------------------------

    def has_idle(self) -> bool:
        try:
            return bool(self.client.has_capability("IDLE"))
        except Exception:
            return False

    def arrived_meanwhile(self, folder: str, known: tuple[int, int] | None) -> bool:
        """Did ``folder`` (EXAMINEd) get mail past ``known`` (UIDVALIDITY, last UID synced)?

        Asked before each IDLE: a message landing while a sync's own commands ran is announced
        in their replies, and IDLE would never hear of it again. NOOP makes the server look at
        the folder again (it answers EXISTS for what it finds); STATUS then says whether the
        folder grew past what was synced, for a server that said nothing.
        """
        if announces_mail(self.command("NOOP", self.client.noop)):
            return True
        return grew_past(self.status(folder), known)

    def idle_wait(self, timeout: float, should_stop: Callable[[], bool], tick: float = 1.0) -> bool:
        """IDLE until the server speaks (True), ``timeout`` passes or ``should_stop()`` (False).

        The wait is cut in ``tick``-second slices so that a stop is seen within one. A suspend
        shows as the wall clock jumping ahead of the monotonic one (which stops during sleep):
        the connection is then presumed dead, left without DONE, and a MailboxError says so, so
        that the caller reconnects at once instead of waiting for the IDLE timeout to find out.
        """
        client = self.client
        self.command("IDLE", client.idle)
        deadline = time.monotonic() + timeout
        spoke = False
        while not spoke and not should_stop() and time.monotonic() < deadline:
            wall, mono = time.time(), time.monotonic()
            responses = self.command("IDLE wait", lambda: client.idle_check(timeout=tick))
            if was_suspended(time.time() - wall, time.monotonic() - mono):
                raise MailboxError(_("mailbox {name!r}: the machine was suspended; reconnecting").format(
                    name=self.mb.name))
            spoke = bool(responses)
        self.command("IDLE done", client.idle_done)
        return spoke


#: Seconds the wall clock may run ahead of the monotonic one during one IDLE slice before the
#: machine is taken to have slept (NTP steps are far smaller; a suspend is minutes or more).
SUSPEND_GAP = 30.0


def was_suspended(wall_elapsed: float, monotonic_elapsed: float) -> bool:
    """Did the machine sleep while these two clocks measured the same wait?"""
    return wall_elapsed - monotonic_elapsed > SUSPEND_GAP


def announces_mail(noop_reply: Any) -> bool:
    """Does imapclient's ``noop()`` reply (``(text, [untagged responses])``) announce mail?

    An untagged ``* n EXISTS`` or ``* n RECENT`` (parsed as ``(n, b"EXISTS")``) means the folder
    changed; ``EXPUNGE`` and ``FETCH`` (flags) do not bring anything to read.
    """
    if not isinstance(noop_reply, tuple) or len(noop_reply) < 2:
        return False
    return any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in noop_reply[1])


def grew_past(status: FolderInfo, known: tuple[int, int] | None) -> bool:
    """Is there mail past ``known`` (UIDVALIDITY, last UID synced)? A folder never synced, or
    whose UIDVALIDITY changed, has: its UIDs no longer say what was read."""
    return known is None or status.uidvalidity != known[0] or (status.uidnext or 0) - 1 > known[1]
