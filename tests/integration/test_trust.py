"""What the tool says must be true at --now, and the same in every output (issue 17, items 1-5).

Real SQLite files and the CLI end to end: the human table, ``status --json``, the calendar and
``mark`` are read at one moment and must agree on the last day to object, the next action and
the round."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from icalendar import Calendar

from tests.mailfactory import meta_mail
from tracker.cli import cli

#: The notice of the round of 16 December 2026 (last day to object: 15 December).
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def invoke(args: list[str], code: int = 0) -> Any:
    """Run the CLI in English (the suite's locale is French; French output is tested apart)."""
    result = CliRunner().invoke(cli, ["--lang", "en", *args], catch_exceptions=False)
    assert result.exit_code == code, f"{args} -> {result.exit_code}: {result.output}"
    return result


def feed(tmp_path: Path, *mails: bytes) -> Path:
    db = tmp_path / "t.db"
    files = []
    for i, data in enumerate(mails):
        p = tmp_path / f"{i}.eml"
        p.write_bytes(data)
        files.append(str(p))
    invoke(["--db", str(db), "import", *files])
    return db


def status(db: Path, now: str) -> Any:
    return json.loads(invoke(["--db", str(db), "--now", now, "status", "--json"]).stdout)


def human(db: Path, now: str) -> str:
    return " ".join(invoke(["--db", str(db), "--now", now, "status"]).stdout.split())


def cells(db: Path, now: str) -> list[list[str]]:
    """The human table's rows, each a list of its cells' texts (wrapped lines joined)."""
    rows: list[list[str]] = []
    current: list[list[str]] = []
    for line in invoke(["--db", str(db), "--now", now, "status"]).stdout.splitlines():
        if line.startswith(("│", "┃")):
            parts = [p.strip() for p in re.split("[│┃]", line.strip("│┃"))]
            current = current or [[] for _ in parts]
            for i, p in enumerate(parts):
                if p:
                    current[i].append(p)
        elif current:
            rows.append([" ".join(c) for c in current])
            current = []
    return rows[1:]  # the header first


# ---- 1. the countdown is to the last day to object --------------------------------------------------


def test_the_table_counts_down_to_the_last_day_and_the_json_names_it(tmp_path: Path) -> None:
    """GIVEN a round of 16 December, WHEN read a week, a day and no day before the last day
    (15 December), THEN the table says "in 7 days", "tomorrow", "today"; the JSON keeps
    days_left (to Meta's date) and names the last day."""
    db = feed(tmp_path, meta_mail("notice", sent=T0))
    for now, said, days_left in [("2026-12-08T12:00:00+00:00", "in 7 days", 8),
                                 ("2026-12-14T12:00:00+00:00", "tomorrow", 2),
                                 ("2026-12-15T12:00:00+00:00", "today", 1)]:
        [row] = cells(db, now)
        assert row[3] == said, (now, row)
        [obj] = status(db, now)
        assert (obj["days_left"], obj["last_day"]) == (days_left, "2026-12-15")


def test_the_calendar_alarm_and_the_table_say_the_same_count(tmp_path: Path) -> None:
    """A week before the last day the calendar's 7-day alarm and the table both say "in 7 days"."""
    db = feed(tmp_path, meta_mail("notice", sent=T0))
    now = "2026-12-08T08:00:00+00:00"
    ics = Calendar.from_ical(invoke(["--db", str(db), "--now", now, "export", "--ics", "-"]).stdout_bytes)
    summaries = [str(a["summary"]) for a in ics.walk("VALARM")]
    assert summaries[0] == "Last day to object in 7 days (facebook)"
    assert cells(db, now)[0][3] == "in 7 days"


def test_the_json_has_no_last_day_without_a_deadline(tmp_path: Path) -> None:
    db = feed(tmp_path, meta_mail("received", sent=T0))
    [obj] = status(db, "2026-11-25T12:00:00+00:00")
    assert (obj["round"], obj["days_left"], obj["last_day"]) == ("unknown", None, None)


# ---- 2. one next action for every output -------------------------------------------------------------


def test_status_and_the_calendar_agree_eight_minutes_after_a_code(tmp_path: Path) -> None:
    """GIVEN a code that arrived eight minutes ago, THEN status and the calendar's description
    give the same next action: type the code now."""
    sent = T0 + timedelta(days=1)
    db = feed(tmp_path, meta_mail("notice", sent=T0), meta_mail("code", sent=sent))
    now = (sent + timedelta(minutes=8)).isoformat()
    [obj] = status(db, now)
    assert obj["next_action"].startswith("Type the confirmation code")
    ics = Calendar.from_ical(invoke(["--db", str(db), "--now", now, "export", "--ics", "-"]).stdout_bytes)
    [event] = ics.walk("VEVENT")
    assert str(event["description"]).splitlines()[0] == obj["next_action"]


# ---- 3. advice that still makes sense for past rounds ---------------------------------------------


def test_a_round_long_past_says_what_still_makes_sense_and_when_it_was(tmp_path: Path) -> None:
    """GIVEN a code left unused in the round of 27 May 2025, WHEN read in November 2026, THEN
    the row does not ask for a new code for a long-gone deadline: objecting still stops future
    use; and its Round cell says "from May 27, 2025"."""
    db = feed(tmp_path, meta_mail("notice", sent=datetime(2025, 4, 24, 9, tzinfo=UTC), deadline=date(2025, 5, 27)),
              meta_mail("code", sent=datetime(2025, 5, 7, 20, tzinfo=UTC)))
    now = "2026-11-25T12:00:00+00:00"
    [obj] = status(db, now)
    assert (obj["round"], obj["state"]) == ("2025-05-27", "code_received")
    assert "again to get a new one" not in obj["next_action"]
    assert "still stops future use" in obj["next_action"]
    [row] = cells(db, now)
    assert row[1] == "from May 27, 2025"


def test_a_fresh_code_in_a_past_round_is_still_to_be_typed_in(tmp_path: Path) -> None:
    sent = datetime(2025, 6, 3, 20, tzinfo=UTC)
    db = feed(tmp_path, meta_mail("notice", sent=datetime(2025, 4, 24, 9, tzinfo=UTC), deadline=date(2025, 5, 27)),
              meta_mail("code", sent=sent))
    [obj] = status(db, (sent + timedelta(minutes=5)).isoformat())
    assert obj["next_action"].startswith("Type the confirmation code")


# ---- 4. mark without --round ----------------------------------------------------------------------------


def test_mark_on_an_untracked_account_records_the_latest_round_before_now(tmp_path: Path) -> None:
    """GIVEN rounds of 2025 and 2026 announced to another account, WHEN an untracked account is
    marked without --round in December 2026, THEN its row is the round of 2026-12-16, not unknown;
    marked in June 2025 (the 2026 notice not yet sent), the round of 2025-05-27."""
    db = feed(tmp_path, meta_mail("notice", sent=datetime(2025, 4, 24, 9, tzinfo=UTC), deadline=date(2025, 5, 27)),
              meta_mail("notice", sent=T0))
    invoke(["--db", str(db), "--now", "2026-12-01T10:00:00+00:00", "mark", "bob@example.org", "accepted",
            "--platform", "instagram"])
    invoke(["--db", str(db), "--now", "2025-06-01T10:00:00+00:00", "mark", "carol@example.org", "awaiting_answer",
            "--platform", "facebook"])
    rows = {(r["account"], r["round"], r["state"]) for r in status(db, "2026-12-01T12:00:00+00:00")}
    assert ("bob@example.org", "2026-12-16", "accepted") in rows
    assert ("carol@example.org", "2025-05-27", "awaiting_answer") in rows


def test_mark_with_no_round_known_at_all_stays_unknown(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    invoke(["--db", str(db), "--now", "2026-12-01T10:00:00+00:00", "mark", "bob@example.org", "accepted",
            "--platform", "instagram"])
    assert [r["round"] for r in status(db, "2026-12-01T12:00:00+00:00")] == ["unknown"]


# ---- 5. --now is a point in time ----------------------------------------------------------------------------


def test_a_round_announced_after_now_is_left_out_of_the_human_view_only(tmp_path: Path) -> None:
    """GIVEN rounds announced in April 2025 and November 2026, WHEN read at --now 2025-05-20,
    THEN the human view shows only the 2025 round and says one later round is not shown;
    the JSON (the contract: messages after --now count) still lists both."""
    db = feed(tmp_path, meta_mail("notice", sent=datetime(2025, 4, 24, 9, tzinfo=UTC), deadline=date(2025, 5, 27)),
              meta_mail("notice", sent=T0))
    now = "2025-05-20T08:00:00+02:00"
    assert sorted(r["round"] for r in status(db, now)) == ["2025-05-27", "2026-12-16"]
    rows = cells(db, now)
    assert [r[1] for r in rows] == ["from May 27, 2025"]
    text = human(db, now)
    assert "575" not in text
    assert re.search(r"1 round announced after .*2025.* is not shown", text), text


def test_the_demo_prints_the_same_whatever_the_day(tmp_path: Path) -> None:
    """The bundled sample runs up to 19 December 2026: the demo reads it at a pinned moment, so
    its table does not change with the day it is run (nor does --now change what demo shows when
    given: it still wins)."""
    out = invoke(["demo"]).stdout
    pinned = invoke(["--now", "2026-12-20T10:00:00+01:00", "demo"]).stdout
    assert out == pinned
    other = invoke(["--now", "2026-12-08T10:00:00+01:00", "demo"]).stdout
    assert other != pinned
