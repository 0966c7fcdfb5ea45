# -*- coding: utf-8 -*-
"""Other Meta mail and third-party mail (written for this batch)."""
# other_meta: key -> (lang, platform, from_local, subject, paras)   ({code} filled with a 6-digit login code)
OTHER = [
 ("en", "facebook", "security", "{code} is your Facebook login code", ["Hi {name},", "We received a request to log in to your Facebook account. Enter this code to finish logging in:", "@CODE", "If you didn't try to log in, secure your account now. Don't share this code with anyone."]),
 ("de", "instagram", "security", "Instagram-Code zum Zurücksetzen deines Passworts", ["Hallo {name},", "wir haben eine Anfrage zum Zurücksetzen deines Instagram-Passworts erhalten. Gib diesen Code ein:", "@CODE", "Wenn du das nicht warst, ignoriere diese E-Mail."]),
 ("fr", "facebook", "security", "Nouvelle connexion à votre compte", ["Bonjour {name},", "Votre compte Facebook a été utilisé pour vous connecter depuis un appareil Windows près de Lyon, France.", "Si c’était vous, vous n’avez rien à faire. Sinon, sécurisez votre compte."]),
 ("it", "instagram", "security", "Abbiamo rilevato un accesso insolito", ["Ciao {name},", "abbiamo notato un accesso al tuo account da un nuovo dispositivo (iPhone, Milano). Se sei stato tu, puoi ignorare questo messaggio."]),
 ("es", "facebook", "advertise-noreply", "Recibo de tus anuncios de Meta", ["Hola, {name}:", "Hemos cobrado 24,50 EUR por los anuncios de tu página «Panadería La Espiga».", "ID de la transacción: 7730118265409921-1189044", "Método de pago: Visa ···· 4417"]),
 ("pl", "facebook", "notification", "Anna Nowak oznaczyła Cię na zdjęciu", ["Cześć {name},", "Anna Nowak oznaczyła Cię na zdjęciu w albumie „Mazury 2025”.", "Zobacz zdjęcie na Facebooku."]),
 ("nl", "facebook", "notification", "Je gegevens kunnen worden gedownload", ["Hallo {name},", "Het bestand met je informatie dat je hebt aangevraagd, is klaar. Je kunt het vier dagen lang downloaden via je Accountcentrum."]),
 ("ro", "facebook", "notification", "Pagina ta a primit o recenzie nouă", ["Bună, {name},", "Pagina „Atelier Ceramică Cluj” a primit o recenzie nouă de 5 stele.", "Răspunde recenziilor pentru a-ți implica publicul."]),
 ("en", "messenger", "notification", "You have 3 new messages", ["Hi {name},", "You have 3 new messages from Sarah Quinn and 1 other.", "Open Messenger to reply."]),
 ("fr", "messenger", "notification", "Nouveau message de Julien", ["Bonjour {name},", "Julien vous a envoyé un message : « On se voit samedi ? »"]),
 ("de", "whatsapp", "noreply", "Dein WhatsApp-Konto wurde auf einem neuen Gerät registriert", ["Hallo,", "dein WhatsApp-Konto wurde soeben auf einem neuen Gerät registriert. Wenn du das nicht warst, aktiviere die Verifizierung in zwei Schritten."]),
 ("en", "meta", "business-noreply", "Meta for Business: what's new this month", ["Hi {name},", "This month: new Reels ad formats, tips for the holiday season, and an update on Advantage+ campaigns.", "You're receiving this newsletter because you manage a Page. Unsubscribe at any time."]),
 ("it", "meta", "noreply", "Meta Verified: proteggi il tuo account", ["Ciao {name},", "Con Meta Verified ottieni il badge di verifica, protezione dall'impersonificazione e assistenza dedicata. Prova ora."]),
 ("de", "meta", "noreply", "Neu: Meta AI ist jetzt in WhatsApp, Instagram und Facebook verfügbar", ["Hallo {name},", "ab heute kannst du Meta AI in deinen Chats nutzen: Fragen stellen, Bilder erstellen und Ideen sammeln.", "Probiere es einfach in der Suchleiste aus."]),
 ("en", "facebook", "support", "Update on your report", ["Hi {name},", "Thanks for reporting the Page \"Cheap Designer Bags Outlet\". We reviewed it and removed it because it goes against our Community Standards.", "Case number: {ref}"]),
 ("sv", "instagram", "no-reply", "Din information är klar för nedladdning", ["Hej {name}!", "Filen med din Instagram-information är klar. Du kan ladda ned den under fyra dagar."]),
 ("pt", "instagram", "no-reply", "maria.silva mencionou-te num comentário", ["Olá {name},", "maria.silva mencionou-te num comentário: «olha esta praia!»"]),
 ("es", "instagram", "security", "Se ha cambiado tu contraseña", ["Hola, {name}:", "La contraseña de tu cuenta de Instagram se cambió el martes. Si no fuiste tú, protege tu cuenta."]),
 ("nl", "facebook", "security", "{code} is je herstelcode voor Facebook", ["Hallo {name},", "Iemand heeft gevraagd je wachtwoord opnieuw in te stellen. Voer deze code in:", "@CODE", "Heb je dit niet aangevraagd? Laat het ons weten."]),
 ("pl", "instagram", "security", "Kod logowania do Instagrama", ["Cześć {name},", "Twój kod logowania do Instagrama:", "@CODE", "Nie udostępniaj go nikomu."]),
]
