#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind test batch 3: generates eml/, manifest.jsonl and scenarios/ for the Meta AI objection classifier.

Run:  python3 generate.py        (deterministic; rewrites eml/, manifest.jsonl, scenarios/)
"""
import datetime as dt
import json
import os
import shutil
import sys
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from texts import L, fmt_date, fmt_num_plain          # noqa: E402
from mimekit import (SOFT, rng, rhex, ralnum, rb64, rdigits, ruuid, fit_charset, leaf, multipart, ew,  # noqa: E402
                     addr_hdr, wrap_link, meta_src, other_src, trace_for, meta_sender_headers, MS_BELOW,
                     trace_plain, esc)
from render import render_text, render_meta_html, render_plain_html   # noqa: E402

TZ = lambda h: dt.timezone(dt.timedelta(hours=h))     # noqa: E731
UTC = dt.timezone.utc
R24, R25, R26 = dt.date(2024, 6, 26), dt.date(2025, 5, 27), dt.date(2026, 12, 16)

FORM = {
    ('facebook', R24): 'https://www.facebook.com/help/contact/712876720715583',
    ('instagram', R24): 'https://help.instagram.com/contact/767264225370182',
    ('meta', R24): 'https://www.facebook.com/help/contact/712876720715583',
    ('facebook', R25): 'https://www.facebook.com/help/contact/712876720715583',
    ('instagram', R25): 'https://help.instagram.com/contact/233964459562201',
    ('meta', R25): 'https://www.facebook.com/privacy/genai',
    ('facebook', R26): 'https://www.facebook.com/help/contact/1429805735267713',
    ('instagram', R26): 'https://help.instagram.com/contact/980462731158804',
    ('meta', R26): 'https://www.facebook.com/privacy/genai',
}
META_HOSTS = ('facebook.com', 'instagram.com', 'meta.com', 'whatsapp.com', 'messenger.com')

# ------------------------------------------------------------------ accounts
ACC = {}


def acct(key, name, addr, prov, first=None, **kw):
    ACC[key] = dict(name=name, addr=addr, prov=prov, first=first or name.split()[0], **kw)


acct('hannah', 'Hannah Whitfield', 'hannah.whitfield@outlook.com', 'outlook')
acct('callum', 'Callum Reid', 'callum.reid83@gmail.com', 'gmail')
acct('aoife', 'Aoife Byrne', 'aoife.byrne@icloud.com', 'icloud')
acct('rokafor', 'Ruth Okafor', 'r.okafor@harbourline-legal.example', 'm365')
acct('dan', 'Daniel Hughes', 'dan@hughes-home.example.ie', 'plain', mx='mail.hughes-home.example.ie')
acct('elodie', 'Élodie Marchand', 'elodie.marchand@gmx.fr', 'gmx')
acct('julien', 'Julien Roussel', 'julien.roussel@outlook.fr', 'outlook')
acct('katrin', 'Katrin Vogel', 'katrin.vogel@web.de', 'webde')
acct('mbrandt', 'Matthias Brandt', 'm.brandt@posteo.de', 'posteo')
acct('sabine', 'Sabine Kurz', 'sabine.kurz@mailbox.org', 'mailboxorg')
acct('marta', 'Marta Iglesias', 'marta.iglesias@yahoo.es', 'yahoo')
acct('alvaro', 'Álvaro Prieto', 'alvaro.prieto.m@gmail.com', 'gmail')
acct('carmen', 'Carmen Ortega', 'carmen.ortega@outlook.es', 'outlook')
acct('giulia', 'Giulia Ferri', 'giulia.ferri90@gmail.com', 'gmail')
acct('davide', 'Davide Conti', 'davide.conti@fastmail.com', 'fastmail')
acct('sanne', 'Sanne de Wit', 'sanne.dewit@hotmail.nl', 'outlook')
acct('lverm', 'Lotte Vermeulen', 'l.vermeulen@uni-voorbeeld.nl', 'rspamd', mx='mx1.uni-voorbeeld.nl')
acct('pieter', 'Pieter Bakker', 'pieter.bakker@gmail.com', 'gmail')
acct('agnieszka', 'Agnieszka Wróbel', 'agnieszka.wrobel@gmail.com', 'gmail')
acct('tomasz', 'Tomasz Kowalczyk', 'tomasz@kowalczyk.example.pl', 'rspamd')
acct('ines', 'Inês Carvalho', 'ines.carvalho@gmail.com', 'gmail')
acct('johan', 'Johan Lindqvist', 'johan.lindqvist@outlook.com', 'outlook')
acct('elin', 'Elin Holm', 'elin.holm@gmail.com', 'gmail')
acct('mette', 'Mette Kjær', 'mette.kjaer@icloud.com', 'icloud')
acct('knielsen', 'Karsten Nielsen', 'k.nielsen@kommune-eksempel.dk', 'rspamd', mx='mail.kommune-eksempel.dk')
acct('aino', 'Aino Virtanen', 'aino.virtanen@fastmail.com', 'fastmail')
acct('vlehtonen', 'Ville Lehtonen', 'ville.lehtonen@yritys-esimerkki.fi', 'generic', tz=2)
acct('andreea', 'Andreea Popescu', 'andreea.popescu@yahoo.com', 'yahoo')
acct('petra', 'Petra Novotná', 'petra.novotna@seznam.cz', 'generic', mx='mxin1.seznam.cz')
acct('jiri', 'Jiří Dvořák', 'jiri.dvorak@email.cz', 'generic', mx='mxin2.email.cz')
acct('eleni', 'Eleni Papadaki', 'eleni.papadaki@gmail.com', 'gmail')
acct('zsofi', 'Kovács Zsófia', 'zsofi.kovacs@gmail.com', 'gmail', first='Zsófia')
acct('ivan', 'Иван Петров', 'ivan.petrov@abv.bg', 'generic', tz=2)
acct('ana', 'Ana Horvat', 'ana.horvat@gmail.com', 'gmail')
acct('kristjan', 'Kristjan Tamm', 'kristjan.tamm@mail.ee', 'rspamd', tz=2)
acct('siobhan', 'Siobhán Ní Bhriain', 'siobhan.nibhriain@outlook.ie', 'outlook')
acct('janis', 'Jānis Bērziņš', 'janis.berzins@inbox.lv', 'generic', tz=2)
acct('ruta', 'Rūta Kazlauskienė', 'ruta.kazlauskiene@gmail.com', 'gmail')
acct('maria', 'Maria Camilleri', 'maria.camilleri@icloud.com', 'icloud')
acct('martin', 'Martin Horváth', 'martin.horvath@azet.sk', 'generic')
acct('nina', 'Nina Kralj', 'nina.kralj@gmx.net', 'gmx')
acct('ingrid', 'Ingrid Berg', 'ingrid.berg@fastmail.com', 'fastmail')
acct('gudrun', 'Guðrún Jónsdóttir', 'gudrun.jonsdottir@simnet.is', 'rspamd', tz=0)

# ------------------------------------------------------------------ Meta senders
SEND = {
    'fb_notif': ('Facebook', 'notification@facebookmail.com'),
    'fb_sec': ('Facebook', 'security@facebookmail.com'),
    'fb_priv': ('Facebook Privacy', 'noreply@support.facebook.com'),
    'fb_ops': ('Privacy Operations', 'noreply@support.facebook.com'),     # platform from the domain
    'ig': ('Instagram', 'no-reply@mail.instagram.com'),
    'ig_sec': ('Instagram', 'security@mail.instagram.com'),
    'ig_priv': ('Instagram Privacy', 'privacy-noreply@support.facebook.com'),  # display name decides
    'meta_pc': ('Meta Privacy Center', 'noreply@facebookmail.com'),
    'meta': ('Meta', 'no-reply@meta.com'),
    'msgr': ('Messenger', 'notification@facebookmail.com'),
    'wa': ('WhatsApp', 'noreply@whatsapp.com'),
}


def mailfrom_for(addr):
    loc, dom = addr.split('@')
    if dom == 'facebookmail.com':
        return f'{loc}+{ralnum(10).lower()}@facebookmail.com'
    return addr


SPECS = []


def add(**kw):
    kw['id'] = len(SPECS) + 1
    SPECS.append(kw)
    return kw['id']


def d(y, m, dd, h=9, mi=0, tz=0):
    return dt.datetime(y, m, dd, h, mi, rng.randint(0, 59), tzinfo=TZ(tz))


def fake_ref():
    return rdigits(16)


def host_of(url):
    from urllib.parse import urlparse
    return (urlparse(url).hostname or '').lower()


def is_meta_url(url):
    h = host_of(url)
    return url.startswith('https://') and any(h == m or h.endswith('.' + m) for m in META_HOSTS)


def first_sentence(t):
    for sep in ('. ', '? ', '! ', ': '):
        if sep in t:
            return t.split(sep)[0] + sep.strip()
    return t


def soft_at(s, i):
    return s[:i] + SOFT + s[i:]


# ------------------------------------------------------------------ Meta kind builders
def sign(T, plat):
    return T.get('sign_' + plat, T['sign_meta'])


def meta_footer(T, acct_addr, unsub=None, extra=()):
    f = [('small', T['sent_to'].format(addr=acct_addr))]
    f += list(extra)
    if unsub:
        f.append(('link', T['unsub'], unsub))
    return f


def unsub_url(plat):
    if plat == 'instagram':
        return f'https://www.instagram.com/emails/unsubscribe/?uidb36={ralnum(6).lower()}&token={ralnum(20)}&type=privacy'
    return f'https://www.facebook.com/o.php?k=AS{ralnum(20)}&u={rdigits(15)}&mid={rhex(20)}&ee=AY{ralnum(24)}'


def build_notice(s):
    T = L[s['lang']]
    A = ACC[s['acct']]
    plat, rnd = s['plat'], s['round']
    target = s.get('form') or FORM[(plat, rnd)]
    href = wrap_link(target, s.get('wrap'), A['addr'])
    thref = wrap_link(target, s.get('wrap_text', s.get('wrap')), A['addr']) if s.get('wrap_text', s.get('wrap')) != s.get('wrap') else href
    if s.get('qp_url_break'):
        href = soft_at(href, 47)
        thref = soft_at(thref, 33)
    date_s = s.get('date_str') or fmt_date(s['lang'], rnd, s.get('dstyle', 'long'))
    blocks = []
    if s.get('dateline'):
        blocks.append(('small', s['dateline']))
    blocks.append(('p', T['hi'].format(name=A['first'])))
    if s.get('reminder'):
        blocks.append(('p', T['rem'].format(date=date_s)))
    else:
        blocks.append(('p', T['n_p1']))
        if s.get('cite'):
            d1, d2 = s['cite']
            blocks.append(('p', T['cite'].format(d1=fmt_num_plain(s['lang'], d1), d2=fmt_num_plain(s['lang'], d2))))
        blocks.append(('p', T['n_p2'].format(date=date_s)))
    blocks.append(('p', T['n_p3']))
    blocks.append(('btn', s.get('btn_label', T['n_btn']), href, thref))
    blocks += s.get('extra_blocks', [])
    blocks.append(('p', sign(T, plat)))
    subj = s.get('subject') or (T.get('rem_sub', T['n_sub']) if s.get('reminder') else T['n_sub'])
    ourl = target if (is_meta_url(target) and s.get('wrap') != 'mimecast') else None
    return dict(subject=subj, blocks=blocks, footer=meta_footer(T, A['addr'], unsub_url(plat)),
                pre=s.get('pre', T['n_p3'].split('.')[0] + '.'),
                labels=dict(kind='policy_notice', deadline=rnd.isoformat(), objection_url=ourl))


def build_code(s):
    T = L[s['lang']]
    A = ACC[s['acct']]
    code = s['code']
    disp = s.get('code_disp', code)
    if s.get('code_break'):
        disp = soft_at(disp, s['code_break'])
    blocks = [('p', T['hi'].format(name=A['first']))]
    if s.get('with_recv'):
        blocks.append(('p', T['c_recv']))
    style = s.get('code_style', 'big')
    if style == 'big':
        blocks += [('p', T['c_p1']), ('code', disp, s.get('code_text', disp))]
    elif style == 'inline':
        blocks += [('code_inline', T['c_p1'], disp, s.get('code_text', disp))]
    blocks.append(('p', T['c_p2']))
    blocks += s.get('extra_blocks', [])
    blocks.append(('p', sign(T, s['plat'])))
    return dict(subject=s.get('subject', T['c_sub']), blocks=blocks, footer=meta_footer(T, A['addr'], extra=s.get('footer_extra', ())),
                pre=s.get('pre', T['c_p1'].rstrip(' :')), labels=dict(kind='verification_code', code=code))


def ref_block(T, s):
    if not s.get('ref'):
        return []
    label = s.get('ref_label', T['ref'])
    val = ('#' + s['ref']) if s.get('ref_hash') else s['ref']
    return [('ref', label, val)]


def build_received(s):
    T = L[s['lang']]
    A = ACC[s['acct']]
    blocks = [('p', T['hi'].format(name=A['first'])), ('p', s.get('r_p1', T['r_p1']))]
    blocks += ref_block(T, s)
    blocks += s.get('extra_blocks', [])
    blocks.append(('p', s.get('r_p2', T['r_p2'])))
    blocks.append(('p', sign(T, s['plat'])))
    return dict(subject=s.get('subject', T['r_sub']), blocks=blocks, footer=meta_footer(T, A['addr']),
                pre=s.get('pre', first_sentence(s.get('r_p1', T['r_p1']))), labels=dict(kind='objection_received', reference=s.get('ref_label_value', s.get('ref'))))


def build_accepted(s):
    T = L[s['lang']]
    A = ACC[s['acct']]
    blocks = [('p', T['hi'].format(name=A['first'])), ('p', s.get('a_p1', T['a_p1'])), ('p', T['a_p2'])]
    blocks += ref_block(T, s)
    blocks += s.get('extra_blocks', [])
    blocks.append(('p', sign(T, s['plat'])))
    return dict(subject=s.get('subject', T['a_sub']), blocks=blocks, footer=meta_footer(T, A['addr']),
                pre=s.get('pre', first_sentence(s.get('a_p1', T['a_p1']))), labels=dict(kind='objection_accepted', reference=s.get('ref')))


def build_refused(s):
    T = L[s['lang']]
    A = ACC[s['acct']]
    blocks = [('p', T['hi'].format(name=A['first'])), ('p', T['x_more'] if s.get('more') else T['x_p1'])]
    ourl = None
    if s.get('form_again'):
        target = s.get('form') or FORM[(s['plat'], s['round'])]
        href = wrap_link(target, s.get('wrap'), A['addr'])
        blocks += [('p', T['x_p2']), ('btn', T['x_btn'], href)]
        ourl = target if (is_meta_url(target) and s.get('wrap') != 'mimecast') else None
    else:
        blocks.append(('p', T['x_p2']))
    blocks += ref_block(T, s)
    blocks.append(('p', sign(T, s['plat'])))
    return dict(subject=s.get('subject', T['x_sub']), blocks=blocks, footer=meta_footer(T, A['addr']),
                pre=s.get('pre', first_sentence(T['x_more'] if s.get('more') else T['x_p1'])), labels=dict(kind='objection_refused', objection_url=ourl, reference=s.get('ref')))


BUILD = dict(policy_notice=build_notice, verification_code=build_code, objection_received=build_received,
             objection_accepted=build_accepted, objection_refused=build_refused)


# ------------------------------------------------------------------ spec helpers
def meta_msg(kind, lang, acct_key, plat, date, sender, auth='pass', **kw):
    return add(kind=kind, lang=lang, acct=acct_key, plat=plat, date=date, sender=sender, auth=auth, meta=True, **kw)


def other_msg(kind, lang, acct_key, date, sender, subject, blocks, plat=None, auth='own_pass', **kw):
    return add(kind=kind, lang=lang, acct=acct_key, plat=plat, date=date, sender=sender, auth=auth,
               meta=(kind == 'other_meta'), custom=True, subject=subject, cblocks=blocks, **kw)


exec(open(os.path.join(HERE, 'specs.py'), encoding='utf-8').read())      # the message list (SC dict of scenario ids)


# ------------------------------------------------------------------ assembly
def verdict_for(s, from_addr):
    fd = from_addr.split('@')[1]
    auth = s['auth']
    if s.get('src'):
        helo, ip = s['src']
    else:
        helo = ip = None
    if auth in ('pass', 'twofrom'):
        mf = s.get('mf') or mailfrom_for(from_addr)
        src = meta_src(mf) if helo is None else other_src(helo, ip, mf)
        dk = s.get('dkim_d', fd)
        return dict(src, dkim=[('pass', dk, 's1024-2013-q3')], spf='pass', dmarc='pass', fd=fd), dk
    if auth == 'dmarcfail':
        mf = s.get('mf') or from_addr
        src = other_src(helo or f'static.{rdigits(3)}.{rdigits(2)}.9.5.clients.your-server.example',
                        ip or f'95.217.{rng.randint(2,250)}.{rng.randint(2,250)}', mf)
        return dict(src, dkim=[], spf=s.get('spf', 'softfail'), dmarc='fail', fd=fd), None
    if auth == 'own_pass':
        mf = s.get('mf') or (from_addr if fd != 'gmail.com' else from_addr)
        src = other_src(helo or f'mail.{fd}', ip or f'185.{rng.randint(10,250)}.{rng.randint(2,250)}.{rng.randint(2,250)}', mf)
        sel = '20230601' if fd == 'gmail.com' else s.get('sel', 'default')
        return dict(src, dkim=[('pass', fd, sel)], spf='pass', dmarc='pass', fd=fd), fd
    if auth in ('forged_below', 'none_forged'):
        mf = s.get('mf') or from_addr
        src = other_src(helo or f'mx.{rdigits(3)}.bulk-relay.example', ip or f'45.{rng.randint(10,250)}.{rng.randint(2,250)}.{rng.randint(2,250)}', mf)
        return dict(src, dkim=[], spf='none', dmarc='none', fd=fd), None
    raise ValueError(auth)


def build_message(s):
    A = ACC[s['acct']]
    lang = s['lang']
    charset = s.get('charset', 'utf-8')
    if s.get('custom'):
        content = dict(subject=s['subject'], blocks=s['cblocks'], footer=s.get('cfooter', []), pre=s.get('pre'),
                       labels=dict(kind=s['kind']))
    else:
        content = BUILD[s['kind']](s)
    labels = dict(kind=s['kind'], platform=s.get('plat'), language=s.get('label_lang', lang), code=None,
                  deadline=None, objection_url=None, reference=None, authentic=None, account=A['addr'].lower())
    for k, v in content['labels'].items():
        if k in labels and k != 'kind':
            labels[k] = v
    if s['kind'] == 'unrelated':
        for k in ('platform', 'code', 'deadline', 'objection_url', 'reference', 'authentic'):
            labels[k] = None
    else:
        # a receiving server that writes no verdict (trace 'plain') leaves every message unauthenticated
        labels['authentic'] = s['auth'] == 'pass' and A['prov'] != 'plain'
    if s['kind'] not in ('verification_code',):
        labels['code'] = None
    if s['kind'] != 'policy_notice':
        labels['deadline'] = None
    if s['kind'] in ('other_meta',):
        labels['objection_url'] = s.get('ourl')
        labels['reference'] = s.get('ref_label_value')

    # ---------------- sender and verdict
    disp, faddr = SEND[s['sender']] if isinstance(s['sender'], str) else s['sender']
    v, dkim_d = verdict_for(s, faddr)
    t = s['date']
    t_del = t + dt.timedelta(seconds=rng.randint(2, 40))
    trace = trace_for(A, v, t_del)
    if A['prov'] in ('outlook', 'm365'):
        trace_below = MS_BELOW(t_del)
    else:
        trace_below = []
    sender_hdrs = []
    if s.get('meta') and dkim_d and s['auth'] in ('pass', 'twofrom'):
        sender_hdrs = meta_sender_headers(dkim_d, t, v['mf'])
    elif dkim_d:
        sender_hdrs = [f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dkim_d}; s={"20230601" if dkim_d=="gmail.com" else "default"};\n\tt={int(t.timestamp())}; bh={rb64(43)}=;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb={rb64(64)}\n\t {rb64(60)}==',
                       f'Received: from [{s.get("client_ip", "192.168.1." + str(rng.randint(2,200)))}] (unknown [{rng.randint(80,95)}.{rng.randint(1,250)}.{rng.randint(1,250)}.{rng.randint(1,250)}])\n\tby {v["helo"]} with ESMTPSA id {rhex(10).upper()}\n\tfor <{A["addr"]}>; {format_datetime(t)}']
    else:
        sender_hdrs = [f'Received: from localhost (localhost [127.0.0.1])\n\tby {v["helo"]} (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{A["addr"]}>; {format_datetime(t)}']
    if s['auth'] == 'forged_below':
        sender_hdrs.insert(0, 'Authentication-Results: mx.google.com;\n       dkim=pass header.i=@facebookmail.com header.s=s1024-2013-q3 header.b=' + rb64(8) +
                           ';\n       spf=pass (google.com: domain of security@facebookmail.com designates 69.171.232.143 as permitted sender) smtp.mailfrom=security@facebookmail.com;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=facebookmail.com')
    if s['auth'] == 'none_forged':
        sender_hdrs.insert(0, f'Authentication-Results: {s.get("forged_id","facebookmail.com")}; dkim=pass header.d=support.facebook.com; dmarc=pass header.from=support.facebook.com')

    # ---------------- message headers
    hcs = s.get('hcharset', charset if charset != 'us-ascii' else 'utf-8')
    subj = ew(fit_charset(content['subject'], hcs), hcs, s.get('subj_mode', 'B' if hcs == 'utf-8' else 'Q'))
    from_h = s.get('from_raw') or addr_hdr(disp, faddr, 'utf-8', 'Q')
    to_disp = A['name'] if s.get('to_name', True) else None
    to_addr = s.get('to_addr_case') or A['addr']
    to_h = addr_hdr(to_disp, to_addr, 'utf-8', 'Q') if to_disp else to_addr
    mid_dom = faddr.split('@')[1] if s.get('meta') or s['auth'] in ('dmarcfail',) else v['helo'].split('.', 1)[-1]
    msgid = s.get('msgid') or f'<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@{mid_dom}>'
    date_h = format_datetime(t)
    mh = []
    if s.get('meta'):
        mh += [f'Date: {date_h}', f'To: {to_h}', f'Subject: {subj}', f'Message-ID: {msgid}', f'From: {from_h}']
        if s.get('second_from'):
            mh.append(f'From: {s["second_from"]}')
        dom = faddr.split('@')[1]
        if dom == 'facebookmail.com':
            mh += ['Reply-to: noreply <noreply@facebookmail.com>', f'Errors-To: {faddr}']
        if dom in ('facebookmail.com', 'support.facebook.com', 'meta.com') and s['auth'] in ('pass', 'twofrom'):
            mh += [f'X-Facebook: from zuckmail ({rb64(12)}=)', 'X-FACEBOOK-PRIORITY: 0',
                   'X-Auto-Response-Suppress: All', 'X-Mailer: ZuckMail [version 1.00]']
        if s['auth'] in ('pass', 'twofrom'):
            mh.append(f'Feedback-ID: 0:{s.get("fbid", s["kind"].split("_")[0])}:{(s.get("plat") or "meta").capitalize()}')
        if s['kind'] == 'policy_notice' or s.get('list_unsub'):
            mh.append(f'List-Unsubscribe: <{unsub_url(s.get("plat"))}>')
        mh += s.get('extra_headers', [])
        mh.append('MIME-Version: 1.0')
    else:
        mh += [f'From: {from_h}', f'To: {to_h}'] + s.get('pre_headers', []) + [f'Subject: {subj}', f'Date: {date_h}', f'Message-ID: {msgid}']
        mh += s.get('extra_headers', [])
        mh.append('MIME-Version: 1.0')

    # ---------------- bodies
    blocks, footer = content['blocks'], content['footer']
    tblocks = s.get('tblocks', blocks)
    text = render_text(tblocks, footer if s.get('text_footer', True) else ())
    if s.get('custom') and not s.get('meta_layout'):
        html = render_plain_html(blocks + footer, pre=content.get('pre'), lang=lang, charset=charset,
                                 title=content['subject'], accent=s.get('accent', '#1a4d8f'),
                                 footer_html=s.get('footer_html', ''))
    else:
        brand = s.get('brand') or (s.get('plat') if s.get('plat') in ('facebook', 'instagram', 'meta', 'messenger', 'whatsapp') else 'facebook')
        html = render_meta_html(brand, blocks, footer, pre=content.get('pre'), lang=lang, charset=charset,
                                pixel=s.get('pixel', True), title=content['subject'])
    if s.get('html_override'):
        html = s['html_override']
    if s.get('text_override'):
        text = s['text_override']
    text = fit_charset(text, charset)
    parts = s.get('parts', 'both')
    cte = s.get('cte', 'qp')
    hcte = s.get('html_cte', cte)
    qpmax = s.get('qpmax', 76)
    if parts == 'both':
        tp = leaf('plain', text, charset, cte, qpmax, s.get('ct_style', 0))
        hp = leaf('html', html, charset, hcte, qpmax, s.get('ct_style', 0))
        order = [hp, tp] if s.get('html_first') else [tp, hp]
        ph, body = multipart('alternative', order, s.get('boundary') or f'b1_{rhex(32)}',
                             preamble=s.get('preamble'))
    elif parts == 'html':
        ph, body = leaf('html', html, charset, hcte, qpmax, s.get('ct_style', 0))
    elif parts == 'text':
        ph, body = leaf('plain', text, charset, cte, qpmax, s.get('ct_style', 0))
    elif parts == 'calendar':
        tp = leaf('plain', text, charset, cte, qpmax)
        ics_text = s['ics'].replace('\r\n', '\n')
        cal = (['Content-Type: text/calendar; charset="utf-8"; method=REQUEST', 'Content-Transfer-Encoding: 8bit'],
               ics_text.encode('utf-8'))
        alt_h, alt_b = multipart('alternative', [tp, cal], f'alt_{rhex(16)}')
        ics = (['Content-Type: application/ics; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"',
                'Content-Transfer-Encoding: base64'], __import__('base64').encodebytes(ics_text.encode('utf-8')))
        ph, body = multipart('mixed', [(alt_h, alt_b), ics], f'mix_{rhex(16)}')
    else:
        raise ValueError(parts)
    if parts in ('html', 'text') and s.get('single_in_mixed'):
        ph, body = multipart('mixed', [(ph, body)], f'{rhex(24)}')

    headers = trace + trace_below + sender_hdrs + mh + ph
    raw = ('\n'.join(headers) + '\n\n').encode('ascii') + body
    if s.get('crlf'):
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw, labels


def main():
    out = os.path.join(HERE, 'eml')
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    manifest = []
    names = {}
    # file numbers are a fixed permutation of the spec order, so that names do not cluster by kind
    import random as _random
    perm = list(range(1, len(SPECS) + 1))
    _random.Random(20261216).shuffle(perm)
    for s in SPECS:
        s.setdefault('crlf', s['id'] % 2 == 0)
        raw, labels = build_message(s)
        name = f'b3-{perm[s["id"] - 1]:03d}-{s["lang"]}.eml'
        names[s['id']] = 'eml/' + name
        with open(os.path.join(out, name), 'wb') as f:
            f.write(raw)
        row = {'file': 'eml/' + name}
        for k in ('kind', 'platform', 'language', 'code', 'deadline', 'objection_url', 'reference', 'authentic', 'account'):
            row[k] = labels[k]
        manifest.append(row)
    manifest.sort(key=lambda r: r['file'])
    with open(os.path.join(HERE, 'manifest.jsonl'), 'w', encoding='utf-8') as f:
        for r in manifest:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # the same messages, in manifest order, as one mbox
    import mailbox
    mdir = os.path.join(HERE, 'mbox')
    os.makedirs(mdir, exist_ok=True)
    mpath = os.path.join(mdir, 'batch3.mbox')
    if os.path.exists(mpath):
        os.remove(mpath)
    mb = mailbox.mbox(mpath, create=True)
    for r in manifest:
        with open(os.path.join(HERE, r['file']), 'rb') as f:
            mb.add(f.read())
    mb.flush()
    mb.close()
    # scenarios
    sdir = os.path.join(HERE, 'scenarios')
    if os.path.isdir(sdir):
        shutil.rmtree(sdir)
    os.makedirs(sdir)
    for name, sc in SCENARIOS.items():
        now = sc['now']
        msgs = []
        for mid in sc['order']:
            m = {'file': names[mid]}
            if sc.get('mailbox'):
                m['mailbox'] = sc['mailbox']
            msgs.append(m if sc.get('mailbox') else names[mid])
        exp = []
        for r in sc['expect']:
            row = {'mailbox': sc.get('mailbox') or 'default', 'platform': r['platform'],
                   'account': ACC[sc['acct']]['addr'].lower(), 'round': r['round'], 'state': r['state']}
            if r['round'] == 'unknown':
                row['deadline'], row['days_left'] = None, None
            else:
                dl = dt.date.fromisoformat(r['round'])
                row['deadline'] = r['round']
                row['days_left'] = (dl - now.date()).days
            exp.append(row)
        with open(os.path.join(sdir, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'now': now.isoformat(), 'messages': msgs, 'expect': exp}, f, indent=1, ensure_ascii=False)
            f.write('\n')
    print(f'{len(manifest)} messages, {len(SCENARIOS)} scenarios')


if __name__ == '__main__':
    main()
