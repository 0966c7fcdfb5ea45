"""A planned notification's texts, in the person's language: the edge after the pure planning.

:func:`tracker.core.notifications.plan_notifications` decides *what* to say with typed values;
this module says it. The templates are the ``_NOTE`` table of :mod:`tracker.output.render`
(msgids, French in the catalog), shared with the calendar export and ``notify --test``. Every
value quoted from mail (an account, a fake's display name) is made safe to show on one line
here, before it is put into a sentence, so that no quoted value can act on the words around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from tracker.core.notifications import NoteValue, NotificationKind, PlannedNotification
from tracker.core.status import StatusRow
from tracker.model import State
from tracker.output.render import format_date, next_action_text, note, state_label
from tracker.output.sanitize import for_people
from tracker.output.words import doubt_text

__all__ = ["TEXTS", "NoteText", "note_text"]


@dataclass(frozen=True, slots=True)
class NoteText:
    summary: str
    body: str
    log_text: str | None = None  # what the log says instead, where the summary holds a secret


#: Each kind's (summary, body, log) keys in ``render._NOTE``: a kind missing here is a test failure.
TEXTS: Final[dict[NotificationKind, tuple[str, str, str | None]]] = {
    NotificationKind.CODE: ("code.summary", "code.body", "code.log"),
    NotificationKind.ACCEPTED: ("accepted.summary", "accepted.body", None),
    NotificationKind.REFUSED: ("refused.summary", "refused.body", None),
    NotificationKind.NOTICE: ("notice.summary", "notice.body", None),
    NotificationKind.FAKE: ("fake.summary", "fake.body", None),
    NotificationKind.REREAD: ("reread.summary", "reread.body", None),
    NotificationKind.REMINDER: ("reminder.summary", "reminder.body", None),
}


def note_text(planned: PlannedNotification, lang: str) -> NoteText:
    """The summary, body and log line of ``planned`` in ``lang``."""
    values = {name: doubt_text(value, lang) if name == "warning" and isinstance(value, str) else _shown(value, lang)
              for name, value in planned.values.items()}
    summary_key, body_key, log_key = TEXTS[planned.kind]
    return NoteText(summary=note(lang, summary_key, **values), body=note(lang, body_key, **values),
                    log_text=note(lang, log_key, **values) if log_key else None)


def _shown(value: NoteValue, lang: str) -> str | int:
    """One parameter as the sentence shows it (``int`` stays a number: plurals agree with it)."""
    if value is None:
        return "-"
    if isinstance(value, StatusRow):
        return next_action_text(value, lang)
    if isinstance(value, State):
        return state_label(value, lang)
    if isinstance(value, str):
        return for_people(value, one_line=True)
    if isinstance(value, date):
        return format_date(value, lang)
    return value
