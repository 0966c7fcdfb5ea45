# bg el ro mt ga wordings. Written for this batch.
L = {}
L['bg'] = dict(
  hi='Здравейте, {n},', bye='Поздрави,\nЕкипът по поверителност на {p}',
  months='януари февруари март април май юни юли август септември октомври ноември декември'.split(),
  wd='понеделник вторник сряда четвъртък петък събота неделя'.split(),
  fmts=['%-d %M %Y г.', '%d.%m.%Y г.', '%d.%m.%Y', '%W, %-d %M %Y г.'],
  fwd='Препратено съобщение', fwdp='Fwd:',
  notice=[
    ('Актуализираме Правилата за поверителност, докато разширяваме ИИ в Meta', [
      'Подготвяме се да предложим изживяванията с ИИ в Meta и във вашия регион. Ще използваме информацията ви за разработване на ИИ в Meta въз основа на легитимен интерес.',
      'Имате право на възражение. Промените влизат в сила от {d}', '@A:Възражение']),
    ('Не искате информацията ви да се използва за ИИ?', ['Последният ден за подаване на възражение е {l}', '@A:Попълнете формуляра']),
  ],
  code=[('Вашият код за потвърждение', ['Въведете този код, за да потвърдите имейл адреса си:', '@C']),
        ('{c} е вашият код', ['Код за потвърждение: {c}'])],
  received=[('Получихме вашето искане', ['Благодарим ви. Възражението ви е получено и се разглежда.', 'Номер на случая: {r}'])],
  accepted=[('Възражението ви е прието', ['Ще уважим възражението ви и вече няма да използваме публичната ви информация за разработване на генеративни модели на ИИ.', 'Реф. №: {r}'])],
  refused=[('Не можем да обработим искането ви', ['Не можем да уважим възражението ви, тъй като липсва информация за това как обработването ви засяга.', '@A:Подайте отново', 'Случай № {r}'])],
  other=[('Нов вход в профила ви', ['Открихме вход от ново устройство (Android, София). Ако сте били вие, не е нужно да правите нищо.'])],
)
L['el'] = dict(
  hi='Γεια σας {n},', bye='Με εκτίμηση,\nΗ ομάδα απορρήτου του {p}',
  months='Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου'.split(),
  wd='Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή'.split(),
  fmts=['%-d %M %Y', '%d/%m/%Y', '%-d/%-m/%Y', '%W, %-d %M %Y'],
  fwd='Προωθημένο μήνυμα', fwdp='ΠΡΘ:',
  notice=[
    ('Ενημερώνουμε την Πολιτική απορρήτου καθώς επεκτείνουμε την ΤΝ στη Meta', [
      'Ετοιμαζόμαστε να φέρουμε τις εμπειρίες ΤΝ της Meta στην περιοχή σας. Θα χρησιμοποιούμε τις πληροφορίες σας για την ανάπτυξη της ΤΝ στη Meta βάσει έννομου συμφέροντος.',
      'Έχετε δικαίωμα εναντίωσης. Οι αλλαγές τίθενται σε ισχύ στις {d}.', '@A:Δικαίωμα εναντίωσης']),
    ('Δεν θέλετε να χρησιμοποιηθούν οι πληροφορίες σας για ΤΝ;', ['Μπορείτε να υποβάλετε αντίρρηση έως και τις {l}.', '@A:Υποβολή αντίρρησης']),
  ],
  code=[('Ο κωδικός επιβεβαίωσής σας', ['Χρησιμοποιήστε αυτόν τον κωδικό για να επιβεβαιώσετε το email σας:', '@C']),
        ('Κωδικός: {c}', ['Ο κωδικός επιβεβαίωσης είναι {c}.'])],
  received=[('Λάβαμε το αίτημά σας', ['Ευχαριστούμε. Η αντίρρησή σας ελήφθη και εξετάζεται.', 'Αριθμός υπόθεσης: {r}'])],
  accepted=[('Η αντίρρησή σας έγινε δεκτή', ['Θα σεβαστούμε την αντίρρησή σας και δεν θα χρησιμοποιούμε πλέον τις δημόσιες πληροφορίες σας για μοντέλα παραγωγικής ΤΝ.', 'Αρ. αναφοράς: {r}'])],
  refused=[('Χρειαζόμαστε περισσότερες πληροφορίες', ['Δεν μπορούμε να επεξεργαστούμε το αίτημά σας. Περιγράψτε πώς σας επηρεάζει η επεξεργασία και υποβάλετέ το ξανά.', '@A:Νέα υποβολή', 'Υπόθεση {r}'])],
  other=[('Επαναφορά κωδικού πρόσβασης', ['Λάβαμε αίτημα επαναφοράς του κωδικού πρόσβασής σας στο Instagram.'])],
)
L['ro'] = dict(
  hi='Bună, {n},', bye='Cu stimă,\nEchipa de confidențialitate {p}',
  months='ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie'.split(),
  wd='luni marți miercuri joi vineri sâmbătă duminică'.split(),
  fmts=['%-d %M %Y', '%d.%m.%Y', '%d/%m/%Y'],
  fwd='Mesaj redirecționat', fwdp='Fwd:',
  notice=[('Actualizăm Politica de confidențialitate pe măsură ce extindem IA de la Meta', [
      'Vom folosi informațiile tale pentru a dezvolta IA de la Meta în baza interesului legitim. Ai dreptul să te opui.',
      'Modificările intră în vigoare pe {d}.', '@A:Opune-te'])],
  code=[('Codul tău de confirmare', ['Introdu codul {c} pentru a-ți confirma adresa de e-mail.'])],
  received=[('Am primit solicitarea ta', ['Îți mulțumim. Obiecția ta a fost primită și este în curs de analiză.', 'Număr de caz: {r}'])],
  accepted=[('Obiecția ta a fost acceptată', ['Vom respecta obiecția ta și nu vom mai folosi informațiile tale publice pentru modelele IA generative.', 'Nr. referință: {r}'])],
  refused=[('Nu putem procesa solicitarea', ['Nu putem da curs obiecției tale deoarece lipsesc informații.', 'Caz {r}'])],
  other=[('Cineva ți-a comentat postarea', ['Andrei Pop a comentat la postarea ta.'])],
)
L['mt'] = dict(
  hi='Għażiż/a {n},', bye='Grazzi,\nIt-tim tal-privatezza ta\' {p}',
  months='Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru'.split(),
  wd='It-Tnejn It-Tlieta L-Erbgħa Il-Ħamis Il-Ġimgħa Is-Sibt Il-Ħadd'.split(),
  fmts=["%-d ta' %M %Y", '%d/%m/%Y', '%d.%m.%Y', "%W, %-d ta' %M %Y"],
  fwd='Messaġġ mgħoddi', fwdp='Fwd:',
  notice=[
    ('Qed naġġornaw il-Politika tal-Privatezza tagħna hekk kif nespandu l-IA ta\' Meta', [
      'Qed nippreparaw biex inġibu l-esperjenzi tal-IA ta\' Meta fir-reġjun tiegħek. Se nużaw l-informazzjoni tiegħek biex niżviluppaw l-IA ta\' Meta abbażi ta\' interessi leġittimi.',
      'Għandek id-dritt li toġġezzjona. L-aġġornamenti jidħlu fis-seħħ fil-{d}.', '@A:Oġġezzjoni']),
    ('Ma tridx li l-informazzjoni tiegħek tintuża għall-IA?', ['L-aħħar jum biex toġġezzjona huwa l-{l}.', '@A:Imla l-formola']),
  ],
  code=[('Il-kodiċi ta\' konferma tiegħek', ['Daħħal dan il-kodiċi biex tikkonferma l-indirizz tal-email tiegħek:', '@C'])],
  received=[('Irċevejna t-talba tiegħek', ['Grazzi. L-oġġezzjoni tiegħek waslet u qed nirrevedu.', 'Numru tal-każ: {r}'])],
  accepted=[('L-oġġezzjoni tiegħek ġiet aċċettata', ['Se nonoraw l-oġġezzjoni tiegħek u ma nibqgħux nużaw l-informazzjoni pubblika tiegħek għall-mudelli tal-IA ġenerattiva.', 'Referenza: {r}'])],
  refused=[('Għandna bżonn aktar informazzjoni', ['Ma nistgħux nipproċessaw it-talba tiegħek. Jekk jogħġbok spjega kif l-ipproċessar jaffettwak u erġa\' ibgħat il-formola.', '@A:Erġa\' ibgħat', 'Każ: {r}'])],
  other=[('Kodiċi tal-login', ['Il-kodiċi biex tidħol fil-kont tiegħek huwa {c}.'])],
)
L['ga'] = dict(
  hi='A {n}, a chara,', bye='Le meas,\nFoireann Príobháideachais {p}',
  months=['Eanáir', 'Feabhra', 'Márta', 'Aibreán', 'Bealtaine', 'Meitheamh', 'Iúil', 'Lúnasa', 'Meán Fómhair', 'Deireadh Fómhair', 'Samhain', 'Nollaig'],
  wd=['Dé Luain', 'Dé Máirt', 'Dé Céadaoin', 'Déardaoin', 'Dé hAoine', 'Dé Sathairn', 'Dé Domhnaigh'],
  fmts=['%-d %M %Y', '%d/%m/%Y', '%W, %-d %M %Y'],
  fwd='Teachtaireacht curtha ar aghaidh', fwdp='Fwd:',
  notice=[
    ('Táimid ag nuashonrú ár mBeartais Phríobháideachais agus AI ag Meta á leathnú', [
      'Táimid ag ullmhú chun eispéiris AI ag Meta a thabhairt chuig do réigiún. Úsáidfimid d\'fhaisnéis chun AI ag Meta a fhorbairt ar bhonn leasanna dlisteanacha.',
      'Tá sé de cheart agat agóid a dhéanamh. Tiocfaidh na nuashonruithe i bhfeidhm ar {d}.', '@A:Agóid a dhéanamh']),
    ('Nach dteastaíonn uait go n-úsáidfí d\'fhaisnéis le haghaidh AI?', ['Is é {l} an lá deireanach chun agóid a dhéanamh.', '@A:Líon isteach an fhoirm']),
  ],
  code=[('Do chód deimhnithe', ['Cuir isteach an cód seo chun do sheoladh ríomhphoist a dheimhniú: {c}'])],
  received=[('Fuaireamar d\'iarratas', ['Go raibh maith agat. Fuaireamar d\'agóid agus táimid á scrúdú.', 'Uimhir an cháis: {r}'])],
  accepted=[('Glacadh le d\'agóid', ['Urramóimid d\'agóid agus ní úsáidfimid d\'fhaisnéis phoiblí a thuilleadh chun samhlacha AI giniúna a fhorbairt.', 'Tag.: {r}'])],
  refused=[('Ní féidir linn d\'iarratas a phróiseáil', ['Ní féidir linn glacadh le d\'agóid mar níl go leor faisnéise ann.', '@A:Seol arís', 'Cás {r}'])],
  other=[('Tá do chomhad réidh le híoslódáil', ['Tá cóip d\'fhaisnéise réidh. Beidh sí ar fáil ar feadh ceithre lá.'])],
)
