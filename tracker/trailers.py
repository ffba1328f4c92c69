"""Trailer cues: trailers, teasers, sneak peeks and first-look videos, out or coming.

See :mod:`tracker.detect` for how cues become observations.
"""

from __future__ import annotations

import re

from tracker.attribution import Context
from tracker.clauses import (
    HEDGE_AFTER,
    HEDGE_BEFORE,
    Clause,
    clause_of,
    date_start,
    dates_between,
    dates_in,
    hedged,
    source_at,
    words_after,
)
from tracker.cues import (
    EPISODE_BEFORE,
    EPISODE_PROMO,
    HEDGE,
    KIND_WORDS,
    NOT_A_TRAILER,
    PRIVATE_SHOWING,
    PUBLIC_SINCE,
    RD_BEFORE_NOUN,
    SALES_MARKET,
    SEASON_MARK,
    STILL_AFTER,
    TRAILER,
    TRAILER_ACTS,
    TRAILER_DESCRIBES,
    TRAILER_DONE,
    TRAILER_ORDINAL,
    TRAILER_REACTION,
    TRAILER_ROUNDUP,
    VENUE,
    VIDEO_NOT_A_TRAILER,
    VIDEO_TAIL,
    VIDEO_TAIL_WORDS,
    Cue,
)
from tracker.dates import DateMention
from tracker.match import Occurrence
from tracker.text import Segment

#: words no list of titles holds: "and Why We're Still Waiting on X", "Netflix Dates X"
_NOT_A_LIST_WORD = re.compile(
    r"\b(?:why|how|what|when|where|who|still|waiting|wait|not|no|yet|dates?|dated|sets?|"
    r"delay\w*|pushed|moves?|moved|releases?|premieres?|announces?|says?|plus a)\b"
)


#: a still image of the title named before it (folded): "first look photos from Netflix s
#: department store comedy "
_STILL_BEFORE = re.compile(
    r"\b(?:posters?|images?|photos?|stills?|key art|artwork|character art) (?:from|of|for) "
    r"(?:\w+ ){0,6}?\Z"
)
#: the second half of a compound adjective (folded): "trailer driven buzz"
_COMPOUND_AFTER = re.compile(r" (?:driven|fueled|fuelled|led|powered|heavy|friendly|ready)\b")
_PROMO_NOUN = re.compile(r"\b(?:trailers?|teasers?|spots?)\b")
#: trailers taken back, right after a roundup's words (folded)
_PULLED = re.compile(r" (?:\w+ )?(?:pulled|axed|scrapped|banned|cut|withdrawn|yanked)\b")
#: airtime still to come in a roundup's headline (folded)
_BOUGHT = re.compile(
    r"\b(?:buying|buys|bought|spending|spends|spent|paying|pays|booked|booking|will air|"
    r"set to air|to run|plans?|planning|what to expect|expected)\b"
)


def _in_roundup_list(ctx: Context, roundup_end: int, o: Occurrence) -> bool:
    """Whether a headline's title after a trailer roundup's words is one of its list ("This
    Week's Best Trailers: 'A', 'B' and More"): the list ends at a semicolon or at words
    that are no list ("and Why We're Still Waiting on 'C'", "; Netflix Dates 'C'")."""
    source = ctx.doc.source[source_at(ctx, roundup_end) : source_at(ctx, o.start)]
    return ";" not in source and not _NOT_A_LIST_WORD.search(ctx.text, roundup_end, o.start)


#: a trailer denied: "no trailer", "without a teaser"
_NO_TRAILER_BEFORE = re.compile(r"\b(?:no|without a|without any)(?: \w+)? \Z")
#: ... but still to come: "no trailer yet", "but one is promised"
#: a trailer still owed, right after its word (folded): " due this summer", " is due"
_DUE_AFTER = re.compile(r" (?:is |are |now )?due\b(?! to (?:a|an|the|its|their)\b)")
_STILL_TO_COME = re.compile(r"\b(?:yet|promised|coming|soon|will|planned|expected|due)\b")


#: a wish, not a plan: "I'd love to launch the trailer", "hopes to show a trailer"
_WISH_BEFORE = re.compile(
    r"\b(?:(?:would|d|id|hed|shed|wed|theyd) (?:love|like) to|(?:his|her|their|my|a) dream to|"
    r"hopes? to|hoping to|"
    r"wants? to|wish(?:es)? to|"
    # a demand: "fans asked the makers to release the trailer"
    r"asked (?:\w+ ){0,3}?to|urged (?:\w+ ){0,3}?to|begged (?:\w+ ){0,3}?to)"
    r"(?: \w+){0,5} \Z"
)


#: a video's disclaimer (source text): "DISCLAIMER: this is NOT the official trailer", a
#: sentence "Not the actual trailer!!": a fan's video, a description of footage (not "the
#: clip is not the official trailer, which arrives in July": a trailer still to come)
_DISCLAIMER = re.compile(
    r"(?:(?i:disclaimer\W+)(?i:this is )?|(?i:this is )|(?:^|[.!?]\s+))(?:NOT|Not|not)\s+"
    r"(?:the |an? )?(?i:actual |official |real )+(?i:trailer)\b"
)
#: a meme's caption right after a trailer word in the headline, with no punctuation between
#: (source text): "X teaser but it's my cousin's wedding video" (not "X Trailer, But No Date
#: Yet", "X Trailer, But Make It Scarier")
_MEME = re.compile(
    r"[^|:–—]*?\b(?i:trailers?|teasers?) (?i:but) (?i:it[’']?s|it is|with|every time|"
    r"in the style|make it|if|they|he|she|i)\b"
)
#: such a disclaimer right before the cue (folded)
_NOT_THE_TRAILER_BEFORE = re.compile(
    r"\b(?:not|isn t|is not) (?:the |an |a )?(?:actual |official |real |final )*\Z"
)
#: a question folded into a clause (folded): "predictions for when Apple will drop the first",
#: "everything we know about when Sony could drop the": not a promise (not "Netflix Reveals
#: When It Will Drop the Trailer": an answer)
_WHEN_IT_MIGHT = re.compile(
    r"\b(?:predictions?|guess(?:es)?|theories|theory|wonder|wondering|asking|asks|ask|"
    r"speculat\w*|know|knows|question) (?:\w+ ){0,2}?when (?:\w+ ){1,3}"
    r"(?:will|could|might|may|would|is going to) (?:\w+ ){0,4}\Z|"
    # a fan's wish list: "5 Things We Hope to See in the Trailer", "what we hope the
    # thriller's eventual trailer delivers"
    r"\b(?:things|what|everything) (?:we|i|fans) (?:hope|hoped|wish|want|would love)"
    r"(?: to see)? (?:\w+ ){0,5}\Z|"
    r"\b(?:we|i|fans) (?:hope|hoped|wish|want|would love) to see (?:\w+ ){0,4}\Z"
)


#: "when" right before a promo (folded, titles blanked): "here s when the ", "when the first
#: xxxxxx xxxxxx "
_WHEN_BEFORE = re.compile(
    r"\b(?:(?P<ask>asking|asks|ask|asked|wondering|wonder|wonders|predicting|guessing) )?"
    r"when (?:the |its |a |an )?(?:(?:first|new|official|next|season \w+|x+) )*\Z|"
    # "here's when Netflix could release the first trailer": a guess
    r"\bwhen (?:\w+ ){0,2}(?P<guess>could|might|may|should) (?:\w+ ){1,6}\Z"
)
#: a guess right after it: " could drop", " might arrive", " may land"
_MIGHT_AFTER = re.compile(r" (?:could|might|may|should)\b")


#: a still right after "teaser", no punctuation between (source text): " poster", " one-sheet"
_STILL_RIGHT_AFTER = re.compile(r" (?i:posters?|one-sheets?|one sheets?|artwork|art|key art)\b")


def trailer_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    """Trailer words; a bare mention counts only as a video title ("X | Official Trailer")."""
    out: list[Cue] = []
    text = ctx.text
    if (
        NOT_A_TRAILER.search(ctx.untitled, seg.fstart, seg.fend)
        or _MEME.match(ctx.doc.source, 0, ctx.doc.title_end)
        or (ctx.video_headline and VIDEO_NOT_A_TRAILER.search(ctx.untitled, seg.fstart, seg.fend))
        or ctx.about_a_trailer
        or (
            PRIVATE_SHOWING.search(text, seg.fstart, seg.fend)
            and not PUBLIC_SINCE.search(text, seg.fstart, seg.fend)
        )
    ):
        # a fan-made, concept or parody video, a reaction to a trailer, footage for a room
        return out
    roundup = ctx.trailer_roundup
    if seg.related:
        # an aggregator's listed headline is a roundup of its own ("Super Bowl Trailers:
        # 'X,' 'Y' and More Variety"), or none: not the headline's
        own = TRAILER_ROUNDUP.search(text, seg.fstart, seg.fend)
        roundup = (
            own.end()
            if own
            and _PROMO_NOUN.search(own.group())  # "Super Bowl Ads: ...": ads of anything
            and not HEDGE.search(text, seg.fstart, seg.fend)
            else None
        )
    if roundup is not None and (
        _PULLED.match(text, roundup)
        or _BOUGHT.search(text, roundup, ctx.title_fend if roundup <= ctx.title_fend else seg.fend)
    ):
        # "Every Trailer Pulled From the Super Bowl", "Super Bowl Ads: Which Studios Are
        # Spending", "'X' Among Studios Buying Spots": none aired yet
        roundup = None
    if roundup is not None:
        # a roundup gives a trailer to the titles the summary names, and to those the
        # headline names after it ("This Week's Best Trailers: 'X', 'Y' and More"); not to
        # those of the other stories an aggregator lists under it
        listed = seg.in_title or seg.related
        lo = max(seg.fstart, roundup) if listed else seg.fstart
        out.extend(
            Cue("trailer", "released", o.start, o.end, "trailer", bound=o)
            for o, _ in ctx.occurrences
            if lo <= o.start < seg.fend
            and not STILL_AFTER.match(text, o.end)
            and not _STILL_BEFORE.search(text, max(seg.fstart, o.start - 80), o.start)
            and (not listed or _in_roundup_list(ctx, roundup, o))
        )
    for m in TRAILER.finditer(text, seg.fstart, seg.fend):
        if ctx.within_a_title(m.start(), m.end()):
            continue  # a title's own words: "'Sneak Peek': X Joins Hulu's Comedy"
        words = m.group()
        clause = clause_of(clauses, m.start())
        if _WISH_BEFORE.search(text, max(clause[0], m.start() - 50), m.start()):
            continue  # "I'd love to launch the X trailer at a cricket stadium": a wish
        if _COMPOUND_AFTER.match(text, m.end()) and ctx.doc.source[
            source_at(ctx, m.end()) : source_at(ctx, m.end()) + 1
        ] in ("-", "‐", "‑"):
            continue  # "the film's trailer-driven buzz": the buzz, described

        if words.endswith("promo") and (
            SALES_MARKET.search(text, seg.fstart, seg.fend)
            or SALES_MARKET.search(text, 0, ctx.title_fend)
        ):
            continue  # "AFM: Lionsgate Screens New Promo For X": a promo for buyers
        if TRAILER_REACTION.search(
            text, max(clause[0], m.start() - 20), min(clause[1], m.end() + 20)
        ) or _REACTION_LABEL.match(ctx.doc.source):
            continue  # a reaction video ("REACTION: X Season 3 Teaser | ...")
        if _NOT_THE_TRAILER_BEFORE.search(text, max(clause[0], m.start() - 24), m.start()):
            continue  # "this is NOT the official trailer": a video's disclaimer, no promise
        if _WHEN_IT_MIGHT.search(text, max(seg.fstart, m.start() - 60), m.start()):
            continue  # "my predictions for when Apple will drop the first trailer": a wish
        when = _WHEN_BEFORE.search(ctx.untitled, max(seg.fstart, m.start() - 50), m.start())
        if when and (
            when.group("guess")
            or _MIGHT_AFTER.match(text, m.end())
            or (when.group("ask") and text.startswith(" will", m.end()))
        ):
            continue  # "Here's when the trailer could drop": a guess, no promise
        if _NO_TRAILER_BEFORE.search(
            # (not a title's own words: "'Speak No Evil' Trailer")
            ctx.untitled,
            max(clause[0], m.start() - 24),
            m.start(),
        ) and not _STILL_TO_COME.search(text, clause[0], clause[1]):
            continue  # "No trailer was shown": none, out or coming ("no trailer yet" is coming)
        if words.endswith("teaser") and _STILL_RIGHT_AFTER.match(
            ctx.doc.source, source_at(ctx, m.end())
        ):
            continue  # "unveiled a teaser poster": a still (not "Teaser, Poster Revealed")
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
        if variant != "teaser" and _DISCLAIMER.search(ctx.doc.source):
            continue  # "this is NOT the official trailer": a fan's video (a teaser may say so)
        # the trailer as the subject doing something is out, whatever the clause says
        # before it ("X will premiere in early 2027, first teaser reveals")
        acts = (
            (seg.in_title and not clause[2] and bool(TRAILER_ACTS.match(text, m.end())))
            or (
                # "has officially dropped the trailer for X, set to hit theaters in November":
                # out, whatever the words after it say of the work
                not clause[2]
                and _DONE_RIGHT_BEFORE.search(text, max(clause[0], m.start() - 40), m.start())
                is not None
                # (not under a denial: "has not yet dated the season or released a trailer")
                and _DENIAL.search(text, clause[0], m.start()) is None
            )
            or (
                # "Alex Garland and A24 Invade Iraq With the Harrowing Trailer for Warfare"
                seg.in_title
                and not clause[2]
                and _WITH_THE_BEFORE.search(text, max(clause[0], m.start() - 40), m.start())
                is not None
                # (its title right after: not "a Rival Studio Counters With a Teaser")
                and any(
                    _FOR_THE_TITLE.fullmatch(text, m.end(), o.start) for o, _ in ctx.occurrences
                )
                and not hedged(ctx, clauses, m.start(), m.end(), HEDGE)
            )
        )
        verb = _ARRIVES_AFTER.match(text, m.end())
        ahead = [
            d
            for d in (
                dates_in(ctx, verb.end(), min(clause[1], words_after(text, verb.end(), 3)))
                if verb
                else []
            )
            if verb
            and d.date.day > ctx.published.date()
            and re.fullmatch(
                r"(?: on| in| by| later| early)?\s?", text[verb.end() : date_start(ctx, d)]
            )
            # (not the release's: "Trailer Drops, Oct. 9 Release Confirmed")
            and not RD_BEFORE_NOUN.match(text, ctx.doc.folded.to_folded(d.end) - 1)
            and "," not in ctx.doc.source[source_at(ctx, verb.end()) : d.start]
        ]
        if ahead:
            # "Teaser Arrives Next Month", "Trailer Drops Tomorrow": a time still ahead, right
            # after the verb
            out.append(Cue("trailer", "expected", m.start(), m.end(), variant, ahead[0]))
            continue
        if not acts and _DONE_AFTER_A_COMMA.search(
            ctx.doc.source, max(0, source_at(ctx, m.start()) - 40), source_at(ctx, m.start())
        ):
            # "Netflix Sets August Date For 'X', Drops Teaser": a verb of its own after the
            # comma, out of the reach of the dating before it
            acts = True
        if not acts and (
            hedged(ctx, clauses, m.start(), m.end(), HEDGE)
            or _PROMISED_AFTER_AN_ASIDE.match(ctx.doc.source, source_at(ctx, m.end()))
            # "First Teaser Due This Summer", "trailer is due next month"
            or _DUE_AFTER.match(text, m.end())
        ):
            status = "expected"
        else:
            lo, hi = (
                max(clause[0], m.start() - HEDGE_BEFORE),
                min(clause[1], m.end() + HEDGE_AFTER),
            )
            done = (
                acts
                or TRAILER_DONE.search(text, lo, hi)
                or (
                    seg.in_title
                    and (
                        ctx.video_label
                        or TRAILER_DESCRIBES.match(text, m.end())
                        # "'Speak No Evil' Trailer: James McAvoy Is Unsettling": the trailer
                        # as a headline's label, its title right before it
                        or (
                            _LABEL_COLON.match(
                                ctx.doc.source, source_at(ctx, m.end()), ctx.doc.title_end
                            )
                            and any(0 <= m.start() - o.end <= 16 for o, _ in ctx.occurrences)
                        )
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
            dates_in(ctx, m.end(), min(clause[1], words_after(text, m.end(), 6)))
            if status == "expected"
            else []
        )
        day = dates[0] if dates else None
        if status == "expected" and day is None:
            # "promised a full trailer for the second season of X on June 18"
            day = _coming_day(ctx, clause, m.end())
        out.append(Cue("trailer", status, m.start(), m.end(), variant, day))
    return out


#: a past verb of release right before the promo (folded): "has officially dropped the ",
#: "unveiled a new"
_DONE_RIGHT_BEFORE = re.compile(
    r"\b(?<!not )(?<!yet )(?<!never )(?<!if )(?:dropped|released|unveiled|debuted|shared|"
    r"launched|revealed|posted|rolled out)"
    r"(?: (?:its|the|a|an|their|his|her|this))?(?: (?:new|first|official|full|final|"
    r"second|third|latest|brand new|extended|exclusive))* \Z"
)
#: a colon right after a headline's trailer words (source text): "Trailer: "
_LABEL_COLON = re.compile(
    r"\s*:\s+(?!(?:when|where|what|how|why|will|is|are|does|do|can|everything|release|cast|"
    r"plot|news|rumou?rs?|details|date|first look)\b)[^?]*\Z",
    re.IGNORECASE,
)
#: a denial in the clause (folded): "has not yet", "never"
_DENIAL = re.compile(r"\b(?:not|never|yet to|no longer)\b")
#: a headline's "with the" right before the promo (folded): "invade iraq with the harrowing "
_WITH_THE_BEFORE = re.compile(r"\bwith (?:the|a|an|its|their|this|her|his)(?: [\w-]+){0,2} \Z")
#: the words between a promo and its title (folded): " for ", " for the "
_FOR_THE_TITLE = re.compile(r" (?:for|of) (?:the |a |an )?")
#: the trailer as the subject of a promise past the aside after it (source text): "the
#: official trailer for the gothic mystery, starring A and B, will debut next week"
_PROMISED_AFTER_AN_ASIDE = re.compile(
    r"(?i)\s+for\s+[^.;:!?]{1,100}?,\s+(?:will|is\s+set\s+to|is\s+due\s+to|is\s+expected\s+to|"
    r"is\s+slated\s+to)(?:\s+\w+)?\s+(?:debut|arrive|drop|premiere|launch|be\s+released|"
    r"be\s+unveiled|land|hit|come|bow)\b"
)


#: a verb of release that opens its own part of a headline, right before the trailer words
#: (source text): "..., Drops Teaser", "; Unveils First Trailer", ", and Releases a Teaser"
_DONE_AFTER_A_COMMA = re.compile(
    r"[’'\"”]?[,;]\s+(?:and\s+)?(?:Drops|Unveils|Releases|Debuts|Shares|Reveals|Launches|Bows)\s+"
    r"(?:(?:a|the|its|their|first|new|official|full)\s+)*\Z",
    re.IGNORECASE,
)


def _ordinal_trailer(ctx: Context, clause: Clause, start: int, words: str) -> bool:
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


def _coming_day(ctx: Context, clause: Clause, end: int) -> DateMention | None:
    """A day still ahead right after a trailer that is not yet out ("... arrives tomorrow").

    Not after a past-tense verb ("dropped on Monday"), a day for which the entry's own
    day is the date.
    """
    text = ctx.text
    hi = words_after(text, end, 5)
    # past the trailer's object: "The first trailer for Apple TV+'s X lands TOMORROW"
    for o, _ in ctx.occurrences:
        if end < o.start < hi and text.startswith((" for ", " of "), end):
            hi = max(hi, words_after(text, o.end, 3))
    if text.startswith((" for ", " of "), end):
        # past a described object: "First Trailer for Paramount's Sci-Fi Epic Arrives Thursday"
        # (not past a comma: "Trailer for the Netflix Series, Which Premieres on Friday")
        src = ctx.doc.source
        comma = src.find(",", source_at(ctx, end), source_at(ctx, words_after(text, end, 9)))
        reach = words_after(text, end, 9)
        hi = max(hi, reach if comma < 0 else min(reach, ctx.doc.folded.to_folded(comma)))
    hi = min(clause[1], hi)
    pub = ctx.published.date()
    for fs, fe, d in dates_between(ctx, end, hi):
        if d.date.precision != "day" or d.date.day <= pub:
            return None
        if _TRAILER_PAST.search(text, clause[0], fs) or _FILM_RELEASE_AFTER.match(text, fe):
            return None  # "dropped Monday"; "teaser ahead of its July 31 release": the film's
        if REFERENCE_BEFORE.search(text, end, fs) or _RELEASE_WORDS.search(text, end, fs):
            return None  # "teaser, streaming Nov. 20": the film's day
        return d
    return None


_RELEASE_WORDS = re.compile(
    rf"\b(?:streaming|in {VENUE}|(?:hits|arrives in|opens in) {VENUE}|opens|opening|"
    # "trailer is finally here, movie drops aug 14": the film's verb and day
    r"(?:movie|film|series|show|season) (?:drops|arrives|lands|premieres|debuts|releases))\b"
)


#: "Star Is a Threat in the X Trailer", "Hero Braves the Cold in Teaser for X": a headline
#: about what the trailer shows speaks of one that is out
_SHOWN_IN = re.compile(
    r"\bin (?:(?:the|a|an|its|their|this|new|first|latest|official|final|\w+ s) )*\Z"
)


_SHOWN_IN_OWNER = re.compile(r"\bin (?:the )?\w+(?: s)? \Z")


def _shown_in_trailer(ctx: Context, clause: Clause, start: int) -> bool:
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


_FILM_RELEASE_AFTER = re.compile(r" (?:\w+ )?(?:release|opening|bow|simulcast|premiere|return)\b")


REFERENCE_BEFORE = re.compile(r"\b(?:ahead of|before|until|in time for)\b")


_TRAILER_PAST = re.compile(
    r"\b(?:dropped|debuted|released|unveiled|premiered|arrived|landed|launched|revealed|"
    r"shared|hit|went)\b"
)


#: a question right after the trailer words: ": when will ...?", " – is it coming?"
_ASKS_AFTER = re.compile(
    r"\s*[:\-–—|]\s*(?i:when|will|is|are|what|where|why|how|does|do|has|have|can)\b[^?]*\?"
)


def _bare_video_title(ctx: Context, seg: Segment, clause: Clause, start: int, end: int) -> bool:
    """Whether trailer words stand alone in a headline part, as video titles put them.

    Before them in their clause only a title and a season ("X Season 2 Official Teaser"),
    after them nothing but a year or "HD" ("X - Official Trailer (2026)", "X Trailer: ...").
    """
    if not (seg.in_title or seg.related):  # an aggregator's listed headlines are headlines
        return False
    if _ASKS_AFTER.match(ctx.doc.source, source_at(ctx, end)):
        return False  # "X season 4 trailer: when will Apple release it?": a question about it
    text = ctx.text
    before = text[clause[0] : start]
    for o, _ in ctx.occurrences:
        if clause[0] <= o.start and o.end <= start:
            before = before.replace(text[o.start : o.end], " ")
    rest = SEASON_MARK.sub(" ", before).split()
    if any(w not in ctx.companies and w not in KIND_WORDS for w in rest):
        return False  # "'X' Peacock Series Teaser" is bare; "Everything about X: trailer" not
    if VIDEO_TAIL.match(ctx.doc.source, source_at(ctx, end)):
        return True  # "X Trailer #2 (2026) Cast Name, Cast Name"
    tail = text[end : clause[1]].split()
    return all(
        re.fullmatch(r"\d{1,4}", w) or w in VIDEO_TAIL_WORDS or w in ctx.companies for w in tail
    )


#: a video labelled a reaction at the headline's start (source text): "REACTION: ", "Reaction |"
_REACTION_LABEL = re.compile(r"\s*(?i:reaction|reactions)\s*[:|–—-]")
#: the promo's own arrival right after it (folded): " arrives", " drops" (next month)
_ARRIVES_AFTER = re.compile(
    r"(?: (?:\d|one|two|three)| (?:trailer|teaser))? (?:arrives|arriving|drops|dropping|lands|"
    r"landing|debuts|debuting|hits|comes|coming|goes live|releases|premieres)\b"
)
