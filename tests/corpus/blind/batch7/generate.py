#!/usr/bin/env python3
"""Generate the blind7 batch: eml/, manifest.jsonl, scenarios/. Fixed seed, reproducible."""
import hashlib
import importlib
import json
import random
import shutil
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

import headers
import mimekit as M

ROOT = Path(__file__).resolve().parent
rng = random.Random(20270210)

LANG = {}
for mod in ['texts_en', 'texts_de_fr', 'texts_es_it_pt', 'texts_nl_pl', 'texts_north', 'texts_east', 'texts_south']:
    try:
        LANG.update(importlib.import_module(mod).L)
    except ModuleNotFoundError:
        pass

ROUNDS = {'2024': date(2024, 6, 26), '2025': date(2025, 5, 27), '2027': date(2027, 2, 10)}
URL = {
    ('facebook', '2024'): 'https://www.facebook.com/help/contact/712876720715583',
    ('instagram', '2024'): 'https://help.instagram.com/contact/767264225370182',
    ('facebook', '2025'): 'https://www.facebook.com/help/contact/6359191084165019',
    ('instagram', '2025'): 'https://help.instagram.com/contact/233964459562201',
    ('facebook', '2027'): 'https://www.facebook.com/privacy/center/ai-objection/',
    ('instagram', '2027'): 'https://privacycenter.instagram.com/ai/objection/',
    ('meta', '2027'): 'https://www.facebook.com/help/contact/1187734962201458',
    ('meta', '2025'): 'https://www.facebook.com/help/contact/6359191084165019',
    ('meta', '2024'): 'https://www.facebook.com/help/contact/712876720715583',
}
PP = {'facebook': 'https://www.facebook.com/privacy/policy/', 'instagram': 'https://privacycenter.instagram.com/policy/',
      'meta': 'https://www.facebook.com/privacy/center/'}
BRAND = {'facebook': 'Facebook', 'instagram': 'Instagram', 'meta': 'Meta', 'whatsapp': 'WhatsApp', 'messenger': 'Messenger'}
# (display name, address) of Meta's senders per platform and purpose
SENDER = {
    ('facebook', 'notice'): ('Facebook', 'notification@facebookmail.com'),
    ('facebook', 'flow'): ('Facebook Privacy', 'noreply@support.facebook.com'),
    ('instagram', 'notice'): ('Instagram', 'no-reply@mail.instagram.com'),
    ('instagram', 'flow'): ('Instagram', 'no-reply@mail.instagram.com'),
    ('meta', 'notice'): ('Meta', 'privacy@facebookmail.com'),
    ('meta', 'flow'): ('Meta Privacy Centre', 'noreply@support.facebook.com'),
    ('whatsapp', 'notice'): ('WhatsApp', 'no-reply@whatsapp.com'),
    ('messenger', 'notice'): ('Messenger', 'notification@facebookmail.com'),
}
OUT_HOST = {'facebookmail.com': ('69.171.232.{n}', '69-171-232-{n}.mail-mxout.facebook.com'),
            'support.facebook.com': ('66.220.144.{n}', 'mx-out.support.facebook.com'),
            'mail.instagram.com': ('66.220.155.{n}', '66-220-155-{n}.mail-mail.facebook.com'),
            'whatsapp.com': ('69.171.232.{n}', 'outmail.whatsapp.com')}


def org(d):
    return '.'.join(d.split('.')[-2:])


def rid():
    return hashlib.sha1(str(rng.random()).encode()).hexdigest()


def new_code():
    c = f'{rng.randrange(0, 1000000):06d}'
    if rng.random() < 0.15:
        c = '0' + c[1:]
    return c


def new_ref():
    r = rng.random()
    if r < 0.7:
        return str(rng.randrange(10**14, 10**16))
    if r < 0.85:
        return f'{rng.randrange(10**6, 10**7)}-{rng.randrange(1000, 9999)}'
    return 'GDPR' + str(rng.randrange(10**8, 10**9))


def fmt_dates(T, d):
    y, m, dd = d.year, d.month, d.day
    mon = T['mon'].get(m, str(m))
    kw = dict(d=dd, dd=f'{dd:02d}', m=m, mm=f'{m:02d}', y=y, mon=mon)
    longf = T['long'].format(**kw)
    out = {'long': longf, 'num': T['num'].format(**kw), 'iso': d.isoformat(),
           'us': T.get('us', T['long']).format(**kw)}
    wd = T.get('wd')
    out['wd'] = (T.get('wdfmt', '{w}, {x}').format(w=wd[d.weekday()], x=longf)) if wd else longf
    return out


def rewrite(url, how):
    if how == 'safelinks':
        return (f'https://eur0{rng.randrange(1,6)}.safelinks.protection.outlook.com/?url={quote(url, safe="")}'
                f'&data=05%7C02%7C%7C{rid()[:20]}%7C84df9e7fe9f640afb435aaaaaaaaaaaa%7C1%7C0%7C638{rng.randrange(10**14,10**15)}'
                f'&sdata={rid()[:30]}%3D&reserved=0')
    if how == 'proofpoint':
        return f'https://urldefense.com/v3/__{url}__;!!{rid()[:10]}!{rid()[:40]}$'
    if how == 'barracuda':
        return f'https://linkprotect.cudasvc.com/url?a={quote(url, safe="")}&c=E,1,{rid()[:30]}&typo=1'
    if how == 'google':
        return f'https://www.google.com/url?q={quote(url, safe=":/")}&sa=D&source=editors&ust={rng.randrange(10**15,10**16)}&usg=AOvVaw{rid()[:22]}'
    if how == 'lphp':
        return f'https://l.facebook.com/l.php?u={quote(url, safe="")}&h=AT{rid()[:30]}&s=1'
    return url


def apply_links(body, how):
    if not how:
        return body
    return M.LINK_RE.sub(lambda m: f'[[{m.group(1)}|{rewrite(m.group(2), how)}]]', body)


def render_body(spec, body, preheader, to, brand, code):
    """Return (content header lines, body bytes)."""
    lang = spec['lang']
    shape = spec['shape']
    legacy = spec.get('legacy', False)
    cte_t = spec.get('cte_t', '8bit')
    cte_h = spec.get('cte_h', 'quoted-printable')
    qpw = rng.randrange(44, 77)
    foot = LANG[lang]['foot'].format(to=to) if lang in LANG else ''
    plain = M.render_plain(body, spec.get('pstyle', rng.randrange(3)))
    if spec.get('meta_foot', True) and foot:
        plain = plain + '\n\n' + foot
    logo = 'cid:logo@meta' if shape == 'related' else 'https://static.xx.fbcdn.net/rsrc.php/v4/yc/r/meta-logo.png'
    hrefmap = (lambda u: rewrite(u, 'lphp')) if spec.get('lphp') else None
    htm = M.render_html(body, preheader, foot if spec.get('meta_foot', True) else '', logo, brand, code, hrefmap)
    cs_t = M.pick_charset(lang, plain, legacy)
    cs_h = M.pick_charset(lang, htm, legacy)
    if shape == 'plain':
        return M.leaf('text/plain', plain, cs_t, cte_t, qpw)
    if shape == 'html':
        return M.leaf('text/html', htm, cs_h, cte_h, qpw)
    alt = M.multipart('alternative', [M.leaf('text/plain', plain, cs_t, cte_t, qpw),
                                      M.leaf('text/html', htm, cs_h, cte_h, qpw)], 'b1_' + rid()[:24])
    if shape == 'alt':
        return alt
    img = M.leaf('image/png', M.PNG, None, 'base64', extra=['Content-ID: <logo@meta>',
                 'Content-Disposition: inline; filename="meta-logo.png"'])
    return M.multipart('related', [alt, img], 'rel_' + rid()[:24], ' type="multipart/alternative";')


def assemble(hdrs, content_hdrs, body):
    head = '\n'.join(hdrs + ['MIME-Version: 1.0'] + content_hdrs) + '\n\n'
    return head.encode('ascii') + (body if isinstance(body, bytes) else body.encode())


KEYS = {'policy_notice': 'notice', 'verification_code': 'code', 'objection_received': 'received',
        'objection_accepted': 'accepted', 'objection_refused': 'refused', 'other_meta': 'other'}
LOOKALIKE = ['meta-dataprotection.com', 'facebook-privacy-center.net', 'instagram-support-eu.com',
             'metamail-notice.org', 'faceboook-mail.com']


def real_auth(from_dom, dkim_d=None):
    return dict(dkim='pass', dkim_d=dkim_d or from_dom, spf='pass', dmarc='pass', from_d=from_dom,
                mf_d=from_dom, bval=rid())


def is_meta_https(u):
    from urllib.parse import urlsplit
    p = urlsplit(u)
    h = (p.hostname or '').lower()
    return p.scheme == 'https' and any(h == d or h.endswith('.' + d) for d in
                                       ('facebook.com', 'instagram.com', 'meta.com', 'whatsapp.com'))


def ctx_for(T, spec, use, ann):
    pname = T['persona'][spec.get('pi', 0)][0]
    f = {'name': pname.split()[0], 'brand': BRAND.get(spec['platform'], 'Meta')}
    if use:
        for k, v in fmt_dates(T, use).items():
            f['use_' + k] = v
        for k, v in fmt_dates(T, use - timedelta(days=1)).items():
            f['last_' + k] = v
        f['use'] = f['use_long']
        f['last'] = f['last_long']
    if ann:
        for k, v in fmt_dates(T, ann).items():
            f['ann_' + k] = v
    return f


def build_meta(spec):
    T = LANG[spec['lang']]
    pname, to, prov = T['persona'][spec.get('pi', 0)]
    kind = spec['kind']
    tpl = T[KEYS[kind]][spec['ti']]
    subj, pre, body = tpl[:3]
    plat = tpl[3] if kind == 'other_meta' else spec['platform']
    spec['platform'] = plat
    rnd = spec.get('round')
    use = ROUNDS[rnd] if rnd else None
    when = spec['when']
    f = ctx_for(T, spec, use, (when - timedelta(days=rng.randrange(0, 3))).date())
    code = new_code() if '{code' in subj + body else None
    ref = new_ref() if '{ref}' in body else None
    url = URL.get((plat, rnd or '2025'), URL[('facebook', rnd or '2025')])
    if spec.get('fake_url'):
        url = spec['fake_url']
    f.update(code=code or '', code_sp=(code[:3] + ' ' + code[3:]) if code else '', ref=ref or '', url=url,
             pp=PP.get(plat, PP['meta']))
    subj = subj.format(**f)
    pre = pre.format(**f)
    body = apply_links(body.format(**f), spec.get('rewrite'))
    fake = spec.get('fake')
    dname, addr = SENDER.get((plat, 'notice' if kind in ('policy_notice', 'other_meta') else 'flow'),
                             SENDER[(plat, 'notice')])
    if kind == 'other_meta' and plat == 'facebook' and spec['ti'] == 0:
        addr = 'security@facebookmail.com'
    dom = addr.split('@')[1]
    a = real_auth(dom, 'facebook.com' if dom == 'support.facebook.com' and rng.random() < .5 else None)
    forged = None
    ip_t, helo = OUT_HOST.get(dom, OUT_HOST['facebookmail.com'])
    n = rng.randrange(10, 250)
    ip, helo = ip_t.format(n=n), helo.format(n=n)
    warn_prov = prov
    extra_from = None
    if fake == 'lookalike':
        dom = spec.get('lookdom') or rng.choice(LOOKALIKE)
        addr = 'no-reply@' + dom
        a = real_auth(dom)
        ip, helo = f'185.{rng.randrange(10,250)}.{rng.randrange(1,250)}.{n}', 'mail.' + dom
    elif fake == 'displayname':
        dom = rng.choice(['gmail.com', 'outlook.com', 'mail.ru'])
        addr = rng.choice(['meta.privacy.eu', 'support.team.fb', 'instagram.help.desk']) + f'{n}@' + dom
        a = real_auth(dom)
        ip, helo = f'209.85.{rng.randrange(100,250)}.{n}', f'mail-sor-f{n}.google.com'
    elif fake == 'dmarcfail':
        a = dict(dkim='none', dkim_d=dom, spf='softfail', dmarc='fail', from_d=dom, mf_d='mailer-cloud.biz', bval=rid())
        ip, helo = f'45.{rng.randrange(10,250)}.{rng.randrange(1,250)}.{n}', 'vps-' + str(n) + '.mailer-cloud.biz'
    elif fake == 'noauth':
        a = None
        ip, helo = f'91.{rng.randrange(10,250)}.{rng.randrange(1,250)}.{n}', 'smtp.bulk-sender.top'
    elif fake == 'forged':
        a = None
        forged = (f'Authentication-Results: mx.google.com;\n       dkim=pass header.i=@{dom} header.s=s1024-2013-q3;\n'
                  f'       spf=pass smtp.mailfrom={dom};\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={dom}')
        ip, helo = f'103.{rng.randrange(10,250)}.{rng.randrange(1,250)}.{n}', 'relay.' + str(n) + '.cloudsmtp.icu'
    elif fake == 'dupfrom':
        extra_from = M.enc_name(dname, addr.replace('@', '.ie@'))
    if spec.get('dname'):
        dname = spec['dname']
    mf = f'bounce-{rid()[:12]}@{dom}' if rng.random() < .5 else addr
    ctx = dict(to=to, ip=ip, helo=helo, mailfrom=mf, when=when, a=a, rid=rid(), forged=forged)
    H = headers.build(spec.get('prov') or warn_prov, ctx)
    date_hdr = format_datetime(when.astimezone(timezone(timedelta(hours=rng.choice([-7, -8, 0, 0, 1])))))
    if fake not in ('noauth',) and dom in ('facebookmail.com', 'support.facebook.com', 'mail.instagram.com') or fake in ('lookalike', 'displayname'):
        H.append(f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={a["dkim_d"] if a else dom};\n\ts=s1024-2013-q3; t={int(when.timestamp())};\n\tbh={rid()[:30]}=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type;\n\tb={rid()}{rid()}')
    msgid = f'<{rid()[:24]}.{int(when.timestamp())}@{dom}>'
    H += [f'From: {M.enc_name(dname, addr)}']
    if extra_from:
        H.append(f'From: {extra_from}')
    H += [f'To: {M.enc_name(pname, to)}', f'Subject: {M.enc_subject(subj, rng.choice("bq"))}',
          f'Date: {date_hdr}', f'Message-ID: {msgid}']
    if kind in ('policy_notice', 'other_meta'):
        H.append(f'List-Unsubscribe: <https://www.facebook.com/o.php?k={rid()[:20]}&u={rng.randrange(10**14,10**15)}&mid={rid()[:12]}>')
    H.append(f'X-Facebook-Notify: {"privacy_update" if kind=="policy_notice" else "cts_reply"}; mailid={rid()[:16]}')
    ch, cb = render_body(spec, body, pre, to, f['brand'], code)
    raw = assemble(H, ch, cb)
    ou = url if '{url}' in T[KEYS[kind]][spec['ti']][2] and kind != 'other_meta' else None
    lab = dict(kind=kind, platform=plat, language=spec['lang'],
               code=code if kind == 'verification_code' else None,
               deadline=use.isoformat() if kind == 'policy_notice' else None,
               objection_url=ou if ou and is_meta_https(ou) else None,
               reference=ref, authentic=fake is None, account=to)
    if kind == 'other_meta':
        lab['_shown_code'] = code
    return raw, lab


def build_unrel(spec):
    """Forwards, newsletters, personal mail, other services' codes."""
    T = LANG[spec['lang']]
    pname, to, prov = T['persona'][spec.get('pi', 0)]
    when = spec['when']
    sub = spec['sub']
    code = None
    if sub == 'fwd':
        src = T['notice'][spec.get('ti', 0)]
        rnd = spec['round']
        plat = spec['platform']
        f = ctx_for(T, spec, ROUNDS[rnd], (when - timedelta(days=2)).date())
        f.update(url=URL[(plat, rnd)], pp=PP[plat])
        intro, fl, fr, fd, fs = T['fwd']
        s0 = src[0].format(**f)
        meta_when = format_datetime((when - timedelta(days=rng.randrange(1, 6))).replace(microsecond=0))
        quoted = M.render_plain(src[2].format(**f), 0)
        if spec.get('google'):
            quoted = quoted.replace(f['url'], rewrite(f['url'], 'google'))
        fsub, fname, faddr = spec['friend']
        body = (f'{intro}\n\n{fl}\n{fr}: {BRAND[plat]} <{SENDER[(plat, "notice")][1]}>\n{fd}: {meta_when}\n'
                f'{fs}: {s0}\nTo: <{spec["friend"][2]}>\n\n{quoted}')
        subj = 'Fwd: ' + s0 if rng.random() < .6 else 'WG: ' + s0 if spec['lang'] == 'de' else 'TR: ' + s0 if spec['lang'] == 'fr' else 'Fw: ' + s0
        to, pname = to, pname
    elif sub == 'news':
        nsub, ntext = T['news']
        src = T['notice'][0]
        rnd = spec['round']
        f = ctx_for(T, {'pi': 0, 'platform': 'facebook'}, ROUNDS[rnd], None)
        f.update(url=URL[('facebook', rnd)], pp=PP['facebook'], code='', code_sp='', ref='')
        quote_txt = M.render_plain(src[2].format(**f), 0).split('\n\n')[1]
        body = ntext.format(quote=quote_txt) + f'\n\n{URL[("facebook", rnd)]}'
        subj = nsub
        fname, faddr = spec['friend'][1], spec['friend'][2]
    else:
        subj, fname, faddr, body = T['unrel'][spec['ui']]
        if '{code}' in body:
            code = new_code()
            body = body.format(code=code)
            subj = subj.format(code=code)
    dom = faddr.split('@')[1]
    a = real_auth(dom)
    n = rng.randrange(10, 250)
    ctx = dict(to=to, ip=f'212.{rng.randrange(10,250)}.{rng.randrange(1,250)}.{n}', helo='smtp.' + dom,
               mailfrom=faddr, when=when, a=a, rid=rid())
    H = headers.build(prov, ctx)
    H.append(f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=s1;\n\th=from:to:subject:date; bh={rid()[:30]}=;\n\tb={rid()}')
    H += [f'From: {M.enc_name(fname, faddr)}', f'To: {M.enc_name(pname, to)}',
          f'Subject: {M.enc_subject(subj)}', f'Date: {format_datetime(when)}',
          f'Message-ID: <{rid()[:20]}@{dom}>']
    if sub == 'fwd' and rng.random() < .5:
        H.append(f'In-Reply-To: <{rid()[:20]}@facebookmail.com>')
    spec2 = dict(spec, meta_foot=False)
    if sub in ('fwd', 'news'):
        spec2['shape'] = rng.choice(['plain', 'alt'])
    ch, cb = render_body(spec2, body, '', to, fname, None)
    lab = dict(kind='unrelated', platform=None, language=spec['lang'], code=None, deadline=None,
               objection_url=None, reference=None, authentic=None, account=to)
    return assemble(H, ch, cb), lab


BIG = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']
SHAPES = ['plain', 'html', 'alt', 'related']
CTES = ['quoted-printable', 'base64', '8bit']
REWRITE_BY_PROV = {'outlook': 'safelinks', 'm365': 'safelinks'}


def utc(d, h=9):
    return datetime(d.year, d.month, d.day, h, rng.randrange(60), rng.randrange(60), tzinfo=timezone.utc)


def plan():
    specs, flows = [], []
    rounds = ['2024', '2025', '2027']
    langs = sorted(LANG)
    for li, lang in enumerate(langs):
        T = LANG[lang]
        big = lang in BIG
        rnd = rounds[li % 3]
        plats = ['facebook', 'instagram']
        plat = plats[li % 2]
        prov = T['persona'][0][2]
        rw = T.get('rewrite') or REWRITE_BY_PROV.get(prov)

        def S(**k):
            s = dict(lang=lang, shape=rng.choice(SHAPES), cte_t=rng.choice(CTES), cte_h=rng.choice(CTES),
                     legacy=rng.random() < .3, pi=0)
            if rw and rng.random() < .7:
                s['rewrite'] = rw
            s.update(k)
            specs.append(s)
            return s
        use = ROUNDS[rnd]
        t0 = utc(use - timedelta(days=rng.randrange(18, 34)), rng.randrange(6, 20))
        flow = [S(kind='policy_notice', ti=0, platform=plat, round=rnd, when=t0)]
        t = t0 + timedelta(days=rng.randrange(1, 6), hours=rng.randrange(1, 9))
        flow.append(S(kind='verification_code', ti=0, platform=plat, round=rnd, when=t))
        t += timedelta(minutes=rng.randrange(2, 20))
        if 'received' in T:
            flow.append(S(kind='objection_received', ti=0, platform=plat, round=rnd, when=t))
        outk = 'objection_accepted' if (li % 4 != 1 and 'accepted' in T) or 'refused' not in T else 'objection_refused'
        if outk in ('objection_accepted',) and 'accepted' not in T:
            outk = None
        if outk:
            t += timedelta(days=rng.randrange(1, 5), hours=rng.randrange(1, 8))
            flow.append(S(kind=outk, ti=0, platform=plat, round=rnd, when=t))
        flows.append(dict(lang=lang, platform=plat, round=rnd, specs=flow, account=T['persona'][0][1]))
        for i in range(len(T.get('other', []))):
            if big or i == 0:
                S(kind='other_meta', ti=i, platform='facebook', when=t0 + timedelta(days=rng.randrange(-30, 30), hours=3))
        for i in range(len(T.get('unrel', []))):
            if big or i == 0:
                S(kind='unrelated', sub='u', ui=i, when=t0 + timedelta(days=rng.randrange(-20, 20)))
        if 'fwd' in T and (big or li % 2 == 0):
            fr = T['unrel'][0] if T.get('unrel') else ('Friend', 'friend', 'friend@example.net', '')
            S(kind='unrelated', sub='fwd', ti=0, round=rnd, platform=plat, friend=(T['persona'][0][1], fr[1], fr[2]),
              when=t0 + timedelta(days=2), google=(rng.random() < .4))
        if 'news' in T:
            S(kind='unrelated', sub='news', round=rnd, friend=('', T['news_from'][0], T['news_from'][1]) if 'news_from' in T
              else ('', 'Privacy Weekly', 'newsletter@privacyweekly.eu'), when=t0 + timedelta(days=4))
        if big:
            other_plat = plats[(li + 1) % 2]
            # second notice: same round, other platform (two rows); third: other round, same platform
            extra = []
            for ti in range(1, len(T['notice'])):
                p2, r2 = (other_plat, rnd) if ti == 1 else (plat, rounds[(li + 1) % 3])
                u2 = ROUNDS[r2]
                extra.append(S(kind='policy_notice', ti=ti, platform=p2, round=r2,
                               when=utc(u2 - timedelta(days=rng.randrange(3, 25)), rng.randrange(6, 20))))
            flows[-1]['extra'] = extra
            for kk in ('code', 'received', 'accepted', 'refused'):
                for ti in range(1, len(T.get(kk, []))):
                    kind = {'code': 'verification_code', 'received': 'objection_received',
                            'accepted': 'objection_accepted', 'refused': 'objection_refused'}[kk]
                    S(kind=kind, ti=ti, platform=other_plat, round=rnd, pi=min(1, len(T['persona']) - 1),
                      when=t0 + timedelta(days=rng.randrange(2, 12), hours=rng.randrange(24)))
    # fakes: one per language where the ordinal allows, rotating the kinds of forgery
    modes = ['lookalike', 'displayname', 'dmarcfail', 'noauth', 'forged', 'dupfrom']
    fk = ['policy_notice', 'verification_code', 'objection_accepted', 'objection_received', 'objection_refused']
    for li, lang in enumerate(langs):
        T = LANG[lang]
        if li % 2 and lang not in BIG:
            continue
        mode = modes[li % len(modes)]
        kind = fk[li % len(fk)]
        if KEYS[kind] not in T:
            kind = 'policy_notice'
        rnd = ['2027', '2025', '2024'][li % 3]
        s = dict(lang=lang, kind=kind, ti=0, platform=['facebook', 'instagram', 'meta'][li % 3] if kind == 'policy_notice' else 'facebook',
                 round=rnd, when=utc(ROUNDS[rnd] - timedelta(days=rng.randrange(2, 15)), 11), fake=mode,
                 shape=rng.choice(SHAPES), cte_t=rng.choice(CTES), cte_h='quoted-printable', pi=0)
        if mode == 'lookalike':
            s['platform'] = 'meta'
            s['dname'] = 'Meta Privacy'
            s['fake_url'] = f'https://{rng.choice(LOOKALIKE)}/ai/objection?id={rng.randrange(10**6,10**7)}'
        elif mode == 'dupfrom' or li % 4 == 0:
            s['fake_url'] = 'https://www.facebook.com@objection-eu.help/form/' + str(rng.randrange(10**6, 10**7))
        specs.append(s)
    return specs, flows


def simulate(msgs, now):
    """msgs: list of (mailbox, label, when). The contract's status rules, for the expectations."""
    groups = {}
    for mb, lab, when in msgs:
        if not lab['authentic'] or lab['kind'] not in KEYS or lab['kind'] == 'other_meta':
            continue
        groups.setdefault((mb, lab['platform'], lab['account'].lower()), []).append((when, lab))
    rows = []
    for (mb, plat, acct), items in groups.items():
        items.sort(key=lambda x: x[0])
        rounds = {}
        for when, lab in items:
            if lab['kind'] == 'policy_notice' and lab['deadline']:
                rnd = lab['deadline']
            else:
                prev = [l['deadline'] for w, l in items if l['kind'] == 'policy_notice' and l['deadline'] and w < when]
                rnd = prev[-1] if prev else 'unknown'
            rounds.setdefault(rnd, []).append((when, lab))
        for rnd, its in rounds.items():
            state = 'action_needed'
            for when, lab in its:
                k = lab['kind']
                if k == 'policy_notice':
                    continue
                state = {'verification_code': 'code_received', 'objection_received': 'awaiting_answer',
                         'objection_accepted': 'accepted', 'objection_refused': 'refused'}[k]
            dl = None if rnd == 'unknown' else rnd
            days = (date.fromisoformat(dl) - now.date()).days if dl else None
            if state == 'action_needed' and dl and days <= 0:
                state = 'deadline_passed'
            rows.append(dict(mailbox=mb, platform=plat, account=acct, round=rnd, state=state,
                             deadline=dl, days_left=days))
    return rows


def main():
    specs, flows = plan()
    out = ROOT / 'eml'
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    order = list(range(len(specs)))
    rng.shuffle(order)
    rows = [None] * len(specs)
    for pos, si in enumerate(order):
        sp = specs[si]
        sp['file'] = f'eml/b7-{pos + 1:03d}.eml'
    for si, sp in enumerate(specs):
        raw, lab = build_unrel(sp) if sp['kind'] == 'unrelated' else build_meta(sp)
        (ROOT / sp['file']).write_bytes(raw)
        sp['label'] = lab
        rows[order.index(si)] = dict(file=sp['file'], **{k: v for k, v in lab.items() if not k.startswith('_')})
    with open(ROOT / 'manifest.jsonl', 'w') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    scen_dir = ROOT / 'scenarios'
    if scen_dir.exists():
        shutil.rmtree(scen_dir)
    scen_dir.mkdir()
    make_scenarios(specs, flows, scen_dir)
    print(len(rows), 'messages')


def write_scen(d, name, now, items):
    msgs = [(mb, sp['label'], sp['when']) for sp, mb in items]
    exp = simulate(msgs, now)
    doc = {'now': now.isoformat(), 'messages': [{'file': sp['file'], 'mailbox': mb} if mb else sp['file'] for sp, mb in items],
           'expect': [{k: v for k, v in r.items() if k != 'round' or True} for r in exp]}
    for r in doc['expect']:
        if r['mailbox'] is None:
            r['mailbox'] = 'default'
    (d / f'{name}.json').write_text(json.dumps(doc, indent=1, ensure_ascii=False) + '\n')


def make_scenarios(specs, flows, d):
    F = {f['lang']: f for f in flows}

    def at(dt, h=8):
        return datetime(dt.year, dt.month, dt.day, h, 0, tzinfo=timezone.utc)

    def last_when(items):
        return max(sp['when'] for sp, _ in items)

    def flow_items(lang, mb):
        return [(sp, mb) for sp in F[lang]['specs']]
    if 'en' in F:
        it = flow_items('en', 'home')
        write_scen(d, 'en-full-flow', at(last_when(it).date() + timedelta(days=1)), it)
    if 'de' in F:
        it = flow_items('de', None)[:1]
        write_scen(d, 'de-notice-only', at(it[0][0]['when'].date() + timedelta(days=3)), it)
    if 'fr' in F:
        it = flow_items('fr', 'perso')[:1]
        dl = ROUNDS[F['fr']['round']]
        write_scen(d, 'fr-notice-missed', at(dl + timedelta(days=9)), it)
    if 'es' in F:
        it = flow_items('es', 'casa')[::-1]
        write_scen(d, 'es-out-of-order', at(last_when(it).date() + timedelta(days=2), 17), it)
    if 'it' in F:
        it = flow_items('it', 'posta')[:2]
        write_scen(d, 'it-code-received', at(last_when(it).date() + timedelta(days=1)), it)
    if 'nl' in F:
        it = flow_items('nl', None)[:3]
        write_scen(d, 'nl-awaiting', at(last_when(it).date() + timedelta(days=1)), it)
    if 'pl' in F and F['pl'].get('extra'):
        it = flow_items('pl', 'dom')
        it = it[:1] + [(F['pl']['extra'][0], 'dom')] + it[1:]
        write_scen(d, 'pl-two-platforms', at(ROUNDS[F['pl']['round']] - timedelta(days=2)), it)
    if 'en' in F and len(F['en'].get('extra', [])) > 1:
        it = flow_items('en', 'pessoal') + [(F['en']['extra'][1], 'pessoal')]
        write_scen(d, 'en-new-round', at(last_when(it).date() + timedelta(days=1)), it)
    fakes = [s for s in specs if s.get('fake') and s['kind'] == 'objection_accepted' and s['lang'] in F]
    if fakes:
        fs = fakes[0]
        it = flow_items(fs['lang'], 'main')[:1] + [(fs, 'main')]
        write_scen(d, f'{fs["lang"]}-fake-acceptance', at(max(last_when(it).date(), it[0][0]['when'].date()) + timedelta(days=1)), it)
    if 'en' in F:
        it = flow_items('en', None)[2:]
        write_scen(d, 'en-answer-without-notice', at(last_when(it).date() + timedelta(days=1)), it)
    for lang in ('ga', 'mt', 'bg', 'is', 'el'):
        if lang in F:
            it = flow_items(lang, None)
            write_scen(d, f'{lang}-full-flow', at(last_when(it).date() + timedelta(days=1), 20), it)
    if 'sv' in F:
        it = flow_items('sv', None)[:1]
        write_scen(d, 'sv-deadline-day', at(ROUNDS[F['sv']['round']], 10), it)
    if 'de' in F:
        it = [(F['de']['specs'][0], 'arbeit')] + flow_items('de', 'privat')
        write_scen(d, 'de-two-mailboxes', at(last_when(it).date() + timedelta(days=1)), it)


if __name__ == '__main__':
    main()
