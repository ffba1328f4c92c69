"""Matching titles to productions: whole words, ambiguity, sequels, seasons, excludes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain import Entry, ProductionSpec
from tracker.match import Matcher, is_ambiguous


def entry(title: str, summary: str = "") -> Entry:
    return Entry(
        id="t", title=title, link=None, summary=summary, published=datetime(2026, 6, 10, tzinfo=UTC)
    )


SPECS = [
    ProductionSpec(
        id="good-sex", title="Good Sex", context=("Netflix", "Natalie Portman", "Lena Dunham")
    ),
    ProductionSpec(id="moana", title="Moana", context=("Dwayne Johnson",), exclude=("Moana 2",)),
    ProductionSpec(id="toy-5", title="Toy Story 5", context=("Pixar",)),
    ProductionSpec(id="minions", title="Minions & Monsters", aliases=("Minions 3",)),
    ProductionSpec(
        id="st-4", title="Stranger Things", kind="series", season=4, context=("Netflix",)
    ),
    ProductionSpec(
        id="st-5", title="Stranger Things", kind="series", season=5, context=("Netflix",)
    ),
    ProductionSpec(
        id="wed-3", title="Wednesday", kind="series", season=3, context=("Netflix", "Jenna Ortega")
    ),
    ProductionSpec(
        id="elle", title="Elle", kind="series", context=("Prime Video", "Reese Witherspoon")
    ),
    ProductionSpec(id="moon", title="Moon Knight", kind="series", season=1, context=("Marvel",)),
    ProductionSpec(id="peaky", title="Peaky Blinders", kind="series"),
    ProductionSpec(
        id="immortal", title="Peaky Blinders: The Immortal Man", aliases=("The Immortal Man",)
    ),
    ProductionSpec(id="this-is-us", title="This Is Us", kind="series", season=6, context=("NBC",)),
    ProductionSpec(id="arcane-2", title="Arcane", kind="series", season=2, context=("Netflix",)),
    ProductionSpec(id="always", title="Velvet", ambiguous=False),
    ProductionSpec(id="harvest", title="Harvest", context=("Searchlight", "Ada Quill")),
    ProductionSpec(id="quarry", title="The Quarry Line", context=("Focus Features",)),
    ProductionSpec(id="cold-open", title="Cold Open", context=("Netflix", "Dev Arlo")),
    ProductionSpec(id="never", title="Orbital Drift", ambiguous=True, context=("Universal",)),
]
MATCHER = Matcher(SPECS)


def ids(title: str, summary: str = "", matcher: Matcher = MATCHER) -> set[str]:
    return {m.production.id for m in matcher.match(entry(title, summary))}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Good Sex", True),
        ("Too Much", True),
        ("Michael", True),
        ("Wednesday", True),
        ("Harvest", True),  # a frequent English word (wordfreq's top 10,000)
        ("Shelter", True),
        ("Elle", True),
        ("The Shelter", True),
        ("This Is Us", True),
        ("Cold Open", True),
        ("Us", True),
        ("Heat 2", False),  # a numbered title is a rare phrase
        ("Harvest 3", False),
        ("Lantern", False),  # not among the frequent words
        ("Night Ferryman", False),
        ("Moana", False),
        ("Toy Story 5", False),
        ("Camp Rock 3", False),
        ("Stranger Things", False),
        ("House of the Dragon", False),
        ("Minions & Monsters", False),
        ("Reacher", False),
        ("Moon Knight", False),
        ("The Lantern Keeper", False),
    ],
)
def test_ambiguity_rule(title: str, expected: bool) -> None:
    assert is_ambiguous(ProductionSpec(id="x", title=title)) is expected


def test_explicit_ambiguity_wins() -> None:
    assert is_ambiguous(ProductionSpec(id="x", title="Velvet", ambiguous=False)) is False
    assert is_ambiguous(ProductionSpec(id="x", title="Orbital Drift", ambiguous=True)) is True
    assert ids("Orbital Drift Trailer") == set()
    assert ids("Universal's Orbital Drift Trailer") == {"never"}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("Netflix Drops Teaser for ‘Good Sex’", "", {"good-sex"}),
        ("Good Sex’s Teaser Is Here", "From Lena Dunham.", {"good-sex"}),
        ("Study: Good Sex Improves Sleep", "", set()),
        ("Why good sex matters", "Netflix viewers weigh in.", set()),
        ("Netflix and good sex", "", set()),
        ("Goodsex and Netflix", "", set()),
        ("Bette Midler Calls for Sex Strike", "", set()),
        ("Moana Tops Box Office", "", {"moana"}),
        ("Moana 2 Tops Box Office", "", set()),
        ("‘Moana’ Opens Two Years After ‘Moana 2’", "", {"moana"}),
        ("Moana II Trailer", "", set()),
        ("Moana's Opening Weekend", "", {"moana"}),
        ("Toy Story 5 Scores", "", {"toy-5"}),
        ("Toy Story 4 Returns", "", set()),
        ("Toy Story 50", "", set()),
        ("Minions and Monsters Opens", "", {"minions"}),
        ("Minions 3 Opens", "", {"minions"}),
        ("Stranger Things 4 Breaks Records", "", {"st-4"}),
        ("Stranger Things Season 5 Teaser", "", {"st-5"}),
        ("Stranger Things S5 Teaser", "", {"st-5"}),
        ("The Fifth Season of Stranger Things Gets a Date", "", {"st-5"}),
        ("Stranger Things Fan Theories", "", set()),
        ("Stranger Things returns for a new season", "", {"st-4", "st-5"}),
        ("Ann Blyth Died Wednesday", "Netflix reported it.", set()),
        ("Wednesday: Season 3 | Official Teaser | Netflix", "", {"wed-3"}),
        ("‘Wednesday’ Season 3 Trailer", "Jenna Ortega returns.", {"wed-3"}),
        ("Netflix's Wednesday Season 2 Recap", "", set()),
        ("Elle Fanning joins a new film", "Reese Witherspoon is not in it.", set()),
        ("Reese Witherspoon Talks ‘Elle’", "", {"elle"}),
        ("Isabelle Huppert Honored", "Prime Video streams it.", set()),
        ("Moon Knight Trailer", "", {"moon"}),
        ("Moon Knight Season 2 Trailer", "", set()),
        ("Peaky Blinders: The Immortal Man Trailer", "", {"immortal"}),
        ("The Immortal Man Trailer", "", {"immortal"}),
        ("Peaky Blinders Stage Show Opens", "", {"peaky"}),
        ("NBC’s This Is Us | Season 6: The Final Chapter | Official Trailer", "", {"this-is-us"}),
        ("This Is Us Season 6 Trailer", "", {"this-is-us"}),
        ("This is us, at last", "", set()),
        ("Arcane | Act III Teaser | Netflix", "", set()),
        ("Season 2 of Arcane Announced", "", {"arcane-2"}),
        ("Arcane Season 2 Teaser", "", {"arcane-2"}),
        ("Arcanely Odd", "", set()),
        # a series' return speaks of its next season; another season named does not
        ("Arcane Returns This Sunday, Watch the Final Trailer", "", {"arcane-2"}),
        ("Netflix Sets a November Return for ‘Arcane’", "", {"arcane-2"}),
        ("Arcane Is Returning in the Fall", "", {"arcane-2"}),
        ("Arcane Season 1 Returns to Theaters for One Night", "", set()),
        ("Arcane Cast Reunites for a Panel", "", set()),
        # a slate of coming seasons lists the series by name alone
        ("Netflix Sets Winter Premieres: ‘Arcane’ Jan. 9, ‘Other One’ Feb. 2", "", {"arcane-2"}),
        ("‘Arcane’ Among Streamers' Fall Premiere Dates", "", {"arcane-2"}),
        ("Netflix 2027 TV Slate: ‘Arcane’ and ‘Other One’ Lead the Way", "", {"arcane-2"}),
        ("‘Arcane’ Premieres Drew Big Crowds in Paris", "", set()),
        ("‘Arcane’ Writers Share Their Film Slate", "", set()),
        ("‘Arcane’ Premiere Date Trivia From the First Season", "", set()),
        # the final season is the one coming; "season" in other languages
        ("Netflix Dates the Final Season of ‘Arcane’", "", {"arcane-2"}),
        ("Arcane's Last Season Arrives Next Month", "", {"arcane-2"}),
        ("Netflix Dates the Last Season of ‘Arcane’", "", {"arcane-2"}),
        # "last season" after past results is the previous one; a maker's return with
        # another show, a one-off special are no next season
        ("Netflix's ‘Arcane’ Drew 4.1 Million Viewers Last Season", "", set()),
        ("‘Arcane’ Ratings Were Down Last Season", "", set()),
        ("‘Arcane’ Creator Returns With New Netflix Drama ‘Salt Flats’", "", set()),
        ("‘Arcane’ Returns for One-Off Christmas Special on Netflix Dec. 20", "", set()),
        ("‘Arcane’ Returns Dec. 20 on Netflix", "", {"arcane-2"}),
        ("Arcane: Temporada 2 | Tráiler oficial | Netflix", "", {"arcane-2"}),
        ("Arcane – Saison 2 | Bande-annonce officielle", "", {"arcane-2"}),
        ("Arcane Staffel 2 | Offizieller Trailer", "", {"arcane-2"}),
        ("Arcane: Temporada 1 | Tráiler oficial | Netflix", "", set()),
        ("Arcane's Final Episode Explained", "", set()),
        # typography: a title inside a longer quoted title, or unquoted beside quoted titles
        ("‘Winter Harvest’ Gets a Date", "Searchlight and Ada Quill are not involved.", set()),
        ("Searchlight Dates Ada Quill’s ‘Harvest’", "", {"harvest"}),
        ("‘The Quarry Line Files’ Trailer", "", set()),
        ("‘The Quarry Line’ Season 2 Trailer", "", set()),  # a film title with a season
        # ... also after a subtitle; a subtitle alone may be the film's own
        ("The Quarry Line: Aftershock Season 2 | Official Trailer", "", set()),
        ("The Quarry Line - New Blood S2 Teaser", "", set()),
        ("The Quarry Line: Official Trailer | Focus Features", "", {"quarry"}),
        ("The Quarry Line of Thinking: How ‘Other Film’ Was Made", "", set()),
        # a numbered title is never a phrase, even beside a quoted one
        ("Director Says Toy Story 5 Is ‘Bigger,’ Due Next Summer", "", {"toy-5"}),
        ("Toy Story 5 Villain Is ‘Pure Menace,’ Pixar Says", "", {"toy-5"}),
        ("‘The Quarry Line’ and ‘Other Film’ Top the Charts", "", {"quarry"}),
        ("Ada Quill’s Harvest Recipes in ‘Kitchen Tales’", "From Searchlight.", set()),
        ("Netflix Comedy ‘Cold Open’ Dated", "", {"cold-open"}),
        ("The Show Is a Cold Open Mess", "Netflix viewers agree.", set()),
        # an owner's possessive naming a context person by surname counts as context
        ("Venice Lineup: Quill’s ‘Harvest’ Among Competition Titles", "", {"harvest"}),
        ("Dunham's 'Good Sex' Leads Netflix's Fall", "", {"good-sex"}),
        ("Arlo’s “Cold Open” Wraps", "", {"cold-open"}),
        ("Smith’s ‘Harvest’ Wins the Audience Award", "", set()),
        ("Dunham's good sex advice column", "", set()),
        ("Quill Says Harvest Season Is Her Favourite", "", set()),
        # several seasons at once name each of them; a quoted series title with its season
        # nearby needs no context word
        ("‘Wednesday’ Wraps Production on Seasons 3 & 4", "", {"wed-3"}),
        ("Stranger Things Seasons 4 and 5 Shot Back to Back", "", {"st-4", "st-5"}),
        ("Stranger Things Seasons 4-5 Box Set", "", {"st-4", "st-5"}),
        ("‘Wednesday’ Wraps Production on Seasons 1 & 2", "", set()),
        ("Stranger Things Seasons 1 Through 3 Recap", "", set()),
        # an episode by season and number names its season
        ("Stranger Things 4x03 Sneak Peek | Netflix", "", {"st-4"}),
        ("Stranger Things 3x08 Recap", "", set()),
        ("Wednesday Wraps Production on Season 3", "", set()),
        ("‘Wednesday’ Wraps Production in Romania", "", set()),
        # another kind of work in an appositive, the comma inside the quotes or out, any case
        ("NPR Launches ‘The Quarry Line,’ a Podcast About Miners", "", set()),
        ("NPR launches ‘The Quarry Line’, a podcast about miners", "", set()),
        ("‘The Quarry Line,’ The Musical, Opens On Broadway", "", set()),
        # ... unless a context word of the production stands in it
        (
            "Also in the mix: ‘The Quarry Line’, a Focus Features play that premieres in Toronto",
            "",
            {"quarry"},
        ),
        # "a game changer" is no game
        ("‘The Quarry Line,’ A Game-Changer For Its Studio, Opens Friday", "", {"quarry"}),
    ],
)
def test_match(title: str, summary: str, expected: set[str]) -> None:
    assert ids(title, summary) == expected


def test_match_reports_where_the_title_stands() -> None:
    (m,) = MATCHER.match(entry("Box Office: ‘Toy Story 5’ Scores"))
    (occ,) = m.occurrences
    assert (occ.start, occ.end) == (len("box office "), len("box office toy story 5"))


def test_season_is_read_from_the_occurrence() -> None:
    matches = {m.production.id: m for m in MATCHER.match(entry("Stranger Things 4 Breaks Records"))}
    assert matches["st-4"].occurrences[0].season == 4


@pytest.mark.parametrize(
    ("title", "summary", "reason"),
    [
        ("Study: Good Sex Improves Sleep", "", "context"),
        ("Moana 2 Tops Box Office", "", "exclude"),
        ("Stranger Things 3 Rewatch", "", "season 3 named"),
        ("Stranger Things Fan Theories", "", "no season named"),
        ("Why good sex matters", "Netflix viewers weigh in.", "lowercase"),
        ("Ann Blyth Died Wednesday", "Netflix reported it.", "weekday"),
        ("‘Winter Harvest’ Gets a Date", "Searchlight is not involved.", "longer quoted title"),
        ("‘The Quarry Line’ Season 2 Trailer", "", "season of a series"),
        ("The Quarry Line of Thinking: How ‘Other Film’ Was Made", "", "not quoted"),
        ("The Show Is a Cold Open Mess", "Netflix viewers agree.", "indefinite article"),
    ],
)
def test_explain(title: str, summary: str, reason: str) -> None:
    assert any(reason in note for note in MATCHER.explain(entry(title, summary)))


def test_hits_inside_a_longer_title_are_dropped_in_one_pass() -> None:
    text = "peaky blinders the immortal man " * 100
    matches = {m.production.id: m for m in MATCHER.match(entry("x", text))}
    assert "peaky" not in matches
    assert len(matches["immortal"].occurrences) == 100


def test_empty_watchlist() -> None:
    assert Matcher([]).match(entry("Anything at all")) == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_no_text_crashes_matching(title: str, summary: str) -> None:
    for m in MATCHER.match(entry(title, summary)):
        assert m.occurrences
    MATCHER.explain(entry(title, summary))


# --- the first look: may an entry name a watched title at all? -----------------------------

_LOOK = Matcher(
    [
        ProductionSpec(id="good-sex", title="Good Sex", context=("Netflix", "Natalie Portman")),
        ProductionSpec(id="penelope", title="Penélope's Garden", aliases=("Laga'aia Story",)),
        ProductionSpec(id="toy-story-5", title="Toy Story 5"),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "may"),
    [
        ("Netflix’s ‘Good Sex’ teaser is here", "", True),
        ("Teaser", "Natalie Portman in <b>Good Sex</b>, out on Netflix", True),
        ("GOOD SEX'S FIRST LOOK", "NETFLIX", True),
        ("Penelope’s Garden wraps", "", True),
        ("Pen&eacute;lope&#39;s Garden", "", True),
        ("Lagaaia Story dated", "", True),
        ("'Toy Story 5' trailer", "", True),
        ("Box office: a quiet weekend", "Studios wait for the fall slate.", False),
        ("Sexton signs with CAA", "The goodness of it all.", False),  # no whole word
        ("Story time", "A toy for everyone", True),  # a key word, then the real judge
        # an ambiguous film's title counts only beside a context word or its owner's name
        ("Good sex after 50: what couples say", "Therapists weigh in.", False),
        ("Good Sex", "A comedy from Lena Dunham.", False),
        ("Good Sex", "A comedy on Netflix.", True),
        ("Portman’s ‘Good Sex’ wraps", "", True),
        ("Natalie Portman stars", "in Good Sex", True),
        # ... or beside a gross that vouches for it
        ("‘Good Sex’ Crosses $40M", "", True),
        ("‘Good Sex’ Tops £3M in the UK", "", True),
    ],
)
def test_may_name_is_a_cheap_first_look(title: str, summary: str, may: bool) -> None:
    assert _LOOK.may_name(title, summary) is may


def test_a_title_of_words_folding_makes_up_lets_every_entry_through() -> None:
    matcher = Matcher([ProductionSpec(id="and", title="&")])
    assert matcher.may_name("Nothing to see", "")
    assert not Matcher([]).may_name("Good Sex", "")


_WORDS = st.sampled_from(
    ["Good", "Sex", "good", "SEX", "sex's", "Sex’s", "Netflix", "Toy", "Story", "5", "teaser",
     "Penélope", "Penelope's", "Garden", "Laga'aia", "the", "won't", "&amp;", "<i>", "</i>",
     "Crosses", "$40M", "£3M", "Box", "Office"]
)  # fmt: skip
_GAPS = st.sampled_from([" ", " ", "’", "'", "‘", "“", "”", ", ", ": ", " — ", "-", "\n", "_"])


_CONTEXTS = st.sampled_from(["Netflix", "", "Portman’s", "Portman' ", "PORTMAN'S", "Natalie"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=14), st.booleans(), _CONTEXTS, st.booleans())
def test_an_entry_the_matcher_accepts_always_passes_the_first_look(
    parts: list[tuple[str, str]], in_title: bool, context: str, context_first: bool
) -> None:
    text = "".join(w + g for w, g in parts)
    text = f"{context} {text}" if context_first else f"{text} {context}"
    title, summary = (text, "") if in_title else ("News", text)
    entry = Entry("e", title, None, summary, datetime(2026, 6, 1, tzinfo=UTC))
    if _LOOK.match(entry):
        assert _LOOK.may_name(title, summary)


GRAY = Matcher(
    [ProductionSpec(id="gray", title="Gray Area", context=("Netflix", "Hallie Brennan"))]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # after "a" and a describing word, everyday words are the phrase
        ("AI Voice Cloning Sits in a Legal Gray Area, SAG-AFTRA Warns", "", set()),
        ("Netflix Ad Tier Operates in an Ethical Gray Area", "", set()),
        # a promo's words, or quotes, keep the title
        ("Netflix Drops a New Gray Area Trailer", "", {"gray"}),
        ("Hallie Brennan on a Very ‘Gray Area’ Shoot", "", {"gray"}),
        ("Netflix’s Gray Area Sets October Release", "", {"gray"}),
        # "the ... of", or quoted before a word for a remark or a mood: everyday words
        ("The Gray Area of AI Voice Cloning", "", set()),
        ("Oscars Host’s ‘Gray Area’ Bit Draws Mixed Reviews", "", set()),
        ("Hallie Brennan’s ‘Gray Area’ Trailer Is Here", "", {"gray"}),
    ],
)
def test_a_describing_word_after_an_article_makes_everyday_words_a_phrase(
    title: str, summary: str, expected: set[str]
) -> None:
    assert {m.production.id for m in GRAY.match(entry(title, summary))} == expected


#: real news of films and series whose titles are everyday words, naming no context word
#: (a reviewer's probes, session 7): a rule that asks such a title for a mark of its own
#: (quotes, capitals, a screen word beside it) loses them, which is why there is none
EVERYDAY_TITLES = Matcher(
    [
        ProductionSpec(
            id="sf",
            title="Street Fighter",
            context=(
                "Legendary",
                "Paramount",
                "Kitao Sakurai",
            ),
        ),
        ProductionSpec(
            id="gf",
            title="Good Fortune",
            context=(
                "Lionsgate",
                "Aziz Ansari",
                "Keanu Reeves",
            ),
        ),
        ProductionSpec(
            id="rf",
            title="Rental Family",
            context=(
                "Searchlight",
                "Brendan Fraser",
                "Hikari",
            ),
        ),
        ProductionSpec(
            id="ssb",
            title="Song Sung Blue",
            context=(
                "Focus Features",
                "Hugh Jackman",
                "Kate Hudson",
            ),
        ),
        ProductionSpec(
            id="fy",
            title="Fountain of Youth",
            context=(
                "Apple TV+",
                "Guy Ritchie",
                "John Krasinski",
            ),
        ),
        ProductionSpec(
            id="kw",
            title="Killer Whale",
            context=(
                "Virginia Gardner",
                "Mel Jarnson",
                "Jo-Anne Brechin",
            ),
        ),
        ProductionSpec(
            id="ksw",
            title="Kiss of the Spider Woman",
            context=(
                "Jennifer Lopez",
                "Diego Luna",
                "Tonatiuh",
            ),
        ),
        ProductionSpec(
            id="rd",
            title="Rough Draft",
            context=(
                "A24",
                "Greta Lee",
                "Sean Durkin",
            ),
        ),
        ProductionSpec(
            id="gr",
            title="Gift Receipt",
            context=(
                "Netflix",
                "Kristen Bell",
                "Adam Scott",
            ),
        ),
        ProductionSpec(
            id="oe",
            title="Open Enrollment",
            kind="series",
            season=1,
            context=(
                "Peacock",
                "Ben Schwartz",
                "Michael Schur",
            ),
        ),
        ProductionSpec(
            id="hr",
            title="Heavy Rotation",
            kind="series",
            season=1,
            context=(
                "Hulu",
                "FX",
                "Jenny Slate",
            ),
        ),
        ProductionSpec(
            id="pk",
            title="Pale Kingdom",
            kind="series",
            season=1,
            context=(
                "Prime Video",
                "Amazon MGM",
                "Florence Pugh",
            ),
        ),
        ProductionSpec(
            id="hotd",
            title="House of the Dragon",
            kind="series",
            season=3,
            context=(
                "HBO",
                "Max",
                "Ryan Condal",
            ),
        ),
        ProductionSpec(
            id="st",
            title="Stranger Things",
            kind="series",
            season=5,
            context=(
                "Netflix",
                "Duffer",
                "Millie Bobby Brown",
            ),
        ),
        ProductionSpec(
            id="sh",
            title="Slow Horses",
            kind="series",
            season=5,
            context=(
                "Apple TV+",
                "Gary Oldman",
                "Mick Herron",
            ),
        ),
        ProductionSpec(
            id="bm",
            title="Black Mirror",
            kind="series",
            season=7,
            context=(
                "Netflix",
                "Charlie Brooker",
            ),
        ),
        ProductionSpec(
            id="pf",
            title="Poker Face",
            kind="series",
            season=2,
            context=(
                "Peacock",
                "Natasha Lyonne",
                "Rian Johnson",
            ),
        ),
        ProductionSpec(
            id="br",
            title="Black Rabbit",
            kind="series",
            season=1,
            context=(
                "Netflix",
                "Jude Law",
                "Jason Bateman",
            ),
        ),
        ProductionSpec(
            id="dbl",
            title="Death by Lightning",
            kind="series",
            season=1,
            context=(
                "Netflix",
                "Michael Shannon",
                "Matthew Macfadyen",
            ),
        ),
        ProductionSpec(
            id="lf",
            title="The Last Frontier",
            kind="series",
            season=1,
            context=(
                "Apple TV+",
                "Jason Clarke",
                "Jon Bokenkamp",
            ),
        ),
        ProductionSpec(
            id="dcr",
            title="Down Cemetery Road",
            kind="series",
            season=1,
            context=(
                "Apple TV+",
                "Emma Thompson",
                "Ruth Wilson",
            ),
        ),
        ProductionSpec(
            id="bim",
            title="The Beast in Me",
            kind="series",
            season=1,
            context=(
                "Netflix",
                "Claire Danes",
                "Matthew Rhys",
            ),
        ),
        ProductionSpec(
            id="dw",
            title="Dark Winds",
            kind="series",
            season=4,
            context=(
                "AMC",
                "Zahn McClarnon",
                "Kiowa Gordon",
            ),
        ),
        ProductionSpec(
            id="hw",
            title="The Hunting Wives",
            kind="series",
            season=1,
            context=(
                "Netflix",
                "Starz",
                "Brittany Snow",
            ),
        ),
        ProductionSpec(
            id="omitb",
            title="Only Murders in the Building",
            kind="series",
            season=5,
            context=(
                "Hulu",
                "Steve Martin",
                "Martin Short",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("production", "title", "summary"),
    [
        ("sf", "Street Fighter Movie Gets October 2026 Release Date - IGN", ""),
        (
            "sf",
            "Street Fighter: First Look at Ryu and Ken in Live-Action Adaptation - Collider",
            "",
        ),
        (
            "sf",
            "Street Fighter Live-Action Adaptation Wraps Filming in Australia - Screen Rant",
            "",
        ),
        ("sf", "Street Fighter Reboot Casts Cody Rhodes as Guile - The Hollywood Reporter", ""),
        ("sf", "Street Fighter Hits Theaters October 16 - GameSpot", ""),
        (
            "sf",
            "Street Fighter set photos show Chun-Li's iconic blue qipao",
            "Fans got their first glimpse of the live-action Chun-Li on set in Melbourne this "
            "week.",
        ),
        ("sf", "Street Fighter Trailer Breakdown: Every Easter Egg You Missed", ""),
        ("sf", "Jason Momoa's Blanka revealed in new Street Fighter image - Polygon", ""),
        ("sf", "Street Fighter Opens to $32 Million Domestic - Deadline", ""),
        ("sf", "Street Fighter Gets PG-13 Rating for Martial Arts Violence and Language", ""),
        ("gf", "Good Fortune Box Office: Comedy Stumbles in Opening Weekend - Variety", ""),
        ("gf", "Good Fortune Premieres at Toronto Film Festival to Warm Reception", ""),
        ("gf", "Good Fortune Is Now Streaming on Netflix - What's on Netflix", ""),
        ("gf", "Where to Watch Good Fortune: Streaming Date Revealed", ""),
        ("gf", "Good Fortune Sets Digital Release Date - Collider", ""),
        ("gf", "Good Fortune heads to Peacock in December - Decider", ""),
        (
            "gf",
            "Good Fortune Review: Keanu Reeves Is a Hapless Angel in Aziz Ansari's Comedy "
            "- IndieWire",
            "",
        ),
        ("rf", "Rental Family Wins Audience Award at TIFF - Screen Daily", ""),
        ("rf", "Rental Family Gets Thanksgiving Release - /Film", ""),
        ("rf", "Rental Family Expands to 1,000 Theaters This Weekend", ""),
        ("rf", "Rental Family Hits Disney+ and Hulu This Month - Decider", ""),
        ("rf", "How Rental Family Captures the Loneliness of Modern Tokyo - IndieWire", ""),
        ("rf", "Rental Family - Official Trailer (2025)", ""),
        ("rf", "Rental Family | Official Trailer | Searchlight Pictures", ""),
        ("rf", "Rental Family Reaction & Review - Brendan Fraser Breaks My Heart Again", ""),
        ("ssb", "Song Sung Blue Sets Christmas Day Release - Deadline", ""),
        ("ssb", "Song Sung Blue Tops Specialty Box Office - IndieWire", ""),
        ("ssb", "Song Sung Blue Gets Golden Globe Nods for Jackman and Hudson", ""),
        (
            "ssb",
            "Song Sung Blue First Trailer: Hugh Jackman and Kate Hudson Form a Neil Diamond "
            "Tribute Act",
            "",
        ),
        ("ssb", "Song Sung Blue is a big-hearted crowd-pleaser - review", ""),
        ("fy", "Fountain of Youth: Everything We Know About the Adventure Movie - Screen Rant", ""),
        ("fy", "Fountain of Youth Review: A Treasure Hunt Without Much Treasure", ""),
        ("fy", "Fountain of Youth Is the Most-Watched Movie Debut on Apple TV+", ""),
        ("fy", "Fountain of Youth Filming Locations: Where Was It Shot?", ""),
        ("fy", "Fountain of Youth Sequel in Early Development - Deadline", ""),
        ("kw", "Killer Whale Review: Orca Horror Goes Belly Up", ""),
        ("kw", "Killer Whale Is the Dumbest Shark Movie Without a Shark - Bloody Disgusting", ""),
        ("kw", "Killer Whale Now Streaming on Hulu After Theatrical Run", ""),
        ("kw", "I watched Killer Whale so you don't have to", ""),
        ("kw", "KILLER WHALE Official Trailer (2026) Orca Thriller", ""),
        ("ksw", "Kiss of the Spider Woman Opens to $1.2 Million - Box Office Mojo", ""),
        ("ksw", "Kiss of the Spider Woman Now Available on Digital and VOD", ""),
        (
            "ksw",
            "Kiss of the Spider Woman Review: Jennifer Lopez Dazzles in Bill Condon's Musical",
            "",
        ),
        ("ksw", "Kiss of the Spider Woman Gets Sundance Premiere Slot", ""),
        ("rd", "ROUGH DRAFT | Official Trailer", ""),
        ("rd", "Rough Draft Sets Sundance Premiere - The Wrap", ""),
        ("rd", "Rough Draft Lands Fall Release Date After Festival Buzz", ""),
        ("rd", "Rough Draft is a Sharp Satire of Hollywood Writers' Rooms - RogerEbert.com", ""),
        ("rd", "Rough Draft Acquired by A24 in Seven-Figure Deal - Variety", ""),
        ("rd", "Rough Draft Heads to Theaters in October", ""),
        ("gr", "Gift Receipt Ending Explained", ""),
        ("gr", "Gift Receipt Is the Holiday Rom-Com Everyone's Watching - Cosmopolitan", ""),
        ("gr", "Gift Receipt Cast: Where You've Seen the Stars Before", ""),
        ("gr", "Gift Receipt Tops Netflix Top 10 in First Weekend", ""),
        ("gr", "Is Gift Receipt Based on a True Story? - Distractify", ""),
        ("oe", "Open Enrollment Is the Best Workplace Comedy Since Parks and Rec - Vulture", ""),
        ("oe", "Open Enrollment Trailer: Ben Schwartz Goes to HR Hell", ""),
        ("oe", "Open Enrollment Premieres Thursday With Two Episodes - TVLine", ""),
        ("oe", "Open Enrollment Gets a Premiere Date - TV Insider", ""),
        ("hr", "Heavy Rotation Trailer Teases Life at a College Radio Station", ""),
        ("hr", "Heavy Rotation Sets June Premiere - Deadline", ""),
        ("hr", "Heavy Rotation Brings '90s Alt-Rock Nostalgia to TV - Rolling Stone", ""),
        ("hr", "Heavy Rotation fans are losing it over that finale twist", ""),
        ("hr", "Heavy Rotation Is Hulu's Most-Watched Comedy Debut", ""),
        ("pk", "Pale Kingdom Showrunner Talks Dragons and Politics - Collider", ""),
        ("pk", "Pale Kingdom Wraps Filming in Northern Ireland", ""),
        ("pk", "Pale Kingdom First Look Images Revealed - Empire", ""),
        ("pk", "Pale Kingdom Gets Fall Debut Date", ""),
        ("pk", "Pale Kingdom Explained in 10 Minutes", ""),
        ("pk", "Pale Kingdom Theories: Who Is the Hooded King?", ""),
        ("pk", "Pale Kingdom Is Prime Video's Answer to Game of Thrones", ""),
        ("hotd", "House of the Dragon Returns in June - Entertainment Weekly", ""),
        ("hotd", "House of the Dragon Season 3: Everything We Know - Radio Times", ""),
        ("hotd", "House of the Dragon Cast Tease Battle of the Gullet in New Season", ""),
        ("hotd", "House of the Dragon Wraps Filming on Third Season", ""),
        ("st", "Stranger Things 5 Volume 2 Breaks Netflix Records", ""),
        ("st", "Stranger Things Final Season Trailer Drops - IGN", ""),
        ("st", "Every Stranger Things Easter Egg in the Final Season", ""),
        ("sh", "Slow Horses Season 5 Premiere Date Set - Deadline", ""),
        ("sh", "Slow Horses Returns for Fifth Season in September", ""),
        ("bm", "Black Mirror Season 7 Trailer Teases USS Callister Sequel", ""),
        ("pf", "Poker Face Season 2 Review: Charlie Cale Is Still on the Run", ""),
        ("br", "Black Rabbit Ending Explained", ""),
        ("br", "Black Rabbit Tops Nielsen Streaming Chart", ""),
        ("br", "Is Black Rabbit Based on a True Story? - Town & Country", ""),
        (
            "br",
            "Black Rabbit Review: Jude Law and Jason Bateman Play Brothers in Over Their Heads",
            "",
        ),
        ("dbl", "Death by Lightning: The True Story of James Garfield's Assassination - Time", ""),
        ("dbl", "Is Death by Lightning Based on a True Story?", ""),
        ("dbl", "Death by Lightning Trailer: Michael Shannon Is President Garfield", ""),
        ("dbl", "Death by Lightning is a gripping history lesson - review", ""),
        ("lf", "Where Was The Last Frontier Filmed? - Parade", ""),
        ("lf", "The Last Frontier Ending Explained: Who Was Behind the Crash?", ""),
        ("lf", "The Last Frontier Review: Jason Clarke Chases Convicts Across Alaska", ""),
        ("dcr", "Down Cemetery Road Episode 1 Recap", ""),
        ("dcr", "Down Cemetery Road is the best thing on TV right now", ""),
        ("dcr", "Down Cemetery Road Review: Emma Thompson Is Magnificent", ""),
        ("bim", "The Beast in Me Ending Explained", ""),
        ("bim", "Who Is the Killer in The Beast in Me? - Tudum", ""),
        ("dw", "Dark Winds Season 4 Premiere Date Set at AMC", ""),
        ("hw", "The Hunting Wives Book vs. Show: Biggest Changes", ""),
        ("hw", "The Hunting Wives Ending, Explained", ""),
        ("omitb", "Only Murders in the Building Season 5 Trailer", ""),
        ("sh", "Slow Horses Is Back With a New Season and Jackson Lamb Is as Filthy as Ever", ""),
        ("omitb", "Only Murders in the Building Sets Fall Return - TVLine", ""),
        ("bm", "Black Mirror Is Back With Its Bleakest New Season Yet - Wired", ""),
        ("st", "Stranger Things Fans Are Not Okay After the Final Season's Last Episode", ""),
        ("hotd", "House of the Dragon Sets June Premiere for New Season", ""),
        ("pf", "Poker Face Returns This Sunday With a New Case of the Week", ""),
        (
            "rf",
            "Rental Family Gets Thanksgiving Release",
            "Searchlight has dated Hikari's Tokyo-set dramedy starring Brendan Fraser for Nov. 21.",
        ),
        (
            "sf",
            "Street Fighter Moves Up a Week",
            "Paramount and Legendary's video game adaptation will now open Oct. 9.",
        ),
    ],
)
def test_real_news_of_a_title_in_everyday_words_is_matched(
    production: str, title: str, summary: str
) -> None:
    assert production in {m.production.id for m in EVERYDAY_TITLES.match(entry(title, summary))}


_ONE_SENSE = Matcher(
    [
        ProductionSpec(id="orbit", title="Perigee Road", aliases=("Perigee",), context=("Neon",)),
        ProductionSpec(id="vote", title="Recount", context=("HBO", "Dana Vale")),
        ProductionSpec(id="halftime", title="Halftime Show", context=("Netflix",)),
        ProductionSpec(id="loser", title="Sore Loser", context=("Universal",)),
        ProductionSpec(id="hush", title="Hushwater", context=("Sony",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # one sense per entry: a use that shows the name is another work's, a place or the
        # everyday words makes every unquoted use there the same
        (
            "Post-Rock Band Halvard Announce New Album ‘Perigee’",
            "The band will release their fifth album, Perigee, on April 5.",
            set(),
        ),
        (
            "Special Election Heads To A Recount",
            "The county will begin the recount Monday; Recount Day is set for April 2.",
            set(),
        ),
        ("Super Bowl Halftime Show Draws 131 Million", "The halftime show drew a record.", set()),
        # ... not with a context word
        (
            "Neon Dates Perigee Road",
            "The band will release their fifth album, Perigee, on April 5; Neon's film follows.",
            {"orbit"},
        ),
        # ... nor a title the entry quotes
        (
            "‘Halftime Show’ Trailer: A Marching-Band Comedy",
            "The film follows a band preparing the big game's halftime show.",
            {"halftime"},
        ),
        # ... nor a use the entry calls a screen work
        (
            "Comedy Bombs With $8M Opening",
            "Sore Loser, the comedy about a sore loser, opened to just $8 million.",
            {"loser"},
        ),
        # ... nor a screen work named after its source
        (
            "‘Hushwater’ First Trailer: Revenge Thriller Arrives Oct. 9",
            "The film is based on the novel 'Hushwater' by Ana Ruiz.",
            {"hush"},
        ),
    ],
)
def test_one_sense_per_entry(title: str, summary: str, expected: set[str]) -> None:
    assert ids(title, summary, _ONE_SENSE) == expected


_OTHER_MEDIUM = Matcher(
    [
        ProductionSpec(id="birds", title="Night Owls", context=("Netflix",)),
        ProductionSpec(id="arcadia", title="Velvet Harbor", context=("A24",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a game's or a band's news, with no word of film or TV: not the watched title
        ("Night Owls: Dawn Raid Announced for Switch 2 With Reveal Trailer", "", set()),
        ("Portland Band Velvet Harbor Drop Debut LP, Announce North American Tour", "", set()),
        # ... but a film's, with its word of film, a red-band trailer, or its source
        ("‘Night Owls’ Launches Red-Band Trailer", "", {"birds"}),
        ("Velvet Harbor Film Gets Soundtrack Album From the Band Tidewater", "", {"arcadia"}),
        ("‘Night Owls’, Based on the Hit Video Game, Opens July 17", "", {"birds"}),
        ("Night Owls | Official Trailer", "Music: 'Lantern' by the band Tidewater.", {"birds"}),
    ],
)
def test_another_mediums_news(title: str, summary: str, expected: set[str]) -> None:
    assert ids(title, summary, _OTHER_MEDIUM) == expected


_NO_SCREEN_NEWS = Matcher(
    [
        ProductionSpec(id="kes", title="Kestrelby", context=("Neon", "Ada Quill")),
        ProductionSpec(id="salt", title="Saltmarsh", kind="series", season=1, context=("HBO",)),
        ProductionSpec(id="kettle", title="Copper Kettle", context=("Focus Features",)),
        ProductionSpec(id="bright", title="Brightwater 2", context=("Sony",)),
        ProductionSpec(id="crown", title="Hollow Crown: Ashes", context=("Warner Bros.",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # no context word and nothing of a film's or a series' news: another thing's name
        ("Crowds expected in Saltmarsh as the summer race meet opens July 13", "", set()),
        (
            "Kestrelby hands-on: the rooftop heist is a stealth dream",
            "We spent three hours with Kestrelby ahead of its May 18 launch.",
            set(),
        ),
        (
            "Saltmarsh opens on Orchard Street on Sept. 12",
            "Reservations open this week; walk-ins are welcome at the counter.",
            set(),
        ),
        ("Kestrelby distillery releases a 25-year-old single malt, on sale Dec. 1", "", set()),
        # ... but the news a film or a series makes, even with no word of film or TV in it
        ("‘Kestrelby’ Scares Up $4.5M In Thursday Previews", "", {"kes"}),
        ("Kestrelby Crosses $300 Million Worldwide", "", {"kes"}),
        ("Copper Kettle Passes $450M Global", "", {"kettle"}),
        ("Saltmarsh Finale Explained: Who Really Killed Dell?", "", {"salt"}),
        ("“Saltmarsh” Starts Strong With Ratings Above 6 Percent", "", {"salt"}),
        ("Kestrelby | Official Big Game Spot", "", {"kes"}),
        ("Kestrelby could be eyeing a summer 2027 release, sources say", "", {"kes"}),
        # ... a numbered or subtitled title, a phrase that names a work on its own
        ("brightwater 2 has been pushed to 2027 :(", "", {"bright"}),
        ("Hollow Crown: Ashes passes $1 billion", "", {"crown"}),
        # ... or a context word
        ("Kestrelby opens Friday", "Ada Quill's heist caper is out.", {"kes"}),
        ("Saltmarsh Is Returning in the Fall", "", {"salt"}),
        ("Alaska ferry Saltmarsh returns to service Feb. 5 after overhaul", "", set()),
        ("Saltmarsh Cast Shares Set Photos", "", {"salt"}),
        # ... a season or a weekend of the calendar is no show's
        ("Kestrelby colony returns to the bridge for the breeding season", "", set()),
        ("Historic Kestrelby reopens Memorial Day weekend after restoration", "", set()),
        # ... nor is an Xbox's or a truck race's series
        ("Kestrelby Gets June 12 Release Date on PC and Xbox Series X|S", "", set()),
        # ... nor a town's festival, nor a place called a spot
        (
            "Copper Kettle block party returns Aug. 16 with three stages and food trucks",
            "The Fishtown street festival runs from noon to 10 p.m.",
            set(),
        ),
        ("Kestrelby, a new seafood spot from the team behind Brine, opens April 6", "", set()),
        ("Kestrelby premieres at the festival on Sept. 4", "", {"kes"}),
        ("Kestrelby | Official Big Game Spot", "The spot airs Sunday.", {"kes"}),
        # a title of several words, a rarer phrase, only where the entry speaks of a place,
        # a business, a boat or an event of the name, and of nothing of a screen work
        (
            "Copper Kettle opens on Orchard Street on Sept. 12",
            "The 60-cover neighbourhood restaurant takes no bookings.",
            set(),
        ),
        ("The 72ft sloop Copper Kettle led the fleet home on opening day", "", set()),
        (
            "Copper Kettle Marina fireworks set for July 4",
            "Organizers said the show starts at 9:45.",
            set(),
        ),
        (
            "New Kestrelby Coaster Sets June 28 Opening Date",
            "It opens to the public next Thursday.",
            set(),
        ),
        ("Copper Kettle opens on Orchard Street on Sept. 12", "", {"kettle"}),
        ("Copper Kettle Is a Sharp Satire of Hollywood Writers' Rooms", "", {"kettle"}),
    ],
)
def test_an_entry_with_nothing_of_screen_news(title: str, summary: str, expected: set[str]) -> None:
    assert ids(title, summary, _NO_SCREEN_NEWS) == expected


_MAKERS = Matcher(
    [
        ProductionSpec(id="anch", title="Anchorage", context=("Paramount", "Oswin Fairclough")),
        ProductionSpec(id="tiger", title="Paper Tiger", context=("A24", "Hester Quaile")),
        ProductionSpec(id="kes", title="Kestrelby", context=("Neon",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a person's possessive before a title is no sign of another maker's work: trade
        # press names a film by its director, whom a watchlist may not list
        (
            "Independent Lens Doc Sets January 23 PBS Premiere",
            "Ruth Oyelaran’s documentary Anchorage follows three refugee families.",
            {"anch"},
        ),
        ("Sundance: Dana Ruiz's short film Paper Tiger wins the jury prize", "", {"tiger"}),
        ("Oswin Fairclough's Anchorage Gets a Trailer", "", {"anch"}),
        ("Dana Ruiz's 'Paper Tiger' Sets Oct. 9 Release", "", {"tiger"}),
        ("Dana Ruiz's thriller Kestrelby Sets Oct. 9 Release", "", {"kes"}),
        ("Bleecker Street's Paper Tiger opens Oct. 9 in theaters", "", {"tiger"}),
        ("Working Title's Paper Tiger opens Oct. 9 in theaters", "", {"tiger"}),
    ],
)
def test_a_makers_possessive_keeps_the_title(title: str, summary: str, expected: set[str]) -> None:
    assert ids(title, summary, _MAKERS) == expected


_DESCRIBED = Matcher(
    [
        ProductionSpec(id="charm", title="Lucky Charm", context=("Focus Features", "Ada Quill")),
        ProductionSpec(id="cord", title="Ripcord", context=("Neon", "Tomas Vile")),
        ProductionSpec(id="loser", title="Ledgerfox", context=("Universal",)),
        ProductionSpec(id="pool", title="Flamingo Drain", context=("Hulu",)),
        ProductionSpec(id="heat", title="Quarry Lights", context=("Legendary",)),
        ProductionSpec(id="wet", title="Tidal Varnish", context=("Mubi",)),
        ProductionSpec(id="ledger", title="The Gilt Ledger", context=("HBO",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an appositive whose words are none of a film's or a series': another thing of
        # that name, whatever screen words the entry has (a game's trailer, a "starring" fox)
        (
            "Lucky Charm, the Cozy Roguelike About a Gambling Fox, Gets a New Trailer",
            "The deckbuilder starring a fox arrives March 9.",
            set(),
        ),
        (
            "Ripcord opens second taproom",
            "Ripcord, the Lodi brewery named for its founders' jumps, opened Saturday.",
            set(),
        ),
        (
            "Ledgerfox Gets a Trailer",
            "Ledgerfox, the robotic bookkeeping startup, raises $60M.",
            set(),
        ),
        (
            "Flamingo Drain premiere set",
            "Flamingo Drain, a Ligurian trattoria, opens its doors Friday.",
            set(),
        ),
        (
            "Park unveils Ripcord, a record-breaking launch coaster opening May 27",
            "",
            set(),
        ),
        (
            "Ripcord opens May 27",
            "Ripcord, a record-breaking heist comedy opening May 27, drops a trailer.",
            {"cord"},
        ),
        # ... not a film's or a series' description, in any of its words
        (
            "Ledgerfox Gets a Trailer",
            "Ledgerfox, the adult animated comedy created by Jo Park, opens June 2.",
            {"loser"},
        ),
        (
            "Quarry Lights Review",
            "Quarry Lights, a loud, sweaty, sincere stock-car drama, opens Friday.",
            {"heat"},
        ),
        (
            "Tidal Varnish trailer",
            "Tidal Varnish, the buzzy Directors’ Fortnight title, is out.",
            {"wet"},
        ),
        # ... nor a clause after it ("the studio said"), a scene after "for", or a list
        ("Ripcord Dated", "The film is Ripcord, the studio said Tuesday, opening May 2.", {"cord"}),
        (
            "Flamingo Drain Trailer",
            "In the trailer for “Flamingo Drain,” a man in a float is sucked into a drain.",
            {"pool"},
        ),
        ("Best of the Fest: Tidal Varnish, The Gilt Ledger and More", "", {"wet", "ledger"}),
        # ... nor beside a context word
        (
            "Lucky Charm Trailer",
            "Lucky Charm, the cozy roguelike's film version from Focus Features, drops a trailer.",
            {"charm"},
        ),
    ],
)
def test_an_appositive_that_describes_another_thing(
    title: str, summary: str, expected: set[str]
) -> None:
    assert ids(title, summary, _DESCRIBED) == expected


_RARE_WORD = Matcher([ProductionSpec(id="divot", title="Divot", context=("A24",))])


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a one-word title in lowercase where the sentence capitalises names is a word,
        # even a word too rare for the frequency lists
        (
            "Open Championship: Akintola’s divot, and the 3-wood that rewrote the leaderboard",
            "",
            set(),
        ),
        ("Reuben Akintola took a divot the size of a dinner plate at Royal Portrush", "", set()),
        # capitalised, it is the title
        ("A24’s Divot Gets a First Trailer", "", {"divot"}),
        ("divot trailer thread", "", {"divot"}),  # (all lowercase: says nothing of case)
    ],
)
def test_a_rare_word_in_lowercase_is_the_word(title: str, summary: str, expected: set[str]) -> None:
    assert ids(title, summary, _RARE_WORD) == expected


_BUSINESS = Matcher(
    [
        ProductionSpec(id="rivet", title="Rivet", kind="series", season=1, context=("Disney+",)),
        ProductionSpec(id="fog", title="Fog Bank", context=("Neon",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a business or a band named by its kind in lowercase is that business or band
        ("Construction robotics startup Rivet raises $40M, plans product release", "", set()),
        ("Portland slowcore trio Fog Bank will release their third album on Aug. 22", "", set()),
        # near miss: the kind capitalised names nothing ("Startup Rivet" as a headline word)
        ("Disney+ Animated Series Rivet Gets First Trailer", "", {"rivet"}),
    ],
)
def test_a_business_or_band_named_by_its_kind(title: str, summary: str, expected: set[str]) -> None:
    assert ids(title, summary, _BUSINESS) == expected


_DASHED = Matcher(
    [
        ProductionSpec(id="anch", title="Anchorwick", context=("Paramount", "Oswin Fair")),
        ProductionSpec(id="zer", title="Zermark", kind="series", season=2, context=("Netflix",)),
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # one part of a name joined by a dash: a route, a ski area, with no context word
        ("Airline adds nonstop Anchorwick–Seoul flights for summer", "", set()),
        ("The Cervin-Zermark downhill returns to the World Cup calendar", "", set()),
        # ... not a headline's compound adjective, nor beside a context word, nor quoted
        ("Anchorwick-Set Thriller Gets a Trailer", "", {"anch"}),
        ("Anchorwick–Seoul Shoot Wraps", "Paramount's thriller wrapped in Korea.", {"anch"}),
        ("‘Anchorwick’–‘Nightfall’ Double Bill Set", "", {"anch"}),
    ],
)
def test_a_title_joined_to_another_name_by_a_dash(
    title: str, summary: str, expected: set[str]
) -> None:
    assert ids(title, summary, _DASHED) == expected


_MAKER_BEFORE = Matcher(
    [ProductionSpec(id="tun", title="Tundrel", kind="series", season=1, context=("Nils Brand",))]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a maker's name right before a one-word title, mid-sentence: the maker's product
        ("The 2035 Toyota Tundrel goes hybrid-only and arrives at dealers this fall", "", set()),
        ("Recall notice", "Owners of the Honda Tundrel should book a repair.", set()),
        # ... not a sentence's first word, a frequent word, a studio, or beside a context word
        ("Watch Tundrel trailer now", "", {"tun"}),
        ("Tundrel Trailer", "Apple dropped the Official Tundrel trailer on Monday.", {"tun"}),
        ("Tundrel Trailer", "The first Netflix Tundrel teaser is here.", {"tun"}),
        ("The 2035 Toyota Tundrel trailer is out", "Nils Brand stars.", {"tun"}),
        # ... nor a headline that capitalises every word
        ("Watch The Haunting Tundrel Trailer", "", {"tun"}),
    ],
)
def test_a_makers_name_right_before_a_one_word_title(
    title: str, summary: str, expected: set[str]
) -> None:
    assert ids(title, summary, _MAKER_BEFORE) == expected


_EXCLUDED = Matcher(
    [
        ProductionSpec(
            id="bird",
            title="Thunderwick",
            context=("Warner Bros.",),
            exclude=("Mozilla Thunderwick",),
        )
    ]
)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an exclude phrase names the other thing, and no context word vouches: every use
        (
            "Mozilla Thunderwick 150 is out with a rebuilt calendar",
            "Mozilla has released Thunderwick 150, the biggest update to the email client.",
            set(),
        ),
        # ... near miss: a context word vouches for the other use
        (
            "Mozilla Thunderwick 150 is out; Thunderwick trailer drops",
            "Warner Bros. dropped the Thunderwick trailer.",
            {"bird"},
        ),
    ],
)
def test_an_exclude_phrase_names_the_entry(title: str, summary: str, expected: set[str]) -> None:
    assert ids(title, summary, _EXCLUDED) == expected


_DIGITS = Matcher([ProductionSpec(id="y1917", title="1917", context=("Sam Mendes", "Universal"))])


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a title of digits has no case to tell the title from a phrase
        (
            "‘1917’ Triumphs at the Box Office With $37 Million",
            "Sam Mendes’ war film leads.",
            {"y1917"},
        ),
        # ... it is still ambiguous: a year, without a context word
        ("Russia in 1917: the revolution's centenary", "", set()),
    ],
)
def test_a_title_of_digits(title: str, summary: str, expected: set[str]) -> None:
    assert ids(title, summary, _DIGITS) == expected
