"""Release reminders: "Good Sex is out tomorrow", before a known, day-precise release date.

Functional core: :func:`due_reminders` says which (target, production, day, offset) are
due at ``now`` from plain data. A reminder is due on the local day ``offset`` days before
the release day (in the subscriber's time zone), from ``hour`` o'clock on; a day the
daemon missed is not made up for (a "tomorrow" sent the day after would be wrong).
Vague dates ("fall 2026") never get reminders, nor does a production already out.

Shell: :func:`create_due` reads the state, writes one :class:`ReminderRow` per
(production, day, offset) and one delivery per target; the unique constraints
``uq_reminders`` and ``uq_deliveries_reminder`` make sure no target hears one twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.store import (
    DeliveryRow,
    MilestoneStateRow,
    ReminderRow,
    SubscriberRow,
    SubscriptionRow,
    TargetRow,
)
from tracker.subscriptions import DEFAULT_REMIND_DAYS

#: Subscriptions to these kinds (or to all) get release reminders.
REMINDED_KINDS = frozenset({"release_date", "release"})


@dataclass(frozen=True)
class Follower:
    """One target following one production, with its reminder preferences."""

    target_id: int
    production_id: str
    timezone: str
    remind_days: tuple[int, ...]


@dataclass(frozen=True, order=True)
class DueReminder:
    target_id: int
    production_id: str
    day: date
    offset_days: int


def local_now(now: datetime, timezone: str) -> datetime:
    try:
        return now.astimezone(ZoneInfo(timezone))
    except (KeyError, ValueError):  # a zone that vanished from tzdata: fall back to UTC
        return now.astimezone(ZoneInfo("UTC"))


def due_reminders(
    releases: Mapping[str, date], followers: Iterable[Follower], now: datetime, hour: int
) -> list[DueReminder]:
    """Every reminder due at ``now``; ``releases`` holds day-precise release dates only."""
    due: set[DueReminder] = set()
    for f in followers:
        day = releases.get(f.production_id)
        if day is None:
            continue
        local = local_now(now, f.timezone)
        if local.hour < hour:
            continue
        offset = (day - local.date()).days
        if offset >= 0 and offset in f.remind_days:
            due.add(DueReminder(f.target_id, f.production_id, day, offset))
    return sorted(due)


def release_days(session: Session) -> dict[str, date]:
    """Productions with a set, day-precise release date that are not out yet."""
    out_now = set(
        session.scalars(
            select(MilestoneStateRow.production_id).where(
                MilestoneStateRow.milestone == "release",
                MilestoneStateRow.status == "released",
            )
        )
    )
    rows = session.execute(
        select(MilestoneStateRow.production_id, MilestoneStateRow.date).where(
            MilestoneStateRow.milestone == "release_date",
            MilestoneStateRow.status == "announced",
            MilestoneStateRow.precision == "day",
            MilestoneStateRow.date.is_not(None),
        )
    ).all()
    return {pid: day for pid, day in rows if pid not in out_now and day is not None}


def followers(session: Session, productions: Iterable[str]) -> list[Follower]:
    rows = session.execute(
        select(
            TargetRow.id,
            SubscriptionRow.production_id,
            SubscriberRow.timezone,
            SubscriptionRow.remind_days,
            SubscriptionRow.milestones,
        )
        .join(SubscriberRow, SubscriberRow.id == TargetRow.subscriber_id)
        .join(SubscriptionRow, SubscriptionRow.subscriber_id == SubscriberRow.id)
        .where(SubscriptionRow.production_id.in_(list(productions)), TargetRow.active.is_(True))
    ).all()
    out: list[Follower] = []
    for tid, pid, tz, days, kinds in rows:
        if kinds is not None and not REMINDED_KINDS & set(kinds):
            continue
        remind = DEFAULT_REMIND_DAYS if days is None else tuple(days)
        if remind:
            out.append(Follower(tid, pid, tz or "UTC", remind))
    return out


def create_due(session: Session, now: datetime, hour: int) -> int:
    """Write the deliveries of every reminder due at ``now``; return how many are new."""
    releases = release_days(session)
    if not releases:
        return 0
    due = due_reminders(releases, followers(session, releases), now, hour)
    created = 0
    reminders: dict[tuple[str, date, int], ReminderRow] = {}
    for item in due:
        key = (item.production_id, item.day, item.offset_days)
        reminder = reminders.get(key)
        if reminder is None:
            reminder = session.scalars(
                select(ReminderRow).where(
                    ReminderRow.production_id == item.production_id,
                    ReminderRow.date == item.day,
                    ReminderRow.offset_days == item.offset_days,
                )
            ).first()
            if reminder is None:
                reminder = ReminderRow(
                    production_id=item.production_id,
                    date=item.day,
                    offset_days=item.offset_days,
                    created_at=now,
                )
                session.add(reminder)
                session.flush()
            reminders[key] = reminder
        exists = session.scalar(
            select(DeliveryRow.id).where(
                DeliveryRow.reminder_id == reminder.id, DeliveryRow.target_id == item.target_id
            )
        )
        if exists is None:
            session.add(
                DeliveryRow(
                    reminder_id=reminder.id,
                    target_id=item.target_id,
                    state="pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
            created += 1
    session.flush()
    return created
