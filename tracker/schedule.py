"""When to poll a feed next (pure): adaptive intervals, publishers' minimums, backoff.

- A healthy feed is polled about as often as it publishes: the rate is measured from the
  published times of its recent entries (entries ÷ the span they cover, at least an hour),
  and the interval is one entry's worth of time, clamped between the watchlist's interval
  (the fastest an admin wants) and ``TRACKER_POLL_MAX_INTERVAL`` (the slowest).
- What the publisher asks for is a minimum: RSS ``<ttl>``, ``Cache-Control: max-age``,
  ``Retry-After`` on 429/503.
- A failing feed backs off exponentially from its interval to ``TRACKER_MAX_BACKOFF``; it is
  never disabled.
- Every wait gets ±10% jitter so that feeds added together spread out.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

RATE_WINDOW = timedelta(days=7)
MIN_SPAN = timedelta(hours=1)


def entries_per_day(published: Sequence[datetime], now: datetime) -> float:
    """How many entries a day the feed publishes, judged by the last week's entries."""
    recent = [p for p in published if now - RATE_WINDOW <= p <= now]
    return rate(len(recent), min(recent, default=None), now)


def rate(count: int, oldest: datetime | None, now: datetime) -> float:
    """``count`` entries published since ``oldest``, per day (the span is at least an hour)."""
    if not count or oldest is None:
        return 0.0
    span = max(now - oldest, MIN_SPAN)
    return count / (span / timedelta(days=1))


def adaptive_interval(rate: float, fastest: timedelta, slowest: timedelta) -> timedelta:
    """One entry's worth of time at ``rate`` entries a day, within [fastest, slowest]."""
    slowest = max(slowest, fastest)
    if rate <= 0:
        return slowest
    return min(max(timedelta(days=1) / rate, fastest), slowest)


def jitter(wait: timedelta, rng: random.Random) -> timedelta:
    return wait * rng.uniform(0.9, 1.1)


def backoff(errors: int, base: timedelta, cap: timedelta) -> timedelta:
    """Wait after the ``errors``-th failure in a row: base, 2×base, 4×base ... up to ``cap``."""
    return min(base * (1 << min(max(errors - 1, 0), 30)), cap)


def next_wait(
    interval: timedelta, min_wait: timedelta | None, retry_after: timedelta | None = None
) -> timedelta:
    """The interval, raised to what the publisher asked for."""
    return max(interval, min_wait or timedelta(0), retry_after or timedelta(0))
