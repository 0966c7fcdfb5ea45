#!/usr/bin/env python3
"""Blind test batch 1 for the Meta AI-objection mail classifier.

Run:  python3 generate.py      (writes eml/, manifest.jsonl, mbox/sample.mbox, scenarios/)

Everything is deterministic (fixed seeds, fixed dates).  Every person, address, code,
reference and third-party domain below is invented.  The wording of the Meta mails is an
independent paraphrase / translation of the wording publicly reported for the 2024 and
2025 rounds (see README.md); the 2026 round (deadline 2026-12-16) is invented.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html as htmllib
import json
import random
import re
import shutil
import sys
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

OUT = Path(__file__).resolve().parent
RNG = random.Random(20261216)

# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------

def h(seed: str, n: int = 16) -> str:
    """stable pseudo-random hex"""
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hnum(seed: str, n: int) -> str:
    return str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:n]


def b64s(seed: str, n: int = 44) -> str:
    raw = hashlib.sha512(seed.encode()).digest() + hashlib.sha512((seed + "x").encode()).digest()
    return base64.b64encode(raw).decode()[:n]


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def T(s: str, off: float = 0.0) -> dt.datetime:
    """'2024-05-22 14:05' (+ offset hours) -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz(off))


def rfcdate(d: dt.datetime) -> str:
    return format_datetime(d)


# --------------------------------------------------------------------------------------
# dates in 15 languages
# --------------------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": ["na segunda-feira", "na terça-feira", "na quarta-feira", "na quinta-feira", "na sexta-feira", "no sábado", "no domingo"],
    "pl": ["w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę", "w niedzielę"],
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "bg": ["в понеделник", "във вторник", "в сряда", "в четвъртък", "в петък", "в събота", "в неделя"],
    "el": ["τη Δευτέρα", "την Τρίτη", "την Τετάρτη", "την Πέμπτη", "την Παρασκευή", "το Σάββατο", "την Κυριακή"],
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "cs": ["v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek", "v sobotu", "v neděli"],
    "sv": "måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen".split(),
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina".split(),
}


def M(l, d):
    return MONTHS[l][d.month - 1]


def W(l, d):
    return WEEKDAYS[l][d.weekday()]


def frday(d):
    return "1er" if d.day == 1 else str(d.day)


# plain date (no preposition), used for "since ..." and "message of ..." sentences
PLAIN = {
    "en": lambda d: f"{d.day} {M('en', d)} {d.year}",
    "fr": lambda d: f"{frday(d)} {M('fr', d)} {d.year}",
    "de": lambda d: f"{d.day}. {M('de', d)} {d.year}",
    "es": lambda d: f"{d.day} de {M('es', d)} de {d.year}",
    "it": lambda d: f"{d.day} {M('it', d)} {d.year}",
    "nl": lambda d: f"{d.day} {M('nl', d)} {d.year}",
    "pt": lambda d: f"{d.day} de {M('pt', d)} de {d.year}",
    "pl": lambda d: f"{d.day} {M('pl', d)} {d.year} r.",
    "ro": lambda d: f"{d.day} {M('ro', d)} {d.year}",
    "bg": lambda d: f"{d.day} {M('bg', d)} {d.year} г.",
    "el": lambda d: f"{d.day} {M('el', d)} {d.year}",
    "hu": lambda d: f"{d.year}. {M('hu', d)} {d.day}.",
    "cs": lambda d: f"{d.day}. {M('cs', d)} {d.year}",
    "sv": lambda d: f"{d.day} {M('sv', d)} {d.year}",
    "fi": lambda d: f"{d.day}. {M('fi', d)} {d.year}",
}

# the effective-date phrase, with the preposition the notice sentence needs
WHEN = {
    "en": {
        "long": lambda d: f"on {d.day} {M('en', d)} {d.year}",
        "us": lambda d: f"on {M('en', d)} {d.day}, {d.year}",
        "wd": lambda d: f"on {W('en', d)}, {d.day} {M('en', d)} {d.year}",
        "uswd": lambda d: f"on {W('en', d)}, {M('en', d)} {d.day}, {d.year}",
        "slash": lambda d: f"on {d:%d/%m/%Y}",
        "iso": lambda d: f"on {d:%Y-%m-%d}",
    },
    "fr": {
        "long": lambda d: f"le {frday(d)} {M('fr', d)} {d.year}",
        "wd": lambda d: f"le {W('fr', d)} {frday(d)} {M('fr', d)} {d.year}",
        "slash": lambda d: f"le {d:%d/%m/%Y}",
        "dot": lambda d: f"le {d:%d.%m.%Y}",
    },
    "de": {
        "long": lambda d: f"am {d.day}. {M('de', d)} {d.year}",
        "wd": lambda d: f"am {W('de', d)}, {d.day}. {M('de', d)} {d.year}",
        "dot": lambda d: f"am {d:%d.%m.%Y}",
        "iso": lambda d: f"am {d:%Y-%m-%d}",
    },
    "es": {
        "long": lambda d: f"el {d.day} de {M('es', d)} de {d.year}",
        "wd": lambda d: f"el {W('es', d)} {d.day} de {M('es', d)} de {d.year}",
        "slash": lambda d: f"el {d:%d/%m/%Y}",
    },
    "it": {
        "long": lambda d: f"il {d.day} {M('it', d)} {d.year}",
        "wd": lambda d: f"{W('it', d)} {d.day} {M('it', d)} {d.year}",
        "slash": lambda d: f"il {d:%d/%m/%Y}",
    },
    "nl": {
        "long": lambda d: f"op {d.day} {M('nl', d)} {d.year}",
        "wd": lambda d: f"op {W('nl', d)} {d.day} {M('nl', d)} {d.year}",
        "dash": lambda d: f"op {d:%d-%m-%Y}",
        "slash": lambda d: f"op {d:%d/%m/%Y}",
    },
    "pt": {
        "long": lambda d: f"a {d.day} de {M('pt', d)} de {d.year}",
        "wd": lambda d: f"{W('pt', d)}, {d.day} de {M('pt', d)} de {d.year}",
        "slash": lambda d: f"a {d:%d/%m/%Y}",
    },
    "pl": {
        "long": lambda d: f"{d.day} {M('pl', d)} {d.year} r.",
        "wd": lambda d: f"{W('pl', d)}, {d.day} {M('pl', d)} {d.year} r.",
        "dot": lambda d: f"{d:%d.%m.%Y} r.",
    },
    "ro": {
        "long": lambda d: f"pe {d.day} {M('ro', d)} {d.year}",
        "wd": lambda d: f"{W('ro', d)}, {d.day} {M('ro', d)} {d.year}",
        "dot": lambda d: f"la {d:%d.%m.%Y}",
    },
    "bg": {
        "long": lambda d: f"на {d.day} {M('bg', d)} {d.year} г.",
        "wd": lambda d: f"{W('bg', d)}, {d.day} {M('bg', d)} {d.year} г.",
        "dot": lambda d: f"на {d:%d.%m.%Y} г.",
    },
    "el": {
        "long": lambda d: f"στις {d.day} {M('el', d)} {d.year}",
        "wd": lambda d: f"{W('el', d)} {d.day} {M('el', d)} {d.year}",
        "slash": lambda d: f"στις {d:%d/%m/%Y}",
    },
    "hu": {  # used as "... dátuma: {when}" (no case suffix needed)
        "long": lambda d: f"{d.year}. {M('hu', d)} {d.day}.",
        "wd": lambda d: f"{d.year}. {M('hu', d)} {d.day}., {W('hu', d)}",
        "dot": lambda d: f"{d:%Y.%m.%d}.",
        "iso": lambda d: f"{d:%Y-%m-%d}",
    },
    "cs": {
        "long": lambda d: f"{d.day}. {M('cs', d)} {d.year}",
        "wd": lambda d: f"{W('cs', d)} {d.day}. {M('cs', d)} {d.year}",
        "dot": lambda d: f"{d.day}. {d.month}. {d.year}",
        "dot0": lambda d: f"dne {d:%d.%m.%Y}",
    },
    "sv": {
        "long": lambda d: f"den {d.day} {M('sv', d)} {d.year}",
        "wd": lambda d: f"{W('sv', d)} den {d.day} {M('sv', d)} {d.year}",
        "iso": lambda d: f"{d:%Y-%m-%d}",
    },
    "fi": {
        "long": lambda d: f"{d.day}. {M('fi', d)} {d.year}",
        "wd": lambda d: f"{W('fi', d)} {d.day}.{d.month}.{d.year}",
        "dot": lambda d: f"{d.day}.{d.month}.{d.year}",
        "dot0": lambda d: f"{d:%d.%m.%Y}",
    },
}

# --------------------------------------------------------------------------------------
# encodings
# --------------------------------------------------------------------------------------
SANITIZE = {"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "…": "...",
            "ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ", "\u00a0": " "}


def fit_charset(text: str, charset: str) -> str:
    """Make text encodable in charset the way a real mailer of that charset would."""
    if charset.lower() in ("utf-8",):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            rep = SANITIZE.get(ch)
            if rep is None:
                raise ValueError(f"{ch!r} not in {charset}")
            rep.encode(charset)
            out.append(rep)
    return "".join(out)


BREAK = "\x00"  # marks a forced quoted-printable soft line break


def qp_encode(text: str, charset: str, maxlen: int = 76) -> str:
    """Quoted-printable with soft breaks at maxlen and at every BREAK marker."""
    lines = text.split("\n")
    out = []
    for line in lines:
        toks = []  # (token, is_forced_break_before)
        forced = False
        for i, ch in enumerate(line):
            if ch == BREAK:
                forced = True
                continue
            bs = ch.encode(charset)
            for b in bs:
                if b == 0x3D or b > 126 or (b < 32 and b != 9):
                    t = f"={b:02X}"
                else:
                    t = chr(b)
                toks.append([t, forced])
                forced = False
        # trailing whitespace must be encoded
        if toks and toks[-1][0] in (" ", "\t"):
            toks[-1][0] = f"={ord(toks[-1][0]):02X}"
        cur = ""
        for t, fb in toks:
            if fb and cur:
                out.append(cur + "=")
                cur = ""
            if len(cur) + len(t) > maxlen - 1:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out)


def b64_body(data: bytes) -> str:
    return base64.encodebytes(data).decode().rstrip("\n")


def encoded_word(s: str, charset: str = "utf-8", enc: str = "B", first_len: int = 9) -> str:
    """RFC 2047 encoded-words, folded; never splits a character."""
    s = fit_charset(s, charset)
    words = []
    chunk = ""
    limit = 75 - len(charset) - 7

    def enc_chunk(c):
        b = c.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode()
        q = ""
        for x in b:
            if x == 0x20:
                q += "_"
            elif (48 <= x <= 57) or (65 <= x <= 90) or (97 <= x <= 122) or chr(x) in "!*+-/":
                q += chr(x)
            else:
                q += f"={x:02X}"
        return q

    for ch in s:
        if len(enc_chunk(chunk + ch)) > limit - (first_len if not words else 0):
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join(f"=?{charset}?{enc}?{enc_chunk(w)}?=" for w in words)


def hdr_text(s: str, charset: str = "utf-8", enc: str = "B", name: str = "Subject") -> str:
    if all(ord(c) < 128 for c in s):
        return fold(s, len(name) + 2)
    return encoded_word(s, charset, enc, len(name) + 2)


def fold(s: str, start: int = 9, width: int = 78) -> str:
    if len(s) + start <= width:
        return s
    words = s.split(" ")
    lines, cur = [], ""
    lim = width - start
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur = w
            lim = width - 1
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"' + name.replace('"', '\\"') + f'" <{email}>'
        return f"{name} <{email}>"
    return f"{encoded_word(name, charset, enc, 6)} <{email}>"


# --------------------------------------------------------------------------------------
# link wrappers (what the label must see through)
# --------------------------------------------------------------------------------------

def wrap(url: str, mode: str | None, seed: str) -> str:
    if not mode:
        return url
    if mode == "lfb":
        return f"https://l.facebook.com/l.php?u={quote(url, safe='')}&h=AT{b64s(seed, 30).replace('+', '-').replace('/', '_')}&s=1"
    if mode == "lmfb":
        return f"https://lm.facebook.com/l.php?u={quote(url, safe='')}&h=AT{b64s(seed + 'm', 26).replace('+', '-').replace('/', '_')}"
    if mode == "lig":
        return f"https://l.instagram.com/?u={quote(url, safe='')}&e=AT{b64s(seed + 'i', 32).replace('+', '-').replace('/', '_')}"
    if mode == "safelinks":
        data = quote(f"05|02|{h(seed, 10)}@example|{h(seed, 20)}|72f988bf86f141af91ab2d7cd011db47|1|0|638{hnum(seed, 15)}|Unknown|TWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9|0|||", safe="")
        return (f"https://eur01.safelinks.protection.outlook.com/?url={quote(url, safe='')}&data={data}"
                f"&sdata={quote(b64s(seed + 's', 44), safe='')}&reserved=0")
    if mode == "safelinks_lfb":
        return wrap(wrap(url, "lfb", seed), "safelinks", seed)
    if mode == "pp3":
        return f"https://urldefense.com/v3/__{url}__;!!G2kpM7uM-TzIFchu!{b64s(seed, 40).replace('/', '').replace('+', '')}$"
    if mode == "pp2":
        enc = (url.replace("-", "-2D").replace("_", "-5F").replace("?", "-3F").replace("=", "-3D")
               .replace("&", "-26").replace("://", "-3A__").replace("/", "_"))
        return (f"https://urldefense.proofpoint.com/v2/url?u={enc}&d=DwMFaQ&c={b64s(seed, 22).replace('/', '')}"
                f"&r={b64s(seed + 'r', 43).replace('/', '')}&m={b64s(seed + 'm', 43).replace('/', '')}&s={b64s(seed + 's', 43).replace('/', '')}&e=")
    raise ValueError(mode)


# --------------------------------------------------------------------------------------
# Meta wording, 15 languages (independent paraphrases / translations)
# --------------------------------------------------------------------------------------
L = {}
L["en"] = dict(
    greet="Hi {first},",
    n_subj=["We're updating our Privacy Policy as we expand AI at Meta",
            "Your right to object: how we'll use your information for AI at Meta",
            "Learn how we'll use your information to improve AI at Meta"],
    n_p1="We're getting ready to bring more AI at Meta experiences to you. AI at Meta is our set of generative AI features, such as Meta AI and AI creative tools, together with the models behind them.",
    n_p2="To build these experiences, we'll rely on legitimate interests as the legal basis for using public information, such as public posts, photos and comments from adults on {product}, to develop and improve AI at Meta. You have the right to object to this use of your information.",
    n_when="These changes take effect {when}.",
    n_when_alt="We'll start using this information {when}.",
    n_cond="If your objection is honoured, it will apply from then on, and we'll confirm by email that we won't use your public information to train our models.",
    n_already="If you've already objected, there's no need to submit another request.",
    n_since="Meta AI has been available in your country since {d}.",
    n_dated="Notice dated {d}",
    n_by="If you want your objection to count from the start, send it no later than {d}.",
    a_object="Right to object", a_policy="Privacy Policy", n_linkline="Object here:",
    sign="Thanks,\nThe {product} Privacy Team",
    footer="This message was sent to {email}.", country="Ireland", help="Help Center",
    c_subj_code="{code} is your confirmation code", c_subj="Confirm your email address",
    c_intro="Use the code below to confirm the email address you entered in the objection form.",
    c_below="Enter this code to continue:", c_inline="Your confirmation code is {code}.",
    c_expire="For your security, the code expires in 60 minutes.",
    c_ignore="If you didn't ask for this code, you can ignore this message.",
    c_passing="Thanks, we've received your request. Before we can look at it, we need to confirm your email address.",
    r_subj=["We received your objection request", "Your request about AI at Meta"],
    r_body="Thank you for contacting us. We've received your request to object to the use of your information for AI at Meta. Our team will review it, and we'll let you know by email once we've done so.",
    r_ref="Case number",
    a_subj=["Your objection request", "We'll honour your objection"],
    a_body="We've reviewed your request and we will honour your objection. This means that from now on we won't use your public information from Facebook and Instagram, such as public posts and comments, to develop and improve generative AI models for AI at Meta.",
    a_body2="Your objection also applies to any other accounts you've added to the same Accounts Center.",
    x_subj="Update on your objection request",
    x_body="We've reviewed your request. Based on the information you provided, we are unable to honour your objection, and we'll continue to process your information as described in our Privacy Policy.",
    x_next="If you disagree, you can submit a new request or contact your local data protection authority.",
    m_subj="We need more information about your request",
    m_body="We couldn't process your request because it did not include enough information for us to identify the account concerned. Please submit a new request with the email address or username of your account.",
    a_new="Submit a new request",
)
L["fr"] = dict(
    greet="Bonjour {first},",
    n_subj=["Nous mettons à jour notre Politique de confidentialité à mesure que nous développons l’IA chez Meta",
            "Votre droit d’opposition concernant l’IA chez Meta"],
    n_p1="Nous nous préparons à vous proposer davantage d’expériences d’IA chez Meta. L’IA chez Meta regroupe nos fonctionnalités d’IA générative, comme Meta AI et nos outils créatifs, ainsi que les modèles qui les font fonctionner.",
    n_p2="Pour développer et améliorer l’IA chez Meta, nous nous appuierons désormais sur nos intérêts légitimes pour utiliser les informations publiques, comme les publications et commentaires publics des personnes majeures sur {product}. Vous avez le droit de vous opposer à cette utilisation de vos informations.",
    n_when="Ces changements prendront effet {when}.",
    n_when_alt="Nous commencerons à utiliser ces informations {when}.",
    n_cond="Si votre opposition est acceptée, elle s’appliquera à l’avenir et nous vous confirmerons par e-mail que nous n’utiliserons plus vos informations publiques pour entraîner nos modèles.",
    n_already="Si vous vous êtes déjà opposé(e), vous n’avez pas besoin d’envoyer une nouvelle demande.",
    n_since="Meta AI est disponible dans votre pays depuis le {d}.",
    n_dated="Message du {d}",
    n_by="Pour que votre opposition s’applique dès le départ, envoyez-la au plus tard le {d}.",
    a_object="Droit d’opposition", a_policy="Politique de confidentialité", n_linkline="Formulaire d’opposition :",
    sign="Merci,\nL’équipe {product} chargée de la confidentialité",
    footer="Cet e-mail a été envoyé à {email}.", country="Irlande", help="Pages d’aide",
    c_subj_code="Votre code de vérification : {code}", c_subj="Confirmez votre adresse e-mail",
    c_intro="Voici le code qui permet de confirmer l’adresse e-mail saisie dans le formulaire d’opposition.",
    c_below="Saisissez ce code pour continuer :", c_inline="Votre code de vérification est le {code}.",
    c_expire="Ce code est valable 60 minutes.",
    c_ignore="Si vous n’avez rien demandé, ignorez simplement ce message.",
    c_passing="Nous avons bien reçu votre demande. Avant de l’examiner, nous devons vérifier votre adresse e-mail.",
    r_subj=["Nous avons bien reçu votre demande d’opposition", "Votre demande concernant l’IA chez Meta"],
    r_body="Merci de nous avoir contactés. Nous avons bien reçu votre demande d’opposition à l’utilisation de vos informations pour l’IA chez Meta. Elle va être examinée et nous reviendrons vers vous par e-mail.",
    r_ref="Réf. dossier",
    a_subj=["Votre demande d’opposition"],
    a_body="Après examen de votre demande, nous acceptons votre opposition. Nous n’utiliserons donc plus vos informations publiques de Facebook et d’Instagram, comme vos publications et commentaires publics, pour développer et améliorer les modèles d’IA générative de l’IA chez Meta.",
    a_body2="Votre opposition s’applique aussi aux autres comptes ajoutés au même Espace Comptes.",
    x_subj="Concernant votre demande d’opposition",
    x_body="Nous avons examiné votre demande. Au vu des informations fournies, nous ne sommes pas en mesure de donner suite à votre opposition et nous continuerons à traiter vos informations comme indiqué dans notre Politique de confidentialité.",
    x_next="Si vous n’êtes pas d’accord, vous pouvez envoyer une nouvelle demande ou saisir l’autorité de protection des données de votre pays.",
    m_subj="Informations complémentaires nécessaires",
    m_body="Nous n’avons pas pu traiter votre demande, car elle ne contenait pas assez d’informations pour identifier le compte concerné. Merci d’envoyer une nouvelle demande en indiquant l’adresse e-mail ou le nom d’utilisateur de votre compte.",
    a_new="Envoyer une nouvelle demande",
)
L["de"] = dict(
    greet="Hallo {first},",
    n_subj=["Wir aktualisieren unsere Datenschutzrichtlinie, da wir KI bei Meta ausweiten",
            "Informationen zu deinem Widerspruchsrecht: KI bei Meta"],
    n_p1="Wir bereiten uns darauf vor, dir mehr Funktionen von KI bei Meta anzubieten. Zu KI bei Meta gehören unsere generativen KI-Funktionen wie Meta AI und kreative KI-Tools sowie die Modelle, auf denen sie beruhen.",
    n_p2="Dafür stützen wir uns künftig auf berechtigte Interessen als Rechtsgrundlage, um öffentliche Informationen wie öffentliche Beiträge und Kommentare von Erwachsenen auf {product} zur Entwicklung und Verbesserung von KI bei Meta zu verwenden. Du hast das Recht, dieser Verwendung deiner Informationen zu widersprechen.",
    n_when="Die Änderungen treten {when} in Kraft.",
    n_when_alt="Wir beginnen {when} damit, diese Informationen zu verwenden.",
    n_cond="Wenn deinem Widerspruch stattgegeben wird, gilt er ab diesem Zeitpunkt; wir bestätigen dir dann per E-Mail, dass wir deine öffentlichen Informationen nicht mehr für das Training unserer Modelle verwenden.",
    n_already="Falls du bereits widersprochen hast, musst du keinen neuen Antrag stellen.",
    n_since="Meta AI ist in deinem Land seit dem {d} verfügbar.",
    n_dated="Mitteilung vom {d}",
    n_by="Damit dein Widerspruch von Anfang an berücksichtigt wird, reiche ihn spätestens am {d} ein.",
    a_object="Widerspruchsrecht ausüben", a_policy="Datenschutzrichtlinie", n_linkline="Zum Widerspruchsformular:",
    sign="Vielen Dank\nDein Datenschutzteam von {product}",
    footer="Diese Nachricht wurde an {email} gesendet.", country="Irland", help="Hilfebereich",
    c_subj_code="Dein Bestätigungscode: {code}", c_subj="Bestätige deine E-Mail-Adresse",
    c_intro="Mit diesem Code bestätigst du die E-Mail-Adresse, die du im Widerspruchsformular angegeben hast.",
    c_below="Gib den folgenden Code ein:", c_inline="Dein Bestätigungscode lautet {code}.",
    c_expire="Der Code ist 60 Minuten lang gültig.",
    c_ignore="Wenn du diesen Code nicht angefordert hast, kannst du diese E-Mail ignorieren.",
    c_passing="Wir haben deine Anfrage erhalten. Bevor wir sie prüfen können, müssen wir deine E-Mail-Adresse bestätigen.",
    r_subj=["Wir haben deinen Widerspruch erhalten", "Deine Anfrage zu KI bei Meta"],
    r_body="Danke für deine Nachricht. Wir haben deinen Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta erhalten. Wir prüfen ihn und melden uns per E-Mail bei dir, sobald die Prüfung abgeschlossen ist.",
    r_ref="Aktenzeichen",
    a_subj=["Dein Widerspruch"],
    a_body="Wir haben deine Anfrage geprüft und werden deinem Widerspruch nachkommen. Das bedeutet, dass wir deine öffentlichen Informationen von Facebook und Instagram, etwa öffentliche Beiträge und Kommentare, künftig nicht mehr zur Entwicklung und Verbesserung generativer KI-Modelle für KI bei Meta verwenden.",
    a_body2="Dein Widerspruch gilt auch für alle weiteren Konten in derselben Kontenübersicht.",
    x_subj="Zu deinem Widerspruch",
    x_body="Wir haben deine Anfrage geprüft. Auf Grundlage der von dir gemachten Angaben können wir deinem Widerspruch leider nicht nachkommen und verarbeiten deine Informationen weiterhin wie in unserer Datenschutzrichtlinie beschrieben.",
    x_next="Wenn du damit nicht einverstanden bist, kannst du einen neuen Antrag stellen oder dich an deine Datenschutzaufsichtsbehörde wenden.",
    m_subj="Wir benötigen weitere Informationen",
    m_body="Wir konnten deine Anfrage nicht bearbeiten, weil sie nicht genügend Informationen enthielt, um das betroffene Konto zu identifizieren. Bitte stelle einen neuen Antrag und gib die E-Mail-Adresse oder den Benutzernamen deines Kontos an.",
    a_new="Neuen Antrag stellen",
)
L["es"] = dict(
    greet="Hola, {first}:",
    n_subj=["Vamos a actualizar nuestra Política de privacidad a medida que ampliamos la IA de Meta",
            "Tu derecho de oposición: cómo usaremos tu información para la IA de Meta"],
    n_p1="Nos estamos preparando para ofrecerte más experiencias de IA de Meta. La IA de Meta es nuestro conjunto de funciones de IA generativa, como Meta AI y las herramientas creativas de IA, junto con los modelos que las hacen posibles.",
    n_p2="Para ello, nos basaremos en el interés legítimo como base jurídica para usar información pública, como las publicaciones y los comentarios públicos de personas mayores de edad en {product}, con el fin de desarrollar y mejorar la IA de Meta. Tienes derecho a oponerte a este uso de tu información.",
    n_when="Estos cambios entrarán en vigor {when}.",
    n_cond="Si aceptamos tu oposición, se aplicará a partir de ese momento y te confirmaremos por correo electrónico que dejaremos de usar tu información pública para entrenar nuestros modelos.",
    n_already="Si ya te has opuesto, no es necesario que envíes otra solicitud.",
    n_since="Meta AI está disponible en tu país desde el {d}.",
    n_dated="Aviso del {d}",
    a_object="Derecho de oposición", a_policy="Política de privacidad", n_linkline="Formulario de oposición:",
    sign="Gracias,\nEl equipo de privacidad de {product}",
    footer="Este mensaje se ha enviado a {email}.", country="Irlanda", help="Servicio de ayuda",
    c_subj_code="{code} es tu código de verificación", c_subj="Confirma tu dirección de correo electrónico",
    c_intro="Usa este código para confirmar la dirección de correo que indicaste en el formulario de oposición.",
    c_below="Introduce el siguiente código:", c_inline="Tu código de verificación es {code}.",
    c_expire="El código caduca en 60 minutos.",
    c_ignore="Si no has solicitado este código, puedes ignorar este mensaje.",
    c_passing="Hemos recibido tu solicitud. Antes de revisarla, necesitamos confirmar tu dirección de correo electrónico.",
    r_subj=["Hemos recibido tu solicitud de oposición"],
    r_body="Gracias por ponerte en contacto con nosotros. Hemos recibido tu solicitud de oposición al uso de tu información para la IA de Meta. La revisaremos y te informaremos por correo electrónico.",
    r_ref="Número de caso",
    a_subj=["Tu solicitud de oposición"],
    a_body="Hemos revisado tu solicitud y atenderemos tu oposición. Esto significa que, a partir de ahora, no usaremos tu información pública de Facebook e Instagram, como publicaciones y comentarios públicos, para desarrollar y mejorar los modelos de IA generativa de la IA de Meta.",
    a_body2="Tu oposición también se aplicará a las demás cuentas que hayas añadido al mismo Centro de cuentas.",
    x_subj="Sobre tu solicitud de oposición",
    x_body="Hemos revisado tu solicitud. Con la información que nos has proporcionado, no podemos atender tu oposición y seguiremos tratando tu información como se describe en nuestra Política de privacidad.",
    x_next="Si no estás de acuerdo, puedes enviar una nueva solicitud o dirigirte a la autoridad de protección de datos de tu país.",
    m_subj="Necesitamos más información",
    m_body="No hemos podido procesar tu solicitud porque no incluía suficiente información para identificar la cuenta afectada. Envía una nueva solicitud indicando la dirección de correo electrónico o el nombre de usuario de tu cuenta.",
    a_new="Enviar una nueva solicitud",
)
L["it"] = dict(
    greet="Ciao {first},",
    n_subj=["Stiamo aggiornando la nostra Informativa sulla privacy mentre espandiamo l'IA di Meta",
            "Il tuo diritto di opposizione in merito all'IA di Meta"],
    n_p1="Ci stiamo preparando a offrirti nuove esperienze basate sull'IA di Meta. L'IA di Meta comprende le nostre funzioni di IA generativa, come Meta AI e gli strumenti creativi basati sull'IA, e i modelli che le rendono possibili.",
    n_p2="A tal fine useremo come base giuridica il legittimo interesse per utilizzare informazioni pubbliche, come i post e i commenti pubblici delle persone maggiorenni su {product}, allo scopo di sviluppare e migliorare l'IA di Meta. Hai il diritto di opporti a questo utilizzo delle tue informazioni.",
    n_when="Le modifiche entreranno in vigore {when}.",
    n_cond="Se la tua opposizione verrà accolta, sarà applicata da quel momento in poi e ti confermeremo via e-mail che non useremo più le tue informazioni pubbliche per addestrare i nostri modelli.",
    n_already="Se ti sei già opposto, non devi inviare un'altra richiesta.",
    n_since="Meta AI è disponibile nel tuo Paese dal {d}.",
    n_dated="Comunicazione del {d}",
    a_object="Diritto di opposizione", a_policy="Informativa sulla privacy", n_linkline="Modulo di opposizione:",
    sign="Grazie,\nIl team Privacy di {product}",
    footer="Questo messaggio è stato inviato a {email}.", country="Irlanda", help="Centro assistenza",
    c_subj_code="{code} è il tuo codice di verifica", c_subj="Conferma il tuo indirizzo e-mail",
    c_intro="Usa questo codice per confermare l'indirizzo e-mail che hai indicato nel modulo di opposizione.",
    c_below="Inserisci il codice qui sotto:", c_inline="Il tuo codice di verifica è {code}.",
    c_expire="Il codice scade tra 60 minuti.",
    c_ignore="Se non hai richiesto questo codice, ignora questa e-mail.",
    c_passing="Abbiamo ricevuto la tua richiesta. Prima di esaminarla dobbiamo verificare il tuo indirizzo e-mail.",
    r_subj=["Abbiamo ricevuto la tua richiesta di opposizione"],
    r_body="Grazie per averci contattato. Abbiamo ricevuto la tua richiesta di opposizione all'uso delle tue informazioni per l'IA di Meta. La esamineremo e ti faremo sapere via e-mail.",
    r_ref="Numero pratica",
    a_subj=["La tua richiesta di opposizione"],
    a_body="Abbiamo esaminato la tua richiesta e accoglieremo la tua opposizione. Da ora in poi non useremo le tue informazioni pubbliche di Facebook e Instagram, come post e commenti pubblici, per sviluppare e migliorare i modelli di IA generativa dell'IA di Meta.",
    a_body2="L'opposizione vale anche per gli altri account aggiunti allo stesso Centro gestione account.",
    x_subj="Aggiornamento sulla tua richiesta di opposizione",
    x_body="Abbiamo esaminato la tua richiesta. In base alle informazioni fornite, non possiamo accogliere la tua opposizione e continueremo a trattare le tue informazioni come descritto nella nostra Informativa sulla privacy.",
    x_next="Se non sei d'accordo, puoi inviare una nuova richiesta o rivolgerti all'autorità per la protezione dei dati del tuo Paese.",
    m_subj="Ci servono altre informazioni",
    m_body="Non siamo riusciti a elaborare la tua richiesta perché non conteneva informazioni sufficienti per identificare l'account interessato. Invia una nuova richiesta indicando l'indirizzo e-mail o il nome utente del tuo account.",
    a_new="Invia una nuova richiesta",
)
L["nl"] = dict(
    greet="Hallo {first},",
    n_subj=["We werken ons privacybeleid bij nu we AI bij Meta uitbreiden",
            "Je recht van bezwaar tegen het gebruik van je informatie voor AI bij Meta"],
    n_p1="We maken ons klaar om je meer ervaringen met AI bij Meta te bieden. AI bij Meta omvat onze generatieve AI-functies, zoals Meta AI en creatieve AI-tools, en de modellen die daarachter zitten.",
    n_p2="Daarvoor baseren we ons op gerechtvaardigde belangen als rechtsgrond om openbare informatie, zoals openbare berichten en reacties van volwassenen op {product}, te gebruiken voor de ontwikkeling en verbetering van AI bij Meta. Je hebt het recht om bezwaar te maken tegen dit gebruik van je informatie.",
    n_when="Deze wijzigingen gaan in {when}.",
    n_cond="Als je bezwaar wordt gehonoreerd, geldt het vanaf dat moment en bevestigen we per e-mail dat we je openbare informatie niet meer gebruiken om onze modellen te trainen.",
    n_already="Heb je al bezwaar gemaakt? Dan hoef je geen nieuw verzoek in te dienen.",
    n_since="Meta AI is sinds {d} beschikbaar in jouw land.",
    n_dated="Bericht van {d}",
    n_by="Wil je dat je bezwaar vanaf het begin meetelt, dien het dan uiterlijk op {d} in.",
    a_object="Bezwaar maken", a_policy="Privacybeleid", n_linkline="Bezwaarformulier:",
    sign="Bedankt,\nHet privacyteam van {product}",
    footer="Dit bericht is verzonden naar {email}.", country="Ierland", help="Helpcentrum",
    c_subj_code="{code} is je bevestigingscode", c_subj="Bevestig je e-mailadres",
    c_intro="Gebruik deze code om het e-mailadres te bevestigen dat je in het bezwaarformulier hebt opgegeven.",
    c_below="Voer de onderstaande code in:", c_inline="Je bevestigingscode is {code}.",
    c_expire="De code verloopt na 60 minuten.",
    c_ignore="Heb je deze code niet aangevraagd? Dan kun je deze e-mail negeren.",
    c_passing="We hebben je verzoek ontvangen. Voordat we het bekijken, moeten we je e-mailadres bevestigen.",
    r_subj=["We hebben je bezwaar ontvangen"],
    r_body="Bedankt voor je bericht. We hebben je verzoek ontvangen om bezwaar te maken tegen het gebruik van je informatie voor AI bij Meta. We bekijken het en laten je per e-mail weten wat we besluiten.",
    r_ref="Zaaknummer",
    a_subj=["Je bezwaarverzoek"],
    a_body="We hebben je verzoek bekeken en we honoreren je bezwaar. Dit betekent dat we je openbare informatie van Facebook en Instagram, zoals openbare berichten en reacties, voortaan niet meer gebruiken om generatieve AI-modellen voor AI bij Meta te ontwikkelen en te verbeteren.",
    a_body2="Je bezwaar geldt ook voor andere accounts in hetzelfde Accountcentrum.",
    x_subj="Over je bezwaarverzoek",
    x_body="We hebben je verzoek bekeken. Op basis van de informatie die je hebt gegeven, kunnen we je bezwaar niet honoreren en blijven we je informatie verwerken zoals beschreven in ons privacybeleid.",
    x_next="Ben je het hier niet mee eens? Dan kun je een nieuw verzoek indienen of contact opnemen met de Autoriteit Persoonsgegevens.",
    m_subj="We hebben meer informatie nodig",
    m_body="We konden je verzoek niet verwerken, omdat het niet genoeg informatie bevatte om het betreffende account te identificeren. Dien een nieuw verzoek in met het e-mailadres of de gebruikersnaam van je account.",
    a_new="Nieuw verzoek indienen",
)
L["pt"] = dict(
    greet="Olá, {first}:",
    n_subj=["Estamos a atualizar a nossa Política de Privacidade à medida que expandimos a IA da Meta",
            "O teu direito de oposição relativamente à IA da Meta"],
    n_p1="Estamos a preparar-nos para te oferecer mais experiências de IA da Meta. A IA da Meta é o nosso conjunto de funcionalidades de IA generativa, como a Meta AI e as ferramentas criativas de IA, bem como os modelos que as suportam.",
    n_p2="Para isso, vamos basear-nos em interesses legítimos como fundamento jurídico para utilizar informações públicas, como publicações e comentários públicos de pessoas maiores de idade no {product}, para desenvolver e melhorar a IA da Meta. Tens o direito de te opor a esta utilização das tuas informações.",
    n_when="Estas alterações entram em vigor {when}.",
    n_cond="Se a tua oposição for aceite, será aplicada daí em diante e confirmaremos por email que deixaremos de utilizar as tuas informações públicas para treinar os nossos modelos.",
    n_already="Se já te opuseste, não precisas de enviar outro pedido.",
    n_since="A Meta AI está disponível no teu país desde {d}.",
    n_dated="Aviso de {d}",
    a_object="Direito de oposição", a_policy="Política de Privacidade", n_linkline="Formulário de oposição:",
    sign="Obrigado,\nA equipa de privacidade — {product}",
    footer="Esta mensagem foi enviada para {email}.", country="Irlanda", help="Centro de Ajuda",
    c_subj_code="{code} é o teu código de confirmação", c_subj="Confirma o teu endereço de email",
    c_intro="Utiliza este código para confirmar o endereço de email que indicaste no formulário de oposição.",
    c_below="Introduz o código abaixo:", c_inline="O teu código de confirmação é {code}.",
    c_expire="O código expira em 60 minutos.",
    c_ignore="Se não pediste este código, podes ignorar este email.",
    c_passing="Recebemos o teu pedido. Antes de o analisarmos, precisamos de confirmar o teu endereço de email.",
    r_subj=["Recebemos o teu pedido de oposição"],
    r_body="Obrigado por nos contactares. Recebemos o teu pedido de oposição à utilização das tuas informações para a IA da Meta. Vamos analisá-lo e daremos notícias por email.",
    r_ref="Número do caso",
    a_subj=["O teu pedido de oposição"],
    a_body="Analisámos o teu pedido e vamos respeitar a tua oposição. Isto significa que, a partir de agora, não utilizaremos as tuas informações públicas do Facebook e do Instagram, como publicações e comentários públicos, para desenvolver e melhorar os modelos de IA generativa da IA da Meta.",
    a_body2="A tua oposição aplica-se também às outras contas adicionadas à mesma Central de Contas.",
    x_subj="Sobre o teu pedido de oposição",
    x_body="Analisámos o teu pedido. Com base nas informações fornecidas, não podemos aceitar a tua oposição e continuaremos a tratar as tuas informações conforme descrito na nossa Política de Privacidade.",
    x_next="Se não concordares, podes enviar um novo pedido ou contactar a Comissão Nacional de Proteção de Dados.",
    m_subj="Precisamos de mais informações",
    m_body="Não conseguimos processar o teu pedido porque não incluía informações suficientes para identificarmos a conta em causa. Envia um novo pedido com o endereço de email ou o nome de utilizador da tua conta.",
    a_new="Enviar um novo pedido",
)
L["pl"] = dict(
    greet="Witaj {first},",
    n_subj=["Aktualizujemy naszą Politykę prywatności w związku z rozwojem AI w Meta",
            "Twoje prawo do sprzeciwu wobec wykorzystania informacji przez AI w Meta"],
    n_p1="Przygotowujemy się do udostępnienia Ci kolejnych funkcji AI w Meta. AI w Meta to nasze funkcje generatywnej sztucznej inteligencji, takie jak Meta AI i kreatywne narzędzia AI, a także modele, na których się opierają.",
    n_p2="W tym celu będziemy wykorzystywać informacje publiczne, takie jak publiczne posty i komentarze osób pełnoletnich w serwisie {product}, na podstawie prawnie uzasadnionych interesów, aby rozwijać i ulepszać AI w Meta. Masz prawo wnieść sprzeciw wobec takiego wykorzystania Twoich informacji.",
    n_when="Zmiany wejdą w życie {when}",
    n_cond="Jeśli Twój sprzeciw zostanie uwzględniony, będzie obowiązywał od tego momentu, a my potwierdzimy e-mailem, że nie będziemy już wykorzystywać Twoich informacji publicznych do trenowania naszych modeli.",
    n_already="Jeśli sprzeciw został już przez Ciebie złożony, nie musisz wysyłać kolejnego wniosku.",
    n_since="Meta AI jest dostępna w Twoim kraju od {d}",
    n_dated="Wiadomość z dnia {d}",
    a_object="Prawo do sprzeciwu", a_policy="Polityka prywatności", n_linkline="Formularz sprzeciwu:",
    sign="Dziękujemy\nZespół ds. prywatności {product}",
    footer="Ta wiadomość została wysłana na adres {email}.", country="Irlandia", help="Centrum pomocy",
    c_subj_code="{code} to Twój kod potwierdzający", c_subj="Potwierdź swój adres e-mail",
    c_intro="Użyj tego kodu, aby potwierdzić adres e-mail podany w formularzu sprzeciwu.",
    c_below="Wpisz poniższy kod:", c_inline="Twój kod potwierdzający to {code}.",
    c_expire="Kod wygaśnie za 60 minut.",
    c_ignore="Jeśli nie prosiłeś(-aś) o ten kod, zignoruj tę wiadomość.",
    c_passing="Otrzymaliśmy Twój wniosek. Zanim go rozpatrzymy, musimy potwierdzić Twój adres e-mail.",
    r_subj=["Otrzymaliśmy Twój sprzeciw"],
    r_body="Dziękujemy za kontakt. Otrzymaliśmy Twój wniosek o sprzeciw wobec wykorzystywania Twoich informacji przez AI w Meta. Rozpatrzymy go i poinformujemy Cię e-mailem.",
    r_ref="Numer zgłoszenia",
    a_subj=["Twój wniosek o sprzeciw"],
    a_body="Rozpatrzyliśmy Twój wniosek i uwzględnimy Twój sprzeciw. Oznacza to, że od teraz nie będziemy wykorzystywać Twoich informacji publicznych z Facebooka i Instagrama, takich jak publiczne posty i komentarze, do rozwijania i ulepszania modeli generatywnej AI w Meta.",
    a_body2="Sprzeciw obejmuje również inne konta dodane do tego samego Centrum kont.",
    x_subj="Informacja w sprawie Twojego sprzeciwu",
    x_body="Rozpatrzyliśmy Twój wniosek. Na podstawie przekazanych informacji nie możemy uwzględnić Twojego sprzeciwu i nadal będziemy przetwarzać Twoje informacje zgodnie z Polityką prywatności.",
    x_next="Jeśli się z tym nie zgadzasz, możesz złożyć nowy wniosek lub zwrócić się do Prezesa UODO.",
    m_subj="Potrzebujemy więcej informacji",
    m_body="Nie mogliśmy rozpatrzyć Twojego wniosku, ponieważ nie zawierał wystarczających informacji, abyśmy mogli zidentyfikować konto, którego dotyczy. Złóż nowy wniosek i podaj adres e-mail lub nazwę użytkownika konta.",
    a_new="Złóż nowy wniosek",
)
L["ro"] = dict(
    greet="Bună, {first},",
    n_subj=["Actualizăm Politica de confidențialitate pe măsură ce extindem AI de la Meta",
            "Dreptul tău de opoziție privind AI de la Meta"],
    n_p1="Ne pregătim să îți aducem mai multe experiențe AI de la Meta. AI de la Meta reunește funcțiile noastre de inteligență artificială generativă, precum Meta AI și instrumentele creative AI, împreună cu modelele care le alimentează.",
    n_p2="Pentru aceasta, ne vom baza pe interesele legitime ca temei juridic pentru a folosi informații publice, cum ar fi postările și comentariile publice ale persoanelor majore de pe {product}, în scopul dezvoltării și îmbunătățirii AI de la Meta. Ai dreptul să te opui acestei utilizări a informațiilor tale.",
    n_when="Modificările intră în vigoare {when}.",
    n_cond="Dacă opoziția ta este acceptată, aceasta se va aplica de atunci înainte, iar noi îți vom confirma prin e-mail că nu vom mai folosi informațiile tale publice pentru antrenarea modelelor.",
    n_already="Dacă ți-ai exercitat deja dreptul de opoziție, nu trebuie să trimiți o nouă solicitare.",
    n_since="Meta AI este disponibil în țara ta din {d}.",
    n_dated="Notificare din {d}",
    a_object="Dreptul de opoziție", a_policy="Politica de confidențialitate", n_linkline="Formularul de opoziție:",
    sign="Mulțumim,\nEchipa de confidențialitate {product}",
    footer="Acest mesaj a fost trimis la {email}.", country="Irlanda", help="Pagini de ajutor",
    c_subj_code="{code} este codul tău de confirmare", c_subj="Confirmă adresa de e-mail",
    c_intro="Folosește acest cod pentru a confirma adresa de e-mail introdusă în formularul de opoziție.",
    c_below="Introdu codul de mai jos:", c_inline="Codul tău de confirmare este {code}.",
    c_expire="Codul expiră în 60 de minute.",
    c_ignore="Dacă nu ai solicitat acest cod, poți ignora acest e-mail.",
    c_passing="Am primit solicitarea ta. Înainte de a o analiza, trebuie să confirmăm adresa ta de e-mail.",
    r_subj=["Am primit solicitarea ta de opoziție"],
    r_body="Îți mulțumim că ne-ai contactat. Am primit solicitarea ta de opoziție față de utilizarea informațiilor tale pentru AI de la Meta. O vom analiza și te vom anunța prin e-mail.",
    r_ref="ID caz",
    a_subj=["Solicitarea ta de opoziție"],
    a_body="Am analizat solicitarea ta și îți vom respecta opoziția. Aceasta înseamnă că, de acum înainte, nu vom mai folosi informațiile tale publice de pe Facebook și Instagram, precum postările și comentariile publice, pentru a dezvolta și îmbunătăți modelele de AI generativă ale AI de la Meta.",
    a_body2="Opoziția se aplică și celorlalte conturi adăugate în același Centru de conturi.",
    x_subj="Despre solicitarea ta de opoziție",
    x_body="Am analizat solicitarea ta. Pe baza informațiilor furnizate, nu putem da curs opoziției tale și vom continua să prelucrăm informațiile tale conform Politicii de confidențialitate.",
    x_next="Dacă nu ești de acord, poți trimite o nouă solicitare sau te poți adresa ANSPDCP.",
    m_subj="Avem nevoie de mai multe informații",
    m_body="Nu am putut procesa solicitarea ta deoarece nu conținea suficiente informații pentru a identifica contul vizat. Te rugăm să trimiți o nouă solicitare cu adresa de e-mail sau numele de utilizator al contului.",
    a_new="Trimite o nouă solicitare",
)
L["bg"] = dict(
    greet="Здравейте, {first},",
    n_subj=["Актуализираме Правилата си за поверителност, докато разширяваме ИИ в Meta",
            "Вашето право на възражение относно ИИ в Meta"],
    n_p1="Подготвяме се да ви предложим повече функции на ИИ в Meta. ИИ в Meta обединява нашите функции за генеративен изкуствен интелект, като Meta AI и творческите инструменти с ИИ, както и моделите, на които се основават.",
    n_p2="За тази цел ще използваме публична информация, като публични публикации и коментари на пълнолетни лица в {product}, на основание легитимен интерес, за да разработваме и подобряваме ИИ в Meta. Имате право да възразите срещу това използване на вашата информация.",
    n_when="Промените влизат в сила {when}",
    n_cond="Ако възражението ви бъде уважено, то ще се прилага занапред и ще ви потвърдим по имейл, че няма да използваме публичната ви информация за обучение на моделите си.",
    n_already="Ако вече сте възразили, не е необходимо да подавате ново искане.",
    n_since="Meta AI е достъпен във вашата държава от {d}",
    n_dated="Съобщение от {d}",
    a_object="Право на възражение", a_policy="Правила за поверителност", n_linkline="Формуляр за възражение:",
    sign="Благодарим ви,\nЕкипът по поверителност на {product}",
    footer="Това съобщение е изпратено до {email}.", country="Ирландия", help="Помощен център",
    c_subj_code="{code} е вашият код за потвърждение", c_subj="Потвърдете имейл адреса си",
    c_intro="Използвайте този код, за да потвърдите имейл адреса, който посочихте във формуляра за възражение.",
    c_below="Въведете кода по-долу:", c_inline="Вашият код за потвърждение е {code}.",
    c_expire="Кодът е валиден 60 минути.",
    c_ignore="Ако не сте поискали този код, можете да пренебрегнете този имейл.",
    c_passing="Получихме вашето искане. Преди да го разгледаме, трябва да потвърдим имейл адреса ви.",
    r_subj=["Получихме вашето възражение"],
    r_body="Благодарим ви, че се свързахте с нас. Получихме искането ви за възражение срещу използването на вашата информация за ИИ в Meta. Ще го разгледаме и ще ви уведомим по имейл.",
    r_ref="Номер на случая",
    a_subj=["Вашето искане за възражение"],
    a_body="Разгледахме искането ви и ще уважим възражението ви. Това означава, че занапред няма да използваме публичната ви информация от Facebook и Instagram, като публични публикации и коментари, за разработване и подобряване на модели за генеративен ИИ в Meta.",
    a_body2="Възражението се отнася и за другите акаунти, добавени в същия Център за акаунти.",
    x_subj="Относно вашето възражение",
    x_body="Разгледахме искането ви. Въз основа на предоставената информация не можем да уважим възражението ви и ще продължим да обработваме информацията ви, както е описано в Правилата ни за поверителност.",
    x_next="Ако не сте съгласни, можете да подадете ново искане или да се обърнете към Комисията за защита на личните данни.",
    m_subj="Нуждаем се от повече информация",
    m_body="Не успяхме да обработим искането ви, тъй като то не съдържа достатъчно информация, за да идентифицираме съответния акаунт. Моля, подайте ново искане, като посочите имейл адреса или потребителското име на акаунта си.",
    a_new="Подайте ново искане",
)
L["el"] = dict(
    greet="Γεια σας {first},",
    n_subj=["Ενημερώνουμε την Πολιτική απορρήτου μας καθώς επεκτείνουμε την τεχνητή νοημοσύνη στη Meta",
            "Το δικαίωμά σας να αντιταχθείτε: τεχνητή νοημοσύνη στη Meta"],
    n_p1="Ετοιμαζόμαστε να σας προσφέρουμε περισσότερες εμπειρίες τεχνητής νοημοσύνης στη Meta. Η τεχνητή νοημοσύνη στη Meta περιλαμβάνει τις λειτουργίες μας παραγωγικής τεχνητής νοημοσύνης, όπως το Meta AI και τα δημιουργικά εργαλεία AI, καθώς και τα μοντέλα στα οποία βασίζονται.",
    n_p2="Για τον σκοπό αυτό, θα βασιστούμε στα έννομα συμφέροντα ως νομική βάση για να χρησιμοποιούμε δημόσιες πληροφορίες, όπως δημόσιες δημοσιεύσεις και σχόλια ενηλίκων στο {product}, για την ανάπτυξη και τη βελτίωση της τεχνητής νοημοσύνης στη Meta. Έχετε το δικαίωμα να αντιταχθείτε σε αυτή τη χρήση των πληροφοριών σας.",
    n_when="Οι αλλαγές τίθενται σε ισχύ {when}.",
    n_cond="Εάν η αντίρρησή σας γίνει δεκτή, θα ισχύει από εκεί και πέρα και θα σας επιβεβαιώσουμε μέσω email ότι δεν θα χρησιμοποιούμε πλέον τις δημόσιες πληροφορίες σας για την εκπαίδευση των μοντέλων μας.",
    n_already="Εάν έχετε ήδη αντιταχθεί, δεν χρειάζεται να υποβάλετε νέο αίτημα.",
    n_since="Το Meta AI είναι διαθέσιμο στη χώρα σας από τις {d}.",
    n_dated="Ενημέρωση: {d}",
    a_object="Δικαίωμα εναντίωσης", a_policy="Πολιτική απορρήτου", n_linkline="Φόρμα αντίρρησης:",
    sign="Ευχαριστούμε,\nΗ ομάδα απορρήτου του {product}",
    footer="Αυτό το μήνυμα στάλθηκε στη διεύθυνση {email}.", country="Ιρλανδία", help="Κέντρο βοήθειας",
    c_subj_code="Ο κωδικός επιβεβαίωσής σας είναι {code}", c_subj="Επιβεβαιώστε τη διεύθυνση email σας",
    c_intro="Χρησιμοποιήστε αυτόν τον κωδικό για να επιβεβαιώσετε τη διεύθυνση email που δηλώσατε στη φόρμα αντίρρησης.",
    c_below="Εισαγάγετε τον παρακάτω κωδικό:", c_inline="Ο κωδικός επιβεβαίωσής σας είναι {code}.",
    c_expire="Ο κωδικός λήγει σε 60 λεπτά.",
    c_ignore="Εάν δεν ζητήσατε αυτόν τον κωδικό, αγνοήστε αυτό το μήνυμα.",
    c_passing="Λάβαμε το αίτημά σας. Πριν το εξετάσουμε, πρέπει να επιβεβαιώσουμε τη διεύθυνση email σας.",
    r_subj=["Λάβαμε το αίτημα αντίρρησής σας"],
    r_body="Σας ευχαριστούμε που επικοινωνήσατε μαζί μας. Λάβαμε το αίτημά σας για αντίρρηση στη χρήση των πληροφοριών σας για την τεχνητή νοημοσύνη στη Meta. Θα το εξετάσουμε και θα σας ενημερώσουμε μέσω email.",
    r_ref="Αριθμός υπόθεσης",
    a_subj=["Το αίτημα αντίρρησής σας"],
    a_body="Εξετάσαμε το αίτημά σας και θα σεβαστούμε την αντίρρησή σας. Αυτό σημαίνει ότι από εδώ και στο εξής δεν θα χρησιμοποιούμε τις δημόσιες πληροφορίες σας από το Facebook και το Instagram, όπως δημόσιες δημοσιεύσεις και σχόλια, για την ανάπτυξη και τη βελτίωση μοντέλων παραγωγικής τεχνητής νοημοσύνης στη Meta.",
    a_body2="Η αντίρρησή σας ισχύει και για τους άλλους λογαριασμούς στο ίδιο Κέντρο λογαριασμών.",
    x_subj="Σχετικά με το αίτημα αντίρρησής σας",
    x_body="Εξετάσαμε το αίτημά σας. Με βάση τις πληροφορίες που παρείχατε, δεν μπορούμε να ικανοποιήσουμε την αντίρρησή σας και θα συνεχίσουμε να επεξεργαζόμαστε τις πληροφορίες σας όπως περιγράφεται στην Πολιτική απορρήτου μας.",
    x_next="Εάν διαφωνείτε, μπορείτε να υποβάλετε νέο αίτημα ή να απευθυνθείτε στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.",
    m_subj="Χρειαζόμαστε περισσότερες πληροφορίες",
    m_body="Δεν μπορέσαμε να επεξεργαστούμε το αίτημά σας, επειδή δεν περιείχε αρκετές πληροφορίες για να εντοπίσουμε τον σχετικό λογαριασμό. Υποβάλετε νέο αίτημα αναφέροντας τη διεύθυνση email ή το όνομα χρήστη του λογαριασμού σας.",
    a_new="Υποβολή νέου αιτήματος",
)
L["hu"] = dict(
    greet="Kedves {first}!",
    n_subj=["Frissítjük adatvédelmi szabályzatunkat, ahogy bővítjük az MI a Metánál szolgáltatásait",
            "Tiltakozási jogod az MI a Metánál kapcsán"],
    n_p1="Arra készülünk, hogy még több MI a Metánál élményt kínáljunk neked. Az MI a Metánál a generatív mesterségesintelligencia-funkcióinkat – például a Meta AI-t és a kreatív MI-eszközöket –, valamint az ezeket működtető modelleket jelenti.",
    n_p2="Ehhez jogos érdekre mint jogalapra támaszkodva fogjuk felhasználni a nyilvános információkat, például a nagykorú felhasználók nyilvános bejegyzéseit és hozzászólásait a(z) {product} szolgáltatásban, hogy fejlesszük és javítsuk az MI a Metánál szolgáltatásait. Jogodban áll tiltakozni az adataid ilyen célú felhasználása ellen.",
    n_when="A változások hatálybalépésének dátuma: {when}",
    n_cond="Ha a tiltakozásodnak helyt adunk, az onnantól kezdve érvényes lesz, és e-mailben megerősítjük, hogy a nyilvános információidat már nem használjuk modelljeink tanítására.",
    n_already="Ha már korábban tiltakoztál, nem kell új kérelmet benyújtanod.",
    n_since="A Meta AI {d} óta érhető el az országodban.",
    n_dated="Értesítés, {d}",
    a_object="Tiltakozás", a_policy="Adatvédelmi szabályzat", n_linkline="Tiltakozási űrlap:",
    sign="Köszönjük!\nA(z) {product} adatvédelmi csapata",
    footer="Ezt az üzenetet a(z) {email} címre küldtük.", country="Írország", help="Súgóközpont",
    c_subj_code="{code} – ez a megerősítő kódod", c_subj="Erősítsd meg az e-mail-címedet",
    c_intro="Ezzel a kóddal erősítheted meg a tiltakozási űrlapon megadott e-mail-címet.",
    c_below="Add meg az alábbi kódot:", c_inline="A megerősítő kódod: {code}.",
    c_expire="A kód 60 percig érvényes.",
    c_ignore="Ha nem te kérted ezt a kódot, hagyd figyelmen kívül ezt az e-mailt.",
    c_passing="Megkaptuk a kérelmedet. Mielőtt megvizsgálnánk, meg kell erősítenünk az e-mail-címedet.",
    r_subj=["Megkaptuk a tiltakozásodat"],
    r_body="Köszönjük, hogy felvetted velünk a kapcsolatot. Megkaptuk a kérelmedet, amelyben tiltakozol az adataid MI a Metánál célú felhasználása ellen. Megvizsgáljuk, és e-mailben tájékoztatunk.",
    r_ref="Ügyszám",
    a_subj=["Tiltakozási kérelmed"],
    a_body="Megvizsgáltuk a kérelmedet, és helyt adunk a tiltakozásodnak. Ez azt jelenti, hogy mostantól nem használjuk fel a Facebookon és az Instagramon közzétett nyilvános információidat, például nyilvános bejegyzéseidet és hozzászólásaidat, a Meta generatív MI-modelljeinek fejlesztéséhez és javításához.",
    a_body2="A tiltakozás az ugyanabban a Fiókközpontban lévő többi fiókodra is vonatkozik.",
    x_subj="Tiltakozási kérelmeddel kapcsolatban",
    x_body="Megvizsgáltuk a kérelmedet. A megadott információk alapján nem tudunk helyt adni a tiltakozásodnak, és az adataidat továbbra is az Adatvédelmi szabályzatban leírtak szerint kezeljük.",
    x_next="Ha nem értesz egyet, új kérelmet nyújthatsz be, vagy a NAIH-hoz fordulhatsz.",
    m_subj="További információra van szükségünk",
    m_body="Nem tudtuk feldolgozni a kérelmedet, mert nem tartalmazott elegendő információt az érintett fiók azonosításához. Kérjük, nyújts be új kérelmet, és add meg a fiókodhoz tartozó e-mail-címet vagy felhasználónevet.",
    a_new="Új kérelem benyújtása",
)
L["cs"] = dict(
    greet="Dobrý den,",
    n_subj=["Aktualizujeme Zásady ochrany osobních údajů v souvislosti s rozšiřováním AI ve společnosti Meta",
            "Vaše právo vznést námitku: AI ve společnosti Meta"],
    n_p1="Připravujeme pro vás další funkce AI ve společnosti Meta. AI ve společnosti Meta zahrnuje naše funkce generativní umělé inteligence, jako je Meta AI a kreativní nástroje AI, i modely, na kterých jsou založeny.",
    n_p2="Za tímto účelem budeme na základě oprávněného zájmu používat veřejné informace, například veřejné příspěvky a komentáře dospělých uživatelů služby {product}, k vývoji a zlepšování AI ve společnosti Meta. Máte právo vznést námitku proti tomuto použití svých informací.",
    n_when="Změny vstoupí v platnost {when}.",
    n_cond="Pokud vaší námitce vyhovíme, bude platit od té chvíle dál a e-mailem vám potvrdíme, že vaše veřejné informace už nebudeme používat k trénování našich modelů.",
    n_already="Pokud jste již námitku vznesli, nemusíte podávat další žádost.",
    n_since="Meta AI je ve vaší zemi k dispozici od {d}.",
    n_dated="Oznámení ze dne {d}",
    a_object="Vznést námitku", a_policy="Zásady ochrany osobních údajů", n_linkline="Formulář pro námitku:",
    sign="Děkujeme,\nTým ochrany soukromí {product}",
    footer="Tato zpráva byla odeslána na adresu {email}.", country="Irsko", help="Centrum nápovědy",
    c_subj_code="{code} je váš ověřovací kód", c_subj="Potvrďte svou e-mailovou adresu",
    c_intro="Tímto kódem potvrdíte e-mailovou adresu, kterou jste uvedli ve formuláři pro námitku.",
    c_below="Zadejte níže uvedený kód:", c_inline="Váš ověřovací kód je {code}.",
    c_expire="Platnost kódu vyprší za 60 minut.",
    c_ignore="Pokud jste o kód nežádali, můžete tento e-mail ignorovat.",
    c_passing="Vaši žádost jsme obdrželi. Než ji posoudíme, musíme ověřit vaši e-mailovou adresu.",
    r_subj=["Vaši námitku jsme obdrželi"],
    r_body="Děkujeme, že jste nás kontaktovali. Obdrželi jsme vaši žádost, kterou vznášíte námitku proti použití svých informací pro AI ve společnosti Meta. Žádost posoudíme a výsledek vám sdělíme e-mailem.",
    r_ref="Číslo případu",
    a_subj=["Vaše žádost o námitku"],
    a_body="Vaši žádost jsme posoudili a vaší námitce vyhovíme. To znamená, že od nynějška nebudeme vaše veřejné informace z Facebooku a Instagramu, například veřejné příspěvky a komentáře, používat k vývoji a zlepšování modelů generativní AI ve společnosti Meta.",
    a_body2="Námitka platí i pro další účty přidané do stejného Centra účtů.",
    x_subj="K vaší žádosti o námitku",
    x_body="Vaši žádost jsme posoudili. Na základě poskytnutých informací nemůžeme vaší námitce vyhovět a budeme vaše informace nadále zpracovávat tak, jak je popsáno v našich Zásadách ochrany osobních údajů.",
    x_next="Pokud nesouhlasíte, můžete podat novou žádost nebo se obrátit na Úřad pro ochranu osobních údajů.",
    m_subj="Potřebujeme další informace",
    m_body="Vaši žádost jsme nemohli zpracovat, protože neobsahovala dostatek informací k identifikaci dotčeného účtu. Podejte prosím novou žádost a uveďte e-mailovou adresu nebo uživatelské jméno svého účtu.",
    a_new="Podat novou žádost",
)
L["sv"] = dict(
    greet="Hej {first}!",
    n_subj=["Vi uppdaterar vår integritetspolicy i takt med att vi utökar AI hos Meta",
            "Din rätt att invända mot hur vi använder din information för AI hos Meta"],
    n_p1="Vi förbereder oss för att erbjuda dig fler upplevelser med AI hos Meta. AI hos Meta är våra funktioner för generativ AI, till exempel Meta AI och kreativa AI-verktyg, och modellerna bakom dem.",
    n_p2="För detta kommer vi att stödja oss på berättigade intressen som rättslig grund för att använda offentlig information, som offentliga inlägg och kommentarer från vuxna på {product}, för att utveckla och förbättra AI hos Meta. Du har rätt att invända mot att din information används på det här sättet.",
    n_when="Ändringarna börjar gälla {when}.",
    n_cond="Om din invändning godkänns gäller den från och med då, och vi bekräftar via e-post att vi inte längre använder din offentliga information för att träna våra modeller.",
    n_already="Om du redan har invänt behöver du inte skicka in en ny begäran.",
    n_since="Meta AI har funnits i ditt land sedan {d}.",
    n_dated="Meddelande, {d}",
    a_object="Rätt att invända", a_policy="Integritetspolicy", n_linkline="Invändningsformulär:",
    sign="Tack!\nIntegritetsteamet på {product}",
    footer="Det här meddelandet skickades till {email}.", country="Irland", help="Hjälpcenter",
    c_subj_code="{code} är din bekräftelsekod", c_subj="Bekräfta din e-postadress",
    c_intro="Använd den här koden för att bekräfta e-postadressen du angav i invändningsformuläret.",
    c_below="Ange koden nedan:", c_inline="Din bekräftelsekod är {code}.",
    c_expire="Koden slutar gälla om 60 minuter.",
    c_ignore="Om du inte har begärt koden kan du ignorera det här mejlet.",
    c_passing="Vi har tagit emot din begäran. Innan vi granskar den behöver vi bekräfta din e-postadress.",
    r_subj=["Vi har tagit emot din invändning"],
    r_body="Tack för att du kontaktade oss. Vi har tagit emot din begäran om att invända mot att din information används för AI hos Meta. Vi granskar den och meddelar dig via e-post.",
    r_ref="Ärendenummer",
    a_subj=["Din invändning"],
    a_body="Vi har granskat din begäran och kommer att tillmötesgå din invändning. Det innebär att vi från och med nu inte använder din offentliga information från Facebook och Instagram, som offentliga inlägg och kommentarer, för att utveckla och förbättra generativa AI-modeller för AI hos Meta.",
    a_body2="Invändningen gäller även andra konton i samma Kontocenter.",
    x_subj="Angående din invändning",
    x_body="Vi har granskat din begäran. Utifrån den information du lämnade kan vi inte tillmötesgå din invändning, och vi fortsätter att behandla din information enligt vår integritetspolicy.",
    x_next="Om du inte håller med kan du skicka in en ny begäran eller kontakta Integritetsskyddsmyndigheten (IMY).",
    m_subj="Vi behöver mer information",
    m_body="Vi kunde inte behandla din begäran eftersom den inte innehöll tillräckligt med information för att vi skulle kunna identifiera kontot. Skicka in en ny begäran med e-postadressen eller användarnamnet för ditt konto.",
    a_new="Skicka en ny begäran",
)
L["fi"] = dict(
    greet="Hei {first},",
    n_subj=["Päivitämme tietosuojakäytäntöämme laajentaessamme Metan tekoälyä",
            "Oikeutesi vastustaa tietojesi käyttöä Metan tekoälyssä"],
    n_p1="Valmistaudumme tuomaan sinulle lisää Metan tekoälykokemuksia. Metan tekoäly tarkoittaa generatiivisen tekoälyn ominaisuuksiamme, kuten Meta AI:ta ja luovia tekoälytyökaluja, sekä niiden taustalla olevia malleja.",
    n_p2="Tätä varten käytämme oikeutettua etua oikeusperusteena, kun käytämme julkisia tietoja, kuten täysi-ikäisten käyttäjien julkisia julkaisuja ja kommentteja palvelussa {product}, Metan tekoälyn kehittämiseen ja parantamiseen. Sinulla on oikeus vastustaa tietojesi käyttöä tähän tarkoitukseen.",
    n_when="Muutokset tulevat voimaan {when}.",
    n_cond="Jos vastustuksesi hyväksytään, sitä sovelletaan siitä eteenpäin, ja vahvistamme sähköpostitse, ettemme enää käytä julkisia tietojasi mallien kouluttamiseen.",
    n_already="Jos olet jo vastustanut käyttöä, sinun ei tarvitse lähettää uutta pyyntöä.",
    n_since="Meta AI on ollut saatavilla maassasi {d} alkaen.",
    n_dated="Ilmoitus, {d}",
    a_object="Vastustamisoikeus", a_policy="Tietosuojakäytäntö", n_linkline="Vastustuslomake:",
    sign="Kiitos,\n{product}-tietosuojatiimi",
    footer="Tämä viesti lähetettiin osoitteeseen {email}.", country="Irlanti", help="Ohjeet",
    c_subj_code="{code} on vahvistuskoodisi", c_subj="Vahvista sähköpostiosoitteesi",
    c_intro="Vahvista tällä koodilla sähköpostiosoite, jonka annoit vastustuslomakkeella.",
    c_below="Syötä alla oleva koodi:", c_inline="Vahvistuskoodisi on {code}.",
    c_expire="Koodi vanhenee 60 minuutin kuluttua.",
    c_ignore="Jos et pyytänyt koodia, voit jättää tämän viestin huomiotta.",
    c_passing="Olemme vastaanottaneet pyyntösi. Ennen kuin käsittelemme sen, meidän on vahvistettava sähköpostiosoitteesi.",
    r_subj=["Olemme vastaanottaneet vastustuspyyntösi"],
    r_body="Kiitos yhteydenotostasi. Olemme vastaanottaneet pyyntösi, jossa vastustat tietojesi käyttöä Metan tekoälyyn. Käsittelemme pyynnön ja ilmoitamme sinulle sähköpostitse.",
    r_ref="Tapausnumero",
    a_subj=["Vastustuspyyntösi"],
    a_body="Olemme käsitelleet pyyntösi ja hyväksymme vastustuksesi. Tämä tarkoittaa, että tästä eteenpäin emme käytä Facebookin ja Instagramin julkisia tietojasi, kuten julkisia julkaisuja ja kommentteja, Metan tekoälyn generatiivisten mallien kehittämiseen ja parantamiseen.",
    a_body2="Vastustus koskee myös muita samaan Tilikeskukseen lisättyjä tilejä.",
    x_subj="Vastustuspyyntöäsi koskeva päätös",
    x_body="Olemme käsitelleet pyyntösi. Antamiesi tietojen perusteella emme voi hyväksyä vastustustasi, ja jatkamme tietojesi käsittelyä tietosuojakäytäntömme mukaisesti.",
    x_next="Jos olet eri mieltä, voit lähettää uuden pyynnön tai ottaa yhteyttä tietosuojavaltuutetun toimistoon.",
    m_subj="Tarvitsemme lisätietoja",
    m_body="Emme voineet käsitellä pyyntöäsi, koska se ei sisältänyt riittävästi tietoja kyseisen tilin tunnistamiseen. Lähetä uusi pyyntö ja ilmoita tilisi sähköpostiosoite tai käyttäjänimi.",
    a_new="Lähetä uusi pyyntö",
)
LANGS = ["en", "fr", "de", "es", "it", "nl", "pt", "pl", "ro", "bg", "el", "hu", "cs", "sv", "fi"]
assert set(L) == set(LANGS)


# --------------------------------------------------------------------------------------
# document model -> text/plain and Meta-style text/html
# --------------------------------------------------------------------------------------
# elements: ("p", text) ("pl", before, anchor, url, after) ("code", code, style)
#           ("link", anchor, url, style) ("ref", text) ("sign", text) ("small", text)
#           ("quote", text)  (already-formatted quoted block, plain: "> ", html: blockquote)

def sent(s: str) -> str:
    s = s.rstrip()
    return s if s.endswith((".", "!", "?", ":")) else s + "."


def render_plain(els, link_style="colon") -> str:
    out = []
    for e in els:
        k = e[0]
        if k == "p":
            out.append(e[1])
        elif k == "pl":
            _, before, anchor, url, after = e
            out.append(f"{before}{anchor} ({url}){after}" if link_style != "angle" else f"{before}{anchor} <{url}>{after}")
        elif k == "code":
            code, style = e[1], e[2]
            if style == "spaced":
                out.append(f"{code[:3]} {code[3:]}")
            elif style == "indent":
                out.append(f"        {code}")
            elif style == "inline":
                continue
            else:
                out.append(code)
        elif k == "link":
            _, anchor, url, st = e
            st = st if st in ("colon", "angle", "line", "paren") else link_style
            if st == "colon":
                out.append(f"{anchor}: {url}")
            elif st == "angle":
                out.append(f"{anchor} <{url}>")
            elif st == "line":
                out.append(f"{anchor}\n{url}")
            else:
                out.append(f"{anchor} ({url})")
        elif k in ("ref", "sign", "small"):
            out.append(e[1])
        elif k == "quote":
            out.append("\n".join(("> " + x) if x else ">" for x in e[1].split("\n")))
        elif k == "raw":
            out.append(e[1])
        elif k == "hr":
            out.append("-" * 40)
    return "\n\n".join(out).rstrip() + "\n"


COLORS = {"facebook": "#1877F2", "instagram": "#0095F6", "whatsapp": "#25D366", "messenger": "#0A7CFF",
          "meta": "#0064E0", None: "#333333"}
LOGO = {"facebook": "https://static.xx.fbcdn.net/rsrc.php/v4/yS/r/{}.png",
        "instagram": "https://static.cdninstagram.com/rsrc.php/v4/yb/r/{}.png",
        "whatsapp": "https://static.whatsapp.net/rsrc.php/v4/yP/r/{}.png",
        "messenger": "https://static.xx.fbcdn.net/rsrc.php/v4/yK/r/{}.png",
        "meta": "https://static.xx.fbcdn.net/rsrc.php/v4/y0/r/{}.png"}


def esc(s: str) -> str:
    return htmllib.escape(s, quote=True).replace("\n", "<br />")


def render_html(els, platform, lang, title, preheader, seed, charset="utf-8", big_code=True, open_pixel=True) -> str:
    color = COLORS.get(platform, "#333")
    td = 'style="font-size:16px;line-height:21px;color:#1c1e21;padding:0 0 14px 0;"'
    rows = []
    for e in els:
        k = e[0]
        if k == "p":
            rows.append(f'<tr><td {td}>{esc(e[1])}</td></tr>')
        elif k == "pl":
            _, before, anchor, url, after = e
            rows.append(f'<tr><td {td}>{esc(before)}<a href="{esc(url)}" style="color:{color};text-decoration:none;" target="_blank">{esc(anchor)}</a>{esc(after)}</td></tr>')
        elif k == "code":
            code, style = e[1], e[2]
            if style == "inline":
                continue
            shown = f"{code[:3]}&nbsp;{code[3:]}" if style == "spaced" else code
            if big_code:
                rows.append('<tr><td style="padding:10px 0 20px 0;"><table border="0" cellspacing="0" cellpadding="0" '
                            'style="border-collapse:collapse;"><tr><td style="font-size:30px;font-weight:700;'
                            'letter-spacing:5px;line-height:38px;color:#1c1e21;background-color:#f0f2f5;'
                            f'border:1px solid #ccd0d5;border-radius:6px;padding:12px 22px;">{shown}</td></tr></table></td></tr>')
            else:
                rows.append(f'<tr><td {td}><b>{shown}</b></td></tr>')
        elif k == "link":
            _, anchor, url, st = e
            if st == "button":
                rows.append('<tr><td style="padding:4px 0 18px 0;"><table border="0" cellspacing="0" cellpadding="0" '
                            f'style="border-collapse:collapse;"><tr><td style="border-radius:6px;background-color:{color};'
                            f'padding:10px 20px;"><a href="{esc(url)}" style="color:#ffffff;text-decoration:none;'
                            f'font-weight:600;font-size:15px;" target="_blank">{esc(anchor)}</a></td></tr></table></td></tr>')
            else:
                rows.append(f'<tr><td {td}><a href="{esc(url)}" style="color:{color};" target="_blank">{esc(anchor)}</a></td></tr>')
        elif k == "ref":
            rows.append(f'<tr><td style="font-size:14px;line-height:19px;color:#606770;padding:0 0 14px 0;"><span style="font-weight:600;">{esc(e[1])}</span></td></tr>')
        elif k == "sign":
            rows.append(f'<tr><td {td}>{esc(e[1])}</td></tr>')
        elif k == "small":
            inner = e[2] if len(e) > 2 else esc(e[1])
            rows.append(f'<tr><td style="font-size:11px;line-height:16px;color:#8a8d91;padding:14px 0 0 0;">{inner}</td></tr>')
        elif k == "quote":
            rows.append(f'<tr><td><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{esc(e[1])}</blockquote></td></tr>')
        elif k == "raw":
            rows.append(f'<tr><td {td}>{esc(e[1])}</td></tr>')
        elif k == "hr":
            rows.append('<tr><td style="border-top:1px solid #dadde1;height:1px;line-height:1px;">&nbsp;</td></tr>')
    logo = ""
    if platform in LOGO:
        logo = (f'<tr><td style="padding:0 0 18px 0;"><img src="{LOGO[platform].format(h(seed, 11))}" width="40" height="40" '
                f'alt="{platform.capitalize()}" style="border:0;display:block;" /></td></tr>')
    pixel = (f'<img src="https://www.facebook.com/email_open_log_pic.php?mid={h(seed, 13)}G5af3b7a2e8c7G0Gb4&amp;ext={hnum(seed, 10)}" '
             'style="border:0;width:1px;height:1px;" alt="" />') if open_pixel and platform else ""
    pre = (f'<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;'
           f'opacity:0;overflow:hidden;mso-hide:all;">{esc(preheader)}&#8199;&#65279;&#847;&#8199;&#65279;&#847;</div>') if preheader else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{esc(title)}</title><style>@media all and (max-width:480px){{.mb_blk{{display:block !important;width:100% !important}}.mb_hide{{display:none !important}}}}</style></head>
<body style="margin:0;padding:0;" dir="ltr" bgcolor="#ffffff">{pre}<table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" style="border-collapse:collapse;"><tr><td id="email_content" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff;">
<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;"><tr><td height="20" style="line-height:20px;" colspan="3">&nbsp;</td></tr><tr><td width="15" style="display:block;width:15px;">&nbsp;&nbsp;&nbsp;</td><td>
<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;max-width:480px;">{logo}
{''.join(rows)}
</table></td><td width="15" style="display:block;width:15px;">&nbsp;&nbsp;&nbsp;</td></tr><tr><td height="20" style="line-height:20px;" colspan="3">&nbsp;</td></tr></table>
</td></tr></table><span>{pixel}</span></body></html>
"""
    return doc


def to_entities(s: str) -> str:
    return s.encode("ascii", "xmlcharrefreplace").decode()


# --------------------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------------------

def unlong(text: str, limit: int = 900) -> str:
    """8bit/7bit bodies must keep lines under 998 octets: break long HTML lines between tags"""
    out = []
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > limit and "><" in line[200:]:
            cut = line.find("><", 200, limit - 50)
            if cut < 0:
                cut = line.find("><", 200)
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def mk_part(ctype: str, text: str, charset: str, cte: str, breaks=(), extra_hdrs=()) -> tuple[list[str], bytes]:
    text = fit_charset(text, charset)
    if cte == "qp":
        for s in breaks:
            if s and s in text:
                k = max(1, len(s) // 2)
                text = text.replace(s, s[:k] + BREAK + s[k:])
        body = qp_encode(text, charset).encode("ascii")
        cten = "quoted-printable"
    elif cte == "b64":
        body = b64_body(text.encode(charset)).encode("ascii")
        cten = "base64"
    elif cte == "8bit":
        text = unlong(text)
        body = text.encode(charset)
        cten = "8bit"
    else:
        body = unlong(text).encode("ascii")
        cten = "7bit"
    q = '"' if RNG.random() < 0.6 else ""
    hdrs = [f"Content-Type: {ctype}; charset={q}{charset}{q}", f"Content-Transfer-Encoding: {cten}", *extra_hdrs]
    return hdrs, body.rstrip(b"\n") + b"\n"


def mk_multipart(subtype: str, parts, boundary: str) -> tuple[list[str], bytes]:
    chunks = []
    for hdrs, body in parts:
        chunks.append(b"--" + boundary.encode() + b"\n" + "\n".join(hdrs).encode() + b"\n\n" + body)
    body = b"\n".join(chunks) + b"\n--" + boundary.encode() + b"--\n"
    return [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'], body


# --------------------------------------------------------------------------------------
# trace + authentication headers, as the receiving providers write them
# --------------------------------------------------------------------------------------
META_IPS = ["69.171.232.143", "66.220.155.178", "69.171.232.151", "66.220.144.157", "173.252.102.220",
            "69.63.178.174", "66.220.155.149", "69.171.232.130"]


def dkim_sel(dom):
    return {"facebookmail.com": "s1024-2013-q3", "facebook.com": "s1024-2013-q3", "instagram.com": "s1024-2013-q3",
            "meta.com": "s2048-meta-2023", "whatsapp.com": "s1024-2013-q3"}.get(dom, "default")


def org(dom: str) -> str:
    parts = dom.lower().split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def ar_methods(style, v, ip, mailfrom, seed):
    """list of 'method=result ...' strings in the provider's dialect"""
    mf_dom = mailfrom.split("@")[-1]
    bb = b64s(seed + "b", 8).replace("+", "x").replace("/", "y")
    out = []
    if style == "gmail":
        if v["dkim"] != "none":
            out.append(f"dkim={v['dkim']} header.i=@{v['dkim_d']} header.s={dkim_sel(v['dkim_d'])} header.b={bb}")
        spf_txt = {"pass": f"(google.com: domain of {mailfrom} designates {ip} as permitted sender)",
                   "fail": f"(google.com: domain of {mailfrom} does not designate {ip} as permitted sender)",
                   "softfail": f"(google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender)",
                   "none": f"(google.com: {ip} is neither permitted nor denied by best guess record for domain of {mailfrom})"}[v["spf"]]
        out.append(f"spf={v['spf'] if v['spf'] != 'none' else 'neutral'} {spf_txt} smtp.mailfrom={mailfrom}")
        if v.get("dmarc"):
            dis = "NONE" if v["dmarc"] == "pass" else "QUARANTINE"
            pol = v.get("policy", "REJECT")
            out.append(f"dmarc={v['dmarc']} (p={pol} sp={pol} dis={dis}) header.from={v['from_dom']}")
    elif style == "yahoo":
        if v["dkim"] != "none":
            out.append(f"dkim={v['dkim']} header.i=@{v['dkim_d']} header.s={dkim_sel(v['dkim_d'])}")
        else:
            out.append("dkim=unknown")
        out.append(f"spf={v['spf']} smtp.mailfrom={mf_dom}")
        if v.get("dmarc"):
            out.append(f"dmarc={v['dmarc']}(p={v.get('policy', 'REJECT')}) header.from={v['from_dom']}")
    else:  # generic RFC 8601 dialect (GMX, Orange, Free, Fastmail, own servers)
        if v["dkim"] != "none":
            out.append(f"dkim={v['dkim']} (1024-bit key) header.d={v['dkim_d']} header.i=@{v['dkim_d']} header.b=\"{bb}\"")
        else:
            out.append("dkim=none (message not signed)")
        out.append(f"spf={v['spf']} smtp.mailfrom={mailfrom}" + ("" if style != "fastmail" else f" smtp.helo={mf_dom}"))
        if v.get("dmarc"):
            out.append(f"dmarc={v['dmarc']} (p={v.get('policy', 'reject').lower()} dis=none) header.from={v['from_dom']}")
    return out


def ar_header(authserv, methods, sep=";\n\t"):
    return "Authentication-Results: " + authserv + sep + sep.join(methods)


def ms_ar(v, ip, mailfrom):
    mf_dom = mailfrom.split("@")[-1]
    dk = (f"dkim={v['dkim']} (signature was verified) header.d={v['dkim_d']}" if v["dkim"] == "pass" else
          f"dkim=fail (body hash did not verify) header.d={v['dkim_d']}" if v["dkim"] == "fail" else
          "dkim=none (message not signed) header.d=none")
    dm = v.get("dmarc") or "none"
    action = {"pass": "none", "fail": "quarantine", "none": "none"}[dm]
    comp = "pass reason=100" if dm == "pass" else ("fail reason=000" if dm == "fail" else "softpass reason=201")
    return (f"Authentication-Results: spf={v['spf']} (sender IP is {ip})\n smtp.mailfrom={mf_dom}; {dk};dmarc={dm}\n"
            f" action={action} header.from={v['from_dom']};compauth={comp}")


def trace_headers(provider, *, to, date, ip, helo, mailfrom, v, seed, sender_hops, forged=None):
    """returns (top, tail): header lines above the message's own headers, and lines after them"""
    d1 = date + dt.timedelta(seconds=2 + int(h(seed, 2), 16) % 5)
    d2 = d1 + dt.timedelta(seconds=1)
    top, tail = [], []
    hops = list(sender_hops)
    if forged:
        hops.insert(0, forged)
    if provider == "gmail":
        am = ar_methods("gmail", v, ip, mailfrom, seed)
        top += [f"Delivered-To: {to}",
                f"Received: by 2002:a05:7010:{h(seed, 4)}:b0:{h(seed + 'q', 3)}:{h(seed + 'w', 4)}:{h(seed + 'e', 3)} with SMTP id {h(seed + 'r', 3)}csp{hnum(seed, 7)}mdc;\n        {rfcdate(d2)}",
                f"X-Google-Smtp-Source: AGHT+I{b64s(seed + 'g', 62)}",
                f"X-Received: by 2002:a05:6a00:{h(seed + 't', 4)}:b0:{h(seed + 'y', 3)}:{h(seed + 'u', 3)}:{h(seed + 'i', 4)} with SMTP id d2e1a72fcca58-{h(seed + 'o', 12)}.{int(h(seed, 2), 16)}.{hnum(seed + 'z', 13)};\n        {rfcdate(d2)}",
                f"ARC-Seal: i=1; a=rsa-sha256; t={int(d1.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64s(seed + 'as', 70)}\n         {b64s(seed + 'at', 70)}==",
                f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:message-id:subject:from:to:date:dkim-signature;\n        bh={b64s(seed + 'bh', 43)}=;\n        fh={b64s(seed + 'fh', 43)}=;\n        b={b64s(seed + 'ab', 70)}",
                "ARC-Authentication-Results: i=1; mx.google.com;\n       " + ";\n       ".join(am),
                f"Return-Path: <{mailfrom}>",
                f"Received: from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {h(seed + 'id', 12)}.{int(h(seed, 2), 16)}.2025.{hnum(seed + 'g', 2)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        {rfcdate(d1)}",
                f"Received-SPF: {v['spf'] if v['spf'] != 'none' else 'neutral'} (google.com: domain of {mailfrom} {'designates' if v['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};",
                "Authentication-Results: mx.google.com;\n       " + ";\n       ".join(am)]
    elif provider == "outlook":
        d1, d2 = d1.astimezone(dt.timezone.utc), d2.astimezone(dt.timezone.utc)
        a, b, c = f"AM{hnum(seed, 1)}PR0{hnum(seed + 'a', 1)}MB{hnum(seed + 'b', 4)}", f"DU2P{hnum(seed + 'c', 3)}CA00{hnum(seed + 'd', 2)}", f"AM{hnum(seed + 'e', 1)}PEPF0000{h(seed, 4).upper()}"
        top += [f"Received: from {a}.eurprd0{hnum(seed, 1)}.prod.outlook.com (2603:10a6:20b:{h(seed, 3)}::{h(seed + 'x', 2)})\n by AS8PR0{hnum(seed + 'f', 1)}MB{hnum(seed + 'g', 4)}.eurprd0{hnum(seed, 1)}.prod.outlook.com with HTTPS; {rfcdate(d2)}",
                f"Received: from {b}.EURP{hnum(seed + 'h', 3)}.PROD.OUTLOOK.COM (2603:10a6:10:{h(seed + 'i', 3)}::{h(seed + 'j', 2)})\n by {a}.eurprd0{hnum(seed, 1)}.prod.outlook.com (2603:10a6:20b:{h(seed, 3)}::{h(seed + 'x', 2)}) with\n Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.{hnum(seed + 'k', 2)};\n {rfcdate(d2)}",
                f"Received: from {c}.eurprd04.prod.outlook.com\n (2603:10a6:10:{h(seed + 'l', 3)}:cafe::{h(seed + 'm', 2)}) by {b}.outlook.office365.com\n (2603:10a6:10:{h(seed + 'i', 3)}::{h(seed + 'j', 2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{hnum(seed + 'n', 2)} via Frontend Transport; {rfcdate(d1)}",
                ms_ar(v, ip, mailfrom),
                f"Received-SPF: {v['spf'].capitalize()} (protection.outlook.com: domain of {mailfrom.split('@')[-1]}\n {'designates' if v['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C",
                f"Received: from {helo} ({ip}) by\n {c}.mail.protection.outlook.com (10.167.16.{int(h(seed, 2), 16)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{hnum(seed + 'n', 2)} via Frontend\n Transport; {rfcdate(d1)}"]
        tail += ["X-MS-Exchange-Organization-ExpirationStartTime: " + d1.astimezone(dt.timezone.utc).strftime("%d %b %Y %H:%M:%S.0%f")[:-3] + " (UTC)",
                 "X-MS-Exchange-Organization-Network-Message-Id: " + f"{h(seed + 'nm', 8)}-{h(seed + 'n1', 4)}-{h(seed + 'n2', 4)}-{h(seed + 'n3', 4)}-{h(seed + 'n4', 12)}",
                 "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
                 f"X-MS-Exchange-Organization-AuthSource: {c}.eurprd04.prod.outlook.com",
                 "X-MS-Exchange-Organization-AuthAs: Anonymous",
                 "X-MS-Exchange-Organization-SCL: " + ("1" if v.get("dmarc") == "pass" else "5"),
                 "X-Microsoft-Antispam: BCL:0;ARA:13230040|29132699027|4022899009|8096899003;"]
    elif provider in ("icloud", "icloud_mx"):
        methods = ar_methods("generic", v, ip, mailfrom, seed)
        dk = [m for m in methods if m.startswith("dkim")][0]
        sp = [m for m in methods if m.startswith("spf")][0]
        entry_host = (f"ms{hnum(seed, 2)}p00im-qufv1708{hnum(seed + 'i', 4)}.me.com (Postfix)" if provider == "icloud"
                      else f"mx0{1 + int(h(seed, 1), 16) % 6}.mail.icloud.com (Postfix)")
        top += ["X-Apple-MoveToFolder: INBOX", "X-Apple-Action: MOVE_TO_FOLDER/INBOX",
                f"X-Apple-UUID: {h(seed + 'uu', 8)}-{h(seed + 'u1', 4)}-{h(seed + 'u2', 4)}-{h(seed + 'u3', 4)}-{h(seed + 'u4', 12)}",
                "Authentication-Results: bimi.icloud.com; bimi=skipped reason=\"insufficient dmarc\"" if v.get("dmarc") != "pass" else f"Authentication-Results: bimi.icloud.com; bimi=none",
                f"Authentication-Results: dmarc.icloud.com; dmarc={v.get('dmarc') or 'none'} header.from={v['from_dom']}",
                f"X-DMARC-Info: pass={v.get('dmarc') or 'none'}; dmarc-policy=reject; s=r1; d=r1; pdomain={org(v['from_dom'])}",
                f"Authentication-Results: dkim-verifier.icloud.com;\n\t{dk}",
                f"Authentication-Results: spf.icloud.com; {sp}",
                f"Received-SPF: {v['spf']} (spf.icloud.com: domain of {mailfrom} {'designates' if v['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={helo}; envelope-from={mailfrom}",
                f"Received: from {helo} ({helo} [{ip}])\n\tby {entry_host} with ESMTPS id {h(seed + 'pf', 11).upper()}\n\tfor <{to}>; {rfcdate(d1)}"]
    elif provider == "yahoo":
        am = ar_methods("yahoo", v, ip, mailfrom, seed)
        atlas = f"atlas-production.v2.mail.ir{hnum(seed, 1)}.yahoo.com"
        top += [f"Received: from 127.0.0.1\n by {atlas} with HTTP; {rfcdate(d2)}",
                f"X-Originating-Ip: [{ip}]",
                f"Received-SPF: {v['spf']} (domain of {mailfrom.split('@')[-1]} {'designates' if v['spf'] == 'pass' else 'does not designate'} {ip} as permitted sender)",
                f"Authentication-Results: {atlas};\n " + ";\n ".join(am) + ";",
                f"X-Apparently-To: {to}; {rfcdate(d1)}",
                f"X-YMailISG: {b64s(seed + 'ym', 60)}",
                f"Received: from {ip} (EHLO {helo}) ({ip})\n  by mta40{hnum(seed, 2)}.mail.ir{hnum(seed, 1)}.yahoo.com with SMTPS; {rfcdate(d1)}"]
    elif provider in ("gmx", "webde"):
        dom = "gmx.net" if provider == "gmx" else "web.de"
        am = ar_methods("generic", v, ip, mailfrom, seed)
        top += [ar_header(dom, am, "; "),
                f"Received: from {helo} ([{ip}]) by mx-ha.{dom}\n (mxgmx1{hnum(seed, 2)} [212.227.15.{int(h(seed, 2), 16) % 200}]) with ESMTPS (Nemesis) id 1M{b64s(seed, 6)}-1u{b64s(seed + 'g', 10)}-00{b64s(seed + 'h', 4)}\n for <{to}>; {rfcdate(d1)}"]
        tail += [f"X-UI-Filterresults: notjunk:1;V03:K0:{b64s(seed + 'ui', 11)}=:{b64s(seed + 'uj', 40)}"]
    elif provider == "orange":
        am = ar_methods("generic", v, ip, mailfrom, seed)
        top += [f"X-ME-Helo: {helo}", "X-ME-IP: " + ip,
                ar_header("mx.orange.fr", am),
                f"Received: from {helo} ([{ip}])\n\tby mwinf5d{hnum(seed, 2)}.mail.orange.fr with ME\n\tid {b64s(seed, 22)}; {rfcdate(d1)}"]
    elif provider == "free":
        am = ar_methods("generic", v, ip, mailfrom, seed)
        top += [ar_header("mx1.free.fr", am),
                f"Received: from {helo} ({helo} [{ip}])\n\tby mx1-g2{hnum(seed, 1)}.free.fr (Postfix) with ESMTPS id {h(seed, 10).upper()}\n\tfor <{to}>; {rfcdate(d1)}"]
    elif provider == "fastmail":
        am = ar_methods("fastmail", v, ip, mailfrom, seed)
        top += [f"Received: from compute{hnum(seed, 1)}.internal (compute{hnum(seed, 1)}.nyi.internal [10.202.2.4{hnum(seed, 1)}])\n\t by sloti{hnum(seed, 2)}n{hnum(seed + 'f', 2)} (Cyrus 3.13.0-alpha0) with LMTPA;\n\t {rfcdate(d2)}",
                "X-Cyrus-Session-Id: sloti" + h(seed, 20),
                "ARC-Authentication-Results: i=1; mx4.messagingengine.com;\n    " + ";\n    ".join(am),
                ar_header("mx4.messagingengine.com", am, ";\n    "),
                f"X-ME-Proxy: <xmx:{b64s(seed + 'me', 40)}>",
                f"Received: from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <{to}>; {rfcdate(d1)}"]
    elif provider == "proton":
        am = ar_methods("generic", v, ip, mailfrom, seed)
        dk = [m for m in am if m.startswith("dkim")][0]
        sp = [m for m in am if m.startswith("spf")][0]
        dm = [m for m in am if m.startswith("dmarc")]
        top += ["X-Pm-Spam: 0yeVJCA" + b64s(seed + "pm", 30),
                f"Authentication-Results: mail.protonmail.ch; {dk}"]
        if dm:
            top.append(f"Authentication-Results: mail.protonmail.ch; {dm[0]}")
        top += [f"Authentication-Results: mail.protonmail.ch; {sp}",
                "Authentication-Results: mail.protonmail.ch; arc=none smtp.remote-ip=" + ip,
                f"Received: from {helo} ({helo} [{ip}]) (using TLSv1.3 with cipher\n TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS\n (2048 bits) server-digest SHA256) (No client certificate requested) by\n mailin0{hnum(seed, 2)}.protonmail.ch (Postfix) with ESMTPS id 4{h(seed, 10)} for <{to}>;\n {rfcdate(d1)}"]
    elif provider.startswith("generic:"):
        host = provider.split(":", 1)[1]
        am = ar_methods("generic", v, ip, mailfrom, seed)
        top += [ar_header(host, am),
                f"Received: from {helo} ({helo} [{ip}])\n\tby {host} (Postfix) with ESMTPS id {h(seed, 10).upper()}\n\tfor <{to}>; {rfcdate(d1)}"]
    elif provider.startswith("noauth:"):
        host = provider.split(":", 1)[1]
        top += [f"Received: from {helo} ({helo} [{ip}])\n\tby {host} (Postfix) with ESMTP id {h(seed, 10).upper()}\n\tfor <{to}>; {rfcdate(d1)}"]
    else:
        raise ValueError(provider)
    return top + hops, tail


def meta_hops(date, seed):
    d0 = date - dt.timedelta(seconds=1)
    return [f"Received: from facebook.com ({b64s(seed + 'fb', 64).replace('/', 'A').replace('+', 'B')}\n 2401:db00:2050:{h(seed, 4)}:face:0:{int(h(seed, 2), 16) % 99}:0)\n by facebook.com with Thrift id {h(seed + 'th', 32)}-{h(seed + 'tt', 8)};\n {rfcdate(d0)}"]


def fake_hops(date, host, seed, to):
    d0 = date - dt.timedelta(seconds=3)
    return [f"Received: from [198.51.100.{int(h(seed, 2), 16) % 250}] (unknown [198.51.100.{int(h(seed, 2), 16) % 250}])\n\tby {host} (Postfix) with ESMTPSA id {h(seed, 9).upper()}\n\tfor <{to}>; {rfcdate(d0)}"]


# --------------------------------------------------------------------------------------
# people, forms, senders
# --------------------------------------------------------------------------------------
P = {  # persona: language, first name, full name, address, receiving provider
    "siobhan": dict(lang="en", first="Siobhan", name="Siobhan Gallagher", email="siobhan.gallagher@example.ie", provider="gmail"),
    "rhys": dict(lang="en", first="Rhys", name="Rhys Morgan", email="rhys.morgan@example.co.uk", provider="outlook"),
    "elodie": dict(lang="fr", first="Élodie", name="Élodie Garnier", email="elodie.garnier@orange.fr", provider="orange"),
    "mathis": dict(lang="fr", first="Mathis", name="Mathis Roux", email="mathis.roux82@free.fr", provider="free"),
    "lea": dict(lang="fr", first="Léa", name="Léa Moreau", email="lea.moreau@example.fr", provider="noauth:mail.example.fr"),
    "katharina": dict(lang="de", first="Katharina", name="Katharina Vogel", email="k.vogel@gmx.de", provider="gmx"),
    "lukas": dict(lang="de", first="Lukas", name="Lukas Brandt", email="lukas.brandt@example.de", provider="generic:mx01.example.de", nodmarc=True),
    "alejandro": dict(lang="es", first="Alejandro", name="Alejandro Ruiz Ortega", email="alejandro.ruiz@example.es", provider="outlook"),
    "chiara": dict(lang="it", first="Chiara", name="Chiara Esposito", email="chiara.esposito@example.it", provider="gmail"),
    "sanne": dict(lang="nl", first="Sanne", name="Sanne Bakker", email="sanne.bakker@example.nl", provider="icloud"),
    "joao": dict(lang="pt", first="João", name="João Ferreira", email="joao.ferreira@example.pt", provider="gmail"),
    "agnieszka": dict(lang="pl", first="Agnieszka", name="Agnieszka Wiśniewska", email="agnieszka.wisniewska@example.pl", provider="generic:mx.example.pl"),
    "andreea": dict(lang="ro", first="Andreea", name="Andreea Popescu", email="andreea.popescu.ro@yahoo.com", provider="yahoo"),
    "georgi": dict(lang="bg", first="Георги", name="Георги Димитров", email="georgi.dimitrov@example.bg", provider="gmail"),
    "eleni": dict(lang="el", first="Ελένη", name="Ελένη Παπαδοπούλου", email="eleni.papadopoulou@example.gr", provider="outlook"),
    "eszter": dict(lang="hu", first="Eszter", name="Kovács Eszter", email="eszter.kovacs@example.hu", provider="fastmail"),
    "tomas": dict(lang="cs", first="Tomáš", name="Tomáš Novotný", email="tomas.novotny@example.cz", provider="proton"),
    "linnea": dict(lang="sv", first="Linnea", name="Linnea Karlsson", email="linnea.karlsson@example.se", provider="icloud_mx"),
    "aino": dict(lang="fi", first="Aino", name="Aino Virtanen", email="aino.virtanen@example.fi", provider="outlook"),
}

DEADLINE = {"2024": dt.date(2024, 6, 26), "2025": dt.date(2025, 5, 27), "2026": dt.date(2026, 12, 16)}
FORM = {
    ("facebook", "2024"): "https://www.facebook.com/help/contact/712876720715583",
    ("instagram", "2024"): "https://help.instagram.com/contact/767264225370182",
    ("facebook", "2025"): "https://www.facebook.com/help/contact/6359191084165019",
    ("instagram", "2025"): "https://help.instagram.com/contact/1026228088981578",
    ("facebook", "2026"): "https://www.facebook.com/privacy/genai/",
    ("instagram", "2026"): "https://privacycenter.instagram.com/genai/objection/",
    ("messenger", "2026"): "https://www.facebook.com/privacy/genai/",
    ("whatsapp", "2026"): "https://www.whatsapp.com/contact/genai-objection/",
    ("meta", "2024"): "https://www.facebook.com/privacy/genai/",
}
POLICY = {"facebook": "https://www.facebook.com/privacy/policy/", "instagram": "https://privacycenter.instagram.com/policy/",
          "messenger": "https://www.facebook.com/privacy/policy/", "whatsapp": "https://www.whatsapp.com/legal/privacy-policy-eea",
          "meta": "https://www.facebook.com/privacy/policy/"}
HELP = {"facebook": "https://www.facebook.com/help/", "instagram": "https://help.instagram.com/",
        "messenger": "https://www.facebook.com/help/messenger-app/", "whatsapp": "https://faq.whatsapp.com/",
        "meta": "https://www.facebook.com/help/"}
PRODUCT = {"facebook": "Facebook", "instagram": "Instagram", "messenger": "Messenger", "whatsapp": "WhatsApp", "meta": "Meta"}
ADDR = {"facebook": "Meta Platforms Ireland Ltd., Attention: Community Operations, Merrion Road, Dublin 4, D04 X2K5, {country}",
        "messenger": "Meta Platforms Ireland Ltd., Attention: Community Operations, Merrion Road, Dublin 4, D04 X2K5, {country}",
        "meta": "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, {country}",
        "instagram": "Meta Platforms Ireland Ltd., 4 Grand Canal Square, Grand Canal Harbour, Dublin 2, {country}",
        "whatsapp": "WhatsApp Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, {country}"}
META_FROM = {  # (platform, group) -> (display name, address)
    ("facebook", "notice"): ("Facebook", "noreply@facebookmail.com"),
    ("facebook", "code"): ("Facebook", "security@facebookmail.com"),
    ("facebook", "case"): ("Facebook", "noreply@support.facebook.com"),
    ("instagram", "notice"): ("Instagram", "no-reply@mail.instagram.com"),
    ("instagram", "code"): ("Instagram", "security@mail.instagram.com"),
    ("instagram", "case"): ("Instagram", "no-reply@mail.instagram.com"),
    ("messenger", "notice"): ("Messenger", "notification@facebookmail.com"),
    ("whatsapp", "notice"): ("WhatsApp", "noreply@whatsapp.com"),
    ("whatsapp", "case"): ("WhatsApp", "support@support.whatsapp.com"),
    ("meta", "notice"): ("Meta", "noreply@meta.com"),
}
DKIM_D = {"facebookmail.com": "facebookmail.com", "support.facebook.com": "facebook.com", "mail.instagram.com": "instagram.com",
          "whatsapp.com": "whatsapp.com", "support.whatsapp.com": "whatsapp.com", "meta.com": "meta.com"}
META_DOMAINS = ("facebook.com", "instagram.com", "meta.com", "whatsapp.com", "messenger.com", "fb.com", "facebookmail.com")


def is_meta_https(u: str | None) -> bool:
    if not u:
        return False
    p = urlsplit(u)
    host = (p.hostname or "").lower()
    return p.scheme == "https" and any(host == d or host.endswith("." + d) for d in META_DOMAINS)


MSGS: list[dict] = []
KEY: dict[str, dict] = {}


def local(d: dt.datetime, off: float | None = None) -> dt.datetime:
    if off is None:
        off = -7 if 3 < d.month < 11 else -8
    return d.astimezone(tz(off))


def meta_footer(lang, platform, email, promo=False, seed=""):
    t = L[lang]
    f = t["footer"].format(email=email)
    a = ADDR[platform].format(country=t["country"])
    plain = f"{f}\n{a}"
    fh = htmllib.escape(t["footer"]).replace("{email}", f'<a href="mailto:{email}" style="color:#8a8d91;">{email}</a>')
    html_ = f"{fh}<br />{htmllib.escape(a)}"
    if promo:
        u = f"https://www.facebook.com/o.php?k=AS{b64s(seed, 20).replace('/', 'x').replace('+', 'y')}&u={hnum(seed, 15)}&mid={h(seed, 12)}"
        plain += f"\nUnsubscribe: {u}"
        html_ += f'<br /><a href="{htmllib.escape(u)}" style="color:#8a8d91;">Unsubscribe</a>'
    return ("small", plain, html_)


def add(m: dict) -> dict:
    m.setdefault("layout", "alt")
    m.setdefault("charset", "utf-8")
    m.setdefault("cte", "qp")
    m.setdefault("html_cte", m["cte"])
    assert m["key"] not in KEY, m["key"]
    MSGS.append(m)
    KEY[m["key"]] = m
    return m


def meta_sender(platform, group, opts):
    name, a = opts.get("from_") or META_FROM.get((platform, group)) or META_FROM[(platform, "notice")]
    return name, a


def genuine_verdict(persona, from_addr):
    dom = from_addr.split("@")[1]
    v = dict(dkim="pass", dkim_d=DKIM_D.get(dom, dom), spf="pass", dmarc="pass", from_dom=dom, policy="REJECT")
    if persona.get("nodmarc"):
        v["dmarc"] = None
    return v


def base_meta(key, pk, kind, platform, when, group, opts):
    per = P[pk]
    lang = opts.get("lang", per["lang"])
    name, a = meta_sender(platform, group, opts)
    m = dict(key=key, persona=per, lang=lang, kind=kind, platform=platform, date=when, sender="meta",
             from_name=name, from_addr=a, verdict=genuine_verdict(per, a), authentic=True,
             code=None, deadline=None, objection_url=None, reference=None)
    for k in ("layout", "charset", "cte", "html_cte", "crlf", "entities", "wrap_html", "wrap_text", "link_style",
              "big_code", "to_display", "breaks", "no_display_name", "date_off", "preheader", "subject"):
        if k in opts:
            m[k] = opts[k]
    return m


def ref_line(lang, ref, fmt=None, label=None):
    lab = label or L[lang]["r_ref"]
    fmt = fmt or "{label}: {ref}"
    return ("ref", fmt.format(label=lab, ref=ref))


# ---- the five objection kinds ---------------------------------------------------------

def NOTICE(key, pk, platform, rnd, sent_utc, style, **o):
    when = T(sent_utc)
    m = base_meta(key, pk, "policy_notice", platform, when, "notice", o)
    lang, t = m["lang"], L[m["lang"]]
    dl = DEADLINE[rnd] if rnd else None
    product = o.get("product", PRODUCT[platform])
    sign_product = o.get("sign_product", PRODUCT[platform])
    url = o.get("url", FORM.get((platform, rnd)) if rnd else FORM[("meta", "2024")])
    els = []
    if o.get("dated"):
        els.append(("p", t["n_dated"].format(d=PLAIN[lang](local(when, m.get("date_off")).date()))))
    els.append(("p", t["greet"].format(first=m["persona"]["first"])))
    els.append(("p", t["n_p1"]))
    if o.get("since"):
        els.append(("p", sent(t["n_since"].format(d=PLAIN[lang](o["since"])))))
    els.append(("p", t["n_p2"].format(product=product)))
    link = ("link", o.get("anchor", t["a_object"]), url, o.get("link_kind", "button"))
    if o.get("link_pos") == "mid":
        els.append(link)
    if o.get("by") and dl:
        els.append(("p", t["n_by"].format(d=PLAIN[lang](dl - dt.timedelta(days=1)))))
    if dl:
        key_when = "n_when_alt" if o.get("when_alt") else "n_when"
        els.append(("p", sent(t[key_when].format(when=WHEN[lang][style](dl)))))
    else:
        els.append(("p", o["undated_text"]))
    if o.get("cond", True):
        els.append(("p", t["n_cond"]))
    if o.get("already", True):
        els.append(("p", t["n_already"]))
    if o.get("link_pos") != "mid":
        els.append(link)
    els.append(("link", t["a_policy"], POLICY[platform], "a"))
    els.append(("sign", t["sign"].format(product=sign_product)))
    els.append(meta_footer(lang, platform, m["persona"]["email"]))
    m["subject"] = o.get("subject") or t["n_subj"][o.get("subj", 0) % len(t["n_subj"])]
    m["els"] = els
    m.setdefault("preheader", t["n_p1"].split(". ")[0] + ".")
    m["deadline"] = dl.isoformat() if dl else None
    m["objection_url"] = url if is_meta_https(url) else None
    m["form_target"] = url
    return add(m)


def CODE(key, pk, platform, sent_utc, code, style, **o):
    m = base_meta(key, pk, "verification_code", platform, T(sent_utc), "code", o)
    lang, t = m["lang"], L[m["lang"]]
    els = [("p", t["greet"].format(first=m["persona"]["first"]))]
    if o.get("passing"):
        els.append(("p", t["c_passing"]))
    if style == "inline":
        els.append(("p", t["c_intro"] + " " + t["c_inline"].format(code=code)))
    else:
        els.append(("p", t["c_intro"]))
        els.append(("p", t["c_below"]))
        els.append(("code", code, style))
    els.append(("p", t["c_expire"]))
    els.append(("p", t["c_ignore"]))
    els.append(("sign", t["sign"].format(product=PRODUCT[platform]).split("\n")[-1]))
    els.append(meta_footer(lang, platform, m["persona"]["email"]))
    m["els"] = els
    m["subject"] = o.get("subject") or (t["c_subj_code"].format(code=code) if o.get("subj_code", True) else t["c_subj"])
    m.setdefault("preheader", t["c_intro"])
    m["code"] = code
    if o.get("break_code"):
        m["breaks"] = [code] if style != "spaced" else [code[:3]]
    m.setdefault("big_code", style in ("big", "spaced", "line"))
    return add(m)


def RECEIVED(key, pk, platform, sent_utc, ref=None, **o):
    m = base_meta(key, pk, "objection_received", platform, T(sent_utc), "case", o)
    lang, t = m["lang"], L[m["lang"]]
    els = [("p", t["greet"].format(first=m["persona"]["first"])), ("p", t["r_body"])]
    if ref:
        els.insert(1 if o.get("ref_top") else 2, ref_line(lang, ref, o.get("ref_fmt"), o.get("ref_label")))
    els.append(("sign", t["sign"].format(product=PRODUCT[platform])))
    els.append(meta_footer(lang, platform, m["persona"]["email"]))
    m["els"] = els
    m["subject"] = o.get("subject") or t["r_subj"][o.get("subj", 0) % len(t["r_subj"])]
    m["reference"] = ref
    return add(m)


def ACCEPTED(key, pk, platform, sent_utc, ref=None, **o):
    m = base_meta(key, pk, "objection_accepted", platform, T(sent_utc), "case", o)
    lang, t = m["lang"], L[m["lang"]]
    els = [("p", t["greet"].format(first=m["persona"]["first"])), ("p", t["a_body"])]
    if o.get("body2", True):
        els.append(("p", t["a_body2"]))
    if ref:
        els.append(ref_line(lang, ref, o.get("ref_fmt"), o.get("ref_label")))
    els.append(("link", L[lang]["help"], HELP[platform], "a"))
    els.append(("sign", t["sign"].format(product=PRODUCT[platform])))
    els.append(meta_footer(lang, platform, m["persona"]["email"]))
    m["els"] = els
    m["subject"] = o.get("subject") or t["a_subj"][o.get("subj", 0) % len(t["a_subj"])]
    m["reference"] = ref
    return add(m)


def REFUSED(key, pk, platform, sent_utc, variant, rnd=None, ref=None, link=True, **o):
    m = base_meta(key, pk, "objection_refused", platform, T(sent_utc), "case", o)
    lang, t = m["lang"], L[m["lang"]]
    els = [("p", t["greet"].format(first=m["persona"]["first"]))]
    if variant == "x":
        els += [("p", t["x_body"]), ("p", t["x_next"])]
    else:
        els += [("p", t["m_body"])]
    url = o.get("url") or (FORM.get((platform, rnd)) if rnd else None)
    if link and url:
        els.append(("link", t["a_new"], url, o.get("link_kind", "button")))
        m["objection_url"] = url if is_meta_https(url) else None
        m["form_target"] = url
    if ref:
        els.append(ref_line(lang, ref, o.get("ref_fmt"), o.get("ref_label")))
    els.append(("sign", t["sign"].format(product=PRODUCT[platform])))
    els.append(meta_footer(lang, platform, m["persona"]["email"]))
    m["els"] = els
    m["subject"] = o.get("subject") or (t["x_subj"] if variant == "x" else t["m_subj"])
    m["reference"] = ref
    return add(m)


def fake(m: dict, *, from_name, from_addr, v=None, provider=None, forged=None, dup_from=None, host=None):
    """turn a message built by the helpers above into a fake: other sender, other verdict"""
    m["sender"] = "fake"
    m["from_name"], m["from_addr"] = from_name, from_addr
    m["verdict"] = v
    if provider:
        m["provider"] = provider
    m["forged"] = forged
    m["dup_from"] = dup_from
    m["fake_host"] = host or ("smtp." + from_addr.split("@")[1])
    m["authentic"] = False
    if m.get("form_target") is not None:
        m["objection_url"] = m["form_target"] if is_meta_https(m["form_target"]) else None
    return m


def CUSTOM(key, pk, kind, platform, sent_utc, subject, els, *, sender, from_name, from_addr, authentic=None, **o):
    per = P[pk]
    m = dict(key=key, persona=per, lang=o.get("lang", per["lang"]), kind=kind, platform=platform, date=T(sent_utc),
             sender=sender, from_name=from_name, from_addr=from_addr, authentic=authentic, subject=subject, els=els,
             code=None, deadline=None, objection_url=None, reference=None)
    if sender == "meta":
        m["verdict"] = genuine_verdict(per, from_addr)
    else:
        dom = from_addr.split("@")[1]
        m["verdict"] = dict(dkim="pass", dkim_d=dom, spf="pass", dmarc="pass", from_dom=dom, policy="NONE")
        if per.get("nodmarc"):
            m["verdict"]["dmarc"] = None
    for k, val in o.items():
        if k != "lang":
            m[k] = val
    return add(m)


# --------------------------------------------------------------------------------------
# assembling one message
# --------------------------------------------------------------------------------------

def wrap_els(els, mode, seed):
    if not mode:
        return els
    out = []
    for e in els:
        if e[0] == "link":
            out.append(("link", e[1], wrap(e[2], mode, seed + e[2]), e[3]))
        elif e[0] == "pl":
            out.append(("pl", e[1], e[2], wrap(e[3], mode, seed + e[3]), e[4]))
        else:
            out.append(e)
    return out


def header_charset(cs):
    return "utf-8" if cs in ("us-ascii", "utf-8") else cs


def assemble(m) -> bytes:
    per, lang, seed = m["persona"], m["lang"], m["key"]
    to_email = per["email"]
    cs = m["charset"]
    hcs = m.get("hcs", header_charset(cs))
    henc = m.get("henc", "B" if hcs in ("utf-8", "iso-8859-7") else "Q")
    date = local(m["date"], m.get("date_off"))
    subj = m["subject"]

    # ---- bodies
    els = m["els"]
    plain = render_plain(wrap_els(els, m.get("wrap_text"), seed), m.get("link_style", "colon"))
    html_cs = "us-ascii" if m.get("entities") else cs
    html = None
    if m["layout"] != "plain":
        html = m.get("html") or render_html(wrap_els(els, m.get("wrap_html"), seed), m["platform"] if m["sender"] != "person" else None,
                                            lang, subj, m.get("preheader"), seed, html_cs,
                                            big_code=m.get("big_code", True), open_pixel=m["sender"] == "meta")
        if m.get("entities"):
            html = to_entities(html)
    breaks = m.get("breaks", [])
    lay = m["layout"]
    bnd = m.get("boundary") or {"meta": f"b1_{h(seed, 32)}", "fake": f"----=_Part_{hnum(seed, 6)}_{hnum(seed + 'p', 9)}.{int(date.timestamp())}"}.get(m["sender"], f"000000000000{h(seed, 16)}")
    if lay == "plain":
        ch, body = mk_part("text/plain", plain, cs, m["cte"], breaks)
    elif lay == "html":
        ch, body = mk_part("text/html", html, html_cs, m["html_cte"], breaks)
    elif lay in ("alt", "mixed", "alt_rel"):
        p1 = mk_part("text/plain", plain, cs, m["cte"], breaks)
        p2 = mk_part("text/html", html, html_cs, m["html_cte"], breaks)
        if lay == "alt_rel":
            png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
            img = ([f'Content-Type: image/png; name="logo.png"', "Content-Transfer-Encoding: base64",
                    f"Content-ID: <logo_{h(seed, 8)}@meta>", 'Content-Disposition: inline; filename="logo.png"'],
                   b64_body(png).encode() + b"\n")
            p2 = mk_multipart("related", [p2, img], "rel_" + bnd)
        ch, body = mk_multipart("alternative", [p1, p2], bnd)
        if lay == "mixed":
            parts = [(ch, body)]
            for ctype, fname, data in m.get("attachments", []):
                parts.append(([f'Content-Type: {ctype}; name="{fname}"', "Content-Transfer-Encoding: base64",
                               f'Content-Disposition: attachment; filename="{fname}"'], b64_body(data).encode() + b"\n"))
            ch, body = mk_multipart("mixed", parts, "mix_" + bnd)
    else:
        raise ValueError(lay)

    # ---- sender, verdict, trace
    snd = m["sender"]
    from_dom = m["from_addr"].split("@")[1]
    v = m.get("verdict")
    provider = m.get("provider", per["provider"])
    if snd == "meta":
        ip = META_IPS[int(h(seed, 4), 16) % len(META_IPS)]
        helo = f"{ip.replace('.', '-')}.mail-mail.facebook.com"
        hops = meta_hops(date, seed)
    elif snd == "fake":
        ip = f"203.0.113.{int(h(seed, 2), 16) % 250 + 1}"
        helo = m.get("fake_host")
        hops = fake_hops(date, m.get("fake_host"), seed, to_email)
    else:
        ip = f"198.51.100.{int(h(seed, 2), 16) % 250 + 1}"
        helo = m.get("helo", f"smtp.{org(from_dom)}")
        hops = [f"Received: from [192.168.1.{int(h(seed, 2), 16) % 200 + 20}] (dynamic-{h(seed, 6)}.{org(from_dom)} [192.0.2.{int(h(seed, 2), 16) % 250}])\n\tby {helo} with ESMTPSA id {h(seed, 10)}\n\tfor <{to_email}>; {rfcdate(date - dt.timedelta(seconds=2))}"]
    mailfrom = (v or {}).get("mailfrom", m["from_addr"])
    if v is None:  # no verdict at all from the receiving side
        provider = provider if provider.startswith("noauth:") else "noauth:mail." + org(to_email.split("@")[1])
        vv = dict(dkim="none", dkim_d=from_dom, spf="none", dmarc=None, from_dom=from_dom)
    else:
        vv = v
    top, tail = trace_headers(provider, to=to_email, date=date, ip=ip, helo=helo, mailfrom=mailfrom, v=vv, seed=seed,
                              sender_hops=hops, forged=m.get("forged"))

    # ---- own headers
    own = []
    dk_d = (v or {}).get("dkim_d") if (v or {}).get("dkim") in ("pass", "fail") else None
    if snd == "person" or m.get("sign_dkim", True):
        d_sign = dk_d or (org(from_dom) if snd != "fake" else None)
        if d_sign:
            own.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d={d_sign};\n\ts={dkim_sel(d_sign)}; t={int(date.timestamp())};\n"
                       f"\tbh={b64s(seed + 'bh', 43)}=;\n\th=Date:To:Subject:From:MIME-Version:Content-Type;\n\tb={b64s(seed + 'db', 70)}\n\t {b64s(seed + 'dc', 100)}")
    to_name = m.get("to_name", per["name"])
    to_hdr = addr(to_name, m.get("to_display", to_email), hcs if hcs != "us-ascii" else "utf-8", henc) if not m.get("to_bare") else m.get("to_display", to_email)
    own.append(f"Date: {rfcdate(date)}")
    own.append(f"To: {to_hdr}")
    own.append(f"Subject: {hdr_text(subj, hcs, henc)}")
    if m.get("dup_subject"):
        own.append(f"Subject: {hdr_text(m['dup_subject'], hcs, henc)}")
    if snd == "meta" or (snd == "fake" and m.get("mimic", True)):
        own += ["X-Priority: 3", "X-Mailer: ZuckMail [version 1.00]"]
    shown_name = None if m.get("no_display_name") else m["from_name"]
    own.append(f"From: {addr(shown_name, m['from_addr'], hcs if hcs != 'us-ascii' else 'utf-8', henc)}")
    if m.get("dup_from"):
        own.append(f"From: {addr(shown_name, m['dup_from'], 'utf-8', 'B')}")
    if snd == "meta":
        if m["platform"] in ("facebook", "messenger"):
            own.append(f"Reply-to: noreply <noreply@{from_dom}>")
            own.append(f"Errors-To: notification@{'facebookmail.com' if 'facebook' in from_dom else from_dom}")
            own.append(f"X-Facebook-Notify: {m.get('notify', m['kind'])}; mailid={h(seed, 14)}")
        own.append(f"Feedback-ID: {h(seed, 6)}:{m['kind']}:{m['platform']}")
        own.append("X-Auto-Response-Suppress: All")
        if m["kind"] == "other_meta" and m.get("promo"):
            own.append(f"List-Unsubscribe: <https://www.facebook.com/o.php?k={h(seed, 20)}>, <mailto:unsubscribe-{h(seed, 10)}@{from_dom}>")
        own.append(f"Message-ID: <{h(seed, 24)}.{int(date.timestamp())}@{from_dom}>")
    elif snd == "fake":
        own.append(f"Message-ID: <{h(seed, 18)}@{m.get('fake_host')}>")
    else:
        own += m.get("extra_headers", [])
        own.append(f"Message-ID: <{h(seed, 12)}-{h(seed + 'x', 8)}@{m.get('mid_host', from_dom)}>")
        own.append(m.get("ua", "User-Agent: Mozilla Thunderbird"))
    own.append("MIME-Version: 1.0")
    own += ch
    head = "\n".join(top + own + tail)
    raw = head.encode("ascii") + b"\n\n" + body
    if m.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# --------------------------------------------------------------------------------------
# the genuine timelines (authentic Meta mail), persona by persona
# --------------------------------------------------------------------------------------
AI_EU = dt.date(2025, 3, 20)  # "Meta AI available in your country since ..." (the other date a notice may mention first)

def build_genuine():
    # en - Siobhan (Google Workspace)
    NOTICE("siobhan.fb.notice", "siobhan", "facebook", "2024", "2024-05-22 13:05", "long", layout="alt", cte="qp")
    NOTICE("siobhan.ig.notice", "siobhan", "instagram", "2024", "2024-05-24 09:40", "us", layout="html", cte="qp",
           wrap_html="lig", subj=1, link_pos="mid", when_alt=True)
    CODE("siobhan.fb.code", "siobhan", "facebook", "2024-06-03 18:12", "048213", "line", layout="plain", cte="7bit")
    RECEIVED("siobhan.fb.received", "siobhan", "facebook", "2024-06-03 18:16", "1029384756473829", layout="alt", cte="b64")
    ACCEPTED("siobhan.fb.accepted", "siobhan", "facebook", "2024-06-05 07:40", "1029384756473829", subj=1, layout="alt", cte="qp")
    CODE("siobhan.ig.code", "siobhan", "instagram", "2024-06-10 20:01", "731905", "spaced", layout="alt", cte="qp", break_code=True)
    RECEIVED("siobhan.ig.received", "siobhan", "instagram", "2024-06-10 20:03", None, layout="plain", cte="8bit", subj=1)
    REFUSED("siobhan.ig.refused", "siobhan", "instagram", "2024-06-12 11:30", "m", rnd="2024", ref="5583012940",
            ref_fmt="Ticket #{ref}", layout="alt", cte="qp", wrap_html="lig", wrap_text="lig")

    # en - Rhys (Microsoft 365 with Safe Links)
    NOTICE("rhys.fb.notice", "rhys", "facebook", "2026", "2026-11-18 10:00", "wd", since=AI_EU, layout="alt", cte="qp",
           wrap_html="safelinks_lfb", wrap_text="safelinks", crlf=True, subj=2, breaks=["privacy%2Fgenai"])
    NOTICE("rhys.msgr.notice", "rhys", "messenger", "2026", "2026-11-19 16:20", "iso", layout="html", html_cte="b64",
           product="Facebook and Messenger", wrap_html="safelinks", cond=False)
    CODE("rhys.fb.code1", "rhys", "facebook", "2026-12-01 21:05", "550914", "line", passing=True, layout="alt", cte="qp",
         break_code=True, wrap_html="safelinks")
    REFUSED("rhys.fb.refused", "rhys", "facebook", "2026-12-09 09:15", "x", rnd="2026", ref="7712004455918823",
            ref_fmt="Ref.: {ref}", layout="alt", cte="qp", wrap_html="safelinks", wrap_text="safelinks", crlf=True)
    CODE("rhys.fb.code2", "rhys", "facebook", "2026-12-10 19:44", "209377", "inline", layout="plain", cte="7bit", subj_code=False)
    ACCEPTED("rhys.fb.accepted", "rhys", "facebook", "2026-12-11 08:02", None, layout="alt", cte="qp", body2=False)

    # fr - Élodie (Orange)
    NOTICE("elodie.ig.notice", "elodie", "instagram", "2025", "2025-04-15 08:30", "long", dated=True, since=AI_EU,
           layout="alt", cte="8bit", wrap_html="lig", subj=1)
    CODE("elodie.ig.code", "elodie", "instagram", "2025-05-02 17:20", "664120", "big", layout="html", html_cte="qp",
         break_code=True)
    RECEIVED("elodie.ig.received", "elodie", "instagram", "2025-05-02 17:23", "3316470985521046", ref_fmt="{label} : {ref}",
             layout="alt", charset="windows-1252", cte="qp")
    ACCEPTED("elodie.ig.accepted", "elodie", "instagram", "2025-05-06 06:55", "3316470985521046", ref_fmt="{label} : {ref}",
             layout="plain", charset="windows-1252", cte="8bit")

    # fr - Mathis (Free)
    NOTICE("mathis.fb.notice24", "mathis", "facebook", "2024", "2024-06-01 12:00", "slash", layout="plain",
           charset="windows-1252", cte="qp", link_style="line")
    ACCEPTED("mathis.fb.accepted24", "mathis", "facebook", "2024-06-20 15:10", None, layout="alt", cte="qp")
    NOTICE("mathis.fb.notice25", "mathis", "facebook", "2025", "2025-04-17 07:45", "wd", layout="alt", cte="qp",
           wrap_html="lfb", when_alt=True)
    CODE("mathis.fb.code25", "mathis", "facebook", "2025-05-20 19:02", "318862", "inline", layout="html", html_cte="qp",
         subj_code=False, big_code=False)
    RECEIVED("mathis.fb.received25", "mathis", "facebook", "2025-05-20 19:05", None, layout="plain", cte="qp", subj=1)
    REFUSED("mathis.fb.refused25", "mathis", "facebook", "2025-05-23 10:00", "x", rnd="2025", ref="5129007731846620",
            ref_fmt="Réf. : {ref}", layout="alt", cte="qp")

    # de - Katharina (GMX)
    NOTICE("katharina.fb.notice", "katharina", "facebook", "2025", "2025-04-14 09:10", "long", by=True, layout="alt", cte="qp")
    NOTICE("katharina.ig.notice", "katharina", "instagram", "2025", "2025-04-16 11:30", "wd", layout="html",
           charset="iso-8859-1", html_cte="qp", wrap_html="lig", subj=1, breaks=["1026228088981578"])
    CODE("katharina.ig.code", "katharina", "instagram", "2025-05-10 16:40", "902144", "big", layout="alt", cte="qp",
         break_code=True)
    RECEIVED("katharina.ig.received", "katharina", "instagram", "2025-05-10 16:44", "8801726354091827", layout="alt", cte="b64")
    ACCEPTED("katharina.ig.accepted", "katharina", "instagram", "2025-05-13 07:05", "8801726354091827", layout="alt", cte="qp")

    # de - Lukas (own company server: DKIM and SPF only, Proofpoint URL Defense)
    NOTICE("lukas.fb.notice", "lukas", "facebook", "2026", "2026-11-24 08:00", "dot", layout="alt", cte="qp",
           wrap_html="pp3", wrap_text="pp3", crlf=True, subj=1)
    CODE("lukas.fb.code1", "lukas", "facebook", "2026-12-03 20:11", "007431", "line", layout="plain", cte="qp", break_code=True)
    RECEIVED("lukas.fb.received1", "lukas", "facebook", "2026-12-03 20:15", "4471920385", ref_fmt="{label} {ref}", layout="alt")
    REFUSED("lukas.fb.refused1", "lukas", "facebook", "2026-12-07 09:30", "m", rnd="2026", ref="4471920385",
            ref_fmt="{label} {ref}", layout="alt", wrap_html="pp2", wrap_text="pp2")
    CODE("lukas.fb.code2", "lukas", "facebook", "2026-12-08 18:00", "583160", "spaced", layout="html", html_cte="qp")
    RECEIVED("lukas.fb.received2", "lukas", "facebook", "2026-12-08 18:03", "4471920386", layout="alt", cte="8bit")
    REFUSED("lukas.fb.refused2", "lukas", "facebook", "2026-12-14 10:20", "x", ref="4471920386", link=False, layout="alt")

    # es - Alejandro (Outlook, no link rewriting)
    NOTICE("alejandro.fb.notice", "alejandro", "facebook", "2024", "2024-05-28 14:00", "long", layout="alt", cte="qp", wrap_html="lfb")
    NOTICE("alejandro.ig.notice", "alejandro", "instagram", "2024", "2024-05-29 15:00", "wd", dated=True, layout="plain",
           charset="windows-1252", cte="8bit", subj=1)
    CODE("alejandro.fb.code", "alejandro", "facebook", "2024-06-14 19:30", "415027", "line", layout="alt", cte="b64")
    RECEIVED("alejandro.fb.received", "alejandro", "facebook", "2024-06-14 19:34", "6620193847561203", layout="alt", cte="qp")
    ACCEPTED("alejandro.fb.accepted", "alejandro", "facebook", "2024-06-18 08:00", "6620193847561203", layout="alt", cte="qp")
    CODE("alejandro.ig.code", "alejandro", "instagram", "2024-06-25 21:00", "860311", "spaced", passing=True, layout="html", html_cte="8bit")
    RECEIVED("alejandro.ig.received", "alejandro", "instagram", "2024-06-25 21:03", "6620193847561999", ref_fmt="{label} {ref}",
             layout="plain", cte="qp")
    REFUSED("alejandro.ig.refused", "alejandro", "instagram", "2024-07-02 09:00", "x", rnd="2024", ref="6620193847561999",
            layout="alt", cte="qp")

    # it - Chiara (Gmail)
    NOTICE("chiara.ig.notice", "chiara", "instagram", "2025", "2025-04-22 10:00", "slash", layout="alt", cte="qp", wrap_html="lig")
    NOTICE("chiara.fb.notice", "chiara", "facebook", "2025", "2025-04-23 10:00", "long", since=AI_EU, layout="html",
           entities=True, html_cte="7bit", subj=1)
    CODE("chiara.fb.code", "chiara", "facebook", "2025-05-26 17:50", "238804", "line", layout="plain", cte="8bit")
    RECEIVED("chiara.fb.received", "chiara", "facebook", "2025-05-26 17:53", "9183726450012345", layout="alt", cte="qp")
    ACCEPTED("chiara.fb.accepted", "chiara", "facebook", "2025-05-28 08:10", "9183726450012345", layout="alt", cte="qp")
    CODE("chiara.ig.code", "chiara", "instagram", "2025-05-26 18:20", "574012", "big", layout="alt", cte="qp", break_code=True)
    RECEIVED("chiara.ig.received", "chiara", "instagram", "2025-05-26 18:24", None, layout="alt", cte="b64")
    REFUSED("chiara.ig.refused", "chiara", "instagram", "2025-05-30 09:00", "m", rnd="2025", layout="alt", cte="qp",
            wrap_html="lig")

    # nl - Sanne (iCloud, custom domain)
    NOTICE("sanne.fb.notice", "sanne", "facebook", "2026", "2026-11-20 10:00", "long", by=True, layout="alt", cte="qp",
           to_display="Sanne.Bakker@Example.nl")
    NOTICE("sanne.ig.notice", "sanne", "instagram", "2026", "2026-11-21 10:00", "dash", layout="plain", cte="8bit", subj=1)
    CODE("sanne.fb.code", "sanne", "facebook", "2026-11-30 19:00", "126650", "inline", layout="alt", cte="qp")
    RECEIVED("sanne.fb.received", "sanne", "facebook", "2026-11-30 19:04", "2209471836500117", layout="alt", cte="qp",
             to_display="SANNE.BAKKER@EXAMPLE.NL")
    ACCEPTED("sanne.fb.accepted", "sanne", "facebook", "2026-12-02 08:00", "2209471836500117", layout="html", html_cte="qp")
    CODE("sanne.ig.code", "sanne", "instagram", "2026-12-01 20:00", "031178", "line", layout="alt", cte="qp", break_code=True)
    RECEIVED("sanne.ig.received", "sanne", "instagram", "2026-12-01 20:03", "2209471836500228", ref_fmt="{label} {ref}",
             layout="alt", cte="b64")
    REFUSED("sanne.ig.refused", "sanne", "instagram", "2026-12-04 09:00", "x", rnd="2026", ref="2209471836500228",
            layout="alt", cte="qp")

    # pt - João (Gmail)
    NOTICE("joao.fb.notice", "joao", "facebook", "2024", "2024-05-30 13:00", "long", layout="alt_rel", cte="qp")
    NOTICE("joao.ig.notice", "joao", "instagram", "2025", "2025-04-25 13:00", "slash", since=AI_EU, layout="html",
           html_cte="qp", wrap_html="lig", subj=1)
    CODE("joao.fb.code", "joao", "facebook", "2024-06-18 20:00", "992350", "big", layout="html", html_cte="b64")
    RECEIVED("joao.fb.received", "joao", "facebook", "2024-06-18 20:04", "4509182736450918", layout="alt", cte="qp")
    ACCEPTED("joao.fb.accepted", "joao", "facebook", "2024-06-21 09:00", "4509182736450918", layout="alt", cte="8bit")
    REFUSED("joao.ig.refused", "joao", "instagram", "2025-05-21 10:00", "m", rnd="2025", layout="alt", cte="qp")

    # pl - Agnieszka (company server, ISO-8859-2)
    NOTICE("agnieszka.fb.notice", "agnieszka", "facebook", "2025", "2025-04-14 07:00", "long", layout="plain",
           charset="iso-8859-2", cte="qp", link_style="angle")
    NOTICE("agnieszka.ig.notice", "agnieszka", "instagram", "2025", "2025-04-15 07:00", "wd", layout="alt",
           charset="iso-8859-2", cte="qp", wrap_html="lig", subj=1)
    CODE("agnieszka.fb.code1", "agnieszka", "facebook", "2025-05-05 18:00", "440981", "line", layout="alt", cte="qp")
    RECEIVED("agnieszka.fb.received", "agnieszka", "facebook", "2025-05-05 18:04", "7351904826615530", layout="alt",
             charset="iso-8859-2", cte="b64")
    REFUSED("agnieszka.fb.refused", "agnieszka", "facebook", "2025-05-09 08:00", "x", rnd="2025", ref="7351904826615530",
            layout="alt", charset="iso-8859-2", cte="qp")
    CODE("agnieszka.fb.code2", "agnieszka", "facebook", "2025-05-12 17:30", "615273", "spaced", layout="alt", cte="qp")
    ACCEPTED("agnieszka.fb.accepted", "agnieszka", "facebook", "2025-05-15 08:00", "7351904826615771", layout="alt",
             charset="iso-8859-2", cte="qp")
    REFUSED("agnieszka.ig.refused", "agnieszka", "instagram", "2025-05-20 09:00", "m", link=False, layout="plain",
            charset="iso-8859-2", cte="8bit")

    # ro - Andreea (Yahoo)
    NOTICE("andreea.fb.notice24", "andreea", "facebook", "2024", "2024-05-30 09:00", "long", layout="alt", cte="qp")
    CODE("andreea.fb.code24", "andreea", "facebook", "2024-06-11 18:00", "781105", "line", layout="plain",
         charset="iso-8859-2", cte="8bit")
    RECEIVED("andreea.fb.received24", "andreea", "facebook", "2024-06-11 18:04", "3857201946612034", layout="alt", cte="qp")
    ACCEPTED("andreea.fb.accepted24", "andreea", "facebook", "2024-06-13 08:00", "3857201946612034", layout="alt", cte="qp")
    NOTICE("andreea.fb.notice25", "andreea", "facebook", "2025", "2025-04-18 09:00", "dot", since=AI_EU, layout="html",
           charset="iso-8859-2", html_cte="qp", subj=1)
    CODE("andreea.fb.code25", "andreea", "facebook", "2025-05-14 19:00", "266420", "inline", layout="alt", cte="qp", crlf=True)
    REFUSED("andreea.fb.refused25", "andreea", "facebook", "2025-05-16 09:00", "x", rnd="2025", ref="3857201946619981",
            ref_label="Număr de caz", layout="alt", cte="qp")

    # bg - Georgi (Gmail)
    NOTICE("georgi.fb.notice", "georgi", "facebook", "2025", "2025-04-16 08:00", "long", layout="alt", cte="b64")
    CODE("georgi.fb.code1", "georgi", "facebook", "2025-05-08 17:00", "130592", "big", layout="alt", cte="qp")
    RECEIVED("georgi.fb.received", "georgi", "facebook", "2025-05-08 17:04", "5561029384756102", layout="alt", cte="b64")
    REFUSED("georgi.fb.refused", "georgi", "facebook", "2025-05-10 09:00", "x", rnd="2025", ref="5561029384756102",
            layout="alt", cte="qp", wrap_html="lfb")
    CODE("georgi.fb.code2", "georgi", "facebook", "2025-05-11 18:00", "804467", "line", layout="plain", cte="b64")
    ACCEPTED("georgi.fb.accepted", "georgi", "facebook", "2025-05-12 08:00", None, layout="alt", cte="qp")
    NOTICE("georgi.ig.notice", "georgi", "instagram", "2026", "2026-11-23 10:00", "dot", layout="plain", cte="qp", subj=1)
    RECEIVED("georgi.ig.received", "georgi", "instagram", "2026-12-01 19:00", "5561029384757777", ref_fmt="{label} {ref}",
             layout="alt", cte="qp")

    # el - Eleni (Outlook, ISO-8859-7)
    NOTICE("eleni.ig.notice", "eleni", "instagram", "2024", "2024-05-27 09:00", "long", layout="alt", charset="iso-8859-7", cte="qp")
    NOTICE("eleni.fb.notice", "eleni", "facebook", "2024", "2024-05-28 09:00", "wd", layout="html", html_cte="b64",
           wrap_html="lfb", subj=1)
    CODE("eleni.ig.code", "eleni", "instagram", "2024-06-07 18:00", "357118", "line", layout="plain", charset="iso-8859-7", cte="8bit")
    RECEIVED("eleni.ig.received", "eleni", "instagram", "2024-06-07 18:04", "6102938475610293", layout="alt",
             charset="iso-8859-7", cte="qp", crlf=True)
    REFUSED("eleni.ig.refused", "eleni", "instagram", "2024-06-12 09:00", "x", rnd="2024", ref="6102938475610293",
            layout="alt", cte="qp")
    ACCEPTED("eleni.fb.accepted", "eleni", "facebook", "2024-06-15 08:00", None, layout="alt", charset="iso-8859-7", cte="b64")

    # hu - Eszter (Fastmail, ISO-8859-2)
    NOTICE("eszter.fb.notice", "eszter", "facebook", "2025", "2025-04-15 08:00", "long", layout="alt", charset="iso-8859-2", cte="qp")
    CODE("eszter.fb.code", "eszter", "facebook", "2025-05-06 18:00", "079921", "spaced", layout="alt", cte="qp")
    RECEIVED("eszter.fb.received", "eszter", "facebook", "2025-05-06 18:04", "2817364509182736", layout="alt",
             charset="iso-8859-2", cte="qp")
    ACCEPTED("eszter.fb.accepted", "eszter", "facebook", "2025-05-09 08:00", "2817364509182736", layout="plain",
             charset="iso-8859-2", cte="qp")
    NOTICE("eszter.wa.notice", "eszter", "whatsapp", "2026", "2026-11-25 10:00", "iso", layout="html", html_cte="qp",
           product="WhatsApp")
    RECEIVED("eszter.wa.received", "eszter", "whatsapp", "2026-12-02 18:00", "2817364509189999", layout="alt", cte="qp")
    REFUSED("eszter.wa.refused", "eszter", "whatsapp", "2026-12-05 09:00", "m", rnd="2026", layout="alt", cte="qp")

    # cs - Tomáš (Proton, ISO-8859-2)
    NOTICE("tomas.fb.notice", "tomas", "facebook", "2026", "2026-11-20 09:00", "long", layout="alt", charset="iso-8859-2", cte="qp")
    NOTICE("tomas.ig.notice", "tomas", "instagram", "2026", "2026-11-21 09:00", "wd", layout="html", html_cte="qp", subj=1,
           crlf=True)
    CODE("tomas.fb.code", "tomas", "facebook", "2026-11-28 19:00", "640028", "line", layout="plain", charset="iso-8859-2", cte="qp")
    CODE("tomas.ig.code", "tomas", "instagram", "2026-11-28 19:20", "118736", "big", layout="alt", cte="qp")
    RECEIVED("tomas.fb.received", "tomas", "facebook", "2026-11-28 19:04", "9081726354019283", layout="alt", cte="qp")
    ACCEPTED("tomas.fb.accepted", "tomas", "facebook", "2026-12-01 08:00", "9081726354019283", layout="alt",
             charset="iso-8859-2", cte="qp")
    REFUSED("tomas.ig.refused", "tomas", "instagram", "2026-12-02 09:00", "x", rnd="2026", layout="alt", cte="qp")

    # sv - Linnea (iCloud)
    NOTICE("linnea.ig.notice25", "linnea", "instagram", "2025", "2025-04-17 09:00", "long", layout="alt", cte="qp")
    CODE("linnea.ig.code25", "linnea", "instagram", "2025-05-19 18:00", "485503", "line", layout="alt", cte="qp")
    RECEIVED("linnea.ig.received25", "linnea", "instagram", "2025-05-19 18:04", "3019283746501928", layout="alt", cte="qp")
    ACCEPTED("linnea.ig.accepted25", "linnea", "instagram", "2025-05-21 08:00", "3019283746501928", layout="alt", cte="qp")
    NOTICE("linnea.ig.notice26", "linnea", "instagram", "2026", "2026-11-22 10:00", "iso", since=AI_EU, layout="html",
           html_cte="qp", subj=1)
    RECEIVED("linnea.ig.received26", "linnea", "instagram", "2026-12-01 18:00", "3019283746509999", ref_fmt="{label} {ref}",
             layout="plain", cte="8bit")
    ACCEPTED("linnea.ig.accepted26", "linnea", "instagram", "2026-12-04 08:00", "3019283746509999", layout="alt", cte="b64")
    REFUSED("linnea.fb.refused26", "linnea", "facebook", "2026-12-10 09:00", "x", rnd="2026", ref="3019283746512345",
            layout="alt", cte="qp")

    # fi - Aino (Outlook)
    NOTICE("aino.fb.notice", "aino", "facebook", "2025", "2025-04-16 07:00", "long", layout="alt", cte="qp")
    NOTICE("aino.ig.notice", "aino", "instagram", "2025", "2025-04-17 07:00", "wd", layout="plain", charset="windows-1252",
           cte="8bit", subj=1)
    CODE("aino.fb.code", "aino", "facebook", "2025-05-22 17:00", "302846", "big", layout="html", html_cte="qp")
    RECEIVED("aino.fb.received", "aino", "facebook", "2025-05-22 17:04", "7465019283746510", layout="alt", cte="qp")
    ACCEPTED("aino.fb.accepted", "aino", "facebook", "2025-05-26 08:00", "7465019283746510", layout="alt", cte="qp")
    REFUSED("aino.ig.refused", "aino", "instagram", "2025-05-26 10:00", "m", rnd="2025", layout="alt", cte="qp", wrap_html="lig")

    # en - an undated Meta-wide reminder (policy_notice without a date: deadline null)
    NOTICE("siobhan.meta.reminder", "siobhan", "meta", None, "2024-06-14 09:00", "long", layout="alt", cte="qp",
           product="Facebook and Instagram", sign_product="Meta", cond=True, already=True,
           subject="A reminder about your right to object to the use of your information for AI at Meta",
           undated_text="We'll begin using this information in the coming weeks, once the update to our Privacy Policy applies in your region.")


# --------------------------------------------------------------------------------------
# fakes: content of an objection kind, sender not authenticated as Meta
# --------------------------------------------------------------------------------------
URGENT = {
    "en": "Important: if you do not confirm your choice within 48 hours, your account may be restricted.",
    "de": "Wichtig: Wenn du deine Auswahl nicht innerhalb von 48 Stunden bestätigst, kann dein Konto eingeschränkt werden.",
    "it": "Importante: se non confermi la tua scelta entro 48 ore, il tuo account potrebbe essere limitato.",
    "fr": "Important : sans confirmation de votre choix sous 48 heures, votre compte pourra être restreint.",
}


def pass_for(dom, policy="NONE", dmarc=True):
    return dict(dkim="pass", dkim_d=dom, spf="pass", dmarc="pass" if dmarc else None, from_dom=dom, policy=policy)


def build_fakes():
    m = NOTICE("fake.en.notice", "rhys", "facebook", "2026", "2026-11-26 14:10", "long", layout="html", html_cte="qp",
               url="https://fb-privacyteam.com/objection/form?uid=88213")
    m["els"].insert(3, ("p", URGENT["en"]))
    fake(m, from_name="Facebook", from_addr="privacy-notice@fb-privacyteam.com", v=pass_for("fb-privacyteam.com"))

    m = NOTICE("fake.de.notice", "katharina", "meta", "2025", "2025-05-19 06:30", "dot", layout="alt", cte="qp",
               url="https://rneta.com/de/widerspruch", product="Facebook und Instagram", sign_product="Meta")
    m["els"].insert(3, ("p", URGENT["de"]))
    fake(m, from_name="Meta", from_addr="datenschutz@rneta.com", v=pass_for("rneta.com"))

    m = NOTICE("fake.it.notice", "chiara", "instagram", "2025", "2025-05-02 05:12", "long", layout="html", html_cte="qp",
               wrap_html="lig")
    fake(m, from_name="Instagram", from_addr="no-reply@mail.instagram.com",
         v=dict(dkim="none", dkim_d="mail.instagram.com", spf="fail", dmarc="fail", from_dom="mail.instagram.com", policy="REJECT"),
         host="mta7.bulkmail-relay.example")

    m = NOTICE("fake.fr.notice", "lea", "facebook", "2024", "2024-06-18 22:40", "long", layout="plain", cte="8bit",
               url="https://www.facebook.com.opposition-ia.fr/help/contact/712876720715583")
    m["els"].insert(3, ("p", URGENT["fr"]))
    fake(m, from_name="Facebook", from_addr="securite@facebook-support-team.com", v=None)

    m = CODE("fake.pl.code", "agnieszka", "facebook", "2025-05-06 03:15", "551204", "line", layout="alt", cte="qp")
    fake(m, from_name="Facebook", from_addr="no-reply@weryfikacja-facebook.pl", v=pass_for("weryfikacja-facebook.pl"))

    m = CODE("fake.en.code", "siobhan", "facebook", "2024-06-04 02:20", "662019", "big", layout="html", html_cte="qp")
    fake(m, from_name="Facebook", from_addr="security@facebookmail.com",
         v=dict(dkim="pass", dkim_d="facebookmail.com", spf="softfail", dmarc="pass", from_dom="facebookmail.com", policy="REJECT"),
         dup_from="security@facebookmail-alerts.com", host="smtp.facebookmail-alerts.com")

    m = RECEIVED("fake.es.received", "alejandro", "facebook", "2024-06-15 11:00", "7730019283746651", layout="alt", cte="qp")
    fake(m, from_name="Facebook", from_addr="notificaciones@facebook-legal-eu.com", v=pass_for("facebook-legal-eu.com"))

    m = RECEIVED("fake.nl.received", "sanne", "instagram", "2026-12-05 07:30", "2209471836500999", layout="alt", cte="qp")
    fake(m, from_name="Instagram", from_addr="no-reply@mail.instagram.com",
         v=dict(dkim="none", dkim_d="mail.instagram.com", spf="fail", dmarc="fail", from_dom="mail.instagram.com", policy="REJECT"),
         forged=("Authentication-Results: mx.instagram.com;\n\tdkim=pass header.d=instagram.com header.s=s1024-2013-q3;\n"
                 "\tspf=pass smtp.mailfrom=no-reply@mail.instagram.com;\n\tdmarc=pass (p=REJECT) header.from=mail.instagram.com"),
         host="relay.mailout-cluster.example")

    m = ACCEPTED("fake.fr.accepted", "lea", "facebook", "2024-06-21 16:00", "2890612277340051", ref_fmt="{label} : {ref}",
                 layout="alt", cte="qp")
    fake(m, from_name="Facebook", from_addr="noreply@support.facebook.com", v=None,
         forged=("Authentication-Results: mx.facebook.com; dkim=pass header.d=facebook.com;\n"
                 "\tspf=pass smtp.mailfrom=support.facebook.com; dmarc=pass (p=REJECT) header.from=support.facebook.com"),
         host="vps-4471.hosting-cheap.example")

    m = ACCEPTED("fake.sv.accepted", "linnea", "whatsapp", "2025-05-20 12:00", None, layout="html", html_cte="qp")
    fake(m, from_name="WhatsApp", from_addr="privacy@whatsapp.com",
         v=dict(dkim="pass", dkim_d="sendgrid.net", spf="pass", dmarc="fail", from_dom="whatsapp.com", policy="REJECT",
                mailfrom="bounces+4471920@em8812.sendgrid.net"), host="o1.ptr8812.sendgrid.net")

    m = ACCEPTED("fake.bg.accepted", "georgi", "instagram", "2026-12-02 06:45", None, layout="alt", cte="b64")
    fake(m, from_name="Instagram", from_addr="privacy@instagram-privacy-center.com", v=pass_for("instagram-privacy-center.com"))

    m = REFUSED("fake.de.refused", "lukas", "facebook", "2026-12-10 05:00", "x", ref="FB-DE-2026-88213",
                url="https://facebook-widerspruch.de/neuer-antrag", layout="alt", cte="qp")
    fake(m, from_name="Facebook Datenschutz", from_addr="datenschutz@facebook-widerspruch.de",
         v=pass_for("facebook-widerspruch.de", dmarc=False))

    m = REFUSED("fake.el.refused", "eleni", "meta", "2024-06-13 04:00", "m", ref="6102938475619999", link=False,
                layout="alt", cte="qp")
    fake(m, from_name="Meta", from_addr="privacy@meta.com",
         v=dict(dkim="none", dkim_d="meta.com", spf="fail", dmarc="fail", from_dom="meta.com", policy="REJECT"),
         host="mail.gr-promo-sender.example")


# --------------------------------------------------------------------------------------
# other_meta: Meta mail that is not part of the objection flow
# --------------------------------------------------------------------------------------

def om(key, pk, platform, when, subject, body_els, from_name, from_addr, authentic=True, promo=False, **o):
    per = P[pk]
    lang = o.pop("lang", per["lang"])
    els = list(body_els) + [meta_footer(lang, platform, per["email"], promo=promo, seed=key)]
    return CUSTOM(key, pk, "other_meta", platform, when, subject, els, sender="meta", from_name=from_name,
                  from_addr=from_addr, authentic=authentic, promo=promo, lang=lang, **o)


def build_other_meta():
    om("om.en.login", "rhys", "facebook", "2026-10-03 07:41", "481027 is your Facebook login code",
       [("p", "Hi Rhys,"), ("p", "Someone tried to log in to your Facebook account from Chrome on Windows near Cardiff, United Kingdom. To finish logging in, enter this login code:"),
        ("code", "481027", "line"), ("p", "If this wasn't you, change your password now. Never share this code with anyone, including people who say they work for Facebook."),
        ("sign", "The Facebook team")], "Facebook", "security@facebookmail.com", layout="alt", cte="qp", notify="login_code")
    om("om.de.2fa", "katharina", "instagram", "2025-03-02 19:22", "Dein Instagram-Sicherheitscode",
       [("p", "Hallo Katharina,"), ("p", "verwende diesen Sicherheitscode, um die Anmeldung bei deinem Instagram-Konto @katha.vogel abzuschließen:"),
        ("code", "302118", "spaced"), ("p", "Wenn du nicht versucht hast, dich anzumelden, ändere bitte sofort dein Passwort."),
        ("sign", "Das Instagram-Team")], "Instagram", "security@mail.instagram.com", layout="html", html_cte="qp")
    om("om.fr.reset", "mathis", "facebook", "2025-02-11 21:05", "Demande de réinitialisation du mot de passe",
       [("p", "Bonjour Mathis,"), ("p", "Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Facebook. Saisissez le code suivant pour choisir un nouveau mot de passe :"),
        ("code", "620593", "line"), ("link", "Modifier le mot de passe", "https://www.facebook.com/recover/code/?u=100087723451&n=620593", "button"),
        ("p", "Vous n’êtes pas à l’origine de cette demande ? Ignorez cet e-mail ou signalez-le-nous."),
        ("sign", "L’équipe Facebook")], "Facebook", "security@facebookmail.com", layout="alt", cte="qp", notify="password_reset")
    om("om.pl.login", "agnieszka", "facebook", "2025-03-03 20:16", "Nowe logowanie na Facebooku z urządzenia Firefox w systemie Linux",
       [("p", "Witaj Agnieszka,"), ("p", "zauważyliśmy logowanie na Twoje konto z nowego urządzenia."),
        ("p", "Urządzenie: Firefox, Linux\nLokalizacja: Kraków, Polska\nCzas: 3 marca 2025 r. o 21:14"),
        ("p", "Jeśli to Ty, możesz zignorować tę wiadomość. Jeśli nie, zabezpiecz swoje konto."),
        ("link", "Zabezpiecz konto", "https://www.facebook.com/checkpoint/securitycheck/?nonce=AbXk29", "a"),
        ("sign", "Zespół Facebooka")], "Facebook", "security@facebookmail.com", layout="plain", charset="iso-8859-2", cte="qp")
    om("om.es.tag", "alejandro", "instagram", "2024-09-14 18:33", "lauramtz_88 te ha etiquetado en una publicación",
       [("p", "Hola, Alejandro:"), ("p", "lauramtz_88 te ha etiquetado en una foto: «Cena de antiguos alumnos 🎉»."),
        ("link", "Ver publicación", "https://www.instagram.com/p/C8xYz12AbCd/", "button"),
        ("sign", "El equipo de Instagram")], "Instagram", "no-reply@mail.instagram.com", layout="html", html_cte="8bit", promo=True)
    om("om.it.memories", "chiara", "facebook", "2025-06-09 06:00", "Chiara, hai dei ricordi da rivedere oggi",
       [("p", "Ciao Chiara,"), ("p", "Oggi ricordiamo i tuoi post di 6 anni fa, tra cui le foto della gita alle Cinque Terre."),
        ("link", "Guarda i tuoi ricordi", "https://www.facebook.com/onthisday/", "button"),
        ("sign", "Il team di Facebook")], "Facebook", "notification@facebookmail.com", layout="alt_rel", cte="qp", promo=True, notify="memories")
    om("om.nl.password", "sanne", "meta", "2026-10-12 15:02", "Je wachtwoord is gewijzigd",
       [("p", "Hallo Sanne,"), ("p", "Het wachtwoord voor je accounts in het Accountcentrum is op 12 oktober 2026 om 17:02 gewijzigd."),
        ("p", "Was jij dit niet? Beveilig dan meteen je account."),
        ("link", "Account beveiligen", "https://accountscenter.facebook.com/password_and_security/", "a"),
        ("sign", "Meta Accountcentrum")], "Meta", "security@facebookmail.com", layout="alt", cte="b64")
    om("om.pt.business", "joao", "meta", "2024-10-08 16:00", "5 ideias para fazer crescer a tua Página este mês",
       [("p", "Olá, João:"), ("p", "Preparámos cinco ideias para ajudar a tua Página a chegar a mais pessoas: publica com regularidade, experimenta Reels, responde às mensagens, usa a agenda de publicações e analisa as estatísticas."),
        ("link", "Ver as dicas", "https://www.facebook.com/business/news/", "button"),
        ("sign", "Meta for Business")], "Meta for Business", "advertise-noreply@support.facebook.com", layout="html", html_cte="qp", promo=True)
    om("om.sv.marketing", "linnea", "instagram", "2025-09-02 12:00", "Nyheter på Instagram: nya redigeringsverktyg för Reels",
       [("p", "Hej Linnea!"), ("p", "Nu kan du klippa, lägga till musik och texta dina Reels direkt i appen. Testa de nya verktygen i dag."),
        ("link", "Öppna Instagram", "https://www.instagram.com/", "button"),
        ("sign", "Instagram-teamet")], "Instagram", "no-reply@mail.instagram.com", layout="html", html_cte="qp", promo=True)
    om("om.fi.notifications", "aino", "facebook", "2025-01-20 17:45", "Sinulla on 4 uutta ilmoitusta",
       [("p", "Hei Aino,"), ("p", "Facebookissa on tapahtunut paljon sen jälkeen, kun kirjauduit viimeksi sisään:"),
        ("p", "• Mikko Laine kommentoi kuvaasi\n• 2 kaveripyyntöä\n• Tampereen lintuharrastajat -ryhmässä on uusi julkaisu"),
        ("link", "Näytä ilmoitukset", "https://www.facebook.com/notifications/", "button"),
        ("sign", "Facebook-tiimi")], "Facebook", "notification@facebookmail.com", layout="alt", cte="qp", promo=True)
    om("om.ro.login", "andreea", "facebook", "2025-01-05 08:11", "Codul tău de conectare Facebook",
       [("p", "Bună, Andreea,"), ("p", "Cineva încearcă să se conecteze la contul tău Facebook. Codul de conectare este 774310. Nu îl comunica nimănui."),
        ("p", "Dacă nu ai fost tu, schimbă-ți parola."), ("sign", "Echipa Facebook")],
       "Facebook", "security@facebookmail.com", layout="plain", cte="8bit")
    om("om.bg.alert", "georgi", "facebook", "2025-02-18 22:03", "Открихме необичайна активност в профила ви",
       [("p", "Здравейте, Георги,"), ("p", "Забелязахме опит за влизане в профила ви от непознато устройство в Пловдив. Временно заключихме профила, за да го защитим."),
        ("link", "Проверете активността", "https://www.facebook.com/checkpoint/", "button"),
        ("sign", "Екипът на Facebook")], "Facebook", "security@facebookmail.com", layout="alt", cte="b64")
    om("om.el.login", "eleni", "instagram", "2024-11-02 10:30", "Νέα σύνδεση στο Instagram από Safari σε iPhone",
       [("p", "Γεια σας Ελένη,"), ("p", "Εντοπίσαμε νέα σύνδεση στον λογαριασμό σας από Safari σε iPhone κοντά στη Θεσσαλονίκη."),
        ("p", "Αν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Αν όχι, αλλάξτε τον κωδικό πρόσβασής σας."),
        ("sign", "Η ομάδα του Instagram")], "Instagram", "security@mail.instagram.com", layout="alt", charset="iso-8859-7", cte="qp")
    om("om.hu.messenger", "eszter", "messenger", "2025-05-07 19:55", "Kiss Dóra üzenetet küldött neked",
       [("p", "Kiss Dóra üzenetet küldött neked:"), ("p", "„Szia Eszter! Te beküldted már a tiltakozást a Metának? Én tegnap megcsináltam, elég gyorsan ment.”"),
        ("link", "Válasz", "https://www.messenger.com/t/100044871920/", "button"),
        ("sign", "A Messenger csapata")], "Messenger", "notification@facebookmail.com", layout="alt", cte="qp", notify="msg")
    om("om.cs.tag", "tomas", "facebook", "2026-08-15 11:20", "Petra Svobodová vás označila na fotce",
       [("p", "Dobrý den,"), ("p", "Petra Svobodová vás označila na fotce v albu „Krkonoše 2026“."),
        ("link", "Zobrazit fotku", "https://www.facebook.com/photo/?fbid=10161234567890123", "button"),
        ("sign", "Tým Facebooku")], "Facebook", "notification@facebookmail.com", layout="alt", charset="iso-8859-2", cte="qp",
       notify="tag")
    om("om.en.newsletter", "siobhan", "meta", "2024-07-10 15:00", "Your privacy, your choices: three things to check this summer",
       [("p", "Hi Siobhan,"), ("p", "Summer is a good time for a quick privacy tune-up. Here are three things you can do in a few minutes:"),
        ("p", "1. Take a Privacy Checkup to review who can see your posts.\n2. Turn on two-factor authentication in Accounts Center.\n3. Check which apps and websites you've logged in to with Facebook."),
        ("p", "Curious how Meta AI works? Our Privacy Center explains the basics in plain language."),
        ("link", "Visit the Privacy Center", "https://www.facebook.com/privacy/center/", "button"),
        ("sign", "The Meta Privacy team")], "Meta Privacy", "privacy-updates@mail.meta.com", layout="alt", cte="qp", promo=True)
    # fake / unauthenticated other_meta
    m = om("om.fr.fake", "lea", "facebook", "2024-09-30 03:12", "Votre compte sera désactivé dans 24 heures",
           [("p", "Cher utilisateur,"), ("p", "Nous avons détecté une activité suspecte sur votre compte. Sans vérification de votre part, il sera désactivé dans 24 heures."),
            ("link", "Vérifier mon compte", "https://facebook-securite-compte.fr/verification", "button"),
            ("sign", "Centre de sécurité Facebook")], "Facebook", "alerte@facebook-securite-compte.fr", authentic=False,
           layout="html", html_cte="qp")
    fake(m, from_name="Facebook", from_addr="alerte@facebook-securite-compte.fr", v=None)
    m = om("om.en.fake", "siobhan", "instagram", "2024-08-22 01:48", "Copyright infringement notice for your account",
           [("p", "Dear user,"), ("p", "We received a copyright complaint about one of your recent posts. If you believe this is a mistake, submit an appeal within 24 hours or your account will be permanently removed."),
            ("link", "Submit appeal", "https://instagram-help-desk.com/appeal?case=44812", "button"),
            ("sign", "Instagram Copyright Team")], "Instagram", "copyright@instagram-help-desk.com", authentic=False,
           layout="alt", cte="qp")
    fake(m, from_name="Instagram", from_addr="copyright@instagram-help-desk.com", v=pass_for("instagram-help-desk.com"))
    m = om("om.de.spfonly", "lukas", "facebook", "2026-09-21 16:40", "Personen, die du vielleicht kennst",
           [("p", "Hallo Lukas,"), ("p", "Diese Personen nutzen Facebook und du kennst sie vielleicht: Jana Hoffmann, Timo Krause und 5 weitere."),
            ("link", "Freunde finden", "https://www.facebook.com/friends/suggestions/", "button"),
            ("sign", "Das Facebook-Team")], "Facebook", "notification@facebookmail.com", authentic=False, layout="alt", cte="qp",
           promo=True, sign_dkim=False)
    m["verdict"] = dict(dkim="none", dkim_d="facebookmail.com", spf="pass", dmarc=None, from_dom="facebookmail.com")
    om("om.fr.dyi", "elodie", "instagram", "2025-04-30 12:10", "Vos informations Instagram sont prêtes au téléchargement",
       [("p", "Bonjour Élodie,"), ("p", "Le fichier de vos informations que vous avez demandé le 28 avril 2025 est prêt. Il restera disponible pendant 4 jours."),
        ("link", "Télécharger vos informations", "https://accountscenter.instagram.com/info_and_permissions/dyi/", "button"),
        ("sign", "L’équipe Instagram")], "Instagram", "security@mail.instagram.com", layout="alt", cte="qp")


# --------------------------------------------------------------------------------------
# unrelated: personal mail, forwards, replies, newsletters that discuss the objection, shops
# --------------------------------------------------------------------------------------

def newsletter_html(title, paras, links, brand, color="#0b5394", charset="utf-8"):
    ps = "".join(f'<p style="margin:0 0 14px 0;font:15px/1.5 Georgia,serif;color:#222">{esc(p)}</p>' for p in paras)
    ls = "".join(f'<p style="margin:0 0 10px 0"><a href="{esc(u)}" style="color:{color};font:bold 15px Arial,sans-serif">{esc(a)}</a></p>' for a, u in links)
    return (f'<html><head><meta charset="{charset}"><title>{esc(title)}</title></head><body style="background:#f4f4f4;margin:0">'
            f'<center><div style="max-width:600px;background:#fff;text-align:left;padding:24px">'
            f'<div style="font:bold 22px Arial,sans-serif;color:{color};border-bottom:3px solid {color};padding-bottom:8px;margin-bottom:18px">{esc(brand)}</div>'
            f'<h1 style="font:bold 20px Arial,sans-serif;margin:0 0 16px 0">{esc(title)}</h1>{ps}{ls}'
            f'<p style="font:11px Arial,sans-serif;color:#888;margin-top:30px">Abmelden / unsubscribe: https://{brand.lower().replace(" ", "")}.example/u</p>'
            f'</div></center></body></html>\n')


def gmail_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        if block.startswith(">") or block.startswith("---------- ") or block.startswith("-----"):
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + esc(block) + "</blockquote>")
        else:
            out.append("<div>" + esc(block) + "</div><div><br></div>")
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


def un(key, pk, when, subject, text, from_name, from_addr, html=None, **o):
    els = [("raw", text.strip("\n"))]
    m = CUSTOM(key, pk, "unrelated", None, when, subject, els, sender="person", from_name=from_name, from_addr=from_addr,
               authentic=None, **o)
    if html is not None:
        m["html"] = html
    return m


def forward_block(lang, orig_from, orig_date, orig_subj, orig_to, body):
    heads = {"en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
             "pt": ("-----Mensagem original-----", "De", "Enviada", "Assunto", "Para"),
             "cs": ("---------- Přeposlaná zpráva ---------", "Od", "Date", "Subject", "To")}[lang]
    return (f"{heads[0]}\n{heads[1]}: {orig_from}\n{heads[2]}: {orig_date}\n{heads[3]}: {orig_subj}\n{heads[4]}: {orig_to}\n\n{body}")


def build_unrelated():
    txt = """Coucou Élodie,

Alors, dimanche, on se retrouve à 12h30 au parc de la Tête d’Or ? J’apporte la quiche et des cerises.

Au fait, tu as reçu toi aussi le mail d’Instagram sur l’IA de Meta ? Ils disent qu’ils utiliseront nos publications publiques à partir du 27 mai 2025. J’ai rempli le formulaire d’opposition hier soir : un code à six chiffres, puis un message « nous avons bien reçu votre demande ». Le lien, si tu veux : https://help.instagram.com/contact/1026228088981578

Bisous,
Sophie"""
    un("un.fr.friend", "elodie", "2025-04-27 18:12", "Pique-nique dimanche (+ le mail d’Instagram)", txt,
       "Sophie Lambert", "sophie.lambert@example.fr", layout="plain", cte="8bit", ua="User-Agent: Mozilla Thunderbird")

    paras = ["Meta will ab dem 27. Mai 2025 öffentliche Beiträge, Fotos und Kommentare erwachsener Facebook- und Instagram-Nutzer zum Training seiner KI verwenden. Wer das nicht möchte, sollte bis spätestens 26. Mai widersprechen.",
             "So geht es: Formular öffnen, E-Mail-Adresse eintragen, absenden. Meta schickt dann einen sechsstelligen Bestätigungscode. Einige Leserinnen berichten, sie hätten danach die Antwort bekommen: „Wir werden deinem Widerspruch nachkommen.“",
             "Außerdem heute: Bahnstreik am Donnerstag, neue Radwege am Rheinufer und das Wetter fürs Wochenende."]
    tracked = "https://click.rheinblick.example/t/?u=" + quote("https://www.facebook.com/help/contact/6359191084165019", safe="") + "&nl=20250519"
    text = "Der Morgen – Rheinblick Digital\n\n" + "\n\n".join(paras) + f"\n\nZum Widerspruchsformular (Facebook): {tracked}\n"
    un("un.de.newsletter", "katharina", "2025-05-19 04:30", "Der Morgen: Widerspruch gegen Metas KI-Training – so geht’s", text,
       "Rheinblick Digital", "newsletter@rheinblick.example",
       html=newsletter_html("Widerspruch gegen Metas KI-Training – so geht’s", paras, [("Zum Widerspruchsformular (Facebook)", tracked)], "Rheinblick Digital"),
       layout="alt", cte="qp", ua="X-Mailer: Rheinblick Mailer 4.2", extra_headers=["List-Unsubscribe: <https://rheinblick.example/u>", "Precedence: bulk"])

    # en forward of a notice
    P["ciaran"] = dict(lang="en", first="Ciarán", name="Ciarán Gallagher", email="ciaran.gallagher@example.ie", provider="gmail")
    tmp = NOTICE("tmp.ciaran", "ciaran", "facebook", "2024", "2024-05-22 13:09", "long")
    MSGS.remove(tmp); del KEY["tmp.ciaran"]
    body = render_plain(tmp["els"])
    fw = forward_block("en", "Facebook <noreply@facebookmail.com>", "Wed, 22 May 2024 at 14:09", tmp["subject"],
                       "Ciarán Gallagher <ciaran.gallagher@example.ie>", body)
    text = "Siobhan, did you get this one too? I think we should both object before the 26th. The form link is at the bottom.\n\nC.\n\n" + fw
    un("un.en.forward", "siobhan", "2024-05-23 07:58", "Fwd: " + tmp["subject"], text, "Ciarán Gallagher",
       "ciaran.gallagher@example.ie", html=gmail_html(text), layout="alt", cte="qp", ua="X-Mailer: Gmail")

    text = """Hola Ale:

Sí, a mí me llegó enseguida. Lo metí en el formulario y a los pocos días me contestaron que atenderán mi oposición. Prueba otra vez, a veces tarda unos minutos en llegar.

Un abrazo,
Marta

El vie, 14 jun 2024 a las 21:40, Alejandro Ruiz Ortega (<alejandro.ruiz@example.es>) escribió:
> Marta, ¿a ti te llegó el código? A mí me ha llegado este: 415027, pero el formulario me dice que ha caducado.
> Número de caso 6620193847561203, por si sirve de algo.
"""
    un("un.es.reply", "alejandro", "2024-06-15 08:20", "Re: ¿Te ha llegado el código de Facebook?", text, "Marta Iglesias",
       "marta.iglesias@example.es", html=gmail_html(text), layout="alt", cte="8bit", ua="X-Mailer: Apple Mail (2.3774.500.171)")

    text = """Ciao Chiara,

grazie per il tuo ordine del 3 maggio 2025!

Ordine n. 402-7781934-5521
1 × Moka Express 6 tazze        34,90 €
1 × Set 4 tazzine in ceramica   30,00 €
Totale                          64,90 €

Ritiro in negozio: via Toledo 112, Napoli. Codice di ritiro: 482019 (mostralo alla cassa).

Casa&Cucina"""
    un("un.it.order", "chiara", "2025-05-03 09:14", "Conferma dell'ordine n. 402-7781934-5521", text, "Casa&Cucina",
       "ordini@casacucina.example", html=newsletter_html("Conferma dell'ordine n. 402-7781934-5521", text.split("\n\n")[1:], [], "Casa Cucina", "#b45f06"),
       layout="alt", cte="qp", ua="X-Mailer: ShopMailer 7")

    paras = ["Meta gaat vanaf 16 december 2026 openbare berichten en reacties van volwassen gebruikers gebruiken om zijn AI-modellen te trainen. Bezwaar maken kan tot en met 15 december.",
             "Leden die al bezwaar maakten, stuurden ons het antwoord dat ze kregen: ‘We hebben je verzoek bekeken en we honoreren je bezwaar.’ Anderen kregen eerst een zaaknummer en een bevestigingscode.",
             "Bezwaar maken gaat via het formulier van Meta: https://www.facebook.com/privacy/genai/ . Twijfel je? Mail ons gerust."]
    un("un.nl.newsletter", "sanne", "2026-11-27 08:00", "Nieuwsbrief november: bezwaar maken tegen AI-training door Meta",
       "Stichting Datawacht – nieuwsbrief november\n\n" + "\n\n".join(paras), "Stichting Datawacht", "nieuwsbrief@datawacht.example",
       html=newsletter_html("Bezwaar maken tegen AI-training door Meta", paras, [("Naar het bezwaarformulier", "https://www.facebook.com/privacy/genai/")], "Stichting Datawacht", "#38761d"),
       layout="alt", cte="b64", ua="X-Mailer: Datawacht Nieuwsbrief", extra_headers=["List-Unsubscribe: <mailto:afmelden@datawacht.example>"])

    acc = "\n\n".join([L["pt"]["greet"].format(first="Rui"), L["pt"]["a_body"], L["pt"]["a_body2"], "Número do caso: 4509182736451122",
                       L["pt"]["sign"].format(product="Facebook")])
    fw = forward_block("pt", "Facebook <noreply@support.facebook.com>", "sexta-feira, 21 de junho de 2024 10:02",
                       L["pt"]["a_subj"][0], "Rui Matos <rui.matos@example.pt>", acc)
    text = "João, olha o que me responderam. Já fizeste o teu pedido? Demorou três dias.\n\nAbraço,\nRui\n\n" + fw
    un("un.pt.forward", "joao", "2024-06-21 11:30", "FW: " + L["pt"]["a_subj"][0], text, "Rui Matos", "rui.matos@example.pt",
       html=gmail_html(text), layout="alt", cte="qp", ua="X-Mailer: Microsoft Outlook 16.0",
       mid_host="EX2P195MB0123.EURP195.PROD.OUTLOOK.COM")

    text = """Dzień dobry,

dziękujemy za zamówienie nr 558201 z dnia 12 maja 2025 r.

- Olga Tokarczuk, „Empuzjon”  49,90 zł
- Zakładka skórzana          12,00 zł
Razem: 61,90 zł

Paczka trafi do paczkomatu KRA21M. Kod odbioru: 731 204.

Pozdrawiamy,
Księgarnia Pod Lipą"""
    un("un.pl.order", "agnieszka", "2025-05-12 10:05", "Potwierdzenie zamówienia nr 558201", text, "Księgarnia Pod Lipą",
       "sklep@podlipa.example", layout="plain", charset="iso-8859-2", cte="qp", ua="X-Mailer: PodLipa Sklep")

    paras = ["Meta a anunțat că, de la 27 mai 2025, va folosi postările și comentariile publice ale utilizatorilor adulți din UE pentru a-și antrena modelele de inteligență artificială.",
             "Cine nu este de acord trebuie să completeze formularul de opoziție până pe 26 mai. După trimitere, Meta cere un cod de confirmare din șase cifre, iar apoi trimite un e-mail în care spune dacă opoziția a fost acceptată.",
             "Pe Facebook formularul este aici: https://www.facebook.com/help/contact/6359191084165019"]
    un("un.ro.newsletter", "andreea", "2025-05-20 06:00", "Cum te opui folosirii datelor tale de către Meta AI (termen: 26 mai)",
       "Gazeta Digitală\n\n" + "\n\n".join(paras), "Gazeta Digitală", "newsletter@gazeta-digitala.example",
       html=newsletter_html("Cum te opui folosirii datelor tale de către Meta AI", paras, [], "Gazeta Digitala", "#990000"),
       layout="alt", cte="qp", ua="X-Mailer: GD Newsletter")

    text = """Здрасти, Гошо,

Мислим да отидем на море в Созопол от 12 до 19 юли. Мама и татко също идват. Ще запазя къщата до петък, така че ми пиши дали ще дойдете с Мария.

Поздрави,
Иван"""
    un("un.bg.brother", "georgi", "2025-05-28 19:40", "Морето през юли", text, "Иван Димитров", "ivan.dimitrov@example.bg",
       html=gmail_html(text), layout="alt", cte="b64", ua="X-Mailer: Gmail", crlf=True)

    paras = ["Η Meta ξεκινά στις 26 Ιουνίου 2024 να χρησιμοποιεί δημόσιες αναρτήσεις, φωτογραφίες και σχόλια χρηστών του Facebook και του Instagram για να εκπαιδεύσει τα μοντέλα τεχνητής νοημοσύνης της.",
             "Οι χρήστες στην ΕΕ μπορούν να αντιταχθούν μέσω ειδικής φόρμας. Όσοι το έκαναν λένε ότι έλαβαν πρώτα έναν εξαψήφιο κωδικό και μετά μήνυμα ότι το αίτημα εξετάζεται.",
             "Επίσης σήμερα: νέα ψηφιακή ταυτότητα, αυξήσεις στα τέλη κινητής τηλεφωνίας."]
    un("un.el.digest", "eleni", "2024-06-02 05:30", "Η Meta θα εκπαιδεύσει την τεχνητή νοημοσύνη της με τις δημοσιεύσεις σας",
       "Ψηφιακά Νέα – πρωινή ενημέρωση\n\n" + "\n\n".join(paras), "Ψηφιακά Νέα", "news@psifiaka-nea.example",
       html=newsletter_html("Η Meta και οι δημοσιεύσεις σας", paras, [], "Psifiaka Nea", "#1c4587", "iso-8859-7"),
       layout="alt", charset="iso-8859-7", cte="qp", ua="X-Mailer: PN Mailer")

    text = """Kedves Eszter!

Köszönjük a rendelésedet!

Rendelésszám: 204817
Termékek: 3 db levendula palánta, 1 db kerti olló
Végösszeg: 12 480 Ft
Várható szállítás: 2025. május 14.

Üdvözlettel:
Kertész Webáruház"""
    un("un.hu.order", "eszter", "2025-05-10 09:00", "Rendelés visszaigazolása – 204817", text, "Kertész Webáruház",
       "rendeles@kerteszbolt.example", layout="plain", charset="iso-8859-2", cte="8bit", ua="X-Mailer: KertShop")

    ref = ("\n\n".join([L["cs"]["greet"], L["cs"]["x_body"], L["cs"]["x_next"],
                        f"{L['cs']['a_new']}: https://privacycenter.instagram.com/genai/objection/",
                        "Číslo případu: 9081726354088812", L["cs"]["sign"].format(product="Instagram")]))
    fw = forward_block("cs", "Instagram <no-reply@mail.instagram.com>", "Wed, 2 Dec 2026 10:00", L["cs"]["x_subj"],
                       "petra.svobodova@example.cz", ref)
    text = "Ahoj Tomáši,\n\nmně to zamítli. Co s tím mám dělat? Zkusím to podat znovu, nebo se obrátit na ÚOOÚ?\n\nPetra\n\n" + fw
    un("un.cs.forward", "tomas", "2026-12-02 18:30", "Fwd: " + L["cs"]["x_subj"], text, "Petra Svobodová",
       "petra.svobodova@example.cz", layout="plain", charset="iso-8859-2", cte="qp", ua="User-Agent: Mozilla Thunderbird")

    text = """Hej Linnea!

Du ska skriva in koden i rutan som dyker upp direkt efter att du skickat formuläret, inte i appen. Den gäller bara en timme, så begär en ny om den har gått ut.

/Oskar

Den 19 maj 2025 kl. 20:07 skrev Linnea Karlsson <linnea.karlsson@example.se>:
> Hej! Jag fick koden 485503 från Instagram men vet inte var jag ska skriva in den. Hjälp?
"""
    un("un.sv.reply", "linnea", "2025-05-19 18:25", "Re: hjälp med Instagram-koden", text, "Oskar Lind", "oskar.lind@example.se",
       layout="plain", cte="qp", ua="X-Mailer: iPhone Mail (22E252)")

    paras = ["Meta alkaa 27.5.2025 käyttää Facebookin ja Instagramin täysi-ikäisten käyttäjien julkisia julkaisuja tekoälynsä kouluttamiseen.",
             "Jos et halua, että julkaisujasi käytetään, täytä vastustuslomake viimeistään 26. toukokuuta. Lomakkeen lähettämisen jälkeen saat sähköpostiisi kuusinumeroisen vahvistuskoodin.",
             "Vinkki: tee vastustus erikseen jokaiselle tilille, jos tilejä ei ole yhdistetty samaan Tilikeskukseen."]
    un("un.fi.newsletter", "aino", "2025-05-21 05:00", "Näin kiellät Metaa käyttämästä julkaisujasi tekoälyn koulutukseen",
       "Digiarki – uutiskirje\n\n" + "\n\n".join(paras), "Digiarki", "uutiskirje@digiarki.example",
       html=newsletter_html("Näin kiellät Metaa käyttämästä julkaisujasi", paras, [("Lomake (Facebook)", "https://www.facebook.com/help/contact/6359191084165019")], "Digiarki", "#674ea7"),
       layout="alt", cte="qp", ua="X-Mailer: Digiarki")

    text = """Your one-time passcode is 442901.

It expires in 10 minutes. Harbour Bank will never ask you for this code by phone, text or email.

If you did not try to sign in, call us on the number on the back of your card."""
    un("un.en.bank", "rhys", "2026-11-30 12:00", "Your one-time passcode", text, "Harbour Bank", "alerts@harbourbank.example",
       layout="plain", cte="7bit", ua="X-Mailer: HB Notify")

    target = "https://www.facebook.com/privacy/genai/"
    paras = ["Meta will ab dem 16. Dezember 2026 erneut öffentliche Inhalte für das Training seiner KI nutzen. Ein Widerspruch ist bis einschließlich 15. Dezember 2026 möglich und sollte für jedes Konto einzeln erfolgen.",
             "Nach dem Widerspruch bestätigt Meta per E-Mail. Die Formulierung lautet meist: „Wir haben deine Anfrage geprüft und werden deinem Widerspruch nachkommen.“ Bewahren Sie diese E-Mail auf.",
             "Wer eine Ablehnung erhält, kann sich an die Datenschutzaufsicht wenden."]
    un("un.de.consumer", "lukas", "2026-12-01 07:00", "KI-Training bei Meta: Jetzt widersprechen – Frist bis 15. Dezember 2026",
       "Verbraucherinfo Nord\n\n" + "\n\n".join(paras) + f"\n\nZum Formular: {wrap(target, 'pp3', 'vz')}", "Verbraucherinfo Nord",
       "info@verbraucherinfo-nord.example",
       html=newsletter_html("Jetzt widersprechen: KI-Training bei Meta", paras, [("Zum Widerspruchsformular", wrap(target, "pp3", "vz"))], "Verbraucherinfo Nord", "#cc0000"),
       layout="alt", cte="qp", ua="X-Mailer: VZ-Mail")

    text = """Bonjour,

Votre colis n° 6A12345678901 sera livré demain, mardi 25 juin 2024, entre 9 h et 13 h.

Code de livraison à communiquer au livreur : 5821.

Colis Express"""
    un("un.fr.parcel", "lea", "2024-06-24 17:00", "Votre colis 6A12345678901 sera livré demain", text, "Colis Express",
       "suivi@colis-express.example", layout="plain", charset="iso-8859-1", cte="qp", ua="X-Mailer: CE Notify")

    text = """Note to self: object to Meta using my posts for AI before it kicks in on 26 June (last day 25 June).

Facebook form: https://www.facebook.com/help/contact/712876720715583
Instagram form: https://help.instagram.com/contact/767264225370182

Keep the case numbers they send back."""
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//example//reminder//EN\r\nBEGIN:VEVENT\r\nUID:reminder-20240625@example.ie\r\n"
           "DTSTAMP:20240601T080000Z\r\nDTSTART;VALUE=DATE:20240625\r\nSUMMARY:Object to Meta AI training\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    un("un.en.selfnote", "siobhan", "2024-06-01 08:00", "Reminder: object to Meta AI training (last day 25 June)", text,
       "Siobhan Gallagher", "siobhan.gallagher@example.ie", html=gmail_html(text), layout="mixed", cte="qp",
       attachments=[("text/calendar", "reminder.ics", ics)], ua="X-Mailer: Gmail")

    text = """Marco Bellini ti ha menzionato in un commento:

«@chiara guarda che luce stamattina a Posillipo!»

Rispondi su Fotoritmo: https://fotoritmo.example/c/88123

Non vuoi più ricevere queste notifiche? Modifica le impostazioni."""
    un("un.it.social", "chiara", "2025-06-02 07:30", "Marco Bellini ti ha menzionato in un commento", text, "Fotoritmo",
       "notifiche@fotoritmo.example", layout="plain", cte="qp", ua="X-Mailer: Fotoritmo Notify")


# --------------------------------------------------------------------------------------
# scenarios (timelines of one account) and the expected status rows
# --------------------------------------------------------------------------------------
FIVE = ("policy_notice", "verification_code", "objection_received", "objection_accepted", "objection_refused")
STATE = {"verification_code": "code_received", "objection_received": "awaiting_answer",
         "objection_accepted": "accepted", "objection_refused": "refused"}

SCENARIOS = [
    ("en-siobhan-two-platforms", "2024-06-20T09:00:00+01:00", "gmail",
     ["siobhan.fb.notice", "siobhan.ig.notice", "siobhan.fb.code", "siobhan.fb.received", "fake.en.code", "siobhan.fb.accepted",
      "siobhan.ig.code", "siobhan.ig.received", "siobhan.ig.refused", "om.en.newsletter", "un.en.forward"]),
    ("en-rhys-objected-again", "2026-12-12T10:00:00+00:00", None,
     ["rhys.fb.notice", "rhys.msgr.notice", "rhys.fb.code1", "rhys.fb.refused", "rhys.fb.code2", "rhys.fb.accepted",
      "fake.en.notice", "om.en.login", "un.en.bank"]),
    ("fr-elodie-shuffled", "2025-05-10T12:00:00+02:00", "orange",
     ["elodie.ig.accepted", "elodie.ig.received", "elodie.ig.notice", "elodie.ig.code"]),
    ("fr-mathis-new-round", "2025-05-25T20:00:00+02:00", "free",
     ["mathis.fb.notice24", "mathis.fb.accepted24", "mathis.fb.notice25", "mathis.fb.code25", "mathis.fb.received25",
      "mathis.fb.refused25"]),
    ("de-katharina-notice-missed", "2025-06-02T08:00:00+02:00", "gmx",
     ["katharina.fb.notice", "katharina.ig.notice", "katharina.ig.code", "katharina.ig.received", "katharina.ig.accepted",
      "fake.de.notice", "un.de.newsletter"]),
    ("de-lukas-fake-refusal", "2026-12-15T08:00:00+01:00", "work",
     ["lukas.fb.notice", "lukas.fb.code1", "lukas.fb.received1", "lukas.fb.refused1", "lukas.fb.code2", "lukas.fb.received2",
      "fake.de.refused", "om.de.spfonly"]),
    ("it-chiara-last-day", "2025-05-26T20:00:00+02:00", None,
     ["chiara.ig.notice", "chiara.fb.notice", "chiara.fb.code", "chiara.fb.received", "chiara.fb.accepted", "chiara.ig.code",
      "chiara.ig.received", "fake.it.notice"]),
    ("nl-sanne-fake-after-refusal", "2026-12-10T09:00:00+01:00", "icloud",
     ["sanne.fb.notice", "sanne.ig.notice", "sanne.fb.code", "sanne.fb.received", "sanne.fb.accepted", "sanne.ig.code",
      "sanne.ig.received", "sanne.ig.refused", "fake.nl.received"]),
    ("bg-georgi-fake-acceptance", "2026-12-05T10:00:00+02:00", "gmail",
     ["georgi.ig.notice", "georgi.ig.received", "fake.bg.accepted"]),
    ("sv-linnea-rounds-and-orphan-answer", "2026-12-11T12:00:00+01:00", "icloud",
     ["linnea.ig.notice25", "linnea.ig.code25", "linnea.ig.received25", "linnea.ig.accepted25", "fake.sv.accepted",
      "linnea.ig.notice26", "linnea.ig.received26", "linnea.ig.accepted26", "linnea.fb.refused26"]),
    ("hu-eszter-whatsapp", "2026-12-06T09:00:00+01:00", None,
     ["eszter.fb.notice", "eszter.fb.code", "eszter.wa.notice", "eszter.wa.received", "eszter.wa.refused", "om.hu.messenger"]),
    ("fi-aino-deadline-day", "2025-05-27T07:00:00+03:00", "outlook",
     ["aino.fb.notice", "aino.ig.notice", "aino.fb.code"]),
    ("pl-agnieszka-notice-and-noise", "2025-05-01T12:00:00+02:00", "praca",
     ["agnieszka.fb.notice", "fake.pl.code", "om.pl.login", "un.pl.order"]),
    ("cs-tomas-instagram-missed", "2026-12-20T18:00:00+01:00", None,
     ["tomas.fb.notice", "tomas.ig.notice", "tomas.fb.code", "tomas.fb.received", "tomas.fb.accepted"]),
    ("ro-andreea-notice-imported-last", "2025-05-20T10:00:00+03:00", "yahoo",
     ["andreea.fb.received24", "andreea.fb.accepted24", "andreea.fb.code24", "andreea.fb.notice24", "andreea.fb.notice25",
      "andreea.fb.code25", "andreea.fb.refused25"]),
    ("el-eleni-two-platforms", "2024-06-16T12:00:00+03:00", None,
     ["eleni.ig.notice", "eleni.fb.notice", "eleni.ig.code", "eleni.ig.received", "eleni.ig.refused", "eleni.fb.accepted",
      "fake.el.refused"]),
    ("es-alejandro-deadline-day", "2024-06-26T10:00:00+02:00", "hotmail",
     ["alejandro.fb.notice", "alejandro.ig.notice", "alejandro.fb.code", "alejandro.fb.received", "fake.es.received",
      "alejandro.fb.accepted", "alejandro.ig.code", "alejandro.ig.received"]),
    ("pt-joao-two-rounds", "2025-05-22T09:00:00+01:00", None,
     ["joao.fb.notice", "joao.fb.code", "joao.fb.received", "joao.fb.accepted", "joao.ig.notice", "joao.ig.refused"]),
    ("fr-lea-fakes-only", "2024-06-22T09:00:00+02:00", "perso",
     ["fake.fr.notice", "fake.fr.accepted", "om.fr.fake", "un.fr.parcel"]),
    ("en-siobhan-undated-reminder", "2024-06-15T09:00:00+01:00", "gmail",
     ["siobhan.meta.reminder"]),
]


def expected_rows(keys, now, mailbox):
    today = dt.datetime.fromisoformat(now).date()
    mb = mailbox or "default"
    groups = {}
    for k in keys:
        m = KEY[k]
        if m["authentic"] is True and m["kind"] in FIVE:
            groups.setdefault((m["platform"], m["persona"]["email"].lower()), []).append(m)
    rows = []
    for (plat, acct), ms in sorted(groups.items()):
        dated = [m for m in ms if m["kind"] == "policy_notice" and m["deadline"]]
        rounds = {}
        for m in ms:
            if m["kind"] == "policy_notice" and m["deadline"]:
                r = m["deadline"]
            else:
                prev = [n for n in dated if n["date"] < m["date"]]
                r = max(prev, key=lambda n: n["date"])["deadline"] if prev else "unknown"
            rounds.setdefault(r, []).append(m)
        for r, rms in sorted(rounds.items()):
            moves = [m for m in rms if m["kind"] != "policy_notice"]
            state = STATE[max(moves, key=lambda m: m["date"])["kind"]] if moves else "action_needed"
            deadline = None if r == "unknown" else r
            if state == "action_needed" and deadline and today >= dt.date.fromisoformat(deadline):
                state = "deadline_passed"
            days = (dt.date.fromisoformat(deadline) - today).days if deadline else None
            rows.append(dict(mailbox=mb, platform=plat, account=acct, round=r, state=state, deadline=deadline, days_left=days))
    return rows


# --------------------------------------------------------------------------------------
# self-checks on the written files
# --------------------------------------------------------------------------------------

def unwrap(u: str) -> str:
    from urllib.parse import parse_qs, unquote
    for _ in range(4):
        p = urlsplit(u)
        host = (p.hostname or "").lower()
        q = parse_qs(p.query)
        if host.endswith("safelinks.protection.outlook.com") and "url" in q:
            u = q["url"][0]
        elif host in ("l.facebook.com", "lm.facebook.com") and "u" in q:
            u = q["u"][0]
        elif host == "l.instagram.com" and "u" in q:
            u = q["u"][0]
        elif host == "urldefense.com" and p.path.startswith("/v3/__"):
            u = u.split("/v3/__", 1)[1].split("__;", 1)[0]
        elif host == "urldefense.proofpoint.com" and "u" in q:
            e = q["u"][0].replace("_", "/")
            u = re.sub(r"-([0-9A-F]{2})", lambda mm: chr(int(mm.group(1), 16)), e)
        else:
            return u
    return u


def check(path: Path, row: dict):
    import email
    import email.policy
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["To"] is not None
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    assert texts, path
    blob = "\n".join(texts)
    flat = htmllib.unescape(re.sub(r"<[^>]+>", " ", blob))
    to_addr = email.utils.getaddresses([str(msg["To"])])[0][1].lower()
    assert to_addr == row["account"], (path, to_addr, row["account"])
    if row["code"]:
        assert row["code"] in re.sub(r"(\d{3})[\s\u00a0](\d{3})", r"\1\2", flat), (path, row["code"])
    if row["reference"]:
        assert row["reference"] in flat, (path, row["reference"])
    if row["objection_url"]:
        urls = re.findall(r'https://[^\s"<>()]+', htmllib.unescape(blob))
        targets = {unwrap(u).rstrip(".") for u in urls}
        assert row["objection_url"] in targets, (path, row["objection_url"], sorted(targets)[:8])
    if row["deadline"]:
        d = dt.date.fromisoformat(row["deadline"])
        lang = row["language"]
        cands = [f(d) for f in WHEN[lang].values()]
        assert any(c in flat for c in cands), (path, row["deadline"])


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------

def main():
    build_genuine()
    build_fakes()
    build_other_meta()
    build_unrelated()
    order = sorted(MSGS, key=lambda m: (LANGS.index(m["lang"]), m["date"], m["key"]))
    for d in ("eml", "mbox", "scenarios"):
        shutil.rmtree(OUT / d, ignore_errors=True)
        (OUT / d).mkdir(parents=True)
    short = {"policy_notice": "notice", "verification_code": "code", "objection_received": "received",
             "objection_accepted": "accepted", "objection_refused": "refused", "other_meta": "other", "unrelated": "unrelated"}
    manifest, mbox = [], []
    for i, m in enumerate(order, 1):
        name = f"{i:03d}-{m['lang']}-{m['platform'] or 'x'}-{short[m['kind']]}.eml" if m["kind"] != "unrelated" else f"{i:03d}-{m['lang']}-unrelated.eml"
        m["file"] = "eml/" + name
        raw = assemble(m)
        (OUT / m["file"]).write_bytes(raw)
        unrel = m["kind"] == "unrelated"
        row = dict(file=m["file"], kind=m["kind"], platform=None if unrel else m["platform"], language=m["lang"],
                   code=m["code"] if m["kind"] == "verification_code" else None,
                   deadline=m["deadline"] if m["kind"] == "policy_notice" else None,
                   objection_url=None if unrel else m.get("objection_url"),
                   reference=None if unrel else m.get("reference"),
                   authentic=None if unrel else m["authentic"], account=m["persona"]["email"].lower())
        manifest.append(row)
        envelope = m["from_addr"]
        stamp = m["date"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
        body = raw.replace(b"\r\n", b"\n")
        body = re.sub(rb"(?m)^(>*From )", rb">\1", body)
        mbox.append(f"From {envelope} {stamp}\n".encode() + body + (b"" if body.endswith(b"\n") else b"\n") + b"\n")
    (OUT / "manifest.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in manifest))
    (OUT / "mbox" / "sample.mbox").write_bytes(b"".join(mbox))
    for name, now, mb, keys in SCENARIOS:
        accts = {KEY[k]["persona"]["email"].lower() for k in keys}
        assert len(accts) == 1, (name, accts)
        msgs = [KEY[k]["file"] if mb is None else {"file": KEY[k]["file"], "mailbox": mb} for k in keys]
        sc = {"now": now, "messages": msgs, "expect": expected_rows(keys, now, mb)}
        (OUT / "scenarios" / f"{name}.json").write_text(json.dumps(sc, indent=1, ensure_ascii=False) + "\n")
    # checks
    listed = {r["file"] for r in manifest}
    on_disk = {"eml/" + p.name for p in (OUT / "eml").glob("*.eml")}
    assert listed == on_disk, (listed ^ on_disk)
    for r in manifest:
        check(OUT / r["file"], r)
    import collections
    print(len(manifest), "messages")
    print(dict(collections.Counter(r["kind"] for r in manifest)))
    print(dict(collections.Counter(r["language"] for r in manifest)))
    print(len(SCENARIOS), "scenarios")


if __name__ == "__main__":
    main()
