# Checks: every .eml parses, manifest lists each file, codes/references/URLs are present in the decoded text.
import email, json, sys, collections, re, urllib.parse
from email import policy
man=[json.loads(l) for l in open('manifest.jsonl')]
import os
files=sorted(os.listdir('eml'))
assert len(files)==len(man) and set('eml/'+f for f in files)==set(m['file'] for m in man)
kinds=collections.Counter(m['kind'] for m in man); langs=collections.Counter(m['language'] for m in man)
print(kinds); print(sorted(langs.items()))
print('fakes',sum(1 for m in man if m['authentic'] is False), collections.Counter(m['kind'] for m in man if m['authentic'] is False))
print('plat',collections.Counter(m['platform'] for m in man))
crlf=0
for m in man:
    raw=open(m['file'],'rb').read()
    if b'\r\n' in raw: crlf+=1
    msg=email.message_from_bytes(raw, policy=policy.default)
    texts=[]
    for part in msg.walk():
        if part.get_content_maintype()=='text':
            texts.append(part.get_content())
    body='\n'.join(texts)
    flat=re.sub(r'\s+','',body)
    if m['code']:
        assert m['code'] in body.replace(' ','') , m
    if m['reference']:
        assert m['reference'] in body, m
    if m['objection_url']:
        u=m['objection_url']
        b2=body
        for _ in range(3): b2=urllib.parse.unquote(b2.replace('&amp;','&'))
        pp=u.replace('-','-2D').replace(':','-3A').replace('/','_').replace('?','-3F').replace('=','-3D')
        assert u in b2 or pp in body, m
    for k in ('from','to','subject','date'):
        pass
    assert msg['subject'] is not None
print('crlf',crlf,'of',len(man))
