#!/usr/bin/env python3
"""Parse every message, check the manifest keys/coverage and that labelled values occur in the decoded text."""
import email, email.policy, json, os, re, sys, urllib.parse, html
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["file", "kind", "platform", "language", "code", "deadline", "objection_url", "reference", "authentic", "account"]


def unwrap(u):
    for _ in range(4):
        p = urllib.parse.urlsplit(u)
        qs = urllib.parse.parse_qs(p.query)
        host = p.netloc.lower()
        if host in ("l.facebook.com", "l.instagram.com") or host.endswith("safelinks.protection.outlook.com"):
            u = qs.get("u", qs.get("url", [u]))[0]
        elif host == "www.google.com" and p.path == "/url":
            u = qs["q"][0]
        elif host == "linkprotect.cudasvc.com":
            u = qs["a"][0]
        elif host == "urldefense.com":
            u = re.match(r"https://urldefense\.com/v3/__(.*?)__;", u).group(1)
        elif host == "urldefense.proofpoint.com":
            e = qs["u"][0].replace("_", "/")
            u = re.sub(r"-([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), e)
        else:
            return u
    return u


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(html.unescape(part.get_content()))
    return "\n".join(out)


def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8")]
    files = sorted("eml/" + f for f in os.listdir(os.path.join(HERE, "eml")))
    assert sorted(r["file"] for r in rows) == files, "manifest does not list each file once"
    errs = 0
    for r in rows:
        assert list(r) == KEYS, (r["file"], list(r))
        with open(os.path.join(HERE, r["file"]), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        t = texts(msg)
        urls = {unwrap(u) for u in re.findall(r'https?://[^\s"<>\']+', t)}
        if r["code"] and not re.search(r"\b%s\s?%s\b" % (r["code"][:3], r["code"][3:]), t):
            print("code missing", r["file"]); errs += 1
        if r["reference"] and r["reference"] not in t:
            print("reference missing", r["file"]); errs += 1
        if r["objection_url"] and r["objection_url"] not in urls:
            print("url missing", r["file"], r["objection_url"]); errs += 1
        if r["kind"] == "unrelated" and any(r[k] is not None for k in ("platform", "code", "deadline", "objection_url", "reference", "authentic")):
            print("unrelated with fields", r["file"]); errs += 1
    for s in sorted(os.listdir(os.path.join(HERE, "scenarios"))):
        d = json.load(open(os.path.join(HERE, "scenarios", s)))
        for m in d["messages"]:
            fn = m["file"] if isinstance(m, dict) else m
            assert fn in files, (s, fn)
    if errs:
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
