#!/usr/bin/env python3
"""Blind batch 8 generator (deterministic). Writes eml/, manifest.jsonl, scenarios/."""
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import assemble  # noqa: E402
import extra  # noqa: E402
from build import ROUNDS, W  # noqa: E402
from plan import PER, Plan, d, tz  # noqa: E402
from status import expected  # noqa: E402

R = random.Random(80808)
HERE = os.path.dirname(os.path.abspath(__file__))
p = Plan(R)
KIND = {"n": "policy_notice", "c": "verification_code", "r": "objection_received", "a": "objection_accepted",
        "x": "objection_refused", "i": "objection_refused"}
STEP = {"n": 0, "c": 3 * 24 * 60, "r": 3 * 24 * 60 + 2, "a": 3 * 24 * 60 + 300, "x": 5 * 24 * 60, "i": 5 * 24 * 60}


DELTA = {"n": 0, "c": 2 * 24 * 60, "r": 2, "a": 6 * 60, "x": 2 * 24 * 60, "i": 2 * 24 * 60}


def flow(key, plat, rnd, start, steps, gap=0, **kw):
    out = {"seq": []}
    t = start
    for k, ch in enumerate(steps):
        t = t + dt.timedelta(minutes=DELTA[ch] if k else 0)
        extra_kw = dict(kw.get(ch, {}))
        if ch == "i":
            extra_kw.setdefault("info", True)
        out[ch] = p.add(key, KIND[ch], plat, rnd, t, **extra_kw)
        out["seq"].append(out[ch])
    return out


S = {}
# ---- English (Ireland), Gmail, 2024 + future round
S["en_fb24"] = flow("en", "facebook", "2024", d(2024, 5, 23, 9, 12), "ncra", a=dict(quote_ref="3390127755410023"))
S["en_fb24_rem"] = p.add("en", "policy_notice", "facebook", "2024", d(2024, 6, 18, 17, 40), subj=2)
S["en_ig24"] = flow("en", "instagram", "2024", d(2024, 5, 27, 20, 5), "nc", n=dict(wrap="lfb"))
S["en_fb26"] = p.add("en", "policy_notice", "facebook", "2026", d(2026, 8, 26, 8, 30), numdate=True)
S["en_unknown"] = flow("en", "messenger", "2025", d(2025, 5, 2, 12, 0), "cr")
S["en_fake"] = p.add("en", "objection_accepted", "facebook", None, d(2024, 6, 2, 3, 11), fake="spoof",
                     from_name="Facebook", from_addr="security@facebookmail.com")
# ---- French
S["fr_fb25"] = flow("fr", "facebook", "2025", d(2025, 4, 15, 11, 2), "ncrx")
S["fr_ig25"] = p.add("fr", "policy_notice", "instagram", "2025", d(2025, 4, 16, 7, 45))
S["fr2_fb25"] = flow("fr2", "facebook", "2025", d(2025, 4, 18, 18, 20), "nca", n=dict(sender="facebook2"))
S["fr2_ig24"] = p.add("fr2", "policy_notice", "instagram", "2024", d(2024, 5, 31, 6, 0))
S["fr_fake"] = p.add("fr", "policy_notice", "meta", "2025", d(2025, 5, 20, 9, 0), fake="lookalike",
                     from_name="Meta Confidentialité", from_addr="confidentialite@meta-privacy-centre.com",
                     fake_url="https://meta-privacy-centre.com/opposition/valider")
# ---- German
S["de_fb25"] = flow("de", "facebook", "2025", d(2025, 4, 14, 16, 30), "ncra")
S["de_undated"] = p.add("de", "policy_notice", "facebook", "2025", d(2025, 5, 6, 10, 0), undated=True)
S["de_fb26"] = flow("de", "facebook", "2026", d(2026, 8, 27, 9, 0), "nc")
S["de2_fb25"] = flow("de2", "facebook", "2025", d(2025, 4, 22, 8, 10), "ncri", n=dict(wrap="safelinks"),
                     i=dict(offer_form=True, wrap="safelinks"))
S["de2_ig25"] = p.add("de2", "policy_notice", "instagram", "2025", d(2025, 4, 23, 8, 10), wrap="pp3")
S["de3_ig26"] = flow("de3", "instagram", "2026", d(2026, 9, 1, 19, 0), "ncr")
S["de3_fake"] = p.add("de3", "verification_code", "instagram", None, d(2026, 9, 3, 2, 14), fake="forged")
# ---- Italian
S["it_fb25"] = flow("it", "facebook", "2025", d(2025, 4, 17, 10, 0), "ncra")
S["it_ig25"] = flow("it", "instagram", "2025", d(2025, 4, 19, 10, 0), "nc", n=dict(wrap="lfb"))
S["it_fake"] = p.add("it", "objection_accepted", "instagram", None, d(2025, 5, 21, 23, 0), fake="display",
                     from_name="Instagram Privacy", from_addr="instagram.privacy.team@outlook.com")
# ---- Spanish
S["es_fb24"] = flow("es", "facebook", "2024", d(2024, 5, 24, 13, 0), "ncrx")
S["es_fb25"] = flow("es", "facebook", "2025", d(2025, 4, 20, 13, 0), "nca")
S["es_ig25"] = p.add("es", "policy_notice", "instagram", "2025", d(2025, 4, 21, 9, 0), wrap="pp2")
# ---- Portuguese
S["pt_fb25"] = flow("pt", "facebook", "2025", d(2025, 4, 16, 21, 0), "ncra")
S["pt_ig25"] = flow("pt", "instagram", "2025", d(2025, 4, 17, 21, 0), "ncr")
S["pt_en"] = p.add("pt", "policy_notice", "meta", "2026", d(2026, 8, 30, 9, 0), lang="en", sender="meta")
# ---- Dutch (Flemish, Telenet) + Proton + self-hosted
S["nl_fb25"] = flow("nl", "facebook", "2025", d(2025, 4, 15, 9, 0), "ncrica", i=dict(offer_form=True),
                    gap=60 * 24)
S["nl_ig25"] = flow("nl", "instagram", "2025", d(2025, 4, 16, 9, 0), "nc")
S["nl2_fb24"] = flow("nl2", "facebook", "2024", d(2024, 6, 1, 10, 0), "ncr", n=dict(wrap="google"))
S["nl2_fr"] = p.add("nl2", "policy_notice", "instagram", "2024", d(2024, 6, 2, 10, 0), lang="fr")
S["nl3_noar"] = p.add("nl3", "policy_notice", "facebook", "2025", d(2025, 4, 20, 10, 0), fake="noar")
S["nl3_arc"] = p.add("nl3", "objection_accepted", "facebook", "2025", d(2025, 4, 29, 10, 0), fake="arc_untrusted")
# ---- Polish: two mailboxes
S["pl_fb25"] = flow("pl", "facebook", "2025", d(2025, 4, 14, 12, 0), "ncra")
S["pl_ig25"] = flow("pl", "instagram", "2025", d(2025, 4, 15, 12, 0), "ncr")
S["pl_fake"] = p.add("pl", "verification_code", "facebook", None, d(2025, 4, 18, 1, 0), fake="dupfrom")
# ---- Romanian
S["ro_fb25"] = p.add("ro", "policy_notice", "facebook", "2025", d(2025, 4, 25, 14, 0))
S["ro_ig25"] = flow("ro", "instagram", "2025", d(2025, 4, 26, 14, 0), "ncrx")
S["ro_fb24"] = flow("ro", "facebook", "2024", d(2024, 5, 30, 14, 0), "ncra")
# ---- Swedish
S["sv_fb25"] = flow("sv", "facebook", "2025", d(2025, 4, 14, 8, 0), "ncrica", gap=60 * 24)
S["sv_ms27"] = flow("sv", "messenger", "2027", d(2027, 1, 8, 8, 0), "nc", n=dict(sender="messenger"),
                    c=dict(sender="messenger"))
S["sv2_fb26"] = flow("sv2", "facebook", "2026", d(2026, 9, 2, 7, 0), "nca", n=dict(wrap="barracuda"))
S["sv2_mc"] = p.add("sv2", "policy_notice", "instagram", "2026", d(2026, 9, 3, 7, 0), wrap="mimecast")
# ---- shorter languages
for k, plat, rnd, t0, steps in [
        ("cs", "facebook", "2025", d(2025, 4, 18, 9), "ncra"), ("sk", "facebook", "2025", d(2025, 4, 19, 9), "ncr"),
        ("hu", "instagram", "2025", d(2025, 4, 20, 9), "ncra"), ("hr", "facebook", "2024", d(2024, 6, 3, 9), "ncr"),
        ("bg", "facebook", "2025", d(2025, 4, 21, 9), "ncra"), ("el", "instagram", "2024", d(2024, 6, 4, 9), "ncr"),
        ("lt", "facebook", "2026", d(2026, 9, 5, 9), "ncra"), ("da", "facebook", "2025", d(2025, 4, 22, 9), "nca"),
        ("fi", "instagram", "2026", d(2026, 9, 6, 9), "ncr"), ("no", "facebook", "2025", d(2025, 4, 23, 9), "ncra")]:
    S[k + "_" + plat] = flow(k, plat, rnd, t0, steps)
S["cs_ig"] = p.add("cs", "policy_notice", "instagram", "2025", d(2025, 4, 18, 15))
S["hu_fb"] = p.add("hu", "policy_notice", "facebook", "2025", d(2025, 4, 20, 15))
S["el_fb"] = p.add("el", "policy_notice", "facebook", "2025", d(2025, 4, 24, 15))
S["fi_en"] = p.add("fi", "verification_code", "instagram", None, d(2026, 9, 7, 9), lang="en")

# ---- other Meta mail
OM = []
for key in ["en", "fr", "de", "it", "es", "pt", "nl", "pl", "ro", "sv"]:
    L = W[PER[key]["lang"]]
    for j, (subj, txt) in enumerate(L["om"]):
        plat = "instagram" if ("Instagram" in txt or "Instagram" in subj) else "facebook"
        OM.append(p.add(key, "other_meta", plat, None, d(2025, 3, 3 + j * 7, 11, 11), om=(subj, txt)))
for j, (plat, subj, txt) in enumerate(extra.EN_OM_EXTRA):
    key = ["fi", "da", "cs"][j]
    OM.append(p.add(key, "other_meta", plat, None, d(2025, 2, 10 + j, 15), lang="en", om=(subj, txt),
                    mention_form=(plat == "meta")))
S["om"] = OM

# ---- unrelated: forwards, replies, newsletters, personal
UN = []
FW = [("fr2", "fr", "fr_fb25", "n"), ("de3", "de", "de_fb25", "a"), ("es", "es", "es_fb25", "n"),
      ("it", "it", "it_fb25", "c"), ("pl", "pl", "pl_ig25", "n"), ("nl2", "nl", "nl_fb25", "a"),
      ("ro", "ro", "ro_fb24", "r"), ("sv2", "sv", "sv_fb25", "n"), ("en", "en", "en_fb24", "n"),
      ("pt", "pt", "pt_fb25", "x" if False else "a")]
for j, (to, lang, src, ch) in enumerate(FW):
    inner = S[src][ch]
    UN.append(p.add(to, "unrelated", None, None, inner["when"] + dt.timedelta(hours=5 + j), lang=lang, builder="forward",
                    inner=dict(inner), orig_persona=inner["persona"]))
for j, (key, friend) in enumerate([("fr", ("Sophie Lambert", "sophie.lambert@laposte.net")),
                                   ("de", ("Jan Krüger", "jan.krueger@t-online.de")),
                                   ("en", ("Aoife Byrne", "aoife.byrne@eircom.net"))]):
    inner = S[{"fr": "fr_fb25", "de": "de_fb25", "en": "en_fb24"}[key]]["n"]
    UN.append(p.add(key, "unrelated", None, None, inner["when"] + dt.timedelta(days=1), builder="reply",
                    inner=dict(inner), friend=friend))
PUBS = {"fr": ("La Lettre Conso (exemple)", "lettre@conso-hebdo.example"), "de": ("Verbraucher-News", "news@verbraucher-news.example"),
        "it": ("Altroconsumo Notizie (esempio)", "notizie@consumatori-news.example"), "nl": ("Consumentengids Nieuwsbrief", "nieuws@consumentenbrief.example"),
        "es": ("Boletín OCU (ejemplo)", "boletin@consumo-boletin.example"), "pl": ("Newsletter Prywatność", "news@prywatnosc-news.example"),
        "en": ("The Privacy Digest", "digest@privacy-digest.example"), "sv": ("Digitala nyheter", "nyhetsbrev@dig-nyheter.example"),
        "pt": ("DECO Proteste Notícias", "noticias@consumo-noticias.example"), "ro": ("Știri Digitale", "stiri@stiri-digitale.example")}
for j, (key, rnd, wr) in enumerate([("fr", "2025", "none"), ("de", "2025", "safelinks"), ("it", "2025", "none"),
                                    ("nl", "2025", "none"), ("es", "2024", "google"), ("pl", "2025", "none"),
                                    ("en", "2024", "pp3"), ("sv", "2025", "none"), ("pt", "2025", "none"),
                                    ("ro", "2025", "none")]):
    lang = PER[key]["lang"]
    UN.append(p.add(key, "unrelated", None, rnd, d(int(rnd), 5 if rnd == "2025" else 6, 10 + j, 7), builder="article",
                    pub=PUBS[lang], wrap=wr))
for key, frm, subj, text in [
    ("fr", ("Maman", "brigitte.rousseau@wanadoo.fr"), "Dimanche", "Coucou ma chérie, on vous attend dimanche à midi. Bisous"),
    ("de", ("Zalando", "info@service-mail.zalando.example"), "Deine Bestellung 10482919573 ist unterwegs",
     "Hallo Lena, deine Bestellung Nr. 10482919573 wurde versandt. Sendungsnummer 00340434161094042557."),
    ("pl", ("Allegro", "powiadomienia@allegro.example"), "Potwierdzenie zamówienia nr 8812004561",
     "Dziękujemy za zakup. Numer zamówienia: 8812004561. Kod odbioru w paczkomacie: 482913."),
    ("it", ("Marco Bianchi", "marco.bianchi71@gmail.com"), "foto della cena", "Ciao Fra, ti mando le foto di sabato. Le metto anche su Facebook?"),
    ("en", ("Revolut", "no-reply@revolut.example"), "Your verification code", "Your Revolut verification code is 731905. Never share it."),
    ("nl", ("Gemeente Gent", "info@stad.gent.example"), "Uw afspraak bij de dienst Burgerzaken",
     "Beste, uw afspraak is bevestigd op 14 mei om 10:20. Dossiernummer 2025-118842.")]:
    UN.append(p.add(key, "unrelated", None, None, d(2025, 5, 9, 18), builder="personal", frm=frm, subj=subj, text=text))
S["un"] = UN


def build_all():
    specs = list(p.specs)
    order = list(range(len(specs)))
    R.shuffle(order)
    rows = []
    for num, k in enumerate(order, 1):
        specs[k]["file"] = "eml/b8-%03d.eml" % num
    for i, s in enumerate(specs):
        b = s.get("builder")
        if s["kind"] == "other_meta":
            data, lab = extra.other_meta(s, R, i)
        elif b:
            data, lab = getattr(extra, b)(s, R, i)
        else:
            data, lab = assemble.meta_msg(s, R, i)
        with open(os.path.join(HERE, s["file"]), "wb") as f:
            f.write(data)
        s["lab"] = lab
        unrel = s["kind"] == "unrelated"
        plat = None if unrel else (s.get("from_plat") or {"facebook2": "facebook"}.get(s.get("sender", s["platform"]),
                                                                                       s.get("sender", s["platform"])))
        s["authentic"] = None if unrel else (not s.get("fake"))
        if s.get("fake") and s.get("from_name"):
            plat = {"Facebook": "facebook", "Instagram Privacy": "instagram"}.get(s["from_name"], "meta")
        s["plat_label"] = plat
        rows.append(dict(file=s["file"], kind=s["kind"], platform=plat, language=s["lang"],
                         code=None if unrel else lab["code"], deadline=None if unrel else lab["deadline"],
                         objection_url=None if unrel else lab["objection_url"],
                         reference=None if unrel else lab["reference"], authentic=s["authentic"],
                         account=s["persona"]["addr"]))
    rows.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return specs


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "eml"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "scenarios"), exist_ok=True)
    for fn in os.listdir(os.path.join(HERE, "eml")):
        os.remove(os.path.join(HERE, "eml", fn))
    specs = build_all()
    import scen
    scen.write(S, HERE)
    print(len(specs), "messages")
