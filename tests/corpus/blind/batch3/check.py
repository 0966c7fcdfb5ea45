import email, json, os, sys, collections, re
from email import policy
import os
base=os.path.dirname(os.path.abspath(__file__))
rows=[json.loads(l) for l in open(f'{base}/manifest.jsonl')]
files=sorted(os.listdir(f'{base}/eml'))
assert sorted(r['file'] for r in rows)==['eml/'+f for f in files], 'manifest mismatch'
crlf=0
for r in rows:
    raw=open(f"{base}/{r['file']}",'rb').read()
    if b'\r\n' in raw: crlf+=1
    for pol in (policy.default, policy.compat32):
        m=email.message_from_bytes(raw, policy=pol)
        assert m['From'] and m['To'], r['file']
        for part in m.walk():
            if part.get_content_maintype()=='text':
                if pol is policy.default:
                    c=part.get_content()
                else:
                    c=part.get_payload(decode=True).decode(part.get_content_charset() or 'ascii')
    m=email.message_from_bytes(raw, policy=policy.default)
    if m.defects: print('defects', r['file'], m.defects)
    for part in m.walk():
        if part.defects: print('part defects', r['file'], part.defects)
    # code must appear in decoded text
    if r['code']:
        txt=''.join(p.get_content() for p in m.walk() if p.get_content_maintype()=='text')
        t2=re.sub(r'(&nbsp;|\s)','',txt)
        assert r['code'] in t2, (r['file'], r['code'])
    if r['reference']:
        txt=''.join(p.get_content() for p in m.walk() if p.get_content_maintype()=='text')
        assert r['reference'] in txt, r['file']
    assert r['account'] in str(m['To']).lower(), r['file']
print('ok', len(rows), 'crlf', crlf)
print(collections.Counter(r['kind'] for r in rows))
lc=collections.Counter(r['language'] for r in rows)
print(sorted(lc.items(), key=lambda x:-x[1]))
print(collections.Counter(r['platform'] for r in rows))
print(collections.Counter(r['authentic'] for r in rows))
