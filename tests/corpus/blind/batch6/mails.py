"""Who receives what, when, encoded and authenticated how. Labels are derived from these specs
by generate.labels() following docs/contract.md; see README.md for the rules applied."""

MAILS = []


def M(id, to, frm, kind, lang, date, **kw):
    d = dict(id=id, to=to, frm=frm, kind=kind, lang=lang, date=date)
    d.update(kw)
    MAILS.append(d)


QP = ('quoted-printable', 'quoted-printable')
B64 = ('base64', 'base64')
E8 = ('8bit', '8bit')

# fake / third-party senders: (kind, display, address, helo, ip[, dkim domain])
OUTLOOK_OUT = 'mail-db8eur05on2091.outbound.protection.outlook.com'

# ============================================================== English
M('en.n24', 'daniel', 'fb', 'policy_notice', 'en', '2024-05-23T14:12:40+00:00', use='2024-06-26',
  form='fb24', wrap='lfb', style=('colon', 'paren'))
M('en.n24_ng', 'ngozi', 'fb', 'policy_notice', 'en', '2024-05-23T14:13:02+00:00', use='2024-06-26',
  form='fb24', wrap='lfb', hidden=True, slot='en.n24')
M('en.c24', 'daniel', 'fbs', 'verification_code', 'en', '2024-06-12T18:03:11+00:00', code=True,
  code_value='047193', shape='html', code_fmt='cells', cte=('8bit', '8bit'))
M('en.r24', 'daniel', 'fbs', 'objection_received', 'en', '2024-06-12T18:05:52+00:00', ref=True,
  cte=('quoted-printable', 'base64'))
M('en.a24', 'daniel', 'fbpriv', 'objection_accepted', 'en', '2024-06-13T09:41:07+00:00', ref=True,
  shape='text', cte=('7bit', '7bit'))
M('en.o_fbalert', 'daniel', 'fb', 'other_meta', 'en', '2024-06-14T20:16:30+00:00', shape='related')
M('en.fake_a', 'daniel', ('fake', 'Facebook', 'security@facebookmail.com', 'smtp.bulk-relay.example', '91.214.124.18'),
  'objection_accepted', 'en', '2024-06-16T22:10:00+00:00', platform='facebook', auth='forged', ref=True,
  form='x_en_a', xmailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')
M('en.fwd', 'daniel', ('person', 'ngozi'), 'unrelated', 'en', '2024-05-24T19:30:00+01:00',
  cte=QP, layout='plainhtml')
M('en.bank', 'daniel', ('org', 'Harbour Bank', 'no-reply@alerts.harbourbank.example', 'mta-07.alerts.harbourbank.example',
  '198.51.100.27'), 'unrelated', 'en', '2024-06-15T10:22:00+01:00', ocode=True, shape='html')
M('en.press', 'daniel', ('org', 'The Privacy Brief', 'newsletter@privacybrief.example', 'mta2.privacybrief.example',
  '198.51.100.88'), 'unrelated', 'en', '2024-06-07T07:00:00+01:00', form='fb24', form2='ig24',
  urls={'unsub': 'https://privacybrief.example/unsubscribe?u=5521'},
  list_unsub='https://privacybrief.example/unsubscribe?u=5521')
M('en.o_wa', 'daniel', 'wa', 'other_meta', 'en', '2025-02-10T12:00:00+00:00', ocode=True, code_fmt='dash',
  shape='html', cte=('7bit', 'quoted-printable'))
M('en.fake_n', 'daniel', ('fake', 'Facebook', 'privacy@facebookmail-notices.com', 'mail.facebookmail-notices.com',
  '185.244.25.31'), 'policy_notice', 'en', '2026-11-20T06:40:00+00:00', platform='facebook', use='2026-12-16',
  form='x_en_n', shape='html')
M('en.n26ig', 'priya', 'ig', 'policy_notice', 'en', '2026-11-27T16:20:00+00:00', use='2026-12-16',
  ann='2026-11-04', form='ig26q', wrap='lig', style=('nl', 'angle'))
M('en.o_iglogin', 'priya', 'igs', 'other_meta', 'en', '2026-11-30T07:45:00+00:00', ocode=True)
M('en.c26ig', 'priya', 'ig', 'verification_code', 'en', '2026-12-02T20:11:45+00:00', code=True, code_fmt='space')
M('en.fake_c', 'priya', ('fake', 'Instagram', 'instagram.help.desk@outlook.com', OUTLOOK_OUT, '40.107.21.91'),
  'verification_code', 'en', '2026-12-02T20:30:00+00:00', platform='instagram', code=True, shape='text',
  cte=('7bit',))
M('en.x26ig', 'priya', 'igs', 'objection_refused', 'en', '2026-12-03T10:02:13+00:00', form='ig26', ref=True,
  shape='html', cte=B64)
M('en.dup_from', 'priya', 'ig', 'objection_received', 'en', '2026-12-04T08:00:00+00:00', ref=True,
  dup_from=('Instagram Support', 'support@instagram-helpdesk.example'))
M('en.n27meta', 'tom', 'metap', 'policy_notice', 'en', '2027-01-12T15:00:00+00:00', use='2027-01-20',
  form='ac27', wrap='safelinks')
M('en.a_arc', 'tom', 'metap', 'objection_accepted', 'en', '2027-01-14T11:30:00+00:00', ref=True,
  auth='arc_ms', final_rcpt='tom.gallagher.home@gmail.com')

# ============================================================== German
M('de.n25ig', 'katrin', 'ig', 'policy_notice', 'de', '2025-04-16T08:05:00+00:00', use='2025-05-27',
  form='ig25', shape='text', cte=('quoted-printable',), charset='iso-8859-1', qp_force=['form'])
M('de.c25ig', 'katrin', 'ig', 'verification_code', 'de', '2025-05-06T17:31:00+00:00', code=True,
  charset='iso-8859-15')
M('de.r25ig', 'katrin', 'ig', 'objection_received', 'de', '2025-05-06T17:34:20+00:00', ref=True)
M('de.a25ig', 'katrin', 'ig', 'objection_accepted', 'de', '2025-05-07T06:12:00+00:00', ref=True,
  shape='html', cte=B64)
M('de.o_metaverified', 'katrin', 'meta', 'other_meta', 'de', '2025-05-20T10:00:00+00:00')
M('de.bank', 'katrin', ('org', 'Nordbank Digital', 'service@nordbank-digital.example', 'mx-out.nordbank-digital.example',
  '198.51.100.140'), 'unrelated', 'de', '2025-05-08T12:03:00+02:00', ocode=True, shape='text',
  charset='iso-8859-1', cte=('8bit',))
M('de.n26fb', 'moritz', 'fb', 'policy_notice', 'de', '2026-12-01T07:30:00+00:00', use='2026-12-16',
  ann='2026-11-13', form='fb26q', wrap='lfb', shape='html', qp_force=['form'])
M('de.c26fb', 'moritz', 'fb', 'verification_code', 'de', '2026-12-08T19:02:00+00:00', code=True,
  code_fmt='space', shape='text', charset='iso-8859-1', cte=('8bit',))
M('de.r26fb', 'moritz', 'fb', 'objection_received', 'de', '2026-12-08T19:04:30+00:00')
M('de.fake_c', 'moritz', ('fake', 'Instagram', 'no-reply@instagram.mail-service.de', 'mail.mail-service.de',
  '45.138.16.77'), 'verification_code', 'de', '2026-12-09T05:50:00+00:00', platform='instagram', code=True,
  form='x_de_c')
M('de.reply', 'moritz', ('person', 'sabine'), 'unrelated', 'de', '2026-12-09T09:12:00+01:00', shape='text',
  cte=('quoted-printable',))
M('de.x26fb', 'moritz', 'fb', 'objection_refused', 'de', '2026-12-11T13:15:00+00:00', form='fb26',
  wrap='lfb', ref=True)
M('de.n26fb_j', 'jana', 'fbpriv', 'policy_notice', 'de', '2026-11-18T09:00:00+00:00', use='2026-12-16',
  form='fb26', display='Facebook-Datenschutz', hdr_mode='Q')
M('de.o_pwreset', 'jana', 'fbs', 'other_meta', 'de', '2026-11-25T21:40:00+00:00', ocode=True, shape='html')
M('de.press', 'jana', ('org', 'Datenschutz-Digest', 'redaktion@datenschutz-digest.example',
  'mail.datenschutz-digest.example', '198.51.100.61'), 'unrelated', 'de', '2026-11-26T06:00:00+01:00',
  form='fb26', shape='mixed_pdf', list_unsub='https://datenschutz-digest.example/abmelden?id=77812',
  urls={'unsub': 'https://datenschutz-digest.example/abmelden?id=77812'})
M('de.arc_uni', 'lukas', 'fb', 'objection_accepted', 'de', '2026-12-05T10:00:00+00:00', ref=True, auth='arc_uni')

# ============================================================== French
M('fr.n25fb', 'elodie', 'fb', 'policy_notice', 'fr', '2025-04-22T09:10:00+00:00', use='2025-05-27', form='fb25',
  wrap='lfb', charset='iso-8859-15')
M('fr.n25fb_mo', 'monique', 'fb', 'policy_notice', 'fr', '2025-04-22T09:11:12+00:00', use='2025-05-27',
  form='fb25', wrap='lfb', slot='fr.n25fb', hidden=True, cte=('8bit', '8bit'))
M('fr.fwd_attach', 'elodie', ('person', 'monique'), 'unrelated', 'fr', '2025-04-23T10:15:00+02:00',
  shape='mixed_rfc822', attach_of='fr.n25fb_mo', hdr_mode='Q')
M('fr.press', 'elodie', ('org', 'Le Fil Numérique', 'lettre@lefilnumerique.example', 'mail.lefilnumerique.example',
  '198.51.100.150'), 'unrelated', 'fr', '2025-04-25T07:30:00+02:00', form='fb25', charset='windows-1252', cte=B64,
  urls={'unsub': 'https://lefilnumerique.example/desinscription?id=a81f'})
M('fr.c25fb_a', 'elodie', 'fb', 'verification_code', 'fr', '2025-05-09T18:20:00+00:00', code=True, shape='html',
  qp_force=['code'])
M('fr.r25fb_a', 'elodie', 'fb', 'objection_received', 'fr', '2025-05-09T18:23:30+00:00', ref=True)
M('fr.x25fb', 'elodie', 'fb', 'objection_refused', 'fr', '2025-05-12T08:40:00+00:00', form='fb25', wrap='lfb',
  ref=True)
M('fr.c25fb_b', 'elodie', 'fb', 'verification_code', 'fr', '2025-05-14T19:05:00+00:00', code=True, shape='text',
  charset='iso-8859-15', cte=('8bit',))
M('fr.r25fb_b', 'elodie', 'fb', 'objection_received', 'fr', '2025-05-14T19:07:10+00:00', ref=True)
M('fr.a25fb', 'elodie', 'fb', 'objection_accepted', 'fr', '2025-05-16T07:55:00+00:00', ref=True,
  ref2_from='fr.r25fb_b')
M('fr.o_dyi', 'elodie', 'fb', 'other_meta', 'fr', '2025-06-05T12:00:00+00:00', shape='related')
M('fr.n26ig', 'thomas', 'ig', 'policy_notice', 'fr', '2026-11-23T11:00:00+00:00', use='2026-12-16', form='ig26',
  wrap='lig', shape='html', cte=B64)
M('fr.fake_a', 'thomas', ('fake', 'Instagram', 'confidentialite@instagram-fr.com', 'mail.instagram-fr.com', '194.87.12.44'),
  'objection_accepted', 'fr', '2026-12-02T16:45:00+00:00', platform='instagram', ref=True, form='x_fr_a',
  shape='html')
M('fr.a26ig', 'thomas', 'ig', 'objection_accepted', 'fr', '2026-12-04T09:30:00+00:00')
M('fr.o_iglogin', 'thomas', 'igs', 'other_meta', 'fr', '2026-12-06T21:00:00+00:00')
M('fr.n26meta', 'camille', 'meta', 'policy_notice', 'fr', '2026-11-19T13:00:00+00:00', use='2026-12-16',
  form='ac26', wrap='pp3')

# ============================================================== Spanish
M('es.n24ig', 'alejandro', 'ig', 'policy_notice', 'es', '2024-05-29T10:30:00+00:00', use='2024-06-26', form='ig24',
  wrap='lig')
M('es.c24ig', 'alejandro', 'ig', 'verification_code', 'es', '2024-06-10T17:12:00+00:00', code=True,
  code_value='009341', shape='html')
M('es.r24ig', 'alejandro', 'ig', 'objection_received', 'es', '2024-06-10T17:14:40+00:00', ref=True)
M('es.x24ig', 'alejandro', 'igs', 'objection_refused', 'es', '2024-06-13T09:05:00+00:00', form='ig24',
  ref2_from='es.r24ig')
M('es.reply', 'alejandro', ('person', 'pablo'), 'unrelated', 'es', '2024-06-13T19:40:00+02:00',
  quote_who='alejandro', quote_date='2024-06-13T11:20:00+02:00', layout='plainhtml')
M('es.bank', 'alejandro', ('org', 'Banco Meridional', 'avisos@bancomeridional.example', 'smtp1.bancomeridional.example',
  '198.51.100.201'), 'unrelated', 'es', '2024-06-20T13:45:00+02:00', ocode=True, shape='html',
  charset='iso-8859-15')
M('es.fake_n', 'alejandro', ('fake', 'Facebook', 'avisos@fb-privacidad-ue.com', 'vps-22731.fb-privacidad-ue.com',
  '45.95.147.210'), 'policy_notice', 'es', '2025-05-21T07:15:00+00:00', platform='facebook', use='2025-05-27',
  form='x_es_n', shape='html')
M('es.n25fb', 'marta', 'fb', 'policy_notice', 'es', '2025-04-28T08:00:00+00:00', use='2025-05-27', ann='2025-04-14',
  form='fb25', wrap='safelinks')
M('es.c25fb', 'marta', 'fb', 'verification_code', 'es', '2025-05-19T15:20:00+00:00', code=True, shape='text',
  qp_force=['code'], qp_width=70)
M('es.r25fb', 'marta', 'fb', 'objection_received', 'es', '2025-05-19T15:22:10+00:00', ref=True)
M('es.a25fb', 'marta', 'fb', 'objection_accepted', 'es', '2025-05-21T10:00:00+00:00', ref=True, shape='html',
  cte=B64)
M('es.n26fb', 'nerea', 'fb', 'policy_notice', 'es', '2026-11-24T08:30:00+00:00', use='2026-12-16', form='fb26',
  charset='iso-8859-1')
M('es.press', 'nerea', ('org', 'Consumo Hoy', 'boletin@consumohoy.example', 'envios.consumohoy.example',
  '198.51.100.77'), 'unrelated', 'es', '2026-11-26T09:00:00+01:00', form='fb26',
  urls={'unsub': 'https://consumohoy.example/baja?s=22f9'}, list_unsub='https://consumohoy.example/baja?s=22f9')
M('es.o_2fa', 'nerea', 'fb', 'other_meta', 'es', '2026-12-01T22:10:00+00:00', ocode=True, shape='html')
M('es.o_msgr', 'nerea', 'msgr', 'other_meta', 'es', '2026-12-03T18:00:00+00:00')

# ============================================================== Italian
M('it.n24fb', 'giorgia', 'fb', 'policy_notice', 'it', '2024-05-27T09:00:00+00:00', use='2024-06-26', form='fb24',
  wrap='lfb')
M('it.o_ignotif', 'giorgia', 'ig', 'other_meta', 'it', '2024-06-02T18:00:00+00:00', shape='html')
M('it.bank', 'giorgia', ('org', 'BancaVerde', 'notifiche@bancaverde.example', 'out.bancaverde.example', '198.51.100.12'),
  'unrelated', 'it', '2024-06-03T11:00:00+02:00', ocode=True, shape='text')
M('it.n25fb', 'francesca', 'fb', 'policy_notice', 'it', '2025-04-17T07:45:00+00:00', use='2025-05-27', form='fb25',
  wrap='lfb', shape='related')
M('it.press', 'francesca', ('org', 'Il Quotidiano Digitale', 'newsletter@quotidianodigitale.example',
  'mta.quotidianodigitale.example', '198.51.100.33'), 'unrelated', 'it', '2025-04-20T06:30:00+02:00', form='fb25',
  urls={'unsub': 'https://quotidianodigitale.example/disiscrivi?u=19'})
M('it.c25fb', 'francesca', 'fb', 'verification_code', 'it', '2025-05-03T16:00:00+00:00', code=True)
M('it.r25fb', 'francesca', 'fb', 'objection_received', 'it', '2025-05-03T16:02:45+00:00', ref=True, shape='html')
M('it.a25fb', 'francesca', 'fb', 'objection_accepted', 'it', '2025-05-05T08:30:00+00:00', ref=True, shape='text',
  charset='iso-8859-1')
M('it.o_metaai', 'francesca', 'metaai', 'other_meta', 'it', '2025-06-10T15:00:00+00:00')
M('it.n26ig', 'luca', 'ig', 'policy_notice', 'it', '2026-11-25T12:00:00+00:00', use='2026-12-16', form='ig26',
  wrap='lig', cte=B64)
M('it.c26ig', 'luca', 'ig', 'verification_code', 'it', '2026-12-07T20:00:00+00:00', code=True, code_fmt='cells')
M('it.fake_c', 'luca', ('fake', 'Instagram', 'sicurezza@instagram-supporto.it', 'mail.instagram-supporto.it',
  '185.231.154.9'), 'verification_code', 'it', '2026-12-07T20:05:00+00:00', platform='instagram', code=True,
  form='x_it_c', shape='html')
M('it.r26ig', 'luca', 'ig', 'objection_received', 'it', '2026-12-07T20:03:00+00:00', ref=True, shape='text')
M('it.x26ig', 'luca', 'igs', 'objection_refused', 'it', '2026-12-10T11:11:00+00:00', form='ig26', wrap='lig',
  ref=True)

# ============================================================== Dutch
M('nl.n25ig', 'sanne', 'ig', 'policy_notice', 'nl', '2025-04-15T09:20:00+00:00', use='2025-05-27', form='ig25',
  wrap='lig', charset='iso-8859-1')
M('nl.c25ig', 'sanne', 'ig', 'verification_code', 'nl', '2025-05-12T19:30:00+00:00', code=True, shape='html',
  code_fmt='space')
M('nl.r25ig', 'sanne', 'ig', 'objection_received', 'nl', '2025-05-12T19:33:00+00:00', ref=True)
M('nl.bank', 'sanne', ('org', 'Polderbank', 'noreply@polderbank.example', 'mail.polderbank.example', '198.51.100.45'),
  'unrelated', 'nl', '2025-05-13T08:00:00+02:00', ocode=True)
M('nl.x25ig', 'sanne', 'igs', 'objection_refused', 'nl', '2025-05-15T07:20:00+00:00', form='ig25', ref=True)
M('nl.n26fb', 'bram', 'fb', 'policy_notice', 'nl', '2026-11-30T10:00:00+00:00', use='2026-12-16', form='fb26',
  wrap='lfb')
M('nl.newsletter', 'bram', ('org', 'Stichting Privacy Nu', 'nieuwsbrief@privacynu.example', 'mailer.privacynu.example',
  '198.51.100.99'), 'unrelated', 'nl', '2026-12-01T08:00:00+01:00', form='fb26',
  urls={'unsub': 'https://privacynu.example/afmelden?n=4410'})
M('nl.c26fb', 'bram', 'fb', 'verification_code', 'nl', '2026-12-05T14:00:00+00:00', code=True, shape='text',
  cte=B64)
M('nl.a26fb', 'bram', 'fb', 'objection_accepted', 'nl', '2026-12-07T09:45:00+00:00', ref=True)
M('nl.fwd', 'henk', ('person', 'bram'), 'unrelated', 'nl', '2026-12-07T12:30:00+01:00', shape='text')
M('nl.o_confirm', 'femke', 'fb', 'other_meta', 'nl', '2026-10-02T08:30:00+00:00', fbcode=True)
M('nl.n26fb_f', 'femke', 'fb', 'policy_notice', 'nl', '2026-11-21T09:00:00+00:00', use='2026-12-16', form='fb26',
  wrap='barracuda')
M('nl.r26fb_f', 'femke', 'fb', 'objection_received', 'nl', '2026-12-09T13:00:00+00:00')
M('nl.joost', 'joost', 'ig', 'objection_received', 'nl', '2026-12-03T17:00:00+00:00', ref=True)

# ============================================================== Polish
M('pl.n24fb', 'zuzanna', 'fb', 'policy_notice', 'pl', '2024-05-24T08:10:00+00:00', use='2024-06-26', form='fb24',
  shape='text', charset='iso-8859-2')
M('pl.press', 'zuzanna', ('org', 'Cyfrowy Tygodnik', 'redakcja@cyfrowytygodnik.example', 'mail.cyfrowytygodnik.example',
  '198.51.100.121'), 'unrelated', 'pl', '2024-06-05T07:00:00+02:00', form='fb24',
  urls={'unsub': 'https://cyfrowytygodnik.example/wypisz?id=903'})
M('pl.n25fb', 'agnieszka', 'fb', 'policy_notice', 'pl', '2025-04-18T06:30:00+00:00', use='2025-05-27', form='fb25',
  wrap='lfb', charset='iso-8859-2')
M('pl.c25fb', 'agnieszka', 'fb', 'verification_code', 'pl', '2025-05-22T20:40:00+00:00', code=True, shape='html',
  charset='windows-1250', cte=E8)
M('pl.r25fb', 'agnieszka', 'fb', 'objection_received', 'pl', '2025-05-22T20:42:00+00:00', ref=True)
M('pl.a25fb', 'agnieszka', 'fb', 'objection_accepted', 'pl', '2025-05-23T06:15:00+00:00', ref=True)
M('pl.reply', 'agnieszka', ('person', 'tomasz'), 'unrelated', 'pl', '2025-05-23T14:00:00+02:00', shape='text',
  quote_who='agnieszka', quote_date='2025-05-23T09:12:00+02:00')
M('pl.bank', 'agnieszka', ('org', 'Bank Wiślany', 'powiadomienia@bankwislany.example', 'smtp.bankwislany.example',
  '198.51.100.170'), 'unrelated', 'pl', '2025-05-24T10:10:00+02:00', ocode=True, shape='html', charset='iso-8859-2',
  hdr_mode='Q', hdr_charset='iso-8859-2')
M('pl.fake_a', 'agnieszka', ('fake', 'Facebook', 'powiadomienia@fb-ochrona.pl', 'o1.ptr2217.mailrelay-cloud.example',
  '149.72.33.5'), 'objection_accepted', 'pl', '2025-05-25T05:30:00+00:00', platform='facebook', auth='unaligned',
  esp='mailrelay-cloud.example', mailfrom='bounces+5521@mailrelay-cloud.example', ref=True, form='x_pl_a',
  shape='html')
M('pl.n26ig', 'piotr', 'ig', 'policy_notice', 'pl', '2026-11-26T07:00:00+00:00', use='2026-12-16', form='ig26q',
  wrap='safelinks+lig')
M('pl.c26ig', 'piotr', 'ig', 'verification_code', 'pl', '2026-12-02T12:30:00+00:00', code=True, qp_force=['code'])
M('pl.o_iglogin', 'piotr', 'igs', 'other_meta', 'pl', '2026-12-03T06:50:00+00:00', ocode=True, shape='html',
  wrap='safelinks')
M('pl.x26ig', 'piotr', 'igs', 'objection_refused', 'pl', '2026-12-08T10:00:00+00:00', form='ig26', wrap='safelinks',
  ref=True)
M('pl.fake_n', 'zuzanna', ('fake', 'Meta', 'powiadomienia@meta-polska.com', 'mail.meta-polska.com', '185.100.87.12'),
  'policy_notice', 'pl', '2026-11-29T19:00:00+00:00', platform='meta', use='2026-12-16', form='x_pl_n')

# ============================================================== Portuguese
M('pt.n24fb', 'ines', 'fb', 'policy_notice', 'pt', '2024-05-30T09:40:00+00:00', use='2024-06-26', form='fb24',
  wrap='lfb', charset='iso-8859-1')
M('pt.c24fb', 'ines', 'fb', 'verification_code', 'pt', '2024-06-18T21:00:00+00:00', code=True, shape='html')
M('pt.r24fb', 'ines', 'fb', 'objection_received', 'pt', '2024-06-18T21:02:30+00:00', ref=True)
M('pt.fake_c', 'ines', ('fake', 'Facebook', 'security@facebookmail.com', 'mail.secure-notify.example', '103.224.182.9'),
  'verification_code', 'pt', '2024-06-18T21:10:00+00:00', platform='facebook', auth='fail', code=True, shape='html')
M('pt.a24fb', 'ines', 'fb', 'objection_accepted', 'pt', '2024-06-24T08:00:00+00:00', ref=True, shape='text')
M('pt.o_alert', 'ines', 'fb', 'other_meta', 'pt', '2024-07-02T23:00:00+00:00')
M('pt.n25ig', 'joao', 'ig', 'policy_notice', 'pt', '2025-04-23T10:00:00+00:00', use='2025-05-27', form='ig25',
  wrap='lig')
M('pt.c25ig', 'joao', 'ig', 'verification_code', 'pt', '2025-05-20T18:00:00+00:00', code=True)
M('pt.bank', 'joao', ('org', 'Banco Atlântico', 'alertas@bancoatlantico.example', 'smtp.bancoatlantico.example',
  '198.51.100.66'), 'unrelated', 'pt', '2025-05-21T12:00:00+01:00', ocode=True, shape='text')
M('pt.x25ig', 'joao', 'igs', 'objection_refused', 'pt', '2025-05-22T09:00:00+00:00', form='ig25', ref=True)
M('pt.o_ac', 'joao', 'metaac', 'other_meta', 'pt', '2025-06-01T10:00:00+00:00')
M('pt.fake_n', 'beatriz', ('fake', 'Facebook', 'security@facebookmail.com', 'mail.facebook-privacidade.pt',
  '91.92.240.17'), 'policy_notice', 'pt', '2026-12-03T08:00:00+00:00', platform='facebook', use='2026-12-16',
  auth='fail', form='x_pt_n', wrap='mimecast')
M('pt.news', 'beatriz', ('org', 'Boletim Direitos Digitais', 'boletim@direitosdigitais.example',
  'mta.direitosdigitais.example', '198.51.100.90'), 'unrelated', 'pt', '2026-12-04T09:00:00+00:00', wrap='mimecast',
  urls={'unsub': 'https://direitosdigitais.example/cancelar?u=771'})

# ============================================================== Bulgarian
M('bg.n25fb', 'maria_bg', 'fb', 'policy_notice', 'bg', '2025-04-24T07:00:00+00:00', use='2025-05-27', form='fb25',
  wrap='lfb', charset='windows-1251')
M('bg.c25fb', 'maria_bg', 'fb', 'verification_code', 'bg', '2025-05-10T13:00:00+00:00', code=True, shape='html',
  cte=B64)
M('bg.a25fb', 'maria_bg', 'fb', 'objection_accepted', 'bg', '2025-05-11T07:20:00+00:00', ref=True)
M('bg.fwd', 'elena_bg', ('person', 'maria_bg'), 'unrelated', 'bg', '2025-05-11T10:00:00+03:00', shape='text')

# ============================================================== Czech
M('cs.n26ig', 'tereza', 'ig', 'policy_notice', 'cs', '2026-11-20T08:00:00+00:00', use='2026-12-16', form='ig26',
  wrap='lig', charset='iso-8859-2')
M('cs.o_iglogin', 'tereza', 'igs', 'other_meta', 'cs', '2026-11-28T15:00:00+00:00')
M('cs.c26ig', 'tereza', 'ig', 'verification_code', 'cs', '2026-12-01T19:00:00+00:00', code=True, shape='html')
M('cs.r26ig', 'tereza', 'ig', 'objection_received', 'cs', '2026-12-01T19:02:00+00:00', ref=True, shape='text',
  charset='windows-1250', cte=('8bit',))
M('cs.x26ig', 'tereza', 'igs', 'objection_refused', 'cs', '2026-12-04T10:00:00+00:00', form='ig26', ref=True)

# ============================================================== Danish
M('da.n26fb', 'mikkel', 'fb', 'policy_notice', 'da', '2026-11-26T09:00:00+00:00', use='2026-12-16', form='fb26',
  wrap='safelinks', charset='iso-8859-1')
M('da.r26fb', 'mikkel', 'fb', 'objection_received', 'da', '2026-12-02T11:00:00+00:00', ref=True, wrap='safelinks')
M('da.a26fb', 'mikkel', 'fb', 'objection_accepted', 'da', '2026-12-04T08:00:00+00:00', ref=True, shape='html',
  wrap='safelinks')
M('da.bank', 'mikkel', ('org', 'Nordvest Bank', 'kode@nordvestbank.example', 'smtp.nordvestbank.example',
  '198.51.100.54'), 'unrelated', 'da', '2026-12-05T14:00:00+01:00', ocode=True, shape='text')

# ============================================================== Greek
M('el.n25fb', 'eleni', 'fb', 'policy_notice', 'el', '2025-04-29T06:00:00+00:00', use='2025-05-27', form='fb25',
  wrap='lfb', charset='iso-8859-7')
M('el.c25fb', 'eleni', 'fb', 'verification_code', 'el', '2025-05-15T17:00:00+00:00', code=True, shape='text',
  charset='iso-8859-7', cte=('8bit',))
M('el.r25fb', 'eleni', 'fb', 'objection_received', 'el', '2025-05-15T17:02:00+00:00', ref=True)
M('el.x25fb', 'eleni', 'fb', 'objection_refused', 'el', '2025-05-19T09:00:00+00:00', form='fb25', wrap='lfb', ref=True)
M('el.fake_n', 'eleni', ('fake', 'Facebook', 'security@facebookmail.com', 'smtp.gr-newsletter.example', '45.144.30.8'),
  'policy_notice', 'el', '2025-05-20T06:00:00+00:00', platform='facebook', use='2025-05-27', auth='fail',
  form='fb25', shape='html')

# ============================================================== Estonian
M('et.o_pw', 'kadri', 'fbs', 'other_meta', 'et', '2026-10-15T20:00:00+00:00', ocode=True)
M('et.n26fb', 'kadri', 'fb', 'policy_notice', 'et', '2026-11-22T08:00:00+00:00', use='2026-12-16', form='fb26',
  wrap='lfb', charset='iso-8859-15')
M('et.c26fb', 'kadri', 'fb', 'verification_code', 'et', '2026-12-06T18:00:00+00:00', code=True, shape='html')
M('et.a26fb', 'kadri', 'fb', 'objection_accepted', 'et', '2026-12-08T07:00:00+00:00', ref=True)

# ============================================================== Finnish
M('fi.n24ig', 'aino', 'ig', 'policy_notice', 'fi', '2024-05-28T06:30:00+00:00', use='2024-06-26', form='ig24',
  wrap='lig')
M('fi.press', 'aino', ('org', 'Digiarki', 'uutiskirje@digiarki.example', 'posti.digiarki.example', '198.51.100.210'),
  'unrelated', 'fi', '2024-06-01T07:00:00+03:00', form='ig24',
  urls={'unsub': 'https://digiarki.example/peru?t=6612'})
M('fi.c24ig', 'aino', 'ig', 'verification_code', 'fi', '2024-06-11T18:00:00+00:00', code=True, shape='html')
M('fi.r24ig', 'aino', 'ig', 'objection_received', 'fi', '2024-06-11T18:02:00+00:00', ref=True, shape='text')
M('fi.a24ig', 'aino', 'ig', 'objection_accepted', 'fi', '2024-06-12T06:00:00+00:00', ref=True)

# ============================================================== Irish
M('ga.n26fb', 'aoife', 'fb', 'policy_notice', 'ga', '2026-11-24T10:00:00+00:00', use='2026-12-16', form='fb26',
  wrap='pp2')
M('ga.news', 'aoife', ('org', 'Oifig Cosanta Sonraí', 'cosaint.sonrai@ollscoil-example.ie', 'smtp-out.ollscoil-example.ie',
  '198.51.100.240'), 'unrelated', 'ga', '2026-11-30T09:00:00+00:00', form='fb26', wrap='pp2')
M('ga.c26fb', 'aoife', 'fb', 'verification_code', 'ga', '2026-12-03T16:00:00+00:00', code=True, wrap='pp2')
M('ga.a26fb', 'aoife', 'fb', 'objection_accepted', 'ga', '2026-12-05T09:00:00+00:00', ref=True, shape='html',
  wrap='pp2')

# ============================================================== Croatian
M('hr.n25fb', 'ivana', 'fb', 'policy_notice', 'hr', '2025-04-30T07:00:00+00:00', use='2025-05-27', form='fb25',
  wrap='lfb', charset='iso-8859-2')
M('hr.c25fb', 'ivana', 'fb', 'verification_code', 'hr', '2025-05-05T20:00:00+00:00', code=True, shape='html')
M('hr.r25fb', 'ivana', 'fb', 'objection_received', 'hr', '2025-05-05T20:02:00+00:00', ref=True)
M('hr.a25fb', 'ivana', 'fb', 'objection_accepted', 'hr', '2025-05-07T08:00:00+00:00', ref=True, shape='text', cte=B64)

# ============================================================== Hungarian
M('hu.n26ig', 'eszter', 'ig', 'policy_notice', 'hu', '2026-11-27T09:00:00+00:00', use='2026-12-16', form='ig26',
  wrap='lig', charset='iso-8859-2')
M('hu.o_ig', 'eszter', 'ig', 'other_meta', 'hu', '2026-12-01T17:00:00+00:00')
M('hu.c26ig', 'eszter', 'ig', 'verification_code', 'hu', '2026-12-09T19:00:00+00:00', code=True, shape='html')
M('hu.x26ig', 'eszter', 'igs', 'objection_refused', 'hu', '2026-12-12T08:00:00+00:00', form='ig26', ref=True)

# ============================================================== Icelandic
M('is.n24fb', 'gudrun', 'fb', 'policy_notice', 'is', '2024-05-25T08:00:00+00:00', use='2024-06-26', form='fb24',
  wrap='lfb', charset='iso-8859-1')
M('is.c24fb', 'gudrun', 'fb', 'verification_code', 'is', '2024-06-20T12:00:00+00:00', code=True, shape='html')
M('is.a24fb', 'gudrun', 'fb', 'objection_accepted', 'is', '2024-06-21T09:00:00+00:00', ref=True)
M('is.bank', 'gudrun', ('org', 'Norðurbanki', 'kodi@nordurbanki.example', 'smtp.nordurbanki.example', '198.51.100.5'),
  'unrelated', 'is', '2024-06-22T12:00:00+00:00', ocode=True, shape='text', charset='iso-8859-1', cte=('8bit',))

# ============================================================== Lithuanian
M('lt.n25ig', 'ruta', 'ig', 'policy_notice', 'lt', '2025-04-21T06:00:00+00:00', use='2025-05-27', form='ig25',
  wrap='lig', charset='iso-8859-13')
M('lt.c25ig', 'ruta', 'ig', 'verification_code', 'lt', '2025-05-16T18:00:00+00:00', code=True, shape='html')
M('lt.r25ig', 'ruta', 'ig', 'objection_received', 'lt', '2025-05-16T18:02:00+00:00', ref=True)
M('lt.fake_a', 'ruta', ('fake', 'Instagram', 'no-reply@mail-instagram.lt', 'mail.mail-instagram.lt', '176.113.115.40'),
  'objection_accepted', 'lt', '2025-05-18T05:00:00+00:00', platform='instagram', ref=True, form='x_lt_a',
  shape='html')

# ============================================================== Latvian
M('lv.n26fb', 'ilze', 'fb', 'policy_notice', 'lv', '2026-11-23T07:00:00+00:00', use='2026-12-16', form='fb26',
  wrap='lfb', charset='iso-8859-13')
M('lv.o_fb', 'ilze', 'fbn', 'other_meta', 'lv', '2026-11-29T16:00:00+00:00', shape='html')
M('lv.c26fb', 'ilze', 'fb', 'verification_code', 'lv', '2026-12-10T19:00:00+00:00', code=True, shape='text')
M('lv.a26fb', 'ilze', 'fb', 'objection_accepted', 'lv', '2026-12-12T08:00:00+00:00', ref=True)

# ============================================================== Maltese
M('mt.n24fb', 'maria_mt', 'fb', 'policy_notice', 'mt', '2024-05-31T08:00:00+00:00', use='2024-06-26', form='fb24',
  wrap='lfb', charset='iso-8859-3')
M('mt.r24fb', 'maria_mt', 'fb', 'objection_received', 'mt', '2024-06-17T17:00:00+00:00', ref=True)
M('mt.a24fb', 'maria_mt', 'fb', 'objection_accepted', 'mt', '2024-06-19T09:00:00+00:00', ref=True, shape='html')
M('mt.fwd', 'josef_mt', ('person', 'maria_mt'), 'unrelated', 'mt', '2024-06-19T12:30:00+02:00', layout='plainhtml',
  accept_lang='mt-MT')

# ============================================================== Norwegian
M('no.n_und', 'ingrid', 'ig', 'policy_notice', 'no', '2025-06-10T08:00:00+00:00', form='ig25')
M('no.c_ig', 'ingrid', 'ig', 'verification_code', 'no', '2025-06-11T19:00:00+00:00', code=True)
M('no.r_ig', 'ingrid', 'ig', 'objection_received', 'no', '2025-06-11T19:02:00+00:00', ref=True)
M('no.o_ig', 'ingrid', 'igs', 'other_meta', 'no', '2025-06-12T07:00:00+00:00')
M('no.fake_x', 'ingrid', ('fake', 'Personvernsenteret', 'varsel@lnstagram-mail.com', 'mail.lnstagram-mail.com',
  '5.188.62.140'), 'objection_refused', 'no', '2025-06-13T05:00:00+00:00', platform='instagram', ref=True,
  form='x_no_x')
M('no.x_ig', 'ingrid', 'igs', 'objection_refused', 'no', '2025-06-14T08:00:00+00:00', form='ig25', ref=True)

# ============================================================== Romanian
M('ro.n25fb', 'andreea', 'fb', 'policy_notice', 'ro', '2025-04-19T07:00:00+00:00', use='2025-05-27', form='fb25',
  wrap='lfb')
M('ro.c25fb', 'andreea', 'fb', 'verification_code', 'ro', '2025-05-26T20:00:00+00:00', code=True)
M('ro.r25fb', 'andreea', 'fb', 'objection_received', 'ro', '2025-05-26T20:02:00+00:00', ref=True)
M('ro.bank', 'andreea', ('org', 'Banca Carpatică', 'alerte@bancacarpatica.example', 'mx.bancacarpatica.example',
  '198.51.100.180'), 'unrelated', 'ro', '2025-05-27T11:00:00+03:00', ocode=True, shape='html')
M('ro.a25fb', 'andreea', 'fb', 'objection_accepted', 'ro', '2025-05-28T06:00:00+00:00', ref=True, shape='text')

# ============================================================== Slovak
M('sk.n26fb', 'martin', 'fb', 'policy_notice', 'sk', '2026-11-25T08:00:00+00:00', use='2026-12-16', form='fb26',
  wrap='lfb', charset='iso-8859-2')
M('sk.c26fb', 'martin', 'fb', 'verification_code', 'sk', '2026-12-11T18:00:00+00:00', code=True)
M('sk.fake_c', 'martin', ('fake', 'Facebook', 'security@facebookmail.co', 'mail.facebookmail.co', '80.66.88.203'),
  'verification_code', 'sk', '2026-12-11T18:04:00+00:00', platform='facebook', code=True, form='x_sk_c',
  shape='html')
M('sk.a26fb', 'martin', 'fb', 'objection_accepted', 'sk', '2026-12-13T08:00:00+00:00', ref=True)

# ============================================================== Slovenian
M('sl.n25ig', 'nina', 'ig', 'policy_notice', 'sl', '2025-04-26T07:00:00+00:00', use='2025-05-27', form='ig25',
  wrap='lig', charset='iso-8859-2')
M('sl.c25ig', 'nina', 'ig', 'verification_code', 'sl', '2025-05-13T18:00:00+00:00', code=True)
M('sl.o_ig', 'nina', 'ig', 'other_meta', 'sl', '2025-05-14T12:00:00+00:00')
M('sl.x25ig', 'nina', 'igs', 'objection_refused', 'sl', '2025-05-16T09:00:00+00:00', form='ig25', ref=True)

# ============================================================== Swedish
M('sv.n26fb', 'erik', 'fb', 'policy_notice', 'sv', '2026-11-20T07:00:00+00:00', use='2026-12-16', form='fb26',
  wrap='lfb', charset='iso-8859-1')
M('sv.press', 'erik', ('org', 'Integritetsbrevet', 'brev@integritetsbrevet.example', 'utskick.integritetsbrevet.example',
  '198.51.100.230'), 'unrelated', 'sv', '2026-11-28T07:00:00+01:00', form='fb26',
  urls={'unsub': 'https://integritetsbrevet.example/avsluta?p=1290'})
M('sv.fake_n', 'erik', ('fake', 'Facebook', 'noreply@facebook.com.sekretess-center.se', 'mail.sekretess-center.se',
  '193.142.146.35'), 'policy_notice', 'sv', '2026-12-09T06:00:00+00:00', platform='facebook', use='2026-12-16',
  form='x_sv_n')
M('sv.c26fb', 'erik', 'fb', 'verification_code', 'sv', '2026-12-14T19:00:00+00:00', code=True, code_fmt='space')
M('sv.r26fb', 'erik', 'fb', 'objection_received', 'sv', '2026-12-14T19:02:00+00:00', ref=True)
M('sv.a26fb', 'erik', 'fb', 'objection_accepted', 'sv', '2026-12-15T21:30:00+00:00', ref=True)


# ============================================================== scenarios
# each: name, now, messages [(mail id, mailbox or None)], expected rows (days_left is computed by
# generate.py from deadline and the date of `now` in its own offset)
def row(mailbox, platform, account, rnd, state):
    return dict(mailbox=mailbox or 'default', platform=platform, account=account, round=rnd, state=state,
                deadline=None if rnd == 'unknown' else rnd)


SCENARIOS = [
    dict(name='en-gmail-2024-accepted', now='2024-06-20T10:00:00+01:00',
         messages=[(i, 'gmail') for i in ('en.n24', 'en.fwd', 'en.press', 'en.c24', 'en.r24', 'en.a24',
                                          'en.o_fbalert', 'en.bank', 'en.fake_a')],
         expect=[row('gmail', 'facebook', 'daniel.okafor@gmail.com', '2024-06-26', 'accepted')]),
    dict(name='en-outlook-refused-then-unauthenticated-ack', now='2026-12-10T12:00:00+00:00',
         messages=[(i, 'outlook') for i in ('en.n26ig', 'en.o_iglogin', 'en.c26ig', 'en.fake_c', 'en.x26ig',
                                            'en.dup_from')],
         expect=[row('outlook', 'instagram', 'priya.raman@outlook.com', '2026-12-16', 'refused')]),
    dict(name='en-work-2027-forwarded-with-arc', now='2027-01-15T09:00:00+00:00',
         messages=[('en.n27meta', 'work'), ('en.a_arc', 'work')],
         expect=[row('work', 'meta', 'tom.gallagher@harbourlogistics.example', '2027-01-20', 'accepted')]),
    dict(name='de-webde-refused', now='2026-12-12T09:00:00+01:00',
         messages=[(i, 'webde') for i in ('de.n26fb', 'de.c26fb', 'de.r26fb', 'de.fake_c', 'de.reply', 'de.x26fb')],
         expect=[row('webde', 'facebook', 'moritz.brandt@web.de', '2026-12-16', 'refused')]),
    dict(name='de-untrusted-arc-forwarder', now='2026-12-06T12:00:00+01:00',
         messages=[('de.arc_uni', 'uni')],
         expect=[]),
    dict(name='fr-orange-objected-again', now='2025-05-15T12:00:00+02:00',
         messages=[(i, 'orange') for i in ('fr.n25fb', 'fr.fwd_attach', 'fr.press', 'fr.c25fb_a', 'fr.r25fb_a',
                                           'fr.x25fb', 'fr.c25fb_b', 'fr.r25fb_b')],
         expect=[row('orange', 'facebook', 'elodie.marchand@orange.fr', '2025-05-27', 'awaiting_answer')]),
    dict(name='fr-proton-fake-acceptance', now='2026-12-03T10:00:00+01:00',
         messages=[('fr.n26ig', 'proton'), ('fr.fake_a', 'proton')],
         expect=[row('proton', 'instagram', 'thomas.lefevre@proton.me', '2026-12-16', 'action_needed')]),
    dict(name='es-work-reverse-order', now='2025-05-21T18:00:00+02:00',
         messages=[(i, 'trabajo') for i in ('es.a25fb', 'es.r25fb', 'es.c25fb', 'es.n25fb')],
         expect=[row('trabajo', 'facebook', 'marta.sole@clinica-norte.example', '2025-05-27', 'accepted')]),
    dict(name='nl-answer-without-notice', now='2026-12-08T12:00:00+01:00',
         messages=[('nl.c26fb', 'thuis'), ('nl.a26fb', 'thuis')],
         expect=[row('thuis', 'facebook', 'bram@dejong.example', 'unknown', 'accepted')]),
    dict(name='nl-notice-imported-last', now='2026-12-08T12:00:00+01:00',
         messages=[('nl.newsletter', 'thuis'), ('nl.c26fb', 'thuis'), ('nl.a26fb', 'thuis'), ('nl.n26fb', 'thuis')],
         expect=[row('thuis', 'facebook', 'bram@dejong.example', '2026-12-16', 'accepted')]),
    dict(name='nl-no-receiving-verdict', now='2026-12-05T12:00:00+01:00',
         messages=[('nl.joost', 'mulder')],
         expect=[]),
    dict(name='pt-two-accounts-two-rounds', now='2025-05-20T12:00:00+01:00',
         messages=[(i, 'casa') for i in ('pt.n24fb', 'pt.c24fb', 'pt.r24fb', 'pt.fake_c', 'pt.n25ig')],
         expect=[row('casa', 'facebook', 'ines.carvalho@gmail.com', '2024-06-26', 'awaiting_answer'),
                 row('casa', 'instagram', 'joao.ferreira@icloud.com', '2025-05-27', 'action_needed')]),
    dict(name='ro-deadline-day-in-local-offset', now='2025-05-27T00:30:00+03:00',
         messages=[('ro.n25fb', None)],
         expect=[row(None, 'facebook', 'andreea.popescu@gmail.com', '2025-05-27', 'deadline_passed')]),
    dict(name='ro-objected-on-last-evening', now='2025-05-27T00:30:00+03:00',
         messages=[('ro.n25fb', None), ('ro.c25fb', None), ('ro.r25fb', None), ('ro.bank', None)],
         expect=[row(None, 'facebook', 'andreea.popescu@gmail.com', '2025-05-27', 'awaiting_answer')]),
    dict(name='no-undated-notice', now='2025-06-13T12:00:00+02:00',
         messages=[(i, 'fm') for i in ('no.n_und', 'no.c_ig', 'no.r_ig', 'no.o_ig', 'no.fake_x')],
         expect=[row('fm', 'instagram', 'ingrid.hansen@fastmail.com', 'unknown', 'awaiting_answer')]),
    dict(name='da-notice-states-only-last-day', now='2026-12-05T10:00:00+01:00',
         messages=[(i, 'arbejde') for i in ('da.n26fb', 'da.r26fb', 'da.a26fb', 'da.bank')],
         expect=[row('arbejde', 'facebook', 'mikkel.sorensen@nordlys-arkitekter.example', '2026-12-16', 'accepted')]),
    dict(name='sv-accepted-on-last-day', now='2026-12-15T23:50:00+01:00',
         messages=[(i, None) for i in ('sv.n26fb', 'sv.press', 'sv.fake_n', 'sv.c26fb', 'sv.r26fb', 'sv.a26fb')],
         expect=[row(None, 'facebook', 'erik.lindqvist@icloud.com', '2026-12-16', 'accepted')]),
    dict(name='it-fake-code-after-acknowledgement', now='2026-12-08T12:00:00+01:00',
         messages=[(i, 'fastmail') for i in ('it.n26ig', 'it.c26ig', 'it.r26ig', 'it.fake_c')],
         expect=[row('fastmail', 'instagram', 'luca.moretti@fastmail.com', '2026-12-16', 'awaiting_answer')]),
    dict(name='it-refused', now='2026-12-11T12:00:00+01:00',
         messages=[(i, 'fastmail') for i in ('it.n26ig', 'it.c26ig', 'it.fake_c', 'it.r26ig', 'it.x26ig')],
         expect=[row('fastmail', 'instagram', 'luca.moretti@fastmail.com', '2026-12-16', 'refused')]),
    dict(name='pl-work-code-received', now='2026-12-02T14:00:00+01:00',
         messages=[('pl.n26ig', 'kancelaria'), ('pl.c26ig', 'kancelaria')],
         expect=[row('kancelaria', 'instagram', 'piotr.kaminski@kancelaria-wisla.example', '2026-12-16',
                     'code_received')]),
]
