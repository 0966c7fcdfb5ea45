"""bench/classify.py: classification speed and memory, as ratios to a floor measured in the same run.

Floor: the standard library's ``email`` parse (policy.default) of every message of the same
mbox, reading its text body. Ours: ``classify_bytes`` of every message plus its JSON line (what
``tracker classify --json`` does). Both read the mbox through the same splitter, so the ratio
is parse-and-classify against parse-only.

Workloads (issue #4): a realistic mailbox of 5,000 messages (target: at most 0.5x the floor,
since mail that cannot be Meta's is never fully parsed) and 5,000 Meta-like messages that all
need full classification (target: at most 1.5x). Memory: peak RSS of the CLI over N and 2N
messages (flat means the ratio stays near 1).

Adversarial workload (issue #12): the classic attack shapes of ``tests/hostile.py`` (repeated
separators, long runs of spaces and words, CRLF, many dates, blank lines, nested quotes, one
huge line, nested HTML), each at 128 kB and 1 MB. Floor: ordinary Meta mail's time per MB
(the Meta-like mbox above). Targets: each shape's time per MB at most 2x that floor; 1 MB at
most 8x the time of 128 kB (linear or better: the text analysed is bounded); memory added
(tracemalloc peak) at most 20x the input.

usage: python bench/classify.py [--n 5000] [--repeat 3] [--only adversarial]
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
from tests.paths import SHARED
from tracker.core.classify import classify_bytes, lexicon
from tracker.mail.sources import iter_messages
from tracker.output.render import classification_json, dumps


def floor(path: Path) -> int:
    n = 0
    for raw in iter_messages(path):
        msg = email.message_from_bytes(raw.data, policy=email.policy.default)
        body = msg.get_body(("plain", "html"))
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


def timed(fn, path: Path, repeat: int) -> float:
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


def ordinary_s_per_mb(path: Path, repeat: int) -> float:
    """Ordinary Meta mail: classification seconds per MB of message (median of runs)."""
    raws = [raw.data for raw in iter_messages(path)]
    size = sum(len(r) for r in raws) / 1e6
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for r in raws:
            classify_bytes(r)
        times.append(time.perf_counter() - t)
    return statistics.median(times) / size


def one(raw: bytes, repeat: int) -> tuple[float, float]:
    """(median seconds, tracemalloc peak bytes) of classifying one message."""
    import tracemalloc

    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        with contextlib.suppress(Exception):
            classify_bytes(raw)
        times.append(time.perf_counter() - t)
    tracemalloc.start()
    with contextlib.suppress(Exception):
        classify_bytes(raw)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), float(peak)


def adversarial(n: int, repeat: int) -> dict[str, object]:
    from tests.hostile import SHAPES

    floor_s = ordinary_s_per_mb(cached_mbox("meta_like", min(n, 1000)), repeat)
    print(f"adversarial: floor = ordinary Meta mail, {floor_s * 1000:.1f} ms per MB")
    out: dict[str, object] = {"floor_ms_per_mb": round(floor_s * 1000, 2)}
    for name, shape in SHAPES.items():
        small, big = shape(128 * 1024), shape(1024 * 1024)
        ts, ms = one(small, repeat)
        tb, mb = one(big, repeat)
        per_mb = max(ts / (len(small) / 1e6), tb / (len(big) / 1e6))
        row = {"ms_128k": round(ts * 1000, 1), "ms_1m": round(tb * 1000, 1),
               "per_mb_vs_floor": round(per_mb / floor_s, 2), "growth_1m_vs_128k": round(tb / ts, 2),
               "mem_x_input": round(max(ms / len(small), mb / len(big)), 2)}
        row["ok"] = row["per_mb_vs_floor"] <= 2 and row["growth_1m_vs_128k"] <= 8 and row["mem_x_input"] <= 20
        out[name] = row
        print(f"  {name:14s} 128 kB {row['ms_128k']:7.1f} ms  1 MB {row['ms_1m']:7.1f} ms  "
              f"per MB {row['per_mb_vs_floor']:5.2f}x floor (<= 2)  growth {row['growth_1m_vs_128k']:5.2f}x (<= 8)  "
              f"memory {row['mem_x_input']:5.2f}x input (<= 20)  {'ok' if row['ok'] else 'SHORT'}")
    return out


FLOOR_HEADERS = SHARED / "tools" / "floor_headers.py"


def whole_processes(path: Path, runs: int) -> tuple[float, float]:
    """Median seconds of the headers-only floor and of ``tracker classify --json``, each run as
    a whole process, alternating (the same machine state for both)."""
    floor_cmd = [sys.executable, str(FLOOR_HEADERS), str(path)]
    ours_cmd = [sys.executable, "-m", "tracker", "classify", "--json", str(path)]
    floors: list[float] = []
    oursl: list[float] = []
    for _ in range(runs):
        for cmd, out in ((floor_cmd, floors), (ours_cmd, oursl)):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)
            out.append(time.perf_counter() - t)
    return statistics.median(floors), statistics.median(oursl)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", choices=["adversarial"], default=None)
    a = ap.parse_args()
    lexicon()  # load the phrase tables once, outside the timings
    report: dict[str, object] = {}
    report["adversarial"] = adversarial(a.n, a.repeat)
    if a.only:
        print(json.dumps(report))
        return 0
    # Issue 13: the realistic mailbox as whole processes against the headers-only floor
    # (../shared/tools/floor_headers.py: split the mbox, BytesHeaderParser each header block).
    path = cached_mbox("realistic", a.n)
    fl, ou = whole_processes(path, max(5, a.repeat))
    report["realistic_vs_headers"] = {"messages": a.n, "floor_s": round(fl, 3), "ours_s": round(ou, 3),
                                      "ratio": round(ou / fl, 3), "target": 1.5, "ok": ou / fl <= 1.5}
    print(f"realistic n={a.n}, whole processes: floor_headers {fl:.2f} s, tracker classify --json {ou:.2f} s "
          f"-> {ou / fl:.2f}x (target <= 1.5x)")
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
