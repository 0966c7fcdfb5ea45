"""One daemon per database: a lock the daemon holds for as long as it runs.

Two daemons on one database would each notify every code and each remind before every
deadline: the sent log stops most repeats, but not two processes planning the same
notification at the same moment, and twice the IMAP connections helps nobody. ``import``,
``poll`` and ``status`` take no lock: their writes are transactions, and they may run beside a
daemon at any time.

- SQLite: ``flock`` on ``<database>.daemon.lock`` beside the file. The kernel drops it when the
  process ends, however it ends, so a crash never leaves a stale lock to clean by hand.
- PostgreSQL: a session advisory lock on a connection kept open for the daemon's life, so a
  daemon on another machine sharing the database is refused too.
- Any other URL: ``flock`` on a file in the data directory named after the URL.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, text

from tracker.errors import StoreError
from tracker.i18n import _

__all__ = ["DaemonLock"]

#: The advisory lock's key on PostgreSQL: any constant that no other application picks ("trck").
_PG_KEY: Final = 0x7472636B


class DaemonLock:
    """Held from :meth:`acquire` to :meth:`release` (or the end of the process)."""

    def __init__(self, engine: Engine, where: str) -> None:
        self.engine = engine
        self.where = where
        self._fd: int | None = None
        self._conn: Any = None

    def acquire(self) -> DaemonLock:
        """Take the lock, or raise a one-line :class:`StoreError` naming the daemon that holds it."""
        if self.engine.dialect.name == "postgresql":
            self._acquire_advisory()
        else:
            self._acquire_file(self._lock_path())
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None
        if self._conn is not None:
            # Unlocked by hand: closing only hands the session back to the pool, lock and all
            # (the server drops it by itself when the process ends).
            with contextlib.suppress(Exception):
                self._conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_KEY})
                self._conn.commit()
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None

    def _refuse(self, pid: str | None) -> StoreError:
        if pid:
            return StoreError(_("{where}: another tracker daemon (pid {pid}) is already running on this database")
                              .format(where=self.where, pid=pid))
        return StoreError(_("{where}: another tracker daemon is already running on this database")
                          .format(where=self.where))

    def _lock_path(self) -> Path:
        database = self.engine.url.database
        if self.engine.dialect.name == "sqlite" and database and database != ":memory:":
            return Path(database + ".daemon.lock")
        from tracker.store.engine import default_db_path

        digest = hashlib.sha256(self.engine.url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
        return default_db_path().with_name(f"daemon-{digest}.lock")

    def _acquire_file(self, path: Path) -> None:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise StoreError(_("{path}: cannot create the daemon's lock file ({why})").format(
                path=path, why=e.strerror or e)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = os.pread(fd, 20, 0).decode(errors="replace").strip()
            os.close(fd)
            raise self._refuse(pid) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def _acquire_advisory(self) -> None:
        conn = self.engine.connect()
        try:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": _PG_KEY}).scalar()
            conn.commit()  # a session lock outlives the transaction; an open one would block DDL
        except Exception:
            conn.close()
            raise
        if not got:
            conn.close()
            raise self._refuse(None)  # the holder may be on another machine: no pid to name
        self._conn = conn
