"""Commands that read open the database read-only and create nothing: `status` and `history` work
in a folder the user cannot write to, and with no database at all; an import that fails leaves
no database behind. Run as a real process, as an unprivileged user (CI runs as root, and root
ignores file modes: there the process drops to `nobody` with setpriv)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.mailfactory import meta_mail

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534
NOW = "2026-11-25T12:00:00+00:00"


def tracker(*args: str, home: Path, as_user: bool = False) -> subprocess.CompletedProcess[str]:
    """``tracker ARGS`` in a process of its own, in English; ``as_user``: as a user without
    privileges (``nobody`` when the suite runs as root), so that file modes apply."""
    prefix: list[str] = []
    if as_user and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to drop root for the permission tests"
        prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share")}
    return subprocess.run([*prefix, sys.executable, "-m", "tracker", "--lang", "en", *args], capture_output=True,
                          text=True, env=env, cwd=home, timeout=120)


@pytest.fixture
def locked_folder() -> Iterator[Path]:
    """A folder outside pytest's private tmp tree (which `nobody` cannot enter); the test locks it."""
    folder = Path(tempfile.mkdtemp(prefix="tracker-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder)


def lock(folder: Path) -> None:
    """Hand the folder and its files to the unprivileged user, then make the folder read-only."""
    if os.geteuid() == 0:
        for p in (folder, *folder.iterdir()):
            os.chown(p, NOBODY, NOBODY)
    folder.chmod(0o555)


def test_status_and_history_read_a_database_in_a_read_only_folder(locked_folder: Path) -> None:
    """GIVEN a database in a folder the user can read but not write, WHEN status and history run,
    THEN they show it (nothing beside the file is created: no journal, no WAL)."""
    db = locked_folder / "t.db"
    notice = locked_folder / "n.eml"
    notice.write_bytes(meta_mail("notice", sent=datetime(2026, 11, 20, 9, 0, tzinfo=UTC)))
    imported = tracker("--db", str(db), "import", str(notice), home=locked_folder)
    assert imported.returncode == 0, imported.stderr
    lock(locked_folder)
    before = sorted(p.name for p in locked_folder.iterdir())
    status = tracker("--db", str(db), "--now", NOW, "status", "--json", home=locked_folder, as_user=True)
    assert status.returncode == 0, status.stderr
    assert [(r["account"], r["state"]) for r in json.loads(status.stdout)] == [("alice@example.org", "action_needed")]
    human = tracker("--db", str(db), "--now", NOW, "status", home=locked_folder, as_user=True)
    assert human.returncode == 0, human.stderr
    assert "alice@example.org" in human.stdout
    history = tracker("--db", str(db), "history", "--json", home=locked_folder, as_user=True)
    assert history.returncode == 0, history.stderr
    assert "action_needed" in history.stdout
    assert sorted(p.name for p in locked_folder.iterdir()) == before


def test_import_into_a_read_only_folder_is_one_line(locked_folder: Path) -> None:
    """Writing is refused with one line naming the folder, as the unprivileged user it concerns."""
    notice = locked_folder / "n.eml"
    notice.write_bytes(meta_mail("notice", sent=datetime(2026, 11, 20, 9, 0, tzinfo=UTC)))
    lock(locked_folder)
    r = tracker("--db", str(locked_folder / "t.db"), "import", str(notice), home=locked_folder, as_user=True)
    assert r.returncode == 1, r.stderr
    assert r.stderr == f"error: {locked_folder / 't.db'}: cannot create the database (directory {locked_folder} " \
                       "is not writable)\n"
    assert not (locked_folder / "t.db").exists()


def test_reading_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    """GIVEN no database, WHEN status (JSON and human) and history run, THEN they say nothing is
    tracked, exit 0, and no file appears (not even the default data folder)."""
    db = tmp_path / "t.db"
    as_json = tracker("--db", str(db), "status", "--json", home=tmp_path)
    assert (as_json.returncode, as_json.stdout, as_json.stderr) == (0, "[]\n", "")
    human = tracker("--db", str(db), "status", home=tmp_path)
    assert human.returncode == 0, human.stderr
    assert "No Meta account tracked yet" in human.stdout
    history = tracker("--db", str(db), "history", "--json", home=tmp_path)
    assert (history.returncode, history.stderr) == (0, "")
    default = tracker("status", "--json", home=tmp_path)  # the default database, in the data folder
    assert (default.returncode, default.stdout) == (0, "[]\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_importing_a_missing_file_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    r = tracker("--db", str(db), "import", str(tmp_path / "nope.mbox"), home=tmp_path)
    assert r.returncode == 1
    assert "nope.mbox" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_failed_import_creates_no_database_but_keeps_an_existing_one(tmp_path: Path) -> None:
    """A file that is not mail fails the import: a database created for it is removed again; a
    database that was there before stays, with what it held."""
    garbage = tmp_path / "garbage.eml"
    garbage.write_bytes(b"\x00\x01 not a mail \xff" * 10)
    db = tmp_path / "t.db"
    r = tracker("--db", str(db), "import", str(garbage), home=tmp_path)
    assert r.returncode == 1, r.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["garbage.eml"]
    notice = tmp_path / "n.eml"
    notice.write_bytes(meta_mail("notice", sent=datetime(2026, 11, 20, 9, 0, tzinfo=UTC)))
    assert tracker("--db", str(db), "import", str(notice), home=tmp_path).returncode == 0
    assert tracker("--db", str(db), "import", str(tmp_path / "nope.mbox"), home=tmp_path).returncode == 1
    status = tracker("--db", str(db), "--now", NOW, "status", "--json", home=tmp_path)
    assert [r["state"] for r in json.loads(status.stdout)] == ["action_needed"]
