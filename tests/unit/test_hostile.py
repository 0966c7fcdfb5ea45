"""Hostile mail (issue 12): each shape that froze or fooled tracker, as a test of behaviour.

Nothing is timed here: linear time is proven by the static check in ``test_redos.py``; these
tests pin what the rewritten patterns must still (and no longer) read.
"""

from __future__ import annotations

import contextlib
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile import SHAPES
from tracker.core.classify import classify_bytes, lexicon, time_budget
from tracker.core.extract import MAX_WRAPPINGS, extract_objection_url, unwrap_redirect
from tracker.core.parse import MAX_TEXT, parse, peek_sender
from tracker.errors import MessageError
from tracker.model import Kind, Link, Platform, Sender

LEX = lexicon()

GENUINE = (
    "Authentication-Results: mx.example.org; dkim=pass header.d=facebookmail.com; "
    "dmarc=pass header.from=facebookmail.com\n"
    "From: {sender}\nTo: {to}\nSubject: Your objection\nDate: Mon, 20 May 2024 10:00:00 +0000\n"
    "Message-ID: <x@facebookmail.com>\nContent-Type: text/plain; charset=utf-8\n\n"
    "We reviewed your request and we will honour your objection to the use of your information "
    "for AI at Meta.\nReference number: 88112233\n"
)


def _mail(sender: str = "Facebook <security@facebookmail.com>", to: str = "To: a@example.org".removeprefix("To: "),
          extra: str = "") -> bytes:
    return (extra + GENUINE.format(sender=sender, to=to)).encode()


@pytest.mark.parametrize("crlf", [False, True])
def test_a_display_name_of_many_words_is_read_whole(crlf: bool) -> None:
    name = "Facebook " + "Privacy " * 60
    head = f"From: {name}<security@facebookmail.com>\nTo: a@example.org\n\nbody"
    raw = head.replace("\n", "\r\n" if crlf else "\n").encode()
    sender = peek_sender(raw)
    assert sender == Sender(display_name=name.strip(), address="security@facebookmail.com")


def test_a_folded_from_header_in_crlf_mail_is_read() -> None:
    raw = b"From: \"Facebook\"\r\n <security@facebookmail.com>\r\nTo: a@example.org\r\n\r\nx"
    assert peek_sender(raw) == Sender(display_name="Facebook", address="security@facebookmail.com")


@pytest.mark.parametrize("name", ["Face\u200bbook", "Face\u00adbook", "Insta\u200dgram", "\u202eFacebook"])
def test_invisible_characters_do_not_hide_a_meta_name(name: str) -> None:
    _, _, c = classify_bytes(_mail(sender=f'"{name}" <alerts@gmail.com>'))
    assert c.kind is not Kind.UNRELATED
    assert c.authentic is False


def test_a_display_name_that_is_a_meta_address_presents_the_mail_as_metas() -> None:
    _, _, c = classify_bytes(_mail(sender='"security@facebookmail.com" <impostor@gmail.com>'))
    assert c.platform is Platform.FACEBOOK
    assert c.authentic is False


@pytest.mark.parametrize("header", ["From: Facebook <security@facebookmail.com>", "To: victim@example.org",
                                    "Date: Tue, 21 May 2024 10:00:00 +0000", "Subject: Another"])
def test_a_second_single_header_makes_a_genuine_mail_not_authentic(header: str) -> None:
    _, _, c = classify_bytes(_mail(extra=header + "\n"))
    assert c.authentic is False
    assert any("RFC 5322 allows one" in w for w in c.warnings)


def test_the_genuine_mail_itself_is_authentic() -> None:
    _, _, c = classify_bytes(_mail())
    assert (c.kind, c.authentic, c.reference) == (Kind.OBJECTION_ACCEPTED, True, "88112233")


def test_a_reference_after_endless_separators_is_still_found_and_none_is_invented() -> None:
    text = "Your reference number : : # : 4412-9988\n"
    assert classify_bytes(_mail_body(text))[2].reference == "4412-9988"
    assert classify_bytes(_mail_body("Your reference number " + ": " * 5000 + "!\n"))[2].reference is None


def _mail_body(body: str) -> bytes:
    return (GENUINE.split("\n\n")[0] + "\n\nWe have received your objection to AI at Meta.\n" + body).format(
        sender="Facebook <security@facebookmail.com>", to="a@example.org").encode()


def test_text_beyond_the_bound_is_cut_with_a_warning() -> None:
    raw = _mail_body("x " * (MAX_TEXT // 2 + 10) + "\nCase number 55667788\n")
    msg = parse(raw)
    assert msg.cut
    assert len(msg.text) <= MAX_TEXT
    _, _, c = classify_bytes(raw)
    assert any("only its beginning was read" in w for w in c.warnings)
    assert c.reference is None  # it lay beyond the bound


def _wrap(url: str, times: int) -> str:
    for _ in range(times):
        url = "https://l.facebook.com/l.php?u=" + quote(url, safe="")
    return url


def test_unwrapping_goes_on_until_no_wrapper_is_left() -> None:
    form = "https://www.facebook.com/help/contact/712876720715583"
    assert unwrap_redirect(_wrap(form, 9), LEX.redirects) == form
    assert unwrap_redirect("https://www.facebook.com/flx/warn/?u=" + quote(form, safe=""), LEX.redirects) == form


def test_too_many_wrappers_give_no_link_and_a_warning() -> None:
    deep = _wrap("https://evil.example/", MAX_WRAPPINGS + 2)
    assert unwrap_redirect(deep, LEX.redirects) is None
    url, warning = extract_objection_url([Link(url=deep, label="Right to object")], LEX.patterns["form_link"],
                                         LEX.form_paths, LEX.redirects, lambda h: h.endswith("facebook.com"))
    assert url is None
    assert warning is not None
    assert "redirects" in warning


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_hostile_shape_is_classified(shape: str) -> None:
    _, _, c = classify_bytes(SHAPES[shape](64 * 1024))
    assert c.platform is Platform.FACEBOOK


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_any_bytes_are_classified_or_refused_in_one_line(raw: bytes) -> None:
    error: MessageError | None = None
    try:
        classify_bytes(raw)
    except MessageError as e:
        error = e
    assert error is None or "\n" not in str(error)


_PIECES = st.sampled_from([
    "From: Facebook <a@facebookmail.com>\r\n", "From: \"Face\u200bbook\" <x@gmail.com>\n", "To: a@b.c\n",
    "To: \"x\" <y@z>\n", "Subject: =?utf-8?q?Obj=C3=A9ction?=\n", "Date: Mon, 20 May 2024 10:00:00 +0000\n",
    "Content-Type: multipart/alternative; boundary=\"b\"\n", "Content-Type: text/html; charset=utf-8\n",
    "Content-Transfer-Encoding: base64\n", "Content-Transfer-Encoding: quoted-printable\n",
    "Authentication-Results: mx; dmarc=pass header.from=facebookmail.com\n",
    "Authentication-Results: spf=pass (a \"(\" b) smtp.mailfrom=\"x;y\"@z; dmarc=fail\n",
    "\n", "\r\n", "--b\n", "--b--\n", "right to object ", "26 June 2024 ", "Reference : : : #", "123 456\n",
    "<a href=\"https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F1\">object</a>",
    "> quoted\n", "On Mon, Meta wrote:\n", "=\n", "=C3=A9", "<div style=\"display:none\">", "\x00", "\x1b[2K",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60))
def test_mail_shaped_noise_never_raises_anything_but_a_message_error(pieces: list[str]) -> None:
    raw = "".join(pieces).encode("utf-8")
    with contextlib.suppress(MessageError):
        classify_bytes(raw)


def test_a_message_over_its_time_budget_is_refused_with_one_line() -> None:
    ticks = iter([0.0, 0.5, 11.0, 11.0, 11.0, 11.0])
    check = time_budget(10.0, clock=lambda: next(ticks))
    with pytest.raises(MessageError, match=r"too costly to read \(more than 10 s\)"):
        classify_bytes(_mail(), checkpoint=check)


def test_within_its_budget_a_message_is_classified_as_usual() -> None:
    assert classify_bytes(_mail(), checkpoint=time_budget(60.0))[2].kind is Kind.OBJECTION_ACCEPTED
