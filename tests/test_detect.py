"""Milestone detection on trade-press phrasings written for these tests.

Every phrase here is written for made-up productions (and for "Good Sex", the film the
design notes use as the ambiguous example); none is copied from the evaluation data.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import cues
from tracker.detect import detect, explain
from tracker.domain import Entry, FuzzyDate, ProductionSpec
from tracker.match import Matcher

PUBLISHED = datetime(2026, 6, 10, 14, 0, tzinfo=UTC)  # a Wednesday

SPECS = [
    ProductionSpec(id="lantern", title="The Lantern Keeper", context=("Searchlight", "Mara Quell")),
    ProductionSpec(id="drift", title="Orbital Drift", context=("Universal", "Theo Vance")),
    ProductionSpec(
        id="velvet-s2",
        title="Velvet Hours",
        kind="series",
        season=2,
        context=("HBO", "Ines Marlow"),
    ),
    ProductionSpec(
        id="velvet-s3",
        title="Velvet Hours",
        kind="series",
        season=3,
        context=("HBO", "Ines Marlow"),
    ),
    ProductionSpec(
        id="gravewater", title="Gravewater", kind="series", season=1, context=("Netflix",)
    ),
    ProductionSpec(id="silver", title="Silver", context=("A24", "Daniel Okafor")),
    ProductionSpec(
        id="good-sex", title="Good Sex", context=("Netflix", "Natalie Portman", "Lena Dunham")
    ),
    ProductionSpec(id="harbor-2", title="Harbor Lights 2", context=("Paramount",)),
    ProductionSpec(
        id="kingdom",
        title="Pale Kingdom",
        exclude=("Pale Kingdom: The Game",),
        context=("Lionsgate",),
    ),
    ProductionSpec(id="brass", title="The Brass Orchard", milestones=frozenset({"trailer"})),
    ProductionSpec(
        id="monday", title="Monday", kind="series", season=1, context=("Hulu", "Rhea Sol")
    ),
]
MATCHER = Matcher(SPECS)

FILMS = ["The Lantern Keeper", "Orbital Drift", "Pale Kingdom"]
FILM_IDS = {"The Lantern Keeper": "lantern", "Orbital Drift": "drift", "Pale Kingdom": "kingdom"}


def entry(title: str, summary: str = "", published: datetime | None = PUBLISHED) -> Entry:
    return Entry(
        id="t", title=title, link="https://example.invalid/a", summary=summary, published=published
    )


def found(title: str, summary: str = "") -> set[tuple[str, str, str]]:
    return {
        (o.production, o.milestone, o.status)
        for o in detect(entry(title, summary), MATCHER, PUBLISHED)
    }


def one(title: str, summary: str, production: str, milestone: str):  # type: ignore[no-untyped-def]
    obs = [
        o
        for o in detect(entry(title, summary), MATCHER, PUBLISHED)
        if o.production == production and o.milestone == milestone
    ]
    assert len(obs) == 1, obs
    return obs[0]


def cases(templates: list[str], titles: list[str] = FILMS) -> list[tuple[str, str]]:
    return [(t.format(T=title), FILM_IDS[title]) for t in templates for title in titles]


# ---------------------------------------------------------------- trailer

TRAILER_RELEASED = [
    "Searchlight Drops First Trailer for ‘{T}’",
    "‘{T}’ Trailer: A Lighthouse, a Ghost and a Very Long Night",
    "Watch the First Teaser for {T}",
    "{T} | Official Trailer | Searchlight Pictures",
    "{T} - Official Teaser Trailer (2026)",
    "‘{T}’ Unveils Final Trailer Ahead of Its Festival Run",
    "First Look: The Coast Turns Sinister in the ‘{T}’ Teaser",
    "{T}’s New Trailer Hints at a Darker Second Act",
    "Here’s the Trailer for ‘{T}’",
    "The ‘{T}’ Teaser Is Here, and It Is Eerie",
    "‘{T}’ Trailer Is Finally Here",
    "Exclusive: ‘{T}’ First Look Teaser Reveals the Island",
    "‘{T}’ Gets a Full Trailer",
    "New ‘{T}’ Trailer Reveals the Storm",
    "The Studio Released the Official Trailer for ‘{T}’ on Tuesday",
    "‘{T}’: Official Teaser | Now Playing Only in Theaters",
    "Trailer Watch: ‘{T}’ Brings the Dread",
    "‘{T}’ Launches Red-Band Trailer",
]


@pytest.mark.parametrize(("title", "pid"), cases(TRAILER_RELEASED))
def test_trailer_released(title: str, pid: str) -> None:
    assert (pid, "trailer", "released") in found(title)
    assert (pid, "trailer", "expected") not in found(title)


TRAILER_EXPECTED = [
    "Expect a Teaser for ‘{T}’ by Mid-2026",
    "‘{T}’ Trailer Coming Soon, Director Says",
    "The Studio Will Release the First ‘{T}’ Trailer Next Week",
    "‘{T}’ Teaser Reportedly Attached to Summer Screenings",
    "Fans Are Still Waiting for a ‘{T}’ Trailer",
    "No Trailer Yet for ‘{T}’, but One Is Promised",
    "‘{T}’ Trailer Set to Debut at Comic-Con",
    "The first trailer for {T} is expected later this summer",
]


@pytest.mark.parametrize(("title", "pid"), cases(TRAILER_EXPECTED))
def test_trailer_expected(title: str, pid: str) -> None:
    got = found(title)
    assert (pid, "trailer", "expected") in got
    assert (pid, "trailer", "released") not in got
    assert not any(k == "premiere" for _, k, _ in got)


@pytest.mark.parametrize(
    ("title", "variant"),
    [
        ("‘Orbital Drift’ Final Trailer Lands", "final"),
        ("Orbital Drift | Official Teaser", "teaser"),
        ("‘Orbital Drift’ Teaser Trailer Arrives", "teaser"),
        ("‘Orbital Drift’ Trailer Arrives", "trailer"),
        ("Universal Shares a First Look Video From ‘Orbital Drift’", "teaser"),
        ("Watch the Sneak Peek of ‘Orbital Drift’", "teaser"),
    ],
)
def test_trailer_variant(title: str, variant: str) -> None:
    assert one(title, "", "drift", "trailer").variant == variant


def test_a_first_look_at_photos_is_not_a_trailer() -> None:
    assert found("Theo Vance Suits Up in First Look at ‘Orbital Drift’") == set()


def test_youtube_style_season_trailer() -> None:
    assert found("Velvet Hours: Season 2 | Official Teaser | HBO") == {
        ("velvet-s2", "trailer", "released")
    }


# ---------------------------------------------------------------- release_date

RELEASE_DATE_ANNOUNCED = [
    ("‘{T}’ Sets Sept. 18 Release Date", "2026-09-18", "day"),
    ("{T} Will Hit Theaters on October 2, 2026", "2026-10-02", "day"),
    ("‘{T}’ Arrives in Theaters June 26", "2026-06-26", "day"),
    ("The Studio Will Release {T} on 9/18", "2026-09-18", "day"),
    ("{T} Opens in Theaters Nationwide on Friday", "2026-06-12", "day"),
    ("‘{T}’ Lands December 25 Release Date", "2026-12-25", "day"),
    ("‘{T}’: August 14 Release Date Revealed", "2026-08-14", "day"),
    ("‘{T}’ Will Come Out 14 August 2026", "2026-08-14", "day"),
    ("‘{T}’ Gets a Release Date of April 3, 2027", "2027-04-03", "day"),
    ("‘{T}’ Heads to Theaters Sept. 18 After Festival Run", "2026-09-18", "day"),
]


@pytest.mark.parametrize(
    ("title", "pid", "iso", "precision"),
    [
        (t.format(T=name), FILM_IDS[name], iso, p)
        for t, iso, p in RELEASE_DATE_ANNOUNCED
        for name in FILMS
    ],
)
def test_release_date_announced(title: str, pid: str, iso: str, precision: str) -> None:
    o = one(title, "", pid, "release_date")
    assert (o.status, o.date) == ("announced", FuzzyDate(date.fromisoformat(iso), precision))  # type: ignore[arg-type]


RELEASE_DATE_NO_DATE = [
    "‘{T}’ Release Date Revealed",
    "‘{T}’ Gets a Release Date",
    "Searchlight Sets Release Date for ‘{T}’",
    "‘{T}’ Finally Has a Premiere Date",
]


@pytest.mark.parametrize(("title", "pid"), cases(RELEASE_DATE_NO_DATE))
def test_release_date_announced_without_a_date(title: str, pid: str) -> None:
    o = one(title, "", pid, "release_date")
    assert (o.status, o.date) == ("announced", None)


RELEASE_DATE_EXPECTED = [
    ("‘{T}’ Eyes Summer 2027 Release", "2027-06-01", "season"),
    ("{T} Is Expected to Arrive in Late 2026", "2026-10-01", "quarter"),
    ("‘{T}’ Set for Fall Release", "2026-09-01", "season"),
    ("{T} Will Debut in 2027", "2027-01-01", "year"),
    ("‘{T}’ Could Land in Theaters This Fall", "2026-09-01", "season"),
    ("‘{T}’ Targets a Second-Half 2027 Debut", "2027-07-01", "half"),
    ("‘{T}’ Is Coming in Early 2027", "2027-01-01", "quarter"),
    ("Rumor: ‘{T}’ Heads to Theaters September 18", "2026-09-18", "day"),
    ("‘{T}’ Release Date: Will It Arrive Before Christmas 2026?", None, None),
    # a month alone is no set date (design.md): expected, with month precision
    ("‘{T}’ Is Slated for a March 2027 Release", "2027-03-01", "month"),
    ("‘{T}’ Dated for November 2026", "2026-11-01", "month"),
    ("Studio Postpones ‘{T}’ to February 2027", "2027-02-01", "month"),
    # "will hit" is no past verb: the coming season, not last year's
    ("{T} Will Hit Theaters This Fall", "2026-09-01", "season"),
    ("{T} Will Hit Theaters Next Summer", "2027-06-01", "season"),
]


@pytest.mark.parametrize(
    ("title", "pid", "iso", "precision"),
    [
        (t.format(T=name), FILM_IDS[name], iso, p)
        for t, iso, p in RELEASE_DATE_EXPECTED
        for name in FILMS
    ],
)
def test_release_date_expected(
    title: str, pid: str, iso: str | None, precision: str | None
) -> None:
    got = [o for o in detect(entry(title), MATCHER, PUBLISHED) if o.production == pid]
    dates = [o for o in got if o.milestone == "release_date"]
    if iso is None:
        assert all(o.status != "announced" for o in dates)
        return
    assert len(dates) == 1, got
    o = dates[0]
    assert (o.status, o.date) == ("expected", FuzzyDate(date.fromisoformat(iso), precision))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("title", "iso", "previous", "status"),
    [
        ("‘Orbital Drift’ Moves From Sept. 18 to Oct. 2", "2026-10-02", "2026-09-18", "announced"),
        ("Universal Pushes ‘Orbital Drift’ to Summer 2027", "2027-06-01", None, "expected"),
        ("‘Orbital Drift’ Delayed to 2027", "2027-01-01", None, "expected"),
        ("‘Orbital Drift’ Moves Up a Week to Sept. 11", "2026-09-11", None, "announced"),
        (
            "‘Orbital Drift’, Once Set for Sept. 18, Moves Up a Week",
            "2026-09-11",
            "2026-09-18",
            "announced",
        ),
        ("‘Orbital Drift’ Delayed Indefinitely", None, None, "expected"),
        (
            "Universal Shifts ‘Orbital Drift’ Release to March 5, 2027",
            "2027-03-05",
            None,
            "announced",
        ),
    ],
)
def test_release_date_moves(title: str, iso: str | None, previous: str | None, status: str) -> None:
    o = one(title, "", "drift", "release_date")
    assert o.status == status
    assert o.moved
    assert (o.date.iso() if o.date else None) == iso
    assert (o.previous_date.iso() if o.previous_date else None) == previous


def test_release_date_in_a_video_title() -> None:
    got = {
        (o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(
            entry("Gravewater | Official Teaser | Netflix | July 4"), MATCHER, PUBLISHED
        )
    }
    assert got == {("trailer", "released", None), ("release_date", "announced", "2026-07-04")}


def test_release_date_restated_in_a_review() -> None:
    o = one(
        "‘The Lantern Keeper’ Review: A Haunting Coastal Fable",
        "The film opens in theaters June 26.",
        "lantern",
        "release_date",
    )
    assert (o.status, o.date and o.date.iso()) == ("announced", "2026-06-26")


def test_series_premiere_date_is_a_release_date() -> None:
    o = one(
        "Velvet Hours Season 2 Premiere Date Set for January 9", "", "velvet-s2", "release_date"
    )
    assert (o.status, o.date and o.date.iso()) == ("announced", "2027-01-09")
    assert not [
        x
        for x in detect(
            entry("Velvet Hours Season 2 Premiere Date Set for January 9"), MATCHER, PUBLISHED
        )
        if x.milestone == "premiere"
    ]


def test_relative_dates_count_from_the_published_day() -> None:
    o = one("‘Orbital Drift’ Hits Theaters This Friday", "", "drift", "release_date")
    assert o.date == FuzzyDate(date(2026, 6, 12), "day")
    later = detect(
        entry(
            "‘Orbital Drift’ Hits Theaters This Friday", published=datetime(2026, 7, 1, tzinfo=UTC)
        ),
        MATCHER,
        PUBLISHED,
    )
    assert [x.date for x in later if x.milestone == "release_date"] == [
        FuzzyDate(date(2026, 7, 3), "day")
    ]


def test_now_stands_in_for_a_missing_published_time() -> None:
    now = datetime(2026, 1, 5, tzinfo=UTC)
    obs = detect(entry("‘Orbital Drift’ Arrives in Theaters March 6", published=None), MATCHER, now)
    assert [o.date for o in obs] == [FuzzyDate(date(2026, 3, 6), "day")]


# ---------------------------------------------------------------- release

RELEASED_FILM = [
    "‘{T}’ Tops Box Office With $48 Million Debut",
    "Box Office: ‘{T}’ Opens to $31M, Beating Projections",
    "{T} Crossed $500 Million Worldwide Over the Weekend",
    "‘{T}’ Is Now Streaming on Hulu",
    "{T} Is Out Now: Here’s What Critics Are Saying",
    "Weekend Box Office: ‘{T}’ Leads a Sluggish Frame",
    "‘{T}’ Opens This Weekend in 3,000 Theaters",
    "‘{T}’ Bombs at the Box Office",
    "‘{T}’ Dominates Global Box Office in Second Weekend",
    "{T} Earned $12.4 Million in Its Opening Weekend",
    "‘{T}’ Draws 42 Million Views in First Week on Netflix",
    "‘{T}’ Ending Explained: Who Survives the Storm?",
    "{T} Soars to No. 1 on Netflix Top 10",
    "‘{T}’ Holds No. 1 Spot at U.K. Box Office",
    "‘{T}’ Stumbles With Soft $9M Opening",
    "Korea Box Office: ‘{T}’ Stays on Top for Third Weekend",
    "‘{T}’ Flops, Leaving the Studio With Questions",
    "‘{T}’ Nears $200M Domestic",
    "{T} Is Now Playing in Theaters Everywhere",
    "‘{T}’ Posts Best Tuesday of the Year With $11M",
]


@pytest.mark.parametrize(("title", "pid"), cases(RELEASED_FILM))
def test_release_released(title: str, pid: str) -> None:
    assert (pid, "release", "released") in found(title)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "The studio's big bet",
            "Universal's ‘Orbital Drift’ grossed $62 million in its first three days in theaters.",
        ),
        (
            "Weekend report",
            "Orbital Drift debuted at No. 1 at the domestic box office with $40 million.",
        ),
        (
            "What to watch",
            "‘Orbital Drift’ landed on Netflix last Friday and climbed to the top of the chart.",
        ),
        ("Orbital Drift is here", "Universal's space thriller Orbital Drift is here."),
        (
            "Following the release of Universal's latest film, ‘Orbital Drift’, fans asked more",
            "",
        ),
    ],
)
def test_release_released_in_prose(title: str, summary: str) -> None:
    assert ("drift", "release", "released") in found(title, summary)


RELEASED_SERIES = [
    "‘Velvet Hours’ Season 2 Premiere Recap: Old Debts",
    "Velvet Hours Season 2, Episode 3 Recap: The Ledger",
    "‘Velvet Hours’ Season 2 Debuts to 6 Million Viewers",
    "HBO’s Velvet Hours Kicks Off Its Second Season With a Bang",
    "Everything We Learned After the Velvet Hours Season 2 Premiere",
    "‘Velvet Hours’ Season 2 Is Now Streaming on Max",
    # ratings of what aired, and a post-mortem of its ending
    "‘Velvet Hours’ Season 2 Premiere Ratings Up 12% Over Last Year",
    "Velvet Hours Season 2 ratings dipped for the second week running",
    "Velvet Hours season 2 finale: Ines Marlow breaks down that ending",
    "Ines Marlow Breaks Down the Velvet Hours Season 2 Finale Twist",
]
#: not a result: a ratings board, a person breaking down, a trailer broken down
NOT_RELEASED_SERIES = [
    "Velvet Hours Season 2 Gets Its Ratings Board Certificate",
    "Ines Marlow broke down in tears filming Velvet Hours Season 2",
    "Will Velvet Hours Season 2 Ratings Be Up? HBO Hopes So",
]


@pytest.mark.parametrize("title", RELEASED_SERIES)
def test_season_released(title: str) -> None:
    got = found(title)
    assert ("velvet-s2", "release", "released") in got
    assert not any(p == "velvet-s3" for p, _, _ in got)


@pytest.mark.parametrize("title", NOT_RELEASED_SERIES)
def test_season_not_released(title: str) -> None:
    assert ("velvet-s2", "release", "released") not in found(title)


NOT_A_RELEASE = [
    "‘{T}’ Review: A Haunting Coastal Fable",
    "{T} review – a bold, messy ghost story",
    "Critics Are Divided on ‘{T}’",
    "‘{T}’ First Reviews: A Chilling Triumph",
    "‘{T}’ Faces a Box Office Test This Weekend",
    "Box Office Preview: Can ‘{T}’ Open to $50M?",
    "‘{T}’ Is Tracking for a $40M Opening",
    "‘{T}’ Could Top the Box Office This Weekend",
    "Will ‘{T}’ Be Streaming Soon?",
    "How ‘{T}’ Spent Its $90 Million Budget",
    "Mara Quell Was Paid $10 Million for ‘{T}’",
    "The Cast of ‘{T}’ on Fear, Fog and Friendship",
    "‘{T}’ Director Talks Sequel Plans",
]


@pytest.mark.parametrize(("title", "pid"), cases(NOT_A_RELEASE))
def test_not_a_release(title: str, pid: str) -> None:
    assert (pid, "release", "released") not in found(title)


def test_tv_season_that_has_not_aired() -> None:
    assert found("What to Know Before the Velvet Hours Season 2 Premiere") == set()
    assert found("You Can Watch the Velvet Hours Season 2 Premiere Free on Max") == set()


# ---------------------------------------------------------------- premiere

PREMIERE_HELD = [
    "‘{T}’ Premieres at Venice to Eight-Minute Standing Ovation",
    "Mara Quell Dazzles at the ‘{T}’ World Premiere",
    "Inside the {T} Los Angeles Premiere",
    "‘{T}’ World Premiere: Cast Reunites in London",
    "Stars Turn Out for the Premiere of ‘{T}’ in New York",
    "Theo Vance Hits the Red Carpet for ‘{T}’",
    "Sundance Opens With ‘{T}’",
    "‘{T}’ Debuted at Cannes to Rapturous Applause",
]


@pytest.mark.parametrize(("title", "pid"), cases(PREMIERE_HELD))
def test_premiere_held(title: str, pid: str) -> None:
    got = found(title)
    assert (pid, "premiere", "held") in got
    assert (pid, "release", "released") not in got


PREMIERE_ANNOUNCED = [
    "‘{T}’ to World Premiere at Toronto Film Festival",
    "‘{T}’ Will Open the Berlin Film Festival",
    "{T} Will Have Its World Premiere at Sundance in January",
    "Venice Lineup: ‘{T}’ Among Films Set to Premiere",
    "Cannes Selects ‘{T}’ for Competition",
    "‘{T}’ Set to Close Tribeca Festival",
]


@pytest.mark.parametrize(("title", "pid"), cases(PREMIERE_ANNOUNCED))
def test_premiere_announced(title: str, pid: str) -> None:
    got = found(title)
    assert (pid, "premiere", "announced") in got
    assert (pid, "premiere", "held") not in got


# ---------------------------------------------------------------- production

WRAPPED = [
    "Filming Wraps on ‘{T}’",
    "‘{T}’ Wraps Production in Belfast",
    "That’s a Wrap on ‘{T}’, Star Announces",
    "Production Has Wrapped on {T}",
    "‘{T}’ Completes Principal Photography",
]
FILMING = [
    "Cameras Are Rolling on ‘{T}’",
    "‘{T}’ Begins Filming in Budapest",
    "Production Is Underway on {T}",
    "‘{T}’ Starts Shooting in Morocco",
    "{T} Is Now Filming in Atlanta",
    "{T} Is Nearing the End of Its Shoot in Budapest",
    "Theo Vance Says {T} Is Halfway Through Filming",
    "Cameras Roll in Galway as {T} Takes Over a Harbour Town",
    "Ines Marlow Seen on Set of ‘{T}’ in Budapest",
]
NOT_PRODUCTION = [
    "Cameras Will Roll on ‘{T}’ in the Spring",
    "Ines Marlow Recalls the Set of ‘{T}’",
    "Ines Marlow Seen on Set With Her ‘{T}’ Co-Star",
    "‘{T}’ Will Begin Filming in the Spring",
    "‘{T}’ Set to Start Shooting in March",
    "Post-Production on {T} Is Moving Along",
    "{T} Is Expected to Wrap Filming Next Month",
    "‘{T}’ Production Company Signs First-Look Deal",
    "‘{T}’ Will Start Filming Near the End of the Year",
]


@pytest.mark.parametrize(("title", "pid"), cases(WRAPPED))
def test_production_wrapped(title: str, pid: str) -> None:
    assert (pid, "production", "wrapped") in found(title)


@pytest.mark.parametrize(("title", "pid"), cases(FILMING))
def test_production_filming(title: str, pid: str) -> None:
    assert (pid, "production", "filming") in found(title)


@pytest.mark.parametrize(("title", "pid"), cases(NOT_PRODUCTION))
def test_not_production(title: str, pid: str) -> None:
    assert not [k for p, k, _ in found(title) if p == pid and k == "production"]


# ---------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("‘The Lantern Keeper’ Star Mara Quell Joins ‘Orbital Drift’ Cast", "", set()),
        (
            "Like ‘Orbital Drift’ Before It, ‘The Lantern Keeper’ Tops the Box Office",
            "",
            {("lantern", "release", "released")},
        ),
        ("‘Babygirl’ Trailer Is Out, and Fans of ‘The Lantern Keeper’ Are Jealous", "", set()),
        ("From ‘Orbital Drift’ to ‘The Lantern Keeper’: Theo Vance Talks Career", "", set()),
        (
            "Searchlight News",
            "The Lantern Keeper wrapped filming last month. Orbital Drift is still casting.",
            {("lantern", "production", "wrapped")},
        ),
        (
            "‘The Lantern Keeper’ Review",
            "It is the ghost story we saw in Orbital Drift, and it opens in theaters June 26.",
            {("lantern", "release_date", "announced")},
        ),
        (
            "Universal Drops ‘Orbital Drift’ Trailer; ‘The Lantern Keeper’ Trailer Expected Soon",
            "",
            {("drift", "trailer", "released"), ("lantern", "trailer", "expected")},
        ),
        (
            "‘Orbital Drift’ & ‘The Lantern Keeper’ Top the Box Office",
            "",
            {("drift", "release", "released"), ("lantern", "release", "released")},
        ),
        (
            "Theo Vance (Orbital Drift) Joins New Thriller",
            "The new thriller's teaser dropped Tuesday.",
            set(),
        ),
        (
            "Netflix Drops the ‘Klara’ Trailer",
            "The director previously made ‘The Lantern Keeper’.",
            set(),
        ),
        (
            "Three Films Return to Theaters Sept. 3 Ahead of the Release of ‘The Lantern Keeper’",
            "",
            set(),
        ),
        (
            "The Year’s Best Openings",
            "‘Orbital Drift’ collected nearly the same opening sum as 2025’s ‘The Lantern Keeper’.",
            {("drift", "release", "released")},
        ),
    ],
)
def test_attribution(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


def test_a_sequel_is_another_film() -> None:
    assert found("Pale Kingdom 2 Gets a Teaser") == set()
    assert found("‘Harbor Lights 3’ Trailer Arrives") == set()
    assert found("‘Harbor Lights 2’ Trailer Arrives") == {("harbor-2", "trailer", "released")}


def test_exclude_vetoes_its_phrase_only() -> None:
    assert found("Pale Kingdom: The Game Launch Trailer") == set()
    assert found("‘Pale Kingdom’ Trailer Arrives") == {("kingdom", "trailer", "released")}


def test_milestones_limit_the_kinds() -> None:
    assert found("‘The Brass Orchard’ Tops the Box Office With $20M") == set()
    assert found("The Brass Orchard | Official Trailer") == {("brass", "trailer", "released")}


# ---------------------------------------------------------------- seasons


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("‘Velvet Hours’ Season 3 Teaser Arrives", {("velvet-s3", "trailer", "released")}),
        ("Velvet Hours Season 2 Trailer", {("velvet-s2", "trailer", "released")}),
        ("Velvet Hours S2 | Official Teaser", {("velvet-s2", "trailer", "released")}),
        ("Velvet Hours Season Two Teaser", {("velvet-s2", "trailer", "released")}),
        (
            "The Third Season of Velvet Hours Gets a Premiere Date",
            {("velvet-s3", "release_date", "announced")},
        ),
        ("Velvet Hours Renewed for Season 3", set()),
        ("Velvet Hours | Official Trailer | HBO", set()),
        ("Gravewater | Official Trailer | Netflix", {("gravewater", "trailer", "released")}),
        ("Gravewater Season 2 Teaser", set()),
        (
            "Velvet Hours Returns for Season 3 on September 6",
            {("velvet-s3", "release_date", "announced")},
        ),
        # a season named as the yardstick of a comparison is not the one reported on
        (
            "‘Velvet Hours’ Season 3 Premiere Draws 1.4M Viewers, Up From Season 2 Debut",
            {("velvet-s3", "release", "released")},
        ),
        (
            "Velvet Hours Season 3 Premiere Draws 2M Viewers, More Than Season 2 Did",
            {("velvet-s3", "release", "released")},
        ),
        # near miss: the season the news is about, named with "from"
        ("First Look From Velvet Hours Season 2", set()),
        ("‘Velvet Hours’ Premiere Draws 1.4M Viewers, Up From Season 2 Debut", set()),
    ],
)
def test_seasons(title: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title) == expected


# ---------------------------------------------------------------- ambiguous titles


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("Silver Prices Hit a Record High", "", set()),
        ("A24 Drops First Trailer for ‘Silver’", "", {("silver", "trailer", "released")}),
        ("Study Finds Good Sex Helps You Sleep", "", set()),
        ("Good sex is good for you, a new study says", "Netflix subscribers agree.", set()),
        ("Reports: Director Detained in Sex Assault Case", "", set()),
        (
            "Netflix Drops First Teaser for Lena Dunham’s ‘Good Sex’",
            "",
            {("good-sex", "trailer", "released")},
        ),
        (
            "Good Sex: Natalie Portman’s Netflix Rom-Com Wraps Filming",
            "",
            {("good-sex", "production", "wrapped")},
        ),
        ("Rhea Sol Talks Hulu Deal; Her Show Premiered Monday Night", "", set()),
        ("Monday: Season 1 | Official Trailer | Hulu", "", {("monday", "trailer", "released")}),
        ("Box Office Opened Monday With Record Sales", "Hulu and others reported.", set()),
    ],
)
def test_ambiguous_titles(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


# ---------------------------------------------------------------- the seed article's shape


def test_long_article_about_an_ambiguous_title() -> None:
    specs = [
        ProductionSpec(
            id="good-sex", title="Good Sex", context=("Netflix", "Natalie Portman", "Lena Dunham")
        ),
        ProductionSpec(
            id="too-much", title="Too Much", kind="series", context=("Netflix", "Lena Dunham")
        ),
        ProductionSpec(id="babygirl", title="Babygirl", context=("A24",)),
    ]
    body = (
        "Natalie Portman and Lena Dunham made the Netflix rom-com Good Sex together.\n"
        "It invites comparisons with projects like Babygirl or May December.\n"
        "What comes next:\n"
        "1. Watch “Too Much” on Netflix: see Dunham's series Too Much before Good Sex drops.\n"
        "2. Look for the Trailer: Production wrapped in late 2025. With post-production moving "
        "along, expect a teaser for Good Sex by mid-2026.\n"
    )
    obs = detect(entry("Why Good Sex Is the Year's Surprise", body), Matcher(specs), PUBLISHED)
    got = {(o.production, o.milestone, o.status) for o in obs}
    assert got == {("good-sex", "production", "wrapped"), ("good-sex", "trailer", "expected")}
    teaser = next(o for o in obs if o.milestone == "trailer")
    assert teaser.date == FuzzyDate(date(2026, 6, 1), "season")
    assert "teaser for Good Sex" in teaser.evidence


# ---------------------------------------------------------------- evidence, explain, properties


def test_another_films_trailer_is_not_ours() -> None:
    specs = [ProductionSpec(id="good-sex", title="Good Sex", context=("Netflix", "Lena Dunham"))]
    e = entry(
        "Lena Dunham's Good Sex Is Netflix's Next Bet",
        "Babygirl's trailer is out, and it is steamy.",
    )
    assert detect(e, Matcher(specs), PUBLISHED) == []


def test_evidence_quotes_the_entry() -> None:
    e = entry(
        "Searchlight Drops First Trailer for ‘The Lantern Keeper’", "<p>Watch it &amp; shiver.</p>"
    )
    (o,) = detect(e, MATCHER, PUBLISHED)
    assert o.evidence
    assert o.evidence in e.title
    assert "Lantern Keeper" in o.evidence


def test_explain_says_why_nothing_was_found() -> None:
    assert any(
        "no watched production" in n
        for n in explain(entry("Nothing to see here"), MATCHER, PUBLISHED)
    )
    notes = explain(entry("‘The Lantern Keeper’ Review: Moody"), MATCHER, PUBLISHED)
    assert any("no milestone words" in n for n in notes)
    notes = explain(entry("Silver Prices Hit a Record High"), MATCHER, PUBLISHED)
    assert any("context" in n for n in notes)
    notes = explain(entry("Velvet Hours | Official Trailer | HBO"), MATCHER, PUBLISHED)
    assert any("no season named" in n for n in notes)


PIECES = [
    *"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789.,;:!?|'’‘“”$&-–—/()<>#",
    "Orbital Drift",
    " trailer ",
    " Season 2 ",
    "Velvet Hours",
    " Sept. 18 ",
    " box office ",
    "Good Sex",
    " Netflix ",
    " premiere ",
    " wraps ",
    " from ",
    " to ",
    " will ",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=80).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(title=TEXT, summary=TEXT)
def test_no_text_crashes_detection(title: str, summary: str) -> None:
    e = entry(title, summary)
    for o in detect(e, MATCHER, PUBLISHED):
        assert o.production in {s.id for s in SPECS}
        assert o.evidence
    explain(e, MATCHER, PUBLISHED)


# ---------------------------------------------------------------- general rules (review findings)


def observed(
    matcher: Matcher, title: str, summary: str, published: datetime
) -> set[tuple[str, str, str, str | None]]:
    """What detection reports for an entry published at ``published``: (production,
    milestone, status, ISO date or None)."""
    return {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary, published), matcher, published)
    }


def dated(title: str, summary: str = "") -> set[tuple[str, str, str, str | None]]:
    return {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary), MATCHER, PUBLISHED)
    }


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a trailer merely named is not a released trailer
        ("Orbital Drift: Cast, Plot, Trailer and Everything We Know", "", set()),
        # videos about a trailer that are not the production's trailer
        ("Orbital Drift – Concept Trailer (Fan Made)", "", set()),
        ("‘Orbital Drift’ Parody Trailer Mocks the Genre", "", set()),
        ("‘Orbital Drift’ Trailer Reaction", "", set()),
        # a video title: the trailer words stand alone in their part
        ("Velvet Hours — Season 2 First Look | HBO", "", {("velvet-s2", "trailer", "released")}),
        ("Theo Vance Floats in Zero-G in ‘Orbital Drift’ — First Look", "", set()),
        ("‘Orbital Drift’ Universal Movie Teaser", "", {("drift", "trailer", "released")}),
        # "no" hedges only the milestone it stands right before
        # (and what a headline says the trailer shows means it is out)
        (
            "Theo Vance Shows No Fear in ‘Orbital Drift’ Trailer",
            "",
            {("drift", "trailer", "released")},
        ),
        ("No Teaser Yet for ‘Orbital Drift’", "", {("drift", "trailer", "expected")}),
    ],
)
def test_trailer_rules(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


def test_a_negated_trailer_is_expected() -> None:
    assert dated("‘Orbital Drift’ Teaser Won’t Arrive Until 2027, Universal Says") == {
        ("drift", "trailer", "expected", "2027-01-01")
    }


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a promo as the subject of a release verb
        (
            "Universal Sets Date for ‘Orbital Drift’ Teaser Launch",
            "The first full teaser will arrive July 9 at a fan event.",
            {("drift", "trailer", "expected", "2026-07-09")},
        ),
        # a promo as its object
        (
            "Theo Vance Runs for His Life in ‘Orbital Drift’ Teaser",
            "Universal released the teaser for the space thriller on Monday.",
            {("drift", "trailer", "released", None)},
        ),
        (
            "Tickets Go On Sale for ‘Orbital Drift’",
            "Fandango opened presales for Universal's Sept. 18 release, "
            "with fan screenings Sept. 16.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        # "its world premiere Monday" is a noun, not a release on Monday
        (
            "‘The Lantern Keeper’ Premiere: Stars Gather in Paris",
            "The drama had its world premiere Monday night ahead of its Aug. 21 release.",
            {
                ("lantern", "premiere", "held", None),
                ("lantern", "release_date", "announced", "2026-08-21"),
            },
        ),
        # a festival premiere that took place is no release
        (
            "‘The Lantern Keeper’ Earns a Long Ovation at Its Venice World Premiere",
            "Searchlight's drama premiered in competition on Sunday night.",
            {("lantern", "premiere", "held", None)},
        ),
        # a title's number is no money figure
        (
            "Velvet Hours — Season 2 Official Teaser | HBO",
            "Ines Marlow returns. Season 2 premieres September 16 on HBO.",
            {
                ("velvet-s2", "trailer", "released", None),
                ("velvet-s2", "release_date", "announced", "2026-09-16"),
            },
        ),
        (
            "Harbor Lights 2 moved again, now dated for spring 2027",
            "",
            {("harbor-2", "release_date", "expected", "2027-03-01")},
        ),
        # a date and where to see it
        (
            "Gravewater | Official Trailer | Netflix",
            "The new series. All episodes July 9 on Netflix.",
            {
                ("gravewater", "trailer", "released", None),
                ("gravewater", "release_date", "announced", "2026-07-09"),
            },
        ),
        # a capitalised month before a release noun
        (
            "‘Velvet Hours’ Season 2 Sets November Premiere at HBO",
            "",
            {("velvet-s2", "release_date", "expected", "2026-11-01")},
        ),
        # "when" starts a clause of its own: "expected to" does not reach the date
        (
            "‘Orbital Drift’ Eyes $70M+ Opening in Early Tracking",
            "The thriller is expected to post the summer's best debut when it lands July 31.",
            {("drift", "release_date", "announced", "2026-07-31")},
        ),
    ],
)
def test_release_verb_rules(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "‘Orbital Drift’ Projects a $90M Bow Next Weekend",
        "‘Orbital Drift’ Heads to $40M Opening as Rivals Stumble",
        "‘Orbital Drift’ Previews: Universal Eyes $100M+ Debut",
        "‘Orbital Drift’ On Track for a $60M Opening",
    ],
)
def test_a_forecast_is_not_a_box_office_result(title: str) -> None:
    assert ("drift", "release", "released") not in found(title)


def test_a_forecast_for_an_opening_under_way_is_a_release() -> None:
    # PUBLISHED is a Wednesday: the opening is today
    assert ("drift", "release", "released") in found(
        "‘Orbital Drift’ Heading to $20M+ Opening Wednesday at the Box Office"
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a festival phrase describing a film's past is no premiere announcement
        (
            "Searchlight Dates ‘The Lantern Keeper’ for Oct. 2",
            "The Sundance competition title will open in New York first.",
            {("lantern", "release_date", "announced", "2026-10-02")},
        ),
        # ... but before that festival's days it says where the film will premiere
        (
            "Searchlight Dates ‘The Lantern Keeper’ for Oct. 2",
            "The Venice competition title will open in New York first.",
            {
                ("lantern", "release_date", "announced", "2026-10-02"),
                ("lantern", "premiere", "announced", None),
            },
        ),
        # a TV season's premiere night is its release, not a premiere event
        (
            "‘Velvet Hours’ Season 2 Debuts to 3 Million Viewers",
            "The premiere night audience doubled with streaming.",
            {("velvet-s2", "release", "released", None)},
        ),
        # production in other words
        (
            "Netflix Boss Says ‘Gravewater’ Is Shooting Now",
            "",
            {("gravewater", "production", "filming", None)},
        ),
        (
            "Theo Vance Returns for ‘Orbital Drift’",
            "He says filming the Universal space epic wrapped in May.",
            {("drift", "production", "wrapped", None)},
        ),
    ],
)
def test_premiere_and_production_rules(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a genre word refers back to the headline's title
        (
            "Natalie Portman to Star in ‘Good Sex’ Sequel for Netflix",
            "The first film has not premiered yet; the Netflix rom-com, which arrives Aug. 21, "
            "already has a following.",
            {("good-sex", "release_date", "announced", "2026-08-21")},
        ),
        # "the series" does not refer to a film
        ("‘Orbital Drift’ Cast Reunites for a Table Read", "The series returns Oct. 2.", set()),
        # a "whose" clause is about the noun before it
        (
            "Theo Vance to Skip ‘Orbital Drift’ Press Tour",
            "He is finishing the HBO drama, whose final season wrapped production this week.",
            set(),
        ),
        # the headline's subject is its main clause, not a title after "as"
        (
            "‘Orbital Drift’ Tops the Box Office as ‘The Lantern Keeper’ Looms",
            "Universal's thriller opens overseas Aug. 7.",
            {
                ("drift", "release", "released", None),
                ("drift", "release_date", "announced", "2026-08-07"),
            },
        ),
        # a headline leading with an unwatched quoted title is about that title
        (
            "Universal Unveils ‘Klara’ Teaser, Will Attach It to ‘Orbital Drift’ Prints",
            "The trailer will play before the film in most theaters.",
            set(),
        ),
        # a credit in the headline does not make the entry about that title
        (
            "‘Orbital Drift’ Star Theo Vance Debuts Teaser for His Indie ‘Klara’",
            "The comedy hits theaters in September.",
            set(),
        ),
    ],
)
def test_attribution_rules(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


def test_detection_reads_a_bounded_summary() -> None:
    long = "Universal's space thriller keeps climbing. " * 400
    got = found("‘Orbital Drift’ Review", long + "It opens in theaters June 26.")
    assert got == set()  # the date stands beyond the part of the summary that is read


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an everyday word's possessive is not another title's
        (
            "‘Orbital Drift’ Scores the Year’s Biggest Opening",
            "",
            {("drift", "release", "released", None)},
        ),
        # another title quoted after the cue does not take the cue from the subject
        (
            "HBO Sets Fall Dates: ‘Velvet Hours’ Season 2 and More",
            "Ines Marlow's drama returns Sept. 20, followed by ‘Other Show’ on Sept. 27.",
            {
                ("velvet-s2", "release_date", "announced", "2026-09-20"),
                ("velvet-s2", "release_date", "announced", "2026-09-20"),
            },
        ),
    ],
)
def test_more_attribution_rules(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


# ---------------------------------------------------------------- rules added with holdout2

_DRIFT_TRAILER = {("drift", "trailer", "released", None)}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a question asserts nothing, hedged or not
        ("When Will the ‘Orbital Drift’ Trailer Drop?", "", set()),
        ("Could We See a ‘Orbital Drift’ Trailer During the Big Game?", "", set()),
        ("Is ‘Orbital Drift’ Coming Out This Year? What We Know", "", set()),
        ("Will ‘Velvet Hours’ Season 2 Premiere in 2026?", "", set()),
        # a fan-made or concept video, labelled anywhere in the headline
        ("ORBITAL DRIFT – Official Teaser (2027) | Universal | Fan Made", "", set()),
        (
            "Orbital Drift | First Trailer (2027) | Concept",
            "Not affiliated with the studio.",
            set(),
        ),
        # a video about a trailer: its description's trailer words are not a release
        (
            "ORBITAL DRIFT Trailer 2 REACTION | Wow",
            "We react to the new Orbital Drift trailer.",
            set(),
        ),
        ("Orbital Drift Teaser Breakdown – Hidden Details", "", set()),
        ("Orbital Drift Trailer Easter Eggs You Missed", "", set()),
        ("Reacting to the Brand New ‘Orbital Drift’ Trailer", "", set()),
        # a film's title with a subtitle and a season is a series, not the film
        ("Pale Kingdom: Uprising Season 2 | Official Trailer | Netflix", "", set()),
        # critics' first reactions are neither a premiere nor a release
        ("‘Orbital Drift’ First Reactions: Critics Call It a Knockout", "", set()),
        (
            "‘Orbital Drift’ First Reactions Are In",
            "Reactions to “Orbital Drift” arrived after the film's world premiere in London"
            " on Tuesday night.",
            {("drift", "premiere", "held", None)},
        ),
        # a lineup's list of world premieres is an announcement
        (
            "Toronto Unveils Its Galas: ‘Orbital Drift,’ ‘Other Film’ Among World Premieres",
            "",
            {("drift", "premiere", "announced", None)},
        ),
        # a festival premiere named before that festival's days is ahead
        (
            "‘Orbital Drift’ Sets Oct. 9 Release After Its TIFF Premiere",
            "",
            {
                ("drift", "release_date", "announced", "2026-10-09"),
                ("drift", "premiere", "announced", None),
            },
        ),
        (
            "‘Orbital Drift’ Teaser: A Crew Adrift in Universal’s Venice Competition Title",
            "",
            _DRIFT_TRAILER | {("drift", "premiere", "announced", None)},
        ),
        (
            "Venice Guide: When ‘Orbital Drift’ Premieres on the Lido",
            "",
            {("drift", "premiere", "announced", None)},
        ),
        # a film's headline labelled "Premiere:" reports the red carpet
        (
            "‘Orbital Drift’ Premiere: Theo Vance Takes the Crew to Westwood",
            "",
            {("drift", "premiere", "held", None)},
        ),
        # a premiere's place and day are no release date
        (
            "‘Orbital Drift’ Premiere Set for London on July 2",
            "",
            {("drift", "premiere", "announced", "2026-07-02")},
        ),
        # the summary dates the headline's premiere
        (
            "‘Orbital Drift’ Sets Tokyo World Premiere Ahead of August Release",
            "Universal will host the premiere on July 2 ahead of the film's Aug. 14 release.",
            {
                ("drift", "premiere", "announced", "2026-07-02"),
                ("drift", "release_date", "announced", "2026-08-14"),
            },
        ),
    ],
)
def test_holdout_rules(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # filming: set photos, images and updates from the set, shoots beginning, continuing
        (
            "‘Orbital Drift’ Set Photos Show Theo Vance in a Pressure Suit",
            "",
            {("drift", "production", "filming", None)},
        ),
        (
            "Universal Shares First Image From the ‘Orbital Drift’ Set",
            "",
            {("drift", "production", "filming", None)},
        ),
        (
            "‘Orbital Drift’ Begins Night Shoots in Prague",
            "",
            {("drift", "production", "filming", None)},
        ),
        (
            "‘Orbital Drift’ Adds Two Stars as Filming Continues in Malta",
            "",
            {("drift", "production", "filming", None)},
        ),
        (
            "Theo Vance Confirms ‘Orbital Drift’ Hits Theaters Oct. 2",
            "He spoke in a video from the set.",
            {
                ("drift", "release_date", "announced", "2026-10-02"),
                ("drift", "production", "filming", None),
            },
        ),
        # "set" as a verb is no set
        ("A Photo From ‘Orbital Drift’ Set the Internet Alight", "", set()),
        # results after a release: a weekly drop, an audience record, charts, viewers, a run
        (
            "‘Orbital Drift’ Drops 58% in Its Second Weekend",
            "",
            {("drift", "release", "released", None)},
        ),
        (
            "‘Velvet Hours’ Season 2 Premiere Drew Its Biggest Audience Yet",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        (
            "‘Velvet Hours’ Season 2 Tops HBO Charts in Opening Week",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        (
            "‘Velvet Hours’ Season 2 Debut Draws 3.2M Cross-Platform Viewers",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        (
            "‘Orbital Drift’ IMAX Screenings Extended Through August",
            "",
            {("drift", "release", "released", None)},
        ),
        (
            "Box Office: ‘Orbital Drift’ Three-Peats as Rivals Stumble",
            "",
            {("drift", "release", "released", None)},
        ),
        (
            "Orbital Drift | ‘Airlock’ Clip | Now Playing in Theaters",
            "",
            {("drift", "release", "released", None)},
        ),
        # not results: a list of upcoming films, tickets sold ahead, a record as a forecast
        ("Top 10 Upcoming Space Movies: ‘Orbital Drift’ and More", "", set()),
        ("‘Orbital Drift’ Adds IMAX Shows as Opening Weekend Sells Out", "", set()),
        ("Box Office Preview: ‘Orbital Drift’ Eyes Biggest August Debut Ever", "", set()),
        # a streamer "dates" a title; moves up by a week, to a day named after "to"
        (
            "HBO Dates ‘Velvet Hours’ Season 2 for August 20",
            "",
            {("velvet-s2", "release_date", "announced", "2026-08-20")},
        ),
        (
            "HBO Moves ‘Velvet Hours’ Season 2 Up a Week to Nov. 4",
            "",
            {("velvet-s2", "release_date", "announced", "2026-11-04")},
        ),
        (
            "‘Orbital Drift’ Jumps Up One Week to Sept. 11",
            "Universal is moving the thriller off Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-11")},
        ),
        # an aside between a release verb and its date
        (
            "‘Orbital Drift’ Trailer: Theo Vance Floats Alone",
            "Universal releases the thriller, which also stars Ana Pell and Rui Cho, on Sept. 18.",
            _DRIFT_TRAILER | {("drift", "release_date", "announced", "2026-09-18")},
        ),
        # a headline's trailer that shows something is out
        ("‘Orbital Drift’ Final Trailer Teases the Last Launch", "", _DRIFT_TRAILER),
        ("‘Orbital Drift’ Trailer Gives a First Real Look at the Station", "", _DRIFT_TRAILER),
        (
            "‘Velvet Hours’ Season 2 Comic-Con Teaser Brings the Feud to Paris",
            "",
            {("velvet-s2", "trailer", "released", None)},
        ),
        # a roundup of trailers: every watched title its summary names had one
        (
            "Every Trailer From This Year’s Fan Expo",
            "From Universal’s “Orbital Drift” to Searchlight’s “The Lantern Keeper”, here is all"
            " that dropped.",
            _DRIFT_TRAILER | {("lantern", "trailer", "released", None)},
        ),
        (
            "All the Trailers We Expect at the Fan Expo",
            "Orbital Drift may show up.",
            {("drift", "trailer", "expected", None)},
        ),
    ],
)
def test_more_holdout_rules(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


def test_final_trailer_variant_from_a_describing_headline() -> None:
    o = one("‘Orbital Drift’ Final Trailer Teases the Last Launch", "", "drift", "trailer")
    assert o.variant == "final"


# ---------------------------------------------------------------- rules added for unseen phrasings


@pytest.mark.parametrize(
    "title",
    [
        "Orbital Drift Opens Today, and Theo Vance Is Wonderful",
        "‘Orbital Drift’ Finally Hits Theaters Today After a Long Wait",
        "Orbital Drift Is in Theaters Today: A Guide for Newcomers",
        "‘Orbital Drift’ Is in Theaters Now. Here Is What to Watch First",
        "Theo Vance’s ‘Orbital Drift’ Is in Theaters: What Reviewers Think",
    ],
)
def test_out_today_or_now_is_a_release_not_a_date(title: str) -> None:
    assert found(title) == {("drift", "release", "released")}


def test_a_publisher_named_today_is_no_date() -> None:
    assert found("Theo Vance on Orbital Drift and his garden - TODAY") == set()
    assert found("Orbital Drift is in theaters now - USA Today") == {
        ("drift", "release", "released")
    }


def test_a_weekday_before_a_date_names_that_date() -> None:
    assert dated("Orbital Drift | Official Trailer", "In theaters Friday, October 2.") == {
        ("drift", "trailer", "released", None),
        ("drift", "release_date", "announced", "2026-10-02"),
    }
    assert ("drift", "release_date", "announced", "2026-12-17") in dated(
        "Universal Moves ‘Orbital Drift’ Up a Day to Thursday, Dec. 17"
    )


@pytest.mark.parametrize(
    ("title", "iso"),
    [
        ("Universal Sets Los Angeles Premiere for ‘Orbital Drift’ on Sept. 2", "2026-09-02"),
        ("Orbital Drift: Universal sets London premiere for Sept. 3", "2026-09-03"),
        ("Orbital Drift: space drama premiere set for Aug. 4 in Reykjavik, Iceland", "2026-08-04"),
        ("‘Orbital Drift’ Gets Toronto World Premiere Date of Sept. 11", "2026-09-11"),
        (
            "Universal Sets ‘Orbital Drift’ Global Premiere Tour Starting Oct. 1 in Seoul",
            "2026-10-01",
        ),
    ],
)
def test_a_premiere_set_for_a_day_is_announced_and_no_release_date(title: str, iso: str) -> None:
    assert dated(title) == {("drift", "premiere", "announced", iso)}


@pytest.mark.parametrize(
    "title",
    [
        "Mara Quell and Friends Brighten ‘The Lantern Keeper’ Premiere in Lisbon",
        "Stars Dance at The Lantern Keeper premiere in Madrid",
    ],
)
def test_a_premiere_in_a_place_is_held(title: str) -> None:
    assert found(title) == {("lantern", "premiere", "held")}


def test_the_red_carpet_ahead_is_announced() -> None:
    got = found(
        "Universal Sets Hollywood Premiere For ‘Orbital Drift’ On July 1",
        "The red carpet will roll out on the boulevard.",
    )
    assert got == {("drift", "premiere", "announced")}


@pytest.mark.parametrize(
    ("title", "pid"),
    [
        ("‘Velvet Hours’ Season 2 Wraps; Ines Marlow Says Goodbye to the Set", "velvet-s2"),
        ("Universal wraps Orbital Drift as Theo Vance thanks the crew", "drift"),
        ("‘Orbital Drift’ Wraps as Universal Plans Awards Push", "drift"),
        ("‘Velvet Hours’ wraps season 2 production, Ines Marlow shares set photo", "velvet-s2"),
    ],
)
def test_a_title_that_wraps(title: str, pid: str) -> None:
    assert (pid, "production", "wrapped") in found(title)
    assert (pid, "production", "filming") not in found(title)


@pytest.mark.parametrize(
    "title",
    [
        "Velvet Hours season 2 filming spotted at a Glasgow railway station",
        "Velvet Hours season 2 will film in Belfast through October, Ines Marlow says",
    ],
)
def test_filming_seen_or_running_until_a_date(title: str) -> None:
    assert found(title) == {("velvet-s2", "production", "filming")}


@pytest.mark.parametrize(
    "title",
    [
        "‘Orbital Drift’ Stays No. 1 With $41M Second Weekend",
        "‘Orbital Drift’ slides in its second weekend as summer crowds thin",
        "Orbital Drift falls to second place as a horror film takes the weekend",
    ],
)
def test_later_weekends_and_rankings_are_results(title: str) -> None:
    assert found(title) == {("drift", "release", "released")}


@pytest.mark.parametrize(
    "title",
    [
        "‘Orbital Drift’ Eyes a Big Opening; Advance Sales Pass $25 Million",
        "Orbital Drift trailer draws 90 million views in a day",
    ],
)
def test_presale_money_and_trailer_views_are_no_release(title: str) -> None:
    assert ("drift", "release", "released") not in found(title)


# ---------------------------------------------------------------- rules from a fourth holdout


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a trailer still to come on a named day: expected, with that day
        (
            "‘Orbital Drift’ Teaser Lands Tomorrow, Theo Vance Promises Chaos",
            "",
            {("drift", "trailer", "expected", "2026-06-11")},
        ),
        (
            "Universal Previews ‘Orbital Drift’ Trailer Coming Online Friday, June 12",
            "",
            {("drift", "trailer", "expected", "2026-06-12")},
        ),
        (
            "Universal Books First ‘Orbital Drift’ Teaser For Saturday Debut",
            "",
            {("drift", "trailer", "expected", "2026-06-13")},
        ),
        # the film's day after a promo is the film's, and a day gone is no promise
        (
            "Universal Cuts Second ‘Orbital Drift’ Trailer Ahead Of Sept. 18 Release",
            "",
            _DRIFT_TRAILER | {("drift", "release_date", "announced", "2026-09-18")},
        ),
        ("‘Orbital Drift’ Trailer Dropped Monday to Huge Numbers", "", _DRIFT_TRAILER),
        # the trailer's place in the campaign, in a headline, says it is out
        (
            "Theo Vance runs for his life in first trailer for Universal's 'Orbital Drift'",
            "",
            _DRIFT_TRAILER,
        ),
        ("Theo Vance Floats Alone in First ‘Orbital Drift’ Trailer", "", _DRIFT_TRAILER),
        ("‘Orbital Drift’ Final Trailer Stirs Up a Storm in Orbit", "", _DRIFT_TRAILER),
        # a trailer's audience: it is out
        ("‘Orbital Drift’ Trailer Sets Universal Record With 90 Million Views", "", _DRIFT_TRAILER),
        # video titles: a number, a year in brackets, a studio and cast after the trailer words
        ("ORBITAL DRIFT Trailer #3 (2026) Theo Vance, Ana Bright", "", _DRIFT_TRAILER),
        ("Orbital Drift - Official Teaser (Universal Pictures) HD", "", _DRIFT_TRAILER),
        # fan edits are not the trailer
        ("Orbital Drift Teaser but in the style of a 1980s VHS (fan edit)", "", set()),
    ],
)
def test_trailer_rules_round_four(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a festival lineup names a premiere only for the titles in its own clause
        (
            "Reykjavik Film Festival Reveals 2026 Lineup: The Complete List",
            "Films include ‘Orbital Drift’, ‘The Lantern Keeper’ and 90 others.",
            set(),
        ),
        (
            "Toronto Film Festival Lineup: ‘Orbital Drift’ to World Premiere",
            "",
            {("drift", "premiere", "announced", None)},
        ),
        # "Toronto Film Festival" is the festival, not a film described by it
        ("Toronto Film Festival Adds Late Galas", "Orbital Drift is among them.", set()),
    ],
)
def test_lineup_rules_round_four(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    "title",
    [
        "As ‘Orbital Drift’ Hits Theaters, a Rival Studio Counters With a Teaser",
        "Theo Vance on his diet as Orbital Drift opens - Daily Film",
        "‘Orbital Drift’ Rockets Into Theaters on Quiet Buzz",
        "‘Orbital Drift’ Edges a Rival in a Weekend Photo Finish at the Box Office",
        "Orbital Drift holds off a horror film for second weekend at No. 1 - Wire",
    ],
)
def test_present_release_and_contests_are_results(title: str) -> None:
    assert found(title) == {("drift", "release", "released")}


@pytest.mark.parametrize(
    "title",
    [
        "‘Orbital Drift’ Opens Sept. 18 in Theaters",
        "The trailer for Orbital Drift debuts, with Theo Vance in a spacesuit",
        "Can ‘Orbital Drift’ Beat the Summer Slump? Box Office Questions",
        "‘Orbital Drift’ Could Open Big; Theaters Hope",
    ],
)
def test_no_present_release_with_a_date_promo_or_question(title: str) -> None:
    assert ("drift", "release", "released") not in found(title)


@pytest.mark.parametrize(
    ("title", "summary", "iso"),
    [
        (
            "‘Velvet Hours’ Season 2 Sets Late-June Premiere at HBO",
            "All eight episodes hit Max on Wednesday, June 24.",
            "2026-06-24",
        ),
        (
            "Velvet Hours | Season 2 Official Trailer | Ines Marlow | HBO",
            "All episodes June 24. Only on HBO.",
            "2026-06-24",
        ),
        (
            "Orbital Drift | Official Trailer | Universal Pictures",
            "Theo Vance is the pilot. September 18.",
            "2026-09-18",
        ),
        (
            "Universal Unveils a Slate; ‘Orbital Drift’ Stays Put On Sept. 18, 2026",
            "",
            "2026-09-18",
        ),
        (
            "Theo Vance's Orbital Drift is still on for Sept. 18, despite rumors - Wire",
            "",
            "2026-09-18",
        ),
        ("Universal Says ‘Orbital Drift’ Holds Sept. 18 Date After Reshoots", "", "2026-09-18"),
    ],
)
def test_release_dates_round_four(title: str, summary: str, iso: str) -> None:
    got = {
        (o.production, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary), MATCHER, PUBLISHED)
        if o.milestone == "release_date"
    }
    assert len(got) == 1
    assert next(iter(got))[1:] == ("announced", iso)
    assert not any(
        o.milestone == "release" for o in detect(entry(title, summary), MATCHER, PUBLISHED)
    )


@pytest.mark.parametrize(
    ("title", "iso", "precision"),
    [
        ("Velvet Hours season 2 expected late 2026, HBO says - Wire", "2026-10-01", "quarter"),
        (
            "Ines Marlow says Velvet Hours season 2 is aiming for early 2027",
            "2027-01-01",
            "quarter",
        ),
        ("Velvet Hours season 2 targeting the second half of 2027", "2027-07-01", "half"),
    ],
)
def test_a_vague_date_right_after_a_plan_is_an_expected_release_date(
    title: str, iso: str, precision: str
) -> None:
    o = one(title, "", "velvet-s2", "release_date")
    assert (o.status, o.date) == ("expected", FuzzyDate(date.fromisoformat(iso), precision))  # type: ignore[arg-type]


def test_a_plan_for_something_else_gives_no_release_date() -> None:
    assert found("Orbital Drift reshoots expected to wrap by early 2027, Universal says") == set()


# ---------------------------------------------------------------- broader causes (round 6)


@pytest.mark.parametrize(
    "title",
    [
        "Orbital Drift Collects 1.4 Billion Yen in Its First Week in Japan",
        "Orbital Drift box office day 3: Universal thriller rakes in ₹18 crore",
        "Orbital Drift Passes ¥3 Billion as Universal Expands Overseas",
    ],
)
def test_box_office_in_other_currencies(title: str) -> None:
    assert ("drift", "release", "released") in found(title)


def test_a_currency_sign_is_a_word() -> None:
    from tracker.text import fold

    assert fold("¥3 billion and ₹18 crore").text == "¥ 3 billion and ₹ 18 crore"


@pytest.mark.parametrize(
    "title",
    [
        "Gravewater is now on Netflix: a refresher before you press play",
        "Gravewater is now streaming on Netflix",
    ],
)
def test_now_on_a_platform_is_a_release(title: str) -> None:
    assert ("gravewater", "release", "released") in found(title)


@pytest.mark.parametrize(
    ("title", "summary", "pid", "iso"),
    [
        (
            "Winter Film Guide",
            "Picks include Universal's Orbital Drift (July 2) and more.",
            "drift",
            "2026-07-02",
        ),
        (
            "HBO's Summer Slate: From Velvet Hours Season 3 (Aug. 9) to the Rest",
            "",
            "velvet-s3",
            "2026-08-09",
        ),
    ],
)
def test_a_day_in_brackets_after_a_title_is_its_release_date(
    title: str, summary: str, pid: str, iso: str
) -> None:
    o = one(title, summary, pid, "release_date")
    assert (o.status, o.date) == ("announced", FuzzyDate(date.fromisoformat(iso), "day"))


def test_a_past_day_in_brackets_is_no_release_date() -> None:
    got = found("Universal's Orbital Drift (Jan. 3, 2026) was a winter hit")
    assert all(m != "release_date" for _, m, _ in got)


def test_a_coming_period_after_a_trailer_is_expected() -> None:
    assert ("drift", "trailer", "expected") in found(
        "Universal Says Orbital Drift Trailer Arrives Next Week"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Theo Vance is a ruthless pilot in the Orbital Drift trailer",
        "A Storm Breaks in Universal's 'Orbital Drift' teaser",
        "Mara Quell Hides a Secret in Teaser for The Lantern Keeper",
    ],
)
def test_what_a_trailer_shows_means_it_is_out(title: str) -> None:
    assert {p for p, m, s in found(title) if (m, s) == ("trailer", "released")}


def test_a_release_day_after_a_trailer_is_not_the_trailers() -> None:
    got = found("A Storm Breaks in Universal's 'Orbital Drift' teaser, streaming July 20")
    assert ("drift", "trailer", "expected") not in got


# ---------------------------------------------------------------- broader causes (round 7)

_WORDY = Matcher(
    [
        ProductionSpec(id="not-dead", title="Not Quite Dead", ambiguous=False),
        ProductionSpec(
            id="night", title="Night Will Fall", kind="series", season=2, ambiguous=False
        ),
    ]
)


def wordy(title: str, summary: str = "") -> set[tuple[str, str, str]]:
    return {
        (o.production, o.milestone, o.status)
        for o in detect(entry(title, summary), _WORDY, PUBLISHED)
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a title's own words ("not", "will", "no") hedge nothing
        ("Not Quite Dead Box Office: $20M Opening Weekend", {("not-dead", "release", "released")}),
        ("Not Quite Dead is now streaming on Peacock", {("not-dead", "release", "released")}),
        ("Night Will Fall Season 2 Episode 4 Recap", {("night", "release", "released")}),
        ("Watch the New Trailer for Night Will Fall Season 2", {("night", "trailer", "released")}),
        # a hedge outside the title still hedges
        ("Not Quite Dead could open to $20M this weekend", set()),
        ("Night Will Fall Season 2 will not be on Starz until 2027 ", set()),
    ],
)
def test_a_titles_own_words_hedge_nothing(title: str, expected: set[tuple[str, str, str]]) -> None:
    assert {f for f in wordy(title) if f[1] != "release_date"} == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a move or a plan names a coming date, never a past release
        ("Universal Moved Orbital Drift to Oct. 2", {("drift", "announced", "2026-10-02")}),
        ("Orbital Drift Pushed Back to Next Spring", {("drift", "expected", "2027-03-01")}),
        ("Orbital Drift Dated for Oct. 2 by Universal", {("drift", "announced", "2026-10-02")}),
        # the verb's tense is its first word: "confirmed", "dated" after it say nothing
        ("Orbital Drift Release Date Confirmed for Oct. 2", {("drift", "announced", "2026-10-02")}),
        (
            "Universal's Orbital Drift remains dated for Sept. 18 despite a crowded month",
            {("drift", "announced", "2026-09-18")},
        ),
        # a date given up is no date; the new one counts
        (
            "Orbital Drift, previously set for Dec. 11, has been pulled from the schedule",
            {("drift", "expected", None)},
        ),
        (
            "Orbital Drift, originally dated for Dec. 11, moves to March 5, 2027",
            {("drift", "announced", "2027-03-05")},
        ),
        ("Orbital Drift had been slated for Dec. 11 before the strike", set()),
        # a denied date is no date; "not until" still names one
        ("Orbital Drift Won't Hit Theaters in 2026, Producer Says", set()),
        ("Universal says Orbital Drift will not open this year", set()),
        (
            "Orbital Drift won't open until 2027, Universal says",
            {("drift", "expected", "2027-01-01")},
        ),
    ],
)
def test_moves_plans_former_and_denied_dates(
    title: str, expected: set[tuple[str, str, str | None]]
) -> None:
    got = dated(title)
    assert {(p, s, d) for p, m, s, d in got if m == "release_date"} == expected
    assert not any(m == "release" for _, m, _, _ in got)


@pytest.mark.parametrize(
    ("title", "iso"),
    [
        # a past verb reads a yearless date as the recent past
        ("Orbital Drift came out June 8 and is already on digital", "2026-06-08"),
        ("Orbital Drift opened on June 5 to soft numbers", "2026-06-05"),
    ],
)
def test_a_past_verb_with_a_recent_day_is_a_release(title: str, iso: str) -> None:
    got = dated(title)
    assert ("drift", "release", "released", iso) in got
    assert not any(m == "release_date" for _, m, _, _ in got)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # "for" a month is a vague set date
        (
            "‘Velvet Hours’: HBO Sets Season 2 For September, Shares First Images",
            "",
            {("velvet-s2", "release_date", "expected", "2026-09-01")},
        ),
        (
            "Velvet Hours Season 2: HBO Premiere Date Confirmed for September 22nd",
            "",
            {("velvet-s2", "release_date", "announced", "2026-09-22")},
        ),
        # a denied release date is none
        ("Universal's Orbital Drift still has no UK release date", "", set()),
        ("Orbital Drift has not set a release date yet, says Universal", "", set()),
        (
            "Universal Sets Orbital Drift Release Date",
            "",
            {("drift", "release_date", "announced", None)},
        ),
        # a clapperboard's "slate" is no release verb; "slates" still is
        (
            "Cameras Stop Rolling on Universal's Orbital Drift",
            "Theo Vance posted the final slate on Sunday night.",
            set(),
        ),
        (
            "Universal Slates Orbital Drift for Oct. 2",
            "",
            {("drift", "release_date", "announced", "2026-10-02")},
        ),
        # "of the summer" is a category, not a date
        (
            "Orbital Drift is the scariest movie of the summer",
            "",
            set(),
        ),
    ],
)
def test_month_after_for_denied_dates_and_slates(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert {f for f in dated(title, summary) if f[1] == "release_date"} == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a plan for a vague period, or "due", names an expected (or set) date
        ("Universal Targets Mid-2027 for ‘Orbital Drift’", ("expected", "2027-06-01")),
        ("Universal is eyeing early 2027 for Orbital Drift", ("expected", "2027-01-01")),
        ("Theo Vance Says Orbital Drift Is Due Next Summer", ("expected", "2027-06-01")),
        ("Orbital Drift, due out in 2027, adds Ana Bright", ("expected", "2027-01-01")),
        ("Orbital Drift Due in Theaters Sept. 18", ("announced", "2026-09-18")),
        ("Orbital Drift expected next summer, Universal says", ("expected", "2027-06-01")),
        # not a date: a forecast, "due to", another item's deadline
        ("Universal Eyes $40M Opening for Orbital Drift", None),
        ("Orbital Drift delayed due to the strike", None),
        ("Orbital Drift reviews due Friday", None),
    ],
)
def test_plans_and_due_name_a_release_date(title: str, expected: tuple[str, str] | None) -> None:
    got = {(s, d) for p, m, s, d in dated(title) if m == "release_date" and p == "drift"}
    assert got == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a cue on one side of "while"/"but" is not about a title on the other side
        (
            "Mara Quell's The Lantern Keeper Heads to Venice as Orbital Drift Eyes Awards",
            "Quell's coastal drama will premiere in competition on the Lido, while Orbital Drift, "
            "which opened Locarno last week to warm applause, heads to awards season.",
            {("lantern", "premiere", "announced"), ("drift", "premiere", "held")},
        ),
        (
            "Universal Notes",
            "The trailer for the sequel arrives Friday, but Orbital Drift has no news.",
            set(),
        ),
        (
            "Studio Notes",
            "Searchlight will unveil a trailer in the summer, whereas Orbital Drift is done.",
            set(),
        ),
        # without a contrast word the nearby title still takes the cue
        (
            "Studio Notes",
            "A standing ovation at the world premiere in Toronto greeted Orbital Drift on Sunday.",
            {("drift", "premiere", "held")},
        ),
    ],
)
def test_a_contrast_word_keeps_a_cue_to_its_side(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {f for f in found(title, summary) if f[1] != "release_date"} == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the week's best trailers: each title named in the summary or after the roundup words
        (
            "This Week’s Best Trailers: ‘Orbital Drift,’ ‘The Lantern Keeper’ and More",
            "",
            {("drift", "trailer", "released"), ("lantern", "trailer", "released")},
        ),
        (
            "The Best Movie Trailers of the Week",
            "Theo Vance floats in the second trailer for Universal's Orbital Drift.",
            {("drift", "trailer", "released")},
        ),
        (
            "The Best New Teasers, Ranked",
            "From Orbital Drift to Pale Kingdom, here is what dropped.",
            {("drift", "trailer", "released"), ("kingdom", "trailer", "released")},
        ),
        # a season's retrospective is no news of a trailer, and a single award is no list
        (
            "The 10 Best Movie Trailers of the Summer, Ranked",
            "From Orbital Drift to Pale Kingdom, the season sold mood.",
            set(),
        ),
        ("Orbital Drift Wins Best Trailer at an Awards Show", "", set()),
    ],
)
def test_the_weeks_best_trailers_is_a_roundup(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {f for f in found(title, summary) if f[1] == "trailer"} == expected


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # a premiere ahead of the release is the event, not the release
        (
            "Universal's thriller premiered Monday at the Grove ahead of its June 19 release.",
            {("drift", "premiere", "held"), ("drift", "release_date", "announced")},
        ),
        (
            "Orbital Drift premiered June 8 in Atlanta before its theatrical run.",
            {("drift", "premiere", "held")},
        ),
        # without a release still ahead, a past premiere on a day is the release
        ("Orbital Drift premiered June 8 on Peacock.", {("drift", "release", "released")}),
        (
            "Orbital Drift opened Friday ahead of its overseas release.",
            {("drift", "release", "released")},
        ),
    ],
)
def test_a_premiere_ahead_of_the_release_is_no_release(
    summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found("Orbital Drift Notes", summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "iso", "previous"),
    [
        # a shift names its new date itself: that date is not shifted again
        (
            "‘Orbital Drift’ Moves Up a Week",
            "Universal bumped the thriller up one week and it now opens Sept. 11, giving up "
            "its original Sept. 18 slot.",
            "2026-09-11",
            "2026-09-18",
        ),
        (
            "‘Orbital Drift’ Slides Back a Week",
            "The film will open Sept. 25 instead.",
            "2026-09-25",
            None,
        ),
        # only the former date given: it is shifted
        (
            "Orbital Drift Notes",
            "Universal moved Orbital Drift up a week, off its Sept. 18 date.",
            "2026-09-11",
            "2026-09-18",
        ),
        (
            "Orbital Drift Notes",
            "Orbital Drift, originally set for Sept. 18, jumps back two weeks.",
            "2026-10-02",
            "2026-09-18",
        ),
    ],
)
def test_a_shift_that_names_its_new_date(
    title: str, summary: str, iso: str, previous: str | None
) -> None:
    o = one(title, summary, "drift", "release_date")
    assert (o.status, o.date and o.date.iso()) == ("announced", iso)
    assert (o.previous_date.iso() if o.previous_date else None) == previous


@pytest.mark.parametrize(
    "title",
    [
        # trailers on non-English channels
        "Velvet Hours: Temporada 2 | Tráiler oficial | HBO Max",
        "Velvet Hours – Saison 2 | Bande-annonce officielle",
        "Velvet Hours Staffel 2 | Trailer offiziell",
    ],
)
def test_a_foreign_video_title_is_a_trailer(title: str) -> None:
    assert ("velvet-s2", "trailer", "released") in found(title)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # cinema admissions and tickets sold, TV ratings as a share, a streaming review column
        ("‘Orbital Drift’ Passes 2 Million Admissions in Its Second Week", ""),
        ("Orbital Drift Notes", "The thriller has sold over 1.4 million tickets in Korea."),
        ("‘Velvet Hours’ Season 2 Opens With Ratings Above 5 Percent", ""),
        ("Velvet Hours Season 2 Draws a 7.3 Percent Rating for Its Finale", ""),
        ("Stream It or Skip It: ‘Velvet Hours’ Season 2 on HBO", ""),
    ],
)
def test_admissions_ratings_shares_and_stream_reviews_mean_it_is_out(
    title: str, summary: str
) -> None:
    assert any(m == "release" and s == "released" for _, m, s in found(title, summary))


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # not results: a trailer's audience, the promo that is here, an age group, a quota
        ("Orbital Drift Notes", "The teaser became the most-viewed trailer of the week."),
        (
            "Orbital Drift Notes",
            "The first teaser for Universal's space thriller Orbital Drift is finally here.",
        ),
        ("Orbital Drift Tracking Strong With Under-25 Moviegoers", ""),
        ("Orbital Drift Notes", "Ratings for the trailer are not public."),
        ("Should You Stream Orbital Drift? Our Picks", ""),
    ],
)
def test_no_release_from_promo_audiences_or_ages(title: str, summary: str) -> None:
    assert not any(m == "release" for _, m, _ in found(title, summary))


def test_a_roundup_gives_no_trailer_to_a_title_named_for_its_poster() -> None:
    got = found(
        "This Week’s Best Trailers: ‘Orbital Drift’ and More",
        "Orbital Drift unsettled us most, while Searchlight shared a new Lantern Keeper poster.",
    )
    assert ("drift", "trailer", "released") in got
    assert not any(p == "lantern" for p, _, _ in got)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a shooting schedule is no release schedule
        (
            "Orbital Drift Notes",
            "The final schedule of Orbital Drift wrapped in Vancouver on Friday.",
            set(),
        ),
        ("Orbital Drift Notes", "Orbital Drift's second schedule begins on June 20.", set()),
        (
            "Orbital Drift Notes",
            "Universal schedules Orbital Drift for Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        # a weekday before "opening" in a result's clause is a day gone by
        (
            "Orbital Drift Notes",
            "Including its Wednesday opening, Orbital Drift has sold 900,000 admissions.",
            {("drift", "release", "released", None)},
        ),
        (
            "Orbital Drift Notes",
            "Universal set a Friday opening for Orbital Drift.",
            {("drift", "release_date", "announced", "2026-06-12")},
        ),
    ],
)
def test_shooting_schedules_and_past_openings_are_no_release_dates(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert {f for f in dated(title, summary) if f[1] != "production"} == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an appositive after the object, and a long title, stand between a verb and its date
        (
            "Orbital Drift Notes",
            "Universal will release “Orbital Drift,” the space thriller directed by Theo "
            "Vance, in theaters nationwide on Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        (
            "Lantern Notes",
            "Searchlight will open “The Lantern Keeper,” M. Quell’s coastal ghost story "
            "starring Ana Pell and Rui Cho, worldwide on Jan. 8, 2027.",
            {("lantern", "release_date", "announced", "2027-01-08")},
        ),
        (
            "Lantern Notes",
            "Searchlight will launch Mara Quell's haunting ghost story The Lantern Keeper "
            "worldwide on 2 October 2026.",
            {("lantern", "release_date", "announced", "2026-10-02")},
        ),
        # no appositive: a date far from its verb stays unread
        (
            "Orbital Drift Notes",
            "Universal will release Orbital Drift in a campaign that peaks with a Comic-Con "
            "panel and a fan event on July 24.",
            set(),
        ),
        # a move from one month to another
        (
            "Universal Moves Theo Vance's Orbital Drift From September to November",
            "",
            {("drift", "release_date", "expected", "2026-11-01")},
        ),
        (
            "Orbital Drift Shifts From Sept. 18 to Oct. 2",
            "",
            {("drift", "release_date", "announced", "2026-10-02")},
        ),
        # a VIP or press premiere is the event, not the release; its day is not the release's
        (
            "Stars Arrive at the ‘Orbital Drift’ VIP Premiere in Seoul",
            "Theo Vance greeted fans at the film's VIP premiere on Monday evening, ahead of its "
            "nationwide release on Friday.",
            {
                ("drift", "premiere", "held", None),
                ("drift", "release_date", "announced", "2026-06-12"),
            },
        ),
    ],
)
def test_asides_long_titles_month_moves_and_vip_premieres(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a headline listing many titles has no subject for a titleless clause
        (
            "Fall Movie Preview: 30 Films We Can't Wait to See",
            "From Theo Vance's Orbital Drift to Mara Quell's The Lantern Keeper. Fall 2026 "
            "release calendar.",
            set(),
        ),
        (
            "The 12 Most Anticipated Movies of the Fall",
            "Orbital Drift and The Lantern Keeper lead the pack. All arrive this fall.",
            set(),
        ),
        # a title's own clause still speaks for it
        (
            "The 12 Most Anticipated Movies of the Fall",
            "Universal's Orbital Drift opens in theaters Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        # a headline naming its title keeps it as the subject
        (
            "Orbital Drift Leads 10 Films Heading to Venice",
            "The film opens in theaters Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
    ],
)
def test_a_list_headline_has_no_subject(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert {f for f in dated(title, summary) if f[1] == "release_date"} == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a date kept, in any tense
        (
            "Universal Says Orbital Drift Is Staying Put on Sept. 18",
            "",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        (
            "Orbital Drift Notes",
            "Universal is sticking with its Sept. 18 date for Orbital Drift.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        ("Orbital Drift Star Staying Put in London Through the Summer", "", set()),
        # a verb of motion into cinemas, with a vague period or a day
        (
            "Theo Vance Says 'Orbital Drift' Will Race Into Theaters Next Summer",
            "",
            {("drift", "release_date", "expected", "2027-06-01")},
        ),
        (
            "‘The Lantern Keeper’ Glides Into Cinemas Oct. 9",
            "",
            {("lantern", "release_date", "announced", "2026-10-09")},
        ),
        (
            "Orbital Drift Swings Back Into Theaters on Sept. 18",
            "",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        ("The Lantern Keeper Director on Getting Crowds Back Into Theaters This Fall", "", set()),
        # a plan for the release and its period
        (
            "Searchlight Acquires The Lantern Keeper",
            "The company is planning a release in the second half of 2026.",
            {("lantern", "release_date", "expected", "2026-07-01")},
        ),
        (
            "Orbital Drift Notes",
            "Universal eyes a wide release for early 2027 for Orbital Drift.",
            {("drift", "release_date", "expected", "2027-01-01")},
        ),
        (
            "Orbital Drift Notes",
            "Universal plans a theatrical release for Orbital Drift on Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        (
            "Orbital Drift Notes",
            "Universal is planning a release party for the Orbital Drift cast in September.",
            set(),
        ),
    ],
)
def test_dates_kept_motion_into_cinemas_and_release_plans(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert {f for f in dated(title, summary) if f[1] == "release_date"} == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a headline's trailer as the subject of what it shows
        (
            "'Orbital Drift' Trailer Pairs Theo Vance With a Rogue AI",
            "",
            {("drift", "trailer", "released")},
        ),
        (
            "‘The Lantern Keeper’ Teaser Strands Two Sisters on a Storm-Hit Island",
            "",
            {("lantern", "trailer", "released")},
        ),
        # a post-mortem of a scene or episode that aired
        (
            "Velvet Hours Season 2 Premiere: Ines Marlow Breaks Down That Opening Scene",
            "",
            {("velvet-s2", "release", "released")},
        ),
        (
            "Ines Marlow Breaks Down the Velvet Hours Season 2 Premiere",
            "",
            {("velvet-s2", "release", "released")},
        ),
        ("Ines Marlow Breaks Down the Plans for the Velvet Hours Season 2 Finale", "", set()),
        ("Ines Marlow Breaks Down Her Process for Velvet Hours Season 2", "", set()),
        # a shoot under way somewhere
        (
            "Theo Vance Boards Thriller",
            "Vance is currently in Budapest shooting Orbital Drift for Universal.",
            {("drift", "production", "filming")},
        ),
        (
            "Mara Quell Notes",
            "Quell is now in Malta filming The Lantern Keeper.",
            {("lantern", "production", "filming")},
        ),
        (
            "Theo Vance Boards Thriller",
            "Vance is currently in Budapest promoting Orbital Drift.",
            set(),
        ),
        (
            "Theo Vance Boards Thriller",
            "Vance is currently in talks to star in Orbital Drift.",
            set(),
        ),
        # several seasons at once: each watched one among them
        (
            "Velvet Hours Wraps Production on Seasons 2 & 3",
            "",
            {("velvet-s2", "production", "wrapped"), ("velvet-s3", "production", "wrapped")},
        ),
        ("Velvet Hours Wraps Production on Seasons 4 and 5", "", set()),
    ],
)
def test_trailer_subjects_post_mortems_and_shoots_on_location(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # titles joined by "and", also before an owner's name, share the cue near one of them
        (
            "Venice Notes",
            "Quell’s “The Lantern Keeper” and Vance’s “Orbital Drift,” a space thriller set "
            "on a failing station, will both world premiere on the Lido.",
            {("lantern", "premiere", "announced"), ("drift", "premiere", "announced")},
        ),
        (
            "Fall Notes",
            "The Lantern Keeper and Orbital Drift, two of the season's costliest bets from "
            "rival studios, will both open in theaters on Oct. 9.",
            {("lantern", "release_date", "announced"), ("drift", "release_date", "announced")},
        ),
        # not joined: another clause, and a title far from the cue
        (
            "Venice Notes",
            "Searchlight is keeping Quell’s The Lantern Keeper for a quiet autumn run at home, "
            "and Vance’s Orbital Drift will world premiere on the Lido.",
            {("drift", "premiere", "announced")},
        ),
        (
            "Venice Notes",
            "Searchlight is keeping The Lantern Keeper for an autumn run at home, "
            "and Universal’s Orbital Drift will world premiere on the Lido.",
            {("drift", "premiere", "announced")},
        ),
    ],
)
def test_titles_joined_by_and_share_a_cue(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a dating verb reaches its date over an aside that describes the film
        (
            "Orbital Drift Sets Fall Premiere",
            "Universal has dated Orbital Drift, the Theo Vance-directed space thriller starring "
            "Ana Pell and Rui Cho, for Friday, Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        (
            "Lantern Notes",
            "Searchlight moved The Lantern Keeper, the coastal ghost story Mara Quell wrote "
            "about two estranged sisters and a lighthouse, to Oct. 9.",
            {("lantern", "release_date", "announced", "2026-10-09")},
        ),
        # without an aside a move's date stays out of reach
        (
            "Orbital Drift Notes",
            "Universal moved its publicity team from the coast after a long and costly spring "
            "campaign for Orbital Drift to Sept. 18 screenings.",
            set(),
        ),
        # a long move that fails does not hide a release verb inside it
        (
            "Orbital Drift Notes",
            "Universal moved fast once Orbital Drift tested well and it opens in theaters "
            "nationwide on Sept. 18 to wide acclaim.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
    ],
)
def test_a_move_reaches_its_date_over_an_aside(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert {f for f in dated(title, summary) if f[1] == "release_date"} == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a sum before a dated opening: a result of the past weekend, no coming date
        (
            "Orbital Drift Rockets To $64M Fourth of July Opening at the Box Office",
            "",
            {("drift", "release", "released", None)},
        ),
        (
            "Orbital Drift Posts £3.1 Million June Debut in the U.K.",
            "",
            {("drift", "release", "released", None)},
        ),
        (
            "Orbital Drift Lands $40M-Plus July 4th Opening",
            "",
            {("drift", "release", "released", None)},
        ),
        # near misses: a date before its release noun without a sum stays a coming date
        (
            "Orbital Drift Claims July 4 Opening",
            "",
            {("drift", "release_date", "announced", "2026-07-04")},
        ),
        (
            "Orbital Drift Eyes $60M For Its July 4th Opening",
            "",
            {("drift", "release_date", "expected", "2026-07-04")},
        ),
    ],
)
def test_a_sum_before_a_dated_opening_is_a_result(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a record of the film's music charting is not the film's release
        ("Orbital Drift Soundtrack Debuts At No. 2 On Billboard 200", "", set()),
        ("Orbital Drift Album Tops The Charts", "", set()),
        (
            "Orbital Drift Notes",
            "The companion album for Universal's Orbital Drift debuted at No. 3 on the "
            "Billboard 200.",
            set(),
        ),
        (
            "Orbital Drift Notes",
            "Orbital Drift's soundtrack debuted at No. 3 on the charts.",
            set(),
        ),
        ("Orbital Drift Notes", "The lead single from Orbital Drift hit No. 1 on Spotify.", set()),
        # near misses: the film's own result beside its record, or a record named in an aside
        (
            "Orbital Drift Debuts At No. 1 With $40M, Its Soundtrack Also Climbs",
            "",
            {("drift", "release", "released", None)},
        ),
        (
            "Orbital Drift Notes",
            "Orbital Drift, with a soundtrack by Ana Pell, debuted at No. 1 with $40M.",
            {("drift", "release", "released", None)},
        ),
        (
            "Orbital Drift Opens To $40M",
            "Ana Pell wrote the score for Orbital Drift, which opened to $40M this weekend.",
            {("drift", "release", "released", None)},
        ),
    ],
)
def test_a_record_of_the_films_music_charting_is_no_release(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a dating verb whose object is another entry of the franchise: that entry's date
        (
            "Orbital Drift Notes",
            "With Orbital Drift nearing $200M worldwide, Universal has dated a third "
            "installment for June 23, 2028.",
            {("drift", "release", "released", None)},
        ),
        (
            "Orbital Drift Notes",
            "Buoyed by Orbital Drift, Universal sets another sequel for 2028.",
            set(),
        ),
        (
            "Orbital Drift Notes",
            "Buoyed by Orbital Drift, Universal sets a sequel for June 2028.",
            set(),
        ),
        # near misses: the watched film is the object, also when "the sequel" names it
        (
            "Orbital Drift Notes",
            "Universal has dated the sequel Orbital Drift for Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        (
            "Orbital Drift Notes",
            "Orbital Drift, a new film from Theo Vance, opens Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
    ],
)
def test_another_entry_of_the_franchise_takes_its_date(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # "set" after a title that follows "from"/"on": the film's set, no date's verb
        (
            "Ana Pell shares a photo from Orbital Drift set Collider Universal 2027 slate "
            "takes shape Variety",
            set(),
        ),
        ("Ana Pell posted a photo from the Orbital Drift set for fans in June 2027.", set()),
        ("A day on Orbital Drift set with Theo Vance in early 2027", set()),
        # near misses: punctuation or no preposition of place, and "set" is the verb
        ("Universal bets on Orbital Drift, set for Sept. 18.", {("drift", "2026-09-18")}),
        ("Fans rally behind Orbital Drift, set to open Sept. 18.", {("drift", "2026-09-18")}),
        ("Universal's Orbital Drift set for Sept. 18 in theaters.", {("drift", "2026-09-18")}),
    ],
)
def test_a_films_set_is_a_place_not_a_date(summary: str, expected: set[tuple[str, str]]) -> None:
    assert {
        (f[0], f[3]) for f in dated("Orbital Drift Notes", summary) if f[1] == "release_date"
    } == expected


@pytest.mark.parametrize(
    ("summary", "status"),
    [
        # a relative clause states its day; the forecast after it is the main verb's
        (
            "Universal's Orbital Drift, which opens Friday, Sept. 18, is eyeing a $60M start, "
            "according to tracking.",
            "announced",
        ),
        ("Orbital Drift, which opens Sept. 18, could be the fall's biggest launch.", "announced"),
        # near misses: the hedge is the release verb's own, or the clause is not relative
        ("Orbital Drift, which could open Sept. 18, is eyeing a $60M start.", "expected"),
        ("Orbital Drift opens Sept. 18, and is eyeing a $60M start.", "expected"),
    ],
)
def test_a_relative_clause_states_its_day(summary: str, status: str) -> None:
    assert dated("Orbital Drift Notes", summary) == {
        ("drift", "release_date", status, "2026-09-18")
    }


# ---------------------------------------------------------------- marks that skip phrase searches

_MARKED = {
    "PREMIERE_MARK": ("PREMIERE", "FESTIVAL_LINEUP", "FESTIVAL_TITLE"),
    "PRODUCTION_MARK": ("WRAPPED", "FILMING", "FILMING_THROUGH"),
    "RELEASED_MARK": ("RELEASED",),
}
_PHRASE_WORDS = str.split(
    "the its a an in at on to of for from with this no number 12 40 2026 $ million views viewers "
    "box office b o opening opens debut debuted weekend frame second place first premiere "
    "premiered world red carpet festival cannes venice lineup selection competition title film "
    "filming shooting production wraps wrapped wrap set photos from cameras rolling begins "
    "through vancouver that s it now streaming available arrived landed top 10 charts ratings "
    "percent drops season episode recap ending explained kicks off after release hit netflix "
    "theaters last week extended run nielsen most watched all time"
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_WORDS), min_size=1, max_size=12))
def test_a_clause_without_a_mark_holds_none_of_its_phrasings(words: list[str]) -> None:
    """Each mark is a test that skips a search: where it finds nothing, neither do its patterns."""
    text = " ".join(words)
    for mark, patterns in _MARKED.items():
        if getattr(cues, mark).search(text) is None:
            for name in patterns:
                assert getattr(cues, name).search(text) is None, (mark, name, text)


# ---------------------------------------------------------------- a festival's day, its premiere


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "The festival will open on Aug. 5 with the world premiere of Mara Quell's "
            "The Lantern Keeper.",
            {("lantern", "premiere", "announced", "2026-08-05")},
        ),
        (
            "Organisers said the event will start on Sept. 3 with the North American premiere of "
            "The Lantern Keeper, Searchlight's ghost story.",
            {("lantern", "premiere", "announced", "2026-09-03")},
        ),
        (
            "The sidebar will close on Oct. 10 with a gala premiere of The Lantern Keeper.",
            {("lantern", "premiere", "announced", "2026-10-10")},
        ),
        # near misses: the day belongs to the release, or the premiere words are no premiere
        (
            "Searchlight's The Lantern Keeper opens in theaters on Aug. 5 with a wide expansion "
            "to follow.",
            {("lantern", "release_date", "announced", "2026-08-05")},
        ),
        (
            "Searchlight's The Lantern Keeper opens in theaters on Aug. 5 with the premiere "
            "date of its sequel still unknown.",
            {("lantern", "release_date", "announced", "2026-08-05")},
        ),
    ],
)
def test_a_day_before_with_the_premiere_is_the_premieres(
    summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated("Festival news", summary) == expected


# ---------------------------------------------------------------- a slate: each title its own day


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "HBO Sets Summer Premieres: ‘Velvet Hours’ July 12, ‘Other Show’ Aug. 21",
            "2026-07-12",
        ),
        ("HBO Sets Summer Premieres: ‘Other Show’ July 12, ‘Velvet Hours’ Aug. 21", "2026-08-21"),
        (
            "HBO Fall Premiere Dates: ‘Other Show’ July 12, ‘Velvet Hours’ and ‘Third’ Aug. 21",
            "2026-08-21",
        ),
        ("Streaming Dates: ‘The Lantern Keeper’ July 12, ‘Other Film’ Aug. 21", "2026-07-12"),
    ],
)
def test_a_list_of_quoted_titles_gives_each_its_own_day(title: str, expected: str) -> None:
    got = dated(title)
    assert got and all(
        (m, s, d) == ("release_date", "announced", expected) for _, m, s, d in got
    ), got


@pytest.mark.parametrize(
    "title",
    [
        "‘The Lantern Keeper’ July 12 Screening Sells Out",  # one title, one day: no list
        "HBO Sets Summer Premieres: ‘Other Show’ July 12, ‘The Lantern Keeper’ Star Joins",
        "HBO Summer: ‘Velvet Hours’, ‘Third’ Aug. 21, ‘Other’ July 12",  # a comma, no "and"
    ],
)
def test_a_list_day_is_never_another_titles(title: str) -> None:
    assert not any(m == "release_date" and s == "announced" for _, m, s, _d in dated(title))


# ---------------------------------------------------------------- a quoted list shares its cue


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "HBO 2027 Slate: ‘Velvet Hours,’ ‘Other Show’ and ‘Third One’ Coming This Fall",
            {
                ("velvet-s2", "release_date", "expected", "2026-09-01"),
                ("velvet-s3", "release_date", "expected", "2026-09-01"),
            },
        ),
        (
            "‘Other Film,’ ‘The Lantern Keeper’ and ‘Third’ Set for Fall Release",
            {("lantern", "release_date", "expected", "2026-09-01")},
        ),
        (
            "‘The Lantern Keeper’ & ‘Other Film’ Coming This Fall",
            {("lantern", "release_date", "expected", "2026-09-01")},
        ),
        # near misses: the list does not reach the phrasing, or names no watched title
        ("‘Other Film’ Sequel Coming This Fall, Says ‘The Lantern Keeper’ Star", set()),
        ("‘The Lantern Keeper’ Star Says ‘Other Film’ and ‘Third’ Coming This Fall", set()),
    ],
)
def test_a_quoted_list_shares_the_date_after_it(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title) == expected


# ---------------------------------------------------------------- the holiday season


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Festival News",
            "Mara Quell's The Lantern Keeper, due from Searchlight this holiday season, "
            "joins the lineup.",
            {("lantern", "release_date", "expected", "2026-10-01")},
        ),
        (
            "The Lantern Keeper Due This Holiday Season",
            "",
            {("lantern", "release_date", "expected", "2026-10-01")},
        ),
        (
            "Orbital Drift Expected From Universal Next Summer",
            "",
            {("drift", "release_date", "expected", "2027-06-01")},
        ),
        # near misses: a holiday weekend's box office, a plan given up
        ("The Lantern Keeper Box Office Expected This Holiday Weekend", "", set()),
        ("Mara Quell Says The Lantern Keeper Was Due From Searchlight Before Cuts", "", set()),
    ],
)
def test_the_holiday_season_is_the_last_quarter(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


# ---------------------------------------------------------------- an episode named in words


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Gravewater episode one recap: a body in the garden", {("gravewater", "release")}),
        (
            "Velvet Hours recap: season two, episode five – the family meets",
            {("velvet-s2", "release")},
        ),
        ("Velvet Hours Season Two, Episode Three: The Long Table", {("velvet-s2", "release")}),
        # near misses: no episode's number, or a number that is not an episode's
        ("Gravewater: Which Episode Should You Recap First?", set()),
        ("Gravewater Season One Gets Ten Episodes", set()),
        ("Gravewater Star Talks Episode Count", set()),
    ],
)
def test_an_episode_numbered_in_words_has_aired(title: str, expected: set[tuple[str, str]]) -> None:
    assert {(p, m) for p, m, s in found(title) if s == "released"} == expected


# ---------------------------------------------------------------- a plan's half-year; a slot


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Searchlight Picks Up ‘The Lantern Keeper’, Targets First Half of 2027",
            {("lantern", "release_date", "expected", "2027-01-01")},
        ),
        (
            "‘The Lantern Keeper’ Expected Second Half of 2027",
            {("lantern", "release_date", "expected", "2027-07-01")},
        ),
        ("‘The Lantern Keeper’ Targets First Half of the Box Office Race", set()),
    ],
)
def test_a_plan_for_a_half_year_without_the(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Lionsgate Slots Mara Quell’s ‘The Lantern Keeper’ for Next Summer",
            {("lantern", "release_date", "expected", "2027-06-01")},
        ),
        (
            "‘The Lantern Keeper’ Slotted for Aug. 21 Release",
            {("lantern", "release_date", "announced", "2026-08-21")},
        ),
        ("Lionsgate Has Two Slots for August, Eyes ‘The Lantern Keeper’ Sequel", set()),
        ("‘The Lantern Keeper’ Star Slots Into New Role for Next Summer", set()),
    ],
)
def test_a_slot_dates_a_film(title: str, expected: set[tuple[str, str, str, str | None]]) -> None:
    assert dated(title) == expected


# ---------------------------------------------------------------- "release date is <day>"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Velvet Hours season 2 release date is August 12, HBO confirms",
            {("velvet-s2", "release_date", "announced", "2026-08-12")},
        ),
        (
            "The Lantern Keeper's streaming date will be Sept. 4, Searchlight says",
            {("lantern", "release_date", "announced", "2026-09-04")},
        ),
        # near misses: no date named, an event's date, a date given up
        ("The Lantern Keeper Release Date Is Still a Mystery, Mara Quell Says", set()),
        ("The Lantern Keeper world premiere date is Aug. 21 in Venice", set()),
        ("The Lantern Keeper's release date was August 12 before the strike", set()),
    ],
)
def test_a_release_date_is_the_day_after_it(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title) == expected


# ---------------------------------------------------------------- a festival's headline: debuts


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Telluride: Mara Quell’s ‘The Lantern Keeper’ Debuts to a Hushed, Rapt Crowd",
            {("lantern", "premiere", "held")},
        ),
        ("Venice: ‘Orbital Drift’ Bows, With Theo Vance on Hand", {("drift", "premiere", "held")}),
        (
            "Locarno 2026 Lineup: THE LANTERN KEEPER Opens, Plus 40 More Premieres",
            {("lantern", "premiere", "announced")},
        ),
        # near misses: a sum or the cinemas say it is the release; no festival named
        ("Sundance Hit ‘The Lantern Keeper’ Debuts to $2M", {("lantern", "release", "released")}),
        ("‘The Lantern Keeper’ Opens to Strong Reviews", {("lantern", "release", "released")}),
    ],
)
def test_a_festival_headlines_debut_is_the_premiere(
    title: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title) == expected


# ---------------------------------------------------------------- an abbreviation inside an aside


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Searchlight opens the once-shelved Warner Bros. film, starring Ines Marlow and "
            "Theo Vance, Aug. 28.",
            {("lantern", "release_date", "announced", "2026-08-28")},
        ),
        (
            "Searchlight opens the Acme Co. comedy, starring Ines Marlow and Theo Vance, Aug. 28.",
            {("lantern", "release_date", "announced", "2026-08-28")},
        ),
        # near miss: a sentence's own full stop still ends the aside
        (
            "Searchlight opens the film in the spring. Its rival, starring Ines Marlow and "
            "Theo Vance, Aug. 28.",
            {("lantern", "release_date", "expected", "2027-03-01")},
        ),
    ],
)
def test_an_abbreviation_does_not_end_an_aside(
    summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert {t for t in dated("‘The Lantern Keeper’ Trailer", summary) if t[1] != "trailer"} == (
        expected
    )


# ---------------------------------------------------------------- a festival's "X premiere <verb>s"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Venice: ‘The Lantern Keeper’ Premiere Dazzles as Natalie Portman Arrives by Boat",
            {("lantern", "premiere", "held")},
        ),
        ("Sundance 2026: Orbital Drift premiere stuns the crowd", {("drift", "premiere", "held")}),
        (
            "Berlinale: ‘Velvet Hours’ Season 2 Premiere Brings a Chill to Potsdamer Platz",
            {("velvet-s2", "premiere", "held")},
        ),
        # near misses: no festival named, a premiere's noun, a result of the aired premiere
        ("‘The Lantern Keeper’ Premiere Dazzles as Natalie Portman Arrives", set()),
        (
            "Cannes: ‘Velvet Hours’ Season 2 Premiere Draws 2M Viewers",
            {("velvet-s2", "release", "released")},
        ),
    ],
)
def test_a_festival_headlines_premiere_that_does_something_was_held(
    title: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title) == expected


# ---------------------------------------------------------------- a "Date Announcement" video


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Velvet Hours Season 2 | Date Announcement | HBO", {("velvet-s2", "release_date")}),
        ("The Lantern Keeper - Official Release Date Announcement", {("lantern", "release_date")}),
        # near misses: a date still awaited or denied, not a video's label
        ("Velvet Hours Season 2: Fans Await a Date Announcement", set()),
        ("Velvet Hours Season 2 | No Date Announcement Yet", set()),
    ],
)
def test_a_date_announcement_video_announces_a_date(
    title: str, expected: set[tuple[str, str]]
) -> None:
    assert {(p, m) for p, m, s in found(title) if s == "announced"} == expected


# ---------------------------------------------------------------- a headline led by a title's maker


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "‘The Lantern Keeper’ Director Mara Quell on Building a Ghost Town",
            "The Searchlight feature opens in theaters Aug. 21.",
            {("lantern", "release_date", "announced", "2026-08-21")},
        ),
        (
            "‘Orbital Drift’ Director Theo Vance on Shooting Upside Down: ‘We Had No Gravity’",
            "Vance’s space documentary, now streaming on Netflix, was shot in a water tank.",
            {("drift", "release", "released", None)},
        ),
        # a star's interview headline is about the title as a maker's is
        (
            "‘The Lantern Keeper’ Star Natalie Portman on Her Career",
            "The feature opens in theaters Aug. 21.",
            {("lantern", "release_date", "announced", "2026-08-21")},
        ),
        # near misses: the maker's other work, another quoted title, the star's next job
        (
            "‘The Lantern Keeper’ Director Mara Quell on Her Next Film",
            "The feature opens in theaters Aug. 21.",
            set(),
        ),
        (
            "‘The Lantern Keeper’ Director Mara Quell Talks ‘Other Film’",
            "The feature opens in theaters Aug. 21.",
            set(),
        ),
        (
            "‘The Lantern Keeper’ Star Natalie Portman Boards ‘Other Film’",
            "The feature opens in theaters Aug. 21.",
            set(),
        ),
    ],
)
def test_a_headline_led_by_a_titles_maker_is_about_the_title(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


# ---------------------------------------------------------------- an aside after a title


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Searchlight has bought The Lantern Keeper, the Mara Quell thriller that won the "
            "top prize in Berlin this spring, and plans a theatrical release on Aug. 21.",
            {("lantern", "release_date", "announced", "2026-08-21")},
        ),
        (
            "Searchlight has bought The Lantern Keeper, Mara Quell's thriller about a family "
            "of lighthouse keepers, and will open it on Aug. 21.",
            {("lantern", "release_date", "announced", "2026-08-21")},
        ),
        # near miss: the aside is not the title's; the date is the nearer title's
        (
            "Searchlight has bought The Lantern Keeper, though the distributor of the other "
            "Berlin winner, Orbital Drift, plans a theatrical release on Aug. 21.",
            {("drift", "release_date", "announced", "2026-08-21")},
        ),
    ],
)
def test_an_aside_after_a_title_does_not_part_it_from_its_verb(
    summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated("Searchlight Picks Up a Festival Hit", summary) == expected


# ---------------------------------------------------------------- a season before its series


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "HBO will premiere season 2 of Velvet Hours with two back-to-back episodes on "
            "Sunday, Aug. 16.",
            {("velvet-s2", "release_date", "announced", "2026-08-16")},
        ),
        (
            "Netflix will launch the first season of Gravewater with all eight episodes on "
            "Friday, Aug. 14.",
            {("gravewater", "release_date", "announced", "2026-08-14")},
        ),
        # near miss: a day gone by is no release date
        (
            "HBO premiered season 2 of Velvet Hours with two back-to-back episodes on Sunday, "
            "May 3.",
            set(),
        ),
    ],
)
def test_a_season_named_before_its_series_is_part_of_the_object(
    summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated("Streaming News", summary) == expected


# ---------------------------------------------------------------- a move in the present participle


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Searchlight is shifting Mara Quell’s ghost story The Lantern Keeper, starring "
            "Ines Marlow, from Oct. 2 to Nov. 13.",
            {("lantern", "release_date", "announced", "2026-11-13")},
        ),
        (
            "Universal is pushing Orbital Drift to Dec. 4.",
            {("drift", "release_date", "announced", "2026-12-04")},
        ),
        (
            "Universal is delaying Orbital Drift to Dec. 4, a source says.",
            {("drift", "release_date", "announced", "2026-12-04")},
        ),
        # near misses: pushing for something, not to a date
        ("Theo Vance is pushing for Orbital Drift to get a wider release.", set()),
        ("Universal is pushing Orbital Drift hard at CinemaCon this week.", set()),
    ],
)
def test_a_move_in_the_present_participle(
    summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated("Studio News", summary) == expected


# ---------------------------------------------------------------- a lineup's label before a colon


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Locarno Film Festival Main Slate: Mara Quell’s ‘The Lantern Keeper’ to World "
            "Premiere, Joins 20 Titles",
            {("lantern", "premiere", "announced")},
        ),
        (
            "Fantasia Festival Lineup: ‘Orbital Drift’ to Screen, Joins 12 Titles",
            {("drift", "premiere", "announced")},
        ),
        # near miss: a festival already under way (Tribeca opens in early June)
        (
            "Tribeca Festival Main Slate: ‘Orbital Drift’ Draws a Crowd",
            {("drift", "premiere", "held")},
        ),
    ],
)
def test_a_lineup_label_announces_its_premieres(
    title: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {t for t in found(title) if t[1] == "premiere"} == expected


# ---------------------------------------------------------------- an owner's full name in an aside


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            "Universal is moving up Orbital Drift, Theo J. Vance's comedy starring Ines Marlow "
            "and Rhea Sol, by one week from Aug. 14 to Aug. 7.",
            {("drift", "release_date", "announced", "2026-08-07")},
        ),
        (
            "Universal is moving up Orbital Drift, Theo Vance's comedy starring Ines Marlow, "
            "by one week from Aug. 14 to Aug. 7.",
            {("drift", "release_date", "announced", "2026-08-07")},
        ),
        # near miss: no comma closes the aside, so the move is too long to reach its date
        (
            "Universal is moving up Orbital Drift, Theo J. Vance's comedy starring Ines Marlow "
            "and Rhea Sol and many more famous faces from the stage and screen by one week "
            "from Aug. 14 to Aug. 7.",
            set(),
        ),
    ],
)
def test_an_aside_may_open_with_an_owners_full_name(
    summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated("Studio News", summary) == expected


# Rules narrowed after a review found them misfiring on ordinary trade-press wording.
REVIEWED = Matcher(
    [
        ProductionSpec(id="harbor", title="Harbor Lights", context=("Netflix",)),
        ProductionSpec(id="ironjaw-2", title="Ironjaw 2", context=("Universal",)),
        ProductionSpec(id="vessel", title="The Vessel", context=("A24",)),
        ProductionSpec(id="dunmore-s3", title="Dunmore", kind="series", season=3, context=("HBO",)),
    ]
)


def reviewed(title: str, summary: str = "") -> set[tuple[str, str, str, str | None]]:
    return {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary), REVIEWED, PUBLISHED)
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a record or a projection is no release window; another work's plan is not X's
        ("'Ironjaw 2' Eyes 2026's Biggest Opening Weekend With $90M Projection", set()),
        ("'Ironjaw 2' Targets 2026 Record for an Animated Sequel", set()),
        ("Ana Ruiz Eyes 2027 for Her Next Film After Netflix's 'Harbor Lights'", set()),
        ("Netflix's 'Harbor Lights' Sequel Due in 2028", set()),
        # the plans the rule is for
        (
            "Universal's 'Ironjaw 2' Eyes 2027 Release",
            {("ironjaw-2", "release_date", "expected", "2027-01-01")},
        ),
        (
            "Universal Targets Summer 2027 for 'Ironjaw 2'",
            {("ironjaw-2", "release_date", "expected", "2027-06-01")},
        ),
        (
            "Netflix's 'Harbor Lights' Due in 2027",
            {("harbor", "release_date", "expected", "2027-01-01")},
        ),
    ],
)
def test_plan_period_is_not_a_record_or_another_work(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert reviewed(title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "released"),
    [
        # a review score is no sign of release
        (
            "Netflix's 'Harbor Lights' Earns 96 Percent Approval Rating After Venice Premiere",
            "",
            False,
        ),
        (
            "Harbor Lights Reviews",
            "Netflix's drama has a Rotten Tomatoes rating of 100 percent.",
            False,
        ),
        (
            "Harbor Lights Reviews",
            "Netflix's Harbor Lights holds a 91 percent critics rating.",
            False,
        ),
        # TV audience ratings of aired episodes are
        ("HBO's 'Dunmore' Season 3 Opens With Ratings Above 5 Percent", "", True),
        ("HBO's 'Dunmore' Season 3 Draws a 7.3 Percent Rating for Its Finale", "", True),
    ],
)
def test_review_score_is_not_a_rating(title: str, summary: str, released: bool) -> None:
    assert any(f[1] == "release" for f in reviewed(title, summary)) == released


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the previous season's results, the creator's other show, a one-off special
        ("HBO's 'Dunmore' Drew 4.1 Million Viewers Last Season", set()),
        ("'Dunmore' Ratings Were Down Last Season", set()),
        ("'Dunmore' Creator Returns With New HBO Drama 'Salt Flats', Premiering Sept. 18", set()),
        ("'Dunmore' Returns for One-Off Christmas Special on HBO Dec. 20", set()),
        # the series' own return and last season
        (
            "HBO's 'Dunmore' Returns Sept. 18",
            {("dunmore-s3", "release_date", "announced", "2026-09-18")},
        ),
        (
            "HBO's 'Dunmore' Last Season Premieres Sept. 18",
            {("dunmore-s3", "release_date", "announced", "2026-09-18")},
        ),
    ],
)
def test_last_season_and_returns_of_others(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert reviewed(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a shoot's delay is no release date
        ("Filming on Netflix's 'Harbor Lights' Sequel Pushed to May", set()),
        ("Production on 'Ironjaw 2' pushed to March", set()),
        # "march" as a verb; the release window is the one after it
        (
            "'Ironjaw 2' Is Set to March Into Theaters Next Summer",
            {("ironjaw-2", "release_date", "expected", "2027-06-01")},
        ),
        # a release moved to a month
        (
            "Universal Pushes 'Ironjaw 2' to March",
            {("ironjaw-2", "release_date", "expected", "2027-03-01")},
        ),
        (
            "Netflix Moves 'Harbor Lights' From March to May",
            {("harbor", "release_date", "expected", "2027-05-01")},
        ),
        (
            "Production on 'Ironjaw 2' Wraps as Universal Moves It to March",
            {
                ("ironjaw-2", "production", "wrapped", None),
                ("ironjaw-2", "release_date", "expected", "2027-03-01"),
            },
        ),
    ],
)
def test_a_shoot_moved_and_march_the_verb(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert reviewed(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # an aside naming a watched title after another work's name lends it no date
        (
            'Universal will release "Shadowfall," the follow-up to Ironjaw 2, in theaters on '
            "Sept. 18",
            set(),
        ),
        # the watched title as the object, an aside after it
        (
            'Universal will release "Ironjaw 2," the follow-up to Ironjaw, in theaters on Sept. 18',
            {("ironjaw-2", "release_date", "announced", "2026-09-18")},
        ),
        (
            "Universal has dated Ironjaw 2, the Ana Ruiz-directed sequel starring A and B, for "
            "Friday, August 7",
            {("ironjaw-2", "release_date", "announced", "2026-08-07")},
        ),
    ],
)
def test_an_aside_lends_no_date(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert reviewed(title) == expected


@pytest.mark.parametrize(
    ("title", "released"),
    [
        # a featurette or a trailer breakdown comes before release
        (
            "Ana Ruiz breaks down the opening scene of Netflix's Harbor Lights in a new featurette",
            False,
        ),
        ("Ana Ruiz Breaks Down the Harbor Lights Trailer's Final Scene", False),
        # a post-mortem of what is out
        ("Netflix's Harbor Lights: Ana Ruiz Breaks Down That Ending", True),
        ("Ana Ruiz Breaks Down the Final Scene of Netflix's Harbor Lights", True),
    ],
)
def test_a_promo_breakdown_is_no_release(title: str, released: bool) -> None:
    assert any(f[1] == "release" for f in reviewed(title)) == released


@pytest.mark.parametrize(
    ("title", "summary", "released"),
    [
        # tickets sold ahead of the release
        (
            "'Harbor Lights' Presales: Netflix Film Has Sold 1 Million Tickets Ahead of Sept. 18 "
            "Release",
            "",
            False,
        ),
        ("Netflix's 'Harbor Lights' Has Sold 1 Million Tickets Ahead of Its Opening", "", False),
        # admissions of a film that is out
        (
            "Harbor Lights Notes",
            "Netflix's drama has sold over 1.4 million tickets in Korea.",
            True,
        ),
        ("Netflix's Harbor Lights: 2 Million Tickets Sold in Its First Week", "", True),
    ],
)
def test_tickets_sold_ahead_are_no_release(title: str, summary: str, released: bool) -> None:
    assert any(f[1] == "release" for f in reviewed(title, summary)) == released


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # an audience brought into cinemas is no release
        ("How Netflix's 'Harbor Lights' Could Lure Gen Z Into Theaters Next Summer", set()),
        ("Can Netflix's 'Harbor Lights' Get Gen Zers Into Theaters Next Summer?", set()),
        # the film's own motion into cinemas
        (
            "Ana Ruiz Says 'Ironjaw 2' Will Race Into Theaters Next Summer",
            {("ironjaw-2", "release_date", "expected", "2027-06-01")},
        ),
        (
            "Universal's 'Ironjaw 2' Glides Into Cinemas Oct. 9",
            {("ironjaw-2", "release_date", "announced", "2026-10-09")},
        ),
    ],
)
def test_an_audience_into_theaters_is_no_release(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert reviewed(title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the shoot under way is the title right after the verb, not another named later
        (
            "Mara Quinn, now in London filming 'Other', says A24's 'The Vessel' remains her "
            "favorite",
            "",
            set(),
        ),
        (
            "Mara Quinn Notes",
            "Quinn is now in Malta filming A24's The Vessel.",
            {("vessel", "production", "filming", None)},
        ),
        (
            "A24's The Vessel Notes",
            "Quinn is currently in Malta shooting the thriller.",
            {("vessel", "production", "filming", None)},
        ),
    ],
)
def test_now_filming_belongs_to_the_title_after_it(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert reviewed(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the roundup's list ends at words that are no list, or at a semicolon
        (
            "This Week's Best Trailers: 'Other', 'Another' and Why We're Still Waiting on "
            "'Harbor Lights'",
            set(),
        ),
        ("Best New Trailers: 'Other', 'Another'; Netflix Dates 'Harbor Lights'", set()),
        # the titles it lists
        (
            "This Week's Best Trailers: 'Other,' Netflix's 'Harbor Lights' and More",
            {("harbor", "trailer", "released", None)},
        ),
        (
            "Best New Trailers: 'Ironjaw 2', 'Harbor Lights'",
            {("harbor", "trailer", "released", None), ("ironjaw-2", "trailer", "released", None)},
        ),
    ],
)
def test_a_trailer_roundup_lists_only_its_titles(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert {f for f in reviewed(title) if f[1] == "trailer"} == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # screenings listed with days are no release dates
        ("Special Screenings: 'Ironjaw' July 11, 'Ironjaw 2' July 18", set()),
        # a slate of release or premiere days: each title's own day
        (
            "Universal Sets Premieres: 'Ironjaw' July 11, 'Ironjaw 2' July 18",
            {("ironjaw-2", "release_date", "announced", "2026-07-18")},
        ),
        (
            "Summer Release Dates: 'Other' July 11, 'Ironjaw 2' July 18",
            {("ironjaw-2", "release_date", "announced", "2026-07-18")},
        ),
    ],
)
def test_listed_days_only_in_a_date_slate(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert reviewed(title) == expected


@pytest.mark.parametrize(
    ("title", "released"),
    [
        # the film's score (its music) charts, not the film
        ("Netflix's Harbor Lights score tops the Billboard chart", False),
        ("Netflix's Harbor Lights soundtrack tops the Billboard chart", False),
        # the film charts
        ("Netflix's Harbor Lights Tops the Streaming Chart", True),
        ("Universal's Ironjaw 2 Scores a $40M Opening", True),
    ],
)
def test_a_score_that_charts_is_the_record(title: str, released: bool) -> None:
    assert any(f[1] == "release" for f in reviewed(title)) == released


# ---------------------------------------------------------------- a person's other work


@pytest.mark.parametrize(
    ("title", "pid"),
    cases(
        [
            "‘{T}’ Star’s New Series Arrives July 3",
            "{T} Director’s Next Movie Sets Fall Release",
            "‘{T}’ Writer’s Thriller Debuts Trailer",
            "‘{T}’ Star’s Horror Film Gets July 24 Release Date",
            "{T} Director Mara Quell’s New Film Hits Theaters Oct. 2",
            "‘{T}’ Actor’s Series Premieres July 3 on Netflix",
            "Searchlight Dates ‘{T}’ Director’s Next Film for Oct. 2",
        ]
    ),
)
def test_a_persons_other_work_is_not_the_title(title: str, pid: str) -> None:
    assert found(title) == set(), pid


@pytest.mark.parametrize(
    ("title", "pid", "milestone"),
    [
        (t.format(T=title), FILM_IDS[title], milestone)
        for t, milestone in [
            ("‘{T}’ Director’s Cut Hits Theaters Sept. 18", "release_date"),
            ("‘{T}’ Sets Sept. 18 Release Date", "release_date"),
            ("{T} Star Cast Unveils Trailer", "trailer"),
            ("‘{T}’ Stars in New Trailer", "trailer"),
        ]
        for title in FILMS
    ],
)
def test_a_title_beside_its_people_keeps_its_milestones(
    title: str, pid: str, milestone: str
) -> None:
    assert any(p == pid and m == milestone for p, m, _ in found(title)), title


@pytest.mark.parametrize(
    ("title", "pid"),
    [
        *cases(
            [
                "‘{T}’ Board Game Launches July 17",
                "{T} Video Game Release Date Set for Sept. 5",
                "‘{T}’ Companion Book Release Date Set for Sept. 1",
                "{T} Toys Hit Shelves Sept. 4",
                "‘{T}’ Official Podcast Premieres Sept. 7",
                "{T} Comic Book Debuts Trailer",
            ]
        ),
        ("‘Velvet Hours’ Season 3 Official Podcast Premieres Sept. 7", "velvet-s3"),
        ("Velvet Hours Season 3 Podcast | Episode 1 | HBO", "velvet-s3"),
    ],
)
def test_a_work_made_for_the_title_is_not_the_title(title: str, pid: str) -> None:
    assert found(title) == set(), pid


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "‘Orbital Drift’ Hits Theaters Sept. 18 With Toys and a Video Game",
            {("drift", "release_date", "announced")},
        ),
        ("Velvet Hours Season 3 | Official Trailer | HBO", {("velvet-s3", "trailer", "released")}),
        (
            "‘Velvet Hours’ Season 3 Premieres Sept. 7 on HBO",
            {("velvet-s3", "release_date", "announced")},
        ),
    ],
)
def test_a_title_beside_its_tie_ins_keeps_its_milestones(
    title: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title) == expected


# ---------------------------------------------------------------- a box-office forecast


@pytest.mark.parametrize(
    ("title", "pid"),
    cases(
        [
            "‘{T}’ Box Office Projections Point to $70M Opening",
            "{T} Box Office: Searchlight Film Tracking for $60M Opening July 17",
            "{T} Box Office Forecast: Film Eyes $60M Debut",
        ]
    ),
)
def test_a_box_office_forecast_is_not_a_release(title: str, pid: str) -> None:
    assert (pid, "release", "released") not in found(title)


@pytest.mark.parametrize(
    ("title", "pid"),
    cases(
        [
            "‘{T}’ Box Office: Tops Weekend With $40M Opening",
            "Box Office: ‘{T}’ Tops With $40M as Rival Tracks Below Projections",
            "‘{T}’ Beats Box Office Projections With $40M Opening",
            "{T} Box Office Opening Beats Projections",
            "‘{T}’ Box Office: $40M Opening Weekend Tops Projections",
            "‘{T}’ Opens to $40M at the Box Office, Above Projections",
        ]
    ),
)
def test_a_box_office_result_beside_a_forecast_is_a_release(title: str, pid: str) -> None:
    assert (pid, "release", "released") in found(title)


# ---------------------------------------------------------------- a credit closing an aside


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("The film, from the director of Orbital Drift, opens Aug. 14.", set()),
        ("Cold Harbor, a thriller from the star of Orbital Drift, hits theaters Aug. 14.", set()),
        # the title's own verb: a relative clause, a verb with no aside, a title not credited
        (
            "Quell, star of Orbital Drift, which opens Aug. 14, spoke to us.",
            {("drift", "release_date", "announced")},
        ),
        (
            "Searchlight's Orbital Drift, from the director of Cold Harbor, opens Aug. 14.",
            {("drift", "release_date", "announced")},
        ),
        ("Orbital Drift opens Aug. 14.", {("drift", "release_date", "announced")}),
    ],
)
def test_a_credit_closing_an_aside_lends_no_verb(
    summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found("Notes From the Set", summary) == expected


# ---------------------------------------------------------------- a trailer for another name


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Notes From the Set",
            "A24 dropped the first trailer for Whisper, starring the lead of Orbital Drift.",
            set(),
        ),
        ("A24 Drops Trailer for Cold Whisper, Starring Orbital Drift Lead", "", set()),
        # the trailer for the watched title, after an owner, a season or before an aside
        ("Searchlight Drops First Trailer for Orbital Drift", "", {("drift", "trailer")}),
        ("Watch the Trailer for Universal's Orbital Drift", "", {("drift", "trailer")}),
        (
            "Notes From the Set",
            "Universal dropped the trailer for Orbital Drift, starring Theo Vance.",
            {("drift", "trailer")},
        ),
        (
            "Notes From the Set",
            "HBO dropped the trailer for Season 3 of Velvet Hours.",
            {("velvet-s3", "trailer")},
        ),
        (
            "Universal Drops New Trailer for Orbital Drift, Starring Theo Vance",
            "",
            {("drift", "trailer")},
        ),
    ],
)
def test_a_trailer_for_another_name_is_not_the_titles(
    title: str, summary: str, expected: set[tuple[str, str]]
) -> None:
    assert {(p, m) for p, m, _ in found(title, summary)} == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an aggregator's related headlines, quoting another film in straight quotes
        (
            "'Orbital Drift' Director on the Long Road - Variety",
            "'Orbital Drift' Director on the Long Road Variety "
            "'Cold Ember' Sets Sept. 18 Release Date Deadline",
            set(),
        ),
        (
            "'Orbital Drift' Star Talks Her Role - Variety",
            "'Orbital Drift' Star Talks Her Role Variety 'Red Quay' Gets Oct. 9 Release Date "
            "Deadline 'Glass House' Release Date Moved to 2027 IndieWire",
            set(),
        ),
        (
            "'Orbital Drift' Star Talks Her Role - Variety",
            "'Orbital Drift' Star Talks Her Role Variety 'Ocean's Tide' Dated for Nov. 6 Deadline",
            set(),
        ),
        (
            "'Orbital Drift' Star Talks Her Role - Variety",
            "'Orbital Drift' Star Talks Her Role Variety ‘Cold Ember’ Sets Sept. 18 Release Date",
            set(),
        ),
        # the watched title's own date, quoted or not, still counts
        (
            "'Orbital Drift' Sets Sept. 18 Release Date - Variety",
            "'Orbital Drift' Sets Sept. 18 Release Date Variety",
            {("drift", "release_date")},
        ),
        (
            "Universal Dates 'Orbital Drift' for Sept. 18 - Deadline",
            "Universal Dates 'Orbital Drift' for Sept. 18 Deadline "
            "'Orbital Drift' Gets Sept. 18 Release Variety",
            {("drift", "release_date")},
        ),
        (
            "Notes From the Set",
            "Orbital Drift's Sept. 18 date holds. It opens Sept. 18.",
            {("drift", "release_date")},
        ),
    ],
)
def test_a_straight_quoted_other_title_keeps_its_date(
    title: str, summary: str, expected: set[tuple[str, str]]
) -> None:
    assert {(p, m) for p, m, _ in found(title, summary)} == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a look ahead at the season's first episode: nothing has aired
        ("Velvet Hours Season 3 Episode 1 Promo | HBO", set()),
        ("Velvet Hours Season 3 Episode 1 Promo (HD)", set()),
        ("Velvet Hours Season Three Episode One Preview", set()),
        ("Velvet Hours Season 3 Episode 1 Sneak Peek | HBO", set()),
        ("Velvet Hours S03E01 Promo", set()),
        # an aired episode, or a later episode's promo (earlier ones have aired), still counts
        ("Velvet Hours Season 3 Episode 1 Recap | HBO", {("velvet-s3", "release")}),
        ("Velvet Hours Season 3 Episode 1 Review: The Long Table", {("velvet-s3", "release")}),
        ("Velvet Hours Season 3 Episode 5 Promo | HBO", {("velvet-s3", "release")}),
        ("Velvet Hours S03E01 Recap", {("velvet-s3", "release")}),
        ("Velvet Hours Season 3 Episode 10 Promo", {("velvet-s3", "release")}),
    ],
)
def test_a_first_episode_promo_is_no_release(title: str, expected: set[tuple[str, str]]) -> None:
    assert {(p, m) for p, m, _ in found(title)} == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # one episode's promo is not the season's trailer
        ("Velvet Hours Season 3 Episode 4 Official Promo | HBO", set()),
        ("Velvet Hours Season 3 Episode 2 Official Sneak Peek | HBO", set()),
        ("Velvet Hours S03E04 Official Promo (HD)", set()),
        ("Velvet Hours Season 3 Episode One Official Promo", set()),
        # the season's own promo, teaser or trailer still is
        ("Velvet Hours Season 3 | Official Promo | HBO", {("velvet-s3", "trailer")}),
        ("Velvet Hours Season 3 Official Teaser | HBO", {("velvet-s3", "trailer")}),
        ("Velvet Hours | Season 3 Official Sneak Peek | HBO", {("velvet-s3", "trailer")}),
        ("Velvet Hours: Season 3 | Official Trailer | HBO", {("velvet-s3", "trailer")}),
    ],
)
def test_an_episode_promo_is_not_the_season_trailer(
    title: str, expected: set[tuple[str, str]]
) -> None:
    assert {(p, m) for p, m, _ in found(title) if m == "trailer"} == expected


# ---------------------------------------------------------------- a sequel is another work

DERIVED_MATCHER = Matcher(
    [
        ProductionSpec(id="harbor", title="Harbor Lights", context=("Netflix",)),
        ProductionSpec(id="ironjaw-2", title="Ironjaw 2", context=("Universal",)),
    ]
)


def derived(title: str, summary: str = "") -> set[tuple[str, str, str]]:
    return {
        (o.production, o.milestone, o.status)
        for o in detect(entry(title, summary), DERIVED_MATCHER, PUBLISHED)
    }


@pytest.mark.parametrize(
    "title",
    [
        "‘Harbor Lights’ Sequel Sets Sept. 18, 2028 Release",
        "'Harbor Lights' Sequel Sets Sept. 18, 2028 Release",
        "Netflix Dates ‘Harbor Lights’ Prequel for 2028",
        "‘Harbor Lights’ Spinoff Series Gets Premiere Date",
        "Harbor Lights Spin-Off Premieres Oct. 2 on Netflix",
        "‘Harbor Lights’ Remake Sets Sept. 18 Release",
        "Netflix’s ‘Harbor Lights’ Reboot Begins Filming",
        "‘Harbor Lights’ Sequel Trailer Teases a Storm",
    ],
)
def test_a_sequel_or_spinoff_of_the_title_is_another_work(title: str) -> None:
    assert not {o for o in derived(title) if o[0] == "harbor"}, title


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("‘Ironjaw 2’ Sets Sept. 18 Release", ""),
        ("Universal Dates Sequel ‘Ironjaw 2’ for Sept. 18", ""),
        ("Universal slate news", "The sequel, ‘Ironjaw 2’, opens Sept. 18."),
        ("‘Harbor Lights’ Sets Sept. 18 Release on Netflix", ""),
    ],
)
def test_a_title_that_is_itself_the_sequel_keeps_its_date(title: str, summary: str) -> None:
    assert {p for p, m, _ in derived(title, summary) if m == "release_date"}, title


# ---------------------------------------------------------------- an aggregator's related headlines

AGGREGATED = "Netflix’s ‘Harbor Lights’ Trailer Teases a Storm"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            f"{AGGREGATED} - Variety",
            f"{AGGREGATED} Variety Ocean Ember Sets Sept. 18 Release Date Deadline Sci-Fi Epic "
            "Gets Summer 2027 Date The Hollywood Reporter",
        ),
        (
            f"{AGGREGATED} - Collider",
            f"{AGGREGATED} Collider Ocean Ember Sets Sept. 18 Release Date Deadline",
        ),
        (
            f"{AGGREGATED} - Variety",
            f"{AGGREGATED} Variety The Film Opens Sept. 18 in Theaters TheWrap",
        ),
        # a publisher named by its web address ends a headline too: "didn't know" does not
        # hedge the next headline's first trailer
        (
            f"{AGGREGATED} - Variety",
            f"{AGGREGATED} Variety ‘Harbor Lights’ trailer is the storm you didn't know you "
            "needed Today.com Watch the first trailer for Netflix's sea drama Cosmopolitan",
        ),
        # an outlet of any beat ends a headline: the next headline's date is another film's
        (
            f"{AGGREGATED} - Variety",
            f"{AGGREGATED} Variety Maren Holt Talks Storms and ‘Harbor Lights’ Gold Derby "
            "The Film Gets Sept. 18 Digital Release Date Collider",
        ),
    ],
)
def test_an_aggregators_related_headline_lends_nothing(title: str, summary: str) -> None:
    assert derived(title, summary) == {("harbor", "trailer", "released")}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            f"{AGGREGATED} - Variety",
            f"{AGGREGATED} Variety Ocean Ember Deadline ‘Harbor Lights’ Sets Sept. 18 Release "
            "Date Variety",
            {("harbor", "trailer", "released"), ("harbor", "release_date", "announced")},
        ),
        # no aggregator's shape: the summary's clause still refers to the headline's title
        (
            f"{AGGREGATED} - Variety",
            "The film opens Sept. 18 on Netflix.",
            {("harbor", "trailer", "released"), ("harbor", "release_date", "announced")},
        ),
        (
            "‘Harbor Lights’ Sets Sept. 18 Release Date - Deadline",
            "‘Harbor Lights’ Sets Sept. 18 Release Date Deadline Ocean Ember Trailer Variety",
            {("harbor", "release_date", "announced")},
        ),
    ],
)
def test_an_aggregators_headline_naming_the_title_keeps_its_milestone(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert derived(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a title inside a relative aside the milestone words are outside of: in passing
        (
            "Mara Quell, who stars in The Lantern Keeper, joins Gravewater, which premieres Aug. 6",
            {("gravewater", "release_date", "announced")},
        ),
        (
            "A24, which also has Silver this year, will world premiere Pale Kingdom at Venice",
            {("kingdom", "premiere", "announced")},
        ),
        (
            "Netflix, whose slate includes Orbital Drift, drops the Gravewater trailer",
            {("gravewater", "trailer", "released")},
        ),
        # near misses: the milestone words inside the aside, or the title before it
        (
            "Searchlight, which will release The Lantern Keeper on Sept. 18, also bought a script",
            {("lantern", "release_date", "announced")},
        ),
        (
            "Universal, which dropped the Orbital Drift trailer today, also dated a thriller",
            {("drift", "trailer", "released")},
        ),
        (
            "Orbital Drift, which stars Theo Vance, opens Oct. 2",
            {("drift", "release_date", "announced")},
        ),
        (
            "Theo Vance, who leads Orbital Drift, says the film opens Oct. 2",
            {("drift", "release_date", "announced")},
        ),
    ],
)
def test_a_title_in_a_relative_aside_is_named_in_passing(
    title: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title) == expected


def test_a_season_named_as_a_yardstick_is_not_the_one_reported_on() -> None:
    matcher = Matcher([ProductionSpec(id="saul-s6", title="Gilded Saul", kind="series", season=6)])

    def kinds(title: str) -> set[tuple[str, str, str]]:
        return {
            (o.production, o.milestone, o.status) for o in detect(entry(title), matcher, PUBLISHED)
        }

    final = "‘Gilded Saul’ Final Season Premiere Draws 1.4M Viewers, Up From Season 5 Debut"
    assert kinds(final) == {("saul-s6", "release", "released")}
    assert kinds("‘Gilded Saul’ Final Season Draws 2M Viewers, More Than Season 5") == {
        ("saul-s6", "release", "released")
    }
    # the season the news is about, and a comparison the other way round
    assert kinds("‘Gilded Saul’ Season 5 Finale Draws 1.4M Viewers") == set()
    assert kinds("‘Gilded Saul’ Draws 1.4M Viewers For Season 5 Premiere") == set()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a one-word title followed by the noun of its kind is no longer name
        ("A24 says Silver Movie opens in theaters on Sept. 4", {("silver", "release_date")}),
        ("A24 unveils Silver Teaser today", {("silver", "trailer")}),
        # the trailer as the subject of a verb of disclosure is out, hedges before it or not
        (
            "Gravewater TV series will premiere on Netflix in early 2027, first teaser reveals",
            {("gravewater", "trailer"), ("gravewater", "release_date")},
        ),
        ("Orbital Drift could open in May, new trailer confirms", {("drift", "trailer")}),
    ],
)
def test_work_nouns_and_trailers_that_act(title: str, expected: set[tuple[str, str]]) -> None:
    obs = detect(entry(title), MATCHER, PUBLISHED)
    assert {(o.production, o.milestone) for o in obs} >= expected
    assert all(o.status in ("released", "announced", "expected") for o in obs)
    trailer = [o for o in obs if o.milestone == "trailer"]
    assert all(o.status == "released" for o in trailer)


@pytest.mark.parametrize(
    "title",
    [
        "Will the Orbital Drift teaser reveal a release date?",
        "The Orbital Drift trailer will reveal the villain, Theo Vance says",
        "Orbital Drift: what the trailer could show us",
        "A24 says Silver Lake Movie opens in theaters on Sept. 4",
    ],
)
def test_trailers_that_do_not_act_yet(title: str) -> None:
    obs = detect(entry(title), MATCHER, PUBLISHED)
    assert not [o for o in obs if o.milestone == "trailer" and o.status == "released"]
    if "Lake" in title:
        assert obs == []


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a world premiere is the first screening, not the release
        (
            "Cannes: A24’s ‘Silver’ Earns 9-Minute Standing Ovation",
            "Daniel Okafor’s Silver world premiered in Competition on Saturday night.",
            {("silver", "premiere", "held")},
        ),
        # a festival's opening night is no release verb
        (
            "TIFF Unveils Galas: A24’s ‘Silver’ Gets Opening-Night Slot",
            "Daniel Okafor’s drama will have its world premiere on opening night, Sept. 10.",
            {("silver", "premiere", "announced")},
        ),
        # the promo right before "out now" is what is out
        (
            "Universal Dates ‘Orbital Drift’ For June 4, 2027; Teaser Out Now",
            "",
            {("drift", "release_date", "announced"), ("drift", "trailer", "released")},
        ),
        # near misses: the film out now, and a film opening
        ("‘Orbital Drift’ Out Now In Theaters", "", {("drift", "release", "released")}),
        (
            "‘Orbital Drift’ Trailer: The Thriller Is Out Now On Netflix",
            "",
            {("drift", "trailer", "released"), ("drift", "release", "released")},
        ),
    ],
)
def test_world_premieres_opening_nights_and_promos_out_now(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title, summary) == expected


def test_an_aggregators_other_stories_get_no_trailer_from_a_roundup_headline() -> None:
    title = "Comic-Con 2026: Every big trailer and reveal from Hall H - IGN"
    summary = (
        "Comic-Con 2026: Every big trailer and reveal from Hall H IGN ‘Nova’ trailer debuts "
        "to roaring crowd Variety Orbital Drift panel: Theo Vance wields a sword Polygon"
    )
    assert found(title, summary) == set()
    # a related headline with its own trailer words keeps them
    assert found(
        title, summary.replace("Orbital Drift panel:", "Orbital Drift trailer drops:")
    ) == {("drift", "trailer", "released")}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a book series of the same name is another work
        ("Orbital Drift novels top bestseller charts after the film's success", "", set()),
        # "has landed" an object: an acquisition, not an arrival
        (
            "Theo Vance Sets Next Film",
            "Theo Vance, star of this summer's Orbital Drift, has landed her next starring "
            "vehicle.",
            set(),
        ),
        ("Orbital Drift has landed on Netflix", "", {("drift", "release", "released")}),
        # an earlier film's trailer is that film's
        (
            "When Will the ‘Orbital Drift’ Trailer Drop? Here’s What We Know",
            "Universal hasn't said a word, but the first film’s trailer arrived seven months "
            "before release.",
            set(),
        ),
        # a longer title quoted once and then written bare is that title everywhere
        (
            "Pixar Short ‘Silver & Gold: Date Night’ Coming To Disney+",
            "A24's Daniel Okafor says Pixar’s new short Silver & Gold: Date Night will debut "
            "on Disney+ on Feb. 12.",
            set(),
        ),
        (
            "A24’s ‘Silver’ Gets Feb. 12 Date",
            "Daniel Okafor's Silver opens Feb. 12, a week after ‘Silver Linings’ returns.",
            {("silver", "release_date", "announced")},
        ),
    ],
)
def test_other_works_named_with_a_watched_title(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # where to see it, right before the day
        (
            "ORBITAL DRIFT | Official Trailer | Universal",
            "Theo Vance stars. In select theaters November 13.",
            {("drift", "trailer", "released"), ("drift", "release_date", "announced")},
        ),
        (
            "‘Orbital Drift’ Tracking For $18M+ Opening",
            "The thriller goes out in 3,100 theaters this Friday.",
            {("drift", "release_date", "announced")},
        ),
        # a series starting its run, the title as the subject
        (
            "Gravewater release date: when does Netflix's new drama start?",
            "The wait is nearly over. Gravewater begins on Netflix on Monday 6 July at 9pm.",
            {("gravewater", "release_date", "announced")},
        ),
        (
            "Gravewater | Official Trailer | Netflix",
            "Gravewater starts Monday 6 July, only on Netflix.",
            {("gravewater", "trailer", "released"), ("gravewater", "release_date", "announced")},
        ),
        # near misses: something else starts
        ("Filming on Orbital Drift begins Monday 6 July in Prague", "", set()),
        ("Venice begins Sept. 2 with Orbital Drift out of competition", "", set()),
    ],
)
def test_where_before_a_day_and_a_series_start(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {k for k in found(title, summary) if k[1] != "premiere"} == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Theo Vance learns to cook for ‘Orbital Drift’",
            "Speaking from the set, which is still shooting in Prague, Vance laughed.",
            {("drift", "production", "filming")},
        ),
        (
            "Velvet Hours Season 2: Everything We Know",
            "Cameras have been rolling on Velvet Hours season 2 in Donegal since February.",
            {("velvet-s2", "production", "filming")},
        ),
        (
            "Velvet Hours: cameras stop rolling on HBO drama",
            "Filming has wrapped on the second series of Velvet Hours after 14 weeks.",
            {("velvet-s2", "production", "wrapped")},
        ),
        (
            "HBO drama wraps in Chicago",
            "Production on the third season of HBO's Velvet Hours wrapped in Chicago this week.",
            {("velvet-s3", "production", "wrapped")},
        ),
    ],
)
def test_shoots_under_way_and_seasons_named_before(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a trailer some weeks away is expected
        (
            "Mara Quell On ‘The Lantern Keeper’ Edit And Why The First Teaser Is ‘A Few Weeks "
            "Away’",
            "",
            {("lantern", "trailer", "expected")},
        ),
        (
            "Mara Quell is deep in the edit of The Lantern Keeper",
            "She says Searchlight will unveil the first teaser in a few weeks.",
            {("lantern", "trailer", "expected")},
        ),
        # a review of the episode that aired
        (
            "Gravewater review – Netflix's odd-couple detectives are cosy crime",
            "The leads make a mismatched pair in Monday night’s opener. Four stars.",
            {("gravewater", "release", "released")},
        ),
        # near misses: the opener still ahead
        (
            "Gravewater: what to know ahead of Sunday night’s premiere",
            "",
            set(),
        ),
        ("Gravewater: catch this Sunday night’s opener on Netflix", "", set()),
    ],
)
def test_trailers_weeks_away_and_episodes_that_aired(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {k for k in found(title, summary) if k[1] != "release_date"} == expected


def test_a_return_with_a_world_premiere_is_the_event() -> None:
    summary = (
        "Netflix’s “Gravewater” returned on Saturday with the world premiere of its first two "
        "episodes at San Sebastián’s Kursaal."
    )
    assert found("San Sebastián: ‘Gravewater’ Bows to a Packed Kursaal", summary) == {
        ("gravewater", "premiere", "held")
    }
    # near miss: the season's own premiere is its release
    assert found(
        "Gravewater is back",
        "Netflix’s Gravewater returned on Friday with the premiere of its first two episodes.",
    ) >= {("gravewater", "release", "released")}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a promo before a comma is not the subject of what follows
        (
            "Universal’s ‘Orbital Drift’ Gets Adorable First Teaser, In Theaters Dec. 18",
            "",
            {("drift", "trailer", "released"), ("drift", "release_date", "announced")},
        ),
        ("‘Orbital Drift’ hits PVOD Oct. 20", "", {("drift", "release_date", "announced")}),
        # a month named relative to the entry
        (
            "Good News: ‘Gravewater’ Returns to Netflix Next Month",
            "",
            {("gravewater", "release_date", "expected")},
        ),
        (
            "Gravewater, which opened Sundance earlier this month, eyes awards",
            "",
            {("gravewater", "premiere", "held")},
        ),
        ("Netflix has released this month’s rankings, led by Gravewater", "", set()),
        # an event or a place that carries the title's name
        ("The Gravewater Festival returns to Suffolk next month", "", set()),
        # a move by a week, with both days
        (
            "‘Orbital Drift’ Pushed Back A Week",
            "Universal is nudging Theo Vance’s Orbital Drift back a week, from Aug. 14 to Aug. 21.",
            {("drift", "release_date", "announced")},
        ),
        # a comma before a question of its own
        (
            "gravewater drops tomorrow, anyone else doing a full rewatch tonight?",
            "",
            {("gravewater", "release_date", "announced")},
        ),
        # the star's next job: about that work
        (
            "‘Orbital Drift’ Star Theo Vance Boards A24’s ‘Cradle Song’",
            "Theo Vance, the breakout of Universal’s Orbital Drift, has landed the female lead "
            "in Cradle Song. Production begins in Galway this summer.",
            set(),
        ),
        # near miss: joining a jury is no other work
        (
            "‘Orbital Drift’ Director Theo Vance Joins Venice Jury Instead",
            "Universal pulled the thriller from the festival; it will premiere at Toronto.",
            {("drift", "premiere", "announced")},
        ),
    ],
)
def test_holdout13_round_one(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


def test_a_nudge_keeps_the_previous_day() -> None:
    obs = one(
        "‘Orbital Drift’ Pushed Back A Week",
        "Universal is nudging Theo Vance’s Orbital Drift back a week, from Aug. 14 to Aug. 21.",
        "drift",
        "release_date",
    )
    assert obs.date == FuzzyDate(date(2026, 8, 21), "day")
    assert obs.previous_date == FuzzyDate(date(2026, 8, 14), "day")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the label behind a title names it as a reference point
        (
            "‘Lamplighter Road’ Trailer: A Road Comedy Heads for a Spring Slot",
            "The film, from the same specialty label behind the upcoming Orbital Drift, opens "
            "next spring.",
            set(),
        ),
        # a sentence that opens with another name and an aside about it
        (
            "Universal Maps 2026: ‘Orbital Drift’ Set for the Holidays",
            "Theo Vance’s Orbital Drift is the studio's holiday awards play. Lamplighter Road, "
            "Kelsey Dunn’s road comedy, opens April 10.",
            set(),
        ),
        # a year that names a slate
        ("Netflix Unveils Its Slate", "Netflix released its 2026 film slate on Thursday.", set()),
        # a bracketed day after a title and its credits
        (
            "Universal Unveils Its 2026 Slate",
            "Among the highlights: Orbital Drift, starring Theo Vance and Mara Quell (June 12); "
            "the rom-com Snowed Inn (Nov. 20).",
            {("drift", "release_date", "announced")},
        ),
        # a promo the clause opens with is the subject of its verb
        (
            "Netflix Previews 2026 Drama Slate",
            "The streamer said the first teaser for the second season of Velvet Hours, its "
            "hospital drama, will debut next month.",
            # a teaser still to come, and no release date from its debut
            {("velvet-s2", "trailer", "expected")},
        ),
        # near misses: a relative or subordinate clause has its own subject
        (
            "‘Orbital Drift’ First Look",
            "Universal has released the first teaser for Orbital Drift, Theo Vance's first film "
            "since Silverline, which hits theaters Oct. 2.",
            {("drift", "trailer", "released"), ("drift", "release_date", "announced")},
        ),
        (
            "‘Orbital Drift’ Final Trailer",
            "Universal has released the final trailer for Orbital Drift, two weeks before the "
            "film opens in theaters June 26.",
            {("drift", "trailer", "released"), ("drift", "release_date", "announced")},
        ),
    ],
)
def test_holdout14_round_one(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a studio closing its trade-show presentation holds no premiere
        (
            "Universal CinemaCon: Theo Vance Surprises Exhibitors",
            "Universal closed out its first CinemaCon presentation with Orbital Drift footage.",
            set(),
        ),
        # near miss: a film that closes a festival premieres there
        (
            "Orbital Drift closed the Venice Film Festival on Saturday",
            "",
            {("drift", "premiere", "held")},
        ),
        # the day a film leaves
        (
            "Universal Reshapes Its Calendar: ‘Orbital Drift’ Shifts To 2027",
            "Theo Vance’s Orbital Drift comes off its Dec. 11 date.",
            {("drift", "release_date", "expected")},
        ),
        # a one-word title in lowercase, where the sentence capitalises names
        (
            "A24’s ‘Copperhead Sun’ Is the Studio’s Late-Summer Headliner",
            "The silver lining of A24's slate is Copperhead Sun, which opens Aug. 21.",
            set(),
        ),
        # near miss: a forum post in lowercase
        (
            "gravewater drops tomorrow on Netflix!!! who's watching",
            "",
            {("gravewater", "release_date", "announced")},
        ),
    ],
)
def test_holdout14_round_two(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a dating verb whose object is another film's name
        (
            "DreamWorks Dates ‘Wildwood Pact’ for 2028, Sets ‘Orbital Drift’ Directors’ Next",
            "DreamWorks has set Wildwood Pact for March 17, 2028, and tapped the directors of "
            "Orbital Drift to develop a follow-up.",
            set(),
        ),
        # near miss: the object is the watched title
        (
            "Universal Dates ‘Orbital Drift’ for 2028",
            "Universal has set Orbital Drift for March 17, 2028.",
            {("drift", "release_date", "announced")},
        ),
        # a premiere long past, named in a credit
        (
            "Venice: A Director Returns to the Lido With Footage",
            "Mara Quell, whose The Lantern Keeper premiered in competition here last year, "
            "presented footage from her next film.",
            set(),
        ),
        # counted sets are toys
        (
            "LEGO Unveils ‘Orbital Drift’ Sets",
            "The toymaker revealed four sets tied to Orbital Drift on Thursday.",
            set(),
        ),
    ],
)
def test_holdout14_round_three(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # "World Premieres" as the film's verb: the premiere happened
        (
            "‘Orbital Drift’ Scares Up Rapturous Crowd As Universal Horror World Premieres In "
            "Glasgow",
            "",
            {("drift", "premiere", "held")},
        ),
        ("‘Orbital Drift’ World Premieres In Glasgow", "", {("drift", "premiere", "held")}),
        # near miss: a festival's list of world premieres is ahead
        (
            "Venice World Premieres Include ‘Orbital Drift’",
            "",
            {("drift", "premiere", "announced")},
        ),
        # data released on a day, and a record's category
        (
            "‘Gravewater’ Moves In As Netflix’s Most-Watched Original Launch",
            "Gravewater has become the streamer’s most-watched original comedy debut, "
            "according to internal data released Thursday.",
            {("gravewater", "release", "released")},
        ),
        (
            "‘Gravewater’ Checks In At No. 1 With 14.2M Views",
            "Gravewater debuted with 14.2 million views, the best start for a series on the "
            "streamer this year.",
            {("gravewater", "release", "released")},
        ),
    ],
)
def test_holdout13_round_two(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


SATURDAY = Matcher(
    [
        ProductionSpec(id="saturday", title="Saturday", context=("Focus Features", "Nell Okafor")),
        ProductionSpec(id="fairhaven-s4", title="Fairhaven", kind="series", season=4),
    ]
)


def test_a_weekday_title_is_not_a_date_where_it_names_the_film() -> None:
    obs = detect(
        entry(
            "Focus Features Dates Nell Okafor’s ‘Saturday’ In The Heart Of Awards Season",
            "Focus Features is staking out a prime awards-corridor slot for Saturday. The drama "
            "will open in limited release on Friday, Nov. 14.",
        ),
        SATURDAY,
        PUBLISHED,
    )
    assert [(o.production, o.milestone, o.date) for o in obs] == [
        ("saturday", "release_date", FuzzyDate(date(2026, 11, 14), "day"))
    ]


def test_a_series_finale_is_the_watched_final_season() -> None:
    obs = detect(entry("'Fairhaven' Series Finale Recap: Who Got the House?"), SATURDAY, PUBLISHED)
    assert [(o.production, o.milestone, o.status) for o in obs] == [
        ("fairhaven-s4", "release", "released")
    ]


def test_a_series_that_will_begin_its_season() -> None:
    obs = detect(
        entry(
            "‘Fairhaven’ Final Season Sets July Premiere On HBO",
            "HBO’s Fairhaven will begin its fourth and final season on Sunday, July 12.",
        ),
        SATURDAY,
        PUBLISHED,
    )
    assert {(o.milestone, o.date) for o in obs} == {
        ("release_date", FuzzyDate(date(2026, 7, 12), "day"))
    }
    # near miss: a shoot that will start
    assert (
        detect(
            entry("Fairhaven season 4 will start shooting in Greece in spring"), SATURDAY, PUBLISHED
        )
        == []
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an acquisition, a stock, a song
        (
            "Theo Vance To Star In A24’s ‘Silver’",
            "Theo Vance is set to lead Silver, a survival thriller that A24 has landed in a "
            "competitive situation.",
            set(),
        ),
        (
            "Orbital Drift shares fall",
            "Shares of Orbital Drift fell 9% in extended trading on Thursday.",
            set(),
        ),
        (
            "‘Orbital Drift’ title track out: fans love it",
            "The title track of Universal's Orbital Drift, sung by Mara Quell, was released on "
            "Friday and has crossed 12 million views.",
            set(),
        ),
        # an audience counted, a later week
        (
            "Gravewater is Netflix's biggest drama launch of the year",
            "The first episode was watched by 7.4 million people within seven days.",
            {("gravewater", "release", "released")},
        ),
        (
            "What to watch this weekend",
            "Universal's Orbital Drift is still going strong at the box office in its fourth week.",
            {("drift", "release", "released")},
        ),
    ],
)
def test_holdout16_round(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Universal’s Orbital Drift | Big Game Spot | In Theaters",
            "",
            {("drift", "trailer", "released")},
        ),
        # a song of the same name, counted in streams
        ("Theo Vance's 'Orbital Drift' crosses 2 billion streams on Spotify", "", set()),
        # the predecessor's opening, in a year gone by
        (
            "Box Office Preview: ‘Harbor Lights 2’ Eyes $90 Million-Plus Debut",
            "The first film, in the summer of 2023, opened to $61 million.",
            set(),
        ),
        # a chart result, and the year a slate opens
        (
            "Netflix Top 10: ‘Gravewater’ Opens At No. 1 As Holiday Season Kicks Off",
            "",
            {("gravewater", "release", "released")},
        ),
        (
            "Netflix 2026 Film Slate",
            "Netflix is opening 2026 with Gravewater, its new thriller.",
            set(),
        ),
        # a year in brackets tells works apart
        ("Orbital Drift (2026) is the first Universal thriller that scared my dad", "", set()),
        # preorders that open, and a platform far from the date
        ("Hasbro's Orbital Drift figures", "Preorders open today at 10 a.m.", set()),
        (
            "‘Gravewater’ Rides Wave To Top Of Netflix Charts",
            "Gravewater drew 31 million viewers in its first five days on Netflix, the "
            "service’s biggest launch for an original this year.",
            {("gravewater", "release", "released")},
        ),
        # an aggregator's other headline shaped "'X' Premiere: ..."
        (
            "'Orbital Drift' first reactions: critics call it a return to form - Variety",
            "'Orbital Drift' first reactions: critics call it a return to form Variety "
            "‘Orbital Drift’ Premiere: Theo Vance Brings the Thunder to Hollywood Deadline",
            {("drift", "premiere", "held")},
        ),
    ],
)
def test_holdout15_round(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a rival named, a clause of its own
        (
            "‘Grin’ Sequel Moves Up to Nov. 20 as Studios Steer Clear of ‘Orbital Drift’",
            "",
            set(),
        ),
        (
            "‘Silverline’ Heads to Netflix Ahead of Sequel",
            "The original will stream in the U.S. from March 15 as the studio readies "
            "'Orbital Drift'.",
            set(),
        ),
        # into some 3,900 theaters on a day
        (
            "‘Orbital Drift’ Tracking Points To $65M+ Opening",
            "Universal's Orbital Drift is tracking to open north of $65 million when it sails "
            "into some 3,900 theaters Friday.",
            {("drift", "release_date", "announced")},
        ),
        # a festival premiere by its reception
        (
            "Theo Vance gets 9-minute standing ovation for 'Orbital Drift' at Venice",
            "",
            {("drift", "premiere", "held")},
        ),
        (
            "TIFF: Universal’s ‘Orbital Drift’ Gets Rousing Premiere",
            "",
            {("drift", "premiere", "held")},
        ),
        # a schedule, a denial
        (
            "Comic-Con 2026: Full Panel Schedule Revealed",
            "Comic-Con has released its full programming schedule for the 2026 convention, "
            "with Universal's Orbital Drift among the panels.",
            set(),
        ),
        (
            "Universal Denies Report ‘Orbital Drift’ Will Play Cannes Out Of Competition",
            "",
            set(),
        ),
    ],
)
def test_holdout18_round(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


def test_a_month_title_owned_by_its_studio_counts() -> None:
    matcher = Matcher(
        [ProductionSpec(id="november", title="November", context=("Neon", "Callum Reyes"))]
    )
    entry_ = entry(
        "Neon’s ‘November’ Opens Strong In Specialty Release",
        "Neon’s November, a snowbound family drama, opened to $186K at six locations.",
    )
    assert {(o.production, o.milestone) for o in detect(entry_, matcher, PUBLISHED)} == {
        ("november", "release")
    }
    # the month itself is no title, nor a date where the entry names the film
    assert detect(entry("Netflix: what's new in November"), matcher, PUBLISHED) == []
    quiz = entry(
        "Will 'November' be streaming? What we know about Neon's drama",
        "The best movies coming to theaters in November",
    )
    assert [o for o in detect(quiz, matcher, PUBLISHED) if o.milestone == "release_date"] == []


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a forecast however far back its word stands
        (
            "‘Orbital Drift’ Eyes $30M+ Opening – Preview",
            "Tracking has Universal’s Orbital Drift in the $30M-$35M range at 3,900 theaters.",
            set(),
        ),
        (
            "‘Orbital Drift’ Tracking For $90M+ Opening",
            "First tracking for Universal’s Orbital Drift arrived this morning, and it’s strong.",
            set(),
        ),
        # an extended sequence is no extended run
        (
            "Universal Gives Annecy a First Look at ‘Orbital Drift’",
            "Universal brought a preview of Orbital Drift to Annecy on Monday, screening an "
            "extended sequence for a packed hall.",
            set(),
        ),
        # a festival's edition
        (
            "‘Orbital Drift’ Opens SXSW 2026 as Theo Vance’s Thriller Leaves Austin Gasping",
            "",
            {("drift", "premiere", "held")},
        ),
        # a first trailer still to come means none is out
        (
            "Netflix Tudum 2026 Lineup: ‘Gravewater’ Trailer, Three Film Reveals Set for Live "
            "Event",
            "Netflix will premiere the first trailer for Gravewater at its Tudum live fan event "
            "on Sept. 5.",
            {("gravewater", "trailer", "expected")},
        ),
    ],
)
def test_holdout17_round(title: str, summary: str, expected: set[tuple[str, str, str]]) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a timeslot is no date
        (
            "HBO Sets Fall Premiere Dates: ‘Velvet Hours’ Season 3 Returns Oct. 1, ‘Succession’ "
            "Moves To Wednesdays",
            "",
            {("velvet-s3", "release_date", "announced", "2026-10-01")},
        ),
        # an event that returns
        (
            "Netflix Tudum 2026 Lineup: ‘Gravewater’ First Look",
            "Netflix has revealed the lineup for its Tudum fan event, which returns to Los "
            "Angeles on May 30.",
            set(),
        ),
        # ratings up on the week
        (
            "Velvet Hours Season 3 Premiere Ratings: HBO Drama Opens Up 12% Against Thursday "
            "Football",
            "",
            {("velvet-s3", "release", "released", None)},
        ),
    ],
)
def test_holdout19_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


def test_a_noun_after_a_release_word_is_not_a_title_starting_there() -> None:
    matcher = Matcher([ProductionSpec(id="night-shore", title="Night Shore", context=("Showbox",))])
    obs = detect(
        entry(
            "Thriller ‘Night Shore’ Sets Korean Summer Release",
            "Showbox will release Night Shore in Korean cinemas on July 1.",
        ),
        matcher,
        PUBLISHED,
    )
    assert [(o.milestone, o.status, o.date) for o in obs] == [
        ("release_date", "announced", FuzzyDate(date(2026, 7, 1), "day"))
    ]


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # another film dated, described first
        (
            "Universal Moves ‘Orbital Drift’, Dates Horror Pic ‘The Vestry’",
            "The studio also dated horror pic The Vestry for August 21.",
            set(),
        ),
        # an aside with its own "to" and year before the move's days
        (
            "Universal Moves ‘Orbital Drift’ To October",
            "Universal has shifted Orbital Drift, its sequel to the 2022 action hit starring "
            "Theo Vance, from August 21 to October 9.",
            {("drift", "release_date", "announced", "2026-10-09")},
        ),
        # footage shown, a record's year, tracking that arrived
        ("CinemaCon: Universal Shows Extended ‘Orbital Drift’ Footage", "", set()),
        (
            "‘Velvet Hours’ Season 3 Premiere Draws 9.4M Viewers",
            "It ranks as the biggest cable telecast of 2026.",
            {("velvet-s3", "release", "released", None)},
        ),
        (
            "‘Orbital Drift’ Tracking For $80M+ Domestic Debut",
            "First tracking arrived Thursday for Universal’s Orbital Drift.",
            set(),
        ),
        # the film a teaser plays in front of, a maker's earlier work
        (
            "‘Silverline’ Teaser To Debut In Theaters Attached To Universal’s ‘Orbital Drift’",
            "Theaters showing the thriller will hold the teaser from Friday.",
            set(),
        ),
        (
            "Mara Quell to Direct Documentary on Ice Divers",
            "Mara Quell, the filmmaker behind Searchlight’s “The Lantern Keeper,” will direct a "
            "new documentary. Production begins in November.",
            set(),
        ),
        # a chart topped
        (
            "'Gravewater' tops Netflix's global non-English TV chart in first week",
            "",
            {("gravewater", "release", "released", None)},
        ),
    ],
)
def test_holdout21_and_22_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # "fake", "concept" and "parody" mark a video only next to the trailer
        (
            "‘Orbital Drift’ Trailer: Theo Vance Hires A Fake Date For His Sister’s Wedding",
            "Universal has dropped the official trailer for Orbital Drift.",
            {("drift", "trailer", "released")},
        ),
        ("ORBITAL DRIFT – New Trailer (2026) | Theo Vance | Concept", "", set()),
        # tie-ins, a trade show's close, another original, a rival awaited
        ("LEGO Unveils ‘Orbital Drift’ Building Sets, Arriving in Stores June 1", "", set()),
        ("Universal Store's new Orbital Drift plush collection drops today", "", set()),
        ("CinemaCon: Universal Closes With Extended ‘Orbital Drift’ Look", "", set()),
        (
            "Searchlight Wows Annecy With First 20 Minutes of ‘The Lantern Keeper,’ Dates Next "
            "Original for 2028",
            "",
            set(),
        ),
        (
            "‘Silverline’ Holds No. 1 With $31M As Family Crowd Waits On ‘Orbital Drift’",
            "",
            set(),
        ),
        ("‘Orbital Drift’ Creeping Toward $28M Opening – Box Office Preview", "", set()),
        # a premiere as background, and as this week's news
        (
            "‘Orbital Drift’ Review: A Nocturnal Thriller",
            "Theo Vance's sophomore feature, which premiered in Cannes, keeps the brakes off.",
            set(),
        ),
        (
            "‘Orbital Drift’ Review – Venice Film Festival",
            "Theo Vance's Orbital Drift, which world premiered in competition at the Venice Film "
            "Festival on Tuesday, begins with a board in chaos.",
            {("drift", "premiere", "held")},
        ),
        (
            "Universal’s ‘Orbital Drift’: First Reactions From World Premiere",
            "",
            {("drift", "premiere", "held")},
        ),
        # finales and twists explained; a season that will air
        (
            "'Gravewater' Finale Explained: Who Really Did It?",
            "",
            {("gravewater", "release", "released")},
        ),
        (
            "Gravewater will air this winter, Netflix confirms",
            "",
            {("gravewater", "release_date", "expected")},
        ),
    ],
)
def test_holdout23_and_24_round(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title, summary) == expected


def test_the_season_renewed_is_not_the_season_out() -> None:
    obs = detect(
        entry(
            "‘Fairhaven’ Renewed for Season 4 After Record-Breaking Third Run",
            "The HBO drama premiered to 22.4 million views.",
        ),
        SATURDAY,
        PUBLISHED,
    )
    assert [o for o in obs if o.milestone == "release"] == []


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # tracking that arrived, however the title is described
        (
            "Universal’s ‘Orbital Drift’ Eyes $70 Million-Plus Opening in Early Tracking",
            "First tracking for Universal’s live-action “Orbital Drift” arrived Thursday.",
            set(),
        ),
        # a ratings category, a season that has arrived, a list
        (
            "‘Velvet Hours’ Season 3 Premiere Cooks Up HBO’s Best Wednesday In Two Years",
            "",
            set(),  # no day from "best Wednesday"
        ),
        (
            "The Best Holiday Movies and Specials to Stream in 2026",
            "The holidays have arrived, and so has Netflix's Orbital Drift.",
            set(),
        ),
        # a deal that closed at a festival
        (
            "Neon Buys ‘Orbital Drift’ for North America",
            "The deal, for a high seven figures, closed in Toronto.",
            set(),
        ),
        # a day set for another film
        (
            "Universal Dates ‘Orbital Drift 2’ for July 2028",
            "Universal has set July 14, 2028 for “Orbital Drift 2,” after the original's run.",
            set(),
        ),
        # a first teaser promised outranks a mention of it
        (
            "Theo Vance Says First ‘Orbital Drift’ Teaser Will Land Before Christmas",
            "The star said the first teaser for Orbital Drift is locked.",
            {("drift", "trailer", "expected")},
        ),
        # audiences and charts of what is out
        (
            "‘Velvet Hours’ Season 3 Finale Draws Series-High Audience, HBO Says",
            "",
            {("velvet-s3", "release", "released")},
        ),
        (
            "‘Gravewater’ Is Now Netflix’s #1 Show Worldwide",
            "",
            {("gravewater", "release", "released")},
        ),
        (
            "Gravewater series 1 opener watched by 6.1 million as Netflix's mystery returns",
            "",
            {("gravewater", "release", "released")},
        ),
    ],
)
def test_holdout25_and_26_round(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a yearless day ten months ahead is still ahead
        (
            "Universal Moves ‘Orbital Drift’ to Next Spring",
            "The thriller has moved from July 17 to April 2, the studio said.",
            {("drift", "release_date", "announced", "2027-04-02")},
        ),
        # the day of a statement is no release day; a timeslot is no date
        (
            "Netflix Sets ‘Gravewater’ for Fall",
            "Netflix will release Gravewater this fall before it streams worldwide, the "
            "company said Tuesday.",
            {("gravewater", "release_date", "expected", "2026-09-01")},
        ),
        ("Gravewater will air in a Sunday 9pm slot, Netflix confirms", "", set()),
        # a teaser that debuted, a game's trailer, a series' premiere day
        (
            "‘Orbital Drift’ Teaser: Theo Vance Sees Double",
            "Universal has released the second teaser, which debuted online Thursday morning.",
            {("drift", "trailer", "released", None)},
        ),
        ("ORBITAL DRIFT - Official Gameplay Reveal Trailer | Summer Game Fest", "", set()),
        (
            "‘Gravewater’ Trailer: Premiere Date Set",
            "Netflix has set Thursday, June 25 for the premiere of Gravewater.",
            {
                ("gravewater", "trailer", "released", None),
                ("gravewater", "release_date", "announced", "2026-06-25"),
            },
        ),
    ],
)
def test_holdout27_and_28_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a renewal for the next season, for the results of the season out
        (
            "‘Gravewater’ Renewed For Season 2 After Blockbuster Debut",
            "Netflix has renewed the thriller Gravewater for a second season after its first "
            "drew 30 million views in a month.",
            {("gravewater", "release", "released", None)},
        ),
        ("‘Gravewater’ Renewed for Season 2 at Netflix, Coming Next Spring", "", set()),
        # a season's own time, named as the series' own away from its title
        (
            "HBO Fall Schedule: ‘Velvet Hours’ Moves To Sundays",
            "The drama shifts from Mondays to Sundays at 9 p.m. for its second season this fall.",
            {("velvet-s2", "release_date", "expected", "2026-09-01")},
        ),
        ("Velvet Hours Won Three Emmys For Its Second Season", "", set()),
        # a debut counted from is behind
        (
            "‘Gravewater’ Holds At No. 1 On Netflix",
            "Two months after its January debut, the thriller is still the most-watched "
            "series on the service.",
            {("gravewater", "release", "released", None)},
        ),
        # the shoot over
        ("Cameras Stop Rolling On ‘Orbital Drift’", "", {("drift", "production", "wrapped", None)}),
        (
            "Universal’s ‘Orbital Drift’ Heads Into Post-Production After A 70-Day Shoot",
            "",
            {("drift", "production", "wrapped", None)},
        ),
        ("The Washington Post Reviews Universal’s ‘Orbital Drift’", "", set()),
        # footage for a room is out for nobody else
        ("CinemaCon: Universal Shows Exhibitors First ‘Orbital Drift’ Teaser", "", set()),
        (
            "‘Orbital Drift’ Teaser Screened Behind Closed Doors in Las Vegas",
            "Universal gave theater owners a look at the footage on Wednesday.",
            set(),
        ),
        (
            "‘Orbital Drift’ Teaser Is Now Online After Debuting For Exhibitors At CinemaCon",
            "",
            {("drift", "trailer", "released", None)},
        ),
        # a first look, however exclusive, is photos
        ("Orbital Drift: Exclusive First Look At Theo Vance's Space Epic", "", set()),
        # another film slotted into the day a watched one leaves
        (
            "Universal Moves ‘Orbital Drift’ To March 12, 2027",
            "The studio has slotted Jo Park’s family comedy Pine Valley into its Nov. 6 date.",
            {("drift", "release_date", "announced", "2027-03-12")},
        ),
        # a move's object described before its title
        (
            "Universal Shuffles Its Calendar",
            "Universal is sliding Theo Vance’s space epic Orbital Drift off its Dec. 18 date "
            "to March 12, 2027.",
            {("drift", "release_date", "announced", "2027-03-12")},
        ),
        # an older work of the same name, marked by its year
        ("Universal Brings 1986 ‘Orbital Drift’ Back To Theaters Oct. 2", "", set()),
        ("‘Orbital Drift’ (1986) Returns To Theaters Oct. 2 For Its 40th Anniversary", "", set()),
        (
            "Universal Sets ‘Orbital Drift’ for Oct. 2, 40 Years After the 1986 Original",
            "",
            {("drift", "release_date", "announced", "2026-10-02")},
        ),
    ],
)
def test_holdout29_and_30_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "released"),
    [
        # a season still to come is not out; the figures are an earlier season's
        (
            "HBO Unveils Its Fall Lineup: ‘Velvet Hours’ Season 2 Set for Fall Return",
            "The drama, which became one of the network’s most-watched series, returns this fall.",
            False,
        ),
        # the season's own figures, beside a day still ahead
        (
            "‘Velvet Hours’ Season 2 Premiere Draws 3 Million Viewers; Finale Set for Aug. 2",
            "",
            True,
        ),
    ],
)
def test_a_season_ahead_is_not_out(title: str, summary: str, released: bool) -> None:
    assert (("velvet-s2", "release", "released") in found(title, summary)) is released


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a limited or wide opening is a kind of release, not a result
        (
            "Searchlight Moves ‘The Lantern Keeper’ To Dec. 25 Limited Opening",
            {("lantern", "release_date", "announced", "2026-12-25")},
        ),
        (
            "‘The Lantern Keeper’ Scores Strong Limited Opening In New York",
            {("lantern", "release", "released", None)},
        ),
    ],
)
def test_a_limited_opening_is_a_kind_of_release(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title) == expected


_TIDE = Matcher(
    [
        ProductionSpec(id="tide-3", title="Black Tide 3", context=("Netflix",)),
        ProductionSpec(id="lantern", title="The Lantern Keeper", context=("Searchlight",)),
    ]
)


def _tide(title: str, summary: str = "") -> set[tuple[str, str, str, str | None]]:
    return {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary), _TIDE, PUBLISHED)
    }


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an earlier installment's ending, by its number or its year
        ("Black Tide 2's Ending Explained: How It Sets Up Black Tide 3", "", set()),
        (
            "How Black Tide 3 Picks Up the Story",
            "Here is the 2024 sequel's ending explained, and what it means for the next film.",
            set(),
        ),
        # a sentence about the earlier film, the watched one only in its "as" clause
        ("Black Tide Is Back in Netflix's Top 10 as Black Tide 3 Casting Heats Up", "", set()),
        (
            "‘Black Tide 3’ Is Back in Netflix's Top 10",
            "",
            {("tide-3", "release", "released", None)},
        ),
        # a title without its leading "The", in quotes
        (
            "First ‘Lantern Keeper’ Teaser Coming Thursday, Searchlight Confirms",
            "",
            {("lantern", "trailer", "expected", "2026-06-11")},
        ),
        ("Searchlight Profiles A Real Lantern Keeper Teaser Of A Life On The Coast", "", set()),
        ("First ‘Lantern Keeper’ Teaser Coming Thursday", "", set()),  # no context word
        # the older work of a remake's name
        (
            "Searchlight’s Remake Gets A Teaser",
            "Searchlight's remake of the 1962 comedy The Lantern Keeper drops its teaser Thursday.",
            set(),
        ),
        ("Why the Original ‘Lantern Keeper’ Flopped at the Box Office", "", set()),
        # the post-credits scene explained is of a film that is out
        (
            "Black Tide 3 Post-Credits Scene Explained",
            "",
            {("tide-3", "release", "released", None)},
        ),
    ],
)
def test_holdout31_and_32_round_earlier_works(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert _tide(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a first look of stills, the trailer denied
        (
            "Velvet Hours Season 2 First Look: HBO Reveals Ines Marlow's New Look",
            "HBO shared a handful of stills; no trailer was shown.",
            set(),
        ),
        # a title inside a relative aside is not the subject
        (
            "‘Desert Bloom’ Trailer Pits Two Spies Against Each Other",
            "The thriller, which took over Orbital Drift’s old July slot, gets its first full "
            "trailer.",
            set(),
        ),
        # a shoot wrapped, its places between
        (
            "Universal’s ‘Orbital Drift’ wraps Malta and Morocco shoot",
            "",
            {("drift", "production", "wrapped", None)},
        ),
        # British forms: "back on 5 April", "series two", "out on" a service
        (
            "Velvet Hours: HBO drama back on 5 April as series two trailer released",
            "",
            {
                ("velvet-s2", "release_date", "announced", "2027-04-05"),
                ("velvet-s2", "trailer", "released", None),
            },
        ),
        ("Velvet Hours Is Back On Track For HBO", "", set()),
        (
            "Velvet Hours season 2 out on HBO Max: Ines Marlow returns",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        # a move's object described at length before its title
        (
            "Universal Moves Up ‘Orbital Drift’ In The UK",
            "Universal has moved the UK and Ireland release of space epic Orbital Drift "
            "forward by a week to August 21.",
            {("drift", "release_date", "announced", "2026-08-21")},
        ),
        # a prequel named after the work it comes from
        (
            "Netflix Sets Premiere Date For ‘Silver Tide’ Prequel ‘Gravewater’",
            "The prequel series to the 2003 comedy Silver Tide will premiere all eight "
            "episodes on Thursday, March 19.",
            {("gravewater", "release_date", "announced", "2027-03-19")},
        ),
    ],
)
def test_holdout31_and_32_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


_TV = Matcher(
    [
        ProductionSpec(id="open-water", title="Open Water", kind="series", context=("HBO",)),
        ProductionSpec(id="cold-harbor", title="Cold Harbor", context=("Lionsgate", "remake")),
        ProductionSpec(id="tide-3", title="Black Tide 3", context=("Netflix",)),
    ]
)


def _tv(title: str, summary: str = "") -> set[tuple[str, str, str, str | None]]:
    return {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary), _TV, PUBLISHED)
    }


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a title's own word is no verb: "Open Water" opens nothing
        (
            "‘Open Water’ Premiere Draws 2.4 Million Viewers",
            "HBO’s limited series “Open Water” opened to 2.4 million viewers on Sunday night.",
            {("open-water", "release", "released", "2026-06-07")},
        ),
        # a remake keeps its title: "'X' Remake" is a watched remake (its context says so)
        (
            "‘Cold Harbor’ Remake Can’t Thaw the Box Office With $9M Opening",
            "Lionsgate's update of the 1989 thriller landed fourth.",
            {("cold-harbor", "release", "released", None)},
        ),
        # a date denied until a later one names that one
        (
            "Black Tide 3 Won't Arrive Until Summer 2027, Netflix Confirms",
            "",
            {("tide-3", "release_date", "expected", "2027-06-01")},
        ),
        ("Black Tide 3 Won't Arrive in 2026 After All, Netflix Says", "", set()),
        # a game's launch trailer
        (
            "Dead by Midnight Adds Its Captain in Chapter 31 Launch Trailer for Black Tide 3",
            "",
            set(),
        ),
    ],
)
def test_holdout33_and_34_round_own_titles(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert _tv(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the day a schedule was unveiled is no release day; its season's month is
        (
            "HBO Fall Schedule: ‘Velvet Hours’ Held For January",
            "HBO unveiled its 2026-27 primetime schedule Monday: Velvet Hours will sit out the "
            "fall and take off on its second season in January 2027.",
            {("velvet-s2", "release_date", "expected", "2027-01-01")},
        ),
        # a season that returned on a past day: its figures, no date ahead
        (
            "Thursday Ratings: ‘Velvet Hours’ Season 2 Opener Wins The Night",
            "HBO’s Velvet Hours returned for its second season Thursday and drew 5.2 million "
            "viewers.",
            {("velvet-s2", "release", "released", "2026-06-04")},
        ),
        # a move pulled forward; a month of a past year elsewhere gives no year to its day
        (
            "Universal Moves ‘Orbital Drift’ Up Six Weeks",
            "Universal has pulled the release of Orbital Drift forward from Dec. 18 to Nov. 6. "
            "The first film, which opened in November 2023, grossed $412 million.",
            {("drift", "release_date", "announced", "2026-11-06")},
        ),
        # a season that is here
        (
            "‘Velvet Hours’ Season 2 Is Here: HBO’s Drama Returns",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
    ],
)
def test_holdout33_and_34_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # back for a season on a day; its first season's charts are a yardstick
        (
            "Everything Coming to HBO in March: ‘Velvet Hours’ Season 2 and More",
            "“Velvet Hours” is back for Season 2 on March 12, a year after its first season "
            "topped the charts.",
            {("velvet-s2", "release_date", "announced", "2027-03-12")},
        ),
        # "sophomore" names season 2
        (
            "‘Velvet Hours’ Sophomore Finale Draws Series-High Audience For HBO",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        # a season still to come is not out, whatever the series did before
        (
            "‘Velvet Hours’ Renewed for Season 3 at HBO Ahead of Season 2 Debut",
            "The drama spent six weeks in HBO's top 10 after its first season.",
            set(),
        ),
        # a surprise drop, with no red carpet
        (
            "Netflix Surprise-Drops ‘Gravewater’ With Zero Advance Notice",
            "Netflix quietly released Gravewater overnight with no announcement and no red carpet.",
            {("gravewater", "release", "released", None)},
        ),
        ("Searchlight Launches ‘The Lantern Keeper’ Awards Push", "", set()),
        ("Netflix Drops ‘Gravewater’ From Its Fall Slate", "", set()),
        ("Searchlight Next Releases ‘The Lantern Keeper’, Mara Quell’s Drama", "", set()),
        # on the service now
        (
            "What to Watch This Week",
            "If you missed it, ‘Orbital Drift’ is one of the best films on Netflix right now.",
            {("drift", "release", "released", None)},
        ),
        # a trade show's slate is no festival lineup
        ("Universal’s CinemaCon Slate: ‘Orbital Drift’ Sizzle Reel and Three New Dates", "", set()),
        # a premiere a day behind; a premiere a week before a release still ahead
        (
            "Cannes: Neon Takes ‘The Lantern Keeper’",
            "Neon acquired The Lantern Keeper, Mara Quell’s competition title, a day after its "
            "world premiere.",
            {("lantern", "premiere", "held", None)},
        ),
        (
            "Netflix Dates ‘The Lantern Keeper’",
            "Netflix will launch The Lantern Keeper worldwide on Oct. 2, a week after its "
            "premiere at the San Sebastián Film Festival.",
            {
                ("lantern", "release_date", "announced", "2026-10-02"),
                ("lantern", "premiere", "announced", None),
            },
        ),
    ],
)
def test_holdout35_and_36_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


def test_a_festival_that_describes_the_film_opens_nothing() -> None:
    october = datetime(2026, 10, 1, 12, tzinfo=UTC)  # after Telluride
    obs = detect(
        entry(
            "Searchlight Dates ‘The Lantern Keeper’",
            "Searchlight will open Mara Quell’s Telluride comedy The Lantern Keeper in limited "
            "release on Nov. 13.",
            october,
        ),
        MATCHER,
        october,
    )
    assert {(o.milestone, o.status, o.date.iso() if o.date else None) for o in obs} == {
        ("release_date", "announced", "2026-11-13")
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a forecast's superlative is no result; a result's is
        (
            "‘Orbital Drift’ Eyes $90M Launch As Space Epic Charts Course For Summer’s Biggest "
            "Opening – Box Office Preview",
            set(),
        ),
        ("Universal’s ‘Orbital Drift’ Eyeing $40 Million Opening", set()),
        (
            "‘Orbital Drift’ Scores Summer’s Biggest Opening With $90M",
            {("drift", "release", "released")},
        ),
        # a question about a trailer is no trailer
        ("Velvet Hours season 2 trailer: when will HBO release it?", set()),
        ("Velvet Hours Season 2 Trailer | HBO", {("velvet-s2", "trailer", "released")}),
    ],
)
def test_forecasts_and_questions_from_older_sets(
    title: str, expected: set[tuple[str, str, str]]
) -> None:
    assert found(title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a festival it opened, in a relative clause: background to a box-office story
        (
            "Box Office: ‘Orbital Drift’ Digs Up $27M Opening",
            "Universal’s Orbital Drift took an estimated $27 million; Theo Vance’s epic, which "
            "opened Fantastic Fest, played best in Imax.",
            {("drift", "release", "released", None)},
        ),
        # a "whose" clause with the title inside: background to a casting story
        (
            "Mara Quell to Star in a Western",
            "Quell, whose Searchlight drama ‘The Lantern Keeper’ premiered at Cannes last month, "
            "is in talks.",
            set(),
        ),
        # an appositive of another quoted title: that title's day
        (
            "Theo Vance on ‘The Mariner’s Daughter’ and Why ‘Orbital Drift’ Nearly Broke Him",
            "In “The Mariner’s Daughter,” the quiet Irish drama that opens Friday, he barely "
            "raises his voice.",
            set(),
        ),
    ],
)
def test_background_and_appositives_from_older_sets(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


_AP = Matcher(
    [
        ProductionSpec(id="full-moon", title="Full Moon", context=("Amazon MGM",)),
        ProductionSpec(id="quiet-quitting", title="Quiet Quitting", context=("Netflix",)),
        ProductionSpec(id="tide-3", title="Black Tide 3", context=("Netflix",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a wire story's ranked top five: each listed film's weekend, an ambiguous title too
        (
            "'Ironsides' holds off rivals for a second weekend",
            "NEW YORK (AP) — Top five: 1. 'Ironsides,' $31.2 million. 2. 'Full Moon,' $24.6 "
            "million. 3. 'Black Tide 3,' $9.8 million.",
            {("full-moon", "release", "released"), ("tide-3", "release", "released")},
        ),
        ("'Black Tide 3' storms to No. 1", "", {("tide-3", "release", "released")}),
        ("'Black Tide 3' dips to third", "", {("tide-3", "release", "released")}),
        ("A full moon rises over the valley", "Stargazers gathered at 9.", set()),
        # a phrase title written as the phrase
        ("'Quiet quitting' is out. 'Coffee badging' is in. Here's why", "", set()),
        ("Netflix's 'Quiet Quitting' Is Out Now", "", {("quiet-quitting", "release", "released")}),
        # a day's gross
        (
            "Box Office",
            "‘Black Tide 3’ Stays Afloat With $9.4M Monday, Best Of The Year",
            {("tide-3", "release", "released")},
        ),
    ],
)
def test_holdout37_and_38_round_lists(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    found_here = {
        (o.production, o.milestone, o.status) for o in detect(entry(title, summary), _AP, PUBLISHED)
    }
    assert found_here == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a roundup of a game's spots, many words long
        (
            "Every Super Bowl 2026 movie trailer, ranked",
            "Theo Vance dangling from a cargo plane in the first 'Orbital Drift' TV spot was the "
            "clear winner.",
            {("drift", "trailer", "released", None)},
        ),
        # a reboot of another name dated, beside a watched title in an aside
        (
            "Universal Dates ‘Mercer Falls’ Reboot for July 16, 2027",
            "Universal has dated its “Mercer Falls” reboot for July 16, 2027, and the producer "
            "who also oversees “Orbital Drift” for the studio will shepherd it.",
            set(),
        ),
    ],
)
def test_holdout37_and_38_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # forum posts in lowercase: a source tag is no capital; a period ends a sentence
        (
            "[Deadline] cameras stop rolling on orbital drift after 110 days in malta",
            "",
            {("drift", "production", "wrapped", None)},
        ),
        (
            "orbital drift rode into $9.1M this weekend. universal was hoping for double that",
            "",
            {("drift", "release", "released", None)},
        ),
        (
            "orbital drift made $38.2M over the 4-day, a win for universal",
            "",
            {("drift", "release", "released", None)},
        ),
        # the trailer is here; the day after it is the film's
        (
            "velvet hours season 2 trailer is finally here, show drops aug 14",
            "",
            {
                ("velvet-s2", "trailer", "released", None),
                ("velvet-s2", "release_date", "announced", "2026-08-14"),
            },
        ),
        # a game's reveal trailer
        ("Orbital Drift – Tactics | Official Game Reveal Trailer", "", set()),
        # a film planted on a day; another film shifted in the same headline
        (
            "Universal Dates ‘Orbital Drift’ for July, Shifts ‘Kitebound’ Into 2027",
            "Universal has planted “Orbital Drift” on July 2, parking it in the holiday corridor.",
            {("drift", "release_date", "announced", "2026-07-02")},
        ),
        # a weekend record; a presale record is none
        (
            "Universal hits the jackpot in Mexico as ‘Orbital Drift’ sets Memorial Day weekend "
            "record",
            "",
            {("drift", "release", "released", None)},
        ),
        (
            "‘Orbital Drift’ presales top $50 million days before its box office bow",
            "Universal's film sets a presale record.",
            set(),
        ),
        # the gross of a film a distributor acquired; the Spring Festival is no date
        (
            "Well Go USA Lands ‘Orbital Drift’ For North America",
            "Well Go USA has acquired North American rights to Orbital Drift, the space epic that "
            "has taken more than $610 million at the mainland box office since opening over the "
            "Spring Festival holiday.",
            {("drift", "release", "released", None)},
        ),
        # a forecast labelled so at the end of its headline
        (
            "‘Orbital Drift’ Winding Up For $110M+ Four-Day Memorial Day Bow – Box Office Preview",
            "",
            set(),
        ),
    ],
)
def test_holdout39_and_40_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


_CABLE = Matcher(
    [ProductionSpec(id="copper-s4", title="Copper Line", kind="series", season=4, context=("AMC",))]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a season's halves and installments
        ("Copper Line midseason premiere recap: June gets up off the floor", "", {"release"}),
        (
            "Nielsen Streaming Top 10: ‘Copper Line’ Opens Its Fourth Installment At No. 2 With "
            "1.3B Minutes",
            "",
            {"release"},
        ),
        (
            "AMC Dates ‘Copper Line’ Season 4 Part 2, Unveils Key Art",
            "The back half of the western’s fourth and final season will ride onto AMC on "
            "Sunday, Aug. 9.",
            {"release_date"},
        ),
        ("Copper Line Season 3 Part 2 Recap", "", set()),
    ],
)
def test_holdout41_and_42_round_seasons(title: str, summary: str, expected: set[str]) -> None:
    assert {o.milestone for o in detect(entry(title, summary), _CABLE, PUBLISHED)} == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a move whose subject is a name right before its verb
        (
            "Universal Reshuffles Its Calendar",
            "Orbital Drift, previously dated Nov. 25, will now open Nov. 6. To make room, "
            "Universal’s comedy Velvet Dogs moves from Nov. 6 to Feb. 12, 2027.",
            {("drift", "release_date", "announced", "2026-11-06")},
        ),
        # charts: rankings, minutes, No. 1 in many countries
        (
            "Velvet Hours Season 2 Tops HBO’s Summer Rankings After Three Episodes",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        (
            "Nielsen: ‘Velvet Hours’ Season 2 Conquers Chart With 2.1 Billion Minutes",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        (
            "Orbital Drift is No. 1 in 83 countries on FlixPatrol",
            "",
            {("drift", "release", "released", None)},
        ),
        # a plan's month with no preposition; a verb of motion into theaters
        (
            "‘Orbital Drift’ Eyes September Launch as Theo Vance Sequel Locks Picture",
            "",
            {("drift", "release_date", "expected", "2026-09-01")},
        ),
        (
            "Universal’s ‘Orbital Drift’ Will Flood Theaters This October",
            "",
            {("drift", "release_date", "expected", "2026-10-01")},
        ),
        # a count of films is no verb; a superlative's month is no date
        (
            "CinemaCon: Universal Shows ‘Orbital Drift’ Chase And Pledges 14 Wide Releases In 2027",
            "",
            set(),
        ),
        (
            "Box Office: ‘Orbital Drift’ Surfaces With $34M, Universal’s Best Original October "
            "Opening",
            "",
            {("drift", "release", "released", None)},
        ),
        # an older work named by its year a few words before; another kind of work
        (
            "Cannes Classics Restores An Oscar Winner",
            "Columbia Pictures’ 1987 desert adventure “The Lantern Keeper,” which won two "
            "Oscars, will screen in Cannes Classics.",
            set(),
        ),
        ("The Lantern Keeper, the cozy roguelike, finally gets a release date", "", set()),
    ],
)
def test_holdout41_and_42_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # forecasts: heading for, looking at; a result that beat tracking
        (
            "Holiday Box Office",
            "Universal's Orbital Drift is heading for a five-day Thanksgiving start north of $150 "
            "million, per rival distributors.",
            set(),
        ),
        (
            "Thanksgiving Box Office",
            "Theo Vance-led space epic Orbital Drift is looking at $18M-$22M over the five days.",
            set(),
        ),
        (
            "‘Orbital Drift’ Rockets To $112M, Best Start In Franchise History",
            "Universal's Orbital Drift blasted past tracking this weekend, landing a $112 million "
            "domestic opening.",
            {("drift", "release", "released", None)},
        ),
        ("Powerball jackpot climbs to $1.3 billion after no winner again", "", set()),
        # a console showcase's trailer is a game's; tie-ins and tours are not the film
        ("Orbital Drift 2: Turbo Rally Revealed at Nintendo Direct With a Trailer", "", set()),
        ("Universal's Orbital Drift Movie Doughnuts Drop June 29", "", set()),
        ("Theo Vance’s Orbital Drift Tour Grosses $412 Million", "", set()),
        ("Theo Vance’s Orbital Drift Is Here, And It’s His Boldest Record Yet", "", set()),
    ],
)
def test_holdout43_and_44_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


_WORD_TITLES = Matcher(
    [
        ProductionSpec(id="detour", title="Detour", context=("Paramount", "Neon")),
        ProductionSpec(
            id="outpost-s3", title="Outpost Nine", kind="series", season=3, context=("Apple TV+",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an English word after an indefinite article is the word
        (
            "Paramount-WBD Merger Takes A Detour As Judge Extends Review Into 2027",
            "The review now runs into early 2027.",
            set(),
        ),
        ("Neon’s ‘Detour’ Sets Oct. 9 Release", "", {("detour", "release_date", "announced")}),
        # a season that jumped to No. 1 after a day behind it
        (
            "Outpost Nine season 3 jumps straight to No. 1 on Apple TV+ after its Friday return",
            "",
            {("outpost-s3", "release", "released")},
        ),
    ],
)
def test_holdout45_and_46_round_words(
    title: str, summary: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {
        (o.production, o.milestone, o.status)
        for o in detect(entry(title, summary), _WORD_TITLES, PUBLISHED)
    } == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a maker's credit and kind before another quoted film dated into a slot ours left
        (
            "Universal Dates Bex Caldwell Caper ‘Heist Night’ for Aug. 7, Taking Slot Vacated "
            "by ‘Orbital Drift’",
            "",
            set(),
        ),
        # footage introduced to buyers
        (
            "Memento Boards World Sales on ‘The Lantern Keeper’",
            "Memento will introduce The Lantern Keeper to buyers with a promo in Cannes.",
            set(),
        ),
        # a specialty result
        (
            "‘The Lantern Keeper’ Posts Year’s Best Per-Screen Average",
            "",
            {("lantern", "release", "released", None)},
        ),
    ],
)
def test_holdout45_and_46_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a move's object described and quoted, "from" its old day; a date kept for ours
        (
            "Universal Pushes ‘Ironclad’ to 2027, Keeps ‘Orbital Drift’ on Dec. 18",
            "Universal has moved its action thriller “Ironclad” from Nov. 25 to Feb. 12, 2027.",
            {("drift", "release_date", "announced", "2026-12-18")},
        ),
        (
            "Paramount Moves ‘Ironclad’ Up A Week; Universal Holds ‘Orbital Drift’ On Dec. 18",
            "",
            {("drift", "release_date", "announced", "2026-12-18")},
        ),
        (
            "Orbital Drift Holds No. 1 On Netflix For A Third Week",
            "",
            {("drift", "release", "released", None)},
        ),
        # a game of the same name, its trailer and its platforms
        (
            "Orbital Drift: The Game announced with first trailer, coming to PS5 and Xbox in 2027",
            "",
            set(),
        ),
        # on a service now; a season's volume is here
        (
            "All 8 episodes of Velvet Hours season 2 are on HBO Max now",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        (
            "Velvet Hours Season 2 Volume 1 Is Here: What Time Do Episodes Drop?",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        # a credit "fresh off" a season
        (
            "Mara Quell Joins A Thriller Shooting In Seoul",
            "Mara Quell, fresh off the second season of HBO’s “Velvet Hours,” has joined the "
            "cast. Cameras roll next week.",
            set(),
        ),
        # the first film's gross in a sequel's story; a shoot's date
        (
            "Paramount Eyes Early 2027 For ‘Harbor Lights 2’",
            "The first film grossed $214 million worldwide.",
            {("harbor-2", "release_date", "expected", "2027-01-01")},
        ),
        (
            "Paramount Sets Its Production Calendar",
            "Paramount's sequel “Harbor Lights 2” is scheduled to start shooting in Atlanta this "
            "fall.",
            set(),
        ),
        # a forecast labelled "Preview" at the end of its headline
        ("‘Orbital Drift’ Tracks To $18M As Fall Box Office Opens Up – Preview", "", set()),
    ],
)
def test_holdout47_and_48_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


_ROUND_49_TO_52 = Matcher(
    [
        ProductionSpec(id="lodestar", title="Lodestar", context=("Netflix", "Ada Brill")),
        ProductionSpec(id="tin-2", title="Tin Soldier 2", context=("Netflix", "Oren Kade")),
        ProductionSpec(
            id="loose-ends", title="Loose Ends", kind="series", season=1, context=("HBO Max",)
        ),
        ProductionSpec(
            id="fault-s2", title="Fault Line", kind="series", season=2, context=("HBO",)
        ),
        ProductionSpec(
            id="fault-s3", title="Fault Line", kind="series", season=3, context=("HBO",)
        ),
        ProductionSpec(id="glass-mill", title="The Glass Mill", context=("remake", "Searchlight")),
        ProductionSpec(id="night-market", title="Night Market", context=("Apple TV+",)),
        ProductionSpec(id="harbor-crow", title="Harbor Crow", context=("Showbox", "Kwon Min")),
        ProductionSpec(id="vanguard-2", title="Vanguard 2", context=("Dhanwal Films",)),
        ProductionSpec(id="tidewater", title="Tidewater", context=("Neon", "Lise Marr")),
    ]
)
_ROUND_PUBLISHED = datetime(2026, 9, 17, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # another kind of work named right before the title, with no context word
        ("Singer Mae Torvik Announces Debut Album ‘Lodestar’, Out In November", "", set()),
        (
            "Singer Mae Torvik Announces Debut Album ‘Lodestar’",
            "Lodestar, an eleven-track record, will be out November 13 on Glasshouse.",
            set(),
        ),
        # ... but a context word vouches for the film
        (
            "Netflix Dates ‘Lodestar’ for Nov. 13; Ada Brill Records the Album ‘Lodestar’ Too",
            "",
            {("lodestar", "release_date", "announced", "2026-11-13")},
        ),
        # a sequel's number is no count of streams
        (
            "‘Tin Soldier 2’ Review: Oren Kade Hits Harder",
            "Tin Soldier 2 streams on Netflix from Oct. 16.",
            {("tin-2", "release_date", "announced", "2026-10-16")},
        ),
        # a step of the making, dated
        ("‘Loose Ends’ Sets 2027 Table Read As HBO Max Comedy Regroups", "", set()),
        (
            "HBO Max Comedy Loose Ends Regroups",
            "Loose Ends has regrouped after its delay, with a new table read set for January.",
            set(),
        ),
        # the season a headline gives the title holds for its bare mentions below
        (
            "‘Fault Line’ Season 3 Wraps Filming in Reno",
            "HBO’s ‘Fault Line’ finishes its final season shoot, eyes a 2027 return.",
            {
                ("fault-s3", "production", "wrapped", None),
                ("fault-s3", "release_date", "expected", "2027-01-01"),
            },
        ),
        # the original of a remake, leading its headline
        ("Original ‘The Glass Mill’ Gets 4K Restoration, Returns to Theaters Oct. 2", "", set()),
        # a title whose last word names an event ("market")
        (
            "Apple Unveils Fall Slate: ‘Night Market’ Heads to Apple TV+ This Fall",
            "",
            {("night-market", "release_date", "expected", "2026-09-01")},
        ),
        # one-day holidays
        (
            "CinemaCon: Netflix Dates ‘Lodestar’ for Christmas Day",
            "",
            {("lodestar", "release_date", "announced", "2026-12-25")},
        ),
        (
            "Neon Sets ‘Tidewater’ For Boxing Day Release In Australia",
            "",
            {("tidewater", "release_date", "announced", "2026-12-26")},
        ),
        # a move of another, numbered, quoted title
        ("Netflix Moves ‘Orchid Run 2’ To 2027, Keeps ‘Lodestar’ Where It Is", "", set()),
        # a day before its month ("4 May") is no "may"; a teaser "set to" a song
        (
            "Netflix sets 4 May launch for Lodestar and unveils teaser",
            "Netflix also released a first teaser for the film set to a cover of a Brel song.",
            {
                ("lodestar", "release_date", "announced", "2027-05-04"),
                ("lodestar", "trailer", "released", None),
            },
        ),
        # a shoot's start, dated
        (
            "‘Lodestar’ Adds Three To Its Ensemble",
            "Netflix's Lodestar has rounded out its cast. Filming is set to begin next month.",
            set(),
        ),
        (
            "‘Lodestar’: Ada Brill To Lead Netflix Heist Thriller",
            "The film follows a safecracker in Oslo, where cameras are scheduled to start "
            "rolling next month.",
            set(),
        ),
        # films counted as the object
        (
            "Netflix’s New Film Chief Wants a ‘Lodestar’ Moment",
            "Ada Brill says the studio will release 14 films in theaters this year.",
            set(),
        ),
        # a festival's award describing the film is no festival opening
        (
            "Neon Sets ‘Tidewater’ For October 21 Release",
            "Neon will open Lise Marr’s Sundance Audience Award winner Tidewater in New York "
            "on October 21.",
            {("tidewater", "release_date", "announced", "2026-10-21")},
        ),
        # a trailer "released today" is the trailer's release
        (
            "‘Tidewater’ Trailer: Lise Marr Takes the Night Shift",
            "The first trailer, released today, finds Marr's DJ taking a strange call.",
            {("tidewater", "trailer", "released", None)},
        ),
        # a festival opening with the film, on its day
        (
            "Busan Opens With Kwon Min’s ‘Harbor Crow’ as Festival Marks New Era",
            "",
            {("harbor-crow", "premiere", "held", None)},
        ),
        # the people who run a festival's competition
        (
            "Kwon Min on Hand-Drawn Animation",
            "The Annecy competition director says every frame of ‘Harbor Crow’ was drawn by hand.",
            set(),
        ),
        # advance bookings are sales ahead
        ("‘Vanguard 2’ Advance Bookings Cross ₹12 Crore as Dhanwal Films Sequel Nears", "", set()),
        # a festival premiere named by its section, and "its" premiere later in the sentence
        (
            "Venice: Kwon Min’s ‘Harbor Crow’ Lands Ovation at Competition Premiere",
            "Kwon Min’s thriller “Harbor Crow” received a long ovation in the Sala Grande on "
            "Friday night following its world premiere in competition.",
            {("harbor-crow", "premiere", "held", None)},
        ),
        # where a story is set ("canal-set") is no dating verb
        (
            "BBC Four Picks Up Netflix Thriller ‘Lodestar’",
            "BBC Four has acquired Netflix thriller Lodestar, a canal-set film starring Ada "
            "Brill, which will air in early 2027 under its English title.",
            {("lodestar", "release_date", "expected", "2027-01-01")},
        ),
        # the promo as the object of a release verb is no subject of the film's date
        (
            "‘Lodestar’ Trailer: Ada Brill Opens a Portal",
            "Netflix has released the first trailer for “Lodestar,” Oren Kade’s fantasy epic "
            "opening Dec. 18, starring Ada Brill as a disgraced sorceress.",
            {
                ("lodestar", "trailer", "released", None),
                ("lodestar", "release_date", "announced", "2026-12-18"),
            },
        ),
        # a Super Bowl roundup gives a trailer to each title it lists
        (
            "Super Bowl Movie Trailers: ‘Tidewater,’ ‘Orchid Run’ and Every Spot From the Big Game",
            "",
            {("tidewater", "trailer", "released", None)},
        ),
        # promos for buyers at a sales market
        ("AFM: Showbox Screens New Promo For ‘Harbor Crow’", "", set()),
        (
            "Berlin: Showbox to Unveil Promo Reel of Kwon Min’s ‘Harbor Crow’ to Buyers at EFM",
            "",
            set(),
        ),
    ],
)
def test_holdout49_to_52_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary, _ROUND_PUBLISHED), _ROUND_49_TO_52, _ROUND_PUBLISHED)
    } == expected


def test_a_box_office_headline_vouches_for_a_quoted_phrase_title() -> None:
    matcher = Matcher([ProductionSpec(id="neck", title="Neck and Neck", context=("Sony",))])

    def got(title: str) -> set[tuple[str, str, str]]:
        return {
            (o.production, o.milestone, o.status) for o in detect(entry(title), matcher, PUBLISHED)
        }

    assert got("Box Office: ‘Neck and Neck’ Wins Photo Finish With $34 Million Opening") == {
        ("neck", "release", "released")
    }
    # the phrase, unquoted, or in a headline with no gross, is the phrase
    assert got("Box Office: Two Sequels Finish Neck and Neck With $34 Million Each") == set()
    assert got("‘Neck and Neck’: The Closest Races in Box Office History") == set()


def test_a_song_in_the_title_is_no_music_chart() -> None:
    matcher = Matcher([ProductionSpec(id="song", title="The Crow’s Song", context=("Toho",))])
    got = detect(
        entry("Japan Box Office: ‘The Crow’s Song’ Flies to No. 1 With ¥1.4 Billion Opening"),
        matcher,
        PUBLISHED,
    )
    assert {(o.production, o.milestone, o.status) for o in got} == {("song", "release", "released")}


def test_a_season_compared_with_is_not_the_one_named() -> None:
    matcher = Matcher(
        [ProductionSpec(id="k2", title="Kilmory", kind="series", season=2, context=("BBC",))]
    )
    got = detect(
        entry(
            "‘Kilmory’ Returns To 5.8M Overnight Viewers On BBC One, Up On Series One Launch",
            "BBC One’s detective drama Kilmory returned on Sunday night with an overnight "
            "audience of 5.8 million, up from the 5.1 million who watched series one.",
        ),
        matcher,
        PUBLISHED,
    )
    assert {(o.production, o.milestone, o.status) for o in got} == {("k2", "release", "released")}


_ROUND_53 = Matcher(
    [
        ProductionSpec(id="soft", title="Soft Launch", context=("Netflix", "Priya Castell")),
        ProductionSpec(id="havoc-2", title="Havoc Hill 2", context=("Paramount", "Dex Marlowe")),
        ProductionSpec(id="rosa", title="Rosalind", context=("Searchlight", "Maren Kessler")),
        ProductionSpec(id="bloomer", title="Late Bloomer", context=("Sony", "Hal Brennan")),
        ProductionSpec(
            id="couple-s3", title="Power Couple", kind="series", season=3, context=("Hulu",)
        ),
        ProductionSpec(id="main", title="Main Character", context=("Prime Video",)),
        ProductionSpec(id="fair", title="Fair Game", context=("NBC",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a title's own words: "Soft Launch Trailer" is no game's launch trailer; "Fake-Date"
        # is a verb, not a fake video
        (
            "Soft Launch Trailer: Priya Castell and Jonah Reed Fake-Date Their Way to Love",
            "Netflix just released the first trailer for Soft Launch.",
            {("soft", "trailer", "released", None)},
        ),
        # ", out Aug. 7": a day in an aside about the sentence's film
        (
            "Dex Marlowe Ate Eight Meals a Day for Havoc Hill 2",
            "The action star opens up about his prep for Paramount's sequel, out Aug. 7.",
            {("havoc-2", "release_date", "announced", "2026-08-07")},
        ),
        (
            "Maren Kessler Learned to Sing Jazz in Six Months",
            "The star of Rosalind, Searchlight's biopic of singer Rosa Vey, out Dec. 4, talks "
            "about vocal rest.",
            {("rosa", "release_date", "announced", "2026-12-04")},
        ),
        # ... but another film's, named right before it
        (
            "Renata Solis Is Done Playing the Girlfriend",
            "The star of Blue Orchid, out March 6, talks about training for her Havoc Hill 2 "
            "role with Dex Marlowe.",
            set(),
        ),
        # a record's edition has its own day
        ("Juno Reyes Announces Soft Launch Deluxe Edition, Out May 8", "", set()),
        # a remark closing a headline after its colon is no title
        (
            "Hal Brennan, 78, on Playing a Dad in Late Bloomer: 'I Finally Know What Diapers Cost'",
            "The veteran actor stars in the comedy, which Sony will release in spring 2027.",
            {("bloomer", "release_date", "expected", "2027-03-01")},
        ),
        # another season as the subject of the figures
        (
            "Power Couple Is Coming Back for Season 3",
            "Hulu renewed the comedy after season two drew 6.1 million views in its first week.",
            set(),
        ),
        # a shoot that starts on a day still ahead
        ("Power Couple Creator Says Season 3 Starts Shooting This Summer", "", set()),
        # "a reality show streams": not the show the entry is about
        (
            "Watch the First Trailer for Main Character, a Prime Video Satire",
            "The comedy about an influencer who thinks her life is a reality show streams on "
            "Prime Video July 24.",
            {
                ("main", "trailer", "released", None),
                ("main", "release_date", "announced", "2026-07-24"),
            },
        ),
        # red-carpet debuts of couples are no premiere
        (
            "The Soft Launch Is Dead",
            "From blurred elbows to full red-carpet debuts, couples stopped being coy, as "
            "Netflix bets on a rom-com named for the trend.",
            set(),
        ),
    ],
)
def test_holdout53_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary), _ROUND_53, PUBLISHED)
    } == expected


_ROUND_54_TO_56 = Matcher(
    [
        ProductionSpec(
            id="mail-s2",
            title="Mailbird Express",
            kind="series",
            season=2,
            context=("Crunchyroll",),
        ),
        ProductionSpec(
            id="yokai", title="Yokai Laundromat", kind="series", season=1, context=("Crunchyroll",)
        ),
        ProductionSpec(
            id="rift", title="Riftwalker", kind="series", season=1, context=("Studio Kessen",)
        ),
        ProductionSpec(id="hana", title="Hanagumo", kind="series", season=1, context=("Netflix",)),
        ProductionSpec(id="snow", title="First Snow", context=("Studio Mizuiro", "Yuto Kanzaki")),
        ProductionSpec(id="maybelle", title="Mother Maybelle", context=("remake", "Focus")),
        ProductionSpec(id="camper", title="Happy Camper", context=("Magnet", "Rudy Castellanos")),
        ProductionSpec(id="hatchet-3", title="Hatchetwood 3", context=("Lionsgate",)),
        ProductionSpec(id="vajra", title="Vajrayudh", context=("Aryan Rathore",)),
        ProductionSpec(id="veedu", title="Kaayal Veedu", context=("Anjali Varghese",)),
        ProductionSpec(id="veeran", title="Nizhal Veeran", context=("Netflix",)),
        ProductionSpec(id="meals", title="Full Meals", context=("Nikhil Sarvepalli",)),
        ProductionSpec(id="innings", title="Second Innings", context=("Rohan Khurana",)),
        ProductionSpec(id="lucky", title="Lucky Draw", context=("Kunal Saxena",)),
        ProductionSpec(id="garuda-2", title="Garuda 2", context=("Arjun Tej",)),
        ProductionSpec(id="mauka", title="Ek Aur Mauka", context=("Kabir Malhotra",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # anime: a promotional video is a trailer; a simulcast's day is the release day
        (
            "Yokai Laundromat Anime's Second PV Reveals July 8 Simulcast",
            "",
            "2026-05-02",
            {
                ("yokai", "trailer", "released", None),
                ("yokai", "release_date", "announced", "2026-07-08"),
            },
        ),
        (
            'TV Anime "Riftwalker" Official PV | Studio Kessen',
            "",
            "2026-05-02",
            {("rift", "trailer", "released", None)},
        ),
        # a teaser visual is a still
        (
            "Netflix Spins Manga Hit ‘Hanagumo’ Into Anime Series",
            "The streamer unveiled a teaser visual on Thursday.",
            "2026-02-12",
            set(),
        ),
        # one episode's delay: neither aired nor the season's day
        (
            "Mailbird Express Season 2 Episode 7 Delayed One Week",
            "Crunchyroll says episode 7 will now stream on February 27.",
            "2026-02-18",
            set(),
        ),
        # a collaboration café's opening day
        (
            "Yokai Laundromat Anime Gets Collaboration Café in Ikebukuro",
            "The Café opens August 21.",
            "2026-07-20",
            set(),
        ),
        # a schedule, not a day: "new episodes every Saturday"
        (
            "Riftwalker Anime Premiere Now Streaming on Crunchyroll",
            "Studio Kessen's adaptation is now streaming, with new episodes every Saturday.",
            "2026-10-04",
            {("rift", "release", "released", None)},
        ),
        # a theme song's chart
        ("Japan's Singles Ranking: Riftwalker Anime Opening Debuts at #3", "", "2026-10-20", set()),
        # "opens in winter 2026": a season, not what opens
        (
            "First Snow Anime Film Opens in Winter 2026, Full Trailer Next Week",
            "Yuto Kanzaki directs at Studio Mizuiro.",
            "2026-08-07",
            {
                ("snow", "release_date", "expected", "2026-12-01"),
                ("snow", "trailer", "expected", None),
            },
        ),
        # genre sites: an older work at its anniversary; its disc is out
        (
            "'Mother Maybelle' at 48: The Backwoods Nightmare Gets the 4K Treatment",
            "The new restoration of the 1978 cult shocker lands February 24, as Focus readies "
            "a remake.",
            "2026-01-06",
            set(),
        ),
        (
            "Blu-ray Review: 'Mother Maybelle' 4K Is a Filthy Triumph",
            "The 4K disc of the 1978 Mother Maybelle is out today, ahead of Focus's remake.",
            "2026-02-24",
            set(),
        ),
        # a distributor named "... Releasing"
        (
            "Happy Camper: Rudy Castellanos Will Direct His Splatter Comedy",
            "Magnet Releasing has won the race for Happy Camper, the summer's hottest script.",
            "2026-03-02",
            set(),
        ),
        # the teaser "will debut tomorrow", announced by the studio
        (
            "Hatchetwood 3 Teaser Trailer Drops Tomorrow",
            "Lionsgate has announced that the first teaser trailer for Hatchetwood 3 will debut "
            "tomorrow.",
            "2026-06-30",
            {("hatchet-3", "trailer", "expected", "2026-07-01")},
        ),
        # Indian press: money in rupees; a budget, rights, a prediction
        (
            "Vajrayudh budget crosses Rs 500 crore, says producer Aryan Rathore",
            "",
            "2026-05-02",
            set(),
        ),
        (
            "Nizhal Veeran digital rights bagged by Netflix for a record price",
            "Netflix has acquired the streaming rights of Nizhal Veeran for a reported Rs 65 "
            "crore.",
            "2026-05-02",
            set(),
        ),
        (
            "Lucky Draw Box Office Day 1 Prediction: Kunal Saxena's Comedy Could Open At Rs 18 "
            "Crore",
            "Trade experts say it could make it the actor's biggest opening.",
            "2026-08-12",
            set(),
        ),
        # a pre-release event's day
        ("Full Meals pre-release event in Vizag on July 20", "", "2026-07-10", set()),
        # a person on the red carpet
        (
            "Cannes 2026: Anjali Varghese walks the red carpet; Kaayal Veedu team at Marche du "
            "Film",
            "Anjali Varghese made her Cannes red carpet debut on Tuesday.",
            "2026-05-14",
            set(),
        ),
        # a wish and a demand for a trailer
        (
            "Rohan Khurana says he'd love to launch the Second Innings trailer at a stadium",
            "",
            "2026-07-03",
            set(),
        ),
        (
            "Garuda 2 was supposed to release today: Fans trend #WeWantGaruda2Update",
            "Fans of Arjun Tej asked the makers to release the trailer.",
            "2026-10-15",
            set(),
        ),
        # "teaser out"; a clash of two films on one day
        (
            "Garuda 2 teaser out: Arjun Tej roars as ACP Surya; film to release on 15th October",
            "",
            "2026-06-10",
            {
                ("garuda-2", "trailer", "released", None),
                ("garuda-2", "release_date", "announced", "2026-10-15"),
            },
        ),
        (
            "Second Innings vs Lucky Draw: Independence Day Clash On 14th August Confirmed",
            "Rohan Khurana's Second Innings and Kunal Saxena's Lucky Draw will clash at the box "
            "office on 14th August.",
            "2026-07-22",
            {
                ("innings", "release_date", "announced", "2026-08-14"),
                ("lucky", "release_date", "announced", "2026-08-14"),
            },
        ),
        # "earlier this year" is gone by
        (
            "Ek Aur Mauka: Kabir Malhotra signs TV actor",
            "Smriti Joshi, who returned to acting earlier this year, joins Ek Aur Mauka.",
            "2026-05-02",
            set(),
        ),
    ],
)
def test_holdout54_to_56_round(
    title: str, summary: str, published: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    when = datetime.fromisoformat(published).replace(hour=12, tzinfo=UTC)
    assert {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary, when), _ROUND_54_TO_56, when)
    } == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # not a roundup of trailers: places and spots of other kinds
        ("All the Filming Spots From 'Orbital Drift' You Can Visit", set()),
        ("Every Hidden Spot in 'Orbital Drift' Explained", set()),
        # a poster beside the trailer (folded text drops the comma)
        ("'Orbital Drift' Trailer, Poster Revealed", {("drift", "trailer", "released", None)}),
        ("'Orbital Drift' Trailer Still Racks Up Views", {("drift", "trailer", "released", None)}),
        # an aside names a game, a novel, a ride, other films: the verb is still the title's
        (
            "'Orbital Drift', Based on the Hit Video Game, Opens July 17",
            {("drift", "release_date", "announced", "2026-07-17")},
        ),
        (
            "'Orbital Drift' Is a Wild Ride That Premieres July 17",
            {("drift", "release_date", "announced", "2026-07-17")},
        ),
        (
            "'Orbital Drift' Is One of 3 New Films Premiering July 17",
            {("drift", "release_date", "announced", "2026-07-17")},
        ),
        # "Releasing" as a headline's verb, not a distributor's name
        (
            "Universal Is Releasing 'Orbital Drift' on March 5, 2027",
            {("drift", "release_date", "announced", "2027-03-05")},
        ),
        # "to roll out" is no shoot
        (
            "HBO Sets 'Velvet Hours' Season 3 to Roll Out Weekly From July 5",
            {("velvet-s3", "release_date", "announced", "2026-07-05")},
        ),
        # "popular demand" is no demand for a trailer still to come
        (
            "Due to popular demand, Universal dropped the 'Orbital Drift' trailer today",
            {("drift", "trailer", "released", None)},
        ),
        # a season's number before "May" leaves the modal a modal
        (
            "'Velvet Hours' Season 3 May Arrive July 5 on HBO",
            {("velvet-s3", "release_date", "expected", "2026-07-05")},
        ),
        # a dash ends the date's phrase: the panels are another clause's
        (
            "Universal Dates 'Orbital Drift' for July 17 — Panels Planned for Comic-Con",
            {("drift", "release_date", "announced", "2026-07-17")},
        ),
        # "every single" is no single (a song)
        (
            "Every Single 'Orbital Drift' Trailer Released So Far",
            {("drift", "trailer", "released", None)},
        ),
        # "out" right after another title's credit: the day is the named title's
        (
            "Mara Quell, Star of Searchlight's 'The Lantern Keeper', Says Universal's 'Orbital "
            "Drift' Out July 17",
            {("drift", "release_date", "announced", "2026-07-17")},
        ),
    ],
)
def test_the_round_s_rules_leave_ordinary_headlines_alone(
    title: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title) == expected


def test_a_clock_time_is_no_anniversary() -> None:
    notes = explain(entry("Watch 'Orbital Drift' at 21:00 Tonight"), MATCHER, PUBLISHED)
    assert not any("older work" in n for n in notes)
    notes = explain(
        entry("'Orbital Drift' Turns 30: The Cult Classic Returns to Theaters"), MATCHER, PUBLISHED
    )
    assert any("older work" in n for n in notes)


_ROUND_57_TO_60 = Matcher(
    [
        ProductionSpec(id="pruitt", title="Pruitt & Vega", context=("Sony",)),
        ProductionSpec(id="lode-2", title="Lodestar 2", context=("Paramount",)),
        ProductionSpec(id="caldera", title="Caldera", context=("remake", "Universal")),
        ProductionSpec(id="eastbrook", title="The Eastbrook Sessions", context=("A24",)),
        ProductionSpec(
            id="cantor-s3", title="Cantor Hill", kind="series", season=3, context=("HBO",)
        ),
        ProductionSpec(id="gumption", title="Gumption", context=("Neon",)),
        ProductionSpec(
            id="maknae-s2",
            title="Maknae Detective",
            aliases=("Maknae Detective 2",),
            kind="series",
            season=2,
            context=("SBS",),
        ),
        ProductionSpec(id="rewind", title="Rewind", kind="series", season=1, context=("tvN",)),
        ProductionSpec(id="stray", title="Stray Cat Summer", context=("remake", "CJ ENM")),
        ProductionSpec(id="hound-2", title="Seoul Hound 2", context=("Showbox",)),
        ProductionSpec(id="ginkgo", title="The Ginkgo Year", context=("Cinema Dal",)),
        ProductionSpec(id="talon-2", title="Talon Protocol 2", context=("Paramount",)),
        ProductionSpec(id="streak", title="Hot Streak", context=("Warner Bros.", "Lamar Oduya")),
        ProductionSpec(id="rough-2", title="Roughneck 2", context=("Bo Castellanos",)),
        ProductionSpec(
            id="fair-s3", title="The Fairweathers", kind="series", season=3, context=("HBO",)
        ),
        ProductionSpec(id="marceline", title="Dear Marceline", context=("Focus Features",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # newsletters: a day for "when", "onto" a date, "Pulls X to 2027"
        (
            "Sony Moves ‘Pruitt & Vega’ to June",
            "Sony on Wednesday moved Pruitt & Vega from May 1 to June 12.",
            "2026-02-18",
            {("pruitt", "release_date", "announced", "2026-06-12")},
        ),
        (
            "Paramount Blinks: ‘Lodestar 2’ Moves to November",
            "Paramount on Thursday moved Lodestar 2 off July 24 and onto Nov. 13.",
            "2026-03-12",
            {("lode-2", "release_date", "announced", "2026-11-13")},
        ),
        (
            "Universal Pulls the ‘Caldera’ Remake to 2027",
            "",
            "2026-03-12",
            {("caldera", "release_date", "expected", "2027-01-01")},
        ),
        (
            "Is ‘Caldera’ Cursed?",
            "The remake has lost its release date again.",
            "2026-05-02",
            set(),
        ),
        # a festival's diary: "premiered" is the festival premiere
        (
            "Cannes Diary: ‘The Eastbrook Sessions’ Brings the House Down",
            "A24's The Eastbrook Sessions premiered to a long ovation.",
            "2026-05-16",
            {("eastbrook", "premiere", "held", None)},
        ),
        (
            "‘Cantor Hill’ Wraps Season Three, and HBO Exhales",
            "A storm took out the production's main set in August.",
            "2026-11-02",
            {("cantor-s3", "production", "wrapped", None)},
        ),
        ("Someone Made a ‘Gumption’ Trailer With AI, and It’s Everywhere", "", "2026-05-02", set()),
        # K-drama: an alias with the season's number; a statement's day
        (
            '"Maknae Detective 2" Kicks Off With Double-Digit Ratings',
            "SBS's premiere recorded an average nationwide rating of 11.2 percent.",
            "2026-02-14",
            {("maknae-s2", "release", "released", None)},
        ),
        (
            'tvN\'s "Rewind" Confirms Premiere Date',
            'tvN\'s new drama "Rewind" has confirmed its premiere date! On April 20, tvN '
            'announced that "Rewind" will premiere on May 11.',
            "2026-04-20",
            {("rewind", "release_date", "announced", "2026-05-11")},
        ),
        (
            "Taiwan's original 'Stray Cat Summer' gets a Korean re-release",
            'The 2014 Taiwanese film "Stray Cat Summer" was re-released in 38 theaters on '
            "Thursday, ahead of CJ ENM's remake.",
            "2026-07-09",
            set(),
        ),
        (
            "'The Ginkgo Year' ranks third at weekend box office",
            "Since opening Wednesday, Cinema Dal's film has drawn 142,000 moviegoers.",
            "2026-11-16",
            {("ginkgo", "release", "released", "2026-11-11")},
        ),
        # press releases: earnings, previews, sweepstakes
        (
            "IMAX Reports Third Quarter 2026 Results",
            "Global box office of $318 million was led by Paramount's Talon Protocol 2.",
            "2026-10-29",
            set(),
        ),
        (
            "Comscore Thanksgiving Box Office Preview: Holiday Frame Could Top $250 Million",
            "Comscore today released its preview, projecting more than $250 million, with "
            "Paramount's Talon Protocol 2 leading.",
            "2026-11-18",
            set(),
        ),
        (
            "Paramount Pictures Announces ‘Talon Protocol 2’ Fan Screenings Sweepstakes",
            "Entries are open through October 1.",
            "2026-09-01",
            set(),
        ),
        # social posts: hashtags run words together
        (
            "🏀 #HotStreak opens to $31.7M (+5% vs projections). Warner Bros.' best opening ever.",
            "",
            "2026-11-22",
            {("streak", "release", "released", None)},
        ),
        (
            "🛢️ That's a wrap on #Roughneck2! Bo Castellanos posted a photo from the final day",
            "",
            "2026-04-02",
            {("rough-2", "production", "wrapped", None)},
        ),
        (
            "The Fairweathers S3 first-look photos: Uncle Walt has arrived",
            "HBO shared the stills.",
            "2026-04-02",
            set(),
        ),
        (
            "🇮🇹 #Venezia83: Focus Features' DEAR MARCELINE just premiered to a 7-minute ovation",
            "",
            "2026-09-03",
            {("marceline", "premiere", "held", None)},
        ),
        (
            "Summer 2026 domestic predictions thread: lock in your numbers",
            "Roughneck 2 $150M, Hot Streak $40M (Warner Bros. has a hit, calling it now).",
            "2026-04-02",
            set(),
        ),
        (
            "✈️ The first trailer for Apple TV+'s #HotStreak lands TOMORROW. Lamar Oduya stars.",
            "",
            "2026-04-02",
            {("streak", "trailer", "expected", "2026-04-03")},
        ),
    ],
)
def test_holdout57_to_60_round(
    title: str, summary: str, published: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    when = datetime.fromisoformat(published).replace(hour=12, tzinfo=UTC)
    assert {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary, when), _ROUND_57_TO_60, when)
    } == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an appositive with a past year names the older work
        (
            "BFI Sets Restored ‘Orbital Drift’ For UK Cinemas Ahead Of Remake",
            "The BFI will return Orbital Drift, the 1976 rowing comedy, to UK cinemas on Nov. 27.",
            set(),
        ),
        # a relative clause's own verb takes the date after it
        (
            "‘Orbital Drift’ Review: A Slow Thaw",
            "The thaw arrives slowly in the village of Universal's “Orbital Drift,” which "
            "world premiered in competition at Venice on Thursday.",
            {("drift", "premiere", "held", None)},
        ),
        # ... unless the clause is an aside that closes before the date
        (
            "Universal Dates Sundance Hit ‘Orbital Drift’",
            "Universal will open Orbital Drift, the drama that premiered to raves at Sundance, "
            "nationwide on Sept. 18.",
            {("drift", "release_date", "announced", "2026-09-18")},
        ),
        # where the story is set
        (
            "Universal Buys ‘Orbital Drift’",
            "The chamber drama, set on a country estate in the summer, stars Theo Vance.",
            set(),
        ),
    ],
)
def test_older_works_settings_and_relative_clauses(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Theo Vance's 'Orbital Drift' Film Set for July 17, 2026",
            "",
            {("drift", "release_date", "announced", "2026-07-17")},
        ),
        (
            "'Orbital Drift' Set in 2027 as Universal Reshuffles Slate",
            "",
            {("drift", "release_date", "expected", "2027-01-01")},
        ),
        (
            "Universal's 'Orbital Drift' Release Set in the Fall",
            "",
            {("drift", "release_date", "expected", "2026-09-01")},
        ),
        (
            "'The Lantern Keeper' Set in the U.K. for September 4",
            "",
            {("lantern", "release_date", "announced", "2026-09-04")},
        ),
        (
            "'Velvet Hours' Season Two Has Arrived on HBO",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        (
            "'Good Sex' Movie Has Arrived on Netflix",
            "",
            {("good-sex", "release", "released", None)},
        ),
        (
            "'Orbital Drift' Makes Its Big Screen Debut July 17",
            "",
            {("drift", "release_date", "announced", "2026-07-17")},
        ),
        (
            "HBO Renews Its Original Series 'Velvet Hours' as Season 2 Premieres June 28",
            "",
            {("velvet-s2", "release_date", "announced", "2026-06-28")},
        ),
        (
            "Natalie Portman Comedy Coming to Netflix July 17",
            "Good Sex, from Lena Dunham, stars Portman.",
            {("good-sex", "release_date", "announced", "2026-07-17")},
        ),
        (
            "'Orbital Drift' Heads to Peacock After Opening in Theaters This Friday",
            "",
            {("drift", "release_date", "announced", "2026-06-12")},
        ),
        (
            "'Orbital Drift' Gets a Release Date",
            "The film has a release date of July 17, Director Theo Vance revealed on Instagram.",
            {("drift", "release_date", "announced", "2026-07-17")},
        ),
        (
            "Searchlight's 2024 Cannes Winner 'The Lantern Keeper' Opens Friday",
            "",
            {("lantern", "release_date", "announced", "2026-06-12")},
        ),
        (
            "Netflix Reports Q2 2026 Earnings as 'Good Sex' Debuts to 40M Views",
            "",
            {("good-sex", "release", "released", None)},
        ),
        (
            "Venice: 'Good Sex' Premiered on Netflix Last Week, Now Natalie Portman Eyes Oscars",
            "",
            {("good-sex", "release", "released", None)},
        ),
        # a streamer's "+'s" is no opening quote
        (
            "Apple TV+'s 'The Lantern Keeper' Premieres July 17",
            "",
            {("lantern", "release_date", "announced", "2026-07-17")},
        ),
        (
            "Searchlight Will Release 'The Lantern Keeper' That Won the Palme d'Or on Sept. 18",
            "",
            {("lantern", "release_date", "announced", "2026-09-18")},
        ),
    ],
)
def test_the_last_rounds_leave_ordinary_headlines_alone(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an older work named by its year right after the title, or in an owner's appositive
        ("‘Orbital Drift’ 1971 Restoration to Open Cannes Classics Ahead of Remake", "", set()),
        (
            "Cannes Classics Opens With a Restoration",
            "“Orbital Drift,” Theo Vance’s 1971 British drama, will open the sidebar this year.",
            set(),
        ),
        # "it" after a sentence that dates another name is that name
        (
            "Universal Sets Plans for ‘Apogee’; ‘Orbital Drift’ Pushes Shoot to Spring",
            "Universal has dated Apogee, the sci-fi drama, for Oct. 16 before it arrives on "
            "Peacock in November.",
            set(),
        ),
        # the shoot as what a move moves
        (
            "‘Orbital Drift’ Pushes Shoot To Spring",
            "Orbital Drift, starring Theo Vance, has pushed its start of production to next "
            "spring.",
            set(),
        ),
        # tickets sold ahead, opened on a day
        (
            "‘Orbital Drift’ Presales Launch With Fan Event",
            "Universal opened advance ticket sales for Orbital Drift on Monday.",
            set(),
        ),
        # a longer title's video: the watched title with a subtitle of its own
        ("Orbital Drift: The Price of a Pill | Official Trailer | FRONTLINE", "", set()),
        (
            "Velvet Hours: Season 2 | Official Trailer | HBO",
            "",
            {("velvet-s2", "trailer", "released", None)},
        ),
        # a network's schedule, unveiled on a day
        (
            "HBO Upfront: Network Holds ‘Velvet Hours’ Season 2 In Reserve",
            "HBO unveiled a largely stable 2026-27 schedule on Tuesday.",
            set(),
        ),
    ],
)
def test_holdout65_to_68_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


def test_a_listed_headline_goes_on_after_its_semicolon() -> None:
    """An aggregator lists another story's headline; after its semicolon it goes on about
    the title it led with."""
    title = "‘Tidewater’ Review: Lise Marr Swings for the Fences - Variety"
    summary = (
        "‘Tidewater’ Review: Lise Marr Swings for the Fences Variety "
        "‘Tidewater’ TIFF Premiere Earns Ovation; Neon Sets Nov. 20 Release Deadline"
    )
    got = {
        (o.production, o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(entry(title, summary, _ROUND_PUBLISHED), _ROUND_49_TO_52, _ROUND_PUBLISHED)
    }
    assert got == {
        ("tidewater", "premiere", "held", None),
        ("tidewater", "release_date", "announced", "2026-11-20"),
    }


_SEPTEMBER = datetime(2026, 9, 20, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a festival's own opening weekend is no box-office weekend
        (
            "‘Orbital Drift’ Premiere: Theo Vance's Drama Gets TIFF Standing Ovation",
            "Orbital Drift got the warmest reception of the Toronto International Film "
            "Festival’s opening weekend on Saturday.",
            {("drift", "premiere", "held", None)},
        ),
        ("Sundance Opening Weekend Hit by Snow as ‘Orbital Drift’ Crew Waits", "", set()),
        (
            "‘Orbital Drift’ opening weekend: $40 million",
            "",
            {("drift", "release", "released", None)},
        ),
        # views under a hashtag are posts, not viewers of the work
        (
            "‘Orbital Drift’ Trend Is Selling Telescopes",
            "The hashtag #orbitaldrift has passed 2 billion views on TikTok, says Universal.",
            set(),
        ),
        (
            "Orbital Drift tops Netflix chart with 40 million views",
            "Universal's #1 film.",
            {("drift", "release", "released", None)},
        ),
        # "through Tuesday" ends a count; it dates nothing
        (
            "‘Velvet Hours’ Season 2 Premiere Draws 6.1M Viewers, Up 40% From Series Debut",
            "HBO’s Velvet Hours returned on Sunday to 6.1 million viewers, a 40% increase over "
            "the first-season premiere. The figure includes streams on HBO Max through Tuesday.",
            {("velvet-s2", "release", "released", "2026-06-07")},
        ),
        (
            "Peacock: ‘Orbital Drift’ streams Tuesday through Sunday",
            "Universal",
            {("drift", "release_date", "announced", "2026-06-16")},
        ),
        # the date a move leaves, with no new one named, is no date
        (
            "‘Orbital Drift’ Lights Up With $14M Opening",
            "Universal's Orbital Drift came in above expectations, a win for the studio's "
            "decision to move it from October.",
            {("drift", "release", "released", None)},
        ),
        ("Universal moves ‘Orbital Drift’ from October", "No new date was given.", set()),
        (
            "Universal moves ‘Orbital Drift’ from October",
            "It now opens Nov. 6.",
            {("drift", "release_date", "announced", "2026-11-06")},
        ),
        (
            "‘Orbital Drift’ moves from Oct. 2 to Nov. 6",
            "",
            {("drift", "release_date", "announced", "2026-11-06")},
        ),
        # a festival's reception, and only festivals hold competitions
        (
            "Venice: ‘Orbital Drift’ Earns Nine-Minute Ovation for Theo Vance",
            "The drama premiered in competition Thursday night; Universal releases it in "
            "theaters this fall.",
            {
                ("drift", "premiere", "held", None),
                ("drift", "release_date", "expected", "2026-09-01"),
            },
        ),
        (
            "Theo Vance's ‘Orbital Drift’ premiered in competition Thursday night",
            "Universal",
            {("drift", "premiere", "held", None)},
        ),
        (
            "Theo Vance, whose Orbital Drift premiered in competition here last year, is back",
            "Universal",
            set(),
        ),
        ("‘Orbital Drift’ Earns Standing Ovation", "Theo Vance at the Hollywood Bowl", set()),
        # a finale read for the season after it: the next season is still to come
        (
            "Velvet Hours finale: that twist explained, and what it means for season 3",
            "HBO",
            set(),
        ),
        # a quoted title's gross after its own verb vouches for an ambiguous title
        (
            "‘Pale Kingdom’ Rides to No. 1 as ‘Good Sex’ Crosses $40M",
            "",
            {("good-sex", "release", "released", None)},
        ),
        ("‘Good Sex’ Crosses Over Into Comedy", "", set()),
        # an aggregator's listed headline that rounds up trailers of its own
        (
            "Every Movie Trailer That Aired During Super Bowl LX - Collider",
            "Every Movie Trailer That Aired During Super Bowl LX Collider Super Bowl Trailers: "
            "‘Orbital Drift,’ ‘Gorgon Protocol’ and More Variety The best movie ads of the "
            "Super Bowl, ranked Los Angeles Times",
            {("drift", "trailer", "released", None)},
        ),
        # "on track for" a period
        (
            "‘Orbital Drift’ Director Theo Vance Says the Sci-Fi Epic Is On Track for Late 2026",
            "",
            {("drift", "release_date", "expected", "2026-10-01")},
        ),
        ("‘Orbital Drift’ is on track for a record opening", "Universal", set()),
        # a festival's opening-night premiere; a slot named for it is ahead
        (
            "‘Orbital Drift’ Brings Down the House at SXSW Opening-Night Premiere - Variety",
            "",
            {("drift", "premiere", "held", None)},
        ),
        (
            "‘Orbital Drift’ Set as SXSW Opening Night Film",
            "",
            {("drift", "premiere", "announced", None)},
        ),
        # a summary's date outside the headline's period is another film's
        (
            "Universal Dates ‘Orbital Drift’ for June 2027, Moves ‘Ashen Crown’ to Fall",
            "The sci-fi drama will open June 11, 2027, while the fantasy epic shifts from "
            "March to Oct. 1, 2027.",
            {("drift", "release_date", "announced", "2027-06-11")},
        ),
        # films of a kind counted, and a year before "it streams", are no plan and no result
        (
            "‘Orbital Drift’ Touches Down With Year’s Second-Best Per-Screen Average",
            "Universal’s Orbital Drift opened to $228K from six theaters, a $38K per-screen "
            "average that trails only Neon’s spring opener among specialty releases this year.",
            {("drift", "release", "released", None)},
        ),
        (
            "Universal releases ‘Orbital Drift’ this fall",
            "",
            {("drift", "release_date", "expected", "2026-09-01")},
        ),
        (
            "Universal Sets 2027 Theatrical Release for ‘Orbital Drift,’ Reveals First Image",
            "Universal will release “Orbital Drift,” Theo Vance’s biopic, in theaters in 2027 "
            "before it streams on Peacock.",
            {("drift", "release_date", "expected", "2027-01-01")},
        ),
        ("Orbital Drift drew 4500 viewers", "Universal", {("drift", "release", "released", None)}),
        # a network's season schedule: its weekdays are slots; "Thursdays" names no work
        (
            "NBC Fall 2026 Schedule: ‘Orbital Drift’ Anchors Thursdays, Comedy Block Moves To "
            "Tuesday – Upfronts",
            "Orbital Drift, starring Theo Vance, will air Thursdays at 10 p.m. this fall.",
            {("drift", "release_date", "expected", "2026-09-01")},
        ),
        (
            "Streaming schedule: ‘Orbital Drift’ premieres Tuesday on Peacock",
            "",
            {("drift", "release_date", "announced", "2026-06-16")},
        ),
    ],
)
def test_holdout69_to_72_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


def test_a_festival_bow_behind_a_film_dates_no_premiere() -> None:
    """ "Fresh off its Venice competition bow": the bow is behind it, and the day after it
    is the release's."""
    e = entry(
        "Universal Sets November Release For Venice Drama ‘Orbital Drift’",
        "Universal has dated Theo Vance’s Orbital Drift, fresh off its Venice competition bow, "
        "for a limited theatrical release on November 13, expanding nationwide.",
        _SEPTEMBER,
    )
    got = {
        (o.milestone, o.status, o.date.iso() if o.date else None)
        for o in detect(e, MATCHER, _SEPTEMBER)
    }
    assert got == {("release_date", "announced", "2026-11-13")}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a trailer as half of a compound adjective names no trailer; tracking is no result
        (
            "‘Orbital Drift’ Tracking For $25M+ Opening",
            "Universal’s Orbital Drift is tracking to a $25M start, with upside if the film’s "
            "trailer-driven buzz converts.",
            set(),
        ),
        # a roundup's still images of a title are not its trailer
        (
            "The Week’s Best Trailers: ‘Pale Kingdom’ and More",
            "This week brought a new look at Lionsgate's Pale Kingdom. We also got first-look "
            "photos from Universal’s sci-fi drama “Orbital Drift,” starring Theo Vance.",
            {("kingdom", "trailer", "released", None)},
        ),
        # another film's date in brackets after its name is that film's
        (
            "November Calendar: ‘Pale Kingdom,’ ‘Orbital Drift’ and More",
            "Families have Universal’s “Orbital Drift” on Nov. 25. In between come Sony’s "
            "“Aurelia Rising” (Nov. 13) and more.",
            set(),
        ),
        # "now streaming": out; the day the clause names after it is no release day
        (
            "Thanksgiving Streaming Guide: ‘Orbital Drift’ and 20 More",
            "Here is what to stream this Thanksgiving. Universal’s “Orbital Drift,” now "
            "streaming, is a perfect Black Friday warm-up.",
            {("drift", "release", "released", None)},
        ),
        # a slate confirmed for a period; a series' start date
        (
            "Universal Maps Out 2027",
            "The studio also confirmed Theo Vance’s space epic ‘Orbital Drift’ for summer "
            "2027 in Imax.",
            {("drift", "release_date", "expected", "2027-06-01")},
        ),
        (
            "Velvet Hours series 3: HBO confirms 21 June start date",
            "",
            {("velvet-s3", "release_date", "announced", "2026-06-21")},
        ),
        # ... but a shoot's start date is the production's
        ("‘Orbital Drift’ Production Start Date Set for June 21", "Universal", set()),
        ("Production on ‘Orbital Drift’ gets a June 21 start date", "Universal", set()),
        ("‘Orbital Drift’ sets June 21 shoot start date", "Universal", set()),
        (
            "‘Orbital Drift’ Release Date Set for June 21",
            "Universal",
            {("drift", "release_date", "announced", "2026-06-21")},
        ),
        # a ratings day, and a bank that is no verb of the box office
        (
            "Ratings: ‘Velvet Hours’ Season 2 Premiere Draws 4.1M Viewers, Leads Tuesday For HBO",
            "",
            {("velvet-s2", "release", "released", None)},
        ),
        ("The Bank That Financed ‘Orbital Drift’ Charged $40M in Fees", "Universal", set()),
        # a trailer that sets its season's return is out; one set for a day is coming
        (
            "‘Velvet Hours’ Season 2 Trailer Sets June 21 Return",
            "",
            {
                ("velvet-s2", "release_date", "announced", "2026-06-21"),
                ("velvet-s2", "trailer", "released", None),
            },
        ),
        (
            "‘Velvet Hours’ Season 2 trailer arrives June 21",
            "",
            {("velvet-s2", "trailer", "expected", "2026-06-21")},
        ),
        (
            "Universal Sets First ‘Orbital Drift’ Teaser For Thursday Debut",
            "",
            {("drift", "trailer", "expected", "2026-06-11")},
        ),
        # where it shot, ending the clause: wrapped
        (
            "‘Orbital Drift’ Wraps In Budapest; Universal Eyes 2027 Bow For Theo Vance Actioner",
            "",
            {
                ("drift", "production", "wrapped", None),
                ("drift", "release_date", "expected", "2027-01-01"),
            },
        ),
        ("‘Orbital Drift’ wraps in two weeks", "Universal", set()),
        ("‘Orbital Drift’ Wraps in May", "Universal", set()),
        # the seasons counted out are the ones before the watched season
        (
            "All Two Seasons of ‘Velvet Hours’ Are Now Streaming on Netflix Ahead of Season 3",
            "",
            set(),
        ),
    ],
)
def test_holdout73_to_76_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a trailer "For" a quoted other film; the watched title is that film's maker's credit
        (
            "Lionsgate Drops Trailer For ‘Nightfall Depot’, Produced By ‘Orbital Drift’ "
            "Director Theo Vance",
            "",
            set(),
        ),
        (
            "Universal Drops Trailer For ‘Orbital Drift’",
            "",
            {("drift", "trailer", "released", None)},
        ),
        # a streamer's "global premiere" on a day is its release; a premiere tour is an event
        (
            "Netflix has set May 7 for the global premiere of ‘Gravewater’",
            "The streamer also released the first teaser.",
            {
                ("gravewater", "release_date", "announced", "2027-05-07"),
                ("gravewater", "trailer", "released", None),
            },
        ),
        (
            "Disney Sets ‘Orbital Drift’ Global Premiere Tour Starting Dec. 8 in London",
            "",
            {("drift", "premiere", "announced", "2026-12-08")},
        ),
        # the season a cue's object names is that season's
        (
            "‘Gravewater’ Star Mara Quell Joins Universal’s ‘Foxtrot Zulu’",
            "Mara Quell, the star of Netflix’s “Gravewater,” has joined “Foxtrot Zulu.” She is "
            "currently shooting the second season of “Gravewater” in Oslo.",
            set(),
        ),
        # "(2026 Movie)" closes a video's title
        (
            "Harbor Lights 2 | Big Game Spot (2026 Movie) | Paramount Pictures",
            "",
            {("harbor-2", "trailer", "released", None)},
        ),
        # where a story is set is no film set
        (
            "‘Orbital Drift’ First Look",
            "Universal released first images from Theo Vance's film, set over one long night in "
            "a newsroom.",
            set(),
        ),
        # the premiere of a trailer is the trailer's
        (
            "Mubi Dates ‘Orbital Drift’ For November 6; Watch The U.S. Trailer",
            "Deadline has the exclusive premiere of the U.S. trailer, below.",
            {
                ("drift", "release_date", "announced", "2026-11-06"),
                ("drift", "trailer", "released", None),
            },
        ),
        # a decision due, buyers arriving, releases listed: no work's date or release
        (
            "Korea Selects ‘Orbital Drift’? Not So Fast",
            "Universal. The decision is due in September.",
            set(),
        ),
        (
            "Cannes Market: Neon Circles Titles",
            "Buyers arrived on the Croisette with deep pockets this year, with Universal’s "
            "“Orbital Drift” among the packages.",
            set(),
        ),
        (
            "Lionsgate Q2 Results: Studio Touts Film Slate",
            "Executives highlighted upcoming releases including the heist comedy Orbital Drift, "
            "now in post-production.",
            set(),
        ),
        # a gross a few words after a quoted phrase title; the title's own words are no "bet"
        (
            "‘Good Sex’ Pays Off With $11M Opening; ‘Pale Kingdom’ Crosses $100M Domestic",
            "",
            {("good-sex", "release", "released", None), ("kingdom", "release", "released", None)},
        ),
        ("Netflix paid $40 million for ‘Good Sex’", "Natalie Portman", set()),
        # a reference point in the sentence before does not make a title a passing mention
        (
            "‘Harbor Lights’ Climbs Back Into Netflix Top 10 Ahead Of Sequel",
            "Paramount’s 2023 actioner Harbor Lights is back in the top 10 as audiences catch up "
            "ahead of the sequel. Harbor Lights 2, again starring Jack Tremaine, opens in "
            "theaters July 24.",
            {("harbor-2", "release_date", "announced", "2026-07-24")},
        ),
    ],
)
def test_holdout77_to_80_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a holiday as a genre's adjective; "Black Friday" is a day of its own
        ("Blumhouse Lands Black Friday Horror ‘Orbital Drift’", "Theo Vance", set()),
        (
            "Universal Sets ‘Orbital Drift’ for Black Friday",
            "Theo Vance",
            {("drift", "release_date", "announced", "2026-11-27")},
        ),
        # a gross over a holiday's days is the opening's, no date of it
        ("‘Orbital Drift’ Tracking For $95M+ Five-Day July 4th Opening", "Universal", set()),
        (
            "‘Orbital Drift’ Dives To $71M 5-Day Fourth Of July Opening – Box Office",
            "Universal",
            {("drift", "release", "released", None)},
        ),
        # figures that came out
        (
            "‘Orbital Drift’ Tracking For $95M+ Opening",
            "Universal’s Orbital Drift is tracking for a $95 million opening, according to the "
            "tracking services that came out Thursday.",
            set(),
        ),
        # a credit and a person's name: the person is the subject
        (
            "Theater news - BBC",
            "Theater news BBC Velvet Hours star Ines Marlow returns to the stage next spring "
            "BBC News",
            set(),
        ),
        # a story set inside something is no film set; a rapturous premiere followed
        (
            "Theo Vance Rides for Universal’s ‘Orbital Drift’ in First Photo",
            "Universal has released a first-look photo from “Orbital Drift,” its drama set "
            "inside a struggling cycling team.",
            set(),
        ),
        (
            "Universal Sets December Release For Venice Breakout ‘Orbital Drift’",
            "Universal will open Theo Vance’s Orbital Drift on December 4, following the film’s "
            "rapturous world premiere in competition at the Venice Film Festival.",
            {
                ("drift", "premiere", "held", None),
                ("drift", "release_date", "announced", "2026-12-04"),
            },
        ),
        # "the sequel" of a numbered title is itself; of an unnumbered one, its sequel
        (
            "‘Harbor Lights 2’ Teaser: Jack Tremaine Is Back as Paramount Sets June 2027 Release",
            "Paramount has unveiled the first teaser for “Harbor Lights 2,” the follow-up to the "
            "2023 sleeper hit, and dated the sequel for June 11, 2027.",
            {
                ("harbor-2", "release_date", "announced", "2027-06-11"),
                ("harbor-2", "trailer", "released", None),
            },
        ),
        (
            "‘Orbital Drift’ Tops Box Office",
            "Universal has dated the sequel for June 11, 2027.",
            {("drift", "release", "released", None)},
        ),
        # a first trailer for a described film, coming on a day; the film "will drop" is
        # the trailer's subject
        (
            "Orbital Drift: First Trailer for Universal's Sci-Fi Epic Arrives Thursday",
            "",
            {("drift", "trailer", "expected", "2026-06-11")},
        ),
        (
            "‘Orbital Drift’ Trailer Arrives Thursday: Universal Shares First Look",
            "Universal has released first-look images from Orbital Drift and said the first "
            "trailer for the film will drop Thursday.",
            {("drift", "trailer", "expected", "2026-06-11")},
        ),
        # a festival's slot is no release; a streamer's global premiere is
        (
            "Cameras Stop Rolling On ‘Orbital Drift’; Universal Eyes 2027 Festival Bow",
            "",
            {("drift", "production", "wrapped", None)},
        ),
        (
            "‘Good Sex’ First Look: Netflix Rom-Com, Premiering Aug. 14",
            "Netflix has set an Aug. 14 global premiere for “Good Sex,” starring Natalie "
            "Portman, and released first-look images.",
            {("good-sex", "release_date", "announced", "2026-08-14")},
        ),
    ],
)
def test_holdout81_to_84_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an aggregator's listed headline in a video's shape is a headline too
        (
            "Every Super Bowl 2026 movie trailer and TV spot - Polygon",
            "Every Super Bowl 2026 movie trailer and TV spot Polygon ‘Orbital Drift’ Big Game "
            "Spot: Theo Vance Chases The Storm Of The Century Deadline Super Bowl LX ads: The "
            "best and worst commercials USA Today",
            {("drift", "trailer", "released", None)},
        ),
        # a trailer, then a comma and its coming day: the trailer's day
        (
            "Netflix teases ‘Orbital Drift’ trailer, arriving Thursday - What's on Netflix",
            "",
            {("drift", "trailer", "expected", "2026-06-11")},
        ),
        (
            "Universal’s ‘Orbital Drift’, arriving Thursday, is the week’s big bet",
            "",
            {("drift", "release_date", "announced", "2026-06-11")},
        ),
        # "supposed to know" hedges nothing
        (
            "‘Orbital Drift’ Trailer: Theo Vance Robs a Dutch Auction House",
            "Theo Vance is stealing a painting nobody is supposed to know exists in the first "
            "trailer for “Orbital Drift.” The film opens Oct. 9.",
            {
                ("drift", "trailer", "released", None),
                ("drift", "release_date", "announced", "2026-10-09"),
            },
        ),
        # the title's own words are no box-office opening
        (
            "Searchlight’s ‘Soft Opening’ Sets Ensemble",
            "Searchlight Pictures has set the ensemble for Soft Opening, a restaurant comedy.",
            set(),
        ),
        # a premiere long past, and no season named where the figures are: the first season's
        (
            "‘Velvet Hours’ Creator Ines Marlow on Season 2 and the Pressure of a Breakout Debut",
            "When “Velvet Hours” premiered on HBO last summer, Ines Marlow assumed it would be "
            "quietly canceled. Instead, the drama became the network’s most-watched launch.",
            set(),
        ),
        # a gross after a later weekend vouches for a quoted phrase title
        (
            "Weekend Box Office: ‘Good Sex’ Holds No. 1 - Variety",
            "Weekend Box Office: ‘Good Sex’ Holds No. 1 Variety ‘Good Sex’ stays on top with "
            "$18M second weekend Deadline",
            {("good-sex", "release", "released", None)},
        ),
    ],
)
def test_holdout85_to_88_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("‘Orbital Drift’ opened on Black Friday to $40M", "2026-11-27"),
        ("‘Orbital Drift’ opened on Thanksgiving Day to $40M", "2026-11-26"),
    ],
)
def test_a_holiday_gone_by_is_this_year_s_by_its_rule(title: str, day: str) -> None:
    """A holiday a past verb names fell on its own day this year (the fourth Thursday of
    November, the day after it), not on last year's month and day."""
    published = datetime(2026, 11, 29, 12, tzinfo=UTC)
    (o,) = detect(entry(title, "Universal", published), MATCHER, published)
    assert (o.milestone, o.status, o.date.iso() if o.date else None) == (
        "release",
        "released",
        day,
    )


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a broadcast premiere (a network, an hour) announced at a fan convention is the
        # series' release day, not a festival screening
        (
            "‘Gravewater’ Sets October Premiere On Netflix; Comic-Con Panel Shows First Footage",
            "Netflix’s horror series Gravewater will premiere Sunday, October 18 at 9 p.m. ET, "
            "the streamer announced during Friday’s Hall H panel at Comic-Con.",
            {("gravewater", "release_date", "announced", "2026-10-18")},
        ),
        (
            "Netflix News",
            "Gravewater will premiere Oct. 18, the streamer announced at Comic-Con.",
            {("gravewater", "release_date", "announced", "2026-10-18")},
        ),
        (
            "Netflix News",
            "Gravewater will premiere at TIFF on Sept. 10 before streaming on Netflix.",
            {("gravewater", "premiere", "announced", "2026-09-10")},
        ),
        (
            "Netflix News",
            "Gravewater will premiere at TIFF on Sept. 10 at 9 p.m. at Roy Thomson Hall.",
            {("gravewater", "premiere", "announced", "2026-09-10")},
        ),
        # a festival's lineup in the headline, the festival still ahead: its world premieres
        # are announced
        (
            "TIFF 2026 Lineup: Theo Vance’s ‘Orbital Drift’ to World Premiere as Galas and "
            "Special Presentations Unveiled",
            "The Toronto International Film Festival has unveiled its first wave of galas and "
            "special presentations, led by the world premiere of Theo Vance’s boxing drama "
            "“Orbital Drift,” starring Marcus Bell. Also premiering as galas are Colm Ashby’s "
            "“Soundings.”",
            {("drift", "premiere", "announced", None)},
        ),
        # a title whose own verb says it is still ahead gets no other title's gross
        (
            "‘Orbital Drift’ Jabs Its Way To $14M Opening As ‘Pale Kingdom’ Looms",
            "",
            {("drift", "release", "released", None)},
        ),
        (
            "Box Office: ‘Orbital Drift’ Wins Weekend; ‘Pale Kingdom’ Looms",
            "",
            {("drift", "release", "released", None)},
        ),
        # "to start", "confirmed to begin" on a day
        (
            "Velvet Hours series 2 to start on BBC One on Sunday 4th October",
            "",
            {("velvet-s2", "release_date", "announced", "2026-10-04")},
        ),
        (
            "Velvet Hours Season 2 Is Confirmed To Begin On October 4",
            "",
            {("velvet-s2", "release_date", "announced", "2026-10-04")},
        ),
        # a new TV spot is a trailer; a past verb's purpose ("used ... to drop") is done
        (
            "Super Bowl Trailers: Every Movie Spot From the Big Game",
            "Universal used its Super Bowl ad time on Sunday to drop a 60-second spot for "
            "“Orbital Drift” in the first quarter.",
            {("drift", "trailer", "released", None)},
        ),
        (
            "Studio News",
            "Universal debuted a new spot for Orbital Drift on Tuesday.",
            {("drift", "trailer", "released", None)},
        ),
        (
            "Studio News",
            "Universal plans to unveil a new trailer for Orbital Drift next week.",
            {("drift", "trailer", "expected", None)},
        ),
        # a title's words in scare quotes after "the", closing the headline: the phrase
        (
            "Why Netflix Has Learned to Love the ‘Good Sex’",
            "For years, a Netflix original lived or died on its opening weekend.",
            set(),
        ),
        (
            "Netflix Drops the ‘Good Sex’ Trailer",
            "",
            {("good-sex", "trailer", "released", None)},
        ),
        # festivals in general, none named, announce no premiere
        (
            "Universal Said to Eye October Debut for ‘Orbital Drift’",
            "The film is expected to premiere on the fall festival circuit.",
            {("drift", "release_date", "expected", "2026-10-01")},
        ),
        # a season's ratings: the season aired
        ("Gravewater: Season One Ratings", "", {("gravewater", "release", "released", None)}),
    ],
)
def test_holdout89_to_92_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a fan's question folded into a clause is no promise of a trailer
        (
            "Orbital Drift - What We Know So Far (Release Date, Cast, Plot)",
            "In this video I go over everything we know so far and my predictions for when "
            "Universal will drop the first trailer.",
            set(),
        ),
        # a video's disclaimer: no trailer out, none promised
        (
            "ORBITAL DRIFT (2027) Teaser Trailer | Theo Vance | CinemaCon Footage Description",
            "Universal showed the first footage from Orbital Drift at CinemaCon today and it was "
            "NOT released online, so here is a description of everything shown. Not the actual "
            "trailer!!",
            set(),
        ),
        # a meme's caption after the title; a trailer with a "but" of news is still one
        ("Orbital Drift teaser but it's my cousin's wedding video", "", set()),
        (
            "Orbital Drift Gets First Trailer, But No Release Date Yet",
            "",
            {("drift", "trailer", "released", None)},
        ),
        # the day tracking was published is not the release's
        (
            "‘Orbital Drift’ Tracking Points to $75 Million-Plus Opening",
            "Universal’s “Orbital Drift” is swimming toward a $75 million domestic launch, "
            "according to first tracking services released Thursday.",
            set(),
        ),
        # "opens up about" speaks
        (
            "Theo Vance on Why ‘Orbital Drift’ Shoot Was Freezing",
            "The actor, who leads Universal's fall thriller, opens up about shooting in the "
            "Danish marshes in February.",
            set(),
        ),
        # Fantastic Fest is a festival with a date: its world premieres are still ahead
        (
            "Fantastic Fest 2026 First Wave: ‘Orbital Drift’ to World Premiere in Austin",
            "Fantastic Fest has announced its first wave of 2026 programming, and it's led by "
            "the world premiere of Theo Vance's Orbital Drift, the Universal folk-horror film "
            "starring Mara Quell and Ada Lind, which will screen on opening night, September "
            "17...",
            {("drift", "premiere", "announced", None)},
        ),
        # a network "sets <day> start for" a series: its first episode's day
        (
            "Gravewater: Channel 4 sets Sunday 23 August start for Aoife Brannigan thriller - "
            "Digital Spy",
            "",
            {("gravewater", "release_date", "announced", "2026-08-23")},
        ),
    ],
)
def test_holdout93_to_96_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # "the show's Brooklyn set on Friday": a place where it is shot
        (
            "‘Gravewater’ Wraps Season 1 Production",
            "Cameras have stopped rolling. The star marked the wrap with a post from the "
            "show’s Brooklyn set on Friday.",
            {("gravewater", "production", "wrapped", None)},
        ),
        # a festival premiere months before the entry is the film's history
        (
            "‘Orbital Drift’ Opens At No. 1 On Netflix Film Chart With 22M Views",
            "Theo Vance’s Orbital Drift debuted atop the list with 22.4 million views, the "
            "streamer said Tuesday. The thriller world premiered at TIFF in September...",
            {("drift", "release", "released", None)},
        ),
        # a teaser "for" another, unwatched name that its own verb follows is that one's
        (
            "Universal Moves ‘Orbital Drift’ Up A Week; ‘Hexbound’ Teaser Set",
            "Universal is moving Orbital Drift up from October 16 to October 9. The studio also "
            "said a first teaser for Hexbound will arrive next week.",
            {("drift", "release_date", "announced", "2026-10-09")},
        ),
        # a title right after the cue does not use up the reach of "next week" right after
        # it; a hedge in another clause stays out of reach
        (
            "First Teaser for 'The Lantern Keeper' Arrives Next Week",
            "",
            {("lantern", "trailer", "expected", None)},
        ),
        (
            "Searchlight Bets Big on Mara Quell",
            "Searchlight has released the first trailer for The Lantern Keeper, which is "
            "expected to be a major awards player.",
            {("lantern", "trailer", "released", None)},
        ),
        # "long-awaited" describes the film, not the teaser
        (
            "‘The Lantern Keeper’ Teaser Drops",
            "Searchlight has dropped the teaser for “The Lantern Keeper,” Mara Quell’s "
            "long-awaited second feature.",
            {("lantern", "trailer", "released", None)},
        ),
    ],
)
def test_holdout97_to_100_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # "after debuting Friday" behind a result counted: last Friday, the release itself
        (
            "‘Orbital Drift’ Storms Netflix Top 10 With 24.6M Views",
            "Universal’s Orbital Drift opened at No. 1 on the streamer’s film chart, drawing "
            "24.6 million views in its first three days after debuting Friday.",
            {("drift", "release", "released", "2026-06-05")},
        ),
        # a plan after "after": a coming day still
        (
            "Universal News",
            "Orbital Drift will stream on Peacock after opening in theaters Friday.",
            {("drift", "release_date", "announced", "2026-06-12")},
        ),
        # the date a title "vacated" is another's now
        (
            "Sony’s ‘Snow Job’ Slides Into Dec. 18 Slot Vacated By ‘Orbital Drift’",
            "Sony Pictures is moving its comedy Snow Job up one week to Dec. 18, taking the date "
            "Universal’s Orbital Drift vacated yesterday.",
            set(),
        ),
        # a chart's week is no release date
        (
            "‘Gravewater’ Cracks Nielsen Streaming Top 10 With 612M Minutes In Debut Week",
            "Netflix’s Gravewater logged 612 million minutes viewed in its first three days, "
            "landing at No. 6 on Nielsen’s overall streaming chart for the week of April 28 and "
            "making it the streamer’s best original drama debut.",
            {("gravewater", "release", "released", None)},
        ),
    ],
)
def test_holdout101_to_104_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert dated(title, summary) == expected


#: titles that hold a word detection reads elsewhere ("slate", "lineup")
_TITLE_WORDS = Matcher(
    [
        ProductionSpec(id="blank-slate", title="Blank Slate", context=("Neon", "Ana Ruiz")),
        ProductionSpec(id="drift", title="Orbital Drift", context=("Universal", "Theo Vance")),
        ProductionSpec(id="harbor", title="Harbor Lights", context=("Searchlight", "Mara Quell")),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a title's own "Slate" after a festival's film is no festival slate
        ("Mubi Buys Berlin Thriller ‘Blank Slate’ For North America", "", set()),
        ("Berlin Drama ‘Blank Slate’ Tops Dutch Box Office", "", {("blank-slate", "release")}),
        # ... nor the object of a release verb ("dated its slate for 2027")
        (
            "Neon Dates Sundance Drama ‘Blank Slate’ For Oct. 2",
            "",
            {("blank-slate", "release_date")},
        ),
        # a real festival slate still names its films' premieres
        (
            "Venice Lineup: ‘Harbor Lights’ to World Premiere in Competition",
            "",
            {("harbor", "premiere")},
        ),
        # a move's "from" names a date, not the film's maker: read on to "for"
        (
            "Universal News",
            "Universal has dated Orbital Drift, the space thriller from director Ana Vey "
            "starring Theo Vance and Ruth Amell, for Friday, Oct. 2.",
            {("drift", "release_date")},
        ),
        (
            "Searchlight Moves ‘Harbor Lights’ to October",
            "Searchlight has pushed Harbor Lights, the coastal drama from writer-director "
            "Mara Quell, from Sept. 18 to Oct. 9.",
            {("harbor", "release_date")},
        ),
        # a critics' group's top ten is a list, not a streaming chart
        (
            "Film Critics Circle Names ‘Harbor Lights’ Best Picture",
            "The circle's top 10 also included ‘Orbital Drift’ and three documentaries.",
            set(),
        ),
        ("‘Orbital Drift’ Enters Netflix Top 10 in 40 Countries", "", {("drift", "release")}),
    ],
)
def test_title_words_and_lists(title: str, summary: str, expected: set[tuple[str, str]]) -> None:
    obs = detect(entry(title, summary), _TITLE_WORDS, PUBLISHED)
    assert {(o.production, o.milestone) for o in obs} == expected


def test_a_dated_move_from_a_maker_keeps_its_day() -> None:
    obs = detect(
        entry(
            "Searchlight Moves ‘Harbor Lights’ to October",
            "Searchlight has pushed Harbor Lights, the coastal drama from writer-director "
            "Mara Quell, from Sept. 18 to Oct. 9.",
        ),
        _TITLE_WORDS,
        PUBLISHED,
    )
    [o] = obs
    assert (o.status, o.date.iso() if o.date else None) == ("announced", "2026-10-09")
    assert o.previous_date is not None and o.previous_date.iso() == "2026-09-18"


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # the cast as a group at the title's own event: its premiere
        (
            "‘Harbor Lights’ Stars Hit the Rain-Soaked Red Carpet at London Premiere",
            "",
            datetime(2026, 11, 22, 12, tzinfo=UTC),
            {("harbor", "premiere", "held", None)},
        ),
        # a star of the title at another film's premiere is still a credit
        (
            "‘Harbor Lights’ Star Dana Voss Attends ‘Cold Harbor’ Premiere",
            "",
            datetime(2026, 11, 22, 12, tzinfo=UTC),
            set(),
        ),
        # a film that opens a festival is its premiere
        (
            "‘Harbor Lights’ Kicks Off TIFF With a Roar",
            "",
            datetime(2026, 9, 11, 12, tzinfo=UTC),
            {("harbor", "premiere", "held", None)},
        ),
        # "will open the 2026 Tribeca Festival": the year is the festival's, no release date
        (
            "Tribeca Sets ‘Harbor Lights’ as Opening Night Film",
            "Searchlight's Harbor Lights will open the 2026 Tribeca Festival with its world "
            "premiere on June 3.",
            datetime(2026, 4, 21, 12, tzinfo=UTC),
            {("harbor", "premiere", "announced", "2026-06-03")},
        ),
        # a day a film takes on the calendar
        (
            "Universal News",
            "Universal's Orbital Drift takes Wednesday, Nov. 25 ahead of the Thanksgiving holiday.",
            datetime(2026, 1, 13, 12, tzinfo=UTC),
            {("drift", "release_date", "announced", "2026-11-25")},
        ),
        # a move from "its original" day names the day it leaves, then the new one
        (
            "Universal News",
            "Universal is moving Orbital Drift from its original November 20 date to "
            "September 25, giving the thriller a late-September frame.",
            datetime(2026, 4, 14, 12, tzinfo=UTC),
            {("drift", "release_date", "announced", "2026-09-25")},
        ),
        # a deal closed on a festival's film is no festival's closing night
        (
            "Sales Agent Closes Major Territories on Venice Competition Title ‘Harbor Lights’",
            "",
            datetime(2026, 9, 7, 12, tzinfo=UTC),
            set(),
        ),
    ],
)
def test_holdout89_to_104_residue(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_TITLE_WORDS, title, summary, published) == expected


_BATCH10 = Matcher(
    [
        ProductionSpec(id="drift", title="Orbital Drift", context=("Universal", "Ana Vey")),
        ProductionSpec(id="harbor", title="Harbor Lights", context=("Searchlight", "Mara Quell")),
        ProductionSpec(
            id="velvet-s3", title="Velvet Hours", kind="series", season=3, context=("HBO",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # "any" or "every" with a few words before "release": films counted, no plan
        (
            "‘Orbital Drift’ IMAX Presales Top Any Universal Release This Year",
            "",
            datetime(2026, 11, 10, 12, tzinfo=UTC),
            set(),
        ),
        (
            "Harbor Lights Presales Strong",
            "Presales for Harbor Lights are running ahead of every specialty release this year.",
            datetime(2026, 6, 9, 12, tzinfo=UTC),
            set(),
        ),
        # a festival's edition and its opening night film give no release year
        (
            "Sundance Sets ‘Harbor Lights’ as 2027 Opening Night Film",
            "Sundance will open its 2027 festival with the world premiere of Harbor Lights.",
            datetime(2026, 12, 2, 12, tzinfo=UTC),
            {("harbor", "premiere", "announced", None)},
        ),
        # a fan's wish list promises no trailer
        (
            "Harbor Lights: 5 Things We Hope to See in the Trailer",
            "",
            datetime(2026, 8, 4, 12, tzinfo=UTC),
            set(),
        ),
        # another film dated, a watched one only its rival on the day
        (
            "Universal News",
            "Universal has dated its space thriller “The Long Night” for July 16, 2027, setting "
            "up a head-to-head with Searchlight’s “Harbor Lights.”",
            datetime(2026, 9, 24, 12, tzinfo=UTC),
            set(),
        ),
        # set photos a fan's video is made of are no news of the shoot
        (
            "HARBOR LIGHTS (2027) Trailer – Fan Made | Mara Quell",
            "Fan edit made from the Searchlight poster and set photos. Not affiliated.",
            datetime(2026, 10, 3, 12, tzinfo=UTC),
            set(),
        ),
        # a film a festival describes is no festival the studio opens
        (
            "Searchlight News",
            "Searchlight will open Mara Quell’s Venice competition title “Harbor Lights” in "
            "limited release on Nov. 20.",
            datetime(2026, 10, 6, 12, tzinfo=UTC),
            {("harbor", "release_date", "announced", "2026-11-20")},
        ),
        # the words that describe a title before it are part of the verb's object
        (
            "Searchlight News",
            "Searchlight will release Mara Quell’s Venice prize winner Harbor Lights in New "
            "York and Los Angeles on Dec. 4.",
            datetime(2026, 10, 8, 12, tzinfo=UTC),
            {("harbor", "release_date", "announced", "2026-12-04")},
        ),
        # a result measured against a forecast hedges nothing
        (
            "‘Orbital Drift’ Rockets To $40M Opening, Beating Tracking",
            "",
            datetime(2026, 8, 24, 12, tzinfo=UTC),
            {("drift", "release", "released", None)},
        ),
        (
            "Universal News",
            "Orbital Drift crossed the line ahead of expectations with $40.2 million.",
            datetime(2026, 8, 24, 12, tzinfo=UTC),
            {("drift", "release", "released", None)},
        ),
        # a shoot's plan is no release date
        (
            "Ana Vey, Director of ‘Orbital Drift’, Sets Next Film",
            "Vey will write and direct, with production slated for next autumn.",
            datetime(2026, 12, 17, 12, tzinfo=UTC),
            set(),
        ),
        # a sale named after a title launches no title
        (
            "Streamer Launches ‘Orbital Drift’ Early Access Sale With 60% Off",
            "",
            datetime(2026, 10, 13, 12, tzinfo=UTC),
            set(),
        ),
        # "Nov. 25 of this year" is one day
        (
            "Universal News",
            "Universal has moved Orbital Drift from Nov. 25 of this year to Wednesday, "
            "November 24, 2027.",
            datetime(2026, 10, 23, 12, tzinfo=UTC),
            {("drift", "release_date", "announced", "2027-11-24")},
        ),
        # "to air on" a channel gives the series' time
        (
            "Velvet Hours series 3 to air on HBO in early 2027",
            "",
            datetime(2026, 11, 12, 12, tzinfo=UTC),
            {("velvet-s3", "release_date", "expected", "2027-01-01")},
        ),
        # "Summer-Camp" is a kind of comedy, not a season
        (
            "Stream It Or Skip It: ‘Harbor Lights’ on Hulu, Where the Summer-Camp Comedy Returns",
            "",
            datetime(2026, 9, 9, 12, tzinfo=UTC),
            {("harbor", "release", "released", None)},
        ),
    ],
)
def test_holdout105_to_108_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH10, title, summary, published) == expected


_BATCH11 = Matcher(
    [
        ProductionSpec(id="oran", title="Les Nuits d’Oran", context=("Neon", "Claire Vasseur")),
        ProductionSpec(
            id="carpet-s2", title="Red Carpet", kind="series", season=2, context=("Canal+",)
        ),
        ProductionSpec(id="harbor", title="Harbor Lights", context=("Searchlight", "Mara Quell")),
        ProductionSpec(id="drift-2", title="Orbital Drift 2", context=("Universal",)),
        ProductionSpec(
            id="velvet-s3", title="Velvet Hours", kind="series", season=3, context=("HBO",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # an apostrophe inside a quoted title ends neither the quote nor the title
        (
            "Venice: ‘Les Nuits d’Oran’ Earns 9-Minute Standing Ovation",
            "",
            datetime(2026, 9, 5, 12, tzinfo=UTC),
            {("oran", "premiere", "held", None)},
        ),
        # a title's own words are no red carpet, even where another season is named
        (
            "Canal+ Renews ‘Red Carpet’ for Season 3",
            "Canal+ has renewed its satire “Red Carpet” for a third season.",
            datetime(2026, 6, 1, 12, tzinfo=UTC),
            set(),
        ),
        # another season's day is not the watched season's
        (
            "Canal+ Sells ‘Red Carpet’ Seasons 1 and 2 to Sundance Now",
            "The distributor closed the deals; season one bows on Sundance Now in March.",
            datetime(2026, 1, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a market that opens is no film's release
        (
            "Cannes Market Opens",
            "The Marché du Film opened Wednesday with buyers busy, while Finecut closed "
            "territories on Harbor Lights.",
            datetime(2026, 5, 14, 12, tzinfo=UTC),
            set(),
        ),
        # a festival's slot as the film's epithet is no premiere
        (
            "‘Harbor Lights’ Tops Korea Box Office",
            "The Busan opening film has drawn 1.4 million admissions in five days.",
            datetime(2026, 10, 5, 12, tzinfo=UTC),
            {("harbor", "release", "released", None)},
        ),
        # the earlier film's gross, and a forecast for the sequel
        (
            "Universal Moves ‘Orbital Drift 2’ To June 26",
            "The original Orbital Drift grossed $412 million worldwide.",
            datetime(2026, 3, 2, 12, tzinfo=UTC),
            {("drift-2", "release_date", "announced", "2026-06-26")},
        ),
        (
            "Universal News",
            "Orbital Drift 2 is looking at an opening north of $70 million when it opens, "
            "according to first tracking.",
            datetime(2026, 7, 1, 12, tzinfo=UTC),
            set(),
        ),
        # "from the Vancouver set on Wednesday" is a place and a day, no date of the series
        (
            "‘Velvet Hours’ Wraps Filming On Season 3",
            "The cast posted farewells from the Vancouver set on Wednesday.",
            datetime(2026, 1, 14, 12, tzinfo=UTC),
            {("velvet-s3", "production", "wrapped", None)},
        ),
        # a date vacated by a title is another's now
        (
            "Peacock News",
            "Peacock's new comedy will premiere Thursday, March 12, the date vacated by the "
            "Mara Quell-led Harbor Lights.",
            datetime(2026, 2, 12, 12, tzinfo=UTC),
            set(),
        ),
        # a network brings a series back on a day
        (
            "‘Velvet Hours’ Season 3 Sets April Premiere Date",
            "HBO will bring back “Velvet Hours” on Friday, April 17.",
            datetime(2026, 2, 25, 12, tzinfo=UTC),
            {("velvet-s3", "release_date", "announced", "2026-04-17")},
        ),
        # a film that opens a festival in a month gives no release month
        (
            "Tribeca 2026: ‘Harbor Lights’ to Open Festival in June",
            "",
            datetime(2026, 4, 1, 12, tzinfo=UTC),
            {("harbor", "premiere", "announced", "2026-06-01")},
        ),
        # a record "in Peacock history" names no place of a premiere
        (
            "‘Velvet Hours’ Season 3 Draws 4.3 Million Viewers",
            "The season drew 4.3 million viewers, the most-watched drama premiere in HBO history.",
            datetime(2026, 5, 14, 12, tzinfo=UTC),
            {("velvet-s3", "release", "released", None)},
        ),
        # a guess at when a trailer could drop promises nothing
        (
            "Harbor Lights News",
            "Fans are waiting. Here's when the Harbor Lights trailer could drop.",
            datetime(2026, 8, 10, 12, tzinfo=UTC),
            set(),
        ),
        # "Friday the 13th in November" is one day
        (
            "Universal Sets ‘Orbital Drift 2’ For Friday The 13th In November",
            "",
            datetime(2026, 3, 9, 12, tzinfo=UTC),
            {("drift-2", "release_date", "announced", "2026-11-13")},
        ),
        # the franchise's gross is the earlier films'
        (
            "Universal Dates ‘Orbital Drift 2’",
            "The franchise has grossed more than $210 million worldwide.",
            datetime(2026, 3, 9, 12, tzinfo=UTC),
            set(),
        ),
        # a game's longer title and its reveal trailer
        (
            "Harbor Lights: Frontline Reveal Trailer Shows Off New Maps - IGN",
            "",
            datetime(2026, 6, 5, 12, tzinfo=UTC),
            set(),
        ),
        # each title its section in a festival's lineup
        (
            "Cannes 2026 Lineup: ‘Les Nuits d’Oran’ In Competition; ‘Harbor Lights’ In Un Certain "
            "Regard",
            "",
            datetime(2026, 4, 9, 12, tzinfo=UTC),
            {("oran", "premiere", "announced", None), ("harbor", "premiere", "announced", None)},
        ),
        # a festival crowd's roar is its premiere
        (
            "‘Harbor Lights’ Brings Down The House As SXSW Secret Screening",
            "",
            datetime(2026, 3, 14, 12, tzinfo=UTC),
            {("harbor", "premiere", "held", None)},
        ),
    ],
)
def test_holdout109_to_112_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH11, title, summary, published) == expected


_BATCH12 = Matcher(
    [
        ProductionSpec(id="harbor", title="Harbor Lights", context=("Searchlight", "Mara Quell")),
        ProductionSpec(id="drift-2", title="Orbital Drift 2", context=("Universal",)),
        ProductionSpec(
            id="velvet-s2", title="Velvet Hours", kind="series", season=2, context=("HBO",)
        ),
        ProductionSpec(id="peek", title="Sneak Peek", context=("Hulu", "Dolores Kim")),
        ProductionSpec(id="shutdown", title="Shutdown", context=("Universal", "Odessa Grange")),
        ProductionSpec(id="frontier", title="The Frontier Trials", context=("Warner Bros.",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # two kind words before a lineup: the year names the lineup
        (
            "SXSW Lineup",
            "SXSW has set its 2026 film and TV lineup, with Searchlight's Harbor Lights among "
            "the headliners.",
            datetime(2026, 2, 4, 12, tzinfo=UTC),
            set(),
        ),
        # a weekday's event with a past result is the day gone by
        (
            "‘Velvet Hours’ Season 2 Premiere Draws 6.1 Million Viewers",
            "HBO says Sunday's return of the drama was up 14 percent over its debut.",
            datetime(2026, 6, 22, 12, tzinfo=UTC),
            {("velvet-s2", "release", "released", None)},
        ),
        # a past verb before a weekday and where to watch: aired, no date ahead
        (
            "Velvet Hours Season 2 Premiere Recap: An Old Enemy",
            "Velvet Hours returned Wednesday on HBO with two episodes.",
            datetime(2026, 4, 16, 12, tzinfo=UTC),
            {("velvet-s2", "release", "released", "2026-04-15")},
        ),
        # "on set in Toronto on Monday" is a place
        (
            "‘Velvet Hours’ Wraps Filming On Season 2",
            "The star shared a photo from the final day on set in Toronto on Monday.",
            datetime(2026, 12, 15, 12, tzinfo=UTC),
            {("velvet-s2", "production", "wrapped", None)},
        ),
        # a game's longer title that "comes to" consoles
        (
            "The Frontier Trials: Legacy | Official Trailer | WB Games",
            "The Frontier Trials: Legacy comes to PlayStation 5 and PC in 2027.",
            datetime(2026, 3, 25, 12, tzinfo=UTC),
            set(),
        ),
        # fans asking when a trailer will drop: no promise
        (
            "Velvet Hours Season 2 Release Window Still a Mystery",
            "HBO has said nothing, and fans are asking when the first trailer will drop.",
            datetime(2026, 5, 19, 12, tzinfo=UTC),
            set(),
        ),
        # a slot another film takes from a title that held it
        (
            "Universal’s ‘Cold Open’ Now Opens March 12, 2027, Taking ‘Orbital Drift 2’s Old Slot",
            "Cold Open will now open March 12, 2027, the date previously held by the studio's "
            "Orbital Drift 2.",
            datetime(2026, 8, 5, 12, tzinfo=UTC),
            set(),
        ),
        # a month as a record's category
        (
            "‘Orbital Drift 2’ Bites Into $62M Opening, Tops Universal’s August Record",
            "Orbital Drift 2 opened to $62 million this weekend, shattering the studio's August "
            "opening record.",
            datetime(2026, 8, 9, 12, tzinfo=UTC),
            {("drift-2", "release", "released", None)},
        ),
        # a title's own words are no trailer
        (
            "‘Sneak Peek’: Archie Vandermolen Joins Dolores Kim in Hulu's Comedy",
            "",
            datetime(2026, 4, 2, 12, tzinfo=UTC),
            set(),
        ),
        # an awards race's top ten is contenders, not a chart
        (
            "Oscar Predictions: Best Picture — Thanksgiving Shakes Up the Top 10",
            "Searchlight's Harbor Lights moves up two spots.",
            datetime(2026, 11, 30, 12, tzinfo=UTC),
            set(),
        ),
        # festival receptions
        (
            "‘Harbor Lights’ Takes Telluride By Storm As Mara Quell’s Drama Debuts",
            "",
            datetime(2026, 9, 5, 12, tzinfo=UTC),
            {("harbor", "premiere", "held", None)},
        ),
        (
            "Telluride Doc ‘Harbor Lights’ Leaves Audiences Shaken At Premiere",
            "",
            datetime(2026, 9, 5, 12, tzinfo=UTC),
            {("harbor", "premiere", "held", None)},
        ),
        (
            "TIFF 2026 Lineup: ‘Orbital Drift 2’ to Open Festival; ‘Harbor Lights’ Among Platform "
            "Picks",
            "",
            datetime(2026, 7, 28, 12, tzinfo=UTC),
            {("drift-2", "premiere", "announced", None), ("harbor", "premiere", "announced", None)},
        ),
        # a day only eyed is expected
        (
            "Searchlight Said To Eye Feb. 12, 2027 For Mara Quell’s ‘Harbor Lights’",
            "",
            datetime(2026, 9, 11, 12, tzinfo=UTC),
            {("harbor", "release_date", "expected", "2027-02-12")},
        ),
        # a sentence-case headline's lowercase word over a summary that capitalises names
        (
            "Congress returns with four weeks to avert another government shutdown",
            "Lawmakers returned to Washington on Thursday with 26 days to pass a spending bill.",
            datetime(2026, 9, 4, 12, tzinfo=UTC),
            set(),
        ),
    ],
)
def test_holdout113_to_116_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH12, title, summary, published) == expected


_BATCH13 = Matcher(
    [
        ProductionSpec(id="harbor", title="Harbor Lights", context=("Searchlight", "Mara Quell")),
        ProductionSpec(id="drift-2", title="Orbital Drift 2", context=("Universal",)),
        ProductionSpec(
            id="velvet-s1", title="Velvet Hours", kind="series", season=1, context=("HBO",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a day before "World Premiere" is the festival screening's
        (
            "Sundance Adds ‘Harbor Lights’ To Competition; Sets Jan. 24 World Premiere",
            "",
            datetime(2026, 1, 9, 12, tzinfo=UTC),
            {("harbor", "premiere", "announced", None)},
        ),
        # an awards show's red carpet is no premiere
        (
            "Golden Globes Red Carpet Photos: Arrivals At The 2026 Ceremony",
            "Stars hit the red carpet for the Golden Globe Awards, including the cast of "
            "Harbor Lights.",
            datetime(2026, 1, 11, 12, tzinfo=UTC),
            set(),
        ),
        # "the original" alone is the earlier film
        (
            "‘Orbital Drift 2’ Cameras Roll In New Orleans",
            "Production is under way on the sequel. The original grossed $96 million.",
            datetime(2026, 1, 16, 12, tzinfo=UTC),
            {("drift-2", "production", "filming", None)},
        ),
        # a festival named by the headline decides "at the festival"
        (
            "SXSW Unveils 2026 TV Premieres: HBO’s ‘Velvet Hours’ Among World Premieres",
            "Also world premiering at the festival, which runs March 12-18, is a docuseries.",
            datetime(2026, 2, 4, 12, tzinfo=UTC),
            {("velvet-s1", "premiere", "announced", "2026-03-12")},
        ),
        # a series' "Premiere:" under a festival is its festival premiere
        (
            "‘Velvet Hours’ Premiere: HBO’s Drama Brings the House Down at SXSW",
            "",
            datetime(2026, 3, 15, 12, tzinfo=UTC),
            {("velvet-s1", "premiere", "held", None)},
        ),
        # "The SXSW premiere earned a B CinemaScore": the film's epithet
        (
            "‘Harbor Lights’ Delivers $24M Opening",
            "Harbor Lights scared up $24 million. The SXSW premiere earned a B CinemaScore.",
            datetime(2026, 4, 19, 12, tzinfo=UTC),
            {("harbor", "release", "released", None)},
        ),
        # a headline's festival, still ahead, makes its opening gala announced
        (
            "Annecy Sets World Premiere of ‘Harbor Lights’ as Opening Gala",
            "",
            datetime(2026, 4, 22, 12, tzinfo=UTC),
            {("harbor", "premiere", "announced", None)},
        ),
        # a list of every film coming in a year dates none of them
        (
            "Every Searchlight Movie Coming In 2026 And 2027",
            "From Harbor Lights to the studio's next musical, here is the slate.",
            datetime(2026, 1, 16, 12, tzinfo=UTC),
            set(),
        ),
        # the festival's own opening day
        (
            "Cannes Lineup: ‘Harbor Lights’ Joins Competition",
            "The festival also revealed it will open May 12 with a French animated feature.",
            datetime(2026, 4, 9, 12, tzinfo=UTC),
            {("harbor", "premiere", "announced", None)},
        ),
        # a trailer's release date is the trailer's
        (
            "Harbor Lights Teaser Trailer Release Date Confirmed By Searchlight",
            "",
            datetime(2026, 7, 7, 12, tzinfo=UTC),
            set(),
        ),
    ],
)
def test_holdout117_to_120_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH13, title, summary, published) == expected


_BATCH14 = Matcher(
    [
        ProductionSpec(id="harbor", title="Harbor Lights", context=("Searchlight", "Mara Quell")),
        ProductionSpec(
            id="velvet-s4", title="Velvet Hours", kind="series", season=4, context=("ABC",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a season that kicks off on a day ahead has not aired
        (
            "ABC Fall Premiere Dates: ‘Velvet Hours’ Season 4 Returns Tuesday, Oct. 6",
            "Velvet Hours kicks off its fourth season on Tuesday, Oct. 6 at 9/8c.",
            datetime(2026, 9, 1, 12, tzinfo=UTC),
            {("velvet-s4", "release_date", "announced", "2026-10-06")},
        ),
        # "and if" opens a clause of its own: the day is no hedged one
        (
            "‘Harbor Lights’ Review: A Bigger, Better Storm",
            "Searchlight opens Harbor Lights in theaters Sept. 18, and if there is any justice, "
            "audiences will go home soaked.",
            datetime(2026, 9, 15, 12, tzinfo=UTC),
            {("harbor", "release_date", "announced", "2026-09-18")},
        ),
        # where a story is set is no release date
        (
            "London Film Festival: ‘Harbor Lights’ Opens 70th Edition",
            "The Searchlight release, set over a single night of the Blitz in December 1940, "
            "drew a standing ovation.",
            datetime(2026, 10, 8, 12, tzinfo=UTC),
            set(),
        ),
        # a festival's film in a box-office report opens in theaters
        (
            "Specialty Box Office: Berlin Drama ‘Harbor Lights’ Opens to Strongest Per-Screen "
            "Average of Summer",
            "",
            datetime(2026, 7, 12, 12, tzinfo=UTC),
            {("harbor", "release", "released", None)},
        ),
        # a premiere to a warm ovation
        (
            "TIFF: Searchlight’s ‘Harbor Lights’ Premieres to Warm Ovation",
            "",
            datetime(2026, 9, 12, 12, tzinfo=UTC),
            {("harbor", "premiere", "held", None)},
        ),
        # a deal made after a premiere is the film's history
        (
            "‘Harbor Lights’ Box Office Preview: Comedy Eyes $12M Start",
            "The film, which Searchlight acquired after its SXSW premiere, plays 2,800 theaters.",
            datetime(2026, 9, 2, 12, tzinfo=UTC),
            set(),
        ),
        # an infinitive's "to" in an aside is no move's preposition: read on to "for"
        (
            "Searchlight Sets ‘Harbor Lights’ Premiere Date",
            "Searchlight has dated “Harbor Lights,” Mara Quell’s thriller about a ghostwriter "
            "hired to pen a senator’s memoir, for Friday, Aug. 21.",
            datetime(2026, 4, 2, 12, tzinfo=UTC),
            {("harbor", "release_date", "announced", "2026-08-21")},
        ),
        # "keeping its cards close on" closes no festival
        (
            "Searchlight Stays Tight-Lipped on ‘Harbor Lights’",
            "Searchlight is keeping its cards close on its San Sebastián pickup Harbor Lights.",
            datetime(2026, 11, 16, 12, tzinfo=UTC),
            set(),
        ),
    ],
)
def test_holdout121_to_124_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH14, title, summary, published) == expected


_BATCH15 = Matcher(
    [
        ProductionSpec(id="tiebreak", title="Tiebreak", context=("Variety", "Focus Features")),
        ProductionSpec(id="undertow", title="Undertow", context=("Focus Features", "Ida Varga")),
        ProductionSpec(
            id="night-desk", title="Night Desk", kind="series", season=2, context=("NBC",)
        ),
        ProductionSpec(
            id="cold-open", title="Cold Open", kind="series", season=1, context=("CBS",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a rarer English word in lowercase in a sentence-case headline is the word
        (
            "Oscar race heads to tiebreak as studios push contenders into 2027 - Variety",
            "Oscar race heads to tiebreak Variety Why October looks thin The Wrap",
            datetime(2026, 9, 10, 12, tzinfo=UTC),
            set(),
        ),
        # what a trade-show presentation opened with is no release
        (
            "CinemaCon: Focus Features Shows ‘Undertow’ Flood Sequence",
            "Focus Features kept its presentation short Thursday, opening with a flood sequence "
            "from Ida Varga’s drama “Undertow” that drew cheers.",
            datetime(2026, 4, 17, 12, tzinfo=UTC),
            set(),
        ),
        # a company's quarterly revenue on a weekday is no film's gross
        (
            "Focus Features Parent Q3 Earnings: Revenue Rises on Library Deals",
            "The company reported third-quarter revenue of $2.1 billion on Wednesday, and "
            "executives pointed to the upcoming drama “Undertow” as a priority.",
            datetime(2026, 10, 29, 12, tzinfo=UTC),
            set(),
        ),
        # how a season's return did is no date ahead
        (
            "‘Night Desk’ Season 2 Premiere Ratings: NBC Drama Draws 4.2 Million Viewers",
            "TV Ratings: Night Desk returns strong on Sunday night",
            datetime(2026, 9, 22, 12, tzinfo=UTC),
            {("night-desk", "release", "released", None)},
        ),
        # a stage version's opening is the stage show's
        (
            "‘Undertow’ Heads to Broadway as Focus Features Backs Stage Adaptation",
            "The drama will be developed as a play, with an eye on a 2028 opening.",
            datetime(2026, 5, 2, 12, tzinfo=UTC),
            set(),
        ),
        # a feed that cut the summary right after "begins" hides when
        (
            "NBC’s ‘Night Desk’ Season 2 Adds Three to Cast",
            "NBC has added three actors to the second season of Night Desk. Production begins ...",
            datetime(2026, 3, 4, 12, tzinfo=UTC),
            set(),
        ),
        # an ovation as the headline's second verb
        (
            "‘Undertow’ Leaves Venice Crowd Shaken, Earns Eight-Minute Ovation",
            "",
            datetime(2026, 9, 3, 12, tzinfo=UTC),
            {("undertow", "premiere", "held", None)},
        ),
        # a season premiere's draw is the season out
        (
            "Night Desk Season 2 Premiere Weekend Lifts Peacock Sign-Ups",
            "",
            datetime(2026, 9, 24, 12, tzinfo=UTC),
            {("night-desk", "release", "released", None)},
        ),
        # a first-look promo is a video
        (
            "Cold Open (CBS) First Look Promo HD - newsroom comedy series",
            "",
            datetime(2026, 7, 7, 12, tzinfo=UTC),
            {("cold-open", "trailer", "released", None)},
        ),
        # "world premier..." cut by the feed is still the premiere
        (
            "Venice Film Festival 2026 Lineup: New Films In Competition",
            "Among them is Ida Varga’s Undertow, a flood drama from Focus Features, which will "
            "have its world premier...",
            datetime(2026, 7, 22, 12, tzinfo=UTC),
            {("undertow", "premiere", "announced", None)},
        ),
    ],
)
def test_holdout125_to_128_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH15, title, summary, published) == expected


_BATCH16 = Matcher(
    [
        ProductionSpec(id="gale", title="Gale Warning", context=("Searchlight", "Ines Vora")),
        ProductionSpec(
            id="tide-s3", title="Tide Tables", kind="series", season=3, context=("HBO",)
        ),
        ProductionSpec(id="bright", title="Bright Spells", context=("Netflix", "Oona Pell")),
        ProductionSpec(id="scone", title="Scone", context=("A24", "Ada Marsh")),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a return date not yet set is no date, nor one expected
        (
            "‘Tide Tables’ Wraps Season 3 In Galway",
            "Cameras have stopped rolling on the third season of HBO’s Tide Tables. HBO has "
            "not yet set a premiere date for the eight episodes.",
            datetime(2026, 4, 1, 12, tzinfo=UTC),
            {("tide-s3", "production", "wrapped", None)},
        ),
        # a phrase title in lowercase in a sentence-case headline is the phrase
        (
            "UK weekend forecast brings bright spells as economy returns to growth in 2027 - BBC",
            "UK weekend forecast brings bright spells BBC Markets rally on Friday Financial Times",
            datetime(2026, 5, 15, 12, tzinfo=UTC),
            set(),
        ),
        # a sales market's "Lido titles" are no lineup
        (
            "Buyers Circle Lido Titles As Venice Sales Market Heats Up",
            "Ines Vora’s Gale Warning is among the titles drawing calls, sales agents say.",
            datetime(2026, 8, 20, 12, tzinfo=UTC),
            set(),
        ),
        # the film named by its festival slot is no lineup news
        (
            "Searchlight Maps Awards Run for ‘Gale Warning’",
            "The studio will open the Venice competition title in theaters this fall.",
            datetime(2026, 7, 20, 12, tzinfo=UTC),
            {("gale", "release_date", "expected", "2026-09-01")},
        ),
        # a festival's own start is no film's premiere
        (
            "Toronto Market Preview: The Titles Buyers Want",
            "The Toronto International Film Festival kicks off Thursday, and with Venice quiet, "
            "buyers are circling Ines Vora’s Gale Warning.",
            datetime(2026, 9, 8, 12, tzinfo=UTC),
            set(),
        ),
        # a red carpet at a venue on a day is the premiere's day, not the release's
        (
            "Searchlight Sets ‘Gale Warning’ Premiere At The Egyptian Theatre On November 17",
            "",
            datetime(2026, 10, 20, 12, tzinfo=UTC),
            {("gale", "premiere", "announced", "2026-11-17")},
        ),
        # another season's ratings
        (
            "TV Ratings: ‘Tide Tables’ Returns From Hiatus Up 6 Percent",
            "The HBO drama's second season drew 3.1 million viewers on Sunday.",
            datetime(2026, 1, 8, 12, tzinfo=UTC),
            set(),
        ),
        # a photo of a set on a day dates nothing
        (
            "Tide Tables Season 3 Begins Filming",
            "Cameras are rolling on the third season of HBO's Tide Tables, with the star "
            "posting a snap of the show's harbour pub set on Monday.",
            datetime(2026, 4, 6, 12, tzinfo=UTC),
            {("tide-s3", "production", "filming", None)},
        ),
        # shooting an unnamed other work
        (
            "Oona Pell Looks Back On ‘Bright Spells’",
            "The actor, now in Dublin shooting a period drama, talks about the Netflix comedy.",
            datetime(2026, 3, 1, 12, tzinfo=UTC),
            set(),
        ),
        # a warmly received premiere was held
        (
            "A24 Sets Fall Release for ‘Scone’ After Its Warmly Received Cannes Premiere",
            "",
            datetime(2026, 5, 25, 12, tzinfo=UTC),
            {
                ("scone", "premiere", "held", None),
                ("scone", "release_date", "expected", "2026-09-01"),
            },
        ),
        # the film named by its kind earns the ovation
        (
            "‘Scone’ Rises at Cannes: Ada Marsh’s A24 Drama Earns Seven-Minute Ovation",
            "",
            datetime(2026, 5, 22, 12, tzinfo=UTC),
            {("scone", "premiere", "held", None)},
        ),
        # a budget of an earlier film is no gross
        (
            "Who Is Ines Vora? The Director Behind Searchlight’s Next Big Epic",
            "Before she was handed one of Searchlight’s biggest budgets, Ines Vora made a "
            "$300,000 debut about a ferry captain. Here’s how she got from there to Gale Warning, "
            "and what we know so far.",
            datetime(2026, 6, 2, 12, tzinfo=UTC),
            set(),
        ),
        # a star's return to the stage is hers
        (
            "‘Gale Warning’ Star Lands West End Role",
            "Mira Holt, who stars in Searchlight’s drama “Gale Warning,” will return to the stage "
            "next spring in a West End revival.",
            datetime(2026, 6, 2, 12, tzinfo=UTC),
            set(),
        ),
        # a festival's own opening dates nothing
        (
            "Oscar Predictions: ‘Gale Warning’ Surges",
            "Venice shakes up the race before Toronto even opens, and this year is no different.",
            datetime(2026, 9, 8, 12, tzinfo=UTC),
            set(),
        ),
        # a premiere in a festival's section is the festival's
        (
            "‘Gale Warning’ Premiere: Ines Vora’s Drama Leaves Venice Stunned",
            "Ines Vora’s Gale Warning premiered in the Orizzonti section on Sunday afternoon.",
            datetime(2026, 9, 7, 12, tzinfo=UTC),
            {("gale", "premiere", "held", None)},
        ),
        # one story of a two-story headline
        (
            "Pine Hollow Takes $1.1M In Previews; ‘Gale Warning’ Numbers Due Later",
            "",
            datetime(2026, 8, 21, 12, tzinfo=UTC),
            set(),
        ),
    ],
)
def test_holdout129_to_132_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH16, title, summary, published) == expected


_BATCH17 = Matcher(
    [
        ProductionSpec(id="lamp", title="Lamplighters", context=("Sony", "Mei Ross")),
        ProductionSpec(id="hail", title="Hail Mary Pass", context=("Neon", "Ada Tully")),
        ProductionSpec(
            id="ledger-s2", title="Ledger Lines", kind="series", season=2, context=("Peacock",)
        ),
        ProductionSpec(
            id="gorse-s2", title="Gorse Hill", kind="series", season=2, context=("Netflix", "ABC")
        ),
        ProductionSpec(id="flare", title="Flare Path 2", context=("Warner Bros.",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a teaser promised for a day is still to come
        (
            "Sony Shares A New Still From ‘Lamplighters’",
            "Sony shared a new still from Mei Ross' Lamplighters and promised the first teaser "
            "on Thursday.",
            datetime(2026, 2, 24, 12, tzinfo=UTC),
            {("lamp", "trailer", "expected", "2026-02-26")},
        ),
        # the date another film gave up when it moved
        (
            "Universal Claims Dec. 18 For ‘Stock Car’",
            "Universal has dated its comedy Stock Car for December 18, the Friday Warner Bros. "
            "gave up when it moved Flare Path 2 this week.",
            datetime(2026, 3, 12, 12, tzinfo=UTC),
            set(),
        ),
        # Park City is Sundance
        (
            "Neon Lands ‘Hail Mary Pass’ in Eight-Figure Deal",
            "Neon beat out three rivals for Ada Tully's football drama, which premiered to a "
            "standing ovation in Park City last weekend.",
            datetime(2026, 1, 28, 12, tzinfo=UTC),
            {("hail", "premiere", "held", None)},
        ),
        # a series "is back" on a day
        (
            "TV Premieres This Week: ‘Ledger Lines’ Returns",
            "Peacock’s “Ledger Lines” is back Thursday for a second season at the tax office.",
            datetime(2026, 3, 23, 12, tzinfo=UTC),
            {("ledger-s2", "release_date", "announced", "2026-03-26")},
        ),
        # a second verb, done, after a date ahead: the teaser is out
        (
            "‘Gorse Hill’ Season 2 Sets March Premiere On Netflix; First Teaser Unveiled",
            "Netflix said Tuesday that the second season of Gorse Hill will launch on March 19, "
            "and dropped a first teaser.",
            datetime(2026, 2, 10, 12, tzinfo=UTC),
            {
                ("gorse-s2", "release_date", "announced", "2026-03-19"),
                ("gorse-s2", "trailer", "released", None),
            },
        ),
        # a comparison's yardstick is no season of the news; "opens up" is how it did
        (
            "‘Gorse Hill’ Season 2 Opens Up For ABC In Tuesday Ratings",
            "ABC’s comedy Gorse Hill returned Tuesday to 3.9 million viewers, up a tenth from "
            "its Season 1 finale.",
            datetime(2026, 3, 4, 12, tzinfo=UTC),
            {("gorse-s2", "release", "released", "2026-03-03")},
        ),
        # a day's debut that drew viewers is the release, not a day ahead
        (
            "‘Gorse Hill’ Season 2 Premiere Is Netflix’s Biggest Launch Of 2026",
            "The drama’s second-season debut on Sunday drew 6.8 million viewers in two days.",
            datetime(2026, 5, 5, 12, tzinfo=UTC),
            {("gorse-s2", "release", "released", "2026-05-03")},
        ),
        # a sales agent boarding a festival's title is no lineup
        (
            "The Match Factory Boards San Sebastian Competition Title ‘Hail Mary Pass’",
            "The Match Factory has taken international sales on Ada Tully’s drama.",
            datetime(2026, 8, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a day under "is said to be" is expected
        (
            "Neon Eyeing Nov. 20 Launch For ‘Hail Mary Pass’",
            "Neon is said to be lining up a November 20 theatrical release for Hail Mary Pass.",
            datetime(2026, 9, 20, 12, tzinfo=UTC),
            {("hail", "release_date", "expected", "2026-11-20")},
        ),
        # a festival's year of headliners is no release year
        (
            "SXSW Sets 2026 Headliners",
            "SXSW has set its 2026 headliners, and Neon's Hail Mary Pass will have its world "
            "premiere at the Paramount Theatre.",
            datetime(2026, 1, 20, 12, tzinfo=UTC),
            {("hail", "premiere", "announced", None)},
        ),
        # a 60-second look is a spot
        (
            "Super Bowl 2026: Every Movie Spot",
            "Sony unveiled a 60-second look at “Lamplighters” during the game.",
            datetime(2026, 2, 9, 12, tzinfo=UTC),
            {("lamp", "trailer", "released", None)},
        ),
    ],
)
def test_holdout133_to_136_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH17, title, summary, published) == expected


_BATCH18 = Matcher(
    [
        ProductionSpec(id="dune", title="Dune Grass", context=("Neon", "Ines Roy")),
        ProductionSpec(id="tide", title="Tide Mill 2", context=("Paramount",)),
        ProductionSpec(id="bluff", title="Poker Bluff", context=("Lionsgate", "Cal Fenn")),
        ProductionSpec(id="keel", title="Keelhaul", context=("Universal", "Mo Reyes")),
        ProductionSpec(
            id="verdict", title="Cold Verdict", kind="series", season=1, context=("ITV",)
        ),
        ProductionSpec(
            id="silver-s3", title="Silverfin", kind="series", season=3, context=("Prime Video",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a festival's section opened by a film: no year of release
        (
            "Cannes Un Certain Regard Lineup Leans on First Features",
            "Ines Roy's Dune Grass will open the sidebar, which this year includes eight first "
            "films.",
            datetime(2026, 4, 14, 12, tzinfo=UTC),
            {("dune", "premiere", "announced", None)},
        ),
        # a slot that opened up when another film moved is that film's old one
        (
            "Sony Dates ‘Night Ferry’ For July 24",
            "Sony is moving its comedy Night Ferry into the July 24 frame that opened up when "
            "Paramount shifted Tide Mill 2 earlier this week.",
            datetime(2026, 5, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a teaser poster is a still
        (
            "‘Poker Bluff’ Poster Puts Cal Fenn Front and Center",
            "Lionsgate has unveiled a teaser poster for the thriller.",
            datetime(2026, 5, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a slot only guessed at
        (
            "Neon’s ‘Dune Grass’ Rumored for Venice Competition",
            "Dune Grass could be among the Competition titles when Venice unveils its lineup in "
            "July.",
            datetime(2026, 6, 2, 12, tzinfo=UTC),
            set(),
        ),
        # a red carpet's night is the premiere's, not the release's
        (
            "‘Keelhaul’ Premiere: The Cast Brings the Heist to Hollywood",
            "The cast hit the red carpet at Monday night’s premiere at the TCL Chinese Theatre. "
            "Universal’s Keelhaul hits theaters Friday.",
            datetime(2026, 6, 9, 12, tzinfo=UTC),
            {
                ("keel", "premiere", "held", None),
                ("keel", "release_date", "announced", "2026-06-12"),
            },
        ),
        # a festival premiere as the epithet of a release's film
        (
            "Neon Sets Nov. 6 Release for Annecy Premiere ‘Dune Grass’",
            "",
            datetime(2026, 7, 1, 12, tzinfo=UTC),
            {("dune", "release_date", "announced", "2026-11-06")},
        ),
        # a video named for a date announcement
        (
            "Silverfin – Season 3 Date Announcement | Prime Video",
            "",
            datetime(2026, 3, 1, 12, tzinfo=UTC),
            {("silver-s3", "release_date", "announced", None)},
        ),
        # a festival's year of features is no release year
        (
            "SXSW 2026 Film Lineup: Neon’s ‘Dune Grass’ in Headliners",
            "SXSW has set its 2026 features slate, with Dune Grass among the headliners.",
            datetime(2026, 1, 20, 12, tzinfo=UTC),
            {("dune", "premiere", "announced", None)},
        ),
        # "to air from" a day
        (
            "Cold Verdict: ITV’s new inquest drama to air from Monday 11 May - Radio Times",
            "",
            datetime(2026, 4, 20, 12, tzinfo=UTC),
            {("verdict", "release_date", "announced", "2026-05-11")},
        ),
    ],
)
def test_holdout137_to_140_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH18, title, summary, published) == expected


_BATCH19 = Matcher(
    [
        ProductionSpec(id="mirage", title="Mirage Line", context=("Universal", "Reid Kass")),
        ProductionSpec(
            id="ember-s2", title="Emberglow", kind="series", season=2, context=("Prime Video",)
        ),
        ProductionSpec(
            id="fixed-s3", title="Cost Basis", kind="series", season=3, context=("CBS",)
        ),
        ProductionSpec(id="wolves", title="Young Wolves", context=("Neon", "Elio Marchetti")),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # where a story is set ("the Phoenix-set pic") is no shoot
        (
            "Universal Moves ‘Mirage Line’ To February 2027",
            "Universal is moving Mirage Line from Sept. 25 to Feb. 19, 2027. The studio said "
            "the Phoenix-set pic needs more time in post.",
            datetime(2026, 8, 20, 12, tzinfo=UTC),
            {("mirage", "release_date", "announced", "2027-02-19")},
        ),
        # a series that "returns with its cast" to a convention panel
        (
            "Comic-Con 2026 Preview: Hall H Bets On Returning Shows",
            "Prime Video’s Emberglow returns with its cast on Saturday morning.",
            datetime(2026, 7, 20, 12, tzinfo=UTC),
            set(),
        ),
        # "even with its season 2 finale" is a comparison's yardstick
        (
            "Thursday Ratings: ‘Cost Basis’ Returns Steady For CBS",
            "The third-season premiere of Cost Basis drew 4.3 million viewers, roughly even "
            "with its season 2 finale in May.",
            datetime(2026, 10, 2, 12, tzinfo=UTC),
            {("fixed-s3", "release", "released", None)},
        ),
        # the weekend a film once held is another film's gross
        (
            "‘Bone Dry’ Snaps Up $17M Opening On The Weekend ‘Mirage Line’ Once Held",
            "",
            datetime(2026, 9, 28, 12, tzinfo=UTC),
            set(),
        ),
        # a film "from this year's Venice competition" is its epithet
        (
            "Neon Acquires ‘Young Wolves’",
            "Neon has bought rights to Elio Marchetti’s Young Wolves, the drama from this "
            "year’s Venice competition.",
            datetime(2026, 9, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a festival's screening schedule dates no release
        (
            "Venice Sets Competition Schedule: ‘Young Wolves’ to Bow Sept. 4",
            "",
            datetime(2026, 8, 20, 12, tzinfo=UTC),
            {("wolves", "premiere", "announced", None)},
        ),
    ],
)
def test_holdout141_to_144_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH19, title, summary, published) == expected


_BATCH20 = Matcher(
    [
        ProductionSpec(id="lantern", title="Hollow Lantern", context=("Universal", "Blumhouse")),
        ProductionSpec(
            id="brigid-s5", title="Saint Agnes", kind="series", season=5, context=("NBC",)
        ),
        ProductionSpec(
            id="creek-s3", title="Miller Creek", kind="series", season=3, context=("CBS",)
        ),
        ProductionSpec(id="tender", title="Tender Offer", context=("Neon", "Ada Voss")),
        ProductionSpec(id="harbor", title="Porto Azzurro", kind="series", context=("HBO",)),
        ProductionSpec(id="owl", title="Night Heron", context=("Neon", "Kenji Abe")),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a date a film is vacating, with no new one, is no date of it
        (
            "Universal Pulls ‘Hollow Lantern’ From Its Fall Slot",
            "Blumhouse’s Hollow Lantern is vacating its October 16 release. No new date has "
            "been set.",
            datetime(2026, 7, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a network's schedule: the weekday after another quoted show is that show's
        (
            "NBC Unveils Fall Premiere Dates: ‘Saint Agnes’ Returns For Season 5, ‘Low Tide’ "
            "Launches Monday",
            "Saint Agnes kicks off its fifth season Thursday, Oct. 1 at 9 p.m.",
            datetime(2026, 8, 20, 12, tzinfo=UTC),
            {("brigid-s5", "release_date", "announced", "2026-10-01")},
        ),
        # "in a new Thursday slot" is a timeslot, not a date
        (
            "Ratings: ‘Miller Creek’ Returns Up In New Thursday Slot",
            "CBS’ Miller Creek drew 6.2 million viewers for its Season 3 premiere.",
            datetime(2026, 10, 16, 12, tzinfo=UTC),
            {("creek-s3", "release", "released", None)},
        ),
        # "X, the TIFF premiere starring ..." names the film, it reports no premiere
        (
            "Neon Lands ‘Tender Offer’ In $12 Million Deal",
            "Neon has bought Tender Offer, the TIFF premiere starring Ada Voss, for about $12 "
            "million.",
            datetime(2026, 9, 16, 12, tzinfo=UTC),
            set(),
        ),
        # a race "wide open after the fall festivals" dates nothing
        (
            "Best Actress Race",
            "The category looks wide open after the fall festivals, with Ada Voss in Tender "
            "Offer among the leaders for Neon.",
            datetime(2026, 9, 28, 12, tzinfo=UTC),
            set(),
        ),
        # the frame a studio once held for X is another film's weekend
        (
            "‘Paper Kites’ Jabs For $2M Friday In Frame Universal Once Held For ‘Hollow Lantern’",
            "",
            datetime(2026, 10, 10, 12, tzinfo=UTC),
            set(),
        ),
        # "Opens 'Y' Friday As 'X' Leads ...": Friday is Y's
        (
            "Box Office Preview: Mubi Opens ‘Scirocco’ Friday As ‘Hollow Lantern’ Leads "
            "Holiday Pack",
            "Universal and Blumhouse’s Hollow Lantern opens Wednesday, Nov. 25.",
            datetime(2026, 11, 19, 12, tzinfo=UTC),
            {("lantern", "release_date", "announced", "2026-11-25")},
        ),
        # additional photography scheduled for a season is the shoot's
        (
            "Joins Universal Thriller ‘Hollow Lantern’ For Added Scenes",
            "She joins Blumhouse’s Hollow Lantern in additional photography scheduled for "
            "this spring.",
            datetime(2026, 3, 5, 12, tzinfo=UTC),
            set(),
        ),
        # a person who was a past festival's breakout announces no premiere
        (
            "Ada Voss, Venice Breakout, Signs With CAA",
            "The actress stars in Neon’s upcoming ‘Tender Offer.’",
            datetime(2026, 3, 27, 12, tzinfo=UTC),
            set(),
        ),
        # "Following Saturday's world premiere" is a premiere gone by
        (
            "Neon Sets ‘Tender Offer’ for Fall Release After Cannes Debut",
            "Following Saturday’s world premiere in competition, Neon said it will release "
            "the drama this fall.",
            datetime(2026, 5, 18, 12, tzinfo=UTC),
            {
                ("tender", "premiere", "held", None),
                ("tender", "release_date", "expected", "2026-09-01"),
            },
        ),
        # a premiere "out of competition on the Lido"; "its HBO debut" under a Venice
        # headline is the network's
        (
            "‘Porto Azzurro’ Sails Into Venice",
            "The series premiered out of competition on the Lido on Thursday. The drama will "
            "make its HBO debut later this fall.",
            datetime(2026, 9, 4, 12, tzinfo=UTC),
            {
                ("harbor", "premiere", "held", None),
                ("harbor", "release_date", "expected", "2026-09-01"),
            },
        ),
        # "'X' Premiere Reactions:" reports a premiere held
        (
            "‘Night Heron’ Premiere Reactions: Midnight Madness Crowd Screams",
            "",
            datetime(2026, 9, 12, 12, tzinfo=UTC),
            {("owl", "premiere", "held", None)},
        ),
    ],
)
def test_holdout145_to_148_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH20, title, summary, published) == expected


_BATCH21 = Matcher(
    [
        ProductionSpec(id="drifts", title="Snowdrift", context=("Netflix", "Ines Marr")),
        ProductionSpec(id="ember", title="Old Embers", context=("Sony", "Columbia Pictures")),
        ProductionSpec(
            id="gambit", title="Gambit", kind="series", season=1, context=("Apple TV+",)
        ),
        ProductionSpec(id="match", title="Match Point", context=("Searchlight", "Ada Crane")),
        ProductionSpec(id="cove", title="Kilcove", kind="series", context=("AMC+", "RTÉ")),
        ProductionSpec(id="season", title="Harvest Season", kind="series", context=("Peacock",)),
        ProductionSpec(id="rocket", title="Liftoff", context=("Universal", "Kofi Mensah")),
        ProductionSpec(id="sundial", title="Sundial", kind="series", season=2, context=("FX",)),
        ProductionSpec(id="lullaby", title="Lullaby Road", context=("A24", "Greta Holm")),
        ProductionSpec(id="pip", title="Pipkin", context=("DreamWorks Animation",)),
        ProductionSpec(id="vale", title="The Vale", context=("A24", "Jonah Pike")),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a video named for a longer title that begins with ours is another work's
        (
            "Snowdrift for Christmas | Official Trailer | Hallmark Channel",
            "",
            datetime(2026, 12, 5, 12, tzinfo=UTC),
            set(),
        ),
        # a song's headline, with no context word, is about the song
        (
            "Country Newcomer Releases ‘Old Embers,’ the Breakup Single Radio Can’t Stop Playing",
            "Her “Old Embers” is out Friday on Big Loud.",
            datetime(2027, 2, 1, 12, tzinfo=UTC),
            set(),
        ),
        # an actor's own Broadway debut dates no work of his
        (
            "Oleg Varga To Lead Broadway Revival",
            "Oleg Varga, the Hungarian-born actor who stars in Apple TV+'s chess drama Gambit, "
            "will make his Broadway debut this fall in a revival.",
            datetime(2027, 2, 1, 12, tzinfo=UTC),
            set(),
        ),
        # "the Australian Open" is a tournament, and a title before "Mode" a game's mode
        (
            "ESPN Extends Australian Open Deal Through 2036",
            "ESPN will carry the Australian Open in the U.S. through 2036, keeping all four "
            "tennis Liftoff tournaments on its networks.",
            datetime(2027, 1, 6, 12, tzinfo=UTC),
            set(),
        ),
        (
            "Baseline Pro 27 Gets Liftoff Mode Trailer Ahead of January 22 Launch",
            "",
            datetime(2027, 1, 6, 12, tzinfo=UTC),
            set(),
        ),
        # a festival named after the title, "the 2027 Harvest Season": not the works
        (
            "Kilcove Gourmet Festival to return in October with new harbour market",
            "",
            datetime(2027, 4, 5, 12, tzinfo=UTC),
            set(),
        ),
        (
            "Venice’s Day-Tripper Fee Returns for the 2027 Harvest Season",
            "",
            datetime(2027, 4, 5, 12, tzinfo=UTC),
            set(),
        ),
        # a credit inside a dating's span ("produced by X director Y's company")
        (
            "Kofi Mensah-Produced Horror ‘Cinder Marsh’ Dated For October",
            "Universal has dated Cinder Marsh, a horror feature produced by Liftoff director "
            "Kofi Mensah’s company, for October 15.",
            datetime(2027, 5, 19, 12, tzinfo=UTC),
            set(),
        ),
        # a launch tower is a set piece; an earlier season in the headline is not ours
        (
            "Cameras Stop Rolling On Universal’s ‘Liftoff’",
            "Kofi Mensah posted a photo of the crew on the film’s launch tower set at Pinewood "
            "Atlanta on Monday.",
            datetime(2027, 5, 25, 12, tzinfo=UTC),
            {("rocket", "production", "wrapped", None)},
        ),
        (
            "Sundial Season 1 Hits Hulu Top 10 Again Ahead Of Return",
            "FX’s Sundial is finding new viewers ahead of its second season.",
            datetime(2027, 6, 15, 12, tzinfo=UTC),
            set(),
        ),
        # what the studio told a crowd about a teaser is the teaser's day
        (
            "DreamWorks Shows 20 Minutes Of ‘Pipkin’; Teaser Drops Tomorrow",
            "The studio told the Annecy crowd that the first teaser trailer for the film will "
            "be released online tomorrow.",
            datetime(2027, 6, 15, 12, tzinfo=UTC),
            {("pip", "trailer", "expected", "2027-06-16")},
        ),
        # a festival whose name holds "Film" is still the festival the film opens
        (
            "Annecy Lineup Unveiled",
            "DreamWorks Animation’s “Pipkin” will open this year’s Annecy International "
            "Animation Film Festival on June 13.",
            datetime(2027, 6, 5, 12, tzinfo=UTC),
            {("pip", "premiere", "announced", "2027-06-13")},
        ),
        # a film that opened the Directors' Fortnight premiered there
        (
            "‘The Vale’ Opens Directors’ Fortnight to Rapturous Ovation",
            "Jonah Pike’s “The Vale” opened the Directors’ Fortnight on Thursday night.",
            datetime(2027, 5, 14, 12, tzinfo=UTC),
            {("vale", "premiere", "held", None)},
        ),
        # "which premiered Saturday night at the Eccles" in a Sundance review is the festival's
        (
            "‘Lullaby Road’ Review: A24’s Thriller Gives Sundance Its First Jolt",
            "Greta Holm’s Lullaby Road, which premiered Saturday night at the Eccles, is a "
            "rattling debut.",
            datetime(2027, 1, 24, 12, tzinfo=UTC),
            {("lullaby", "premiere", "held", None)},
        ),
        # the first trailer "is also out now", with credits between: the trailer is
        (
            "‘Match Point’ Sets March Hulu Premiere, Drops First Trailer",
            "Searchlight’s Match Point will stream on Hulu beginning March 19. The first trailer "
            "for the film, starring Ada Crane and Reggie Fontaine, is also out now.",
            datetime(2027, 2, 18, 12, tzinfo=UTC),
            {
                ("match", "release_date", "announced", "2027-03-19"),
                ("match", "trailer", "released", None),
            },
        ),
        # "with no release date set" sets none
        (
            "Cameras Stop Rolling on A24’s ‘Lullaby Road’",
            "Greta Holm’s film heads into post-production with no release date set.",
            datetime(2027, 6, 8, 12, tzinfo=UTC),
            {("lullaby", "production", "wrapped", None)},
        ),
        # a festival premiere a month or more gone by is the film's history
        (
            "AMC+ Sets June 17 Premiere For Irish Thriller ‘Kilcove’",
            "The series world premiered at Series Mania in March.",
            datetime(2027, 5, 13, 12, tzinfo=UTC),
            {("cove", "release_date", "announced", "2027-06-17")},
        ),
        # "Episodes 1-3 Recap": they aired
        (
            "‘Kilcove’ Episodes 1-3 Recap: The Tide Comes In",
            "AMC+'s Irish thriller opens strong.",
            datetime(2027, 6, 20, 12, tzinfo=UTC),
            {("cove", "release", "released", None)},
        ),
        # the title's own shoot at a place: "Shoots On The Grid At", "Films at"
        (
            "Universal’s ‘Liftoff’ Shoots On The Launch Pad At Cape Canaveral",
            "",
            datetime(2027, 5, 2, 12, tzinfo=UTC),
            {("rocket", "production", "filming", None)},
        ),
        (
            "Searchlight’s ‘Match Point’ Films at Wimbledon With Ada Crane on Centre Court",
            "",
            datetime(2027, 7, 2, 12, tzinfo=UTC),
            {("match", "production", "filming", None)},
        ),
        # a series' "Premiere:" that brings the show to a city is its red carpet
        (
            "‘Kilcove’ Premiere: The Cast Brings AMC+ Thriller to London",
            "",
            datetime(2027, 6, 10, 12, tzinfo=UTC),
            {("cove", "premiere", "held", None)},
        ),
        # a company named "... Animation" is no anaphora for the sequel's plan
        (
            "Netflix’s ‘Snowdrift’ Sequel in the Works With Ines Marr Returning",
            "The holiday feature's stars are set for a follow-up, with Netflix Animation "
            "targeting a 2028 debut.",
            datetime(2026, 12, 30, 12, tzinfo=UTC),
            set(),
        ),
        # "showing off its Liftoff career mode": a game's mode
        (
            "Baseline Pro 27 Gets New Trailer",
            "Courtside Games has released a new trailer for Baseline Pro 27 showing off its "
            "Liftoff career mode.",
            datetime(2027, 1, 6, 12, tzinfo=UTC),
            set(),
        ),
        # a world premiere "at Sundance last month" was held
        (
            "A24 Sets Fall Release For ‘Lullaby Road’",
            "The film won raves after its world premiere in the U.S. Dramatic Competition at "
            "Sundance last month.",
            datetime(2027, 2, 22, 12, tzinfo=UTC),
            {
                ("lullaby", "premiere", "held", None),
                ("lullaby", "release_date", "expected", "2027-09-01"),
            },
        ),
    ],
)
def test_holdout149_to_156_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH21, title, summary, published) == expected


_BATCH23 = Matcher(
    [
        ProductionSpec(
            id="comet-s2", title="Comet Station", kind="series", season=2, context=("Prime Video",)
        ),
        ProductionSpec(id="refund", title="Store Credit", context=("Lionsgate", "Gus Halvorsen")),
        ProductionSpec(id="hay", title="Hay Bale", context=("Netflix",)),
        ProductionSpec(
            id="lynx-s2", title="Lynx Hollow", kind="series", season=2, context=("AMC",)
        ),
        ProductionSpec(id="nome", title="Nome", kind="series", season=1, context=("CBS",)),
        ProductionSpec(id="ginger", title="Nutmeg", context=("Netflix",)),
        ProductionSpec(id="thicket", title="Thicket", context=("DreamWorks Animation",)),
        ProductionSpec(id="tess", title="Tessaro", context=("Netflix", "Luca Ferrante")),
        ProductionSpec(id="wardens", title="The Gorse Wardens", context=("Screen Ireland",)),
        ProductionSpec(id="widow", title="The Salt Widow", context=("Searchlight",)),
        ProductionSpec(id="bump", title="Creak In The Night", context=("Blumhouse",)),
        ProductionSpec(id="slate", title="Ravelstone", context=("Warner Bros.",)),
        ProductionSpec(id="bauble", title="Bauble", context=("DreamWorks Animation",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a convention panel that reveals a premiere day: the day is the season's
        (
            "‘Comet Station’ Season 2 Gets October Premiere Date At Comic-Con",
            "Prime Video used its Comic-Con panel to reveal that season two of Comet Station will "
            "premiere Wednesday, Oct. 6.",
            datetime(2027, 7, 24, 12, tzinfo=UTC),
            {("comet-s2", "release_date", "announced", "2027-10-06")},
        ),
        # "the ... comedy will now open": the anaphora two words before the verb
        (
            "Lionsgate Moves ‘Store Credit’ To February 2028",
            "Lionsgate has pulled Gus Halvorsen’s Store Credit out of the holiday corridor. The "
            "Tamsin Achebe-Rory Delacroix comedy will now open Feb. 11, 2028, vacating its Dec. "
            "22 date, where it would have faced Warner Bros.’ Ravelstone.",
            datetime(2027, 12, 1, 12, tzinfo=UTC),
            {("refund", "release_date", "announced", "2028-02-11")},
        ),
        # a weekday inside a quoted title is no date
        (
            "‘Store Credit’ Review: A Worn-Out Premise Gets A Full Refund",
            "Body-swap comedies have been coming back for exchange since “Freaky Friday,” and "
            "Gus Halvorsen’s “Store Credit” is the latest.",
            datetime(2027, 12, 14, 12, tzinfo=UTC),
            set(),
        ),
        # a reaction video; a game named for a longer title; an all-caps longer name
        (
            "REACTION: Lynx Hollow Season 2 Teaser | Sefa Is BACK?!",
            "",
            datetime(2028, 1, 10, 12, tzinfo=UTC),
            set(),
        ),
        (
            "Hay Bale Simulator 2 - Official Launch Trailer",
            "Hay Bale Simulator 2 is available now on Steam.",
            datetime(2027, 10, 1, 12, tzinfo=UTC),
            set(),
        ),
        (
            "NUTMEG MAN: CHRISTMAS SLAY Official Trailer (2027) Horror",
            "",
            datetime(2027, 11, 1, 12, tzinfo=UTC),
            set(),
        ),
        # an event back at a place
        (
            "Hay Bale Returns To Blossom Hill Farm Saturday",
            "",
            datetime(2027, 10, 1, 12, tzinfo=UTC),
            set(),
        ),
        # a teaser that "arrives next month" is still to come
        (
            "DreamWorks Brings ‘Thicket’ to Hall H; Teaser Arrives Next Month",
            "",
            datetime(2027, 7, 23, 12, tzinfo=UTC),
            {("thicket", "trailer", "expected", "2027-08-01")},
        ),
        # a series that "wrapped up its second season Sunday"; a weekday premiere that drew
        (
            "Lynx Hollow Season 2 Finale Recap",
            "Lynx Hollow wrapped up its second season Sunday on AMC.",
            datetime(2028, 3, 28, 12, tzinfo=UTC),
            {("lynx-s2", "release", "released", None)},
        ),
        (
            "‘Nome’ Post-Super Bowl Premiere Draws 23.9M Viewers",
            "CBS’ Nome got a huge sampling, drawing 23.9 million viewers for its series premiere "
            "Sunday night.",
            datetime(2028, 2, 15, 12, tzinfo=UTC),
            {("nome", "release", "released", None)},
        ),
        # a festival opened with a film that got an ovation: held, not a release
        (
            "Venice Opens With ‘Tessaro’ as Its Star Gets Six-Minute Ovation",
            "Luca Ferrante's Netflix drama launched the 84th edition of the festival on "
            "Wednesday night.",
            datetime(2027, 8, 26, 12, tzinfo=UTC),
            {("tess", "premiere", "held", None)},
        ),
        # a lineup revealed announces its galas
        (
            "BFI London Film Festival 2027 lineup revealed: 'The Gorse Wardens' among galas",
            "",
            datetime(2027, 9, 1, 12, tzinfo=UTC),
            {("wardens", "premiere", "announced", None)},
        ),
        # an actress who "will begin performances" in a play
        (
            "Star to Lead ‘Hedda Gabler’ Revival at the Old Vic",
            "The actress, who stars in Searchlight's 'The Salt Widow,' will begin performances "
            "in spring 2028.",
            datetime(2027, 10, 1, 12, tzinfo=UTC),
            set(),
        ),
        # whether there is a release date asserts none
        (
            "Creak In The Night: Cast, Story & Everything We Know",
            "Here’s everything we know about the Blumhouse film, including whether it has a "
            "release date yet.",
            datetime(2027, 11, 1, 12, tzinfo=UTC),
            set(),
        ),
        # a record's category; goods in stores
        (
            "‘Ravelstone’ Conquers Box Office With $106M Opening, Best Ever For Non-Franchise "
            "December Debut",
            "",
            datetime(2027, 12, 20, 12, tzinfo=UTC),
            {("slate", "release", "released", None)},
        ),
        (
            "Hallmark Unveils ‘Bauble’ Ornament Collection",
            "The ornaments, modeled on DreamWorks Animation's animated movie, arrive in stores "
            "this month.",
            datetime(2027, 9, 20, 12, tzinfo=UTC),
            set(),
        ),
    ],
)
def test_holdout157_to_163_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH23, title, summary, published) == expected


_BATCH25 = Matcher(
    [
        ProductionSpec(id="curb", title="Curb Appeal", context=("Netflix", "Hana Whitcombe")),
        ProductionSpec(
            id="creek-s4", title="Copper Creek", kind="series", season=4, context=("Paramount+",)
        ),
        ProductionSpec(id="homer", title="Line Drive", context=("Sony", "Dana Whitcombe")),
        ProductionSpec(
            id="mari-s3", title="Marigold Yard", kind="series", season=3, context=("Netflix",)
        ),
        ProductionSpec(
            id="bubble-s2", title="Full Court", kind="series", season=2, context=("HBO Max",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # "; Watch The Trailer" is out, whatever the cut summary says of "the first full trailer"
        (
            "Netflix Sets March 17 Premiere For Road Comedy ‘Curb Appeal’; Watch The Trailer",
            "The film will premiere globally on the streamer March 17, and the first full "
            "trailer...",
            datetime(2028, 3, 1, 12, tzinfo=UTC),
            {
                ("curb", "release_date", "announced", "2028-03-17"),
                ("curb", "trailer", "released", None),
            },
        ),
        # a season premiere's red carpet "on Tuesday night" is the event's day
        (
            "Star Brings His Mom to the ‘Copper Creek’ Season 4 Premiere in Fort Worth",
            "The actor walked the red carpet at the Paramount+ western’s season 4 premiere at "
            "the Stockyards on Tuesday night.",
            datetime(2028, 3, 8, 12, tzinfo=UTC),
            {("creek-s4", "premiere", "held", None)},
        ),
        # "while the horror title leaves that slot": another film's date
        (
            "Sony Shuffles Spring Slate: ‘Line Drive’ Moves to Memorial Day Weekend, ‘Elm Lane’ "
            "Shifts to August",
            "Dana Whitcombe's baseball comedy, previously set for April 21, now opens May 26, "
            "while the horror title leaves that slot for Aug. 11.",
            datetime(2028, 3, 2, 12, tzinfo=UTC),
            {("homer", "release_date", "announced", "2028-05-26")},
        ),
        # "..., and has released a first teaser": a clause of its own, done
        (
            "Marigold Yard Season 3: Netflix Release Date Set & First Teaser Trailer",
            "Netflix has confirmed that Marigold Yard season 3 will arrive on Thursday, May 4th, "
            "2028, and has released a first teaser for the new season.",
            datetime(2028, 3, 14, 12, tzinfo=UTC),
            {
                ("mari-s3", "release_date", "announced", "2028-05-04"),
                ("mari-s3", "trailer", "released", None),
            },
        ),
        # a season that "tipped off" Sunday night aired
        (
            "Full Court Season 2 Premiere Recap: Coach Goes All-In",
            "Full Court tipped off its second season Sunday night on HBO Max.",
            datetime(2028, 4, 17, 12, tzinfo=UTC),
            {("bubble-s2", "release", "released", None)},
        ),
    ],
)
def test_holdout165_to_168_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH25, title, summary, published) == expected


_BATCH26 = Matcher(
    [
        ProductionSpec(
            id="con", title="Ravenmoor", kind="series", season=1, context=("Prime Video",)
        ),
        ProductionSpec(id="party", title="Victory Dance", context=("Searchlight",)),
        ProductionSpec(id="nbr", title="Brick Lane Nights", context=("A24",)),
        ProductionSpec(id="kids", title="Kiddie Pool", context=("Lionsgate",)),
        ProductionSpec(
            id="commute-s2", title="The Carpool", kind="series", season=2, context=("ABC",)
        ),
        ProductionSpec(id="creek", title="Creek Hollow", context=("Universal", "Blumhouse")),
        ProductionSpec(id="poll", title="Exit Poll", context=("HBO",)),
        ProductionSpec(id="holiday", title="Cyber Sunday", context=("Netflix",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # the convention's own dates
        (
            "Comic-Con 2028: Every Panel Announced So Far",
            "San Diego Comic-Con returns July 20-23, with Prime Video bringing Ravenmoor to "
            "Hall H.",
            datetime(2028, 7, 1, 12, tzinfo=UTC),
            set(),
        ),
        # the festival's opening day
        (
            "Telluride Film Festival 2028 Lineup: ‘Victory Dance’ Among Picks",
            "The festival unveiled its lineup on the eve of opening day, with Searchlight’s "
            "Victory Dance among the films screening over Labor Day weekend.",
            datetime(2028, 8, 27, 12, tzinfo=UTC),
            {("party", "premiere", "announced", None)},
        ),
        # an awards body's top 10 is no chart
        (
            "National Board Of Review Names ‘The Tin Hall’ Best Film; ‘Brick Lane Nights’ In "
            "Top 10",
            "",
            datetime(2028, 12, 4, 12, tzinfo=UTC),
            set(),
        ),
        # "while Paramount's Y, which opens this Friday": Y's day
        (
            "Thanksgiving Box Office Preview: ‘Kiddie Pool’ Looks To Serve Up $20M",
            "Lionsgate’s ensemble comedy Kiddie Pool is looking at $18M-$22M over five days, "
            "while Paramount’s Hushwater, which opens this Friday, is tracking for $10M.",
            datetime(2028, 11, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a day the season "had been set to" premiere on is given up
        (
            "‘The Carpool’ Season 2 Moves To Midseason At ABC, Will Now Debut In Early 2029",
            "ABC is pushing back its comedy The Carpool, which had been set to premiere its second "
            "season on Oct. 3.",
            datetime(2028, 9, 12, 12, tzinfo=UTC),
            {("commute-s2", "release_date", "expected", "2029-01-01")},
        ),
        # an untitled film moved in the same story is another film
        (
            "Universal Dates Untitled Horror Film; ‘Creek Hollow’ Producers On Board",
            "The project comes from the team behind Creek Hollow. Universal also moved its "
            "untitled Jordan Vale thriller from Feb. 9 to March 2.",
            datetime(2028, 9, 12, 12, tzinfo=UTC),
            set(),
        ),
        # a podcast named like the title, with no context word
        (
            'New politics podcast "Exit Poll" debuts with swing-state roundtable',
            'A new weekly podcast, "Exit Poll," launched Wednesday.',
            datetime(2028, 9, 6, 12, tzinfo=UTC),
            set(),
        ),
        # an online spending record is no gross
        (
            "Cyber Sunday online spending hits record $9.8 billion, Adobe says",
            "",
            datetime(2028, 11, 25, 12, tzinfo=UTC),
            set(),
        ),
    ],
)
def test_holdout169_to_176_round(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH26, title, summary, published) == expected


_BATCH28 = Matcher(
    [
        ProductionSpec(id="plow", title="Road Crew", kind="series", season=1, context=("FX",)),
        ProductionSpec(id="ranch-s2", title="Dry Gulch", kind="series", season=2, context=("AMC",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # "Sets Premiere Date" in the headline, the day in the summary's first sentence
        (
            "‘Road Crew’: FX Sets Premiere Date For Road-Crew Comedy; Watch Teaser",
            "FX’s Road Crew will break ground Wednesday, Jan. 17 with a two-episode premiere at "
            "10 p.m. The network also debuted a teaser.",
            datetime(2028, 12, 20, 12, tzinfo=UTC),
            {
                ("plow", "release_date", "announced", "2029-01-17"),
                ("plow", "trailer", "released", None),
            },
        ),
        (
            "Dry Gulch Season 2 Trailer: The Ranch Fights Back — Premiere Date Set",
            "AMC's Dry Gulch is saddling up for Season 2 on Sunday, April 15, the network "
            "announced Friday along with a full trailer.",
            datetime(2029, 3, 9, 12, tzinfo=UTC),
            {
                ("ranch-s2", "release_date", "announced", "2029-04-15"),
                ("ranch-s2", "trailer", "released", None),
            },
        ),
    ],
)
def test_holdout177_to_180_residue(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH28, title, summary, published) == expected


_BATCH28_REST = Matcher(
    [
        ProductionSpec(id="tide-s3", title="Saltmarsh", kind="series", season=3, context=("Hulu",)),
        ProductionSpec(id="ward-s4", title="Night Ward", kind="series", season=4, context=("NBC",)),
        ProductionSpec(id="heir", title="The Clockmaker's Heir", context=("Focus Features",)),
        ProductionSpec(id="ember", title="The Long Ember", context=("Warner Bros.",)),
        ProductionSpec(id="mudslide", title="Mudslide", context=("Netflix",)),
        ProductionSpec(id="cocoa", title="Marshmallow", context=("Hallmark",)),
        ProductionSpec(
            id="flood", title="High Water", kind="series", season=1, context=("Apple TV+",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a season still ahead with no noun after it: the figures are the earlier season's
        (
            "Streaming Top 10: ‘Saltmarsh’ Season 2 Climbs Back Onto Chart Ahead Of Season 3",
            "Ahead of its third season, Hulu's Saltmarsh climbed back into the streaming top 10 "
            "as viewers caught up on the second season.",
            datetime(2029, 1, 11, 12, tzinfo=UTC),
            set(),
        ),
        # an awards ceremony set for a day is not the film's release
        (
            "Golden Globes Preview: Can Anything Beat ‘The Clockmaker’s Heir’?",
            "With the 87th Golden Globes set for Sunday night, Focus Features’ The Clockmaker’s "
            "Heir heads into the ceremony as the favourite.",
            datetime(2029, 1, 2, 12, tzinfo=UTC),
            set(),
        ),
        # a network's night of the week after its possessive is no date
        (
            "Ratings: Night Ward’s Season 4 Premiere Wins CBS’s Tuesday",
            "NBC's Night Ward returned for Season 4 on Tuesday with 5.2 million viewers.",
            datetime(2029, 2, 28, 12, tzinfo=UTC),
            {("ward-s4", "release", "released", "2029-02-27")},
        ),
        # first footage airing during a game is not the film's release day
        (
            "‘The Long Ember’ First Footage Will Air During The Super Bowl",
            "Warner Bros. says a first look at The Long Ember will air during Sunday’s game, "
            "with a full teaser online right after.",
            datetime(2029, 2, 5, 12, tzinfo=UTC),
            {("ember", "trailer", "expected", None)},
        ),
        # a verb of release after a comma is out of the reach of the dating before it
        (
            "Netflix Sets September Date For ‘Mudslide’, Drops Teaser",
            "Netflix has set Sept. 18 for Mudslide and released the first teaser.",
            datetime(2028, 7, 10, 12, tzinfo=UTC),
            {
                ("mudslide", "release_date", "announced", "2028-09-18"),
                ("mudslide", "trailer", "released", None),
            },
        ),
        # "X Bombs Are Back": a plural noun with its verb after it, not a flop
        (
            "Marshmallow Bombs Are Back For The Holidays, And So Are The Burns",
            "",
            datetime(2028, 12, 1, 12, tzinfo=UTC),
            set(),
        ),
        (
            "Hallmark’s ‘Marshmallow’ Bombs At The Box Office",
            "",
            datetime(2028, 12, 1, 12, tzinfo=UTC),
            {("cocoa", "release", "released", None)},
        ),
        # a docuseries named after its kind, in a "while" clause, is another work
        (
            "Apple TV+ Unveils Its Summer Slate: ‘High Water’ Set For Fall",
            "Apple TV+ has dated its summer returns, while the docuseries Riverbed launches "
            "July 19.",
            datetime(2028, 6, 20, 12, tzinfo=UTC),
            {("flood", "release_date", "expected", "2028-09-01")},
        ),
        # a day set for a streamer's global premiere is the release, not a premiere held
        (
            "Apple TV+ Dates ‘High Water’",
            "Apple TV+ has set Wednesday, Oct. 11 for the global premiere of High Water, the "
            "thriller from Sam Ivers.",
            datetime(2028, 8, 1, 12, tzinfo=UTC),
            {("flood", "release_date", "announced", "2028-10-11")},
        ),
    ],
)
def test_holdout169_to_180_second_residue(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH28_REST, title, summary, published) == expected


_BATCH29 = Matcher(
    [
        ProductionSpec(id="omen", title="Last Call", context=("Lionsgate", "Miles Okafor")),
        ProductionSpec(id="impasse", title="Deadlock", context=("A24",)),
        ProductionSpec(id="inn", title="Low Tide", kind="series", season=1, context=("Peacock",)),
        ProductionSpec(id="bells", title="The Iron Bells", context=("Focus Features",)),
        ProductionSpec(id="motel", title="Roadside Motel", context=("Searchlight", "Hulu")),
        ProductionSpec(id="storm", title="Salt and Thunder", context=("Warner Bros.",)),
        ProductionSpec(id="novel", title="Quick Job", context=("Neon",)),
        ProductionSpec(id="fable", title="Paper Lanterns", context=("Sony Pictures Animation",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a dating verb's object with an owner's appositive before "for" is that film's
        (
            "Sony Sets Miles Okafor’s ‘Harbinger’ For October 12",
            "Sony has dated Harbinger, Miles Okafor’s supernatural thriller, for October 12, "
            "his first studio film since co-writing Lionsgate’s Last Call.",
            datetime(2029, 6, 1, 12, tzinfo=UTC),
            set(),
        ),
        # "set to expire" is an end, not a release
        (
            "Union Talks Resume, but AI Consent Remains the Deadlock",
            "Negotiators met Wednesday with the contract set to expire June 30; A24 declined "
            "to comment on Deadlock.",
            datetime(2029, 6, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a record's scope and the works a result is measured against are no dates
        (
            "‘Low Tide’ Draws 5.1M Viewers, Peacock’s Biggest Original Launch Of 2029",
            "The dramedy topped every original series the streamer has launched this year.",
            datetime(2029, 7, 31, 12, tzinfo=UTC),
            {("inn", "release", "released", None)},
        ),
        # a festival title as the epithet a dating headline gives its object
        (
            "Focus Features Sets November Release for Cannes Competition Title ‘The Iron Bells’",
            "",
            datetime(2029, 5, 1, 12, tzinfo=UTC),
            {("bells", "release_date", "expected", "2029-11-01")},
        ),
        # the festival a film opened, named in a relative clause gone by: its epithet
        (
            "Hulu Books Searchlight’s SXSW Opener ‘Roadside Motel’ For June",
            "Roadside Motel, the comedy that opened SXSW last month, will stream on Hulu "
            "beginning June 15.",
            datetime(2029, 4, 20, 12, tzinfo=UTC),
            {("motel", "release_date", "announced", "2029-06-15")},
        ),
        # an award handed out at a convention's gala is no premiere
        (
            "CinemaCon to Honor Rising Star With Star of Tomorrow Award",
            "The actor, who stars in Warner Bros.’ upcoming Salt and Thunder, will receive the "
            "award at the convention’s closing-night gala.",
            datetime(2029, 3, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a book chart is no screen release
        (
            "Neon-Optioned Novel ‘Quick Job’ Tops Summer Crime Fiction Charts",
            "",
            datetime(2029, 7, 20, 12, tzinfo=UTC),
            set(),
        ),
        # a festival that opens on a coming day with the premiere: announced
        (
            "Annecy 2029: ‘Paper Lanterns’ to Open the Festival",
            "The festival kicks off Monday with the world premiere of Sony Pictures "
            "Animation’s Paper Lanterns.",
            datetime(2029, 6, 10, 7, tzinfo=UTC),
            {("fable", "premiere", "announced", "2029-06-11")},
        ),
    ],
)
def test_holdout181_to_188_residue(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH29, title, summary, published) == expected


_BATCH31 = Matcher(
    [
        ProductionSpec(id="pell", title="The Pellam Estate", context=("Apple",)),
        ProductionSpec(id="gk2", title="Dirt Kings 2", context=("Peacock",)),
        ProductionSpec(id="ofelia", title="Saint Odile", context=("Mubi",)),
        ProductionSpec(id="wake", title="Orrin's Crossing", context=("Netflix",)),
        ProductionSpec(id="dossier", title="The Halden File", context=("Focus Features",)),
        ProductionSpec(
            id="weather", title="Clear Skies", kind="series", season=1, context=("Hulu",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # an actor "of" a title is a credit: the trailer is the other film's
        (
            "Apple Drops Trailer for Space Drama ‘Sunfall,’ Co-Starring Nell Pryor of ‘The "
            "Pellam Estate’",
            "",
            datetime(2029, 12, 1, 12, tzinfo=UTC),
            set(),
        ),
        # a sequel that "gears up" is what is ahead; the chart is the original's
        (
            "Original ‘Dirt Kings’ Races Into Peacock Top 10 As ‘Dirt Kings 2’ Gears Up",
            "",
            datetime(2029, 10, 1, 12, tzinfo=UTC),
            set(),
        ),
        # a buyer's roster is named in passing
        (
            "Mubi Buys ‘The Weaver’s Hours’ After Venice Premiere, Adding To A Roster With "
            "‘Saint Odile’",
            "",
            datetime(2029, 9, 10, 12, tzinfo=UTC),
            set(),
        ),
        # a shoot's season is no release date
        (
            "Netflix Lands Ottilie Brandt’s Next Film After ‘Orrin’s Crossing’; Shoot Set for "
            "Spring 2030",
            "",
            datetime(2029, 10, 1, 12, tzinfo=UTC),
            set(),
        ),
        # a teaser's day is the teaser's, not the film's
        (
            "‘The Halden File’ Teaser Trailer Drops Thursday, Director Confirms",
            "",
            datetime(2029, 10, 22, 12, tzinfo=UTC),
            {("dossier", "trailer", "expected", "2029-10-25")},
        ),
        # a listing's year is no date of the shows it lists
        (
            "Fall TV Premiere Dates 2029: ‘Clear Skies’ and More",
            "Hulu's comedy Clear Skies arrives Oct. 19.",
            datetime(2029, 9, 1, 12, tzinfo=UTC),
            {("weather", "release_date", "announced", "2029-10-19")},
        ),
    ],
)
def test_holdout189_to_192_residue(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH31, title, summary, published) == expected


_BATCH32 = Matcher(
    [
        ProductionSpec(id="orbit", title="Velvet Comet", context=("Warner Bros.",)),
        ProductionSpec(id="bay", title="Crow Harbor", kind="series", season=4, context=("CBS",)),
        ProductionSpec(id="affair", title="The Varley Affair", context=("A24",)),
        ProductionSpec(id="inquiry", title="The Pelham Inquiry", context=("Apple TV+",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "published", "expected"),
    [
        # a name before ", which" and its verb is the verb's subject
        (
            "IMAX Renews Warner Bros. Pact; Studio’s Slate Includes ‘Velvet Comet’",
            "The studio’s large-format titles include Velvet Comet and the horror sequel "
            "Harrowmere, which opens in IMAX on June 7.",
            datetime(2030, 1, 20, 12, tzinfo=UTC),
            set(),
        ),
        (
            "Super Bowl Spots: CBS Unveils ‘Crow Harbor’ Season 4 Footage",
            "Peacock countered with a look at its Ridgeline revival, which premieres March 14.",
            datetime(2030, 2, 10, 12, tzinfo=UTC),
            {("bay", "trailer", "released", None)},
        ),
        # ... and a name with an appositive before its verb
        (
            "A24’s 2030 Slate: ‘The Varley Affair’ Among Titles Still Undated",
            "Wirewood, the Sundance horror breakout, opens March 8.",
            datetime(2030, 1, 20, 12, tzinfo=UTC),
            set(),
        ),
        # ... and a name right before its verb
        (
            "Apple TV+ Unveils 2030 Drama Slate: ‘The Pelham Inquiry’ Set For Spring",
            "The Pelham Inquiry will premiere this spring, while the Seoul-set Meridian Way "
            "debuts July 12.",
            datetime(2030, 1, 20, 12, tzinfo=UTC),
            {("inquiry", "release_date", "expected", "2030-03-01")},
        ),
        # (not a reference point's name: the film the appositive is about opens)
        (
            "‘Velvet Comet’ First Look",
            "Warner Bros. has released the first teaser for Velvet Comet, the director's first "
            "film since Silverline, which hits theaters Oct. 2.",
            datetime(2030, 6, 1, 12, tzinfo=UTC),
            {
                ("orbit", "trailer", "released", None),
                ("orbit", "release_date", "announced", "2030-10-02"),
            },
        ),
    ],
)
def test_holdout193_to_196_residue(
    title: str,
    summary: str,
    published: datetime,
    expected: set[tuple[str, str, str, str | None]],
) -> None:
    assert observed(_BATCH32, title, summary, published) == expected


_MONTH_DAY = Matcher(
    [ProductionSpec(id="meridian", title="Copper Reach", kind="series", season=2, context=("HBO",))]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the headline's month, and the summary's one day in it: the day is set
        (
            "‘Copper Reach’ Season 2 Gets May Premiere Date at HBO — Watch Teaser",
            "HBO’s Copper Reach will resume its trek on Sunday, May 5 at 9/8c.",
            {
                ("meridian", "release_date", "announced", "2030-05-05"),
                ("meridian", "trailer", "released", None),
            },
        ),
        # ... not a day of another month, nor two days
        (
            "‘Copper Reach’ Season 2 Gets May Premiere Date at HBO",
            "The cast will preview it at a panel on April 20.",
            {("meridian", "release_date", "expected", "2030-05-01")},
        ),
        (
            "‘Copper Reach’ Season 2 Gets May Premiere Date at HBO",
            "Screenings run May 2 in New York and May 9 in Los Angeles.",
            {("meridian", "release_date", "expected", "2030-05-01")},
        ),
    ],
)
def test_a_headline_month_takes_the_summary_day(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_MONTH_DAY, title, summary, datetime(2030, 3, 20, 12, tzinfo=UTC)) == expected


_OTHER_TRAILER = Matcher(
    [
        ProductionSpec(id="moths", title="Realm of Moths", context=("Warner Bros.",)),
        ProductionSpec(id="drift", title="Halcyon Reach 2", context=("Sony Pictures",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a trailer after another quoted name, or "for" an owner's or a kind's name, is that
        # name's
        (
            "Comic-Con: Warner Bros. Brings ‘Realm Of Moths’ Footage To Hall H; ‘Orbit Ten’ "
            "Trailer Hits Online",
            "Warner Bros. also used the panel to launch the first trailer for Legendary’s "
            "Orbit Ten online.",
            set(),
        ),
        (
            "Sony Brings ‘Halcyon Reach 2’ Footage To CinemaCon",
            "It did drop the first trailer for the horror film Vesper Ten online after the show.",
            set(),
        ),
        # (not a kind of film, nor the watched title's own season)
        (
            "‘Realm of Moths’: First Trailer for Warner Bros.' Fantasy Epic Arrives Thursday",
            "",
            {("moths", "trailer", "expected", "2030-06-06")},
        ),
    ],
)
def test_another_names_trailer(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert (
        observed(_OTHER_TRAILER, title, summary, datetime(2030, 6, 3, 12, tzinfo=UTC)) == expected
    )


_BATCH35 = Matcher(
    [
        ProductionSpec(
            id="drift", title="Halcyon Tide", kind="series", season=1, context=("Prime",)
        ),
        ProductionSpec(id="meridian", title="Velvet Ridge", context=("Warner Bros.",)),
        ProductionSpec(id="quarry", title="Quarry Lamp", context=("Focus Features",)),
        ProductionSpec(id="razor", title="Razorback II", context=("Sony",)),
        ProductionSpec(id="tin", title="Tin Cup Blues", context=("A24",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # "To Hold World Premiere" is still to come
        (
            "‘Halcyon Tide’ To Hold World Premiere At New York Comic Con",
            "",
            {("drift", "premiere", "announced", None)},
        ),
        # a slot given to another name is that name's
        (
            "AFI Fest to Close With World Premiere of Warner Bros.’ ‘Velvet Ridge’",
            "The festival previously set The Cormorant as its opening-night film.",
            {("meridian", "premiere", "announced", None)},
        ),
        # "landed on the Lido" is the festival's screening, not the release
        (
            "‘Quarry Lamp’ Gets Standing Ovation At Venice World Premiere",
            "Focus Features' Quarry Lamp landed on the Lido on Sunday night.",
            {("quarry", "premiere", "held", None)},
        ),
        # a game show's trailer and a record's vinyl are other works' news
        ("Razorback II: Abyss Run Gets Gory Reveal Trailer at Tokyo Game Show", "", set()),
        ("Lead Belly’s ‘Tin Cup Blues’ Session Tapes to Be Released on Vinyl Oct. 11", "", set()),
    ],
)
def test_holdout205_to_208_residue(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_BATCH35, title, summary, datetime(2030, 9, 2, 12, tzinfo=UTC)) == expected


_UNDATED = Matcher([ProductionSpec(id="varley", title="The Varley Affair", context=("A24",))])


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the entry says the title has no date: another title's day is not its
        (
            "A24’s 2030 Slate: ‘Wire Mother’ Opens March 8, ‘The Varley Affair’ Among Titles "
            "Still Undated",
            "",
            set(),
        ),
        (
            "A24 Sets ‘The Varley Affair’ For March 8",
            "",
            {("varley", "release_date", "announced", "2030-03-08")},
        ),
    ],
)
def test_a_title_said_to_be_undated(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_UNDATED, title, summary, datetime(2030, 1, 20, 12, tzinfo=UTC)) == expected


_EVENTS = Matcher(
    [
        ProductionSpec(
            id="comeback", title="Comeback Season", kind="series", season=1, context=("Apple",)
        ),
        ProductionSpec(id="timing", title="Bad Timing", context=("Neon",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a year that names a festival's lineup, a name between, is no date of the title's
        (
            "SXSW TV Lineup: Apple’s ‘Comeback Season’ Among World Premieres",
            "SXSW has set its 2031 TV Premieres lineup, with Apple TV+ comedy Comeback Season "
            "set to world premiere at the Paramount Theatre.",
            {("comeback", "premiere", "announced", None)},
        ),
        (
            "Tribeca Unveils TV Slate: Apple’s ‘Comeback Season’ To World Premiere",
            "Tribeca Festival has set its 2031 Tribeca TV lineup.",
            {("comeback", "premiere", "announced", None)},
        ),
        # a year the title's release takes still counts
        (
            "Apple Sets ‘Comeback Season’ For 2031",
            "",
            {("comeback", "release_date", "expected", "2031-01-01")},
        ),
        # a month the title's first screening lies behind is gone by
        (
            "Karlovy Vary: Neon’s ‘Bad Timing’ Wins Over Crowd at International Premiere",
            "“Bad Timing” drew a standing ovation on Sunday, its first screening since a "
            "January bow at Sundance.",
            {("timing", "premiere", "held", None)},
        ),
        (
            "Neon Sets ‘Bad Timing’ For a January Bow",
            "",
            {("timing", "release_date", "expected", "2032-01-01")},
        ),
    ],
)
def test_an_event_year_and_a_month_gone_by(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_EVENTS, title, summary, datetime(2031, 7, 1, 12, tzinfo=UTC)) == expected


_LAUNCHES = Matcher(
    [
        ProductionSpec(id="elbow", title="Elbow Room", kind="series", season=2, context=("Hulu",)),
        ProductionSpec(
            id="ferry", title="Night Ferry", kind="series", season=1, context=("Apple TV+",)
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a past launch before where to watch it: the day named is behind
        (
            "Elbow Room Season 2 Premiere Recap: Desk Sharing Gets Personal",
            "Elbow Room kicked off its second season on Hulu Wednesday with two episodes.",
            {("elbow", "release", "released", "2030-10-16")},
        ),
        (
            "Night Ferry Series Premiere Recap: Who Went Overboard?",
            "Apple TV+'s thriller set sail on Friday with two episodes.",
            {("ferry", "release", "released", "2030-10-11")},
        ),
        # the same words ahead of the launch
        (
            "Apple TV+ thriller Night Ferry will set sail on Friday",
            "",
            {("ferry", "release_date", "announced", "2030-10-18")},
        ),
        (
            "Elbow Room is set to kick off its second season on Hulu Wednesday",
            "",
            {("elbow", "release_date", "announced", "2030-10-23")},
        ),
    ],
)
def test_a_launch_gone_by(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert (
        observed(_LAUNCHES, title, summary, datetime(2030, 10, 17, 3, 15, tzinfo=UTC)) == expected
    )


_FESTIVAL_GUIDE = Matcher([ProductionSpec(id="ondine", title="Saint Ondine", context=("Neon",))])


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the festival's screenings, tickets and passes have their own days
        (
            "Sundance Ticket Guide: How to Get Passes for 'Saint Ondine' and the Hottest Titles",
            "The festival runs January 23 through February 2, with online screenings opening "
            "January 29.",
            set(),
        ),
        (
            "Cannes Predictions: Which Films Will Land on the Croisette, From ‘Saint Ondine’ On",
            "With the lineup due January 18 and the festival running May 14-25, here are the "
            "likely titles.",
            set(),
        ),
        (
            "Festival Passes for Neon’s ‘Saint Ondine’ Go Fast",
            "Tickets go on sale January 10.",
            set(),
        ),
        # the title's own opening day still counts
        (
            "Neon’s ‘Saint Ondine’ Opening January 29",
            "",
            {("ondine", "release_date", "announced", "2031-01-29")},
        ),
    ],
)
def test_a_festivals_own_calendar(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert (
        observed(_FESTIVAL_GUIDE, title, summary, datetime(2031, 1, 5, 12, tzinfo=UTC)) == expected
    )


_CREDITS = Matcher(
    [
        ProductionSpec(id="boil", title="Boil Water", kind="series", season=1, context=("HBO",)),
        ProductionSpec(id="vellacott", title="The Vellacott Inheritance", kind="series", season=1),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a shoot's season is no release's
        (
            "‘Boil Water’ Creator Ilse Brandvold Sets Feature Debut ‘Quiet Tributaries’",
            "Ilse Brandvold, creator of HBO’s upcoming limited series “Boil Water,” will make "
            "her feature debut with “Quiet Tributaries.” The drama is set to shoot in Minnesota "
            "in spring 2032.",
            set(),
        ),
        # a credit set off by commas, the comma inside the quotes: the verb is the person's
        (
            "Venice Lineup Unveiled",
            "In Orizzonti, Marcus Thibodeaux, director of HBO’s upcoming limited series “Boil "
            "Water,” will world premiere “Tap & Ash,” a documentary.",
            set(),
        ),
        (
            "Venice Lineup Unveiled",
            "Marcus Thibodeaux, who directed all six episodes of HBO’s Boil Water, will world "
            "premiere “Tap & Ash” there.",
            set(),
        ),
        # a headline that opens with a person "of" the title is a credit
        (
            "Harriet Oduya Of ‘The Vellacott Inheritance’ In Talks To Lead Apple’s ‘Cinder Street’",
            "Harriet Oduya, star of Prime Video’s The Vellacott Inheritance, is in talks to lead "
            "Apple TV+ limited series Cinder Street, which has set a March 2031 premiere window.",
            set(),
        ),
        # the title's own news still counts
        (
            "HBO’s ‘Boil Water’ To World Premiere At Venice",
            "The limited series from Marcus Thibodeaux will world premiere in Orizzonti.",
            {("boil", "premiere", "announced", None)},
        ),
        (
            "‘Boil Water’ Sets March 2031 Premiere On HBO",
            "",
            {("boil", "release_date", "expected", "2031-03-01")},
        ),
        (
            "‘Boil Water’ Begins Shooting In Minnesota",
            "The HBO limited series is set to shoot through spring.",
            {("boil", "production", "filming", None)},
        ),
    ],
)
def test_credits_asides_and_shoots(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_CREDITS, title, summary, datetime(2030, 7, 24, 12, tzinfo=UTC)) == expected


_OWNED = Matcher(
    [
        ProductionSpec(id="fire", title="Fire Weather", context=("Warner Bros.",)),
        ProductionSpec(id="catch", title="Fresh Catch", kind="series", season=1),
        ProductionSpec(id="cipher", title="The Osterley Cipher", context=("Focus",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a sentence led by a company's other film: its day is that film's
        (
            "‘Fire Weather’ Tracking $40M Opening",
            "Warner Bros.’ Fire Weather is tracking for a $40 million domestic opening. "
            "Universal’s Tinfoil Crown 2 is looking at $55 million for its July 25 bow.",
            set(),
        ),
        # near miss: a sentence led by the title's own studio speaks of the title
        (
            "‘Fire Weather’ Gets a Release Date",
            "The disaster thriller stars Yara Moss. Warner Bros.’ big summer bet opens July 25.",
            {("fire", "release_date", "announced", "2031-07-25")},
        ),
        # a person of the title and that person's quoted film: the trailer is the film's
        (
            "‘Fresh Catch’ Star Joaquín Ibarra’s ‘Lowland Hymn’ Gets July 18 Release From Neon",
            "Neon will open the drama in theaters July 18. The first trailer debuts today.",
            set(),
        ),
        # an outlet named by a common word, before the next quoted headline
        (
            "‘Harbor of Saints’ Opens to $61M - Deadline",
            "‘Harbor of Saints’ Opens to $61M Deadline Helena Vasko Talks Morse Code and ‘The "
            "Osterley Cipher’ People ‘Glass Road’ Gets Digital Release Date Collider",
            set(),
        ),
    ],
)
def test_another_works_sentence_person_and_outlet(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_OWNED, title, summary, datetime(2031, 7, 9, 12, tzinfo=UTC)) == expected


_FORECASTS = Matcher(
    [
        ProductionSpec(id="veskar", title="The Veskar Accord", context=("Warner Bros",)),
        ProductionSpec(id="fog", title="Fog Bank", context=("Neon",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the day a forecast came out is no opening that has come
        (
            "‘The Veskar Accord’ Tracking For $70M+ Opening",
            "Warner Bros’ The Veskar Accord is projecting a domestic start between $70M and "
            "$80M, according to tracking services released Thursday.",
            set(),
        ),
        # near miss: a forecast for an opening on the day it comes is a result
        (
            "‘The Veskar Accord’ Heading To $70M Opening",
            "Warner Bros’ The Veskar Accord is heading to a $70M domestic start Thursday.",
            {("veskar", "release", "released", None)},
        ),
        # a genre festival's opening weekend is the festival's
        (
            "‘Fog Bank’ World Premiere: Neon Horror Leaves Fantasia Crowd Gasping",
            "Fog Bank brings midnight screams to Fantasia opening weekend.",
            {("fog", "premiere", "held", None)},
        ),
    ],
)
def test_a_forecasts_day_and_a_festivals_weekend(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_FORECASTS, title, summary, datetime(2031, 6, 5, 9, tzinfo=UTC)) == expected


_HELD_BY = Matcher([ProductionSpec(id="pitcher", title="Relief Pitcher", context=("Sony",))])


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a headline led by another title: "the tornado horror" is that one, not ours
        (
            "'Stormcellar' Heads Into Crowded Weekend in Date Once Held by 'Relief Pitcher'",
            "Screen Gems' tornado horror opens Friday against Mubi's 'Harbor of Knives.'",
            set(),
        ),
        # near miss: a headline led by ours
        (
            "'Relief Pitcher' Heads Into Crowded Weekend",
            "Sony's baseball comedy opens Friday against Mubi's 'Harbor of Knives.'",
            {("pitcher", "release_date", "announced", "2031-10-17")},
        ),
    ],
)
def test_a_headline_led_by_another_title_lends_no_anaphora(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_HELD_BY, title, summary, datetime(2031, 10, 13, 10, tzinfo=UTC)) == expected


_OLDER = Matcher(
    [
        ProductionSpec(id="ulv", title="Ulverscombe", kind="series", season=1, context=("ITV",)),
        ProductionSpec(id="swell", title="Swell", context=("A24",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a past year and a kind of work, one describing word between: the older work
        (
            "BFI restores ITV's long-lost 1974 serial Ulverscombe for Blu-ray release on 17 "
            "November",
            "",
            set(),
        ),
        ("The Cult 2019 Surf Documentary 'Swell' Is Streaming Free on Tubi This Month", "", set()),
        # near miss: the year of a festival, no kind of work: the title's own news
        (
            "A24's 2031 Sundance breakout 'Swell' opens Nov. 14",
            "",
            {("swell", "release_date", "announced", "2031-11-14")},
        ),
    ],
)
def test_a_past_year_and_a_kind_mark_an_older_work(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_OLDER, title, summary, datetime(2031, 10, 1, 10, tzinfo=UTC)) == expected


_BACKGROUND = Matcher([ProductionSpec(id="solstice", title="Solstice", context=("Neon",))])


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a festival bow gone by, told as the background of a coming release
        (
            "Neon Sets Oct. 13 Release For ‘Solstice’",
            "Neon will open the folk horror Solstice in theaters Oct. 13 after a midnight bow "
            "at Fantasia last month.",
            {("solstice", "release_date", "announced", "2028-10-13")},
        ),
        (
            "Neon Sets Oct. 13 Release For ‘Solstice’",
            "Neon will open Solstice on Oct. 13, following the drama’s world premiere in "
            "competition in Berlin last month.",
            {("solstice", "release_date", "announced", "2028-10-13")},
        ),
        # near miss: the bow as the news
        (
            "‘Solstice’ Bows at Fantasia to Screams",
            "Neon's folk horror Solstice had its world premiere at Fantasia on Sunday.",
            {("solstice", "premiere", "held", None)},
        ),
    ],
)
def test_a_premiere_gone_by_as_background(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_BACKGROUND, title, summary, datetime(2028, 8, 3, 16, tzinfo=UTC)) == expected


_OTHER_THINGS = Matcher(
    [
        ProductionSpec(
            id="vis", title="Low Visibility", kind="series", season=1, context=("Apple",)
        ),
        ProductionSpec(id="pivot", title="Pivot", context=("Amazon MGM",)),
        ProductionSpec(id="track", title="Inside Track", kind="series", season=1, context=("HBO",)),
        ProductionSpec(id="costs", title="Closing Costs", context=("A24",)),
        ProductionSpec(id="shore", title="Night Shore", context=("Well Go USA",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a work of another kind named after the title: its day is that work's
        (
            "Apple Launches ‘Low Visibility’ Companion Podcast",
            "Apple will launch Low Visibility: The Tower Tapes, an official companion podcast, "
            "on November 7.",
            set(),
        ),
        ("Dray Castile Drops ‘Pivot,’ an Anthem From the Amazon MGM Basketball Drama", "", set()),
        # near miss: a name that starts like a kind of work ("Song Kang-ho")
        (
            "Well Go USA Buys ‘Night Shore’, Sets Release",
            "Well Go USA has acquired Night Shore, the Song Kang-ho thriller, and plans a "
            "theatrical release on August 21.",
            {("shore", "release_date", "announced", "2031-08-21")},
        ),
        # a record's scope, "this year", is no date
        (
            "‘Inside Track’ Draws 2.3M Viewers In Debut, HBO’s Best For A Drama Launch This Year",
            "",
            {("track", "release", "released", None)},
        ),
        # a house open to the public is no film's opening
        (
            "‘Closing Costs’ Trailer Arrives Next Week As A24 Stages A Real Open House",
            "A house dressed as the fixer-upper from the film opens to the public Saturday.",
            {("costs", "trailer", "expected", None)},
        ),
    ],
)
def test_other_kinds_of_things_and_a_records_scope(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert (
        observed(_OTHER_THINGS, title, summary, datetime(2031, 7, 16, 12, tzinfo=UTC)) == expected
    )


_PLUS = Matcher(
    [
        ProductionSpec(
            id="innings", title="Late Innings", kind="series", season=1, context=("Peacock",)
        )
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # "Plus a First Look at X": X's news is the look, the dates are the others'
        (
            "Peacock Sets Fall Premiere Dates for Stonecutters and Midway Motel, Plus a First "
            "Look at Late Innings' Owen Castellano",
            "",
            set(),
        ),
        # near miss: ours is what the dates are for
        (
            "Peacock Sets Fall Premiere Date for Late Innings, Plus a First Look at Its Star",
            "",
            {("innings", "release_date", "expected", "2031-09-01")},
        ),
    ],
)
def test_plus_a_first_look_is_news_of_its_own(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_PLUS, title, summary, datetime(2031, 7, 22, 14, tzinfo=UTC)) == expected


_ITS_BACK = Matcher([ProductionSpec(id="fog", title="Dense Fog", context=("A24",))])


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # "its" looks back to the name before it, not to a title after the cue
        (
            "Horror Trailers This Week: ‘Nine Candles’ and a New ‘Dense Fog’ Poster",
            "This week brought a red-band trailer for Mother Salt ahead of its Fantastic Fest "
            "premiere, and, from A24, a striking new one-sheet for Dense Fog.",
            set(),
        ),
        # near miss: ours before "its"
        (
            "‘Dense Fog’ Poster Arrives",
            "A24 released a new one-sheet for Dense Fog ahead of its Fantastic Fest premiere.",
            {("fog", "premiere", "announced", None)},
        ),
    ],
)
def test_its_looks_back(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_ITS_BACK, title, summary, datetime(2031, 8, 22, 12, tzinfo=UTC)) == expected


_OLD_AND_OTHER = Matcher(
    [
        ProductionSpec(id="sleet", title="Sleet", context=("Netflix",)),
        ProductionSpec(id="drizzle", title="Drizzle", context=("DreamWorks Animation",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an older work of the name, the entry about it throughout
        (
            "Criterion Restores 1987 Canadian Drama ‘Sleet’ for March Re-Release",
            "The prairie drama “Sleet,” about a farm widow, returns to theaters in a 4K "
            "restoration starting March 19.",
            set(),
        ),
        # near miss: a context word says the watched film is there too
        (
            "Criterion Restores 1987 Drama ‘Sleet’ as Netflix Remake Sets Date",
            "Netflix's Sleet opens March 19.",
            {("sleet", "release_date", "announced", "2032-03-19")},
        ),
        # an album named after a comma
        (
            "Glass Aviary Announce New Album ‘Sleet’",
            "Glass Aviary have announced their third album, Sleet, out February 27. The band "
            "shared a video directed by Wren Osei.",
            set(),
        ),
        # "film" the noun is no shoot running into a season
        (
            "‘Drizzle’ Lands Thanksgiving Date",
            "Universal has set DreamWorks Animation’s “Drizzle” for Wednesday, Nov. 24, "
            "slotting the directed film into the Thanksgiving corridor.",
            {("drizzle", "release_date", "announced", "2032-11-24")},
        ),
    ],
)
def test_an_old_work_an_album_and_a_film_noun(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert (
        observed(_OLD_AND_OTHER, title, summary, datetime(2032, 2, 12, 17, tzinfo=UTC)) == expected
    )


_MEDIA = Matcher(
    [
        ProductionSpec(id="relish", title="Relish", kind="series", season=1, context=("FX",)),
        ProductionSpec(id="olive", title="Olive Branch", context=("Searchlight Pictures",)),
        ProductionSpec(id="orchard", title="Blood Orchard", context=("Focus Features",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # another medium's work named right before the title, after its owner
        (
            "Chef Rosa Iturbe’s Memoir ‘Relish’ Sets May 4 Release at Knopf",
            "The book is not connected to FX’s upcoming kitchen comedy of the same name.",
            set(),
        ),
        # a song, quoted in the summary too, with its music video
        (
            "Singer Maya Torrance Releases ‘Olive Branch,’ First Single From Her Third Album",
            "Maya Torrance released “Olive Branch” on Friday. It arrives with a music video "
            "directed by Lio Farr.",
            set(),
        ),
        # a book and its author in a review's headline
        (
            "Blood Orchard by Maeve Tolland review – a Kentish apple farm hides its dead",
            "Tolland’s third thriller, out now from Viking.",
            set(),
        ),
        # near miss: the series' own news beside its kind of work
        (
            "FX Sets June 17 Premiere for Restaurant Comedy ‘Relish’",
            "",
            {("relish", "release_date", "announced", "2032-06-17")},
        ),
    ],
)
def test_another_mediums_work_of_the_name(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_MEDIA, title, summary, datetime(2032, 4, 17, 12, tzinfo=UTC)) == expected


_SESSION13 = Matcher(
    [
        ProductionSpec(id="squall", title="Squall", context=("Hulu",)),
        ProductionSpec(id="tinder", title="Tinderbox", context=("Paramount",)),
        ProductionSpec(id="brine", title="Brine", context=("A24", "Ola Fenn")),
        ProductionSpec(id="quarry", title="Quarry Road", context=("Focus Features",)),
        ProductionSpec(id="hollin", title="Hollin", kind="series", season=1, context=("HBO",)),
        ProductionSpec(id="glint", title="Glint", context=("Universal",)),
        ProductionSpec(
            id="marrow-s2", title="Marrowfield", kind="series", season=2, context=("Apple TV+",)
        ),
        ProductionSpec(id="ledger", title="Cold Ledger", context=("Sony Pictures",)),
        ProductionSpec(id="fernhill", title="Fernhill", context=("Neon",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a day that a verb right before it gives another quoted name
        (
            "Upfront: Hulu Teases Storm Drama ‘Squall,’ Sets ‘Otterbrook’ for June 4 on Disney+",
            "",
            set(),
        ),
        # near miss: the watched title is the name the verb dates
        (
            "Upfront: Hulu Teases ‘Otterbrook,’ Sets ‘Squall’ for June 4",
            "",
            {("squall", "release_date", "announced", "2032-06-04")},
        ),
        # a kind of work written as a name is no other name: the watched series' day
        (
            "Hollin Premiere Date: HBO Sets Coastal Noir Drama for Sunday, June 6",
            "",
            {("hollin", "release_date", "announced", "2032-06-06")},
        ),
        # a name after a kind of work, all everyday words, then its own verb of release
        (
            "Ola Fenn Talks ‘Brine’ Shoot",
            "Her festival opener Iron Weather arrives in theaters July 9, and she is already "
            "talking up A24's Brine, a thriller set on a salt flat.",
            set(),
        ),
        # near miss: the watched film's own verb of release
        (
            "Ola Fenn Talks Summer",
            "Her festival opener Brine arrives in theaters July 9.",
            {("brine", "release_date", "announced", "2032-07-09")},
        ),
        # a producer's credit after the name a verb dates
        (
            "Sony Dates ‘Westbound’ From ‘Cold Ledger’ Producer Ines Varga For Feb. 5, 2033",
            "",
            set(),
        ),
        # a title in brackets after a person's name is that person's credit
        (
            "Sony Dates Road Comedy",
            "Sony Pictures has set Westbound, a road comedy produced by Ines Varga (Cold "
            "Ledger), for a theatrical release on Feb. 5, 2033.",
            set(),
        ),
        # what another film is likened to
        (
            "‘Pantry’ Trailer: Kitchen Slasher Sets Jan. 15 Date, Draws ‘Tinderbox’ Comparisons",
            "",
            set(),
        ),
        (
            "Kitchen Slasher ‘Pantry’ Opens Jan. 15",
            "The film opens Jan. 15, drawing comparisons to Paramount's Tinderbox.",
            set(),
        ),
        # the promo is the verb's subject: its day, not the film's
        (
            "New Poster for Glint",
            "Universal has released a new poster for Glint, and the first full trailer for the "
            "heist thriller is set to arrive on Thursday.",
            {("glint", "trailer", "expected", None)},
        ),
        # near miss: the film itself arrives
        (
            "Glint Arrives Thursday",
            "Universal's heist thriller Glint is set to arrive in theaters on Thursday.",
            {("glint", "release_date", "announced", "2032-06-03")},
        ),
    ],
)
def test_the_day_of_another_name_or_a_promo(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_SESSION13, title, summary, datetime(2032, 5, 31, 12, tzinfo=UTC)) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a book's paperback, a publication, a tie-in edition, a game's console release
        (
            "Ola Fenn’s Novel ‘Brine’ Gets Paperback Release Oct. 26 With Film Tie-In Cover",
            "The cover shows the A24 adaptation's star.",
            set(),
        ),
        ("Picture Book ‘Squall’ Sets Jan. 14 Publication", "", set()),
        ("Vintage Sets ‘Fernhill’ Movie Tie-In Edition for Nov. 23", "", set()),
        (
            "Quarry Road Racing Gets Launch Trailer Ahead of Nov. 10 PS5 Release",
            "",
            set(),
        ),
        ("Harbour Brewing Releases Tinderbox Imperial Stout for Winter", "", set()),
        # the source novel out in paperback is no release of the film
        (
            "‘Brine’ Adaptation Opens Oct. 26; Novel Now Out in Paperback",
            "A24 will release the film on Oct. 26 in theaters.",
            {("brine", "release_date", "announced", "2032-10-26")},
        ),
        # near miss: a publication named as a source is no product
        (
            "Report: Focus Features Dates ‘Quarry Road’ for Nov. 12",
            "The publication reported that Focus Features will open Quarry Road on Nov. 12.",
            {("quarry", "release_date", "announced", "2032-11-12")},
        ),
        # a game named by a subtitle and its kind
        (
            "Fernhill: Songs of the Marsh Mobile Game Launches With Release Trailer",
            "Fernhill: Songs of the Marsh, the puzzle RPG based on the novels, is out now on "
            "iOS and Android.",
            set(),
        ),
        # an older work marked by its year and kind
        ("Shudder Adds 2029 Slasher ‘Glint’, Streaming October 28", "", set()),
        # a premiere's recap: it aired; the day it names is no date to come
        (
            "Marrowfield Season 2 Premiere Recap: A Body by the Weir",
            "Marrowfield wasted no time in its Season 2 premiere, which dropped Wednesday on "
            "Apple TV+.",
            {("marrow-s2", "release", "released", "2032-05-26")},
        ),
    ],
)
def test_another_products_release_and_a_recap(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_SESSION13, title, summary, datetime(2032, 5, 31, 12, tzinfo=UTC)) == expected


_OTHER_WORKS = Matcher(
    [
        ProductionSpec(id="sled", title="Toboggan Run", context=("Disney+", "Penny Hale")),
        ProductionSpec(id="broth", title="Marrow Broth", context=("A24", "Ines Roy")),
        ProductionSpec(id="fire", title="Chip Fire", kind="series", season=1, context=("HBO",)),
        ProductionSpec(id="ferry", title="The Lantern Ferry", context=("Mubi",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # another maker's quoted work, no context word and no word of film or TV
        (
            "Kelsey Marron’s ‘Toboggan Run’ Debuts at No. 4 on Holiday 100 in Its First Week",
            "The single sold 40,000 downloads.",
            set(),
        ),
        # near miss: a director's film in a festival's lineup
        (
            "Venice Lineup: Rohrwacher’s ‘The Lantern Ferry’ Among Competition Titles",
            "The festival runs Aug. 27 to Sept. 6.",
            {("ferry", "premiere", "announced", None)},
        ),
        # a song's video label: every use in the entry is the song's
        (
            "The Hollow Pines - Toboggan Run (Official Music Video)",
            "Official music video for “Toboggan Run” by The Hollow Pines, out now. Directed by "
            "Mae Lind.",
            set(),
        ),
        # a short film named by nationality and kind
        (
            "Clermont-Ferrand Winners: Korean Short ‘Marrow Broth’ Takes Grand Prix",
            "The 14-minute short had its world premiere at the festival.",
            set(),
        ),
        # an older work marked by its year and 'indie'
        (
            "Cult 1987 Indie ‘Chip Fire’ Gets 4K Restoration",
            "The film premiered at the New York Film Festival in 1987.",
            set(),
        ),
    ],
)
def test_another_work_of_the_same_name(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert (
        observed(_OTHER_WORKS, title, summary, datetime(2032, 12, 20, 12, tzinfo=UTC)) == expected
    )


_FESTIVAL_SLOTS = Matcher(
    [
        ProductionSpec(id="umpire", title="Foul Line", context=("Searchlight Pictures",)),
        ProductionSpec(id="road", title="Gravel Road", context=("Searchlight", "Ines Varga")),
        ProductionSpec(id="siege", title="Ruskholm", context=("Amazon MGM",)),
        ProductionSpec(id="book", title="Vellmoor", context=("Focus Features",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a slot named before the premiere words: announced, not held
        (
            "SXSW Adds Searchlight’s Baseball Drama ‘Foul Line’ As Closing-Night World Premiere",
            "",
            {("umpire", "premiere", "announced", None)},
        ),
        (
            "London Film Festival Lineup: ‘Foul Line’ Gets Headline Gala World Premiere",
            "",
            {("umpire", "premiere", "announced", None)},
        ),
        # a festival that unveiled its competition has made a lineup public
        (
            "Cannes Lineup: Debut Features Crowd a Competition Heavy on Newcomers",
            "The Cannes Film Festival unveiled its Competition slate Thursday, with "
            "Searchlight’s “Gravel Road,” Ines Varga’s English-language debut.",
            {("road", "premiere", "announced", None)},
        ),
        # near miss: a premiere that happened, with its reception
        (
            "‘Foul Line’ World Premiere Brings SXSW Crowd to Its Feet",
            "",
            {("umpire", "premiere", "held", None)},
        ),
        # a game named by its subtitle and kind in the headline: the entry is the game's,
        # whatever context word its summary names as the source
        (
            "Ruskholm: Siegebreaker Mobile Game Gets First Trailer, Launches This Summer",
            "Ruskholm: Siegebreaker, a tower-defense tie-in based on Amazon MGM’s siege epic, "
            "got its first trailer today.",
            set(),
        ),
        # a product named after the title
        (
            "Maison Aubrac’s Vellmoor Fragrance Smells Like an Old Library, On Sale Now",
            "",
            set(),
        ),
        # a brewery's news, with no word of film or TV
        (
            "Ruskholm Brewing opens its second taproom downtown on Friday",
            "The brewery's pumpkin ale returns in August.",
            set(),
        ),
        # a deckbuilding game's launch
        (
            "Vellmoor arrives August 9",
            "The deckbuilding roguelike from an indie developer comes with a co-op mode.",
            set(),
        ),
        # near miss: the film's own day
        (
            "Vellmoor arrives August 9",
            "Focus Features' drama opens in theaters nationwide.",
            {("book", "release_date", "announced", "2033-08-09")},
        ),
    ],
)
def test_festival_slots_and_a_games_headline(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert (
        observed(_FESTIVAL_SLOTS, title, summary, datetime(2033, 3, 10, 12, tzinfo=UTC)) == expected
    )


_BATCH48 = Matcher(
    [
        ProductionSpec(id="kettle", title="Kettle Rock", kind="series", season=2, context=("FX",)),
        ProductionSpec(id="gold", title="Goldwick", kind="series", season=2, context=("AMC",)),
        ProductionSpec(id="hot", title="Hotwire Lane", kind="series", season=4, context=("AMC",)),
        ProductionSpec(id="esk", title="Eskerholm", kind="series", season=1, context=("HBO",)),
        ProductionSpec(id="yon", title="Yonderfell", context=("Disney",)),
        ProductionSpec(id="anch", title="Anchorwick", context=("Paramount",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a TV timeslot in Eastern and Central time is no day ("at 10/9c" is not Oct. 9)
        (
            "Kettle Rock Season 2 Premiere Date Set at FX",
            "FX's Kettle Rock returns Wednesday, March 15, with a two-episode premiere at 10/9c.",
            {("kettle", "release_date", "announced", "2034-03-15")},
        ),
        # a listing's bracketed days: each title's own, never the one before it
        (
            "February TV Premiere Dates: Goldwick (Feb. 5), Hotwire Lane (Feb. 19) and More",
            "",
            {
                ("gold", "release_date", "announced", "2034-02-05"),
                ("hot", "release_date", "announced", "2034-02-19"),
            },
        ),
        # a trailer promised past the aside after it
        (
            "HBO Sets Eskerholm Premiere",
            "The network also said the official trailer for the gothic mystery, starring Ines "
            "Vale and Rafe Quinn, will debut next week.",
            {("esk", "trailer", "expected", None)},
        ),
        # ... near miss: a trailer out, its aside about the series
        (
            "Eskerholm Trailer",
            "HBO released the official trailer for Eskerholm, which stars Ines Vale, on Monday.",
            {("esk", "trailer", "released", None)},
        ),
        # a Super Bowl roundup with its year or its number
        (
            "Super Bowl 2034 Trailers: ‘Yonderfell’, ‘Nightjar Returns’ and Every Other Movie Spot",
            "",
            {("yon", "trailer", "released", None)},
        ),
        (
            "Super Bowl LXVIII Movie and TV Spots: ‘Brass Monkeys,’ ‘Yonderfell’",
            "",
            {("yon", "trailer", "released", None)},
        ),
        # ... near misses: spots bought, not aired yet
        (
            "Super Bowl LXVIII Movie Ads: Which Studios Are Spending This Year",
            "Disney has bought time in Sunday's game; Yonderfell chatter has kept plans quiet.",
            set(),
        ),
        ("Super Bowl Movie Ads: Disney’s ‘Yonderfell’ Among Studios Buying Spots", "", set()),
        # a renewal's date for the season renewed, not the watched one out now
        (
            "FX Renews ‘Kettle Rock’ for Season 3 After Season 2 Draws 9 Million Viewers",
            "Season 3 will move the diner again, with production expected this fall ahead of a "
            "2035 premiere.",
            {("kettle", "release", "released", None)},
        ),
        (
            "FX Renews ‘Kettle Rock’ for Season 3 After Season 2 Draws 9 Million Viewers",
            "The new season is expected in 2035.",
            {("kettle", "release", "released", None)},
        ),
        # ... nor a return to production
        (
            "FX Renews ‘Kettle Rock’ After Season 2 Draws 9 Million Viewers",
            "The comedy will return to production this summer.",
            {("kettle", "release", "released", None)},
        ),
        # an event's day set in a place of the title's name
        ("Iditarod sets ceremonial start in Anchorwick for March 4", "", set()),
        ("County sets election in Anchorwick for March 4", "", set()),
        # ... near miss: the film's day
        (
            "Paramount sets Anchorwick for March 4",
            "",
            {("anch", "release_date", "announced", "2034-03-04")},
        ),
        # a plan's period after "headed", "stakes out" (not a past verb's)
        (
            "Disney Unveils 2034 Slate: ‘Yonderfell’ Headed For Spring, ‘Copper Lane’ In Fall",
            "",
            {("yon", "release_date", "expected", "2034-03-01")},
        ),
        (
            "Disney Stakes Out Summer 2034 for ‘Yonderfell,’ Shifts ‘Fallow Ground’ to October",
            "",
            {("yon", "release_date", "expected", "2034-06-01")},
        ),
        ("Yonderfell star is headed for Broadway next spring", "Disney", set()),
        # a video title's day before a network
        (
            "Kettle Rock | Season 2 Official Trailer | July 19 on FX and Hulu",
            "",
            {
                ("kettle", "trailer", "released", None),
                ("kettle", "release_date", "announced", "2034-07-19"),
            },
        ),
        # a box-office headline's later part with its own gross
        (
            "Box Office: ‘Lamplight’ Lights Up Holiday; ‘Yonderfell’ Holds Second With $14M",
            "",
            {("yon", "release", "released", None)},
        ),
        # ... near misses: a forecast, and a part with no gross
        ("Box Office: ‘Lamplight’ Tops Weekend; ‘Yonderfell’ Eyes $14M Second Weekend", "", set()),
        (
            "Box Office: ‘Lamplight’ Opens to $40M; ‘Yonderfell’ Trailer Drops",
            "",
            {("yon", "trailer", "released", None)},
        ),
        # a sentence that opens with another season as its subject: that season's figures
        (
            "‘Kettle Rock’ Season 2 Adds Jo Petra In Recurring Role",
            "Jo Petra has joined season 2 of Kettle Rock. Season 1 was the streamer's "
            "most-watched comedy of last year, with 11 million viewers in its first month.",
            set(),
        ),
        (
            "‘Kettle Rock’ Season 2 Adds Jo Petra In Recurring Role",
            "Jo Petra has joined Kettle Rock. Season 2 was the streamer's most-watched comedy "
            "of the spring, with 11 million viewers in its first month.",
            {("kettle", "release", "released", None)},
        ),
        # a song's cover, with music's own words
        (
            "Paper Lanterns Cover Eurovision Classic ‘Anchorwick’ — Out Friday",
            "The duo's slowed-down cover of the 1974 Eurovision winner Anchorwick is releasing "
            "Friday, July 7, as the first taste of a covers EP.",
            set(),
        ),
        # a schedule's next slot after a comma is not the date's object
        (
            "FX Fall 2034 Schedule: ‘Kettle Rock’ Moves to Thursdays",
            "FX moves Kettle Rock to Thursdays for its second season this fall, followed by new "
            "drama Foxglove Row.",
            {("kettle", "release_date", "expected", "2034-09-01")},
        ),
        # a network's night block is no day; the day after it is
        (
            "FX Unveils Fall Premiere Dates: ‘Kettle Rock’ Season 2 Opens Thursday Comedy Block "
            "September 28",
            "",
            {("kettle", "release_date", "announced", "2034-09-28")},
        ),
        # a year before "it streams" is no count of streams
        (
            "Paramount Sets ‘Anchorwick’ For January 2035",
            "Paramount will open Anchorwick, a spy thriller starring Luca Brandt, in theaters on "
            "Jan. 26, 2035, before it streams on Prime Video.",
            {("anch", "release_date", "announced", "2035-01-26")},
        ),
        # ... near miss: the watched season's own date in a renewal's entry
        (
            "FX Renews Comedy for Season 3",
            "FX renewed Kettle Rock for a third season ahead of its second season's premiere on "
            "March 15.",
            {("kettle", "release_date", "announced", "2034-03-15")},
        ),
    ],
)
def test_timeslots_listings_promises_and_roundups(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_BATCH48, title, summary, datetime(2034, 1, 25, 12, tzinfo=UTC)) == expected


_BATCH52 = Matcher(
    [
        ProductionSpec(id="flint", title="Flint", context=("Universal", "Ravi Castellane")),
        ProductionSpec(id="apple", title="Apple Season", context=("Netflix", "Marisa Cole")),
        ProductionSpec(id="hen", title="Hen Night", context=("Working Title",)),
        ProductionSpec(id="glim", title="Glimmerfall", context=("Disney", "Elsie Varga")),
        ProductionSpec(id="ora", title="The Ballad of Ora Lee", context=("Sony Pictures",)),
        ProductionSpec(
            id="north", title="Northbound", kind="series", season=3, context=("FX", "Ruth Achter")
        ),
        ProductionSpec(id="quiet", title="Quietus", context=("Neon", "Ilse Marrack")),
        ProductionSpec(id="walter", title="Uncle Walter", context=("Augustin Peel",)),
        ProductionSpec(id="crust", title="Upper Crust", context=("Searchlight", "Maud Teixeira")),
        ProductionSpec(
            id="line", title="Starting Line", context=("Focus Features", "Kwame Arditi")
        ),
        ProductionSpec(
            id="market", title="Tuesday Market", kind="series", season=1, context=("BBC", "PBS")
        ),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a maker's next film, named as "X's follow-up to" the watched one, takes the date
        (
            "Universal Dates Ravi Castellane’s Next, ‘Neon Tide,’ For Christmas 2035",
            "Universal has set Ravi Castellane’s follow-up to Flint, the Miami crime drama Neon "
            "Tide, for Dec. 19, 2035.",
            set(),
        ),
        # ... and a relative clause after the earlier work is the new one's
        (
            "‘Lantern Hill’ Trailer: Netflix Reunites With Marisa Cole",
            "Netflix has released the first trailer for Lantern Hill, Marisa Cole’s follow-up to "
            "Apple Season, which premieres May 4.",
            set(),
        ),
        # ... near miss: the watched film dated, its predecessor named in an aside
        (
            "Universal Dates ‘Flint’ For Dec. 19",
            "Universal has set Flint, Ravi Castellane’s follow-up to Tidewater, for Dec. 19, 2035.",
            {("flint", "release_date", "announced", "2035-12-19")},
        ),
        # a slot a title held until it moved is another's now
        (
            "Universal Dates ‘Rustbelt’ For Feb. 14, Taking Slot Vacated By ‘Hen Night’",
            "Universal has dated Rustbelt for Feb. 14, 2035, the Valentine’s Day slot that "
            "Working Title’s Hen Night held until it moved last week.",
            set(),
        ),
        # another film's relative clause: its verb and its venue
        (
            "Elsie Varga on ‘Wintercap’ and Finding Her Voice in ‘Glimmerfall’",
            "Elsie Varga talks about her lead in Wintercap, which opens in theaters March 9, and "
            "three years in a recording booth for Disney's Glimmerfall.",
            set(),
        ),
        # ... near miss: a person, not a film, before ", which"
        (
            "‘The Ballad of Ora Lee’ Trailer",
            "Sony Pictures has released the first trailer for “The Ballad of Ora Lee,” a biopic "
            "of the gospel singer Ora Lee Simms, which opens in theaters on Christmas Day.",
            {
                ("ora", "trailer", "released", None),
                ("ora", "release_date", "announced", "2034-12-25"),
            },
        ),
        # an earlier season's figures, the second verb of its sentence
        (
            "FX Targets Fourth Quarter 2035 Premiere for ‘Northbound’ Season 3",
            "The network is targeting late 2035, after Season 2 averaged 6.1 million viewers and "
            "became the network’s most-streamed drama on Hulu.",
            {("north", "release_date", "expected", "2035-10-01")},
        ),
        # a distributor dating another film by its describing words
        (
            "Neon Unveils First Teaser For Ilse Marrack’s ‘Quietus’",
            "Neon has not yet set a release date. The distributor separately dated its Cannes "
            "hopeful Mothwing for Sept. 14.",
            {("quiet", "trailer", "released", None)},
        ),
        # a character who moves in, in a review: no move of a date
        (
            "‘Uncle Walter’ Review: Augustin Peel Steals Christmas",
            "The holiday comedy casts Augustin Peel as a widower who moves in with his daughter "
            "for December and refuses to leave.",
            set(),
        ),
        # other films in general as the subject of a gross
        (
            "Upper Crust sold for $14M - what's a realistic box office ceiling?",
            "Searchlight paid big. Last few Sundance comedies topped out around $20M domestic.",
            set(),
        ),
        # a likeness is no festival slot
        (
            "Is Starting Line going to SXSW?",
            "The Kwame Arditi movie seems like a perfect SXSW film but nobody has confirmed it.",
            set(),
        ),
        # a teaser still due is expected, however it is counted ("First Teaser")
        (
            "‘Northbound’ Season 3 Will Arrive in Early 2036, FX Confirms — First Teaser Due "
            "This Summer",
            "",
            {
                ("north", "release_date", "expected", "2036-01-01"),
                ("north", "trailer", "expected", "2035-06-01"),
            },
        ),
        # a record against the year's other premieres is no date of the season's
        (
            "‘Northbound’ Season 3 Opens As FX’s Most-Watched Series Premiere Of The Year",
            "The return of Northbound drew the biggest first-week audience of any FX series "
            "premiere this year, the network said.",
            {("north", "release", "released", None)},
        ),
        # a festival's dates, and a noun past the comma after them, are no release date
        (
            "Venice Lineup: ‘Quietus’ In Competition",
            "The festival runs Aug. 27 to Sept. 6, opening with The Ambassador’s Wife.",
            {("quiet", "premiere", "announced", None)},
        ),
        # ... near miss: a year's comma is the date's own
        (
            "Neon Dates ‘Quietus’",
            "Neon has set Quietus for a Feb. 13, 2036, theatrical release.",
            {("quiet", "release_date", "announced", "2036-02-13")},
        ),
        # a trailer premiered for the room at CinemaCon is no public trailer
        (
            "Neon CinemaCon: ‘Quietus’ Dated For Nov. 9",
            "Neon dated Quietus for Nov. 9, 2035 on Wednesday, and Ilse Marrack premiered a "
            "trailer for the room.",
            {("quiet", "release_date", "announced", "2035-11-09")},
        ),
        # a series' premiere on a channel is its release date, no premiere event
        (
            "PBS Masterpiece Sets U.S. Premiere Of BBC Comedy ‘Tuesday Market’ For April 8",
            "PBS will premiere the BBC One comedy Tuesday Market on Sunday, April 8.",
            {("market", "release_date", "announced", "2035-04-08")},
        ),
        # ... near miss: with a red carpet, a premiere event too
        (
            "BBC Sets Red Carpet Premiere of ‘Tuesday Market’ in London",
            "The comedy will hold a red carpet premiere in London on April 2, ahead of its PBS "
            "debut on Sunday, April 8.",
            {
                ("market", "premiere", "announced", "2035-04-02"),
                ("market", "release_date", "announced", "2035-04-08"),
            },
        ),
    ],
)
def test_batch52_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    assert observed(_BATCH52, title, summary, datetime(2034, 12, 15, 12, tzinfo=UTC)) == expected


_REAL_ROUND = Matcher(
    [
        ProductionSpec(
            id="moor", title="Ravenmoor", kind="series", season=5, context=("Paramount",)
        ),
        ProductionSpec(
            id="vault", title="Vaultline", kind="series", season=2, context=("Apple TV",)
        ),
        ProductionSpec(id="dune", title="Sandfall: Part Two", aliases=("Sandfall 2",)),
        ProductionSpec(id="ash", title="Ashgrove", kind="series", season=2, context=("Disney+",)),
        ProductionSpec(id="evil", title="Speak No Evil", context=("Blumhouse", "Ada Quill")),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a season premiere "on Sunday night" that "saw" gains is a result: that day has gone
        (
            "Ravenmoor Season 5 Premiere Ratings",
            "The Ravenmoor Season 5 premiere on Sunday night saw big gains in viewership.",
            {("moor", "release", "released", None)},
        ),
        # a weekly run's last day is no release date
        (
            "Apple TV Series Vaultline Renewed for Season 2",
            "The first season is available to watch now, with new episodes arriving weekly "
            "until June 30.",
            set(),
        ),
        # an announcement's day is not the show's
        (
            "Ashgrove season 2 news coming tomorrow?",
            "Disney+ teased that a big announcement for Ashgrove season 2 is set to arrive "
            "tomorrow.",
            set(),
        ),
        # "soon after" tells of the past, no promise
        (
            "Ashgrove Season 2 Trailer",
            "Disney+ said Ashgrove season 2 premieres on June 26, and soon after, it unveiled a "
            "teaser trailer.",
            {
                ("ash", "release_date", "announced", "2034-06-26"),
                ("ash", "trailer", "released", None),
            },
        ),
        # the trailer is the subject of "was released", "has arrived": not the work
        (
            "Disney+ Drops Ashgrove Season 2 Official Trailer",
            "The official trailer for Disney+'s upcoming series Ashgrove season 2 was released "
            "today.",
            {("ash", "trailer", "released", None)},
        ),
        (
            "The Sandfall: Part Two Trailer Is Finally Here",
            "The first trailer for Sandfall: Part Two has arrived, and it is glorious.",
            {("dune", "trailer", "released", None)},
        ),
        # "yet to announce" denies the date
        (
            "Ashgrove Season 2 Release Details",
            "Disney+ is yet to officially announce Ashgrove Season 2's release date.",
            set(),
        ),
        # a plan given up: "was set to arrive on Nov. 3, but will now hit theaters on ..."
        (
            "Sandfall 2 Delayed",
            "Sandfall 2 was set to arrive on Nov. 3, but will now hit theaters on March 15, 2035.",
            {("dune", "release_date", "announced", "2035-03-15")},
        ),
        (
            "Sandfall 2 Delayed",
            "The sequel was originally set to arrive on Nov. 3, but will now hit theaters on "
            "March 15, 2035.",
            {("dune", "release_date", "announced", "2035-03-15")},
        ),
        # an idiom of eagerness is no doubt about the day
        (
            "When Can We Expect the First Sandfall 2 Trailer?",
            "The next film you won't want to miss is Sandfall 2, coming this July 26.",
            {("dune", "release_date", "announced", "2034-07-26")},
        ),
        # ... near miss: a denial is
        (
            "Sandfall 2 Date Talk",
            "Sandfall 2 will not open on July 26 after all.",
            set(),
        ),
        # a forecast's words, wherever its verb stands in the clause
        (
            "Sandfall 2 Box Office Projection",
            "Sandfall 2 is projected to bring in an astonishing $370 million during its opening "
            "weekend at the box office.",
            set(),
        ),
        (
            "Sandfall 2 Targets $165M Start",
            "Early estimates for the box-office opening of Sandfall 2 came with tracking service "
            "Quorum projecting a $200 million domestic opening weekend.",
            set(),
        ),
        # ... near miss: a result measured against tracking
        (
            "Sandfall 2 Box Office",
            "Sandfall 2 took the top spot at the domestic box office this weekend with $16.2 "
            "million, landing in the upper half of pre-release tracking.",
            {("dune", "release", "released", None)},
        ),
        # a premiere denied or called off
        (
            "Sandfall 2 Gets New Release Date Amid Strike",
            "The movie will not premiere at the Venice Film Festival, which takes place from "
            "Aug. 28.",
            {("dune", "release_date", "announced", None)},
        ),
        (
            "Sandfall 2 Cancels Venice Premiere",
            "Sandfall 2 has been pulled from its world premiere at Venice.",
            set(),
        ),
        # ... near miss: a premiere set
        (
            "Sandfall 2 Sets Venice World Premiere",
            "Sandfall 2 will open the Venice Film Festival.",
            {("dune", "premiere", "announced", None)},
        ),
        # a season finale's day is the running season's; a weekend's figures' day is theirs
        (
            "Apple Renews Vaultline for Season 2 Ahead of Season Finale",
            "The season finale streams Thursday.",
            set(),
        ),
        (
            "Sandfall 2 Box Office Preview",
            "The projected weekend numbers for the upcoming sequel will be released this Friday.",
            set(),
        ),
        # a shoot's start, however long its subject
        (
            "Sandfall 2 Star to Begin Shooting Soon",
            "Filming for Sandfall: Part Two, starring Ada Quill, is set to begin at the end of "
            "2034.",
            set(),
        ),
        # ... near miss: begun
        ("Sandfall 2 Begins Shooting", "", {("dune", "production", "filming", None)}),
        # a plan given up, with its verb after "originally set to"
        (
            "Sandfall 2 Gets New Release Date",
            "The film, originally set to premiere on March 1, 2035, will now open May 3, 2035.",
            {("dune", "release_date", "announced", "2035-05-03")},
        ),
        # a move's new day in the summary gives the headline's month its day
        (
            "Sandfall 2 Release Date Moves From March To May 2035",
            "Sandfall 2 leaps from March to May 3, 2035, after another sequel vacated the spot.",
            {("dune", "release_date", "announced", "2035-05-03")},
        ),
        # "streaming service" is a noun; "see this coming" an idiom
        (
            "Sandfall 2 Is Killing It On Max",
            "The sequel, which joined streaming service Max on Friday, is a hit with fans.",
            set(),
        ),
        (
            "Sandfall 2 Teaser Trailer Throws Fans Into the Desert",
            "I did not see this coming on Wednesday, but the studio dropped a teaser trailer for "
            "Sandfall 2.",
            {("dune", "trailer", "released", None)},
        ),
        # a stage show's takings and a song's chart are not the film's
        (
            "'Sandfall 2' Review: A Musical That Soars",
            "The stage show reached audiences of 65 million, generating about $1.7 billion in "
            "Broadway grosses.",
            set(),
        ),
        ("Sandfall 2 sends Desert Rose back into top 10", "", set()),
        # ... near miss: the film's own chart
        (
            "Sandfall 2 climbs back into the Netflix top 10",
            "",
            {("dune", "release", "released", None)},
        ),
        # the ways real news gives a season its day
        (
            "Vaultline Season Two Gets Confirmed Launch Date",
            "Season two of Vaultline, the Apple TV drama, has a confirmed airdate of June 20th.",
            {("vault", "release_date", "announced", "2034-06-20")},
        ),
        (
            "Apple Sets Premiere Date for Vaultline Season 2",
            "Fans can mark their calendars for Wednesday, July 16, when the cast returns.",
            {("vault", "release_date", "announced", "2034-07-16")},
        ),
        # ... near miss: a calendar marked for another event
        (
            "Vaultline Season 2 Awards Calendar",
            "Mark your calendars: the Gotham Awards nominations arrive July 16.",
            set(),
        ),
        (
            "Vaultline Season 2 Part 2 Release",
            "Apple TV has finally released the official release date for the second half of "
            "Vaultline season 2.",
            {("vault", "release_date", "announced", None)},
        ),
        # "the premiere" stands for a series' season premiere
        (
            "Ashgrove Season 2 Premiere Time",
            "The clock is ticking down to Ashgrove's Season 2 return, and Disney+ announced that "
            "the premiere will arrive Thursday, July 6.",
            {("ash", "release_date", "announced", "2034-07-06")},
        ),
        (
            "How to Watch Ashgrove Season 2",
            "The wait is over: the first episode of Ashgrove season 2 is streaming right now on "
            "Disney+.",
            {("ash", "release", "released", None)},
        ),
        # a holiday named with its date is that date, year and all
        (
            "Sandfall 2 Delayed to December 2035",
            "Sandfall 2 has been delayed nine months to Christmas Day, December 25, 2035.",
            {("dune", "release_date", "announced", "2035-12-25")},
        ),
        # "earlier set to be released on" is a plan given up
        (
            "Sandfall 2 Director Opens Up About the Delay",
            "The sequel was earlier set to be released on March 17, 2035. Now, it will be "
            "released on December 22, 2035.",
            {("dune", "release_date", "announced", "2035-12-22")},
        ),
        # a weekday after a figure is a result's day
        (
            "Sandfall 2 Stumbles With $33.5 Million Opening",
            "Playing in 4,000 theaters, Sandfall 2 generated roughly $14 million on opening "
            "Friday.",
            {("dune", "release", "released", None)},
        ),
        # an idiom of haste; a first-look video is out
        (
            "Sandfall 2 First Look Video",
            "The studio is coming in hot today with a first-look video at Sandfall 2.",
            {("dune", "trailer", "released", None)},
        ),
        # a series' sneak peek premiere is its first episode, and a premiere with an
        # audience is its release; an encore's day is no release date
        (
            "'Vaultline' Season 2 Sneak Peek Premiere Opens to 7.73M Viewers, Apple's Best "
            "Series Premiere in Five Years",
            "The first episode is streaming now, with encore broadcasts scheduled on Tuesday, "
            "June 20.",
            {("vault", "release", "released", None)},
        ),
        # a promo as what came out
        (
            "Sandfall 2 Releases Tomorrow Night, New Featurette Is Here",
            "Sandfall 2 debuted another featurette this morning, on its stunt work.",
            {("dune", "release_date", "announced", "2034-06-15")},
        ),
        (
            "Ada Quill Takes on the Desert in the Vaultline Season 2 Teaser",
            "The streamer released the first preview of Vaultline season 2 today.",
            {("vault", "trailer", "released", None)},
        ),
        # a trailer dropped is out, whatever the work's own plan after the comma
        (
            "In Sandfall 2, the Desert Fights Back",
            "The studio has officially dropped the trailer for Sandfall 2, set to hit theaters "
            "in November 2034.",
            {
                ("dune", "trailer", "released", None),
                ("dune", "release_date", "expected", "2034-11-01"),
            },
        ),
        # ... near miss: not yet dropped, which promises one
        (
            "Sandfall 2 Poster Teases the Desert",
            "The studio has not yet released a trailer for Sandfall 2.",
            {("dune", "trailer", "expected", None)},
        ),
        # a headline's "with the trailer for X" shows it
        (
            "Ada Quill Crosses the Desert With the Harrowing Trailer for Sandfall 2",
            "",
            {("dune", "trailer", "released", None)},
        ),
        # ... near miss: promised
        (
            "Fans Wait With the First Trailer for Sandfall 2 Due Next Week",
            "",
            {("dune", "trailer", "expected", None)},
        ),
        # travelling to a premiere, or making one, is a premiere still ahead
        (
            "Ada Quill in London to Attend Sandfall 2 Premiere",
            "The cast is in London to attend the global premiere of the film on June 18.",
            {("dune", "premiere", "announced", "2034-06-18")},
        ),
        (
            "'Sandfall 2' to Make World Premiere as SXSW Opener",
            "",
            {("dune", "premiere", "announced", None)},
        ),
        # ... near miss: a premiere attended months ago
        (
            "Sandfall 2 Review",
            "A few months ago, at the Sundance Film Festival, I was lucky enough to attend the "
            "world premiere of Sandfall 2.",
            {("dune", "premiere", "held", None)},
        ),
        # "rather than opening on" gives up that day
        (
            "'Sandfall 2' Release Date Pushed Back a Week",
            "Rather than opening on March 15th, the film will open on March 22nd.",
            {("dune", "release_date", "announced", "2035-03-22")},
        ),
        # "back in April" is the past, whatever the verb
        (
            "Sandfall 2 Mocked for Being 'Sloppy'",
            "Sandfall 2 hit Apple TV+ back in April, and it drew terrible reactions.",
            set(),
        ),
        # ... near miss: a return in April is ahead
        (
            "Sandfall 2 Comes Back in April",
            "Sandfall 2 comes back in April on Apple TV+.",
            {("dune", "release_date", "expected", "2035-04-01")},
        ),
        # what the entry calls upcoming is not out
        (
            "Sandfall 2 Trailer Released",
            "Two heroes return to a new case in the trailer of the studio's upcoming film "
            "Sandfall 2, a sequel to the 2031 hit, dropped by the studio on Tuesday.",
            {("dune", "trailer", "released", None)},
        ),
        # a season that premiered is out, "earlier than expected" or not; the day it
        # was initially scheduled for is given up
        (
            "Ravenmoor Season 5 Premiered Earlier Than Expected",
            "Just days ahead of its initially scheduled June 27 premiere, the network moved "
            "the premiere up by three hours.",
            {("moor", "release", "released", None)},
        ),
        # "hit the theatres" is a release verb, and "the film" the headline's
        (
            "Ada Quill's Sandfall 2 Trailer Is Here",
            "The film will hit the theatres on November 3. The studio dropped the trailer of "
            "Sandfall 2 today.",
            {
                ("dune", "trailer", "released", None),
                ("dune", "release_date", "announced", "2034-11-03"),
            },
        ),
        # a headline's trailer described, or labelled with a colon, is out
        (
            "Vaultline Season 2 Trailer Proves Apple Has Found Its Next Hit",
            "",
            {("vault", "trailer", "released", None)},
        ),
        (
            "Vaultline's season 2 trailer has fans in tears",
            "",
            {("vault", "trailer", "released", None)},
        ),
        (
            "‘Sandfall 2’ Trailer: Ada Quill Is Unsettling in the Desert",
            "",
            {("dune", "trailer", "released", None)},
        ),
        # ... near miss: a question after the colon
        ("‘Sandfall 2’ Trailer: When Will the Studio Release It?", "", set()),
        # a title's own "no" denies no trailer
        (
            "‘Speak No Evil’ Trailer: Ada Quill Is Unsettling",
            "",
            {("evil", "trailer", "released", None)},
        ),
        # a box office verdict is a run under way
        ("Sandfall 2 Is A Box Office Knockout", "", {("dune", "release", "released", None)}),
        (
            "Sandfall 2 Is In Serious Trouble At The Box Office",
            "",
            {("dune", "release", "released", None)},
        ),
        # ... near misses: a verdict guessed, and other films' hits
        ("Could Sandfall 2 Be a Box Office Bomb?", "", set()),
        (
            "Studio Picks Sandfall 2 as Its Awards Hopeful",
            "It chose Sandfall 2, passing over two box office hits from earlier in the year.",
            set(),
        ),
        # a renewal named "Renewed Season N" or "Season N Renewed": the figures are the
        # season out, not the one renewed
        (
            "Apple Vaultline Renewed Season 2",
            "The series is running neck and neck with its lead-in for the most watched drama "
            "on TV.",
            set(),
        ),
        (
            "Vaultline Season 2 Renewed",
            "The average viewership for Vaultline got up to 9.15 million viewers this time.",
            set(),
        ),
        # a rumoured day given up
        (
            "Ashgrove Season 2 News",
            "Ashgrove season 2 was initially rumored to debut on Disney+ in October 2034, but "
            "now we know that won't be the case.",
            set(),
        ),
        # a festival's reception in a headline: the premiere was held
        (
            "Cannes 2034: Sandfall 2 Gets 7.5 Minutes Standing Ovation",
            "",
            {("dune", "premiere", "held", None)},
        ),
        (
            "Ada Quill's “Sandfall 2” receives a fantastic reception at Venice",
            "",
            {("dune", "premiere", "held", None)},
        ),
        # a date announced, however the headline says so
        (
            "Exclusive: ‘Vaultline’ Season 2 premiere date and teaser revealed",
            "",
            {
                ("vault", "release_date", "announced", None),
                ("vault", "trailer", "released", None),
            },
        ),
        (
            "We Finally Know The Release Date For Vaultline Season 2",
            "",
            {("vault", "release_date", "announced", None)},
        ),
        (
            "'Vaultline' season 2, part 2: release date, cast and plot",
            "Apple has announced the date for the second half of season 2.",
            {("vault", "release_date", "announced", None)},
        ),
        # ... near miss: not known
        ("We Still Don't Know The Release Date For Vaultline Season 2", "", set()),
        # ... near miss: a plan still in force
        (
            "Sandfall 2 Dated",
            "Sandfall 2 was set to open Nov. 3, the studio said Tuesday.",
            {("dune", "release_date", "announced", "2034-11-03")},
        ),
    ],
)
def test_real_news_round(
    title: str, summary: str, expected: set[tuple[str, str, str, str | None]]
) -> None:
    """Shapes of real trade and fan-site news (session 16's real-text sets), in new words."""
    assert observed(_REAL_ROUND, title, summary, datetime(2034, 6, 14, 12, tzinfo=UTC)) == expected
