"""The delivery outbox: rows written with their event, sent by apprise, retried on a ladder.

A delivery is marked sent only after apprise reported success, in its own transaction:
a process killed between the send and the commit sends that one message again on
restart, and no other. Failures are retried after 1 min, 5 min, 15 min, 1 h, then every
6 h, until ``give_up`` after the delivery was created; then it is ``failed`` for good and
shown by ``tracker deliveries``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.domain import FuzzyDate
from tracker.messages import EventView, render
from tracker.secrets import mask_url, redact
from tracker.store import (
    DeliveryRow,
    EventRow,
    NoticeRow,
    SubscriberRow,
    SubscriptionRow,
    TargetRow,
)

log = logging.getLogger(__name__)

RETRY_LADDER: tuple[timedelta, ...] = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=6),
)


def retry_delay(attempts: int) -> timedelta:
    """Wait after the ``attempts``-th failed try (1-based): the ladder, then its last step."""
    return RETRY_LADDER[min(max(attempts, 1), len(RETRY_LADDER)) - 1]


def enqueue(session: Session, event: EventRow, now: datetime) -> int:
    """Write one pending delivery per active target subscribed to this event; return the count.

    Each target gets the event once, even when several subscriptions lead to it.
    """
    rows = session.execute(
        select(TargetRow.id, SubscriptionRow.milestones)
        .join(SubscriberRow, SubscriberRow.id == TargetRow.subscriber_id)
        .join(SubscriptionRow, SubscriptionRow.subscriber_id == SubscriberRow.id)
        .where(SubscriptionRow.production_id == event.production_id, TargetRow.active.is_(True))
    ).all()
    target_ids = sorted({tid for tid, kinds in rows if kinds is None or event.milestone in kinds})
    for tid in target_ids:
        session.add(
            DeliveryRow(
                event_id=event.id,
                target_id=tid,
                state="pending",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
    return len(target_ids)


def enqueue_notice(session: Session, kind: str, subject: str, body: str, now: datetime) -> int:
    """Tell every admin channel something that is not a milestone; return the deliveries."""
    notice = NoticeRow(kind=kind, subject=subject, body=body, created_at=now)
    session.add(notice)
    session.flush()
    target_ids = session.scalars(
        select(TargetRow.id)
        .join(SubscriberRow, SubscriberRow.id == TargetRow.subscriber_id)
        .where(SubscriberRow.admin.is_(True), TargetRow.active.is_(True))
    ).all()
    for tid in target_ids:
        session.add(
            DeliveryRow(
                notice_id=notice.id,
                target_id=tid,
                state="pending",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
    return len(target_ids)


@dataclass(frozen=True)
class SendResult:
    ok: bool
    error: str | None = None


Sender = Callable[[str, str, str], SendResult]


def apprise_send(url: str, title: str, body: str) -> SendResult:
    """Send one message to one apprise URL; the error, if any, has the URL masked."""
    import apprise

    app = apprise.Apprise()
    if not app.add(url):
        return SendResult(False, f"not a valid notification URL: {mask_url(url)}")
    with apprise.LogCapture(level=logging.WARNING) as captured:  # type: ignore[no-untyped-call]
        result = app.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
    if result:
        return SendResult(True)
    lines = [line.strip() for line in captured.getvalue().splitlines() if line.strip()]
    reason = lines[-1] if lines else "the service refused or did not answer"
    return SendResult(False, redact(reason)[:500])


def event_view(event: EventRow, title: str) -> EventView:
    def fuzzy(d: object, p: str | None) -> FuzzyDate | None:
        from datetime import date

        return FuzzyDate(d, p) if isinstance(d, date) and p else None  # type: ignore[arg-type]

    return EventView(
        production=title,
        production_id=event.production_id,
        milestone=event.milestone,
        status=event.status,
        variant=event.variant,
        date=fuzzy(event.date, event.precision),
        previous_status=event.previous_status,
        previous_date=fuzzy(event.previous_date, event.previous_precision),
        source=event.source,
        source_title=event.source_title,
    )


def _message(delivery: DeliveryRow, titles: Callable[[str], str]) -> tuple[str, str]:
    if delivery.event is not None:
        return render(event_view(delivery.event, titles(delivery.event.production_id)))
    assert delivery.notice is not None, "a delivery carries an event or a notice"
    return delivery.notice.subject, delivery.notice.body


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def deliver_due(
    factory: sessionmaker[Session],
    now: Callable[[], datetime],
    titles: Callable[[str], str],
    *,
    give_up: timedelta,
    send: Sender = apprise_send,
    limit: int = 500,
) -> DeliveryReport:
    """Send every due delivery once; record each result in its own transaction."""
    report = DeliveryReport()
    with factory() as session:
        due: Sequence[int] = session.scalars(
            select(DeliveryRow.id)
            .where(DeliveryRow.state == "pending", DeliveryRow.next_attempt_at <= now())
            .order_by(DeliveryRow.next_attempt_at, DeliveryRow.id)
            .limit(limit)
        ).all()
    for delivery_id in due:
        with factory() as session, session.begin():
            delivery = session.get(DeliveryRow, delivery_id)
            if delivery is None or delivery.state != "pending":
                continue
            title, body = _message(delivery, titles)
            url = delivery.target.url
        result = send(url, title, body)
        with factory() as session, session.begin():
            delivery = session.get(DeliveryRow, delivery_id)
            if delivery is None:
                continue
            at = now()
            delivery.attempts += 1
            if result.ok:
                delivery.state, delivery.sent_at, delivery.last_error = "sent", at, None
                report.sent += 1
                continue
            delivery.last_error = result.error
            if at - delivery.created_at >= give_up:
                delivery.state = "failed"
                report.failed += 1
                log.warning(
                    "delivery %s to %s failed for good: %s",
                    delivery.id,
                    mask_url(url),
                    result.error,
                )
            else:
                delivery.next_attempt_at = at + retry_delay(delivery.attempts)
                report.retrying += 1
                log.info(
                    "delivery %s to %s failed (try %s), next at %s: %s",
                    delivery.id,
                    mask_url(url),
                    delivery.attempts,
                    delivery.next_attempt_at.isoformat(timespec="seconds"),
                    result.error,
                )
    return report
