"""The store and the CLI end to end, on real SQLite files and a real PostgreSQL (the ``database``
fixture: the same tests, the same Alembic migrations, on both): own timelines for what the shared
scenarios do not cover (fakes, several mailboxes, account groups, manual marks, the code's
hour, malformed mail), and the database's bad days (corrupt, foreign, newer, unwritable)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.mailfactory import meta_mail, personal_mail
from tracker.cli import cli

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NOW = "2026-11-25T12:00:00+00:00"


def invoke(args: list[str], code: int = 0) -> Any:
    """Run the CLI in English (the suite's locale is French; French output is tested apart)."""
    result = CliRunner().invoke(cli, ["--lang", "en", *args], catch_exceptions=False)
    assert result.exit_code == code, f"{args} -> {result.exit_code}: {result.output}"
    return result


def write(folder: Path, name: str, data: bytes) -> Path:
    p = folder / name
    p.write_bytes(data)
    return p


def create(db: Path) -> None:
    """A new, empty database (an import creates it; reading commands create nothing)."""
    invoke(["--db", str(db), "import", str(write(db.parent, "personal.eml", personal_mail(0)))])


def count(db: str | Path, query: str) -> int:
    """One number from the database, on either backend (a path is a SQLite file)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(str(db) if "://" in str(db) else f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(query)).scalar_one())
    finally:
        engine.dispose()


def status(db: str | Path, now: str = NOW, config: Path | None = None) -> list[dict[str, Any]]:
    extra = ["--config", str(config)] if config else []
    rows: list[dict[str, Any]] = json.loads(
        invoke([*extra, "--db", str(db), "--now", now, "--lang", "en", "status", "--json"]).stdout)
    return rows


def test_fake_acceptance_never_moves_a_row_and_is_listed_as_suspicious(tmp_path: Path, database: str) -> None:
    """GIVEN a genuine notice and a forged acceptance, WHEN imported, THEN the row stays
    action_needed and the human view lists the forgery with its warning."""
    db = database
    notice = write(tmp_path, "n.eml", meta_mail("notice", sent=T0))
    fake = write(tmp_path, "f.eml", meta_mail("accepted", sent=T0 + timedelta(days=1), authentic=False))
    invoke(["--db", str(db), "import", str(notice), str(fake)])
    rows = status(db)
    assert [(r["state"], r["round"]) for r in rows] == [("action_needed", "2026-12-16")]
    human = invoke(["--db", str(db), "--now", NOW, "--lang", "en", "status"]).stdout
    assert "Suspicious" in human
    assert "not authenticated as Meta" in human


def test_a_fake_alone_creates_no_row(tmp_path: Path, database: str) -> None:
    db = database
    fake = write(tmp_path, "f.eml", meta_mail("notice", sent=T0, authentic=False))
    invoke(["--db", str(db), "import", str(fake)])
    assert status(db) == []


def test_several_mailboxes_in_one_database_keep_separate_rows(tmp_path: Path, database: str) -> None:
    db = database
    a = write(tmp_path, "a.eml", meta_mail("notice", sent=T0, to="alice@example.org"))
    b = write(tmp_path, "b.eml", meta_mail("notice", sent=T0, to="bob@example.org"))
    b2 = write(tmp_path, "b2.eml", meta_mail("received", sent=T0 + timedelta(days=2), to="bob@example.org"))
    invoke(["--db", str(db), "import", "--mailbox", "home", str(a)])
    invoke(["--db", str(db), "import", "--mailbox", "work", str(b), str(b2)])
    rows = {(r["mailbox"], r["account"]): r["state"] for r in status(db)}
    assert rows == {("home", "alice@example.org"): "action_needed", ("work", "bob@example.org"): "awaiting_answer"}


def test_same_message_in_two_files_counts_once(tmp_path: Path, database: str) -> None:
    db = database
    raw = meta_mail("notice", sent=T0)
    invoke(["--db", str(db), "import", str(write(tmp_path, "1.eml", raw))])
    out = invoke(["--db", str(db), "import", str(write(tmp_path, "2.eml", raw))]).stdout
    assert "0 new events, 1 duplicate skipped" in out
    assert len(status(db)) == 1


def test_message_without_message_id_is_deduplicated_by_content(tmp_path: Path, database: str) -> None:
    db = database
    raw = meta_mail("notice", sent=T0, message_id=None)
    p = write(tmp_path, "1.eml", raw)
    invoke(["--db", str(db), "import", str(p)])
    out = invoke(["--db", str(db), "import", str(p)]).stdout
    assert "1 duplicate skipped" in out


def test_unknown_round_row_disappears_when_its_notice_arrives_later(tmp_path: Path, database: str) -> None:
    db = database
    rec = write(tmp_path, "r.eml", meta_mail("received", sent=T0 + timedelta(days=3)))
    invoke(["--db", str(db), "import", str(rec)])
    assert [r["round"] for r in status(db)] == ["unknown"]
    notice = write(tmp_path, "n.eml", meta_mail("notice", sent=T0))
    invoke(["--db", str(db), "import", str(notice)])
    assert [(r["round"], r["state"]) for r in status(db)] == [("2026-12-16", "awaiting_answer")]


def test_new_round_opens_a_new_row_and_acceptance_does_not_carry_over(tmp_path: Path, database: str) -> None:
    db = database
    files = [
        write(tmp_path, "1.eml", meta_mail("notice", sent=T0 - timedelta(days=400), deadline=date(2025, 12, 1))),
        write(tmp_path, "2.eml", meta_mail("accepted", sent=T0 - timedelta(days=390))),
        write(tmp_path, "3.eml", meta_mail("notice", sent=T0)),
    ]
    invoke(["--db", str(db), "import", *map(str, files)])
    assert sorted((r["round"], r["state"]) for r in status(db)) == [
        ("2025-12-01", "accepted"), ("2026-12-16", "action_needed")]


def test_code_older_than_an_hour_asks_to_fill_in_the_form_again(tmp_path: Path, database: str) -> None:
    db = database
    sent = T0 + timedelta(days=1)
    invoke(["--db", str(db), "import", str(write(tmp_path, "n.eml", meta_mail("notice", sent=T0))),
            str(write(tmp_path, "c.eml", meta_mail("code", sent=sent)))])
    fresh = status(db, (sent + timedelta(minutes=20)).isoformat())[0]
    stale = status(db, (sent + timedelta(minutes=90)).isoformat())[0]
    assert fresh["state"] == stale["state"] == "code_received"
    assert fresh["next_action"] != stale["next_action"]
    assert "again" in stale["next_action"]


def test_acceptance_settles_every_account_of_a_configured_group(tmp_path: Path, database: str) -> None:
    """GIVEN two accounts grouped in one Accounts Centre, WHEN one is accepted, THEN both are,
    and the audit trail says the second moved because of the first."""
    db = database
    cfg = tmp_path / "config.toml"
    cfg.write_text('[[account_group]]\naccounts = ["alice@example.org", "Alice.Insta@example.org"]\n')
    files = [
        write(tmp_path, "1.eml", meta_mail("notice", sent=T0, to="alice@example.org")),
        write(tmp_path, "2.eml", meta_mail("notice", sent=T0, to="alice.insta@example.org", platform="instagram")),
        write(tmp_path, "3.eml", meta_mail("accepted", sent=T0 + timedelta(days=2), to="alice@example.org")),
    ]
    invoke(["--config", str(cfg), "--db", str(db), "import", *map(str, files)])
    assert {r["account"]: r["state"] for r in status(db, config=cfg)} == {
        "alice@example.org": "accepted", "alice.insta@example.org": "accepted"}
    hist = json.loads(invoke(["--config", str(cfg), "--db", str(db), "history", "alice.insta@example.org",
                              "--json"]).stdout)
    assert hist[-1]["to"] == "accepted"
    assert hist[-1]["via"] == "alice@example.org"
    # without the grouping, the second account is on its own again
    assert {r["account"]: r["state"] for r in status(db)} == {
        "alice@example.org": "accepted", "alice.insta@example.org": "action_needed"}


def test_manual_mark_moves_the_row_and_is_recorded_as_manual(tmp_path: Path, database: str) -> None:
    db = database
    invoke(["--db", str(db), "import", str(write(tmp_path, "n.eml", meta_mail("notice", sent=T0)))])
    invoke(["--db", str(db), "--now", NOW, "mark", "alice@example.org", "accepted", "--note", "pop-up in the app"])
    assert [r["state"] for r in status(db)] == ["accepted"]
    hist = json.loads(invoke(["--db", str(db), "history", "--json"]).stdout)
    assert hist[-1]["manual"] is True
    assert hist[-1]["note"] == "pop-up in the app"
    assert hist[-1]["from"] == "action_needed"


def test_mark_of_an_unknown_account_is_one_clear_line(tmp_path: Path, database: str) -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "--db", database, "mark", "nobody@example.org",
                                      "accepted"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "unknown account" in result.stderr


def test_malformed_message_is_recorded_reported_and_the_rest_imported(tmp_path: Path, database: str) -> None:
    db = database
    good = write(tmp_path, "good.eml", meta_mail("notice", sent=T0))
    junk = write(tmp_path, "junk.eml", b"\x00\x01\x02 not mail at all \xff" * 3)
    result = CliRunner().invoke(cli, ["--lang", "en", "--db", str(db), "import", str(junk), str(good)])
    assert result.exit_code == 1
    assert "junk.eml" in result.stderr
    assert "Traceback" not in result.output
    assert len(status(db)) == 1
    assert count(db, "select count(*) from messages where error is not null") == 1


def test_ordinary_mail_is_counted_not_stored(tmp_path: Path, database: str) -> None:
    db = database
    files = [write(tmp_path, f"p{i}.eml", personal_mail(i)) for i in range(3)]
    out = invoke(["--db", str(db), "import", *map(str, files)]).stdout
    assert out.startswith("3 read, 0 from Meta")
    assert count(db, "select count(*) from messages") == 0


def test_database_file_is_private_to_the_user(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    create(db)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_default_database_lives_in_the_user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    invoke(["import", str(write(tmp_path, "p.eml", personal_mail(1)))])  # creates the default database
    db = tmp_path / "data" / "tracker" / "tracker.db"
    assert db.is_file()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize(("setup", "needle"), [
    ("corrupt", "not a usable database"),
    ("foreign", "not a tracker database"),
    ("newer", "newer tracker"),
    ("missing_dir", "does not exist"),
])
def test_unusable_database_is_one_line_and_exit_1(tmp_path: Path, setup: str, needle: str) -> None:
    db = tmp_path / "t.db"
    if setup == "corrupt":
        db.write_bytes(b"this is not sqlite" * 100)
    elif setup == "foreign":
        sqlite3.connect(db).execute("create table photos (id integer)").connection.commit()
    elif setup == "newer":
        create(db)
        con = sqlite3.connect(db)
        con.execute("update alembic_version set version_num = '9999'")
        con.commit()
    args = ["status", "--json"]
    if setup == "missing_dir":  # a writer's trouble: a reader finds no database there, and says so
        db = tmp_path / "nowhere" / "t.db"
        args = ["import", str(write(tmp_path, "p.eml", personal_mail(0)))]
    before = db.read_bytes() if db.exists() else None
    result = CliRunner().invoke(cli, ["--lang", "en", "--db", str(db), *args])
    assert result.exit_code == 1, result.output
    assert needle in result.stderr
    assert result.stderr.count("\n") == 1
    assert (db.read_bytes() if db.exists() else None) == before  # nothing half-written


def test_migration_upgrade_from_empty_reaches_the_head_and_matches_the_models(tmp_path: Path) -> None:
    from sqlalchemy import create_engine, inspect

    from tracker.store import Store
    from tracker.store.engine import HEAD
    from tracker.store.tables import METADATA

    db = tmp_path / "m.db"
    Store.open(str(db)).close()
    con = sqlite3.connect(db)
    assert con.execute("select version_num from alembic_version").fetchall() == [(HEAD,)]
    insp = inspect(create_engine(f"sqlite:///{db}"))
    for table in METADATA.sorted_tables:
        cols = {c["name"] for c in insp.get_columns(table.name)}
        assert cols == {c.name for c in table.columns}, table.name


def test_head_constant_matches_the_migration_scripts() -> None:
    from importlib import resources

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from tracker.store.engine import HEAD, REVISIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("tracker_migrations")))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_heads() == [HEAD]
    assert [r.revision for r in script.walk_revisions()][::-1] == list(REVISIONS)


def test_import_while_status_reads_in_another_process(tmp_path: Path) -> None:
    """Two processes at once: a long import writing while status reads, with no lock error."""
    db = tmp_path / "t.db"
    mbox = tmp_path / "big.mbox"
    with mbox.open("wb") as f:
        for i in range(400):
            raw = meta_mail("notice", sent=T0 + timedelta(minutes=i), to=f"user{i}@example.org")
            f.write(b"From x@y Mon Jan  1 00:00:00 2024\n" + raw.replace(b"\r\n", b"\n") + b"\n")
    create(db)
    env = dict(os.environ)
    proc = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "import", str(mbox)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reads = 0
    while proc.poll() is None:
        r = subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), "--now", NOW, "status", "--json"],
                           capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stderr
        json.loads(r.stdout)
        reads += 1
    assert proc.wait() == 0, proc.stderr.read() if proc.stderr else ""
    assert reads >= 1
    assert len(status(db)) == 400


# ---- hostile files: a damaged database, files that are not tracker's, a write that fails ----


def _imported_database(tmp_path: Path, n: int = 60) -> Path:
    """A real tracker database (several pages per table), checkpointed: all of it in the file."""
    db = tmp_path / "t.db"
    files = [write(tmp_path, f"{i}.eml", meta_mail("notice", sent=T0 + timedelta(minutes=i),
                                                   to=f"user{i}@example.org")) for i in range(n)]
    invoke(["--db", str(db), "import", *map(str, files)])
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return db


def _garble(db: Path, tables: tuple[str, ...]) -> None:
    """Overwrite the root page of each table with bytes SQLite cannot read, as a bad sector would."""
    con = sqlite3.connect(db)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    roots = [con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (t,)).fetchone()[0] for t in tables]
    con.close()
    assert all(1 < r < db.stat().st_size // page for r in roots)  # pages inside the file, not its header
    with db.open("r+b") as f:
        for root in roots:
            f.seek((root - 1) * page)
            f.write(b"\xde\xad\xbe\xef" * (page // 4))


@pytest.mark.parametrize("command", [["status", "--json"], ["history", "--json"], ["export", "--json", "-"],
                                     ["import", "MAIL"]])
def test_damaged_database_is_one_line_naming_the_file_and_a_backup(tmp_path: Path, command: list[str]) -> None:
    """GIVEN a tracker database with garbled pages, WHEN any command reaches them, THEN one line
    on stderr names the file and says to restore a backup: not an internal error to report."""
    db = _imported_database(tmp_path)
    _garble(db, ("status_rows", "transitions", "messages", "events"))
    mail = write(tmp_path, "new.eml", meta_mail("notice", sent=T0, to="zoe@example.org"))
    args = [str(mail) if a == "MAIL" else a for a in command]
    result = CliRunner().invoke(cli, ["--lang", "en", "--db", str(db), "--now", NOW, *args])
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert f"{db}: the database file is damaged" in result.stderr
    assert "restore it from a backup" in result.stderr
    assert "internal error" not in result.stderr


def _foreign_files(tmp_path: Path) -> dict[str, Path]:
    other_app = tmp_path / "other-app.db"
    with sqlite3.connect(other_app) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES ('3f1e2d4c5b6a')")
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    con.close()
    plain = tmp_path / "photos.db"
    with sqlite3.connect(plain) as con:
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    con.close()
    text_file = tmp_path / "notes.txt"
    text_file.write_bytes(b"this is not sqlite" * 100)
    return {"other Alembic application": other_app, "other application": plain, "not SQLite": text_file}


@pytest.mark.parametrize("kind", ["other Alembic application", "other application", "not SQLite"])
def test_a_refused_file_keeps_its_mode_bytes_and_mtime(tmp_path: Path, kind: str) -> None:
    """GIVEN a file that is not a tracker database, mode 0644, WHEN given as --db, THEN it is
    refused and left as it was: mode, content, mtime; and nothing new appears beside it."""
    path = _foreign_files(tmp_path)[kind]
    path.chmod(0o644)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = (path.read_bytes(), path.stat().st_mode, path.stat().st_mtime_ns, sorted(os.listdir(tmp_path)))
    for command in (["status", "--json"], ["import", str(write(tmp_path, "n.eml", meta_mail("notice", sent=T0)))]):
        result = CliRunner().invoke(cli, ["--lang", "en", "--db", str(path), *command])
        assert result.exit_code == 1, result.output
        assert result.stderr.count("\n") == 1, result.stderr
    listing = sorted(n for n in os.listdir(tmp_path) if n != "n.eml")
    assert (path.read_bytes(), path.stat().st_mode, path.stat().st_mtime_ns, listing) == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_another_alembic_applications_database_is_not_a_tracker_database(tmp_path: Path) -> None:
    """GIVEN another Alembic application's database (an unknown revision, none of tracker's
    tables), THEN it is "not a tracker database", never "written by a newer tracker"."""
    path = _foreign_files(tmp_path)["other Alembic application"]
    result = CliRunner().invoke(cli, ["--lang", "en", "--db", str(path), "status", "--json"])
    assert result.exit_code == 1
    assert f"{path}: not a tracker database" in result.stderr
    assert "newer" not in result.stderr


def test_a_newer_trackers_database_still_says_so_and_stays_untouched(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    create(db)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = 'ffff0002'")
    con.close()
    db.chmod(0o644)
    result = CliRunner().invoke(cli, ["--lang", "en", "--db", str(db), "status", "--json"])
    assert result.exit_code == 1
    assert "written by a newer tracker (schema revision ffff0002)" in result.stderr
    assert stat.S_IMODE(db.stat().st_mode) == 0o644


def test_a_tracker_database_readable_by_others_is_tightened_once_accepted(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    create(db)
    db.chmod(0o644)
    invoke(["--db", str(db), "status", "--json"])
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_import_summary_counts_only_the_batches_committed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN the disk fills up on the second batch of an import, THEN the summary counts the
    first batch only, which is exactly what the database holds, and the error is one line."""
    from sqlalchemy.exc import OperationalError

    from tracker.store.batch import Batch

    db = tmp_path / "t.db"
    create(db)
    mbox = tmp_path / "big.mbox"
    with mbox.open("wb") as f:
        for i in range(450):
            raw = meta_mail("notice", sent=T0 + timedelta(minutes=i), to=f"user{i}@example.org")
            f.write(b"From x@y Mon Jan  1 00:00:00 2024\n" + raw.replace(b"\r\n", b"\n") + b"\n")
    batches: list[int] = []
    finish = Batch.finish

    def full_disk_on_the_second_batch(self: Batch) -> None:
        if self.new_events:
            batches.append(len(self.new_events))
            if len(batches) == 2:
                raise OperationalError("COMMIT", None, sqlite3.OperationalError("database or disk is full"))
        finish(self)

    monkeypatch.setattr(Batch, "finish", full_disk_on_the_second_batch)
    result = CliRunner().invoke(cli, ["--lang", "en", "--db", str(db), "import", str(mbox)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "write failed (database or disk is full)" in result.stderr
    assert batches == [200, 200]  # the failed batch is not tried again
    con = sqlite3.connect(db)
    messages = con.execute("SELECT count(*) FROM messages").fetchone()[0]
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    assert (messages, events) == (200, 200)
    assert result.stdout.startswith(f"400 read, {messages} from Meta, {events} new events, 0 duplicates skipped")


def test_the_read_layer_gives_back_the_model_s_values(tmp_path: Path) -> None:
    """GIVEN a manual mark and a folder position, WHEN the store reads them back, THEN each read
    is the model's typed value (aware UTC times, enums, tuples), as the output layer expects."""
    from tracker.core.status import StoredRow
    from tracker.model import EventKind, HistoryLine, State
    from tracker.store import Store

    store = Store.open(str(tmp_path / "r.db"))
    try:
        group = store.mark("Me@Example.org", EventKind.CODE, T0, platform="instagram", note="by phone")
        assert group == ("default", "instagram", "me@example.org")
        with store.batch() as b:
            b.set_folder("default", "INBOX", 7, 42, T0)
        [row] = store.rows()
        assert isinstance(row, StoredRow)
        assert row.state is State.CODE_RECEIVED
        assert row.last_event_at == T0
        assert row.last_event_at.tzinfo is not None
        assert store.open_rows(date(2026, 1, 1)) == []  # a code of round "unknown" has no deadline
        assert store.group_rows(*group) == [row]
        [line] = store.history("ME@example.org")
        assert line == HistoryLine(at=T0, mailbox="default", platform="instagram", account="me@example.org",
                                   round="unknown", before="start", after="code_received", manual=True, via=None,
                                   source=None, reference=None, note="by phone")
        assert store.accounts() == ["me@example.org"]
        assert store.folder_state("default", "INBOX") == (7, 42)
        assert store.folder_state("default", "Other") is None
        assert (store.suspicious(), store.malformed(), store.rereads()) == ([], [], [])
        assert store.mark_sent("reminder:x", T0) is True
        assert store.mark_sent("reminder:x", T0) is False
        assert store.sent_keys("reminder:") == {"reminder:x"}
        assert store.recent_events(T0 - timedelta(days=1)) == []  # a manual mark has no message
    finally:
        store.close()
