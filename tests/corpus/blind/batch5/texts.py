# -*- coding: utf-8 -*-
"""Wording for batch 5, written for this batch (not copied from any corpus).

Paragraph markers: "[CODE]" the code block, "[LINK]" the objection link,
"[REF]" the reference line.  Placeholders: {first} {P} {use} {last} {sent}
{code} {email}.
"""

T = {}

# ---------------------------------------------------------------- English
T['en'] = dict(
    months=['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
            'September', 'October', 'November', 'December'],
    wd=['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    hello='Hi {first},', link_obj='Right to object', link_pol='Privacy Policy',
    sign='Thanks,\nThe {P} Privacy Team',
    footer='This message was sent to {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland.',
    reflabels=['Case number', 'Ref.', 'Reference number'],
    notice=[
        ("We're updating our Privacy Policy as we expand AI at Meta", [
            "We're getting ready to expand AI at Meta to people in your region. AI at Meta is our collection of generative AI features and experiences, like Meta AI and AI creative tools, along with the models that power them.",
            "To do this, we'll now rely on the legal basis called legitimate interests for using your information to develop and improve AI at Meta. This means you have the right to object to how your information is used for these purposes. If your objection is honoured, it will be applied from then on, and we'll let you know by email.",
            "The updated policy takes effect on {use}. To make sure your objection counts before then, send it no later than {last}.",
            "[LINK]"]),
        ("Reminder: only a few days left to object", [
            "{first}, a quick reminder from {P}.",
            "Starting {use}, public information you share on {P} (posts, photos and their captions, comments) may be used to develop and improve AI at Meta.",
            "You can still object, but only a few days are left: {last} is the last day to send the form before the change takes effect. It's free and takes a couple of minutes; we'll email you a code to confirm your address.",
            "[LINK]"]),
        ("An update about your information and AI at Meta", [
            "Hello {first},",
            "On {sent} we told you we are updating our Privacy Policy. As of {use}, we will use public content from adults on {P} to train and improve AI at Meta.",
            "Under the GDPR you have the right to object. Objections sent after {last} still count, but only from the moment they reach us.",
            "[LINK]"]),
    ],
    code=[
        ("{code} is your confirmation code", [
            "Use this code to confirm the email address you entered in your objection form:",
            "[CODE]",
            "This code expires in 1 hour. If you didn't request it, you can ignore this email."]),
        ("Confirm your email address", [
            "Thanks for filling in the form about AI at Meta. To continue, enter the following confirmation code:",
            "[CODE]",
            "Don't share this code with anyone. It was sent to {email}."]),
    ],
    recv=[
        ("We've received your objection", [
            "Thanks for contacting us. We received your request to object to the use of your information for AI at Meta.",
            "We'll review it and get back to you by email.",
            "[REF]"]),
        ("Your request is being reviewed", [
            "Your objection form was submitted successfully and our team is looking at it now.",
            "You don't need to do anything else for the moment. We'll get back to you once a decision has been made.",
            "[REF]"]),
    ],
    acc=[
        ("Your objection request", [
            "We've reviewed your request and we'll honour your objection.",
            "This means your request will be applied going forward: we won't use your public information from {P} to develop and improve generative AI models for AI at Meta.",
            "[REF]"]),
        ("Your request has been approved", [
            "Good news, {first}: you've successfully objected.",
            "From now on we'll no longer use your public posts and comments for AI at Meta. If you have other accounts, each one needs its own form.",
            "[REF]"]),
    ],
    ref=[
        ("We couldn't process your request", [
            "We reviewed your request, but we can't process it: the information you gave doesn't tell us how this processing affects your particular situation, which Article 21 GDPR requires.",
            "You can send the form again here:",
            "[LINK]",
            "You also have the right to lodge a complaint with your data protection authority.",
            "[REF]"]),
        ("Your objection: decision", [
            "After reviewing your objection, we have decided not to uphold it.",
            "The content concerned is public, and we consider that our legitimate interests in developing AI at Meta are not overridden by the reasons you gave. This decision is final for this request.",
            "[REF]"]),
    ],
)

# ---------------------------------------------------------------- French
T['fr'] = dict(
    months=['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
            'septembre', 'octobre', 'novembre', 'décembre'],
    wd=['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    hello='Bonjour {first},', link_obj="Droit d'opposition", link_pol='Politique de confidentialité',
    sign="Merci,\nL'équipe Confidentialité de {P}",
    footer="Ce message a été envoyé à {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlande.",
    reflabels=['Réf.', 'Numéro de dossier', 'Référence'],
    notice=[
        ("Nous mettons à jour notre Politique de confidentialité à mesure que nous développons l'IA de Meta", [
            "Nous nous préparons à proposer l'IA de Meta dans votre région. L'IA de Meta regroupe nos fonctionnalités d'IA générative, comme Meta AI et les outils créatifs, ainsi que les modèles sur lesquels elles reposent.",
            "Pour cela, nous nous appuierons sur la base légale des intérêts légitimes pour utiliser vos informations. Vous avez donc le droit de vous opposer à cette utilisation. Si votre opposition est acceptée, elle s'appliquera à partir de ce moment-là et nous vous le confirmerons par e-mail.",
            "Ces changements entrent en vigueur le {use}. Pour que votre opposition soit prise en compte avant, envoyez-la au plus tard le {last}.",
            "[LINK]"]),
        ("Plus que quelques jours pour vous opposer", [
            "{first}, petit rappel :",
            "à compter du {use}, les contenus publics que vous partagez sur {P} (publications, photos et légendes, commentaires) pourront servir à entraîner l'IA de Meta.",
            "Il vous reste jusqu'au {last} inclus pour remplir le formulaire d'opposition. Un code vous sera envoyé par e-mail pour confirmer votre adresse.",
            "[LINK]"]),
        ("Vos informations et l'IA chez Meta", [
            "Madame, Monsieur,",
            "Comme annoncé le {sent}, {P} utilisera dès le {use} les informations publiques des comptes adultes pour développer ses modèles d'IA.",
            "Le RGPD vous permet de vous y opposer. Une opposition envoyée après le {last} reste possible, mais ne vaudra que pour l'avenir.",
            "[LINK]"]),
    ],
    code=[
        ("{code} est votre code de confirmation", [
            "Saisissez ce code pour confirmer l'adresse e-mail indiquée dans votre formulaire d'opposition :",
            "[CODE]",
            "Il expire dans une heure. Si vous n'avez rien demandé, ignorez simplement ce message."]),
        ("Confirmez votre adresse e-mail", [
            "Vous y êtes presque ! Voici le code à recopier dans le formulaire :",
            "[CODE]",
            "Ne le communiquez à personne."]),
    ],
    recv=[
        ("Nous avons bien reçu votre demande", [
            "Merci de nous avoir contactés. Votre opposition à l'utilisation de vos informations pour l'IA de Meta nous est bien parvenue.",
            "Nous allons l'examiner et reviendrons vers vous par e-mail.",
            "[REF]"]),
        ("Votre demande est en cours d'examen", [
            "Votre formulaire a été envoyé. Notre équipe l'étudie en ce moment ; vous n'avez rien d'autre à faire pour l'instant.",
            "[REF]"]),
    ],
    acc=[
        ("Votre demande d'opposition", [
            "Nous avons examiné votre demande et nous acceptons votre opposition.",
            "Cela signifie que nous n'utiliserons plus vos informations publiques de {P} pour développer et améliorer les modèles d'IA générative de Meta.",
            "[REF]"]),
        ("Votre opposition a été prise en compte", [
            "Bonne nouvelle : votre opposition a bien été enregistrée et sera respectée à partir de maintenant.",
            "Vos publications et commentaires publics ne serviront plus à entraîner l'IA de Meta.",
            "[REF]"]),
    ],
    ref=[
        ("Nous ne pouvons pas traiter votre demande", [
            "Après examen, nous ne pouvons pas donner suite à votre demande : elle ne précise pas en quoi ce traitement affecte votre situation particulière, comme l'exige l'article 21 du RGPD.",
            "Vous pouvez remplir à nouveau le formulaire :",
            "[LINK]",
            "Vous pouvez également introduire une réclamation auprès de la CNIL.",
            "[REF]"]),
        ("Informations complémentaires nécessaires", [
            "Pour traiter votre opposition, il nous manque des informations : merci de répondre à ce message en indiquant le nom d'utilisateur du compte concerné.",
            "Nous ne pourrons pas poursuivre l'examen de votre demande sans ces éléments.",
            "[REF]"]),
    ],
)

# ---------------------------------------------------------------- German
T['de'] = dict(
    months=['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
            'September', 'Oktober', 'November', 'Dezember'],
    wd=['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    hello='Hallo {first},', link_obj='Widerspruch einlegen', link_pol='Datenschutzrichtlinie',
    sign='Vielen Dank\nDein {P}-Datenschutzteam',
    footer='Diese Nachricht wurde an {email} gesendet. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland.',
    reflabels=['Vorgangsnummer', 'Referenznummer', 'Aktenzeichen'],
    notice=[
        ("Wir aktualisieren unsere Datenschutzrichtlinie, während wir KI bei Meta ausbauen", [
            "KI bei Meta kommt in deine Region. Dazu gehören generative KI-Funktionen wie Meta AI und kreative KI-Tools sowie die Modelle dahinter.",
            "Künftig stützen wir uns für die Nutzung deiner Informationen zu diesem Zweck auf berechtigte Interessen. Du hast deshalb das Recht, dieser Nutzung zu widersprechen. Wird deinem Widerspruch stattgegeben, gilt er ab dann, und du erhältst eine Bestätigung per E-Mail.",
            "Die Änderungen gelten ab dem {use}. Damit dein Widerspruch vorher berücksichtigt wird, sende ihn bis spätestens {last}.",
            "[LINK]"]),
        ("Nur noch wenige Tage: Widerspruch gegen die Nutzung für KI", [
            "Erinnerung für {first}:",
            "Ab {use} können öffentliche Inhalte, die du auf {P} teilst – Beiträge, Fotos samt Bildunterschriften, Kommentare –, zum Training von KI bei Meta verwendet werden.",
            "Der letzte Tag für das Formular ist der {last}. Wir schicken dir einen Code, mit dem du deine E-Mail-Adresse bestätigst.",
            "[LINK]"]),
        ("Informationen zu KI bei Meta", [
            "Sehr geehrte Nutzerin, sehr geehrter Nutzer,",
            "wie am {sent} angekündigt, werden ab dem {use} öffentliche Informationen aus Konten Erwachsener auf {P} für die Entwicklung von KI bei Meta verwendet.",
            "Nach Art. 21 DSGVO können Sie widersprechen. Ein Widerspruch nach dem {last} ist weiterhin möglich, wirkt aber nur für die Zukunft.",
            "[LINK]"]),
    ],
    code=[
        ("Dein Bestätigungscode lautet {code}", [
            "Gib diesen Code ein, um die E-Mail-Adresse aus deinem Widerspruchsformular zu bestätigen:",
            "[CODE]",
            "Der Code ist eine Stunde lang gültig. Falls du das nicht warst, ignoriere diese E-Mail."]),
        ("Bestätige deine E-Mail-Adresse", [
            "Fast geschafft. Bitte trage im Formular folgenden Bestätigungscode ein:",
            "[CODE]",
            "Gib diesen Code an niemanden weiter."]),
    ],
    recv=[
        ("Wir haben deinen Widerspruch erhalten", [
            "Danke für deine Nachricht. Dein Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta ist bei uns eingegangen.",
            "Wir prüfen ihn und melden uns per E-Mail bei dir.",
            "[REF]"]),
        ("Deine Anfrage wird geprüft", [
            "Dein Formular wurde übermittelt und wird derzeit von unserem Team bearbeitet. Du musst im Moment nichts weiter tun.",
            "[REF]"]),
    ],
    acc=[
        ("Deine Widerspruchsanfrage", [
            "Wir haben deine Anfrage geprüft und werden deinem Widerspruch nachkommen.",
            "Deine öffentlichen Informationen von {P} werden ab sofort nicht mehr für die Entwicklung und Verbesserung generativer KI-Modelle bei Meta verwendet.",
            "[REF]"]),
        ("Dein Widerspruch war erfolgreich", [
            "Gute Nachrichten: Deinem Widerspruch wurde stattgegeben.",
            "Wir verwenden deine öffentlichen Beiträge und Kommentare nicht mehr für KI bei Meta.",
            "[REF]"]),
    ],
    ref=[
        ("Wir können deine Anfrage nicht bearbeiten", [
            "Wir haben deine Anfrage geprüft, können sie aber nicht bearbeiten: Aus deinen Angaben geht nicht hervor, wie dich die Verarbeitung in deiner besonderen Situation betrifft, wie es Art. 21 DSGVO verlangt.",
            "Du kannst das Formular erneut ausfüllen:",
            "[LINK]",
            "Außerdem kannst du dich bei deiner Datenschutzaufsichtsbehörde beschweren.",
            "[REF]"]),
        ("Wir benötigen weitere Informationen", [
            "Um deinen Widerspruch zu bearbeiten, brauchen wir mehr Informationen. Bitte antworte auf diese E-Mail mit dem Nutzernamen des betroffenen Kontos.",
            "Ohne diese Angaben können wir deine Anfrage nicht weiter bearbeiten.",
            "[REF]"]),
    ],
)

# ---------------------------------------------------------------- Italian
T['it'] = dict(
    months=['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
            'settembre', 'ottobre', 'novembre', 'dicembre'],
    wd=['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    hello='Ciao {first},', link_obj='Diritto di opposizione', link_pol='Informativa sulla privacy',
    sign='Grazie,\nIl team Privacy di {P}',
    footer='Questo messaggio è stato inviato a {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda.',
    reflabels=['Numero di riferimento', 'Rif.', 'Numero pratica'],
    notice=[
        ("Stiamo aggiornando la nostra Informativa sulla privacy con l'espansione dell'IA di Meta", [
            "Ci stiamo preparando a estendere l'IA di Meta nella tua area geografica: funzioni di IA generativa come Meta AI, strumenti creativi e i modelli su cui si basano.",
            "Per farlo, useremo le tue informazioni sulla base del legittimo interesse. Hai quindi il diritto di opporti a questo utilizzo. Se la tua opposizione verrà accolta, sarà applicata da quel momento in poi e te lo comunicheremo via e-mail.",
            "Le modifiche entreranno in vigore il {use}. Invia il modulo entro il {last} perché valga fin dall'inizio.",
            "[LINK]"]),
        ("Mancano pochi giorni per opporti", [
            "{first}, ti ricordiamo che dal {use} i contenuti pubblici che condividi su {P}, come post, foto con didascalie e commenti, potranno essere usati per sviluppare l'IA di Meta.",
            "Puoi ancora opporti: l'ultimo giorno utile è il {last}.",
            "[LINK]"]),
        ("Le tue informazioni e l'IA di Meta", [
            "Gentile utente,",
            "come annunciato il {sent}, a partire dal {use} {P} utilizzerà le informazioni pubbliche degli account di adulti per addestrare i modelli di IA di Meta.",
            "Il GDPR le riconosce il diritto di opposizione. Un'opposizione inviata dopo il {last} varrà solo per il futuro.",
            "[LINK]"]),
    ],
    code=[
        ("{code} è il tuo codice di conferma", [
            "Usa questo codice per confermare l'indirizzo e-mail indicato nel modulo di opposizione:",
            "[CODE]",
            "Il codice scade tra un'ora. Se non hai fatto tu questa richiesta, ignora questa e-mail."]),
    ],
    recv=[
        ("Abbiamo ricevuto la tua opposizione", [
            "Grazie per averci contattato. Abbiamo ricevuto la tua richiesta di opposizione all'uso delle tue informazioni per l'IA di Meta.",
            "La esamineremo e ti risponderemo via e-mail.",
            "[REF]"]),
    ],
    acc=[
        ("La tua richiesta di opposizione", [
            "Abbiamo esaminato la tua richiesta e accoglieremo la tua opposizione.",
            "D'ora in poi non useremo le tue informazioni pubbliche di {P} per sviluppare e migliorare i modelli di IA generativa di Meta.",
            "[REF]"]),
        ("Richiesta approvata", [
            "La tua opposizione è andata a buon fine: non utilizzeremo più i tuoi post e commenti pubblici per l'IA di Meta.",
            "[REF]"]),
    ],
    ref=[
        ("Non possiamo elaborare la tua richiesta", [
            "Abbiamo esaminato la tua richiesta, ma non possiamo darle seguito: non indica in che modo il trattamento incide sulla tua situazione particolare, come richiesto dall'articolo 21 del GDPR.",
            "Puoi inviare di nuovo il modulo:",
            "[LINK]",
            "Hai anche il diritto di proporre reclamo al Garante per la protezione dei dati personali.",
            "[REF]"]),
        ("Servono altre informazioni", [
            "Per procedere con la tua opposizione ci servono ulteriori informazioni: rispondi a questa e-mail indicando il nome utente dell'account interessato.",
            "Senza questi dati non possiamo continuare l'esame della richiesta.",
            "[REF]"]),
    ],
)

# ---------------------------------------------------------------- Spanish
T['es'] = dict(
    months=['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
            'septiembre', 'octubre', 'noviembre', 'diciembre'],
    wd=['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    hello='Hola, {first}:', link_obj='Derecho de oposición', link_pol='Política de privacidad',
    sign='Gracias,\nEl equipo de privacidad de {P}',
    footer='Este mensaje se envió a {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda.',
    reflabels=['Número de caso', 'Ref.', 'N.º de referencia'],
    notice=[
        ("Actualizamos nuestra Política de privacidad a medida que ampliamos la IA en Meta", [
            "Nos estamos preparando para ampliar la IA en Meta en tu región. Incluye funciones de IA generativa como Meta AI y herramientas creativas, así como los modelos en los que se basan.",
            "Para ello, usaremos tu información sobre la base del interés legítimo, por lo que tienes derecho a oponerte. Si se acepta tu oposición, se aplicará desde ese momento y te lo confirmaremos por correo.",
            "Los cambios entran en vigor el {use}. Envía tu oposición a más tardar el {last}.",
            "[LINK]"]),
        ("Quedan pocos días para oponerte", [
            "{first}, te recordamos que a partir del {use} el contenido público que compartes en {P} (publicaciones, fotos con sus pies de foto y comentarios) podrá usarse para desarrollar la IA en Meta.",
            "Todavía puedes oponerte hasta el {last}.",
            "[LINK]"]),
        ("Tu información y la IA en Meta", [
            "Estimado/a usuario/a:",
            "Tal como le informamos el {sent}, desde el {use} {P} utilizará la información pública de cuentas de adultos para entrenar la IA en Meta.",
            "El RGPD le reconoce el derecho de oposición. Las oposiciones enviadas después del {last} solo surtirán efecto en adelante.",
            "[LINK]"]),
    ],
    code=[
        ("{code} es tu código de confirmación", [
            "Usa este código para confirmar el correo electrónico que indicaste en el formulario de oposición:",
            "[CODE]",
            "Caduca en una hora. Si no has sido tú, ignora este mensaje."]),
    ],
    recv=[
        ("Hemos recibido tu oposición", [
            "Gracias por ponerte en contacto con nosotros. Hemos recibido tu solicitud de oposición al uso de tu información para la IA en Meta.",
            "La revisaremos y te responderemos por correo electrónico.",
            "[REF]"]),
    ],
    acc=[
        ("Tu solicitud de oposición", [
            "Hemos revisado tu solicitud y atenderemos tu oposición.",
            "A partir de ahora no usaremos tu información pública de {P} para desarrollar y mejorar los modelos de IA generativa de Meta.",
            "[REF]"]),
        ("Tu solicitud se ha aprobado", [
            "Te has opuesto correctamente. Ya no usaremos tus publicaciones ni tus comentarios públicos para la IA en Meta.",
            "[REF]"]),
    ],
    ref=[
        ("No podemos tramitar tu solicitud", [
            "Hemos revisado tu solicitud, pero no podemos tramitarla: no explica cómo te afecta este tratamiento en tu situación particular, tal como exige el artículo 21 del RGPD.",
            "Puedes enviar el formulario de nuevo:",
            "[LINK]",
            "También puedes presentar una reclamación ante la Agencia Española de Protección de Datos.",
            "[REF]"]),
        ("Necesitamos más información", [
            "Para continuar con tu oposición necesitamos más datos. Responde a este correo con el nombre de usuario de la cuenta afectada.",
            "Sin esta información no podemos seguir con tu solicitud.",
            "[REF]"]),
    ],
)

# ---------------------------------------------------------------- Dutch
T['nl'] = dict(
    months=['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
            'september', 'oktober', 'november', 'december'],
    wd=['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    hello='Hallo {first},', link_obj='Recht van bezwaar', link_pol='Privacybeleid',
    sign='Bedankt,\nHet privacyteam van {P}',
    footer='Dit bericht is verzonden naar {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ierland.',
    reflabels=['Zaaknummer', 'Referentienummer', 'Ref.'],
    notice=[
        ("We werken ons Privacybeleid bij nu we AI bij Meta uitbreiden", [
            "We bereiden ons voor om AI bij Meta in jouw regio uit te breiden, waaronder generatieve AI-functies zoals Meta AI en creatieve tools, en de modellen erachter.",
            "Daarvoor baseren we het gebruik van je gegevens op gerechtvaardigde belangen. Je hebt dus het recht om bezwaar te maken. Als je bezwaar wordt gehonoreerd, geldt het vanaf dat moment en laten we het je per e-mail weten.",
            "De wijzigingen gaan in op {use}. Dien je bezwaar uiterlijk {last} in.",
            "[LINK]"]),
        ("Nog maar een paar dagen om bezwaar te maken", [
            "{first}, vanaf {use} kan openbare content die je op {P} deelt (berichten, foto's met bijschriften, reacties) worden gebruikt om AI bij Meta te trainen.",
            "Je kunt nog tot en met {last} bezwaar maken via het formulier.",
            "[LINK]"]),
        ("Je gegevens en AI bij Meta", [
            "Beste gebruiker,",
            "Zoals op {sent} aangekondigd, gebruikt {P} vanaf {use} openbare informatie van volwassen accounts voor AI bij Meta.",
            "Op grond van de AVG kunt u bezwaar maken. Bezwaar na {last} blijft mogelijk, maar werkt alleen voor de toekomst.",
            "[LINK]"]),
    ],
    code=[
        ("{code} is je bevestigingscode", [
            "Gebruik deze code om het e-mailadres te bevestigen dat je in je bezwaarformulier hebt ingevuld:",
            "[CODE]",
            "De code verloopt over een uur. Heb jij dit niet aangevraagd? Negeer dan deze e-mail."]),
    ],
    recv=[
        ("We hebben je bezwaar ontvangen", [
            "Bedankt voor je bericht. We hebben je bezwaar tegen het gebruik van je gegevens voor AI bij Meta ontvangen.",
            "We bekijken het en nemen per e-mail contact met je op.",
            "[REF]"]),
    ],
    acc=[
        ("Je bezwaarverzoek", [
            "We hebben je verzoek beoordeeld en we zullen je bezwaar honoreren.",
            "Je openbare gegevens van {P} worden voortaan niet meer gebruikt om generatieve AI-modellen van Meta te ontwikkelen en te verbeteren.",
            "[REF]"]),
        ("Je verzoek is goedgekeurd", [
            "Je bezwaar is gelukt: we gebruiken je openbare berichten en reacties niet langer voor AI bij Meta.",
            "[REF]"]),
    ],
    ref=[
        ("We kunnen je verzoek niet verwerken", [
            "We hebben je verzoek bekeken, maar kunnen het niet verwerken: je geeft niet aan hoe de verwerking jouw specifieke situatie raakt, zoals artikel 21 AVG vereist.",
            "Je kunt het formulier opnieuw invullen:",
            "[LINK]",
            "Je kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.",
            "[REF]"]),
        ("We hebben meer informatie nodig", [
            "Om je bezwaar te behandelen hebben we meer informatie nodig. Beantwoord deze e-mail met de gebruikersnaam van het betreffende account.",
            "Zonder deze gegevens kunnen we je verzoek niet verder behandelen.",
            "[REF]"]),
    ],
)

# ---------------------------------------------------------------- Polish
T['pl'] = dict(
    months=['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia',
            'września', 'października', 'listopada', 'grudnia'],
    wd=['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
    hello='Cześć {first},', link_obj='Prawo do sprzeciwu', link_pol='Zasady ochrony prywatności',
    sign='Dziękujemy\nZespół ds. prywatności {P}',
    footer='Ta wiadomość została wysłana na adres {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlandia.',
    reflabels=['Numer zgłoszenia', 'Nr ref.', 'Numer sprawy'],
    notice=[
        ("Aktualizujemy Zasady ochrony prywatności w związku z rozwojem AI w Meta", [
            "Przygotowujemy się do udostępnienia AI w Meta w Twoim regionie. Obejmuje to funkcje generatywnej AI, takie jak Meta AI i narzędzia kreatywne, oraz modele, na których się opierają.",
            "W tym celu będziemy wykorzystywać Twoje informacje na podstawie prawnie uzasadnionych interesów. Masz prawo wnieść sprzeciw. Jeśli Twój sprzeciw zostanie uwzględniony, będzie obowiązywał od tej chwili, a my potwierdzimy to e-mailem.",
            "Zmiany wchodzą w życie {use}. Wyślij sprzeciw najpóźniej {last}.",
            "[LINK]"]),
        ("Zostało tylko kilka dni na sprzeciw", [
            "{first}, od {use} publiczne treści udostępniane na {P} (posty, zdjęcia z podpisami, komentarze) mogą być wykorzystywane do trenowania AI w Meta.",
            "Formularz sprzeciwu możesz wysłać do {last} włącznie.",
            "[LINK]"]),
        ("Informacja o AI w Meta", [
            "Szanowni Państwo,",
            "zgodnie z zapowiedzią z dnia {sent}, od {use} {P} będzie wykorzystywać publiczne informacje z kont osób dorosłych do rozwoju AI w Meta.",
            "RODO daje Państwu prawo sprzeciwu. Sprzeciw złożony po {last} będzie skuteczny tylko na przyszłość.",
            "[LINK]"]),
    ],
    code=[
        ("{code} to Twój kod potwierdzający", [
            "Użyj tego kodu, aby potwierdzić adres e-mail podany w formularzu sprzeciwu:",
            "[CODE]",
            "Kod wygaśnie za godzinę. Jeśli to nie Ty, zignoruj tę wiadomość."]),
    ],
    recv=[
        ("Otrzymaliśmy Twój sprzeciw", [
            "Dziękujemy za kontakt. Otrzymaliśmy Twój sprzeciw wobec wykorzystywania Twoich informacji do AI w Meta.",
            "Rozpatrzymy go i odpowiemy e-mailem.",
            "[REF]"]),
    ],
    acc=[
        ("Twój wniosek o sprzeciw", [
            "Rozpatrzyliśmy Twój wniosek i uwzględnimy Twój sprzeciw.",
            "Od teraz nie będziemy wykorzystywać Twoich publicznych informacji z {P} do rozwijania i ulepszania modeli generatywnej AI w Meta.",
            "[REF]"]),
        ("Wniosek został zatwierdzony", [
            "Twój sprzeciw został skutecznie złożony i przyjęty. Nie będziemy już używać Twoich publicznych postów i komentarzy do AI w Meta.",
            "[REF]"]),
    ],
    ref=[
        ("Nie możemy rozpatrzyć Twojego wniosku", [
            "Przeanalizowaliśmy Twój wniosek, ale nie możemy go rozpatrzyć: nie wyjaśnia on, jak przetwarzanie wpływa na Twoją szczególną sytuację, czego wymaga art. 21 RODO.",
            "Możesz ponownie wypełnić formularz:",
            "[LINK]",
            "Masz też prawo wnieść skargę do Prezesa UODO.",
            "[REF]"]),
        ("Potrzebujemy dodatkowych informacji", [
            "Aby rozpatrzyć Twój sprzeciw, potrzebujemy więcej informacji. Odpowiedz na tę wiadomość, podając nazwę użytkownika konta, którego dotyczy sprzeciw.",
            "Bez tych danych nie możemy kontynuować.",
            "[REF]"]),
    ],
)

# ---------------------------------------------------------------- Portuguese
T['pt'] = dict(
    months=['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto',
            'setembro', 'outubro', 'novembro', 'dezembro'],
    wd=['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    hello='Olá, {first},', link_obj='Direito de oposição', link_pol='Política de Privacidade',
    sign='Obrigado,\nA equipa de Privacidade do {P}',
    footer='Esta mensagem foi enviada para {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda.',
    reflabels=['Número do pedido', 'Ref.', 'Número de processo'],
    notice=[
        ("Estamos a atualizar a nossa Política de Privacidade à medida que expandimos a IA na Meta", [
            "Estamos a preparar a expansão da IA na Meta na tua região, incluindo funcionalidades de IA generativa como a Meta AI e ferramentas criativas, bem como os modelos em que se baseiam.",
            "Para isso, vamos utilizar as tuas informações com base em interesses legítimos. Tens, por isso, o direito de te opor. Se a tua oposição for aceite, será aplicada a partir desse momento e confirmaremos por e-mail.",
            "As alterações entram em vigor a {use}. Envia a tua oposição até {last}.",
            "[LINK]"]),
        ("Faltam poucos dias para te opores", [
            "{first}, a partir de {use}, o conteúdo público que partilhas no {P} (publicações, fotos e legendas, comentários) poderá ser usado para desenvolver a IA na Meta.",
            "Ainda podes opor-te até {last}, inclusive.",
            "[LINK]"]),
        ("As suas informações e a IA na Meta", [
            "Caro/a utilizador/a,",
            "Conforme anunciado a {sent}, a partir de {use} o {P} utilizará informações públicas de contas de adultos para treinar a IA na Meta.",
            "O RGPD confere-lhe o direito de oposição. Uma oposição enviada depois de {last} só produz efeitos para o futuro.",
            "[LINK]"]),
    ],
    code=[
        ("{code} é o teu código de confirmação", [
            "Utiliza este código para confirmar o endereço de e-mail que indicaste no formulário de oposição:",
            "[CODE]",
            "O código expira dentro de uma hora. Se não foste tu, ignora este e-mail."]),
    ],
    recv=[
        ("Recebemos a tua oposição", [
            "Obrigado por entrares em contacto. Recebemos o teu pedido de oposição à utilização das tuas informações para a IA na Meta.",
            "Vamos analisá-lo e responderemos por e-mail.",
            "[REF]"]),
    ],
    acc=[
        ("O teu pedido de oposição", [
            "Analisámos o teu pedido e vamos respeitar a tua oposição.",
            "A partir de agora, não utilizaremos as tuas informações públicas do {P} para desenvolver e melhorar os modelos de IA generativa da Meta.",
            "[REF]"]),
        ("O teu pedido foi aprovado", [
            "A tua oposição foi registada com êxito: deixaremos de utilizar as tuas publicações e comentários públicos para a IA na Meta.",
            "[REF]"]),
    ],
    ref=[
        ("Não podemos processar o teu pedido", [
            "Analisámos o teu pedido, mas não o podemos processar: não explica de que forma o tratamento afeta a tua situação particular, como exige o artigo 21.º do RGPD.",
            "Podes enviar o formulário novamente:",
            "[LINK]",
            "Tens também o direito de apresentar reclamação à CNPD.",
            "[REF]"]),
        ("Precisamos de mais informações", [
            "Para dar seguimento à tua oposição precisamos de mais informações. Responde a este e-mail com o nome de utilizador da conta em causa.",
            "Sem estes dados não podemos continuar.",
            "[REF]"]),
    ],
)

# ---------------------------------------------------------------- minor languages: one variant each
def mk(months, hello, link_obj, link_pol, sign, footer, reflabels, notice, code, recv, acc, ref, wd=None):
    return dict(months=months, hello=hello, link_obj=link_obj, link_pol=link_pol, sign=sign,
                footer=footer, reflabels=reflabels, notice=[notice], code=[code], recv=[recv],
                acc=[acc], ref=[ref], wd=wd)

T['bg'] = mk(
    ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
    'Здравейте, {first},', 'Право на възражение', 'Политика за поверителност',
    'Благодарим ви,\nЕкипът по поверителност на {P}',
    'Това съобщение е изпратено до {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ирландия.',
    ['Номер на случая', 'Реф. №'],
    ("Актуализираме Политиката си за поверителност, докато разширяваме ИИ в Meta", [
        "Подготвяме се да разширим ИИ в Meta във вашия регион – функции с генеративен ИИ като Meta AI и моделите, на които се основават.",
        "За целта ще използваме информацията ви на основание законни интереси. Имате право да възразите срещу това използване. Ако възражението ви бъде уважено, то ще се прилага оттогава нататък.",
        "Промените влизат в сила на {use}. Изпратете възражението си най-късно до {last}.",
        "[LINK]"]),
    ("{code} е вашият код за потвърждение", [
        "Използвайте този код, за да потвърдите имейл адреса, който посочихте във формуляра за възражение:",
        "[CODE]",
        "Кодът изтича след един час."]),
    ("Получихме вашето възражение", [
        "Благодарим ви, че се свързахте с нас. Получихме искането ви за възражение срещу използването на информацията ви за ИИ в Meta.",
        "Ще го прегледаме и ще ви отговорим по имейл.",
        "[REF]"]),
    ("Вашето искане за възражение", [
        "Прегледахме искането ви и ще уважим възражението ви.",
        "Отсега нататък няма да използваме публичната ви информация от {P} за разработване на модели с генеративен ИИ в Meta.",
        "[REF]"]),
    ("Не можем да обработим искането ви", [
        "Прегледахме искането ви, но не можем да го обработим: в него не е посочено как обработването засяга конкретното ви положение, както изисква член 21 от ОРЗД.",
        "Можете да подадете формуляра отново:",
        "[LINK]",
        "[REF]"]),
)

T['hr'] = mk(
    ['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'],
    'Pozdrav {first},', 'Pravo na prigovor', 'Pravila o privatnosti',
    'Hvala,\nTim za privatnost platforme {P}',
    'Ova je poruka poslana na {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irska.',
    ['Broj predmeta', 'Ref. br.'],
    ("Ažuriramo Pravila o privatnosti jer proširujemo umjetnu inteligenciju u Meti", [
        "Pripremamo se proširiti umjetnu inteligenciju u Meti na vašu regiju, uključujući generativne značajke poput Meta AI i modele na kojima se temelje.",
        "Vaše ćemo informacije u tu svrhu koristiti na temelju legitimnog interesa, pa imate pravo uložiti prigovor. Ako vaš prigovor bude prihvaćen, primjenjivat će se od tada nadalje.",
        "Promjene stupaju na snagu {use}. Prigovor pošaljite najkasnije {last}.",
        "[LINK]"]),
    ("{code} vaš je kod za potvrdu", [
        "Upotrijebite ovaj kod za potvrdu adrese e-pošte koju ste naveli u obrascu za prigovor:",
        "[CODE]",
        "Kod istječe za sat vremena."]),
    ("Zaprimili smo vaš prigovor", [
        "Hvala što ste nam se obratili. Zaprimili smo vaš prigovor na korištenje vaših informacija za umjetnu inteligenciju u Meti.",
        "Pregledat ćemo ga i javiti vam se e-poštom.",
        "[REF]"]),
    ("Vaš zahtjev za prigovor", [
        "Pregledali smo vaš zahtjev i uvažit ćemo vaš prigovor.",
        "Od sada nećemo koristiti vaše javne informacije s platforme {P} za razvoj generativnih modela umjetne inteligencije u Meti.",
        "[REF]"]),
    ("Ne možemo obraditi vaš zahtjev", [
        "Pregledali smo vaš zahtjev, ali ga ne možemo obraditi jer ne navodi kako obrada utječe na vašu posebnu situaciju, kako zahtijeva članak 21. OUZP-a.",
        "Obrazac možete ponovno poslati:",
        "[LINK]",
        "[REF]"]),
)

T['cs'] = mk(
    ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
    'Dobrý den, {first},', 'Právo vznést námitku', 'Zásady ochrany osobních údajů',
    'Děkujeme\nTým ochrany soukromí {P}',
    'Tato zpráva byla odeslána na adresu {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irsko.',
    ['Číslo případu', 'Č. j.'],
    ("Aktualizujeme Zásady ochrany osobních údajů v souvislosti s rozšířením AI v Meta", [
        "Připravujeme rozšíření AI v Meta do vašeho regionu, včetně funkcí generativní AI, jako je Meta AI, a modelů, na kterých stojí.",
        "Vaše informace k tomu budeme používat na základě oprávněného zájmu. Máte proto právo vznést námitku. Pokud vaší námitce vyhovíme, bude platit od té chvíle.",
        "Změny vstupují v platnost {use}. Námitku pošlete nejpozději {last}.",
        "[LINK]"]),
    ("Váš potvrzovací kód je {code}", [
        "Tímto kódem potvrďte e-mailovou adresu, kterou jste uvedli ve formuláři námitky:",
        "[CODE]",
        "Platnost kódu vyprší za hodinu."]),
    ("Vaši námitku jsme obdrželi", [
        "Děkujeme, že jste nás kontaktovali. Obdrželi jsme vaši námitku proti použití vašich informací pro AI v Meta.",
        "Posoudíme ji a ozveme se vám e-mailem.",
        "[REF]"]),
    ("Vaše žádost o námitku", [
        "Vaši žádost jsme posoudili a vaší námitce vyhovíme.",
        "Vaše veřejné informace ze služby {P} už nebudeme používat k vývoji modelů generativní AI v Meta.",
        "[REF]"]),
    ("Vaši žádost nemůžeme zpracovat", [
        "Vaši žádost jsme posoudili, ale nemůžeme ji zpracovat: neuvádí, jak zpracování ovlivňuje vaši konkrétní situaci, jak vyžaduje článek 21 GDPR.",
        "Formulář můžete odeslat znovu:",
        "[LINK]",
        "[REF]"]),
)

T['da'] = mk(
    ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    'Hej {first}', 'Ret til indsigelse', 'Privatlivspolitik',
    'Tak\n{P}s privatlivsteam',
    'Denne meddelelse blev sendt til {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland.',
    ['Sagsnummer', 'Ref.nr.'],
    ("Vi opdaterer vores privatlivspolitik, efterhånden som vi udvider AI hos Meta", [
        "Vi gør klar til at udvide AI hos Meta i din region, herunder generative AI-funktioner som Meta AI og de modeller, de bygger på.",
        "Vi vil bruge dine oplysninger til dette på grundlag af legitime interesser. Du har derfor ret til at gøre indsigelse. Hvis din indsigelse imødekommes, gælder den fra da af.",
        "Ændringerne træder i kraft den {use}. Send din indsigelse senest den {last}.",
        "[LINK]"]),
    ("{code} er din bekræftelseskode", [
        "Brug denne kode til at bekræfte den e-mailadresse, du angav i formularen til indsigelse:",
        "[CODE]",
        "Koden udløber om en time."]),
    ("Vi har modtaget din indsigelse", [
        "Tak, fordi du kontaktede os. Vi har modtaget din indsigelse mod brugen af dine oplysninger til AI hos Meta.",
        "Vi gennemgår den og vender tilbage til dig via e-mail.",
        "[REF]"]),
    ("Din anmodning om indsigelse", [
        "Vi har gennemgået din anmodning og vil efterkomme din indsigelse.",
        "Vi bruger ikke længere dine offentlige oplysninger fra {P} til at udvikle generative AI-modeller hos Meta.",
        "[REF]"]),
    ("Vi kan ikke behandle din anmodning", [
        "Vi har gennemgået din anmodning, men kan ikke behandle den, da den ikke beskriver, hvordan behandlingen påvirker din særlige situation, som artikel 21 i GDPR kræver.",
        "Du kan indsende formularen igen:",
        "[LINK]",
        "[REF]"]),
    wd=['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
)

T['et'] = mk(
    ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember'],
    'Tere, {first}!', 'Vastuväite esitamise õigus', 'Privaatsuspoliitika',
    'Täname\n{P} privaatsusmeeskond',
    'See sõnum saadeti aadressile {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Iirimaa.',
    ['Juhtumi number', 'Viitenumber'],
    ("Uuendame privaatsuspoliitikat, kuna laiendame Meta tehisintellekti", [
        "Valmistume laiendama Meta tehisintellekti teie piirkonda, sealhulgas generatiivse tehisintellekti funktsioone nagu Meta AI ja nende aluseks olevaid mudeleid.",
        "Kasutame selleks teie teavet õigustatud huvi alusel, seega on teil õigus esitada vastuväide. Kui teie vastuväide rahuldatakse, kehtib see sellest hetkest edasi.",
        "Muudatuste jõustumise kuupäev: {use}. Vastuväite esitamise viimane päev: {last}.",
        "[LINK]"]),
    ("{code} on teie kinnituskood", [
        "Kasutage seda koodi, et kinnitada vastuväite vormil märgitud e-posti aadress:",
        "[CODE]",
        "Kood aegub ühe tunni pärast."]),
    ("Oleme teie vastuväite kätte saanud", [
        "Täname, et meiega ühendust võtsite. Saime kätte teie vastuväite teie teabe kasutamise kohta Meta tehisintellekti jaoks.",
        "Vaatame selle läbi ja anname teile e-posti teel teada.",
        "[REF]"]),
    ("Teie vastuväite taotlus", [
        "Vaatasime teie taotluse läbi ja arvestame teie vastuväitega.",
        "Edaspidi ei kasuta me teie avalikku teavet teenusest {P} Meta generatiivse tehisintellekti mudelite arendamiseks.",
        "[REF]"]),
    ("Me ei saa teie taotlust töödelda", [
        "Vaatasime teie taotluse läbi, kuid ei saa seda töödelda, sest selles pole selgitatud, kuidas töötlemine mõjutab teie konkreetset olukorda, nagu nõuab isikuandmete kaitse üldmääruse artikkel 21.",
        "Vormi saab uuesti esitada:",
        "[LINK]",
        "[REF]"]),
)

T['fi'] = mk(
    ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
    'Hei {first},', 'Vastustamisoikeus', 'Tietosuojakäytäntö',
    'Kiitos\n{P}-tietosuojatiimi',
    'Tämä viesti lähetettiin osoitteeseen {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanti.',
    ['Tapausnumero', 'Viite'],
    ("Päivitämme tietosuojakäytäntöämme, kun laajennamme Metan tekoälyä", [
        "Valmistaudumme laajentamaan Metan tekoälyä alueellesi. Siihen kuuluvat generatiivisen tekoälyn ominaisuudet, kuten Meta AI, ja niiden taustalla olevat mallit.",
        "Käytämme tietojasi tähän oikeutetun edun perusteella, joten sinulla on oikeus vastustaa käyttöä. Jos vastustuksesi hyväksytään, sitä sovelletaan siitä lähtien.",
        "Muutokset tulevat voimaan {use}. Lähetä vastustuksesi viimeistään {last}.",
        "[LINK]"]),
    ("{code} on vahvistuskoodisi", [
        "Vahvista tällä koodilla sähköpostiosoite, jonka annoit vastustamislomakkeessa:",
        "[CODE]",
        "Koodi vanhenee tunnin kuluttua."]),
    ("Olemme vastaanottaneet vastustuksesi", [
        "Kiitos yhteydenotostasi. Olemme vastaanottaneet vastustuksesi tietojesi käytöstä Metan tekoälyyn.",
        "Käsittelemme sen ja palaamme asiaan sähköpostitse.",
        "[REF]"]),
    ("Vastustamispyyntösi", [
        "Olemme käsitelleet pyyntösi ja noudatamme vastustustasi.",
        "Emme enää käytä julkisia tietojasi palvelusta {P} Metan generatiivisten tekoälymallien kehittämiseen.",
        "[REF]"]),
    ("Emme voi käsitellä pyyntöäsi", [
        "Kävimme pyyntösi läpi, mutta emme voi käsitellä sitä, koska siinä ei kerrota, miten käsittely vaikuttaa erityiseen tilanteeseesi, kuten tietosuoja-asetuksen 21 artikla edellyttää.",
        "Voit lähettää lomakkeen uudelleen:",
        "[LINK]",
        "[REF]"]),
)

T['el'] = mk(
    ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    'Γεια σας {first},', 'Δικαίωμα εναντίωσης', 'Πολιτική απορρήτου',
    'Ευχαριστούμε,\nΗ ομάδα απορρήτου του {P}',
    'Αυτό το μήνυμα στάλθηκε στη διεύθυνση {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ιρλανδία.',
    ['Αριθμός υπόθεσης', 'Αρ. αναφοράς'],
    ("Ενημερώνουμε την Πολιτική απορρήτου καθώς επεκτείνουμε την τεχνητή νοημοσύνη στη Meta", [
        "Ετοιμαζόμαστε να επεκτείνουμε την τεχνητή νοημοσύνη στη Meta στην περιοχή σας, με λειτουργίες όπως το Meta AI και τα μοντέλα στα οποία βασίζονται.",
        "Για τον σκοπό αυτό θα χρησιμοποιούμε τις πληροφορίες σας βάσει έννομου συμφέροντος. Έχετε επομένως δικαίωμα να αντιταχθείτε. Εάν η εναντίωσή σας γίνει δεκτή, θα ισχύει από εκείνη τη στιγμή και μετά.",
        "Οι αλλαγές τίθενται σε ισχύ στις {use}. Στείλτε την εναντίωσή σας έως τις {last}.",
        "[LINK]"]),
    ("Ο κωδικός επιβεβαίωσής σας είναι {code}", [
        "Χρησιμοποιήστε αυτόν τον κωδικό για να επιβεβαιώσετε τη διεύθυνση email που δηλώσατε στη φόρμα εναντίωσης:",
        "[CODE]",
        "Ο κωδικός λήγει σε μία ώρα."]),
    ("Λάβαμε την εναντίωσή σας", [
        "Σας ευχαριστούμε που επικοινωνήσατε μαζί μας. Λάβαμε το αίτημα εναντίωσής σας στη χρήση των πληροφοριών σας για την τεχνητή νοημοσύνη στη Meta.",
        "Θα το εξετάσουμε και θα επικοινωνήσουμε μαζί σας μέσω email.",
        "[REF]"]),
    ("Το αίτημα εναντίωσής σας", [
        "Εξετάσαμε το αίτημά σας και θα σεβαστούμε την εναντίωσή σας.",
        "Από εδώ και στο εξής δεν θα χρησιμοποιούμε τις δημόσιες πληροφορίες σας από το {P} για την ανάπτυξη μοντέλων παραγωγικής τεχνητής νοημοσύνης στη Meta.",
        "[REF]"]),
    ("Δεν μπορούμε να επεξεργαστούμε το αίτημά σας", [
        "Εξετάσαμε το αίτημά σας, αλλά δεν μπορούμε να το επεξεργαστούμε, επειδή δεν εξηγεί πώς η επεξεργασία επηρεάζει την ιδιαίτερη κατάστασή σας, όπως απαιτεί το άρθρο 21 του ΓΚΠΔ.",
        "Μπορείτε να υποβάλετε ξανά τη φόρμα:",
        "[LINK]",
        "[REF]"]),
)

T['hu'] = mk(
    ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
    'Kedves {first}!', 'Tiltakozási jog', 'Adatvédelmi irányelvek',
    'Köszönjük!\nA(z) {P} adatvédelmi csapata',
    'Ezt az üzenetet a(z) {email} címre küldtük. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Írország.',
    ['Ügyszám', 'Hivatkozási szám'],
    ("Frissítjük adatvédelmi irányelveinket a Meta MI bővítése miatt", [
        "Készülünk a Meta MI bővítésére az Ön régiójában, beleértve a generatív MI-funkciókat, például a Meta AI-t, és az ezek alapjául szolgáló modelleket.",
        "Ehhez jogos érdek alapján használjuk fel az Ön adatait, ezért Önnek joga van tiltakozni. Ha tiltakozásának helyt adunk, az attól kezdve érvényes.",
        "A változások hatálybalépésének napja: {use}. Tiltakozása beküldésének utolsó napja: {last}.",
        "[LINK]"]),
    ("A megerősítő kódja: {code}", [
        "Ezzel a kóddal erősítse meg a tiltakozási űrlapon megadott e-mail-címét:",
        "[CODE]",
        "A kód egy óra múlva lejár."]),
    ("Megkaptuk a tiltakozását", [
        "Köszönjük, hogy felvette velünk a kapcsolatot. Megkaptuk tiltakozását az adatai Meta MI céljára történő felhasználása ellen.",
        "Megvizsgáljuk, és e-mailben jelentkezünk.",
        "[REF]"]),
    ("Tiltakozási kérelme", [
        "Megvizsgáltuk kérelmét, és helyt adunk tiltakozásának.",
        "Ezentúl nem használjuk fel a(z) {P} szolgáltatásban közzétett nyilvános adatait a Meta generatív MI-modelljeinek fejlesztéséhez.",
        "[REF]"]),
    ("Kérelmét nem tudjuk feldolgozni", [
        "Megvizsgáltuk kérelmét, de nem tudjuk feldolgozni, mert nem írja le, hogyan érinti az adatkezelés az Ön különleges helyzetét, ahogy azt a GDPR 21. cikke előírja.",
        "Az űrlapot újra beküldheti:",
        "[LINK]",
        "[REF]"]),
)

T['ga'] = mk(
    ['Eanáir', 'Feabhra', 'Márta', 'Aibreán', 'Bealtaine', 'Meitheamh', 'Iúil', 'Lúnasa', 'Meán Fómhair', 'Deireadh Fómhair', 'Samhain', 'Nollaig'],
    'Dia duit, {first},', 'An ceart agóid a dhéanamh', 'Beartas Príobháideachta',
    'Go raibh maith agat,\nFoireann Phríobháideachta {P}',
    'Seoladh an teachtaireacht seo chuig {email}. Meta Platforms Ireland Ltd., Bóthar Mhuirfean, Baile Átha Cliath 4, D04 X2K5, Éire.',
    ['Uimhir an cháis', 'Tag.'],
    ("Táimid ag nuashonrú ár mBeartas Príobháideachta agus muid ag leathnú IS ag Meta", [
        "Táimid ag ullmhú chun IS ag Meta a leathnú i do réigiún, lena n-áirítear gnéithe IS giniúna ar nós Meta AI agus na samhlacha ar a bhfuil siad bunaithe.",
        "Úsáidfimid d'fhaisnéis chuige sin ar bhonn leasanna dlisteanacha, mar sin tá sé de cheart agat agóid a dhéanamh. Má ghlactar le d'agóid, beidh feidhm aici as sin amach.",
        "Tiocfaidh na hathruithe i bhfeidhm ar {use}. Seol d'agóid faoin {last} ar a dhéanaí.",
        "[LINK]"]),
    ("Is é {code} do chód deimhnithe", [
        "Úsáid an cód seo chun an seoladh ríomhphoist a thug tú san fhoirm agóide a dheimhniú:",
        "[CODE]",
        "Rachaidh an cód in éag i gceann uair an chloig."]),
    ("Fuaireamar d'agóid", [
        "Go raibh maith agat as teagmháil a dhéanamh linn. Fuaireamar d'agóid in aghaidh úsáid d'fhaisnéise le haghaidh IS ag Meta.",
        "Déanfaimid athbhreithniú uirthi agus cuirfimid ríomhphost chugat.",
        "[REF]"]),
    ("D'iarratas agóide", [
        "Rinneamar athbhreithniú ar d'iarratas agus urramóimid d'agóid.",
        "Ní úsáidfimid d'fhaisnéis phoiblí ó {P} a thuilleadh chun samhlacha IS giniúna Meta a fhorbairt.",
        "[REF]"]),
    ("Ní féidir linn d'iarratas a phróiseáil", [
        "Rinneamar athbhreithniú ar d'iarratas ach ní féidir linn é a phróiseáil mar ní mhíníonn sé conas a théann an phróiseáil i bhfeidhm ar do chás ar leith, mar a éilíonn Airteagal 21 den RGCS.",
        "Is féidir leat an fhoirm a sheoladh arís:",
        "[LINK]",
        "[REF]"]),
)

T['lv'] = mk(
    ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'],
    'Sveiki, {first}!', 'Tiesības iebilst', 'Privātuma politika',
    'Paldies!\n{P} privātuma komanda',
    'Šis ziņojums tika nosūtīts uz {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Īrija.',
    ['Lietas numurs', 'Atsauces Nr.'],
    ("Mēs atjauninām privātuma politiku, paplašinot Meta mākslīgo intelektu", [
        "Gatavojamies paplašināt Meta mākslīgo intelektu jūsu reģionā, tostarp ģeneratīvā MI funkcijas, piemēram, Meta AI, un modeļus, uz kuriem tās balstās.",
        "Šim nolūkam izmantosim jūsu informāciju, pamatojoties uz leģitīmām interesēm, tāpēc jums ir tiesības iebilst. Ja jūsu iebildums tiks apmierināts, tas būs spēkā no tā brīža.",
        "Izmaiņas stāsies spēkā {use}. Pēdējā diena iebilduma nosūtīšanai: {last}.",
        "[LINK]"]),
    ("Jūsu apstiprinājuma kods ir {code}", [
        "Izmantojiet šo kodu, lai apstiprinātu e-pasta adresi, ko norādījāt iebilduma veidlapā:",
        "[CODE]",
        "Kods derīgs vienu stundu."]),
    ("Esam saņēmuši jūsu iebildumu", [
        "Paldies, ka sazinājāties ar mums. Esam saņēmuši jūsu iebildumu pret jūsu informācijas izmantošanu Meta mākslīgajam intelektam.",
        "Mēs to izskatīsim un sazināsimies ar jums pa e-pastu.",
        "[REF]"]),
    ("Jūsu iebilduma pieprasījums", [
        "Esam izskatījuši jūsu pieprasījumu un ievērosim jūsu iebildumu.",
        "Turpmāk mēs neizmantosim jūsu publisko informāciju no {P} Meta ģeneratīvā MI modeļu izstrādei.",
        "[REF]"]),
    ("Mēs nevaram apstrādāt jūsu pieprasījumu", [
        "Esam izskatījuši jūsu pieprasījumu, taču nevaram to apstrādāt, jo tajā nav paskaidrots, kā apstrāde ietekmē jūsu īpašo situāciju, kā to prasa VDAR 21. pants.",
        "Varat iesniegt veidlapu vēlreiz:",
        "[LINK]",
        "[REF]"]),
)

T['lt'] = mk(
    ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'],
    'Sveiki, {first},', 'Teisė nesutikti', 'Privatumo politika',
    'Ačiū\n{P} privatumo komanda',
    'Šis pranešimas išsiųstas adresu {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Airija.',
    ['Bylos numeris', 'Nuorodos Nr.'],
    ("Atnaujiname privatumo politiką, nes plečiame „Meta“ dirbtinį intelektą", [
        "Ruošiamės išplėsti „Meta“ dirbtinį intelektą jūsų regione, įskaitant generatyviojo DI funkcijas, pvz., „Meta AI“, ir jų modelius.",
        "Jūsų informaciją šiam tikslui naudosime remdamiesi teisėtais interesais, todėl turite teisę nesutikti. Jei jūsų prieštaravimas bus patenkintas, jis bus taikomas nuo tada.",
        "Pakeitimai įsigalioja {use}. Prieštaravimą atsiųskite ne vėliau kaip {last}.",
        "[LINK]"]),
    ("Jūsų patvirtinimo kodas: {code}", [
        "Šiuo kodu patvirtinkite el. pašto adresą, kurį nurodėte prieštaravimo formoje:",
        "[CODE]",
        "Kodas galioja vieną valandą."]),
    ("Gavome jūsų prieštaravimą", [
        "Dėkojame, kad susisiekėte. Gavome jūsų prieštaravimą dėl jūsų informacijos naudojimo „Meta“ dirbtiniam intelektui.",
        "Jį peržiūrėsime ir atsakysime el. paštu.",
        "[REF]"]),
    ("Jūsų prieštaravimo prašymas", [
        "Peržiūrėjome jūsų prašymą ir atsižvelgsime į jūsų prieštaravimą.",
        "Nuo šiol nenaudosime jūsų viešos informacijos iš {P} „Meta“ generatyviojo DI modeliams kurti.",
        "[REF]"]),
    ("Negalime apdoroti jūsų prašymo", [
        "Peržiūrėjome jūsų prašymą, tačiau negalime jo apdoroti, nes jame nepaaiškinta, kaip tvarkymas veikia jūsų konkrečią situaciją, kaip reikalauja BDAR 21 straipsnis.",
        "Formą galite pateikti dar kartą:",
        "[LINK]",
        "[REF]"]),
)

T['mt'] = mk(
    ['Jannar', 'Frar', 'Marzu', 'April', 'Mejju', 'Ġunju', 'Lulju', 'Awwissu', 'Settembru', 'Ottubru', 'Novembru', 'Diċembru'],
    'Bonġu {first},', 'Dritt li toġġezzjona', 'Politika tal-Privatezza',
    'Grazzi,\nIt-tim tal-Privatezza ta\' {P}',
    'Dan il-messaġġ intbagħat lil {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, l-Irlanda.',
    ['Numru tal-każ', 'Ref.'],
    ("Qed naġġornaw il-Politika tal-Privatezza tagħna hekk kif nespandu l-IA f'Meta", [
        "Qed inħejju biex nespandu l-IA f'Meta fir-reġjun tiegħek, inklużi karatteristiċi ta' IA ġenerattiva bħal Meta AI u l-mudelli li fuqhom huma bbażati.",
        "Se nużaw l-informazzjoni tiegħek għal dan fuq il-bażi ta' interessi leġittimi, għalhekk għandek id-dritt toġġezzjona. Jekk l-oġġezzjoni tiegħek tintlaqa', tapplika minn dak il-mument 'il quddiem.",
        "Il-bidliet jidħlu fis-seħħ fis-{use}. Ibgħat l-oġġezzjoni tiegħek sa mhux aktar tard mill-{last}.",
        "[LINK]"]),
    ("{code} huwa l-kodiċi ta' konferma tiegħek", [
        "Uża dan il-kodiċi biex tikkonferma l-indirizz tal-email li tajt fil-formola tal-oġġezzjoni:",
        "[CODE]",
        "Il-kodiċi jiskadi fi żmien siegħa."]),
    ("Irċevejna l-oġġezzjoni tiegħek", [
        "Grazzi talli kkuntattjajtna. Irċevejna l-oġġezzjoni tiegħek għall-użu tal-informazzjoni tiegħek għall-IA f'Meta.",
        "Se nirrevedu u nikkuntattjawk bl-email.",
        "[REF]"]),
    ("It-talba ta' oġġezzjoni tiegħek", [
        "Irrevedejna t-talba tiegħek u se nonoraw l-oġġezzjoni tiegħek.",
        "Minn issa 'l quddiem mhux se nużaw l-informazzjoni pubblika tiegħek minn {P} biex niżviluppaw mudelli ta' IA ġenerattiva f'Meta.",
        "[REF]"]),
    ("Ma nistgħux nipproċessaw it-talba tiegħek", [
        "Irrevedejna t-talba tiegħek iżda ma nistgħux nipproċessawha għax ma tispjegax kif l-ipproċessar jaffettwa s-sitwazzjoni partikolari tiegħek, kif jitlob l-Artikolu 21 tal-GDPR.",
        "Tista' terġa' tibgħat il-formola:",
        "[LINK]",
        "[REF]"]),
)

T['ro'] = mk(
    ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
    'Bună, {first},', 'Dreptul de opoziție', 'Politica de confidențialitate',
    'Mulțumim,\nEchipa de confidențialitate {P}',
    'Acest mesaj a fost trimis la {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda.',
    ['Număr de caz', 'Ref.'],
    ("Actualizăm Politica de confidențialitate pe măsură ce extindem IA de la Meta", [
        "Ne pregătim să extindem IA de la Meta în regiunea ta, inclusiv funcțiile de IA generativă precum Meta AI și modelele pe care se bazează.",
        "Vom folosi informațiile tale în acest scop pe baza intereselor legitime, așa că ai dreptul să te opui. Dacă opoziția ta este admisă, se va aplica de atunci înainte.",
        "Modificările intră în vigoare pe {use}. Trimite opoziția cel târziu pe {last}.",
        "[LINK]"]),
    ("{code} este codul tău de confirmare", [
        "Folosește acest cod pentru a confirma adresa de e-mail introdusă în formularul de opoziție:",
        "[CODE]",
        "Codul expiră într-o oră."]),
    ("Am primit opoziția ta", [
        "Îți mulțumim că ne-ai contactat. Am primit cererea ta de opoziție față de utilizarea informațiilor tale pentru IA de la Meta.",
        "O vom analiza și îți vom răspunde prin e-mail.",
        "[REF]"]),
    ("Cererea ta de opoziție", [
        "Am analizat cererea ta și vom respecta opoziția ta.",
        "De acum înainte nu vom mai folosi informațiile tale publice de pe {P} pentru dezvoltarea modelelor de IA generativă de la Meta.",
        "[REF]"]),
    ("Nu putem procesa cererea ta", [
        "Am analizat cererea ta, dar nu o putem procesa, deoarece nu explică modul în care prelucrarea îți afectează situația particulară, așa cum cere articolul 21 din RGPD.",
        "Poți trimite din nou formularul:",
        "[LINK]",
        "[REF]"]),
    wd=['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
)

T['sk'] = mk(
    ['januára', 'februára', 'marca', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'],
    'Dobrý deň, {first},', 'Právo namietať', 'Zásady ochrany súkromia',
    'Ďakujeme\nTím ochrany súkromia {P}',
    'Táto správa bola odoslaná na adresu {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Írsko.',
    ['Číslo prípadu', 'Ref. č.'],
    ("Aktualizujeme Zásady ochrany súkromia v súvislosti s rozširovaním AI v Meta", [
        "Pripravujeme rozšírenie AI v Meta vo vašom regióne vrátane funkcií generatívnej AI, ako je Meta AI, a modelov, na ktorých sú založené.",
        "Vaše informácie na to budeme používať na základe oprávneného záujmu, preto máte právo namietať. Ak vašej námietke vyhovieme, bude platiť odvtedy.",
        "Zmeny nadobúdajú účinnosť {use}. Námietku pošlite najneskôr {last}.",
        "[LINK]"]),
    ("Váš potvrdzovací kód je {code}", [
        "Týmto kódom potvrďte e-mailovú adresu, ktorú ste uviedli vo formulári námietky:",
        "[CODE]",
        "Platnosť kódu vyprší o hodinu."]),
    ("Vašu námietku sme prijali", [
        "Ďakujeme, že ste nás kontaktovali. Prijali sme vašu námietku proti použitiu vašich informácií pre AI v Meta.",
        "Posúdime ju a ozveme sa vám e-mailom.",
        "[REF]"]),
    ("Vaša žiadosť o námietku", [
        "Vašu žiadosť sme posúdili a vašej námietke vyhovieme.",
        "Vaše verejné informácie zo služby {P} už nebudeme používať na vývoj modelov generatívnej AI v Meta.",
        "[REF]"]),
    ("Vašu žiadosť nemôžeme spracovať", [
        "Vašu žiadosť sme posúdili, ale nemôžeme ju spracovať, pretože neuvádza, ako spracúvanie ovplyvňuje vašu konkrétnu situáciu, ako vyžaduje článok 21 GDPR.",
        "Formulár môžete odoslať znova:",
        "[LINK]",
        "[REF]"]),
)

T['sl'] = mk(
    ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
    'Pozdravljeni, {first},', 'Pravica do ugovora', 'Pravilnik o zasebnosti',
    'Hvala\nEkipa za zasebnost {P}',
    'To sporočilo je bilo poslano na {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irska.',
    ['Številka primera', 'Ref. št.'],
    ("Posodabljamo pravilnik o zasebnosti, ker širimo umetno inteligenco pri Meti", [
        "Pripravljamo se na širitev umetne inteligence pri Meti v vaši regiji, vključno s funkcijami generativne UI, kot je Meta AI, in modeli, na katerih temeljijo.",
        "Vaše podatke bomo za to uporabljali na podlagi zakonitih interesov, zato imate pravico do ugovora. Če bo vaš ugovor upoštevan, bo veljal od takrat naprej.",
        "Spremembe začnejo veljati {use}. Ugovor pošljite najpozneje {last}.",
        "[LINK]"]),
    ("Vaša potrditvena koda je {code}", [
        "S to kodo potrdite e-poštni naslov, ki ste ga navedli v obrazcu za ugovor:",
        "[CODE]",
        "Koda poteče v eni uri."]),
    ("Prejeli smo vaš ugovor", [
        "Hvala, ker ste se obrnili na nas. Prejeli smo vaš ugovor zoper uporabo vaših podatkov za umetno inteligenco pri Meti.",
        "Pregledali ga bomo in se vam oglasili po e-pošti.",
        "[REF]"]),
    ("Vaša zahteva za ugovor", [
        "Pregledali smo vašo zahtevo in bomo upoštevali vaš ugovor.",
        "Odslej vaših javnih podatkov iz storitve {P} ne bomo več uporabljali za razvoj modelov generativne UI pri Meti.",
        "[REF]"]),
    ("Vaše zahteve ne moremo obdelati", [
        "Pregledali smo vašo zahtevo, vendar je ne moremo obdelati, ker ne pojasnjuje, kako obdelava vpliva na vaš poseben položaj, kot zahteva člen 21 GDPR.",
        "Obrazec lahko pošljete znova:",
        "[LINK]",
        "[REF]"]),
)

T['sv'] = mk(
    ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    'Hej {first}!', 'Rätt att invända', 'Integritetspolicy',
    'Tack!\n{P}s integritetsteam',
    'Det här meddelandet skickades till {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland.',
    ['Ärendenummer', 'Ref.nr'],
    ("Vi uppdaterar vår integritetspolicy i takt med att vi utökar AI hos Meta", [
        "Vi förbereder oss på att utöka AI hos Meta i din region, bland annat generativa AI-funktioner som Meta AI och de modeller de bygger på.",
        "Vi kommer att använda din information för detta med stöd av berättigat intresse, så du har rätt att invända. Om din invändning godtas gäller den från och med då.",
        "Ändringarna träder i kraft den {use}. Skicka din invändning senast den {last}.",
        "[LINK]"]),
    ("{code} är din bekräftelsekod", [
        "Använd den här koden för att bekräfta e-postadressen du angav i invändningsformuläret:",
        "[CODE]",
        "Koden upphör att gälla om en timme."]),
    ("Vi har tagit emot din invändning", [
        "Tack för att du kontaktade oss. Vi har tagit emot din invändning mot att din information används för AI hos Meta.",
        "Vi går igenom den och återkommer via e-post.",
        "[REF]"]),
    ("Din begäran om invändning", [
        "Vi har granskat din begäran och kommer att respektera din invändning.",
        "Från och med nu använder vi inte längre din offentliga information från {P} för att utveckla generativa AI-modeller hos Meta.",
        "[REF]"]),
    ("Vi kan inte behandla din begäran", [
        "Vi har granskat din begäran men kan inte behandla den eftersom den inte beskriver hur behandlingen påverkar din särskilda situation, vilket artikel 21 i GDPR kräver.",
        "Du kan skicka formuläret igen:",
        "[LINK]",
        "[REF]"]),
    wd=['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
)

T['no'] = mk(
    ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    'Hei {first},', 'Rett til å protestere', 'Personvernregler',
    'Takk\nPersonvernteamet i {P}',
    'Denne meldingen ble sendt til {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland.',
    ['Saksnummer', 'Ref.nr.'],
    ("Vi oppdaterer personvernreglene våre etter hvert som vi utvider AI hos Meta", [
        "Vi forbereder utvidelsen av AI hos Meta i din region, blant annet generative AI-funksjoner som Meta AI og modellene de bygger på.",
        "Vi kommer til å bruke informasjonen din til dette på grunnlag av berettigede interesser, så du har rett til å protestere. Hvis protesten din tas til følge, gjelder den fra da av.",
        "Endringene trer i kraft {use}. Send protesten din senest {last}.",
        "[LINK]"]),
    ("{code} er bekreftelseskoden din", [
        "Bruk denne koden for å bekrefte e-postadressen du oppga i protestskjemaet:",
        "[CODE]",
        "Koden utløper om én time."]),
    ("Vi har mottatt protesten din", [
        "Takk for at du kontaktet oss. Vi har mottatt protesten din mot at informasjonen din brukes til AI hos Meta.",
        "Vi går gjennom den og kommer tilbake til deg på e-post.",
        "[REF]"]),
    ("Forespørselen din om protest", [
        "Vi har gått gjennom forespørselen din og kommer til å etterkomme protesten din.",
        "Fra nå av bruker vi ikke lenger den offentlige informasjonen din fra {P} til å utvikle generative AI-modeller hos Meta.",
        "[REF]"]),
    ("Vi kan ikke behandle forespørselen din", [
        "Vi har gått gjennom forespørselen din, men kan ikke behandle den fordi den ikke forklarer hvordan behandlingen påvirker din særlige situasjon, slik artikkel 21 i personvernforordningen krever.",
        "Du kan sende inn skjemaet på nytt:",
        "[LINK]",
        "[REF]"]),
)

T['is'] = mk(
    ['janúar', 'febrúar', 'mars', 'apríl', 'maí', 'júní', 'júlí', 'ágúst', 'september', 'október', 'nóvember', 'desember'],
    'Hæ {first},', 'Andmælaréttur', 'Persónuverndarstefna',
    'Takk fyrir,\nPersónuverndarteymi {P}',
    'Þessi skilaboð voru send á {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Írlandi.',
    ['Málsnúmer', 'Tilv.'],
    ("Við erum að uppfæra persónuverndarstefnuna okkar samhliða útvíkkun gervigreindar hjá Meta", [
        "Við erum að undirbúa útvíkkun gervigreindar hjá Meta á þínu svæði, þar á meðal skapandi gervigreindareiginleika eins og Meta AI og líkönin sem þeir byggja á.",
        "Við munum nota upplýsingarnar þínar í þessu skyni á grundvelli lögmætra hagsmuna og því átt þú rétt á að andmæla. Ef andmælum þínum verður fallist á gilda þau frá þeim tíma.",
        "Breytingarnar taka gildi {use}. Sendu andmælin í síðasta lagi {last}.",
        "[LINK]"]),
    ("{code} er staðfestingarkóðinn þinn", [
        "Notaðu þennan kóða til að staðfesta netfangið sem þú gafst upp í andmælaeyðublaðinu:",
        "[CODE]",
        "Kóðinn rennur út eftir eina klukkustund."]),
    ("Við höfum móttekið andmælin þín", [
        "Takk fyrir að hafa samband. Við höfum móttekið andmæli þín gegn notkun upplýsinga þinna fyrir gervigreind hjá Meta.",
        "Við förum yfir þau og höfum samband með tölvupósti.",
        "[REF]"]),
    ("Andmælabeiðni þín", [
        "Við höfum farið yfir beiðni þína og munum virða andmæli þín.",
        "Héðan í frá notum við ekki opinberar upplýsingar þínar frá {P} til að þróa gervigreindarlíkön hjá Meta.",
        "[REF]"]),
    ("Við getum ekki afgreitt beiðni þína", [
        "Við höfum farið yfir beiðni þína en getum ekki afgreitt hana þar sem ekki kemur fram hvernig vinnslan hefur áhrif á sérstakar aðstæður þínar, eins og 21. grein persónuverndarreglugerðarinnar krefst.",
        "Þú getur sent eyðublaðið aftur:",
        "[LINK]",
        "[REF]"]),
)

T['en']['ref'].append(("Re: Your objection request", [
    "Thanks for your reply. We still can't act on your objection: you haven't told us which account it concerns or how the processing affects you. Without this, we can't take your request further.",
    "[REF]",
    "[QUOTE]"]))
T['en']['quote'] = ("On {qdate}, {first} wrote:\n> Hello, I already objected last year.\n> My previous case number was {oldref}.\n> Please stop using my posts.")
T['fr']['recv'].append(("Re: Votre demande d'opposition", [
    "Nous avons bien reçu votre réponse et l'avons ajoutée à votre dossier. Nous reviendrons vers vous dès que possible.",
    "[REF]",
    "[QUOTE]"]))
T['fr']['quote'] = ("Le {qdate}, {first} a écrit :\n> Bonjour,\n> je complète ma demande précédente (Réf. {oldref}) :\n> je suis photographe et mes images publiques ne doivent pas servir à entraîner une IA.")

MAJOR = ['en', 'fr', 'de', 'it', 'es', 'nl', 'pl', 'pt']
MINOR = ['bg', 'hr', 'cs', 'da', 'et', 'fi', 'el', 'hu', 'ga', 'lv', 'lt', 'mt', 'ro', 'sk', 'sl', 'sv', 'no', 'is']

# other_meta wording (majors): (subject, paragraphs); {code} here is a LOGIN code
OTHER = {
    'en': [("{code} is your Facebook login code", ["Hi {first},", "Someone tried to log in to your account from a new device. Enter {code} to finish logging in.", "If this wasn't you, secure your account now."]),
           ("What's new: Meta AI in your chats", ["Hi {first},", "You can now ask Meta AI questions right from your chats, or use it to brainstorm a caption.", "Learn more about how AI at Meta works in the Help Centre.", "See you soon on {P}!"])],
    'fr': [("Code de réinitialisation de votre mot de passe", ["Bonjour {first},", "Nous avons reçu une demande de réinitialisation de votre mot de passe {P}. Saisissez le code suivant :", "[OCODE]", "Si vous n'êtes pas à l'origine de cette demande, ne faites rien."]),
           ("Nouvelle connexion à votre compte", ["Bonjour {first},", "Une connexion à votre compte a eu lieu depuis Firefox sur Windows, près de Lyon.", "Si c'était vous, aucune action n'est requise. Sinon, sécurisez votre compte."])],
    'de': [("Dein Anmeldecode für Instagram", ["Hallo {first},", "hier ist dein Code für die Zwei-Faktor-Authentifizierung:", "[OCODE]", "Gib ihn nicht weiter."]),
           ("Neu bei {P}: Bilder mit Meta AI bearbeiten", ["Hallo {first},", "mit Meta AI kannst du jetzt Hintergründe austauschen und Sticker erstellen. Probier es direkt in deinen Stories aus.", "Wie Meta KI-Funktionen entwickelt, erfährst du im Datenschutzcenter."])],
    'it': [("{code} è il tuo codice di accesso", ["Ciao {first},", "qualcuno sta cercando di accedere al tuo account. Usa {code} per completare l'accesso.", "Se non sei stato tu, cambia subito la password."]),
           ("Novità di {P} per te", ["Ciao {first},", "ecco cosa è cambiato questo mese: Meta AI ora risponde anche in italiano nei gruppi, e puoi programmare i post dalla app.", "Grazie per far parte della community."])],
    'es': [("Tu código de seguridad", ["Hola, {first}:", "Alguien ha solicitado restablecer la contraseña de tu cuenta. Tu código es:", "[OCODE]", "Si no has sido tú, ignora este mensaje."]),
           ("Tienes 3 notificaciones nuevas", ["Hola, {first}:", "A Lucía y 2 personas más les gustó tu publicación.", "También te han etiquetado en una foto."])],
    'nl': [("{code} is je inlogcode voor {P}", ["Hallo {first},", "Gebruik {code} om in te loggen. Deel deze code met niemand."]),
           ("Je maandelijkse privacycheck", ["Hallo {first},", "Neem even de tijd om te bekijken wie je berichten kan zien en welke apps toegang hebben tot je account.", "Je vindt alle instellingen, ook over AI bij Meta, in het Privacycentrum."])],
    'pl': [("Kod logowania: {code}", ["Cześć {first},", "ktoś próbuje zalogować się na Twoje konto. Wpisz kod {code}, aby dokończyć logowanie."]),
           ("Nowości w {P}", ["Cześć {first},", "w tym miesiącu: Meta AI pomoże Ci napisać opis zdjęcia, a w Reels pojawiły się nowe efekty."])],
    'pt': [("O teu código de autenticação", ["Olá, {first},", "Este é o teu código de autenticação de dois fatores:", "[OCODE]", "Nunca o partilhes com ninguém."]),
           ("Alguém iniciou sessão na tua conta", ["Olá, {first},", "Detetámos um novo início de sessão a partir de um iPhone em Lisboa.", "Se foste tu, podes ignorar esta mensagem."])],
}

# forwarded-message separators and personal notes (unrelated)
FWD = {
    'en': ("Begin forwarded message:", "Look what Facebook sent me. Did you get this too?"),
    'fr': ("-------- Message transféré --------", "Regarde ce que Facebook m'envoie. Tu l'as reçu aussi ?"),
    'de': ("---------- Weitergeleitete Nachricht ---------", "Hast du das auch bekommen? Ich habe schon widersprochen."),
    'it': ("---------- Messaggio inoltrato ---------", "Guarda cosa mi è arrivato, l'hai ricevuta anche tu?"),
    'es': ("---------- Mensaje reenviado ---------", "Mira lo que me ha llegado de Instagram."),
    'nl': ("-------- Doorgestuurd bericht --------", "Kijk, dit kreeg ik vandaag. Moeten we hier iets mee?"),
    'pl': ("---------- Wiadomość przekazana dalej ---------", "Zobacz, co przyszło. Ty też dostałaś?"),
    'pt': ("Início da mensagem reencaminhada:", "Olha o que recebi do Facebook. Também recebeste?"),
}

PRESS = {
    'fr': ("La lettre du numérique – Meta et vos données", "Cette semaine, Meta envoie à ses utilisateurs européens un e-mail intitulé « Nous mettons à jour notre Politique de confidentialité ». Des lecteurs nous ont transmis la réponse reçue après leur opposition : « Nous avons examiné votre demande et nous acceptons votre opposition. » Voici comment faire."),
    'de': ("Newsletter Datenschutz Jetzt: So widersprichst du Meta", "Viele Mitglieder haben uns die E-Mail von Meta weitergeleitet. Darin heißt es, die Änderungen würden ab dem 16. Dezember 2026 gelten. Wer widersprochen hat, erhielt teils schon die Antwort: „Wir werden deinem Widerspruch nachkommen.“ Unsere Anleitung findest du unten."),
    'en': ("The Privacy Digest: Meta's AI training, explained", "Readers forwarded us Meta's latest email. It says: \"We'll now rely on the legal basis called legitimate interests.\" Several received the reply \"We've reviewed your request and we'll honour your objection\" within minutes. Here's our guide."),
    'it': ("Notizie privacy: come opporsi all'IA di Meta", "Meta sta inviando un'e-mail agli utenti europei. Alcuni lettori ci hanno girato la risposta ricevuta: \"Abbiamo esaminato la tua richiesta e accoglieremo la tua opposizione\". Ecco la procedura passo per passo."),
    'es': ("Boletín: cómo oponerte a que Meta use tus datos", "Meta ha empezado a enviar un correo a los usuarios de la UE. Varios lectores recibieron después el mensaje \"Hemos revisado tu solicitud y atenderemos tu oposición\". Te explicamos cómo hacerlo."),
    'nl': ("Nieuwsbrief: bezwaar maken tegen AI bij Meta", "Meta stuurt gebruikers een e-mail over AI. Lezers kregen na hun bezwaar het antwoord: \"We zullen je bezwaar honoreren.\" Zo dien je het in."),
    'pl': ("Newsletter: jak sprzeciwić się Meta", "Meta wysyła użytkownikom wiadomość o AI. Czytelnicy otrzymali odpowiedź: „Rozpatrzyliśmy Twój wniosek i uwzględnimy Twój sprzeciw”. Wyjaśniamy, jak to zrobić."),
    'pt': ("Newsletter: como se opor à Meta", "A Meta está a enviar um e-mail aos utilizadores europeus. Alguns leitores receberam a resposta \"Analisámos o teu pedido e vamos respeitar a tua oposição\". Explicamos como fazer."),
}
