"""Did Meta really send it? Authentication-Results (RFC 8601), look-alikes, foreign links.

Only the receiving server's own verdict counts (which headers those are:
:mod:`tracker.core.classify.receiving`). A message is authentic when that verdict says DMARC pass,
or DKIM pass for a Meta domain aligned with ``From`` (relaxed alignment: same organisational
domain), and no DMARC or aligned DKIM fail outweighs it; or, after a forwarder broke DKIM,
when a trusted forwarder's ARC results say so.
"""

from __future__ import annotations

from tracker.core import doubts
from tracker.core.classify.authres import AuthResult, MethodResult, parse_auth_results
from tracker.core.classify.explain import AUTHENTIC, Explain, Words
from tracker.core.classify.lexicon import Lexicon
from tracker.core.classify.receiving import Trace, arc_results, receiving_verdict
from tracker.core.classify.senders import is_meta_domain, lookalike_reason, name_platform, registrable
from tracker.i18n import N_
from tracker.model import Doubt, Sender, Trust

__all__ = ["AuthResult", "check_authenticity", "parse_auth_results", "verdict"]

_FAIL = frozenset({"fail", "permerror", "temperror", "policy", "quarantine", "reject"})


def _domain_of(value: str) -> str:
    return value.rpartition("@")[2].strip("<>.").lower()


def _dkim_domain(m: MethodResult) -> str:
    return (m.props.get("header.d") or _domain_of(m.props.get("header.i", ""))).lower()


def verdict(result: AuthResult, from_domain: str, lex: Lexicon, *,
            explain: Explain | None = None) -> tuple[bool, str | None]:
    """``(passed, why not)`` of one receiving server's verdict for the ``From`` domain.

    As the contract weighs it: DMARC pass needs ``header.from`` aligned with ``From`` (a pass
    that names no domain proves nothing); DKIM pass needs an aligned Meta signing domain; a
    DMARC fail for the ``From`` domain (or naming no domain), or a DKIM fail for an aligned
    domain with no aligned DKIM pass, outweighs any pass; SPF alone never decides.
    """
    org = registrable(from_domain)
    dmarc_pass = dmarc_fail = dkim_pass = dkim_fail = False
    for m in result.of("dmarc"):
        hfrom = _domain_of(m.props.get("header.from", ""))
        aligned = bool(hfrom) and registrable(hfrom) == org
        if m.result == "pass" and aligned:
            dmarc_pass = True
        elif m.result in _FAIL and (aligned or not hfrom):
            dmarc_fail = True
        if explain is not None:
            _weighed(explain, m, hfrom, aligned, (m.result == "pass" and aligned) or
                     (m.result in _FAIL and (aligned or not hfrom)))
    for m in result.of("dkim"):
        d = _dkim_domain(m)
        aligned = bool(d) and is_meta_domain(d, lex) and registrable(d) == org
        if m.result == "pass" and aligned:
            dkim_pass = True
        elif m.result in _FAIL and aligned:
            dkim_fail = True
        if explain is not None:
            _weighed(explain, m, d, aligned, aligned and (m.result == "pass" or m.result in _FAIL))
    if dmarc_fail:
        _outcome(explain, N_("a DMARC fail outweighs any pass"))
        return False, Doubt(doubts.DMARC_FAIL, domain=from_domain)
    if dkim_fail and not dkim_pass:
        _outcome(explain, N_("an aligned DKIM fail with no aligned DKIM pass"))
        return False, Doubt(doubts.DKIM_FAIL, domain=from_domain)
    if dmarc_pass or dkim_pass:
        _outcome(explain, N_("an aligned DMARC pass") if dmarc_pass else N_("an aligned DKIM pass for a Meta domain"))
        return True, None
    _outcome(explain, N_("no aligned DMARC or DKIM pass (SPF alone never decides)"))
    seen = ", ".join(f"{m.method}={m.result}" for m in result.methods if m.method in ("dkim", "dmarc"))
    return False, seen or Doubt(doubts.NO_DMARC_OR_DKIM_RESULT)


def _weighed(explain: Explain, m: MethodResult, domain: str, aligned: bool, counts: bool) -> None:
    explain.note(AUTHENTIC, N_("{method}={result} for {domain}: {why}"), method=m.method, result=m.result,
                 domain=domain or "-", why=Words((
                     (N_("aligned with From, it counts") if aligned else N_("names no domain, it counts"))
                     if counts else N_("not aligned with From (or not a Meta domain), or not a pass or fail: "
                                       "it does not count"),)))


def _outcome(explain: Explain | None, why: str) -> None:
    if explain is not None:
        explain.note(AUTHENTIC, N_("weighed: {why}"), why=Words((why,)))


_NO_TRUST = Trust()


def check_authenticity(sender: Sender | None, trace: Trace, lex: Lexicon,
                       trust: Trust = _NO_TRUST, *, explain: Explain | None = None) -> tuple[bool, list[str]]:
    """``(authentic, warnings)`` for a message that presents itself as Meta's, from its trace
    headers (``Received``, ``Authentication-Results``, ``ARC-*``, topmost first)."""
    authentic, warnings = _check(sender, trace, lex, trust, explain)
    if explain is not None:
        explain.note(AUTHENTIC, N_("verdict: {verdict}"), verdict=Words((N_("authentic") if authentic else
                                                                          N_("not authentic"),)))
    return authentic, warnings


def _check(sender: Sender | None, trace: Trace, lex: Lexicon, trust: Trust,
           explain: Explain | None) -> tuple[bool, list[str]]:
    warnings: list[str] = []
    if sender is None:
        return False, [Doubt(doubts.NO_SENDER_ADDRESS)]
    domain = sender.domain
    meta_from = is_meta_domain(domain, lex)
    reason = lookalike_reason(domain, lex)
    if reason:
        warnings.append(Doubt(doubts.LOOKALIKE_SENDER, domain=domain, reason=reason))
    elif not meta_from:
        claimed = name_platform(sender.display_name, lex)
        if claimed:
            warnings.append(Doubt(doubts.DISPLAY_NAME_CLAIMS, name=sender.display_name, platform=claimed.value,
                                  address=sender.address))
        else:
            warnings.append(Doubt(doubts.NOT_META_DOMAIN, domain=domain))
    if explain is not None:
        explain.note(AUTHENTIC, N_("sender domain {domain}: {what}"), domain=domain, what=Words((
            N_("a Meta domain") if meta_from else N_("a look-alike") if reason else N_("not a Meta domain"),)))
    v = receiving_verdict(trace, lex.receivers, trust.authserv_ids, explain=explain)
    if v.forged:
        warnings.append(Doubt(doubts.FORGED_BELOW, ids=", ".join(sorted(set(v.forged)))))
    if v.result is None:
        warnings.append(v.why_none or Doubt(doubts.NO_VERDICT))
        return False, warnings
    if not meta_from:
        if explain is not None:
            explain.note(AUTHENTIC, N_("the sender domain is not Meta's: no verdict can make it authentic"))
        return False, warnings
    passed, why = verdict(v.result, domain, lex, explain=explain)
    if not passed and any(m.result == "pass" for m in v.result.of("arc")):
        sealers = trust.arc_sealers + tuple(s for r in lex.receivers for s in r.arc_sealers)
        first = arc_results(trace, sealers)
        if explain is not None:
            if first is None:
                explain.note(AUTHENTIC, N_("ARC: the verdict says arc=pass, but no well-formed chain whose first "
                                           "instance a trusted forwarder sealed"))
            else:
                explain.note(AUTHENTIC, N_("ARC: instance 1's results ({authserv}), sealed by a trusted forwarder, "
                                           "weighed instead"), authserv=first.authserv_id or "(no id)")
        if first is not None and verdict(first, domain, lex, explain=explain)[0]:
            return True, [*warnings, Doubt(doubts.ARC_FIRST_HOP, authserv=str(first.authserv_id))]
    if not passed:
        warnings.append(_not_authenticated(v.result.authserv_id, why or ""))
    return passed, warnings


def _not_authenticated(authserv_id: str | None, why: str) -> Doubt:
    """The warning of a failed verdict, naming the server when its header names it."""
    if authserv_id:
        return Doubt(doubts.NOT_AUTHENTICATED, authserv=authserv_id, why=why)
    return Doubt(doubts.NOT_AUTHENTICATED_BY_RECEIVER, why=why)
