"""Know the user's own server (issue 14): from the header blocks of the latest messages, which
authserv-id the receiving verdicts carry, whether any verdict is written at all, whether the
configured ids appear, and which untrusted ARC forwarders the server accepted.

Every case is written as the header text a mailbox would hand back (``BODY.PEEK[HEADER]``)."""

from __future__ import annotations

import pytest

from tracker import i18n
from tracker.cli.doctor import verdict_checks
from tracker.core.classify import lexicon
from tracker.core.classify.server_id import ServerSurvey, provider_of, survey, trace_of

RECEIVERS = lexicon().receivers
PASS = "dkim=pass header.d=facebookmail.com; spf=pass smtp.mailfrom=facebookmail.com; dmarc=pass header.from=" \
       "facebookmail.com"

SELF_HOSTED = (
    "Return-Path: <bounce@facebookmail.com>\r\n"
    "Received: from localhost (localhost [127.0.0.1])\r\n\tby mail.example.org (Dovecot LMTP) with LMTP\r\n"
    f"Authentication-Results: mail.example.org;\r\n\t{PASS}\r\n"
    "Received: from mail-mail.facebook.com (mail-mail.facebook.com [69.171.232.143])\r\n"
    "\tby mail.example.org (Postfix) with ESMTPS id 4Vx; Mon, 20 May 2024 10:00:01 +0000\r\n"
    "From: Facebook <security@facebookmail.com>\r\nSubject: hello\r\n\r\n"
)
PERSONAL = (
    "Authentication-Results: mail.example.org; dkim=pass header.d=friend.example\r\n"
    "Received: from mx.friend.example (mx.friend.example [198.51.100.7])\r\n"
    "\tby mail.example.org (Postfix) with ESMTPS id 5Ab; Mon, 20 May 2024 11:00:00 +0000\r\n"
    "From: Friend <a@friend.example>\r\nSubject: dinner\r\n\r\n"
)
NO_VERDICT = (
    "Received: from mail-mail.facebook.com (mail-mail.facebook.com [69.171.232.143])\r\n"
    "\tby mail.example.org (Postfix) with ESMTPS id 4Vx; Mon, 20 May 2024 10:00:01 +0000\r\n"
    "From: Facebook <security@facebookmail.com>\r\n\r\n"
)
# A sender's own "verdict" sits below the entry hop: it came with the message, it is no verdict.
SENDER_WROTE_IT = (
    "Received: from evil.example (evil.example [203.0.113.9])\r\n"
    "\tby mail.example.org (Postfix) with ESMTPS id 6Cd; Mon, 20 May 2024 12:00:00 +0000\r\n"
    f"Authentication-Results: mail.example.org; {PASS}\r\n"
    "From: Facebook <security@facebookmail.com>\r\n\r\n"
)
GMAIL = (
    "Received: by 2002:a05:6a10:8b0a:b0:4d1:2bd:1a with SMTP id f10csp12345; Mon, 20 May 2024 10:00:02 -0700\r\n"
    "Received: from mail-mail.facebook.com (mail-mail.facebook.com. [69.171.232.143])\r\n"
    "        by mx.google.com with ESMTPS id a1si; Mon, 20 May 2024 10:00:01 -0700\r\n"
    f"Authentication-Results: mx.google.com;\r\n       {PASS}\r\n"
    "From: Facebook <security@facebookmail.com>\r\n\r\n"
)


def forwarded(sealer: str, cv2: str = "pass", by: str = "mail.example.org") -> str:
    """Mail forwarded through ``sealer`` (ARC instance 1), accepted with arc=pass by ``by``."""
    return (
        f"Authentication-Results: {by}; dkim=fail header.d=facebookmail.com; arc=pass (i=1); "
        "dmarc=fail header.from=facebookmail.com\r\n"
        f"Received: from relay.{sealer} (relay.{sealer} [192.0.2.77])\r\n\tby {by} (Postfix) with ESMTPS id 7Ef\r\n"
        f"ARC-Seal: i=2; a=rsa-sha256; t=1716199201; cv={cv2}; d={by}; s=arc; b=x\r\n"
        f"ARC-Message-Signature: i=2; a=rsa-sha256; c=relaxed/relaxed; d={by}; s=arc; b=y\r\n"
        f"ARC-Authentication-Results: i=2; {by}; dkim=fail header.d=facebookmail.com; arc=pass\r\n"
        f"ARC-Seal: i=1; a=rsa-sha256; t=1716199200; cv=none;\r\n\td={sealer}; s=arc; b=z\r\n"
        f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d={sealer}; s=arc; b=w\r\n"
        f"ARC-Authentication-Results: i=1; mx.{sealer}; {PASS}\r\n"
        "From: Facebook <security@facebookmail.com>\r\n\r\n"
    )


def of(*headers: str, ids: tuple[str, ...] = (), sealers: tuple[str, ...] = ()) -> ServerSurvey:
    return survey((trace_of(h) for h in headers), RECEIVERS, ids, sealers)


def test_the_trace_is_read_from_a_header_block_unfolded_and_in_order() -> None:
    trace = trace_of(SELF_HOSTED.encode())
    assert [n for n, _v in trace] == ["received", "authentication-results", "received"]
    assert trace[1][1] == f"mail.example.org; {PASS}"
    assert trace_of(SELF_HOSTED) == trace


def test_a_self_hosted_server_is_proposed() -> None:
    found = of(SELF_HOSTED, PERSONAL, NO_VERDICT)
    assert (found.messages, found.with_verdict) == (3, 2)
    assert found.ids == (("mail.example.org", 2),)
    assert found.proposal == ("mail.example.org",)
    assert not found.no_verdict
    assert not found.providers
    assert found.untrusted_sealers == ()


def test_no_verdict_in_any_message_is_said_plainly() -> None:
    found = of(NO_VERDICT, NO_VERDICT, SENDER_WROTE_IT)
    assert found.no_verdict
    assert found.proposal == ()
    assert found.with_verdict == 0


def test_no_messages_is_not_a_missing_verdict() -> None:
    found = of()
    assert found.messages == 0
    assert not found.no_verdict
    assert not found.configured_missing


def test_a_big_providers_verdict_needs_no_configuration() -> None:
    found = of(GMAIL, GMAIL)
    assert found.providers == ("Gmail / Google Workspace",)
    assert found.proposal == ()  # recognised already: nothing to write
    assert provider_of("mx.google.com", RECEIVERS) is not None
    assert provider_of("mail.example.org", RECEIVERS) is None


def test_the_most_frequent_id_is_proposed_and_the_others_only_shown() -> None:
    other = SELF_HOSTED.replace("mail.example.org;", "old.example.net;")
    found = of(SELF_HOSTED, other, PERSONAL)
    assert found.proposal == ("mail.example.org",)
    assert found.others == (("old.example.net", 1),)


def test_configured_ids_are_checked_against_the_messages() -> None:
    assert of(SELF_HOSTED, ids=("Mail.Example.org",)).configured_seen == ("mail.example.org",)
    missing = of(SELF_HOSTED, PERSONAL, ids=("mx.elsewhere.example",))
    assert missing.configured_missing
    assert missing.proposal == ("mail.example.org",)  # what to write instead
    assert not of(ids=("mx.elsewhere.example",)).configured_missing  # nothing read, nothing to say


def test_an_untrusted_forwarder_accepted_with_arc_pass_is_suggested() -> None:
    found = of(forwarded("example.edu"), forwarded("example.edu"), SELF_HOSTED)
    assert found.untrusted_sealers == (("example.edu", 2),)
    assert of(forwarded("example.edu"), sealers=("example.edu",)).untrusted_sealers == ()
    assert of(forwarded("google.com")).untrusted_sealers == ()  # a big provider's seal is trusted already


def test_a_broken_chain_or_no_arc_pass_suggests_nothing() -> None:
    assert of(forwarded("example.edu", cv2="fail")).untrusted_sealers == ()
    no_pass = forwarded("example.edu").replace("arc=pass (i=1)", "arc=fail")
    assert of(no_pass).untrusted_sealers == ()


def test_the_arc_question_is_asked_of_the_verdict_tracker_uses() -> None:
    """With an id configured, only that server's arc=pass counts."""
    mail = forwarded("example.edu", by="mx.example.org")
    assert of(mail).untrusted_sealers == (("example.edu", 1),)
    assert of(mail, ids=("filter.example.org",)).untrusted_sealers == ()


def test_a_huge_header_block_is_cut() -> None:
    block = SELF_HOSTED + "X-Junk: " + "a" * 2_000_000 + "\r\n"
    assert len(trace_of(block)) == 3


# ---- what doctor says about a survey ----------------------------------------------------------


def lines(found: ServerSurvey) -> list[tuple[str, bool, str, str]]:
    with i18n.speaking("en"):
        return [(c.name, c.ok, c.detail, c.advice) for c in verdict_checks(found, "verdicts", "ARC")]


def test_doctor_proposes_the_id_when_none_is_configured() -> None:
    (check,) = lines(of(SELF_HOSTED, PERSONAL))
    assert check[:2] == ("verdicts", True)
    assert check[2] == 'your server signs its verdicts as mail.example.org; add trusted_authserv_ids = ' \
                       '["mail.example.org"] to [general]'


def test_doctor_reports_a_server_without_verdicts_with_what_to_do() -> None:
    (check,) = lines(of(NO_VERDICT, NO_VERDICT))
    assert check[1] is False
    assert "none of the latest 2 messages carries an Authentication-Results header" in check[2]
    assert "no Meta e-mail can be verified" in check[2]
    for word in ("provider", "OpenDMARC", "rspamd", "milter", "Dovecot"):
        assert word in check[3]


@pytest.mark.parametrize(("ids", "ok"), [(("mail.example.org",), True), (("mx.elsewhere.example",), False)])
def test_doctor_checks_the_configured_id(ids: tuple[str, ...], ok: bool) -> None:
    (check,) = lines(of(SELF_HOSTED, ids=ids))
    assert check[1] is ok
    if not ok:
        assert 'trusted_authserv_ids = ["mx.elsewhere.example"] does not appear in the latest message' in check[2]
        assert '"mail.example.org"' in check[3]


def test_doctor_suggests_the_forwarder_as_information() -> None:
    checks = lines(of(SELF_HOSTED, forwarded("example.edu")))
    assert [c[:2] for c in checks] == [("verdicts", True), ("ARC", True)]
    assert 'add trusted_arc_sealers = ["example.edu"]' in checks[1][2]


def test_doctor_says_a_providers_verdict_needs_nothing_and_speaks_french() -> None:
    found = of(GMAIL)
    assert lines(found)[0][2] == "the verdicts are written by Gmail / Google Workspace: recognised without " \
                                 "configuration"
    with i18n.speaking("fr"):
        french = [c.detail for c in verdict_checks(of(SELF_HOSTED), "v", "a")]
    assert "mail.example.org" in french[0]
    assert "your server" not in french[0]
