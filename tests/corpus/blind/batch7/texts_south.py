L = {}
L['ga'] = dict(persona=[('Aoife Ní Bhriain', 'aoife.nibhriain@ucd-example.ie', 'm365')], rewrite='proofpoint', mon={2: 'Feabhra', 5: 'Bealtaine', 6: 'Meitheamh'}, long='{d} {mon} {y}', num='{dd}/{mm}/{y}',
    foot='Seoladh an teachtaireacht seo chuig {to}. Meta Platforms Ireland Ltd., Baile Átha Cliath 4, Éire',
    notice=[('Táimid ag nuashonrú ár mBeartas Príobháideachais', '', 'Dia duit {name},\n\nÓ {use_long} ar aghaidh, úsáidfimid postálacha agus tráchtanna poiblí chun IS ag Meta a fhorbairt. Tá sé de cheart agat agóid a dhéanamh.\n\n[[Déan agóid|{url}]]\n\n{brand}')],
    code=[('Do chód deimhnithe', '', 'Dia duit,\n\nIs é {code} do chód.\n\n{brand}')],
    received=[('Fuaireamar d’iarratas', '', 'Dia duit {name},\n\nFuaireamar d’agóid. Uimhir an cháis: {ref}\n\n{brand}')],
    accepted=[('D’agóid', '', 'Dia duit {name},\n\nGlacaimid le d’agóid.\n\n{brand}')])
L['mt'] = dict(persona=[('Maria Borg', 'maria.borg@borgfamily.mt', 'selfhost:mx.borgfamily.mt')], rewrite='barracuda', mon={2: 'Frar', 5: 'Mejju', 6: 'Ġunju'}, long='{d} ta’ {mon} {y}', num='{dd}/{mm}/{y}',
    foot='Dan il-messaġġ intbagħat lil {to}. Meta Platforms Ireland Ltd., Dublin 4, l-Irlanda',
    notice=[('Qed naġġornaw il-Politika tal-Privatezza', '', 'Bonġu {name},\n\nMill-{use_long} se nużaw il-postijiet u l-kummenti pubbliċi biex niżviluppaw l-IA f’Meta. Għandek id-dritt li toġġezzjona.\n\n[[Oġġezzjona|{url}]]\n\n{brand}')],
    code=[('Il-kodiċi ta’ konferma', '', 'Bonġu,\n\nIl-kodiċi tiegħek huwa {code}.\n\n{brand}')],
    received=[('Irċevejna t-talba tiegħek', '', 'Bonġu {name},\n\nIrċevejna l-oġġezzjoni tiegħek. Numru tal-każ: {ref}\n\n{brand}')],
    accepted=[('L-oġġezzjoni tiegħek', '', 'Bonġu {name},\n\nAċċettajna l-oġġezzjoni tiegħek.\n\n{brand}')])
