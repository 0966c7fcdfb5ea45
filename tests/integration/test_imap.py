"""`tracker poll` against a real Dovecot on 127.0.0.1: the shared timelines, TLS, several
mailboxes, Gmail-like labels, a UIDVALIDITY change, a poll killed with SIGKILL and resumed,
wrong passwords, missing folders, a server that goes away, and secrets kept out of the logs."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.mailfactory import meta_mail, personal_mail
from tests.paths import CORPUS, shared_params
from tests.servers import Dovecot
from tracker.cli import cli

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NOW = "2026-11-25T12:00:00+00:00"


def mailbox_toml(name: str, server: Dovecot, user: str, env: str, *, folders: tuple[str, ...] = ("INBOX",),
                 tls: str = "none", extra: str = "") -> str:
    port = server.ssl_port if tls == "ssl" else server.port
    ca = f'ca_file = "{server.cafile}"\n' if tls != "none" else ""
    host = "localhost" if tls != "none" else "127.0.0.1"
    return (f'[[mailbox]]\nname = "{name}"\nhost = "{host}"\nport = {port}\ntls = "{tls}"\nusername = "{user}"\n'
            f'password_env = "{env}"\nfolders = {json.dumps(list(folders))}\ntimeout = 10\n{ca}{extra}\n')


def run(tmp: Path, config: str, args: list[str], env: dict[str, str],
        now: str = NOW, lang: str = "en") -> subprocess.CompletedProcess[str]:
    cfg = tmp / "config.toml"
    cfg.write_text(config)
    cmd = [sys.executable, "-m", "tracker", "--lang", lang, "--config", str(cfg), "--db", str(tmp / "t.db"), "--now",
           now, *args]
    return subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **env}, timeout=120)


def status(tmp: Path, now: str = NOW) -> list[dict[str, Any]]:
    r = CliRunner().invoke(cli, ["--db", str(tmp / "t.db"), "--now", now, "status", "--json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    rows: list[dict[str, Any]] = json.loads(r.stdout)
    return rows


def key_rows(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    keys = ("mailbox", "platform", "account", "round", "state", "deadline", "days_left")
    return sorted(tuple(r.get(k) for k in keys) for r in rows)


BLIND = Path(__file__).resolve().parents[1] / "corpus" / "blind"


def _with_a_fake(root: Path, path: Path) -> bool:
    """Does the timeline hold a message labelled not authentic (a fake that must move nothing)?"""
    fakes = {json.loads(line)["file"] for line in (root / "manifest.jsonl").read_text().splitlines()
             if line.strip() and json.loads(line).get("authentic") is False}
    return any((m if isinstance(m, str) else m["file"]) in fakes for m in json.loads(path.read_text())["messages"])


def _scenarios() -> list[Any]:
    """The shared timelines, and the blind batches' timelines that hold a fake: served as
    delivered, headers and all, a forged verdict must not move a row through poll either."""
    out = [pytest.param(CORPUS, p, id=p.stem) for p in sorted((CORPUS / "scenarios").glob("*.json"))]
    for root in sorted(p for p in BLIND.iterdir() if (p / "scenarios").is_dir()):
        out += [pytest.param(root, p, id=f"{root.name}/{p.stem}") for p in sorted((root / "scenarios").glob("*.json"))
                if _with_a_fake(root, p)]
    return shared_params(out, "corpus/scenarios", 2)


@pytest.mark.parametrize(("root", "path"), _scenarios())
def test_shared_scenario_polled_from_dovecot_matches_and_leaves_flags_alone(
        dovecot: Dovecot, tmp_path: Path, root: Path, path: Path) -> None:
    scenario = json.loads(path.read_text())
    by_box: dict[str, list[bytes]] = {}
    for m in scenario["messages"]:
        f, mb = (m, "default") if isinstance(m, str) else (m["file"], m.get("mailbox") or "default")
        by_box.setdefault(mb, []).append((root / f).read_bytes())
    config, env, users = "", {}, {}
    for i, (mb, msgs) in enumerate(by_box.items()):
        user = f"u{i}"
        dovecot.add_user(user, f"pw{i}")
        dovecot.seed(user, msgs + [personal_mail(k) for k in range(5)], seen={0, 2})
        users[mb] = user
        env[f"PW{i}"] = f"pw{i}"
        config += mailbox_toml(mb, dovecot, user, f"PW{i}")
    before = {u: dovecot.flags_snapshot(u) for u in users.values()}
    for _ in range(2):
        r = run(tmp_path, config, ["poll"], env, scenario["now"])
        assert r.returncode == 0, r.stderr
    assert {u: dovecot.flags_snapshot(u) for u in users.values()} == before
    exp = scenario["expect"]
    keys = [k for k in ("mailbox", "platform", "account", "round", "state", "deadline", "days_left")
            if all(k in e for e in exp)]
    got = sorted(tuple(r.get(k) for k in keys) for r in status(tmp_path, scenario["now"]))
    assert got == sorted(tuple(e.get(k) for k in keys) for e in exp)


def timeline() -> list[bytes]:
    return [
        meta_mail("notice", sent=T0),
        meta_mail("code", sent=T0 + timedelta(days=1)),
        meta_mail("received", sent=T0 + timedelta(days=1, minutes=5)),
        meta_mail("notice", sent=T0, platform="instagram"),
        meta_mail("accepted", sent=T0 + timedelta(days=2), authentic=False),
    ]


def test_poll_and_import_of_the_same_messages_give_identical_status(dovecot: Dovecot, tmp_path: Path) -> None:
    msgs = timeline()
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", msgs)
    r = run(tmp_path, mailbox_toml("default", dovecot, "alice", "PW"), ["poll"], {"PW": "secret"})
    assert r.returncode == 0, r.stderr
    polled = status(tmp_path)
    other = tmp_path / "import"
    other.mkdir()
    files = []
    for i, raw in enumerate(msgs):
        p = other / f"{i}.eml"
        p.write_bytes(raw)
        files.append(str(p))
    CliRunner().invoke(cli, ["--db", str(other / "t.db"), "import", *files], catch_exceptions=False)
    assert polled == status(other)
    assert len(polled) == 2


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_tls_and_starttls_verify_the_server_certificate(dovecot: Dovecot, tmp_path: Path, tls: str) -> None:
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", timeline())
    r = run(tmp_path, mailbox_toml("perso", dovecot, "alice", "PW", tls=tls), ["poll"], {"PW": "secret"})
    assert r.returncode == 0, r.stderr
    assert len(status(tmp_path)) == 2


def test_wrong_certificate_authority_is_a_tls_failure_line(dovecot: Dovecot, tmp_path: Path) -> None:
    dovecot.add_user("alice", "secret")
    cfg = mailbox_toml("perso", dovecot, "alice", "PW", tls="ssl").replace(f'ca_file = "{dovecot.cafile}"\n', "")
    r = run(tmp_path, cfg, ["poll"], {"PW": "secret"})
    assert r.returncode == 1
    assert "TLS failure" in r.stderr
    assert r.stderr.count("\n") == 1


def test_two_mailboxes_one_with_a_wrong_password(dovecot: Dovecot, tmp_path: Path) -> None:
    """GIVEN two mailboxes, the first with a wrong password, WHEN polling, THEN one clear line for
    the first (with the app-password hint), the second still polled, and exit status 1."""
    dovecot.add_user("alice", "secret")
    dovecot.add_user("bob", "hunter2")
    dovecot.seed("alice", timeline())
    dovecot.seed("bob", [meta_mail("notice", sent=T0, to="bob@example.org")])
    cfg = mailbox_toml("alice", dovecot, "alice", "PWA") + mailbox_toml("bob", dovecot, "bob", "PWB")
    r = run(tmp_path, cfg, ["poll"], {"PWA": "wrong", "PWB": "hunter2"})
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1
    assert "login refused" in r.stderr
    assert "app password" in r.stderr
    assert "'alice'" in r.stderr
    assert "wrong" not in r.stderr
    assert [row["mailbox"] for row in status(tmp_path)] == ["bob"]


def test_missing_folder_lists_the_folders_that_exist(dovecot: Dovecot, tmp_path: Path) -> None:
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", timeline())
    dovecot.seed("alice", [personal_mail(1)], folder="Archive")
    r = run(tmp_path, mailbox_toml("perso", dovecot, "alice", "PW", folders=("INBOX", "Nope")), ["poll"],
            {"PW": "secret"})
    assert r.returncode == 1
    assert "no folder 'Nope'" in r.stderr
    assert "Archive" in r.stderr
    assert "INBOX" in r.stderr
    r = run(tmp_path, mailbox_toml("perso", dovecot, "alice", "PW"), ["folders", "--mailbox", "perso"],
            {"PW": "secret"})
    assert r.returncode == 0
    assert r.stdout.split() == ["Archive", "INBOX"]


def test_unknown_mailbox_name_lists_the_configured_ones(dovecot: Dovecot, tmp_path: Path) -> None:
    r = run(tmp_path, mailbox_toml("perso", dovecot, "alice", "PW"), ["poll", "--mailbox", "work"], {"PW": "x"})
    assert r.returncode == 1
    assert r.stderr.strip().endswith("no mailbox named 'work' (configured: perso)")


def test_same_message_in_two_labels_counts_once(dovecot: Dovecot, tmp_path: Path) -> None:
    msgs = timeline()
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", msgs)
    dovecot.seed("alice", msgs[:3], folder="Labels/Meta")
    r = run(tmp_path, mailbox_toml("gmail", dovecot, "alice", "PW", folders=("INBOX", "Labels.Meta")), ["poll"],
            {"PW": "secret"})
    assert r.returncode == 0, r.stderr
    assert ", 3 duplicates skipped" in r.stdout
    con = sqlite3.connect(tmp_path / "t.db")
    assert con.execute("select count(*) from events").fetchone()[0] == 4  # the fake makes none
    assert con.execute("select count(*) from locations").fetchone()[0] == 8


def test_uidvalidity_change_rescans_without_duplicates(dovecot: Dovecot, tmp_path: Path) -> None:
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", timeline())
    cfg = mailbox_toml("perso", dovecot, "alice", "PW")
    assert run(tmp_path, cfg, ["poll"], {"PW": "secret"}).returncode == 0
    rows = status(tmp_path)
    dovecot.set_uidvalidity("alice", "INBOX", 4242)
    dovecot.deliver("alice", meta_mail("accepted", sent=T0 + timedelta(days=3)))
    r = run(tmp_path, cfg, ["-v", "poll"], {"PW": "secret"})
    assert r.returncode == 0, r.stderr
    assert "UIDVALIDITY changed" in r.stderr
    assert ", 1 new event, 5 duplicates skipped" in r.stdout
    after = status(tmp_path)
    assert [x["state"] for x in after if x["platform"] == "facebook"] == ["accepted"]
    assert len(after) == len(rows)
    con = sqlite3.connect(tmp_path / "t.db")
    assert con.execute("select uidvalidity from folders").fetchall() == [(4242,)]


def test_second_poll_with_nothing_new_fetches_nothing(dovecot: Dovecot, tmp_path: Path) -> None:
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", timeline() + [personal_mail(i) for i in range(20)])
    cfg = mailbox_toml("perso", dovecot, "alice", "PW")
    assert "perso: 5 read, 5 from Meta," in run(tmp_path, cfg, ["poll"], {"PW": "secret"}).stdout
    assert "perso: 0 read, 0 from Meta," in run(tmp_path, cfg, ["poll"], {"PW": "secret"}).stdout


def _big_mailbox(dovecot: Dovecot, n: int) -> list[bytes]:
    msgs = [meta_mail("notice", sent=T0 + timedelta(minutes=i), to=f"user{i}@example.org") for i in range(n)]
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", msgs)
    return msgs


def _count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    try:  # read-only: never create the file before tracker does (it would not be 0600)
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        return int(con.execute(f"select count(*) from {table}").fetchone()[0])  # noqa: S608
    except sqlite3.Error:
        return 0


def _poll_until_some_committed(dovecot: Dovecot, tmp_path: Path,
                               n: int) -> tuple[subprocess.Popen[str], str, Path]:
    """A poll of ``n`` Meta messages running in its own process, returned once some are committed."""
    _big_mailbox(dovecot, n)
    return _start_poll(dovecot, tmp_path)


def _start_poll(dovecot: Dovecot, tmp_path: Path) -> tuple[subprocess.Popen[str], str, Path]:
    """`tracker poll` of alice's seeded mailbox in its own process, returned once some events are committed."""
    cfg = mailbox_toml("perso", dovecot, "alice", "PW")
    (tmp_path / "config.toml").write_text(cfg)
    db = tmp_path / "t.db"
    cmd = [sys.executable, "-m", "tracker", "--lang", "fr", "--config", str(tmp_path / "config.toml"), "--db", str(db),
           "--now", NOW, "poll"]
    proc = subprocess.Popen(cmd, env={**os.environ, "PW": "secret"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 60
    while _count(db, "events") < 60 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    return proc, cfg, db


def _kill_then_poll_again(proc: subprocess.Popen[str], cfg: str, db: Path, tmp_path: Path, n: int) -> None:
    """SIGKILL a running poll after some commits, poll again: exactly one event, message and row per message."""
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = _count(db, "events")
    assert 0 < done < n, f"the kill came too late or too early ({done} of {n})"
    r = run(tmp_path, cfg, ["poll"], {"PW": "secret"})
    assert r.returncode == 0, r.stderr
    assert _count(db, "events") == n
    assert _count(db, "messages") == n
    assert len(status(tmp_path)) == n


def test_poll_killed_mid_way_resumes_without_duplicate_or_missing_event(dovecot: Dovecot, tmp_path: Path) -> None:
    """GIVEN 600 Meta messages, WHEN a poll is SIGKILLed after some batches committed and a second
    poll runs, THEN there is exactly one event per message and one row per account."""
    n = 600
    proc, cfg, db = _poll_until_some_committed(dovecot, tmp_path, n)
    _kill_then_poll_again(proc, cfg, db, tmp_path, n)


def test_server_gone_mid_sync_is_one_line_and_keeps_what_was_committed(dovecot: Dovecot, tmp_path: Path) -> None:
    # Enough mail that the fetching (two batches ahead of the classifying) is still going on.
    proc, _cfg, db = _poll_until_some_committed(dovecot, tmp_path, 2500)
    dovecot.stop()
    _out, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the poll finished before the server stopped")
    assert proc.returncode == 1
    assert err.count("\n") == 1
    assert "boîte 'perso'" in err  # _start_poll runs it in French (--lang fr)
    assert "Traceback" not in err
    kept = _count(db, "events")
    assert kept == _count(db, "messages")
    assert kept >= 50


def test_logs_never_show_the_password_or_a_code(dovecot: Dovecot, tmp_path: Path) -> None:
    dovecot.add_user("alice", "S3cr3t-pass")
    dovecot.seed("alice", [meta_mail("notice", sent=T0), meta_mail("code", sent=T0 + timedelta(days=1),
                                                                   code="482913")])
    r = run(tmp_path, mailbox_toml("perso", dovecot, "alice", "PW"), ["-vv", "poll"], {"PW": "S3cr3t-pass"})
    assert r.returncode == 0, r.stderr
    assert "logged in" in r.stderr  # the debug log did run
    assert "S3cr3t-pass" not in r.stderr + r.stdout
    assert "482913" not in r.stderr + r.stdout


def test_plain_imap_to_a_remote_host_is_refused_by_the_config(tmp_path: Path) -> None:
    cfg = ('[[mailbox]]\nname = "perso"\nhost = "imap.example.org"\ntls = "none"\nusername = "me"\n'
           'password_env = "PW"\n')
    r = run(tmp_path, cfg, ["poll"], {"PW": "x"})
    assert r.returncode == 1
    assert 'tls: "none" is only allowed to a loopback address' in r.stderr
    assert r.stderr.count("\n") == 1


def test_a_server_that_never_answers_times_out_in_one_line(tmp_path: Path) -> None:
    """Dovecot always answers, so a silent listener on 127.0.0.1 stands in: it accepts the
    connection and says nothing (what a hung server or a dead NAT path looks like)."""
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    try:
        cfg = (f'[[mailbox]]\nname = "slow"\nhost = "127.0.0.1"\nport = {port}\ntls = "none"\nusername = "me"\n'
               'password_env = "PW"\ntimeout = 1\n')
        r = run(tmp_path, cfg, ["poll"], {"PW": "x"})
    finally:
        listener.close()
    assert r.returncode == 1
    assert "mailbox 'slow'" in r.stderr
    assert "timed out" in r.stderr
    assert r.stderr.count("\n") == 1


def _filler(i: int) -> bytes:
    """Ordinary mail, built as bytes (tens of thousands of them in a test)."""
    return (f"From: Friend {i % 97} <friend{i % 97}@example.net>\r\nTo: alice@example.org\r\n"
            f"Subject: note {i}\r\nDate: Fri, 20 Nov 2026 09:00:00 +0000\r\nMessage-ID: <f{i}@example.net>\r\n"
            f"\r\nSee you on Sunday, {i}.\r\n").encode()


def _mixed_mailbox(dovecot: Dovecot, total: int, meta: int) -> None:
    """``total`` messages, ``meta`` of them Meta notices spread evenly, the rest personal mail."""
    every = total // meta
    msgs = [meta_mail("notice", sent=T0 + timedelta(minutes=i), to=f"user{i}@example.org") if i % every == every // 2
            and i // every < meta else _filler(i) for i in range(total)]
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", msgs)


def test_a_big_first_sync_searches_ranges_aside_and_finds_the_same(dovecot: Dovecot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN a folder wider than the parallel threshold (lowered here), WHEN it is first synced,
    THEN a second connection searches it range by range while the first only fetches, and the
    result is exactly that of one search on one connection."""
    from tracker.config import MailboxConfig
    from tracker.ingest import SyncResult, sync_folder
    from tracker.mail import sync
    from tracker.mail.imap import ImapConnection
    from tracker.store import Store

    _mixed_mailbox(dovecot, 300, 40)
    monkeypatch.setenv("PW", "secret")
    mb = MailboxConfig(name="perso", host="127.0.0.1", port=dovecot.port, tls="none", username="alice",
                       password_env="PW", folders=("INBOX",), timeout=10)
    now = datetime.fromisoformat(NOW)
    monkeypatch.setattr(sync, "PARALLEL_SPAN", 50)
    monkeypatch.setattr(sync, "FIRST_RANGE", 10)
    monkeypatch.setattr(sync, "RANGE", 37)
    main_commands: list[str] = []
    aside_commands: list[str] = []

    def connect(m: MailboxConfig) -> ImapConnection:
        return ImapConnection(m, on_command=aside_commands.append).connect()

    results = []
    for name, how in (("aside", connect), ("single", None)):
        store = Store.open(str(tmp_path / f"{name}.db"))
        conn = ImapConnection(mb, on_command=main_commands.append if how else None).connect()
        result = SyncResult(mailbox="perso")
        sync_folder(conn, store, mb, "INBOX", now, result, connect=how)
        conn.close()
        results.append(([(r.account, r.state, r.deadline) for r in store.rows()], result.stats.meta,
                        len(result.new_events), store.folder_state("perso", "INBOX")))
        store.close()
    assert results[0] == results[1]
    assert results[0][1] == 40
    # ranges of 10, 20, 37, 37...: every one searched, on the other connection
    assert aside_commands.count("UID SEARCH") == 3 + -(-(300 - 67) // 37)
    assert "UID SEARCH" not in main_commands
    assert main_commands.count("UID FETCH") >= 1


def test_a_big_first_sync_killed_mid_way_resumes_without_duplicate_or_missing(dovecot: Dovecot,
                                                                              tmp_path: Path) -> None:
    """The same kill -9 as above, on a folder big enough (25,000 messages) for the ranged search."""
    from tracker.mail import sync

    total, meta = sync.PARALLEL_SPAN + 5000, 500
    _mixed_mailbox(dovecot, total, meta)
    proc, cfg, db = _start_poll(dovecot, tmp_path)
    _kill_then_poll_again(proc, cfg, db, tmp_path, meta)


def test_a_message_over_its_time_budget_is_recorded_as_malformed_and_passed(dovecot: Dovecot, tmp_path: Path) -> None:
    """TRACKER_MESSAGE_BUDGET=0: every Meta message exceeds it. Each is recorded as malformed,
    named by its UID, the folder position moves past it, and the next poll reads nothing again."""
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", timeline()[:3] + [personal_mail(i) for i in range(2)])
    cfg = mailbox_toml("perso", dovecot, "alice", "PW")
    first = run(tmp_path, cfg, ["poll"], {"PW": "secret", "TRACKER_MESSAGE_BUDGET": "0"})
    assert first.returncode == 0, first.stderr
    assert status(tmp_path) == []
    r = CliRunner().invoke(cli, ["--lang", "en", "--db", str(tmp_path / "t.db"), "--now", NOW, "status"],
                           catch_exceptions=False)
    assert r.output.count("too costly to read") == 3, r.output
    assert r.output.count("INBOX") >= 3, r.output  # each is named by its folder and UID
    again = run(tmp_path, cfg, ["poll"], {"PW": "secret"})
    assert "perso: 0 read," in again.stdout, again.stdout


def _delivered(raw: bytes, verdict: str | None, *, forged_below: str | None = None) -> bytes:
    """A message as a self-hosted server delivers it: its verdict above its entry hop (None: a
    server that writes none), and what the sender wrote (a forged verdict) below that hop."""
    head = (f"Authentication-Results: mail.example.org; {verdict}\r\n" if verdict else "") + (
            "Received: from vps-4471.hosting-cheap.example (vps-4471.hosting-cheap.example [203.0.113.20])\r\n"
            "\tby mail.example.org (Postfix) with ESMTPS id 13C9417ABF; Fri, 21 Nov 2026 09:00:06 +0000\r\n")
    if forged_below:
        head += f"Authentication-Results: {forged_below}\r\n"
    body = b"\r\n".join(line for line in raw.replace(b"\r\n", b"\n").split(b"\n")
                        if not line.startswith(b"Authentication-Results:"))
    return head.encode() + body


def test_a_forged_acceptance_never_moves_a_row_through_poll(dovecot: Dovecot, tmp_path: Path) -> None:
    """GIVEN a genuine notice and an acceptance whose only passing verdict was written by the
    sender below the receiving server's entry hop (the server's own says dmarc=fail), served by
    Dovecot as delivered, WHEN polled, THEN the row stays action_needed and the fake is listed."""
    genuine = _delivered(meta_mail("notice", sent=T0), "dkim=pass header.d=facebookmail.com; "
                         "dmarc=pass header.from=facebookmail.com")
    fake = _delivered(meta_mail("accepted", sent=T0 + timedelta(days=1)),
                      "dkim=none; dmarc=fail header.from=facebookmail.com",
                      forged_below="mx.google.com; dkim=pass header.d=facebookmail.com; "
                                   "dmarc=pass header.from=facebookmail.com")
    dovecot.add_user("alice", "secret")
    dovecot.seed("alice", [genuine, fake])
    r = run(tmp_path, mailbox_toml("perso", dovecot, "alice", "PW"), ["poll"], {"PW": "secret"})
    assert r.returncode == 0, r.stderr
    assert [row["state"] for row in status(tmp_path)] == ["action_needed"]
    human = CliRunner().invoke(cli, ["--lang", "en", "--db", str(tmp_path / "t.db"), "--now", NOW, "status"],
                               catch_exceptions=False).output
    assert "forged result below the receiving server's" in " ".join(human.split())


def test_a_forged_acceptance_never_moves_a_row_through_import(tmp_path: Path) -> None:
    genuine = _delivered(meta_mail("notice", sent=T0), "dkim=pass header.d=facebookmail.com; "
                         "dmarc=pass header.from=facebookmail.com")
    # The receiving server writes no verdict: the sender's is the only one, below the entry hop.
    fake = _delivered(meta_mail("accepted", sent=T0 + timedelta(days=1)), None,
                      forged_below="mx.google.com; dkim=pass header.d=facebookmail.com; "
                                   "dmarc=pass header.from=facebookmail.com")
    for i, raw in enumerate((genuine, fake)):
        (tmp_path / f"{i}.eml").write_bytes(raw)
    r = CliRunner().invoke(cli, ["--db", str(tmp_path / "t.db"), "--now", NOW, "import",
                                 str(tmp_path / "0.eml"), str(tmp_path / "1.eml")], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert [row["state"] for row in status(tmp_path)] == ["action_needed"]
