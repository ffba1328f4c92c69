"""Poll timing rules (pure)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from tracker.schedule import adaptive_interval, backoff, entries_per_day, jitter, next_wait

NOW = datetime(2026, 6, 10, 12, tzinfo=UTC)
M15, H4 = timedelta(minutes=15), timedelta(hours=4)


def test_rate_from_recent_published_times() -> None:
    busy = [NOW - timedelta(minutes=15 * i) for i in range(20)]  # one every 15 min
    assert entries_per_day(busy, NOW) == pytest.approx(20 / (19 * 15 / 1440), rel=0.01)
    assert entries_per_day([NOW - timedelta(days=30)], NOW) == 0.0  # too old to count
    assert entries_per_day([], NOW) == 0.0
    assert entries_per_day([NOW], NOW) == 24.0  # one entry: at least an hour's span


@pytest.mark.parametrize(
    ("rate", "expected"),
    [(0.0, H4), (1.0, H4), (12.0, timedelta(hours=2)), (96.0, M15), (1000.0, M15)],
)
def test_interval_follows_the_rate_within_bounds(rate: float, expected: timedelta) -> None:
    assert adaptive_interval(rate, M15, H4) == expected


def test_slowest_never_below_fastest() -> None:
    assert adaptive_interval(0.0, timedelta(hours=6), H4) == timedelta(hours=6)


def test_backoff_doubles_to_the_cap() -> None:
    waits = [backoff(n, M15, timedelta(hours=6)) for n in range(1, 10)]
    assert waits[:5] == [M15, 2 * M15, 4 * M15, 8 * M15, 16 * M15]
    assert waits[-1] == timedelta(hours=6)
    assert backoff(10_000, M15, timedelta(hours=6)) == timedelta(hours=6)


def test_publisher_minimums_win() -> None:
    assert next_wait(M15, timedelta(hours=1)) == timedelta(hours=1)
    assert next_wait(M15, None, timedelta(hours=2)) == timedelta(hours=2)
    assert next_wait(H4, timedelta(minutes=1)) == H4


def test_jitter_stays_within_ten_percent() -> None:
    rng = random.Random(7)
    for _ in range(100):
        assert M15 * 0.9 <= jitter(M15, rng) <= M15 * 1.1
