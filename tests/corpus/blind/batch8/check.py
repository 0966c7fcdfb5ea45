#!/usr/bin/env python3
"""Sanity check of the batch: parse, manifest coverage, labelled values present in decoded text."""
import email
import email.policy
import html
import json
import os
import re
import sys
import urllib.parse as up

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["file", "kind", "platform", "language", "code", "deadline", "objection_url", "reference", "authentic", "account"]
KINDS = {"policy_notice", "verification_code", "objection_received", "objection_accepted", "objection_refused",
         "other_meta", "unrelated"}


def unwrap(u):
    for _ in range(4):
        s = up.urlsplit(u)
        q = up.parse_qs(s.query)
        h = s.hostname or ""
        if h.endswith("safelinks.protection.outlook.com") and "url" in q:
            u = q["url"][0]
        elif h in ("l.facebook.com", "lm.facebook.com", "l.instagram.com") and "u" in q:
            u = q["u"][0]
        elif h == "urldefense.com" and s.path.startswith("/v3/__"):
            u = re.match(r"/v3/__(.*?)__;", s.path + ("?" + s.query if s.query else "")).group(1)
        elif h == "urldefense.proofpoint.com" and "u" in q:
            u = q["u"][0].replace("_", "/")
            u = re.sub(r"-([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), u)
        elif h == "www.google.com" and s.path == "/url" and "q" in q:
            u = q["q"][0]
        elif h == "linkprotect.cudasvc.com" and "a" in q:
            u = q["a"][0]
        else:
            return u
    return u


def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(t)
            out.append(t)
    return "\n".join(out)


def main():
    rows = [json.loads(x) for x in open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8")]
    files = sorted("eml/" + f for f in os.listdir(os.path.join(HERE, "eml")))
    errs = []
    seen = [r["file"] for r in rows]
    if sorted(seen) != files or len(set(seen)) != len(seen):
        errs.append("manifest does not list each file exactly once")
    for r in rows:
        if list(r.keys()) != KEYS:
            errs.append("%s: keys %s" % (r["file"], list(r.keys())))
        if r["kind"] not in KINDS:
            errs.append("%s: kind" % r["file"])
        with open(os.path.join(HERE, r["file"]), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        txt = text_of(msg)
        if r["kind"] == "unrelated" and any(r[k] is not None for k in ("platform", "code", "deadline", "objection_url", "reference", "authentic")):
            errs.append("%s: unrelated with fields" % r["file"])
        if r["code"]:
            if not re.search(r"(?<!\d)%s ?%s(?!\d)" % (r["code"][:3], r["code"][3:]), txt):
                errs.append("%s: code %s not found" % (r["file"], r["code"]))
        if r["reference"] and r["reference"] not in txt:
            errs.append("%s: reference not found" % r["file"])
        if r["objection_url"]:
            urls = [unwrap(html.unescape(u)) for u in re.findall(r"https?://[^\s\"<>]+", txt)]
            if r["objection_url"] not in urls:
                errs.append("%s: url %s not found" % (r["file"], r["objection_url"]))
    for fn in os.listdir(os.path.join(HERE, "scenarios")):
        sc = json.load(open(os.path.join(HERE, "scenarios", fn), encoding="utf-8"))
        for m in sc["messages"]:
            if m["file"] not in seen:
                errs.append("%s: unknown file %s" % (fn, m["file"]))
    for e in errs:
        print(e)
    print("ok" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
