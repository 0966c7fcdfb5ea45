# Nordic and Baltic wordings (fi da no is sv et lt lv). Written for this batch.
L = {}
L['fi'] = dict(
  hi='Hei {n},', bye='Terveisin\n{p}-tietosuojatiimi',
  months='tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta'.split(),
  wd='maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina'.split(),
  fmts=['%-d. %M %Y', '%-d.%-m.%Y', '%d.%m.%Y', '%W %-d.%-m.%Y'],
  fwd='Välitetty viesti', fwdp='VL:',
  notice=[
    ('Päivitämme tietosuojakäytäntöämme laajentaessamme Metan tekoälyä', [
      'Valmistaudumme tuomaan Metan tekoälykokemukset alueellesi. Käytämme tietojasi Metan tekoälyn kehittämiseen oikeutetun edun perusteella.',
      'Sinulla on oikeus vastustaa tietojesi käyttöä. Päivitykset tulevat voimaan {d}.', '@A:Vastustamisoikeus']),
    ('Etkö halua, että tietojasi käytetään tekoälyyn?', ['Viimeinen päivä vastustaa on {l}.', 'Sen jälkeen julkisia julkaisujasi ja kommenttejasi käytetään generatiivisten tekoälymallien kouluttamiseen.', '@A:Täytä lomake']),
  ],
  code=[('Vahvistuskoodisi', ['Vahvista sähköpostiosoitteesi tällä koodilla:', '@C', 'Jos et pyytänyt koodia, voit ohittaa tämän viestin.']),
        ('{c} on vahvistuskoodisi', ['Koodi: {c}'])],
  received=[('Olemme vastaanottaneet pyyntösi', ['Kiitos. Vastustuksesi on vastaanotettu ja käsittelemme sen.', 'Tapausnumero: {r}'])],
  accepted=[('Vastustuksesi: hyväksytty', ['Hyväksymme vastustuksesi. Emme enää käytä julkisia tietojasi generatiivisten tekoälymallien kehittämiseen.', 'Viite: {r}']),
            ('Päätös vastustusoikeuden käytöstä', ['Olemme käsitelleet pyyntösi ja noudatamme vastustustasi jatkossa.', 'Asianumero {r}'])],
  refused=[('Tarvitsemme lisätietoja', ['Emme voi käsitellä pyyntöäsi, koska siitä puuttuu tietoja. Kerro, miten käsittely vaikuttaa sinuun, ja lähetä lomake uudelleen.', '@A:Lähetä uudelleen', 'Tapaus: {r}'])],
  other=[('Uusi kirjautuminen Instagramiin', ['Huomasimme kirjautumisen uudelta laitteelta (iPhone, Tampere). Jos se olit sinä, mitään ei tarvitse tehdä.'])],
)
L['da'] = dict(
  hi='Hej {n}', bye='Venlig hilsen\n{p}s privatlivsteam',
  months='januar februar marts april maj juni juli august september oktober november december'.split(),
  wd='mandag tirsdag onsdag torsdag fredag lørdag søndag'.split(),
  fmts=['%-d. %M %Y', '%d.%m.%Y', '%d-%m-%Y', '%W den %-d. %M %Y', '%-d/%-m %Y'],
  fwd='Videresendt besked', fwdp='Fwd:',
  notice=[
    ('Vi opdaterer vores privatlivspolitik, når vi udvider AI hos Meta', [
      'Vi gør klar til at udvide AI hos Meta til dit område. Vi vil behandle dine oplysninger til udvikling af AI hos Meta på grundlag af legitime interesser.',
      'Du har ret til at gøre indsigelse. Opdateringerne træder i kraft {d}.', '@A:Gør indsigelse']),
    ('Sådan gør du indsigelse', ['1. Åbn formularen.', '2. Angiv din e-mailadresse og bekræft den med koden, vi sender dig.', '3. Send formularen senest {l}.', 'Fra dagen efter bruger vi offentlige opslag til at træne AI-modeller.', '@A:Åbn formularen']),
  ],
  code=[('Din bekræftelseskode', ['Brug denne kode til at bekræfte din e-mailadresse: {c}']),
        ('Bekræft din e-mail', ['Indtast koden nedenfor i formularen:', '@C'])],
  received=[('Vi har modtaget din anmodning', ['Tak. Vi har modtaget din indsigelse og gennemgår den nu. Du hører fra os.', 'Sagsnummer: {r}'])],
  accepted=[('Vi imødekommer din indsigelse', ['Vi har gennemgået din anmodning og vil efterkomme din indsigelse. Dine offentlige oplysninger bruges ikke længere til generative AI-modeller.', 'Ref.nr. {r}'])],
  refused=[('Din indsigelse', ['Vi har vurderet din anmodning og kan ikke imødekomme den. Du kan klage til Datatilsynet.', 'Sag: {r}']),
           ('Vi mangler oplysninger', ['Vi kunne ikke behandle din anmodning. Send den venligst igen med en beskrivelse af, hvordan behandlingen påvirker dig.', 'Sagsnr.: {r}'])],
  other=[('Kvittering for din annonce', ['Tak for din betaling på 150,00 kr. for annoncer på siden "Bager Hansen".'])],
)
L['no'] = dict(
  hi='Hei {n},', bye='Hilsen\npersonverntemaet i {p}',
  months='januar februar mars april mai juni juli august september oktober november desember'.split(),
  wd='mandag tirsdag onsdag torsdag fredag lørdag søndag'.split(),
  fmts=['%-d. %M %Y', '%d.%m.%Y', '%W %-d. %M %Y', '%Y-%m-%d'],
  fwd='Videresendt melding', fwdp='VS:',
  notice=[
    ('Vi oppdaterer personvernreglene våre når vi utvider KI hos Meta', [
      'Vi forbereder oss på å utvide KI hos Meta til ditt område, og vil bruke informasjonen din til å utvikle og forbedre KI hos Meta basert på berettigede interesser.',
      'Du har rett til å protestere. Endringene trer i kraft {d}.', '@A:Rett til å protestere']),
    ('Vil du ikke at innleggene dine brukes til KI?', ['Siste frist for å protestere er {l}.', 'Hvis protesten din blir tatt til følge, slutter vi å bruke informasjonen din til dette formålet.', '@A:Send inn protest']),
  ],
  code=[('Bekreftelseskoden din', ['Skriv inn denne koden for å bekrefte e-postadressen din:', '@C']),
        ('{c} er koden din', ['Bekreftelseskode: {c}. Ikke del den med andre.'])],
  received=[('Vi har mottatt forespørselen din', ['Takk. Vi har mottatt protesten din og vurderer den.', 'Saksnummer: {r}'])],
  accepted=[('Protesten din er godtatt', ['Vi tar protesten din til følge og vil ikke lenger bruke den offentlige informasjonen din til å utvikle generative KI-modeller.', 'Referanse: {r}'])],
  refused=[('Vi trenger mer informasjon', ['Vi kan ikke behandle forespørselen din uten flere opplysninger.', '@A:Send på nytt', 'Sak {r}'])],
  other=[('Tilbakestill passordet ditt', ['Vi fikk en forespørsel om å tilbakestille passordet ditt på Facebook. Hvis det ikke var deg, kan du se bort fra denne e-posten.'])],
)
L['is'] = dict(
  hi='Hæ {n},', bye='Kveðja,\npersónuverndarteymi {p}',
  months='janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember'.split(),
  wd='mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur'.split(),
  fmts=['%-d. %M %Y', '%d.%m.%Y', '%-d.%-m.%Y', '%W %-d. %M %Y'],
  fwd='Áframsent bréf', fwdp='Fwd:',
  notice=[
    ('Við uppfærum persónuverndarstefnuna okkar vegna gervigreindar hjá Meta', [
      'Við erum að undirbúa að bjóða gervigreind hjá Meta á þínu svæði og munum nota upplýsingarnar þínar til að þróa hana á grundvelli lögmætra hagsmuna.',
      'Þú átt rétt á að andmæla. Breytingarnar taka gildi {d}.', '@A:Andmæla']),
    ('Viltu ekki að upplýsingarnar þínar séu notaðar fyrir gervigreind?', ['Síðasti dagur til að andmæla er {l}.', '@A:Fylla út eyðublað']),
  ],
  code=[('Staðfestingarkóðinn þinn', ['Sláðu inn þennan kóða til að staðfesta netfangið þitt: {c}'])],
  received=[('Við höfum móttekið beiðnina þína', ['Takk. Andmæli þín hafa borist og við förum yfir þau.', 'Málsnúmer: {r}'])],
  accepted=[('Andmæli þín hafa verið samþykkt', ['Við munum virða andmæli þín og hættum að nota opinberar upplýsingar þínar til að þróa gervigreindarlíkön.', 'Tilvísun: {r}'])],
  refused=[('Við getum ekki afgreitt beiðnina', ['Því miður getum við ekki orðið við andmælum þínum. Þú getur leitað til Persónuverndar.', 'Mál nr. {r}'])],
  other=[('Innskráningarkóði', ['Innskráningarkóðinn þinn er {c}. Ekki deila honum með neinum.'])],
)
L['sv'] = dict(
  hi='Hej {n}!', bye='Hälsningar\n{p}s integritetsteam',
  months='januari februari mars april maj juni juli augusti september oktober november december'.split(),
  wd='måndag tisdag onsdag torsdag fredag lördag söndag'.split(),
  fmts=['%-d %M %Y', '%Y-%m-%d', '%W %-d %M %Y'],
  fwd='Vidarebefordrat meddelande', fwdp='VB:',
  notice=[('Vi uppdaterar vår integritetspolicy när vi utökar AI hos Meta', [
      'Vi kommer att använda din information för att utveckla AI hos Meta med stöd av berättigat intresse. Du har rätt att invända.',
      'Uppdateringarna gäller från och med {d}.', '@A:Invänd'])],
  code=[('Din bekräftelsekod', ['Ange koden {c} för att bekräfta din e-postadress.'])],
  received=[('Vi har tagit emot din begäran', ['Tack! Din invändning har kommit in och granskas nu.', 'Ärendenummer: {r}'])],
  accepted=[('Vi godtar din invändning', ['Vi kommer att respektera din invändning och inte längre använda din offentliga information för generativa AI-modeller.', 'Ärende: {r}'])],
  refused=[('Vi behöver mer information', ['Vi kan inte behandla din begäran. Beskriv hur behandlingen påverkar dig och skicka in formuläret igen.', '@A:Formuläret', 'Ärendenr {r}'])],
  other=[('Din fil är klar att ladda ner', ['Kopian av din information är klar. Den finns tillgänglig i fyra dagar.'])],
)
L['et'] = dict(
  hi='Tere, {n}!', bye='Parimate soovidega\n{p} privaatsusmeeskond',
  months='jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember'.split(),
  wd='esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev'.split(),
  fmts=['%-d. %M %Y', '%d.%m.%Y', '%-d.%m.%Y', '%W, %-d. %M %Y'],
  fwd='Edastatud kiri', fwdp='Fwd:',
  notice=[
    ('Uuendame privaatsuspoliitikat seoses Meta tehisintellekti laiendamisega', [
      'Valmistume tooma Meta tehisintellekti kogemusi sinu piirkonda. Kasutame sinu teavet Meta tehisintellekti arendamiseks õigustatud huvi alusel.',
      'Sul on õigus esitada vastuväide. Muudatused jõustuvad {d}.', '@A:Esita vastuväide']),
    ('Kas sa ei soovi, et su andmeid kasutataks tehisintellekti jaoks?', ['Viimane päev vastuväite esitamiseks on {l}.', '@A:Ava vorm']),
  ],
  code=[('Sinu kinnituskood', ['E-posti aadressi kinnitamiseks sisesta kood:', '@C']),
        ('Kinnituskood {c}', ['Kood: {c}'])],
  received=[('Oleme su taotluse kätte saanud', ['Aitäh! Sinu vastuväide on kätte saadud ja vaatame selle läbi.', 'Juhtumi number: {r}'])],
  accepted=[('Sinu vastuväide: rahuldatud', ['Arvestame sinu vastuväitega ega kasuta enam sinu avalikku teavet generatiivse tehisintellekti mudelite arendamiseks.', 'Viide: {r}'])],
  refused=[('Sinu taotlust ei saa töödelda', ['Vajame lisateavet. Palun kirjelda, kuidas töötlemine sind mõjutab, ja saada vorm uuesti.', '@A:Saada uuesti', 'Juhtum: {r}'])],
  other=[('Keegi märkis sind postitusse', ['Kadri Tamm märkis sind postitusse. Vaata seda Facebookis.'])],
)
L['lt'] = dict(
  hi='Sveiki, {n},', bye='Pagarbiai\n„{p}“ privatumo komanda',
  months='sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio'.split(),
  wd='pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis'.split(),
  fmts=['%Y m. %M %-d d.', '%Y-%m-%d', '%Y.%m.%d'],
  fwd='Persiųstas laiškas', fwdp='Fwd:',
  notice=[
    ('Atnaujiname privatumo politiką plėsdami „Meta“ DI', [
      'Ruošiamės „Meta“ dirbtinio intelekto funkcijas pasiūlyti ir jūsų regione. Jūsų informaciją „Meta“ DI kūrimui naudosime remdamiesi teisėtais interesais.',
      'Turite teisę nesutikti. Pakeitimai įsigalios {d}.', '@A:Pateikti prieštaravimą']),
    ('Nenorite, kad jūsų informacija būtų naudojama DI?', ['Prieštaravimą galite pateikti iki {l} imtinai.', '@A:Prieštaravimo forma']),
  ],
  code=[('Jūsų patvirtinimo kodas', ['Įveskite šį kodą, kad patvirtintumėte el. pašto adresą: {c}'])],
  received=[('Gavome jūsų užklausą', ['Ačiū. Jūsų prieštaravimą gavome ir jį nagrinėjame.', 'Bylos nr.: {r}'])],
  accepted=[('Jūsų prieštaravimas patenkintas', ['Atsižvelgsime į jūsų prieštaravimą ir nebenaudosime jūsų viešos informacijos generatyviojo DI modeliams kurti.', 'Nuoroda: {r}'])],
  refused=[('Negalime apdoroti jūsų užklausos', ['Jūsų prieštaravimo negalime patenkinti, nes trūksta informacijos.', '@A:Pateikti dar kartą', 'Atvejo nr. {r}'])],
  other=[('Prisijungimo kodas', ['Jūsų „Facebook“ prisijungimo kodas: {c}'])],
)
L['lv'] = dict(
  hi='Sveiki, {n}!', bye='Ar cieņu\n{p} privātuma komanda',
  months='janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra'.split(),
  wd='pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena'.split(),
  fmts=['%Y. gada %-d. %M', '%d.%m.%Y.', '%Y-%m-%d'],
  fwd='Pārsūtīta ziņa', fwdp='Fwd:',
  notice=[
    ('Atjauninām privātuma politiku, paplašinot Meta MI', [
      'Gatavojamies paplašināt Meta mākslīgā intelekta pieredzi jūsu reģionā. Jūsu informāciju Meta MI izstrādei izmantosim, pamatojoties uz leģitīmām interesēm.',
      'Jums ir tiesības iebilst. Izmaiņas stāsies spēkā no {d}.', '@A:Iebilst']),
    ('Vai nevēlaties, lai jūsu informācija tiktu izmantota MI?', ['Pēdējā diena iebildumu iesniegšanai: {l}.', '@A:Aizpildīt veidlapu']),
  ],
  code=[('Jūsu apstiprinājuma kods', ['Ievadiet šo kodu, lai apstiprinātu e-pasta adresi:', '@C'])],
  received=[('Esam saņēmuši jūsu pieprasījumu', ['Paldies! Jūsu iebildums ir saņemts, un mēs to izskatām.', 'Lietas numurs: {r}'])],
  accepted=[('Jūsu iebildums ir apstiprināts', ['Mēs ievērosim jūsu iebildumu un vairs neizmantosim jūsu publisko informāciju ģeneratīvā MI modeļu izstrādei.', 'Atsauce: {r}'])],
  refused=[('Mums vajag vairāk informācijas', ['Mēs nevaram apstrādāt jūsu pieprasījumu. Lūdzu, aprakstiet, kā apstrāde jūs ietekmē.', 'Lieta Nr. {r}'])],
  other=[('Paroles atiestatīšana', ['Saņēmām pieprasījumu atiestatīt jūsu Instagram paroli.'])],
)
