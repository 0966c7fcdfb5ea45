"""Make mail-borne text safe to show to a person: :func:`for_people` is the module's only API.

A sender chooses the bytes of a display name, a subject or an address, and tracker quotes them
in warnings, tables, notifications, letters and log lines. A terminal *acts* on some characters
instead of showing them: ``ESC [2K`` erases the line (a fake's name once erased its own "NOT
AUTHENTIC" tag), ``ESC ]8;;URL ESC \\`` (OSC 8) turns text into a hidden link, a carriage
return moves back over what was printed, and the Unicode bidi controls reorder what follows
them (a right-to-left override makes ``moc.koobecaf`` read ``facebook.com``).

So every C0 and C1 control character and DEL becomes a visible stand-in (the Unicode "control
pictures", ␛ for ESC, or U+FFFD for C1), and the bidi controls are dropped. Replacing each
character, rather than cutting whole escape sequences out, is deliberate: a sequence cut from
its start to a terminator found further on could swallow tracker's own words between two
quoted values, and a visible ``␛]8;;https://evil/`` tells the person the mail tried something.

JSON output does not need this (``json.dumps`` escapes controls as ``\\u001b``), and rich
markup is a separate matter (``rich.markup.escape``, after this function).
"""

from __future__ import annotations

from typing import Final

__all__ = ["for_people"]

#: Explicit embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI), the
#: left-to-right and right-to-left marks, and the Arabic letter mark: Unicode's bidi controls
#: (UAX #9), invisible by design.
_BIDI: Final = (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)


def _table(one_line: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {c: chr(0x2400 + c) for c in range(0x20)}  # ␀ … ␟
    table[0x7F] = "\u2421"  # ␡
    table.update(dict.fromkeys(range(0x80, 0xA0), "\ufffd"))  # C1: no control pictures exist for them
    table.update(dict.fromkeys(_BIDI))
    # Line and paragraph separators: some terminals start a new line on them, as on \n.
    if one_line:
        table.update({0x09: " ", 0x0A: " ", 0x2028: " ", 0x2029: " "})
    else:
        table.update({0x09: "\t", 0x0A: "\n", 0x2028: "\n", 0x2029: "\n"})
    return table


_ONE_LINE: Final = _table(one_line=True)
_LINES: Final = _table(one_line=False)


def for_people(text: str, *, one_line: bool = False) -> str:
    """``text`` with nothing left that a terminal or a notification would act on.

    Controls become visible stand-ins (``ESC`` → ``␛``, C1 → U+FFFD, ``DEL`` → ``␡``) and bidi
    controls vanish. Tabs and line breaks stay, unless ``one_line`` (a table cell, a log line,
    a field quoted in a sentence), where they become spaces: a mail-borne newline must not
    start what looks like a line of tracker's own. A CR before a LF is dropped (a CRLF line
    end); any other CR is shown as ``␍``, since it would return over the start of the line.
    """
    if text.isprintable() if one_line else _is_plain_lines(text):
        return text  # the common case costs one scan
    text = text.replace("\r\n", " " if one_line else "\n")
    return text.translate(_ONE_LINE if one_line else _LINES)


def _is_plain_lines(text: str) -> bool:
    """Nothing to change in multi-line mode: only printable characters, tabs and newlines."""
    return text.replace("\n", "").replace("\t", "").isprintable()
