"""Whose verdict counts (issue 14): the receiving server's Authentication-Results found in the
trace as each provider writes it, forged verdicts below the entry hop, split headers, ARC.

Header layouts: Gmail (verdict just below its entry ``Received``: Google's "Trace an email with
its full headers" help page and countless public samples), Microsoft 365 / Outlook.com (id-less
form: Microsoft's "Anti-spam message headers" documentation), iCloud (one header per method:
public samples in the blind batches' READMEs, unverified against Apple documentation), RFC 8601
appendix B and RFC 8617 section 5 (ARC) examples. Fastmail, Yahoo, GMX, Orange: unverified
layouts written from public samples' shape (see tests/corpus/blind/*/README.md).
"""

from __future__ import annotations

import pytest

from tracker.core.classify import classify_bytes, lexicon
from tracker.core.classify.authenticity import check_authenticity
from tracker.core.classify.receiving import arc_results, entry_hop, receiving_verdict
from tracker.model import Sender, Trust

LEX = lexicon()
FB = Sender("Facebook", "security@facebookmail.com")
META_HOP = ("received", "from mail-mail.facebook.com (mail-mail.facebook.com [69.171.232.143]) by {by} with ESMTPS "
            "id 1a2b; Mon, 20 May 2024 10:00:01 +0000")
PASS = "dkim=pass header.d=facebookmail.com header.s=s1024-2013-q3; spf=pass smtp.mailfrom=facebookmail.com; " \
       "dmarc=pass (p=REJECT) header.from=facebookmail.com"
FAIL = "dkim=none; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=REJECT) header.from=facebookmail.com"


def hop(by: str, src: str = "mail-mail.facebook.com [69.171.232.143]") -> tuple[str, str]:
    return ("received", f"from {src.split()[0]} ({src}) by {by} with ESMTPS id 1a2b; Mon, 20 May 2024 10:00:01 +0000")


def ar(value: str) -> tuple[str, str]:
    return ("authentication-results", value)


GMAIL = (("received", "by 2002:a05:6a10:8b0a:b0:4d1:2bd:1a with SMTP id f10csp12345; Mon, 20 May 2024"),
         hop("mx.google.com"), ar(f"mx.google.com; {PASS}"))
MICROSOFT = (hop("AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
                 "DB5PEPF0001.eurprd01.prod.outlook.com (2603:10a6::1)"),
             hop("DB5PEPF0001.eurprd01.prod.outlook.com", "AM0PR01.eurprd01.prod.outlook.com (2603:10a6::2)"),
             ar("spf=pass (sender IP is 69.171.232.143) smtp.mailfrom=facebookmail.com; dkim=pass (signature was "
                "verified) header.d=facebookmail.com;dmarc=pass action=none header.from=facebookmail.com;"
                "compauth=pass reason=100"),
             hop("DB5PEPF0001.mail.protection.outlook.com"))
ICLOUD = (ar("bimi.icloud.com; bimi=none"), ar("dmarc.icloud.com; dmarc=pass header.from=facebookmail.com"),
          ar("dkim-verifier.icloud.com; dkim=pass (1024-bit key) header.d=facebookmail.com"),
          ar("spf.icloud.com; spf=pass smtp.mailfrom=noreply@facebookmail.com"), hop("mx04.mail.icloud.com"))
FASTMAIL = (("received", "from mailmx.nyi.internal (10.202.2.41) by mailmx.nyi.internal (LMTPProxy); Mon, 20 May"),
            ar(f"mx6.messagingengine.com; {PASS}"), hop("mx6.messagingengine.com"))
SELF_HOSTED = (("received", "from localhost (localhost [127.0.0.1]) by mail.example.org (Dovecot LMTP)"),
               ar(f"mail.example.org; {PASS}"), hop("mail.example.org"))
PROVIDERS = {"gmail": GMAIL, "microsoft": MICROSOFT, "icloud": ICLOUD, "fastmail": FASTMAIL,
             "self-hosted": SELF_HOSTED}


NO_TRUST = Trust()


def authentic(trace: tuple[tuple[str, str], ...], trust: Trust = NO_TRUST) -> tuple[bool, list[str]]:
    return check_authenticity(FB, trace, LEX, trust)


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_genuine_meta_mail_as_each_provider_delivers_it_is_authentic(name: str) -> None:
    ok, warnings = authentic(PROVIDERS[name])
    assert ok is True, warnings


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_the_same_mail_with_a_forged_verdict_below_the_entry_hop_is_not(name: str) -> None:
    """The receiving side's own verdict is a fail; the sender's 'pass' sits below the entry hop."""
    trace = tuple((n, v.replace("dmarc=pass", "dmarc=fail").replace("dkim=pass", "dkim=fail"))
                  if n == "authentication-results" else (n, v) for n, v in PROVIDERS[name])
    forged = (*trace, ar(f"mx.google.com; {PASS}") if name != "gmail" else ar(f"mail.example.org; {PASS}"))
    ok, warnings = authentic(forged)
    assert ok is False
    assert any("forged" in w for w in warnings) or any("fail" in w.lower() for w in warnings)


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_a_receiving_dmarc_fail_is_not_authentic(name: str) -> None:
    trace = tuple((n, v.replace("dmarc=pass", "dmarc=fail")) if n == "authentication-results" else (n, v)
                  for n, v in PROVIDERS[name])
    assert authentic(trace)[0] is False


def test_a_server_that_writes_no_verdict_leaves_only_the_senders_forged_one() -> None:
    trace = (hop("mail.example.fr", "vps-4471.hosting-cheap.example [203.0.113.20]"), ar(f"mx.google.com; {PASS}"),
             hop("vps-4471.hosting-cheap.example", "[198.51.100.19] (unknown [198.51.100.19])"))
    ok, warnings = authentic(trace)
    assert ok is False
    assert any("forged result below the receiving server's" in w for w in warnings)


def test_a_header_naming_a_provider_the_mail_did_not_enter_through_is_forged() -> None:
    trace = (ar(f"mx.google.com; {PASS}"), hop("mail.example.org"))
    ok, warnings = authentic(trace)
    assert ok is False
    assert any("did not enter through" in w or "forged" in w for w in warnings)


def test_icloud_split_headers_are_one_verdict() -> None:
    v = receiving_verdict(ICLOUD, LEX.receivers)
    assert v.result is not None
    assert {m.method for m in v.result.methods} == {"bimi", "dmarc", "dkim", "spf"}


def test_the_entry_hop_skips_internal_hops() -> None:
    assert entry_hop(FASTMAIL, LEX.receivers) == (2, "mx6.messagingengine.com")
    assert entry_hop(MICROSOFT, LEX.receivers) == (3, "db5pepf0001.mail.protection.outlook.com")
    assert entry_hop(GMAIL, LEX.receivers) == (1, "mx.google.com")


def test_a_configured_authserv_id_decides() -> None:
    trace = (ar(f"mail.example.org; {FAIL}"), ar(f"filter.example.org; {PASS}"), hop("mail.example.org"))
    assert authentic(trace, Trust(authserv_ids=("filter.example.org",)))[0] is True
    assert authentic(trace)[0] is False


# ---- ARC ------------------------------------------------------------------------------------------------

def arc_chain(sealer: str, cv2: str = "pass") -> tuple[tuple[str, str], ...]:
    return (
        ("arc-seal", f"i=2; a=rsa-sha256; t=1716199201; cv={cv2}; d=google.com; s=arc-20160816; b=x"),
        ("arc-message-signature", "i=2; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816; b=y"),
        ("arc-authentication-results", "i=2; mx.google.com; dkim=fail header.d=facebookmail.com; arc=pass"),
        ("arc-seal", f"i=1; a=rsa-sha256; t=1716199200; cv=none; d={sealer}; s=arc; b=z"),
        ("arc-message-signature", f"i=1; a=rsa-sha256; c=relaxed/relaxed; d={sealer}; s=arc; b=w"),
        ("arc-authentication-results", f"i=1; mx.{sealer}; {PASS}"),
    )


def forwarded(sealer: str, cv2: str = "pass") -> tuple[tuple[str, str], ...]:
    return (hop("mx.google.com", f"relay.{sealer} [192.0.2.77]"),
            ar("mx.google.com; dkim=fail header.d=facebookmail.com; arc=pass (i=1 spf=pass dkim=pass dmarc=pass); "
               "dmarc=fail (p=REJECT) header.from=facebookmail.com"), *arc_chain(sealer, cv2))


def test_a_trusted_forwarders_arc_results_stand_in_for_a_broken_dkim() -> None:
    assert authentic(forwarded("example.edu"))[0] is False  # not trusted by default
    ok, warnings = authentic(forwarded("example.edu"), Trust(arc_sealers=("example.edu",)))
    assert ok is True
    assert any("ARC" in w for w in warnings)


def test_a_broken_arc_chain_vouches_for_nothing() -> None:
    assert arc_results(forwarded("example.edu", cv2="fail"), ("example.edu",)) is None
    assert arc_results(forwarded("example.edu")[:-1], ("example.edu",)) is None  # instance 1 without its results
    assert authentic(forwarded("example.edu", cv2="fail"), Trust(arc_sealers=("example.edu",)))[0] is False


# ---- forwards -------------------------------------------------------------------------------------------

FORWARD_LAYOUTS = {
    "gmail": "---------- Forwarded message ---------\nFrom: Facebook <security@facebookmail.com>\n"
             "Date: Mon, 20 May 2024",
    "outlook": "________________________________\nFrom: Facebook <security@facebookmail.com>\n"
               "Sent: Monday, May 20, 2024",
    "apple-mail": "Begin forwarded message:\n\nFrom: Facebook <security@facebookmail.com>\nDate: 20 May 2024",
    "thunderbird": "-------- Forwarded Message --------\nSubject: Your objection\nDate: Mon, 20 May 2024\n"
                   "From: Facebook",
}


@pytest.mark.parametrize("client", sorted(FORWARD_LAYOUTS))
def test_a_forward_of_meta_mail_is_unrelated_with_every_field_null(client: str) -> None:
    raw = (f"From: Claire Martin <claire@example.fr>\nTo: paul@example.fr\nSubject: Fwd: Your objection\n"
           f"Date: Tue, 21 May 2024 10:00:00 +0000\n\nLook at this!\n\n{FORWARD_LAYOUTS[client]}\n\n"
           "We will honour your objection. Your confirmation code is 482019. Case number 1234567890.\n"
           "https://www.facebook.com/help/contact/712876720715583\n").encode()
    c = classify_bytes(raw)[2]
    assert (c.kind.value, c.platform, c.code, c.deadline, c.objection_url, c.reference, c.authentic) == (
        "unrelated", None, None, None, None, None, None)


def test_a_private_top_level_name_is_a_host_inside_the_provider() -> None:
    """Fastmail's LMTP hop "by compute3.internal" and Posteo's "by dovecot01.posteo.local" are
    internal: the entry hop is the one below, and its provider's verdict counts."""
    for top, mx in (("compute3.internal", "mx5.messagingengine.com"), ("dovecot01.posteo.local", "mx04.posteo.de")):
        trace = (("received", f"from {mx} (Postfix) by {top} (LMTPProxy) with LMTP id x; Sun, 20 Apr 2025"),
                 ar(f"{mx}; {PASS}"), hop(mx))
        assert entry_hop(trace, LEX.receivers) == (2, mx)
        assert authentic(trace)[0] is True


def test_an_arc_chain_missing_its_message_signatures_still_vouches_but_two_of_one_instance_do_not() -> None:
    chain = forwarded("example.edu")
    without = tuple(h for h in chain if h[0] != "arc-message-signature")
    assert arc_results(without, ("example.edu",)) is not None
    doubled = (*chain, ("arc-message-signature", "i=1; a=rsa-sha256; d=example.edu; s=arc; b=v"))
    assert arc_results(doubled, ("example.edu",)) is None
