"""Which language a text is written in, from the phrase files' stopwords and letters.

No model is downloaded or shipped: each language's data file lists its frequent function
words and its characteristic letters. Mail is judged on its own text, never on headers
(real mail rarely carries ``Content-Language``).
"""

from __future__ import annotations

import re
from collections import Counter

from tracker.core.classify.explain import LANGUAGE, Explain
from tracker.core.classify.lexicon import Lexicon
from tracker.i18n import N_

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Bounded before the "://" or "@": an unbounded \S+ would rescan a long word from every letter.
_URL = re.compile(r"[^\s:/@]{1,64}://\S+|[^\s@]{1,64}@\S+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def detect_language(text: str, lex: Lexicon) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text gives no evidence."""
    ranked = rank_languages(text, lex)
    return ranked[0] if ranked else None


def rank_languages(text: str, lex: Lexicon, top: int = 3, *, explain: Explain | None = None) -> list[str]:
    """The ``top`` likeliest languages, best first (empty when the text gives no evidence).

    Score: occurrences of each language's stopwords, plus half a point per characteristic
    letter present (at most three of each), which tells close languages apart (da/no/sv,
    cs/sk, es/pt).
    """
    text = _URL.sub(" ", text[:20000]).lower()
    scores = [0.0] * len(lex.languages)
    hit = False
    for w, n in Counter(_WORD.findall(text)).items():
        for i in lex.word_langs.get(w, ()):
            scores[i] += n
            hit = True
    for ch, n in Counter(_NON_ASCII.findall(text)).items():
        for i in lex.letter_langs.get(ch, ()):
            scores[i] += 0.5 * min(n, 3)
            hit = True
    if not hit:
        if explain is not None:
            explain.note(LANGUAGE, N_("no stopword or characteristic letter of any language: unknown"))
        return []
    order = sorted(range(len(scores)), key=lambda i: scores[i], reverse=True)
    if explain is not None:
        explain.note(LANGUAGE, N_("ranking (stopwords, plus half a point per characteristic letter): {ranking}"),
                     ranking=", ".join(f"{lex.languages[i].code} {scores[i]:g}" for i in order[:top] if scores[i] > 0))
    if scores[order[0]] < 1.5:
        if explain is not None:
            explain.note(LANGUAGE, N_("the best score is under 1.5: unknown"))
        return []
    return [lex.languages[i].code for i in order[:top] if scores[i] > 0]
