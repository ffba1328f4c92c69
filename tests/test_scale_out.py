"""Several instances on one PostgreSQL: polling and delivery shared, nothing done twice."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import threading
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.daemon import start_daemon, tracker_command
from tests.feeds import Item, rss
from tests.servers import FeedServer, JsonSink, free_port
from tracker.app import App
from tracker.poller import PollReport, poll
from tracker.settings import Settings

NOW = datetime.now(UTC)
PRODUCTIONS = 20


def news(feed: int) -> bytes:
    n = feed % PRODUCTIONS
    return rss(
        [
            Item(
                f"Studio drops the first teaser for 'Lantern Harbor {n}'",
                f"https://news.invalid/{feed}/teaser",
                f"Watch the teaser for Lantern Harbor {n} now.",
                NOW - timedelta(minutes=30 + feed % 7),
            )
        ]
    )


def watchlist(path: Path, feeds: list[str], sink: JsonSink | None, channels: int = 3) -> Path:
    lines = ["feeds:"] + [f"  - url: '{u}'" for u in feeds] + ["productions:"]
    lines += [f"  - {{id: lantern-{n}, title: 'Lantern Harbor {n}'}}" for n in range(PRODUCTIONS)]
    if sink:
        lines.append("channels:")
        lines += [
            f"  - {{name: c{c}, notify: ['{sink.apprise_url}c{c}']}}" for c in range(channels)
        ]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.postgres
def test_two_instances_poll_each_feed_once_and_record_each_change_once(
    tmp_path: Path, feed_server: FeedServer, postgres_url: str
) -> None:
    feeds = [feed_server.route(f"/f{i}.xml", news(i)) for i in range(60)]
    config = watchlist(tmp_path / "w.yaml", feeds, None)
    settings = replace(
        Settings.from_env({}), config=config, data_dir=tmp_path, database_url=postgres_url
    )
    apps = [App.open(settings), App.open(settings)]
    reports: list[PollReport] = []

    def run(app: App) -> None:
        reports.append(asyncio.run(poll(app, force=True)))

    threads = [threading.Thread(target=run, args=(app,)) for app in apps]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(r.feeds for r in reports) == 60  # each feed leased by exactly one
    assert all(feed_server.hits(f"/f{i}.xml") == 1 for i in range(60))
    assert sum(r.ingest.events for r in reports) == PRODUCTIONS  # one trailer event each


@pytest.mark.postgres
@pytest.mark.slow
def test_three_daemons_one_killed_every_delivery_arrives(
    tmp_path: Path, feed_server: FeedServer, json_sink: JsonSink, postgres_url: str
) -> None:
    feeds = [feed_server.route(f"/f{i}.xml", news(i)) for i in range(200)]
    config = watchlist(tmp_path / "w.yaml", feeds, json_sink)
    json_sink.set_delay(0.3)  # sends take a while: a kill lands mid-delivery
    env = {
        **os.environ,
        "TRACKER_CONFIG": str(config),
        "TRACKER_DATABASE_URL": postgres_url,
        "TRACKER_NOTIFY_FIRST_FETCH": "true",
        "TRACKER_POLL_INTERVAL": "2s",
        "TRACKER_POLL_MAX_INTERVAL": "2s",
        "TRACKER_DELIVER_INTERVAL": "1s",
        "TRACKER_FEED_LEASE": "4s",
        "TRACKER_DELIVERY_LEASE": "4s",
        "TRACKER_POLL_BATCH": "40",
    }
    daemons = []
    for i in range(3):
        log = (tmp_path / f"d{i}.log").open("w")
        env_i = {
            **env,
            "TRACKER_DATA_DIR": str(tmp_path / f"d{i}"),
            "TRACKER_WEB_PORT": str(free_port()),
        }
        daemons.append(start_daemon(env_i, log))
    expected = PRODUCTIONS * 3
    try:
        assert json_sink.wait_for(8, timeout=60), "no deliveries started"
        daemons[0].send_signal(signal.SIGKILL)
        daemons[0].wait(timeout=5)
        killed_at = len(json_sink.received)
        assert json_sink.wait_for(expected, timeout=90), (
            f"{len(json_sink.received)} of {expected} delivered; logs: "
            + "".join((tmp_path / f"d{i}.log").read_text()[-1500:] for i in (1, 2))
        )
        time.sleep(2)  # let stragglers (duplicates) land before counting
    finally:
        for d in daemons[1:]:
            d.send_signal(signal.SIGTERM)
        for d in daemons[1:]:
            try:
                d.wait(timeout=20)
            except subprocess.TimeoutExpired:
                d.kill()
    per_message = Counter((m.path, m.json["title"]) for m in json_sink.received)
    assert len(per_message) == expected  # every (channel, event) arrived
    duplicates = sum(c - 1 for c in per_message.values())
    assert duplicates <= 8, f"{duplicates} duplicates (killed after {killed_at} sends)"
    assert all(d.returncode == 0 for d in daemons[1:]), [
        (d.returncode, (tmp_path / f"d{i}.log").read_text()[-2000:])
        for i, d in enumerate(daemons)
        if i
    ]
    out = subprocess.run(
        [
            *tracker_command(),
            "--config",
            str(config),
            "--database",
            postgres_url,
            "events",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    events = [json.loads(line) for line in out.splitlines()]
    assert len(events) == PRODUCTIONS
    assert len({(e["production"], e["milestone"]) for e in events}) == PRODUCTIONS


@pytest.mark.postgres
def test_singleton_jobs_run_on_one_instance_at_a_time(postgres_url: str) -> None:
    from tracker.db import Exclusive, make_engine

    first, second = make_engine(postgres_url), make_engine(postgres_url)
    a, b = Exclusive(first, "job:remind"), Exclusive(second, "job:remind")
    assert a.acquire() is True
    assert b.acquire() is False  # another instance holds it: this run is skipped
    assert Exclusive(second, "job:digest").acquire() is True  # other jobs are independent
    a.release()
    assert b.acquire() is True
    b.release()
    first.dispose()
    second.dispose()


def test_singleton_on_sqlite_always_runs(sqlite_url: str) -> None:
    from tracker.db import Exclusive, make_engine

    engine = make_engine(sqlite_url)
    assert Exclusive(engine, "job:x").acquire() and Exclusive(engine, "job:x").acquire()
