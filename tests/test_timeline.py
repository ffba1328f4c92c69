"""The timeline fold: which observations are real changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain import STATUSES, TRAILER_VARIANTS, FuzzyDate, Observation
from tracker.timeline import MilestoneState, fold, period_end, within

T0 = datetime(2026, 6, 1, 12, tzinfo=UTC)
HOUR = timedelta(hours=1)


def day(y: int, m: int, d: int) -> FuzzyDate:
    return FuzzyDate(date(y, m, d), "day")


def obs(milestone: str, status: str, when: FuzzyDate | None = None, **kw: object) -> Observation:
    return Observation("p", milestone, status, when, **kw)  # type: ignore[arg-type]


def run(*items: tuple[Observation, int]) -> list[tuple[str, str, str | None, str | None]]:
    """Fold (observation, hours after T0) pairs; return (status, date, variant, prev date)."""
    _, changes = fold({}, [(o, T0 + timedelta(hours=h)) for o, h in items])
    return [
        (
            c.after.status,
            c.after.date.iso() if c.after.date else None,
            c.after.variant,
            c.before.date.iso() if c.before and c.before.date else None,
        )
        for c in changes
    ]


def test_trailer_expected_then_released_then_later_variant() -> None:
    assert run(
        (obs("trailer", "expected", FuzzyDate(date(2026, 6, 1), "season")), 0),
        (obs("trailer", "released", variant="teaser"), 1),
        (obs("trailer", "released", variant="teaser"), 2),  # more coverage: no event
        (obs("trailer", "released", variant="trailer"), 3),
        (obs("trailer", "released", variant="teaser"), 4),  # earlier variant: old news
        (obs("trailer", "expected"), 5),  # backwards: ignored
        (obs("trailer", "released", variant="final"), 6),
    ) == [
        ("expected", "2026-06-01", None, None),
        ("released", "2026-06-01", "teaser", "2026-06-01"),
        ("released", "2026-06-01", "trailer", "2026-06-01"),
        ("released", "2026-06-01", "final", "2026-06-01"),
    ]


def test_ten_articles_about_one_trailer_are_one_event() -> None:
    assert len(run(*[(obs("trailer", "released", variant="teaser"), h) for h in range(10)])) == 1


def test_release_date_expected_announced_moved() -> None:
    assert run(
        (obs("release_date", "expected", FuzzyDate(date(2026, 1, 1), "year")), 0),
        (obs("release_date", "announced", day(2026, 9, 18)), 1),
        (obs("release_date", "announced", day(2026, 9, 18)), 2),
        (obs("release_date", "announced", day(2026, 10, 2)), 3),
    ) == [
        ("expected", "2026-01-01", None, None),
        ("announced", "2026-09-18", None, "2026-01-01"),
        ("announced", "2026-10-02", None, "2026-09-18"),
    ]


def test_vaguer_report_never_replaces_a_precise_date() -> None:
    assert run(
        (obs("release_date", "announced", day(2026, 9, 18)), 0),
        (obs("release_date", "expected", FuzzyDate(date(2026, 9, 1), "season")), 1),
        (obs("release_date", "announced", FuzzyDate(date(2026, 9, 1), "month")), 2),
        (obs("release_date", "expected", FuzzyDate(date(2026, 1, 1), "year")), 3),
    ) == [("announced", "2026-09-18", None, None)]


def test_stated_move_to_a_vaguer_date_is_a_change() -> None:
    assert run(
        (obs("release_date", "announced", day(2026, 9, 18)), 0),
        (obs("release_date", "expected", FuzzyDate(date(2027, 1, 1), "year"), moved=True), 1),
    ) == [
        ("announced", "2026-09-18", None, None),
        ("expected", "2027-01-01", None, "2026-09-18"),
    ]


def test_refinement_inside_the_known_period() -> None:
    assert run(
        (obs("release_date", "expected", FuzzyDate(date(2026, 9, 1), "season")), 0),
        (obs("release_date", "expected", FuzzyDate(date(2026, 10, 1), "month")), 1),
    ) == [
        ("expected", "2026-09-01", None, None),
        ("expected", "2026-10-01", None, "2026-09-01"),
    ]


def test_older_entry_arriving_late_never_overrides_newer_state() -> None:
    newer = {("p", "release_date"): MilestoneState("announced", day(2026, 10, 2), None, T0)}
    late = [(obs("release_date", "announced", day(2026, 9, 18)), T0 - timedelta(days=3))]
    assert fold(newer, late) == (newer, [])
    later = [(obs("release_date", "announced", day(2026, 11, 6)), T0 + timedelta(days=3))]
    assert len(fold(newer, later)[1]) == 1


def test_fold_orders_by_report_time_not_arrival() -> None:
    assert run(
        (obs("trailer", "released", variant="teaser"), 5),
        (obs("trailer", "expected"), 1),
    ) == [("expected", None, None, None), ("released", None, "teaser", None)]


def test_other_kinds_move_forward_once() -> None:
    assert run(
        (obs("production", "filming"), 0),
        (obs("production", "wrapped"), 1),
        (obs("production", "filming"), 2),
        (obs("premiere", "announced", day(2026, 9, 5)), 3),
        (obs("premiere", "held"), 4),
        (obs("release", "released"), 5),
        (obs("release", "released"), 6),
    ) == [
        ("filming", None, None, None),
        ("wrapped", None, None, None),
        ("announced", "2026-09-05", None, None),
        ("held", "2026-09-05", None, "2026-09-05"),
        ("released", None, None, None),
    ]


def test_a_date_reported_after_the_release_is_another_window_not_a_move() -> None:
    assert run(
        (obs("release_date", "announced", day(2026, 9, 18)), 0),
        (obs("release", "released"), 5),  # "opens to $40 million"
        (obs("release_date", "announced", day(2026, 11, 3)), 9),  # "on digital Nov. 3"
        (obs("release_date", "expected", FuzzyDate(date(2027, 1, 1), "quarter")), 10),
        (obs("release_date", "announced", day(2026, 12, 1), moved=True), 11),
    ) == [
        ("announced", "2026-09-18", None, None),
        ("released", None, None, None),
    ]


def test_a_date_in_the_release_report_itself_still_counts() -> None:
    assert run(
        (obs("release", "released"), 0),
        (obs("release_date", "announced", day(2026, 5, 29)), 0),  # the same entry
    ) == [("released", None, None, None), ("announced", "2026-05-29", None, None)]


def test_a_stored_release_holds_back_later_dates_but_not_earlier_reports() -> None:
    out = {("p", "release"): MilestoneState("released", None, None, T0)}
    _, later = fold(out, [(obs("release_date", "announced", day(2026, 8, 1)), T0 + HOUR)])
    _, earlier = fold(out, [(obs("release_date", "announced", day(2026, 5, 29)), T0 - HOUR)])
    assert later == []
    assert [c.after.date for c in earlier] == [day(2026, 5, 29)]


def test_another_production_s_release_holds_back_nothing() -> None:
    out = {("q", "release"): MilestoneState("released", None, None, T0)}
    _, changes = fold(out, [(obs("release_date", "announced", day(2026, 8, 1)), T0 + HOUR)])
    assert len(changes) == 1


def test_existing_state_is_respected() -> None:
    state = {("p", "trailer"): MilestoneState("released", None, "trailer", T0)}
    _, changes = fold(state, [(obs("trailer", "released", variant="teaser"), T0)])
    assert changes == []


@pytest.mark.parametrize(
    ("value", "end"),
    [
        (day(2026, 9, 18), date(2026, 9, 18)),
        (FuzzyDate(date(2026, 2, 1), "month"), date(2026, 2, 28)),
        (FuzzyDate(date(2026, 12, 1), "season"), date(2027, 2, 28)),
        (FuzzyDate(date(2026, 10, 1), "quarter"), date(2026, 12, 31)),
        (FuzzyDate(date(2026, 7, 1), "half"), date(2026, 12, 31)),
        (FuzzyDate(date(2026, 1, 1), "year"), date(2026, 12, 31)),
    ],
)
def test_period_end(value: FuzzyDate, end: date) -> None:
    assert period_end(value) == end
    assert within(value, value)


fuzzy = st.builds(
    FuzzyDate,
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 1)).map(
        lambda d: d.replace(day=1)
    ),
    st.sampled_from(["day", "month", "season", "quarter", "half", "year"]),
)


@st.composite
def observation(draw: st.DrawFn) -> tuple[Observation, datetime]:
    milestone = draw(st.sampled_from(sorted(STATUSES)))
    status = draw(st.sampled_from(STATUSES[milestone]))
    variant = draw(st.sampled_from((None, *TRAILER_VARIANTS))) if milestone == "trailer" else None
    at = T0 + timedelta(hours=draw(st.integers(0, 1000)))
    return obs(
        milestone, status, draw(st.none() | fuzzy), variant=variant, moved=draw(st.booleans())
    ), at


@given(st.lists(observation(), max_size=30))
def test_fold_is_idempotent_and_every_change_is_real(
    items: list[tuple[Observation, datetime]],
) -> None:
    states, changes = fold({}, items)
    assert all(c.before != c.after for c in changes)
    again, more = fold(states, items)  # the same news again changes nothing
    assert more == [] and again == states


@given(st.lists(observation(), max_size=30))
def test_no_release_date_changes_after_the_release_is_reported(
    items: list[tuple[Observation, datetime]],
) -> None:
    _, changes = fold({}, items)
    out = [items[c.index][1] for c in changes if c.milestone == "release"]
    for c in changes:
        if c.milestone == "release_date" and out:
            assert items[c.index][1] <= out[0]
