"""Builds one message (raw text) and its manifest row from a spec dict."""
import datetime as dt, random, html as H
from email.header import Header
from email.utils import format_datetime
import headers as HD, links, mimehelp as M
import words_ce, words_north, words_south, words_west
W = {}
for mod in (words_ce, words_north, words_south, words_west):
    W.update(mod.L)

LEGACY = {'hu': ['iso-8859-2', 'windows-1250'], 'cs': ['iso-8859-2', 'windows-1250'], 'sk': ['windows-1250'], 'sl': ['iso-8859-2'],
          'hr': ['windows-1250'], 'pl': ['iso-8859-2'], 'el': ['iso-8859-7', 'windows-1253'], 'bg': ['windows-1251', 'koi8-r'],
          'lt': ['windows-1257', 'iso-8859-13'], 'lv': ['windows-1257'], 'et': ['iso-8859-15', 'windows-1257'], 'fi': ['iso-8859-15'],
          'da': ['iso-8859-1'], 'no': ['windows-1252'], 'is': ['iso-8859-1'], 'sv': ['iso-8859-1'], 'de': ['iso-8859-1'],
          'fr': ['windows-1252'], 'es': ['iso-8859-1'], 'it': ['iso-8859-15'], 'nl': ['windows-1252'], 'pt': ['iso-8859-1'],
          'ro': ['iso-8859-16'], 'mt': ['iso-8859-3'], 'ga': ['iso-8859-1'], 'en': ['us-ascii']}

FORMS = {('facebook', '2024-06-26'): 'https://www.facebook.com/help/contact/712876720715583',
         ('instagram', '2024-06-26'): 'https://help.instagram.com/contact/767264225370182',
         ('facebook', '2025-05-27'): 'https://www.facebook.com/help/contact/6359191084165019',
         ('instagram', '2025-05-27'): 'https://help.instagram.com/contact/233964459562201'}
def form_url(platform, deadline):
    if (platform, deadline) in FORMS:
        return FORMS[(platform, deadline)]
    n = 540977946302970 + int(deadline.replace('-', '')) % 9973
    return ('https://help.instagram.com/contact/%d' % n) if platform == 'instagram' else ('https://www.facebook.com/help/contact/%d' % n)

SENDERS = {'facebook': [('Facebook', 'noreply@facebookmail.com'), ('Facebook', 'security@facebookmail.com'), ('Facebook Privacy', 'privacy@support.facebook.com')],
           'instagram': [('Instagram', 'no-reply@mail.instagram.com'), ('Instagram', 'security@mail.instagram.com')],
           'messenger': [('Messenger', 'noreply@facebookmail.com')], 'meta': [('Meta', 'security@facebookmail.com'), ('Meta Accounts Center', 'notification@facebookmail.com')]}
PNAME = {'facebook': 'Facebook', 'instagram': 'Instagram', 'messenger': 'Messenger', 'meta': 'Meta'}

def fmt_date(lang, d, i):
    L = W[lang]; f = L['fmts'][i % len(L['fmts'])]
    return (f.replace('%-d', str(d.day)).replace('%d', '%02d' % d.day).replace('%-m', str(d.month)).replace('%m', '%02d' % d.month)
             .replace('%Y', str(d.year)).replace('%M', L['months'][d.month - 1]).replace('%W', L['wd'][d.weekday()]))

def fmt_code(c, style):
    return {0: c, 1: c[:3] + ' ' + c[3:], 2: c[:3] + '-' + c[3:]}[style % 3]

def org(d):
    return '.'.join(d.split('.')[-2:])

def render(spec, rnd):
    """Return (paras list [(kind,val)], subject, link url presented as form or None)."""
    lang, kind = spec['lang'], spec['kind']
    L = W[lang]
    tpls = L[{'policy_notice': 'notice', 'verification_code': 'code', 'objection_received': 'received', 'objection_accepted': 'accepted',
              'objection_refused': 'refused', 'other_meta': 'other'}[kind]]
    subj, paras = tpls[spec.get('variant', 0) % len(tpls)]
    dl = spec.get('deadline')
    vals = dict(n=spec['first'], p=PNAME[spec['platform']], c=fmt_code(spec.get('code') or '', spec.get('cstyle', 0)),
                r=spec.get('ref') or '', d='', l='')
    if dl:
        dd = dt.date.fromisoformat(dl)
        vals['d'] = fmt_date(lang, dd, spec.get('dfmt', 0))
        vals['l'] = fmt_date(lang, dd - dt.timedelta(days=1), spec.get('dfmt', 0))
    out = [('p', L['hi'].format(**vals))]
    used_url = None
    for p in paras:
        if p.startswith('@A:'):
            used_url = spec['form_url']
            out.append(('a', (p[3:], spec['link_href'])))
        elif p == '@C':
            out.append(('code', vals['c']))
        else:
            out.append(('p', p.format(**vals)))
    out.append(('p', L['bye'].format(**vals)))
    if kind == 'policy_notice':
        out.append(('a2', ('Privacy Policy', 'https://www.facebook.com/privacy/policy/' if spec['platform'] != 'instagram' else 'https://privacycenter.instagram.com/policy/')))
    out.append(('p', 'This message was sent to %s.' % spec['to'] if lang == 'en' else '%s' % spec['to']))
    subj = subj.format(c=spec.get('code') or vals['c'], **{k: v for k, v in vals.items() if k != 'c'})
    return out, subj, used_url

def plain_of(paras, style):
    lines = []
    for k, v in paras:
        if k == 'p': lines.append(v)
        elif k == 'code': lines.append(v)
        elif k in ('a', 'a2'):
            lines.append({0: '%s: %s', 1: '%s\n%s', 2: '%s <%s>'}[style % 3] % v)
    return '\n\n'.join(lines) + '\n'

def html_of(paras, pre, lang, cid=None):
    ps = [(k if k != 'a2' else 'a', v) for k, v in paras]
    return M.to_html(ps, pre, cid, lang=lang)

def enc_subject(s, charset, mode):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = 'utf-8'
    h = Header(s, charset)
    if mode == 'q':
        from email import charset as C
        cs = C.Charset(charset); cs.header_encoding = C.QP
        h = Header(s, cs)
    return h.encode(maxlinelen=76).replace('\n', '\n')

def body_mime(paras, subj, spec, rnd, plain_override=None):
    lang = spec['lang']
    cs = spec.get('charset', 'utf-8')
    layout = spec.get('layout', 'alt'); cte = spec.get('cte', 'quoted-printable')
    text = plain_override or plain_of(paras, spec.get('lstyle', 0))
    try:
        text.encode(cs)
    except (UnicodeEncodeError, LookupError):
        cs = 'utf-8'
    spec['charset_used'] = cs
    b = lambda: 'b1_%032x' % rnd.getrandbits(128)
    pre = paras[1][1] if len(paras) > 1 and paras[1][0] == 'p' else subj
    if layout == 'plain':
        return M.leaf('text/plain', text, cs, cte).replace('Content-Type:', 'Content-Type:', 1)
    if layout == 'html':
        return M.leaf('text/html', html_of(paras, pre, lang), 'utf-8', cte)
    if layout == 'alt':
        return M.multipart('alternative', [M.leaf('text/plain', text, cs, cte), M.leaf('text/html', html_of(paras, pre, lang), 'utf-8', cte)], b())
    if layout == 'related':
        cid = 'logo_%x@facebookmail.com' % rnd.getrandbits(32)
        alt = M.multipart('alternative', [M.leaf('text/plain', text, cs, cte), M.leaf('text/html', html_of(paras, pre, lang, cid), 'utf-8', cte)], b())
        return M.multipart('related', [alt, M.image_part(cid)], b())
    raise ValueError(layout)
