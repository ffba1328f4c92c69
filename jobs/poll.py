"""Poll job: fetch the feeds that are due, detect, store, queue notifications."""

from __future__ import annotations

import logging

from tracker.app import App
from tracker.poller import poll

log = logging.getLogger(__name__)


async def poll_due(app: App) -> None:
    """Poll the due feeds; with TRACKER_POLL_PROCESSES above 1, shared with the helpers."""
    pool = app.poll_pool
    report = await (pool.poll(app) if pool else poll(app))
    if report.feeds:
        log.info(
            "polled %d feeds: %d changed, %d unchanged, %d failed; %d new entries, %d events",
            report.feeds,
            report.fetched,
            report.unchanged,
            report.failed,
            report.ingest.entries,
            report.ingest.events,
        )
