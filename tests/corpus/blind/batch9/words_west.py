# en de fr es it nl pt wordings. Written for this batch; English notice paraphrases follow the
# publicly reported 2024/2025 notices in spirit (legitimate interests, right to object), not verbatim.
L = {}
L['en'] = dict(
  hi='Hi {n},', bye='Thanks,\nThe {p} Privacy Team',
  months='January February March April May June July August September October November December'.split(),
  wd='Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(),
  fmts=['%M %-d, %Y', '%-d %M %Y', '%W, %-d %M %Y', '%W, %M %-d, %Y', '%Y-%m-%d', '%d/%m/%Y'],
  fwd='Forwarded message', fwdp='Fwd:',
  notice=[
    ('We\'re updating our Privacy Policy as we expand AI at Meta', [
      'AI at Meta is coming to your region. To build and improve it, we will rely on legitimate interests to use information such as your public posts and comments.',
      'You can object to this. If we honour your objection, it applies from then on.',
      'These changes take effect on {d}.', '@A:Right to object']),
    ('Don\'t want your info used for AI at Meta?', ['Quick heads-up: from {d} we\'ll start using public content from adults in the EU to train our AI models.', 'Tell us with the form if you\'d rather we didn\'t.', '@A:Object now']),
    ('Your choices about AI at Meta', ['How to object:', '1. Open the form.', '2. Confirm your email address with the code we send you.', '3. Submit before the deadline: the last day is {l}.', 'We\'ll confirm by email what happens next.', '@A:Open the objection form']),
  ],
  code=[('Your confirmation code', ['Enter this code to confirm your email address:', '@C', 'If you didn\'t request this, you can ignore this email.']),
        ('{c} is your confirmation code', ['Use {c} to confirm your email.']),
        ('Confirm your email address', ['Confirmation code\n{c}\nThis code expires in 24 hours.'])],
  received=[('We received your request', ['Thanks for contacting us. We\'ve received your objection and we\'re reviewing it. We\'ll let you know by email once we\'ve made a decision.', 'Case number: #{r}']),
            ('Your objection: under review', ['Got it. Your objection is in our queue.', 'Ticket {r}'])],
  accepted=[('We will honour your objection', ['We\'ve reviewed your request and we will honour your objection. This means your objection will be applied going forward: we won\'t use your public information from Meta Products to develop and improve generative AI models for AI at Meta.', 'Reference: {r}']),
            ('Your objection: accepted', ['Accepted. Your public posts won\'t be used to train AI at Meta models.', 'Ref. {r}'])],
  refused=[('We need more information', ['We weren\'t able to process your request because it does not include the information we need. Please tell us how this processing affects you and submit the form again.', '@A:Submit again', 'Case ID: {r}']),
           ('Update on your objection', ['We have reviewed your objection and we are unable to honour it. You can lodge a complaint with your local data protection authority.', 'Case reference: {r}'])],
  other=[('{c} is your Facebook login code', ['Someone tried to log in to your account. Your login code is {c}.', 'If this wasn\'t you, secure your account.']),
         ('Your information is ready to download', ['The file you requested with your Facebook information is ready. It will be available for 4 days.']),
         ('Sam Ortiz tagged you in a photo', ['Sam Ortiz tagged you in a photo from Saturday. See it on Facebook.']),
         ('Your Page "Corner Bakery" has new insights', ['Your post reached 1,204 people this week.'])],
)
L['de'] = dict(
  hi='Hallo {n},', bye='Viele Grüße\nDein {p}-Datenschutzteam',
  months='Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
  wd='Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(),
  fmts=['%-d. %M %Y', '%d.%m.%Y', '%W, %-d. %M %Y', '%Y-%m-%d'],
  fwd='Weitergeleitete Nachricht', fwdp='WG:',
  notice=[('Wir aktualisieren unsere Datenschutzrichtlinie, da wir KI bei Meta ausweiten', [
      'Für die Entwicklung von KI bei Meta stützen wir uns künftig auf berechtigte Interessen. Du hast das Recht, dem zu widersprechen.',
      'Die Änderungen gelten ab dem {d}.', '@A:Widerspruchsrecht'])],
  code=[('Dein Bestätigungscode', ['Gib diesen Code ein, um deine E-Mail-Adresse zu bestätigen:', '@C'])],
  received=[('Wir haben deine Anfrage erhalten', ['Danke. Wir prüfen deinen Widerspruch.', 'Vorgangsnummer: {r}'])],
  accepted=[('Wir werden deinem Widerspruch nachkommen', ['Wir haben deine Anfrage geprüft und werden deinem Widerspruch nachkommen.', 'Aktenzeichen: {r}'])],
  refused=[('Wir benötigen weitere Informationen', ['Wir können deine Anfrage nicht bearbeiten. Bitte beschreibe, wie sich die Verarbeitung auf dich auswirkt.', '@A:Erneut senden', 'Fall-Nr. {r}'])],
  other=[('Neue Anmeldung bei Instagram', ['Wir haben eine Anmeldung von einem neuen Gerät bemerkt.'])],
)
L['fr'] = dict(
  hi='Bonjour {n},', bye='Merci,\nL\'équipe Confidentialité de {p}',
  months='janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
  wd='lundi mardi mercredi jeudi vendredi samedi dimanche'.split(),
  fmts=['%-d %M %Y', '%d/%m/%Y', '%W %-d %M %Y'],
  fwd='Message transféré', fwdp='TR :',
  notice=[('Nous mettons à jour notre Politique de confidentialité avec l\'extension de l\'IA chez Meta', [
      'Nous utiliserons vos informations pour développer l\'IA chez Meta sur la base de l\'intérêt légitime. Vous pouvez vous y opposer.',
      'Ces changements s\'appliquent à partir du {d}.', '@A:Droit d\'opposition'])],
  code=[('Votre code de confirmation', ['Saisissez le code {c} pour confirmer votre adresse e-mail.'])],
  received=[('Nous avons bien reçu votre demande', ['Votre opposition est en cours d\'examen.', 'N° de dossier : {r}'])],
  accepted=[('Votre opposition est acceptée', ['Nous accédons à votre demande d\'opposition : vos informations publiques ne serviront plus à entraîner les modèles d\'IA générative.', 'Réf. : {r}'])],
  refused=[('Votre demande n\'a pas pu être traitée', ['Nous ne pouvons pas donner suite à votre opposition faute d\'informations suffisantes.', 'Dossier {r}'])],
  other=[('Réinitialisation du mot de passe', ['Vous avez demandé à réinitialiser votre mot de passe Facebook.'])],
)
L['es'] = dict(
  hi='Hola, {n}:', bye='Gracias,\nEl equipo de privacidad de {p}',
  months='enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
  wd='lunes martes miércoles jueves viernes sábado domingo'.split(),
  fmts=['%-d de %M de %Y', '%d/%m/%Y', '%W, %-d de %M de %Y'],
  fwd='Mensaje reenviado', fwdp='RV:',
  notice=[('Actualizamos nuestra Política de privacidad a medida que ampliamos la IA en Meta', [
      'Usaremos tu información para desarrollar la IA en Meta basándonos en el interés legítimo. Tienes derecho a oponerte.',
      'El último día para oponerte es el {l}.', '@A:Derecho de oposición'])],
  code=[('Tu código de confirmación', ['Tu código es:', '@C'])],
  received=[('Hemos recibido tu solicitud', ['Estamos revisando tu oposición.', 'Número de caso: {r}'])],
  accepted=[('Aceptamos tu oposición', ['Respetaremos tu oposición y dejaremos de usar tu información pública para modelos de IA generativa.', 'N.º de referencia: {r}'])],
  refused=[('Necesitamos más información', ['No podemos procesar tu solicitud. Explica cómo te afecta el tratamiento y vuelve a enviarla.', '@A:Enviar de nuevo', 'Caso: {r}'])],
  other=[('Tu anuncio está activo', ['Tu anuncio "Rebajas de verano" ya se está mostrando.'])],
)
L['it'] = dict(
  hi='Ciao {n},', bye='Grazie,\nIl team Privacy di {p}',
  months='gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
  wd='lunedì martedì mercoledì giovedì venerdì sabato domenica'.split(),
  fmts=['%-d %M %Y', '%d/%m/%Y', '%W %-d %M %Y'],
  fwd='Messaggio inoltrato', fwdp='I:',
  notice=[('Stiamo aggiornando la nostra Informativa sulla privacy con l\'espansione dell\'IA di Meta', [
      'Useremo le tue informazioni per sviluppare l\'IA di Meta sulla base del legittimo interesse. Hai il diritto di opporti.',
      'Le modifiche entreranno in vigore il {d}.', '@A:Diritto di opposizione'])],
  code=[('Il tuo codice di conferma', ['Inserisci il codice {c} per confermare il tuo indirizzo e-mail.'])],
  received=[('Abbiamo ricevuto la tua richiesta', ['Stiamo esaminando la tua opposizione.', 'Numero pratica: {r}'])],
  accepted=[('La tua opposizione è stata accolta', ['Rispetteremo la tua opposizione e non useremo più le tue informazioni pubbliche per i modelli di IA generativa.', 'Rif.: {r}'])],
  refused=[('Non possiamo elaborare la tua richiesta', ['Abbiamo esaminato la tua opposizione e non possiamo accoglierla.', 'Caso n. {r}'])],
  other=[('Qualcuno ti ha taggato', ['Luca Bianchi ti ha taggato in un post.'])],
)
L['nl'] = dict(
  hi='Hallo {n},', bye='Bedankt,\nHet privacyteam van {p}',
  months='januari februari maart april mei juni juli augustus september oktober november december'.split(),
  wd='maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(),
  fmts=['%-d %M %Y', '%d-%m-%Y', '%W %-d %M %Y'],
  fwd='Doorgestuurd bericht', fwdp='Fwd:',
  notice=[('We werken ons Privacybeleid bij nu we AI bij Meta uitbreiden', [
      'We gebruiken je informatie voor AI bij Meta op basis van gerechtvaardigd belang. Je hebt het recht om bezwaar te maken.',
      'De wijzigingen gaan in op {d}.', '@A:Bezwaar maken'])],
  code=[('Je bevestigingscode', ['Voer deze code in om je e-mailadres te bevestigen: {c}'])],
  received=[('We hebben je verzoek ontvangen', ['We beoordelen je bezwaar.', 'Zaaknummer: {r}'])],
  accepted=[('Je bezwaar is gehonoreerd', ['We honoreren je bezwaar en gebruiken je openbare informatie niet meer voor generatieve AI-modellen.', 'Kenmerk: {r}'])],
  refused=[('We hebben meer informatie nodig', ['We kunnen je verzoek niet verwerken zonder meer informatie.', 'Zaak {r}'])],
  other=[('Nieuwe aanmelding', ['Er is aangemeld op je account vanaf een nieuw apparaat.'])],
)
L['pt'] = dict(
  hi='Olá, {n},', bye='Obrigado,\nA equipa de privacidade do {p}',
  months='janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
  wd='segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'.split(),
  fmts=['%-d de %M de %Y', '%d/%m/%Y', '%d-%m-%Y'],
  fwd='Mensagem reencaminhada', fwdp='ENC:',
  notice=[('Estamos a atualizar a nossa Política de Privacidade à medida que expandimos a IA na Meta', [
      'Vamos utilizar as tuas informações para desenvolver a IA na Meta com base em interesses legítimos. Tens o direito de te opor.',
      'As alterações entram em vigor a {d}.', '@A:Direito de oposição'])],
  code=[('O teu código de confirmação', ['Código: {c}'])],
  received=[('Recebemos o teu pedido', ['A tua oposição está a ser analisada.', 'Número do caso: {r}'])],
  accepted=[('A tua oposição foi aceite', ['Vamos respeitar a tua oposição e deixar de usar as tuas informações públicas para modelos de IA generativa.', 'Referência: {r}'])],
  refused=[('Precisamos de mais informações', ['Não conseguimos processar o teu pedido.', '@A:Enviar novamente', 'Caso {r}'])],
  other=[('Alguém comentou a tua publicação', ['Rita Sousa comentou a tua publicação.'])],
)
