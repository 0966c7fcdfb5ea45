"""Which language a text is written in, from the phrase files' stopwords and letters.

No model is downloaded or shipped: each language's data file lists its frequent function
words and its characteristic letters. Mail is judged on its own text, never on headers
(real mail rarely carries ``Content-Language``).
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.classify.lexicon import Lexicon

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_URL = re.compile(r"\S+://\S+|\S+@\S+")


def detect_language(text: str, lex: Lexicon) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text gives no evidence."""
    text = _URL.sub(" ", text[:20000]).lower()
    words = Counter(_WORD.findall(text))
    if not words:
        return None
    letters = Counter(ch for ch in text if ord(ch) > 127)
    best: tuple[float, str] | None = None
    for lang in lex.languages:
        score = float(sum(n for w, n in words.items() if w in lang.stopwords))
        if lang.letters:
            score += 0.5 * sum(min(letters[ch], 3) for ch in set(lang.letters))
        if score > 0 and (best is None or score > best[0]):
            best = (score, lang.code)
    if best is None or best[0] < 1.5:
        return None
    return best[1]
