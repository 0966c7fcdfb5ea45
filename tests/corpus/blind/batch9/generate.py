#!/usr/bin/env python3
"""Deterministic generator of the blind9 batch: eml/, manifest.jsonl, scenarios/."""
import datetime as dt, json, os, random, shutil
import build as B, headers as HD, links, mimehelp as M, words_misc
rnd = random.Random(9090)
OUT = os.path.dirname(os.path.abspath(__file__))
R24, R25, RF, RF2 = '2024-06-26', '2025-05-27', '2026-10-14', '2027-03-02'
HEAVY = 'hu cs sk sl hr bg el lt lv et fi da no is ga mt'.split()
LIGHT = 'en de fr es it nl pt pl ro sv'.split()
PEOPLE = {  # lang: (first, address, provider)
 'hu': ('Eszter', 'nagy.eszter@freemail.hu', 'freemail'), 'cs': ('Jana', 'jana.novakova@seznam.cz', 'seznam'),
 'sk': ('Martin', 'martin.kovac@azet.sk', 'azet'), 'sl': ('Nina', 'nina.zupan@siol.net', 'siol'),
 'hr': ('Ivan', 'ivan.horvat84@gmail.com', 'gmail'), 'bg': ('Десислава', 'desi.petrova@abv.bg', 'abv'),
 'el': ('Νίκος', 'nikos.papadopoulos@yahoo.com', 'yahoo'), 'lt': ('Rūta', 'ruta.kazlauskaite@gmail.com', 'gmail'),
 'lv': ('Jānis', 'janis.berzins@inbox.lv', 'inbox'), 'et': ('Kadri', 'kadri.tamm@gmail.com', 'gmail'),
 'fi': ('Aino', 'aino.virtanen@outlook.com', 'outlook'), 'da': ('Mette', 'mette.jensen@bager-jensen.dk', 'm365'),
 'no': ('Ingrid', 'ingrid.hansen@icloud.com', 'icloud'), 'is': ('Sigrún', 'sigrun@fastmail.com', 'fastmail'),
 'ga': ('Aoife', 'aoife.murphy@eircom.net', 'eircom'), 'mt': ('Ġorġ', 'gorg.borg@proton.me', 'proton'),
 'en': ('Oliver', 'oliver.hughes@gmail.com', 'gmail'), 'de': ('Lena', 'lena.schmidt@gmx.de', 'gmx'),
 'fr': ('Camille', 'camille.bernard@orange.fr', 'orange'), 'es': ('Lucía', 'lucia.garcia@outlook.es', 'outlook'),
 'it': ('Giulia', 'giulia.ricci@libero.it', 'libero'), 'nl': ('Sanne', 'sanne.peeters@telenet.be', 'telenet'),
 'pt': ('Inês', 'ines.costa@gmail.com', 'gmail'), 'pl': ('Kasia', 'k.wisniewska@wp.pl', 'wp'),
 'ro': ('Andreea', 'andreea.ionescu@yahoo.com', 'yahoo'), 'sv': ('Elin', 'elin.lindqvist@posteo.se', 'posteo'),
}
SECOND = {'fi': ('Aino', 'aino.virtanen@yliopisto-esim.fi', 'm365'), 'de': ('Lena', 'lena.schmidt@web.de', 'webde'),
          'fr': ('Camille', 'camille.b@free.fr', 'free'), 'en': ('Oliver', 'oliver.hughes@icloud.com', 'icloud')}
WRAPS_BY_PROV = {'m365': ['safelinks', 'pp3', 'pp2', 'barracuda', 'trendmicro'], 'outlook': ['safelinks', 'none']}
specs = []

def meta_ip():
    a = rnd.choice(['66.220.144', '66.220.155', '69.171.232', '69.63.178'])
    ip = '%s.%d' % (a, rnd.randint(130, 190))
    return ip, ip.replace('.', '-') + '.mail-mail.facebook.com'

def add(**k):
    specs.append(k); return k

def when(deadline, days, hour=None):
    d = dt.date.fromisoformat(deadline) + dt.timedelta(days=days)
    tz = dt.timezone(dt.timedelta(hours=rnd.choice([-7, -8, 0, 1, 2])))
    return dt.datetime(d.year, d.month, d.day, hour if hour is not None else rnd.randint(6, 22), rnd.randint(0, 59), rnd.randint(0, 59), tzinfo=tz)

def refn():
    return str(rnd.randint(10**14, 10**16 - 1))

def code6():
    return '%06d' % rnd.randint(0, 999999)

# ---- flows -------------------------------------------------------------
ROUNDS = [R25, R24, RF, R25, R24, RF]
for i, lang in enumerate(HEAVY + LIGHT):
    heavy = lang in HEAVY
    first, to, prov = PEOPLE[lang]
    r1 = ROUNDS[i % len(ROUNDS)]
    base = dict(lang=lang, first=first, to=to, prov=prov, group=lang)
    nb = add(kind='policy_notice', platform='facebook', deadline=r1, date=when(r1, -rnd.randint(22, 33)), variant=0, tag='n1fb', **base)
    add(kind='policy_notice', platform='instagram', deadline=r1, date=when(r1, -rnd.randint(20, 30)), variant=1, tag='n1ig', **base)
    cd = when(r1, -rnd.randint(4, 14))
    add(kind='verification_code', platform='facebook', date=cd, variant=0, tag='cfb', **base)
    add(kind='objection_received', platform='facebook', date=cd + dt.timedelta(minutes=rnd.randint(2, 9)), variant=0, tag='rfb', **base)
    oc = 'objection_refused' if i % 3 == 1 else 'objection_accepted'
    add(kind=oc, platform='facebook', date=cd + dt.timedelta(days=rnd.randint(1, 6), hours=3), variant=i // 3, tag='ofb', **base)
    if heavy:
        add(kind='verification_code', platform='instagram', date=when(r1, -rnd.randint(1, 3)), variant=1, tag='cig', **base)
        add(kind='other_meta', platform=rnd.choice(['facebook', 'instagram']), date=when(r1, 40), variant=0, tag='oth', **base)
        if i % 2 == 0:
            r2 = RF if r1 != RF else RF2
            add(kind='policy_notice', platform='facebook', deadline=r2, date=when(r2, -rnd.randint(12, 25)), variant=1, tag='n2fb', **base)
        if i % 4 == 1:
            add(kind='objection_received', platform='instagram', date=when(r1, rnd.randint(2, 6)), variant=0, tag='rig', **base)
            add(kind='objection_accepted', platform='instagram', date=when(r1, rnd.randint(9, 15)), variant=1, tag='aig', **base)
    else:
        add(kind='other_meta', platform='facebook', date=when(r1, 60), variant=0, tag='oth', **base)
# English extras: more paraphrases
b = dict(lang='en', first='Oliver', to='oliver.hughes@icloud.com', prov='icloud', group='en2')
add(kind='policy_notice', platform='instagram', deadline=RF, date=when(RF, -18), variant=2, tag='n1ig', **b)
add(kind='verification_code', platform='instagram', date=when(RF, -3), variant=2, cstyle=1, tag='cig', **b)
add(kind='objection_received', platform='instagram', date=when(RF, -3), variant=1, tag='rig', **b)
add(kind='objection_refused', platform='instagram', date=when(RF, 5), variant=1, tag='xig', **b)
add(kind='verification_code', platform='instagram', date=when(RF, 7), variant=1, tag='cig2', **b)
for v in (1, 2, 3):
    add(kind='other_meta', platform=['facebook', 'facebook', 'facebook'][v - 1], date=when(R25, 80 + v), variant=v, **b)
add(kind='other_meta', platform='messenger', date=when(R25, 90), variant=0, **b)
add(kind='other_meta', platform='meta', date=when(R25, 91), variant=0, **b)
# second mailboxes (same people, other address/provider)
for lang, (first, to, prov) in SECOND.items():
    bb = dict(lang=lang, first=first, to=to, prov=prov, group=lang + '2')
    add(kind='policy_notice', platform='facebook', deadline=R25, date=when(R25, -26), variant=0, dfmt=2, tag='n1fb', **bb)
    add(kind='verification_code', platform='facebook', date=when(R25, 2), variant=0, cstyle=2, tag='cfb', **bb)
    add(kind='objection_received', platform='facebook', date=when(R25, 2), variant=0, tag='rfb', **bb)

# ---- fakes ------------------------------------------------------------
FAKES = [('hu', 'dmarcfail', 'objection_accepted', 'facebook'), ('cs', 'lookalike', 'policy_notice', 'facebook'),
         ('fi', 'spoof', 'objection_refused', 'instagram'), ('lt', 'forged', 'objection_accepted', 'facebook'),
         ('el', 'dkimfail', 'verification_code', 'facebook'), ('bg', 'none', 'objection_accepted', 'instagram'),
         ('da', 'lookalike', 'objection_refused', 'meta'), ('no', 'twofrom', 'objection_accepted', 'facebook'),
         ('is', 'spoof', 'policy_notice', 'facebook'), ('mt', 'wrongprov', 'objection_received', 'facebook'),
         ('lv', 'dmarcfail', 'policy_notice', 'instagram'), ('hr', 'lookalike', 'verification_code', 'instagram'),
         ('ga', 'dmarcfail', 'objection_refused', 'facebook'), ('sl', 'forged', 'policy_notice', 'facebook'),
         ('en', 'arcbad', 'objection_accepted', 'facebook'), ('et', 'dmarcfail', 'objection_accepted', 'facebook')]
for lang, how, kind, plat in FAKES:
    first, to, prov = PEOPLE[lang]
    d = R25 if kind == 'policy_notice' else None
    add(kind=kind, platform=plat, lang=lang, first=first, to=to, prov=prov, group=lang, auth=how, deadline=d,
        date=when(R25, -rnd.randint(5, 15)), variant=1, tag='fake')
add(kind='objection_accepted', platform='facebook', lang='en', first='Oliver', to='oliver.hughes@gmail.com', prov='gmail', group='en',
    auth='arcok', date=when(R24, 8), variant=0, tag='arcok')

# ---- quoted / forwards / newsletters / personal ----------------------
QUOTERS = ['fi', 'en', 'no', 'hu']
for lang in QUOTERS:
    first, to, prov = PEOPLE[lang]
    add(kind='objection_accepted', platform='facebook', lang=lang, first=first, to=to, prov=prov, group=lang, quote_ref=refn(),
        date=when(ROUNDS[(HEAVY + LIGHT).index(lang) % 6], 20), variant=1, tag='quoted')
FWD = ['hu', 'cs', 'sk', 'hr', 'bg', 'el', 'fi', 'da', 'is', 'lv', 'fr', 'de', 'it', 'es']
for j, lang in enumerate(FWD):
    first, to, prov = PEOPLE[lang]
    inner = dict(kind=['policy_notice', 'objection_accepted', 'verification_code', 'objection_refused'][j % 4], platform='facebook',
                 lang=lang, first=first, to=to, prov=prov, deadline=R25 if j % 4 == 0 else None, variant=0)
    add(kind='unrelated', fwd=inner, lang=lang, first=first, to=to, prov=prov, group='fwd', date=when(R25, -rnd.randint(1, 20)))
for lang, frm, subj, paras in words_misc.NEWS:
    first, to, prov = PEOPLE[lang]
    add(kind='unrelated', news=(frm, subj, paras), lang=lang, first=first, to=to, prov=prov, group='news', date=when(R25, -rnd.randint(3, 9)))
for lang, subj, paras in words_misc.PERSONAL:
    first, to, prov = PEOPLE[lang]
    add(kind='unrelated', news=('Friend <friend.%s@gmail.com>' % lang, subj, paras), lang=lang, first=first, to=to, prov=prov, group='news', date=when(R25, 3))

import assemble
assemble.run(specs, rnd, OUT)
