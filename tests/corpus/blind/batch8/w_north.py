# Wording tables: nl sv (full) and da no fi (short). Written for this batch.

NL = dict(
    months=["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"],
    dfmt="{d} {M} {y}", dfmt2="{dd}-{mm}-{y}",
    hi="Hallo {n},", thanks="Bedankt,", team="Het privacyteam van {P}",
    n_subj=["We werken ons Privacybeleid bij nu we AI bij Meta uitbreiden",
            "Ontdek hoe we je informatie gebruiken om AI bij Meta te verbeteren"],
    n_pre="Je hebt het recht om bezwaar te maken.",
    n_p1="We maken ons klaar om meer AI bij Meta-ervaringen naar jouw regio te brengen. AI bij "
         "Meta is onze verzameling generatieve AI-functies, zoals Meta AI, en de modellen die ze aandrijven.",
    n_since="Meta AI is in jouw land beschikbaar sinds {since}.",
    n_p2="Daarvoor baseren we ons op gerechtvaardigd belang om openbare informatie te gebruiken, "
         "zoals openbare berichten en reacties van accounts van volwassenen, en je interacties met "
         "AI bij Meta. Je hebt het recht om bezwaar te maken tegen het gebruik van je informatie voor deze doeleinden.",
    n_date="We beginnen deze informatie te gebruiken vanaf {date}.",
    n_last="Wil je dat je bezwaar al eerder geldt, dien het formulier dan uiterlijk {last} in.",
    n_cond="Als je bezwaar wordt gehonoreerd, wordt het vanaf dat moment toegepast. Heb je al "
           "bezwaar gemaakt, dan hoef je niets te doen.",
    n_acct="Je ontvangt deze e-mail omdat je sinds {created} een {P}-account hebt.",
    a_obj="Recht van bezwaar", a_pol="Privacybeleid", a_help="Helpcentrum", a_pc="Privacycentrum",
    help_line="Ons Helpcentrum-artikel over generatieve AI is bijgewerkt op {helpdate}.",
    footer="Dit bericht is verzonden naar {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, "
           "D04 X2K5, Ierland.",
    unsub="Afmelden",
    c_subj=["Je bevestigingscode", "{code} is je bevestigingscode"],
    c_p1="Gebruik deze code om het e-mailadres te bevestigen dat je in je bezwaarverzoek hebt opgegeven:",
    c_exp="Deze code verloopt over een uur. Heb je dit niet aangevraagd, negeer deze e-mail dan.",
    c_foot="Je kunt ook inloggen in de {P}-app om je beveiligingsinstellingen te controleren.",
    r_subj=["We hebben je bezwaar ontvangen", "Je verzoek is ontvangen"],
    r_p="Bedankt voor je bericht. We hebben je bezwaar tegen het gebruik van je informatie voor "
        "AI bij Meta ontvangen en we beoordelen het nu.",
    ok_subj=["Je bezwaarverzoek", "We honoreren je bezwaar"],
    ok_p="We hebben je verzoek beoordeeld en we zullen je bezwaar honoreren. Je openbare "
         "informatie van Meta-producten en je interacties met AI bij Meta worden voortaan niet "
         "meer gebruikt om generatieve AI-modellen te ontwikkelen en te verbeteren.",
    no_subj=["Update over je verzoek", "We hebben meer informatie nodig"],
    no_p="We hebben je verzoek beoordeeld. Op basis van de verstrekte informatie kunnen we je "
         "bezwaar op dit moment niet honoreren en ondernemen we geen verdere actie.",
    info_p="We hebben meer informatie nodig om je verzoek te verwerken. Dien via het formulier "
           "een nieuw verzoek in en leg uit hoe deze verwerking jou raakt.",
    ref=["Referentienummer: {r}", "Zaaknummer {r}", "Ref.nr.: {r}"],
    fwd="Doorst:", fwd_head="---------- Doorgestuurd bericht ---------",
    fwd_note="Heb jij deze ook gekregen? Is dit echt van Facebook?",
    reply_note="Ja, ik ook. Formulier ingevuld, duurde twee minuten.",
    art_subj="Nieuwsbrief: zo maak je bezwaar tegen AI-training door Meta",
    art=["Meta gaat vanaf {date} openbare berichten gebruiken om zijn AI te trainen.",
         "Maak uiterlijk {last} bezwaar via het formulier. Je krijgt een code van zes cijfers per mail."],
    om=[("Je Facebook-wachtwoord is gewijzigd", "Je wachtwoord is zojuist gewijzigd. Was jij dit "
         "niet, beveilig dan je account."),
        ("Je advertentiebon van Meta", "Bedankt voor je betaling van € 14,50. Transactie-ID: 5590127734.")],
)

SV = dict(
    months=["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december"],
    dfmt="{d} {M} {y}", dfmt2="{y}-{mm}-{dd}",
    hi="Hej {n}!", thanks="Tack!", team="{P}:s integritetsteam",
    n_subj=["Vi uppdaterar vår integritetspolicy i takt med att vi utökar AI hos Meta",
            "Så kommer vi att använda din information för att förbättra AI hos Meta"],
    n_pre="Du har rätt att invända.",
    n_p1="Vi förbereder oss för att erbjuda fler AI hos Meta-upplevelser i din region. AI hos Meta "
         "är vår samling av generativa AI-funktioner, som Meta AI, och modellerna bakom dem.",
    n_since="Meta AI har funnits i ditt land sedan {since}.",
    n_p2="För detta kommer vi att stödja oss på berättigat intresse för att använda offentlig "
         "information, som offentliga inlägg och kommentarer från vuxnas konton, och dina "
         "interaktioner med AI hos Meta. Du har rätt att invända mot att din information används för dessa ändamål.",
    n_date="Vi börjar använda denna information från och med {date}.",
    n_last="Om du vill att din invändning ska gälla innan dess ska du skicka formuläret senast {last}.",
    n_cond="Om din invändning godkänns tillämpas den från och med då. Om du redan har invänt "
           "behöver du inte göra det igen.",
    n_acct="Du får det här mejlet eftersom du har haft ett {P}-konto sedan {created}.",
    a_obj="Rätt att invända", a_pol="Integritetspolicy", a_help="Hjälpcenter", a_pc="Integritetscenter",
    help_line="Vår hjälpartikel om generativ AI uppdaterades {helpdate}.",
    footer="Meddelandet skickades till {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, "
           "D04 X2K5, Irland.",
    unsub="Avsluta prenumerationen",
    c_subj=["Din bekräftelsekod", "{code} är din bekräftelsekod"],
    c_p1="Använd den här koden för att bekräfta e-postadressen du angav i din invändning:",
    c_exp="Koden gäller i 60 minuter. Om du inte har begärt den kan du ignorera mejlet.",
    c_foot="Du kan också logga in i {P}-appen och kontrollera dina säkerhetsinställningar.",
    r_subj=["Vi har tagit emot din invändning", "Din begäran har tagits emot"],
    r_p="Tack för att du kontaktade oss. Vi har tagit emot din invändning mot att din information "
        "används för AI hos Meta och vi granskar den nu.",
    ok_subj=["Din invändning", "Vi kommer att respektera din invändning"],
    ok_p="Vi har granskat din begäran och kommer att respektera din invändning. Din offentliga "
         "information från Metas produkter och dina interaktioner med AI hos Meta kommer inte "
         "längre att användas för att utveckla och förbättra generativa AI-modeller.",
    no_subj=["Uppdatering om din begäran", "Vi behöver mer information"],
    no_p="Vi har granskat din begäran. Utifrån den information du lämnat kan vi inte tillmötesgå "
         "din invändning just nu och vi kommer inte att vidta fler åtgärder.",
    info_p="Vi behöver mer information för att kunna hantera din begäran. Skicka en ny begäran "
           "via formuläret och förklara hur behandlingen påverkar dig.",
    ref=["Ärendenummer: {r}", "Referensnummer {r}"],
    fwd="VB:", fwd_head="---------- Vidarebefordrat meddelande ---------",
    fwd_note="Fick du också det här? Verkar det äkta?",
    reply_note="Ja, jag fick det också.",
    art_subj="Så stoppar du Meta från att träna AI på dina inlägg",
    art=["Meta börjar använda offentliga inlägg för AI-träning från och med {date}.",
         "Fyll i formuläret senast {last}. Du får en sexsiffrig kod via e-post."],
    om=[("Ny inloggning på ditt konto", "Vi märkte en inloggning från en ny enhet nära Uppsala."),
        ("Din inloggningskod", "{code6} är din inloggningskod för Instagram.")],
)

DA = dict(
    months=["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december"],
    dfmt="{d}. {M} {y}", hi="Hej {n}", thanks="Tak", team="{P}s privatlivsteam",
    n_subj=["Vi opdaterer vores privatlivspolitik, efterhånden som vi udvider AI hos Meta"],
    n_p1="Vi gør klar til at tilbyde flere AI hos Meta-oplevelser i dit område, som Meta AI og de modeller, der driver dem.",
    n_p2="Vi vil basere os på legitime interesser for at bruge offentlige oplysninger som offentlige "
         "opslag og kommentarer samt dine interaktioner med AI hos Meta. Du har ret til at gøre "
         "indsigelse mod brugen af dine oplysninger til disse formål.",
    n_date="Vi begynder at bruge disse oplysninger fra den {date}.",
    n_cond="Hvis din indsigelse imødekommes, gælder den fremadrettet.",
    a_obj="Ret til indsigelse", a_pol="Privatlivspolitik", a_help="Hjælpecenter",
    footer="Denne besked blev sendt til {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Irland.",
    unsub="Afmeld",
    c_subj=["Din bekræftelseskode"],
    c_p1="Brug denne kode til at bekræfte den e-mailadresse, du angav i din indsigelse:",
    c_exp="Koden udløber om en time.",
    r_subj=["Vi har modtaget din indsigelse"],
    r_p="Tak, fordi du kontaktede os. Vi har modtaget din indsigelse og gennemgår den nu.",
    ok_subj=["Din indsigelse"],
    ok_p="Vi har gennemgået din anmodning og vil imødekomme din indsigelse. Dine offentlige "
         "oplysninger vil fremover ikke blive brugt til at udvikle generative AI-modeller hos Meta.",
    ref=["Sagsnummer: {r}"],
)

NO = dict(
    months=["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"],
    dfmt="{d}. {M} {y}", hi="Hei {n}", thanks="Takk", team="Personvernteamet i {P}",
    n_subj=["Vi oppdaterer personvernreglene våre etter hvert som vi utvider AI hos Meta"],
    n_p1="Vi gjør oss klare til å tilby flere AI hos Meta-opplevelser der du bor, for eksempel Meta AI.",
    n_p2="Vi kommer til å bruke berettigede interesser som grunnlag for å bruke offentlig "
         "informasjon, som offentlige innlegg og kommentarer, og samhandlingene dine med AI hos "
         "Meta. Du har rett til å protestere mot at informasjonen din brukes til disse formålene.",
    n_date="Vi begynner å bruke denne informasjonen fra {date}.",
    n_cond="Hvis protesten din tas til følge, gjelder den fra da av.",
    a_obj="Rett til å protestere", a_pol="Personvernregler", a_help="Brukerstøtte",
    footer="Denne meldingen ble sendt til {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Irland.",
    unsub="Avslutt abonnement",
    c_subj=["Bekreftelseskoden din"],
    c_p1="Bruk denne koden for å bekrefte e-postadressen du oppga i protesten din:",
    c_exp="Koden utløper om én time.",
    r_subj=["Vi har mottatt protesten din"],
    r_p="Takk for at du kontaktet oss. Vi har mottatt protesten din og vurderer den nå.",
    ok_subj=["Protesten din"],
    ok_p="Vi har vurdert forespørselen din og kommer til å ta protesten din til følge. Den "
         "offentlige informasjonen din vil ikke lenger bli brukt til å utvikle generative AI-modeller.",
    ref=["Saksnummer: {r}"],
)

FI = dict(
    months=["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
            "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    dfmt="{d}. {M} {y}", hi="Hei {n},", thanks="Kiitos", team="{P}-tietosuojatiimi",
    n_subj=["Päivitämme tietosuojakäytäntöämme laajentaessamme tekoälyä Metalla"],
    n_p1="Valmistaudumme tuomaan lisää Metan tekoälyominaisuuksia, kuten Meta AI:n, alueellesi.",
    n_p2="Käytämme oikeutettua etua perusteena julkisten tietojen, kuten julkisten julkaisujen ja "
         "kommenttien, sekä Metan tekoälyn kanssa käymiesi keskustelujen käyttämiseen. Sinulla on "
         "oikeus vastustaa tietojesi käyttöä näihin tarkoituksiin.",
    n_date="Alamme käyttää näitä tietoja {date} alkaen.",
    n_cond="Jos vastustuksesi hyväksytään, sitä sovelletaan siitä lähtien.",
    a_obj="Vastustamisoikeus", a_pol="Tietosuojakäytäntö", a_help="Ohjekeskus",
    footer="Tämä viesti lähetettiin osoitteeseen {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Irlanti.",
    unsub="Peru tilaus",
    c_subj=["Vahvistuskoodisi"],
    c_p1="Vahvista vastustuspyynnössä antamasi sähköpostiosoite tällä koodilla:",
    c_exp="Koodi vanhenee tunnin kuluttua.",
    r_subj=["Olemme vastaanottaneet pyyntösi"],
    r_p="Kiitos yhteydenotostasi. Olemme vastaanottaneet vastustuspyyntösi ja käsittelemme sitä parhaillaan.",
    ok_subj=["Vastustuspyyntösi"],
    ok_p="Olemme käsitelleet pyyntösi ja hyväksymme vastustuksesi. Julkisia tietojasi ei jatkossa "
         "käytetä generatiivisten tekoälymallien kehittämiseen.",
    ref=["Tapausnumero: {r}"],
)

LANGS = dict(nl=NL, sv=SV, da=DA, no=NO, fi=FI)
