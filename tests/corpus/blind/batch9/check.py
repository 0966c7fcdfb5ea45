#!/usr/bin/env python3
"""Sanity check of the blind9 batch: every file parses, manifest lists each once, labels appear in the text."""
import email, email.policy, glob, html, json, os, re, sys
import links
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {'file', 'kind', 'platform', 'language', 'code', 'deadline', 'objection_url', 'reference', 'authentic', 'account'}
KINDS = {'policy_notice', 'verification_code', 'objection_received', 'objection_accepted', 'objection_refused', 'other_meta', 'unrelated'}
err = []
rows = [json.loads(l) for l in open(os.path.join(HERE, 'manifest.jsonl'), encoding='utf-8')]
files = sorted('eml/' + os.path.basename(p) for p in glob.glob(os.path.join(HERE, 'eml', '*.eml')))
if sorted(r['file'] for r in rows) != files:
    err.append('manifest and eml/ differ')
for r in rows:
    if set(r) != KEYS: err.append('%s: keys %s' % (r['file'], sorted(r)))
    if r['kind'] not in KINDS: err.append('%s: kind' % r['file'])
    with open(os.path.join(HERE, r['file']), 'rb') as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    text = ''
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            text += part.get_content() + '\n'
    text = html.unescape(text)
    str(msg['Subject']); str(msg['From'])
    if r['kind'] == 'unrelated' and any(r[k] is not None for k in ('platform', 'code', 'deadline', 'objection_url', 'reference', 'authentic')):
        err.append('%s: unrelated with fields' % r['file'])
    if r['code']:
        flat = re.sub(r'(?<=\d)[ \-](?=\d)', '', text)
        if r['code'] not in flat: err.append('%s: code %s not found' % (r['file'], r['code']))
    if r['reference'] and r['reference'] not in text:
        err.append('%s: reference not found' % r['file'])
    if r['objection_url'] and r['objection_url'] not in links.all_targets(text):
        err.append('%s: objection_url not found' % r['file'])
for p in glob.glob(os.path.join(HERE, 'scenarios', '*.json')):
    s = json.load(open(p, encoding='utf-8'))
    for m in s['messages']:
        f = m['file'] if isinstance(m, dict) else m
        if f not in files: err.append('%s: unknown file %s' % (p, f))
print('\n'.join(err) if err else 'ok')
sys.exit(1 if err else 0)
