"""Prune job: drop entries past retention, keeping tombstones."""

from __future__ import annotations

import asyncio
import logging

from tracker.app import App, utcnow
from tracker.db import transaction
from tracker.retention import prune

log = logging.getLogger(__name__)


def _prune(app: App) -> int:
    with transaction(app.factory) as session:
        return prune(session, utcnow(), app.settings.retention, app.settings.retention_per_feed)


async def prune_entries(app: App) -> None:
    removed = await asyncio.to_thread(_prune, app)
    if removed:
        log.info("pruned %d old entries", removed)
