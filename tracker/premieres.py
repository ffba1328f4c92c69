"""Premiere cues: festival and event premieres, held or announced.

See :mod:`tracker.detect` for how cues become observations.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from tracker.attribution import Context
from tracker.clauses import (
    ANNOUNCED_PRECISIONS,
    DATE_AFTER_WORDS,
    HEDGE_AFTER,
    HEDGE_BEFORE,
    Clause,
    clause_of,
    dates_between,
    day_within,
    is_history,
    source_at,
    word_gap,
    words_after,
)
from tracker.cues import (
    CITY,
    FESTIVAL,
    FESTIVAL_CONTEXT,
    FESTIVAL_LINEUP,
    FESTIVAL_NAME,
    FESTIVAL_START,
    FESTIVAL_TITLE,
    FUTURE,
    MONEY,
    PLACE_AFTER,
    PLATFORM,
    PREMIERE,
    PREMIERE_AFTER_DATE,
    PREMIERE_AFTER_ITS,
    PREMIERE_HELD,
    PREMIERE_LABEL,
    PREMIERE_LIST,
    PREMIERE_MARK,
    PROMO_SUBJECT,
    RD_BEFORE_NOUN,
    RECEIVES,
    RELEASED,
    TRADE_SHOWS,
    VENUE,
    Cue,
)
from tracker.text import Segment

#: a likeness, not a slot, right before a premiere's words (folded): "seems like a perfect ",
#: "would make a great "
_LIKENESS_BEFORE = re.compile(
    r"\b(?:(?:seems?|feels?|looks?|sounds?) like|would (?:make|be)|could (?:make|be)) "
    r"(?:a|an|the) (?:\w+ ){0,2}\Z"
)


def premiere_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    """Premiere phrasings; a festival's film named before the festival; "'X' Premiere:"."""
    return [
        c
        for c in _premiere_cues(ctx, seg, clauses)
        # "seems like a perfect SXSW film": a likeness
        if not _LIKENESS_BEFORE.search(ctx.text, max(seg.fstart, c.start - 40), c.start)
        # "will not premiere at Venice", "has been pulled from its world premiere": none
        and not _CALLED_OFF_BEFORE.search(ctx.text, max(seg.fstart, c.start - 40), c.start)
    ]


#: a premiere denied or called off, right before the cue (folded): "will not ", "pulled from
#: its world ", "cancels venice "
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:(?:not|no longer|never)(?: \w+)?|(?:pulled|withdrawn|withdraws?|withdrew|pulls? out|"
    r"pulled out|drops? out|dropped out) (?:from|of)(?: its| the| their)?(?: \w+)?|"
    r"(?:cancels?|cancell?ed|cancell?ing|scraps?|scrapped|skips?|skipped|skipping)"
    r"(?: its| the| their)?(?: \w+)?) \Z"
)


def _premiere_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
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
            # (a series' "Premiere:" is its season's, unless a festival or a city is named:
            # "'X' Premiere: Stars Bring HBO Drama to Los Angeles")
            and (
                match.production.kind == "film"
                or _NAMED_FESTIVAL.search(text, 0, ctx.title_fend)
                or _TO_A_CITY.search(text, 0, ctx.title_fend)
            )
            and text.startswith(" premiere", o.end)
            and (end == seg.fend or PREMIERE_LABEL.match(ctx.doc.source, source_at(ctx, end)))
        ):
            out.append(replace(premiere_cue(ctx, clauses, o.end + 1, end), bound=o))
            continue
        if not seg.fstart <= o.start < seg.fend:
            continue
        verb = _PREMIERES_ENDING.match(text, o.end)
        if verb and verb.end() == seg.fend and FESTIVAL_CONTEXT.search(text, 0, ctx.title_fend):
            # "Tribeca Opens With Star-Studded Gala as 'Quarry Bells' Premieres"
            cue = premiere_cue(ctx, clauses, verb.start() + 1, verb.end())
            out.append(replace(cue, bound=o))
            continue
        section = _IN_A_SECTION.match(text, o.end)
        if (
            section
            and (
                section.end() == seg.fend
                or re.match(r"[’'\"”]?\s*[,;]", ctx.doc.source[source_at(ctx, section.end()) :])
            )
            and FESTIVAL_NAME.search(text, 0, ctx.title_fend)
            and not _NOT_A_LINEUP.search(text, 0, ctx.title_fend)
        ):
            # "Lineup: 'A' In Competition; 'B' In Un Certain Regard": each its slot, and
            # every title listed before it ("'A', 'B' Among Gala Selections")
            cue = premiere_cue(ctx, clauses, section.start() + 1, section.end())
            name = FESTIVAL_NAME.search(text, 0, ctx.title_fend)
            year = re.search(r"\b(?:19|20)(\d\d)\b", text[: ctx.title_fend])
            if (
                (name and _festival_ahead(ctx, name.group()))
                or (year and 2000 + int(year.group(1)) > ctx.published.year)
                # "BFI London Film Festival 2027 lineup revealed: 'X' among galas"
                or _LINEUP_REVEALED.search(text, 0, ctx.title_fend)
            ):
                cue = replace(cue, status="announced")  # a lineup before its festival
            listed = [
                p
                for p, _ in ctx.occurrences
                if seg.fstart <= p.start <= o.start
                and not re.search(r"\b(?:in|among)\b", text[p.end : o.start])
            ]
            out.extend(replace(cue, bound=p) for p in listed)
            continue
        verb = _PREMIERE_DOES.match(text, o.end)
        if verb is None:
            ovation = _EARNS_OVATION.match(text, o.end)
            if ovation is None and seg.in_title:
                # "'X' Sends Cannes Midnight Crowd Screaming, Earns Five-Minute Ovation": a
                # second verb of the headline's subject, no other title between
                ovation = _THEN_OVATION.match(text, o.end)
                if ovation and (
                    any(o.end < p.start < ovation.end() for p, _ in ctx.occurrences)
                    or not _FIRST_VERB_THEN_COMMA.match(
                        ctx.doc.source[
                            source_at(ctx, o.end) : source_at(ctx, ovation.start("verb"))
                        ]
                    )
                ):
                    # (not "'X' Star Y Receives Standing Ovation at Venice Tribute", "'X'
                    # Passes on Venice; Festival Opener Gets Seven-Minute Ovation")
                    ovation = None
            if (
                ovation
                and _FESTIVAL_NOT_TRADE_SHOW.search(text, 0, ctx.title_fend)
                and not _LOOKING_BACK.search(text, 0, ctx.title_fend)
            ):
                # "Venice: 'X' Earns Nine-Minute Ovation": its festival screening was held
                cue = Cue("premiere", "held", ovation.start() + 1, ovation.end())
                out.append(replace(cue, bound=o))
            continue
        if festival is None:
            festival = bool(FESTIVAL_CONTEXT.search(text, 0, ctx.title_fend))
        clause = clause_of(clauses, o.start)
        if festival and not RELEASED.search(text, clause[0], clause[1]):
            # "Venice: X Premiere Dazzles", "TIFF: X Season 3 Premiere Brings ..." (not a
            # result: "X Premiere Draws 2M Viewers")
            start = verb.start("premiere")
            cue = premiere_cue(ctx, clauses, start, start + len("premiere"))
            out.append(replace(cue, bound=o))
    return out


#: a festival by a name no city or common word shares (folded)
_NAMED_FESTIVAL = re.compile(
    r"\b(?:cannes|sundance(?! now| tv| channel)|tiff|berlinale|sxsw|tribeca|annecy|telluride|"
    r"locarno|busan|rotterdam|nyff|fantastic fest|series mania|"
    r"(?:venice|toronto|berlin|london|new york) (?:international )?film festival)\b"
)
#: a headline that guesses at a lineup or names a market or a fan convention (folded)
_NOT_A_LINEUP = re.compile(
    rf"\b(?:predictions?|likely|hopefuls|wish list|market|sales|hall h|{TRADE_SHOWS})\b"
)
#: a title's own premiere verb ending its headline part (folded): " premieres"
_PREMIERES_ENDING = re.compile(r" (?:world )?(?:premieres|premiered|debuts|debuted|bows|bowed)\b")
#: a festival's section right after a title in a headline (folded): " in un certain regard"
_IN_A_SECTION = re.compile(
    r" among (?:the )?(?:\w+ ){0,2}?(?:picks|selections|headliners|galas|special presentations)\b|"
    r" in (?:competition|un certain regard|directors fortnight|critics week|out of competition|"
    r"special screenings|cannes premiere|orizzonti|horizons|midnight madness|wavelengths|"
    r"panorama|forum|encounters|perspectives|main slate|spotlight)\b"
)
#: a title's premiere as the subject of a present verb ("X premiere dazzles", "X Season 3
#: Premiere Brings ..."), not a noun of the premiere ("premiere dates", "premiere episodes")
_PREMIERE_DOES = re.compile(
    r"(?: season \w+| s\d+)? (?P<premiere>premiere) (?!(?:date|episode|recap|review|rating|"
    r"reaction|photo|ticket|look|outfit|dress|viewer|number|time)s\b)[a-z]+s\b"
)


#: a headline subject's second verb, its reception (folded): " sends cannes midnight crowd
#: screaming earns five minute ovation"
_THEN_OVATION = re.compile(
    rf"(?: \w+){{1,6}}? (?P<verb>{RECEIVES}|nabs?|nabbed)(?: \w+){{0,3}}? (?:standing )?ovation\b"
)
#: the source between a title and the ovation's verb: the subject's own first verb ("Sends",
#: "Leaves"), then a comma
_FIRST_VERB_THEN_COMMA = re.compile(r"[’'\"”]?\s+(?!Star\b)[A-Z][a-z]+s\b[^;:|]*(?:,|\s[—–-])\s*\Z")
#: a screening's reception right after a title: " earns nine minute ovation", " gets a
#: standing ovation" (folded)
_EARNS_OVATION = re.compile(
    rf"(?: season \w+| s\d+)? (?:{RECEIVES}|nabs?|nabbed|wows?|wowed|dazzles?|dazzled|stuns?|"
    r"stunned)"
    # ("Gets 7.5 Minutes Standing Ovation"; "receives a fantastic reception at Venice")
    r"(?: [\w.]+){0,8}? (?:(?:standing )?ovation|reception|welcome)\b|"
    # "Premieres to Warm Ovation", "Premieres to Raves"
    r"(?: season \w+| s\d+)? (?:world )?premieres? to (?:\w+ ){0,3}?(?:ovations?|raves|acclaim|"
    r"applause|cheers)\b|"
    # "Brings Down The House As SXSW Secret Screening", "Takes Telluride By Storm"
    r"(?: season \w+| s\d+)? (?:(?:brings?|brought) (?:down the house|the house down)|"
    rf"(?:takes?|took) (?:the )?{FESTIVAL} by storm(?! in \w+ opening)|"
    # "Storms Telluride"
    rf"(?:storms|stormed|conquers|conquered) (?:the )?(?!{TRADE_SHOWS}){FESTIVAL})\b"
)
#: a festival in a headline, not a trade show (folded): exhibitors' and fans' rooms applaud
#: footage, not a premiere
_FESTIVAL_NOT_TRADE_SHOW = re.compile(rf"\b(?!{TRADE_SHOWS}){FESTIVAL}\b|\bin competition\b")
#: a headline looking back (folded): "Cannes Flashback:", "30 Years On", "in 2016"
_LOOKING_BACK = re.compile(
    r"\b(?:flashback|throwback|classics|retrospective|anniversary|years (?:on|ago|later)|"
    r"in (?:19|20)\d\d)\b"
)


_PREMIERE_WORD = re.compile(r"\bpremiere\b")
#: a promo as what premieres (folded): " of the u s trailer", " of its first clip"
_PROMO_OF_AFTER = re.compile(
    r" of (?:the |its |a |an )?(?:\w+ ){0,5}?(?:trailers?|teasers?|clips?|posters?|videos?|songs?|"
    r"singles?|tracks?|featurettes?|first look|promos?|spots?|music video)\b"
    # the promo as the head noun, not a modifier: "video game adaptation", "single camera"
    r"(?! (?:game|games|adaptation|director|directors|camera|comedy|movie|film|series|star))"
)
#: a festival's kind of premiere (folded): "world premiere", "North American premiere"
_FESTIVAL_KIND = re.compile(
    r"\b(?:world|international|north american|u s|us|european|uk|canadian|festival|gala) "
    r"premieres?\b"
)
#: festivals in general, none named (folded): "premiere on the fall festival circuit"
_CIRCUIT = re.compile(
    r"\w+(?: \w+)? (?:on|at|during|across|along) (?:the |this |next )?(?:\w+ )?"
    r"(?:festival circuit|festival run|festival season|circuit|"
    # a season's festivals, none named (the text may stop there: "on the fall festival...")
    r"(?:fall|autumn|spring|summer|winter) festivals?(?! (?!circuit|run|season)\w))\b"
)
#: "for the" right before a kind of premiere (folded): "has set Wednesday, Oct. 11 for the
#: global premiere of X", a day set for it
_DAY_SET_FOR_THE = re.compile(r"\bfor (?:the|its|an?) \Z")
_SETS_A_DAY = re.compile(r"\b(?:set|sets|setting|slated|scheduled|dated|dates|picked|confirmed)\b")
#: a streamer as the subject (folded), whose "global premiere" on a day is its release
_STREAMER = re.compile(rf"\b(?:{PLATFORM})\b")


VENUE_WORD = re.compile(rf"\b{VENUE}\b")


MONEY_RE = re.compile(MONEY)


def _this_week(ctx: Context, clause: Clause) -> bool:
    """A day in the clause within a week of the entry ("on Tuesday", read either way)."""
    return day_within(ctx, clause, ahead=7)


#: a deal as the subject of "closed": "the deal, worth high seven figures, closed"
_DEAL_BEFORE = re.compile(r"\b(?:deal|sale|acquisition|negotiations|talks|pact)\b(?: \w+){0,8} \Z")


#: a premiere told in the past tense
_PAST_EVENT = re.compile(
    r"(?:world )?(?:premiered|debuted|bowed|screened|launched|opened|closed)\b"
)


#: a relative clause opening right before it: "which", "that world"
_RELATIVE_BEFORE_EVENT = re.compile(
    r"\b(?:which|that|who|where it|whose(?: \w+){1,6})(?: first| originally| also| had| has)? "
    r"(?:world )?\Z"
)


#: a deal made after the premiere, right before it (folded): "acquired after its "
_BOUGHT_AFTER_BEFORE = re.compile(
    r"\b(?:acquired|bought|picked up|nabbed|landed|took) (?:\w+ ){0,3}?(?:after|following) "
    r"(?:its|the|their) \Z"
)
#: a recent time right after the premiere (folded): " last week", " on friday"
_LAST_WEEK_AFTER = re.compile(
    r"(?: \w+){0,3}? (?:last week|this week|earlier this week|over the weekend|this weekend|"
    r"last weekend|yesterday|last night|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?: night)?|"
    r"on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2})\b"
)
#: an event denied: "no red carpet", "without a premiere"
_NONE_BEFORE = re.compile(r"\b(?:no|without a|without any|skipped the|skips the) \Z")


def _premiere_phrase_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    """Premiere phrasings, a festival's lineup, "premiere in <Place>", a festival's film."""
    text = ctx.text
    out: list[Cue] = []
    for m in PREMIERE.finditer(text, seg.fstart, seg.fend):
        if ctx.within_a_title(m.start(), m.end()):
            continue  # a title's own words: "Red Carpet Season 2" is no red carpet
        if re.search(r"(?:sidebar|section|strand)\Z", m.group()) and not _NAMED_FESTIVAL.search(
            text, 0, ctx.title_fend
        ):
            continue  # "will open the strand on Sunday on ITV1": a broadcaster's strand
        if any(o.start == m.end() + 1 for o, _ in ctx.occurrences) and _FOR_BEFORE.search(
            text, max(0, m.start() - 6), m.start()
        ):
            continue  # "Sets Nov. 6 Release for Annecy Premiere 'X'": the film's epithet
        if _KIND_OVATION.match(m.group()) and not (
            seg.in_title and any(seg.fstart <= o.start < m.start() for o, _ in ctx.occurrences)
        ):
            continue  # "Venice: Pablo Ruiz's Spanish Drama Earns Ovation": not a watched film's
        if (
            m.group().startswith("red carpet")
            and not _PREMIERE_WORD.search(text, *clause_of(clauses, m.start())[:2])
            and (
                _AWARDS_SHOW.search(text, *clause_of(clauses, m.start())[:2])
                or (
                    "red carpet" in text[: ctx.title_fend]
                    and _AWARDS_SHOW.search(text, 0, ctx.title_fend)
                )
            )
        ):
            continue  # "the red carpet will be awash in nominees": an awards show's
        if (
            _BOUGHT_AFTER_BEFORE.search(text, max(seg.fstart, m.start() - 60), m.start())
            and not _LAST_WEEK_AFTER.match(text, m.end())
            and not _this_week(ctx, clause_of(clauses, m.start()))
        ):
            # "which A24 acquired after its SXSW premiere": the film's history (not
            # "acquired following its festival premiere last week": this week's news)
            continue
        if _NONE_BEFORE.search(text, max(seg.fstart, m.start() - 12), m.start()):
            continue  # "with no announcement, no press junket and no red carpet": none held
        if PROMO_SUBJECT.search(text, max(seg.fstart, m.start() - 40), m.start()):
            continue  # "the trailer will debut at Comic-Con": the trailer's debut, not the film's
        if _PROMO_OF_AFTER.match(text, m.end()):
            continue  # "has the exclusive premiere of the U.S. trailer": the trailer's
        if not _PAST_EVENT.match(m.group()) and _CIRCUIT.match(
            text, m.start(), min(seg.fend, m.end() + 40)
        ):
            continue  # "is expected to premiere on the fall festival circuit": no festival yet
        if (
            m.group().startswith(("for the premiere", "to the premiere"))
            and dates_between(ctx, max(seg.fstart, m.start() - 40), m.start())
        ) or (
            _DAY_SET_FOR_THE.search(text, max(seg.fstart, m.start() - 12), m.start())
            # a streamer's day, not a festival's slot ("Venice has set Sept. 5 for the world
            # premiere of X")
            and (m.group() == "global premiere" or _STREAMER.search(text, seg.fstart, m.start()))
            and _SETS_A_DAY.search(text, max(seg.fstart, m.start() - 60), m.start())
            and any(
                d.date.day > ctx.published.date()
                for _, _, d in dates_between(ctx, max(seg.fstart, m.start() - 40), m.start())
            )
        ):
            continue  # "has set Thursday, June 25 for the premiere of X": its release day
        clause = clause_of(clauses, m.start())
        if (
            m.group() == "global premiere"
            and _STREAMER.search(text, clause[0], m.start())
            and dates_between(ctx, clause[0], m.start())
            and not PLACE_AFTER.search(ctx.doc.source, source_at(ctx, m.end()))
        ):
            continue  # "Netflix has set an Aug. 14 global premiere for X": its release
        if m.group().startswith("clos") and _DEAL_BEFORE.search(
            text, max(seg.fstart, m.start() - 60), m.start()
        ):
            continue  # "the deal, for a high seven figures, closed in Toronto"
        if _PAST_EVENT.match(m.group()) and _long_ago(ctx, m.end(), clause[1]):
            continue  # "world premiered at TIFF in September" in December: background
        if (
            _PAST_EVENT.match(m.group())
            and _RELATIVE_BEFORE_EVENT.search(text, max(seg.fstart, m.start() - 60), m.start())
            and not _this_week(ctx, clause_of(clauses, m.start()))
        ):
            # "the thriller, which premiered at Cannes, ...": background to a review (not
            # "which world premiered in competition on Thursday": this week's news)
            continue
        if (
            re.match(r"(?:opening|closing) (?:night )?(?:film|selection)", m.group())
            and _FILM_EPITHET_AFTER.match(text, m.end())
        ) or _AUDIENCE_RESULT_AFTER.match(text, m.end()):
            # "The Busan opening film has drawn 1.4 million admissions", "The SXSW premiere
            # earned a B CinemaScore": an epithet in a release's report
            continue
        if (
            m.group().endswith("premiere")
            and _appositive(ctx, m.start())
            # (not before the festival, nor with its reception: "X, the TIFF premiere that
            # earned a ten-minute standing ovation")
            and (
                # "X, the Venice premiere that drew raves last year": history
                _GONE_BY.search(text, m.end(), clause_of(clauses, m.start())[1])
                or (
                    not any(
                        _festival_ahead(ctx, f.group()) for f in FESTIVAL_NAME.finditer(m.group())
                    )
                    and not _RECEPTION.search(text, m.end(), clause_of(clauses, m.start())[1])
                )
            )
        ):
            continue  # "Bidding War, the TIFF premiere starring A and B, ...": its epithet
        if m.group().endswith("gala") and _AWARD_BEFORE.search(
            text, max(seg.fstart, m.start() - 80), m.start()
        ):
            continue  # "will receive CinemaCon's star of tomorrow award at the closing-night gala"
        if (
            m.group().startswith(("opened", "closed", "kicked off"))
            and _RELATIVE_BEFORE.search(text, max(0, m.start() - 6), m.start())
            and _GONE_BY.search(text, m.end(), min(clause_of(clauses, m.start())[1], m.end() + 40))
        ):
            # "X, the comedy that opened SXSW last month, will stream": its slot at the
            # festival, as an epithet (not "which premiered on the festival circuit last year")
            continue
        if (
            _AFTER_A_BEFORE.search(text, max(seg.fstart, m.start() - 40), m.start())
            and _GONE_BY.search(text, m.end(), min(clause_of(clauses, m.start())[1], m.end() + 60))
            and _WILL.search(text, _sentence_start(ctx, m.start(), seg.fstart), m.start())
        ):
            # "will open in theaters Oct. 13 after a midnight bow at Fantasia last month": a
            # premiere gone by, told as the background of the news
            continue
        cue = premiere_cue(ctx, clauses, m.start(), m.end())
        if m.group().endswith(" with"):
            # "The festival opens with X": the film named next; "Opens With British Comedy
            # As Red Carpet Returns" names none of ours
            after = [
                o
                for o, _ in ctx.occurrences
                if m.end() < o.start
                and word_gap(text, m.end(), o.start) <= 6
                and not re.search(r"\b(?:as|while|and|but|after)\b", text[m.end() : o.start])
            ]
            if not after:
                continue
            cue = replace(cue, bound=after[0])
        out.append(cue)
    # (not a title's own word: "Cannes Drama 'Clean Slate'" names no slate)
    for m in FESTIVAL_LINEUP.finditer(ctx.untitled, seg.fstart, seg.fend):
        held_name = FESTIVAL_NAME.match(text, m.start())
        if (
            _FROM_BEFORE.search(text, max(0, m.start() - 24), m.start())
            and held_name is not None
            and not _festival_ahead(ctx, held_name.group())
        ):
            # "the drama from this year's Venice competition", after Venice: its epithet (not
            # "Our Picks From the Venice Competition Slate" before it)
            continue
        if not any(c.start < m.end() and m.start() < c.end for c in out):
            cue = premiere_cue(ctx, clauses, m.start(), m.end())
            name = FESTIVAL_NAME.match(text, m.start())
            if (
                cue.status == "held"
                # (a competition's lineup made public is ahead too: "the festival unveiled
                # its competition slate")
                and (not m.group().endswith("competition") or _MADE_PUBLIC.search(m.group()))
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
        if PLACE_AFTER.match(ctx.doc.source, source_at(ctx, m.end())) and not any(
            c.start < m.end() and m.start() < c.end for c in out
        ):
            out.append(premiere_cue(ctx, clauses, m.start(), m.end()))  # "premiere in Paris"
    for m in FESTIVAL_TITLE.finditer(text, seg.fstart, seg.fend):
        if (
            _festival_ahead(ctx, m.group("festival"))
            # (not a past edition's: "Tomasz Rudnik, Venice Breakout, Signs With WME")
            and not _PAST_EDITION_WORD.search(m.group())
            and not any(c.start < m.end() and m.start() < c.end for c in out)
            # (not a market's: "Neon, Mubi Circle Lido Titles As Venice Sales Market Warms Up",
            # "boards San Sebastian competition title 'X'" over "has taken international sales")
            and not _NOT_A_LINEUP.search(text)
            # (nor a dating's object: "Sets November Release for Cannes Competition Title 'X'")
            and not _FOR_BEFORE.search(text, max(0, m.start() - 6), m.start())
            # (nor the film named by its slot: "will open the Venice competition title in
            # theaters this fall")
            and not (
                _THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
                and not m.group().endswith("s")
                # (the object of a verb; "The Venice competition title will open in New York
                # first" still says where it premieres)
                and ctx.doc.source[: source_at(ctx, m.start())]
                .rstrip()
                .endswith(("the", "its", "this"))
            )
        ):
            out.append(Cue("premiere", "announced", m.start(), m.end()))
    return out


#: a festival making its lineup public (folded): "unveiled its", "announces"
_MADE_PUBLIC = re.compile(
    r"\b(?:unveils?|unveiled|announces?|announced|reveals?|revealed|names|named|sets|adds|added)\b"
)
#: a red carpet's city in a headline (folded): "to los angeles", "in london"
_TO_A_CITY = re.compile(rf"\b(?:to|in) (?:{CITY})\b")
#: a lineup made public (folded): "lineup revealed", "unveils lineup"
_LINEUP_REVEALED = re.compile(
    r"\b(?:line ?up|selection|slate|program|programme) (?:revealed|unveiled|announced|set)\b|"
    r"\b(?:reveals|unveils|announces|sets) (?:its |their )?(?:\d{4} )?(?:line ?up|selection|slate|"
    r"program|programme)\b"
)


def _own_ovation(ctx: Context, end: int, hi: int) -> bool:
    """Whether an ovation after the premiere words, in their clause, is this premiere's (not
    "where he received a standing ovation for his last film in 2023", "three years after his
    last film got an eight-minute ovation there")."""
    o = _OVATION.search(ctx.text, end, hi)
    return (
        o is not None
        and not _ANOTHER_TIME.search(ctx.text, end, o.end())
        and not re.match(r" for (?:his|her|their)\b", ctx.text[o.end() :])
    )


#: another time or work between a premiere and an ovation (folded)
_ANOTHER_TIME = re.compile(
    r"\b(?:years?|months?) (?:after|ago|before)\b|\blast (?:film|movie|year)\b|\bhis\b|\bher\b"
)
#: an ovation received (folded)
_OVATION = re.compile(rf"\b{RECEIVES} (?:a |an )?(?:\w+ ){{0,3}}?(?:standing )?ovation\b")
#: a premiere's reception (folded)
_RECEPTION = re.compile(rf"\b(?:ovation|raves|applause|{RECEIVES})\b")
#: an aside right after a name (source text): "Bidding War, the " (TIFF premiere)
_APPOSITIVE_THE = re.compile(r"[’”'\"]?,\s+the\s+\Z")


def _appositive(ctx: Context, fpos: int) -> bool:
    """Whether the words at folded ``fpos`` open an aside about the watched title right
    before them ("X, the TIFF premiere starring A and B,"): what the film is called, not
    news of its premiere."""
    src = source_at(ctx, fpos)
    a = _APPOSITIVE_THE.search(ctx.doc.source, max(0, src - 8), src)
    return a is not None and any(
        0 <= a.start() - source_at(ctx, o.end) <= 1 for o, _ in ctx.occurrences
    )


#: a time gone by (folded): "last month", "earlier this year"
#: "after" and the start of a noun phrase right before a premiere's noun (folded): "after a
#: well received midnight ", "following the drama s world "
_AFTER_A_BEFORE = re.compile(
    r"\b(?:after|following) (?:a|an|its|the|their|\w+ s)"
    # (not one told with its reception: "following the film's rapturous premiere at Cannes
    # last month" is news of the premiere too)
    r"(?: (?!rapturous|well|acclaimed|triumphant|ecstatic|warm|rousing|glowing|buzzy|"
    r"celebrated|raucous|standing)[\w-]+){0,3} \Z"
)
_GONE_BY = re.compile(
    r"\b(?:last (?:week|weekend|month|night|year|fall|spring|summer|winter|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|earlier this (?:year|month|week)|"
    r"(?:days|weeks|months) ago)\b"
)
#: an award handed out before a gala (folded): the gala is the awards', no film's premiere
_AWARD_BEFORE = re.compile(r"\b(?:award|awards|honor|honors|honored|honoured|prize|tribute)\b")
#: an event's present-tense start right before its day (folded): "festival kicks off "
_EVENT_OPENS_BEFORE = re.compile(
    rf"\b(?:festival|fest|event|edition|it|{FESTIVAL}) (?:kicks off|opens|begins|starts|"
    r"gets under ?way) \Z"
)
#: a relative pronoun right before (folded): "(the comedy) that (opened SXSW last month)"
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who) \Z")
#: what only a festival's past edition makes of a film (folded): "venice breakout"
_PAST_EDITION_WORD = re.compile(
    r" (?:hit|winner|favorite|darling|breakout|prizewinner|standout)s?\Z"
)
#: the film named by its kind earning an ovation (folded): "drama earns nine minute ovation"
_KIND_OVATION = re.compile(rf"\w+ {RECEIVES}\b")
#: where a film comes from, right before a festival's section (folded): "from this year s "
_FROM_BEFORE = re.compile(r"\bfrom (?:this year(?: s)? |last year(?: s)? |the |its |their )?\Z")
#: the object of a preposition right before (folded): "release for "
_FOR_BEFORE = re.compile(r"\b(?:for|of|to) \Z")
#: a definite article right before (folded)
_THE_BEFORE = re.compile(r"\b(?:the|its|this) \Z")
#: an awards show, whose red carpet is no film's premiere (folded)
_AWARDS_SHOW = re.compile(
    r"\b(?:golden globes?|oscars?|academy awards|emmys?|met gala|baftas?|grammys?|sag awards|"
    r"critics choice|independent spirit awards|gotham awards|gothams)\b"
    # (not a person's honour: "Oscar winner Ruth Akande", "Golden Globe nominee")
    r"(?! (?:winners?|nominees?|nominated|winning)\b)"
)
#: a box-office or audience measure right after (folded): " earned a b cinemascore"
_AUDIENCE_RESULT_AFTER = re.compile(
    r" (?:earned|scored|drew|grossed|opened to|took in|pulled in|landed) (?:an? )?"
    r"(?:[a-f][+-]? cinemascore|"
    # a box-office sum, not a deal's: "$24 million opening", "$9.2 million from 1800 theaters"
    r"\$ ?[\d.]+(?: ?(?:m|million|k))? (?:opening|debut|weekend|domestic|globally|worldwide|"
    r"at the box office|from [\d,]+ (?:theaters|screens|locations)))"
)
#: a result or a state right after a festival's film named by its slot (folded): " has
#: drawn", " grossed", " is now streaming"
_FILM_EPITHET_AFTER = re.compile(
    r" (?:(?:(?:has|had) (?:now )?(?:drawn|earned|grossed|taken|topped|crossed|passed|sold)|"
    r"drew|earned|grossed|topped|tops|crossed|passed|sold) (?:more than |over |nearly |about )?"
    r"(?:\$|£|€|\d)|(?:hits|lands|landed|arrives|arrived|streams|is now streaming)\b)"
)


def _sentence_start(ctx: Context, fpos: int, default: int) -> int:
    seg = ctx.doc.segment_at(fpos)
    return seg.fstart if seg else default


_WILL = re.compile(r"\b(?:will|to launch|to open|to release|set to)\b")


#: a headline that unveils a festival's lineup (folded): "SXSW Unveils 2026 TV Premieres"
_LINEUP_HEADLINE = re.compile(
    rf"\b{FESTIVAL}\b(?: \w+){{0,3}} (?:unveils|announces|reveals|sets|adds|lineup|line up|"
    r"selection|slate|premieres)\b"
)
#: the words that name a festival without saying which
_GENERIC_FESTIVAL = frozenset({"festival", "fest", "film festival"})


#: a festival slot right before premiere words (folded): "as closing night ", "gets
#: headline gala "
_SLOT_BEFORE_PREMIERE = re.compile(
    r"\b(?:as|for) (?:its |the |a |an )?(?:opening|closing|centerpiece|centrepiece|headline|"
    r"gala|special|midnight)(?: night)?(?: gala| film| selection)? \Z|"
    r"\bgets (?:a |an |its )?(?:headline gala|gala|opening night|closing night|centerpiece|"
    r"special presentation) \Z"
)


def premiere_cue(ctx: Context, clauses: list[Clause], start: int, end: int) -> Cue:
    """Held unless future words, a lineup's list or a festival still ahead say announced."""
    text = ctx.text
    clause = clause_of(clauses, start)
    lo, hi = max(clause[0], start - HEDGE_BEFORE), min(clause[1], end + HEDGE_AFTER)
    words = text[start:end]
    near = list(FESTIVAL_NAME.finditer(text, lo, hi))
    if near and all(f.group() in _GENERIC_FESTIVAL for f in near):
        # "at the festival" names none: a headline that unveils a lineup names it ("SXSW
        # Unveils 2026 TV Premieres"), a city in a sales headline does not
        lineup = start >= ctx.title_fend and _LINEUP_HEADLINE.search(text, 0, ctx.title_fend)
        named = list(FESTIVAL_NAME.finditer(text, 0, ctx.title_fend)) if lineup else near
    else:
        named = near or (
            # none by a festival-type premiere: the festival the headline names ("TIFF 2026
            # Lineup: ..." above "led by the world premiere of X"), not for a premiere with
            # a place of its own ("whose premiere in Los Angeles last week")
            list(FESTIVAL_NAME.finditer(text, 0, ctx.title_fend))
            if start >= ctx.title_fend and _FESTIVAL_KIND.search(text, max(0, start - 20), end)
            else []
        )
    ahead = any(_festival_ahead(ctx, f.group()) for f in named)
    future = (
        clause[2]
        or bool(FUTURE.search(text, lo, hi))
        # a coming day right before: "The festival kicks off Monday with the world premiere
        # of X"
        or any(
            d.date.day > ctx.published.date()  # (on the day, the opening is tonight's)
            and _EVENT_OPENS_BEFORE.search(text, max(0, fs - 24), fs)
            for fs, _, d in dates_between(ctx, max(clause[0], start - 50), end)
        )
        or (bool(PREMIERE_LIST.search(words)) and not _premieres_as_verb(ctx, start, end))
        or ahead
        # a slot: "Adds 'X' As Closing-Night World Premiere", "Gets Headline Gala World
        # Premiere"
        or bool(_SLOT_BEFORE_PREMIERE.search(text, max(clause[0], start - 40), start))
    )
    held = (
        bool(PREMIERE_HELD.search(text, lo, hi))
        # "Venice Opens With 'X' as Y Gets Six-Minute Ovation"
        or _own_ovation(ctx, end, max(hi, clause[1]))
        or bool(re.search(r"\b(?!red\b)\w+ed\b", words))
        or (
            bool(PREMIERE_AFTER_ITS.search(text, lo, start))
            and not ahead
            and not _WILL.search(text, _sentence_start(ctx, start, clause[0]), start)
        )
        # "after its world premiere in the U.S. Dramatic Competition at Sundance last month"
        or (
            bool(_GONE_BY.search(text, end, min(clause[1], end + 80)))
            and not ahead
            and not _WILL.search(text, _sentence_start(ctx, start, clause[0]), start)
        )
    )
    if held or not future:
        return Cue("premiere", "held", start, end)
    hi = min(clause[1], words_after(text, end, DATE_AFTER_WORDS))
    dates = [
        d
        for fs, fe, d in dates_between(ctx, end, hi)
        if d.date.precision in ANNOUNCED_PRECISIONS
        and not is_history(ctx, d)
        and not RD_BEFORE_NOUN.match(text, fe)
    ]
    if not dates:  # "will open on Sept. 24 with the world premiere of X": the day before
        dates = [
            d
            for fs, fe, d in dates_between(ctx, clause[0], start)
            if d.date.precision == "day"
            and not is_history(ctx, d)
            and (p := PREMIERE_AFTER_DATE.match(text, fe)) is not None
            and p.end() >= end
        ][-1:]
    return Cue("premiere", "announced", start, end, date=dates[0] if dates else None)


def _long_ago(ctx: Context, lo: int, hi: int) -> bool:
    """Whether the past premiere verb's own date, in its clause, is more than a month
    (a month: from its end) before the entry: the film's history ("world premiered at TIFF
    in September" in December), not news of the premiere."""
    pub = ctx.published.date()
    for fs, _, d in dates_between(ctx, lo, hi)[:1]:
        if d.date.precision not in ("day", "month") or not _ATTACHED.fullmatch(ctx.text, lo, fs):
            return False  # no date of the verb's own ("... after X acquired it in February")
        day = d.date.day
        if d.date.precision == "month":  # a month has passed only once it has ended
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if day > pub + timedelta(days=7):
            if re.search(r"\d{4}", d.text):
                return False  # "opens in U.S. theaters in November 2026": ahead
            day = day.replace(year=day.year - 1)  # a yearless date after a past verb
        elif day > pub:
            return False  # "premiered on Saturday": this week's, read ahead
        return (pub - day).days > 30
    return False


#: between a past premiere verb and its own date (folded): " at tiff in ", " in competition on
#: "; not over another verb ("... after warner bros acquired it in")
_ATTACHED = re.compile(
    r"(?: (?!after\b|before\b|ahead\b|and\b|when\b|while\b|but\b|as\b)\w+){0,6} "
)


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
