# -*- coding: utf-8 -*-
"""Assemble one RFC 5322 message (bytes) from parts."""
import hashlib
from email.header import Header
from email.utils import format_datetime, formataddr
import headershelp as HH
import mimehelp as MH
import rewriters as RW


def enc_words(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(s, cs, maxlinelen=76).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return "%s <%s>" % (enc_words(name, cs), a)


def assemble(*, provider, rcpt_name, rcpt, from_name, from_addr, subject, date, paras, layout="alt", cs="utf-8",
             cte="quoted-printable", wrap=None, preheader=None, verdict=None, sid="x", extra_top=None,
             extra_below_entry=None, dup_from=None, sender_headers=True, msgid_domain=None, in_reply_to=None):
    wrapfn = RW.WRAPPERS.get(wrap) if isinstance(wrap, str) else wrap
    if wrap == "mimecast":
        wrapfn = RW.mimecast
    seed = hashlib.sha1(sid.encode()).hexdigest()[:24]
    lines = []
    if extra_top:
        lines += extra_top
    v = verdict
    if v is None:
        dom = from_addr.split("@")[1]
        v = {"dkim": "pass", "d": dom, "spf": "pass", "mailfrom": from_addr, "dmarc": "pass", "hfrom": dom,
             "ip": "198.51.100.%d" % (len(from_addr) * 7 % 250), "helo": "smtp." + dom}
    chain = HH.received_chain(provider, v, rcpt, date, sid)
    if extra_below_entry:
        # put forged headers just below the entry Received line (last Received in chain)
        idx = max(i for i, l in enumerate(chain) if l.startswith("Received: from"))
        chain = chain[:idx + 1] + extra_below_entry + chain[idx + 1:]
    lines += chain
    if provider != "gmail":
        lines.append("Return-Path: <%s>" % v["mailfrom"])
    if sender_headers and v.get("d"):
        lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=s1024-2013-q3; t=%d;\n\tbh=%s=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type:Message-ID;\n\tb=%s"
                     % (v["d"], int(date.timestamp()), seed[:20], seed * 2))
    lines.append("From: " + addr(from_name, from_addr, cs))
    lines.append("To: " + addr(rcpt_name, rcpt, cs))
    if dup_from:
        lines.append("From: " + dup_from)
    lines.append("Subject: " + enc_words(subject, cs if cs != "utf-8" else "utf-8"))
    lines.append("Date: " + format_datetime(date))
    dom = msgid_domain or from_addr.split("@")[1]
    lines.append("Message-ID: <%s.%d@%s>" % (seed, int(date.timestamp()), dom))
    if in_reply_to:
        lines.append("In-Reply-To: %s" % in_reply_to)
        lines.append("References: %s" % in_reply_to)
    lines.append("MIME-Version: 1.0")
    ch, body = MH.build(paras, layout, cs=cs, cte=cte, wrap=wrapfn, preheader=preheader, seed=seed)
    text = "\n".join(lines) + "\n" + ch + "\n" + body
    return text.encode("ascii", "surrogateescape")
