"""Milestone observations an entry makes about the productions it names.

Pure: :func:`detect` reads only its arguments; ``now`` stands in for a missing
published time (relative dates such as "this Friday" count from the published day).

Layout: :mod:`tracker.cues` holds the phrase patterns and hedge words,
:mod:`tracker.attribution` decides which title a cue is about; this module finds the cues
in each clause, decides their status and date, and picks one observation per kind.
Only the first :data:`tracker.text.SUMMARY_LIMIT` characters of a summary are read.

How an observation is made
--------------------------
1. The entry becomes a :class:`~tracker.text.Document` (folded words, clauses) and the
   :class:`~tracker.match.Matcher` finds the productions it names.
2. Each clause is searched for *cues*: the phrasings trade press uses for a milestone.

   - trailer: "trailer", "teaser", "teaser trailer", "final trailer", "sneak peek", a
     "first look" video/clip/footage (a first look at photos is not a trailer; a bare
     "First Look" counts only as the part of a video title: "Show — Season 3 First Look |
     Channel"). One episode's promo or sneak peek ("Season 3 Episode 4 Official Promo")
     is not the season's trailer. Fan-made, concept, parody, recut and reaction videos are
     not trailers;
     a headline about such a video (labelled "Fan Made" or "Concept" in any part, "X
     Trailer 2 Reaction", "Trailer Breakdown", "Easter Eggs", "Reacting to the X
     Trailer", "(fan edit)") makes no trailer words of the entry a release. A headline rounding up
     trailers ("Every Trailer From Comic-Con", "This Week's Best Trailers: X, Y") gives one to each
     title its summary names, and to those its headline lists after the roundup words (the
     list ends at a semicolon or at words that are no list: "and Why We're Waiting on X").
     Variant: ``final`` when the word "final" leads, ``teaser`` for teasers, sneak peeks
     and first looks, else ``trailer``.
   - release_date: "sets/gets/reveals ... release (premiere) date", "release date
     announced", a release verb followed by a date ("arrives in theaters July 1", "returns
     March 6", "will come out August 13", "hits Netflix Sept. 18"), a date followed by
     "release" ("March 30 release date", "Sets September Premiere"), a coming day before
     where to see it ("All episodes June 24 on Hulu", "July 31 only in theaters"), a title
     clause that is only a date (video titles: "Show | Official Trailer | January 4"), and
     moves ("moved from Sept. 18 to
     Oct. 2" gives ``previous_date``; a date kept: "stays put on June 30", "still on for",
     "holds its Dec. 18 date", "staying put on Aug. 21"; a verb of motion into cinemas
     ("will race into theaters next summer"; a verb's shape, not "lure Gen Z into
     theaters"); a plan for the release ("is planning a
     release in the second half of 2026"); a vague date right after a plan ("season 4 expected late
     2026", "aiming for early 2027"; ``expected``); a season's day: "All episodes August
     26", and in a video's description a sentence that is only a coming day ("Cast is
     Role. October 16.");
     "pushed to 2027"; "moved up a week"; "Dates X Season
     2 for August 20"; "Moves X Up A Week To Nov. 4"; "Flies Up One Week To Sept. 11";
     "delayed indefinitely" gives an ``expected`` date of None; a plan for a vague
     period: "targets mid-2027", "eyeing early 2027", "sequel due next summer"; "due"
     with a day). A date given up ("previously set for Dec. 11", "had been slated") or
     denied ("won't hit theaters in 2026"; not "won't open until 2027") is none, nor is a
     denied release date ("still has no UK release date", "has not set a release date").
     A release verb counts only as a verb of the production's release: not as a noun
     ("a $13M opening" after a money figure, not a title's number; "its world premiere
     Tuesday"; "debut of the summer"; "its July 31 release"), not with a promo as its
     subject ("the trailer will drop June 18", "reactions to X arrived") or between it
     and the date ("released the trailer on Monday", "opened presales for ..."), not as
     a noun before its verb
     ("premiere set for"), and a premiere verb beside a festival ("premiered in
     competition Saturday", under a Cannes headline) is the festival premiere. A
     red-carpet premiere's place and day ("premiere set for New York on Sept. 8") are no
     release date, nor is a month as a record's category ("biggest August debut"), nor
     an event premiere's day ("sets New York premiere for Sept. 9", "premiere set for
     Aug. 12 in Portland": the premiere, announced, takes it). An
     aside (", which also stars X and Y,") between a verb and its date is skipped, also
     between a move and its "to"/"for" ("has dated X, the Y-directed comedy, for Aug. 7").
   - release (released): box-office results (a money figure with box-office words or a
     result verb, "box office" with a result such as "No. 1", "opening", "flops",
     "biggest debut", "opens to $X"), streaming results ("20.3M views", "most watched",
     "Nielsen", "Top 10", "hours viewed"), a contest won ("edges X at the box office",
     "holds off rivals for second weekend"), a headline's present release with no date
     ("'X' Hits Theaters, ...", "as X opens", "X Sails Into Theaters on ..."; not "the
     trailer for X debuts"), availability ("now streaming", "out now",
     "X is here", "opens this weekend", "following the release of"), a TV season having
     aired ("premiere recap", "Season 3, Episode 1", "after the Season 3 premiere",
     "kicks off its third season"), "ending explained", and a title followed by a past
     release verb ("X debuted at No. 1"). Reviews alone are not a release. A forecast is
     not a result ("tracking for", "projects", "eyes", "heads to $18M"), unless it is
     about an opening on a day that has come ("heading to $13M opening Wednesday", on
     that Wednesday). Also: a week-on-week change ("drops 64%"), an audience record
     ("biggest audience yet"), a post-mortem of what aired
     ("breaks down that opening scene"; not a featurette's or a trailer's scene), charts
     ("tops Hulu charts"), viewers ("4.1M cross-platform
     viewers"), a run extended ("screenings extended through September"), "three-peats".
     Also a later weekend ("in its second weekend") or a move in the ranking ("falls to
     second place"), "X opens/hits theaters today" and "X is in theaters" (ending its
     clause, or with "now"/"today"). Not: a "Top 10 Upcoming Movies" list; a clause about
     tickets sold ahead ("opening weekend sells out", "presales") unless it names money,
     and never advance sales even with money; views of a trailer or clip.
   - premiere: world/festival/red-carpet/LA premieres, "<festival> premiere", "at the
     premiere", "premieres at/on <festival>", "opens the festival", "kicks off with X",
     "hosts the premiere", "premiere set for <city>", "premiere in <Place>" (a capitalised
     place name, not a month or season), a festival's lineup or selection (only for the
     titles its own clause names, not those a summary lists: "Lineup: The Full List |
     Titles include X"), "Venice world premiere date of Sept. 2"
     (announced, with that day; no release date), and a film's headline labelled
     "'X' Premiere: ...". Critics' "first reactions" alone are neither a premiere nor a
     release. A premiere is held unless future words, a lineup's plural ("among world
     premieres") or a festival that has not begun in the entry's year (its usual start,
     :data:`tracker.cues.FESTIVAL_START`) make it announced; an announced premiere takes
     the day or month named just after it ("on Oct. 6"), and a headline's premiere takes
     that date from the summary. "The Venice competition title" is an announcement
     before that festival, and says nothing after it.
     A past premiere ahead of the release ("premiered Thursday at the Fox ahead of its
     Aug. 7 release") is the event, held, not the release.
     A season or series premiere on TV (its "premiere night") is a release, not a
     premiere; a festival phrase describing a film ("the Cannes competition title") is
     not an announcement.
   - production: "filming wraps", "wrapped production", "that's a wrap" (wrapped);
     "begins filming", "cameras rolling", "now in production", "shooting now" (filming);
     "filming <a few words> wrapped" too; "wraps season 3 production"; a title that wraps
     ("'X' Season 4 Wraps;", "'X' Wraps as ...", "Studio wraps X") (wrapped); "filming
     spotted", "will film in <place> through <date>" (filming); set photos, an image or
     update "from the set", "begins night shoots", "as filming continues",
     "currently in Atlanta shooting X" (filming; of the title right after the verb).
     Post- and pre-production are neither.

3. Hedged versus done. A hedge in the same clause near the cue (about eight words before
   it; after it only forward-looking words such as "will", "soon", "expected", "preview";
   also inside a long cue; clauses also end at colons (not inside a title) and at "but",
   "despite", "while", "though", "when") turns a
   trailer ``released`` into ``expected`` and a premiere ``held`` into ``announced``, and
   drops a release or production cue. Hedges are future and modal words ("will",
   "could", "may", "expect", "set to", "coming", "upcoming trailer", "soon"), uncertainty
   ("rumored", "reportedly", "eyeing", "poised"), forecasts ("projected", "tracking",
   "on track", "heads to $X"), anticipation ("ahead of", "before", "look for", "await",
   "sets a date for"), negation ("not", "won't", "no" right before the cue), a clause that
   is a question, and a segment labelled "Rumor:" or "Report:". A question asserts
   nothing: its clause gives no observation ("When will the X trailer drop?", "Is X coming
   this year?"). "May" after a preposition
   is the month. For release dates only doubt hedges ("could",
   "may", "rumored", "expected to", a question): "will come out August 13" is a set date.
   A release date is ``announced`` with a day date (a set date, or a "sets release date"
   phrase without a date) and ``expected`` with a month, season, quarter, half or year
   (vague: "pushed to January 2027"), or when doubted.
   A trailer followed (within five words) by a day still ahead ("the teaser debuts
   tomorrow", "trailer hits online Tuesday, Aug. 4", "teaser for Thursday debut") is
   ``expected`` with that day, unless a past verb, "ahead of" or the film's release noun
   ("ahead of its July 31 release") says the day is not the trailer's; a promo's day
   before "debut" is no release date.
   Done words ("drops", "unveils", "releases", "debuts", "is here", "watch", "official",
   "new", its audience ("record", "90M views"), a headline's trailer named by its place
   in the campaign ("first trailer for X", "First 'X' Teaser", "X Final Trailer"), a
   headline labelled "Exclusive:" or "First Look:", a headline's trailer as the
   subject of what it shows: "'X' Trailer Teases/Brings/Gives ...") make a trailer
   released. A
   trailer merely named counts only as a video title, where the trailer words stand alone
   in their headline part ("X | Official Trailer | Channel", "X Season 2 Teaser", "'X'
   Trailer: ...", "X Trailer #2 (2026) Cast, Cast", "X - Final Trailer (Studio) HD"); in
   one entry released beats expected, and expected beats such a bare
   video title.

4. Attribution: a cue belongs to the title it is bound to: right before it ("'X' trailer",
   "X's teaser", "X Season 2 | Official Teaser", "'X' debuted at No. 1") or right after it
   ("teaser for X", "world premiere of X", "following the release of the studio's latest
   film, X"). A cue bound to another title (a closing quote or possessive just before it,
   "trailer for 'Other'") belongs to no watched production. An unbound cue goes to the
   titles named in the clause within a dozen words, except titles named in passing: credits
   ("X star", "star of X", "(X)"), lists ("like X", "such as X", "including X", "from X to
   Y", "2025's X"), relative clauses ("whose drama X"), and reference points ("ahead of the
   release of X", "after X", "before X"). Titles joined by "and" share a bound cue ("'X' &
   'Y' Top the Charts"), and a cue near one of them ("Wells' 'X' and Rohrwacher's 'Y,'
   starring Z, will both world premiere"). A clause that starts with a title gives its
   unbound cues to it (the sentence's subject). "It"/"the film"/"the wedding comedy" right
   before a cue, or a clause naming no watched title, refers to the entry's subject unless
   the clause quotes another title before the cue or is a "whose" clause; "the film" refers
   only to films, "the series"/"the show" only to series. The subject is the titles of the
   headline's main clause ("'X' Opens as 'Y' Looms" is about X), else those of the first
   clause naming one; a headline that leads with another, unwatched quoted title has no
   watched subject (a watched title before that quote keeps it: "X | 'Scene Name' Clip"). A
   possessive names another title unless it is a company, a context word or an everyday
   word ("the year's", "America's").
5. One observation per production and kind: premiere held beats announced, wrapped beats
   filming, an announced release date beats an expected one, a date beats none.
   ``ProductionSpec.milestones`` limits the kinds reported. ``evidence`` quotes the
   deciding words from the entry.

Dates. A date without a year takes the next such date on or after the published day
(:mod:`tracker.dates`), with three refinements for release dates: a yearless day takes the
year the entry gives the same month elsewhere ("Oct. 8" beside "October 2027"); after a
past-tense verb ("opened June 26", "released Wednesday") a date that would land ahead is
read as the recent past (a year, or for a weekday a week, earlier; not after "hit", present
too: "episodes hit Hulu on Aug. 26"), and a past verb with a
past day is a release (``released``), not a release date; and a date whose period ended
before the entry (a week's grace for a day), or a yearless day the rule puts more than ten
months ahead (a box-office weekend just gone), is history, not a release date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import pairwise

from tracker.attribution import Context, targets
from tracker.cues import (
    ADVANCE_SALES,
    AFTER_FIGURE,
    ASIDE,
    BEATS_FORECAST,
    BO_RESULT_RE,
    BOX_OFFICE,
    CLAUSE_MARK,
    CLAUSE_WORD,
    DOUBT,
    DOUBT_LABEL,
    EPISODE_BEFORE,
    EPISODE_PROMO,
    EVENT_PLACE,
    EVENT_PREMIERE,
    EVENT_PREMIERE_DATE,
    FESTIVAL_AFTER,
    FESTIVAL_CONTEXT,
    FESTIVAL_LINEUP,
    FESTIVAL_NAME,
    FESTIVAL_START,
    FESTIVAL_TITLE,
    FIGURE_BEFORE_DATE,
    FILMING,
    FILMING_THROUGH,
    FORECAST,
    FORMER_BEFORE,
    FROM_TO,
    FUTURE,
    HEDGE,
    HEDGE_AFTER_WORDS,
    IN_VENUE,
    IS_HERE,
    KIND_WORDS,
    MONEY,
    MOVE_REACH,
    MOVE_VERB,
    NEGATED_BEFORE,
    NOT_A_TRAILER,
    NOT_BO,
    NOUN_AFTER,
    NOUN_BEFORE,
    OBJECT_BEFORE,
    OTHER_ENTRY,
    PAST_RELEASE,
    PAST_VERB,
    PLACE_AFTER,
    PLAN_PARTICIPLE,
    PRE_POST,
    PREMIERE,
    PREMIERE_AFTER_DATE,
    PREMIERE_HELD,
    PREMIERE_LABEL,
    PREMIERE_LIST,
    PREMIERE_MARK,
    PREMIERE_NOUN_BEFORE,
    PRESALE,
    PRESENT_RELEASE,
    PRESENT_RELEASE_END,
    PRIVATE_SHOWING,
    PRODUCTION_MARK,
    PROMO,
    PROMO_OF_BEFORE,
    PROMO_RIGHT_BEFORE,
    PROMO_SUBJECT,
    PROMO_WORD,
    PUBLIC_SINCE,
    RD_BEFORE_NOUN,
    RD_INDEFINITE,
    RD_SET,
    RD_SHIFT,
    RD_VERB,
    RECORD_AFTER,
    RECORD_BEFORE,
    RECORD_OF_BEFORE,
    RELATIVE_BEFORE,
    RELEASED,
    RELEASED_MARK,
    SCHEDULE_NOUN_BEFORE,
    SEASON_MARK,
    SET_PLACE_BEFORE,
    SHIFT_FROM_BEFORE,
    SHIFT_TO_BEFORE,
    START_VERB,
    STILL_AFTER,
    STREAMING_RESULT,
    TRAILER,
    TRAILER_ACTS,
    TRAILER_DESCRIBES,
    TRAILER_DONE,
    TRAILER_ORDINAL,
    TRAILER_REACTION,
    UNTIL,
    VENUE,
    VIDEO_NOT_A_TRAILER,
    VIDEO_TAIL,
    VIDEO_TAIL_WORDS,
    WEAK_HEDGE,
    WHERE_AFTER_DATE,
    WRAPPED,
    WRAPS_AFTER,
    WRAPS_BEFORE,
    Cue,
)
from tracker.dates import DateMention
from tracker.domain import PRECISIONS, Entry, FuzzyDate, Observation
from tracker.match import Matcher, Occurrence, note, renewed_season, without_older_works
from tracker.text import Segment, document, fold

__all__ = ["detect", "explain"]

_HEDGE_BEFORE, _HEDGE_AFTER = 60, 40
_PROMO_TRAILER = r"\b(?:trailers?|teasers?|promos?|clips?|sneak peeks?|footage)\b"
PROMO_TRAILER = re.compile(_PROMO_TRAILER)
_DATE_AFTER_WORDS = 8

_ANNOUNCED_PRECISIONS = ("day", "month")
_RANK = {
    ("trailer", "released"): 3, ("trailer", "expected"): 2, ("trailer", "weak"): 1,
    ("release_date", "announced"): 2, ("release_date", "expected"): 1,
    ("premiere", "held"): 2, ("premiere", "announced"): 1,
    ("production", "wrapped"): 2, ("production", "filming"): 1,
    ("release", "released"): 1,
}  # fmt: skip


_Clause = tuple[int, int, bool, bool]  # folded start, end, doubtful, a question


@dataclass(frozen=True, slots=True)
class _Found:
    production: str
    cue: Cue
    evidence: str
    order: int
    direct: bool  # the clause itself names the production


# ---------------------------------------------------------------- clauses and hedges


def _clauses(ctx: Context, seg: Segment) -> list[_Clause]:
    """The segment's clauses as folded ``(start, end, doubtful, question)``.

    Doubtful: a question, or under "Rumor:".
    """
    cuts = {seg.fstart, seg.fend}
    src = ctx.doc.source
    for m in CLAUSE_MARK.finditer(src, seg.start, seg.end):
        cut = ctx.doc.folded.to_folded(m.end())
        if not any(o.start < cut < o.end for o, _ in ctx.occurrences):
            cuts.add(cut)  # not the colon inside a title ("Spider-Man: Brand New Day")
    for m in CLAUSE_WORD.finditer(ctx.text, seg.fstart, seg.fend):
        cuts.add(m.start())
    points = sorted(c for c in cuts if seg.fstart <= c <= seg.fend)
    doubtful = bool(DOUBT_LABEL.match(ctx.text, seg.fstart))
    out: list[_Clause] = []
    for a, b in pairwise(points):
        if b <= a:
            continue
        o_end = ctx.doc.folded.to_source(b) if b < seg.fend else seg.end
        tail = src[ctx.doc.folded.to_source(a) : o_end].rstrip(" \"'”’)")
        question = tail.endswith("?")
        out.append((a, b, doubtful or question, question))
    return out


def _clause_of(clauses: list[_Clause], pos: int) -> _Clause:
    for c in clauses:
        if c[0] <= pos < c[1]:
            return c
    return clauses[-1]


def _hedged(
    ctx: Context,
    clauses: list[_Clause],
    start: int,
    end: int,
    pattern: re.Pattern[str],
    stop: int | None = None,
) -> bool:
    """A doubtful clause, a hedge before the cue, or a forward-looking hedge after it
    (before ``stop``, where the words after belong to another verb)."""
    first, last = _clause_of(clauses, start), _clause_of(clauses, max(start, end - 1))
    if any(c[2] for c in clauses if c[0] < end and start < c[1]):
        return True
    text = ctx.hedge_text  # a title's own words hedge nothing ("Tsukiyo no Yaiba")
    if pattern.search(text, max(first[0], start - _HEDGE_BEFORE), start):
        return True
    if end - start > 20 and pattern.search(text, start, end):
        return True  # inside a long cue: "tracking for a $40M opening"
    after = text[end : min(last[1], end + _HEDGE_AFTER, len(text) if stop is None else stop)]
    return any(HEDGE_AFTER_WORDS.match(h.group()) for h in pattern.finditer(after))


# ---------------------------------------------------------------- cues


def _dates_between(ctx: Context, lo: int, hi: int) -> list[tuple[int, int, DateMention]]:
    """Date mentions starting in folded ``[lo, hi)``, by binary search."""
    starts = ctx.date_starts
    return ctx.dates[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _dates_in(ctx: Context, lo: int, hi: int) -> list[DateMention]:
    return [d for _, _, d in _dates_between(ctx, lo, hi)]


def _date_start(ctx: Context, when: DateMention) -> int:
    return ctx.doc.folded.to_folded(when.start)


def _words_after(text: str, pos: int, n: int) -> int:
    end = pos
    for _ in range(n + 1):
        nxt = text.find(" ", end + 1)
        if nxt < 0:
            return len(text)
        end = nxt
    return end


#: words no list of titles holds: "and Why We're Still Waiting on X", "Netflix Dates X"
_NOT_A_LIST_WORD = re.compile(
    r"\b(?:why|how|what|when|where|who|still|waiting|wait|not|no|yet|dates?|dated|sets?|"
    r"delay\w*|pushed|moves?|moved|releases?|premieres?|announces?|says?|plus a)\b"
)


def _in_roundup_list(ctx: Context, roundup_end: int, o: Occurrence) -> bool:
    """Whether a headline's title after a trailer roundup's words is one of its list ("This
    Week's Best Trailers: 'A', 'B' and More"): the list ends at a semicolon or at words
    that are no list ("and Why We're Still Waiting on 'C'", "; Netflix Dates 'C'")."""
    source = ctx.doc.source[_source_at(ctx, roundup_end) : _source_at(ctx, o.start)]
    return ";" not in source and not _NOT_A_LIST_WORD.search(ctx.text, roundup_end, o.start)


def _trailer_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    """Trailer words; a bare mention counts only as a video title ("X | Official Trailer")."""
    out: list[Cue] = []
    text = ctx.text
    if (
        NOT_A_TRAILER.search(text, seg.fstart, seg.fend)
        or (ctx.video_headline and VIDEO_NOT_A_TRAILER.search(text, seg.fstart, seg.fend))
        or ctx.about_a_trailer
        or (
            PRIVATE_SHOWING.search(text, seg.fstart, seg.fend)
            and not PUBLIC_SINCE.search(text, seg.fstart, seg.fend)
        )
    ):
        # a fan-made, concept or parody video, a reaction to a trailer, footage for a room
        return out
    if ctx.trailer_roundup is not None and not seg.related:
        # a roundup gives a trailer to the titles the summary names, and to those the
        # headline names after it ("This Week's Best Trailers: 'X', 'Y' and More"); not to
        # those of the other stories an aggregator lists under it
        lo = seg.fstart if not seg.in_title else max(seg.fstart, ctx.trailer_roundup)
        out.extend(
            Cue("trailer", "released", o.start, o.end, "trailer", bound=o)
            for o, _ in ctx.occurrences
            if lo <= o.start < seg.fend
            and not STILL_AFTER.match(text, o.end)
            and (not seg.in_title or _in_roundup_list(ctx, ctx.trailer_roundup, o))
        )
    for m in TRAILER.finditer(text, seg.fstart, seg.fend):
        words = m.group()
        clause = _clause_of(clauses, m.start())
        if TRAILER_REACTION.search(
            text, max(clause[0], m.start() - 20), min(clause[1], m.end() + 20)
        ):
            continue  # a reaction video
        bare = _bare_video_title(ctx, seg, clause, m.start(), m.end())
        if words.endswith("first look") and not (bare and ctx.video_headline):
            continue  # a first look at photos is not a trailer
        if EPISODE_PROMO.search(words) and EPISODE_BEFORE.search(
            text, max(seg.fstart, m.start() - 20), m.start()
        ):
            continue  # one episode's promo ("Season 3 Episode 4 Official Promo")
        variant = (
            "final"
            if "final" in words
            else "teaser"
            if re.search(r"teaser|sneak|first look", words)
            else "trailer"
        )
        # the trailer as the subject doing something is out, whatever the clause says
        # before it ("X will premiere in early 2027, first teaser reveals")
        acts = seg.in_title and not clause[2] and bool(TRAILER_ACTS.match(text, m.end()))
        if not acts and _hedged(ctx, clauses, m.start(), m.end(), HEDGE):
            status = "expected"
        else:
            lo, hi = (
                max(clause[0], m.start() - _HEDGE_BEFORE),
                min(clause[1], m.end() + _HEDGE_AFTER),
            )
            done = (
                acts
                or TRAILER_DONE.search(text, lo, hi)
                or (
                    seg.in_title
                    and (
                        ctx.video_label
                        or TRAILER_DESCRIBES.match(text, m.end())
                        or _shown_in_trailer(ctx, clause, m.start())
                        or _ordinal_trailer(ctx, clause, m.start(), words)
                    )
                )
            )
            status = "released" if done else "weak"
            coming = _coming_day(ctx, clause, m.end())
            if coming is not None:
                # "the teaser debuts tomorrow", "trailer hits online Tuesday, Aug. 4"
                out.append(Cue("trailer", "expected", m.start(), m.end(), variant, coming))
                continue
            if status == "weak" and not bare:
                continue  # a trailer merely named ("everything we know: cast, trailer")
        dates = (
            _dates_in(ctx, m.end(), min(clause[1], _words_after(text, m.end(), 6)))
            if status == "expected"
            else []
        )
        out.append(Cue("trailer", status, m.start(), m.end(), variant, dates[0] if dates else None))
    return out


def _ordinal_trailer(ctx: Context, clause: _Clause, start: int, words: str) -> bool:
    """ "First trailer for X", "First 'X' Teaser", "X Final Trailer": a trailer that is out."""
    if TRAILER_ORDINAL.match(words):
        return True
    for o, _ in ctx.occurrences:
        between = ctx.text[o.end : start] if o.end < start else "x"
        if (
            clause[0] <= o.start
            and start - o.end <= 24
            and not SEASON_MARK.sub("", between).strip()
        ):
            before = ctx.text[max(clause[0], o.start - 7) : o.start]
            return bool(TRAILER_ORDINAL.search(before))  # "First 'X' Season 2 Teaser"
    return False


def _coming_day(ctx: Context, clause: _Clause, end: int) -> DateMention | None:
    """A day still ahead right after a trailer that is not yet out ("... arrives tomorrow").

    Not after a past-tense verb ("dropped on Monday"), a day for which the entry's own
    day is the date.
    """
    text = ctx.text
    hi = min(clause[1], _words_after(text, end, 5))
    pub = ctx.published.date()
    for fs, fe, d in _dates_between(ctx, end, hi):
        if d.date.precision != "day" or d.date.day <= pub:
            return None
        if _TRAILER_PAST.search(text, clause[0], fs) or _FILM_RELEASE_AFTER.match(text, fe):
            return None  # "dropped Monday"; "teaser ahead of its July 31 release": the film's
        if REFERENCE_BEFORE.search(text, end, fs) or _RELEASE_WORDS.search(text, end, fs):
            return None  # "teaser, streaming Nov. 20": the film's day
        return d
    return None


_RELEASE_WORDS = re.compile(
    rf"\b(?:streaming|in {VENUE}|(?:hits|arrives in|opens in) {VENUE}|opens|opening)\b"
)
#: "Star Is a Threat in the X Trailer", "Hero Braves the Cold in Teaser for X": a headline
#: about what the trailer shows speaks of one that is out
_SHOWN_IN = re.compile(
    r"\bin (?:(?:the|a|an|its|their|this|new|first|latest|official|final|\w+ s) )*\Z"
)

_SHOWN_IN_OWNER = re.compile(r"\bin (?:the )?\w+(?: s)? \Z")


def _shown_in_trailer(ctx: Context, clause: _Clause, start: int) -> bool:
    text = ctx.text
    lo = start
    for o, _ in ctx.occurrences:
        if (
            clause[0] <= o.start
            and o.end < start
            and not SEASON_MARK.sub("", text[o.end : start]).strip()
        ):
            lo = o.start  # "in the X trailer", "in the studio's X trailer"
    if lo < start and _SHOWN_IN_OWNER.search(text, clause[0], lo):
        return True
    return bool(_SHOWN_IN.search(text, clause[0], lo))


_FILM_RELEASE_AFTER = re.compile(r" (?:\w+ )?(?:release|opening|bow)\b")
REFERENCE_BEFORE = re.compile(r"\b(?:ahead of|before|until|in time for)\b")
_TRAILER_PAST = re.compile(
    r"\b(?:dropped|debuted|released|unveiled|premiered|arrived|landed|launched|revealed|"
    r"shared|hit|went)\b"
)


def _bare_video_title(ctx: Context, seg: Segment, clause: _Clause, start: int, end: int) -> bool:
    """Whether trailer words stand alone in a headline part, as video titles put them.

    Before them in their clause only a title and a season ("X Season 2 Official Teaser"),
    after them nothing but a year or "HD" ("X - Official Trailer (2026)", "X Trailer: ...").
    """
    if not seg.in_title:
        return False
    text = ctx.text
    before = text[clause[0] : start]
    for o, _ in ctx.occurrences:
        if clause[0] <= o.start and o.end <= start:
            before = before.replace(text[o.start : o.end], " ")
    rest = SEASON_MARK.sub(" ", before).split()
    if any(w not in ctx.companies and w not in KIND_WORDS for w in rest):
        return False  # "'X' Peacock Series Teaser" is bare; "Everything about X: trailer" not
    if VIDEO_TAIL.match(ctx.doc.source, _source_at(ctx, end)):
        return True  # "X Trailer #2 (2026) Cast Name, Cast Name"
    tail = text[end : clause[1]].split()
    return all(
        re.fullmatch(r"\d{1,4}", w) or w in VIDEO_TAIL_WORDS or w in ctx.companies for w in tail
    )


def _date_status(
    ctx: Context,
    clauses: list[_Clause],
    start: int,
    end: int,
    when: DateMention | None,
    stop: int | None = None,
) -> str:
    if _hedged(ctx, clauses, start, end, DOUBT, stop):
        return "expected"
    if when is None or when.date.precision == "day":
        return "announced"
    return "expected"


_RECENT_PAST_DAYS = 335  # a yearless day further ahead than this is read as a past one
_SPAN_MONTHS = {"day": 0, "month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12}


def _is_history(ctx: Context, when: DateMention) -> bool:
    """A date whose period ended before the entry (a week's grace for a day) is no release date."""
    pub = ctx.published.date()
    d = when.date
    if d.precision == "day":
        return d.day < pub - timedelta(days=7) or (
            when.relative and d.day > pub + timedelta(days=_RECENT_PAST_DAYS)
        )
    n = d.day.year * 12 + d.day.month - 1 + _SPAN_MONTHS[d.precision]
    return date(n // 12, n % 12 + 1, 1) <= pub


_MODAL_BEFORE = re.compile(r"\b(?:will|would|to|could|may|might|should|can|set to)(?: \w+)? \Z")


def _past_verb(ctx: Context, m: re.Match[str]) -> bool:
    """A past-tense release verb: "hit theaters", not "will hit theaters".

    Its tense is its first word ("release date confirmed for" is no past release), and a
    move or a plan names a coming date ("moved to Oct. 2", "scheduled for Oct. 2").
    """
    words = m.group()
    if not PAST_VERB.match(words) or MOVE_VERB.match(words) or PLAN_PARTICIPLE.match(words):
        return False
    return not _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())


def _in_the_past(ctx: Context, past: bool, when: DateMention) -> DateMention:
    """A yearless date after a past-tense verb that would land ahead means last year's."""
    pub = ctx.published.date()
    if not (when.relative and past and when.date.day > pub):
        return when
    if when.form in ("weekday", "relday"):
        earlier = when.date.day - timedelta(days=7)
    else:
        try:
            earlier = when.date.day.replace(year=when.date.day.year - 1)
        except ValueError:
            return when
    return replace(when, date=FuzzyDate(earlier, when.date.precision)) if earlier <= pub else when


def _shifted(when: DateMention, m: re.Match[str]) -> DateMention:
    n = {"a": 1, "one": 1, "two": 2, "three": 3}[m.group("n")]
    unit = m.group("unit")
    days = n * (7 if unit.startswith("week") else 30 if unit.startswith("month") else 1)
    sign = -1 if m.group("dir") == "up" else 1
    moved = when.date.day + timedelta(days=sign * days)
    return replace(when, date=FuzzyDate(moved, when.date.precision))


def _release_date_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    return [
        *_verb_date_cues(ctx, seg, clauses),
        *_noun_date_cues(ctx, seg, clauses),
        *_set_date_cues(ctx, seg, clauses),
        *_move_cues(ctx, seg),
        *_date_only_title_cues(ctx, seg),
        *_listed_day_cues(ctx, seg),
    ]


_SEASON_GAP = re.compile(r"(?: (?:season|series|part) \w+| s\d+)? \Z")
_OPEN_PAREN = re.compile(r"\(\s*\Z")
#: a title's credits between it and its bracketed day (source text): ", starring A and B ("
_CREDIT_ASIDE = re.compile(
    r"[’”'\"]?,?\s+(?:starring|with|from|directed by|led by|written by)\s+"
    r"[^,;:()’”\"]{1,80}\s*\(\s*"
)
_CLOSE_PAREN = re.compile(r"\s*\)")


_QUOTE_CLOSE_BEFORE = re.compile(r"[’'\"”],?\s+\Z")
#: "'B' and 'C' Aug. 21": titles joined by "and" share the day after the last (source text)
_AND_QUOTED = re.compile(r"[’'\"”],?\s+(?:and|&)\s+[‘'\"“][^‘’'\"“”]{1,60}[’'\"”],?\s+")


#: a slate of release or premiere days ("Sets Premieres", "Premiere Dates", "release
#: dates"): not screenings or events ("Special Screenings: 'A' July 11, 'B' July 18")
_DATE_SLATE = re.compile(
    r"\b(?:premieres|(?:premiere|release|return|debut|launch|air) dates?|dates)\b"
)


def _listed_day_cues(ctx: Context, seg: Segment) -> list[Cue]:
    """A coming day in brackets right after a title, as listings write them ("Show (Oct. 9)");
    a list of quoted titles each followed by its own day ("Sets Premieres: 'A' May 12, 'B'
    April 21"): each title's day is the one right after it, never another title's."""
    text = ctx.text
    out: list[Cue] = []
    quoted: list[tuple[int, int, DateMention]] = []
    for fs, fe, d in ctx.dates:
        if not seg.fstart <= fs < seg.fend or d.date.precision != "day":
            continue
        if d.form in ("relday", "weekday") or _is_history(ctx, d):
            continue
        src_start = _source_at(ctx, fs)
        before = ctx.doc.source[max(0, src_start - 3) : src_start]
        if _QUOTE_CLOSE_BEFORE.search(ctx.doc.source, max(0, src_start - 4), src_start):
            quoted.append((fs, fe, d))
        if not _OPEN_PAREN.search(before):
            continue
        if not _CLOSE_PAREN.match(ctx.doc.source, _source_at(ctx, fe)):
            continue
        for o, _ in ctx.occurrences:
            if o.end <= fs and _SEASON_GAP.fullmatch(text, o.end, fs):
                out.append(Cue("release_date", "announced", fs, fe, date=d))
                break
            if o.end <= fs and _CREDIT_ASIDE.fullmatch(
                ctx.doc.source, _source_at(ctx, o.end), src_start
            ):
                # "The Harwick Job, starring A and B (June 12); ...": the title's day
                out.append(Cue("release_date", "announced", fs, fe, date=d, bound=o))
                break
    slate = _DATE_SLATE.search(text, 0, ctx.title_fend) or _DATE_SLATE.search(
        text, seg.fstart, seg.fend
    )
    if len(quoted) > 1 and slate:  # a slate: several quoted titles, each with its day
        for fs, fe, d in quoted:
            src_start = _source_at(ctx, fs)
            for o, _ in ctx.occurrences:
                if o.end <= fs and (
                    _SEASON_GAP.fullmatch(text, o.end, fs)
                    or _AND_QUOTED.fullmatch(ctx.doc.source, _source_at(ctx, o.end), src_start)
                ):
                    out.append(Cue("release_date", "announced", fs, fe, date=d, bound=o))
    return out


def _listed_day(ctx: Context, d: DateMention) -> bool:
    """Whether a day stands right after a quoted title ("'A' July 11")."""
    if d.date.precision != "day":
        return False
    src = d.start
    return bool(_QUOTE_CLOSE_BEFORE.search(ctx.doc.source, max(0, src - 4), src))


def _fresh_dates(ctx: Context, lo: int, hi: int) -> list[DateMention]:
    return [d for d in _dates_in(ctx, lo, hi) if not _is_history(ctx, d)]


def _verb_date_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    """A release verb and the date after it; a past verb with a past date is a release."""
    text = ctx.text
    out: list[Cue] = []
    past_dates: set[int] = set()
    other_object = -1  # where an aside after another work's name ends (folded)
    # a slate of quoted titles each with its day: those days are the titles' (_listed_day_cues)
    in_segment = _dates_between(ctx, seg.fstart, seg.fend)
    if not in_segment:
        return out  # every cue here is a verb with its date
    listed = sum(_listed_day(ctx, d) for _, _, d in in_segment) > 1
    for m in _release_verbs(ctx, seg):
        if not _dates_between(ctx, m.start(), seg.fend):
            break  # no date after this verb, nor after any later one
        if m.start() <= other_object:
            continue  # 'will release "Y," the follow-up to X, in theaters on Sept. 18'
        if not _is_release_verb(ctx, seg, clauses, m):
            continue
        aside_end = _title_only_in_aside(ctx, m.end())
        if aside_end is not None:
            other_object = aside_end + 1  # the aside only names X: Y's date
            continue
        reach = _DATE_AFTER_WORDS + _aside_words(ctx, m.end())
        hi = min(seg.fend, _words_after(text, m.end(), reach))
        reach += _title_words(ctx, m.end(), hi)  # a long title is one object
        hi = min(seg.fend, _words_after(text, m.end(), reach))
        past = _past_verb(ctx, m)
        # a past verb reads a yearless date as the recent past ("came out June 8"); "hit" is
        # present too ("episodes hit Hulu on Aug. 26" is a day ahead)
        shift = past and not m.group().startswith("hit")
        moved = bool(MOVE_VERB.match(m.group()))
        # a move's date may hold its preposition: "from March" in "moves X from March to May"
        lo = text.rfind(" ", m.start(), m.end()) + 1 if moved else m.end()
        window = [
            d
            for d in (_in_the_past(ctx, shift, d) for d in _dates_in(ctx, lo, hi))
            if not _is_history(ctx, d)
        ]
        if not window or window[0].start in past_dates:
            continue
        if listed and _listed_day(ctx, window[0]):
            continue  # "Sets Premieres: 'A' July 11, 'B' July 18": each title's own day
        if _not_the_date(ctx, clauses, m, window[0]):
            continue
        if re.match(r"(?:on|in) ", m.group()) and (
            _word_gap(text, m.end(), _date_start(ctx, window[0])) > 3
            or _PUNCT.search(ctx.doc.source, _source_at(ctx, m.end()), window[0].start)
        ):
            continue  # "on Prime Video, the service's biggest launch this year": no date of it
        if _SAID_BEFORE.search(
            text, max(0, _date_start(ctx, window[0]) - 30), _date_start(ctx, window[0])
        ):
            continue  # "..., the company said Tuesday": the day of the statement
        if _RESULT_AFTER_VERB.match(text, m.end()):
            continue  # "Opens At No. 1 As Holiday Season Kicks Off": a chart result
        if (
            m.group().startswith("open")
            and _date_start(ctx, window[0]) == m.end() + 1
            and window[0].date.precision in ("year", "half", "quarter", "season")
        ):
            continue  # "Netflix is opening 2026 with ...": the year is what opens
        if not moved and text.startswith(" off ", m.end()):
            continue  # "comes off its Dec. 11 date": the date it leaves
        if _SLATE_AFTER_DATE.match(text, ctx.doc.folded.to_folded(window[0].end) - 1):
            continue  # "released its 2026 film slate": the year names the slate
        if PREMIERE_AFTER_DATE.match(text, ctx.doc.folded.to_folded(window[0].end) - 1):
            continue  # "will open on Sept. 24 with the world premiere of X": the premiere's day
        if OTHER_ENTRY.match(text, m.start() + _first_word(m) + 1):
            continue  # "has dated a third installment for June 2028": another film's date
        if _other_work_subject(ctx, m.start()):
            continue  # "X Sequel Due in 2028": the sequel's date, not X's
        if moved and _SHOOT_SUBJECT.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Filming on X pushed to May": the shoot moves, not the release
        if moved and not m.start() < _date_start(ctx, window[0]) <= m.end() + 1:
            continue  # a move names its date right after (or with) "to"/"from": "from March"
        if _NOT_A_WORK_OBJECT.search(text, m.end(), _date_start(ctx, window[0])):
            continue  # "has released its full programming schedule for the 2026 show"
        if PROMO_WORD.search(text, m.end(), _date_start(ctx, window[0])):
            continue  # "released the trailer on Monday", "opened presales for its July 31 ..."
        if PREMIERE_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start()) and (
            EVENT_PLACE.match(text, m.end(), _date_start(ctx, window[0]))
            or PLACE_AFTER.match(ctx.doc.source, window[0].end)
        ):
            # "premiere set for New York on September 8": a red carpet's date
            if window[0].date.precision in _ANNOUNCED_PRECISIONS:
                out.append(Cue("premiere", "announced", m.start(), m.end(), date=window[0]))
            continue
        if any(
            e.start() < _date_start(ctx, window[0]) and m.start() < e.end()
            for e in EVENT_PREMIERE.finditer(text, max(seg.fstart, m.start() - 30), seg.fend)
        ):
            continue  # "sets New York premiere for Sept. 9": the event's day, not the release
        when, previous = window[0], None
        if len(window) > 1 and FROM_TO.match(
            text, m.start(), ctx.doc.folded.to_folded(window[1].end)
        ):
            previous, when = window[0], window[1]
        if past and m.group().startswith("hit") and when.date.day > ctx.published.date():
            past = False  # "episodes hit Hulu on Aug. 26": present tense, the day is ahead
        day = when.date.precision == "day"
        if when.text.lower() == "today" and not past:
            # "opens today", "hits theaters today": it is out, not a date still to come
            if not _hedged(ctx, clauses, m.start(), m.end(), WEAK_HEDGE):
                out.append(Cue("release", "released", m.start(), m.end(), date=when))
            past_dates.add(window[0].start)
            continue
        if past and day and when.date.day <= ctx.published.date():
            clause = _clause_of(clauses, m.start())
            if re.match(r"premier|screen", m.group()) and _AHEAD_OF_RELEASE.search(
                text, m.end(), clause[1]
            ):
                # "premiered Thursday at the Fox ahead of its Aug. 7 release": an event
                out.append(Cue("premiere", "held", m.start(), m.end()))
            elif not _hedged(ctx, clauses, m.start(), m.end(), WEAK_HEDGE):
                out.append(Cue("release", "released", m.start(), m.end(), date=when))
            past_dates.add(window[0].start)
            continue
        # "X, which opens Friday, July 3, is eyeing $60M": the relative clause states the
        # day; the words after it are the main verb's
        relative = RELATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        stop = ctx.doc.folded.to_folded(when.end) if relative and day else None
        status = _date_status(ctx, clauses, m.start(), m.end(), when, stop)
        out.append(
            Cue(
                "release_date",
                status,
                m.start(),
                m.end(),
                date=when,
                previous=previous,
                moved=moved,
            )
        )
    return out


#: "returned on Saturday with the world premiere of its first two episodes": an event
_WITH_A_PREMIERE = re.compile(
    r"\bwith (?:the|a|its) (?:world |festival |gala |special |red carpet )premiere\b"
)
#: a verb's object that is no film, between the verb and the date
_NOT_A_WORK_OBJECT = re.compile(
    r"\b(?:schedule|programming|lineup|line up|slate|calendar|rankings|data|report|figures|"
    r"statement|guidelines|rules|list of)\b"
)
#: a statement's verb right before its day: "the company said Tuesday"
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|reported|revealed|told \w+|noted|added) (?:on )?\Z"
)
#: a result right after the verb: "opens at No. 1", "debuts atop the chart", "opened to $40M"
_RESULT_AFTER_VERB = re.compile(
    r" (?:at no \d|at number|at the top|atop|to \$|with \$|in first|up \d|down \d)"
)
#: a date that names a list of many films: "its 2026 film slate", "the fall TV lineup"
_SLATE_AFTER_DATE = re.compile(
    r" (?:(?:film|movie|tv|series|release|theatrical|streaming|drama|comedy|awards) )?"
    r"(?:slate|lineup|line up|calendar|schedule|rankings|list)\b"
)
_AHEAD_OF_RELEASE = re.compile(
    r"\b(?:ahead of|before|in advance of) (?:its|the|their) (?:\w+ ){0,4}?(?:release|opening|"
    r"theatrical run|bow)\b"
)


#: "filming on X ", "production of X has been ": the shoot as a move's subject
_SHOOT_SUBJECT = re.compile(
    r"\b(?:filming|shooting|the shoot|production|principal photography)(?: (?:on|of|for) "
    r"(?:(?!as |and |while |but |wraps |wrapped |ends |ended )\w+ ){1,6}?)?"
    r"(?:(?:has been|have been|was|is|been|now|again|officially) )*\Z"
)
#: "X sequel ", "X spinoff is ": another work named by the title, the verb's subject
_OTHER_WORK_BEFORE = re.compile(
    r"\b(?:sequel|prequel|spinoff|spin off|follow up|remake|reboot)s? (?:is |was |has been |"
    r"now |also )?\Z"
)


def _other_work_subject(ctx: Context, fpos: int) -> bool:
    """Whether the words right before ``fpos`` are a watched title and another work of it
    ("Netflix's X Sequel Due in 2028"): the verb is the other work's."""
    m = _OTHER_WORK_BEFORE.search(ctx.text, max(0, fpos - 24), fpos)
    return m is not None and any(o.end + 1 == m.start() for o, _ in ctx.occurrences)


def _not_the_date(
    ctx: Context, clauses: list[_Clause], m: re.Match[str], when: DateMention
) -> bool:
    """A date the verb denies or that was given up: "won't open in 2026", "previously
    set for Dec. 11". A denial with "until" still names a date ("won't open until 2027")."""
    text = ctx.text
    clause = _clause_of(clauses, m.start())
    before = text[max(clause[0], m.start() - 30) : m.start()]
    if FORMER_BEFORE.search(before):
        return True
    return bool(NEGATED_BEFORE.search(before)) and not UNTIL.search(
        text, m.end(), _date_start(ctx, when)
    )


def _release_verbs(ctx: Context, seg: Segment) -> Iterator[re.Match[str]]:
    """Release verbs in the segment; a move reaches its "to"/"for" past ten words only over
    an aside ("has dated X, the Y-directed comedy starring A and B, for Friday, Aug. 7")."""
    pos = seg.fstart
    while (m := RD_VERB.search(ctx.text, pos, seg.fend)) is not None:
        if MOVE_VERB.match(m.group()) and _move_gap(m) > MOVE_REACH + _aside_words(
            ctx, m.start() + _first_word(m)
        ) + _words_to_title(ctx, m.start() + _first_word(m), m.end()):
            pos = m.start() + _first_word(m)  # too far: read on from the verb's next word
            continue
        yield m
        # a move's span may hold another verb ("dates X, Season 3 returns Oct. 1, Y moves
        # to"): read on from the verb's next word
        pos = (
            m.start() + _first_word(m)
            if MOVE_VERB.match(m.group())
            else max(m.end(), m.start() + 1)
        )


def _word_gap(text: str, a: int, b: int) -> int:
    """Words between folded positions ``a`` and ``b``."""
    return text.count(" ", a, b) - 1 if b > a else 0


def _first_word(m: re.Match[str]) -> int:
    space = m.group().find(" ")
    return len(m.group()) if space < 0 else space


def _move_gap(m: re.Match[str]) -> int:
    """Words between a move's verb and its preposition ("moves X up to": 2)."""
    return max(0, m.group().count(" ") - 1)


def _words_to_title(ctx: Context, lo: int, hi: int) -> int:
    """The words of a description before the first watched title in ``[lo, hi)``, when
    short ("is sliding Soren Calloway's sci-fi epic Pale Horizon off its date to")."""
    starts = [o.start for o, _ in ctx.occurrences if lo < o.start < hi]
    if not starts:
        return 0
    words = _word_gap(ctx.text, lo, min(starts))
    return words if words <= 6 else 0


def _aside_words(ctx: Context, fpos: int) -> int:
    """The words of an aside right after a verb ("releases the film, which stars X, on ...")."""
    start = _source_at(ctx, fpos)
    aside = ASIDE.match(ctx.doc.source, start)
    if aside is None:
        return 0
    return len(fold(aside.group()).text.split())


def _title_only_in_aside(ctx: Context, fpos: int) -> int | None:
    """Where (folded) the aside after a verb's object ends, when the watched titles right
    after the verb stand only inside it ('will release "Y," the follow-up to X, in
    theaters'): the object is another work, the aside only names X. Else None."""
    start = _source_at(ctx, fpos)
    aside = ASIDE.match(ctx.doc.source, start)
    if aside is None:
        return None
    comma = ctx.doc.source.find(",", start, aside.end())
    lo, mid, hi = start, comma, aside.end()
    spans = [(_source_at(ctx, o.start), _source_at(ctx, o.end)) for o, _ in ctx.occurrences]
    in_object = any(lo <= s < mid for s, _ in spans)
    in_aside = any(mid < s < hi for s, _ in spans)
    if not in_aside or in_object or comma <= start:
        return None
    return ctx.doc.folded.to_folded(hi)


def _title_words(ctx: Context, lo: int, hi: int) -> int:
    """Words of watched titles named in folded ``[lo, hi)`` ("The Tide (La Marea)"), with
    the season before one ("the sixth and final season of X"): one object."""
    words = 0
    for o, _ in ctx.occurrences:
        if lo <= o.start and o.end <= hi:
            words += ctx.text.count(" ", o.start, o.end) + 1
            season = _SEASON_OF_BEFORE.search(ctx.text, max(lo, o.start - 40), o.start)
            if season:
                words += season.group().count(" ")
    return words


#: "the sixth and final season of ", "season 3 of ": a season named before its series
_SEASON_OF_BEFORE = re.compile(
    r"\b(?:the )?(?:\w+ (?:and (?:final|last) )?)?(?:season|series)(?: \w+)? of (?:the )?\Z"
)


_PUNCT = re.compile(r"[,;:|–—]")
#: a promo as the subject of a relative clause: "the second teaser, which "
_PROMO_WHICH = re.compile(rf"\b(?:{PROMO})(?: \w+){{0,2}} (?:which|that) (?:\w+ )?\Z")
#: a promo as the subject its clause opens with: "the streamer said the first teaser for "
_PROMO_LEADS = re.compile(
    rf"(?:\w+ ){{0,4}}?(?:said |says |confirmed |announced |that )?(?:the |a |an |its )?"
    rf"(?:first |new |official |final |second |next |full )*(?:{PROMO}) (?:for|of|from) "
)
#: where a second clause starts (source text): ", and", ";", "and the"
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|while)\b|;|\band (?:the|it|its|they)\b|"
    r"\b(?:which|that|who|before|after|when|as|while|until|since|because|ahead of)\b"
)
_PUNCT_BEFORE = re.compile(r"[,;:)]\s*\Z")


def _is_release_verb(ctx: Context, seg: Segment, clauses: list[_Clause], m: re.Match[str]) -> bool:
    """Whether a release verb speaks of the production's release.

    Not when it is a noun ("$13M opening", "its world premiere Tuesday"), when a promo
    is its subject ("the trailer will drop June 18"), or when a premiere verb speaks of a
    festival ("premiered in competition on Saturday" beside "Cannes").
    """
    text = ctx.text
    if AFTER_FIGURE.search(text, max(0, m.start() - 12), m.start()):
        return False
    if NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start()) or text.startswith(
        " of ", m.end()
    ):
        return False  # "its world premiere", "debut of the summer"
    if (m.start() in ctx.date_ends or m.start() - 1 in ctx.date_ends) and not _PUNCT_BEFORE.search(
        ctx.doc.source, 0, _source_at(ctx, m.start())
    ):
        return False  # "its July 31 release": a noun after a date (not "Dec. 11, moves to")
    if m.group().startswith("schedule") and SCHEDULE_NOUN_BEFORE.search(
        text, max(0, m.start() - 16), m.start()
    ):
        return False  # "the final schedule concluded on Thursday": a shoot's schedule
    if NOUN_AFTER.match(text, m.end()):
        return False  # "premiere set for ...": a noun, the next word is the verb
    if _NOUN_OF_THE_EVENT.match(text, m.end()) and not any(
        o.start == m.end() + 1 for o, _ in ctx.occurrences
    ):
        return False  # "Season 3 Premiere Ratings" (not "will release Night Shore")
    if START_VERB.fullmatch(m.group()) and not any(
        o.end <= m.start() and _START_GAP.fullmatch(text, o.end, m.start())
        for o, _ in ctx.occurrences
    ):
        return False  # "filming begins Monday": only a title starts its run
    if START_VERB.fullmatch(m.group()) and _SHOOT_SUBJECT.search(
        text, max(0, m.start() - 60), m.start()
    ):
        return False  # "Filming on X begins Monday": the shoot starts
    if START_VERB.fullmatch(m.group()) and _WORK_STARTED.match(text, m.end()):
        return False  # "X will start shooting in Greece in spring"
    if m.group().startswith("opening") and _EVENT_OPENING.match(text, m.end()):
        return False  # "its world premiere on opening night, Sept. 10": a festival's night
    if re.match(r"(?:debut|premiere|opening|launch|release|bow|on )", m.group()) and (
        _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ):
        return False  # "the most-watched original comedy debut", "best start on the streamer"
    if _EVENT_SUBJECT.search(text, max(0, m.start() - 24), m.start()):
        return False  # "Tudum, which returns to Los Angeles on May 30": the event does
    if _ABOUT_THE_WORK_BEFORE.search(text, max(0, m.start() - 50), m.start()):
        return False  # "First tracking for Disney's live-action X arrived Thursday"
    if _NOT_A_WORK_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False  # "according to internal data released Thursday": the data was
    counted = _COUNTED_SETS.search(text, max(0, m.start() - 16), m.start())
    if m.group().startswith("sets") and counted:
        return False  # "revealed four sets tied to X": toy sets
    if m.group().startswith("set") and _set_is_a_place(ctx, m):
        return False  # "shares a photo from the X set": a film set
    clause = _clause_of(clauses, m.start())
    if _PROMO_WHICH.search(text, max(clause[0], m.start() - 50), m.start()):
        return False  # "its second teaser, which debuted online Thursday morning"
    promo = PROMO_SUBJECT.search(text, max(clause[0], m.start() - 40), m.start())
    if promo and not _PUNCT.search(
        ctx.doc.source, _source_at(ctx, promo.start()), _source_at(ctx, m.start())
    ):
        return False  # "the trailer drops Friday" (not "Gets First Teaser, In Theaters Dec. 18")
    lead = _PROMO_LEADS.match(text, clause[0], m.start())
    if lead and not _NEW_CLAUSE.search(
        ctx.doc.source, _source_at(ctx, lead.end()), _source_at(ctx, m.start())
    ):
        # "the streamer said the first teaser for the third season of X, its hospital
        # drama, will debut next month": the teaser is the subject
        return False
    if re.match(r"premier|debut|bow|screen", m.group()):
        festival = FESTIVAL_CONTEXT.search(text, seg.fstart, seg.fend) or (
            FESTIVAL_CONTEXT.search(text, 0, ctx.title_fend)
        )
        if festival:
            return False
    return True


#: "opening night", "opening gala": a festival's or a season's first event, not a release
_EVENT_OPENING = re.compile(
    r" (?:night|gala|ceremony|film|slot|selection|title|weekend of the (?:festival|fest))\b"
)


#: what starts, when it is not the run: " shooting", " production"
_WORK_STARTED = re.compile(
    r" (?:shooting|filming|production|principal photography|work|rehearsals|casting|"
    r"pre production|post production|its shoot|the shoot|lensing)\b"
)
#: between a title and its start verb: "X begins", "X Season 2 starts", "X will begin"
_START_GAP = re.compile(r"(?: (?:season|series|part) \w+| s\d+)?(?: will| is set to)? \Z")
#: a record's category before a noun-like verb: "the most watched original comedy debut"
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:most watched|most streamed|most viewed|biggest|best|largest|strongest|widest|"
    r"highest|record) (?:\w+ ){0,6}\Z"
)
#: a noun right after a release word, which is then a noun too: "premiere ratings"
_NOUN_OF_THE_EVENT = re.compile(
    r" (?:ratings?|numbers|viewers|viewership|audience|party|screening|episode|recap|review|"
    r"reactions?|photos|outfits?|red carpet|weekend|week|night|gross|haul|tally)\b"
)
#: an event as the verb's subject: "the fan event, which returns to Los Angeles on May 30"
_EVENT_SUBJECT = re.compile(
    r"\b(?:event|festival|fest|convention|expo|ceremony|awards|gala|panel|tour|conference|"
    r"summit|market|showcase|fair)(?: which| that)? \Z"
)
#: something about a work as the subject: "tracking for Disney's live-action X "
_ABOUT_THE_WORK_BEFORE = re.compile(
    r"\b(?:tracking|reviews?|reactions?|presales?|tickets|data|buzz|first look|footage) "
    r"(?:for|of) (?:\w+ ){1,5}\Z"
)
#: a verb's subject that is no film: "data released Thursday", "the report released Monday"
_NOT_A_WORK_BEFORE = re.compile(
    r"\b(?:data|figures|numbers|statement|report|study|survey|stats|statistics|results|"
    r"rankings|memo|poll|findings|earnings|list|letter|filing|transcript|preorders?|tracking|"
    r"pre orders?|tickets|presales?|pre sales|sales|voting|registration|applications|"
    r"submissions|bookings|reservations) \Z"
)
#: "four sets", "new LEGO sets": sets as things, counted (folded text before "sets")
_COUNTED_SETS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|new|lego|toy|box|"
    r"these|those|collectible) \Z"
)


def _set_is_a_place(ctx: Context, m: re.Match[str]) -> bool:
    """ "from the X set", "on X set": "set" right after a title that follows a preposition
    of place, with no punctuation between ("bets on X, set for Sept. 18" is a verb)."""
    text = ctx.text
    for o, _ in ctx.occurrences:
        if o.end + 1 == m.start() and SET_PLACE_BEFORE.search(text, max(0, o.start - 12), o.start):
            src_end, src_set = _source_at(ctx, o.end), _source_at(ctx, m.start())
            return not re.search(r"[,;:.!?(–—-]", ctx.doc.source[src_end:src_set])
    return False


def _noun_date_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    """A date right before "release"/"premiere"/"debut" ("March 30 release date"), or a
    coming day right before where to see it ("All episodes June 24 on Hulu")."""
    out: list[Cue] = []
    pub = ctx.published.date()
    for fs, fe, d in _dates_between(ctx, seg.fstart, seg.fend):
        if _is_history(ctx, d):
            continue
        noun = (
            RD_BEFORE_NOUN.match(ctx.text, fe)
            and not RECORD_BEFORE.search(ctx.text, max(0, fs - 12), fs)
            and not FIGURE_BEFORE_DATE.search(ctx.text, max(0, fs - 40), fs)
        )
        if _PROMO_FOR.search(ctx.text, max(seg.fstart, fs - 40), fs):
            continue  # "the teaser for Thursday debut": the promo's day
        if noun and _SINCE_ITS.search(ctx.text, max(seg.fstart, fs - 30), fs):
            continue  # "two months after its January debut": a debut behind it
        if d.form == "weekday" and RELEASED.search(ctx.text, *_clause_of(clauses, fs)[:2]):
            continue  # "Including its Wednesday opening, it has sold 1M tickets": a past day
        noun = noun or bool(_ITS_SEASON_BEFORE.search(ctx.text, max(seg.fstart, fs - 40), fs))
        where = d.date.precision == "day" and d.date.day >= pub
        where = where and bool(
            WHERE_AFTER_DATE.match(ctx.text, fe)
            or _EPISODES_BEFORE.search(ctx.text, max(seg.fstart, fs - 30), fs)
        )
        if noun or where:
            out.append(Cue("release_date", _date_status(ctx, clauses, fs, fe, d), fs, fe, date=d))
    return out


#: a season's own time: "(shifts to Tuesdays) for its second season this fall"
_ITS_SEASON_BEFORE = re.compile(
    r"\bits (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
    r"|final|new|next|upcoming|sophomore) (?:season|series) (?:in |on |starting |beginning )?\Z"
)
#: a debut the entry counts from: "since its", "two months after its" (January debut)
_SINCE_ITS = re.compile(r"\b(?:since|(?:days|weeks|months|years) after) (?:its|the|their) \Z")
#: "All episodes August 26", "every episode Friday": a season's day
_EPISODES_BEFORE = re.compile(r"\b(?:all|every) (?:\w+ )?episodes? (?:on |from )?\Z")
_PROMO_FOR = re.compile(r"\b(?:trailers?|teasers?|promos?|clips?|footage) (?:for|on|set for) \Z")


#: a video's label: "X Season 3 | Date Announcement | Netflix"
_DATE_LABEL = re.compile(
    r"(?:official )?(?:release |premiere )?date (?:announcement|announce|reveal)"
    r"(?: (?:teaser|trailer|promo|video))?"
)


def _set_date_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    """ "Sets release date" with the date near it, if the text gives one; a video labelled
    "Date Announcement"."""
    text = ctx.text
    out: list[Cue] = []
    if seg.in_title and _DATE_LABEL.fullmatch(text, seg.fstart, seg.fend):
        out.append(Cue("release_date", "announced", seg.fstart, seg.fend))
    for m in RD_SET.finditer(text, seg.fstart, seg.fend):
        hi = min(seg.fend, _words_after(text, m.end(), _DATE_AFTER_WORDS))
        near = _fresh_dates(ctx, max(seg.fstart, m.start() - 40), hi)
        when = near[0] if near else None
        if EVENT_PREMIERE_DATE.search(m.group()):
            # "gets Venice world premiere date of Sept. 2": the festival premiere's day
            day = when if when and when.date.precision in _ANNOUNCED_PRECISIONS else None
            out.append(Cue("premiere", "announced", m.start(), m.end(), date=day))
            continue
        status = _date_status(ctx, clauses, m.start(), m.end(), when)
        out.append(Cue("release_date", status, m.start(), m.end(), date=when))
    return out


def _move_cues(ctx: Context, seg: Segment) -> list[Cue]:
    """ "Delayed indefinitely"; "moved up a week" from a date the text names."""
    text = ctx.text
    out = [
        Cue("release_date", "expected", m.start(), m.end(), moved=True)
        for m in RD_INDEFINITE.finditer(text, seg.fstart, seg.fend)
    ]
    for m in RD_SHIFT.finditer(text, seg.fstart, seg.fend):
        near = _fresh_dates(ctx, seg.fstart, seg.fend)
        if not near or text.startswith(" to ", m.end()):
            continue
        new, previous = _shift_dates(ctx, near, m)
        out.append(
            Cue(
                "release_date",
                "announced",
                m.start(),
                m.end(),
                date=new,
                previous=previous,
                moved=True,
            )
        )
    return out


def _shift_dates(
    ctx: Context, near: list[DateMention], m: re.Match[str]
) -> tuple[DateMention, DateMention | None]:
    """The new and former dates of "moved up a week": the starting date shifted, unless the
    text names the new date itself ("now opens Oct. 9, ceding its original Oct. 16 slot")."""

    def before(d: DateMention) -> str:
        fs = _date_start(ctx, d)
        return ctx.text[max(0, fs - 40) : fs]

    former = [d for d in near if SHIFT_FROM_BEFORE.search(before(d))]
    landed = [d for d in near if SHIFT_TO_BEFORE.search(before(d)) and d not in former]
    if landed:
        return landed[0], former[0] if former else None
    start = former[0] if former else near[0]
    return _shifted(start, m), start


def _date_only_title_cues(ctx: Context, seg: Segment) -> list[Cue]:
    """A headline part that is only a calendar day ("Show | Official Trailer | January 4").

    Not a relative word: "Story - TODAY" names a publisher.
    """
    if seg.start == 0 or not (seg.in_title or ctx.video_headline):
        return []  # in a video's description too: "Cast is Role. October 16."
    for fs, fe, d in ctx.dates:
        if (
            fs == seg.fstart
            and fe >= seg.fend
            and d.date.precision == "day"
            and d.form not in ("relday", "weekday")
        ):
            return [Cue("release_date", "announced", fs, fe, date=d)]
    return []


def _box_office_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    """ "Box office" in a clause that reports a result anywhere ("'X' Places Second ... B.O.")."""
    text = ctx.text
    lo, hi = (0, ctx.title_fend) if seg.in_title else (seg.fstart, seg.fend)
    if not BOX_OFFICE.search(text, seg.fstart, seg.fend) or not (
        any(
            not _hedged(ctx, clauses, r.start(), r.end(), HEDGE)
            for r in BO_RESULT_RE.finditer(text, lo, hi)
        )
        or (BO_RESULT_RE.search(text, lo, hi) and BEATS_FORECAST.search(text, lo, hi))
    ):
        # no "box office" (the cheaper test first), or no result but a forecast's ("X Box
        # Office: Sequel Tracking for $60M Opening")
        return []
    return [
        Cue("release", "released", m.start(), m.end())
        for m in BOX_OFFICE.finditer(text, seg.fstart, seg.fend)
    ]


def _release_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    text = ctx.text
    out: list[Cue] = []
    released = (
        RELEASED.finditer(text, seg.fstart, seg.fend)
        if RELEASED_MARK.search(text, seg.fstart, seg.fend)  # else no RELEASED phrasing
        else ()
    )
    for cue in [
        *(Cue("release", "released", m.start(), m.end()) for m in released),
        *_box_office_cues(ctx, seg, clauses),
    ]:
        clause = _clause_of(clauses, cue.start)
        words = text[cue.start : cue.end]
        if "$" in words and NOT_BO.search(text, clause[0], clause[1]):
            continue
        if _TIME_ARRIVES.search(text, max(seg.fstart, cue.start - 24), cue.start) and re.match(
            r"(?:has|have) arrived", words
        ):
            continue  # "The holidays have arrived": the season has
        before = text[max(seg.fstart, cue.start - 40) : cue.start].split()[-3:]
        if words.startswith("has landed") and any(w in ctx.companies for w in before):
            continue  # "a thriller that Apple Original Films has landed": an acquisition
        if (
            "$" in words
            and _FORECAST_RE.search(text, clause[0], cue.start)
            and not _opening_now(ctx, clause)
        ):
            continue  # "Tracking has X in the $30M-$35M range": a forecast, however far back
        if _MUSIC.search(text, clause[0], clause[1]):
            continue  # "'Riptide' crosses 2 billion streams on Spotify": a song's
        if "$" in words and any(
            _is_history(ctx, d) and d.date.precision != "day"
            for d in _dates_in(ctx, clause[0], clause[1])
        ):
            continue  # "the first film, in the summer of 2023, opened to $61 million"
        if "percent" in words and _MARKETS.search(text, seg.fstart, seg.fend):
            continue  # "shares of brokerage Compass Inc fell 9%": a stock, not a film's weekend
        if "$" not in words and PRESALE.search(text, clause[0], clause[1]):
            continue  # "opening weekend sells out": tickets sold ahead of the release
        if "ticket" in words and PRESALE.search(text, seg.fstart, seg.fend):
            continue  # "X Presales: Has Sold 1M Tickets": tickets sold ahead
        if ADVANCE_SALES.search(text, clause[0], clause[1]):
            continue  # "advance sales top $40M": money taken before the release
        if PROMO_RIGHT_BEFORE.search(text, max(clause[0], cue.start - 20), cue.start):
            continue  # "Teaser Out Now": the teaser is out
        weak = bool(STREAMING_RESULT.search(words))
        if weak and PROMO_TRAILER.search(text, clause[0], clause[1]):
            continue  # "the trailer drew 40M views": the promo's audience, not the film's
        if not _hedged(ctx, clauses, cue.start, cue.end, WEAK_HEDGE if weak else HEDGE):
            out.append(cue)
        elif not _hedged(ctx, clauses, cue.start, cue.end, WEAK_HEDGE) and _opening_now(
            ctx, clause
        ):
            out.append(cue)  # "heading to a $13M opening Wednesday", on that Wednesday
    for o, _ in ctx.occurrences:
        if seg.fstart <= o.start < seg.fend:
            out.extend(_bound_release_cues(ctx, seg, clauses, o))
    return out


#: a box-office forecast's words
_FORECAST_RE = re.compile(rf"\b(?:{FORECAST})\b")
#: the words of the music charts
_MUSIC = re.compile(
    r"\b(?:spotify|apple music|billboard hot 100|hot 100|album|playlist|song|radio play)\b"
)
#: a time of year as the subject of "has arrived"
_TIME_ARRIVES = re.compile(
    r"\b(?:holidays|holiday season|christmas|summer|fall|autumn|spring|winter|season|weekend|"
    r"moment|time|wait|day|days|month)\s\Z"
)
#: the words of a stock market report
_MARKETS = re.compile(
    r"\b(?:shares|stocks?|nasdaq|nyse|investors|trading|earnings|dow jones|s p 500|"
    r"market cap|share price)\b"
)


def _opening_now(ctx: Context, clause: _Clause) -> bool:
    """A box-office forecast for a day that has come (this past week): the film is out."""
    return _day_within(ctx, clause, ahead=0)


def _day_within(ctx: Context, clause: _Clause, ahead: int) -> bool:
    """A day in the clause from a week before the entry to ``ahead`` days after it."""
    pub = ctx.published.date()
    return any(
        d.date.precision == "day" and -7 <= (d.date.day - pub).days <= ahead
        for d in _dates_in(ctx, clause[0], clause[1])
    )


def _bound_release_cues(
    ctx: Context, seg: Segment, clauses: list[_Clause], o: Occurrence
) -> list[Cue]:
    """ "X is here", "X debuted at No. 1", "X flops", "X premiered at Sundance"."""
    text = ctx.text
    out: list[Cue] = []
    if PROMO_OF_BEFORE.search(text, max(0, o.start - 50), o.start):
        return out  # "the first teaser for X is finally here": the teaser is
    if RECORD_AFTER.match(text, o.end) or RECORD_OF_BEFORE.search(
        text, max(0, o.start - 40), o.start
    ):
        return out  # "X's soundtrack debuted at No. 3": the record did
    here = IS_HERE.match(text, o.end)
    if here:
        out.append(Cue("release", "released", here.start() + 1, here.end(), bound=o))
    venue = IN_VENUE.match(text, o.end)
    if venue and (
        venue.group("now") or not text[venue.end() : _clause_of(clauses, o.start)[1]].strip()
    ):
        out.append(Cue("release", "released", venue.start() + 1, venue.end(), bound=o))
    present = PRESENT_RELEASE.match(text, o.end) if seg.in_title else None
    if present and _present_release(ctx, clauses, o, present):
        clause = _clause_of(clauses, o.start)
        if (
            not VENUE_WORD.search(present.group())
            and FESTIVAL_CONTEXT.search(text, 0, ctx.title_fend)
            and not MONEY_RE.search(text, clause[0], clause[1])
        ):
            # "Telluride: 'X' Debuts to a Rapt Crowd": the festival premiere, not the release;
            # "Fest Lineup: X Opens": the festival still ahead
            cue = _premiere_cue(ctx, clauses, present.start() + 1, present.end())
            if FESTIVAL_LINEUP.search(text, 0, ctx.title_fend):
                cue = replace(cue, status="announced")
            out.append(replace(cue, bound=o))
        else:
            out.append(Cue("release", "released", present.start() + 1, present.end(), bound=o))
    past = PAST_RELEASE.match(text, o.end)
    if past and (
        OBJECT_BEFORE.search(text, max(0, o.start - 8), o.start)
        or _ABOUT_THE_WORK_BEFORE.search(text, max(0, o.start - 50), o.start)
    ):
        past = None  # "reactions to X arrived": X is not what arrived
    if past and any(
        _is_history(ctx, d) for d in _dates_in(ctx, past.end(), _clause_of(clauses, o.start)[1])
    ):
        past = None  # "whose X premiered in competition here last year": long past
    if past and past.end() <= seg.fend:
        festival = FESTIVAL_AFTER.match(text, past.end())
        clause_end = _clause_of(clauses, o.start)[1]
        ahead = (
            past.group("verb") == "premiered"
            and _AHEAD_OF_RELEASE.search(text, past.end(), clause_end)
        ) or _WITH_A_PREMIERE.search(text, past.end(), min(clause_end, past.end() + 40))
        if festival:
            out.append(Cue("premiere", "held", past.start("verb"), festival.end(), bound=o))
        elif ahead or past.group().startswith(" world "):
            # "X premiered in Atlanta ahead of its release", "X world premiered": the event
            out.append(Cue("premiere", "held", past.start("verb"), past.end(), bound=o))
        elif not _hedged(ctx, clauses, past.start("verb"), past.end(), WEAK_HEDGE):
            out.append(Cue("release", "released", past.start("verb"), past.end(), bound=o))
    return out


def _present_release(ctx: Context, clauses: list[_Clause], o: Occurrence, m: re.Match[str]) -> bool:
    """ "'X' Hits Theaters, ...", "as X opens": out now, unless a date, hedge or object says not."""
    text = ctx.text
    clause = _clause_of(clauses, o.start)
    if _dates_between(ctx, m.end(), clause[1]) or not PRESENT_RELEASE_END.match(
        ctx.doc.source, _source_at(ctx, m.end())
    ):
        return False  # "X Opens Nov. 25", "X Opens Its Doors"
    if OBJECT_BEFORE.search(text, max(0, o.start - 8), o.start):
        return False  # "the trailer for X debuts": the promo is what debuts
    return not _hedged(ctx, clauses, m.start(), m.end(), HEDGE)


def _premiere_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    """Premiere phrasings; a festival's film named before the festival; "'X' Premiere:"."""
    text = ctx.text
    out: list[Cue] = []
    if PREMIERE_MARK.search(text, seg.fstart, seg.fend):  # else none of these phrasings
        out.extend(_premiere_phrase_cues(ctx, seg, clauses))
    if not seg.in_title and not seg.related:
        return out  # below: headline shapes (an aggregator's other headlines are headlines)
    festival = None
    for o, match in ctx.occurrences:
        end = o.end + len(" premiere")
        if (
            seg.fstart <= o.start < seg.fend
            and match.production.kind == "film"
            and text.startswith(" premiere", o.end)
            and (end == seg.fend or PREMIERE_LABEL.match(ctx.doc.source, _source_at(ctx, end)))
        ):
            out.append(replace(_premiere_cue(ctx, clauses, o.end + 1, end), bound=o))
            continue
        if not seg.fstart <= o.start < seg.fend:
            continue
        verb = _PREMIERE_DOES.match(text, o.end)
        if verb is None:
            continue
        if festival is None:
            festival = bool(FESTIVAL_CONTEXT.search(text, 0, ctx.title_fend))
        clause = _clause_of(clauses, o.start)
        if festival and not RELEASED.search(text, clause[0], clause[1]):
            # "Venice: X Premiere Dazzles", "TIFF: X Season 3 Premiere Brings ..." (not a
            # result: "X Premiere Draws 2M Viewers")
            start = verb.start("premiere")
            cue = _premiere_cue(ctx, clauses, start, start + len("premiere"))
            out.append(replace(cue, bound=o))
    return out


#: a title's premiere as the subject of a present verb ("X premiere dazzles", "X Season 3
#: Premiere Brings ..."), not a noun of the premiere ("premiere dates", "premiere episodes")
_PREMIERE_DOES = re.compile(
    r"(?: season \w+| s\d+)? (?P<premiere>premiere) (?!(?:date|episode|recap|review|rating|"
    r"reaction|photo|ticket|look|outfit|dress|viewer|number|time)s\b)[a-z]+s\b"
)


_PREMIERE_WORD = re.compile(r"\bpremiere\b")
VENUE_WORD = re.compile(rf"\b{VENUE}\b")
MONEY_RE = re.compile(MONEY)


def _this_week(ctx: Context, clause: _Clause) -> bool:
    """A day in the clause within a week of the entry ("on Tuesday", read either way)."""
    return _day_within(ctx, clause, ahead=7)


#: a deal as the subject of "closed": "the deal, worth high seven figures, closed"
_DEAL_BEFORE = re.compile(r"\b(?:deal|sale|acquisition|negotiations|talks|pact)\b(?: \w+){0,8} \Z")
#: a premiere told in the past tense
_PAST_EVENT = re.compile(r"(?:world )?(?:premiered|debuted|bowed|screened|launched)\b")
#: a relative clause opening right before it: "which", "that world"
_RELATIVE_BEFORE_EVENT = re.compile(
    r"\b(?:which|that|who|where it)(?: first| originally| also| had| has)? (?:world )?\Z"
)


def _premiere_phrase_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    """Premiere phrasings, a festival's lineup, "premiere in <Place>", a festival's film."""
    text = ctx.text
    out: list[Cue] = []
    for m in PREMIERE.finditer(text, seg.fstart, seg.fend):
        if PROMO_SUBJECT.search(text, max(seg.fstart, m.start() - 40), m.start()):
            continue  # "the trailer will debut at Comic-Con": the trailer's debut, not the film's
        if m.group().startswith(("for the premiere", "to the premiere")) and _dates_between(
            ctx, max(seg.fstart, m.start() - 40), m.start()
        ):
            continue  # "has set Thursday, June 25 for the premiere of X": its release day
        if m.group().startswith("clos") and _DEAL_BEFORE.search(
            text, max(seg.fstart, m.start() - 60), m.start()
        ):
            continue  # "the deal, for a high seven figures, closed in Toronto"
        if (
            _PAST_EVENT.match(m.group())
            and _RELATIVE_BEFORE_EVENT.search(text, max(seg.fstart, m.start() - 24), m.start())
            and not _this_week(ctx, _clause_of(clauses, m.start()))
        ):
            # "the thriller, which premiered at Cannes, ...": background to a review (not
            # "which world premiered in competition on Thursday": this week's news)
            continue
        out.append(_premiere_cue(ctx, clauses, m.start(), m.end()))
    for m in FESTIVAL_LINEUP.finditer(text, seg.fstart, seg.fend):
        if not any(c.start < m.end() and m.start() < c.end for c in out):
            cue = _premiere_cue(ctx, clauses, m.start(), m.end())
            name = FESTIVAL_NAME.match(text, m.start())
            if (
                cue.status == "held"
                and not m.group().endswith("competition")
                and not PREMIERE_HELD.search(text, seg.fstart, seg.fend)
                and (
                    name is None
                    or name.group() not in FESTIVAL_START
                    or _festival_ahead(ctx, name.group())
                )
            ):
                # "NYFF Main Slate: 'X' to World Premiere": a lineup is announced ahead
                cue = replace(cue, status="announced")
            out.append(replace(cue, own_clause=True))  # a lineup: only the titles it names
    for m in _PREMIERE_WORD.finditer(text, seg.fstart, seg.fend):
        if PLACE_AFTER.match(ctx.doc.source, _source_at(ctx, m.end())) and not any(
            c.start < m.end() and m.start() < c.end for c in out
        ):
            out.append(_premiere_cue(ctx, clauses, m.start(), m.end()))  # "premiere in Paris"
    for m in FESTIVAL_TITLE.finditer(text, seg.fstart, seg.fend):
        if _festival_ahead(ctx, m.group("festival")) and not any(
            c.start < m.end() and m.start() < c.end for c in out
        ):
            out.append(Cue("premiere", "announced", m.start(), m.end()))
    return out


def _source_at(ctx: Context, fpos: int) -> int:
    return min(ctx.doc.folded.to_source(fpos), len(ctx.doc.source))


def _premiere_cue(ctx: Context, clauses: list[_Clause], start: int, end: int) -> Cue:
    """Held unless future words, a lineup's list or a festival still ahead say announced."""
    text = ctx.text
    clause = _clause_of(clauses, start)
    lo, hi = max(clause[0], start - _HEDGE_BEFORE), min(clause[1], end + _HEDGE_AFTER)
    words = text[start:end]
    future = (
        clause[2]
        or bool(FUTURE.search(text, lo, hi))
        or (bool(PREMIERE_LIST.search(words)) and not _premieres_as_verb(ctx, start, end))
        or any(_festival_ahead(ctx, f.group()) for f in FESTIVAL_NAME.finditer(text, lo, hi))
    )
    held = bool(PREMIERE_HELD.search(text, lo, hi)) or bool(re.search(r"\b(?!red\b)\w+ed\b", words))
    if held or not future:
        return Cue("premiere", "held", start, end)
    hi = min(clause[1], _words_after(text, end, _DATE_AFTER_WORDS))
    dates = [
        d
        for fs, fe, d in _dates_between(ctx, end, hi)
        if d.date.precision in _ANNOUNCED_PRECISIONS
        and not _is_history(ctx, d)
        and not RD_BEFORE_NOUN.match(text, fe)
    ]
    if not dates:  # "will open on Sept. 24 with the world premiere of X": the day before
        dates = [
            d
            for fs, fe, d in _dates_between(ctx, clause[0], start)
            if d.date.precision == "day"
            and not _is_history(ctx, d)
            and (p := PREMIERE_AFTER_DATE.match(text, fe)) is not None
            and p.end() >= end
        ][-1:]
    return Cue("premiere", "announced", start, end, date=dates[0] if dates else None)


def _premieres_as_verb(ctx: Context, start: int, end: int) -> bool:
    """ "X World Premieres In Glasgow": the title's verb, not a list of premieres."""
    subject = any(o.end + 1 == start for o, _ in ctx.occurrences) or bool(
        _WORK_NOUN_BEFORE.search(ctx.text, max(0, start - 14), start)
    )
    return subject and bool(re.match(r" (?:in|at|to|on|with)\b", ctx.text[end : end + 6]))


#: "Blumhouse Horror World Premieres In Glasgow": a noun for the film as the subject
_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:horror|film|movie|thriller|drama|comedy|pic|feature|documentary|doc|sequel|series|"
    r"show|epic|musical|romcom|rom com|animation|western|biopic) \Z"
)


def _festival_ahead(ctx: Context, name: str) -> bool:
    """Whether the festival named starts later in the entry's year than the entry."""
    start = FESTIVAL_START.get(name)
    pub = ctx.published.date()
    return start is not None and pub < date(pub.year, *start)


def _production_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    text = ctx.text
    out: list[Cue] = []
    if PRODUCTION_MARK.search(text, seg.fstart, seg.fend):  # else none of these phrasings
        out.extend(_shoot_phrase_cues(ctx, seg, clauses))
    for o, _ in ctx.occurrences:
        if not seg.fstart <= o.start < seg.fend:
            continue
        clause = _clause_of(clauses, o.start)
        after = WRAPS_AFTER.match(text[: clause[1]], o.end)
        before = WRAPS_BEFORE.search(text, max(clause[0], o.start - 8), o.start)
        for w in (after, before):
            if w and not HEDGE.search(text, max(clause[0], w.start() - _HEDGE_BEFORE), w.start()):
                out.append(Cue("production", "wrapped", w.start(), w.end(), bound=o))
    return out


def _shoot_phrase_cues(ctx: Context, seg: Segment, clauses: list[_Clause]) -> list[Cue]:
    """ "Filming wraps", "begins filming", "will film in <place> through <date>"."""
    text = ctx.text
    out: list[Cue] = []
    for pattern, status in ((WRAPPED, "wrapped"), (FILMING, "filming")):
        for m in pattern.finditer(text, seg.fstart, seg.fend):
            if PRE_POST.search(text, max(0, m.start() - 6), m.start()):
                continue
            bound = None
            if _NOW_FILMING.fullmatch(m.group()):
                # "now in London filming 'Other'": the shoot is the title right after it
                bound = _object_after(ctx, m.end())
                after = ctx.doc.source[_source_at(ctx, m.end()) :].lstrip()
                if bound is None and after[:1] and (after[0] in "'\"‘“" or after[0].isupper()):
                    continue  # another work named right after the verb
            if not _hedged(ctx, clauses, m.start(), m.end(), HEDGE):
                out.append(Cue("production", status, m.start(), m.end(), bound=bound))
    for m in FILMING_THROUGH.finditer(text, seg.fstart, seg.fend):
        if not _hedged(ctx, clauses, m.start(), m.end(), DOUBT):
            out.append(Cue("production", "filming", m.start(), m.end()))
    return out


def _object_after(ctx: Context, fpos: int) -> Occurrence | None:
    """A watched title within three words after ``fpos``, no punctuation between."""
    for o, _ in ctx.occurrences:
        if fpos < o.start <= _words_after(ctx.text, fpos, 3):
            between = ctx.doc.source[_source_at(ctx, fpos) : _source_at(ctx, o.start)]
            if not re.search(r"[,;:.!?|–—]", between):
                return o
    return None


#: "now in Malta filming", "currently shooting": a shoot under way somewhere
_NOW_FILMING = re.compile(r"(?:now|currently|still) (?:in (?:\w+ ){1,3})?(?:filming|shooting)")

#: "Paramount Denies Report X Will Play Cannes": what follows is said not to be so
_DENIED = re.compile(
    r"\b(?:denies|denied|deny|denying|refutes|refuted|debunks|debunked|shoots down|shot down|"
    r"dismisses|dismissed) (?:the |a |that )?(?:reports?|rumou?rs?|claims?|speculation)?\b"
)

_CUE_FINDERS = (_trailer_cues, _release_date_cues, _release_cues, _premiere_cues, _production_cues)


# ---------------------------------------------------------------- observations


def _evidence(ctx: Context, seg: Segment, o: Occurrence, cue: Cue) -> str:
    """The deciding words: the cue with up to three words before it, the title and the date."""
    text = ctx.text
    lead = cue.start
    for _ in range(3):
        prev = text.rfind(" ", seg.fstart, max(seg.fstart, lead - 1))
        lead = seg.fstart if prev < 0 else prev + 1
    a, b = lead, cue.end
    if seg.fstart <= o.start < seg.fend:
        a, b = min(a, o.start), max(b, o.end)
    if cue.date is not None:
        ds = ctx.doc.folded.to_folded(cue.date.start)
        if seg.fstart <= ds < seg.fend:
            a, b = min(a, ds), max(b, min(seg.fend, ctx.doc.folded.to_folded(cue.date.end)))
    if b - a > 160:
        a, b = cue.start, cue.end
    return ctx.doc.original(a, min(b, len(text))).strip(" ,;:|-–—")


def _find(ctx: Context, notes: list[str] | None) -> list[_Found]:
    found: list[_Found] = []
    order = 0
    renewed = renewed_season(ctx.text)
    for seg in ctx.doc.segments:
        clauses = _clauses(ctx, seg)
        for finder in _CUE_FINDERS:
            for cue in finder(ctx, seg, clauses):
                clause = _clause_of(clauses, cue.start)
                if clause[3]:
                    note(notes, f"{cue.kind} words in a question assert nothing")
                    continue
                if _DENIED.search(ctx.text, clause[0], cue.start):
                    note(notes, f"{cue.kind} words in a denial assert nothing")
                    continue
                for o, m in targets(ctx, seg, cue, notes):
                    if cue.kind not in m.production.milestones:
                        note(notes, f"{m.production.id}: {cue.kind} not watched")
                        continue
                    if cue.kind == "release" and renewed == m.production.season is not None:
                        # "X Renewed for Season 3 After Record Sophomore Run": the figures
                        # are the season out, not the one renewed
                        note(notes, f"{m.production.id}: the season renewed is not out")
                        continue
                    direct = seg.fstart <= o.start < seg.fend
                    found.append(
                        _Found(m.production.id, cue, _evidence(ctx, seg, o, cue), order, direct)
                    )
                    order += 1
    return found


def _precision_rank(cue: Cue) -> int:
    return -PRECISIONS.index(cue.date.date.precision) if cue.date else -len(PRECISIONS)


def _preference(f: _Found) -> tuple[bool | int, ...]:
    """How good a stand-in ``f`` is among observations of the same rank."""
    dated = f.cue.date is not None
    if f.cue.kind == "release_date":
        return (f.cue.moved, dated, _precision_rank(f.cue), f.direct)
    return (f.direct, dated, f.cue.moved)


def _better(a: _Found, b: _Found) -> bool:
    """Whether ``a`` should stand for its production and kind rather than ``b``."""
    ra, rb = _RANK[a.cue.kind, a.cue.status], _RANK[b.cue.kind, b.cue.status]
    if ra != rb:
        return ra > rb
    if _preference(a) != _preference(b):
        return _preference(a) > _preference(b)
    return a.order < b.order


def _observation(f: _Found) -> Observation:
    status = "released" if f.cue.status == "weak" else f.cue.status
    return Observation(
        production=f.production,
        milestone=f.cue.kind,
        status=status,
        date=f.cue.date.date if f.cue.date else None,
        variant=f.cue.variant if f.cue.kind == "trailer" else None,
        previous_date=f.cue.previous.date if f.cue.previous else None,
        moved=f.cue.moved,
        evidence=f.evidence,
    )


def _run(
    entry: Entry, matcher: Matcher, now: datetime, notes: list[str] | None
) -> list[Observation]:
    if notes is None and not matcher.may_name(entry.title, entry.summary):
        return []  # explaining, the matcher's own reasons are wanted
    doc = document(entry.title, entry.summary)
    published = entry.published or now
    matches = without_older_works(doc, matcher.match_document(doc, notes), published.year, notes)
    if not matches:
        note(notes, "no watched production is named")
        return []
    ctx = Context(doc, matches, published)
    best: dict[tuple[str, str], _Found] = {}
    found = _find(ctx, notes)
    for f in found:
        key = (f.production, f.cue.kind)
        if key not in best or _better(f, best[key]):
            best[key] = f
    for key, f in best.items():
        if f.cue.kind == "trailer" and f.cue.status in ("weak", "released"):
            # "X Season 2 Trailer, Reveals Set for Live Event" over "will premiere the first
            # trailer": a first trailer still to come means none is out (a bare mention
            # yields to any trailer the text says is coming)
            ahead = [
                g
                for g in found
                if (g.production, g.cue.kind) == key
                and g.cue.status == "expected"
                and (
                    f.cue.status == "weak"
                    or re.search(r"\bfirst\b", ctx.text[max(0, g.cue.start - 40) : g.cue.end])
                )
            ]
            if ahead:
                best[key] = f = ahead[0]
        if f.cue.date is None:  # the headline's premiere, dated by the summary
            dated = [
                g
                for g in found
                if (g.production, g.cue.kind, g.cue.status)
                == (f.production, f.cue.kind, f.cue.status)
                and g.cue.date is not None
            ]
            if dated:
                best[key] = replace(f, cue=replace(f.cue, date=dated[0].cue.date))
    for m in matches:
        if not any(k[0] == m.production.id for k in best):
            note(notes, f"{m.production.id}: named, but no milestone words are about it")
    return [_observation(f) for f in sorted(best.values(), key=lambda f: f.order)]


def detect(entry: Entry, matcher: Matcher, now: datetime) -> list[Observation]:
    """The milestone observations ``entry`` makes about watched productions."""
    return _run(entry, matcher, now, None)


def explain(entry: Entry, matcher: Matcher, now: datetime) -> list[str]:
    """Why ``entry`` gave the observations it gave, or none."""
    notes: list[str] = []
    observations = _run(entry, matcher, now, notes)
    for o in observations:
        notes.append(f"{o.production}: {o.milestone} {o.status} from {o.evidence!r}")
    return notes
