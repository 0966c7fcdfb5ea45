"""People who already use tracker (issue 13): rows an older classifier built are read again.

Each stored message records the classifier that decided it and keeps its bytes; on start,
messages an older classifier decided are read again (from the kept bytes, the imported file, or
the IMAP server by UID), and a row that moves back from an outcome is announced at the top of
``status``, never changed silently. The "older classifier" here is simulated the only honest way:
a database holding what it wrote (a notice stored as an acceptance, rows built from it).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from tests.integration.test_imap import mailbox_toml, run
from tests.mailfactory import meta_mail, personal_mail
from tests.servers import Dovecot
from tracker.cli import cli
from tracker.model import CLASSIFIER
from tracker.store.engine import HEAD

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NOW = "2026-11-25T12:00:00+00:00"


def invoke(args: list[str]) -> Any:
    result = CliRunner().invoke(cli, ["--lang", "en", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def as_an_older_classifier_wrote_it(db: Path, *, keep_raw: bool) -> None:
    """The notice stored as an acceptance, its event and row too, by classifier 'old'."""
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE messages SET kind = 'objection_accepted', classifier = 'old'")
        if not keep_raw:
            con.execute("UPDATE messages SET raw = NULL")
        con.execute("UPDATE events SET kind = 'accepted'")
        con.execute("UPDATE status_rows SET state = 'accepted'")
    con.close()


def states(db: Path) -> list[str]:
    out = invoke(["--db", str(db), "--now", NOW, "status", "--json"]).stdout
    return [r["state"] for r in json.loads(out)]


def test_messages_are_stored_with_their_classifier_and_bytes(tmp_path: Path) -> None:
    mail = meta_mail("notice", sent=T0)
    (tmp_path / "n.eml").write_bytes(mail)
    invoke(["--db", str(tmp_path / "t.db"), "--now", NOW, "import", str(tmp_path / "n.eml")])
    con = sqlite3.connect(tmp_path / "t.db")
    assert con.execute("SELECT classifier, raw FROM messages").fetchall() == [(CLASSIFIER, mail)]


def test_a_false_acceptance_of_an_older_classifier_is_corrected_and_announced(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    (tmp_path / "n.eml").write_bytes(meta_mail("notice", sent=T0))
    invoke(["--db", str(db), "--now", NOW, "import", str(tmp_path / "n.eml")])
    as_an_older_classifier_wrote_it(db, keep_raw=True)
    (tmp_path / "n.eml").unlink()  # the kept bytes suffice
    assert states(db) == ["action_needed"]
    human = invoke(["--db", str(db), "--now", NOW, "status"]).stdout
    assert human.lstrip().startswith("Read again with a better classifier: alice@example.org")
    assert "was shown as 'accepted'; it is now 'action needed'" in " ".join(human.split())
    con = sqlite3.connect(db)
    assert con.execute("SELECT before, after, classifier FROM rereads").fetchall() == [
        ("accepted", "action_needed", CLASSIFIER)]
    assert con.execute("SELECT DISTINCT classifier FROM messages").fetchall() == [(CLASSIFIER,)]
    assert states(db) == ["action_needed"]  # read once: a second start has nothing to do
    assert con.execute("SELECT count(*) FROM rereads").fetchone() == (1,)


def test_messages_stored_without_their_bytes_are_read_again_from_the_imported_file(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    mbox = tmp_path / "box.mbox"
    mails = [personal_mail(0), meta_mail("notice", sent=T0)]
    mbox.write_bytes(b"".join(b"From x@y Mon Jan  1 00:00:00 2024\n" + m.replace(b"\r\n", b"\n") + b"\n"
                              for m in mails))
    invoke(["--db", str(db), "--now", NOW, "import", str(mbox)])
    as_an_older_classifier_wrote_it(db, keep_raw=False)
    assert states(db) == ["action_needed"]


def test_a_poll_fetches_again_what_an_older_classifier_read_without_keeping_it(
        dovecot: Dovecot, tmp_path: Path) -> None:
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", [meta_mail("notice", sent=T0), personal_mail(1)])
    cfg = mailbox_toml("perso", dovecot, "alice", "PW")
    assert run(tmp_path, cfg, ["poll"], {"PW": "secret"}).returncode == 0
    as_an_older_classifier_wrote_it(tmp_path / "t.db", keep_raw=False)
    before = dovecot.flags_snapshot("alice")
    r = run(tmp_path, cfg, ["poll"], {"PW": "secret"})
    assert r.returncode == 0, r.stderr
    assert dovecot.flags_snapshot("alice") == before  # BODY.PEEK: nothing marked read
    con = sqlite3.connect(tmp_path / "t.db")
    assert con.execute("SELECT state FROM status_rows").fetchall() == [("action_needed",)]
    assert con.execute("SELECT before, after FROM rereads").fetchall() == [("accepted", "action_needed")]


def test_a_database_written_at_0001_is_upgraded_and_its_messages_read_again(tmp_path: Path) -> None:
    """A real 0001 database (Alembic stops there), with the rows an older classifier wrote:
    upgraded to the head on start, its message read again from the imported file."""
    from importlib import resources

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    db = tmp_path / "old.db"
    eml = tmp_path / "n.eml"
    eml.write_bytes(meta_mail("notice", sent=T0))
    engine = create_engine(f"sqlite:///{db}")
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("tracker_migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    con = sqlite3.connect(db)
    with con:
        con.execute("INSERT INTO messages (id, mailbox, message_key, message_id, source, sent_at, seen_at, kind, "
                    "platform, language, account, warnings) VALUES (1, 'default', 'k1', 'k1', ?, ?, ?, "
                    "'objection_accepted', 'facebook', 'en', 'alice@example.org', '[]')",
                    (str(eml), T0.isoformat(), T0.isoformat()))
        con.execute("INSERT INTO events (id, message, mailbox, platform, account, kind, at, sort_key, manual) "
                    "VALUES (1, 1, 'default', 'facebook', 'alice@example.org', 'accepted', ?, 'k1', 0)",
                    (T0.isoformat(),))
        con.execute("INSERT INTO status_rows (mailbox, platform, account, round, state, last_event_at) VALUES "
                    "('default', 'facebook', 'alice@example.org', 'unknown', 'accepted', ?)", (T0.isoformat(),))
    con.close()
    assert states(db) == ["action_needed"]
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert con.execute("SELECT before, after FROM rereads").fetchall() == [("accepted", None)]


def test_the_daemon_announces_a_corrected_row_once_on_the_desktop(
        dovecot: Dovecot, session_bus: Any, notification_recorder: Any, tmp_path: Path) -> None:
    from tests.integration.test_daemon import Running, config_text, wait_records

    db = tmp_path / "t.db"
    (tmp_path / "n.eml").write_bytes(meta_mail("notice", sent=datetime.now(UTC)))
    invoke(["--db", str(db), "import", str(tmp_path / "n.eml")])
    as_an_older_classifier_wrote_it(db, keep_raw=True)
    dovecot.add_user("alice", "secret-a")
    dovecot.maildir("alice")
    (tmp_path / "config.toml").write_text(config_text(dovecot, [("home", "alice")]))
    d = Running(tmp_path, session_bus, {"PW_ALICE": "secret-a"})
    try:
        d.wait_log("daemon started")
        found = wait_records(notification_recorder, lambda r: "Check your objection" in r["summary"])
        assert "alice@example.org" in found[0]["summary"]
        assert "accepted" in found[0]["body"]
    finally:
        d.stop()
    d2 = Running(tmp_path, session_bus, {"PW_ALICE": "secret-a"})
    try:
        d2.wait_log("daemon started")
        import time

        time.sleep(1.0)
        assert len([r for r in notification_recorder.records() if "Check your objection" in r["summary"]]) == 1
    finally:
        d2.stop()
