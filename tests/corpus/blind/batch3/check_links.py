import email, json, os, re, html, urllib.parse as up
from email import policy
base=os.path.dirname(os.path.abspath(__file__))
def unwrap(u):
    for _ in range(5):
        p=up.urlparse(u); qs=up.parse_qs(p.query)
        h=p.hostname or ''
        if h.endswith('safelinks.protection.outlook.com'): u=qs['url'][0]; continue
        if h in ('l.facebook.com','lm.facebook.com') and p.path=='/l.php': u=qs['u'][0]; continue
        if h=='l.instagram.com': u=qs['u'][0]; continue
        if h=='urldefense.com' and p.path.startswith('/v3/__'):
            u=re.match(r'https://urldefense\.com/v3/__(.*?)__;', u).group(1); continue
        if h=='urldefense.proofpoint.com':
            x=qs['u'][0].replace('_','/'); x=re.sub(r'-([0-9A-F]{2})', lambda m: chr(int(m.group(1),16)), x); u=x; continue
        if h=='linkprotect.cudasvc.com': u=qs['a'][0]; continue
        if h=='www.google.com' and p.path=='/url': u=qs['q'][0]; continue
        break
    return u
bad=0
for l in open(f'{base}/manifest.jsonl'):
    r=json.loads(l)
    m=email.message_from_bytes(open(f"{base}/{r['file']}",'rb').read(), policy=policy.default)
    hrefs=[]
    for p in m.walk():
        if p.get_content_type()=='text/html':
            hrefs+= [html.unescape(h) for h in re.findall(r'href="([^"]+)"', p.get_content())]
    targets={unwrap(h) for h in hrefs}
    formish=[t for t in targets if re.search(r'help/contact|privacy/genai|/contact/', t)]
    if r['objection_url'] and r['objection_url'] not in targets:
        print('MISSING', r['file'], r['objection_url'], targets); bad+=1
    if r['kind']!='unrelated' and not r['objection_url'] and formish:
        print('UNLABELLED FORM', r['file'], formish)
print('bad', bad)
