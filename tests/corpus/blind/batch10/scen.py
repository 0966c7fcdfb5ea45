"""Scenario timelines; expected rows computed from the contract's status rules."""
import json, os
from datetime import date, datetime, timedelta

OBJ = ("policy_notice", "verification_code", "objection_received", "objection_accepted", "objection_refused")
STATE = {"verification_code": "code_received", "objection_received": "awaiting_answer",
         "objection_accepted": "accepted", "objection_refused": "refused"}


def status(items, now):
    """items: list of (mailbox, spec). Returns rows."""
    groups = {}
    for mb, m in items:
        if m["kind"] not in OBJ or not m["authentic"] or not m["platform"]:
            continue
        groups.setdefault((mb, m["platform"], m["to_addr"].lower()), []).append(m)
    rows = []
    nd = datetime.fromisoformat(now).date()
    for (mb, pf, acct), ms in groups.items():
        ms = sorted(ms, key=lambda m: m["date"])
        rounds = {}
        cur = "unknown"
        for m in ms:
            if m["kind"] == "policy_notice" and m["deadline"]:
                cur = m["deadline"]
                r = rounds.setdefault(cur, {"state": None})
                continue
            r = rounds.setdefault(cur, {"state": None})
            if m["kind"] in STATE:
                r["state"] = STATE[m["kind"]]
        for rnd, r in rounds.items():
            st = r["state"] or "action_needed"
            dl = None if rnd == "unknown" else rnd
            dleft = (date.fromisoformat(dl) - nd).days if dl else None
            if st == "action_needed" and dl and dleft <= 0:
                st = "deadline_passed"
            rows.append({"mailbox": mb, "platform": pf, "account": acct, "round": rnd, "state": st, "deadline": dl,
                         "days_left": dleft, "last_day": (date.fromisoformat(dl) - timedelta(days=1)).isoformat() if dl else None})
    rows.sort(key=lambda r: (r["mailbox"], r["platform"], r["account"], r["round"]))
    return rows


SCEN = {
    # name: (now, [(tag, mailbox)...])
    "en-two-rounds-two-platforms": ("2025-06-10T09:00:00+01:00", [("en-notice", "home"), ("en-code", "home"), ("en-received", "home"), ("en-accepted", "home"),
                                    ("en-fb-notice25", "home"), ("en-fb-reminder25", "home"), ("en-ig-notice", "home"), ("en-ig-code1", "home"),
                                    ("en-ig-code2", "home"), ("en-fb-mixed25", "home"), ("en-fake-lookalike", "home"), ("en-metaai", "home"), ("en-fwd", "home")]),
    "en-two-mailboxes": ("2025-05-10T12:00:00+01:00", [("en-fb-notice25", "home"), ("enw-notice", "work"), ("enw-code", "work"), ("enw-received", "work"), ("en-llama", "home")]),
    "en-new-round-missed": ("2025-06-01T08:00:00+01:00", [("en-notice", "home"), ("en-code", "home"), ("en-accepted", "home"), ("en-fb-notice25", "home")]),
    "de-refused-then-reminder": ("2024-06-30T10:00:00+02:00", [("de-notice", "privat"), ("de-code", "privat"), ("de-received", "privat"), ("de-refused", "privat"),
                                 ("de-reminder", "privat"), ("de-fake-accepted", "privat"), ("de-news", "privat")]),
    "es-ack-and-refusal": ("2024-06-20T10:00:00+02:00", [("es-notice", "casa"), ("es-code", "casa"), ("es-received", "casa"), ("es-mixed-refused", "casa"), ("es-fake-forged", "casa")]),
    "nl-duplicate-code-fake": ("2024-06-02T10:00:00+02:00", [("nl-notice", "thuis"), ("nl-code2", "thuis"), ("nl-code3", "thuis"), ("nl-dupfrom", "thuis")]),
    "nl-full-flow": ("2024-07-15T10:00:00+02:00", [("nl-notice", "thuis"), ("nl-code", "thuis"), ("nl-received", "thuis"), ("nl-accepted", "thuis"), ("nl-dupfrom", "thuis")]),
    "it-future-round-last-day": ("2026-10-13T07:30:00+02:00", [("it-notice", "casa"), ("it-ig-notice", "casa"), ("it-noverdict", "casa"), ("it-fwd", "casa")]),
    "it-future-deadline-day": ("2026-10-14T07:30:00+02:00", [("it-notice", "casa"), ("it-ig-notice", "casa")]),
    "sv-arc-acceptance": ("2025-06-01T10:00:00+02:00", [("sv-notice", None), ("sv-code", None), ("sv-received", None), ("sv-arc", None)]),
    "cs-out-of-order": ("2026-10-08T10:00:00+02:00", [("cs-reminder", "seznam"), ("cs-refused", "seznam"), ("cs-received", "seznam"), ("cs-code", "seznam"), ("cs-notice", "seznam")]),
    "pl-future-untrusted-arc": ("2026-09-20T10:00:00+02:00", [("pl-arc-untrusted", "dom"), ("pl-notice", "dom"), ("pl-code", "dom"), ("pl-received", "dom"), ("pl-personal", "dom")]),
    "fr-answer-before-notice": ("2025-05-12T10:00:00+02:00", [("fr-received-quote", "perso"), ("fr-fake-code", "perso"), ("fr-news", "perso")]),
    "fi-awaiting": ("2025-06-15T10:00:00+03:00", [("fi-notice", "koti"), ("fi-code", "koti"), ("fi-received", "koti"), ("fi-other", "koti")]),
    "lt-notice-missed": ("2025-07-01T10:00:00+03:00", [("lt-notice", "namai"), ("lt-fwd", "namai"), ("lt-other", "namai")]),
    "mt-code-only": ("2026-09-12T10:00:00+02:00", [("mt-notice", "dar"), ("mt-code", "dar"), ("mt-other", "dar")]),
    "ga-ro-two-people": ("2024-06-25T23:30:00+01:00", [("ga-notice", "teaghlach"), ("ro-notice", "teaghlach"), ("ro-code", "teaghlach")]),
}


def write_all(bytag, outdir):
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        os.remove(os.path.join(outdir, f))
    for name, (now, seq) in SCEN.items():
        msgs, items = [], []
        for tag, mb in seq:
            fn, m = bytag[tag]
            msgs.append({"file": fn, "mailbox": mb} if mb else fn)
            items.append((mb or "default", m))
        rows = status(items, now)
        with open(os.path.join(outdir, name + ".json"), "w") as f:
            json.dump({"now": now, "messages": msgs, "expect": rows}, f, indent=1, ensure_ascii=False)
            f.write("\n")
