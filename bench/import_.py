"""bench/import_.py: the database's cost on top of classification, and `status` start-up time.

(a) Import of N messages (default 100,000; an mbox of ordinary mail with one Meta message in
    fifty) into a fresh SQLite file, as a ratio to classifying the same input alone in the
    same run (the classification `import` does: no language for non-Meta mail). Target: at
    most 1.25x (mail that cannot concern Meta is counted, not stored; commits in batches).
(b) Peak RSS of `tracker import` on N/2 and N messages (flat: ratio near 1).
(c) `tracker status --json` over 1,000 accounts, as a ratio to `python -c "import sqlalchemy"`
    measured in the same run (median of several runs). Target: at most 1.5x.

usage: python bench/import_.py [--n 100000] [--accounts 1000] [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import cached_mbox
from tracker.core.classify import classify_bytes, lexicon
from tracker.core.state import EventKind
from tracker.ingest import ingest
from tracker.mail.sources import iter_messages
from tracker.store import Store


def classify_only(path: Path) -> float:
    t = time.perf_counter()
    for raw in iter_messages(path):
        try:
            classify_bytes(raw.data, need_language=False)
        except Exception:  # noqa: S112  malformed mail counts too
            continue
    return time.perf_counter() - t


def import_all(path: Path) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as d:
        store = Store.open(str(Path(d) / "b.db"))
        t = time.perf_counter()
        stats = ingest(store, iter_messages(path), "bench", datetime(2026, 11, 1, tzinfo=UTC))
        elapsed = time.perf_counter() - t
        store.close()
    return elapsed, stats.summary()


def peak_rss_mb(args: list[str]) -> float:
    proc = subprocess.Popen([sys.executable, "-m", "tracker", *args], stdout=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024


def make_status_db(path: Path, accounts: int) -> None:
    store = Store.open(str(path))
    t0 = datetime(2026, 11, 10, tzinfo=UTC)
    with store.batch() as b:
        for i in range(accounts):
            group = ("bench", "facebook" if i % 2 else "instagram", f"user{i}@example.org")
            b.add_event(group=group, kind=EventKind.NOTICE, at=t0, sort_key=f"n{i}", deadline=date(2026, 12, 16),
                        objection_url="https://www.facebook.com/privacy/genai/objection/")
            if i % 3 == 0:
                b.add_event(group=group, kind=EventKind.RECEIVED, at=t0 + timedelta(days=1), sort_key=f"r{i}")
    store.close()


def median_run(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--accounts", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--skip-memory", action="store_true")
    a = ap.parse_args()
    lexicon()
    report: dict[str, object] = {}
    path = cached_mbox("mix", a.n)
    c = classify_only(path)
    i, summary = import_all(path)
    report["import"] = {"messages": a.n, "classify_s": round(c, 2), "import_s": round(i, 2),
                        "ratio": round(i / c, 3), "target": 1.25, "summary": summary}
    print(f"import of {a.n}: classify alone {c:.1f} s, import {i:.1f} s -> {i / c:.2f}x (target <= 1.25x); {summary}")
    if not a.skip_memory:
        half = cached_mbox("mix", a.n // 2)
        with tempfile.TemporaryDirectory() as d:
            m1 = peak_rss_mb(["--db", f"{d}/1.db", "import", str(half)])
            m2 = peak_rss_mb(["--db", f"{d}/2.db", "import", str(path)])
        report["memory"] = {"n": [a.n // 2, a.n], "peak_rss_mb": [round(m1, 1), round(m2, 1)],
                            "ratio": round(m2 / m1, 3)}
        print(f"memory: peak RSS {m1:.1f} MB for {a.n // 2}, {m2:.1f} MB for {a.n} -> {m2 / m1:.2f}x (flat ~ 1)")
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "s.db"
        make_status_db(db, a.accounts)
        floor = median_run([sys.executable, "-c", "import sqlalchemy"], a.runs)
        status = median_run([sys.executable, "-m", "tracker", "--db", str(db), "--now", "2026-11-23T12:00:00+00:00",
                             "status", "--json"], a.runs)
    report["status"] = {"accounts": a.accounts, "floor_s": round(floor, 3), "status_s": round(status, 3),
                        "ratio": round(status / floor, 3), "target": 1.5}
    print(f"status over {a.accounts} accounts: {status * 1000:.0f} ms vs import sqlalchemy {floor * 1000:.0f} ms "
          f"-> {status / floor:.2f}x (target <= 1.5x)")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
