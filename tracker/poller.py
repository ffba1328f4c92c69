"""One poll of feeds: fetch concurrently, then parse and ingest each result in turn.

A failing feed is recorded on its row (error, time, count, next try with backoff) and
never stops the others. An unchanged body (304, or the same hash) costs no parsing.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.app import App, utcnow
from tracker.db import transaction
from tracker.feeds import ParseError, parse_feed
from tracker.fetch import FetchError, FetchResult, Validators, fetch, make_client
from tracker.ingest import IngestReport, Silence, ingest
from tracker.registry import FeedPlan
from tracker.store import FeedRow

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=6)


def backoff(errors: int, base: timedelta, rng: random.Random) -> timedelta:
    """Exponential backoff from the feed's interval, capped, with ±10% jitter."""
    step = min(base * (1 << min(max(errors - 1, 0), 20)), MAX_BACKOFF)
    return step * rng.uniform(0.9, 1.1)


@dataclass
class PollReport:
    feeds: int = 0
    fetched: int = 0
    unchanged: int = 0
    failed: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)
    errors: dict[str, str] = field(default_factory=dict)  # url -> error


Progress = Callable[[int, int, str], None]


async def poll(
    app: App,
    *,
    force: bool = False,
    progress: Progress | None = None,
    rng: random.Random | None = None,
) -> PollReport:
    """Poll the due feeds (every listed feed when ``force``)."""
    rng = rng or random.Random()
    now = utcnow()
    plans = app.config.plans
    with app.factory() as session:
        query = select(FeedRow).where(FeedRow.url.in_(plans))
        if not force:
            query = query.where((FeedRow.next_check_at.is_(None)) | (FeedRow.next_check_at <= now))
        feeds = list(session.scalars(query.order_by(FeedRow.next_check_at)))
    report = PollReport(feeds=len(feeds))
    if not feeds:
        return report
    settings = app.settings
    limit = asyncio.Semaphore(settings.fetch_concurrency)
    lock = asyncio.Lock()
    done = 0

    async with make_client(settings.fetch_timeout.total_seconds()) as client:

        async def one(feed: FeedRow) -> None:
            nonlocal done
            async with limit:
                try:
                    result: FetchResult | FetchError = await fetch(
                        client,
                        feed.url,
                        Validators(feed.etag, feed.last_modified),
                        max_bytes=settings.max_body_bytes,
                        total_timeout=settings.fetch_timeout.total_seconds(),
                    )
                except FetchError as exc:
                    result = exc
            async with lock:
                await asyncio.to_thread(
                    _process, app, feed.id, plans[feed.url], result, report, rng
                )
                done += 1
                if progress:
                    progress(done, len(feeds), feed.url)

        await asyncio.gather(*(one(feed) for feed in feeds))
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
    interval = plan.interval or app.settings.poll_interval
    with transaction(app.factory) as session:
        feed = session.get(FeedRow, feed_id)
        if feed is None:
            return
        try:
            if isinstance(result, FetchError):
                raise result
            outcome = _ingest_result(app, session, feed, plan, result, now)
        except (FetchError, ParseError) as exc:
            _record_error(feed, str(exc), now, interval, rng, getattr(exc, "retry_after", None))
            report.failed += 1
            report.errors[feed.url] = str(exc)
            log.warning("feed %s failed (%d in a row): %s", feed.url, feed.consecutive_errors, exc)
            return
        feed.consecutive_errors = 0
        feed.last_success_at = now
        feed.first_success_at = feed.first_success_at or now
        feed.next_check_at = now + interval * rng.uniform(0.9, 1.1)
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
    silence = Silence(
        first_fetch=feed.first_success_at is None and not app.settings.notify_first_fetch,
        max_age=app.settings.notify_max_age,
    )
    detectors = app.config.detectors
    assert detectors is not None
    detector = detectors.for_scope(plan.productions, now)
    return ingest(session, feed.id, parsed.entries, detector, now, silence)


def _record_error(
    feed: FeedRow,
    message: str,
    now: datetime,
    interval: timedelta,
    rng: random.Random,
    retry_after: float | None,
) -> None:
    feed.consecutive_errors += 1
    feed.last_error, feed.last_error_at = message[:1000], now
    wait = backoff(feed.consecutive_errors, interval, rng)
    if retry_after:
        wait = max(wait, timedelta(seconds=retry_after))
    feed.next_check_at = now + wait
