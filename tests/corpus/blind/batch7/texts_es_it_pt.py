L = {}
L['es'] = dict(
    persona=[('Lucía Navarro', 'lucia.navarro84@gmail.com', 'gmail'), ('Pablo Serrano', 'pablo.serrano@outlook.es', 'outlook')],
    mon={2: 'febrero', 5: 'mayo', 6: 'junio'}, long='{d} de {mon} de {y}', num='{d}/{m}/{y}',
    wd={0: 'lunes', 1: 'martes', 2: 'miércoles', 3: 'jueves', 4: 'viernes', 5: 'sábado', 6: 'domingo'}, wdfmt='el {w} {x}',
    foot='Este mensaje se envió a {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublín 4, D04 X2K5, Irlanda',
    notice=[
        ('Actualizamos nuestra Política de privacidad', '',
         'Hola, {name}:\n\nA partir del {use_long} usaremos la información pública de cuentas de adultos (publicaciones, comentarios, pies de foto) para desarrollar y mejorar la IA generativa de Meta, amparándonos en el interés legítimo.\n\nTienes derecho a oponerte. Si aceptamos tu oposición, dejaremos de usar tu información con ese fin.\n\n[[Oponerme|{url}]]\n\nEl equipo de {brand}'),
        ('Recordatorio: tu derecho de oposición', '',
         'Hola, {name}:\n\nTe quedan pocos días. Puedes enviar el formulario hasta el {last_num} (incluido). Después, tu oposición solo se aplicará a la información que compartas más adelante.\n\n[[Formulario de oposición|{url}]]\n\n{brand}'),
    ],
    code=[('Tu código de confirmación es {code}', '', 'Hola, {name}:\n\nHemos recibido tu solicitud. Para confirmar la dirección de correo que indicaste en el formulario, introduce este código:\n\n{code_sp}\n\nCaduca en 60 minutos.\n\n{brand}')],
    received=[('Hemos recibido tu solicitud', '', 'Hola, {name}:\n\nNúmero de caso: {ref}\n\nGracias por ponerte en contacto con nosotros. Revisaremos tu objeción y te responderemos por correo electrónico.\n\nPrivacidad de {brand}')],
    accepted=[('Respuesta a tu solicitud', '', 'Hola, {name}:\n\nHemos aprobado tu objeción. Ya no usaremos tu información pública para la IA de Meta.\n\nReferencia: {ref}\n\n{brand}')],
    refused=[('Necesitamos más información', '', 'Hola, {name}:\n\nPara poder valorar tu solicitud ({ref}) necesitamos que nos expliques cómo te afecta este tratamiento. Mientras tanto, no podemos tramitar tu oposición.\n\n{brand}')],
    other=[('Código de inicio de sesión', '', 'Hola, {name}:\n\nTu código de inicio de sesión de Facebook es {code}. No lo compartas.', 'facebook', 'login')],
    unrel=[('Tu código de BBVA', 'BBVA', 'avisos@bbva.es', 'Tu código de firma es {code}. No lo compartas con nadie, ni siquiera con empleados de BBVA.')],
    fwd=('Mira esto, ¿es de verdad?', '---------- Mensaje reenviado ---------', 'De', 'Fecha', 'Asunto'),
)
L['it'] = dict(
    persona=[('Giorgia Ferri', 'giorgia.ferri@yahoo.it', 'yahoo'), ('Marco Gallo', 'marco.gallo@yahoo.it', 'yahoo')],
    mon={2: 'febbraio', 5: 'maggio', 6: 'giugno'}, long='{d} {mon} {y}', num='{dd}/{mm}/{y}',
    wd={0: 'lunedì', 1: 'martedì', 2: 'mercoledì', 3: 'giovedì', 4: 'venerdì', 5: 'sabato', 6: 'domenica'}, wdfmt='{w} {x}',
    foot='Questo messaggio è stato inviato a {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublino 4, D04 X2K5, Irlanda',
    notice=[
        ('Aggiornamento della nostra Informativa sulla privacy', '',
         'Ciao {name},\n\nstiamo per estendere l’IA di Meta alla tua regione. Dal {use_long} useremo le informazioni pubbliche, come post e commenti, per sviluppare e migliorare i modelli di IA generativa, sulla base del legittimo interesse.\n\nPuoi opporti compilando il modulo. Non devi motivare la tua richiesta.\n\n[[Modulo di opposizione|{url}]]\n\nIl team di {brand}'),
        ('Ultimi giorni per opporti', '', 'Ciao {name},\n\nhai tempo fino a {last_wd} compreso per opporti.\n\n[[Opponiti qui|{url}]]\n\n{brand}'),
    ],
    code=[('Codice di conferma', '', 'Ciao {name},\n\nil tuo codice è {code}. Inseriscilo nel modulo per verificare il tuo indirizzo e-mail.\n\n{brand}')],
    received=[('Richiesta ricevuta', '', 'Ciao {name},\n\nabbiamo ricevuto la tua opposizione. Numero della pratica: {ref}. La esamineremo al più presto.\n\n{brand}')],
    accepted=[('La tua opposizione è stata accolta', '', 'Ciao {name},\n\nabbiamo accolto la tua opposizione: d’ora in poi non useremo le tue informazioni pubbliche per l’IA di Meta.\n\n{brand}')],
    refused=[('La tua richiesta', '', 'Ciao {name},\n\nsiamo spiacenti, ma non possiamo dare seguito alla tua richiesta (rif. {ref}) perché non è stato possibile verificare il tuo account.\n\n{brand}')],
    unrel=[('Cena sabato?', 'Chiara Gallo', 'chiara.gallo@libero.it', 'Ciao Giorgia! Sabato sei libera? Ah, ho ricevuto anche io la mail di Meta sull’IA, ne parliamo a cena.')],
    fwd=('Ti inoltro questa mail, secondo te è vera?', '---------- Messaggio inoltrato ---------', 'Da', 'Data', 'Oggetto'),
)
L['pt'] = dict(
    persona=[('Inês Carvalho', 'ines.carvalho@icloud.com', 'icloud'), ('Rui Moreira', 'rui.moreira@me.com', 'icloud')],
    mon={2: 'fevereiro', 5: 'maio', 6: 'junho'}, long='{d} de {mon} de {y}', num='{dd}/{mm}/{y}',
    foot='Esta mensagem foi enviada para {to}. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlanda',
    notice=[
        ('Vamos atualizar a nossa Política de Privacidade', '',
         'Olá, {name}.\n\nA IA na Meta vai chegar à tua região. Para isso, vamos utilizar informações públicas, como publicações e comentários, com base em interesses legítimos, a partir de {use_long}.\n\nTens o direito de te opor. [[Preencher o formulário|{url}]]\n\nA equipa do {brand}'),
        ('Lembrete: direito de oposição', '', 'Olá, {name}.\n\nO último dia para te opores é {last_long}.\n\n[[Opor-me|{url}]]\n\n{brand}'),
    ],
    code=[('O teu código de confirmação', '', 'Olá, {name}.\n\nUtiliza o código {code} para confirmares o teu endereço de e-mail no formulário.\n\n{brand}')],
    received=[('Recebemos o teu pedido', '', 'Olá, {name}.\n\nRecebemos a tua objeção e vamos analisá-la.\n\nNúmero do processo: {ref}\n\n{brand}')],
    accepted=[('A tua objeção', '', 'Olá, {name}.\n\nN.º do pedido: {ref}\n\nVamos respeitar a tua objeção. As tuas informações públicas deixarão de ser utilizadas para a IA na Meta.\n\n{brand}')],
    refused=[('O teu pedido', '', 'Olá, {name}.\n\nLamentamos, mas não podemos processar o teu pedido {ref}. Precisamos de mais informações.\n\n{brand}')],
    unrel=[('Código MB WAY', 'MB WAY', 'noreply@mbway.pt', 'O seu código de confirmação MB WAY é {code}.')],
    fwd=('Vê isto, parece verdadeiro?', '---------- Mensagem encaminhada ---------', 'De', 'Data', 'Assunto'),
)
