"""Is the daemon healthy? Database reachable, watchlist loadable, scheduler beating.

The daemon touches a heartbeat file in the data folder every :data:`BEAT` seconds; the
``tracker health`` command (the image's HEALTHCHECK) reads its age.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from tracker.db import DatabaseError, make_engine
from tracker.settings import Settings
from tracker.watchlist import WatchlistError, load_watchlist

BEAT = 15.0
STALE_AFTER = 4 * BEAT


def heartbeat_path(settings: Settings) -> Path:
    return settings.data_dir / "daemon.heartbeat"


def beat(settings: Settings) -> None:
    path = heartbeat_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{time.time():.0f}\n", encoding="ascii")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def check(settings: Settings, now: float | None = None) -> list[Check]:
    now = time.time() if now is None else now
    checks: list[Check] = []
    try:
        watchlist = load_watchlist(settings.config)
        checks.append(Check("config", True, f"{len(watchlist.productions)} productions"))
    except WatchlistError as exc:
        checks.append(Check("config", False, str(exc.problems[0])))
    try:
        engine = make_engine(settings.effective_database_url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        checks.append(Check("database", True, "reachable"))
    except (DatabaseError, Exception) as exc:  # any failure to reach it is the answer
        checks.append(Check("database", False, str(exc).splitlines()[0][:200]))
    path = heartbeat_path(settings)
    try:
        age = now - path.stat().st_mtime
    except OSError:
        checks.append(Check("scheduler", False, f"no heartbeat at {path}: is `tracker run` up?"))
    else:
        fresh = age <= STALE_AFTER
        checks.append(Check("scheduler", fresh, f"last heartbeat {age:.0f} s ago"))
    return checks
