"""Delivery header chains (Received / Authentication-Results) as various receiving providers write them."""
from email.utils import format_datetime
import datetime as dt

def _d(t):
    return format_datetime(t)

def _ar_body(v, style):
    """v: dict dkim=(res, d) spf=(res, mailfrom domain) dmarc=(res, from domain)."""
    parts = []
    if v.get('dkim'):
        r, d = v['dkim']
        parts.append('dkim=%s header.i=@%s header.s=s1024-2013-q3 header.b=%s' % (r, d, v['b'][:8]))
    else:
        parts.append('dkim=none')
    r, d = v.get('spf', ('pass', 'facebookmail.com'))
    parts.append('spf=%s smtp.mailfrom=%s' % (r, d))
    if v.get('dmarc'):
        r, d = v['dmarc']
        pol = '(p=REJECT sp=REJECT dis=%s)' % ('NONE' if r == 'pass' else 'REJECT') if style == 'google' else '(p=reject dis=none)'
        parts.append('dmarc=%s %s header.from=%s' % (r, pol, d))
    if v.get('arc'):
        parts.append('arc=%s' % v['arc'])
    return parts

def chain(provider, rnd, when, sender_host, sender_ip, mailfrom, to, v, forged=None):
    """Return list of header lines, top first. v None: the receiving server writes no verdict.
    forged: an Authentication-Results line the sender wrote (placed below the entry hop)."""
    t0 = when + dt.timedelta(seconds=rnd.randint(2, 40))
    t1 = t0 + dt.timedelta(seconds=rnd.randint(1, 3))
    hx = lambda n: ''.join(rnd.choice('0123456789abcdef') for _ in range(n))
    H = []
    fw = forged and ['Authentication-Results: %s' % forged] or []
    def ar(authserv, sep=';\n\t'):
        if v is None:
            return []
        return ['Authentication-Results: %s;\n\t%s' % (authserv, sep.join(_ar_body(v, 'other')))]
    if provider == 'gmail':
        H += ['Delivered-To: %s' % to,
              'Received: by 2002:a05:6022:%s:b0:%s:%s:%s with SMTP id %scsp%d;\n        %s' % (hx(3), hx(3), hx(4), hx(4), hx(3), rnd.randint(100000, 999999), _d(t1)),
              'X-Google-Smtp-Source: AGHT+I%s' % hx(40),
              'X-Received: by 2002:a17:907:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%s;\n        %s' % (hx(4), hx(3), hx(3), hx(4), hx(12), hx(6), rnd.randint(10, 99), hx(2), _d(t1)),
              'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(t0.timestamp()), hx(60)),
              'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh=%s=;\n        b=%s' % (hx(40), hx(60))]
        if v is not None:
            H.append('ARC-Authentication-Results: i=1; mx.google.com;\n       ' + ';\n       '.join(_ar_body(v, 'google')))
        H += ['Return-Path: <%s>' % mailfrom,
              'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s'
              % (sender_host, sender_host, sender_ip, hx(20), rnd.randint(100, 999), hx(2), to, _d(t0)),
              'Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (v['spf'][0] if v else 'neutral', mailfrom, sender_ip, sender_ip)]
        if v is not None:
            H.append('Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(_ar_body(v, 'google')))
        return H + fw
    if provider in ('outlook', 'm365'):
        pod = 'EURP%d' % rnd.choice([189, 191, 193, 250]) if provider == 'outlook' else 'EURPRD%02d' % rnd.randint(1, 9)
        a = '%s%sMB%d.%s.PROD.OUTLOOK.COM' % (rnd.choice(['AM9', 'PAXP', 'DB9', 'VI1']), pod[-3:], rnd.randint(1000, 9999), pod)
        b = '%sCA%04d.eurprd0%d.prod.outlook.com' % (rnd.choice(['DU2PR04', 'AS9PR06', 'FR0P281']), rnd.randint(1, 9999), rnd.randint(1, 9))
        c = '%s.mail.protection.outlook.com' % rnd.choice(['AMS0EPF000001A8', 'DB1PEPF000509F0', 'AM3PEPF0000A791', 'HE1EUR02FT034'])
        H += ['Received: from %s (2603:10a6:20b:%s::%s)\n by %s with HTTPS; %s' % (a, hx(3), hx(2), a, _d(t1)),
              'Received: from %s (2603:10a6:10:%s::%s) by %s\n (2603:10a6:20b:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (b, hx(3), hx(2), a, hx(3), hx(2), rnd.randint(8000, 8999), rnd.randint(10, 40), _d(t1)),
              'Received: from %s\n (2603:10a6:10:%s:cafe::%s) by %s (2603:10a6:10:%s::%s) with\n Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.%d.%d via Frontend Transport; %s' % (c, hx(3), hx(2), b, hx(3), hx(2), rnd.randint(8000, 8999), rnd.randint(10, 40), _d(t0))]
        if v is not None:
            r = v
            s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (r['spf'][0], sender_ip, r['spf'][1])
            s += 'dkim=%s (%s)\n header.d=%s;' % (r['dkim'][0], 'signature was verified' if r['dkim'][0] == 'pass' else 'signature did not verify', r['dkim'][1]) if r.get('dkim') else 'dkim=none (message not signed)\n header.d=none;'
            if r.get('dmarc'):
                s += 'dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' % (r['dmarc'][0], 'none' if r['dmarc'][0] == 'pass' else 'oreject', r['dmarc'][1], r['dmarc'][0], '100' if r['dmarc'][0] == 'pass' else '000')
            H.append('Authentication-Results: ' + s)
        H += ['Received-SPF: %s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % ((v['spf'][0] if v else 'None').capitalize(), mailfrom.split('@')[-1], sender_ip, sender_ip, sender_host),
              'Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (sender_host, sender_ip, c, rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(8000, 8999), rnd.randint(10, 40), _d(t0))]
        if provider == 'm365':
            H += ['X-MS-Exchange-Organization-AuthSource: %s' % c, 'X-MS-Exchange-Organization-AuthAs: Anonymous',
                  'X-MS-Exchange-Organization-SCL: 1']
        return H + fw
    if provider == 'icloud':
        if v is not None:
            if v.get('dmarc'):
                H.append('Authentication-Results: dmarc.icloud.com; dmarc=%s header.from=%s' % v['dmarc'])
            if v.get('dkim'):
                H.append('Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=%s (1024-bit key) header.d=%s header.i=@%s header.b=%s' % (v['dkim'][0], v['dkim'][1], v['dkim'][1], v['b'][:8]))
            H.append('Authentication-Results: spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (v['spf'][0], mailfrom, sender_ip, mailfrom))
        H += ['Received-SPF: %s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (v['spf'][0] if v else 'neutral', mailfrom, sender_ip, sender_ip, sender_host, mailfrom),
              'Received: from %s (%s [%s])\n\tby mx%d.mail.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (sender_host, sender_host, sender_ip, rnd.randint(1, 9), hx(12).upper(), to, _d(t0))]
        return H + fw
    if provider == 'yahoo':
        H += ['Received: from 10.217.%d.%d\n by atlas%d.free.mail.ir2.yahoo.com with HTTP; %s' % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(100, 400), _d(t1))]
        H += ar('atlas%d.free.mail.ir2.yahoo.com' % rnd.randint(100, 400))
        H += ['Received: from %s (EHLO %s)\n by mta%d.mail.ir2.yahoo.com with SMTPS; %s' % (sender_ip, sender_host, rnd.randint(1000, 4999), _d(t0)),
              'X-Originating-Ip: [%s]' % sender_ip]
        return H + fw
    table = {
        'fastmail': ('mx%d.messagingengine.com' % rnd.randint(1, 6), 'by mx%d.messagingengine.com (Postfix) with ESMTPS id %s', ['Received: from mailmx.nyi.internal (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %s;\n\t%s']),
        'gmx': ('gmx.net', 'by mx-ha.gmx.net (mxgmx%d [212.227.15.9]) with ESMTPS (Nemesis) id 1M%s', []),
        'webde': ('web.de', 'by mx-ha.web.de (mxweb%d [212.227.15.17]) with ESMTPS (Nemesis) id 1M%s', []),
        'orange': ('opmta1mti%02dnd1.mail.orange.fr' % rnd.randint(1, 20), 'by opmta1mti%02dnd1.mail.orange.fr with ESMTP id %s', []),
        'free': ('mx1.free.fr', 'by mx1-g%d.free.fr (Postfix) with ESMTP id %s', []),
        'proton': ('mail.protonmail.ch', 'by mailin%03d.protonmail.ch (Postfix) with ESMTPS id %s', []),
        'posteo': ('mx02.posteo.de', 'by mx0%d.posteo.de (Postfix) with ESMTPS id %s', []),
        'seznam': ('email.seznam.cz', 'by email-smtpd%d.ng.seznam.cz (Seznam SMTPD 1.3.%s) with ESMTP', []),
        'wp': ('mx.wp.pl', 'by mx%d.wp.pl (WP-SMTPD) with ESMTPS id %s', []),
        'libero': ('smtp-in.libero.it', 'by smtp-in%d.libero.it with ESMTPS id %s', []),
        'telenet': ('telenet.be', 'by michel.telenet-ops.be (%d) with ESMTPS id %s', []),
        'freemail': ('mx.freemail.hu', 'by fmx%d.freemail.hu (Postfix) with ESMTPS id %s', []),
        'abv': ('mx.abv.bg', 'by mx%d.abv.bg (Postfix) with ESMTPS id %s', []),
        'inbox': ('mx.inbox.lv', 'by mx%d.inbox.lv (Postfix) with ESMTPS id %s', []),
        'siol': ('mx.siol.net', 'by mx%d.siol.net (Postfix) with ESMTPS id %s', []),
        'simnet': ('mx.simnet.is', 'by mx%d.simnet.is (Postfix) with ESMTPS id %s', []),
        'eircom': ('mx.eircom.net', 'by mx%d.eircom.net (Postfix) with ESMTPS id %s', []),
        'azet': ('mx.azet.sk', 'by mx%d.azet.sk (Postfix) with ESMTPS id %s', []),
    }
    authserv, byfmt, internal = table[provider]
    for tpl in internal:
        H.append(tpl % (hx(10).upper(), _d(t1)))
    H += ar(authserv)
    H += ['Received: from %s (%s [%s])\n\t%s\n\tfor <%s>; %s' % (sender_host, sender_host, sender_ip, byfmt % (rnd.randint(1, 9), hx(10).upper()), to, _d(t0))]
    return H + fw

def dkim_sig(d, rnd, when):
    hx = lambda n: ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(n))
    return ('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=%s;\n\ts=s1024-2013-q3; t=%d;\n\tbh=%s=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type;\n\tb=%s' % (d, int(when.timestamp()), hx(43), hx(120)))
