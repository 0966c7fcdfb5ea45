L = {}
def _s(**k):
    return k
L['da'] = _s(persona=[('Freja Holm', 'freja.holm@hotmail.dk', 'outlook')], mon={2: 'februar', 5: 'maj', 6: 'juni'}, long='{d}. {mon} {y}', num='{d}.{m}.{y}',
    foot='Denne e-mail blev sendt til {to}. Meta Platforms Ireland Ltd., Dublin 4, Irland',
    notice=[('Vi opdaterer vores privatlivspolitik', '', 'Hej {name}\n\nFra den {use_long} bruger vi offentligt indhold som opslag og kommentarer til at udvikle AI hos Meta. Du har ret til at gøre indsigelse.\n\n[[Gør indsigelse|{url}]]\n\nHilsen {brand}')],
    code=[('Din bekræftelseskode', '', 'Hej {name}\n\nIndtast koden {code} i formularen for at bekræfte din e-mailadresse.\n\n{brand}')],
    received=[('Vi har modtaget din anmodning', '', 'Hej {name}\n\nTak. Din indsigelse er modtaget og bliver gennemgået. Sagsnummer: {ref}\n\n{brand}')],
    accepted=[('Din indsigelse', '', 'Hej {name}\n\nVi imødekommer din indsigelse. Dine offentlige oplysninger bliver ikke længere brugt til AI hos Meta.\n\n{brand}')],
    refused=[('Din anmodning', '', 'Hej {name}\n\nVi kan desværre ikke behandle din anmodning ({ref}). Vi har brug for flere oplysninger.\n\n{brand}')],
    fwd=('Er den her ægte?', '---------- Videresendt besked ---------', 'Fra', 'Dato', 'Emne'))
L['sv'] = _s(persona=[('Elsa Lindqvist', 'elsa.lindqvist@outlook.com', 'outlook')], mon={2: 'februari', 5: 'maj', 6: 'juni'}, long='{d} {mon} {y}', num='{y}-{mm}-{dd}',
    foot='Det här meddelandet skickades till {to}. Meta Platforms Ireland Ltd., Dublin 4, Irland',
    notice=[('Vi uppdaterar vår integritetspolicy', '', 'Hej {name}!\n\nDu kan invända fram till och med {last_long}. Från och med {use_long} använder vi offentligt innehåll, till exempel inlägg och kommentarer, för att utveckla AI hos Meta.\n\n[[Invänd här|{url}]]\n\n{brand}')],
    code=[('{code} är din bekräftelsekod', '', 'Hej {name}!\n\nAnge koden nedan i formuläret.\n\n{code}\n\n{brand}')],
    received=[('Vi har tagit emot din begäran', '', 'Hej {name}!\n\nDin invändning har tagits emot och granskas nu. Ärendenummer: {ref}\n\n{brand}')],
    accepted=[('Din invändning har godkänts', '', 'Hej {name}!\n\nVi kommer att respektera din invändning. Ärende {ref}.\n\n{brand}')],
    refused=[('Ditt ärende', '', 'Hej {name}!\n\nVi kan tyvärr inte behandla din begäran {ref}.\n\n{brand}')])
L['no'] = _s(persona=[('Ingrid Bakken', 'ingrid.bakken@icloud.com', 'icloud')], mon={2: 'februar', 5: 'mai', 6: 'juni'}, long='{d}. {mon} {y}', num='{dd}.{mm}.{y}',
    foot='Denne e-posten ble sendt til {to}. Meta Platforms Ireland Ltd., Dublin 4, Irland',
    notice=[('Vi oppdaterer personvernreglene våre', '', 'Hei {name},\n\nFra {use_num} bruker vi offentlige innlegg og kommentarer til å utvikle KI hos Meta. Du har rett til å protestere.\n\n[[Protester|{url}]]\n\n{brand}')],
    code=[('Bekreftelseskode', '', 'Hei {name},\n\nKoden din er {code}.\n\n{brand}')],
    received=[('Vi har mottatt forespørselen din', '', 'Hei {name},\n\nVi har mottatt innsigelsen din og vurderer den. Saksnummer: {ref}\n\n{brand}')],
    accepted=[('Innsigelsen din', '', 'Hei {name},\n\nVi tar innsigelsen din til følge.\n\n{brand}')],
    fwd=('Se her', '---------- Videresendt melding ---------', 'Fra', 'Dato', 'Emne'))
L['fi'] = _s(persona=[('Aino Virtanen', 'aino.virtanen@icloud.com', 'icloud')], mon={2: 'helmikuuta', 5: 'toukokuuta', 6: 'kesäkuuta'}, long='{d}. {mon} {y}', num='{d}.{m}.{y}',
    foot='Tämä viesti lähetettiin osoitteeseen {to}. Meta Platforms Ireland Ltd., Dublin 4, Irlanti',
    notice=[('Päivitämme tietosuojakäytäntöämme', '', 'Hei {name},\n\nKäytämme {use_long} alkaen julkisia julkaisuja ja kommentteja Metan tekoälyn kehittämiseen. Sinulla on oikeus vastustaa.\n\n[[Vastusta|{url}]]\n\n{brand}')],
    code=[('Vahvistuskoodisi', '', 'Hei {name},\n\nVahvistuskoodisi on {code}.\n\n{brand}')],
    received=[('Olemme vastaanottaneet pyyntösi', '', 'Hei {name},\n\nVastustuksesi on vastaanotettu. Tapausnumero: {ref}\n\n{brand}')],
    accepted=[('Vastustuksesi', '', 'Hei {name},\n\nHyväksyimme vastustuksesi.\n\n{brand}')],
    refused=[('Pyyntösi', '', 'Hei {name},\n\nEmme valitettavasti voi käsitellä pyyntöäsi {ref}.\n\n{brand}')])
L['is'] = _s(persona=[('Sigrún Jónsdóttir', 'sigrun@heima-jons.is', 'selfhost:mail.heima-jons.is')], mon={2: 'febrúar', 5: 'maí', 6: 'júní'}, long='{d}. {mon} {y}', num='{d}.{m}.{y}',
    foot='Þessi tölvupóstur var sendur á {to}. Meta Platforms Ireland Ltd., Dublin 4, Írlandi',
    notice=[('Við uppfærum persónuverndarstefnu okkar', '', 'Hæ {name},\n\nFrá og með {use_long} notum við opinberar færslur og athugasemdir til að þróa gervigreind hjá Meta. Þú hefur rétt til að andmæla.\n\n[[Andmæla|{url}]]\n\n{brand}')],
    code=[('Staðfestingarkóði', '', 'Hæ {name},\n\nKóðinn þinn er {code}.\n\n{brand}')],
    received=[('Við höfum móttekið beiðnina', '', 'Hæ {name},\n\nAndmæli þín hafa borist. Málsnúmer: {ref}\n\n{brand}')],
    accepted=[('Andmæli þín', '', 'Hæ {name},\n\nVið munum virða andmæli þín.\n\n{brand}')])
L['et'] = _s(persona=[('Kadri Tamm', 'kadri.tamm@gmail.com', 'gmail')], mon={2: 'veebruar', 5: 'mai', 6: 'juuni'}, long='{d}. {mon} {y}', num='{dd}.{mm}.{y}',
    foot='See kiri saadeti aadressile {to}. Meta Platforms Ireland Ltd., Dublin 4, Iirimaa',
    notice=[('Uuendame privaatsuspoliitikat', '', 'Tere, {name}!\n\nAlates {use_num} kasutame avalikke postitusi ja kommentaare Meta tehisintellekti arendamiseks. Sul on õigus esitada vastuväide.\n\n[[Esita vastuväide|{url}]]\n\n{brand}')],
    code=[('Kinnituskood', '', 'Tere, {name}!\n\nSinu kinnituskood on {code}.\n\n{brand}')],
    received=[('Oleme sinu taotluse kätte saanud', '', 'Tere, {name}!\n\nSinu vastuväide on kätte saadud. Juhtumi number: {ref}\n\n{brand}')],
    accepted=[('Sinu vastuväide', '', 'Tere, {name}!\n\nRahuldasime sinu vastuväite.\n\n{brand}')])
