#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind test batch 2: generate eml/, manifest.jsonl, mbox/sample.mbox and
scenarios/*.json.  Deterministic (fixed seed).  Run:  python3 generate.py

Every sender, address, code and reference is invented.  Labels are written from
/work/shared/docs/contract.md only.
"""
import datetime as dt
import html
import json
import mailbox
import os
import random
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailkit as mk  # noqa: E402
from texts import T, OTHER, OTHER_EN, fmt_date  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20250527)

FB_FORM = "https://www.facebook.com/help/contact/712876720715583"
IG_FORM = "https://help.instagram.com/contact/767264225370182"
GENAI = "https://www.facebook.com/privacy/genai/"
WA_FORM = "https://www.whatsapp.com/contact/forms/1534459096974129"
FORMS = {"facebook": FB_FORM, "instagram": IG_FORM, "meta": GENAI, "whatsapp": WA_FORM}
R24, R25, R26 = dt.date(2024, 6, 26), dt.date(2025, 5, 27), dt.date(2026, 12, 16)
PRODUCT = {"facebook": "Facebook", "instagram": "Instagram", "whatsapp": "WhatsApp",
           "messenger": "Messenger", "meta": "Facebook and Instagram"}
BRAND = {"facebook": "Facebook", "instagram": "Instagram", "whatsapp": "WhatsApp",
         "messenger": "Messenger", "meta": "Meta"}


def D(s, tz="+0000"):
    """'2024-05-23 08:14' in the given offset -> aware datetime."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        second=RNG.randint(0, 59), tzinfo=dt.timezone(off))
    return d


def ref_number():
    return str(RNG.randint(10 ** 14, 10 ** 16 - 1))


# ------------------------------------------------------------------ people --
class P:
    def __init__(self, name, first, email, provider, lang, host=None, rewriter=None, tenant=None):
        self.name, self.first, self.email, self.provider = name, first, email.lower(), provider
        self.email_hdr = email
        self.lang, self.host, self.rewriter, self.tenant = lang, host, rewriter, tenant


PEOPLE = {
    "mette": P("Mette Kjærgaard", "Mette", "mette.kjaergaard@gmail.com", "gmail", "da"),
    "sindre": P("Sindre Haugland", "Sindre", "sindre.haugland@outlook.com", "outlook", "no"),
    "gudrun": P("Guðrún Þórsdóttir", "Guðrún", "gudrun.thorsdottir@icloud.com", "icloud", "is"),
    "kadri": P("Kadri Tamm", "Kadri", "kadri@tammik.ee", "self_lmtp", "et", host="mail.tammik.ee"),
    "liga": P("Līga Ozoliņa", "Līga", "liga@ozolini.lv", "self", "lv", host="mx.ozolini.lv"),
    "tomas": P("Tomas Kazlauskas", "Tomas", "tomas.kazlauskas@yahoo.com", "yahoo", "lt"),
    "ruta": P("Rūta Petrauskienė", "Rūta", "ruta.petrauskiene@gmail.com", "gmail", "lt"),
    "zuzana": P("Zuzana Horváthová", "Zuzana", "zuzana.horvathova@gmx.net", "gmx", "sk"),
    "matej": P("Matej Novak", "Matej", "matej.novak@proton.me", "proton", "sl"),
    "ivana": P("Ivana Babić", "Ivana", "Ivana.Babic@arhitekti-babic.hr", "m365", "hr",
               rewriter="safelinks", tenant="ivana.babic@arhitekti-babic.hr"),
    "aoife": P("Aoife Ní Bhriain", "Aoife", "aoife.nibhriain@gmail.com", "gmail", "ga"),
    "cian": P("Cian Mac Giolla", "Cian", "cian.macgiolla@outlook.ie", "outlook", "ga"),
    "maria": P("Maria Camilleri", "Maria", "maria.camilleri@icloud.com", "icloud", "mt"),
    "nikos": P("Νίκος Παπαδόπουλος", "Νίκο", "nikos.papadopoulos@gmail.com", "gmail", "el"),
    "mariya": P("Мария Иванова", "Мария", "mariya.ivanova@outlook.com", "outlook", "bg"),
    "georgi": P("Георги Петров", "Георги", "georgi.petrov.bg@gmail.com", "gmail", "bg"),
    "juha": P("Juha Virtanen", "Juha", "juha.virtanen@konepaja-virtanen.fi", "self", "fi",
              host="mail.konepaja-virtanen.fi", rewriter="pp2"),
    "juha2": P("Juha Virtanen", "Juha", "juha.virtanen.fi@gmail.com", "gmail", "fi"),
    "karin": P("Karin Lindqvist", "Karin", "karin.lindqvist@icloud.com", "icloud", "sv"),
    "niamh": P("Niamh O'Connor", "Niamh", "niamh.oconnor@gmail.com", "gmail", "en"),
    "daniel": P("Daniel Fenech", "Daniel", "daniel.fenech@fenech-consulting.com.mt", "arc", "en"),
    "oisin": P("Oisín Kelly", "Oisín", "oisin@kellyhome.ie", "noauth", "en", host="mail.kellyhome.ie"),
    "laura": P("Laura Byrne", "Laura", "laura.byrne@byrne-logistics.ie", "self", "en",
               host="mx1.byrne-logistics.ie", rewriter="barracuda"),
    "emma": P("Emma Walsh", "Emma", "emma.walsh@yahoo.ie", "yahoo", "en"),
    "elodie": P("Élodie Garnier", "Élodie", "elodie.garnier@orange.fr", "orange", "fr"),
    "lukas": P("Lukas Hoffmann", "Lukas", "lukas.hoffmann@web.de", "webde", "de"),
    "anna": P("Anna Becker", "Anna", "anna.becker@stadtwerke-lindenau.de", "self", "de",
              host="mail.stadtwerke-lindenau.de", rewriter="barracuda"),
    "ines": P("Inês Carvalho", "Inês", "ines.carvalho@gmail.com", "gmail", "pt"),
    "javier": P("Javier Morales", "Javier", "javier.morales@yahoo.es", "yahoo", "es"),
    "marta": P("Marta Ruiz", "Marta", "marta.ruiz@construcciones-albar.es", "self", "es",
               host="mx.construcciones-albar.es", rewriter="mimecast"),
}

# ------------------------------------------------------------ sender infra --
META_IPS = ["69.171.232.143", "69.171.232.130", "66.220.144.151", "66.220.155.148", "66.220.144.178",
            "69.63.178.170", "31.13.92.55"]


def infra(addr):
    dom = addr.split("@")[1].lower()
    if dom in ("facebookmail.com", "mail.instagram.com", "support.facebook.com", "meta.com", "whatsapp.com"):
        ip = RNG.choice(META_IPS)
        return dict(mailfrom=addr, ip=ip, helo=ip.replace(".", "-") + ".mail-mail.facebook.com",
                    dkimdom=dom, selector="s1024-2013-q3" if dom != "meta.com" else "s2048-2022-q1",
                    policy="REJECT")
    if dom == "gmail.com":
        return dict(mailfrom=addr, ip="209.85.220.41", helo="mail-sor-f41.google.com", dkimdom="gmail.com",
                    selector="20230601", policy="NONE")
    if dom.startswith("outlook.") or dom.startswith("hotmail."):
        return dict(mailfrom=addr, ip=f"40.92.{RNG.randint(2, 90)}.{RNG.randint(2, 250)}",
                    helo="EUR05-AM6-obe.outbound.protection.outlook.com", dkimdom=dom, selector="selector1",
                    policy="NONE")
    if dom == "icloud.com":
        return dict(mailfrom=addr, ip=f"17.58.{RNG.randint(1, 60)}.{RNG.randint(2, 250)}",
                    helo=f"qs51p00im-qukt01080{RNG.randint(100, 999)}.me.com", dkimdom="icloud.com",
                    selector="1a1hai", policy="QUARANTINE")
    ip = f"{RNG.choice([185, 195, 91, 88])}.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}.{RNG.randint(2, 250)}"
    return dict(mailfrom=f"bounce-{RNG.randint(1000, 9999)}@{dom}", ip=ip, helo=f"mail.{dom}", dkimdom=dom,
                selector="mail", policy="NONE")


def trace_for(person, ctx):
    p = person.provider
    extra = []
    if p == "gmail":
        h = mk.trace_gmail(ctx, RNG)
    elif p in ("outlook", "m365"):
        h, extra = mk.trace_outlook(ctx, RNG)
    elif p == "icloud":
        h = mk.trace_icloud(ctx, RNG)
    elif p == "yahoo":
        h = mk.trace_yahoo(ctx, RNG)
    elif p == "gmx":
        h = mk.trace_gmx(ctx, RNG, "gmx.net")
    elif p == "webde":
        h = mk.trace_gmx(ctx, RNG, "web.de")
    elif p == "orange":
        h = mk.trace_orange(ctx, RNG)
    elif p == "proton":
        h = mk.trace_proton(ctx, RNG)
    elif p == "self":
        h = mk.trace_self(ctx, RNG, person.host)
    elif p == "self_lmtp":
        h = mk.trace_self(ctx, RNG, person.host, lmtp=True)
    elif p == "noauth":
        h = mk.trace_noauth(ctx, RNG, person.host)
    else:
        raise ValueError(p)
    return h, extra


def trace_arc(person, ctx):
    """Company Microsoft 365 tenant (seals ARC i=1) auto-forwards to Gmail; the
    tenant's disclaimer footer breaks Meta's DKIM; Gmail reports arc=pass."""
    c = ctx
    gmail_acct = "daniel.fenech.mt@gmail.com"
    fwd_ip = "40.107.22.61"
    fwd_helo = "EUR05-AM6-obe.outbound.protection.outlook.com"
    gar = (f"dkim=fail header.i=@{c.dkimdom} header.s={c.selector} header.b={mk.b64s(RNG, 8)};\n"
           f"       arc=pass (i=1 spf=pass spfdomain={c.mfdom} dkim=pass dkdomain={c.dkimdom} dmarc=pass fromdomain={c.fromdom});\n"
           f"       spf=pass (google.com: domain of daniel.fenech+caf_=daniel.fenech.mt=gmail.com@fenech-consulting.com.mt designates {fwd_ip} as permitted sender) smtp.mailfrom=\"daniel.fenech+caf_=daniel.fenech.mt=gmail.com@fenech-consulting.com.mt\";\n"
           f"       dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from={c.fromdom}")
    t = lambda s: mk.rfc_date(c.when + dt.timedelta(seconds=s))  # noqa: E731
    top = [
        f"Delivered-To: {gmail_acct}",
        f"Received: by 2002:a05:6a10:{mk.hexs(RNG, 4)}:b0:{mk.hexs(RNG, 3)}:{mk.hexs(RNG, 4)} with SMTP id {mk.hexs(RNG, 2)}csp{RNG.randint(100000, 999999)}abc;\n        {t(9)}",
        f"ARC-Seal: i=2; a=rsa-sha256; t={int(c.when.timestamp()) + 8}; cv=pass;\n        d=google.com; s=arc-20240605;\n        b={mk.b64s(RNG, 70)}\n         {mk.b64s(RNG, 40)}==",
        f"ARC-Message-Signature: i=2; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={mk.b64s(RNG, 43)}=;\n        b={mk.b64s(RNG, 70)}==",
        f"ARC-Authentication-Results: i=2; mx.google.com;\n       {gar}",
        "Return-Path: <daniel.fenech+caf_=daniel.fenech.mt=gmail.com@fenech-consulting.com.mt>",
        f"Received: from {fwd_helo} (mail-am6eur05on2061.outbound.protection.outlook.com. [{fwd_ip}])\n        by mx.google.com with ESMTPS id {mk._tok(RNG, 20)}.33.2026.{RNG.randint(1000000, 9999999)}\n        for <{gmail_acct}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {t(8)}",
        f"Received-SPF: pass (google.com: domain of daniel.fenech+caf_=daniel.fenech.mt=gmail.com@fenech-consulting.com.mt designates {fwd_ip} as permitted sender) client-ip={fwd_ip};",
        f"Authentication-Results: mx.google.com;\n       {gar}",
        f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={mk.b64s(RNG, 70)}\n {mk.b64s(RNG, 50)}==",
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0;\n bh={mk.b64s(RNG, 43)}=;\n b={mk.b64s(RNG, 70)}==",
        f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass (sender ip is\n {c.ip}) smtp.rcpttodomain=fenech-consulting.com.mt smtp.mailfrom={c.mfdom};\n dmarc=pass (p=reject sp=reject pct=100) action=none header.from={c.fromdom};\n dkim=pass (signature was verified) header.d={c.dkimdom}; arc=none (0)",
        f"Received: from AS2PR02MB9{RNG.randint(100, 999)}.eurprd02.prod.outlook.com (2603:10a6:20b:{mk.hexs(RNG, 3)}::{mk.hexs(RNG, 2)})\n by DB9PR02MB7{RNG.randint(100, 999)}.eurprd02.prod.outlook.com with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.21; {t(6)}",
        f"Authentication-Results: spf=pass (sender IP is {c.ip})\n smtp.mailfrom={c.mfdom}; dkim=pass (signature was verified)\n header.d={c.dkimdom};dmarc=pass action=none\n header.from={c.fromdom};compauth=pass reason=100",
        f"Received: from {c.helo} ({c.ip}) by\n AM4PEPF00027A6{RNG.randint(0, 9)}.mail.protection.outlook.com (10.167.16.{RNG.randint(2, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.11\n via Frontend Transport; {t(4)}",
    ]
    return top, []


# ------------------------------------------------------------------ render --
def render_text(blocks, link_style="lead_url"):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("greet", "p", "sign", "raw", "ref"):
            out.append(b[1])
        elif t == "link":
            lead, anchor, href = b[1], b[2], b[3]
            if not lead:
                out.append(f"{anchor}: {href}")
            elif link_style == "lead_url":
                out.append(f"{lead}\n{href}")
            elif link_style == "anchor_colon":
                out.append(f"{anchor}: {href}")
            else:
                out.append(f"{lead} {anchor} <{href}>")
        elif t == "code":
            out.append(b[1])
        elif t == "footer":
            txt = b[1]
            links = "\n".join(h for _, h in b[2])
            out.append(txt + ("\n" + links if links else ""))
    return "\n\n".join(out) + "\n"


STYLE = {
    "fb": dict(bar="#1877f2", brand_color="#ffffff", font="Helvetica,Arial,sans-serif"),
    "ig": dict(bar="#ffffff", brand_color="#262626", font="-apple-system,Segoe UI,Roboto,sans-serif"),
    "meta": dict(bar="#f1f4f7", brand_color="#1c2b33", font="Optimistic,Helvetica,Arial,sans-serif"),
    "wa": dict(bar="#25d366", brand_color="#ffffff", font="Helvetica,Arial,sans-serif"),
}


def e(s):
    return html.escape(s, quote=False).replace("\n", "<br>")


def render_html(blocks, style, brand, preheader=None, title=""):
    if style == "plain":
        body = []
        for b in blocks:
            t = b[0]
            if t in ("greet", "p", "sign", "ref"):
                body.append(f"<p>{e(b[1])}</p>")
            elif t == "raw":
                body.append(f"<div>{e(b[1])}</div>")
            elif t == "link":
                body.append(f'<p>{e(b[1])} <a href="{html.escape(b[3])}">{e(b[2])}</a></p>')
            elif t == "code":
                body.append(f"<p><b>{e(b[1])}</b></p>")
            elif t == "footer":
                body.append(f'<p style="color:#888;font-size:11px">{e(b[1])}</p>')
        return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                "<body>" + "\n".join(body) + "</body></html>\n")
    st = STYLE[style]
    rows = []
    td = f'style="font-family:{st["font"]};font-size:15px;line-height:21px;color:#1c1e21;padding:8px 0"'
    for b in blocks:
        t = b[0]
        if t in ("greet", "p", "raw"):
            rows.append(f"<tr><td {td}>{e(b[1])}</td></tr>")
        elif t == "ref":
            rows.append(f'<tr><td {td}><span style="color:#65676b">{e(b[1])}</span></td></tr>')
        elif t == "sign":
            rows.append(f"<tr><td {td}>{e(b[1])}</td></tr>")
        elif t == "code":
            rows.append(
                '<tr><td align="center" style="padding:14px 0"><table border="0" cellspacing="0" cellpadding="0" role="presentation">'
                f'<tr><td style="font-family:{st["font"]};font-size:34px;font-weight:bold;letter-spacing:6px;'
                f'color:#1c1e21;background:#f0f2f5;border:1px solid #dadde1;border-radius:6px;padding:14px 26px">{e(b[1])}</td></tr>'
                "</table></td></tr>")
        elif t == "link":
            lead, anchor, href = b[1], b[2], b[3]
            if lead:
                rows.append(f"<tr><td {td}>{e(lead)}</td></tr>")
            rows.append(
                '<tr><td style="padding:6px 0 14px 0"><table border="0" cellspacing="0" cellpadding="0" role="presentation"><tr>'
                f'<td bgcolor="#0866ff" style="border-radius:6px;padding:10px 18px">'
                f'<a href="{html.escape(href)}" style="color:#ffffff;text-decoration:none;font-family:{st["font"]};'
                f'font-size:15px;font-weight:bold" target="_blank">{e(anchor)}</a></td></tr></table></td></tr>')
        elif t == "footer":
            links = " &middot; ".join(
                f'<a href="{html.escape(h)}" style="color:#8a8d91">{e(a)}</a>' for a, h in b[2])
            rows.append(
                '<tr><td style="padding:18px 0 0 0;border-top:1px solid #e4e6eb"><table border="0" width="100%" cellspacing="0" cellpadding="0">'
                f'<tr><td style="font-family:{st["font"]};font-size:11px;line-height:16px;color:#8a8d91">{e(b[1])}</td></tr>'
                + (f'<tr><td style="font-family:{st["font"]};font-size:11px;color:#8a8d91;padding-top:6px">{links}</td></tr>' if links else "")
                + "</table></td></tr>")
    pre = ""
    if preheader:
        pre = ('<span class="mcnPreviewText" style="display:none !important;visibility:hidden;mso-hide:all;'
               'font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">'
               f"{e(preheader)}</span>\n")
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f'<title>{e(title)}</title><style type="text/css">@media only screen and (max-width:480px){{.w{{width:100% !important}}}}</style></head>\n'
        '<body style="margin:0;padding:0" dir="ltr" bgcolor="#ffffff">\n' + pre +
        '<table border="0" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse" role="presentation">'
        '<tr><td align="center" bgcolor="#ffffff">\n'
        '<table class="w" border="0" cellspacing="0" cellpadding="0" width="560" style="border-collapse:collapse" role="presentation">\n'
        f'<tr><td style="background:{st["bar"]};padding:12px 16px"><table border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td style="font-family:{st["font"]};font-size:20px;font-weight:bold;color:{st["brand_color"]}">{e(brand)}</td>'
        '</tr></table></td></tr>\n'
        '<tr><td style="padding:8px 16px"><table border="0" cellspacing="0" cellpadding="0" width="100%" role="presentation">\n'
        + "\n".join(rows) +
        '\n</table></td></tr>\n</table>\n</td></tr></table>\n</body></html>\n')


def footer_block(lang, email, platform, with_unsub=False):
    txt = T[lang]["footer"].format(email=email)
    dom = "www.instagram.com" if platform == "instagram" else "www.facebook.com"
    links = [("Privacy Policy" if lang == "en" else "facebook.com/privacy/policy",
              "https://www.facebook.com/privacy/policy/"),
             ("Help Center" if lang == "en" else f"{dom}/help", f"https://{dom}/help/")]
    if with_unsub:
        links.append(("unsubscribe" if lang == "en" else "x",
                      f"https://www.facebook.com/o.php?k=AS2{mk._tok(RNG, 12)}&u={RNG.randint(10**14, 10**15)}&mid={mk.hexs(RNG, 13)}G5af3{mk.hexs(RNG, 8)}"))
    return ("footer", txt, links)


# ------------------------------------------------------------------ specs ---
SPECS = []


def add(spec):
    SPECS.append(spec)
    return spec


def base(lang, kind, person, when, from_name, from_addr, subject, blocks, **kw):
    s = dict(lang=lang, kind=kind, person=person, when=when, from_name=from_name, from_addr=from_addr,
             subject=subject, blocks=blocks, layout="alt", charset="utf-8", cte_text="quoted-printable",
             cte_html="quoted-printable", qp_len=76, crlf=False, html_style="fb", preheader=None,
             auth="pass", forged=None, link_style="lead_url", platform=None, code=None, deadline=None,
             url=None, ref=None, authentic=None, dup=None, subj_mode="B", extra_headers=[], tag=kind)
    s.update(kw)
    return s


def meta_sender(kind, platform):
    return {
        ("notice", "facebook"): ("Facebook", "notification@facebookmail.com"),
        ("notice", "instagram"): ("Instagram", "no-reply@mail.instagram.com"),
        ("notice", "meta"): ("Meta Privacy", "privacy-noreply@meta.com"),
        ("notice", "whatsapp"): ("WhatsApp", "noreply@whatsapp.com"),
        ("code", "facebook"): ("Facebook", "security@facebookmail.com"),
        ("code", "instagram"): ("Instagram", "security@mail.instagram.com"),
        ("answer", "facebook"): ("Facebook", "noreply@support.facebook.com"),
        ("answer", "instagram"): ("Instagram", "no-reply@mail.instagram.com"),
    }[(kind, platform)]


def hstyle(platform):
    return {"instagram": "ig", "meta": "meta", "whatsapp": "wa"}.get(platform, "fb")


def notice(key, platform, when, rnd, *, date_style="long", earlier=None, p4=True, wrap=None, form=None,
           subj_idx=0, sender=None, **kw):
    p = PEOPLE[key]
    lang = kw.pop("lang", p.lang)
    L = T[lang]["notice"]
    form = form or FORMS[platform]
    how = wrap or p.rewriter or "direct"
    href = mk.wrap_url(form, wrap or "direct", RNG, p.tenant)
    prod, brand = PRODUCT[platform], BRAND[platform]
    if lang != "en" and platform == "meta":
        prod = "Facebook"
    fmt = dict(first=p.first, product=prod, brand=brand)
    blocks = [("greet", L["greet"].format(**fmt)), ("p", L["p1"]),
              ("p", (lambda t: t[0].upper() + t[1:])(L["p2"].format(date=fmt_date(lang, rnd, date_style), **fmt)))]
    if earlier:
        blocks.append(("p", L["extra"].format(earlier=fmt_date(lang, earlier, "long"))))
    blocks.append(("p", L["p3"]))
    if p4:
        blocks.append(("p", L["p4"]))
    blocks += [("link", L["lead"], L["link"], href), ("p", L["p5"]), ("sign", L["sign"].format(**fmt)),
               footer_block(lang, p.email, platform, with_unsub=True)]
    fn, fa = sender or meta_sender("notice", platform)
    d = dict(platform=platform, deadline=rnd.isoformat(), url=mk.url_label(form, how), authentic=True,
             html_style=hstyle(platform), preheader=L["pre"])
    d.update(kw)
    return add(base(lang, "policy_notice", p, when, fn, fa, L["subj"][subj_idx], blocks, **d))


def code_msg(key, platform, when, code, *, style="alone", recv_line=False, subject=None, sender=None, **kw):
    p = PEOPLE[key]
    lang = kw.pop("lang", p.lang)
    L = T[lang]["code"]
    shown = code
    if style == "spaced":
        shown = code[:3] + " " + code[3:]
    elif style == "qpbreak":
        shown = code[:2] + mk.MARK + code[2:]
    blocks = [("greet", T[lang]["notice"]["greet"].format(first=p.first))]
    if recv_line:
        blocks.append(("p", L["recv_line"]))
    if style == "inline":
        if "inline" in L:
            blocks.append(("p", L["inline"].format(code=code)))
        else:
            blocks.append(("p", f"{L['l1']} {code}"))
    else:
        blocks += [("p", L["l1"]), ("code", shown)]
    blocks += [("p", L["l2"]), ("sign", T[lang]["sign_short"].format(brand=BRAND[platform])),
               footer_block(lang, p.email, platform)]
    fn, fa = sender or meta_sender("code", platform)
    d = dict(platform=platform, code=code, authentic=True, html_style=hstyle(platform))
    d.update(kw)
    return add(base(lang, "verification_code", p, when, fn, fa, subject or L["subj"], blocks, **d))


REF_FMT = {
    "colon": "{label}: {ref}", "hash": "{label}: #{ref}", "space": "{label} {ref}",
    "bracket": "[{label}: {ref}]", "refhash": "Ref. #{ref}", "dash": "{label} - {ref}",
}


def answer(kind, key, platform, when, *, ref="auto", ref_fmt="colon", sender=None, refu_variant=None,
           form_link=True, wrap=None, ref_top=False, **kw):
    p = PEOPLE[key]
    lang = kw.pop("lang", p.lang)
    TL = T[lang]
    prod, brand = PRODUCT[platform], BRAND[platform]
    if lang != "en" and platform == "meta":
        prod = "Facebook"
    fmt = dict(first=p.first, product=prod, brand=brand)
    if ref == "auto":
        ref = ref_number()
    blocks = [("greet", TL["notice"]["greet"].format(**fmt))]
    url = None
    if kind == "objection_received":
        L = TL["recv"]
        blocks += [("p", L["p1"]), ("p", L["p2"])]
    elif kind == "objection_accepted":
        L = TL["acc"]
        blocks += [("p", L["p1"]), ("p", L["p2"].format(**fmt))]
        if "p3" in L:
            blocks.append(("p", L["p3"]))
    else:
        L = TL[refu_variant] if refu_variant else TL["refu"]
        blocks += [("p", L["p1"]), ("p", L["p2"])]
        if "p3" in L:
            blocks.append(("p", L["p3"]))
        if "link" in L and form_link:
            form = kw.pop("form", FORMS[platform])
            how = wrap or p.rewriter or "direct"
            blocks.append(("link", "", L["link"], mk.wrap_url(form, wrap or "direct", RNG, p.tenant)))
            url = mk.url_label(form, how)
    if ref:
        label = TL["ref_label"]
        line = ("ref", REF_FMT[ref_fmt].format(label=label, ref=ref))
        if ref_top:
            blocks.insert(1, line)
        else:
            blocks.append(line)
    blocks += [("sign", TL["sign_short"].format(**fmt)), footer_block(lang, p.email, platform)]
    fn, fa = sender or meta_sender("answer", platform)
    d = dict(platform=platform, ref=ref, url=url, authentic=True, html_style=hstyle(platform))
    d.update(kw)
    return add(base(lang, kind, p, when, fn, fa, L["subj"], blocks, **d))


def other(key, when, spec=None, code=None, sender=None, **kw):
    p = PEOPLE[key]
    lang = kw.pop("lang", p.lang)
    o = spec or OTHER[lang]
    platform = o["platform"]
    blocks = []
    for para in o["paras"]:
        if para == "@CODE":
            blocks.append(("code", code))
        else:
            blocks.append(("p", para.replace("@CODE", code or "").format(first=p.first)))
    blocks.append(footer_block(lang if lang in T else "en", p.email, platform if platform != "whatsapp" else "facebook"))
    default_sender = {
        "facebook": ("Facebook", "security@facebookmail.com" if o["kind"] in ("login", "reset", "2fa", "alert", "pwchange")
                     else "notification@facebookmail.com"),
        "instagram": ("Instagram", "security@mail.instagram.com" if o["kind"] in ("login", "alert", "addemail")
                      else "no-reply@mail.instagram.com"),
        "messenger": ("Messenger", "notification@facebookmail.com"),
        "meta": ("Meta", "news@meta.com"),
        "whatsapp": ("WhatsApp", "noreply@whatsapp.com"),
    }[platform]
    fn, fa = sender or default_sender
    d = dict(platform=platform, authentic=True, html_style=hstyle(platform) if platform != "messenger" else "fb")
    d.update(kw)
    return add(base(lang, "other_meta", p, when, fn, fa, o["subj"].replace("@CODE", code or "").format(first=p.first, code=code or ""),
                    blocks, tag="other-" + o["kind"], **d))


def unrelated(key, when, from_name, from_addr, subject, paras, lang=None, **kw):
    p = PEOPLE[key]
    blocks = [("raw" if "\n" in x else "p", x) for x in paras]
    d = dict(platform=None, authentic=None, auth="own", html_style="plain", layout="text",
             cte_text="8bit")
    d.update(kw)
    return add(base(lang or p.lang, "unrelated", p, when, from_name, from_addr, subject, blocks, **d))


def notice_text(lang, platform, rnd, first, email, style="long"):
    """Plain text of a notice, for forwards and quotes (no link wrapping)."""
    L = T[lang]["notice"]
    prod, brand = PRODUCT[platform], BRAND[platform]
    fmt = dict(first=first, product=prod, brand=brand)
    parts = [L["greet"].format(**fmt), L["p1"], L["p2"].format(date=fmt_date(lang, rnd, style), **fmt), L["p3"],
             L["lead"] + "\n" + FORMS[platform], L["p5"], L["sign"].format(**fmt),
             T[lang]["footer"].format(email=email)]
    return "\n\n".join(parts)


# =================================================================== PLAN ===
# Keys of messages used by scenarios are kept in NAMED.
NAMED = {}


def N(name, spec):
    NAMED[name] = spec
    spec["key"] = name
    return spec


# ---------------------------------------------------------------- Danish ---
N("da1", notice("mette", "facebook", D("2024-05-23 01:14", "-0700"), R24, date_style="weekday",
                cte_text="quoted-printable", cte_html="quoted-printable"))
N("da2", code_msg("mette", "facebook", D("2024-06-03 03:02", "-0700"), "048213", layout="text",
                  charset="iso-8859-1", cte_text="8bit"))
N("da3", answer("objection_received", "mette", "facebook", D("2024-06-03 03:05", "-0700"), layout="html",
                ref_fmt="colon"))
N("da4", answer("objection_accepted", "mette", "facebook", D("2024-06-05 11:40"), cte_text="base64",
                cte_html="base64"))
N("da5", other("mette", D("2024-07-02 19:22"), code="739104", layout="text", cte_text="quoted-printable"))
N("da6", unrelated("mette", D("2024-06-14 06:00"), "Teknikbrevet", "nyhedsbrev@teknikbrevet.dk",
                   "Teknikbrevet: Sådan siger du nej til Metas AI-træning",
                   ["Kære læser",
                    "Meta har i disse uger sendt e-mails til danske brugere af Facebook og Instagram. I mailen står der blandt andet: \"Fra onsdag den 26. juni 2024 bruger vi offentlige oplysninger, du deler på Facebook, til at udvikle og forbedre AI hos Meta.\"",
                    "Vil du ikke være med, skal du udfylde Metas indsigelsesformular: " + FB_FORM + " - du får en bekræftelseskode på e-mail, og bagefter en kvittering med et sagsnummer.",
                    "Redaktionen fik selv svar inden for ti minutter: \"Vi imødekommer din indsigelse.\"",
                    "Med venlig hilsen\nRedaktionen, Teknikbrevet",
                    "Afmeld nyhedsbrevet: https://teknikbrevet.dk/afmeld?id=88213"],
                   layout="alt", cte_text="quoted-printable", cte_html="quoted-printable"))
N("da7", notice("mette", "facebook", D("2025-05-08 09:31", "+0200"), R25, date_style="num",
                sender=("Facebook", "privatliv@fb-privatlivscenter.com"), form="https://fb-privatlivscenter.com/indsigelse?id=5521",
                auth="own", authentic=False, subj_idx=1, layout="html"))
N("da9", answer("objection_received", "mette", "facebook", D("2025-05-20 16:12"), ref_fmt="space", layout="text",
                cte_text="quoted-printable", charset="iso-8859-1"))
N("da8", answer("objection_refused", "mette", "facebook", D("2025-05-22 08:03"), wrap="lfb", ref_fmt="colon"))

# ------------------------------------------------------------- Norwegian ---
N("no1", notice("sindre", "instagram", D("2025-05-02 10:21"), R25, earlier=dt.date(2025, 4, 14),
                layout="html", cte_html="quoted-printable"))
N("no2", code_msg("sindre", "instagram", D("2025-05-12 06:41"), "305718", style="spaced", layout="text",
                  cte_text="quoted-printable"))
N("no3", answer("objection_received", "sindre", "instagram", D("2025-05-12 06:44"), ref_fmt="colon"))
N("no4", answer("objection_refused", "sindre", "instagram", D("2025-05-16 13:10"), ref_fmt="colon"))
N("no5", code_msg("sindre", "instagram", D("2025-05-20 17:02"), "661420", layout="html"))
N("no6", answer("objection_received", "sindre", "instagram", D("2025-05-20 17:05"), layout="text",
                ref_fmt="hash", cte_text="8bit"))
N("no9", answer("objection_accepted", "sindre", "instagram", D("2025-05-24 09:12"), ref_fmt="colon", ref_top=True))
N("no7", other("sindre", D("2025-06-03 21:40")))
N("no8", unrelated("sindre", D("2025-05-13 20:15"), "Ingrid Solheim", "ingrid.solheim@gmail.com",
                   "Instagram-skjemaet",
                   ["Hei Sindre!",
                    "Fikk du også den e-posten fra Instagram om KI? Jeg fylte ut skjemaet i går kveld, det tok to minutter. Du får en kode på seks sifre som du må skrive inn, og så en bekreftelse.",
                    "Lenken står i e-posten deres, eller du finner den i Personvernsenteret.",
                    "Sees på lørdag?\nIngrid"]))

# ------------------------------------------------------------- Icelandic ---
N("is1", notice("gudrun", "facebook", D("2024-05-25 14:03"), R24, layout="text", charset="iso-8859-1",
                cte_text="quoted-printable", qp_len=70, link_style="anchor_colon"))
N("is6", code_msg("gudrun", "facebook", D("2024-06-02 10:55"), "552907", recv_line=True, layout="alt"))
N("is2", answer("objection_received", "gudrun", "facebook", D("2024-06-02 10:58"), ref_fmt="colon",
                layout="html", html_style="fb"))
N("is3", answer("objection_accepted", "gudrun", "facebook", D("2024-06-04 08:30"), ref_fmt="space"))
N("is4", notice("gudrun", "facebook", D("2024-06-12 16:45"), R24, date_style="num", subj_idx=1, layout="html",
                earlier=dt.date(2024, 5, 25)))
N("is5", other("gudrun", D("2024-08-10 07:00"), layout="html"))
N("is7", unrelated("gudrun", D("2024-06-01 09:12"), "Einar Þórsson", "einar.thorsson@icloud.com",
                   "Fwd: " + T["is"]["notice"]["subj"][0],
                   ["Sæl elskan, sjáðu þetta. Er þetta ekta? Ég fékk sama póst í gær.\n\nEinar",
                    "Begin forwarded message:\n\nFrom: Facebook <notification@facebookmail.com>\nSubject: "
                    + T["is"]["notice"]["subj"][0] + "\nDate: 24 May 2024 at 21:14:08 GMT\nTo: Einar Þórsson <einar.thorsson@icloud.com>\n\n"
                    + notice_text("is", "facebook", R24, "Einar", "einar.thorsson@icloud.com")],
                   cte_text="quoted-printable"))

# -------------------------------------------------------------- Estonian ---
N("et1", notice("kadri", "facebook", D("2026-11-18 10:02", "-0800"), R26, earlier=dt.date(2026, 11, 2),
                wrap="lfb"))
N("et2", code_msg("kadri", "facebook", D("2026-11-25 09:14"), "090213", layout="html", cte_html="base64"))
N("et3", answer("objection_received", "kadri", "facebook", D("2026-11-25 09:17"), layout="text",
                ref_fmt="colon", cte_text="8bit", charset="iso-8859-13"))
N("et4", answer("objection_accepted", "kadri", "facebook", D("2026-12-20 12:00"), ref_fmt="colon"))
N("et7", answer("objection_refused", "kadri", "facebook", D("2027-01-10 15:20"), ref_fmt="dash", layout="html"))
N("et5", other("kadri", D("2026-03-04 18:33"), code="615902"))
N("et6", unrelated("kadri", D("2026-11-27 11:05"), "Rohelaat OÜ", "tellimused@rohelaat.ee",
                   "Tellimus nr 20448173 on valmis järeletulemiseks",
                   ["Tere, Kadri!",
                    "Sinu tellimus nr 20448173 on jõudnud pakiautomaati.\nPakiautomaat: Tartu Lõunakeskus\nUksekood: 581204",
                    "Pakk ootab sind automaadis 7 päeva. Kui sa seda selle aja jooksul ei võta, saadetakse see meile tagasi.",
                    "Aitäh, et valisid Rohelaada!"], charset="iso-8859-13"))

# --------------------------------------------------------------- Latvian ---
N("lv1", notice("liga", "facebook", D("2025-05-05 08:40"), R25, charset="iso-8859-13",
                earlier=dt.date(2025, 4, 14)))
N("lv2", answer("objection_accepted", "liga", "facebook", D("2025-05-14 19:01"), ref_fmt="colon",
                sender=("Facebook", "atbalsts@facebookmail-lv.com"), auth="own", authentic=False, layout="html"))
N("lv8", notice("liga", "facebook", D("2025-05-09 12:17"), R25, sender=("Facebook", "security@facebookmail.com"),
                form="https://facebook.privacy-objection.lv/form", auth="fail", authentic=False,
                forged="mx.ozolini.lv", subj_idx=1, layout="html"))
N("lv3", code_msg("liga", "facebook", D("2025-05-18 07:20"), "277041", layout="text", charset="iso-8859-13",
                  cte_text="base64"))
N("lv4", answer("objection_received", "liga", "facebook", D("2025-05-18 07:23"), ref_fmt="colon",
                charset="iso-8859-13"))
N("lv5", answer("objection_refused", "liga", "facebook", D("2025-05-21 10:45"), ref_fmt="colon"))
N("lv6", other("liga", D("2025-03-10 09:00"), layout="html", extra_headers=["List-Unsubscribe: <https://www.meta.com/email/unsubscribe/?t=AbX72kq>"]))
N("lv7", unrelated("liga", D("2025-05-06 18:22"), "Andris Bērziņš", "andris.berzins.lv@gmail.com",
                   "Facebook un mākslīgais intelekts",
                   ["Sveika, Līga!",
                    "Vai tu jau aizpildīji to Facebook veidlapu par mākslīgo intelektu? Man atnāca e-pasts, ka no 27. maija viņi izmantos publiskos ierakstus. Nezinu, vai tas ir īsts, tāpēc neko vēl neesmu spiedis.",
                    "Pastāsti, kā tev gāja!\nAndris"], charset="iso-8859-13", cte_text="quoted-printable"))

# ------------------------------------------------------------ Lithuanian ---
N("lt1", notice("tomas", "instagram", D("2025-04-24 13:30"), R25, layout="text", charset="iso-8859-13",
                cte_text="8bit", link_style="anchor_angle"))
N("lt2", code_msg("tomas", "instagram", D("2025-05-20 07:11"), "517300", style="inline", layout="text",
                  cte_text="quoted-printable"))
N("lt3", answer("objection_received", "tomas", "instagram", D("2025-05-20 07:14"), layout="html",
                ref_fmt="colon"))
N("lt4", answer("objection_accepted", "tomas", "instagram", D("2025-05-26 16:00"), ref_fmt="space"))
N("lt7", code_msg("tomas", "instagram", D("2025-05-21 05:50"), "880142", auth="fail", authentic=False,
                  layout="html"))
N("lt8", answer("objection_refused", "ruta", "facebook", D("2025-05-19 11:11"), ref_fmt="colon",
                layout="text", charset="iso-8859-13", cte_text="quoted-printable"))
N("lt5", other("tomas", D("2025-02-11 18:03")))
N("lt6", unrelated("tomas", D("2025-05-19 05:00"), "Technologijų savaitė", "naujienos@techsavaite.lt",
                   "Kaip nesutikti, kad Meta naudotų jūsų įrašus",
                   ["Labas,",
                    "Meta šiomis savaitėmis siunčia laiškus Lietuvos naudotojams: nuo 2025 m. gegužės 27 d. vieši Facebook ir Instagram įrašai, komentarai ir nuotraukų antraštės bus naudojami dirbtiniam intelektui mokyti.",
                    "Nesutikimą galima pateikti per Meta formą, pvz. Instagram: " + IG_FORM + ". Po jos gausite šešių skaitmenų kodą ir patvirtinimą su bylos numeriu.",
                    "Kitame numeryje - apie tai, ką daryti, jei prašymas atmestas.",
                    "Technologijų savaitė | Atsisakyti prenumeratos: https://techsavaite.lt/atsisakyti"],
                   layout="alt", html_style="plain"))

# ---------------------------------------------------------------- Slovak ---
N("sk1", notice("zuzana", "facebook", D("2025-04-28 09:05"), R25, charset="iso-8859-2",
                earlier=dt.date(2025, 4, 14), auth="dkim_only"))
N("sk2", code_msg("zuzana", "facebook", D("2025-05-10 15:40"), "724905", style="qpbreak", layout="text",
                  charset="iso-8859-2", cte_text="quoted-printable", auth="dkim_only"))
N("sk3", answer("objection_received", "zuzana", "facebook", D("2025-05-10 15:43"), layout="html",
                ref_fmt="colon", charset="iso-8859-2", auth="dkim_only"))
N("sk4", answer("objection_refused", "zuzana", "facebook", D("2025-05-16 08:12"), ref_fmt="colon",
                auth="dkim_only"))
N("sk7", notice("zuzana", "facebook", D("2025-05-03 22:10"), R25, date_style="num",
                sender=("Facebook", "security@facebookmail.com"), form="https://meta-namietky.sk/formular",
                auth="fail", authentic=False, layout="html", subj_idx=1))
N("sk8", answer("objection_refused", "zuzana", "facebook", D("2025-05-18 06:30"), refu_variant="refu_noid",
                sender=("Facebook", "podpora@facebook-overenie.sk"), auth="own", authentic=False,
                form="https://facebook-overenie.sk/namietka", form_link=True, layout="html",
                lang="sk"))
N("sk5", other("zuzana", D("2025-06-11 20:30"), code="390517", auth="dkim_only"))
N("sk6", unrelated("zuzana", D("2025-04-29 19:44"), "Peter Horváth", "peter.horvath@zoznam.sk",
                   "Fwd: " + T["sk"]["notice"]["subj"][0],
                   ["Ahoj Zuzka, toto mi prišlo od Facebooku. Myslíš, že to mám vyplniť?\n\nPeťo",
                    "-------- Forwarded Message --------\nSubject: \t" + T["sk"]["notice"]["subj"][0]
                    + "\nDate: \tMon, 28 Apr 2025 11:02:51 -0700\nFrom: \tFacebook <notification@facebookmail.com>\nTo: \tPeter Horváth <peter.horvath@zoznam.sk>\n\n"
                    + notice_text("sk", "facebook", R25, "Peter", "peter.horvath@zoznam.sk")],
                   charset="iso-8859-2", cte_text="quoted-printable", auth="own"))

# --------------------------------------------------------------- Slovene ---
N("sl1", notice("matej", "instagram", D("2026-11-17 08:30", "-0800"), R26, earlier=dt.date(2026, 11, 3)))
N("sl2", code_msg("matej", "instagram", D("2026-11-24 10:01"), "208816"))
N("sl3", answer("objection_received", "matej", "instagram", D("2026-11-24 10:04"), layout="text",
                ref_fmt="colon", charset="iso-8859-2", cte_text="8bit"))
N("sl4", answer("objection_accepted", "matej", "instagram", D("2026-11-27 13:30"), layout="html", ref=None))
N("sl7", notice("matej", "instagram", D("2026-11-20 06:12"), R26, sender=("Instagram", "instagram.varnost@gmail.com"),
                form="https://ig-ugovor.net/obrazec", auth="own", authentic=False, layout="html", subj_idx=1))
N("sl5", other("matej", D("2026-01-15 22:04"), code="472288", layout="text"))
N("sl6", unrelated("matej", D("2026-11-19 09:02"), "Tina Kralj", "tina.kralj@siol.net",
                   "Re: " + T["sl"]["notice"]["subj"][0],
                   ["Matej, to je pravi e-mail, tudi jaz sem ga dobila. Obrazec sem že izpolnila, koda pride v nekaj sekundah.\n\nLp, Tina",
                    "V sre., 18. nov. 2026 ob 08:40 je Matej Novak <matej.novak@proton.me> napisal:\n> Tina, ali je to prevara?\n>\n"
                    + "\n".join("> " + ln if ln else ">" for ln in notice_text("sl", "instagram", R26, "Matej", "matej.novak@proton.me").split("\n"))],
                   cte_text="quoted-printable"))

# -------------------------------------------------------------- Croatian ---
N("hr1", notice("ivana", "facebook", D("2024-05-29 07:45"), R24, layout="html", charset="iso-8859-2",
                cte_html="quoted-printable"))
N("hr2", code_msg("ivana", "facebook", D("2024-06-07 12:20"), "860034", layout="text"))
N("hr3", answer("objection_received", "ivana", "facebook", D("2024-06-07 12:23"), ref_fmt="colon"))
N("hr4", answer("objection_refused", "ivana", "facebook", D("2024-06-12 09:50"), ref_fmt="colon",
                charset="iso-8859-2"))
N("hr5", notice("ivana", "facebook", D("2026-11-20 09:15"), R26, earlier=dt.date(2026, 11, 2), subj_idx=1))
N("hr6", other("ivana", D("2025-01-08 23:15")))
N("hr7", unrelated("ivana", D("2024-06-20 14:30"), "Knjižara Lipa", "narudzbe@knjizara-lipa.hr",
                   "Vaša narudžba br. 100-7734215 je poslana",
                   ["Poštovana Ivana,",
                    "vaša narudžba br. 100-7734215 je poslana. Broj pošiljke: HR 4410 2298 11.",
                    "Kôd za preuzimanje u paketomatu: 406118",
                    "Hvala na kupnji!\nKnjižara Lipa"], charset="iso-8859-2", layout="alt"))

# ----------------------------------------------------------------- Irish ---
N("ga1", notice("aoife", "facebook", D("2025-05-06 12:00"), R25, earlier=dt.date(2025, 4, 14)))
N("ga2", code_msg("aoife", "facebook", D("2025-05-19 18:40"), "013579", layout="text", charset="iso-8859-1",
                  cte_text="quoted-printable"))
N("ga3", answer("objection_received", "aoife", "facebook", D("2025-05-22 08:30"), ref_fmt="colon"))
N("ga4", answer("objection_accepted", "aoife", "facebook", D("2025-05-25 10:10"), ref_fmt="colon", layout="html"))
N("ga8", answer("objection_received", "cian", "facebook", D("2025-05-20 07:05"), ref=None, layout="text"))
N("ga7", answer("objection_refused", "cian", "facebook", D("2025-05-23 15:55"), ref_fmt="colon"))
N("ga5", other("aoife", D("2025-03-02 20:20")))
N("ga6", unrelated("aoife", D("2025-05-07 21:00"), "Ciarán Ó Dálaigh", "ciaran.odalaigh@gmail.com",
                   "An ríomhphost ó Facebook",
                   ["A Aoife,",
                    "An bhfuair tú an ríomhphost ó Facebook faoin IS? Líon mé isteach an fhoirm aréir agus fuair mé cód deimhnithe láithreach. Tá an nasc sa ríomhphost féin.",
                    "Feicfidh mé thú Dé hAoine.\nCiarán"], charset="iso-8859-1", cte_text="quoted-printable"))

# --------------------------------------------------------------- Maltese ---
N("mt1", notice("maria", "instagram", D("2024-05-31 11:11"), R24, layout="html", cte_html="base64"))
N("mt2", code_msg("maria", "instagram", D("2024-06-10 08:00"), "774210", charset="iso-8859-3"))
N("mt3", answer("objection_received", "maria", "instagram", D("2024-06-10 08:03"), ref_fmt="colon", layout="text",
                charset="iso-8859-3", cte_text="quoted-printable"))
N("mt4", answer("objection_refused", "maria", "instagram", D("2024-06-14 17:20"), ref=None))
N("mt7", answer("objection_accepted", "maria", "instagram", D("2024-06-22 09:00"), ref_fmt="colon", layout="html"))
N("mt5", other("maria", D("2024-09-01 10:00"), layout="text"))
N("mt6", unrelated("maria", D("2024-06-05 07:30"), "Teknoloġija Llum", "ahbarijiet@teknologijallum.com.mt",
                   "Kif toġġezzjona għall-użu tad-data tiegħek mill-IA ta' Meta",
                   ["Għeżież qarrejja,",
                    "Meta bdiet tibgħat emails lill-utenti Maltin: minn 26 ta' Ġunju 2024 se tuża postijiet u kummenti pubbliċi biex tħarreġ l-IA tagħha.",
                    "Tista' toġġezzjona permezz tal-formola ta' Instagram: " + IG_FORM + ". Wara ftit minuti tirċievi kodiċi ta' konferma u mbagħad tweġiba.",
                    "Is-sena d-dieħla nerġgħu nitkellmu dwar dan.\nIt-tim ta' Teknoloġija Llum"],
                   layout="alt"))

# ----------------------------------------------------------------- Greek ---
N("el1", notice("nikos", "facebook", D("2024-05-27 09:50"), R24, charset="iso-8859-7"))
N("el2", answer("objection_received", "nikos", "facebook", D("2024-06-05 13:13"), ref_fmt="colon",
                charset="iso-8859-7", layout="text", cte_text="8bit"))
N("el3", answer("objection_accepted", "nikos", "facebook", D("2024-06-12 08:45"), ref_fmt="colon",
                charset="iso-8859-7"))
N("el4", notice("nikos", "facebook", D("2026-11-19 10:30"), R26, date_style="num", layout="html", subj_idx=1))
N("el5", code_msg("nikos", "facebook", D("2026-11-28 18:20"), "330945", charset="iso-8859-7"))
N("el9", answer("objection_received", "nikos", "facebook", D("2026-11-28 18:23"), ref_fmt="space", layout="html"))
N("el8", answer("objection_refused", "nikos", "facebook", D("2026-12-05 09:40"), ref_fmt="colon", layout="text"))
N("el10", answer("objection_accepted", "nikos", "facebook", D("2026-12-03 07:00"), ref_fmt="colon",
                 sender=("Facebook", "noreply@support.facebook.com"), auth="fail", authentic=False,
                 forged="mx.google.com", layout="html"))
N("el6", other("nikos", D("2025-02-14 19:45"), charset="iso-8859-7"))
N("el7", unrelated("nikos", D("2024-05-28 08:10"), "Ελένη Παπαδοπούλου", "eleni.papadopoulou@gmail.com",
                   "Fwd: " + T["el"]["notice"]["subj"][0],
                   ["Νίκο, το έλαβες κι εσύ αυτό; Πρέπει να το κάνουμε;",
                    "---------- Forwarded message ---------\nFrom: Facebook <notification@facebookmail.com>\nDate: Mon, 27 May 2024 at 12:41\nSubject: "
                    + T["el"]["notice"]["subj"][0] + "\nTo: Ελένη Παπαδοπούλου <eleni.papadopoulou@gmail.com>\n\n"
                    + notice_text("el", "facebook", R24, "Ελένη", "eleni.papadopoulou@gmail.com")],
                   layout="alt", cte_text="base64", cte_html="base64"))

# ------------------------------------------------------------- Bulgarian ---
N("bg1", notice("mariya", "facebook", D("2025-04-30 08:08"), R25, charset="windows-1251",
                earlier=dt.date(2025, 4, 14)))
N("bg2", code_msg("mariya", "facebook", D("2025-05-14 12:00"), "941126", charset="windows-1251",
                  cte_text="base64", cte_html="base64"))
N("bg3", answer("objection_received", "mariya", "facebook", D("2025-05-14 12:03"), layout="html", ref_fmt="colon"))
N("bg4", answer("objection_accepted", "mariya", "facebook", D("2025-05-17 10:20"), ref_fmt="colon",
                charset="windows-1251"))
N("bg7", answer("objection_refused", "georgi", "facebook", D("2025-05-21 14:14"), ref_fmt="colon", layout="text",
                cte_text="base64", charset="windows-1251"))
N("bg5", other("mariya", D("2025-02-20 05:30")))
N("bg6", unrelated("mariya", D("2025-05-12 06:00"), "Дигитален бюлетин", "bulletin@digitalen-bulletin.bg",
                   "Как да възразите срещу обучението на ИИ на Meta",
                   ["Здравейте,",
                    "Meta изпраща имейли на потребителите в България: от 27 май 2025 г. публичните публикации и коментари ще се използват за обучение на изкуствен интелект.",
                    "Възражение се подава чрез формуляра на Meta: " + FB_FORM + ". След това получавате код за потвърждение и отговор с номер на случая.",
                    "Поздрави,\nЕкипът на Дигитален бюлетин"], charset="windows-1251", cte_text="quoted-printable"))

# --------------------------------------------------------------- Finnish ---
N("fi1", notice("juha", "facebook", D("2024-05-24 04:20"), R24, date_style="num"))
N("fi2", code_msg("juha", "facebook", D("2024-06-04 06:30"), "506611", style="qpbreak", charset="iso-8859-1"))
N("fi3", answer("objection_received", "juha", "facebook", D("2024-06-04 06:33"), ref_fmt="colon", layout="text"))
N("fi4", answer("objection_refused", "juha", "facebook", D("2024-06-06 12:12"), ref_fmt="colon", wrap="pp3"))
N("fi7", notice("juha2", "facebook", D("2026-11-16 09:00"), R26, date_style="weekday", layout="html"))
N("fi8", code_msg("juha2", "facebook", D("2026-11-30 19:10"), "200486", layout="text", charset="iso-8859-1",
                  cte_text="8bit"))
N("fi9", answer("objection_accepted", "juha2", "meta", D("2026-12-02 08:00"), ref_fmt="colon",
                sender=("Meta Privacy Center", "noreply@support.facebook.com"), html_style="meta"))
N("fi5", other("juha", D("2024-04-10 10:00"), layout="html"))
N("fi6", unrelated("juha", D("2024-05-27 07:25"), "Sanna Virtanen", "sanna.virtanen@outlook.com",
                   "VL: " + T["fi"]["notice"]["subj"][0],
                   ["Juha, tuliko sinullekin tällainen? Pitäisikö tuo lomake täyttää?\n\nSanna",
                    "________________________________\nLähettäjä: Facebook <notification@facebookmail.com>\nLähetetty: maanantai 27. toukokuuta 2024 9.14\nVastaanottaja: Sanna Virtanen <sanna.virtanen@outlook.com>\nAihe: "
                    + T["fi"]["notice"]["subj"][0] + "\n\n" + notice_text("fi", "facebook", R24, "Sanna", "sanna.virtanen@outlook.com", "num")],
                   layout="alt", cte_text="quoted-printable", cte_html="quoted-printable"))

# --------------------------------------------------------------- Swedish ---
N("sv1", notice("karin", "instagram", D("2025-04-22 10:00"), R25, date_style="weekday", charset="iso-8859-1"))
N("sv2", notice("karin", "facebook", D("2025-04-25 11:30"), R25, layout="html", subj_idx=1, date_style="num"))
N("sv3", code_msg("karin", "instagram", D("2025-05-13 08:15"), "128860",
                  subject="128860 är din bekräftelsekod"))
N("sv4", answer("objection_received", "karin", "instagram", D("2025-05-13 08:18"), ref_fmt="colon", layout="text",
                charset="iso-8859-1", cte_text="quoted-printable"))
N("sv5", answer("objection_accepted", "karin", "instagram", D("2025-05-15 09:09"), ref_fmt="colon"))
N("sv9", code_msg("karin", "facebook", D("2025-05-26 20:45"), "075531", style="spaced", layout="html"))
N("sv8", answer("objection_refused", "karin", "facebook", D("2025-05-28 07:30"), ref_fmt="colon"))
N("sv6", other("karin", D("2025-06-02 12:12")))
N("sv7", unrelated("karin", D("2025-05-10 10:10"), "Nordhemma", "order@nordhemma.se",
                   "Orderbekräftelse #SE-558201",
                   ["Hej Karin!",
                    "Tack för din beställning. Ordernummer: SE-558201\nLeverans: 2-4 arbetsdagar\nUpphämtningskod: 214993",
                    "Vänliga hälsningar\nNordhemma"], layout="alt", charset="iso-8859-1"))

# --------------------------------------------------------------- English ---
N("en1", notice("niamh", "meta", D("2026-11-16 08:00", "-0800"), R26, date_style="us", wrap="google",
                lang="en"))
N("en2", notice("niamh", "whatsapp", D("2026-11-18 12:30"), R26, date_style="us_weekday", subj_idx=1, lang="en"))
N("en3", code_msg("niamh", "facebook", D("2026-11-30 20:02"), "664027", subject="664027 is your confirmation code",
                  lang="en"))
N("en4", answer("objection_received", "niamh", "facebook", D("2026-11-30 20:05"), ref_fmt="colon", lang="en"))
N("en5", answer("objection_accepted", "niamh", "facebook", D("2026-12-02 09:30"), ref_fmt="refhash", lang="en",
                layout="html"))
N("en6", answer("objection_refused", "emma", "facebook", D("2024-06-15 10:00"), ref_fmt="colon", wrap="lfb",
                lang="en", layout="text"))
N("en7", answer("objection_refused", "laura", "instagram", D("2025-05-19 13:45"), refu_variant="refu_info",
                ref_fmt="colon", lang="en"))
N("en8", answer("objection_received", "daniel", "facebook", D("2026-11-26 11:00"), ref_fmt="colon", lang="en",
                layout="text", arc=True))
N("en9", notice("oisin", "facebook", D("2024-05-30 16:16"), R24, auth="none", authentic=False, lang="en"))
N("en19", notice("emma", "facebook", D("2024-05-22 18:00"), R24, date_style="us", layout="text",
                 cte_text="7bit", link_style="anchor_colon", lang="en"))
N("en10", other("niamh", D("2025-09-12 19:19"), spec=OTHER_EN[0], lang="en"))
N("en11", other("niamh", D("2025-10-01 08:08"), spec=OTHER_EN[1], code="908172", lang="en"))
N("en12", other("niamh", D("2025-10-20 15:00"), spec=OTHER_EN[2], lang="en", layout="html",
                extra_headers=["List-Unsubscribe: <https://www.facebook.com/o.php?k=AS1q2Zk&u=100004&mid=61ab>"]))
N("en13", unrelated("emma", D("2024-05-24 09:30"), "Ciara Byrne", "ciara.byrne@outlook.ie",
                    "FW: " + T["en"]["notice"]["subj"][0],
                    ["Emma - is this one legit? Seems real to me but I don't want to click anything dodgy.\n\nCiara",
                     "________________________________\nFrom: Facebook <notification@facebookmail.com>\nSent: Thursday, May 23, 2024 7:02 PM\nTo: Ciara Byrne <ciara.byrne@outlook.ie>\nSubject: "
                     + T["en"]["notice"]["subj"][0] + "\n\n" + notice_text("en", "facebook", R24, "Ciara", "ciara.byrne@outlook.ie", "us")],
                    lang="en", layout="alt"))
N("en14", unrelated("niamh", D("2026-11-28 10:40"), "Harbour Books", "orders@harbourbooks.ie",
                    "Your verification code",
                    ["Hi Niamh,", "Use this code to confirm your email address at checkout:", "405118",
                     "Your order number is HB-2026-118734. We'll email you when it ships.", "Harbour Books, Galway"],
                    lang="en", layout="alt", html_style="plain"))
N("en15", unrelated("niamh", D("2025-05-15 07:00"), "The Data Brief", "newsletter@databrief.eu",
                    "The Data Brief: twelve days left to object to Meta's AI training",
                    ["Good morning,",
                     "Meta's notices are landing in inboxes across the EU. \"Starting May 27, 2025, we'll use public information you share on Facebook and Instagram to develop and improve AI at Meta,\" the email reads.",
                     "If you don't want that, the objection forms are at " + FB_FORM + " (Facebook) and " + IG_FORM + " (Instagram). Expect a six-digit confirmation code, then a reply with a case number. Readers tell us the answer usually says: \"We'll honour your objection.\"",
                     "Until next week,\nThe Data Brief"], lang="en", layout="alt"))
N("en16", answer("objection_accepted", "niamh", "facebook", D("2025-05-20 10:00"), ref_fmt="colon", lang="en",
                 dup="Subject: Your objection has been approved", authentic=False))
N("en17", notice("niamh", "facebook", D("2026-11-21 06:06"), R26, lang="en",
                 sender=("Facebook", "privacy@facebook-policy-update.com"),
                 form="https://www.facebook.com@objection-review.net/help/contact/712876720715583",
                 auth="own", authentic=False, layout="html"))
N("en18", unrelated("niamh", D("2024-06-03 12:00"), "Ciara Byrne", "ciara.byrne@outlook.ie",
                    "Re: Facebook AI thing",
                    ["Done! I filled in the form and got the code straight away. Thanks for the nudge.\n\nC.",
                     "On Mon, 3 Jun 2024 at 11:42, Niamh O'Connor <niamh.oconnor@gmail.com> wrote:\n> Did you object yet? The deadline is 26 June.\n> Meta's mail said: \"If your objection is honoured, it will be applied from then on.\"\n> Form: " + FB_FORM],
                    lang="en"))

# ---------------------------------------------------------------- French ---
N("fr1", notice("elodie", "facebook", D("2025-04-23 16:02"), R25, earlier=dt.date(2025, 4, 14), charset="iso-8859-1"))
N("fr2", code_msg("elodie", "facebook", D("2025-05-06 09:00"), "602315", layout="text"))
N("fr3", answer("objection_received", "elodie", "facebook", D("2025-05-06 09:03"), ref_fmt="colon"))
N("fr4", answer("objection_accepted", "elodie", "facebook", D("2025-05-08 10:00"), ref_fmt="colon", layout="html"))
N("fr5", answer("objection_refused", "elodie", "instagram", D("2025-05-15 14:00"), ref_fmt="hash", layout="text",
                charset="iso-8859-1", cte_text="quoted-printable"))
N("fr8", notice("elodie", "facebook", D("2025-05-12 07:45"), R25, sender=("Facebook Confidentialité", "confidentialite@meta-opposition.fr"),
                form="https://meta-opposition.fr/formulaire", auth="own", authentic=False, layout="html", subj_idx=1))
N("fr6", other("elodie", D("2025-06-20 21:10"), code="116742"))
N("fr7", unrelated("elodie", D("2025-04-24 08:00"), "Julien Garnier", "julien.garnier@free.fr",
                   "Fwd: " + T["fr"]["notice"]["subj"][0],
                   ["Regarde ce que Facebook m'a envoyé. Tu l'as reçu aussi ?\n\nJulien",
                    "Début du message réexpédié :\n\nDe: Facebook <notification@facebookmail.com>\nObjet: "
                    + T["fr"]["notice"]["subj"][0] + "\nDate: 23 avril 2025 à 18:02:11 UTC+2\nÀ: Julien Garnier <julien.garnier@free.fr>\n\n"
                    + notice_text("fr", "facebook", R25, "Julien", "julien.garnier@free.fr")],
                   charset="iso-8859-1", cte_text="quoted-printable"))

# ---------------------------------------------------------------- German ---
N("de1", notice("lukas", "facebook", D("2024-05-22 05:00"), R24, date_style="weekday"))
N("de2", code_msg("lukas", "instagram", D("2024-06-11 18:00"), "083356", charset="iso-8859-1", layout="text",
                  cte_text="quoted-printable"))
N("de3", answer("objection_received", "lukas", "instagram", D("2024-06-11 18:03"), ref_fmt="colon"))
N("de7", answer("objection_accepted", "lukas", "facebook", D("2024-06-18 07:30"), ref_fmt="colon", layout="html"))
N("de4", answer("objection_refused", "anna", "instagram", D("2025-05-20 12:00"), ref_fmt="colon"))
N("de8", notice("anna", "instagram", D("2025-04-29 08:00"), R25, date_style="num", layout="html"))
N("de5", other("lukas", D("2024-09-09 09:09"), code="245781"))
N("de6", unrelated("lukas", D("2024-06-19 06:30"), "Digitalwoche", "redaktion@digitalwoche.de",
                   "Digitalwoche: Noch eine Woche für den Widerspruch bei Meta",
                   ["Liebe Leserinnen und Leser,",
                    "ab dem 26. Juni 2024 will Meta öffentliche Beiträge für KI bei Meta nutzen. Wer widersprechen will, nutzt das Formular " + FB_FORM + " bzw. " + IG_FORM + ".",
                    "Meta schreibt dazu: \"Wird deinem Widerspruch stattgegeben, gilt er ab diesem Zeitpunkt.\" Danach kommt ein Bestätigungscode per E-Mail.",
                    "Ihre Redaktion der Digitalwoche",
                    "Newsletter abbestellen: https://digitalwoche.de/abmelden"], layout="alt", charset="iso-8859-1"))

# ------------------------------------------------------------ Portuguese ---
N("pt1", notice("ines", "facebook", D("2025-04-26 10:00"), R25, earlier=dt.date(2025, 4, 14)))
N("pt2", code_msg("ines", "facebook", D("2025-05-09 20:00"), "357004", recv_line=True, layout="text"))
N("pt3", answer("objection_received", "ines", "facebook", D("2025-05-09 20:03"), ref_fmt="colon"))
N("pt4", answer("objection_accepted", "ines", "facebook", D("2025-05-12 11:11"), ref_fmt="colon", layout="html"))
N("pt5", answer("objection_refused", "ines", "instagram", D("2025-05-16 09:30"), ref_fmt="colon", wrap="lig"))
N("pt8", code_msg("ines", "meta", D("2025-05-18 23:40"), "812600", sender=("Meta", "meta.confirmacao@outlook.com"),
                  auth="own", authentic=False))
N("pt6", other("ines", D("2025-07-07 07:07"), code="553091", layout="text"))
N("pt7", unrelated("ines", D("2025-05-10 18:00"), "Rui Carvalho", "rui.carvalho@sapo.pt",
                   "oposição à IA da Meta",
                   ["Olá Inês,",
                    "Já enviaste a oposição à Meta? Eu enviei ontem: pedem o email, mandam um código de seis dígitos e no fim chega um email a dizer que a oposição foi recebida.",
                    "O prazo é 27 de maio.\nBeijinhos,\nRui"], charset="iso-8859-1"))

# --------------------------------------------------------------- Spanish ---
N("es1", notice("javier", "facebook", D("2024-05-28 12:00"), R24, date_style="num"))
N("es2", code_msg("javier", "facebook", D("2024-06-08 10:30"), "419027", charset="iso-8859-1",
                  cte_text="base64", cte_html="base64"))
N("es3", answer("objection_received", "javier", "facebook", D("2024-06-08 10:33"), ref_fmt="colon", layout="text"))
N("es8", answer("objection_accepted", "javier", "facebook", D("2024-06-10 08:00"), ref=None))
N("es4", answer("objection_refused", "marta", "instagram", D("2025-05-21 16:16"), ref_fmt="colon", layout="html"))
N("es7", notice("marta", "instagram", D("2025-04-30 09:09"), R25, earlier=dt.date(2025, 4, 14), date_style="iso"))
N("es5", other("javier", D("2024-10-01 20:00")))
N("es6", unrelated("javier", D("2024-06-09 12:12"), "Librería Montaña", "pedidos@libreriamontana.es",
                   "Tu pedido 2024-55817 está listo para recoger",
                   ["Hola, Javier:",
                    "Tu pedido n.º 2024-55817 ya está en la tienda.\nCódigo de recogida: 730215",
                    "Lo guardaremos 10 días.\nLibrería Montaña"], layout="alt", charset="iso-8859-1"))


# ============================================================ assembling ===
def ascii_headers(lines):
    return "\n".join(lines)


def build(spec, idx):
    p = spec["person"]
    lang = spec["lang"]
    when = spec["when"]
    from_addr = spec["from_addr"]
    from_dom = from_addr.split("@")[1].lower()
    inf = infra(from_addr)
    auth = spec["auth"]
    if auth == "fail":  # a spoofer does not send from Meta's servers
        inf["ip"] = f"{RNG.choice([45, 91, 103, 185])}.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}.{RNG.randint(2, 250)}"
        inf["helo"] = f"vps{RNG.randint(1000, 9999)}.{RNG.choice(['hostpanel-eu.net', 'cloudnode.biz', 'srv-mail.top'])}"
    ctx = mk.Ctx(p.email, inf["mailfrom"], inf["ip"], inf["helo"], from_dom, inf["dkimdom"],
                 when + dt.timedelta(seconds=2), auth, inf["selector"], inf["policy"])
    if spec.get("arc"):
        trace, extra = trace_arc(p, ctx)
    else:
        trace, extra = trace_for(p, ctx)
    # sender-side headers (below the receiving server's entry line)
    sender_h = []
    if spec.get("forged"):
        fid = spec["forged"]
        sender_h.append(
            f"Authentication-Results: {fid};\n\tdkim=pass header.d=facebookmail.com header.s=s1024-2013-q3 header.b=Qm9vb0Z;\n"
            f"\tspf=pass smtp.mailfrom=facebookmail.com;\n\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={from_dom}")
    if auth in ("pass", "own", "dkim_only", "none") and not spec.get("nodkim"):
        sender_h.append(
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d={inf['dkimdom']};\n\ts={inf['selector']}; t={int(when.timestamp())};\n"
            f"\tbh={mk.b64s(RNG, 43)}=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type;\n"
            f"\tb={mk.b64s(RNG, 64)}\n\t {mk.b64s(RNG, 64)}\n\t {mk.b64s(RNG, 44)}=")
    if from_dom in ("facebookmail.com", "mail.instagram.com", "support.facebook.com") and RNG.random() < 0.5:
        sender_h.append(f"Received: from facebook.com (Zuq{mk._tok(RNG, 8)} [2a03:2880:{mk.hexs(RNG, 4)}:{RNG.randint(1, 9)}::face:b00c])\n"
                        f"\tby facebook.com with HTTPS; {mk.rfc_date(when)}")
    cs = spec["charset"]
    subj_cs = cs if spec["subj_mode"] else "utf-8"
    mode = "Q" if cs.startswith("iso-8859") and idx % 2 else "B"
    subject = mk.enc_words(spec["subject"], subj_cs, mode)
    to = mk.addr(p.name, p.email_hdr, subj_cs, mode)
    frm = mk.addr(spec["from_name"], from_addr, subj_cs, mode)
    domain_for_id = from_dom
    msgid = f"<{mk.hexs(RNG, 24)}.{int(when.timestamp())}@{domain_for_id}>"
    own = [f"From: {frm}", f"To: {to}", f"Subject: {subject}", f"Date: {mk.rfc_date(when)}",
           f"Message-ID: {msgid}"]
    if spec.get("dup"):
        own.insert(3, spec["dup"])
    if spec["kind"] == "unrelated" and spec["subject"].lower().startswith(("re:",)):
        own.append(f"In-Reply-To: <{mk.hexs(RNG, 16)}@mail.gmail.com>")
    if from_dom in ("facebookmail.com", "support.facebook.com"):
        own += ["X-Mailer: ZuckMail [version 1.00]", "X-Facebook-Notify: privacy_ai; mailid=" + mk.hexs(RNG, 14)]
    own += list(spec["extra_headers"])
    own.append("MIME-Version: 1.0")
    # body
    blocks = spec["blocks"]
    text = render_text(blocks, spec["link_style"])
    if spec.get("arc"):
        text += ("\n--\nFenech Consulting Ltd. This e-mail and any attachments are confidential and intended "
                 "solely for the addressee.\n")
    brand = {"facebook": "facebook", "instagram": "Instagram", "meta": "Meta", "whatsapp": "WhatsApp",
             "messenger": "Messenger", None: ""}[spec["platform"]]
    htmltext = render_html(blocks, spec["html_style"], brand, spec["preheader"], spec["subject"])
    htmltext = htmltext.replace('charset=utf-8', f'charset={cs}')
    htmltext = mk.html_charset_safe(htmltext, cs)

    if p.rewriter:
        # the recipient's mail-security gateway rewrites every link of the body
        gw_hosts = ("urldefense.com", "urldefense.proofpoint.com", "linkprotect.cudasvc.com",
                    "protect-eu.mimecast.com", "safelinks.protection.outlook.com", "www.w3.org")

        def rw(u):
            if any(h in u for h in gw_hosts):
                return u
            return mk.wrap_url(u, p.rewriter, RNG, p.tenant)
        text = re.sub(r"https?://[^\s<>\"]+", lambda m_: rw(m_.group(0)), text)
        htmltext = re.sub(r'href="([^"]+)"', lambda m_: 'href="' + html.escape(rw(html.unescape(m_.group(1)))) + '"',
                          htmltext)

    def part(ctype, content, cte):
        body = mk.encode_body(content, cs, cte, spec["qp_len"])
        hdr = f"Content-Type: {ctype}; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}"
        return hdr, body

    layout = spec["layout"]
    chunks = []
    if layout == "text":
        h, b = part("text/plain", text, spec["cte_text"])
        own.append(h)
        chunks = [b"\n", b]
    elif layout == "html":
        h, b = part("text/html", htmltext, spec["cte_html"])
        own.append(h)
        chunks = [b"\n", b]
    else:
        bnd = f"b1_{mk.hexs(RNG, 32)}"
        own.append(f"Content-Type: multipart/alternative;\n boundary=\"{bnd}\"")
        h1, b1 = part("text/plain", text, spec["cte_text"])
        h2, b2 = part("text/html", htmltext, spec["cte_html"])
        chunks = [b"\n", f"--{bnd}\n{h1}\n\n".encode(), b1, f"\n\n--{bnd}\n{h2}\n\n".encode(), b2,
                  f"\n\n--{bnd}--\n".encode()]
    head = "\n".join(trace + extra + sender_h + own) + "\n"
    raw = head.encode("ascii") + b"".join(chunks)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if spec["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def main():
    out = HERE
    for d in ("eml", "mbox", "scenarios"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
        os.makedirs(os.path.join(out, d))
    # CRLF on a spread of files
    for i, s in enumerate(SPECS):
        if i % 7 == 3:
            s["crlf"] = True
    manifest = []
    short = {"policy_notice": "notice", "verification_code": "code", "objection_received": "received",
             "objection_accepted": "accepted", "objection_refused": "refused", "other_meta": "other",
             "unrelated": "unrelated"}
    for i, s in enumerate(SPECS, 1):
        raw = build(s, i)
        tag = short[s["kind"]]
        if s["kind"] == "other_meta":
            tag = s["tag"]
        fake = "-fake" if s["authentic"] is False else ""
        name = f"eml/{i:03d}-{s['lang']}-{s['platform'] or 'x'}-{tag}{fake}.eml"
        s["file"] = name
        with open(os.path.join(out, name), "wb") as f:
            f.write(raw)
        manifest.append(dict(file=name, kind=s["kind"], platform=s["platform"], language=s["lang"],
                             code=s["code"] if s["kind"] == "verification_code" else None,
                             deadline=s["deadline"] if s["kind"] == "policy_notice" else None,
                             objection_url=s["url"] if s["kind"] != "unrelated" else None,
                             reference=s["ref"] if s["kind"] != "unrelated" else None,
                             authentic=s["authentic"], account=s["person"].email.lower()))
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    mb = mailbox.mbox(os.path.join(out, "mbox", "sample.mbox"))
    mb.lock()
    for m in manifest:
        with open(os.path.join(out, m["file"]), "rb") as f:
            mb.add(f.read().replace(b"\r\n", b"\n"))
    mb.flush()
    mb.unlock()
    import scenarios as sc
    sc.write(out, NAMED, manifest)
    print(f"{len(manifest)} messages written")


if __name__ == "__main__":
    main()
