# Wording tables: pl ro (full) and cs sk hu hr bg el lt (short). Written for this batch.

PL = dict(
    months=["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia"],
    dfmt="{d} {M} {y} r.", dfmt2="{dd}.{mm}.{y}",
    hi="Cześć {n},", thanks="Dziękujemy,", team="Zespół ds. prywatności {P}",
    n_subj=["Aktualizujemy Zasady ochrony prywatności w związku z rozwojem AI w Meta",
            "Dowiedz się, jak będziemy wykorzystywać Twoje informacje do ulepszania AI w Meta"],
    n_pre="Masz prawo do wniesienia sprzeciwu.",
    n_p1="Przygotowujemy się do udostępnienia w Twoim regionie kolejnych funkcji AI w Meta. AI w "
         "Meta to nasze funkcje generatywnej sztucznej inteligencji, takie jak Meta AI, oraz modele, które je obsługują.",
    n_since="Meta AI jest dostępna w Twoim kraju od {since}.",
    n_p2="W tym celu będziemy opierać się na prawnie uzasadnionym interesie, wykorzystując "
         "informacje publiczne, np. publiczne posty i komentarze osób dorosłych, oraz Twoje "
         "interakcje z AI w Meta. Masz prawo sprzeciwić się wykorzystywaniu Twoich informacji w tych celach.",
    n_date="Zaczniemy wykorzystywać te informacje od {date}",
    n_last="Jeśli chcesz, aby Twój sprzeciw obowiązywał wcześniej, wyślij formularz najpóźniej {last}",
    n_cond="Jeśli Twój sprzeciw zostanie uwzględniony, będzie stosowany od tego momentu. Jeśli "
           "sprzeciw został już wniesiony, nie musisz robić tego ponownie.",
    n_acct="Otrzymujesz tę wiadomość, ponieważ masz konto {P} od {created}",
    a_obj="Prawo do sprzeciwu", a_pol="Zasady ochrony prywatności", a_help="Centrum pomocy",
    a_pc="Centrum prywatności",
    help_line="Artykuł Centrum pomocy o generatywnej AI zaktualizowano {helpdate}",
    footer="Ta wiadomość została wysłana na adres {to}. Meta Platforms Ireland Ltd., Merrion Road, "
           "Dublin 4, D04 X2K5, Irlandia.",
    unsub="Anuluj subskrypcję",
    c_subj=["Twój kod potwierdzający", "{code} to Twój kod potwierdzający"],
    c_p1="Użyj tego kodu, aby potwierdzić adres e-mail podany we wniosku o sprzeciw:",
    c_exp="Kod wygaśnie za godzinę. Jeśli to nie Ty wysłałeś(-aś) wniosek, zignoruj tę wiadomość.",
    c_foot="Możesz też zalogować się w aplikacji {P}, aby sprawdzić ustawienia zabezpieczeń.",
    r_subj=["Otrzymaliśmy Twój sprzeciw", "Twoje zgłoszenie zostało przyjęte"],
    r_p="Dziękujemy za kontakt. Otrzymaliśmy Twój sprzeciw wobec wykorzystywania Twoich "
        "informacji do AI w Meta i właśnie go rozpatrujemy.",
    ok_subj=["Twój wniosek o sprzeciw", "Uwzględnimy Twój sprzeciw"],
    ok_p="Rozpatrzyliśmy Twój wniosek i uwzględnimy Twój sprzeciw. Twoje publiczne informacje z "
         "produktów Meta i interakcje z AI w Meta nie będą już wykorzystywane do rozwijania i "
         "ulepszania modeli generatywnej AI.",
    no_subj=["Informacja o Twoim wniosku", "Potrzebujemy więcej informacji"],
    no_p="Rozpatrzyliśmy Twój wniosek. Na podstawie przekazanych informacji nie możemy obecnie "
         "uwzględnić Twojego sprzeciwu i nie podejmiemy dalszych działań.",
    info_p="Potrzebujemy dodatkowych informacji, aby rozpatrzyć Twój wniosek. Wyślij nowy wniosek "
           "przez formularz i wyjaśnij, jak to przetwarzanie na Ciebie wpływa.",
    ref=["Numer zgłoszenia: {r}", "Nr ref.: {r}"],
    fwd="PD:", fwd_head="-------- Przekazana wiadomość --------",
    fwd_note="Dostałaś też coś takiego? To prawdziwe?",
    reply_note="Tak, też dostałam, formularz wypełniony.",
    art_subj="Jak sprzeciwić się trenowaniu AI Meta na Twoich postach",
    art=["Meta zacznie wykorzystywać publiczne treści do trenowania AI od {date}",
         "Wypełnij formularz najpóźniej {last} Otrzymasz sześciocyfrowy kod, a potem potwierdzenie."],
    om=[("Ktoś próbował się zalogować", "Zauważyliśmy próbę logowania z nowego urządzenia w pobliżu Krakowa."),
        ("Twój kod logowania", "{code6} to Twój kod logowania do Facebooka. Nie udostępniaj go nikomu.")],
)

RO = dict(
    months=["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
            "septembrie", "octombrie", "noiembrie", "decembrie"],
    dfmt="{d} {M} {y}", dfmt2="{dd}.{mm}.{y}",
    hi="Bună, {n},", thanks="Mulțumim,", team="Echipa de confidențialitate {P}",
    n_subj=["Ne actualizăm Politica de confidențialitate pe măsură ce extindem AI la Meta",
            "Află cum vom folosi informațiile tale pentru a îmbunătăți AI la Meta"],
    n_pre="Ai dreptul să te opui.",
    n_p1="Ne pregătim să aducem mai multe experiențe AI la Meta în regiunea ta. AI la Meta "
         "reprezintă funcțiile noastre de inteligență artificială generativă, precum Meta AI, și modelele care le susțin.",
    n_since="Meta AI este disponibil în țara ta din {since}.",
    n_p2="În acest scop, ne vom baza pe interesul legitim pentru a folosi informații publice, "
         "cum ar fi postările și comentariile publice ale adulților, precum și interacțiunile tale "
         "cu AI la Meta. Ai dreptul să te opui folosirii informațiilor tale în aceste scopuri.",
    n_date="Vom începe să folosim aceste informații din {date}.",
    n_last="Dacă vrei ca opoziția ta să se aplice înainte de această dată, trimite formularul până la {last}.",
    n_cond="Dacă opoziția ta este acceptată, aceasta se va aplica de atunci înainte. Dacă te-ai "
           "opus deja, nu trebuie să faci nimic.",
    n_acct="Primești acest e-mail deoarece ai un cont {P} din {created}.",
    a_obj="Dreptul la opoziție", a_pol="Politica de confidențialitate", a_help="Pagini de ajutor",
    a_pc="Centrul de confidențialitate",
    help_line="Articolul de ajutor despre AI generativă a fost actualizat pe {helpdate}.",
    footer="Acest mesaj a fost trimis la {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, "
           "D04 X2K5, Irlanda.",
    unsub="Dezabonează-te",
    c_subj=["Codul tău de confirmare", "{code} este codul tău de confirmare"],
    c_p1="Folosește acest cod pentru a confirma adresa de e-mail din cererea ta de opoziție:",
    c_exp="Codul expiră într-o oră. Dacă nu ai făcut tu această cerere, ignoră acest e-mail.",
    c_foot="Te poți conecta și în aplicația {P} pentru a verifica setările de securitate.",
    r_subj=["Am primit cererea ta", "Cererea ta de opoziție"],
    r_p="Îți mulțumim că ne-ai contactat. Am primit cererea ta de opoziție la folosirea "
        "informațiilor tale pentru AI la Meta și o analizăm.",
    ok_subj=["Cererea ta de opoziție", "Vom respecta opoziția ta"],
    ok_p="Am analizat cererea ta și vom respecta opoziția ta. Informațiile tale publice din "
         "produsele Meta și interacțiunile tale cu AI la Meta nu vor mai fi folosite pentru a "
         "dezvolta și îmbunătăți modelele de AI generativă.",
    no_subj=["Noutăți despre cererea ta", "Avem nevoie de mai multe informații"],
    no_p="Am analizat cererea ta. Pe baza informațiilor furnizate, nu putem da curs opoziției tale "
         "în acest moment și nu vom lua alte măsuri.",
    info_p="Avem nevoie de mai multe informații pentru a procesa cererea ta. Trimite o cerere nouă "
           "prin formular și explică în ce fel te afectează această prelucrare.",
    ref=["Număr de caz: {r}", "Nr. ref.: {r}"],
    fwd="Fwd:", fwd_head="---------- Mesaj redirecționat ---------",
    fwd_note="Ai primit și tu asta? E real?",
    reply_note="Da, am primit și eu.",
    art_subj="Cum te opui antrenării AI Meta cu postările tale",
    art=["Meta va începe să folosească postările publice pentru AI din {date}.",
         "Completează formularul până la {last}. Primești un cod din șase cifre pe e-mail."],
    om=[("Resetarea parolei", "Am primit o solicitare de resetare a parolei tale de Facebook."),
        ("Pagina ta are un mesaj nou", "Pagina „Cofetăria Andrei” a primit un mesaj nou.")],
)

CS = dict(
    months=["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
            "září", "října", "listopadu", "prosince"],
    dfmt="{d}. {M} {y}", hi="Dobrý den, {n},", thanks="Děkujeme,", team="Tým ochrany soukromí {P}",
    n_subj=["Aktualizujeme Zásady ochrany osobních údajů v souvislosti s rozšířením AI v Meta"],
    n_p1="Připravujeme se na zpřístupnění dalších funkcí AI v Meta ve vašem regionu, například Meta AI.",
    n_p2="Budeme se opírat o oprávněný zájem a používat veřejné informace, jako jsou veřejné "
         "příspěvky a komentáře, a vaše interakce s AI v Meta. Máte právo vznést námitku proti "
         "použití svých informací k těmto účelům.",
    n_date="Tyto informace začneme používat od {date}.",
    n_cond="Pokud vaší námitce vyhovíme, bude uplatněna od té chvíle.",
    a_obj="Právo vznést námitku", a_pol="Zásady ochrany osobních údajů", a_help="Centrum nápovědy",
    footer="Tato zpráva byla odeslána na adresu {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Irsko.",
    unsub="Odhlásit odběr",
    c_subj=["Váš potvrzovací kód"],
    c_p1="Tímto kódem potvrďte e-mailovou adresu uvedenou v námitce:",
    c_exp="Platnost kódu vyprší za hodinu.",
    r_subj=["Vaši námitku jsme obdrželi"],
    r_p="Děkujeme, že jste nás kontaktovali. Vaši námitku jsme obdrželi a posuzujeme ji.",
    ok_subj=["Vaše námitka"],
    ok_p="Vaši žádost jsme posoudili a vaší námitce vyhovíme. Vaše veřejné informace již nebudou "
         "používány k vývoji generativních modelů AI.",
    ref=["Číslo případu: {r}"],
)

SK = dict(
    months=["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
            "septembra", "októbra", "novembra", "decembra"],
    dfmt="{d}. {M} {y}", hi="Dobrý deň, {n},", thanks="Ďakujeme,", team="Tím ochrany súkromia {P}",
    n_subj=["Aktualizujeme Zásady ochrany súkromia v súvislosti s rozširovaním AI v Meta"],
    n_p1="Pripravujeme sa priniesť do vášho regiónu ďalšie funkcie AI v Meta, napríklad Meta AI.",
    n_p2="Budeme sa opierať o oprávnený záujem a používať verejné informácie, ako sú verejné "
         "príspevky a komentáre, a vaše interakcie s AI v Meta. Máte právo namietať proti "
         "používaniu svojich informácií na tieto účely.",
    n_date="Tieto informácie začneme používať od {date}.",
    n_cond="Ak vašej námietke vyhovieme, bude sa uplatňovať odvtedy.",
    a_obj="Právo namietať", a_pol="Zásady ochrany súkromia", a_help="Centrum pomoci",
    footer="Táto správa bola odoslaná na adresu {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Írsko.",
    unsub="Odhlásiť odber",
    c_subj=["Váš potvrdzovací kód"],
    c_p1="Týmto kódom potvrďte e-mailovú adresu uvedenú v námietke:",
    c_exp="Platnosť kódu vyprší o hodinu.",
    r_subj=["Vašu námietku sme prijali"],
    r_p="Ďakujeme, že ste nás kontaktovali. Vašu námietku sme prijali a posudzujeme ju.",
    ok_subj=["Vaša námietka"],
    ok_p="Vašu žiadosť sme posúdili a vašej námietke vyhovieme. Vaše verejné informácie sa už "
         "nebudú používať na vývoj generatívnych modelov AI.",
    ref=["Číslo prípadu: {r}"],
)

HU = dict(
    months=["január", "február", "március", "április", "május", "június", "július", "augusztus",
            "szeptember", "október", "november", "december"],
    dfmt="{y}. {M} {d}.", hi="Kedves {n}!", thanks="Köszönjük!", team="A {P} adatvédelmi csapata",
    n_subj=["Frissítjük Adatvédelmi szabályzatunkat, ahogy bővítjük a Meta MI-t"],
    n_p1="Arra készülünk, hogy további Meta MI-élményeket, például a Meta AI-t, elérhetővé tegyük a régiódban.",
    n_p2="Jogos érdekre hivatkozva fogjuk felhasználni a nyilvános információkat, például a "
         "nyilvános bejegyzéseket és hozzászólásokat, valamint a Meta MI-vel folytatott "
         "interakcióidat. Jogod van tiltakozni az adataid ilyen célú felhasználása ellen.",
    n_date="Ezeket az információkat {date} kezdődően fogjuk felhasználni.",
    n_cond="Ha helyt adunk a tiltakozásodnak, az attól kezdve érvényes lesz.",
    a_obj="Tiltakozási jog", a_pol="Adatvédelmi szabályzat", a_help="Súgóközpont",
    footer="Ezt az üzenetet a(z) {to} címre küldtük. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Írország.",
    unsub="Leiratkozás",
    c_subj=["A megerősítő kódod"],
    c_p1="Ezzel a kóddal erősítheted meg a tiltakozásodban megadott e-mail-címet:",
    c_exp="A kód egy óra múlva lejár.",
    r_subj=["Megkaptuk a tiltakozásodat"],
    r_p="Köszönjük, hogy felvetted velünk a kapcsolatot. Megkaptuk a tiltakozásodat, és jelenleg vizsgáljuk.",
    ok_subj=["A tiltakozásod"],
    ok_p="Megvizsgáltuk a kérelmedet, és helyt adunk a tiltakozásodnak. Nyilvános adataidat a "
         "jövőben nem használjuk generatív MI-modellek fejlesztésére.",
    ref=["Ügyszám: {r}"],
)

HR = dict(
    months=["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
            "rujna", "listopada", "studenoga", "prosinca"],
    dfmt="{d}. {M} {y}.", hi="Pozdrav, {n},", thanks="Hvala,", team="Tim za privatnost {P}",
    n_subj=["Ažuriramo Pravila o privatnosti dok proširujemo AI u Meti"],
    n_p1="Pripremamo se donijeti više AI značajki u Meti u tvoju regiju, poput Meta AI.",
    n_p2="Oslanjat ćemo se na legitimni interes kako bismo koristili javne informacije, poput "
         "javnih objava i komentara, te tvoje interakcije s AI u Meti. Imaš pravo prigovora na "
         "korištenje svojih informacija u te svrhe.",
    n_date="Te ćemo informacije početi koristiti od {date}",
    n_cond="Ako tvoj prigovor bude prihvaćen, primjenjivat će se od tog trenutka.",
    a_obj="Pravo na prigovor", a_pol="Pravila o privatnosti", a_help="Centar za pomoć",
    footer="Ova je poruka poslana na {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Irska.",
    unsub="Otkaži pretplatu",
    c_subj=["Tvoj kôd za potvrdu"],
    c_p1="Upotrijebi ovaj kôd da potvrdiš adresu e-pošte navedenu u prigovoru:",
    c_exp="Kôd istječe za sat vremena.",
    r_subj=["Primili smo tvoj prigovor"],
    r_p="Hvala što si nam se obratio. Primili smo tvoj prigovor i trenutačno ga pregledavamo.",
    ok_subj=["Tvoj prigovor"],
    ok_p="Pregledali smo tvoj zahtjev i uvažit ćemo tvoj prigovor. Tvoje javne informacije više "
         "se neće koristiti za razvoj generativnih AI modela.",
    ref=["Broj predmeta: {r}"],
)

BG = dict(
    months=["януари", "февруари", "март", "април", "май", "юни", "юли", "август",
            "септември", "октомври", "ноември", "декември"],
    dfmt="{d} {M} {y} г.", hi="Здравейте, {n},", thanks="Благодарим ви,", team="Екипът за поверителност на {P}",
    n_subj=["Актуализираме Правилата за поверителност, докато разширяваме ИИ в Meta"],
    n_p1="Подготвяме се да предложим повече функции на ИИ в Meta във вашия регион, като Meta AI.",
    n_p2="Ще се позоваваме на законни интереси, за да използваме публична информация, като "
         "публични публикации и коментари, както и взаимодействията ви с ИИ в Meta. Имате право "
         "да възразите срещу използването на информацията ви за тези цели.",
    n_date="Ще започнем да използваме тази информация от {date}",
    n_cond="Ако възражението ви бъде уважено, то ще се прилага оттогава нататък.",
    a_obj="Право на възражение", a_pol="Правила за поверителност", a_help="Помощен център",
    footer="Това съобщение е изпратено до {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ирландия.",
    unsub="Отписване",
    c_subj=["Вашият код за потвърждение"],
    c_p1="Използвайте този код, за да потвърдите имейл адреса от възражението си:",
    c_exp="Кодът изтича след един час.",
    r_subj=["Получихме вашето възражение"],
    r_p="Благодарим, че се свързахте с нас. Получихме възражението ви и в момента го разглеждаме.",
    ok_subj=["Вашето възражение"],
    ok_p="Разгледахме искането ви и ще уважим възражението ви. Публичната ви информация вече "
         "няма да се използва за разработване на генеративни модели с ИИ.",
    ref=["Номер на случая: {r}"],
)

EL = dict(
    months=["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
            "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    dfmt="{d} {M} {y}", hi="Γεια σου {n},", thanks="Ευχαριστούμε,", team="Η ομάδα απορρήτου του {P}",
    n_subj=["Ενημερώνουμε την Πολιτική απορρήτου καθώς επεκτείνουμε την ΤΝ στη Meta"],
    n_p1="Ετοιμαζόμαστε να φέρουμε περισσότερες εμπειρίες ΤΝ στη Meta στην περιοχή σου, όπως το Meta AI.",
    n_p2="Θα βασιστούμε στο έννομο συμφέρον για να χρησιμοποιούμε δημόσιες πληροφορίες, όπως "
         "δημόσιες δημοσιεύσεις και σχόλια, καθώς και τις αλληλεπιδράσεις σου με την ΤΝ στη Meta. "
         "Έχεις δικαίωμα να αντιταχθείς στη χρήση των πληροφοριών σου για αυτούς τους σκοπούς.",
    n_date="Θα αρχίσουμε να χρησιμοποιούμε αυτές τις πληροφορίες από τις {date}.",
    n_cond="Αν η αντίρρησή σου γίνει δεκτή, θα ισχύει από εκείνη τη στιγμή.",
    a_obj="Δικαίωμα εναντίωσης", a_pol="Πολιτική απορρήτου", a_help="Κέντρο βοήθειας",
    footer="Αυτό το μήνυμα στάλθηκε στο {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ιρλανδία.",
    unsub="Διαγραφή",
    c_subj=["Ο κωδικός επιβεβαίωσής σου"],
    c_p1="Χρησιμοποίησε αυτόν τον κωδικό για να επιβεβαιώσεις τη διεύθυνση email του αιτήματός σου:",
    c_exp="Ο κωδικός λήγει σε μία ώρα.",
    r_subj=["Λάβαμε την αντίρρησή σου"],
    r_p="Ευχαριστούμε που επικοινώνησες μαζί μας. Λάβαμε την αντίρρησή σου και την εξετάζουμε.",
    ok_subj=["Η αντίρρησή σου"],
    ok_p="Εξετάσαμε το αίτημά σου και θα σεβαστούμε την αντίρρησή σου. Οι δημόσιες πληροφορίες σου "
         "δεν θα χρησιμοποιούνται πλέον για την ανάπτυξη μοντέλων παραγωγικής ΤΝ.",
    ref=["Αριθμός υπόθεσης: {r}"],
)

LT = dict(
    months=["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
            "rugsėjo", "spalio", "lapkričio", "gruodžio"],
    dfmt="{y} m. {M} {d} d.", hi="Sveiki, {n},", thanks="Ačiū,", team="{P} privatumo komanda",
    n_subj=["Atnaujiname Privatumo politiką plėsdami DI „Meta“"],
    n_p1="Ruošiamės jūsų regione pasiūlyti daugiau „Meta“ DI funkcijų, pavyzdžiui, „Meta AI“.",
    n_p2="Remsimės teisėtu interesu naudoti viešą informaciją, pvz., viešus įrašus ir komentarus, "
         "bei jūsų sąveiką su „Meta“ DI. Turite teisę nesutikti, kad jūsų informacija būtų naudojama šiais tikslais.",
    n_date="Šią informaciją pradėsime naudoti nuo {date}",
    n_cond="Jei jūsų prieštaravimas bus patenkintas, jis bus taikomas nuo to momento.",
    a_obj="Teisė nesutikti", a_pol="Privatumo politika", a_help="Pagalbos centras",
    footer="Šis pranešimas išsiųstas adresu {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Airija.",
    unsub="Atsisakyti prenumeratos",
    c_subj=["Jūsų patvirtinimo kodas"],
    c_p1="Naudokite šį kodą, kad patvirtintumėte prieštaravime nurodytą el. pašto adresą:",
    c_exp="Kodas nustos galioti po valandos.",
    r_subj=["Gavome jūsų prieštaravimą"],
    r_p="Dėkojame, kad susisiekėte. Gavome jūsų prieštaravimą ir šiuo metu jį nagrinėjame.",
    ok_subj=["Jūsų prieštaravimas"],
    ok_p="Išnagrinėjome jūsų prašymą ir patenkinsime jūsų prieštaravimą. Jūsų vieša informacija "
         "nebebus naudojama generatyviniams DI modeliams kurti.",
    ref=["Bylos numeris: {r}"],
)

LANGS = dict(pl=PL, ro=RO, cs=CS, sk=SK, hu=HU, hr=HR, bg=BG, el=EL, lt=LT)
