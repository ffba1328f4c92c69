#!/usr/bin/env python3
"""Benchmark: one poll cycle over 1,000 feeds of 50 items on a loopback server.

Each measured cycle, 20% of the feeds have a new item; of the rest, half answer 304 to a
conditional request and half send the same body again. Measured in one run, side by side:

- tracker: ``tracker.poller.poll`` over all feeds (fetch, conditional GET, hash check,
  parse, match, detect, store in SQLite): wall time, CPU time, peak RSS; in one process,
  and shared by ``--processes`` processes as the daemon does with TRACKER_POLL_PROCESSES;
- tracker, nothing changed: CPU per unchanged feed;
- naive: ``feedparser.parse(url)`` over every feed, one after the other;
- feedparser alone: CPU to parse just the changed feeds' bodies (the floor for a cycle).

The feed server runs in a child process so that its CPU is not counted as ours.

    python bench/poll_cycle.py [--feeds 1000] [--items 50] [--processes N] [--write FILE]
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
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
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


HOSTS = 50  # loopback addresses standing for publishers: feed i lives on HOSTS[i % 50]


def host_of(feed: int) -> str:
    return f"127.0.0.{feed % HOSTS + 1}"


def serve(port_file: str, feeds: int, items: int) -> None:
    """A small asyncio HTTP/1.1 server with keep-alive, listening on HOSTS loopback
    addresses (one port): cheap enough that its CPU does not crowd the client's."""
    state = FeedSet(feeds, items)

    def answer(method: bytes, path: bytes, headers: dict[bytes, bytes]) -> bytes:
        if method == b"POST":  # /advance?share=0.2
            changed = state.advance(float(path.split(b"share=")[1]))
            body = json.dumps(changed).encode()
            return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
        feed = int(path.rsplit(b"/", 1)[1])
        body, etag = state.body(feed)
        if feed % 2 == 0:  # half the feeds support conditional GET
            tag = etag.encode()
            if headers.get(b"if-none-match") == tag:
                return b"HTTP/1.1 304 Not Modified\r\nETag: %s\r\nContent-Length: 0\r\n\r\n" % tag
            extra = b"ETag: %s\r\n" % tag
        else:
            extra = b""
        return (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n%sContent-Length: %d\r\n\r\n"
            % (extra, len(body))
        ) + body

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.split(b"\r\n")
                method, path, _ = lines[0].split(b" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    headers[name.strip().lower()] = value.strip()
                if length := int(headers.get(b"content-length", b"0")):
                    await reader.readexactly(length)
                writer.write(answer(method, path, headers))
                await writer.drain()
                if headers.get(b"connection", b"").lower() == b"close":
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        first = await asyncio.start_server(handle, host_of(0), 0, backlog=1024)
        port = first.sockets[0].getsockname()[1]
        others = [
            await asyncio.start_server(handle, host_of(h), port, backlog=1024)
            for h in range(1, HOSTS)
        ]
        Path(port_file).write_text(str(port))
        await asyncio.gather(first.serve_forever(), *(o.serve_forever() for o in others))

    asyncio.run(main())


# --- measuring -------------------------------------------------------------------------


def _pids() -> list[int]:
    """This process and its helper processes (the poll pool's, not the feed server)."""
    import multiprocessing

    return [os.getpid(), *(p.pid for p in multiprocessing.active_children() if p.pid)]


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def _cpu(pids: list[int]) -> float:
    """User + system CPU seconds of ``pids`` so far (Linux /proc)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


class PeakRSS:
    """Samples the resident memory of this process and its helpers every 5 ms (summed)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _total(self) -> int:
        return sum(_rss(pid) for pid in _pids())

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._total())
            time.sleep(0.005)

    def __enter__(self) -> PeakRSS:
        self.peak = self._total()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Run:
    result: object
    wall: float
    cpu: float  # this process and its helpers
    rss: int


def timed(fn: Callable[[], object]) -> Run:
    pids = _pids()
    wall, cpu = time.perf_counter(), _cpu(pids)
    with PeakRSS() as rss:
        result = fn()
    return Run(result, time.perf_counter() - wall, _cpu(pids) - cpu, rss.peak)


def median(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda r: r.wall)[len(runs) // 2]


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--share", type=float, default=0.2, help="share of feeds changed per cycle")
    ap.add_argument("--cycles", type=int, default=3, help="measured cycles (the median counts)")
    ap.add_argument(
        "--processes",
        type=int,
        default=os.cpu_count() or 1,
        help="TRACKER_POLL_PROCESSES for the shared run (default: one per core)",
    )
    ap.add_argument("--write", type=Path, help="append the figures to this markdown file")
    ap.add_argument("--serve", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.serve:
        serve(a.serve, a.feeds, a.items)
        return 0

    import feedparser
    import httpx

    from tracker.app import App
    from tracker.poller import PollReport, poll
    from tracker.pollpool import PollPool
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
    pool: PollPool | None = None
    try:
        while not port_file.exists() or not port_file.read_text():
            time.sleep(0.05)
        port = port_file.read_text()
        base = f"http://{host_of(0)}:{port}"
        urls = [f"http://{host_of(i)}:{port}/feed/{i}" for i in range(a.feeds)]

        def advance(share: float) -> list[int]:
            changed: list[int] = httpx.post(f"{base}/advance?share={share}").json()
            return changed

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
            fetch_concurrency=20,  # the defaults otherwise: 2 at once per host
        )
        app = App.open(settings)
        print(
            f"{a.feeds} feeds x {a.items} items on {HOSTS} loopback hosts; first fetch of "
            "every feed, then one changed cycle, unmeasured...",
            file=sys.stderr,
        )
        asyncio.run(poll(app, force=True))
        advance(a.share)
        asyncio.run(poll(app, force=True))

        def cycles(label: str, run: Callable[[], PollReport]) -> Run:
            runs = []
            for _ in range(a.cycles):
                advance(a.share)
                r = timed(run)
                report = r.result
                assert isinstance(report, PollReport)
                assert report.failed == 0, report.errors
                assert report.fetched == round(a.feeds * a.share), report
                runs.append(r)
                print(
                    f"{label}: {r.wall:.2f} s wall, {r.cpu:.2f} s CPU, "
                    f"peak RSS {r.rss / 2**20:.0f} MiB",
                    file=sys.stderr,
                )
            return median(runs)

        single = cycles("tracker, 1 process", lambda: asyncio.run(poll(app, force=True)))

        shared: Run | None = None
        if a.processes > 1:
            pool = PollPool(settings, a.processes)
            active = pool

            async def pooled() -> PollReport:
                return await active.poll(app, force=True)

            advance(a.share)
            asyncio.run(pooled())  # the helpers' first poll builds their detectors
            shared = cycles(f"tracker, {a.processes} processes", lambda: asyncio.run(pooled()))
            pool.close()
            pool = None

        advance(0.0)
        idle = timed(lambda: asyncio.run(poll(app, force=True)))
        per_unchanged = idle.cpu / a.feeds
        print(
            f"tracker, nothing changed: {per_unchanged * 1000:.3f} ms CPU per feed", file=sys.stderr
        )

        changed = advance(a.share)
        bodies = [httpx.get(urls[f]).content for f in changed]
        fp = timed(lambda: [feedparser.parse(io.BytesIO(b)) for b in bodies])
        print(
            f"feedparser alone on the {len(bodies)} changed feeds: {fp.cpu:.2f} s CPU",
            file=sys.stderr,
        )

        advance(a.share)
        naive = timed(lambda: [feedparser.parse(u) for u in urls])
        print(
            f"naive feedparser.parse(url) loop: {naive.wall:.2f} s wall, {naive.cpu:.2f} s CPU",
            file=sys.stderr,
        )
    finally:
        if pool:
            pool.close()
        server.terminate()
        server.wait()

    rows = [
        f"| cycle wall time, 1 process | {single.wall:.2f} s | naive loop {naive.wall:.2f} s | "
        f"{naive.wall / single.wall:.1f}× faster | |",
    ]
    if shared:
        rows.append(
            f"| cycle wall time, {a.processes} processes | {shared.wall:.2f} s | naive loop "
            f"{naive.wall:.2f} s | {naive.wall / shared.wall:.1f}× faster | ≥ 10× |"
        )
    rows += [
        f"| cycle CPU time, 1 process | {single.cpu:.2f} s | feedparser alone on the changed "
        f"feeds {fp.cpu:.2f} s | {single.cpu / fp.cpu:.2f}× | ≤ 1.3× |",
    ]
    if shared:
        rows.append(
            f"| cycle CPU time, {a.processes} processes (all) | {shared.cpu:.2f} s | feedparser "
            f"alone {fp.cpu:.2f} s | {shared.cpu / fp.cpu:.2f}× | |"
        )
    rows += [
        f"| CPU per unchanged feed | {per_unchanged * 1000:.2f} ms | | | ≤ 1 ms |",
        f"| peak RSS during the cycle, 1 process | {single.rss / 2**20:.0f} MiB | naive loop "
        f"{naive.rss / 2**20:.0f} MiB | | |",
    ]
    if shared:
        rows.append(
            f"| peak RSS during the cycle, {a.processes} processes (sum) | "
            f"{shared.rss / 2**20:.0f} MiB | | | |"
        )
    rows.append(f"| naive loop CPU | | {naive.cpu:.2f} s | | |")
    lines = [
        f"### Poll cycle — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}; "
        f"SQLite. {a.feeds} feeds × {a.items} items on {HOSTS} loopback addresses (the "
        f"feed server is another process on the same cores), {a.share:.0%} changed per "
        "cycle, the rest half 304 and half the same body. Median of "
        f"{a.cycles} cycles after a warm-up; the naive loop once.",
        "",
        "| measure | tracker | baseline | ratio | target |",
        "| --- | --- | --- | --- | --- |",
        *rows,
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
