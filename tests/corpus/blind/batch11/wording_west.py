# -*- coding: utf-8 -*-
"""English, German, French wording. Written for this batch; the notice and acceptance sentences
paraphrase the publicly reported 2024/2025 Meta wording (see README)."""
T = {}
T["en"] = {
 "link": "Right to object",
 "notice": ("We're updating our Privacy Policy as we expand AI at Meta", [
  "Hi {name},",
  "We're getting ready to bring AI at Meta to more people in your region. AI at Meta is the set of generative AI features, tools and models we build, such as Meta AI.",
  "To develop and improve AI at Meta, we will rely on legitimate interests as the legal basis for using information people share publicly on our products, such as public posts, photos and their captions, and comments. You have the right to object to this.",
  "The updated Privacy Policy takes effect on {date}. Any objection you submit will apply from the moment it is honoured.",
  "@LINK",
  "Thanks,\nThe Privacy Team"]),
 "notice_legal": ("Important: how we will use your information for AI at Meta", [
  "Dear {name},",
  "1. What is changing. From {date}, Meta Platforms Ireland Limited will begin using public content from adult accounts in the EU/EEA, and your interactions with AI at Meta, to train and improve its generative AI models.",
  "2. Legal basis. This processing is based on our legitimate interests under Article 6(1)(f) of the General Data Protection Regulation (GDPR). We have carried out a balancing test and put safeguards in place; details are in Section 4 of the Privacy Policy.",
  "3. Your right to object (Article 21(1) GDPR). You can object at any time, without giving a reason, using the form below. If you object before {date}, your public information will not be used for this purpose.",
  "@LINK",
  "4. What is not affected. Private messages are not used. Information about you shared by other people, for example a photo of you that someone else posts publicly, may still be processed.",
  "5. Contact. Our Data Protection Officer can be reached through the Privacy Centre. You also have the right to lodge a complaint with the Data Protection Commission (Ireland) or your local supervisory authority.",
  "Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Ireland"]),
 "reminder": ("Reminder: you can still object before {date}", [
  "Hi {name},",
  "A few weeks ago we told you that we will use public information from Facebook and Instagram to develop AI at Meta, relying on legitimate interests.",
  "We'll start doing this on {date}. If you don't want your information to be used, the last day to submit an objection so that it applies from the start is {last}.",
  "@LINK",
  "If you've already objected, you don't need to do anything."]),
 "code": ("{code} is your confirmation code", [
  "Hi {name},",
  "You're submitting a request regarding your rights under data protection law. To confirm that this email address belongs to you, enter this code in the form:",
  "@CODE",
  "The code expires in 60 minutes.",
  "Never share this code with anyone. Meta will never ask you for it by phone or in a message. If you didn't request this code, you can safely ignore this email; no one can use your address without it."]),
 "received": ("We received your objection request", [
  "Hello {name},",
  "Thank you for contacting us. This email confirms that we have received your objection under Article 21 GDPR to the use of your information for AI at Meta.",
  "Our team will review it and respond to you by email. You do not need to submit another request in the meantime.",
  "Case number: {ref}",
  "Meta Privacy Operations"]),
 "accepted": ("Your objection request", [
  "Hi {name},",
  "We've reviewed your request and we will honour your objection. From now on, we won't use your public information from our products, or your interactions with AI at Meta features, to develop and improve generative AI models for AI at Meta.",
  "Please note: this decision applies going forward. It does not affect processing that took place before your objection, and we may still process information about you that appears in content other people share publicly, or where another legal basis applies.",
  "Reference: {ref}",
  "The Privacy Operations Team"]),
 "refused": ("About your objection request", [
  "Dear {name},",
  "Case number: {ref}",
  "We have reviewed the objection you submitted under Article 21(1) GDPR. After carefully weighing your interests, rights and freedoms against our legitimate interests in developing AI at Meta, we have concluded that we will not be able to honour your request.",
  "The information you provided did not demonstrate grounds relating to your particular situation that override the balancing test we carried out, which takes into account the safeguards we apply, such as excluding private messages and accounts of people under 18.",
  "You may submit a new objection with further details at any time:",
  "@LINK",
  "You also have the right to lodge a complaint with the Data Protection Commission or with the supervisory authority in your country of residence.",
  "Meta Privacy Operations"]),
 "moreinfo": ("We need more information about your request", [
  "Hello {name},",
  "Thank you for your message regarding the processing of your personal data for AI at Meta (Ref. {ref}).",
  "Before we can assess your objection, we need the following information:",
  "1. The Facebook or Instagram account (profile URL or username) the objection concerns;\n2. The specific processing activity you object to;\n3. The reasons, relating to your particular situation, why you object to this processing.",
  "Please reply to this email within 30 days. If we do not receive this information, we will not be able to process your request and it will be closed.",
  "Meta Privacy Operations"]),
}
T["de"] = {
 "link": "Widerspruchsrecht",
 "notice": ("Wir aktualisieren unsere Datenschutzrichtlinie, da wir KI bei Meta ausweiten", [
  "Hallo {name},",
  "wir bereiten uns darauf vor, KI bei Meta in deiner Region anzubieten. KI bei Meta umfasst unsere generativen KI-Funktionen und -Erlebnisse, etwa Meta AI, sowie die Modelle dahinter.",
  "Damit wir diese Funktionen anbieten können, stützen wir uns künftig auf die Rechtsgrundlage der berechtigten Interessen, wenn wir deine Informationen zur Entwicklung und Verbesserung von KI bei Meta verwenden. Du hast das Recht, dieser Verwendung zu widersprechen.",
  "Die aktualisierte Datenschutzrichtlinie gilt ab dem {date}.",
  "@LINK",
  "Danke,\nDas Datenschutz-Team"]),
 "notice_legal": ("Information nach Art. 13 DSGVO: Nutzung Ihrer Daten für KI bei Meta", [
  "Sehr geehrte/r {name},",
  "§ 1 Gegenstand. Ab dem {date} verwendet die Meta Platforms Ireland Limited öffentliche Inhalte volljähriger Nutzerinnen und Nutzer in der EU sowie Interaktionen mit KI bei Meta, um generative KI-Modelle zu trainieren und zu verbessern.",
  "§ 2 Rechtsgrundlage. Die Verarbeitung erfolgt auf Grundlage unserer berechtigten Interessen gemäß Art. 6 Abs. 1 lit. f DSGVO. Die Interessenabwägung und die getroffenen Schutzmaßnahmen sind in unserer Datenschutzrichtlinie beschrieben.",
  "§ 3 Widerspruchsrecht nach Art. 21 Abs. 1 DSGVO. Sie können der Verarbeitung jederzeit über das folgende Formular widersprechen. Eine Begründung ist nicht erforderlich.",
  "@LINK",
  "§ 4 Nicht betroffen. Private Nachrichten werden nicht verwendet. Informationen über Sie, die andere Personen öffentlich teilen, können weiterhin verarbeitet werden.",
  "§ 5 Beschwerderecht. Sie haben das Recht, Beschwerde bei einer Aufsichtsbehörde einzulegen, insbesondere bei der irischen Data Protection Commission.",
  "Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Irland"]),
 "reminder": ("Erinnerung: Widerspruch gegen die Nutzung für KI bei Meta", [
  "Hallo {name},",
  "wie angekündigt nutzen wir ab dem {date} öffentliche Informationen von Facebook und Instagram, um KI bei Meta zu entwickeln.",
  "Wenn du nicht möchtest, dass deine Informationen dafür verwendet werden, kannst du bis einschließlich {last} widersprechen, damit dein Widerspruch von Beginn an berücksichtigt wird.",
  "@LINK",
  "Falls du bereits widersprochen hast, musst du nichts weiter tun."]),
 "code": ("Dein Bestätigungscode lautet {code}", [
  "Hallo {name},",
  "du hast ein Formular zu deinen Datenschutzrechten ausgefüllt. Gib diesen Code ein, um deine E-Mail-Adresse zu bestätigen:",
  "@CODE",
  "Der Code ist 60 Minuten gültig. Gib ihn niemals an Dritte weiter. Meta wird dich nie telefonisch danach fragen.",
  "Wenn du diesen Code nicht angefordert hast, kannst du diese E-Mail ignorieren."]),
 "received": ("Wir haben deinen Widerspruch erhalten", [
  "Hallo {name},",
  "vielen Dank für deine Anfrage. Wir bestätigen den Eingang deines Widerspruchs gegen die Verwendung deiner Informationen für KI bei Meta. Unser Team prüft dein Anliegen und meldet sich per E-Mail bei dir.",
  "Fallnummer: {ref}",
  "Dein Meta-Datenschutzteam"]),
 "accepted": ("Dein Widerspruch", [
  "Hallo {name},",
  "wir haben deine Anfrage geprüft und werden deinem Widerspruch nachkommen. Deine öffentlichen Informationen aus unseren Produkten und deine Interaktionen mit Funktionen von KI bei Meta werden ab sofort nicht mehr für die Entwicklung und Verbesserung generativer KI-Modelle verwendet.",
  "Bitte beachte: Die Entscheidung wirkt nur für die Zukunft. Bereits erfolgte Verarbeitungen bleiben davon unberührt, und Informationen über dich, die andere öffentlich teilen, können weiterhin verarbeitet werden.",
  "Ref.: {ref}"]),
 "refused": ("Ihre Anfrage zur Verarbeitung personenbezogener Daten", [
  "Sehr geehrte/r {name},",
  "Aktenzeichen: {ref}",
  "wir haben Ihren Widerspruch gemäß Art. 21 Abs. 1 DSGVO sorgfältig geprüft. Im Rahmen der Interessenabwägung sind wir zu dem Ergebnis gelangt, dass Ihre Angaben keine Gründe erkennen lassen, die sich aus Ihrer besonderen Situation ergeben und unsere berechtigten Interessen überwiegen. Wir können Ihrem Widerspruch daher nicht stattgeben.",
  "Sie können jederzeit einen neuen Widerspruch mit ergänzenden Angaben einreichen:",
  "@LINK",
  "Ihr Recht auf Beschwerde bei einer Datenschutzaufsichtsbehörde bleibt unberührt.",
  "Meta Privacy Operations"]),
 "moreinfo": ("Wir benötigen weitere Informationen", [
  "Hallo {name},",
  "danke für deine Nachricht (Fallnummer {ref}). Damit wir deinen Widerspruch bearbeiten können, benötigen wir noch folgende Angaben:",
  "1. Um welches Konto geht es (Profil-Link oder Benutzername)?\n2. Welcher Verarbeitung widersprichst du konkret?\n3. Welche Gründe aus deiner besonderen Situation machst du geltend?",
  "Ohne diese Angaben können wir deine Anfrage nicht bearbeiten. Bitte antworte innerhalb von 30 Tagen auf diese E-Mail."]),
}
T["fr"] = {
 "link": "Droit d’opposition",
 "notice": ("Nous mettons à jour notre Politique de confidentialité à mesure que nous développons l’IA chez Meta", [
  "Bonjour {name},",
  "Nous nous préparons à proposer l’IA chez Meta dans votre région. L’IA chez Meta regroupe nos fonctionnalités d’IA générative, comme Meta AI, ainsi que les modèles qui les alimentent.",
  "Pour cela, nous nous appuierons désormais sur la base légale de l’intérêt légitime pour utiliser vos informations publiques afin de développer et d’améliorer l’IA chez Meta. Vous avez le droit de vous opposer à cette utilisation.",
  "Notre Politique de confidentialité mise à jour entrera en vigueur le {date}.",
  "@LINK",
  "Merci,\nL’équipe Confidentialité"]),
 "notice_legal": ("Information relative au traitement de vos données pour l’IA chez Meta", [
  "Madame, Monsieur,",
  "Article 1 – Objet. À compter du {date}, Meta Platforms Ireland Limited utilisera les contenus publics des comptes d’adultes situés dans l’Union européenne, ainsi que les interactions avec l’IA chez Meta, pour entraîner ses modèles d’IA générative.",
  "Article 2 – Base juridique. Ce traitement repose sur notre intérêt légitime, au sens de l’article 6, paragraphe 1, point f) du RGPD, après mise en balance de nos intérêts avec vos droits et libertés.",
  "Article 3 – Droit d’opposition (article 21, paragraphe 1, du RGPD). Vous pouvez vous opposer à tout moment à ce traitement au moyen du formulaire ci-dessous, sans avoir à justifier votre demande.",
  "@LINK",
  "Article 4 – Réclamation. Vous pouvez introduire une réclamation auprès de la CNIL ou de la Data Protection Commission irlandaise.",
  "Meta Platforms Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Irlande"]),
 "reminder": ("Rappel : vous pouvez encore vous opposer", [
  "Bonjour {name},",
  "Nous commencerons le {date} à utiliser les informations publiques partagées sur Facebook et Instagram pour développer l’IA chez Meta.",
  "Si vous ne le souhaitez pas, vous pouvez vous y opposer jusqu’au {last} inclus pour que votre opposition s’applique dès le départ.",
  "@LINK"]),
 "code": ("Votre code de confirmation", [
  "Bonjour {name},",
  "Pour confirmer l’adresse e-mail indiquée dans votre demande relative à vos droits en matière de données personnelles, saisissez ce code :",
  "@CODE",
  "Ce code expire dans une heure. Ne le communiquez jamais à personne : Meta ne vous le demandera jamais par téléphone. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message."]),
 "received": ("Nous avons bien reçu votre demande", [
  "Bonjour {name},",
  "Nous vous remercions pour votre message. Nous accusons réception de votre opposition au traitement de vos informations pour l’IA chez Meta. Elle est en cours d’examen et nous vous répondrons par e-mail.",
  "Réf. : {ref}",
  "L’équipe Confidentialité de Meta"]),
 "accepted": ("Votre demande d’opposition", [
  "Bonjour {name},",
  "Nous acceptons votre opposition concernant vos informations publiques, telles que vos publications et commentaires publics, ainsi que vos interactions avec les fonctionnalités de l’IA chez Meta. Nous ne les utiliserons donc plus pour développer et améliorer nos modèles d’IA générative.",
  "Cette décision vaut pour l’avenir : elle ne remet pas en cause les traitements déjà effectués, et nous pourrons encore traiter des informations vous concernant si elles figurent dans un contenu public partagé par une autre personne.",
  "Numéro de dossier : {ref}"]),
 "refused": ("Votre demande relative au RGPD", [
  "Madame, Monsieur,",
  "Numéro de dossier : {ref}",
  "Nous avons examiné l’opposition que vous avez formée sur le fondement de l’article 21, paragraphe 1, du RGPD. À l’issue de la mise en balance de vos intérêts et de nos intérêts légitimes, nous ne sommes pas en mesure d’y faire droit : les éléments fournis ne font pas apparaître de raisons tenant à votre situation particulière.",
  "Vous pouvez à tout moment présenter une nouvelle demande :",
  "@LINK",
  "Vous disposez également du droit d’introduire une réclamation auprès de la CNIL.",
  "Meta Privacy Operations"]),
 "moreinfo": ("Informations complémentaires nécessaires", [
  "Bonjour {name},",
  "Nous avons bien reçu votre message (réf. {ref}). Afin de traiter votre demande, merci de nous préciser :",
  "1) le compte concerné (lien du profil ou nom d’utilisateur) ;\n2) le traitement auquel vous vous opposez ;\n3) les raisons tenant à votre situation particulière.",
  "Sans réponse de votre part sous 30 jours, nous ne pourrons pas donner suite à votre demande."]),
}
