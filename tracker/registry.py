"""Mirrors the watchlist into the database: its feeds, and its channels as subscribers.

Run on start and after every good reload. Feeds new to the list are added (a silent first
fetch follows); feeds no longer listed keep their rows and entries (history stays) but are
not polled. A channel becomes a subscriber whose targets and subscriptions follow the file;
a URL removed from the file is deactivated, not deleted, so its past deliveries stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.db import serialise
from tracker.domain import MILESTONE_KINDS
from tracker.store import FeedRow, SubscriberRow, SubscriptionRow, TargetRow
from tracker.watchlist import Feed, Watchlist


@dataclass(frozen=True)
class FeedPlan:
    """One URL to poll, for whom, how often."""

    url: str
    name: str | None
    interval: timedelta | None
    productions: frozenset[str] | None  # None: a global feed, read for every production


def feed_plans(watchlist: Watchlist) -> dict[str, FeedPlan]:
    """Every URL the watchlist names, once; a URL listed globally is global."""
    plans: dict[str, FeedPlan] = {}

    def add(feed: Feed, production: str | None) -> None:
        old = plans.get(feed.url)
        if old is None:
            scope = None if production is None else frozenset({production})
            plans[feed.url] = FeedPlan(feed.url, feed.name, feed.interval, scope)
            return
        if production is None or old.productions is None:
            scope = None
        else:
            scope = old.productions | {production}
        interval = min((i for i in (old.interval, feed.interval) if i), default=None)
        plans[feed.url] = FeedPlan(feed.url, old.name or feed.name, interval, scope)

    for feed in watchlist.feeds:
        add(feed, None)
    for production in watchlist.productions:
        for feed in production.feeds:
            add(feed, production.id)
    return plans


def sync_feeds(session: Session, plans: dict[str, FeedPlan], now: datetime) -> None:
    known = {row.url: row for row in session.scalars(select(FeedRow))}
    for url, plan in plans.items():
        row = known.get(url)
        if row is None:
            session.add(FeedRow(url=url, name=plan.name, next_check_at=now, created_at=now))
        elif plan.name and row.name != plan.name:
            row.name = plan.name


def sync_channels(session: Session, watchlist: Watchlist, now: datetime) -> None:
    existing = {
        row.channel_name: row
        for row in session.scalars(select(SubscriberRow).where(SubscriberRow.kind == "channel"))
    }
    all_ids = [p.id for p in watchlist.productions]
    for channel in watchlist.channels:
        row = existing.pop(channel.name, None)
        if row is None:
            row = SubscriberRow(
                name=channel.name, kind="channel", channel_name=channel.name, created_at=now
            )
            session.add(row)
        row.admin = channel.admin
        urls = set(channel.notify)
        for target in row.targets:
            target.active = target.url in urls
        for url in urls - {t.url for t in row.targets}:
            row.targets.append(TargetRow(url=url, active=True))
        wanted = all_ids if channel.productions == "all" else channel.productions
        chosen = set(channel.milestones)
        kinds: list[str] | None = None if len(chosen) == len(MILESTONE_KINDS) else sorted(chosen)
        by_production = {s.production_id: s for s in row.subscriptions}
        for pid in wanted:
            sub = by_production.pop(pid, None)
            if sub is None:
                row.subscriptions.append(
                    SubscriptionRow(production_id=pid, milestones=kinds, created_at=now)
                )
            else:
                sub.milestones = kinds
        for sub in by_production.values():
            row.subscriptions.remove(sub)
    for gone in existing.values():  # channels removed from the file stop receiving
        for target in gone.targets:
            target.active = False
        gone.subscriptions.clear()


def sync(session: Session, watchlist: Watchlist, now: datetime) -> dict[str, FeedPlan]:
    """Make the database agree with the watchlist; return the feed plans."""
    serialise(session, "registry")  # instances starting together take turns
    plans = feed_plans(watchlist)
    sync_feeds(session, plans, now)
    sync_channels(session, watchlist, now)
    return plans
