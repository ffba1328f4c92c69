"""Release reminders: what is due at a given instant (pure), and never twice (the store)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.servers import JsonSink
from tracker.db import open_database, transaction
from tracker.outbox import deliver_due
from tracker.reminders import DueReminder, Follower, create_due, due_reminders
from tracker.store import (
    DeliveryRow,
    MilestoneStateRow,
    SubscriberRow,
    SubscriptionRow,
    TargetRow,
)

OUT = date(2026, 10, 2)  # a Friday
RELEASES = {"good-sex": OUT}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def fans(*followers: Follower) -> list[Follower]:
    return list(followers)


PARIS = Follower(1, "good-sex", "Europe/Paris", (1, 0))
LA = Follower(2, "good-sex", "America/Los_Angeles", (1, 0))
WEEK = Follower(3, "good-sex", "UTC", (7,))


def test_the_day_before_and_the_day_itself_from_the_hour_on_in_local_time() -> None:
    # 08:59 in Paris on Oct 1: not yet; 09:00: "tomorrow".
    assert due_reminders(RELEASES, fans(PARIS), at("2026-10-01T08:59+02:00"), 9) == []
    assert due_reminders(RELEASES, fans(PARIS), at("2026-10-01T09:00+02:00"), 9) == [
        DueReminder(1, "good-sex", OUT, 1)
    ]
    # The same instant is Sept 30 at midnight in Los Angeles: nothing for LA.
    now = at("2026-10-01T09:00+02:00")
    assert [d.target_id for d in due_reminders(RELEASES, fans(PARIS, LA), now, 9)] == [1]
    assert due_reminders(RELEASES, fans(LA), at("2026-10-01T09:00-07:00"), 9) == [
        DueReminder(2, "good-sex", OUT, 1)
    ]
    assert due_reminders(RELEASES, fans(PARIS), at("2026-10-02T23:00+02:00"), 9) == [
        DueReminder(1, "good-sex", OUT, 0)
    ]


def test_a_missed_day_is_not_made_up_and_past_dates_and_other_offsets_give_nothing() -> None:
    assert due_reminders(RELEASES, fans(PARIS), at("2026-10-03T10:00+02:00"), 9) == []
    assert due_reminders(RELEASES, fans(PARIS), at("2026-09-29T10:00+02:00"), 9) == []
    assert due_reminders(RELEASES, fans(WEEK), at("2026-09-25T09:00+00:00"), 9) == [
        DueReminder(3, "good-sex", OUT, 7)
    ]
    assert due_reminders({}, fans(PARIS, LA, WEEK), at("2026-10-01T12:00+00:00"), 9) == []


def seed(session: Session, url: str, precision: str = "day", kinds: list[str] | None = None,
         remind: list[int] | None = None) -> None:  # fmt: skip
    t0 = datetime(2026, 6, 1, tzinfo=UTC)
    session.add(
        MilestoneStateRow(
            production_id="good-sex",
            milestone="release_date",
            status="announced",
            date=OUT,
            precision=precision,
            as_of=t0,
            updated_at=t0,
        )
    )
    fan = SubscriberRow(name="fan", kind="fan", created_at=t0, timezone="Europe/Paris")
    fan.targets = [TargetRow(url=url, active=True)]
    fan.subscriptions = [
        SubscriptionRow(
            production_id="good-sex", milestones=kinds, remind_days=remind, created_at=t0
        )
    ]
    session.add(fan)
    session.flush()


def test_reminders_are_sent_once_each_with_real_apprise(
    database_url: str, json_sink: JsonSink
) -> None:
    factory = open_database(database_url)
    with transaction(factory) as s:
        seed(s, json_sink.apprise_url)
    now = at("2026-10-01T09:30+02:00")
    for minutes in (0, 1, 30):  # the job runs every minute: the reminder is written once
        with transaction(factory) as s:
            assert create_due(s, now + timedelta(minutes=minutes), 9) == (1 if minutes == 0 else 0)
    deliver_due(factory, lambda: now, lambda pid: "Good Sex", give_up=timedelta(hours=1))
    with transaction(factory) as s:
        assert create_due(s, now + timedelta(hours=2), 9) == 0  # sent: still never twice
        assert create_due(s, at("2026-10-02T09:00+02:00"), 9) == 1  # the day itself
    later = at("2026-10-02T09:00+02:00")
    deliver_due(factory, lambda: later, lambda pid: "Good Sex", give_up=timedelta(hours=1))
    assert json_sink.wait_for(2)
    assert [m.json["title"] for m in json_sink.received] == [
        "Good Sex: out tomorrow",
        "Good Sex: out today",
    ]
    assert json_sink.received[0].json["message"] == (
        "Good Sex is out tomorrow: Friday, October 2, 2026."
    )


def test_no_reminder_for_a_vague_date_nor_for_trailer_only_fans_nor_with_none_asked(
    database_url: str,
) -> None:
    now = at("2026-10-01T10:00+02:00")
    for kwargs in ({"precision": "month"}, {"kinds": ["trailer"]}, {"remind": []}):
        factory = open_database(database_url)
        with transaction(factory) as s:
            for table in (DeliveryRow, SubscriptionRow, TargetRow, SubscriberRow,
                          MilestoneStateRow):  # fmt: skip
                for row in s.scalars(select(table)):
                    s.delete(row)
        with transaction(factory) as s:
            seed(s, "json://127.0.0.1:1/", **kwargs)  # type: ignore[arg-type]
            assert create_due(s, now, 9) == 0, kwargs
    with transaction(factory) as s:
        s.add(MilestoneStateRow(production_id="good-sex", milestone="release", status="released",
                                as_of=now, updated_at=now))  # fmt: skip
        for sub in s.scalars(select(SubscriptionRow)):
            sub.remind_days = None
        s.flush()
        assert create_due(s, now, 9) == 0  # out already
