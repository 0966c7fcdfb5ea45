#!/usr/bin/env python3
"""Check the blind7 batch: every file parses, the manifest lists each file once, and every
labelled code / reference / objection_url appears in the decoded text (after unwrapping link
rewriters). Exit 1 on any problem."""
import collections
import email
import html
import json
import re
import sys
from email import policy
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

ROOT = Path(__file__).resolve().parent
KEYS = ['file', 'kind', 'platform', 'language', 'code', 'deadline', 'objection_url', 'reference', 'authentic', 'account']
KINDS = {'policy_notice', 'verification_code', 'objection_received', 'objection_accepted', 'objection_refused', 'other_meta', 'unrelated'}


def unwrap(u):
    for _ in range(3):
        p = urlsplit(u)
        h = (p.hostname or '').lower()
        q = parse_qs(p.query)
        if h.endswith('safelinks.protection.outlook.com') and 'url' in q:
            u = q['url'][0]
        elif h == 'urldefense.com' and p.path.startswith('/v3/__'):
            u = re.match(r'https://urldefense\.com/v3/__(.+?)__;', u).group(1)
        elif h == 'urldefense.proofpoint.com' and 'u' in q:
            u = unquote(q['u'][0].replace('-', '%').replace('_', '/'))
        elif h == 'linkprotect.cudasvc.com' and 'a' in q:
            u = q['a'][0]
        elif h in ('www.google.com', 'google.com') and p.path == '/url' and 'q' in q:
            u = q['q'][0]
        elif h in ('l.facebook.com', 'l.instagram.com') and 'u' in q:
            u = q['u'][0]
        else:
            break
    return u


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            t = part.get_content()
            if part.get_content_subtype() == 'html':
                out.append(html.unescape(t))
            out.append(t)
    return '\n'.join(out)


def main():
    rows = [json.loads(l) for l in (ROOT / 'manifest.jsonl').read_text().splitlines() if l.strip()]
    errs = []
    files = sorted(p.name for p in (ROOT / 'eml').glob('*.eml'))
    listed = [Path(r['file']).name for r in rows]
    if sorted(listed) != files or len(set(listed)) != len(listed):
        errs.append('manifest and eml/ differ')
    for r in rows:
        if list(r) != KEYS:
            errs.append(f'{r["file"]}: keys {list(r)}')
        if r['kind'] not in KINDS:
            errs.append(f'{r["file"]}: kind')
        raw = (ROOT / r['file']).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            errs.append(f'{r["file"]}: defects {msg.defects}')
        body = texts(msg)
        urls = {unwrap(html.unescape(u)) for u in re.findall(r'https?://[^\s"<>\')]+', body)}
        flat = re.sub(r'\s', '', body)
        if r['code'] and r['code'] not in flat:
            errs.append(f'{r["file"]}: code {r["code"]} not found')
        if r['reference'] and r['reference'] not in body:
            errs.append(f'{r["file"]}: reference {r["reference"]} not found')
        if r['objection_url'] and r['objection_url'] not in urls:
            errs.append(f'{r["file"]}: url {r["objection_url"]} not found')
        if r['kind'] == 'unrelated' and any(r[k] is not None for k in ('platform', 'code', 'deadline', 'objection_url', 'reference', 'authentic')):
            errs.append(f'{r["file"]}: unrelated with fields')
        if r['kind'] == 'verification_code' and not re.fullmatch(r'\d{6}', r['code'] or ''):
            errs.append(f'{r["file"]}: code shape')
        if r['kind'] == 'policy_notice' and not r['deadline']:
            errs.append(f'{r["file"]}: notice without deadline')
    for s in sorted((ROOT / 'scenarios').glob('*.json')):
        d = json.loads(s.read_text())
        for m in d['messages']:
            f = m if isinstance(m, str) else m['file']
            if f not in {r['file'] for r in rows}:
                errs.append(f'{s.name}: {f} unknown')
    c = collections.Counter((r['kind']) for r in rows)
    langs = collections.Counter(r['language'] for r in rows)
    print(len(rows), 'messages;', dict(c))
    print('languages:', dict(sorted(langs.items())))
    for e in errs:
        print('ERROR', e)
    print('ok' if not errs else f'{len(errs)} errors')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
