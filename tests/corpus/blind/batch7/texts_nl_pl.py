L = {}
L['nl'] = dict(
    persona=[('Sanne Visser', 'sanne.visser@fastmail.com', 'fastmail'), ('Bram de Boer', 'bram.deboer@fastmail.com', 'fastmail')],
    mon={2: 'februari', 5: 'mei', 6: 'juni'}, long='{d} {mon} {y}', num='{d}-{m}-{y}',
    foot='Dit bericht is verzonden naar {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ierland',
    notice=[
        ('We werken ons privacybeleid bij', '', 'Hoi {name},\n\nVanaf {use_long} gebruiken we openbare informatie, zoals berichten en reacties, om AI bij Meta te ontwikkelen. Je hebt het recht om hiertegen bezwaar te maken.\n\n[[Bezwaar maken|{url}]]\n\nHet {brand}-team'),
        ('Herinnering', '', 'Hoi {name},\n\nJe kunt nog tot en met {last_num} bezwaar maken tegen het gebruik van je gegevens voor AI bij Meta.\n\n[[Naar het formulier|{url}]]\n\n{brand}'),
    ],
    code=[('Je bevestigingscode', '', 'Hoi {name},\n\nGebruik deze code om je e-mailadres te bevestigen:\n\n{code}\n\n{brand}')],
    received=[('We hebben je verzoek ontvangen', '', 'Hoi {name},\n\nBedankt. We hebben je bezwaar ontvangen en beoordelen het nu. Zaaknummer: {ref}\n\n{brand}')],
    accepted=[('Je bezwaar', '', 'Hoi {name},\n\nWe hebben je bezwaar gehonoreerd. Je openbare informatie wordt voortaan niet gebruikt voor AI bij Meta.\n\n{brand}')],
    refused=[('Je verzoek', '', 'Hoi {name},\n\nHelaas kunnen we je verzoek ({ref}) niet verwerken. We hebben meer informatie nodig.\n\n{brand}')],
    unrel=[('Je DigiD-code', 'DigiD', 'noreply@digid.nl', 'Je sms-code is {code}.')],
    fwd=('Kijk, is dit echt?', '---------- Doorgestuurd bericht ---------', 'Van', 'Datum', 'Onderwerp'),
)
L['pl'] = dict(
    persona=[('Zuzanna Wójcik', 'zuzanna.wojcik@proton.me', 'proton'), ('Kacper Mazur', 'kacper.mazur@proton.me', 'proton')],
    mon={2: 'lutego', 5: 'maja', 6: 'czerwca'}, long='{d} {mon} {y} r.', num='{dd}.{mm}.{y}',
    foot='Ta wiadomość została wysłana na adres {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlandia',
    notice=[
        ('Aktualizujemy naszą Politykę prywatności', '', 'Cześć {name},\n\nod {use_long} będziemy wykorzystywać publiczne informacje, takie jak posty i komentarze, do rozwijania AI w Meta. Masz prawo wnieść sprzeciw.\n\n[[Wnieś sprzeciw|{url}]]\n\nZespół {brand}'),
        ('Przypomnienie', '', 'Cześć {name},\n\nsprzeciw możesz zgłosić najpóźniej {last_long}.\n\n[[Formularz sprzeciwu|{url}]]\n\n{brand}'),
    ],
    code=[('Twój kod potwierdzający', '', 'Cześć {name},\n\nwpisz kod {code} w formularzu, aby potwierdzić adres e-mail.\n\n{brand}')],
    received=[('Otrzymaliśmy Twoje zgłoszenie', '', 'Cześć {name},\n\nnumer sprawy: {ref}\n\nTwój sprzeciw został przyjęty do rozpatrzenia.\n\n{brand}')],
    accepted=[('Twój sprzeciw', '', 'Cześć {name},\n\nuwzględniliśmy Twój sprzeciw. Nie będziemy wykorzystywać Twoich publicznych informacji do AI w Meta.\n\n{brand}')],
    refused=[('Twoje zgłoszenie', '', 'Cześć {name},\n\nniestety nie możemy rozpatrzyć zgłoszenia {ref}. Potrzebujemy więcej informacji.\n\n{brand}')],
    unrel=[('Kod BLIK', 'PKO BP', 'powiadomienia@pkobp.pl', 'Twój kod autoryzacyjny: {code}')],
    fwd=('Zobacz, to prawdziwe?', '---------- Przekazana wiadomość ---------', 'Od', 'Data', 'Temat'),
)
