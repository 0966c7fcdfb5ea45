#!/usr/bin/env python3
"""Generate the extra test corpus: Meta's objection mails in the 18 EU languages without real samples.

Writes ``eml/*.eml`` and ``manifest.jsonl`` next to this file, deterministically (same bytes on
every run), in the layout of the shared corpus, so that the shared scorer works on it:

    python3 tests/corpus/extra/generate.py
    python3 /work/shared/tools/score_classify.py tests/corpus/extra --tracker .venv/bin/tracker

For every language: a policy notice (the deadline in the language's long date form, some with a
weekday, some with a second date that is not the deadline, the form link sometimes wrapped in
Meta's click-tracking redirects), a verification code (sometimes written "123 456" or one digit
per HTML cell), an acknowledgement with a reference, an acceptance, a refusal / request for more
information (some offering the form again), and a password-reset or login code (other Meta mail).
Plus personal mail and a newsletter in the languages that have close neighbours, a look-alike
sender and two unauthenticated messages.

Encodings vary: quoted-printable, base64, 8bit; UTF-8 and the legacy charsets a mailbox holds
(ISO-8859-2, Windows-1250, ISO-8859-7, Windows-1251, ...); encoded-word subjects; CRLF line ends.
Layouts vary: text only, HTML only, multipart/alternative, and two more: multipart/mixed with a
multipart/related HTML body and an inline logo (its text part a stub), and an HTML-only message
with a hidden preheader, a button link and the code spread over table cells.

The texts live in texts.py: best-effort translations, worded as a translator would, not copied
from the phrase patterns (so this corpus tests the patterns honestly).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import struct
import sys
import zlib
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from texts import UNRELATED, T  # noqa: E402

LANG_ORDER = ["bg", "hr", "cs", "da", "et", "fi", "el", "hu", "ga", "lv", "lt", "mt", "ro", "sk", "sl", "sv", "no", "is"]

# The legacy charset a mailbox of that language holds (used for some of its messages).
LEGACY = {
    "bg": "windows-1251", "hr": "windows-1250", "cs": "iso-8859-2", "da": "iso-8859-1", "et": "iso-8859-15",
    "fi": "iso-8859-15", "el": "iso-8859-7", "hu": "iso-8859-2", "ga": "iso-8859-1", "lv": "iso-8859-13",
    "lt": "windows-1257", "mt": "iso-8859-3", "ro": "iso-8859-2", "sk": "windows-1250", "sl": "iso-8859-2",
    "sv": "iso-8859-1", "no": "windows-1252", "is": "iso-8859-1",
}

ROUNDS = {
    2024: dict(deadline="2024-06-26", sent=datetime(2024, 5, 24, 8, 20, tzinfo=timezone(timedelta(hours=-7))),
               form={"facebook": "https://www.facebook.com/help/contact/712876720715583",
                     "instagram": "https://help.instagram.com/contact/767264225370182"}),
    2025: dict(deadline="2025-05-27", sent=datetime(2025, 4, 24, 8, 5, tzinfo=timezone(timedelta(hours=-7))),
               form={"facebook": "https://www.facebook.com/help/contact/6359191084165019",
                     "instagram": "https://help.instagram.com/contact/233964459562201"}),
    2026: dict(deadline="2026-12-16", sent=datetime(2026, 11, 13, 8, 25, tzinfo=timezone(timedelta(hours=-7))),
               form={"facebook": "https://www.facebook.com/privacy/genai/objection/?entry=email",
                     "instagram": "https://privacycenter.instagram.com/genai/objection/"}),
}
POLICY_URL = "https://www.facebook.com/privacy/policy/"

SENDERS = {
    "facebook": [("Facebook", "security@facebookmail.com"), ("Facebook Privacy", "noreply@support.facebook.com"),
                 ("Facebook", "notification@facebookmail.com")],
    "instagram": [("Instagram", "no-reply@mail.instagram.com"), ("Instagram", "security@mail.instagram.com")],
    "meta": [("Meta", "privacy@meta.com")],
}

STYLE = "font-size:14px;line-height:20px;padding:6px 0"


# ---- helpers ------------------------------------------------------------------------------------

def h(seed: str, n: int = 24) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def number(seed: str, digits: int) -> str:
    v = int(h(seed, 30), 16)
    s = str(v)[-digits:]
    return s.rjust(digits, "0")


def code_for(seed: str) -> str:
    return number("code" + seed, 6)


def ref_for(seed: str) -> str:
    r = number("ref" + seed, 16)
    return ("1" + r[1:]) if r[0] == "0" else r


def domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def png_logo() -> bytes:
    """A 2x2 blue PNG, built byte by byte (no image library)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x18\x77\xf2" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def wrap_link(url: str, platform: str, mode: str, seed: str) -> str:
    """Meta's click-tracking redirects around a link."""
    if mode == "l":
        host = "l.instagram.com" if platform == "instagram" else "l.facebook.com"
        return f"https://{host}/l.php?u={quote(url, safe='')}&h=AT{h(seed, 10)}&s=1"
    if mode == "n" and url.startswith("https://www.facebook.com/"):
        path = url[len("https://www.facebook.com/"):].split("?", 1)[0]
        return f"https://www.facebook.com/n/?{quote(path, safe='')}&aref={number(seed, 10)}&medium=email&mid={h(seed, 12)}"
    return url


def link_target(url: str, mode: str) -> str:
    """Where a wrapped link really leads: the "n" redirect carries the path only, not the query."""
    if mode == "n" and url.startswith("https://www.facebook.com/"):
        return url.split("?", 1)[0]
    return url


def encode_part(text: str, charset: str, cte: str) -> tuple[bytes, str]:
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
        data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data), charset
    if cte == "quoted-printable":
        return quopri.encodestring(data), charset
    return data, charset


def header_value(value: str, charset: str) -> str:
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name="Subject").encode(linesep="\n")


def part_bytes(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    body, charset = encode_part(text, charset, cte)
    head = f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n{extra}\n'
    return head.encode("ascii") + body.rstrip(b"\n") + b"\n"


def multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'.encode("ascii")
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p + b"\n"
    return out + f"--{boundary}--\n".encode("ascii")


def auth_header(dom: str, mode: str, mailfrom: str) -> str:
    if mode == "none":
        return ""
    res = "pass" if mode == "pass" else "fail"
    return (f"Authentication-Results: mx.example.org;\n"
            f"\tdkim={res} header.d={dom} header.s=s1024-2013-q3 header.b=Kx3Fq9aB;\n"
            f"\tspf={'pass' if res == 'pass' else 'softfail'} (mx.example.org: domain of {mailfrom} designates 66.220.155.14 "
            f"as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"\tdmarc={res} (p=REJECT sp=REJECT dis=NONE) header.from={dom}\n")


def message(*, sender: tuple[str, str], to: tuple[str, str], subject: str, date: datetime, body: bytes,
            charset: str, auth: str = "pass", crlf: bool = False) -> bytes:
    name, addr = sender
    dom = domain(addr)
    mid = f"<{h(subject + addr + date.isoformat())}.{int(date.timestamp())}@{dom}>"
    recv_date = format_datetime(date + timedelta(seconds=3))
    head = auth_header(dom, auth, addr)
    head += (f"Received: from mail-{h(mid, 6)}.{dom} (mail-{h(mid, 6)}.{dom} [66.220.155.14])\n"
             f"\tby mx.example.org with ESMTPS id {h(mid + 'id', 8)}\n\tfor <{to[1]}>; {recv_date}\n"
             f"Return-Path: <{addr}>\n")
    head += f"From: {formataddr((name, addr))}\n"
    head += f"To: {formataddr(to, charset='utf-8')}\n"
    head += f"Subject: {header_value(subject, charset)}\n"
    head += f"Date: {format_datetime(date)}\nMessage-ID: {mid}\nMIME-Version: 1.0\n"
    raw = head.encode("ascii") + body
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") if crlf else raw


def html_doc(rows: list[str], charset: str, preheader: str = "") -> str:
    pre = (f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>' if preheader else "")
    trs = "".join(f'<tr><td style="{STYLE}">{r}</td></tr>' for r in rows)
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<style>td{{font-family:Helvetica,Arial,sans-serif}}</style></head><body>{pre}"
            f'<table width="100%" cellpadding="0" cellspacing="0" role="presentation">{trs}</table></body></html>')


def esc(s: str) -> str:
    return html.escape(s).replace("\n", "<br>")


def link_html(url: str, label: str, button: bool = False) -> str:
    if button:
        return (f'<a href="{html.escape(url)}" style="display:inline-block;background:#1877f2;border-radius:6px;'
                f'padding:10px 16px;color:#ffffff;text-decoration:none"><span style="font-weight:bold">{esc(label)}</span></a>')
    return f'<a href="{html.escape(url)}" style="color:#1877f2">{esc(label)}</a>'


# ---- one message --------------------------------------------------------------------------------

def build(lang: str, kind: str, *, layout: str, charset: str, cte: str, platform: str, sender_idx: int,
          when: datetime, seed: str, wrap: str = "direct", code_style: str = "plain", second_date: bool = False,
          plain_link_style: str = "colon", offer_form: bool = False, auth: str = "pass", crlf: bool = False,
          sender: tuple[str, str] | None = None) -> tuple[bytes, dict]:
    t = T[lang]
    rnd = ROUNDS[t["round"]]
    fill = dict(name=t["first"], email=t["email"], date=t["date"])
    code = code_for(seed)
    ref = ref_for(seed)
    fill["code"] = code
    fill["ref"] = ref
    shown_code = f"{code[:3]} {code[3:]}" if code_style == "split" else code
    sender = sender or SENDERS[platform][sender_idx % len(SENDERS[platform])]
    expect = dict(kind=kind, platform=platform, language=lang, code=None, deadline=None, objection_url=None,
                  reference=None, authentic=auth == "pass", account=t["email"])

    greet = t["greet"].format(**fill)
    sign = t["sign"]
    footer = t["footer"].format(**fill)
    links: list[tuple[str, str]] = []  # (label, url) shown after the paragraphs
    code_line: str | None = None
    if kind == "policy_notice":
        subject = t["notice_subject"]
        paras = [t["p1"], t["p2"], t["p3"].format(**fill)]
        if second_date and t.get("second_date"):
            paras.insert(2, t["second_date"])
        form = rnd["form"]["instagram" if platform == "instagram" else "facebook"]
        links = [(t["obj_label"], wrap_link(form, platform, wrap, seed)), (t["pol_label"], POLICY_URL)]
        expect["deadline"] = rnd["deadline"]
        expect["objection_url"] = link_target(form, wrap)
    elif kind == "verification_code":
        subject = t["code_subject"].format(**fill)
        paras = [t["code_intro"]]
        code_line = shown_code
        paras_after = [t["code_outro"]]
        expect["code"] = code
    elif kind == "objection_received":
        subject = t["recv_subject"].format(**fill)
        paras = [p.format(**fill) for p in t["recv"]]
        expect["reference"] = ref
    elif kind == "objection_accepted":
        subject = t["acc_subject"].format(**fill)
        paras = [p.format(**fill) for p in t["acc"]]
        expect["reference"] = ref
    elif kind == "objection_refused":
        subject = t["ref_subject"].format(**fill)
        paras = [p.format(**fill) for p in t["ref"]]
        expect["reference"] = ref
        if offer_form and t.get("new_request_label"):
            form = rnd["form"]["facebook"]
            links = [(t["new_request_label"], wrap_link(form, "facebook", wrap, seed + "form"))]
            expect["objection_url"] = link_target(form, wrap)
    elif kind == "other_meta":
        subject = t["other_subject"].format(**fill)
        idx = t["other"].index("{code}")
        code_line = code
        paras_after = [p.format(**fill) for p in t["other"][idx + 1:]]
        paras = [p.format(**fill) for p in t["other"][:idx]]
    else:
        raise ValueError(kind)
    if code_line is None:
        paras_after = []

    if lang == "ro" and charset in ("iso-8859-2", "windows-1250"):
        # Legacy Romanian text is written with the cedilla letters these charsets have.
        table = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})
        greet, subject, sign, footer = (x.translate(table) for x in (greet, subject, sign, footer))
        paras = [p.translate(table) for p in paras]
        paras_after = [p.translate(table) for p in paras_after]
        links = [(lab.translate(table), u) for lab, u in links]

    # -- the text part
    lines = [greet, ""]
    for p in paras:
        lines += [p, ""]
    if code_line is not None:
        lines += [code_line, ""]
        for p in paras_after:
            lines += [p, ""]
    if links:
        if plain_link_style == "colon":
            lines += ["  ".join(f"{lab}: {u}" for lab, u in links), ""]
        elif plain_link_style == "angle":
            lines += ["  ".join(f"{lab} <{u}>" for lab, u in links), ""]
        else:  # the label on its own line, the link below it
            for lab, u in links:
                lines += [lab, u, ""]
    lines += [sign, "", footer, ""]
    text = "\n".join(lines)

    # -- the HTML part
    rows = [esc(greet)] + [esc(p) for p in paras]
    if code_line is not None:
        if code_style == "cells":
            cells = "".join(f'<td style="font-size:32px;font-weight:bold;padding:4px 8px;border:1px solid #ddd">{d}</td>'
                            for d in code_line.replace(" ", ""))
            rows.append(f'<table role="presentation"><tr>{cells}</tr></table>')
        else:
            rows.append(f'<span style="font-size:32px;letter-spacing:4px;font-weight:bold">{esc(code_line)}</span>')
        rows += [esc(p) for p in paras_after]
    if links:
        rows.append("&nbsp; ".join(link_html(u, lab, button=(layout == "html_button" and i == 0))
                                   for i, (lab, u) in enumerate(links)))
    if layout == "related":
        rows.insert(0, '<img src="cid:logo@meta" alt="" width="40" height="40">')
    rows += [esc(sign), esc(footer)]
    preheader = paras[0][:90] if layout == "html_button" and paras else ""
    html_text = html_doc(rows, charset, preheader)

    b = "b1_" + h(seed + "b", 28)
    if layout == "plain":
        body = part_bytes("text/plain", text, charset, cte)
    elif layout in ("html", "html_button"):
        body = part_bytes("text/html", html_text, charset, cte)
    elif layout == "alt":
        body = multipart("alternative", b, [part_bytes("text/plain", text, charset, cte),
                                            part_bytes("text/html", html_text, charset, cte)])
    elif layout == "related":
        stub = "To read this message, open it in a mail app that shows HTML.\n"
        alt = multipart("alternative", b + "a", [part_bytes("text/plain", stub, "us-ascii", "7bit"),
                                                 part_bytes("text/html", html_text, charset, cte)])
        img = (b'Content-Type: image/png; name="logo.png"\nContent-Transfer-Encoding: base64\n'
               b"Content-ID: <logo@meta>\nContent-Disposition: inline; filename=\"logo.png\"\n\n"
               + base64.encodebytes(png_logo()))
        related = multipart("related", b + "r", [alt, img])
        body = multipart("mixed", b + "m", [related])
    else:
        raise ValueError(layout)
    raw = message(sender=sender, to=(t["person"], t["email"]), subject=subject, date=when, body=body,
                  charset=charset, auth=auth, crlf=crlf)
    return raw, expect


# ---- the plan -----------------------------------------------------------------------------------

def plan() -> list[tuple[str, bytes, dict]]:
    out: list[tuple[str, bytes, dict]] = []
    ctes = ["quoted-printable", "base64", "8bit"]
    notice_layouts = ["alt", "plain", "html", "related", "alt", "html_button"]
    for i, lang in enumerate(LANG_ORDER):
        t = T[lang]
        rnd = ROUNDS[t["round"]]
        sent = rnd["sent"] + timedelta(minutes=7 * i)
        legacy = LEGACY[lang]

        def cs(k: int, i: int = i, legacy: str = legacy) -> str:
            return legacy if (i + k) % 3 == 0 else "utf-8"

        def te(k: int, i: int = i) -> str:
            return ctes[(i + k) % 3]

        platform = "instagram" if i % 4 == 1 else ("meta" if lang == "ga" else "facebook")
        later = sent.astimezone(UTC) + timedelta(days=13, hours=12)
        seq = [
            ("policy_notice", dict(layout=notice_layouts[i % 6], platform=platform, when=sent,
                                   wrap=["l", "direct", "n" if platform == "facebook" else "l"][i % 3],
                                   second_date=bool(t.get("second_date")),
                                   plain_link_style=["colon", "angle", "below"][i % 3])),
            ("verification_code", dict(layout=["plain", "alt", "html_button", "html"][i % 4], platform=platform,
                                       when=later, code_style=["plain", "split", "cells", "plain"][i % 4])),
            ("objection_received", dict(layout=["alt", "html", "plain"][i % 3], platform="facebook",
                                        when=later + timedelta(minutes=4))),
            ("objection_accepted", dict(layout=["plain", "related", "alt", "html"][i % 4], platform="facebook",
                                        when=later + timedelta(days=2, hours=3))),
            ("objection_refused", dict(layout=["html", "plain", "alt"][i % 3], platform="facebook",
                                       when=later + timedelta(days=2, hours=5), offer_form=True,
                                       wrap=["direct", "l"][i % 2])),
            ("other_meta", dict(layout=["plain", "html"][i % 2], platform="instagram" if "Instagram" in t["other_subject"]
                                or "Instagram" in " ".join(t["other"]) else "facebook",
                                when=datetime(2025, 3, 3, 14, 5 + i, tzinfo=UTC))),
        ]
        for k, (kind, opts) in enumerate(seq):
            seed = f"{lang}-{kind}"
            name = f"{len(out) + 1:03d}-{lang}-{opts['platform']}-{kind.replace('objection_', '').replace('verification_', '').replace('policy_', '')}.eml"
            raw, exp = build(lang, kind, charset=cs(k), cte=te(k), sender_idx=i + k, seed=seed,
                             crlf=(i + k) % 7 == 3, **opts)
            out.append((name, raw, exp))

    # Not authentic: a look-alike sender, a message with no authentication result, one that failed it.
    specials = [
        ("el", "verification_code", dict(layout="alt", platform="facebook", when=datetime(2026, 12, 1, 19, 3, tzinfo=UTC),
                                         sender=("Facebook", "security@facebookmail-support.net"))),
        ("ro", "objection_accepted", dict(layout="plain", platform="facebook", when=datetime(2024, 6, 16, 12, 26, tzinfo=UTC),
                                          auth="none")),
        ("hu", "objection_refused", dict(layout="alt", platform="facebook", when=datetime(2025, 5, 12, 9, 40, tzinfo=UTC),
                                         auth="fail")),
    ]
    for lang, kind, opts in specials:
        seed = f"{lang}-{kind}-fake"
        tag = "lookalike" if "sender" in opts else ("unauthenticated" if opts.get("auth") == "none" else "dmarc-fail")
        name = f"{len(out) + 1:03d}-{lang}-{tag}-{kind.replace('objection_', '').replace('verification_', '').replace('policy_', '')}.eml"
        raw, exp = build(lang, kind, charset="utf-8", cte="quoted-printable", sender_idx=0, seed=seed, **opts)
        exp["authentic"] = False
        out.append((name, raw, exp))

    # Not Meta's at all.
    for j, u in enumerate(UNRELATED):
        when = datetime(2025, 5, 2 + j, 16, 10, tzinfo=UTC)
        cs = LEGACY[u["lang"]] if j % 2 else "utf-8"
        body = part_bytes("text/plain", u["body"] + "\n", cs, ["quoted-printable", "base64", "8bit"][j % 3])
        raw = message(sender=u["sender"], to=("", u["to"]), subject=u["subject"], date=when, body=body, charset=cs)
        name = f"{len(out) + 1:03d}-{u['lang']}-unrelated.eml"
        out.append((name, raw, dict(kind="unrelated", platform=None, language=u["lang"], code=None, deadline=None,
                                    objection_url=None, reference=None, authentic=None, account=u["to"])))
    return out


def main() -> int:
    eml = HERE / "eml"
    eml.mkdir(exist_ok=True)
    for old in eml.glob("*.eml"):
        old.unlink()
    rows = []
    for name, raw, exp in plan():
        (eml / name).write_bytes(raw)
        rows.append({"file": f"eml/{name}", **exp})
    keys = ["file", "kind", "platform", "language", "code", "deadline", "objection_url", "reference", "authentic", "account"]
    (HERE / "manifest.jsonl").write_text("".join(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n" for r in rows),
                                         encoding="utf-8")
    print(f"wrote {len(rows)} messages to {eml}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
