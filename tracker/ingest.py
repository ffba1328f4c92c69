"""From parsed entries to stored history: entries → observations → state → events → outbox.

One call runs in the caller's transaction, so an entry, what it says, the events it
causes and their deliveries are stored together or not at all. New entries only: an
entry already stored for the feed (same hash) is skipped before any matching.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.db import serialise
from tracker.domain import Entry, FuzzyDate, Observation
from tracker.outbox import enqueue
from tracker.store import EntryRow, EventRow, MilestoneStateRow, ObservationRow, TombstoneRow
from tracker.timeline import Change, Key, MilestoneState, fold, report_time

#: A published time this far ahead of our clock is not trusted.
MAX_CLOCK_SKEW = timedelta(days=1)

Detector = Callable[[Entry], Sequence[Observation]]


@dataclass
class IngestReport:
    entries: int = 0
    observations: int = 0
    events: int = 0
    notified_events: int = 0
    deliveries: int = 0

    def add(self, other: IngestReport) -> None:
        for name in ("entries", "observations", "events", "notified_events", "deliveries"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Silence:
    """When changes are recorded but not notified."""

    first_fetch: bool  # the whole batch is a baseline
    max_age: timedelta  # older entries are old news; 0 turns the rule off

    def silent(self, published: datetime | None, now: datetime) -> bool:
        if self.first_fetch:
            return True
        return bool(self.max_age) and published is not None and published < now - self.max_age


def observation_row(entry: EntryRow, obs: Observation, at: datetime) -> ObservationRow:
    """The stored form of what ``entry`` said, reported at ``at``."""
    return ObservationRow(
        entry=entry,
        production_id=obs.production,
        milestone=obs.milestone,
        status=obs.status,
        date=obs.date.day if obs.date else None,
        precision=obs.date.precision if obs.date else None,
        variant=obs.variant,
        previous_date=obs.previous_date.day if obs.previous_date else None,
        previous_precision=obs.previous_date.precision if obs.previous_date else None,
        moved=obs.moved,
        evidence=obs.evidence,
        observed_at=at,
    )


def new_entries(session: Session, feed_id: int, entries: Sequence[Entry]) -> list[Entry]:
    """The entries never stored for this feed (nor pruned from it), each once, in feed order."""
    hashes = {e.id for e in entries}
    stored = select(EntryRow.entry_hash).where(
        EntryRow.feed_id == feed_id, EntryRow.entry_hash.in_(hashes)
    )
    pruned = select(TombstoneRow.entry_hash).where(
        TombstoneRow.feed_id == feed_id, TombstoneRow.entry_hash.in_(hashes)
    )
    known = set(session.scalars(stored.union_all(pruned)))
    fresh: list[Entry] = []
    for entry in entries:
        if entry.id not in known:
            known.add(entry.id)
            fresh.append(entry)
    return fresh


def load_states(session: Session, productions: set[str]) -> dict[Key, MilestoneState]:
    rows = session.scalars(
        select(MilestoneStateRow).where(MilestoneStateRow.production_id.in_(productions))
    )
    return {
        (r.production_id, r.milestone): MilestoneState(
            r.status, FuzzyDate.stored(r.date, r.precision), r.variant, r.as_of
        )
        for r in rows
    }


@dataclass(frozen=True)
class Said:
    """An observation with what it came from: the report time, the entry and its row."""

    obs: Observation
    at: datetime
    entry: Entry
    row: ObservationRow


def ingest(
    session: Session,
    feed_id: int,
    entries: Sequence[Entry],
    detector: Detector,
    now: datetime,
    silence: Silence,
) -> IngestReport:
    """Store new entries and everything that follows from them; return what happened."""
    report = IngestReport()
    said: list[Said] = []
    for entry in new_entries(session, feed_id, entries):
        row = EntryRow(
            feed_id=feed_id,
            entry_hash=entry.id,
            link=entry.link,
            title=entry.title,
            summary=entry.summary,
            published_at=entry.published,
            seen_at=now,
        )
        session.add(row)
        report.entries += 1
        at = report_time(entry.published, now, MAX_CLOCK_SKEW)
        seen: set[tuple[str, str, str]] = set()
        for obs in detector(entry):
            if (obs.production, obs.milestone, obs.status) in seen:
                continue
            seen.add((obs.production, obs.milestone, obs.status))
            obs_row = observation_row(row, obs, at)
            session.add(obs_row)
            said.append(Said(obs, at, entry, obs_row))
    report.observations = len(said)
    if said:
        session.flush()
        record_changes(session, said, now, silence, report)
    return report


def record_changes(
    session: Session, said: list[Said], now: datetime, silence: Silence, report: IngestReport
) -> None:
    productions = {s.obs.production for s in said}
    for production in sorted(productions):  # a fixed order: no deadlock between instances
        serialise(session, f"production:{production}")
    states = load_states(session, productions)
    new_states, changes = fold(states, [(s.obs, s.at) for s in said])
    for change in changes:
        source = said[change.index]
        notify = not silence.silent(source.entry.published, now)
        event = _event_row(change, source, now, notify)
        session.add(event)
        session.flush()
        report.events += 1
        if notify:
            report.notified_events += 1
            report.deliveries += enqueue(session, event, now)
    for key in {(c.production, c.milestone) for c in changes}:
        _save_state(session, key, new_states[key], said, changes, now)


def _event_row(change: Change, source: Said, now: datetime, notify: bool) -> EventRow:
    after, before = change.after, change.before
    previous_date = before.date if before else None
    return EventRow(
        production_id=change.production,
        milestone=change.milestone,
        status=after.status,
        date=after.date.day if after.date else None,
        precision=after.date.precision if after.date else None,
        variant=after.variant,
        previous_status=before.status if before else None,
        previous_date=previous_date.day if previous_date else None,
        previous_precision=previous_date.precision if previous_date else None,
        previous_variant=before.variant if before else None,
        source=source.entry.link,
        source_title=source.entry.title,
        evidence=change.observation.evidence,
        observation_id=source.row.id,
        notified=notify,
        detected_at=now,
    )


def _save_state(
    session: Session,
    key: Key,
    state: MilestoneState,
    said: list[Said],
    changes: list[Change],
    now: datetime,
) -> None:
    last = [c for c in changes if (c.production, c.milestone) == key][-1]
    row = session.get(MilestoneStateRow, key)
    if row is None:
        row = MilestoneStateRow(production_id=key[0], milestone=key[1])
        session.add(row)
    row.status = state.status
    row.date = state.date.day if state.date else None
    row.precision = state.date.precision if state.date else None
    row.variant = state.variant
    row.as_of = state.as_of
    row.source = said[last.index].entry.link
    row.updated_at = now
