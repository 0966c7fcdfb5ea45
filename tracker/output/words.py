"""What people read instead of the contract's names: a message's kind in words, a warning in
their language, a moment in their clock's time, a round by its date.

The JSON keeps the contract's strings (``policy_notice``, English warnings, UTC ISO stamps);
these are for the human views only (``classify``'s line, ``status``, ``history``,
notifications, the letter). Every value that comes from mail is made safe here, on its own,
before it is put into a sentence (:func:`tracker.output.sanitize.for_people`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import Final

from tracker import i18n
from tracker.core import doubts
from tracker.i18n import N_, _
from tracker.model import Doubt
from tracker.output.sanitize import for_people

__all__ = ["KIND_LABEL", "doubt_text", "kind_label", "round_text", "when_text"]

#: Each kind of the contract, as a person names it.
KIND_LABEL: Final[dict[str, str]] = {
    "policy_notice": N_("policy change notice"), "verification_code": N_("confirmation code"),
    "objection_received": N_("objection received"), "objection_accepted": N_("objection accepted"),
    "objection_refused": N_("objection refused"), "other_meta": N_("other mail from Meta"),
    "unrelated": N_("not about the objection"),
}

#: The round of a row started by hand before any notice gave it a date.
UNKNOWN_ROUND: Final = "unknown"


def kind_label(kind: str | None, lang: str | None = None) -> str:
    """A kind in words ("?" when the message had none: it could not be read)."""
    if not kind:
        return "?"
    label = KIND_LABEL.get(kind)
    return _(label, lang) if label else for_people(kind, one_line=True)


def when_text(moment: datetime | None, lang: str | None = None) -> str:
    """A stored moment (UTC) as the reader's clock shows it, in CLDR's words ("?" when unknown)."""
    return i18n.format_datetime(moment, lang) if moment else "?"


def round_text(round_: str | None, lang: str | None = None) -> str:
    """A round by its date in words; "date unknown" for a row marked by hand before any notice."""
    if not round_ or round_ == UNKNOWN_ROUND:
        return _("date unknown", lang)
    try:
        return i18n.format_date(date.fromisoformat(round_), lang)
    except ValueError:
        return for_people(round_, one_line=True)


def doubt_text(warning: str, lang: str | None = None) -> str:
    """A warning in the reader's language, its values (a domain, a display name) made safe.

    A fresh warning is a :class:`Doubt` and knows its message id; one read back from the
    database is its English text, matched against the known reasons
    (:data:`tracker.core.doubts.ALL`) to find them again. Text that matches none (a warning
    stored by an older version) is shown as it is, made safe."""
    found = (warning.template, warning.values) if isinstance(warning, Doubt) else _read_back(warning)
    if found is None:
        return for_people(warning, one_line=True)
    template, values = found
    return _(template, lang).format(**{k: doubt_text(v, lang) for k, v in values.items()})


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each known reason as a pattern capturing its values; the most specific first (the longest
    fixed text), so "by the receiving server" is not read as a server named "the receiving server"."""
    out = []
    for template in doubts.ALL:
        parts = re.split(r"\{(\w+)\}", template)
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        fixed = sum(len(p) for p in parts[::2])
        out.append((fixed, template, re.compile(pattern, re.DOTALL)))
    return tuple((t, p) for _fixed, t, p in sorted(out, key=lambda x: -x[0]))


def _read_back(text: str) -> tuple[str, dict[str, str]] | None:
    for template, pattern in _patterns():
        m = pattern.fullmatch(text)
        if m:
            return template, m.groupdict()
    return None
