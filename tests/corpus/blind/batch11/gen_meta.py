# -*- coding: utf-8 -*-
"""Factory for Meta(-looking) messages and their labels."""
import datetime as dt
import wording_core as WC
import wording_west, wording_south, wording_north, wording_small, wording_misc
from people import P
import msgbuild as MB
import headershelp as HH

T = {}
for m in (wording_west, wording_south, wording_north, wording_small):
    T.update(m.T)

R24, R25, R27 = dt.date(2024, 6, 26), dt.date(2025, 5, 27), dt.date(2027, 1, 20)
FORMS = {
 ("facebook", R24): "https://www.facebook.com/help/contact/712876720715583",
 ("instagram", R24): "https://help.instagram.com/contact/767264225370182",
 ("facebook", R25): "https://www.facebook.com/help/contact/6359191084165019",
 ("instagram", R25): "https://help.instagram.com/contact/233964459562201",
 ("facebook", R27): "https://www.facebook.com/help/contact/1089374216648310",
 ("instagram", R27): "https://help.instagram.com/contact/1406658813324417",
}
SENDERS = {  # platform, role -> (display, address)
 ("facebook", "notice"): ("Facebook", "notification@facebookmail.com"),
 ("facebook", "code"): ("Facebook", "security@facebookmail.com"),
 ("facebook", "answer"): ("Facebook", "noreply@support.facebook.com"),
 ("instagram", "notice"): ("Instagram", "no-reply@mail.instagram.com"),
 ("instagram", "code"): ("Instagram", "security@mail.instagram.com"),
 ("instagram", "answer"): ("Instagram", "noreply@support.facebook.com"),
 ("meta", "notice"): ("Meta", "notification@facebookmail.com"),
 ("meta", "answer"): ("Meta Privacy", "noreply@support.facebook.com"),
 ("messenger", "notice"): ("Messenger", "notification@facebookmail.com"),
 ("whatsapp", "notice"): ("WhatsApp", "noreply@whatsapp.com"),
}
ORG = {"facebookmail.com": "facebookmail.com", "support.facebook.com": "facebook.com", "mail.instagram.com": "instagram.com",
       "whatsapp.com": "whatsapp.com", "meta.com": "meta.com"}


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0

    def code(self):
        return "%06d" % self.rng.randrange(0, 1000000)

    def ref(self):
        return str(self.rng.randrange(10 ** 14, 10 ** 16))


def pass_verdict(from_addr, rng, spf="pass"):
    dom = from_addr.split("@")[1]
    d = ORG.get(dom, dom) if rng.random() < 0.5 else dom
    ip = "66.220.%d.%d" % (rng.choice([144, 155, 149]), rng.randrange(10, 250))
    helo = "mx-out.facebook.com" if "facebook" in dom else ("mail-%s.%s" % (rng.randrange(100, 999), dom))
    mailfrom = from_addr.split("@")[0].split("-")[0] + "+" + "zj%x@" % rng.randrange(10 ** 8) + dom
    return {"dkim": "pass", "d": d, "spf": spf, "mailfrom": mailfrom, "dmarc": "pass", "hfrom": dom, "ip": ip, "helo": helo}


def fill(paras, lang, plat, rnd, link_url, code, ref, name, code_spaced=False, policy_link=False):
    t = T[lang]
    out = []
    for p in paras:
        if p == "@LINK":
            out.append(("link", t["link"], link_url))
            if policy_link:
                out.append(("link", {"en": "Privacy Policy", "de": "Datenschutzrichtlinie", "fr": "Politique de confidentialité"}.get(lang, "Privacy Policy"),
                            "https://www.facebook.com/privacy/policy/" if plat != "instagram" else "https://privacycenter.instagram.com/policy/"))
        elif p == "@CODE":
            out.append(("code", code[:3] + " " + code[3:] if code_spaced else code))
        else:
            out.append(p.format(name=name, date=WC.fmt(lang, rnd, 1 if lang == "en" and plat == "instagram" else 0) if rnd else "",
                                last=WC.fmt(lang, rnd - dt.timedelta(days=1)) if rnd else "", code=code, ref=ref))
    return out


FOOT = {"en": "This message was sent to {addr}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland. To help keep your account secure, please don't forward this email.",
        "de": "Diese Nachricht wurde an {addr} gesendet. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland. Bitte leite diese E-Mail nicht weiter, um dein Konto zu schützen.",
        "fr": "Ce message a été envoyé à {addr}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlande. Pour protéger votre compte, ne transférez pas cet e-mail."}

TEMPLATE_KIND = {"notice": "policy_notice", "notice_legal": "policy_notice", "reminder": "policy_notice", "code": "verification_code",
                 "received": "objection_received", "accepted": "objection_accepted", "refused": "objection_refused",
                 "moreinfo": "objection_refused"}


def meta(ctx, pid, tmpl, plat, when, rnd=None, lang=None, layout="alt", cs="utf-8", cte="quoted-printable", wrap=None,
         fake=None, second_lang=None, quote=None, code_spaced=False, link_override=None, spf="pass", from_override=None,
         policy_link=False, preheader=True, role=None, extra_paras=None, locale_q=False):
    rng = ctx.rng
    first, full, rcpt, prov, plang = P[pid]
    lang = lang or plang
    kind = TEMPLATE_KIND[tmpl]
    role = role or {"policy_notice": "notice", "verification_code": "code"}.get(kind, "answer")
    disp, faddr = SENDERS.get((plat, role), SENDERS[(plat, "notice")])
    if from_override:
        disp, faddr = from_override
    code = ctx.code() if kind == "verification_code" else None
    ref = ctx.ref() if kind not in ("policy_notice", "verification_code") else None
    form = FORMS.get((plat if plat in ("facebook", "instagram") else "facebook", rnd)) if rnd else None
    if form and locale_q:
        form += "?locale=%s_%s" % (lang, lang.upper() if lang != "en" else "GB")
    link_url = link_override or form
    subj, paras = T[lang][tmpl]
    subj = subj.format(code=code, date=WC.fmt(lang, rnd) if rnd else "")
    body = fill(paras, lang, plat, rnd, link_url, code, ref, first, code_spaced, policy_link)
    if second_lang:
        s2, p2 = T[second_lang][tmpl]
        body += ["—— " + {"en": "English version", "fr": "Version française", "sv": "Svensk version", "nl": "Nederlandse versie", "de": "Deutsche Fassung",
                            "ga": "Leagan Gaeilge", "fi": "Suomenkielinen versio", "mt": "Verżjoni bil-Malti"}[second_lang] + " ——"]
        body += fill(p2, second_lang, plat, rnd, link_url, code, ref, first)
        pass  # subject stays in the first language
    if extra_paras:
        body += extra_paras
    if quote:
        body.append(("quote", quote))
    body.append(FOOT.get(lang, "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5 - {addr}").format(addr=rcpt))
    pre = None
    if preheader and layout != "text":
        pre = next((b for b in body[1:] if isinstance(b, str)), None)
        pre = pre[:110] if pre else None
    verdict = pass_verdict(faddr, rng, spf)
    extra_below, dup = None, None
    authentic = True
    if fake == "dmarcfail":
        verdict.update(dkim=rng.choice(["fail", None]), spf=rng.choice(["softfail", "fail"]), dmarc="fail",
                       ip="185.225.%d.%d" % (rng.randrange(256), rng.randrange(256)), helo="vps%d.cloudhost-eu.example" % rng.randrange(1000))
        if verdict["dkim"] is None:
            verdict["d"] = None
        authentic = False
    elif fake in ("lookalike", "display"):
        dom = faddr.split("@")[1]
        verdict = {"dkim": "pass", "d": dom, "spf": "pass", "mailfrom": "bounce@" + dom, "dmarc": "pass", "hfrom": dom,
                   "ip": "45.134.%d.%d" % (rng.randrange(256), rng.randrange(256)), "helo": "smtp." + dom}
        authentic = False
    elif fake == "forged":
        v2 = dict(verdict)
        verdict = {"dkim": None, "d": None, "spf": None, "mailfrom": verdict["mailfrom"], "dmarc": None, "hfrom": None,
                   "ip": "91.92.%d.%d" % (rng.randrange(256), rng.randrange(256)), "helo": "relay.mailsend-pro.example"}
        extra_below = [HH.fmt_ar("mx.google.com", HH.ar_body(v2, "forged"))]
        authentic = False
    elif fake == "dupfrom":
        dup = "Facebook Support <support-team@fb-care.example>"
        authentic = False
    raw = MB.assemble(provider=prov, rcpt_name=full, rcpt=rcpt, from_name=disp, from_addr=faddr, subject=subj, date=when,
                      paras=body, layout=layout, cs=cs, cte=cte, wrap=wrap, preheader=pre, verdict=verdict,
                      sid="%s-%d" % (pid, ctx.n), extra_below_entry=extra_below, dup_from=dup,
                      msgid_domain="facebookmail.com" if "facebook" in faddr else None)
    ctx.n += 1
    has_link = any(isinstance(b, tuple) and b[0] == "link" and b[2] == link_url for b in body)
    objurl = None
    if has_link and link_url and link_url.startswith("https://") and wrap != "mimecast":
        host = link_url.split("/")[2]
        if "@" not in host and (host.endswith(".facebook.com") or host.endswith(".instagram.com") or host in ("facebook.com", "instagram.com")):
            objurl = link_url
    dplat = disp.split()[0].lower()
    platform = dplat if dplat in ("facebook", "instagram", "messenger", "whatsapp", "meta") else plat
    label = {"kind": kind, "platform": platform, "language": lang, "code": code,
             "deadline": rnd.isoformat() if (kind == "policy_notice" and rnd) else None,
             "objection_url": objurl, "reference": ref, "authentic": authentic, "account": rcpt}
    return {"raw": raw, "label": label, "date": when, "pid": pid, "tag": "%s-%s-%s" % (pid, tmpl, plat), "text_ref": ref}


def other(ctx, pid, idx, when, layout="alt", cs="utf-8", cte="quoted-printable", fake=None):
    lang, plat, local, subj, paras = wording_misc.OTHER[idx]
    rng = ctx.rng
    first, full, rcpt, prov, plang = P[pid]
    code = ctx.code()
    ref = ctx.ref() if "{ref}" in "".join(paras) else None
    dom = {"instagram": "mail.instagram.com", "whatsapp": "whatsapp.com", "meta": "facebookmail.com"}.get(plat, "facebookmail.com")
    disp = {"facebook": "Facebook", "instagram": "Instagram", "messenger": "Messenger", "whatsapp": "WhatsApp", "meta": "Meta"}[plat]
    faddr = "%s@%s" % (local, dom)
    if fake:
        faddr = "%s@instagram-helpcentre.example" % local
    body = [p.format(name=first, ref=ref) if p != "@CODE" else ("code", code) for p in paras]
    body.append(FOOT.get(lang, "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5 - {addr}").format(addr=rcpt))
    v = pass_verdict(faddr, rng)
    if fake:
        v.update(d="instagram-helpcentre.example", hfrom="instagram-helpcentre.example", mailfrom="b@instagram-helpcentre.example", ip="45.134.1.7", helo="smtp.instagram-helpcentre.example")
    raw = MB.assemble(provider=prov, rcpt_name=full, rcpt=rcpt, from_name=disp, from_addr=faddr,
                      subject=subj.format(code=code), date=when, paras=body, layout=layout, cs=cs, cte=cte,
                      preheader=body[1] if isinstance(body[1], str) else None, verdict=v, sid="%s-o%d" % (pid, ctx.n))
    ctx.n += 1
    label = {"kind": "other_meta", "platform": plat, "language": lang, "code": None, "deadline": None, "objection_url": None,
             "reference": ref, "authentic": not fake, "account": rcpt}
    return {"raw": raw, "label": label, "date": when, "pid": pid, "tag": "%s-other%d" % (pid, idx)}
