"""Language on hand-written paraphrases in all 26 languages, and deadline, code and reference in
the corpus's main ones (en fr de es it nl pt pl): sentences written for these tests, not taken from any corpus, so a
rule that only knows a sample's wording fails here (issue 13)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.mailfactory import authentic_text_mail
from tracker.core.classify import classify_bytes, lexicon
from tracker.core.classify.language import detect_language
from tracker.model import Kind

LEX = lexicon()


def mail(subject: str, body: str) -> bytes:
    return authentic_text_mail(subject, body, sent="Mon, 04 May 2026 10:00:00 +0000",
                               sender="Facebook <privacy@facebookmail.com>")


LANGUAGE = [
    ("en", "Thanks for getting in touch with us about the way we handle your information."),
    ("fr", "Merci de nous avoir écrit au sujet de la façon dont nous traitons vos informations."),
    ("de", "Danke, dass du dich wegen der Art, wie wir mit deinen Informationen umgehen, gemeldet hast."),
    ("es", "Gracias por escribirnos sobre la forma en que tratamos tu información."),
    ("it", "Grazie per averci scritto riguardo al modo in cui trattiamo le tue informazioni."),
    ("nl", "Bedankt dat je ons hebt geschreven over de manier waarop we met je gegevens omgaan."),
    ("pt", "Obrigado por nos teres escrito sobre a forma como tratamos as tuas informações."),
    ("pl", "Dziękujemy, że napisałeś do nas w sprawie tego, jak przetwarzamy twoje informacje."),
    ("bg", "Благодарим ви, че ни писахте относно начина, по който обработваме вашата информация."),
    ("cs", "Děkujeme, že jste nám napsali o tom, jak zacházíme s vašimi informacemi."),
    ("da", "Tak fordi du skrev til os om, hvordan vi behandler dine oplysninger."),
    ("el", "Σας ευχαριστούμε που μας γράψατε σχετικά με τον τρόπο που χειριζόμαστε τις πληροφορίες σας."),
    ("et", "Täname, et kirjutasite meile selle kohta, kuidas me teie andmeid töötleme."),
    ("fi", "Kiitos, että kirjoitit meille siitä, miten käsittelemme tietojasi."),
    ("ga", "Go raibh maith agat as scríobh chugainn faoin gcaoi a láimhseálaimid d'fhaisnéis."),
    ("hr", "Hvala vam što ste nam pisali o tome kako postupamo s vašim podacima."),
    ("hu", "Köszönjük, hogy írt nekünk arról, hogyan kezeljük az adatait."),
    ("is", "Takk fyrir að skrifa okkur um það hvernig við meðhöndlum upplýsingarnar þínar."),
    ("lt", "Dėkojame, kad parašėte mums apie tai, kaip tvarkome jūsų informaciją."),
    ("lv", "Paldies, ka jūs mums rakstījāt par to, kā mēs apstrādājam jūsu informāciju."),
    ("mt", "Grazzi talli ktibtilna dwar il-mod kif nittrattaw l-informazzjoni tiegħek."),
    ("no", "Takk for at du skrev til oss om hvordan vi behandler opplysningene dine."),
    ("ro", "Vă mulțumim că ne-ați scris despre modul în care vă prelucrăm informațiile."),
    ("sk", "Ďakujeme, že ste nám napísali o tom, ako narábame s vašimi informáciami."),
    ("sl", "Hvala, ker ste nam pisali o tem, kako ravnamo z vašimi podatki."),
    ("sv", "Tack för att du skrev till oss om hur vi hanterar dina uppgifter."),
]


@pytest.mark.parametrize(("lang", "text"), LANGUAGE, ids=[lang for lang, _ in LANGUAGE])
def test_the_language_of_a_paraphrase(lang: str, text: str) -> None:
    assert detect_language(text, LEX) == lang


NOTICES = [
    ("en", "Your choices about AI at Meta", "From 16 December 2026 we'll begin using public posts of adults to "
     "build generative AI at Meta, relying on legitimate interests. You can object using the form below."),
    ("fr", "Vos choix concernant l'IA chez Meta", "À compter du 16 décembre 2026, nous utiliserons les publications "
     "publiques des adultes pour développer l'IA générative chez Meta, sur la base de nos intérêts légitimes. "
     "Vous pouvez vous y opposer avec le formulaire ci-dessous."),
    ("de", "Deine Wahl zu KI bei Meta", "Ab dem 16. Dezember 2026 nutzen wir öffentliche Beiträge Erwachsener, um "
     "generative KI bei Meta zu entwickeln; Rechtsgrundlage sind berechtigte Interessen. Du hast das Recht, "
     "dem über das Formular zu widersprechen."),
    ("es", "Tus opciones sobre la IA en Meta", "A partir del 16 de diciembre de 2026 usaremos las publicaciones "
     "públicas de los adultos para desarrollar la IA generativa en Meta, según nuestro interés legítimo. Puedes "
     "oponerte con el formulario de abajo."),
    ("it", "Le tue scelte sull'IA di Meta", "A partire dal 16 dicembre 2026 useremo i post pubblici degli adulti per "
     "sviluppare l'IA generativa di Meta, sulla base del legittimo interesse. Puoi opporti con il modulo qui sotto."),
    ("nl", "Je keuzes over AI bij Meta", "Vanaf 16 december 2026 gebruiken we openbare berichten van volwassenen om "
     "generatieve AI bij Meta te ontwikkelen, op basis van gerechtvaardigd belang. Je kunt bezwaar maken via het "
     "formulier hieronder."),
    ("pt", "As tuas escolhas sobre a IA na Meta", "A partir de 16 de dezembro de 2026 vamos usar as publicações "
     "públicas de adultos para desenvolver a IA generativa na Meta, com base em interesses legítimos. Podes opor-te "
     "através do formulário abaixo."),
    ("pl", "Twoje wybory dotyczące AI w Meta", "Od 16 grudnia 2026 r. będziemy wykorzystywać publiczne posty osób "
     "dorosłych do rozwijania generatywnej AI w Meta na podstawie prawnie uzasadnionego interesu. Możesz wnieść "
     "sprzeciw za pomocą formularza poniżej."),
]


@pytest.mark.parametrize(("lang", "subject", "body"), NOTICES, ids=[n[0] for n in NOTICES])
def test_a_paraphrased_notice_and_its_deadline(lang: str, subject: str, body: str) -> None:
    c = classify_bytes(mail(subject, body + "\nhttps://www.facebook.com/help/contact/712876720715583"))[2]
    assert (c.kind, c.deadline, c.language) == (Kind.POLICY_NOTICE, date(2026, 12, 16), lang)


CODES = [
    ("en", "Confirm your email", "To confirm the email address on your objection form, type this code:\n\n071 392\n"),
    ("fr", "Confirmez votre adresse", "Pour confirmer l'adresse e-mail de votre formulaire d'opposition, saisissez "
     "ce code :\n\n071392\n"),
    ("de", "Bestätige deine E-Mail", "Um die E-Mail-Adresse in deinem Widerspruchsformular zu bestätigen, gib "
     "diesen Code ein:\n\n071392\n"),
    ("es", "Confirma tu correo", "Para confirmar la dirección de correo de tu formulario de oposición, introduce "
     "este código:\n\n071392\n"),
    ("it", "Conferma la tua email", "Per confermare l'indirizzo email del modulo di opposizione, inserisci questo "
     "codice:\n\n071392\n"),
    ("nl", "Bevestig je e-mailadres", "Voer deze code in om het e-mailadres in je bezwaarformulier te bevestigen:\n"
     "\n071392\n"),
    ("pt", "Confirma o teu email", "Para confirmar o endereço de email do formulário de oposição, introduz este "
     "código:\n\n071392\n"),
    ("pl", "Potwierdź adres e-mail", "Aby potwierdzić adres e-mail w formularzu sprzeciwu, wpisz ten kod:\n\n071392\n"),
]


@pytest.mark.parametrize(("lang", "subject", "body"), CODES, ids=[c[0] for c in CODES])
def test_a_paraphrased_code_mail_and_its_code(lang: str, subject: str, body: str) -> None:
    c = classify_bytes(mail(subject, body))[2]
    assert (c.kind, c.code) == (Kind.VERIFICATION_CODE, "071392"), lang


RECEIVED = [
    ("en", "We got your objection", "We've received your objection to how we use your information for AI at Meta "
     "and will look at it. Your case number is 55500011."),
    ("fr", "Nous avons bien reçu votre opposition", "Nous avons bien reçu votre opposition à l'utilisation de vos "
     "informations pour l'IA chez Meta et nous allons l'examiner. Numéro de dossier : 55500011."),
    ("de", "Dein Widerspruch ist eingegangen", "Wir haben deinen Widerspruch gegen die Nutzung deiner Informationen "
     "für KI bei Meta erhalten und prüfen ihn. Deine Fallnummer: 55500011."),
    ("es", "Hemos recibido tu oposición", "Hemos recibido tu oposición al uso de tu información para la IA en Meta "
     "y la revisaremos. Número de caso: 55500011."),
    ("it", "Abbiamo ricevuto la tua opposizione", "Abbiamo ricevuto la tua opposizione all'uso delle tue "
     "informazioni per l'IA di Meta e la esamineremo. Numero di riferimento: 55500011."),
    ("nl", "We hebben je bezwaar ontvangen", "We hebben je bezwaar tegen het gebruik van je informatie voor AI bij "
     "Meta ontvangen en bekijken het. Zaaknummer: 55500011."),
    ("pt", "Recebemos a tua oposição", "Recebemos a tua oposição à utilização das tuas informações para a IA na "
     "Meta e vamos analisá-la. Número do caso: 55500011."),
    ("pl", "Otrzymaliśmy Twój sprzeciw", "Otrzymaliśmy Twój sprzeciw wobec wykorzystywania Twoich informacji do AI "
     "w Meta i go rozpatrzymy. Numer sprawy: 55500011."),
]


@pytest.mark.parametrize(("lang", "subject", "body"), RECEIVED, ids=[r[0] for r in RECEIVED])
def test_a_paraphrased_acknowledgement_and_its_reference(lang: str, subject: str, body: str) -> None:
    c = classify_bytes(mail(subject, body))[2]
    assert (c.kind, c.reference) == (Kind.OBJECTION_RECEIVED, "55500011"), lang
