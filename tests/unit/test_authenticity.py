"""tracker.core.classify.authenticity and tracker.core.classify.senders: whose verdict counts, what it
takes to be authentic, look-alike domains, and the platform a sender presents itself as."""

from __future__ import annotations

import pytest

from tracker.core.classify.authenticity import check_authenticity, parse_auth_results
from tracker.core.classify.lexicon import lexicon
from tracker.core.classify.senders import (
    domain_platform,
    is_meta_domain,
    lookalike_reason,
    name_platform,
    registrable,
    sender_platform,
)
from tracker.core.parse import parse
from tracker.model import Platform, Sender, Trust

LEX = lexicon()
FACEBOOK = Sender("Facebook", "security@facebookmail.com")
INSTAGRAM = Sender("Instagram", "no-reply@mail.instagram.com")
PASS = "mx.example.org; dkim=pass header.d=facebookmail.com; spf=pass; dmarc=pass header.from=facebookmail.com"
FAIL = "mx.example.org; dkim=fail header.d=facebookmail.com; spf=fail; dmarc=fail header.from=facebookmail.com"


def _trace(headers: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(("authentication-results", h) for h in headers)


def authentic(sender: Sender, *headers: str, trusted: tuple[str, ...] = ()) -> bool:
    return check_authenticity(sender, _trace(headers), LEX, Trust.of(trusted))[0]


def warnings_of(sender: Sender, *headers: str, trusted: tuple[str, ...] = ()) -> list[str]:
    return check_authenticity(sender, _trace(headers), LEX, Trust.of(trusted))[1]


# ---- whose verdict counts --------------------------------------------------------------------------------


def test_the_topmost_authentication_results_header_is_trusted() -> None:
    assert authentic(FACEBOOK, PASS, FAIL) is True


def test_a_forged_lower_header_saying_pass_is_ignored() -> None:
    forged = "mx.example.org; dkim=pass header.d=facebookmail.com; dmarc=pass header.from=facebookmail.com"
    assert authentic(FACEBOOK, FAIL, forged) is False


def test_topmost_header_order_survives_parsing_of_the_message() -> None:
    """GIVEN a message whose receiving server wrote a failing verdict above a forged passing one
    WHEN it is parsed and its sender checked
    THEN the receiving server's verdict decides."""
    raw = (
        f"Authentication-Results: {FAIL}\r\n"
        f"Authentication-Results: {PASS}\r\n"
        "From: Facebook <security@facebookmail.com>\r\nTo: a@example.org\r\nSubject: s\r\n\r\nHello.\r\n"
    ).encode()
    msg = parse(raw)
    assert check_authenticity(msg.sender, msg.trace, LEX)[0] is False


def test_the_header_of_the_trusted_authserv_id_is_used_even_when_lower() -> None:
    spam_filter = "spamfilter.local; dkim=fail header.d=facebookmail.com; dmarc=fail header.from=facebookmail.com"
    assert authentic(FACEBOOK, spam_filter, PASS, trusted=("mx.example.org",)) is True


def test_the_trusted_authserv_ids_verdict_wins_over_a_passing_header_from_another_server() -> None:
    other = "other.local; dmarc=pass header.from=facebookmail.com"
    assert authentic(FACEBOOK, other, FAIL, trusted=("mx.example.org",)) is False


def test_the_first_header_of_the_trusted_authserv_id_wins_over_a_forged_one_with_the_same_id() -> None:
    assert authentic(FACEBOOK, FAIL, PASS, trusted=("mx.example.org",)) is False


def test_trusted_authserv_id_is_matched_case_insensitively() -> None:
    assert authentic(FACEBOOK, "MX.Example.ORG; dmarc=pass header.from=facebookmail.com",
                     trusted=("mx.example.org",)) is True


def test_no_header_from_the_trusted_authserv_id_is_not_authentic_with_a_warning() -> None:
    authentic_, warnings = check_authenticity(
        FACEBOOK, _trace(("other.local; dmarc=pass header.from=facebookmail.com",)), LEX, Trust(("mx.example.org",))
    )
    assert authentic_ is False
    assert any("mx.example.org" in w for w in warnings)


def test_no_authentication_results_header_is_not_authentic_with_a_warning() -> None:
    authentic_, warnings = check_authenticity(FACEBOOK, (), LEX)
    assert authentic_ is False
    assert warnings


def test_parse_auth_results_drops_comments_and_keeps_properties() -> None:
    result = parse_auth_results(
        "mx.google.com (comment; with semicolon);\r\n dkim=pass (good signature) header.i=@facebookmail.com "
        'header.s=s1; spf=pass smtp.mailfrom=x@facebookmail.com; dmarc=pass (p=REJECT) header.from="FacebookMail.com"'
    )
    assert result.authserv_id == "mx.google.com"
    assert [(m.method, m.result) for m in result.methods] == [("dkim", "pass"), ("spf", "pass"), ("dmarc", "pass")]
    assert result.methods[2].props == {"header.from": "facebookmail.com"}


# ---- what it takes to be authentic ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "header", "expected"),
    [
        (FACEBOOK, "mx; spf=pass; dmarc=pass header.from=facebookmail.com", True),
        (FACEBOOK, "mx; dmarc=pass", False),  # a pass that names no domain proves nothing
        (FACEBOOK, "mx; dkim=pass header.d=facebookmail.com; dmarc=none", True),
        (INSTAGRAM, "mx; dkim=pass header.d=instagram.com", True),
        (INSTAGRAM, "mx; dkim=pass header.i=@instagram.com", True),
        (Sender("Meta", "noreply@facebook.com"), "mx; dkim=pass header.d=support.facebook.com", True),
        (FACEBOOK, "mx; dkim=pass header.d=evil.net; dmarc=none", False),
        (FACEBOOK, "mx; dkim=pass header.d=facebookmail.com.evil.net", False),
        (FACEBOOK, "mx; dkim=pass header.d=facebook.com", False),
        (FACEBOOK, "mx; dmarc=pass header.from=evil.net", False),
        (FACEBOOK, "mx; spf=pass smtp.mailfrom=facebookmail.com", False),
        (FACEBOOK, "mx; dkim=fail header.d=facebookmail.com; dmarc=fail header.from=facebookmail.com", False),
        (FACEBOOK, "mx; dmarc=bestguesspass header.from=facebookmail.com", False),
        (FACEBOOK, "mx; none", False),
    ],
    ids=["dmarc-pass", "dmarc-pass-no-header-from", "dkim-pass-aligned", "dkim-parent-of-subdomain-relaxed",
         "dkim-header-i", "dkim-subdomain-of-from-relaxed", "dkim-foreign-domain", "dkim-meta-as-subdomain",
         "dkim-other-meta-org-not-aligned", "dmarc-pass-for-another-from", "spf-only", "all-fail",
         "dmarc-bestguesspass", "none"],
)
def test_authentic_needs_dmarc_pass_or_aligned_dkim_pass_for_a_meta_domain(
    sender: Sender, header: str, expected: bool
) -> None:
    assert authentic(sender, header) is expected


def test_a_failed_verdict_is_explained_in_a_warning() -> None:
    assert any("DMARC fail for facebookmail.com" in w for w in warnings_of(FACEBOOK, FAIL))


def test_an_authentic_genuine_sender_has_no_warning() -> None:
    assert warnings_of(FACEBOOK, PASS) == []


@pytest.mark.parametrize(
    "sender",
    [Sender("Facebook", "security@faceb00k.com"), Sender("Facebook", "bob@gmail.com")],
    ids=["lookalike", "foreign"],
)
def test_a_non_meta_sender_is_never_authentic_even_when_its_own_domain_passes(sender: Sender) -> None:
    domain = sender.domain
    header = f"mx.example.org; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"
    assert authentic(sender, header) is False


# ---- look-alike domains ---------------------------------------------------------------------------------------

CYRILLIC_A = "\u0430"
CYRILLIC_E = "\u0435"
CYRILLIC_O = "\u043e"


@pytest.mark.parametrize(
    "domain",
    [
        "meta-privacy-notice.com",
        "faceb00k.com",
        "facebok-mail.com",
        "mail-instagram-help.net",
        f"f{CYRILLIC_A}cebook.com".encode("idna").decode("ascii"),
        f"inst{CYRILLIC_A}gr{CYRILLIC_A}m.com".encode("idna").decode("ascii"),
        f"m{CYRILLIC_E}t{CYRILLIC_A}.com".encode("idna").decode("ascii"),
        f"faceb{CYRILLIC_O}{CYRILLIC_O}k.com".encode("idna").decode("ascii"),
        f"f{CYRILLIC_A}cebook.com",
        "instagrarn.com",
        "whatsap.com",
        "facebook.com.evil.net",
    ],
    ids=["meta-word", "digits-for-letters", "one-letter-off", "product-word-inside", "punycode-cyrillic-a",
         "punycode-instagram", "punycode-meta", "punycode-cyrillic-o", "raw-unicode", "rn-for-m",
         "missing-letter", "meta-domain-as-subdomain"],
)
def test_lookalike_domains_are_flagged(domain: str) -> None:
    assert lookalike_reason(domain, LEX) is not None


@pytest.mark.parametrize(
    "domain",
    ["mail.instagram.com", "support.facebook.com", "facebookmail.com", "instagram.com", "meta.com",
     "whatsapp.com", "example.org", "gmail.com", "metamorphosis.org", "beta.com", "theta.com"],
)
def test_genuine_meta_domains_and_ordinary_domains_are_not_flagged(domain: str) -> None:
    assert lookalike_reason(domain, LEX) is None


@pytest.mark.parametrize(
    ("domain", "expected"),
    [("mail.instagram.com", True), ("support.facebook.com", True), ("FacebookMail.com.", True),
     ("facebookmail.com.evil.net", False), ("notfacebook.com", False), ("faceb00k.com", False)],
)
def test_is_meta_domain_accepts_meta_domains_and_their_subdomains_only(domain: str, expected: bool) -> None:
    assert is_meta_domain(domain, LEX) is expected


@pytest.mark.parametrize(
    ("domain", "expected"),
    [("mail.instagram.com", "instagram.com"), ("facebookmail.com", "facebookmail.com"),
     ("a.b.example.co.uk", "example.co.uk"), ("EXAMPLE.COM.", "example.com")],
)
def test_registrable_gives_the_organisational_domain(domain: str, expected: str) -> None:
    assert registrable(domain) == expected


def test_a_lookalike_sender_is_warned_about_and_not_authentic() -> None:
    authentic_, warnings = check_authenticity(Sender("Facebook", "x@faceb00k.com"), _trace((PASS,)), LEX)
    assert authentic_ is False
    assert any("faceb00k.com" in w for w in warnings)


def test_a_display_name_claiming_meta_over_a_foreign_address_is_warned_about() -> None:
    warnings = warnings_of(Sender("Facebook Privacy", "bob@gmail.com"), PASS)
    assert any("bob@gmail.com" in w for w in warnings)


def test_a_genuine_subdomain_sender_gets_no_lookalike_warning() -> None:
    assert warnings_of(INSTAGRAM, "mx; dkim=pass header.d=instagram.com") == []


# ---- the platform a sender presents itself as ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Facebook", Platform.FACEBOOK),
        ("Facebook Privacy", Platform.FACEBOOK),
        ("Instagram", Platform.INSTAGRAM),
        ("Meta", Platform.META),
        ("Meta for Business", Platform.META),
        ("WhatsApp", Platform.WHATSAPP),
        ("Messenger", Platform.MESSENGER),
        (f"f{CYRILLIC_A}cebook", Platform.FACEBOOK),
        ("Alice", None),
        ("John Metaxas", None),
        ("Facebookers United", None),
        ("", None),
    ],
)
def test_display_name_names_its_platform(name: str, expected: Platform | None) -> None:
    assert name_platform(name, LEX) is expected


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        (Sender("Instagram", "x@facebookmail.com"), Platform.INSTAGRAM),
        (Sender("Meta", "noreply@facebookmail.com"), Platform.META),
        (Sender("", "security@facebookmail.com"), Platform.FACEBOOK),
        (Sender("", "no-reply@mail.instagram.com"), Platform.INSTAGRAM),
        (Sender("", "x@meta.com"), Platform.META),
        (Sender("", "x@whatsapp.com"), Platform.WHATSAPP),
        (Sender("Facebook", "bob@gmail.com"), Platform.FACEBOOK),
        (Sender("Support Team", "x@mail-instagram-help.net"), Platform.INSTAGRAM),
        (Sender("Support Team", "x@meta-privacy-notice.com"), Platform.META),
        (Sender("", "x@faceb00k.com"), Platform.FACEBOOK),
        (Sender("Alice", "alice@example.org"), None),
        (Sender("John Metaxas", "john@example.org"), None),
    ],
    ids=["name-wins-over-domain", "meta-name-over-facebook-domain", "facebook-domain", "instagram-subdomain",
         "meta-domain", "whatsapp-domain", "fake-name-over-gmail", "lookalike-product-domain",
         "lookalike-meta-domain", "lookalike-digits", "personal", "name-containing-meta"],
)
def test_platform_is_the_display_names_else_the_domains_else_none(sender: Sender, expected: Platform | None) -> None:
    assert sender_platform(sender, LEX) is expected


def test_no_platform_without_a_sender() -> None:
    assert sender_platform(None, LEX) is None


@pytest.mark.parametrize(
    ("domain", "expected"),
    [("facebookmail.com", Platform.FACEBOOK), ("fb.com", Platform.FACEBOOK), ("atmeta.com", Platform.META),
     ("messenger.com", Platform.MESSENGER), ("example.org", None)],
)
def test_domain_names_its_platform(domain: str, expected: Platform | None) -> None:
    assert domain_platform(domain, LEX) is expected


# ---- hostile verdicts: what the sender smuggles into the receiving server's header -------------------------


@pytest.mark.parametrize("header", [
    # the envelope sender, quoted by the server, holds a forged verdict
    'mx.example.org; spf=pass smtp.mailfrom="x; dmarc=pass header.from=facebookmail.com x"@evil.example; '
    "dkim=none; dmarc=fail header.from=facebookmail.com",
    # a Gmail-style comment holds one
    "mx.google.com; spf=pass (google.com: domain of \"a);dmarc=pass header.from=facebookmail.com (b\"@evil.example "
    "designates 192.0.2.1 as permitted sender) smtp.mailfrom=evil.example; dmarc=fail (p=REJECT) "
    "header.from=facebookmail.com",
    # the forged pass comes first, the server's own fail after it: a fail outweighs a pass
    "mx.example.org; dmarc=pass header.from=facebookmail.com; dmarc=fail header.from=facebookmail.com",
    # a DKIM fail for the Meta domain with no aligned pass
    "mx.example.org; dkim=fail header.d=facebookmail.com; dmarc=none",
    # a pass that names no From domain
    "mx.example.org; dmarc=pass; spf=pass smtp.mailfrom=facebookmail.com",
])
def test_a_forged_or_failing_verdict_is_never_authentic(header: str) -> None:
    assert authentic(FACEBOOK, header) is False


def test_quoted_strings_and_comments_are_values_not_syntax() -> None:
    result = parse_auth_results(
        'mx.example.org 1; spf=pass (a comment; with dmarc=pass (nested) "and \\" quotes") '
        'smtp.mailfrom="odd; local=part"@evil.example; dmarc=fail header.from=facebookmail.com'
    )
    assert result.authserv_id == "mx.example.org"
    assert [(m.method, m.result) for m in result.methods] == [("spf", "pass"), ("dmarc", "fail")]
    assert result.methods[0].props == {"smtp.mailfrom": "odd; local=part@evil.example"}


def test_microsofts_header_has_no_authserv_id() -> None:
    result = parse_auth_results(
        "spf=pass (sender IP is 69.171.232.143) smtp.mailfrom=facebookmail.com; dkim=pass (signature was "
        "verified) header.d=facebookmail.com;dmarc=pass action=none header.from=facebookmail.com;compauth=pass "
        "reason=100"
    )
    assert result.authserv_id == ""
    assert [m.method for m in result.methods] == ["spf", "dkim", "dmarc", "compauth"]
    assert authentic(FACEBOOK, "spf=pass smtp.mailfrom=facebookmail.com; dkim=pass header.d=facebookmail.com;"
                                "dmarc=pass action=none header.from=facebookmail.com") is True


@pytest.mark.parametrize("header", [
    # RFC 8601 appendix B examples, shaped for a Meta sender
    "example.com; spf=pass smtp.mailfrom=facebookmail.com",
    "example.com; none",
    "example.com; dkim=pass (good signature) header.d=facebookmail.com",
    "example.com; auth=pass (cram-md5) smtp.auth=sender@facebookmail.com; spf=pass smtp.mailfrom=facebookmail.com",
    "example.com; sender-id=fail header.from=facebookmail.com; dkim=pass (good signature) header.d=facebookmail.com",
])
def test_the_rfcs_examples_parse(header: str) -> None:
    result = parse_auth_results(header)
    assert result.authserv_id == "example.com"
    assert all(m.result for m in result.methods)


def test_unclosed_comments_and_quotes_end_the_value_without_error() -> None:
    for header in ("mx; dmarc=pass (unclosed", 'mx; dmarc=pass header.from="unclosed', "(((((", '"', ";;;=;="):
        parse_auth_results(header)
