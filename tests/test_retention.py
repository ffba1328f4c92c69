"""Pruning: old and excess entries go, tombstones keep them from coming back, events stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from tracker.db import open_database, transaction
from tracker.domain import Entry, Observation
from tracker.ingest import Silence, ingest
from tracker.retention import prune
from tracker.store import EntryRow, EventRow, FeedRow, TombstoneRow

NOW = datetime(2026, 6, 10, 12, tzinfo=UTC)
LOUD = Silence(first_fetch=False, max_age=timedelta(0))


def entry(i: int) -> Entry:
    return Entry(f"h{i}", f"story {i}", f"https://news.invalid/{i}", "", NOW - timedelta(hours=i))


def trailer_in_story_0(e: Entry) -> list[Observation]:
    return [Observation("p", "trailer", "released", variant="teaser")] if e.id == "h0" else []


def count(factory: object, model: type) -> int:
    with factory() as s:  # type: ignore[operator]
        return int(s.scalar(select(func.count()).select_from(model)))


def test_prune_keeps_per_feed_count_and_tombstones_stop_replays(database_url: str) -> None:
    factory = open_database(database_url)
    with transaction(factory) as s:
        feed = FeedRow(url="https://x/rss", created_at=NOW)
        s.add(feed)
        s.flush()
        feed_id = feed.id
        old_seen = NOW - timedelta(days=1)
        ingest(s, feed_id, [entry(i) for i in range(10)], trailer_in_story_0, old_seen, LOUD)
    with transaction(factory) as s:
        assert prune(s, NOW, timedelta(days=30), per_feed=4) == 6
    assert count(factory, EntryRow) == 4 and count(factory, TombstoneRow) == 6
    assert count(factory, EventRow) == 1  # history stays
    with transaction(factory) as s:  # the feed serves all ten again: nothing is new
        report = ingest(s, feed_id, [entry(i) for i in range(10)], trailer_in_story_0, NOW, LOUD)
    assert report.entries == 0
    with transaction(factory) as s:
        assert prune(s, NOW + timedelta(days=31), timedelta(days=30), per_feed=4) == 4
    assert count(factory, EntryRow) == 0 and count(factory, TombstoneRow) == 10
    with transaction(factory) as s:
        assert prune(s, NOW + timedelta(days=31), timedelta(days=30), per_feed=4) == 0
