"""Digests: a daily or weekly subscriber hears every change since the last one in one message.

Event deliveries to a digest subscriber are written ``held`` (see :func:`tracker.outbox.
enqueue`). Functional core: :func:`last_slot` and :func:`digest_due` say, from plain data
and ``now``, whether a subscriber's digest is due: the most recent digest time (``hour``
o'clock in the subscriber's time zone; weekly: Mondays) is later than the last digest (or
than the subscription, for the first one). Shell: :func:`bundle_due` turns each due
subscriber's held deliveries into one ``digests`` row and one delivery per target, sent
by the outbox like any other (retries included); the held rows become ``digested``.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tracker.reminders import local_now
from tracker.store import DeliveryRow, DigestRow, SubscriberRow, TargetRow

WEEKLY_DAY = 0  # Monday


def last_slot(now: datetime, timezone: str, hour: int, frequency: str) -> datetime:
    """The most recent digest time at or before ``now`` (aware)."""
    local = local_now(now, timezone)
    zone = local.tzinfo or ZoneInfo("UTC")
    day = local.date()
    if frequency == "weekly":
        day -= timedelta(days=(day.weekday() - WEEKLY_DAY) % 7)
    slot = datetime.combine(day, time(hour), tzinfo=zone)
    if slot > now:
        slot = datetime.combine(
            day - timedelta(days=7 if frequency == "weekly" else 1), time(hour), tzinfo=zone
        )
    return slot


def digest_due(frequency: str, since: datetime, now: datetime, timezone: str, hour: int) -> bool:
    """True when a digest time has passed since ``since`` (the last digest or the start)."""
    if frequency not in ("daily", "weekly"):
        return False
    return since < last_slot(now, timezone, hour, frequency)


def bundle_due(session: Session, now: datetime, hour: int) -> int:
    """Create the digests due at ``now``; return how many digest deliveries were written."""
    written = 0
    subscribers = session.scalars(
        select(SubscriberRow).where(SubscriberRow.kind == "fan").order_by(SubscriberRow.id)
    ).all()
    for sub in subscribers:
        held_of = (
            select(DeliveryRow.id)
            .join(TargetRow, TargetRow.id == DeliveryRow.target_id)
            .where(TargetRow.subscriber_id == sub.id, DeliveryRow.state == "held")
        )
        if sub.digest not in ("daily", "weekly"):
            # Back to instant: what was held goes out now, one message per change.
            session.execute(
                update(DeliveryRow)
                .where(DeliveryRow.id.in_(held_of.scalar_subquery()))
                .values(state="pending", next_attempt_at=now)
                .execution_options(synchronize_session=False)
            )
            continue
        since = sub.last_digest_at or sub.created_at
        if not digest_due(sub.digest, since, now, sub.timezone, hour):
            continue
        held = session.execute(
            select(DeliveryRow.id, DeliveryRow.target_id).where(
                DeliveryRow.id.in_(held_of.scalar_subquery())
            )
        ).all()
        sub.last_digest_at = now
        if not held:
            continue
        digest = DigestRow(subscriber_id=sub.id, since=since, created_at=now)
        session.add(digest)
        session.flush()
        for target_id in sorted({tid for _, tid in held}):
            session.add(
                DeliveryRow(
                    digest_id=digest.id,
                    target_id=target_id,
                    state="pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
            written += 1
        session.execute(
            update(DeliveryRow)
            .where(DeliveryRow.id.in_([i for i, _ in held]))
            .values(state="digested", in_digest_id=digest.id)
            .execution_options(synchronize_session=False)
        )
    session.flush()
    return written
