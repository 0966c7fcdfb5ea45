# Wording tables: en fr de it es pt. Written for this batch (see README for sources).
# Placeholders: {n} first name, {P} product, {date} data-use date, {last} last day,
# {since} Meta AI availability date, {created} account date, {code}, {to}.

EN = dict(
    months=["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"],
    dfmt="{d} {M} {y}", dfmt2="{M} {d}, {y}",
    hi="Hi {n},", thanks="Thanks,", team="The {P} Privacy Team",
    n_subj=["We're updating our Privacy Policy as we expand AI at Meta",
            "Learn how we'll use your information to improve AI at Meta",
            "An update on how we use information for AI at Meta"],
    n_pre="You have the right to object. Here's how.",
    n_p1="We're getting ready to bring more AI at Meta experiences to people in your region. "
         "AI at Meta is our collection of generative AI features and experiences, such as Meta AI "
         "and our creative AI tools, together with the models that power them.",
    n_since="Meta AI has been available in your country since {since}, and we want it to "
            "understand the languages, places and culture of the people who use it.",
    n_p2="To do this, we will rely on the legal basis of legitimate interests to use public "
         "information, such as public posts, comments and photo captions from accounts of adults, "
         "and your interactions with AI at Meta. You have the right to object to your information "
         "being used for these purposes.",
    n_date="We will start using this information from {date}.",
    n_last="If you'd like your objection to apply before then, please submit the form by {last}. "
           "You can still object after that date, but it will only apply going forward.",
    n_cond="If your objection is honoured, it will be applied from then on. If you object, we'll "
           "send you an email to let you know. If you've already objected, you don't need to do it again.",
    n_acct="You're receiving this email because you have had a {P} account since {created}.",
    a_obj="Right to object", a_pol="Privacy Policy", a_help="Help Centre", a_pc="Privacy Centre",
    help_line="Our Help Centre article on generative AI was last updated on {helpdate}.",
    footer="This message was sent to {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, "
           "D04 X2K5, Ireland. Registered in Ireland.",
    unsub="To help keep your account secure, please don't forward this email. Unsubscribe",
    c_subj=["Your confirmation code", "{code} is your confirmation code"],
    c_p1="Use this code to confirm the email address you provided in your objection request:",
    c_exp="This code expires in 60 minutes. If you didn't make this request, you can ignore this email.",
    c_foot="You can also log in to the {P} app to check your security settings. Meta never asks "
           "for this code by phone.",
    r_subj=["We've received your objection request", "Your request has been received"],
    r_p="Thanks for contacting us. We've received your request to object to the use of your "
        "information for AI at Meta and we're reviewing it. We'll let you know once we've made a decision.",
    ok_subj=["Your objection request", "We'll honour your objection"],
    ok_p="We've reviewed your request and we will honour your objection. This means that your "
         "public information from Meta products and your interactions with AI at Meta features "
         "will not be used going forward to develop and improve generative AI models for AI at Meta.",
    no_subj=["Update on your objection request", "We need more information"],
    no_p="We've reviewed your request. Based on the information you provided, we're unable to "
         "honour your objection at this time and we won't take further action on this request.",
    info_p="We need more information to process your request. Please submit a new request using "
           "the objection form and explain how this processing affects you.",
    ref=["Ref.: {r}", "Case number: {r}", "Reference number {r}", "Case #{r}"],
    fwd="Fwd:", fwd_head="---------- Forwarded message ---------",
    fwd_note="Did you get this one too? I'm not sure if it's real.",
    reply_note="Yes I got it as well and filled in the form last night, took two minutes.",
    art_subj="This week: how to stop Meta training AI on your posts",
    art=["Meta has begun e-mailing users in Europe about its plans to train AI on public posts.",
         "The company says it will start on {date}. Our advice: fill in the objection form before "
         "{last}. You will get a six-digit code by email, then a confirmation.",
         "Readers tell us the reply usually reads 'we will honour your objection' within minutes."],
    om=[("Your Facebook login code", "{code6} is your Facebook login code. Don't share it with anyone. "
         "If you didn't try to log in, change your password."),
        ("New login to your account", "We noticed a login from a new device (Chrome on Windows) "
         "near Galway. If this was you, you don't need to do anything."),
        ("Your information is ready to download", "The file you requested with your information "
         "is now ready. It will be available for 4 days."),
        ("Siobhan, you were tagged in a photo", "Aoife Byrne tagged you in a photo from Saturday "
         "night. Review tags before they appear on your profile.")],
)

FR = dict(
    months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"],
    dfmt="{d} {M} {y}", dfmt2="{dd}/{mm}/{y}",
    hi="Bonjour {n},", thanks="Merci,", team="L'équipe Confidentialité de {P}",
    n_subj=["Nous mettons à jour notre Politique de confidentialité à mesure que nous développons l'IA de Meta",
            "Découvrez comment nous utiliserons vos informations pour améliorer l'IA de Meta"],
    n_pre="Vous avez le droit de vous opposer à cette utilisation.",
    n_p1="Nous nous apprêtons à proposer davantage de fonctionnalités d'IA de Meta dans votre région. "
         "L'IA de Meta désigne l'ensemble de nos fonctionnalités et expériences d'IA générative, "
         "comme Meta AI et nos outils de création, ainsi que les modèles sur lesquels elles reposent.",
    n_since="Meta AI est disponible dans votre pays depuis le {since}.",
    n_p2="Pour cela, nous nous fonderons sur nos intérêts légitimes pour utiliser les informations "
         "publiques des comptes d'adultes, comme les publications, commentaires et légendes publics, "
         "ainsi que vos interactions avec l'IA de Meta. Vous avez le droit de vous opposer à "
         "l'utilisation de vos informations à ces fins.",
    n_date="Nous commencerons à utiliser ces informations à partir du {date}.",
    n_last="Pour que votre opposition s'applique avant cette date, envoyez le formulaire au plus tard le {last}.",
    n_cond="Si votre opposition est acceptée, elle s'appliquera à partir de ce moment-là. Si vous "
           "vous êtes déjà opposé(e), vous n'avez rien à faire.",
    n_acct="Vous recevez cet e-mail parce que vous avez un compte {P} depuis le {created}.",
    a_obj="Droit d'opposition", a_pol="Politique de confidentialité", a_help="Pages d'aide",
    a_pc="Espace confidentialité",
    help_line="Notre article d'aide sur l'IA générative a été mis à jour le {helpdate}.",
    footer="Ce message a été envoyé à {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, "
           "D04 X2K5, Irlande.",
    unsub="Se désabonner",
    c_subj=["Votre code de confirmation", "{code} est votre code de confirmation"],
    c_p1="Saisissez ce code pour confirmer l'adresse e-mail indiquée dans votre demande d'opposition :",
    c_exp="Ce code expire dans une heure. Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.",
    c_foot="Vous pouvez aussi vous connecter à l'application {P} pour vérifier vos paramètres de sécurité.",
    r_subj=["Nous avons bien reçu votre demande", "Votre demande d'opposition"],
    r_p="Merci de nous avoir contactés. Nous avons bien reçu votre demande d'opposition à "
        "l'utilisation de vos informations pour l'IA de Meta. Elle est en cours d'examen.",
    ok_subj=["Votre demande d'opposition", "Nous acceptons votre opposition"],
    ok_p="Nous avons examiné votre demande et nous acceptons votre opposition. Nous n'utiliserons "
         "donc plus vos informations publiques des produits Meta ni vos interactions avec les "
         "fonctionnalités de l'IA de Meta pour développer et améliorer nos modèles d'IA générative.",
    no_subj=["Suivi de votre demande", "Informations complémentaires requises"],
    no_p="Nous avons examiné votre demande. Sur la base des informations fournies, nous ne "
         "pouvons pas y donner suite et ne prendrons pas d'autre mesure à ce sujet.",
    info_p="Nous avons besoin d'informations supplémentaires pour traiter votre demande. Merci "
           "d'envoyer une nouvelle demande via le formulaire en précisant en quoi ce traitement vous concerne.",
    ref=["Réf. : {r}", "Numéro de dossier : {r}", "Référence {r}"],
    fwd="TR :", fwd_head="-------- Message transféré --------",
    fwd_note="Tu as reçu ça toi aussi ? Je ne sais pas si c'est un vrai mail de Facebook.",
    reply_note="Oui, je l'ai eu aussi, j'ai rempli le formulaire hier soir.",
    art_subj="IA de Meta : il vous reste quelques jours pour refuser",
    art=["Meta prévient ses utilisateurs européens par e-mail : leurs contenus publics serviront à "
         "entraîner son IA à partir du {date}.",
         "Pour vous y opposer, remplissez le formulaire avant le {last}. Un code à six chiffres "
         "vous est envoyé, puis une confirmation.",
         "Nos lecteurs reçoivent en général la réponse « nous acceptons votre opposition » en quelques minutes."],
    om=[("Réinitialisation de votre mot de passe", "Quelqu'un a demandé la réinitialisation de "
         "votre mot de passe Facebook. Si ce n'est pas vous, ignorez ce message."),
        ("Votre reçu publicitaire Meta", "Merci pour votre paiement de 25,00 € pour les publicités "
         "de la Page « Boulangerie Rousseau ». Identifiant de transaction : 7281946603."),
        ("Alerte de sécurité", "Nous avons remarqué une connexion depuis un nouvel appareil "
         "(iPhone, Lyon). Si c'était vous, vous n'avez rien à faire.")],
)

DE = dict(
    months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"],
    dfmt="{d}. {M} {y}", dfmt2="{dd}.{mm}.{y}",
    hi="Hallo {n},", thanks="Vielen Dank", team="Dein {P}-Datenschutzteam",
    n_subj=["Wir aktualisieren unsere Datenschutzrichtlinie, da wir KI bei Meta ausweiten",
            "Erfahre, wie wir deine Informationen zur Verbesserung von KI bei Meta verwenden"],
    n_pre="Du hast das Recht, zu widersprechen.",
    n_p1="Wir verbessern KI bei Meta laufend. KI bei Meta umfasst unsere Features und Erlebnisse "
         "mit generativer KI, etwa Meta AI und kreative KI-Tools, sowie die Modelle dahinter.",
    n_since="Meta AI ist in deinem Land seit dem {since} verfügbar.",
    n_p2="Dafür werden wir auf Grundlage berechtigter Interessen öffentliche Informationen wie "
         "öffentliche Beiträge und Kommentare von Konten volljähriger Personen sowie deine "
         "Interaktionen mit KI bei Meta verwenden. Du kannst der Verwendung deiner Informationen "
         "zu diesen Zwecken widersprechen.",
    n_date="Wir beginnen ab dem {date} mit der Verwendung dieser Informationen.",
    n_last="Damit dein Widerspruch schon vorher berücksichtigt wird, reiche ihn bis spätestens {last} ein.",
    n_cond="Wenn du einen Widerspruch einreichst, senden wir dir eine E-Mail. Wird deinem "
           "Widerspruch stattgegeben, gilt er ab diesem Zeitpunkt. Wenn du bereits widersprochen "
           "hast, musst du keinen weiteren Antrag stellen.",
    n_acct="Du erhältst diese E-Mail, weil du seit dem {created} ein {P}-Konto hast.",
    a_obj="Widerspruchsrecht", a_pol="Datenschutzrichtlinie", a_help="Hilfebereich",
    a_pc="Datenschutzcenter",
    help_line="Unser Hilfeartikel zu generativer KI wurde zuletzt am {helpdate} aktualisiert.",
    footer="Diese Nachricht wurde an {to} gesendet. Meta Platforms Ireland Ltd., Merrion Road, "
           "Dublin 4, D04 X2K5, Irland.",
    unsub="Abbestellen",
    c_subj=["Dein Bestätigungscode", "{code} ist dein Bestätigungscode"],
    c_p1="Gib diesen Code ein, um die E-Mail-Adresse aus deinem Widerspruchsantrag zu bestätigen:",
    c_exp="Der Code ist 60 Minuten gültig. Falls du das nicht angefordert hast, ignoriere diese E-Mail.",
    c_foot="Du kannst dich auch in der {P}-App anmelden und deine Sicherheitseinstellungen prüfen.",
    r_subj=["Wir haben deinen Widerspruch erhalten", "Dein Antrag ist bei uns eingegangen"],
    r_p="Danke für deine Nachricht. Wir haben deinen Widerspruch gegen die Verwendung deiner "
        "Informationen für KI bei Meta erhalten und prüfen ihn derzeit.",
    ok_subj=["Dein Widerspruchsantrag", "Wir kommen deinem Widerspruch nach"],
    ok_p="Wir haben deinen Antrag geprüft und werden deinem Widerspruch nachkommen. Deine "
         "öffentlichen Informationen aus Meta-Produkten und deine Interaktionen mit KI bei Meta "
         "werden künftig nicht mehr für die Entwicklung generativer KI-Modelle verwendet.",
    no_subj=["Neuigkeiten zu deinem Antrag", "Wir benötigen weitere Informationen"],
    no_p="Wir haben deinen Antrag geprüft. Auf Grundlage der angegebenen Informationen können "
         "wir deinem Widerspruch derzeit nicht nachkommen und werden keine weiteren Schritte unternehmen.",
    info_p="Wir benötigen weitere Informationen, um deinen Antrag zu bearbeiten. Bitte reiche "
           "über das Formular einen neuen Antrag ein und erkläre, wie dich die Verarbeitung betrifft.",
    ref=["Referenznummer: {r}", "Vorgangsnummer {r}", "Fall-ID: {r}"],
    fwd="WG:", fwd_head="-------- Weitergeleitete Nachricht --------",
    fwd_note="Hast du das auch bekommen? Ist das echt?",
    reply_note="Ja, hab ich auch bekommen, das Formular geht schnell.",
    art_subj="Newsletter: So widersprechen Sie dem KI-Training von Meta",
    art=["Meta will ab dem {date} öffentliche Beiträge für das Training seiner KI verwenden.",
         "Wer das nicht möchte, sollte bis zum {last} widersprechen. Meta schickt einen "
         "sechsstelligen Bestätigungscode und anschließend eine Bestätigung.",
         "Die Antwort lautet meist: „Wir werden deinem Widerspruch nachkommen.“"],
    om=[("Dein Passwort wurde geändert", "Das Passwort deines Facebook-Kontos wurde soeben "
         "geändert. Warst du das nicht, sichere bitte dein Konto."),
        ("Neue Anmeldung bei Instagram", "Wir haben eine Anmeldung über ein neues Gerät in der "
         "Nähe von Leipzig bemerkt."),
        ("Deine Seite hat neue Bewertungen", "Deine Seite „Radsport Brandt“ hat 3 neue "
         "Bewertungen erhalten.")],
)

IT = dict(
    months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"],
    dfmt="{d} {M} {y}", dfmt2="{dd}/{mm}/{y}",
    hi="Ciao {n},", thanks="Grazie,", team="Il team Privacy di {P}",
    n_subj=["Stiamo aggiornando la nostra Informativa sulla privacy con l'espansione dell'IA di Meta",
            "Scopri come useremo le tue informazioni per migliorare l'IA di Meta"],
    n_pre="Hai il diritto di opporti.",
    n_p1="Ci stiamo preparando a offrire nuove esperienze di IA di Meta nella tua zona. L'IA di "
         "Meta è l'insieme delle nostre funzioni di IA generativa, come Meta AI, e dei modelli che le alimentano.",
    n_since="Meta AI è disponibile nel tuo Paese dal {since}.",
    n_p2="A tal fine ci baseremo sul legittimo interesse per usare le informazioni pubbliche, "
         "come post e commenti pubblici di account di adulti, e le tue interazioni con l'IA di "
         "Meta. Hai il diritto di opporti all'uso delle tue informazioni per queste finalità.",
    n_date="Inizieremo a usare queste informazioni a partire dal {date}.",
    n_last="Perché la tua opposizione valga prima di allora, invia il modulo entro il {last}.",
    n_cond="Se la tua opposizione verrà accolta, sarà applicata da quel momento in poi. Se ti sei "
           "già opposto, non devi fare nient'altro.",
    n_acct="Ricevi questa e-mail perché hai un account {P} dal {created}.",
    a_obj="Diritto di opposizione", a_pol="Informativa sulla privacy", a_help="Centro assistenza",
    a_pc="Centro sulla privacy",
    help_line="L'articolo del Centro assistenza sull'IA generativa è stato aggiornato il {helpdate}.",
    footer="Questo messaggio è stato inviato a {to}. Meta Platforms Ireland Ltd., Merrion Road, "
           "Dublin 4, D04 X2K5, Irlanda.",
    unsub="Annulla l'iscrizione",
    c_subj=["Il tuo codice di conferma", "{code} è il tuo codice di conferma"],
    c_p1="Usa questo codice per confermare l'indirizzo e-mail indicato nella tua richiesta di opposizione:",
    c_exp="Il codice scade tra un'ora. Se non hai fatto tu questa richiesta, ignora questa e-mail.",
    c_foot="Puoi anche accedere all'app {P} per controllare le impostazioni di sicurezza.",
    r_subj=["Abbiamo ricevuto la tua richiesta", "La tua richiesta di opposizione"],
    r_p="Grazie per averci contattato. Abbiamo ricevuto la tua richiesta di opposizione all'uso "
        "delle tue informazioni per l'IA di Meta e la stiamo esaminando.",
    ok_subj=["La tua richiesta di opposizione", "Accoglieremo la tua opposizione"],
    ok_p="Abbiamo esaminato la tua richiesta e accoglieremo la tua opposizione. Le tue "
         "informazioni pubbliche dei prodotti Meta e le tue interazioni con l'IA di Meta non "
         "saranno più usate per sviluppare e migliorare i modelli di IA generativa.",
    no_subj=["Aggiornamento sulla tua richiesta", "Ci servono altre informazioni"],
    no_p="Abbiamo esaminato la tua richiesta. In base alle informazioni fornite, al momento non "
         "possiamo accogliere la tua opposizione e non intraprenderemo ulteriori azioni.",
    info_p="Ci servono ulteriori informazioni per elaborare la tua richiesta. Invia una nuova "
           "richiesta tramite il modulo spiegando in che modo questo trattamento ti riguarda.",
    ref=["Numero di riferimento: {r}", "Rif.: {r}", "N. pratica {r}"],
    fwd="I:", fwd_head="-------- Messaggio inoltrato --------",
    fwd_note="È arrivata anche a te? Secondo te è vera?",
    reply_note="Sì, arrivata anche a me, ho già compilato il modulo.",
    art_subj="IA di Meta: come opporsi entro la scadenza",
    art=["Meta userà i contenuti pubblici per addestrare la sua IA dal {date}.",
         "Per opporsi basta compilare il modulo entro il {last}: arriva un codice a sei cifre e poi una conferma."],
    om=[("Il tuo codice di accesso", "{code6} è il tuo codice di accesso a Instagram. Non condividerlo."),
        ("Qualcuno ha commentato il tuo post", "Marco Bianchi ha commentato il tuo post: "
         "\"Ti sei opposta all'IA di Meta?\"")],
)

ES = dict(
    months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"],
    dfmt="{d} de {M} de {y}", dfmt2="{dd}/{mm}/{y}",
    hi="Hola, {n}:", thanks="Gracias,", team="El equipo de privacidad de {P}",
    n_subj=["Estamos actualizando nuestra Política de privacidad a medida que ampliamos la IA en Meta",
            "Descubre cómo usaremos tu información para mejorar la IA en Meta"],
    n_pre="Tienes derecho a oponerte.",
    n_p1="Nos estamos preparando para ofrecer más experiencias de IA en Meta en tu región. La IA "
         "en Meta es nuestro conjunto de funciones de IA generativa, como Meta AI, y los modelos que las hacen posibles.",
    n_since="Meta AI está disponible en tu país desde el {since}.",
    n_p2="Para ello, nos basaremos en el interés legítimo para usar información pública, como "
         "publicaciones y comentarios públicos de cuentas de adultos, y tus interacciones con la "
         "IA en Meta. Tienes derecho a oponerte a que se use tu información con estos fines.",
    n_date="Empezaremos a usar esta información a partir del {date}.",
    n_last="Si quieres que tu oposición se aplique antes, envía el formulario a más tardar el {last}.",
    n_cond="Si se acepta tu oposición, se aplicará a partir de ese momento. Si ya te has opuesto, "
           "no tienes que volver a hacerlo.",
    n_acct="Recibes este correo porque tienes una cuenta de {P} desde el {created}.",
    a_obj="Derecho de oposición", a_pol="Política de privacidad", a_help="Servicio de ayuda",
    a_pc="Centro de privacidad",
    help_line="El artículo de ayuda sobre IA generativa se actualizó el {helpdate}.",
    footer="Este mensaje se ha enviado a {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, "
           "D04 X2K5, Irlanda.",
    unsub="Cancelar suscripción",
    c_subj=["Tu código de confirmación", "{code} es tu código de confirmación"],
    c_p1="Usa este código para confirmar la dirección de correo que indicaste en tu solicitud de oposición:",
    c_exp="El código caduca en una hora. Si no has hecho esta solicitud, ignora este correo.",
    c_foot="También puedes iniciar sesión en la app de {P} para revisar tu configuración de seguridad.",
    r_subj=["Hemos recibido tu solicitud", "Tu solicitud de oposición"],
    r_p="Gracias por ponerte en contacto con nosotros. Hemos recibido tu solicitud de oposición "
        "al uso de tu información para la IA en Meta y la estamos revisando.",
    ok_subj=["Tu solicitud de oposición", "Aceptamos tu oposición"],
    ok_p="Hemos revisado tu solicitud y vamos a respetar tu oposición. A partir de ahora no "
         "usaremos tu información pública de los productos de Meta ni tus interacciones con la "
         "IA en Meta para desarrollar y mejorar modelos de IA generativa.",
    no_subj=["Novedades sobre tu solicitud", "Necesitamos más información"],
    no_p="Hemos revisado tu solicitud. Con la información proporcionada, no podemos atender tu "
         "oposición en este momento y no tomaremos más medidas al respecto.",
    info_p="Necesitamos más información para tramitar tu solicitud. Envía una nueva solicitud "
           "con el formulario y explica cómo te afecta este tratamiento.",
    ref=["N.º de referencia: {r}", "Número de caso: {r}", "Ref. {r}"],
    fwd="RV:", fwd_head="---------- Mensaje reenviado ---------",
    fwd_note="¿A ti también te ha llegado esto? ¿Es de verdad?",
    reply_note="Sí, a mí también, ya rellené el formulario.",
    art_subj="Cómo impedir que Meta entrene su IA con tus publicaciones",
    art=["Meta empezará a usar contenido público para entrenar su IA el {date}.",
         "Para oponerte, rellena el formulario antes del {last}; recibirás un código de seis cifras."],
    om=[("Restablecimiento de contraseña", "Hemos recibido una solicitud para restablecer tu "
         "contraseña de Facebook. Si no fuiste tú, ignora este mensaje."),
        ("Tu información está lista para descargar", "El archivo con tu información de Instagram "
         "ya está disponible durante 4 días.")],
)

PT = dict(
    months=["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"],
    dfmt="{d} de {M} de {y}", dfmt2="{dd}/{mm}/{y}",
    hi="Olá, {n}", thanks="Obrigado,", team="A equipa de Privacidade do {P}",
    n_subj=["Estamos a atualizar a nossa Política de Privacidade à medida que expandimos a IA na Meta",
            "Sabe como vamos utilizar as tuas informações para melhorar a IA na Meta"],
    n_pre="Tens o direito de te opor.",
    n_p1="Estamos a preparar-nos para disponibilizar mais experiências de IA na Meta na tua região. "
         "A IA na Meta é o nosso conjunto de funcionalidades de IA generativa, como a Meta AI, e os modelos que as suportam.",
    n_since="A Meta AI está disponível no teu país desde {since}.",
    n_p2="Para tal, vamos basear-nos em interesses legítimos para utilizar informações públicas, "
         "como publicações e comentários públicos de contas de adultos, e as tuas interações com a "
         "IA na Meta. Tens o direito de te opor à utilização das tuas informações para estes fins.",
    n_date="Vamos começar a utilizar estas informações a partir de {date}.",
    n_last="Para que a tua oposição se aplique antes disso, envia o formulário até {last}.",
    n_cond="Se a tua oposição for aceite, será aplicada a partir desse momento. Se já te opuseste, "
           "não precisas de o fazer novamente.",
    n_acct="Recebes este e-mail porque tens uma conta do {P} desde {created}.",
    a_obj="Direito de oposição", a_pol="Política de Privacidade", a_help="Centro de Ajuda",
    a_pc="Centro de Privacidade",
    help_line="O artigo do Centro de Ajuda sobre IA generativa foi atualizado em {helpdate}.",
    footer="Esta mensagem foi enviada para {to}. Meta Platforms Ireland Ltd., Merrion Road, "
           "Dublin 4, D04 X2K5, Irlanda.",
    unsub="Anular subscrição",
    c_subj=["O teu código de confirmação", "{code} é o teu código de confirmação"],
    c_p1="Utiliza este código para confirmar o endereço de e-mail indicado no teu pedido de oposição:",
    c_exp="Este código expira dentro de uma hora. Se não fizeste este pedido, ignora este e-mail.",
    c_foot="Também podes iniciar sessão na app do {P} para rever as definições de segurança.",
    r_subj=["Recebemos o teu pedido", "O teu pedido de oposição"],
    r_p="Obrigado por nos contactares. Recebemos o teu pedido de oposição à utilização das tuas "
        "informações para a IA na Meta e estamos a analisá-lo.",
    ok_subj=["O teu pedido de oposição", "Vamos respeitar a tua oposição"],
    ok_p="Analisámos o teu pedido e vamos respeitar a tua oposição. As tuas informações públicas "
         "dos produtos da Meta e as tuas interações com a IA na Meta deixarão de ser utilizadas "
         "para desenvolver e melhorar modelos de IA generativa.",
    no_subj=["Atualização sobre o teu pedido", "Precisamos de mais informações"],
    no_p="Analisámos o teu pedido. Com base nas informações fornecidas, não podemos aceitar a tua "
         "oposição neste momento e não tomaremos mais medidas.",
    info_p="Precisamos de mais informações para processar o teu pedido. Envia um novo pedido "
           "através do formulário e explica de que forma este tratamento te afeta.",
    ref=["N.º de referência: {r}", "Número do caso: {r}"],
    fwd="Fwd:", fwd_head="---------- Mensagem encaminhada ---------",
    fwd_note="Também recebeste isto? Achas que é verdadeiro?",
    reply_note="Sim, também recebi.",
    art_subj="Meta e a IA: como te podes opor",
    art=["A Meta vai usar conteúdos públicos para treinar a sua IA a partir de {date}.",
         "Preenche o formulário até {last}. Recebes um código de seis dígitos e depois uma confirmação."],
    om=[("Alguém tentou iniciar sessão", "Detetámos uma tentativa de início de sessão a partir "
         "de um dispositivo desconhecido em Braga.")],
)

LANGS = dict(en=EN, fr=FR, de=DE, it=IT, es=ES, pt=PT)
