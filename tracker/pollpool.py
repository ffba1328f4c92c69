"""Several processes sharing each poll, for watchlists whose feeds keep one core busy.

With ``TRACKER_POLL_PROCESSES=N`` the daemon starts N-1 helper processes. Each poll is
cut into N shares by feed host (:data:`tracker.poller.Share`): the daemon polls share 0
itself while the helpers poll the others, each with its own database connection, HTTP
client and its part of ``TRACKER_FETCH_CONCURRENCY``. One host's feeds are always in one
share, so ``TRACKER_FETCH_PER_HOST`` still holds; the feed leases still apply, so
instances sharing a PostgreSQL database never take one feed twice.

A helper gets the watchlist in force with every poll (the daemon's last good one, not the
file on disk, which may hold a bad edit), and builds its detectors again only when the
watchlist changed. A helper that dies (killed, out of memory) fails its share of that
poll, loudly; the helpers are started again for the next one. On stop the helpers get
SIGTERM: a poll cut short hands its feeds' leases back, as the daemon's own does.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from types import FrameType

from tracker.app import App, Config, Detectors
from tracker.db import open_database
from tracker.poller import PollReport, poll
from tracker.registry import FeedPlan
from tracker.settings import Settings
from tracker.watchlist import Watchlist

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Snapshot:
    """What a helper needs of the daemon's config for one poll."""

    generation: int  # the daemon's Config.generation: another watchlist took force
    watchlist: Watchlist
    plans: dict[str, FeedPlan]


class PollPool:
    """The daemon's poll, shared with ``processes - 1`` helper processes."""

    def __init__(self, settings: Settings, processes: int) -> None:
        if processes < 2:
            raise ValueError("a pool needs at least 2 processes (1 is the plain poll)")
        self.settings, self.processes = settings, processes
        self._helpers = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.processes - 1,
            mp_context=multiprocessing.get_context("spawn"),  # no inherited threads, sockets
            initializer=_start,
            initargs=(self.settings, logging.getLogger().level),
        )

    async def poll(self, app: App, *, force: bool = False) -> PollReport:
        """One poll of the due feeds (every feed when ``force``), shared by all processes.

        A share that failed (its helper died, its database call failed) is logged and left
        out of the report; its feeds' leases end and they are polled again.
        """
        loop = asyncio.get_running_loop()
        config = app.config
        snapshot = _Snapshot(config.generation, config.watchlist, dict(config.plans))
        helpers = self._helpers
        shares = [
            loop.run_in_executor(helpers, _poll_share, snapshot, index, self.processes, force)
            for index in range(1, self.processes)
        ]
        report = await poll(app, force=force, share=(0, self.processes))
        for index, outcome in enumerate(await asyncio.gather(*shares, return_exceptions=True)):
            if isinstance(outcome, PollReport):
                report.add(outcome)
            elif isinstance(outcome, BrokenProcessPool):
                log.error(
                    "poll share %d lost: a helper process died; starting them again", index + 1
                )
                if helpers is self._helpers and not app.stopping.is_set():
                    helpers.shutdown(wait=False, cancel_futures=True)
                    self._helpers = self._start()
            else:
                log.error("poll share %d failed: %r", index + 1, outcome)
        return report

    def close(self) -> None:
        """Stop the helpers now (SIGTERM); polls under way hand their leases back."""
        helpers = self._helpers
        # The executor keeps its processes private; they are the ones to stop at once.
        processes = list(getattr(helpers, "_processes", {}).values())
        helpers.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=10)


# --- in the helper process -----------------------------------------------------------------

_app: App | None = None
_generation: int | None = None
_polling = False


def _stop(_signum: int, _frame: FrameType | None) -> None:
    if _polling:
        sys.exit(0)  # unwinds asyncio.run: the poll's cleanup hands its leases back
    os._exit(0)  # idle: nothing to hand back


def _start(settings: Settings, level: int) -> None:
    global _app
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the daemon's to handle
    signal.signal(signal.SIGTERM, _stop)
    logging.basicConfig(
        level=level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s[%(process)d]: %(message)s",
    )
    for noisy in ("httpx", "httpcore", "alembic"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    factory = open_database(settings.effective_database_url)
    config = Config(settings.config, Watchlist(productions=[]))
    _app = App(settings, factory, config)


def _poll_share(snapshot: _Snapshot, index: int, count: int, force: bool) -> PollReport:
    global _generation, _polling
    assert _app is not None, "the helper was not started"
    config = _app.config
    if snapshot.generation != _generation:
        config.watchlist = snapshot.watchlist
        config.detectors = Detectors(snapshot.watchlist)
        _generation = snapshot.generation
    config.plans = snapshot.plans
    _polling = True
    try:
        return asyncio.run(poll(_app, force=force, share=(index, count)))
    finally:
        _polling = False
