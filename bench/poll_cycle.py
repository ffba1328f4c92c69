#!/usr/bin/env python3
"""Benchmark: one poll cycle over 1,000 feeds of 50 items on a loopback server.

Each measured cycle, 20% of the feeds have a new item; of the rest, half answer 304 to a
conditional request and half send the same body again. Measured in one run, side by side:

- tracker: ``tracker.poller.poll`` over all feeds (fetch, conditional GET, hash check,
  parse, match, detect, store in SQLite): wall time, CPU time, peak RSS;
- tracker, nothing changed: CPU per unchanged feed;
- naive: ``feedparser.parse(url)`` over every feed, one after the other;
- feedparser alone: CPU to parse just the changed feeds' bodies (the floor for a cycle).

The feed server runs in a child process so that its CPU is not counted as ours.

    python bench/poll_cycle.py [--feeds 1000] [--items 50] [--write bench/README.md]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import io
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = datetime(2026, 6, 1, tzinfo=UTC)
WORDS = ("studio", "casting", "deal", "sets", "director", "drama", "series", "season", "festival")


# --- the loopback feed server (child process) ------------------------------------------------


def item_xml(feed: int, n: int) -> str:
    rng = random.Random(feed * 100_003 + n)
    words = " ".join(rng.choice(WORDS) for _ in range(8))
    title = (
        f"Netflix drops the first teaser for Good Sex, part {n}"
        if (feed + n) % 97 == 0
        else f"Report {n}: {words}"
    )
    pub = format_datetime(BASE + timedelta(hours=n))
    link = f"https://news.invalid/{feed}/{n}"
    summary = escape(" ".join(rng.choice(WORDS) for _ in range(40)))
    return (
        f"<item><title>{escape(title)}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{pub}</pubDate><description>{summary}</description></item>"
    )


class FeedSet:
    def __init__(self, feeds: int, items: int) -> None:
        self.feeds, self.items, self.cycle = feeds, items, 0
        self.latest = [items] * feeds  # newest item number per feed
        self.cache: dict[int, tuple[bytes, str]] = {}
        self.item_cache: dict[tuple[int, int], str] = {}

    def item(self, feed: int, n: int) -> str:
        key = (feed, n)
        if key not in self.item_cache:
            self.item_cache[key] = item_xml(feed, n)
        return self.item_cache[key]

    def advance(self, share: float) -> list[int]:
        self.cycle += 1
        changed = (
            [f for f in range(self.feeds) if (f + self.cycle) % round(1 / share) == 0]
            if share
            else []
        )
        for f in changed:
            self.latest[f] += 1
            self.cache.pop(f, None)
        return changed

    def body(self, feed: int) -> tuple[bytes, str]:
        if feed not in self.cache:
            top = self.latest[feed]
            items = "".join(self.item(feed, n) for n in range(top, top - self.items, -1))
            xml = (
                '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Feed {feed}</title><link>https://news.invalid/{feed}</link>"
                f"<description>bench</description>{items}</channel></rss>"
            ).encode()
            self.cache[feed] = (xml, '"' + hashlib.sha1(xml).hexdigest() + '"')
        return self.cache[feed]


def serve(port_file: str, feeds: int, items: int) -> None:
    state = FeedSet(feeds, items)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:  # /advance?share=0.2
            share = float(self.path.split("share=")[1])
            with lock:
                changed = state.advance(share)
            body = json.dumps(changed).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            feed = int(self.path.rsplit("/", 1)[1])
            with lock:
                body, etag = state.body(feed)
            uses_etag = feed % 2 == 0  # half the feeds support conditional GET
            if uses_etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            if uses_etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    Path(port_file).write_text(str(server.server_address[1]))
    server.serve_forever()


# --- measuring -------------------------------------------------------------------------


class PeakRSS:
    """Samples this process's resident memory every 5 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _rss(self) -> int:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            time.sleep(0.005)

    def __enter__(self) -> PeakRSS:
        self.peak = self._rss()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def timed(fn):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    with PeakRSS() as rss:
        result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu, rss.peak


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--share", type=float, default=0.2, help="share of feeds changed per cycle")
    ap.add_argument("--write", type=Path, help="append the figures to this markdown file")
    ap.add_argument("--serve", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.serve:
        serve(a.serve, a.feeds, a.items)
        return 0

    import feedparser
    import httpx

    from tracker.app import App
    from tracker.poller import poll
    from tracker.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    port_file = tmp / "port"
    server = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--serve",
            str(port_file),
            "--feeds",
            str(a.feeds),
            "--items",
            str(a.items),
        ]
    )
    try:
        while not port_file.exists() or not port_file.read_text():
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port_file.read_text()}"
        urls = [f"{base}/feed/{i}" for i in range(a.feeds)]

        def advance(share: float) -> list[int]:
            return httpx.post(f"{base}/advance?share={share}").json()

        config = tmp / "watchlist.yaml"
        config.write_text(
            "feeds:\n"
            + "".join(f"  - {u}\n" for u in urls)
            + "productions:\n"
            + "".join(
                f"  - {{id: p{i}, title: 'Production Number {i}', context: [Studio {i}]}}\n"
                for i in range(50)
            )
            + "  - {id: good-sex, title: Good Sex, context: [Netflix]}\n"
        )
        settings = replace(
            Settings.from_env({}),
            config=config,
            data_dir=tmp,
            fetch_concurrency=20,
            fetch_per_host=20,  # one loopback host stands for many publishers
        )
        app = App.open(settings)
        print(
            f"{a.feeds} feeds x {a.items} items; warming up (first fetch of every feed)...",
            file=sys.stderr,
        )
        asyncio.run(poll(app, force=True))

        changed = advance(a.share)
        report, wall, cpu, rss = timed(lambda: asyncio.run(poll(app, force=True)))
        assert report.failed == 0, report.errors
        ours = {
            "wall": wall,
            "cpu": cpu,
            "rss": rss,
            "changed": report.fetched,
            "unchanged": report.unchanged,
            "entries": report.ingest.entries,
        }
        print(
            f"tracker cycle: {wall:.2f} s wall, {cpu:.2f} s CPU, peak RSS {rss / 2**20:.0f} MiB, "
            f"{report.fetched} changed, {report.unchanged} unchanged",
            file=sys.stderr,
        )

        advance(0.0)
        report0, _wall0, cpu0, _ = timed(lambda: asyncio.run(poll(app, force=True)))
        per_unchanged = cpu0 / max(report0.unchanged, 1)
        print(
            f"tracker, nothing changed: {cpu0 * 1000 / a.feeds:.3f} ms CPU per feed",
            file=sys.stderr,
        )

        bodies = [httpx.get(urls[f]).content for f in changed]
        _, _, fp_cpu, _ = timed(lambda: [feedparser.parse(io.BytesIO(b)) for b in bodies])
        print(
            f"feedparser alone on the {len(bodies)} changed feeds: {fp_cpu:.2f} s CPU",
            file=sys.stderr,
        )

        advance(a.share)
        _, naive_wall, naive_cpu, naive_rss = timed(lambda: [feedparser.parse(u) for u in urls])
        print(
            f"naive feedparser.parse(url) loop: {naive_wall:.2f} s wall, {naive_cpu:.2f} s CPU",
            file=sys.stderr,
        )
    finally:
        server.terminate()
        server.wait()

    lines = [
        f"### Poll cycle — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}; "
        f"SQLite. {a.feeds} feeds × {a.items} items, {a.share:.0%} changed per cycle, "
        "the rest half 304 and half the same body.",
        "",
        "| measure | tracker | baseline | ratio | target |",
        "| --- | --- | --- | --- | --- |",
        f"| cycle wall time | {ours['wall']:.2f} s | naive loop {naive_wall:.2f} s | "
        f"{naive_wall / ours['wall']:.1f}× faster | ≥ 10× |",
        f"| cycle CPU time | {ours['cpu']:.2f} s | feedparser alone on the changed feeds "
        f"{fp_cpu:.2f} s | {ours['cpu'] / fp_cpu:.2f}× | ≤ 1.3× |",
        f"| CPU per unchanged feed | {per_unchanged * 1000:.2f} ms | | | ≤ 1 ms |",
        f"| peak RSS during the cycle | {ours['rss'] / 2**20:.0f} MiB | naive loop "
        f"{naive_rss / 2**20:.0f} MiB | | |",
        f"| naive loop CPU | | {naive_cpu:.2f} s | | |",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if a.write:
        with a.write.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
