#!/usr/bin/env python3
"""Sanity check: every .eml parses, manifest lists each file once, labels are visible in the decoded content."""
import email, email.policy, json, os, re, sys, html, urllib.parse
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, 'manifest.jsonl'), encoding='utf-8')]
files = sorted('eml/' + f for f in os.listdir(os.path.join(HERE, 'eml')))
assert sorted(r['file'] for r in rows) == files, 'manifest/file mismatch'
bad = 0
for r in rows:
    raw = open(os.path.join(HERE, r['file']), 'rb').read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            texts.append(part.get_content())
    body = '\n'.join(texts)
    flat = html.unescape(body)
    to = email.utils.getaddresses([msg.get_all('To')[0]])[0][1].lower()
    probs = []
    if to != r['account']:
        probs.append('account %s != %s' % (to, r['account']))
    if r['code'] and r['code'] not in re.sub(r'(\d{3}) (\d{3})', r'\1\2', flat):
        probs.append('code missing')
    if r['reference'] and r['reference'] not in flat:
        probs.append('ref missing')
    if r['objection_url']:
        u = r['objection_url']
        variants = [u, urllib.parse.quote(u, safe=''), urllib.parse.quote(u, safe='').lower(), urllib.parse.quote(urllib.parse.quote(u, safe=''), safe='')]
        enc2 = ''.join('_' if c == '/' else (c if c.isalnum() or c == '.' else '-%02X' % ord(c)) for c in u)
        variants.append(enc2)
        if not any(v in flat for v in variants):
            probs.append('url missing')
    if not texts:
        probs.append('no text part')
    if probs:
        bad += 1
        print(r['file'], r['kind'], probs)
print('checked', len(rows), 'problems', bad)
sys.exit(1 if bad else 0)
