"""bench/daemon.py: notification latency and memory of a running `tracker daemon` (issue #7).

Real parts: Dovecot on 127.0.0.1, a private D-Bus session bus with a recording notification
server, and the daemon as its own process.

(a) Latency from delivering a confirmation-code mail (an MDA's tmp/ -> new/ rename, which is
    what Dovecot's IDLE reports) to the notification arriving on the bus, over N mails: median
    and 95th percentile (target: median under 2 s). Floor, measured beside it: Dovecot's own
    IDLE push delay (delivery -> EXISTS on a plain imapclient IDLE connection).
(b) The daemon's resident memory after E events (default 10,000 Meta messages delivered in
    bursts) against its memory just after start-up (target: at most +10 MB, flat).

usage: python bench/daemon.py [--mails 50] [--events 10000]
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.mailfactory import meta_mail  # noqa: E402
from tests.servers import Dovecot, NotificationRecorder, SessionBus  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def idle_floor(server: Dovecot, user: str, n: int) -> list[float]:
    from imapclient import IMAPClient

    c = IMAPClient("127.0.0.1", port=server.port, ssl=False)
    c.login(user, "pw")
    c.select_folder("INBOX", readonly=True)
    out = []
    for i in range(n):
        c.idle()
        time.sleep(0.05)
        t = time.perf_counter()
        server.deliver(user, meta_mail("notice", sent=datetime.now(UTC), to=f"floor{i}@example.org"))
        while not c.idle_check(timeout=5):
            pass
        out.append(time.perf_counter() - t)
        c.idle_done()
    c.logout()
    return out


def wait_count(rec: NotificationRecorder, n: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while len(rec.records()) < n and time.monotonic() < deadline:
        time.sleep(0.01)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mails", type=int, default=50)
    ap.add_argument("--events", type=int, default=10_000)
    a = ap.parse_args()
    report: dict[str, object] = {}
    with Dovecot() as server, SessionBus() as bus, tempfile.TemporaryDirectory() as d:
        rec = NotificationRecorder(bus).start()
        server.add_user("floor", "pw")
        server.add_user("alice", "pw")
        server.maildir("floor")
        server.maildir("alice")
        floor = idle_floor(server, "floor", min(a.mails, 20))
        cfg = Path(d) / "c.toml"
        cfg.write_text('[general]\nlanguage = "en"\n[daemon]\nidle_timeout = 300\n'
                       f'[[mailbox]]\nname = "b"\nhost = "127.0.0.1"\nport = {server.port}\ntls = "none"\n'
                       'username = "alice"\npassword_env = "BENCH_PW"\n')
        env = {**os.environ, "BENCH_PW": "pw", "DBUS_SESSION_BUS_ADDRESS": bus.address}
        log = Path(d) / "daemon.log"
        proc = subprocess.Popen([sys.executable, "-m", "tracker", "-v", "--config", str(cfg), "--db",
                                 f"{d}/t.db", "daemon"], env=env, stderr=log.open("w"))
        try:
            deadline = time.monotonic() + 30
            while "daemon started" not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(1.0)
            rss_start = rss_mb(proc.pid)
            lat = []
            for i in range(a.mails):
                before = len(rec.records())
                code = f"{100000 + i}"
                t = time.perf_counter()
                server.deliver("alice", meta_mail("code", sent=datetime.now(UTC), code=code,
                                                  to="alice@example.org"))
                wait_count(rec, before + 1, 15)
                lat.append(time.perf_counter() - t)
                time.sleep(0.1)
            lat.sort()
            p95 = lat[max(0, int(len(lat) * 0.95) - 1)]
            report["latency"] = {"mails": a.mails, "median_s": round(statistics.median(lat), 3),
                                 "p95_s": round(p95, 3), "target_median_s": 2.0,
                                 "floor_idle_median_s": round(statistics.median(floor), 3),
                                 "floor_idle_p95_s": round(sorted(floor)[max(0, int(len(floor) * 0.95) - 1)], 3)}
            print(f"(a) latency APPEND -> notification over {a.mails} mails: median {statistics.median(lat):.3f} s, "
                  f"p95 {p95:.3f} s (target median < 2 s); floor, Dovecot IDLE push: median "
                  f"{statistics.median(floor):.3f} s")
            t0 = datetime.now(UTC) - timedelta(days=3)
            sent = 0
            while sent < a.events:
                for _ in range(min(500, a.events - sent)):
                    server.deliver("alice", meta_mail("notice", sent=t0, to=f"user{sent}@example.org"))
                    sent += 1
                time.sleep(0.2)
            deadline = time.monotonic() + 600
            con_path = Path(d) / "t.db"
            import sqlite3

            while time.monotonic() < deadline:
                n = sqlite3.connect(f"file:{con_path}?mode=ro", uri=True).execute(
                    "select count(*) from events").fetchone()[0]
                if n >= a.events + a.mails:
                    break
                time.sleep(0.5)
            time.sleep(1.0)
            rss_end = rss_mb(proc.pid)
            report["memory"] = {"events": a.events, "rss_start_mb": round(rss_start, 1),
                                "rss_end_mb": round(rss_end, 1), "delta_mb": round(rss_end - rss_start, 1),
                                "target_delta_mb": 10}
            print(f"(b) RSS after start-up {rss_start:.1f} MB, after {a.events} more events {rss_end:.1f} MB: "
                  f"+{rss_end - rss_start:.1f} MB (target <= +10 MB)")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            rec.stop()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
