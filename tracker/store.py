"""The database tables (SQLAlchemy 2 declarative models).

Every write the pipeline makes is idempotent through a unique constraint: an entry once
per (feed, entry hash), an observation once per (entry, production, milestone, status),
one milestone state row per (production, milestone), a delivery once per (event, target).
Schema changes go through Alembic (``tracker/migrations``), never ``create_all``.
"""

from __future__ import annotations

import datetime as dt
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes stored as UTC on every backend (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware UTC datetime")
        from datetime import UTC

        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        from datetime import UTC

        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class FeedRow(Base):
    """A feed's polling state (Miniflux-style: conditional GET, next check, errors)."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    next_check_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    consecutive_errors: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    permanent_redirect: Mapped[str | None] = mapped_column(String(2048))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failure_alerted: Mapped[bool] = mapped_column(Boolean, default=False)
    min_wait_seconds: Mapped[int | None] = mapped_column(Integer)  # from ttl / max-age
    entries_per_day: Mapped[float | None] = mapped_column(Float)
    item_digests: Mapped[str | None] = mapped_column(Text)  # the last body's items, hashed
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # being polled until


class EntryRow(Base):
    """One feed item, stored once per (feed, hash of its guid/link)."""

    __tablename__ = "entries"
    __table_args__ = (UniqueConstraint("feed_id", "entry_hash", name="uq_entries_feed_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    entry_hash: Mapped[str] = mapped_column(String(64))
    link: Mapped[str | None] = mapped_column(String(2048))
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class TombstoneRow(Base):
    """A pruned entry's identity, so that it never comes back as new."""

    __tablename__ = "tombstones"

    feed_id: Mapped[int] = mapped_column(
        ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True
    )
    entry_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    pruned_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ObservationRow(Base):
    """What one entry said about one production's milestone."""

    __tablename__ = "observations"
    __table_args__ = (
        UniqueConstraint(
            "entry_id", "production_id", "milestone", "status", name="uq_observations_entry"
        ),
        Index("ix_observations_production", "production_id", "milestone"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    production_id: Mapped[str] = mapped_column(String(100))
    milestone: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(10))
    variant: Mapped[str | None] = mapped_column(String(10))
    previous_date: Mapped[dt.date | None] = mapped_column(Date)
    previous_precision: Mapped[str | None] = mapped_column(String(10))
    moved: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence: Mapped[str] = mapped_column(Text, default="")
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime)

    entry: Mapped[EntryRow] = relationship()


class MilestoneStateRow(Base):
    """A production's current state of one milestone kind."""

    __tablename__ = "milestone_states"

    production_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    milestone: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(10))
    variant: Mapped[str | None] = mapped_column(String(10))
    as_of: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str | None] = mapped_column(String(2048))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class EventRow(Base):
    """A real change of a milestone's state; the history fans are told about."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_production", "production_id", "milestone"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    production_id: Mapped[str] = mapped_column(String(100))
    milestone: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(10))
    variant: Mapped[str | None] = mapped_column(String(10))
    previous_status: Mapped[str | None] = mapped_column(String(20))
    previous_date: Mapped[dt.date | None] = mapped_column(Date)
    previous_precision: Mapped[str | None] = mapped_column(String(10))
    previous_variant: Mapped[str | None] = mapped_column(String(10))
    source: Mapped[str | None] = mapped_column(String(2048))
    source_title: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    observation_id: Mapped[int | None] = mapped_column(
        ForeignKey("observations.id", ondelete="SET NULL")
    )
    notified: Mapped[bool] = mapped_column(Boolean, default=True)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SubscriberRow(Base):
    """A fan or an admin's channel."""

    __tablename__ = "subscribers"
    __table_args__ = (UniqueConstraint("manage_token_hash", name="uq_subscribers_manage_token"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default="fan")  # fan | channel
    channel_name: Mapped[str | None] = mapped_column(String(200), unique=True)
    admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # instant | daily | weekly: digest subscribers' event deliveries wait ("held").
    digest: Mapped[str] = mapped_column(String(10), default="instant", server_default="instant")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")
    last_digest_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # sha256 of the manage token (the token itself is never stored; see subscriptions.py)
    manage_token_hash: Mapped[str | None] = mapped_column(String(64))

    targets: Mapped[list[TargetRow]] = relationship(
        back_populates="subscriber", cascade="all, delete-orphan"
    )
    subscriptions: Mapped[list[SubscriptionRow]] = relationship(
        back_populates="subscriber", cascade="all, delete-orphan"
    )


class TargetRow(Base):
    """One apprise URL of a subscriber. The URL is a secret: never log or show it whole."""

    __tablename__ = "targets"
    __table_args__ = (UniqueConstraint("subscriber_id", "url", name="uq_targets_url"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    subscriber: Mapped[SubscriberRow] = relationship(back_populates="targets")


class SubscriptionRow(Base):
    """A subscriber follows a production, for all milestone kinds or some."""

    __tablename__ = "subscriptions"
    __table_args__ = (UniqueConstraint("subscriber_id", "production_id", name="uq_subscriptions"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    production_id: Mapped[str] = mapped_column(String(100), index=True)
    milestones: Mapped[list[str] | None] = mapped_column(JSON)  # None: every kind
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # days before a day-precise release date to remind; None: the default (1, 0)
    remind_days: Mapped[list[int] | None] = mapped_column(JSON)

    subscriber: Mapped[SubscriberRow] = relationship(back_populates="subscriptions")


class KnownProductionRow(Base):
    """A production the database has been told about, so a newly added one is backfilled."""

    __tablename__ = "known_productions"

    production_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReminderRow(Base):
    """ "Out tomorrow": one reminder per (production, release day, days before)."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("production_id", "date", "offset_days", name="uq_reminders"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    production_id: Mapped[str] = mapped_column(String(100))
    date: Mapped[dt.date] = mapped_column(Date)
    offset_days: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DigestRow(Base):
    """One digest message to one subscriber: the changes held since the last one."""

    __tablename__ = "digests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class NoticeRow(Base):
    """A message for admins that is not a milestone: a feed failing or recovered."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # feed_failing | feed_recovered | ...
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DeliveryRow(Base):
    """The outbox: one notification of one event (or notice) to one target."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("event_id", "target_id", name="uq_deliveries"),
        UniqueConstraint("notice_id", "target_id", name="uq_deliveries_notice"),
        UniqueConstraint("reminder_id", "target_id", name="uq_deliveries_reminder"),
        UniqueConstraint("digest_id", "target_id", name="uq_deliveries_digest"),
        Index("ix_deliveries_due", "state", "next_attempt_at"),
        Index("ix_deliveries_in_digest", "in_digest_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"))
    reminder_id: Mapped[int | None] = mapped_column(ForeignKey("reminders.id", ondelete="CASCADE"))
    digest_id: Mapped[int | None] = mapped_column(ForeignKey("digests.id", ondelete="CASCADE"))
    # an event delivery held for a digest points at the digest that carried it
    in_digest_id: Mapped[int | None] = mapped_column(ForeignKey("digests.id", ondelete="SET NULL"))
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"))
    # pending | sent | failed | held (waits for a digest) | digested (sent in one)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # the lease of a process sending it now: others skip it until the lease ends
    sending_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lease_token: Mapped[str | None] = mapped_column(String(32))

    event: Mapped[EventRow | None] = relationship()
    notice: Mapped[NoticeRow | None] = relationship()
    reminder: Mapped[ReminderRow | None] = relationship()
    digest: Mapped[DigestRow | None] = relationship(foreign_keys=[digest_id])
    target: Mapped[TargetRow] = relationship()
