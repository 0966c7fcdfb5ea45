"""MIME building helpers for the blind7 batch (no use of the project under test)."""
import base64
import html
import re
from email.header import Header
from email.charset import Charset, QP as CS_QP

LEGACY = {
    'de': 'iso-8859-1', 'fr': 'windows-1252', 'es': 'iso-8859-1', 'it': 'windows-1252',
    'nl': 'iso-8859-1', 'pt': 'iso-8859-1', 'da': 'iso-8859-1', 'sv': 'iso-8859-1',
    'no': 'iso-8859-1', 'fi': 'iso-8859-15', 'is': 'iso-8859-1', 'ga': 'iso-8859-1',
    'pl': 'iso-8859-2', 'cs': 'iso-8859-2', 'sk': 'iso-8859-2', 'sl': 'iso-8859-2',
    'hr': 'iso-8859-2', 'hu': 'iso-8859-2', 'ro': 'iso-8859-16', 'el': 'iso-8859-7',
    'bg': 'windows-1251', 'lt': 'iso-8859-13', 'lv': 'iso-8859-13', 'et': 'iso-8859-15',
    'mt': 'iso-8859-3', 'en': 'us-ascii',
}


def pick_charset(lang, text, want_legacy):
    if want_legacy:
        cs = LEGACY.get(lang)
        if cs:
            try:
                text.encode(cs)
                return cs
            except UnicodeEncodeError:
                pass
    return 'utf-8'


def qp_encode(data: bytes, width: int) -> str:
    """Quoted-printable with soft breaks every `width` encoded chars (breaks fall inside words,
    codes and URLs on purpose)."""
    out_lines = []
    for raw in data.split(b'\n'):
        toks = []
        for i, b in enumerate(raw):
            c = chr(b)
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append('=%02X' % b)
            elif b in (32, 9) and i == len(raw) - 1:
                toks.append('=%02X' % b)
            else:
                toks.append(c)
        line = ''
        for t in toks:
            if len(line) + len(t) > width - 1:
                out_lines.append(line + '=')
                line = ''
            line += t
        out_lines.append(line)
    return '\n'.join(out_lines)


def b64_encode(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, text_or_bytes, charset=None, cte='8bit', qpw=76, extra=None):
    """Return (header_lines, body_str_or_bytes) for one leaf part."""
    if isinstance(text_or_bytes, str):
        data = text_or_bytes.encode(charset)
    else:
        data = text_or_bytes
    hdr = []
    if charset:
        hdr.append(f'Content-Type: {ctype}; charset="{charset}"')
    else:
        hdr.append(f'Content-Type: {ctype}')
    if extra:
        hdr.extend(extra)
    if cte == 'quoted-printable':
        body = qp_encode(data, qpw).encode('ascii')
    elif cte == 'base64':
        body = b64_encode(data).encode('ascii')
    else:
        if charset == 'us-ascii' or all(b < 128 for b in data):
            cte = '7bit'
        body = data
    hdr.append(f'Content-Transfer-Encoding: {cte}')
    return hdr, body


def multipart(subtype, parts, boundary, extra_params=''):
    hdr = [f'Content-Type: multipart/{subtype};{extra_params}\n boundary="{boundary}"']
    chunks = [b'This is a multi-part message in MIME format.\n']
    for ph, pb in parts:
        chunks.append(f'\n--{boundary}\n'.encode())
        chunks.append(('\n'.join(ph) + '\n\n').encode())
        chunks.append(pb if isinstance(pb, bytes) else pb.encode())
    chunks.append(f'\n--{boundary}--\n'.encode())
    return hdr, b''.join(chunks)


def enc_subject(s, how='b'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    if how == 'q':
        cs = Charset('utf-8')
        cs.header_encoding = CS_QP
        return Header(s, cs).encode(maxlinelen=76)
    return Header(s, 'utf-8').encode(maxlinelen=76)


def enc_name(name, addr):
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{addr}>'
        return f'{name} <{addr}>'
    except UnicodeEncodeError:
        return f'{Header(name, "utf-8").encode()} <{addr}>'


LINK_RE = re.compile(r'\[\[(.+?)\|(\S+?)\]\]')


def render_plain(body, style):
    """[[text|url]] -> plain form. style 0: 'text: url'; 1: 'text <url>'; 2: 'text\nurl'"""
    def rep(m):
        t, u = m.group(1), m.group(2)
        if style == 0:
            return f'{t}: {u}'
        if style == 1:
            return f'{t} <{u}>'
        return f'{t}\n{u}'
    return LINK_RE.sub(rep, body)


def render_html(body, preheader, to_line, logo_src, brand, code=None, href_map=None):
    href_map = href_map or (lambda u: u)
    paras = [p for p in body.split('\n\n') if p.strip()]
    rows = []
    for p in paras:
        if code and p.replace(' ', '').strip() == code:
            rows.append(f'<tr><td style="font-size:32px;font-weight:bold;letter-spacing:6px;'
                        f'padding:14px 0 14px 0;color:#1c1e21" align="left">{html.escape(p.strip())}</td></tr>')
            continue
        parts = []
        last = 0
        for m in LINK_RE.finditer(p):
            parts.append(html.escape(p[last:m.start()]).replace('\n', '<br>'))
            parts.append(f'<a href="{html.escape(href_map(m.group(2)))}" style="color:#1b74e4;'
                         f'text-decoration:none" target="_blank">{html.escape(m.group(1))}</a>')
            last = m.end()
        parts.append(html.escape(p[last:]).replace('\n', '<br>'))
        rows.append('<tr><td style="font-size:16px;line-height:21px;color:#1c1e21;'
                    f'padding:0 0 16px 0">{"".join(parts)}</td></tr>')
    pre = (f'<span style="color:transparent;display:none !important;height:0;max-height:0;'
           f'max-width:0;opacity:0;overflow:hidden;mso-hide:all;visibility:hidden;width:0">'
           f'{html.escape(preheader)}</span>') if preheader else ''
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8" /><title>' + html.escape(brand) + '</title>'
            '<style>@media all and (max-width:480px){*[class].ib_t{min-width:100% !important}}</style>'
            '</head><body style="margin:0;padding:0;" dir="ltr" bgcolor="#ffffff">' + pre +
            '<table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" '
            'style="border-collapse:collapse;"><tr><td id="email_content" style="font-family:'
            'Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff;">'
            '<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:'
            'collapse;"><tr><td height="20" style="line-height:20px;" colspan="3">&nbsp;</td></tr>'
            f'<tr><td width="15" style="display:block;width:15px;">&nbsp;</td><td><img src="{logo_src}" '
            f'width="60" height="20" alt="{html.escape(brand)}" style="border:0" /></td>'
            '<td width="15">&nbsp;</td></tr><tr><td width="15">&nbsp;</td><td>'
            '<table border="0" width="100%" cellspacing="0" cellpadding="0" style="border-collapse:'
            'collapse;">' + ''.join(rows) + '</table></td><td width="15">&nbsp;</td></tr>'
            '<tr><td width="15">&nbsp;</td><td style="font-size:11px;color:#8a8d91;line-height:16px;'
            'padding:20px 0">' + html.escape(to_line) + '</td><td width="15">&nbsp;</td></tr>'
            '</table></td></tr></table></body></html>')


# a tiny valid PNG (1x1, blue) used as inline logo
PNG = base64.b64decode(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhAI/ScTy0wAAAABJRU5ErkJggg==')
