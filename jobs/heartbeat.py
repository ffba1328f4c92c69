"""Heartbeat job: shows `tracker health` that the scheduler is alive."""

from __future__ import annotations

import asyncio

from tracker.app import App
from tracker.health import beat


async def heartbeat(app: App) -> None:
    await asyncio.to_thread(beat, app.settings)
