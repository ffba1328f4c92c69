"""Folding observations into milestone state; a real change of state is an event.

Pure: states and observations in, new states and changes out. The rules:

- Status moves forward only (trailer expected → released, premiere announced → held,
  production filming → wrapped, release_date expected → announced). A report of an
  earlier status is old news, with one exception: a newer report that a set release date
  *moved* to a vaguer one ("pushed to 2027", "delayed indefinitely"). Because a release
  date can go both ways, its state changes only by reports newer than the one that set it.
- Trailer variants are ordered teaser < trailer < final: a later variant is a new event,
  more coverage of the same (or an earlier) variant is not.
- A date changes only by a report newer than the one that set it. A more precise
  date inside the known period refines it ("2026" → "September 18, 2026"); a vaguer date
  consistent with the known one never replaces it ("later this year" after "Sept. 18");
  a different date of equal or finer precision is a move and keeps the previous date.
- Once a production is out (``release`` ``released``), a release date reported later
  is another window of it (digital, home video, a wider or foreign release, a re-release),
  not a move: it changes nothing. A report at the same time as the release's still counts
  ("opened Friday, Sept. 18, to $40 million").
- Order is by the entries' published times, so an older entry arriving late never
  overrides newer state.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from tracker.domain import PRECISIONS, STATUSES, TRAILER_VARIANTS, FuzzyDate, Observation


@dataclass(frozen=True, slots=True)
class MilestoneState:
    """Where one production's milestone stands."""

    status: str
    date: FuzzyDate | None
    variant: str | None
    as_of: datetime  # published time of the report that set it


@dataclass(frozen=True, slots=True)
class Change:
    """One real change: the event to record and, unless silent, to notify."""

    production: str
    milestone: str
    before: MilestoneState | None
    after: MilestoneState
    observation: Observation
    index: int  # position of the observation in the input of :func:`fold`


Key = tuple[str, str]  # (production id, milestone kind)

_MONTHS_WIDE = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12}


def period_end(value: FuzzyDate) -> date:
    """The last day of the period a fuzzy date names."""
    if value.precision == "day":
        return value.day
    months = _MONTHS_WIDE[value.precision]
    year, month = value.day.year, value.day.month + months - 1
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def within(inner: FuzzyDate, outer: FuzzyDate) -> bool:
    """Whether ``inner``'s period lies inside ``outer``'s."""
    return outer.day <= inner.day and period_end(inner) <= period_end(outer)


def _rank(milestone: str, status: str) -> int:
    return STATUSES[milestone].index(status)


def _variant_rank(variant: str | None) -> int:
    return TRAILER_VARIANTS.index(variant) if variant in TRAILER_VARIANTS else -1


def _precision_rank(value: FuzzyDate) -> int:
    return PRECISIONS.index(value.precision)


def _state(obs: Observation, at: datetime) -> MilestoneState:
    return MilestoneState(obs.status, obs.date, obs.variant, at)


def _date_change(current: MilestoneState, obs: Observation, at: datetime) -> MilestoneState | None:
    new, old = obs.date, current.date
    if new is None or at <= current.as_of:
        return None
    if old is None:
        return _state(obs, at)
    if new == old:
        return None
    if within(new, old) and new.is_more_precise_than(old):
        return replace(current, date=new, as_of=at)  # a refinement
    if within(old, new) and not obs.moved:
        return None  # vaguer and consistent: keeps the precise date
    if _precision_rank(new) <= _precision_rank(old) or obs.moved:
        return replace(current, date=new, as_of=at)  # a move
    return None


def apply(current: MilestoneState | None, obs: Observation, at: datetime) -> MilestoneState | None:
    """The new state when ``obs`` (reported at ``at``) really changes ``current``; else None."""
    if current is None:
        return _state(obs, at)
    new_rank, old_rank = _rank(obs.milestone, obs.status), _rank(obs.milestone, current.status)
    if new_rank > old_rank:
        if obs.milestone == "release_date" and at < current.as_of:
            return None  # dates can move back and forth: the newer report stands
        variant = obs.variant or current.variant
        return MilestoneState(obs.status, obs.date or current.date, variant, max(at, current.as_of))
    if new_rank < old_rank:
        if obs.milestone == "release_date" and obs.moved and at > current.as_of:
            return _state(obs, at)
        return None
    if obs.milestone == "trailer":
        if obs.status == "released" and _variant_rank(obs.variant) > _variant_rank(current.variant):
            return MilestoneState(obs.status, current.date, obs.variant, max(at, current.as_of))
        return None
    if obs.milestone in ("release_date", "premiere"):
        return _date_change(current, obs, at)
    return None


def fold(
    states: Mapping[Key, MilestoneState],
    observations: Iterable[tuple[Observation, datetime]],
) -> tuple[dict[Key, MilestoneState], list[Change]]:
    """Apply observations (each with its report time) oldest first; return states and changes."""
    result = dict(states)
    changes: list[Change] = []
    ordered = sorted(enumerate(observations), key=lambda item: (item[1][1], item[0]))
    for index, (obs, at) in ordered:
        key = (obs.production, obs.milestone)
        if obs.milestone == "release_date" and _out_before(result, obs.production, at):
            continue
        before = result.get(key)
        after = apply(before, obs, at)
        if after is not None and after != before:
            result[key] = after
            changes.append(Change(obs.production, obs.milestone, before, after, obs, index))
    return result, changes


def _out_before(states: Mapping[Key, MilestoneState], production: str, at: datetime) -> bool:
    """Whether ``production`` was reported out before ``at``."""
    out = states.get((production, "release"))
    return out is not None and out.status == "released" and out.as_of < at


def report_time(published: datetime | None, seen: datetime, max_future: timedelta) -> datetime:
    """When an entry reported its news: its published time, unless missing or in the future."""
    if published is None or published > seen + max_future:
        return seen
    return published
