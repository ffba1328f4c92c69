"""Digest job: bundle held changes of daily/weekly subscribers whose digest time came."""

from __future__ import annotations

import asyncio
import logging

from tracker.app import App, utcnow
from tracker.db import transaction
from tracker.digests import bundle_due

log = logging.getLogger(__name__)


def _bundle(app: App) -> int:
    with transaction(app.factory) as session:
        return bundle_due(session, utcnow(), app.settings.digest_hour)


async def digest(app: App) -> None:
    written = await asyncio.to_thread(_bundle, app)
    if written:
        log.info("queued %d digests", written)
