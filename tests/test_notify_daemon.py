"""A real `tracker run` killed with SIGKILL mid-delivery loses nothing after a restart.

Duplicates are allowed only for the deliveries that were in flight at the kill: sent (the
sink saw the request) but not yet recorded as sent.
"""

from __future__ import annotations

import os
import signal
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.daemon import start_daemon, stop_daemon
from tests.feeds import rss
from tests.servers import FeedServer, JsonSink
from tracker.db import open_database, transaction
from tracker.outbox import enqueue
from tracker.store import DeliveryRow, EventRow
from tracker.subscriptions import Request, subscribe

FANS = 6


def wait_until(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
def test_sigkill_mid_delivery_then_restart_delivers_everything(
    tmp_path: Path, feed_server: FeedServer, json_sink: JsonSink
) -> None:
    feed = feed_server.route("/news.xml", rss([]))
    config = tmp_path / "watchlist.yaml"
    config.write_text(
        f"feeds:\n  - url: {feed}\nproductions:\n  - id: good-sex\n    title: Good Sex\n",
        encoding="utf-8",
    )
    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    factory = open_database(database)
    now = datetime.now(UTC)
    with transaction(factory) as s:
        for i in range(FANS):
            url = f"{json_sink.apprise_url}fan{i}"
            subscribe(s, Request(["good-sex"], [url], name=f"fan{i}"), ["good-sex"], now)
        event = EventRow(production_id="good-sex", milestone="trailer", status="released",
                         variant="teaser", detected_at=now)  # fmt: skip
        s.add(event)
        s.flush()
        assert enqueue(s, event, now) == FANS
    env = {
        **os.environ,
        "TRACKER_CONFIG": str(config),
        "TRACKER_DATABASE_URL": database,
        "TRACKER_DELIVER_INTERVAL": "1s",
        "TRACKER_DELIVERY_CONCURRENCY": "2",
        "TRACKER_DELIVERY_LEASE": "2s",
        "TRACKER_POLL_INTERVAL": "1m",
    }
    json_sink.set_delay(1.0)  # every send hangs a second: the kill lands mid-send
    first = start_daemon(env)
    try:
        assert wait_until(lambda: len(json_sink.requests) >= 1, 20), "the daemon sent nothing"
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()
    assert first.returncode == -signal.SIGKILL
    with factory() as s:
        sent_before = len(s.scalars(select(DeliveryRow).where(DeliveryRow.state == "sent")).all())
    tried = {m.path for m in json_sink.requests}
    in_flight = len(json_sink.requests) - sent_before
    assert 1 <= in_flight <= 2  # the concurrency
    assert sent_before < FANS

    json_sink.set_delay(0)
    second = start_daemon(env)
    try:
        assert wait_until(lambda: len({m.path for m in json_sink.received}) == FANS, 30)

        def all_sent() -> bool:
            with factory() as s:
                return {d.state for d in s.scalars(select(DeliveryRow))} == {"sent"}

        assert wait_until(all_sent, 10)
    finally:
        output = stop_daemon(second)
    assert second.returncode == 0, output
    paths = [m.path for m in json_sink.received]
    assert sorted(set(paths)) == sorted(f"/fan{i}" for i in range(FANS))
    duplicates = len(paths) - FANS
    assert duplicates <= in_flight
    assert {p for p in paths if paths.count(p) > 1} <= tried  # only in-flight ones repeat
