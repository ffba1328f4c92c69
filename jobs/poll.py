"""Poll job: fetch the feeds that are due, detect, store, queue notifications."""

from __future__ import annotations

import logging

from tracker.app import App
from tracker.poller import poll

log = logging.getLogger(__name__)


async def poll_due(app: App) -> None:
    report = await poll(app)
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
