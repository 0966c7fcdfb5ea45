"""Receiving-side header layouts (Received chains + Authentication-Results) of common mailbox providers."""
import hashlib
from email.utils import format_datetime
from datetime import timedelta


def h(s, n=10):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def ar_body(v, sid, style="std"):
    """v: dict(dkim, d, spf, mailfrom, dmarc, hfrom, ip)."""
    parts = []
    if v.get("dkim"):
        extra = " (body hash did not verify)" if v["dkim"] == "fail" else ""
        parts.append("dkim=%s%s header.i=@%s header.s=s1024-2013-q3 header.b=%s" % (v["dkim"], extra, v["d"], h(sid + "b", 8)))
    if v.get("spf"):
        parts.append("spf=%s smtp.mailfrom=%s" % (v["spf"], v["mailfrom"]))
    if v.get("dmarc"):
        pol = " (p=REJECT sp=REJECT dis=%s)" % ("NONE" if v["dmarc"] == "pass" else "QUARANTINE")
        parts.append("dmarc=%s%s header.from=%s" % (v["dmarc"], pol, v["hfrom"]))
    return parts


def fmt_ar(authserv, parts):
    return "Authentication-Results: %s;\n\t" % authserv + ";\n\t".join(parts)


def received_chain(provider, v, rcpt, date, sid):
    """Return list of header strings (top first) that the receiving provider writes."""
    d0 = date + timedelta(seconds=3)
    d1 = format_datetime(d0)
    d2 = format_datetime(d0 + timedelta(seconds=1))
    ip = v.get("ip", "66.220.144.178")
    helo = v.get("helo", "mx-out.facebook.com")
    ent = lambda by, extra="": "Received: from %s (%s [%s])\n\tby %s%s\n\tfor <%s>; %s" % (helo, helo, ip, by, extra, rcpt, d1)
    P = ar_body(v, sid)
    if provider == "gmail":
        return ["Delivered-To: %s" % rcpt,
                "Received: by 2002:a05:7010:%s:b0:5a1:1c2e:33f1 with SMTP id %s;\n\t%s" % (h(sid, 4), h(sid + "x", 12), d2),
                "X-Google-Smtp-Source: AGHT+I%s" % h(sid + "g", 30),
                "ARC-Seal: i=1; a=rsa-sha256; t=1716565716; cv=none;\n\td=google.com; s=arc-20160816;\n\tb=%s" % h(sid + "s", 40),
                "ARC-Authentication-Results: i=1; mx.google.com;\n\t" + ";\n\t".join(P),
                "Return-Path: <%s>" % v["mailfrom"],
                "Received: from %s (%s. [%s])\n\tby mx.google.com with ESMTPS id %s.%d\n\tfor <%s>\n\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n\t%s"
                % (helo, helo, ip, h(sid + "i", 16), 2024, rcpt, d1),
                "Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (v.get("spf") or "neutral", v["mailfrom"], ip, ip),
                fmt_ar("mx.google.com", P)]
    if provider in ("outlook", "m365"):
        ms = []
        if v.get("spf"):
            ms.append("spf=%s (sender IP is %s) smtp.mailfrom=%s" % (v["spf"], ip, v["mailfrom"].split("@")[-1]))
        if v.get("dkim"):
            ms.append("dkim=%s (%s) header.d=%s" % (v["dkim"], "signature was verified" if v["dkim"] == "pass" else "body hash did not verify", v["d"]))
        if v.get("dmarc"):
            ms.append("dmarc=%s action=%s header.from=%s" % (v["dmarc"], "none" if v["dmarc"] == "pass" else "oreject", v["hfrom"]))
        ms.append("compauth=%s reason=%s" % (("pass", "100") if v.get("dmarc") == "pass" else ("fail", "000")))
        fe = "AM4PEPF00027A6C.eurprd04.prod.outlook.com" if provider == "outlook" else "DB1PEPF000509F1.eurprd03.prod.outlook.com"
        return ["Received: from PAXPR02MB7262.eurprd02.prod.outlook.com (2603:10a6:102:1d3::9) by\n DU0PR02MB9512.eurprd02.prod.outlook.com with HTTPS; %s" % d2,
                "Received: from AS9PR06CA0412.eurprd06.prod.outlook.com (2603:10a6:20b:461::29)\n by PAXPR02MB7262.eurprd02.prod.outlook.com (2603:10a6:102:1d3::9) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7633.17; %s" % (d2),
                "Received: from %s\n (2603:10a6:20b:461:cafe::6b) by AS9PR06CA0412.outlook.office365.com\n (2603:10a6:20b:461::29) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.7633.17 via Frontend Transport; %s" % (fe, d2),
                "Authentication-Results: " + ";".join(ms),
                "Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % ((v.get("spf") or "none").capitalize(), v["mailfrom"].split("@")[-1], ip, ip, helo),
                "Received: from %s (%s) by\n %s (10.167.16.90) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.7633.15 via\n Frontend Transport; %s" % (helo, ip, fe.replace(".eurprd04.prod.outlook.com", ".mail.protection.outlook.com").replace(".eurprd03.prod.outlook.com", ".mail.protection.outlook.com"), d1),
                "X-MS-Exchange-Organization-AuthSource: %s" % fe,
                "X-MS-Exchange-Organization-AuthAs: Anonymous"]
    if provider == "yahoo":
        host = "atlas212.free.mail.ir2.yahoo.com"
        return ["Received: from 10.217.141.22\n by %s with HTTP; %s" % (host, d2),
                "Received: from %s (EHLO %s)\n by %s with SMTP id %s\n for <%s>; %s" % (ip, helo, host, h(sid, 32), rcpt, d1),
                "X-Originating-Ip: [%s]" % ip,
                "Received-SPF: %s (domain of %s designates %s as permitted sender)" % (v.get("spf") or "none", v["mailfrom"].split("@")[-1], ip),
                fmt_ar(host, P).replace("Authentication-Results: %s;" % host, "Authentication-Results: %s;" % host)]
    if provider == "icloud":
        out = []
        if v.get("dmarc"):
            out.append("Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s" % (v["dmarc"], v["hfrom"]))
        if v.get("dkim"):
            out.append("Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=%s (1024-bit key) header.d=%s header.i=@%s header.b=%s" % (v["dkim"], v["d"], v["d"], h(sid, 8)))
        if v.get("spf"):
            out.append("Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (v["spf"], v["mailfrom"], ip, v["mailfrom"]))
        out.append("Received-SPF: %s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s" % (v.get("spf") or "none", v["mailfrom"], ip, ip, helo, v["mailfrom"]))
        out.append(ent("mx6.mail.icloud.com (Postfix) with ESMTPS id %s" % h(sid, 11).upper()))
        return out
    if provider == "fastmail":
        return ["Received: from compute1.internal (compute1.nyi.internal [10.202.2.41])\n\t by sloti47n16 (Cyrus 3.9.0-alpha0-1080-g5e1a7b5b2-fm-2024) with LMTPA;\n\t %s" % d2,
                "X-Cyrus-Session-Id: sloti47n16-%s" % h(sid, 12),
                "Received: from mx3.messagingengine.com ([10.202.2.202])\n  by compute1.internal (LMTPProxy); %s" % d2,
                "Received: from mx3.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (h(sid, 10).upper(), rcpt, d2),
                "ARC-Authentication-Results: i=1; mx3.messagingengine.com;\n\t" + ";\n\t".join(P),
                fmt_ar("mx3.messagingengine.com", P),
                "X-ME-Proxy-Cause: gggruggvucftvghtrhhoucdtuddrgedvfedrvdekgedgheehucetufdoteggodetrfdotf",
                ent("mx3.messagingengine.com (Postfix) with ESMTPS")]
    simple = {
        "gmx": ("gmx.net", "mx-ha.gmx.net (mxgmx016 [212.227.15.9]) with ESMTPS (Nemesis) id 1M%s" % h(sid, 20)),
        "webde": ("web.de", "mx-ha.web.de (mxweb112 [212.227.15.17]) with ESMTPS (Nemesis) id 1N%s" % h(sid, 20)),
        "orange": ("mx.orange.fr", "mwinf5d41.mx.orange.fr with ME id %s" % h(sid, 14)),
        "free": ("mx1.free.fr", "mx1-g20.free.fr (Postfix) with ESMTPS id %s" % h(sid, 12).upper()),
        "proton": ("mail.protonmail.ch", "mailin029.protonmail.ch (Postfix) with ESMTPS id 4W%s" % h(sid, 10)),
        "posteo": ("posteo.de", "mx02.posteo.de (Postfix) with ESMTPS id 4V%s" % h(sid, 10)),
        "seznam": ("email.seznam.cz", "mx1.email.seznam.cz (szn-ebox-5.0.189) with ESMTPS id %s" % h(sid, 12)),
        "wp": ("mx.wp.pl", "mx.wp.pl (WP-SMTPD) with ESMTPS id %s" % h(sid, 12)),
        "libero": ("smtp-in.libero.it", "smtp-in.libero.it with ESMTPS id %s" % h(sid, 12)),
        "telenet": ("telenet.be", "mx.telenet.be with ESMTPS id %s" % h(sid, 12)),
        "kanzlei": ("mail.kanzlei-hofer.example", "mail.kanzlei-hofer.example (Postfix) with ESMTPS id %s" % h(sid, 10)),
    }
    authserv, by = simple[provider]
    out = []
    if provider == "gmx" or provider == "webde":
        P2 = [p for p in P if p.startswith("dkim")] or P
        out.append(fmt_ar(authserv, P2))
    elif provider == "proton":
        for p in P:
            out.append("Authentication-Results: %s; %s" % (authserv, p))
    elif P:
        out.append(fmt_ar(authserv, P))
    out.append(ent(by))
    return out


PROVIDER_DOMAIN = {"gmail": "gmail.com", "outlook": "outlook.com", "m365": None, "yahoo": "yahoo.fr", "icloud": "icloud.com",
                   "fastmail": "fastmail.com", "gmx": "gmx.de", "webde": "web.de", "orange": "orange.fr", "free": "free.fr",
                   "proton": "proton.me", "posteo": "posteo.de", "seznam": "seznam.cz", "wp": "wp.pl", "libero": "libero.it",
                   "telenet": "telenet.be"}
