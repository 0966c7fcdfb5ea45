"""tracker.core.parse: transfer encodings, charsets (honest and lying), RFC 2047 headers, HTML mail,
quoted replies, the cheap sender peek, and the errors of unreadable input."""

from __future__ import annotations

import base64
import quopri
from collections.abc import Callable
from email.message import EmailMessage

import pytest

from tracker.core.parse import (
    _decode_bytes,
    decode_header_value,
    decode_payload,
    html_to_text,
    parse,
    peek_headers,
    peek_sender,
    quick_text,
    strip_quotes,
)
from tracker.errors import MessageError
from tracker.model import Link, Sender

TEXT = "Votre opposition a été reçue. Grüße aus Köln – merci !"


def mail(body: bytes, *, ctype: str = "text/plain", charset: str | None = "utf-8", cte: str = "8bit",
         subject: bytes = b"Your objection") -> bytes:
    """One single-part message as literal bytes, with exactly the labels given (lies included)."""
    ct = f"Content-Type: {ctype}" + (f"; charset={charset}" if charset else "")
    return (
        b"From: Facebook <security@facebookmail.com>\r\n"
        b"To: Alice <Alice@Example.org>\r\n"
        b"Subject: " + subject + b"\r\n"
        b"Date: Wed, 22 May 2024 10:00:00 +0200\r\n"
        b"Message-ID: <m1@facebookmail.com>\r\n"
        b"MIME-Version: 1.0\r\n"
        + ct.encode() + b"\r\n"
        b"Content-Transfer-Encoding: " + cte.encode() + b"\r\n\r\n" + body
    )


# ---- transfer encodings and charsets --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cte", "encode"),
    [
        ("8bit", lambda b: b),
        ("quoted-printable", lambda b: quopri.encodestring(b)),
        ("base64", lambda b: base64.encodebytes(b)),
    ],
    ids=["8bit", "quoted-printable", "base64"],
)
def test_body_is_decoded_whatever_its_transfer_encoding(cte: str, encode: Callable[[bytes], bytes]) -> None:
    body = encode(TEXT.encode("utf-8"))
    assert parse(mail(body, cte=cte)).text == TEXT


def test_quoted_printable_soft_line_breaks_are_joined() -> None:
    body = b"Votre opposition a =C3=A9t=C3=A9 re=\r\n=C3=A7ue."
    assert parse(mail(body, cte="quoted-printable")).text == "Votre opposition a été reçue."


@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        (TEXT, "utf-8", "utf-8"),
        ("Votre opposition a été reçue. Grüße aus Köln", "iso-8859-1", "iso-8859-1"),
        ("Votre opposition a été reçue – « merci » € “ok”", "cp1252", "windows-1252"),
        ("Votre opposition a été reçue – € “ok”", "cp1252", "iso-8859-1"),
        ("Prix : 10 €", "iso-8859-15", "iso-8859-15"),
        (TEXT, "utf-8", '"UTF8"'),
    ],
    ids=["utf-8", "iso-8859-1", "windows-1252", "cp1252-labelled-latin1", "iso-8859-15", "quoted-utf8-alias"],
)
def test_body_is_decoded_with_its_charset(text: str, codec: str, label: str) -> None:
    assert parse(mail(text.encode(codec), charset=label)).text == text


@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        (TEXT, "utf-8", "iso-8859-1"),
        (TEXT, "utf-8", "us-ascii"),
        ("Votre opposition a été reçue. Grüße aus Köln", "latin-1", "utf-8"),
        ("Votre opposition a été reçue. Grüße aus Köln", "latin-1", "x-unknown-charset"),
        ("Votre opposition a été reçue. Grüße aus Köln", "latin-1", None),
    ],
    ids=["utf8-labelled-latin1", "utf8-labelled-ascii", "latin1-labelled-utf8", "latin1-unknown-label",
         "latin1-no-label"],
)
def test_body_with_a_wrong_or_missing_charset_label_is_still_decoded_correctly(
    text: str, codec: str, label: str | None
) -> None:
    assert parse(mail(text.encode(codec), charset=label)).text == text


@pytest.mark.parametrize(
    ("data", "label", "expected"),
    [
        (b"caf\xc3\xa9", "iso-8859-1", "café"),
        (b"caf\xe9", "utf-8", "café"),
        (b"\x93ok\x94", "iso-8859-1", "“ok”"),
        (b"caf\xe9", None, "café"),
    ],
)
def test_decode_bytes_corrects_the_common_charset_lies(data: bytes, label: str | None, expected: str) -> None:
    assert _decode_bytes(data, label) == expected


def test_decode_payload_applies_transfer_encoding_then_charset() -> None:
    msg = EmailMessage()
    msg.set_content(TEXT, charset="utf-8", cte="base64")
    assert decode_payload(msg).strip() == TEXT


# ---- headers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("=?utf-8?q?Votre_opposition_a_=C3=A9t=C3=A9_re=C3=A7ue?=", "Votre opposition a été reçue"),
        ("=?UTF-8?B?w4lsw6h2ZQ==?=", "Élève"),
        ("=?iso-8859-1?q?R=E9f=E9rence?= 1234", "Référence 1234"),
        ("Re: =?utf-8?q?caf=C3=A9?=", "Re: café"),
        ("=?utf-8?q?Part_one?=\r\n =?utf-8?q?_and_two?=", "Part one and two"),
        ("=?utf-8?q?caf=C3?= =?utf-8?q?=A9?=", "café"),
        ("=?iso-8859-1?q?caf=C3=A9?=", "café"),
        ("Plain subject", "Plain subject"),
    ],
    ids=["q-utf8", "b-utf8", "q-latin1", "mixed", "folded", "char-split-over-words", "utf8-labelled-latin1", "plain"],
)
def test_rfc2047_subjects_are_decoded(raw: str, expected: str) -> None:
    assert decode_header_value(raw) == expected


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("=?utf-8?q?caf=C3=A9 au lait", ("au lait",)),
        ("=?utf-8?b?!!!notbase64?=", ("notbase64",)),
        ("=?utf-8?x?abc?=", ("abc",)),
        ("Re: =?utf-8?q?caf=C3=A9?= =?utf-8?q?broken", ("Re: café", "broken")),
        ("=?utf-8?q?caf=C3=A9?= =?utf-8?b?Zm9v?", ("café",)),
    ],
    ids=["unterminated", "bad-base64", "unknown-encoding", "good-then-unterminated", "good-then-bad-padding"],
)
def test_broken_encoded_words_do_not_raise_and_lose_no_readable_text(raw: str, kept: tuple[str, ...]) -> None:
    decoded = decode_header_value(raw)
    for part in kept:
        assert part in decoded


@pytest.mark.parametrize("raw", [b"R\xc3\xa9f\xc3\xa9rence", b"R\xe9f\xe9rence"], ids=["utf-8", "latin-1"])
def test_raw_8bit_header_bytes_are_decoded(raw: bytes) -> None:
    assert decode_header_value(raw) == "Référence"


def test_encoded_subject_reaches_the_parsed_message_decoded() -> None:
    raw = mail(b"body", subject=b"=?utf-8?q?Votre_opposition_a_=C3=A9t=C3=A9_re=C3=A7ue?=")
    assert parse(raw).subject == "Votre opposition a été reçue"


# ---- peek_sender ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"From: Facebook <security@facebookmail.com>\r\nTo: a@example.org\r\n\r\nbody",
         Sender("Facebook", "security@facebookmail.com")),
        (b"From: =?utf-8?q?Meta_Confidentialit=C3=A9?=\r\n <privacy@facebookmail.com>\r\n\r\n",
         Sender("Meta Confidentialité", "privacy@facebookmail.com")),
        (b"From: =?utf-8?q?Meta_Confidential?=\r\n =?utf-8?q?it=C3=A9?= <privacy@facebookmail.com>\r\n\r\n",
         Sender("Meta Confidentialité", "privacy@facebookmail.com")),
        (b"from:   \"Instagram\"\r\n\t<no-reply@mail.instagram.com>\r\n\r\n",
         Sender("Instagram", "no-reply@mail.instagram.com")),
        (b"To: a@example.org\r\nFrom: =?iso-8859-1?q?S=E9curit=E9_Facebook?= <security@facebookmail.com>\r\n\r\n",
         Sender("Sécurité Facebook", "security@facebookmail.com")),
        (b"From: \"Facebook, Privacy\" <privacy@facebookmail.com>\r\n\r\n",
         Sender("Facebook, Privacy", "privacy@facebookmail.com")),
        (b"From: security@facebookmail.com\n\n", Sender("", "security@facebookmail.com")),
        (b"Reply-To: Meta <x@meta.com>\r\nFrom: Bob <bob@example.org>\r\n\r\n", Sender("Bob", "bob@example.org")),
    ],
    ids=["simple", "encoded-folded", "encoded-split-over-fold", "lower-case-tab-fold", "latin1-encoded",
         "quoted-comma", "bare-address-lf", "not-reply-to"],
)
def test_peek_sender_reads_the_from_header(raw: bytes, expected: Sender) -> None:
    assert peek_sender(raw) == expected


def test_peek_sender_does_not_read_a_from_line_in_the_body() -> None:
    assert peek_sender(b"Subject: hello\r\n\r\nFrom: Facebook <security@facebookmail.com>\r\n") is None


# ---- peek_headers ----------------------------------------------------------------------------------------------


def test_peek_headers_finds_the_message_id_of_crlf_mail() -> None:
    """GIVEN CRLF mail (what IMAP servers send), THEN its Message-ID, folded or not, is read from
    the header block, and the body starts after the blank line."""
    raw = (b"From: Bob <bob@example.org>\r\nMessage-ID:\r\n <abc@example.org>\r\nSubject: hi\r\n\r\n"
           b"Message-ID: <not-this@example.org>\r\n")
    headers = peek_headers(raw)
    assert headers.message_id == "<abc@example.org>"
    assert headers.sender == Sender("Bob", "bob@example.org")
    assert raw[headers.body_start :].startswith(b"Message-ID: <not-this")


def test_peek_headers_never_reads_a_message_id_in_the_body_of_crlf_mail() -> None:
    raw = b"From: Bob <bob@example.org>\r\nSubject: hi\r\n\r\nMessage-ID: <body@example.org>\r\n"
    assert peek_headers(raw).message_id is None


def test_peek_headers_of_lf_mail_and_of_a_header_block_without_end() -> None:
    assert peek_headers(b"Message-ID: <a@b>\nFrom: x@example.org\n\nbody").message_id == "<a@b>"
    endless = b"Message-ID: <a@b>\r\nX-Junk: " + b"x" * 300_000
    headers = peek_headers(endless)
    assert (headers.message_id, headers.body_start, len(headers.block)) == ("<a@b>", len(endless), 256 * 1024)


def test_unrelated_crlf_mail_gives_its_message_id() -> None:
    from tracker.core.classify import classify_bytes

    raw = b"From: Bob <bob@example.org>\r\nMessage-ID: <crlf@example.org>\r\nSubject: hi\r\n\r\nHello.\r\n"
    parsed, message_id, c = classify_bytes(raw)
    assert (parsed, message_id, c.kind.value) == (None, "<crlf@example.org>", "unrelated")


@pytest.mark.parametrize(
    "header",
    [
        b"From: =?utf-8?q?privacy=40facebookmail.com?= <phish@evil.net>",
        b"From: =?utf-8?q?Meta_=3Cprivacy=40facebookmail.com=3E?= <phish@evil.net>",
    ],
    ids=["address-as-name", "bracketed-address-as-name"],
)
def test_an_encoded_display_name_cannot_replace_the_real_address(header: bytes) -> None:
    raw = header + b"\r\nTo: a@example.org\r\nSubject: s\r\n\r\nbody text"
    assert peek_sender(raw).address == "phish@evil.net"  # type: ignore[union-attr]
    assert parse(raw).sender.address == "phish@evil.net"  # type: ignore[union-attr]


# ---- HTML ------------------------------------------------------------------------------------------------------

NEWSLETTER_HTML = """<html><head><style>.x{color:red}</style><title>Title here</title></head><body>
<div style="display:none;max-height:0;overflow:hidden">PREHEADER teaser text</div>
<table width="100%" cellpadding="0" style="font-family:Helvetica"><tr>
<td style="padding:10px;color:#1c1e21">Hi Alice,</td></tr>
<tr><td>We&#39;re updating our <b>Privacy Policy</b>.</td><td>Second&nbsp;cell</td></tr>
<tr><td><a href="https://www.facebook.com/help/contact/1" style="color:#1877f2">Right to&nbsp;object</a></td></tr>
</table><script>var tracking = 1;</script><p>Line one<br>Line two</p></body></html>"""


def test_html_text_keeps_table_cells_and_block_breaks() -> None:
    text, _ = html_to_text(NEWSLETTER_HTML)
    assert text == (
        "Hi Alice,\n\nWe're updating our Privacy Policy. Second cell\n\nRight to object\n\nLine one\nLine two"
    )


@pytest.mark.parametrize("hidden", ["PREHEADER", "color:red", "Title here", "tracking"])
def test_html_text_drops_hidden_preheader_styles_title_and_scripts(hidden: str) -> None:
    text, _ = html_to_text(NEWSLETTER_HTML)
    assert hidden not in text


@pytest.mark.parametrize(
    "style", ["display:none", "display: none !important", "visibility:hidden", "mso-hide:all"]
)
def test_html_text_drops_elements_hidden_by_inline_css(style: str) -> None:
    text, _ = html_to_text(f"<p>shown</p><div style='{style}'>hidden</div><p>after</p>")
    assert text == "shown\n\nafter"


def test_html_links_carry_their_visible_words() -> None:
    _, links = html_to_text(NEWSLETTER_HTML)
    assert links == [Link("https://www.facebook.com/help/contact/1", "Right to object")]


@pytest.mark.parametrize(
    "html",
    [
        "<div>My reply</div><div class='gmail_quote'><div class='gmail_attr'>On Mon, Meta wrote:</div>"
        "<blockquote><a href='https://evil.net/x'>old link</a> Ref. 9999999999</blockquote></div>",
        "<div>My reply</div><blockquote type='cite'><a href='https://evil.net/x'>old link</a> Ref. 9999999999"
        "</blockquote>",
        "<div>My reply</div><div id='divRplyFwdMsg'><b>From:</b> Meta</div><div><a href='https://evil.net/x'>old"
        "</a> Ref. 9999999999</div>",
        "<p>My reply</p><div class='moz-cite-prefix'>On 01/01, Meta wrote:</div><blockquote>Ref. 9999999999"
        "</blockquote>",
    ],
    ids=["gmail_quote", "blockquote", "outlook-divRplyFwdMsg", "thunderbird-moz-cite"],
)
def test_html_quotes_are_removed_with_their_links(html: str) -> None:
    text, links = html_to_text(html)
    assert text == "My reply"
    assert links == []


def test_html_text_after_a_blockquote_is_kept() -> None:
    assert html_to_text("<div>Reply</div><blockquote>Quoted</blockquote><div>after</div>")[0] == "Reply\n\nafter"


def test_html_with_an_xml_declaration_is_read() -> None:
    assert html_to_text("<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>")[0] == "x"


@pytest.mark.parametrize("char", ["\x01", "\x0b", "\x0c", "\ufffe"], ids=["SOH", "VT", "FF", "U+FFFE"])
def test_html_with_a_control_character_is_read_without_raising(char: str) -> None:
    text, _ = html_to_text(f"<p>Hello</p>{char}<p>World</p>")
    assert "Hello" in text
    assert "World" in text


def test_html_only_mail_is_parsed_to_its_visible_text_and_links() -> None:
    msg = EmailMessage()
    msg["From"] = "Facebook <security@facebookmail.com>"
    msg["To"] = "Alice <Alice@Example.org>"
    msg["Subject"] = "Changes to our Privacy Policy"
    msg.set_content(NEWSLETTER_HTML, subtype="html", cte="quoted-printable")
    parsed = parse(msg.as_bytes())
    assert parsed.text.startswith("Hi Alice,\n\nWe're updating our Privacy Policy.")
    assert "PREHEADER" not in parsed.text
    assert parsed.links == (Link("https://www.facebook.com/help/contact/1", "Right to object"),)


def test_a_quoted_link_in_html_mail_is_not_one_of_the_message_links() -> None:
    msg = EmailMessage()
    msg["From"] = "Facebook <security@facebookmail.com>"
    msg["Subject"] = "Re: objection"
    msg.set_content(
        "<p>Thanks, <a href='https://www.facebook.com/help/contact/1'>Right to object</a></p>"
        "<div class='gmail_quote'><blockquote><a href='https://evil.net/x'>Right to object</a></blockquote></div>",
        subtype="html",
    )
    urls = [lk.url for lk in parse(msg.as_bytes()).links]
    assert urls == ["https://www.facebook.com/help/contact/1"]


def test_the_plain_part_is_preferred_to_the_html_part() -> None:
    msg = EmailMessage()
    msg["From"] = "Facebook <security@facebookmail.com>"
    msg["Subject"] = "s"
    msg.set_content("The plain alternative has enough text to stand on its own here.")
    msg.add_alternative("<p>The HTML alternative.</p>", subtype="html")
    assert parse(msg.as_bytes()).text == "The plain alternative has enough text to stand on its own here."


def test_a_plain_stub_gives_way_to_the_html_part() -> None:
    msg = EmailMessage()
    msg["From"] = "Facebook <security@facebookmail.com>"
    msg["Subject"] = "s"
    msg.set_content("View in browser")
    msg.add_alternative("<p>" + "We are updating our Privacy Policy for AI at Meta. " * 4 + "</p>", subtype="html")
    assert parse(msg.as_bytes()).text.startswith("We are updating our Privacy Policy")


# ---- quotes --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, here is my answer.\n\nOn Mon, 3 Jun 2024 at 10:00, Meta <noreply@facebookmail.com> wrote:\n"
        "> Ref. 1234567890\n> old text",
        "Thanks, here is my answer.\n\nLe lun. 3 juin 2024 à 10:00, Meta <noreply@facebookmail.com> a écrit :\n"
        "> ancien texte",
        "Thanks, here is my answer.\n\nAm Mo., 3. Juni 2024 um 10:00 Uhr schrieb Meta <noreply@facebookmail.com>:\n"
        "> alter Text",
        "Thanks, here is my answer.\n\n-----Original Message-----\nFrom: Meta\nSent: Monday\nTo: me\n"
        "Subject: x\n\nold body Ref. 9999999999",
        "Thanks, here is my answer.\n\nFrom: Meta <noreply@facebookmail.com>\nSent: Monday, June 3, 2024 10:00 AM\n"
        "To: me@example.org\nSubject: Your objection\n\nold body",
        "Thanks, here is my answer.\n\nDe : Meta <noreply@facebookmail.com>\nEnvoyé : lundi 3 juin 2024 10:00\n"
        "À : moi@example.org\nObjet : opposition\n\nancien",
        "Thanks, here is my answer.\n\nVon: Meta <noreply@facebookmail.com>\nGesendet: Montag, 3. Juni 2024\n"
        "An: ich@example.org\nBetreff: Widerspruch\n\nalt",
        "Thanks, here is my answer.\n\n---------- Forwarded message ---------\nFrom: Meta\nDate: Mon\n\nfwd body",
        "Thanks, here is my answer.\n\nLe lun. 3 juin 2024 à 10:00, Meta a\nécrit :\n> ancien",
        pytest.param(
            "Thanks, here is my answer.\n\nOn Mon, Jun 3, 2024 at 10:00 AM Meta <noreply@facebookmail.com>\n"
            "wrote:\n\n> old text",
            id="gmail-wrapped-wrote",
        ),
    ],
    ids=["en-wrote", "fr-a-ecrit", "de-schrieb", "outlook-original-message", "outlook-from-sent",
         "outlook-fr-de-envoye", "outlook-de-von-gesendet", "forwarded", "fr-wrapped", "gmail-wrapped-wrote"],
)
def test_strip_quotes_removes_the_quoted_earlier_message(text: str) -> None:
    assert strip_quotes(text) == "Thanks, here is my answer."


def test_strip_quotes_drops_lines_starting_with_a_quote_mark() -> None:
    assert strip_quotes("Top line\n> quoted line\n>> deeper\nBottom line") == "Top line\nBottom line"


@pytest.mark.parametrize(
    "text",
    [
        "We wrote to you: this is not a quote header\nsecond line",
        "From: the Meta Privacy team\nYour objection has been received.",
    ],
    ids=["wrote-mid-line", "from-without-header-block"],
)
def test_strip_quotes_keeps_lines_that_only_look_like_quote_headers(text: str) -> None:
    assert strip_quotes(text) == text


def test_parse_keeps_only_the_new_text_of_a_plain_reply() -> None:
    body = b"Thanks.\r\n\r\nOn Mon, 3 Jun 2024 at 10:00, Meta <noreply@facebookmail.com> wrote:\r\n> Ref. 99999999\r\n"
    assert parse(mail(body)).text == "Thanks."


# ---- the parsed message and its errors ------------------------------------------------------------------------


def test_parse_reads_the_headers_the_classifier_needs() -> None:
    parsed = parse(mail(b"Hello."))
    assert parsed.sender == Sender("Facebook", "security@facebookmail.com")
    assert parsed.account == "alice@example.org"
    assert parsed.message_id == "<m1@facebookmail.com>"
    assert parsed.date is not None
    assert parsed.date.isoformat() == "2024-05-22T10:00:00+02:00"


def test_parse_keeps_every_authentication_results_header_topmost_first() -> None:
    raw = (b"Authentication-Results: mx.example.org; dmarc=fail\r\n"
           b"Authentication-Results: forged.example; dmarc=pass\r\n") + mail(b"Hello.")
    assert parse(raw).auth_results == ("mx.example.org; dmarc=fail", "forged.example; dmarc=pass")


@pytest.mark.parametrize(
    "raw",
    [b"", b"   \r\n", b"\r\n\r\n", b"\x00\x01\x02 binary junk", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"],
    ids=["empty", "blank", "only-newlines", "binary", "pdf"],
)
def test_parse_raises_message_error_on_input_that_is_not_mail(raw: bytes) -> None:
    with pytest.raises(MessageError):
        parse(raw)


def test_quick_text_gives_subject_and_first_text_part_without_quotes() -> None:
    body = b"Bonjour.\r\n\r\nLe lun. 3 juin 2024, Meta a \xc3\xa9crit :\r\n> ancien\r\n"
    assert quick_text(mail(body, subject=b"=?utf-8?q?R=C3=A9ponse?=")) == "Réponse\nBonjour."


def test_quick_text_decodes_a_base64_html_part() -> None:
    body = base64.encodebytes("<p>Grüße aus Köln</p>".encode())
    assert quick_text(mail(body, ctype="text/html", cte="base64")) == "Your objection\nGrüße aus Köln"


@pytest.mark.parametrize("text", [
    "Skriv inn koden under i e-postadressen du skrev i protestskjemaet:\n482019\n",
    "Please confirm the address you wrote in the form:\n482019\n",
])
def test_a_sentence_with_wrote_and_a_colon_is_not_a_quote_attribution(text: str) -> None:
    assert "482019" in strip_quotes(text)


@pytest.mark.parametrize("attribution", [
    "On Mon, 3 Jun 2024 at 10:00, Meta <x@facebookmail.com> wrote:",
    "Am 03.06.2024 um 10:00 schrieb Meta <x@facebookmail.com>:",
    "Meta <x@facebookmail.com> a écrit :",
])
def test_a_reply_attribution_still_starts_the_quote(attribution: str) -> None:
    assert strip_quotes(f"Thanks!\n{attribution}\n> We will honour your objection.\nold text\n") == "Thanks!"


@pytest.mark.parametrize("label", ["koi8-r", "windows-1251", "iso-8859-2", "windows-1250", "iso-8859-7"])
def test_utf8_bytes_under_a_one_byte_label_read_as_utf8(label: str) -> None:
    text = "Здравейте, Десислава · Vaše námitka nám byla doručena · Αξιότιμε χρήστη"
    assert _decode_bytes(text.encode("utf-8"), label) == text


@pytest.mark.parametrize(("label", "text"), [("koi8-r", "Здравствуйте, ваше возражение"),
                                              ("windows-1250", "Vaše námitka nám byla doručena"),
                                              ("iso-8859-7", "Αξιότιμε χρήστη")])
def test_a_genuine_one_byte_text_keeps_its_label(label: str, text: str) -> None:
    assert _decode_bytes(text.encode(label), label) == text


def test_a_plain_text_link_alone_on_its_line_is_labelled_by_the_line_above() -> None:
    msg = EmailMessage()
    msg["From"] = "Instagram <no-reply@mail.instagram.com>"
    msg["To"] = "marco@example.it"
    msg["Subject"] = "Novità"
    msg.set_content("Hai il diritto di opporti. Modulo di opposizione:\nhttps://www.instagram.com/x/1\n\n"
                    "Leggi qui https://www.instagram.com/x/2\nhttps://www.instagram.com/x/3\n"
                    "https://www.instagram.com/x/4 e altro\n")
    links = parse(msg.as_bytes()).links
    assert links == (Link("https://www.instagram.com/x/1", "Modulo di opposizione"),
                     Link("https://www.instagram.com/x/2", "Leggi qui"),
                     # the line above holds a link: it labels nothing; a link with words after it keeps none
                     Link("https://www.instagram.com/x/3", ""), Link("https://www.instagram.com/x/4", ""))
