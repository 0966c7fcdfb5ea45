# -*- coding: utf-8 -*-
"""Status rows computed from the contract's rules (independent of the tool)."""
import datetime as dt

FIVE = {"policy_notice", "verification_code", "objection_received", "objection_accepted", "objection_refused"}
STATE = {"verification_code": "code_received", "objection_received": "awaiting_answer",
         "objection_accepted": "accepted", "objection_refused": "refused"}


def rows(items, now):
    """items: list of (mailbox, rec); now: aware datetime."""
    groups = {}
    for mb, r in items:
        L = r["label"]
        if not L["authentic"] or L["kind"] not in FIVE:
            continue
        groups.setdefault((mb, L["platform"], L["account"]), []).append(r)
    out = []
    for (mb, plat, acct), rs in groups.items():
        rs = sorted(rs, key=lambda r: r["date"])
        rounds = {}
        for r in rs:
            L = r["label"]
            if L["kind"] == "policy_notice" and L["deadline"]:
                rnd = L["deadline"]
            else:
                prior = [x for x in rs if x["label"]["kind"] == "policy_notice" and x["label"]["deadline"] and x["date"] <= r["date"] and x is not r]
                rnd = prior[-1]["label"]["deadline"] if prior else "unknown"
            rounds.setdefault(rnd, []).append(r)
        for rnd, evs in rounds.items():
            state = "action_needed"
            for r in evs:
                k = r["label"]["kind"]
                if k in STATE:
                    state = STATE[k]
            dl = None if rnd == "unknown" else dt.date.fromisoformat(rnd)
            today = now.date()
            if state == "action_needed" and dl and today >= dl:
                state = "deadline_passed"
            out.append({"mailbox": mb, "platform": plat, "account": acct, "round": rnd, "state": state,
                        "deadline": rnd if dl else None, "days_left": (dl - today).days if dl else None,
                        "last_day": (dl - dt.timedelta(days=1)).isoformat() if dl else None})
    return sorted(out, key=lambda x: (x["mailbox"], x["platform"], x["account"], x["round"]))
