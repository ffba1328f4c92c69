"""Milestone observations an entry makes about the productions it names.

Pure: :func:`detect` reads only its arguments; ``now`` stands in for a missing
published time (relative dates such as "this Friday" count from the published day).

Layout: :mod:`tracker.cues` holds the phrase patterns and hedge words;
:mod:`tracker.clauses` cuts a segment into clauses and answers what every finder asks (is
the cue hedged, which dates are near, is a date history); one module per kind finds its
cues and decides their status and date (:mod:`tracker.trailers`,
:mod:`tracker.release_dates`, :mod:`tracker.releases`, :mod:`tracker.premieres`,
:mod:`tracker.shoots`); :mod:`tracker.attribution` decides which title a cue is about; this
module runs the finders over each clause and picks one observation per kind.
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
   the clause quotes another title before the cue or is a "whose" clause (another story's
   headline an aggregator lists is about none of ours, except where it goes on after a
   semicolon from a part that led with one: "'X' TIFF Premiere Earns Ovation; Sony Sets
   Nov. 20 Release"); "the film" refers
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
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from tracker.attribution import Context, targets
from tracker.clauses import Clause, clause_of, dates_in, is_history, split_clauses
from tracker.cues import (
    CITY,
    FESTIVAL_CONTEXT,
    Cue,
)
from tracker.dates import DateMention
from tracker.domain import PRECISIONS, Entry, FuzzyDate, Observation
from tracker.match import (
    Matcher,
    Occurrence,
    note,
    renewed_season,
    season_of_after,
    season_word_value,
    seasons_ahead,
    seasons_counted,
    seasons_named,
    without_older_works,
)
from tracker.premieres import premiere_cues
from tracker.release_dates import release_date_cues
from tracker.releases import release_cues
from tracker.shoots import production_cues
from tracker.text import Segment, document
from tracker.timeline import within
from tracker.trailers import trailer_cues

__all__ = ["detect", "explain"]


_RANK = {
    ("trailer", "released"): 3, ("trailer", "expected"): 2, ("trailer", "weak"): 1,
    ("release_date", "announced"): 2, ("release_date", "expected"): 1,
    ("premiere", "held"): 2, ("premiere", "announced"): 1,
    ("production", "wrapped"): 2, ("production", "filming"): 1,
    ("release", "released"): 1,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Found:
    production: str
    cue: Cue
    evidence: str
    order: int
    direct: bool  # the clause itself names the production


#: "Paramount Denies Report X Will Play Cannes": what follows is said not to be so
#: "upcoming" in the words right before a title (folded): "netflix s upcoming dark comedy
#: series "
_UPCOMING_BEFORE = re.compile(r"\bupcoming (?:[\w-]+ ){0,4}\Z")
_DENIED = re.compile(
    r"\b(?:denies|denied|deny|denying|refutes|refuted|debunks|debunked|shoots down|shot down|"
    r"dismisses|dismissed) (?:the |a |that )?(?:reports?|rumou?rs?|claims?|speculation)?\b|"
    # "Lucasfilm and Disney+ are yet to officially announce the season's release date"
    r"\byet to\b"
)


_CUE_FINDERS = (trailer_cues, release_date_cues, release_cues, premiere_cues, production_cues)


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
    # "'X' Heads to Broadway as Paramount Partners on Stage Adaptation": the dates, the run
    # and the opening night are the stage show's
    stage = _stage_version(ctx)
    for seg in ctx.doc.segments:
        clauses = split_clauses(ctx, seg)
        for finder in _CUE_FINDERS:
            for cue in finder(ctx, seg, clauses):
                clause = clause_of(clauses, cue.start)
                if clause[3]:
                    note(notes, f"{cue.kind} words in a question assert nothing")
                    continue
                if _DENIED.search(ctx.text, clause[0], cue.start):
                    note(notes, f"{cue.kind} words in a denial assert nothing")
                    continue
                if (
                    cue.kind == "premiere"
                    and cue.status == "announced"
                    and _RUMOURED.search(ctx.text, max(seg.fstart, cue.start - 80), cue.end)
                ):
                    # a slot only guessed at: "X could be among the Competition titles when
                    # Venice unveils its lineup", "'X' Rumored for Venice Competition"
                    note(notes, "premiere words in a rumour assert nothing")
                    continue
                if stage and cue.kind in ("release", "release_date", "premiere"):
                    note(notes, f"{cue.kind} words of an entry about a stage version")
                    continue
                if (
                    (
                        cue.kind == "release"
                        or (cue.kind == "release_date" and _ARRIVAL_VERB.match(ctx.text, cue.start))
                    )
                    # (the text without watched titles: "Minor Details Is Now Streaming")
                    and _PROMO_SUBJECT.search(
                        ctx.untitled, max(clause[0], cue.start - 80), cue.start
                    )
                    # (not the work's own participle after a comma: "dropped the trailer
                    # for X, set to hit theaters in November")
                    and not ctx.doc.source[: ctx.doc.folded.to_source(cue.start)]
                    .rstrip()
                    .endswith(",")
                ):
                    # "the first full trailer for the Arctic thriller is set to arrive on
                    # Thursday", "the official trailer for the upcoming series X was
                    # released today": the promo's day or release, not the work's
                    note(notes, f"{cue.kind} words whose subject is a trailer or a poster")
                    continue
                if cue.kind in ("release", "release_date") and _another_product(ctx, clause, cue):
                    # "Gets Paperback Release Oct. 26", "Sets Jan. 14 Publication", "Launch
                    # Trailer Ahead of Nov. 10 PS5 Release": a book's or a game's day
                    note(notes, f"{cue.kind} words of another product's release")
                    continue
                for o, m in targets(ctx, seg, cue, notes):
                    if cue.kind not in m.production.milestones:
                        note(notes, f"{m.production.id}: {cue.kind} not watched")
                        continue
                    if (
                        cue.kind == "release"
                        and o.start < cue.start
                        and _UPCOMING_BEFORE.search(ctx.text, max(clause[0], o.start - 40), o.start)
                    ):
                        # "the trailer of Netflix's upcoming dark comedy series X, dropped by
                        # the streamer on Friday": what is upcoming is not out
                        note(notes, f"{m.production.id}: called upcoming, so not out")
                        continue
                    if cue.kind in ("release", "release_date") and (
                        _another_season_before(ctx, clause[0], cue.start, m.production.season)
                        or _another_season_leads(ctx, seg, m.production.season)
                    ):
                        # "a year after its first season topped the charts", "season one bows
                        # on Sundance Now in March" (season 2 watched)
                        note(notes, f"{m.production.id}: the release is another season's")
                        continue
                    if (
                        cue.kind == "release"
                        and (m.production.season or 0) > 1
                        and not _SEASON_WORD.search(ctx.text, clause[0], clause[1])
                        and _long_past(ctx, ctx.title_fend, seg.fend)
                    ):
                        # "When 'X' premiered on Hulu last summer, ... became the streamer's
                        # most-watched comedy launch" (season 2 watched): the first season's
                        note(notes, f"{m.production.id}: the release is an earlier season's")
                        continue
                    if (
                        cue.kind == "release_date"
                        and renewed is not None
                        and m.production.season is not None
                        and renewed != m.production.season
                        and (
                            seasons_named(ctx.text, seg.fstart, seg.fend) == {renewed}
                            or (
                                not seasons_named(ctx.text, seg.fstart, seg.fend)
                                and _THE_NEW_SEASON.search(ctx.text, seg.fstart, seg.fend)
                                is not None
                            )
                        )
                    ):
                        # "Renews X for Season 4 ... Season 4 will move the cabin again, ahead
                        # of a 2035 premiere", "the new season is expected in 2035" (3
                        # watched): the renewed season's date
                        note(notes, f"{m.production.id}: the date is the renewed season's")
                        continue
                    if cue.kind == "release" and renewed == m.production.season is not None:
                        # "X Renewed for Season 3 After Record Sophomore Run": the figures
                        # are the season out, not the one renewed
                        note(notes, f"{m.production.id}: the season renewed is not out")
                        continue
                    object_season = (
                        season_of_after(ctx.text, cue.end, clause[1])
                        if m.production.season is not None
                        else None
                    )
                    if object_season is not None and object_season != m.production.season:
                        # "She is currently shooting the second season of X" (1 watched)
                        note(notes, f"{m.production.id}: the {cue.kind} is another season's")
                        continue
                    direct = seg.fstart <= o.start < seg.fend
                    found.append(
                        _Found(m.production.id, cue, _evidence(ctx, seg, o, cue), order, direct)
                    )
                    order += 1
    return _without_days_bound_elsewhere(found)


def _without_days_bound_elsewhere(found: list[_Found]) -> list[_Found]:
    """Drop a release day that no title holds where a listing binds that day to another
    production's title ("Premiere Dates: Goldcrest (Feb. 5), Hotline (Feb. 19)": Feb. 5 is
    Goldcrest's, never Hotline's)."""
    bound = {
        (f.production, f.cue.date.date)
        for f in found
        if f.cue.kind == "release_date" and f.cue.bound is not None and f.cue.date is not None
    }
    if not bound:
        return found
    return [
        f
        for f in found
        if f.cue.kind != "release_date"
        or f.cue.bound is not None
        or f.cue.date is None
        or (f.production, f.cue.date.date) in bound
        or not any(day == f.cue.date.date for _, day in bound)
    ]


#: the season a renewal is for, by name (folded): "the new season is expected in 2035"
_THE_NEW_SEASON = re.compile(r"\b(?:the|its) (?:new|next|upcoming|coming|renewed) season\b")
#: a guess (folded): "could be among", "is rumored for"
_RUMOURED = re.compile(
    r"\b(?:could|might)(?: well)? (?:be among|be in|be at|land|premiere|debut|bow|screen|end up)\b|"
    r"\brumou?red (?:for|to|as)\b|\b(?:is|are) rumou?red\b"
)
#: a title's stage version, right after it in a headline (folded): " heads to broadway",
#: " stage adaptation", " musical goes to the west end"
_STAGE_VERSION = re.compile(
    r"(?: (?:musical|film|movie))? (?:heads?|headed|heading|goes|going|is going|bound|moves?|"
    r"transfers?) (?:to|for) (?:broadway|off broadway|the west end|the stage)\b|"
    r"(?: (?:broadway|west end))? stage (?:adaptation|musical|version|production)\b|"
    r" (?:broadway|west end) (?:adaptation|musical|transfer)\b"
)
#: a stage version named right before a title (folded): "broadway musical adaptation of "
_STAGE_VERSION_OF = re.compile(
    r"\b(?:stage|broadway|west end)(?: musical)? (?:adaptation|version|production) of \Z"
)
#: a screen word in a headline (folded): the film is still news of its own
_SCREEN_NEWS = re.compile(
    r"\b(?:film|movie|theaters|theatres|release|released|trailer|teaser|season|series|streaming|"
    r"premiere date|box office|opening weekend)\b"
)


#: a verb of arrival opening a cue (folded): "set to arrive", "arrives", "drops"
_ARRIVAL_VERB = re.compile(
    r"(?:is |are |will )?(?:set|arrive|arrives|drop|drops|debut|debuts|land|lands|hit|hits|"
    r"come|comes|bow|bows|go live|goes live)\b"
)
#: a promo or an announcement as the subject right before the verb (folded): "the first full
#: trailer for the arctic thriller is ", "new poster will ", "a big announcement is " (not
#: "the teaser for x, which arrives": folded text has no comma, so no relative word may
#: stand between)
_PROMO_SUBJECT = re.compile(
    r"\b(?:trailers?|teasers?|posters?|clips?|footage|promos?|featurettes?|sneak peeks?|"
    r"first looks?|tv spots?|one sheets?|announcements?|news|reveals?|updates?|details)"
    r"(?: for (?:the |a |an )?(?:(?!(?:which|that|who|and|it)\b)[\w-]+ ){0,5}?"
    r"(?!(?:which|that|who|and|it)\b)[\w-]+)? "
    r"(?:is |are |will |will be |was |were |has |have |has been |has finally |has now )?\Z"
)
#: a product of another medium (folded): "paperback", "novelization", "tie in edition",
#: "publication", "ps5", "imperial stout"
_BOOK_OR_GAME = (
    r"(?:paperback|hardcover|hardback|audiobook|reissue|novelization|novelisation|"
    r"(?:tie in |collector s |special |deluxe )?edition|publication|"
    r"ps5|ps4|playstation|xbox|nintendo switch|switch 2|steam)"
)
_PRODUCT = rf"(?:{_BOOK_OR_GAME}|(?:imperial )?stout|lager|pale ale|ipa)"
#: ... right before the cue: "publication set for", "paperback edition out"
#: (not a drink: "a brewery betting everything on one stout opens May 2" is the film's plot)
_PRODUCT_BEFORE = re.compile(
    rf"\b{_BOOK_OR_GAME}(?: (?:edition|release|version|launch))? (?:is |are |will be |was )?\Z"
)
#: ... right after a verb of release: " in paperback", " on ps5"
_PRODUCT_RIGHT_AFTER = re.compile(rf" (?:in|on) (?:a )?{_PRODUCT}\b")
#: ... right after the date: "sets jan 14 publication", "nov 10 ps5 release"
_PRODUCT_AFTER = re.compile(rf" ?(?:(?:release|launch) (?:on |for )?|\w+ )?{_PRODUCT}\b")
#: ... as the verb's object, between the cue and its date: "will release the paperback
#: edition of x on", "sets x movie tie in edition for", "releases x imperial stout for"
_PRODUCT_BETWEEN = re.compile(rf"\b{_PRODUCT}\b")


def _another_product(ctx: Context, clause: Clause, cue: Cue) -> bool:
    """Whether the cue or its date is a product of another medium's: "Gets Paperback Release
    Oct. 26", "Sets Jan. 14 Publication", "Sets 'X' Movie Tie-In Edition for Nov. 23"."""
    text = ctx.text
    if _PRODUCT_BEFORE.search(text, max(clause[0], cue.start - 40), cue.start):
        return True
    if cue.kind == "release" and _PRODUCT_RIGHT_AFTER.match(text, cue.end, clause[1]):
        return True  # "Novel Now Out in Paperback"
    if cue.date is None:
        return False
    ds, de = ctx.doc.folded.to_folded(cue.date.start), ctx.doc.folded.to_folded(cue.date.end)
    # (not past a comma: "Premieres on Netflix May 2, Xbox Game to Follow")
    if not ctx.doc.source.startswith((",", ";"), cue.date.end) and _PRODUCT_AFTER.match(
        text, de, min(clause[1], de + 30)
    ):
        return True
    return cue.end <= ds <= cue.end + 80 and bool(_PRODUCT_BETWEEN.search(text, cue.end, ds))


def _stage_version(ctx: Context) -> bool:
    """A headline whose title heads to the stage ("'X' Heads to Broadway as Paramount Partners
    on Stage Adaptation"), with no screen news of its own: the entry's dates, run and opening
    night are the stage show's."""
    head = ctx.title_fend
    return not _SCREEN_NEWS.search(ctx.text, 0, head) and any(
        o.end <= head
        and (
            _STAGE_VERSION.match(ctx.text, o.end, head) is not None
            or _STAGE_VERSION_OF.search(ctx.text, max(0, o.start - 50), o.start) is not None
        )
        for o, _ in ctx.occurrences
    )


#: a season named as the subject right before a release cue: "its first season (topped)"
_SEASON_SUBJECT_BEFORE = re.compile(
    # ("the CBS drama's third season drew": folded, "the cbs drama third season")
    r"\b(?:(?:its|their|the show s|the series|the(?: \w+){0,3}?) (?P<w>first|second|third|"
    r"fourth|fifth|sixth|previous|last|prior|earlier|debut|freshman|sophomore) season|"
    # "after season two drew 6.1 million views"
    # ("Season 1 Hits Hulu Top 10")
    r"season (?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight))(?: \w+){0,3} \Z|"
    # a second verb of the same subject: "after Season 2 averaged 6.1 million viewers and
    # became the network's most-streamed drama"
    r"\bseason (?P<m>\d{1,2}|one|two|three|four|five|six|seven|eight)(?: [\w.]+){1,8} and"
    r"(?: \w+){0,3} \Z"
)


#: a sentence that opens with a season as its subject (folded): "season 2 was the streamer s"
_SEASON_LEADS = re.compile(
    r"(?:the )?(?:season|series) (?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight)"
    r" (?:was|is|has|had|became|drew|averaged|ranked|topped|remains|stayed|spent|logged)\b"
)


def _another_season_leads(ctx: Context, seg: Segment, season: int | None) -> bool:
    """Whether the sentence opens with another season as its subject and names no watched
    title: "Season 2 was the streamer's most-watched drama, with 11 million viewers" (3
    watched)."""
    if season is None or seg.in_title:
        return False
    m = _SEASON_LEADS.match(ctx.text, seg.fstart, seg.fend)
    if m is None or any(seg.fstart <= o.start < seg.fend for o, _ in ctx.occurrences):
        return False
    word = m.group("n")
    return (int(word) if word.isdigit() else season_word_value(word)) != season


def _long_past(ctx: Context, lo: int, hi: int) -> bool:
    """Whether a date of more than three months before the entry stands in ``[lo, hi)``
    ("premiered on Hulu last summer"): an earlier season's time."""
    limit = ctx.published.date() - timedelta(days=90)
    return any(is_history(ctx, d) and d.date.day < limit for d in dates_in(ctx, lo, hi))


def _another_season_before(ctx: Context, lo: int, start: int, season: int | None) -> bool:
    """Whether the words right before a release cue make another season its subject."""
    if season is None:
        return False
    m = _SEASON_SUBJECT_BEFORE.search(ctx.text, max(lo, start - 40), start)
    if m is None:
        m = _SEASON_SUBJECT_BEFORE.search(ctx.text, max(lo, start - 80), start)
        if m is not None and m.group("m") is None:
            m = None
    if m is None or any(m.start() < o.start < start for o, _ in ctx.occurrences):
        return False  # (not "Two years after season one, Hartsfield returns Aug. 14")
    word = m.group("w") or m.group("n") or m.group("m")
    if word.isdigit():
        return int(word) != season
    return (1 if word == "debut" else season_word_value(word)) != season


def _against_the_headline(found: list[_Found], notes: list[str] | None) -> list[_Found]:
    """Without release dates that a clause naming no title gives outside the month or day
    that a clause naming the title gives ("Dates 'X' for June 2027 ... while the fantasy
    epic shifts from March to Oct. 1": the epic's move is another film's). A vaguer period
    is not held to its calendar bounds: "Summer 2027" takes a May 7 opening."""
    named: dict[str, list[FuzzyDate]] = {}
    for f in found:
        if (
            f.direct
            and f.cue.kind == "release_date"
            and f.cue.date is not None
            and f.cue.date.date.precision in ("day", "month")
        ):
            named.setdefault(f.production, []).append(f.cue.date.date)
    if not named:
        return found
    kept = []
    for f in found:
        periods = named.get(f.production)
        if (
            periods
            and f.cue.kind == "release_date"
            and not f.direct
            and f.cue.date is not None
            and not any(within(f.cue.date.date, p) for p in periods)
        ):
            note(notes, f"{f.production}: {f.evidence!r} dates outside its title's clause's period")
            continue
        kept.append(f)
    return kept


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
    named = matcher.match_document(doc, notes)
    matches = without_older_works(doc, named, published.year, notes)
    if not matches:
        note(notes, "no watched production is named")
        return []
    kept = {(o.start, o.end) for m in matches for o in m.occurrences}
    older = [(o.start, o.end) for m in named for o in m.occurrences if (o.start, o.end) not in kept]
    ctx = Context(doc, matches, published, older)
    best: dict[tuple[str, str], _Found] = {}
    found = _against_the_headline(_find(ctx, notes), notes)
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
            if ahead and not _WATCH_IT.search(ctx.doc.source):
                # (not "...; Watch The Trailer": it is out)
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
            elif (
                f.cue.kind == "release_date"
                and f.cue.status == "announced"
                and f.cue.end <= ctx.title_fend
                and (lead := _lead_day(ctx, f.production)) is not None
            ):
                # "FX Sets Premiere Date For 'X'" over "X will break ground Wednesday, Jan. 17":
                # the headline's date is the summary's first coming day
                best[key] = replace(f, cue=replace(f.cue, date=lead))
    for key, f in list(best.items()):
        if (
            key[1] == "release_date"
            and f.cue.status == "expected"
            and f.cue.date is not None
            and f.cue.date.date.precision == "month"
            and f.cue.end <= ctx.title_fend
            and (month_day := _month_day(ctx, f.cue.date, f.production)) is not None
        ):
            # "X Season 2 Gets May Premiere Date" over "X will resume its trek on Sunday,
            # May 5": the summary's one day in the headline's month is the date set
            best[key] = replace(f, cue=replace(f.cue, status="announced", date=month_day))
    for m in matches:
        if m.production.kind == "series" and any(
            f.production == m.production.id
            and f.cue.kind == "release"
            and "recap" in ctx.text[f.cue.start : f.cue.end]
            for f in found
        ):
            # "X Season 2 Premiere Recap" over "its premiere, which dropped Wednesday": the
            # episode aired; the day the recap names is no date still to come
            best.pop((m.production.id, "release_date"), None)
    for m in matches:
        key = (m.production.id, "release_date")
        if key in best and any(
            o in m.occurrences and _UNDATED_AFTER.match(ctx.text, o.end) for o, _ in ctx.occurrences
        ):
            # "'X' Among Titles Still Undated", "X and Y remain undated": the entry says X has
            # no date, whatever day it names for another title
            note(notes, f"{m.production.id}: the entry says it has no date yet")
            del best[key]
    for m in matches:
        premiere = best.get((m.production.id, "premiere"))
        if (
            m.production.kind == "series"
            and premiere is not None
            and (
                (premiere.cue.status == "announced" and (m.production.id, "release_date") in best)
                or (premiere.cue.status == "held" and (m.production.id, "release") in best)
            )
            and not FESTIVAL_CONTEXT.search(ctx.text)
            and not _PREMIERE_EVENT.search(ctx.text)
        ):
            # "PBS Masterpiece Sets U.S. Premiere Of BBC Comedy 'X' For April 8", "'X' Sneak
            # Peek Premiere Opens to 7.73M Viewers, CBS' Best Series Premiere in Five Years":
            # a series' premiere on a channel is its release, named by its date or its
            # audience; an event premiere needs a festival, a red carpet or a screening
            note(notes, f"{m.production.id}: a series' premiere on a channel is its release")
            del best[m.production.id, "premiere"]
    counted = seasons_counted(ctx.text)
    for m in matches:
        release, day = (
            best.get((m.production.id, "release")),
            best.get((m.production.id, "release_date")),
        )
        if (
            release is not None
            and m.production.season in seasons_ahead(ctx.text)
            # (not a result the evidence gives the season itself: "Season 2 Premiere Draws
            # 14 Million", whatever buzz was built "ahead of its second season")
            and not _SEASON_WORD.search(release.evidence)
        ):
            note(notes, f"{m.production.id}: its season is still to come; the release is not its")
            del best[m.production.id, "release"]
        elif (
            release is not None
            and counted
            and (m.production.season or 0) > counted
            and not _SEASON_WORD.search(release.evidence)
        ):
            # "All Five Seasons of X Are Now Streaming Ahead of the Final Season" (6 watched)
            note(notes, f"{m.production.id}: the seasons out are the {counted} before it")
            del best[m.production.id, "release"]
        elif (
            m.production.kind == "series"
            and release is not None
            and day is not None
            and day.cue.date is not None
            and day.cue.date.date.day > ctx.published.date()
            and not _SEASON_WORD.search(release.evidence)
        ):
            # "... Season 2 Set for Fall Return. The series, one of the streamer's most-watched"
            # : a season still to come is not out; the figures are an earlier season's
            note(notes, f"{m.production.id}: its season is ahead; the release is an earlier one's")
            del best[m.production.id, "release"]
        if not any(k[0] == m.production.id for k in best):
            note(notes, f"{m.production.id}: named, but no milestone words are about it")
    return [_observation(f) for f in sorted(best.values(), key=lambda f: f.order)]


#: an event premiere's words (folded): a red carpet, a screening, a premiere party
_PREMIERE_EVENT = re.compile(
    r"\b(?:red carpet|blue carpet|screenings?|premiere (?:party|event|screening)|"
    r"(?:world|international|european|north american) premiere|gala|in person|tickets|"
    # "Sets Season 2 Premiere in London Ahead of June 5 Launch"
    rf"premiere (?:in|at) {CITY})\b"
)


def _month_day(ctx: Context, month: DateMention, production: str) -> DateMention | None:
    """The summary's only calendar day (a month and a day, still ahead) in ``month``'s month,
    when a verb of release leads to it in a sentence that neither doubts it nor names another
    event ("will resume its trek on Sunday, May 5"; not "will preview the season at a panel
    on May 4", "is reportedly eyeing May 17"), or None."""
    m = month.date.day
    days = {
        d.date.day: (fs, fe, d)
        for fs, fe, d in ctx.dates
        if fs >= ctx.title_fend
        and d.date.precision == "day"
        and d.form not in ("relday", "weekday")
        and (d.date.day.year, d.date.day.month) == (m.year, m.month)
        and d.date.day > ctx.published.date()
        and not is_history(ctx, d)
    }
    if len(days) != 1:
        return None
    fs, fe, d = next(iter(days.values()))
    src = ctx.doc.source
    source_at = ctx.doc.folded.to_source(fs)
    stop = ctx.doc.source.rfind(". ", 0, source_at)
    stop = ctx.doc.title_end if stop < ctx.doc.title_end else stop + 2
    sentence = ctx.doc.folded.to_folded(stop)
    if _EVENT_BEFORE_DAY.search(ctx.text, sentence, fs) or _DOUBTED.search(ctx.text, sentence, fs):
        return None
    led = any(
        m.production.id == production
        and sentence <= o.start < fs
        and _SUBJECT_LEAD.fullmatch(src, stop, ctx.doc.folded.to_source(o.start))
        for o, m in ctx.occurrences
    )
    if (
        led
        or _RELEASE_VERB_TO_DAY.search(ctx.text, max(sentence, fs - 60), fs)
        or _RELEASE_VERB_AFTER_DAY.match(ctx.text, fe)
    ):
        return d
    return None


#: a verb of release and the few words between it and its day (folded): "will resume its
#: trek on ", "will be back ", "premieres "
_RELEASE_VERB_TO_DAY = re.compile(
    r"\b(?:returns?|returning|premieres?|premiering|debuts?|debuting|launch(?:es)?|opens?|"
    r"drops?|arrives?|resumes?|be back|is back|bows?|streams?|airs?|lands?|hits?|"
    # "will release the first half of its eight-episode second season on "
    r"releases?|releasing)(?: \w+){0,10}? \Z|"
    # a move's new day: "leaps from March to " (not its old one: "moved X from ")
    r"\b(?:moves?|moved|leaps?|leapt|shifts?|shifted|jumps?|jumped|pushed|bumped|slides?|slid)"
    r"(?: \w+){0,3}? to \Z"
)
#: "(on Sunday, May 3,) when X returns" (folded)
_RELEASE_VERB_AFTER_DAY = re.compile(
    r" (?:\w+ ){0,3}?(?:when|as) (?:\w+ ){1,5}?(?:returns|premieres|debuts|arrives|launches|"
    r"opens|bows)\b"
)
#: another event's words in the sentence before the day (folded)
_EVENT_BEFORE_DAY = re.compile(
    r"\b(?:panel|screenings?|party|finale|upfront|honou?r|award|footage|hall h|q a|tickets?|"
    r"on sale|trailer|teaser|festival|premiere at|world premiere|comic con|tribeca|sxsw|cannes|"
    r"venice|tiff|sundance|presentation|preview|tour)\b"
)
#: a title's own lack of a date, right after it (folded): " among titles still undated",
#: " and sawgrass remain undated", " still waiting on release dates"
_UNDATED_AFTER = re.compile(
    r"(?: \w+){0,6}? (?:(?:still|remains?|is|are) )?(?:undated|without (?:a )?(?:release )?date|"
    r"(?:still )?waiting (?:on|for) (?:a |its |their )?release dates?|yet to be dated)\b"
)
#: doubt in the sentence before the day (folded)
_DOUBTED = re.compile(
    r"\b(?:reportedly|could|may|might|said to|eyeing|eyes|targeting|rumou?red|expected to|"
    r"tentatively|unconfirmed)\b"
)


def _lead_day(ctx: Context, production: str) -> DateMention | None:
    """The summary's first sentence's only coming calendar day, when that sentence opens with
    the production's title and nothing between the title and the day makes it another
    event's ("X will break ground Wednesday, Jan. 17"; not "X will world premiere at Tribeca
    on June 5", "the first trailer for X arrives March 19")."""
    first = ctx.doc.source.find(". ", ctx.doc.title_end)
    limit = len(ctx.text) if first < 0 else ctx.doc.folded.to_folded(first)
    own = [
        o
        for o, m in ctx.occurrences
        if m.production.id == production and ctx.title_fend <= o.start < limit
    ]
    days = [
        (fs, d)
        for fs, _, d in ctx.dates
        if ctx.title_fend <= fs < limit
        and d.date.precision == "day"
        and d.form not in ("relday", "weekday")
    ]
    if not own or len(days) != 1:
        return None
    # the sentence opens with the title, an owner's name at most before it ("FX's X", "AMC's
    # upcoming X"; not "The first trailer for X", "Production on X", "Tickets for X")
    if not _SUBJECT_LEAD.fullmatch(
        ctx.doc.source, ctx.doc.title_end, ctx.doc.folded.to_source(own[0].start)
    ):
        return None
    fs, d = days[0]
    ahead = (d.date.day - ctx.published.date()).days
    if fs < own[0].end or not 0 < ahead <= 240:
        return None
    if _NOT_A_RELEASE_BETWEEN.search(ctx.text, own[0].end, fs):
        return None
    return d


#: what may stand before a title that opens a sentence (source text): "FX’s ", "AMC's upcoming "
_SUBJECT_LEAD = re.compile(
    r"\s*(?:[A-Z][\w+&.-]*(?:\s+[A-Z][\w+&.-]*)?[’']s\s+)?(?:(?i:new|upcoming|hit|returning|"
    r"acclaimed|animated|limited|comedy|drama|thriller|series|show|film|movie|the)\s+)*[‘“'\"]?"
)
#: words between a title and a day that make the day another event's (folded)
_NOT_A_RELEASE_BETWEEN = re.compile(
    r"\b(?:not|never|premiere at|premieres at|premiere in|festival|tribeca|sxsw|cannes|venice|"
    r"panel|trailer|teaser|tickets?|filming|production|shoot|finale|screening|screens|q a|"
    r"press|statement|anniversary|option|until|wraps?|wrapped|comic con|early look|reveal|"
    r"announce|episode|rerun|digital|opened|premiered|star|stars|pilot|fans?|hosts?|cast)\b"
)
#: an invitation to watch the promo now (source text): "...; Watch The Trailer", "watch it
#: above" (not "How to Watch the First Trailer When It Premieres", "Watch the Trailer Live")
_WATCH_IT = re.compile(
    r"(?:[;:|–—]\s*|\A)(?i:watch)\s+(?i:the\s+|a\s+)?(?i:new\s+|first\s+|official\s+|full\s+)*"
    r"(?i:trailer|teaser)\b(?!\s+(?i:live|debut|when|premiere))|"
    r"\b(?i:watch)\s+(?i:it|the\s+trailer|the\s+teaser)\s+(?i:above|below|here|now)\b"
)
#: a season named in evidence: "Season 2 Premiere Draws 3 Million", "S2", "series two"
_SEASON_WORD = re.compile(
    r"(?i)\b(?:season|s\d{1,2}|series (?:\d{1,2}|one|two|three|four|five|six|seven|eight))\b"
)


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
