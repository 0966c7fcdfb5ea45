"""Received chains and Authentication-Results as each receiving provider writes them."""
from email.utils import format_datetime
from datetime import timedelta


def _ar_std(authserv, a, ip, mailfrom):
    lines = [f'Authentication-Results: {authserv};']
    items = []
    if a['dkim'] != 'absent':
        if a['dkim'] == 'none':
            items.append('dkim=none (message not signed)')
        else:
            items.append(f"dkim={a['dkim']} header.d={a['dkim_d']} header.s={a.get('sel','s1024-2013-q3')} header.b={a['bval'][:8]}")
    items.append(f"spf={a['spf']} (domain of {mailfrom} {'designates' if a['spf']=='pass' else 'does not designate'} {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    if a['dmarc'] != 'absent':
        pol = a.get('pol', 'REJECT')
        items.append(f"dmarc={a['dmarc']} (p={pol} sp={pol} dis={'NONE' if a['dmarc']=='pass' else 'REJECT'}) header.from={a['from_d']}")
    return lines[0] + '\n' + ';\n'.join('\t' + i for i in items)


def _ar_ms(a, ip):
    dk = ('dkim=pass (signature was verified) header.d=' + a['dkim_d']) if a['dkim'] == 'pass' else \
         ('dkim=none (message not signed) header.d=none' if a['dkim'] in ('none', 'absent') else
          'dkim=fail (body hash did not verify) header.d=' + a['dkim_d'])
    dm = f"dmarc={a['dmarc'] if a['dmarc']!='absent' else 'none'} action={'none' if a['dmarc']=='pass' else 'oreject'} header.from={a['from_d']}"
    ca = 'compauth=pass reason=100' if a['dmarc'] == 'pass' else 'compauth=fail reason=000'
    return (f"Authentication-Results: spf={a['spf']} (sender IP is {ip})\n smtp.mailfrom={a['mf_d']}; {dk};{dm};{ca}")


def build(provider, ctx):
    """ctx: to, ip, helo, mailfrom, when (datetime), a (auth dict or None), rid (random hex),
    forged (extra forged A-R to put below the entry hop, or None)."""
    to, ip, helo, mf, when, a, rid = ctx['to'], ctx['ip'], ctx['helo'], ctx['mailfrom'], ctx['when'], ctx['a'], ctx['rid']
    t1 = format_datetime(when + timedelta(seconds=3))
    t2 = format_datetime(when + timedelta(seconds=4))
    ext = f'{helo} ({helo} [{ip}])'
    H = []
    forged = ctx.get('forged')
    if provider == 'gmail':
        H.append(f'Delivered-To: {to}')
        H.append(f'Received: by 2002:a05:7300:{rid[:4]}:b0:{rid[4:7]}:{rid[7:11]} with SMTP id {rid[11:17]}csp{rid[17:23]}dyc;\n        {t2}')
        H.append(f'X-Google-Smtp-Source: AGHT+IF{rid}{rid[:9]}==')
        if a:
            arc = _ar_std('mx.google.com', a, ip, mf).replace('Authentication-Results: mx.google.com;', 'ARC-Authentication-Results: i=1; mx.google.com;')
            H.append(f'ARC-Seal: i=1; a=rsa-sha256; t={int(when.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rid}{rid}Qx==')
            H.append(f'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh={rid[:20]}=; b={rid[::-1]}==')
            H.append(arc)
        H.append(f'Return-Path: <{mf}>')
        H.append(f'Received: from {ext}\n        by mx.google.com with ESMTPS id {rid[:20]}.{rid[20:23]}.2025.01.01.00.00.00\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {t1}')
        H.append(f'Received-SPF: {a["spf"] if a else "neutral"} (google.com: domain of {mf} designates {ip} as permitted sender) client-ip={ip};')
        if a:
            H.append(_ar_std('mx.google.com', a, ip, mf).replace('\t', '       '))
    elif provider in ('outlook', 'm365'):
        tenant = 'eurprd04' if provider == 'outlook' else 'eurprd07'
        edge = f'AM4PEPF0000{rid[:4].upper()}.{tenant}.prod.outlook.com'
        H.append(f'Received: from DU0PR04MB{rid[:4].upper()}.{tenant}.prod.outlook.com (::1) by\n DB9PR04MB{rid[4:8].upper()}.{tenant}.prod.outlook.com with HTTPS; {t2}')
        H.append(f'Received: from {edge} (2603:10a6:20b:{rid[8:11]}::4) by\n DU0PR04MB{rid[:4].upper()}.{tenant}.prod.outlook.com (2603:10a6:10:{rid[11:14]}::8) with\n Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8398.9; {t2}')
        if a:
            H.append(_ar_ms(a, ip))
            H.append(f"Received-SPF: {'Pass' if a['spf']=='pass' else 'Fail'} ({edge.split('.')[0].lower()}.mail.protection.outlook.com: domain of\n {a['mf_d']} designates {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C")
        H.append(f'Received: from {helo} ({ip}) by\n {edge.split(".")[0]}.mail.protection.outlook.com (10.167.16.{int(rid[:2],16)%200}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8422.4 via Frontend\n Transport; {t1}')
    elif provider == 'yahoo':
        H.append(f'X-Apparently-To: {to}; {t2}')
        if a:
            H.append(_ar_std('atlas-production.v2.mail.yahoo.com', a, ip, mf))
        H.append(f'Received: from {ip} (EHLO {helo})\n by mta{int(rid[:3],16)%9000+1000}.mail.ir2.yahoo.com with SMTPS; {t1}')
    elif provider == 'fastmail':
        H.append(f'Received: from mailstore.messagingengine.com (localhost [127.0.0.1])\n\t by mailstore.messagingengine.com (Cyrus 3.11.0-alpha0-1108) with LMTPA;\n\t {t2}')
        if a:
            H.append(f'ARC-Seal: i=1; a=rsa-sha256; cv=none; d=messagingengine.com; s=fm1; t={int(when.timestamp())};\n\tb={rid}{rid[:10]}==')
            H.append(_ar_std('mx6.messagingengine.com', a, ip, mf).replace('Authentication-Results:', 'ARC-Authentication-Results: i=1;'))
            H.append(_ar_std('mx6.messagingengine.com', a, ip, mf))
            H.append('X-ME-Proxy-Cause: gggruggvucftvghtrhhoucdtuddrgeefvddrtddtgdduieejlecutefuodetggdotefrod')
        H.append(f'Received: from {ext}\n\tby mx6.messagingengine.com (Postfix) with ESMTPS id {rid[:10].upper()}\n\tfor <{to}>; {t1}')
    elif provider == 'icloud':
        H.append(f'Received: from p00-icloudmta-asmtp-us-central-1k-20-percent-4 by ms{int(rid[:2],16)}.mail.icloud.com (Oracle Communications Messaging Server 8.1.0.1.20230927 64bit) with LMTP; {t2}')
        if a:
            H.append(f"Authentication-Results: dmarc.icloud.com; dmarc={a['dmarc'] if a['dmarc']!='absent' else 'none'} header.from={a['from_d']}")
            if a['dkim'] != 'absent':
                H.append(f"Authentication-Results: dkim-verifier.icloud.com;\n\tdkim={a['dkim']} (1024-bit key) header.d={a['dkim_d']} header.i=@{a['dkim_d']} header.b={a['bval'][:8]}")
            H.append(f"Authentication-Results: spf.icloud.com; spf={a['spf']} (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}")
        H.append(f'Received: from {ext}\n\tby mx01.mail.icloud.com (Postfix) with ESMTPS id {rid[:10].upper()}\n\tfor <{to}>; {t1}')
    elif provider == 'gmx':
        if a:
            H.append(_ar_std('gmx.net', a, ip, mf))
        H.append(f'Received: from {ext}\n\tby mx-ha.gmx.net (mxgmx{int(rid[:2],16)%120:03d} [212.227.15.9]) with ESMTPS (Nemesis) id 1M{rid[:8]}-1t{rid[8:14]}\n\tfor <{to}>; {t1}')
    elif provider == 'orange':
        if a:
            H.append(_ar_std('smtp-in.orange.fr', a, ip, mf))
        H.append(f'Received: from {ext}\n\tby smtp-in.orange.fr with ESMTPS id {rid[:10]}; {t1}')
    elif provider == 'free':
        if a:
            H.append(_ar_std('mx1-g20.free.fr', a, ip, mf))
        H.append(f'Received: from {ext}\n\tby mx1-g20.free.fr (Postfix) with ESMTPS id {rid[:10].upper()}\n\tfor <{to}>; {t1}')
    elif provider == 'proton':
        H.append('X-Pm-Content-Encryption: on-delivery')
        if a:
            H.append(_ar_std('mail.protonmail.ch', a, ip, mf))
            H.append(f'X-Pm-Spam: 0yeRbzcL{rid}')
        H.append(f'Received: from {ext}\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mailin031.protonmail.ch (Postfix) with ESMTPS id 4Z{rid[:8].upper()}\n\tfor <{to}>; {t1}')
    elif provider == 'posteo':
        H.append(f'Received: from proxy02.posteo.name ([127.0.0.1])\n\tby dovecot11.posteo.local (Dovecot) with LMTP id {rid[:12]}\n\tfor <{to}>; {t2}')
        if a:
            H.append(_ar_std('mx02.posteo.de', a, ip, mf).replace(' header.b=', ' (1024-bit key) header.b='))
        H.append(f'Received: from {ext}\n\tby mx02.posteo.de (Postfix) with ESMTPS id 4Y{rid[:8].upper()}\n\tfor <{to}>; {t1}')
    elif provider.startswith('selfhost:'):
        host = provider.split(':', 1)[1]
        H.append(f'Received: from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id {rid[10:20].upper()}\n\tfor <{to}>; {t2}')
        if a:
            H.append(f"Authentication-Results: {host};\n\tdkim={a['dkim'] if a['dkim']!='absent' else 'none'} (1024-bit key; unprotected) header.d={a['dkim_d']} header.i=@{a['dkim_d']} header.a=rsa-sha256 header.s=s1024-2013-q3 header.b={a['bval'][:8]};\n\tdmarc={a['dmarc'] if a['dmarc']!='absent' else 'none'} (p=reject dis=none) header.from={a['from_d']}")
        H.append(f'Received: from {ext}\n\tby {host} (Postfix) with ESMTPS id {rid[:10].upper()}\n\tfor <{to}>; {t1}')
    else:
        raise ValueError(provider)
    if forged:
        H.append(forged)
    return H
