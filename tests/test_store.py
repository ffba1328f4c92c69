"""The schema: Alembic migrations on SQLite and PostgreSQL, SQLite's pragmas, the registry."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from tracker.db import DatabaseError, make_engine, open_database, transaction, upgrade
from tracker.registry import sync
from tracker.store import Base, EntryRow, FeedRow, SubscriberRow
from tracker.watchlist import parse_watchlist

T0 = datetime(2026, 6, 1, tzinfo=UTC)


def test_migrations_build_exactly_the_models(database_url: str) -> None:
    open_database(database_url)
    engine = make_engine(database_url)
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == [], "models and migrations differ: write a migration"
    assert {
        "feeds",
        "entries",
        "observations",
        "milestone_states",
        "events",
        "subscribers",
        "targets",
        "subscriptions",
        "deliveries",
    } <= set(inspect(engine).get_table_names())
    upgrade(engine)  # running again is a no-op
    engine.dispose()


def test_upgrade_from_the_first_revision(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine, "0001")
    upgrade(engine)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert version
    engine.dispose()


def test_sqlite_runs_with_wal_busy_timeout_and_foreign_keys(sqlite_url: str) -> None:
    factory = open_database(sqlite_url)
    with factory() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar_one() >= 1000


def test_entries_are_unique_per_feed_and_hash(database_url: str) -> None:
    factory = open_database(database_url)
    with transaction(factory) as s:
        feed = FeedRow(url="https://x/rss", created_at=T0)
        s.add(feed)
        s.flush()
        feed_id = feed.id
    row = {"feed_id": feed_id, "entry_hash": "h", "title": "t", "summary": "", "seen_at": T0}
    with transaction(factory) as s:
        s.add(EntryRow(**row))
    with pytest.raises(IntegrityError), transaction(factory) as s:
        s.add(EntryRow(**row))
    with factory() as s:
        stored = s.scalars(select(EntryRow)).one()
        assert stored.seen_at == T0  # aware UTC in, aware UTC out


def test_unusable_database_url_is_a_clear_error() -> None:
    with pytest.raises(DatabaseError, match="cannot read database URL"):
        open_database("not a url")
    with pytest.raises(DatabaseError, match="cannot open the database"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")


WATCHLIST = """\
feeds: [https://a/rss]
productions:
  - id: one
    title: One
    feeds: [https://b/rss, https://a/rss]
  - id: two
    title: Two
channels:
  - name: team
    notify: [json://127.0.0.1:1/x, json://127.0.0.1:1/y]
    milestones: [trailer]
"""


def test_registry_mirrors_feeds_and_channels(sqlite_url: str) -> None:
    factory = open_database(sqlite_url)
    with transaction(factory) as s:
        plans = sync(s, parse_watchlist(WATCHLIST, "w", {}), T0)
    assert plans["https://a/rss"].productions is None  # listed globally: global
    assert plans["https://b/rss"].productions == frozenset({"one"})
    edited = WATCHLIST.replace("json://127.0.0.1:1/y", "json://127.0.0.1:1/z").replace(
        "milestones: [trailer]", "productions: [two]"
    )
    with transaction(factory) as s:
        sync(s, parse_watchlist(edited, "w", {}), T0)
    with factory() as s:
        team = s.scalars(select(SubscriberRow)).one()
        active = sorted(t.url for t in team.targets if t.active)
        assert active == ["json://127.0.0.1:1/x", "json://127.0.0.1:1/z"]
        assert len(team.targets) == 3  # the removed URL is kept, inactive
        assert [(x.production_id, x.milestones) for x in team.subscriptions] == [("two", None)]
        assert len(s.scalars(select(FeedRow)).all()) == 2
