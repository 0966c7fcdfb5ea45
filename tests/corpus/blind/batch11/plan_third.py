# -*- coding: utf-8 -*-
"""Unrelated mail: forwards of Meta mail, replies to Meta, associations, authorities, news, personal."""
import datetime as dt
from email.utils import format_datetime
import gen_meta as GM
import msgbuild as MB
import mimehelp as MH
from people import P
from wording_third import FWD_PREFIX, FWD_LINE, FWD_NOTE, OTHERS
from plan_meta import D, LEG


def label(lang, acct):
    return {"kind": "unrelated", "platform": None, "language": lang, "code": None, "deadline": None,
            "objection_url": None, "reference": None, "authentic": None, "account": acct}


def meta_text(ctx, lang, tmpl, plat, rnd, first):
    subj, paras = GM.T[lang][tmpl]
    code, ref = ctx.code(), ctx.ref()
    body = GM.fill(paras, lang, plat, rnd, GM.FORMS.get((plat, rnd), GM.FORMS[("facebook", GM.R25)]), code, ref, first)
    return subj.format(code=code, date=""), MH.render_text(body)


# (forwarder lang, tmpl, plat, rnd, sender pid or external, recipient pid or external, as_attachment)
FWDS = [
 ("en", "notice", "facebook", GM.R25, ("Dad", "brian.hughes@btinternet.example"), "oliver", False),
 ("fr", "refused", "facebook", GM.R25, "nadia", ("Maître Lefèvre", "avocat@lefevre-avocats.example"), True),
 ("de", "refused", "facebook", GM.R25, "jana", ("Kanzlei Dr. Hofer", "kanzlei@kanzlei-hofer.example"), True),
 ("es", "notice", "instagram", GM.R25, ("Lucía", "lucia.moreno@gmail.com"), "pablo", False),
 ("it", "refused", "instagram", GM.R25, "marco", ("Garante – URP", "urp@garanteprivacy-pec.example"), False),
 ("nl", "notice", "facebook", GM.R25, ("Lotte", "lotte.peeters@gmail.com"), "pieter", False),
 ("pl", "refused", "facebook", GM.R25, "kasia", ("Federacja Konsumentów", "porady@federacja-konsumentow.example"), False),
 ("pt", "notice", "instagram", GM.R25, ("Rita", "rita.ferreira@sapo.example"), "joana", False),
 ("ro", "accepted", "facebook", GM.R25, ("Ioana", "ioana.popescu@gmail.com"), "andreea", False),
 ("sv", "code", "facebook", GM.R25, ("Elin (jobb)", "elin.lindqvist@kommun-example.se"), "elin", False),
 ("da", "accepted", "facebook", GM.R25, "mads", ("Forbrugerrådet Tænk", "raadgivning@taenk-example.dk"), False),
 ("fi", "notice", "facebook", GM.R25, ("Mikko", "mikko.virtanen@elisa.example"), "aino", False),
 ("cs", "received", "facebook", GM.R25, ("Petr", "petr.novak@seznam.cz"), "tereza", False),
 ("hu", "notice", "facebook", GM.R25, ("Anna", "anna.nagy@freemail.example"), "zsofia", False),
 ("no", "notice", "facebook", GM.R25, ("Kari", "kari.solberg@online.example"), "ingrid", False),
 ("el", "refused", "facebook", GM.R25, "eleni", ("Αρχή Προστασίας Δεδομένων", "complaints@dpa-gr.example"), False),
 ("de", "accepted", "facebook", GM.R24, ("Markus (Arbeit)", "m.vogel@stadtwerke-example.de"), "markus", False),
 ("fr", "code", "instagram", GM.R25, ("Léa", "lea.leroy@laposte.example"), "thomas", False),
]
TMPL_LANG = {"fr": "fr", "de": "de", "it": "it", "es": "es", "pl": "pl", "nl": "nl", "pt": "pt", "ro": "ro", "en": "en", "sv": "sv",
             "da": "da", "fi": "fi", "cs": "cs", "hu": "hu", "no": "no", "el": "el"}


def who(x):
    if isinstance(x, str):
        first, full, a, prov, lang = P[x]
        return full, a, prov
    return x[0], x[1], None


def build(ctx, pl):
    for i, (lang, tmpl, plat, rnd, frm, to, attach) in enumerate(FWDS):
        mlang = lang if tmpl in GM.T.get(lang, {}) else "en"
        fname, faddr, _ = who(frm)
        tname, taddr, tprov = who(to)
        if tprov is None:
            tprov = "m365" if i % 2 else "gmail"
        first = (P[to][0] if isinstance(to, str) else fname.split()[0])
        when = D(2025, 5, 2 + i % 25, 18, 3, 2) if rnd == GM.R25 else D(2024, 6, 14, 18, 3, 2)
        osubj, otext = meta_text(ctx, mlang, tmpl, plat, rnd, first)
        disp = "Instagram" if plat == "instagram" else "Facebook"
        hdr = ["From: %s <%s>" % (disp, "noreply@support.facebook.com" if tmpl in ("refused", "accepted", "received") else "notification@facebookmail.com"),
               "Date: " + format_datetime(when - dt.timedelta(days=2)), "Subject: " + osubj, "To: " + fname]
        subj = "%s %s" % (FWD_PREFIX.get(lang, "Fwd:"), osubj)
        if attach:
            # forward as attachment: the original Meta message travels as message/rfc822
            orig = GM.meta(ctx, frm if isinstance(frm, str) else to, tmpl, plat,
                           when - dt.timedelta(days=2), rnd=rnd, lang=mlang, layout="text")["raw"]
            raw = attach_fwd(ctx, tprov, tname, taddr, fname, faddr, subj, when, FWD_NOTE[lang], orig, "fa%d" % i)
        else:
            note = "Zur Ablage – habe den Widerspruch damals vom Dienstrechner aus gemacht." if "Arbeit" in fname else FWD_NOTE[lang]
            paras = [note, ("raw", FWD_LINE[lang] + "\n" + "\n".join(hdr) + "\n\n" + otext)]
            raw = MB.assemble(provider=tprov, rcpt_name=tname, rcpt=taddr, from_name=fname, from_addr=faddr, subject=subj,
                              date=when, paras=paras, layout=["text", "alt"][i % 2], cs="utf-8",
                              cte=["quoted-printable", "base64", "8bit"][i % 3], sid="fwd%d" % i)
        pl.add("fwd-%d" % i, {"raw": raw, "label": label(lang, taddr.lower()), "date": when, "pid": None, "tag": "fwd"})
    # user replies to Meta, quoting Meta's text (from the person's Sent folder / copy)
    for j, (pid, tmpl, rnd) in enumerate([("camille", "accepted", GM.R24), ("kasia", "moreinfo", GM.R25)]):
        first, full, a, prov, lang = P[pid]
        osubj, otext = meta_text(ctx, lang, tmpl, "facebook", rnd, first)
        note = {"fr": "Bonjour, merci pour votre réponse. Pouvez-vous confirmer que cela vaut aussi pour mon compte Instagram ?",
                "pl": "Dzień dobry, w odpowiedzi na Państwa pytania: 1. konto: facebook.com/kasia.wojcik 2. trening AI 3. nie zgadzam się na wykorzystywanie moich zdjęć."}[lang]
        paras = [note, ("quote", otext.strip().split("\n"))]
        when = D(2025, 5, 20 + j, 9, 0, 2)
        raw = MB.assemble(provider=prov, rcpt_name="Facebook", rcpt="noreply@support.facebook.com", from_name=full, from_addr=a,
                          subject="Re: " + osubj, date=when, paras=paras, layout="text", cs=LEG[lang], cte="quoted-printable",
                          sid="reply%d" % j)
        pl.add("reply-%d" % j, {"raw": raw, "label": label(lang, "noreply@support.facebook.com"), "date": when, "pid": pid, "tag": "reply"})
    # associations, authorities, lawyer, news, personal
    targets = ["camille", "jana", "francesca", "ines", "oliver", "thomas", "marco", "kasia", "jana", "andreea", "eleni", "elin",
               "mads", "zsofia", "tereza", "rasa", "janis", "kadri", "oliver"]
    for k, (lang, fname, faddr, subj, paras) in enumerate(OTHERS):
        pid = targets[k]
        first, full, a, prov, plang = P[pid]
        when = D(2025, 5, 1 + k, 7, 30, 2)
        body = [p.format(name=first) for p in paras]
        raw = MB.assemble(provider=prov, rcpt_name=full, rcpt=a, from_name=fname, from_addr=faddr, subject=subj, date=when,
                          paras=body, layout=["alt", "html", "text"][k % 3], cs=LEG.get(lang, "utf-8") if k % 2 else "utf-8",
                          cte=["quoted-printable", "base64"][k % 2], sid="oth%d" % k, preheader=body[0])
        pl.add("third-%d" % k, {"raw": raw, "label": label(lang, a), "date": when, "pid": pid, "tag": "third"})


def attach_fwd(ctx, prov, tname, taddr, fname, faddr, subj, when, note, orig, sid):
    b = "fwd_" + sid
    note_part = 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + note + "\n"
    body = ("--%s\n%s\n--%s\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"Meta.eml\"\n\n%s\n--%s--\n"
            % (b, note_part, b, orig.decode("ascii", "surrogateescape"), b))
    # build headers via assemble with a dummy single part, then swap the body
    raw = MB.assemble(provider=prov, rcpt_name=tname, rcpt=taddr, from_name=fname, from_addr=faddr, subject=subj, date=when,
                      paras=["x"], layout="text", sid=sid).decode("ascii", "surrogateescape")
    head = raw.split('Content-Type: text/plain', 1)[0]
    return (head + 'Content-Type: multipart/mixed;\n boundary="%s"\n\n' % b + body).encode("utf-8", "surrogateescape")
