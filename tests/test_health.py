"""`tracker health`: config, database and the scheduler's heartbeat."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from tracker.health import STALE_AFTER, beat, check
from tracker.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def settings(tmp_path: Path, **kw: object) -> Settings:
    base = Settings(config=ROOT / "config" / "watchlist.yaml", data_dir=tmp_path)
    return replace(base, **kw)  # type: ignore[arg-type]


def states(s: Settings, now: float | None = None) -> dict[str, bool]:
    return {c.name: c.ok for c in check(s, now)}


def test_healthy_when_the_daemon_beats(tmp_path: Path) -> None:
    s = settings(tmp_path)
    assert states(s) == {"config": True, "database": True, "scheduler": False}
    beat(s)
    assert states(s) == {"config": True, "database": True, "scheduler": True}
    assert states(s, time.time() + STALE_AFTER + 5)["scheduler"] is False


def test_unhealthy_config_and_database(tmp_path: Path) -> None:
    bad = tmp_path / "w.yaml"
    bad.write_text("productions: [\n")
    s = settings(tmp_path, config=bad, database_url="postgresql+psycopg://nobody@127.0.0.1:1/x")
    beat(s)
    result = {c.name: c for c in check(s)}
    assert not result["config"].ok and f"{bad}:" in result["config"].detail
    assert not result["database"].ok
