"""Render a message spec to bytes (headers + MIME body)."""
from email.utils import format_datetime
import hdrs, mimeb


def sender_verdict(m):
    d = m["from_addr"].split("@")[1]
    v = dict(dkim="pass", dkim_d=m.get("dkim_d", d), spf="pass", mailfrom=d, dmarc="pass", hfrom=d,
             ip="66.220.155.%d" % (140 + len(m["to_addr"]) % 40), rp="bounce+%s@%s" % (hdrs.h(m["to_addr"], 6), d))
    v.update(m.get("verdict", {}))
    return v


def render(m, seed):
    rw = m.get("rewrite")
    blocks = []
    for b in m["blocks"]:
        if b[0] == "link":
            blocks.append(("link", b[1], hdrs.wrap(b[2], rw, m["to_addr"])))
        elif b[0] == "links":
            blocks.append(("links", [(a, hdrs.wrap(u, rw, m["to_addr"])) for a, u in b[1]]))
        else:
            blocks.append(b)
    fake = m.get("fake") or {}
    v = sender_verdict(m)
    host = fake.get("host") or ("66-220-155-%s.mail-mail.facebook.com" % v["ip"].split(".")[-1] if m["platform"] and not fake.get("lookalike") else "mail.%s" % m["from_addr"].split("@")[1])
    out = hdrs.trace(m["provider"], v, m["to_addr"], m["date"], host, forged_below=fake.get("forged_below", False),
                     no_ar=fake.get("no_ar", False), arc=m.get("arc"))
    cs = m["cs"]
    frm = mimeb.enc_addr(m.get("from_name"), m["from_addr"], cs)
    if m["platform"]:
        out += "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=%s; s=s1024-2013-q3;\n\tt=%d; bh=%s=;\n\th=Date:To:Subject:Message-ID:From:MIME-Version;\n\tb=%s\n" % (
            v["dkim_d"], int(m["date"].timestamp()), hdrs.h("bh" + m["subject"], 43), hdrs.h("b" + m["subject"], 40))
    out += "From: %s\n" % frm
    if fake.get("dup_from"):
        out += "From: %s\n" % mimeb.enc_addr(m.get("from_name"), "security@facebookmail.com", cs)
    out += "To: %s\n" % mimeb.enc_addr(m["to_name"], m["to_addr"], cs)
    out += "Subject: %s\n" % mimeb.enc_header(m["subject"], cs)
    out += "Date: %s\n" % format_datetime(m["date"])
    dom = m["from_addr"].split("@")[1]
    out += "Message-ID: <%s.%d@%s>\n" % (hdrs.h(m["subject"] + str(seed), 20), int(m["date"].timestamp()), dom)
    for k, val in m.get("extra_headers", []):
        out += "%s: %s\n" % (k, val)
    if m["platform"] and m["kind"] != "unrelated":
        out += "X-Facebook-Notify: %s; mailid=%s\n" % (m["kind"] if m["kind"] == "other_meta" else "privacy_request", hdrs.h(str(seed), 12))
        out += "List-Unsubscribe: <https://www.facebook.com/o.php?k=%s&u=1&mid=%s>\n" % (hdrs.h("k" + str(seed), 10), hdrs.h(str(seed), 8))
    ch, body, acs = mimeb.build_body(blocks, m["fmt"], cs, m["cte"], preheader=m.get("preheader"), lang=m["lang"],
                                   narrow=m.get("narrow", False), view_online=m.get("view_online"), seed=seed)
    return (out + ch + "\n").encode("ascii") + body.encode(acs)
