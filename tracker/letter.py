"""``tracker letter``: what to write in Meta's objection form and, after a refusal, a complaint.

The objection text is an Article 21(1) GDPR statement of how the processing affects the person,
in French or English, with the account and platform filled in; it claims only what holds for
anyone whose public content Meta wants to train on, and asks the person to add their own words.
After a refusal (the row is ``refused``, or its audit trail holds a refusal) a draft complaint to
a data-protection authority follows, with the facts read off the audit trail: the dates of the
notice, of the objection, of the acknowledgement and of the refusal, and Meta's reference
numbers. The authorities are data (``tracker/data/authorities.toml``), not code.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Final

from tracker.errors import UserError
from tracker.model import State
from tracker.render import format_date, state_label
from tracker.status import StoredRow

if TYPE_CHECKING:
    from tracker.store import HistoryLine

__all__ = [
    "EU_EEA",
    "Authority",
    "choose_country",
    "complaint_text",
    "has_refusal",
    "letter",
    "load_authorities",
    "objection_text",
    "row_history",
    "select_row",
]

#: Every EU member state, then the EEA's EFTA members (ISO 3166-1 alpha-2; Greece is GR).
EU_EEA: Final = ("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
                 "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO")

#: Codes people may type for a country whose ISO code differs (the EU's own code for Greece).
_ALIASES: Final = {"EL": "GR"}

PLATFORM_NAMES: Final = {"facebook": "Facebook", "instagram": "Instagram", "messenger": "Messenger",
                         "whatsapp": "WhatsApp", "meta": "Meta"}

RULE: Final = "-" * 72


@dataclass(frozen=True, slots=True)
class Authority:
    code: str
    name: str
    name_en: str
    complaint_url: str
    note: str | None = None
    note_fr: str | None = None

    def note_in(self, lang: str) -> str | None:
        return (self.note_fr or self.note) if lang == "fr" else self.note


@cache
def load_authorities() -> dict[str, Authority]:
    """Country code → authority, from the packaged ``data/authorities.toml``."""
    raw = resources.files("tracker").joinpath("data/authorities.toml").read_text(encoding="utf-8")
    table = tomllib.loads(raw)
    return {code.upper(): Authority(code=code.upper(), name=str(v["name"]), name_en=str(v["name_en"]),
                                    complaint_url=str(v["complaint_url"]),
                                    note=str(v["note"]) if v.get("note") else None,
                                    note_fr=str(v["note_fr"]) if v.get("note_fr") else None)
            for code, v in table.items()}


def choose_country(account: str, lang: str, explicit: str | None) -> tuple[Authority, str]:
    """The authority to complain to, and why it was chosen (a phrase in ``lang``).

    ``--country`` first; else the account's domain when it ends in a country's TLD that has an
    authority here (``.fr`` → FR); else FR for French output and IE (Meta's lead authority) for
    English output.
    """
    t = _t(lang)
    authorities = load_authorities()
    if explicit:
        code = _ALIASES.get(explicit.strip().upper(), explicit.strip().upper())
        if code not in authorities:
            raise UserError(f"--country: unknown country {explicit!r} (known: {', '.join(sorted(authorities))})")
        return authorities[code], t["why.option"]
    tld = account.rsplit("@", 1)[-1].rsplit(".", 1)[-1].lower()
    code = _ALIASES.get(tld.upper(), tld.upper())
    if len(tld) == 2 and code in authorities:
        return authorities[code], t["why.tld"].format(tld=tld)
    fallback = "FR" if lang == "fr" else "IE"
    return authorities[fallback], t["why.default"]


# ---- which row ---------------------------------------------------------------------------------


def select_row(rows: Sequence[StoredRow], account: str, round_: str | None = None, platform: str | None = None,
               mailbox: str | None = None) -> StoredRow:
    """The row ``tracker letter`` is about; a :class:`UserError` (one line) when there is none or
    several. Without ``round_``: the account's latest dated round (``unknown`` only if it has no other)."""
    wanted = account.strip().lower()
    mine = [r for r in rows if r.account.lower() == wanted]
    if not mine:
        known = ", ".join(sorted({r.account for r in rows})) or "none"
        raise UserError(f"unknown account {account!r} (known: {known})")
    if platform:
        mine = [r for r in mine if r.platform == platform]
    if mailbox:
        mine = [r for r in mine if r.mailbox == mailbox]
    if not mine:
        where = "; ".join(sorted({f"--mailbox {r.mailbox} --platform {r.platform}"
                                  for r in rows if r.account.lower() == wanted}))
        raise UserError(f"{account}: no row matches --platform/--mailbox (it has: {where})")
    groups = sorted({(r.mailbox, r.platform) for r in mine})
    if len(groups) > 1:
        choices = "; ".join(f"--mailbox {m} --platform {p}" for m, p in groups)
        raise UserError(f"{account} is tracked in several places: add one of: {choices}")
    if round_:
        for r in mine:
            if r.round == round_:
                return r
        raise UserError(f"{account}: no round {round_!r} (rounds: {', '.join(sorted(r.round for r in mine))})")
    return max(mine, key=lambda r: (r.deadline is not None, r.deadline or r.last_event_at.date(), r.last_event_at))


def row_history(lines: Iterable[HistoryLine], row: StoredRow) -> list[HistoryLine]:
    """The audit-trail lines of this row (same mailbox, platform, account and round), in order."""
    return [ln for ln in lines
            if (ln.mailbox, ln.platform, ln.account.lower(), ln.round)
            == (row.mailbox, row.platform, row.account.lower(), row.round)]


def has_refusal(row: StoredRow, lines: Iterable[HistoryLine]) -> bool:
    return row.state is State.REFUSED or any(ln.after == State.REFUSED.value for ln in lines)


# ---- texts -------------------------------------------------------------------------------------

_TEXT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "title": "Objection to AI at Meta: {platform} account {account}, round {round} ({state})",
        "form": "Objection form: {url}",
        "no_form": "Objection form: the link in Meta's notice e-mail, or Meta's Privacy Centre.",
        "howto": "Meta's form asks how this processing affects you. Paste the text between the lines; make it "
                 "yours if you can\n(a sentence about your own situation carries weight) and keep only what is "
                 "true for you.",
        "objection": """\
I object, under Article 21(1) of the General Data Protection Regulation (GDPR), to Meta Platforms Ireland Limited \
using my personal data to develop and improve AI at Meta (generative AI models and the features built on them). \
This concerns my {platform} account {account}: my posts, photos and their captions, comments, profile information \
and my interactions with AI at Meta.

How this processing affects me:
- I published this content to share it with the people who follow me, not to train AI models. This reuse goes \
beyond what I could reasonably expect when I shared it (Recital 47 GDPR).
- Once my data has been used to train a model, I have no practical way to know what the model keeps, nor to have \
it corrected or erased (Articles 16 and 17 GDPR); the model may reproduce it or infer things about me from it.
- My posts and photos also concern relatives and friends who did not choose this and cannot object through my \
account.

These grounds relate to my particular situation. Under Article 21(1) GDPR, Meta must therefore no longer process \
my data for this purpose unless it demonstrates compelling legitimate grounds that override my interests, rights \
and freedoms. I ask you to apply this objection to the data already collected as well as to future data, to every \
account linked to this one in the Accounts Centre, and to confirm in writing that my objection has been honoured.""",
        "no_refusal": "No refusal in this row's audit trail: a complaint draft appears here after a refusal.",
        "refused_intro": "Meta refused this objection or asked for more information. Object again with the text "
                         "above, and/or\ncomplain to a data-protection authority with the draft below.",
        "still_state": "Note: this row is now {state}; file the complaint only if the problem remains.",
        "authority": "Authority: {name} [{code}: {why}]",
        "file_at": "File at: {url}",
        "note": "Note: {note}",
        "attach": "Attach copies of Meta's e-mails listed below (`tracker history {account}` lists them).",
        "why.option": "chosen with --country",
        "why.tld": "from the account's domain .{tld}; choose another with --country CC",
        "why.default": "default for English: Ireland's DPC is Meta's lead authority; choose your own with "
                       "--country CC",
        "complaint": """\
Subject: Complaint under Article 77 GDPR against Meta Platforms Ireland Limited: my objection to the use of my \
data for AI at Meta was not honoured

I lodge a complaint against Meta Platforms Ireland Limited (Merrion Road, Dublin 4, D04 X2K5, Ireland), the \
controller of my personal data on {platform}, because it did not honour my objection (Article 21 GDPR) to the \
use of my data to develop AI at Meta.

Facts:
- Account concerned: {account} ({platform}).
{facts}
- Reference numbers given by Meta: {references}.

Grounds:
- Meta relies on its legitimate interests (Article 6(1)(f) GDPR) for this processing. I objected on grounds \
relating to my particular situation; under Article 21(1) GDPR Meta must then stop processing my data for this \
purpose unless it demonstrates compelling legitimate grounds which override my interests, rights and freedoms. It \
has demonstrated none to me.
- Under Article 12(2) GDPR the controller must facilitate the exercise of my rights. A refusal that states no \
such grounds, or a request for information that the Regulation does not require, hinders it.

I ask the authority to examine this complaint, to order Meta to comply with my objection, including for the data \
already collected (Article 58(2)(c) GDPR), and to inform me of the progress and outcome of the complaint \
(Article 77(2) GDPR).

Attached: copies of Meta's e-mails listed above.

{account}
[your name, postal address, date and signature]""",
        "fact.notice": "- {date}: Meta's e-mail announcing that my data would be used for AI at Meta from "
                       "{deadline}, with a link to the objection form{ref}.",
        "fact.no_notice": "- Meta's notice for this round: not among the e-mails tracker read.",
        "fact.code": "- {date}: I filled in Meta's objection form (Meta sent the confirmation code){ref}.",
        "fact.received": "- {date}: Meta acknowledged receipt of my objection{ref}.",
        "fact.refused": "- {date}: Meta refused my objection or asked for more information{ref}.",
        "fact.accepted": "- {date}: Meta said it would honour my objection{ref}.",
        "fact.action_needed": "- {date}: the objection was to be made again{ref}.",
        "ref": " (reference {ref})",
        "manual": " [recorded by hand{note}]",
        "via": " [through the linked account {via}]",
        "no_refs": "none in Meta's e-mails",
    },
    "fr": {
        "title": "Opposition à l'IA de Meta : compte {platform} {account}, vague du {round} ({state})",
        "form": "Formulaire d'opposition : {url}",
        "no_form": "Formulaire d'opposition : le lien de l'e-mail d'avis de Meta, ou le centre de confidentialité "
                   "de Meta.",
        "howto": "Le formulaire de Meta demande en quoi ce traitement vous affecte. Collez le texte entre les "
                 "lignes ; faites-le vôtre\nsi vous le pouvez (une phrase sur votre propre situation a du poids) et "
                 "ne gardez que ce qui est vrai pour vous.",
        "objection": """\
Je m'oppose, en application de l'article 21, paragraphe 1, du règlement général sur la protection des données \
(RGPD), à l'utilisation de mes données personnelles par Meta Platforms Ireland Limited pour développer et \
améliorer l'IA de Meta (modèles d'IA générative et fonctionnalités qui en découlent). Cela concerne mon compte \
{platform} {account} : mes publications, photos et leurs légendes, commentaires, informations de profil et mes \
interactions avec l'IA de Meta.

En quoi ce traitement m'affecte :
- J'ai publié ces contenus pour les partager avec les personnes qui me suivent, pas pour entraîner des modèles \
d'IA. Cette réutilisation dépasse ce à quoi je pouvais raisonnablement m'attendre en les publiant (considérant 47 \
du RGPD).
- Une fois mes données utilisées pour entraîner un modèle, je n'ai aucun moyen concret de savoir ce que le modèle \
en conserve, ni de les faire rectifier ou effacer (articles 16 et 17 du RGPD) ; le modèle peut les reproduire ou \
en déduire des informations sur moi.
- Mes publications et photos concernent aussi des proches et des amis qui n'ont pas fait ce choix et ne peuvent \
pas s'y opposer par mon compte.

Ces motifs tiennent à ma situation particulière. En vertu de l'article 21, paragraphe 1, du RGPD, Meta ne peut \
donc plus traiter mes données à cette fin, à moins de démontrer des motifs légitimes et impérieux qui prévalent \
sur mes intérêts et mes droits et libertés. Je vous demande d'appliquer cette opposition aux données déjà \
collectées comme aux données futures, à tous les comptes liés à celui-ci dans l'Espace Comptes, et de me \
confirmer par écrit qu'elle a été prise en compte.""",
        "no_refusal": "Aucun refus dans l'historique de cette ligne : un projet de plainte apparaît ici après un "
                      "refus.",
        "refused_intro": "Meta a refusé cette opposition ou demandé des précisions. Opposez-vous de nouveau avec le "
                         "texte ci-dessus,\net/ou saisissez une autorité de protection des données avec le projet "
                         "ci-dessous.",
        "still_state": "Remarque : cette ligne est maintenant « {state} » ; ne déposez la plainte que si le problème "
                       "demeure.",
        "authority": "Autorité : {name} [{code} : {why}]",
        "file_at": "Où déposer la plainte : {url}",
        "note": "À savoir : {note}",
        "attach": "Joignez une copie des e-mails de Meta cités ci-dessous (`tracker history {account}` les "
                  "liste).",
        "why.option": "choisie avec --country",
        "why.tld": "d'après le domaine .{tld} du compte ; une autre avec --country CC",
        "why.default": "par défaut en français ; une autre avec --country CC",
        "complaint": """\
Objet : plainte au titre de l'article 77 du RGPD contre Meta Platforms Ireland Limited : mon opposition à \
l'utilisation de mes données pour l'IA de Meta n'a pas été respectée

Je dépose plainte contre Meta Platforms Ireland Limited (Merrion Road, Dublin 4, D04 X2K5, Irlande), responsable \
du traitement de mes données personnelles sur {platform}, qui n'a pas donné suite à mon opposition (article 21 du \
RGPD) à l'utilisation de mes données pour développer l'IA de Meta.

Les faits :
- Compte concerné : {account} ({platform}).
{facts}
- Numéros de référence donnés par Meta : {references}.

Les motifs :
- Meta fonde ce traitement sur son intérêt légitime (article 6, paragraphe 1, point f, du RGPD). Je m'y suis \
opposé(e) pour des raisons tenant à ma situation particulière ; en vertu de l'article 21, paragraphe 1, du RGPD, \
Meta doit alors cesser ce traitement, à moins de démontrer des motifs légitimes et impérieux qui prévalent sur \
mes intérêts et mes droits et libertés. Elle ne m'en a démontré aucun.
- En vertu de l'article 12, paragraphe 2, du RGPD, le responsable du traitement doit faciliter l'exercice de mes \
droits. Un refus qui n'énonce aucun de ces motifs, ou une demande d'informations que le règlement n'exige pas, \
l'entrave.

Je demande à l'autorité d'examiner cette plainte, d'ordonner à Meta de respecter mon opposition, y compris pour \
les données déjà collectées (article 58, paragraphe 2, point c, du RGPD), et de m'informer de l'état \
d'avancement et de l'issue de ma plainte (article 77, paragraphe 2, du RGPD).

Pièces jointes : copie des e-mails de Meta cités ci-dessus.

{account}
[vos nom, adresse postale, date et signature]""",
        "fact.notice": "- {date} : e-mail de Meta annonçant que mes données seraient utilisées pour l'IA de Meta à "
                       "partir du {deadline}, avec un lien vers le formulaire d'opposition{ref}.",
        "fact.no_notice": "- Avis de Meta pour cette vague : absent des e-mails lus par tracker.",
        "fact.code": "- {date} : j'ai rempli le formulaire d'opposition de Meta (Meta m'a envoyé le code de "
                     "confirmation){ref}.",
        "fact.received": "- {date} : Meta a accusé réception de mon opposition{ref}.",
        "fact.refused": "- {date} : Meta a refusé mon opposition ou demandé des précisions{ref}.",
        "fact.accepted": "- {date} : Meta a indiqué qu'elle respecterait mon opposition{ref}.",
        "fact.action_needed": "- {date} : l'opposition était à refaire{ref}.",
        "ref": " (référence {ref})",
        "manual": " [noté à la main{note}]",
        "via": " [par le compte lié {via}]",
        "no_refs": "aucun dans les e-mails de Meta",
    },
}


def _t(lang: str) -> dict[str, str]:
    return _TEXT.get(lang, _TEXT["en"])


def platform_name(platform: str) -> str:
    return PLATFORM_NAMES.get(platform, platform)


def objection_text(account: str, platform: str, lang: str) -> str:
    """The statement to paste into Meta's objection form (how the processing affects the person)."""
    return _t(lang)["objection"].format(account=account, platform=platform_name(platform))


def _is_notice(ln: HistoryLine) -> bool:
    return ln.before == "start" and ln.after == State.ACTION_NEEDED.value and not ln.manual


def _fact(ln: HistoryLine, row: StoredRow, lang: str, tz: tzinfo) -> str:
    t = _t(lang)
    when = format_date(ln.at.astimezone(tz).date(), lang)
    ref = t["ref"].format(ref=ln.reference) if ln.reference else ""
    key = "fact.notice" if _is_notice(ln) else f"fact.{ln.after}"
    deadline = format_date(row.deadline, lang) if row.deadline else "?"
    text = t.get(key, t["fact.received"]).format(date=when, deadline=deadline, ref=ref)
    if ln.via:
        text += t["via"].format(via=ln.via)
    if ln.manual:
        text += t["manual"].format(note=f": {ln.note}" if ln.note else "")
    return text


def complaint_text(row: StoredRow, lines: Sequence[HistoryLine], lang: str, tz: tzinfo) -> str:
    """The complaint to the authority, facts read off the row's audit trail (dates in ``tz``)."""
    t = _t(lang)
    facts = [_fact(ln, row, lang, tz) for ln in lines]
    if not any(_is_notice(ln) for ln in lines):
        facts.insert(0, t["fact.no_notice"])
    refs: list[str] = []
    for ref in [ln.reference for ln in lines] + [row.reference]:
        if ref and ref not in refs:
            refs.append(ref)
    return t["complaint"].format(account=row.account, platform=platform_name(row.platform), facts="\n".join(facts),
                                 references=", ".join(refs) if refs else t["no_refs"])


def letter(row: StoredRow, history: Iterable[HistoryLine], lang: str, tz: tzinfo, country: str | None = None,
           state: str | None = None) -> str:
    """Everything ``tracker letter`` prints: the objection text, and after a refusal the complaint.

    ``history`` may hold other rows' lines (they are filtered); ``state`` is the row's effective
    state to show (default: the stored one); ``country`` is ``--country``.
    """
    t = _t(lang)
    lines = row_history(history, row)
    authority, why = choose_country(row.account, lang, country)  # also validates --country
    shown = state or row.state.value
    out = [
        t["title"].format(platform=platform_name(row.platform), account=row.account, round=row.round,
                          state=state_label(shown, lang)),
        t["form"].format(url=row.objection_url) if row.objection_url else t["no_form"],
        "",
        t["howto"],
        RULE,
        objection_text(row.account, row.platform, lang),
        RULE,
        "",
    ]
    if not has_refusal(row, lines):
        out.append(t["no_refusal"])
        return "\n".join(out) + "\n"
    out.append(t["refused_intro"])
    if row.state is not State.REFUSED:
        out.append(t["still_state"].format(state=state_label(shown, lang)))
    same = authority.name == authority.name_en or (lang == "fr" and authority.code == "FR")
    name = authority.name if same else f"{authority.name} — {authority.name_en}"
    out += ["", t["authority"].format(name=name, code=authority.code, why=why),
            t["file_at"].format(url=authority.complaint_url)]
    authority_note = authority.note_in(lang)
    if authority_note:
        out.append(t["note"].format(note=authority_note))
    out += [t["attach"].format(account=row.account), RULE, complaint_text(row, lines, lang, tz), RULE]
    return "\n".join(out) + "\n"
