"""Small MIME helpers producing bytes exactly as written (no email.generator rewriting)."""
import base64
import html
import quopri


def enc_text(text, charset):
    try:
        return text.encode(charset), charset
    except (UnicodeEncodeError, LookupError):
        return text.encode("utf-8"), "utf-8"


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype, text, charset="utf-8", cte="quoted-printable"):
    data, cs = enc_text(text, charset)
    if cte in ("7bit", "8bit") and any(b > 127 for b in data):
        cte = "8bit"
    elif cte == "7bit":
        pass
    head = ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n"
            % (ctype, cs, cte)).encode()
    return head + encode_body(data, cte)


def image_part(cid, name="logo.png"):
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    head = ("Content-Type: image/png; name=\"%s\"\nContent-Transfer-Encoding: base64\n"
            "Content-ID: <%s>\nContent-Disposition: inline; filename=\"%s\"\n\n" % (name, cid, name)).encode()
    return head + base64.encodebytes(png)


def multipart(subtype, parts, boundary, extra=""):
    out = ("Content-Type: multipart/%s;%s\n boundary=\"%s\"\n\n" % (subtype, extra, boundary)).encode()
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded-word(s); returns text unchanged when ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    try:
        text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode(charset)) > 30:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    out = []
    for w in words:
        b = w.encode(charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isalnum() and byte < 128:
                    q += c
                else:
                    q += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.:;()"@'):
            return '"%s" <%s>' % (name, address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, "Q"), address)


def esc(s):
    return html.escape(s, quote=False)


def meta_html(paras, preheader=None, links=(), big=None, logo_src=None, lang="en"):
    """Meta-style table layout. paras: list of str; links: list of (anchor, href)."""
    rows = []
    if logo_src:
        rows.append('<tr><td style="padding:16px 0"><img src="%s" width="30" height="30" alt="" '
                    'style="border:0"></td></tr>' % logo_src)
    for p in paras:
        if p == "%BIG%" and big:
            rows.append('<tr><td style="font-size:32px;letter-spacing:6px;font-weight:bold;'
                        'padding:18px 0;color:#1c1e21">%s</td></tr>' % esc(big))
        elif p == "%LINKS%":
            cells = " &middot; ".join('<a href="%s" style="color:#1877f2;text-decoration:none">%s</a>'
                                      % (html.escape(h), esc(a)) for a, h in links)
            rows.append('<tr><td style="font-size:14px;padding:10px 0">%s</td></tr>' % cells)
        elif p.startswith("%BUTTON%"):
            a, h = p[8:].split("|", 1)
            rows.append('<tr><td style="padding:14px 0"><table cellpadding="0" cellspacing="0">'
                        '<tr><td style="background:#1877f2;border-radius:6px;padding:10px 18px">'
                        '<a href="%s" style="color:#ffffff;font-weight:bold;text-decoration:none">%s</a>'
                        '</td></tr></table></td></tr>' % (html.escape(h), esc(a)))
        elif p.startswith("%SMALL%"):
            rows.append('<tr><td style="font-size:11px;line-height:16px;color:#8a8d91;padding:12px 0">'
                        '%s</td></tr>' % p[7:])
        else:
            rows.append('<tr><td style="font-size:15px;line-height:21px;color:#1c1e21;padding:6px 0">'
                        '%s</td></tr>' % esc(p))
    pre = ""
    if preheader:
        pre = ('<span class="mcnPreviewText" style="display:none !important;visibility:hidden;'
               'mso-hide:all;font-size:1px;color:#ffffff;line-height:1px;max-height:0;max-width:0;'
               'opacity:0;overflow:hidden">%s</span>' % esc(preheader))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional //EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html lang="%s"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title>'
            '<style nonce="x">@media all and (max-width:480px){.d{width:100%% !important}}</style>'
            '</head><body style="margin:0;padding:0" dir="ltr" bgcolor="#ffffff">%s'
            '<table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" '
            'style="border-collapse:collapse"><tr><td id="email_content" style="font-family:'
            'Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff">'
            '<table border="0" width="100%%" cellspacing="0" cellpadding="0" class="d" '
            'style="border-collapse:collapse;max-width:600px">%s</table></td></tr></table></body></html>'
            % (lang, pre, "".join(rows)))
