# Central-European wordings (hu cs sk sl hr pl). Written for this batch (not copied from any source).
# Paragraph markers: '@A:anchor' = objection-form link, '@C' = the code on its own (table cell in HTML).
L = {}
L['hu'] = dict(
  hi='Kedves {n}!', bye='Üdvözlettel:\nA {p} adatvédelmi csapata',
  months='január február március április május június július augusztus szeptember október november december'.split(),
  wd='hétfő kedd szerda csütörtök péntek szombat vasárnap'.split(),
  fmts=['%Y. %M %-d.', '%Y.%m.%d.', '%Y. %m. %d.', '%Y-%m-%d', '%Y. %M %-d., %W'],
  fwd='Továbbított üzenet', fwdp='Fwd:',
  notice=[
    ('Frissítjük adatvédelmi szabályzatunkat a Meta MI bővítésével', [
      'Felkészülünk arra, hogy a Meta MI-élményeit az Ön régiójában is elérhetővé tegyük.',
      'Ehhez a jogos érdek jogalapjára támaszkodunk, amikor az Ön adatait a Meta MI fejlesztésére és javítására használjuk. Önnek joga van tiltakozni ez ellen.',
      'A módosítások {d} napon lépnek hatályba.', '@A:Tiltakozás']),
    ('Nem szeretné, hogy az adatait MI-hez használjuk?', [
      'Röviden: nyilvános bejegyzéseit és hozzászólásait a Meta generatív MI-modelljeinek tanításához fogjuk használni.',
      'Az utolsó nap, amikor tiltakozhat: {l}. Ha tiltakozását elfogadjuk, attól kezdve nem használjuk fel az adatait erre a célra.',
      '@A:Űrlap megnyitása']),
  ],
  code=[('{c} a megerősítő kódod', ['Valaki (remélhetőleg te) ezt az e-mail-címet adta meg egy űrlapon.', 'Írd be ezt a kódot az e-mail-cím megerősítéséhez:', '@C', 'Ha nem te voltál, hagyd figyelmen kívül ezt az üzenetet.']),
        ('E-mail-cím megerősítése', ['A megerősítő kódod: {c}', 'A kód 24 óráig érvényes.'])],
  received=[('Megkaptuk a kérelmedet', ['Köszönjük, hogy kapcsolatba léptél velünk. Tiltakozásodat megkaptuk, és hamarosan megvizsgáljuk.', 'Ügyszám: {r}', 'Az eredményről e-mailben értesítünk.'])],
  accepted=[('Tiltakozásod: elfogadva', ['Elfogadtuk a tiltakozásodat.', 'Ez azt jelenti, hogy a jövőben nem használjuk fel a nyilvános információidat a Meta MI generatív modelljeinek fejlesztésére.', 'Hivatkozási szám: {r}']),
            ('Döntés az adatkezelés elleni tiltakozásról', ['Tisztelt {n}!', 'Áttekintettük kérelmét, és helyt adunk tiltakozásának. Nyilvános tartalmait a továbbiakban nem használjuk MI-modellek tanítására.', 'Azonosító: #{r}'])],
  refused=[('További információra van szükségünk', ['Nem tudjuk feldolgozni a kérelmedet, mert nem írtad le, hogyan érint téged az adatkezelés.', 'Kérjük, küldd be újra az űrlapot a szükséges részletekkel.', '@A:Űrlap újbóli kitöltése', 'Ügyszám: {r}'])],
  other=[('{c} a Facebook bejelentkezési kódod', ['Valaki be akar jelentkezni a fiókodba. A bejelentkezési kódod: {c}', 'Ha nem te voltál, változtasd meg a jelszavadat.'])],
)
L['cs'] = dict(
  hi='Dobrý den, {n},', bye='S pozdravem\nTým ochrany soukromí {p}',
  months='ledna února března dubna května června července srpna září října listopadu prosince'.split(),
  wd='pondělí úterý středa čtvrtek pátek sobota neděle'.split(),
  fmts=['%-d. %M %Y', '%-d. %-m. %Y', '%d.%m.%Y', '%W %-d. %M %Y', '%Y-%m-%d'],
  fwd='Přeposlaná zpráva', fwdp='Fwd:',
  notice=[
    ('Aktualizujeme zásady ochrany osobních údajů v souvislosti s AI od Meta', [
      'Chystáme se rozšířit funkce AI od Meta i do vaší oblasti.',
      'Pro vývoj a zlepšování AI od Meta budeme vaše údaje využívat na základě oprávněného zájmu. Máte právo proti tomu vznést námitku.',
      'Změny vstoupí v platnost {d}.', '@A:Podat námitku']),
    ('Vaše informace a AI od Meta', [
      '1. Od {d} začneme používat veřejný obsah, například příspěvky a komentáře, k trénování modelů AI.',
      '2. Pokud nesouhlasíte, vyplňte formulář pro námitku.',
      '3. Pokud námitce vyhovíme, nebudeme vaše informace k tomuto účelu nadále používat.',
      '@A:Formulář námitky']),
  ],
  code=[('Váš potvrzovací kód', ['Zadejte tento kód pro potvrzení e-mailové adresy:', '@C', 'Kód nikomu nesdělujte.']),
        ('{c} je váš kód', ['Ahoj {n}, potvrzovací kód pro formulář: {c}'])],
  received=[('Vaši žádost jsme obdrželi', ['Děkujeme. Vaše námitka nám byla doručena a nyní ji posuzujeme.', 'Číslo případu: {r}'])],
  accepted=[('Vaší námitce vyhovíme', ['Vyhodnotili jsme vaši žádost a vyhovíme vaší námitce.', 'Vaše veřejné informace již nebudeme používat k vývoji a zlepšování generativních modelů AI od Meta.', 'Č. j.: {r}'])],
  refused=[('Vaši žádost nelze zpracovat', ['Vaší námitce nemůžeme vyhovět, protože žádost neobsahuje dostatek informací.', 'Pokud chcete, můžete podat novou žádost.', '@A:Odeslat znovu', 'Referenční číslo: {r}']),
           ('Odpověď na vaši námitku', ['Po posouzení jsme se rozhodli vaší námitce nevyhovět. Máte právo podat stížnost u Úřadu pro ochranu osobních údajů.', 'Případ {r}'])],
  other=[('Nové přihlášení k účtu', ['Zaznamenali jsme přihlášení z nového zařízení (Chrome, Windows, Brno).', 'Pokud jste to byli vy, nemusíte nic dělat.'])],
)
L['sk'] = dict(
  hi='Dobrý deň, {n},', bye='S pozdravom\nTím pre ochranu súkromia {p}',
  months='januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra'.split(),
  wd='pondelok utorok streda štvrtok piatok sobota nedeľa'.split(),
  fmts=['%-d. %M %Y', '%-d. %-m. %Y', '%d.%m.%Y', '%Y-%m-%d'],
  fwd='Preposlaná správa', fwdp='Fwd:',
  notice=[
    ('Aktualizujeme pravidlá ochrany súkromia v súvislosti s AI od Meta', [
      'Pripravujeme rozšírenie AI od Meta do vášho regiónu. Na vývoj a zlepšovanie AI od Meta budeme vaše informácie používať na základe oprávneného záujmu.',
      'Máte právo namietať. Zmeny nadobudnú účinnosť {d}.', '@A:Namietať']),
    ('Nechcete, aby sa vaše príspevky používali na AI?', [
      'Námietku môžete podať najneskôr {l}. Potom začneme verejné príspevky a komentáre používať na trénovanie modelov.',
      '@A:Podať námietku']),
  ],
  code=[('Potvrďte svoju e-mailovú adresu', ['Váš overovací kód je:', '@C', 'Platí 24 hodín.'])],
  received=[('Dostali sme vašu námietku', ['Vašu žiadosť sme prijali a posudzujeme ju. Výsledok vám pošleme e-mailom.', 'Číslo prípadu: {r}'])],
  accepted=[('Vaša námietka bola prijatá', ['Vašej námietke vyhovieme. Vaše verejné informácie už nebudeme používať na vývoj modelov generatívnej AI.', 'Ref. č.: {r}'])],
  refused=[('Potrebujeme viac informácií', ['Vašu žiadosť nemôžeme spracovať. Uveďte, prosím, ako sa vás spracúvanie týka, a odošlite formulár znova.', '@A:Formulár', 'Prípad: {r}'])],
  other=[('Obnovenie hesla', ['Dostali sme žiadosť o obnovenie hesla k vášmu účtu. Ak ste o to nežiadali, túto správu ignorujte.'])],
)
L['sl'] = dict(
  hi='Pozdravljeni, {n}!', bye='Lep pozdrav,\nekipa za zasebnost {p}',
  months='januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra'.split(),
  wd='ponedeljek torek sreda četrtek petek sobota nedelja'.split(),
  fmts=['%-d. %M %Y', '%-d. %-m. %Y', '%d.%m.%Y', '%W, %-d. %M %Y'],
  fwd='Posredovano sporočilo', fwdp='Fwd:',
  notice=[
    ('Posodabljamo pravilnik o zasebnosti zaradi UI pri Meti', [
      'Pripravljamo se, da bomo izkušnje UI pri Meti razširili tudi v vašo regijo. Za razvoj in izboljšanje UI pri Meti se bomo oprli na pravno podlago zakonitih interesov.',
      'Imate pravico do ugovora. Posodobitve začnejo veljati {d}.', '@A:Pravica do ugovora']),
    ('Vaši podatki in UI pri Meti', ['Zadnji dan za oddajo ugovora je {l}.', 'Po tem datumu bomo javne objave uporabljali za učenje modelov UI.', '@A:Oddaj ugovor']),
  ],
  code=[('Vaša potrditvena koda', ['Za potrditev e-poštnega naslova vnesite kodo {c}.'])],
  received=[('Prejeli smo vašo zahtevo', ['Hvala. Vaš ugovor smo prejeli in ga bomo pregledali.', 'Številka primera: {r}'])],
  accepted=[('Ugovor odobren', ['Vašemu ugovoru bomo ugodili in vaših javnih podatkov ne bomo več uporabljali za razvoj generativnih modelov UI.', 'Sklic: {r}'])],
  refused=[('Vaše zahteve ne moremo obdelati', ['Žal vaše zahteve ne moremo obdelati, ker ni vsebovala dovolj podatkov. Oddate lahko nov ugovor.', '@A:Nov ugovor', 'Št. zadeve: {r}'])],
  other=[('Nekdo vas je označil na fotografiji', ['Maja Kranjc vas je označila na fotografiji. Oglejte si jo na Facebooku.'])],
)
L['hr'] = dict(
  hi='Poštovani/a {n},', bye='Lijep pozdrav,\ntim za privatnost {p}',
  months='siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca'.split(),
  wd='ponedjeljak utorak srijeda četvrtak petak subota nedjelja'.split(),
  fmts=['%-d. %M %Y.', '%d.%m.%Y.', '%-d. %-m. %Y.', '%Y-%m-%d'],
  fwd='Proslijeđena poruka', fwdp='Fwd:',
  notice=[
    ('Ažuriramo Pravila o privatnosti jer proširujemo AI na Meti', [
      'Pripremamo se proširiti iskustva umjetne inteligencije na Meti na vašu regiju. Za razvoj i poboljšanje oslanjat ćemo se na legitimni interes.',
      'Imate pravo prigovora. Promjene stupaju na snagu {d}', '@A:Prigovor']),
    ('Želite li prigovoriti korištenju vaših podataka za AI?', ['Vaše javne objave koristit ćemo za treniranje AI modela počevši od {d}.', 'Ako se vaš prigovor prihvati, više ih nećemo koristiti u tu svrhu.', '@A:Ispunite obrazac']),
  ],
  code=[('Kod za potvrdu: {c}', ['Unesite ovaj kod da biste potvrdili svoju adresu e-pošte:', '@C']),
        ('Potvrdite adresu e-pošte', ['Vaš kod je {c}. Ne dijelite ga ni s kim.'])],
  received=[('Zaprimili smo vaš prigovor', ['Vaš zahtjev je zaprimljen i trenutačno ga pregledavamo.', 'Broj predmeta: {r}'])],
  accepted=[('Prihvatili smo vaš prigovor', ['Poštivat ćemo vaš prigovor. Vaše javne informacije više nećemo koristiti za razvoj generativnih AI modela.', 'Referentni broj: {r}'])],
  refused=[('Ne možemo obraditi vaš zahtjev', ['Pregledali smo vaš zahtjev, ali nismo mogli utvrditi kako obrada utječe na vas pa ga ne možemo prihvatiti.', 'Broj slučaja {r}'])],
  other=[('Vaša preuzimanja informacija su spremna', ['Datoteka s kopijom vaših informacija spremna je za preuzimanje. Bit će dostupna 4 dana.'])],
)
L['pl'] = dict(
  hi='Cześć {n},', bye='Pozdrawiamy\nZespół ds. prywatności {p}',
  months='stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
  wd='poniedziałek wtorek środa czwartek piątek sobota niedziela'.split(),
  fmts=['%-d %M %Y r.', '%d.%m.%Y', '%d.%m.%Y r.'],
  fwd='Wiadomość przekazana dalej', fwdp='PD:',
  notice=[('Aktualizujemy Zasady ochrony prywatności w związku z rozwojem AI w Meta', [
      'Będziemy wykorzystywać Twoje informacje do rozwijania AI w Meta na podstawie prawnie uzasadnionego interesu. Masz prawo wnieść sprzeciw.',
      'Zmiany wejdą w życie {d}.', '@A:Wnieś sprzeciw'])],
  code=[('Twój kod potwierdzający', ['Kod do potwierdzenia adresu e-mail: {c}'])],
  received=[('Otrzymaliśmy Twój sprzeciw', ['Dziękujemy. Rozpatrujemy Twoje zgłoszenie.', 'Numer sprawy: {r}'])],
  accepted=[('Uwzględnimy Twój sprzeciw', ['Uwzględnimy Twój sprzeciw i nie będziemy już wykorzystywać Twoich publicznych informacji do trenowania modeli AI.', 'Nr ref.: {r}'])],
  refused=[('Nie możemy rozpatrzyć zgłoszenia', ['Potrzebujemy więcej informacji, aby rozpatrzyć Twój sprzeciw. Wyślij formularz ponownie.', '@A:Formularz', 'Sprawa nr {r}'])],
  other=[('Twoja reklama została zatwierdzona', ['Twoja reklama „Wiosenna promocja” jest już aktywna.'])],
)
