"""Hostile mail on the desktop and in the terminal.

Desktop: the notification body reaches the server as markup only when the server says it reads
markup (``body-markup``), every quoted value escaped, and the form's link as the one element (``<a
href>`` only with ``body-hyperlinks``); elsewhere as plain text. The recording notification
server on a private session bus plays both kinds of server.

Terminal: a fake whose From display name carries ESC sequences, an OSC 8 hyperlink and a
right-to-left override goes through every human output (classify, the log, status, history,
letter): none of those characters comes out, and the "NOT AUTHENTIC" / suspicious marker stays.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.mailfactory import meta_mail
from tests.servers import NotificationRecorder, SessionBus
from tracker.cli import cli
from tracker.config import parse_config
from tracker.daemon import Daemon
from tracker.notify import Notification, Notifier
from tracker.store import Store

BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
OSC8 = "\x1b]8;;https://evil/\x1b\\"
#: What a fake calls itself: erase the line, go to column 1, a hidden link, a right-to-left
#: override, then "conceal" (ESC [8m) for whatever the terminal prints next.
TERMINAL_NAME = f"Facebook \x1b[2K\x1b[1G{OSC8}Security{OSC8}\x1b]8;;\x07 \u202eytiruceS\x1b[8m"
#: What a fake calls itself for a notification server that reads markup.
MARKUP_NAME = 'Facebook <a href="https://evil.example/">Security</a> <b>urgent</b> &amp; co'
#: A real Meta link: the ``&`` broke the markup body.
META_URL = "https://www.facebook.com/n/?privacy%2Fgenai%2Fobjection%2F&aref=8010239500&medium=email"


def _encoded(text: str) -> str:
    """An RFC 2047 encoded word: the header carries any character, the parser decodes it back."""
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def _fake(display_name: str, sent: datetime) -> bytes:
    """A Meta-looking acceptance from a foreign address whose display name claims Facebook."""
    msg = message_from_bytes(meta_mail("accepted", sent=sent, authentic=False, to="alice@example.org"),
                             policy=policy.compat32)
    del msg["From"]
    msg["From"] = f"{_encoded(display_name)} <security@mailer.example.net>"
    return msg.as_bytes()


def _hostile(text: str) -> set[str]:
    """Characters a terminal acts on (controls other than newline) and bidi controls found in text."""
    return {c for c in text if (unicodedata.category(c) == "Cc" and c != "\n") or c in BIDI}


# ---- desktop ------------------------------------------------------------------------------------


@pytest.fixture
def recorder_with(session_bus: SessionBus, monkeypatch: pytest.MonkeyPatch
                  ) -> Iterator[Callable[[list[str]], NotificationRecorder]]:
    """Starts the recording server answering GetCapabilities with the given list."""
    started: list[NotificationRecorder] = []

    def start(capabilities: list[str]) -> NotificationRecorder:
        monkeypatch.setenv("NOTIFICATION_RECORDER_CAPABILITIES", ",".join(capabilities))
        recorder = NotificationRecorder(session_bus).start()
        started.append(recorder)
        return recorder

    yield start
    for recorder in started:
        recorder.stop()


def _markup(body: str) -> ET.Element:
    """The body read as a server reads markup (a ParseError if it is not well-formed)."""
    return ET.fromstring(f"<body>{body}</body>")  # noqa: S314  tracker's own output, under test


def _elements(body: str) -> list[ET.Element]:
    """The elements in the body: the sender's must not be among them."""
    return list(_markup(body).iter())[1:]


def _send(text: str, url: str | None) -> None:
    notifier = Notifier()
    try:
        assert notifier.send(Notification(summary="s", body=text, url=url)).delivered
    finally:
        notifier.close()


def test_a_markup_server_gets_every_value_escaped_and_the_link_as_the_only_element(
        recorder_with: Callable[[list[str]], NotificationRecorder]) -> None:
    recorder = recorder_with(["actions", "body", "body-markup", "body-hyperlinks"])
    _send(f"display name '{MARKUP_NAME}' claims facebook", META_URL)
    body = recorder.wait_for(1)[0]["body"]
    [link] = _elements(body)
    assert link.tag == "a"
    assert link.get("href") == META_URL
    assert link.text == META_URL
    text = _markup(body).text
    assert text == f"display name '{MARKUP_NAME}' claims facebook\n"  # shown as written, tags and all


def test_a_markup_server_without_hyperlinks_gets_the_url_as_escaped_text(
        recorder_with: Callable[[list[str]], NotificationRecorder]) -> None:
    recorder = recorder_with(["actions", "body", "body-markup"])
    _send(f"display name '{MARKUP_NAME}'", META_URL)
    body = recorder.wait_for(1)[0]["body"]
    assert _elements(body) == []
    assert _markup(body).text == f"display name '{MARKUP_NAME}'\n{META_URL}"


@pytest.mark.parametrize("capabilities", [["actions", "body", "body-hyperlinks", "persistence"], []],
                         ids=["hyperlinks-without-markup", "nothing"])
def test_a_server_without_body_markup_gets_plain_text(
        recorder_with: Callable[[list[str]], NotificationRecorder], capabilities: list[str]) -> None:
    recorder = recorder_with(capabilities)
    _send(f"display name '{MARKUP_NAME}'", META_URL)
    assert recorder.wait_for(1)[0]["body"] == f"display name '{MARKUP_NAME}'\n{META_URL}"


@pytest.mark.parametrize("markup", [True, False], ids=["markup-server", "plain-server"])
def test_the_daemon_warns_of_a_fake_without_its_markup_or_controls(
        recorder_with: Callable[[list[str]], NotificationRecorder], tmp_path: Path, markup: bool) -> None:
    """GIVEN a fake whose display name holds a link, bold, ESC sequences, OSC 8 and U+202E, imported,
    WHEN the daemon notifies it, THEN the server gets the warning with the name as text: no element
    of the fake's, no control, still the suspicious summary and urgency."""
    recorder = recorder_with(["actions", "body", "body-markup", "body-hyperlinks"] if markup else ["body"])
    now = datetime.now(UTC)
    eml = tmp_path / "fake.eml"
    eml.write_bytes(_fake(MARKUP_NAME + TERMINAL_NAME, now - timedelta(minutes=5)))
    db = str(tmp_path / "t.db")
    assert CliRunner().invoke(cli, ["--db", db, "import", str(eml)], catch_exceptions=False).exit_code == 0
    store = Store.open(db)
    daemon = Daemon(lambda: parse_config({}, None), store, lambda: now, lambda c: "en", Notifier())
    try:
        assert daemon.check_notifications(now) == 1
    finally:
        daemon.notifier.close()
        store.close()
    [record] = recorder.wait_for(1)
    assert "Suspicious" in record["summary"]
    assert record["hints"]["urgency"] == 2
    body = record["body"]
    if markup:
        assert _elements(body) == [], "the fake wrote markup into the notification"
    assert not _hostile(body)
    shown = _markup(body).text if markup else body
    assert shown is not None
    assert MARKUP_NAME in shown
    assert "claims facebook" in shown


# ---- terminal -----------------------------------------------------------------------------------


@pytest.fixture
def fake_eml(tmp_path: Path) -> Path:
    path = tmp_path / "fake.eml"
    path.write_bytes(_fake(TERMINAL_NAME, datetime(2026, 5, 1, tzinfo=UTC)))
    return path


def _run(*args: str) -> tuple[str, str]:
    """The CLI with colour on, as on a terminal: click then strips nothing itself."""
    r = CliRunner().invoke(cli, ["--lang", "en", *args], catch_exceptions=False, color=True)
    assert r.exit_code == 0, r.output
    return r.stdout, r.stderr


def test_classify_shows_the_fake_as_not_authentic_without_its_controls(fake_eml: Path) -> None:
    out, _err = _run("classify", str(fake_eml))
    assert not _hostile(out)
    assert "NOT AUTHENTIC" in out
    assert "display name 'Facebook ␛[2K␛[1G␛]8;;https://evil/␛\\Security" in out  # shown, not obeyed


def test_classify_json_keeps_the_display_name_as_it_was(fake_eml: Path) -> None:
    out, _err = _run("classify", "--json", str(fake_eml))
    assert "\\u001b[2K" in out  # json.dumps escapes it: nothing to do there
    assert "\\u202e" in out or "\u202e" in out  # kept as the mail has it, for programs


def test_status_and_history_list_the_fake_as_suspicious_without_its_controls(fake_eml: Path,
                                                                             tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    _run("--db", db, "import", str(fake_eml))
    out, _err = _run("--db", db, "--now", "2026-05-01T10:00:00+00:00", "status")
    assert not _hostile(out)
    assert "Suspicious messages" in out
    assert "claims facebook" in " ".join(out.split())  # rich may wrap the line
    out, _err = _run("--db", db, "history")
    assert not _hostile(out)
    assert "Suspicious messages" in out
    assert "claims facebook" in " ".join(out.split())


def test_log_lines_quoting_the_fake_hold_none_of_its_controls(fake_eml: Path, tmp_path: Path) -> None:
    """A subprocess: the log goes through the handlers `tracker` sets up, not pytest's."""
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_CONFIG"} | {"XDG_CONFIG_HOME": str(tmp_path)}
    r = subprocess.run([sys.executable, "-m", "tracker", "-v", "--lang", "en", "--db", str(tmp_path / "t.db"),
                        "import", str(fake_eml)], capture_output=True, text=True, check=False, env=env)
    assert r.returncode == 0, r.stderr
    [line] = [ln for ln in r.stderr.splitlines() if "not authentic" in ln]
    assert not _hostile(r.stderr)
    assert "claims facebook" in line


def test_letter_shows_an_account_read_from_mail_without_its_controls(tmp_path: Path) -> None:
    """GIVEN an authentic refusal whose To: address carries a right-to-left override and an ESC
    sequence, WHEN `tracker letter` prints the objection and the complaint, THEN neither comes out."""
    msg = message_from_bytes(meta_mail("refused", sent=datetime(2026, 5, 1, tzinfo=UTC), to="alice@example.org"),
                             policy=policy.compat32)
    del msg["To"]
    msg["To"] = _encoded("alice\u202e\x1b]8;;https://evil/\x07@example.org")
    eml = tmp_path / "refused.eml"
    eml.write_bytes(msg.as_bytes())
    db = str(tmp_path / "t.db")
    _run("--db", db, "import", str(eml))
    [account] = [row["account"] for row in json.loads(_run("--db", db, "status", "--json")[0])]
    assert _hostile(account), "the parser cleaned the address: this test no longer tests anything"
    out, _err = _run("--db", db, "letter", account)
    assert not _hostile(out)
    assert "Complaint under Article 77" in out
