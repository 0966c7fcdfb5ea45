L = {}
def _s(**k):
    return k
L['bg'] = _s(persona=[('Mariya Petrova', 'mariya.petrova@gmail.com', 'gmail')], mon={2: 'февруари', 5: 'май', 6: 'юни'}, long='{d} {mon} {y} г.', num='{dd}.{mm}.{y} г.',
    foot='Това съобщение е изпратено до {to}. Meta Platforms Ireland Ltd., Дъблин 4, Ирландия',
    notice=[('Актуализираме Политиката си за поверителност', '', 'Здравейте, {name},\n\nОт {use_long} ще използваме публично съдържание, като публикации и коментари, за разработване на ИИ в Meta. Имате право на възражение.\n\n[[Възразете|{url}]]\n\n{brand}')],
    code=[('Вашият код за потвърждение', '', 'Здравейте, {name},\n\nКодът ви е {code}. Въведете го във формуляра.\n\n{brand}')],
    received=[('Получихме вашето искане', '', 'Здравейте, {name},\n\nПолучихме вашето възражение и ще го разгледаме. Номер на случая: {ref}\n\n{brand}')],
    accepted=[('Вашето възражение', '', 'Здравейте, {name},\n\nУважихме вашето възражение.\n\n{brand}')],
    fwd=('Виж това', '---------- Препратено съобщение ---------', 'От', 'Дата', 'Тема'))
L['cs'] = _s(persona=[('Tereza Nováková', 'tereza@novakovi.cz', 'selfhost:mail.novakovi.cz')], mon={2: 'února', 5: 'května', 6: 'června'}, long='{d}. {mon} {y}', num='{d}. {m}. {y}',
    foot='Tato zpráva byla odeslána na adresu {to}. Meta Platforms Ireland Ltd., Dublin 4, Irsko',
    notice=[('Aktualizujeme zásady ochrany osobních údajů', '', 'Dobrý den, {name},\n\nod {use_long} budeme veřejný obsah, jako jsou příspěvky a komentáře, používat k vývoji AI v Meta. Máte právo vznést námitku.\n\n[[Vznést námitku|{url}]]\n\n{brand}')],
    code=[('Váš ověřovací kód', '', 'Dobrý den,\n\nváš kód je {code}.\n\n{brand}')],
    received=[('Vaši žádost jsme obdrželi', '', 'Dobrý den, {name},\n\nvaši námitku jsme obdrželi. Číslo případu: {ref}\n\n{brand}')],
    refused=[('Vaše žádost', '', 'Dobrý den, {name},\n\nvaši žádost {ref} bohužel nemůžeme zpracovat. Potřebujeme více informací.\n\n{brand}')])
L['sk'] = _s(persona=[('Martina Horváthová', 'martina.horvathova@posteo.net', 'posteo')], mon={2: 'februára', 5: 'mája', 6: 'júna'}, long='{d}. {mon} {y}', num='{d}. {m}. {y}',
    foot='Táto správa bola odoslaná na {to}. Meta Platforms Ireland Ltd., Dublin 4, Írsko',
    notice=[('Aktualizujeme zásady ochrany súkromia', '', 'Dobrý deň, {name},\n\nod {use_long} budeme používať verejný obsah na vývoj AI v Meta. Máte právo namietať.\n\n[[Podať námietku|{url}]]\n\n{brand}')],
    code=[('Overovací kód', '', 'Dobrý deň,\n\nváš kód: {code}\n\n{brand}')],
    received=[('Vašu žiadosť sme prijali', '', 'Dobrý deň, {name},\n\nvašu námietku sme prijali. Číslo prípadu: {ref}\n\n{brand}')],
    accepted=[('Vaša námietka', '', 'Dobrý deň, {name},\n\nvašej námietke sme vyhoveli.\n\n{brand}')])
L['sl'] = _s(persona=[('Nina Kovač', 'nina.kovac@gmail.com', 'gmail')], mon={2: 'februarja', 5: 'maja', 6: 'junija'}, long='{d}. {mon} {y}', num='{d}. {m}. {y}',
    foot='To sporočilo je bilo poslano na {to}. Meta Platforms Ireland Ltd., Dublin 4, Irska',
    notice=[('Posodabljamo pravilnik o zasebnosti', '', 'Pozdravljeni, {name},\n\nod {use_long} bomo javne objave in komentarje uporabljali za razvoj UI pri Meti. Imate pravico do ugovora.\n\n[[Ugovarjaj|{url}]]\n\n{brand}')],
    code=[('Potrditvena koda', '', 'Pozdravljeni,\n\nvaša koda je {code}.\n\n{brand}')],
    received=[('Prejeli smo vašo zahtevo', '', 'Pozdravljeni, {name},\n\nprejeli smo vaš ugovor. Številka primera: {ref}\n\n{brand}')],
    accepted=[('Vaš ugovor', '', 'Pozdravljeni, {name},\n\nvašemu ugovoru smo ugodili.\n\n{brand}')])
L['hr'] = _s(persona=[('Ana Babić', 'ana.babic@gmx.net', 'gmx')], mon={2: 'veljače', 5: 'svibnja', 6: 'lipnja'}, long='{d}. {mon} {y}.', num='{d}. {m}. {y}.',
    foot='Ova je poruka poslana na {to}. Meta Platforms Ireland Ltd., Dublin 4, Irska',
    notice=[('Ažuriramo Pravila o privatnosti', '', 'Bok {name},\n\nod {use_long} koristit ćemo javne objave i komentare za razvoj umjetne inteligencije u Meti. Imate pravo na prigovor.\n\n[[Uloži prigovor|{url}]]\n\n{brand}')],
    code=[('Kod za potvrdu', '', 'Bok {name},\n\ntvoj kod je {code}.\n\n{brand}')],
    received=[('Primili smo vaš zahtjev', '', 'Bok {name},\n\nprimili smo vaš prigovor. Broj predmeta: {ref}\n\n{brand}')],
    accepted=[('Vaš prigovor', '', 'Bok {name},\n\nuvažili smo vaš prigovor.\n\n{brand}')])
L['hu'] = _s(persona=[('Eszter Nagy', 'eszter.nagy@fastmail.com', 'fastmail')], mon={2: 'február', 5: 'május', 6: 'június'}, long='{y}. {mon} {d}.', num='{y}. {mm}. {dd}.',
    foot='Ezt az üzenetet a(z) {to} címre küldtük. Meta Platforms Ireland Ltd., Dublin 4, Írország',
    notice=[('Frissítjük adatvédelmi irányelveinket', '', 'Kedves {name}!\n\n{use_long} naptól a nyilvános bejegyzéseket és hozzászólásokat a Meta MI fejlesztésére használjuk. Jogod van tiltakozni.\n\n[[Tiltakozás|{url}]]\n\n{brand}')],
    code=[('Megerősítő kód', '', 'Kedves {name}!\n\nA kódod: {code}\n\n{brand}')],
    received=[('Megkaptuk a kérésed', '', 'Kedves {name}!\n\nMegkaptuk a tiltakozásodat. Ügyszám: {ref}\n\n{brand}')],
    refused=[('A kérésed', '', 'Kedves {name}!\n\nSajnos nem tudjuk feldolgozni a(z) {ref} kérést.\n\n{brand}')])
L['lt'] = _s(persona=[('Rūta Kazlauskienė', 'ruta.kazlauskiene@gmail.com', 'gmail')], mon={2: 'vasario', 5: 'gegužės', 6: 'birželio'}, long='{y} m. {mon} {d} d.', num='{y}-{mm}-{dd}',
    foot='Šis laiškas išsiųstas adresu {to}. Meta Platforms Ireland Ltd., Dublinas 4, Airija',
    notice=[('Atnaujiname privatumo politiką', '', 'Sveiki, {name},\n\nNuo {use_long} viešus įrašus ir komentarus naudosime Meta DI kūrimui. Turite teisę nesutikti.\n\n[[Pareikšti prieštaravimą|{url}]]\n\n{brand}')],
    code=[('Patvirtinimo kodas', '', 'Sveiki,\n\njūsų kodas: {code}\n\n{brand}')],
    received=[('Gavome jūsų prašymą', '', 'Sveiki, {name},\n\ngavome jūsų prieštaravimą. Bylos numeris: {ref}\n\n{brand}')],
    accepted=[('Jūsų prieštaravimas', '', 'Sveiki, {name},\n\npatenkinome jūsų prieštaravimą.\n\n{brand}')])
L['lv'] = _s(persona=[('Līga Bērziņa', 'liga.berzina@proton.me', 'proton')], mon={2: 'februāra', 5: 'maija', 6: 'jūnija'}, long='{y}. gada {d}. {mon}', num='{dd}.{mm}.{y}.',
    foot='Šis e-pasts tika nosūtīts uz {to}. Meta Platforms Ireland Ltd., Dublina 4, Īrija',
    notice=[('Mēs atjauninām privātuma politiku', '', 'Sveiki, {name}!\n\nSākot ar {use_num} publiskos ierakstus un komentārus izmantosim Meta MI izstrādei. Jums ir tiesības iebilst.\n\n[[Iebilst|{url}]]\n\n{brand}')],
    code=[('Apstiprinājuma kods', '', 'Sveiki!\n\nJūsu kods: {code}\n\n{brand}')],
    received=[('Esam saņēmuši jūsu pieprasījumu', '', 'Sveiki, {name}!\n\nJūsu iebildums ir saņemts. Lietas numurs: {ref}\n\n{brand}')],
    refused=[('Jūsu pieprasījums', '', 'Sveiki, {name}!\n\nDiemžēl nevaram apstrādāt pieprasījumu {ref}.\n\n{brand}')])
L['el'] = _s(persona=[('Eleni Papadopoulou', 'eleni.papadopoulou@yahoo.gr', 'yahoo')], mon={2: 'Φεβρουαρίου', 5: 'Μαΐου', 6: 'Ιουνίου'}, long='{d} {mon} {y}', num='{d}/{m}/{y}',
    foot='Αυτό το μήνυμα στάλθηκε στη διεύθυνση {to}. Meta Platforms Ireland Ltd., Δουβλίνο 4, Ιρλανδία',
    notice=[('Ενημερώνουμε την Πολιτική απορρήτου', '', 'Γεια σας {name},\n\nΑπό τις {use_long} θα χρησιμοποιούμε δημόσιες δημοσιεύσεις και σχόλια για την ανάπτυξη της τεχνητής νοημοσύνης στη Meta. Έχετε δικαίωμα εναντίωσης.\n\n[[Υποβολή αντίρρησης|{url}]]\n\n{brand}')],
    code=[('Κωδικός επιβεβαίωσης', '', 'Γεια σας,\n\nο κωδικός σας είναι {code}.\n\n{brand}')],
    received=[('Λάβαμε το αίτημά σας', '', 'Γεια σας {name},\n\nλάβαμε την αντίρρησή σας. Αριθμός υπόθεσης: {ref}\n\n{brand}')],
    accepted=[('Η αντίρρησή σας', '', 'Γεια σας {name},\n\nκάναμε δεκτή την αντίρρησή σας.\n\n{brand}')],
    fwd=('Δες αυτό', '---------- Προωθημένο μήνυμα ---------', 'Από', 'Ημερομηνία', 'Θέμα'))
L['ro'] = _s(persona=[('Ioana Popescu', 'ioana.popescu@yahoo.com', 'yahoo')], mon={2: 'februarie', 5: 'mai', 6: 'iunie'}, long='{d} {mon} {y}', num='{dd}.{mm}.{y}',
    foot='Acest mesaj a fost trimis la {to}. Meta Platforms Ireland Ltd., Dublin 4, Irlanda',
    notice=[('Actualizăm Politica de confidențialitate', '', 'Bună, {name},\n\nÎncepând cu {use_long} vom folosi postările și comentariile publice pentru dezvoltarea IA la Meta. Ai dreptul să te opui.\n\n[[Opune-te|{url}]]\n\n{brand}')],
    code=[('Codul tău de confirmare', '', 'Bună,\n\ncodul tău este {code}.\n\n{brand}')],
    received=[('Am primit solicitarea ta', '', 'Bună, {name},\n\nam primit obiecția ta. Număr de caz: {ref}\n\n{brand}')],
    accepted=[('Obiecția ta', '', 'Bună, {name},\n\nam admis obiecția ta.\n\n{brand}')])
