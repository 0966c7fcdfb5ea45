"""Trace headers (Received chains, Authentication-Results) in the layouts of real providers.
Layouts are written from general knowledge of how these providers stamp mail; ids, hosts and
hashes are invented."""
import datetime as dt
import email.utils
import random


def rfc(d):
    return email.utils.format_datetime(d)


def _h(r, n=16):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def _ar_std(authserv, v, mailfrom, ip, ind="\t"):
    parts = []
    if v.get("dkim", "pass") != "none":
        parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (
            v.get("dkim", "pass"), v["dkim_d"], v.get("sel", "s1024-2013-q3"), v["b"]))
    else:
        parts.append("dkim=none")
    parts.append("spf=%s (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                 % (v.get("spf", "pass"), authserv, mailfrom, ip, mailfrom))
    parts.append("dmarc=%s (p=REJECT sp=REJECT dis=NONE) header.from=%s" % (v.get("dmarc", "pass"), v["hfrom"]))
    if v.get("arc"):
        parts.append("arc=%s" % v["arc"])
    return "Authentication-Results: %s;\n%s" % (authserv, (";\n").join(ind + p for p in parts))


def _ar_ms(v, ip):
    dk = v.get("dkim", "pass")
    dks = ("dkim=pass (signature was verified) header.d=%s" % v["dkim_d"] if dk == "pass" else
           "dkim=fail (body hash did not verify) header.d=%s" % v["dkim_d"] if dk == "fail" else
           "dkim=none (message not signed) header.d=none")
    dm = v.get("dmarc", "pass")
    act = "none" if dm == "pass" else "quarantine"
    comp = "pass reason=100" if dm == "pass" else ("pass reason=130" if v.get("arc") == "pass" else "fail reason=000")
    s = ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n"
         " header.from=%s;compauth=%s" % (v.get("spf", "pass"), ip, v["mfdom"], dks, dm, act, v["hfrom"], comp))
    if v.get("arc"):
        s += ";arc=%s" % v["arc"]
    return s


def trace(prov, to, when, r, sender_host, ip, mailfrom, v, forged=None, arc_seal=None):
    """Return trace header text (str, ends with newline). v: verdict dict with keys
    dkim dmarc spf dkim_d hfrom. forged: an Authentication-Results text placed below the entry hop.
    arc_seal: (sealer_domain, arc_ar_text) for a forwarded copy."""
    v = dict(v)
    v.setdefault("b", _h(r, 8))
    v["mfdom"] = mailfrom.split("@")[-1]
    t0 = when + dt.timedelta(seconds=r.randint(2, 40))
    t1 = t0 + dt.timedelta(seconds=r.randint(1, 3))
    t2 = t1 + dt.timedelta(seconds=r.randint(0, 2))
    entry_from = "from %s (%s [%s])" % (sender_host, sender_host, ip)
    L = []
    low = []  # lines below entry hop
    if prov == "gmail":
        L.append("Delivered-To: %s" % to)
        L.append("Received: by 2002:a05:7300:%x:b0:%x:%x:%x with SMTP id %s;\n        %s"
                 % (r.randint(4096, 65535), r.randint(256, 4095), r.randint(256, 4095), r.randint(256, 4095),
                    _h(r, 9).lower(), rfc(t2)))
        L.append("X-Google-Smtp-Source: AGHT+I%s" % _h(r, 60))
        L.append("X-Received: by 2002:a17:906:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n        %s"
                 % (r.randint(4096, 65535), r.randint(256, 4095), r.randint(256, 4095), r.randint(256, 4095),
                    _h(r, 6).lower(), r.randint(10, 99), r.randint(1700000000000, 1799999999999), rfc(t2)))
        L.append("ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s"
                 % (int(t1.timestamp()), _h(r, 64)))
        L.append("ARC-Authentication-Results: i=1; mx.google.com;\n       dkim=%s header.i=@%s header.s=s1024-2013-q3 header.b=%s;\n"
                 "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                 "       dmarc=%s (p=REJECT sp=REJECT dis=NONE) header.from=%s"
                 % (v.get("dkim", "pass"), v["dkim_d"], v["b"], v.get("spf", "pass"), mailfrom, ip, mailfrom,
                    v.get("dmarc", "pass"), v["hfrom"]))
        L.append("Return-Path: <%s>" % mailfrom)
        L.append("Received: %s\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n"
                 "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s"
                 % (entry_from.replace("[", "[", 1), _h(r, 20).lower(), r.randint(100, 999),
                    when.strftime("%Y.%m.%d.%H.%M.%S"), to, rfc(t1)))
        L.append("Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;"
                 % (v.get("spf", "pass"), mailfrom, ip, ip))
        L.append(_ar_std("mx.google.com", v, mailfrom, ip, ind="       ").replace(
            "header.d=%s" % v["dkim_d"], "header.i=@%s" % v["dkim_d"]))
    elif prov in ("outlook", "m365"):
        site = "eurprd0%d" % r.randint(2, 9)
        a = "%s%dPR0%dMB%04d.%s.prod.outlook.com" % (r.choice(["AM", "DB", "PA", "VI", "DU"]), r.randint(1, 9),
                                                    r.randint(1, 9), r.randint(1000, 9999), site)
        b = "%s%dPEPF%08d.%s.prod.outlook.com" % (r.choice(["AM", "DB", "DU"]), r.randint(1, 9),
                                                  r.randint(1000, 99999), site)
        fe = "%s%dPEPF%08d.mail.protection.outlook.com" % (r.choice(["AMS", "DB1", "DU2"]), r.randint(0, 9),
                                                           r.randint(1000, 99999))
        L.append("Received: from %s (2603:10a6:20b:%x::%x) by %s with HTTPS; %s"
                 % (a, r.randint(100, 999), r.randint(1, 99), a.replace("MB", "MB1", 1), rfc(t2)))
        L.append("Received: from %s (2603:10a6:10:%x::%x)\n by %s (2603:10a6:20b:%x::%x) with\n"
                 " Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; %s"
                 % (b, r.randint(100, 999), r.randint(1, 99), a, r.randint(100, 999), r.randint(1, 99),
                    r.randint(10, 40), rfc(t2)))
        if arc_seal:
            L.append("ARC-Seal: i=2; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=pass;\n b=%s" % _h(r, 40))
        L.append(_ar_ms(v, ip))
        L.append("Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender)\n"
                 " receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C"
                 % (v.get("spf", "pass").capitalize(), v["mfdom"], ip, ip, sender_host))
        L.append("Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n"
                 " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via\n Frontend Transport; %s"
                 % (sender_host, ip, fe, r.randint(1, 254), r.randint(1, 254), r.randint(10, 40), rfc(t1)))
        low.append("X-MS-Exchange-Organization-AuthSource: %s" % fe)
        low.append("X-MS-Exchange-Organization-AuthAs: Anonymous")
        if prov == "m365":
            low.append("X-MS-Exchange-Organization-SCL: 1")
    elif prov == "icloud":
        L.append("Received: from p00-icloudmta-asmtp-us-central-1k-%d (lb.asmtp.%s) by\n p133-mailgateway-smtp-%dk.p133-mailgateway.svc.cluster.local (mailgateway %s) with SMTP id %s\n for <%s>; %s"
                 % (r.randint(10, 99), "mail.icloud.com", r.randint(100, 999), "2530B77", _h(r, 10).lower(), to, rfc(t2)))
        L.append("Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s" % (v.get("dmarc", "pass"), v["hfrom"]))
        L.append("Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=%s (1024-bit key) header.d=%s header.i=@%s header.b=%s"
                 % (v.get("dkim", "pass"), v["dkim_d"], v["dkim_d"], v["b"]))
        L.append("Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                 % (v.get("spf", "pass"), mailfrom, ip, mailfrom))
        L.append("Received: %s\n\tby p-mx-%dc.mail.icloud.com (mailgateway 2530B77)\n\twith ESMTPS id %s for <%s>;\n\t%s"
                 % (entry_from, r.randint(10, 99), _h(r, 12), to, rfc(t1)))
    elif prov == "yahoo":
        L.append("Received: from 127.0.0.1\n by atlas%d.free.mail.ne1.yahoo.com with HTTP; %s" % (r.randint(100, 400), rfc(t2)))
        L.append("Authentication-Results: atlas-production.v2.mail.yahoo.com;\n dkim=%s header.i=@%s header.s=s1024-2013-q3;\n"
                 " spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=REJECT) header.from=%s;"
                 % (v.get("dkim", "pass"), v["dkim_d"], v.get("spf", "pass"), v["mfdom"], v.get("dmarc", "pass"), v["hfrom"]))
        L.append("X-Originating-Ip: [%s]" % ip)
        L.append("Received: from %s (EHLO %s)\n by mta%d.mail.gq1.yahoo.com with SMTPS; %s"
                 % (ip, sender_host, r.randint(1000, 9999), rfc(t1)))
    else:
        prof = GENERIC[prov]
        authserv, mx, internal = prof
        if internal:
            L.append("Received: from %s\n\tby %s with LMTP id %s\n\tfor <%s>; %s"
                     % (mx, internal, _h(r, 12), to, rfc(t2)))
        if authserv:
            L.append(_ar_std(authserv, v, mailfrom, ip))
        L.append("Received: %s\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
                 % (entry_from, mx, _h(r, 10), to, rfc(t1)))
    if arc_seal:
        sealer, aar = arc_seal
        low.append("ARC-Seal: i=1; a=rsa-sha256; d=%s; s=arc-2023; cv=none; t=%d;\n\tb=%s"
                   % (sealer, int(when.timestamp()), _h(r, 40)))
        low.append("ARC-Authentication-Results: i=1; %s" % aar)
        low.append("Received: from %s (%s [%s])\n\tby mailrelay.%s with ESMTPS id %s; %s"
                   % (sender_host, sender_host, ip, sealer, _h(r, 8), rfc(when + dt.timedelta(seconds=1))))
    if forged:
        low.append(forged)
    return "\n".join(L + low) + "\n"


# provider -> (authserv-id, entry MX host, internal delivery host)
GENERIC = {
    "fastmail": ("mx5.messagingengine.com", "mx5.messagingengine.com (Postfix)", "compute3.internal (LMTPProxy)"),
    "gmx": ("mx-ha.gmx.net", "mx-ha.gmx.net (mxgmx116 [212.227.17.5]) (Nemesis)", None),
    "webde": ("mx-ha.web.de", "mx-ha.web.de (mxweb112 [212.227.15.17]) (Nemesis)", None),
    "orange": ("opmta1mto09nd1.mail.orange.fr", "opmta1mto09nd1.mail.orange.fr", None),
    "free": ("smtp-in.free.fr", "mx1-g20.free.fr (Postfix)", "zimbra71-e12.priv.proxad.net (LMTP)"),
    "proton": ("mail.protonmail.ch", "mailin032.protonmail.ch", None),
    "posteo": ("mx04.posteo.de", "mx04.posteo.de (Postfix)", "dovecot01.posteo.local (Dovecot)"),
    "seznam": ("email.seznam.cz", "mxb.seznam.cz (szn-mx)", None),
    "wp": ("mx.wp.pl", "mx.wp.pl (WP-SMTPD)", None),
    "libero": ("smtp-in.libero.it", "smtp-in.libero.it", "imapi.libero.it (LMTP)"),
    "telenet": ("telenet-ops.be", "mx.telenet-ops.be", None),
    "abv": ("mx.abv.bg", "mx.abv.bg (Postfix)", None),
    "online": ("mx.online.no", "mx1.online.no (Postfix)", None),
    "selfhosted": (None, "mail.jansen-thuis.nl (Postfix)", "mail.jansen-thuis.nl (Dovecot)"),
}
