"""Trace and authentication headers in the style of several receiving providers, plus link rewriters."""
import hashlib, urllib.parse
from email.utils import format_datetime
from datetime import timedelta


def h(s, n=16):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def ar_clause(v, style):
    """v: dict dkim, dkim_d, spf, mailfrom, dmarc, hfrom, ip, sel"""
    d, sel = v["dkim_d"], v.get("sel", "s1024-2013-q3")
    parts = []
    if v["dkim"] != "none":
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (v["dkim"], d, sel, h(d + sel, 8)))
    else:
        parts.append("dkim=none")
    parts.append("spf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
        v["spf"], style, v["mailfrom"], v["ip"], v["mailfrom"]) if v["spf"] == "pass" else
        "spf=%s smtp.mailfrom=%s" % (v["spf"], v["mailfrom"]))
    pol = "p=REJECT sp=REJECT dis=%s" % ("NONE" if v["dmarc"] == "pass" else "REJECT")
    parts.append("dmarc=%s (%s) header.from=%s" % (v["dmarc"], pol, v["hfrom"]))
    return parts


def fold(name, first, parts, sep=";"):
    return "%s: %s%s\n" % (name, first, "".join("%s\n\t%s" % (sep, p) for p in parts))


def recv_date(dt, secs=2):
    return format_datetime(dt + timedelta(seconds=secs))


def trace(provider, v, to_addr, dt, sender_host, forged_below=False, no_ar=False, arc=None):
    """Return header text (top to bottom) for the receiving side."""
    ip = v["ip"]
    rd = recv_date(dt)
    out = []
    mid = h(to_addr + rd)
    if provider == "gmail":
        out.append("Delivered-To: %s\n" % to_addr)
        out.append("Received: by 2002:a05:7010:%s:b0:%s:%s with SMTP id %s;\n        %s\n" % (mid[:4], mid[4:7], mid[7:11], mid[:10], rd))
        out.append("X-Google-Smtp-Source: AGHT+I%s\n" % mid)
        out.append("ARC-Seal: i=1; a=rsa-sha256; t=1700000000; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n" % h("seal" + mid, 40))
        if not no_ar:
            out.append("ARC-Authentication-Results: i=1; mx.google.com;\n       " + ";\n       ".join(ar_clause(v, "google.com")) + "\n")
        out.append("Return-Path: <%s>\n" % v["rp"])
        out.append("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s\n" % (
            sender_host, sender_host, ip, mid[:12], mid[12:16], to_addr, rd))
        out.append("Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;\n" % (v["spf"], v["rp"], ip, ip))
        if not no_ar:
            out.append("Authentication-Results: mx.google.com;\n       " + ";\n       ".join(ar_clause(v, "google.com")) + "\n")
    elif provider in ("outlook", "m365"):
        pod = "AM7PR03MB%s" % mid[:4].upper() if provider == "m365" else "PAXP193MB%s" % mid[:4].upper()
        edge = "AMS0EPF000001%s.eurprd05.prod.outlook.com" % mid[4:6].upper() if provider == "m365" else "DU2PEPF000%s.eurprd02.prod.outlook.com" % mid[4:9].upper()
        out.append("Received: from %s.eurprd03.prod.outlook.com (2603:10a6:20b:%s::12)\n by %s.eurprd03.prod.outlook.com with HTTPS; %s\n" % (edge.split(".")[0], mid[:3], pod, rd))
        out.append("Received: from %s (2603:10a6:208:%s::4) by\n %s.eurprd03.prod.outlook.com (2603:10a6:20b:%s::12) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8293.17; %s\n" % (
            edge, mid[5:8], pod, mid[:3], rd))
        if not no_ar:
            cl = ["spf=%s (sender IP is %s)\n smtp.mailfrom=%s" % (v["spf"], ip, v["mailfrom"]),
                  "dkim=%s (%s)\n header.d=%s" % (v["dkim"], "signature was verified" if v["dkim"] == "pass" else "signature did not verify" if v["dkim"] == "fail" else "message not signed", v["dkim_d"] if v["dkim"] != "none" else "none"),
                  "dmarc=%s action=%s header.from=%s" % (v["dmarc"], "none" if v["dmarc"] == "pass" else "oreject", v["hfrom"]),
                  "compauth=%s reason=%s" % ("pass" if v["dmarc"] == "pass" else "fail", "100" if v["dmarc"] == "pass" else "000")]
            if arc:
                cl.insert(3, "arc=pass (0 oda=1 ltdi=1 spf=[1,1,smtp.mailfrom=%s] dkim=[1,1,header.d=%s] dmarc=[1,1,header.from=%s])" % (v["mailfrom"], arc["d"], v["hfrom"]))
            out.append("Authentication-Results: " + ";".join(cl) + "\n")
        out.append("Received-SPF: %s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C\n" % (
            "Pass" if v["spf"] == "pass" else "Fail", v["mailfrom"], ip, ip, sender_host))
        out.append("Received: from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8293.17 via Frontend Transport; %s\n" % (
            sender_host, ip, edge, int(mid[:2], 16), rd))
        out.append("X-MS-Exchange-Organization-AuthSource: %s\nX-MS-Exchange-Organization-AuthAs: Anonymous\n" % edge)
    else:
        P = PROVIDERS[provider]
        host = P["mx"] % {"n": int(mid[:2], 16) % 40 + 1}
        if arc and not no_ar:
            out.append(fold("Authentication-Results", P["id"], ["arc=pass (as.1.%s=pass, ams.1.%s=pass)" % (arc["sealer"], arc["sealer"])] + ar_clause(v, P["id"])))
        elif not no_ar:
            if provider == "icloud":
                out.append("Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s\n" % (v["dmarc"], v["hfrom"]))
                out.append("Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=%s (1024-bit key) header.d=%s header.i=@%s header.b=%s\n" % (v["dkim"], v["dkim_d"], v["dkim_d"], h(v["dkim_d"], 8)))
                out.append("Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s\n" % (v["spf"], v["rp"], ip, v["rp"]))
            else:
                out.append(fold("Authentication-Results", P["id"], ar_clause(v, P["id"])))
        if arc:
            out.append("ARC-Seal: i=1; a=rsa-sha256; d=%s; s=arc-20240605; cv=none;\n\tb=%s\n" % (arc["sealer"], h("s" + mid, 40)))
            out.append("ARC-Authentication-Results: i=1; %s;\n\tdkim=pass header.d=%s header.s=s1024-2013-q3;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=REJECT) header.from=%s\n" % (
                arc["arid"], v["hfrom"], v["mailfrom"], v["hfrom"]))
            out.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s\n" % (arc["host"], arc["host"], arc["ip"], host, mid[:10], to_addr, rd))
            out.append("Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s\n" % (sender_host, sender_host, ip, arc["host"], mid[10:], arc["orig"], recv_date(dt, 1)))
        else:
            out.append("Received: from %s (%s [%s])\n\tby %s %s id %s\n\tfor <%s>; %s\n" % (
                sender_host, sender_host, ip, host, P.get("with", "with ESMTPS"), mid[:12].upper(), to_addr, rd))
        out.append("Return-Path: <%s>\n" % v["rp"])
    if forged_below:
        # a verdict written by the sender itself, below the entry hop
        out.append("Authentication-Results: mx.google.com;\n\tdkim=pass header.i=@facebookmail.com header.s=s1024-2013-q3;\n\tspf=pass smtp.mailfrom=facebookmail.com;\n\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=facebookmail.com\n")
    return "".join(out)


PROVIDERS = {
    "yahoo": {"mx": "mta%(n)d007.mail.ir2.yahoo.com", "id": "atlas-production.v2.mail.yahoo.com", "with": "with SMTPS"},
    "icloud": {"mx": "ms%(n)dp00im-qufo17281601.me.com (Postfix)", "id": "icloud"},
    "fastmail": {"mx": "mx%(n)d.messagingengine.com (Postfix)", "id": "mx6.messagingengine.com"},
    "gmx": {"mx": "mx-ha.gmx.net (mxgmx%(n)d [212.227.17.5])", "id": "gmx.net", "with": "with ESMTPS (Nemesis)"},
    "webde": {"mx": "mx-ha.web.de (mxweb%(n)d [212.227.15.17])", "id": "web.de", "with": "with ESMTPS (Nemesis)"},
    "orange": {"mx": "mwinf5d%(n)d.me-wanadoo.net", "id": "mwinf5d20.me-wanadoo.net", "with": "with ME"},
    "free": {"mx": "mx1-g%(n)d.free.fr (Postfix)", "id": "mx1-g20.free.fr"},
    "proton": {"mx": "mailin0%(n)d.protonmail.ch", "id": "mail.protonmail.ch"},
    "posteo": {"mx": "mx0%(n)d.posteo.de (Postfix)", "id": "posteo.de"},
    "seznam": {"mx": "email-smtpd%(n)d.ng.seznam.cz (email-smtpd%(n)d.ng.seznam.cz [10.23.13.%(n)d])", "id": "email.seznam.cz"},
    "wp": {"mx": "mx.wp.pl", "id": "mx.wp.pl"},
    "libero": {"mx": "smtp-in%(n)d.libero.it", "id": "libero.it"},
    "telenet": {"mx": "mx%(n)d.telenet-ops.be", "id": "telenet-ops.be"},
    "generic": {"mx": "mail.example.net", "id": "mail.example.net"},
    "mailbox_org": {"mx": "mx%(n)d.mailbox.org (Postfix)", "id": "mailbox.org"},
}


# ---- link rewriters -------------------------------------------------------
def q(u):
    return urllib.parse.quote(u, safe="")


def wrap(url, how, seed="x"):
    t = h(url + seed, 24)
    if how is None:
        return url
    if how == "lfb":
        return "https://l.facebook.com/l.php?u=%s&h=AT%s&s=1" % (q(url), t)
    if how == "lig":
        return "https://l.instagram.com/?u=%s&e=AT%s" % (q(url), t)
    if how == "safelinks":
        return "https://eur02.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C84df9e7fe9f640afb435aaaaaaaaaaaa%%7C1%%7C0%%7C638%s&sdata=%s%%3D&reserved=0" % (q(url), t[:12], t[:6], t[:20])
    if how == "pp3":
        return "https://urldefense.com/v3/__%s__;!!Dq%s!%s$" % (url, t[:8], t[8:24])
    if how == "pp2":
        enc = url.replace("-", "-2D").replace(":", "-3A").replace("/", "_").replace("?", "-3F").replace("=", "-3D").replace("&", "-26")
        return "https://urldefense.proofpoint.com/v2/url?u=%s&d=DwMFaQ&c=%s&r=%s&m=%s&s=%s&e=" % (enc, t[:10], t[10:20], t[:16], t[4:18])
    if how == "google":
        return "https://www.google.com/url?q=%s&sa=D&source=editors&ust=17%s&usg=AOvVaw%s" % (q(url), t[:11], t[:16])
    if how == "barracuda":
        return "https://linkprotect.cudasvc.com/url?a=%s&c=E,1,%s&typo=1" % (q(url).lower(), t)
    if how == "mimecast":  # opaque: does not carry the target
        return "https://protect-eu.mimecast.com/s/%sQ%s?domain=facebook.com" % (t[:8], t[8:14])
    raise ValueError(how)
