#!/usr/bin/env python3
"""Benchmark: the daemon's idle footprint with 1,000 productions and 1,000 feeds.

Starts ``tracker run`` (SQLite) on a generated watchlist whose feeds live on a loopback
server, waits until every feed has been polled once, then measures, over an idle minute,
the daemon's resident memory and CPU (from /proc). Targets: ≤ 150 MB, ≤ 1% of a core.
For scale, the same figures are taken for a bare ``python -c`` process that imports
tracker's dependencies and sleeps.

    python bench/footprint.py [--productions N] [--feeds N] [--idle SECONDS] [--write FILE]
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")

FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://x.invalid/</link>'
    b"<description>d</description><item><title>Nothing new</title><link>https://x.invalid/1</link>"
    b"</item></channel></rss>"
)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def idle(pid: int, seconds: float) -> tuple[float, int]:
    start = cpu_seconds(pid)
    peak = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        peak = max(peak, rss_bytes(pid))
        time.sleep(0.5)
    return (cpu_seconds(pid) - start) / seconds, peak


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--productions", type=int, default=1000)
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--idle", type=float, default=60.0)
    ap.add_argument("--write", type=Path)
    a = ap.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    tmp = Path(tempfile.mkdtemp(prefix="tracker-footprint-"))
    config = tmp / "watchlist.yaml"
    lines = ["feeds:"] + [f"  - {base}/feed/{i}" for i in range(a.feeds)] + ["productions:"]
    lines += [
        f"  - {{id: p{i}, title: 'Production Number {i}', context: [Studio {i}]}}"
        for i in range(a.productions)
    ]
    config.write_text("\n".join(lines) + "\n")
    tracker = Path(sys.executable).with_name("tracker")
    env = {
        **os.environ,
        "TRACKER_CONFIG": str(config),
        "TRACKER_DATA_DIR": str(tmp),
        "TRACKER_WEB_PORT": "0",
        "TRACKER_LOG_LEVEL": "WARNING",
    }
    proc = subprocess.Popen([str(tracker), "run"], env=env, cwd=tmp)
    try:
        db = tmp / "tracker.sqlite3"
        deadline = time.monotonic() + 300
        polled = 0
        while time.monotonic() < deadline and polled < a.feeds:
            time.sleep(1)
            if db.exists():
                try:
                    with sqlite3.connect(db) as conn:
                        polled = conn.execute(
                            "SELECT count(*) FROM feeds WHERE last_success_at IS NOT NULL"
                        ).fetchone()[0]
                except sqlite3.Error:
                    pass
        print(f"{polled} feeds polled; measuring {a.idle:.0f} s of idle...", file=sys.stderr)
        time.sleep(5)
        cpu_share, peak = idle(proc.pid, a.idle)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        server.shutdown()

    bare = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import apscheduler, httpx, feedparser, sqlalchemy, apprise, pydantic, "
            "ahocorasick, yaml, jinja2, time; time.sleep(3600)",
        ]
    )
    try:
        time.sleep(5)
        bare_cpu, bare_peak = idle(bare.pid, 10)
    finally:
        bare.terminate()
        bare.wait()

    text = "\n".join(
        [
            f"### Idle footprint — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
            "",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}; "
            f"`tracker run` on SQLite with {a.productions} productions and {a.feeds} feeds "
            f"({polled} polled before measuring), idle for {a.idle:.0f} s.",
            "",
            "| measure | tracker run | bare interpreter with the same imports | target |",
            "| --- | --- | --- | --- |",
            f"| resident memory (peak while idle) | {peak / 2**20:.0f} MB "
            f"| {bare_peak / 2**20:.0f} MB | ≤ 150 MB |",
            f"| CPU while idle | {cpu_share * 100:.2f}% of a core | {bare_cpu * 100:.2f}% | ≤ 1% |",
            "",
        ]
    )
    print(text)
    if a.write:
        with a.write.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
