# -*- coding: utf-8 -*-
"""Wording for the smaller EU/EEA languages (written for this batch; short Meta-style texts)."""
T = {}
def S(link, notice, code, received, accepted, refused=None):
    d = {"link": link, "notice": notice, "code": code, "received": received, "accepted": accepted}
    if refused: d["refused"] = refused
    return d

T["sv"] = S("Rätt att invända",
 ("Vi uppdaterar vår integritetspolicy när vi utökar AI hos Meta", ["Hej {name}!", "Vi förbereder oss för att erbjuda AI hos Meta i din region. Vi kommer att stödja oss på berättigat intresse som rättslig grund för att använda din offentliga information för att utveckla och förbättra AI hos Meta. Du har rätt att invända mot detta.", "Den uppdaterade integritetspolicyn gäller från och med {date}.", "@LINK", "Tack!\nIntegritetsteamet"]),
 ("Din bekräftelsekod", ["Hej {name}!", "Ange den här koden för att bekräfta e-postadressen i din begäran:", "@CODE", "Dela aldrig koden med någon. Om du inte har begärt koden kan du ignorera detta meddelande."]),
 ("Vi har tagit emot din invändning", ["Hej {name}!", "Vi bekräftar att vi har tagit emot din invändning mot att din information används för AI hos Meta. Vi granskar den och svarar via e-post.", "Ärendenummer: {ref}"]),
 ("Din invändning", ["Hej {name}!", "Vi har granskat din begäran och kommer att respektera din invändning. Vi kommer inte längre att använda din offentliga information för att utveckla generativa AI-modeller hos Meta.", "Referens: {ref}"]),
 ("Angående din begäran", ["Hej {name}!", "Ärendenummer: {ref}", "Efter en intresseavvägning enligt artikel 21.1 i dataskyddsförordningen kan vi inte tillmötesgå din invändning, eftersom du inte har angett skäl som rör din särskilda situation.", "Du kan när som helst skicka in en ny invändning:", "@LINK"]))
T["da"] = S("Ret til indsigelse",
 ("Vi opdaterer vores privatlivspolitik, mens vi udvider AI hos Meta", ["Hej {name}", "Vi gør klar til at tilbyde AI hos Meta i din region. Vi vil basere brugen af dine offentlige oplysninger til udvikling af AI hos Meta på legitime interesser. Du har ret til at gøre indsigelse.", "Den opdaterede privatlivspolitik træder i kraft den {date}.", "@LINK", "Tak\nPrivatlivsteamet"]),
 ("Din bekræftelseskode", ["Hej {name}", "Brug denne kode til at bekræfte den e-mailadresse, du angav i din anmodning:", "@CODE", "Del aldrig koden med andre. Hvis du ikke har bedt om den, kan du se bort fra denne e-mail."]),
 ("Vi har modtaget din indsigelse", ["Hej {name}", "Vi bekræfter, at vi har modtaget din indsigelse mod brugen af dine oplysninger til AI hos Meta. Vi gennemgår den og svarer dig pr. e-mail.", "Sagsnummer: {ref}"]),
 ("Din indsigelse", ["Hej {name}", "Vi har gennemgået din anmodning og vil efterkomme din indsigelse. Vi vil ikke længere bruge dine offentlige oplysninger til at udvikle generative AI-modeller hos Meta.", "Sagsnummer: {ref}"]))
T["no"] = S("Rett til å protestere",
 ("Vi oppdaterer personvernreglene våre mens vi utvider KI hos Meta", ["Hei {name}", "Vi gjør oss klare til å tilby KI hos Meta i regionen din. Vi vil basere bruken av den offentlige informasjonen din på berettigede interesser. Du har rett til å protestere mot dette.", "De oppdaterte personvernreglene gjelder fra {date}.", "@LINK", "Takk\nPersonvernteamet"]),
 ("Bekreftelseskoden din", ["Hei {name}", "Bruk denne koden for å bekrefte e-postadressen i forespørselen din:", "@CODE", "Ikke del koden med noen. Hvis du ikke ba om denne koden, kan du se bort fra e-posten."]),
 ("Vi har mottatt protesten din", ["Hei {name}", "Vi bekrefter at vi har mottatt protesten din mot bruk av informasjonen din til KI hos Meta. Vi vurderer den og svarer deg på e-post.", "Saksnummer: {ref}"]),
 ("Protesten din", ["Hei {name}", "Vi har gått gjennom forespørselen din og vil ta protesten din til følge. Vi kommer ikke lenger til å bruke den offentlige informasjonen din til å utvikle generative KI-modeller.", "Saksnummer: {ref}"]))
T["fi"] = S("Vastustamisoikeus",
 ("Päivitämme tietosuojakäytäntöämme, kun laajennamme Metan tekoälyä", ["Hei {name},", "Valmistaudumme tuomaan Metan tekoälyn alueellesi. Käytämme julkisia tietojasi tekoälyn kehittämiseen oikeutetun edun perusteella. Sinulla on oikeus vastustaa tätä.", "Päivitetty tietosuojakäytäntö tulee voimaan {date}.", "@LINK", "Kiitos,\nTietosuojatiimi"]),
 ("Vahvistuskoodisi", ["Hei {name},", "Vahvista pyynnössäsi antamasi sähköpostiosoite tällä koodilla:", "@CODE", "Älä koskaan jaa koodia kenellekään. Jos et pyytänyt koodia, voit ohittaa tämän viestin."]),
 ("Olemme vastaanottaneet vastustuksesi", ["Hei {name},", "Vahvistamme, että olemme vastaanottaneet vastustuksesi tietojesi käyttöön Metan tekoälyssä. Käsittelemme sen ja vastaamme sähköpostitse.", "Tapausnumero: {ref}"]),
 ("Vastustuspyyntösi", ["Hei {name},", "Olemme käsitelleet pyyntösi ja noudatamme vastustustasi. Emme enää käytä julkisia tietojasi generatiivisten tekoälymallien kehittämiseen.", "Tapausnumero: {ref}"]))
T["cs"] = S("Právo vznést námitku",
 ("Aktualizujeme Zásady ochrany osobních údajů v souvislosti s rozšířením AI ve společnosti Meta", ["Dobrý den, {name},", "připravujeme se na zavedení AI od Meta ve vašem regionu. Pro vývoj a zlepšování AI budeme vaše veřejné informace používat na základě oprávněného zájmu. Máte právo vznést námitku.", "Aktualizované zásady vstoupí v platnost {date}.", "@LINK", "Děkujeme,\nTým ochrany soukromí"]),
 ("Váš potvrzovací kód", ["Dobrý den, {name},", "tímto kódem potvrďte e-mailovou adresu uvedenou v žádosti:", "@CODE", "Kód nikomu nesdělujte. Pokud jste o kód nežádali, tento e-mail ignorujte."]),
 ("Vaši námitku jsme obdrželi", ["Dobrý den, {name},", "potvrzujeme přijetí vaší námitky proti použití vašich informací pro AI od Meta. Posuzujeme ji a odpovíme vám e-mailem.", "Číslo případu: {ref}"]),
 ("Vaše námitka", ["Dobrý den, {name},", "posoudili jsme vaši žádost a vaší námitce vyhovíme. Vaše veřejné informace již nebudeme používat k vývoji modelů generativní AI.", "Číslo případu: {ref}"]),
 ("K vaší žádosti", ["Dobrý den, {name},", "Číslo případu: {ref}", "po provedení testu vyváženosti podle čl. 21 odst. 1 GDPR nemůžeme vaší námitce vyhovět, neboť jste neuvedl(a) důvody týkající se vaší konkrétní situace.", "Novou námitku můžete podat kdykoli:", "@LINK"]))
T["sk"] = S("Právo namietať",
 ("Aktualizujeme Zásady ochrany súkromia v súvislosti s rozširovaním AI v spoločnosti Meta", ["Dobrý deň, {name},", "pripravujeme sa na sprístupnenie AI od Meta vo vašom regióne. Vaše verejné informácie budeme na tento účel používať na základe oprávneného záujmu. Máte právo namietať.", "Aktualizované zásady nadobudnú účinnosť {date}.", "@LINK", "Ďakujeme,\nTím ochrany súkromia"]),
 ("Váš potvrdzovací kód", ["Dobrý deň, {name},", "zadajte tento kód na potvrdenie e-mailovej adresy:", "@CODE", "Kód nikdy nikomu neposielajte. Ak ste oň nežiadali, tento e-mail ignorujte."]),
 ("Vašu námietku sme prijali", ["Dobrý deň, {name},", "potvrdzujeme prijatie vašej námietky proti použitiu vašich informácií pre AI od Meta. Posudzujeme ju a odpovieme e-mailom.", "Číslo prípadu: {ref}"]),
 ("Vaša námietka", ["Dobrý deň, {name},", "posúdili sme vašu žiadosť a vašej námietke vyhovieme. Vaše verejné informácie už nebudeme používať na vývoj modelov generatívnej AI.", "Číslo prípadu: {ref}"]))
T["sl"] = S("Pravica do ugovora",
 ("Posodabljamo pravilnik o zasebnosti, ko širimo UI pri Meti", ["Pozdravljeni, {name},", "pripravljamo se na uvedbo UI pri Meti v vaši regiji. Vaše javne podatke bomo za ta namen uporabljali na podlagi zakonitega interesa. Imate pravico do ugovora.", "Posodobljeni pravilnik začne veljati {date}.", "@LINK", "Hvala,\nEkipa za zasebnost"]),
 ("Vaša potrditvena koda", ["Pozdravljeni, {name},", "s to kodo potrdite e-poštni naslov iz svoje zahteve:", "@CODE", "Kode nikoli ne delite z nikomer. Če je niste zahtevali, prezrite to sporočilo."]),
 ("Prejeli smo vaš ugovor", ["Pozdravljeni, {name},", "potrjujemo prejem vašega ugovora zoper uporabo vaših podatkov za UI pri Meti. Pregledujemo ga in vam bomo odgovorili po e-pošti.", "Številka primera: {ref}"]),
 ("Vaš ugovor", ["Pozdravljeni, {name},", "pregledali smo vašo zahtevo in bomo upoštevali vaš ugovor. Vaših javnih podatkov ne bomo več uporabljali za razvoj generativnih modelov UI.", "Številka primera: {ref}"]))
T["hr"] = S("Pravo na prigovor",
 ("Ažuriramo Pravila o privatnosti dok širimo UI tvrtke Meta", ["Pozdrav, {name},", "pripremamo se ponuditi UI tvrtke Meta u vašoj regiji. Vaše javne informacije koristit ćemo na temelju legitimnog interesa. Imate pravo na prigovor.", "Ažurirana pravila stupaju na snagu {date}", "@LINK", "Hvala,\nTim za privatnost"]),
 ("Vaš kod za potvrdu", ["Pozdrav, {name},", "unesite ovaj kod kako biste potvrdili adresu e-pošte:", "@CODE", "Nikada ne dijelite ovaj kod. Ako ga niste zatražili, zanemarite ovu poruku."]),
 ("Primili smo vaš prigovor", ["Pozdrav, {name},", "potvrđujemo primitak vašeg prigovora na korištenje vaših informacija za UI tvrtke Meta. Razmatramo ga i odgovorit ćemo e-poštom.", "Broj predmeta: {ref}"]),
 ("Vaš prigovor", ["Pozdrav, {name},", "razmotrili smo vaš zahtjev i uvažit ćemo vaš prigovor. Vaše javne informacije više nećemo koristiti za razvoj generativnih modela UI.", "Broj predmeta: {ref}"]))
T["hu"] = S("Tiltakozási jog",
 ("Frissítjük adatvédelmi szabályzatunkat a Meta MI bővítése miatt", ["Kedves {name}!", "Felkészülünk arra, hogy a Meta MI-t a régiódban is elérhetővé tegyük. A nyilvános adataidat jogos érdek alapján használjuk fel erre a célra. Jogod van tiltakozni.", "A frissített szabályzat {date} napján lép hatályba.", "@LINK", "Köszönjük!\nAz adatvédelmi csapat"]),
 ("A megerősítő kódod", ["Kedves {name}!", "Ezzel a kóddal erősítsd meg a kérelmedben megadott e-mail-címet:", "@CODE", "Soha ne oszd meg ezt a kódot senkivel. Ha nem te kérted, hagyd figyelmen kívül ezt az e-mailt."]),
 ("Megkaptuk a tiltakozásodat", ["Kedves {name}!", "Visszaigazoljuk, hogy megkaptuk a tiltakozásodat az adataid Meta MI céljára történő felhasználása ellen. Megvizsgáljuk, és e-mailben válaszolunk.", "Ügyszám: {ref}"]),
 ("A tiltakozásod", ["Kedves {name}!", "Megvizsgáltuk a kérelmedet, és helyt adunk a tiltakozásodnak. A nyilvános adataidat a jövőben nem használjuk generatív MI-modellek fejlesztésére.", "Ügyszám: {ref}"]))
T["bg"] = S("Право на възражение",
 ("Актуализираме Политиката си за поверителност, докато разширяваме ИИ в Meta", ["Здравейте, {name},", "Подготвяме се да предложим ИИ в Meta във вашия регион. Ще използваме публичната ви информация на основание легитимен интерес. Имате право на възражение.", "Актуализираната политика влиза в сила на {date}", "@LINK", "Благодарим ви,\nЕкипът по поверителност"]),
 ("Вашият код за потвърждение", ["Здравейте, {name},", "Използвайте този код, за да потвърдите имейл адреса от заявката си:", "@CODE", "Никога не споделяйте този код. Ако не сте го заявили, игнорирайте този имейл."]),
 ("Получихме вашето възражение", ["Здравейте, {name},", "Потвърждаваме, че получихме вашето възражение срещу използването на информацията ви за ИИ в Meta. Разглеждаме го и ще ви отговорим по имейл.", "Номер на случая: {ref}"]),
 ("Вашето възражение", ["Здравейте, {name},", "Разгледахме заявката ви и ще уважим вашето възражение. Няма да използваме повече публичната ви информация за разработване на генеративни ИИ модели.", "Номер на случая: {ref}"]))
T["el"] = S("Δικαίωμα εναντίωσης",
 ("Ενημερώνουμε την Πολιτική απορρήτου καθώς επεκτείνουμε την ΤΝ στη Meta", ["Γεια σας {name},", "Ετοιμαζόμαστε να προσφέρουμε την ΤΝ στη Meta στην περιοχή σας. Θα χρησιμοποιούμε τις δημόσιες πληροφορίες σας με βάση το έννομο συμφέρον. Έχετε δικαίωμα εναντίωσης.", "Η ενημερωμένη πολιτική τίθεται σε ισχύ στις {date}.", "@LINK", "Ευχαριστούμε,\nΗ ομάδα απορρήτου"]),
 ("Ο κωδικός επιβεβαίωσής σας", ["Γεια σας {name},", "Χρησιμοποιήστε αυτόν τον κωδικό για να επιβεβαιώσετε τη διεύθυνση email του αιτήματός σας:", "@CODE", "Μην μοιράζεστε ποτέ αυτόν τον κωδικό. Αν δεν τον ζητήσατε, αγνοήστε αυτό το μήνυμα."]),
 ("Λάβαμε την εναντίωσή σας", ["Γεια σας {name},", "Επιβεβαιώνουμε ότι λάβαμε την εναντίωσή σας στη χρήση των πληροφοριών σας για την ΤΝ στη Meta. Την εξετάζουμε και θα σας απαντήσουμε μέσω email.", "Αριθμός υπόθεσης: {ref}"]),
 ("Η εναντίωσή σας", ["Γεια σας {name},", "Εξετάσαμε το αίτημά σας και θα σεβαστούμε την εναντίωσή σας. Δεν θα χρησιμοποιούμε πλέον τις δημόσιες πληροφορίες σας για την ανάπτυξη μοντέλων παραγωγικής ΤΝ.", "Αριθμός υπόθεσης: {ref}"]))
T["et"] = S("Vastuväite esitamise õigus",
 ("Uuendame privaatsuspoliitikat seoses Meta tehisintellekti laiendamisega", ["Tere, {name}!", "Valmistume tooma Meta tehisintellekti sinu piirkonda. Kasutame sinu avalikku teavet õigustatud huvi alusel. Sul on õigus esitada vastuväide.", "Uuendatud privaatsuspoliitika jõustub {date}.", "@LINK", "Aitäh!\nPrivaatsusmeeskond"]),
 ("Sinu kinnituskood", ["Tere, {name}!", "Sisesta see kood, et kinnitada taotluses märgitud e-posti aadress:", "@CODE", "Ära jaga seda koodi kellegagi. Kui sa koodi ei taotlenud, eira seda kirja."]),
 ("Oleme sinu vastuväite kätte saanud", ["Tere, {name}!", "Kinnitame, et saime sinu vastuväite teabe kasutamisele Meta tehisintellekti jaoks. Vaatame selle läbi ja vastame e-postiga.", "Juhtumi number: {ref}"]),
 ("Sinu vastuväide", ["Tere, {name}!", "Vaatasime sinu taotluse läbi ja arvestame sinu vastuväitega. Me ei kasuta enam sinu avalikku teavet generatiivsete tehisintellektimudelite arendamiseks.", "Juhtumi number: {ref}"]))
T["lt"] = S("Teisė nesutikti",
 ("Atnaujiname privatumo politiką plėsdami „Meta“ DI", ["Sveiki, {name},", "Ruošiamės pasiūlyti „Meta“ DI jūsų regione. Jūsų viešą informaciją naudosime remdamiesi teisėtu interesu. Turite teisę nesutikti.", "Atnaujinta politika įsigalioja {date}", "@LINK", "Ačiū\nPrivatumo komanda"]),
 ("Jūsų patvirtinimo kodas", ["Sveiki, {name},", "Įveskite šį kodą, kad patvirtintumėte el. pašto adresą:", "@CODE", "Niekam neatskleiskite šio kodo. Jei jo neprašėte, nekreipkite dėmesio į šį laišką."]),
 ("Gavome jūsų prieštaravimą", ["Sveiki, {name},", "Patvirtiname, kad gavome jūsų prieštaravimą dėl jūsų informacijos naudojimo „Meta“ DI. Jį nagrinėjame ir atsakysime el. paštu.", "Bylos numeris: {ref}"]),
 ("Jūsų prieštaravimas", ["Sveiki, {name},", "Išnagrinėjome jūsų prašymą ir atsižvelgsime į jūsų prieštaravimą. Nebenaudosime jūsų viešos informacijos generatyviojo DI modeliams kurti.", "Bylos numeris: {ref}"]))
T["lv"] = S("Tiesības iebilst",
 ("Mēs atjauninām privātuma politiku, paplašinot Meta MI", ["Sveiki, {name}!", "Gatavojamies piedāvāt Meta MI jūsu reģionā. Jūsu publisko informāciju izmantosim, pamatojoties uz leģitīmām interesēm. Jums ir tiesības iebilst.", "Atjauninātā politika stājas spēkā {date}.", "@LINK", "Paldies!\nPrivātuma komanda"]),
 ("Jūsu apstiprinājuma kods", ["Sveiki, {name}!", "Ievadiet šo kodu, lai apstiprinātu e-pasta adresi:", "@CODE", "Nekad nevienam neizpaudiet šo kodu. Ja to nepieprasījāt, ignorējiet šo e-pastu."]),
 ("Mēs saņēmām jūsu iebildumu", ["Sveiki, {name}!", "Apstiprinām, ka saņēmām jūsu iebildumu pret jūsu informācijas izmantošanu Meta MI. Mēs to izskatām un atbildēsim pa e-pastu.", "Lietas numurs: {ref}"]),
 ("Jūsu iebildums", ["Sveiki, {name}!", "Mēs izskatījām jūsu pieprasījumu un ievērosim jūsu iebildumu. Mēs vairs neizmantosim jūsu publisko informāciju ģeneratīvā MI modeļu izstrādei.", "Lietas numurs: {ref}"]))
T["is"] = S("Andmælaréttur",
 ("Við uppfærum persónuverndarstefnuna okkar þegar við aukum gervigreind hjá Meta", ["Hæ {name},", "Við undirbúum að bjóða gervigreind hjá Meta á þínu svæði. Við munum nota opinberar upplýsingar þínar á grundvelli lögmætra hagsmuna. Þú átt rétt á að andmæla.", "Uppfærða stefnan tekur gildi {date}.", "@LINK", "Takk,\nPersónuverndarteymið"]),
 ("Staðfestingarkóðinn þinn", ["Hæ {name},", "Notaðu þennan kóða til að staðfesta netfangið í beiðninni þinni:", "@CODE", "Deildu kóðanum aldrei með neinum. Ef þú baðst ekki um hann skaltu hunsa þennan póst."]),
 ("Við höfum móttekið andmæli þín", ["Hæ {name},", "Við staðfestum að við höfum móttekið andmæli þín gegn notkun upplýsinga þinna fyrir gervigreind hjá Meta. Við förum yfir þau og svörum í tölvupósti.", "Málsnúmer: {ref}"]),
 ("Andmæli þín", ["Hæ {name},", "Við höfum farið yfir beiðni þína og munum virða andmæli þín. Við munum ekki lengur nota opinberar upplýsingar þínar til að þróa gervigreindarlíkön.", "Málsnúmer: {ref}"]))
T["ga"] = S("An ceart agóid a dhéanamh",
 ("Tá ár mBeartas Príobháideachais á nuashonrú againn agus IS ag Meta á leathnú", ["A {name}, a chara,", "Táimid ag ullmhú chun IS ag Meta a chur ar fáil i do réigiún. Úsáidfimid d’fhaisnéis phoiblí ar bhonn leasanna dlisteanacha. Tá sé de cheart agat agóid a dhéanamh.", "Tiocfaidh an beartas nuashonraithe i bhfeidhm ar an {date}.", "@LINK", "Go raibh maith agat,\nFoireann Príobháideachais"]),
 ("Do chód deimhnithe", ["A {name}, a chara,", "Úsáid an cód seo chun an seoladh ríomhphoist i d’iarratas a dheimhniú:", "@CODE", "Ná roinn an cód seo le duine ar bith. Mura ndearna tú an iarratas seo, déan neamhaird den ríomhphost seo."]),
 ("Fuaireamar d’agóid", ["A {name}, a chara,", "Deimhnímid go bhfuaireamar d’agóid in aghaidh úsáid d’fhaisnéise do IS ag Meta. Táimid á hathbhreithniú agus freagróimid trí ríomhphost.", "Uimhir an cháis: {ref}"]),
 ("D’agóid", ["A {name}, a chara,", "Rinneamar d’iarratas a athbhreithniú agus urramóimid d’agóid. Ní úsáidfimid d’fhaisnéis phoiblí a thuilleadh chun samhlacha IS ghiniúna a fhorbairt.", "Uimhir an cháis: {ref}"]))
T["mt"] = S("Dritt ta’ oġġezzjoni",
 ("Qed naġġornaw il-Politika tal-Privatezza tagħna hekk kif nespandu l-IA ta’ Meta", ["Għażiż/a {name},", "Qed nippreparaw biex noffru l-IA ta’ Meta fir-reġjun tiegħek. Se nużaw l-informazzjoni pubblika tiegħek abbażi ta’ interessi leġittimi. Għandek id-dritt li toġġezzjona.", "Il-politika aġġornata tidħol fis-seħħ fil-{date}.", "@LINK", "Grazzi,\nIt-Tim tal-Privatezza"]),
 ("Il-kodiċi ta’ konferma tiegħek", ["Għażiż/a {name},", "Uża dan il-kodiċi biex tikkonferma l-indirizz tal-email fit-talba tiegħek:", "@CODE", "Qatt taqsam dan il-kodiċi ma’ ħadd. Jekk ma tlabtux, injora din l-email."]),
 ("Irċevejna l-oġġezzjoni tiegħek", ["Għażiż/a {name},", "Nikkonfermaw li rċevejna l-oġġezzjoni tiegħek għall-użu tal-informazzjoni tiegħek għall-IA ta’ Meta. Qed nirrevedu u se nwieġbu bl-email.", "Numru tal-każ: {ref}"]),
 ("L-oġġezzjoni tiegħek", ["Għażiż/a {name},", "Irrevedejna t-talba tiegħek u se nonoraw l-oġġezzjoni tiegħek. Mhux se nużaw aktar l-informazzjoni pubblika tiegħek biex niżviluppaw mudelli tal-IA ġenerattiva.", "Numru tal-każ: {ref}"]))
