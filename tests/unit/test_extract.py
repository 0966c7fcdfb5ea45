"""tracker.core.extract: the confirmation code, dates and the deadline, redirects, link safety,
the objection form link and the case reference, each tested on its own with the real
phrase tables (``tracker/core/classify/phrases``)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.core.classify.lexicon import lexicon
from tracker.core.classify.senders import is_meta_domain
from tracker.core.extract import (
    extract_code,
    extract_deadline,
    extract_objection_url,
    extract_reference,
    find_dates,
    unwrap_redirect,
    url_problem,
)
from tracker.core.parse import html_to_text
from tracker.model import Link

LEX = lexicon()
P = LEX.patterns


def code_of(text: str, subject: str = "") -> str | None:
    return extract_code(text, subject, P["code"], P["other_code"])


def deadline_of(text: str, sent: date | None = None) -> date | None:
    return extract_deadline(text, LEX.months, LEX.months, P["effective"], P["not_deadline"], sent)


def is_meta_host(host: str) -> bool:
    return is_meta_domain(host, LEX)


def objection_url_of(*links: Link) -> tuple[str | None, str | None]:
    return extract_objection_url(links, P["form_link"], LEX.form_paths, LEX.redirects, is_meta_host)


def reference_of(text: str, subject: str = "") -> str | None:
    return extract_reference(text, subject, P["reference"])


# ---- the confirmation code ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your confirmation code is 482913", "482913"),
        ("Your confirmation code: 482 913", "482913"),
        ("Your confirmation code: 482\u00a0913", "482913"),
        ("Enter this code to confirm your email address:\n\n482913\n", "482913"),
        ("Votre code de confirmation : 482913", "482913"),
        ("Use this code to confirm your email address:\n\n4 8 2 9 1 3\n", "482913"),
    ],
    ids=["plain", "space-split", "nbsp-split", "alone-on-its-line", "french", "one-digit-per-cell"],
)
def test_code_is_found_as_six_digits_without_separators(text: str, expected: str) -> None:
    assert code_of(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Your confirmation code is 012345", "Your confirmation code: 012 345", "Confirmation code:\n\n0 1 2 3 4 5\n"],
)
def test_code_keeps_its_leading_zeros(text: str) -> None:
    assert code_of(text) == "012345"


def test_code_in_the_subject_is_found_when_the_body_has_none() -> None:
    assert code_of("", subject="482913 is your confirmation code") == "482913"


def test_code_spread_one_digit_per_html_cell_is_found_after_html_to_text() -> None:
    html = (
        "<table><tr><td>Enter this code to confirm your email address:</td></tr>"
        "<tr><td style='padding:4px'>0</td><td>4</td><td>8</td><td>2</td><td>1</td><td>3</td></tr></table>"
        "<p>Meta Platforms Ireland Ltd.</p>"
    )
    text, _ = html_to_text(html)
    assert code_of(text) == "048213"


@pytest.mark.parametrize(
    "text",
    [
        "Password reset code: 123456",
        "123456 is your Facebook password reset code",
        "Your Facebook login code is 123456",
        "Your recovery code: 123456",
        "Your security code is 123456",
        pytest.param(
            "Someone tried to log in to your account.\nUse this code to log in: 123456",
            id="use-this-code-to-log-in",
        ),
        pytest.param(
            "We received a request to reset your password.\nEnter this code to reset your password: 123456",
            id="enter-this-code-to-reset-password",
        ),
        pytest.param(
            "Use this code to recover your account: 123456",
            id="use-this-code-to-recover",
        ),
    ],
)
def test_login_password_reset_and_recovery_codes_are_rejected(text: str) -> None:
    assert code_of(text) is None


def test_confirmation_code_wins_over_a_mention_of_passwords_elsewhere() -> None:
    text = "Your confirmation code is 482913.\nWe will never ask for your password."
    assert code_of(text) == "482913"


@pytest.mark.parametrize(
    "text",
    [
        "Visit https://www.facebook.com/help/contact/123456 to get a confirmation code",
        "Confirmation code: see www.facebook.com/confirm/123456",
        "https://www.facebook.com/help/contact/123456?code=654321",
        "Confirmation code requested. Reference number: 1234567890123456",
        "Confirmation code requested. Reference: 1234 5678 9012 3456",
        "Questions? Call +33 1 23 45 67 89.",
        "Questions? Call +1 650-543-4800.",
        pytest.param(
            "Questions? Call +34 912 345 678.",
            id="phone-+34-912-345-678",
        ),
        pytest.param(
            "Questions? Call +49 30 123456.",
            id="phone-+49-30-123456",
        ),
        "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland",
        "Meta Platforms France, 6 rue Ménars, 75002 Paris",
        "Meta Platforms, 1 Hacker Way, Menlo Park, CA 94025",
        "Order 1234567 shipped",
        "Amount: 1,234,567",
    ],
)
def test_numbers_that_are_not_codes_are_not_taken(text: str) -> None:
    assert code_of(text) is None


def test_the_real_code_wins_over_reference_phone_and_postcode_in_the_same_mail() -> None:
    text = (
        "Hello,\n\nHere is the code to confirm your email address.\n\n482913\n\n"
        "Reference number: 1234567890123456\n"
        "Questions? Call +34 912 345 678.\n"
        "Meta Platforms Romania, Str. Exemplu 1, 010011 București\n"
        "https://www.facebook.com/help/contact/654321\n"
    )
    assert code_of(text) == "482913"


# ---- dates ----------------------------------------------------------------------------------------------

# Month words of languages that have no phrase file yet: find_dates takes any month table.
GERMAN = {"januar": 1, "mai": 5, "juni": 6, "juli": 7}
HUNGARIAN = {"május": 5, "június": 6}
LITHUANIAN = {"gegužės": 5, "birželio": 6}


@pytest.mark.parametrize(
    ("text", "months", "expected"),
    [
        ("26 June 2024", LEX.months, date(2024, 6, 26)),
        ("June 26, 2024", LEX.months, date(2024, 6, 26)),
        ("Wednesday, 26 June 2024", LEX.months, date(2024, 6, 26)),
        ("Wednesday, June 26, 2024", LEX.months, date(2024, 6, 26)),
        ("the 26th of June, 2024", LEX.months, date(2024, 6, 26)),
        ("Sept 3, 2024", LEX.months, date(2024, 9, 3)),
        ("le mercredi 26 juin 2024", LEX.months, date(2024, 6, 26)),
        ("le 27 mai 2025", LEX.months, date(2025, 5, 27)),
        ("Mittwoch, 26. Juni 2024", GERMAN, date(2024, 6, 26)),
        ("ab dem 27. Mai 2025", GERMAN, date(2025, 5, 27)),
        ("2024. június 26.", HUNGARIAN, date(2024, 6, 26)),
        ("2024 m. birželio 26 d.", LITHUANIAN, date(2024, 6, 26)),
    ],
    ids=["en-dmy", "en-mdy", "en-weekday-dmy", "en-weekday-mdy", "en-ordinal", "en-abbrev", "fr-weekday", "fr",
         "de-weekday", "de", "hu-ymd", "lt-ymd"],
)
def test_long_dates_are_found_in_any_word_order(text: str, months: dict[str, int], expected: date) -> None:
    assert [d.value for d in find_dates(text, months)] == [expected]


@pytest.mark.parametrize("text", ["26/06/2024", "26.06.2024", "2024-06-26", "26/6/2024", "2024.06.26"])
def test_numeric_dates_are_found(text: str) -> None:
    assert [d.value for d in find_dates(text, LEX.months)] == [date(2024, 6, 26)]


@pytest.mark.parametrize("text", ["31 June 2024", "31/06/2024", "June 2024", "Order 2024-123456"])
def test_impossible_or_incomplete_dates_are_not_found(text: str) -> None:
    assert find_dates(text, LEX.months) == []


def test_a_date_without_year_takes_the_default_year_and_says_so() -> None:
    [found] = find_dates("from 26 June onwards", LEX.months, default_year=2025)
    assert (found.value, found.has_year) == (date(2025, 6, 26), False)


def test_a_date_without_year_is_not_found_without_a_default_year() -> None:
    assert find_dates("from 26 June onwards", LEX.months) == []


def test_date_match_positions_cover_the_date_in_the_text() -> None:
    text = "We will use it from 26 June 2024 onwards."
    [found] = find_dates(text, LEX.months)
    assert text[found.start : found.end] == "26 June 2024"


# ---- the deadline ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This file expires on 1 July 2024. The new policy will take effect on 26 June 2024.", date(2024, 6, 26)),
        ("The new policy will take effect on 26 June 2024. This file expires on 1 July 2024.", date(2024, 6, 26)),
        ("Your download (available since 20 May 2024) is ready.\n\nThis update takes effect on 26 June 2024.",
         date(2024, 6, 26)),
        ("Last updated: 22 May 2024\n\nThe new Privacy Policy takes effect on 26 June 2024.", date(2024, 6, 26)),
        ("Sent on 20 May 2024. This update takes effect on 26 June 2024.", date(2024, 6, 26)),
        ("Ce fichier expire le 30 mai 2025. Les modifications entreront en vigueur le 27 mai 2025.",
         date(2025, 5, 27)),
        ("Ce lien expire le 30 mai 2025. À partir du 27 mai 2025, nous utiliserons vos informations.",
         date(2025, 5, 27)),
        ("The update takes effect on 26/06/2024.", date(2024, 6, 26)),
        ("Effective from 2024-06-26, we will rely on legitimate interests.", date(2024, 6, 26)),
        pytest.param(
            "The changes take effect on 26 June 2024, and the download link expires on 1 July 2024.",
            date(2024, 6, 26),
            id="expiry-right-after-the-deadline",
        ),
        pytest.param(
            "Our Privacy Policy, last updated 22 May 2024, takes effect on 26 June 2024.",
            date(2024, 6, 26),
            id="last-updated-right-before-the-deadline",
        ),
    ],
)
def test_deadline_is_the_date_that_takes_effect_not_an_expiry_or_availability_date(
    text: str, expected: date
) -> None:
    assert deadline_of(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Your file expires on 1 July 2024.", "Your information has been available since 2 May 2024.", "No date here."],
)
def test_no_deadline_when_only_ruled_out_dates_or_none_are_present(text: str) -> None:
    assert deadline_of(text) is None


def test_deadline_ignores_dates_inside_urls() -> None:
    text = "See https://www.facebook.com/privacy/2024-07-01/update. The update takes effect on 26 June 2024."
    assert deadline_of(text) == date(2024, 6, 26)


# ---- click-tracking redirects ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F712876720715583&h=AT0x",
         "https://www.facebook.com/help/contact/712876720715583"),
        ("https://www.facebook.com/n/?help%2Fcontact%2F712876720715583&aref=123&medium=email",
         "https://www.facebook.com/help/contact/712876720715583"),
        ("https://l.instagram.com/?u=https%3A%2F%2Fhelp.instagram.com%2Fcontact%2F767264225370182&e=AT0",
         "https://help.instagram.com/contact/767264225370182"),
        ("https://L.FACEBOOK.COM/l.php?u=https%3A%2F%2Fwww.facebook.com%2Fprivacy%2Fgenai%2Fobjection",
         "https://www.facebook.com/privacy/genai/objection"),
        ("https://lm.facebook.com/l.php?u=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Dhttps%253A%252F%252F"
         "www.facebook.com%252Fprivacy%252Fgenai%252Fobjection",
         "https://www.facebook.com/privacy/genai/objection"),
    ],
    ids=["l.facebook.com", "facebook-n-path", "l.instagram.com", "upper-case-host", "nested"],
)
def test_meta_click_tracking_redirects_are_unwrapped(url: str, expected: str) -> None:
    assert unwrap_redirect(url, LEX.redirects) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/help/contact/712876720715583",
        "https://evil.example/l.php?u=https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F1",
        "https://l.facebook.com/l.php?h=AT0x",
        "https://www.facebook.com/n/?aref=123",
    ],
    ids=["not-a-redirect", "foreign-redirector", "no-target", "n-without-path"],
)
def test_links_that_are_not_meta_redirects_are_left_alone(url: str) -> None:
    assert unwrap_redirect(url, LEX.redirects) == url


def test_a_redirect_to_a_foreign_site_unwraps_to_that_site() -> None:
    assert unwrap_redirect("https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.net%2Fform", LEX.redirects) == (
        "https://evil.net/form"
    )


# ---- link safety ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/help/contact/712876720715583",
        "https://help.instagram.com/contact/767264225370182",
        "https://www.facebook.com:443/privacy/genai/objection",
        "HTTPS://WWW.FACEBOOK.COM/privacy/genai/objection",
    ],
)
def test_https_links_to_meta_hosts_have_no_problem(url: str) -> None:
    assert url_problem(url, is_meta_host) is None


@pytest.mark.parametrize(
    ("url", "mentions"),
    [
        ("http://www.facebook.com/help/contact/1", "https"),
        ("ftp://www.facebook.com/help/contact/1", "https"),
        ("javascript:alert(1)", "https"),
        ("https://www.facebook.com@evil.net/", "evil.net"),
        ("https://user:secret@www.facebook.com/", "@"),
        ("https://faceb00k.com/help/contact/1", "faceb00k.com"),
        ("https://www.facebook.com.evil.net/help/contact/1", "evil.net"),
        ("https://www.facebook.com:8443/help/contact/1", "8443"),
        ("https://www.facebook.com\\@evil.net/", "malformed"),
        ("https://www.facébook.com/help/contact/1", "ASCII"),
        ("https://www.xn--fcebook-2fg.com/help/contact/1", "xn--fcebook-2fg.com"),
        ("https://www.facebook.com /help/contact/1", "malformed"),
    ],
    ids=["http", "ftp", "javascript", "userinfo-trick", "credentials", "lookalike", "meta-as-subdomain",
         "non-443-port", "backslash", "unicode-idn", "punycode-idn", "space"],
)
def test_unsafe_links_are_reported_with_their_reason(url: str, mentions: str) -> None:
    problem = url_problem(url, is_meta_host)
    assert problem is not None
    assert mentions in problem


# ---- the objection form link -------------------------------------------------------------------------------


def test_the_link_labelled_as_the_objection_form_wins_over_other_meta_links() -> None:
    url, warning = objection_url_of(
        Link("https://www.facebook.com/privacy/policy/", "Privacy Policy"),
        Link("https://www.facebook.com/help/contact/999", "Help Centre"),
        Link("https://www.facebook.com/privacy/genai/objection/", "Right to object"),
    )
    assert (url, warning) == ("https://www.facebook.com/privacy/genai/objection/", None)


@pytest.mark.parametrize("label", ["Right to object", "Droit d'opposition", "objection form", "Vous opposer"])
def test_objection_form_labels_in_several_wordings_are_recognised(label: str) -> None:
    url, _ = objection_url_of(
        Link("https://www.facebook.com/settings", "Settings"),
        Link("https://www.facebook.com/privacy/genai/objection/", label),
    )
    assert url == "https://www.facebook.com/privacy/genai/objection/"


def test_a_labelled_redirect_is_unwrapped_to_its_meta_target() -> None:
    url, warning = objection_url_of(
        Link("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F712876720715583"
             "&h=AT0x", "Right to object"),
    )
    assert (url, warning) == ("https://www.facebook.com/help/contact/712876720715583", None)


def test_a_meta_link_with_a_form_path_is_taken_when_no_link_is_labelled() -> None:
    url, warning = objection_url_of(
        Link("https://www.facebook.com/settings", "Settings"),
        Link("https://www.facebook.com/help/contact/712876720715583", "click here"),
    )
    assert (url, warning) == ("https://www.facebook.com/help/contact/712876720715583", None)


@pytest.mark.parametrize(
    "unsafe",
    [
        "https://www.facebook.com@evil.net/privacy/genai/objection",
        "http://www.facebook.com/privacy/genai/objection",
        "https://faceb00k-privacy.com/privacy/genai/objection",
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.net%2Fobjection",
    ],
    ids=["userinfo-trick", "http", "lookalike", "redirect-to-foreign-site"],
)
def test_an_unsafe_labelled_link_gives_no_url_and_a_warning_not_another_meta_link(unsafe: str) -> None:
    url, warning = objection_url_of(
        Link(unsafe, "Right to object"),
        Link("https://www.facebook.com/help/contact/712876720715583", "Help Centre"),
    )
    assert url is None
    assert warning is not None


@pytest.mark.parametrize(
    "links",
    [
        (Link("https://www.facebook.com/settings", "Settings"),
         Link("https://www.facebook.com/privacy/policy", "Policy")),
        (Link("https://evil.net/help/contact/1", ""),),
        (Link("mailto:privacy@fb.com", "object"),),
        (),
    ],
    ids=["no-form-link", "foreign-form-path", "mailto", "no-links"],
)
def test_no_objection_url_when_no_safe_form_link_is_presented(links: tuple[Link, ...]) -> None:
    assert objection_url_of(*links)[0] is None


def test_a_link_with_an_unbalanced_bracket_is_rejected_without_raising() -> None:
    url, _ = objection_url_of(Link("https://[www.facebook.com/help/contact/1", "Right to object"))
    assert url is None


# ---- the reference -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ref. 1234567890123456", "1234567890123456"),
        ("Ref.: 1234567890123456", "1234567890123456"),
        ("Réf. : 8473920156473829", "8473920156473829"),
        ("Case number: 1234567890123456", "1234567890123456"),
        ("Your case number is 1234567890123456.", "1234567890123456"),
        ("Votre numéro de référence est le 8473920156473829.", "8473920156473829"),
        ("Informacja o Twoim zgłoszeniu [Nr ref.: 4770408192375866]", "4770408192375866"),
        ("Reference number: #1234567890123456", "1234567890123456"),
        ("Numéro de dossier : 1234567890", "1234567890"),
        ("Reference: AB-12345", "AB-12345"),
    ],
    ids=["ref", "ref-colon", "fr-ref", "case-number", "case-number-is", "fr-est-le", "pl-nr-ref", "hash",
         "fr-dossier", "letters-and-digits"],
)
def test_reference_is_read_after_its_label(text: str, expected: str) -> None:
    assert reference_of(text) == expected


def test_reference_in_the_subject_is_used_when_the_body_has_none() -> None:
    assert reference_of("Hello,", subject="Your request [Ref. 1234567890123456]") == "1234567890123456"


def test_reference_in_the_body_wins_over_the_subject() -> None:
    assert reference_of("Ref. 1111111111111111", subject="[Ref. 2222222222222222]") == "1111111111111111"


@pytest.mark.parametrize(
    "text",
    [
        "Reference: https://www.facebook.com/help/contact/1234567890123456",
        "See https://www.facebook.com/help/contact/123456789?ref=1234567890123456 for details",
        "Case number: see www.facebook.com/support/case/1234567890123456",
        "We refer to your request 1234567890123456",
        "Case: 123",
        "Hello, no reference here.",
    ],
    ids=["url-after-label", "ref-in-query", "www-url", "no-label", "too-short", "nothing"],
)
def test_no_reference_from_urls_unlabelled_or_too_short_numbers(text: str) -> None:
    assert reference_of(text) is None


def test_numeric_dates_with_spaces_after_the_dots_are_read() -> None:
    from datetime import date

    assert [d.value for d in find_dates("Od 27. 5. 2025 začneme.", {})] == [date(2025, 5, 27)]


# ---- mail-security link rewriters (data: senders.toml [redirects]) ------------------------------------------

FORM = "https://www.facebook.com/help/contact/712876720715583"


@pytest.mark.parametrize("url", [
    "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F"
    "712876720715583&data=05%7C02%7C&sdata=abc&reserved=0",
    "https://urldefense.proofpoint.com/v2/url?u=https-3A__www.facebook.com_help_contact_712876720715583&d=DwMF&c=x&r=y",
    "https://urldefense.com/v3/__https://www.facebook.com/help/contact/712876720715583__;!!ABC!def$",
    "https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fwww.facebook.com%2fhelp%2fcontact%2f712876720715583&c=E,1,x",
    "https://www.google.com/url?q=https://www.facebook.com/help/contact/712876720715583&sa=D&source=editors",
    "https://eu1.trendmicro.com/wis/clicktime/v1/query?url=https%3a%2f%2fwww.facebook.com%2fhelp%2fcontact%2f"
    "712876720715583&umid=1",
    "https://secure-web.cisco.com/1AbCdEfGhIjKlMnOp/https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F712876720715583",
    # Safe Links around Meta's own click tracker
    "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Dhttps%253A%252F"
    "%252Fwww.facebook.com%252Fhelp%252Fcontact%252F712876720715583%26h%3DAT0&data=x&reserved=0",
], ids=["safe-links", "proofpoint-v2", "proofpoint-v3", "barracuda", "google", "trend-micro", "cisco",
        "safe-links-meta"])
def test_mail_security_rewriters_are_unwrapped(url: str) -> None:
    assert unwrap_redirect(url, LEX.redirects) == FORM


def test_proofpoint_v3_replaced_characters_are_restored() -> None:
    import base64

    url = ("https://urldefense.com/v3/__https://www.facebook.com/help/contact/712876720715583*q=1__;" +
           base64.urlsafe_b64encode(b"?").decode().rstrip("=") + "!!x$")
    assert unwrap_redirect(url, LEX.redirects) == FORM + "?q=1"


def test_an_opaque_rewriter_gives_no_link_and_says_where_to_find_the_form() -> None:
    from tracker.model import Link

    url, warning = extract_objection_url([Link(url="https://protect-eu.mimecast.com/s/AbCdEfGh?domain=facebook.com",
                                               label="Right to object")], P["form_link"], LEX.form_paths,
                                         LEX.redirects, is_meta_host)
    assert url is None
    assert warning is not None
    assert "protect-eu.mimecast.com" in warning
    assert "Privacy Centre" in warning


@pytest.mark.parametrize(("text", "expected"), [
    ("You can object until 26 May 2025 using the form.", date(2025, 5, 27)),
    ("Vous pouvez vous y opposer jusqu'au 26 mai 2025.", date(2025, 5, 27)),
    ("Du kannst bis zum 26. Mai 2025 widersprechen.", date(2025, 5, 27)),
    ("Puedes oponerte hasta el 26 de mayo de 2025.", date(2025, 5, 27)),
    ("Sprzeciw możesz zgłosić do 26 maja 2025 r.", date(2025, 5, 27)),
    ("Voit vastustaa 26.5.2025 asti.", date(2025, 5, 27)),
    ("Prieštaravimą galite pateikti iki 2024-06-25 imtinai.", date(2024, 6, 26)),
    # "from the day" is the data-use date itself, whatever small word stands before it
    ("A partir do dia 27 de maio de 2025 usaremos as publicações.", date(2025, 5, 27)),
])
def test_a_date_after_an_until_word_is_the_last_day(text: str, expected: date) -> None:
    got = extract_deadline(text, LEX.months, LEX.months, P["effective"], P["not_deadline"], None,
                           last_day=P["last_day"])
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Send formularen senest 13/10 2026.", date(2026, 10, 13)),
    ("Az utolsó nap: 2025. 05. 26.", date(2025, 5, 26)),
    ("Meta AI on ollut saatavilla maaliskuusta 2025. Syyskuun 15. päivästä 2026 alkaen käytämme", date(2026, 9, 15)),
])
def test_spaced_numeric_dates_and_a_year_ending_its_sentence(text: str, expected: date) -> None:
    assert expected in {d.value for d in find_dates(text, LEX.months, LEX.months)}
