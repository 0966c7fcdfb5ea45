"""``Authentication-Results`` (RFC 8601) read as the grammar says, not split on ``;``.

A receiving server quotes what the sender chose (the envelope sender, a DKIM domain) inside
quoted strings and comments: ``smtp.mailfrom="x; dmarc=pass header.from=facebookmail.com"@evil``
or a comment holding ``);dmarc=pass (``. Splitting on ``;`` and deleting ``(...)`` with a
regular expression lets such text pose as the server's own verdict. This tokenizer walks the
value once, character by character (linear time on any input): comments are skipped with
their nesting, quoted-pairs and any quoted string inside them; quoted strings are values,
never syntax; ``;`` and ``=`` only count outside both.

Microsoft 365 and Outlook.com write their header with no authserv-id
(``spf=pass (sender IP is …) smtp.mailfrom=…; dkim=pass …``): recognised by its first
segment being a ``method=result`` pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["AuthResult", "MethodResult", "parse_auth_results"]

_SPACE = " \t\r\n"
_SPECIAL = _SPACE + '();="'


@dataclass(frozen=True, slots=True)
class MethodResult:
    """One ``method=result`` with its ``ptype.property=value`` pairs (keys lower-cased)."""

    method: str
    result: str
    props: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AuthResult:
    authserv_id: str  # lower-cased; "" for Microsoft's id-less form
    methods: tuple[MethodResult, ...]

    def of(self, method: str) -> tuple[MethodResult, ...]:
        return tuple(m for m in self.methods if m.method == method)


def _skip_comment(value: str, i: int) -> int:
    """Index just past the comment that opens at ``value[i]`` (nesting, escapes, quotes)."""
    depth = 0
    n = len(value)
    while i < n:
        c = value[i]
        if c == "\\":
            i += 2
            continue
        if c == '"':  # a quoted string inside a comment hides its parentheses too
            i = _skip_quoted(value, i)[0]
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def _skip_quoted(value: str, i: int) -> tuple[int, str]:
    """``(index past the closing quote, unescaped content)`` of the string opening at ``i``."""
    out: list[str] = []
    i += 1
    n = len(value)
    while i < n:
        c = value[i]
        if c == "\\" and i + 1 < n:
            out.append(value[i + 1])
            i += 2
            continue
        if c == '"':
            return i + 1, "".join(out)
        out.append(c)
        i += 1
    return n, "".join(out)


Token = tuple[str, str]  # ("w", word) | ("q", quoted content) | ("=", "=")


def tokenize(value: str) -> list[list[Token]]:
    """The value's ``;``-separated segments, each a list of tokens; comments dropped."""
    segments: list[list[Token]] = [[]]
    i = 0
    n = len(value)
    while i < n:
        c = value[i]
        if c in _SPACE:
            i += 1
        elif c == "(":
            i = _skip_comment(value, i)
        elif c == '"':
            i, content = _skip_quoted(value, i)
            segments[-1].append(("q", content))
        elif c == ";":
            segments.append([])
            i += 1
        elif c == "=":
            segments[-1].append(("=", "="))
            i += 1
        elif c == ")":
            i += 1  # a stray closing parenthesis: not syntax
        else:
            j = i
            while j < n and value[j] not in _SPECIAL:
                j += 1
            segments[-1].append(("w", value[i:j]))
            i = j
    return [s for s in segments if s]


def _value(tokens: list[Token], k: int) -> tuple[str, int]:
    """A property value at ``tokens[k]``: a word, or a quoted local part and its ``@domain``."""
    kind, text = tokens[k]
    k += 1
    if kind == "q" and k < len(tokens) and tokens[k][0] == "w" and tokens[k][1].startswith("@"):
        text += tokens[k][1]
        k += 1
    return text, k


def _method(tokens: list[Token]) -> MethodResult | None:
    if len(tokens) < 3 or tokens[0][0] != "w" or tokens[1][0] != "=" or tokens[2][0] == "=":
        return None
    method = tokens[0][1].lower().split("/", 1)[0]
    result = tokens[2][1].lower()
    props: dict[str, str] = {}
    k = 3
    while k < len(tokens):
        if (k + 2 < len(tokens) and tokens[k][0] == "w" and tokens[k + 1][0] == "="
                and tokens[k + 2][0] != "="):
            key = tokens[k][1].lower()
            value, k = _value(tokens, k + 2)
            props.setdefault(key, value.lower())  # a repeated property is not allowed to overwrite the first
        else:
            k += 1
    return MethodResult(method=method, result=result, props=props)


def parse_auth_results(header: str) -> AuthResult:
    """Parse one ``Authentication-Results`` value; unreadable segments are left out."""
    segments = tokenize(header)
    if not segments:
        return AuthResult(authserv_id="", methods=())
    first = segments[0]
    if any(kind == "=" for kind, _ in first):
        authserv = ""  # Microsoft's form: no authserv-id, the first segment is a result
    else:
        authserv = first[0][1].lower() if first[0][0] == "w" else ""
        segments = segments[1:]
    methods = tuple(m for s in segments if (m := _method(s)) is not None)
    return AuthResult(authserv_id=authserv, methods=methods)
