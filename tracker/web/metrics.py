"""Prometheus metrics: the store's counts at scrape time, request latency, polls.

Counts (feeds, entries, events, deliveries by state, subscribers) are read from the
database at each scrape, so they are right whichever process did the work. Polls are
counted in the process that polls: :func:`record_poll` (``tracker_polls_total``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tracker.app import App
from tracker.store import DeliveryRow, EntryRow, EventRow, FeedRow, SubscriberRow

#: Counters of this process (the poller's); every /metrics shows them too.
PROCESS_REGISTRY = CollectorRegistry()
POLLS = Counter(
    "tracker_polls", "Feed polls by outcome (ok, not_modified, error)", ["outcome"],
    registry=PROCESS_REGISTRY,
)  # fmt: skip


def record_poll(outcome: str) -> None:
    """Count one poll of one feed: ``ok``, ``not_modified`` or ``error``."""
    POLLS.labels(outcome).inc()


class StoreCollector(Collector):
    """Counts read from the database at each scrape."""

    def __init__(self, app: App) -> None:
        self.app = app

    def collect(self) -> Iterator[Metric]:
        with self.app.factory() as session:
            feeds = GaugeMetricFamily("tracker_feeds", "Feeds by health", labels=["state"])
            failing = session.scalar(select(func.count()).where(FeedRow.consecutive_errors > 0))
            total = session.scalar(select(func.count()).select_from(FeedRow)) or 0
            never = session.scalar(
                select(func.count()).where(
                    FeedRow.last_success_at.is_(None), FeedRow.consecutive_errors == 0
                )
            )
            feeds.add_metric(["failing"], failing or 0)
            feeds.add_metric(["never_polled"], never or 0)
            feeds.add_metric(["ok"], total - (failing or 0) - (never or 0))
            yield feeds
            errors = GaugeMetricFamily(
                "tracker_feed_errors", "Consecutive errors summed over every feed"
            )
            errors.add_metric([], session.scalar(select(func.sum(FeedRow.consecutive_errors))) or 0)
            yield errors
            last = session.scalar(select(func.max(FeedRow.last_success_at)))
            polled = GaugeMetricFamily(
                "tracker_last_successful_poll_timestamp_seconds", "When a feed last answered"
            )
            polled.add_metric([], last.timestamp() if last else 0)
            yield polled
            entries = GaugeMetricFamily("tracker_entries", "Feed entries stored")
            entries.add_metric([], session.scalar(select(func.count()).select_from(EntryRow)) or 0)
            yield entries
            events = CounterMetricFamily("tracker_events", "Events detected", labels=["milestone"])
            for milestone, count in session.execute(
                select(EventRow.milestone, func.count()).group_by(EventRow.milestone)
            ):
                events.add_metric([milestone], count)
            yield events
            deliveries = GaugeMetricFamily(
                "tracker_deliveries", "Deliveries by state", labels=["state"]
            )
            for state, count in session.execute(
                select(DeliveryRow.state, func.count()).group_by(DeliveryRow.state)
            ):
                deliveries.add_metric([state], count)
            yield deliveries
            subscribers = GaugeMetricFamily(
                "tracker_subscribers", "Subscribers by kind", labels=["kind"]
            )
            for kind, count in session.execute(
                select(SubscriberRow.kind, func.count()).group_by(SubscriberRow.kind)
            ):
                subscribers.add_metric([kind], count)
            yield subscribers


class Metrics:
    """One app's registry: the store's counts and request latency."""

    def __init__(self, app: App) -> None:
        self.registry = CollectorRegistry()
        self.registry.register(StoreCollector(app))
        self.latency = Histogram(
            "tracker_http_request_duration_seconds",
            "Time to answer a web request",
            ["method", "route", "status"],
            registry=self.registry,
        )

    def exposition(self) -> bytes:
        return generate_latest(self.registry) + generate_latest(PROCESS_REGISTRY)


class Latency:
    """Observe each request's duration, labelled by its route's path template."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def record_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            route: Any = scope.get("route")
            path = str(getattr(route, "path", "")) or "unmatched"
            self.metrics.latency.labels(scope["method"], path, str(status)).observe(
                time.perf_counter() - start
            )
