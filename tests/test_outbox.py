"""The outbox: deliveries written with events, sent with real apprise, retried on a ladder."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.servers import JsonSink, SmtpSink, refused_url
from tracker.db import open_database, transaction
from tracker.outbox import RETRY_LADDER, deliver_due, enqueue, retry_delay
from tracker.store import DeliveryRow, EventRow, SubscriberRow, SubscriptionRow, TargetRow

T0 = datetime(2026, 7, 1, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def subscriber(
    session: Session, name: str, urls: list[str], subs: dict[str, list[str] | None]
) -> None:
    row = SubscriberRow(name=name, kind="fan", created_at=T0)
    row.targets = [TargetRow(url=u, active=True) for u in urls]
    row.subscriptions = [
        SubscriptionRow(production_id=p, milestones=m, created_at=T0) for p, m in subs.items()
    ]
    session.add(row)


def event(
    session: Session, milestone: str = "release_date", production: str = "good-sex"
) -> EventRow:
    ev = EventRow(
        production_id=production,
        milestone=milestone,
        status="announced",
        date=date(2026, 10, 2),
        precision="day",
        previous_status="announced",
        previous_date=date(2026, 9, 18),
        previous_precision="day",
        source="https://news.invalid/moved",
        source_title="Good Sex moves to October",
        detected_at=T0,
    )
    session.add(ev)
    session.flush()
    return ev


def setup(url: str, tmp_url: str) -> sessionmaker[Session]:
    factory = open_database(tmp_url)
    with transaction(factory) as s:
        subscriber(s, "fan", [url], {"good-sex": None})
    return factory


def deliveries(factory: sessionmaker[Session]) -> list[DeliveryRow]:
    with factory() as s:
        return list(s.scalars(select(DeliveryRow).order_by(DeliveryRow.id)))


def test_each_target_gets_an_event_once_even_through_several_subscriptions(sqlite_url: str) -> None:
    factory = open_database(sqlite_url)
    with transaction(factory) as s:
        subscriber(s, "a", ["json://127.0.0.1:1/a", "json://127.0.0.1:1/b"], {"good-sex": None})
        subscriber(s, "trailers-only", ["json://127.0.0.1:1/c"], {"good-sex": ["trailer"]})
        subscriber(s, "other", ["json://127.0.0.1:1/d"], {"other-film": None})
        channel = SubscriberRow(name="team", kind="channel", channel_name="team", created_at=T0)
        channel.targets = [TargetRow(url="json://127.0.0.1:1/e", active=False)]
        channel.subscriptions = [
            SubscriptionRow(production_id="good-sex", milestones=None, created_at=T0)
        ]
        s.add(channel)
        s.flush()
        assert enqueue(s, event(s), T0) == 2  # a and b; not c (kind), d (title), e (inactive)
        assert enqueue(s, event(s, "trailer"), T0) == 3


def test_sent_once_to_a_real_json_sink(sqlite_url: str, json_sink: JsonSink) -> None:
    factory = setup(json_sink.apprise_url, sqlite_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    report = deliver_due(factory, Clock(T0), lambda pid: "Good Sex", give_up=timedelta(hours=24))
    assert report.sent == 1
    assert json_sink.wait_for(1)
    message = json_sink.received[0].json
    assert message["title"] == "Good Sex: Release date moved: Sep 18 → Oct 2, 2026"
    assert "https://news.invalid/moved" in message["message"]
    again = deliver_due(
        factory, Clock(T0 + timedelta(hours=1)), lambda pid: "Good Sex", give_up=timedelta(hours=24)
    )
    assert again.sent == 0 and len(json_sink.received) == 1
    [row] = deliveries(factory)
    assert row.state == "sent" and row.attempts == 1 and row.sent_at == T0


def test_email_to_a_real_smtp_server(sqlite_url: str, smtp_sink: SmtpSink) -> None:
    factory = setup(smtp_sink.apprise_url, sqlite_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    assert (
        deliver_due(factory, Clock(T0), lambda pid: "Good Sex", give_up=timedelta(hours=1)).sent
        == 1
    )
    assert smtp_sink.wait_for(1)
    assert smtp_sink.received[0].subject == "Good Sex: Release date moved: Sep 18 → Oct 2, 2026"
    assert "Source: Good Sex moves to October" in smtp_sink.received[0].text()


def test_a_failing_sink_gets_the_message_after_it_recovers(
    sqlite_url: str, json_sink: JsonSink
) -> None:
    factory = setup(json_sink.apprise_url, sqlite_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    json_sink.fail_next(2, status=500)
    clock = Clock(T0)
    titles = lambda pid: "Good Sex"  # noqa: E731
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=24)).retrying == 1
    [row] = deliveries(factory)
    assert row.state == "pending" and row.next_attempt_at == T0 + RETRY_LADDER[0]
    assert row.last_error and "500" in row.last_error
    clock.at = T0 + timedelta(seconds=30)  # not due yet
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=24)).retrying == 0
    clock.at = T0 + timedelta(minutes=1)
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=24)).retrying == 1
    [row] = deliveries(factory)
    assert row.next_attempt_at == clock.at + RETRY_LADDER[1]
    clock.at = row.next_attempt_at
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=24)).sent == 1
    assert len(json_sink.received) == 1 and len(json_sink.requests) == 3


def test_gives_up_after_the_configured_time_and_says_so(sqlite_url: str) -> None:
    url = refused_url().replace("http://", "json://")
    factory = setup(url, sqlite_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    clock = Clock(T0)
    titles = lambda pid: "Good Sex"  # noqa: E731
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=2)).retrying == 1
    clock.at = T0 + timedelta(hours=3)
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=2)).failed == 1
    [row] = deliveries(factory)
    assert row.state == "failed" and row.attempts == 2 and row.last_error


def test_invalid_url_is_a_readable_error_without_the_secret(sqlite_url: str) -> None:
    factory = setup("nosuchservice://SECRET-TOKEN-123", sqlite_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    deliver_due(factory, Clock(T0), lambda pid: "X", give_up=timedelta(hours=1))
    [row] = deliveries(factory)
    assert row.last_error and "not a valid notification URL" in row.last_error
    assert "SECRET-TOKEN-123" not in row.last_error


def test_retry_ladder() -> None:
    assert [retry_delay(n) for n in range(1, 8)] == [
        timedelta(minutes=1),
        timedelta(minutes=5),
        timedelta(minutes=15),
        timedelta(hours=1),
        timedelta(hours=6),
        timedelta(hours=6),
        timedelta(hours=6),
    ]
