# -*- coding: utf-8 -*-
"""Low-level helpers for batch3: encoders, MIME assembly, link wrappers, trace headers."""
import base64
import datetime as dt
import html
import random
import string
import urllib.parse as up
import uuid
from email.utils import format_datetime

rng = random.Random(3_2026_1216)
SOFT = '\x01'            # forced quoted-printable soft line break
ALNUM = string.ascii_letters + string.digits


def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def ralnum(n):
    return ''.join(rng.choice(ALNUM) for _ in range(n))


def rb64(n):
    return ''.join(rng.choice(ALNUM + '+/') for _ in range(n))


def rdigits(n, first_nonzero=True):
    s = ''.join(rng.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128)))


# ------------------------------------------------------------------ encoders
ASCII_FALLBACK = {'’': "'", '‘': "'", '“': '"', '”': '"', '„': '"', '–': '-', '—': '-', '…': '...',
                  '\u00a0': ' ', '«': '"', '»': '"', '·': '-', '©': '(c)', '→': '->', '€': 'EUR'}


def fit_charset(text, charset):
    """Replace characters the charset cannot carry (only typographic ones)."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in ASCII_FALLBACK:
                out.append(ASCII_FALLBACK[ch])
            else:
                raise ValueError(f'{ch!r} not encodable in {charset}')
    return ''.join(out)


def qp_encode(text, charset, maxlen=76, html_part=False):
    out_lines = []
    for hard in text.split('\n'):
        toks = []
        for ch in hard:
            if ch == SOFT:
                toks.append(None)
                continue
            try:
                b = ch.encode(charset)
            except UnicodeEncodeError:
                if not html_part:
                    raise
                b = ('&#%d;' % ord(ch)).encode('ascii')
            for byte in b:
                c = chr(byte)
                if (33 <= byte <= 126 and c != '=') or c == ' ':
                    toks.append(c)
                else:
                    toks.append('=%02X' % byte)
        line = ''
        for t in toks:
            if t is None:
                out_lines.append(line + '=')
                line = ''
                continue
            if len(line) + len(t) > maxlen - 1:
                out_lines.append(line + '=')
                line = ''
            line += t
        if line.endswith(' '):
            line = line[:-1] + '=20'
        out_lines.append(line)
    return '\n'.join(out_lines)


def encode_body(text, charset, cte, qpmax=76, html_part=False):
    if cte == 'qp':
        return qp_encode(text, charset, qpmax, html_part).encode('ascii') + b'\n'
    plain = text.replace(SOFT, '')
    errors = 'xmlcharrefreplace' if html_part else 'strict'
    raw = plain.encode(charset, errors)
    if cte == 'b64':
        return base64.encodebytes(raw)
    if cte == '7bit':
        raw.decode('ascii')
    return raw + (b'' if raw.endswith(b'\n') else b'\n')


CTE_NAME = {'qp': 'quoted-printable', 'b64': 'base64', '8bit': '8bit', '7bit': '7bit'}


def leaf(sub, text, charset, cte, qpmax=76, style=0, extra=()):
    if style == 0:
        ct = f'Content-Type: text/{sub}; charset="{charset}"'
    elif style == 1:
        ct = f'Content-Type: text/{sub}; charset={charset.upper()}'
    else:
        ct = f'Content-Type: text/{sub};\n\tcharset="{charset}"'
    hdrs = [ct, f'Content-Transfer-Encoding: {CTE_NAME[cte]}'] + list(extra)
    return hdrs, encode_body(text, charset, cte, qpmax, html_part=(sub == 'html'))


def multipart(sub, parts, boundary, preamble=None):
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n\n'
    for h, b in parts:
        body += b'--' + boundary.encode() + b'\n' + '\n'.join(h).encode('ascii') + b'\n\n' + b
        if not body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    return [f'Content-Type: multipart/{sub};\n boundary="{boundary}"'], body


def ew(s, charset='utf-8', mode='B', maxw=75):
    """RFC 2047 encoded words, folded, never splitting a character."""
    if all(ord(c) < 128 for c in s) and '=?' not in s:
        return s
    prefix = f'=?{charset}?{mode}?'

    def enc(chunk):
        b = chunk.encode(charset)
        if mode == 'B':
            return prefix + base64.b64encode(b).decode() + '?='
        q = ''
        for ch in chunk:
            if ch == ' ':
                q += '_'
            elif ord(ch) < 128 and (ch.isalnum() or ch in '!*+-/'):
                q += ch
            else:
                q += ''.join('=%02X' % x for x in ch.encode(charset))
        return prefix + q + '?='

    words, cur = [], ''
    for ch in s:
        if cur and len(enc(cur + ch)) > maxw:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return '\n '.join(words)


def addr_hdr(display, addr, charset='utf-8', mode='Q'):
    if display is None:
        return addr
    if all(ord(c) < 128 for c in display):
        if any(c in display for c in ',.;:@()<>[]"'):
            return f'"{display}" <{addr}>'
        return f'{display} <{addr}>'
    return f'{ew(display, charset, mode)} <{addr}>'


def rfcdate(t):
    return format_datetime(t)


def esc(s):
    return html.escape(s, quote=False)


def escq(s):
    return html.escape(s, quote=True)


# ------------------------------------------------------------------ link wrappers
def q(url):
    return up.quote(url, safe='')


def wrap_link(target, how, rcpt=''):
    if how in (None, 'none'):
        return target
    if how == 'fb':
        return f'https://l.facebook.com/l.php?u={q(target)}&h=AT{ralnum(30)}&s=1'
    if how == 'lm':
        return f'https://lm.facebook.com/l.php?u={q(target)}&h=AT{ralnum(28)}&enc=AZ{ralnum(12)}&s=1'
    if how == 'ig':
        return f'https://l.instagram.com/?u={q(target)}&e=AT{ralnum(26)}&s=1'
    if how == 'safelinks':
        return safelinks(target, rcpt)
    if how == 'safelinks_fb':
        return safelinks(wrap_link(target, 'fb'), rcpt)
    if how == 'pp3':
        return f'https://urldefense.com/v3/__{target}__;!!{ralnum(8)}!{ralnum(40)}$'
    if how == 'pp2':
        u = target.replace('-', '--').replace('_', '__')
        u = ''.join('-%02X' % ord(c) if c in ':?=&%+#' else c for c in u).replace('/', '_')
        return (f'https://urldefense.proofpoint.com/v2/url?u={u}&d=DwMF{ralnum(2)}&c={ralnum(20)}'
                f'&r={ralnum(43)}&m={ralnum(43)}&s={ralnum(43)}&e=')
    if how == 'barracuda':
        return f'https://linkprotect.cudasvc.com/url?a={q(target).lower()}&c=E,1,{ralnum(40)},{ralnum(40)}&typo=1'
    if how == 'google':
        return f'https://www.google.com/url?q={target}&source=gmail&ust={rdigits(16)}&usg=AOvVaw{ralnum(22)}'
    if how == 'mimecast':
        host = up.urlparse(target).hostname
        return f'https://protect-eu.mimecast.com/s/{ralnum(22)}?domain={host}'
    raise ValueError(how)


def safelinks(target, rcpt):
    data = q(f'05|02|{rcpt}|{rhex(32)}|{ruuid()}|0|0|{rdigits(18)}|Unknown|TWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9|0|||')
    return (f'https://eur02.safelinks.protection.outlook.com/?url={q(target)}&data={data}'
            f'&sdata={q(rb64(43) + "=")}&reserved=0')


# ------------------------------------------------------------------ trace headers
FB_IPS = ['69.171.232.%d' % i for i in (128, 130, 131, 136, 143, 145, 147)] + \
         ['66.220.155.%d' % i for i in (136, 148, 155, 160, 178)] + \
         ['66.220.144.%d' % i for i in (143, 153, 155, 180)]


def meta_src(mailfrom):
    ip = rng.choice(FB_IPS)
    helo = ip.replace('.', '-') + '.mail-mail.facebook.com'
    return dict(ip=ip, helo=helo, mf=mailfrom)


def other_src(helo, ip, mailfrom):
    return dict(ip=ip, helo=helo, mf=mailfrom)


def _pdt(t):
    off = -7 if 3 <= t.month <= 10 else -8
    tz = dt.timezone(dt.timedelta(hours=off))
    lt = t.astimezone(tz)
    return format_datetime(lt) + (' (PDT)' if off == -7 else ' (PST)')


def _utc(t, suffix=' (UTC)'):
    return format_datetime(t.astimezone(dt.timezone.utc)).replace('-0000', '+0000') + suffix


def _local(t, hours, label=''):
    tz = dt.timezone(dt.timedelta(hours=hours))
    return format_datetime(t.astimezone(tz)) + (f' ({label})' if label else '')


def eu_local(t, base):
    """Local time with EU daylight saving (last Sunday of March to last Sunday of October)."""
    if base is None:
        return _local(t, 0)
    y = t.year
    def last_sun(m):
        d0 = dt.date(y, m, 31)
        return d0 - dt.timedelta(days=(d0.weekday() + 1) % 7)
    summer = last_sun(3) <= t.date() < last_sun(10)
    return _local(t, base + (1 if summer else 0))


def _cet(t):
    summer = 4 <= t.month <= 10 or (t.month == 3 and t.day > 28)
    return _local(t, 2 if summer else 1, 'CEST' if summer else 'CET')


META_POLICY = {'facebookmail.com', 'support.facebook.com', 'mail.instagram.com', 'meta.com', 'whatsapp.com',
               'instagram.com', 'facebook.com'}


def policy(fd):
    return 'REJECT' if fd in META_POLICY or fd.endswith('.facebook.com') else 'NONE'


def verdict_gmail(v):
    out = []
    for res, d, sel in v['dkim']:
        out.append(f'dkim={res} header.i=@{d} header.s={sel} header.b={rb64(8)};')
    mf, ip = v['mf'], v['ip']
    if v['spf'] == 'pass':
        out.append(f'spf=pass (google.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf};')
    elif v['spf'] == 'softfail':
        out.append(f'spf=softfail (google.com: domain of transitioning {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf};')
    else:
        out.append(f'spf=fail (google.com: domain of {mf} does not designate {ip} as permitted sender) smtp.mailfrom={mf};')
    p = policy(v['fd'])
    dis = 'NONE' if v['dmarc'] == 'pass' else ('QUARANTINE' if p == 'REJECT' else 'NONE')
    sp = p if p == 'REJECT' else 'QUARANTINE'
    out.append(f'dmarc={v["dmarc"]} (p={p} sp={sp} dis={dis}) header.from={v["fd"]}')
    return '\n       '.join(out)


def trace_gmail(acct, v, t):
    a = acct['addr']
    t1, t2 = t, t + dt.timedelta(seconds=1)
    ver = verdict_gmail(v)
    return [
        f'Delivered-To: {a}',
        f'Received: by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rb64(4).lower()}{rdigits(3)}csp{rdigits(7)}{ralnum(3).lower()};\n        {_pdt(t2)}',
        f'X-Google-Smtp-Source: AGHT+I{rb64(70)}',
        f'X-Received: by 2002:a17:90b:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(20).lower()}.{rdigits(2)}.{rdigits(10)};\n        {_pdt(t2)}',
        f'ARC-Seal: i=1; a=rsa-sha256; t={int(t1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(64)}\n         {rb64(64)}\n         {rb64(40)}==',
        f'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(64)}\n         {rb64(40)}==',
        f'ARC-Authentication-Results: i=1; mx.google.com;\n       {ver}',
        f'Return-Path: <{v["mf"]}>',
        f'Received: from {v["helo"]} ({v["helo"]}. [{v["ip"]}])\n        by mx.google.com with ESMTPS id {ralnum(20).lower()}.{rdigits(3)}.{rdigits(4)}.{rdigits(4)}.{rdigits(2)}\n        for <{a}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {_pdt(t1)}',
        f'Received-SPF: {v["spf"]} (google.com: domain of {v["mf"]} {"designates" if v["spf"]=="pass" else "does not designate"} {v["ip"]} as permitted sender) client-ip={v["ip"]};',
        f'Authentication-Results: mx.google.com;\n       {ver}',
    ]


def verdict_ms(v):
    mfd = v['mf'].split('@')[1]
    if v['spf'] == 'pass':
        spf = f'spf=pass (sender IP is {v["ip"]})\n smtp.mailfrom={mfd};'
    else:
        spf = f'spf={"softfail" if v["spf"]=="softfail" else "fail"} (sender IP is {v["ip"]})\n smtp.mailfrom={mfd};'
    if v['dkim']:
        res, d, _ = v['dkim'][0]
        dk = f' dkim={res} (signature was verified)\n header.d={d};' if res == 'pass' else f' dkim=fail (body hash did not verify)\n header.d={d};'
    else:
        dk = ' dkim=none (message not signed)\n header.d=none;'
    if v['dmarc'] == 'pass':
        dm = f'dmarc=pass action=none\n header.from={v["fd"]};compauth=pass reason=100'
    else:
        act = 'oreject' if policy(v['fd']) == 'REJECT' else 'none'
        dm = f'dmarc=fail action={act}\n header.from={v["fd"]};compauth=fail reason=000'
    return f'{spf}{dk}{dm}'


def trace_ms(acct, v, t, tenant='eurprd04'):
    a = acct['addr']
    n = lambda: f'{ralnum(2).upper()}{rdigits(1)}PR{rdigits(2)}MB{rdigits(4)}'
    mbx, fe, eop = n(), f'DU2PR04CA{rdigits(4)}', f'DU2PEPF0002{rhex(4).upper()}'
    t0, t1, t2, t3 = t, t + dt.timedelta(seconds=1), t + dt.timedelta(seconds=2), t + dt.timedelta(seconds=3)
    return [
        f'Received: from {mbx}.{tenant}.prod.outlook.com (2603:10a6:20b:{rhex(3)}::{rhex(2)})\n by {n()}.{tenant}.prod.outlook.com with HTTPS; {_local(t3, 0)}',
        f'Received: from {fe}.{tenant}.prod.outlook.com (2603:10a6:10:{rhex(3)}::{rhex(2)})\n by {mbx}.{tenant}.prod.outlook.com (2603:10a6:20b:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rdigits(4)}.{rdigits(2)}; {_local(t2, 0)}',
        f'Received: from {eop}.eurprd03.prod.outlook.com\n (2603:10a6:10:{rhex(3)}:cafe::{rhex(2)}) by {fe}.outlook.office365.com\n (2603:10a6:10:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rdigits(4)}.{rdigits(2)} via Frontend Transport; {_local(t1, 0)}',
        f'Authentication-Results: {verdict_ms(v)}',
        f'Received-SPF: {"Pass" if v["spf"]=="pass" else "Fail"} (protection.outlook.com: domain of {v["mf"].split("@")[1]}\n {"designates" if v["spf"]=="pass" else "does not designate"} {v["ip"]} as permitted sender)\n receiver=protection.outlook.com; client-ip={v["ip"]};\n helo={v["helo"]}; pr=C',
        f'Received: from {v["helo"]} ({v["ip"]}) by\n {eop}.mail.protection.outlook.com (10.167.{rng.randint(0,255)}.{rng.randint(2,250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rdigits(4)}.{rdigits(2)}\n via Frontend Transport; {_local(t0, 0)}',
    ]


MS_BELOW = lambda t: [
    'X-MS-Exchange-Organization-ExpirationStartTime: ' + t.astimezone(dt.timezone.utc).strftime('%d %b %Y %H:%M:%S.') + rdigits(7, False) + ' +0000',
    'X-MS-Exchange-Organization-AuthSource: DU2PEPF0002' + rhex(4).upper() + '.eurprd03.prod.outlook.com',
    'X-MS-Exchange-Organization-AuthAs: Anonymous',
    'X-MS-Exchange-Organization-SCL: 1',
    f'X-Microsoft-Antispam: BCL:0;ARA:{rdigits(8)}|{rdigits(8)};',
]


def trace_icloud(acct, v, t):
    a = acct['addr']
    pod = rng.choice(['us-west-2a', 'us-east-1c', 'us-central-1k'])
    n = rng.randint(10, 60)
    smtpin = f'p00-icloudmta-smtpin-{pod}-100-percent-{n}'
    fq = f'{smtpin}.p00-icloudmta-smtpin-vip.icloud-mail-production.svc.kube.{pod}.k8s.cloud.apple.com'
    dk = v['dkim'][0] if v['dkim'] else None
    hdrs = [
        f'Return-Path: <{v["mf"]}>',
        f'Original-recipient: rfc822;{a}',
        f'Received: from {smtpin} by p{rng.randint(100,140)}-mailgateway-smtpin-{ralnum(5).lower()} (mailgateway 2513B25)\n\twith SMTP id {ruuid()}\n\tfor <{a}>; {format_datetime((t+dt.timedelta(seconds=1)).astimezone(dt.timezone.utc), usegmt=True)}',
        f'Received: from {v["helo"]} ({v["helo"]} [{v["ip"]}])\n\tby {fq} (Postfix) with ESMTPS id {rhex(11).upper()}\n\tfor <{a}>; {_utc(t)}',
        f'X-ICL-Score: 3.{rdigits(9)}',
        f'X-ICL-Info: {rb64(60)}',
        'Authentication-Results: bimi.icloud.com; bimi=none' if v['dmarc'] == 'pass' else 'Authentication-Results: bimi.icloud.com; bimi=skipped reason="insufficient dmarc"',
        'Authentication-Results: arc.icloud.com; arc=none',
        f'Authentication-Results: dmarc.icloud.com; dmarc={v["dmarc"]} header.from={v["fd"]}',
        f'X-DMARC-Info: pass={v["dmarc"]}; dmarc-policy={policy(v["fd"]).lower()}; s=r1; d=r1; pdomain={v["fd"]}',
    ]
    if dk:
        hdrs.append(f'Authentication-Results: dkim-verifier.icloud.com; dkim={dk[0]} (1024-bit key) header.d={dk[1]} header.i=@{dk[1]} header.b={rb64(8)}')
    else:
        hdrs.append('Authentication-Results: dkim-verifier.icloud.com; dkim=none')
    hdrs += [
        f'Authentication-Results: spf.icloud.com; spf={v["spf"]} (spf.icloud.com: domain of {v["mf"]} {"designates" if v["spf"]=="pass" else "does not designate"} {v["ip"]} as permitted sender) smtp.mailfrom={v["mf"]}',
        f'Received-SPF: {v["spf"]} (spf.icloud.com: domain of {v["mf"]} {"designates" if v["spf"]=="pass" else "does not designate"} {v["ip"]} as permitted sender) receiver=spf.icloud.com; client-ip={v["ip"]}; helo={v["helo"]}; envelope-from={v["mf"]}',
    ]
    return hdrs


def trace_yahoo(acct, v, t):
    a = acct['addr']
    dk = ''.join(f'\n dkim={r} header.i=@{d} header.s={s};' for r, d, s in v['dkim'])
    mfd = v['mf'].split('@')[1]
    return [
        f'X-Apparently-To: {a}; {_local(t, 0)}',
        f'Return-Path: <{v["mf"]}>',
        f'Received-SPF: {v["spf"]} (domain of {mfd} {"designates" if v["spf"]=="pass" else "does not designate"} {v["ip"]} as permitted sender)',
        f'X-YMailISG: {ralnum(60)}',
        f'X-Originating-IP: [{v["ip"]}]',
        f'Authentication-Results: atlas-production.v2.mail.yahoo.com;{dk}\n spf={v["spf"]} smtp.mailfrom={mfd};\n dmarc={v["dmarc"]}(p={policy(v["fd"])}) header.from={v["fd"]};',
        f'Received: from 127.0.0.1 (EHLO {v["helo"]}) ({v["ip"]})\n by mta{rng.randint(4000,4099)}.mail.ir2.yahoo.com with SMTPS; {_local(t, 0)}',
    ]


def trace_gmx(acct, v, t, web=False):
    a = acct['addr']
    dom = 'web.de' if web else 'gmx.net'
    mx = f'mx-ha.{dom}'
    node = f'mxweb{rng.randint(100,120)} [212.227.15.{rng.randint(2,40)}]' if web else f'mxgmx{rng.randint(100,120)} [212.227.17.{rng.randint(2,40)}]'
    if v['dkim']:
        r, d, _ = v['dkim'][0]
        ar = f'Authentication-Results: {dom}; dkim={r} header.i=@{d}'
    else:
        ar = f'Authentication-Results: {dom}; dkim=none'
    return [
        f'Return-Path: <{v["mf"]}>',
        f'Envelope-To: <{a}>',
        f'X-UI-Filterresults: notjunk:1;V03:K0:{rb64(11)}=:{rb64(40)}',
        ar,
        f'Received: from {v["helo"]} ([{v["ip"]}]) by {mx}\n ({node}) with ESMTPS (Nemesis) id 1M{ralnum(5)}-1p{ralnum(10)}-00{ralnum(4)} for\n <{a}>; {_cet(t).rsplit(" (", 1)[0]}',
    ]


def trace_fastmail(acct, v, t):
    a = acct['addr']
    mx = f'mx{rng.randint(1,6)}.messagingengine.com'
    dk_lines = []
    for r, d, s in v['dkim']:
        dk_lines.append(f'dkim={r} (1024-bit rsa key sha256) header.d={d}\n      header.i=@{d} header.b={rb64(8)} header.a=rsa-sha256\n      header.s={s} x-bits=1024;')
    if not dk_lines:
        dk_lines.append('dkim=none (no signatures found);')
    p = policy(v['fd']).lower()
    dm = (f'dmarc={v["dmarc"]} policy.published-domain-policy={p}\n      policy.applied-disposition=none policy.evaluated-disposition=none\n'
          f'      (p={p},d=none,d.eval=none) policy.policy-from=p\n      header.from={v["fd"]};')
    rest = f'iprev=pass smtp.remote-ip={v["ip"]} ({v["helo"]});\n    spf={v["spf"]} smtp.mailfrom={v["mf"]}\n      smtp.helo={v["helo"]}'
    main = '\n    '.join(dk_lines) + '\n    ' + dm + '\n    ' + rest
    ts = _local(t, -4 if 3 <= t.month <= 10 else -5, 'EDT' if 3 <= t.month <= 10 else 'EST')
    cn = rng.randint(1, 8)
    slot = f'sloti{rng.randint(10,60)}n{rng.randint(1,20)}'
    fm = rng.randint(1, 3)
    return [
        f'Return-Path: <{v["mf"]}>',
        f'Received: from compute{cn}.internal (compute{cn}.nyi.internal [10.202.2.{40+cn}])\n\t by {slot} (Cyrus 3.11.0-alpha0-{rng.randint(100,999)}-g{rhex(8)}) with LMTPA;\n\t {ts}',
        f'X-Cyrus-Session-Id: {slot}-{int(t.timestamp())}-{rdigits(6)}-2-{rdigits(19)}',
        'X-Sieve: CMU Sieve 3.0',
        'X-Spam-known-sender: no',
        'X-Spam-score: 0.0',
        f'Received: from {mx} ([10.202.2.{rng.randint(200,210)}])\n  by compute{cn}.internal (LMTPProxy); {ts}',
        f'Received: from {mx} (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{a}>; {ts}',
        f'Received: from {mx} (localhost [127.0.0.1])\n    by {mx} (Authentication Milter) with ESMTP\n    id {rhex(10).upper()}.{rhex(8).upper()};\n    {ts}',
        f'ARC-Seal: i=1; a=rsa-sha256; cv=none; d=messagingengine.com; s=fm{fm}; t={int(t.timestamp())};\n    b={rb64(70)}\n     {rb64(60)}==',
        f'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=\n    messagingengine.com; h=date:from:message-id:mime-version:subject:to;\n    s=fm{fm}; t={int(t.timestamp())}; bh={rb64(43)}=; b={rb64(60)}\n     {rb64(40)}==',
        f'ARC-Authentication-Results: i=1; {mx};\n    x-csa=none;\n    x-me-sender=none;\n    x-ptr=pass smtp.helo={v["helo"]} policy.ptr={v["helo"]};\n    bimi=none (No BIMI records found);\n    arc=none (no signatures found);\n    {main}',
        f'Authentication-Results: {mx};\n    x-csa=none;\n    x-me-sender=none;\n    x-ptr=pass smtp.helo={v["helo"]}\n      policy.ptr={v["helo"]}',
        f'Authentication-Results: {mx};\n    bimi=none (No BIMI records found)',
        f'Authentication-Results: {mx};\n    arc=none (no signatures found)',
        f'Authentication-Results: {mx};\n    {main}',
        f'X-ME-VSCause: gggruggvucftvghtrhhoucdtuddrgeef{ralnum(20).lower()}',
        'X-ME-VSScore: 0',
        'X-ME-VSCategory: clean',
        f'Received-SPF: {v["spf"]}\n    ({v["mf"].split("@")[1]}: {"Sender is authorized to use" if v["spf"]=="pass" else "Sender is not authorized to use"} \'{v["mf"]}\' in \'mfrom\' identity (mechanism \'ip4:{v["ip"].rsplit(".",1)[0]}.0/24\' matched))\n    receiver={mx};\n    identity=mailfrom;\n    envelope-from="{v["mf"]}";\n    helo={v["helo"]};\n    client-ip={v["ip"]}',
        f'Received: from {v["helo"]} ({v["helo"]} [{v["ip"]}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS\n\tfor <{a}>; {ts}',
    ]


def _rspamd_ar(host, v):
    parts = []
    for r, d, s in v['dkim']:
        parts.append(f'dkim={r} header.d={d} header.s={s} header.b={rb64(8)}')
    if not v['dkim']:
        parts.append('dkim=none')
    pol = 'reject' if policy(v['fd']) == 'REJECT' else 'none'
    parts.append(f'dmarc={v["dmarc"]} (policy={pol}) header.from={v["fd"]}')
    verb = 'designates' if v['spf'] == 'pass' else 'does not designate'
    parts.append(f'spf={v["spf"]} ({host}: domain of {v["mf"]} {verb} {v["ip"]} as permitted sender) smtp.mailfrom={v["mf"]}')
    return f'Authentication-Results: {host};\n\t' + ';\n\t'.join(parts)


def trace_rspamd(acct, v, t, host=None, tzh=1, with_ar=True):
    a = acct['addr']
    host = host or acct.get('mx') or 'mail.' + a.split('@')[1]
    ts = eu_local(t, tzh) if tzh else _local(t, 0)
    hdrs = [
        f'Return-Path: <{v["mf"]}>',
        f'Delivered-To: {a}',
        f'Received: from {host}\n\tby {host} with LMTP\n\tid {ralnum(22)}\n\t(envelope-from <{v["mf"]}>)\n\tfor <{a}>; {ts}',
    ]
    if with_ar:
        hdrs += [
            _rspamd_ar(host, v),
            'X-Rspamd-Server: ' + host.split('.')[0],
            f'X-Rspamd-Queue-Id: {rhex(10).upper()}',
            f'X-Spamd-Result: default: False [-{rng.randint(1,4)}.{rdigits(2)} / 15.00];\n\tDMARC_POLICY_{"ALLOW" if v["dmarc"]=="pass" else "REJECT"}(-0.50)[{v["fd"]},{"reject" if policy(v["fd"])=="REJECT" else "none"}];\n\tR_SPF_ALLOW(-0.20)[+ip4:{v["ip"].rsplit(".",1)[0]}.0/24];\n\tMIME_GOOD(-0.10)[multipart/alternative,text/plain];\n\tASN(0.00)[asn:32934, ipnet:{v["ip"].rsplit(".",1)[0]}.0/24, country:US]',
        ]
    hdrs.append(f'Received: from {v["helo"]} ({v["helo"]} [{v["ip"]}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby {host} (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{a}>; {ts}')
    return hdrs


def trace_opendmarc(acct, v, t, tzh=1):
    """Generic provider: Postfix + OpenDKIM/OpenDMARC, one header per method above the entry hop."""
    a = acct['addr']
    dom = a.split('@')[1]
    mx = acct.get('mx') or f'mx{rng.randint(1,3)}.{dom}'
    ts = eu_local(t, tzh)
    dk = v['dkim'][0] if v['dkim'] else None
    pol = policy(v['fd']).lower()
    hdrs = [
        f'Return-Path: <{v["mf"]}>',
        f'X-Original-To: {a}',
        f'Delivered-To: {a}',
        f'Authentication-Results: {dom}; dmarc={v["dmarc"]} (p={pol} dis=none) header.from={v["fd"]}',
    ]
    if dk:
        hdrs.append(f'Authentication-Results: {dom};\n\tdkim={dk[0]} (1024-bit key) header.d={dk[1]} header.i=@{dk[1]} header.b="{rb64(8)}"')
    hdrs.append(f'Authentication-Results: {dom}; spf={v["spf"]} smtp.mailfrom={v["mf"].split("@")[1]}')
    hdrs.append(f'Received: from {v["helo"]} ({v["helo"]} [{v["ip"]}])\n\tby {mx} (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{a}>; {ts}')
    return hdrs


def trace_posteo(acct, v, t):
    a = acct['addr']
    ts = _cet(t)
    dk = v['dkim'][0] if v['dkim'] else None
    mxn = rng.randint(1, 4)
    hdrs = [
        f'Return-Path: <{v["mf"]}>',
        f'Delivered-To: {a}',
        f'Received: from proxy02.posteo.de ([127.0.0.1])\n\tby dovecot{rng.randint(10,30)}.posteo.de (Dovecot) with LMTP id {ralnum(22)}\n\tfor <{a}>; {ts}',
        f'Received: from proxy02.posteo.de ([127.0.0.1])\n\tby proxy02.posteo.de (Dovecot) with LMTP id {ralnum(22)}\n\tfor <{a}>; {ts}',
        f'Authentication-Results: posteo.de; dmarc={v["dmarc"]} (p={policy(v["fd"]).lower()} dis=none) header.from={v["fd"]}',
        f'Authentication-Results: posteo.de; spf={v["spf"]} smtp.mailfrom={v["mf"].split("@")[1]}',
    ]
    if dk:
        hdrs.append(f'Authentication-Results: posteo.de;\n\tdkim={dk[0]} (1024-bit key) header.d={dk[1]} header.i=@{dk[1]} header.b="{rb64(8)}"')
    hdrs += [
        'X-Virus-Scanned: amavisd-new at posteo.de',
        'X-Spam-Flag: NO',
        f'X-Spam-Score: -0.{rdigits(1)}',
        'X-Spam-Level: ',
        f'X-Spam-Status: No, score=-0.{rdigits(1)} tagged_above=-1000 required=8',
        f'Received: from mx0{mxn}.posteo.de (mx0{mxn}.posteo.de [185.67.36.{60+mxn}])\n\tby proxy02.posteo.de (Postfix) with ESMTPS id 4{ralnum(9)}\n\tfor <{a}>; {ts}',
        f'Received: from {v["helo"]} ({v["helo"]} [{v["ip"]}])\n\tby mx0{mxn}.posteo.de (Postfix) with ESMTPS id 4{ralnum(9)}\n\tfor <{a}>; {ts}',
    ]
    return hdrs


def trace_mailboxorg(acct, v, t):
    a = acct['addr']
    ts = _cet(t)
    return [
        f'Return-Path: <{v["mf"]}>',
        f'Delivered-To: {a}',
        f'Received: from mbx-ld-{rng.randint(1,9):02d}.mailbox.org ([10.196.8.{rng.randint(10,90)}])\n\tby imap-ld-{rng.randint(1,9):02d}.mailbox.org with LMTPS\n\tid {ralnum(22)}; {ts}',
        _rspamd_ar('mx1.mailbox.org', v),
        f'X-Rspamd-Queue-Id: {rhex(10).upper()}',
        'X-MBO-RS-ID: ' + rhex(20),
        f'Received: from {v["helo"]} ({v["helo"]} [{v["ip"]}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mx1.mailbox.org (Postfix) with ESMTPS id 4{ralnum(9)}\n\tfor <{a}>; {ts}',
    ]


def trace_plain(acct, v, t, tzh=0):
    """A self-hosted Postfix with no authentication milter: no verdict at all."""
    a = acct['addr']
    host = acct.get('mx') or 'mail.' + a.split('@')[1]
    ts = _local(t, tzh)
    return [
        f'Return-Path: <{v["mf"]}>',
        f'X-Original-To: {a}',
        f'Delivered-To: {a}',
        f'Received: from {v["helo"]} ({v["helo"]} [{v["ip"]}])\n\tby {host} (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{a}>; {ts}',
    ]


def trace_for(acct, v, t):
    p = acct['prov']
    if p == 'gmail':
        return trace_gmail(acct, v, t)
    if p in ('outlook', 'm365'):
        return trace_ms(acct, v, t)
    if p == 'icloud':
        return trace_icloud(acct, v, t)
    if p == 'yahoo':
        return trace_yahoo(acct, v, t)
    if p == 'gmx':
        return trace_gmx(acct, v, t)
    if p == 'webde':
        return trace_gmx(acct, v, t, web=True)
    if p == 'fastmail':
        return trace_fastmail(acct, v, t)
    if p == 'posteo':
        return trace_posteo(acct, v, t)
    if p == 'mailboxorg':
        return trace_mailboxorg(acct, v, t)
    if p == 'rspamd':
        return trace_rspamd(acct, v, t, tzh=acct.get('tz', 1))
    if p == 'generic':
        return trace_opendmarc(acct, v, t, tzh=acct.get('tz', 1))
    if p == 'plain':
        return trace_plain(acct, v, t, tzh=acct.get('tz', 0))
    raise ValueError(p)


def meta_sender_headers(dkim_d, t, mailfrom):
    return [
        f'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d={dkim_d};\n\ts=s1024-2013-q3; t={int(t.timestamp())};\n\tbh={rb64(43)}=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type;\n\tb={rb64(64)}\n\t {rb64(64)}\n\t {rb64(44)}',
        f'Received: from facebook.com ({ralnum(64)} 2401:db00:{rhex(4)}:{rhex(4)}:face:0:{rng.randint(1,99)}:0)\n by facebook.com with Thrift id {rhex(32)}-{rdigits(1)}; {format_datetime(t)}',
    ]
