"""Release cues: a work that is out (box office, viewership, "now streaming", an airing).

See :mod:`tracker.detect` for how cues become observations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.attribution import Context
from tracker.clauses import (
    PROMO_TRAILER,
    Clause,
    clause_of,
    dates_between,
    dates_in,
    hedged,
    is_history,
    source_at,
)
from tracker.cues import (
    ADVANCE_SALES,
    BEATS_FORECAST,
    BO_RESULT_RE,
    BOX_OFFICE,
    FESTIVAL,
    FESTIVAL_AFTER,
    FESTIVAL_CONTEXT,
    FESTIVAL_LINEUP,
    FORECAST,
    HEDGE,
    IN_VENUE,
    IS_HERE,
    NOT_BO,
    OBJECT_BEFORE,
    PAST_RELEASE,
    PLATFORM,
    PRESALE,
    PRESENT_RELEASE,
    PRESENT_RELEASE_END,
    PROMO_OF_BEFORE,
    PROMO_RIGHT_BEFORE,
    PROMO_WORD,
    RECORD_AFTER,
    RECORD_OF_BEFORE,
    RELEASED,
    RELEASED_MARK,
    STREAMING_RESULT,
    TRADE_SHOWS,
    WEAK_HEDGE,
    Cue,
)
from tracker.match import Occurrence
from tracker.premieres import MONEY_RE, VENUE_WORD, premiere_cue
from tracker.release_dates import ABOUT_THE_WORK_BEFORE, AHEAD_OF_RELEASE, WITH_A_PREMIERE
from tracker.text import Segment, fold_phrase


def _box_office_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    """ "Box office" in a clause that reports a result anywhere ("'X' Places Second ... B.O.");
    a box-office headline's later part with its own gross ("; 'Y' Holds Second With $14M")."""
    text = ctx.text
    lo, hi = (0, ctx.title_fend) if seg.in_title else (seg.fstart, seg.fend)
    if (
        seg.in_title
        and seg.fstart > 0
        and not BOX_OFFICE.search(text, seg.fstart, seg.fend)
        and BOX_OFFICE.search(text, 0, seg.fstart)
        and MONEY_RE.search(text, seg.fstart, seg.fend)
        and not HEDGE.search(text, seg.fstart, seg.fend)
    ):
        result = BO_RESULT_RE.search(text, seg.fstart, seg.fend)
        if result is not None:
            return [Cue("release", "released", result.start(), result.end())]
    if not BOX_OFFICE.search(text, seg.fstart, seg.fend) or not (
        any(
            not hedged(ctx, clauses, r.start(), r.end(), HEDGE)
            # not a presale's record: "presales top RMB500 million", "sets presale record"
            and not PRESALE.search(text, max(lo, r.start() - 30), min(hi, r.end() + 30))
            for r in BO_RESULT_RE.finditer(text, lo, hi)
            # "is looking at an opening north of $70 million": a forecast
            if not _HEADING_FOR.search(text, max(lo, r.start() - 40), r.start())
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


def release_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
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
        if any(o.start <= cue.start and cue.end <= o.end for o, _ in ctx.occurrences):
            continue  # "Searchlight's 'Soft Opening' Sets Ensemble": the title's own words
        clause = clause_of(clauses, cue.start)
        words = text[cue.start : cue.end]
        if (
            _money(words)
            # (in the text without watched titles: "'Safe Bet' Pays Off With $11M Opening")
            and NOT_BO.search(ctx.untitled, clause[0], clause[1])
            and not _GROSS_AT_THE_BOX_OFFICE.match(text, cue.end)
        ):
            continue
        if _TIME_ARRIVES.search(text, max(seg.fstart, cue.start - 24), cue.start) and re.match(
            r"(?:has|have) arrived", words
        ):
            continue  # "The holidays have arrived": the season has
        if re.match(r"(?:has|have) arrived", words) and _someone_arrived(ctx, cue.start):
            continue  # "First-Look Photos: Uncle Walt has arrived": a character has
        if re.match(r"top (?:10|ten)\b", words) and _AWARDS_LIST.search(text, 0, ctx.title_fend):
            continue  # "Board Of Review Names 'X' Best Film; 'Y' In Top 10": an awards list
        if words.startswith("opening day") and FESTIVAL_CONTEXT.search(text, 0, ctx.title_fend):
            continue  # "unveiled its lineup on the eve of opening day": the festival's
        market = _MARKET_SUBJECT_BEFORE.search(text, max(seg.fstart, cue.start - 24), cue.start)
        if market and not any(o.start <= market.start() < o.end for o, _ in ctx.occurrences):
            continue  # "Bitcoin Slides 9% in a Week": a market's move (not "'Silver' Soars")
        promo = _PROMO_FOR_THEN.search(text, max(seg.fstart, cue.start - 140), cue.start)
        if promo and not re.search(
            r"[.;!?]", ctx.doc.source[source_at(ctx, promo.start()) : source_at(ctx, cue.start)]
        ):
            continue  # "The first trailer for the film, starring A and B, is also out now"
        before = text[max(seg.fstart, cue.start - 40) : cue.start].split()[-3:]
        if words.startswith("has landed") and any(w in ctx.companies for w in before):
            continue  # "a thriller that Apple Original Films has landed": an acquisition
        if (
            _money(words)
            and (
                _FORECAST_RE.search(text, seg.fstart, cue.start)
                or _HEADING_FOR.search(text, clause[0], cue.end)
                # a preview's headline labels its summary too
                or _PREVIEW_LABEL.search(text, 0, ctx.title_fend)
            )
            # "blasted past tracking this weekend, landing a $112 million opening": a result
            and not BEATS_FORECAST.search(text, seg.fstart, seg.fend)
            and not _opening_now(ctx, clause)
        ):
            # "Tracking has X in the $30M-$35M range", "Winding Up For $110M+ Four-Day Bow –
            # Box Office Preview": a forecast, however far back or ahead in its sentence
            continue
        if (
            _RECORD_WORDS.match(words)
            and (
                _FORECAST_RE.search(text, seg.fstart, seg.fend)
                or _PREVIEW_LABEL.search(text, 0, ctx.title_fend)
            )
            and not _opening_now(ctx, clause)
        ):
            continue  # "Charts Course For Summer's Biggest Opening – Box Office Preview"
        if (
            _OPENING_OR_BOX_OFFICE.match(words)
            and _FORECAST_RE.search(text, clause[0], clause[1])
            and not BEATS_FORECAST.search(text, seg.fstart, seg.fend)
            and not _opening_now(ctx, clause)
        ):
            # "is projected to bring in $370 million during its opening weekend at the box
            # office", "estimates for the box-office opening of X with tracking projecting":
            # the words of a forecast's clause, wherever its forecast verb stands
            continue
        if (
            re.match(r"top (?:10|ten)\b", words)
            and _AWARDS_RANKING.search(text, 0, ctx.title_fend)
            and not _CHART_OWNER_BEFORE.search(text, max(0, cue.start - 30), cue.start)
        ):
            continue  # "Oscar Predictions: Best Picture — Thanksgiving Shakes Up the Top 10"
        if _PREVIEW_LABEL.search(text, 0, ctx.title_fend):
            # "... As Fall Box Office Opens Up – Preview", "Horror Tracking: ...": a
            # forecast's headline, and its summary
            continue
        if _PROMO_RECORD_AFTER.match(text, cue.end):
            continue  # "the second-biggest debut for any trailer this year": the promo's
        if not seg.in_title and _EARNINGS_HEADLINE.search(text, 0, ctx.title_fend):
            continue  # "IMAX Reports Third Quarter 2026 Results": the summary is a company's
        if _RELEASE_VERB_END.search(words) and _PROMO_OBJECT_AFTER.match(text, cue.end):
            # "X debuted another featurette this morning", "The streamer released the first
            # preview of X today": the promo is what came out
            continue
        if _money(words) and _STAGE_GROSS_AFTER.match(text, cue.end):
            continue  # "generating about $1.7 billion in Broadway grosses": the stage show's
        if _SENT_INTO_BEFORE.search(text, max(clause[0], cue.start - 60), cue.start):
            continue  # "X sends Murder on the Dancefloor back into top 10": the song's chart
        if _money(words) and _BUDGET_FILM_AFTER.match(text, cue.end):
            continue  # "made a $400,000 debut about a bus conductor": a film's budget
        if _money(words) and _COMPANY_FIGURE_BEFORE.search(
            text, max(clause[0], cue.start - 30), cue.start
        ):
            continue  # "reported first-quarter revenue of $7.4 billion on Tuesday": a company's
        if _EPISODE_WORDS.match(words) and _DELAYED.search(text, seg.fstart, seg.fend):
            continue  # "Season 2 Episode 7 Delayed One Week": it has not aired
        if _EARLIER_WORK_SUBJECT.search(text, max(clause[0], cue.start - 100), cue.start):
            continue  # "The first film grossed $214 million", "the 2003 original grossed"
        if _original_named_before(ctx, max(clause[0], cue.start - 40), cue.start):
            continue  # "The original Bumblefoot grossed $412 million" (Bumblefoot 2 watched)
        if _music(ctx, clause[0], clause[1]) or (seg.in_title and _music(ctx, 0, ctx.title_fend)):
            continue  # "'Riptide' crosses 2 billion streams on Spotify": a song's
        if _money(words) and any(
            is_history(ctx, d) and d.date.precision != "day"
            for d in dates_in(ctx, clause[0], clause[1])
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
        if words.startswith("opening") and (
            _FESTIVAL_RIGHT_BEFORE.search(text, max(seg.fstart, cue.start - 30), cue.start)
            or _OF_A_FESTIVAL.match(text, cue.end)
        ):
            continue  # "the film festival's opening weekend", "Sundance Opening Weekend"
        if _VIEWS.search(words) and _hashtag_before(ctx, clause[0], cue.start):
            continue  # "#sleepdivorce has passed 2 billion views": posts under a tag
        weak = bool(STREAMING_RESULT.search(words))
        if weak and PROMO_TRAILER.search(text, clause[0], clause[1]):
            continue  # "the trailer drew 40M views": the promo's audience, not the film's
        if _money(words) and _FELL_SHORT.search(text, clause[0], cue.start):
            out.append(cue)  # "Can't Thaw the Box Office With $9M Opening": a poor result
        elif not hedged(ctx, clauses, cue.start, cue.end, WEAK_HEDGE if weak else HEDGE):
            out.append(cue)
        elif not hedged(ctx, clauses, cue.start, cue.end, WEAK_HEDGE) and _opening_now(ctx, clause):
            out.append(cue)  # "heading to a $13M opening Wednesday", on that Wednesday
    for o, _ in ctx.occurrences:
        if seg.fstart <= o.start < seg.fend:
            out.extend(_bound_release_cues(ctx, seg, clauses, o))
    return out


#: a result that disappointed, before its money: "can't thaw the box office with", "fails to
#: ignite with", "didn't crack"
_FELL_SHORT = re.compile(
    r"\b(?:(?:can|could|did|does|do) not|fail(?:s|ed)? to) \w+(?: \w+){0,4}? (?:with|at|on)? ?\Z"
)
#: money taken where films take it: "(has taken $610 million) at the mainland box office"
_GROSS_AT_THE_BOX_OFFICE = re.compile(
    r"(?: \w+){0,3}? (?:at|in) (?:the )?(?:\w+ )?(?:box office|b o|cinemas|theaters)\b"
)
#: a forecast's verb before its money: "is heading for a five-day start north of $150
#: million", "poised for" (not after a result: "Opens to $11.4M Friday, Heads for $30M")
_HEADING_FOR = re.compile(
    r"\b(?:(?:heads?|heading|headed|poised|on course) for|(?:is|are) looking at)\b"
)
#: a festival right before its own opening days (folded): "the film festival ", "sundance "
_FESTIVAL_RIGHT_BEFORE = re.compile(rf"\b(?<!post ){FESTIVAL}(?: \d{{4}})? \Z")  # not "post-Cannes"
#: a festival right after its own opening days (folded): " of the toronto international film
#: festival"
_OF_A_FESTIVAL = re.compile(rf" of (?:the )?(?:\w+ ){{0,3}}?{FESTIVAL}\b")
#: a count of views or streams
_VIEWS = re.compile(r"\b(?:views|streams)\b")


def _hashtag_before(ctx: Context, lo: int, fpos: int) -> bool:
    """Whether a hashtag is the subject before ``fpos`` in its clause (from ``lo``): "the
    hashtag #sleepdivorce has passed 2 billion views" counts posts under the tag."""
    return bool(_HASHTAG.search(ctx.doc.source, source_at(ctx, lo), source_at(ctx, fpos)))


_HASHTAG = re.compile(r"(?i)#(?!\d+\b)\w|\bhashtags?\b")  # not a rank: "#1 show"


#: an earlier work as a result's subject: "the first film grossed", "the 2003 original"
_EARLIER_WORK_SUBJECT = re.compile(
    r"\bthe (?:first|original|previous|last|earlier|(?:19|20)\d\d) (?:film|movie|one|"
    r"installment|instalment|original|version|chapter|entry)(?: \w+)? \Z|\bthe original \Z|"
    # "whose previous film, 'Other,' was among the service's most streamed": that one's
    r"\b(?:whose|his|her|their|its) (?:previous|last|earlier|prior|first) (?:film|movie|series|"
    r"show|feature|season)(?: \w+){0,6} (?:was|were|is|has|had) (?:\w+ ){0,6}\Z|"
    # the films before it, together: "The franchise has grossed more than $210 million"
    r"\bthe (?:franchise|saga|trilogy|first two films|first two movies)"
    r"(?: (?:has|had|have|so far|overall|to date))? \Z"
)
#: "the original " and a name right before a cue (folded)
_ORIGINAL_NAMED = re.compile(r"\bthe (?:original|first) (?P<name>(?:\w+ ){1,4})\Z")


def _original_named_before(ctx: Context, lo: int, hi: int) -> bool:
    """Whether "the original X" stands right before ``hi``, X being a numbered watched
    title without its number: the earlier film."""
    m = _ORIGINAL_NAMED.search(ctx.text, lo, hi)
    if m is None:
        return False
    name = m.group("name").strip()
    return any(
        (t := fold_phrase(w.production.title)) != name
        and re.fullmatch(rf"{re.escape(name)} \w+", t)
        for w in ctx.matches
    )


#: a headline labelled with a festival: "Cannes Diary:", "Venice:", "TIFF 2026 Review:"
_FESTIVAL_LABEL = re.compile(
    rf"(?i)[^\w#]*#?(?!{TRADE_SHOWS}){FESTIVAL}(?:\s*\d{{4}}|\s*\d{{2}})?"
    r"(?:\s+(?:diary|dispatch|review|report|day \d+))?\s*:"
)
_ON_PLATFORM = re.compile(rf"\bon {PLATFORM}\b")
#: a record's holder right after it: "(biggest debut) for any trailer"
_PROMO_RECORD_AFTER = re.compile(
    r" (?:\w+ ){0,2}?(?:for|of) (?:any|a|the|its) (?:\w+ )?(?:trailers?|teasers?|clips?|promos?)\b"
)
#: a company's earnings release: "IMAX Reports Third Quarter 2026 Results"
_EARNINGS_HEADLINE = re.compile(
    r"\b(?:reports?|reported|announces?|posts?) (?:\w+ ){0,3}?(?:(?:first|second|third|fourth) "
    r"quarter|q[1-4]|fiscal|full year|annual|quarterly)(?: \d{4})? (?:financial )?"
    r"(?:results|earnings)\b"
)
#: a film described right after a sum (folded): " debut about", " feature starring"
_BUDGET_FILM_AFTER = re.compile(
    r"(?: \w+)? (?:debut|feature|film|movie|short|indie|documentary) (?:about|starring|"
    r"following|set in|shot in)\b"
)
#: a company's figure right before a sum (folded): "reported third quarter revenue of "
_COMPANY_FIGURE_BEFORE = re.compile(
    r"\b(?:revenue|revenues|profit|profits|income|earnings|ebitda|losses|loss)"
    r"(?: of| was| were| rose to| fell to| grew to| climbed to| reached)? \Z"
)
#: an episode named by its number, and a delay
_EPISODE_WORDS = re.compile(r"(?:season \w+ episode|s\d+ ?e\d)")
_DELAYED = re.compile(r"\b(?:delayed|postponed|pushed back|pushed|moved|rescheduled|pulled)\b")
#: a headline's label for a forecast: "– Box Office Preview"
#: a box-office report's headline (folded)
_BOX_OFFICE_HEADLINE = re.compile(
    r"\b(?:box office|per screen|grosses|opening weekend|weekend estimates)\b"
)
#: an awards race's ranking in a headline (folded): its "top 10" is contenders, not a chart
_AWARDS_RANKING = re.compile(
    r"\b(?:oscar|oscars|academy awards?|emmy|emmys|awards?|best picture|best actor|best actress)"
    r" (?:\w+ )?(?:predictions?|race|contenders|frontrunners|rankings?|odds)\b|"
    r"\bpredictions: best (?:picture|actor|actress|director)\b"
)
#: a chart's owner right before its "top 10" (folded): "netflix s ", "nielsen streaming "
_CHART_OWNER_BEFORE = re.compile(
    rf"\b(?:{PLATFORM}|nielsen|streaming|global|box office|streamer)(?: s)? (?:\w+ )?\Z"
)
_PREVIEW_LABEL = re.compile(
    r"\bbox office preview\b|\bpreview\Z|"
    # "Lucky Draw Box Office Day 1 Prediction: ... Could Open At Rs 18 Crore"
    r"\bbox office (?:day \d+ |weekend |opening )?(?:prediction|predictions|estimate|forecast)\b|"
    # a forum's forecasts: "Summer 2026 domestic predictions thread"
    r"\bpredictions? (?:thread|post|poll|megathread)\b|"
    # a headline labelled so: "Horror Tracking: Blumhouse vs. Warner Bros."
    r"\A(?:\w+ ){0,2}tracking\b(?! (?:beats|topped|tops|bested))"
)
#: a superlative opening, which a forecast can promise too
_RECORD_WORDS = re.compile(r"(?:biggest|largest|record|best|strongest|widest) (?:\w+ )?opening")
#: a box-office forecast's words
_FORECAST_RE = re.compile(rf"\b(?:{FORECAST})\b")
#: cue words that end with a verb of release (folded): "debuted", "has released"
_RELEASE_VERB_END = re.compile(
    r"\b(?:debut(?:s|ed)?|releas(?:es|ed)|drop(?:s|ped)|unveil(?:s|ed)|shar(?:es|ed)|"
    r"launch(?:es|ed)|premier(?:es|ed))\Z"
)
#: a promo as the object right after a verb of release (folded): " another featurette",
#: " the first preview"
_PROMO_OBJECT_AFTER = re.compile(
    r" (?:(?:a|an|another|its|the|their|his|her) )?(?:(?:new|first|second|third|final|"
    r"official|latest|brand new|extended|short|behind the scenes|bts|stunt|character|"
    r"\d+ second) )*(?:featurettes?|trailers?|teasers?|clips?|preview(?! screenings?\b)|"
    r"promos?|posters?|tv spots?|sneak peeks?|first looks?|images?|photos?|stills?|key art)\b"
)
#: a stage show's takings right after a figure (folded): " in broadway grosses"
_STAGE_GROSS_AFTER = re.compile(r" (?:in |of |from )?(?:broadway|west end|touring|tour)\b")
#: something the subject sent up a chart, right before the chart words (folded): "sends
#: murder on the dancefloor back into "
_SENT_INTO_BEFORE = re.compile(
    r"\b(?:sends?|sent|propels?|propelled|pushes|pushed|catapults?|catapulted|rockets?|"
    r"rocketed|boosts?|boosted) (?:\w+ ){1,6}?(?:back )?(?:into|to|up) (?:the )?\Z"
)
#: a box office's or an opening's words with no figure (folded): "opening weekend"
_OPENING_OR_BOX_OFFICE = re.compile(r"(?:box office|b o|opening|debut)\b")


#: the words of the music charts (and the book charts: "tops summer crime fiction charts")
_MUSIC = re.compile(
    r"\b(?:spotify|apple music|billboard hot 100|hot 100|album|playlist|song|radio play|"
    r"(?:fiction|nonfiction|non fiction|bestseller|best seller|book|books|paperback|hardcover) "
    r"(?:charts?|lists?)|bestsellers? list|bookscan|the bookseller|"
    # an anime's theme song: "Japan's Singles Ranking: X Anime Opening Debuts at #3"
    r"singles? (?:ranking|chart)s?|oricon|(?:opening|ending) theme|theme song|"
    # "X Is Here, And It's Her Boldest Record Yet": a record, in the headline's other part
    r"(?:boldest|best|new|latest|debut|sophomore|studio) (?:record|lp|ep)|tracklist)\b"
)


#: a name right before "has arrived" (source text): "Uncle Walt "
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+\Z")
_WORK_WORD = re.compile(
    r"(?i)\b(?:season|series|movie|film|finale|episode|part|volume|chapter|trailer|teaser|"
    r"premiere|show|special|sequel|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)


def _someone_arrived(ctx: Context, fpos: int) -> bool:
    """Whether a capitalised name that is no watched title stands right before ``fpos``."""
    start = source_at(ctx, fpos)
    name = _NAME_BEFORE.search(ctx.doc.source, max(0, start - 30), start)
    if name is None or _WORK_WORD.search(name.group()):
        return False  # "'X' Season Two Has Arrived", "'X' Movie Has Arrived": the work has
    lo = ctx.doc.folded.to_folded(name.start())
    return not any(o.start <= lo < o.end for o, _ in ctx.occurrences) and not any(
        w in ctx.companies for w in name.group().lower().split()
    )


def _music(ctx: Context, lo: int, hi: int) -> bool:
    """Music chart words in folded ``[lo, hi)``, outside the titles ("The Swallow's Song")."""
    return _MUSIC.search(ctx.untitled, lo, hi) is not None


#: money, in any currency the press writes: "$", "Rs 500 crore", "¥1.4 billion"
_MONEY_WORD = re.compile(r"[$£€¥₹]|\b(?:rs|inr|crores?|lakhs?|yen|yuan|rmb)\b")


def _money(words: str) -> bool:
    return _MONEY_WORD.search(words) is not None


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


def _opening_now(ctx: Context, clause: Clause) -> bool:
    """A box-office forecast for a day that has come (this past week): the film is out."""
    if not _OPENING_WORD.search(ctx.text, clause[0], clause[1]):
        return False
    pub = ctx.published.date()
    return any(
        d.date.precision == "day"
        and -7 <= (d.date.day - pub).days <= 0
        # (not the forecast's own day: "according to tracking services released Thursday")
        and not _STATED_ON_BEFORE.search(ctx.text, max(clause[0], fs - 24), fs)
        for fs, _, d in dates_between(ctx, clause[0], clause[1])
    )


#: a statement's verb right before its day (folded): "released ", "said on "
_STATED_ON_BEFORE = re.compile(
    r"\b(?:released|published|reported|said|announced|revealed|updated|issued|posted)"
    r"(?: on)? \Z"
)


#: what a forecast for a day that has come must be about (not "today released its preview")
_OPENING_WORD = re.compile(r"\b(?:opening|opens|opened|debut|debuts|bow|bows|launch|start)\b")


def _bound_release_cues(
    ctx: Context, seg: Segment, clauses: list[Clause], o: Occurrence
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
    dropped = _DROPS_BEFORE.search(text, max(0, o.start - 40), o.start)
    if dropped and not _NEXT_BEFORE.search(text, max(0, dropped.start() - 16), dropped.start()):
        clause = clause_of(clauses, o.start)
        if (
            dropped.start() >= clause[0]
            and not PROMO_WORD.search(text, dropped.start(), clause[1])
            and not _DROPPED_FROM.match(text, o.end)
            and not ctx.person_work(o)  # "Launches 'X' Early Access Sale": the sale is
            and not dates_in(ctx, clause[0], clause[1])
            and not hedged(ctx, clauses, dropped.start(), o.end, HEDGE)
        ):
            # "Netflix Surprise-Drops 'X'", "quietly released X overnight": out, no day named
            out.append(Cue("release", "released", dropped.start(), dropped.end(), bound=o))
    src = ctx.doc.source
    start, end = source_at(ctx, o.start), min(source_at(ctx, o.end), len(src))
    if _RANK_BEFORE.search(src, max(0, start - 8), start) and _MONEY_AFTER.match(src, end):
        # "Top five: 1. 'X,' $78.5 million. 2. 'Y,' $22.1 million.": each one's weekend
        out.append(Cue("release", "released", o.start, o.end, bound=o))
    here = IS_HERE.match(text, o.end)
    if here and not (seg.in_title and _music(ctx, 0, ctx.title_fend)):
        out.append(Cue("release", "released", here.start() + 1, here.end(), bound=o))
    venue = IN_VENUE.match(text, o.end)
    if venue and (
        venue.group("now") or not text[venue.end() : clause_of(clauses, o.start)[1]].strip()
    ):
        out.append(Cue("release", "released", venue.start() + 1, venue.end(), bound=o))
    present = PRESENT_RELEASE.match(text, o.end) if seg.in_title else None
    if present and _present_release(ctx, clauses, o, present):
        clause = clause_of(clauses, o.start)
        if (
            not VENUE_WORD.search(present.group())
            and FESTIVAL_CONTEXT.search(text, 0, ctx.title_fend)
            and not MONEY_RE.search(text, clause[0], clause[1])
            # ("Specialty Box Office: Berlin Drama 'X' Opens to Strongest Per-Screen Average")
            and not _BOX_OFFICE_HEADLINE.search(text, 0, ctx.title_fend)
        ):
            # "Telluride: 'X' Debuts to a Rapt Crowd": the festival premiere, not the release;
            # "Fest Lineup: X Opens": the festival still ahead
            cue = premiere_cue(ctx, clauses, present.start() + 1, present.end())
            if FESTIVAL_LINEUP.search(text, 0, ctx.title_fend):
                cue = replace(cue, status="announced")
            out.append(replace(cue, bound=o))
        else:
            out.append(Cue("release", "released", present.start() + 1, present.end(), bound=o))
    past = PAST_RELEASE.match(text, o.end)
    if past and (
        OBJECT_BEFORE.search(text, max(0, o.start - 8), o.start)
        or ABOUT_THE_WORK_BEFORE.search(text, max(0, o.start - 50), o.start)
    ):
        past = None  # "reactions to X arrived": X is not what arrived
    if past and _PROMO_OBJECT_AFTER.match(text, past.end()):
        past = None  # "X debuted another featurette this morning": the promo came out
    if past and any(
        is_history(ctx, d) for d in dates_in(ctx, past.end(), clause_of(clauses, o.start)[1])
    ):
        past = None  # "whose X premiered in competition here last year": long past
    if past and past.end() <= seg.fend:
        festival = FESTIVAL_AFTER.match(text, past.end())
        clause_end = clause_of(clauses, o.start)[1]
        ahead = (
            past.group("verb") == "premiered"
            and AHEAD_OF_RELEASE.search(text, past.end(), clause_end)
        ) or WITH_A_PREMIERE.search(text, past.end(), min(clause_end, past.end() + 40))
        if festival:
            out.append(Cue("premiere", "held", past.start("verb"), festival.end(), bound=o))
        elif (
            past.group("verb") == "premiered"
            and (
                _FESTIVAL_LABEL.match(ctx.doc.source)
                # "premiered in the Orizzonti section on Sunday"
                or _FESTIVAL_SECTION_AFTER.match(text, past.end())
                # "'X' Review: ... Gives Sundance Its First Real Jolt" over "X, which
                # premiered Saturday night at the Boulder Theater"
                or (
                    FESTIVAL_CONTEXT.search(text, 0, ctx.title_fend) is not None
                    # (not "which premiered Friday in 3,100 theaters")
                    and not _THEATRICAL.search(text, past.end(), clause_end)
                )
            )
            and not _ON_PLATFORM.search(text, past.end(), clause_end)
        ):
            # "Cannes Diary: ... X premiered to a standing ovation": the festival's premiere
            out.append(Cue("premiere", "held", past.start("verb"), past.end(), bound=o))
        elif ahead or past.group().startswith(" world "):
            # "X premiered in Atlanta ahead of its release", "X world premiered": the event
            out.append(Cue("premiere", "held", past.start("verb"), past.end(), bound=o))
        elif not hedged(ctx, clauses, past.start("verb"), past.end(), WEAK_HEDGE):
            out.append(Cue("release", "released", past.start("verb"), past.end(), bound=o))
    return out


#: a market as the subject right before a move (folded): "bitcoin ", "the dow "
_MARKET_SUBJECT_BEFORE = re.compile(
    r"\b(?:bitcoin|ether|ethereum|crypto|stocks?|shares|the dow|dow|nasdaq|s p 500|index|oil|"
    r"gold|silver|bonds?|yields?|the dollar|dollar|markets?) \Z"
)
#: an awards body's list in a headline (folded)
_AWARDS_LIST = re.compile(
    r"\b(?:board of review|critics (?:group|association|circle|society|choice)|afi awards|"
    r"year end)\b|\bnames\b.*\bbest (?:film|picture)\b"
)
#: a theatrical run's words (folded)
_THEATRICAL = re.compile(r"\b(?:theaters|theatres|cinemas|screens|locations|box office)\b")
#: a promo for a work as the subject of a sentence, its credits between (folded): "the
#: first trailer for the film starring a b and c is also "
_PROMO_FOR_THEN = re.compile(
    r"\bthe (?:\w+ ){0,2}?(?:trailer|teaser|clip|spot|promo|featurette|sneak peek) (?:for|of) "
    r"(?:(?!and (?:the|it|its|this|that)\b)\w+ ){1,14}?(?:is|are)"
    r"(?: also| now| finally)? \Z"
)
#: a festival's section right after a past premiere verb (folded): " in the orizzonti section"
_FESTIVAL_SECTION_AFTER = re.compile(
    r" (?:in|at) (?:the |its )?(?:\w+ ){1,3}?(?:section|sidebar|strand|competition|programme|"
    r"slate|lineup)\b"
)
#: a ranked list's entry (source text): "2. '" before a title, ",' $22.1 million" after
_RANK_BEFORE = re.compile(r"(?:^|[\s:;.])\d{1,2}\.\s*[‘'\"“]?\Z")
_MONEY_AFTER = re.compile(r"[’'\"”]?,?[’'\"”]?\s*[$£€]\d")
#: a company putting the title out, right before it: "Surprise-Drops", "quietly released"
_DROPS_BEFORE = re.compile(
    r"\b(?:surprise drops|surprise dropped|(?:quietly |finally |has |have )?(?:drops|dropped|"
    r"releases|released|debuts|debuted|launches|launched)) (?:its |the |a |new )?"
    # (not a list of releases: "upcoming releases including the heist comedy X")
    r"(?:(?!(?:for|with|of|to|in|on|at|from|as|by|campaign|push|deal|slate|lineup|including|"
    r"like|such|that|which)\b)\w+ ){0,4}?\Z"
)
#: ... a plan, not a release: "A24 next releases X", "then launches"
_NEXT_BEFORE = re.compile(r"\b(?:next|soon|later|then|also|will|to|would)\s*\Z")
#: ... unless it drops the title from something: "drops X from its slate"
_DROPPED_FROM = re.compile(
    r" (?:from|off|out of|after|awards?|oscar|emmy|campaign|push|tour|podcast|game|app|merch|"
    r"collection|experience|exhibit|exhibition|pop up|website|soundtrack|album|single|song|"
    r"book|novel|comic|toys?|line|brand|franchise|universe|challenge|contest|sweepstakes)\b"
)


def _present_release(ctx: Context, clauses: list[Clause], o: Occurrence, m: re.Match[str]) -> bool:
    """ "'X' Hits Theaters, ...", "as X opens": out now, unless a date, hedge or object says not."""
    text = ctx.text
    clause = clause_of(clauses, o.start)
    if dates_between(ctx, m.end(), clause[1]) or not PRESENT_RELEASE_END.match(
        ctx.doc.source, source_at(ctx, m.end())
    ):
        return False  # "X Opens Nov. 25", "X Opens Its Doors"
    if OBJECT_BEFORE.search(text, max(0, o.start - 8), o.start):
        return False  # "the trailer for X debuts": the promo is what debuts
    return not hedged(ctx, clauses, m.start(), m.end(), HEDGE)
