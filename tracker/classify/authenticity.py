"""Did Meta really send it? Authentication-Results (RFC 8601), look-alikes, foreign links.

Only the receiving server's own verdict counts: the topmost ``Authentication-Results``
header (the last one added), or the one whose authserv-id the configuration names. Headers
further down may have been written by the sender. A message is authentic when that verdict
says DMARC pass, or DKIM pass for a Meta domain aligned with ``From`` (relaxed alignment:
same organisational domain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.classify.lexicon import Lexicon
from tracker.classify.senders import is_meta_domain, lookalike_reason, name_platform, registrable
from tracker.model import Sender

_COMMENT = re.compile(r"\([^()]*\)")


@dataclass(frozen=True, slots=True)
class AuthResult:
    authserv_id: str
    methods: tuple[tuple[str, str, dict[str, str]], ...]  # (method, result, properties)


def parse_auth_results(header: str) -> AuthResult:
    """Parse one Authentication-Results value (comments dropped, properties kept)."""
    text = header
    for _ in range(3):  # nested comments
        text = _COMMENT.sub(" ", text)
    parts = [p.strip() for p in text.split(";")]
    authserv = parts[0].split()[0].lower() if parts and parts[0].split() else ""
    methods: list[tuple[str, str, dict[str, str]]] = []
    for part in parts[1:]:
        tokens = part.split()
        if not tokens or "=" not in tokens[0]:
            continue
        method, _, result = tokens[0].partition("=")
        props: dict[str, str] = {}
        for tok in tokens[1:]:
            key, eq, value = tok.partition("=")
            if eq:
                props[key.lower()] = value.strip('"').lower()
        methods.append((method.lower().split("/")[0], result.lower(), props))
    return AuthResult(authserv_id=authserv, methods=tuple(methods))


def _trusted(headers: tuple[str, ...], trusted_ids: tuple[str, ...]) -> AuthResult | None:
    if not headers:
        return None
    if trusted_ids:
        wanted = {t.lower() for t in trusted_ids}
        for h in headers:
            r = parse_auth_results(h)
            if r.authserv_id in wanted:
                return r
        return None
    return parse_auth_results(headers[0])


def _domain_of(value: str) -> str:
    return value.rpartition("@")[2].strip("<>.").lower()


def check_authenticity(sender: Sender | None, auth_headers: tuple[str, ...], lex: Lexicon,
                       trusted_ids: tuple[str, ...] = ()) -> tuple[bool, list[str]]:
    """``(authentic, warnings)`` for a message that presents itself as Meta's."""
    warnings: list[str] = []
    if sender is None:
        return False, ["no sender address"]
    domain = sender.domain
    meta_from = is_meta_domain(domain, lex)
    reason = lookalike_reason(domain, lex)
    if reason:
        warnings.append(f"look-alike sender domain {domain} ({reason})")
    elif not meta_from:
        claimed = name_platform(sender.display_name, lex)
        if claimed:
            warnings.append(f"display name '{sender.display_name}' claims {claimed.value} but the address is "
                            f"{sender.address}, not a Meta domain")
        else:
            warnings.append(f"sender domain {domain} is not a Meta domain")
    result = _trusted(auth_headers, trusted_ids)
    if result is None:
        warnings.append("no trusted Authentication-Results header: cannot tell whether Meta sent it"
                        if not trusted_ids else
                        f"no Authentication-Results header from the trusted server ({', '.join(trusted_ids)})")
        return False, warnings
    if not meta_from:
        return False, warnings
    org = registrable(domain)
    passed = False
    seen: list[str] = []
    for method, res, props in result.methods:
        if method == "dmarc":
            seen.append(f"dmarc={res}")
            hfrom = props.get("header.from", domain)
            if res == "pass" and registrable(_domain_of(hfrom)) == org:
                passed = True
        elif method == "dkim":
            seen.append(f"dkim={res}")
            d = props.get("header.d") or _domain_of(props.get("header.i", ""))
            if res == "pass" and d and is_meta_domain(d, lex) and registrable(d) == org:
                passed = True
    if not passed:
        verdict = ", ".join(seen) if seen else "no DMARC or DKIM result"
        warnings.append(f"not authenticated as Meta by {result.authserv_id or 'the receiving server'} ({verdict})")
    return passed, warnings
