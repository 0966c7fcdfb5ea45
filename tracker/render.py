"""Output: the contract's JSON, and the human views (French and English strings live here)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from tracker.model import Classification
from tracker.status import NextAction, StatusRow


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
    """One readable line per message (never the code itself: it would end up in scrollback and logs)."""
    bits = [c.kind.value]
    if c.platform:
        bits.append(c.platform.value)
    if c.language:
        bits.append(c.language)
    if c.deadline:
        bits.append(f"deadline {c.deadline.isoformat()}")
    if c.code:
        bits.append("code ******")
    if c.reference:
        bits.append(f"ref {c.reference}")
    if c.authentic is False:
        bits.append("NOT AUTHENTIC")
    line = f"{source}: " + ", ".join(bits)
    if c.warnings:
        line += " [" + "; ".join(c.warnings) + "]"
    return line


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---- status ------------------------------------------------------------------------------------


_NEXT: dict[str, dict[NextAction, str]] = {
    "en": {
        NextAction.OBJECT_BEFORE_DEADLINE: "Object before the end of {last_day}: fill in the objection form.",
        NextAction.OBJECT_LAST_DAY: "Today is the last day to object: fill in the objection form now.",
        NextAction.OBJECT_LATE: "The deadline has passed: object anyway, it still stops future use of your data.",
        NextAction.ENTER_CODE: "Type the confirmation code into the objection form now: it expires after an hour.",
        NextAction.REFILL_FORM: "The confirmation code has expired: fill in the objection form again to get a "
                                "new one.",
        NextAction.WAIT_FOR_ANSWER: "Nothing to do: wait for Meta's answer to your objection.",
        NextAction.NOTHING: "Nothing to do: your objection was accepted for this round.",
        NextAction.OBJECT_AGAIN: "Refused or more information asked: object again, explaining how the processing "
                                 "affects you, or complain to your data-protection authority.",
        NextAction.CHECK_NOTICE: "No notice found for this round: check Meta's privacy centre for the current "
                                 "objection form.",
    },
    "fr": {
        NextAction.OBJECT_BEFORE_DEADLINE: "Opposez-vous avant la fin du {last_day} : remplissez le formulaire "
                                           "d'opposition.",
        NextAction.OBJECT_LAST_DAY: "C'est le dernier jour pour vous opposer : remplissez le formulaire "
                                    "d'opposition maintenant.",
        NextAction.OBJECT_LATE: "L'échéance est passée : opposez-vous quand même, cela arrête l'utilisation "
                                "future de vos données.",
        NextAction.ENTER_CODE: "Saisissez maintenant le code de confirmation dans le formulaire : il expire au "
                               "bout d'une heure.",
        NextAction.REFILL_FORM: "Le code de confirmation a expiré : remplissez de nouveau le formulaire pour en "
                                "recevoir un autre.",
        NextAction.WAIT_FOR_ANSWER: "Rien à faire : attendez la réponse de Meta à votre opposition.",
        NextAction.NOTHING: "Rien à faire : votre opposition a été acceptée pour cette vague.",
        NextAction.OBJECT_AGAIN: "Refus ou demande de précisions : opposez-vous de nouveau en expliquant en quoi "
                                 "ce traitement vous affecte, ou saisissez la CNIL (ou votre autorité de "
                                 "protection des données).",
        NextAction.CHECK_NOTICE: "Aucun avis trouvé pour cette vague : consultez le centre de confidentialité de "
                                 "Meta pour le formulaire d'opposition en cours.",
    },
}

_STATE_LABEL: dict[str, dict[str, str]] = {
    "en": {"action_needed": "action needed", "code_received": "code received", "awaiting_answer":
           "awaiting answer", "accepted": "accepted", "refused": "refused", "deadline_passed": "deadline passed"},
    "fr": {"action_needed": "à faire", "code_received": "code reçu", "awaiting_answer": "en attente de réponse",
           "accepted": "acceptée", "refused": "refusée", "deadline_passed": "échéance passée"},
}

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")


def format_date(d: date, lang: str) -> str:
    """A date in the language's long form, independent of the process locale."""
    months = _MONTHS_FR if lang == "fr" else _MONTHS_EN
    return f"{d.day} {months[d.month - 1]} {d.year}"


def next_action_text(s: StatusRow, lang: str) -> str:
    table = _NEXT.get(lang, _NEXT["en"])
    last_day = s.row.deadline - timedelta(days=1) if s.row.deadline else None
    return table[s.next_action].format(last_day=format_date(last_day, lang) if last_day else "?")


def state_label(state: str, lang: str) -> str:
    return _STATE_LABEL.get(lang, _STATE_LABEL["en"]).get(state, state)


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
            "objection_url": s.row.objection_url,
            "next_action": next_action_text(s, lang),
            "last_event_at": s.row.last_event_at.isoformat(),
        }
        for s in rows
    ]


def iso(dt: datetime | None) -> str:
    return dt.isoformat() if dt else "?"


# ---- notifications -----------------------------------------------------------------------------

_NOTE: dict[str, dict[str, str]] = {
    "en": {
        "code.summary": "Meta confirmation code: {code}",
        "code.body": "For {account} ({platform}). Type it into the objection form now: it expires within the hour.",
        "code.log": "a confirmation code arrived for {account} ({platform}); see the desktop notification or "
                    "`tracker classify`",
        "accepted.summary": "Objection accepted ({platform})",
        "accepted.body": "Meta accepted the objection of {account} for the round of {round}.",
        "refused.summary": "Objection refused or more information asked ({platform})",
        "refused.body": "Meta did not accept the objection of {account}. Object again explaining how the "
                        "processing affects you, or complain to your data-protection authority.",
        "received.summary": "Objection received ({platform})",
        "received.body": "Meta acknowledged the objection of {account}; wait for its answer.",
        "notice.summary": "Meta will use your data for AI ({platform})",
        "notice.body": "{account}: object before the end of {last_day}.",
        "fake.summary": "Suspicious message pretending to be Meta's",
        "fake.body": "{source}: {warning}. Do not click its links or enter a code.",
        "reminder.summary": "{days} day(s) left to object ({platform})",
        "reminder.summary0": "Last day to object ({platform})",
        "reminder.body": "{account}: the last day to object is {last_day}. {action}",
        "test.summary": "tracker: test notification",
        "test.body": "If you see this, desktop notifications work.",
    },
    "fr": {
        "code.summary": "Code de confirmation Meta : {code}",
        "code.body": "Pour {account} ({platform}). Saisissez-le maintenant dans le formulaire d'opposition : il "
                     "expire dans l'heure.",
        "code.log": "un code de confirmation est arrivé pour {account} ({platform}) ; voir la notification ou "
                    "`tracker classify`",
        "accepted.summary": "Opposition acceptée ({platform})",
        "accepted.body": "Meta a accepté l'opposition de {account} pour la vague du {round}.",
        "refused.summary": "Opposition refusée ou précisions demandées ({platform})",
        "refused.body": "Meta n'a pas accepté l'opposition de {account}. Opposez-vous de nouveau en expliquant en "
                        "quoi ce traitement vous affecte, ou saisissez la CNIL.",
        "received.summary": "Opposition reçue ({platform})",
        "received.body": "Meta a accusé réception de l'opposition de {account} ; attendez sa réponse.",
        "notice.summary": "Meta utilisera vos données pour l'IA ({platform})",
        "notice.body": "{account} : opposez-vous avant la fin du {last_day}.",
        "fake.summary": "Message suspect se faisant passer pour Meta",
        "fake.body": "{source} : {warning}. Ne cliquez pas sur ses liens et n'y saisissez aucun code.",
        "reminder.summary": "Plus que {days} jour(s) pour vous opposer ({platform})",
        "reminder.summary0": "Dernier jour pour vous opposer ({platform})",
        "reminder.body": "{account} : le dernier jour pour vous opposer est le {last_day}. {action}",
        "test.summary": "tracker : notification de test",
        "test.body": "Si vous voyez ceci, les notifications de bureau fonctionnent.",
    },
}


def note(lang: str, key: str, **values: Any) -> str:
    """A notification text in French or English."""
    table = _NOTE.get(lang, _NOTE["en"])
    return table[key].format(**values)
