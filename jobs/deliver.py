"""Delivery job: send what the outbox holds that is due."""

from __future__ import annotations

import asyncio
import logging

from tracker.app import App
from tracker.outbox import deliver_app

log = logging.getLogger(__name__)


async def deliver(app: App) -> None:
    report = await asyncio.to_thread(deliver_app, app)
    if report.sent or report.retrying or report.failed:
        log.info(
            "deliveries: %d sent, %d to retry, %d failed for good",
            report.sent,
            report.retrying,
            report.failed,
        )
