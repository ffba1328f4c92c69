"""Silent backfill: a production an admin adds gets its state from entries already stored.

When the watchlist gains a production, the news about it may already be in the database
(a global feed read it last week). Detection runs again over the stored entries of the
feeds it is read from, for the new productions only, and the timeline folds what it finds
exactly as ingest does (:mod:`tracker.ingest`), with silence on: events are recorded,
nobody is notified. A production is new once: ``known_productions`` remembers it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.detect import detect
from tracker.domain import Entry
from tracker.ingest import (
    MAX_CLOCK_SKEW,
    IngestReport,
    Said,
    Silence,
    observation_row,
    record_changes,
)
from tracker.match import Matcher
from tracker.registry import FeedPlan
from tracker.store import EntryRow, FeedRow, KnownProductionRow, ObservationRow
from tracker.timeline import report_time
from tracker.watchlist import Watchlist

log = logging.getLogger(__name__)

SILENT = Silence(first_fetch=True, max_age=timedelta(0))


def new_productions(session: Session, ids: list[str]) -> list[str]:
    known = set(session.scalars(select(KnownProductionRow.production_id)))
    return [pid for pid in ids if pid not in known]


def backfill(
    session: Session,
    watchlist: Watchlist,
    plans: Mapping[str, FeedPlan],
    now: datetime,
) -> IngestReport:
    """Build the new productions' state from stored entries, silently; mark them known."""
    report = IngestReport()
    new = new_productions(session, [p.id for p in watchlist.productions])
    if not new:
        return report
    for pid in new:
        session.add(KnownProductionRow(production_id=pid, added_at=now))
    specs = {p.id: p.spec() for p in watchlist.productions if p.id in new}
    matchers: dict[frozenset[str], Matcher] = {}
    feeds = session.execute(select(FeedRow.id, FeedRow.url).where(FeedRow.url.in_(plans))).all()
    said: list[Said] = []
    for feed_id, url in feeds:
        scope = plans[url].productions
        wanted = frozenset(specs if scope is None else set(specs) & scope)
        if not wanted:
            continue
        matcher = matchers.get(wanted)
        if matcher is None:
            matcher = matchers[wanted] = Matcher([specs[i] for i in sorted(wanted)])
        rows = session.scalars(
            select(EntryRow).where(EntryRow.feed_id == feed_id).order_by(EntryRow.id)
        ).all()
        for row in rows:
            said.extend(_observe(session, row, matcher, now))
    report.entries = len({s.row.entry_id for s in said})
    report.observations = len(said)
    if said:
        session.flush()
        record_changes(session, said, now, SILENT, report)
    log.log(
        logging.INFO if report.observations else logging.DEBUG,
        "backfilled %s from stored entries: %d observations, %d silent events",
        ", ".join(new),
        report.observations,
        report.events,
    )
    return report


def _observe(session: Session, row: EntryRow, matcher: Matcher, now: datetime) -> list[Said]:
    entry = Entry(row.entry_hash, row.title, row.link, row.summary, row.published_at)
    at = report_time(entry.published, row.seen_at, MAX_CLOCK_SKEW)
    out: list[Said] = []
    seen: set[tuple[str, str, str]] = set()
    for obs in detect(entry, matcher, now):
        key = (obs.production, obs.milestone, obs.status)
        if key in seen:
            continue
        seen.add(key)
        exists = session.scalar(
            select(ObservationRow.id).where(
                ObservationRow.entry_id == row.id,
                ObservationRow.production_id == obs.production,
                ObservationRow.milestone == obs.milestone,
                ObservationRow.status == obs.status,
            )
        )
        if exists is not None:
            continue
        obs_row = observation_row(row, obs, at)
        session.add(obs_row)
        out.append(Said(obs, at, entry, obs_row))
    return out
