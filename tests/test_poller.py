"""Polling many feeds where some misbehave: the bad ones fail alone, loudly, and back off."""

from __future__ import annotations

import asyncio
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from tests.feeds import Item, rss
from tests.servers import FeedServer, JsonSink, refused_url
from tracker.app import App
from tracker.poller import PollReport, poll
from tracker.settings import Settings
from tracker.store import DeliveryRow, FeedRow

NOW = datetime.now(UTC)
GOOD = [
    Item(
        "Netflix drops the first teaser for Good Sex, Natalie Portman's comedy",
        "https://news.invalid/teaser",
        "Watch the teaser now.",
        NOW - timedelta(hours=2),
    )
]
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol9 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    b"<rss><channel><title>&lol9;</title></channel></rss>"
)


def make_app(tmp_path: Path, feeds: list[str], channel: str | None = None, **kw: object) -> App:
    config = tmp_path / "watchlist.yaml"
    lines = ["feeds:"] + [f"  - url: '{u}'" for u in feeds]
    lines += [
        "productions:",
        "  - id: good-sex",
        "    title: Good Sex",
        "    context: [Netflix, Natalie Portman]",
    ]
    if channel:
        lines += ["channels:", "  - name: ops", f"    notify: ['{channel}']", "    admin: true"]
    config.write_text("\n".join(lines) + "\n")
    settings = Settings(
        config=config,
        data_dir=tmp_path,
        fetch_timeout=timedelta(seconds=2),
        max_body_bytes=256 * 1024,
    )
    return App.open(replace(settings, **kw))  # type: ignore[arg-type]


def run(app: App, force: bool = True) -> PollReport:
    return asyncio.run(poll(app, force=force, rng=random.Random(1)))


def feed_rows(app: App) -> dict[str, FeedRow]:
    with app.factory() as s:
        return {f.url: f for f in s.scalars(select(FeedRow))}


def test_every_bad_feed_fails_alone_and_the_good_one_is_read(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    s = feed_server
    s.route("/good.xml", rss(GOOD))
    bad = {
        s.route("/malformed.xml", b"<rss><channel><item><title>oops</chan"): "not a valid",
        s.route(
            "/html", b"<!DOCTYPE html><html><body>hi</body></html>", content_type="text/html"
        ): "HTML page",
        s.route("/empty.xml", b""): "empty body",
        s.route("/bomb.xml", BOMB): "entity bomb",
        s.endless("/endless.xml"): "byte limit",
        s.slow("/drip.xml", every=0.5, total_chunks=100): "no complete answer",
        s.reset("/reset.xml"): "ReadError",
        refused_url("/refused.xml"): "cannot connect",
        "http://no-such-host.invalid/feed.xml": "cannot connect",
        s.redirect("/loop-a", "/loop-b"): "redirect loop",
        s.status("/404", 404): "HTTP 404",
        s.status("/410", 410): "HTTP 410",
        s.status("/500", 500): "HTTP 500",
        s.status("/429", 429, headers={"Retry-After": "3600"}): "HTTP 429",
        s.status("/503", 503): "HTTP 503",
        s.status("/429-bare", 429): "HTTP 429",
        s.status("/503-later", 503, headers={"Retry-After": "7200"}): "HTTP 503",
    }
    # Encodings declared wrongly or not at all are read, not failed.
    latin = rss(GOOD).replace(b'encoding="utf-8"', b'encoding="iso-8859-1"')
    bare = rss(GOOD).replace(b' encoding="utf-8"', b"")
    readable = [s.route("/latin.xml", latin), s.route("/bare.xml", bare, content_type="text/xml")]
    s.redirect("/loop-b", "/loop-a")
    app = make_app(tmp_path, [s.url_for("/good.xml"), *readable, *bad])
    report = run(app)
    assert report.feeds == len(bad) + 3 and report.failed == len(bad) and report.fetched == 3
    assert report.ingest.entries == 3 and report.ingest.events == 1
    rows = feed_rows(app)
    for url, message in bad.items():
        row = rows[url]
        assert row.consecutive_errors == 1 and row.last_error and message in row.last_error, (
            url,
            row.last_error,
        )
        assert row.next_check_at and row.next_check_at > NOW
    assert rows[s.url_for("/429")].next_check_at >= NOW + timedelta(minutes=59)  # Retry-After
    assert rows[s.url_for("/503-later")].next_check_at >= NOW + timedelta(minutes=119)
    assert rows[s.url_for("/429-bare")].next_check_at < NOW + timedelta(minutes=59)
    good = rows[s.url_for("/good.xml")]
    assert good.consecutive_errors == 0 and good.last_success_at and good.last_error is None


def test_backoff_grows_and_never_disables(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.status("/down", 500)
    app = make_app(tmp_path, [url], poll_interval=timedelta(minutes=10))
    waits = []
    for _ in range(8):
        run(app)
        row = feed_rows(app)[url]
        assert row.next_check_at and row.last_error_at
        waits.append(row.next_check_at - row.last_error_at)
    assert waits[1] > waits[0] * 1.5 and waits[2] > waits[1] * 1.5
    assert waits[-1] <= timedelta(hours=6) * 1.1  # capped, still scheduled
    assert feed_rows(app)[url].consecutive_errors == 8


def test_unchanged_feeds_cost_no_parse(tmp_path: Path, feed_server: FeedServer) -> None:
    etagged = feed_server.route("/etag.xml", rss(GOOD), etag='"1"')
    same = feed_server.route("/same.xml", rss(GOOD))
    app = make_app(tmp_path, [etagged, same])
    assert run(app).fetched == 2
    report = run(app)
    assert report.unchanged == 2 and report.fetched == 0 and report.ingest.entries == 0
    assert feed_server.requests[-1][2].get("if-none-match") == '"1"' or any(
        r[2].get("if-none-match") == '"1"' for r in feed_server.requests
    )


def test_only_due_feeds_are_polled(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.route("/a.xml", rss(GOOD))
    app = make_app(tmp_path, [url])
    assert run(app, force=False).feeds == 1
    assert run(app, force=False).feeds == 0  # next check is in the future
    assert feed_server.hits("/a.xml") == 1


def test_admins_hear_once_when_a_feed_keeps_failing_and_once_when_it_recovers(
    tmp_path: Path, feed_server: FeedServer, json_sink: JsonSink
) -> None:
    from tracker.app import utcnow
    from tracker.outbox import deliver_due

    url = feed_server.status("/flaky.xml", 500)
    app = make_app(tmp_path, [url], channel=json_sink.apprise_url, feed_alert_after=timedelta(0))
    for _ in range(3):
        run(app)
    feed_server.route("/flaky.xml", rss(GOOD))
    run(app)
    run(app)
    report = deliver_due(app.factory, utcnow, app.config.titles, give_up=timedelta(hours=1))
    assert report.sent == 2
    assert json_sink.wait_for(2)
    titles = [m.json["title"] for m in json_sink.received]
    assert titles == [f"Feed failing: {url}", f"Feed recovered: {url}"]
    assert "HTTP 500" in json_sink.received[0].json["message"]
    with app.factory() as s:
        assert len(s.scalars(select(DeliveryRow)).all()) == 2


def test_permanent_redirect_is_shown(tmp_path: Path, feed_server: FeedServer) -> None:
    new = feed_server.route("/new.xml", rss(GOOD))
    old = feed_server.redirect("/old.xml", "/new.xml", status=308)
    app = make_app(tmp_path, [old])
    run(app)
    assert feed_rows(app)[old].permanent_redirect == new


def test_a_production_feed_is_polled_faster_as_its_date_nears(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    from tracker.db import transaction
    from tracker.store import MilestoneStateRow

    url = feed_server.route("/own.xml", rss([]))
    config = tmp_path / "watchlist.yaml"
    config.write_text(
        "productions:\n"
        "  - id: good-sex\n    title: Good Sex\n    context: [Netflix]\n"
        f"    feeds: [{{url: '{url}', interval: 10m}}]\n"
    )
    settings = Settings(config=config, data_dir=tmp_path, poll_max_interval=timedelta(hours=4))
    app = App.open(settings)
    run(app)
    quiet = feed_rows(app)[url]
    assert quiet.next_check_at and quiet.last_success_at
    assert quiet.next_check_at - quiet.last_success_at > timedelta(hours=3)  # quiet: slow
    with transaction(app.factory) as s:
        s.add(
            MilestoneStateRow(
                production_id="good-sex",
                milestone="release_date",
                status="announced",
                date=(NOW + timedelta(days=3)).date(),
                precision="day",
                as_of=NOW,
                updated_at=NOW,
            )
        )
    run(app)
    near = feed_rows(app)[url]
    assert near.next_check_at and near.last_success_at
    assert near.next_check_at - near.last_success_at <= timedelta(minutes=11)


def test_a_tick_takes_a_batch_and_check_takes_every_feed(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    urls = [feed_server.route(f"/b{i}.xml", rss(GOOD)) for i in range(5)]
    app = make_app(tmp_path, urls, poll_batch=2)
    assert run(app, force=False).feeds == 2  # one daemon tick
    assert run(app, force=True).feeds == 5  # `tracker check`
