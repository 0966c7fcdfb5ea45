#!/usr/bin/env python3
"""Self-check of blind batch 6 (does not run any classifier).

- every eml/*.eml parses with Python's email package (policy.default and compat32), and every
  text part decodes with its declared charset;
- manifest.jsonl lists each file exactly once, with exactly the keys of the shared corpus, and
  values of the right form (nulls where the contract requires them);
- every labelled code, reference and objection_url appears in the decoded text of its message
  (a code may be split by spaces, dashes or HTML cells; an objection_url may sit behind Meta's
  click-tracking redirect or a mail-security link rewriter, which are unwrapped here);
- every scenario references files of the manifest, and its expected rows carry the keys used by
  score_scenarios.py.
Exit 0 when all holds.
"""
from __future__ import annotations

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
KEYS = ['file', 'kind', 'platform', 'language', 'code', 'deadline', 'objection_url', 'reference', 'authentic',
        'account']
KINDS = {'policy_notice', 'verification_code', 'objection_received', 'objection_accepted', 'objection_refused',
         'other_meta', 'unrelated'}
PLATFORMS = {'facebook', 'instagram', 'messenger', 'whatsapp', 'meta'}
URL_RE = re.compile(r'https?://[^\s<>"\')\]]+')


def unwrap(u: str) -> str:
    """Undo Meta's redirects and the mail-security rewriters that carry their target."""
    for _ in range(5):
        p = urlsplit(u)
        host = (p.hostname or '').lower()
        q = parse_qs(p.query)
        if host.endswith('safelinks.protection.outlook.com') and 'url' in q:
            u = q['url'][0]
        elif host == 'urldefense.com' and p.path.startswith('/v3/__'):
            m = re.match(r'https://urldefense\.com/v3/__(.+?)__;', u)
            u = m.group(1)
        elif host == 'urldefense.proofpoint.com' and p.path.startswith('/v2/url') and 'u' in q:
            t = q['u'][0].replace('_', '/')
            u = re.sub(r'-([0-9A-F]{2})', lambda m: chr(int(m.group(1), 16)), t)
        elif host == 'linkprotect.cudasvc.com' and 'a' in q:
            u = q['a'][0]
        elif host in ('l.facebook.com', 'lm.facebook.com') and 'u' in q:
            u = q['u'][0]
        elif host == 'l.instagram.com' and 'u' in q:
            u = q['u'][0]
        else:
            return u
    return u


def texts_of(msg):
    """Decoded text of every text/* part, including parts of attached messages."""
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        try:
            s = part.get_content()
        except Exception as e:  # noqa: BLE001
            raise RuntimeError(f'cannot decode part {part.get_content_type()}: {e}')
        out.append((part.get_content_type(), s))
    return out


def main() -> int:
    errors = []
    rows = []
    for i, line in enumerate((ROOT / 'manifest.jsonl').read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        if list(r) != KEYS:
            errors.append(f'manifest line {i}: keys {list(r)}')
        rows.append(r)
    files = sorted(p.name for p in (ROOT / 'eml').glob('*.eml'))
    listed = [Path(r['file']).name for r in rows]
    dup = [f for f, n in collections.Counter(listed).items() if n > 1]
    if dup:
        errors.append(f'listed twice: {dup}')
    if set(files) != set(listed):
        errors.append(f'not listed: {sorted(set(files) - set(listed))}; missing: {sorted(set(listed) - set(files))}')
    for f in files:
        if not re.fullmatch(r'b6-\d{3}\.eml', f):
            errors.append(f'file name reveals more than a number: {f}')

    for r in rows:
        f = r['file']
        raw = (ROOT / f).read_bytes()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            email.message_from_bytes(raw, policy=policy.compat32)
            parts = texts_of(msg)
        except Exception as e:  # noqa: BLE001
            errors.append(f'{f}: parse error {e}')
            continue
        for part in msg.walk():
            if part.defects:
                errors.append(f'{f}: defects {part.defects}')
        if not parts:
            errors.append(f'{f}: no text part')
        # field forms
        k = r['kind']
        if k not in KINDS:
            errors.append(f'{f}: kind {k}')
        if r['platform'] is not None and r['platform'] not in PLATFORMS:
            errors.append(f'{f}: platform {r["platform"]}')
        if (r['platform'] is None) != (r['authentic'] is None):
            errors.append(f'{f}: platform/authentic nullness differ')
        if k == 'unrelated' and any(r[x] is not None for x in ('platform', 'code', 'deadline', 'objection_url',
                                                               'reference', 'authentic')):
            errors.append(f'{f}: unrelated mail with extracted fields')
        if k != 'unrelated' and r['platform'] is None:
            errors.append(f'{f}: {k} without a platform')
        if (k == 'verification_code') != (r['code'] is not None):
            errors.append(f'{f}: code only on verification_code mails')
        if r['code'] is not None and not re.fullmatch(r'\d{6}', r['code']):
            errors.append(f'{f}: code form {r["code"]}')
        if r['deadline'] is not None and (k != 'policy_notice' or not re.fullmatch(r'\d{4}-\d\d-\d\d', r['deadline'])):
            errors.append(f'{f}: deadline {r["deadline"]} on {k}')
        if not re.fullmatch(r'[a-z]{2}', r['language'] or ''):
            errors.append(f'{f}: language {r["language"]}')
        to = msg.get_all('To') or []
        if to and r['account'] not in str(to[0]).lower():
            errors.append(f'{f}: account {r["account"]} is not the To address {to[0]}')
        # the labels must be found in the decoded text
        plain = '\n'.join(s for t, s in parts)
        visible = html.unescape(re.sub(r'<[^>]+>', ' ', plain))
        squeezed = re.sub(r'[\s\-]', '', visible)
        if r['code'] and r['code'] not in visible and r['code'] not in squeezed:
            errors.append(f'{f}: code {r["code"]} not in text')
        if r['reference'] and r['reference'] not in visible:
            errors.append(f'{f}: reference {r["reference"]} not in text')
        if r['objection_url']:
            urls = set(URL_RE.findall(plain))
            urls |= {html.unescape(u) for u in re.findall(r'href="([^"]+)"', plain)}
            final = {unwrap(html.unescape(u)) for u in urls}
            if r['objection_url'] not in final:
                errors.append(f'{f}: objection_url {r["objection_url"]} not found behind any link')
            p = urlsplit(r['objection_url'])
            if p.scheme != 'https':
                errors.append(f'{f}: objection_url not https')

    # scenarios
    known = set(r['file'] for r in rows)
    nsc = 0
    for sp in sorted((ROOT / 'scenarios').glob('*.json')):
        nsc += 1
        s = json.loads(sp.read_text(encoding='utf-8'))
        for m in s['messages']:
            fn = m if isinstance(m, str) else m['file']
            if fn not in known:
                errors.append(f'{sp.name}: unknown file {fn}')
        for e in s['expect']:
            miss = {'mailbox', 'platform', 'account', 'round', 'state', 'deadline', 'days_left'} - set(e)
            if miss:
                errors.append(f'{sp.name}: expected row lacks {miss}')

    kinds = collections.Counter(r['kind'] for r in rows)
    langs = collections.Counter(r['language'] for r in rows)
    print(f'{len(rows)} messages, {len(langs)} languages, {nsc} scenarios')
    print('kinds:', dict(sorted(kinds.items())))
    print('languages:', dict(sorted(langs.items())))
    for e in errors:
        print('ERROR', e)
    print('ok' if not errors else f'{len(errors)} errors')
    return 0 if not errors else 1


if __name__ == '__main__':
    sys.exit(main())
