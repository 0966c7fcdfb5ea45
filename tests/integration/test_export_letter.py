"""`tracker export` (ICS, CSV, JSON) and `tracker letter`, end to end: a real SQLite database
built by `tracker import` from generated mail, then the files and texts read back."""

from __future__ import annotations

import csv
import io
import json
import stat
import tomllib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from icalendar import Calendar

from tests.mailfactory import meta_mail
from tracker.cli import cli

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NOW = "2026-11-25T12:00:00+01:00"
DEADLINE = date(2026, 12, 16)
LAST_DAY = date(2026, 12, 15)
FB_FORM = "https://www.facebook.com/privacy/genai/objection/"
IG_FORM = "https://www.instagram.com/privacy/genai/objection/"

#: Every EU member state, Iceland, Liechtenstein and Norway (written out here, independently of the package).
EU_EEA = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
          "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"}


@dataclass(frozen=True)
class Db:
    path: Path
    config: Path
    folder: Path

    def args(self, *more: str, now: str = NOW, lang: str = "en", config: Path | None = None) -> list[str]:
        return ["--config", str(config or self.config), "--db", str(self.path), "--now", now, "--lang", lang, *more]


def invoke(args: list[str], code: int = 0) -> Any:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == code, f"{args} -> {result.exit_code}: {result.output}"
    return result


def import_mail(db: Db, name: str, raw: bytes) -> None:
    p = db.folder / name
    p.write_bytes(raw)
    invoke(db.args("import", str(p)))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Db:
    """One database with a row in every situation (deadline 2026-12-16, --now 2026-11-25):

    alice@example.fr   facebook   action_needed                      (open)
    carol@example.org  instagram  code_received                      (open)
    bob@example.de     instagram  received R-1001, refused R-2002    (refused)
    frank@example.org  facebook   refused R-3003, then accepted      (accepted, a refusal in its trail)
    dave@example.org   facebook   accepted                           (closed)
    erin@example.org   facebook   notice of a round already past     (deadline_passed)
    """
    folder = tmp_path_factory.mktemp("export")
    config = folder / "config.toml"
    config.write_text("[reminders]\ndays_before = [7, 2, 1, 0]\nhour = 9\n")
    d = Db(folder / "t.db", config, folder)
    day = timedelta(days=1)
    mails = {
        "a1": meta_mail("notice", sent=T0, to="alice@example.fr"),
        "c1": meta_mail("notice", sent=T0, to="carol@example.org", platform="instagram"),
        "c2": meta_mail("code", sent=T0 + day, to="carol@example.org", platform="instagram"),
        "b1": meta_mail("notice", sent=T0, to="bob@example.de", platform="instagram"),
        "b2": meta_mail("received", sent=T0 + day, to="bob@example.de", platform="instagram", ref="R-1001"),
        "b3": meta_mail("refused", sent=T0 + 3 * day, to="bob@example.de", platform="instagram", ref="R-2002"),
        "f1": meta_mail("notice", sent=T0, to="frank@example.org"),
        "f2": meta_mail("refused", sent=T0 + day, to="frank@example.org", ref="R-3003"),
        "f3": meta_mail("accepted", sent=T0 + 2 * day, to="frank@example.org", ref="R-3004"),
        "d1": meta_mail("notice", sent=T0, to="dave@example.org"),
        "d2": meta_mail("accepted", sent=T0 + day, to="dave@example.org"),
        "e1": meta_mail("notice", sent=T0 - 10 * day, to="erin@example.org", deadline=date(2026, 11, 22)),
    }
    files = []
    for name, raw in mails.items():
        p = folder / f"{name}.eml"
        p.write_bytes(raw)
        files.append(str(p))
    invoke(d.args("import", *files))
    states = {r["account"]: r["state"] for r in json.loads(invoke(d.args("status", "--json")).stdout)}
    assert states == {"alice@example.fr": "action_needed", "carol@example.org": "code_received",
                      "bob@example.de": "refused", "frank@example.org": "accepted", "dave@example.org": "accepted",
                      "erin@example.org": "deadline_passed"}
    return d


def ics_events(data: bytes) -> dict[str, Any]:
    """account → VEVENT (the account is the end of the summary)."""
    cal = Calendar.from_ical(data)
    out: dict[str, Any] = {}
    for ev in cal.walk("VEVENT"):
        account = str(ev["SUMMARY"]).rsplit(", ", 1)[1].rstrip(")")
        out[account] = ev
    return out


def alarm_times(ev: Any) -> set[datetime]:
    start = datetime.combine(ev["DTSTART"].dt, time())
    return {start + a["TRIGGER"].dt for a in ev.walk("VALARM")}


# ---- ICS ---------------------------------------------------------------------------------------


def test_ics_has_one_event_per_open_row_on_the_last_day_to_object(db: Db, tmp_path: Path) -> None:
    """GIVEN rows in every state, WHEN exported to ICS, THEN only the open rows (action_needed,
    code_received) have an event, all-day on the day before the deadline, linking the form."""
    out = tmp_path / "deadlines.ics"
    r = invoke(db.args("export", "--ics", str(out)))
    assert "(2 events)" in r.stdout
    events = ics_events(out.read_bytes())
    assert set(events) == {"alice@example.fr", "carol@example.org"}
    for account, form in (("alice@example.fr", FB_FORM), ("carol@example.org", IG_FORM)):
        ev = events[account]
        assert ev["DTSTART"].dt == LAST_DAY
        assert not isinstance(ev["DTSTART"].dt, datetime)
        assert ev["DTEND"].dt == DEADLINE
        assert str(ev["URL"]) == form
        assert form in str(ev["DESCRIPTION"])
        assert "Last day to object" in str(ev["SUMMARY"])
        assert ev["DTSTAMP"].dt == datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
    assert "last day to object" in str(events["alice@example.fr"]["DESCRIPTION"]).lower()
    # the code sent on 21 November has long expired by the last day: fill the form in again
    assert "again" in str(events["carol@example.org"]["DESCRIPTION"])


def test_ics_alarms_match_the_configured_reminders(db: Db, tmp_path: Path) -> None:
    out = tmp_path / "d.ics"
    invoke(db.args("export", "--ics", str(out)))
    ev = ics_events(out.read_bytes())["alice@example.fr"]
    assert alarm_times(ev) == {datetime.combine(LAST_DAY - timedelta(days=d), time(9)) for d in (7, 2, 1, 0)}
    assert all(str(a["ACTION"]) == "DISPLAY" and str(a["DESCRIPTION"]) for a in ev.walk("VALARM"))
    other = tmp_path / "config.toml"
    other.write_text("[reminders]\ndays_before = [3]\nhour = 18\n")
    invoke(db.args("export", "--ics", str(out), config=other))
    ev = ics_events(out.read_bytes())["alice@example.fr"]
    assert alarm_times(ev) == {datetime(2026, 12, 12, 18, 0)}


def test_ics_leaves_out_alarms_already_past(db: Db, tmp_path: Path) -> None:
    out = tmp_path / "d.ics"
    invoke(db.args("export", "--ics", str(out), now="2026-12-10T12:00:00+01:00"))
    ev = ics_events(out.read_bytes())["alice@example.fr"]
    assert alarm_times(ev) == {datetime.combine(LAST_DAY - timedelta(days=d), time(9)) for d in (2, 1, 0)}


def test_ics_uids_are_stable_across_exports_and_distinct_across_rows(tmp_path: Path) -> None:
    """GIVEN an open row, WHEN exported, then exported again later after a new message moved
    the row, THEN its UID is unchanged (re-importing updates the event) and SEQUENCE grew."""
    config = tmp_path / "config.toml"
    config.write_text("")
    d = Db(tmp_path / "t.db", config, tmp_path)
    import_mail(d, "a.eml", meta_mail("notice", sent=T0, to="alice@example.fr"))
    import_mail(d, "b.eml", meta_mail("notice", sent=T0, to="bob@example.org", platform="instagram"))
    first = ics_events(invoke(d.args("export", "--ics", "-")).stdout_bytes)
    import_mail(d, "c.eml", meta_mail("code", sent=T0 + timedelta(days=2), to="alice@example.fr"))
    second = ics_events(invoke(d.args("export", "--ics", "-", now="2026-11-30T08:00:00+01:00")).stdout_bytes)
    assert set(first) == set(second) == {"alice@example.fr", "bob@example.org"}
    for account in first:
        assert str(first[account]["UID"]) == str(second[account]["UID"])
    assert str(first["alice@example.fr"]["UID"]) != str(first["bob@example.org"]["UID"])
    assert int(second["alice@example.fr"]["SEQUENCE"]) > int(first["alice@example.fr"]["SEQUENCE"])
    assert int(second["bob@example.org"]["SEQUENCE"]) == int(first["bob@example.org"]["SEQUENCE"])
    assert second["alice@example.fr"]["DTSTAMP"].dt == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)


def test_ics_speaks_french(db: Db) -> None:
    events = ics_events(invoke(db.args("export", "--ics", "-", lang="fr")).stdout_bytes)
    ev = events["alice@example.fr"]
    assert "Dernier jour" in str(ev["SUMMARY"])
    assert "Formulaire d'opposition" in str(ev["DESCRIPTION"])
    assert any("Dernier jour" in str(a["SUMMARY"]) for a in ev.walk("VALARM"))


# ---- CSV and JSON ------------------------------------------------------------------------------


def test_csv_writes_the_status_and_the_audit_trail_beside_it(db: Db, tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    invoke(db.args("export", "--csv", str(out)))
    history = tmp_path / "export-history.csv"
    assert history.exists()
    status = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    expected = json.loads(invoke(db.args("status", "--json")).stdout)
    assert list(status[0]) == list(expected[0])  # the contract's fields, in its order
    assert len(status) == len(expected)
    for got, want in zip(status, expected, strict=True):
        assert got == {k: "" if v is None else str(v) for k, v in want.items()}
    lines = list(csv.DictReader(io.StringIO(history.read_text(encoding="utf-8"))))
    refusal = [ln for ln in lines if ln["account"] == "bob@example.de" and ln["to"] == "refused"]
    assert len(refusal) == 1
    assert refusal[0]["reference"] == "R-2002"
    assert refusal[0]["from"] == "awaiting_answer"
    assert refusal[0]["manual"] == "false"
    # personal data: readable by the owner only
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(history.stat().st_mode) == 0o600


def test_json_holds_the_status_and_history_outputs(db: Db, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    invoke(db.args("export", "--json", str(out), lang="fr"))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"status", "history"}
    assert data["status"] == json.loads(invoke(db.args("status", "--json", lang="fr")).stdout)
    assert data["history"] == json.loads(invoke(db.args("history", "--json")).stdout)
    assert {"R-1001", "R-2002"} <= {h["reference"] for h in data["history"]}


def test_several_formats_at_once_and_json_on_stdout(db: Db, tmp_path: Path) -> None:
    r = invoke(db.args("export", "--json", "-", "--ics", str(tmp_path / "a.ics"), "--csv", str(tmp_path / "a.csv")))
    assert set(json.loads(r.stdout)) == {"status", "history"}
    assert "wrote" in r.stderr  # the summary stays off stdout when stdout carries data
    assert (tmp_path / "a.ics").exists()
    assert (tmp_path / "a-history.csv").exists()


def test_csv_cells_are_not_run_as_spreadsheet_formulas(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("")
    d = Db(tmp_path / "t.db", config, tmp_path)
    import_mail(d, "a.eml", meta_mail("notice", sent=T0, to="alice@example.fr"))
    invoke(d.args("mark", "alice@example.fr", "awaiting_answer", "--note", "=HYPERLINK(\"http://x\")"))
    out = invoke(d.args("export", "--csv", "-")).stdout
    assert "'=HYPERLINK" in out


def test_export_usage_errors(db: Db) -> None:
    invoke(db.args("export"), code=2)
    invoke(db.args("export", "--json", "-", "--csv", "-"), code=2)


def test_export_to_an_unwritable_place_is_one_line(db: Db, tmp_path: Path) -> None:
    r = invoke(db.args("export", "--json", str(tmp_path / "missing" / "x.json")), code=1)
    assert r.stderr.count("\n") == 1
    assert "cannot write" in r.stderr


@pytest.mark.parametrize("option", ["--ics", "--csv", "--json"])
def test_export_over_an_existing_file_readable_by_others_makes_it_private(db: Db, tmp_path: Path,
                                                                           option: str) -> None:
    """GIVEN an earlier export left 0644 (by hand, or by an older tracker), WHEN exported again
    over it, THEN the file is 0600 like a new one, and holds the new content."""
    out = tmp_path / f"export{option.replace('--', '.')}"
    targets = [out, tmp_path / f"export-history{out.suffix}"] if option == "--csv" else [out]
    for t in targets:
        t.write_bytes(b"old content")
        t.chmod(0o644)
    invoke(db.args("export", option, str(out)))
    for t in targets:
        assert stat.S_IMODE(t.stat().st_mode) == 0o600, t
        assert t.read_bytes() != b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(t.name for t in targets)  # no temporary left


def test_export_through_a_symbolic_link_keeps_the_link(db: Db, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}")
    real.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    invoke(db.args("export", "--json", str(link)))
    assert link.is_symlink()
    assert set(json.loads(real.read_text())) == {"status", "history"}
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def test_ics_event_count_is_the_events_written_not_the_text_quoted_from_mail(tmp_path: Path) -> None:
    """GIVEN an objection URL (taken from a mail) that contains the text BEGIN:VEVENT, WHEN
    exported, THEN the summary counts the one event there is."""
    config = tmp_path / "config.toml"
    config.write_text("")
    d = Db(tmp_path / "t.db", config, tmp_path)
    url = "https://www.facebook.com/privacy/genai/objection/?BEGIN:VEVENT"
    import_mail(d, "a.eml", meta_mail("notice", sent=T0, to="alice@example.fr", url=url))
    out = tmp_path / "d.ics"
    r = invoke(d.args("export", "--ics", str(out)))
    assert out.read_bytes().count(b"BEGIN:VEVENT") > 1  # the URL made it into the file
    assert str(ics_events(out.read_bytes())["alice@example.fr"]["URL"]) == url
    assert r.stdout.strip() == f"wrote {out} (1 event)"


# ---- letter ------------------------------------------------------------------------------------


def test_letter_in_english_fills_in_account_and_platform(db: Db) -> None:
    out = invoke(db.args("letter", "alice@example.fr")).stdout
    assert "alice@example.fr" in out
    assert "Facebook" in out
    assert "Article 21" in out
    assert FB_FORM in out
    assert "Complaint under Article 77" not in out
    assert "No refusal" in out


def test_letter_in_french(db: Db) -> None:
    out = invoke(db.args("letter", "carol@example.org", lang="fr")).stdout
    assert "Je m'oppose" in out
    assert "carol@example.org" in out
    assert "Instagram" in out
    assert "article 21" in out
    assert "plainte au titre de l'article 77" not in out


def test_complaint_after_a_refusal_lists_the_facts(db: Db) -> None:
    """GIVEN a notice, an acknowledgement (ref R-1001) and a refusal (ref R-2002), WHEN the
    letter is asked for, THEN a complaint draft follows with the dates and the references."""
    out = invoke(db.args("letter", "bob@example.de")).stdout
    assert "Complaint under Article 77" in out
    for day in ("November 20, 2026", "November 21, 2026", "November 23, 2026"):  # notice, acknowledgement, refusal
        assert day in out
    assert "R-1001" in out
    assert "R-2002" in out
    # .de: Germany's authorities, and the letter says why
    assert "[DE: from the account's domain .de" in out
    assert "bfdi.bund.de" in out
    fr = invoke(db.args("letter", "bob@example.de", lang="fr")).stdout
    assert "plainte au titre de l'article 77" in fr
    assert "20 novembre 2026" in fr
    assert "R-2002" in fr


def test_complaint_when_a_refusal_is_in_the_trail_even_if_accepted_later(db: Db) -> None:
    out = invoke(db.args("letter", "frank@example.org")).stdout
    assert "Complaint under Article 77" in out
    assert "R-3003" in out
    assert "this row is now accepted" in out


def test_no_complaint_without_refusal(db: Db) -> None:
    for account in ("alice@example.fr", "dave@example.org", "carol@example.org"):
        out = invoke(db.args("letter", account)).stdout
        assert "Complaint under Article 77" not in out
        assert "cnil.fr" not in out
        assert "dataprotection.ie" not in out


def test_country_choice(db: Db) -> None:
    # no country TLD: Ireland (Meta's lead authority) in English, France (CNIL) in French
    en = invoke(db.args("letter", "frank@example.org")).stdout
    assert "[IE: default for English" in en
    assert "dataprotection.ie" in en
    fr = invoke(db.args("letter", "frank@example.org", lang="fr")).stdout
    assert "Commission nationale de l'informatique et des libertés (CNIL) [FR : par défaut" in fr
    assert "https://www.cnil.fr/fr/plaintes" in fr
    # --country wins over the domain, in any case, with the EU's code for Greece too
    be = invoke(db.args("letter", "bob@example.de", "--country", "be")).stdout
    assert "[BE: chosen with --country]" in be
    assert "autoriteprotectiondonnees.be" in be
    assert "[GR: chosen with --country]" in invoke(db.args("letter", "bob@example.de", "--country", "EL")).stdout
    r = invoke(db.args("letter", "bob@example.de", "--country", "XX"), code=1)
    assert "unknown country 'XX'" in r.stderr
    assert "pays inconnu 'XX'" in invoke(db.args("letter", "bob@example.de", "--country", "XX", lang="fr"),
                                         code=1).stderr


def test_letter_unknown_account_is_one_line_listing_known_accounts(db: Db) -> None:
    r = invoke(db.args("letter", "nobody@example.org"), code=1)
    assert r.stderr.count("\n") == 1
    assert "unknown account 'nobody@example.org'" in r.stderr
    assert "alice@example.fr" in r.stderr
    assert "bob@example.de" in r.stderr


def test_letter_round_and_platform_selection(db: Db) -> None:
    assert "round December 16, 2026 (" in invoke(db.args("letter", "ALICE@example.fr", "--round", "2026-12-16")).stdout
    r = invoke(db.args("letter", "alice@example.fr", "--round", "2025-05-27"), code=1)
    assert "no round" in r.stderr
    r = invoke(db.args("letter", "alice@example.fr", "--platform", "instagram"), code=1)
    assert "--platform facebook" in r.stderr
    r = invoke(db.args("letter", "alice@example.fr", "--round", "2025-05-27", lang="fr"), code=1)
    assert "pas de vague '2025-05-27'" in r.stderr


def test_letter_unknown_account_in_french_and_with_no_account_at_all(db: Db, tmp_path: Path) -> None:
    r = invoke(db.args("letter", "nobody@example.org", lang="fr"), code=1)
    assert "compte inconnu 'nobody@example.org' (connus : alice@example.fr" in r.stderr
    config = tmp_path / "config.toml"
    config.write_text("")
    empty = Db(tmp_path / "t.db", config, tmp_path)
    invoke(empty.args("status"))
    r = invoke(empty.args("letter", "nobody@example.org"), code=1)
    assert r.stderr.count("\n") == 1
    assert "unknown account 'nobody@example.org' (no account is tracked yet)" in r.stderr


# ---- French from the catalog -------------------------------------------------------------------
# The texts are English msgids translated through gettext: these fail if the French catalog
# lacks them (the English would then show in French output) or if French leaks into English.

#: A sentence of each text block in each language.
OBJECTION = {"en": "How this processing affects me:", "fr": "En quoi ce traitement m'affecte :"}
COMPLAINT = {"en": "I ask the authority to examine this complaint",
             "fr": "Je demande à l'autorité d'examiner cette plainte"}
HOWTO = {"en": "Meta's form asks how this processing affects you.",
         "fr": "Le formulaire de Meta demande en quoi ce traitement vous affecte."}


def test_letter_and_complaint_are_french_in_french_only(db: Db) -> None:
    out = {lang: invoke(db.args("letter", "bob@example.de", lang=lang)).stdout for lang in ("en", "fr")}
    for texts in (OBJECTION, COMPLAINT, HOWTO):
        assert texts["fr"] in out["fr"]
        assert texts["fr"] not in out["en"]
        assert texts["en"] in out["en"]
        assert texts["en"] not in out["fr"]
    assert "Autorité : " in out["fr"]
    assert "- Compte concerné : bob@example.de (Instagram)." in out["fr"]
    assert "Meta a refusé mon opposition ou demandé des précisions (référence R-2002)." in out["fr"]
    assert "Meta refused my objection or asked for more information (reference R-2002)." in out["en"]


def test_ics_description_is_french_in_french_only(db: Db) -> None:
    cals = {lang: Calendar.from_ical(invoke(db.args("export", "--ics", "-", lang=lang)).stdout_bytes)
            for lang in ("en", "fr")}
    desc = {lang: str(ics_events(cal.to_ical())["alice@example.fr"]["DESCRIPTION"]) for lang, cal in cals.items()}
    round_fr = "Meta utilise les données à partir du 16 décembre 2026 ; le dernier jour pour s'opposer est le " \
               "15 décembre 2026."
    round_en = "Meta uses the data from December 16, 2026; the last day to object is December 15, 2026."
    assert round_fr in desc["fr"]
    assert round_fr not in desc["en"]
    assert round_en in desc["en"]
    assert "Compte : alice@example.fr (Facebook)" in desc["fr"]
    assert "Créé par tracker" in desc["fr"]
    assert "Made by tracker" not in desc["fr"]
    assert "Créé par tracker" not in desc["en"]
    assert str(cals["fr"]["X-WR-CALNAME"]) == "Oppositions à l'IA de Meta : échéances"
    assert str(cals["en"]["X-WR-CALNAME"]) == "Meta AI objection deadlines"


def test_complaint_facts_of_a_code_and_of_a_line_recorded_by_hand(tmp_path: Path) -> None:
    """GIVEN a notice, a confirmation code, then a refusal recorded by hand with a note, WHEN the
    letter is asked for, THEN the code is told as the form filled in (not as an acknowledgement)
    and the hand-made line says so, with its note, in either language."""
    config = tmp_path / "config.toml"
    config.write_text("")
    d = Db(tmp_path / "t.db", config, tmp_path)
    import_mail(d, "a.eml", meta_mail("notice", sent=T0, to="alice@example.fr"))
    import_mail(d, "b.eml", meta_mail("code", sent=T0 + timedelta(days=1), to="alice@example.fr"))
    invoke(d.args("mark", "alice@example.fr", "refused", "--note", "by phone"))
    en = invoke(d.args("letter", "alice@example.fr")).stdout
    assert ("- November 21, 2026: I filled in Meta's objection form "
            "(Meta sent the confirmation code).") in en
    assert "acknowledged receipt" not in en
    assert "Meta refused my objection or asked for more information [recorded by hand: by phone]." in en
    fr = invoke(d.args("letter", "alice@example.fr", lang="fr")).stdout
    assert "j'ai rempli le formulaire d'opposition de Meta" in fr
    assert "Meta a refusé mon opposition ou demandé des précisions [noté à la main : by phone]." in fr


def test_every_text_of_letter_and_export_has_french_with_the_same_placeholders() -> None:
    import re

    from tracker.i18n import _
    from tracker.output import export, letter

    for module in (letter, export):
        for key, msgid in module._TEXT.items():
            fr = _(msgid, "fr")
            assert fr != msgid, f"{module.__name__}: no French for {key}"
            assert set(re.findall(r"\{(\w+)", fr)) == set(re.findall(r"\{(\w+)", msgid)), key
            assert _(msgid, "en") == msgid


# ---- the authorities' data (a unit test of the packaged file) -----------------------------------


def test_authorities_cover_every_eu_and_eea_country() -> None:
    from importlib import resources

    from tracker.output.letter import EU_EEA as PACKAGE_LIST
    from tracker.output.letter import load_authorities

    raw = tomllib.loads(resources.files("tracker").joinpath("data/authorities.toml").read_text(encoding="utf-8"))
    assert set(raw) >= EU_EEA
    assert set(PACKAGE_LIST) == EU_EEA
    for code, entry in raw.items():
        assert entry["name"], code
        assert entry["name_en"], code
        assert entry["complaint_url"].startswith("https://"), code
    assert load_authorities()["FR"].complaint_url == "https://www.cnil.fr/fr/plaintes"


def test_csv_for_a_french_excel_has_a_bom_and_semicolons(db: Db, tmp_path: Path) -> None:
    """A French Excel reads a CSV as Windows-1252 with ';' between cells unless the file starts with
    a UTF-8 BOM: `--csv-dialect excel-fr` writes both files so; the default stays plain, for scripts."""
    out = tmp_path / "excel.csv"
    invoke(db.args("export", "--csv", str(out), "--csv-dialect", "excel-fr", lang="fr"))
    for path in (out, tmp_path / "excel-history.csv"):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert raw.count(b"\xef\xbb\xbf") == 1
        header = raw[3:].decode("utf-8").splitlines()[0]
        assert header.split(";")[:3] == (["mailbox", "platform", "account"] if path == out
                                         else ["at", "mailbox", "platform"])
        assert "," not in header
    status = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert {r["account"] for r in status} >= {"bob@example.de"}
    plain = tmp_path / "plain.csv"
    invoke(db.args("export", "--csv", str(plain)))
    assert plain.read_bytes().startswith(b"mailbox,platform,account,")
    stdout = invoke(db.args("export", "--csv", "-", "--csv-dialect", "excel-fr")).stdout_bytes
    assert stdout.startswith(b"\xef\xbb\xbfmailbox;platform;account;")
    assert stdout.count(b"\xef\xbb\xbf") == 1
    invoke(db.args("export", "--csv", "-", "--csv-dialect", "excel-de"), code=2)
