"""The kind rules on hand-written paraphrases (not the corpus's or the blind batches' sentences):
one small Meta mail per case, classified end to end, in the corpus languages.

What is pinned: an outcome only from a decision the message states; conditions and promises of
a later message never make one (contract); a refusal signed by the privacy team that never
names the objection is still a refusal; a code mail that also acknowledges the request is a
code mail; a case number after its label, a dash included.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from tests.mailfactory import authentic_text_mail
from tracker.core.classify import classify_bytes
from tracker.model import Kind


def _mail(subject: str, body: str) -> bytes:
    return authentic_text_mail(subject, body)


def _kind(subject: str, body: str) -> Kind:
    return classify_bytes(_mail(subject, body))[2].kind


REFUSED = [
    ("en", "A question about your request",
     "Hi,\n\nWe were not able to process your request: with the details given we could not identify which "
     "account it concerns. Please send us a new request with your username.\n\nMeta Privacy Team\n"),
    ("fr", "Votre demande",
     "Bonjour,\n\nNous n'avons pas pu traiter votre demande, car elle ne nous permettait pas d'identifier le "
     "compte. Merci d'envoyer une nouvelle demande.\n\nL'équipe Confidentialité de Facebook\n"),
    ("de", "Deine Anfrage",
     "Hallo,\n\nleider konnten wir deine Anfrage nicht bearbeiten, da wir dein Konto nicht zuordnen konnten. "
     "Bitte stelle einen neuen Antrag.\n\nDein Facebook Datenschutzteam\n"),
    ("it", "La tua richiesta",
     "Ciao,\n\nnon siamo riusciti a gestire la tua richiesta perché mancavano dati sull'account. "
     "Ti chiediamo di inviarne una nuova.\n\nIl team Privacy di Facebook\n"),
    ("pt", "O seu pedido",
     "Olá,\n\nprecisamos de mais informações para tratar o seu pedido: indique o nome de utilizador da conta."
     "\n\nA equipa de privacidade do Facebook\n"),
    ("pl", "Twój wniosek",
     "Dzień dobry,\n\npotrzebujemy więcej informacji, aby rozpatrzyć Twój wniosek. Podaj nazwę użytkownika."
     "\n\nZespół ds. prywatności Facebook\n"),
    ("es", "Tu oposición",
     "Hola:\n\nHemos revisado tu oposición y no podemos aceptarla en este momento.\n\nEquipo de privacidad\n"),
    ("et", "Teie vastuväide",
     "Tere!\n\nOleme teie vastuväite läbi vaadanud. Kahjuks ei saa me teie vastuväitega praegu arvestada.\n"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refusals_and_requests_for_more_information_are_refusals(lang: str, subject: str, body: str) -> None:
    assert _kind(subject, body) is Kind.OBJECTION_REFUSED


ACCEPTED = [
    ("en", "Your objection",
     "Hello,\n\nWe have looked at your objection and we'll honour your objection from now on.\n"),
    ("cs", "Vaše námitka", "Dobrý den,\n\nposoudili jsme ji a vaší námitce nyní vyhovíme.\n"),
    ("fr", "Votre opposition", "Bonjour,\n\nAprès examen, nous acceptons votre opposition.\n"),
    ("de", "Dein Widerspruch", "Hallo,\n\nwir haben deinen Widerspruch geprüft und geben deinem Widerspruch statt.\n"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), ACCEPTED, ids=[r[0] for r in ACCEPTED])
def test_a_stated_decision_to_honour_is_an_acceptance(lang: str, subject: str, body: str) -> None:
    assert _kind(subject, body) is Kind.OBJECTION_ACCEPTED


NOT_AN_OUTCOME = [
    ("en condition over the whole sentence", "Your objection",
     "Hello,\n\nWe have received your objection. If we approve it after review, we will no longer use your "
     "public information for AI at Meta.\n"),
    ("en promise of a later e-mail", "Your objection",
     "Hello,\n\nWe have received your objection. We will confirm by email whether we honour your objection.\n"),
    ("fr promise", "Votre opposition",
     "Bonjour,\n\nNous avons bien reçu votre opposition. Nous vous confirmerons par e-mail que nous acceptons "
     "votre opposition, le cas échéant.\n"),
    ("de promise", "Dein Widerspruch",
     "Hallo,\n\nwir haben deinen Widerspruch erhalten. Wir werden dir per E-Mail bestätigen, dass wir deinem "
     "Widerspruch stattgeben.\n"),
    ("sv promise", "Din invändning",
     "Hej,\n\nvi har tagit emot din invändning. Vi kommer att meddela dig via e-post att vi godkänner din "
     "invändning.\n"),
]


@pytest.mark.parametrize(("case", "subject", "body"), NOT_AN_OUTCOME, ids=[r[0] for r in NOT_AN_OUTCOME])
def test_conditions_and_promises_never_make_an_outcome(case: str, subject: str, body: str) -> None:
    assert _kind(subject, body) is Kind.OBJECTION_RECEIVED


def test_a_request_answered_by_no_privacy_team_and_naming_no_objection_is_other_mail() -> None:
    body = "Hi,\n\nWe couldn't process your request to change your page name. Please try again later.\n"
    assert _kind("Your page name", body) is Kind.OTHER_META


CODES = [
    ("en", "Your confirmation code",
     "Hi,\n\nThanks, we've received your request to object. To finish, enter this code to confirm your email "
     "address:\n\n482 913\n", "482913"),
    ("pt", "O seu código",
     "Olá,\n\nRecebemos o seu pedido de oposição. Introduza este código para confirmar o seu email:\n\n"
     "071538\n", "071538"),
    ("no", "Koden din",
     "Hei,\n\nBruk denne koden for å bekrefte e-postadressen du oppga i protestskjemaet:\n\n903217\n", "903217"),
]


@pytest.mark.parametrize(("lang", "subject", "body", "code"), CODES, ids=[r[0] for r in CODES])
def test_a_code_set_apart_in_a_mail_about_the_code_is_a_code_mail(lang: str, subject: str, body: str,
                                                                  code: str) -> None:
    c = classify_bytes(_mail(subject, body))[2]
    assert (c.kind, c.code) == (Kind.VERIFICATION_CODE, code)


REFERENCES = [
    ("pt", "Olá,\n\nRecebemos a sua oposição e vamos analisá-la com atenção.", "Número do caso: 5512340987"),
    ("ro", "Bună ziua,\n\nAm primit opoziția ta și o vom analiza cu atenție.", "ID caz: 5512340987"),
    ("it", "Ciao,\n\nabbiamo ricevuto la tua opposizione e la esamineremo con attenzione. "
     "Grazie per la pazienza, il team di Facebook.",
     "Numero pratica: 5512340987"),
    ("et", "Tere!\n\nOleme sinu vastuväite kätte saanud ja vaatame selle läbi.", "Juhtumi number - 5512340987"),
    ("cs", "Dobrý den,\n\nobdrželi jsme vaši námitku a posoudíme ji.", "Číslo případu: 5512340987"),
]


@pytest.mark.parametrize(("lang", "text", "line"), REFERENCES, ids=[r[0] for r in REFERENCES])
def test_case_number_labels(lang: str, text: str, line: str) -> None:
    c = classify_bytes(_mail("Objection", f"{text}\n\n{line}\n"))[2]
    assert (c.language, c.kind, c.reference) == (lang, Kind.OBJECTION_RECEIVED, "5512340987")


def test_a_form_word_inside_another_word_does_not_present_a_link_as_the_form() -> None:
    msg = EmailMessage()
    msg["From"] = "Instagram <no-reply@mail.instagram.com>"
    msg["To"] = "someone@example.org"
    msg["Subject"] = "Vos informations"
    msg.set_content("Bonjour,\n\nLe fichier est prêt.\n")
    msg.add_alternative('<p>Le fichier est prêt.</p><a href="https://accountscenter.instagram.com/dyi/">'
                        "Télécharger vos informations</a>", subtype="html")
    assert classify_bytes(bytes(msg))[2].objection_url is None


# ---- batch 4's lessons, as general rules on hand-written paraphrases --------------------------------------

@pytest.mark.parametrize(("lang", "subject", "body"), [
    ("en", "About your objection", "We can't process your objection yet because some information is missing. "
     "Please tell us how this processing affects you.\n\nThe Facebook Privacy Team"),
    ("fr", "Votre opposition", "Nous ne pouvons pas encore donner suite à votre opposition : des informations "
     "manquent.\n\nL'équipe Confidentialité de Facebook"),
    ("pt", "A sua oposição", "Ainda não conseguimos analisar a sua oposição, faltam algumas informações.\n\n"
     "A equipa de Privacidade do Facebook"),
    ("nl", "Je bezwaar", "Wij konden je bezwaar helaas niet behandelen: er ontbreekt informatie. Er is "
     "ontbrekende informatie in je formulier.\n\nHet privacyteam van Facebook"),
    ("sv", "Din invändning", "Vi kunde tyvärr inte godta din invändning.\n\nFacebooks integritetsteam"),
    ("de", "Dein Widerspruch", "Leider fehlen uns noch Angaben zu deinem Widerspruch; wir können ihn so nicht "
     "bearbeiten.\n\nDein Facebook-Datenschutzteam"),
])
def test_an_answer_that_says_information_is_missing_is_a_refusal(lang: str, subject: str, body: str) -> None:
    assert _kind(subject, body) is Kind.OBJECTION_REFUSED, lang


@pytest.mark.parametrize(("lang", "body"), [
    ("hu", "A Meta MI fejlesztéséhez 2026.12.16. napjától felhasználjuk a nyilvános adatokat. Jogod van "
           "tiltakozni. Legkésőbb 2026.12.15. napján küldd el."),
    ("el", "Από τις 16 Δεκεμβρίου 2026 θα χρησιμοποιούμε δημόσιες πληροφορίες για την ΤΝ στη Meta. Έχετε "
           "δικαίωμα να αντιταχθείτε, το αργότερο έως τις 15 Δεκεμβρίου 2026."),
    ("en", "You have the right to object to AI at Meta using your public posts. Send the form by "
           "15/12/2026; we will use the information of adults as of 16/12/2026 for generative AI models."),
])
def test_a_data_use_date_given_with_the_last_day_to_object_is_the_deadline(lang: str, body: str) -> None:
    from datetime import date

    from tracker.core.classify import classify_bytes as classify

    raw = _mail("Privacy Policy update: AI at Meta", body + "\nhttps://www.facebook.com/help/contact/712876720715583")
    c = classify(raw)[2]
    assert (c.kind, c.deadline) == (Kind.POLICY_NOTICE, date(2026, 12, 16)), lang


# ---- batch 5's lessons ----------------------------------------------------------------------------------

def test_a_form_code_signed_by_the_privacy_team_is_a_code_mail_even_naming_no_objection() -> None:
    raw = _mail("Confirm your address", "Almost there! Copy this code into the form:\n\n550217\n\n"
                "The Facebook Privacy Team")
    c = classify_bytes(raw)[2]
    assert (c.kind, c.code) == (Kind.VERIFICATION_CODE, "550217")


def test_a_password_reset_code_signed_by_the_privacy_team_is_not() -> None:
    raw = _mail("Reset your password", "Enter this code to reset your password:\n\n550217\n\nThe Facebook Privacy Team")
    assert classify_bytes(raw)[2].kind is Kind.OTHER_META


@pytest.mark.parametrize(("text", "ref"), [
    ("Получихме вашето възражение срещу използването на информацията ви за ИИ в Meta.\n\nРеф. №: 48560464",
     "48560464"),
    ("Obdrželi jsme vaši námitku proti použití vašich informací pro AI ve společnosti Meta.\n\nČ. j.: 68785512",
     "68785512"),
    ("Dostali sme vašu námietku proti použitiu vašich informácií pre AI v spoločnosti Meta.\n\nRef. č.: #17649906",
     "17649906"),
    ("Primili smo vaš prigovor na korištenje vaših informacija za AI u Meti.\n\nRef. br.: 74701548", "74701548"),
    ("Við höfum móttekið andmæli þín við notkun upplýsinga þinna fyrir gervigreind hjá Meta.\n\nTilv.: 24916781",
     "24916781"),
], ids=["bg", "cs", "sk", "hr", "is"])
def test_short_reference_labels(text: str, ref: str) -> None:
    assert classify_bytes(_mail("Meta", text))[2].reference == ref


# ---- batch 6's lessons, as general rules on hand-written paraphrases --------------------------------------

def _read(subject: str, body: str, sender: str = "Facebook <notification@facebookmail.com>") -> dict[str, object]:
    from tracker.output.render import classification_json

    _, mid, c = classify_bytes(authentic_text_mail(subject, body, sender=sender))
    return classification_json("m.eml", mid, c)


SET_APART_CODES = [
    ("en", "Your form", "Hi,\n\nSomeone is sending an objection with this address. Here it is:\n\n  318 402\n\n"
                        "Facebook\n"),
    ("de", "Dein Formular", "Hallo,\n\ndu hast einen Widerspruch begonnen. Bitte gib Folgendes ein:\n\n318402\n\n"
                            "Facebook\n"),
    ("es", "Tu formulario", "Hola:\n\nhas empezado una oposición. Escribe esto en el formulario:\n\n318402\n\n"
                            "Facebook\n"),
    ("en", "Your form", "Hi,\n\nFinish your objection by typing these digits:\n\n3\n1\n8\n\n4\n0\n2\n\nFacebook\n"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), SET_APART_CODES, ids=[f"{c[0]}-{i}" for i, c in
                                                                             enumerate(SET_APART_CODES)])
def test_a_code_alone_on_its_line_in_a_mail_about_the_objection_is_a_code_mail(lang: str, subject: str,
                                                                              body: str) -> None:
    got = _read(subject, body)
    assert (got["kind"], got["code"]) == ("verification_code", "318402")


def test_a_code_for_a_request_said_received_is_a_code_mail_and_a_login_code_is_not() -> None:
    body = ("Hi,\n\nWe have received your request. Confirm your email address with the following code:\n\n"
            "552017\n\nFacebook\n")
    assert _read("Your request", body)["kind"] == "verification_code"
    login = ("Hi,\n\nWe have received your request to log in. Confirm your email address with the following code:"
             "\n\n552017\n\nFacebook\n")
    assert _read("Your request", login)["kind"] == "other_meta"


def test_a_fake_notice_presenting_a_foreign_form_is_still_a_notice_with_its_deadline() -> None:
    body = ("Hello,\n\nFrom 3 March 2027 Meta will train its AI on your photos. If you don't object before then, "
            "it is too late.\n\nObject now <https://meta-objection-centre.example/form>\n\nFacebook\n")
    got = _read("Last warning", body, sender="Facebook <alerts@meta-objection-centre.example>")
    assert (got["kind"], got["deadline"], got["objection_url"], got["authentic"]) == (
        "policy_notice", "2027-03-03", None, False)


LAST_DAY = [
    ("en", "Hello,\n\nWe are updating how we use your information for AI at Meta, under legitimate interests. You "
           "have the right to object. The last day to object before the change takes effect is 2 March 2027.\n"),
    ("en", "Hello,\n\nWe are updating how we use your information for AI at Meta, under legitimate interests. You "
           "have the right to object. Please object no later than 2 March 2027.\n"),
    ("de", "Hallo,\n\nwir aktualisieren, wie wir deine Informationen für KI bei Meta verwenden, auf Grundlage "
           "berechtigter Interessen. Du hast das Recht auf Widerspruch. Bitte widersprich spätestens am "
           "2. März 2027.\n"),
    ("fr", "Bonjour,\n\nnous mettons à jour la façon dont nous utilisons vos informations pour l'IA chez Meta, sur "
           "la base de nos intérêts légitimes. Vous avez le droit de vous opposer. Opposez-vous au plus tard le "
           "2 mars 2027.\n"),
    ("da", "Hej\n\nVi opdaterer, hvordan vi bruger dine oplysninger til AI hos Meta, på grundlag af legitime "
           "interesser. Du har ret til at gøre indsigelse. Sidste frist for at gøre indsigelse er den "
           "2. marts 2027.\n"),
]


@pytest.mark.parametrize(("lang", "body"), LAST_DAY, ids=[f"{c[0]}-{i}" for i, c in enumerate(LAST_DAY)])
def test_a_date_stated_as_the_last_day_to_object_gives_the_day_after(lang: str, body: str) -> None:
    got = _read("Privacy", body + "\nObject <https://www.facebook.com/help/contact/712345678>\n")
    assert (got["language"], got["deadline"]) == (lang, "2027-03-03")


def test_a_numeric_date_ending_its_sentence_is_judged_by_its_own_sentence() -> None:
    body = ("Hello,\n\nWe are updating our privacy policy for AI at Meta under legitimate interests; you have the "
            "right to object. The changes take effect on 2027-03-03. Send your objection no later than 2027-03-02.\n")
    assert _read("Privacy policy update", body)["deadline"] == "2027-03-03"


def test_a_refusal_linking_the_objection_form_is_a_refusal_without_the_word_objection() -> None:
    body = ("Hi,\n\nWe looked at your request but cannot process it as it is: we need more information to find "
            "your account. You can fill in the form again <https://www.facebook.com/help/contact/6359191084165019>"
            "\n\nFacebook\n")
    assert _read("About your request", body)["kind"] == "objection_refused"
    unlinked = body.replace(" <https://www.facebook.com/help/contact/6359191084165019>", "")
    assert _read("About your request", unlinked)["kind"] == "other_meta"


@pytest.mark.parametrize(("domain", "platform"), [("lnstagram-alerts.com", "instagram"),
                                                  ("faceb0ok-privacy.net", "facebook"),
                                                  ("whatsup-club.example", None)])
def test_a_product_name_with_one_letter_swapped_beside_other_words_is_a_look_alike(domain: str,
                                                                                     platform: str | None) -> None:
    got = _read("Hello", "Hi,\n\nA word from us.\n", sender=f"Support <team@{domain}>")
    assert got["platform"] == platform


def test_a_multipart_related_whose_content_type_lacks_a_semicolon_keeps_its_parts() -> None:
    from tracker.core.parse import parse

    raw = (b"From: Facebook <notification@facebookmail.com>\nTo: a@example.org\nSubject: Your objection\n"
           b"MIME-Version: 1.0\nContent-Type: multipart/related;\n boundary=\"XyZ\"\n"
           b" type=\"multipart/alternative\"\n\n--XyZ\nContent-Type: text/plain; charset=utf-8\n\n"
           b"Your objection is accepted.\n--XyZ--\n")
    assert parse(raw).text.strip() == "Your objection is accepted."


# ---- batch 7's lessons (batch 7 itself waits in tests/corpus/blind/pending/) ------------------------------

def test_a_code_to_type_into_the_form_is_a_code_mail_and_one_for_the_app_is_not() -> None:
    form = "Cześć,\n\nwpisz kod 730215 w formularzu, aby potwierdzić adres e-mail.\n\nFacebook\n"
    assert _read("Twój kod", form)["kind"] == "verification_code"
    app = "Hi,\n\nYou added this email address to your account. Enter this code in the app: 730215\n\nInstagram\n"
    assert _read("Your code", app)["kind"] == "other_meta"


def test_an_objection_taken_up_for_review_is_received_not_accepted() -> None:
    body = "Cześć,\n\nnumer sprawy: 9650001234567890\n\nTwój sprzeciw został przyjęty do rozpatrzenia.\n\nFacebook\n"
    assert _read("Otrzymaliśmy Twoje zgłoszenie", body)["kind"] == "objection_received"


@pytest.mark.parametrize(("lang", "body"), [
    ("es", "Hola:\n\nTe quedan pocos días. Puedes enviar tu oposición hasta el 9/3/2027 (incluido).\n\n"
           "Formulario de oposición <https://www.facebook.com/help/contact/712345678>\n"),
    ("it", "Ciao,\n\nhai tempo fino a martedì 9 marzo 2027 compreso per opporti.\n\n"
           "Opponiti qui <https://privacycenter.instagram.com/ai/objection/>\n"),
])
def test_a_reminder_with_the_form_and_the_last_day_included_is_a_notice_with_the_day_after(lang: str,
                                                                                           body: str) -> None:
    got = _read("Promemoria", body)
    assert (got["kind"], got["deadline"], got["language"]) == ("policy_notice", "2027-03-10", lang)


@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Your confirmation code", "Hi Ann,\n\nYour confirmation code is 604218.\n\nFacebook\n", "verification_code"),
    ("Codul tău de confirmare", "Bună,\n\ncodul tău este 604218.\n\nFacebook\n", "verification_code"),
    ("Your confirmation code", "Hi Ann,\n\nYou're creating your account. Your confirmation code is 604218.\n\n"
                               "Instagram\n", "other_meta"),
    ("Ihr Bestätigungscode", "Hallo,\n\ngib den Bestätigungscode 604218 in der App ein.\n\nInstagram\n", "other_meta"),
])
def test_a_bare_confirmation_code_is_the_forms_unless_it_is_for_the_app_or_an_account(subject: str, body: str,
                                                                                    kind: str) -> None:
    assert _read(subject, body)["kind"] == kind


STATUS_LINES = [
    ("en", "Your objection", "Your objection: approved.\nInstagram", Kind.OBJECTION_ACCEPTED),
    ("en", "Update", "Objection status: declined. Reason: no account uses this address.", Kind.OBJECTION_REFUSED),
    ("fr", "Votre opposition", "Statut de votre opposition : acceptée.", Kind.OBJECTION_ACCEPTED),
    ("de", "Dein Widerspruch", "Stand: Widerspruch abgelehnt.", Kind.OBJECTION_REFUSED),
    ("de", "Dein Widerspruch", "Stand: Widerspruch nicht angenommen.", Kind.OBJECTION_REFUSED),
    ("hu", "Tiltakozás", "Tiltakozás elfogadva.", Kind.OBJECTION_ACCEPTED),
    ("sv", "Uppdatering", "Godkänd: din invändning mot AI-träning.", Kind.OBJECTION_ACCEPTED),
    # a preposition after the word: taken up for review, not decided
    ("en", "Your objection", "Objection accepted for review. We'll get back to you.", Kind.OTHER_META),
    ("pl", "Twój sprzeciw", "Twój sprzeciw został przyjęty do rozpatrzenia.", Kind.OBJECTION_RECEIVED),
]


@pytest.mark.parametrize(("lang", "subject", "body", "kind"), STATUS_LINES, ids=[f"{c[0]}-{i}" for i, c in
                                                                              enumerate(STATUS_LINES)])
def test_a_decision_written_as_a_status_line_is_an_outcome_and_a_review_is_not(lang: str, subject: str, body: str,
                                                                               kind: Kind) -> None:
    assert _kind(subject, body) is kind


LABELLED_CODES = [
    ("en", "Email verification", "Code: 870 325\nValid for 1 hour. Use it to confirm the email you entered on the "
     "objection form.", "870325"),
    ("pt", "Código do seu pedido", "Utilize o código abaixo para verificar o e-mail indicado no seu pedido:\n\n"
     "053872\n\nExpira em 30 minutos.", "053872"),
    ("cs", "Tvůj kód", "Už jen krůček: potvrď svůj e-mail.\nKód: 811457", "811457"),
    ("el", "Κωδικός", "Για την επαλήθευση της διεύθυνσης email της αντίρρησής σας, ο κωδικός σας είναι 370-194.",
     "370194"),
]


@pytest.mark.parametrize(("lang", "subject", "body", "code"), LABELLED_CODES, ids=[c[0] for c in LABELLED_CODES])
def test_a_code_labelled_by_the_word_code_is_the_forms(lang: str, subject: str, body: str, code: str) -> None:
    got = _read(subject, body)
    assert (got["kind"], got["code"]) == ("verification_code", code)


def test_a_labelled_login_code_is_not_the_forms() -> None:
    got = _read("Your code", "Code: 870 325\nUse it to log in to your account.")
    assert (got["kind"], got["code"]) == ("other_meta", None)


def test_a_terse_notice_with_a_date_of_use_still_ahead_is_a_notice() -> None:
    raw = authentic_text_mail("Don't want your info used for AI?", "You can object until 26 May 2025. From 27 May "
                              "2025 we'll use public posts to train AI at Meta.",
                              sent="Sun, 20 Apr 2025 10:00:00 +0000")
    c = classify_bytes(raw)[2]
    assert (c.kind, str(c.deadline)) == (Kind.POLICY_NOTICE, "2025-05-27")
    # the same words once the date has passed announce nothing to act on
    late = authentic_text_mail("AI at Meta", "You could object until 26 May 2025. Since 27 May 2025 we use public "
                               "posts to train AI at Meta.", sent="Sun, 20 Jul 2025 10:00:00 +0000")
    assert classify_bytes(late)[2].kind is Kind.OTHER_META


def test_irish_verbal_nouns_are_read_lenited_as_after_a() -> None:
    """Irish writes "a phróiseáil", "a ghlacadh" (lenited after "a"): the stems take the "h"."""
    body = ("Ní féidir linn d'agóid a ghlacadh. Teastaíonn tuilleadh eolais uainn.\n\n"
            "Foireann Príobháideachais Instagram")
    assert _kind("D'agóid", body) is Kind.OBJECTION_REFUSED
