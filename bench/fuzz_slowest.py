"""bench/fuzz_slowest.py: the slowest input random mail-shaped fuzzing finds, and its time.

Run it with the interpreter of the tracker to measure (an older install, to compare):

    .venv/bin/python bench/fuzz_slowest.py [--n 3000] [--seed 1] [--limit 5]

Inputs are built from pieces of mail (headers, separators, dates, quotes, HTML, encodings) and
from the hostile shapes of ``tests/hostile.py``, up to 64 kB each. Each classification runs
under a SIGALRM limit (``re`` checks signals, so a runaway pattern is stopped); the report
gives the slowest input's size and seconds, and how many hit the limit.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile import SHAPES  # type: ignore[import-not-found]

PIECES = [
    "From: Facebook <a@facebookmail.com>\r\n", "From: Facebook Privacy Team Notices ", "To: a@b.c\n",
    "Subject: Your objection\n", "Date: Mon, 20 May 2024 10:00:00 +0000\n", "\n", "\r\n", " ", "  \t ",
    "Content-Type: text/html; charset=utf-8\n", "Content-Transfer-Encoding: quoted-printable\n",
    "Authentication-Results: mx; dmarc=pass header.from=facebookmail.com\n", "right to object ",
    "26 June 2024 ", "take effect on ", "expires on 3 June 2024. ", "Reference : : : #", ": ", "no. ",
    "123 456\n", "> ", "On Mon, Meta wrote:\n", "=\n", "=C3=A9", "<div>", "<td>", "legitim", "objection",
    "-- ", "From: x\n", "*Sent:* ", "https://l.facebook.com/l.php?u=", "%3A%2F%2F", "@", "a.b.c.",
]


class Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise Timeout


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=float, default=5.0)
    a = ap.parse_args()
    from tracker.core.classify import classify_bytes, lexicon

    lexicon()
    rng = random.Random(a.seed)
    signal.signal(signal.SIGALRM, _alarm)
    worst = (0.0, 0, "")
    hit = 0
    inputs: list[tuple[str, bytes]] = [(f"shape {k} 16 kB", f(16 * 1024)) for k, f in SHAPES.items()]
    for i in range(a.n):
        unit = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
        head = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        text = ("From: Facebook <a@facebookmail.com>\n" + head + unit * rng.randint(1, 64 * 1024 // (len(unit) + 1)))
        inputs.append((f"random #{i}", text.encode("utf-8")[: 64 * 1024]))
    for label, raw in inputs:
        t = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, a.limit)
        try:
            classify_bytes(raw)
        except Timeout:
            hit += 1
        except Exception:  # noqa: S110  malformed input is refused: only time matters here
            pass
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        dt = time.perf_counter() - t
        if dt > worst[0]:
            worst = (dt, len(raw), label)
    print(f"{len(inputs)} inputs; slowest: {worst[2]} ({worst[1]} bytes) in {worst[0]:.3f} s; "
          f"{hit} stopped at the {a.limit:g} s limit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
