"""Scenario timelines and their expected status rows, computed from the contract's status rules."""
import datetime as dt, json, os
OBJ = {'policy_notice', 'verification_code', 'objection_received', 'objection_accepted', 'objection_refused'}
ST = {'verification_code': 'code_received', 'objection_received': 'awaiting_answer', 'objection_accepted': 'accepted', 'objection_refused': 'refused'}

def status(msgs, now):
    groups = {}
    for mb, s in msgs:
        r = s['row']
        if not r['authentic'] or r['kind'] not in OBJ: continue
        groups.setdefault((mb, r['platform'], r['account']), []).append(s)
    rows = []
    for (mb, plat, acc), ms in groups.items():
        ms = sorted(ms, key=lambda s: s['date'])
        rounds = {}
        cur = 'unknown'
        for s in ms:
            if s['kind'] == 'policy_notice':
                cur = s['row']['deadline']
                rounds.setdefault(cur, [])
            rounds.setdefault(cur, []).append(s)
        for rd, rm in rounds.items():
            st = None
            for s in rm:
                if s['kind'] in ST: st = ST[s['kind']]
            dl = None if rd == 'unknown' else dt.date.fromisoformat(rd)
            if st is None:
                st = 'deadline_passed' if dl and now.date() >= dl else 'action_needed'
            rows.append(dict(mailbox=mb, platform=plat, account=acc, round=rd, state=st, deadline=rd if dl else None,
                             days_left=(dl - now.date()).days if dl else None, last_day=(dl - dt.timedelta(days=1)).isoformat() if dl else None))
    return sorted(rows, key=lambda r: (r['mailbox'], r['platform'], r['account'], r['round']))

def write(specs, out):
    def sel(group, *tags):
        res = []
        for t in tags:
            res += [s for s in specs if s.get('group') == group and s.get('tag') == t]
        return res
    def g(lang, kind):
        return [s for s in specs if s['lang'] == lang and s.get('tag') == 'fake' and s['kind'] == kind]
    T = lambda iso: dt.datetime.fromisoformat(iso)
    SC = {}
    hu = sel('hu', 'n1fb', 'cfb', 'rfb', 'ofb', 'n1ig', 'cig')
    SC['hu-two-platforms'] = ('otthon', hu, T('2025-05-20T10:00:00+02:00'))
    SC['cs-refused'] = ('posta', sel('cs', 'n1fb', 'cfb', 'rfb', 'ofb'), T('2024-06-25T08:00:00+02:00'))
    SC['sk-missed'] = ('doma', sel('sk', 'n1fb', 'n1ig'), T('2026-10-20T09:00:00+02:00'))
    SC['hr-new-round'] = ('kuca', sel('hr', 'n1fb', 'cfb', 'rfb', 'ofb', 'n2fb'), T('2026-10-01T12:00:00+02:00'))
    SC['hu-fake-acceptance'] = ('otthon', sel('hu', 'n1fb') + g('hu', 'objection_accepted'), T('2025-05-24T12:00:00+02:00'))
    fi = [('koti', s) for s in sel('fi', 'n1fb', 'cfb', 'rfb')] + [('tyo', s) for s in sel('fi2', 'n1fb', 'cfb', 'rfb')]
    SC['fi-two-mailboxes'] = (None, fi, T('2026-10-10T08:00:00+03:00'))
    el = sel('el', 'n1fb', 'cfb', 'rfb', 'ofb', 'cig', 'n1ig')[::-1]
    SC['el-out-of-order'] = ('spiti', el, T('2026-10-13T23:30:00+03:00'))
    SC['lt-forged-acceptance'] = ('namai', sel('lt', 'n1fb', 'cfb', 'rfb') + g('lt', 'objection_accepted'), T('2024-06-22T09:00:00+03:00'))
    SC['en-objected-again'] = ('home', sel('en2', 'n1ig', 'cig', 'rig', 'xig', 'cig2'), T('2026-10-30T09:00:00+00:00'))
    SC['da-answer-without-notice'] = ('arbejde', sel('da', 'cfb', 'rfb'), T('2024-06-26T09:00:00+02:00'))
    SC['da-notice-arrives-late'] = ('arbejde', sel('da', 'cfb', 'rfb', 'ofb', 'n1fb'), T('2026-10-20T09:00:00+02:00'))
    SC['no-deadline-day'] = ('privat', sel('no', 'n1fb'), T('2026-10-14T07:00:00+02:00'))
    SC['ga-last-day'] = ('default', sel('ga', 'n1fb', 'n1ig'), T('2026-10-13T18:00:00+01:00'))
    SC['is-noise-and-fakes'] = ('heima', sel('is', 'n1fb', 'oth') + g('is', 'policy_notice') + [s for s in specs if s.get('group') in ('fwd', 'news') and s['lang'] == 'is'], T('2025-05-10T09:00:00+00:00'))
    SC['bg-unauthenticated-acceptance'] = ('dom', sel('bg', 'n1fb', 'cfb', 'rfb') + g('bg', 'objection_accepted'), T('2025-05-25T09:00:00+03:00'))
    SC['de-two-mailboxes'] = (None, [('gmx', s) for s in sel('de', 'n1fb', 'cfb', 'rfb', 'ofb')] + [('webde', s) for s in sel('de2', 'n1fb', 'cfb', 'rfb')], T('2025-06-02T09:00:00+02:00'))
    SC['lv-two-rounds'] = ('majas', sel('lv', 'n1fb', 'rig', 'aig', 'n2fb'), T('2026-09-30T09:00:00+03:00'))
    SC['mt-full-flow-with-noise'] = ('dar', sel('mt', 'n1fb', 'cfb', 'rfb', 'ofb', 'oth') + g('mt', 'objection_received'), T('2024-07-01T09:00:00+02:00'))
    SC['en-arc-forward'] = ('home', [s for s in specs if s.get('tag') == 'arcok'] + sel('en', 'n1fb'), T('2024-07-05T09:00:00+00:00'))
    for name, (mb, ms, now) in SC.items():
        pairs = ms if mb is None else [(mb, s) for s in ms]
        assert pairs, name
        doc = dict(now=now.isoformat(), messages=[dict(file=s['file'], mailbox=m) if m != 'default' else s['file'] for m, s in pairs],
                   expect=status(pairs, now))
        with open(os.path.join(out, 'scenarios', name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, indent=1, ensure_ascii=False); f.write('\n')
