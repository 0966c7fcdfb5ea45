# -*- coding: utf-8 -*-
"""Dutch and Polish wording (written for this batch)."""
T = {}
T["nl"] = {
 "link": "Recht van bezwaar",
 "notice": ("We werken ons Privacybeleid bij nu we AI bij Meta uitbreiden", [
  "Hallo {name},",
  "We bereiden ons voor om AI bij Meta in jouw regio aan te bieden. Om AI bij Meta te ontwikkelen en te verbeteren, baseren we ons op gerechtvaardigde belangen als rechtsgrond voor het gebruik van je openbare informatie. Je hebt het recht om hiertegen bezwaar te maken.",
  "Het bijgewerkte Privacybeleid gaat in op {date}.",
  "@LINK",
  "Bedankt,\nHet privacyteam"]),
 "notice_legal": ("Belangrijke informatie over het gebruik van je gegevens voor AI bij Meta", [
  "Beste {name},",
  "1. Vanaf {date} gebruikt Meta Platforms Ireland Limited openbare content van volwassen gebruikers in de EU om generatieve AI-modellen te trainen.",
  "2. Rechtsgrond: gerechtvaardigd belang (artikel 6, lid 1, onder f, AVG), na een belangenafweging.",
  "3. Je kunt op grond van artikel 21, lid 1, AVG altijd bezwaar maken via dit formulier:",
  "@LINK",
  "4. Je kunt een klacht indienen bij de Autoriteit Persoonsgegevens."]),
 "code": ("Je bevestigingscode", [
  "Hallo {name},",
  "Gebruik deze code om het e-mailadres te bevestigen dat je in je verzoek hebt opgegeven:",
  "@CODE",
  "Deel deze code nooit met anderen. Heb je deze code niet aangevraagd? Dan kun je deze e-mail negeren."]),
 "received": ("We hebben je bezwaar ontvangen", [
  "Hallo {name},",
  "Bedankt voor je bericht. We bevestigen dat we je bezwaar tegen het gebruik van je informatie voor AI bij Meta hebben ontvangen. We beoordelen het en laten je per e-mail weten wat we besluiten.",
  "Zaaknummer: {ref}"]),
 "accepted": ("Je bezwaarverzoek", [
  "Hallo {name},",
  "We hebben je verzoek beoordeeld en we zullen je bezwaar honoreren. Vanaf nu gebruiken we je openbare informatie en je interacties met AI-functies van Meta niet meer voor de ontwikkeling van generatieve AI-modellen.",
  "Dit geldt voor de toekomst; informatie over jou die anderen openbaar delen kan nog steeds worden verwerkt.",
  "Referentie: {ref}"]),
 "refused": ("Over je verzoek", [
  "Beste {name},",
  "Zaaknummer: {ref}",
  "We hebben je bezwaar op grond van artikel 21, lid 1, AVG beoordeeld. Na afweging van jouw belangen tegen onze gerechtvaardigde belangen kunnen we je bezwaar niet honoreren, omdat je geen redenen hebt gegeven die verband houden met je specifieke situatie.",
  "Je kunt altijd opnieuw bezwaar maken:",
  "@LINK"]),
 "moreinfo": ("We hebben meer informatie nodig", [
  "Hallo {name},",
  "Bedankt voor je verzoek (zaaknummer {ref}). Voordat we het kunnen behandelen, hebben we het volgende nodig:",
  "1. het account waarop je bezwaar betrekking heeft;\n2. de verwerking waartegen je bezwaar maakt;\n3. de redenen die verband houden met je specifieke situatie.",
  "Zonder deze informatie kunnen we je verzoek niet verwerken."]),
}
T["pl"] = {
 "link": "Prawo do sprzeciwu",
 "notice": ("Aktualizujemy Zasady ochrony prywatności w związku z rozwojem AI w Meta", [
  "Cześć {name},",
  "Przygotowujemy się do udostępnienia AI w Meta w Twoim regionie. Aby rozwijać i ulepszać AI w Meta, będziemy opierać się na prawnie uzasadnionym interesie jako podstawie prawnej wykorzystywania Twoich informacji publicznych. Masz prawo wnieść sprzeciw.",
  "Zaktualizowane Zasady ochrony prywatności wejdą w życie {date}.",
  "@LINK",
  "Dziękujemy\nZespół ds. prywatności"]),
 "notice_legal": ("Informacja o przetwarzaniu danych na potrzeby AI w Meta", [
  "Szanowna Pani / Szanowny Panie {name},",
  "1. Od {date} Meta Platforms Ireland Limited będzie wykorzystywać publiczne treści pełnoletnich użytkowników z UE do trenowania modeli generatywnej AI.",
  "2. Podstawą prawną jest prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO).",
  "3. Przysługuje Pani/Panu prawo sprzeciwu na podstawie art. 21 ust. 1 RODO, które można wykonać za pomocą formularza:",
  "@LINK",
  "4. Przysługuje Pani/Panu prawo wniesienia skargi do Prezesa UODO."]),
 "code": ("Twój kod potwierdzający", [
  "Cześć {name},",
  "Użyj tego kodu, aby potwierdzić adres e-mail podany we wniosku:",
  "@CODE",
  "Nigdy nie udostępniaj tego kodu. Jeśli nie prosiłeś(-aś) o ten kod, zignoruj tę wiadomość."]),
 "received": ("Otrzymaliśmy Twój sprzeciw", [
  "Cześć {name},",
  "Potwierdzamy otrzymanie Twojego sprzeciwu wobec wykorzystywania Twoich informacji do AI w Meta. Rozpatrujemy go i odpowiemy e-mailem.",
  "Numer zgłoszenia: {ref}"]),
 "accepted": ("Twój wniosek o sprzeciw", [
  "Cześć {name},",
  "Rozpatrzyliśmy Twój wniosek i uwzględnimy Twój sprzeciw. Od teraz nie będziemy wykorzystywać Twoich informacji publicznych do rozwijania i ulepszania modeli generatywnej AI w Meta.",
  "Decyzja nie dotyczy danych przetworzonych wcześniej ani informacji o Tobie udostępnionych publicznie przez inne osoby.",
  "Numer zgłoszenia: {ref}"]),
 "refused": ("Odpowiedź na Twój wniosek", [
  "Szanowna Pani / Szanowny Panie,",
  "Numer sprawy: {ref}",
  "Przeanalizowaliśmy sprzeciw wniesiony na podstawie art. 21 ust. 1 RODO. Po dokonaniu testu równowagi nie możemy go uwzględnić, ponieważ nie wskazano przyczyn związanych z Pani/Pana szczególną sytuacją.",
  "Można w każdej chwili złożyć nowy wniosek:",
  "@LINK"]),
 "moreinfo": ("Potrzebujemy dodatkowych informacji", [
  "Cześć {name},",
  "Dziękujemy za wiadomość (numer zgłoszenia {ref}). Aby rozpatrzyć Twój wniosek, potrzebujemy:",
  "1. nazwy konta, którego dotyczy sprzeciw;\n2. wskazania przetwarzania, wobec którego wnosisz sprzeciw;\n3. przyczyn związanych z Twoją szczególną sytuacją.",
  "Bez tych informacji nie będziemy mogli rozpatrzyć wniosku."]),
}
