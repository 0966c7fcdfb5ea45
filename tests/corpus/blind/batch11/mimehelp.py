"""MIME body builder for the blind11 batch: text, Meta-style HTML tables, alternative, related."""
import base64, quopri, html

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def can_encode(text, cs):
    try:
        text.encode(cs)
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        # quopri wraps at 76 columns with soft breaks, which land inside words, codes and URLs
        out = quopri.encodestring(raw, quotetabs=False).decode("ascii")
        return out
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode("ascii", "surrogateescape")


def render_text(paras, wrap=None):
    """paras: str | ('link', label, url) | ('code', code) | ('quote', [lines]) | ('sig', str)."""
    out = []
    for p in paras:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "link":
            out.append("%s: %s" % (p[1], wrap(p[2]) if wrap else p[2]))
        elif p[0] == "code":
            out.append(p[1])
        elif p[0] == "quote":
            out.append("\n".join("> " + l if l else ">" for l in p[1]))
        elif p[0] == "raw":
            out.append(p[1])
    return "\n\n".join(out) + "\n"


def render_html(paras, wrap=None, preheader=None, brand="#1877f2", cid=None):
    td = '<td style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#1c1e21;padding:6px 0">'
    rows = []
    if cid:
        rows.append('<tr><td style="padding:12px 0"><img src="cid:%s" width="40" height="40" alt="" /></td></tr>' % cid)
    for p in paras:
        if isinstance(p, str):
            rows.append("<tr>%s%s</td></tr>" % (td, html.escape(p).replace("\n", "<br>")))
        elif p[0] == "link":
            u = wrap(p[2]) if wrap else p[2]
            rows.append('<tr>%s<a href="%s" style="color:%s;text-decoration:none">%s</a></td></tr>'
                        % (td, html.escape(u), brand, html.escape(p[1])))
        elif p[0] == "code":
            rows.append('<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:30px;font-weight:bold;'
                        'letter-spacing:6px;padding:14px 0;color:#1c1e21">%s</td></tr>' % html.escape(p[1]))
        elif p[0] == "quote":
            rows.append('<tr><td><blockquote style="border-left:2px solid #ccc;margin:0;padding-left:8px">%s</blockquote></td></tr>'
                        % "<br>".join(html.escape(l) for l in p[1]))
        elif p[0] == "raw":
            rows.append("<tr>%s%s</td></tr>" % (td, html.escape(p[1]).replace("\n", "<br>")))
    pre = ""
    if preheader:
        pre = ('<span style="display:none!important;visibility:hidden;mso-hide:all;font-size:1px;color:#ffffff;'
               'line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">%s</span>' % html.escape(preheader))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<title></title></head><body style="margin:0;padding:0" dir="ltr" bgcolor="#ffffff">%s'
            '<table border="0" width="100%%" cellspacing="0" cellpadding="0" align="center" id="email_table" style="border-collapse:collapse">'
            '<tr><td id="email_content" style="font-family:Helvetica Neue,Helvetica,Lucida Grande,tahoma,verdana,arial,sans-serif;background:#ffffff">'
            '<table border="0" width="100%%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">%s</table>'
            '</td></tr></table></body></html>\n' % (pre, "".join(rows)))


def leaf(ctype, text, cs, cte):
    if not can_encode(text, cs):
        cs = "utf-8"
    if cte in ("8bit", "7bit") and not all(ord(c) < 128 for c in text) and cte == "7bit":
        cte = "quoted-printable"
    if ctype == "text/html":
        text = text.replace("charset=utf-8", "charset=" + cs)
    hdr = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, cs, cte)
    return hdr, encode_body(text, cs, cte)


def build(paras, layout, cs="utf-8", cte="quoted-printable", wrap=None, preheader=None, seed="0"):
    """Return (content headers, body) as str; layout: text | html | alt | related."""
    b = "b1_" + seed
    if layout == "text":
        h, body = leaf("text/plain", render_text(paras, wrap), cs, cte)
        return h, body
    if layout == "html":
        h, body = leaf("text/html", render_html(paras, wrap, preheader), cs, cte)
        return h, body
    th, tb = leaf("text/plain", render_text(paras, wrap), cs, cte)
    if layout == "alt":
        hh, hb = leaf("text/html", render_html(paras, wrap, preheader), cs, cte)
        body = "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b, th, tb, b, hh, hb, b)
        return 'Content-Type: multipart/alternative;\n boundary="%s"\n' % b, body
    # related: alternative(text, html with cid image) + image
    cid = "logo_%s@fb" % seed
    hh, hb = leaf("text/html", render_html(paras, wrap, preheader, cid=cid), cs, cte)
    b2 = "b2_" + seed
    alt = "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b2, th, tb, b2, hh, hb, b2)
    img = base64.encodebytes(PNG).decode()
    body = ('--%s\nContent-Type: multipart/alternative;\n boundary="%s"\n\n%s\n--%s\n'
            'Content-Type: image/png; name="logo.png"\nContent-Transfer-Encoding: base64\n'
            'Content-ID: <%s>\nContent-Disposition: inline; filename="logo.png"\n\n%s\n--%s--\n'
            % (b, b2, alt, b, cid, img, b))
    return 'Content-Type: multipart/related;\n boundary="%s";\n type="multipart/alternative"\n' % b, body
