"""Synthetic mailboxes for the benchmarks, cached under bench/.cache/ (built once, ~seconds).

- realistic(n): ordinary personal mail, HTML newsletters with many links, about 3 % Meta mail
  (the shared corpus's Meta messages with fresh Message-IDs), one message in ten carrying a
  100 kB attachment;
- meta_like(n): only messages that present themselves as Meta's, so all need full classification.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from tests.paths import CORPUS  # the one place that knows where ../shared is

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"

WORDS = ('the', 'weekend', 'plans', 'meeting', 'project', 'budget', 'family', 'photos', 'garden', 'train',
         'holiday', 'invoice', 'report', 'concert', 'dinner', 'school', 'library', 'recipe', 'football',
         'weather', 'market', 'bicycle', 'museum')


def _meta_samples() -> list[bytes]:
    out = []
    for p in sorted((CORPUS / "eml").glob("*.eml")):
        raw = p.read_bytes()
        if b"unrelated" in p.name.encode():
            continue
        out.append(raw)
    if not out:
        raise SystemExit(f"shared corpus not found at {CORPUS}")
    return out


_MID = re.compile(rb"^Message-ID:.*$", re.MULTILINE | re.IGNORECASE)
_TO = re.compile(rb"^To:.*$", re.MULTILINE)


def _meta(i: int, samples: list[bytes]) -> bytes:
    raw = samples[i % len(samples)]
    raw = _MID.sub(f"Message-ID: <bench-{i}@facebookmail.com>".encode(), raw, count=1)
    return _TO.sub(f"To: User {i % 50} <user{i % 50}@example.org>".encode(), raw, count=1)


def _personal(i: int, rng: random.Random) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Friend {i % 300} <friend{i % 300}@example.net>"
    msg["To"] = "me@example.org"
    msg["Subject"] = " ".join(rng.choices(WORDS, k=4))
    msg["Date"] = format_datetime(datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=i))
    msg["Message-ID"] = f"<p{i}@example.net>"
    msg.set_content("\n".join(" ".join(rng.choices(WORDS, k=12)) for _ in range(rng.randint(3, 30))))
    return msg


def _newsletter(i: int, rng: random.Random) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Shop News <news@shop{i % 20}.example>"
    msg["To"] = "me@example.org"
    msg["Subject"] = "This week: " + " ".join(rng.choices(WORDS, k=5))
    msg["Date"] = format_datetime(datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=i))
    msg["Message-ID"] = f"<n{i}@shop.example>"
    links = "".join(f'<tr><td style="padding:8px;font-family:Arial"><a href="https://shop.example/p/{i}-{k}?utm_source=nl">'
                    f'{" ".join(rng.choices(WORDS, k=3))}</a> {" ".join(rng.choices(WORDS, k=10))}</td></tr>'
                    for k in range(60))
    msg.set_content("View this newsletter in your browser: https://shop.example/nl/" + str(i))
    msg.add_alternative(f"<html><body><table>{links}</table><p>Unsubscribe</p></body></html>", subtype="html")
    return msg


def _with_attachment(msg: EmailMessage, rng: random.Random) -> EmailMessage:
    msg.add_attachment(rng.randbytes(100 * 1024), maintype="application", subtype="pdf", filename="scan.pdf")
    return msg


def realistic(n: int, seed: int = 1) -> Iterator[bytes]:
    rng = random.Random(seed)
    samples = _meta_samples()
    for i in range(n):
        if i % 33 == 5:
            yield _meta(i, samples)
            continue
        msg = _newsletter(i, rng) if i % 3 == 0 else _personal(i, rng)
        if i % 10 == 7:
            msg = _with_attachment(msg, rng)
        yield bytes(msg)


def meta_like(n: int) -> Iterator[bytes]:
    samples = _meta_samples()
    for i in range(n):
        yield _meta(i, samples)


def fast_mix(n: int, meta_every: int = 50) -> Iterator[bytes]:
    """A large ordinary mailbox built from byte templates (100,000 messages in seconds):
    personal mail and HTML newsletters, with one Meta message in ``meta_every``."""
    samples = _meta_samples()
    for i in range(n):
        if i % meta_every == 7:
            yield _meta(i, samples)
            continue
        date = format_datetime(datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=i)).encode()
        words = " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(40)).encode()
        if i % 3:
            yield (b"From: Friend %d <friend%d@example.net>\nTo: me@example.org\nSubject: %s\nDate: %s\n"
                   b"Message-ID: <p%d@example.net>\nContent-Type: text/plain; charset=utf-8\n\n%s\n%s\n"
                   % (i % 300, i % 300, words[:40], date, i, words, words))
        else:
            links = b"".join(b'<tr><td><a href="https://shop.example/p/%d">%s</a></td></tr>' % (k, words[:20])
                             for k in range(20))
            yield (b"From: Shop <news@shop%d.example>\nTo: me@example.org\nSubject: News %d\nDate: %s\n"
                   b"Message-ID: <n%d@shop.example>\nMIME-Version: 1.0\n"
                   b'Content-Type: multipart/alternative; boundary="b%d"\n\n--b%d\n'
                   b"Content-Type: text/plain\n\nView online\n--b%d\nContent-Type: text/html\n\n"
                   b"<html><body><table>%s</table></body></html>\n--b%d--\n"
                   % (i % 20, i, date, i, i, i, i, links, i))


def write_mbox(path: Path, messages: Iterator[bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as f:
        for raw in messages:
            raw = raw.replace(b"\r\n", b"\n")
            raw = re.sub(rb"^(>*From )", rb">\1", raw, flags=re.MULTILINE)
            f.write(b"From bench@example.org Mon Jan  1 00:00:00 2024\n" + raw.rstrip(b"\n") + b"\n\n")
    tmp.replace(path)
    return path


def cached_mbox(name: str, n: int) -> Path:
    path = CACHE / f"{name}-{n}.mbox"
    if not path.exists():
        gen = {"realistic": realistic, "meta_like": meta_like, "mix": fast_mix}[name](n)
        write_mbox(path, gen)
    return path
