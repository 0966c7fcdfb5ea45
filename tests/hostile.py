"""Hostile mail: the classic shapes that make regular expressions and parsers slow, each as a
Meta-looking message of about ``n`` bytes (so that it is read in full, not set aside by its
sender). Shared by the ReDoS test, the fuzz tests and ``bench/classify.py``."""

from __future__ import annotations

from collections.abc import Callable

_HEAD = (
    "From: Facebook <security@facebookmail.com>\n"
    "To: victim@example.org\n"
    "Subject: {subject}\n"
    "Date: Mon, 20 May 2024 10:00:00 +0000\n"
    "Message-ID: <hostile-{name}@example.org>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: {ctype}; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
)


def _mail(name: str, body: str, *, subject: str = "Your objection to AI at Meta", ctype: str = "text/plain",
          head: str = _HEAD, crlf: bool = False) -> bytes:
    text = head.format(subject=subject, name=name, ctype=ctype) + body
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


def _fill(unit: str, n: int) -> str:
    return unit * max(1, n // max(1, len(unit.encode("utf-8"))))


def separators(n: int) -> bytes:
    """A reference label followed by endless separators and no number (``: : : … !``)."""
    return _mail("separators", "We received your objection.\nYour reference number " + _fill(": ", n) + "!\n")


def from_words(n: int) -> bytes:
    """A display name of endless words, in a CRLF header (the regex that froze ``poll``)."""
    name = "Facebook " + _fill("Privacy ", n)
    head = _HEAD.replace("From: Facebook <security@facebookmail.com>", f"From: {name}<security@facebookmail.com>")
    return _mail("from", "We have received your objection to AI at Meta.\n", head=head, crlf=True)


def spaces(n: int) -> bytes:
    """Long runs of spaces after words that start a phrase, a label or a date."""
    return _mail("spaces", "right to object" + _fill(" ", n // 2) + "x\nReference" + _fill(" ", n // 2) + "x\n")


def crlf_lines(n: int) -> bytes:
    """Many short CRLF lines of a genuine-looking acknowledgement."""
    return _mail("crlf", _fill("We received your objection to AI at Meta. Case number 12345.\n", n), crlf=True)


def many_dates(n: int) -> bytes:
    """A notice holding thousands of dates, each next to words about effect or expiry."""
    return _mail("dates", "We're updating our Privacy Policy for AI at Meta. You have the right to object.\n"
                 + _fill("The link expires on 3 June 2024, the changes take effect on 26 June 2024. ", n),
                 subject="Privacy Policy update")


def blank_lines(n: int) -> bytes:
    """Endless blank and space-only lines (``^\\s*`` under MULTILINE crosses them all)."""
    return _mail("blank", "right to object\n" + _fill(" \n\n", n) + "x")


def nested_quotes(n: int) -> bytes:
    """Reply attributions and quote markers, over and over."""
    return _mail("quotes", _fill("On Mon, 3 Jun 2024, Facebook <x@facebookmail.com> wrote:\n> > > From: Meta\n", n))


def huge_line(n: int) -> bytes:
    """One line with no space or newline: word stems repeated (``legitim\\w*`` at every copy)."""
    return _mail("huge", "right to object " + _fill("legitimateinterestsobjection", n) + "\n")


def html_nesting(n: int) -> bytes:
    """Deeply nested HTML elements and hidden blocks."""
    body = _fill("<div style='display:none'><table><tr><td>", n // 2) + "Right to object" + _fill("</td></tr>", n // 4)
    return _mail("html", body, ctype="text/html")


SHAPES: dict[str, Callable[[int], bytes]] = {
    "separators": separators, "from_words": from_words, "spaces": spaces, "crlf_lines": crlf_lines,
    "many_dates": many_dates, "blank_lines": blank_lines, "nested_quotes": nested_quotes,
    "huge_line": huge_line, "html_nesting": html_nesting,
}
