"""bench/classify.py: classification speed and memory, as ratios to a floor measured in the same run.

Floor: the standard library's ``email`` parse (policy.default) of every message of the same
mbox, reading its text body. Ours: ``classify_bytes`` of every message plus its JSON line (what
``tracker classify --json`` does). Both read the mbox through the same splitter, so the ratio
is parse-and-classify against parse-only.

Workloads (issue #4): a realistic mailbox of 5,000 messages (target: at most 0.5x the floor,
since mail that cannot be Meta's is never fully parsed) and 5,000 Meta-like messages that all
need full classification (target: at most 1.5x). Memory: peak RSS of the CLI over N and 2N
messages (flat means the ratio stays near 1).

usage: python bench/classify.py [--n 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

from bench.corpus import cached_mbox
from tracker.classify import classify_bytes, lexicon
from tracker.render import classification_json, dumps
from tracker.sources import iter_messages


def floor(path: Path) -> int:
    n = 0
    for raw in iter_messages(path):
        msg = email.message_from_bytes(raw.data, policy=email.policy.default)
        body = msg.get_body(("plain", "html"))  # type: ignore[attr-defined]
        if body is not None:
            with contextlib.suppress(LookupError, ValueError):
                body.get_content()
        n += 1
    return n


def ours(path: Path) -> int:
    n = 0
    for raw in iter_messages(path):
        _, mid, c = classify_bytes(raw.data)
        dumps(classification_json(raw.source, mid, c))
        n += 1
    return n


def timed(fn, path: Path, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def peak_rss_mb(path: Path) -> float:
    """Peak RSS of `tracker classify --json PATH` in a child process."""
    cmd = [sys.executable, "-m", "tracker", "classify", "--json", str(path)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    lexicon()  # load the phrase tables once, outside the timings
    report = {}
    for name, target in (("realistic", 0.5), ("meta_like", 1.5)):
        path = cached_mbox(name, a.n)
        f = timed(floor, path, a.repeat)
        o = timed(ours, path, a.repeat)
        report[name] = {"messages": a.n, "floor_s": round(f, 3), "ours_s": round(o, 3),
                        "ratio": round(o / f, 3), "target": target, "ok": o / f <= target}
        print(f"{name:10s} n={a.n}: floor {f:.2f} s, ours {o:.2f} s -> {o / f:.2f}x the floor (target <= {target}x)")
    small = cached_mbox("realistic", a.n // 2)
    big = cached_mbox("realistic", a.n)
    m1, m2 = peak_rss_mb(small), peak_rss_mb(big)
    report["memory"] = {"n": [a.n // 2, a.n], "peak_rss_mb": [round(m1, 1), round(m2, 1)], "ratio": round(m2 / m1, 3)}
    print(f"memory: peak RSS {m1:.1f} MB for {a.n // 2} messages, {m2:.1f} MB for {a.n} -> {m2 / m1:.2f}x (flat ~ 1)")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
