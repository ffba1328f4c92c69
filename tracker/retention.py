"""Pruning old entries; tombstones keep a pruned entry from coming back as new.

An entry goes when it was first seen longer ago than the retention time, or when its feed
holds more than the per-feed count (the oldest go first). Its observations go with it;
events stay (they keep their source link and title). The (feed, hash) pair stays behind as
a tombstone, which :func:`tracker.ingest.new_entries` consults.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from tracker.store import EntryRow, TombstoneRow

BATCH = 500


def _doomed(session: Session, now: datetime, keep_for: timedelta, per_feed: int) -> list[int]:
    old = select(EntryRow.id).where(EntryRow.seen_at < now - keep_for)
    ranked = select(
        EntryRow.id,
        func.row_number()
        .over(partition_by=EntryRow.feed_id, order_by=(EntryRow.seen_at.desc(), EntryRow.id.desc()))
        .label("rank"),
    ).subquery()
    excess = select(ranked.c.id).where(ranked.c.rank > per_feed)
    return sorted(set(session.scalars(old)) | set(session.scalars(excess)))


def prune(session: Session, now: datetime, keep_for: timedelta, per_feed: int) -> int:
    """Delete entries past retention, leave tombstones; return how many went."""
    ids = _doomed(session, now, keep_for, per_feed)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        pairs = session.execute(
            select(EntryRow.feed_id, EntryRow.entry_hash).where(EntryRow.id.in_(chunk))
        ).all()
        known = set(
            session.execute(
                select(TombstoneRow.feed_id, TombstoneRow.entry_hash).where(
                    TombstoneRow.entry_hash.in_([h for _, h in pairs])
                )
            ).all()
        )
        session.add_all(
            TombstoneRow(feed_id=f, entry_hash=h, pruned_at=now)
            for f, h in pairs
            if (f, h) not in known
        )
        session.execute(delete(EntryRow).where(EntryRow.id.in_(chunk)))
    return len(ids)
