# Newsletters / articles / personal mail (unrelated). Written for this batch.
NEWS = [
  ('en', 'Tech Weekly <digest@techweekly-news.example>', 'This week: how to stop Meta training AI on your posts',
   ['Meta is e-mailing users in Europe. The notice says the company will rely on "legitimate interests" and that you have a right to object.',
    'Our tip: open the form from the e-mail (https://www.facebook.com/help/contact/6359191084165019), enter your address and type the six-digit code Meta sends you.',
    'Readers tell us the reply usually reads "we will honour your objection". Case number: 1234567890123456 is just an example.']),
  ('de', 'Netzpolitik-Brief <brief@netzbrief.example>', 'Meta-KI: So widersprichst du bis zum 26. Mai',
   ['Meta schreibt: "Die Änderungen gelten ab dem 27. Mai 2025." Wer widersprechen will, findet das Formular im Hilfebereich.', 'Danach kommt ein Bestätigungscode per E-Mail.']),
  ('hu', 'Hírlevél – Digitális Jogok <hirlevel@digijog.example>', 'Így tiltakozhat a Meta MI-képzése ellen',
   ['A Meta levele szerint a változások 2025. május 27-én lépnek hatályba. A tiltakozási űrlapot a levélben találja.', 'Ha a Meta elfogadja a tiltakozást, ezt e-mailben jelzi: „Elfogadtuk a tiltakozásodat.”']),
  ('fi', 'Kuluttajauutiset <uutiset@kuluttaja-uutiset.example>', 'Meta alkaa käyttää julkaisujasi tekoälyyn – näin kiellät',
   ['Meta lähettää käyttäjille viestin, jonka mukaan päivitykset tulevat voimaan 27. toukokuuta 2025.', 'Lomakkeen täyttämisen jälkeen saat vahvistuskoodin sähköpostiisi.']),
  ('cs', 'Týdeník Technika <redakce@tydenik-technika.example>', 'Jak podat námitku proti AI od Meta',
   ['Meta v e-mailu píše, že změny vstoupí v platnost 27. května 2025. Námitku podáte přes formulář.', 'Pak přijde potvrzovací kód, např. 123456.']),
  ('da', 'Forbrugerbladet <nyhedsbrev@forbrug-bladet.example>', 'Sådan siger du nej til Metas AI-træning',
   ['Meta skriver, at opdateringerne træder i kraft den 27. maj 2025. Du kan gøre indsigelse via formularen.']),
  ('el', 'Ψηφιακά Νέα <news@psifiaka-nea.example>', 'Πώς να αρνηθείτε τη χρήση των δεδομένων σας από τη Meta',
   ['Η Meta ενημερώνει ότι οι αλλαγές τίθενται σε ισχύ στις 27 Μαΐου 2025. Μπορείτε να υποβάλετε αντίρρηση μέσω της φόρμας.']),
  ('lt', 'Technologijų naujienos <naujienos@tech-naujienos.example>', 'Kaip uždrausti „Meta“ naudoti jūsų įrašus DI',
   ['„Meta“ praneša, kad pakeitimai įsigalios 2025 m. gegužės 27 d. Prieštaravimą galima pateikti per formą.']),
  ('no', 'Forbrukerrådet nyhetsbrev <nyhetsbrev@forbruker-info.example>', 'Slik protesterer du mot Metas KI-trening',
   ['Meta skriver at endringene trer i kraft 27. mai 2025. Fyll ut skjemaet og bekreft e-posten med koden du får.']),
]
PERSONAL = [
  ('sk', 'Re: víkend', ['Ahoj, v sobotu to platí? Vezmem koláč. Mimochodom, podala si už tú námietku proti Meta AI?']),
  ('et', 'Koosolek neljapäeval', ['Tere! Koosolek toimub neljapäeval kell 14. Palun tooge kaasa eelarve tabel.']),
  ('ga', 'Cluiche peile Dé Sathairn', ['Haigh, an bhfuil tú ag teacht chuig an gcluiche? Buailfimid le chéile ag a dó.']),
  ('mt', 'Ikla nhar il-Ħadd', ['Ċaw! Se niltaqgħu għand in-nanna nhar il-Ħadd f\'nofsinhar. Ġib l-inbid.']),
]
