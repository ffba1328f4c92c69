"""Plain data shared by the pure core: entries, productions, dates, observations.

Nothing here does I/O or reads a clock. The watchlist loader builds
:class:`ProductionSpec` values; the feed parser builds :class:`Entry` values; match,
detect and timeline turn them into :class:`Observation` values and state changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

MilestoneKind = Literal["trailer", "release_date", "release", "premiere", "production"]
MILESTONE_KINDS: tuple[MilestoneKind, ...] = (
    "trailer",
    "release_date",
    "release",
    "premiere",
    "production",
)

#: The statuses each milestone kind can be in, in the order a production moves through them.
STATUSES: dict[str, tuple[str, ...]] = {
    "trailer": ("expected", "released"),
    "release_date": ("expected", "announced"),
    "release": ("released",),
    "premiere": ("announced", "held"),
    "production": ("filming", "wrapped"),
}

Precision = Literal["day", "month", "season", "quarter", "half", "year"]
#: From most to least precise.
PRECISIONS: tuple[Precision, ...] = ("day", "month", "season", "quarter", "half", "year")

TrailerVariant = Literal["teaser", "trailer", "final"]
TRAILER_VARIANTS: tuple[TrailerVariant, ...] = ("teaser", "trailer", "final")


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """The first day of the period a text names, and how wide that period is.

    "Sept. 18" is (2026-09-18, day); "summer 2026" is (2026-06-01, season).
    """

    day: date
    precision: Precision

    @classmethod
    def stored(cls, day: date | None, precision: str | None) -> FuzzyDate | None:
        """The fuzzy date a database row holds as two columns, or None."""
        if day is None or precision not in PRECISIONS:
            return None
        return cls(day, precision)

    def iso(self) -> str:
        return self.day.isoformat()

    def is_more_precise_than(self, other: FuzzyDate) -> bool:
        return PRECISIONS.index(self.precision) < PRECISIONS.index(other.precision)


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a feed, as the parser hands it to the core."""

    id: str  # stable hash of the guid, else the link, else title+summary
    title: str
    link: str | None
    summary: str  # may hold HTML and entities; the core normalises it
    published: datetime | None  # timezone-aware (UTC) when the feed gave one


@dataclass(frozen=True, slots=True)
class ProductionSpec:
    """What the core needs to know about one watched production."""

    id: str
    title: str
    kind: Literal["film", "series"] = "film"
    season: int | None = None
    aliases: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    ambiguous: bool | None = None  # None: decided by the documented rule in match.py
    milestones: frozenset[str] = frozenset(MILESTONE_KINDS)


@dataclass(frozen=True, slots=True)
class Observation:
    """What one entry says about one production's milestone."""

    production: str
    milestone: str  # one of MILESTONE_KINDS
    status: str  # one of STATUSES[milestone]
    date: FuzzyDate | None = None
    variant: str | None = None  # trailer only: teaser | trailer | final
    previous_date: FuzzyDate | None = None  # a move the text states ("from Sept. 18 to Oct. 2")
    moved: bool = False  # the text says the date changed ("pushed to 2027"), old date named or not
    evidence: str = ""  # the words that decided, as they stand in the entry
