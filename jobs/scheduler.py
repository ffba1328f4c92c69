"""The daemon: an AsyncIOScheduler running the jobs until SIGTERM or SIGINT.

Jobs have explicit ids, ``coalesce=True`` (a backlog of missed runs runs once) and
``max_instances=1`` (a slow poll is never overlapped by the next). On a stop signal the
scheduler stops taking new runs and the daemon waits up to :data:`STOP_GRACE` seconds for
the running ones; a delivery cut short is simply sent again on the next start.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from datetime import timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from jobs.deliver import deliver
from jobs.digest import digest
from jobs.heartbeat import heartbeat
from jobs.poll import poll_due
from jobs.prune import prune_entries
from jobs.reload import reload_config
from jobs.remind import remind
from tracker.app import App
from tracker.db import Exclusive
from tracker.health import BEAT
from tracker.settings import Settings

log = logging.getLogger(__name__)

STOP_GRACE = 8.0
POLL_TICK = timedelta(seconds=30)
CALENDAR_TICK = timedelta(minutes=1)  # reminders and digests are due at an hour of a day

Job = Callable[[App], Awaitable[None]]


class _Runner:
    """Wraps jobs so that a failure is logged (never kills the daemon) and runs are tracked."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.running: set[asyncio.Task[None]] = set()

    def wrap(self, job: Job, *, singleton: bool = False) -> Callable[[], Awaitable[None]]:
        """The job as the scheduler runs it; a ``singleton`` runs on one instance at a time."""

        async def run() -> None:
            task = asyncio.current_task()
            assert task is not None
            self.running.add(task)
            lock = Exclusive(self.app.factory.kw["bind"], f"job:{job.__name__}")
            try:
                if singleton and not await asyncio.to_thread(lock.acquire):
                    log.debug("job %s runs on another instance now", job.__name__)
                    return
                await job(self.app)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("job %s failed; it runs again at its next time", job.__name__)
            finally:
                if singleton:
                    await asyncio.to_thread(lock.release)
                self.running.discard(task)

        run.__name__ = job.__name__
        return run


def build_scheduler(app: App, runner: _Runner) -> AsyncIOScheduler:
    settings = app.settings
    scheduler = AsyncIOScheduler(
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60}
    )
    tick = min(POLL_TICK, settings.poll_interval)
    # (id, job, interval, singleton): polls and deliveries are shared out by leases; the
    # calendar jobs and the prune run on one instance at a time.
    jobs: list[tuple[str, Job, timedelta, bool]] = [
        ("poll", poll_due, tick, False),
        ("deliver", deliver, settings.deliver_interval, False),
        ("reload", reload_config, settings.reload_interval, False),
        ("heartbeat", heartbeat, timedelta(seconds=BEAT), False),
        ("prune", prune_entries, timedelta(hours=6), True),
        ("remind", remind, CALENDAR_TICK, True),
        ("digest", digest, CALENDAR_TICK, True),
    ]
    for job_id, job, every, singleton in jobs:
        scheduler.add_job(
            runner.wrap(job, singleton=singleton),
            "interval",
            seconds=max(every.total_seconds(), 1),
            id=job_id,
            name=job_id,
            next_run_time=None,
        )
    return scheduler


async def serve(app: App, stop: asyncio.Event, *, once: bool = False) -> None:
    if app.settings.poll_processes > 1:
        from tracker.pollpool import PollPool

        app.poll_pool = PollPool(app.settings, app.settings.poll_processes)
        log.info("polls shared by %d processes", app.settings.poll_processes)
    try:
        await _serve(app, stop, once=once)
    finally:
        if app.poll_pool:
            app.poll_pool.close()
            app.poll_pool = None


async def _serve(app: App, stop: asyncio.Event, *, once: bool) -> None:
    runner = _Runner(app)
    scheduler = build_scheduler(app, runner)
    scheduler.start()
    # First runs now, not one interval from now.
    from datetime import UTC, datetime

    for job in scheduler.get_jobs():
        job.modify(next_run_time=datetime.now(UTC))
    log.info(
        "tracker running: %d productions, %d feeds; stop with Ctrl-C or SIGTERM",
        len(app.config.watchlist.productions),
        len(app.config.plans),
    )
    if once:
        await asyncio.sleep(0.5)
        while runner.running:
            await asyncio.sleep(0.1)
        stop.set()
    await stop.wait()
    app.stopping.set()  # long jobs check it between batches
    scheduler.pause()  # no new runs; the running ones finish (apscheduler's shutdown cancels)
    log.info("stopping: no new job runs")
    if runner.running:
        log.info(
            "stopping: waiting up to %.0f s for %d running jobs", STOP_GRACE, len(runner.running)
        )
        _done, pending = await asyncio.wait(set(runner.running), timeout=STOP_GRACE)
        for task in pending:
            log.warning(
                "stopping: %s cut short; its work is retried on the next start", task.get_name()
            )
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=1.0)
    scheduler.shutdown(wait=False)
    log.info("stopped")


def run_daemon(settings: Settings, *, once: bool = False, web: bool = True) -> int:
    """The daemon: the scheduler and (unless ``web`` is off) the web pages, until a signal."""
    from tracker.web.server import WebStartError, serve_web

    app = App.open(settings)

    async def main() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)

        async def pages() -> None:
            try:
                await serve_web(app, settings.web_host, settings.web_port, stop)
            except BaseException:
                stop.set()  # no half daemon: without its pages it stops too
                raise

        parts = [serve(app, stop, once=once), *([pages()] if web else [])]
        results = await asyncio.gather(*parts, return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        for error in failed:
            if isinstance(error, WebStartError):
                log.error("the web pages cannot start: %s", error)
            else:
                log.error("the daemon stopped on an error", exc_info=error)
        return 1 if failed else 0

    return asyncio.run(main())


def run_web(settings: Settings) -> int:
    """The web pages and API alone, without the scheduler (``tracker web``)."""
    from tracker.web.server import WebStartError, serve_web

    app = App.open(settings)

    async def main() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        try:
            await serve_web(app, settings.web_host, settings.web_port, stop, scheduler=False)
        except WebStartError as exc:
            log.error("the web pages cannot start: %s", exc)
            return 1
        return 0

    return asyncio.run(main())
