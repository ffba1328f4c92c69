"""Reload job: pick up watchlist edits; a bad edit keeps the last good list in force."""

from __future__ import annotations

import asyncio

from tracker.app import App


async def reload_config(app: App) -> None:
    await asyncio.to_thread(app.reload)
