# -*- coding: utf-8 -*-
"""Italian, Spanish, Portuguese, Romanian wording (written for this batch)."""
T = {}
T["it"] = {
 "link": "Diritto di opposizione",
 "notice": ("Stiamo aggiornando la nostra Informativa sulla privacy con l'espansione dell'IA di Meta", [
  "Ciao {name},",
  "ci stiamo preparando a offrire le esperienze di IA di Meta nella tua area geografica. L'IA di Meta comprende le nostre funzioni di IA generativa, come Meta AI, e i modelli su cui si basano.",
  "Per sviluppare e migliorare l'IA di Meta, ci baseremo sul legittimo interesse come base giuridica per l'uso delle tue informazioni pubbliche. Hai il diritto di opporti a questo trattamento.",
  "L'Informativa sulla privacy aggiornata entrerà in vigore il {date}.",
  "@LINK",
  "Grazie,\nIl team Privacy"]),
 "notice_legal": ("Informativa ai sensi degli artt. 13 e 21 GDPR: IA di Meta", [
  "Gentile {name},",
  "1. Finalità. A partire dal {date}, Meta Platforms Ireland Limited utilizzerà i contenuti pubblici degli utenti adulti nell'UE e le interazioni con l'IA di Meta per addestrare i propri modelli di IA generativa.",
  "2. Base giuridica. Il trattamento si fonda sul legittimo interesse ai sensi dell'art. 6, par. 1, lett. f) del Regolamento (UE) 2016/679, a seguito di un bilanciamento degli interessi.",
  "3. Diritto di opposizione (art. 21, par. 1, GDPR). Puoi opporti in qualsiasi momento tramite il modulo seguente:",
  "@LINK",
  "4. Reclamo. Hai il diritto di proporre reclamo al Garante per la protezione dei dati personali.",
  "Meta Platforms Ireland Limited, Merrion Road, Dublino 4, Irlanda"]),
 "code": ("Il tuo codice di conferma", [
  "Ciao {name},",
  "usa questo codice per confermare l'indirizzo e-mail inserito nella tua richiesta relativa ai diritti sulla privacy:",
  "@CODE",
  "Il codice scade tra un'ora. Non condividerlo mai con nessuno. Se non hai richiesto tu questo codice, ignora questa e-mail."]),
 "received": ("Abbiamo ricevuto la tua richiesta", [
  "Ciao {name},",
  "ti confermiamo di aver ricevuto la tua opposizione all'uso delle tue informazioni per l'IA di Meta. La stiamo esaminando e ti risponderemo via e-mail.",
  "Numero di riferimento: {ref}"]),
 "accepted": ("La tua richiesta di opposizione", [
  "Ciao {name},",
  "abbiamo esaminato la tua richiesta e accoglieremo la tua opposizione. D'ora in poi non useremo le tue informazioni pubbliche né le tue interazioni con le funzioni dell'IA di Meta per sviluppare e migliorare i modelli di IA generativa.",
  "Ti ricordiamo che la decisione ha effetto per il futuro e non riguarda i dati già trattati; potremmo comunque trattare informazioni che ti riguardano se condivise pubblicamente da altre persone.",
  "Rif.: {ref}"]),
 "refused": ("Esito della tua richiesta", [
  "Gentile {name},",
  "Numero pratica: {ref}",
  "abbiamo valutato la tua opposizione ai sensi dell'art. 21, par. 1, GDPR. Sulla base del bilanciamento tra i tuoi interessi e il nostro legittimo interesse, non siamo in grado di accogliere la richiesta, poiché non sono stati indicati motivi connessi alla tua situazione particolare.",
  "Puoi presentare una nuova richiesta in qualsiasi momento:",
  "@LINK",
  "Resta salvo il diritto di proporre reclamo al Garante."]),
 "moreinfo": ("Abbiamo bisogno di altre informazioni", [
  "Ciao {name},",
  "grazie per averci contattato (rif. {ref}). Per procedere ci servono le seguenti informazioni:",
  "1. l'account interessato;\n2. il trattamento a cui ti opponi;\n3. i motivi legati alla tua situazione particolare.",
  "In assenza di risposta entro 30 giorni non potremo dare seguito alla richiesta."]),
}
T["es"] = {
 "link": "Derecho de oposición",
 "notice": ("Actualizamos nuestra Política de privacidad a medida que ampliamos la IA en Meta", [
  "Hola, {name}:",
  "Nos estamos preparando para ofrecer la IA en Meta en tu región. La IA en Meta es nuestro conjunto de funciones de IA generativa, como Meta AI, y los modelos que las hacen posibles.",
  "Para desarrollarla y mejorarla, nos basaremos en el interés legítimo como base jurídica para usar tu información pública. Tienes derecho a oponerte a este uso.",
  "La Política de privacidad actualizada entrará en vigor el {date}.",
  "@LINK",
  "Gracias,\nEl equipo de Privacidad"]),
 "notice_legal": ("Información sobre el tratamiento de tus datos para la IA en Meta", [
  "Estimado/a {name}:",
  "Primero. A partir del {date}, Meta Platforms Ireland Limited utilizará el contenido público de las cuentas de adultos en la UE para entrenar sus modelos de IA generativa.",
  "Segundo. La base jurídica es el interés legítimo (artículo 6.1.f del RGPD), tras la correspondiente ponderación de intereses.",
  "Tercero. Puedes ejercer tu derecho de oposición (artículo 21.1 del RGPD) en cualquier momento mediante el siguiente formulario:",
  "@LINK",
  "Cuarto. Puedes presentar una reclamación ante la Agencia Española de Protección de Datos.",
  "Meta Platforms Ireland Limited, Merrion Road, Dublín 4, Irlanda"]),
 "code": ("Tu código de confirmación", [
  "Hola, {name}:",
  "Introduce este código para confirmar la dirección de correo electrónico que indicaste en tu solicitud:",
  "@CODE",
  "El código caduca en una hora. No lo compartas con nadie. Si no lo has solicitado, puedes ignorar este mensaje."]),
 "received": ("Hemos recibido tu solicitud", [
  "Hola, {name}:",
  "Te confirmamos que hemos recibido tu oposición al uso de tu información para la IA en Meta. La estamos revisando y te responderemos por correo electrónico.",
  "Número de caso: {ref}"]),
 "accepted": ("Tu solicitud de oposición", [
  "Hola, {name}:",
  "Hemos revisado tu solicitud y aceptamos tu oposición. A partir de ahora, no usaremos tu información pública ni tus interacciones con las funciones de IA en Meta para desarrollar y mejorar los modelos de IA generativa.",
  "Esta decisión no afecta a los datos tratados con anterioridad y es posible que sigamos tratando información sobre ti incluida en contenido público compartido por otras personas.",
  "Referencia: {ref}"]),
 "refused": ("Respuesta a tu solicitud", [
  "Estimado/a {name}:",
  "Número de caso: {ref}",
  "Hemos analizado tu oposición al amparo del artículo 21.1 del RGPD. Tras ponderar tus intereses con nuestro interés legítimo, no podemos atender tu solicitud, ya que no se han aportado motivos relacionados con tu situación particular.",
  "Puedes presentar una nueva solicitud cuando quieras:",
  "@LINK",
  "También puedes reclamar ante la AEPD."]),
}
T["pt"] = {
 "link": "Direito de oposição",
 "notice": ("Estamos a atualizar a nossa Política de Privacidade à medida que expandimos a IA na Meta", [
  "Olá, {name},",
  "Estamos a preparar-nos para disponibilizar a IA na Meta na tua região. Para a desenvolver e melhorar, vamos basear-nos no interesse legítimo para utilizar as tuas informações públicas. Tens o direito de te opor a esta utilização.",
  "A Política de Privacidade atualizada entra em vigor a {date}.",
  "@LINK",
  "Obrigado,\nA Equipa de Privacidade"]),
 "code": ("O teu código de confirmação", [
  "Olá, {name},",
  "Utiliza este código para confirmar o endereço de email indicado no teu pedido:",
  "@CODE",
  "Nunca partilhes este código. Se não fizeste este pedido, ignora este email."]),
 "received": ("Recebemos o teu pedido", [
  "Olá, {name},",
  "Confirmamos a receção da tua oposição à utilização das tuas informações para a IA na Meta. Estamos a analisá-la e responderemos por email.",
  "Número do processo: {ref}"]),
 "accepted": ("O teu pedido de oposição", [
  "Olá, {name},",
  "Analisámos o teu pedido e vamos respeitar a tua oposição. Deixaremos de utilizar as tuas informações públicas para desenvolver e melhorar os modelos de IA generativa da Meta.",
  "Esta decisão aplica-se daqui em diante e não abrange informações partilhadas publicamente por outras pessoas.",
  "Referência: {ref}"]),
}
T["ro"] = {
 "link": "Dreptul de opoziție",
 "notice": ("Actualizăm Politica de confidențialitate pe măsură ce extindem IA de la Meta", [
  "Bună, {name},",
  "Ne pregătim să oferim IA de la Meta în regiunea ta. Pentru a o dezvolta și îmbunătăți, ne vom baza pe interesul legitim ca temei juridic pentru utilizarea informațiilor tale publice. Ai dreptul să te opui acestei utilizări.",
  "Politica de confidențialitate actualizată intră în vigoare la {date}.",
  "@LINK",
  "Mulțumim,\nEchipa de confidențialitate"]),
 "notice_legal": ("Informare privind prelucrarea datelor pentru IA de la Meta", [
  "Stimate/Stimată {name},",
  "1. Începând cu {date}, Meta Platforms Ireland Limited va utiliza conținutul public al conturilor de adulți din UE pentru a antrena modelele de IA generativă.",
  "2. Temeiul juridic este interesul legitim, în conformitate cu art. 6 alin. (1) lit. f) din RGPD.",
  "3. Vă puteți exercita dreptul de opoziție prevăzut la art. 21 alin. (1) din RGPD prin formularul de mai jos:",
  "@LINK",
  "4. Aveți dreptul de a depune o plângere la ANSPDCP."]),
 "code": ("Codul tău de confirmare", [
  "Bună, {name},",
  "Folosește acest cod pentru a confirma adresa de e-mail introdusă în solicitarea ta:",
  "@CODE",
  "Codul expiră într-o oră. Nu îl comunica nimănui. Dacă nu ai solicitat acest cod, ignoră acest e-mail."]),
 "received": ("Am primit solicitarea ta", [
  "Bună, {name},",
  "Îți confirmăm că am primit obiecția ta privind utilizarea informațiilor tale pentru IA de la Meta. O analizăm și îți vom răspunde prin e-mail.",
  "Număr de caz: {ref}"]),
 "accepted": ("Solicitarea ta de opoziție", [
  "Bună, {name},",
  "Am analizat solicitarea ta și vom respecta obiecția. De acum înainte nu vom mai folosi informațiile tale publice pentru a dezvolta și îmbunătăți modelele de IA generativă de la Meta.",
  "Decizia nu afectează datele deja prelucrate și nici informațiile despre tine distribuite public de alte persoane.",
  "Număr de caz: {ref}"]),
 "refused": ("Răspuns la solicitarea ta", [
  "Stimate/Stimată {name},",
  "Număr de caz: {ref}",
  "Am analizat obiecția formulată în temeiul art. 21 alin. (1) din RGPD. În urma testului de echilibrare, nu putem da curs solicitării, deoarece nu ați indicat motive legate de situația dumneavoastră particulară.",
  "Puteți depune oricând o nouă solicitare:",
  "@LINK"]),
}
