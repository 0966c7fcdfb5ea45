"""``classify --explain`` (issue 13): the collector records why, and never changes what.

Hand-written mails show each section's evidence; the whole labelled corpus shows that the
classification is the same with and without a collector."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.paths import CORPUS, missing_shared
from tracker.core.classify import Explain, classify_bytes
from tracker.output.render import classification_json

BLIND = Path(__file__).resolve().parents[1] / "corpus" / "blind"

PASS = "mx.example.org; dkim=pass header.d=facebookmail.com; spf=pass; dmarc=pass header.from=facebookmail.com"


def _labelled() -> list[Path]:
    files = []
    shared = [] if missing_shared("corpus/manifest.jsonl") else [CORPUS / "manifest.jsonl"]
    for manifest in [*sorted(BLIND.glob("*/manifest.jsonl")), *shared]:
        if manifest.is_file():
            for line in manifest.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    files.append(manifest.parent / json.loads(line)["file"])
    return files


LABELLED = _labelled()


def test_the_classification_is_the_same_with_and_without_explaining() -> None:
    assert len(LABELLED) >= 700
    differ = []
    for path in LABELLED:
        raw = path.read_bytes()
        _, mid, plain = classify_bytes(raw)
        why = Explain()
        _, mid2, explained = classify_bytes(raw, explain=why)
        if (mid, plain) != (mid2, explained) or repr(plain) != repr(explained):
            differ.append(path.name)
        assert why.notes, f"{path}: nothing explained"
    assert not differ


def _mail(body: str, *, subject: str = "About your information", date: str = "Mon, 02 Jun 2025 10:00:00 +0000",
          auth: str = PASS, top: str = "", sender: str = "Facebook <notification@facebookmail.com>",
          html: str | None = None) -> bytes:
    head = top + (f"Authentication-Results: {auth}\r\n" if auth else "")
    head += (f"From: {sender}\r\nTo: alice@example.org\r\nSubject: {subject}\r\nDate: {date}\r\n"
             "Message-ID: <x1@facebookmail.com>\r\nMIME-Version: 1.0\r\n")
    if html is None:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")).encode()
    return (head + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()


def _explain(raw: bytes) -> tuple[dict[str, object], list[dict[str, str]]]:
    why = Explain()
    _, mid, c = classify_bytes(raw, explain=why)
    return classification_json("t.eml", mid, c), why.as_json()


def _texts(notes: list[dict[str, str]], section: str) -> list[str]:
    return [n["text"] for n in notes if n["section"] == section]


NOTICE = ("Hello,\n\nWe're updating our Privacy Policy as we expand AI at Meta. We will rely on legitimate interests "
          "to use your public information to develop generative AI models. You have the right to object.\n\n"
          "If your objection is honoured, we will no longer use your information for AI at Meta.\n\n"
          "Right to object: https://www.facebook.com/help/contact/712876720715583\n")


def test_a_conditional_acceptance_is_named_and_set_aside() -> None:
    # Too few notice phrases for the full-notice rule: the acceptance is searched, and set aside.
    body = ("Hello,\n\nWe will use your information for AI at Meta. You can object.\n\n"
            "If your objection is honoured, we will honour your objection from then on.\n")
    got, notes = _explain(_mail(body))
    assert got["kind"] != "objection_accepted"
    kind = _texts(notes, "kind")
    aside = [t for t in kind if t.startswith("accepted:") and "set aside" in t]
    assert aside, kind
    assert "a conditional word before it in its sentence" in aside[0]
    assert '("if")' in aside[0]
    assert "If your objection is honoured".lower() in aside[0].lower()
    assert any(t.startswith("decided by the rule") for t in kind)
    assert any(t.startswith("structure:") for t in kind)


def test_each_date_is_listed_with_its_reasons_and_the_data_use_date_taken() -> None:
    body = NOTICE + ("\nThis email was sent on 2 June 2025. The last day to object is 25 June 2025.\n"
                     "The updated policy will take effect on 26 June 2025.\n")
    got, notes = _explain(_mail(body))
    assert got["kind"] == "policy_notice"
    assert got["deadline"] == "2025-06-26"
    dates = _texts(notes, "deadline")
    sent = next(t for t in dates if t.startswith("2025-06-02 in"))
    assert "on or before the sending day (-2)" in sent
    last = next(t for t in dates if t.startswith("2025-06-25 is stated as the last day to object"))
    assert "the day after, 2025-06-26" in last
    use = next(t for t in dates if t.startswith('2025-06-26 in "The updated policy'))
    assert "an effective word in its clause (+3)" in use
    assert any(t.startswith("taken: 2025-06-26") for t in dates)


def test_a_login_code_line_is_set_aside_and_the_winner_named() -> None:
    body = ("Hello,\n\nEnter the code below to confirm the email address on your objection request:\n\n"
            "482913\n\nThe code expires in one hour.\n\nIf you didn't try to log in, ignore this login code: "
            "771204\n")
    got, notes = _explain(_mail(body, subject="Your confirmation code"))
    assert got["kind"] == "verification_code"
    assert got["code"] == "482913"
    code = _texts(notes, "code")
    assert any(t.startswith("candidate 771204") and "set aside" in t and "another code" in t for t in code), code
    assert any(t.startswith("candidate 482913") and "score" in t for t in code)
    assert any(t.startswith("taken: 482913") for t in code)


def test_a_safe_links_wrapper_is_removed_and_a_mimecast_link_rejected() -> None:
    safe = ("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact"
            "%2F712876720715583&data=abc")
    html = (f"<p>{NOTICE}</p><p><a href=\"{safe}\">Right to object</a></p>"
            .replace("Right to object: https://www.facebook.com/help/contact/712876720715583", ""))
    got, notes = _explain(_mail("", html=html))
    assert got["objection_url"] == "https://www.facebook.com/help/contact/712876720715583"
    link = _texts(notes, "objection link")
    assert any("safelinks.protection.outlook.com" in t and "wrappers removed: eur01.safelinks" in t
               and "presented as the form" in t for t in link), link
    assert any(t.startswith("taken: https://www.facebook.com/help/contact/712876720715583") for t in link)

    opaque = "https://protect-eu.mimecast.com/s/AbCdEfGh?domain=facebook.com"
    got, notes = _explain(_mail("", html=html.replace(safe, opaque)))
    assert got["objection_url"] is None
    link = _texts(notes, "objection link")
    assert any("mimecast" in t and "opaque link rewriter" in t for t in link), link
    assert any(t.startswith("none taken: a mail-security service (protect-eu.mimecast.com)") for t in link)


def test_a_forged_verdict_below_the_entry_hop_is_reported_and_does_not_count() -> None:
    top = ("Authentication-Results: mx.example.org; dkim=fail header.d=facebookmail.com; "
           "dmarc=fail header.from=facebookmail.com\r\n"
           "Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by mx.example.org; "
           "Mon, 02 Jun 2025 10:00:00 +0000\r\n"
           "Authentication-Results: forger.example; dkim=pass header.d=facebookmail.com; "
           "dmarc=pass header.from=facebookmail.com\r\n")
    got, notes = _explain(_mail(NOTICE, auth="", top=top))
    assert got["authentic"] is False
    auth = _texts(notes, "authentic")
    assert any(t.startswith("entry hop: Received header 1") and "mx.example.org" in t for t in auth), auth
    assert any(t.startswith("counted: mx.example.org (the topmost header above the entry hop)") for t in auth)
    assert any(t.startswith("reported forged") and "forger.example" in t for t in auth)
    assert any(t == "weighed: a DMARC fail outweighs any pass" for t in auth)
    assert auth[-1] == "verdict: not authentic"


def test_unrelated_mail_is_explained_by_its_sender_alone() -> None:
    got, notes = _explain(_mail("Dinner?", sender="Bob <bob@example.net>"))
    assert got["kind"] == "unrelated"
    assert {n["section"] for n in notes} == {"sender", "language"}
    assert "nothing more is read" in _texts(notes, "sender")[-1]


@pytest.mark.parametrize("mask", [True, False])
def test_codes_are_masked_for_people_only(mask: bool) -> None:
    why = Explain()
    classify_bytes(_mail("Enter this code to confirm your objection request:\n\n482913\n",
                         subject="Your confirmation code"), explain=why)
    text = "\n".join(n.text(mask=mask) for n in why.in_order())
    assert ("482913" in text) is not mask
