# -*- coding: utf-8 -*-
# The message list of batch 3. Executed inside generate.py (shares its namespace).
# Every sender, address, reference and code is invented; Meta form URLs for 2024/2025 are the public ones.


def N(lang, a, plat, date, rnd, sender, **kw):
    return meta_msg('policy_notice', lang, a, plat, date, sender, round=rnd, **kw)


def C(lang, a, plat, date, code, sender, **kw):
    return meta_msg('verification_code', lang, a, plat, date, sender, code=code, **kw)


def R(lang, a, plat, date, sender, ref=True, **kw):
    if ref is True:
        ref = fake_ref()
    return meta_msg('objection_received', lang, a, plat, date, sender, ref=ref, **kw)


def A_(lang, a, plat, date, sender, ref=True, **kw):
    if ref is True:
        ref = fake_ref()
    return meta_msg('objection_accepted', lang, a, plat, date, sender, ref=ref, **kw)


def X(lang, a, plat, date, sender, ref=True, **kw):
    if ref is True:
        ref = fake_ref()
    return meta_msg('objection_refused', lang, a, plat, date, sender, ref=ref, **kw)


def O(lang, a, plat, date, sender, subject, blocks, footer=None, **kw):
    T = L.get(lang, L['en'])
    f = footer if footer is not None else [('small', T['sent_to'].format(addr=ACC[a]['addr']))]
    return other_msg('other_meta', lang, a, date, sender, subject, blocks, plat=plat, auth=kw.pop('auth', 'pass'),
                     meta_layout=True, cfooter=f, **kw)


def U(lang, a, date, sender, subject, blocks, footer=(), **kw):
    return other_msg('unrelated', lang, a, date, sender, subject, blocks, auth='own_pass', cfooter=list(footer), **kw)


SCENARIOS = {}

# =================================================================== scenarios (authentic unless noted)
# S1 de / web.de / facebook: notice, code, received, reminder of the same round, fake acceptance
s1 = [
    N('de', 'katrin', 'facebook', d(2025, 4, 14, 6, 12, -7), R25, 'fb_notif', wrap='fb', parts='both', cte='qp'),
    C('de', 'katrin', 'facebook', d(2025, 5, 3, 10, 12, 2), '128406', 'fb_priv', parts='html', cte='b64'),
    R('de', 'katrin', 'facebook', d(2025, 5, 3, 10, 19, 2), 'fb_priv', ref_label='Vorgangsnummer'),
    N('de', 'katrin', 'facebook', d(2025, 5, 22, 4, 40, -7), R25, 'fb_notif', reminder=True, dstyle='num', wrap='fb'),
    A_('de', 'katrin', 'facebook', d(2025, 5, 23, 21, 5, 2), 'fb_priv', auth='none_forged', forged_id='facebookmail.com',
       src=('vps-3391.hostingpoint.example', '193.42.117.18'), mf='noreply@support.facebook.com'),
]
SCENARIOS['de-reminder-and-fake-acceptance'] = dict(
    acct='katrin', mailbox='privat', now=dt.datetime(2025, 5, 24, 9, 0, tzinfo=TZ(2)), order=s1,
    expect=[dict(platform='facebook', round='2025-05-27', state='awaiting_answer')])

# S2 fr / outlook.fr / instagram: refusal (more information) then a new objection
s2 = [
    N('fr', 'julien', 'instagram', d(2024, 5, 31, 8, 30, -7), R24, 'ig', dstyle='wd', wrap='ig', cte='b64'),
    C('fr', 'julien', 'instagram', d(2024, 6, 10, 19, 2, 0), '550912', 'ig', code_style='inline'),
    R('fr', 'julien', 'instagram', d(2024, 6, 10, 19, 9, 0), 'ig'),
]
_ref2 = fake_ref()
s2 += [
    X('fr', 'julien', 'instagram', d(2024, 6, 14, 11, 40, 0), 'ig', ref=_ref2, more=True, form_again=True, round=R24, wrap='ig'),
    C('fr', 'julien', 'instagram', d(2024, 6, 15, 9, 55, 0), '073361', 'ig'),
    R('fr', 'julien', 'instagram', d(2024, 6, 15, 10, 1, 0), 'ig', ref_label='Numéro de dossier'),
]
SCENARIOS['fr-refusal-then-new-objection'] = dict(
    acct='julien', mailbox=None, now=dt.datetime(2024, 6, 20, 12, 0, tzinfo=TZ(2)), order=s2,
    expect=[dict(platform='instagram', round='2024-06-26', state='awaiting_answer')])

# S3 it / gmail / facebook: two rounds
s3 = [
    N('it', 'giulia', 'facebook', d(2024, 5, 29, 7, 0, -7), R24, 'fb_notif', charset='windows-1252', cte='qp'),
    R('it', 'giulia', 'facebook', d(2024, 6, 3, 15, 20, 0), 'fb_priv'),
    A_('it', 'giulia', 'facebook', d(2024, 6, 12, 9, 44, 0), 'fb_priv', ref_label='Rif.'),
    N('it', 'giulia', 'facebook', d(2025, 4, 15, 5, 30, -7), R25, 'fb_notif', cite=(dt.date(2025, 3, 20), dt.date(2025, 4, 7)),
      dstyle='num', parts='html', cte='qp'),
]
SCENARIOS['it-two-rounds'] = dict(
    acct='giulia', mailbox='gmail', now=dt.datetime(2025, 4, 20, 10, 0, tzinfo=TZ(2)), order=s3,
    expect=[dict(platform='facebook', round='2024-06-26', state='accepted'),
            dict(platform='facebook', round='2025-05-27', state='action_needed')])

# S4 es / gmail / instagram: shuffled order
s4n = N('es', 'alvaro', 'instagram', d(2026, 11, 18, 6, 0, -8), R26, 'ig', dstyle='long', charset='iso-8859-1', cte='qp')
s4c = C('es', 'alvaro', 'instagram', d(2026, 11, 25, 20, 31, 1), '824150', 'ig', parts='html', cte='qp')
s4r = R('es', 'alvaro', 'instagram', d(2026, 11, 25, 20, 40, 1), 'ig', ref_label='Ref. del caso')
s4a = A_('es', 'alvaro', 'instagram', d(2026, 11, 30, 12, 3, 1), 'ig')
SCENARIOS['es-shuffled-order'] = dict(
    acct='alvaro', mailbox=None, now=dt.datetime(2026, 12, 2, 9, 0, tzinfo=TZ(1)), order=[s4a, s4c, s4n, s4r],
    expect=[dict(platform='instagram', round='2026-12-16', state='accepted')])

# S5 pl / gmail / facebook: deadline already passed
s5 = [N('pl', 'agnieszka', 'facebook', d(2026, 11, 20, 7, 15, -8), R26, 'fb_notif', dstyle='num', charset='iso-8859-2', cte='qp')]
SCENARIOS['pl-deadline-passed'] = dict(
    acct='agnieszka', mailbox='poczta', now=dt.datetime(2026, 12, 20, 18, 0, tzinfo=TZ(1)), order=s5,
    expect=[dict(platform='facebook', round='2026-12-16', state='deadline_passed')])

# S6 nl / hotmail / facebook: code received
s6 = [
    N('nl', 'sanne', 'facebook', d(2025, 4, 16, 3, 10, -7), R25, 'fb_notif', dstyle='long'),
    C('nl', 'sanne', 'facebook', d(2025, 5, 19, 22, 47, 2), '409873', 'fb_priv', code_style='big', cte='b64'),
]
SCENARIOS['nl-code-received'] = dict(
    acct='sanne', mailbox=None, now=dt.datetime(2025, 5, 20, 12, 0, tzinfo=TZ(2)), order=s6,
    expect=[dict(platform='facebook', round='2025-05-27', state='code_received')])

# S7 sv / outlook / facebook + instagram
s7 = [
    N('sv', 'johan', 'facebook', d(2026, 11, 12, 5, 0, -8), R26, 'fb_notif', dstyle='wd'),
    N('sv', 'johan', 'instagram', d(2026, 11, 13, 5, 20, -8), R26, 'ig', dstyle='num', parts='html', cte='b64'),
    R('sv', 'johan', 'instagram', d(2026, 12, 1, 18, 2, 1), 'ig'),
]
SCENARIOS['sv-two-platforms'] = dict(
    acct='johan', mailbox='jobb', now=dt.datetime(2026, 12, 10, 12, 0, tzinfo=TZ(1)), order=s7,
    expect=[dict(platform='facebook', round='2026-12-16', state='action_needed'),
            dict(platform='instagram', round='2026-12-16', state='awaiting_answer')])

# S8 cs / seznam / facebook: the notice that precedes the answers is imported last
s8r = R('cs', 'petra', 'facebook', d(2025, 5, 5, 14, 12, 2), 'fb_priv', charset='iso-8859-2', cte='qp')
s8a = A_('cs', 'petra', 'facebook', d(2025, 5, 20, 9, 3, 2), 'fb_priv', charset='windows-1250', cte='qp')
s8n = N('cs', 'petra', 'facebook', d(2025, 4, 16, 4, 0, -7), R25, 'fb_notif', dstyle='long', charset='iso-8859-2', cte='qp')
SCENARIOS['cs-notice-imported-last'] = dict(
    acct='petra', mailbox=None, now=dt.datetime(2025, 6, 1, 10, 0, tzinfo=TZ(2)), order=[s8r, s8a, s8n],
    expect=[dict(platform='facebook', round='2025-05-27', state='accepted')])

# S9 en / outlook (UK) / facebook: deadline day
s9 = [N('en', 'hannah', 'facebook', d(2024, 5, 24, 8, 48, -7), R24, 'fb_notif', dstyle='us', to_addr_case='Hannah.Whitfield@Outlook.com')]
SCENARIOS['en-deadline-day'] = dict(
    acct='hannah', mailbox=None, now=dt.datetime(2024, 6, 26, 8, 0, tzinfo=TZ(1)), order=s9,
    expect=[dict(platform='facebook', round='2024-06-26', state='deadline_passed')])

# S10 da / iCloud / instagram: an acknowledgement without any notice
s10 = [R('da', 'mette', 'instagram', d(2025, 5, 6, 13, 30, 2), 'ig', parts='html', cte='qp')]
SCENARIOS['da-answer-without-notice'] = dict(
    acct='mette', mailbox='icloud', now=dt.datetime(2025, 5, 10, 12, 0, tzinfo=TZ(2)), order=s10,
    expect=[dict(platform='instagram', round='unknown', state='awaiting_answer')])

# S11 fi / fastmail / facebook: reminder after the objection, acceptance dated after --now
s11 = [
    N('fi', 'aino', 'facebook', d(2025, 4, 15, 2, 0, -7), R25, 'fb_notif', dstyle='long', charset='iso-8859-15'),
    R('fi', 'aino', 'facebook', d(2025, 5, 12, 16, 44, 3), 'fb_priv'),
    N('fi', 'aino', 'facebook', d(2025, 5, 19, 3, 0, -7), R25, 'fb_notif', reminder=True, dstyle='num'),
    A_('fi', 'aino', 'facebook', d(2025, 5, 22, 8, 15, 3), 'fb_priv'),
]
SCENARIOS['fi-acceptance-after-now'] = dict(
    acct='aino', mailbox=None, now=dt.datetime(2025, 5, 20, 12, 0, tzinfo=TZ(3)), order=s11,
    expect=[dict(platform='facebook', round='2025-05-27', state='accepted')])

# S12 hu / gmail / instagram: refused
s12n = N('hu', 'zsofi', 'instagram', d(2025, 4, 17, 6, 30, -7), R25, 'ig', dstyle='long', charset='windows-1250', cte='qp')
s12x = X('hu', 'zsofi', 'instagram', d(2025, 5, 15, 10, 10, 2), 'ig', ref_label='Ügyazonosító')
SCENARIOS['hu-refused'] = dict(
    acct='zsofi', mailbox=None, now=dt.datetime(2025, 5, 18, 12, 0, tzinfo=TZ(2)), order=[s12n, s12x],
    expect=[dict(platform='instagram', round='2025-05-27', state='refused')])

# =================================================================== further policy notices
N('en', 'callum', 'facebook', d(2024, 5, 23, 9, 2, -7), R24, 'fb_notif', dstyle='usnum', qp_url_break=True, parts='both', cte='qp',
  subject="We're updating our Privacy Policy")
N('en', 'aoife', 'instagram', d(2025, 5, 21, 4, 20, -7), R25, 'ig', reminder=True, dstyle='long', parts='html', cte='b64',
  pre='Only a few days left to object.')
N('en', 'rokafor', 'meta', d(2026, 11, 12, 7, 45, -8), R26, 'meta_pc', wrap='safelinks_fb', dstyle='long',
  dateline='12 November 2026', cite=(dt.date(2025, 3, 20), dt.date(2026, 10, 28)))
N('fr', 'elodie', 'facebook', d(2025, 4, 15, 9, 5, -7), R25, 'fb_notif', dstyle='wd', wrap='fb', wrap_text='none',
  charset='iso-8859-15', cte='qp')
N('fr', 'elodie', 'meta', d(2025, 5, 20, 17, 2, 2), R25, ('Meta Privacy Center', 'privacy@meta-privacy-center.net'),
  auth='own_pass', form='https://meta-privacy-center.net/fr/opposition?id=' + rdigits(8), reminder=True, dstyle='long',
  src=('mail.meta-privacy-center.net', '185.234.72.19'))
N('es', 'marta', 'facebook', d(2024, 5, 28, 6, 33, -7), R24, 'fb_notif', dstyle='wd', charset='iso-8859-1', cte='qp')
N('nl', 'lverm', 'facebook', d(2025, 4, 18, 2, 50, -7), R25, 'fb_notif', wrap='pp3', dstyle='num')
N('pt', 'ines', 'facebook', d(2024, 6, 3, 8, 0, -7), R24, 'fb_notif', wrap='google', dstyle='wd', charset='windows-1252')
N('da', 'knielsen', 'facebook', d(2026, 11, 16, 6, 10, -8), R26, 'fb_notif', wrap='barracuda', dstyle='wd',
  cite=(dt.date(2025, 3, 20), dt.date(2026, 11, 2)))
N('el', 'eleni', 'facebook', d(2024, 6, 4, 5, 0, -7), R24, 'fb_notif', dstyle='long', charset='iso-8859-7', cte='qp')
N('bg', 'ivan', 'facebook', d(2025, 4, 22, 7, 0, -7), R25, 'fb_notif', dstyle='long', charset='windows-1251', cte='b64', parts='html')
N('hr', 'ana', 'instagram', d(2026, 11, 19, 4, 0, -8), R26, 'ig', dstyle='long', charset='iso-8859-2', cte='qp',
  cite=(dt.date(2025, 3, 20), dt.date(2026, 11, 5)))
N('et', 'kristjan', 'facebook', d(2024, 6, 1, 6, 0, -7), R24, 'fb_notif', dstyle='long', charset='iso-8859-15')
N('ga', 'siobhan', 'facebook', d(2025, 4, 23, 5, 30, -7), R25, 'fb_notif', wrap='safelinks', dstyle='long')
N('lv', 'janis', 'facebook', d(2026, 11, 20, 6, 0, -8), R26, 'fb_notif', dstyle='long', charset='iso-8859-13', cte='qp',
  cite=(dt.date(2025, 3, 20), dt.date(2026, 11, 3)))
N('lt', 'ruta', 'instagram', d(2025, 4, 24, 7, 0, -7), R25, 'ig', dstyle='long', parts='html', cte='qp')
N('mt', 'maria', 'facebook', d(2024, 6, 5, 6, 0, -7), R24, 'fb_notif', dstyle='long')
N('sk', 'martin', 'facebook', d(2025, 4, 25, 4, 0, -7), R25, 'fb_notif', dstyle='num', charset='windows-1250', cte='qp')
N('sl', 'nina', 'instagram', d(2024, 6, 6, 3, 0, -7), R24, 'ig', dstyle='long', cte='b64')
N('is', 'gudrun', 'facebook', d(2026, 11, 23, 5, 0, -8), R26, 'fb_notif', dstyle='wd', charset='iso-8859-1', cte='qp')
N('en', 'dan', 'facebook', d(2026, 12, 3, 14, 22, 0), R26, ('Facebook', 'security@facebookmail.com'), auth='forged_below',
  dstyle='long', parts='both', cte='qp')
N('sv', 'elin', 'facebook', d(2025, 5, 24, 19, 40, 2), R25, ('Face\u200bbook', 'meddelanden@notify-fb-eu.com'), auth='own_pass',
  form='https://notify-fb-eu.com/sv/invandning', dstyle='long', src=('out2.notify-fb-eu.com', '91.208.33.40'))
N('fi', 'vlehtonen', 'facebook', d(2025, 4, 28, 1, 0, -7), R25, 'fb_notif', wrap='mimecast', dstyle='num')
N('no', 'ingrid', 'facebook', d(2025, 4, 29, 3, 0, -7), R25, 'fb_notif', dstyle='wd')

# =================================================================== verification codes
C('en', 'callum', 'facebook', d(2024, 6, 7, 18, 1, 1), '093817', 'fb_priv', parts='text', cte='qp')
C('en', 'aoife', 'instagram', d(2025, 5, 22, 20, 14, 1), '482019', 'ig', parts='html', cte='b64')
C('fr', 'elodie', 'facebook', d(2025, 5, 2, 21, 3, 2), '731204', 'fb_priv', code_disp='731 204', charset='iso-8859-15', cte='qp')
C('de', 'mbrandt', 'facebook', d(2025, 5, 6, 8, 30, 2), '047291', 'fb_ops', cte='qp')
C('de', 'sabine', 'instagram', d(2024, 6, 12, 22, 16, 2), '615830', 'ig', with_recv=True, subject='Wir haben deine Anfrage erhalten')
C('es', 'marta', 'facebook', d(2024, 6, 9, 12, 0, 2), '208846', 'fb_priv',
  footer_extra=[('small', 'Nuevo inicio de sesión: Chrome en Windows · 9 de junio a las 11:58 · cerca de Valencia, España. '
                 'Si no has sido tú, protege tu cuenta.'), ('link', 'Proteger cuenta', 'https://www.facebook.com/hacked')])
C('it', 'davide', 'facebook', d(2025, 5, 10, 10, 10, 2), '581902', 'fb_priv', code_break=2, parts='both', cte='qp')
C('pl', 'tomasz', 'facebook', d(2025, 5, 11, 9, 0, 2), '770413', 'fb_priv', charset='windows-1250', cte='qp', parts='text')
C('pt', 'ines', 'instagram', d(2024, 6, 11, 20, 20, 1), '319442', 'ig', code_disp='319&nbsp;442', code_text='319442')
C('ro', 'andreea', 'facebook', d(2025, 5, 12, 18, 18, 3), '652018', 'fb_priv', code_style='inline')
C('cs', 'jiri', 'facebook', d(2025, 5, 13, 7, 7, 2), '084512', 'fb_priv', charset='iso-8859-2', cte='qp', parts='text')
C('el', 'eleni', 'instagram', d(2024, 6, 14, 21, 1, 3), '903377', 'ig', parts='html', cte='b64')
C('hu', 'zsofi', 'facebook', d(2025, 5, 14, 8, 45, 2), '274690', 'fb_priv', subject='274690 – a megerősítő kódod',
  charset='iso-8859-2', cte='qp')
C('fi', 'vlehtonen', 'instagram', d(2025, 5, 15, 14, 2, 3), '005168', 'ig', cte='b64')
C('sv', 'elin', 'instagram', d(2025, 5, 16, 16, 30, 2), '440921', ('Instagram', 'security@mail-instagram.com'), auth='own_pass',
  src=('smtp.mail-instagram.com', '194.87.211.9'))
C('it', 'davide', 'meta', d(2025, 5, 17, 19, 0, 2), '186204', ('Meta Privacy Centre', 'meta.privacy.centre@gmail.com'), auth='own_pass',
  src=('mail-sor-f41.google.com', '209.85.220.41'), parts='html', cte='qp')
C('bg', 'ivan', 'facebook', d(2025, 5, 6, 9, 30, 3), '530287', 'fb_priv', charset='windows-1251', cte='8bit', parts='text')
C('hr', 'ana', 'facebook', d(2026, 12, 4, 17, 2, 1), '761039', 'fb_priv', charset='iso-8859-2', cte='qp')
C('lt', 'ruta', 'instagram', d(2025, 5, 8, 11, 11, 3), '042775', 'ig', cte='qp')
C('no', 'ingrid', 'facebook', d(2025, 5, 9, 20, 50, 2), '918230', 'fb_priv', code_disp='918 230', parts='html', cte='qp')
C('sl', 'nina', 'instagram', d(2024, 6, 17, 7, 40, 2), '367551', 'ig', with_recv=True, cte='b64')

# =================================================================== received
R('en', 'callum', 'facebook', d(2024, 6, 7, 18, 9, 1), 'fb_priv',
  extra_blocks=[('link', 'Privacy Centre', 'https://www.facebook.com/privacy/center/?entry_point=email&notif_id=1717779541027634&ref=notif')])
R('en', 'aoife', 'instagram', d(2024, 6, 19, 14, 0, 1), 'ig_priv', ref=None,
  r_p2="We don't automatically fulfil requests sent using this form. We'll review your objection in line with data protection law and let you know the outcome.")
R('fr', 'elodie', 'facebook', d(2025, 5, 2, 21, 10, 2), 'fb_priv', ref_label='Réf.', charset='iso-8859-15', cte='qp')
R('de', 'mbrandt', 'facebook', d(2025, 5, 6, 8, 36, 2), 'fb_ops', cte='b64', parts='html')
R('es', 'marta', 'facebook', d(2024, 6, 9, 12, 8, 2), 'fb_priv', ref_hash=True)
R('it', 'davide', 'instagram', d(2024, 6, 18, 10, 0, 2), 'ig', charset='iso-8859-15', cte='qp')
R('nl', 'lverm', 'facebook', d(2025, 5, 12, 13, 33, 2), 'fb_priv', auth='twofrom',
  second_from='Facebook Privacy <noreply@fb-privacy-support.com>')
R('pl', 'tomasz', 'facebook', d(2025, 5, 11, 9, 8, 2), 'fb_priv', charset='windows-1250', cte='qp')
R('pt', 'ines', 'facebook', d(2024, 6, 12, 15, 15, 1), 'fb_priv', charset='windows-1252', cte='qp')
R('ro', 'andreea', 'instagram', d(2025, 5, 12, 18, 30, 3), 'ig')
R('el', 'eleni', 'facebook', d(2024, 6, 10, 16, 0, 3), 'fb_priv', charset='iso-8859-7', cte='qp')
R('hu', 'zsofi', 'facebook', d(2025, 5, 14, 8, 52, 2), 'fb_priv', ref=None,
  extra_blocks=[('link', 'Kérelmed állapota', 'https://www.facebook.com/support/?case_id=1082746351092837&notif_t=support_case')])
R('fi', 'vlehtonen', 'facebook', d(2025, 5, 15, 14, 10, 3), 'fb_priv', charset='iso-8859-15', cte='qp')
R('hr', 'ana', 'facebook', d(2026, 12, 4, 17, 9, 1), 'fb_priv', charset='iso-8859-2', cte='qp', parts='html')
R('et', 'kristjan', 'instagram', d(2024, 6, 13, 12, 0, 3), 'ig')
R('mt', 'maria', 'instagram', d(2024, 6, 15, 9, 0, 2), 'ig')
R('no', 'ingrid', 'facebook', d(2025, 5, 9, 20, 58, 2), 'fb_priv', cte='b64')
R('is', 'gudrun', 'facebook', d(2026, 12, 5, 12, 0, 0), 'fb_priv', charset='iso-8859-1', cte='qp')

# =================================================================== accepted
A_('en', 'callum', 'facebook', d(2024, 6, 14, 9, 12, 1), 'fb_priv', ref_label='Reference',
   a_p1="Thanks for your request. We will honour your objection: going forward we won't use your public information from Facebook and Instagram to develop and improve generative AI models for AI at Meta.")
A_('en', 'hannah', 'instagram', d(2024, 6, 21, 16, 4, 1), 'ig', ref_label='Ticket ID', ref_hash=True, subject='Your objection has been upheld',
   a_p1="Your objection has been upheld. We won't use your public Instagram information to develop and improve generative AI models for AI at Meta going forward.")
A_('en', 'aoife', 'meta', d(2025, 5, 23, 8, 0, 1), 'meta', ref=None,
   a_p1="We've reviewed your objection. We won't use your information from Meta products to develop and improve generative AI models for AI at Meta going forward.")
_old_fr = fake_ref()
A_('fr', 'elodie', 'instagram', d(2025, 5, 9, 13, 13, 2), 'ig_priv', ref_label='Numéro de dossier', charset='iso-8859-15', cte='qp',
   extra_blocks=[('small', '---- Message précédent ----'),
                 ('quote', ['Nous avons bien reçu votre opposition.', f'Réf. : {_old_fr}', 'Une fois l’examen terminé, nous vous informerons par e-mail.'])])
A_('de', 'sabine', 'instagram', d(2024, 6, 20, 11, 0, 2), 'ig', parts='html', cte='qp')
A_('es', 'carmen', 'facebook', d(2025, 5, 21, 23, 11, 2), 'fb_priv', auth='dmarcfail', mf='noreply@support.facebook.com',
   src=('srv-mail.consultoria-alfa.example', '203.0.113.77'))
_old_it = fake_ref()
A_('it', 'davide', 'facebook', d(2025, 5, 19, 10, 30, 2), 'fb_priv', ref=None, cte='qp',
   extra_blocks=[('small', 'Il 10 mag 2025, alle ore 10:18, Facebook Privacy ha scritto:'),
                 ('quote', ['Grazie per la tua opposizione all\'uso delle tue informazioni per l\'IA di Meta.', f'Numero pratica: {_old_it}'])])
A_('pt', 'ines', 'instagram', d(2024, 6, 19, 17, 0, 1), 'ig', charset='windows-1252', cte='qp')
A_('ro', 'andreea', 'facebook', d(2025, 5, 20, 9, 9, 3), 'fb_priv', parts='html', cte='b64')
A_('el', 'eleni', 'instagram', d(2024, 6, 21, 10, 0, 3), 'ig', charset='iso-8859-7', cte='qp')
A_('hu', 'zsofi', 'facebook', d(2025, 5, 21, 15, 0, 2), 'fb_priv', charset='iso-8859-2', cte='qp')
A_('da', 'mette', 'facebook', d(2025, 5, 19, 12, 0, 2), 'fb_priv')
A_('pl', 'tomasz', 'instagram', d(2025, 5, 22, 14, 0, 2), 'ig', charset='iso-8859-2', cte='qp')
A_('lt', 'ruta', 'facebook', d(2025, 5, 16, 10, 0, 3), 'fb_priv', cte='b64')
A_('sl', 'nina', 'facebook', d(2024, 6, 24, 8, 0, 2), 'fb_priv', charset='iso-8859-2', cte='qp')
A_('ga', 'siobhan', 'instagram', d(2025, 5, 14, 12, 30, 1), 'ig')

# =================================================================== refused
X('en', 'rokafor', 'facebook', d(2026, 12, 8, 15, 0, 0), 'fb_priv', more=True, form_again=True, round=R26, wrap='safelinks', ref_label='Case number')
X('en', 'callum', 'instagram', d(2024, 6, 18, 11, 0, 1), 'ig', form_again=True, round=R24, wrap='ig')
X('fr', 'elodie', 'facebook', d(2024, 6, 20, 9, 0, 2), 'fb_priv', charset='iso-8859-15', cte='qp')
X('de', 'mbrandt', 'facebook', d(2025, 5, 13, 16, 0, 2), 'fb_ops', more=True, form_again=True, round=R25, wrap='lm', ref_label='Vorgangsnummer')
X('es', 'marta', 'instagram', d(2025, 5, 16, 13, 0, 2), 'ig', charset='iso-8859-1', cte='qp')
X('it', 'davide', 'facebook', d(2024, 6, 21, 12, 0, 2), 'fb_priv', more=True)
X('nl', 'lverm', 'instagram', d(2025, 5, 20, 10, 0, 2), 'ig', form_again=True, round=R25, wrap='pp2')
X('pl', 'tomasz', 'facebook', d(2025, 5, 23, 20, 15, 2), ('Facebook', 'support@faceb00k-security.com'), auth='own_pass',
  form_again=True, form='https://faceb00k-security.com/pl/sprzeciw/' + rdigits(6), round=R25, charset='iso-8859-2', cte='qp',
  src=('mx.faceb00k-security.com', '5.188.62.140'))
X('pt', 'ines', 'facebook', d(2024, 6, 24, 18, 0, 1), 'fb_priv', more=True, form_again=True, round=R24, charset='windows-1252', cte='qp')
X('sv', 'elin', 'instagram', d(2025, 5, 20, 10, 40, 2), 'ig')
X('da', 'mette', 'instagram', d(2025, 5, 15, 9, 20, 2), 'ig', parts='html', cte='qp')
X('fi', 'vlehtonen', 'facebook', d(2025, 5, 23, 13, 0, 3), 'fb_priv', cte='qp')
X('ro', 'andreea', 'facebook', d(2024, 6, 22, 8, 0, 3), 'fb_priv')
X('cs', 'jiri', 'facebook', d(2025, 5, 21, 11, 0, 2), 'fb_priv', charset='windows-1250', cte='qp')
X('el', 'eleni', 'facebook', d(2024, 6, 22, 9, 30, 3), 'fb_priv', charset='iso-8859-7', cte='b64')
X('sk', 'martin', 'facebook', d(2025, 5, 21, 14, 0, 2), 'fb_priv', charset='windows-1250', cte='qp', form_again=True, round=R25)
X('lv', 'janis', 'instagram', d(2026, 12, 9, 10, 0, 2), 'ig', charset='iso-8859-13', cte='qp')
X('is', 'gudrun', 'instagram', d(2026, 12, 10, 15, 0, 0), 'ig', cte='b64')
X('et', 'kristjan', 'facebook', d(2024, 6, 25, 10, 0, 3), 'fb_priv', charset='iso-8859-15', cte='qp')
X('en', 'dan', 'facebook', d(2026, 12, 9, 10, 0, 0), 'fb_priv', ref=None, auth='pass', parts='text', cte='7bit')

exec(open(os.path.join(HERE, 'specs_other.py'), encoding='utf-8').read())
