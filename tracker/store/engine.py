"""Opening the database: where it lives, its permissions, SQLite pragmas, the schema revision.

- The default database is ``tracker.db`` in the user's data directory (platformdirs); the
  folder is created 0700 and the file 0600 *before* SQLite opens it, so there is no moment
  when another user could read it.
- SQLite runs in WAL mode with a busy timeout, and writers take the lock up front
  (``BEGIN IMMEDIATE``): a daemon writing while ``status`` reads never sees "database is
  locked" (measurements in ``../shared/docs/testing.md``).
- The schema revision is checked cheaply (one SELECT on ``alembic_version``); Alembic is
  imported only when an upgrade is actually needed, which keeps ``tracker status`` fast.
- A file that turns out not to be tracker's is left exactly as it was: its mode is tightened
  (and WAL switched on) only once the schema check has accepted it.
- SQLite's "database disk image is malformed" (a garbled page) is a :class:`DatabaseDamagedError`
  naming the file and the way out (a backup), not an internal error: see :func:`store_error`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

from sqlalchemy import Engine, Select, String, column, create_engine, event, select, table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError

from tracker.errors import DatabaseDamagedError, SchemaTooNewError, StoreError, first_line
from tracker.i18n import N_, _

logger = logging.getLogger(__name__)

#: Every revision this version of tracker knows, oldest first; the last is the head.
REVISIONS: Final = ("0001", "0002", "0003")
HEAD: Final = REVISIONS[-1]
DB_MODE: Final = 0o600
DIR_MODE: Final = 0o700
#: Tables every revision of tracker has had. ``alembic_version`` alone proves nothing (every
#: Alembic application has one): a database is tracker's only when these are there too. A
#: future revision that drops or renames one of them must change this set.
TRACKER_TABLES: Final = frozenset({"messages", "events", "status_rows"})
#: Alembic's record of the schema revision (its table, not tracker's: named, not declared).
_STORED_REVISION: Final[Select[str]] = select(column("version_num", String)).select_from(
    table("alembic_version"))
#: SQLite's primary result codes for a garbled page and for a header that is not SQLite's.
_SQLITE_CORRUPT: Final = 11
_SQLITE_NOTADB: Final = 26


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("tracker", appauthor=False) / "tracker.db"


def resolve_url(db: str | None, config_url: str | None = None, *, create_dir: bool = True) -> tuple[str, Path | None]:
    """``(SQLAlchemy URL, SQLite file path or None)`` from ``--db``, the config, or the default.

    ``create_dir``: create the default data folder (a reader passes False: it creates nothing).
    """
    value = db or config_url
    if not value:
        path = default_db_path()
        if create_dir:
            _ensure_private_dir(path.parent)
        return f"sqlite:///{path}", path
    if "://" not in value:
        path = Path(value).expanduser()
        return f"sqlite:///{path.absolute()}", path.absolute()
    try:
        url = make_url(value)
    except ArgumentError:
        raise StoreError(_("{value}: not a database path or SQLAlchemy URL").format(value=value)) from None
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return value, Path(url.database).expanduser().absolute()
    return value, None


def _ensure_private_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    except OSError as e:
        raise StoreError(_("{folder}: cannot create the data directory ({why})").format(folder=folder,
                                                                                        why=e.strerror or e)) from None


def _prepare_file(path: Path) -> None:
    """Create the SQLite file 0600 if it is new, with a clear error if impossible.

    An existing file is opened without ``O_TRUNC`` and not chmodded here: it may not be a
    tracker database at all, and a file tracker refuses must keep its mode, bytes and mtime.
    :func:`make_private` tightens it once the schema check has accepted it.
    """
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(_("{path}: the directory {folder} does not exist").format(path=path, folder=folder))
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, DB_MODE)
        os.close(fd)
    except PermissionError:
        if path.exists() and os.access(path, os.R_OK):
            raise StoreError(_("{path}: the database is read-only for you").format(path=path)) from None
        raise StoreError(_("{path}: cannot create the database (directory {folder} is not writable)").format(
            path=path, folder=folder)) from None
    except OSError as e:
        raise StoreError(_("{path}: cannot open the database ({why})").format(path=path, why=e.strerror or e)) \
            from None
    if not os.access(folder, os.W_OK):
        # WAL needs the -wal and -shm files beside the database.
        raise StoreError(_("{path}: the directory {folder} is read-only (SQLite needs to write beside the file)")
                         .format(path=path, folder=folder))


def make_private(path: Path) -> None:
    """Tighten a tracker database that others can read to 0600 (called once it is known to be ours)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        try:
            os.chmod(path, DB_MODE)
            logger.warning(N_("%s was readable by others (mode %o); now 0600"), path, mode)
        except OSError:
            logger.warning(N_("%s is readable by others (mode %o) and could not be tightened"), path, mode)


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" hook below issues BEGIN itself
        # journal_mode=WAL is set once the file is known to be ours (see enable_wal): it is
        # written into the file, and a foreign database must be left exactly as it was.
        # cache_size: 1 MiB per connection (SQLite's default is 2 MiB): the daemon keeps a few
        # connections for months, and its memory must stay flat as the ledger grows.
        for pragma in ("busy_timeout=10000", "synchronous=NORMAL", "foreign_keys=ON", "cache_size=-1024"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Readers take no lock; writers take it at once, so two writers queue instead of failing.
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("readonly") else "BEGIN IMMEDIATE")


def open_engine(url: str, path: Path | None) -> Engine:
    if path is not None:
        _prepare_file(path)
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, SQLAlchemyError, ImportError) as e:
        raise StoreError(_("{url}: cannot use this database ({why})").format(url=url, why=f"{type(e).__name__}: {e}")) \
            from None
    if engine.dialect.name == "sqlite":
        _sqlite_pragmas(engine)
    return engine


def open_read_only_engine(path: Path) -> Engine:
    """An engine on an existing SQLite file that can neither write nor create anything.

    ``mode=ro`` refuses every write. A WAL database still wants its ``-shm`` file beside it,
    which a read-only folder cannot hold: when the folder is not writable and no writer left a
    ``-wal`` file (a writer would need the folder too), the file is opened ``immutable``.
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    if not os.access(path.parent, os.W_OK) and not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    _sqlite_pragmas(engine)
    return engine


def is_writable(path: Path) -> bool:
    """Can a writer open this SQLite file (the file, and its folder for the journal and WAL)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _describe(e: BaseException) -> str:
    return first_line(getattr(e, "orig", None) or e)


def _sqlite_code(e: BaseException) -> int | None:
    """SQLite's primary result code behind ``e`` (a SQLAlchemy or sqlite3 error), if any."""
    orig = getattr(e, "orig", None) or e
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def damaged(e: BaseException, where: str) -> DatabaseDamagedError | None:
    """The user's error for a garbled database file, or None when ``e`` is something else.

    SQLite reports a page it cannot make sense of only when a statement reaches it, so any read
    or write may meet one; without this it would surface as an internal error to report.
    """
    if _sqlite_code(e) not in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return None
    return DatabaseDamagedError(
        _("{where}: the database file is damaged ({why}); restore it from a backup, or move it away to start a "
          "new one (the mail is read again, marks made by hand are lost)").format(where=where, why=_describe(e)))


def store_error(e: BaseException, where: str, *, writing: bool) -> StoreError | None:
    """The one-line error for a database error met while reading or writing, or None for a bug.

    A damaged file and an operational trouble (locked, disk full, I/O) are the user's business;
    anything else (an integrity or programming error) is tracker's bug and keeps its traceback.
    """
    found = damaged(e, where)
    if found is not None:
        return found
    if isinstance(e, OperationalError | sqlite3.OperationalError):
        message = _("{where}: write failed ({why})") if writing else _("{where}: read failed ({why})")
        return StoreError(message.format(where=where, why=_describe(e)))
    return None


def current_revision(engine: Engine, where: str) -> str | None:
    """The stored schema revision, None for an empty database; refuses a foreign one.

    Foreign means any table besides SQLite's own when there is no ``alembic_version``, and a
    database without tracker's tables when there is one: another Alembic application's
    database is "not a tracker database", not one "written by a newer tracker".
    """
    try:
        with engine.connect().execution_options(readonly=True) as conn:
            tables = set(engine.dialect.get_table_names(conn))
            rows: Sequence[Any] = ()
            if "alembic_version" in tables:
                rows = conn.execute(_STORED_REVISION).fetchall()
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as e:
        found = damaged(e, where) if _sqlite_code(e) == _SQLITE_CORRUPT else None
        raise found or StoreError(_("{where}: not a usable database ({why})").format(where=where,
                                                                                     why=_describe(e))) from None
    rev = str(rows[0][0]) if rows else None
    if (rev is not None or tables - {"sqlite_sequence", "alembic_version"}) and not tables >= TRACKER_TABLES:
        raise StoreError(_("{where}: not a tracker database (it holds other tables: {tables})").format(
            where=where, tables=", ".join(sorted(tables - {"sqlite_sequence"})[:5])))
    return rev


def ensure_schema(engine: Engine, where: str) -> None:
    """Upgrade the database to the head revision, or refuse one written by a newer tracker."""
    rev = current_revision(engine, where)
    if rev == HEAD:
        enable_wal(engine, where)
        return
    if rev is not None and rev not in REVISIONS:
        raise SchemaTooNewError(
            _("{where}: the database was written by a newer tracker (schema revision {rev}); upgrade tracker")
            .format(where=where, rev=rev)
        )
    upgrade(engine, where)
    enable_wal(engine, where)


def enable_wal(engine: Engine, where: str) -> None:
    """WAL lets ``status`` read while a poll or import writes (persistent: set once per file)."""
    if engine.dialect.name != "sqlite":
        return
    try:
        raw = engine.raw_connection()
        try:
            dbapi = raw.driver_connection  # autocommit (isolation_level None): no transaction around the pragma
            if dbapi is not None and str(dbapi.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                dbapi.execute("PRAGMA journal_mode=WAL")
        finally:
            raw.close()
    except (DatabaseError, sqlite3.DatabaseError) as e:
        error = store_error(e, where, writing=True)
        if error is None:
            raise
        raise error from None


def upgrade(engine: Engine, where: str) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("tracker_migrations")))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (DatabaseError, OperationalError) as e:
        raise damaged(e, where) or StoreError(_("{where}: cannot create or upgrade the schema ({why})").format(
            where=where, why=_describe(e))) from None
