"""Benchmark: one event to N subscribers through the outbox, beside a bare apprise loop.

    .venv/bin/python bench/deliveries.py [--subscribers 10000] [--concurrency 8] [--append]

A fast HTTP sink runs in a child process. Each measured mode runs in its own child
process, so that its peak memory (ru_maxrss) is its own:

- ``bare``: a thread pool of ``--concurrency`` workers, each call
  ``Apprise(); add(url); notify(...)`` once per subscriber: what sending costs at least;
- ``outbox``: N fans with one json:// URL each in a SQLite file, one event enqueued
  (timed apart), then ``deliver_due`` with the same concurrency: claim, compose per
  subscriber, send, record every result.

The figure that matters is ``outbox seconds / bare seconds`` (target: ≤ 1.25).
``--append`` adds the figures to bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import socket
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# --- the sink (child process) ---------------------------------------------------------------


class _Sink(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    count = 0

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        type(self).count += 1
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve(port: int, ready: Any) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", port), _Sink)
    server.daemon_threads = True
    server.request_queue_size = 256
    ready.set()
    server.serve_forever(poll_interval=0.1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- the modes (each in a child process) ----------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _bare(port: int, n: int, concurrency: int, out: Connection) -> None:
    import apprise

    urls = [f"json://127.0.0.1:{port}/fan{i}" for i in range(n)]

    def one(url: str) -> bool:
        app = apprise.Apprise()
        app.add(url)
        return bool(app.notify(body="Release date moved: Sep 18 → Oct 2, 2026", title="Good Sex"))

    base = _peak_mb()
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        ok = sum(pool.map(one, urls))
    seconds = time.perf_counter() - start
    out.send({"seconds": seconds, "ok": ok, "peak_mb": _peak_mb(), "base_mb": base})


def _outbox(port: int, n: int, concurrency: int, out: Connection) -> None:
    from datetime import date

    from sqlalchemy import insert, select

    from tracker.db import open_database, transaction
    from tracker.outbox import deliver_due, enqueue
    from tracker.store import EventRow, SubscriberRow, SubscriptionRow, TargetRow

    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        factory = open_database(f"sqlite:///{tmp}/bench.sqlite3")
        with transaction(factory) as s:
            s.execute(
                insert(SubscriberRow),
                [{"name": f"fan{i}", "kind": "fan", "created_at": now} for i in range(n)],
            )
            ids = s.scalars(select(SubscriberRow.id).order_by(SubscriberRow.id)).all()
            s.execute(
                insert(TargetRow),
                [
                    {"subscriber_id": sid, "url": f"json://127.0.0.1:{port}/fan{i}"}
                    for i, sid in enumerate(ids)
                ],
            )
            s.execute(
                insert(SubscriptionRow),
                [
                    {"subscriber_id": sid, "production_id": "good-sex", "created_at": now}
                    for sid in ids
                ],
            )
        base = _peak_mb()
        start = time.perf_counter()
        with transaction(factory) as s:
            event = EventRow(
                production_id="good-sex",
                milestone="release_date",
                status="announced",
                date=date(2026, 10, 2),
                precision="day",
                previous_status="announced",
                previous_date=date(2026, 9, 18),
                previous_precision="day",
                source="https://news.invalid/moved",
                source_title="Good Sex moves to October",
                detected_at=now,
            )
            s.add(event)
            s.flush()
            enqueued = enqueue(s, event, now)
        enqueue_seconds = time.perf_counter() - start
        start = time.perf_counter()
        report = deliver_due(
            factory,
            lambda: datetime.now(UTC),
            lambda pid: "Good Sex",
            give_up=timedelta(hours=24),
            concurrency=concurrency,
        )
        seconds = time.perf_counter() - start
    out.send(
        {
            "seconds": seconds,
            "ok": report.sent,
            "enqueued": enqueued,
            "enqueue_seconds": enqueue_seconds,
            "peak_mb": _peak_mb(),
            "base_mb": base,
        }
    )


def _run(mode: Any, port: int, n: int, concurrency: int) -> dict[str, Any]:
    parent, child = mp.Pipe()
    proc = mp.Process(target=mode, args=(port, n, concurrency, child))
    proc.start()
    result: dict[str, Any] = parent.recv()
    proc.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--append", action="store_true", help="append to bench/README.md")
    args = parser.parse_args()
    # The sink is on loopback: let the fans' URLs through the SSRF guard (as tests do).
    os.environ["TRACKER_ALLOW_PRIVATE_TARGETS"] = "true"
    os.environ["TRACKER_ALLOWED_SCHEMES"] = "json"
    mp.set_start_method("spawn")
    port = _free_port()
    ready = mp.Event()
    sink = mp.Process(target=_serve, args=(port, ready), daemon=True)
    sink.start()
    ready.wait(10)
    try:
        n, c = args.subscribers, args.concurrency
        _run(_bare, port, min(n, 200), c)  # warm the sink and the OS
        bare = _run(_bare, port, n, c)
        outbox = _run(_outbox, port, n, c)
    finally:
        sink.terminate()
    if outbox["ok"] != n or bare["ok"] != n:
        raise SystemExit(f"not every message was sent: bare {bare['ok']}, outbox {outbox['ok']}")
    ratio = outbox["seconds"] / bare["seconds"]
    lines = [
        f"one event to {n} subscribers (json:// loopback sink in a child process), concurrency {c}",
        f"  bare apprise loop: {bare['seconds']:.2f} s, {bare['ok'] / bare['seconds']:.0f} msg/s, "
        f"peak RSS {bare['peak_mb']:.0f} MB ({bare['ok']} ok)",
        f"  outbox:            {outbox['seconds']:.2f} s, "
        f"{outbox['ok'] / outbox['seconds']:.0f} msg/s, peak RSS {outbox['peak_mb']:.0f} MB "
        f"(before sending {outbox['base_mb']:.0f} MB; {outbox['ok']} sent); "
        f"enqueue {outbox['enqueued']} rows {outbox['enqueue_seconds']:.2f} s",
        f"  outbox / bare: {ratio:.2f} (target ≤ 1.25)",
    ]
    print("\n".join(lines))
    print(json.dumps({"bare": bare, "outbox": outbox, "ratio": ratio}))
    if args.append:
        machine = (
            f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}"
        )
        with (ROOT / "bench" / "README.md").open("a", encoding="utf-8") as f:
            f.write(
                f"\n### deliveries.py — {datetime.now(UTC):%Y-%m-%d} — {machine}\n\n```\n"
                + "\n".join(lines)
                + "\n```\n"
            )


if __name__ == "__main__":
    main()
