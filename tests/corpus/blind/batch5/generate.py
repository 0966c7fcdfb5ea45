#!/usr/bin/env python3
"""Blind test batch 5: generates eml/, manifest.jsonl and scenarios/ (reproducible, seed 5).

Run: python3 generate.py   (from any directory)
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import random
import shutil
import sys
import urllib.parse
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts import T, MAJOR, MINOR, OTHER, FWD, PRESS  # noqa: E402

R = random.Random(20261205)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


# ------------------------------------------------------------------ dates
ROUNDS = {'2024': dt.date(2024, 6, 26), '2025': dt.date(2025, 5, 27), '2026': dt.date(2026, 12, 16)}
DOTTED = {'de', 'da', 'no', 'is', 'cs', 'sk', 'sl', 'hr', 'fi', 'et'}


def fmt_date(lang, d, style):
    L = T[lang]
    M = L['months'][d.month - 1]
    if style == 'iso':
        return d.isoformat()
    if style == 'num':
        if lang == 'en':
            return d.strftime('%d/%m/%Y')
        if lang == 'us':
            return d.strftime('%m/%d/%Y')
        if lang in ('fr', 'it', 'es', 'pt', 'el', 'ga', 'mt'):
            return d.strftime('%d/%m/%Y')
        if lang == 'nl':
            return d.strftime('%d-%m-%Y')
        if lang == 'hu':
            return d.strftime('%Y.%m.%d.')
        if lang in ('lt', 'sv'):
            return d.isoformat()
        if lang == 'sl':
            return '%d. %d. %d' % (d.day, d.month, d.year)
        if lang == 'lv':
            return d.strftime('%d.%m.%Y.')
        return d.strftime('%d.%m.%Y')
    if style == 'us':
        return '%s %d, %d' % (T['en']['months'][d.month - 1], d.day, d.year)
    # long
    if lang in ('es', 'pt'):
        s = '%d de %s de %d' % (d.day, M, d.year)
    elif lang == 'pl':
        s = '%d %s %d r.' % (d.day, M, d.year)
    elif lang == 'hu':
        s = '%d. %s %d.' % (d.year, M, d.day)
    elif lang == 'lv':
        s = '%d. gada %d. %s' % (d.year, d.day, M)
    elif lang == 'lt':
        s = '%d m. %s %d d.' % (d.year, M, d.day)
    elif lang == 'mt':
        s = "%d ta' %s %d" % (d.day, M, d.year)
    elif lang == 'bg':
        s = '%d %s %d г.' % (d.day, M, d.year)
    elif lang in DOTTED:
        s = '%d. %s %d' % (d.day, M, d.year) + ('.' if lang == 'hr' else '')
    else:
        s = '%d %s %d' % (d.day, M, d.year)
    if style == 'wd' and L.get('wd'):
        w = L['wd'][d.weekday()]
        if lang in ('fr', 'it', 'es', 'pt', 'nl', 'sv', 'da', 'ro'):
            return '%s %s' % (w, s)
        return '%s, %s' % (w, s)
    return s


def at(d, h, m, s=0, tz=0):
    return dt.datetime(d.year, d.month, d.day, h, m, s, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


# ------------------------------------------------------------------ senders
PLAT = {
    'facebook': ('Facebook', 'security@facebookmail.com', 'facebookmail.com'),
    'instagram': ('Instagram', 'no-reply@mail.instagram.com', 'mail.instagram.com'),
    'messenger': ('Messenger', 'notification@facebookmail.com', 'facebookmail.com'),
    'whatsapp': ('WhatsApp', 'no-reply@whatsapp.com', 'whatsapp.com'),
    'meta': ('Meta', 'privacy@meta.com', 'meta.com'),
}
FORM = {
    ('facebook', '2024'): 'https://www.facebook.com/help/contact/712876720715583',
    ('facebook', '2025'): 'https://www.facebook.com/help/contact/6359191084165019',
    ('facebook', '2026'): 'https://www.facebook.com/privacy/genai/objection/?entry=email',
    ('instagram', '2024'): 'https://help.instagram.com/contact/767264225370182',
    ('instagram', '2025'): 'https://help.instagram.com/contact/233964459562201',
    ('instagram', '2026'): 'https://www.instagram.com/accounts/privacy/genai/objection/',
    ('messenger', '2024'): 'https://www.facebook.com/help/contact/712876720715583',
    ('messenger', '2025'): 'https://www.messenger.com/privacy/genai/objection/',
    ('messenger', '2026'): 'https://www.messenger.com/privacy/genai/objection/',
    ('whatsapp', '2025'): 'https://www.whatsapp.com/privacy/genai/objection/',
    ('whatsapp', '2026'): 'https://www.whatsapp.com/privacy/genai/objection/',
    ('whatsapp', '2024'): 'https://www.whatsapp.com/privacy/genai/objection/',
    ('meta', '2024'): 'https://www.facebook.com/help/contact/712876720715583',
    ('meta', '2025'): 'https://www.meta.com/privacy/genai/objection/',
    ('meta', '2026'): 'https://www.meta.com/privacy/genai/objection/',
}
POLICY = {'facebook': 'https://www.facebook.com/privacy/policy/', 'instagram': 'https://privacycenter.instagram.com/policy/',
          'messenger': 'https://www.facebook.com/privacy/policy/', 'whatsapp': 'https://www.whatsapp.com/legal/privacy-policy-eea',
          'meta': 'https://www.facebook.com/privacy/policy/'}

# ------------------------------------------------------------------ personas
NAMES = {
    'en': [('Oliver', 'Hayes'), ('Siobhan', 'Walsh')], 'fr': [('Camille', 'Roussel'), ('Théo', 'Lambert')],
    'de': [('Jana', 'Köhler'), ('Lukas', 'Brandt')], 'it': [('Giulia', 'Ferraro'), ('Matteo', 'Galli')],
    'es': [('Lucía', 'Navarro'), ('Javier', 'Ortega')], 'nl': [('Sanne', 'de Wit'), ('Daan', 'Mulder')],
    'pl': [('Zofia', 'Wróbel'), ('Kacper', 'Kaczmarek')], 'pt': [('Inês', 'Carvalho'), ('Tiago', 'Sousa')],
    'bg': [('Мария', 'Петрова')], 'hr': [('Ivana', 'Kovačić')], 'cs': [('Tereza', 'Dvořáková')],
    'da': [('Mads', 'Kristensen')], 'et': [('Kadri', 'Tamm')], 'fi': [('Aino', 'Virtanen')],
    'el': [('Ελένη', 'Παπαδοπούλου')], 'hu': [('Bence', 'Horváth')], 'ga': [('Aoife', 'Ní Bhriain')],
    'lv': [('Līga', 'Bērziņa')], 'lt': [('Rūta', 'Kazlauskienė')], 'mt': [('Ġorġ', 'Borg')],
    'ro': [('Andreea', 'Popescu')], 'sk': [('Martin', 'Horváth')], 'sl': [('Nina', 'Zupan')],
    'sv': [('Elin', 'Lindqvist')], 'no': [('Sindre', 'Haugen')], 'is': [('Sigrún', 'Jónsdóttir')],
}
TRANS = str.maketrans({'ä': 'a', 'ö': 'o', 'ü': 'u', 'é': 'e', 'è': 'e', 'í': 'i', 'á': 'a', 'ó': 'o', 'ú': 'u', 'ê': 'e',
                       'ç': 'c', 'ł': 'l', 'ż': 'z', 'ź': 'z', 'ś': 's', 'ć': 'c', 'ń': 'n', 'ą': 'a', 'ę': 'e', 'č': 'c',
                       'ř': 'r', 'ž': 'z', 'š': 's', 'ý': 'y', 'ā': 'a', 'ē': 'e', 'ī': 'i', 'ū': 'u', 'ņ': 'n', 'ģ': 'g',
                       'ė': 'e', 'ġ': 'g', 'ħ': 'h', 'ő': 'o', 'ű': 'u', 'ð': 'd', 'þ': 'th', 'î': 'i', 'ă': 'a', 'ț': 't',
                       'ș': 's', ' ': '', 'ì': 'i', 'à': 'a'})
CYR = {'Мария': 'maria', 'Петрова': 'petrova', 'Ελένη': 'eleni', 'Παπαδοπούλου': 'papadopoulou'}
PROVIDERS = ['gmail', 'ms365', 'icloud', 'yahoo', 'gmx', 'fastmail', 'orange', 'self', 'outlookcom']
TLD = {'en': 'ie', 'fr': 'fr', 'de': 'de', 'it': 'it', 'es': 'es', 'nl': 'nl', 'pl': 'pl', 'pt': 'pt', 'bg': 'bg', 'hr': 'hr',
       'cs': 'cz', 'da': 'dk', 'et': 'ee', 'fi': 'fi', 'el': 'gr', 'hu': 'hu', 'ga': 'ie', 'lv': 'lv', 'lt': 'lt', 'mt': 'mt',
       'ro': 'ro', 'sk': 'sk', 'sl': 'si', 'sv': 'se', 'no': 'no', 'is': 'is'}


class Persona:
    def __init__(self, lang, idx, first, last, provider):
        self.lang, self.first, self.last, self.provider = lang, first, last, provider
        f = CYR.get(first, first.lower().translate(TRANS))
        l_ = CYR.get(last, last.lower().translate(TRANS))
        tld = TLD[lang]
        dom = {'gmail': 'gmail.com', 'ms365': 'kanzlei-%s.%s' % (l_, tld) if lang == 'de' else 'studio-%s.%s' % (l_, tld),
               'icloud': 'icloud.com', 'yahoo': 'yahoo.com', 'gmx': 'gmx.de' if lang == 'de' else 'gmx.net',
               'fastmail': 'fastmail.com', 'orange': 'orange.fr', 'self': '%s.%s' % (l_, tld),
               'outlookcom': 'outlook.com'}[provider]
        local = '%s.%s' % (f, l_) if idx == 0 else '%s%s%d' % (f[0], l_, 7 + idx)
        if provider == 'self':
            local = f
        self.email = '%s@%s' % (local, dom)
        self.domain = dom
        self.display = '%s %s' % (first, last)


PERS = {}
_pi = 0
for lg in MAJOR + MINOR:
    PERS[lg] = []
    for i, (f, l_) in enumerate(NAMES[lg]):
        prov = PROVIDERS[_pi % len(PROVIDERS)]
        if lg == 'fr' and i == 0:
            prov = 'orange'
        if lg == 'de' and i == 0:
            prov = 'gmx'
        _pi += 1
        PERS[lg].append(Persona(lg, i, f, l_, prov))
    if len(PERS[lg]) == 1:  # second persona for minors (unused mostly)
        f, l_ = NAMES[lg][0]
        PERS[lg].append(Persona(lg, 1, f, l_, 'gmail'))


# ------------------------------------------------------------------ link wrappers
def q(u):
    return urllib.parse.quote(u, safe='')


def pp2(u):
    out = []
    for ch in u:
        if ch.isalnum() or ch in '.':
            out.append(ch)
        elif ch == '/':
            out.append('_')
        else:
            out.append('-%02X' % ord(ch))
    return ''.join(out)


def wrap(url, how, platform):
    if how == 'tracker':
        if platform == 'instagram':
            return 'https://l.instagram.com/?u=%s&e=AT%s' % (q(url), ralnum(22))
        if platform == 'messenger':
            return 'https://l.messenger.com/l.php?u=%s&h=AT%s&s=1' % (q(url), ralnum(20))
        if platform == 'whatsapp':
            return url
        return 'https://l.facebook.com/l.php?u=%s&h=AT%s&s=1' % (q(url), ralnum(20))
    if how == 'safelinks':
        inner = wrap(url, 'tracker', platform)
        return ('https://eur0%d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C84df9e7fe9f640afb435aaaaaaaaaaaa%%7C1%%7C0%%7C63868%s'
                '%%7CUnknown%%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%%7C0%%7C%%7C%%7C&sdata=%s%%3D&reserved=0'
                % (R.randint(1, 6), q(inner), rhex(32), R.randint(10 ** 11, 10 ** 12), ralnum(43)))
    if how == 'pp2':
        return ('https://urldefense.proofpoint.com/v2/url?u=%s&d=DwMFaQ&c=%s&r=%s&m=%s&s=%s&e='
                % (pp2(url), ralnum(22), ralnum(43), ralnum(43), ralnum(43)))
    if how == 'pp3':
        return 'https://urldefense.com/v3/__%s__;!!%s!%s$' % (url, ralnum(8), ralnum(60))
    if how == 'barracuda':
        return 'https://linkprotect.cudasvc.com/url?a=%s&c=E,1,%s&typo=1' % (q(url), ralnum(80))
    if how == 'google':
        return 'https://www.google.com/url?q=%s&sa=D&source=editors&ust=%d&usg=AOvVaw%s' % (q(url), R.randint(10 ** 15, 10 ** 16), ralnum(22))
    if how == 'mimecast':
        return 'https://protect-eu.mimecast.com/s/%s?domain=%s' % (ralnum(18), urllib.parse.urlsplit(url).hostname)
    if how == 'fakehost':
        return 'https://%s/%s/objection?uid=%s' % (R.choice(['meta-privacy-objection.com', 'facebook-dsgvo-widerspruch.net', 'instagram-support-form.org']), ralnum(6), rhex(12))
    return url


SECURITY_WRAP = {'safelinks', 'pp2', 'pp3', 'barracuda', 'mimecast', 'google'}

# ------------------------------------------------------------------ encodings


def ew(s, charset='utf-8', enc='B'):
    """RFC 2047 encoded words, split on character boundaries, folded."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    words, cur = [], ''
    for ch in s:
        trial = cur + ch
        b = trial.encode(charset)
        if enc == 'B':
            n = len(base64.b64encode(b))
        else:
            n = len(qenc(b))
        if n > 75 - len(charset) - 7 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (charset, base64.b64encode(b).decode()))
        else:
            out.append('=?%s?Q?%s?=' % (charset, qenc(b)))
    return '\n '.join(out)


def qenc(b):
    o = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            o.append('_')
        elif ch.isalnum() and c < 128:
            o.append(ch)
        else:
            o.append('=%02X' % c)
    return ''.join(o)


def addr(name, email, charset='utf-8', enc='B'):
    if not name:
        return email
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:"()<>@[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, charset, enc), email)


def qp_bytes(data, width=76, force=()):
    """Quoted-printable of bytes with soft breaks; force = byte offsets where a soft break is forced."""
    force = set(force)
    lines = data.split(b'\n')
    out = []
    pos = 0
    for line in lines:
        cur = ''
        for i, c in enumerate(line):
            g = pos + i
            if (c == 32 or c == 9) and i == len(line) - 1:
                e = '=%02X' % c
            elif 33 <= c <= 126 and c != 61:
                e = chr(c)
            elif c == 32 or c == 9:
                e = chr(c)
            else:
                e = '=%02X' % c
            if (g in force and cur) or len(cur) + len(e) > width - 1:
                out.append(cur + '=')
                cur = ''
            cur += e
        out.append(cur)
        pos += len(line) + 1
    return '\n'.join(out)


def encode_part(text, charset, cte, force_tokens=()):
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
        data = text.encode(charset)
    if cte == '8bit':
        try:
            data.decode('ascii')
            cte = '7bit'
        except UnicodeDecodeError:
            pass
        return charset, cte, data.decode(charset)  # written later in charset
    if cte == 'base64':
        b = base64.encodebytes(data).decode()
        return charset, cte, b.rstrip('\n')
    force = []
    for tok in force_tokens:
        tb = tok.encode(charset, 'replace')
        start = 0
        while True:
            k = data.find(tb, start)
            if k < 0:
                break
            force.append(k + max(1, len(tb) // 2))
            start = k + len(tb)
    return charset, 'quoted-printable', qp_bytes(data, R.choice([64, 70, 76]), force)


# ------------------------------------------------------------------ authentication layouts
META_IPS = ['66.220.155.%d', '69.171.232.%d', '66.220.144.%d', '173.252.83.%d', '31.13.72.%d']


def meta_hop(sender_domain):
    ip = R.choice(META_IPS) % R.randint(130, 190)
    host = '%s.mail-mail.facebook.com' % ip.replace('.', '-')
    return ip, host


def ar_clause(v, style):
    """v: dict with dkim, dkim_d, spf, mf, dmarc, hf; style: provider."""
    parts = []
    if v.get('dkim'):
        if style == 'gmail':
            parts.append('dkim=%s header.i=@%s header.s=s1024-2013-q3 header.b=%s' % (v['dkim'], v['dkim_d'], ralnum(8)))
        elif style == 'fastmail':
            parts.append('dkim=%s (1024-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=s1024-2013-q3 x-bits=1024'
                         % (v['dkim'], v['dkim_d'], v['dkim_d'], ralnum(8)))
        else:
            parts.append('dkim=%s header.d=%s header.s=s1024-2013-q3 header.b=%s' % (v['dkim'], v['dkim_d'], ralnum(8)))
    if v.get('spf'):
        parts.append('spf=%s smtp.mailfrom=%s' % (v['spf'], v['mf']))
    if v.get('dmarc'):
        if style == 'fastmail':
            parts.append('dmarc=%s policy.published-domain-policy=reject header.from=%s' % (v['dmarc'], v['hf']))
        elif style == 'yahoo':
            parts.append('dmarc=%s(p=REJECT) header.from=%s' % (v['dmarc'], v['hf']))
        else:
            parts.append('dmarc=%s (p=REJECT sp=REJECT dis=%s) header.from=%s' % (v['dmarc'], 'NONE' if v['dmarc'] == 'pass' else 'REJECT', v['hf']))
    return parts


def auth_block(p, v, src_ip, src_host, when, extra_forged=None):
    """Headers from the top down to (and including) the entry Received line of provider p.
    Returns (top_lines, below_lines) where below_lines go under the entry line."""
    d = format_datetime(when)
    acct = p.email
    L = []
    below = []
    prov = v.get('_prov') or p.provider
    if prov == 'gmail':
        L += ['Delivered-To: %s' % acct,
              'Received: by 2002:a05:6358:%s:b0:1a2:%s:%s with SMTP id %s;\n        %s' % (rhex(4), rhex(4), rhex(4), ralnum(12), d),
              'X-Google-Smtp-Source: AGHT+I%s' % ralnum(60),
              'X-Received: by 2002:a17:90b:%s:b0:2ef:%s:%s with SMTP id %s.%d.%d;\n        %s' % (rhex(4), rhex(4), rhex(4), ralnum(10), R.randint(1, 9), R.randint(10 ** 11, 10 ** 12), d),
              'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(when.timestamp()), ralnum(70)),
              'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh=%s=; b=%s' % (ralnum(43), ralnum(60)),
              'ARC-Authentication-Results: i=1; mx.google.com;\n       ' + ';\n       '.join(ar_clause(v, 'gmail')),
              'Return-Path: <%s>' % v['mf_addr'],
              'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s'
              % (src_host, src_host, src_ip, ralnum(20), R.randint(1, 9), R.randint(1, 99), R.randint(1000, 9999), acct, d),
              'Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (v.get('spf') or 'neutral', v['mf_addr'], src_ip, src_ip),
              'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(ar_clause(v, 'gmail'))]
    elif prov in ('ms365', 'outlookcom'):
        sfx = 'eurprd0%d.prod.outlook.com' % R.randint(1, 9)
        a, b_, c = 'AM0PR0%dMB%d' % (R.randint(1, 9), R.randint(1000, 9999)), 'AS9PR06CA0%d' % R.randint(100, 999), 'AM3PEPF0000A%s' % rhex(3).upper()
        if v.get('dmarc') == 'pass':
            res = 'spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified) header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100' % (
                v.get('spf') or 'none', src_ip, v['mf'], v.get('dkim') or 'none', v.get('dkim_d') or 'none', v.get('dmarc') or 'none', v['hf'])
        else:
            res = 'spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s header.d=%s;dmarc=%s action=quarantine header.from=%s;compauth=fail reason=000' % (
                v.get('spf') or 'none', src_ip, v['mf'], v.get('dkim') or 'none', v.get('dkim_d') or 'none', v.get('dmarc') or 'none', v['hf'])
        L += ['Received: from %s.%s (2603:10a6:20b:%s::%s) by DB9PR0%dMB%d.%s with HTTPS; %s' % (a, sfx, rhex(3), rhex(2), R.randint(1, 9), R.randint(1000, 9999), sfx, d),
              'Received: from %s.%s (2603:10a6:20b:%s::%s) by %s.%s (2603:10a6:208:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.18; %s' % (b_, sfx, rhex(3), rhex(2), a, sfx, rhex(3), rhex(2), d),
              'Received: from %s.%s (2603:10a6:208:%s::%s) by %s.outlook.office365.com (2603:10a6:20b:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.19 via Frontend Transport; %s' % (c, 'eurprd04.prod.outlook.com', rhex(3), rhex(2), b_, rhex(3), rhex(2), d),
              'Authentication-Results: ' + res,
              'Received-SPF: %s (protection.outlook.com: domain of %s designates %s as permitted sender) receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % ((v.get('spf') or 'None').capitalize(), v['mf'], src_ip, src_ip, src_host),
              'Received: from %s (%s) by %s.mail.protection.outlook.com (10.167.16.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.12 via Frontend Transport; %s' % (src_host, src_ip, c, R.randint(2, 250), d)]
    elif prov == 'icloud':
        L += ['Return-Path: <%s>' % v['mf_addr'],
              'Original-Recipient: rfc822;%s' % acct,
              'Received: from p00-icloudmta-asmtp-us-west-3a-60-percent-%d (p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-3a.k8s.cloud.apple.com [17.57.152.%d])\n\tby p57-mailgateway-smtp-%s-%s (mailgateway 2440B12) with SMTP id %s\n\tfor <%s>; %s' % (R.randint(1, 9), R.randint(2, 250), rhex(9), ralnum(5).lower(), rhex(32), acct, d),
              'X-ICL-SCORE: 3.00000000000',
              'X-ICL-INFO: GAtbVUseBVFGSVVESgMGUkFIRFcUWUIPAApbVRYSFhEAREQZF1ZaVUBEGUtVB1NXR1NUVA==',
              'Authentication-Results: bimi.icloud.com; bimi=none',
              'Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s' % (v.get('dmarc') or 'none', v['hf'])]
        if v.get('dkim'):
            L.append('Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=%s (1024-bit key) header.d=%s header.i=@%s header.b=%s' % (v['dkim'], v['dkim_d'], v['dkim_d'], ralnum(8)))
        L += ['Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (v.get('spf') or 'none', v['mf_addr'], src_ip, v['mf_addr']),
              'Received-SPF: %s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (v.get('spf') or 'none', v['mf_addr'], src_ip, src_ip, src_host, v['mf_addr']),
              'Received: from %s (%s [%s])\n\tby mx02.mail.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (src_host, src_host, src_ip, rhex(12).upper(), acct, d)]
    elif prov == 'yahoo':
        L += ['Received: from 10.217.151.%d\n by atlas%d.free.mail.ir2.yahoo.com with HTTPS; %s' % (R.randint(2, 250), R.randint(100, 400), d),
              'X-Originating-Ip: [%s]' % src_ip,
              'Received-SPF: %s (domain of %s designates %s as permitted sender)' % (v.get('spf') or 'none', v['mf'], src_ip),
              'Authentication-Results: atlas-production.v2.mail-ir2.yahoo.com;\n ' + ';\n '.join(ar_clause(v, 'yahoo')) + ';',
              'X-Apparently-To: %s; %s' % (acct, d),
              'Received: from %s (EHLO %s)\n by mta%d.mail.ir2.yahoo.com with SMTPs; %s' % (src_ip, src_host, R.randint(1000, 9999), d)]
    elif prov == 'gmx':
        L += ['Authentication-Results: gmx.net;\n\t' + ';\n\t'.join(ar_clause(v, 'gmx')),
              'Received: from %s ([%s]) by mx-ha.gmx.net (mxgmx0%d [212.227.15.%d])\n with ESMTPS (Nemesis) id 1M%s for <%s>; %s' % (src_host, src_ip, R.randint(10, 99), R.randint(2, 50), ralnum(16), acct, d)]
    elif prov == 'fastmail':
        L += ['Received: from compute%d.internal (compute%d.nyi.internal [10.202.2.4%d])\n\t by sloti43n12 (Cyrus 3.11.0-alpha0-1108) with LMTPA;\n\t %s' % (3, 3, R.randint(0, 9), d),
              'X-Cyrus-Session-Id: sloti43n12-%d-%d' % (R.randint(10 ** 9, 10 ** 10), R.randint(1000, 9999)),
              'Received: from mx%d ([10.202.2.20%d])\n  by compute3.internal (LMTPProxy); %s' % (5, R.randint(0, 9), d),
              'Authentication-Results: mx5.messagingengine.com;\n    ' + ';\n    '.join(ar_clause(v, 'fastmail')),
              'Received-SPF: %s\n    (%s: Sender is authorized to use \'%s\' in \'mfrom\' identity (mechanism \'ip4:%s/24\' matched))\n    receiver=mx5.messagingengine.com;\n    identity=mailfrom;\n    envelope-from="%s";\n    helo=%s;\n    client-ip=%s' % (v.get('spf') or 'none', v['mf'], v['mf_addr'], src_ip, v['mf_addr'], src_host, src_ip),
              'Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx5.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s' % (src_host, src_host, src_ip, acct, d)]
    elif prov == 'orange':
        L += ['Authentication-Results: smtp-in.orange.fr;\n\t' + ';\n\t'.join(ar_clause(v, 'orange')),
              'Received: from %s ([%s])\n\tby smtp-in.orange.fr with ESMTP\n\tid %s; %s' % (src_host, src_ip, ralnum(20), d)]
    elif prov == 'self':
        host = 'mail.' + p.domain
        if v.get('_no_receiver_ar'):
            L += ['Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (src_host, src_host, src_ip, host, rhex(10).upper(), acct, d)]
        else:
            L += ['Authentication-Results: %s;\n\t' % host + ';\n\t'.join(ar_clause(v, 'self')),
                  'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (src_host, src_host, src_ip, host, rhex(10).upper(), acct, d)]
    if extra_forged:
        below.append(extra_forged)
    return L, below


# ------------------------------------------------------------------ bodies
def code_fmt(code, style):
    if style == 'spaced':
        return code[:3] + ' ' + code[3:]
    return code


def elide(lang, s):
    if lang == 'fr':
        s = s.replace(' de Instagram', " d'Instagram")
    return s


def build_paras(lang, paras, ctx):
    """Returns list of ('text'|'code'|'link'|'ref', value) items after substitution."""
    out = []
    for p in paras:
        if p == '[CODE]':
            out.append(('code', ctx['code_shown']))
        elif p == '[OCODE]':
            out.append(('code', ctx['ocode']))
        elif p == '[LINK]':
            out.append(('link', None))
        elif p == '[QUOTE]':
            out.append(('text', T[lang]['quote'].format(**ctx)))
        elif p == '[REF]':
            out.append(('ref', '%s: %s%s' % (ctx['reflabel'], '#' if ctx.get('refhash') else '', ctx['ref'])))
        else:
            out.append(('text', elide(lang, p.format(**ctx).replace('..', '.'))))
    return out


def meta_text(items, ctx, link_url):
    lines = []
    for k, v in items:
        if k == 'link':
            lines.append('%s: %s' % (ctx['link_obj'], link_url))
        else:
            lines.append(v)
    return '\n\n'.join(lines)


def h(s):
    return html.escape(s, quote=True).replace('\n', '<br>\n')


def meta_html(items, ctx, href, layout, lang, preheader, footer_links):
    rows = []
    for k, v in items:
        if k == 'text':
            rows.append('<tr>\n<td style="font-size:15px;line-height:21px;color:#1c1e21;padding:0 0 14px 0">%s</td>\n</tr>' % h(v))
        elif k == 'ref':
            rows.append('<tr>\n<td style="font-size:13px;color:#65676b;padding:8px 0 14px 0">%s</td>\n</tr>' % h(v))
        elif k == 'code':
            if ctx.get('code_cell', True):
                rows.append('<tr>\n<td align="center" style="padding:10px 0 18px 0">\n<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>\n'
                            '<td style="background:#f0f2f5;border:1px solid #dddfe2;border-radius:6px;padding:12px 26px;font-family:Courier New,monospace;font-size:30px;letter-spacing:6px;font-weight:bold;color:#1c1e21">%s</td>\n</tr></table>\n</td>\n</tr>' % h(v))
            else:
                rows.append('<tr>\n<td style="font-size:22px;font-weight:bold;padding:6px 0 14px 0">%s</td>\n</tr>' % h(v))
        elif k == 'link':
            rows.append('<tr>\n<td style="padding:6px 0 18px 0">\n<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>\n'
                        '<td style="background:#1877f2;border-radius:6px;padding:10px 18px"><a href="%s" style="color:#ffffff;font-weight:bold;text-decoration:none" target="_blank">%s</a></td>\n</tr></table>\n</td>\n</tr>'
                        % (html.escape(href, quote=True), h(ctx['link_obj'])))
    foot = ' &middot; '.join('<a href="%s" style="color:#8a8d91">%s</a>' % (html.escape(u, quote=True), h(t)) for t, u in footer_links)
    pre = ('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;mso-hide:all">%s'
           + '&nbsp;&zwnj;' * 12 + '</div>') % h(preheader)
    hello = '<tr>\n<td style="font-size:15px;line-height:21px;color:#1c1e21;padding:0 0 14px 0">%s</td>\n</tr>' % h(ctx['hello'])
    sign = '<tr>\n<td style="font-size:15px;line-height:21px;color:#1c1e21;padding:6px 0 0 0">%s</td>\n</tr>' % h(ctx['sign'])
    body = '\n'.join(rows)
    if layout == 'b':
        # older Facebook-style: outer table, header strip, single inner table
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional //EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s" />\n<title>%s</title></head>\n'
                '<body style="margin:0;padding:0" dir="ltr" bgcolor="#ffffff">\n%s\n'
                '<table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" style="border-collapse:collapse">\n<tr>\n<td id="email_content" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff">\n'
                '<table border="0" width="100%%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr><td height="20" style="line-height:20px" colspan="3">&nbsp;</td></tr>\n'
                '<tr>\n<td width="15" style="display:block;width:15px">&nbsp;&nbsp;&nbsp;</td>\n<td>\n'
                '<table border="0" width="100%%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n%s\n%s\n%s\n</table>\n</td>\n'
                '<td width="15" style="display:block;width:15px">&nbsp;&nbsp;&nbsp;</td>\n</tr>\n'
                '<tr>\n<td colspan="3" style="font-size:11px;color:#aaaaaa;line-height:16px;padding:20px 15px">%s<br>\n%s</td>\n</tr>\n</table>\n</td>\n</tr>\n</table>\n</body></html>'
                % (lang, ctx['charset'], h(ctx['subject']), pre, hello, body, sign, h(ctx['footer']), foot))
    return ('<!doctype html>\n<html lang="%s"><head><meta charset="%s"><meta name="viewport" content="width=device-width,initial-scale=1"></head>\n'
            '<body style="margin:0;padding:0;background:#f0f2f5">\n%s\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f0f2f5">\n<tr>\n<td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background:#ffffff;border-radius:8px">\n'
            '<tr>\n<td style="padding:22px 28px 8px 28px;font-family:Helvetica,Arial,sans-serif;font-size:20px;font-weight:bold;color:#1877f2">%s</td>\n</tr>\n'
            '<tr>\n<td style="padding:8px 28px 24px 28px;font-family:Helvetica,Arial,sans-serif">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">\n%s\n%s\n%s\n</table>\n</td>\n</tr>\n</table>\n'
            '<table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0">\n<tr>\n<td style="padding:16px 28px;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#8a8d91">%s<br>\n%s</td>\n</tr>\n</table>\n'
            '</td>\n</tr>\n</table>\n</body></html>' % (lang, ctx['charset'], pre, h(ctx['Pname']), hello, body, sign, h(ctx['footer']), foot))


def assemble(headers, parts, crlf, multipart_kind='alternative'):
    """headers: list of strings; parts: list of (ctype, charset, cte, payload str). Returns bytes."""
    out = '\n'.join(headers) + '\n'
    charsets = []
    if len(parts) == 1:
        ct, cs, cte, payload = parts[0]
        out += 'MIME-Version: 1.0\nContent-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (ct, cs, cte)
        body = [(payload, cs if cte in ('8bit',) else 'ascii')]
        pieces = [(out, 'ascii')] + body + [('\n', 'ascii')]
    else:
        bnd = 'b1_%s' % rhex(32) if R.random() < 0.5 else '----=_Part_%d_%d.%d' % (R.randint(10 ** 5, 10 ** 6), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13))
        out += 'MIME-Version: 1.0\nContent-Type: multipart/%s;\n boundary="%s"\n\n' % (multipart_kind, bnd)
        pieces = [(out, 'ascii')]
        for ct, cs, cte, payload in parts:
            hdr = '--%s\nContent-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (bnd, ct, cs, cte)
            pieces.append((hdr, 'ascii'))
            pieces.append((payload, cs if cte == '8bit' else 'ascii'))
            pieces.append(('\n\n', 'ascii'))
        pieces.append(('--%s--\n' % bnd, 'ascii'))
    data = b''.join(s.encode(c) for s, c in pieces)
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ------------------------------------------------------------------ charsets
CHARSETS = {
    'en': ['utf-8', 'windows-1252', 'iso-8859-15'], 'fr': ['utf-8', 'windows-1252', 'iso-8859-15'],
    'de': ['utf-8', 'iso-8859-15', 'windows-1252'], 'it': ['utf-8', 'windows-1252'], 'es': ['utf-8', 'iso-8859-15'],
    'nl': ['utf-8', 'windows-1252'], 'pt': ['utf-8', 'windows-1252', 'iso-8859-15'], 'pl': ['utf-8', 'iso-8859-2', 'windows-1250'],
    'cs': ['windows-1250', 'iso-8859-2'], 'sk': ['windows-1250', 'utf-8'], 'hu': ['iso-8859-2', 'utf-8'], 'hr': ['windows-1250', 'utf-8'],
    'sl': ['iso-8859-2', 'utf-8'], 'ro': ['utf-8'], 'el': ['iso-8859-7', 'utf-8'], 'lv': ['iso-8859-13', 'utf-8'],
    'lt': ['iso-8859-13', 'utf-8'], 'et': ['iso-8859-13', 'iso-8859-15'], 'bg': ['utf-8'], 'mt': ['utf-8'], 'ga': ['utf-8', 'windows-1252'],
    'da': ['iso-8859-15', 'utf-8'], 'sv': ['windows-1252', 'utf-8'], 'no': ['utf-8', 'iso-8859-15'], 'fi': ['iso-8859-15', 'utf-8'],
    'is': ['windows-1252', 'utf-8'],
}

# ------------------------------------------------------------------ plan
ITEMS = []


def add(**kw):
    kw.setdefault('fake', None)
    kw.setdefault('wrapper', None)
    kw.setdefault('persona', 0)
    kw.setdefault('variant', 0)
    kw.setdefault('tag', None)
    ITEMS.append(kw)
    return kw


ROUND_A = {'en': '2026', 'fr': '2025', 'de': '2026', 'it': '2024', 'es': '2026', 'nl': '2025', 'pl': '2026', 'pt': '2024'}
ROUND_B = {'en': '2024', 'fr': '2026', 'de': '2025', 'it': '2026', 'es': '2026', 'nl': '2026', 'pl': '2024', 'pt': '2025'}
MAIN_OUT = {'en': 'acc', 'fr': 'ref', 'de': 'acc', 'it': 'ref', 'es': 'acc', 'nl': 'ref', 'pl': 'acc', 'pt': 'ref'}
EXTRA = {'de': ('acc', 'dmarc_fail'), 'en': ('ref', 'lookalike'), 'fr': ('acc', 'gmail_display'), 'it': ('acc', 'forged_below_gmail'),
         'es': ('ref', None), 'nl': ('acc', None), 'pl': ('ref', None), 'pt': ('acc', None)}
OTHER_PLAT = {'en': ('facebook', 'messenger'), 'fr': ('facebook', 'instagram'), 'de': ('instagram', 'instagram'), 'it': ('facebook', 'facebook'),
              'es': ('instagram', 'facebook'), 'nl': ('facebook', 'meta'), 'pl': ('facebook', 'instagram'), 'pt': ('instagram', 'facebook')}
WRAPS = ['tracker', 'pp3', 'plain', 'pp2', 'tracker', 'pp3', 'barracuda', 'google', 'tracker', 'mimecast', 'plain', 'barracuda', 'tracker']
_w = [0]


def next_wrap(p):
    w = WRAPS[_w[0] % len(WRAPS)]
    _w[0] += 1
    if p.provider == 'ms365' and w in ('plain', 'tracker', 'pp2', 'pp3', 'barracuda'):
        return 'safelinks'
    return w


for lg in MAJOR:
    A, B = ROUNDS[ROUND_A[lg]], ROUNDS[ROUND_B[lg]]
    pA = PERS[lg][0]
    n0 = at(A - dt.timedelta(days=R.randint(22, 34)), R.randint(7, 18), R.randint(0, 59), R.randint(0, 59), R.choice([0, -7, 0]))
    c0 = n0 + dt.timedelta(days=R.randint(1, 5), hours=R.randint(1, 5), minutes=R.randint(1, 50))
    r0 = c0 + dt.timedelta(minutes=R.randint(2, 9))
    o0 = r0 + dt.timedelta(minutes=R.randint(20, 300)) if MAIN_OUT[lg] == 'acc' else r0 + dt.timedelta(days=R.randint(1, 6))
    rem = at(A - dt.timedelta(days=R.randint(3, 5)), R.randint(8, 17), R.randint(0, 59))
    add(lang=lg, kind='policy_notice', platform='facebook', round=ROUND_A[lg], date=n0, variant=0, tag='%s-notice' % lg, wrapper=next_wrap(pA))
    add(lang=lg, kind='policy_notice', platform='facebook', round=ROUND_A[lg], date=rem, variant=1, tag='%s-reminder' % lg,
        wrapper='fakehost' if lg == 'es' else next_wrap(pA), fake='lookalike' if lg == 'es' else None)
    plat3 = 'instagram'
    n3 = at(B - dt.timedelta(days=R.randint(10, 30)), R.randint(7, 18), R.randint(0, 59))
    add(lang=lg, kind='policy_notice', platform=plat3, round=ROUND_B[lg], date=n3, variant=2, tag='%s-notice-ig' % lg, wrapper=next_wrap(pA),
        sent=n3.date() - dt.timedelta(days=R.randint(14, 40)))
    add(lang=lg, kind='verification_code', platform='facebook', date=c0, variant=R.randint(0, min(2, len(T[lg]['code'])) - 1), tag='%s-code' % lg,
        fake='zwsp' if lg == 'pt' else None)
    add(lang=lg, kind='objection_received', platform='facebook', date=r0, variant=R.randint(0, min(2, len(T[lg]['recv'])) - 1), tag='%s-recv' % lg,
        fake='double_from' if lg == 'pt' else None)
    mk_ = MAIN_OUT[lg]
    add(lang=lg, kind='objection_accepted' if mk_ == 'acc' else 'objection_refused', platform='facebook', date=o0, variant=0, tag='%s-out' % lg, wrapper=next_wrap(pA))
    other = 'ref' if mk_ == 'acc' else 'acc'
    d1 = at(A + dt.timedelta(days=R.randint(-12, 20)), R.randint(8, 20), R.randint(0, 59))
    add(lang=lg, kind='objection_accepted' if other == 'acc' else 'objection_refused', platform='instagram', date=d1, variant=1 % len(T[lg]['acc' if other == 'acc' else 'ref']),
        persona=1, tag='%s-out2' % lg, wrapper=next_wrap(PERS[lg][1]))
    ek, ef = EXTRA[lg]
    d2 = o0 + dt.timedelta(days=R.randint(1, 3)) if ef else at(A + dt.timedelta(days=R.randint(1, 30)), R.randint(8, 20), R.randint(0, 59))
    add(lang=lg, kind='objection_accepted' if ek == 'acc' else 'objection_refused', platform='facebook', date=d2,
        variant=0, persona=0 if ef else 1, fake=ef, tag='%s-extra' % lg, wrapper='fakehost' if ef == 'lookalike' else next_wrap(pA))
    for j in range(2):
        add(lang=lg, kind='other_meta', platform=OTHER_PLAT[lg][j], date=at(A + dt.timedelta(days=R.randint(-60, 40)), R.randint(6, 22), R.randint(0, 59)),
            variant=j, persona=j, tag='%s-other%d' % (lg, j), fake='spf_only' if (lg == 'pl' and j == 0) else None)
    add(lang=lg, kind='unrelated', sub='forward', date=n0 + dt.timedelta(hours=R.randint(2, 40)), tag='%s-fwd' % lg, persona=0)
    add(lang=lg, kind='unrelated', sub={'pl': 'bank', 'pt': 'reply'}.get(lg, 'press'), date=at(A - dt.timedelta(days=R.randint(1, 20)), R.randint(6, 20), R.randint(0, 59)),
        tag='%s-unrel2' % lg, persona=1)

# replies from Meta that quote an earlier message holding another case number
add(lang='en', kind='objection_refused', platform='facebook', date=at(dt.date(2026, 12, 21), 9, 14), variant=2, persona=1, tag='en-quoted')
add(lang='fr', kind='objection_received', platform='instagram', date=at(dt.date(2025, 6, 3), 16, 2, tz=2), variant=2, persona=1, tag='fr-quoted')

MINOR_FAKE = {'hr': ('recv', 'other_pass'), 'bg': ('notice', 'forged_below'), 'cs': ('code', 'double_to'), 'lv': ('out', 'dmarc_fail'),
              'mt': ('notice', 'gmail_display'), 'hu': ('out', 'spf_only'), 'ga': ('code', 'lookalike')}
MPLAT = ['facebook', 'instagram', 'facebook', 'messenger', 'instagram', 'facebook', 'whatsapp', 'instagram', 'meta']
for i, lg in enumerate(MINOR):
    rk = ['2026', '2025', '2024'][i % 3]
    if lg in ('sv', 'ro', 'el'):
        rk = '2026'
    A = ROUNDS[rk]
    plat = MPLAT[i % len(MPLAT)]
    if lg in ('sv', 'ro'):
        plat = 'facebook' if lg == 'ro' else 'instagram'
    p = PERS[lg][0]
    n0 = at(A - dt.timedelta(days=R.randint(18, 32)), R.randint(7, 18), R.randint(0, 59), tz=R.choice([0, 1, 2, -7]))
    c0 = n0 + dt.timedelta(days=R.randint(1, 9), hours=R.randint(0, 6), minutes=R.randint(1, 50))
    r0 = c0 + dt.timedelta(minutes=R.randint(2, 9))
    out = 'acc' if i % 2 == 0 else 'ref'
    o0 = r0 + (dt.timedelta(minutes=R.randint(15, 200)) if out == 'acc' else dt.timedelta(days=R.randint(1, 8)))
    fk = MINOR_FAKE.get(lg, (None, None))
    add(lang=lg, kind='policy_notice', platform=plat, round=rk, date=n0, tag='%s-notice' % lg, fake=fk[1] if fk[0] == 'notice' else None,
        wrapper='fakehost' if fk == ('notice', 'gmail_display') else next_wrap(p), datestyle=['long', 'num', 'wd', 'iso'][i % 4])
    add(lang=lg, kind='verification_code', platform=plat, date=c0, tag='%s-code' % lg, fake=fk[1] if fk[0] == 'code' else None)
    add(lang=lg, kind='objection_received', platform=plat, date=r0, tag='%s-recv' % lg, fake=fk[1] if fk[0] == 'recv' else None)
    add(lang=lg, kind='objection_accepted' if out == 'acc' else 'objection_refused', platform=plat, date=o0, tag='%s-out' % lg,
        fake=fk[1] if fk[0] == 'out' else None, wrapper=next_wrap(p))


# ------------------------------------------------------------------ render
def make_code(i):
    if i % 6 == 0:
        return '0' + ''.join(R.choice('0123456789') for _ in range(5))
    return '%06d' % R.randint(100000, 999999)


def make_ref():
    return str(R.randint(10 ** (R.choice([9, 12, 14, 15]) - 1), 10 ** 16 - 1))[:R.choice([10, 13, 15, 16])]


LOOKALIKE = {'facebook': 'facebookmail-security.com', 'instagram': 'mail-instagram-help.com', 'messenger': 'messenger-notify.net',
             'whatsapp': 'whatsapp-privacy.info', 'meta': 'meta-privacycentre.eu'}


def sender_for(it):
    name, addr_, dom = PLAT[it['platform']]
    if it['kind'] == 'other_meta' and it['platform'] == 'facebook' and it['variant'] == 0:
        addr_ = 'security@facebookmail.com'
    # display names that do not name the product: platform from the sender domain
    if it.get('tag') in ('nl-out2', 'de-notice-ig'):
        name = {'nl-out2': 'Privacyteam', 'de-notice-ig': 'Datenschutz'}[it['tag']]
    if it.get('tag') in ('fr-out',):
        name = 'Facebook Privacy'
    return name, addr_, dom


def render(idx, it):
    lg = it['lang']
    L = T[lg]
    p = PERS[lg][it['persona']]
    kind = it['kind']
    crlf = idx % 2 == 0
    when = it['date']
    fake = it['fake']
    man = dict(kind=kind, platform=None, language=lg, code=None, deadline=None, objection_url=None, reference=None, authentic=None,
               account=p.email.lower())
    if kind == 'unrelated':
        return render_unrelated(idx, it, p, man, crlf)
    platform = it['platform']
    name, from_addr, from_dom = sender_for(it)
    Pname = PLAT[platform][0]
    man['platform'] = platform
    charset = R.choice(CHARSETS[lg])
    ctx = dict(first=p.first, P=Pname, Pname=Pname, email=p.email, link_obj=L['link_obj'], charset=charset)
    subj_vars = {'policy_notice': 'notice', 'verification_code': 'code', 'objection_received': 'recv', 'objection_accepted': 'acc',
                 'objection_refused': 'ref'}
    if kind == 'policy_notice':
        A = ROUNDS[it['round']]
        man['deadline'] = A.isoformat()
        style = it.get('datestyle') or R.choice(['long', 'long', 'num', 'wd', 'iso'] + (['us'] if lg == 'en' else []))
        if lg == 'en' and it['variant'] == 2:
            style = 'us'
        dl = 'en' if style != 'us' else 'en'
        ctx['use'] = fmt_date(lg if style != 'us' else 'en', A, style if style != 'us' else 'us')
        lstyle = R.choice(['long', 'num', style]) if style != 'us' else 'us'
        ctx['last'] = fmt_date(lg, A - dt.timedelta(days=1), lstyle)
        ctx['sent'] = fmt_date(lg, it.get('sent') or when.date(), 'long')
    link_url = None
    href = None
    if kind == 'other_meta':
        subj, paras = OTHER[lg][it['variant']]
        oc = '%06d' % R.randint(0, 999999)
        ctx.update(code=oc, ocode=oc)
        ctx['hello'] = paras[0].format(**ctx)
        paras = paras[1:]  # greeting handled by hello
    else:
        variants = L[subj_vars[kind]]
        subj, paras = variants[it['variant'] % len(variants)]
        ctx['hello'] = L['hello'].format(**ctx)
        if paras and paras[0].startswith(('{first}', 'Hello', 'Madame', 'Sehr', 'Gentile', 'Estimado', 'Beste', 'Szanowni', 'Caro')):
            ctx['hello'] = paras[0].format(**ctx)
            paras = paras[1:]
    if kind == 'verification_code':
        code = make_code(idx)
        man['code'] = code
        cs_ = R.choice(['plain', 'plain', 'spaced'])
        ctx['code'] = code
        ctx['code_shown'] = code_fmt(code, cs_)
        ctx['code_cell'] = R.random() < 0.7
    if kind in ('objection_received', 'objection_accepted', 'objection_refused'):
        ref = make_ref()
        man['reference'] = ref
        ctx['ref'] = ref
        ctx['refhash'] = R.random() < 0.3
        ctx['reflabel'] = R.choice(L['reflabels'])
        ctx['oldref'] = make_ref()
        ctx['qdate'] = fmt_date(lg, (when - dt.timedelta(days=2)).date(), 'long')
    ctx['sign'] = elide(lg, L['sign'].format(**ctx)) if kind != 'other_meta' else ('%s · Meta' % Pname)
    ctx['footer'] = L['footer'].format(**ctx)
    subject = subj.format(**ctx)
    ctx['subject'] = subject
    items = build_paras(lg, paras, ctx)
    has_link = any(k == 'link' for k, _ in items)
    wrapper = it['wrapper'] or 'plain'
    if has_link:
        form = FORM[(platform, it.get('round') or ROUND_OF.get(it['tag'], '2026'))]
        href = wrap(form, wrapper, platform)
        link_url = href if wrapper in SECURITY_WRAP or wrapper == 'fakehost' else form
        if wrapper in ('mimecast', 'fakehost'):
            man['objection_url'] = None
        else:
            man['objection_url'] = form
    # footer links: policy (tracked), help, unsubscribe with a long number (not a reference)
    pol = POLICY[platform]
    unsub = 'https://www.facebook.com/o.php?k=AS%s&u=%d&mid=%s' % (ralnum(10), R.randint(10 ** 14, 10 ** 15), rhex(14))
    footer_links = [(L['link_pol'], wrap(pol, 'tracker', platform) if wrapper == 'tracker' else pol)]
    if lg in UNSUB:
        footer_links.append((UNSUB[lg], unsub))
    text = ctx['hello'] + '\n\n' + meta_text(items, ctx, link_url) + '\n\n' + ctx['sign'] + '\n\n' + ctx['footer'] + '\n'
    layout = R.choice(['a', 'b'])
    pre = next((v for k, v in items if k == 'text'), subject)[:90]
    html_ = meta_html(items, ctx, href, layout, lg, pre, footer_links)
    # ---------------- authentication
    v, from_hdr, extra, headers_extra = auth_for(it, p, name, from_addr, from_dom, charset, man)
    src_ip, src_host = meta_hop(from_dom)
    if fake in ('dmarc_fail', 'other_pass', 'spf_only', 'lookalike', 'gmail_display', 'zwsp', 'forged_below', 'forged_below_gmail'):
        src_ip = '%d.%d.%d.%d' % (R.choice([185, 45, 91, 194]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
        src_host = R.choice(['vps%d.hosting-eu.net' % R.randint(100, 999), 'mail%d.bulk-sender.biz' % R.randint(1, 99), 'srv-%s.cloudhost.click' % rhex(6)])
        if fake == 'gmail_display':
            src_host, src_ip = 'mail-sor-f41.google.com', '209.85.220.41'
    top, below = auth_block(p, v, src_ip, src_host, when + dt.timedelta(seconds=R.randint(2, 9)), extra)
    meta_local = [('Received: by facebook.com (Facebook Mailer) with HTTP id %s; %s' % (rhex(16), format_datetime(when)))]
    if fake and fake not in ('double_from', 'double_to'):
        meta_local = []
    if not fake or fake in ('double_from', 'double_to'):
        dkim = 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=%s; s=s1024-2013-q3;\n\tt=%d; bh=%s=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type;\n\tb=%s' % (
            v.get('dkim_d') or from_dom, int(when.timestamp()), ralnum(43), ralnum(120))
        meta_local.insert(0, dkim)
    msgid = '<%s.%d@%s>' % (rhex(24), int(when.timestamp()), from_dom if not fake else (from_hdr.split('@')[-1].rstrip('>') or 'mail.local'))
    subj_enc = ew(subject, charset, R.choice(['B', 'Q']))
    to_name = p.display if R.random() < 0.7 else ''
    hdrs = top + below + meta_local + [
        'From: %s' % from_hdr,
        'To: %s' % addr(to_name, p.email, 'utf-8', 'Q'),
        'Subject: %s' % subj_enc,
        'Date: %s' % format_datetime(when),
        'Message-ID: %s' % msgid,
    ] + headers_extra
    if kind in ('policy_notice', 'other_meta') and R.random() < 0.5:
        hdrs.append('List-Unsubscribe: <%s>' % unsub)
    hdrs.append('X-Mailer: ZuckMail [version 1.00]' if platform != 'whatsapp' else 'X-Mailer: WAMail')
    hdrs.append('Feedback-ID: %d:%s:%s' % (R.randint(10, 99), kind.split('_')[0], 'Meta'))
    force = [t for t in [ctx.get('code_shown'), man['objection_url'] and link_url, p.email] if t]
    force += [w for w in subject.split() if len(w) > 7][:2]
    shape = it.get('shape') or R.choice(['multi', 'multi', 'multi', 'html'])
    if kind == 'verification_code' and idx % 5 == 0:
        shape = 'html'
    cte_t = R.choice(['8bit', 'quoted-printable', 'base64', 'quoted-printable'])
    cte_h = R.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit'])
    parts = []
    if shape == 'multi':
        cs1, c1, pl1 = encode_part(text, charset, cte_t, force)
        parts.append(('text/plain', cs1, c1, pl1))
    cs2, c2, pl2 = encode_part(html_, charset, cte_h, force + ([href] if href else []))
    parts.append(('text/html', cs2, c2, pl2))
    data = assemble(hdrs, parts, crlf)
    if man['authentic'] is None:
        man['authentic'] = not bool(fake)
    it['_href'] = href
    return data, man


ROUND_OF = {}
FWDL = {'en': ('From', 'Date', 'Subject', 'To', 'Sent'), 'fr': ('De', 'Date', 'Sujet', 'Pour', 'Envoyé'),
        'de': ('Von', 'Datum', 'Betreff', 'An', 'Gesendet'), 'it': ('Da', 'Data', 'Oggetto', 'A', 'Inviato'),
        'es': ('De', 'Fecha', 'Asunto', 'Para', 'Enviado'), 'nl': ('Van', 'Datum', 'Onderwerp', 'Aan', 'Verzonden'),
        'pl': ('Od', 'Data', 'Temat', 'Do', 'Wysłane'), 'pt': ('De', 'Data', 'Assunto', 'Para', 'Enviada')}
UNSUB = {'en': 'Unsubscribe', 'fr': 'Se désabonner', 'de': 'Abbestellen', 'it': 'Annulla iscrizione', 'es': 'Cancelar suscripción',
         'nl': 'Afmelden', 'pl': 'Wypisz się', 'pt': 'Cancelar subscrição'}


def auth_for(it, p, name, from_addr, from_dom, charset, man):
    fake = it['fake']
    extra = None
    hx = []
    v = dict(dkim='pass', dkim_d=from_dom, spf='pass', mf='bounce.%s' % from_dom if R.random() < 0.3 else from_dom, dmarc='pass', hf=from_dom)
    v['mf_addr'] = 'bounce-%s@%s' % (rhex(10), v['mf'])
    disp = name
    from_hdr = addr(disp, from_addr, charset, 'Q')
    if R.random() < 0.2:
        from_hdr = '=?utf-8?Q?%s?= <%s>' % (disp.replace(' ', '_'), from_addr)
    if fake == 'dmarc_fail':
        v.update(dkim='fail', spf='softfail', dmarc='fail', mf='relay.%s' % 'hosting-eu.net')
        v['mf_addr'] = 'apache@relay.hosting-eu.net'
    elif fake == 'other_pass':
        od = 'mailout-ops.net'
        v.update(dkim='pass', dkim_d=od, spf='pass', mf=od, dmarc=None)
        v['mf_addr'] = 'bounce@%s' % od
    elif fake == 'spf_only':
        v.update(dkim=None, dmarc=None)
    elif fake == 'lookalike':
        ld = LOOKALIKE[it['platform']]
        v.update(dkim='pass', dkim_d=ld, spf='pass', mf=ld, dmarc='pass', hf=ld)
        v['mf_addr'] = 'noreply@%s' % ld
        from_hdr = addr(disp, 'security@%s' % ld, charset, 'Q')
    elif fake == 'gmail_display':
        ga = '%s.privacy.team%d@gmail.com' % (it['platform'], R.randint(1, 99))
        v.update(dkim='pass', dkim_d='gmail.com', spf='pass', mf='gmail.com', dmarc='pass', hf='gmail.com')
        v['mf_addr'] = ga
        from_hdr = addr('%s Privacy' % PLAT[it['platform']][0], ga, charset, 'Q')
    elif fake == 'zwsp':
        zd = 'notify-centre.co'
        v.update(dkim='pass', dkim_d=zd, spf='pass', mf=zd, dmarc='pass', hf=zd)
        v['mf_addr'] = 'bounce@%s' % zd
        zname = disp[:3] + '\u200b' + disp[3:] + '\u200c'
        from_hdr = '%s <security@%s>' % (ew(zname, 'utf-8', 'B'), zd)
    elif fake == 'forged_below':
        # the receiving server writes no verdict; the pass below its entry line came with the message
        v.update(dkim=None, spf=None, dmarc=None, _no_receiver_ar=True, _prov='self')
        extra = 'Authentication-Results: %s;\n\tdkim=pass header.d=%s header.s=s1024-2013-q3;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass header.from=%s' % (
            'mail.' + p.domain, from_dom, from_dom, from_dom)
    elif fake == 'forged_below_gmail':
        v.update(dkim='none', spf='softfail', dmarc='fail', mf='mailer.cloudhost.click')
        v['mf_addr'] = 'mailer@mailer.cloudhost.click'
        extra = 'Authentication-Results: mx.google.com;\n       dkim=pass header.i=@%s header.s=s1024-2013-q3;\n       spf=pass smtp.mailfrom=%s;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s' % (from_dom, from_dom, from_dom)
    elif fake == 'double_from':
        hx.append('From: %s' % addr(disp, 'security@%s' % from_dom, charset, 'Q'))
    elif fake == 'double_to':
        hx.append('To: %s' % 'datenschutz-kopie@%s' % p.domain)
    if fake:
        man['authentic'] = False
    return v, from_hdr, extra, hx


# ------------------------------------------------------------------ unrelated
def quote_meta(lg, kind, p):
    L = T[lg]
    key = {'policy_notice': 'notice', 'objection_accepted': 'acc'}[kind]
    subj, paras = L[key][0]
    ctx = dict(first=p.first, P='Facebook', email=p.email, use=fmt_date(lg, ROUNDS['2026'], 'long'), last=fmt_date(lg, ROUNDS['2026'] - dt.timedelta(days=1), 'long'),
               sent='', ref=make_ref(), reflabel=L['reflabels'][0], link_obj=L['link_obj'], code='')
    lines = [L['hello'].format(**ctx)]
    for x in paras:
        if x == '[LINK]':
            lines.append('%s: %s' % (L['link_obj'], FORM[('facebook', '2026')]))
        elif x == '[REF]':
            lines.append('%s: %s' % (ctx['reflabel'], ctx['ref']))
        else:
            lines.append(x.format(**ctx))
    lines.append(L['sign'].format(**ctx))
    return subj.format(**ctx), lines


def render_unrelated(idx, it, p, man, crlf):
    lg = it['lang']
    sub = it['sub']
    when = it['date']
    charset = R.choice(CHARSETS[lg])
    friend = PERS[lg][1 - it['persona']] if len(PERS[lg]) > 1 else p
    hdr_from = None
    if sub == 'forward':
        qkind = 'policy_notice' if idx % 2 else 'objection_accepted'
        qs, ql = quote_meta(lg, qkind, p)
        sep, note = FWD[lg]
        layout = {'en': 'apple', 'fr': 'thunderbird', 'de': 'gmail', 'it': 'outlook', 'es': 'gmail', 'nl': 'thunderbird', 'pl': 'outlook', 'pt': 'apple'}[lg]
        od = format_datetime(when - dt.timedelta(hours=3))
        meta_from = 'Facebook <security@facebookmail.com>'
        F, D, S, To, Sent = FWDL[lg]
        if layout == 'outlook':
            block = '________________________________\n%s: %s\n%s: %s\n%s: %s\n%s: %s' % (F, meta_from, Sent, od, To, p.email, S, qs)
        elif layout == 'apple':
            block = '%s\n\n%s: %s\n%s: %s\n%s: %s\n%s: %s' % (sep, F, meta_from, S, qs, D, od, To, p.email)
        elif layout == 'thunderbird':
            block = '%s\n%s: \t%s\n%s: \t%s\n%s: \t%s\n%s: \t%s' % (sep, S, qs, D, od, F, meta_from, To, p.email)
        else:
            block = '%s\n%s: %s\n%s: %s\n%s: %s\n%s: <%s>' % (sep, F, meta_from, D, od, S, qs, To, p.email)
        text = note + '\n\n' + block + '\n\n' + '\n\n'.join(ql) + '\n'
        subject = ('Fwd: ' if layout in ('gmail', 'apple', 'thunderbird') else 'FW: ') + qs
        sender = p
        rcpt = friend
        htmlb = '<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br><br>%s</div></div>' % (
            h(note), h(block), ''.join('<p>%s</p>' % h(x) for x in ql)) if layout == 'gmail' else None
    elif sub == 'press':
        subject, blurb = PRESS[lg]
        text = blurb + '\n\n' + {'en': 'Read more', 'fr': 'Lire la suite', 'de': 'Weiterlesen', 'it': 'Leggi tutto', 'es': 'Leer más', 'nl': 'Lees verder'}.get(lg, '>>') + \
            ': https://newsletter.example-press.eu/a/%d\n\n%s\n' % (R.randint(10 ** 9, 10 ** 10), 'Unsubscribe: https://newsletter.example-press.eu/u/%s' % rhex(16))
        sender = None
        hdr_from = {'en': 'The Privacy Digest <digest@privacy-digest.example>', 'fr': 'La lettre du numérique <lettre@numerique-hebdo.example>',
                    'de': 'Datenschutz Jetzt e.V. <newsletter@datenschutz-jetzt.example>', 'it': 'Notizie Privacy <redazione@notizieprivacy.example>',
                    'es': 'Boletín Datos <boletin@datos-hoy.example>', 'nl': 'Privacy Nieuws <nieuwsbrief@privacynieuws.example>'}[lg]
        rcpt = p
        htmlb = '<table width="100%%" role="presentation"><tr><td style="font-family:Georgia,serif;font-size:16px">%s</td></tr></table>' % h(text)
    elif sub == 'bank':
        subject = 'Kod jednorazowy do autoryzacji'
        code = '%06d' % R.randint(0, 999999)
        text = 'Twój kod jednorazowy do potwierdzenia przelewu na kwotę 249,00 PLN:\n\n%s\n\nNie przekazuj go nikomu. Bank nigdy nie prosi o kod przez telefon.\n' % code
        hdr_from = 'Bank Przykładowy <powiadomienia@bank-przykladowy.example>'
        sender = None
        rcpt = p
        htmlb = None
    else:  # reply (pt)
        qs, ql = quote_meta(lg, 'objection_accepted', p)
        subject = 'Re: ' + qs
        text = 'Obrigado pela dica! Eu também recebi isto hoje, olha:\n\nEm %s, %s escreveu:\n%s\n' % (
            format_datetime(when - dt.timedelta(hours=5)), p.display, '\n'.join('> ' + x for x in ql))
        sender = friend
        rcpt = p
        htmlb = None
    if sender is not None:
        hdr_from = addr(sender.display, sender.email, charset, 'Q')
        sdom = sender.domain
    else:
        sdom = hdr_from.split('@')[-1].rstrip('>')
        nm, em = hdr_from.rsplit(' <', 1)
        hdr_from = addr(nm, em.rstrip('>'), charset, 'Q')
    man['account'] = rcpt.email.lower()
    v = dict(dkim='pass', dkim_d=sdom, spf='pass', mf=sdom, dmarc='pass', hf=sdom)
    v['mf_addr'] = 'bounce@%s' % sdom
    top, below = auth_block(rcpt, v, '203.0.113.%d' % R.randint(2, 250), 'smtp.%s' % sdom, when)
    hdrs = top + [
        'From: %s' % hdr_from,
        'To: %s' % addr(rcpt.display, rcpt.email, charset, 'Q'),
        'Subject: %s' % ew(subject, charset, 'Q'),
        'Date: %s' % format_datetime(when),
        'Message-ID: <%s@%s>' % (rhex(20), sdom),
    ]
    if sub == 'forward':
        hdrs.append('User-Agent: %s' % {'apple': 'Apple Mail (2.3826.300.87.4.3)', 'thunderbird': 'Mozilla Thunderbird', 'outlook': 'Microsoft Outlook 16.0', 'gmail': 'Gmail'}[layout]
                    if layout != 'gmail' else 'X-Gm-Message-State: AOJu0Y%s' % ralnum(40))
    parts = []
    c1 = encode_part(text, charset, R.choice(['8bit', 'quoted-printable']))
    parts.append(('text/plain',) + c1)
    if htmlb:
        parts.append(('text/html',) + encode_part('<html><body>%s</body></html>' % htmlb, charset, 'quoted-printable'))
    return assemble(hdrs, parts, crlf), man


# ------------------------------------------------------------------ main
def main():
    out = HERE
    for d in ('eml', 'scenarios'):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
        os.makedirs(os.path.join(out, d))
    order = list(range(len(ITEMS)))
    R.shuffle(order)
    manifest = [None] * len(ITEMS)
    for fileno, i in enumerate(order, 1):
        it = ITEMS[i]
        fn = 'eml/b5-%03d.eml' % fileno
        data, man = render(i, it)
        it['file'] = fn
        it['_man'] = man
        with open(os.path.join(out, fn), 'wb') as f:
            f.write(data)
        manifest[fileno - 1] = dict(file=fn, kind=man['kind'], platform=man['platform'], language=man['language'], code=man['code'],
                                    deadline=man['deadline'], objection_url=man['objection_url'], reference=man['reference'],
                                    authentic=man['authentic'], account=man['account'])
    with open(os.path.join(out, 'manifest.jsonl'), 'w') as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    write_scenarios(out)


BYTAG = {}


def tag(t):
    if not BYTAG:
        for it in ITEMS:
            if it.get('tag'):
                BYTAG[it['tag']] = it
    return BYTAG[t]


ROW_STATE = {'verification_code': 'code_received', 'objection_received': 'awaiting_answer', 'objection_accepted': 'accepted', 'objection_refused': 'refused'}


def expect_rows(msgs, now):
    """The contract's rules, applied to the labelled messages."""
    groups = {}
    for mb, it in msgs:
        m = it['_man']
        if not m['authentic'] or m['kind'] not in ('policy_notice', 'verification_code', 'objection_received', 'objection_accepted', 'objection_refused'):
            continue
        groups.setdefault((mb, m['platform'], m['account']), []).append(it)
    rows = []
    for (mb, plat, acct), its in groups.items():
        its = sorted(its, key=lambda x: x['date'])
        rounds = {}
        for x in its:
            m = x['_man']
            if m['kind'] == 'policy_notice' and m['deadline']:
                r = m['deadline']
            else:
                prev = [y['_man']['deadline'] for y in its if y['_man']['kind'] == 'policy_notice' and y['_man']['deadline'] and y['date'] <= x['date']]
                r = prev[-1] if prev else 'unknown'
            rounds.setdefault(r, []).append(x)
        for r, xs in rounds.items():
            st = None
            for x in xs:
                k = x['_man']['kind']
                if k == 'policy_notice':
                    st = st or 'action_needed'
                else:
                    st = ROW_STATE[k]
            if r != 'unknown':
                dl = dt.date.fromisoformat(r)
                days = (dl - now.date()).days
                if st == 'action_needed' and now.date() >= dl:
                    st = 'deadline_passed'
            else:
                dl, days = None, None
            rows.append(dict(mailbox=mb, platform=plat, account=acct, round=r, state=st, deadline=r if r != 'unknown' else None, days_left=days))
    return sorted(rows, key=lambda r: (r['mailbox'], r['platform'], r['round']))


def write_scenarios(out):
    S = []

    def sc(name, now, msgs, bare=False):
        now = dt.datetime.fromisoformat(now)
        S.append(name)
        lst = [(mb, tag(t)) for mb, t in msgs]
        doc = dict(now=now.isoformat(), messages=[(it['file'] if bare else dict(file=it['file'], mailbox=mb)) for mb, it in lst],
                   expect=expect_rows(lst, now))
        with open(os.path.join(out, 'scenarios', name + '.json'), 'w') as f:
            json.dump(doc, f, indent=1, ensure_ascii=False)
            f.write('\n')

    sc('en-flow-reminder-after-acceptance', '2026-12-13T09:00:00+00:00',
       [('home', 'en-notice'), ('home', 'en-code'), ('home', 'en-recv'), ('home', 'en-out'), ('home', 'en-reminder')])
    sc('fr-refused-2025', '2025-06-01T08:00:00+02:00', [('perso', 'fr-notice'), ('perso', 'fr-code'), ('perso', 'fr-recv'), ('perso', 'fr-out')])
    sc('de-fake-acceptance', '2026-12-05T10:00:00+01:00', [('privat', 'de-notice'), ('privat', 'de-extra')])
    sc('it-notice-missed-2024', '2024-07-01T12:00:00+00:00', [('casa', 'it-notice')])
    sc('es-two-platforms', '2026-12-02T18:00:00+00:00', [('correo', 'es-notice'), ('correo', 'es-code'), ('correo', 'es-notice-ig'), ('correo', 'es-reminder')])
    sc('pl-out-of-order', '2026-12-10T08:00:00+00:00', [('poczta', 'pl-out'), ('poczta', 'pl-recv'), ('poczta', 'pl-code'), ('poczta', 'pl-notice')])
    c = tag('sv-code')
    sc('sv-code-pending', (c['date'] + dt.timedelta(minutes=20)).isoformat(), [('jobb', 'sv-notice'), ('jobb', 'sv-code')])
    sc('el-answer-without-notice', '2026-12-20T12:00:00+00:00', [('inbox', 'el-recv')])
    sc('forwards-create-nothing', '2026-12-01T12:00:00+00:00', [('home', 'en-fwd'), ('home', 'de-fwd'), ('home', 'pl-unrel2')])
    sc('ro-accepted-default-mailbox', '2026-12-14T12:00:00+00:00', [('default', 'ro-notice'), ('default', 'ro-code'), ('default', 'ro-recv'), ('default', 'ro-out')], bare=True)
    sc('nl-refused-then-other-account', '2025-06-20T12:00:00+00:00', [('werk', 'nl-notice'), ('werk', 'nl-reminder'), ('werk', 'nl-code'), ('werk', 'nl-recv'), ('werk', 'nl-out'), ('werk', 'nl-out2')])
    sc('pt-fake-code-and-received', '2024-06-20T12:00:00+00:00', [('mail', 'pt-notice'), ('mail', 'pt-code'), ('mail', 'pt-recv')])
    return S


for it in ITEMS:
    if it.get('tag'):
        ROUND_OF[it['tag']] = it.get('round') or {
            **{'%s-%s' % (lg, s): ROUND_A[lg] for lg in MAJOR for s in ('out', 'extra', 'code', 'recv')},
            **{'%s-out2' % lg: ROUND_B[lg] for lg in MAJOR}}.get(it['tag'])
        if ROUND_OF[it['tag']] is None and it['lang'] in MINOR:
            ROUND_OF[it['tag']] = tag('%s-notice' % it['lang'])['round']

if __name__ == '__main__':
    main()
