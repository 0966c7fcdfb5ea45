"""bench/sync.py: the IMAP sync against a real Dovecot on 127.0.0.1, as ratios to floors measured
in the same run (issue #6).

(a) First sync of a 100,000-message INBOX with 1 % from Meta, against the floor: imapclient's
    UID SEARCH (same criteria) plus FETCH BODY.PEEK[] of exactly those messages. Target <= 1.2x.
(b) First sync of a 10,000-message INBOX holding the same Meta mail: within 10 % of (a)'s time
    (the cost follows the Meta mail, not the size of the mailbox).
(c) A poll with nothing new, in-process after connecting: IMAP round trips (target: one EXAMINE
    and at most one search per folder) and time as a ratio to a NOOP round trip on the same
    connection (target <= 3x).
(d) Peak RSS of `tracker poll` for the first sync of (a).

A first sync is cold by nature: Dovecot's first search of a folder builds its cache. So (a) is
timed cold on identical mailboxes (the floor on one, tracker on its twin), on several fresh pairs
in alternating order (cold figures on a shared machine vary by a third from run to run), the
median of the pair ratios reported; and again warm, repeated on the same pair.

usage: python bench/sync.py [--n 100000] [--small 10000] [--meta 1000] [--cold-pairs 3]
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
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import _meta, _meta_samples, fast_mix  # noqa: E402
from tests.servers import Dovecot  # noqa: E402
from tracker.config import MailboxConfig  # noqa: E402
from tracker.core.classify import lexicon  # noqa: E402
from tracker.ingest import SyncResult, sync_folder  # noqa: E402
from tracker.mail.imap import ImapConnection, search_criteria  # noqa: E402
from tracker.store import Store  # noqa: E402

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def mailbox(server: Dovecot, user: str) -> MailboxConfig:
    return MailboxConfig(name=user, host="127.0.0.1", port=server.port, tls="none", username=user,
                         password_env="BENCH_PW", folders=("INBOX",), timeout=300)


def seed(server: Dovecot, user: str, total: int, meta: int) -> None:
    """``total`` messages, ``meta`` of them Meta's (spread evenly), the rest ordinary mail."""
    server.add_user(user, "pw")
    samples = _meta_samples()
    every = max(1, total // meta)
    batch: list[bytes] = []
    start = 0
    ordinary = fast_mix(total, meta_every=10**9)
    for i in range(total):
        raw = next(ordinary)
        batch.append(_meta(i, samples) if i % every == every // 2 and i // every < meta else raw)
        if len(batch) == 5000:
            server.seed(user, batch, start_index=start)
            start += len(batch)
            batch = []
    if batch:
        server.seed(user, batch, start_index=start)


def floor(server: Dovecot, user: str) -> float:
    from imapclient import IMAPClient

    words = lexicon().search_words
    t = time.perf_counter()
    c = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=300)
    c.login(user, "pw")
    c.select_folder("INBOX", readonly=True)
    uids = c.search(search_criteria(words, None, None))
    for i in range(0, len(uids), 50):
        c.fetch(uids[i : i + 50], ["BODY.PEEK[]"])
    elapsed = time.perf_counter() - t
    c.logout()
    return elapsed


def ours(server: Dovecot, user: str) -> tuple[float, int]:
    mb = mailbox(server, user)
    with tempfile.TemporaryDirectory() as d:
        store = Store.open(str(Path(d) / "s.db"))
        result = SyncResult(mailbox=user)
        t = time.perf_counter()
        conn = ImapConnection(mb).connect()
        sync_folder(conn, store, mb, "INBOX", NOW, result)
        elapsed = time.perf_counter() - t
        conn.close()
        store.close()
    return elapsed, result.stats.meta


def warm(server: Dovecot, user: str) -> None:
    from imapclient import IMAPClient

    c = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=300)
    c.login(user, "pw")
    c.select_folder("INBOX", readonly=True)
    c.search(search_criteria(lexicon().search_words, None, None))
    c.logout()


def nothing_new(server: Dovecot, user: str, runs: int = 30) -> dict[str, object]:
    mb = mailbox(server, user)
    with tempfile.TemporaryDirectory() as d:
        store = Store.open(str(Path(d) / "s.db"))
        conn = ImapConnection(mb).connect()
        sync_folder(conn, store, mb, "INBOX", NOW, SyncResult(mailbox=user))
        commands: list[str] = []
        conn.on_command = commands.append
        times, noops = [], []
        for _ in range(runs):
            commands.clear()
            t = time.perf_counter()
            sync_folder(conn, store, mb, "INBOX", NOW, SyncResult(mailbox=user))
            times.append(time.perf_counter() - t)
            t = time.perf_counter()
            conn.client.noop()
            noops.append(time.perf_counter() - t)
        conn.close()
        store.close()
    poll, noop = statistics.median(times), statistics.median(noops)
    return {"round_trips": list(commands), "poll_ms": round(poll * 1000, 3), "noop_ms": round(noop * 1000, 3),
            "ratio": round(poll / noop, 2), "target": 3.0}


def peak_rss_mb(server: Dovecot, user: str) -> float:
    with tempfile.TemporaryDirectory() as d:
        cfg = Path(d) / "c.toml"
        cfg.write_text(f'[[mailbox]]\nname = "b"\nhost = "127.0.0.1"\nport = {server.port}\ntls = "none"\n'
                       f'username = "{user}"\npassword_env = "BENCH_PW"\ntimeout = 300\n')
        proc = subprocess.Popen([sys.executable, "-m", "tracker", "--config", str(cfg), "--db", f"{d}/p.db",
                                 "--now", NOW.isoformat(), "poll"], env={**os.environ, "BENCH_PW": "pw"},
                                stdout=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--meta", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold-pairs", type=int, default=3, help="fresh mailbox pairs for the cold figures")
    a = ap.parse_args()
    os.environ["BENCH_PW"] = "pw"
    lexicon()
    report: dict[str, object] = {}
    k = a.cold_pairs
    with Dovecot() as server:
        t = time.perf_counter()
        for i in range(k):
            for user, total in ((f"big{i}", a.n), (f"twin{i}", a.n), (f"small{i}", a.small),
                                (f"smalltwin{i}", a.small)):
                seed(server, user, total, a.meta)
        os.sync()  # the seeding's writeback must not land in the middle of a measurement
        print(f"seeded {k} x (2 x {a.n} + 2 x {a.small}) messages in {time.perf_counter() - t:.1f} s")
        # Cold: each mailbox synced once, ever; the order floor/ours alternates from pair to pair.
        cold: list[dict[str, float]] = []
        meta = 0
        for i in range(k):
            pair: dict[str, float] = {}
            order = ("floor", "ours") if i % 2 == 0 else ("ours", "floor")
            for who in order:
                if who == "floor":
                    pair["floor"] = floor(server, f"twin{i}")
                    pair["floor_small"] = floor(server, f"smalltwin{i}")
                else:
                    pair["ours"], meta = ours(server, f"big{i}")
                    pair["ours_small"] = ours(server, f"small{i}")[0]
            cold.append(pair)
            print(f"    cold pair {i + 1}: floor {pair['floor']:.2f} s, ours {pair['ours']:.2f} s -> "
                  f"{pair['ours'] / pair['floor']:.2f}x; {a.small} messages: ours {pair['ours_small']:.2f} s")
        ratio = statistics.median(p["ours"] / p["floor"] for p in cold)
        f_cold = statistics.median(p["floor"] for p in cold)
        o_cold = statistics.median(p["ours"] for p in cold)
        report["first_sync_cold"] = {"messages": a.n, "meta": meta, "pairs": k, "floor_s": round(f_cold, 3),
                                     "ours_s": round(o_cold, 3), "ratio": round(ratio, 3), "target": 1.2,
                                     "runs": [{x: round(y, 3) for x, y in p.items()} for p in cold]}
        print(f"(a) first sync of {a.n} ({meta} from Meta), cold, median of {k} pairs: floor {f_cold:.2f} s, ours "
              f"{o_cold:.2f} s -> {ratio:.2f}x (target <= 1.2x)")
        f_big = statistics.median(floor(server, "big0") for _ in range(a.repeat))
        runs = [ours(server, "big0") for _ in range(a.repeat)]
        o_big = statistics.median(r[0] for r in runs)
        o_small = statistics.median(ours(server, "small0")[0] for _ in range(a.repeat))
        report["first_sync_warm"] = {"messages": a.n, "floor_s": round(f_big, 3), "ours_s": round(o_big, 3),
                                     "ratio": round(o_big / f_big, 3)}
        print(f"    same, warm (Dovecot's cache built): floor {f_big:.2f} s, ours {o_big:.2f} s -> "
              f"{o_big / f_big:.2f}x")
        small_cold = statistics.median(p["ours_small"] for p in cold)
        diff_cold = statistics.median(abs(p["ours"] - p["ours_small"]) / p["ours"] for p in cold)
        floor_gap = statistics.median((p["floor"] - p["floor_small"]) / p["ours"] for p in cold)
        report["small_vs_big"] = {"small_messages": a.small, "small_s": round(o_small, 3), "big_s": round(o_big, 3),
                                  "difference": round(abs(o_big - o_small) / o_big, 3), "target": 0.10,
                                  "cold_small_s": round(small_cold, 3), "cold_big_s": round(o_cold, 3),
                                  "cold_difference": round(diff_cold, 3),
                                  "cold_floor_search_gap_share": round(floor_gap, 3)}
        print(f"(b) first sync of {a.small} with the same Meta mail: {o_small:.2f} s vs {o_big:.2f} s warm -> "
              f"{abs(o_big - o_small) / o_big * 100:.1f} % apart (target <= 10 %); cold: {small_cold:.2f} s vs "
              f"{o_cold:.2f} s -> {diff_cold * 100:.1f} % apart, of which the floor's own 100k-vs-10k gap is "
              f"{floor_gap * 100:.1f} % of ours")
        nn = nothing_new(server, "big0")
        report["nothing_new"] = nn
        print(f"(c) poll with nothing new: round trips {nn['round_trips']}, {nn['poll_ms']} ms vs NOOP "
              f"{nn['noop_ms']} ms -> {nn['ratio']}x (target <= 3x)")
        rss = peak_rss_mb(server, "big0")
        report["peak_rss_mb"] = round(rss, 1)
        print(f"(d) peak RSS of `tracker poll` (first sync of {a.n}): {rss:.1f} MB")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
