"""Output: the contract's JSON, and the texts of the human views (msgids; French in the catalog)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tracker import i18n
from tracker.core.status import NextAction, StatusRow
from tracker.i18n import N_, _, ngettext
from tracker.model import Classification
from tracker.output.sanitize import for_people

if TYPE_CHECKING:
    from tracker.core.classify.explain import Explain


def classification_json(source: str, message_id: str | None, c: Classification) -> dict[str, Any]:
    """One ``classify --json`` object, fields in the contract's order."""
    return {
        "source": source,
        "message_id": message_id,
        "kind": c.kind.value,
        "platform": c.platform.value if c.platform else None,
        "language": c.language,
        "code": c.code,
        "deadline": c.deadline.isoformat() if c.deadline else None,
        "objection_url": c.objection_url,
        "reference": c.reference,
        "authentic": c.authentic,
        "warnings": list(c.warnings),
    }


def classification_line(source: str, c: Classification) -> str:
    """One readable line per message (never the code itself: it would end up in scrollback and logs).

    The source (a file name), the reference and the warnings (which quote display names) come
    from the mail or its file: each is made safe on its own (:func:`for_people`), before the
    line is put together, so no quoted value can act on the "NOT AUTHENTIC" beside it.
    """
    from tracker.output.words import doubt_text, kind_label

    bits = [kind_label(c.kind.value)]
    if c.platform:
        bits.append(c.platform.value)
    if c.language:
        bits.append(c.language)
    if c.deadline:
        bits.append(_("deadline {date}").format(date=i18n.format_date(c.deadline)))
    if c.code:
        bits.append(_("a confirmation code (hidden here)"))
    if c.reference:
        bits.append(_("ref {reference}").format(reference=for_people(c.reference, one_line=True)))
    if c.authentic is False:
        bits.append(_("NOT AUTHENTIC"))
    line = f"{for_people(source, one_line=True)}: " + ", ".join(bits)
    if c.warnings:
        line += " [" + "; ".join(doubt_text(w) for w in c.warnings) + "]"
    return line


def _one_line(text: str) -> str:
    return for_people(text, one_line=True)


def explanation_lines(explain: Explain) -> list[str]:
    """``classify --explain`` for people: each section's title, then its notes, indented.

    Titles and fixed words in the reader's language; every value that comes from the mail (a
    phrase, an excerpt, a link, a display name) made safe on its own; codes masked."""
    lines: list[str] = []
    section = None
    for n in explain.in_order():
        if n.section != section:
            section = n.section
            lines.append("  " + _("{section}:").format(section=_(section)))
        lines.append("    " + n.text(_, _one_line, mask=True, day=i18n.format_date))
    return lines


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---- status ------------------------------------------------------------------------------------


_NEXT: dict[NextAction, str] = {
    NextAction.OBJECT_BEFORE_DEADLINE: N_("Object before the end of {last_day}: fill in the objection form."),
    NextAction.OBJECT_LAST_DAY: N_("Today is the last day to object: fill in the objection form now."),
    NextAction.OBJECT_LATE: N_("The deadline has passed: object anyway, it still stops future use of your data."),
    NextAction.ENTER_CODE: N_("Type the confirmation code into the objection form now: it expires after an hour."),
    NextAction.REFILL_FORM: N_("The confirmation code has expired: fill in the objection form again to get a "
                               "new one."),
    NextAction.WAIT_FOR_ANSWER: N_("Nothing to do: wait for Meta's answer to your objection."),
    NextAction.NOTHING: N_("Nothing to do: your objection was accepted for this round."),
    NextAction.OBJECT_AGAIN: N_("Refused or more information asked: object again, explaining how the processing "
                                "affects you, or complain to your data-protection authority."),
    NextAction.CHECK_NOTICE: N_("No notice found for this round: check Meta's privacy centre for the current "
                                "objection form."),
}

_STATE_LABEL: dict[str, str] = {
    "action_needed": N_("action needed"), "code_received": N_("code received"),
    "awaiting_answer": N_("awaiting answer"), "accepted": N_("accepted"), "refused": N_("refused"),
    "deadline_passed": N_("deadline passed"),
}


def format_date(d: date, lang: str) -> str:
    """A date in the language's long form ("26 mai 2025", "May 26, 2025"), whatever the process locale."""
    return i18n.format_date(d, lang)


def next_action_text(s: StatusRow, lang: str) -> str:
    return _(_NEXT[s.next_action], lang).format(last_day=format_date(s.last_day, lang) if s.last_day else "?")


def countdown(days: int, lang: str) -> str:
    """Days to the last day to object as people say them: "today", "tomorrow", "in 3 days".

    The one wording of the table, the reminders and the calendar's alarms, so that a week before
    the last day all of them say "in 7 days"."""
    if days == 0:
        return _("today", lang)
    if days == 1:
        return _("tomorrow", lang)
    return ngettext("in {n} day", "in {n} days", days, lang).format(n=days)


def state_label(state: str, lang: str) -> str:
    label = _STATE_LABEL.get(state)
    return _(label, lang) if label else state


def status_json(rows: list[StatusRow], lang: str) -> list[dict[str, Any]]:
    return [
        {
            "mailbox": s.row.mailbox,
            "platform": s.row.platform,
            "account": s.row.account,
            "round": s.row.round,
            "state": s.state.value,
            "deadline": s.row.deadline.isoformat() if s.row.deadline else None,
            "days_left": s.days_left,
            "last_day": s.last_day.isoformat() if s.last_day else None,
            "objection_url": s.row.objection_url,
            "next_action": next_action_text(s, lang),
            "last_event_at": s.row.last_event_at.isoformat(),
        }
        for s in rows
    ]


def iso(dt: datetime | None) -> str:
    return dt.isoformat() if dt else "?"


# ---- notifications -----------------------------------------------------------------------------

_NOTE: dict[str, str] = {
    "code.summary": N_("Meta confirmation code: {code}"),
    "code.body": N_("For {account} ({platform}). Type it into the objection form now: it expires within the hour."),
    "code.log": N_("a confirmation code arrived for {account} ({platform}); see the desktop notification or "
                   "`tracker classify`"),
    "accepted.summary": N_("Objection accepted ({platform})"),
    "accepted.body": N_("Meta accepted the objection of {account} for the round of {round}."),
    "refused.summary": N_("Objection refused or more information asked ({platform})"),
    "refused.body": N_("Meta did not accept the objection of {account}. Object again explaining how the "
                       "processing affects you, or complain to your data-protection authority."),
    "notice.summary": N_("Meta will use your data for AI ({platform})"),
    "notice.body": N_("{account}: object before the end of {last_day}."),
    "fake.summary": N_("Suspicious message pretending to be Meta's"),
    "reread.summary": N_("Check your objection: {account} ({platform})"),
    "reread.body": N_("Read again with a better classifier, round {round} was shown as '{before}' and is now "
                      "'{after}'. Open tracker status."),
    "fake.body": N_("{source}: {warning}. Do not click its links or enter a code."),
    "reminder.body": N_("{account}: the last day to object is {last_day}. {action}"),
    "test.summary": N_("tracker: test notification"),
    "test.body": N_("If you see this, desktop notifications work."),
}


def note(lang: str, key: str, **values: Any) -> str:
    """A notification text in ``lang`` (``reminder.summary`` counts down to the last day, as the table)."""
    if key == "reminder.summary":
        return _("Last day to object {when} ({platform})", lang).format(
            when=countdown(int(values["days"]), lang), platform=values["platform"])
    return _(_NOTE[key], lang).format(**values)
