#!/usr/bin/env python3
"""Self-check of the blind11 batch: parse every file, manifest coverage and keys, labelled values present in text."""
import email, email.policy, html, json, os, re, sys
from rewriters import unwrap

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["file", "kind", "platform", "language", "code", "deadline", "objection_url", "reference", "authentic", "account"]
KINDS = {"policy_notice", "verification_code", "objection_received", "objection_accepted", "objection_refused", "other_meta", "unrelated"}


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            raw = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "utf-8"
            t = raw.decode(cs)
            out.append(html.unescape(t) if part.get_content_subtype() == "html" else t)
    return "\n".join(out)


def main():
    errs = []
    files = sorted(f for f in os.listdir(os.path.join(HERE, "eml")) if f.endswith(".eml"))
    man = [json.loads(l) for l in open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8")]
    seen = {}
    for o in man:
        if list(o) != KEYS:
            errs.append("keys %s" % o.get("file"))
        seen[o["file"]] = seen.get(o["file"], 0) + 1
    for f in files:
        if seen.get("eml/" + f) != 1:
            errs.append("manifest lists %s %s times" % (f, seen.get("eml/" + f, 0)))
    if len(seen) != len(files):
        errs.append("manifest has files not on disk")
    for o in man:
        data = open(os.path.join(HERE, o["file"]), "rb").read()
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        for h in ("From", "To", "Date", "Subject", "Message-ID"):
            if msg[h] is None:
                errs.append("%s: no %s" % (o["file"], h))
        body = texts(msg)
        urls = [unwrap(html.unescape(u)) for u in re.findall(r'https://[^\s"<>]+', body)]
        if o["kind"] not in KINDS:
            errs.append("%s: kind" % o["file"])
        if o["kind"] == "unrelated" and any(o[k] is not None for k in ("platform", "code", "deadline", "objection_url", "reference", "authentic")):
            errs.append("%s: unrelated with fields" % o["file"])
        if o["code"]:
            if not re.fullmatch(r"\d{6}", o["code"]) or (o["code"] not in body and o["code"][:3] + " " + o["code"][3:] not in body):
                errs.append("%s: code %s not in text" % (o["file"], o["code"]))
        if (o["code"] is not None) != (o["kind"] == "verification_code"):
            errs.append("%s: code/kind" % o["file"])
        if o["reference"] and o["reference"] not in body:
            errs.append("%s: reference not in text" % o["file"])
        if o["objection_url"] and o["objection_url"] not in urls:
            errs.append("%s: objection_url not in unwrapped links" % o["file"])
        if o["deadline"] and o["kind"] != "policy_notice":
            errs.append("%s: deadline on non-notice" % o["file"])
        if o["account"] and o["account"].lower() not in (msg["To"] or "").lower():
            errs.append("%s: account not To" % o["file"])
    for s in sorted(os.listdir(os.path.join(HERE, "scenarios"))):
        d = json.load(open(os.path.join(HERE, "scenarios", s), encoding="utf-8"))
        for m in d["messages"]:
            f = m if isinstance(m, str) else m["file"]
            if f not in seen:
                errs.append("%s: unknown file %s" % (s, f))
        if not d["expect"]:
            errs.append("%s: empty expect" % s)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
