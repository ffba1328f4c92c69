"""Several processes sharing each poll, for watchlists whose feeds keep one core busy.

With ``TRACKER_POLL_PROCESSES=N`` the daemon starts N-1 helper processes once. Each poll
is cut into N shares by feed id (:data:`tracker.poller.Share`): the daemon polls share 0
itself while the helpers poll the others, each with its own database connection and
HTTP client. The feed leases still apply, so instances sharing a PostgreSQL database
never take one feed twice, and helpers need nothing more than the database to agree.

A helper gets the watchlist in force with every poll (the daemon's last good one, not
the file on disk, which may hold a bad edit), and builds its detectors again only when
the watchlist changed. On stop the helpers get SIGTERM: a poll cut short hands its
feeds' leases back, as the daemon's own does.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
import sys
from dataclasses import dataclass
from multiprocessing.pool import Pool
from types import FrameType
from typing import Any

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
        self.processes = processes
        context = multiprocessing.get_context("spawn")  # no inherited threads or sockets
        self._pool: Pool = context.Pool(
            processes - 1, initializer=_start, initargs=(settings, logging.getLogger().level)
        )

    async def poll(self, app: App, *, force: bool = False) -> PollReport:
        """One poll of the due feeds (every feed when ``force``), shared by all processes."""
        loop = asyncio.get_running_loop()
        config = app.config
        snapshot = _Snapshot(config.generation, config.watchlist, dict(config.plans))
        shares: list[asyncio.Future[PollReport]] = []
        for index in range(1, self.processes):
            future: asyncio.Future[PollReport] = loop.create_future()
            self._pool.apply_async(
                _poll_share,
                (snapshot, index, self.processes, force),
                callback=_settle(loop, future),
                error_callback=_settle(loop, future),
            )
            shares.append(future)
        report = await poll(app, force=force, share=(0, self.processes))
        for other in await asyncio.gather(*shares):
            report.add(other)
        return report

    def close(self) -> None:
        """Stop the helpers now (SIGTERM); polls under way hand their leases back."""
        self._pool.terminate()
        self._pool.join()


def _settle(loop: asyncio.AbstractEventLoop, future: asyncio.Future[PollReport]) -> Any:
    """A pool callback (run on the pool's thread) that settles ``future`` on its loop."""

    def done(outcome: PollReport | BaseException) -> None:
        def settle() -> None:
            if future.done():
                return
            if isinstance(outcome, BaseException):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)

        loop.call_soon_threadsafe(settle)

    return done


# --- in the helper process -----------------------------------------------------------------

_app: App | None = None
_generation: int | None = None


def _stop(_signum: int, _frame: FrameType | None) -> None:
    sys.exit(0)  # unwinds asyncio.run: the poll's cleanup hands its leases back


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
    global _generation
    assert _app is not None, "the helper was not started"
    config = _app.config
    if snapshot.generation != _generation:
        config.watchlist = snapshot.watchlist
        config.detectors = Detectors(snapshot.watchlist)
        _generation = snapshot.generation
    config.plans = snapshot.plans
    return asyncio.run(poll(_app, force=force, share=(index, count)))
