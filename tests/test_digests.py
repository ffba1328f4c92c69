"""Digests: when one is due (pure, injected clock), and one message with every change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.servers import JsonSink
from tracker.db import open_database, transaction
from tracker.digests import bundle_due, digest_due, last_slot
from tracker.outbox import deliver_due, enqueue
from tracker.store import DeliveryRow, DigestRow, EventRow
from tracker.subscriptions import Request, subscribe


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_last_slot_daily_and_weekly_in_the_subscribers_zone() -> None:
    # Wednesday 2026-07-01 10:00 in Tokyo is 01:00 UTC.
    now = at("2026-07-01T10:00+09:00")
    assert last_slot(now, "Asia/Tokyo", 9, "daily") == at("2026-07-01T09:00+09:00")
    assert last_slot(now, "Asia/Tokyo", 11, "daily") == at("2026-06-30T11:00+09:00")
    assert last_slot(now, "Asia/Tokyo", 9, "weekly") == at("2026-06-29T09:00+09:00")  # Monday
    monday_early = at("2026-06-29T08:00+09:00")
    assert last_slot(monday_early, "Asia/Tokyo", 9, "weekly") == at("2026-06-22T09:00+09:00")
    # Across a DST change (Paris, 2026-03-29): still 09:00 local.
    assert last_slot(at("2026-03-29T12:00+02:00"), "Europe/Paris", 9, "daily") == at(
        "2026-03-29T09:00+02:00"
    )


def test_digest_due_once_per_slot() -> None:
    since = at("2026-07-01T09:00:05+00:00")  # just after today's digest
    assert not digest_due("daily", since, at("2026-07-01T23:59+00:00"), "UTC", 9)
    assert not digest_due("daily", since, at("2026-07-02T08:59+00:00"), "UTC", 9)
    assert digest_due("daily", since, at("2026-07-02T09:00+00:00"), "UTC", 9)
    assert not digest_due("weekly", since, at("2026-07-05T09:00+00:00"), "UTC", 9)
    assert digest_due("weekly", since, at("2026-07-06T09:00+00:00"), "UTC", 9)
    assert not digest_due("instant", since, at("2026-08-01T09:00+00:00"), "UTC", 9)


def ev(session: Session, milestone: str, status: str, when: datetime, **kw: object) -> None:
    row = EventRow(production_id="good-sex", milestone=milestone, status=status,
                   detected_at=when, **kw)  # fmt: skip
    session.add(row)
    session.flush()
    enqueue(session, row, when)


def test_held_changes_go_out_as_one_digest_at_the_hour(
    database_url: str, json_sink: JsonSink
) -> None:
    factory = open_database(database_url)
    t0 = at("2026-07-01T12:00+02:00")
    with transaction(factory) as s:
        subscribe(
            s,
            Request(
                ["good-sex"],
                [json_sink.apprise_url],
                name="ann",
                digest="daily",
                timezone="Europe/Paris",
            ),
            ["good-sex"],
            t0,
        )
        subscribe(
            s, Request(["good-sex"], [json_sink.apprise_url + "now"], name="bo"), ["good-sex"], t0
        )
    with transaction(factory) as s:
        ev(s, "trailer", "released", t0 + timedelta(hours=1), variant="teaser",
           source="https://news.invalid/teaser")  # fmt: skip
        ev(s, "release_date", "announced", t0 + timedelta(hours=2), date=date(2026, 10, 2),
           precision="day")  # fmt: skip
    titles = lambda pid: "Good Sex"  # noqa: E731
    evening = t0 + timedelta(hours=8)
    deliver_due(factory, lambda: evening, titles, give_up=timedelta(hours=1))
    assert json_sink.wait_for(2)
    assert {m.path for m in json_sink.received} == {"/now"}  # the instant fan only
    with transaction(factory) as s:
        assert bundle_due(s, evening, 9) == 0  # 9:00 Paris has not come again yet
    morning = at("2026-07-02T09:00+02:00")
    with transaction(factory) as s:
        assert bundle_due(s, morning, 9) == 1
    with transaction(factory) as s:
        assert bundle_due(s, morning + timedelta(minutes=1), 9) == 0  # once per slot
    deliver_due(factory, lambda: morning, titles, give_up=timedelta(hours=1))
    assert json_sink.wait_for(3)
    [digest] = [m.json for m in json_sink.received if m.path == "/"]
    assert digest["title"] == "Your daily digest: 2 changes"
    assert digest["message"] == (
        "Good Sex\n- The teaser is out (https://news.invalid/teaser)\n"
        "- Release date set: Friday, October 2, 2026"
    )
    with factory() as s:
        states = sorted(d.state for d in s.scalars(select(DeliveryRow)))
        assert states == ["digested", "digested", "sent", "sent", "sent"]
        assert len(s.scalars(select(DigestRow)).all()) == 1
    # Nothing new: the next morning's slot passes without a message.
    with transaction(factory) as s:
        assert bundle_due(s, morning + timedelta(days=1), 9) == 0
