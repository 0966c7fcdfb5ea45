"""The Alembic migrations on real databases, SQLite and PostgreSQL (issue 17, item 25).

A database created by an older tracker (at revision 0001, with data in it) and upgraded by this
one must end up with exactly the schema of a database this one creates: the same column types,
nullability, primary keys, unique constraints, foreign keys and indexes, not only the same
column names. And the migrated schema must match the models in ``tracker/store/tables.py``
(Alembic's own comparison, as pytest-alembic's "model definitions match DDL" does).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text

from tracker.store import Store
from tracker.store.engine import HEAD
from tracker.store.tables import METADATA


def _engine(database: str) -> Engine:
    return create_engine(database if "://" in database else f"sqlite:///{database}")


@pytest.fixture
def engines(database: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Engine, Engine]]:
    """Two empty databases of the same backend: one to build at 0001 and upgrade, one made fresh."""
    other = str(tmp_path / "fresh.db") if "://" not in database else request.getfixturevalue("postgres_url")
    made = [_engine(database), _engine(other)]
    try:
        yield made[0], made[1]
    finally:
        for engine in made:
            engine.dispose()


def _upgrade(engine: Engine, revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("tracker_migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _schema(engine: Engine) -> dict[str, Any]:
    """Everything the database says about each table, in a form two databases can be compared by."""
    insp = inspect(engine)
    out: dict[str, Any] = {}
    for name in sorted(insp.get_table_names()):
        if name == "alembic_version":
            continue
        out[name] = {
            "columns": [(c["name"], str(c["type"].compile(dialect=engine.dialect)), c["nullable"])
                        for c in insp.get_columns(name)],
            "primary key": (insp.get_pk_constraint(name)["name"] if engine.dialect.name != "sqlite" else None,
                            insp.get_pk_constraint(name)["constrained_columns"]),
            "unique": sorted((u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(name)),
            "foreign keys": sorted((f["name"], tuple(f["constrained_columns"]), f["referred_table"],
                                    tuple(f["referred_columns"]), f["options"].get("ondelete"))
                                   for f in insp.get_foreign_keys(name)),
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                              for i in insp.get_indexes(name)),
            "checks": sorted((c["name"], c["sqltext"]) for c in insp.get_check_constraints(name)),
        }
    return out


def _seed_at_0001(engine: Engine) -> None:
    """What a tracker of revision 0001 had stored: a message, its event, the row it built."""
    at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO messages (id, mailbox, message_key, source, seen_at, kind, platform, account, deadline, "
            "warnings) VALUES (1, 'home', '<n1@facebookmail.com>', 'n.eml', :at, 'policy_notice', 'facebook', "
            "'alice@example.org', '2026-12-16', '[]')"), {"at": at})
        conn.execute(text(
            "INSERT INTO events (id, message, mailbox, platform, account, kind, at, sort_key, deadline, manual) "
            "VALUES (1, 1, 'home', 'facebook', 'alice@example.org', 'notice', :at, 'n1', '2026-12-16', false)"),
            {"at": at})
        conn.execute(text(
            "INSERT INTO status_rows (mailbox, platform, account, round, state, deadline, last_event_at) "
            "VALUES ('home', 'facebook', 'alice@example.org', '2026-12-16', 'action_needed', '2026-12-16', :at)"),
            {"at": at})


def test_a_database_from_0001_upgrades_to_exactly_the_schema_of_a_new_one(engines: tuple[Engine, Engine],
                                                                           database: str) -> None:
    """GIVEN a database created and filled at revision 0001, WHEN this tracker opens it, THEN its
    schema (types, nullability, keys, constraints, indexes) is that of a new database at the head,
    and what it held is still there."""
    old, fresh = engines
    _upgrade(old, "0001")
    _seed_at_0001(old)
    Store.open(database).close()  # the upgrade tracker runs on start
    Store.open(str(fresh.url.render_as_string(hide_password=False))
               if fresh.dialect.name != "sqlite" else str(fresh.url.database)).close()
    assert _schema(old) == _schema(fresh)
    with old.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
        assert conn.execute(text("SELECT count(*) FROM status_rows")).scalar() == 1


def test_the_migrated_schema_matches_the_models(engines: tuple[Engine, Engine], database: str) -> None:
    """Alembic finds nothing to add, drop or alter between the models and a migrated database."""
    old, _fresh = engines
    Store.open(database).close()
    with old.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), METADATA)
    assert diff == []


def test_0003_gives_the_daemons_reads_their_indexes(engines: tuple[Engine, Engine], database: str) -> None:
    """The reads the daemon makes on every change (new events since a moment, open rows by
    deadline) and every command on start (a message of another classifier) use an index."""
    old, _fresh = engines
    _upgrade(old, "0002")
    before = {i["name"] for t in ("events", "status_rows", "messages") for i in inspect(old).get_indexes(t)}
    Store.open(database).close()
    after = {i["name"] for t in ("events", "status_rows", "messages") for i in inspect(old).get_indexes(t)}
    assert after - before == {"ix_events_at", "ix_status_rows_deadline", "ix_messages_classifier"}
