#!/usr/bin/env python3
"""Deterministic generator of the blind10 batch (seed fixed in msgs.R)."""
import json, os, random, sys
from datetime import timedelta, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from msgs import *  # noqa
from render import render
import extras, scen

HERE = os.path.dirname(os.path.abspath(__file__))


def stories():
    out = []  # (tag, spec)
    for i, lang in enumerate(LANGS):
        L = W[lang]
        rnd = ["2024-06-26", "2025-05-27", "2026-10-14"][i % 3]
        plat = ["facebook", "instagram"][i % 2]
        if lang == "en":
            rnd, plat = "2024-06-26", "facebook"
        t0 = NOTICE_DAY[rnd] + timedelta(days=i % 5, hours=i % 7, minutes=3 * i)
        kw = {}
        if lang == "nl":
            kw["rewrite"] = "mimecast"
        n = notice(lang, plat, rnd, t0, i, **kw)
        if lang == "nl":
            n["url"] = None  # opaque rewriter: the target cannot be recovered
        out.append(("%s-notice" % lang, n))
        tc = t0 + timedelta(days=2 + i % 4, hours=5)
        ckw = {"subject": "Your confirmation code"} if lang in ("da", "cs", "hu") else {}
        out.append(("%s-code" % lang, code_mail(lang, plat, tc, i, spaced=(i % 4 == 1), **ckw)))
        out.append(("%s-received" % lang, answer(lang, plat, "objection_received", tc + timedelta(minutes=4), i)))
        dec = 0 if lang == "en" else (i + i // 3) % 3
        if dec == 0:
            out.append(("%s-accepted" % lang, answer(lang, plat, "objection_accepted", tc + timedelta(days=6, hours=3), i)))
        elif dec == 1:
            out.append(("%s-refused" % lang, answer(lang, plat, "objection_refused", tc + timedelta(days=8, hours=1), i, form=True, rnd=rnd)))
        op = "messenger" if lang == "mt" else plat
        out.append(("%s-other" % lang, other(lang, op, t0 + timedelta(days=20 + i), i)))
        out.append(("%s-fwd" % lang, forward(lang, n, t0 + timedelta(days=1, hours=2), i)))
    out += extras.extras()
    return out


def main():
    specs = stories()
    order = list(range(len(specs)))
    random.Random(4242).shuffle(order)
    names = {}
    for pos, idx in enumerate(order):
        names[idx] = "b10-%03d.eml" % (pos + 1)
    os.makedirs(os.path.join(HERE, "eml"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "eml")):
        os.remove(os.path.join(HERE, "eml", f))
    man, bytag = [], {}
    for idx, (tag, m) in enumerate(specs):
        fn = "eml/" + names[idx]
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(render(m, idx))
        unrel = m["kind"] == "unrelated"
        row = {"file": fn, "kind": m["kind"], "platform": None if unrel else m["platform"], "language": m["lang"],
               "code": None if unrel else m["code"], "deadline": None if unrel else m["deadline"],
               "objection_url": None if unrel else m["url"], "reference": None if unrel else m["ref"],
               "authentic": None if unrel or not m["platform"] else m["authentic"], "account": m["to_addr"].lower()}
        man.append((names[idx], row))
        assert tag not in bytag, tag
        bytag[tag] = (fn, m)
    man.sort()
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for _, row in man:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    scen.write_all(bytag, os.path.join(HERE, "scenarios"))
    print(len(specs), "messages")


if __name__ == "__main__":
    main()
