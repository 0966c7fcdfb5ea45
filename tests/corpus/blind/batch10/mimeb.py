"""Small MIME builder: renders a list of content blocks as text and/or Meta-like HTML."""
import base64, quopri, html
from email.header import Header
from email.utils import formataddr

PNG = base64.b64decode(
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        return Header(value, charset).encode()


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset), addr)


def render_text(blocks, narrow=False):
    out = []
    for b in blocks:
        t = b[0]
        if t == "p":
            out.append(b[1])
        elif t == "code":
            out.append(b[1])
        elif t == "link":
            out.append("%s: %s" % (b[1], b[2]) if not narrow else "%s\n%s" % (b[1], b[2]))
        elif t == "links":
            out.append("  ".join("%s: %s" % (a, u) for a, u in b[1]))
        elif t == "quote":
            out.append("\n".join("> " + l for l in b[1].split("\n")))
        elif t == "raw":
            out.append(b[1])
    if narrow:
        res = []
        for para in out:
            for line in para.split("\n"):
                words, cur = line.split(" "), ""
                for w in words:
                    if cur and len(cur) + 1 + len(w) > 38:
                        res.append(cur)
                        cur = w
                    else:
                        cur = (cur + " " + w) if cur else w
                res.append(cur)
            res.append("")
        return "\n".join(res)
    return "\n\n".join(out) + "\n"


TD = '<tr><td style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;font-size:16px;line-height:21px;color:#141823;padding:0 0 12px 0">%s</td></tr>'


def render_html(blocks, preheader=None, lang="en", logo_cid=None, view_online=None):
    e = html.escape
    rows = []
    for b in blocks:
        t = b[0]
        if t == "p":
            rows.append(TD % e(b[1]).replace("\n", "<br>"))
        elif t == "code":
            rows.append('<tr><td style="font-size:28px;font-weight:bold;letter-spacing:3px;color:#1c1e21;padding:12px 0 18px 0;text-align:center">%s</td></tr>' % e(b[1]))
        elif t == "link":
            rows.append(TD % ('<a href="%s" style="color:#1b74e4;text-decoration:none" target="_blank">%s</a>' % (e(b[2]), e(b[1]))))
        elif t == "links":
            rows.append(TD % " &middot; ".join('<a href="%s" style="color:#1b74e4">%s</a>' % (e(u), e(a)) for a, u in b[1]))
        elif t == "quote":
            rows.append('<tr><td><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote></td></tr>' % e(b[1]).replace("\n", "<br>"))
        elif t == "raw":
            rows.append('<tr><td style="font-size:11px;color:#90949c;line-height:16px">%s</td></tr>' % e(b[1]).replace("\n", "<br>"))
    pre = ""
    if preheader:
        pre = '<span style="color:transparent;display:none !important;height:0;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;visibility:hidden;width:0">%s</span>' % e(preheader)
    top = ""
    if view_online:
        top += '<tr><td style="font-size:11px;color:#90949c;text-align:right"><a href="%s" style="color:#90949c">%s</a></td></tr>' % (e(view_online[1]), e(view_online[0]))
    if logo_cid:
        top += '<tr><td style="padding:16px 0"><img src="cid:%s" width="32" height="32" alt="" style="border:0"></td></tr>' % logo_cid
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional //EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            '<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title>'
            '<style>@media all and (max-width:480px){*[class].ib_t{min-width:100%% !important}}</style></head>'
            '<body style="margin:0;padding:0" dir="ltr" bgcolor="#ffffff">%s'
            '<table border="0" cellspacing="0" cellpadding="0" align="center" id="email_table" style="border-collapse:collapse">'
            '<tr><td id="email_content" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff">'
            '<table border="0" width="100%%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">%s%s</table>'
            '</td></tr></table></body></html>' % (lang, pre, top, "".join(rows)))


def encode_part(text, ctype, charset, cte):
    try:
        data = text.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
        data = text.encode(charset)
    if ctype == "text/html":
        data = data.replace(b"charset=utf-8", b"charset=" + charset.encode())
    if cte == "8bit" and all(c < 128 for c in data):
        cte = "7bit"
    if cte == "qp":
        body = quopri.encodestring(data).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(data).decode("ascii")
        name = "base64"
    else:
        body = data.decode(charset)
        name = cte
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, charset, name)
    return head, body, charset


def build_body(blocks, fmt, charset, cte, preheader=None, lang="en", narrow=False, view_online=None, seed=0):
    """Return (content headers, body text, actual charset)."""
    txt = render_text(blocks, narrow=narrow)
    b1 = "b1_%032x" % (seed * 7919 + 1234567)
    if fmt == "plain":
        h, b, cs = encode_part(txt, "text/plain", charset, cte)
        return "MIME-Version: 1.0\n" + h, b, cs
    if fmt == "html":
        h, b, cs = encode_part(render_html(blocks, preheader, lang, view_online=view_online), "text/html", charset, cte)
        return "MIME-Version: 1.0\n" + h, b, cs
    if fmt == "alt":
        h1, p1, cs = encode_part(txt, "text/plain", charset, cte)
        h2, p2, _ = encode_part(render_html(blocks, preheader, lang, view_online=view_online), "text/html", charset, cte)
        body = "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b1, h1, p1, b1, h2, p2, b1)
        return 'MIME-Version: 1.0\nContent-Type: multipart/alternative;\n boundary="%s"\n' % b1, body, cs
    if fmt == "related":
        b2 = "b2_%032x" % (seed * 104729 + 7654321)
        cid = "logo_%x@facebookmail.com" % (seed * 31 + 5)
        h1, p1, cs = encode_part(txt, "text/plain", charset, cte)
        h2, p2, _ = encode_part(render_html(blocks, preheader, lang, logo_cid=cid, view_online=view_online), "text/html", charset, cte)
        img = base64.encodebytes(PNG).decode("ascii")
        body = ("--%s\nContent-Type: multipart/alternative;\n boundary=\"%s\"\n\n--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n\n"
                "--%s\nContent-Type: image/png; name=\"logo.png\"\nContent-Transfer-Encoding: base64\nContent-ID: <%s>\n"
                "Content-Disposition: inline; filename=\"logo.png\"\n\n%s\n--%s--\n") % (
            b1, b2, b2, h1, p1, b2, h2, p2, b2, b1, cid, img, b1)
        return 'MIME-Version: 1.0\nContent-Type: multipart/related;\n boundary="%s"; type="multipart/alternative"\n' % b1, body, cs
    raise ValueError(fmt)
