"""Texts of the extra test corpus: Meta's objection mails in the 18 languages that have no real
sample in the shared corpus. Best-effort translations, written as a translator would word them
(formal and informal address, synonyms, word order), not copied from the phrase patterns.

Placeholders: {name} {date} {code} {ref} {email}. Used by generate.py only.
"""

# Each language: person, address, the long date of its notice round, and the texts.
# "date" is the deadline as written in the notice; "deadline" the ISO value it means.
T: dict[str, dict] = {}

T["da"] = dict(
    person="Mette Jensen", first="Mette", email="mette.jensen@example.dk", round=2025,
    date="27. maj 2025",
    second_date="Meta AI har været tilgængelig i Danmark siden 20. marts 2025.",
    notice_subject="Vi opdaterer vores privatlivspolitik, når vi udvider AI hos Meta",
    greet="Hej {name}",
    p1="Vi gør klar til at udvide vores AI-oplevelser hos Meta til dit område. AI hos Meta er vores samling af "
       "generative AI-funktioner og -oplevelser, såsom Meta AI og kreative AI-værktøjer, samt de modeller, der driver dem.",
    p2="For at gøre det vil vi fremover basere os på det retsgrundlag, der kaldes legitime interesser, når vi bruger dine "
       "oplysninger til at udvikle og forbedre AI hos Meta. Det betyder, at du har ret til at gøre indsigelse mod, hvordan "
       "dine oplysninger bruges til disse formål. Hvis vi imødekommer din indsigelse, gælder den fremover.",
    p3="Vi opdaterer vores privatlivspolitik, så den afspejler disse ændringer. Ændringerne træder i kraft den {date}.",
    obj_label="Gør indsigelse", pol_label="Privatlivspolitik",
    sign="Tak\nPrivatlivsteamet hos Facebook",
    footer="Denne besked blev sendt til {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland.",
    code_subject="Din bekræftelseskode",
    code_intro="Indtast koden herunder for at bekræfte den e-mailadresse, du angav i din indsigelse:",
    code_outro="Koden udløber om en time. Hvis det ikke var dig, der sendte anmodningen, kan du se bort fra denne e-mail.",
    recv_subject="Vi har modtaget din anmodning",
    recv=["Tak, fordi du kontaktede os. Vi har modtaget din indsigelse mod brugen af dine oplysninger til AI hos Meta, og "
          "vi vil nu gennemgå den. Dit referencenummer er {ref}.",
          "Vi sender dig en e-mail, når vi har gennemgået din anmodning."],
    acc_subject="Opdatering om din anmodning",
    acc=["Vi har gennemgået din anmodning og har besluttet at imødekomme din indsigelse. Det betyder, at vi fremover ikke "
         "vil bruge dine offentlige oplysninger, såsom offentlige opslag og kommentarer, eller dine interaktioner med "
         "AI-funktioner hos Meta til at udvikle og forbedre generative AI-modeller til AI hos Meta.",
         "Reference: {ref}"],
    ref_subject="Vi har brug for flere oplysninger om din anmodning",
    ref=["Vi har gennemgået din anmodning. Ud fra de oplysninger, du har givet, kan vi på nuværende tidspunkt ikke "
         "imødekomme din indsigelse eller foretage os mere i forbindelse med anmodningen.",
         "Hvis du ønsker, at vi ser på sagen igen, bedes du sende en ny anmodning og forklare, hvordan behandlingen påvirker dig.",
         "Sagsnummer: {ref}"],
    new_request_label="Send en ny anmodning",
    other_subject="{code} er din kode til gendannelse af din Facebook-konto",
    other=["Vi har modtaget en anmodning om at nulstille din Facebook-adgangskode.", "Indtast denne kode for at nulstille din adgangskode:", "{code}"],
)

T["no"] = dict(
    person="Kari Nordmann", first="Kari", email="kari.nordmann@example.no", round=2026,
    date="onsdag 16. desember 2026",
    notice_subject="Slik bruker vi informasjonen din når vi utvider AI hos Meta",
    greet="Hei {name},",
    p1="Vi forbereder oss på å utvide AI-opplevelsene våre hos Meta til din region. AI hos Meta er samlingen vår av "
       "generative AI-funksjoner og -opplevelser, som Meta AI og kreative AI-verktøy, samt modellene som driver dem.",
    p2="For å gjøre dette vil vi heretter basere oss på det rettslige grunnlaget berettigede interesser når vi bruker "
       "informasjonen din til å utvikle og forbedre AI hos Meta. Dette betyr at du har rett til å protestere mot hvordan "
       "informasjonen din brukes til disse formålene. Hvis protesten din tas til følge, gjelder den fra da av.",
    p3="Vi oppdaterer personvernreglene våre for å gjenspeile disse endringene. Oppdateringene trer i kraft {date}.",
    obj_label="Rett til å protestere", pol_label="Personvernregler",
    sign="Takk!\nPersonvernteamet i Facebook",
    footer="Denne meldingen ble sendt til {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland.",
    code_subject="Bekreft e-postadressen din",
    code_intro="Bruk denne koden for å bekrefte e-postadressen du oppga i protesten din:",
    code_outro="Koden utløper om én time. Hvis du ikke sendte denne forespørselen, kan du se bort fra denne e-posten.",
    recv_subject="Vi har mottatt protesten din",
    recv=["Takk for at du kontaktet oss. Vi har mottatt protesten din mot bruken av informasjonen din til AI hos Meta, "
          "og vi skal se på den. Referansenummeret ditt er {ref}.",
          "Vi sender deg en e-post når vi har behandlet forespørselen din."],
    acc_subject="Oppdatering om forespørselen din",
    acc=["Vi har vurdert forespørselen din og kommer til å etterkomme protesten din. Det betyr at vi ikke lenger vil bruke "
         "den offentlige informasjonen din, som offentlige innlegg og kommentarer, eller samhandlingene dine med "
         "AI-funksjoner hos Meta til å utvikle og forbedre generative AI-modeller for AI hos Meta.",
         "Ref.: {ref}"],
    ref_subject="Vi trenger mer informasjon om forespørselen din",
    ref=["Vi har vurdert forespørselen din. Basert på informasjonen du har oppgitt, kan vi ikke ta protesten din til følge "
         "nå, og vi kan ikke gjøre noe mer med denne forespørselen.",
         "Hvis du vil at vi skal se på saken på nytt, kan du sende inn en ny forespørsel og forklare hvordan behandlingen påvirker deg.",
         "Saksnummer: {ref}"],
    new_request_label="Send inn en ny protest",
    other_subject="{code} er koden din for å gjenopprette Facebook-kontoen",
    other=["Vi har mottatt en forespørsel om å tilbakestille passordet ditt på Facebook.", "Skriv inn denne koden:", "{code}"],
)

T["sv"] = dict(
    person="Anna Lindqvist", first="Anna", email="anna.lindqvist@example.se", round=2025,
    date="27 maj 2025",
    notice_subject="Vi uppdaterar vår integritetspolicy när vi utökar AI hos Meta",
    greet="Hej {name}!",
    p1="Vi förbereder oss för att lansera våra AI-upplevelser hos Meta i din region. AI hos Meta är vår samling av "
       "generativa AI-funktioner och upplevelser, till exempel Meta AI och kreativa AI-verktyg, tillsammans med de "
       "modeller som driver dem.",
    p2="För detta kommer vi att förlita oss på den rättsliga grunden berättigat intresse när vi använder din information "
       "för att utveckla och förbättra AI hos Meta. Det innebär att du har rätt att invända mot hur din information används "
       "för dessa ändamål. Om din invändning godkänns tillämpas den från och med då.",
    p3="Vi uppdaterar vår integritetspolicy för att återspegla ändringarna. Uppdateringarna träder i kraft den {date}.",
    obj_label="Invänd här", pol_label="Integritetspolicy",
    sign="Tack!\nFacebooks integritetsteam",
    footer="Det här meddelandet skickades till {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland.",
    code_subject="{code} är din bekräftelsekod",
    code_intro="Ange den här koden för att bekräfta e-postadressen som du uppgav i din invändning:",
    code_outro="Koden går ut om en timme. Om du inte har gjort den här begäran kan du ignorera det här mejlet.",
    recv_subject="Vi har tagit emot din begäran [Ref: {ref}]",
    recv=["Tack för att du kontaktade oss. Vi har tagit emot din invändning mot att din information används för AI hos "
          "Meta och kommer att granska den. Ditt referensnummer är {ref}.",
          "Vi mejlar dig när vi har granskat din begäran."],
    acc_subject="Din invändning har godkänts",
    acc=["Vi har granskat din begäran och godkänner din invändning. Det innebär att vi framöver inte kommer att använda "
         "din offentliga information, som offentliga inlägg och kommentarer, eller dina interaktioner med AI-funktioner hos "
         "Meta för att utveckla och förbättra generativa AI-modeller för AI hos Meta.",
         "Referens: {ref}"],
    ref_subject="Angående din begäran",
    ref=["Vi har granskat din begäran. Utifrån den information som du har lämnat kan vi för närvarande inte bevilja din "
         "invändning eller vidta några ytterligare åtgärder för denna begäran.",
         "Om du vill att vi ska titta på det igen kan du skicka in en ny begäran och förklara hur behandlingen påverkar dig.",
         "Referensnummer: {ref}"],
    other_subject="Din inloggningskod för Instagram",
    other=["Någon försökte logga in på ditt Instagramkonto. Din säkerhetskod är:", "{code}", "Om det inte var du bör du skydda ditt konto."],
)

T["is"] = dict(
    person="Guðrún Jónsdóttir", first="Guðrún", email="gudrun.jonsdottir@example.is", round=2024,
    date="miðvikudaginn 26. júní 2024",
    notice_subject="Við erum að uppfæra persónuverndarstefnu okkar samhliða útvíkkun gervigreindar hjá Meta",
    greet="Hæ {name},",
    p1="Við erum að undirbúa að bjóða upp á gervigreindarupplifanir Meta á þínu svæði. Gervigreind hjá Meta er safn okkar "
       "af skapandi gervigreindareiginleikum og upplifunum, eins og Meta AI, ásamt líkönunum sem knýja þá.",
    p2="Til þess munum við byggja á lögmætum hagsmunum sem lagagrundvelli fyrir notkun upplýsinga þinna til að þróa og "
       "bæta gervigreind hjá Meta. Þetta þýðir að þú átt rétt á að andmæla því hvernig upplýsingar þínar eru notaðar í "
       "þessum tilgangi. Ef orðið verður við andmælum þínum gilda þau héðan í frá.",
    p3="Við uppfærum persónuverndarstefnuna til samræmis við þessar breytingar. Uppfærslurnar taka gildi {date}.",
    obj_label="Andmæla", pol_label="Persónuverndarstefna",
    sign="Takk fyrir,\nPersónuverndarteymi Facebook",
    footer="Þessi skilaboð voru send á {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Írlandi.",
    code_subject="Staðfestingarkóðinn þinn",
    code_intro="Notaðu þennan kóða til að staðfesta netfangið sem þú gafst upp í andmælum þínum:",
    code_outro="Kóðinn rennur út eftir eina klukkustund. Ef þú baðst ekki um þetta geturðu hunsað þennan tölvupóst.",
    recv_subject="Við höfum móttekið beiðni þína",
    recv=["Takk fyrir að hafa samband. Við höfum fengið andmæli þín við notkun upplýsinga þinna fyrir gervigreind hjá Meta "
          "og munum fara yfir þau. Tilvísunarnúmerið þitt er {ref}.",
          "Við sendum þér tölvupóst þegar við höfum farið yfir beiðni þína."],
    acc_subject="Uppfærsla varðandi beiðni þína",
    acc=["Við höfum farið yfir beiðni þína og munum verða við andmælum þínum. Þetta þýðir að héðan í frá notum við ekki "
         "opinberar upplýsingar þínar, svo sem opinberar færslur og ummæli, né samskipti þín við gervigreindareiginleika hjá "
         "Meta til að þróa og bæta skapandi gervigreindarlíkön fyrir gervigreind hjá Meta.",
         "Tilvísun: {ref}"],
    ref_subject="Við þurfum frekari upplýsingar",
    ref=["Við höfum farið yfir beiðni þína. Út frá þeim upplýsingum sem þú veittir getum við ekki orðið við andmælum þínum "
         "að svo stöddu né gripið til frekari aðgerða vegna þessarar beiðni.",
         "Ef þú vilt að við skoðum málið aftur skaltu senda inn nýja beiðni og útskýra hvernig vinnslan hefur áhrif á þig.",
         "Málsnúmer: {ref}"],
    other_subject="{code} er endurheimtarkóðinn þinn fyrir Facebook",
    other=["Við fengum beiðni um að endurstilla lykilorðið þitt á Facebook.", "Sláðu inn þennan kóða:", "{code}"],
)

T["fi"] = dict(
    person="Aino Virtanen", first="Aino", email="aino.virtanen@example.fi", round=2024,
    date="keskiviikkona 26. kesäkuuta 2024",
    second_date="Meta AI on ollut saatavilla Suomessa 15. huhtikuuta 2024 lähtien.",
    notice_subject="Päivitämme tietosuojakäytäntöämme laajentaessamme Metan tekoälyä",
    greet="Hei {name},",
    p1="Valmistaudumme tuomaan Metan tekoälykokemukset alueellesi. Metan tekoäly on generatiivisten tekoälyominaisuuksien "
       "ja -kokemusten kokonaisuus, johon kuuluvat esimerkiksi Meta AI ja luovat tekoälytyökalut sekä niiden taustalla olevat mallit.",
    p2="Tätä varten käytämme jatkossa oikeusperusteena oikeutettuja etujamme, kun käytämme tietojasi Metan tekoälyn "
       "kehittämiseen ja parantamiseen. Tämä tarkoittaa, että sinulla on oikeus vastustaa tietojesi käyttöä näihin "
       "tarkoituksiin. Jos vastustuksesi hyväksytään, sitä sovelletaan siitä eteenpäin.",
    p3="Päivitämme tietosuojakäytäntömme vastaamaan näitä muutoksia. Päivitykset tulevat voimaan {date}.",
    obj_label="Vastustusoikeus", pol_label="Tietosuojakäytäntö",
    sign="Kiitos,\nFacebookin tietosuojatiimi",
    footer="Tämä viesti lähetettiin osoitteeseen {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanti.",
    code_subject="{code} on vahvistuskoodisi",
    code_intro="Vahvista vastustuslomakkeessa antamasi sähköpostiosoite tällä koodilla:",
    code_outro="Koodi vanhenee tunnin kuluttua. Jos et tehnyt tätä pyyntöä, voit jättää tämän viestin huomiotta.",
    recv_subject="Olemme vastaanottaneet pyyntösi",
    recv=["Kiitos yhteydenotostasi. Olemme vastaanottaneet vastustuksesi tietojesi käyttämisestä Metan tekoälyyn, ja "
          "käsittelemme sen. Viitenumerosi on {ref}.",
          "Lähetämme sinulle sähköpostia, kun olemme käsitelleet pyyntösi."],
    acc_subject="Päivitys pyyntöösi",
    acc=["Olemme tarkistaneet pyyntösi ja hyväksymme vastustuksesi. Tämä tarkoittaa, että emme jatkossa käytä julkisia "
         "tietojasi, kuten julkisia julkaisuja ja kommentteja, tai vuorovaikutustasi Metan tekoälyominaisuuksien kanssa "
         "Metan tekoälyn generatiivisten mallien kehittämiseen ja parantamiseen.",
         "Viite: {ref}"],
    ref_subject="Tarvitsemme lisätietoja pyynnöstäsi",
    ref=["Olemme tarkistaneet pyyntösi. Antamiesi tietojen perusteella emme voi tällä hetkellä hyväksyä vastustustasi "
         "emmekä ryhtyä muihin toimiin tämän pyynnön osalta.",
         "Jos haluat, että tarkastelemme asiaa uudelleen, lähetä uusi pyyntö ja kerro, miten käsittely vaikuttaa sinuun.",
         "Viitenumero: {ref}"],
    new_request_label="Lähetä uusi vastustuspyyntö",
    other_subject="Instagram-koodisi",
    other=["Joku yritti kirjautua Instagram-tilillesi. Turvakoodisi on:", "{code}", "Jos se et ollut sinä, suojaa tilisi."],
)

T["et"] = dict(
    person="Kadri Tamm", first="Kadri", email="kadri.tamm@example.ee", round=2026,
    date="16. detsembril 2026",
    notice_subject="Uuendame oma privaatsuspoliitikat seoses Meta tehisintellekti laienemisega",
    greet="Tere, {name}!",
    p1="Valmistume tooma Meta tehisintellekti kogemused teie piirkonda. Meta tehisintellekt hõlmab meie generatiivse "
       "tehisintellekti funktsioone ja kogemusi, nagu Meta AI ja loomingulised tehisintellekti tööriistad, ning mudeleid, "
       "millel need põhinevad.",
    p2="Selleks tugineme edaspidi teie teabe kasutamisel Meta tehisintellekti arendamiseks ja täiustamiseks õiguslikule "
       "alusele, milleks on õigustatud huvid. See tähendab, et teil on õigus esitada vastuväide selle kohta, kuidas teie "
       "teavet nendel eesmärkidel kasutatakse. Kui teie vastuväide rahuldatakse, kohaldatakse seda edaspidi.",
    p3="Uuendame oma privaatsuspoliitikat, et kajastada neid muudatusi. Muudatused jõustuvad {date}.",
    obj_label="Esita vastuväide", pol_label="Privaatsuspoliitika",
    sign="Aitäh!\nFacebooki privaatsusmeeskond",
    footer="See sõnum saadeti aadressile {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Iirimaa.",
    code_subject="Teie kinnituskood",
    code_intro="Kasutage seda koodi, et kinnitada e-posti aadress, mille esitasite oma vastuväites:",
    code_outro="Kood aegub ühe tunni pärast. Kui te seda taotlust ei esitanud, võite selle meili tähelepanuta jätta.",
    recv_subject="Oleme teie taotluse kätte saanud",
    recv=["Täname, et võtsite meiega ühendust. Oleme kätte saanud teie vastuväite teie teabe kasutamise kohta Meta "
          "tehisintellekti jaoks ja vaatame selle läbi. Teie viitenumber on {ref}.",
          "Saadame teile e-kirja, kui oleme teie taotluse läbi vaadanud."],
    acc_subject="Teie vastuväide",
    acc=["Oleme teie taotluse läbi vaadanud ja rahuldame teie vastuväite. See tähendab, et edaspidi ei kasuta me teie "
         "avalikku teavet, näiteks avalikke postitusi ja kommentaare, ega teie suhtlust Meta tehisintellekti "
         "funktsioonidega, et arendada ja täiustada Meta tehisintellekti generatiivseid mudeleid.",
         "Viide: {ref}"],
    ref_subject="Vajame teie taotluse kohta rohkem teavet",
    ref=["Oleme teie taotluse läbi vaadanud. Teie esitatud teabe põhjal ei saa me praegu teie vastuväidet rahuldada ega "
         "teie taotluse osas edasisi meetmeid võtta.",
         "Kui soovite, et vaataksime selle uuesti läbi, esitage uus taotlus ja selgitage, kuidas see töötlemine teid mõjutab.",
         "Viitenumber: {ref}"],
    other_subject="{code} on teie Facebooki konto taastamise kood",
    other=["Saime taotluse teie Facebooki parooli lähtestamiseks.", "Sisestage see kood:", "{code}"],
)

T["lv"] = dict(
    person="Līga Bērziņa", first="Līga", email="liga.berzina@example.lv", round=2025,
    date="2025. gada 27. maijā",
    second_date="Šis paziņojums aizstāj 2025. gada 2. aprīlī nosūtīto paziņojumu.",
    notice_subject="Mēs atjauninām savu Privātuma politiku, paplašinot MI uzņēmumā Meta",
    greet="Labdien, {name}!",
    p1="Mēs gatavojamies piedāvāt jūsu reģionā mūsu mākslīgā intelekta pieredzi uzņēmumā Meta. MI uzņēmumā Meta ir mūsu "
       "ģeneratīvā mākslīgā intelekta funkciju un pieredžu kopums, piemēram, Meta AI un radošie MI rīki, kā arī modeļi, kas tos darbina.",
    p2="Šim nolūkam mēs turpmāk paļausimies uz juridisko pamatu, ko sauc par leģitīmajām interesēm, lai izmantotu jūsu "
       "informāciju MI uzņēmumā Meta izstrādei un uzlabošanai. Tas nozīmē, ka jums ir tiesības iebilst pret to, kā jūsu "
       "informācija tiek izmantota šiem mērķiem. Ja jūsu iebildums tiks apmierināts, tas tiks piemērots no šī brīža.",
    p3="Mēs atjauninām savu Privātuma politiku, lai atspoguļotu šīs izmaiņas. Atjauninājumi stāsies spēkā {date}.",
    obj_label="Iebilst", pol_label="Privātuma politika",
    sign="Paldies!\nFacebook privātuma komanda",
    footer="Šis ziņojums tika nosūtīts uz adresi {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Īrija.",
    code_subject="Jūsu apstiprinājuma kods",
    code_intro="Ievadiet šo kodu, lai apstiprinātu e-pasta adresi, ko norādījāt savā iebildumā:",
    code_outro="Kods ir derīgs vienu stundu. Ja neesat iesniedzis šo pieprasījumu, varat ignorēt šo e-pasta ziņojumu.",
    recv_subject="Esam saņēmuši jūsu pieprasījumu",
    recv=["Paldies, ka sazinājāties ar mums. Esam saņēmuši jūsu iebildumu pret jūsu informācijas izmantošanu MI uzņēmumā "
          "Meta vajadzībām un to izskatīsim. Jūsu atsauces numurs ir {ref}.",
          "Kad būsim izskatījuši jūsu pieprasījumu, nosūtīsim jums e-pasta ziņojumu."],
    acc_subject="Jūsu iebildums",
    acc=["Mēs izskatījām jūsu pieprasījumu un apmierinām jūsu iebildumu. Tas nozīmē, ka turpmāk mēs neizmantosim jūsu "
         "publisko informāciju, piemēram, publiskas ziņas un komentārus, vai jūsu mijiedarbību ar MI funkcijām uzņēmumā "
         "Meta, lai izstrādātu un uzlabotu ģeneratīvā MI modeļus.",
         "Atsauce: {ref}"],
    ref_subject="Mums nepieciešama papildu informācija",
    ref=["Mēs izskatījām jūsu pieprasījumu. Pamatojoties uz jūsu sniegto informāciju, mēs pašlaik nevaram apmierināt jūsu "
         "iebildumu vai veikt turpmākas darbības saistībā ar šo pieprasījumu.",
         "Ja vēlaties, lai mēs to pārskatītu, iesniedziet jaunu pieprasījumu un paskaidrojiet, kā šī apstrāde jūs ietekmē.",
         "Atsauces numurs: {ref}"],
    other_subject="{code} ir jūsu Facebook konta atkopšanas kods",
    other=["Mēs saņēmām pieprasījumu atiestatīt jūsu Facebook paroli.", "Ievadiet šo kodu:", "{code}"],
)

T["lt"] = dict(
    person="Rūta Kazlauskienė", first="Rūta", email="ruta.kazlauskiene@example.lt", round=2024,
    date="2024 m. birželio 26 d.",
    notice_subject="Atnaujiname Privatumo politiką, nes plečiame DI bendrovėje „Meta“",
    greet="Sveiki, {name},",
    p1="Ruošiamės jūsų regione pasiūlyti „Meta“ dirbtinio intelekto patirtis. „Meta“ DI – tai mūsų generatyviojo "
       "dirbtinio intelekto funkcijų ir patirčių rinkinys, pvz., „Meta AI“ ir kūrybiniai DI įrankiai, taip pat juos palaikantys modeliai.",
    p2="Tam, naudodami jūsų informaciją „Meta“ DI kurti ir tobulinti, remsimės teisiniu pagrindu, vadinamu teisėtais "
       "interesais. Tai reiškia, kad turite teisę nesutikti, kad jūsų informacija būtų naudojama šiais tikslais. Jei jūsų "
       "prieštaravimas bus patenkintas, jis bus taikomas nuo tada.",
    p3="Atnaujiname savo Privatumo politiką, kad ji atspindėtų šiuos pakeitimus. Atnaujinimai įsigalios {date}",
    obj_label="Nesutikti", pol_label="Privatumo politika",
    sign="Ačiū\n„Facebook“ privatumo komanda",
    footer="Šis pranešimas išsiųstas adresu {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Airija.",
    code_subject="Jūsų patvirtinimo kodas",
    code_intro="Įveskite šį kodą, kad patvirtintumėte el. pašto adresą, kurį nurodėte savo prieštaravime:",
    code_outro="Šis kodas nebegalios po valandos. Jei šio prašymo nepateikėte, galite nepaisyti šio el. laiško.",
    recv_subject="Gavome jūsų prašymą",
    recv=["Dėkojame, kad susisiekėte. Gavome jūsų prieštaravimą dėl jūsų informacijos naudojimo „Meta“ DI ir jį "
          "peržiūrėsime. Jūsų nuorodos numeris yra {ref}.",
          "Kai peržiūrėsime jūsų prašymą, išsiųsime jums el. laišką."],
    acc_subject="Jūsų prašymo atnaujinimas",
    acc=["Peržiūrėjome jūsų prašymą ir patenkiname jūsų prieštaravimą. Tai reiškia, kad nuo šiol nenaudosime jūsų viešos "
         "informacijos, pvz., viešų įrašų ir komentarų, ar jūsų sąveikos su „Meta“ DI funkcijomis generatyviesiems DI "
         "modeliams kurti ir tobulinti.",
         "Nuoroda: {ref}"],
    ref_subject="Mums reikia daugiau informacijos",
    ref=["Peržiūrėjome jūsų prašymą. Remdamiesi jūsų pateikta informacija, šiuo metu negalime patenkinti jūsų "
         "prieštaravimo ir imtis tolesnių veiksmų dėl šio prašymo.",
         "Jei norite, kad peržiūrėtume dar kartą, pateikite naują prašymą ir paaiškinkite, kaip šis tvarkymas jus veikia.",
         "Nuorodos numeris: {ref}"],
    other_subject="Jūsų „Instagram“ prisijungimo kodas",
    other=["Kažkas bandė prisijungti prie jūsų „Instagram“ paskyros. Jūsų saugos kodas:", "{code}",
           "Jei tai buvote ne jūs, apsaugokite savo paskyrą."],
)

T["cs"] = dict(
    person="Tereza Nováková", first="Terezo", email="tereza.novakova@example.cz", round=2026,
    date="ve středu 16. prosince 2026",
    second_date="Meta AI je v Česku k dispozici od 3. října 2026.",
    notice_subject="Aktualizujeme zásady ochrany osobních údajů v souvislosti s rozšířením AI od společnosti Meta",
    greet="Dobrý den, {name},",
    p1="Připravujeme se na rozšíření našich funkcí AI od společnosti Meta do vašeho regionu. AI od společnosti Meta je "
       "soubor našich funkcí a prostředí generativní AI, jako je Meta AI a kreativní nástroje AI, a také modelů, na kterých fungují.",
    p2="Proto se budeme při používání vašich informací k vývoji a zlepšování AI od společnosti Meta nově opírat o právní "
       "základ oprávněných zájmů. To znamená, že máte právo vznést námitku proti tomu, jak jsou vaše informace pro tyto "
       "účely používány. Pokud vaší námitce vyhovíme, bude uplatněna od té chvíle.",
    p3="Aktualizujeme naše Zásady ochrany osobních údajů, aby odrážely tyto změny. Aktualizace vstoupí v platnost {date}.",
    obj_label="Vznést námitku", pol_label="Zásady ochrany osobních údajů",
    sign="Děkujeme,\nTým ochrany soukromí Facebooku",
    footer="Tato zpráva byla odeslána na adresu {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irsko.",
    code_subject="Potvrďte svou e-mailovou adresu",
    code_intro="Pomocí tohoto kódu potvrďte e-mailovou adresu, kterou jste uvedli ve své námitce:",
    code_outro="Platnost kódu vyprší za hodinu. Pokud jste o to nežádali, můžete tento e-mail ignorovat.",
    recv_subject="Obdrželi jsme vaši žádost",
    recv=["Děkujeme, že jste nás kontaktovali. Obdrželi jsme vaši námitku proti používání vašich informací pro AI od "
          "společnosti Meta a posoudíme ji. Vaše referenční číslo je {ref}.",
          "Jakmile vaši žádost posoudíme, pošleme vám e-mail."],
    acc_subject="Informace o vaší žádosti",
    acc=["Vaši žádost jsme posoudili a vaší námitce vyhovíme. To znamená, že od nynějška nebudeme používat vaše veřejné "
         "informace, jako jsou veřejné příspěvky a komentáře, ani vaše interakce s funkcemi AI od společnosti Meta k "
         "vývoji a zlepšování modelů generativní AI.",
         "Reference: {ref}"],
    ref_subject="Potřebujeme více informací",
    ref=["Vaši žádost jsme posoudili. Na základě informací, které jste poskytli, nemůžeme v tuto chvíli vaší námitce "
         "vyhovět ani v souvislosti s touto žádostí podniknout další kroky.",
         "Pokud chcete, abychom ji posoudili znovu, odešlete novou žádost a vysvětlete, jak se vás toto zpracování týká.",
         "Číslo případu: {ref}"],
    new_request_label="Odeslat novou námitku",
    other_subject="{code} je váš kód pro obnovení účtu na Facebooku",
    other=["Obdrželi jsme žádost o obnovení hesla k vašemu účtu na Facebooku.", "Zadejte tento kód:", "{code}"],
)

T["sk"] = dict(
    person="Zuzana Horváthová", first="Zuzana", email="zuzana.horvathova@example.sk", round=2025,
    date="27. mája 2025",
    notice_subject="Aktualizujeme svoje Zásady ochrany súkromia v súvislosti s rozširovaním AI v spoločnosti Meta",
    greet="Dobrý deň, {name},",
    p1="Pripravujeme sa na rozšírenie našich funkcií AI v spoločnosti Meta vo vašom regióne. AI v spoločnosti Meta "
       "predstavuje súbor našich funkcií a prostredí generatívnej AI, ako je Meta AI a kreatívne nástroje AI, ako aj "
       "modely, na ktorých fungujú.",
    p2="Na tento účel sa budeme pri používaní vašich informácií na vývoj a zlepšovanie AI v spoločnosti Meta spoliehať na "
       "právny základ oprávnených záujmov. To znamená, že máte právo namietať proti spôsobu, akým sa vaše informácie na "
       "tieto účely používajú. Ak vašej námietke vyhovieme, bude sa uplatňovať od tohto momentu.",
    p3="Aktualizujeme svoje Zásady ochrany súkromia, aby odrážali tieto zmeny. Aktualizácie nadobudnú účinnosť {date}.",
    obj_label="Namietať", pol_label="Zásady ochrany súkromia",
    sign="Ďakujeme,\nTím ochrany súkromia Facebooku",
    footer="Táto správa bola odoslaná na adresu {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Írsko.",
    code_subject="Váš overovací kód: {code}",
    code_intro="Na potvrdenie e-mailovej adresy, ktorú ste uviedli vo svojej námietke, použite tento kód:",
    code_outro="Platnosť kódu uplynie o hodinu. Ak ste o to nežiadali, tento e-mail môžete ignorovať.",
    recv_subject="Vašu žiadosť sme prijali",
    recv=["Ďakujeme, že ste nás kontaktovali. Prijali sme vašu námietku proti používaniu vašich informácií pre AI v "
          "spoločnosti Meta a posúdime ju. Vaše referenčné číslo je {ref}.",
          "Keď vašu žiadosť posúdime, pošleme vám e-mail."],
    acc_subject="Vaša námietka",
    acc=["Vašu žiadosť sme posúdili a vašej námietke vyhovujeme. To znamená, že odteraz nebudeme používať vaše verejné "
         "informácie, ako sú verejné príspevky a komentáre, ani vaše interakcie s funkciami AI v spoločnosti Meta na "
         "vývoj a zlepšovanie modelov generatívnej AI.",
         "Referencia: {ref}"],
    ref_subject="Potrebujeme viac informácií",
    ref=["Vašu žiadosť sme posúdili. Na základe poskytnutých informácií momentálne nemôžeme vašej námietke vyhovieť ani "
         "podniknúť ďalšie kroky v súvislosti s touto žiadosťou.",
         "Ak chcete, aby sme ju posúdili znova, pošlite novú žiadosť a vysvetlite, ako vás toto spracúvanie ovplyvňuje.",
         "Číslo žiadosti: {ref}"],
    other_subject="Váš kód na obnovenie hesla na Facebooku",
    other=["Dostali sme žiadosť o obnovenie hesla vášho účtu na Facebooku.", "Zadajte tento kód:", "{code}"],
)

T["hr"] = dict(
    person="Ivana Horvat", first="Ivana", email="ivana.horvat@example.hr", round=2024,
    date="u srijedu, 26. lipnja 2024.",
    notice_subject="Ažuriramo Pravila o privatnosti jer proširujemo AI u Meti",
    greet="Pozdrav, {name},",
    p1="Pripremamo se proširiti naša iskustva s umjetnom inteligencijom u Meti na vašu regiju. AI u Meti naša je zbirka "
       "značajki i iskustava generativne umjetne inteligencije, kao što su Meta AI i kreativni AI alati, zajedno s "
       "modelima na kojima se temelje.",
    p2="Kako bismo to učinili, ubuduće ćemo se pri upotrebi vaših informacija za razvoj i poboljšanje AI-ja u Meti "
       "oslanjati na pravnu osnovu legitimnih interesa. To znači da imate pravo prigovora na način na koji se vaše "
       "informacije upotrebljavaju u te svrhe. Ako vaš prigovor bude prihvaćen, primjenjivat će se od tog trenutka.",
    p3="Ažuriramo svoja Pravila o privatnosti kako bi odražavala te promjene. Ažuriranja stupaju na snagu {date}",
    obj_label="Uložite prigovor", pol_label="Pravila o privatnosti",
    sign="Hvala,\nTim za privatnost Facebooka",
    footer="Ova je poruka poslana na {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irska.",
    code_subject="{code} je vaš kôd za potvrdu",
    code_intro="Upotrijebite ovaj kôd da biste potvrdili adresu e-pošte koju ste naveli u prigovoru:",
    code_outro="Kôd istječe za sat vremena. Ako niste poslali ovaj zahtjev, možete zanemariti ovu poruku e-pošte.",
    recv_subject="Primili smo vaš zahtjev",
    recv=["Hvala što ste nam se obratili. Primili smo vaš prigovor na upotrebu vaših informacija za AI u Meti i "
          "razmotrit ćemo ga. Vaš referentni broj je {ref}.",
          "Poslat ćemo vam poruku e-pošte kada pregledamo vaš zahtjev."],
    acc_subject="Novosti o vašem zahtjevu",
    acc=["Pregledali smo vaš zahtjev i uvažit ćemo vaš prigovor. To znači da od sada nećemo upotrebljavati vaše javne "
         "informacije, kao što su javne objave i komentari, ni vaše interakcije sa značajkama umjetne inteligencije u "
         "Meti za razvoj i poboljšanje modela generativne umjetne inteligencije.",
         "Referenca: {ref}"],
    ref_subject="Trebamo dodatne informacije",
    ref=["Pregledali smo vaš zahtjev. Na temelju informacija koje ste naveli trenutačno ne možemo prihvatiti vaš prigovor "
         "niti poduzeti daljnje radnje u vezi s ovim zahtjevom.",
         "Ako želite da ga ponovno razmotrimo, pošaljite novi zahtjev i objasnite kako ta obrada utječe na vas.",
         "Broj predmeta: {ref}"],
    other_subject="{code} je vaš kôd za oporavak Facebook računa",
    other=["Primili smo zahtjev za ponovno postavljanje lozinke za vaš Facebook račun.", "Unesite ovaj kôd:", "{code}"],
)

T["sl"] = dict(
    person="Maja Novak", first="Maja", email="maja.novak@example.si", round=2026,
    date="16. decembra 2026",
    notice_subject="Posodabljamo pravilnik o zasebnosti, ker širimo umetno inteligenco pri Meti",
    greet="Pozdravljeni, {name},",
    p1="Pripravljamo se, da bomo izkušnje z umetno inteligenco pri Meti razširili v vašo regijo. Umetna inteligenca pri "
       "Meti je naš nabor funkcij in izkušenj generativne umetne inteligence, kot sta Meta AI in ustvarjalna orodja UI, "
       "skupaj z modeli, na katerih temeljijo.",
    p2="Zato se bomo pri uporabi vaših informacij za razvoj in izboljšanje umetne inteligence pri Meti odslej opirali na "
       "pravno podlago zakonitih interesov. To pomeni, da imate pravico ugovarjati temu, kako se vaše informacije "
       "uporabljajo za te namene. Če bo vašemu ugovoru ugodeno, bo veljal od takrat naprej.",
    p3="Pravilnik o zasebnosti posodabljamo, da bo odražal te spremembe. Posodobitve začnejo veljati {date}.",
    obj_label="Ugovarjajte", pol_label="Pravilnik o zasebnosti",
    sign="Hvala,\nEkipa za zasebnost pri Facebooku",
    footer="To sporočilo je bilo poslano na {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irska.",
    code_subject="Vaša potrditvena koda",
    code_intro="S to kodo potrdite e-poštni naslov, ki ste ga navedli v ugovoru:",
    code_outro="Koda poteče čez eno uro. Če te zahteve niste poslali, lahko to e-poštno sporočilo prezrete.",
    recv_subject="Prejeli smo vašo zahtevo",
    recv=["Hvala, ker ste nas kontaktirali. Prejeli smo vaš ugovor zoper uporabo vaših informacij za umetno inteligenco "
          "pri Meti in ga bomo pregledali. Vaša referenčna številka je {ref}.",
          "Ko bomo pregledali vašo zahtevo, vam bomo poslali e-poštno sporočilo."],
    acc_subject="Novice o vaši zahtevi",
    acc=["Pregledali smo vašo zahtevo in ugodili vašemu ugovoru. To pomeni, da odslej ne bomo uporabljali vaših javnih "
         "informacij, kot so javne objave in komentarji, ali vaših interakcij s funkcijami umetne inteligence pri Meti za "
         "razvoj in izboljšanje modelov generativne umetne inteligence.",
         "Sklic: {ref}"],
    ref_subject="Potrebujemo več informacij",
    ref=["Pregledali smo vašo zahtevo. Na podlagi informacij, ki ste jih posredovali, trenutno ne moremo ugoditi vašemu "
         "ugovoru ali sprejeti nadaljnjih ukrepov v zvezi s to zahtevo.",
         "Če želite, da jo ponovno pregledamo, pošljite novo zahtevo in pojasnite, kako ta obdelava vpliva na vas.",
         "Referenčna številka: {ref}"],
    other_subject="Vaša koda za prijavo v Instagram",
    other=["Nekdo se je poskušal prijaviti v vaš račun Instagram. Vaša varnostna koda je:", "{code}",
           "Če to niste bili vi, zavarujte svoj račun."],
)

T["bg"] = dict(
    person="Мария Иванова", first="Мария", email="maria.ivanova@example.bg", round=2026,
    date="16 декември 2026 г.",
    second_date="Meta AI е достъпен в България от 1 октомври 2026 г.",
    notice_subject="Актуализираме Правилата си за поверителност, докато разширяваме AI в Meta",
    greet="Здравейте, {name},",
    p1="Подготвяме се да предложим нашите преживявания с AI в Meta във вашия регион. AI в Meta е нашата колекция от "
       "функции и преживявания с генеративен изкуствен интелект, като Meta AI и творчески AI инструменти, заедно с "
       "моделите, които ги захранват.",
    p2="За целта занапред ще разчитаме на правното основание, наречено законни интереси, за да използваме вашата "
       "информация за разработване и подобряване на AI в Meta. Това означава, че имате право да възразите срещу начина, "
       "по който вашата информация се използва за тези цели. Ако възражението ви бъде уважено, то ще се прилага оттук нататък.",
    p3="Актуализираме Правилата си за поверителност, за да отразим тези промени. Актуализациите влизат в сила на {date}",
    obj_label="Възразете", pol_label="Правила за поверителност",
    sign="Благодарим ви,\nЕкипът за поверителност на Facebook",
    footer="Това съобщение е изпратено до {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ирландия.",
    code_subject="Вашият код за потвърждение",
    code_intro="Използвайте този код, за да потвърдите имейл адреса, който посочихте във вашето възражение:",
    code_outro="Кодът изтича след един час. Ако не сте направили тази заявка, можете да игнорирате този имейл.",
    recv_subject="Получихме вашата заявка",
    recv=["Благодарим ви, че се свързахте с нас. Получихме вашето възражение срещу използването на вашата информация за "
          "AI в Meta и ще го разгледаме. Вашият референтен номер е {ref}.",
          "Ще ви изпратим имейл, когато приключим с разглеждането на заявката ви."],
    acc_subject="Актуална информация за вашата заявка",
    acc=["Разгледахме заявката ви и уважаваме възражението ви. Това означава, че занапред няма да използваме вашата "
         "публична информация, като публични публикации и коментари, или вашите взаимодействия с AI функциите в Meta за "
         "разработване и подобряване на генеративни AI модели.",
         "Референция: {ref}"],
    ref_subject="Нуждаем се от повече информация",
    ref=["Разгледахме заявката ви. Въз основа на предоставената от вас информация в момента не можем да уважим "
         "възражението ви, нито да предприемем допълнителни действия по тази заявка.",
         "Ако искате да я разгледаме отново, подайте нова заявка и обяснете как ви засяга това обработване.",
         "Номер на заявката: {ref}"],
    new_request_label="Подайте ново възражение",
    other_subject="{code} е вашият код за възстановяване на акаунта във Facebook",
    other=["Получихме заявка за нулиране на паролата ви за Facebook.", "Въведете този код:", "{code}"],
)

T["el"] = dict(
    person="Ελένη Παπαδοπούλου", first="Ελένη", email="eleni.papadopoulou@example.gr", round=2026,
    date="Τετάρτη 16 Δεκεμβρίου 2026",
    notice_subject="Ενημερώνουμε την Πολιτική απορρήτου μας καθώς επεκτείνουμε την ΤΝ στη Meta",
    greet="Γεια σας {name},",
    p1="Ετοιμαζόμαστε να επεκτείνουμε τις εμπειρίες ΤΝ στη Meta στην περιοχή σας. Η ΤΝ στη Meta είναι η συλλογή μας από "
       "λειτουργίες και εμπειρίες παραγωγικής τεχνητής νοημοσύνης, όπως το Meta AI και τα δημιουργικά εργαλεία ΤΝ, μαζί "
       "με τα μοντέλα που τις υποστηρίζουν.",
    p2="Για τον σκοπό αυτό, θα βασιζόμαστε πλέον στη νομική βάση των έννομων συμφερόντων για τη χρήση των πληροφοριών σας "
       "με στόχο την ανάπτυξη και τη βελτίωση της ΤΝ στη Meta. Αυτό σημαίνει ότι έχετε το δικαίωμα να αντιταχθείτε στον "
       "τρόπο με τον οποίο χρησιμοποιούνται οι πληροφορίες σας για αυτούς τους σκοπούς. Εάν η εναντίωσή σας γίνει δεκτή, "
       "θα εφαρμόζεται από εκείνη τη στιγμή και μετά.",
    p3="Ενημερώνουμε την Πολιτική απορρήτου μας ώστε να αντικατοπτρίζει αυτές τις αλλαγές. Οι ενημερώσεις θα τεθούν σε ισχύ την {date}.",
    obj_label="Δικαίωμα εναντίωσης", pol_label="Πολιτική απορρήτου",
    sign="Ευχαριστούμε,\nΗ ομάδα απορρήτου του Facebook",
    footer="Αυτό το μήνυμα στάλθηκε στη διεύθυνση {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ιρλανδία.",
    code_subject="Ο κωδικός επιβεβαίωσής σας",
    code_intro="Χρησιμοποιήστε αυτόν τον κωδικό για να επιβεβαιώσετε τη διεύθυνση email που δηλώσατε στην εναντίωσή σας:",
    code_outro="Ο κωδικός λήγει σε μία ώρα. Αν δεν υποβάλατε εσείς αυτό το αίτημα, μπορείτε να αγνοήσετε αυτό το email.",
    recv_subject="Λάβαμε το αίτημά σας",
    recv=["Σας ευχαριστούμε που επικοινωνήσατε μαζί μας. Λάβαμε την εναντίωσή σας στη χρήση των πληροφοριών σας για την "
          "ΤΝ στη Meta και θα την εξετάσουμε. Ο αριθμός αναφοράς σας είναι {ref}.",
          "Θα σας στείλουμε email όταν ολοκληρώσουμε την εξέταση του αιτήματός σας."],
    acc_subject="Ενημέρωση για το αίτημά σας",
    acc=["Εξετάσαμε το αίτημά σας και θα σεβαστούμε την εναντίωσή σας. Αυτό σημαίνει ότι από εδώ και στο εξής δεν θα "
         "χρησιμοποιούμε τις δημόσιες πληροφορίες σας, όπως δημόσιες δημοσιεύσεις και σχόλια, ούτε τις αλληλεπιδράσεις "
         "σας με λειτουργίες ΤΝ στη Meta για την ανάπτυξη και βελτίωση μοντέλων παραγωγικής ΤΝ.",
         "Αναφορά: {ref}"],
    ref_subject="Χρειαζόμαστε περισσότερες πληροφορίες",
    ref=["Εξετάσαμε το αίτημά σας. Με βάση τις πληροφορίες που παρείχατε, δεν μπορούμε αυτήν τη στιγμή να κάνουμε δεκτή "
         "την εναντίωσή σας ούτε να προβούμε σε περαιτέρω ενέργειες σχετικά με αυτό το αίτημα.",
         "Αν θέλετε να το εξετάσουμε ξανά, υποβάλετε νέο αίτημα και εξηγήστε πώς σας επηρεάζει αυτή η επεξεργασία.",
         "Αριθμός αναφοράς: {ref}"],
    other_subject="Ο κωδικός ανάκτησης του λογαριασμού σας στο Facebook",
    other=["Λάβαμε ένα αίτημα επαναφοράς του κωδικού πρόσβασης του Facebook σας.", "Εισαγάγετε αυτόν τον κωδικό:", "{code}"],
)

T["hu"] = dict(
    person="Nagy Eszter", first="Eszter", email="eszter.nagy@example.hu", round=2025,
    date="2025. május 27-én",
    second_date="A Meta AI 2025. március 20. óta érhető el Magyarországon.",
    notice_subject="Így használjuk az adataidat a Metánál elérhető MI bővítése során",
    greet="Kedves {name}!",
    p1="Arra készülünk, hogy a Metánál elérhető mesterségesintelligencia-élményeinket a te régiódban is elérhetővé tegyük. "
       "Az MI a Metánál a generatív mesterségesintelligencia-funkcióink és -élményeink összessége, például a Meta AI és a "
       "kreatív MI-eszközök, valamint az ezeket működtető modellek.",
    p2="Ehhez a jövőben a jogos érdek jogalapjára támaszkodunk, amikor az adataidat a Metánál elérhető MI fejlesztésére és "
       "továbbfejlesztésére használjuk. Ez azt jelenti, hogy jogod van tiltakozni az ellen, ahogyan az adataidat e célokra "
       "használjuk. Ha helyt adunk a tiltakozásodnak, az attól kezdve érvényes lesz.",
    p3="Frissítjük az Adatvédelmi szabályzatunkat, hogy tükrözze ezeket a változásokat. A frissítések {date} lépnek hatályba.",
    obj_label="Tiltakozom", pol_label="Adatvédelmi szabályzat",
    sign="Köszönjük!\nA Facebook adatvédelmi csapata",
    footer="Ezt az üzenetet a(z) {email} címre küldtük. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Írország.",
    code_subject="{code} a megerősítő kódod",
    code_intro="Ezzel a kóddal erősítheted meg a tiltakozásodban megadott e-mail-címet:",
    code_outro="A kód egy óra múlva lejár. Ha nem te kérted ezt, hagyd figyelmen kívül ezt az e-mailt.",
    recv_subject="Megkaptuk a kérésedet",
    recv=["Köszönjük, hogy kapcsolatba léptél velünk. Megkaptuk a tiltakozásodat az adataid Metánál elérhető MI céljára "
          "történő felhasználása ellen, és felülvizsgáljuk. A hivatkozási számod: {ref}.",
          "E-mailt küldünk, amint felülvizsgáltuk a kérésedet."],
    acc_subject="Tájékoztatás a kérésedről",
    acc=["Felülvizsgáltuk a kérésedet, és helyt adunk a tiltakozásodnak. Ez azt jelenti, hogy a jövőben nem használjuk fel "
         "a nyilvános adataidat, például a nyilvános bejegyzéseidet és hozzászólásaidat, sem a Metánál elérhető "
         "MI-funkciókkal folytatott interakcióidat a generatív MI-modellek fejlesztéséhez.",
         "Hivatkozási szám: {ref}"],
    ref_subject="További információra van szükségünk",
    ref=["Felülvizsgáltuk a kérésedet. Az általad megadott információk alapján jelenleg nem tudunk helyt adni a "
         "tiltakozásodnak, és további lépéseket sem tudunk tenni ezzel a kéréssel kapcsolatban.",
         "Ha szeretnéd, hogy újra megvizsgáljuk, nyújts be új kérelmet, és magyarázd el, hogyan érint ez az adatkezelés.",
         "Ügyszám: {ref}"],
    other_subject="{code} a Facebook-fiókod helyreállítási kódja",
    other=["Kérés érkezett a Facebook-jelszavad visszaállítására.", "Írd be ezt a kódot:", "{code}"],
)

T["ro"] = dict(
    person="Ioana Popescu", first="Ioana", email="ioana.popescu@example.ro", round=2024,
    date="miercuri, 26 iunie 2024",
    notice_subject="Actualizăm Politica de confidențialitate pe măsură ce extindem AI de la Meta",
    greet="Bună, {name},",
    p1="Ne pregătim să extindem experiențele AI de la Meta în regiunea ta. AI de la Meta este colecția noastră de funcții "
       "și experiențe de inteligență artificială generativă, precum Meta AI și instrumentele creative AI, împreună cu "
       "modelele care le alimentează.",
    p2="Pentru aceasta, ne vom baza de acum înainte pe temeiul juridic al intereselor legitime pentru a folosi informațiile "
       "tale în vederea dezvoltării și îmbunătățirii AI de la Meta. Asta înseamnă că ai dreptul de a te opune modului în "
       "care informațiile tale sunt folosite în aceste scopuri. Dacă obiecția ta este acceptată, aceasta se va aplica de "
       "atunci înainte.",
    p3="Actualizăm Politica de confidențialitate pentru a reflecta aceste modificări. Actualizările intră în vigoare {date}.",
    obj_label="Opune-te", pol_label="Politica de confidențialitate",
    sign="Mulțumim,\nEchipa de confidențialitate Facebook",
    footer="Acest mesaj a fost trimis la {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda.",
    code_subject="Codul tău de confirmare",
    code_intro="Folosește acest cod pentru a confirma adresa de e-mail pe care ai indicat-o în obiecția ta:",
    code_outro="Codul expiră într-o oră. Dacă nu ai făcut această solicitare, poți ignora acest e-mail.",
    recv_subject="Am primit solicitarea ta",
    recv=["Îți mulțumim că ne-ai contactat. Am primit obiecția ta privind utilizarea informațiilor tale pentru AI de la "
          "Meta și o vom analiza. Numărul tău de referință este {ref}.",
          "Îți vom trimite un e-mail după ce analizăm solicitarea ta."],
    acc_subject="Noutăți despre solicitarea ta",
    acc=["Am analizat solicitarea ta și vom respecta obiecția ta. Asta înseamnă că, de acum înainte, nu vom mai folosi "
         "informațiile tale publice, cum ar fi postările și comentariile publice, sau interacțiunile tale cu funcțiile AI "
         "de la Meta pentru a dezvolta și îmbunătăți modelele AI generative.",
         "Referință: {ref}"],
    ref_subject="Avem nevoie de mai multe informații",
    ref=["Am analizat solicitarea ta. Pe baza informațiilor furnizate, nu putem accepta obiecția ta în acest moment și "
         "nici nu putem lua alte măsuri în legătură cu această solicitare.",
         "Dacă vrei să o analizăm din nou, trimite o nouă solicitare și explică modul în care te afectează această prelucrare.",
         "Număr de referință: {ref}"],
    other_subject="Codul tău de conectare Instagram",
    other=["Cineva a încercat să se conecteze la contul tău de Instagram. Codul tău de securitate este:", "{code}",
           "Dacă nu ai fost tu, securizează-ți contul."],
)

T["ga"] = dict(
    person="Aoife Ní Bhriain", first="Aoife", email="aoife.nibhriain@example.ie", round=2024,
    date="Dé Céadaoin, 26 Meitheamh 2024",
    notice_subject="Táimid ag nuashonrú ár mBeartas Príobháideachais agus AI ag Meta á leathnú againn",
    greet="Dia duit {name},",
    p1="Táimid ag ullmhú chun ár n-eispéiris AI ag Meta a leathnú chuig do réigiún. Is éard atá in AI ag Meta ná ár "
       "mbailiúchán de ghnéithe agus d'eispéiris intleachta saorga giniúna, amhail Meta AI agus uirlisí cruthaitheacha AI, "
       "mar aon leis na samhlacha a chumhachtaíonn iad.",
    p2="Chuige sin, beimid ag brath feasta ar an mbunús dlí ar a dtugtar leasanna dlisteanacha chun d'fhaisnéis a úsáid "
       "chun AI ag Meta a fhorbairt agus a fheabhsú. Ciallaíonn sé seo go bhfuil sé de cheart agat agóid a dhéanamh i "
       "gcoinne an chaoi a n-úsáidtear d'fhaisnéis chun na críocha sin. Má ghlactar le d'agóid, cuirfear i bhfeidhm í as sin amach.",
    p3="Táimid ag nuashonrú ár mBeartas Príobháideachais chun na hathruithe seo a léiriú. Tiocfaidh na nuashonruithe i "
       "bhfeidhm {date}.",
    obj_label="Déan agóid", pol_label="Beartas Príobháideachais",
    sign="Go raibh maith agat,\nFoireann Príobháideachais Facebook",
    footer="Seoladh an teachtaireacht seo chuig {email}. Meta Platforms Ireland Ltd., Bóthar Mhuirfean, Baile Átha Cliath 4, D04 X2K5, Éire.",
    code_subject="Do chód deimhnithe",
    code_intro="Úsáid an cód seo chun an seoladh ríomhphoist a thug tú i d'agóid a dheimhniú:",
    code_outro="Rachaidh an cód seo in éag i gceann uair an chloig. Mura ndearna tú an t-iarratas seo, is féidir leat "
               "neamhaird a dhéanamh den ríomhphost seo.",
    recv_subject="Fuaireamar d'iarratas",
    recv=["Go raibh maith agat as teagmháil a dhéanamh linn. Fuaireamar d'agóid i gcoinne úsáid d'fhaisnéise le haghaidh "
          "AI ag Meta agus déanfaimid athbhreithniú uirthi. Is é d'uimhir thagartha ná {ref}.",
          "Seolfaimid ríomhphost chugat nuair a bheidh d'iarratas athbhreithnithe againn."],
    acc_subject="Nuashonrú ar d'iarratas",
    acc=["Rinneamar athbhreithniú ar d'iarratas agus glacaimid le d'agóid. Ciallaíonn sé seo nach n-úsáidfimid d'fhaisnéis "
         "phoiblí feasta, amhail postálacha agus tráchtanna poiblí, ná d'idirghníomhaíochtaí le gnéithe AI ag Meta chun "
         "samhlacha AI giniúna a fhorbairt agus a fheabhsú.",
         "Tagairt: {ref}"],
    ref_subject="Teastaíonn tuilleadh faisnéise uainn",
    ref=["Rinneamar athbhreithniú ar d'iarratas. Bunaithe ar an bhfaisnéis a thug tú, ní féidir linn glacadh le d'agóid "
         "faoi láthair ná aon bheart eile a dhéanamh maidir leis an iarratas seo.",
         "Más mian leat go ndéanfaimis athbhreithniú air arís, seol iarratas nua agus mínigh conas a théann an phróiseáil seo i bhfeidhm ort.",
         "Uimhir thagartha: {ref}"],
    other_subject="{code} an cód athshlánaithe do do chuntas Facebook",
    other=["Fuaireamar iarratas chun do phasfhocal Facebook a athshocrú.", "Cuir isteach an cód seo:", "{code}"],
)

T["mt"] = dict(
    person="Maria Borg", first="Maria", email="maria.borg@example.com.mt", round=2025,
    date="27 ta' Mejju 2025",
    notice_subject="Qed naġġornaw il-Politika tal-Privatezza tagħna hekk kif nespandu l-AI ta' Meta",
    greet="Bonġu {name},",
    p1="Qed nippreparaw biex nespandu l-esperjenzi tal-AI ta' Meta fir-reġjun tiegħek. L-AI ta' Meta hija l-ġabra tagħna "
       "ta' funzjonijiet u esperjenzi tal-intelliġenza artifiċjali ġenerattiva, bħal Meta AI u għodod kreattivi tal-AI, "
       "flimkien mal-mudelli li jħaddmuhom.",
    p2="Għal dan il-għan, minn issa 'l quddiem se nibbażaw ruħna fuq il-bażi legali tal-interessi leġittimi biex nużaw "
       "l-informazzjoni tiegħek ħalli niżviluppaw u ntejbu l-AI ta' Meta. Dan ifisser li għandek id-dritt li toġġezzjona "
       "għall-mod kif l-informazzjoni tiegħek tintuża għal dawn l-għanijiet. Jekk l-oġġezzjoni tiegħek tintlaqa', tiġi "
       "applikata minn dak il-mument 'il quddiem.",
    p3="Qed naġġornaw il-Politika tal-Privatezza tagħna biex tirrifletti dawn il-bidliet. L-aġġornamenti jidħlu fis-seħħ fis-{date}.",
    obj_label="Oġġezzjona", pol_label="Politika tal-Privatezza",
    sign="Grazzi,\nIt-Tim tal-Privatezza ta' Facebook",
    footer="Dan il-messaġġ intbagħat lil {email}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, l-Irlanda.",
    code_subject="Il-kodiċi ta' konferma tiegħek",
    code_intro="Uża dan il-kodiċi biex tikkonferma l-indirizz tal-email li tajt fl-oġġezzjoni tiegħek:",
    code_outro="Dan il-kodiċi jiskadi fi żmien siegħa. Jekk ma għamiltx din it-talba, tista' tinjora din l-email.",
    recv_subject="Irċevejna t-talba tiegħek",
    recv=["Grazzi talli kkuntattjajtna. Irċevejna l-oġġezzjoni tiegħek għall-użu tal-informazzjoni tiegħek għall-AI ta' "
          "Meta u se nirrevedu. In-numru ta' referenza tiegħek huwa {ref}.",
          "Se nibagħtulek email meta nlestu r-reviżjoni tat-talba tiegħek."],
    acc_subject="Aġġornament dwar it-talba tiegħek",
    acc=["Irrevedejna t-talba tiegħek u se nilqgħu l-oġġezzjoni tiegħek. Dan ifisser li minn issa 'l quddiem mhux se "
         "nużaw l-informazzjoni pubblika tiegħek, bħal postijiet u kummenti pubbliċi, jew l-interazzjonijiet tiegħek "
         "mal-funzjonijiet tal-AI ta' Meta biex niżviluppaw u ntejbu mudelli tal-AI ġenerattiva.",
         "Referenza: {ref}"],
    ref_subject="Għandna bżonn aktar informazzjoni",
    ref=["Irrevedejna t-talba tiegħek. Abbażi tal-informazzjoni li pprovdejt, bħalissa ma nistgħux nilqgħu l-oġġezzjoni "
         "tiegħek jew nieħdu aktar azzjoni fir-rigward ta' din it-talba.",
         "Jekk tixtieq li nerġgħu nħarsu lejha, ibgħat talba ġdida u spjega kif dan l-ipproċessar jaffettwak.",
         "Numru ta' referenza: {ref}"],
    other_subject="{code} huwa l-kodiċi tiegħek biex tirkupra l-kont ta' Facebook",
    other=["Irċevejna talba biex tirrisettja l-password ta' Facebook tiegħek.", "Daħħal dan il-kodiċi:", "{code}"],
)

# Personal mail and newsletters in the languages that have close neighbours: the language must
# still be told apart (da/no/sv, cs/sk, hr/sl), and none of it is Meta's.
UNRELATED = [
    dict(lang="sv", sender=("Erik Holm", "erik.holm@example.se"), to="anna.lindqvist@example.se", subject="Konserten på fredag",
         body="Hej Anna!\n\nHar du hunnit titta på biljetterna till konserten? Jag tänkte att vi kunde åka tillsammans på "
              "fredag om du vill. Hör av dig när du vet.\n\nKram,\nErik"),
    dict(lang="da", sender=("Forbrugerbrevet", "nyhedsbrev@forbrugerbrevet.example"), to="mette.jensen@example.dk",
         subject="Sådan gør du indsigelse mod Metas brug af dine data",
         body="Kære læser\n\nMeta vil bruge dine offentlige opslag til at træne sin AI fra den 27. maj 2025. Hvis du ikke "
              "ønsker det, kan du gøre indsigelse via formularen. Du får en bekræftelseskode på seks cifre og derefter et "
              "svar fra Meta, som måske skriver: \"Vi har modtaget din anmodning\".\n\nLæs hele guiden på vores hjemmeside.\n\n"
              "Afmeld nyhedsbrevet: https://forbrugerbrevet.example/afmeld"),
    dict(lang="no", sender=("Ola Hansen", "ola.hansen@example.no"), to="kari.nordmann@example.no", subject="Middag neste uke?",
         body="Hei Kari!\n\nTakk for sist. Vi må finne en dag neste uke hvor vi kan spise middag sammen. Hva passer for deg? "
              "Jeg kan ikke på tirsdag, men resten av uka er fri.\n\nHilsen Ola"),
    dict(lang="cs", sender=("Jana Dvořáková", "jana.dvorakova@example.cz"), to="tereza.novakova@example.cz", subject="Výlet v sobotu",
         body="Ahoj Terezo,\n\ndíky za včerejšek. Nechceš jít v sobotu s námi na výlet? Počasí má být hezké a pojedeme "
              "vlakem. Dej mi vědět, jestli máš čas.\n\nJana"),
    dict(lang="sk", sender=("Peter Kováč", "peter.kovac@example.sk"), to="zuzana.horvathova@example.sk", subject="Výlet v sobotu",
         body="Ahoj Zuzka,\n\nďakujem za včerajšok. Nechceš ísť v sobotu s nami na výlet? Počasie má byť pekné a pôjdeme "
              "vlakom. Daj mi vedieť, či máš čas.\n\nPeter"),
    dict(lang="sl", sender=("Tina Kranjc", "tina.kranjc@example.si"), to="maja.novak@example.si", subject="Izlet v soboto",
         body="Živjo Maja,\n\nhvala za včeraj. Ali greš v soboto z nami na izlet? Vreme naj bi bilo lepo, peljali se bomo z "
              "vlakom. Sporoči mi, če imaš čas.\n\nLep pozdrav,\nTina"),
    dict(lang="hr", sender=("Marko Babić", "marko.babic@example.hr"), to="ivana.horvat@example.hr", subject="Izlet u subotu",
         body="Bok Ivana,\n\nhvala za jučer. Ideš li u subotu s nama na izlet? Vrijeme bi trebalo biti lijepo, a idemo "
              "vlakom. Javi mi ako imaš vremena.\n\nPozdrav,\nMarko"),
    dict(lang="el", sender=("Νίκος Γεωργίου", "nikos.georgiou@example.gr"), to="eleni.papadopoulou@example.gr",
         subject="Δείπνο την Παρασκευή;",
         body="Γεια σου Ελένη,\n\nθα είσαι ελεύθερη την Παρασκευή το βράδυ; Σκεφτόμασταν να πάμε για φαγητό στο καινούργιο "
              "εστιατόριο στην πλατεία. Πες μου αν μπορείς.\n\nΝίκος"),
]
