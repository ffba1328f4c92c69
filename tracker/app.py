"""The running application's state: settings, database, and the watchlist in force.

:class:`Config` keeps the last good watchlist. ``reload()`` re-reads the file when it
changed; a bad edit is reported once (every problem with ``file:line:column``) and the
last good list stays in force.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from tracker.db import open_database, transaction
from tracker.detect import detect
from tracker.domain import Entry, Observation
from tracker.match import Matcher
from tracker.registry import FeedPlan, sync
from tracker.settings import Settings
from tracker.watchlist import Problem, Watchlist, WatchlistError, load_watchlist

if TYPE_CHECKING:
    from tracker.pollpool import PollPool

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Detectors:
    """One matcher per scope (every production, or a production's own feeds), built once."""

    def __init__(self, watchlist: Watchlist) -> None:
        self._specs = {p.id: p.spec() for p in watchlist.productions}
        self._matchers: dict[frozenset[str] | None, Matcher] = {}

    def matcher(self, scope: frozenset[str] | None) -> Matcher:
        if scope not in self._matchers:
            ids = self._specs.keys() if scope is None else scope
            self._matchers[scope] = Matcher([self._specs[i] for i in ids if i in self._specs])
        return self._matchers[scope]

    def for_scope(self, scope: frozenset[str] | None, now: datetime) -> _Detector:
        return _Detector(self.matcher(scope), now)


@dataclass(frozen=True)
class _Detector:
    matcher: Matcher
    now: datetime

    def __call__(self, entry: Entry) -> Sequence[Observation]:
        return detect(entry, self.matcher, self.now)


@dataclass
class Config:
    """The watchlist in force and what is wrong with the file on disk, if anything."""

    path: Path
    watchlist: Watchlist
    plans: dict[str, FeedPlan] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    detectors: Detectors | None = None
    generation: int = 0  # counts the watchlists that took force after the first
    _stamp: tuple[float, int] | None = None

    @classmethod
    def load(cls, path: Path) -> Config:
        stamp = _stamp(path)
        watchlist = load_watchlist(path)
        config = cls(path, watchlist, _stamp=stamp)
        config.detectors = Detectors(watchlist)
        return config

    def titles(self, production_id: str) -> str:
        production = self.watchlist.production(production_id)
        return production.title if production else production_id

    def changed_on_disk(self) -> bool:
        return _stamp(self.path) != self._stamp

    def reload(self) -> bool:
        """Re-read the file if it changed; True when a new watchlist took force."""
        stamp = _stamp(self.path)
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        try:
            watchlist = load_watchlist(self.path)
        except WatchlistError as exc:
            self.problems = exc.problems
            for problem in exc.problems:
                log.error("watchlist not reloaded, the last good one stays in force: %s", problem)
            return False
        detectors = Detectors(watchlist)
        # One step, so that a poll starting meanwhile sees the old set or the new one.
        self.watchlist, self.detectors, self.generation = watchlist, detectors, self.generation + 1
        self.problems = []
        log.info("watchlist reloaded: %d productions", len(watchlist.productions))
        return True


def _stamp(path: Path) -> tuple[float, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime, st.st_size)


@dataclass
class App:
    settings: Settings
    factory: sessionmaker[Session]
    config: Config
    stopping: threading.Event = field(default_factory=threading.Event)  # set on SIGTERM
    poll_pool: PollPool | None = None  # the daemon's helper processes (TRACKER_POLL_PROCESSES)

    @classmethod
    def open(cls, settings: Settings) -> App:
        """Load the watchlist, open (and migrate) the database, mirror the watchlist in it."""
        config = Config.load(settings.config)
        factory = open_database(settings.effective_database_url)
        app = cls(settings, factory, config)
        app.sync()
        return app

    def sync(self) -> None:
        """Mirror the watchlist; backfill new productions silently; refresh manage tokens."""
        from tracker.backfill import backfill
        from tracker.subscriptions import sync_token_hashes

        with transaction(self.factory) as session:
            now = utcnow()
            self.config.plans = sync(session, self.config.watchlist, now)
            backfill(session, self.config.watchlist, self.config.plans, now)
            sync_token_hashes(session, self.settings.secret_key)

    def reload(self) -> bool:
        if self.config.reload():
            self.sync()
            return True
        return False
