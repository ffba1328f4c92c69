"""What the pages, the API, the calendars and the feeds read: plain data out of the store.

Every function takes an open session and returns frozen dataclasses or JSON-ready dicts;
nothing here knows about HTTP.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker.domain import MILESTONE_KINDS, FuzzyDate
from tracker.messages import headline, human_date
from tracker.outbox import event_view
from tracker.store import EntryRow, EventRow, FeedRow, MilestoneStateRow, ObservationRow
from tracker.watchlist import Production, Watchlist

MILESTONE_NAMES = {
    "trailer": "Trailer",
    "release_date": "Release date",
    "release": "Release",
    "premiere": "Premiere",
    "production": "Production",
}
DATED_KINDS = ("release_date", "premiere")  # the dates a calendar shows


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class State:
    """A production's current state of one milestone kind."""

    kind: str
    status: str
    date: FuzzyDate | None
    variant: str | None
    source: str | None
    since: datetime
    updated_at: datetime

    @property
    def name(self) -> str:
        return MILESTONE_NAMES.get(self.kind, self.kind)

    @property
    def date_text(self) -> str:
        return human_date(self.date)

    @property
    def summary(self) -> str:
        """ "released (teaser)", "announced: Friday, October 2, 2026"."""
        text = self.status + (f" ({self.variant})" if self.variant else "")
        return f"{text}: {self.date_text}" if self.date else text

    def json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "date": self.date.iso() if self.date else None,
            "precision": self.date.precision if self.date else None,
            "variant": self.variant,
            "since": iso(self.since),
            "source": self.source,
        }


@dataclass(frozen=True)
class Upcoming:
    kind: str
    status: str
    date: FuzzyDate

    @property
    def text(self) -> str:
        what = {"release_date": "Release", "premiere": "Premiere"}.get(self.kind, self.kind)
        return f"{what}: {human_date(self.date)}"


@dataclass(frozen=True)
class ProductionView:
    id: str
    title: str
    kind: str
    season: int | None
    milestones: tuple[str, ...]  # the kinds watched
    states: dict[str, State] = field(default_factory=dict)
    upcoming: tuple[Upcoming, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.title} (season {self.season})" if self.season else self.title

    def json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "season": self.season,
            "milestones": {k: s.json() for k, s in self.states.items()},
            "upcoming": [
                {"milestone": u.kind, "status": u.status, "date": u.date.iso(),
                 "precision": u.date.precision}
                for u in self.upcoming
            ],
        }  # fmt: skip


def _still_ahead(d: FuzzyDate, today: date) -> bool:
    if d.precision == "day":
        return d.day >= today
    if d.precision == "month":
        return (d.day.year, d.day.month) >= (today.year, today.month)
    return d.day.year >= today.year


def _view(production: Production, rows: Sequence[MilestoneStateRow], today: date) -> ProductionView:
    states: dict[str, State] = {}
    for row in rows:
        states[row.milestone] = State(
            row.milestone,
            row.status,
            FuzzyDate.stored(row.date, row.precision),
            row.variant,
            row.source,
            row.as_of,
            row.updated_at,
        )
    ordered: dict[str, State] = {k: states[k] for k in MILESTONE_KINDS if k in states}
    released = "release" in ordered
    upcoming = sorted(
        (
            Upcoming(k, s.status, s.date)
            for k, s in ordered.items()
            if k in DATED_KINDS
            and s.date is not None
            and _still_ahead(s.date, today)
            and not (k == "release_date" and released)
            and not (k == "premiere" and s.status == "held")
        ),
        key=lambda u: u.date.day,
    )
    return ProductionView(
        production.id,
        production.title,
        production.kind,
        production.season,
        tuple(production.milestones),
        ordered,
        tuple(upcoming),
    )


def productions(session: Session, watchlist: Watchlist, today: date) -> list[ProductionView]:
    """Every production of the watchlist, in its order, with its state."""
    by_production: dict[str, list[MilestoneStateRow]] = {}
    for row in session.scalars(select(MilestoneStateRow)):
        by_production.setdefault(row.production_id, []).append(row)
    return [_view(p, by_production.get(p.id, []), today) for p in watchlist.productions]


def production(
    session: Session, watchlist: Watchlist, production_id: str, today: date
) -> ProductionView | None:
    found = watchlist.production(production_id)
    if found is None:
        return None
    rows = session.scalars(
        select(MilestoneStateRow).where(MilestoneStateRow.production_id == production_id)
    ).all()
    return _view(found, rows, today)


def events(
    session: Session,
    production_id: str | None = None,
    *,
    limit: int = 50,
    before: int | None = None,
) -> list[EventRow]:
    """Events, newest first (``before``: only those with a smaller id, to page back)."""
    query = select(EventRow).order_by(EventRow.id.desc()).limit(limit)
    if production_id is not None:
        query = query.where(EventRow.production_id == production_id)
    if before is not None:
        query = query.where(EventRow.id < before)
    return list(session.scalars(query))


def event_headline(ev: EventRow, title: str) -> str:
    return headline(event_view(ev, title))


def event_json(ev: EventRow) -> dict[str, Any]:
    """The shape of ``tracker events --json`` (the command-line contract)."""
    previous: dict[str, Any] | None = None
    if ev.previous_status is not None:
        previous = {
            "status": ev.previous_status,
            "date": iso(ev.previous_date),
            "precision": ev.previous_precision,
        }
        if ev.milestone == "trailer":
            previous["variant"] = ev.previous_variant
    row: dict[str, Any] = {
        "id": ev.id,
        "production": ev.production_id,
        "milestone": ev.milestone,
        "status": ev.status,
        "date": iso(ev.date),
        "precision": ev.precision,
        "previous": previous,
        "source": ev.source,
        "detected_at": iso(ev.detected_at),
    }
    if ev.milestone == "trailer":
        row["variant"] = ev.variant
    return row


def event_counts(session: Session, production_id: str | None = None) -> dict[tuple[str, str], int]:
    """How many events each (production, milestone) has had: a calendar event's SEQUENCE."""
    query = select(EventRow.production_id, EventRow.milestone, func.count()).group_by(
        EventRow.production_id, EventRow.milestone
    )
    if production_id is not None:
        query = query.where(EventRow.production_id == production_id)
    return {(p, m): int(n) for p, m, n in session.execute(query)}


@dataclass(frozen=True)
class Source:
    """An article that said something about a production."""

    title: str
    link: str | None
    feed: str
    published: datetime | None
    milestone: str
    status: str
    evidence: str


def sources(session: Session, production_id: str, limit: int = 20) -> list[Source]:
    """The newest articles with an observation about the production, one row per article."""
    query = (
        select(ObservationRow, EntryRow, FeedRow)
        .join(EntryRow, EntryRow.id == ObservationRow.entry_id)
        .join(FeedRow, FeedRow.id == EntryRow.feed_id)
        .where(ObservationRow.production_id == production_id)
        .order_by(EntryRow.seen_at.desc(), ObservationRow.id.desc())
        .limit(limit * 3)
    )
    out: dict[int, Source] = {}
    for obs, entry, feed in session.execute(query):
        if entry.id in out:
            continue
        out[entry.id] = Source(
            entry.title,
            entry.link,
            feed.name or feed.url,
            entry.published_at,
            obs.milestone,
            obs.status,
            obs.evidence,
        )
    return list(out.values())[:limit]
