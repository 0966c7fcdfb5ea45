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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import tzinfo
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any, Final, TypeVar

from tracker.core.status import StoredRow
from tracker.errors import UserError
from tracker.i18n import N_, _
from tracker.model import HistoryLine, State, platform_name
from tracker.output.render import format_date, state_label
from tracker.output.sanitize import for_people
from tracker.output.words import round_text

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

RULE: Final = "-" * 72


#: The language of the data's texts when the letter's language has none (``note.en``).
_FALLBACK_LANGUAGE: Final = "en"


@dataclass(frozen=True, slots=True)
class Authority:
    """A data-protection authority, as ``data/authorities.toml`` describes it.

    What depends on the letter's language is data, keyed by language, so that a new
    user-interface language is an addition to the file, not a branch here: ``notes`` (the note
    in each language), ``name_language`` (the language ``name`` is written in, when one of
    tracker's), ``default_for`` (the languages whose letters propose this authority when the
    account's domain names no country) and ``lead`` (Meta's lead authority, proposed otherwise).
    """

    code: str
    name: str
    name_en: str
    complaint_url: str
    notes: Mapping[str, str] = field(default_factory=dict)
    name_language: str | None = None
    default_for: frozenset[str] = frozenset()
    lead: bool = False

    def note_in(self, lang: str) -> str | None:
        """The note in ``lang``, else in English, else None."""
        return self.notes.get(lang) or self.notes.get(_FALLBACK_LANGUAGE)

    def name_in(self, lang: str) -> str:
        """The authority's own name, followed by its English name unless the reader reads the former."""
        if self.name == self.name_en or lang == self.name_language:
            return self.name
        return f"{self.name} — {self.name_en}"


def _authority(code: str, entry: Mapping[str, Any]) -> Authority:
    return Authority(code=code, name=str(entry["name"]), name_en=str(entry["name_en"]),
                     complaint_url=str(entry["complaint_url"]),
                     notes={str(k): str(v) for k, v in entry.get("note", {}).items() if v},
                     name_language=entry.get("name_language"),
                     default_for=frozenset(entry.get("default_for", ())), lead=bool(entry.get("lead", False)))


@cache
def load_authorities() -> dict[str, Authority]:
    """Country code → authority, from the packaged ``data/authorities.toml``."""
    raw = resources.files("tracker").joinpath("data/authorities.toml").read_text(encoding="utf-8")
    return {code.upper(): _authority(code.upper(), entry) for code, entry in tomllib.loads(raw).items()}


def choose_country(account: str, lang: str, explicit: str | None) -> tuple[Authority, str]:
    """The authority to complain to, and why it was chosen (a phrase in ``lang``).

    ``--country`` first; else the account's domain when it ends in a country's TLD that has an
    authority here (``.fr`` → FR); else the authority that is the default for ``lang`` (FR for
    French), else Meta's lead authority (IE).
    """
    authorities = load_authorities()
    if explicit:
        code = _ALIASES.get(explicit.strip().upper(), explicit.strip().upper())
        if code not in authorities:
            raise UserError(_("--country: unknown country {country} (known: {known})", lang)
                            .format(country=repr(explicit), known=", ".join(sorted(authorities))))
        return authorities[code], _t("why.option", lang)
    tld = account.rsplit("@", 1)[-1].rsplit(".", 1)[-1].lower()
    code = _ALIASES.get(tld.upper(), tld.upper())
    if len(tld) == 2 and code in authorities:
        return authorities[code], _t("why.tld", lang).format(tld=tld)
    # The letter's language may have its own default (French: France's CNIL); else Meta's lead
    # authority (Ireland's DPC). Each has its own reason.
    for authority in authorities.values():
        if lang in authority.default_for:
            return authority, _t("why.default_language", lang)
    return next(a for a in authorities.values() if a.lead), _t("why.default", lang)


# ---- which row ---------------------------------------------------------------------------------


def select_row(rows: Sequence[StoredRow], account: str, round_: str | None = None, platform: str | None = None,
               mailbox: str | None = None) -> StoredRow:
    """The row ``tracker letter`` is about; a :class:`UserError` (one line) when there is none or
    several. Without ``round_``: the account's latest dated round (``unknown`` only if it has no other)."""
    wanted = account.strip().lower()
    mine = [r for r in rows if r.account.lower() == wanted]
    if not mine:
        if not rows:
            raise UserError(_("unknown account {account} (no account is tracked yet)").format(account=repr(account)))
        known = ", ".join(sorted({r.account for r in rows}))
        raise UserError(_("unknown account {account} (known: {known})").format(account=repr(account), known=known))
    if platform:
        mine = [r for r in mine if r.platform == platform]
    if mailbox:
        mine = [r for r in mine if r.mailbox == mailbox]
    if not mine:
        where = "; ".join(sorted({f"--mailbox {r.mailbox} --platform {r.platform}"
                                  for r in rows if r.account.lower() == wanted}))
        raise UserError(_("{account}: no row matches --platform/--mailbox (it has: {where})")
                        .format(account=account, where=where))
    groups = sorted({(r.mailbox, r.platform) for r in mine})
    if len(groups) > 1:
        choices = "; ".join(f"--mailbox {m} --platform {p}" for m, p in groups)
        raise UserError(_("{account} is tracked in several places: add one of: {choices}")
                        .format(account=account, choices=choices))
    if round_:
        for r in mine:
            if r.round == round_:
                return r
        raise UserError(_("{account}: no round {round} (rounds: {rounds})")
                        .format(account=account, round=repr(round_), rounds=", ".join(sorted(r.round for r in mine))))
    return max(mine, key=lambda r: (r.deadline is not None, r.deadline or r.last_event_at.date(), r.last_event_at))


def row_history(lines: Iterable[HistoryLine], row: StoredRow) -> list[HistoryLine]:
    """The audit-trail lines of this row (same mailbox, platform, account and round), in order."""
    return [ln for ln in lines
            if (ln.mailbox, ln.platform, ln.account.lower(), ln.round)
            == (row.mailbox, row.platform, row.account.lower(), row.round)]


def has_refusal(row: StoredRow, lines: Iterable[HistoryLine]) -> bool:
    return row.state is State.REFUSED or any(ln.after == State.REFUSED.value for ln in lines)


# ---- texts -------------------------------------------------------------------------------------

#: The letter's texts (English msgids), translated at use into the letter's language by :func:`_t`.
#: ``fact.<state>``: one line of the complaint's facts per audit-trail line, by the state it led to.
_TEXT: Final[dict[str, str]] = {
    "title": N_("Objection to AI at Meta: {platform} account {account}, round {round} ({state})"),
    "form": N_("Objection form: {url}"),
    "no_form": N_("Objection form: the link in Meta's notice e-mail, or Meta's Privacy Centre."),
    "howto": N_("Meta's form asks how this processing affects you. Paste the text between the lines; make it "
                    "yours if you can\n(a sentence about your own situation carries weight) and keep only what is "
                    "true for you."),
    "objection": N_("""\
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
account linked to this one in the Accounts Centre, and to confirm in writing that my objection has been honoured."""),
    "no_refusal": N_("No refusal in this row's audit trail: a complaint draft appears here after a refusal."),
    "refused_intro": N_("Meta refused this objection or asked for more information. Object again with the text "
                            "above, and/or\ncomplain to a data-protection authority with the draft below."),
    "still_state": N_("Note: this row is now {state}; file the complaint only if the problem remains."),
    "authority": N_("Authority: {name} [{code}: {why}]"),
    "file_at": N_("File at: {url}"),
    "note": N_("Note: {note}"),
    "attach": N_("Attach copies of Meta's e-mails listed below (`tracker history {account}` lists them)."),
    "why.option": N_("chosen with --country"),
    "why.tld": N_("from the account's domain .{tld}; choose another with --country CC"),
    # TRANSLATORS: why the authority of your language's country was chosen (the CNIL for French; authorities.toml,
    # default_for). Shown only in the languages that have such a default: English output defaults to Ireland.
    "why.default_language": N_("default for a letter in this language; choose another with --country CC"),
    "why.default": N_("default for English: Ireland's DPC is Meta's lead authority; choose your own with "
                          "--country CC"),
    "complaint": N_("""\
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
[your name, postal address, date and signature]"""),
    "fact.notice": N_("- {date}: Meta's e-mail announcing that my data would be used for AI at Meta from "
                          "{deadline}, with a link to the objection form{ref}."),
    "fact.no_notice": N_("- Meta's notice for this round: not among the e-mails tracker read."),
    "fact.code_received": N_("- {date}: I filled in Meta's objection form (Meta sent the confirmation code){ref}."),
    "fact.received": N_("- {date}: Meta acknowledged receipt of my objection{ref}."),
    "fact.refused": N_("- {date}: Meta refused my objection or asked for more information{ref}."),
    "fact.accepted": N_("- {date}: Meta said it would honour my objection{ref}."),
    "fact.action_needed": N_("- {date}: the objection was to be made again{ref}."),
    "ref": N_(" (reference {ref})"),
    "manual": N_(" [recorded by hand]"),
    "manual.note": N_(" [recorded by hand: {note}]"),
    "via": N_(" [through the linked account {via}]"),
    "no_refs": N_("none in Meta's e-mails"),
}


def _t(key: str, lang: str) -> str:
    """The text ``key`` of :data:`_TEXT` in ``lang`` (the letter's language)."""
    return _(_TEXT[key], lang)


def objection_text(account: str, platform: str, lang: str) -> str:
    """The statement to paste into Meta's objection form (how the processing affects the person)."""
    return _t("objection", lang).format(account=account, platform=platform_name(platform))


def _is_notice(ln: HistoryLine) -> bool:
    return ln.before == "start" and ln.after == State.ACTION_NEEDED.value and not ln.manual


def _fact(ln: HistoryLine, row: StoredRow, lang: str, tz: tzinfo) -> str:
    when = format_date(ln.at.astimezone(tz).date(), lang)
    ref = _t("ref", lang).format(ref=ln.reference) if ln.reference else ""
    key = "fact.notice" if _is_notice(ln) else f"fact.{ln.after}"
    deadline = format_date(row.deadline, lang) if row.deadline else "?"
    # The reference, the linked account and "by hand" annotate the fact before its full stop.
    if ln.via:
        ref += _t("via", lang).format(via=ln.via)
    if ln.manual:
        ref += _t("manual.note", lang).format(note=ln.note) if ln.note else _t("manual", lang)
    return _t(key if key in _TEXT else "fact.received", lang).format(date=when, deadline=deadline, ref=ref)


def complaint_text(row: StoredRow, lines: Sequence[HistoryLine], lang: str, tz: tzinfo) -> str:
    """The complaint to the authority, facts read off the row's audit trail (dates in ``tz``)."""
    facts = [_fact(ln, row, lang, tz) for ln in lines]
    if not any(_is_notice(ln) for ln in lines):
        facts.insert(0, _t("fact.no_notice", lang))
    refs: list[str] = []
    for ref in [ln.reference for ln in lines] + [row.reference]:
        if ref and ref not in refs:
            refs.append(ref)
    references = ", ".join(refs) if refs else _t("no_refs", lang)
    return _t("complaint", lang).format(account=row.account, platform=platform_name(row.platform),
                                        facts="\n".join(facts), references=references)


_Record = TypeVar("_Record", "StoredRow", "HistoryLine")


def _for_people(record: _Record) -> _Record:
    """``record`` with each text field made one safe line (:func:`for_people`).

    The account, the references and the form's URL were read from mail, and the letter is
    printed to a terminal or pasted into a form: no control of theirs may come along. Enum
    fields (a ``StrEnum`` is a ``str`` too) keep their type.
    """
    changes: dict[str, Any] = {f.name: for_people(value, one_line=True) for f in fields(record)
               if isinstance(value := getattr(record, f.name), str) and not isinstance(value, Enum)}
    return replace(record, **changes)


def letter(row: StoredRow, history: Iterable[HistoryLine], lang: str, tz: tzinfo, country: str | None = None,
           state: str | None = None) -> str:
    """Everything ``tracker letter`` prints: the objection text, and after a refusal the complaint.

    ``history`` may hold other rows' lines (they are filtered); ``state`` is the row's effective
    state to show (default: the stored one); ``country`` is ``--country``.
    """
    lines = [_for_people(ln) for ln in row_history(history, row)]
    row = _for_people(row)
    authority, why = choose_country(row.account, lang, country)  # also validates --country
    shown = state or row.state.value
    out = [
        _t("title", lang).format(platform=platform_name(row.platform), account=row.account,
                                 round=round_text(row.round, lang),
                                 state=state_label(shown, lang)),
        _t("form", lang).format(url=row.objection_url) if row.objection_url else _t("no_form", lang),
        "",
        _t("howto", lang),
        RULE,
        objection_text(row.account, row.platform, lang),
        RULE,
        "",
    ]
    if not has_refusal(row, lines):
        out.append(_t("no_refusal", lang))
        return "\n".join(out) + "\n"
    out.append(_t("refused_intro", lang))
    if row.state is not State.REFUSED:
        out.append(_t("still_state", lang).format(state=state_label(shown, lang)))
    out += ["", _t("authority", lang).format(name=authority.name_in(lang), code=authority.code, why=why),
            _t("file_at", lang).format(url=authority.complaint_url)]
    authority_note = authority.note_in(lang)
    if authority_note:
        out.append(_t("note", lang).format(note=authority_note))
    out += [_t("attach", lang).format(account=row.account), RULE, complaint_text(row, lines, lang, tz), RULE]
    return "\n".join(out) + "\n"
