"""The way in, as a new user meets it (issue 17, items 7, 9-14, 18): what the demo and init say to
do next, the example configuration shipped with the package, the service unit that keeps the
options it was installed with, a demo that never touches a real database, doctor and
`notify --test` on a machine without a desktop, forgetting a wrongly imported file, and a plain
folder of .eml files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.mailfactory import meta_mail, personal_mail
from tracker.cli import cli

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-25T12:00:00+00:00"
SENT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def invoke(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--lang", "en", *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def process_env(tmp: Path, **extra: str) -> dict[str, str]:
    """A tracker process's environment: private XDG folders, no session bus, no config from outside."""
    env = {k: v for k, v in os.environ.items() if k not in ("TRACKER_CONFIG", "DBUS_SESSION_BUS_ADDRESS",
                                                             "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(XDG_CONFIG_HOME=str(tmp / "xdg-config"), XDG_DATA_HOME=str(tmp / "xdg-data"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    env.update(extra)
    return env


def tracker(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker", "--lang", "en", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120, stdin=subprocess.DEVNULL, check=False)


def messages_in(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        n: int = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    return n


# ---- 7: what to do next -----------------------------------------------------------------------


def test_the_demo_ends_with_the_two_commands_that_start_real_use() -> None:
    code, out, _err = invoke("--now", NOW, "demo")
    assert code == 0
    last = out.strip().splitlines()[-2:]
    assert "tracker init" in last[0], last
    assert "tracker daemon" in last[1], last
    assert "tracker service install" in last[1], last


def test_the_empty_status_suggests_init_without_a_mailbox_and_poll_with_one(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    assert invoke("--config", str(empty), "--db", str(db), "import", str(_eml(tmp_path, personal_mail(1))))[0] == 0
    code, out, _err = invoke("--config", str(empty), "--db", str(db), "status")
    assert code == 0
    assert "tracker init" in out
    assert "tracker poll" not in out
    configured = tmp_path / "configured.toml"
    configured.write_text('[[mailbox]]\nname = "perso"\nhost = "imap.example.org"\nusername = "me"\n'
                          'password_env = "X"\n')
    code, out, _err = invoke("--config", str(configured), "--db", str(db), "status")
    assert "tracker poll" in out
    assert "tracker init" not in out


def test_init_says_what_next_with_the_config_it_wrote(tmp_path: Path) -> None:
    cfg = tmp_path / "my config.toml"
    r = tracker(["--config", str(cfg), "init", "--email", "me@example.org", "--host", "imap.example.org",
                 "--password-env", "X", "--no-login-check", "--no-service", "--yes"], process_env(tmp_path))
    assert r.returncode == 0, r.stderr
    nxt = next(line for line in r.stdout.splitlines() if line.startswith("Next:"))
    assert f"`tracker --config '{cfg}' doctor`" in nxt
    assert f"`tracker --config '{cfg}' poll`" in nxt
    r = tracker(["init", "--email", "me@example.org", "--host", "imap.example.org", "--password-env", "X",
                 "--no-login-check", "--no-service", "--yes"], process_env(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "`tracker doctor`" in r.stdout  # the default file needs no --config


# ---- 9: the example configuration, shipped ----------------------------------------------------


def test_config_example_prints_the_documented_example_shipped_in_the_package() -> None:
    from importlib import resources

    shipped = resources.files("tracker").joinpath("data/config.example.toml").read_text(encoding="utf-8")
    assert shipped == (ROOT / "config.example.toml").read_text(encoding="utf-8")
    code, out, _err = invoke("config", "example")
    assert code == 0
    assert out == shipped


def test_every_pointer_to_the_example_says_how_to_get_it(tmp_path: Path) -> None:
    from tracker.cli.init import Draft, render_config

    empty = tmp_path / "empty.toml"
    empty.write_text("")
    code, _out, err = invoke("--config", str(empty), "--db", str(tmp_path / "t.db"), "poll")
    assert code == 1
    assert "tracker config example" in err
    r = tracker(["--config", str(empty), "--db", str(tmp_path / "t.db"), "doctor"], process_env(tmp_path))
    assert "tracker config example" in r.stdout
    draft = Draft(name="perso", host="imap.example.org", port=993, tls="ssl", username="me", folders=("INBOX",),
                  source="env", source_value="X")
    assert "tracker config example" in render_config(draft).splitlines()[0]


# ---- 10: the service keeps --config and --db --------------------------------------------------


def test_service_install_carries_the_options_and_documents_the_installed_readme(tmp_path: Path) -> None:
    env = process_env(tmp_path)
    (tmp_path / "work dir").mkdir()
    r = tracker(["--config", "my.toml", "--db", "state/t.db", "service", "install", "--no-enable"], env,
                cwd=tmp_path / "work dir")
    assert r.returncode == 0, r.stderr
    unit = (tmp_path / "xdg-config" / "systemd" / "user" / "tracker.service").read_text()
    start = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    work = tmp_path / "work dir"
    assert start.endswith(f' --config "{work}/my.toml" --db "{work}/state/t.db" daemon'), start
    doc = next(line for line in unit.splitlines() if line.startswith("Documentation="))
    uri = doc.removeprefix("Documentation=")
    assert uri.startswith("file:///"), doc
    from urllib.parse import unquote, urlparse

    readme = Path(unquote(urlparse(uri).path))
    assert readme.name == "README.md"
    assert readme.read_text(encoding="utf-8") == (ROOT / "README.md").read_text(encoding="utf-8")


def test_service_unit_quotes_what_systemd_would_expand(tmp_path: Path) -> None:
    from tracker.cli.service import exec_start

    line = exec_start("/usr/bin/tracker", "/home/a/100% $HOME.toml", "postgresql://u@h/db")
    assert line == '/usr/bin/tracker --config "/home/a/100%% $$HOME.toml" --db postgresql://u@h/db daemon'
    assert exec_start("/usr/bin/tracker", None, None) == "/usr/bin/tracker daemon"


# ---- 11: the demo never mixes into a real database; two mailboxes -----------------------------


def test_demo_keep_refuses_an_existing_database(tmp_path: Path) -> None:
    db = tmp_path / "real.db"
    assert invoke("--db", str(db), "import", str(_eml(tmp_path, meta_mail("notice", sent=SENT))))[0] == 0
    before = messages_in(db)
    code, out, err = invoke("--now", NOW, "demo", "--keep", str(db))
    assert code == 1
    assert "already exists" in err
    assert "sample mailbox" not in out
    assert messages_in(db) == before
    fresh = tmp_path / "demo.db"
    assert invoke("--now", NOW, "demo", "--keep", str(fresh))[0] == 0
    assert messages_in(fresh) > 0


def test_the_status_table_names_the_mailbox_when_there_are_several(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    eml = _eml(tmp_path, meta_mail("notice", sent=SENT))
    assert invoke("--db", str(db), "import", "--mailbox", "perso", str(eml))[0] == 0
    _code, out, _err = invoke("--db", str(db), "--now", NOW, "status")
    assert "perso" not in out  # one mailbox: nothing to tell apart
    assert invoke("--db", str(db), "import", "--mailbox", "travail", str(eml))[0] == 0
    _code, out, _err = invoke("--db", str(db), "--now", NOW, "status")
    assert "perso" in out
    assert "travail" in out


# ---- 12: doctor on a machine without a desktop ------------------------------------------------


def test_doctor_on_a_headless_machine_informs_instead_of_failing(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker import i18n
    from tracker.cli.doctor import check_notifications

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with i18n.speaking("en"):
        checks = list(check_notifications(None))
    assert checks
    assert all(c.ok and c.info for c in checks)
    r = tracker(["--config", str(tmp_path / "none.toml"), "--db", str(tmp_path / "t.db"), "doctor"],
                process_env(tmp_path))
    lines = r.stdout.splitlines()
    assert not any(line.startswith("PROBLEM  session bus") or line.startswith("PROBLEM  notifications")
                   for line in lines), r.stdout
    info = [line for line in lines if line.startswith("INFO")]
    assert len(info) == 1, r.stdout
    assert "no desktop session" in info[0]
    assert "log" in info[0]


def test_doctor_with_notifications_off_says_so_as_information(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[notifications]\nenabled = false\n")
    r = tracker(["--config", str(cfg), "--db", str(tmp_path / "t.db"), "doctor"], process_env(tmp_path))
    assert any(line.startswith("INFO") and "enabled = false" in line for line in r.stdout.splitlines()), r.stdout


def test_doctor_without_a_notification_server_is_information_without_a_display(
        tmp_path: Path, session_bus: object) -> None:
    address = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    cfg = tmp_path / "none.toml"
    headless = tracker(["--config", str(cfg), "--db", str(tmp_path / "t.db"), "doctor"],
                       process_env(tmp_path, DBUS_SESSION_BUS_ADDRESS=address))
    assert any(line.startswith("INFO") and "notification" in line for line in headless.stdout.splitlines()), \
        headless.stdout
    desktop = tracker(["--config", str(cfg), "--db", str(tmp_path / "t.db"), "doctor"],
                      process_env(tmp_path, DBUS_SESSION_BUS_ADDRESS=address, WAYLAND_DISPLAY="wayland-0"))
    assert any(line.startswith("PROBLEM  notifications") for line in desktop.stdout.splitlines()), desktop.stdout


# ---- 13: notify --test says what is missing, once ---------------------------------------------


@pytest.mark.parametrize(("address", "missing"), [
    (None, "DBUS_SESSION_BUS_ADDRESS"),
    ("unix:path=/nonexistent/bus", "/nonexistent/bus"),
    ("nonsense", "nonsense"),
])
def test_notify_test_says_in_one_sentence_what_is_missing(tmp_path: Path, address: str | None,
                                                          missing: str) -> None:
    env = process_env(tmp_path, **({"DBUS_SESSION_BUS_ADDRESS": address} if address else {}))
    r = tracker(["notify", "--test"], env)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    line = lines[0]
    assert line.startswith("error: ")
    assert missing in line
    assert "Error" not in line  # no exception class name (FileNotFoundError, ValueError, ...)
    assert "notification:" not in line
    assert "WARNING" not in r.stderr
    assert ". " not in line  # one sentence


def test_notify_test_without_a_notification_server(tmp_path: Path, session_bus: object) -> None:
    env = process_env(tmp_path, DBUS_SESSION_BUS_ADDRESS=os.environ["DBUS_SESSION_BUS_ADDRESS"])
    r = tracker(["notify", "--test"], env)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert "no notification server" in lines[0]
    assert "dunst" in lines[0]  # how to fix it


# ---- 14: forgetting a wrongly imported file; plurals ------------------------------------------


def test_forget_drops_a_wrongly_imported_file_and_it_can_be_imported_again(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    wrong = tmp_path / "photo.eml"
    wrong.write_bytes(bytes(range(256)) * 8)
    good = _eml(tmp_path, meta_mail("notice", sent=SENT))
    code, out, _err = invoke("--db", str(db), "import", str(wrong), str(good))
    assert code == 1
    assert "1 malformed" in out
    _code, out, _err = invoke("--db", str(db), "--now", NOW, "status")
    assert "photo.eml" in out
    code, out, err = invoke("--db", str(db), "forget", str(wrong))
    assert code == 0, err
    assert out.strip() == "forgot 1 malformed record"
    _code, out, _err = invoke("--db", str(db), "--now", NOW, "status")
    assert "photo.eml" not in out
    assert "Malformed" not in out
    assert messages_in(db) == 1  # the notice stays: forget only drops malformed records
    code, out, err = invoke("--db", str(db), "forget", str(wrong))
    assert code == 1
    assert "no malformed record" in err


def test_forget_malformed_drops_every_malformed_record(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    mbox = tmp_path / "m.mbox"
    mbox.write_bytes(b"From x@y Mon Jan  1 00:00:00 2024\n\x00\x01garbage\xff\n\n"
                     b"From x@y Mon Jan  1 00:00:00 2024\n\x00\x02rubbish\xff\n")
    invoke("--db", str(db), "import", str(_eml(tmp_path, meta_mail("notice", sent=SENT))), str(mbox))
    assert messages_in(db) == 3
    code, out, err = invoke("--db", str(db), "forget", "--malformed")
    assert code == 0, err
    assert out.strip() == "forgot 2 malformed records"
    assert messages_in(db) == 1
    code, _out, err = invoke("--db", str(db), "forget")
    assert code == 2  # neither SOURCE nor --malformed: a usage error


def test_the_import_summary_speaks_in_the_singular_for_one(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    good = _eml(tmp_path, meta_mail("notice", sent=SENT))
    _code, out, _err = invoke("--db", str(db), "import", str(good))
    assert out.strip() == "1 read, 1 from Meta, 1 new event, 0 duplicates skipped, 0 malformed"
    _code, out, _err = invoke("--db", str(db), "import", str(good))
    assert out.strip() == "1 read, 1 from Meta, 0 new events, 1 duplicate skipped, 0 malformed"


# ---- 18: a plain folder of .eml files ---------------------------------------------------------


def test_classify_and_import_read_a_plain_folder_of_eml_files_in_name_order(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "b.eml").write_bytes(meta_mail("code", sent=SENT))
    (folder / "a.eml").write_bytes(meta_mail("notice", sent=SENT))
    (folder / "notes.txt").write_text("not a message")
    (folder / ".hidden.eml").write_bytes(personal_mail(1))
    code, out, err = invoke("classify", str(folder))
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(str(folder / "a.eml"))
    assert lines[1].startswith(str(folder / "b.eml"))
    code, out, err = invoke("--db", str(tmp_path / "t.db"), "import", str(folder))
    assert code == 0, err
    assert out.startswith("2 read, 2 from Meta")
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _out, err = invoke("classify", str(empty))
    assert code == 1
    assert "no .eml file" in err


def _eml(tmp: Path, data: bytes) -> Path:
    path = tmp / f"m{len(list(tmp.glob('m*.eml')))}.eml"
    path.write_bytes(data)
    return path
