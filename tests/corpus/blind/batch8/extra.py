"""other_meta and unrelated messages."""
import email.utils

import assemble as A
import hdrs
import mimeb as M
from build import W, FORMS, ROUNDS, SENDER, content, fmt_date, wrap

EN_OM_EXTRA = [
    ("instagram", "Your Instagram data download is ready", "Hi {n}, the download of your information you "
     "requested on Instagram is ready. For your security, it will only be available for a few days."),
    ("meta", "What's new in Meta Business Suite", "Plan posts for Facebook and Instagram in one place. "
     "New: schedule Reels and reply to messages from your desktop. Learn more in the Meta Blueprint centre."),
    ("facebook", "Your Page has a new follower", "Hi {n}, 4 people started following your Page this week."),
]


def other_meta(s, r, idx):
    per = s["persona"]
    L = W.get(s["lang"], W["en"])
    subj, text = s["om"]
    code6 = "%06d" % r.randint(0, 999999)
    text = text.format(code6=code6, n=per["first"])
    subj = subj.format(code6=code6, n=per["first"])
    plat = s["platform"]
    name, fa, dom = SENDER[plat]
    if plat == "facebook" and ("login" in subj.lower() or "mot de passe" in subj.lower()):
        fa = "security@facebookmail.com"
    c = dict(subject=subj, paras=["%s" % L["hi"].format(n=per["first"]) if s["lang"] in W else "Hi,", text],
             links=[("Facebook" if plat != "instagram" else "Instagram",
                     "https://www.facebook.com/" if plat != "instagram" else "https://www.instagram.com/")],
             tail=[L["team"].format(P=name) if "team" in L else name],
             foot=[L["footer"].format(to=per["addr"])], big=None, pre=None)
    if s.get("mention_form"):
        # a Meta newsletter that mentions the privacy centre but is not about the person's objection
        c["links"].append(("Privacy Centre", "https://www.facebook.com/privacy/center/"))
    fdom = fa.split("@")[1]
    v = dict(dkim="pass", dmarc="pass", spf="pass", dkim_d=dom, hfrom=fdom)
    ip = A.META_IP[idx % 5]
    host = ip.replace(".", "-") + ".mail-mail.facebook.com"
    h = A.headers(s, r, subj, name, fa, "notification+%s@%s" % (hdrs._h(r, 8).lower(), fdom), host, ip, v,
                  ["X-Mailer: ZuckMail [version 1.00]"])
    bnd = "b1_%s" % hdrs._h(r, 32).lower()
    lab = dict(code=None, deadline=None, objection_url=None, reference=None)
    return h + A.body(s, c, r, bnd), lab


def _plain(s, r, frm_name, frm_addr, subject, text, html=None, extra=()):
    per = s["persona"]
    dom = frm_addr.split("@")[1]
    ip = "212.27.%d.%d" % (r.randint(1, 250), r.randint(1, 250))
    v = dict(dkim="pass", dmarc="pass", spf="pass", dkim_d=dom, hfrom=dom)
    h = A.headers(s, r, subject, frm_name, frm_addr, frm_addr, "smtp-out.%s" % dom, ip, v, list(extra))
    cs = s.get("cs", "utf-8")
    cte = s.get("cte", "quoted-printable")
    if html:
        b = M.multipart("alternative", [M.leaf("text/plain", text, cs, cte), M.leaf("text/html", html, cs, cte)],
                        "=_NextPart_%s" % hdrs._h(r, 20))
    else:
        b = M.leaf("text/plain", text, cs, cte)
    return h + b


NULL = dict(code=None, deadline=None, objection_url=None, reference=None)


def forward(s, r, idx):
    """A person forwards a Meta message (notice, code or answer)."""
    inner = dict(s["inner"])
    inner["persona"] = s["orig_persona"]
    c = content(inner, r)
    L = W[s["lang"]]
    when = inner["when"]
    fwdhead = "\n".join([L["fwd_head"], "From: %s <%s>" % SENDER[inner.get("sender", inner["platform"])][:2],
                         "Date: %s" % email.utils.format_datetime(when), "Subject: %s" % c["subject"],
                         "To: <%s>" % s["orig_persona"]["addr"]])
    text = L["fwd_note"] + "\n\n" + fwdhead + "\n\n" + A.text_of(c)
    subj = "%s %s" % (L["fwd"], c["subject"])
    fp = s["orig_persona"]
    return _plain(s, r, fp["name"], fp["addr"], subj, text), dict(NULL)


def reply(s, r, idx):
    """A friend replies, quoting the Meta notice the person had forwarded."""
    inner = dict(s["inner"])
    inner["persona"] = s["persona"]
    c = content(inner, r)
    L = W[s["lang"]]
    quoted = "\n".join("> " + line for line in A.text_of(c).splitlines())
    text = L["reply_note"] + "\n\n" + quoted + "\n"
    f = s["friend"]
    return _plain(s, r, f[0], f[1], "Re: %s %s" % (L["fwd"], c["subject"]), text,
                  extra=["In-Reply-To: <%s@%s>" % (hdrs._h(r, 12).lower(), s["persona"]["addr"].split("@")[1])]), dict(NULL)


def article(s, r, idx):
    L = W[s["lang"]]
    rd = ROUNDS[s["round"]]
    d = fmt_date(L, rd["dl"])
    last = fmt_date(L, rd["dl"].fromordinal(rd["dl"].toordinal() - 1))
    paras = [p.format(date=d, last=last) for p in L["art"]]
    form = FORMS[("facebook", s["round"])]
    link = wrap(form, s.get("wrap", "none"), r)
    text = "\n\n".join(paras) + "\n\nFacebook: " + link + "\nInstagram: " + FORMS[("instagram", s["round"])] + \
        "\n\n-- \n%s\n%s\n" % (s["pub"][0], "https://%s/newsletter/unsubscribe?id=%d" % (s["pub"][1].split("@")[1], r.randint(10**6, 10**7)))
    html = "<html><body>%s<p><a href=\"%s\">Facebook</a> | <a href=\"%s\">Instagram</a></p></body></html>" % (
        "".join("<p>%s</p>" % M.esc(p) for p in paras), link, FORMS[("instagram", s["round"])])
    return _plain(s, r, s["pub"][0], s["pub"][1], L["art_subj"], text, html,
                  extra=["List-Id: <news.%s>" % s["pub"][1].split("@")[1],
                         "List-Unsubscribe: <mailto:unsubscribe@%s>" % s["pub"][1].split("@")[1]]), dict(NULL)


def personal(s, r, idx):
    return _plain(s, r, s["frm"][0], s["frm"][1], s["subj"], s["text"]), dict(NULL)
