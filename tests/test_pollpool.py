"""Polls shared by helper processes (TRACKER_POLL_PROCESSES): each feed once, the
watchlist in force followed, helpers stopped promptly with their leases handed back."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from tests.daemon import start_daemon, stop_daemon
from tests.feeds import Item, rss
from tests.servers import FeedServer, JsonSink
from tracker.app import App
from tracker.poller import PollReport, in_share
from tracker.pollpool import PollPool
from tracker.settings import Settings, SettingsError
from tracker.store import EntryRow, EventRow, FeedRow

NOW = datetime.now(UTC)


def teaser(n: int, feed: int) -> bytes:
    return rss(
        [
            Item(
                f"Studio drops the first teaser for 'Lantern Harbor {n}'",
                f"https://news.invalid/{feed}/teaser",
                f"Watch the teaser for Lantern Harbor {n} now.",
                NOW - timedelta(minutes=30),
            )
        ]
    )


def write_watchlist(path: Path, feeds: list[str], productions: int) -> Path:
    lines = ["feeds:"] + [f"  - url: '{u}'" for u in feeds] + ["productions:"]
    lines += [f"  - {{id: lantern-{n}, title: 'Lantern Harbor {n}'}}" for n in range(productions)]
    path.write_text("\n".join(lines) + "\n")
    return path


def open_app(tmp_path: Path, config: Path, database_url: str) -> App:
    settings = replace(
        Settings.from_env({}),
        config=config,
        data_dir=tmp_path,
        database_url=database_url,
        fetch_timeout=timedelta(seconds=20),
        poll_processes=2,
    )
    return App.open(settings)


@pytest.fixture
def far_server() -> Iterator[FeedServer]:
    """A feed server on another loopback address, whose feeds fall in the other share."""
    host = next(
        f"127.0.0.{n}"
        for n in range(2, 60)
        if in_share(f"http://127.0.0.{n}/", (1, 2)) and in_share("http://127.0.0.1/", (0, 2))
    )
    server = FeedServer()
    server.host = host
    with server:
        yield server


@pytest.fixture
def pool_for() -> Iterator[list[PollPool]]:
    pools: list[PollPool] = []
    yield pools
    for pool in pools:
        pool.close()


def count(app: App, model: type[EntryRow] | type[EventRow]) -> int:
    with app.factory() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_shared_poll_takes_every_feed_once(
    tmp_path: Path,
    feed_server: FeedServer,
    far_server: FeedServer,
    database_url: str,
    pool_for: list[PollPool],
) -> None:
    servers = (feed_server, far_server)
    feeds = [servers[i % 2].route(f"/f{i}.xml", teaser(i, i)) for i in range(12)]
    app = open_app(tmp_path, write_watchlist(tmp_path / "w.yaml", feeds, 12), database_url)
    pool = PollPool(app.settings, 2)
    pool_for.append(pool)

    report = asyncio.run(pool.poll(app, force=True))

    assert (report.feeds, report.fetched, report.failed) == (12, 12, 0), report.errors
    assert [servers[i % 2].hits(f"/f{i}.xml") for i in range(12)] == [1] * 12
    assert report.ingest.events == 12 and count(app, EventRow) == 12
    assert count(app, EntryRow) == 12
    with app.factory() as s:  # both processes did part of the work, and let go of it
        assert all(f.lease_until is None for f in s.scalars(select(FeedRow)))

    again = asyncio.run(pool.poll(app, force=True))
    assert (again.feeds, again.unchanged, again.ingest.events) == (12, 12, 0)


def test_helpers_follow_the_watchlist_in_force_not_a_bad_file(
    tmp_path: Path,
    feed_server: FeedServer,
    far_server: FeedServer,
    sqlite_url: str,
    pool_for: list[PollPool],
) -> None:
    servers = (feed_server, far_server)
    feeds = [servers[i % 2].route(f"/f{i}.xml", teaser(i, i)) for i in range(8)]
    config = write_watchlist(tmp_path / "w.yaml", feeds[:4], 4)
    app = open_app(tmp_path, config, sqlite_url)
    pool = PollPool(app.settings, 2)
    pool_for.append(pool)
    assert asyncio.run(pool.poll(app, force=True)).ingest.events == 4

    # Four more feeds and productions take force: the helper's share of them is read
    # with detectors that know the new productions.
    time.sleep(0.01)
    write_watchlist(config, feeds, 8)
    assert app.reload()
    report = asyncio.run(pool.poll(app, force=True))
    assert report.fetched == 4 and report.ingest.events == 4
    with app.factory() as s:
        produced = set(s.scalars(select(EventRow.production_id)))
    assert produced == {f"lantern-{n}" for n in range(8)}
    # f5 and f7 (lantern-5, lantern-7) were read by the helper: it knew the new productions.
    assert [servers[i % 2].hits(f"/f{i}.xml") for i in range(4, 8)] == [1] * 4

    # A bad edit: the daemon keeps the last good list, and so do the helpers.
    config.write_text(config.read_text() + "  - bogus: [\n")
    assert not app.reload()
    feed_server.route("/f9.xml", teaser(9, 9))
    assert asyncio.run(pool.poll(app, force=True)).feeds == 8


def test_closing_stops_a_helper_mid_poll_and_hands_back_its_leases(
    tmp_path: Path, far_server: FeedServer, sqlite_url: str
) -> None:
    feed_server = far_server  # the helper's share
    feeds = [feed_server.slow(f"/s{i}.xml", every=0.5, total_chunks=60) for i in range(4)]
    app = open_app(tmp_path, write_watchlist(tmp_path / "w.yaml", feeds, 1), sqlite_url)
    pool = PollPool(app.settings, 2)

    async def cut_short() -> None:
        polling = asyncio.create_task(pool.poll(app, force=True))
        deadline = time.monotonic() + 20
        while sum(feed_server.hits(f"/s{i}.xml") for i in range(4)) < 2:  # 2 per host
            assert time.monotonic() < deadline, "the helper never started fetching"
            await asyncio.sleep(0.05)
        polling.cancel()  # the daemon's own share is cancelled as on SIGTERM...
        with pytest.raises(asyncio.CancelledError):
            await polling

    asyncio.run(cut_short())
    started = time.monotonic()
    pool.close()  # ...and the helper is told to stop
    assert time.monotonic() - started < 10
    with app.factory() as s:
        rows = list(s.scalars(select(FeedRow)))
    assert len(rows) == 4
    assert all(r.lease_until is None for r in rows), [(r.url, r.lease_until) for r in rows]
    assert all(r.last_success_at is None and r.consecutive_errors == 0 for r in rows)


@pytest.mark.parametrize("raw", ["0", "-2"])
def test_poll_processes_must_be_at_least_one(raw: str) -> None:
    with pytest.raises(SettingsError, match=r"TRACKER_POLL_PROCESSES.*at least 1"):
        Settings.from_env({"TRACKER_POLL_PROCESSES": raw})


def test_a_pool_needs_two_processes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 2"):
        PollPool(Settings(data_dir=tmp_path), 1)


@pytest.mark.slow
def test_the_daemon_shares_its_polls_and_stops_on_sigterm(
    tmp_path: Path, feed_server: FeedServer, json_sink: JsonSink
) -> None:
    feeds = [feed_server.route(f"/f{i}.xml", teaser(i, i)) for i in range(6)]
    config = write_watchlist(tmp_path / "w.yaml", feeds, 6)
    config.write_text(
        config.read_text() + f"channels:\n  - {{name: fans, notify: ['{json_sink.apprise_url}']}}\n"
    )
    env = {
        **os.environ,
        "TRACKER_CONFIG": str(config),
        "TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "TRACKER_POLL_PROCESSES": "2",
        "TRACKER_NOTIFY_FIRST_FETCH": "true",
        "TRACKER_POLL_INTERVAL": "1s",
        "TRACKER_DELIVER_INTERVAL": "1s",
    }
    proc = start_daemon(env)
    try:
        assert json_sink.wait_for(6, timeout=40), "the daemon sent fewer than 6 notifications"
        time.sleep(1.5)  # a few more polls: nothing new, nothing sent twice
    finally:
        output = stop_daemon(proc)
    assert proc.returncode == 0, output
    assert "polls shared by 2 processes" in output and "stopped" in output
    assert [feed_server.hits(f"/f{i}.xml") >= 1 for i in range(6)] == [True] * 6
    titles = sorted(m.json["title"] for m in json_sink.received)
    assert titles == sorted(f"Lantern Harbor {n}: The teaser is out" for n in range(6))


def test_a_helper_that_dies_loses_its_share_once_and_is_started_again(
    tmp_path: Path,
    feed_server: FeedServer,
    far_server: FeedServer,
    sqlite_url: str,
    pool_for: list[PollPool],
    caplog: pytest.LogCaptureFixture,
) -> None:
    import multiprocessing

    mine = feed_server.route("/mine.xml", teaser(0, 0))
    slow = far_server.slow("/slow.xml", every=0.5, total_chunks=60)
    app = open_app(tmp_path, write_watchlist(tmp_path / "w.yaml", [mine, slow], 1), sqlite_url)
    pool = PollPool(app.settings, 2)
    pool_for.append(pool)

    async def kill_the_helper_mid_poll() -> PollReport:
        polling = asyncio.create_task(pool.poll(app, force=True))
        deadline = time.monotonic() + 20
        while far_server.hits("/slow.xml") < 1:
            assert time.monotonic() < deadline, "the helper never started fetching"
            await asyncio.sleep(0.05)
        for helper in multiprocessing.active_children():
            os.kill(helper.pid or 0, signal.SIGKILL)
        return await asyncio.wait_for(polling, timeout=15)  # never hangs

    report = asyncio.run(kill_the_helper_mid_poll())
    assert (report.feeds, report.fetched) == (1, 1)  # the daemon's own share still counts
    assert "a helper process died" in caplog.text

    far_server.route("/slow.xml", teaser(0, 1))  # quick now
    with app.factory() as s:  # the lost share's lease ends; let it end now
        s.execute(update(FeedRow).values(lease_until=None))
        s.commit()
    again = asyncio.run(pool.poll(app, force=True))
    assert (again.feeds, again.failed) == (2, 0)
    assert far_server.hits("/slow.xml") == 2
