"""One poll of feeds: fetch concurrently, then record and ingest the results in batches.

Fetches run under a global limit and a per-host limit. Results are handed, as they come,
to a worker thread: a changed feed is parsed (only its new items, when its bytes split
cleanly) and ingested in its own transaction; the bookkeeping of unchanged and failed
feeds is written for a whole batch in one transaction. A failing feed is recorded on its
row (error, time, count, next try with backoff) and never stops the others; after it has
failed for ``TRACKER_FEED_ALERT_AFTER`` admin channels get one notice, and one more when
it recovers. An unchanged body (304, or the same hash) costs no parsing. A poll may be one
share of the feeds (by host), when processes share it (:mod:`tracker.pollpool`).
"""

from __future__ import annotations

import asyncio
import logging
import random
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tracker.app import App, utcnow
from tracker.db import transaction
from tracker.feeds import ParseError, parse_changes
from tracker.fetch import FetchError, FetchResult, Validators, fetch, make_client
from tracker.ingest import IngestReport, Silence, ingest
from tracker.outbox import enqueue_notice
from tracker.registry import FeedPlan
from tracker.schedule import (
    RATE_WINDOW,
    adaptive_interval,
    backoff,
    jitter,
    next_wait,
    rate,
)
from tracker.settings import Settings
from tracker.store import EntryRow, FeedRow, MilestoneStateRow

log = logging.getLogger(__name__)

BATCH = 200
GROUP_WINDOW = 0.05  # seconds: results arriving this close together share a transaction


@dataclass
class PollReport:
    feeds: int = 0
    fetched: int = 0
    unchanged: int = 0
    failed: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)
    errors: dict[str, str] = field(default_factory=dict)  # url -> error

    def add(self, other: PollReport) -> None:
        """Count another share's poll in this report."""
        self.feeds += other.feeds
        self.fetched += other.fetched
        self.unchanged += other.unchanged
        self.failed += other.failed
        self.ingest.add(other.ingest)
        self.errors.update(other.errors)


Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class FeedState:
    """A feed's row as the poll found it."""

    id: int
    url: str
    name: str | None
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    consecutive_errors: int
    failing_since: datetime | None
    failure_alerted: bool
    first_success_at: datetime | None
    min_wait_seconds: int | None
    entries_per_day: float | None
    item_digests: str | None

    @property
    def label(self) -> str:
        return self.name or self.url


_STATE_COLUMNS = [getattr(FeedRow, f) for f in FeedState.__dataclass_fields__]


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "") if "://" in url else ""


#: Which part of the feeds a poll takes: (index, count) takes the feeds whose host hashes
#: to ``index`` modulo ``count``. Processes sharing a poll never take the same feed, and
#: all feeds of one host fall to one of them, so the per-host limit still holds.
Share = tuple[int, int]
WHOLE: Share = (0, 1)


def in_share(url: str, share: Share) -> bool:
    index, count = share
    return count == 1 or zlib.crc32(_host(url).encode()) % count == index


def _claim(app: App, now: datetime, force: bool, share: Share = WHOLE) -> list[FeedState]:
    """Lease the feeds this run polls: due ones (all when ``force``) that no one else holds.

    On PostgreSQL the rows are picked with ``FOR UPDATE SKIP LOCKED``, so instances sharing
    one database never take the same feed; a lease not released (a killed process) ends
    after ``TRACKER_FEED_LEASE`` and another instance takes the feed over. A share of a poll
    takes its own feeds among the batch of due ones, and locks only those.
    """
    free = (
        FeedRow.url.in_(app.config.plans),
        (FeedRow.lease_until.is_(None)) | (FeedRow.lease_until < now),
    )
    with transaction(app.factory) as session:
        query = select(FeedRow.id, FeedRow.url).where(*free)
        if not force:  # a tick takes a batch of due feeds; `tracker check` takes every feed
            due = (FeedRow.next_check_at.is_(None)) | (FeedRow.next_check_at <= now)
            query = query.where(due)
        query = query.order_by(FeedRow.next_check_at, FeedRow.id)
        if not force:
            query = query.limit(app.settings.poll_batch)
        if share != WHOLE:
            mine = [i for i, url in session.execute(query) if in_share(url, share)]
            query = select(FeedRow.id, FeedRow.url).where(FeedRow.id.in_(mine), *free)
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        ids = [i for i, _url in session.execute(query)]
        if not ids:
            return []
        session.execute(
            update(FeedRow)
            .where(FeedRow.id.in_(ids))
            .values(lease_until=now + app.settings.feed_lease)
        )
        rows = session.execute(
            select(*_STATE_COLUMNS)
            .where(FeedRow.id.in_(ids))
            .order_by(FeedRow.next_check_at, FeedRow.id)
        ).all()
    return [FeedState(*row) for row in rows]


async def poll(
    app: App,
    *,
    force: bool = False,
    progress: Progress | None = None,
    rng: random.Random | None = None,
    share: Share = WHOLE,
) -> PollReport:
    """Poll the due feeds (every listed feed when ``force``), the longest due first.

    ``share`` limits the poll to one part of the feeds (see :data:`Share`), with its part
    of ``TRACKER_FETCH_CONCURRENCY``.
    """
    rng = rng or random.Random()
    feeds = _claim(app, utcnow(), force, share)
    report = PollReport(feeds=len(feeds))
    if not feeds:
        return report
    settings = app.settings
    timeout = settings.fetch_timeout.total_seconds()
    overall = asyncio.Semaphore(max(1, settings.fetch_concurrency // share[1]))
    per_host: defaultdict[str, asyncio.Semaphore] = defaultdict(
        lambda: asyncio.Semaphore(settings.fetch_per_host)
    )
    results: asyncio.Queue[tuple[FeedState, FetchResult | FetchError]] = asyncio.Queue()

    async def one(feed: FeedState) -> None:
        async with per_host[_host(feed.url)], overall:
            try:
                result: FetchResult | FetchError = await fetch(
                    client,
                    feed.url,
                    Validators(feed.etag, feed.last_modified),
                    max_bytes=settings.max_body_bytes,
                    total_timeout=timeout,
                )
            except FetchError as exc:
                result = exc
        results.put_nowait((feed, result))

    hot: frozenset[str] = frozenset()

    async def record() -> None:
        done = 0
        while done < len(feeds):
            batch = [await results.get()]
            # Group commit: results arriving within a short window share one transaction.
            if results.qsize() < BATCH and done + 1 < len(feeds):
                await asyncio.sleep(GROUP_WINDOW)
            while not results.empty() and len(batch) < BATCH:
                batch.append(results.get_nowait())
            await asyncio.to_thread(_record_batch, app, batch, report, rng, hot)
            done += len(batch)
            if progress:
                progress(done, len(feeds), batch[-1][0].url)

    try:  # from here on, a run cut short hands back the leases it did not use
        hot = await asyncio.to_thread(_hot_productions, app, utcnow())
        async with make_client(timeout, settings.fetch_per_host) as client:
            recorder = asyncio.create_task(record())
            await asyncio.gather(*(one(feed) for feed in feeds))
            await recorder
    finally:
        if report.fetched + report.unchanged + report.failed < len(feeds):
            await asyncio.to_thread(_release, app, [f.id for f in feeds])
    return report


def _release(app: App, ids: list[int]) -> None:
    """Give back the leases of feeds a cut-short run did not record (their next check stays)."""
    with transaction(app.factory) as session:
        session.execute(
            update(FeedRow)
            .where(FeedRow.id.in_(ids), FeedRow.lease_until.is_not(None))
            .values(lease_until=None)
        )


def _record_batch(
    app: App,
    batch: list[tuple[FeedState, FetchResult | FetchError]],
    report: PollReport,
    rng: random.Random,
    hot: frozenset[str],
) -> None:
    """Ingest the changed feeds one by one; write everyone else's bookkeeping at once."""
    plans = app.config.plans
    updates: list[dict[str, Any]] = []
    notices: list[tuple[str, str, str]] = []
    for feed, result in batch:
        now = utcnow()
        plan = plans.get(feed.url) or FeedPlan(feed.url, feed.name, None, None)
        if isinstance(result, FetchResult) and not _unchanged(feed, result):
            try:
                outcome = _ingest_changed(app, feed, plan, result, now, rng, hot)
            except ParseError as exc:
                result = FetchError(str(exc))
            else:
                report.fetched += 1
                report.ingest.add(outcome)
                continue
        if isinstance(result, FetchError):
            values, notice = failure(
                feed, plan, app.settings, str(result), now, rng, result.retry_after
            )
            report.failed += 1
            report.errors[feed.url] = str(result)
            log.warning(
                "feed %s failed (%d in a row): %s", feed.url, values["consecutive_errors"], result
            )
        else:
            values, notice = success(feed, plan, app.settings, now, rng, result.max_age, hot)
            if result.permanent_redirect:
                values["permanent_redirect"] = result.permanent_redirect
            report.unchanged += 1
        updates.append(values)
        if notice:
            notices.append(notice)
    if updates:
        with transaction(app.factory) as session:
            session.execute(update(FeedRow), updates)
            for kind, subject, body in notices:
                enqueue_notice(session, kind, subject, body, utcnow())


def _unchanged(feed: FeedState, result: FetchResult) -> bool:
    return result.not_modified or result.content_hash == feed.content_hash


def _ingest_changed(
    app: App,
    feed: FeedState,
    plan: FeedPlan,
    result: FetchResult,
    now: datetime,
    rng: random.Random,
    hot: frozenset[str],
) -> IngestReport:
    parsed, digests = parse_changes(result.body, result.content_type, feed.item_digests)
    waits = [w for w in (parsed.ttl, _seconds(result.max_age)) if w]
    silence = Silence(
        first_fetch=feed.first_success_at is None and not app.settings.notify_first_fetch,
        max_age=app.settings.notify_max_age,
    )
    detectors = app.config.detectors
    assert detectors is not None
    with transaction(app.factory) as session:
        report = ingest(
            session,
            feed.id,
            parsed.entries,
            detectors.for_scope(plan.productions, now),
            now,
            silence,
        )
        rate = _rate(session, feed.id, now)
        min_wait = int(max(waits).total_seconds()) if waits else None
        changed = replace(feed, entries_per_day=rate, min_wait_seconds=min_wait)
        values, notice = success(changed, plan, app.settings, now, rng, None, hot)
        values.update(
            etag=result.etag,
            last_modified=result.last_modified,
            content_hash=result.content_hash,
            item_digests=digests,
            entries_per_day=rate,
            min_wait_seconds=min_wait,
            permanent_redirect=result.permanent_redirect,
        )
        session.execute(update(FeedRow), [values])
        if notice:
            enqueue_notice(session, *notice, now)
    return report


def _seconds(value: float | None) -> timedelta | None:
    return timedelta(seconds=value) if value else None


def _rate(session: Session, feed_id: int, now: datetime) -> float:
    """The feed's entries per day over the last week, counted in the database."""
    count, oldest = session.execute(
        select(func.count(), func.min(EntryRow.published_at)).where(
            EntryRow.feed_id == feed_id,
            EntryRow.published_at >= now - RATE_WINDOW,
            EntryRow.published_at <= now,
        )
    ).one()
    return rate(int(count), oldest, now)


#: A production whose release or premiere is this close has its own feeds polled at the
#: watchlist's interval, however quiet they are.
NEAR = timedelta(days=7)


def _hot_productions(app: App, now: datetime) -> frozenset[str]:
    """Productions with a day-precise release date or premiere within :data:`NEAR`."""
    with app.factory() as session:
        rows = session.scalars(
            select(MilestoneStateRow.production_id).where(
                MilestoneStateRow.milestone.in_(("release_date", "premiere")),
                MilestoneStateRow.precision == "day",
                MilestoneStateRow.date >= (now - timedelta(days=1)).date(),
                MilestoneStateRow.date <= (now + NEAR).date(),
            )
        )
        return frozenset(rows)


def success(
    feed: FeedState,
    plan: FeedPlan,
    settings: Settings,
    now: datetime,
    rng: random.Random,
    max_age: float | None,
    hot: frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], tuple[str, str, str] | None]:
    """The row values after a good fetch, and the recovery notice if admins were told.

    A production's own feed is polled at the watchlist's interval while one of its
    productions is ``hot`` (a known date is near), whatever the feed's own pace.
    """
    notice = None
    if feed.failure_alerted:
        since = feed.failing_since.isoformat(timespec="minutes") if feed.failing_since else "?"
        notice = (
            "feed_recovered",
            f"Feed recovered: {feed.label}",
            f"{feed.url} answers again after failing since {since}.",
        )
    fastest = plan.interval or settings.poll_interval
    if plan.productions and plan.productions & hot:
        interval = fastest
    else:
        interval = adaptive_interval(
            feed.entries_per_day or 0.0, fastest, settings.poll_max_interval
        )
    minimums = [w for w in (_seconds(feed.min_wait_seconds), _seconds(max_age)) if w]
    wait = next_wait(interval, max(minimums, default=None))
    values = {
        "id": feed.id,
        "consecutive_errors": 0,
        "failing_since": None,
        "failure_alerted": False,
        "last_success_at": now,
        "first_success_at": feed.first_success_at or now,
        "next_check_at": now + jitter(wait, rng),
        "lease_until": None,
    }
    return values, notice


def failure(
    feed: FeedState,
    plan: FeedPlan,
    settings: Settings,
    message: str,
    now: datetime,
    rng: random.Random,
    retry_after: float | None,
) -> tuple[dict[str, Any], tuple[str, str, str] | None]:
    """The row values after a failed fetch, and a notice when admins must now be told."""
    errors = feed.consecutive_errors + 1
    since = feed.failing_since or now
    base = plan.interval or settings.poll_interval
    wait = next_wait(
        jitter(backoff(errors, base, settings.max_backoff), rng), None, _seconds(retry_after)
    )
    alert = not feed.failure_alerted and now - since >= settings.feed_alert_after
    values = {
        "id": feed.id,
        "consecutive_errors": errors,
        "last_error": message[:1000],
        "last_error_at": now,
        "failing_since": since,
        "failure_alerted": feed.failure_alerted or alert,
        "next_check_at": now + wait,
        "lease_until": None,
    }
    notice = None
    if alert:
        log.error("feed %s has failed since %s: admins told", feed.url, since)
        notice = (
            "feed_failing",
            f"Feed failing: {feed.label}",
            f"{feed.url} has failed since {since.isoformat(timespec='minutes')} "
            f"({errors} tries in a row). Last error: {message}\n"
            "tracker keeps trying with backoff; `tracker feeds` shows every feed's health.",
        )
    return values, notice
