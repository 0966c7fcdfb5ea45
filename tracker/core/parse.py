"""Bytes → :class:`~tracker.model.ParsedMessage`: headers, the message's own text, its links.

Real mail arrives as plain text, HTML only or multipart; quoted-printable, base64 or 8bit;
in any charset, sometimes mislabelled; with RFC 2047 subjects, tables and inline CSS, and
with earlier messages quoted below the new text. This module hides all of that: the
classifier sees decoded text with the quotes removed, and the links with the words they
are presented with.

Entry points:

- :func:`peek_headers` reads the header block once (sender, Message-ID, where the body
  starts), so that mail which cannot be Meta's is never fully parsed (most of a mailbox);
  :func:`parse` and :func:`quick_text` take what it found instead of reading the block again;
- :func:`parse` does the full work (mail-parser for the MIME structure, lxml for HTML);
- :func:`quick_text` decodes only the first text part, for the language of unrelated mail.

Any failure becomes a :class:`~tracker.errors.MessageError`: one bad message never stops a run.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.errors
import email.header
import email.message
import email.utils
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tracker.errors import MessageError
from tracker.i18n import _
from tracker.model import Link, ParsedMessage, Sender

logger = logging.getLogger(__name__)

__all__ = ["Headers", "decode_payload", "html_to_text", "parse", "peek_headers", "peek_sender", "quick_text",
           "strip_quotes"]

_HEADER_END = re.compile(rb"\r?\n\r?\n")
# A field and its folded continuation lines; each line end is met one way only (no ``.*``
# that may or may not take the ``\r``): linear on any header.
_FROM_LINE = re.compile(rb"^From:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.IGNORECASE | re.MULTILINE)
_MSGID_LINE = re.compile(rb"^Message-ID:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.IGNORECASE | re.MULTILINE)
_MAX_HEADER = 256 * 1024


@dataclass(frozen=True, slots=True)
class Headers:
    """What the header block alone says, read once per message: the sender (the quick filter's
    question, "can this be Meta's?"), the Message-ID (the ledger's key for mail that is never
    parsed) and where the block ends, so the later steps do not look for that end again."""

    block: bytes  # the header block, without the blank line that ends it
    body_start: int  # offset of the body in the raw bytes (their length when no blank line ends the block)
    sender: Sender | None
    message_id: str | None


def peek_headers(raw: bytes) -> Headers:
    """The header block of ``raw`` (bounded: 256 kB), LF or CRLF, and its From and Message-ID."""
    m = _HEADER_END.search(raw, 0, _MAX_HEADER)
    block, body_start = (raw[: m.start()], m.end()) if m else (raw[:_MAX_HEADER], len(raw))
    sender_line = _FROM_LINE.search(block)
    sender = _parse_address(_decode_bytes(sender_line.group(1), None)) if sender_line else None
    id_line = _MSGID_LINE.search(block)
    message_id = None
    if id_line:
        message_id = id_line.group(1).decode("utf-8", "replace").replace("\r", "").replace("\n", "").strip() or None
    return Headers(block=block, body_start=body_start, sender=sender, message_id=message_id)


def decode_header_value(value: str | bytes | None) -> str:
    """Decode an RFC 2047 header into text, tolerating broken encoded words and raw 8-bit."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = _decode_bytes(value, None)
    value = re.sub(r"\r?\n[ \t]+", " ", str(value))
    if "=?" not in value:
        return value.strip()
    try:
        parts = email.header.decode_header(value)
    except Exception:  # a broken encoded word: keep the raw text rather than lose the header
        return value.strip()
    out: list[str] = []
    for chunk, charset in parts:
        out.append(_decode_bytes(chunk, charset) if isinstance(chunk, bytes) else chunk)
    return "".join(out).strip()


# The everyday forms, ``Name <a@b>``, ``"Name" <a@b>`` and ``a@b``, without the characters that
# make RFC 5322 addresses subtle (quotes inside, escapes, comments, groups, several addresses):
# those go to email.utils.parseaddr, which costs 70 µs a header.
# Every character is read one way only: a name is words of name characters (no space in them)
# joined by single spaces, so a display name of many words cannot be split in many ways (the
# old pattern allowed a space two ways and took seconds on 21 words, forever on 40).
_NAME_CHARS = r'[^"\\<>@,;():\[\]\x00-\x20\x7f-\x9f]'
_ADDR_CHARS = r'[^<>\s@",;():\[\]\\\x00-\x1f\x7f-\x9f]'
_SIMPLE_ADDRESS = re.compile(rf'\A(?: ?(?:"((?:{_NAME_CHARS}| )*)"|({_NAME_CHARS}+(?: {_NAME_CHARS}+)*))? ?'
                             rf'<({_ADDR_CHARS}+@{_ADDR_CHARS}+)> ?|({_ADDR_CHARS}+@{_ADDR_CHARS}+))')


_MAX_FROM = 1024


def _parse_address(value: str) -> Sender | None:
    """Split the address out of the *raw* header, then decode the name: decoding first would let
    an encoded display name ("=?utf-8?q?privacy=40facebookmail.com?=") pose as the address."""
    value = re.sub(r"\r?\n[ \t]+", " ", value).strip(" \t\r\n")
    if len(value) > 2 * _MAX_FROM:  # a display name of a book: its start and its end (the address) suffice
        value = value[:_MAX_FROM] + " " + value[-_MAX_FROM:]
    simple = _SIMPLE_ADDRESS.fullmatch(value)
    if simple:
        name = simple.group(1) if simple.group(1) is not None else simple.group(2) or ""
        addr = simple.group(3) or simple.group(4)
        return Sender(display_name=decode_header_value(name).strip().strip('"').strip(), address=addr.strip())
    return _parse_address_rfc(value)


def _parse_address_rfc(value: str) -> Sender | None:
    name, addr = email.utils.parseaddr(value)
    if not addr or "@" not in addr:
        # parseaddr gives up on some real headers ("Name" <a@b> extra); take the last <...>
        m = re.search(r"<([^<>@\s]+@[^<>\s]+)>", value)
        if not m:
            return None
        addr = m.group(1)
        name = value[: m.start()].strip().strip('"')
    return Sender(display_name=decode_header_value(name).strip().strip('"').strip(), address=addr.strip())


def peek_sender(raw: bytes) -> Sender | None:
    """The ``From`` of a message, read from its header block only (cheap pre-filter)."""
    return peek_headers(raw).sender


# ---- charsets -----------------------------------------------------------------------------

_LATIN_LABELS = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "iso-8859-15", "windows-1252",
                           "cp1252"})


def _single_byte(label: str) -> bool:
    """Is ``label`` a one-byte charset (ISO-8859-x, windows-125x, KOI8, Mac, DOS code pages)?"""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return False
    return name.startswith(("iso8859", "cp12", "cp8", "cp437", "koi8", "mac-", "latin", "tis-620"))


def _decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode text whose charset label may be missing or wrong.

    A label of Latin-1 on bytes that are valid UTF-8 is the commonest lie in real mail (and
    valid UTF-8 multi-byte sequences almost never occur in genuine Latin-1 text), so UTF-8
    wins then; an unknown or failing label falls back to bs4's UnicodeDammit sniffing.
    """
    label = (charset or "").strip().strip('"').lower()
    if label in ("utf8", "unicode-1-1-utf-8"):
        label = "utf-8"
    if not label or label in _LATIN_LABELS:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252" if label != "iso-8859-15" else "iso-8859-15", errors="replace")
        return text
    if _single_byte(label) and not data.isascii():
        # the same lie with other one-byte labels (KOI8-R, windows-1251, ISO-8859-2 on UTF-8
        # bytes): a whole text that is valid UTF-8 is UTF-8, a genuine one-byte text never is
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("utf-8")
    try:
        return data.decode(label)
    except (LookupError, UnicodeDecodeError):
        pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from bs4.dammit import UnicodeDammit  # only for the rare mislabelled part

    guess = UnicodeDammit(data, ["utf-8", "windows-1252"]).unicode_markup
    return guess if guess is not None else data.decode("cp1252", errors="replace")


def decode_payload(part: email.message.Message) -> str:
    """The decoded text of one MIME part (transfer encoding and charset)."""
    try:
        payload = part.get_payload(decode=True)
    except Exception as e:  # broken base64/quoted-printable: keep what can be read
        logger.debug("undecodable payload: %s", type(e).__name__)
        payload = None
    if payload is None:
        raw = part.get_payload()
        if isinstance(raw, str):
            return raw
        return ""
    if not isinstance(payload, bytes):
        return str(payload)
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return _decode_bytes(payload, charset)


# ---- HTML -----------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section",
     "article", "header", "footer", "center", "pre", "address", "dd", "dt", "dl", "tbody", "thead", "form"}
)
_CELL_TAGS = frozenset({"td", "th"})
_DROP_TAGS = ("script", "style", "head", "title", "noscript", "template", "svg")
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote", "OutlookMessageHeader")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
# lxml refuses characters that XML forbids; real mail (and damaged mail) has them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def html_to_text(html: str) -> tuple[str, list[Link]]:
    """Text and links of an HTML body, quotes (blockquote, Gmail/Yahoo quote blocks) removed.

    lxml is used directly: it is some 20 times faster than a BeautifulSoup tree, which
    matters when a whole mailbox goes through here; bs4 remains the fallback for HTML that
    lxml cannot read at all.
    """
    try:
        import lxml.html

        root: Any = lxml.html.document_fromstring(_CONTROL.sub("", _XML_DECL.sub("", html)) or "<html></html>")
    except Exception:
        return _html_to_text_bs4(html)
    for tag in _DROP_TAGS:
        for el in list(root.iter(tag)):
            _drop(el)
    for el in list(root.iter("blockquote")):
        _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        cls = el.get("class") or ""
        ident = el.get("id") or ""
        if any(q in cls for q in _QUOTE_CLASSES) or ident in ("divRplyFwdMsg", "appendonsend"):
            _drop_with_following(el)
            continue
        style = el.get("style")
        if style and _HIDDEN.search(style):
            _drop(el)
    links: list[Link] = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href:
            links.append(Link(url=href, label=_squash(a.text_content())))
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if tag != "br":
                el.text = "\n" + (el.text or "")
        elif tag in _CELL_TAGS:
            el.tail = " " + (el.tail or "")
    text = root.text_content()
    return _tidy(text), links


def _drop(el: object) -> None:
    parent = el.getparent()  # type: ignore[attr-defined]
    if parent is None:
        return
    tail = el.tail  # type: ignore[attr-defined]
    prev = el.getprevious()  # type: ignore[attr-defined]
    parent.remove(el)
    if tail:  # keep the text that followed the dropped element
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _drop_with_following(el: object) -> None:
    """Outlook and Gmail put the quoted message after a marker element: drop both."""
    parent = el.getparent()  # type: ignore[attr-defined]
    if parent is None:
        return
    sib = el.getnext()  # type: ignore[attr-defined]
    while sib is not None:
        nxt = sib.getnext()
        parent.remove(sib)
        sib = nxt
    el.tail = None  # type: ignore[attr-defined]
    parent.remove(el)


def _html_to_text_bs4(html: str) -> tuple[str, list[Link]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup([*_DROP_TAGS, "blockquote"]):
        tag.decompose()
    links = [Link(url=str(a.get("href") or "").strip(), label=_squash(a.get_text(" ")))
             for a in soup.find_all("a") if a.get("href")]
    return _tidy(soup.get_text("\n")), links


def _squash(s: str) -> str:
    return " ".join(s.split())


_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_BLANKS = re.compile(r"[^\S\n]+")  # whitespace within a line
_EDGES = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """Single spaces, no blanks at line ends, at most one empty line in a row.

    Whole-text substitutions (each linear, in C), not a list of every line: a message of
    endless blank lines costs a few copies of itself, not a string object per line."""
    text = text.replace("\xa0", " ").replace("\u200b", "").replace("\u200c", "").replace("\ufeff", "")
    text = _BLANKS.sub(" ", _LINE_BREAKS.sub("\n", text))
    return _BLANK_LINES.sub("\n\n", _EDGES.sub("\n", text)).strip()


# ---- quotes -----------------------------------------------------------------------------------

# "On Mon, 3 Jun 2024, Meta <x@y> wrote:" in the languages mail clients speak; the verb is
# enough, the line must end with a colon (clients wrap, so two lines are joined first).
_WROTE = (
    r"wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu|napisał|napisała|napsal|napsala|"
    r"skrev|kirjoitti|írta|a scris|έγραψε|написа|je napisao|je napisala|napísal|rašė|rakstīja|kirjutas|"
    r"napisal|skrifaði|kiteb|scríobh|писал|написал"
)
_WROTE_LINE = re.compile(rf"^.{{0,300}}\b(?:{_WROTE})\b.{{0,80}}:\s*$", re.IGNORECASE)
_ORIGINAL = re.compile(
    r"^\s*-{2,}\s*(?:original message|message d'origine|ursprüngliche nachricht|mensaje original|"
    r"messaggio originale|oorspronkelijk bericht|mensagem original|wiadomość oryginalna|"
    r"původní zpráva|originalmeddelande|oprindelig meddelelse|opprinnelig melding|alkuperäinen viesti|"
    r"eredeti üzenet|mesaj original|forwarded message|message transféré|weitergeleitete nachricht)\s*-{2,}",
    re.IGNORECASE,
)
# Outlook's bold "*From:*": a space on either side of the star is read by one loop only.
_HDR_FROM = re.compile(
    r"^\s*(?:\*\s*)?(?:from|de|von|da|van|od|från|fra|lähettäjä|feladó|от|από|saatja|nuo|no|frá|ó)\s*(?:\*\s*)?:\s*\S",
    re.IGNORECASE,
)
_HDR_NEXT = re.compile(
    r"^\s*(?:\*\s*)?(?:sent|date|envoyé|gesendet|datum|inviato|data|verzonden|enviado|enviada|wysłano|skickat|sendt|"
    r"lähetetty|elküldve|to|à|an|para|a|aan|do|till|til|subject|objet|betreff|oggetto|onderwerp|asunto|"
    r"assunto|temat)\s*(?:\*\s*)?:",
    re.IGNORECASE,
)


# Searched over "\n" + text: a line start is a newline, so the leading blanks of one line are
# read once (``^\s*`` under MULTILINE would cross lines and go quadratic on blank lines).
_ANY_QUOTE = re.compile(
    rf"\n[ \t]*>|\b(?:{_WROTE})\b|\n[ \t]*--|\n[ \t]*(?:\*[ \t]*)?(?:from|de|von|da|van|od|från|fra|lähettäjä|"
    r"feladó|от|από|saatja|nuo|no|frá|ó)[ \t]*(?:\*[ \t]*)?:",
    re.IGNORECASE,
)


def _attribution(line: str) -> bool:
    """A reply's attribution line: "wrote" and a colon, and a date, a time or an address on it
    (the Norwegian "...du skrev i skjemaet:" is a sentence of the message, not a quote)."""
    return _WROTE_LINE.match(line) is not None and any(c.isdigit() or c == "@" for c in line)


def strip_quotes(text: str) -> str:
    """The new text of a reply: quoted lines and everything below a quote header removed."""
    if not _ANY_QUOTE.search("\n" + text):
        return text.strip()  # nothing that looks like a quote: the common case, decided in C
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith(">"):
            continue
        if _ORIGINAL.match(line):
            break
        joined = line if not out else out[-1] + " " + line
        if _attribution(line) or (line.rstrip().endswith(":") and _attribution(joined)):
            # A client that wrapped the attribution ("On ... <x@y>" / "wrote:") leaves its first
            # half on the line before: drop it too.
            verb = re.search(rf"\b(?:{_WROTE})\b", line, re.IGNORECASE)
            starts_with_verb = verb is not None and not line[: verb.start()].strip()
            if out and out[-1].strip() and (not _attribution(line) or starts_with_verb):
                out.pop()
            break
        if _HDR_FROM.match(line) and any(_HDR_NEXT.match(n) for n in lines[i + 1 : i + 4]):
            break
        out.append(line)
    return "\n".join(out).strip()


# ---- full parse --------------------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


def _plain_links(text: str) -> list[Link]:
    """Links of a plain-text body, labelled by the words before them on the same line; a link
    alone on its line by the last sentence of the line above ("Diritto di opposizione:" then the
    URL, as a button renders in plain text)."""
    links: list[Link] = []
    above = ""
    for line in text.splitlines():
        start = 0
        for m in _URL.finditer(line):
            label = line[start : m.start()].strip().rstrip("<:([").strip()
            if not label and start == 0 and not line[m.end() :].strip():
                label = _SENTENCE_TAIL.split(above)[-1].strip().rstrip("<:([").strip()
            links.append(Link(url=m.group(0).rstrip(".,;"), label=label[-80:]))
            start = m.end()
        if line.strip():
            above = "" if _URL.search(line) else line[-200:]
    return links


_SENTENCE_TAIL = re.compile(r"[.!?]\s")


def _addresses(msg: email.message.Message, name: str) -> list[str]:
    values = [decode_header_value(v) for v in msg.get_all(name) or []]
    return [a for _, a in email.utils.getaddresses(values) if a and "@" in a]


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        d = email.utils.parsedate_to_datetime(decode_header_value(value))
    except (TypeError, ValueError, IndexError):
        return None
    if d is None:
        return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def _bodies(msg: email.message.Message) -> tuple[list[str], list[str]]:
    plain: list[str] = []
    html: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disp = (part.get("Content-Disposition") or "").lower()
        if "attachment" in disp:
            continue
        if ctype == "text/plain":
            plain.append(decode_payload(part))
        elif ctype == "text/html":
            html.append(decode_payload(part))
        elif ctype == "message/rfc822":
            # a forwarded or quoted message is not the message's own text
            continue
    return plain, html


# A quoted boundary followed by another parameter with no ';' between them (bounded, linear).
_BOUNDARY_THEN_PARAM = re.compile(rb'(boundary="[^"\r\n]{1,200}")([ \t]{0,8}(?:\r?\n[ \t]{1,8})?)(?=[A-Za-z-]{1,40}=)',
                                  re.IGNORECASE)


def _structure(raw: bytes) -> tuple[email.message.Message, tuple[str, ...]]:
    """The MIME tree (stdlib, compat32: it splits MIME without building rich objects).

    When the stdlib notes defects, mail-parser describes them (its categories are what the
    ledger records for a malformed message); it is kept off the common path because on
    clean mail it costs as much as the whole floor of the benchmark.
    """
    msg = email.message_from_bytes(raw)
    defects = [type(d).__name__ for part in msg.walk() for d in getattr(part, "defects", ())]
    if "StartBoundaryNotFoundDefect" in defects and (fixed := _BOUNDARY_THEN_PARAM.sub(rb"\1;\2", raw)) != raw:
        # 'boundary="X" type=...' with the ';' between the parameters left out: the stdlib
        # reads the rest of the header into the boundary and never finds it, losing every part.
        again = email.message_from_bytes(fixed)
        if not any(isinstance(d, email.errors.StartBoundaryNotFoundDefect) for p in again.walk() for d in p.defects):
            msg = again
            defects = [type(d).__name__ for part in msg.walk() for d in getattr(part, "defects", ())]
    if defects:
        try:
            import mailparser

            categories = getattr(mailparser.parse_from_bytes(raw), "defects_categories", None)
            if categories:
                defects = sorted(set(defects) | {str(c) for c in categories})
        except Exception as e:  # mail-parser gives up on some broken mail: the stdlib's list stands
            logger.debug("mail-parser could not describe the defects (%s)", type(e).__name__)
    return msg, tuple(defects)


_FIELD = re.compile(rb"[!-9;-~]{1,100}:")


def check_header_block(raw: bytes, block: bytes) -> None:
    """Reject what is not mail at all (binary junk, a stray file) before parsing it. ``block`` is
    the header block :func:`peek_headers` found."""
    if not raw or not raw.strip():
        raise MessageError(_("empty message"))
    head = raw.lstrip(b"\r\n")[:200]
    if not _FIELD.match(head):
        raise MessageError(_("not an e-mail message (no header block at the start)"))
    if b"\x00" in block:
        raise MessageError(_("not an e-mail message (binary data in the header block)"))


# A real Meta mail is a few dozen kB of HTML and under 100 kB of text. Reading only a bounded
# prefix keeps every step's time and memory bounded whatever a sender crafts; a cut is said in
# a warning, never silent.
MAX_RAW = 2 * 1024 * 1024  # bytes of the whole message parsed
MAX_HTML = 512 * 1024  # characters of one HTML part handed to the HTML parser
MAX_TEXT = 100 * 1000  # characters of text analysed
_SINGLE = ("From", "To", "Date", "Subject")  # RFC 5322: at most one of each
_TRACE = frozenset({"received", "authentication-results", "arc-seal", "arc-message-signature",
                    "arc-authentication-results"})
_BLANK_RUN = re.compile(rb"\n(?:[ \t]*\r?\n){2,}+")  # possessive: no backtracking state kept per line


def _collapse_blank_runs(raw: bytes, headers: Headers) -> tuple[bytes, Headers]:
    """Runs of blank lines say nothing (and MIME needs at most one): the stdlib parser would make
    an object of each line, so a message of endless blank lines would cost dozens of times its
    size. Lines of blanks inside the header block (folded whitespace) are collapsed too, and
    then that block is read again: the sender is the one the parser sees."""
    first = _BLANK_RUN.search(raw)
    if first is None:
        return raw, headers
    raw = _BLANK_RUN.sub(lambda m: b"\n\r\n" if b"\r" in m.group(0) else b"\n\n", raw)
    return raw, (peek_headers(raw) if first.start() < len(headers.block) else headers)


def parse(raw: bytes, headers: Headers | None = None) -> ParsedMessage:
    """Parse one message fully. Raises :class:`MessageError` when nothing usable is in it.
    ``headers``: what :func:`peek_headers` read of ``raw`` (read here when not given)."""
    headers = headers or peek_headers(raw)
    check_header_block(raw, headers.block)
    cut = len(raw) > MAX_RAW
    if cut:
        raw = raw[:MAX_RAW]
    raw, headers = _collapse_blank_runs(raw, headers)
    try:
        msg, defects = _structure(raw)
        repeated = tuple(h for h in _SINGLE if len(msg.get_all(h) or ()) > 1)
        # From the raw bytes (peek_headers): the stdlib's compat32 header would carry raw
        # 8-bit names as surrogates ("Face\u200bbook" would become unreadable).
        sender = headers.sender
        recipients = tuple(_addresses(msg, "To") or _addresses(msg, "Delivered-To") or _addresses(msg, "Cc"))
        subject = decode_header_value(msg.get("Subject"))
        message_id = decode_header_value(msg.get("Message-ID")) or None
        date = _date(msg.get("Date"))
        auth = tuple(decode_header_value(v) for v in msg.get_all("Authentication-Results") or [])
        trace = tuple((k.lower(), decode_header_value(v)) for k, v in msg.items() if k.lower() in _TRACE)
        plain, html = _bodies(msg)
    except MessageError:
        raise
    except Exception as e:
        raise MessageError(_("unreadable MIME structure ({why})").format(why=type(e).__name__)) from e
    if sender is None and not subject and not plain and not html:
        raise MessageError(_("no headers or body: not an e-mail message"))
    cut = cut or any(len(h) > MAX_HTML for h in html) or sum(len(t) for t in plain) > MAX_TEXT
    links: list[Link] = []
    html_text = ""
    for h in html:
        t, ls = html_to_text(h[:MAX_HTML])
        html_text += ("\n" if html_text else "") + t
        links.extend(ls)
    plain_text = _tidy("\n".join(plain)[:MAX_TEXT])
    cut = cut or len(html_text) > MAX_TEXT
    html_text = html_text[:MAX_TEXT]
    # Prefer the plain part, unless it is a stub ("view this message in a browser").
    text = plain_text if len(plain_text) >= max(40, len(html_text) // 4) else html_text or plain_text
    own = strip_quotes(text)
    own_links = [lk for lk in links if _is_in(lk, own)] if links else []
    plain_links = _plain_links(own)
    return ParsedMessage(
        message_id=message_id,
        sender=sender,
        recipients=recipients,
        subject=unicodedata.normalize("NFC", subject),
        date=date,
        text=unicodedata.normalize("NFC", own),
        links=tuple(own_links + plain_links),
        auth_results=auth,
        defects=defects,
        cut=cut,
        repeated=repeated,
        trace=trace,
    )


def _is_in(link: Link, own_text: str) -> bool:
    """Keep an HTML link only if its label is part of the message's own (unquoted) text."""
    return not link.label or link.label in own_text or link.label in " ".join(own_text.split())


_CT_PARAM = re.compile(r'boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))', re.IGNORECASE)


def _split_head(raw: bytes) -> tuple[bytes, bytes]:
    m = _HEADER_END.search(raw, 0, _MAX_HEADER)
    return (raw[: m.start()], raw[m.end() :]) if m else (raw, b"")


def _headers(head: bytes) -> email.message.Message:
    from email.parser import BytesHeaderParser

    return BytesHeaderParser().parsebytes(head + b"\n\n")


def _decode_cte(body: bytes, cte: str) -> bytes:
    import binascii

    cte = cte.strip().lower()
    try:
        if cte == "base64":
            return binascii.a2b_base64(re.sub(rb"[^A-Za-z0-9+/=]", b"", body))
        if cte == "quoted-printable":
            return binascii.a2b_qp(body)
    except (binascii.Error, ValueError):
        return body
    return body


def _first_text_part(head: bytes, body: bytes, depth: int = 0) -> tuple[str, bytes, str | None] | None:
    """``(subtype, decoded bytes, charset)`` of the first text part, found by scanning bytes.

    Boundaries are located with ``bytes.find``, so a 100 kB attachment costs a memory scan, not
    a line-by-line parse: that is what keeps mail that cannot be Meta's cheap.
    """
    h = _headers(head)
    ctype = h.get_content_type()
    if ctype.startswith("multipart/") and depth < 5:
        m = _CT_PARAM.search(str(h.get("Content-Type", "")))
        if not m:
            return None
        sep = b"--" + (m.group(1) or m.group(2)).encode("ascii", "replace")
        html: tuple[str, bytes, str | None] | None = None
        pos = body.find(sep)
        while pos >= 0:
            start = body.find(b"\n", pos) + 1
            if start == 0 or body[pos + len(sep) : pos + len(sep) + 2] == b"--":
                break
            end = body.find(b"\n" + sep, start)
            part = body[start : end if end >= 0 else len(body)]
            phead, pbody = _split_head(part)
            found = _first_text_part(phead, pbody, depth + 1)
            if found and found[0] == "plain":
                return found
            if found and html is None:
                html = found
            pos = end + 1 if end >= 0 else -1
        return html
    if h.get_content_maintype() == "text" and ctype in ("text/plain", "text/html"):
        if "attachment" in str(h.get("Content-Disposition", "")).lower():
            return None
        return ctype[5:], _decode_cte(body, str(h.get("Content-Transfer-Encoding", ""))), h.get_content_charset()
    return None


def quick_text(raw: bytes, limit: int = 8192, headers: Headers | None = None) -> str:
    """Subject and first text part, decoded, for the language of mail that is not Meta's.

    Only the header blocks are parsed; parts are found by scanning for boundaries. Several
    times cheaper than a full parse, which matters for the 97 % of a mailbox that is not Meta's.
    ``headers``: what :func:`peek_headers` read of ``raw`` (read here when not given).
    """
    try:
        headers = headers or peek_headers(raw)
        head, body = headers.block, raw[headers.body_start :]
        subject = decode_header_value(_headers(head).get("Subject"))
        found = _first_text_part(head, body)
        if found is None:
            return subject
        subtype, data, charset = found
        text = _decode_bytes(data[: limit * 4], charset)
        if subtype == "html":
            text = html_to_text(text)[0]
        return unicodedata.normalize("NFC", subject + "\n" + strip_quotes(text)[:limit])
    except Exception:
        return ""
