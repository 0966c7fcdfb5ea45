# -*- coding: utf-8 -*-
"""Wording for blind batch 6.

Every text here was written for this batch (no sentence copied from the shared corpus).
Slots are filled by generate.py: {first} {email} {code} {code_sp} {ocode} {ref} {ref2}
{fbcode}, and dates built by date_ctx(): {use} {use_wd} {use_num} {use_us} {use_uswd}
{use_usnum} {use_iso} {use_on} {use_from} {last} {last_wd} {last_num} {last_us}
{last_uswd} {last_usnum} {last_until} {last_on} {ann} {ann_num} ...
Links: [[anchor text|key]] where key is a URL key the generator resolves (form, policy, ...).
Blocks: a str is a paragraph; ('code',) the confirmation code shown large; ('ocode',) another
code (login, bank); ('btn', label, key) a button; ('quote', header, [lines]) a quoted earlier
message; ('small', str) small print; ('foot',) Meta's footer in the slot's language;
('quote_of', mail_id, style) the text of another mail of the batch, forwarded or quoted.
"""
import datetime as _dt

# ---------------------------------------------------------------- dates
MON = {
    'en': 'January February March April May June July August September October November December',
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    'bg': 'януари февруари март април май юни юли август септември октомври ноември декември',
    'cs': 'ledna února března dubna května června července srpna září října listopadu prosince',
    'da': 'januar februar marts april maj juni juli august september oktober november december',
    'el': 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου',
    'et': 'jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember',
    'fi': 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
    'ga': 'Eanáir|Feabhra|Márta|Aibreán|Bealtaine|Meitheamh|Iúil|Lúnasa|Meán Fómhair|Deireadh Fómhair|Samhain|Nollaig',
    'hr': 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca',
    'hu': 'január február március április május június július augusztus szeptember október november december',
    'is': 'janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember',
    'lt': 'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio',
    'lv': 'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī',
    'mt': "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
    'no': 'januar februar mars april mai juni juli august september oktober november desember',
    'ro': 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
    'sk': 'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
    'sl': 'januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra',
    'sv': 'januari februari mars april maj juni juli augusti september oktober november december',
}
MON = {k: (v.split('|') if '|' in v else v.split()) for k, v in MON.items()}
# extra case forms
ET_ON = 'jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil septembril oktoobril novembril detsembril'.split()
ET_FROM = 'jaanuarist veebruarist märtsist aprillist maist juunist juulist augustist septembrist oktoobrist novembrist detsembrist'.split()
ET_UNTIL = 'jaanuarini veebruarini märtsini aprillini maini juunini juulini augustini septembrini oktoobrini novembrini detsembrini'.split()
LV_GEN = 'janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra'.split()
LV_DAT = 'janvārim februārim martam aprīlim maijam jūnijam jūlijam augustam septembrim oktobrim novembrim decembrim'.split()

WD = {
    'en': 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'de': 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag',
    'fr': 'lundi mardi mercredi jeudi vendredi samedi dimanche',
    'es': 'lunes martes miércoles jueves viernes sábado domingo',
    'it': 'lunedì martedì mercoledì giovedì venerdì sabato domenica',
    'nl': 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
    'pl': 'poniedziałek wtorek środa czwartek piątek sobota niedziela',
    'pt': 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo',
    'bg': 'понеделник вторник сряда четвъртък петък събота неделя',
    'cs': 'pondělí úterý středa čtvrtek pátek sobota neděle',
    'da': 'mandag tirsdag onsdag torsdag fredag lørdag søndag',
    'el': 'Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή',
    'et': 'esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev',
    'fi': 'maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina',
    'ga': 'Dé Luain|Dé Máirt|Dé Céadaoin|Déardaoin|Dé hAoine|Dé Sathairn|Dé Domhnaigh',
    'hr': 'ponedjeljak utorak srijeda četvrtak petak subota nedjelja',
    'hu': 'hétfő kedd szerda csütörtök péntek szombat vasárnap',
    'is': 'mánudaginn þriðjudaginn miðvikudaginn fimmtudaginn föstudaginn laugardaginn sunnudaginn',
    'lt': 'pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis',
    'lv': 'pirmdien otrdien trešdien ceturtdien piektdien sestdien svētdien',
    'mt': "It-Tnejn|It-Tlieta|L-Erbgħa|Il-Ħamis|Il-Ġimgħa|Is-Sibt|Il-Ħadd",
    'no': 'mandag tirsdag onsdag torsdag fredag lørdag søndag',
    'ro': 'luni marți miercuri joi vineri sâmbătă duminică',
    'sk': 'v pondelok|v utorok|v stredu|vo štvrtok|v piatok|v sobotu|v nedeľu',
    'sl': 'v ponedeljek|v torek|v sredo|v četrtek|v petek|v soboto|v nedeljo',
    'sv': 'måndag tisdag onsdag torsdag fredag lördag söndag',
}
WD = {k: (v.split('|') if '|' in v else v.split()) for k, v in WD.items()}


def _hu_suffix(day):
    """Hungarian 'on day N' suffix (16-án, 27-én, 1-jén), from which -tól/-ig forms derive."""
    u = day % 10
    if day in (10, 20, 30):
        return {10: 'én', 20: 'án', 30: 'án'}[day]
    return {1: 'jén', 2: 'án', 3: 'án', 4: 'én', 5: 'én', 6: 'án', 7: 'én', 8: 'án', 9: 'én'}[u]


def fmt(lang, d, style='long'):
    y, m, dd = d.year, d.month, d.day
    M = MON[lang][m - 1]
    w = WD[lang][d.weekday()]
    z = f'{dd:02d}'
    mm = f'{m:02d}'
    iso = d.isoformat()
    if style == 'iso':
        return iso
    if lang == 'en':
        return {'long': f'{dd} {M} {y}', 'wd': f'{w}, {dd} {M} {y}', 'num': f'{z}/{mm}/{y}',
                'us': f'{M} {dd}, {y}', 'uswd': f'{w}, {M} {dd}, {y}', 'usnum': f'{m}/{dd}/{y}',
                'dm': f'{dd} {M}', 'usdm': f'{M} {dd}'}[style]
    if lang in ('de', 'da', 'no', 'is'):
        long = f'{dd}. {M} {y}'
        wd = {'de': f'{w}, {long}', 'da': f'{w} den {long}', 'no': f'{w} {long}', 'is': f'{w} {long}'}[lang]
        return {'long': long, 'wd': wd, 'num': f'{z}.{mm}.{y}', 'dm': f'{dd}. {M}'}.get(style, long)
    if lang == 'fr':
        day = '1er' if dd == 1 else str(dd)
        long = f'{day} {M} {y}'
        return {'long': long, 'wd': f'{w} {long}', 'num': f'{z}/{mm}/{y}', 'dm': f'{day} {M}'}.get(style, long)
    if lang in ('es', 'pt'):
        long = f'{dd} de {M} de {y}'
        return {'long': long, 'wd': f'{w}, {long}', 'num': f'{z}/{mm}/{y}', 'dm': f'{dd} de {M}'}.get(style, long)
    if lang in ('it', 'nl', 'sv', 'ro', 'el', 'ga'):
        long = f'{dd} {M} {y}'
        num = {'nl': f'{z}-{mm}-{y}', 'sv': iso, 'ro': f'{z}.{mm}.{y}'}.get(lang, f'{z}/{mm}/{y}')
        wd = {'it': f'{w} {long}', 'nl': f'{w} {long}', 'sv': f'{w}en den {long}', 'ro': f'{w}, {long}',
              'el': f'{w} {long}', 'ga': f'{w}, {long}'}[lang]
        return {'long': long, 'wd': wd, 'num': num, 'dm': f'{dd} {M}'}.get(style, long)
    if lang == 'pl':
        long = f'{dd} {M} {y} r.'
        return {'long': long, 'wd': f'{w}, {long}', 'num': f'{z}.{mm}.{y}', 'dm': f'{dd} {M}'}.get(style, long)
    if lang == 'bg':
        long = f'{dd} {M} {y} г.'
        return {'long': long, 'wd': f'{w}, {long}', 'num': f'{z}.{mm}.{y} г.', 'dm': f'{dd} {M}'}.get(style, long)
    if lang in ('cs', 'sk', 'sl', 'hr', 'fi'):
        long = f'{dd}. {M} {y}' + ('.' if lang == 'hr' else '')
        num = {'fi': f'{dd}.{m}.{y}', 'hr': f'{dd}. {m}. {y}.'}.get(lang, f'{dd}. {m}. {y}')
        wd = {'cs': f'{w} {long}', 'sk': f'{w} {long}', 'sl': f'{w}, {long}', 'hr': f'{w}, {long}',
              'fi': f'{w} {long}'}[lang]
        return {'long': long, 'wd': wd, 'num': num, 'dm': f'{dd}. {M}'}.get(style, long)
    if lang == 'et':
        return {'long': f'{dd}. {M} {y}', 'wd': f'{w}, {dd}. {M} {y}', 'num': f'{z}.{mm}.{y}',
                'on': f'{dd}. {ET_ON[m-1]} {y}', 'from': f'{dd}. {ET_FROM[m-1]} {y}',
                'until': f'{dd}. {ET_UNTIL[m-1]} {y}'}.get(style, f'{dd}. {M} {y}')
    if lang == 'hu':
        s = _hu_suffix(dd)
        frm = {'án': 'ától', 'én': 'étől', 'jén': 'jétől'}[s]
        til = {'án': 'áig', 'én': 'éig', 'jén': 'jéig'}[s]
        return {'long': f'{y}. {M} {dd}.', 'wd': f'{y}. {M} {dd}., {w}', 'num': f'{y}. {mm}. {z}.',
                'on': f'{y}. {M} {dd}-{s}', 'from': f'{y}. {M} {dd}-{frm}', 'until': f'{y}. {M} {dd}-{til}'
                }.get(style, f'{y}. {M} {dd}.')
    if lang == 'lt':
        long = f'{y} m. {M} {dd} d.'
        return {'long': long, 'wd': f'{long}, {w}', 'num': iso}.get(style, long)
    if lang == 'lv':
        return {'long': f'{y}. gada {dd}. {M}', 'on': f'{y}. gada {dd}. {M}', 'wd': f'{w}, {y}. gada {dd}. {M}',
                'num': f'{z}.{mm}.{y}.', 'from': f'{y}. gada {dd}. {LV_GEN[m-1]}',
                'until': f'{y}. gada {dd}. {LV_DAT[m-1]}'}.get(style, f'{y}. gada {dd}. {M}')
    if lang == 'mt':
        long = f"{dd} ta' {M} {y}"
        return {'long': long, 'wd': f'{w}, {long}', 'num': f'{z}/{mm}/{y}'}.get(style, long)
    raise KeyError(lang)


STYLES = ('long', 'wd', 'num', 'us', 'uswd', 'usnum', 'iso', 'on', 'from', 'until', 'dm', 'usdm')


def date_ctx(lang, use=None, ann=None):
    """Context keys for the use date (deadline), the last day (the day before) and an
    announcement date."""
    out = {}
    for prefix, d in (('use', use), ('last', use - _dt.timedelta(days=1) if use else None), ('ann', ann)):
        if d is None:
            continue
        for st in STYLES:
            try:
                v = fmt(lang, d, st)
            except KeyError:
                continue
            out[prefix if st == 'long' else f'{prefix}_{st}'] = v
    return out


# ---------------------------------------------------------------- Meta footers
FOOT = {
    'en': ["This message was sent to {email}. To help keep your account secure, please don't forward this email.",
           "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland"],
    'de': ['Diese Nachricht wurde an {email} gesendet. Bitte leite sie nicht weiter, damit dein Konto sicher bleibt.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland'],
    'fr': ['Ce message a été envoyé à {email}. Pour la sécurité de votre compte, ne le transférez pas.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlande'],
    'es': ['Este mensaje se ha enviado a {email}. Para proteger tu cuenta, no reenvíes este correo.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda'],
    'it': ['Questo messaggio è stato inviato a {email}. Per la sicurezza del tuo account, non inoltrarlo.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda'],
    'nl': ['Dit bericht is verzonden naar {email}. Stuur deze e-mail niet door, zo blijft je account veilig.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ierland'],
    'pl': ['Ta wiadomość została wysłana na adres {email}. Dla bezpieczeństwa konta nie przekazuj jej dalej.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlandia'],
    'pt': ['Esta mensagem foi enviada para {email}. Para manter a tua conta segura, não reencaminhes este e-mail.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda'],
    'bg': ['Това съобщение е изпратено до {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ирландия'],
    'cs': ['Tato zpráva byla odeslána na adresu {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irsko'],
    'da': ['Denne meddelelse blev sendt til {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland'],
    'el': ['Αυτό το μήνυμα στάλθηκε στη διεύθυνση {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ιρλανδία'],
    'et': ['See sõnum saadeti aadressile {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Iirimaa'],
    'fi': ['Tämä viesti lähetettiin osoitteeseen {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanti'],
    'ga': ['Seoladh an teachtaireacht seo chuig {email}.',
           'Meta Platforms Ireland Ltd., Bóthar Mhuirfean, Baile Átha Cliath 4, D04 X2K5, Éire'],
    'hr': ['Ova je poruka poslana na adresu {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irska'],
    'hu': ['Ezt az üzenetet a(z) {email} címre küldtük.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Írország'],
    'is': ['Þessi skilaboð voru send á {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Írland'],
    'lt': ['Šis laiškas išsiųstas adresu {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Airija'],
    'lv': ['Šī ziņa tika nosūtīta uz adresi {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Īrija'],
    'mt': ['Dan il-messaġġ intbagħat lil {email}.',
           "Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, l-Irlanda"],
    'no': ['Denne meldingen ble sendt til {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland'],
    'ro': ['Acest mesaj a fost trimis către {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda'],
    'sk': ['Táto správa bola odoslaná na adresu {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Írsko'],
    'sl': ['To sporočilo je bilo poslano na naslov {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irska'],
    'sv': ['Det här meddelandet skickades till {email}.',
           'Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irland'],
}

S = {}


def slot(key, subject, body, pre=None):
    assert key not in S, key
    S[key] = dict(subject=subject, body=body, pre=pre)


# =====================================================================  English
slot('en.n24', "Changes to how we use information for AI at Meta", pre="What's changing on {use_us}, and your right to object", body=[
    "Hi {first},",
    "We're preparing to bring AI at Meta to more people in your region. By AI at Meta we mean our generative AI features and experiences, such as Meta AI and our AI creative tools, and the models that make them work.",
    "To develop and improve them, we intend to rely on legitimate interests as the legal basis for using information that people share publicly on Facebook: public posts, photos with their captions, and comments. The content of your private messages with friends and family is not part of this.",
    "You can object to us using your information this way. If you'd like to, fill in the [[objection form|form]] and explain how the processing affects you. Should your objection be honoured, it will apply from that point on.",
    "The updated [[Privacy Policy|policy]] takes effect on {use_us}.",
    "The Facebook team",
    ('foot',)])

slot('en.c24', "Your code for the objection form", pre="Enter this code to confirm your email address", body=[
    "Hello {first},",
    "An objection request is being filled in with this email address. To show us the address belongs to you, type the following code into the form:",
    ('code',),
    "For your security, the code stops working after one hour. If you didn't start this request, no action is needed.",
    "Thanks,\nFacebook",
    ('foot',)])

slot('en.r24', "Thanks, we've received your objection", pre="We'll email you once we've decided", body=[
    "Hi {first},",
    "This is to let you know that your request to object to the use of your information for AI at Meta has reached us.",
    "What happens next: our team will review it in line with applicable data protection law and send the outcome to this email address. There's nothing else you need to do right now.",
    "If your objection is upheld, we won't use your public information from Facebook to develop and improve our generative AI models from then on.",
    "Case ID: {ref}",
    "Facebook Privacy Operations",
    ('foot',)])

slot('en.a24', "Your objection: our decision", body=[
    "Hi {first},",
    "We've looked at the request you submitted and we will honour your objection.",
    "That means your public information on Facebook, such as public posts and comments, won't be used in future to develop and improve the generative AI models for our AI at Meta features. The same applies to any other accounts you've linked in Accounts Center.",
    "Please keep this email for your records.",
    "Ref. {ref}",
    "Facebook",
    ('foot',)])

slot('en.n26ig', "Reminder: how Instagram will use your information for AI at Meta", pre="You can object until {last}.", body=[
    "Hi {first},",
    "On {ann} we wrote to you about changes to how we develop AI at Meta. As the date is getting closer, here's a short reminder.",
    "From {use_wd}, we'll start using public content from Instagram accounts of adults, for example public posts, captions, comments and reels, to develop and improve generative AI models at Meta. We rely on legitimate interests to do this.",
    "Don't want your information used in this way? You can [[object here|form]]. The last day to submit an objection before the change takes effect is {last}. Objections we get after that still count, but only from the day we receive them.",
    "Already objected? Then you don't need to do it again.",
    "[[Learn more about generative AI at Meta|genai]]",
    "Instagram from Meta",
    ('foot',)])

slot('en.c26ig', "We received your request: one more step", body=[
    "Hi {first},",
    "We received your request to object to the use of your information for AI at Meta. Before we can look at it, we need to confirm that this email address is yours.",
    "Your confirmation code:",
    ('code',),
    "Enter it on the form within the next 60 minutes. If you didn't submit a request, you can safely ignore this email.",
    "Instagram",
    ('foot',)])

slot('en.x26ig', "We couldn't process your objection request", body=[
    "Hi {first},",
    "Thank you for contacting us. Unfortunately we can't process your objection as it was submitted: the email address you entered doesn't match any Instagram account, so we couldn't find the information your request relates to.",
    "If you'd still like to object, please [[submit a new request|form]] using the email address you use to log in to Instagram.",
    "Ticket #{ref}",
    "Instagram Privacy",
    ('foot',)])

slot('en.o_iglogin', "{ocode} is your Instagram login code", body=[
    "Hi {first},",
    "Someone is trying to log in to your Instagram account on a new device (Safari on iPhone, near Dublin, Ireland).",
    "If this was you, use this code to finish logging in:",
    ('ocode',),
    "If it wasn't you, [[secure your account|secure]] now. Never share this code with anyone, including people who say they work for Instagram.",
    ('foot',)])

slot('en.o_fbalert', "New login to your Facebook account", body=[
    "Hi {first},",
    "Your account was just accessed from a device we don't recognise:",
    "Firefox on Linux\nFriday, 14 June 2024 at 21:14 (approximate)\nNear Leeds, United Kingdom",
    "If this was you, you don't need to do anything. If not, [[review your recent logins|secure]] and change your password.",
    "Thanks,\nThe Facebook Security Team",
    ('foot',)])

slot('en.o_wa', "Verify your email address for WhatsApp", body=[
    "Hi,",
    "You asked to add this email address to your WhatsApp account. Enter the code below in WhatsApp to verify it:",
    ('ocode',),
    "Adding an email helps you get back into your account if you lose access to your phone number. If you didn't ask for this, you can ignore this message.",
    "WhatsApp",
    ('small', "WhatsApp LLC, 1 Meta Way, Menlo Park, CA 94025")])

slot('en.fwd', "Fwd: Changes to how we use information for AI at Meta", body=[
    "Dan, did you get one of these as well? Apparently there's a form and you have until the 25th. Can you do mine at the weekend, I never remember my Facebook password.",
    "N x",
    ('quote_of', 'en.n24_ng', 'gmail-en')])

slot('en.bank', "Your one-time passcode", body=[
    "Dear Mr Okafor,",
    "Use the passcode below to approve a payment of £42.99 to NORTHERN RAIL LTD from your current account ending 4471.",
    ('ocode',),
    "This passcode expires in 5 minutes. We will never call you and ask you to read it out.",
    ('small', "Harbour Bank plc. Registered in England and Wales, company no. 04412976. Authorised by the Prudential Regulation Authority.")])

slot('en.press', "This week: Meta's AI objection form, explained", body=[
    "THE PRIVACY BRIEF, issue 212",
    "Meta has started emailing Facebook and Instagram users across Europe about training its AI on their public posts. The company says it relies on 'legitimate interests', which gives you the right to object under Article 21 GDPR.",
    "How it works in practice: you fill in the form, Meta emails you a six-digit code to confirm your address, and, if all goes well, you get a reply saying something like \"We will honour your objection\". Several readers say the answer came within minutes; one was told her request lacked information and was asked to send it again.",
    "The date to remember is 26 June, when the new policy applies. Here is the [[form for Facebook|form]] and the [[one for Instagram|form2]].",
    "You're receiving this because you subscribed at privacybrief.example. [[Unsubscribe|unsub]]"])

slot('en.fake_n', "Action required: confirm your AI data preferences", body=[
    "Dear Facebook user,",
    "Meta will begin using your photos, posts and messages to train artificial intelligence from {use_wd}. If you do not respond, your consent will be assumed.",
    "To object you must verify your identity within 48 hours using the secure form below:",
    ('btn', "Verify and object", 'form'),
    "Accounts that are not verified may be restricted.",
    "Facebook Privacy Team, Meta 2026"])

slot('en.fake_c', "Instagram: confirm your objection", body=[
    "Hi,",
    "Your objection request to the Meta AI training was received. To finish, confirm your email with this code:",
    ('code',),
    "Then reply to this email with your Instagram username and password so we can link the objection to your account.",
    "Instagram Support Team"])

slot('en.n27meta', "Last chance to object: AI at Meta update", pre="Objections need to reach us by {last_uswd}", body=[
    "Hi {first},",
    "Last month we told you about an update to how Meta develops its generative AI models. Starting {use_usnum}, we'll use public information from the Facebook and Instagram accounts in your Accounts Center, like public posts, comments and photo captions, together with your interactions with AI at Meta features.",
    "If you'd rather we didn't, the last day to let us know is {last_uswd}.",
    ('btn', "Submit an objection", 'form'),
    "If you objected to an earlier update, please object again: previous objections covered earlier changes only.",
    "Meta Privacy",
    ('foot',)])

slot('en.a_arc', "We're honouring your objection", body=[
    "Hi {first},",
    "Thanks for your patience while we reviewed your request. We will honour your objection to the use of your information for AI at Meta.",
    "Going forward, Meta won't use your public information from the accounts in your Accounts Center, or your interactions with AI at Meta features, to develop and improve generative AI models.",
    "Reference number: {ref}",
    "Meta Privacy",
    ('foot',),
    ('small', "Harbour Logistics Ltd | This message was automatically forwarded from a company mailbox. Registered in Ireland no. 654321, Harbour Road, Cork.")])

slot('en.fake_a', "Your objection has been approved", body=[
    "Hello,",
    "Good news! Your objection has been approved and your data will no longer be used for Meta AI.",
    "Your confirmation certificate is ready: [[Download certificate|form]]",
    "Reference: {ref}",
    "Facebook"])

slot('en.dup_from', "Your objection request is being reviewed", body=[
    "Hi {first},",
    "We're reviewing the objection you submitted about how Instagram uses your information for AI at Meta. You'll hear from us by email once a decision has been made.",
    "Request number: {ref}",
    "Instagram",
    ('foot',)])

# =====================================================================  German
slot('de.n25ig', "Deine Informationen und KI bei Meta: Was sich ändert", body=[
    "Hallo {first},",
    "wir arbeiten daran, KI bei Meta weiterzuentwickeln, also unsere generativen KI-Funktionen und die Modelle, die dahinterstehen.",
    "Ab dem {use} nutzen wir dafür öffentliche Inhalte von Instagram-Konten volljähriger Personen, etwa öffentliche Beiträge, Kommentare und Bildunterschriften, sowie Interaktionen mit unseren KI-Features. Rechtsgrundlage sind unsere berechtigten Interessen.",
    "Du kannst dem widersprechen. Geht dein Widerspruch bis einschließlich {last} bei uns ein, berücksichtigen wir ihn, bevor die Nutzung beginnt. Zum Formular: [[Widerspruch einreichen|form]]",
    "Hast du bereits widersprochen, musst du nichts weiter tun.",
    "Dein Instagram-Team",
    ('foot',)])

slot('de.c25ig', "Bestätigungscode für deinen Widerspruch", body=[
    "Hallo {first},",
    "gib den folgenden Code im Widerspruchsformular ein. So können wir prüfen, dass diese E-Mail-Adresse dir gehört:",
    ('code',),
    "Der Code ist 60 Minuten lang gültig. Falls du kein Formular ausgefüllt hast, ignoriere diese Nachricht einfach.",
    "Instagram",
    ('foot',)])

slot('de.r25ig', "Dein Widerspruch ist bei uns eingegangen", body=[
    "Hallo {first},",
    "danke für deine Nachricht. Wir haben deinen Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta erhalten und prüfen ihn nun nach dem geltenden Datenschutzrecht.",
    "Vorgangsnummer: {ref}",
    "Über das Ergebnis informieren wir dich per E-Mail.",
    "Viele Grüße\nDein Instagram-Team",
    ('foot',)])

slot('de.a25ig', "Deinem Widerspruch wird stattgegeben", body=[
    "Hallo {first},",
    "wir haben deinen Antrag geprüft und geben deinem Widerspruch statt. Deine öffentlichen Informationen von Instagram, zum Beispiel öffentliche Beiträge und Kommentare, verwenden wir künftig nicht mehr, um generative KI-Modelle für KI bei Meta zu entwickeln oder zu verbessern.",
    "Das gilt auch für weitere Konten, die du in derselben Kontenübersicht hinzugefügt hast.",
    "Referenz: {ref}",
    "Dein Instagram-Team",
    ('foot',)])

slot('de.o_metaverified', "Neu: Meta Verified jetzt auch für dein Instagram-Profil", body=[
    "Hallo {first},",
    "mit Meta Verified bekommst du ein Verifizierungsabzeichen, proaktiven Schutz vor Identitätsdiebstahl und direkten Zugang zu unserem Support.",
    "Teste es jetzt einen Monat lang zum Einführungspreis: [[Mehr erfahren|promo]]",
    "Du erhältst diese E-Mail, weil du Neuigkeiten von Meta abonniert hast. [[Abmelden|unsub]]",
    ('foot',)])

slot('de.n26fb', "Wichtig: Änderungen bei KI bei Meta ab Dezember", pre="Widerspruch bis {last_num} möglich", body=[
    "Hallo {first},",
    "am {ann} haben wir angekündigt, dass wir unsere Datenschutzrichtlinie anpassen. Heute erinnern wir dich noch einmal daran, was das für dich bedeutet.",
    "Ab {use_wd} verwenden wir Informationen, die Erwachsene auf Facebook öffentlich teilen, um generative KI-Modelle für KI bei Meta zu trainieren und zu verbessern. Private Nachrichten gehören nicht dazu.",
    "Letzter Tag für einen Widerspruch vor dem Start: {last_num}.",
    ('btn', "Jetzt widersprechen", 'form'),
    "Mehr dazu findest du in unserer [[Datenschutzrichtlinie|policy]].",
    "Dein Facebook-Team",
    ('foot',)])

slot('de.c26fb', "Bitte bestätige deine E-Mail-Adresse", body=[
    "Hallo {first},",
    "jemand, hoffentlich du, möchte mit dieser Adresse Widerspruch gegen die Nutzung von Informationen für KI bei Meta einlegen. Dein Code lautet:",
    ('code',),
    "Gib ihn innerhalb einer Stunde im Formular ein und teile ihn mit niemandem.",
    "Facebook",
    ('foot',)])

slot('de.r26fb', "Wir haben deine Anfrage erhalten", body=[
    "Hallo {first},",
    "deine Anfrage zum Widerspruch ist bei uns angekommen und wird von einem Team bearbeitet.",
    "Sobald wir entschieden haben, schicken wir dir eine E-Mail. Geben wir deinem Widerspruch statt, verwenden wir deine öffentlichen Facebook-Informationen danach nicht mehr für die Entwicklung generativer KI.",
    "Bis dahin musst du nichts weiter tun.",
    "Dein Facebook-Team",
    ('foot',)])

slot('de.x26fb', "Rückmeldung zu deinem Widerspruch", body=[
    "Hallo {first},",
    "vielen Dank, dass du uns deine Bedenken mitgeteilt hast. Wir haben deinen Widerspruch sorgfältig geprüft.",
    "Leider können wir ihm nicht nachkommen: Aus deinen Angaben geht nicht hervor, wie sich die Verarbeitung konkret auf dich auswirkt. Wir verwenden deine öffentlichen Informationen deshalb weiterhin gemäß unserer Datenschutzrichtlinie.",
    "Du kannst jederzeit [[einen neuen Widerspruch einreichen|form]] und uns dabei weitere Informationen geben. Außerdem hast du das Recht, dich bei einer Datenschutzaufsichtsbehörde zu beschweren.",
    "Referenz: {ref}",
    "Dein Facebook-Team",
    ('foot',)])

slot('de.n26fb_j', "Update unserer Datenschutzrichtlinie: KI bei Meta", body=[
    "Hallo {first},",
    "ab dem {use_num} stützen wir uns auf berechtigte Interessen, wenn wir öffentliche Informationen von Facebook für die Entwicklung von KI bei Meta verwenden.",
    "So funktioniert dein Widerspruchsrecht: Du füllst das [[Formular|form]] aus und bestätigst deine E-Mail-Adresse mit einem Code. Anschließend schicken wir dir eine E-Mail mit unserer Entscheidung. Wenn wir deinem Widerspruch stattgeben, werden deine öffentlichen Informationen ab diesem Zeitpunkt nicht mehr für diesen Zweck genutzt.",
    "Private Nachrichten an Freunde und Familie verwenden wir nicht für das Training.",
    "Dein Facebook-Datenschutzteam",
    ('foot',)])

slot('de.o_pwreset', "{ocode} ist dein Code zum Zurücksetzen des Passworts", body=[
    "Hallo {first},",
    "wir haben eine Anfrage erhalten, dein Facebook-Passwort zurückzusetzen. Gib diesen Code ein:",
    ('ocode',),
    "Du hast das nicht angefordert? [[Teile uns das mit|secure]].",
    ('foot',)])

slot('de.press', "Datenschutz-Digest 47: Meta, KI und der Widerspruch", body=[
    "Liebe Leserinnen und Leser,",
    "Meta verschickt wieder E-Mails: Ab dem 16. Dezember 2026 sollen öffentliche Facebook- und Instagram-Inhalte in die KI-Entwicklung einfließen. Wer das nicht will, sollte bis zum 15. Dezember widersprechen.",
    "So läuft es ab: Formular ausfüllen, den sechsstelligen Bestätigungscode aus der E-Mail eingeben, abschicken. Kurz darauf kommt meist eine Nachricht, dass der Widerspruch eingegangen ist, oder gleich der Satz „Wir geben deinem Widerspruch statt.“",
    "Unser Tipp: Bewahrt die Bestätigung gut auf. Das Formular für Facebook findet ihr [[hier|form]].",
    "Herzliche Grüße\nEure Redaktion",
    "[[Newsletter abbestellen|unsub]]"])

slot('de.bank', "Ihr Einmalcode für die Freigabe", body=[
    "Guten Tag Frau Hoffmann,",
    "für Ihre Überweisung über 129,00 EUR an Stadtwerke Beispielstadt benötigen wir eine Bestätigung. Ihr Einmalcode lautet:",
    ('ocode',),
    "Der Code ist 5 Minuten gültig. Wir fragen Sie niemals am Telefon danach.",
    "Ihre Nordbank Digital"])

slot('de.fake_c', "Dein Instagram-Bestätigungscode", body=[
    "Hallo,",
    "um deinen Widerspruch gegen das KI-Training abzuschließen, gib diesen Code ein:",
    ('code',),
    "Wichtig: Ohne Bestätigung innerhalb von 24 Stunden verfällt dein Widerspruch. Bestätige außerdem dein Konto hier: [[Konto bestätigen|form]]",
    "Instagram Sicherheit"])

slot('de.reply', "AW: Wir haben deine Anfrage erhalten", body=[
    "Hi Moritz,",
    "danke fürs Weiterleiten! Ich hab's gestern auch gemacht, bei mir kam die Bestätigung nach ein paar Minuten. Bin gespannt, ob die wirklich stattgeben.",
    "LG Sabine",
    ('quote_of', 'de.r26fb', 'outlook-de')])

slot('de.arc_uni', "Wir werden deinem Widerspruch nachkommen", body=[
    "Hallo {first},",
    "wir haben deinen Widerspruch geprüft und werden ihm nachkommen. Ab sofort verwenden wir deine öffentlichen Informationen von Facebook nicht mehr, um generative KI-Modelle für KI bei Meta zu entwickeln und zu verbessern.",
    "Fallnummer: {ref}",
    "Dein Facebook-Team",
    ('foot',),
    ('small', "--\nDiese Nachricht wurde vom Weiterleitungsdienst der Universität Beispielstadt zugestellt. Weiterleitungen verwalten: https://mail.uni-example.ac.at/forward")])

# =====================================================================  French
slot('fr.n25fb', "L'IA chez Meta : ce qui change pour vos informations", pre="Vous pouvez vous y opposer à tout moment", body=[
    "Bonjour {first},",
    "Nous continuons à développer l'IA chez Meta, c'est-à-dire nos fonctionnalités d'IA générative et les modèles sur lesquels elles reposent.",
    "À compter du {use}, nous utiliserons les informations publiques des comptes de personnes majeures (publications, commentaires et légendes publics), ainsi que vos interactions avec les fonctionnalités d'IA, sur la base de nos intérêts légitimes.",
    "Vous pouvez vous y opposer à tout moment au moyen de [[ce formulaire|form]]. Pour que votre opposition soit prise en compte avant cette date, envoyez-la au plus tard le {last}.",
    "Si vous vous êtes déjà opposé(e), inutile de refaire la démarche.",
    "L'équipe Facebook",
    ('foot',)])

slot('fr.c25fb_a', "Confirmez votre adresse e-mail", body=[
    "Bonjour {first},",
    "Nous avons bien reçu votre demande d'opposition. Il ne reste qu'une étape : saisissez le code ci-dessous dans le formulaire pour confirmer votre adresse e-mail.",
    ('code',),
    "Ce code expire dans une heure. Si vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message.",
    "Facebook",
    ('foot',)])

slot('fr.r25fb_a', "Votre demande d'opposition a été transmise", body=[
    "Bonjour {first},",
    "Merci pour votre message. Votre opposition à l'utilisation de vos informations pour l'IA chez Meta a bien été enregistrée ; elle sera examinée conformément à la réglementation applicable en matière de protection des données.",
    "Numéro de dossier : {ref}",
    "Nous vous tiendrons informé(e) par e-mail de la suite donnée à votre demande.",
    "L'équipe Facebook",
    ('foot',)])

slot('fr.x25fb', "Des informations complémentaires sont nécessaires", body=[
    "Bonjour {first},",
    "Nous avons examiné votre demande, mais nous ne pouvons pas y donner suite en l'état : elle ne contient pas assez d'éléments pour que nous puissions identifier le compte concerné.",
    "Pour que nous puissions réexaminer votre opposition, merci de [[remplir à nouveau le formulaire|form]] en indiquant l'adresse e-mail associée à votre compte Facebook.",
    "Réf. : {ref}",
    "Cordialement,\nL'équipe Facebook",
    ('foot',)])

slot('fr.c25fb_b', "Votre code de confirmation", body=[
    "Bonjour {first},",
    "Voici le code à saisir pour valider l'adresse e-mail indiquée dans votre formulaire d'opposition : {code}",
    "Il n'est valable que 60 minutes.",
    "Vous n'avez rien demandé ? Aucune action n'est requise de votre part.",
    "Facebook",
    ('foot',)])

slot('fr.r25fb_b', "Nous avons reçu votre nouvelle demande", body=[
    "Bonjour {first},",
    "Votre nouvelle demande nous est bien parvenue. Elle est en cours d'examen ; une réponse vous sera adressée à cette adresse dès qu'une décision aura été prise.",
    "Réf. {ref}",
    "L'équipe Facebook",
    ('foot',)])

slot('fr.a25fb', "Réponse à votre demande d'opposition", body=[
    "Bonjour {first},",
    "Après examen, nous donnons une suite favorable à votre opposition. Vos informations publiques sur Facebook, comme vos publications et commentaires publics, ne seront plus utilisées pour développer et améliorer les modèles d'IA générative de l'IA chez Meta.",
    "Référence de la décision : {ref}",
    "L'équipe Facebook",
    ('quote', "----- Votre demande -----", ["Numéro de dossier : {ref2}",
                                          "Pays : France",
                                          "Commentaire : Je ne souhaite pas que mes photos et publications servent à entraîner une IA."]),
    ('foot',)])

slot('fr.n26ig', "Instagram et l'IA chez Meta : votre droit d'opposition", pre="Les changements s'appliquent à partir du {use_wd}.", body=[
    "Bonjour {first},",
    "Petit rappel concernant l'utilisation de vos informations pour l'IA chez Meta.",
    "Les changements s'appliqueront à partir du {use_wd}. Dès lors, les contenus publics des comptes Instagram de personnes majeures pourront servir à entraîner nos modèles d'IA générative.",
    "Vous ne souhaitez pas que vos informations soient utilisées de cette façon ?",
    ('btn', "M'opposer", 'form'),
    "Une fois votre demande envoyée, nous vous confirmerons par e-mail que nous n'utiliserons plus vos informations publiques à cette fin.",
    "Instagram",
    ('foot',)])

slot('fr.a26ig', "Votre opposition sera prise en compte", body=[
    "Bonjour {first},",
    "Nous accéderons à votre demande : à l'avenir, nous n'utiliserons pas vos informations publiques sur Instagram pour développer et améliorer les modèles d'IA générative destinés à l'IA chez Meta.",
    "Cette décision s'applique également aux autres comptes de votre Espace Comptes.",
    "Instagram",
    ('foot',)])

slot('fr.o_iglogin', "Nouvelle connexion à votre compte Instagram", body=[
    "Bonjour {first},",
    "Nous avons remarqué une connexion depuis un appareil que vous n'utilisez pas habituellement : iPhone 15, près de Lyon, France.",
    "C'était vous ? Alors tout va bien. Sinon, [[sécurisez votre compte|secure]] sans attendre.",
    "L'équipe Instagram",
    ('foot',)])

slot('fr.n26meta', "Mise à jour : vos informations et l'IA chez Meta", body=[
    "Bonjour {first},",
    "Nous mettons à jour la manière dont nous utilisons les informations pour l'IA chez Meta, pour l'ensemble des comptes de votre Espace Comptes.",
    "Date d'entrée en vigueur : {use_num}",
    "Ce qui est concerné : les informations publiques (publications, commentaires, légendes) et vos échanges avec les fonctionnalités d'IA de Meta. Base légale : nos intérêts légitimes.",
    "Vous pouvez vous opposer à ce traitement : [[envoyer une opposition|form]]. Pour en savoir plus, consultez la [[Politique de confidentialité|policy]].",
    "Meta",
    ('foot',)])

slot('fr.press', "IA de Meta : le mode d'emploi pour dire non", body=[
    "Chère lectrice, cher lecteur,",
    "Depuis quelques jours, Facebook et Instagram envoient un e-mail intitulé à peu près « L'IA chez Meta : ce qui change ». Meta y annonce qu'elle utilisera vos contenus publics à partir du 27 mai 2025.",
    "Bonne nouvelle : vous pouvez vous y opposer. Après l'envoi du formulaire, Meta vous adresse un code à six chiffres, puis une réponse du type « nous donnons une suite favorable à votre opposition ». Conservez bien la référence indiquée, elle pourra vous servir.",
    "Le formulaire Facebook est [[accessible ici|form]].",
    "Le Fil Numérique, 12 rue des Exemples, 75011 Paris. [[Se désinscrire|unsub]]"])

slot('fr.fwd_attach', "Tr : L'IA chez Meta : ce qui change pour vos informations", body=[
    "Coucou ma chérie,",
    "J'ai reçu ça de Facebook, tu peux regarder ce qu'il faut faire ? Je ne comprends rien à leur formulaire. Je te mets le message en pièce jointe.",
    "Bisous,\nMaman"])

slot('fr.fake_a', "Nous acceptons votre opposition", body=[
    "Bonjour,",
    "Nous acceptons votre opposition : vos données ne seront plus utilisées pour l'entraînement de l'IA. Le détail de la décision est disponible dans votre espace personnel.",
    ('btn', "Consulter ma décision", 'form'),
    "Dossier n° {ref}",
    "Service Confidentialité Instagram"])

slot('fr.o_dyi', "Vos informations sont prêtes à être téléchargées", body=[
    "Bonjour {first},",
    "Le fichier que vous avez demandé le 3 juin est prêt. Il contient une copie de vos informations Facebook.",
    "[[Télécharger vos informations|dyi]] (le lien reste disponible pendant 4 jours).",
    "Si vous n'êtes pas à l'origine de cette demande, [[contactez-nous|secure]].",
    "L'équipe Facebook",
    ('foot',)])

# =====================================================================  Spanish
slot('es.n24ig', "Cambios en cómo usamos tu información para la IA en Meta", body=[
    "Hola, {first}:",
    "Estamos ampliando la IA en Meta a tu región. Con «IA en Meta» nos referimos a nuestras funciones y experiencias de IA generativa y a los modelos que las hacen posibles.",
    "Para ello, usaremos la información que compartes públicamente en Instagram, como publicaciones, fotos y sus pies de foto, amparándonos en nuestro interés legítimo. No usaremos el contenido de tus mensajes privados.",
    "Tienes derecho a oponerte. Si quieres ejercerlo, rellena el [[formulario de oposición|form]]: el {last} es el último día para hacerlo antes de que se apliquen los cambios.",
    "La nueva [[Política de privacidad|policy]] entrará en vigor el {use}.",
    "Gracias,\nel equipo de Instagram",
    ('foot',)])

slot('es.c24ig', "Código de confirmación", body=[
    "Hola, {first}:",
    "Para confirmar que esta dirección de correo electrónico es tuya, introduce el siguiente código en el formulario de oposición:",
    ('code',),
    "El código caduca en una hora. Si no has sido tú, puedes ignorar este mensaje.",
    "Instagram",
    ('foot',)])

slot('es.r24ig', "Hemos recibido tu solicitud", body=[
    "Hola, {first}:",
    "Te confirmamos que hemos recibido tu oposición al uso de tu información para la IA en Meta. La revisaremos de acuerdo con la legislación de protección de datos aplicable.",
    "Número de caso: {ref}",
    "Cuando tomemos una decisión, te la comunicaremos por correo electrónico.",
    "El equipo de Instagram",
    ('foot',)])

slot('es.x24ig', "Respuesta a tu solicitud de oposición", body=[
    "Hola, {first}:",
    "Hemos revisado tu solicitud y, lamentablemente, no podemos tramitarla: no hemos encontrado ninguna cuenta de Instagram asociada al correo electrónico que indicaste.",
    "Si quieres, puedes [[enviar una nueva solicitud|form]] con la dirección de correo vinculada a tu cuenta.",
    "El equipo de Instagram",
    ('quote', "----- Mensaje anterior -----", ["De: Instagram",
                                                "Asunto: Hemos recibido tu solicitud",
                                                "Número de caso: {ref2}",
                                                "Te confirmamos que hemos recibido tu oposición al uso de tu información para la IA en Meta."]),
    ('foot',)])

slot('es.n25fb', "Tu información y la IA en Meta", pre="Puedes oponerte hasta el {last}", body=[
    "Hola, {first}:",
    "Desde el {ann} estamos informando a las personas de la UE sobre cómo usaremos su información para mejorar la IA en Meta.",
    "A partir del {use_wd}, utilizaremos la información pública de cuentas de personas mayores de edad (por ejemplo, publicaciones y comentarios públicos) y las interacciones con las funciones de IA para desarrollar y mejorar nuestros modelos de IA generativa.",
    "Si no estás de acuerdo, puedes [[oponerte aquí|form]]. Si ya lo hiciste, no tienes que volver a enviar la solicitud.",
    "Facebook",
    ('foot',)])

slot('es.c25fb', "Confirma tu correo electrónico", body=[
    "Hola, {first}:",
    "Alguien ha indicado esta dirección en una solicitud de oposición relacionada con la IA en Meta. Tu código de confirmación es {code}. Introdúcelo en el formulario para continuar con la solicitud.",
    "Caduca en 60 minutos.",
    "Facebook",
    ('foot',)])

slot('es.r25fb', "Estamos revisando tu oposición", body=[
    "Hola, {first}:",
    "Gracias por enviarnos tu solicitud. Nuestro equipo la está revisando y te enviaremos nuestra decisión por correo electrónico.",
    "Si aceptamos tu oposición, a partir de ese momento dejaremos de usar tu información pública de Facebook para desarrollar modelos de IA generativa.",
    "Referencia: {ref}",
    "Facebook",
    ('foot',)])

slot('es.a25fb', "Hemos aceptado tu oposición", body=[
    "Hola, {first}:",
    "Hemos revisado tu solicitud y la hemos aceptado. A partir de ahora no utilizaremos tu información pública de Facebook, como tus publicaciones y comentarios públicos, para desarrollar y mejorar los modelos de IA generativa de la IA en Meta.",
    "Referencia: {ref}",
    "El equipo de Facebook",
    ('foot',)])

slot('es.n26fb', "Recordatorio: IA en Meta y tu derecho de oposición", body=[
    "Hola, {first}:",
    "Te recordamos que a partir del {use_num} empezaremos a usar contenido público de Facebook de personas adultas para entrenar y mejorar la IA en Meta.",
    "¿Prefieres que no usemos tu información? Tienes hasta el {last_num} para enviar tu oposición antes de que empiece el uso: [[Enviar oposición|form]]",
    "Más información en el [[Centro de privacidad|center]].",
    "Facebook",
    ('foot',)])

slot('es.o_2fa', "Tu código de inicio de sesión de Facebook", body=[
    "Hola, {first}:",
    "Se ha solicitado un código para iniciar sesión en tu cuenta de Facebook con la autenticación en dos pasos.",
    ('ocode',),
    "Si no has intentado iniciar sesión, [[cambia tu contraseña|secure]].",
    ('foot',)])

slot('es.o_msgr', "Tienes mensajes sin leer", body=[
    "Hola, {first}:",
    "Ane y 2 personas más te han escrito en Messenger.",
    "[[Ver mensajes|msgr]]",
    ('foot',)])

slot('es.bank', "Código de verificación para tu operación", body=[
    "Estimado cliente:",
    "Para autorizar la transferencia de 350,00 € a la cuenta ES12 **** **** 4821, introduce este código en la app:",
    ('ocode',),
    "Válido durante 3 minutos. Banco Meridional nunca te pedirá este código por teléfono ni por correo.",
    ('small', "Banco Meridional, S.A. Registro Mercantil de Madrid, tomo 1234, folio 56.")])

slot('es.press', "Meta y tus datos: cómo oponerte antes del 16 de diciembre", body=[
    "Hola:",
    "Meta ha empezado a enviar correos avisando de que usará las publicaciones públicas para entrenar su IA a partir del 16 de diciembre de 2026. Tienes derecho a oponerte gracias al artículo 21 del RGPD.",
    "El proceso: rellenas el formulario, recibes un código de seis cifras por correo, lo introduces y, si todo va bien, te llega un mensaje que dice «Hemos aceptado tu oposición».",
    "Enlace al formulario de Facebook: [[formulario|form]]",
    "Consumo Hoy. [[Darse de baja|unsub]]"])

slot('es.fake_n', "Aviso urgente sobre tus datos", body=[
    "Estimado usuario:",
    "A partir del {use}, Meta usará tus fotos y mensajes para su inteligencia artificial. Si no te opones antes del {last}, perderás el derecho a hacerlo.",
    "Oponte aquí: [[formulario oficial|form]]",
    "Equipo de Privacidad de Facebook"])

slot('es.reply', "Re: Respuesta a tu solicitud de oposición", body=[
    "Jaja, a mí me pasó lo mismo. Tienes que poner el correo con el que entras en Instagram, no el del trabajo. Vuelve a mandarlo y listo.",
    "Pablo",
    ('quote_of', 'es.x24ig', 'gmail-es-reply')])

# =====================================================================  Italian
slot('it.n25fb', "Come useremo le tue informazioni per l'IA di Meta", body=[
    "Ciao {first},",
    "stiamo lavorando per migliorare l'IA di Meta, ovvero le nostre funzioni di IA generativa e i modelli su cui si basano.",
    "Dal {use} useremo le informazioni pubbliche degli account di persone maggiorenni, come post e commenti pubblici, e le interazioni con le funzioni di IA, sulla base del legittimo interesse.",
    "Hai il diritto di opporti e puoi farlo in qualsiasi momento tramite [[questo modulo|form]]. Se vuoi che la tua opposizione valga fin dall'inizio, inviala entro il {last}.",
    "Se ti sei già opposto, non devi fare nulla.",
    "Il team di Facebook",
    ('foot',)])

slot('it.c25fb', "Il tuo codice di conferma", body=[
    "Ciao {first},",
    "usa questo codice per confermare l'indirizzo e-mail che hai inserito nel modulo di opposizione:",
    ('code',),
    "Il codice scade tra un'ora. Se non hai inviato tu la richiesta, ignora questa e-mail.",
    "Facebook",
    ('foot',)])

slot('it.r25fb', "Abbiamo ricevuto la tua richiesta di opposizione", body=[
    "Ciao {first},",
    "grazie per averci scritto. La tua richiesta è stata presa in carico e verrà esaminata secondo la normativa sulla protezione dei dati.",
    "Numero pratica: {ref}",
    "Ti invieremo un'e-mail non appena avremo preso una decisione.",
    "Il team di Facebook",
    ('foot',)])

slot('it.a25fb', "Aggiornamento sulla tua opposizione", body=[
    "Ciao {first},",
    "abbiamo valutato la tua richiesta e accoglieremo la tua opposizione: d'ora in avanti non useremo le tue informazioni pubbliche di Facebook per sviluppare e migliorare i modelli di IA generativa dell'IA di Meta.",
    "Rif. {ref}",
    "Il team di Facebook",
    ('foot',)])

slot('it.n26ig', "Instagram: novità sull'uso delle informazioni per l'IA", pre="Puoi opporti entro il {last}", body=[
    "Ciao {first},",
    "a partire da {use_wd} i contenuti pubblici degli account Instagram di persone adulte, come post, didascalie e commenti, potranno essere usati per addestrare i modelli di IA generativa di Meta.",
    "Puoi opporti a questo utilizzo. L'ultimo giorno utile per farlo prima dell'avvio è il {last}.",
    ('btn', "Invia la tua opposizione", 'form'),
    "Se accoglieremo la tua opposizione, smetteremo di usare le tue informazioni pubbliche per questo scopo.",
    "Instagram",
    ('foot',)])

slot('it.c26ig', "Conferma il tuo indirizzo e-mail", body=[
    "Ciao {first},",
    "abbiamo ricevuto una richiesta di opposizione con questo indirizzo. Per confermarlo, inserisci il codice qui sotto:",
    ('code',),
    "Non condividere questo codice con nessuno.",
    "Instagram",
    ('foot',)])

slot('it.r26ig', "La tua richiesta è in fase di revisione", body=[
    "Ciao {first},",
    "ti confermiamo che la tua opposizione è arrivata. La stiamo esaminando e ti faremo sapere l'esito via e-mail.",
    "ID richiesta: {ref}",
    "Instagram",
    ('foot',)])

slot('it.x26ig', "Esito della tua richiesta", body=[
    "Ciao {first},",
    "abbiamo esaminato con attenzione la tua opposizione. Al momento non possiamo accoglierla, perché non ci hai fornito informazioni sufficienti sulla tua situazione particolare.",
    "Puoi [[inviare una nuova richiesta|form]] aggiungendo maggiori dettagli, oppure rivolgerti al Garante per la protezione dei dati personali.",
    "ID richiesta: {ref}",
    "Instagram",
    ('foot',)])

slot('it.n24fb', "Aggiornamento dell'Informativa sulla privacy e IA di Meta", body=[
    "Ciao {first},",
    "stiamo per estendere l'IA di Meta al tuo Paese. Per sviluppare queste esperienze useremo, sulla base del legittimo interesse, le informazioni che le persone condividono pubblicamente sui nostri Prodotti.",
    "L'Informativa sulla privacy aggiornata entrerà in vigore il {use}.",
    "Hai il diritto di opporti all'uso delle tue informazioni per questi scopi: [[Diritto di opposizione|form]]",
    "Ultimo giorno utile per opporsi prima dell'entrata in vigore: {last_num}.",
    "Grazie,\nil team di Facebook",
    ('foot',)])

slot('it.o_ignotif', "giulia.rossi_93 ha iniziato a seguirti", body=[
    "Ciao {first},",
    "giulia.rossi_93 e altre 4 persone hanno iniziato a seguirti su Instagram.",
    "[[Vedi il profilo|igapp]]",
    ('foot',)])

slot('it.bank', "Codice di sicurezza per il tuo bonifico", body=[
    "Gentile cliente,",
    "per autorizzare il bonifico di 75,00 EUR verso IT60 X054 **** **** 1234 usa il seguente codice:",
    ('ocode',),
    "Il codice è valido 5 minuti. BancaVerde non ti chiederà mai questo codice al telefono.",
    ('small', "BancaVerde S.p.A., P. IVA 01234567890")])

slot('it.press', "IA di Meta: come opporsi, passo per passo", body=[
    "Buongiorno,",
    "in questi giorni Meta sta scrivendo agli utenti europei: dal 27 maggio 2025 userà post e commenti pubblici per addestrare la sua IA. Chi non è d'accordo può opporsi con un modulo online.",
    "Dopo l'invio arriva un codice a sei cifre da inserire nel modulo e, in molti casi, una risposta come «accoglieremo la tua opposizione». Conservatela.",
    "Il modulo di Facebook si trova [[qui|form]].",
    "Il Quotidiano Digitale. [[Annulla l'iscrizione|unsub]]"])

slot('it.fake_c', "Codice di verifica Instagram", body=[
    "Ciao,",
    "per completare la tua opposizione all'uso dei dati per l'IA inserisci questo codice:",
    ('code',),
    "Poi accedi qui per collegare l'opposizione al tuo profilo: [[Verifica account|form]]",
    "Il team di Instagram"])

slot('it.o_metaai', "Scopri cosa puoi fare con Meta AI", body=[
    "Ciao {first},",
    "Meta AI ora può aiutarti a scrivere didascalie, creare immagini e rispondere alle tue domande direttamente nelle chat.",
    "Prova a chiedere: «Suggeriscimi un itinerario di tre giorni in Sicilia».",
    "[[Prova Meta AI|metaai]]",
    "Non vuoi più ricevere queste e-mail? [[Annulla l'iscrizione|unsub]]",
    ('foot',)])

# =====================================================================  Dutch
slot('nl.n25ig', "Zo gebruiken we je informatie voor AI bij Meta", body=[
    "Hoi {first},",
    "We breiden AI bij Meta verder uit. Daarvoor gaan we vanaf {use} openbare informatie gebruiken van accounts van mensen van 18 jaar en ouder, zoals openbare berichten, reacties en bijschriften, en je interacties met AI-functies.",
    "Dit doen we op basis van gerechtvaardigde belangen. Je hebt het recht om hiertegen bezwaar te maken via [[het bezwaarformulier|form]]. Dien je bezwaar uiterlijk {last} in als je wilt dat het al vanaf de startdatum geldt.",
    "Heb je al eerder bezwaar gemaakt? Dan hoef je niets te doen.",
    "Het Instagram-team",
    ('foot',)])

slot('nl.c25ig', "Je bevestigingscode", body=[
    "Hoi {first},",
    "Vul deze code in op het bezwaarformulier om te bevestigen dat dit e-mailadres van jou is:",
    ('code',),
    "De code is een uur geldig. Heb je geen bezwaar ingediend? Dan kun je deze e-mail negeren.",
    "Instagram",
    ('foot',)])

slot('nl.r25ig', "We hebben je bezwaar ontvangen", body=[
    "Hoi {first},",
    "Bedankt voor je bericht. We hebben je bezwaar tegen het gebruik van je informatie voor AI bij Meta ontvangen en gaan het beoordelen volgens de geldende privacywetgeving.",
    "Zaaknummer: {ref}",
    "Zodra we een besluit hebben genomen, hoor je van ons per e-mail.",
    "Instagram",
    ('foot',)])

slot('nl.x25ig', "We hebben meer informatie nodig", body=[
    "Hoi {first},",
    "Bedankt voor je bezwaar. Om het te kunnen beoordelen, hebben we meer informatie van je nodig: geef aan om welk account het gaat en hoe de verwerking jou raakt.",
    "Je kunt [[het formulier opnieuw invullen|form]] met deze gegevens. Zonder aanvullende informatie kunnen we je verzoek niet verder behandelen.",
    "Zaaknummer: {ref}",
    "Instagram",
    ('foot',)])

slot('nl.n26fb', "Belangrijke update: AI bij Meta en jouw gegevens", body=[
    "Hallo {first},",
    "Op {use_wd} beginnen we openbare Facebook-content van volwassenen te gebruiken om generatieve AI-modellen te ontwikkelen en te verbeteren.",
    "Bezwaar maken kan tot en met {last_num}; vanaf {use_num} geldt de nieuwe werkwijze.",
    "[[Bezwaar maken|form]]",
    "Meer weten? Bekijk ons [[privacybeleid|policy]].",
    "Facebook",
    ('foot',)])

slot('nl.c26fb', "Je verzoek is ontvangen: bevestig je e-mailadres", body=[
    "Hallo {first},",
    "We hebben je verzoek ontvangen. Bevestig je e-mailadres met de volgende code, dan kunnen we het in behandeling nemen:",
    ('code',),
    "De code verloopt over een uur.",
    "Facebook",
    ('foot',)])

slot('nl.a26fb', "Besluit over je bezwaar", body=[
    "Hallo {first},",
    "We hebben je verzoek bekeken en willigen je bezwaar in. Dat betekent dat we je openbare informatie van Facebook niet meer gebruiken om generatieve AI-modellen voor AI bij Meta te ontwikkelen en te verbeteren.",
    "Kenmerk: {ref}",
    "Facebook",
    ('foot',)])

slot('nl.n26fb_f', "Jouw informatie en AI bij Meta", body=[
    "Hoi {first},",
    "Vanaf {use} gebruiken we openbare berichten, foto's met bijschriften en reacties op Facebook om AI bij Meta te verbeteren. Je privéberichten gebruiken we hiervoor niet.",
    "Wil je dat niet? Maak dan [[bezwaar|form]]. Als we je bezwaar honoreren, passen we dat vanaf dat moment toe.",
    "Facebook",
    ('foot',)])

slot('nl.r26fb_f', "Je bezwaar is binnen", body=[
    "Hoi {first},",
    "Je bezwaar tegen het gebruik van je informatie voor AI bij Meta is bij ons binnengekomen. We beoordelen het zo snel mogelijk en laten je per e-mail weten wat we besluiten.",
    "Facebook",
    ('foot',)])

slot('nl.o_confirm', "FB-{fbcode} is je bevestigingscode", body=[
    "Hallo {first},",
    "Je hebt dit e-mailadres toegevoegd aan je Facebook-account. Voer de volgende code in om het te bevestigen:",
    "FB-{fbcode}",
    "Heb je dit niet gedaan? [[Laat het ons weten|secure]].",
    ('foot',)])

slot('nl.bank', "Je inlogcode", body=[
    "Beste klant,",
    "Je probeert in te loggen bij Polderbank Online op een nieuw apparaat. Gebruik deze code:",
    ('ocode',),
    "Deel deze code nooit met anderen. Polderbank vraagt hier nooit om.",
    ('small', "Polderbank N.V., KvK 12345678")])

slot('nl.fwd', "Fwd: Besluit over je bezwaar", body=[
    "Hoi pa,",
    "Zo ziet het eruit als het gelukt is. Kun jij het formulier ook even invullen? Het duurt maar vijf minuten, de link staat in de mail die je van Facebook krijgt.",
    "Groet, Bram",
    ('quote_of', 'nl.a26fb', 'tb-nl')])

slot('nl.joost', "Bedankt voor je bezwaar", body=[
    "Hoi {first},",
    "We hebben je bezwaar ontvangen en nemen het in behandeling. Je ontvangt van ons een e-mail zodra er een besluit is.",
    "Referentienummer: {ref}",
    "Instagram",
    ('foot',)])

slot('nl.newsletter', "Nieuwsbrief december: Meta, AI en je bezwaarrecht", body=[
    "Beste lezer,",
    "Meta gaat vanaf 16 december 2026 opnieuw openbare berichten gebruiken voor AI-training. Wie dat niet wil, kan bezwaar maken, ook als je dat eerder al eens hebt gedaan.",
    "Wat je kunt verwachten: eerst een e-mail met een code van zes cijfers, daarna een bevestiging van ontvangst en uiteindelijk een besluit. Krijg je te horen dat Meta je bezwaar inwilligt, bewaar die e-mail dan.",
    "Direct naar het [[bezwaarformulier van Facebook|form]].",
    "Stichting Privacy Nu, Voorbeeldstraat 1, Utrecht. [[Afmelden|unsub]]"])

# =====================================================================  Polish
slot('pl.n25fb', "Twoje informacje a AI w Meta – ważna zmiana", body=[
    "Cześć {first},",
    "rozwijamy AI w Meta, czyli nasze funkcje generatywnej sztucznej inteligencji oraz modele, na których się opierają.",
    "Od {use} będziemy wykorzystywać publiczne informacje z kont osób pełnoletnich, np. publiczne posty i komentarze, oraz Twoje interakcje z funkcjami AI. Podstawą prawną są nasze prawnie uzasadnione interesy.",
    "Masz prawo wnieść sprzeciw za pomocą [[formularza|form]]. Aby sprzeciw obowiązywał od samego początku, wyślij go najpóźniej {last}",
    "Jeśli sprzeciw został już przez Ciebie zgłoszony, nie musisz nic robić.",
    "Zespół Facebooka",
    ('foot',)])

slot('pl.c25fb', "Kod potwierdzający", body=[
    "Cześć {first},",
    "wpisz poniższy kod w formularzu sprzeciwu, aby potwierdzić swój adres e-mail:",
    ('code',),
    "Kod wygaśnie za godzinę. Jeśli to nie Ty wysłałeś(-aś) formularz, zignoruj tę wiadomość.",
    "Facebook",
    ('foot',)])

slot('pl.r25fb', "Otrzymaliśmy Twój sprzeciw", body=[
    "Cześć {first},",
    "dziękujemy za wiadomość. Twój sprzeciw wobec wykorzystywania Twoich informacji na potrzeby AI w Meta dotarł do nas i zostanie rozpatrzony zgodnie z obowiązującymi przepisami o ochronie danych.",
    "Numer sprawy: {ref}",
    "O decyzji poinformujemy Cię e-mailem.",
    "Zespół Facebooka",
    ('foot',)])

slot('pl.a25fb', "Uwzględniamy Twój sprzeciw", body=[
    "Cześć {first},",
    "rozpatrzyliśmy Twoje zgłoszenie i uwzględniamy Twój sprzeciw. Oznacza to, że nie będziemy już wykorzystywać Twoich publicznych informacji z Facebooka, takich jak publiczne posty i komentarze, do rozwijania i ulepszania modeli generatywnej AI w Meta.",
    "Numer sprawy: {ref}",
    "Zespół Facebooka",
    ('foot',)])

slot('pl.n26ig', "Instagram: zmiany dotyczące AI w Meta od grudnia", pre="Ostatni dzień na sprzeciw: {last}", body=[
    "Witaj, {first}!",
    "Przypominamy, że od {use} publiczne treści z kont dorosłych użytkowników Instagrama będą wykorzystywane do trenowania modeli generatywnej AI w Meta.",
    "Nie chcesz tego? [[Zgłoś sprzeciw|form]]. Ostatni dzień na zgłoszenie przed rozpoczęciem wykorzystywania danych to {last}",
    "Instagram",
    ('foot',)])

slot('pl.c26ig', "Potwierdź adres e-mail", body=[
    "Witaj, {first}!",
    "Ktoś (prawdopodobnie Ty) podał ten adres w formularzu sprzeciwu dotyczącym AI w Meta. Twój kod potwierdzający to {code} i jest ważny przez 60 minut.",
    "Jeśli to nie Ty, nic nie rób.",
    "Instagram",
    ('foot',)])

slot('pl.x26ig', "Odpowiedź w sprawie Twojego sprzeciwu", body=[
    "Witaj, {first}!",
    "Dziękujemy za przesłanie sprzeciwu. Po jego rozpatrzeniu informujemy, że nie możemy go uwzględnić. Nadal będziemy przetwarzać Twoje publiczne informacje zgodnie z Zasadami ochrony prywatności.",
    "Jeżeli chcesz przekazać dodatkowe informacje, możesz [[złożyć ponowny sprzeciw|form]]. Przysługuje Ci również prawo wniesienia skargi do Prezesa UODO.",
    "Nr zgłoszenia: {ref}",
    "Instagram",
    ('foot',)])

slot('pl.o_iglogin', "Twój kod logowania do Instagrama", body=[
    "Witaj, {first}!",
    "Ktoś próbuje zalogować się na Twoje konto na Instagramie. Jeśli to Ty, wpisz ten kod:",
    ('ocode',),
    "Jeśli to nie Ty, [[zmień hasło|secure]].",
    ('foot',)])

slot('pl.n24fb', "Nowe Zasady ochrony prywatności: AI w Meta", body=[
    "Cześć {first},",
    "przygotowujemy się do udostępnienia AI w Meta w Twoim regionie. To nasze funkcje i doświadczenia oparte na generatywnej sztucznej inteligencji, takie jak Meta AI, oraz modele, które za nimi stoją.",
    "Aby je rozwijać, będziemy wykorzystywać informacje udostępniane publicznie na Facebooku, powołując się na prawnie uzasadnione interesy. Nie wykorzystujemy treści Twoich prywatnych wiadomości.",
    "Zaktualizowane zasady wejdą w życie {use}",
    "Możesz sprzeciwić się wykorzystywaniu Twoich informacji do tych celów: [[Prawo do sprzeciwu|form]]",
    "Dziękujemy,\nZespół Facebooka",
    ('foot',)])

slot('pl.bank', "Kod autoryzacyjny do przelewu", body=[
    "Szanowna Pani,",
    "aby zatwierdzić przelew na kwotę 249,00 zł do odbiorcy TAURON SPRZEDAŻ, wpisz kod:",
    ('ocode',),
    "Kod jest ważny przez 5 minut. Bank Wiślany nigdy nie prosi o podanie kodu przez telefon.",
    ('small', "Bank Wiślany S.A., KRS 0000123456")])

slot('pl.press', "Meta i Twoje dane: jak złożyć sprzeciw", body=[
    "Dzień dobry,",
    "Meta wysyła e-maile z informacją, że od 26 czerwca 2024 r. będzie trenować swoją AI na publicznych treściach użytkowników z Europy. Można się temu sprzeciwić.",
    "Jak to wygląda: wypełniasz formularz, dostajesz sześciocyfrowy kod do potwierdzenia adresu, a potem odpowiedź. Czytelnicy piszą nam, że czasem brzmi ona po prostu: „Uwzględniamy Twój sprzeciw”.",
    "Formularz Facebooka znajdziesz [[tutaj|form]].",
    "Redakcja Cyfrowego Tygodnika. [[Wypisz się|unsub]]"])

slot('pl.fake_a', "Twój sprzeciw został przyjęty", body=[
    "Szanowny Użytkowniku,",
    "informujemy, że Twój sprzeciw został przyjęty i Twoje dane nie będą wykorzystywane do trenowania AI. Szczegóły decyzji znajdziesz w panelu.",
    ('btn', "Zobacz decyzję", 'form'),
    "Numer sprawy: {ref}",
    "Zespół ochrony prywatności Facebook"])

slot('pl.fake_n', "Ostatnie ostrzeżenie: Twoje dane trafią do AI", body=[
    "Witaj,",
    "od {use} Meta zacznie wykorzystywać Twoje zdjęcia i wiadomości do szkolenia AI. Jeśli nie złożysz sprzeciwu do {last}, Twoje konto zostanie automatycznie objęte programem.",
    "[[Złóż sprzeciw teraz|form]]",
    "Meta Platforms"])

slot('pl.reply', "Odp: Uwzględniamy Twój sprzeciw", body=[
    "Dzięki, Aga! U mnie przyszło to samo, tylko numer sprawy inny. Czyli wystarczy ten formularz i po sprawie.",
    "Tomek",
    ('quote_of', 'pl.a25fb', 'gmail-pl-reply')])

# =====================================================================  Portuguese (PT)
slot('pt.n24fb', "A tua informação e a IA na Meta: atualização da Política de Privacidade", body=[
    "Olá, {first}:",
    "Estamos a preparar a chegada da IA na Meta à tua região. Falamos das nossas funcionalidades de IA generativa, como a Meta AI, e dos modelos que as suportam.",
    "Para isso, vamos passar a basear-nos em interesses legítimos para utilizar as informações que partilhas publicamente, como publicações, fotografias e respetivas legendas.",
    "Tens o direito de te opor a esta utilização. [[Direito de oposição|form]]",
    "As alterações entram em vigor a {use}.",
    "Obrigado,\nA equipa do Facebook",
    ('foot',)])

slot('pt.c24fb', "O teu código de confirmação", body=[
    "Olá, {first}:",
    "Introduz este código no formulário de oposição para confirmares o teu endereço de e-mail:",
    ('code',),
    "O código expira dentro de uma hora. Se não foste tu, ignora este e-mail.",
    "Facebook",
    ('foot',)])

slot('pt.r24fb', "Recebemos o teu pedido", body=[
    "Olá, {first}:",
    "Obrigado por nos contactares. Recebemos a tua oposição à utilização das tuas informações para a IA na Meta e vamos analisá-la ao abrigo da legislação de proteção de dados aplicável.",
    "N.º do processo: {ref}",
    "Enviaremos a nossa decisão para este endereço de e-mail.",
    "A equipa do Facebook",
    ('foot',)])

slot('pt.a24fb', "Decisão sobre a tua oposição", body=[
    "Olá, {first}:",
    "Analisámos o teu pedido e vamos respeitar a tua oposição. Daqui em diante, não utilizaremos as tuas informações públicas do Facebook para desenvolver e melhorar os modelos de IA generativa da IA na Meta.",
    "N.º do processo: {ref}",
    "A equipa do Facebook",
    ('foot',)])

slot('pt.n25ig', "Instagram: como vamos usar as tuas informações para a IA", body=[
    "Olá, {first}:",
    "A partir de {use}, vamos utilizar conteúdos públicos de contas de maiores de idade no Instagram, como publicações, comentários e legendas, bem como as tuas interações com funcionalidades de IA, para desenvolver a IA na Meta.",
    "Se não quiseres, podes opor-te até {last}, inclusive, para que a tua oposição conte desde o início: [[Opor-me|form]]",
    "Se já te opuseste, não precisas de fazer nada.",
    "Instagram",
    ('foot',)])

slot('pt.c25ig', "Confirma o teu e-mail", body=[
    "Olá, {first}:",
    "Recebemos um pedido de oposição com este endereço. O código para o confirmares é:",
    ('code',),
    "Válido durante 60 minutos.",
    "Instagram",
    ('foot',)])

slot('pt.x25ig', "Precisamos de mais informações", body=[
    "Olá, {first}:",
    "Obrigado pelo teu pedido. Para o podermos analisar, precisamos de mais informações sobre a forma como o tratamento te afeta e sobre a conta em causa.",
    "Podes [[submeter novamente o formulário|form]] com esses dados. Até lá, não conseguimos dar seguimento à tua oposição.",
    "Referência: {ref}",
    "Instagram",
    ('foot',)])

slot('pt.fake_n', "Aviso importante sobre os seus dados", body=[
    "Caro utilizador,",
    "A partir de {use}, a Meta vai utilizar as suas publicações, fotografias e mensagens privadas para treinar inteligência artificial.",
    "Para se opor, deve validar a sua conta até {last}: [[Validar e opor-me|form]]",
    "Equipa de Privacidade do Facebook"])

slot('pt.news', "Boletim Direitos Digitais: Meta e a oposição ao treino de IA", body=[
    "Caros associados,",
    "A Meta vai usar conteúdos públicos do Facebook e do Instagram para treinar IA a partir de 16 de dezembro de 2026. Lembramos que têm o direito de se opor.",
    "Atenção às burlas: circulam e-mails falsos a pedir a palavra-passe. A Meta nunca a pede; as mensagens legítimas limitam-se a um código de confirmação e, depois, a uma resposta do tipo «vamos respeitar a tua oposição».",
    "Boletim Direitos Digitais. [[Cancelar subscrição|unsub]]"])

slot('pt.o_alert', "Alguém tentou entrar na tua conta", body=[
    "Olá, {first}:",
    "Bloqueámos uma tentativa de início de sessão na tua conta a partir de um dispositivo Android perto do Porto, Portugal.",
    "Se foste tu, podes ignorar este e-mail. Caso contrário, [[protege a tua conta|secure]].",
    "A equipa de segurança do Facebook",
    ('foot',)])

slot('pt.bank', "Código de autorização", body=[
    "Caro cliente,",
    "Para confirmar a compra de 89,90 € em LOJA ONLINE EXEMPLO, utilize o código:",
    ('ocode',),
    "Não partilhe este código. Banco Atlântico.",
    ('small', "Banco Atlântico, S.A., Lisboa")])

slot('pt.fake_c', "O teu código de confirmação", body=[
    "Olá,",
    "Para concluir a tua oposição à utilização de dados para IA, introduz o código:",
    ('code',),
    "Se não concluíres o processo em 30 minutos, o pedido será anulado.",
    "Facebook"])

slot('pt.o_ac', "Adicionaste um novo endereço de e-mail", body=[
    "Olá, {first}:",
    "O endereço {email} foi adicionado à Central de Contas e pode agora ser usado para iniciar sessão no Facebook e no Instagram.",
    "Não foste tu? [[Revê as tuas definições|secure]].",
    "Meta",
    ('foot',)])

# =====================================================================  Bulgarian
slot('bg.n25fb', "Как ще използваме информацията ви за ИИ в Meta", body=[
    "Здравейте, {first},",
    "Развиваме ИИ в Meta – нашите функции с генеративен изкуствен интелект и моделите, на които те се основават.",
    "От {use} ще използваме публична информация от профили на пълнолетни лица, например публични публикации и коментари, както и взаимодействията ви с функциите с ИИ. Правното ни основание са легитимните интереси.",
    "Имате право да възразите чрез [[този формуляр|form]]. Ако искате възражението ви да важи от самото начало, подайте го най-късно на {last}",
    "Ако вече сте възразили, не е нужно да правите нищо.",
    "Екипът на Facebook",
    ('foot',)])
slot('bg.c25fb', "Код за потвърждение", body=[
    "Здравейте, {first},",
    "Въведете следния код във формуляра за възражение, за да потвърдите имейл адреса си:",
    ('code',),
    "Кодът е валиден един час. Ако не сте подавали възражение, не е нужно да предприемате нищо.",
    "Facebook",
    ('foot',)])
slot('bg.a25fb', "Ще уважим възражението ви", body=[
    "Здравейте, {first},",
    "Прегледахме искането ви и ще уважим възражението ви. Занапред няма да използваме публичната ви информация от Facebook, като публикации и коментари, за разработване и подобряване на генеративните модели с ИИ в Meta.",
    "Референтен номер: {ref}",
    "Екипът на Facebook",
    ('foot',)])
slot('bg.fwd', "Fwd: Ще уважим възражението ви", body=[
    "Ели, виж – приеха ми възражението. Направи го и ти, формулярът е в имейла, който ти пратиха от Facebook.",
    "Мария",
    ('quote_of', 'bg.a25fb', 'apple-bg')])

# =====================================================================  Czech
slot('cs.n26ig', "Instagram a AI v Meta: vaše právo vznést námitku", body=[
    "Dobrý den,",
    "od {use} budeme veřejný obsah z instagramových účtů dospělých, například veřejné příspěvky, popisky a komentáře, používat k vývoji a zlepšování modelů generativní AI v Meta. Vycházíme přitom z oprávněného zájmu.",
    "Pokud s tím nesouhlasíte, můžete [[vznést námitku|form]]. Aby platila ještě před zahájením, podejte ji nejpozději {last}.",
    "Pokud jste námitku už podali, nemusíte nic dělat.",
    "Instagram",
    ('foot',)])
slot('cs.c26ig', "Potvrzovací kód", body=[
    "Dobrý den,",
    "pro ověření e-mailové adresy uvedené ve formuláři námitky zadejte tento kód:",
    ('code',),
    "Platnost kódu vyprší za hodinu. Pokud jste žádost neodeslali, tento e-mail ignorujte.",
    "Instagram",
    ('foot',)])
slot('cs.r26ig', "Vaši námitku jsme přijali", body=[
    "Dobrý den,",
    "děkujeme, vaše námitka proti používání vašich informací pro AI v Meta k nám dorazila. Posoudíme ji v souladu s platnými předpisy na ochranu osobních údajů a o výsledku vás budeme informovat e-mailem.",
    "Číslo případu: {ref}",
    "Instagram",
    ('foot',)])
slot('cs.x26ig', "Odpověď na vaši námitku", body=[
    "Dobrý den,",
    "vaši námitku jsme pečlivě posoudili. Bohužel jí nemůžeme vyhovět, protože z ní nevyplývá, jak se vás zpracování konkrétně dotýká.",
    "Pokud chcete doplnit informace, můžete [[podat novou námitku|form]]. Máte také právo podat stížnost u Úřadu pro ochranu osobních údajů.",
    "Číslo případu: {ref}",
    "Instagram",
    ('foot',)])
slot('cs.o_iglogin', "Nové přihlášení k vašemu účtu", body=[
    "Dobrý den,",
    "zaznamenali jsme přihlášení k vašemu instagramovému účtu z nového zařízení: Chrome ve Windows, Brno.",
    "Pokud jste to byli vy, nemusíte nic dělat. Pokud ne, [[zabezpečte svůj účet|secure]].",
    "Instagram",
    ('foot',)])

# =====================================================================  Danish
slot('da.n26fb', "Sådan bruger vi dine oplysninger til AI hos Meta", body=[
    "Hej {first}",
    "Vi udvider AI hos Meta og vil bruge offentligt indhold fra voksnes Facebook-konti, f.eks. offentlige opslag, kommentarer og billedtekster, til at udvikle og forbedre vores generative AI-modeller. Det gør vi på grundlag af legitime interesser.",
    "Du har ret til at gøre indsigelse. Sidste frist for at gøre indsigelse, inden ændringen træder i kraft, er {last_wd}.",
    "[[Gør indsigelse|form]]",
    "Indsigelser, vi modtager senere, gælder fra den dag, vi modtager dem.",
    "Facebook",
    ('foot',)])
slot('da.r26fb', "Vi har modtaget din indsigelse", body=[
    "Hej {first}",
    "Tak for din henvendelse. Vi har modtaget din indsigelse mod brugen af dine oplysninger til AI hos Meta, og vi behandler den nu i overensstemmelse med gældende databeskyttelsesregler.",
    "Sagsnummer: {ref}",
    "Du får besked på e-mail, når vi har truffet en afgørelse.",
    "Facebook",
    ('foot',)])
slot('da.a26fb', "Vi imødekommer din indsigelse", body=[
    "Hej {first}",
    "Vi har gennemgået din anmodning og imødekommer din indsigelse. Fremover bruger vi ikke dine offentlige oplysninger fra Facebook til at udvikle og forbedre generative AI-modeller til AI hos Meta.",
    "Sagsnummer: {ref}",
    "Facebook",
    ('foot',)])
slot('da.bank', "Din engangskode", body=[
    "Kære kunde",
    "Brug denne kode til at godkende din betaling på 349,00 kr. til WEBSHOP EKSEMPEL:",
    ('ocode',),
    "Koden udløber om 5 minutter. Nordvest Bank beder dig aldrig om koden i telefonen.",
    ('small', "Nordvest Bank A/S, CVR 12345678")])

# =====================================================================  Greek
slot('el.n25fb', "Πώς θα χρησιμοποιούμε τις πληροφορίες σας για την ΤΝ στη Meta", body=[
    "Γεια σας {first},",
    "Συνεχίζουμε να αναπτύσσουμε την ΤΝ στη Meta, δηλαδή τις λειτουργίες γενετικής τεχνητής νοημοσύνης μας και τα μοντέλα στα οποία βασίζονται.",
    "Από τις {use} θα χρησιμοποιούμε δημόσιες πληροφορίες από λογαριασμούς ενηλίκων, όπως δημόσιες αναρτήσεις και σχόλια, καθώς και τις αλληλεπιδράσεις σας με τις λειτουργίες ΤΝ, βάσει έννομων συμφερόντων.",
    "Έχετε δικαίωμα να προβάλετε αντίρρηση μέσω [[αυτής της φόρμας|form]]. Για να ισχύσει η αντίρρησή σας από την αρχή, υποβάλετέ την έως και τις {last}.",
    "Η ομάδα του Facebook",
    ('foot',)])
slot('el.c25fb', "Ο κωδικός επιβεβαίωσής σας", body=[
    "Γεια σας {first},",
    "Πληκτρολογήστε τον παρακάτω κωδικό στη φόρμα αντίρρησης για να επιβεβαιώσετε τη διεύθυνση email σας:",
    ('code',),
    "Ο κωδικός λήγει σε μία ώρα. Αν δεν υποβάλατε εσείς το αίτημα, αγνοήστε αυτό το μήνυμα.",
    "Facebook",
    ('foot',)])
slot('el.r25fb', "Λάβαμε την αντίρρησή σας", body=[
    "Γεια σας {first},",
    "Σας ευχαριστούμε. Λάβαμε την αντίρρησή σας σχετικά με τη χρήση των πληροφοριών σας για την ΤΝ στη Meta και θα την εξετάσουμε σύμφωνα με την ισχύουσα νομοθεσία για την προστασία δεδομένων.",
    "Αριθμός υπόθεσης: {ref}",
    "Θα σας ενημερώσουμε με email για την απόφασή μας.",
    "Facebook",
    ('foot',)])
slot('el.x25fb', "Χρειαζόμαστε περισσότερες πληροφορίες", body=[
    "Γεια σας {first},",
    "Εξετάσαμε το αίτημά σας, αλλά δεν μπορούμε να το διεκπεραιώσουμε ως έχει, επειδή δεν περιέχει αρκετές πληροφορίες για να εντοπίσουμε τον λογαριασμό σας.",
    "Μπορείτε να [[υποβάλετε ξανά τη φόρμα|form]] συμπληρώνοντας τη διεύθυνση email που σχετίζεται με τον λογαριασμό σας στο Facebook.",
    "Αριθμός υπόθεσης: {ref}",
    "Facebook",
    ('foot',)])
slot('el.fake_n', "Σημαντική ενημέρωση για τα δεδομένα σας", body=[
    "Αγαπητέ χρήστη,",
    "Από τις {use} η Meta θα χρησιμοποιεί τις δημοσιεύσεις σας για την εκπαίδευση τεχνητής νοημοσύνης.",
    "Αν δεν συμφωνείτε, υποβάλετε αντίρρηση εδώ: [[Φόρμα αντίρρησης|form]]",
    "Facebook"])

# =====================================================================  Estonian
slot('et.n26fb', "Sinu teave ja tehisintellekt Metas", body=[
    "Tere, {first}!",
    "Alates {use_from} hakkame kasutama täiskasvanute avalikku Facebooki sisu, näiteks avalikke postitusi, kommentaare ja pildiallkirju, et arendada ja täiustada Meta generatiivse tehisintellekti mudeleid. Teeme seda õigustatud huvi alusel.",
    "Sul on õigus esitada vastuväide. Kui soovid, et see kehtiks juba algusest peale, esita see hiljemalt {last_on}.",
    "[[Esita vastuväide|form]]",
    "Facebook",
    ('foot',)])
slot('et.c26fb', "Sinu kinnituskood", body=[
    "Tere, {first}!",
    "Sisesta vastuväite vormis see kood, et kinnitada oma e-posti aadress:",
    ('code',),
    "Kood kehtib ühe tunni. Kui sa taotlust ei esitanud, võid selle kirja tähelepanuta jätta.",
    "Facebook",
    ('foot',)])
slot('et.a26fb', "Rahuldame sinu vastuväite", body=[
    "Tere, {first}!",
    "Vaatasime sinu taotluse läbi ja rahuldame sinu vastuväite. Edaspidi ei kasuta me sinu avalikku Facebooki teavet Meta generatiivse tehisintellekti mudelite arendamiseks ja täiustamiseks.",
    "Viitenumber: {ref}",
    "Facebook",
    ('foot',)])
slot('et.o_pw', "{ocode} on sinu parooli lähtestamise kood", body=[
    "Tere, {first}!",
    "Saime taotluse sinu Facebooki parooli lähtestamiseks. Sisesta see kood:",
    ('ocode',),
    "Kui sa seda ei taotlenud, [[anna meile teada|secure]].",
    ('foot',)])

# =====================================================================  Finnish
slot('fi.n24ig', "Päivitämme tietosuojakäytäntöämme: tekoäly Metassa", body=[
    "Hei {first},",
    "Tuomme Metan tekoälyn eli generatiiviset tekoälyominaisuutemme ja niiden taustalla olevat mallit pian myös sinun alueellesi.",
    "Niiden kehittämiseen käytämme oikeutetun edun perusteella tietoja, joita ihmiset jakavat julkisesti Instagramissa, kuten julkaisuja, kuvatekstejä ja kommentteja.",
    "Päivitetty tietosuojakäytäntö tulee voimaan {use}. Viimeinen päivä vastustaa ennen muutosta on {last}.",
    "Sinulla on oikeus vastustaa tietojesi käyttöä näihin tarkoituksiin: [[Vastustamisoikeus|form]]",
    "Kiitos,\nInstagram-tiimi",
    ('foot',)])
slot('fi.c24ig', "Vahvistuskoodisi", body=[
    "Hei {first},",
    "Vahvista vastustuslomakkeeseen antamasi sähköpostiosoite syöttämällä tämä koodi:",
    ('code',),
    "Koodi vanhenee tunnin kuluttua. Jos et tehnyt pyyntöä, voit jättää tämän viestin huomiotta.",
    "Instagram",
    ('foot',)])
slot('fi.r24ig', "Olemme vastaanottaneet pyyntösi", body=[
    "Hei {first},",
    "Kiitos viestistäsi. Olemme vastaanottaneet vastustuksesi, joka koskee tietojesi käyttöä Metan tekoälyyn, ja käsittelemme sen sovellettavan tietosuojalainsäädännön mukaisesti.",
    "Tapausnumero: {ref}",
    "Ilmoitamme päätöksestä sähköpostitse.",
    "Instagram",
    ('foot',)])
slot('fi.a24ig', "Noudatamme vastustustasi", body=[
    "Hei {first},",
    "Olemme käsitelleet pyyntösi ja noudatamme vastustustasi. Jatkossa emme käytä julkisia Instagram-tietojasi Metan tekoälyn generatiivisten mallien kehittämiseen ja parantamiseen.",
    "Tapausnumero: {ref}",
    "Instagram",
    ('foot',)])
slot('fi.press', "Tekoäly ja sinun julkaisusi: näin vastustat", body=[
    "Hyvä lukija,",
    "Meta on lähettänyt käyttäjille sähköpostia: 26.6.2024 alkaen julkisia Facebook- ja Instagram-julkaisuja aiotaan käyttää tekoälyn kehittämiseen. Tietosuoja-asetuksen 21 artiklan nojalla voit vastustaa.",
    "Lomakkeen lähettämisen jälkeen saat kuusinumeroisen koodin ja myöhemmin vastauksen. Myönteinen vastaus alkaa usein sanoilla ”Noudatamme vastustustasi”.",
    "Instagramin lomake löytyy [[täältä|form]].",
    "Digiarki-uutiskirje. [[Peru tilaus|unsub]]"])

# =====================================================================  Irish
slot('ga.n26fb', "D'fhaisnéis agus IS ag Meta", body=[
    "A {first}, a chara,",
    "Táimid ag leathnú IS ag Meta, is é sin ár ngnéithe intleachta saorga giniúnaí agus na samhlacha atá taobh thiar díobh.",
    "Ón {use} ar aghaidh, úsáidfimid ábhar poiblí ó chuntais Facebook daoine fásta, mar shampla postálacha poiblí, tráchtanna agus fotheidil grianghraf, chun ár samhlacha IS giniúnaí a fhorbairt agus a fheabhsú. Déanaimid é sin ar bhonn leasanna dlisteanacha.",
    "Tá sé de cheart agat agóid a dhéanamh. Is é {last} an lá deireanach chun agóid a dhéanamh sula dtiocfaidh an t-athrú i bhfeidhm.",
    "[[Déan agóid|form]]",
    "Facebook",
    ('foot',)])
slot('ga.c26fb', "Do chód deimhnithe", body=[
    "A {first}, a chara,",
    "Cuir isteach an cód seo san fhoirm agóide chun do sheoladh ríomhphoist a dheimhniú:",
    ('code',),
    "Rachaidh an cód as feidhm i gceann uair an chloig. Mura ndearna tusa an t-iarratas, déan neamhaird den ríomhphost seo.",
    "Facebook",
    ('foot',)])
slot('ga.a26fb', "Glacfaimid le d'agóid", body=[
    "A {first}, a chara,",
    "Rinneamar d'iarratas a mheas agus glacfaimid le d'agóid. As seo amach, ní úsáidfimid d'fhaisnéis phoiblí ó Facebook chun samhlacha IS giniúnaí a fhorbairt ná a fheabhsú.",
    "Uimhir thagartha: {ref}",
    "Facebook",
    ('foot',)])
slot('ga.news', "Nuachtlitir: Meta agus do shonraí", body=[
    "A chairde,",
    "Tá Meta ag seoladh ríomhphost chuig úsáideoirí san Eoraip: ón 16 Nollaig 2026 úsáidfear postálacha poiblí chun IS a thraenáil. Más mian leat agóid a dhéanamh, líon isteach an fhoirm roimh an 16 Nollaig.",
    "Gheobhaidh tú cód sé dhigit ar dtús agus ansin freagra. Coinnigh an freagra sin.",
    "[[An fhoirm agóide|form]]",
    "Oifig Cosanta Sonraí na hOllscoile"])

# =====================================================================  Croatian
slot('hr.n25fb', "Kako ćemo upotrebljavati vaše informacije za AI u Meti", body=[
    "Pozdrav, {first},",
    "razvijamo AI u Meti, odnosno naše značajke generativne umjetne inteligencije i modele na kojima se temelje.",
    "Od {use} upotrebljavat ćemo javne informacije s računa punoljetnih osoba, poput javnih objava i komentara, te vaše interakcije sa značajkama umjetne inteligencije, na temelju legitimnog interesa.",
    "Imate pravo uložiti prigovor putem [[ovog obrasca|form]]. Ako želite da vrijedi od samog početka, podnesite ga najkasnije {last}",
    "Facebook",
    ('foot',)])
slot('hr.c25fb', "Vaš kod za potvrdu", body=[
    "Pozdrav, {first},",
    "unesite sljedeći kod u obrazac za prigovor kako biste potvrdili svoju adresu e-pošte:",
    ('code',),
    "Kod vrijedi jedan sat.",
    "Facebook",
    ('foot',)])
slot('hr.r25fb', "Primili smo vaš prigovor", body=[
    "Pozdrav, {first},",
    "zahvaljujemo na poruci. Vaš prigovor na upotrebu vaših informacija za AI u Meti zaprimljen je i razmotrit ćemo ga u skladu s važećim propisima o zaštiti podataka.",
    "Broj predmeta: {ref}",
    "O odluci ćemo vas obavijestiti e-poštom.",
    "Facebook",
    ('foot',)])
slot('hr.a25fb', "Prihvaćamo vaš prigovor", body=[
    "Pozdrav, {first},",
    "razmotrili smo vaš zahtjev i prihvaćamo vaš prigovor. Ubuduće nećemo upotrebljavati vaše javne informacije s Facebooka za razvoj i poboljšanje modela generativne umjetne inteligencije za AI u Meti.",
    "Broj predmeta: {ref}",
    "Facebook",
    ('foot',)])

# =====================================================================  Hungarian
slot('hu.n26ig', "Az Instagram és a mesterséges intelligencia a Metánál", body=[
    "Kedves {first}!",
    "{use_from} kezdve a felnőtt felhasználók nyilvános Instagram-tartalmait, például a nyilvános bejegyzéseket, képaláírásokat és hozzászólásokat, a Meta generatív MI-modelljeinek fejlesztésére fogjuk használni, jogos érdekünk alapján.",
    "Ha ezt nem szeretnéd, tiltakozhatsz. Ahhoz, hogy a tiltakozásod már az indulástól érvényes legyen, legkésőbb {last_until} küldd el.",
    "[[Tiltakozás benyújtása|form]]",
    "Instagram",
    ('foot',)])
slot('hu.c26ig', "Megerősítő kód", body=[
    "Kedves {first}!",
    "Add meg ezt a kódot a tiltakozási űrlapon az e-mail-címed megerősítéséhez:",
    ('code',),
    "A kód egy óráig érvényes.",
    "Instagram",
    ('foot',)])
slot('hu.x26ig', "További információra van szükségünk", body=[
    "Kedves {first}!",
    "Köszönjük a tiltakozásodat. Ahhoz, hogy elbírálhassuk, több információra van szükségünk arról, hogyan érint téged az adatkezelés.",
    "Kérjük, [[töltsd ki újra az űrlapot|form]] a hiányzó adatokkal. Ezek nélkül nem tudjuk tovább feldolgozni a kérésedet.",
    "Ügyszám: {ref}",
    "Instagram",
    ('foot',)])
slot('hu.o_ig', "Valaki megjelölt egy bejegyzésben", body=[
    "Kedves {first}!",
    "balazs.kertesz megjelölt egy bejegyzésben.",
    "[[Bejegyzés megtekintése|igtag]]",
    ('foot',)])

# =====================================================================  Icelandic
slot('is.n24fb', "Uppfærsla á persónuverndarstefnu: gervigreind hjá Meta", body=[
    "Hæ {first},",
    "Við erum að undirbúa að bjóða gervigreind hjá Meta á þínu svæði, þ.e. skapandi gervigreindareiginleika okkar og líkönin sem knýja þá.",
    "Til að þróa þá munum við nota upplýsingar sem fólk deilir opinberlega á Facebook, svo sem færslur, myndir og myndatexta, á grundvelli lögmætra hagsmuna.",
    "Uppfærð persónuverndarstefna tekur gildi {use}.",
    "Þú átt rétt á að andmæla notkun upplýsinga þinna í þessum tilgangi: [[Andmælaréttur|form]]",
    "Facebook",
    ('foot',)])
slot('is.c24fb', "Staðfestingarkóðinn þinn", body=[
    "Hæ {first},",
    "Sláðu inn þennan kóða á andmælaeyðublaðinu til að staðfesta netfangið þitt:",
    ('code',),
    "Kóðinn rennur út eftir klukkustund.",
    "Facebook",
    ('foot',)])
slot('is.a24fb', "Við munum virða andmæli þín", body=[
    "Hæ {first},",
    "Við höfum farið yfir beiðni þína og munum virða andmæli þín. Héðan í frá munum við ekki nota opinberar upplýsingar þínar af Facebook til að þróa og bæta skapandi gervigreindarlíkön fyrir gervigreind hjá Meta.",
    "Tilvísunarnúmer: {ref}",
    "Facebook",
    ('foot',)])
slot('is.bank', "Auðkenningarkóði", body=[
    "Góðan dag,",
    "Notaðu eftirfarandi kóða til að staðfesta greiðslu að upphæð 12.990 kr.:",
    ('ocode',),
    "Kóðinn gildir í 5 mínútur. Norðurbanki biður þig aldrei um kóðann í síma.",
    ('small', "Norðurbanki hf.")])

# =====================================================================  Lithuanian
slot('lt.n25ig', "Kaip naudosime jūsų informaciją „Meta“ DI", body=[
    "Sveiki, {first},",
    "tobuliname „Meta“ DI, t. y. generatyviojo dirbtinio intelekto funkcijas ir modelius, kuriais jos grindžiamos.",
    "Nuo {use} naudosime pilnamečių „Instagram“ paskyrų viešą informaciją, pavyzdžiui, viešus įrašus, komentarus ir aprašus, taip pat jūsų sąveikas su DI funkcijomis. Tai darome remdamiesi teisėtais interesais.",
    "Turite teisę nesutikti. Prieštaravimą galite pateikti per [[šią formą|form]]; kad jis galiotų nuo pradžios, pateikite jį iki {last} imtinai.",
    "Instagram",
    ('foot',)])
slot('lt.c25ig', "Jūsų patvirtinimo kodas", body=[
    "Sveiki, {first},",
    "įveskite šį kodą prieštaravimo formoje, kad patvirtintumėte el. pašto adresą:",
    ('code',),
    "Kodas galioja vieną valandą.",
    "Instagram",
    ('foot',)])
slot('lt.r25ig', "Gavome jūsų prieštaravimą", body=[
    "Sveiki, {first},",
    "dėkojame. Gavome jūsų prieštaravimą dėl jūsų informacijos naudojimo „Meta“ DI ir jį išnagrinėsime pagal taikomus duomenų apsaugos teisės aktus. Apie sprendimą pranešime el. paštu.",
    "Bylos numeris: {ref}",
    "Instagram",
    ('foot',)])
slot('lt.fake_a', "Jūsų prieštaravimas priimtas", body=[
    "Sveiki,",
    "jūsų prieštaravimas priimtas: jūsų duomenys nebebus naudojami DI mokymui.",
    "Sprendimo patvirtinimą galite atsisiųsti čia: [[Atsisiųsti patvirtinimą|form]]",
    "Bylos nr. {ref}",
    "Instagram komanda"])

# =====================================================================  Latvian
slot('lv.n26fb', "Jūsu informācija un MI uzņēmumā Meta", body=[
    "Sveiki, {first}!",
    "Sākot no {use_from}, mēs izmantosim pieaugušo publisko Facebook saturu, piemēram, publiskas ziņas, komentārus un attēlu parakstus, lai izstrādātu un uzlabotu Meta ģeneratīvā MI modeļus. To darām, pamatojoties uz leģitīmām interesēm.",
    "Jums ir tiesības iebilst. Lai iebildums būtu spēkā jau no sākuma, iesniedziet to līdz {last_until} (ieskaitot).",
    "[[Iesniegt iebildumu|form]]",
    "Facebook",
    ('foot',)])
slot('lv.c26fb', "Jūsu apstiprinājuma kods", body=[
    "Sveiki, {first}!",
    "Ievadiet šo kodu iebildumu veidlapā, lai apstiprinātu savu e-pasta adresi:",
    ('code',),
    "Kods ir derīgs vienu stundu.",
    "Facebook",
    ('foot',)])
slot('lv.a26fb', "Mēs ņemsim vērā jūsu iebildumu", body=[
    "Sveiki, {first}!",
    "Esam izskatījuši jūsu pieprasījumu un ņemsim vērā jūsu iebildumu. Turpmāk mēs neizmantosim jūsu publisko informāciju no Facebook, lai izstrādātu un uzlabotu ģeneratīvā MI modeļus uzņēmumā Meta.",
    "Atsauces numurs: {ref}",
    "Facebook",
    ('foot',)])
slot('lv.o_fb', "Jums ir jauns draudzības pieprasījums", body=[
    "Sveiki, {first}!",
    "Jānis Ozols nosūtīja jums draudzības pieprasījumu.",
    "[[Skatīt pieprasījumu|fbapp]]",
    ('foot',)])

# =====================================================================  Maltese
slot('mt.n24fb', "Aġġornament tal-Politika tal-Privatezza: l-IA ta' Meta", body=[
    "Hello {first},",
    "Qed inħejju biex inwasslu l-IA ta' Meta fir-reġjun tiegħek. Din tinkludi l-karatteristiċi tal-intelliġenza artifiċjali ġenerattiva tagħna u l-mudelli li jħaddmuhom.",
    "Biex niżviluppawhom, se nużaw l-informazzjoni li n-nies jaqsmu pubblikament fuq Facebook, bħal postijiet, ritratti u d-deskrizzjonijiet tagħhom, abbażi ta' interessi leġittimi.",
    "Il-Politika tal-Privatezza aġġornata tidħol fis-seħħ fis-{use}.",
    "Għandek id-dritt li toġġezzjona għall-użu tal-informazzjoni tiegħek għal dawn l-għanijiet: [[Dritt li toġġezzjona|form]]",
    "Grazzi,\nIt-tim ta' Facebook",
    ('foot',)])
slot('mt.r24fb', "Irċevejna l-oġġezzjoni tiegħek", body=[
    "Hello {first},",
    "Grazzi talli kkuntattjajtna. Irċevejna l-oġġezzjoni tiegħek dwar l-użu tal-informazzjoni tiegħek għall-IA ta' Meta u se nirrevedukha skont il-liġi applikabbli dwar il-protezzjoni tad-data.",
    "Numru tal-każ: {ref}",
    "Se ninfurmawk bid-deċiżjoni tagħna permezz ta' email.",
    "Facebook",
    ('foot',)])
slot('mt.a24fb', "Se nonoraw l-oġġezzjoni tiegħek", body=[
    "Hello {first},",
    "Irrevedejna t-talba tiegħek u se nonoraw l-oġġezzjoni tiegħek. Minn issa 'l quddiem, mhux se nużaw l-informazzjoni pubblika tiegħek minn Facebook biex niżviluppaw u ntejbu l-mudelli tal-IA ġenerattiva għall-IA ta' Meta.",
    "Numru tal-każ: {ref}",
    "Facebook",
    ('foot',)])
slot('mt.fwd', "Fwd: Se nonoraw l-oġġezzjoni tiegħek", body=[
    "Josef, ara, aċċettawli l-oġġezzjoni. Agħmilha int ukoll qabel il-25, il-link tinsab fl-email li bagħtulek minn Facebook.",
    "Maria",
    ('quote_of', 'mt.a24fb', 'outlook-mt')])

# =====================================================================  Norwegian
slot('no.n_und', "Slik bruker vi informasjonen din til KI hos Meta", body=[
    "Hei {first},",
    "Vi bruker offentlig informasjon fra voksne brukeres Instagram-kontoer, for eksempel offentlige innlegg, bildetekster og kommentarer, til å utvikle og forbedre generative KI-modeller hos Meta. Dette gjør vi på grunnlag av berettigede interesser.",
    "Du kan når som helst protestere mot denne bruken. [[Send inn en protest|form]]",
    "Hvis vi tar protesten din til følge, slutter vi å bruke den offentlige informasjonen din til dette formålet fra da av.",
    "Instagram",
    ('foot',)])
slot('no.c_ig', "Bekreftelseskoden din", body=[
    "Hei {first},",
    "Skriv inn denne koden i protestskjemaet for å bekrefte e-postadressen din:",
    ('code',),
    "Koden utløper om én time.",
    "Instagram",
    ('foot',)])
slot('no.r_ig', "Vi har mottatt protesten din", body=[
    "Hei {first},",
    "Takk for henvendelsen. Vi har mottatt protesten din mot bruken av informasjonen din til KI hos Meta og vil vurdere den i samsvar med gjeldende personvernregler. Du får svar på e-post når vi har tatt en avgjørelse.",
    "Saksnummer: {ref}",
    "Instagram",
    ('foot',)])
slot('no.x_ig', "Svar på protesten din", body=[
    "Hei {first},",
    "Vi har vurdert protesten din nøye, men kan dessverre ikke imøtekomme den. Du har ikke gitt oss nok opplysninger om hvordan behandlingen påvirker deg.",
    "Du kan [[sende inn en ny protest|form]] med flere opplysninger, eller klage til Datatilsynet.",
    "Saksnummer: {ref}",
    "Instagram",
    ('foot',)])
slot('no.o_ig', "Ny pålogging på Instagram", body=[
    "Hei {first},",
    "Vi registrerte en pålogging på kontoen din fra en ny enhet: Chrome på Mac, Bergen.",
    "Var ikke dette deg? [[Sikre kontoen din|secure]].",
    "Instagram",
    ('foot',)])
slot('no.fake_x', "Protesten din kan ikke behandles", body=[
    "Hei,",
    "Vi trenger mer informasjon før vi kan behandle protesten din mot KI-trening. Logg inn innen 48 timer for å bekrefte kontoen, ellers blir saken avsluttet.",
    "[[Logg inn og bekreft|form]]",
    "Saksnummer: {ref}",
    "Personvernsenteret"])

# =====================================================================  Romanian
slot('ro.n25fb', "Cum îți vom folosi informațiile pentru AI de la Meta", body=[
    "Bună, {first},",
    "Dezvoltăm în continuare AI de la Meta, adică funcțiile noastre de inteligență artificială generativă și modelele pe care se bazează.",
    "Începând cu {use}, vom folosi informațiile publice din conturile persoanelor adulte, cum ar fi postările și comentariile publice, precum și interacțiunile tale cu funcțiile AI, în baza intereselor noastre legitime.",
    "Ai dreptul să te opui. Completează [[formularul de obiecție|form]] până la {last} inclusiv, dacă vrei ca obiecția ta să se aplice de la început.",
    "Echipa Facebook",
    ('foot',)])
slot('ro.c25fb', "Codul tău de confirmare", body=[
    "Bună, {first},",
    "Introdu acest cod în formularul de obiecție pentru a-ți confirma adresa de e-mail:",
    ('code',),
    "Codul expiră într-o oră.",
    "Facebook",
    ('foot',)])
slot('ro.r25fb', "Am primit obiecția ta", body=[
    "Bună, {first},",
    "Îți mulțumim pentru mesaj. Am primit obiecția ta privind utilizarea informațiilor tale pentru AI de la Meta și o vom analiza în conformitate cu legislația aplicabilă privind protecția datelor.",
    "Număr de caz: {ref}",
    "Te vom anunța prin e-mail când luăm o decizie.",
    "Facebook",
    ('foot',)])
slot('ro.a25fb', "Vom da curs obiecției tale", body=[
    "Bună, {first},",
    "Am analizat solicitarea ta și vom da curs obiecției tale. De acum înainte nu vom mai folosi informațiile tale publice de pe Facebook pentru a dezvolta și îmbunătăți modelele de AI generativă pentru AI de la Meta.",
    "Număr de caz: {ref}",
    "Facebook",
    ('foot',)])
slot('ro.bank', "Cod de autorizare", body=[
    "Stimate client,",
    "Pentru a autoriza plata de 215,50 RON către MAGAZIN EXEMPLU SRL, folosește codul:",
    ('ocode',),
    "Codul este valabil 5 minute. Nu îl comunica nimănui.",
    ('small', "Banca Carpatică S.A.")])

# =====================================================================  Slovak
slot('sk.n26fb', "Ako budeme používať vaše informácie pre AI v Meta", body=[
    "Dobrý deň,",
    "od {use} budeme na vývoj a zlepšovanie modelov generatívnej AI v Meta používať verejný obsah z facebookových účtov dospelých, napríklad verejné príspevky, komentáre a popisy fotiek. Robíme to na základe oprávneného záujmu.",
    "Máte právo namietať. Ak chcete, aby námietka platila už od začiatku, podajte ju najneskôr {last}.",
    "[[Podať námietku|form]]",
    "Facebook",
    ('foot',)])
slot('sk.c26fb', "Váš overovací kód", body=[
    "Dobrý deň,",
    "na overenie e-mailovej adresy, ktorú ste uviedli vo formulári námietky, zadajte tento kód:",
    ('code',),
    "Kód je platný jednu hodinu.",
    "Facebook",
    ('foot',)])
slot('sk.a26fb', "Vašej námietke vyhovieme", body=[
    "Dobrý deň,",
    "posúdili sme vašu žiadosť a vašej námietke vyhovieme. Odteraz nebudeme vaše verejné informácie z Facebooku používať na vývoj a zlepšovanie modelov generatívnej AI pre AI v Meta.",
    "Referenčné číslo: {ref}",
    "Facebook",
    ('foot',)])
slot('sk.fake_c', "Overovací kód k vašej námietke", body=[
    "Dobrý deň,",
    "vaša námietka čaká na potvrdenie. Zadajte kód:",
    ('code',),
    "Ak ho nezadáte do 30 minút, námietka bude zrušená. Potvrdiť môžete aj tu: [[overenie|form]]",
    "Facebook"])

# =====================================================================  Slovenian
slot('sl.n25ig', "Kako bomo uporabljali vaše informacije za UI pri Meti", body=[
    "Pozdravljeni, {first},",
    "od {use} bomo za razvoj in izboljšanje generativnih modelov UI pri Meti uporabljali javne informacije z Instagram računov polnoletnih oseb, kot so javne objave, komentarji in opisi, ter vaše interakcije s funkcijami UI. Pravna podlaga so zakoniti interesi.",
    "Pravico imate, da temu ugovarjate prek [[tega obrazca|form]]. Če želite, da ugovor velja že od začetka, ga oddajte do vključno {last}.",
    "Instagram",
    ('foot',)])
slot('sl.c25ig', "Vaša potrditvena koda", body=[
    "Pozdravljeni, {first},",
    "v obrazec za ugovor vnesite to kodo, da potrdite svoj e-poštni naslov:",
    ('code',),
    "Koda velja eno uro.",
    "Instagram",
    ('foot',)])
slot('sl.x25ig', "Odgovor na vaš ugovor", body=[
    "Pozdravljeni, {first},",
    "vaš ugovor smo skrbno pregledali, vendar mu žal ne moremo ugoditi.",
    "Če želite posredovati dodatne informacije, lahko [[oddate nov ugovor|form]]. Imate tudi pravico do pritožbe pri Informacijskem pooblaščencu.",
    "Številka zadeve: {ref}",
    "Instagram",
    ('foot',)])
slot('sl.o_ig', "Nekdo vas je omenil v komentarju", body=[
    "Pozdravljeni, {first},",
    "luka.kranjc vas je omenil v komentarju: »@nina poglej to!«",
    "[[Oglejte si komentar|igtag]]",
    ('foot',)])

# =====================================================================  Swedish
slot('sv.n26fb', "Så använder vi din information för AI hos Meta", body=[
    "Hej {first}!",
    "Från och med {use_num} använder vi offentligt innehåll från vuxnas Facebookkonton, till exempel offentliga inlägg, kommentarer och bildtexter, för att utveckla och förbättra generativa AI-modeller hos Meta. Vi gör det med stöd av berättigat intresse.",
    "Du har rätt att invända. Sista dagen att invända innan ändringen börjar gälla är {last}.",
    "[[Gör en invändning|form]]",
    "Facebook",
    ('foot',)])
slot('sv.c26fb', "Din bekräftelsekod", body=[
    "Hej {first}!",
    "Ange den här koden i invändningsformuläret för att bekräfta din e-postadress:",
    ('code',),
    "Koden gäller i en timme.",
    "Facebook",
    ('foot',)])
slot('sv.r26fb', "Vi har tagit emot din invändning", body=[
    "Hej {first}!",
    "Tack! Vi har tagit emot din invändning mot att din information används för AI hos Meta. Vi granskar den enligt gällande dataskyddsregler och meddelar dig vårt beslut via e-post.",
    "Ärendenummer: {ref}",
    "Facebook",
    ('foot',)])
slot('sv.a26fb', "Vi kommer att respektera din invändning", body=[
    "Hej {first}!",
    "Vi har granskat din begäran och kommer att respektera din invändning. Framöver använder vi inte din offentliga information från Facebook för att utveckla och förbättra generativa AI-modeller för AI hos Meta.",
    "Ärendenummer: {ref}",
    "Facebook",
    ('foot',)])
slot('sv.press', "Meta och AI: så invänder du", body=[
    "Hej!",
    "Meta mejlar just nu användare om att offentliga inlägg ska användas för AI-träning från och med den 16 december 2026. Vill du inte det kan du invända via ett formulär.",
    "Först kommer en sexsiffrig kod, sedan en bekräftelse och till sist ett beslut, till exempel ”Vi kommer att respektera din invändning”.",
    "[[Till formuläret|form]]",
    "Integritetsbrevet. [[Avsluta prenumeration|unsub]]"])
slot('sv.fake_n', "Din information används för AI – agera nu", body=[
    "Hej!",
    "Från den {use} används dina bilder och meddelanden för att träna AI. Invänd senast {last} via vår säkra sida, annars godkänns användningen automatiskt.",
    "[[Invänd här|form]]",
    "Facebook Sekretess"])
