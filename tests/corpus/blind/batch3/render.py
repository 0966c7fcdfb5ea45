# -*- coding: utf-8 -*-
"""HTML and text renderers for Meta-style layouts and for third-party mails."""
from mimekit import esc, escq, rhex, ralnum, rdigits, SOFT

BRAND = {
    'facebook': dict(color='#0866ff', name='Facebook',
                     logo='https://static.xx.fbcdn.net/rsrc.php/v4/yK/r/%s.png',
                     pixel='https://www.facebook.com/email_open_log_pic.php?mid=%s&amp;ee=AY%s',
                     addr='Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland'),
    'instagram': dict(color='#0095f6', name='Instagram',
                      logo='https://static.cdninstagram.com/rsrc.php/v4/yR/r/%s.png',
                      pixel='https://www.instagram.com/logging/email_open/?mid=%s&amp;t=%s',
                      addr='© Instagram from Meta. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland'),
    'meta': dict(color='#0064e0', name='Meta',
                 logo='https://static.xx.fbcdn.net/rsrc.php/v4/yM/r/%s.png',
                 pixel='https://www.facebook.com/email_open_log_pic.php?mid=%s&amp;ee=AY%s',
                 addr='Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland'),
    'messenger': dict(color='#a033ff', name='Messenger',
                      logo='https://static.xx.fbcdn.net/rsrc.php/v4/ya/r/%s.png',
                      pixel='https://www.facebook.com/email_open_log_pic.php?mid=%s&amp;ee=AY%s',
                      addr='Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland'),
    'whatsapp': dict(color='#25d366', name='WhatsApp',
                     logo='https://static.whatsapp.net/rsrc.php/v4/yP/r/%s.png',
                     pixel=None,
                     addr='WhatsApp Ireland Limited, Merrion Road, Dublin 4, D04 X2K5, Ireland'),
}

FONT = "font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif"


def _td(content, style=''):
    return f'<tr><td style="{FONT};{style}">{content}</td></tr>'


def block_html(b, color):
    k = b[0]
    if k == 'p':
        return _td(esc(b[1]), 'font-size:16px;line-height:21px;color:#141823;padding-bottom:14px')
    if k == 'ph':      # paragraph with inline html
        return _td(b[1], 'font-size:16px;line-height:21px;color:#141823;padding-bottom:14px')
    if k == 'small':
        return _td(esc(b[1]), 'font-size:12px;line-height:16px;color:#8a8d91;padding-bottom:8px')
    if k == 'btn':
        return ('<tr><td style="padding:6px 0 20px"><table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
                f'<tr><td style="border-radius:6px;background-color:{color};padding:10px 22px;{FONT}">'
                f'<a href="{escq(b[2])}" style="color:#ffffff;text-decoration:none;font-weight:bold;font-size:15px" target="_blank">{esc(b[1])}</a>'
                '</td></tr></table></td></tr>')
    if k == 'link':    # text link on its own line
        return _td(f'<a href="{escq(b[2])}" style="color:{color};text-decoration:none">{esc(b[1])}</a>', 'font-size:15px;padding-bottom:14px')
    if k == 'code':
        return ('<tr><td style="padding:8px 0 22px"><table border="0" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">'
                '<tr><td align="center" style="background-color:#f2f4f7;border:1px solid #dddfe2;border-radius:6px;padding:16px 0">'
                f'<span style="{FONT};font-size:32px;line-height:38px;letter-spacing:6px;font-weight:bold;color:#1c1e21">{b[1]}</span>'
                '</td></tr></table></td></tr>')
    if k == 'code_inline':
        return _td(f'{esc(b[1])} <b style="font-size:18px">{b[2]}</b>', 'font-size:16px;line-height:21px;color:#141823;padding-bottom:14px')
    if k == 'ref':
        return _td(f'{esc(b[1])}: <span style="font-weight:bold">{b[2]}</span>', 'font-size:14px;line-height:19px;color:#606770;padding:4px 0 14px')
    if k == 'quote':
        inner = '<br>'.join(esc(x) for x in b[1])
        return _td(f'<blockquote style="margin:0 0 0 6px;padding-left:10px;border-left:2px solid #ccd0d5;color:#65676b">{inner}</blockquote>', 'font-size:14px;padding-bottom:14px')
    if k == 'raw':
        return b[1]
    if k == 'htmlonly':
        return b[1]
    raise ValueError(k)


def block_text(b):
    k = b[0]
    if k in ('p', 'small', 'h'):
        return b[1]
    if k == 'ph':
        return b[2]
    if k == 'btn':
        return f'{b[1]}:\n{b[3] if len(b) > 3 else b[2]}'
    if k == 'link':
        return f'{b[1]}: {b[3] if len(b) > 3 else b[2]}'
    if k == 'code':
        return b[2] if len(b) > 2 else b[1]
    if k == 'code_inline':
        return f'{b[1]} {b[3] if len(b) > 3 else b[2]}'
    if k == 'ref':
        return f'{b[1]}: {b[2]}'
    if k == 'quote':
        return '\n'.join('> ' + x if x else '>' for x in b[1])
    if k == 'raw':
        return b[2]
    if k == 'textonly':
        return b[1]
    raise ValueError(k)


def render_text(blocks, footer=()):
    parts = [block_text(b) for b in blocks if b[0] != 'htmlonly']
    if footer:
        parts.append('\n'.join(block_text(b) for b in footer))
    return '\n\n'.join(parts) + '\n'


def render_meta_html(brand, blocks, footer, pre=None, lang='en', charset='utf-8', pixel=True, title=None):
    B = BRAND[brand]
    color = B['color']
    rows = ''.join(block_html(b, color) for b in blocks if b[0] != 'textonly')
    frows = ''.join(block_html(b, color) for b in footer)
    preh = ''
    if pre:
        preh = (f'<span style="color:#FFFFFF;display:none !important;font-size:1px;line-height:1px;max-height:0px;'
                f'max-width:0px;opacity:0;overflow:hidden;mso-hide:all">{esc(pre)}</span>')
    pix = ''
    if pixel and B['pixel']:
        pix = f'<img src="{B["pixel"] % (rhex(20), ralnum(20))}" style="border:0;width:1px;height:1px" width="1" height="1" alt="">'
    logo = B['logo'] % ralnum(11)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        f'<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
        f'<title>{esc(title or B["name"])}</title>'
        '<style nonce="' + ralnum(8) + '">@media all and (max-width:480px){*[class].ib_t{min-width:100% !important}}'
        '</style></head>'
        '<body style="margin:0;padding:0;" dir="ltr" bgcolor="#ffffff">'
        '<table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" style="border-collapse:collapse">'
        f'<tr><td id="email_content" style="{FONT};background:#ffffff">{preh}'
        '<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
        '<tr><td height="20" style="line-height:20px" colspan="3">&nbsp;</td></tr>'
        '<tr><td width="15" style="display:block;width:15px">&nbsp;&nbsp;&nbsp;</td><td>'
        '<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
        f'<tr><td style="padding-bottom:18px"><img src="{logo}" width="32" height="32" alt="{B["name"]}" style="border:0"></td></tr>'
        f'<tr><td><table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">{rows}</table></td></tr>'
        '<tr><td height="28" style="line-height:28px">&nbsp;</td></tr>'
        '<tr><td style="border-top:1px solid #e4e6eb;padding-top:14px">'
        f'<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">{frows}'
        f'<tr><td style="{FONT};font-size:11px;color:#aaaaaa;line-height:16px">{esc(B["addr"])}</td></tr></table>'
        '</td></tr></table></td><td width="15" style="display:block;width:15px">&nbsp;&nbsp;&nbsp;</td></tr>'
        '<tr><td height="20" style="line-height:20px" colspan="3">&nbsp;</td></tr>'
        f'</table>{pix}</td></tr></table></body></html>'
    )


def render_plain_html(blocks, pre=None, lang='en', charset='utf-8', title='', accent='#1a4d8f', footer_html=''):
    """A third-party newsletter-ish HTML."""
    body = ''
    for b in blocks:
        k = b[0]
        if k == 'p':
            body += f'<p style="margin:0 0 14px;font-size:15px;line-height:22px">{esc(b[1])}</p>'
        elif k == 'ph':
            body += f'<p style="margin:0 0 14px;font-size:15px;line-height:22px">{b[1]}</p>'
        elif k == 'h':
            body += f'<h2 style="margin:18px 0 10px;font-size:20px;color:{accent}">{esc(b[1])}</h2>'
        elif k == 'quote':
            body += ('<blockquote style="margin:0 0 14px 0;padding:8px 14px;border-left:4px solid ' + accent +
                     ';background:#f5f7fa;font-style:italic">' + '<br>'.join(esc(x) for x in b[1]) + '</blockquote>')
        elif k in ('link', 'btn'):
            body += f'<p style="margin:0 0 14px"><a href="{escq(b[2])}" style="color:{accent}">{esc(b[1])}</a></p>'
        elif k == 'small':
            body += f'<p style="margin:0 0 8px;font-size:12px;color:#777">{esc(b[1])}</p>'
        elif k == 'raw':
            body += b[1]
        elif k == 'ref':
            body += f'<p style="margin:0 0 14px">{esc(b[1])}: <b>{b[2]}</b></p>'
        elif k == 'code':
            body += f'<p style="margin:0 0 14px;font-size:26px;font-weight:bold;letter-spacing:3px">{b[1]}</p>'
        elif k == 'code_inline':
            body += f'<p style="margin:0 0 14px">{esc(b[1])} <b>{b[2]}</b></p>'
    preh = f'<div style="display:none;max-height:0;overflow:hidden">{esc(pre)}</div>' if pre else ''
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="{charset}"><title>{esc(title)}</title></head>'
            f'<body style="margin:0;background:#eef1f5">{preh}<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center" style="padding:24px 8px"><table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Georgia,serif;color:#222">'
            f'<tr><td style="padding:24px 28px">{body}</td></tr>'
            f'<tr><td style="padding:14px 28px;background:#f0f0f0;font-size:12px;color:#666">{footer_html}</td></tr>'
            '</table></td></tr></table></body></html>')
