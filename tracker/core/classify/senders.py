"""Is this domain Meta's, does it imitate Meta's, and which product does a sender name?

The domain lists live in ``senders.toml``. Look-alikes are caught three ways: confusable
characters (Cyrillic letters, digits for letters, punycode), a small edit distance to a Meta
name, and a Meta product word inside a foreign domain.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from functools import lru_cache

from tracker.core import doubts
from tracker.core.classify.lexicon import Lexicon
from tracker.model import Doubt, Platform, Sender

# Second-level labels under which registrations happen (example.co.uk): enough of the
# public suffix list for alignment checks between a From domain and a DKIM domain.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "gv", "or", "ne", "go"})

_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "ɡ": "g", "ӏ": "l", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h", "ο": "o", "α": "a",
    "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "0": "o", "1": "l", "3": "e",
    "5": "s", "4": "a", "7": "t", "8": "b", "$": "s", "@": "a", "!": "i", "|": "l",
})

#: The products a look-alike may name (not Meta itself, a name too short to judge by distance).
_PRODUCTS = tuple(p for p in Platform if p is not Platform.META)
#: The names a look-alike imitates: Meta's sending domain (facebookmail.com: a Meta name,
#: though no platform), then every platform's name; all but "meta" are looked for inside a
#: confusable skeleton too ("meta" is inside too many ordinary words).
_NAMES = ("facebookmail", *(p.value for p in Platform))
_SKELETON_NAMES = tuple(n for n in _NAMES if n != Platform.META)


def registrable(domain: str) -> str:
    """The organisational domain (relaxed DMARC alignment): example.co.uk, facebookmail.com."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_meta_domain(domain: str, lex: Lexicon) -> bool:
    d = domain.lower().strip(".")
    return any(d == m or d.endswith("." + m) for m in lex.meta_domains)


def _decode_idna(domain: str) -> str:
    out = []
    for label in domain.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError):
                label = label.encode("ascii").decode("idna")
        out.append(label)
    return ".".join(out)


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up above ``limit`` (we only care about small ones)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def lookalike_reason(domain: str, lex: Lexicon) -> str | None:
    """Why ``domain`` imitates a Meta domain, or None (a genuine Meta domain is no look-alike).

    Cached per domain: a mailbox hears from the same few hundred domains again and again."""
    return _lookalike_cached(domain.lower().strip("."), lex)


@lru_cache(maxsize=8192)
def _lookalike_cached(d: str, lex: Lexicon) -> str | None:
    if not d or is_meta_domain(d, lex):
        return None
    decoded = unicodedata.normalize("NFKC", _decode_idna(d))
    skeleton = decoded.translate(_CONFUSABLES).replace("rn", "m").replace("vv", "w")
    if skeleton != d and (is_meta_domain(skeleton, lex)
                          or any(n in skeleton.replace("-", "") for n in _SKELETON_NAMES)):
        return Doubt(doubts.CONFUSABLE_CHARACTERS)
    base = registrable(decoded).split(".")[0]
    for name in _NAMES:
        if len(name) >= 6 and base != name and _distance(base, name, 2) <= (2 if len(name) >= 8 else 1):
            return Doubt(doubts.LETTERS_AWAY, name=name)
    tokens = set(re.split(r"[.\-_]", skeleton))
    if "fb" in tokens:
        return Doubt(doubts.META_NAME_INSIDE, name="fb")
    for name in _NAMES:
        if name in tokens or (len(name) >= 6 and any(name in t for t in tokens)):
            return Doubt(doubts.META_NAME_INSIDE, name=name)
        if len(name) >= 8 and any(_one_swapped(t, name) for t in tokens):
            # "lnstagram-mail.com": one letter of a long product name changed, beside other words
            return Doubt(doubts.LETTER_AWAY_INSIDE, name=name)
    return None


def _one_swapped(token: str, name: str) -> bool:
    """``token`` is ``name`` with exactly one letter replaced (a typosquat; insertions are left
    out: "messengers" is an ordinary word)."""
    return len(token) == len(name) and sum(a != b for a, b in zip(token, name, strict=True)) == 1


def visible(text: str) -> str:
    """``text`` as a reader sees it: NFKC, without format characters (zero-width spaces and
    joiners, soft hyphens, bidi controls), which are invisible and would hide "Face\u200bbook"
    from a word match."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")


_ADDRESS_IN_NAME = re.compile(r"@([a-z0-9][a-z0-9.-]{0,252})")


@lru_cache(maxsize=8)
def _platform_words(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    words = dict(lex.platform_words)
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])"), words


def name_platform(display_name: str, lex: Lexicon) -> Platform | None:
    """The product a display name claims ("Facebook Privacy" → facebook, "Meta" → meta, and a
    name that is itself a Meta address, "security@facebookmail.com", over a foreign sender).

    Cached per name: a mailbox hears from the same few hundred senders again and again."""
    return _name_platform(display_name, lex)


@lru_cache(maxsize=8192)
def _name_platform(display_name: str, lex: Lexicon) -> Platform | None:
    seen = visible(display_name).lower()
    for at in _ADDRESS_IN_NAME.finditer(seen):
        claimed = domain_platform(at.group(1).strip("."), lex)
        if claimed is not None:
            return claimed
    pattern, words = _platform_words(lex)
    m = pattern.search(seen.translate(_CONFUSABLES))  # the leftmost product word names the platform
    return Platform(words[m.group(0)]) if m else None


def domain_platform(domain: str, lex: Lexicon) -> Platform | None:
    """The product a sender domain names, genuine or look-alike (cached per domain)."""
    return _domain_platform(domain.lower().strip("."), lex)


@lru_cache(maxsize=8192)
def _domain_platform(d: str, lex: Lexicon) -> Platform | None:
    for known, platform in lex.platform_domains.items():
        if d == known or d.endswith("." + known):
            return Platform(platform)
    skeleton = _decode_idna(d).translate(_CONFUSABLES)
    tokens = re.split(r"[.\-_]", skeleton)
    for word, platform in lex.platform_words:
        if any(t == word or (len(word) >= 6 and word in t) for t in tokens):
            return Platform(platform)
    if lookalike_reason(d, lex):
        base = registrable(skeleton).split(".")[0]
        for product in _PRODUCTS:
            if _distance(base, product.value, 2) <= 2 or any(_one_swapped(t, product.value) for t in tokens):
                return product
        return Platform.META
    return None


def sender_platform(sender: Sender | None, lex: Lexicon) -> Platform | None:
    """The contract's ``platform``: the display name's product, else the domain's, else None."""
    if sender is None:
        return None
    return name_platform(sender.display_name, lex) or domain_platform(sender.domain, lex)
