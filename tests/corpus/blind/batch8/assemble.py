"""Assemble a full RFC 5322 message (bytes) from a spec and its content."""
import datetime as dt
import email.utils

import hdrs
import mimeb as M
from build import SENDER, content

META_IP = ["69.171.232.143", "66.220.155.178", "69.63.184.142", "31.13.77.21", "66.220.144.151"]


def text_of(c):
    out = []
    for p in c["paras"]:
        out.append(c["big"] if p == "%BIG%" else p)
    for a, h in c["links"]:
        out.append("%s: %s" % (a, h))
    out += c["tail"]
    out += c.get("foot", [])
    if c.get("unsub"):
        out[-1] = out[-1] + " <" + c["unsub"] + ">"
    if c.get("quoted"):
        out += c["quoted"]
    return "\n\n".join(out) + "\n"


def html_of(c, logo=None, lang="en"):
    paras = list(c["paras"])
    if c["links"]:
        if len(c["links"]) >= 2:
            paras.append("%BUTTON%" + c["links"][0][0] + "|" + c["links"][0][1])
            paras.append("%LINKS%")
            links = c["links"][1:]
        else:
            paras.append("%BUTTON%" + c["links"][0][0] + "|" + c["links"][0][1])
            links = []
    else:
        links = []
    paras += c["tail"]
    small = "<br>".join(M.esc(f) for f in c.get("foot", [])[:1])
    if c.get("unsub") and len(c.get("foot", [])) > 1:
        small += '<br><a href="%s" style="color:#8a8d91">%s</a>' % (c["unsub"], M.esc(c["foot"][1]))
    paras.append("%SMALL%" + small)
    h = M.meta_html(paras, preheader=c.get("pre"), links=links, big=c.get("big"), logo_src=logo, lang=lang)
    if c.get("quoted"):
        h = h.replace("</body>", "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">%s</blockquote></body>"
                      % "<br>".join(M.esc(q) for q in c["quoted"][1:]))
    return h


def body(s, c, r, bnd):
    fmt = s.get("fmt", "alt")
    cs = s.get("cs", "utf-8")
    cte = s.get("cte", "quoted-printable")
    lang = s.get("lang") or "en"
    if fmt == "text":
        return M.leaf("text/plain", text_of(c), cs, cte)
    if fmt == "html":
        h = html_of(c, logo="https://static.xx.fbcdn.net/rsrc.php/v3/yK/r/s7DhBAzKoKZ.png", lang=lang)
        return M.leaf("text/html", h.replace("charset=utf-8", "charset=" + cs), cs, cte)
    if fmt == "alt":
        h = html_of(c, lang=lang)
        return M.multipart("alternative", [M.leaf("text/plain", text_of(c), cs, cte),
                                           M.leaf("text/html", h.replace("charset=utf-8", "charset=" + cs), cs, cte)], bnd)
    # related: alternative(plain, html) + inline image
    h = html_of(c, logo="cid:logo_%s@fb" % bnd[-6:], lang=lang)
    alt = M.multipart("alternative", [M.leaf("text/plain", text_of(c), cs, cte),
                                      M.leaf("text/html", h.replace("charset=utf-8", "charset=" + cs), cs, cte)],
                      bnd + "_a")
    return M.multipart("related", [alt, M.image_part("logo_%s@fb" % bnd[-6:])], bnd + "_r", ' type="multipart/alternative";')


def headers(s, r, subject, frm_name, frm_addr, mailfrom, sender_host, ip, v, extra=(), forged=None, arc=None,
            mid_dom=None, dup_from=None):
    per = s["persona"]
    when = s["when"]
    trace = hdrs.trace(per["prov"], per["addr"], when, r, sender_host, ip, mailfrom, v, forged=forged, arc_seal=arc)
    cs = s.get("hcs", "utf-8")
    subj = M.ew(subject, cs, s.get("hmode", "B"))
    lines = [trace.rstrip("\n")]
    if v.get("dkim_d") and v.get("dkim") != "none":
        lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=%s;\n\ts=s1024-2013-q3; t=%d;\n"
                     "\tbh=%s=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type;\n\tb=%s"
                     % (v["dkim_d"], int(when.timestamp()), hdrs._h(r, 43), hdrs._h(r, 120)))
    lines.append("Date: %s" % email.utils.format_datetime(when))
    lines.append("To: %s" % M.addr(per["name"], per["addr"], cs))
    lines.append("Subject: %s" % subj)
    lines.append("From: %s" % M.addr(frm_name, frm_addr, cs))
    if dup_from:
        lines.append("From: %s" % dup_from)
    lines.append("Message-ID: <%s.%d@%s>" % (hdrs._h(r, 20).lower(), int(when.timestamp()),
                                             mid_dom or frm_addr.split("@")[1]))
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode()


def meta_msg(s, r, idx):
    """A message that presents itself as Meta's (genuine or fake)."""
    c = content(s, r)
    fk = s.get("fake")
    key = s.get("sender", s["platform"])
    name, fa, dom = SENDER[key]
    name = s.get("from_name", name)
    fa = s.get("from_addr", fa)
    fdom = fa.split("@")[1]
    dkim_d = dom
    ip = META_IP[idx % len(META_IP)]
    host = ip.replace(".", "-") + ".mail-mail.facebook.com"
    mailfrom = "notification+zj%s@%s" % (hdrs._h(r, 10).lower(), fdom)
    v = dict(dkim="pass", dmarc="pass", spf="pass", dkim_d=dkim_d, hfrom=fdom)
    forged = arc = dup = None
    if fk == "lookalike":
        host = "mail.%s" % fdom
        ip = "185.234.72.%d" % (idx % 200 + 10)
        v = dict(dkim="pass", dmarc="pass", spf="pass", dkim_d=fdom, hfrom=fdom)
        mailfrom = "bounce@" + fdom
    elif fk == "spoof":  # real-looking From, receiving verdict fails
        host = "vps%d.hosting-%s.example" % (idx, hdrs._h(r, 4).lower())
        ip = "45.137.21.%d" % (idx % 200 + 10)
        mailfrom = "root@" + host
        v = dict(dkim="none", dmarc="fail", spf="fail", dkim_d=fdom, hfrom=fdom)
    elif fk == "forged":  # sender-written pass below the entry hop
        host = "smtp.bulk-%s.example" % hdrs._h(r, 5).lower()
        ip = "91.219.236.%d" % (idx % 200 + 10)
        mailfrom = "info@" + host
        v = dict(dkim="none", dmarc="fail", spf="softfail", dkim_d=fdom, hfrom=fdom)
        forged = ("Authentication-Results: mx.google.com;\n\tdkim=pass header.i=@%s header.s=s1024-2013-q3;\n"
                  "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=REJECT) header.from=%s" % (fdom, fdom, fdom))
    elif fk == "display":  # display-name spoofing from a free-mail account
        host = "mail-eopbgr%d.outbound.protection.outlook.com" % (idx + 100)
        ip = "40.92.%d.%d" % (idx % 250, idx % 200 + 3)
        mailfrom = fa
        v = dict(dkim="pass", dmarc="pass", spf="pass", dkim_d=fdom, hfrom=fdom)
    elif fk == "dupfrom":
        dup = "Facebook Security <security@fb-accounts-review.example>"
    elif fk == "arc_untrusted":
        v = dict(dkim="fail", dmarc="fail", spf="pass", dkim_d=dkim_d, hfrom=fdom, arc="pass")
        arc = ("alumni.uni-leiden.example", "alumni.uni-leiden.example; dkim=pass header.d=%s; dmarc=pass header.from=%s"
               % (dkim_d, fdom))
        host = "mailrelay.alumni.uni-leiden.example"
        ip = "132.229.1.%d" % (idx % 200 + 5)
    extra = []
    if not fk or fk in ("arc_untrusted", "noar"):
        extra.append("X-Facebook: from 2401:db00:3020:%x:face:0:%x:0 ([MTI3LjAuMC4x])\n\tby www.facebook.com with HTTPS (ZuckMail);"
                     % (r.randint(4096, 65535), r.randint(1, 99)))
        extra.append("X-Facebook-Notify: %s; mailid=%s" % ("ai_policy_update" if s["kind"] == "policy_notice" else "privacy_request",
                                                           hdrs._h(r, 20).lower()))
        extra.append("Feedback-ID: 0:%s:Facebook" % s["kind"])
        extra.append("X-Mailer: ZuckMail [version 1.00]")
        if c.get("unsub"):
            extra.append("List-Unsubscribe: <%s>" % c["unsub"])
    extra.append("Content-Language: %s" % s["lang"]) if s.get("clang") else None
    bnd = "b1_%s" % hdrs._h(r, 32).lower()
    h = headers(s, r, c["subject"], name, fa, mailfrom, host, ip, v, extra, forged, arc, dup_from=dup)
    return h + body(s, c, r, bnd), c["lab"]
