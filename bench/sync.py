"""bench/sync.py: the IMAP sync against a real Dovecot on 127.0.0.1, as ratios to floors measured
in the same run (issues #6 and #15).

Floor: the least a first sync must do, with imapclient: UID SEARCH for Meta's senders SINCE the
same day as ours, then UID FETCH BODY.PEEK[] of exactly those messages, in batches of our size
(both read from tracker's code, so the floor follows them).

(a) First sync of a 100,000-message INBOX with 1 % from Meta: our time / the floor's, warm
    (Dovecot's cache built), median of five alternating pairs. Target <= 1.2x.
(b) Our time ABOVE the floor (ours - floor) for that mailbox and for a 10,000-message one
    holding the same Meta mail, warm, five alternating pairs each: within 10 % of each other
    (the cost follows the Meta mail, not the size of the mailbox).
    Cold figures are reported beside (a) and (b) without a target: a first sync is cold by
    nature (Dovecot's first search builds its cache), and cold figures on a shared machine vary
    by a third from run to run; they are timed on identical twin mailboxes, each synced once.
(c) A poll with nothing new, in-process after connecting: IMAP round trips (target: one EXAMINE
    and at most one search per folder) and time as a ratio to a NOOP round trip on the same
    connection (target <= 3x).
(d) Peak RSS of `tracker poll` for the first sync of (a).

usage: python bench/sync.py [--n 100000] [--small 10000] [--meta 1000] [--cold-pairs 3] [--pairs 5]
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
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


def _our_way() -> tuple[int, Callable[[MailboxConfig], date]]:
    """The batch size and SINCE date our first sync uses, read from the code so the floor follows them."""
    batch = inspect.signature(sync_folder).parameters["batch_size"].default
    return int(batch), lambda mb: (NOW - timedelta(days=mb.backfill_days + 1)).date()


def floor(server: Dovecot, user: str) -> float:
    """The least a first sync must do: UID SEARCH for Meta's senders SINCE the same day as ours,
    then UID FETCH BODY.PEEK[] of exactly those messages, in batches of our size."""
    from imapclient import IMAPClient

    batch, since = _our_way()
    words = lexicon().search_words
    t = time.perf_counter()
    c = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=300)
    c.login(user, "pw")
    c.select_folder("INBOX", readonly=True)
    uids = c.search(search_criteria(words, since(mailbox(server, user)), None))
    for i in range(0, len(uids), batch):
        c.fetch(uids[i : i + batch], ["BODY.PEEK[]"])
    elapsed = time.perf_counter() - t
    c.logout()
    return elapsed


def warm_pairs(server: Dovecot, user: str, pairs: int) -> list[tuple[float, float]]:
    """``(floor, ours)`` on the same warm mailbox, ``pairs`` times, the order alternating."""
    out: list[tuple[float, float]] = []
    for i in range(pairs):
        if i % 2 == 0:
            f = floor(server, user)
            o = ours(server, user)[0]
        else:
            o = ours(server, user)[0]
            f = floor(server, user)
        out.append((f, o))
    return out


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
    ap.add_argument("--pairs", type=int, default=5, help="alternating floor/ours pairs for the warm figures")
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
                                     "ours_s": round(o_cold, 3), "ratio": round(ratio, 3),
                                     "runs": [{x: round(y, 3) for x, y in p.items()} for p in cold]}
        print(f"cold, no target: first sync of {a.n} ({meta} from Meta), median of {k} pairs: floor {f_cold:.2f} s, "
              f"ours {o_cold:.2f} s -> {ratio:.2f}x")
        # Warm (each mailbox's cache built by the cold pass above): five alternating pairs each.
        big = warm_pairs(server, "big0", a.pairs)
        small = warm_pairs(server, "small0", a.pairs)
        f_big, o_big = statistics.median(f for f, _ in big), statistics.median(o for _, o in big)
        ratio_warm = statistics.median(o / f for f, o in big)
        above_big = statistics.median(o - f for f, o in big)
        above_small = statistics.median(o - f for f, o in small)
        apart = abs(above_big - above_small) / max(above_big, above_small)
        report["first_sync_warm"] = {"messages": a.n, "pairs": a.pairs, "floor_s": round(f_big, 3),
                                     "ours_s": round(o_big, 3), "ratio": round(ratio_warm, 3), "target": 1.2}
        print(f"(a) same, warm, median of {a.pairs} alternating pairs: floor {f_big:.2f} s, ours {o_big:.2f} s -> "
              f"{ratio_warm:.2f}x (target <= 1.2x)")
        small_cold = statistics.median(p["ours_small"] - p["floor_small"] for p in cold)
        big_cold = statistics.median(p["ours"] - p["floor"] for p in cold)
        report["above_floor"] = {"big_messages": a.n, "small_messages": a.small, "big_s": round(above_big, 3),
                                 "small_s": round(above_small, 3), "apart": round(apart, 3), "target": 0.10,
                                 "cold_big_s": round(big_cold, 3), "cold_small_s": round(small_cold, 3)}
        print(f"(b) our time above the floor, warm: {a.n} messages {above_big:.3f} s, {a.small} messages "
              f"{above_small:.3f} s -> {apart * 100:.1f} % apart (target <= 10 %: the cost follows Meta mail); "
              f"cold, no target: {big_cold:.3f} s vs {small_cold:.3f} s")
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
