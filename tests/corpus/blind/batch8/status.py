"""Expected status rows, computed from the contract's rules (written from the contract only)."""
import datetime as dt

FIVE = ("policy_notice", "verification_code", "objection_received", "objection_accepted", "objection_refused")
STATE = {"verification_code": "code_received", "objection_received": "awaiting_answer",
         "objection_accepted": "accepted", "objection_refused": "refused"}


def expected(items, now):
    """items: list of (spec, mailbox). now: aware datetime."""
    groups = {}
    for s, mb in items:
        if s["kind"] not in FIVE or not s["authentic"]:
            continue
        groups.setdefault((mb, s["plat_label"], s["persona"]["addr"].lower()), []).append(s)
    rows = []
    for (mb, plat, acct), msgs in groups.items():
        msgs = sorted(msgs, key=lambda m: m["when"])
        rounds = {}
        for m in msgs:
            if m["kind"] == "policy_notice" and m["lab"]["deadline"]:
                rnd = m["lab"]["deadline"]
            else:
                prev = [x for x in msgs if x["kind"] == "policy_notice" and x["lab"]["deadline"] and x["when"] <= m["when"]]
                rnd = prev[-1]["lab"]["deadline"] if prev else "unknown"
            rounds.setdefault(rnd, []).append(m)
        for rnd, ms in rounds.items():
            acts = [m for m in ms if m["kind"] != "policy_notice"]
            state = STATE[acts[-1]["kind"]] if acts else "action_needed"
            dl = None if rnd == "unknown" else dt.date.fromisoformat(rnd)
            days = (dl - now.date()).days if dl else None
            if state == "action_needed" and dl and days <= 0:
                state = "deadline_passed"
            rows.append(dict(mailbox=mb, platform=plat, account=acct, round=rnd, state=state,
                             deadline=rnd if dl else None, days_left=days,
                             last_day=(dl - dt.timedelta(days=1)).isoformat() if dl else None))
    rows.sort(key=lambda x: (x["mailbox"], x["platform"], x["account"], x["round"]))
    return rows
