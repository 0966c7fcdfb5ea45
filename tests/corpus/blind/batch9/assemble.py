"""Turns specs into eml files, the manifest and the scenarios."""
import datetime as dt, json, os, shutil, random
from email.utils import format_datetime
import build as B, headers as HD, links, mimehelp as M
import scen

LOOK = {'facebook': ('Facebook', 'security@facebookmail-privacy.com'), 'instagram': ('Instagram', 'no-reply@instagram-helpcenter.net'),
        'meta': ('Meta Privacy', 'support@meta-privacy-review.com')}

def run(specs, rnd, out):
    for d in ('eml', 'scenarios'):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True); os.makedirs(os.path.join(out, d))
    order = list(range(len(specs))); rnd.shuffle(order)
    rows = [None] * len(specs)
    for n, idx in enumerate(order):
        s = specs[idx]; s['file'] = 'eml/b9-%03d.eml' % (n + 1)
    for idx, s in enumerate(specs):
        raw, row = make(s, rnd)
        with open(os.path.join(out, s['file']), 'w', encoding='utf-8', newline='\n') as f:
            f.write(raw)
        rows[idx] = row; s['row'] = row
    with open(os.path.join(out, 'manifest.jsonl'), 'w', encoding='utf-8') as f:
        for idx in sorted(range(len(specs)), key=lambda i: specs[i]['file']):
            f.write(json.dumps(rows[idx], ensure_ascii=False) + '\n')
    scen.write(specs, out)

def pick_layout(s, rnd):
    s.setdefault('layout', rnd.choice(['plain', 'html', 'alt', 'alt', 'related']))
    s.setdefault('cte', rnd.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit']))
    leg = B.LEGACY.get(s['lang'], ['utf-8'])
    s.setdefault('charset', rnd.choice(leg + ['utf-8']) if s['layout'] in ('plain', 'alt', 'related') else 'utf-8')
    if s['cte'] == '8bit' and s['charset'] == 'us-ascii':
        s['charset'] = 'utf-8'
    s.setdefault('dfmt', rnd.randint(0, 5)); s.setdefault('cstyle', rnd.randint(0, 2)); s.setdefault('lstyle', rnd.randint(0, 2))

def make(s, rnd):
    pick_layout(s, rnd)
    if s['kind'] == 'unrelated':
        return make_unrelated(s, rnd)
    plat, how = s['platform'], s.get('auth', 'pass')
    disp, addr = rnd.choice(B.SENDERS[plat])
    if how == 'lookalike':
        disp, addr = LOOK[plat]
    if how == 'spoof':
        disp, addr = {'instagram': 'Instagram Privacy', 'facebook': 'Facebook'}[plat], 'privacy.team.%s@gmail.com' % rnd.randint(100, 999)
    dom = addr.split('@')[1]
    meta_dom = B.org(dom) in ('facebookmail.com', 'facebook.com', 'instagram.com')
    # codes / refs
    if s['kind'] == 'verification_code' or (s['kind'] == 'other_meta' and '{c}' in str(B.W[s['lang']]['other'][s['variant'] % len(B.W[s['lang']]['other'])])):
        s['code'] = '%06d' % rnd.randint(0, 999999)
        if rnd.random() < 0.15: s['code'] = '0' + s['code'][1:]
    if s['kind'] in ('objection_received', 'objection_accepted', 'objection_refused'):
        s['ref'] = str(rnd.randint(10**14, 10**16 - 1))
    # links
    rd = s.get('deadline') or s.get('round_hint') or '2025-05-27'
    s['form_url'] = B.form_url('instagram' if plat == 'instagram' else 'facebook', rd)
    wrap = 'none'
    r = rnd.random()
    if s['prov'] == 'm365':
        wrap = rnd.choice(B_WR['m365'])
    elif s['prov'] == 'outlook' and r < 0.5:
        wrap = 'safelinks'
    elif r < 0.35:
        wrap = 'lfb' if plat != 'instagram' else 'lig'
    elif r < 0.40:
        wrap = 'google'
    elif r < 0.60 and s['prov'] not in ('gmail', 'icloud', 'yahoo'):
        wrap = rnd.choice(['pp3', 'pp2', 'barracuda', 'trendmicro', 'safelinks'])
    if how == 'lookalike':
        s['form_url'] = 'https://%s/objection/%d' % (dom, rnd.randint(1000, 9999)); wrap = 'none'
    href = links.wrap(s['form_url'], wrap, rnd)
    if wrap in ('lfb', 'lig') and s['prov'] == 'm365':
        href = links.wrap(href, 'safelinks', rnd)
    s['link_href'] = href
    paras, subj, used = B.render(s, rnd)
    plain_override = None
    if s.get('quote_ref'):
        s['layout'] = 'plain'
        plain_override = B.plain_of(paras, 0) + '\n' + '\n'.join('> ' + ln for ln in (
            'Case number: %s' % s['quote_ref'], 'We received your objection and are reviewing it.').__iter__())
    body = B.body_mime(paras, subj, s, rnd, plain_override)
    objurl = None
    if used and wrap != 'mimecast' and s['form_url'].startswith('https://') and B.org(s['form_url'].split('/')[2]) in ('facebook.com', 'instagram.com'):
        objurl = s['form_url']
    # authentication
    if how in ('pass', 'twofrom') or how.startswith('arc'):
        ip, host = B_meta_ip(rnd)
    else:
        ip = '%d.%d.%d.%d' % (rnd.choice([185, 45, 91, 194]), rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250))
        host = 'mail%d.%s' % (rnd.randint(1, 20), rnd.choice(['bulk-sender.net', 'vps-hosting.example', dom]))
    if how == 'spoof':
        host = 'mail-sor-f%d.google.com' % rnd.randint(40, 80); ip = '209.85.220.%d' % rnd.randint(40, 80)
    b = '%x' % rnd.getrandbits(64)
    mf = 'bounce-%x@%s' % (rnd.getrandbits(24), dom)
    forged = None
    if how in ('pass', 'twofrom', 'lookalike', 'spoof'):
        v = dict(dkim=('pass', dom), spf=('pass', dom), dmarc=('pass', dom), b=b)
    elif how in ('dmarcfail',):
        v = dict(dkim=None, spf=('fail', dom), dmarc=('fail', dom), b=b)
    elif how == 'dkimfail':
        v = dict(dkim=('fail', dom), spf=('softfail', dom), dmarc=('fail', dom), b=b)
    elif how == 'forged':
        v = dict(dkim=None, spf=('softfail', dom), dmarc=('fail', dom), b=b) if s['prov'] in ('gmail', 'outlook', 'm365', 'icloud', 'yahoo') else None
        forged = 'mx.facebook.com;\n\tdkim=pass header.d=%s header.s=s1024-2013-q3;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass header.from=%s' % (dom, dom, dom)
    elif how == 'wrongprov':
        v = None
        forged = 'mx.google.com;\n       dkim=pass header.i=@%s header.s=s1024-2013-q3;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s' % (dom, dom)
    elif how == 'none':
        v = None
    elif how.startswith('arc'):
        v = None
    hdrs = []
    if how.startswith('arc'):
        hdrs = arc_chain(s, rnd, dom, ip, host, b, how == 'arcok')
    else:
        hdrs = HD.chain(s['prov'], rnd, s['date'], host, ip, mf, s['to'], v, forged)
    if how not in ('dmarcfail', 'none', 'wrongprov') and how != 'forged':
        hdrs.append(HD.dkim_sig(dom, rnd, s['date']))
    ef = lambda x: B.enc_subject(x, s['charset_used'], rnd.choice(['b', 'q']))
    from_h = '%s <%s>' % (ef(disp), addr)
    hdrs += ['From: ' + from_h]
    if how == 'twofrom':
        hdrs += ['From: Facebook <notification@facebookmail.com>']
    hdrs += ['To: %s <%s>' % (ef(s['first']), s['to']) if rnd.random() < 0.7 else 'To: %s' % s['to'],
             'Subject: ' + ef(subj), 'Date: ' + format_datetime(s['date']),
             'Message-ID: <%x.%d@%s>' % (rnd.getrandbits(64), int(s['date'].timestamp()), dom if meta_dom else dom),
             'MIME-Version: 1.0']
    if meta_dom and how in ('pass',):
        hdrs += ['X-Facebook: from 2401:db00:%x:%x::%x ([MTI3LjAuMC4x])' % (rnd.getrandbits(12), rnd.getrandbits(12), rnd.getrandbits(8)),
                 'X-Priority: 3', 'X-Mailer: ZuckMail [version 1.00]', 'X-Auto-Response-Suppress: All',
                 'Feedback-ID: %d:%s:Facebook' % (rnd.randint(1000, 9999), s['kind'].split('_')[0])]
    raw = '\n'.join(hdrs) + '\n' + body
    row = dict(file=s['file'], kind=s['kind'], platform=plat, language=s['lang'], code=s.get('code') if s['kind'] == 'verification_code' else None,
               deadline=s.get('deadline') if s['kind'] == 'policy_notice' else None, objection_url=objurl,
               reference=s.get('ref'), authentic=(how in ('pass', 'arcok') and meta_dom), account=s['to'].lower())
    return raw, row

B_WR = {'m365': ['safelinks', 'safelinks', 'pp3', 'pp2', 'barracuda', 'trendmicro', 'mimecast']}

def B_meta_ip(rnd):
    a = rnd.choice(['66.220.144', '66.220.155', '69.171.232', '69.63.178'])
    ip = '%s.%d' % (a, rnd.randint(130, 190))
    return ip, ip.replace('.', '-') + '.mail-mail.facebook.com'

def arc_chain(s, rnd, dom, ip, host, b, trusted):
    t = s['date'] + dt.timedelta(seconds=30); d = format_datetime(t)
    sealer = 'microsoft.com' if trusted else 'it-forward.uni-example.ac.uk'
    fwhost = 'EUR05-AM6-obe.outbound.protection.outlook.com' if trusted else 'relay2.uni-example.ac.uk'
    fwip = '40.107.22.%d' % rnd.randint(40, 120) if trusted else '193.60.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    aar = ('ARC-Authentication-Results: i=1; %s 1; spf=pass smtp.mailfrom=%s;\n dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none'
           % ('mx.microsoft.com' if trusted else 'mx.uni-example.ac.uk', dom, dom, dom))
    return ['Delivered-To: %s' % s['to'],
            'Received: by 2002:a05:6022:%x:b0:%x:%x:%x with SMTP id x%dcsp%d;\n        %s' % (rnd.getrandbits(12), rnd.getrandbits(12), rnd.getrandbits(16), rnd.getrandbits(16), rnd.randint(1, 9), rnd.randint(10**5, 10**6), d),
            'ARC-Seal: i=2; a=rsa-sha256; t=%d; cv=pass;\n        d=google.com; s=arc-20240605;\n        b=%x' % (int(t.timestamp()), rnd.getrandbits(128)),
            'ARC-Authentication-Results: i=2; mx.google.com;\n       dkim=fail header.i=@%s header.s=s1024-2013-q3;\n       arc=pass (i=1 spf=pass spfdomain=%s dkim=pass dkdomain=%s dmarc=pass fromdomain=%s);\n       spf=pass smtp.mailfrom=%s;\n       dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=%s' % (dom, dom, dom, dom, fwhost.split('.', 1)[1], dom),
            'Return-Path: <srs0=%x=%s@%s>' % (rnd.getrandbits(20), dom, fwhost.split('.', 1)[1]),
            'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %x\n        for <%s>;\n        %s' % (fwhost, fwhost, fwip, rnd.getrandbits(48), s['to'], d),
            'Received-SPF: pass (google.com: domain of forwarder designates %s as permitted sender) client-ip=%s;' % (fwip, fwip),
            'Authentication-Results: mx.google.com;\n       dkim=fail header.i=@%s header.s=s1024-2013-q3 header.b=%s;\n       arc=pass (i=1 spf=pass spfdomain=%s dkim=pass dkdomain=%s dmarc=pass fromdomain=%s);\n       spf=pass smtp.mailfrom=%s;\n       dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=%s' % (dom, b[:8], dom, dom, dom, fwhost.split('.', 1)[1], dom, ),
            'ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=%s; cv=none;\n b=%x' % (sealer, rnd.getrandbits(128)),
            aar,
            'Received: from %s (%s) by %s with ESMTPS; %s' % (host, ip, 'mx.uni-example.ac.uk' if not trusted else 'AM6PR02MB1234.eurprd02.prod.outlook.com', format_datetime(s['date']))]

def make_unrelated(s, rnd):
    lang = s['lang']
    if 'fwd' in s:
        inner = dict(s['fwd']); inner.update(layout='plain', cte='8bit', charset='utf-8', dfmt=1, cstyle=0, lstyle=0)
        inner['code'] = '%06d' % rnd.randint(0, 999999); inner['ref'] = str(rnd.randint(10**14, 10**16 - 1))
        inner['form_url'] = B.form_url('facebook', '2025-05-27'); inner['link_href'] = inner['form_url']
        paras, isubj, _ = B.render(inner, rnd)
        L = B.W[lang]
        text = ('%s\n\n---------- %s ---------\nFrom: Facebook <noreply@facebookmail.com>\nDate: %s\nSubject: %s\nTo: <%s>\n\n%s'
                % ('?' if rnd.random() < 0.5 else '', L['fwd'], format_datetime(s['date'] - dt.timedelta(days=2)), isubj, s['to'], B.plain_of(paras, 0)))
        subj = L['fwdp'] + ' ' + isubj
        frm = '%s <%s>' % (s['first'], s['to']); to = 'partner.%s@gmail.com' % lang
        sender_dom = s['to'].split('@')[1]
    else:
        frm, subj, paras = s['news']
        text = '\n\n'.join(paras) + '\n'
        to = s['to']; sender_dom = frm.split('@')[1].rstrip('>')
    s['layout'] = 'plain' if 'fwd' in s or rnd.random() < 0.5 else 'alt'
    pp = [('p', p) for p in text.split('\n\n')]
    body = B.body_mime(pp, subj, s, rnd, text)
    b = '%x' % rnd.getrandbits(64)
    v = dict(dkim=('pass', B.org(sender_dom)), spf=('pass', sender_dom), dmarc=('pass', sender_dom), b=b)
    prov = 'gmail' if 'fwd' in s else s['prov']
    hdrs = HD.chain(prov, rnd, s['date'], 'mail.%s' % B.org(sender_dom), '203.0.113.%d' % rnd.randint(1, 250), 'bounce@' + sender_dom, to, v)
    ef = lambda x: B.enc_subject(x, s['charset_used'], rnd.choice(['b', 'q']))
    name, _, addr = frm.partition(' <')
    hdrs += ['From: %s <%s' % (ef(name), addr), 'To: %s' % to, 'Subject: ' + ef(subj), 'Date: ' + format_datetime(s['date']),
             'Message-ID: <%x@%s>' % (rnd.getrandbits(64), sender_dom), 'MIME-Version: 1.0']
    raw = '\n'.join(hdrs) + '\n' + body
    row = dict(file=s['file'], kind='unrelated', platform=None, language=lang, code=None, deadline=None, objection_url=None,
               reference=None, authentic=None, account=to.lower())
    return raw, row
