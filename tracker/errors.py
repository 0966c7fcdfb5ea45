"""The one exception tree of tracker.

Every error the user can cause or meet is a :class:`TrackerError`; the CLI turns a
:class:`UserError` into one line on stderr and exit status 1, never a traceback. A
:class:`MessageError` concerns one message only: it is recorded and reported, and the
other messages go on.

    TrackerError
    ├── UserError          one line on stderr, exit 1, no traceback
    │   ├── ConfigError        names the file and the key
    │   ├── InputError         names the path (and #N inside an mbox)
    │   ├── MailboxError       a mailbox could not be read
    │   │   ├── LoginError
    │   │   │   └── AuthorizationError   OAuth2: no token, or the refresh token revoked/expired
    │   │   └── FolderNotFoundError
    │   └── StoreError         the database cannot be used
    │       ├── SchemaTooNewError
    │       └── DatabaseDamagedError
    └── MessageError       one bad message: recorded, reported, skipped; never fatal
"""

from __future__ import annotations


class TrackerError(Exception):
    """Root of every error tracker raises on purpose."""


class UserError(TrackerError):
    """Something the user can fix; shown as one line, without a traceback."""


class ConfigError(UserError):
    """The configuration file is missing, unreadable or wrong; the message names file and key."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


class InputError(UserError):
    """An input path cannot be read as mail (missing, not a Maildir, not an mbox...)."""


class MailboxError(UserError):
    """An IMAP mailbox could not be polled (connection, TLS, timeout, server error)."""


class LoginError(MailboxError):
    """The server refused the credentials."""


class AuthorizationError(LoginError):
    """The mailbox's OAuth2 authorization is missing, revoked or expired.

    Raised when no refresh token is stored or the provider refuses it (``invalid_grant``):
    waiting or retrying cannot fix it, only the person can, with ``tracker auth login``, so
    the message says that command, and the daemon retries such a mailbox only rarely.
    """


class FolderNotFoundError(MailboxError):
    """A configured folder does not exist on the server."""


class StoreError(UserError):
    """The database cannot be opened, created or written."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer tracker (an unknown schema revision)."""


class DatabaseDamagedError(StoreError):
    """SQLite found a garbled page: only a backup brings back what it held, so the message says so."""


class MessageError(TrackerError):
    """One message is malformed; it is recorded and skipped, the run goes on."""


def first_line(e: BaseException, *, typed: bool = False) -> str:
    """The first line of ``e``'s message, or its type's name when the message is empty.

    One line, because an error is shown as one line (``error: …``, a doctor check, a log
    record) and some libraries put a whole server reply or traceback-like text in theirs.
    ``typed`` puts the type's name in front (``TimeoutError: timed out``), for errors that come
    from a library whose message alone does not say what failed.
    """
    text = str(e).strip()
    line = text.splitlines()[0] if text else ""
    if not typed:
        return line or type(e).__name__
    return f"{type(e).__name__}: {line}" if line else type(e).__name__
