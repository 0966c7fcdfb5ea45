"""Hand-made MIME bodies: text, html, alternative, related; qp / base64 / 8bit; any charset."""
import base64, quopri, html as H

def _enc(text, charset, cte):
    raw = text.replace('\n', '\r\n').encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii').replace('\r\n', '\n').replace('=0D\n', '\n').replace('=0D=\n', '=\n')
    if cte == 'base64':
        b = base64.b64encode(raw).decode('ascii')
        return '\n'.join(b[i:i + 76] for i in range(0, len(b), 76))
    return text  # 8bit / 7bit

def leaf(ctype, text, charset, cte, extra=''):
    body = _enc(text, charset, cte)
    if cte == 'quoted-printable':
        body = quopri.encodestring(text.encode(charset)).decode('ascii')
    return 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n%s\n' % (ctype, charset, extra, cte, body)

PNG = base64.b64encode(bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000'
    '1f15c4890000000d49444154789c6360f8cf00000301010018dd8db40000000049454e44ae426082')).decode()

def multipart(sub, parts, boundary):
    out = 'Content-Type: multipart/%s;\n boundary="%s"\n\n' % (sub, boundary)
    if sub == 'related':
        out = 'Content-Type: multipart/related;\n type="multipart/alternative";\n boundary="%s"\n\n' % boundary
    out += 'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += '--%s\n%s\n' % (boundary, p)
    return out + '--%s--\n' % boundary

def image_part(cid):
    return ('Content-Type: image/png; name="logo.png"\nContent-Transfer-Encoding: base64\n'
            'Content-ID: <%s>\nContent-Disposition: inline; filename="logo.png"\n\n%s\n' % (cid, PNG))

def to_html(paras, pre, logo_cid=None, code_cell=None, lang='en'):
    """paras: list of (kind, payload). kind 'p' text, 'a' (anchor,url), 'code' str."""
    rows = []
    for k, v in paras:
        if k == 'p':
            rows.append('<tr><td style="font-size:15px;line-height:21px;color:#1c1e21;padding:0 0 14px 0">%s</td></tr>'
                        % H.escape(v).replace('\n', '<br>'))
        elif k == 'a':
            rows.append('<tr><td style="padding:4px 0 16px 0"><table cellspacing="0" cellpadding="0"><tr><td bgcolor="#0866ff" style="border-radius:6px;padding:10px 18px">'
                        '<a href="%s" style="color:#ffffff;text-decoration:none;font-weight:bold">%s</a></td></tr></table></td></tr>' % (H.escape(v[1], quote=True), H.escape(v[0])))
        elif k == 'code':
            rows.append('<tr><td align="center" style="padding:10px 0 18px 0"><table cellspacing="0" cellpadding="0"><tr>'
                        '<td style="font-size:30px;letter-spacing:6px;font-family:Helvetica,Arial;background:#f0f2f5;border:1px solid #ccd0d5;border-radius:6px;padding:12px 28px">%s</td></tr></table></td></tr>' % H.escape(v))
    logo = ('<tr><td style="padding:18px 0"><img src="cid:%s" width="32" height="32" alt="Meta"></td></tr>' % logo_cid) if logo_cid else \
           '<tr><td style="padding:18px 0;font-size:18px;color:#0866ff;font-weight:bold">Meta</td></tr>'
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            '<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title>'
            '<style>@media all and (max-width:480px){.mb{width:100%% !important}}</style></head>'
            '<body style="margin:0;padding:0" dir="ltr" bgcolor="#ffffff">'
            '<span style="color:transparent;display:none !important;height:0;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;visibility:hidden;width:0">%s</span>'
            '<table border="0" width="100%%" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr><td width="15"></td><td>'
            '<table class="mb" border="0" width="512" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse">%s%s'
            '<tr><td style="font-size:11px;color:#8a8d91;padding:20px 0">Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Ireland</td></tr>'
            '</table></td><td width="15"></td></tr></table></body></html>') % (lang, H.escape(pre), logo, ''.join(rows))
