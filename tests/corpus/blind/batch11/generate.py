#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator of the blind11 batch: eml/, manifest.jsonl, scenarios/. Seed fixed."""
import json, os, random, shutil, collections
import datetime as dt
import gen_meta, plan_meta, plan_third, scen

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["file", "kind", "platform", "language", "code", "deadline", "objection_url", "reference", "authentic", "account"]


def T(s):
    return dt.datetime.fromisoformat(s)


SCEN = [
 ("01_full_flow_de_2025", "2025-06-10T09:00:00+02:00", [("privat", n) for n in ["jana-n25", "jana-c25", "jana-r25", "jana-f25", "jana-c25b"]]),
 ("02_accepted_en_2025", "2025-05-10T12:00:00+01:00", [("home", n) for n in ["oliver-n25", "oliver-c25", "oliver-r25", "oliver-a25"]]),
 ("03_missed_deadline_it", "2025-06-01T08:00:00+02:00", [("casa", "francesca-n25"), ("casa", "fake-forged-n25"), ("casa", "fake-refused-it")]),
 ("04_new_round_after_acceptance_fr", "2026-12-03T10:00:00+01:00", [("perso", n) for n in ["camille-n24", "camille-c24", "camille-r24", "camille-a24", "fake-dmarc-a25", "camille-n27"]]),
 ("05_refused_pl", "2025-05-20T10:00:00+02:00", [("dom", n) for n in ["kasia-n25", "kasia-c25", "kasia-r25", "kasia-f25", "fake-dup-a25"]]),
 ("06_more_information_en_ig_2024", "2024-06-30T10:00:00+01:00", [(None, n) for n in ["oliver-n24ig", "oliver-c24ig", "oliver-mi24ig"]]),
 ("07_two_platforms_nl", "2025-05-08T10:00:00+02:00", [(None, n) for n in ["sanne-n25", "sanne-n25ig", "sanne-c25", "sanne-r25", "sanne-a25ig", "fake-display-r25"]]),
 ("08_two_mailboxes_ro", "2025-06-15T10:00:00+03:00", [("gmail", "mihai-n25"), ("gmail", "mihai-n25ig"), ("gmail", "mihai-c25ig"), ("gmail", "mihai-f25ig"),
                                                        ("yahoo", "andreea-n25"), ("yahoo", "andreea-c25"), ("yahoo", "andreea-r25"), ("yahoo", "andreea-a25"), ("yahoo", "fake-dmarc-n25ig")]),
 ("09_out_of_order_de_2024", "2024-07-01T10:00:00+02:00", [("web", n) for n in ["markus-a24", "markus-r24", "markus-c24", "markus-n24ig", "markus-n24"]]),
 ("10_answer_without_notice_meta_brand", "2025-05-25T10:00:00+02:00", [("proton", n) for n in ["nadia-meta-r", "nadia-f25", "nadia-mi25"]]),
 ("11_out_of_order_late_notice_fr", "2025-06-10T10:00:00+02:00", [("proton", n) for n in ["nadia-f25", "nadia-mi25", "nadia-n25"]]),
 ("12_future_round_last_day_en", "2027-01-19T21:00:00+00:00", [("home", n) for n in ["oliver-n27", "oliver-rem27", "fake-lookalike-n25"]]),
 ("13_future_round_deadline_day_de", "2027-01-20T07:30:00+01:00", [("posteo", n) for n in ["lena-n27", "lena-rem27", "fake-userinfo-n27"]]),
 ("14_reminder_changes_nothing_fr_ig", "2025-05-20T10:00:00+02:00", [("free", n) for n in ["thomas-n25ig", "thomas-c25ig", "thomas-r25ig", "thomas-rem25ig"]]),
 ("15_bilingual_notice_code_ga", "2025-05-20T22:00:00+01:00", [("outlook", n) for n in ["siobhan-n25", "siobhan-c25"]]),
 ("16_it_refused_after_more_info_ig", "2025-05-20T10:00:00+02:00", [(None, n) for n in ["marco-n24", "marco-c24", "marco-r24", "marco-a24", "marco-n25ig", "marco-c25ig", "marco-mi25ig", "marco-f25ig"]]),
 ("17_es_old_round_missed_new_accepted_ig", "2025-05-05T10:00:00+02:00", [("icloud", n) for n in ["ines-n24ig", "ines-f24ig", "ines-n25ig", "ines-c25ig", "ines-a25ig"]]),
 ("18_pt_full_flow_and_missed_fb", "2025-05-10T10:00:00+01:00", [("icloud", n) for n in ["joana-n24", "joana-n25ig", "joana-c25ig", "joana-r25ig", "joana-a25ig"]]),
 ("19_mixed_mailbox_other_mail_ignored", "2025-05-30T10:00:00+02:00", [("perso", n) for n in ["pablo-n25", "pablo-c25", "pablo-r25", "fake-dmarc-mi", "other-4", "third-3", "fwd-3"]]),
 ("20_work_mailbox_m365", "2025-05-13T18:00:00+02:00", [("work", n) for n in ["piotr-n25ig", "piotr-c25ig", "piotr-mi25ig", "piotr-a25ig"]] + [("work", "claire-n25ig"), ("work", "claire-a25ig")]),
]


def main():
    rng = random.Random(20261202)
    ctx = gen_meta.Ctx(rng)
    pl = plan_meta.build(ctx)
    plan_third.build(ctx, pl)
    order = list(range(len(pl.msgs)))
    random.Random(1111).shuffle(order)
    for d in ("eml", "scenarios"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    for num, idx in enumerate(order, 1):
        pl.msgs[idx]["file"] = "eml/b11-%03d.eml" % num
    man = []
    for num, idx in enumerate(order, 1):
        r = pl.msgs[idx]
        with open(os.path.join(HERE, r["file"]), "wb") as f:
            f.write(r["raw"])
    for r in sorted(pl.msgs, key=lambda r: r["file"]):
        man.append(dict(file=r["file"], **{k: r["label"][k] for k in KEYS[1:]}))
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for o in man:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for name, now, msgs in SCEN:
        items = [(mb or "default", pl.by[n]) for mb, n in msgs]
        exp = scen.rows(items, T(now))
        doc = {"now": now, "messages": [({"file": pl.by[n]["file"], "mailbox": mb} if mb else pl.by[n]["file"]) for mb, n in msgs],
               "expect": exp}
        with open(os.path.join(HERE, "scenarios", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, ensure_ascii=False)
            f.write("\n")
    # private key for the README counts (tags are not shipped)
    kc = collections.Counter((o["kind"], o["language"]) for o in man)
    with open(os.path.join(HERE, "counts.json"), "w") as f:
        json.dump({"total": len(man), "by_kind": collections.Counter(o["kind"] for o in man),
                   "by_language": collections.Counter(o["language"] for o in man),
                   "kind_language": {"%s|%s" % k: v for k, v in sorted(kc.items())},
                   "fakes": sum(1 for o in man if o["authentic"] is False)}, f, indent=1)
    print(len(man), "messages,", len(SCEN), "scenarios")


if __name__ == "__main__":
    main()
