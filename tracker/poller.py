"""One poll of feeds: fetch concurrently, then parse and ingest each result in turn.

Fetches run under a global limit and a per-host limit. A failing feed is recorded on its
row (error, time, count, next try with backoff) and never stops the others; after it has
failed for ``TRACKER_FEED_ALERT_AFTER`` admin channels get one notice, and one more when
it recovers. An unchanged body (304, or the same hash) costs no parsing.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker.app import App, utcnow
from tracker.db import transaction
from tracker.feeds import ParseError, parse_feed
from tracker.fetch import FetchError, FetchResult, Validators, fetch, make_client
from tracker.ingest import IngestReport, Silence, ingest
from tracker.outbox import enqueue_notice
from tracker.registry import FeedPlan
from tracker.schedule import (
    RATE_WINDOW,
    adaptive_interval,
    backoff,
    entries_per_day,
    jitter,
    next_wait,
)
from tracker.store import EntryRow, FeedRow

log = logging.getLogger(__name__)


@dataclass
class PollReport:
    feeds: int = 0
    fetched: int = 0
    unchanged: int = 0
    failed: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)
    errors: dict[str, str] = field(default_factory=dict)  # url -> error


Progress = Callable[[int, int, str], None]


def _host(url: str) -> str:
    return urlsplit(url).hostname or "" if "://" in url else ""


async def poll(
    app: App,
    *,
    force: bool = False,
    progress: Progress | None = None,
    rng: random.Random | None = None,
) -> PollReport:
    """Poll the due feeds (every listed feed when ``force``), oldest due first."""
    rng = rng or random.Random()
    now = utcnow()
    plans = app.config.plans
    with app.factory() as session:
        query = select(FeedRow.id, FeedRow.url, FeedRow.etag, FeedRow.last_modified).where(
            FeedRow.url.in_(plans)
        )
        if not force:
            query = query.where((FeedRow.next_check_at.is_(None)) | (FeedRow.next_check_at <= now))
        feeds = session.execute(query.order_by(FeedRow.next_check_at, FeedRow.id)).all()
    report = PollReport(feeds=len(feeds))
    if not feeds:
        return report
    settings = app.settings
    timeout = settings.fetch_timeout.total_seconds()
    overall = asyncio.Semaphore(settings.fetch_concurrency)
    per_host: defaultdict[str, asyncio.Semaphore] = defaultdict(
        lambda: asyncio.Semaphore(settings.fetch_per_host)
    )
    lock = asyncio.Lock()
    done = 0

    async with make_client(timeout) as client:

        async def one(feed_id: int, url: str, etag: str | None, modified: str | None) -> None:
            nonlocal done
            async with per_host[_host(url)], overall:
                try:
                    result: FetchResult | FetchError = await fetch(
                        client,
                        url,
                        Validators(etag, modified),
                        max_bytes=settings.max_body_bytes,
                        total_timeout=timeout,
                    )
                except FetchError as exc:
                    result = exc
            async with lock:
                await asyncio.to_thread(_process, app, feed_id, plans[url], result, report, rng)
                done += 1
                if progress:
                    progress(done, len(feeds), url)

        await asyncio.gather(*(one(*feed) for feed in feeds))
    return report


def _process(
    app: App,
    feed_id: int,
    plan: FeedPlan,
    result: FetchResult | FetchError,
    report: PollReport,
    rng: random.Random,
) -> None:
    now = utcnow()
    with transaction(app.factory) as session:
        feed = session.get(FeedRow, feed_id)
        if feed is None:
            return
        try:
            if isinstance(result, FetchError):
                raise result
            outcome = _ingest_result(app, session, feed, plan, result, now)
        except (FetchError, ParseError) as exc:
            retry_after = getattr(exc, "retry_after", None)
            _record_error(app, session, feed, plan, str(exc), now, rng, retry_after)
            report.failed += 1
            report.errors[feed.url] = str(exc)
            log.warning("feed %s failed (%d in a row): %s", feed.url, feed.consecutive_errors, exc)
            return
        _record_success(app, session, feed, plan, result, now, rng)
        if outcome is None:
            report.unchanged += 1
        else:
            report.fetched += 1
            report.ingest.add(outcome)


def _ingest_result(
    app: App, session: Session, feed: FeedRow, plan: FeedPlan, result: FetchResult, now: datetime
) -> IngestReport | None:
    if result.permanent_redirect:
        feed.permanent_redirect = result.permanent_redirect
    if result.not_modified:
        return None
    digest = result.content_hash
    if digest == feed.content_hash:
        return None
    parsed = parse_feed(result.body, result.content_type)
    feed.etag, feed.last_modified, feed.content_hash = result.etag, result.last_modified, digest
    waits = [w for w in (parsed.ttl, _seconds(result.max_age)) if w]
    feed.min_wait_seconds = int(max(waits).total_seconds()) if waits else None
    silence = Silence(
        first_fetch=feed.first_success_at is None and not app.settings.notify_first_fetch,
        max_age=app.settings.notify_max_age,
    )
    detectors = app.config.detectors
    assert detectors is not None
    detector = detectors.for_scope(plan.productions, now)
    report = ingest(session, feed.id, parsed.entries, detector, now, silence)
    feed.entries_per_day = _rate(session, feed.id, now)
    return report


def _seconds(value: float | None) -> timedelta | None:
    return timedelta(seconds=value) if value else None


def _rate(session: Session, feed_id: int, now: datetime) -> float:
    published = session.scalars(
        select(func.coalesce(EntryRow.published_at, EntryRow.seen_at)).where(
            EntryRow.feed_id == feed_id,
            func.coalesce(EntryRow.published_at, EntryRow.seen_at) >= now - RATE_WINDOW,
        )
    ).all()
    from tracker.store import UTCDateTime

    aware = [UTCDateTime().process_result_value(p, None) for p in published]
    return entries_per_day([p for p in aware if p is not None], now)


def _interval(app: App, plan: FeedPlan, feed: FeedRow) -> timedelta:
    fastest = plan.interval or app.settings.poll_interval
    return adaptive_interval(feed.entries_per_day or 0.0, fastest, app.settings.poll_max_interval)


def _record_success(
    app: App,
    session: Session,
    feed: FeedRow,
    plan: FeedPlan,
    result: FetchResult,
    now: datetime,
    rng: random.Random,
) -> None:
    if feed.failure_alerted:
        enqueue_notice(
            session,
            "feed_recovered",
            f"Feed recovered: {feed.name or feed.url}",
            f"{feed.url} answers again after failing since "
            f"{feed.failing_since.isoformat(timespec='minutes') if feed.failing_since else '?'}.",
            now,
        )
    feed.consecutive_errors, feed.failing_since, feed.failure_alerted = 0, None, False
    feed.last_success_at = now
    feed.first_success_at = feed.first_success_at or now
    min_wait = _seconds(feed.min_wait_seconds)
    max_age = _seconds(result.max_age)
    wait = next_wait(
        _interval(app, plan, feed), max(filter(None, (min_wait, max_age)), default=None)
    )
    feed.next_check_at = now + jitter(wait, rng)


def _record_error(
    app: App,
    session: Session,
    feed: FeedRow,
    plan: FeedPlan,
    message: str,
    now: datetime,
    rng: random.Random,
    retry_after: float | None,
) -> None:
    feed.consecutive_errors += 1
    feed.last_error, feed.last_error_at = message[:1000], now
    feed.failing_since = feed.failing_since or now
    base = plan.interval or app.settings.poll_interval
    wait = backoff(feed.consecutive_errors, base, app.settings.max_backoff)
    feed.next_check_at = now + next_wait(jitter(wait, rng), None, _seconds(retry_after))
    if not feed.failure_alerted and now - feed.failing_since >= app.settings.feed_alert_after:
        feed.failure_alerted = True
        enqueue_notice(
            session,
            "feed_failing",
            f"Feed failing: {feed.name or feed.url}",
            f"{feed.url} has failed since {feed.failing_since.isoformat(timespec='minutes')} "
            f"({feed.consecutive_errors} tries in a row). Last error: {message}\n"
            "tracker keeps trying with backoff; `tracker feeds` shows every feed's health.",
            now,
        )
        log.error("feed %s has failed since %s: admins told", feed.url, feed.failing_since)
