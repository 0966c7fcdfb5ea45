"""Extra mails: second platform, new rounds, reminders, fakes, ARC, newsletters, Meta AI mail."""
from datetime import datetime, timedelta
from msgs import *  # noqa

EN_REM = "Reminder: you still have time to object. From {date} we'll start using public information to develop and improve AI at Meta; the last day to send an objection is {last}."
EN_AGAIN = "If you've already objected to us using your information for AI at Meta, we'll continue to honour that objection and you don't need to object again."
FR_QUOTE = ("Votre message :\nJe m'oppose au traitement de mes données personnelles pour l'entraînement de l'IA de Meta. "
            "Je vous demande d'accepter mon opposition et de me confirmer que vous l'honorerez. Ma précédente demande portait la Réf. 5550001112223334.")
EN_QUOTE = ("Your request:\nI object to Meta using my posts and photos to train AI. Please confirm you will honour my objection; "
            "I did not consent and this affects my work as a photographer.")


def extras():
    X = []
    d = lambda *a: datetime(*a, tzinfo=PT)
    en = "en"
    # English person: second platform (Instagram) in 2025 round with a spaced code that arrives twice
    X.append(("en-ig-notice", notice(en, "instagram", "2025-05-27", d(2025, 4, 15, 11, 2), 2, fmt="related", cte="b64")))
    c = code6()
    X.append(("en-ig-code1", code_mail(en, "instagram", d(2025, 5, 3, 21, 10), 1, c=c, spaced=True, fmt="html")))
    X.append(("en-ig-code2", code_mail(en, "instagram", d(2025, 5, 3, 21, 12), 2, c=c, spaced=True, fmt="alt", cte="8bit")))
    # English person, Facebook, new round 2025 after the 2024 acceptance (to people who objected before)
    X.append(("en-fb-notice25", notice(en, "facebook", "2025-05-27", d(2025, 4, 14, 9, 30), 4, extra_end=[EN_AGAIN],
                                       subj="We're launching AI at Meta in your country", rewrite="lfb")))
    rem = EN_REM.format(date=fmt_date(W[en], "2025-05-27"), last=fmt_date(W[en], "2025-05-26"))
    X.append(("en-fb-reminder25", notice(en, "facebook", "2025-05-27", d(2025, 5, 19, 8, 0), 0, extra_top=[rem],
                                         subj="Reminder: your choices about AI at Meta", fmt="html", cte="qp")))
    # mixed acknowledgement + decision quoting the person's own words
    mix = answer(en, "facebook", "objection_accepted", d(2025, 5, 24, 16, 45), 1,
                 extra=["We've received your objection request and reviewed it. We will honour your objection."],
                 quote=EN_QUOTE, subject="Re: Your objection request")
    mix["blocks"][1] = ("p", "Thanks for contacting us.")
    X.append(("en-fb-mixed25", mix))
    # work mailbox (Microsoft 365, Safe Links), same person, other account
    wk = dict(to_addr="h.keane@work-example.ie", provider="m365", rewrite="safelinks",
              view_online=("View in browser", "https://www.facebook.com/email_view/?mid=a1b2c3"))
    n = notice(en, "facebook", "2025-05-27", d(2025, 4, 16, 7, 12), 1, **wk)
    n["to_addr"] = "h.keane@work-example.ie"
    X.append(("enw-notice", n))
    cw = code_mail(en, "facebook", d(2025, 5, 2, 12, 0), 0, provider="m365")
    cw["to_addr"] = "h.keane@work-example.ie"
    X.append(("enw-code", cw))
    rw = answer(en, "facebook", "objection_received", d(2025, 5, 2, 12, 5), 0, provider="m365",
                extra=["If your objection is upheld, we'll stop using your public information for these purposes. We'll let you know by email once we've decided."])
    rw["to_addr"] = "h.keane@work-example.ie"
    X.append(("enw-received", rw))
    # look-alike fake notice
    fk = notice(en, "facebook", "2025-05-27", d(2025, 5, 20, 3, 3), 3, fmt="html", rewrite=None,
                subj="Action required: object to AI training before May 27")
    fk.update(platform="meta", from_name="Meta Privacy Center", from_addr="privacy@meta-privacyhelp.com", dkim_d="meta-privacyhelp.com",
              authentic=False, url=None, fake={"lookalike": True})
    fk["blocks"] = [("links", [(W[en]["an"], "https://meta-privacyhelp.com/object/verify")]) if b[0] == "links" else b for b in fk["blocks"]]
    X.append(("en-fake-lookalike", fk))
    # user's own reply to Meta (sent copy): unrelated
    X.append(("en-own-reply", base(en, "unrelated", None, d(2025, 5, 25, 10, 0), subject="Re: Your objection request",
                                   from_name="Hannah Keane", from_addr="hannah.keane@example.ie", to_addr="hannah.keane@example.ie",
                                   blocks=[("p", "Thank you. Could you confirm this also covers my Instagram account?"), ("quote", "We will honour your objection.")],
                                   fmt="plain", cte="8bit", authentic=None)))
    # Meta-wide mail that talks about AI without any objection
    X.append(("en-metaai", base(en, "other_meta", "meta", d(2025, 3, 20, 9, 0), subject="Meta AI is now available in your apps",
                                blocks=[("p", "Hi Hannah, you can now chat with Meta AI in WhatsApp, Instagram and Messenger. Ask questions, plan a trip or create images."),
                                        ("link", "Learn more", "https://www.meta.ai/"), ("raw", W[en]["ft"].format(addr="hannah.keane@example.ie"))],
                                to_addr="hannah.keane@example.ie", fmt="related", cte="qp")))
    X.append(("en-llama", base(en, "other_meta", "meta", d(2025, 4, 6, 12, 0), from_name="Meta for Developers", from_addr="developers@meta.com",
                               subject="Llama 4 is here: build with our latest open models",
                               blocks=[("p", "Today we're releasing Llama 4 Scout and Llama 4 Maverick, natively multimodal models you can download and build with."),
                                       ("link", "Read the announcement", "https://ai.meta.com/blog/llama-4-multimodal-intelligence/"),
                                       ("raw", "You're receiving this because you signed up for Meta for Developers updates. Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025")],
                               to_addr="hannah.keane@example.ie", fmt="html", cte="b64")))
    # German: reminder of the same 2024 round on Instagram, fake acceptance with failing DMARC, news article
    de = "de"
    X.append(("de-reminder", notice(de, "instagram", "2024-06-26", d(2024, 6, 18, 6, 0), 5,
                                    extra_top=["Kurze Erinnerung: Du kannst weiterhin Widerspruch einlegen."], subj="Erinnerung: KI bei Meta und deine Rechte")))
    fa = answer(de, "instagram", "objection_accepted", d(2024, 6, 20, 2, 0), 0, fmt="html")
    fa.update(authentic=False, verdict=dict(dkim="fail", dmarc="fail", spf="softfail"))
    X.append(("de-fake-accepted", fa))
    X.append(("de-news", base(de, "unrelated", None, d(2025, 5, 21, 6, 30), from_name="Tagesbrief", from_addr="newsletter@tagesbrief.example.de",
                              subject="Meta-KI: So widersprechen Sie bis 26. Mai",
                              blocks=[("p", "Meta schreibt derzeit Nutzern: „Wir werden uns dafür auf berechtigte Interessen stützen“. Ab dem 27. Mai 2025 will der Konzern öffentliche Beiträge für KI nutzen."),
                                      ("p", "Wer widerspricht, bekommt einen Bestätigungscode und später die Nachricht, dass man dem Widerspruch nachkommen werde."),
                                      ("link", "Zum Widerspruchsformular", "https://www.facebook.com/help/contact/6359191084165019")],
                              fmt="alt", cte="qp", authentic=None)))
    # French: answer that quotes the person's objection text
    X.append(("fr-received-quote", answer("fr", "instagram", "objection_received", d(2025, 5, 10, 14, 0), 1, quote=FR_QUOTE, fmt="plain", cte="qp")))
    X.append(("fr-fake-code", code_mail("fr", "instagram", d(2025, 5, 11, 1, 0), 2, fmt="html", from_name="Instagram",
                                        from_addr="instagram-verify@secure-mailer.example", dkim_d="secure-mailer.example",
                                        authentic=False, fake={"lookalike": True})))
    # Spanish: acknowledgement and refusal in one mail; forged verdict below the entry hop
    es = "es"
    X.append(("es-mixed-refused", answer(es, "facebook", "objection_refused", d(2024, 6, 12, 9, 0), 2,
                                         extra=["Hemos recibido tu solicitud. Sin embargo, no podemos procesarla porque no se ha podido verificar tu cuenta."],
                                         form=True, rnd="2024-06-26", rewrite="pp2")))
    ff = answer(es, "facebook", "objection_accepted", d(2024, 6, 13, 9, 0), 3, provider="generic")
    ff.update(authentic=False, fake={"no_ar": True, "forged_below": True})
    X.append(("es-fake-forged", ff))
    # Italian: mobile rendering with emoji, Instagram, future round
    it = notice("it", "instagram", "2026-10-14", d(2026, 9, 3, 7, 0), 1, fmt="plain", cte="8bit", cs="utf-8", narrow=True,
                extra_top=["📣 Novità sulla privacy"], subj="📣 Aggiornamento: IA di Meta")
    X.append(("it-ig-notice", it))
    nv = answer("it", "facebook", "objection_received", d(2026, 9, 20, 7, 0), 0, provider="generic")
    nv.update(authentic=False, fake={"no_ar": True})
    X.append(("it-noverdict", nv))
    # Dutch: code twice, duplicate From
    c = code6()
    X.append(("nl-code2", code_mail("nl", "facebook", d(2024, 5, 28, 19, 1), 0, c=c)))
    X.append(("nl-code3", code_mail("nl", "facebook", d(2024, 5, 28, 19, 3), 1, c=c)))
    dfm = answer("nl", "facebook", "objection_accepted", d(2024, 6, 1, 10, 0), 2)
    dfm.update(authentic=False, fake={"dup_from": True})
    X.append(("nl-dupfrom", dfm))
    # Swedish: acceptance auto-forwarded Gmail -> Fastmail, trusted ARC
    sv = answer("sv", "instagram", "objection_accepted", d(2025, 5, 20, 9, 0), 0, provider="fastmail",
                verdict=dict(dkim="fail", dmarc="fail"),
                arc=dict(sealer="google.com", arid="mx.google.com", host="mail-sor-f41.google.com", ip="209.85.220.41", orig="elin.lindqvist@gmail.example", d="mail.instagram.com"))
    X.append(("sv-arc", sv))
    # Polish: refusal via an untrusted ARC sealer (university forwarder): not authentic
    pl = answer("pl", "facebook", "objection_refused", d(2025, 5, 30, 9, 0), 1, provider="posteo", form=True, rnd="2025-05-27",
                verdict=dict(dkim="fail", dmarc="fail"),
                arc=dict(sealer="uni-example.edu.pl", arid="mx.uni-example.edu.pl", host="relay.uni-example.edu.pl", ip="192.0.2.44", orig="k.wisniewska@uni-example.edu.pl", d="facebookmail.com"))
    pl["authentic"] = False
    X.append(("pl-arc-untrusted", pl))
    X.append(("pl-personal", base("pl", "unrelated", None, d(2025, 2, 3, 18, 0), from_name="Ola", from_addr="ola@friends.example.pl",
                                  subject="Zdjęcia z urodzin", blocks=[("p", "Cześć! Wrzuciłam zdjęcia na Facebooka, oznacz się jak chcesz. Buziaki")],
                                  fmt="plain", cte="8bit", authentic=None)))
    # Bulgarian login alert in KOI8-R; Czech second notice (reminder); Greek refused with Safe Links
    bg = other("bg", "facebook", d(2025, 1, 9, 4, 0), 0)
    bg.update(cs="koi8-r", cte="8bit", fmt="plain")
    X.append(("bg-other2", bg))
    X.append(("cs-reminder", notice("cs", "instagram", "2026-10-14", d(2026, 10, 6, 6, 0), 3, extra_top=["Připomínáme: do uplynutí lhůty zbývá několik dní."],
                                    subj="Připomenutí: AI ve společnosti Meta")))
    X.append(("fr-news", base("fr", "unrelated", None, d(2024, 6, 3, 7, 0), from_name="La Lettre Numérique", from_addr="lettre@numerique.example.fr",
                              subject="IA de Meta : comment dire non avant le 26 juin",
                              blocks=[("p", "Meta écrit : « Vous avez le droit de vous opposer à cette utilisation ». Réf. de l'article : 20240603."),
                                      ("p", "Ensuite Meta envoie un code à six chiffres, puis répond « nous accepterons votre opposition » ou demande plus d'informations.")],
                              fmt="html", cte="qp", authentic=None)))
    X.append(("ga-other2", base("ga", "other_meta", "facebook", d(2025, 6, 2, 7, 0), subject="Tá do chuid faisnéise réidh le híoslódáil",
                                blocks=[("p", "A Aoife, a chara, tá an comhad d'fhaisnéise Facebook a d'iarr tú réidh. Beidh sé ar fáil ar feadh ceithre lá.")],
                                to_addr=addr_of("ga"), fmt="html", cte="qp")))
    return X
