# -*- coding: utf-8 -*-
# other_meta and unrelated messages of batch 3 (executed inside generate.py after specs.py).

def unsub_f(lang, a, plat='facebook'):
    T = L[lang]
    return [('small', T['sent_to'].format(addr=ACC[a]['addr'])), ('link', T['unsub'], unsub_url(plat))]


# =================================================================== other_meta
O('en', 'callum', 'facebook', d(2025, 2, 11, 7, 3, -8), 'fb_sec', '493027 is your Facebook login code', [
    ('p', 'Hi Callum,'),
    ('p', 'We received a request to log in to your Facebook account using this email address. Enter this code to finish logging in:'),
    ('code', '493027'),
    ('p', "If you didn't try to log in, someone may know your password. You can secure your account and choose a new password."),
    ('btn', 'Secure your account', 'https://www.facebook.com/hacked'),
    ('p', 'Thanks,\nThe Facebook Security Team')], fbid='security')
O('de', 'sabine', 'instagram', d(2025, 1, 20, 21, 40, 1), 'ig_sec', 'Dein Instagram-Sicherheitscode', [
    ('p', 'Hallo sabine.kurz,'),
    ('p', 'Jemand versucht, sich bei deinem Instagram-Konto anzumelden. Gib diesen Code ein, um die Anmeldung zu bestätigen:'),
    ('code', '702 519', '702519'),
    ('p', 'Wenn du das nicht warst, ändere sofort dein Passwort. Gib diesen Code niemandem weiter, auch nicht Personen, die behaupten, für Instagram zu arbeiten.'),
    ('p', 'Dein Instagram-Team')], parts='html', cte='b64', fbid='security')
O('fr', 'elodie', 'facebook', d(2025, 3, 2, 18, 0, 1), 'fb_sec', 'Réinitialisation de votre mot de passe Facebook', [
    ('p', 'Bonjour Élodie,'),
    ('p', 'Nous avons reçu une demande de réinitialisation de votre mot de passe Facebook.'),
    ('p', 'Saisissez le code de réinitialisation suivant :'),
    ('code', '308164'),
    ('p', 'Vous pouvez également modifier directement votre mot de passe.'),
    ('btn', 'Modifier le mot de passe', 'https://www.facebook.com/recover/password/?u=100009431776522&n=308164&ref=email'),
    ('p', 'Vous n’avez pas demandé ce changement ? Signalez-le-nous.')], fbid='security')
O('it', 'davide', 'facebook', d(2025, 3, 12, 20, 16, 1), 'fb_sec', 'Nuovo accesso a Facebook da Chrome su Windows', [
    ('p', 'Ciao Davide,'),
    ('p', 'Abbiamo rilevato un nuovo accesso al tuo account da un dispositivo che non riconosciamo.'),
    ('small', 'Dispositivo: Chrome su Windows · Posizione: Milano, Italia (approssimativa) · 12 marzo 2025 alle 21:14'),
    ('p', 'Se sei stato tu, puoi ignorare questa e-mail. In caso contrario, proteggi il tuo account.'),
    ('btn', 'Proteggi il tuo account', 'https://www.facebook.com/checkpoint/securitycheck/?ref=email'),
    ('p', 'Il team Sicurezza di Facebook')], charset='iso-8859-15', fbid='security')
O('es', 'marta', 'facebook', d(2025, 6, 2, 6, 0, -7), 'fb_notif', 'Marta, tienes recuerdos de hace 9 años en Facebook', [
    ('p', 'Hola, Marta:'),
    ('p', 'Hoy es un buen día para recordar. Tienes 3 recuerdos de este día.'),
    ('p', 'Hace 9 años: publicaste una foto con Lucía y 2 personas más.'),
    ('btn', 'Ver tus recuerdos', 'https://www.facebook.com/memories/?source=email&notif_id=1748851200118247')],
  footer=unsub_f('es', 'marta'), fbid='memories', list_unsub=True)
O('nl', 'pieter', 'meta', d(2025, 4, 2, 16, 0, 0), 'meta', 'Maak kennis met Meta AI – je assistent in al je apps', [
    ('p', 'Hallo Pieter,'),
    ('p', 'Meta AI is nu beschikbaar in WhatsApp, Instagram, Messenger en Facebook. Stel vragen, laat je inspireren of maak in een paar seconden een afbeelding.'),
    ('btn', 'Probeer Meta AI', 'https://www.meta.ai/?utm_source=email&utm_campaign=eu_launch'),
    ('p', 'Veel plezier!\nHet Meta-team')], footer=unsub_f('nl', 'pieter', 'meta'), fbid='marketing', list_unsub=True,
  pre='Stel vragen, maak afbeeldingen en meer.')
O('en', 'aoife', 'meta', d(2025, 7, 8, 15, 0, 0), 'meta', "What's new with Meta AI this month", [
    ('p', 'Hi Aoife,'),
    ('p', "Here's a round-up of what's new across our apps."),
    ('p', 'Ask about what you see: point your camera at any object, a plant, a landmark or a menu, and Meta AI will tell you more about it.'),
    ('p', 'Imagine me: create images of yourself in any style, right from the chat.'),
    ('p', "Your privacy choices stay yours. If you've already submitted an objection about how we use your information for AI at Meta, nothing in this update changes that."),
    ('btn', 'Explore Meta AI', 'https://www.meta.ai/'),
    ('p', 'The Meta AI team')], footer=unsub_f('en', 'aoife', 'meta'), fbid='newsletter', list_unsub=True,
  pre='Point your camera at any object and ask.', parts='html', cte='qp')
O('pt', 'ines', 'whatsapp', d(2025, 2, 20, 22, 5, 0), 'wa', 'O seu código de registo do WhatsApp', [
    ('p', 'Olá,'),
    ('p', 'Recebemos um pedido para registar o seu número de telefone no WhatsApp através de e-mail. O seu código de registo é:'),
    ('code', '284 615', '284-615'),
    ('p', 'Não partilhe este código com ninguém.'),
    ('p', 'Equipa WhatsApp')], fbid='registration')
O('pl', 'tomasz', 'messenger', d(2025, 5, 9, 19, 22, 2), 'msgr', 'Masz 3 nowe wiadomości', [
    ('p', 'Cześć Tomasz,'),
    ('p', 'Katarzyna Nowak wysłała Ci wiadomość: „Widziałeś maila od Facebooka w sprawie AI? Ja już wysłałam sprzeciw.”'),
    ('p', 'Masz też 2 inne nieprzeczytane wiadomości.'),
    ('btn', 'Odpowiedz', 'https://www.messenger.com/t/100023118824591/?ref=email')],
  footer=unsub_f('pl', 'tomasz'), charset='iso-8859-2', cte='qp', fbid='messages')
O('ro', 'andreea', 'facebook', d(2024, 11, 3, 10, 0, -8), 'fb_notif', 'Mihai Ionescu ți-a trimis o cerere de prietenie', [
    ('p', 'Bună, Andreea,'),
    ('p', 'Mihai Ionescu ți-a trimis o cerere de prietenie. Aveți 12 prieteni în comun.'),
    ('btn', 'Confirmă', 'https://www.facebook.com/friends/requests/?profile_id=100041773190226&ref=email')],
  footer=unsub_f('ro', 'andreea'), fbid='friends', parts='html', cte='qp')
O('sv', 'elin', 'meta', d(2025, 5, 3, 12, 24, 0), ('Meta Accounts Center', 'security@meta.com'), 'Din e-postadress har ändrats', [
    ('p', 'Hej Elin,'),
    ('p', 'E-postadressen elin.holm@gmail.com lades till i ditt konto i Kontocenter den 3 maj 2025 kl. 14:22.'),
    ('p', 'Om det var du behöver du inte göra något. Om inte, skydda ditt konto.'),
    ('btn', 'Skydda kontot', 'https://accountscenter.meta.com/password_and_security/'),
    ('p', 'Meta')], fbid='security')
O('da', 'mette', 'instagram', d(2025, 5, 4, 9, 0, 0), 'ig', 'Din download af oplysninger er klar', [
    ('p', 'Hej mette.kjaer,'),
    ('p', 'Den fil med dine oplysninger, som du anmodede om den 2. maj, er nu klar til download. Linket udløber om 4 dage.'),
    ('btn', 'Download oplysninger', 'https://accountscenter.instagram.com/info_and_permissions/dyi/'),
    ('p', 'Instagram')], fbid='dyi')
O('fi', 'vlehtonen', 'meta', d(2025, 5, 1, 3, 0, -7), ('Meta ads', 'advertise-noreply@support.facebook.com'), 'Kuitti Meta-mainoksista', [
    ('p', 'Hei Ville,'),
    ('p', 'Kiitos maksustasi. Veloitimme 49,00 € mainostililtä Yritys Esimerkki Oy 30.4.2025.'),
    ('small', 'Kampanja: Kevätkampanja 2025 · Ajanjakso 1.4.–30.4.2025'),
    ('btn', 'Näytä kuitti', 'https://business.facebook.com/billing_hub/payment_activity/?asset_id=1934857201847561&placement=email'),
    ('p', 'Meta')], charset='iso-8859-15', fbid='ads')
O('cs', 'jiri', 'meta', d(2025, 3, 18, 8, 0, -7), ('Meta Verified', 'no-reply@meta.com'), 'Získejte ověřený odznak s Meta Verified', [
    ('p', 'Dobrý den,'),
    ('p', 'S předplatným Meta Verified získáte ověřený odznak, ochranu před napodobováním a přímý přístup k podpoře.'),
    ('p', 'První měsíc za zvýhodněnou cenu.'),
    ('btn', 'Vyzkoušet Meta Verified', 'https://www.facebook.com/meta_verified/onboarding/?entry=email')],
  footer=unsub_f('cs', 'jiri', 'meta'), fbid='marketing', list_unsub=True, charset='iso-8859-2', cte='qp')
O('el', 'eleni', 'facebook', d(2024, 6, 3, 19, 45, 0), 'fb_sec', 'Νέα σύνδεση στο Facebook', [
    ('p', 'Γεια σας, Eleni,'),
    ('p', 'Εντοπίσαμε μια σύνδεση στον λογαριασμό σας από Firefox σε Linux κοντά στην Αθήνα, στις 3 Ιουνίου 2024 στις 22:41.'),
    ('p', 'Αν ήσασταν εσείς, δεν χρειάζεται να κάνετε τίποτα. Αν όχι, προστατέψτε τον λογαριασμό σας.'),
    ('btn', 'Προστασία λογαριασμού', 'https://www.facebook.com/hacked'),
    ('p', 'Η ομάδα ασφαλείας του Facebook')], charset='iso-8859-7', cte='qp', fbid='security')
O('hu', 'zsofi', 'instagram', d(2025, 1, 9, 17, 0, 1), 'ig', 'Erősítsd meg az e-mail-címedet', [
    ('p', 'Szia!'),
    ('p', 'Már csak egy lépés van hátra az Instagram-fiókod létrehozásához. Az e-mail-címed megerősítéséhez írd be ezt a kódot az alkalmazásban:'),
    ('code', '528 391', '528391'),
    ('p', 'Ha nem te hoztad létre ezt a fiókot, hagyd figyelmen kívül ezt az e-mailt.'),
    ('p', 'Instagram')], fbid='signup', charset='iso-8859-2', cte='qp')
O('lv', 'janis', 'facebook', d(2026, 10, 5, 6, 0, -7), 'fb_notif', 'Pārbaudiet savus privātuma iestatījumus', [
    ('p', 'Sveiki, Jānis!'),
    ('p', 'Veltiet dažas minūtes privātuma pārbaudei: izvēlieties, kas redz jūsu ierakstus un kā citi var jūs atrast.'),
    ('btn', 'Sākt privātuma pārbaudi', 'https://www.facebook.com/privacy/checkup/?source=email')],
  footer=unsub_f('lv', 'janis'), fbid='privacy_checkup', charset='iso-8859-13', cte='qp')
O('lt', 'ruta', 'facebook', d(2025, 5, 3, 9, 0, -7), 'fb_notif', 'Pašalinome jūsų įrašą', [
    ('p', 'Sveiki, Rūta,'),
    ('p', 'Jūsų 2025 m. gegužės 2 d. įrašas pašalintas, nes jis neatitinka mūsų bendruomenės standartų dėl šlamšto.'),
    ('p', 'Jei manote, kad suklydome, galite paprašyti peržiūrėti sprendimą.'),
    ('btn', 'Peržiūrėti sprendimą', 'https://www.facebook.com/support/?notif_id=1746262800551029&notif_t=content_removed'),
    ('p', 'Facebook')], fbid='integrity', cte='b64')
O('no', 'ingrid', 'facebook', d(2025, 5, 9, 12, 4, -7), 'fb_sec', 'Passordet ditt er endret', [
    ('p', 'Hei Ingrid,'),
    ('p', 'Passordet for Facebook-kontoen din ble endret 9. mai 2025 kl. 21:03.'),
    ('p', 'Hvis det var deg, trenger du ikke å gjøre noe. Hvis ikke, kan du sikre kontoen din her.'),
    ('btn', 'Sikre kontoen', 'https://www.facebook.com/hacked'),
    ('p', 'Facebook-sikkerhetsteamet')], fbid='security', parts='text', cte='qp')
O('en', 'callum', 'facebook', d(2025, 5, 26, 3, 11, 0), ('Facebook Security', 'alert@faceb00k-security.com'), 'Unusual login attempt blocked', [
    ('p', 'Hi Callum,'),
    ('p', 'We blocked a login attempt to your account from Lagos, Nigeria. To keep your account, verify your identity within 24 hours.'),
    ('btn', 'Verify my account', 'https://faceb00k-security.com/verify?id=' + rdigits(10)),
    ('p', 'Facebook Security')], auth='own_pass', src=('mta1.faceb00k-security.com', '5.188.62.141'))
O('de', 'mbrandt', 'whatsapp', d(2025, 6, 16, 10, 0, 0), 'wa', 'Wir aktualisieren unsere Nutzungsbedingungen', [
    ('p', 'Hallo,'),
    ('p', 'Ab dem 15. Juli 2025 gelten aktualisierte Nutzungsbedingungen für WhatsApp. Die Änderungen betreffen vor allem die Kommunikation mit Unternehmen und neue Funktionen im Tab „Aktuelles“.'),
    ('p', 'Deine privaten Nachrichten und Anrufe bleiben Ende-zu-Ende-verschlüsselt.'),
    ('btn', 'Nutzungsbedingungen lesen', 'https://www.whatsapp.com/legal/terms-of-service-eea'),
    ('p', 'Dein WhatsApp-Team')], footer=unsub_f('de', 'mbrandt', 'whatsapp'), fbid='legal', list_unsub=True)

# =================================================================== unrelated
U('en', 'callum', d(2025, 5, 24, 8, 0, 2), ('noyb', 'newsletter@noyb.eu'), "noyb Newsletter: what Meta's AI emails actually say", [
    ('h', 'Meta and your right to object'),
    ('p', 'Over the past weeks many of you forwarded us the emails Meta sends about AI training. Here is what they say, word for word:'),
    ('quote', ["\"From 27 May 2025, we'll use public information such as public posts, comments, photos and captions from accounts of people aged 18 or over, as well as your interactions with AI at Meta, to develop and improve generative AI models.\"",
               '"Object to the use of your information"']),
    ('p', 'Readers who objected received this confirmation:'),
    ('quote', ["\"We've reviewed your request and we will honour your objection. From now on we won't use your public information from Facebook and Instagram to develop and improve generative AI models for AI at Meta.\"",
               'Case number: 1029384756102938']),
    ('p', 'The form is still online at https://www.facebook.com/help/contact/712876720715583 and objecting later only stops future use.'),
    ('link', 'Read our full analysis', 'https://noyb.eu/en/meta-ai-training-objection')],
  footer=[('small', 'You receive this newsletter because you subscribed at noyb.eu. Unsubscribe: https://noyb.eu/en/newsletter/unsubscribe?u=' + rhex(16))],
  src=('mail.noyb.eu', '185.26.156.31'), extra_headers=['List-Unsubscribe: <https://noyb.eu/en/newsletter/unsubscribe?u=' + rhex(16) + '>',
                                                       'Precedence: bulk'], pre='Word for word: the notice and the confirmation.')
U('fr', 'elodie', d(2025, 5, 19, 7, 0, 2), ('Que Choisir – La Lettre', 'lettre@newsletter.quechoisir.org'),
  'IA de Meta : comment vous opposer avant le 27 mai', [
    ('h', 'Vos publications pour entraîner l’IA de Meta'),
    ('p', 'Meta envoie en ce moment un e-mail intitulé « Découvrez comment nous utiliserons vos informations pour améliorer l’IA chez Meta ». On y lit :'),
    ('quote', ['« À partir du 27 mai 2025, nous utiliserons les informations publiques, telles que les publications, commentaires, photos et légendes publics des comptes de personnes âgées de 18 ans ou plus… »']),
    ('p', 'Si vous vous opposez, Meta vous répond par exemple :'),
    ('quote', ['« Nous avons examiné votre demande et nous acceptons votre opposition. »', 'Réf. : 3319475520846617']),
    ('p', 'Le formulaire se trouve ici : https://www.facebook.com/help/contact/712876720715583'),
    ('small', 'Vous recevez cette lettre car vous y êtes abonné(e). Se désabonner : https://newsletter.quechoisir.org/d/' + rhex(12))],
  src=('mta12.newsletter.quechoisir.org', '91.216.45.12'), charset='iso-8859-15', cte='qp', accent='#c8102e')
_fwd_ref = fake_ref()
U('de', 'mbrandt', d(2025, 5, 20, 19, 2, 2), ('Jonas Albrecht', 'jonas.albrecht@t-online.de'), 'WG: Dein Widerspruch', [
    ('p', 'Hi Matthias,'),
    ('p', 'schau mal, das kam heute bei mir. Hast du auch schon eine Antwort?'),
    ('p', 'LG Jonas'),
    ('p', '-------- Weitergeleitete Nachricht --------\nBetreff: Dein Widerspruch\nDatum: Tue, 20 May 2025 09:41:07 -0700\nVon: Facebook Privacy <noreply@support.facebook.com>\nAn: Jonas Albrecht <jonas.albrecht@t-online.de>'),
    ('p', 'Hallo Jonas,'),
    ('p', L['de']['a_p1']), ('p', L['de']['a_p2']),
    ('p', f'Aktenzeichen: {_fwd_ref}'),
    ('p', 'Dein Facebook-Datenschutzteam')],
  parts='text', cte='8bit', src=('mailout11.t-online.de', '194.25.134.85'),
  extra_headers=['User-Agent: Mozilla Thunderbird', 'Content-Language: de-DE'])
U('fr', 'elodie', d(2025, 5, 3, 21, 20, 2), ('Camille Marchand', 'camille.marchand@orange.fr'), 'TR: Confirmez votre adresse e-mail', [
    ('p', 'Coucou, c’est normal ce code ? Je n’ai rien demandé…'),
    ('p', '-------- Message transféré --------\nDe : Facebook Privacy <noreply@support.facebook.com>\nDate : 3 mai 2025 à 21:03\nObjet : Confirmez votre adresse e-mail\nÀ : camille.marchand@orange.fr'),
    ('p', 'Bonjour Camille,'),
    ('p', L['fr']['c_p1']),
    ('code', '552810'),
    ('p', L['fr']['c_p2'])],
  src=('smtp-out.orange.fr', '80.12.242.10'), cte='qp')
U('es', 'marta', d(2025, 6, 3, 11, 2, 2), ('Pablo Iglesias', 'pablo.iglesias.r@gmail.com'), 'Re: Tu solicitud de oposición', [
    ('p', '¡Qué bien! A mí todavía no me han contestado, y eso que lo mandé antes.'),
    ('p', 'El mar, 3 jun 2025 a las 10:12, Marta Iglesias (<marta.iglesias@yahoo.es>) escribió:'),
    ('quote', ['Mira lo que me ha llegado de Facebook:', '',
               'Hemos revisado tu solicitud y aceptamos tu oposición. A partir de ahora no usaremos tu información pública de Facebook e Instagram para desarrollar y mejorar los modelos de IA generativa de la IA en Meta.',
               '', 'Número de caso: 5520193847561029'])],
  src=('mail-sor-f69.google.com', '209.85.220.69'),
  pre_headers=['In-Reply-To: <CAJ' + ralnum(30) + '@mail.yahoo.com>', 'References: <CAJ' + ralnum(30) + '@mail.yahoo.com>'])
U('en', 'aoife', d(2025, 5, 30, 12, 0, 0), ('Privacy-IE digest', 'privacy-ie-request@lists.digitalrights-example.ie'),
  'Privacy-IE Digest, Vol 42, Issue 7', [
    ('p', 'Send Privacy-IE mailing list submissions to\n\tprivacy-ie@lists.digitalrights-example.ie\n\nWhen replying, please edit your Subject line so it is more specific than "Re: Contents of Privacy-IE digest..."'),
    ('p', "Today's Topics:\n\n   1. Re: Meta AI objection - got a reply (Sean Walsh)\n   2. Re: Meta AI objection - got a reply (Niamh Kavanagh)"),
    ('p', '----------------------------------------------------------------------'),
    ('p', 'Message: 1\nDate: Thu, 29 May 2025 18:02:11 +0100\nFrom: Sean Walsh <sean.walsh@example-mail.ie>\nSubject: Re: Meta AI objection - got a reply'),
    ('p', 'Mine came back in nine days: "We\'ve reviewed your request and we will honour your objection." Case number 1015583920461877.'),
    ('p', '------------------------------'),
    ('p', 'Message: 2\nDate: Thu, 29 May 2025 21:40:55 +0100\nFrom: Niamh Kavanagh <niamh.k@example-mail.ie>\nSubject: Re: Meta AI objection - got a reply'),
    ('p', 'Instagram asked me for more: "Before we can review your objection, we need more information." The form is https://help.instagram.com/contact/233964459562201 if anyone needs it. My code was 661204, which I had to type in twice.'),
    ('p', '------------------------------\n\nEnd of Privacy-IE Digest, Vol 42, Issue 7\n******************************************')],
  parts='text', cte='7bit', src=('lists.digitalrights-example.ie', '176.58.110.20'),
  extra_headers=['List-Id: Irish privacy discussion <privacy-ie.lists.digitalrights-example.ie>',
                 'List-Unsubscribe: <https://lists.digitalrights-example.ie/mailman/options/privacy-ie>,\n <mailto:privacy-ie-request@lists.digitalrights-example.ie?subject=unsubscribe>',
                 'List-Post: <mailto:privacy-ie@lists.digitalrights-example.ie>', 'Precedence: list',
                 'X-BeenThere: privacy-ie@lists.digitalrights-example.ie', 'X-Mailman-Version: 2.1.39'])
U('pl', 'tomasz', d(2025, 5, 11, 9, 20, 2), ('Bank Przykładowy', 'powiadomienia@bank-przykladowy.pl'), 'Kod jednorazowy do logowania', [
    ('p', 'Dzień dobry,'),
    ('p', 'Twój kod jednorazowy do logowania w bankowości internetowej to:'),
    ('code', '615307'),
    ('p', 'Kod jest ważny 5 minut. Nigdy nie podawaj go nikomu – pracownicy banku nigdy o niego nie proszą.')],
  src=('mx-out.bank-przykladowy.pl', '193.17.41.8'), charset='windows-1250', cte='qp', accent='#00754a')
U('it', 'davide', d(2025, 5, 14, 16, 40, 2), ('Libreria Esempio', 'ordini@libreria-esempio.it'), 'Conferma ordine n. 402-7731945-1182236', [
    ('p', 'Ciao Davide,'),
    ('p', 'grazie per il tuo ordine del 14 maggio 2025.'),
    ('ref', 'Numero ordine', '402-7731945-1182236'),
    ('p', '1 × «Privacy e intelligenza artificiale» – 18,90 €'),
    ('p', 'Consegna prevista: venerdì 16 maggio 2025.'),
    ('link', 'Traccia la spedizione', 'https://www.libreria-esempio.it/ordini/402-7731945-1182236/traccia')],
  src=('smtp.libreria-esempio.it', '151.1.210.44'), accent='#7a3e00')
U('sv', 'elin', d(2025, 5, 24, 6, 0, 2), ('Morgonbrevet', 'nyhetsbrev@morgontidningen.se'), 'Morgonbrevet: Sista chansen att säga nej till Meta AI', [
    ('h', 'Tiden går ut på måndag'),
    ('p', 'Meta skriver i sitt mejl till användarna:'),
    ('quote', ['”Från och med den 27 maj 2025 kommer vi att använda offentlig information, som offentliga inlägg, kommentarer, foton och bildtexter …”']),
    ('p', 'Så gör du: fyll i formuläret https://www.facebook.com/help/contact/712876720715583 och bekräfta koden som skickas till din e-post.'),
    ('p', 'Läsare som redan invänt har fått svaret: ”Vi har granskat din begäran och kommer att respektera din invändning.”')],
  footer=[('small', 'Avsluta prenumerationen: https://morgontidningen.se/nyhetsbrev/avsluta')],
  src=('nl.morgontidningen.se', '185.45.12.99'), cte='b64', accent='#003a70')
U('da', 'mette', d(2025, 5, 22, 7, 30, 2), ('Forbrugerbladet', 'nyhedsbrev@forbrugerbladet.dk'),
  'Sådan siger du nej til, at Meta bruger dine opslag til AI', [
    ('h', 'Meta og dine opslag'),
    ('p', 'I mailen fra Meta står der:'),
    ('quote', ['»Fra den 27. maj 2025 bruger vi offentlige oplysninger som offentlige opslag, kommentarer, billeder og billedtekster …«']),
    ('p', 'Flere læsere har allerede fået dette svar:'),
    ('quote', ['»Vi har gennemgået din anmodning og imødekommer din indsigelse.«', 'Sagsnummer: 7718203945561202'])],
  footer=[('small', 'Afmeld nyhedsbrevet: https://forbrugerbladet.dk/afmeld')], src=('mail.forbrugerbladet.dk', '93.176.80.41'),
  parts='html', cte='qp')
U('cs', 'jiri', d(2025, 5, 16, 13, 0, 2), ('Balíkovna Express', 'info@balikexpress.cz'), 'Zásilka 4821 0093 7712 je připravena k vyzvednutí', [
    ('p', 'Dobrý den,'),
    ('p', 'vaše zásilka je připravena na výdejním místě Praha 7, Milady Horákové 12.'),
    ('p', 'PIN pro vyzvednutí:'),
    ('code', '604218'),
    ('p', 'Zásilku si vyzvedněte do 19. 5. 2025.')],
  src=('out.balikexpress.cz', '46.28.105.3'), charset='iso-8859-2', cte='qp')
U('ro', 'andreea', d(2025, 5, 15, 10, 0, 3), ('Resurse Umane – Exemplu SRL', 'hr@exemplu-srl.ro'), 'Newsletter intern – mai 2025', [
    ('h', 'Sfatul lunii: datele tale și Meta AI'),
    ('p', 'Mai mulți colegi ne-au întrebat despre e-mailul primit de la Meta. Pe scurt: începând cu 27 mai 2025, Meta va folosi postările publice pentru a antrena modele AI, iar opoziția se face din formularul din aplicație.'),
    ('h', 'Alte noutăți'),
    ('p', 'Programul de vară începe pe 2 iunie. Vă rugăm să vă actualizați datele de contact în portalul intern.')],
  src=('mail.exemplu-srl.ro', '86.105.44.7'))
U('hu', 'zsofi', d(2025, 5, 19, 20, 30, 2), ('Tóth Eszter', 'eszter.toth@freemail.hu'), 'Meta AI – láttad?', [
    ('p', 'Szia Zsófi!'),
    ('p', 'Láttad a Facebook levelét? Itt lehet tiltakozni: https://www.facebook.com/help/contact/712876720715583'),
    ('p', 'Nekem már jött is válasz, hogy helyt adnak a tiltakozásomnak (ügyszám: 1193847502918374). Május 27-ig érdemes beküldeni!'),
    ('p', 'Puszi,\nEszter')],
  parts='text', cte='qp', charset='iso-8859-2', src=('mail.freemail.hu', '195.228.245.60'))
U('fi', 'vlehtonen', d(2025, 5, 23, 6, 0, 3), ('Tekniikkablogi', 'kooste@tekniikkablogi.fi'), 'Viikon kooste: Meta, tekoäly ja vastustusoikeus', [
    ('h', 'Viikon luetuimmat'),
    ('p', '1. Meta aloittaa tekoälyn koulutuksen eurooppalaisten julkisilla julkaisuilla. Metan viestissä lukee: ”27.5.2025 alkaen käytämme julkisia tietoja, kuten täysi-ikäisten henkilöiden tilien julkisia julkaisuja …”'),
    ('p', '2. Näin vastustat: lomake löytyy osoitteesta https://www.facebook.com/help/contact/712876720715583'),
    ('p', '3. Testissä kolme uutta läppäriä alle 800 eurolla.')],
  footer=[('small', 'Peru tilaus: https://tekniikkablogi.fi/tilaus/peru')], src=('posti.tekniikkablogi.fi', '95.216.3.77'),
  charset='iso-8859-15', cte='qp')
U('nl', 'pieter', d(2025, 4, 15, 18, 12, 2), ('Anouk Bakker', 'anouk.bakker@ziggo.nl'), 'FW: Ontdek hoe we je gegevens gebruiken om AI bij Meta te verbeteren', [
    ('p', 'Pieter, heb jij deze ook gehad? Je moet echt bezwaar maken vóór 27 mei.'),
    ('p', 'Anouk'),
    ('p', '________________________________\nVan: Facebook <notification@facebookmail.com>\nVerzonden: dinsdag 15 april 2025 14:03\nAan: anouk.bakker@ziggo.nl\nOnderwerp: Ontdek hoe we je gegevens gebruiken om AI bij Meta te verbeteren'),
    ('p', 'Hallo Anouk,'),
    ('p', L['nl']['n_p1']),
    ('p', L['nl']['n_p2'].format(date='27 mei 2025')),
    ('p', L['nl']['n_p3']),
    ('link', 'Bezwaar maken', 'https://l.facebook.com/l.php?u=' + 'https%3A%2F%2Fwww.facebook.com%2Fhelp%2Fcontact%2F712876720715583&h=AT' + ralnum(30))],
  src=('smtp.ziggo.nl', '212.54.42.135'), extra_headers=['Thread-Topic: Ontdek hoe we je gegevens gebruiken om AI bij Meta te verbeteren',
                                                        'X-MS-Has-Attach: ', 'Content-Language: nl-NL'])
U('el', 'eleni', d(2025, 5, 21, 8, 0, 3), ('Ψηφιακά Νέα', 'newsletter@psifiaka-nea.gr'), 'Πώς να αντιταχθείτε στη χρήση των δεδομένων σας από τη Meta', [
    ('h', 'Meta και τεχνητή νοημοσύνη'),
    ('p', 'Το email της Meta αναφέρει:'),
    ('quote', ['«Από τις 27 Μαΐου 2025 θα χρησιμοποιούμε δημόσιες πληροφορίες, όπως δημόσιες δημοσιεύσεις, σχόλια, φωτογραφίες και λεζάντες…»']),
    ('p', 'Όσοι υπέβαλαν αντίρρηση έλαβαν την απάντηση: «Εξετάσαμε το αίτημά σας και θα σεβαστούμε την αντίρρησή σας.»'),
    ('p', 'Η φόρμα: https://www.facebook.com/help/contact/712876720715583')],
  footer=[('small', 'Διαγραφή από τη λίστα: https://psifiaka-nea.gr/unsubscribe')], src=('mail.psifiaka-nea.gr', '94.130.7.2'),
  charset='iso-8859-7', cte='qp')
U('pt', 'ines', d(2025, 3, 5, 19, 30, 0), ('Banco Exemplo', 'alertas@bancoexemplo.pt'), 'Código de verificação', [
    ('p', 'Caro(a) cliente,'),
    ('p', 'O seu código de verificação é 047733. É válido durante 3 minutos.'),
    ('p', 'Se não reconhece esta operação, contacte-nos de imediato.')],
  src=('smtp2.bancoexemplo.pt', '194.65.14.20'), charset='windows-1252', cte='qp', accent='#004b87')
U('sk', 'martin', d(2025, 5, 12, 9, 0, 2), ('Knižnica Ružinov', 'podujatia@kniznica-ruzinov.sk'), 'Pozvánka: Ako namietať proti využívaniu údajov pre Meta AI', [
    ('p', 'Dobrý deň,'),
    ('p', 'pozývame vás na workshop v utorok 20. 5. 2025 o 17:00 v čitárni na Tomášikovej ulici.'),
    ('p', 'Ukážeme, ako podať námietku cez formulár https://www.facebook.com/help/contact/712876720715583 a čo robiť, ak Meta odpovie, že potrebuje viac informácií.'),
    ('p', 'Tešíme sa na vás,\nKnižnica Ružinov')],
  parts='calendar', cte='qp', src=('smtp.kniznica-ruzinov.sk', '87.197.160.15'),
  ics='BEGIN:VCALENDAR\r\nPRODID:-//Kniznica Ruzinov//Podujatia//SK\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n'
      'UID:' + ruuid() + '\r\nDTSTAMP:20250512T070000Z\r\nDTSTART;TZID=Europe/Bratislava:20250520T170000\r\n'
      'DTEND;TZID=Europe/Bratislava:20250520T183000\r\nSUMMARY:Workshop: Ako namietať proti využívaniu údajov pre Meta AI\r\n'
      'LOCATION:Knižnica Ružinov\\, Tomášikova\r\nORGANIZER;CN=Knižnica Ružinov:mailto:podujatia@kniznica-ruzinov.sk\r\n'
      'ATTENDEE;RSVP=TRUE:mailto:martin.horvath@azet.sk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
U('is', 'gudrun', d(2026, 12, 11, 7, 0, 0), ('Fréttabréfið', 'frettabref@frettamidill.is'), 'Frestur til að andmæla Meta rennur út', [
    ('h', 'Meta og gervigreindin'),
    ('p', 'Í tölvupósti Meta til notenda segir:'),
    ('quote', ['„Frá og með miðvikudeginum 16. desember 2026 munum við nota opinberar upplýsingar, svo sem opinberar færslur, ummæli, myndir og myndatexta …“']),
    ('p', 'Þeir sem hafa andmælt fengu svarið: „Við höfum farið yfir beiðnina þína og munum virða andmæli þín.“ Málsnúmer: 4410293857716620')],
  footer=[('small', 'Afskrá: https://frettamidill.is/afskra')], src=('post.frettamidill.is', '157.157.30.12'),
  charset='iso-8859-1', cte='qp')
U('de', 'sabine', d(2025, 5, 23, 17, 0, 2), ('Netzwoche-Newsletter', 'newsletter@netzwoche-beispiel.de'),
  'Wochenrückblick: Metas KI-Training und dein Widerspruch', [
    ('h', 'Meta: Was in den E-Mails steht'),
    ('quote', ['„Ab dem 27. Mai 2025 verwenden wir öffentliche Informationen wie öffentliche Beiträge, Kommentare, Fotos und Bildunterschriften von Konten volljähriger Personen …“']),
    ('p', 'Wer widersprochen hat, bekommt meist diese Antwort:'),
    ('quote', ['„Wir haben deine Anfrage geprüft und werden deinem Widerspruch nachkommen.“', 'Aktenzeichen: 2290584716639011']),
    ('p', 'Zum Formular: https://www.facebook.com/help/contact/712876720715583')],
  footer=[('small', 'Newsletter abbestellen: https://netzwoche-beispiel.de/abmelden')], src=('mail.netzwoche-beispiel.de', '88.99.12.144'),
  cte='b64', html_cte='qp')
U('bg', 'ivan', d(2025, 5, 20, 9, 0, 3), ('Фондация „Цифрови права“', 'bulletin@cifrovi-prava.bg'),
  'Бюлетин: Как да възразите срещу обучението на ИИ на Meta', [
    ('h', 'Meta и вашите публикации'),
    ('p', 'В имейла на Meta пише:'),
    ('quote', ['„От 27 май 2025 г. ще използваме публична информация, като публични публикации, коментари, снимки и надписи…“']),
    ('p', 'Формулярът за възражение: https://www.facebook.com/help/contact/712876720715583'),
    ('p', 'Читатели ни писаха, че са получили отговор: „Разгледахме заявката ви и ще уважим възражението ви.“')],
  footer=[('small', 'Отписване: https://cifrovi-prava.bg/otpisvane')], src=('mail.cifrovi-prava.bg', '212.39.90.15'),
  charset='windows-1251', cte='qp')
