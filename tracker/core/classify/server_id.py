"""Know the user's own server: what the latest messages of a mailbox say about who writes its
verdicts (issue 14, "Know the user's own server").

Only the receiving server's ``Authentication-Results`` count (:mod:`tracker.core.classify.receiving`);
without configuration tracker finds them by rule, which works for the big providers and for a
server whose header sits above the entry hop. Naming the server's authserv-id in
``trusted_authserv_ids`` removes the guesswork, and a server that writes no verdict at all makes
every Meta e-mail unverifiable, which the person must hear before a real notice is shown as
suspicious. ``tracker init`` and ``tracker doctor`` read the headers of the latest messages
(read-only) and hand them to :func:`survey`, which decides, without I/O:

* which authserv-id(s) the receiving verdicts carry (the proposal), and whether they belong to a
  provider recognised without configuration;
* whether any message carries a receiving verdict at all;
* whether the configured ids appear in these messages (when none does, no Meta mail of this
  mailbox can be verified: a configured id overrides the rules);
* which ARC forwarders sealed instance 1 of a chain the receiving server accepted (``arc=pass``)
  without being trusted (a university or company forwarder the person may want to add to
  ``trusted_arc_sealers``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

from tracker.core.classify.authres import parse_auth_results
from tracker.core.classify.lexicon import Receiver
from tracker.core.classify.receiving import Trace, arc_results, receiving_verdict
from tracker.core.classify.senders import registrable

__all__ = ["LATEST", "ServerSurvey", "provider_of", "survey", "trace_of"]

#: How many of the latest messages per folder are read: enough to see the server's habit, few
#: enough that ``doctor`` stays quick on a 100,000-message folder.
LATEST = 20

#: A header block longer than this is cut: a hostile message must not make the survey slow.
_MAX_HEADER = 256 * 1024

_TRACE = frozenset({"received", "authentication-results", "arc-seal", "arc-message-signature",
                    "arc-authentication-results"})
_FOLD = re.compile(r"\r?\n[ \t]+")
_SEAL_TAG = re.compile(r"\b(i|d)\s*=\s*([^;\s]+)", re.IGNORECASE)


def trace_of(header: bytes | str) -> Trace:
    """The trace headers (``Received``, ``Authentication-Results``, ``ARC-*``) of a header block,
    topmost first, unfolded: what :func:`~tracker.core.classify.receiving.receiving_verdict` reads."""
    raw = header.encode("utf-8", "surrogateescape") if isinstance(header, str) else header
    msg = BytesHeaderParser(policy=compat32).parsebytes(raw[:_MAX_HEADER])
    return tuple((k.lower(), _FOLD.sub(" ", str(v)).strip()) for k, v in msg.items() if k.lower() in _TRACE)


def _id_matches(authserv: str, pattern: str) -> bool:
    return authserv.endswith(pattern[1:]) if pattern.startswith("*.") else authserv == pattern


def provider_of(authserv_id: str, receivers: tuple[Receiver, ...]) -> Receiver | None:
    """The big provider whose verdicts carry this id (recognised without configuration), if any."""
    return next((r for r in receivers if any(_id_matches(authserv_id, p) for p in r.authserv_ids)), None)


@dataclass(frozen=True, slots=True)
class ServerSurvey:
    """What the latest messages say about the receiving server (see the module docstring)."""

    messages: int  # how many header blocks were read
    with_verdict: int  # how many carry a receiving verdict (found by rule, no configuration)
    ids: tuple[tuple[str, int], ...]  # (authserv-id, messages) of those verdicts, most frequent first
    providers: tuple[str, ...]  # names of the big providers among them (nothing to configure)
    configured: tuple[str, ...]  # trusted_authserv_ids as configured
    configured_seen: tuple[str, ...]  # those that appear in at least one message
    untrusted_sealers: tuple[tuple[str, int], ...]  # ARC instance-1 sealers, arc=pass, not trusted
    provider_ids: frozenset[str] = frozenset()  # the ids among ``ids`` that are a big provider's

    @property
    def no_verdict(self) -> bool:
        """Messages were read and not one carries a receiving verdict: no Meta mail can be verified."""
        return self.messages > 0 and self.with_verdict == 0 and not self.configured_seen

    @property
    def proposal(self) -> tuple[str, ...]:
        """The id to add to ``trusted_authserv_ids``: the most frequent one that is not a big
        provider's (those are recognised already; Microsoft's has no id to write). Only one: an id
        seen in a message or two may be an imported message's, and trusting it would let that
        server vouch for Meta."""
        own = [i for i, _n in self.ids if i and i not in self.provider_ids]
        return tuple(own[:1])

    @property
    def others(self) -> tuple[tuple[str, int], ...]:
        """The verdict ids seen besides the proposal (shown, never written)."""
        chosen = set(self.proposal)
        return tuple((i, n) for i, n in self.ids if i not in chosen and i and i not in self.provider_ids)

    @property
    def configured_missing(self) -> bool:
        """ids are configured, messages were read, and none of the ids appears in them: every
        Meta mail of this mailbox would be unverifiable (a configured id overrides the rules)."""
        return bool(self.configured) and self.messages > 0 and not self.configured_seen


def _first_sealer(trace: Trace) -> str | None:
    """The ``d=`` of ARC-Seal instance 1, when there is exactly one such seal."""
    found = []
    for name, value in trace:
        if name == "arc-seal":
            tags = {k.lower(): v.strip().lower() for k, v in _SEAL_TAG.findall(value[:4000])}
            if tags.get("i") == "1" and tags.get("d"):
                found.append(tags["d"])
    return found[0] if len(found) == 1 else None


def survey(traces: Iterable[Trace], receivers: tuple[Receiver, ...], trusted_ids: Sequence[str] = (),
           trusted_sealers: Sequence[str] = ()) -> ServerSurvey:
    """What ``traces`` (one per message, topmost header first) say about the receiving server.

    The proposal is read without the configured ids (what the rules find); the ARC question is
    asked of the verdict tracker really uses (with them), since that is the one whose
    ``arc=pass`` lets a trusted forwarder vouch for a message.
    """
    configured = tuple(t.lower() for t in trusted_ids)
    sealers_trusted = {registrable(s) for s in (*trusted_sealers, *(s for r in receivers for s in r.arc_sealers))}
    messages = with_verdict = 0
    ids: Counter[str] = Counter()
    seen_any: set[str] = set()
    sealers: Counter[str] = Counter()
    for trace in traces:
        messages += 1
        seen_any.update(parse_auth_results(v).authserv_id for n, v in trace if n == "authentication-results")
        found = receiving_verdict(trace, receivers)
        if found.result is not None:
            with_verdict += 1
            ids[found.result.authserv_id] += 1
        used = receiving_verdict(trace, receivers, configured) if configured else found
        if used.result is None or not any(m.result == "pass" for m in used.result.of("arc")):
            continue
        sealer = _first_sealer(trace)
        # arc_results with the sealer itself trusted: None unless the chain is well formed.
        if sealer and registrable(sealer) not in sealers_trusted and arc_results(trace, (sealer,)) is not None:
            sealers[registrable(sealer)] += 1
    ranked = tuple(sorted(ids.items(), key=lambda kv: -kv[1]))  # stable: the latest message first on ties
    provider_ids = frozenset(i for i, _n in ranked if provider_of(i, receivers) is not None)
    names = tuple(dict.fromkeys(p.name for i, _n in ranked if (p := provider_of(i, receivers)) is not None))
    return ServerSurvey(
        messages=messages, with_verdict=with_verdict, ids=ranked, providers=names, configured=configured,
        configured_seen=tuple(c for c in configured if c in seen_any),
        untrusted_sealers=tuple(sorted(sealers.items(), key=lambda kv: -kv[1])), provider_ids=provider_ids)
