"""Personas and the list of message specs (deterministic)."""
import datetime as dt

from build import W

UTC = dt.timezone.utc


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def P(first, name, addr, prov, mbox, lang, created, off=1):
    return dict(first=first, name=name, addr=addr, prov=prov, mbox=mbox, lang=lang, created=created, tz=tz(off))


PER = {
    "en": P("Siobhan", "Siobhan Kelly", "siobhan.kelly84@gmail.com", "gmail", "gmail", "en", dt.date(2009, 3, 14), 0),
    "fr": P("Camille", "Camille Rousseau", "camille.rousseau@orange.fr", "orange", "perso", "fr", dt.date(2011, 9, 2)),
    "fr2": P("Julien", "Julien Meyer", "julien.meyer@free.fr", "free", "free", "fr", dt.date(2014, 1, 20)),
    "de": P("Lena", "Lena Hoffmann", "lena.hoffmann@gmx.de", "gmx", "privat", "de", dt.date(2010, 6, 8), 2),
    "de2": P("Markus", "Markus Brandt", "m.brandt@kanzlei-brandt.de", "m365", "büro", "de", dt.date(2012, 11, 30), 2),
    "it": P("Francesca", "Francesca Greco", "francesca.greco@libero.it", "libero", "casa", "it", dt.date(2013, 4, 17), 2),
    "es": P("Javier", "Javier Morales", "javi.morales@outlook.es", "outlook", "personal", "es", dt.date(2012, 2, 29), 2),
    "pt": P("Inês", "Inês Carvalho", "ines.carvalho@icloud.com", "icloud", "icloud", "pt", dt.date(2015, 7, 7), 1),
    "nl": P("Pieter", "Pieter Janssens", "pieter.janssens@telenet.be", "telenet", "thuis", "nl", dt.date(2010, 10, 10), 2),
    "nl2": P("Sanne", "Sanne Visser", "sanne.visser@proton.me", "proton", "proton", "nl", dt.date(2016, 5, 5), 2),
    "pl": P("Agnieszka", "Agnieszka Wójcik", "a.wojcik@wp.pl", "wp", "prywatna", "pl", dt.date(2011, 8, 19), 2),
    "ro": P("Andrei", "Andrei Popescu", "andrei.popescu@yahoo.com", "yahoo", "yahoo", "ro", dt.date(2012, 12, 1), 3),
    "sv": P("Elin", "Elin Lindqvist", "elin.lindqvist@fastmail.com", "fastmail", "fm", "sv", dt.date(2008, 2, 11), 2),
    "cs": P("Tomáš", "Tomáš Dvořák", "tomas.dvorak@seznam.cz", "seznam", "seznam", "cs", dt.date(2012, 3, 3), 2),
    "sk": P("Zuzana", "Zuzana Horváthová", "zuzana.horvathova@gmail.com", "gmail", "gmail", "sk", dt.date(2014, 9, 9), 2),
    "hu": P("Eszter", "Nagy Eszter", "eszter.nagy88@gmail.com", "gmail", "gmail", "hu", dt.date(2013, 1, 1), 2),
    "hr": P("Ivana", "Ivana Kovačić", "ivana.kovacic@outlook.com", "outlook", "outlook", "hr", dt.date(2015, 2, 2), 2),
    "bg": P("Георги", "Георги Иванов", "georgi.ivanov@abv.bg", "abv", "abv", "bg", dt.date(2011, 5, 5), 3),
    "el": P("Μαρία", "Μαρία Παπαδοπούλου", "maria.pap@yahoo.gr", "yahoo", "yahoo", "el", dt.date(2010, 7, 7), 3),
    "lt": P("Rūta", "Rūta Kazlauskienė", "ruta.kazlauskiene@gmail.com", "gmail", "gmail", "lt", dt.date(2012, 8, 8), 3),
    "da": P("Mette", "Mette Nielsen", "mette.nielsen@posteo.de", "posteo", "posteo", "da", dt.date(2009, 9, 9), 2),
    "fi": P("Aino", "Aino Virtanen", "aino.virtanen@icloud.com", "icloud", "icloud", "fi", dt.date(2013, 3, 3), 3),
    "no": P("Ingrid", "Ingrid Haugen", "ingrid.haugen@online.no", "online", "online", "no", dt.date(2010, 4, 4), 2),
    "nl3": P("Joost", "Joost Jansen", "joost@jansen-thuis.nl", "selfhosted", "thuis", "nl", dt.date(2012, 6, 6), 2),
    "de3": P("Heike", "Heike Sommer", "heike.sommer@web.de", "webde", "webde", "de", dt.date(2011, 1, 1), 2),
    "sv2": P("Erik", "Erik Berg", "erik.berg@outlook.com", "outlook", "jobb", "sv", dt.date(2015, 10, 10), 2),
}

CS = {"pl": "iso-8859-2", "cs": "windows-1250", "sk": "iso-8859-2", "hu": "iso-8859-2", "hr": "windows-1250",
      "lt": "windows-1257", "el": "iso-8859-7", "bg": "koi8-r", "fr": "iso-8859-1", "de": "windows-1252",
      "it": "iso-8859-15", "es": "windows-1252", "pt": "iso-8859-1", "nl": "windows-1252", "sv": "iso-8859-1",
      "da": "iso-8859-1", "fi": "iso-8859-15", "no": "iso-8859-1", "ro": "iso-8859-16", "en": "us-ascii"}
FMTS = ["alt", "html", "text", "related", "alt", "html"]
CTES = ["quoted-printable", "base64", "quoted-printable", "8bit", "quoted-printable"]


class Plan:
    def __init__(self, r):
        self.r = r
        self.specs = []
        self.n = 0

    def add(self, key, kind, platform, rnd, when, **kw):
        per = PER[key]
        self.n += 1
        i = self.n
        lang = kw.pop("lang", per["lang"])
        legacy = CS.get(lang, "utf-8")
        s = dict(persona=per, pkey=key, kind=kind, platform=platform, round=rnd, lang=lang,
                 when=when.replace(tzinfo=per["tz"]) if when.tzinfo is None else when,
                 fmt=FMTS[i % len(FMTS)], cte=CTES[i % len(CTES)],
                 cs="utf-8" if i % 3 == 0 else legacy, hcs="utf-8" if i % 2 else legacy,
                 hmode="B" if i % 4 < 2 else "Q", subj=i, refstyle=i, verbose=(i % 5 != 3))
        if s["cs"] == "us-ascii":
            s["cs"] = "utf-8"
        if s["cte"] == "8bit" and s["fmt"] == "related":
            s["cte"] = "base64"
        if kind in ("objection_received", "objection_accepted", "objection_refused"):
            s["ref"] = kw.pop("ref", None) or str(self.r.randint(10**14, 10**16 - 1))
        if kind == "verification_code":
            s["code"] = kw.pop("code", None) or "%06d" % self.r.randint(0, 999999)
            s["spaced"] = (i % 4 == 1)
        s.update(kw)
        self.specs.append(s)
        return s


def d(y, m, dd, hh=10, mi=0):
    return dt.datetime(y, m, dd, hh, mi)
