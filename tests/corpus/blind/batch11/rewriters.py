"""Link wrappers: Meta click tracking and mail-security rewriters, plus the inverse used by check.py."""
import base64, re
from urllib.parse import quote, unquote, urlparse, parse_qs


def meta_l(u, host="l.facebook.com"):
    return "https://%s/l.php?u=%s&h=AT1pQz7rW0xK4bN2&s=1" % (host, quote(u, safe=""))


def safelinks(u, region="eur03"):
    return ("https://%s.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C4f1c0e2a9b%%7C84df9e7fe9f640afb435aaaaaaaaaaaa"
            "%%7C1%%7C0%%7C638512345678901234%%7CUnknown&sdata=Zk3v9%%2BqLw0%%3D&reserved=0" % (region, quote(u, safe="")))


def proofpoint_v3(u):
    return "https://urldefense.com/v3/__%s__;!!G2kpM7uM-TzIFchu!kQ3xv7Yb1c$" % u


def proofpoint_v2(u):
    enc = quote(u, safe="").replace("%", "-").replace("/", "_")
    return "https://urldefense.proofpoint.com/v2/url?u=%s&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf-v5A_CdpgnVfiiMM&r=x&m=y&s=z&e=" % enc


def google_q(u):
    return "https://www.google.com/url?q=%s&sa=D&source=editors&ust=1716565716000000&usg=AOvVaw3kQ" % quote(u, safe="")


def barracuda(u):
    return "https://linkprotect.cudasvc.com/url?a=%s&c=E,1,Xy7fQz&typo=1" % quote(u, safe="")


def mimecast(u):
    return "https://protect-eu.mimecast.com/s/Ab1CDeFgHiJkLmN?domain=%s" % urlparse(u).hostname


WRAPPERS = {"meta": meta_l, "safelinks": safelinks, "pp3": proofpoint_v3, "pp2": proofpoint_v2,
            "google": google_q, "barracuda": barracuda}


def unwrap(u):
    """Used by check.py only."""
    for _ in range(4):
        p = urlparse(u)
        host = p.hostname or ""
        q = parse_qs(p.query)
        if host in ("l.facebook.com", "lm.facebook.com", "l.instagram.com") and "u" in q:
            u = q["u"][0]
        elif host.endswith("safelinks.protection.outlook.com") and "url" in q:
            u = q["url"][0]
        elif host == "urldefense.com" and p.path.startswith("/v3/__"):
            u = re.match(r"https://urldefense\.com/v3/__(.*?)__;", u).group(1)
        elif host == "urldefense.proofpoint.com" and "u" in q:
            u = unquote(q["u"][0].replace("_", "/").replace("-", "%"))
        elif host == "www.google.com" and p.path == "/url" and "q" in q:
            u = q["q"][0]
        elif host == "linkprotect.cudasvc.com" and "a" in q:
            u = q["a"][0]
        else:
            return u
    return u
