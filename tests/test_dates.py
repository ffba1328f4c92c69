"""Date extraction: forms, periods, relative dates, spans."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.dates import extract_dates
from tracker.domain import FuzzyDate

PUBLISHED = datetime(2026, 6, 10, 14, 0, tzinfo=UTC)  # a Wednesday


def first(text: str, published: datetime = PUBLISHED) -> tuple[str, str] | None:
    found = extract_dates(text, published)
    return (found[0].date.iso(), found[0].date.precision) if found else None


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("opens Sept. 18", "2026-09-18", "day"),
        ("opens Sept 18", "2026-09-18", "day"),
        ("on September 18th", "2026-09-18", "day"),
        ("on 18 September 2026", "2026-09-18", "day"),
        ("on the 18th of September", "2026-09-18", "day"),
        ("arrives 9/18", "2026-09-18", "day"),
        ("arrives 9/18/27", "2027-09-18", "day"),
        ("June 26, 2026", "2026-06-26", "day"),
        ("June 26 2026", "2026-06-26", "day"),
        # a yearless day with its year in words
        ("from Nov. 25 of this year", "2026-11-25", "day"),
        ("by March 3 of next year", "2027-03-03", "day"),
        ("May 1 of this year", "2026-05-01", "day"),
        ("2026-09-18", "2026-09-18", "day"),
        ("Jan. 9", "2027-01-09", "day"),
        ("June 10", "2026-06-10", "day"),
        ("June 9", "2027-06-09", "day"),
        ("the weekend of Jun. 19–21", "2026-06-19", "day"),
        ("Sept. 3-7", "2026-09-03", "day"),
        ("this Friday", "2026-06-12", "day"),
        ("on Friday", "2026-06-12", "day"),
        ("Sunday night", "2026-06-14", "day"),
        ("Wednesday", "2026-06-10", "day"),
        ("next Wednesday", "2026-06-17", "day"),
        ("last Friday", "2026-06-05", "day"),
        ("tomorrow", "2026-06-11", "day"),
        ("tonight", "2026-06-10", "day"),
        ("yesterday", "2026-06-09", "day"),
        # one-day holidays
        ("opens on Christmas Day", "2026-12-25", "day"),
        ("a Boxing Day release", "2026-12-26", "day"),
        ("on Christmas Eve, 2027", "2027-12-24", "day"),
        ("New Year’s Day", "2027-01-01", "day"),
        ("New Year's Eve", "2026-12-31", "day"),
        ("for Valentine’s Day", "2027-02-14", "day"),
        ("Valentines Day 2027", "2027-02-14", "day"),
        ("a Thanksgiving Day premiere", "2026-11-26", "day"),
        ("on Thanksgiving Day 2027", "2027-11-25", "day"),
        # the day after it: not a Friday of this week
        ("opens Black Friday", "2026-11-27", "day"),
        ("on Black Friday 2027", "2027-11-26", "day"),
        ("September 2026", "2026-09-01", "month"),
        ("Sept. 2026", "2026-09-01", "month"),
        ("in September", "2026-09-01", "month"),
        ("in June", "2026-06-01", "month"),
        ("in May", "2027-05-01", "month"),
        ("by March", "2027-03-01", "month"),
        ("early October", "2026-10-01", "month"),
        ("summer 2026", "2026-06-01", "season"),
        ("Summer of 2027", "2027-06-01", "season"),
        ("this fall", "2026-09-01", "season"),
        ("in the fall", "2026-09-01", "season"),
        ("this summer", "2026-06-01", "season"),
        ("next summer", "2027-06-01", "season"),
        ("last summer", "2025-06-01", "season"),
        ("this winter", "2026-12-01", "season"),
        ("spring 2027", "2027-03-01", "season"),
        ("autumn 2026", "2026-09-01", "season"),
        ("a fall release", "2026-09-01", "season"),
        ("mid-2026", "2026-06-01", "season"),
        ("mid 2027", "2027-06-01", "season"),
        ("early 2026", "2026-01-01", "quarter"),
        ("late 2026", "2026-10-01", "quarter"),
        ("end of 2026", "2026-10-01", "quarter"),
        ("the beginning of 2027", "2027-01-01", "quarter"),
        ("early next year", "2027-01-01", "quarter"),
        ("Q3 2026", "2026-07-01", "quarter"),
        ("Q1", "2027-01-01", "quarter"),
        ("third quarter of 2026", "2026-07-01", "quarter"),
        ("second half of 2026", "2026-07-01", "half"),
        ("first half of next year", "2027-01-01", "half"),
        ("second-half 2027", "2027-07-01", "half"),
        ("H2 2026", "2026-07-01", "half"),
        ("2027", "2027-01-01", "year"),
        ("in 2027", "2027-01-01", "year"),
        ("next year", "2027-01-01", "year"),
        ("this year", "2026-01-01", "year"),
        ("Sets November Premiere", "2026-11-01", "month"),
        ("eyes an August release", "2026-08-01", "month"),
        ("a May theatrical release", "2027-05-01", "month"),
        # the holiday season is the year's last quarter
        ("due this holiday season", "2026-10-01", "quarter"),
        ("arrives this holiday", "2026-10-01", "quarter"),
        ("in time for the holiday season", "2026-10-01", "quarter"),
        ("for holiday season 2027", "2027-10-01", "quarter"),
    ],
)
def test_forms(text: str, iso: str, precision: str) -> None:
    assert first(text) == (iso, precision)


@pytest.mark.parametrize(
    "text",
    [
        "you may go now",
        "they march on",
        "24/7 coverage",
        "a holiday movie marathon",
        "a Christmas movie",
        "New York",
        "a boxing match",
        "this holiday weekend",
        "over the holidays",
        "the holiday box office",
        "rated 8/10",
        # a night's block, not a coming Thursday
        "anchors the Thursday comedy block",
        "joins the Sunday lineup",
        # a TV timeslot in Eastern and Central time, not Oct. 9 or Aug. 7
        "a two-episode premiere at 10/9c",
        "Sundays at 8/7 Central",
        "a Rare Summer Comedy",
        "the 1946 film",
        "2,026 fans",
        "$2026 budget",
        "Season 3",
        "Top 10",
        "No. 1",
        "$160 million",
        "February 30",
        "may release soon",
        "August heat wave",
        "read it in USA Today",
        # a season as a hyphenated modifier names a kind of thing
        "where the Summer-Camp Comedy returns",
        "the summer-camp comedy",
        "a winter-break romance",
    ],
)
def test_not_dates(text: str) -> None:
    assert extract_dates(text, PUBLISHED) == []


def test_spans_point_at_the_words() -> None:
    text = "Delayed from Sept. 18 to Oct. 2, 2026, then mid-2027."
    found = extract_dates(text, PUBLISHED)
    assert [text[d.start : d.end] for d in found] == [d.text for d in found]
    assert [(d.date.iso(), d.date.precision) for d in found] == [
        ("2026-09-18", "day"),
        ("2026-10-02", "day"),
        ("2027-06-01", "season"),
    ]
    assert [d.relative for d in found] == [True, False, False]


def test_a_date_without_year_is_on_or_after_the_published_day() -> None:
    late = datetime(2026, 12, 20, tzinfo=UTC)
    assert first("Jan. 4", late) == ("2027-01-04", "day")
    assert first("December 20", late) == ("2026-12-20", "day")
    assert first("this fall", datetime(2026, 10, 15, tzinfo=UTC)) == ("2026-09-01", "season")
    assert first("next fall", datetime(2026, 10, 15, tzinfo=UTC)) == ("2027-09-01", "season")


MONTH_WORDS = re.compile(
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d|today|tonight|tomorrow|yesterday|"
    r"day|spring|summer|fall|autumn|winter|year|q\d|half|quarter|mid",
    re.I,
)
PIECES = [
    *"abcxyz 0123456789.,;:/-–",
    "Sept. ",
    "September ",
    "June ",
    "May ",
    "18",
    "2026",
    "2027",
    "9/18",
    "this ",
    "next ",
    "last ",
    "Friday",
    "Sunday night",
    "summer",
    "fall",
    "mid-",
    "early ",
    "late ",
    "Q3 ",
    "second half of ",
    "tomorrow",
    " in ",
    "year",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=120)


@settings(max_examples=400, deadline=None)
@given(text=TEXT, offset=st.integers(min_value=-2000, max_value=2000))
def test_dates_are_plausible_and_come_from_their_words(text: str, offset: int) -> None:
    published = PUBLISHED + timedelta(days=offset)
    for d in extract_dates(text, published):
        assert isinstance(d.date, FuzzyDate)
        assert published.year - 5 <= d.date.day.year <= published.year + 10
        assert text[d.start : d.end] == d.text
        assert MONTH_WORDS.search(d.text)
        if d.date.precision == "day" and not d.relative:
            assert str(d.date.day.day) in d.text
        if d.date.precision in ("month", "season", "quarter", "half"):
            assert d.date.day.day == 1
        if d.date.precision == "year":
            assert d.date.day == date(d.date.day.year, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day range gives its first day; a numeric date after "to" is a date of its own
        ("screens June 19-21", [("2026-06-19", "day")]),
        ("runs Sept. 3 through 5", [("2026-09-03", "day")]),
        ("from August 21 to 8/14", [("2026-08-21", "day"), ("2026-08-14", "day")]),
        ("moved from Oct. 2 to 9/25", [("2026-10-02", "day"), ("2026-09-25", "day")]),
        ("Nov. 6 through 11/13", [("2026-11-06", "day"), ("2026-11-13", "day")]),
    ],
)
def test_a_range_and_a_numeric_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.date.iso(), d.date.precision) for d in extract_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("in cinemas Friday, October 2", "2026-10-02"),
        ("moved to Thursday, Dec. 17", "2026-12-17"),
    ],
)
def test_a_weekday_before_a_date_is_one_mention(text: str, iso: str) -> None:
    found = extract_dates(text, PUBLISHED)
    assert [(d.date.iso(), d.date.precision) for d in found] == [(iso, "day")]
    assert found[0].text.split()[0].rstrip(",") in ("Friday", "Thursday")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month after "for" is a month; a day after it stays a day
        ("sets season 2 for April", ("2027-04-01", "month")),
        ("dated for October, the studio said", ("2026-10-01", "month")),
        ("release date confirmed for April 22nd", ("2027-04-22", "day")),
        ("confirmed for Oct. 3rd", ("2026-10-03", "day")),
        ("for May 5", ("2027-05-05", "day")),
        # "to" a month ends a move; the verbs "to march", "to may" are no month
        ("moves the show to November", ("2026-11-01", "month")),
        ("pushed back to March", ("2027-03-01", "month")),
        ("fans plan to march on the studio", None),
        ("hopes to may be", None),
        ("Is Set to March Into Theaters Next Summer", ("2027-06-01", "season")),
        ("set to March Across Screens", None),
        ("Pushed to May Ahead of a Clash", ("2027-05-01", "month")),
        ("moved to Oct. 2", ("2026-10-02", "day")),
        # the verb "may" is no month
        ("good news for may be coming", None),
        # "of the summer" is a category; "in the summer", "end of summer 2026" are dates
        ("the scariest movie of the summer", None),
        ("the biggest hit of the fall so far", None),
        ("arrives in the summer", ("2026-06-01", "season")),
        ("by the end of summer 2026", ("2026-06-01", "season")),
    ],
)
def test_for_a_month_and_of_the_season(text: str, expected: tuple[str, str] | None) -> None:
    assert first(text) == expected
