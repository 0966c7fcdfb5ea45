"""Whose verdict counts: the ``Authentication-Results`` of the server that received the message
for the person, found in the message's trace headers (the contract's "Whose verdict counts").

A sender may write any ``Authentication-Results`` header it likes; what it cannot do is write
*above* the headers the receiving side adds. So the trace is read from the top: the entry
hop is the topmost ``Received`` header recording a hop from outside (not from a private
address, not between two hosts of the same organisation); the receiving verdict is

1. the headers whose authserv-id the configuration names (``trusted_authserv_ids``);
2. else the headers of a big provider kept as data (``senders.toml``, ``[[receiver]]``) when
   the message entered through that provider (Gmail writes its verdict just below its entry
   line; iCloud under ids like ``dmarc.icloud.com``; Microsoft with no authserv-id);
3. else the topmost header, when it sits above the entry hop.

Headers of one server are merged into one verdict (iCloud writes one per method). A header
below the entry hop, or naming a provider the message did not enter through, came with the
message: it is reported as forged and never counts.

ARC (RFC 8617): when the verdict says ``arc=pass``, the chain is well formed (instances 1..N,
one seal, signature and results each, ``cv=none`` then ``cv=pass``) and instance 1 was sealed
by a trusted forwarder, that instance's ``ARC-Authentication-Results`` may stand in for a DKIM
or DMARC pass that a forwarding footer broke.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from tracker.core import doubts
from tracker.core.classify.authres import AuthResult, parse_auth_results
from tracker.core.classify.explain import AUTHENTIC, Explain, Words
from tracker.core.classify.lexicon import Receiver
from tracker.core.classify.senders import registrable
from tracker.i18n import N_
from tracker.model import Doubt

__all__ = ["Receiver", "Verdict", "arc_results", "entry_hop", "receiving_verdict"]


@dataclass(frozen=True, slots=True)
class Verdict:
    result: AuthResult | None
    why_none: str | None = None  # when result is None: why no verdict counts
    forged: tuple[str, ...] = ()  # authserv-ids of headers that came with the message


Trace = tuple[tuple[str, str], ...]  # (lower-case header name, value), topmost first

_FROM = re.compile(r"^\s*from\s+(\S+)", re.IGNORECASE)
_BY = re.compile(r"\bby\s+([^\s;()]+)", re.IGNORECASE)
_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,8}", re.IGNORECASE)
_IP = re.compile(r"\[(?:ipv6:)?([0-9a-f:.]{2,45})\]|\(([0-9a-f:.]{2,45})\)", re.IGNORECASE)


# Addresses of a provider's own network (RFC 1918, shared, loopback, link-local, unique local):
# a hop from one of these is internal. (ipaddress's is_private also counts the documentation
# ranges, which stand for public hosts in examples.)
_INTERNAL = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
    "::1/128", "fc00::/7", "fe80::/10"))


# Top-level names kept for private networks (ICANN's ".internal", mDNS ".local", RFC 8375's
# ".home.arpa", and the usual in-house ones): "compute3.internal" (Fastmail) and
# "dovecot01.posteo.local" (Posteo) are bare names inside one organisation, as "p00-icloudmta" is.
_PRIVATE_TLDS = frozenset({"internal", "local", "localdomain", "lan", "intranet", "corp", "home", "private", "arpa",
                           "localhost"})


def _bare(host: str) -> bool:
    """A host name that says nothing outside its organisation: no dot, an address, or a private
    top-level name."""
    return "." not in host or _is_ip(host) or host.rsplit(".", 1)[1] in _PRIVATE_TLDS


def _private(ip: str) -> bool:
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return any(addr.version == net.version and addr in net for net in _INTERNAL)


def _hop(value: str) -> tuple[str, str, list[str]] | None:
    """``(from host, by host, from addresses)`` of a Received header, None without a from clause."""
    head = value[:2000]
    by = _BY.search(head)
    m = _FROM.match(head)
    if m is None or by is None:
        return None
    from_part = head[: by.start()]
    ips = [a or b for a, b in _IP.findall(from_part)]
    # the names the from part gives (the HELO name, then the reverse name in parentheses)
    names = [w.strip("[]();").lower() for w in _NAME.findall(from_part)]
    return m.group(1).strip("[]()").lower(), by.group(1).lower().rstrip("."), ips + names


def _external(hop: tuple[str, str, list[str]], receivers: tuple[Receiver, ...]) -> bool:
    """A hop from outside: not from an internal address, not between two hosts of one
    organisation (or of one provider, whose hosts span several domains)."""
    src, by, ips = hop
    addresses = [ip for ip in [*ips, src.strip("[]")] if _is_ip(ip)]
    names = {registrable(n) for n in ips if "." in n and not _is_ip(n)}
    if _bare(by) and any(n in r.domains for r in receivers for n in names):
        return False  # a provider's own host relaying to a bare internal name (iCloud's gateways)
    if addresses:
        # A public address in the from part is a hop from outside (Yahoo writes "from 127.0.0.1
        # (EHLO host) (69.171.232.143)"); only private ones make it internal.
        if all(_private(ip) for ip in addresses):
            return False
    elif _bare(src) or _bare(by):
        return False  # bare host names ("p00-icloudmta-smtpin-…"): hosts inside one organisation
    if src and "." in src and not _is_ip(src.strip("[]")):
        a, b = registrable(src), registrable(by)
        if a == b or any(a in r.domains and b in r.domains for r in receivers):
            return False
    return True


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def entry_hop(trace: Trace, receivers: tuple[Receiver, ...] = ()) -> tuple[int, str] | None:
    """``(index in trace, receiving host)`` of the topmost Received header from outside.

    When the entry hop names its receiving host by an address or a bare name (Yahoo: "by
    10.217.150.44"), the organisation is named by the nearest internal hop above it."""
    named: str | None = None
    for i, (name, value) in enumerate(trace):
        if name != "received":
            continue
        hop = _hop(value)
        if hop is None:
            continue
        by = hop[1]
        if _external(hop, receivers):
            return i, by if not _bare(by) else (named or by)
        if not _bare(by):
            named = by
    return None


def _id_matches(authserv: str, pattern: str) -> bool:
    if pattern.startswith("*."):
        return authserv.endswith(pattern[1:])
    return authserv == pattern


def _provider_of(authserv: str, receivers: tuple[Receiver, ...]) -> Receiver | None:
    for r in receivers:
        if any(_id_matches(authserv, p) for p in r.authserv_ids):
            return r
    return None


def _merged(results: list[AuthResult]) -> AuthResult:
    return AuthResult(authserv_id=results[0].authserv_id, methods=tuple(m for r in results for m in r.methods))


def receiving_verdict(trace: Trace, receivers: tuple[Receiver, ...], trusted_ids: tuple[str, ...] = (), *,
                      explain: Explain | None = None) -> Verdict:
    """The receiving side's verdict, as the module docstring explains."""
    v, rule = _verdict(trace, receivers, trusted_ids)
    if explain is not None:
        _explain_verdict(explain, trace, receivers, v, rule)
    return v


def _explain_verdict(explain: Explain, trace: Trace, receivers: tuple[Receiver, ...], v: Verdict, rule: str) -> None:
    entry = entry_hop(trace, receivers)
    if entry is None:
        explain.note(AUTHENTIC, N_("entry hop: no Received header from outside"))
    else:
        explain.note(AUTHENTIC, N_("entry hop: Received header {index} (from the top), received by {host}"),
                     index=sum(1 for n, _v in trace[: entry[0] + 1] if n == "received"), host=entry[1])
    count = sum(1 for n, _v in trace if n == "authentication-results")
    explain.note(AUTHENTIC, N_("Authentication-Results headers: {count}"), count=count)
    if v.result is not None:
        methods = "; ".join(" ".join([f"{m.method}={m.result}", *(f"{k}={val}" for k, val in m.props.items())])
                            for m in v.result.methods)
        explain.note(AUTHENTIC, N_("counted: {authserv} ({why}): {methods}"),
                     authserv=v.result.authserv_id or "(no id)", why=Words((rule,)), methods=methods or "-")
    else:
        explain.note(AUTHENTIC, N_("no header counted: {why}"), why=v.why_none or "-")
    if v.forged:
        explain.note(AUTHENTIC, N_("reported forged (below the entry hop, or naming a provider it did not enter "
                                   "through): {ids}"), ids=", ".join(sorted(set(v.forged))))


def _verdict(trace: Trace, receivers: tuple[Receiver, ...], trusted_ids: tuple[str, ...]) -> tuple[Verdict, str]:
    """:func:`receiving_verdict`, with the words naming the rule that found the verdict."""
    headers = [(i, parse_auth_results(v)) for i, (n, v) in enumerate(trace) if n == "authentication-results"]
    if not headers:
        return Verdict(None, Doubt(doubts.NO_AUTH_RESULTS)), ""
    entry = entry_hop(trace, receivers)
    entry_at = entry[0] if entry else len(trace)
    if trusted_ids:
        wanted = {t.lower() for t in trusted_ids}
        mine = [r for _i, r in headers if r.authserv_id in wanted]
        if not mine:
            return Verdict(None, Doubt(doubts.NO_TRUSTED_AUTH_RESULTS,
                                       ids=", ".join(trusted_ids))), ""
        return Verdict(_merged(mine)), N_("an authserv-id the configuration trusts (trusted_authserv_ids)")
    entered = None
    if entry is not None:
        org = registrable(entry[1])
        entered = next((r for r in receivers if org in r.domains), None)
    if entered is not None:
        mine = [r for _i, r in headers if _provider_of(r.authserv_id, receivers) is entered]
        forged = tuple(r.authserv_id or "(no id)" for _i, r in headers if _provider_of(r.authserv_id, receivers)
                       is not entered)
        if mine:
            return Verdict(_merged(mine), forged=forged), N_("the id of the provider the message entered through")
    above = [(i, r) for i, r in headers if i < entry_at]
    forged = tuple(r.authserv_id or "(no id)" for i, r in headers if i >= entry_at or
                   (entry is not None and _provider_of(r.authserv_id, receivers) not in (None, entered)))
    if not above:
        why = Doubt(doubts.NO_VERDICT if not forged else
                    doubts.FORGED_BELOW_NO_VERDICT)
        return Verdict(None, why, forged), ""
    top = above[0][1]
    provider = _provider_of(top.authserv_id, receivers)
    if provider is not None and entry is not None and provider is not entered:
        return Verdict(None, Doubt(doubts.FORGED_PROVIDER, authserv=top.authserv_id or "a Microsoft-style header"),
                       forged), ""
    # One server's split headers are one verdict, but only where the entry hop shows which
    # headers the receiving side wrote; with no Received line at all, the topmost alone counts.
    same = [r for _i, r in above if r.authserv_id == top.authserv_id] if entry is not None else [top]
    return (Verdict(_merged(same), forged=tuple(f for f in forged if f != top.authserv_id)),
            N_("the topmost header above the entry hop"))


_TAG = re.compile(r"\b(i|cv|d)\s*=\s*([^;\s]+)", re.IGNORECASE)


def _tags(value: str) -> dict[str, str]:
    return {k.lower(): v.strip().lower() for k, v in _TAG.findall(value[:4000])}


def arc_results(trace: Trace, sealers: tuple[str, ...]) -> AuthResult | None:
    """Instance 1's ARC-Authentication-Results, when the chain is well formed and instance 1
    was sealed by a trusted forwarder; else None. (The receiving verdict must say arc=pass.)"""
    seals: dict[int, dict[str, str]] = {}
    aar: dict[int, str] = {}
    ams: dict[int, int] = {}
    for name, value in trace:
        if name == "arc-seal":
            t = _tags(value)
            if not t.get("i", "").isdigit() or int(t["i"]) in seals:
                return None
            seals[int(t["i"])] = t
        elif name == "arc-message-signature":
            t = _tags(value)
            if t.get("i", "").isdigit():
                ams[int(t["i"])] = ams.get(int(t["i"]), 0) + 1
        elif name == "arc-authentication-results":
            inst, _, rest = value.partition(";")
            t = _tags(inst + ";")
            if not t.get("i", "").isdigit() or int(t["i"]) in aar:
                return None
            aar[int(t["i"])] = rest
    n = len(seals)
    # An ARC-Message-Signature a mail client or archive dropped is no reason to doubt the chain the
    # receiving server checked (its arc=pass is the verdict); two of one instance are.
    if n == 0 or set(seals) != set(range(1, n + 1)) or set(aar) != set(seals) or any(ams.get(i, 0) > 1 for i in seals):
        return None
    if seals[1].get("cv") != "none" or any(seals[i].get("cv") != "pass" for i in range(2, n + 1)):
        return None
    sealer = seals[1].get("d", "")
    trusted = {registrable(s) for s in sealers}
    if not sealer or registrable(sealer) not in trusted:
        return None
    return parse_auth_results(aar[1])
