# -*- coding: utf-8 -*-
"""Scenario timelines for batch 2.

Each scenario lists message keys (see NAMED in generate.py) with the mailbox
they are imported into (None = bare file name = `default`), the `--now`
clock, and the rows expected, written by hand from the contract.  `write()`
also recomputes the rows with a small independent reading of the contract
rules and refuses to write a scenario where the two disagree.
"""
import datetime as dt
import json
import os

FIVE = {"policy_notice", "verification_code", "objection_received", "objection_accepted", "objection_refused"}
STATE = {"verification_code": "code_received", "objection_received": "awaiting_answer",
         "objection_accepted": "accepted", "objection_refused": "refused"}

FB, IG = "facebook", "instagram"


def row(mailbox, platform, account, rnd, state, days_left):
    return dict(mailbox=mailbox, platform=platform, account=account, round=rnd, state=state,
                deadline=None if rnd == "unknown" else rnd, days_left=days_left)


def dl(deadline, now):
    n = dt.datetime.fromisoformat(now)
    return (dt.date.fromisoformat(deadline) - n.date()).days


SCEN = [
    dict(name="da-full-flow-with-fake-and-newsletter", now="2024-06-10T12:00:00+02:00", mailbox="privat",
         msgs=["da1", "da2", "da3", "da4", "da6", "da7"],
         expect=[row("privat", FB, "mette.kjaergaard@gmail.com", "2024-06-26", "accepted", 16)]),
    dict(name="no-refused-then-objected-again", now="2025-05-22T09:00:00+02:00", mailbox="hjemme",
         msgs=["no1", "no2", "no3", "no4", "no5", "no6"],
         expect=[row("hjemme", IG, "sindre.haugland@outlook.com", "2025-05-27", "awaiting_answer", 5)]),
    dict(name="is-second-notice-after-acceptance", now="2024-06-20T10:00:00+00:00", mailbox="heima",
         msgs=["is1", "is2", "is3", "is4"],
         expect=[row("heima", FB, "gudrun.thorsdottir@icloud.com", "2024-06-26", "accepted", 6)]),
    dict(name="et-answer-dated-after-now", now="2026-12-01T10:00:00+02:00", mailbox="kodu",
         msgs=["et1", "et2", "et3", "et4"],
         expect=[row("kodu", FB, "kadri@tammik.ee", "2026-12-16", "accepted", 15)]),
    dict(name="lv-fake-acceptance-and-forged-notice", now="2025-05-15T09:00:00+03:00", mailbox="majas",
         msgs=["lv1", "lv2", "lv8"],
         expect=[row("majas", FB, "liga@ozolini.lv", "2025-05-27", "action_needed", 12)]),
    dict(name="lt-notice-imported-last", now="2025-05-21T12:00:00+03:00", mailbox="namai",
         msgs=["lt2", "lt3", "lt7", "lt1"],
         expect=[row("namai", IG, "tomas.kazlauskas@yahoo.com", "2025-05-27", "awaiting_answer", 6)]),
    dict(name="sk-refused", now="2025-05-20T08:00:00+02:00", mailbox="osobne",
         msgs=["sk1", "sk7", "sk2", "sk3", "sk4"],
         expect=[row("osobne", FB, "zuzana.horvathova@gmx.net", "2025-05-27", "refused", 7)]),
    dict(name="sl-full-flow-2026", now="2026-12-02T12:00:00+01:00", mailbox="doma",
         msgs=["sl1", "sl2", "sl3", "sl4", "sl6", "sl7"],
         expect=[row("doma", IG, "matej.novak@proton.me", "2026-12-16", "accepted", 14)]),
    dict(name="hr-two-rounds-refusal-does-not-carry", now="2026-11-30T09:00:00+01:00", mailbox="posao",
         msgs=["hr1", "hr2", "hr3", "hr4", "hr5"],
         expect=[row("posao", FB, "ivana.babic@arhitekti-babic.hr", "2024-06-26", "refused",
                     dl("2024-06-26", "2026-11-30T09:00:00+01:00")),
                 row("posao", FB, "ivana.babic@arhitekti-babic.hr", "2026-12-16", "action_needed", 16)]),
    dict(name="hr-deadline-day", now="2024-06-26T09:00:00+02:00", mailbox="posao",
         msgs=["hr1"],
         expect=[row("posao", FB, "ivana.babic@arhitekti-babic.hr", "2024-06-26", "deadline_passed", 0)]),
    dict(name="ga-code-received", now="2025-05-19T21:00:00+01:00", mailbox="baile",
         msgs=["ga1", "ga2"],
         expect=[row("baile", FB, "aoife.nibhriain@gmail.com", "2025-05-27", "code_received", 8)]),
    dict(name="mt-refused-default-mailbox", now="2024-06-18T10:00:00+02:00", mailbox=None,
         msgs=["mt1", "mt3", "mt4"],
         expect=[row("default", IG, "maria.camilleri@icloud.com", "2024-06-26", "refused", 8)]),
    dict(name="el-two-rounds", now="2026-11-25T12:00:00+02:00", mailbox="spiti",
         msgs=["el1", "el2", "el3", "el4", "el7", "el10"],
         expect=[row("spiti", FB, "nikos.papadopoulos@gmail.com", "2024-06-26", "accepted",
                     dl("2024-06-26", "2026-11-25T12:00:00+02:00")),
                 row("spiti", FB, "nikos.papadopoulos@gmail.com", "2026-12-16", "action_needed", 21)]),
    dict(name="bg-shuffled-order", now="2025-05-23T10:00:00+03:00", mailbox="lichna",
         msgs=["bg4", "bg2", "bg1", "bg3"],
         expect=[row("lichna", FB, "mariya.ivanova@outlook.com", "2025-05-27", "accepted", 4)]),
    dict(name="fi-notice-missed", now="2024-08-15T12:00:00+03:00", mailbox="tyo",
         msgs=["fi5", "fi1", "fi6"],
         expect=[row("tyo", FB, "juha.virtanen@konepaja-virtanen.fi", "2024-06-26", "deadline_passed", -50)]),
    dict(name="de-notice-only", now="2024-06-01T12:00:00+02:00", mailbox="privat",
         msgs=["de1", "de5"],
         expect=[row("privat", FB, "lukas.hoffmann@web.de", "2024-06-26", "action_needed", 25)]),
    dict(name="sv-two-platforms-one-account", now="2025-05-20T12:00:00+02:00", mailbox="hem",
         msgs=["sv1", "sv2", "sv3", "sv4", "sv5", "sv7"],
         expect=[row("hem", IG, "karin.lindqvist@icloud.com", "2025-05-27", "accepted", 7),
                 row("hem", FB, "karin.lindqvist@icloud.com", "2025-05-27", "action_needed", 7)]),
]


def compute(items, now):
    """items: list of (manifest_row, spec, mailbox).  Independent reading of
    the contract's row rules."""
    nowd = dt.datetime.fromisoformat(now).date()
    groups = {}
    for m, s, mbox in items:
        if m["authentic"] is not True or m["kind"] not in FIVE:
            continue
        groups.setdefault((mbox or "default", m["platform"], m["account"]), []).append((s["when"], m))
    rows = []
    for (mbox, plat, acct), evs in groups.items():
        evs.sort(key=lambda x: x[0])
        dated = [(w, m["deadline"]) for w, m in evs if m["kind"] == "policy_notice" and m["deadline"]]
        rounds = {}
        for w, m in evs:
            if m["kind"] == "policy_notice" and m["deadline"]:
                r = m["deadline"]
            else:
                before = [d for (wd, d) in dated if wd < w]
                r = before[-1] if before else "unknown"
            rounds.setdefault(r, []).append(m)
        for r, ms in rounds.items():
            state = None
            for m in ms:
                if m["kind"] == "policy_notice":
                    if state is None:
                        state = "action_needed"
                else:
                    state = STATE[m["kind"]]
            deadline = None if r == "unknown" else r
            if state == "action_needed" and deadline and nowd >= dt.date.fromisoformat(deadline):
                state = "deadline_passed"
            rows.append(row(mbox, plat, acct, r, state,
                            None if deadline is None else (dt.date.fromisoformat(deadline) - nowd).days))
    return rows


def key(r):
    return (r["mailbox"], r["platform"], r["account"], r["round"])


def write(out, named, manifest):
    by_file = {m["file"]: m for m in manifest}
    for sc in SCEN:
        items, msgs = [], []
        for k in sc["msgs"]:
            s = named[k]
            m = by_file[s["file"]]
            items.append((m, s, sc["mailbox"]))
            msgs.append(s["file"] if sc["mailbox"] is None else {"file": s["file"], "mailbox": sc["mailbox"]})
        got = sorted(compute(items, sc["now"]), key=key)
        want = sorted(sc["expect"], key=key)
        if got != want:
            raise SystemExit(f"scenario {sc['name']}: computed {got}\n  expected {want}")
        with open(os.path.join(out, "scenarios", sc["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(dict(now=sc["now"], messages=msgs, expect=sc["expect"]), f, indent=1, ensure_ascii=False)
            f.write("\n")
