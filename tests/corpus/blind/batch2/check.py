#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of batch 2: every .eml parses with Python's email package, the
manifest lists every file exactly once, and each label is backed by the decoded
text (code, deadline in one of the language's date styles, reference, the
objection link after unwrapping the rewriters used here).  Also checks the
scenarios reference existing files."""
import collections
import datetime as dt
import email
import email.policy
import glob
import html
import json
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts import fmt_date  # noqa: E402


def unwrap(u):
    u = html.unescape(u)
    p = urllib.parse.urlsplit(u)
    q = urllib.parse.parse_qs(p.query)
    host = (p.hostname or "")
    if host in ("l.facebook.com", "l.instagram.com") and "u" in q:
        return q["u"][0]
    if host.endswith("safelinks.protection.outlook.com") and "url" in q:
        return q["url"][0]
    if host == "urldefense.proofpoint.com" and p.path.startswith("/v2/") and "u" in q:
        s = q["u"][0].replace("_", "/")
        return re.sub(r"-([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), s)
    if host == "urldefense.com" and p.path.startswith("/v3/__"):
        return u.split("/v3/__", 1)[1].split("__;", 1)[0]
    if host == "www.google.com" and p.path == "/url" and "q" in q:
        return q["q"][0]
    if host == "linkprotect.cudasvc.com" and "a" in q:
        return q["a"][0]
    return u


def texts_of(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            c = part.get_content()
            if part.get_content_subtype() == "html":
                hrefs = re.findall(r'href="([^"]+)"', c)
                c = re.sub(r"<[^>]+>", " ", c)
                c = html.unescape(c) + "\n" + "\n".join(html.unescape(h) for h in hrefs)
            out.append(c)
    return "\n".join(out)


def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8")]
    files = sorted(os.path.relpath(f, HERE) for f in glob.glob(os.path.join(HERE, "eml", "*.eml")))
    listed = [r["file"] for r in rows]
    assert sorted(listed) == files, "manifest and eml/ differ"
    assert len(set(listed)) == len(listed), "duplicate manifest rows"
    keys = {"file", "kind", "platform", "language", "code", "deadline", "objection_url", "reference", "authentic", "account"}
    problems = []
    for r in rows:
        assert set(r) == keys, r
        raw = open(os.path.join(HERE, r["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            problems.append((r["file"], "defects", msg.defects))
        to = email.utils.getaddresses([str(msg["To"])])[0][1].lower()
        if to != r["account"]:
            problems.append((r["file"], "account", to))
        text = texts_of(msg)
        flat = re.sub(r"(?<=\d) (?=\d)", "", text)
        if r["code"] and r["code"] not in flat:
            problems.append((r["file"], "code missing"))
        if r["kind"] == "verification_code" and not r["code"]:
            problems.append((r["file"], "code label missing"))
        if r["reference"] and r["reference"] not in text:
            problems.append((r["file"], "reference missing"))
        if r["deadline"]:
            d = dt.date.fromisoformat(r["deadline"])
            styles = ["long", "num", "iso", "us", "us_weekday"] + (["weekday"] if r["language"] in ("en", "da", "sv", "de", "fi") else [])
            if not any(fmt_date(r["language"], d, s) in text for s in styles):
                problems.append((r["file"], "deadline text missing"))
        urls = set(re.findall(r"https?://[^\s<>\"')]+", text))
        unwrapped = {unwrap(u).rstrip(".,;") for u in urls}
        if r["objection_url"] and r["objection_url"] not in unwrapped:
            problems.append((r["file"], "objection url missing", r["objection_url"]))
        forms = {"https://www.facebook.com/help/contact/712876720715583", "https://help.instagram.com/contact/767264225370182",
                 "https://www.facebook.com/privacy/genai/", "https://www.whatsapp.com/contact/forms/1534459096974129"}
        if r["kind"] != "unrelated" and r["objection_url"] is None and unwrapped & forms:
            problems.append((r["file"], "a Meta form link is present but the label is null"))
        if r["kind"] == "unrelated":
            assert all(r[k] is None for k in ("platform", "code", "deadline", "objection_url", "reference", "authentic")), r
        n_from = len(msg.get_all("From", []))
        n_subj = len(msg.get_all("Subject", []))
        if (n_from > 1 or n_subj > 1) and r["authentic"] is not False:
            problems.append((r["file"], "duplicate header but authentic"))
    for f in glob.glob(os.path.join(HERE, "scenarios", "*.json")):
        sc = json.load(open(f, encoding="utf-8"))
        for m in sc["messages"]:
            fn = m if isinstance(m, str) else m["file"]
            assert fn in listed, (f, fn)
    mbox = open(os.path.join(HERE, "mbox", "sample.mbox"), "rb").read()
    assert mbox.count(b"\nFrom ") + mbox.startswith(b"From ") == len(rows), "mbox count"
    c_kind = collections.Counter(r["kind"] for r in rows)
    c_lang = collections.Counter(r["language"] for r in rows)
    print("messages:", len(rows))
    print("kinds:", dict(sorted(c_kind.items())))
    print("languages:", dict(sorted(c_lang.items())))
    print("fakes (authentic false):", sum(r["authentic"] is False for r in rows))
    print("scenarios:", len(glob.glob(os.path.join(HERE, "scenarios", "*.json"))))
    if problems:
        for p in problems:
            print("PROBLEM", *p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
