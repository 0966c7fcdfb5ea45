"""Message builders: turn a spec into bytes + manifest labels."""
import datetime as dt
import urllib.parse as up

import hdrs
import mimeb as M
from w_east import LANGS as _C
from w_north import LANGS as _B
from w_west import LANGS as _A

W = {**_A, **_B, **_C}

ROUNDS = {
    "2024": dict(dl=dt.date(2024, 6, 26), since=None, help=dt.date(2024, 5, 22)),
    "2025": dict(dl=dt.date(2025, 5, 27), since=dt.date(2025, 3, 20), help=dt.date(2025, 4, 14)),
    "2026": dict(dl=dt.date(2026, 10, 7), since=dt.date(2025, 3, 20), help=dt.date(2026, 8, 20)),
    "2027": dict(dl=dt.date(2027, 2, 15), since=dt.date(2025, 3, 20), help=dt.date(2027, 1, 4)),
}
FORMS = {
    ("facebook", "2024"): "https://www.facebook.com/help/contact/712876720715583",
    ("instagram", "2024"): "https://help.instagram.com/contact/767264225370182",
    ("facebook", "2025"): "https://www.facebook.com/help/contact/712876720715583",
    ("instagram", "2025"): "https://help.instagram.com/contact/233964459562201",
    ("meta", "2025"): "https://www.facebook.com/privacy/genai",
    ("messenger", "2025"): "https://www.facebook.com/privacy/genai",
    ("facebook", "2026"): "https://www.facebook.com/help/contact/1093327558942110",
    ("instagram", "2026"): "https://help.instagram.com/contact/1188532066140977",
    ("messenger", "2026"): "https://www.messenger.com/help/contact/482957106531214",
    ("meta", "2026"): "https://www.meta.com/help/privacy/objection/ai/",
    ("facebook", "2027"): "https://www.facebook.com/help/contact/2270316646630781",
    ("messenger", "2027"): "https://www.messenger.com/help/contact/9071823364455120",
    ("instagram", "2027"): "https://help.instagram.com/contact/5528710039981456",
    ("meta", "2027"): "https://www.facebook.com/privacy/genai",
}
SENDER = {
    "facebook": ("Facebook", "noreply@facebookmail.com", "facebookmail.com"),
    "facebook2": ("Facebook Privacy", "privacy-noreply@support.facebook.com", "facebook.com"),
    "instagram": ("Instagram", "no-reply@mail.instagram.com", "mail.instagram.com"),
    "messenger": ("Messenger", "noreply@facebookmail.com", "facebookmail.com"),
    "meta": ("Meta", "noreply@facebookmail.com", "facebookmail.com"),
}
PNAME = {"facebook": "Facebook", "facebook2": "Facebook", "instagram": "Instagram",
         "messenger": "Messenger", "meta": "Meta"}


def fmt_date(L, d, alt=False):
    f = L.get("dfmt2") if alt and L.get("dfmt2") else L["dfmt"]
    return f.format(d=d.day, dd="%02d" % d.day, mm="%02d" % d.month, M=L["months"][d.month - 1], y=d.year)


def wrap(url, how, r):
    q = up.quote(url, safe="")
    if how == "lfb":
        return "https://l.facebook.com/l.php?u=%s&h=AT%s" % (q, hdrs._h(r, 24))
    if how == "safelinks":
        return ("https://eur0%d.safelinks.protection.outlook.com/?url=%s&data=05%%7C02%%7C%%7C%s%%7C0%%7C0%%7C638%d"
                "&sdata=%s%%3D&reserved=0" % (r.randint(1, 5), q, hdrs._h(r, 32).lower(), r.randint(10**14, 10**15),
                                              hdrs._h(r, 40)))
    if how == "pp3":
        return "https://urldefense.com/v3/__%s__;!!%s!%s$" % (url, hdrs._h(r, 8), hdrs._h(r, 40))
    if how == "pp2":
        enc = url.replace("-", "-2D").replace(":", "-3A").replace("/", "_").replace("?", "-3F").replace("=", "-3D")
        return ("https://urldefense.proofpoint.com/v2/url?u=%s&d=DwMFaQ&c=%s&r=%s&m=%s&s=%s&e="
                % (enc, hdrs._h(r, 20), hdrs._h(r, 30), hdrs._h(r, 30), hdrs._h(r, 30)))
    if how == "google":
        return "https://www.google.com/url?q=%s&sa=D&source=editors&ust=%d&usg=AOvVaw%s" % (
            url, r.randint(10**15, 10**16), hdrs._h(r, 20))
    if how == "barracuda":
        return "https://linkprotect.cudasvc.com/url?a=%s&c=E,1,%s&typo=1" % (q.lower(), hdrs._h(r, 40))
    if how == "mimecast":
        return "https://protect-eu.mimecast.com/s/%s?domain=%s" % (hdrs._h(r, 16), up.urlsplit(url).hostname)
    return url


def other_links(platform, r):
    if platform == "instagram":
        return dict(pol="https://privacycenter.instagram.com/policy", help="https://help.instagram.com/",
                    pc="https://privacycenter.instagram.com/",
                    unsub="https://www.instagram.com/emails/unsubscribe/?uidb36=%s&token=%s" % (hdrs._h(r, 8).lower(), hdrs._h(r, 20)))
    return dict(pol="https://www.facebook.com/privacy/policy/", help="https://www.facebook.com/help/1154584412005914",
                pc="https://www.facebook.com/privacy/center/",
                unsub="https://www.facebook.com/o.php?k=AS%s&u=1000%d&mid=%s" % (hdrs._h(r, 22), r.randint(10**10, 10**11), hdrs._h(r, 14).lower()))


def content(s, r):
    """Return dict(subject, paras(text), hparas(html), links, big, pre, labels)."""
    L = W[s["lang"]]
    P = PNAME[s.get("sender", s["platform"])]
    plat = s["platform"]
    per = s["persona"]
    name = per["first"]
    kind = s["kind"]
    lab = dict(code=None, deadline=None, objection_url=None, reference=None)
    paras, links, big, pre = [], [], None, None
    hi = L["hi"].format(n=name)
    sign = [L["thanks"], L["team"].format(P=P)]
    foot = L["footer"].format(to=per["addr"])
    if kind == "policy_notice":
        rd = ROUNDS[s["round"]]
        alt = s.get("numdate", False)
        form = s.get("form") or FORMS[(plat, s["round"])]
        shown = wrap(form, s.get("wrap", "none"), r)
        ol = other_links(plat, r)
        subj = L["n_subj"][s.get("subj", 0) % len(L["n_subj"])]
        pre = L.get("n_pre")
        paras = [hi, L["n_p1"]]
        if rd["since"] and "n_since" in L and s.get("verbose", True):
            paras.append(L["n_since"].format(since=fmt_date(L, rd["since"], alt)))
        paras.append(L["n_p2"])
        if not s.get("undated"):
            paras.append(L["n_date"].format(date=fmt_date(L, rd["dl"], alt)))
            lab["deadline"] = rd["dl"].isoformat()
            if "n_last" in L and s.get("verbose", True):
                paras.append(L["n_last"].format(last=fmt_date(L, rd["dl"] - dt.timedelta(days=1), alt)))
        paras.append(L["n_cond"])
        if "help_line" in L and s.get("verbose", True):
            paras.append(L["help_line"].format(helpdate=fmt_date(L, rd["help"], alt)))
        links = [(L["a_obj"], shown), (L["a_pol"], wrap(ol["pol"], s.get("wrap_all", "none"), r))]
        if "a_pc" in L:
            links.append((L["a_pc"], ol["pc"]))
        links.append((L["a_help"], ol["help"]))
        tail = sign[:]
        if "n_acct" in L and s.get("verbose", True):
            tail.append(L["n_acct"].format(P=P, created=fmt_date(L, per["created"], alt)))
        if s.get("fake_url"):
            links[0] = (L["a_obj"], s["fake_url"])
        else:
            lab["objection_url"] = form if s.get("wrap") != "mimecast" else None
        return dict(subject=subj, paras=paras, links=links, tail=tail, foot=[foot, L["unsub"]],
                    unsub=ol["unsub"], big=None, pre=pre, lab=lab)
    if kind == "verification_code":
        code = s["code"]
        lab["code"] = code
        shown = code if not s.get("spaced") else code[:3] + " " + code[3:]
        subj = L["c_subj"][s.get("subj", 0) % len(L["c_subj"])].format(code=code)
        paras = [hi, L["c_p1"], "%BIG%", L["c_exp"]]
        tail = sign[:]
        if "c_foot" in L:
            tail.insert(0, L["c_foot"].format(P=P))
        return dict(subject=subj, paras=paras, links=[], tail=tail, foot=[foot], big=shown, pre=None, lab=lab)
    ref = s.get("ref")
    reftxt = L["ref"][s.get("refstyle", 0) % len(L["ref"])].format(r=ref)
    lab["reference"] = ref
    if kind == "objection_received":
        subj = L["r_subj"][s.get("subj", 0) % len(L["r_subj"])]
        paras = [hi, L["r_p"], reftxt]
    elif kind == "objection_accepted":
        subj = L["ok_subj"][s.get("subj", 0) % len(L["ok_subj"])]
        paras = [hi, L["ok_p"], reftxt]
    else:
        subj = L["no_subj"][s.get("subj", 0) % len(L["no_subj"])]
        paras = [hi, L["info_p"] if s.get("info") else L["no_p"], reftxt]
    if s.get("subj_ref"):
        subj = "%s [%s]" % (subj, reftxt)
    links = []
    if s.get("offer_form"):
        form = FORMS[(plat, s["round"])]
        links = [(L["a_obj"], wrap(form, s.get("wrap", "none"), r))]
        lab["objection_url"] = form if s.get("wrap") != "mimecast" else None
    tail = sign[:]
    quoted = None
    if s.get("quote_ref"):
        quoted = ["-----", "> " + L["r_p"], "> " + L["ref"][0].format(r=s["quote_ref"])]
    return dict(subject=subj, paras=paras, links=links, tail=tail, foot=[foot], big=None, pre=None,
                lab=lab, quoted=quoted)
