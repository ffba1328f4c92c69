"""Which watched productions an entry is about, and where their titles stand in it.

All titles, aliases, context words and exclude words of every production go into ONE
Aho-Corasick automaton over folded text (:mod:`tracker.text`), so the cost of matching an
entry does not grow with the watchlist. A hit counts only on whole words.

Rules, in the order they are applied to each title occurrence:

1. Longest title wins: an occurrence inside a longer title of another production ("Peaky
   Blinders" inside "Peaky Blinders: The Immortal Man") is dropped. Productions sharing a
   title (two seasons of one series) each see the occurrence.
2. ``exclude``: an exclude phrase that overlaps the occurrence vetoes that occurrence
   ("Moana 2" for "Moana"), and, in an entry that names none of the production's context
   words and quotes no use of the title, every other use there too ("Mozilla Thunderbird
   150 is out ... Mozilla has released Thunderbird 150"); an exclude phrase elsewhere
   vetoes the production for the whole entry.
3. Numbered sequels and seasons: a title followed by a number ("Moana 2", "Toy Story 6" is
   simply another title) is another film when the production is a film; for a series the
   number is a season ("Stranger Things 4"). A film's title followed by a season ("X Season
   2"), also after a short subtitle ("X: Revolution Season 2"), names a series, another
   production.
4. Typography, for every title: an occurrence inside a longer quoted title ("'Pearl
   Harbor'", "'Naked and Afraid' Season 19") is part of another title; an unquoted
   occurrence in a clause that quotes other titles ("The Odyssey of Making 'F1'") is a
   phrase, since the clause shows how it writes titles, unless the title is numbered
   ("Toy Story 5 Is 'Bigger,' Says Director": a numbered title is never a phrase). The
   same longer title quoted elsewhere in the entry claims a bare occurrence too ("Pixar's
   'Ember & Wade: Date Night'" ... "the short Ember & Wade: Date Night"). An unquoted title
   followed by a capitalised noun of a place, an event or a body ("the Driftwood Festival",
   "Halcyon Hotel") names that. A one-word title, written in lowercase in a sentence
   that capitalises names ("the headliner of A24's slate"), is the word; a word too rare for
   wordfreq's 60,000 most frequent (``data/english_words.txt``), or no word at all, only
   where the sentence starts with a capital too ("Akintola's divot", not "gravewater drops
   tomorrow on Netflix!!!"). An all-lowercase forum post, or a title the admin writes in
   lowercase, is exempt.
5. Ambiguity. ``ProductionSpec.ambiguous`` True/False wins. Otherwise a title is
   ambiguous when, leaving out a leading article, it is
   - one word that is short (four letters or fewer, "Elle"), one of the 10,000 most
     frequent English words ("Harbor", "Mercy"), a weekday or month ("Wednesday") or a
     common first name ("Michael"); or
   - several words, all among the 3,000 most frequent ("Good Sex", "Too Much", "This Is
     Us"); "Stranger Things" or "Slow Horses" are rarer phrases.
   A numbered title ("Frozen 3", "Toy Story 5") is never ambiguous. The frequency list is
   ``data/common_en.txt``, generated from wordfreq (CC-BY-SA 4.0, see its header). An
   ambiguous occurrence counts only when the entry also names one of the production's
   ``context`` words (not inside the occurrence; an owner's possessive right before it
   naming a context person by surname counts: "Wells' 'Last Summer'" for "Charlotte
   Wells"), and it looks like a title: it starts with
   a capital letter (or stands in quotes); it does not follow "a"/"an" ("Is a Hot Mess"); in
   running text (or a sentence-case headline) a one-word title is not glued to another
   capitalised word ("Elle Fanning"); a weekday or month title must be quoted or followed
   by a season, a colon or a bar ("died Wednesday" is a day). A series title directly
   followed by a season ("This Is Us Season 6", "S2"), or quoted with its season named
   in the clause ("'Atlanta' Wraps Production On Seasons 3 & 4"), is a rare phrase and
   needs no context word. A title of less frequent everyday words ("Heavy Rotation", "Gray
   Area") needs none either: real news of such titles often names no context word and no
   mark of a title ("Street Fighter Hits Theaters October 16"), which a rule asking for one
   loses (``EVERYDAY_TITLES`` in tests/test_match.py). Grammar alone marks such words as
   the phrase: after "a"/"an" and a describing word with no screen word after ("in a Legal
   Gray Area", not "a Tense Gray Area Trailer"; beside a context word only after a
   preposition: "Operates in an Ethical Gray Area"), and, with no context word in the
   entry, as the head of "the ... of" ("The Shelf Life of a Viral Trailer") or quoted after
   someone's possessive before a word for a remark or a mood ("Host's 'Sore Loser' Bit").
6. Seasons, for a series with ``season: N``. The season named with the occurrence is read
   right after it ("Season 3", "S3", "season two", "3rd season", "Stranger Things 4", and
   the word in other languages: "Temporada 3", "Saison 2", "Staffel 4"),
   right before it ("season 2 of Arcane", "the second season of", "the third season of
   HBO's", "series two of"), else from the only season number named within a dozen words
   in the same clause, leaving out a comparison's yardstick ("up from Season 5"); several
   seasons at once ("Seasons 3 & 4", "seasons 2 through 4") name each season of the range.
   Another season's number never counts. No season named counts for ``season: 1`` (a new
   series), and for a later season only when the clause speaks of the "new", "upcoming",
   "latest" or "final" season or of the series' return ("Returns This Sunday", "Sets
   Summer Return").
7. The entry as a whole, when it names no context word of the production and no word only
   film or TV news uses (film, season, box office, theaters, a streamer, a festival ...):
   - one sense per entry: where one use of the title is rejected above as another kind of
     work, a place, or the everyday words in lowercase, its other unquoted uses there are
     rejected too ("New Album 'Perihelion'" over "their fifth album, Perihelion, on April
     5"), unless the entry calls a use a screen work (", the comedy about ...") or names a
     source it was adapted from; for a place or the words, a trailer, a premiere or
     streaming in the entry is enough to keep them ("Fairbanks Wraps Filming ... the
     Fairbanks Airport terminal" keeps its shoot);
   - a game's or a band's news (gameplay, DLC, Switch 2, PS5; a band, a debut LP, a world
     tour; for music, with no trailer or teaser in the entry) is not the title's.
   - nor is news with nothing of a film's or a series' in it at all: none of those words,
     nor of the news such a work makes (box office, previews, ratings, a finale, a spot, a
     release): "Iditarod sets ceremonial start in Anchorage for March 4" is the city's.
     This is for a one-word title that is not quoted, is not followed by its season or its
     return ("Arcane Is Returning in the Fall"), and is not numbered or subtitled ("Frozen
     3"), all of which name a work whatever surrounds them. Titles of several words are
     left out: real news of them often names none of those words ("Street Fighter Reboot
     Casts Cody Rhodes as Guile", ``EVERYDAY_TITLES`` in tests/test_match.py), except
     where the entry names a place, a business, a boat or an event besides ("Quarry Lane
     Kitchen, a 60-cover neighbourhood restaurant, opens May 4"). A season or a weekend
     of the calendar ("the breeding season", "Memorial Day weekend") is no show's.
     A person's possessive before the title ("Ruth Oyelaran's documentary Anchorage") is
     not read as another maker's work: trade press names a film by its director, whom a
     watchlist may not list (measured in session 15: it lost 11 of 20 such real-news
     probes).
8. What the entry calls the title, when it names no context word of the production, even
   beside film words: an appositive right after it whose words are none of a film's or a
   series' (``_SCREEN_HEADS``: kinds, genres, "sequel", "debut", "the latest", festivals,
   studios) names another thing of that name, and so every use in the entry ("Lucky
   Charm, the Cozy Roguelike About a Gambling Fox, Gets a New Trailer"; "Ripcord, the
   Lodi brewery named for ..."). The words are read, not looked up in a list of other
   media, which never ends. It is no appositive when it reads as a clause ("X, the studio
   said Tuesday"), a list of names ("X, The Gilt Ledger and More"), a headline's praise
   ("'X,' A Game-Changer For Its Studio, Opens Friday"), a possessive ("the studio's
   adaptation"), or when the title follows a preposition ("the trailer for 'X,' a man in a
   float ...": a scene).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources import files

import ahocorasick

from tracker.domain import Entry, ProductionSpec
from tracker.text import Document, document, fold_phrase, quoted_spans, skeleton

__all__ = [
    "COMMON_WORDS",
    "Match",
    "Matcher",
    "Occurrence",
    "is_ambiguous",
    "note",
    "renewed_season",
    "seasons_named",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _load_common_words() -> dict[str, int]:
    """Folded English words by frequency rank (0 = most frequent), from ``data/common_en.txt``."""
    text = (files("tracker") / "data" / "common_en.txt").read_text(encoding="utf-8")
    words = [w for w in text.split("\n") if w and not w.startswith("#")]
    return {w: i for i, w in reversed(list(enumerate(words)))}


@functools.cache
def _english_words() -> frozenset[str]:
    """Less frequent English words (ranks 10,000 to 60,000), from ``data/english_words.txt``."""
    text = (files("tracker") / "data" / "english_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


#: Rank of each of the most frequent English words (wordfreq's top 10,000, folded).
WORD_RANKS = _load_common_words()
COMMON_WORDS = frozenset(WORD_RANKS)
_ONE_WORD_RANK = 10_000  # a one-word title among these many words is an everyday word
_PHRASE_RANK = 3_000  # a title of several words all among these many is an everyday phrase
_CALENDAR = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december "
)
_FIRST_NAMES = _words(
    "michael john james david robert william richard joseph thomas charles chris christopher "
    "daniel matthew anthony mark paul steven andrew joshua kevin brian george edward mary "
    "patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret "
    "emily emma olivia sophia grace alice anna maria rose lily ruby jack harry max sam "
    "ben tom lucy kate julia "
)
_ARTICLES = frozenset({"the", "a", "an"})
_NUMBER_WORD = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
_ORDINAL_WORD = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_WORD_VALUES = (
    {
        w: i + 1
        for i, w in enumerate(
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        )
    }
    | {w: i + 1 for i, w in enumerate(_ORDINAL_WORD.split("|"))}
    | {"freshman": 1, "sophomore": 2}
)


#: "season" in the languages of non-English video channels ("Temporada 3 | Tráiler oficial")
_SEASON_ABROAD = r"temporada|saison|staffel|stagione|seizoen|sezon|sasong"


def _season_pattern(g: str) -> str:
    return (
        rf"(?:season|series|{_SEASON_ABROAD}) (?P<{g}a>{_NUMBER_WORD})\b"
        rf"|s ?(?P<{g}b>\d{{1,2}})(?:e\d{{1,3}})?\b"
        rf"|(?P<{g}c>\d{{1,2}})(?:st|nd|rd|th) (?:season|series)\b"
        rf"|(?P<{g}d>{_ORDINAL_WORD}) (?:season|series|installment|instalment)\b"
        # "the sophomore finale", "its freshman run": season 2, season 1
        rf"|(?P<{g}e>freshman|sophomore) (?:season|series|run|outing|finale|premiere|year)\b"
        # an episode by season and number: "4x03" (folded "4x 03")
        # (not a British order's "6x60": six episodes of sixty minutes)
        rf"|(?P<{g}f>\d{{1,2}})x [0-2]?\d\b"
    )


_COUNTED = (
    r"(?:million|billion|thousand|percent|things|ways|reasons|times|years|days|hours|minutes|"
    r"episodes|of)"
)
_AFTER = re.compile(
    rf" (?:the )?(?:{_season_pattern('x')}|(?P<num>\d{{1,2}}|ii|iii|iv|vi)\b(?! {_COUNTED}\b))"
)
#: "season 2 of ", "the third season of Peacock's ", "series two of the BBC's "
_BEFORE = re.compile(
    rf"(?:{_season_pattern('x')}) of (?:the )?(?:(?!and |or |the )[a-z0-9]+ ){{0,2}}\Z"
)
_ANY_SEASON = re.compile(rf"\b(?:{_season_pattern('x')})")
#: several seasons at once: "Seasons 3 & 4", "seasons 2 through 4", "Seasons 3-4"
_SEASONS = re.compile(r"\bseasons (?P<lo>\d{1,2}) (?:and |to |through |thru )?(?P<hi>\d{1,2})\b")
#: "last season" as the series' own ("its last season", "X's last season", "X Last Season
#: Premieres"); an adverb ending its clause after past results is the previous season ("drew
#: 4M viewers last season", "ratings were down last season and ...")
_LAST = "".join(f"(?<=\\b{w} )" for w in ("the", "its", "their", "s", "and", "a")).replace(
    ")(?<=", ")|(?<="
)
#: a return that is not the series' next season: its maker's ("creator returns with a new
#: drama"), a one-off special ("returns for a Christmas special")
_NOT_ITS_RETURN_BEFORE = "".join(
    f"(?<!{w} )"
    for w in str.split(
        "creator creators showrunner showrunners star stars director writer writers producer "
        "alum cast host"
    )
)
_NOT_ITS_RETURN_AFTER = r"(?! with (?:a |an |her |his |their )?new\b| (?:\w+ ){0,4}?specials?\b)"
#: the clause speaks of the next season: "new season", "final season", the series'
#: return ("Returns This Sunday", "Sets Summer 2022 Return"), or a slate of coming seasons
#: ("Sets Spring Premieres", "Fall Premiere Dates", "2027 TV Slate")
_NEW_SEASON = re.compile(
    rf"\b(?:(?:new|upcoming|latest|brand new|final) season|(?:{_LAST})last season|"
    r"last season(?= \w)(?! (?:and|but|when|while|as|after|before|with|for|on|in|than|"
    r"compared|alone|s)\b)|"
    rf"{_NOT_ITS_RETURN_BEFORE}(?:returns?|returning){_NOT_ITS_RETURN_AFTER}|comeback|"
    r"(?:spring|summer|fall|autumn|winter|midseason|\d{4}) premieres|premiere dates|"
    r"series finale|"
    # a season's halves: "midseason premiere recap", "the back half", "Part 2"
    r"midseason (?:premiere|finale|return)|back half|"
    r"(?:tv|series|\d{4}) slate)\b"
)
_OPEN_QUOTES = "'\"‘“«"
_SEASON_WINDOW = 80  # folded characters either side, about a dozen words


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One place a production's title stands in the folded document."""

    start: int
    end: int
    season: int | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A production an entry is about, with the accepted occurrences of its title."""

    production: ProductionSpec
    occurrences: tuple[Occurrence, ...]


#: a year right before a title ("Graves' 1986 'Cloudburst'", "1986's Cloudburst"), folded
_KIND_WORD = (
    r"(?:animated|original|classic|cult|comedy|drama|musical|horror|thriller|western|film|"
    r"movie|hit|version|cartoon|romance|adventure|fantasy|sci fi|action|family|war|crime|"
    r"mystery|satire|noir|series|show|serial|documentary|doc|docuseries|miniseries|sitcom|"
    r"special|biopic|feature|slasher|chiller|creature feature|spy thriller|teen comedy|"
    r"romcom|rom com|epic|blockbuster|indie)"
)
_KIND_WORDS = rf"(?:{_KIND_WORD} ){{0,2}}"
#: "the 1986 film ", "1974 serial ", "2019 surf documentary " (one describing word before a
#: kind) right before a title (folded)
_YEAR_BEFORE = re.compile(
    rf"\b(?P<y>1[89]\d\d|20\d\d)(?: s)? "
    # (not where a story is set: "the 2019-set drama")
    rf"(?:{_KIND_WORDS}|(?!set |era |based )[a-z]+ (?:{_KIND_WORD} ){{1,2}})\Z"
)
#: a year as an attribute, a few words before: "Columbia's 1987 desert adventure The Falconer"
_DETERMINED_YEAR_BEFORE = re.compile(
    r"(?:\b(?i:the|a|an|its|their)|[’']s?)\s+(?P<y>1[89]\d\d|20\d\d)"
    # not a festival's or an award's year: "Searchlight's 2024 Cannes Winner 'X'"
    r"(?:\s+(?!(?i:cannes|sundance|venice|berlin|berlinale|tiff|toronto|sxsw|telluride|"
    r"tribeca|festival|winner|breakout|hit|favorite|darling|contender|oscar|emmy|palme)\b)"
    r"[A-Za-z-]+){0,3}\s+"
    r"[“\"‘']?\Z"
)
#: "Why the Original 'Brass Kingdom' Flopped": the earlier work of a remake's name (folded)
_ORIGINAL_BEFORE = re.compile(rf"\bthe original {_KIND_WORDS}\Z")
_ORIGINAL_LEADS = re.compile(rf"original {_KIND_WORDS}")
_YEAR_APPOSITIVE = re.compile(
    r"[’'\"”]?,[’'\"”]?\s+(?:(?i:the|a|an)|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s)\s+"
    r"(?P<y>1[89]\d\d|20\d\d)\s+[A-Za-z]"
)
_OWNER_ORIGINAL = re.compile(r"[’']s\s+original\s+[‘'\"“]?\Z")
#: an anniversary's age right after it (source text): "'Mother Maybelle' at 48:", "Turns 30"
_AGE_AFTER = re.compile(
    r"(?i)[’'\"”]?\s+(?:at|turns)\s+(?P<age>[2-9]\d|1\d\d)(?::(?!\d)|\s+years\b|\s*$|\s+[-–—|])"
)
#: a year in brackets right after it ("Cloudburst (1986)"), source text
_YEAR_AFTER = re.compile(
    r"[’'\"”]?\s*\((?P<y>1[89]\d\d|20\d\d)\)|"
    # "'The Tinker's Wife' 1971 Restoration"
    r"[’'\"”]?\s+(?P<r>1[89]\d\d|20\d\d)\s+(?i:restoration|remaster|original|version|classic|"
    r"director'?s cut|edition|re-?release)\b"
)


def without_older_works(
    doc: Document, matches: list[Match], year: int, notes: list[str] | None = None
) -> list[Match]:
    """``matches`` without the occurrences a past year marks as an older work of the same
    name ("Lionel Graves' 1986 'Cloudburst' Returns to Theaters" when the remake is
    watched): a year at least two before ``year``, the entry's, right before or after."""
    out: list[Match] = []
    for m in matches:
        remake = any(fold_phrase(c) in ("remake", "reboot") for c in m.production.context)
        kept = []
        for o in m.occurrences:
            source_start = doc.folded.to_source(o.start)
            before = _YEAR_BEFORE.search(doc.text, max(0, o.start - 30), o.start) or (
                _DETERMINED_YEAR_BEFORE.search(doc.source, max(0, source_start - 60), source_start)
            )
            after = _YEAR_AFTER.match(doc.source, _source_end(doc, o.end)) or (
                # "Casting Off, the 1976 rowing comedy starring ..."
                _YEAR_APPOSITIVE.match(doc.source, _source_end(doc, o.end))
            )
            # in the headline only: "'Mother Maybelle' at 48: ...", "X Turns 30"
            aged = _AGE_AFTER.match(doc.source, _source_end(doc, o.end), doc.title_end)
            years = [
                int(x.groupdict()["y"] or x.groupdict().get("r") or 0) for x in (before, after) if x
            ]
            old = [y for y in years if y <= year - 2]
            if (
                old
                and source_start < doc.title_end
                and (remake or _names_context(doc, m.production))
                and _REMAKE_OF_BEFORE.search(doc.text, max(0, o.start - 60), o.start)
            ):
                # a headline "Remake of Cult 1987 Indie 'X' Starts Filming" where the entry
                # names the remake's studio or people: the remake's news, named by its source
                # (not "Searchlight's remake of the 1962 comedy X" in running text)
                old = []
            seg = doc.segment_at(o.start)
            if (
                _ORIGINAL_BEFORE.search(doc.text, max(0, o.start - 40), o.start)
                # "Taiwan's original 'Stray Cat Summer'", of a remake (not "DreamWorks'
                # original X": a film of its own)
                or (
                    remake
                    and _OWNER_ORIGINAL.search(doc.source, max(0, source_start - 20), source_start)
                )
            ) or (
                # a headline that starts "Original 'Candle Factory' Gets 4K Restoration"
                seg is not None and _ORIGINAL_LEADS.fullmatch(doc.text, seg.fstart, o.start)
            ):
                old.append(0)
            if aged:
                old.append(0)
            if old:
                named = doc.original(o.start, o.end)
                when = f"of {old[0]}" if old[0] else "called the original"
                when = f"marked by its age ({aged.group('age')})" if aged else when
                note(notes, f"{m.production.id}: {named!r} {when}: an older work of that name")
            else:
                kept.append(o)
        if (
            kept
            and len(kept) < len(m.occurrences)
            and not _names_context(doc, m.production)
            # (not where the entry names the new work: "Pairs 1987 Original X With Its Remake")
            and not _NEW_VERSION.search(doc.text)
        ):
            # one sense per entry: "Criterion Restores 1987 Canadian Drama 'X'" over "X,
            # about a farm widow, returns to theaters March 19" is the old film throughout
            note(notes, f"{m.production.id}: the entry speaks of the older work throughout")
            kept = []
        if kept:
            out.append(Match(m.production, tuple(kept)))
    return out


#: a new version "of" the older work, right before its year and kind (folded): "remake of
#: cult 1987 indie "
_REMAKE_OF_BEFORE = re.compile(
    r"\b(?:remake|reboot|reimagining|new version|new take|remaking|rebooting) of "
    r"(?:the |a |an )?(?:[\w-]+ ){0,4}\Z"
)
#: words for a new version of an older work (folded)
_NEW_VERSION = re.compile(
    r"\b(?:remake|remakes|reboot|reimagining|new version|adaptation|new film|new movie|"
    r"new series|the new)\b"
)


def _names_context(doc: Document, spec: ProductionSpec) -> bool:
    """Whether the entry names one of ``spec``'s context words, as whole words."""
    padded = f" {doc.text} "
    return any(f" {c} " in padded for c in (fold_phrase(x) for x in spec.context) if c)


@dataclass(slots=True)
class _Hits:
    titles: list[tuple[int, int]] = field(default_factory=list)
    context: list[tuple[int, int]] = field(default_factory=list)
    exclude: list[tuple[int, int]] = field(default_factory=list)
    #: a title without its leading "The" ("'Lamplighter'" for "The Lamplighter")
    bare: list[tuple[int, int]] = field(default_factory=list)


def _core_words(title: str) -> tuple[list[str], bool]:
    words = fold_phrase(title).split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    numbered = len(words) > 1 and re.fullmatch(r"\d{1,2}|[ivx]{1,4}", words[-1]) is not None
    return (words[:-1] if numbered else words), numbered


def _is_everyday(word: str, rank: int) -> bool:
    return WORD_RANKS.get(word, rank) < rank or word in _CALENDAR or word in _FIRST_NAMES


def is_ambiguous(spec: ProductionSpec) -> bool:
    """Whether ``spec``'s title needs a context word to count (rule 4 of the docstring)."""
    if spec.ambiguous is not None:
        return spec.ambiguous
    words, numbered = _core_words(spec.title)
    if not words:
        return True
    if numbered:
        return False  # "Frozen 3" is a rare phrase
    if len(words) == 1:
        return len(words[0]) <= 4 or _is_everyday(words[0], _ONE_WORD_RANK)
    return all(_is_everyday(w, _PHRASE_RANK) for w in words)


def _season_value(m: re.Match[str], g: str = "x") -> int | None:
    for name in (f"{g}a", f"{g}b", f"{g}c", f"{g}d", f"{g}e", f"{g}f"):
        value = m.group(name)
        if value:
            return int(value) if value.isdigit() else _WORD_VALUES.get(value)
    return None


#: "renewed for season 3", "renews X for a third season", "Renewed Season 3", "Season 3
#: Renewed" (folded text)
_RENEWED = re.compile(
    rf"\brenew(?:ed|s|al|ing)?(?:(?: \w+){{0,4}}? for (?:a |its )?| )(?:{_season_pattern('x')})|"
    rf"\b(?:{_season_pattern('y')}) (?:\w+ )?(?:renewal|renewed)\b"
)


#: a season named as still to come: "Ahead of Season 2 Debut", "before its second season
#: premieres" (folded)
_AHEAD_OF_SEASON = re.compile(
    rf"\b(?:ahead of|before|until|awaiting) (?:the |its )?(?:{_season_pattern('x')}) "
    r"(?:debut|premiere|premieres|return|returns|launch|bow|arrival|arrives)\b|"
    # a season ahead with no noun after it: "Re-Enters Chart Ahead Of Season 2", "ahead of its
    # second season, ..." (not "ahead of the season 2 finale", "before season 2 ends")
    rf"\b(?:ahead of|awaiting) (?:the |its )?(?:{_season_pattern('z')})(?<!finale)"
    r"(?! (?:finale|finales|episode|episodes|midseason|mid season|part|volume|ending|ends|"
    r"conclusion|wraps?|closer|cliffhanger|twist|premiere|premieres|debut|return|returns|launch|"
    r"bow|arrival|arrives|\d))|"
    # an ending read for what comes next: "what it means for series four", "sets up season 3",
    # "what the ending means for the show's third season", "Teases Season 3"
    r"\b(?:(?:what (?:it|this|that|the \w+) means?|what s next|what comes next|theories|"
    r"clues?|hints?) (?:for|in|about)|(?:sets?|setting) up|teases?|teasing|hints? at)"
    rf" (?:(?:the |a |its )?[a-z]+ (?:s )?){{0,3}}?(?:{_season_pattern('y')})"
)


def season_word_value(word: str) -> int | None:
    """The season a word names ("second", "sophomore": 2), or None ("previous")."""
    return _WORD_VALUES.get(word)


def seasons_ahead(text: str) -> set[int]:
    """The seasons folded ``text`` names as not out yet ("ahead of Season 2 debut": {2})."""
    return {
        v
        for m in _AHEAD_OF_SEASON.finditer(text)
        if (v := _season_value(m) or _season_value(m, "y") or _season_value(m, "z")) is not None
    }


def seasons_named(text: str, lo: int, hi: int) -> set[int]:
    """The seasons folded ``text[lo:hi]`` names ("Season 4 will move the cabin": {4})."""
    return {v for m in _ANY_SEASON.finditer(text, lo, hi) if (v := _season_value(m)) is not None}


def season_of_after(text: str, pos: int, end: int) -> int | None:
    """The season folded ``text`` names right at ``pos`` as a cue's object, "(shooting) the
    second season of X" (2), or None."""
    m = _SEASON_OF_AFTER.match(text, pos, end)
    return _season_value(m) if m else None


_SEASON_OF_AFTER = re.compile(rf" (?:the |its |a )?(?:{_season_pattern('x')}) of\b")


def seasons_counted(text: str) -> int | None:
    """How many seasons folded ``text`` counts as out ("all five seasons of X are now
    streaming": 5), or None."""
    m = _SEASONS_COUNTED.search(text)
    if m is None:
        return None
    n = m.group("n")
    if n is None:
        return 2  # "both seasons of"
    return int(n) if n.isdigit() else _WORD_VALUES.get(n)


#: "all five seasons", "the first three seasons", "its previous 4 seasons" (folded)
_SEASONS_COUNTED = re.compile(
    r"\b(?:all|the first|the previous|its previous|the past|its first|every one of the) "
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) seasons of\b|"
    r"\bboth seasons of\b"
)


def renewed_season(text: str) -> int | None:
    """The season a renewal in folded ``text`` is for ("renewed for season 3": 3), or None."""
    m = _RENEWED.search(text)
    return (_season_value(m) or _season_value(m, "y")) if m else None


class _Production:
    """A spec with what matching needs precomputed."""

    def __init__(self, spec: ProductionSpec) -> None:
        self.spec = spec
        self.ambiguous = is_ambiguous(spec)
        core, numbered = _core_words(spec.title)
        self.calendar = len(core) == 1 and core[0] in _CALENDAR
        self.single_word = len(core) == 1
        #: the admin writes it with a capital ("Headliner", not "mother!")
        #: an English word the admin writes with a capital ("Headliner", not "mother!", not
        #: "Gravewater"): in lowercase, in a sentence that capitalises names, the word
        self.word_title = (
            self.single_word
            and re.sub(r"(?i)^(?:the|a|an)\s+", "", spec.title)[:1].isupper()
            and (core[0] in COMMON_WORDS or core[0] in _english_words())
        )
        #: one word the admin writes with a capital, English or not ("Divot", "Gravewater"):
        #: in lowercase, in a sentence that starts with a capital and capitalises names, not
        #: the title
        self.capitalised_word = (
            self.single_word
            and not numbered
            and re.sub(r"(?i)^(?:the|a|an)\s+", "", spec.title)[:1].isupper()
        )
        #: several everyday words, no leading article ("Gray Area", "Good Sex"): after "a"
        #: and a describing word ("in a Legal Gray Area") the phrase, not the title
        self.phrase_words = (
            not numbered
            and len(core) > 1
            and core == fold_phrase(spec.title).split()
            and all(_is_everyday(w, _ONE_WORD_RANK) for w in core)
        )
        #: a title of English words only, no number ("Anchorage", "Paper Tiger"): a name
        #: other things have too
        self.dictionary_title = not numbered and all(
            w in COMMON_WORDS or w in _english_words() for w in core
        )
        self.title_numbered = bool(re.search(r"\d\s*$", spec.title))
        #: a numbered title ("Ironjaw 2", "Toy Story 5") is never a phrase
        self.phrase_like = not numbered
        #: the last words of context names ("Wells" of "Charlotte Wells"): an owner's
        #: possessive right before the title ("Wells' 'Last Summer'") is a context word too
        self.surnames = frozenset(
            words[-1] for words in (fold_phrase(c).split() for c in spec.context) if len(words) > 1
        ) | frozenset(w for w in (fold_phrase(c) for c in spec.context) if " " not in w)


def _needed_words(p: _Production) -> tuple[str, ...] | None:
    """What :meth:`Matcher.may_name` looks for besides a title's key word: for an ambiguous
    film, each context word and surname as a word start (" dunham"), since matching counts
    its title only beside one of them (a film has no season to vouch for it instead), or
    "box office".
    None, no condition, when a context word folds to something a skeleton need not show."""
    if not p.ambiguous or p.spec.kind != "film":
        return None
    words = {fold_phrase(c) for c in p.spec.context} | set(p.surnames)
    if any(not w or skeleton(w) != w for w in words):
        return None
    # or a box-office headline, or a gross right after the title, which vouch for a quoted
    # title (_box_office_headline, _RANKED_GROSS)
    return tuple(f" {w}" for w in sorted(words | {"box office", *_CURRENCIES}))


#: Words :func:`tracker.text.fold` makes up ("&" → "and", "%" → "percent", "won't" →
#: "will not"): a skeleton need not show them, so they never serve as a title's key word.
_MADE_BY_FOLDING = frozenset({"and", "percent", "will", "can", "shall", "is", "not"})


def key_word(folded_title: str) -> str | None:
    """The word of a folded title or alias that :meth:`Matcher.may_name` looks for: its
    rarest (numbers count as the commonest); None when no word can serve."""
    words = [w for w in folded_title.split() if w.isalnum() and w not in _MADE_BY_FOLDING]
    if not words:
        return None
    return max(words, key=lambda w: -1 if w.isdigit() else WORD_RANKS.get(w, len(WORD_RANKS)))


class Matcher:
    """Finds watched productions in entries with one automaton for the whole watchlist."""

    def __init__(self, productions: Sequence[ProductionSpec]) -> None:
        self._productions = [_Production(p) for p in productions]
        self._key_words = ahocorasick.Automaton()
        self._any_entry = False  # a title with no key word: every entry may name it
        #: which productions each key word may name
        self._named_by: dict[str, set[int]] = {}
        #: per production, the words of which one must be in an entry for its title to
        #: count there: an ambiguous film's context words (None: no such condition)
        self._needs = [_needed_words(p) for p in self._productions]
        table: dict[str, list[tuple[str, int]]] = {}
        for i, p in enumerate(productions):
            for role, words in (
                ("title", (p.title, *p.aliases)),
                ("context", p.context),
                ("exclude", p.exclude),
            ):
                for word in words:
                    key = fold_phrase(word)
                    if key and (role, i) not in table.setdefault(key, []):
                        table[key].append((role, i))
                        if role == "title" and ("bare", i) in table[key]:
                            table[key].remove(("bare", i))  # an alias spelled without "The"
                    bare = key.removeprefix("the ") if role == "title" else key
                    if bare != key and not {("bare", i), ("title", i)} & set(
                        table.setdefault(bare, [])
                    ):
                        table[bare].append(("bare", i))  # "'Lamplighter' Teaser" names it
                    if role == "title" and key:
                        kw = key_word(key)
                        if kw is None:
                            self._any_entry = True
                        else:
                            self._key_words.add_word(kw, kw)
                            self._named_by.setdefault(kw, set()).add(i)
        if len(self._key_words):
            self._key_words.make_automaton()
        self._automaton = ahocorasick.Automaton()
        for key, payload in table.items():
            self._automaton.add_word(key, (key, tuple(payload)))
        self._ready = bool(table)
        if self._ready:
            self._automaton.make_automaton()

    @property
    def productions(self) -> tuple[ProductionSpec, ...]:
        return tuple(p.spec for p in self._productions)

    def may_name(self, title: str, summary: str) -> bool:
        """False when the entry surely names no watched title: a test costing a few
        microseconds, so that most entries of a busy feed skip folding and matching."""
        if self._any_entry:
            return True
        if not len(self._key_words):
            return False
        text = skeleton(f"{title}\n{summary}")
        last = len(text) - 1
        padded = f" {text}"
        for end, word in self._key_words.iter(text):
            start = end - len(word) + 1
            if (start == 0 or text[start - 1] == " ") and (end == last or text[end + 1] == " "):
                for i in self._named_by[word]:
                    needs = self._needs[i]
                    if needs is None or any(w in padded for w in needs):
                        return True
        return False

    def match(self, entry: Entry) -> list[Match]:
        """The productions ``entry`` is about, with where their titles occur."""
        return self.match_document(document(entry.title, entry.summary))

    def explain(self, entry: Entry) -> list[str]:
        """Why titles found in ``entry`` did or did not count."""
        notes: list[str] = []
        self.match_document(document(entry.title, entry.summary), notes)
        return notes

    def match_document(self, doc: Document, notes: list[str] | None = None) -> list[Match]:
        """Like :meth:`match`, for an already built document; ``notes`` collects reasons."""
        hits = self._hits(doc.text)
        quotes = _Quotes.of(doc, [t for h in hits.values() for t in h.titles])
        out: list[Match] = []
        for i, h in sorted(hits.items()):
            if not h.titles:
                continue
            accepted = self._accept(self._productions[i], h, doc, quotes, notes)
            if accepted:
                out.append(Match(self._productions[i].spec, tuple(accepted)))
        return out

    def _hits(self, text: str) -> dict[int, _Hits]:
        hits: dict[int, _Hits] = {}
        if not self._ready:
            return hits
        found: list[tuple[int, int, tuple[tuple[str, int], ...]]] = []
        for last, (key, payload) in self._automaton.iter(text):
            start, end = last - len(key) + 1, last + 1
            if (start and text[start - 1] != " ") or (end < len(text) and text[end] != " "):
                continue
            found.append((start, end, payload))
        inner = _inside_longer(
            {(s, e) for s, e, pl in found if any(r in ("title", "bare") for r, _ in pl)}
        )
        for start, end, payload in found:
            for role, i in payload:
                h = hits.setdefault(i, _Hits())
                if role not in ("title", "bare"):
                    getattr(h, role).append((start, end))
                elif (start, end) not in inner:
                    h.titles.append((start, end))
                    if role == "bare":
                        h.bare.append((start, end))
        return hits

    def _accept(
        self, p: _Production, h: _Hits, doc: Document, quotes: _Quotes, notes: list[str] | None
    ) -> list[Occurrence]:
        name = p.spec.id
        titles = [
            t
            for t in h.titles
            if not any(s <= t[0] and t[1] <= e and (s, e) != t for s, e in h.titles)
        ]
        lone_excludes = [x for x in h.exclude if not any(x[0] < e and s < x[1] for s, e in titles)]
        if lone_excludes:
            note(notes, f"{name}: vetoed by exclude word {doc.original(*lone_excludes[0])!r}")
            return []
        if (
            titles
            and not h.context
            and len(lone_excludes) < len(h.exclude)
            and not any(quotes.quoted(doc, s, e) for s, e in titles)
        ):
            # an exclude phrase names the other thing in the entry, and no context word or
            # quotes vouch: its other uses there are that thing too ("Mozilla Thunderbird 150
            # is out ... Mozilla has released Thunderbird 150"; not "'Moana' Opens Two Years
            # After 'Moana 2'")
            note(notes, f"{name}: exclude word {doc.original(*h.exclude[0])!r} names the entry")
            return []
        if titles and not h.context:
            veto = _other_maker_or_medium(doc, titles)
            if veto:
                note(notes, f"{name}: {veto}")
                return []
            # (a game has trailers of its own; a band has none)
            other = _GAME_WORDS.search(doc.text) or (
                None if _TRAILER_WORDS.search(doc.text) else _MUSIC_WORDS.search(doc.text)
            )
            if other and not _SCREEN_WORDS.search(doc.text) and not _ADAPTED.search(doc.text):
                # "Early Birds: Dawn Patrol Announced for Switch 2 With Reveal Trailer",
                # "Portland Band Velvet Arcadia Drop Debut LP": a game's or a band's news
                note(notes, f"{name}: the entry speaks of {other.group()!r}, of no film or TV")
                return []
        accepted: list[Occurrence] = []
        other_sense = ""
        medium = strong = strong_headline = False
        for start, end in titles:
            reason, occ = self._judge(p, h, doc, quotes, start, end)
            if occ is None:
                note(notes, f"{name}: {doc.original(start, end)!r} not counted: {reason}")
                if not other_sense and _OTHER_SENSE.search(reason):
                    other_sense = doc.original(start, end)
                    medium = "kind of work" in reason or "game" in reason
                    strong = _STRONG_SENSE.search(reason) is not None
                    # (a headline naming the game or the song outright: the entry is about
                    # it, whatever context word its summary names as its source)
                    strong_headline = strong and start < doc.folded.to_folded(doc.title_end)
            else:
                accepted.append(occ)
        unvouched = (
            bool(accepted)
            and not h.context
            and not p.ambiguous
            and not _names_a_work(p, doc, quotes, accepted)
            and not _screen_news(doc.text)
        )
        if unvouched and p.single_word:
            # "Iditarod sets ceremonial start in Anchorage for March 4", "Kings Island unveils
            # Kingfisher, a launch coaster opening May 27": a one-word name, in nothing like
            # news of a film or a series
            note(notes, f"{name}: the entry speaks of nothing a film or a series has")
            return []
        if (
            unvouched
            and p.dictionary_title
            and (place := _OTHER_THING.search(_outside(doc.text, accepted)))
        ):
            # "Quarry Lane Kitchen, a 60-cover neighbourhood restaurant, opens May 4", "The
            # 72ft sloop Evening Tide led the fleet home": a place, a business or a boat of
            # the name, and nothing of a film's or a series' news
            note(notes, f"{name}: the entry speaks of a {place.group()}, of no film or series")
            return []
        if accepted and other_sense and strong and (not h.context or strong_headline):
            # a song's video, a game's longer title: the entry is about that work, whatever it
            # says of the film made from it or of its trailer
            note(notes, f"{name}: {other_sense!r} is another work's name here, so every use is")
            return []
        if (
            accepted
            and other_sense
            and not h.context
            # only where nothing in the entry speaks of film or TV: real news of a film named
            # after a place or a phrase names both ("Fairbanks Wraps Filming ... the Fairbanks
            # Airport terminal"); another kind of work has trailers and release dates of its own
            and not _SCREEN_WORDS.search(doc.text)
            and not (not medium and _SCREEN_WORDS_TOO.search(doc.text))
            # (not a screen work named after its source: "based on the novel 'Hushwater'")
            and not _ADAPTED.search(doc.text)
            # (nor a use the entry calls a screen work: "Sore Loser, the comedy about a sore
            # loser, opened to $8 million")
            and not any(
                _SCREEN_APPOSITIVE.match(doc.source, _source_end(doc, o.end)) for o in accepted
            )
            # (nor a title the entry sets in quotes: "'Halftime Show' Trailer: A Comedy About
            # the Big Game's halftime show"; a song's or a book's name is quoted too)
            and not (not medium and any(quotes.quoted(doc, o.start, o.end) for o in accepted))
        ):
            # one sense per entry: where the entry shows the name is another work's or the
            # everyday words', its other uses there are too ("New Album 'Perihelion'" over
            # "their fifth album, Perihelion, on April 5"), unless a context word vouches
            note(notes, f"{name}: {other_sense!r} means something else here, so every use does")
            return []
        return accepted

    def _judge(
        self, p: _Production, h: _Hits, doc: Document, quotes: _Quotes, start: int, end: int
    ) -> tuple[str, Occurrence | None]:
        text = doc.text
        if any(x[0] < end and start < x[1] for x in h.exclude):
            return "inside an exclude phrase", None
        after = _AFTER.match(text, end) if not p.title_numbered else None
        season = _season_value(after) if after else None
        number = after.group("num") if after else None
        named = doc.original(start, after.end() if after else end)
        if number and p.spec.kind == "film":
            return f"numbered sequel {named!r}", None
        if season is not None and p.spec.kind == "film":
            return f"{named!r} is a season of a series, not this film", None
        if p.spec.kind == "film" and _SUBTITLED_SEASON.match(doc.source, _source_end(doc, end)):
            return f"{named!r} with a subtitle and a season names a series", None
        if number and number.isdigit():
            season = int(number)
        if (start, end) in h.bare and not (
            quotes.quoted(doc, start, end)
            and (any(c[1] <= start or c[0] >= end for c in h.context) or not p.spec.context)
        ):
            # "First 'Lamplighter' Teaser ..., Searchlight Confirms"; not 'Batman' for The Batman
            return f"{named!r} without its article counts only quoted, with a context word", None
        reason = quotes.problem(doc, start, end, p.phrase_like)
        if reason:
            return reason, None
        if _scare_quoted(p.spec, doc, start, end, quotes):
            return f"{named!r} in quotes after 'the', closing its clause: a phrase", None
        if (
            p.phrase_words
            and not quotes.quoted(doc, start, end)
            and (
                not any(c[1] <= start or c[0] >= end for c in h.context)
                or _PREPOSITION_A_BEFORE.search(
                    doc.source,
                    max(0, doc.folded.to_source(start) - 40),
                    doc.folded.to_source(start),
                )
            )
            and _A_ADJECTIVE_BEFORE.search(
                doc.source, max(0, doc.folded.to_source(start) - 24), doc.folded.to_source(start)
            )
            and not _WORK_WORD_AFTER.match(doc.source, _source_end(doc, end))
        ):
            return f"{named!r} after an indefinite article and a describing word: a phrase", None
        if p.phrase_words and _phrase_use(p, h, doc, start, end, quotes):
            return f"{named!r} used as everyday words: a phrase", None
        if (
            p.word_title or (p.capitalised_word and _sentence_capitalised(doc, start, p.spec))
        ) and _lowercase_in_cased_text(doc, start):
            return "lowercase in text that capitalises names: a word, not the title", None
        if (
            p.word_title
            and not quotes.quoted(doc, start, end)
            and _A_BEFORE.search(
                doc.source, max(0, doc.folded.to_source(start) - 4), doc.folded.to_source(start)
            )
            # (not "Shares a Flycatcher Teaser": a screen word after it makes it a title)
            and not _WORK_WORD_AFTER.match(doc.source, _source_end(doc, end))
        ):
            return "an English word after an indefinite article: the word", None
        if _recased_phrase(p.spec, doc, start, end):
            return f"{named!r} in lowercase where the title is capitalised: a phrase", None
        if "|" in doc.source[: doc.title_end] and _VIDEO_SUBTITLE.match(
            doc.source, _source_end(doc, end), doc.title_end
        ):
            # "Sticker Shock: The Price of a Pill | Official Trailer": a longer title's video
            return f"{named!r} begins a longer title in a video's name", None
        if doc.folded.to_source(start) == 0 and (
            (
                "|" in doc.source[: doc.title_end]
                and _VIDEO_LONGER_NAME.match(doc.source, _source_end(doc, end), doc.title_end)
            )
            or _VIDEO_NAME_GOES_ON.match(doc.source, _source_end(doc, end), doc.title_end)
            # "GINGERBREAD MAN: CHRISTMAS SLAY Official Trailer"
            or (
                doc.original(start, end).isupper()
                and _CAPS_NAME_GOES_ON.match(doc.source, _source_end(doc, end), doc.title_end)
                is not None
            )
        ):
            # "Snowbound for Christmas | Official Trailer | Hallmark Channel"
            return f"{named!r} begins a longer title in a video's name", None
        if (
            not quotes.quoted(doc, start, end)
            and _PERIOD_WORD_END.search(text, start, end)
            and _YEAR_THE_BEFORE.search(
                doc.source, max(0, doc.folded.to_source(start) - 12), doc.folded.to_source(start)
            )
        ):
            # "Returns for the 2027 Tourist Season": a year's stretch, not a work
            return f"{named!r} after 'the' and a year: a phrase", None
        if _GAME_SUBTITLE.match(doc.source, _source_end(doc, end)):
            # "Hollow Vanguard: Frontline Reveal Trailer", "X: Frontline is coming to PS5"
            return f"{named!r} begins a game's longer title", None
        other = _OTHER_KIND_AFTER.match(doc.source, _source_end(doc, end))
        if other and not any(end <= c[0] < doc.folded.to_folded(other.end()) for c in h.context):
            # (a context word vouches: "'Saint Juniper,' a Netflix play that premieres")
            return f"{named!r} is described as another kind of work", None
        head = (
            ""
            if h.context
            else _other_head(doc.source, doc.folded.to_source(start), _source_end(doc, end))
        )
        if head:
            # "Lucky Charm, the Cozy Roguelike About a Gambling Fox": an appositive whose
            # words are none of a film's or a series', and no context word vouches
            return f"{named!r} is described as another kind of work: {head!r}", None
        if (
            (
                not h.context
                and _OTHER_KIND_BEFORE.search(
                    doc.source,
                    max(0, doc.folded.to_source(start) - 30),
                    doc.folded.to_source(start),
                )
            )
            or (
                _KIND_RIGHT_BEFORE.search(
                    doc.source,
                    max(0, doc.folded.to_source(start) - 40),
                    doc.folded.to_source(start),
                )
                and not _context_in_segment(doc, h, start)
            )
        ) and not _screen_words_in_segment(doc, start):
            # (not "Dana Pruitt's Novel 'X' Hits Theaters May 8 as a Film")
            return f"{named!r} is named as another kind of work", None
        if not h.context and _BY_AUTHOR_AFTER.match(doc.source, _source_end(doc, end)):
            return f"{named!r} by an author, in a review's headline: a book", None
        if _MUSIC_VIDEO_AFTER.match(doc.source, _source_end(doc, end)):
            return f"{named!r} is described as another kind of work: a song's video", None
        if (
            not h.context
            and _unvouched_owner(doc, start, end, quotes)
            and not _SCREEN_WORDS.search(doc.text)
            and not _SCREEN_WORDS_TOO.search(doc.text)
            and not _ADAPTED.search(doc.text)
            and _OTHER_MEDIUM_WORDS.search(doc.text)
        ):
            # "Green Day's 'X' Gets a Country Cover", "Kelsey Marron's 'X' Debuts at No. 4":
            # a maker the watchlist does not know, no context word and no word of film or TV
            # anywhere (not "Venice Lineup: Rohrwacher's 'X'")
            return f"{named!r} is named as another kind of work: another maker's", None
        if (
            not h.context
            and not quotes.quoted(doc, start, end)
            and (
                _DASHED_NAME_AFTER.match(doc.source, _source_end(doc, end))
                or _DASHED_NAME_BEFORE.search(
                    doc.source,
                    max(0, doc.folded.to_source(start) - 30),
                    doc.folded.to_source(start),
                )
            )
        ):
            # "nonstop Anchorage–Seoul flights", "the Zermatt-Cervinia downhill": one part of a
            # name joined by a dash, where no context word vouches
            return f"{named!r} is one part of a name joined by a dash", None
        institution = _INSTITUTION_AFTER.match(doc.source, _source_end(doc, end))
        if (
            institution
            and institution.group("between")
            and start < doc.title_end
            and _title_cased(doc.source[: doc.title_end])
        ):
            institution = None  # "Ashcombe Skips Festival Circuit": a title-case headline
        if not quotes.quoted(doc, start, end) and (
            institution is not None
            # "showing off its Grand Slam career mode": a game's mode
            or _GAME_MODE_AFTER.match(doc.source, _source_end(doc, end))
        ):
            return f"{doc.original(start, end)!r} names a place or an institution", None
        watched = p.spec.season if p.spec.kind == "series" else None
        numbered = _NAME_NUMBER.search(text, start, end) if watched is not None else None
        if numbered and season is None and not _NAME_NUMBER.search(fold_phrase(p.spec.title)):
            # an alias with the season's number, where the title has none (not "Station 12")
            season = int(numbered.group(1))  # "Maknae Detective 2" (an alias): its season 2
        if watched is not None and season is None:
            season = _season_near(doc, start, end, watched)
        # a series title with its season right after it, or quoted with its season nearby
        # ("'Atlanta' Wraps Seasons 3 & 4"), is no everyday phrase
        seasoned = season is not None and (
            (after is not None and p.spec.kind == "series") or quotes.quoted(doc, start, end)
        )
        if (
            p.single_word
            and not p.ambiguous
            and not h.context
            and not quotes.quoted(doc, start, end)
            and _maker_name_before(doc, start)
        ):
            # "The 2035 Toyota Tundra goes hybrid-only": a maker's name before it, in running
            # text, where no context word vouches
            return f"{named!r} is part of a longer name", None
        if p.ambiguous and not seasoned:
            reason = _ambiguity_problem(p, h, doc, start, end)
            if reason:
                return reason, None
        if watched is not None:
            reason = _season_problem(watched, season, doc, start, end)
            if reason:
                return reason, None
        return "", Occurrence(start, end, season)


#: the reasons that show what a name means in an entry, other than the title (not "used as
#: everyday words", which a pun on the title also is: "Thin Ice Trailer Explores the Thin
#: Ice of Fame")
_OTHER_SENSE = re.compile(
    r"another kind of work|a game's longer title|a place or an institution|"
    r"in lowercase where the title is capitalised|lowercase in text that capitalises|"
    r"an English word after an indefinite article"
)
#: the reasons that name another work outright, whatever else the entry says
_STRONG_SENSE = re.compile(r"a song's video|a game's longer title|another kind of work: '")
#: words of games' news, and of music's and books' (folded)
_GAME_WORDS = re.compile(
    r"\b(?:gameplay|dlc|switch 2|nintendo switch|ps5|ps6|xbox series|xbox|playstation|"
    r"early access|game pass|on steam|ios and android|roguelike|deckbuilder|deckbuilding|"
    r"tower defense|co op mode|multiplayer|indie developer|game developer|"
    r"tokyo game show|gamescom|summer game fest|the game awards|nintendo direct|steam deck|"
    r"handheld)\b"
)
_MUSIC_WORDS = re.compile(
    r"\b(?:(?<!red )band(?! together)|debut lp|new lp|debut ep|new ep|new album|debut album|"
    r"studio album|mixtape|tracklist|north american tour|world tour|tour dates|on vinyl|"
    r"eurovision|covers ep|covers album|lead single|debut single|new single|"
    # and a book's: "Sets 'A Tannenbrook Christmas' Novelization For Oct. 15"
    r"novelization|paperback|hardcover|audiobook|"
    # a drink's: "Ripcord Brewing opens second taproom" (not a podcast's, which a listing
    # of the week's new things names beside a film)
    r"brewery|brewing|taproom)\b"
)
#: a trailer or a teaser, which film and TV have and music has not (folded)
_TRAILER_WORDS = re.compile(r"\b(?:trailers?|teasers?)\b")
#: words only film and TV news uses (folded)
_SCREEN_WORDS = re.compile(
    r"\b(?:films?|movies?|(?<!xbox )(?<!truck )(?<!cup )(?<!world )series(?! [a-f]\b)|"
    r"seasons?|episodes?|box office|theaters|theatres|"
    r"cinemas|filming|"
    # (not a music video's: "shared a video directed by Wren Osei")
    r"filmed|director|(?<!video )directed|starring|showrunner|sitcom|documentary|biopic|"
    r"in production|"
    r"wraps production|recap|ending explained|netflix|hulu|hbo|prime video|disney|apple tv|"
    r"peacock|paramount|sundance|cannes|venice|tiff|sxsw|tribeca|berlinale|comedy|comedies|"
    r"thriller|horror|romance|drama|animated|soundtrack|opening weekend|"
    r"(?:opened|opens) to(?! the public| visitors| guests| traffic| riders| the)|"
    r"tv spot|super bowl spot|official trailer|official teaser|first look|imax|big screen|"
    r"live action|viewers|grossed|weekend|cameras|max|starz|fx|amc|concert film|anime|"
    r"shooting|shoot|principal photography)\b"
)
#: ... and words it shares with news of other kinds of work (folded)
_SCREEN_WORDS_TOO = re.compile(
    r"\b(?:trailers?|teasers?|premieres?|premiered|streaming|release date|cast|stars)\b"
)
#: ... and words of the news a film or a series makes, which an entry naming neither a
#: context word nor any of the words above may still be all about (folded): "'Clayface'
#: Scares Up $4.5M In Thursday Previews", "Finale Explained", "Big Game Spot"
_SCREEN_NEWS = re.compile(
    r"\b(?:worldwide|overseas|domestic|previews|presales|ticket sales|post credits|"
    r"credits scene|finale|ratings|sequel|prequel|spot|release|audiences?|rewatch|binge|"
    r"red carpet|cinemacon|comic con|d23|ccxp|upfronts?|screenings?|double bill|saison|"
    r"staffel|temporada|bande annonce|festival|fest|standing ovation|soundstage|on set|"
    r"set photos|opens wide|goes wide|"
    # studios, distributors and channels (the streamers and some networks are screen words)
    r"sony|lionsgate|universal|warner|warners|a24|neon|focus features|searchlight|mgm|"
    r"dreamworks|pixar|illumination|legendary|blumhouse|apple|amazon|crunchyroll|mubi|"
    r"annapurna|bbc|itv|channel 4|cbs|nbc|abc|fox|showtime|pbs|the cw|sky atlantic|canal|"
    r"\d+(?: \d+)? ?(?:m|million|bn|billion) (?:global|opening))\b"
)

#: a season or a weekend of the calendar, a town's festival, a place called a spot: no
#: show's (folded): "the breeding season", "Memorial Day weekend", "the street festival",
#: "a new seafood spot"
_EVERYDAY = re.compile(
    r"\b(?:(?:summer|winter|spring|fall|autumn|holiday|breeding|nesting|tourist|festive|"
    r"racing|sailing|football|hockey|rainy|dry|busy|peak|off|wedding|flu) season|"
    r"(?:memorial day|labor day|bank holiday|holiday|easter|this|next|last|the|a) weekend|"
    r"(?:street|food|beer|wine|cider|folk|jazz|blues|flower|harvest|craft|garden|chili|"
    r"lantern|kite|balloon|seafood|oyster|village|county) (?:festival|fest)|"
    r"(?:seafood|barbecue|bbq|brunch|lunch|coffee|pizza|sushi|taco|ramen|burger|cocktail|"
    r"dining|nightlife|hangout|hiking|fishing|surf|camping|picnic|vacation|holiday) spot)\b"
)
#: places, businesses, vessels and events that share names with films (folded)
_OTHER_THING = re.compile(
    r"\b(?:restaurant|bistro|cafe|pub|wine bar|cocktail bar|rooftop bar|bakery|brewery|"
    r"taproom|diner|eatery|pizzeria|taqueria|menu|chef|hotel|inn|resort|spa|boutique|mall|"
    r"pier|museum|gallery|zoo|campus|hospital|library|stadium|arena|speedway|race|regatta|"
    r"marathon|10k|sloop|yacht|ferry|vessel|fleet|airline|flights?|colony|species|birds?|"
    r"wildlife|volunteers?|council|residents|neighbou?rhood|village|road closures?|traffic|"
    r"motorists|cyclone|hurricane|weather|fireworks|block party|food trucks|triathlon|"
    r"parade|funfair|marina|entrants|organi[sz]ers|showground|agricultural show)\b"
)


def _names_a_work(
    p: _Production, doc: Document, quotes: _Quotes, accepted: list[Occurrence]
) -> bool:
    """Whether a use of the title names a work whatever surrounds it: quoted, numbered or
    subtitled ("Frozen 3"), with its season, or a series' return ("Arcane Is Returning")."""
    return any(
        o.season is not None
        or quotes.quoted(doc, o.start, o.end)
        or _rare_phrase(doc, o.start, o.end)
        or (p.spec.kind == "series" and _RETURNS.match(doc.text, o.end) is not None)
        for o in accepted
    )


def _screen_news(text: str) -> bool:
    """Whether folded ``text`` has any word of a film's or a series' news (rule 7)."""
    text = _EVERYDAY.sub(" ", text)
    return bool(
        _SCREEN_WORDS.search(text) or _SCREEN_WORDS_TOO.search(text) or _SCREEN_NEWS.search(text)
    )


def _outside(text: str, occurrences: list[Occurrence]) -> str:
    """``text`` with the occurrences blanked out (a title's own words are no evidence)."""
    chars = list(text)
    for o in occurrences:
        chars[o.start : o.end] = " " * (o.end - o.start)
    return "".join(chars)


#: a series' return right after its title (folded)
_RETURNS = re.compile(r" (?:is |will be )?return(?:s|ing)\b(?! to service| to port| to the)")


def _rare_phrase(doc: Document, start: int, end: int) -> bool:
    """Whether the occurrence is numbered or has a subtitle ("Frozen 3", "Spider-Man: Brand
    New Day"): a phrase that names a work whatever the words around it."""
    written = doc.original(start, end)
    return ":" in written or re.search(r"(?:\d|\b[IVX]{1,4})\W*$", written) is not None


#: words of a screen work made from a source of the same name (folded)
_ADAPTED = re.compile(
    r"\b(?:based on|adapted from|adaptation of|adapting|from the novel|inspired by|"
    r"from (?:\w+ ){0,4}(?:bestseller|best seller|novel|memoir))\b"
)
#: a screen work's kind in an appositive right after a name (source text): ", the comedy"
_SCREEN_APPOSITIVE = re.compile(
    r"[’'\"”]?,\s+(?i:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?i:comedy|drama|film|movie|"
    r"series|show|thriller|documentary|docuseries|sitcom|miniseries|horror|feature|sequel|"
    r"musical|animated|romance|western)\b"
)


def _phrase_use(
    p: _Production, h: _Hits, doc: Document, start: int, end: int, quotes: _Quotes
) -> bool:
    """Everyday words that grammar shows in their everyday use, for a title made of them:
    the head of "the ... of" ("The Shelf Life of a Viral Trailer"), or quoted after someone's
    possessive and before a word for a remark or a mood ("Host's 'Sore Loser' Bit",
    "Nolan's 'Thin Ice' Moment"; not "'Thin Ice' Moment Brings Crowd to Its Feet at World
    Premiere"). A context word of the production elsewhere in the entry keeps the title."""
    if any(c[1] <= start or c[0] >= end for c in h.context):
        return False
    src = doc.source
    a, b = doc.folded.to_source(start), _source_end(doc, end)
    quoted = quotes.quoted(doc, start, end)
    hi = b + 1 if quoted else b
    lo = a - 1 if quoted else a
    if (
        not quoted
        and re.search(r"(?:^|\s)(?i:the)\s+\Z", src[max(0, a - 5) : a])
        and re.match(r"\s+(?i:of)\s", src[b : b + 4])
    ):
        return True
    return (
        quoted
        and bool(_OWNER_POSSESSIVE_BEFORE.search(src, max(0, lo - 30), lo))
        and bool(_REMARK_AFTER.match(src, hi))
    )


#: a word for a remark, a moment or a mood after a quoted phrase (source text): "'Sore
#: Loser' Bit", "'Thin Ice' Moment"
_REMARK_AFTER = re.compile(
    r"\s+(?i:bit|moment|joke|quip|remark|comment|jab|gag|sketch|rant|vibes?|mindset|"
    r"syndrome)\b(?!\s+(?i:producer|writer|director|editor)\b)"
)
#: someone's possessive right before an opening quote (source text): "Host’s ‘", "Nolan's '"
_OWNER_POSSESSIVE_BEFORE = re.compile(r"\b[A-Za-z]+(?:[’']s|s[’'])\s+\Z")


def _scare_quoted(spec: ProductionSpec, doc: Document, start: int, end: int, q: _Quotes) -> bool:
    """A quoted title right after "the" that its own title lacks, closing the headline ("Why
    Netflix Has Learned to Love the 'Slow Build'"): a phrase in scare quotes. Before a noun
    it is a title again ("the 'Slow Build' trailer"), and before more of the headline too
    ("Sets Return Date for the 'Night Shift', Season 2 Premieres Sept. 24")."""
    if not q.quoted(doc, start, end) or re.match(r"(?i)the\b", spec.title):
        return False
    a, b = doc.folded.to_source(start), _source_end(doc, end)
    if a >= doc.title_end:
        return False
    # closing the whole headline, or only a publisher after it ("... the 'Slow Build' - Vox")
    return bool(
        re.search(r"(?:^|\s)the\s+[‘“'\"]\Z", doc.source[max(0, a - 6) : a])
        and re.fullmatch(
            r"[’”'\"][.!?]?(?:\s+[-–—]\s+[^|:]{1,40})?\s*", doc.source[b : doc.title_end]
        )
    )


def _is_remark(doc: Document, a: int, b: int) -> bool:
    """A quote that closes a headline after its colon ("Hal Brennan on Late Bloomer: 'I
    Finally Know What Diapers Cost'"): someone's words, not a title."""
    if a >= doc.title_end or not re.search(r":\s*[‘'\"“]\Z", doc.source[max(0, a - 3) : a]):
        return False
    rest = doc.source[b + 1 : doc.title_end]
    return not rest.strip() or bool(re.match(r"\s+[-–—|]\s", rest))


@dataclass(frozen=True, slots=True)
class _Quotes:
    """The quoted spans of a document (``[start, end)`` in ``source``, inside the quotes)."""

    spans: tuple[tuple[int, int], ...]
    others: tuple[tuple[int, int], ...]  # quoted titles that name no watched title

    @classmethod
    def of(cls, doc: Document, titles: list[tuple[int, int]]) -> _Quotes:
        spans = tuple(quoted_spans(doc.source))
        named = [(doc.folded.to_source(s), doc.folded.to_source(e)) for s, e in titles]
        others = tuple(
            (a, b)
            for a, b in spans
            if re.match(r"[A-Z0-9]", doc.source[a : a + 1])
            and not any(a <= s < b for s, _ in named)
            and not _is_remark(doc, a, b)
        )
        return cls(spans, others)

    def quoted(self, doc: Document, start: int, end: int) -> bool:
        """Whether the occurrence stands in quotes of its own."""
        a, b = doc.folded.to_source(start), min(doc.folded.to_source(end), len(doc.source))
        return any(s == a and b == e for s, e in self.spans)

    def problem(self, doc: Document, start: int, end: int, phrase_like: bool = True) -> str:
        """Why the occurrence is not the title as typography shows it, or ``""``.

        Inside a longer quoted title ("'Pearl Harbor'", "'Naked and Afraid' Season 19"), or
        inside the same longer title that the entry quotes elsewhere, it is part of another
        title; left unquoted in a clause that quotes other titles ("The
        Odyssey of Making 'F1'") it is a phrase, unless it cannot be one (``phrase_like``
        False): a numbered title ("Ironjaw 2 Fights Are 'Twice as Brutal'") is no phrase.
        """
        src = doc.source
        a, b = doc.folded.to_source(start), min(doc.folded.to_source(end), len(src))
        quote = next(((s, e) for s, e in self.spans if s <= a and b <= e), None)
        if quote is not None:
            rest = src[quote[0] : a] + " " + src[b : quote[1]]
            if re.search(r"[^\W\d_]", _SEASON_WORDS.sub(" ", rest)):
                return f"part of the longer quoted title {src[quote[0] : quote[1]]!r}"
            return ""
        named = src[a:b]
        for s, e in self.spans:
            k = src.find(named, s, e) - s
            if k >= 0 and e - s > b - a and src.startswith(src[s:e], a - k):
                rest = src[s : s + k] + " " + src[s + k + b - a : e]
                if re.search(r"[^\W\d_]", _SEASON_WORDS.sub(" ", rest)):
                    # "'Ember & Wade: Date Night'" quoted once, then written bare
                    return f"part of the longer title {src[s:e]!r}, quoted in the entry"
        seg = doc.segment_at(start)
        if phrase_like and seg and any(seg.start <= s < seg.end for s, _ in self.others):
            return "not quoted, where the clause quotes the titles it names"
        return ""


#: "X: Revolution Season 2": a subtitle and a season after a film's title name a series
_SUBTITLED_SEASON = re.compile(
    r"\s*[:–—-]\s*(?:[A-Z0-9][\w'’.-]*\s+){1,3}(?:Season\s+\w|Series\s+\d|S\d)"
)


def _source_end(doc: Document, end: int) -> int:
    return min(doc.folded.to_source(end), len(doc.source))


_SEASON_WORDS = re.compile(r"(?i)\b(?:season|series|s\d+|\d+|part)\b|[’']s\b")


def _inside_longer(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that lie inside a longer one, by one sweep in start order."""
    inner: set[tuple[int, int]] = set()
    reach = -1
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if reach >= end:
            inner.add((start, end))
        reach = max(reach, end)
    return inner


def note(notes: list[str] | None, text: str) -> None:
    if notes is not None:
        notes.append(text)


#: a season named as the yardstick of a comparison: "up from Season 5's debut", "more than
#: season two", "compared with season 1"
_COMPARED_BEFORE = re.compile(
    # (also "up a tenth from", "up 30 on", "up 30 percent from")
    r"\b(?:(?:up|down)(?: (?:a|an|\d+|one|two|three|four|five)(?: \w+)?)? (?:from|on)|than|"
    r"compared (?:to|with)|vs|versus|(?:(?:roughly|nearly|about|almost|virtually|dead) even|"
    r"level|on par|in line) with|"
    # a season behind it: "eighteen months after its first season topped the charts"
    r"(?:months?|years?|weeks?) after|since) (?:the |its |their )?\Z"
)


#: a renewal's or order's season: "renewed for season 2", "picked up for a third season"
#: (about the season before it when its results follow)
_ORDERED_BEFORE = re.compile(
    r"\b(?:renew(?:ed|s|al|ing)?|pick(?:ed|s)? up|greenlit|greenlights?|order(?:ed|s)?)"
    r"(?: \w+){0,8}? for (?:a |its )?\Z"
)
#: ... for the results of the season out: "(for season 2) at Peacock after record launch"
_FOR_RESULTS = re.compile(
    r"(?: \w+){0,3}? (?:after|following|on the heels of|off the back of|thanks to) "
    r"(?:its |a |the )?(?:\w+ ){0,2}?(?:record|strong|hit|successful|solid|big|blockbuster|"
    r"smash|debut|launch|ratings|viewership|success)\b"
)
#: a season the entry names as the series' own, anywhere: "for its second season this fall"
_ITS_SEASON = re.compile(rf"\bits (?:{_season_pattern('x')})")


def _season_near(doc: Document, start: int, end: int, watched: int) -> int | None:
    """The season named near a title: right before it, else the only one in its clause
    (``watched`` when the clause names several seasons at once that include it; the one
    before a season renewed), else the only one the entry calls the series' own."""
    text = doc.text
    before = _BEFORE.search(text, max(0, start - 40), start)
    if before:
        return _season_value(before)
    seg = doc.segment_at(start)
    lo = max(seg.fstart if seg else 0, start - _SEASON_WINDOW)
    hi = min(seg.fend if seg else len(text), end + _SEASON_WINDOW)
    values: set[int | None] = set()
    ordered: set[int | None] = set()  # a renewal's season: weaker than a season named else
    for m in _ANY_SEASON.finditer(text, lo, hi):
        if _COMPARED_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
            continue
        value = _season_value(m)
        if value and _ORDERED_BEFORE.search(text, max(lo, m.start() - 80), m.start()):
            if _FOR_RESULTS.match(text, m.end()):
                value -= 1  # "X Renewed For Season 2 After Record Launch": season 1's news
            ordered.add(value)
        else:
            values.add(value)
    # "Renews X For Season 3 Ahead Of Sophomore Finale": the season named besides is the one
    values = values or ordered
    for m in _SEASONS.finditer(text, lo, hi):
        first, last = int(m.group("lo")), int(m.group("hi"))
        values.add(watched if first <= watched <= last else first)
    values.discard(None)
    values.discard(0)
    if not values:
        values = {_season_value(m) for m in _ITS_SEASON.finditer(text)}
        values.discard(None)
    if not values and start >= (title_fend := doc.folded.to_folded(doc.title_end)):
        # "'X' Season 3 Wraps Filming ... X finishes its final season shoot": the season
        # the headline gives this same title
        at = text.find(text[start:end], 0, title_fend)
        after = _AFTER.match(text, at + end - start) if at >= 0 else None
        headline = _season_value(after) if after else None
        if headline:
            values = {headline}
    return values.pop() if len(values) == 1 else None


def _season_problem(watched: int, season: int | None, doc: Document, start: int, end: int) -> str:
    if season == watched or (season is None and watched == 1):
        return ""
    if season is not None:
        return f"season {season} named, watching season {watched}"
    seg = doc.segment_at(start)
    if seg and _NEW_SEASON.search(doc.text, seg.fstart, seg.fend):
        return ""
    return f"no season named, watching season {watched}"


def _ambiguity_problem(p: _Production, h: _Hits, doc: Document, start: int, end: int) -> str:
    src = doc.source
    o_start, o_end = doc.folded.to_source(start), doc.folded.to_source(end)
    if (
        not any(c[1] <= start or c[0] >= end for c in h.context)
        and not _owned_by(p, src, o_start)
        and not (
            _RANKED_GROSS.match(src, min(o_end, len(src)))
            and not _MARKETS.search(doc.text, 0, doc.folded.to_folded(doc.title_end))
        )
        and not _box_office_headline(doc, start, o_start)
    ):
        return "ambiguous title without a context word"
    o_end = min(o_end, len(src))
    first = src[o_start : o_start + 1]
    if first.isalpha() and not first.isupper():  # (a title of digits has no case: "1917")
        return "lowercase, a phrase rather than the title"
    quoted = o_start > 0 and src[o_start - 1] in _OPEN_QUOTES
    if quoted:
        return ""
    if re.search(r"(?:^|\s)(?:a|an|A|An)\s+\Z", src[max(0, o_start - 4) : o_start]):
        return "after an indefinite article, a phrase rather than the title"
    follow = src[o_end : o_end + 12]
    if (
        p.calendar
        and not re.match(r"\s*(?:[:|]|season\b|s\d)", follow, re.I)
        and not _owned_by(p, src, o_start)  # "Neon's November, a family drama, opened"
    ):
        return "a weekday or month, not the title"
    title_case = o_start < doc.title_end and _title_cased(src[: doc.title_end])
    if p.single_word and not title_case and _glued_to_name(src, o_start, o_end):
        return "part of a longer name"
    return ""


_CURRENCIES = ("$", "£", "€", "¥", "₹")
#: markets whose prices a headline reports (folded): "'Silver' Tops $5 Million as Gold Slips"
_MARKETS = re.compile(
    r"\b(?:gold|oil|crude|copper|bitcoin|stocks?|shares|bonds?|ounce|futures|prices?|"
    r"market cap|valuation|profit|revenue|fees?|salary|auction|sells? for|sold for)\b"
)
#: a quoted title's gross right after it, as a chart lists it: ",' $24.6 million" (source)
_RANKED_GROSS = re.compile(
    r",?[’'\"”],?\s*[$£€]\d|"
    # its gross as its own verb's object: "' Crosses $40M", "' Passes $350 Million"
    r"[’'\"”]\s+(?i:crosses|crossed|passes|passed|tops|topped|nears|neared|surpasses|"
    r"surpassed|grosses|grossed|opens to|opened to|debuts to|debuted to|earns|earned|hits|"
    r"reaches|reached)\s+(?i:the\s+)?[$£€¥₹]\d+(?:\.\d+)?\s*(?i:m|mn|million|b|bn|billion)\b|"
    # "' Pays Off With $11M Opening", "' Soars to $61M Debut"
    r"[’'\"”]\s+(?:[A-Za-z]+\s+){1,3}(?i:with|to)\s+(?:an?\s+|(?i:record)\s+)?[$£€¥₹]\d+"
    r"(?:\.\d+)?\s*(?i:m|mn|million|b|bn|billion)\+?\s+(?:(?i:global|domestic|worldwide|"
    r"box office|second|third|fourth|fifth|sixth)\s+)?(?i:opening|debut|start|bow|launch|weekend)\b"
)
#: an owner's possessive right before a title, as trade press credits a director (source text)
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]*)(?:[’']s?)\s*[‘“'\"]?\Z")


#: a box-office headline's gross (folded): "Box Office: 'X' Wins Photo Finish With $34M"
_BOX_OFFICE_GROSS = re.compile(r"\bbox office\b.*[$£€¥₹] \d|[$£€¥₹] \d.*\bbox office\b")


def _box_office_headline(doc: Document, start: int, source_start: int) -> bool:
    """A quoted title in a headline that reports a box-office gross: a film's title."""
    if start >= doc.folded.to_folded(doc.title_end) or source_start == 0:
        return False
    if doc.source[source_start - 1] not in _OPEN_QUOTES:
        return False
    return bool(_BOX_OFFICE_GROSS.search(doc.text, 0, doc.folded.to_folded(doc.title_end)))


def _owned_by(p: _Production, src: str, start: int) -> bool:
    """ "Wells' 'Last Summer'", "Neon's November": the title's owner is a context name's last
    word, or a one-word context name."""
    owner = _OWNER_BEFORE.search(src, max(0, start - 40), start)
    return owner is not None and fold_phrase(owner.group(1)) in p.surnames


def _title_cased(headline: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", headline) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


#: capitalised words after a one-word title that name the work, not a longer name: "Halo TV
#: Series", "Halo Season 2", "Halo Trailer"
_WORK_NOUN_AFTER = re.compile(
    r"Season|Series|S\d+|TV|Movie|Film|Show|Miniseries|Documentary|Trailer|Teaser"
)


def _sentence_capitalised(doc: Document, start: int, spec: ProductionSpec) -> bool:
    """Whether the sentence holding folded ``start`` begins with a capital and capitalises
    two more words that are not the production's context words: a word no frequency list
    holds ("divot") is a word only in such a sentence ("Open Championship 2031: Akintola's
    divot"), not in a post that capitalises a brand or a cinema ("The marlinspike trailer
    just dropped and Neon is cooking", "gravewater drops tomorrow on Netflix!!!")."""
    seg = doc.segment_at(start)
    text = doc.source[seg.start : seg.end] if seg else doc.source
    lead = re.search(r"[^\W\d_]", text)
    if not (lead and lead.group().isupper()):
        return False
    own = {w for c in spec.context for w in fold_phrase(c).split()}
    names = {
        w.lower()
        for w in re.findall(r"\b[A-Z][a-z][\w’'-]*", text[lead.end() :])
        if fold_phrase(w) not in own and w.lower() not in _SMALL_WORDS
    }
    return len(names) >= 2


def _lowercase_in_cased_text(doc: Document, start: int) -> bool:
    """A one-word title written in lowercase where its sentence capitalises other words
    ("the headliner of its slate", beside "A24" and "Copperhead Sun"): a common noun. Text
    written all in lowercase (forum posts) says nothing either way."""
    a = doc.folded.to_source(start)
    article = re.match(r"(?i)(?:the|a|an)\s+", doc.source[a : a + 5])
    if article:
        a += article.end()  # "fans of the Bear": the title's own word decides
    if not doc.source[a : a + 1].islower():
        return False
    seg = doc.segment_at(start)
    lo, hi = (seg.start, seg.end) if seg else (0, len(doc.source))
    if _capitalises_names(doc.source, lo, hi):
        return True
    # a headline in sentence case ("Congress returns to avert another government shutdown")
    # over a summary that capitalises names: its author writes titles capitalised
    return (
        a < doc.title_end
        and doc.source[:1].isupper()  # (an all-lowercase video title says nothing of case)
        and _capitalises_names(doc.source, doc.title_end, len(doc.source))
    )


#: a forum post's source tag or aside: "[Deadline]", "(netflix)"
_TAG = re.compile(r"\[[^\]]{1,30}\]|\([^)]{1,30}\)")


def _capitalises_names(source: str, lo: int, hi: int, skip_first: bool = True) -> bool:
    """Whether ``source[lo:hi]`` capitalises a word (after its first, with ``skip_first``),
    not counting a forum post's "[Deadline]" tag: text in lowercase says nothing of case."""
    text = _TAG.sub(lambda m: " " * len(m.group()), source[lo:hi])
    first = re.match(r"\W*\w+", text) if skip_first else None
    return bool(_CAPITALISED_WORD.search(text, first.end() if first else 0))


#: an indefinite article right before a word ("Merger Takes A Detour"), source text
_A_BEFORE = re.compile(r"(?:^|\s)(?:a|an|A|An)\s+\Z")
#: a screen word or a milestone's right after a title (source text): "a Tense Gray Area
#: Trailer", "A Darker Night Shift Returns", "a Luminous Golden Hour — Review"
_WORK_WORD_AFTER = re.compile(
    r"\s*(?:[-–—:|]\s*)?(?:(?i:tv|super bowl|big game|red band|red-band|first-look|first look)"
    r"\s+)?(?i:trailers?|teasers?|clips?|premieres?|release|returns?|reviews?|season|series|"
    r"sequel|spots?|poster|first look|cast|star|finale|episode|movie|film|show|promo|"
    r"sneak peek|featurette|special|christmas special|rollout|debut|launch|opening)\b"
)
#: a preposition, "a"/"an" and a describing word right before (source text): "Operates in an
#: Ethical ": the everyday phrase even beside a context word
_PREPOSITION_A_BEFORE = re.compile(
    r"\b(?i:in|into|within|on|at|from|of|about)\s+(?:a|an|A|An)\s+[A-Za-z]+\s+\Z"
)
#: an indefinite article and a describing word right before (source text): "in a Legal ",
#: "an Ethical " (not a promo's words: "a New 'X' Trailer" is the title)
_A_ADJECTIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:a|an|A|An)\s+(?!(?i:new|first|second|third|final|official|brand|latest|"
    r"full|fresh|special|limited|big|major|surprise|sneak|extended|exclusive|second)\b)"
    r"[A-Za-z]+\s+\Z"
)
_SMALL_WORDS = frozenset(str.split("a an and at by for from in of on or the to with vs"))


def _recased_phrase(spec: ProductionSpec, doc: Document, start: int, end: int) -> bool:
    """A title of several words written with one of its capitalised words in lowercase,
    in text that capitalises names ("'Quiet quitting' is out" for *Quiet Quitting*): the
    everyday phrase. Text all in lowercase says nothing either way."""
    a, b = doc.folded.to_source(start), min(doc.folded.to_source(end), len(doc.source))
    written = re.findall(r"[^\W\d_][\w'’-]*", doc.source[a:b])
    if len(written) < 2:
        return False
    for name in (spec.title, *spec.aliases):
        words = re.findall(r"[^\W\d_][\w'’-]*", name)
        if len(words) != len(written) or fold_phrase(name) != fold_phrase(" ".join(written)):
            continue
        recased = any(
            w[0].isupper() and v[0].islower() and w.lower() not in _SMALL_WORDS
            for w, v in zip(words[1:], written[1:], strict=True)
        )
        if not recased:
            return False
        seg = doc.segment_at(start)
        lo, hi = (seg.start, seg.end) if seg else (0, len(doc.source))
        return _capitalises_names(doc.source, lo, hi, skip_first=False) or (
            # a headline in sentence case ("UK economy sees sunny intervals as GDP grows")
            # over a summary that capitalises names
            a < doc.title_end
            and doc.source[:1].isupper()
            and _capitalises_names(doc.source, doc.title_end, len(doc.source))
        )
    return False


#: a capitalised word ("Copperhead"), not an acronym ("A24", "IMAX")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]")


#: a subtitle after a title in a video's name, up to the next part (source text): ": The
#: Price of a Pill |"; not a season, a part or the video's kind
_VIDEO_SUBTITLE = re.compile(
    r"\s*:\s+(?!(?i:official|season|series|part|chapter|volume|episode|final|teaser|trailer|"
    rf"first|new|exclusive|clip|featurette|sneak|promo|tv spot|the final|the last|the complete|"
    rf"{_SEASON_ABROAD}|tráiler|bande|"
    r"s\d)\b)"
    r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}\s*\|"
)
#: a series' name that ends in its season's number ("Maknae Detective 2")
_NAME_NUMBER = re.compile(r" (\d{1,2})\Z")


#: a subtitle after the title, then a game's trailer or platform (source text): ":
#: Frontline Reveal Trailer", ": Frontline is coming to PS5"
_GAME_SUBTITLE = re.compile(
    r"\s*:\s*(?:(?!(?:Season|Series|Official|Final|Teaser|New|First|Second|Third|Part|"
    r"Volume|Chapter|Episode)\b)[A-Z0-9][\w'’-]*\s+){1,3}?(?:(?:Reveal|Gameplay|Launch|"
    r"Accolades)\s+Trailer|(?i:(?:is\s+)?(?:coming|comes|out|available|launches|arrives|heads)\s+"
    r"(?:to|on|now on|in)\s+(?:PS5|PS4|PlayStation|Xbox|Switch|Steam|PC|Nintendo)))\b"
    # a subtitle of a few words, then the kind: ": Runes of the North Mobile Game"
    r"|\s*:\s*(?:(?!(?:Season|Series|Official|Final|Teaser|Part|Volume|Chapter|Episode)\b)"
    r"(?:[A-Z0-9][\w'’-]*|of|the|and|in|on|at)\s+){1,5}?(?:Mobile|Video|Board|Card|Tie-In)\s+"
    r"Game\b"
)
#: an appositive naming another kind of work (source text): "Tailwind, the cycling
#: roguelike,", "X, the board game"
_OTHER_KIND_AFTER = re.compile(
    # (after a subtitle too: "Low Visibility: The Tower Tapes, an official companion podcast")
    r"(?i)(?-i:\s*:\s+(?:(?!(?:Season|Series|Official|Trailer|Teaser|Episode|Part|Chapter)\b)"
    r"[A-Z0-9][\w'’-]*\s*)(?-i:(?:[A-Z0-9][\w'’-]*|of|the|and|in|on|at)\s*){0,5})?"
    r"(?:[’”'\"]?,|,[’”'\"])\s+(?:(?:the|a|an)\s+|(?-i:First|Lead|New|Debut)\s+)"
    r"(?:[\w-]+\s+){0,3}?"
    # words with an everyday sense too, only before what makes them a work: "an Anthem From
    # the ... Drama", "the Closing Track From", "a comic that launches" (not "an Inside Track
    # on", "an underdog anthem for the ages", "a comic, tender portrait")
    r"(?:(?:anthem|track|ballad|comic)\s+(?:from|by|off|that|which)\b|"
    r"(?:game(?![- ]chang)|video game|roguelike|rpg|shooter|"
    r"platformer|novel|book|memoir|album|single|song|cookbook|tie-in|tie in|"
    r"app|podcast|board game|toy|musical|"
    r"play|ballet|opera|exhibition|restaurant|band|(?:[\w-]+ )?record(?!-))\b"
    # the kind is the appositive's head: "a Podcast About", "The Musical," (not "The Single
    # Best Sci-Fi Film", "A Toy Story for Grown-Ups", "The Video Game Adaptation")
    r"(?=\s*(?:[,.;:!?)’”'\"|]|\s-\s|$)|\s+(?i:about|from|by|that|which|who|with|starring|"
    r"hosted|narrated|written|based|set|for|in|on|of|out|due|coming|produced|recorded|"
    r"published|developed|released|directed|featuring|inspired|adapted|and)\b))"
)
#: an appositive right after a title, up to its head (source text): "Lucky Charm, the Cozy
#: Roguelike About", "Ripcord, the Lodi brewery named for"; the head is the last word
_APPOSITIVE = re.compile(
    r"(?:[’”'\"]?,|,[’”'\"])\s+(?i:the|a|an)\s+(?P<words>(?:[\w'’.-]+\s+){0,4}?[\w-]+)"
    r"(?:(?P<stop>\s*(?:[,.;:!?)|]|[’”'\"](?=[,.;:!?]|\s*$))|\s-\s|$)|\s+(?i:about|from|by|that|which|who|where|whose|between|"
    r"with|starring|hosted|narrated|written|based|set|for|in|on|out|due|coming|produced|"
    r"directed|developed|published|released|featuring|inspired|adapted|named|called|known|"
    r"opening|opens|arriving|debuting|launching|reopening|"
    r"built|made|launched)\b)"
)
#: words of an appositive that can describe a film or a series, or any work (folded)
_SCREEN_HEADS = frozenset(
    str.split(
        """
        film films movie movies picture pictures pic pics feature features flick series show
        shows season seasons episode episodes miniseries docuseries documentary doc docu
        special short sequel prequel spinoff spin remake reboot adaptation follow up
        followup installment instalment entry chapter part finale premiere pilot comedy
        comedies drama dramas dramedy thriller thrillers horror mystery romance romcom rom com
        western musical animation animated anime cartoon procedural sitcom satire fantasy
        saga epic biopic noir caper heist actioner slasher chiller whodunit melodrama tragedy
        fable tale story stories parable portrait study hander parter anthology limited hit
        smash blockbuster indie debut project title effort outing offering vehicle first
        second third fourth fifth last latest next final newest one winner contender
        frontrunner favorite favourite darling breakout sensation phenomenon juggernaut
        franchise trilogy universe original classic gem masterpiece version cut release
        production trailer teaser crowd pleaser crowdpleaser headliner opener closer
        selection pick pickup event spectacle romp journey adventure action war crime take
        look spin riff homage tribute letter ode twist update screen
        footage shocker scarefest gorefest biter stunner sleeper tentpole behemoth curio
        oddity triumph misfire flop bomb dud disappointment letdown mess trainwreck surprise
        knockout charmer
        family sci fi scifi period costume tearjerker weepie potboiler mockumentary
        docudrama spoof parody farce odyssey ensemble retelling reimagining continuation
        conclusion return revival relaunch coproduction collaboration prize competition
        gala midnight festival cannes sundance venice berlinale tiff sxsw tribeca
        telluride oscar emmy netflix hbo hulu disney apple amazon prime peacock paramount
        max bbc itv fx amc starz showtime a24 neon focus searchlight universal sony warner
        lionsgate studio studios streamer network channel broadcaster distributor actor
        actress director filmmaker star cast showrunner creator writer critics spot spots
        """
    )
)
#: words that make what follows a title's comma no appositive: "X, the studio said Tuesday"
_NO_APPOSITIVE = frozenset(
    str.split(
        """
        said says told tells confirmed announced revealed added explained noted insisted
        talks talked sat described monday tuesday wednesday thursday friday saturday sunday
        more others
        """
    )
)
#: a dash and another capitalised name right after a title (source text): "Anchorage–Seoul"
#: (not a headline's compound adjective: "Anchorage-Set", "Tundra-Style")
_DASHED_NAME_AFTER = re.compile(
    r"[-–—](?!(?:Set|Style|Like|Sized|Size|Inspired|Themed|Esque|Level|Led|Based|Bound|Era|"
    r"Verse|Worthy|Adjacent|Ready|Approved|Owned|Backed|Produced|Directed|Starring)\b)[A-Z]\w"
)
#: ... or right before it: "Seoul–Anchorage"
_DASHED_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’]*[-–—]\Z")
#: a preposition right before a title (source text)
_PREPOSITION_RIGHT_BEFORE = re.compile(
    r"\b(?i:in|for|of|from|on|at|with|to|into|about)\s+[‘“'\"]?\Z"
)
#: words after an appositive that a headline's praise takes too ("A Triumph For Its Star")
_LOOSE_STOP = re.compile(r"\s+(?i:for|in|on|out|due|coming|set|with)\b")
#: an appositive naming several things, not one: "X, The Gilt Cage, Tessellate and More"
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?[A-Z‘“'\"]|&|and\s+(?:the\s+)?[A-Z])")


def _other_head(src: str, start: int, at: int) -> str:
    """The head of an appositive right after a title (``src[start:at]``) that says it is
    something other than a film or a series ("a cozy roguelike", "the Lodi brewery"), or
    ""."""
    m = _APPOSITIVE.match(src, at)
    if m is None or _PREPOSITION_RIGHT_BEFORE.search(src, max(0, start - 12), start):
        return ""  # "In the trailer for 'Pool Party,' a man in a float is sucked into": a scene
    said = m.group("words")
    owner = re.match(r"(?:(\S+)\s+)*?(\S+?)[’']s?\s+", said)
    if owner is not None:
        # "the studio's biggest swing", "the Ashby twins' series": a screen owner's or a
        # name's work; "the cruise line's newest ship" is the ship
        name = owner.group(2)
        if name[:1].isupper() or fold_phrase(name) in _SCREEN_HEADS:
            return ""
        said = said[owner.end() :]
    words = fold_phrase(said).split()
    if not words or any(w in _NO_APPOSITIVE or w.isdigit() for w in words):
        return ""
    # (a word for a film anywhere in it, but "first", "newest" only as its head: "the
    # adult animated comedy created by", not "the newest ship")
    if words[-1] in _SCREEN_HEADS or any(
        w in _SCREEN_HEADS and w not in _ORDINAL for w in words[:-1]
    ):
        return ""
    rest = re.split(r"[.;:!?]", src[m.end("words") : m.end("words") + 80], maxsplit=1)[0]
    if (
        m.group("stop") is not None
        and len(words) == 1
        and any(w in _SCREEN_HEADS for w in fold_phrase(rest).split())
    ):
        return ""  # an adjective in a row: "a loud, sweaty, sincere stock-car drama"
    capitalised = all(w[:1].isupper() for w in m.group("words").split())
    if m.group("stop") is not None and (capitalised or _LIST_GOES_ON.match(src, m.end("words"))):
        return ""  # a list of names, or one in a headline: "Starter Home, The Gilt Cage, ..."
    if capitalised and _LOOSE_STOP.match(src, m.end("words")):
        return ""  # a headline's praise: "'X,' A Game-Changer For Its Studio, Opens Friday"
    return said.split()[-1]


#: words of :data:`_SCREEN_HEADS` that describe anything when they are not the head ("the
#: newest ship") (folded)
_ORDINAL = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "last",
        "latest",
        "next",
        "final",
        "newest",
        "original",
        "classic",
    ]
)


#: another kind of work named right before the title (source text): "Debut Album
#: 'Petrichor'", "the novel 'X'"; counted against the title only where no context word of
#: the production vouches for it
_OTHER_KIND_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|new|debut|lead|latest|first|second|third|next|his|her|their|its)\s+"
    r"(?:album|single|song|novel|memoir|podcast|video game|board game|musical|mixtape|ep|poem|"
    r"cookbook|exhibition),?\s+[‘'\"“]?\Z"
    # a business or a band named by its kind, in lowercase: "robotics startup Rivet"
    # (not a verb: "critics label X", "audiences brand X")
    r"|(?-i:\b(?:startup|start-up|company|retailer|restaurant|bakery|brewery|winery|cafe|"
    r"bistro|band|duo|trio|quartet|rapper|singer|app|fintech))\s+[‘'\"“]?\Z"
)
#: another medium's kind, capitalised as a headline writes it or not, right before a quoted
#: title, after an owner or describing words (source text): "Chef Rosa Iturbe's Memoir '",
#: "Indie Horror Game '", "Final Novel in '" (counted against the title unless a context
#: word stands in the same sentence)
_KIND_RIGHT_BEFORE = re.compile(
    r"(?:[’']s|\b(?i:indie|horror|survival|debut|new|third|second|final|latest|first)|"
    # a nationality: "Korean Short '"
    r"\b[A-Z][a-z]+(?:an|ese|ish|ch))\s+"
    r"(?:[\w-]+\s+){0,2}?(?i:memoir|novel|cookbook|video\s+game|game|album|single|podcast|"
    r"audiobook|picture\s+book|book|short|opera|satellite)(?:[ \t]+(?i:in|of))?[ \t]+"
    r"(?:the[ \t]+)?[‘“'\"]?\Z"
)
#: "X by Maeve Tolland review –": a book and its author in a review's headline (source text)
_BY_AUTHOR_AFTER = re.compile(r"[’”'\"]?\s+by\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+review\b")


#: a song's video label right after a title (source text): " (Official Music Video)"
_MUSIC_VIDEO_AFTER = re.compile(
    r"[’”'\"]?\s*[(\[]\s*(?i:official\s+)?(?i:music\s+video|audio|lyric\s+video|lyrics|"
    r"visuali[sz]er|live\s+performance)\s*[)\]]"
)
#: words of music's, books' and games' news (folded): what makes a maker's possessive
#: another medium's ("'Lowtide' Star Imelda Crane's 'X' Sets Sept. 12 Return" is the star's
#: series)
_OTHER_MEDIUM_WORDS = re.compile(
    r"\b(?:single|song|songs|track|album|ep|lp|charts?|hot 100|holiday 100|billboard|airplay|"
    r"cover|remix|novel|memoir|book|books|bestseller|paperback|hardcover|publisher|gameplay|"
    r"podcast)\b"
)
#: a maker's possessive right before a quoted title (source text): "Kelsey Marron's '"
_MAKER_BEFORE = re.compile(
    r"(?<![\w’'])(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})[’']s?\s+[‘“'\"]\Z"
)
#: studios, networks and streamers that headlines name as a title's owner (folded words)
COMPANIES = frozenset(
    str.split(
        "netflix disney pixar universal warner sony paramount amazon apple hbo hulu "
        "lionsgate a24 neon focus searchlight illumination marvel dreamworks peacock max "
        "lucasfilm mgm legendary blumhouse studio studios nbc cbs abc fox fx amc starz "
        "showtime bbc itv channel network mubi annapurna miramax skydance imax hollywood"
    )
)
#: more words that make an owner a studio or a network, whose titles a watchlist may not
#: name as context (folded)
_SCREEN_OWNER = re.compile(
    r"\b(?:pictures|films?|entertainment|animation|television|tv|productions|media|"
    r"prime video|shudder|criterion|crunchyroll|toho|nollywood|bollywood)\b"
)


def _unvouched_owner(doc: Document, start: int, end: int, quotes: _Quotes) -> bool:
    """Whether a quoted title follows a maker's possessive that is no studio, no network and
    no everyday word: "Green Day's 'X'" names that maker's work."""
    if not quotes.quoted(doc, start, end):
        return False
    at = doc.folded.to_source(start)
    m = _MAKER_BEFORE.search(doc.source, max(0, at - 50), at)
    if m is None:
        return False
    owner = fold_phrase(m.group("owner"))
    words = owner.split()
    return (
        bool(words)
        and not COMPANIES.intersection(words)
        and not _SCREEN_OWNER.search(owner)
        and not all(w in COMMON_WORDS for w in words)
    )


def _sentence_of(doc: Document, start: int) -> tuple[int, int]:
    """The folded bounds of the segment holding folded ``start`` (the whole text if none)."""
    seg = doc.segment_at(start)
    return (seg.fstart, seg.fend) if seg else (0, len(doc.text))


def _screen_words_in_segment(doc: Document, start: int) -> bool:
    return _SCREEN_WORDS.search(doc.text, *_sentence_of(doc, start)) is not None


def _context_in_segment(doc: Document, h: _Hits, start: int) -> bool:
    lo, hi = _sentence_of(doc, start)
    return any(lo <= c[0] < hi for c in h.context)


#: a headline that opens by naming another kind of work (source text): 'New politics podcast
#: "' (the whole entry is about that work)
_KIND_LEADS_HEADLINE = re.compile(
    r"(?i)\A\s*(?:a\s+|an\s+|the\s+)?(?:new\s+|debut\s+|latest\s+)?(?:[\w-]+\s+)?"
    r"(?:podcast|album|novel|memoir|video game|board game|mixtape|cookbook)\s+"
    r"[‘'\"“]?\Z"
)


#: a game's mode right after a title (source text): " career mode", " mode"
_GAME_MODE_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+mode\b")
#: a video's name going on past the title before its first bar (source text): " for
#: Christmas |", " of the Dead |" (not " in Theaters", " on Netflix")
_VIDEO_LONGER_NAME = re.compile(
    r"\s+(?:for|of)\s+(?:the\s+)?(?!(?:Netflix|Hulu|Prime|Apple|Disney|HBO|Max|Peacock|"
    r"Paramount|Theaters|Theatres|Cinemas|IMAX)\b)[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s*\|"
)
#: a title that ends in a word for a stretch of the calendar (folded): "tourist season"
_PERIOD_WORD_END = re.compile(r"\b(?:season|week|weekend|month|year|day|night|holiday)\Z")
#: capitalised words going on past the title before a video label (source text): " Simulator
#: 2 - Official Launch Trailer" (not " Season 2 - Official Trailer", " Official Trailer")
_VIDEO_NAME_GOES_ON = re.compile(
    r"\s+(?!(?i:season|series|part|chapter|volume|episode|official|final|teaser|trailer|first|"
    rf"new|exclusive|clip|featurette|sneak|promo|tv|s\d+|the final|movie|film|{_SEASON_ABROAD})"
    r"\b)[A-Z][\w'’-]*"
    # (a numbered name: "Simulator 2", "Legends III"; not "In Theaters Friday")
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:\d{1,2}|II|III|IV)\s*(?:\||\s[-–—]\s*)\s*(?i:official|launch|"
    r"gameplay|reveal|announcement|teaser|trailer)\b"
)
#: an all-caps video name going on past an all-caps title and a colon (source text): " MAN:
#: CHRISTMAS SLAY Official Trailer", ": BLOOD MOON Official Trailer" (not " IMAX Trailer")
_CAPS_NAME_GOES_ON = re.compile(
    r"(?:\s+[A-Z]{2,}[A-Z'’-]*)?:\s+(?!(?:OFFICIAL|TEASER|TRAILER|SEASON|SERIES|PART|FINAL|"
    r"EPISODE|CLIP|NEW|FIRST|VOLUME|CHAPTER)\b)[A-Z]{2,}[A-Z'’-]*(?:\s+[A-Z][A-Z'’-]+){0,3}?"
    r"\s+(?i:official|teaser|trailer)\b"
)
#: "the" and a year right before a title (source text): "for the 2027 " (Tourist Season)
_YEAR_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:19|20)\d\d(?:[-–/]\d\d)?\s+\Z")
#: a capitalised noun right after an unquoted title that makes it the name of an event, a
#: place or a body: "the Driftwood Festival", "Ember Awards", "Halcyon Hotel", "Kinsale
#: Gourmet Festival"; a game's mode ("Grand Slam Mode Trailer")
_INSTITUTION_AFTER = re.compile(
    r"(?P<between> (?!Film\b|Movie\b|Series\b|Season\b|World\b|TV\b)[A-Z][a-z]+)?"
    r" (?:Festival|Fest|Awards?|Prize|Foundation|Hotel|Restaurant|Cafe|Café|Bar|Band|Records|"
    r"Mode|DLC|"
    r"Street|Road|Avenue|Park|School|College|University|Club|Church|Museum|Gallery|Theatre|"
    r"Theater|Stadium|Arena|Airport|Station|Hospital|Council|Company|Inc|Ltd|LLC|"
    # "the Harvest Fair"
    r"Fair|Bakery|Summit|Conference|Expo|"
    # a kitchen's or a shop's: "a Season Opener Tasting Menu"
    r"Menu|Brunch|Dinner|Brewery|Winery|Market|Sale|Collection|Cocktail|"
    # a product named after it: "X Fragrance", "X Candle"
    r"Fragrance|Perfume|Cologne|Candle|Stout|Lager|Whisky|Whiskey|Gin)\b"
)


#: a singer's possessive right before a title (source text): "Pop Singer's '"
_MUSIC_OWNER_BEFORE = re.compile(r"\b(?i:singer|rapper|songwriter|crooner)[’']s\s+[‘'\"“]?\Z")
#: an aside naming the title a song (source text): "’ the Breakup Single", ", the ballad"
#: (not "The Single Best Sci-Fi Film")
_SONG_ASIDE_AFTER = re.compile(
    r"(?:[’”'\"]?,|,[’”'\"])\s+(?i:the|a|her|his|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:single|song|ballad|anthem)\b(?!\s+(?i:best|most|biggest|greatest|largest)\b)"
)


def _other_maker_or_medium(doc: Document, titles: list[tuple[int, int]]) -> str:
    """Why an entry that names none of a production's context words is about a song of the
    same name, or "": "Releases 'X,' the Breakup Single", "Pop Singer's 'X' Cracks the Hot
    100"."""
    for start, end in titles:
        at, to = doc.folded.to_source(start), _source_end(doc, end)
        if _MUSIC_OWNER_BEFORE.search(doc.source, max(0, at - 24), at) or _SONG_ASIDE_AFTER.match(
            doc.source, to
        ):
            return "named as a song, and no context word vouches for the title"
        if at < doc.title_end and _KIND_LEADS_HEADLINE.match(doc.source, 0, at):
            # 'New politics podcast "X" debuts' over '"X," launched Wednesday'
            return "the headline is about another kind of work, and no context word vouches"
    return ""


def _maker_name_before(doc: Document, start: int) -> bool:
    """A capitalised name that is no company and no frequent word right before the title at
    folded ``start``, mid-sentence, in text that does not capitalise every word."""
    at = doc.folded.to_source(start)
    if at < doc.title_end and _title_cased(doc.source[: doc.title_end]):
        return False
    prev = re.search(r"(?<=[\w,] )([A-Z][a-z]+) \Z", doc.source[max(0, at - 30) : at])
    if prev is None:
        return False
    word = prev.group(1).lower()
    return word not in COMPANIES and WORD_RANKS.get(word, _PHRASE_RANK) >= _PHRASE_RANK


def _glued_to_name(src: str, start: int, end: int) -> bool:
    if re.match(r" & [A-Z]", src[end : end + 4]):
        return True  # "Ember & Wade: Date Night"
    nxt = re.match(r" ([A-Z][\w'’]*)", src[end : end + 30])
    if nxt and not _WORK_NOUN_AFTER.fullmatch(nxt.group(1)):
        return True
    prev = re.search(r"([A-Z][\w]*) \Z", src[max(0, start - 30) : start])
    return bool(prev) and not re.search(r"[.!?:]\s*\S+ \Z", src[max(0, start - 30) : start])
