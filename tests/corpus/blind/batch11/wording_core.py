"""Month names and long-date formats per language (written for this batch)."""
MONTHS = {
 "en": "January February March April May June July August September October November December",
 "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
 "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
 "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
 "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
 "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
 "nl": "januari februari maart april mei juni juli augustus september oktober november december",
 "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
 "sv": "januari februari mars april maj juni juli augusti september oktober november december",
 "da": "januar februar marts april maj juni juli august september oktober november december",
 "no": "januar februar mars april mai juni juli august september oktober november desember",
 "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
 "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
 "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
 "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
 "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
 "hu": "január február március április május június július augusztus szeptember október november december",
 "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
 "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
 "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
 "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
 "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
 "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
 "ga": "Eanáir Feabhra Márta Aibreán Bealtaine Meitheamh Iúil Lúnasa Meán_Fómhair Deireadh_Fómhair Samhain Nollaig",
 "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
}


def fmt(lang, d, variant=0):
    m = MONTHS[lang].split()[d.month - 1].replace("_", " ")
    if lang == "en":
        return ("%s %d, %d" % (m, d.day, d.year)) if variant else ("%d %s %d" % (d.day, m, d.year))
    if lang == "de":
        return "%d. %s %d" % (d.day, m, d.year) if not variant else "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang in ("fr", "it", "es", "pt", "ro", "nl", "pl", "sv", "el", "bg", "cs", "sk", "sl", "hr", "lt", "ga", "mt"):
        if lang == "es" or lang == "pt":
            return "%d de %s de %d" % (d.day, m, d.year)
        if lang == "fr" and d.day == 1:
            return "1er %s %d" % (m, d.year)
        if lang in ("cs", "sk", "sl", "hr"):
            return "%d. %s %d" % (d.day, m, d.year) + ("." if lang == "hr" else "")
        if lang == "lt":
            return "%d m. %s %d d." % (d.year, m, d.day)
        if lang == "bg":
            return "%d %s %d г." % (d.day, m, d.year)
        return "%d %s %d" % (d.day, m, d.year)
    if lang in ("da", "no", "is", "fi", "et"):
        return "%d. %s %d" % (d.day, m, d.year)
    if lang == "hu":
        return "%d. %s %d." % (d.year, m, d.day)
    if lang == "lv":
        return "%d. gada %d. %s" % (d.year, d.day, m)
    raise KeyError(lang)
