"""Scenario timelines (import order, mailboxes, now) and their expected rows."""
import datetime as dt
import json
import os

from status import expected


def T(s):
    return dt.datetime.fromisoformat(s)


def write(S, here):
    seq = lambda k: S[k]["seq"]  # noqa: E731
    mb = lambda lst, name=None: [(s, name or s["persona"]["mbox"]) for s in lst]  # noqa: E731
    sc = {
        "en-full-flow-reminder": (mb(seq("en_fb24") + [S["en_fb24_rem"]]), "2024-06-20T09:00:00+01:00"),
        "en-new-round-after-acceptance": (mb(seq("en_fb24") + [S["en_fb26"]]), "2026-09-10T12:00:00+01:00"),
        "en-answer-without-notice": (mb(seq("en_unknown") + [S["en_fake"]]), "2025-05-20T08:00:00+00:00"),
        "fr-refused-and-missed": (mb(seq("fr_fb25") + [S["fr_ig25"], S["fr_fake"]]), "2025-06-02T10:00:00+02:00"),
        "fr-two-mailboxes": (mb(seq("fr_fb25")[:1], "perso") + mb(seq("fr2_fb25"), "free") + mb([S["fr2_ig24"]], "free"),
                             "2025-05-01T10:00:00+02:00"),
        "de-undated-reminder-new-round": (mb(seq("de_fb25") + [S["de_undated"]] + seq("de_fb26")), "2026-09-01T08:00:00+02:00"),
        "de-safelinks-more-info": (mb(seq("de2_fb25") + [S["de2_ig25"]]), "2025-05-26T23:30:00+02:00"),
        "de-forged-code": (mb(seq("de3_ig26")[:1] + [S["de3_fake"]]), "2026-09-04T09:00:00+02:00"),
        "it-fake-acceptance": (mb(seq("it_fb25")[:2] + seq("it_ig25") + [S["it_fake"]]), "2025-05-22T09:00:00+02:00"),
        "es-refused-2024-accepted-2025": (mb(seq("es_fb24") + seq("es_fb25") + [S["es_ig25"]]), "2025-05-27T00:30:00+02:00"),
        "pt-out-of-order": (mb(list(reversed(seq("pt_fb25"))) + [seq("pt_ig25")[2], seq("pt_ig25")[0]]), "2025-05-10T12:00:00+01:00"),
        "nl-objected-again": (mb(seq("nl_fb25") + seq("nl_ig25")), "2025-05-30T12:00:00+02:00"),
        "nl-unauthenticated-copies": (mb([S["nl3_noar"], S["nl3_arc"]]), "2025-05-01T12:00:00+02:00"),
        "pl-two-platforms-duplicate-from": (mb(seq("pl_fb25") + seq("pl_ig25") + [S["pl_fake"]]), "2025-05-26T20:00:00+02:00"),
        "ro-last-day": (mb([S["ro_fb25"]] + seq("ro_ig25")), "2025-05-26T22:30:00+03:00"),
        "ro-deadline-day": (mb([S["ro_fb25"]]), "2025-05-27T00:10:00+03:00"),
        "sv-messenger-invented-round": (mb(seq("sv_fb25") + seq("sv_ms27")), "2027-01-20T09:00:00+01:00"),
        "sv-late-notice-removes-unknown": (mb(seq("sv2_fb26")[1:] + seq("sv2_fb26")[:1] + [S["sv2_mc"]]), "2026-10-08T09:00:00+02:00"),
        "cs-bg-light-flows": (mb(seq("cs_facebook") + [S["cs_ig"]] + seq("bg_facebook")), "2025-05-20T09:00:00+02:00"),
    }
    for name, (items, now) in sc.items():
        rows = expected(items, T(now))
        obj = dict(now=now, messages=[dict(file=s["file"], mailbox=m) for s, m in items], expect=rows)
        with open(os.path.join(here, "scenarios", name + ".json"), "w") as f:
            json.dump(obj, f, indent=1, ensure_ascii=False)
            f.write("\n")
