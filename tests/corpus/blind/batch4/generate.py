#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind test batch 4: generates eml/, manifest.jsonl, scenarios/ and the counts for README.md.

Reproducible: run `python3 generate.py` in this directory; output is fully determined by SEED.
Everything (names, addresses, codes, case numbers, IPs, signatures) is invented.
"""
import base64
import datetime as dt
import email.charset
import email.header
import email.utils
import hashlib
import json
import os
import random
import sys
import urllib.parse
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from langdata import T, X, ACC_ALT, long_date, num_date, weekday_date, CASES  # noqa: E402

SEED = 20260404
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
BIG = ['en', 'fr', 'de', 'it', 'es', 'nl', 'pl', 'pt', 'sv']

DEADLINE = {'2024': dt.date(2024, 6, 26), '2025': dt.date(2025, 5, 27), '2026': dt.date(2026, 12, 16)}
LAUNCH = dt.date(2025, 3, 20)
FORM = {
    ('facebook', '2024'): 'https://www.facebook.com/help/contact/712876720715583',
    ('facebook', '2025'): 'https://www.facebook.com/help/contact/6359191084165019',
    ('facebook', '2026'): 'https://www.facebook.com/help/contact/1209445671023318',
    ('instagram', '2024'): 'https://help.instagram.com/contact/767264225370182',
    ('instagram', '2025'): 'https://help.instagram.com/contact/233964459562201',
    ('instagram', '2026'): 'https://help.instagram.com/contact/1880432957219604',
    ('meta', '2024'): 'https://www.facebook.com/help/contact/712876720715583',
    ('meta', '2025'): 'https://www.facebook.com/help/contact/6359191084165019',
    ('meta', '2026'): 'https://www.facebook.com/help/contact/1209445671023318',
    ('messenger', '2025'): 'https://www.facebook.com/help/contact/6359191084165019',
}
PP = {'facebook': 'https://www.facebook.com/privacy/policy/', 'instagram': 'https://privacycenter.instagram.com/policy/',
      'meta': 'https://www.facebook.com/privacy/policy/', 'messenger': 'https://www.facebook.com/privacy/policy/',
      'whatsapp': 'https://www.whatsapp.com/legal/privacy-policy-eea'}
PNAME = {'facebook': 'Facebook', 'instagram': 'Instagram', 'meta': 'Meta', 'messenger': 'Messenger', 'whatsapp': 'WhatsApp'}

LEGACY = {  # legacy charset to try per language (falls back to utf-8 when the text does not fit)
    'cs': 'iso-8859-2', 'sk': 'windows-1250', 'pl': 'iso-8859-2', 'hu': 'iso-8859-2', 'hr': 'windows-1250',
    'sl': 'iso-8859-2', 'ro': 'iso-8859-2', 'el': 'iso-8859-7', 'lt': 'iso-8859-13', 'lv': 'iso-8859-13',
    'et': 'iso-8859-13', 'fr': 'windows-1252', 'de': 'windows-1252', 'es': 'windows-1252', 'it': 'windows-1252',
    'pt': 'windows-1252', 'nl': 'windows-1252', 'sv': 'windows-1252', 'da': 'windows-1252', 'no': 'iso-8859-1',
    'is': 'iso-8859-1', 'fi': 'iso-8859-15', 'ga': 'windows-1252', 'en': 'windows-1252', 'mt': 'iso-8859-3',
    'bg': 'windows-1251',
}


# ----------------------------------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(n))


def ralnum(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def rdigits(n, lead=None):
    s = ''.join(R.choice('0123456789') for _ in range(n))
    if lead is not None:
        s = lead + s[1:]
    elif s[0] == '0':
        s = '7' + s[1:]
    return s


USED_CODES = set()


def new_code(lead_zero=False):
    while True:
        c = rdigits(6, '0' if lead_zero else None)
        if c not in USED_CODES:
            USED_CODES.add(c)
            return c


def new_ref():
    return rdigits(R.choice([15, 16]))


def rfcdate(d):
    return email.utils.format_datetime(d)


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def enc_header_text(s, cs='utf-8', qp=False):
    if all(ord(ch) < 128 for ch in s):
        return s
    c = email.charset.Charset(cs)
    c.header_encoding = email.charset.QP if qp else email.charset.BASE64
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        c = email.charset.Charset('utf-8')
        c.header_encoding = email.charset.QP if qp else email.charset.BASE64
    return email.header.Header(s, charset=c, maxlinelen=76, header_name='Subject').encode(linesep='\n')


def addr(name, address, cs='utf-8', qp=False):
    if not name:
        return address
    if all(ord(ch) < 128 for ch in name):
        if any(ch in name for ch in ',.;:()"'):
            return '"%s" <%s>' % (name.replace('"', ''), address)
        return '%s <%s>' % (name, address)
    return '%s <%s>' % (enc_header_text(name, cs, qp), address)


def qp_encode(data, width=76, force=()):
    """Quoted-printable with soft breaks; `force` substrings get a soft break in their middle."""
    forced = set()
    for sub in force:
        if not sub:
            continue
        i = data.find(sub)
        while i != -1:
            forced.add(i + max(1, len(sub) // 2))
            i = data.find(sub, i + 1)
    out = []
    pos = 0
    for raw in data.split(b'\n'):
        line = ''
        n = len(raw)
        for j, b in enumerate(raw):
            idx = pos + j
            if b in (0x20, 0x09) and j == n - 1:
                tok = '=%02X' % b
            elif (33 <= b <= 126 and b != 61) or b in (0x20, 0x09):
                tok = chr(b)
            else:
                tok = '=%02X' % b
            if line and (len(line) + len(tok) > width - 1 or idx in forced):
                if line.endswith(' ') or line.endswith('\t'):
                    pass  # a space before the soft-break '=' is legal
                out.append(line + '=')
                line = ''
            line += tok
        out.append(line)
        pos += n + 1
    return '\n'.join(out)


def encode_body(text, charset, cte, force=(), width=76):
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
        data = text.encode(charset)
    if cte == 'quoted-printable':
        body = qp_encode(data, width, [f.encode(charset) for f in force])
    elif cte == 'base64':
        body = base64.encodebytes(data).decode('ascii').rstrip('\n')
    else:
        if all(b < 128 for b in data):
            cte = '7bit'
        else:
            cte = '8bit'
        body = data.decode(charset)
        return charset, cte, body, data
    return charset, cte, body, None


def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace("'", '&#039;')
            .replace('"', '&quot;'))


# ------------------------------------------------------------------------------------ link wrapping
def q(u, safe=''):
    return urllib.parse.quote(u, safe=safe)


def wrap(url, mode):
    if not mode or mode == 'plain':
        return url
    if mode == 'lfb':
        return 'https://l.facebook.com/l.php?u=%s&h=AT%s&s=1' % (q(url), ralnum(40))
    if mode == 'lig':
        return 'https://l.instagram.com/?u=%s&e=AT%s' % (q(url), ralnum(44))
    if mode == 'safelinks':
        return ('https://eur0%d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C84df9e7fe9f640afb435aaaaaaaaaaaa'
                '%%7C1%%7C0%%7C63%s%%7CUnknown%%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%%7C0%%7C%%7C%%7C&sdata=%s%%3D&reserved=0'
                % (R.choice([1, 2, 4, 5]), q(url), rhex(32), rdigits(15), q(rb64(43))))
    if mode == 'safelinks+lfb':
        return wrap(wrap(url, 'lfb'), 'safelinks')
    if mode == 'ppv3':
        return 'https://urldefense.com/v3/__%s__;!!G%s!%s$' % (url, ralnum(8), ralnum(60))
    if mode == 'ppv2':
        enc = ''
        for ch in url:
            if ch == '/':
                enc += '_'
            elif ch.isalnum() or ch == '.':
                enc += ch
            else:
                enc += '-%02X' % ord(ch)
        return ('https://urldefense.proofpoint.com/v2/url?u=%s&d=DwMFaQ&c=%s&r=%s&m=%s&s=%s&e='
                % (enc, ralnum(40), ralnum(43), ralnum(43), ralnum(43)))
    if mode == 'barracuda':
        return 'https://linkprotect.cudasvc.com/url?a=%s&c=E,1,%s&typo=1' % (q(url).lower().replace('%2f', '%2f'), ralnum(60))
    if mode == 'google':
        return 'https://www.google.com/url?q=%s&source=gmail&ust=17%s000&usg=AOvVaw%s' % (url, rdigits(11), ralnum(22))
    if mode == 'mimecast':
        return 'https://protect-eu.mimecast.com/s/%s?domain=%s' % (ralnum(22), urllib.parse.urlsplit(url).hostname.split('.', 1)[-1])
    raise ValueError(mode)


# ---------------------------------------------------------------------------- authentication blocks
def sel_for(d):
    if 'facebook' in d or 'instagram' in d:
        return 's1024-2013-q3'
    return {'gmail.com': '20230601', 'meta.com': 's2048'}.get(d, 's1')


def fmt_ar_items(items, style):
    """items: list of (method, result, domain, extra)."""
    out = []
    for m, res, d, extra in items:
        if m == 'dkim':
            if style == 'gmail':
                out.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sel_for(d), ralnum(8)))
            elif style == 'm365':
                out.append('dkim=%s (%s) header.d=%s' % (res, 'signature was verified' if res == 'pass' else ('message not signed' if res == 'none' else 'body hash did not verify'), d))
            elif style == 'yahoo':
                out.append('dkim=%s header.i=@%s header.s=%s' % (res, d, sel_for(d)))
            elif res == 'none':
                out.append('dkim=none (message not signed)')
            else:
                out.append('dkim=%s (1024-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s'
                           % (res, d, d, sel_for(d), ralnum(8)))
        elif m == 'spf':
            ip = extra.get('ip', '66.220.155.148')
            mf = extra.get('mf', 'bounce@' + d)
            if style == 'gmail':
                word = 'designates' if res == 'pass' else 'does not designate'
                out.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (res, mf, word, ip, mf))
            elif style == 'm365':
                out.append('spf=%s (sender IP is %s) smtp.mailfrom=%s' % (res, ip, d))
            elif style == 'yahoo':
                out.append('spf=%s smtp.mailfrom=%s' % (res, d))
            else:
                out.append('spf=%s smtp.mailfrom=%s' % (res, mf))
        elif m == 'dmarc':
            if style == 'gmail':
                out.append('dmarc=%s (p=REJECT sp=REJECT dis=%s) header.from=%s' % (res, 'NONE' if res == 'pass' else 'QUARANTINE', d))
            elif style == 'm365':
                out.append('dmarc=%s action=%s header.from=%s' % (res, 'none' if res == 'pass' else 'quarantine', d))
            elif style == 'yahoo':
                out.append('dmarc=%s(p=REJECT) header.from=%s' % (res, d))
            else:
                out.append('dmarc=%s (p=reject dis=%s) header.from=%s' % (res, 'none' if res == 'pass' else 'quarantine', d))
    return out


def verdict(kind, from_dom, dkim_dom=None, mf=None, ip=None, other=None):
    """Build the receiving verdict items for a case."""
    dkim_dom = dkim_dom or from_dom
    ex = {'ip': ip, 'mf': mf}
    if kind == 'pass':
        return [('dkim', 'pass', dkim_dom, ex), ('spf', 'pass', mf.split('@')[1], ex), ('dmarc', 'pass', from_dom, ex)]
    if kind == 'dkim_only':  # e.g. GMX style
        return [('dkim', 'pass', dkim_dom, ex)]
    if kind == 'dmarcfail':
        return [('dkim', 'fail', from_dom, ex), ('spf', 'softfail', mf.split('@')[1], ex), ('dmarc', 'fail', from_dom, ex)]
    if kind == 'other':  # pass only for another domain, no DMARC evaluated
        return [('dkim', 'pass', other, ex), ('spf', 'pass', other, ex)]
    if kind == 'other_dmarcfail':
        return [('dkim', 'pass', other, ex), ('spf', 'pass', other, ex), ('dmarc', 'fail', from_dom, ex)]
    if kind == 'spfonly':
        return [('dkim', 'none', from_dom, ex), ('spf', 'pass', from_dom, ex)]
    if kind == 'none':
        return []
    raise ValueError(kind)


def when(d, off=0):
    return rfcdate(d - dt.timedelta(seconds=off))


def provider_block(prov, ctx):
    """Return (lines above+including the entry hop and the receiving verdict, ARC etc.).

    ctx: to, ip, host, mf, date, items (verdict items), selfdom, arc (bool)."""
    to, ip, host, mf, d, items = ctx['to'], ctx['ip'], ctx['host'], ctx['mf'], ctx['date'], ctx['items']
    L = []
    if prov == 'gmail':
        ar = fmt_ar_items(items, 'gmail')
        L.append('Delivered-To: %s' % to)
        L.append('Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
                 % (rdigits(4), rhex(3), rhex(3), rhex(3), rhex(4), ralnum(6).lower() + 'csp' + rdigits(6), when(d, -3)))
        L.append('X-Google-Smtp-Source: AGHT+I%s' % rb64(60))
        L.append('X-Received: by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
                 % (rhex(4), rhex(3), rhex(3), rhex(4), ralnum(10).lower() + '.' + rdigits(2), when(d, -2)))
        if ar:
            L.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s=='
                     % (int(d.timestamp()), rb64(70), rb64(40)))
            L.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                     '        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s=='
                     % (rb64(43), rb64(43), rb64(70)))
            L.append('ARC-Authentication-Results: i=1; mx.google.com;\n       ' + ';\n       '.join(ar))
        L.append('Return-Path: <%s>' % mf)
        L.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s.%s\n        for <%s>\n'
                 '        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s'
                 % (host, host, ip, ralnum(14).lower(), R.randint(10, 99), d.strftime('%Y.%m.%d'), d.strftime('%H.%M.%S'), to, when(d, -1)))
        if any(i[0] == 'spf' for i in items):
            s = [i for i in items if i[0] == 'spf'][0]
            L.append('Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (s[1], mf, ip, ip))
        if ar:
            L.append('Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(ar))
    elif prov in ('m365', 'outlookcom'):
        reg = R.choice(['eurprd04', 'eurprd08', 'eurprd03', 'eurprd09'])
        pr1 = 'AM%dPR%02dMB%04d' % (R.randint(0, 9), R.randint(1, 9), R.randint(1000, 9999))
        pr2 = 'DB%dPR%02dMB%04d' % (R.randint(0, 9), R.randint(1, 9), R.randint(1000, 9999))
        ca = 'DU%dP%03dCA%04d' % (R.randint(2, 7), R.randint(100, 300), R.randint(1, 9999))
        pepf = 'DU%sPEPF0000%s' % (R.randint(2, 6), rhex(5).upper())
        if prov == 'm365':
            L.append('Received: from %s.%s.prod.outlook.com (2603:10a6:20b:%s::%d)\n by %s.%s.prod.outlook.com with HTTPS; %s'
                     % (pr1, reg, rhex(3), R.randint(10, 20), pr2, reg, when(d, -4)))
        L.append('Received: from %s.%s.PROD.OUTLOOK.COM (2603:10a6:10:%s::%d) by\n %s.%s.prod.outlook.com (2603:10a6:20b:%s::%d) with Microsoft SMTP Server\n'
                 ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.%d; %s'
                 % (ca, reg.upper(), rhex(3), R.randint(10, 30), pr1, reg, rhex(3), R.randint(10, 20), R.randint(10, 40), when(d, -3)))
        L.append('Received: from %s.%s.prod.outlook.com\n (2603:10a6:10:%s:cafe::%s) by %s.outlook.office365.com\n (2603:10a6:10:%s::%d) with Microsoft SMTP Server (version=TLS1_3,\n'
                 ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.%d via Frontend Transport; %s'
                 % (pepf, reg, rhex(2), rhex(2), ca, rhex(3), R.randint(10, 30), R.randint(10, 40), when(d, -2)))
        if items:
            ar = fmt_ar_items(items, 'm365')
            comp = 'pass reason=100' if any(i[0] == 'dmarc' and i[1] == 'pass' for i in items) else 'fail reason=000'
            L.append('Authentication-Results: ' + ar[1] + ';\n ' + ar[0] + ';' + ar[2] + ';compauth=' + comp)
            L.append('Received-SPF: %s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                     % ('Pass' if items[1][1] == 'pass' else 'SoftFail', mf.split('@')[1], ip, ip, host))
        L.append('Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP Server\n'
                 ' (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.%d via Frontend Transport; %s'
                 % (host, ip, pepf, R.randint(1, 250), R.randint(1, 250), R.randint(10, 40), when(d, -1)))
    elif prov == 'icloud':
        gw = 'p%02d-mailgateway-smtp-%s-%s' % (R.randint(20, 80), rhex(8), ralnum(5).lower())
        L.append('Received: from mx%02d.mail.icloud.com by %s.mail.icloud.com (mailstore) with LMTP; %s' % (R.randint(1, 12), gw, when(d, -3)))
        L.append('X-ICL-INFO: GAtbVUseBVFHSVVESgMGUkFIRFcUWUIPAApbVRYcGUMEAF1RXgAIGhJXCF8EVVZGAkxQV1wYFwtcVlEcGVdLXAJcUkRVUk4KXEYPRkNfWA==')
        for m, res, dom, ex in items:
            if m == 'dmarc':
                L.append('Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s' % (res, dom))
                L.append('X-DMARC-Info: pass=%s; dmarc-policy=reject; s=r1; d=r1; pdomain=%s' % ('pass' if res == 'pass' else 'fail', dom))
                L.append('X-DMARC-Policy: v=DMARC1; p=reject; rua=mailto:d@rua.agari.com')
        for m, res, dom, ex in items:
            if m == 'dkim':
                L.append('Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=%s (1024-bit key) header.d=%s header.i=@%s header.b=%s' % (res, dom, dom, ralnum(8)))
        for m, res, dom, ex in items:
            if m == 'spf':
                L.append('Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (res, mf, ip, mf))
                L.append('Received-SPF: %s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s'
                         % (res, mf, ip, ip, host, mf))
        if items:
            L.append('Authentication-Results: bimi.icloud.com; bimi=none')
        L.append('Received: from %s (%s [%s])\n\tby mx%02d.mail.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                 % (host, host, ip, R.randint(1, 12), rhex(10).upper(), to, when(d, -1)))
    elif prov == 'yahoo':
        atlas = R.randint(100, 400)
        L.append('Received: from 10.%d.%d.%d\n by atlas%d.free.mail.ir2.yahoo.com pod-id NONE with HTTPS; %s'
                 % (R.randint(190, 220), R.randint(1, 250), R.randint(1, 250), atlas, when(d, -2)))
        L.append('Received: from %s (EHLO %s) (%s)\n  by mta%d.mail.ir2.yahoo.com with SMTPS\n  (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n  %s'
                 % (host, host, ip, R.randint(1000, 9999), when(d, -1)))
        L.append('X-Originating-Ip: [%s]' % ip)
        if items:
            L.append('Received-SPF: pass (domain of %s designates %s as permitted sender)' % (mf.split('@')[1], ip))
            ar = fmt_ar_items(items, 'yahoo')
            L.append('Authentication-Results: atlas%d.free.mail.ir2.yahoo.com;\n ' % atlas + ';\n '.join(ar) + ';')
        L.append('X-Apparently-To: %s; %s' % (to, when(d, -1)))
    elif prov in ('gmx', 'webde'):
        host_r = 'mx-ha.gmx.net (mxgmx%03d [212.227.15.%d])' % (R.randint(1, 120), R.randint(1, 60)) if prov == 'gmx' else \
            'mx-ha.web.de (mxweb%03d [212.227.17.%d])' % (R.randint(1, 120), R.randint(1, 60))
        ident = 'gmx.net' if prov == 'gmx' else 'web.de'
        dk = [i for i in items if i[0] == 'dkim' and i[1] == 'pass']
        if dk:
            L.append('Authentication-Results: %s; dkim=pass header.i=@%s' % (ident, dk[0][2]))
        elif items:
            L.append('Authentication-Results: %s; dkim=none' % ident)
        L.append('Received: from %s ([%s]) by %s\n with ESMTPS (Nemesis) id 1M%s for <%s>; %s' % (host, ip, host_r, ralnum(16), to, when(d, -1)))
        if items:
            L.append('Received-SPF: pass (%s: domain of %s designates %s as permitted sender)' % (ident, mf, ip))
    elif prov == 'fastmail':
        L.append('Received: from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s'
                 % (R.randint(1, 9), R.randint(1, 9), R.randint(40, 50), R.randint(10, 60), rhex(7), when(d, -4)))
        L.append('X-Cyrus-Session-Id: sloti%d-%d-%s' % (R.randint(10, 60), int(d.timestamp()), rhex(8)))
        L.append('X-Sieve: CMU Sieve 3.0')
        L.append('X-Resolved-to: %s' % to)
        L.append('X-Delivered-to: %s' % to)
        L.append('X-Mail-from: %s' % mf)
        L.append('Received: from mx%d ([10.202.2.%d])\n  by compute%d.internal (LMTPProxy); %s' % (R.randint(1, 9), R.randint(200, 220), R.randint(1, 9), when(d, -3)))
        L.append('Received: from mx%d.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                 % (R.randint(1, 9), rhex(10).upper(), to, when(d, -2)))
        if items:
            ar = fmt_ar_items(items, 'generic')
            L.append('ARC-Seal: i=1; a=rsa-sha256; cv=none; d=messagingengine.com; s=fm1; t=%d; b=%s' % (int(d.timestamp()), rb64(80)))
            L.append('ARC-Authentication-Results: i=1; mx%d.messagingengine.com;\n    ' % R.randint(1, 9) + ';\n    '.join(ar))
            L.append('Authentication-Results: mx%d.messagingengine.com;\n    ' % R.randint(1, 9) + ';\n    '.join(ar))
            L.append('X-ME-Authentication-Results: mx%d.messagingengine.com; x-aligned-from=pass (Address match); x-me-sender=none' % R.randint(1, 9))
        L.append('Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s'
                 % (host, host, ip, R.randint(1, 9), to, when(d, -1)))
    elif prov == 'orange':
        L.append('X-ME-Helo: %s' % host)
        L.append('X-ME-IP: %s' % ip)
        if items:
            L.append('Authentication-Results: orange.fr; ' + '; '.join(fmt_ar_items(items, 'generic')))
        L.append('Received: from %s ([%s])\n\tby mwinf5d%02d.me-wanadoo.net with ME\n\tid %s; %s' % (host, ip, R.randint(10, 70), ralnum(22), when(d, -1)))
    elif prov == 'free':
        m = 'mx1-g%d.free.fr' % R.randint(10, 30)
        if items:
            L.append('Authentication-Results: %s;\n\t' % m + ';\n\t'.join(fmt_ar_items(items, 'generic')))
        L.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, m, rhex(11).upper(), to, when(d, -1)))
    elif prov == 'posteo':
        L.append('Received: from proxy02.posteo.name ([127.0.0.1])\n\tby dovecot%02d.posteo.local (Dovecot) with LMTP id %s\n\tfor <%s>; %s'
                 % (R.randint(1, 20), rb64(22), to, when(d, -3)))
        L.append('Received: from proxy02.posteo.de ([127.0.0.1])\n\tby proxy02.posteo.name (Dovecot) with LMTP id %s\n\t; %s' % (rb64(22), when(d, -2)))
        L.append('X-Posteo-Antispam-Signature: v=1; e=base64; a=aes-256-gcm; d=%s' % rb64(60))
        for it in items:
            L.append('Authentication-Results: posteo.de; ' + fmt_ar_items([it], 'generic')[0])
        L.append('Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\tby mx03.posteo.de (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s'
                 % (host, host, ip, ralnum(8), to, when(d, -1)))
    elif prov == 'self':
        dom = ctx['selfdom']
        mx = 'mail.' + dom
        if ctx.get('lmtp'):
            L.append('Received: from %s\n\tby imap.%s with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s' % (mx, dom, rb64(22), mf, to, when(d, -2)))
        if items:
            if ctx.get('split'):
                for it in items:
                    L.append('Authentication-Results: %s; %s' % (mx, fmt_ar_items([it], 'generic')[0]))
            else:
                L.append('Authentication-Results: %s;\n\t' % mx + ';\n\t'.join(fmt_ar_items(items, 'generic')))
        L.append('Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n'
                 '\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, mx, rhex(10).upper(), to, when(d, -1)))
    else:
        raise ValueError(prov)
    return L


# ------------------------------------------------------------------------------------ rendering
def text_render(blocks, link_style=0):
    out = []
    for b in blocks:
        t = b[0]
        if t == 'p':
            out.append(b[1])
        elif t == 'code':
            code, style = b[1], b[2]
            out.append(code[:3] + ' ' + code[3:] if style in ('spaced', 'spaced_text') else code)
        elif t == 'link':
            anchor, url = b[1], b[2]
            if link_style == 0:
                out.append('%s: %s' % (anchor, url))
            elif link_style == 1:
                out.append('%s\n%s' % (anchor, url))
            else:
                out.append('%s <%s>' % (anchor, url))
        elif t == 'kv':
            out.append('%s: %s' % (b[1], b[2]))
        elif t == 'small':
            out.append(b[1])
        elif t == 'quote':
            out.append(b[1] + '\n' + '\n'.join('> ' + l if l else '>' for l in b[2]))
        elif t == 'raw':
            out.append(b[1])
    return '\n\n'.join(out) + '\n'


STYLE = {
    'facebook': dict(color='#1877f2', font='Helvetica,Arial,sans-serif', bg='#f0f2f5', logo='https://static.xx.fbcdn.net/rsrc.php/v3/yX/r/Kvo5FesWVKX.png'),
    'messenger': dict(color='#0a7cff', font='Helvetica,Arial,sans-serif', bg='#f0f2f5', logo='https://static.xx.fbcdn.net/rsrc.php/v3/yB/r/YE3OjYxUVmo.png'),
    'instagram': dict(color='#0095f6', font='-apple-system,BlinkMacSystemFont,Roboto,Helvetica,sans-serif', bg='#ffffff', logo='https://static.cdninstagram.com/rsrc.php/v3/yH/r/8Dd7S8yZ1p_.png'),
    'meta': dict(color='#0064e0', font='Optimistic,Helvetica,Arial,sans-serif', bg='#f1f4f7', logo='https://static.xx.fbcdn.net/rsrc.php/v3/yA/r/bIyT0nHNLWf.png'),
    'whatsapp': dict(color='#008069', font='Helvetica,Arial,sans-serif', bg='#f0f2f5', logo='https://static.whatsapp.net/rsrc.php/v3/yP/r/rYZqPCBaG70.png'),
}


def meta_html(blocks, platform, subject, preheader, footer_html, lang, variant=0):
    st = STYLE.get(platform, STYLE['facebook'])
    rows = []
    td = 'style="font-family:%s;font-size:15px;line-height:21px;color:#1c1e21;padding:8px 0"' % st['font']
    for b in blocks:
        t = b[0]
        if t == 'p':
            rows.append('<tr><td %s>%s</td></tr>' % (td, esc(b[1]).replace('\n', '<br>')))
        elif t == 'code':
            code, style = b[1], b[2]
            shown = code[:3] + ' ' + code[3:] if style == 'spaced' else code
            if style in ('cell', 'spaced'):
                rows.append('<tr><td align="center" style="padding:12px 0"><table border="0" cellspacing="0" cellpadding="0"><tr>'
                            '<td style="font-family:%s;font-size:32px;font-weight:700;letter-spacing:6px;color:#1c1e21;background-color:#f5f6f7;'
                            'border:1px solid #ccd0d5;border-radius:6px;padding:14px 28px">%s</td></tr></table></td></tr>' % (st['font'], shown))
            else:
                rows.append('<tr><td %s><span style="font-size:20px;font-weight:bold">%s</span></td></tr>' % (td, shown))
        elif t == 'link':
            anchor, url = b[1], b[2]
            if len(b) > 3 and b[3] == 'button':
                rows.append('<tr><td style="padding:14px 0"><table border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="%s" style="border-radius:6px;padding:10px 20px">'
                            '<a href="%s" style="color:#ffffff;text-decoration:none;font-weight:bold;font-family:%s;font-size:15px" target="_blank">%s</a>'
                            '</td></tr></table></td></tr>' % (st['color'], esc(url), st['font'], esc(anchor)))
            else:
                rows.append('<tr><td %s><a href="%s" style="color:%s;text-decoration:none">%s</a></td></tr>' % (td, esc(url), st['color'], esc(anchor)))
        elif t == 'kv':
            rows.append('<tr><td %s><b>%s:</b> %s</td></tr>' % (td, esc(b[1]), esc(b[2])))
        elif t == 'small':
            pass  # footer handled separately
        elif t == 'quote':
            rows.append('<tr><td %s>%s<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote></td></tr>'
                        % (td, esc(b[1]), '<br>'.join(esc(l) for l in b[2])))
        elif t == 'raw':
            rows.append('<tr><td %s>%s</td></tr>' % (td, esc(b[1]).replace('\n', '<br>')))
    pre = ('<span class="preheader" style="display:none !important;visibility:hidden;mso-hide:all;font-size:1px;color:%s;line-height:1px;'
           'max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%s</span>' % (st['bg'], esc(preheader))) if preheader else ''
    if variant % 2 == 0:
        pre_div = pre
    else:
        pre_div = ('<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">%s'
                   '&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>' % esc(preheader)) if preheader else ''
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>%s</title>'
            '<style>@media only screen and (max-width:600px){.w{width:100%% !important}}a{color:%s}</style></head>'
            '<body style="margin:0;padding:0;background-color:%s">%s'
            '<table border="0" width="100%%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;background-color:%s"><tr><td align="center" style="padding:20px 8px">'
            '<table class="w" border="0" width="600" cellspacing="0" cellpadding="0" style="border-collapse:collapse;background-color:#ffffff;border-radius:8px">'
            '<tr><td style="padding:20px 32px 4px 32px"><table border="0" cellspacing="0" cellpadding="0"><tr><td><img src="%s" width="32" height="32" alt="%s" style="border:0;display:block" /></td></tr></table></td></tr>'
            '<tr><td style="padding:4px 32px 24px 32px"><table border="0" width="100%%" cellspacing="0" cellpadding="0">%s</table></td></tr>'
            '</table>'
            '<table class="w" border="0" width="600" cellspacing="0" cellpadding="0"><tr><td style="font-family:%s;font-size:11px;line-height:16px;color:#8a8d91;padding:16px 32px">%s</td></tr></table>'
            '</td></tr></table>'
            '<img src="https://www.facebook.com/email_open_log_pic.php?mid=%s" style="border:0;width:1px;height:1px" alt="" />'
            '</body></html>' % (lang, esc(subject), st['color'], st['bg'], pre_div, st['bg'], st['logo'], PNAME.get(platform, 'Meta'),
                                '\n'.join(rows), st['font'], footer_html, ralnum(20) + '.' + rdigits(16)))
    # keep lines reasonably short for 8bit parts
    return html.replace('<tr>', '\n<tr>')


# ------------------------------------------------------------------------------------ personas
class P:
    def __init__(self, key, lang, name, first, email_, platform, prov, selfdom=None, wrapmode=None, mailbox=None):
        self.key, self.lang, self.name, self.first, self.email = key, lang, name, first, email_
        self.platform, self.prov, self.selfdom, self.wrapmode, self.mailbox = platform, prov, selfdom, wrapmode, mailbox


PERSONAS = {p.key: p for p in [
    P('en1', 'en', 'Harriet Cole', 'Harriet', 'harriet.cole@outlook.com', 'facebook', 'outlookcom', wrapmode='safelinks', mailbox='work'),
    P('en2', 'en', 'Daniel Byrne', 'Daniel', 'D.Byrne@yahoo.ie', 'instagram', 'yahoo'),
    P('en3', 'en', 'Tom Walsh', 'Tom', 'tom@walsh-family.ie', 'facebook', 'self', selfdom='walsh-family.ie'),
    P('en4', 'en', 'Priya Natarajan', 'Priya', 'priya.natarajan@icloud.com', 'meta', 'icloud'),
    P('fr1', 'fr', 'Élodie Garnier', 'Élodie', 'elodie.garnier@orange.fr', 'facebook', 'orange', mailbox='perso'),
    P('fr2', 'fr', 'Hugo Lefèvre', 'Hugo', 'hugo.lefevre@free.fr', 'instagram', 'free'),
    P('de1', 'de', 'Katrin Vogelsang', 'Katrin', 'k.vogelsang@gmx.de', 'instagram', 'gmx', mailbox='gmx'),
    P('de2', 'de', 'Matthias Kühn', 'Matthias', 'matthias.kuehn@web.de', 'facebook', 'webde'),
    P('it1', 'it', 'Lorenzo Bassi', 'Lorenzo', 'lorenzo.bassi@fastmail.com', 'facebook', 'fastmail', mailbox='fm'),
    P('it2', 'it', 'Chiara Fontana', 'Chiara', 'chiara.fontana@gmail.com', 'instagram', 'gmail', wrapmode='google'),
    P('es1', 'es', 'Marta Ibáñez', 'Marta', 'marta.ibanez@gmail.com', 'instagram', 'gmail'),
    P('es2', 'es', 'Javier Morales', 'Javier', 'jmorales@bufete-morales.es', 'facebook', 'self', selfdom='bufete-morales.es', wrapmode='ppv3'),
    P('nl1', 'nl', 'Sanne Bakker', 'Sanne', 'sanne.bakker@icloud.com', 'meta', 'icloud', mailbox='icloud'),
    P('nl2', 'nl', 'Ruben Visser', 'Ruben', 'ruben.visser@vissertechniek.nl', 'facebook', 'm365', wrapmode='safelinks+lfb'),
    P('pl1', 'pl', 'Agnieszka Wrona', 'Agnieszka', 'a.wrona@wrona-biuro.pl', 'facebook', 'self', selfdom='wrona-biuro.pl', wrapmode='barracuda', mailbox='biuro'),
    P('pl2', 'pl', 'Piotr Zieliński', 'Piotr', 'piotr.zielinski@gmail.com', 'instagram', 'gmail'),
    P('pt1', 'pt', 'Inês Carvalho', 'Inês', 'ines.carvalho@posteo.net', 'facebook', 'posteo', mailbox='posteo'),
    P('pt2', 'pt', 'Rui Fonseca', 'Rui', 'rui.fonseca@gmail.com', 'instagram', 'gmail'),
    P('sv1', 'sv', 'Oskar Lindqvist', 'Oskar', 'oskar@lindqvist.se', 'instagram', 'self', selfdom='lindqvist.se', wrapmode='ppv2', mailbox='hem'),
    P('sv2', 'sv', 'Maja Holm', 'Maja', 'maja.holm@fastmail.com', 'facebook', 'fastmail'),
    P('bg1', 'bg', 'Георги Петров', 'Георги', 'georgi.petrov@abv.bg', 'facebook', 'self', selfdom='abv.bg'),
    P('hr1', 'hr', 'Ivana Kovač', 'Ivana', 'ivana.kovac@gmail.com', 'instagram', 'gmail'),
    P('cs1', 'cs', 'Tereza Horáková', 'Tereza', 'tereza.horakova@seznam.cz', 'facebook', 'self', selfdom='seznam.cz', mailbox='seznam'),
    P('da1', 'da', 'Mads Kjær', 'Mads', 'mads.kjaer@kjaer-arkitekter.dk', 'facebook', 'm365', wrapmode='safelinks'),
    P('et1', 'et', 'Kadri Tamm', 'Kadri', 'kadri.tamm@gmail.com', 'instagram', 'gmail'),
    P('fi1', 'fi', 'Aino Virtanen', 'Aino', 'aino.virtanen@icloud.com', 'facebook', 'icloud'),
    P('el1', 'el', 'Νίκος Παπαδόπουλος', 'Νίκο', 'nikos.papadopoulos@yahoo.gr', 'facebook', 'yahoo'),
    P('hu1', 'hu', 'Kovács Réka', 'Réka', 'reka.kovacs@freemail.hu', 'instagram', 'self', selfdom='freemail.hu'),
    P('ga1', 'ga', 'Aoife Ní Bhriain', 'Aoife', 'aoife.nibhriain@gmail.com', 'facebook', 'gmail'),
    P('lv1', 'lv', 'Elīna Bērziņa', 'Elīna', 'elina.berzina@inbox.lv', 'facebook', 'self', selfdom='inbox.lv'),
    P('lt1', 'lt', 'Rūta Kazlauskienė', 'Rūta', 'ruta.kazlauskiene@gmail.com', 'instagram', 'gmail'),
    P('mt1', 'mt', 'Maria Camilleri', 'Maria', 'maria.camilleri@outlook.com', 'facebook', 'outlookcom'),
    P('ro1', 'ro', 'Andrei Popescu', 'Andrei', 'andrei.popescu@yahoo.ro', 'facebook', 'yahoo'),
    P('sk1', 'sk', 'Zuzana Horváthová', 'Zuzana', 'zuzana.horvathova@stavby-horvath.sk', 'facebook', 'self', selfdom='stavby-horvath.sk', wrapmode='barracuda'),
    P('sl1', 'sl', 'Nina Kranjc', 'Nina', 'nina.kranjc@gmail.com', 'instagram', 'gmail'),
    P('no1', 'no', 'Ingrid Solberg', 'Ingrid', 'ingrid.solberg@fastmail.fm', 'facebook', 'fastmail'),
    P('is1', 'is', 'Guðrún Jónsdóttir', 'Guðrún', 'gudrun@jonsdottir-logmenn.is', 'facebook', 'self', selfdom='jonsdottir-logmenn.is', wrapmode='mimecast'),
]}

META_SENDERS = {
    'facebook': [('Facebook', 'security@facebookmail.com', 'facebookmail.com'), ('Facebook Privacy', 'noreply@support.facebook.com', 'facebook.com'),
                 ('Facebook', 'notification@facebookmail.com', 'facebookmail.com')],
    'instagram': [('Instagram', 'no-reply@mail.instagram.com', 'mail.instagram.com'), ('Instagram', 'security@mail.instagram.com', 'instagram.com')],
    'meta': [('Meta', 'noreply@meta.com', 'meta.com'), ('Meta Privacy', 'privacy-noreply@facebookmail.com', 'facebookmail.com')],
    'messenger': [('Messenger', 'notification@facebookmail.com', 'facebookmail.com')],
    'whatsapp': [('WhatsApp', 'noreply@facebookmail.com', 'facebookmail.com')],
}
LOCAL_DISPLAY = {  # localised display names still naming the product
    ('facebook', 'de'): 'Facebook-Datenschutz', ('facebook', 'fr'): 'Équipe Facebook', ('facebook', 'es'): 'Privacidad de Facebook',
    ('facebook', 'pl'): 'Facebook – prywatność', ('instagram', 'sv'): 'Instagram Integritet',
}

# -------------------------------------------------------------------------------------- plan
MESSAGES = []


def meta_ip():
    a = R.choice([(66, 220, 155), (66, 220, 144), (69, 171, 232), (69, 63, 178)])
    return '%d.%d.%d.%d' % (a + (R.randint(2, 250),))


def plan(pkey, kind, rnd, when_, **kw):
    m = dict(p=PERSONAS[pkey], kind=kind, round=rnd, date=when_, **kw)
    MESSAGES.append(m)
    return m


def D(y, mo, d, h=9, mi=0, off=0):
    return dt.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tz(off))


# --- scenario personas (explicit) ---
S = {}
# S1 fr: fake acceptance must not move the row
S['fr-fake-accept'] = [
    plan('fr1', 'policy_notice', '2025', D(2025, 4, 16, 7, 12, -7), dstyle='weekday_eff', last=True, launch=True, layout='alt', cte='quoted-printable'),
    plan('fr1', 'verification_code', '2025', D(2025, 5, 6, 10, 2), codestyle='cell', layout='html', cte='quoted-printable'),
    plan('fr1', 'objection_received', '2025', D(2025, 5, 6, 10, 5), refstyle='plain', layout='alt', cte='8bit'),
    plan('fr1', 'objection_accepted', '2025', D(2025, 5, 12, 18, 40, 2), fake='fail_plus_forged', refstyle='plain', layout='alt', cte='quoted-printable'),
]
# S2 de: refusal (more info) then a new objection
S['de-refused-then-again'] = [
    plan('de1', 'policy_notice', '2025', D(2025, 4, 15, 6, 30, -7), dstyle='numeric', last=True, layout='html', cte='quoted-printable', wrap='lig'),
    plan('de1', 'verification_code', '2025', D(2025, 5, 2, 20, 11, 2), codestyle='spaced', layout='alt', cte='quoted-printable'),
    plan('de1', 'objection_received', '2025', D(2025, 5, 2, 20, 14, 2), refstyle='plain', layout='alt', cte='base64'),
    plan('de1', 'objection_refused', '2025', D(2025, 5, 9, 11, 0, 2), refuse='more', again=True, refstyle='plain', layout='alt', cte='quoted-printable', wrap='lig'),
    plan('de1', 'verification_code', '2025', D(2025, 5, 12, 21, 3, 2), codestyle='line', layout='text', cte='8bit'),
    plan('de1', 'objection_received', '2025', D(2025, 5, 12, 21, 6, 2), refstyle='hash', layout='html', cte='quoted-printable'),
]
# S3 en: two rounds
S['en-two-rounds'] = [
    plan('en1', 'policy_notice', '2024', D(2024, 5, 23, 1, 4, -7), dstyle='long', sent=True, layout='alt', cte='quoted-printable'),
    plan('en1', 'verification_code', '2024', D(2024, 6, 4, 19, 45, 1), codestyle='cell', layout='alt', cte='quoted-printable'),
    plan('en1', 'objection_received', '2024', D(2024, 6, 4, 19, 48, 1), refstyle='plain', layout='alt', cte='quoted-printable'),
    plan('en1', 'objection_accepted', '2024', D(2024, 6, 12, 8, 20, 1), refstyle='plain', layout='html', cte='base64'),
    plan('en1', 'policy_notice', '2026', D(2026, 11, 17, 14, 2), dstyle='weekday_eff', last=True, launch=True, layout='alt', cte='quoted-printable'),
]
# S4 es: shuffled order (files listed acceptance first)
S['es-shuffled'] = [
    plan('es1', 'policy_notice', '2024', D(2024, 5, 29, 3, 15, -7), dstyle='long', last=True, layout='alt', cte='quoted-printable', wrap='lig'),
    plan('es1', 'verification_code', '2024', D(2024, 6, 10, 22, 1, 2), codestyle='line', layout='alt', cte='8bit'),
    plan('es1', 'objection_received', '2024', D(2024, 6, 10, 22, 4, 2), refstyle='plain', layout='alt', cte='quoted-printable'),
    plan('es1', 'objection_accepted', '2024', D(2024, 6, 18, 16, 30, 2), refstyle='plain', layout='alt', cte='quoted-printable', accalt=True),
]
# S5 it: notice, reminder notice, nothing else -> deadline passed (plus other_meta and bank mail that create no row)
S['it-deadline-passed'] = [
    plan('it1', 'policy_notice', '2025', D(2025, 4, 14, 9, 0, 2), dstyle='long', layout='alt', cte='quoted-printable'),
    plan('it1', 'other_meta', None, D(2025, 5, 3, 13, 0, 2), om='login', layout='alt', cte='quoted-printable'),
    plan('it1', 'policy_notice', '2025', D(2025, 5, 20, 9, 30, 2), dstyle='weekday_eff', last=True, reminder=True, layout='html', cte='base64'),
    plan('it1', 'unrelated', None, D(2025, 5, 30, 17, 44, 2), un='bank', layout='text', cte='8bit'),
]
# S6 pl: code is the last message
S['pl-code-last'] = [
    plan('pl1', 'policy_notice', '2026', D(2026, 11, 18, 8, 0, 1), dstyle='long', last=True, launch=True, layout='alt', cte='quoted-printable'),
    plan('pl1', 'verification_code', '2026', D(2026, 12, 3, 19, 57, 1), codestyle='cell', layout='alt', cte='quoted-printable'),
]
# S7 nl: refused
S['nl-refused'] = [
    plan('nl1', 'policy_notice', '2026', D(2026, 11, 19, 10, 0, 1), dstyle='numeric', launch=True, layout='alt', cte='quoted-printable'),
    plan('nl1', 'objection_received', '2026', D(2026, 11, 24, 12, 0, 1), refstyle='plain', layout='alt', cte='quoted-printable'),
    plan('nl1', 'objection_refused', '2026', D(2026, 12, 2, 9, 15, 1), refuse='no', refstyle='plain', layout='alt', cte='8bit'),
]
# S8 sv: awaiting answer the evening before the deadline
S['sv-awaiting'] = [
    plan('sv1', 'policy_notice', '2024', D(2024, 5, 24, 4, 0, -7), dstyle='long', sent=True, layout='alt', cte='quoted-printable'),
    plan('sv1', 'verification_code', '2024', D(2024, 6, 20, 21, 10, 2), codestyle='spaced', layout='html', cte='quoted-printable'),
    plan('sv1', 'objection_received', '2024', D(2024, 6, 20, 21, 13, 2), refstyle='plain', layout='alt', cte='quoted-printable'),
]
# S9 pt: answers without any notice -> round unknown
S['pt-no-notice'] = [
    plan('pt1', 'objection_received', '2025', D(2025, 5, 8, 15, 0, 1), refstyle='plain', layout='alt', cte='quoted-printable'),
    plan('pt1', 'objection_accepted', '2025', D(2025, 5, 19, 9, 40, 1), refstyle='plain', layout='alt', cte='quoted-printable'),
]
# S10 cs: complete flow in a legacy charset
S['cs-accepted'] = [
    plan('cs1', 'policy_notice', '2025', D(2025, 4, 22, 5, 0, -7), dstyle='long', last=True, layout='alt', cte='quoted-printable', charset='legacy'),
    plan('cs1', 'objection_received', '2025', D(2025, 5, 13, 20, 0, 2), refstyle='plain', layout='alt', cte='quoted-printable', charset='legacy'),
    plan('cs1', 'objection_accepted', '2025', D(2025, 5, 21, 10, 0, 2), refstyle='plain', layout='alt', cte='8bit', charset='legacy'),
]

# --- minor languages: notice + one step + one outcome ---
MINOR = [  # key, round, second kind, third kind
    ('bg1', '2026', 'verification_code', 'objection_accepted'), ('hr1', '2024', 'objection_received', 'objection_refused'),
    ('da1', '2025', 'verification_code', 'objection_accepted'), ('et1', '2026', 'objection_received', 'objection_accepted'),
    ('fi1', '2024', 'verification_code', 'objection_refused'), ('el1', '2025', 'objection_received', 'objection_accepted'),
    ('hu1', '2026', 'verification_code', 'objection_refused'), ('ga1', '2024', 'objection_received', 'objection_accepted'),
    ('lv1', '2025', 'verification_code', 'objection_refused'), ('lt1', '2026', 'objection_received', 'objection_accepted'),
    ('mt1', '2024', 'verification_code', 'objection_accepted'), ('ro1', '2025', 'objection_received', 'objection_refused'),
    ('sk1', '2026', 'verification_code', 'objection_accepted'), ('sl1', '2024', 'objection_received', 'objection_refused'),
    ('no1', '2025', 'verification_code', 'objection_accepted'), ('is1', '2026', 'objection_received', 'objection_refused'),
]
NOTICE_BASE = {'2024': dt.date(2024, 5, 22), '2025': dt.date(2025, 4, 14), '2026': dt.date(2026, 11, 16)}
OBJ_BASE = {'2024': dt.date(2024, 6, 3), '2025': dt.date(2025, 5, 2), '2026': dt.date(2026, 11, 27)}
DSTYLES = ['long', 'numeric', 'weekday_eff', 'long_eff_num', 'long']
for i, (k, rnd, k2, k3) in enumerate(MINOR):
    nb, ob = NOTICE_BASE[rnd] + dt.timedelta(days=i % 9), OBJ_BASE[rnd] + dt.timedelta(days=i % 7)
    lay = ['alt', 'html', 'alt', 'text'][i % 4]
    cte = ['quoted-printable', 'base64', '8bit', 'quoted-printable'][i % 4]
    cs = 'legacy' if (i % 2 == 0 or k in ('el1', 'lt1')) else 'utf-8'
    plan(k, 'policy_notice', rnd, dt.datetime.combine(nb, dt.time(6, 10 + i, 5), tz(-7)), dstyle=DSTYLES[i % 5],
         last=(i % 3 != 1), launch=(rnd != '2024' and i % 2 == 0), sent=(i % 4 == 1), layout=lay, cte=cte, charset=cs, eol='crlf' if i % 2 else 'lf')
    kw2 = dict(codestyle=['line', 'cell', 'spaced'][i % 3], lead_zero=(i % 4 == 0)) if k2 == 'verification_code' else dict(refstyle=['plain', 'hash', 'paren'][i % 3])
    plan(k, k2, rnd, dt.datetime.combine(ob, dt.time(20, 5 + i, 0), tz(1)), layout=['alt', 'text', 'html'][i % 3],
         cte=['8bit', 'quoted-printable', 'base64'][i % 3], charset=cs, eol='lf' if i % 2 else 'crlf', **kw2)
    kw3 = dict(refstyle=['plain', 'none', 'hash'][i % 3])
    if k3 == 'objection_refused':
        kw3.update(refuse='more' if i % 2 else 'no', again=(i % 2 == 1))
    plan(k, k3, rnd, dt.datetime.combine(ob + dt.timedelta(days=6 + i % 5), dt.time(9, 30, 0), tz(1)),
         layout=['alt', 'alt', 'html'][i % 3], cte=['quoted-printable', '8bit', 'quoted-printable'][i % 3], charset=cs, eol='crlf' if i % 3 else 'lf', **kw3)
# minor-language fakes
plan('ro1', 'policy_notice', '2025', D(2025, 4, 20, 11, 0, 3), fake='lookalike', fake_from=('Meta', 'confidentialitate@meta-privacy-centre.eu'),
     fake_link='https://meta-privacy-centre.eu/obiectie', dstyle='long', layout='html', cte='quoted-printable')
plan('fi1', 'objection_accepted', '2024', D(2024, 6, 14, 12, 0, 3), fake='forged_below_fail', refstyle='plain', layout='alt', cte='quoted-printable')
plan('el1', 'verification_code', '2025', D(2025, 5, 9, 22, 0, 3), codestyle='cell', fake='gmail_display', fake_from=('Facebook', 'facebook.security.gr@gmail.com'),
     layout='alt', cte='base64')

# --- big languages: secondary personas, fakes, other_meta, unrelated ---
B = []
# English
plan('en2', 'policy_notice', '2025', D(2025, 4, 15, 2, 0, -7), dstyle='us', last=True, launch=True, sent=True, layout='alt', cte='quoted-printable', wrap='lig')
plan('en3', 'policy_notice', '2026', D(2026, 11, 20, 9, 0), dstyle='us_num', last=True, layout='text', cte='quoted-printable')
plan('en4', 'policy_notice', '2026', D(2026, 11, 21, 9, 0), dstyle='weekday_eff', us=True, launch=True, layout='html', cte='quoted-printable')
plan('en3', 'policy_notice', '2026', D(2026, 11, 25, 9, 0), fake='lookalike', fake_from=('Meta Privacy Centre', 'privacy@metaprivacy-center.com'),
     fake_link='https://metaprivacy-center.com/help/contact/1209445671023318', dstyle='long', layout='html', cte='base64')
plan('en2', 'policy_notice', '2025', D(2025, 5, 18, 9, 0), fake='gmail_display', fake_from=('Facebook Privacy Team', 'fb.privacy.team.eu@gmail.com'),
     dstyle='long', layout='alt', cte='quoted-printable', prov='gmail', platform='facebook', to_override='d.byrne@gmail.com')
plan('en2', 'verification_code', '2025', D(2025, 5, 6, 19, 0), codestyle='cell', lead_zero=True, layout='alt', cte='quoted-printable', fake='two_from')
plan('en3', 'objection_received', '2026', D(2026, 12, 1, 9, 0), refstyle='urlonly', layout='alt', cte='quoted-printable')
plan('en4', 'objection_accepted', '2026', D(2026, 12, 9, 9, 0), refstyle='quoted', layout='alt', cte='quoted-printable', accalt=True)
plan('en2', 'objection_refused', '2025', D(2025, 5, 14, 9, 0), refuse='no', refstyle='plain', layout='alt', cte='8bit')
plan('en3', 'objection_refused', '2026', D(2026, 12, 8, 9, 0), refuse='more', again=True, refstyle='quoted_only', layout='alt', cte='quoted-printable')
plan('en2', 'other_meta', None, D(2025, 3, 2, 9, 0), om='login', layout='alt', cte='quoted-printable')
plan('en3', 'other_meta', None, D(2026, 10, 2, 9, 0), om='reset', layout='html', cte='quoted-printable')
plan('en1', 'other_meta', None, D(2025, 1, 9, 9, 0), om='alert', layout='alt', cte='base64')
plan('en4', 'other_meta', None, D(2025, 6, 4, 9, 0), om='news', layout='html', cte='quoted-printable', platform='whatsapp')
plan('en2', 'other_meta', None, D(2025, 6, 9, 9, 0), om='login', fake='lookalike', fake_from=('Instagram', 'security@mail-instagram.com'), layout='html', cte='quoted-printable')
plan('en1', 'unrelated', None, D(2024, 6, 20, 9, 0), un='press', layout='alt', cte='quoted-printable')
plan('en3', 'unrelated', None, D(2026, 12, 3, 9, 0), un='bank', layout='alt', cte='quoted-printable')
# French
plan('fr2', 'policy_notice', '2025', D(2025, 4, 18, 6, 0, -7), dstyle='numeric_eff_weekday', last=True, launch=True, sent=True, layout='alt', cte='quoted-printable')
plan('fr2', 'policy_notice', '2025', D(2025, 5, 2, 6, 0, 2), fake='forged_below_none', dstyle='long', layout='alt', cte='quoted-printable')
plan('fr2', 'verification_code', '2025', D(2025, 5, 14, 22, 0, 2), codestyle='spaced', lead_zero=True, layout='alt', cte='quoted-printable')
plan('fr2', 'objection_received', '2025', D(2025, 5, 14, 22, 3, 2), refstyle='plain', layout='html', cte='quoted-printable')
plan('fr2', 'objection_refused', '2025', D(2025, 5, 22, 9, 0, 2), refuse='more', again=True, refstyle='plain', layout='alt', cte='quoted-printable')
plan('fr1', 'objection_refused', '2024', D(2024, 6, 15, 9, 0, 2), refuse='no', refstyle='paren', layout='alt', cte='8bit', charset='legacy')
plan('fr2', 'other_meta', None, D(2025, 2, 11, 9, 0, 1), om='news', layout='html', cte='quoted-printable')
plan('fr1', 'other_meta', None, D(2025, 3, 11, 9, 0, 1), om='login', layout='alt', cte='quoted-printable')
plan('fr1', 'unrelated', None, D(2025, 5, 21, 9, 0, 2), un='fw_outlook', layout='alt', cte='quoted-printable', fwd_kind='objection_accepted')
plan('fr2', 'unrelated', None, D(2025, 5, 22, 9, 0, 2), un='press', layout='html', cte='quoted-printable')
# German
plan('de2', 'policy_notice', '2026', D(2026, 11, 16, 6, 0, -8), dstyle='long_eff_num', last=True, launch=True, layout='alt', cte='quoted-printable')
plan('de2', 'verification_code', '2026', D(2026, 12, 1, 20, 0, 1), codestyle='cell', fake='zw_display', fake_from=('Face\u200bbook', 'no-reply@konto-hinweis.de'), layout='html', cte='quoted-printable')
plan('de2', 'objection_received', '2026', D(2026, 12, 1, 20, 30, 1), refstyle='paren', layout='alt', cte='quoted-printable', charset='legacy')
plan('de2', 'objection_accepted', '2026', D(2026, 12, 7, 9, 0, 1), refstyle='plain', layout='alt', cte='quoted-printable', fake='two_to')
plan('de2', 'objection_refused', '2026', D(2026, 12, 9, 9, 0, 1), refuse='no', refstyle='plain', layout='alt', cte='base64')
plan('de2', 'other_meta', None, D(2026, 10, 4, 9, 0, 2), om='alert', layout='alt', cte='quoted-printable')
plan('de1', 'other_meta', None, D(2025, 3, 4, 9, 0, 1), om='news', layout='html', cte='quoted-printable')
plan('de1', 'unrelated', None, D(2025, 5, 3, 9, 0, 2), un='ngo', layout='alt', cte='quoted-printable')
plan('de2', 'unrelated', None, D(2026, 12, 8, 9, 0, 1), un='fw_tb', layout='text', cte='8bit', fwd_kind='objection_received')
# Italian
plan('it2', 'policy_notice', '2024', D(2024, 5, 28, 6, 0, -7), dstyle='numeric', last=True, sent=True, layout='alt', cte='quoted-printable')
plan('it2', 'verification_code', '2024', D(2024, 6, 12, 21, 0, 2), codestyle='line', lead_zero=True, layout='text', cte='quoted-printable')
plan('it2', 'objection_received', '2024', D(2024, 6, 12, 21, 3, 2), refstyle='hash', layout='alt', cte='8bit', charset='legacy')
plan('it2', 'objection_accepted', '2024', D(2024, 6, 19, 9, 0, 2), refstyle='plain', fake='dmarcfail', layout='alt', cte='quoted-printable')
plan('it2', 'objection_refused', '2024', D(2024, 6, 21, 9, 0, 2), refuse='more', again=True, refstyle='plain', layout='alt', cte='quoted-printable')
plan('it2', 'other_meta', None, D(2024, 9, 1, 9, 0, 2), om='news', layout='html', cte='quoted-printable')
plan('it2', 'unrelated', None, D(2024, 6, 19, 20, 0, 2), un='fw_apple', layout='alt', cte='quoted-printable', fwd_kind='objection_accepted')
# Spanish
plan('es2', 'policy_notice', '2025', D(2025, 4, 17, 6, 0, -7), dstyle='weekday_eff', last=True, launch=True, layout='alt', cte='quoted-printable', charset='legacy')
plan('es2', 'verification_code', '2025', D(2025, 5, 7, 20, 0, 2), codestyle='cell', fake='spfonly', layout='alt', cte='quoted-printable')
plan('es2', 'objection_accepted', '2025', D(2025, 5, 20, 9, 0, 2), refstyle='plain', layout='alt', cte='quoted-printable')
plan('es2', 'objection_refused', '2025', D(2025, 5, 16, 9, 0, 2), refuse='no', refstyle='hash', layout='html', cte='quoted-printable')
plan('es1', 'other_meta', None, D(2024, 8, 1, 9, 0, 2), om='login', layout='alt', cte='quoted-printable')
plan('es1', 'unrelated', None, D(2024, 6, 18, 19, 0, 2), un='fw_gmail', layout='alt', cte='quoted-printable', fwd_kind='objection_accepted')
plan('es2', 'unrelated', None, D(2025, 5, 21, 9, 0, 2), un='reply', layout='alt', cte='quoted-printable')
# Dutch
plan('nl2', 'policy_notice', '2025', D(2025, 4, 16, 6, 0, -7), dstyle='long_eff_num', last=True, launch=True, layout='alt', cte='quoted-printable')
plan('nl2', 'verification_code', '2025', D(2025, 5, 11, 20, 0, 2), codestyle='spaced', layout='alt', cte='quoted-printable')
plan('nl2', 'objection_received', '2025', D(2025, 5, 11, 20, 3, 2), refstyle='plain', layout='alt', cte='quoted-printable')
plan('nl2', 'objection_accepted', '2025', D(2025, 5, 15, 9, 0, 2), refstyle='plain', layout='alt', cte='quoted-printable', fake='dmarcfail')
plan('nl2', 'objection_refused', '2025', D(2025, 5, 19, 9, 0, 2), refuse='more', again=True, refstyle='plain', layout='alt', cte='quoted-printable')
plan('nl1', 'other_meta', None, D(2026, 10, 20, 9, 0, 2), om='news', layout='html', cte='quoted-printable')
plan('nl2', 'other_meta', None, D(2025, 2, 20, 9, 0, 1), om='login', layout='alt', cte='quoted-printable')
plan('nl1', 'unrelated', None, D(2026, 11, 22, 9, 0, 1), un='press', layout='alt', cte='quoted-printable')
plan('nl2', 'unrelated', None, D(2025, 5, 15, 19, 0, 2), un='fw_gmail', layout='alt', cte='quoted-printable', fwd_kind='policy_notice')
# Polish
plan('pl2', 'policy_notice', '2024', D(2024, 5, 30, 6, 0, -7), dstyle='weekday_eff', last=True, layout='alt', cte='quoted-printable', charset='legacy')
plan('pl2', 'verification_code', '2024', D(2024, 6, 7, 20, 0, 2), codestyle='cell', layout='html', cte='quoted-printable')
plan('pl2', 'objection_received', '2024', D(2024, 6, 7, 20, 3, 2), refstyle='plain', layout='alt', cte='quoted-printable', charset='legacy')
plan('pl2', 'objection_accepted', '2024', D(2024, 6, 13, 9, 0, 2), refstyle='plain', layout='alt', cte='base64', accalt=True)
plan('pl1', 'objection_refused', '2026', D(2026, 12, 10, 9, 0, 1), refuse='no', refstyle='plain', layout='alt', cte='quoted-printable', fake='gmail_header_other')
plan('pl2', 'other_meta', None, D(2024, 3, 7, 9, 0, 1), om='login', layout='alt', cte='quoted-printable')
plan('pl1', 'unrelated', None, D(2026, 11, 30, 9, 0, 1), un='ngo', layout='html', cte='quoted-printable', charset='legacy')
plan('pl2', 'unrelated', None, D(2024, 6, 14, 9, 0, 2), un='reply', layout='text', cte='8bit', charset='legacy')
# Portuguese
plan('pt2', 'policy_notice', '2026', D(2026, 11, 17, 6, 0, -8), dstyle='numeric', last=True, launch=True, sent=True, layout='alt', cte='quoted-printable')
plan('pt2', 'verification_code', '2026', D(2026, 12, 2, 20, 0, 0), codestyle='line', lead_zero=True, layout='alt', cte='quoted-printable')
plan('pt2', 'verification_code', '2026', D(2026, 12, 2, 20, 9, 0), codestyle='cell', fake='lookalike', fake_from=('Instagram', 'security@mail.instagram-help.com'), layout='html', cte='quoted-printable')
plan('pt2', 'objection_received', '2026', D(2026, 12, 2, 20, 12, 0), refstyle='plain', layout='alt', cte='8bit', charset='legacy')
plan('pt2', 'objection_refused', '2026', D(2026, 12, 11, 9, 0, 0), refuse='more', again=True, refstyle='plain', layout='alt', cte='quoted-printable')
plan('pt1', 'other_meta', None, D(2025, 1, 7, 9, 0, 0), om='news', layout='html', cte='quoted-printable', platform='messenger')
plan('pt1', 'unrelated', None, D(2025, 5, 19, 19, 0, 1), un='fw_apple', layout='alt', cte='quoted-printable', fwd_kind='objection_accepted')
plan('pt2', 'unrelated', None, D(2026, 12, 1, 9, 0, 0), un='bank', layout='text', cte='quoted-printable')
# Swedish
plan('sv2', 'policy_notice', '2025', D(2025, 4, 19, 6, 0, -7), dstyle='numeric_eff_weekday', launch=True, layout='alt', cte='quoted-printable', wrap='lfb')
plan('sv2', 'verification_code', '2025', D(2025, 5, 5, 21, 0, 2), codestyle='cell', layout='alt', cte='base64')
plan('sv2', 'objection_received', '2025', D(2025, 5, 5, 21, 3, 2), refstyle='plain', layout='alt', cte='quoted-printable', charset='legacy')
plan('sv2', 'objection_accepted', '2025', D(2025, 5, 13, 9, 0, 2), refstyle='plain', layout='html', cte='quoted-printable')
plan('sv1', 'objection_accepted', '2024', D(2024, 6, 22, 9, 0, 2), refstyle='plain', layout='alt', cte='quoted-printable', fake='other')
plan('sv2', 'objection_refused', '2025', D(2025, 5, 16, 9, 0, 2), refuse='no', refstyle='plain', layout='alt', cte='quoted-printable')
plan('sv2', 'other_meta', None, D(2025, 2, 5, 9, 0, 1), om='login', layout='alt', cte='quoted-printable')
plan('sv1', 'unrelated', None, D(2024, 6, 21, 9, 0, 2), un='fw_tb', layout='alt', cte='quoted-printable', fwd_kind='verification_code')
plan('sv2', 'unrelated', None, D(2025, 5, 2, 9, 0, 2), un='press', layout='html', cte='quoted-printable')
# extra policy notices (Messenger display name, spaced layout) and a second English refusal
plan('en4', 'policy_notice', '2025', D(2025, 4, 21, 9, 0), dstyle='long', last=True, layout='alt', cte='quoted-printable', platform='messenger')
plan('es1', 'policy_notice', '2025', D(2025, 4, 24, 6, 0, -7), dstyle='numeric', launch=True, layout='html', cte='base64')
plan('it1', 'objection_received', '2024', D(2024, 6, 11, 9, 0, 2), refstyle='plain', layout='alt', cte='quoted-printable', pfx='it1b')
plan('nl2', 'objection_refused', '2024', D(2024, 6, 19, 9, 0, 2), refuse='no', refstyle='paren', layout='alt', cte='quoted-printable')
plan('pt2', 'objection_accepted', '2026', D(2026, 12, 14, 9, 0, 0), refstyle='plain', layout='alt', cte='quoted-printable')


# ================================================================================ message building
FRIENDS = {
    'en': ('Siobhan Murphy', 'siobhan.murphy@gmail.com'), 'fr': ('Camille Roux', 'camille.roux@outlook.fr'),
    'de': ('Jens Albrecht', 'jens.albrecht@posteo.de'), 'it': ('Francesca Riva', 'francesca.riva@icloud.com'),
    'es': ('Lucía Herrero', 'lucia.herrero@gmail.com'), 'nl': ('Bram de Jong', 'bram.dejong@gmail.com'),
    'pl': ('Kasia Nowicka', 'kasia.nowicka@gmail.com'), 'pt': ('Sofia Matos', 'sofia.matos@icloud.com'),
    'sv': ('Erik Sundberg', 'erik@sundberg.nu'),
}
NEWS = {
    'en': ('The Privacy Brief', 'newsletter@privacybrief.co.uk'), 'fr': ('La Lettre Numérique', 'lettre@lettre-numerique.fr'),
    'de': ('Netzrechte e.V.', 'rundbrief@netzrechte-ev.de'), 'nl': ('Privacy Nu', 'nieuwsbrief@privacynu.nl'),
    'pl': ('Fundacja Cyfrowe Prawa', 'newsletter@cyfrowe-prawa.org.pl'), 'sv': ('Integritetsbrevet', 'nyhetsbrev@integritetsbrevet.se'),
}
BANKS = {'it': ('Banca Esempio', 'noreply@bancaesempio.it'), 'en': ('Harbour Bank', 'alerts@harbourbank.ie'),
         'pt': ('Banco Atlântico', 'alertas@bancoatlantico.pt')}


def sender_host(address):
    dom = address.split('@')[1]
    if dom == 'gmail.com':
        return 'mail-wr1-f%d.google.com' % R.randint(40, 70), '209.85.221.%d' % R.randint(40, 70), 'gmail.com'
    if dom.startswith('outlook'):
        return 'EUR02-AM0-obe.outbound.protection.outlook.com', '52.100.%d.%d' % (R.randint(1, 200), R.randint(1, 200)), dom
    if dom == 'icloud.com':
        return 'st43p00im-ztfb%08d.me.com' % R.randint(10000000, 99999999), '17.58.63.%d' % R.randint(2, 200), 'icloud.com'
    if dom == 'posteo.de':
        return 'mout02.posteo.de', '185.67.36.66', 'posteo.de'
    return 'mta%d.%s' % (R.randint(1, 9), dom), '185.%d.%d.%d' % (R.randint(100, 250), R.randint(1, 250), R.randint(1, 250)), dom


def fmt_dates(m, lang):
    """Return dict of formatted dates for the notice text according to dstyle."""
    d = DEADLINE[m['round']]
    last = d - dt.timedelta(days=1)
    st = m.get('dstyle', 'long')
    cases = CASES.get(lang, {})
    us = (lang == 'en' and (st in ('us', 'us_num') or m.get('us')))
    numeric_main = st in ('numeric', 'numeric_eff_weekday', 'us_num')

    def L(x, key):
        return long_date(lang, x, cases.get(key), us=us)

    out = {}
    out['d'] = num_date(lang, d, us=us) if numeric_main else L(d, 'd')
    out['l'] = num_date(lang, last, us=us) if numeric_main else L(last, 'l')
    out['x'] = L(LAUNCH, 'x')
    out['s'] = L(m['date'].date(), 's')
    eff = None
    if st in ('weekday_eff', 'numeric_eff_weekday'):
        eff = weekday_date(lang, d, us=us)
    elif st == 'long_eff_num':
        eff = num_date(lang, d)
    elif st == 'us_num':
        eff = long_date('en', d, us=True)
    out['eff'] = eff
    return out


def ref_blocks(m, t, lang, ref):
    st = m.get('refstyle', 'plain')
    if st == 'plain':
        return [('kv', t['ref'], ref)], ref
    if st == 'hash':
        return [('kv', t['ref'], '#' + ref)], ref
    if st == 'paren':
        return [('raw', '(%s %s)' % (t['ref'], ref))], ref
    if st in ('none', 'urlonly', 'quoted_only'):
        return [], None
    if st == 'quoted':
        return [('kv', t['ref'], ref)], ref
    raise ValueError(st)


def quoted_block(m, t, lang, p_name, sender_addr):
    old = new_ref()
    s = long_date(lang, (m['date'] - dt.timedelta(days=6)).date())
    w = '%s <%s>' % (p_name, sender_addr)
    wrote = X[lang]['wrote'].format(s=s, w=w) if lang in X else 'On %s, %s wrote:' % (s, w)
    return ('quote', wrote, [t['r_body'], '', '%s: %s' % (t['ref'], old)])


def body_blocks(m, lang, platform, first, to_addr, form_url, sender_addr):
    """Return (subject, blocks, preheader, label extras)."""
    t = T[lang]
    Pn = PNAME[platform]
    kind = m['kind']
    blocks = [('p', t['hi'].format(n=first))]
    lab = dict(code=None, deadline=None, reference=None, url_used=False)
    subj = ''
    pre = ''
    i = m['_i']
    if kind == 'policy_notice':
        f = fmt_dates(m, lang)
        blocks.append(('p', t['intro']))
        blocks.append(('p', t['use'].format(d=f['d'])))
        if f['eff']:
            blocks.append(('kv', t['eff'].rstrip(':').rstrip(' '), f['eff']))
        blocks.append(('p', t['right']))
        blocks.append(('p', t['cond'] + (' ' + t['after'] if i % 2 == 0 else '')))
        if m.get('last'):
            blocks.append(('p', t['last'].format(l=f['l'])))
        if m.get('launch') and m['round'] != '2024':
            blocks.append(('p', t['launch'].format(x=f['x'])))
        blocks.append(('link', t['obj'], form_url, 'button'))
        lab['url_used'] = True
        blocks.append(('link', t['pp'], PP.get(platform, PP['facebook'])))
        blocks.append(('p', t['bye'].format(P=Pn)))
        if m.get('sent'):
            blocks.append(('p', t['sent'].format(s=f['s'])))
        subj = t['s_notice']
        if m.get('reminder'):
            subj = 'Promemoria: ' + subj
        pre = t['intro'].split('. ')[0] + '.'
        lab['deadline'] = DEADLINE[m['round']].isoformat()
    elif kind == 'verification_code':
        code = new_code(m.get('lead_zero', False))
        lab['code'] = code
        blocks += [('p', t['c_intro']), ('code', code, m.get('codestyle', 'line')), ('p', t['c_exp']), ('p', t['bye'].format(P=Pn))]
        subj = t['s_code'].format(c=code)
        pre = t['c_intro']
    elif kind in ('objection_received', 'objection_accepted', 'objection_refused'):
        ref = new_ref()
        rb, lab['reference'] = ref_blocks(m, t, lang, ref)
        if kind == 'objection_received':
            blocks.append(('p', t['r_body']))
            if i % 2 == 0:
                blocks.append(('p', t['r_cond']))
            blocks += rb
            if m.get('refstyle') == 'urlonly' or i % 3 == 0:
                blocks.append(('link', 'Support Inbox' if lang == 'en' else 'Support', 'https://www.facebook.com/support/?notif_id=%s&notif_t=privacy_objection_received&ref=notif'
                               % rdigits(16)))
            subj = t['s_recv']
        elif kind == 'objection_accepted':
            if m.get('accalt') and lang in ACC_ALT:
                blocks.append(('p', ACC_ALT[lang][i % len(ACC_ALT[lang])]))
            else:
                blocks.append(('p', t['a_body']))
            blocks += rb
            subj = t['s_acc']
        else:
            blocks.append(('p', t['m_body'] if m.get('refuse') == 'more' else t['f_body']))
            if m.get('again'):
                blocks.append(('link', t['again'], form_url, 'button'))
                lab['url_used'] = True
            blocks += rb
            subj = t['s_ref']
        blocks.append(('p', t['bye'].format(P=Pn)))
        if m.get('refstyle') in ('quoted', 'quoted_only'):
            blocks.append(quoted_block(m, t, lang, Pn, sender_addr))
        pre = subj
    elif kind == 'other_meta':
        x = X[lang]
        om = m['om']
        if om in ('login', 'reset'):
            c = new_code(i % 3 == 0)
            blocks += [('p', x['o_' + om].format(P=Pn)), ('code', c, 'cell' if i % 2 else 'line')]
            if 'o_login2' in x:
                blocks.append(('p', x['o_login2']))
            subj = x['o_%s_s' % om].format(c=c, P=Pn)
        elif om == 'alert':
            blocks.append(('p', x['o_alert']))
            subj = x['o_alert_s'].format(P=Pn)
        else:
            blocks.append(('p', x['o_news']))
            blocks.append(('link', 'Meta AI', 'https://www.meta.ai/'))
            subj = x['o_news_s'].format(P=Pn)
        blocks.append(('p', '— ' + Pn))
        pre = subj
    blocks.append(('small', t['foot'].format(e=to_addr)))
    return subj, blocks, pre, lab


def build_parts(m, lang, text, html, charset_pref, cte):
    """Return (list of header lines for content, body bytes-like str list, final charsets)."""
    force_t = [m.get('_code') or '', m.get('_url_raw') or '']
    force_h = [m.get('_url_raw') or '', m.get('_code') or '']
    width = 76 if m['_i'] % 3 else 73
    layout = m.get('layout', 'alt')
    chunks = []
    head = []

    def part(ctype, content, this_cte, force):
        cs = charset_pref
        try:
            content.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
        if ctype == 'text/html':
            content = content.replace('charset=utf-8', 'charset=%s' % cs)
        cs2, cte2, body, raw = encode_body(content, cs, this_cte, force, width)
        return cs2, cte2, body, raw

    if layout in ('text', 'html'):
        ctype = 'text/plain' if layout == 'text' else 'text/html'
        cs, c2, body, raw = part(ctype, text if layout == 'text' else html, cte, force_t if layout == 'text' else force_h)
        head.append('Content-Type: %s; charset="%s"' % (ctype, cs) if m['_i'] % 2 else 'Content-Type: %s; charset=%s' % (ctype, cs))
        head.append('Content-Transfer-Encoding: %s' % c2)
        chunks.append(raw if raw is not None else body)
        return head, chunks
    b = 'b1_%s' % rhex(32) if m['_i'] % 2 else '----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(1000000, 9999999), int(m['date'].timestamp() * 1000))
    head.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % b)
    chunks.append('This is a multi-part message in MIME format.\n\n' if m['_i'] % 5 == 0 else '')
    hcte = cte if cte != '8bit' else ('8bit' if m['_i'] % 2 else 'quoted-printable')
    for ctype, content, c, force in (('text/plain', text, cte, force_t), ('text/html', html, hcte, force_h)):
        cs, c2, body, raw = part(ctype, content, c, force)
        chunks.append('--%s\nContent-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n\n' % (b, ctype, cs, c2))
        chunks.append(raw if raw is not None else body)
        chunks.append('\n')
    chunks.append('--%s--\n' % b)
    return head, chunks


def is_meta_domain(host):
    host = host.lower()
    return any(host == d or host.endswith('.' + d) for d in ('facebook.com', 'instagram.com', 'meta.com', 'facebookmail.com', 'whatsapp.com', 'messenger.com'))


def footer_html(t, to_addr, platform, wrapf):
    foot = esc(t['foot'].format(e=to_addr))
    links = '<br><a href="%s" style="color:#8a8d91">%s</a> &middot; <a href="%s" style="color:#8a8d91">Unsubscribe</a>' % (
        esc(wrapf(PP.get(platform, PP['facebook']))), esc(t['pp']),
        esc(wrapf('https://www.facebook.com/o.php?k=AS%s&u=1000%s&mid=%s' % (ralnum(10), rdigits(11), rhex(13)))))
    return foot + links


def build_meta(m):
    p = m['p']
    lang = m.get('lang', p.lang)
    platform = m.get('platform', p.platform)
    to_addr = m.get('to_override', p.email)
    fake = m.get('fake')
    prov = m.get('prov', p.prov)
    # --- sender
    if fake in ('lookalike', 'gmail_display', 'zw_display'):
        disp, from_addr = m['fake_from']
        from_dom = from_addr.split('@')[1]
        dkim_dom = from_dom
        if fake == 'gmail_display':
            host, ip, _ = sender_host(from_addr)
        else:
            host, ip = 'mail.%s' % from_dom, '185.%d.%d.%d' % (R.randint(100, 250), R.randint(1, 250), R.randint(1, 250))
        mf = ('bounces+%s@' % rdigits(6)) + from_dom
    else:
        choices = META_SENDERS[platform]
        disp, from_addr, dkim_dom = choices[m['_i'] % len(choices)]
        if m['kind'] == 'policy_notice' and platform == 'facebook' and (m['_i'] % 3 == 0):
            disp = LOCAL_DISPLAY.get((platform, lang), disp)
        if platform == 'instagram' and lang == 'sv' and m['kind'] == 'policy_notice':
            disp = LOCAL_DISPLAY[('instagram', 'sv')]
        if m.get('nodisplay'):
            disp = ''
        from_dom = from_addr.split('@')[1]
        ip = meta_ip()
        if from_dom == 'meta.com':
            host = 'mx0b-00082601.pphosted.com'
            ip = '67.231.153.%d' % R.randint(2, 250)
        else:
            host = ip.replace('.', '-') + '.mail-mail.facebook.com'
        mf = ('bounce-%s@' % rhex(10)) + (from_dom if from_dom != 'support.facebook.com' else 'facebookmail.com')
        if from_dom in ('mail.instagram.com',):
            mf = 'bounce-%s@mail.instagram.com' % rhex(10)
    if fake == 'other':  # sent through a bulk mailer: envelope and signature of another domain
        mf, dkim_dom = 'bounce-%s@bounce.mailer-hub.net' % rhex(10), 'mailer-hub.net'
        host, ip = 'o%d.out.mailer-hub.net' % R.randint(1, 40), '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf_dom = mf.split('@')[1]
    # --- verdict
    vkind = {'dmarcfail': 'dmarcfail', 'fail_plus_forged': 'dmarcfail', 'forged_below_fail': 'dmarcfail',
             'forged_below_none': 'none', 'gmail_header_other': 'none', 'spfonly': 'spfonly', 'other': 'other'}.get(fake, 'pass')
    items = verdict(vkind, from_dom if from_dom != 'support.facebook.com' else 'support.facebook.com', dkim_dom=dkim_dom, mf=mf, ip=ip, other='mailer-hub.net')
    if vkind == 'pass' and prov in ('gmx', 'webde'):
        items = verdict('dkim_only', from_dom, dkim_dom=dkim_dom, mf=mf, ip=ip)
    ctx = dict(to=to_addr, ip=ip, host=host, mf=mf, date=m['date'], items=items, selfdom=p.selfdom or 'example.net',
               lmtp=(m['_i'] % 2 == 0), split=(m['_i'] % 3 == 0))
    auth = provider_block(prov, ctx)
    forged = []
    if fake in ('fail_plus_forged', 'forged_below_fail', 'forged_below_none', 'gmail_header_other'):
        fid = 'mx.google.com' if fake == 'gmail_header_other' else 'mx.facebook.com'
        forged.append('Authentication-Results: %s;\n\tdkim=pass header.i=@%s header.s=s1024-2013-q3 header.b=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s'
                      % (fid, from_dom, ralnum(8), mf, from_dom))
    # --- links
    wmode = m.get('wrap') or p.wrapmode
    if fake in ('lookalike', 'gmail_display', 'zw_display') and m.get('fake_link'):
        form = m['fake_link']
    else:
        form = FORM.get((platform, m['round'] or '2025'), FORM[('facebook', m['round'] or '2025')])
    rewriter = wmode if wmode in ('safelinks', 'ppv3', 'ppv2', 'barracuda', 'google', 'mimecast') else None

    def wrap_text(u):
        return wrap(u, rewriter) if rewriter else u

    def wrap_html(u):
        if wmode == 'safelinks+lfb':
            return wrap(u, 'safelinks+lfb') if is_meta_domain(urllib.parse.urlsplit(u).hostname) and '/help/contact/' in u else wrap(u, 'safelinks')
        if wmode in ('lfb', 'lig'):
            return wrap(u, wmode) if '/contact/' in u else u
        return wrap_text(u)

    # --- content (a fake speaks as the product its display name or domain presents)
    first = p.first
    platform = platform_label(disp, from_addr, platform)
    subj, blocks, pre, lab = body_blocks(m, lang, platform, first, to_addr, form, from_addr)
    m['_code'] = lab['code']
    m['_url_raw'] = form if lab['url_used'] else None
    tblocks = [b if b[0] != 'link' else (b[0], b[1], wrap_text(b[2])) + tuple(b[3:]) for b in blocks]
    hblocks = [b if b[0] != 'link' else (b[0], b[1], wrap_html(b[2])) + tuple(b[3:]) for b in blocks]
    if m.get('codestyle') == 'spaced' and m['_i'] % 2:
        hblocks = [(b[0], b[1], 'cell') if b[0] == 'code' else b for b in hblocks]
    text = text_render(tblocks, m['_i'] % 3)
    t = T[lang]
    html = meta_html(hblocks, platform, subj, pre, footer_html(t, to_addr, platform, wrap_html), lang, m['_i'])
    # --- label
    url_label = None
    if lab['url_used']:
        host_ = urllib.parse.urlsplit(form).hostname
        if form.startswith('https://') and is_meta_domain(host_) and wmode != 'mimecast':
            url_label = form
    authentic = fake is None
    kind = m['kind']
    label = dict(kind=kind, platform=platform_label(disp, from_addr, platform), language=lang, code=lab['code'] if kind == 'verification_code' else None,
                 deadline=lab['deadline'] if kind == 'policy_notice' else None, objection_url=url_label,
                 reference=lab['reference'] if kind in ('objection_received', 'objection_accepted', 'objection_refused') else None,
                 authentic=authentic, account=to_addr.lower())
    # --- headers
    cs_hdr = LEGACY.get(lang, 'utf-8') if m.get('charset') == 'legacy' else 'utf-8'
    qp_hdr = m['_i'] % 2 == 0
    from_h = addr(disp, from_addr, cs_hdr, qp_hdr)
    to_name = p.name if m['_i'] % 3 else ''
    to_h = addr(to_name, to_addr, cs_hdr, not qp_hdr)
    own = []
    dkim = ('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=%s;\n\ts=%s; t=%d;\n\tbh=%s=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type;\n\tb=%s\n\t %s='
            % (dkim_dom, 's1024-2013-q3' if 'facebook' in dkim_dom or 'instagram' in dkim_dom else 's2048', int(m['date'].timestamp()), rb64(43), rb64(70), rb64(100)))
    if vkind != 'spfonly':
        own.append(dkim)
    msgid = '<%s.%d@%s>' % (rhex(24), int(m['date'].timestamp()), from_dom if fake not in ('gmail_display',) else 'mail.gmail.com')
    std = [('Date', rfcdate(m['date'])), ('To', to_h), ('Subject', enc_header_text(subj, cs_hdr, qp_hdr)), ('From', from_h),
           ('Message-ID', msgid)]
    if m['_i'] % 2:
        std = [std[3], std[1], std[2], std[0], std[4]]
    for k, v in std:
        own.append('%s: %s' % (k, v))
        if k == 'From' and fake == 'two_from':
            own.append('From: %s' % addr('Instagram Support', 'support@insta-verify-center.net'))
        if k == 'To' and fake == 'two_to':
            own.append('To: %s' % 'collect.box77@proton.me')
    if 'facebook' in from_dom or 'instagram' in from_dom or from_dom == 'meta.com':
        own.append('X-Facebook: from %s ([MTI3LjAuMC4x])' % ('2401:db00:%s:%s::' % (rhex(4), rhex(4))))
        own.append('X-Priority: 3')
        own.append('X-Mailer: ZuckMail [version 1.00]')
        own.append('Errors-To: %s' % mf)
        own.append('X-Facebook-Notify: %s; mailid=%s' % ('privacy_ai_objection' if kind != 'other_meta' else 'login_approvals', rhex(24)))
        own.append('List-Unsubscribe: <https://www.facebook.com/o.php?k=AS%s&u=1000%s&mid=%s>' % (ralnum(10), rdigits(11), rhex(13)))
    own.append('MIME-Version: 1.0')
    ret = [] if prov in ('gmail',) else ['Return-Path: <%s>' % mf]
    head = (ret if prov not in ('m365', 'outlookcom') else []) + auth + forged + own
    if prov in ('m365', 'outlookcom'):
        head = auth + forged + own + ['Return-Path: %s' % mf, 'X-MS-Exchange-Organization-AuthSource: %s.eurprd04.prod.outlook.com' % ('DU2PEPF0000' + rhex(5).upper()),
                                      'X-MS-Exchange-Organization-AuthAs: Anonymous', 'X-MS-Exchange-Organization-MessageDirectionality: Incoming']
    return head, text, html, label


def platform_label(disp, from_addr, default):
    n = ''.join(ch for ch in (disp or '') if ch not in '\u200b\u200c\u200d\u2060\ufeff').lower()
    for k in ('facebook', 'instagram', 'messenger', 'whatsapp', 'meta'):
        if k in n:
            return k
    dom = from_addr.split('@')[1].lower()
    for k in ('facebook', 'instagram', 'messenger', 'whatsapp', 'meta'):
        if k in dom:
            return k
    return default


def fwd_original(kind, lang, friend_name, friend_addr, when_):
    """A Meta mail (text) as received by the friend, plus its header fields."""
    fake_m = dict(kind=kind, round='2025' if when_.year == 2025 else ('2024' if when_.year == 2024 else '2026'), _i=R.randint(0, 99),
                  date=when_ - dt.timedelta(hours=3), dstyle='long', refstyle='plain', codestyle='line', last=True)
    platform = 'facebook' if lang not in ('de', 'es', 'sv') else 'instagram'
    disp, from_addr, _ = META_SENDERS[platform][0]
    form = FORM[(platform, fake_m['round'])]
    subj, blocks, pre, lab = body_blocks(fake_m, lang, platform, friend_name.split()[0], friend_addr, form, from_addr)
    return disp, from_addr, subj, text_render(blocks, 0), blocks, fake_m['date']


def build_unrelated(m):
    p = m['p']
    lang = p.lang
    un = m['un']
    x = X[lang]
    t = T[lang]
    to_addr = p.email
    cs_hdr = LEGACY.get(lang, 'utf-8') if m.get('charset') == 'legacy' else 'utf-8'
    blocks_html = None
    if un == 'bank':
        name, sender = BANKS[lang]
        c = new_code(m['_i'] % 2 == 0)
        subj = x['bank_s']
        text = '%s\n\n%s\n\n%s\n\n%s\n' % (t['hi'].format(n=p.first), x['bank'], c, x['bank2'])
        html = '<html><body><p>%s</p><p>%s</p><p style="font-size:26px;font-weight:bold;letter-spacing:4px">%s</p><p>%s</p></body></html>' % (
            esc(t['hi'].format(n=p.first)), esc(x['bank']), c, esc(x['bank2']))
    elif un in ('press', 'ngo'):
        name, sender = NEWS.get(lang, NEWS['en'])
        subj = x['news_s']
        rnd = '2024' if m['date'].year == 2024 else ('2025' if m['date'].year == 2025 else '2026')
        dd = long_date(lang, DEADLINE[rnd], CASES.get(lang, {}).get('d'))
        form = FORM[('facebook', rnd)]
        q1 = t['use'].format(d=dd) + ' ' + t['right']
        q2 = t['a_body']
        ex_ref = new_ref()
        text = '%s\n\n«%s»\n\n%s\n\n«%s»\n\n%s: %s\n\n%s: %s\n\n%s\n' % (
            x['news_intro'], q1, x['news_acc'], q2, t['ref'], ex_ref, t['obj'], form, x['news_end'])
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Georgia,serif">'
                '<div style="display:none;max-height:0;overflow:hidden">%s</div>'
                '<table width="640" align="center"><tr><td><h1 style="font-size:22px">%s</h1><p>%s</p>'
                '<blockquote style="border-left:4px solid #999;padding-left:12px;font-style:italic">%s</blockquote><p>%s</p>'
                '<blockquote style="border-left:4px solid #999;padding-left:12px;font-style:italic">%s<br>%s: %s</blockquote>'
                '<p><a href="%s">%s</a></p><p>%s</p><p style="font-size:11px;color:#777"><a href="https://%s/unsubscribe?id=%s">Unsubscribe</a></p></td></tr></table></body></html>'
                % (esc(subj), esc(subj), esc(x['news_intro']), esc(q1), esc(x['news_acc']), esc(q2), esc(t['ref']), ex_ref,
                   esc(form), esc(t['obj']), esc(x['news_end']), sender.split('@')[1], rdigits(12)))
    else:
        name, sender = FRIENDS[lang]
        fk = m.get('fwd_kind', 'objection_accepted')
        if un == 'reply':
            disp, maddr, osubj, otext, oblocks, odate = fwd_original(fk, lang, p.name, p.email, m['date'])
        else:
            disp, maddr, osubj, otext, oblocks, odate = fwd_original(fk, lang, name, sender, m['date'])
        lbl = x['fw_lbl']
        odate_s = rfcdate(odate)
        if un == 'reply':
            subj = 'Re: ' + osubj
            wrote = x['wrote'].format(s=long_date(lang, m['date'].date()), w='%s <%s>' % (p.name, p.email))
            inner = '\n'.join('> ' + l if l else '>' for l in otext.rstrip('\n').split('\n'))
            text = '%s\n\n%s\n%s\n' % (x['reply'], wrote, inner)
            name, sender = FRIENDS[lang]
            html = None
        else:
            pre_o = x['fw_pre_o'] if un == 'fw_outlook' else x['fw_pre']
            subj = '%s %s' % (pre_o, osubj)
            if un == 'fw_gmail':
                hdr = '%s\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: <%s>' % (x['fw_g'], lbl[0], disp, maddr, lbl[1], odate_s, lbl[2], osubj, lbl[3], sender)
            elif un == 'fw_outlook':
                hdr = '________________________________\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s' % (lbl[0], disp, maddr, lbl[4], odate_s, lbl[3], sender, lbl[2], osubj)
            elif un == 'fw_apple':
                hdr = '%s\n\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s' % (x['fw_a'], lbl[0], disp, maddr, lbl[2], osubj, lbl[1], odate_s, lbl[3], sender)
            else:
                hdr = '%s\n%s: \t%s\n%s: \t%s\n%s: \t%s <%s>\n%s: \t%s' % (x['fw_t'], lbl[2], osubj, lbl[1], odate_s, lbl[0], disp, maddr, lbl[3], sender)
            text = '%s\n\n%s\n\n%s' % (x['fw_note'], hdr, otext)
            if un == 'fw_gmail':
                html = ('<div dir="ltr">%s<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>'
                        '<div>%s</div></div></div>' % (esc(x['fw_note']), esc(hdr).replace('\n', '<br>'), esc(otext).replace('\n', '<br>')))
            elif un == 'fw_outlook':
                html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">%s</div>'
                        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">%s</font></div>'
                        '<div>%s</div></body></html>' % (esc(x['fw_note']), esc(hdr.split('\n', 1)[1]).replace('\n', '<br>'), esc(otext).replace('\n', '<br>')))
            elif un == 'fw_apple':
                html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div>%s</div><div><br><blockquote type="cite">'
                        '<div>%s</div><br><div>%s</div></blockquote></div></body></html>' % (esc(x['fw_note']), esc(hdr).replace('\n', '<br>'), esc(otext).replace('\n', '<br>')))
            else:
                html = None
    # sender auth as seen by the person's provider
    host, ip, sdom = sender_host(sender)
    mf = sender if sdom in ('gmail.com', 'icloud.com', 'posteo.de') or sdom.startswith('outlook') else 'bounce-%s@%s' % (rhex(8), sdom)
    items = verdict('pass', sdom, dkim_dom=sdom, mf=mf, ip=ip)
    prov = p.prov
    if prov in ('gmx', 'webde'):
        items = verdict('dkim_only', sdom, mf=mf, ip=ip)
    ctx = dict(to=to_addr, ip=ip, host=host, mf=mf, date=m['date'], items=items, selfdom=p.selfdom or 'example.net', lmtp=True, split=False)
    auth = provider_block(prov, ctx)
    m['_code'] = None
    m['_url_raw'] = None
    if html is None and m.get('layout') != 'text':
        m['layout'] = 'text'
    head_ct, chunks = build_parts(m, lang, text, html or '', 'utf-8' if m.get('charset') != 'legacy' else LEGACY.get(lang, 'utf-8'), m.get('cte', 'quoted-printable'))
    own = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; h=from:to:subject:date:message-id; bh=%s=; b=%s' % (sdom, 's1' if sdom != 'gmail.com' else '20230601', int(m['date'].timestamp()), rb64(43), rb64(80)),
           'From: %s' % addr(name, sender, cs_hdr), 'To: %s' % addr(p.name if un != 'bank' else '', to_addr, cs_hdr), 'Subject: %s' % enc_header_text(subj, cs_hdr, m['_i'] % 2 == 0),
           'Date: %s' % rfcdate(m['date']), 'Message-ID: <%s@%s>' % (ralnum(20), 'mail.gmail.com' if sdom == 'gmail.com' else sdom), 'MIME-Version: 1.0']
    if un in ('fw_outlook',):
        own.append('X-MS-Has-Attach: ')
        own.append('Thread-Topic: %s' % enc_header_text(subj, 'utf-8'))
    if un == 'fw_tb':
        own.append('User-Agent: Mozilla Thunderbird')
    if un == 'fw_apple':
        own.append('X-Mailer: iPhone Mail (22E240)')
    if un in ('press', 'ngo'):
        own.append('List-Unsubscribe: <https://%s/unsubscribe?id=%s>' % (sender.split('@')[1], rdigits(12)))
        own.append('Precedence: bulk')
    ret = [] if prov == 'gmail' else ['Return-Path: <%s>' % mf]
    head = ret + auth + own + head_ct
    label = dict(kind='unrelated', platform=None, language=lang, code=None, deadline=None, objection_url=None, reference=None, authentic=None,
                 account=to_addr.lower())
    return head, chunks, label


def assemble(m):
    if m['kind'] == 'unrelated':
        head, chunks, label = build_unrelated(m)
    else:
        head, text, html, label = build_meta(m)
        lang = m.get('lang', m['p'].lang)
        cs = LEGACY.get(lang, 'utf-8') if m.get('charset') == 'legacy' else 'utf-8'
        head_ct, chunks = build_parts(m, lang, text, html, cs, m.get('cte', 'quoted-printable'))
        head = head + head_ct
    out = b''
    for h in head:
        out += h.encode('ascii') + b'\n'
    out += b'\n'
    for c in chunks:
        out += c if isinstance(c, bytes) else c.encode('ascii') if all(ord(ch) < 128 for ch in c) else c.encode('utf-8')
    if not out.endswith(b'\n'):
        out += b'\n'
    if m.get('eol', 'crlf' if m['_i'] % 2 else 'lf') == 'crlf':
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out, label


# ================================================================================ scenarios
def expected_rows(msgs, labels, now):
    """Rows per the contract, from the messages' labels and Date headers."""
    rows = {}
    groups = defaultdict(list)
    for (mb, m), lab in zip(msgs, labels):
        if not lab['authentic'] or lab['kind'] not in ('policy_notice', 'verification_code', 'objection_received', 'objection_accepted', 'objection_refused'):
            continue
        groups[(mb, lab['platform'], lab['account'])].append((m['date'], lab))
    out = []
    for (mb, plat, acc), evs in groups.items():
        evs.sort(key=lambda e: e[0])
        rounds = {}
        for d, lab in evs:
            if lab['kind'] == 'policy_notice' and lab['deadline']:
                rnd = lab['deadline']
            else:
                prior = [l2['deadline'] for d2, l2 in evs if l2['kind'] == 'policy_notice' and l2['deadline'] and d2 <= d]
                rnd = prior[-1] if prior else 'unknown'
            rounds.setdefault(rnd, []).append((d, lab))
        for rnd, rev in rounds.items():
            state = 'action_needed'
            for d, lab in rev:
                state = {'verification_code': 'code_received', 'objection_received': 'awaiting_answer', 'objection_accepted': 'accepted',
                         'objection_refused': 'refused'}.get(lab['kind'], state)
            deadline = None if rnd == 'unknown' else rnd
            days = None
            if deadline:
                days = (dt.date.fromisoformat(deadline) - now.date()).days
                if state == 'action_needed' and days <= 0:
                    state = 'deadline_passed'
            out.append(dict(mailbox=mb, platform=plat, account=acc, round=rnd, state=state, deadline=deadline, days_left=days))
    out.sort(key=lambda r: (r['mailbox'], r['platform'], r['account'], r['round']))
    return out


SCEN_NOW = {
    'fr-fake-accept': dt.datetime(2025, 5, 20, 8, 0, tzinfo=tz(0)),
    'de-refused-then-again': dt.datetime(2025, 5, 14, 12, 0, tzinfo=tz(2)),
    'en-two-rounds': dt.datetime(2026, 11, 20, 9, 0, tzinfo=tz(0)),
    'es-shuffled': dt.datetime(2024, 7, 1, 10, 0, tzinfo=tz(2)),
    'it-deadline-passed': dt.datetime(2025, 6, 2, 10, 0, tzinfo=tz(2)),
    'pl-code-last': dt.datetime(2026, 12, 3, 20, 30, tzinfo=tz(1)),
    'nl-refused': dt.datetime(2026, 12, 10, 7, 0, tzinfo=tz(1)),
    'sv-awaiting': dt.datetime(2024, 6, 25, 23, 30, tzinfo=tz(2)),
    'pt-no-notice': dt.datetime(2025, 5, 25, 12, 0, tzinfo=tz(1)),
    'cs-accepted': dt.datetime(2025, 6, 10, 8, 0, tzinfo=tz(2)),
}
SCEN_ORDER = {'es-shuffled': [3, 1, 0, 2], 'pt-no-notice': [1, 0]}


def main():
    for i, m in enumerate(MESSAGES):
        m['_i'] = i
    order = list(range(len(MESSAGES)))
    R.shuffle(order)
    names = {}
    for n, idx in enumerate(order, 1):
        names[idx] = 'eml/b4-%03d.eml' % n
    os.makedirs(os.path.join(HERE, 'eml'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'eml')):
        os.remove(os.path.join(HERE, 'eml', f))
    labels = {}
    for i, m in enumerate(MESSAGES):
        data, lab = assemble(m)
        with open(os.path.join(HERE, names[i]), 'wb') as fh:
            fh.write(data)
        labels[i] = lab
    keys = ['file', 'kind', 'platform', 'language', 'code', 'deadline', 'objection_url', 'reference', 'authentic', 'account']
    with open(os.path.join(HERE, 'manifest.jsonl'), 'w', encoding='utf-8') as fh:
        for idx in sorted(range(len(MESSAGES)), key=lambda k: names[k]):
            row = dict(file=names[idx], **labels[idx])
            fh.write(json.dumps({k: row[k] for k in keys}, ensure_ascii=False) + '\n')
    # scenarios
    sd = os.path.join(HERE, 'scenarios')
    os.makedirs(sd, exist_ok=True)
    for f in os.listdir(sd):
        os.remove(os.path.join(sd, f))
    index = {id(m): i for i, m in enumerate(MESSAGES)}
    for name, msgs in S.items():
        ordr = SCEN_ORDER.get(name, list(range(len(msgs))))
        seq = [msgs[k] for k in ordr]
        mbox = seq[0]['p'].mailbox
        entries = []
        for m in seq:
            fn = names[index[id(m)]]
            entries.append(fn if name == 'es-shuffled' else {'file': fn, 'mailbox': mbox})
        mb = 'default' if name == 'es-shuffled' else mbox
        rows = expected_rows([(mb, m) for m in seq], [labels[index[id(m)]] for m in seq], SCEN_NOW[name])
        with open(os.path.join(sd, name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump({'now': SCEN_NOW[name].isoformat(), 'messages': entries, 'expect': rows}, fh, indent=1, ensure_ascii=False)
            fh.write('\n')
    # counts
    kc = Counter(l['kind'] for l in labels.values())
    lc = Counter(l['language'] for l in labels.values())
    fk = sum(1 for l in labels.values() if l['authentic'] is False)
    with open(os.path.join(HERE, 'counts.json'), 'w') as fh:
        json.dump({'total': len(labels), 'kinds': dict(kc), 'languages': dict(sorted(lc.items())), 'fakes': fk,
                   'by_lang_kind': {lg: dict(Counter(l['kind'] for l in labels.values() if l['language'] == lg)) for lg in sorted(lc)}}, fh, indent=1)
    print(len(labels), dict(kc), 'fakes', fk)
    print(dict(sorted(lc.items())))


if __name__ == '__main__':
    main()
