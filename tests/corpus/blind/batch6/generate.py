#!/usr/bin/env python3
"""Generate blind batch 6: synthetic e-mails about Meta's AI-training objection flow.

Reproducible: one fixed seed, no clock, no network. Run `python3 generate.py`; it rewrites
eml/, manifest.jsonl and scenarios/ next to this file. The wording lives in texts.py, the
mails (who gets what, how it is encoded, how it is authenticated) in mails.py, and this file
holds the machinery: MIME encoders, providers' trace headers, link rewriters, labels.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import random
import re
import shutil
import string
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

import texts

SEED = 6_2026_1216
ROOT = Path(__file__).resolve().parent
rng = random.Random(SEED)

META_ORGS = ('facebook.com', 'facebookmail.com', 'instagram.com', 'meta.com', 'whatsapp.com',
             'messenger.com', 'fb.com')


def org_domain(host: str) -> str:
    parts = host.lower().rstrip('.').split('.')
    two = {'co.uk', 'ac.at', 'com.pl', 'com.pt', 'co.at'}
    if len(parts) >= 3 and '.'.join(parts[-2:]) in two:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def is_meta_host(host: str) -> bool:
    return org_domain(host) in META_ORGS


# ------------------------------------------------------------------ random helpers
def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return ''.join(rng.choice(string.ascii_letters + string.digits + '+/') for _ in range(n))


def ralnum(n, alphabet=string.ascii_letters + string.digits):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rdigits(n, lead_zero_ok=True):
    s = ''.join(rng.choice(string.digits) for _ in range(n))
    if not lead_zero_ok and s[0] == '0':
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def fold_b64(s, indent='\t', width=70):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))


# ------------------------------------------------------------------ people & senders
class P:
    def __init__(self, name, first, addr, prov, **kw):
        self.name, self.first, self.addr, self.prov = name, first, addr, prov
        self.__dict__.update(kw)


PEOPLE = {
    # English
    'daniel': P('Daniel Okafor', 'Daniel', 'daniel.okafor@gmail.com', 'gmail'),
    'ngozi': P('Ngozi Okafor', 'Ngozi', 'ngozi.okafor.home@gmail.com', 'gmail'),
    'priya': P('Priya Raman', 'Priya', 'priya.raman@outlook.com', 'outlookcom'),
    'tom': P('Tom Gallagher', 'Tom', 'tom.gallagher@harbourlogistics.example', 'm365', region='eur01',
             tenant='harbourlogistics'),
    # German
    'katrin': P('Katrin Hoffmann', 'Katrin', 'katrin.hoffmann@gmx.de', 'gmx'),
    'moritz': P('Moritz Brandt', 'Moritz', 'moritz.brandt@web.de', 'webde'),
    'sabine': P('Sabine Krämer', 'Sabine', 'sabine.kraemer@web.de', 'webde'),
    'jana': P('Jana Krüger', 'Jana', 'jana@kruegers.example', 'postfix', host='mail.kruegers.example'),
    'lukas': P('Lukas Gruber', 'Lukas', 'lukas.gruber@student.uni-example.ac.at', 'fastmail',
               final='lukas.gruber@fastmail.com'),
    # French
    'elodie': P('Élodie Marchand', 'Élodie', 'elodie.marchand@orange.fr', 'orange'),
    'monique': P('Monique Marchand', 'Monique', 'monique.marchand@orange.fr', 'orange'),
    'thomas': P('Thomas Lefèvre', 'Thomas', 'thomas.lefevre@proton.me', 'proton'),
    'camille': P('Camille Roux', 'Camille', 'camille.roux@groupe-lumiere.example', 'gateway', gw='proofpoint',
                 host='mx-gw01.groupe-lumiere.example', inner='mbx02.groupe-lumiere.example'),
    # Spanish
    'alejandro': P('Alejandro Ruiz', 'Alejandro', 'alejandro.ruiz.m@gmail.com', 'gmail'),
    'pablo': P('Pablo Ruiz', 'Pablo', 'pablo.ruiz.m@gmail.com', 'gmail'),
    'marta': P('Marta Solé', 'Marta', 'marta.sole@clinica-norte.example', 'm365', region='eur03',
               tenant='clinicanorte'),
    'nerea': P('Nerea Etxeberria', 'Nerea', 'nerea.etxeberria@icloud.com', 'icloud'),
    # Italian
    'francesca': P('Francesca Bianchi', 'Francesca', 'francesca.bianchi@icloud.com', 'icloud'),
    'luca': P('Luca Moretti', 'Luca', 'luca.moretti@fastmail.com', 'fastmail'),
    'giorgia': P('Giorgia Esposito', 'Giorgia', 'giorgia.esposito91@gmail.com', 'gmail'),
    # Dutch
    'sanne': P('Sanne Visser', 'Sanne', 'sanne.visser@outlook.com', 'outlookcom'),
    'bram': P('Bram de Jong', 'Bram', 'bram@dejong.example', 'postfix', host='mail.dejong.example'),
    'henk': P('Henk de Jong', 'Henk', 'henk.dejong@outlook.com', 'outlookcom'),
    'femke': P('Femke Bakker', 'Femke', 'f.bakker@bakker-advies.example', 'gateway', gw='barracuda',
               host='esg.bakker-advies.example', inner='exch01.bakker-advies.example'),
    'joost': P('Joost Mulder', 'Joost', 'joost@mulder-thuis.example', 'bare', host='mail.mulder-thuis.example'),
    # Polish
    'agnieszka': P('Agnieszka Wójcik', 'Agnieszka', 'agnieszka.wojcik@gmail.com', 'gmail'),
    'tomasz': P('Tomasz Zieliński', 'Tomasz', 'tomasz.zielinski@gmail.com', 'gmail'),
    'piotr': P('Piotr Kamiński', 'Piotr', 'piotr.kaminski@kancelaria-wisla.example', 'm365', region='eur04',
               tenant='kancelariawisla'),
    'zuzanna': P('Zuzanna Lewandowska', 'Zuzanna', 'zuzanna.lewandowska@proton.me', 'proton'),
    # Portuguese
    'ines': P('Inês Carvalho', 'Inês', 'ines.carvalho@gmail.com', 'gmail'),
    'joao': P('João Ferreira', 'João', 'joao.ferreira@icloud.com', 'icloud'),
    'beatriz': P('Beatriz Costa', 'Beatriz', 'beatriz.costa@atlantico-seguros.example', 'gateway', gw='mimecast',
                 host='mail.atlantico-seguros.example', inner='mbx01.atlantico-seguros.example'),
    # others
    'maria_bg': P('Мария Георгиева', 'Мария', 'maria.georgieva@gmail.com', 'gmail'),
    'elena_bg': P('Елена Георгиева', 'Елена', 'elena.georgieva@gmail.com', 'gmail'),
    'tereza': P('Tereza Nováková', 'Tereza', 'tereza@novakovi.example', 'postfix', host='mail.novakovi.example'),
    'mikkel': P('Mikkel Sørensen', 'Mikkel', 'mikkel.sorensen@nordlys-arkitekter.example', 'm365',
                region='eur02', tenant='nordlysarkitekter'),
    'eleni': P('Ελένη Παπαδοπούλου', 'Ελένη', 'eleni.papadopoulou@gmail.com', 'gmail'),
    'kadri': P('Kadri Tamm', 'Kadri', 'kadri@tamm.example', 'postfix', host='mx.tamm.example'),
    'aino': P('Aino Virtanen', 'Aino', 'aino.virtanen@outlook.com', 'outlookcom'),
    'aoife': P('Aoife Ní Bhriain', 'Aoife', 'aoife.nibhriain@ollscoil-example.ie', 'gateway', gw='proofpoint2',
               host='mx1.ollscoil-example.ie', inner='post.ollscoil-example.ie'),
    'ivana': P('Ivana Horvat', 'Ivana', 'ivana.horvat@gmail.com', 'gmail'),
    'eszter': P('Kovács Eszter', 'Eszter', 'kovacs.eszter@gmail.com', 'gmail'),
    'gudrun': P('Guðrún Jónsdóttir', 'Guðrún', 'gudrun.jonsdottir@proton.me', 'proton'),
    'ruta': P('Rūta Kazlauskienė', 'Rūta', 'ruta.kazlauskiene@gmail.com', 'gmail'),
    'ilze': P('Ilze Bērziņa', 'Ilze', 'ilze@berzini.example', 'postfix', host='pasts.berzini.example'),
    'maria_mt': P('Maria Borg', 'Maria', 'maria.borg@outlook.com', 'outlookcom'),
    'josef_mt': P('Josef Camilleri', 'Josef', 'josef.camilleri@outlook.com', 'outlookcom'),
    'ingrid': P('Ingrid Hansen', 'Ingrid', 'ingrid.hansen@fastmail.com', 'fastmail'),
    'andreea': P('Andreea Popescu', 'Andreea', 'andreea.popescu@gmail.com', 'gmail'),
    'martin': P('Martin Kováč', 'Martin', 'martin.kovac@icloud.com', 'icloud'),
    'nina': P('Nina Novak', 'Nina', 'nina.novak@gmail.com', 'gmail'),
    'erik': P('Erik Lindqvist', 'Erik', 'erik.lindqvist@icloud.com', 'icloud'),
}

# sender: display name, address, platform (None = not presented as Meta's), signing domain,
# outbound host/ip pool key
SENDERS = {
    'fb': ('Facebook', 'security@facebookmail.com', 'facebook', 'facebookmail.com', 'meta'),
    'fbn': ('Facebook', 'notification@facebookmail.com', 'facebook', 'facebookmail.com', 'meta'),
    'fbs': ('Facebook', 'noreply@support.facebook.com', 'facebook', 'support.facebook.com', 'meta'),
    'fbpriv': ('Facebook Privacy', 'privacy-noreply@support.facebook.com', 'facebook', 'support.facebook.com', 'meta'),
    'ig': ('Instagram', 'no-reply@mail.instagram.com', 'instagram', 'mail.instagram.com', 'meta'),
    'igs': ('Instagram', 'security@mail.instagram.com', 'instagram', 'mail.instagram.com', 'meta'),
    'meta': ('Meta', 'noreply@facebookmail.com', 'meta', 'facebookmail.com', 'meta'),
    'metap': ('Meta Privacy', 'privacy@mail.meta.com', 'meta', 'mail.meta.com', 'meta'),
    'metaac': ('Meta Accounts Center', 'accountscenter@mail.meta.com', 'meta', 'mail.meta.com', 'meta'),
    'metaai': ('Meta AI', 'noreply@facebookmail.com', 'meta', 'facebookmail.com', 'meta'),
    'wa': ('WhatsApp', 'noreply@whatsapp.com', 'whatsapp', 'whatsapp.com', 'meta'),
    'msgr': ('Messenger', 'notification@facebookmail.com', 'messenger', 'facebookmail.com', 'meta'),
}


# ------------------------------------------------------------------ URLs
FORMS = {
    'fb24': 'https://www.facebook.com/help/contact/712876720715583',
    'ig24': 'https://help.instagram.com/contact/767264225370182',
    'fb25': 'https://www.facebook.com/help/contact/6359191084165019',
    'ig25': 'https://help.instagram.com/contact/233964459562201',
    'fb26': 'https://www.facebook.com/help/contact/1587402918833106',
    'fb26q': 'https://www.facebook.com/help/contact/1587402918833106?ref=email_ai_notice&cid=26q4',
    'ig26': 'https://help.instagram.com/contact/1124870358812290',
    'ig26q': 'https://help.instagram.com/contact/1124870358812290?entry_point=notification_email',
    'ac26': 'https://accountscenter.meta.com/info_and_permissions/ai_objection/',
    'ac27': 'https://accountscenter.meta.com/info_and_permissions/ai_objection/?round=2027&src=email',
    # not Meta's
    'x_en_n': 'https://facebookmail-notices.com/objection/verify?id=88213',
    'x_en_a': 'https://fb-objection-status.com/confirm?case=1',
    'x_de_c': 'https://instagram.mail-service.de/konto/bestaetigen',
    'x_es_n': 'http://www.facebook.com.privacidad-ue.com/oposicion',
    'x_fr_a': 'https://instagram-fr.com/confidentialite/decision',
    'x_it_c': 'https://instagram-supporto.it/verifica',
    'x_pl_a': 'https://fb-ochrona.pl/potwierdz',
    'x_pl_n': 'https://meta-polska.com/sprzeciw/formularz',
    'x_pt_n': 'https://facebook-privacidade.pt/oposicao',
    'x_sv_n': 'https://facebook.com.sekretess-center.se/invandning',
    'x_lt_a': 'https://mail-instagram.lt/patvirtinti',
    'x_no_x': 'https://lnstagram-mail.com/personvern/logg-inn',
    'x_sk_c': 'https://facebookmail.co/overenie',
}

OTHER_URLS = {
    'policy_fb': 'https://www.facebook.com/privacy/policy/',
    'policy_ig': 'https://privacycenter.instagram.com/policy/',
    'policy_meta': 'https://www.facebook.com/privacy/policy/?section_id=0-WhatIsThePrivacy',
    'genai_fb': 'https://www.facebook.com/privacy/genai/',
    'genai_ig': 'https://privacycenter.instagram.com/guide/generative-ai/',
    'center_fb': 'https://www.facebook.com/privacy/center/',
    'secure_fb': 'https://www.facebook.com/hacked',
    'secure_ig': 'https://www.instagram.com/accounts/password/reset/',
    'dyi': 'https://www.facebook.com/dyi/?x=AdkvQm3Zr7B0cYo2&referrer=email',
    'promo': 'https://www.meta.com/meta-verified/?utm_source=email&utm_campaign=mv_de',
    'metaai': 'https://www.meta.ai/?utm_source=newsletter',
    'igapp': 'https://www.instagram.com/giulia.rossi_93/',
    'msgr': 'https://www.messenger.com/t/',
    'fbapp': 'https://www.facebook.com/friends/requests/',
    'igtag': 'https://www.instagram.com/p/C9x2LmQoZa1/',
}


def unsub_url(sender_key):
    return f'https://www.facebook.com/o.php?k=AS{ralnum(18)}&u=1000{rdigits(11)}&mid={rhex(13)}'


# ------------------------------------------------------------------ link wrappers
def w_lfb(u):
    return f'https://l.facebook.com/l.php?u={quote(u, safe="")}&h=AT{ralnum(24)}&s=1'


def w_lig(u):
    return f'https://l.instagram.com/?u={quote(u, safe="")}&e=AT{ralnum(30)}'


def w_safelinks(u, region, rcpt):
    data = (f'05%7C02%7C{quote(rcpt, safe="")}%7C{rhex(32)}%7C{rhex(32)}%7C0%7C0%7C6387{rdigits(14)}'
            f'%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D%7C0%7C%7C%7C')
    return (f'https://{region}.safelinks.protection.outlook.com/?url={quote(u, safe="")}&data={data}'
            f'&sdata={quote(rb64(43), safe="")}%3D&reserved=0')


def w_pp3(u):
    # urldefense v3: the URL travels verbatim between "__" markers (only plain URLs here)
    assert not re.search(r'[^A-Za-z0-9:/._\-?=&]', u), u
    return f'https://urldefense.com/v3/__{u}__;!!{ralnum(14)}!{ralnum(60)}$'


def w_pp2(u):
    enc = ''
    for ch in u:
        if ch == '/':
            enc += '_'
        elif ch.isalnum() or ch == '.':
            enc += ch
        else:
            enc += '-%02X' % ord(ch)
    return (f'https://urldefense.proofpoint.com/v2/url?u={enc}&d=DwMFaQ&c={ralnum(22)}&r={ralnum(43)}'
            f'&m={ralnum(43)}&s={ralnum(43)}&e=')


def w_barracuda(u):
    return f'https://linkprotect.cudasvc.com/url?a={quote(u, safe="").lower()}&c=E,1,{ralnum(60)},&typo=1'


def w_mimecast(u):
    host = urlsplit(u).hostname or 'unknown'
    return f'https://protect-eu.mimecast.com/s/{ralnum(20)}?domain={org_domain(host)}'


# ------------------------------------------------------------------ QP / base64
def qp_encode(data: bytes, width=76, force=()):
    out_lines = []
    force = [f for f in force if f]
    for raw in data.split(b'\n'):
        splits = set()
        for f in force:
            start = 0
            while True:
                i = raw.find(f, start)
                if i < 0:
                    break
                splits.add(i + max(1, len(f) // 2))
                start = i + 1
        toks = []
        for i, b in enumerate(raw):
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i != len(raw) - 1):
                toks.append(chr(b))
            else:
                toks.append('=%02X' % b)
        cur = ''
        parts = []
        for i, t in enumerate(toks):
            if (i in splits and cur) or len(cur) + len(t) > width - 1:
                parts.append(cur + '=')
                cur = ''
            cur += t
        parts.append(cur)
        out_lines.extend(parts)
    return '\n'.join(out_lines).encode('ascii')


def b64_encode(data: bytes):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76)).encode('ascii') + b'\n'


def encode_body(text: str, charset: str, cte: str, force=(), width=76) -> bytes:
    data = text.encode(charset)
    if cte == 'quoted-printable':
        fb = [f.encode(charset) for f in force]
        return qp_encode(data, width, fb)
    if cte == 'base64':
        return b64_encode(data)
    if cte in ('8bit', '7bit'):
        if cte == '7bit':
            data.decode('ascii')
        return data
    raise ValueError(cte)


def enc_word(s: str, charset='utf-8', mode='B') -> str:
    """RFC 2047 encoded words, folded; ASCII strings go through untouched."""
    try:
        s.encode('ascii')
        if '=?' not in s:
            return s
    except UnicodeEncodeError:
        pass
    words = []
    chunk = ''
    for ch in s:
        if len((chunk + ch).encode(charset)) > 40:
            words.append(chunk)
            chunk = ''
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(charset)
        if mode == 'B':
            out.append(f'=?{charset}?B?{base64.b64encode(b).decode()}?=')
        else:
            q = ''.join(chr(c) if (chr(c).isalnum() and c < 128) else ('_' if c == 32 else '=%02X' % c) for c in b)
            out.append(f'=?{charset}?Q?{q}?=')
    return '\n '.join(out)


def addr_hdr(name, addr, charset='utf-8', mode='B'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{addr}>'
        return f'{name} <{addr}>'
    except UnicodeEncodeError:
        return f'{enc_word(name, charset, mode)} <{addr}>'


# ------------------------------------------------------------------ rendering
LINK_RE = re.compile(r'\[\[(.+?)\|(\w+)\]\]')


class Missing(dict):
    def __missing__(self, k):
        raise KeyError(f'missing placeholder {k!r}')


def fill(s, ctx):
    return s.format_map(Missing(ctx))


def text_link(label, url, alone, style):
    if alone:
        return {'colon': f'{label}: {url}', 'nl': f'{label}\n{url}', 'angle': f'{label} <{url}>',
                'paren': f'{label} ({url})'}[style[0]]
    return {'angle': f'{label} <{url}>', 'paren': f'{label} ({url})', 'colon': f'{label} ({url})',
            'nl': f'{label} <{url}>'}[style[1]]


def code_display(ctx, key, fmtname):
    c = ctx[key]
    if fmtname == 'space':
        return c[:3] + ' ' + c[3:]
    if fmtname == 'dash':
        return c[:3] + '-' + c[3:]
    return c


def render_text(blocks, ctx, urls, style=('colon', 'angle'), code_fmt='plain', lang='en', quotes=None):
    out = []
    for b in blocks:
        if isinstance(b, str) or (isinstance(b, tuple) and b[0] == 'small'):
            s = fill(b if isinstance(b, str) else b[1], ctx)
            alone = bool(LINK_RE.fullmatch(s.strip()))
            s = LINK_RE.sub(lambda m: text_link(m.group(1), urls[m.group(2)], alone, style), s)
            out.append(s)
        elif b[0] in ('code', 'ocode'):
            key = 'code' if b[0] == 'code' else 'ocode'
            out.append('    ' + code_display(ctx, key, code_fmt if code_fmt != 'cells' else 'plain'))
        elif b[0] == 'btn':
            out.append(f'{fill(b[1], ctx)}: {urls[b[2]]}')
        elif b[0] == 'quote':
            lines = [fill(b[1], ctx)] + [fill(x, ctx) for x in b[2]]
            out.append('\n'.join('> ' + x for x in lines))
        elif b[0] == 'foot':
            out.append('\n'.join(fill(x, ctx) for x in texts.FOOT[lang]))
        elif b[0] == 'quote_of':
            out.append(quotes[(b[1], b[2])])
        else:
            raise ValueError(b)
    return '\n\n'.join(out) + '\n'


P_STYLE = ('font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;'
           'font-size:16px;line-height:21px;color:#1c1e21;padding-bottom:12px;')
SMALL_STYLE = ('font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;'
               'font-size:11px;line-height:16px;color:#8a8d91;padding-top:6px;')
BRAND = {'facebook': ('Facebook', '#1877F2'), 'instagram': ('Instagram', '#E4405F'),
         'meta': ('Meta', '#0064E0'), 'whatsapp': ('WhatsApp', '#25D366'), 'messenger': ('Messenger', '#0084FF'),
         None: ('', '#333333')}


def html_inline(s, ctx, urls, color):
    s = fill(s, ctx)
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        out.append(f'<a href="{html.escape(urls[m.group(2)], quote=True)}" style="color:{color};'
                   f'text-decoration:none;">{html.escape(m.group(1), quote=False)}</a>')
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return ''.join(out).replace('\n', '<br />')


def render_html(blocks, ctx, urls, platform, pre, charset, code_fmt='plain', lang='en', quotes=None,
                layout='meta'):
    brand, color = BRAND.get(platform, BRAND[None])
    rows = []
    for b in blocks:
        if isinstance(b, str):
            rows.append(f'<tr><td style="{P_STYLE}">{html_inline(b, ctx, urls, color)}</td></tr>')
        elif b[0] == 'small':
            rows.append(f'<tr><td style="{SMALL_STYLE}">{html_inline(b[1], ctx, urls, color)}</td></tr>')
        elif b[0] in ('code', 'ocode'):
            key = 'code' if b[0] == 'code' else 'ocode'
            if code_fmt == 'cells' and key == 'code':
                cells = ''.join(
                    f'<td style="font-family:Helvetica,Arial,sans-serif;font-size:26px;font-weight:bold;'
                    f'color:#1c1e21;border:1px solid #ccd0d5;border-radius:4px;padding:8px 10px;">{d}</td>'
                    f'<td width="6">&nbsp;</td>\n' for d in ctx[key])
                rows.append(f'<tr><td style="padding:8px 0 16px 0;"><table border="0" cellspacing="0" '
                            f'cellpadding="0"><tr>{cells}</tr></table></td></tr>')
            else:
                disp = html.escape(code_display(ctx, key, code_fmt if code_fmt != 'cells' else 'plain'))
                rows.append(f'<tr><td style="padding:8px 0 16px 0;"><span style="font-family:Helvetica,Arial,'
                            f'sans-serif;font-size:28px;font-weight:600;letter-spacing:4px;color:#1c1e21;'
                            f'background-color:#f0f2f5;border:1px solid #ccd0d5;border-radius:6px;'
                            f'padding:10px 16px;">{disp}</span></td></tr>')
        elif b[0] == 'btn':
            rows.append(f'<tr><td style="padding:10px 0 18px 0;"><table border="0" cellspacing="0" cellpadding="0">'
                        f'<tr><td bgcolor="{color}" style="border-radius:6px;padding:10px 20px;">'
                        f'<a href="{html.escape(urls[b[2]], quote=True)}" style="color:#ffffff;font-weight:bold;'
                        f'text-decoration:none;font-size:16px;">{html.escape(fill(b[1], ctx))}</a>'
                        f'</td></tr></table></td></tr>')
        elif b[0] == 'quote':
            lines = '<br />'.join(html.escape(fill(x, ctx)) for x in [b[1]] + list(b[2]))
            rows.append(f'<tr><td style="{P_STYLE}"><blockquote style="margin:0 0 0 8px;border-left:3px solid '
                        f'#ccd0d5;padding-left:10px;color:#606770;">{lines}</blockquote></td></tr>')
        elif b[0] == 'foot':
            f = '<br />'.join(html.escape(fill(x, ctx)) for x in texts.FOOT[lang])
            rows.append(f'<tr><td style="{SMALL_STYLE}border-top:1px solid #e4e6eb;">{f}</td></tr>')
        elif b[0] == 'quote_of':
            q = html.escape(quotes[(b[1], b[2])]).replace('\n', '<br>\n')
            rows.append(f'<tr><td><div class="gmail_quote">{q}</div></td></tr>')
        else:
            raise ValueError(b)
    body_rows = '\n'.join(rows)
    pre_html = ''
    if pre:
        pre_html = (f'<span class="mb_text" style="display:none !important;visibility:hidden;mso-hide:all;'
                    f'font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;'
                    f'overflow:hidden;">{html.escape(fill(pre, ctx))}</span>\n')
    if layout == 'plainhtml':
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
                f'<body><div dir="ltr">\n<table>\n{body_rows}\n</table>\n</div></body></html>\n')
    logo = ''
    if brand:
        logo = (f'<tr><td style="padding:4px 0 18px 0;"><span style="font-family:Helvetica,Arial,sans-serif;'
                f'font-size:22px;font-weight:bold;color:{color};">{brand}</span></td></tr>\n')
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"><head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<title>{html.escape(brand)}</title>\n'
        '<style>@media all and (max-width: 480px){*[class].ib_t{min-width:100% !important}}</style>\n'
        '</head>\n<body style="margin:0;padding:0;" dir="ltr" bgcolor="#ffffff">\n'
        '<table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" '
        'style="border-collapse:collapse;"><tr><td id="email_content" style="font-family:Helvetica Neue,Helvetica,'
        'Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff;">\n'
        f'{pre_html}'
        '<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;">'
        '<tr><td height="20" style="line-height:20px;" colspan="3">&nbsp;</td></tr>\n'
        '<tr><td width="15" style="display:block;width:15px;">&nbsp;&nbsp;&nbsp;</td><td>\n'
        '<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;">\n'
        f'{logo}{body_rows}\n'
        '</table>\n</td><td width="15" style="display:block;width:15px;">&nbsp;&nbsp;&nbsp;</td></tr>'
        '<tr><td height="20" style="line-height:20px;" colspan="3">&nbsp;</td></tr></table>\n'
        '</td></tr></table>\n</body></html>\n')


# ------------------------------------------------------------------ time helpers
def parse_when(s):
    return dt.datetime.fromisoformat(s)


def pacific(d):
    # US Pacific: daylight time from the second Sunday of March to the first Sunday of November
    y = d.year

    def nth_sunday(month, n):
        first = dt.date(y, month, 1)
        off = (6 - first.weekday()) % 7
        return first + dt.timedelta(days=off + 7 * (n - 1))
    u = d.astimezone(dt.timezone.utc).date()
    dst = nth_sunday(3, 2) <= u < nth_sunday(11, 1)
    tz = dt.timezone(dt.timedelta(hours=-7 if dst else -8))
    return d.astimezone(tz), ('PDT' if dst else 'PST')


def central_eu(d):
    y = d.year

    def last_sunday(month):
        last = dt.date(y, month, 31)
        return last - dt.timedelta(days=(last.weekday() + 1) % 7)
    u = d.astimezone(dt.timezone.utc).date()
    dst = last_sunday(3) <= u < last_sunday(10)
    return d.astimezone(dt.timezone(dt.timedelta(hours=2 if dst else 1)))


def utc(d):
    return d.astimezone(dt.timezone.utc)


def rfc(d):
    return format_datetime(d)


# ------------------------------------------------------------------ receiving providers
META_IPS = ['69.171.232.143', '69.171.232.130', '66.220.144.151', '66.220.144.178', '66.220.155.14',
            '69.171.232.136', '66.220.155.178', '69.63.178.163']


def meta_outbound():
    ip = rng.choice(META_IPS)
    return ip.replace('.', '-') + '.mail-mail.facebook.com', ip


def secs(d, n):
    return d + dt.timedelta(seconds=n)


def fold_ar(ident, parts, indent='       '):
    return f'Authentication-Results: {ident};\n{indent}' + f';\n{indent}'.join(parts)


def ar_parts_generic(v, m, style):
    """Method results in the dialect of a receiving server."""
    parts = []
    d = v.get('dkim_d')
    if style == 'gmail':
        if v['dkim'] != 'none':
            parts.append(f"dkim={v['dkim']} header.i=@{d} header.s={m['sel']} header.b={ralnum(8)}")
        if v.get('arc'):
            parts.append(f"arc={v['arc']} (i=1 spf=pass spfdomain={m['from_dom']} dkim=pass dkdomain={m['from_dom']}"
                         f" dmarc=pass fromdomain={m['from_dom']})")
        if v['spf'] == 'pass':
            parts.append(f"spf=pass (google.com: domain of {m['mailfrom']} designates {m['ip']} as permitted sender) "
                         f"smtp.mailfrom={m['mailfrom']}")
        else:
            parts.append(f"spf={v['spf']} (google.com: domain of {m['mailfrom']} does not designate {m['ip']} as "
                         f"permitted sender) smtp.mailfrom={m['mailfrom']}")
        if v['dmarc'] != 'none':
            p = v.get('policy', 'REJECT')
            dis = 'NONE' if v['dmarc'] == 'pass' else v.get('dis', 'QUARANTINE')
            extra = ' arc=pass' if v.get('arc') else ''
            parts.append(f"dmarc={v['dmarc']} (p={p} sp={p} dis={dis}{extra}) header.from={m['from_dom']}")
        return parts
    if style in ('fastmail', 'postfix', 'gateway', 'orange', 'proton'):
        if v['dkim'] == 'pass':
            parts.append(f"dkim=pass (2048-bit rsa key sha256) header.d={d} header.i=@{d} header.b={ralnum(8)} "
                         f"header.a=rsa-sha256 header.s={m['sel']}")
        elif v['dkim'] == 'fail':
            parts.append(f"dkim=fail (body has been altered) header.d={d} header.i=@{d} header.b={ralnum(8)}")
        else:
            parts.append('dkim=none (no signatures found)')
        if v.get('arc'):
            s = v['arc_sealer']
            parts.append(f"arc=pass (as.1.{s}=pass, ams.1.{s}=pass)")
        if v['dmarc'] != 'none':
            pol = v.get('policy', 'REJECT').lower()
            parts.append(f"dmarc={v['dmarc']} policy.published-domain-policy={pol} (p={pol}) header.from={m['from_dom']}")
        parts.append(f"spf={v['spf']} smtp.mailfrom={m['mailfrom']} smtp.helo={m['helo']}")
        return parts
    raise ValueError(style)


def ar_outlook(v, m):
    dk = {'pass': f"dkim=pass (signature was verified)\n header.d={v.get('dkim_d')}",
          'fail': f"dkim=fail (body hash did not verify)\n header.d={v.get('dkim_d')}",
          'none': 'dkim=none (message not signed)\n header.d=none'}[v['dkim']]
    dm = {'pass': 'dmarc=pass action=none', 'fail': 'dmarc=fail action=oreject', 'none': 'dmarc=none action=none'}[v['dmarc']]
    comp = 'compauth=pass reason=100' if v['dmarc'] == 'pass' else 'compauth=fail reason=000'
    return (f"Authentication-Results: spf={v['spf']} (sender IP is {m['ip']})\n smtp.mailfrom={m['mf_dom']}; {dk};"
            f"{dm}\n header.from={m['from_dom']};{comp}")


def tr_gmail(p, m):
    d = m['recv']
    pd, tzn = pacific(d)
    lines = [f"Delivered-To: {m['rcpt']}",
             f"Received: by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(10).lower()}csp{rdigits(7)};\n"
             f"        {rfc(secs(pd, 1))} ({tzn})",
             f"X-Google-Smtp-Source: AGHT+I{rb64(60)}",
             f"X-Received: by 2002:a17:90b:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(10).lower()}-{rdigits(9)}mr{rdigits(8)}a91.{rdigits(2)}.{int(d.timestamp())}{rdigits(3)};\n"
             f"        {rfc(secs(pd, 1))} ({tzn})"]
    ar = m['ar_parts'] if 'ar_parts' in m else ar_parts_generic(m['v'], m, 'gmail')
    i = 2 if m.get('arc_prior') else 1
    lines += [f"ARC-Seal: i={i}; a=rsa-sha256; t={int(d.timestamp())}; cv={'pass' if i == 2 else 'none'};\n"
              f"        d=google.com; s=arc-20240605;\n        b={fold_b64(rb64(342), '        ', 68)}",
              f"ARC-Message-Signature: i={i}; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n"
              f"        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={rb64(43)}=;\n"
              f"        fh={rb64(43)}=;\n        b={fold_b64(rb64(342), '        ', 68)}",
              "ARC-Authentication-Results: i=%d; mx.google.com;\n       " % i + ';\n       '.join(ar),
              f"Return-Path: <{m['mailfrom']}>",
              f"Received: from {m['helo']} ({m['helo']}. [{m['ip']}])\n        by mx.google.com with ESMTPS id "
              f"{ralnum(10).lower()}-{rdigits(9)}a91.{rdigits(3)}.{rdigits(4)}.{rdigits(6)}\n        for <{m['rcpt']}>\n"
              f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfc(pd)} ({tzn})",
              f"Received-SPF: {m['v']['spf']} (google.com: domain of {m['mailfrom']} "
              f"{'designates' if m['v']['spf'] == 'pass' else 'does not designate'} {m['ip']} as permitted sender) "
              f"client-ip={m['ip']};"]
    if m['v'].get('ar', True):
        lines.append(fold_ar('mx.google.com', ar))
    return lines


def outlook_hosts(region):
    reg = region.upper()
    mbx = f"{rng.choice(['AM9', 'DB9', 'AS8', 'PA4', 'VI1', 'DU0'])}PR{rdigits(2)}MB{rdigits(4)}.{region}prd{rdigits(2)}.prod.outlook.com"
    fe = f"{rng.choice(['AS9P', 'AM6P', 'DU2P'])}{rdigits(3)}CA{rdigits(4)}.{reg}P{rdigits(3)}.PROD.OUTLOOK.COM"
    eop = f"{rng.choice(['AMS0EPF', 'AM4PEPF', 'DB1PEPF', 'DU6PEPF'])}000{rhex(5).upper()}"
    return mbx, fe, eop


def tr_outlook(p, m, consumer=False):
    d = utc(m['recv'])
    region = getattr(p, 'region', 'eur0' + str(rng.randint(1, 5))) if not consumer else 'eur0' + str(rng.randint(1, 5))
    mbx, fe, eop = outlook_hosts(region[:3] if consumer else region)
    v6 = lambda: f"2603:10a6:{rhex(3)}:{rhex(2)}::{rhex(2)}"
    lines = [f"Received: from {mbx} ({v6()}) by\n {mbx.split('.')[0][:-4]}{rdigits(4)}.{mbx.split('.', 1)[1]} with HTTPS; {rfc(secs(d, 2))}",
             f"Received: from {fe} ({v6()})\n by {mbx} ({v6()}) with\n Microsoft SMTP Server (version=TLS1_2,\n"
             f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rdigits(4)}.{rdigits(2)}; {rfc(secs(d, 2))}",
             f"Received: from {eop}.{region}prd{rdigits(2)}.prod.outlook.com\n ({v6()}) by {fe}\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\n"
             f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rdigits(4)}.{rdigits(2)} via Frontend Transport; {rfc(secs(d, 1))}"]
    if m['v'].get('ar', True):
        lines.append(m.get('ar_text') or ar_outlook(m['v'], m))
    lines += [f"Received-SPF: {m['v']['spf'].capitalize()} (protection.outlook.com: domain of {m['mf_dom']}\n"
              f" {'designates' if m['v']['spf'] == 'pass' else 'does not designate'} {m['ip']} as permitted sender) receiver=protection.outlook.com;\n"
              f" client-ip={m['ip']}; helo={m['helo']}; pr=C",
              f"Received: from {m['helo']} ({m['ip']}) by\n {eop}.mail.protection.outlook.com (10.167.{rng.randint(1, 250)}.{rng.randint(1, 250)}) with Microsoft SMTP Server\n"
              f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rdigits(4)}.{rdigits(2)} via Frontend\n Transport; {rfc(d)}"]
    return lines


def ms_org_headers(m):
    t = m['recv'].astimezone(dt.timezone.utc).strftime('%d %b %Y %H:%M:%S.%f')[:-3]
    return [f"X-MS-Exchange-Organization-ExpirationStartTime: {t} (UTC)",
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            f"X-Forefront-Antispam-Report:\n CIP:{m['ip']};CTRY:US;LANG:{m['lang']};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{m['helo']};PTR:{m['helo']};CAT:NONE;SFS:(13230040)(8096899003);DIR:INB;",
            f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {t} (UTC)"]


def tr_fastmail(p, m):
    d = m['recv'].astimezone(dt.timezone(dt.timedelta(hours=-5)))
    n = rng.randint(1, 8)
    ident = f'mx{n}.messagingengine.com'
    parts = m['ar_parts'] if 'ar_parts' in m else ar_parts_generic(m['v'], m, 'fastmail')
    lines = [f"Return-Path: <{m['mailfrom']}>",
             f"Received: from compute{rng.randint(1, 8)}.internal (compute{rng.randint(1, 8)}.nyi.internal [10.202.2.{rng.randint(40, 60)}])\n"
             f"\t by sloti{rdigits(5)} (Cyrus 3.11.0-alpha0-{rdigits(4)}-g{rhex(8)}) with LMTPA;\n\t {rfc(secs(d, 2))}",
             f"X-Cyrus-Session-Id: sloti{rdigits(5)}-{int(d.timestamp())}-{rdigits(7)}-{rdigits(2)}-{rdigits(9)}",
             "X-Sieve: CMU Sieve 3.0",
             "X-Spam-known-sender: no",
             "X-Spam-score: 0.0",
             f"Authentication-Results: {ident};\n    " + ';\n    '.join(parts),
             f"X-ME-Authentication-Results: {ident};\n    x-aligned-from=pass;\n    x-return-mx=pass header.domain={m['from_dom']} policy.is_org=yes",
             f"Received: from {ident} (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id {rhex(10).upper()}\n"
             f"\tfor <{m['rcpt']}>; {rfc(secs(d, 1))}",
             f"Received: from {m['helo']} ({m['helo']} [{m['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
             f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n"
             f"\tby {ident} (Postfix) with ESMTPS\n\tfor <{m['rcpt']}>; {rfc(d)}"]
    seal = (f"ARC-Seal: i={2 if m.get('arc_prior') else 1}; a=rsa-sha256; cv={'pass' if m.get('arc_prior') else 'none'}; "
            f"d=messagingengine.com; s=fm3; t={int(d.timestamp())};\n\tb={fold_b64(rb64(342), chr(9), 68)}")
    return lines[:6] + [seal] + lines[6:]


def tr_icloud(p, m):
    d = utc(m['recv'])
    v = m['v']
    mx = f"mx{rng.choice(['01', '02'])}.mail.icloud.com"
    lines = [f"Received: from {mx} ([17.57.{rng.randint(150, 160)}.{rng.randint(2, 250)}])\n"
             f"\tby p{rdigits(2)}-mailgateway-smtp-{rhex(10)}-{ralnum(5).lower()} (mailgateway 2427B125)\n\twith SMTP id {rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}\n"
             f"\tfor <{m['rcpt']}>; {rfc(secs(d, 2))}",
             "X-Apple-MoveToFolder: INBOX",
             f"X-Apple-Action: MOVE_TO_FOLDER/INBOX",
             "X-Apple-UUID: " + f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"]
    if v.get('ar', True):
        lines += [f"Authentication-Results: dmarc.icloud.com; dmarc={v['dmarc']} header.from={m['from_dom']}",
                  f"Authentication-Results: dmarc.icloud.com; dkim={v['dkim']} header.d={v.get('dkim_d') or 'none'}"]
        if v['dkim'] != 'none':
            lines.append(f"Authentication-Results: dkim-verifier.icloud.com;\n\tdkim={v['dkim']} (2048-bit key) header.d={v['dkim_d']} "
                         f"header.i=@{v['dkim_d']} header.b={ralnum(8)}")
        lines.append(f"Authentication-Results: spf.icloud.com; spf={v['spf']} (spf.icloud.com: domain of {m['mailfrom']} "
                     f"{'designates' if v['spf'] == 'pass' else 'does not designate'} {m['ip']} as permitted sender) smtp.mailfrom={m['mailfrom']}")
    lines += [f"Received-SPF: {v['spf']} (spf.icloud.com: domain of {m['mailfrom']} "
              f"{'designates' if v['spf'] == 'pass' else 'does not designate'} {m['ip']} as permitted sender) receiver=spf.icloud.com;"
              f" client-ip={m['ip']}; helo={m['helo']}; envelope-from={m['mailfrom']}",
              f"Received: from {m['helo']} ({m['helo']} [{m['ip']}])\n\tby {mx} (Postfix) with ESMTPS id {rhex(10).upper()}\n"
              f"\tfor <{m['rcpt']}>; {rfc(d)}"]
    return lines


def tr_gmx(p, m, web=False):
    d = central_eu(m['recv'])
    host = 'mx-ha.web.de' if web else 'mx-ha.gmx.net'
    ident = 'web.de' if web else 'gmx.net'
    v = m['v']
    ar = []
    if v['dkim'] == 'pass':
        ar.append(f"dkim=pass header.i=@{v['dkim_d']}")
    elif v['dkim'] == 'fail':
        ar.append(f"dkim=fail header.i=@{v['dkim_d']}")
    else:
        ar.append('dkim=none')
    if v['dmarc'] == 'fail':
        ar.append(f"dmarc=fail header.from={m['from_dom']}")
    lines = [f"Return-Path: <{m['mailfrom']}>"]
    if v.get('ar', True):
        lines.append(f"Authentication-Results: {ident}; " + '; '.join(ar))
    lines += [f"Received: from {m['helo']} ([{m['ip']}]) by {host}\n (mx{'web' if web else 'gmx'}{rdigits(3)} [212.227.{rng.randint(15, 17)}.{rng.randint(2, 30)}]) with ESMTPS (Nemesis) id\n"
              f" 1M{ralnum(5)}-1{ralnum(6)}{rdigits(2)}{ralnum(4)} for <{m['rcpt']}>; {rfc(d)}",
              "X-UI-Filterresults: notjunk:1;V03:K0:" + rb64(20) + "=",
              f"Envelope-To: <{m['rcpt']}>"]
    return lines


def tr_orange(p, m):
    d = central_eu(m['recv'])
    v = m['v']
    parts = ar_parts_generic(v, m, 'orange')
    node = f"mwinf5d{rdigits(2)}"
    return [f"Received: from {node} ([10.232.{rng.randint(1, 250)}.{rng.randint(1, 250)}]) by {node}.me-wanadoo.net with ME\n"
            f"\tid {ralnum(12)}; {rfc(secs(d, 1))}",
            f"Authentication-Results: smtp-in.orange.fr;\n\t" + ';\n\t'.join(parts),
            f"Received: from {m['helo']} ([{m['ip']}])\n\tby smtp-in.orange.fr with ESMTP id {ralnum(14)}\n\tfor <{m['rcpt']}>; {rfc(d)}",
            f"X-ME-Helo: {m['helo']}",
            f"X-ME-IP: {m['ip']}",
            "X-ME-Date: " + rfc(d)]


def tr_proton(p, m):
    d = utc(m['recv'])
    v = m['v']
    ident = 'mail.protonmail.ch'
    lines = []
    dm = v['dmarc']
    if dm != 'none':
        lines.append(f"Authentication-Results: {ident}; dmarc={dm} (p={v.get('policy', 'REJECT').lower()} dis={'none' if dm == 'pass' else 'quarantine'}) header.from={m['from_dom']}")
    lines.append(f"Authentication-Results: {ident}; spf={v['spf']} smtp.mailfrom={m['mf_dom']}")
    lines.append(f"Authentication-Results: {ident}; arc=none smtp.remote-ip={m['ip']}")
    if v['dkim'] == 'pass':
        lines.append(f"Authentication-Results: {ident}; dkim=pass (Good 2048 bit\n    rsa-sha256 signature) header.d={v['dkim_d']} header.i=@{v['dkim_d']}\n    header.a=rsa-sha256")
    elif v['dkim'] == 'fail':
        lines.append(f"Authentication-Results: {ident}; dkim=fail (Bad signature) header.d={v['dkim_d']}")
    else:
        lines.append(f"Authentication-Results: {ident}; dkim=none")
    lines.append(f"Received: from {m['helo']} ({m['helo']} [{m['ip']}]) (using TLSv1.3 with\n cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature\n"
                 f" RSA-PSS (2048 bits) server-digest SHA256) (No client certificate requested) by\n mailin0{rdigits(2)}.protonmail.ch (Postfix) with ESMTPS id 4{ralnum(10)} for\n <{m['rcpt']}>; {rfc(d)}")
    lines.append("X-Pm-Spam: 0yecAICBiV2VuaWNlMiwzLjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    return [f"Return-Path: <{m['mailfrom']}>", "X-Original-To: " + m['rcpt'], "Delivered-To: " + m['rcpt']] + lines


def tr_postfix(p, m, bare=False):
    d = central_eu(m['recv'])
    v = m['v']
    host = p.host
    lines = [f"Return-Path: <{m['mailfrom']}>",
             f"Delivered-To: {m['rcpt']}",
             f"Received: from {host}\n\tby {host} with LMTP\n\tid {ralnum(22)}\n\t(envelope-from <{m['mailfrom']}>)\n\tfor <{m['rcpt']}>; {rfc(secs(d, 1))}"]
    if not bare and v.get('ar', True):
        dm = v['dmarc']
        if dm != 'none':
            lines.append(f"Authentication-Results: {host}; dmarc={dm} (p={v.get('policy', 'REJECT').lower()} dis={'none' if dm == 'pass' else 'quarantine'}) header.from={m['from_dom']}")
        if v['dkim'] == 'pass':
            lines.append(f"Authentication-Results: {host};\n\tdkim=pass (2048-bit key; unprotected) header.d={v['dkim_d']} header.i=@{v['dkim_d']} "
                         f"header.a=rsa-sha256 header.s={m['sel']} header.b={ralnum(8)};\n\tdkim-atps=neutral")
        elif v['dkim'] == 'fail':
            lines.append(f"Authentication-Results: {host};\n\tdkim=fail reason=\"signature verification failed\" (2048-bit key; unprotected) header.d={v['dkim_d']}")
        lines.append(f"Authentication-Results: {host}; spf={v['spf']} smtp.mailfrom={m['mf_dom']}")
    lines.append(f"Received: from {m['helo']} ({m['helo']} [{m['ip']}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                 f"\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n"
                 f"\tby {host} (Postfix) with ESMTPS id 4{ralnum(10)}\n\tfor <{m['rcpt']}>; {rfc(d)}")
    return lines


def tr_gateway(p, m):
    d = central_eu(m['recv'])
    v = m['v']
    gw = p.gw
    host, inner = p.host, p.inner
    parts = ar_parts_generic(v, m, 'gateway')
    lines = [f"Received: from {host} (10.20.0.{rng.randint(10, 40)}) by {inner}\n (10.20.0.{rng.randint(41, 90)}) with Microsoft SMTP Server (version=TLS1_2,\n"
             f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.{rdigits(2)}; {rfc(secs(d, 3))}"]
    if gw == 'mimecast':
        # the company server receives from Mimecast's delivery hosts and checks the message itself
        lines.append(f"Authentication-Results: {host};\n\t" + ';\n\t'.join(parts))
        mc = f"eu-smtp-delivery-{rdigits(3)}.mimecast.com"
        lines.append(f"Received: from {mc} ({mc} [185.58.{rng.randint(84, 87)}.{rng.randint(2, 250)}])\n"
                     f"\tby {host} (Postfix) with ESMTPS id 4{ralnum(10)}\n\tfor <{m['rcpt']}>; {rfc(secs(d, 2))}")
        lines.append(f"X-MC-Unique: {ralnum(22)}-1")
        lines.append(f"Received: from {m['helo']} ({m['helo']} [{m['ip']}]) by\n relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.3,\n"
                     f" cipher=TLS_AES_256_GCM_SHA384) id eu-mta-{rdigits(2)}-{ralnum(22)}-1; {rfc(d)}")
        lines.append("X-Mimecast-Spam-Score: 1")
        return lines
    lines.append(f"Authentication-Results: {host};\n\t" + ';\n\t'.join(parts))
    if gw in ('proofpoint', 'proofpoint2'):
        lines.append(f"Received: from {m['helo']} ({m['helo']} [{m['ip']}])\n\tby {host} (PPS) with ESMTPS id 4{ralnum(8).lower()}-1\n"
                     f"\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <{m['rcpt']}>; {rfc(d)}")
        lines.append(f"X-Proofpoint-GUID: {ralnum(32)}")
        lines.append("X-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1039,Hydra:6.0.680,FMLib:17.12.28.16\n definitions=2024-10-17_01,2024-10-17_01,2024-10-17_01")
        lines.append("X-Proofpoint-Spam-Details: rule=outbound_notspam policy=outbound score=0 spamscore=0 bulkscore=0")
    else:
        lines.append(f"Received: from {m['helo']} ({m['helo']} [{m['ip']}]) by {host} with ESMTP id {ralnum(16)} for <{m['rcpt']}>; {rfc(d)}")
        lines.append(f"X-Barracuda-Connect: {m['helo']}[{m['ip']}]")
        lines.append(f"X-Barracuda-Start-Time: {int(d.timestamp())}")
        lines.append(f"X-Barracuda-URL: https://{host}:443/cgi-mod/mark.cgi")
        lines.append("X-Barracuda-Spam-Score: 0.00")
        lines.append("X-Barracuda-Spam-Status: No, SCORE=0.00 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=8.0 tests=")
    return lines


def trace(p, m):
    prov = p.prov
    if prov == 'gmail':
        return tr_gmail(p, m)
    if prov == 'm365':
        return tr_outlook(p, m) + ms_org_headers(m)
    if prov == 'outlookcom':
        return tr_outlook(p, m, consumer=True) + ms_org_headers(m)
    if prov == 'fastmail':
        return tr_fastmail(p, m)
    if prov == 'icloud':
        return tr_icloud(p, m)
    if prov == 'gmx':
        return tr_gmx(p, m)
    if prov == 'webde':
        return tr_gmx(p, m, web=True)
    if prov == 'orange':
        return tr_orange(p, m)
    if prov == 'proton':
        return tr_proton(p, m)
    if prov == 'postfix':
        return tr_postfix(p, m)
    if prov == 'bare':
        return tr_postfix(p, m, bare=True)
    if prov == 'gateway':
        return tr_gateway(p, m)
    raise ValueError(prov)


# ------------------------------------------------------------------ outbound side of senders
def person_outbound(p):
    prov = p.prov
    if prov == 'gmail':
        n = rng.randint(20, 70)
        return f'mail-sor-f{n}.google.com', f'209.85.220.{n}', 'gmail.com'
    if prov in ('outlookcom', 'm365'):
        n = rng.randint(10, 120)
        return f'mail-am6eur05on20{n}.outbound.protection.outlook.com', f'40.107.22.{n}', org_domain(p.addr.split('@')[1])
    if prov in ('gmx', 'webde'):
        n = rng.randint(10, 30)
        return ('mout.web.de' if prov == 'webde' else 'mout.gmx.net'), f'212.227.17.{n}', p.addr.split('@')[1]
    if prov == 'orange':
        n = rng.randint(10, 90)
        return f'smtp-{n}.smtpout.orange.fr', f'80.12.242.{n}', 'orange.fr'
    if prov == 'proton':
        n = rng.randint(10, 60)
        return f'mail-4{n}.protonmail.ch', f'185.70.43.{n}', 'proton.me'
    if prov == 'icloud':
        n = rng.randint(10, 60)
        return f'st43p00im-ztfb{rdigits(8)}.me.com', f'17.58.63.{n}', 'icloud.com'
    if prov == 'fastmail':
        n = rng.randint(10, 60)
        return f'fout-a{n}-smtp.messagingengine.com', f'103.168.172.{n}', 'fastmail.com'
    host = getattr(p, 'host', 'mail.' + p.addr.split('@')[1])
    return host, f'203.0.113.{rng.randint(10, 200)}', p.addr.split('@')[1]


def resolve_sender(spec):
    f = spec['frm']
    if isinstance(f, str):
        name, addr, plat, dkim_d, pool = SENDERS[f]
        helo, ip = meta_outbound()
        return dict(name=spec.get('display', name), addr=addr, platform=spec.get('platform', plat),
                    dkim_d=dkim_d, helo=helo, ip=ip, meta=True, kind='meta', mailfrom=addr)
    kind = f[0]
    if kind == 'person':
        p = PEOPLE[f[1]]
        helo, ip, dk = person_outbound(p)
        return dict(name=p.name, addr=p.addr, platform=spec.get('platform'), dkim_d=dk, helo=helo, ip=ip,
                    meta=False, kind='person', person=p, mailfrom=p.addr)
    # ('org'|'fake', display, addr, helo, ip[, dkim_d])
    _, name, addr, helo, ip = f[:5]
    dk = f[5] if len(f) > 5 else org_domain(addr.split('@')[1])
    return dict(name=name, addr=addr, platform=spec.get('platform'), dkim_d=dk, helo=helo, ip=ip,
                meta=is_meta_host(addr.split('@')[1]), kind=kind, mailfrom=spec.get('mailfrom', addr))


def verdict(spec, snd):
    mode = spec.get('auth', 'pass')
    dom = snd['addr'].split('@')[1]
    pol = 'REJECT' if is_meta_host(dom) or dom in ('gmail.com', 'outlook.com') else 'NONE'
    if mode in ('pass', 'arc_ms', 'arc_uni'):
        return dict(dkim='pass', dkim_d=snd['dkim_d'], spf='pass', dmarc='pass', policy=pol)
    if mode in ('fail', 'forged'):
        return dict(dkim='none', dkim_d=None, spf='fail', dmarc='fail', policy=pol, dis='QUARANTINE')
    if mode == 'dkimfail':
        return dict(dkim='fail', dkim_d=snd['dkim_d'], spf='softfail', dmarc='fail', policy=pol, dis='QUARANTINE')
    if mode == 'unaligned':
        return dict(dkim='pass', dkim_d=spec['esp'], spf='pass', dmarc='fail', policy='NONE', dis='NONE')
    if mode == 'noar':
        return dict(dkim='pass', dkim_d=snd['dkim_d'], spf='pass', dmarc='pass', policy=pol, ar=False)
    raise ValueError(mode)


# ------------------------------------------------------------------ forwards and quotes
def local_stamp(lang, d):
    return f"{texts.fmt(lang, d.date(), 'wd')} {d.strftime('%H:%M')}"


def quote_block(orig, style, spec):
    fr = f"{orig['from_name']} <{orig['from_addr']}>"
    to = f"{orig['to_name']} <{orig['to_addr']}>"
    d = orig['date']
    body = orig['text'].rstrip('\n')
    if style == 'gmail-en':
        return (f"---------- Forwarded message ---------\nFrom: {fr}\nDate: {d.strftime('%a, %-d %b %Y at %H:%M')}\n"
                f"Subject: {orig['subject']}\nTo: {to}\n\n\n{body}")
    if style == 'outlook-de':
        return (f"-----Ursprüngliche Nachricht-----\nVon: {fr}\nGesendet: {local_stamp('de', central_eu(d))}\n"
                f"An: {to}\nBetreff: {orig['subject']}\n\n{body}")
    if style == 'gmail-es-reply':
        fwd = (f"---------- Forwarded message ---------\nDe: {fr}\nDate: {d.strftime('%a, %-d %b %Y')}\n"
               f"Subject: {orig['subject']}\nTo: {to}\n\n{body}")
        rd = spec['_quote_date']
        who = spec['_quote_who']
        head = (f"El {texts.WD['es'][rd.weekday()][:3]}, {rd.day} {texts.MON['es'][rd.month-1][:3]} {rd.year} "
                f"a las {rd.strftime('%H:%M')}, {who.name} (<{who.addr}>) escribió:")
        return head + '\n' + '\n'.join('> ' + x if x else '>' for x in fwd.split('\n'))
    if style == 'gmail-pl-reply':
        rd = spec['_quote_date']
        who = spec['_quote_who']
        head = f"{texts.fmt('pl', rd.date(), 'long')} o {rd.strftime('%H:%M')} {who.name} <{who.addr}> napisała:"
        fwd = (f"---------- Forwarded message ---------\nOd: {fr}\nDate: {d.strftime('%a, %-d %b %Y')}\n"
               f"Subject: {orig['subject']}\nTo: {to}\n\n{body}")
        return head + '\n' + '\n'.join('> ' + x if x else '>' for x in fwd.split('\n'))
    if style == 'tb-nl':
        return (f"-------- Doorgestuurd bericht --------\nOnderwerp: \t{orig['subject']}\nDatum: \t{rfc(central_eu(d))}\n"
                f"Van: \t{fr}\nAan: \t{to}\n\n\n\n{body}")
    if style == 'apple-bg':
        return (f"Начало на препратеното съобщение:\n\nОт: {fr}\nОтносно: {orig['subject']}\n"
                f"Дата: {texts.fmt('bg', d.date(), 'long')} {d.strftime('%H:%M')} EET\nДо: {to}\n\n{body}")
    if style == 'outlook-mt':
        return (f"________________________________\nFrom: {fr}\nSent: {d.strftime('%A, %B %-d, %Y %-I:%M %p')}\n"
                f"To: {to}\nSubject: {orig['subject']}\n\n{body}")
    raise ValueError(style)


# ------------------------------------------------------------------ building one message
BUILT = {}


def make_ctx(spec, p, lang):
    ctx = dict(first=p.first, name=p.name, email=p.addr)
    c = spec.get('_code')
    if c:
        ctx['code'] = c
        ctx['code_sp'] = c[:3] + ' ' + c[3:]
    if spec.get('_ocode'):
        ctx['ocode'] = spec['_ocode']
    if spec.get('_ref'):
        ctx['ref'] = spec['_ref']
    if spec.get('ref2_from'):
        ctx['ref2'] = BUILT[spec['ref2_from']]['spec']['_ref']
    if spec.get('_fbcode'):
        ctx['fbcode'] = spec['_fbcode']
    use = dt.date.fromisoformat(spec['use']) if spec.get('use') else None
    ann = dt.date.fromisoformat(spec['ann']) if spec.get('ann') else None
    ctx.update(texts.date_ctx(lang, use, ann))
    return ctx


def default_urls(spec, platform, rcpt):
    pl = platform or 'facebook'
    u = {
        'policy': OTHER_URLS['policy_ig' if pl == 'instagram' else ('policy_meta' if pl == 'meta' else 'policy_fb')],
        'genai': OTHER_URLS['genai_ig' if pl == 'instagram' else 'genai_fb'],
        'center': OTHER_URLS['center_fb'],
        'secure': OTHER_URLS['secure_ig' if pl == 'instagram' else 'secure_fb'],
        'unsub': unsub_url(pl),
    }
    for k in ('dyi', 'promo', 'metaai', 'igapp', 'msgr', 'fbapp', 'igtag'):
        u[k] = OTHER_URLS[k]
    if spec.get('form'):
        u['form'] = FORMS[spec['form']]
    if spec.get('form2'):
        u['form2'] = FORMS[spec['form2']]
    u.update(spec.get('urls', {}))
    return u


def wrap_urls(urls, how, p, part):
    if not how:
        return dict(urls)
    out = {}
    for k, u in urls.items():
        host = urlsplit(u).hostname or ''
        w = u
        if how in ('lfb', 'lig'):
            if part == 'html' and is_meta_host(host):
                w = w_lfb(u) if how == 'lfb' else w_lig(u)
        elif how == 'safelinks':
            w = w_safelinks(u, p.region, p.addr)
        elif how == 'safelinks+lig':
            w = w_safelinks(w_lig(u) if (part == 'html' and is_meta_host(host)) else u, p.region, p.addr)
        elif how == 'pp3':
            w = w_pp3(u)
        elif how == 'pp2':
            w = w_pp2(u)
        elif how == 'barracuda':
            w = w_barracuda(u)
        elif how == 'mimecast':
            w = w_mimecast(u)
        else:
            raise ValueError(how)
        out[k] = w
    return out


def leaf(ctype, text, charset, cte, force=(), width=76, extra=''):
    head = f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n{extra}'
    return head.encode('ascii') + b'\n' + encode_body(text, charset, cte, force, width)


def multipart(sub, parts, boundary, extra=''):
    out = f'Content-Type: multipart/{sub};\n boundary="{boundary}"\n{extra}\n'.encode('ascii')
    for prt in parts:
        out += f'--{boundary}\n'.encode('ascii') + prt + b'\n'
    out += f'--{boundary}--\n'.encode('ascii')
    return out


LOGO_PNG = base64.b64decode(
    'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAFklEQVR4nGNkYPjPQAxgGlWFXwEAAQkAAf4b1pMAAAAASUVORK5CYII=')


def build(spec):
    p = PEOPLE[spec['to']]
    lang = spec['lang']
    snd = resolve_sender(spec)
    platform = snd['platform']
    slotd = texts.S[spec.get('slot', spec['id'])]
    ctx = make_ctx(spec, p, lang)
    date = parse_when(spec['date'])
    if snd['kind'] == 'meta':
        hdr_date, _ = pacific(date)
    else:
        hdr_date = date
    urls = default_urls(spec, platform, p.addr)
    urls_text = wrap_urls(urls, spec.get('wrap'), p, 'text')
    urls_html = wrap_urls(urls, spec.get('wrap'), p, 'html')
    quotes = {}
    for b in slotd['body']:
        if isinstance(b, tuple) and b[0] == 'quote_of':
            quotes[(b[1], b[2])] = quote_block(BUILT[b[1]], b[2], spec)
    charset = spec.get('charset', 'utf-8')
    style = spec.get('style', ('colon', 'angle'))
    code_fmt = spec.get('code_fmt', 'plain')
    tblocks = [b for i, b in enumerate(slotd['body']) if i not in spec.get('text_skip', ())]
    hblocks = [b for i, b in enumerate(slotd['body']) if i not in spec.get('html_skip', ())]
    text = render_text(tblocks, ctx, urls_text, style, code_fmt, lang, quotes)
    pre = slotd.get('pre') if spec.get('preheader', True) else None
    htm = render_html(hblocks, ctx, urls_html, platform if snd['kind'] in ('meta', 'fake') else None, pre,
                      charset, code_fmt, lang, quotes, layout=spec.get('layout', 'meta' if snd['kind'] in ('meta', 'fake') else 'plainhtml'))
    subject = fill(slotd['subject'], ctx)
    # forced QP soft breaks: inside codes and inside the (possibly wrapped) form URL
    force_t, force_h = [], []
    for f in spec.get('qp_force', ()):
        if f == 'code':
            force_t.append(ctx['code'])
            force_h.append(ctx['code'])
        elif f == 'form':
            force_t.append(urls_text['form'])
            force_h.append(html.escape(urls_html['form'], quote=True))
    cte = tuple(spec.get('cte', ('quoted-printable', 'quoted-printable')))
    ct, ch = (cte * 2)[:2]
    width = spec.get('qp_width', 76)
    shape = spec.get('shape', 'alt')
    bnd = lambda: f"{'b1_' if snd['kind'] == 'meta' else '000000000000'}{rhex(32 if snd['kind'] == 'meta' else 16)}"
    tpart = lambda: leaf('text/plain', text, charset, ct, force_t, width)
    hpart = lambda: leaf('text/html', htm, charset, ch, force_h, width)
    if shape == 'text':
        body = tpart()
    elif shape == 'html':
        body = hpart()
    elif shape == 'alt':
        body = multipart('alternative', [tpart(), hpart()], bnd())
    elif shape == 'related':
        png = (b'Content-Type: image/png; name="logo.png"\nContent-Transfer-Encoding: base64\n'
               b'Content-ID: <logo@meta>\nContent-Disposition: inline; filename="logo.png"\n\n' + b64_encode(LOGO_PNG))
        body = multipart('related', [multipart('alternative', [tpart(), hpart()], bnd()), png], bnd(),
                         extra=' type="multipart/alternative"\n')
    elif shape == 'mixed_rfc822':
        inner = BUILT[spec['attach_of']]['bytes']
        att = (b'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="message.eml"\n\n' + inner)
        body = multipart('mixed', [tpart(), att], bnd())
    elif shape == 'mixed_pdf':
        pdf = b'%PDF-1.4\n% synthetic placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'
        att = (b'Content-Type: application/pdf; name="newsletter.pdf"\nContent-Transfer-Encoding: base64\n'
               b'Content-Disposition: attachment; filename="newsletter.pdf"\n\n' + b64_encode(pdf))
        body = multipart('mixed', [multipart('alternative', [tpart(), hpart()], bnd()), att], bnd())
    else:
        raise ValueError(shape)
    # the message's own headers
    hmode = spec.get('hdr_mode', 'B')
    hcs = 'utf-8' if hmode == 'B' else spec.get('hdr_charset', 'utf-8')
    from_hdr = addr_hdr(snd['name'], snd['addr'], hcs, hmode)
    to_hdr = addr_hdr(p.name, p.addr, hcs, hmode)
    own = []
    dom = snd['addr'].split('@')[1]
    sel = rng.choice(['s2048-2024-q3', 's2048-2025-q1', 's2048-2025-q2', 's2048-2026-q4']) if snd['kind'] == 'meta' \
        else rng.choice(['s1', 'default', 'mail', 'k1', '20230601', 'selector1'])
    ts = int(date.timestamp())
    if spec.get('auth', 'pass') in ('pass', 'noar', 'arc_ms', 'arc_uni', 'dkimfail', 'unaligned'):
        dkd = spec['esp'] if spec.get('auth') == 'unaligned' else snd['dkim_d']
        own.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d={dkd};\n\ts={sel}; t={ts};\n"
                   f"\tbh={rb64(43)}=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type:Message-ID;\n"
                   f"\tb={fold_b64(rb64(342))}")
    if spec.get('auth') == 'forged':
        own.append(f"Authentication-Results: mx.google.com;\n       dkim=pass header.i=@{dom} header.s=s2048-2025-q2 header.b={ralnum(8)};\n"
                   f"       spf=pass (google.com: domain of {snd['addr']} designates {META_IPS[0]} as permitted sender) smtp.mailfrom={snd['addr']};\n"
                   f"       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}")
        own.append(f"Received: from [192.168.1.{rng.randint(2, 250)}] (unknown [{snd['ip']}])\n\tby {snd['helo']} (Postfix) with ESMTPSA id {rhex(10).upper()}\n"
                   f"\tfor <{p.addr}>; {rfc(secs(date, -4))}")
    if snd['kind'] == 'meta':
        own += [f"Date: {rfc(hdr_date)}", f"To: {to_hdr}", f"Subject: {enc_word(subject, hcs, hmode)}", f"From: {from_hdr}"]
        if spec.get('dup_from'):
            own.append(f"From: {addr_hdr(spec['dup_from'][0], spec['dup_from'][1])}")
        own += ["Reply-to: noreply <noreply@facebookmail.com>" if 'facebook' in dom else f"Reply-to: noreply <{snd['addr']}>",
                "MIME-Version: 1.0",
                f"Message-ID: <{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@{dom}>",
                f"X-Facebook: from 2a03:2880:{rhex(4)}:{rhex(2)}::face:b00c ([MTI3LjAuMC4x])\n\tby www.facebook.com with HTTPS (ZuckMail);",
                "X-Facebook-Priority: 0" if spec['kind'] not in ('other_meta',) else "X-Facebook-Priority: 1",
                "X-Mailer: ZuckMail [version 1.00]",
                "X-Auto-Response-Suppress: All"]
        if spec['kind'] in ('policy_notice', 'other_meta'):
            own.append(f"List-Unsubscribe: <{urls['unsub']}>")
    elif snd['kind'] == 'fake':
        own += [f"From: {from_hdr}", f"To: {to_hdr}", f"Subject: {enc_word(subject, hcs, hmode)}",
                f"Date: {rfc(hdr_date)}",
                f"Message-ID: <{rhex(24)}@{spec.get('msgid_dom', dom)}>",
                "MIME-Version: 1.0"]
        if spec.get('xmailer'):
            own.append(f"X-Mailer: {spec['xmailer']}")
    else:
        pe = snd.get('person')
        if pe is not None and pe.prov == 'gmail':
            own += ["MIME-Version: 1.0", f"From: {from_hdr}", f"Date: {rfc(hdr_date)}",
                    f"Message-ID: <CA+{ralnum(40)}@mail.gmail.com>", f"Subject: {enc_word(subject, hcs, hmode)}",
                    f"To: {to_hdr}"]
        elif pe is not None and pe.prov in ('outlookcom', 'm365'):
            own += [f"From: {from_hdr}", f"To: {to_hdr}", f"Subject: {enc_word(subject, hcs, hmode)}",
                    f"Thread-Topic: {enc_word(subject, hcs, hmode)}", f"Thread-Index: A{ralnum(30)}==",
                    f"Date: {rfc(hdr_date)}",
                    f"Message-ID: <{rng.choice(['AM9', 'DB9', 'PA4'])}PR0{rdigits(1)}MB{rdigits(4)}{ralnum(8).upper()}@{rng.choice(['AM9', 'DB9'])}PR0{rdigits(1)}MB{rdigits(4)}.eurprd0{rdigits(1)}.prod.outlook.com>",
                    "Accept-Language: " + spec.get('accept_lang', 'en-GB'), "Content-Language: " + spec.get('accept_lang', 'en-GB'),
                    "MIME-Version: 1.0"]
        else:
            own += [f"Date: {rfc(hdr_date)}", f"From: {from_hdr}", f"To: {to_hdr}",
                    f"Subject: {enc_word(subject, hcs, hmode)}",
                    f"Message-ID: <{rhex(16)}.{rdigits(6)}@{spec.get('msgid_dom', dom)}>", "MIME-Version: 1.0"]
            if spec.get('xmailer'):
                own.append(f"X-Mailer: {spec['xmailer']}")
            if spec.get('list_unsub'):
                own.append(f"List-Unsubscribe: <{spec['list_unsub']}>")
                own.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    # trace added by the receiving side (and, for ARC cases, by the forwarder before it)
    recv = secs(date, rng.randint(2, 9))
    v = verdict(spec, snd)
    mf = snd['mailfrom']
    m = dict(rcpt=getattr(p, 'final', p.addr), recv=recv, helo=snd['helo'], ip=snd['ip'], mailfrom=mf,
             mf_dom=mf.split('@')[1], from_dom=dom, sel=sel, v=v, lang=lang)
    auth = spec.get('auth', 'pass')
    if auth == 'arc_ms':
        trace_lines = arc_ms_trace(p, m, spec)
    elif auth == 'arc_uni':
        trace_lines = arc_uni_trace(p, m, spec)
    else:
        trace_lines = trace(p, m)
    headers = trace_lines + own
    msg = ('\n'.join(headers) + '\n').encode('ascii') + body
    BUILT[spec['id']] = dict(spec=spec, bytes=msg, text=text, subject=subject, from_name=snd['name'],
                             from_addr=snd['addr'], to_name=p.name, to_addr=p.addr, date=hdr_date)
    return msg, labels(spec, snd, p, ctx, urls)


def arc_ms_trace(p, m, spec):
    """Meta -> Microsoft 365 tenant (verdict pass) -> transport rule adds a footer and forwards ->
    Gmail. Microsoft seals ARC i=1; Gmail sees DKIM broken, arc=pass."""
    inner = dict(m, rcpt=p.addr)
    inner_lines = tr_outlook(p, inner)
    d = utc(m['recv'])
    i1 = [f"ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={fold_b64(rb64(342), ' ', 70)}",
          f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
          f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
          f" bh={rb64(43)}=;\n b={fold_b64(rb64(342), ' ', 70)}",
          f"ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass (sender ip is\n {m['ip']}) smtp.rcpttodomain=harbourlogistics.example smtp.mailfrom={m['mf_dom']};\n"
          f" dmarc=pass (p=reject sp=reject pct=100) action=none header.from={m['from_dom']};\n"
          f" dkim=pass (signature was verified) header.d={m['from_dom']}; arc=none (0)"]
    fwd_from = p.addr
    outer = dict(m, helo=f'mail-am6eur05on20{rng.randint(40, 99)}.outbound.protection.outlook.com',
                 ip=f'40.107.22.{rng.randint(40, 99)}', mailfrom=fwd_from, mf_dom=fwd_from.split('@')[1],
                 rcpt=spec['final_rcpt'], recv=secs(m['recv'], 5), arc_prior=True)
    outer['v'] = dict(m['v'], spf='pass')
    outer['ar_parts'] = [
        f"dkim=fail header.i=@{m['from_dom']} header.s={m['sel']} header.b={ralnum(8)}",
        f"arc=pass (i=1 spf=pass spfdomain={m['from_dom']} dkim=pass dkdomain={m['from_dom']} dmarc=pass fromdomain={m['from_dom']})",
        f"spf=pass (google.com: domain of {fwd_from} designates {outer['ip']} as permitted sender) smtp.mailfrom={fwd_from}",
        f"dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from={m['from_dom']}"]
    gmail_lines = tr_gmail(PEOPLE['daniel'], outer)
    return gmail_lines + i1 + inner_lines + ms_org_headers(inner)


def arc_uni_trace(p, m, spec):
    """Meta -> university server (verdict pass) -> forward with footer -> Fastmail. The university
    seals ARC i=1; Fastmail says arc=pass, DKIM/DMARC fail."""
    uni = 'mail.uni-example.ac.at'
    inner = dict(m, rcpt=p.addr)
    d = central_eu(m['recv'])
    inner_lines = [f"Authentication-Results: {uni};\n\tdkim=pass (2048-bit key) header.d={m['from_dom']} header.i=@{m['from_dom']};\n"
                   f"\tspf=pass smtp.mailfrom={m['mailfrom']};\n\tdmarc=pass (p=reject dis=none) header.from={m['from_dom']}",
                   f"Received: from {m['helo']} ({m['helo']} [{m['ip']}])\n\tby {uni} (Postfix) with ESMTPS id 4{ralnum(10)}\n\tfor <{p.addr}>; {rfc(d)}"]
    i1 = [f"ARC-Seal: i=1; a=rsa-sha256; d=uni-example.ac.at; s=arc2024; t={int(d.timestamp())}; cv=none;\n\tb={fold_b64(rb64(342))}",
          f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=uni-example.ac.at; s=arc2024;\n\tt={int(d.timestamp())}; bh={rb64(43)}=;\n\th=Date:To:Subject:From:Message-ID:Content-Type;\n\tb={fold_b64(rb64(342))}",
          f"ARC-Authentication-Results: i=1; {uni};\n\tdkim=pass header.d={m['from_dom']};\n\tspf=pass smtp.mailfrom={m['mailfrom']};\n\tdmarc=pass header.from={m['from_dom']}"]
    outer = dict(m, helo=uni, ip='193.170.72.14', mailfrom=p.addr, mf_dom=p.addr.split('@')[1],
                 rcpt=p.final, recv=secs(m['recv'], 4), arc_prior=True)
    outer['ar_parts'] = [f"dkim=fail (body has been altered) header.d={m['from_dom']} header.i=@{m['from_dom']} header.b={ralnum(8)}",
                         "arc=pass (as.1.uni-example.ac.at=pass, ams.1.uni-example.ac.at=pass)",
                         f"dmarc=fail policy.published-domain-policy=reject (p=reject) header.from={m['from_dom']}",
                         f"spf=pass smtp.mailfrom={p.addr} smtp.helo={uni}"]
    fm_lines = tr_fastmail(p, outer)
    return fm_lines + i1 + [f"Received: from {uni} (localhost [127.0.0.1])\n\tby {uni} (Postfix) with ESMTP id 4{ralnum(10)}\n\tfor <{p.final}>; {rfc(secs(d, 2))}"] + inner_lines


# ------------------------------------------------------------------ labels
def labels(spec, snd, p, ctx, urls):
    kind = spec['kind']
    platform = snd['platform'] if kind != 'unrelated' else None
    auth = spec.get('auth', 'pass')
    if platform is None:
        authentic = None
    else:
        authentic = bool(snd['meta'] and auth in ('pass', 'arc_ms') and not spec.get('dup_from')
                         and p.prov != 'bare')
    obj = None
    if kind != 'unrelated' and spec.get('form'):
        u = FORMS[spec['form']]
        sp = urlsplit(u)
        if sp.scheme == 'https' and is_meta_host(sp.hostname) and spec.get('wrap') != 'mimecast':
            obj = u
    return {
        'kind': kind,
        'platform': platform,
        'language': spec.get('lang_label', spec['lang']),
        'code': ctx.get('code') if kind == 'verification_code' else None,
        'deadline': spec.get('use') if kind == 'policy_notice' else None,
        'objection_url': obj,
        'reference': ctx.get('ref') if (kind != 'unrelated' and spec.get('ref')) else None,
        'authentic': authentic,
        'account': p.addr.lower(),
    }


# ------------------------------------------------------------------ main
def main():
    import mails
    for d in ('eml', 'scenarios'):
        if (ROOT / d).exists():
            shutil.rmtree(ROOT / d)
        (ROOT / d).mkdir()
    specs = mails.MAILS
    ids = [s['id'] for s in specs]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    # draw the random values in spec order, so that they do not depend on build order
    for s in specs:
        if s.get('code'):
            s['_code'] = s.get('code_value') or rdigits(6)
        if s.get('ocode'):
            s['_ocode'] = rdigits(6, lead_zero_ok=False)
        if s.get('ref'):
            s['_ref'] = rdigits(rng.choice([15, 16, 16, 16, 13, 11]), lead_zero_ok=False)
        if s.get('fbcode'):
            s['_fbcode'] = rdigits(5, lead_zero_ok=False)
        if s.get('quote_who'):
            s['_quote_who'] = PEOPLE[s['quote_who']]
            s['_quote_date'] = parse_when(s['quote_date'])
    # build order: originals before the mails that quote or attach them
    def deps(s):
        sl = texts.S[s.get('slot', s['id'])]
        ds = [b[1] for b in sl['body'] if isinstance(b, tuple) and b[0] == 'quote_of']
        ds += [x for x in (s.get('attach_of'), s.get('ref2_from')) if x]
        return ds
    done, order = set(), []
    pending = list(specs)
    while pending:
        nxt = [s for s in pending if all(d in done for d in deps(s))]
        assert nxt, 'dependency cycle'
        for s in nxt:
            order.append(s)
            done.add(s['id'])
        pending = [s for s in pending if s['id'] not in done]
    results = {}
    for s in order:
        try:
            results[s['id']] = build(s)
        except Exception as e:
            if isinstance(e, UnicodeEncodeError):
                raise SystemExit(f"{s['id']}: {e.encoding} cannot encode {e.object[e.start:e.end]!r}")
            raise
    visible = [s for s in specs if not s.get('hidden')]
    perm = list(range(1, len(visible) + 1))
    rng.shuffle(perm)
    names = {}
    for s, n in zip(visible, perm):
        names[s['id']] = f'eml/b6-{n:03d}.eml'
    rows = []
    for s in visible:
        msg, lab = results[s['id']]
        (ROOT / names[s['id']]).write_bytes(msg)
        rows.append(dict(file=names[s['id']], **lab))
    rows.sort(key=lambda r: r['file'])
    with open(ROOT / 'manifest.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # scenarios
    for sc in mails.SCENARIOS:
        now = dt.datetime.fromisoformat(sc['now'])
        msgs = [{'file': names[i], 'mailbox': mb} if mb else names[i] for i, mb in sc['messages']]
        exp = []
        for e in sc['expect']:
            e = dict(e)
            if e['deadline']:
                e['days_left'] = (dt.date.fromisoformat(e['deadline']) - now.date()).days
            else:
                e['days_left'] = None
            exp.append({k: e[k] for k in ('mailbox', 'platform', 'account', 'round', 'state', 'deadline', 'days_left')})
        (ROOT / 'scenarios' / f"{sc['name']}.json").write_text(
            json.dumps({'now': sc['now'], 'messages': msgs, 'expect': exp}, indent=1, ensure_ascii=False) + '\n')
    print(f'{len(rows)} messages, {len(mails.SCENARIOS)} scenarios')


if __name__ == '__main__':
    main()
