# -*- coding: utf-8 -*-
"""The Meta(-looking) part of the batch: flows per person, fakes, other Meta mail."""
import datetime as dt
from gen_meta import meta, other, R24, R25, R27, FORMS
from people import P

LEG = {"de": "iso-8859-1", "fr": "windows-1252", "it": "iso-8859-15", "es": "windows-1252", "pt": "iso-8859-1", "nl": "windows-1252",
       "en": "windows-1252", "ga": "iso-8859-1", "sv": "iso-8859-1", "da": "iso-8859-1", "no": "iso-8859-1", "fi": "iso-8859-15",
       "is": "iso-8859-1", "pl": "iso-8859-2", "cs": "windows-1250", "sk": "iso-8859-2", "sl": "iso-8859-2", "hr": "windows-1250",
       "hu": "iso-8859-2", "ro": "iso-8859-16", "el": "iso-8859-7", "bg": "windows-1251", "et": "iso-8859-15", "lt": "windows-1257",
       "lv": "iso-8859-13", "mt": "iso-8859-3"}
COMBOS = [("alt", 0, "quoted-printable"), ("html", 0, "quoted-printable"), ("text", 1, "quoted-printable"), ("related", 0, "quoted-printable"),
          ("alt", 0, "base64"), ("html", 1, "8bit"), ("alt", 1, "quoted-printable"), ("text", 0, "base64"), ("html", 0, "base64"), ("text", 1, "8bit")]
WRAP_BY_PROV = {"outlook": "safelinks", "gmail": "meta", "orange": "meta", "yahoo": "meta", "gmx": "meta"}


def D(y, m, d, h=9, mi=12, tz=0):
    return dt.datetime(y, m, d, h, mi, 7, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


class Plan:
    def __init__(self, ctx):
        self.ctx, self.msgs, self.by = ctx, [], {}
        self.k = 0

    def add(self, name, rec):
        rec["name"] = name
        self.msgs.append(rec)
        self.by[name] = rec
        return rec

    def m(self, name, pid, tmpl, plat, when, **kw):
        lang = kw.get("lang") or P[pid][4]
        if "layout" not in kw:
            lay, leg, cte = COMBOS[self.k % len(COMBOS)]
            self.k += 1
            kw.update(layout=lay, cs=LEG[lang] if leg else "utf-8", cte=cte)
        if "wrap" not in kw and tmpl in ("notice", "notice_legal", "reminder", "refused"):
            kw["wrap"] = WRAP_BY_PROV.get(P[pid][3]) if self.k % 3 else None
        return self.add(name, meta(self.ctx, pid, tmpl, plat, when, **kw))


def build(ctx):
    pl = Plan(ctx)
    m = pl.m
    # ---- English: Oliver (Gmail), full 2025 FB flow + 2024 IG with more-info request; future round
    m("oliver-n25", "oliver", "notice", "facebook", D(2025, 4, 15, 7, 2, 1), rnd=R25, policy_link=True)
    m("oliver-c25", "oliver", "code", "facebook", D(2025, 5, 3, 20, 41, 1), code_spaced=True, layout="html", cs="utf-8", cte="quoted-printable")
    m("oliver-r25", "oliver", "received", "facebook", D(2025, 5, 3, 20, 44, 1))
    m("oliver-a25", "oliver", "accepted", "facebook", D(2025, 5, 4, 11, 5, 1))
    m("oliver-n24ig", "oliver", "notice", "instagram", D(2024, 5, 23, 18, 30, 1), rnd=R24)
    m("oliver-c24ig", "oliver", "code", "instagram", D(2024, 6, 2, 9, 1, 1))
    m("oliver-mi24ig", "oliver", "moreinfo", "instagram", D(2024, 6, 9, 14, 0, 1),
      quote=["On 2 Jun 2024, Instagram <noreply@support.facebook.com> wrote:", "Thank you for contacting us. We have received your objection.",
             "Case number: 8812039957714420"])
    m("oliver-n27", "oliver", "notice_legal", "facebook", D(2026, 11, 24, 6, 15, 0), rnd=R27, wrap="google")
    m("oliver-rem27", "oliver", "reminder", "facebook", D(2027, 1, 12, 8, 0, 0), rnd=R27)
    # ---- Irish: Siobhán (Outlook.com), bilingual ga/en notice, code, received, refused (en)
    m("siobhan-n25", "siobhan", "notice", "facebook", D(2025, 4, 16, 10, 0, 1), rnd=R25, lang="en", second_lang="ga", wrap="safelinks")
    m("siobhan-c25", "siobhan", "code", "facebook", D(2025, 5, 20, 21, 3, 1))
    m("siobhan-r25", "siobhan", "received", "facebook", D(2025, 5, 20, 21, 9, 1), lang="en")
    m("siobhan-f25", "siobhan", "refused", "facebook", D(2025, 6, 2, 16, 30, 1), rnd=R25, lang="en", wrap="safelinks")
    # ---- Claire (Microsoft 365 firm, Proofpoint), Instagram 2025 legal notice and acceptance
    m("claire-n25ig", "claire", "notice_legal", "instagram", D(2025, 4, 22, 9, 45, 1), rnd=R25, wrap="pp3")
    m("claire-a25ig", "claire", "accepted", "instagram", D(2025, 5, 12, 13, 20, 1))
    m("claire-n27ig", "claire", "notice", "instagram", D(2026, 11, 27, 12, 0, 0), rnd=R27, wrap="pp2")
    # ---- German
    m("jana-n25", "jana", "notice", "facebook", D(2025, 4, 14, 17, 55, 2), rnd=R25, locale_q=True)
    m("jana-c25", "jana", "code", "facebook", D(2025, 5, 6, 19, 2, 2))
    m("jana-r25", "jana", "received", "facebook", D(2025, 5, 6, 19, 6, 2))
    m("jana-f25", "jana", "refused", "facebook", D(2025, 5, 21, 10, 40, 2), rnd=R25, lang="de")
    m("jana-c25b", "jana", "code", "facebook", D(2025, 5, 22, 20, 12, 2))
    m("markus-n24", "markus", "notice", "facebook", D(2024, 5, 24, 8, 48, 2), rnd=R24)
    m("markus-c24", "markus", "code", "facebook", D(2024, 6, 12, 21, 0, 2))
    m("markus-r24", "markus", "received", "facebook", D(2024, 6, 12, 21, 2, 2))
    m("markus-a24", "markus", "accepted", "facebook", D(2024, 6, 13, 7, 30, 2))
    m("markus-n24ig", "markus", "notice", "instagram", D(2024, 5, 25, 9, 14, 2), rnd=R24)
    m("lena-n25ig", "lena", "notice_legal", "instagram", D(2025, 4, 18, 6, 33, 2), rnd=R25)
    m("lena-mi25ig", "lena", "moreinfo", "instagram", D(2025, 5, 15, 11, 11, 2))
    m("lena-n27", "lena", "notice", "facebook", D(2026, 11, 30, 7, 0, 1), rnd=R27)
    m("lena-rem27", "lena", "reminder", "facebook", D(2027, 1, 14, 7, 0, 1), rnd=R27)
    # ---- French
    m("camille-n24", "camille", "notice", "facebook", D(2024, 5, 22, 19, 4, 2), rnd=R24, policy_link=True)
    m("camille-c24", "camille", "code", "facebook", D(2024, 6, 1, 10, 2, 2))
    m("camille-r24", "camille", "received", "facebook", D(2024, 6, 1, 10, 5, 2))
    m("camille-a24", "camille", "accepted", "facebook", D(2024, 6, 3, 8, 0, 2))
    m("camille-n27", "camille", "notice_legal", "facebook", D(2026, 11, 25, 10, 0, 1), rnd=R27)
    m("thomas-n25ig", "thomas", "notice", "instagram", D(2025, 4, 17, 12, 0, 2), rnd=R25)
    m("thomas-c25ig", "thomas", "code", "instagram", D(2025, 5, 10, 22, 15, 2))
    m("thomas-r25ig", "thomas", "received", "instagram", D(2025, 5, 10, 22, 16, 2))
    m("thomas-rem25ig", "thomas", "reminder", "instagram", D(2025, 5, 19, 9, 0, 2), rnd=R25)
    m("nadia-n25", "nadia", "notice", "facebook", D(2025, 4, 16, 8, 0, 2), rnd=R25)
    m("nadia-f25", "nadia", "refused", "facebook", D(2025, 5, 30, 15, 0, 2), rnd=R25)
    m("nadia-mi25", "nadia", "moreinfo", "facebook", D(2025, 6, 4, 15, 0, 2))
    # ---- Italian
    m("francesca-n25", "francesca", "notice", "facebook", D(2025, 4, 15, 11, 0, 2), rnd=R25)
    m("marco-n24", "marco", "notice", "facebook", D(2024, 5, 31, 13, 0, 2), rnd=R24)
    m("marco-c24", "marco", "code", "facebook", D(2024, 6, 20, 23, 1, 2))
    m("marco-r24", "marco", "received", "facebook", D(2024, 6, 20, 23, 3, 2))
    m("marco-a24", "marco", "accepted", "facebook", D(2024, 6, 24, 9, 0, 2))
    m("marco-n25ig", "marco", "notice_legal", "instagram", D(2025, 4, 23, 10, 0, 2), rnd=R25)
    m("marco-c25ig", "marco", "code", "instagram", D(2025, 5, 2, 18, 0, 2))
    m("marco-f25ig", "marco", "refused", "instagram", D(2025, 5, 16, 12, 0, 2), rnd=R25)
    m("marco-mi25ig", "marco", "moreinfo", "instagram", D(2025, 5, 9, 12, 0, 2))
    m("francesca-n27", "francesca", "notice", "facebook", D(2026, 11, 26, 9, 0, 1), rnd=R27)
    # ---- Spanish
    m("pablo-n25", "pablo", "notice", "facebook", D(2025, 4, 14, 16, 0, 2), rnd=R25)
    m("pablo-c25", "pablo", "code", "facebook", D(2025, 5, 25, 22, 0, 2))
    m("pablo-r25", "pablo", "received", "facebook", D(2025, 5, 25, 22, 2, 2))
    m("ines-n24ig", "ines", "notice", "instagram", D(2024, 5, 26, 7, 0, 2), rnd=R24)
    m("ines-n25ig", "ines", "notice_legal", "instagram", D(2025, 4, 24, 7, 0, 2), rnd=R25)
    m("ines-c25ig", "ines", "code", "instagram", D(2025, 5, 1, 12, 0, 2))
    m("ines-a25ig", "ines", "accepted", "instagram", D(2025, 5, 1, 12, 40, 2))
    m("ines-f24ig", "ines", "refused", "instagram", D(2024, 6, 18, 12, 0, 2), rnd=R24)
    m("pablo-n27", "pablo", "notice", "facebook", D(2026, 11, 28, 9, 0, 1), rnd=R27)
    # ---- Polish
    m("kasia-n25", "kasia", "notice", "facebook", D(2025, 4, 15, 9, 0, 2), rnd=R25)
    m("kasia-c25", "kasia", "code", "facebook", D(2025, 5, 5, 9, 0, 2))
    m("kasia-r25", "kasia", "received", "facebook", D(2025, 5, 5, 9, 3, 2))
    m("kasia-f25", "kasia", "refused", "facebook", D(2025, 5, 14, 9, 0, 2), rnd=R25)
    m("piotr-n25ig", "piotr", "notice_legal", "instagram", D(2025, 4, 22, 8, 0, 2), rnd=R25, wrap="barracuda")
    m("piotr-c25ig", "piotr", "code", "instagram", D(2025, 5, 8, 8, 0, 2))
    m("piotr-a25ig", "piotr", "accepted", "instagram", D(2025, 5, 13, 8, 0, 2))
    m("piotr-mi25ig", "piotr", "moreinfo", "instagram", D(2025, 5, 9, 8, 0, 2))
    m("kasia-n24", "kasia", "notice", "facebook", D(2024, 5, 29, 9, 0, 2), rnd=R24)
    # ---- Dutch
    m("sanne-n25", "sanne", "notice", "facebook", D(2025, 4, 14, 20, 0, 2), rnd=R25)
    m("sanne-n25ig", "sanne", "notice", "instagram", D(2025, 4, 14, 20, 30, 2), rnd=R25)
    m("sanne-c25", "sanne", "code", "facebook", D(2025, 4, 30, 19, 0, 2))
    m("sanne-a25ig", "sanne", "accepted", "instagram", D(2025, 5, 7, 10, 0, 2))
    m("sanne-r25", "sanne", "received", "facebook", D(2025, 4, 30, 19, 2, 2))
    m("pieter-n25", "pieter", "notice", "facebook", D(2025, 4, 18, 9, 0, 2), rnd=R25, lang="fr", second_lang="nl")
    m("pieter-mi25", "pieter", "moreinfo", "facebook", D(2025, 5, 12, 9, 0, 2), wrap="mimecast")
    m("pieter-n27", "pieter", "notice_legal", "facebook", D(2026, 11, 29, 9, 0, 1), rnd=R27, wrap="mimecast")
    m("sanne-f24", "sanne", "refused", "facebook", D(2024, 6, 20, 9, 0, 2), rnd=R24)
    # ---- Romanian
    m("andreea-n25", "andreea", "notice", "facebook", D(2025, 4, 16, 9, 0, 3), rnd=R25)
    m("andreea-c25", "andreea", "code", "facebook", D(2025, 5, 11, 21, 0, 3))
    m("andreea-r25", "andreea", "received", "facebook", D(2025, 5, 11, 21, 5, 3))
    m("andreea-a25", "andreea", "accepted", "facebook", D(2025, 5, 18, 9, 0, 3))
    m("mihai-n25", "mihai", "notice_legal", "facebook", D(2025, 4, 20, 9, 0, 3), rnd=R25)
    m("mihai-n25ig", "mihai", "notice", "instagram", D(2025, 4, 20, 9, 30, 3), rnd=R25)
    m("mihai-c25ig", "mihai", "code", "instagram", D(2025, 5, 26, 23, 30, 3))
    m("mihai-f25ig", "mihai", "refused", "instagram", D(2025, 6, 10, 9, 0, 3), rnd=R25)
    m("andreea-n27", "andreea", "notice", "facebook", D(2026, 11, 26, 9, 0, 2), rnd=R27)
    # ---- Portuguese
    m("joana-n25ig", "joana", "notice", "instagram", D(2025, 4, 17, 9, 0, 1), rnd=R25)
    m("joana-c25ig", "joana", "code", "instagram", D(2025, 5, 4, 9, 0, 1))
    m("joana-r25ig", "joana", "received", "instagram", D(2025, 5, 4, 9, 2, 1))
    m("joana-a25ig", "joana", "accepted", "instagram", D(2025, 5, 9, 9, 0, 1))
    m("joana-n24", "joana", "notice", "facebook", D(2024, 5, 27, 9, 0, 1), rnd=R24)
    # ---- smaller languages
    rot = ["code", "received", "accepted", "refused"]
    small = ["tereza", "martin", "elin", "mads", "ingrid", "aino", "ziga", "ivana", "zsofia", "georgi", "eleni", "kadri",
             "rasa", "janis", "gudrun", "maria"]
    for i, pid in enumerate(small):
        lang = P[pid][4]
        plat = "instagram" if i % 3 == 1 else "facebook"
        rnd = [R25, R24, R25, R27][i % 4]
        base = {R24: D(2024, 5, 23, 10, 0, 2), R25: D(2025, 4, 15, 10, 0, 2), R27: D(2026, 11, 25, 10, 0, 1)}[rnd]
        bil = {"fi": ("sv", "fi"), "mt": ("en", "mt")}.get(lang, (lang, None))
        m("%s-n" % pid, pid, "notice", plat, base + dt.timedelta(hours=i), rnd=rnd, lang=bil[0], second_lang=bil[1])
        for j in range(2):
            t = rot[(i + j) % 4]
            if t == "refused" and "refused" not in __import__("gen_meta").T[lang]:
                t = "received"
            if t == "refused" and rnd == R27:
                t = "received"
            m("%s-%s" % (pid, t), pid, t, plat, base + dt.timedelta(days=7 + j, hours=i), rnd=rnd,
              lang=lang if t != "refused" or lang in __import__("gen_meta").T else "en")
    # ---- fakes (content labelled as Meta's, never authentic)
    m("fake-lookalike-n25", "oliver", "notice", "meta", D(2025, 5, 20, 6, 0, 1), rnd=R25,
      from_override=("Meta Privacy Center", "privacy@meta-privacycenter.example"), fake="lookalike",
      link_override="https://meta-privacycenter.example/object?id=77123")
    m("fake-dmarc-a25", "camille", "accepted", "facebook", D(2025, 5, 2, 6, 0, 2), fake="dmarcfail",
      from_override=("Facebook", "security@facebookmail.com"))
    m("fake-code-ig", "jana", "code", "instagram", D(2025, 5, 7, 3, 0, 2), fake="lookalike",
      from_override=("Instagram", "no-reply@mail-instagram.example"))
    m("fake-refused-it", "francesca", "refused", "facebook", D(2025, 5, 12, 8, 0, 2), rnd=R25, fake="display",
      from_override=("Facebook Privacy", "privacy.facebook.team@gmail-noreply.example"),
      link_override="https://facebook-com.verify-objection.example/ricorso")
    m("fake-forged-n25", "francesca", "notice", "facebook", D(2025, 4, 21, 8, 0, 2), rnd=R25, fake="forged")
    m("fake-dup-a25", "kasia", "accepted", "facebook", D(2025, 5, 15, 8, 0, 2), fake="dupfrom")
    m("fake-display-r25", "sanne", "received", "facebook", D(2025, 5, 1, 8, 0, 2), fake="display",
      from_override=("Facebook Privacy Team", "fb.privacy.team@outlook.example"))
    m("fake-dmarc-n25ig", "andreea", "notice", "instagram", D(2025, 4, 25, 8, 0, 3), rnd=R25, fake="dmarcfail")
    m("fake-userinfo-n27", "lena", "notice", "facebook", D(2026, 12, 1, 5, 0, 1), rnd=R27, fake="dmarcfail",
      link_override="https://www.facebook.com@objection-form.example/help/contact/1089374216648310")
    m("fake-tseznam-code", "tereza", "code", "facebook", D(2025, 5, 3, 2, 0, 2), fake="forged")
    m("fake-dmarc-mi", "pablo", "moreinfo", "facebook", D(2025, 5, 28, 8, 0, 2), lang="es" if "moreinfo" in __import__("gen_meta").T["es"] else "en",
      fake="dmarcfail")
    # ---- authentic with SPF failing but DKIM/DMARC passing (SPF alone never decides)
    m("thomas-a25ig", "thomas", "accepted", "instagram", D(2025, 5, 21, 10, 0, 2), spf="softfail")
    # ---- Meta-branded answer (display name "Meta Privacy")
    m("nadia-meta-r", "nadia", "received", "meta", D(2025, 5, 18, 8, 0, 2))
    # ---- other Meta mail
    others = ["oliver", "jana", "camille", "marco", "pablo", "kasia", "sanne", "andreea", "siobhan", "thomas",
              "markus", "claire", "francesca", "oliver", "elin", "joana", "ines", "pieter", "piotr"]
    for i, pid in enumerate(others):
        lay, leg, cte = COMBOS[i % len(COMBOS)]
        lang = __import__("wording_misc").OTHER[i][0]
        pl.add("other-%d" % i, other(ctx, pid, i, D(2025, 3 + i % 9, 1 + i, 12, 0, 1), layout=lay,
                                     cs=LEG[lang] if leg else "utf-8", cte=cte))
    pl.add("other-fake", other(ctx, "mihai", 17, D(2025, 6, 3, 4, 0, 3), fake=True))
    return pl
