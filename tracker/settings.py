"""Settings from ``TRACKER_*`` environment variables, with the defaults a newcomer gets."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import timedelta
from pathlib import Path

from tracker.durations import parse_duration


class SettingsError(ValueError):
    """A TRACKER_* variable holds a value that cannot be used."""


def parse_bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise SettingsError(f"{name}={raw!r}: write true or false")


def _int(name: str, raw: str, least: int | None = None, most: int | None = None) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r}: write a whole number") from None
    if least is not None and most is not None and not least <= value <= most:
        raise SettingsError(f"{name}={raw!r}: write a whole number from {least} to {most}")
    if least is not None and value < least:
        raise SettingsError(f"{name}={raw!r}: write a whole number of at least {least}")
    return value


def _duration(name: str, raw: str) -> timedelta:
    try:
        return parse_duration(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}: {exc}") from None


def default_database_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / 'tracker.sqlite3').as_posix()}"


@dataclass(frozen=True)
class Settings:
    """Every setting, its environment variable and its meaning (``tracker --help`` lists them)."""

    config: Path = field(
        default=Path("config/watchlist.yaml"),
        metadata={"env": "TRACKER_CONFIG", "help": "the watchlist file"},
    )
    data_dir: Path = field(
        default=Path("data"),
        metadata={"env": "TRACKER_DATA_DIR", "help": "where the default SQLite database lives"},
    )
    database_url: str = field(
        default="",
        metadata={
            "env": "TRACKER_DATABASE_URL",
            "help": "SQLAlchemy URL; default SQLite under the data dir; "
            "postgresql+psycopg://... for several instances",
        },
    )
    notify_first_fetch: bool = field(
        default=False,
        metadata={
            "env": "TRACKER_NOTIFY_FIRST_FETCH",
            "help": "notify what a feed's first fetch holds (it is always recorded)",
        },
    )
    notify_max_age: timedelta = field(
        default=timedelta(days=14),
        metadata={
            "env": "TRACKER_NOTIFY_MAX_AGE",
            "help": "entries older than this when first seen are recorded, not notified; 0 = off",
        },
    )
    poll_interval: timedelta = field(
        default=timedelta(minutes=15),
        metadata={
            "env": "TRACKER_POLL_INTERVAL",
            "help": "default interval between a feed's polls",
        },
    )
    poll_max_interval: timedelta = field(
        default=timedelta(hours=4),
        metadata={
            "env": "TRACKER_POLL_MAX_INTERVAL",
            "help": "longest interval a quiet feed slows down to",
        },
    )
    max_backoff: timedelta = field(
        default=timedelta(hours=6),
        metadata={
            "env": "TRACKER_MAX_BACKOFF",
            "help": "longest wait before retrying a failing feed",
        },
    )
    feed_alert_after: timedelta = field(
        default=timedelta(hours=24),
        metadata={
            "env": "TRACKER_FEED_ALERT_AFTER",
            "help": "admin channels are told when a feed has failed this long",
        },
    )
    fetch_per_host: int = field(
        default=2,
        metadata={"env": "TRACKER_FETCH_PER_HOST", "help": "feeds fetched at once from one host"},
    )
    feed_lease: timedelta = field(
        default=timedelta(minutes=10),
        metadata={
            "env": "TRACKER_FEED_LEASE",
            "help": "a feed taken by one instance is left to it this long (others take over after)",
        },
    )
    poll_batch: int = field(
        default=500,
        metadata={"env": "TRACKER_POLL_BATCH", "help": "most feeds one poll run takes on"},
    )
    retention: timedelta = field(
        default=timedelta(days=180),
        metadata={"env": "TRACKER_RETENTION", "help": "entries older than this are pruned"},
    )
    retention_per_feed: int = field(
        default=2000,
        metadata={"env": "TRACKER_RETENTION_PER_FEED", "help": "entries kept per feed at most"},
    )
    deliver_interval: timedelta = field(
        default=timedelta(seconds=30),
        metadata={"env": "TRACKER_DELIVER_INTERVAL", "help": "how often the outbox is sent"},
    )
    delivery_give_up: timedelta = field(
        default=timedelta(hours=24),
        metadata={"env": "TRACKER_DELIVERY_GIVE_UP", "help": "stop retrying a delivery after"},
    )
    delivery_concurrency: int = field(
        default=8,
        metadata={
            "env": "TRACKER_DELIVERY_CONCURRENCY",
            "help": "notifications sent at once",
        },
    )
    delivery_lease: timedelta = field(
        default=timedelta(minutes=5),
        metadata={
            "env": "TRACKER_DELIVERY_LEASE",
            "help": "a delivery being sent is left alone by other processes this long "
            "(after a crash it is retried once the lease ends)",
        },
    )
    public_url: str = field(
        default="",
        metadata={
            "env": "TRACKER_PUBLIC_URL",
            "help": "the web's public address; messages then link to the title's page "
            "and (with TRACKER_SECRET_KEY) to an unsubscribe page",
        },
    )
    secret_key: str = field(
        default="",
        metadata={
            "env": "TRACKER_SECRET_KEY",
            "help": "secret that subscribers' manage tokens are derived from; "
            "unset: no unsubscribe links",
        },
    )
    digest_hour: int = field(
        default=9,
        metadata={
            "env": "TRACKER_DIGEST_HOUR",
            "min": 0,
            "max": 23,
            "help": "hour (0-23, subscriber's time zone) daily and weekly (Monday) digests go out",
        },
    )
    remind_hour: int = field(
        default=9,
        metadata={
            "env": "TRACKER_REMIND_HOUR",
            "min": 0,
            "max": 23,
            "help": "hour (0-23, subscriber's time zone) release reminders go out",
        },
    )
    fetch_timeout: timedelta = field(
        default=timedelta(seconds=20),
        metadata={"env": "TRACKER_FETCH_TIMEOUT", "help": "total time allowed for one fetch"},
    )
    max_body_bytes: int = field(
        default=15 * 1024 * 1024,
        metadata={"env": "TRACKER_MAX_BODY_BYTES", "help": "largest feed body read, decompressed"},
    )
    fetch_concurrency: int = field(
        default=10,
        metadata={"env": "TRACKER_FETCH_CONCURRENCY", "help": "feeds fetched at once"},
    )
    poll_processes: int = field(
        default=1,
        metadata={
            "env": "TRACKER_POLL_PROCESSES",
            "help": "processes sharing each poll of the daemon (one per core for many feeds)",
            "min": 1,
        },
    )
    reload_interval: timedelta = field(
        default=timedelta(seconds=5),
        metadata={"env": "TRACKER_RELOAD_INTERVAL", "help": "how often the watchlist is re-read"},
    )
    web_host: str = field(
        default="127.0.0.1",
        metadata={"env": "TRACKER_WEB_HOST", "help": "address the web pages listen on"},
    )
    web_port: int = field(
        default=8080, metadata={"env": "TRACKER_WEB_PORT", "help": "port of the web pages"}
    )
    log_level: str = field(
        default="INFO", metadata={"env": "TRACKER_LOG_LEVEL", "help": "DEBUG, INFO, WARNING"}
    )

    @property
    def effective_database_url(self) -> str:
        return self.database_url or default_database_url(self.data_dir)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            name = f.metadata["env"]
            if name not in env:
                continue
            raw = env[name]
            if f.type in ("Path",):
                values[f.name] = Path(raw)
            elif f.type == "bool":
                values[f.name] = parse_bool(name, raw)
            elif f.type == "int":
                values[f.name] = _int(name, raw, f.metadata.get("min"), f.metadata.get("max"))
            elif f.type == "timedelta":
                values[f.name] = _duration(name, raw)
            else:
                values[f.name] = raw
        return cls(**values)  # type: ignore[arg-type]

    @classmethod
    def describe(cls) -> list[tuple[str, str, str]]:
        """(variable, default, meaning) for help text."""
        from tracker.durations import format_duration

        rows = []
        for f in fields(cls):
            default = f.default
            if isinstance(default, timedelta):
                shown = format_duration(default)
            elif f.name == "database_url":
                shown = "sqlite:///<data dir>/tracker.sqlite3"
            else:
                shown = str(default).lower() if isinstance(default, bool) else str(default)
            rows.append((f.metadata["env"], shown, f.metadata["help"]))
        return rows
