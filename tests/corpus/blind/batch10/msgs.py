"""Message specs: per-language stories plus extra mails. Labels follow docs/contract.md."""
import random
from datetime import datetime, timedelta, timezone
from w_west import W as A
from w_north import W as B
from w_east import W as C

W = {}
W.update(A); W.update(B); W.update(C)
LANGS = "bg cs da de el en es et fi fr ga hr hu is it lt lv mt nl no pl pt ro sk sl sv".split()
PT = timezone(timedelta(hours=-7))
R = random.Random(1010)

URL = {("facebook", "2024-06-26"): "https://www.facebook.com/help/contact/712876720715583",
       ("facebook", "2025-05-27"): "https://www.facebook.com/help/contact/6359191084165019",
       ("facebook", "2026-10-14"): "https://www.facebook.com/privacy/genai/object/",
       ("instagram", "2024-06-26"): "https://help.instagram.com/contact/767264225370182",
       ("instagram", "2025-05-27"): "https://help.instagram.com/contact/233964459562201",
       ("instagram", "2026-10-14"): "https://accountscenter.instagram.com/info_and_permissions/ai_object/"}
NOTICE_DAY = {"2024-06-26": datetime(2024, 5, 22, 9, 0, tzinfo=PT), "2025-05-27": datetime(2025, 4, 14, 10, 0, tzinfo=PT),
              "2026-10-14": datetime(2026, 9, 2, 8, 0, tzinfo=PT)}
SENDER = {"facebook": ("Facebook", "noreply@facebookmail.com", "facebookmail.com"),
          "instagram": ("Instagram", "no-reply@mail.instagram.com", "mail.instagram.com"),
          "messenger": ("Messenger", "notification@facebookmail.com", "facebookmail.com"),
          "meta": ("Meta", "no-reply@meta.com", "meta.com")}
FMTS = ["alt", "html", "plain", "related", "alt", "html"]
CTES = ["qp", "b64", "8bit", "qp"]
REWRITERS = [None, None, "lfb", None, "safelinks", "pp3", "google", None, "barracuda", "pp2", "lig", None]


def fmt_date(L, iso):
    y, m, d = map(int, iso.split("-"))
    return L["df"].format(d=d, m=L["m"][m], y=y)


def ref():
    return str(R.randrange(10 ** 15, 10 ** 16))


def code6():
    return "%06d" % R.randrange(0, 10 ** 6)


def base(lang, kind, platform, date, **kw):
    L = W[lang]
    fn, ln = L["who"]
    m = dict(lang=lang, kind=kind, platform=platform, date=date, to_name="%s %s" % (fn, ln),
             to_addr=kw.pop("to_addr", "%s.%s@%s" % (ascii_name(fn), ascii_name(ln), L["dom"])),
             provider=L["prov"], cs=L["cs"], code=None, deadline=None, url=None, ref=None, authentic=True,
             fmt="alt", cte="qp", preheader=None, rewrite=None, narrow=False, fake=None)
    if platform:
        n, a, d = SENDER[platform]
        m.update(from_name=n, from_addr=a, dkim_d=d)
    m.update(kw)
    return m


def ascii_name(s):
    import unicodedata
    tr = {"ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ł": "l", "ß": "ss"}
    s = "".join(tr.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    if not s.strip():
        s = {"десислава": "desislava", "петрова": "petrova", "ελένη": "eleni", "παπαδοπούλου": "papadopoulou"}.get(s, "x")
    return s.replace(" ", "").replace("'", "")


TRANSLIT = {"Десислава": "desislava", "Петрова": "petrova", "Ελένη": "eleni", "Παπαδοπούλου": "papadopoulou"}


def addr_of(lang):
    L = W[lang]
    fn, ln = L["who"]
    a = TRANSLIT.get(fn) or ascii_name(fn)
    b = TRANSLIT.get(ln) or ascii_name(ln)
    return "%s.%s@%s" % (a, b, L["dom"])


def notice(lang, platform, rnd, date, i, extra_top=None, extra_end=None, subj=None, **kw):
    L = W[lang]
    dstr = fmt_date(L, rnd)
    url = URL[(platform, rnd)]
    prod = platform.capitalize()
    blocks = [("p", L["hi"].format(n=L["who"][0]))]
    if extra_top:
        blocks += [("p", t) for t in extra_top]
    blocks += [("p", p.format(date=dstr)) for p in L["nb"]]
    if extra_end:
        blocks += [("p", t) for t in extra_end]
    blocks += [("links", [(L["an"], url), (L["pol"], "https://www.%s.com/privacy/policy/" % ("facebook" if platform != "instagram" else "instagram"))]),
               ("p", L["sg"].format(p=prod)), ("raw", L["ft"].format(addr=addr_of(lang)))]
    kw.setdefault("fmt", FMTS[i % len(FMTS)])
    kw.setdefault("cte", CTES[i % len(CTES)])
    kw.setdefault("rewrite", REWRITERS[i % len(REWRITERS)])
    return base(lang, "policy_notice", platform, date, subject=subj or L["ns"], blocks=blocks, deadline=rnd,
                url=url, preheader=L["nb"][0][:90], **dict({'to_addr': addr_of(lang)}, **kw))


def code_mail(lang, platform, date, i, c=None, spaced=False, **kw):
    L = W[lang]
    c = c or code6()
    shown = c[:3] + " " + c[3:] if spaced else c
    blocks = [("p", L["hi"].format(n=L["who"][0])), ("p", L["cb"]), ("code", shown), ("p", L["ce"]),
              ("p", L["sg"].format(p=platform.capitalize())), ("raw", L["ft"].format(addr=addr_of(lang)))]
    kw.setdefault("fmt", ["html", "alt", "plain"][i % 3])
    kw.setdefault("cte", CTES[(i + 1) % len(CTES)])
    return base(lang, "verification_code", platform, date, subject=kw.pop("subject", L["cs_"]), blocks=blocks, code=c,
                **dict({'to_addr': addr_of(lang)}, **kw))


def answer(lang, platform, kind, date, i, r=None, extra=None, form=False, rnd=None, quote=None, **kw):
    L = W[lang]
    r = r or ref()
    key = {"objection_received": ("rs", "rb"), "objection_accepted": ("as_", "ab"), "objection_refused": ("xs", "xb")}[kind]
    blocks = [("p", L["hi"].format(n=L["who"][0])), ("p", L[key[1]])]
    if extra:
        blocks += [("p", t) for t in extra]
    blocks.append(("p", L["ref"].format(ref=r)))
    url = None
    if form:
        url = URL[(platform, rnd)]
        blocks.append(("link", L["an"], url))
    blocks += [("p", L["sg"].format(p=platform.capitalize())), ("raw", L["ft"].format(addr=addr_of(lang)))]
    if quote:
        blocks.append(("quote", quote))
    kw.setdefault("fmt", ["plain", "alt", "html", "alt"][i % 4])
    kw.setdefault("cte", CTES[(i + 2) % len(CTES)])
    kw.setdefault("rewrite", REWRITERS[(i + 3) % len(REWRITERS)] if form else None)
    return base(lang, kind, platform, date, subject=kw.pop("subject", L[key[0]]), blocks=blocks, ref=r, url=url,
                **dict({'to_addr': addr_of(lang)}, **kw))


def other(lang, platform, date, i, **kw):
    L = W[lang]
    c = code6()
    blocks = [("p", L["ob"].format(n=L["who"][0], code=c)), ("raw", L["ft"].format(addr=addr_of(lang)))]
    return base(lang, "other_meta", platform, date, subject=L["os"].format(code=c), blocks=blocks,
                to_addr=addr_of(lang), fmt=["html", "alt"][i % 2], cte=CTES[(i + 3) % 4], **kw)


def forward(lang, inner, date, i, **kw):
    """A friend forwards a Meta mail: unrelated, all fields null."""
    L = W[lang]
    friend = "%s@%s" % (["anna", "jan", "mia", "leo", "eva"][i % 5], "friends." + L["dom"])
    from mimeb import render_text
    quoted = render_text(inner["blocks"]).replace(inner["to_addr"], "…")
    blocks = [("p", L["fn"]), ("p", "---------- %s ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s" % (
        L["fw"], inner["from_name"], inner["from_addr"], inner["date"].strftime("%a, %d %b %Y %H:%M"), inner["subject"], inner["to_name"])),
        ("raw", quoted)]
    pref = {"de": "WG", "fr": "TR", "es": "RV", "it": "I", "pt": "Fwd", "nl": "Fwd", "sv": "VB", "da": "VS", "no": "VS",
            "fi": "VL", "pl": "PD", "cs": "Fwd", "hu": "Fwd", "el": "ΠΡΘ"}.get(lang, "Fwd")
    m = base(lang, "unrelated", None, date, subject="%s: %s" % (pref, inner["subject"]), blocks=blocks,
             from_name=None, from_addr=friend, to_addr=addr_of(lang), fmt="plain" if i % 2 else "alt", cte="qp" if i % 3 else "8bit", **kw)
    m["authentic"] = None
    m["url_present"] = inner.get("url")
    return m
