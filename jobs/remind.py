"""Reminder job: queue the release reminders due now (the outbox sends them)."""

from __future__ import annotations

import asyncio
import logging

from tracker.app import App, utcnow
from tracker.db import transaction
from tracker.reminders import create_due

log = logging.getLogger(__name__)


def _remind(app: App) -> int:
    with transaction(app.factory) as session:
        return create_due(session, utcnow(), app.settings.remind_hour)


async def remind(app: App) -> None:
    created = await asyncio.to_thread(_remind, app)
    if created:
        log.info("queued %d release reminders", created)
