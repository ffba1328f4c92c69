"""Milestone observations an entry makes about the productions it names.

Pure: :func:`detect` reads only its arguments; ``now`` stands in for a missing
published time (relative dates such as "this Friday" count from the published day).

How an observation is made
--------------------------
1. The entry becomes a :class:`~tracker.text.Document` (folded words, clauses) and the
   :class:`~tracker.match.Matcher` finds the productions it names.
2. Each clause is searched for *cues*: the phrasings trade press uses for a milestone.

   - trailer: "trailer", "teaser", "teaser trailer", "final trailer", "sneak peek", a
     "first look" video/clip/footage (a first look at photos is not a trailer). Variant:
     ``final`` when the word "final" leads, ``teaser`` for teasers, sneak peeks and first
     looks, else ``trailer``.
   - release_date: "sets/gets/reveals ... release (premiere) date", "release date
     announced", a release verb followed by a date ("arrives in theaters July 1", "returns
     March 6", "will come out August 13", "hits Netflix Sept. 18"), a date followed by
     "release" ("March 30 release date"), a title clause that is only a date (video
     titles: "Show | Official Trailer | January 4"), and moves ("moved from Sept. 18 to
     Oct. 2" gives ``previous_date``; "pushed to 2027"; "moved up a week";
     "delayed indefinitely" gives an ``expected`` date of None).
   - release (released): box-office results (a money figure with box-office words or a
     result verb, "box office" with a result such as "No. 1", "opening", "flops",
     "biggest debut", "opens to $X"), streaming results ("20.3M views", "most watched",
     "Nielsen", "Top 10", "hours viewed"), availability ("now streaming", "out now",
     "X is here", "opens this weekend", "following the release of"), a TV season having
     aired ("premiere recap", "Season 3, Episode 1", "after the Season 3 premiere",
     "kicks off its third season"), "ending explained", and a title followed by a past
     release verb ("X debuted at No. 1"). Reviews alone are not a release.
   - premiere: world/festival/red-carpet/LA premieres, "first reactions", "at the
     premiere", "premieres at <festival>", "opens the festival", "kicks off with X".
     A season or series premiere on TV is a release, not a premiere.
   - production: "filming wraps", "wrapped production", "that's a wrap" (wrapped);
     "begins filming", "cameras rolling", "now in production" (filming). Post- and
     pre-production are neither.

3. Hedged versus done. A hedge in the same clause near the cue (about eight words before
   it; after it only forward-looking words such as "will", "soon", "expected", "preview";
   clauses also end at colons and at "but", "despite", "while", "though") turns a
   trailer ``released`` into ``expected`` and a premiere ``held`` into ``announced``, and
   drops a release or production cue. Hedges are future and modal words ("will",
   "could", "may", "expect", "set to", "coming", "upcoming trailer", "soon"), uncertainty
   ("rumored", "reportedly", "eyeing", "poised", "projected", "tracking"), anticipation
   ("ahead of", "before", "look for", "await"), a clause that is a question, and a
   segment labelled "Rumor:" or "Report:". For release dates only doubt hedges ("could",
   "may", "rumored", "expected to", a question): "will come out August 13" is a set date.
   A release date is ``announced`` with a day or month date (or a "sets release date"
   phrase without a date) and ``expected`` with a season, quarter, half or year, or when
   doubted.
   Done words ("drops", "unveils", "releases", "debuts", "is here", "watch", "official",
   "new") make a trailer strongly released: in one entry strong released beats expected,
   and expected beats a trailer merely named ("X sneak peek" with "will feature a sneak
   peek" below).

4. Attribution: a cue belongs to the title it is bound to: right before it ("'X'
   trailer", "X's teaser", "X Season 2 | Official Teaser", "'X' debuted at No. 1") or
   right after it ("teaser for X", "world premiere of X", "following the release of the
   studio's latest film, X"). A cue bound to another title (a closing quote or possessive
   just before it, "trailer for 'Other'") belongs to no watched production. An unbound
   cue goes to the titles named in the clause within a dozen words, except titles named
   in passing: credits ("X star", "star of X", "(X)"), lists ("like X", "such as X",
   "including X", "from X to Y", "2025's X"), and reference points ("ahead of the release
   of X", "after X", "before X"). Titles joined by "and" share a bound cue ("'X' & 'Y' Top
   the Charts"). A clause that starts with a title gives its unbound cues to it (the
   sentence's subject). "It"/"the film" right before a cue, or a clause naming no watched
   title, refers to the entry's subject (the titles of the headline, else of the first
   clause naming one) unless the clause quotes another title.
5. One observation per production and kind: premiere held beats announced, wrapped beats
   filming, an announced release date beats an expected one, a date beats none.
   ``ProductionSpec.milestones`` limits the kinds reported. ``evidence`` quotes the
   deciding words from the entry.

Dates. A date without a year takes the next such date on or after the published day
(:mod:`tracker.dates`), with three refinements for release dates: a yearless day takes the
year the entry gives the same month elsewhere ("Oct. 8" beside "October 2027"); after a
past-tense verb ("opened June 26", "released Wednesday") a date that would land ahead is
read as the recent past (a year, or for a weekday a week, earlier), and a past verb with a
past day is a release (``released``), not a release date; and a date whose period ended
before the entry (a week's grace for a day), or a yearless day the rule puts more than ten
months ahead (a box-office weekend just gone), is history, not a release date.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import pairwise

from tracker.dates import DateMention, extract_dates
from tracker.domain import PRECISIONS, Entry, FuzzyDate, Observation
from tracker.match import Match, Matcher, Occurrence
from tracker.text import Document, Segment, document

__all__ = ["detect", "explain"]

# ---------------------------------------------------------------- phrase patterns (folded text)

_PLATFORM = (
    r"(?:netflix|hulu|disney|disney plus|max|hbo max|hbo|prime video|amazon|peacock|paramount|"
    r"apple tv|the streamer|streaming|digital|vod)"
)
_VENUE = r"(?:theaters|theatres|cinemas|theaters nationwide)"
_FESTIVAL = (
    r"(?:festival|fest|film festival|cannes|venice|sundance|tiff|toronto|berlin|berlinale|sxsw|"
    r"tribeca|"
    r"annecy|telluride|locarno|karlovy vary|busan|rotterdam|nyff|comic con|d23|cinemacon|"
    r"san sebastian)"
)

_TRAILER = re.compile(
    r"\b(?:(?:official|first|new|latest|full|main|second|third|brand new|international|red band|"
    r"extended|"
    r"exclusive|launch|debut|date announcement|announcement|character|final|teaser) )*"
    r"(?:teaser trailers?|teasers?|trailers?|first look (?:video|clip|footage|teaser|trailer)|"
    r"sneak pe[ea]ks?|promo)"
    r"\b(?! park\b)"
)
_TRAILER_DONE = re.compile(
    r"\b(?:drops?|dropped|dropping|unveils?|unveiled|releases?|released|debuts?|debuted|reveals?|"
    r"revealed|"
    r"launch(?:es|ed)?|shares?|shared|premieres?|premiered|here|out now|is out|arrives?|arrived|"
    r"watch|"
    r"see|check out|offers?|official|new|brand new|exclusive|gets? (?:a|its|first)|got)\b"
)
_HEDGE = re.compile(
    r"\b(?:will|would|could|may|might|should|expect|expected|expects|expecting|set to|slated|"
    r"scheduled|"
    r"coming|upcoming(?= (?:official |first |new |final )*(?:trailer|teaser))|soon|when|if|"
    r"before(?! it| them| him| her)|ahead of|rumou?r(?:s|ed)?|reportedly|possibly|possible|likely|"
    r"unlikely|plans?|planned|planning|hopes?|hoping|aims?|aiming|eyes|eyeing|targets?|targeting|"
    r"poised|"
    r"projected|projection|projections|tracking|forecast|predict\w*|preview|faces|await\w*|"
    r"wait for|waiting for|"
    r"look for|looking for|keep an eye|no(?! \d| one)|not|yet|going to|gonna|"
    r"to (?:drop|release|debut|unveil|arrive|hit|open|premiere|launch|begin|start|wrap|reveal|"
    r"share|air|come|be))\b"
)
_HEDGE_AFTER_WORDS = re.compile(
    r"will|would|could|may|might|should|expect|coming|soon|set to|slated|scheduled|to |rumou?r|"
    r"reportedly|going to|gonna|projected|poised|tracking|forecast|predict|preview|eyes|eyeing|"
    r"targets?|targeting|aims?|aiming|hopes?|hoping|likely|unlikely|possibl|tentative|speculat|"
    r"await|no"
)
_DOUBT = re.compile(
    r"\b(?:could|may|might|rumou?r\w*|reportedly|possibly|possible|likely|unlikely|eyeing|eyes|"
    r"targeting|"
    r"aiming|hopes?|hoping|tentative\w*|expected to|speculat\w*|unconfirmed|if|when|eventually|"
    r"sometime|no)\b"
)
_WEAK_HEDGE = re.compile(r"\b(?:will|could|would|when|if|before|ahead of|going to|set to)\b")
_FUTURE = re.compile(
    r"\b(?:will|to (?:world )?premiere|to debut|to bow|to open|to close|to screen|set to|slated|"
    r"scheduled|"
    r"line ?up|selection|selected|set for|ahead of|upcoming|competition|announces?|announced|"
    r"unveils?|"
    r"unveiled|adds?|added|plans?|expected|could|may|might|includes?|including|slot|tickets|"
    r"ahead of|upcoming|"
    r"next|tomorrow|tonight|this (?:week|weekend|month|fall|summer|spring|winter))\b"
)

_RD_SET = re.compile(
    r"\b(?:sets?|setting|gets?|getting|lands?|landed|announces?|announced|reveals?|revealed|"
    r"unveils?|unveiled|"
    r"confirms?|confirmed|dates?|dated|locks?|locked|receives?|received|finally has|nabs?|has)"
    r"(?: \w+){0,3} (?:release|premiere|launch|debut|return|streaming|air|"
    r"theatrical release) dates?\b"
    r"|\b(?:release|premiere|launch|debut|return|air) dates? (?:is )?(?:announced|revealed|set|"
    r"confirmed|unveiled|locked)\b"
)
_RD_NOUN = re.compile(r"\b(?:release|premiere|launch|debut|opening|return|air|streaming) date\b")
_RD_VERB = re.compile(
    rf"\b(?:arrives?|arriving|arrived|(?:hits?|hitting) (?:{_VENUE}|{_PLATFORM}|screens|"
    rf"the big screen)|opens?|opening|opened|debuts?|debuting|debuted|"
    rf"premieres?|premiering|premiered|returns?|returning|returned|launch(?:es|ed)?|launching|"
    rf"bows?|bowing|"
    rf"bowed|lands?|landing|landed|drops?|dropping|dropped|streams?|streaming|releases?|released|"
    rf"releasing|"
    rf"comes? out|coming out|came out|be out|is out|comes?|coming|sets?(?! (?:a |an |the |"
    rf"new )?records?)|"
    rf"slated|slates?|schedules?|scheduled|skeds?|skedded|"
    rf"goes wide|in {_VENUE}|on {_PLATFORM}|available|(?:heads?|heading|headed) to (?:{_VENUE}|"
    rf"{_PLATFORM}))\b"
    rf"|\b(?:moves?|moved|moving|push(?:es|ed)?|shifts?|shifted|delay(?:s|ed)?|bump(?:s|ed)?|"
    rf"rescheduled?|"
    rf"postpone[sd]?|dates?|dated)(?: [\w$]+){{0,4}}? (?:back |up )?(?:to|from|for|until|into)(?= )"
)
_AFTER_FIGURE = re.compile(
    r"(?:\d[\d.]*[kmb]?|\d+ day|record|biggest|big|best|weak|strong|soft) \Z"
)
_RD_BEFORE_NOUN = re.compile(
    r" (?:theatrical |wide |streaming |global |worldwide |domestic |digital |limited |series |"
    r"season |u s )?"
    r"(?:release|premiere|debut|opening|launch|return|bow)\b"
)
_FROM_TO = re.compile(r".*\bfrom .* to \w")
_MOVE_VERB = re.compile(
    r"(?:moves?|moved|moving|push(?:es|ed)?|shifts?|shifted|delay(?:s|ed)?|bump(?:s|ed)?|"
    r"rescheduled?|postpone[sd]?|dates?|dated) "
)
_RD_INDEFINITE = re.compile(
    r"\b(?:delayed|postponed|pushed|pulled|shelved) (?:\w+ )?(?:indefinitely|from (?:the |its )?"
    r"(?:release )?(?:schedule|calendar|slate))\b|\bindefinitely (?:delayed|postponed)\b"
)
_RD_SHIFT = re.compile(
    r"\b(?:moved|moves|pushed|pushes|bumped) (?P<dir>up|back) (?P<n>a|one|two|"
    r"three) (?P<unit>weeks?|days?|months?)\b"
)
_PAST_VERB = re.compile(r"\b(?:\w+ed|came out|hit|bowed|opened|returned)\b")

_MONEY = r"(?:\$|£|€) \d+(?:\.\d+)?(?:[kmb]|mn|bn)?(?: (?:million|billion|thousand))?"
_BO_WORDS = (
    r"box office|b o|opening|debut|weekend|gross(?:es|ed|ing)?|cume|worldwide|ww|global(?:ly)?|"
    r"domestic(?:ally)?|international(?:ly)?|overseas|admissions|per screen|psa|ticket sales|tally|"
    r"takings|"
    r"haul|frame|previews|theaters|screens|locations"
)
_BO_VERBS = (
    r"cross(?:es|ed)|surpass(?:es|ed)|tops?|topped|pass(?:es|ed)|hits?|nears?|neared|reach(?:es|"
    r"ed)|"
    r"scores?|scored|posts?|posted|banks?|banked|earns?|earned|collects?|collected|grosses|grossed|"
    r"takes in|took in|pulls? in|pulled in|brought in|brings in|rakes?|raked|notch(?:es|ed)|adds?|"
    r"added|"
    r"generat(?:es|ed)|opens? to|opened to|debuts? (?:to|with)|debuted (?:to|with)|leads?|led"
)
_NOT_BO = re.compile(
    r"\b(?:salary|paycheck|paid|pay|budget|bidding|acquir\w*|bought|buys?|purchase\w*|lawsuit|"
    r"settle\w*|"
    r"fined?|donat\w*|rais(?:e|ed|es|ing)|funding|valuation|net worth|stock|shares|deal|contract|"
    r"fee|bet|"
    r"costs?|rights|lose|loss|losses|spent|spend)\b"
)
_BO_RESULT = (
    r"no \d{1,2}|number one|number \d{1,2}|top spot|first place|second place|third place|"
    r"places? (?:first|second|third)|"
    r"crown|record|opening|debut|wins?|won|leads?|led|tops?|topped|rules?|ruled|dominates?|"
    r"dominated|"
    r"dominant|stays?|stayed|holds?|held|maintains?|maintained|retains?|retained|flops?|flopped|"
    r"bombs?|"
    r"bombed|sank|sinks|crash(?:es|ed)?|capsizes?|capsized|runs? aground|ran aground|fails?|failed|"
    r"disappoints?|stumbles?|stumbled|falls? short|fell short|soars?|soared|chases|knocks? out|"
    r"knocked out|"
    r"surges?|climbs?|slides?|sophomore|splash|sailed|sails|secures?|secured|captures?|captured|"
    r"snags?|"
    r"snagged|reign|expansion|expands?|expanded"
)
_RELEASED = re.compile(
    "|".join(
        [
            rf"(?<![\w$]){_MONEY}\b(?=.*\b(?:{_BO_WORDS})\b)",
            rf"\b(?:{_BO_WORDS}|{_BO_VERBS})\b.*(?<![\w$]){_MONEY}\b",
            r"\b(?:biggest|big|bigger|record|record breaking|best|solid|strong|soft|softer|weak|"
            r"weaker|"
            r"underwhelming|disappointing|stellar|massive|huge|top|limited|wide|franchise (?:low|"
            r"high|record|best|worst)|"
            r"\d+ day|year biggest|muted|modest|healthy|robust|mammoth|blockbuster|global|"
            r"worldwide|ww|domestic|"
            r"international) (?:limited )?(?:opening|debut)\b(?! night| film| feature| novel|"
            r" album| episode| season)",
            r"\bopening (?:weekend|day|frame|sum|record|gross|numbers)\b",
            r"\b(?:opens|opened|debuts|debuted) (?:to|with|at) (?:no|number|\$|\d|the top|first|"
            r"second|a record)\b",
            r"\b\d+(?:\.\d+)?(?:[mkb]| million| billion| thousand)? (?:views|viewers|hours viewed|"
            r"minutes watched|streams|households)\b",
            r"\b(?:viewership|hours viewed|minutes watched|most (?:watched|viewed|streamed)|"
            r"streaming (?:records?|weeks?|charts?)|nielsen|top 10|top ten)\b",
            r"\b(?:biggest|top|most watched|most popular|best|largest) (?:\w+ ){0,4}of all time\b",
            r"\b(?:now streaming|streaming now|now available|available now|out now|now out|"
            r"now in theaters|now in theatres|"
            r"now in cinemas|in theaters now|now playing|now showing|has arrived|have arrived|"
            r"has landed|"
            r"is available (?:to stream|on)|available to (?:stream|watch|rent|buy))\b",
            r"\b(?:opens|opened|debuts|debuted|hits theaters|arrives|arrived|"
            r"in theaters) this (?:weekend|week)\b",
            r"\b(?:following|after|since) (?:the|its) release\b|\brelease (?:causes|caused|crashed|"
            r"crashes|broke|breaks)\b",
            r"\bending explained\b|\b(?:premiere|finale|episode|episode \d+) recap\b|"
            r"\bseason \d+ episode \d+\b|\bs\d+ ?e\d+\b",
            r"\b(?:after|in|since) the (?:\w+ ){0,4}?premiere\b(?! date| of)",
            r"\b(?:kicks|kicked|kick) off (?:its |the |a )?(?:\d+(?:st|nd|rd|th)|first|second|"
            r"third|fourth|fifth|sixth|new|final) season\b",
            r"\b(?:opens|opened) season \d+\b",
            rf"\b(?:returned|premiered|debuted|dropped|launched|arrived|landed|"
            rf"hit) (?:on )?(?:{_PLATFORM}|{_VENUE})"
            r" (?:last|on|this past|yesterday|earlier)\b",
            r"\bworth watching\b",
            r"\bwith (?:the|its) (?:season \d+ )?premiere of (?:its |the )?(?:season \d+|"
            r"\w+ season)\b",
            rf"\b(?:is|are|has been|have been|was|were) (?:now )?(?:added|available) (?:to|"
            rf"on) (?:the )?{_PLATFORM}\b",
        ]
    )
)
_BOX_OFFICE = re.compile(r"\b(?:box office|b o)\b")
_BO_RESULT_RE = re.compile(rf"\b(?:{_BO_RESULT})\b")
_STREAMING_RESULT = re.compile(
    r"views|viewers|viewership|watched|nielsen|top|all time|streaming|hours"
)
_IS_HERE = re.compile(r" (?:is|are) (?:finally |now )?(?:here|out)\b(?! as| of)")
_PAST_RELEASE = re.compile(
    r"(?: \w+)?? (?P<verb>opened|debuted|premiered|returned|launched|arrived|bowed|was released|"
    r"were released|"
    r"hit theaters|hit cinemas|dropped on|landed on|flops|flopped|bombs|bombed|tanks|tanked|"
    r"underperforms|"
    r"underperformed|sinks|sank|capsizes|capsized|crashes|runs aground|ran aground)"
    r"\b(?! (?:a|an|the|its|their|his|her|first|new|official|teaser|trailer)\b)"
)
_FESTIVAL_AFTER = re.compile(rf"(?: \w+){{0,4}} {_FESTIVAL}\b")

_PREMIERE = re.compile(
    r"\b(?:(?:world|international|north american|u s|us|uk|european|global|la|los angeles|new york|"
    r"london|"
    r"paris|tokyo|hollywood|festival|gala|red carpet|special|fan|star studded|theatrical|official|"
    r"hometown|exclusive) premiere(?:s|d)?(?! date| recap| episode)|premiere (?:screening|event|"
    r"party|night|gala)|"
    r"red carpet|first reactions|reactions from (?:the )?premiere|at (?:the|its|their) premiere|"
    r"(?:at|for|to|from) the premiere of|"
    rf"{_FESTIVAL}(?: \w+){{0,2}} (?:lineup|line up|selection|competition|slate|selects?|selected|"
    rf"picks?|picked)|"
    rf"(?:(?:to |will |set to )?(?:open|opens|opened|close|closes|"
    rf"closed) (?:the )?(?:\w+ ){{0,3}}?{_FESTIVAL})|"
    rf"(?:premieres?|premiered|premiering|debuts?|debuted|debuting|bows?|bowed|screens?|screened|"
    rf"screening|launch|launches|launched)"
    rf" (?:at|in) (?:the )?(?:\w+ ){{0,3}}?{_FESTIVAL}|(?:opening|closing) (?:night )?(?:film|gala|"
    rf"selection)|"
    rf"{_FESTIVAL}(?: \w+){{0,3}}? (?:kicks off|kicked off|opens|opened|closes|closed) with)\b"
)
_PROMO_SUBJECT = re.compile(
    r"\b(?:trailers?|teasers?|footage|clips?|panel|first look|sneak peek|promo)(?: \w+){0,3} \Z"
)
_PREMIERE_HELD = re.compile(
    r"\b(?:premiered|debuted|held|took place|screened|walked|attended|stepped out|makes? a splash|"
    r"made a splash|"
    r"first reactions|reactions from|at (?:the|its|their) (?:\w+ ){0,2}premiere|kicks off with|"
    r"kicked off with|"
    r"opened with|bowed|hit the red carpet|on the red carpet|red carpet)\b"
)

_WRAPPED = re.compile(
    r"\b(?:(?:filming|production|shooting|principal photography|photography|shoot|cameras) (?:has |"
    r"have |officially |"
    r"finally |now )*(?:wraps?|wrapped|ended|ends|completed|concluded|finished|stopped rolling)|"
    r"wraps? (?:filming|"
    r"production|shooting|principal photography)|wrapped (?:filming|production|shooting|"
    r"principal photography)|"
    r"(?:finish(?:es|ed)?|complet(?:es|ed)|ended|wrapped up|wraps up) (?:filming|shooting|"
    r"production|"
    r"principal photography)|"
    r"(?:that|it)(?: s)? a wrap|is a wrap|series wrap|(?:filming|production) wrap)\b"
)
_FILMING = re.compile(
    r"\b(?:(?:begins?|began|begun|starts?|started|commences?|commenced|kicks? off|kicked off|"
    r"resumes?|resumed|"
    r"gets? underway|got underway) (?:\w+ )?(?:filming|shooting|production|principal photography)|"
    r"(?:filming|"
    r"shooting|production|principal photography|cameras) (?:has |have |is |are |officially |"
    r"now )*(?:begun|began|"
    r"begins|started|starts|underway|under way|kicked off|kicks off|commenced|resumed|rolling|"
    r"rolled|in progress)|"
    r"(?:now|currently) (?:filming|shooting)|(?:is|are|now|currently) (?:in production|"
    r"in principal photography)|"
    r"first day of (?:filming|shooting|production)|spotted filming)\b"
)
_PRE_POST = re.compile(r"\b(?:pre|post)\s\Z")

_PASSING_BEFORE = re.compile(
    r"(?:\b(?:star|stars|creator|creators|director|producer|producers|writer|writers|showrunner|"
    r"alum|alums|"
    r"veteran|maker|makers|actor|actress|composer|author|co star|cast) of (?:the )?|"
    r"\b(?:like|such as|including|from|alongside|than|versus|vs|after|before|unlike|"
    r"plus) (?:the )?|"
    r"\b(?:19|20)\d\d (?:film |movie |hit |series |show )?)\Z"
)
_PASSING_AFTER = re.compile(
    r" (?:star|stars|actor|actress|director|creator|creators|co creator|showrunner|writer|producer|"
    r"cast member|"
    r"alum|alums|breakout|composer|author|villain|song|songs|soundtrack|actors|franchise|universe|"
    r"spinoff|"
    r"spin off|prequel|sequel)\b"
)
_REFERENCE_POINT = re.compile(
    r"\b(?:ahead of|before|in anticipation of|to celebrate|to promote|in time for|just in time for)"
    r"(?: \w+){0,5} \Z"
)
_DOUBT_LABEL = re.compile(
    r"(?:rumou?rs?|reports?|unconfirmed|speculation|theory|predictions?|could it be)\b"
)
_CLAUSE_WORD = re.compile(r"\b(?:but|despite|while|though|although|whereas)\b")
_CLAUSE_MARK = re.compile(r"[:]")
_COMPANIES = frozenset(
    str.split(
        "netflix disney pixar universal warner sony paramount amazon apple hbo hulu "
        "lionsgate a24 neon focus searchlight illumination marvel dreamworks peacock max "
        "lucasfilm mgm legendary blumhouse studio studios nbc cbs abc fox fx amc starz "
        "showtime bbc itv channel network mubi annapurna miramax skydance imax hollywood "
        "america china korea japan france britain u.s. uk year franchise"
    )
)
_ANAPHORA = re.compile(
    r"\b(?:the |its |this |that )?(?:movie|film|series|show|sequel|pic|feature|season|"
    r"it)(?: \w+)? \Z"
)
_QUOTED_BEFORE = re.compile(
    r"(?:[‘“][^‘’“”]{1,70}[’”]|(?<!\w)['\"][^'\"]{1,70}['\"])(?:[’']s)?\s*\Z"
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|the (?:film|movie|series|show|sequel|pic)) (?:\w+ )?\Z")
_BIND_RIGHT = re.compile(r"\A (?:for|of|to|from|on|in|behind|with)(?: [\w$]+){0,5}? \Z")
_GAP_WORDS_LEFT = 4
_NEAR_WORDS = 12
_SUBJECT_WORDS = 4
_HEDGE_BEFORE, _HEDGE_AFTER = 60, 40
_DATE_AFTER_WORDS = 8

_ANNOUNCED_PRECISIONS = ("day", "month")
_RANK = {
    ("trailer", "released"): 3, ("trailer", "expected"): 2, ("trailer", "weak"): 1,
    ("release_date", "announced"): 2, ("release_date", "expected"): 1,
    ("premiere", "held"): 2, ("premiere", "announced"): 1,
    ("production", "wrapped"): 2, ("production", "filming"): 1,
    ("release", "released"): 1,
}  # fmt: skip


_Clause = tuple[int, int, bool]  # folded start, end, doubtful


@dataclass(frozen=True, slots=True)
class _Cue:
    """A milestone phrasing found in a clause, before attribution."""

    kind: str
    status: str
    start: int
    end: int
    variant: str | None = None
    date: DateMention | None = None
    previous: DateMention | None = None
    moved: bool = False
    bound: Occurrence | None = None  # the title the phrasing itself names


@dataclass(frozen=True, slots=True)
class _Found:
    production: str
    cue: _Cue
    evidence: str
    order: int
    direct: bool  # the clause itself names the production


class _Context:
    """Everything one entry's detection reads, built once."""

    def __init__(self, doc: Document, matches: list[Match], published: datetime) -> None:
        self.doc = doc
        self.text = doc.text
        self.matches = matches
        self.published = published
        self.occurrences = sorted(
            ((o, m) for m in matches for o in m.occurrences), key=lambda pair: pair[0].start
        )
        self._dates: list[tuple[int, int, DateMention]] | None = None
        self.title_fend = doc.folded.to_folded(doc.title_end)
        self.companies = _COMPANIES | {w for m in matches for w in _context_words(m)}
        self.subject = self._subject()

    @property
    def dates(self) -> list[tuple[int, int, DateMention]]:
        """Date mentions with their folded ``[start, end)``, computed on first use."""
        if self._dates is None:
            folded = self.doc.folded
            self._dates = []
            for d in _with_sibling_years(extract_dates(self.doc.source, self.published)):
                fs, fe = folded.to_folded(d.start), folded.to_folded(d.end)
                fe -= fe > fs and self.text[fe - 1 : fe] == " "
                self._dates.append((fs, max(fe, fs + 1), d))
        return self._dates

    def _subject(self) -> list[tuple[Occurrence, Match]]:
        title = [(o, m) for o, m in self.occurrences if self.in_title(o) and not self.passing(o)]
        if title:
            return title
        for seg in self.doc.segments:
            found = [
                (o, m)
                for o, m in self.occurrences
                if seg.fstart <= o.start < seg.fend and not self.passing(o)
            ]
            if found:
                return found
        return []

    def in_title(self, o: Occurrence) -> bool:
        return self.doc.folded.to_source(o.start) < self.doc.title_end

    def passing(self, o: Occurrence) -> bool:
        """Whether a title is named in passing (a credit, a list, a reference point)."""
        before = self.text[max(0, o.start - 60) : o.start]
        if _PASSING_BEFORE.search(before) or _REFERENCE_POINT.search(before):
            return True
        if _PASSING_AFTER.match(self.text, o.end):
            return True
        src_start = self.doc.folded.to_source(o.start)
        return bool(re.search(r"\([‘“'\"]?\Z", self.doc.source[max(0, src_start - 2) : src_start]))


def _with_sibling_years(mentions: list[DateMention]) -> list[DateMention]:
    """A yearless day takes the year the entry gives its month ("Oct. 8", "October 2027")."""
    years = {
        (d.date.day.month): d.date.day.year
        for d in mentions
        if not d.relative and d.date.precision in ("day", "month")
    }
    out = []
    for d in mentions:
        year = years.get(d.date.day.month)
        if d.relative and d.form in ("mdy", "dmy", "num") and year and year != d.date.day.year:
            with suppress(ValueError):
                d = replace(
                    d,
                    date=FuzzyDate(d.date.day.replace(year=year), d.date.precision),
                    relative=False,
                )
        out.append(d)
    return out


# ---------------------------------------------------------------- clauses and hedges


def _clauses(ctx: _Context, seg: Segment) -> list[_Clause]:
    """The segment's clauses as folded ``(start, end, doubtful)``: a question, or under "Rumor:"."""
    cuts = {seg.fstart, seg.fend}
    src = ctx.doc.source
    for m in _CLAUSE_MARK.finditer(src, seg.start, seg.end):
        cuts.add(ctx.doc.folded.to_folded(m.end()))
    for m in _CLAUSE_WORD.finditer(ctx.text, seg.fstart, seg.fend):
        cuts.add(m.start())
    points = sorted(c for c in cuts if seg.fstart <= c <= seg.fend)
    doubtful = bool(_DOUBT_LABEL.match(ctx.text, seg.fstart))
    out: list[_Clause] = []
    for a, b in pairwise(points):
        if b <= a:
            continue
        o_end = ctx.doc.folded.to_source(b) if b < seg.fend else seg.end
        tail = src[ctx.doc.folded.to_source(a) : o_end].rstrip(" \"'”’)")
        out.append((a, b, doubtful or tail.endswith("?")))
    return out


def _clause_of(clauses: list[_Clause], pos: int) -> _Clause:
    for c in clauses:
        if c[0] <= pos < c[1]:
            return c
    return clauses[-1]


def _hedged(
    ctx: _Context, clauses: list[_Clause], start: int, end: int, pattern: re.Pattern[str]
) -> bool:
    """A doubtful clause, a hedge before the cue, or a forward-looking hedge after it."""
    first, last = _clause_of(clauses, start), _clause_of(clauses, max(start, end - 1))
    if any(c[2] for c in clauses if c[0] < end and start < c[1]):
        return True
    text = ctx.text
    if pattern.search(text, max(first[0], start - _HEDGE_BEFORE), start):
        return True
    after = text[end : min(last[1], end + _HEDGE_AFTER)]
    return any(_HEDGE_AFTER_WORDS.match(h.group()) for h in pattern.finditer(after))


# ---------------------------------------------------------------- cues


def _dates_in(ctx: _Context, lo: int, hi: int) -> list[DateMention]:
    return [d for s, _, d in ctx.dates if lo <= s < hi]


def _date_start(ctx: _Context, when: DateMention) -> int:
    return ctx.doc.folded.to_folded(when.start)


def _words_after(text: str, pos: int, n: int) -> int:
    end = pos
    for _ in range(n + 1):
        nxt = text.find(" ", end + 1)
        if nxt < 0:
            return len(text)
        end = nxt
    return end


def _trailer_cues(ctx: _Context, seg: Segment, clauses: list[_Clause]) -> list[_Cue]:
    out: list[_Cue] = []
    for m in _TRAILER.finditer(ctx.text, seg.fstart, seg.fend):
        words = m.group()
        variant = (
            "final"
            if "final" in words
            else "teaser"
            if re.search(r"teaser|sneak|first look", words)
            else "trailer"
        )
        clause = _clause_of(clauses, m.start())
        if _hedged(ctx, clauses, m.start(), m.end(), _HEDGE):
            status = "expected"
        else:
            lo, hi = (
                max(clause[0], m.start() - _HEDGE_BEFORE),
                min(clause[1], m.end() + _HEDGE_AFTER),
            )
            status = "released" if _TRAILER_DONE.search(ctx.text, lo, hi) else "weak"
        dates = (
            _dates_in(ctx, m.end(), min(clause[1], _words_after(ctx.text, m.end(), 6)))
            if status == "expected"
            else []
        )
        out.append(
            _Cue("trailer", status, m.start(), m.end(), variant, dates[0] if dates else None)
        )
    return out


def _date_status(
    ctx: _Context, clauses: list[_Clause], start: int, end: int, when: DateMention | None
) -> str:
    if _hedged(ctx, clauses, start, end, _DOUBT):
        return "expected"
    if when is None or when.date.precision in _ANNOUNCED_PRECISIONS:
        return "announced"
    return "expected"


_RECENT_PAST_DAYS = 300
_SPAN_MONTHS = {"day": 0, "month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12}


def _is_history(ctx: _Context, when: DateMention) -> bool:
    """A date whose period ended before the entry (a week's grace for a day) is no release date."""
    pub = ctx.published.date()
    d = when.date
    if d.precision == "day":
        return d.day < pub - timedelta(days=7) or (
            when.relative and d.day > pub + timedelta(days=_RECENT_PAST_DAYS)
        )
    n = d.day.year * 12 + d.day.month - 1 + _SPAN_MONTHS[d.precision]
    return date(n // 12, n % 12 + 1, 1) <= pub


def _in_the_past(ctx: _Context, verb: str, when: DateMention) -> DateMention:
    """A yearless date after a past-tense verb that would land ahead means last year's."""
    pub = ctx.published.date()
    if not (when.relative and _PAST_VERB.search(verb) and when.date.day > pub):
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


def _release_date_cues(ctx: _Context, seg: Segment, clauses: list[_Clause]) -> list[_Cue]:
    return [
        *_verb_date_cues(ctx, seg, clauses),
        *_noun_date_cues(ctx, seg, clauses),
        *_set_date_cues(ctx, seg, clauses),
        *_move_cues(ctx, seg),
        *_date_only_title_cues(ctx, seg),
    ]


def _fresh_dates(ctx: _Context, lo: int, hi: int) -> list[DateMention]:
    return [d for d in _dates_in(ctx, lo, hi) if not _is_history(ctx, d)]


def _verb_date_cues(ctx: _Context, seg: Segment, clauses: list[_Clause]) -> list[_Cue]:
    """A release verb and the date after it; a past verb with a past date is a release."""
    text = ctx.text
    out: list[_Cue] = []
    past_dates: set[int] = set()
    for m in _RD_VERB.finditer(text, seg.fstart, seg.fend):
        if _AFTER_FIGURE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "$13M opening Wednesday": a noun, not a release verb
        window = _fresh_dates(ctx, m.end(), min(seg.fend, _words_after(text, m.end(), 8)))
        moved = bool(_MOVE_VERB.match(m.group()))
        if not window or window[0].start in past_dates:
            continue
        if moved and _date_start(ctx, window[0]) != m.end() + 1:
            continue  # a move names its date right after "to"/"from"
        when, previous = window[0], None
        if len(window) > 1 and _FROM_TO.match(text, m.start(), _date_start(ctx, window[1]) + 1):
            previous, when = window[0], window[1]
        when = _in_the_past(ctx, m.group(), when)
        day = when.date.precision == "day"
        if _PAST_VERB.search(m.group()) and day and when.date.day <= ctx.published.date():
            if not _hedged(ctx, clauses, m.start(), m.end(), _WEAK_HEDGE):
                out.append(_Cue("release", "released", m.start(), m.end(), date=when))
            past_dates.add(window[0].start)
            continue
        status = _date_status(ctx, clauses, m.start(), m.end(), when)
        out.append(
            _Cue(
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


def _noun_date_cues(ctx: _Context, seg: Segment, clauses: list[_Clause]) -> list[_Cue]:
    """A date right before "release"/"premiere"/"debut" ("March 30 release date")."""
    out: list[_Cue] = []
    for fs, fe, d in ctx.dates:
        inside = seg.fstart <= fs < seg.fend
        if inside and _RD_BEFORE_NOUN.match(ctx.text, fe) and not _is_history(ctx, d):
            out.append(_Cue("release_date", _date_status(ctx, clauses, fs, fe, d), fs, fe, date=d))
    return out


def _set_date_cues(ctx: _Context, seg: Segment, clauses: list[_Clause]) -> list[_Cue]:
    """ "Sets release date" with the date near it, if the text gives one."""
    text = ctx.text
    out: list[_Cue] = []
    for m in _RD_SET.finditer(text, seg.fstart, seg.fend):
        hi = min(seg.fend, _words_after(text, m.end(), _DATE_AFTER_WORDS))
        near = _fresh_dates(ctx, max(seg.fstart, m.start() - 40), hi)
        when = near[0] if near else None
        status = _date_status(ctx, clauses, m.start(), m.end(), when)
        out.append(_Cue("release_date", status, m.start(), m.end(), date=when))
    return out


def _move_cues(ctx: _Context, seg: Segment) -> list[_Cue]:
    """ "Delayed indefinitely"; "moved up a week" from a date the text names."""
    text = ctx.text
    out = [
        _Cue("release_date", "expected", m.start(), m.end(), moved=True)
        for m in _RD_INDEFINITE.finditer(text, seg.fstart, seg.fend)
    ]
    for m in _RD_SHIFT.finditer(text, seg.fstart, seg.fend):
        near = _fresh_dates(ctx, seg.fstart, seg.fend)
        if near and not text.startswith(" to ", m.end()):
            new = _shifted(near[0], m)
            out.append(
                _Cue(
                    "release_date",
                    "announced",
                    m.start(),
                    m.end(),
                    date=new,
                    previous=near[0],
                    moved=True,
                )
            )
    return out


def _date_only_title_cues(ctx: _Context, seg: Segment) -> list[_Cue]:
    """A headline part that is only a day date ("Show | Official Trailer | January 4")."""
    if not seg.in_title or seg.start == 0:
        return []
    for fs, fe, d in ctx.dates:
        if fs == seg.fstart and fe >= seg.fend and d.date.precision == "day":
            return [_Cue("release_date", "announced", fs, fe, date=d)]
    return []


def _box_office_cues(ctx: _Context, seg: Segment) -> list[_Cue]:
    """ "Box office" in a clause that reports a result anywhere ("'X' Places Second ... B.O.")."""
    text = ctx.text
    lo, hi = (0, ctx.title_fend) if seg.in_title else (seg.fstart, seg.fend)
    if not _BO_RESULT_RE.search(text, lo, hi):
        return []
    return [
        _Cue("release", "released", m.start(), m.end())
        for m in _BOX_OFFICE.finditer(text, seg.fstart, seg.fend)
    ]


def _release_cues(ctx: _Context, seg: Segment, clauses: list[_Clause]) -> list[_Cue]:
    text = ctx.text
    out: list[_Cue] = []
    for cue in [
        *(
            _Cue("release", "released", m.start(), m.end())
            for m in _RELEASED.finditer(text, seg.fstart, seg.fend)
        ),
        *_box_office_cues(ctx, seg),
    ]:
        clause = _clause_of(clauses, cue.start)
        words = text[cue.start : cue.end]
        if "$" in words and _NOT_BO.search(text, clause[0], clause[1]):
            continue
        weak = bool(_STREAMING_RESULT.search(words))
        if not _hedged(ctx, clauses, cue.start, cue.end, _WEAK_HEDGE if weak else _HEDGE):
            out.append(cue)
    for o, _ in ctx.occurrences:
        if seg.fstart <= o.start < seg.fend:
            out.extend(_bound_release_cues(ctx, seg, clauses, o))
    return out


def _bound_release_cues(
    ctx: _Context, seg: Segment, clauses: list[_Clause], o: Occurrence
) -> list[_Cue]:
    """ "X is here", "X debuted at No. 1", "X flops", "X premiered at Sundance"."""
    text = ctx.text
    out: list[_Cue] = []
    here = _IS_HERE.match(text, o.end)
    if here:
        out.append(_Cue("release", "released", here.start() + 1, here.end(), bound=o))
    past = _PAST_RELEASE.match(text, o.end)
    if past and past.end() <= seg.fend:
        festival = _FESTIVAL_AFTER.match(text, past.end())
        if festival:
            out.append(_Cue("premiere", "held", past.start("verb"), festival.end(), bound=o))
        elif not _hedged(ctx, clauses, past.start("verb"), past.end(), _WEAK_HEDGE):
            out.append(_Cue("release", "released", past.start("verb"), past.end(), bound=o))
    return out


def _premiere_cues(ctx: _Context, seg: Segment, clauses: list[_Clause]) -> list[_Cue]:
    out: list[_Cue] = []
    for m in _PREMIERE.finditer(ctx.text, seg.fstart, seg.fend):
        if _PROMO_SUBJECT.search(ctx.text, max(seg.fstart, m.start() - 40), m.start()):
            continue  # "the trailer will debut at Comic-Con": the trailer's debut, not the film's
        clause = _clause_of(clauses, m.start())
        lo, hi = max(clause[0], m.start() - _HEDGE_BEFORE), min(clause[1], m.end() + _HEDGE_AFTER)
        future = clause[2] or bool(_FUTURE.search(ctx.text, lo, hi))
        held = bool(_PREMIERE_HELD.search(ctx.text, lo, hi)) or bool(
            re.search(r"\b\w+ed\b", m.group())
        )
        status = "held" if held or not future else "announced"
        out.append(_Cue("premiere", status, m.start(), m.end()))
    return out


def _production_cues(ctx: _Context, seg: Segment, clauses: list[_Clause]) -> list[_Cue]:
    out: list[_Cue] = []
    for pattern, status in ((_WRAPPED, "wrapped"), (_FILMING, "filming")):
        for m in pattern.finditer(ctx.text, seg.fstart, seg.fend):
            if _PRE_POST.search(ctx.text, max(0, m.start() - 6), m.start()):
                continue
            if not _hedged(ctx, clauses, m.start(), m.end(), _HEDGE):
                out.append(_Cue("production", status, m.start(), m.end()))
    return out


_CUE_FINDERS = (_trailer_cues, _release_date_cues, _release_cues, _premiere_cues, _production_cues)


# ---------------------------------------------------------------- attribution


def _context_words(m: Match) -> set[str]:
    return {w.lower() for c in m.production.context for w in c.split()}


def _word_gap(text: str, a: int, b: int) -> int:
    return text.count(" ", a, b) - 1 if b > a else 0


def _bound_left(
    ctx: _Context, cue: _Cue, occs: list[tuple[Occurrence, Match]]
) -> Occurrence | None:
    best: Occurrence | None = None
    for o, _ in occs:
        if o.end <= cue.start and _word_gap(ctx.text, o.end, cue.start) < _GAP_WORDS_LEFT:
            between = ctx.text[o.end : cue.start]
            if not re.search(r"\b(?:and|or|as|with|after|than|while|but|vs|versus)\b", between):
                best = o
    return best


def _bound_right(
    ctx: _Context, cue: _Cue, occs: list[tuple[Occurrence, Match]]
) -> Occurrence | None:
    for o, _ in occs:
        if o.start >= cue.end and _BIND_RIGHT.match(ctx.text[cue.end : o.start]):
            return o
    return None


def _bound_elsewhere(ctx: _Context, cue: _Cue) -> bool:
    """The phrasing names a title that is not watched ("'Other' trailer", "trailer for 'Other'")."""
    src = ctx.doc.source
    s = ctx.doc.folded.to_source(cue.start)
    if _QUOTED_BEFORE.search(src[max(0, s - 80) : s]):
        return True
    owner = re.search(r"([A-Z][\w+&.-]*)[’']s\s*\Z", src[max(0, s - 40) : s])
    if owner and owner.group(1).lower() not in ctx.companies:
        return True
    e = ctx.doc.folded.to_source(cue.end)
    return bool(re.match(r"\s+(?:for|of)\s+(?:the\s+)?[‘“'\"]", src[e : e + 12]))


def _quotes_other_title(ctx: _Context, seg: Segment, occs: list[tuple[Occurrence, Match]]) -> bool:
    src = ctx.doc.source[seg.start : seg.end]
    return bool(re.search(r"[‘“\"][A-Z0-9][^’”\"]{1,60}[’”\"]", src)) and not occs


def _targets(
    ctx: _Context, seg: Segment, cue: _Cue, notes: list[str] | None
) -> list[tuple[Occurrence, Match]]:
    occs = [(o, m) for o, m in ctx.occurrences if seg.fstart <= o.start < seg.fend]
    if cue.bound is not None:
        return [(o, m) for o, m in occs if o is cue.bound]
    inside = [o for o, _ in occs if cue.start <= o.start and o.end <= cue.end]
    bound = inside[0] if inside else _bound_left(ctx, cue, occs) or _bound_right(ctx, cue, occs)
    if bound is not None:
        group = _coordinated(ctx, occs, bound)
        return [(o, m) for o, m in occs if o in group]
    if _bound_elsewhere(ctx, cue):
        _note(
            notes, f"{cue.kind} words {ctx.doc.original(cue.start, cue.end)!r} name another title"
        )
        return []
    if ctx.subject and _SUBJECT_PRONOUN.search(
        ctx.text, max(seg.fstart, cue.start - 20), cue.start
    ):
        return ctx.subject
    near = [
        (o, m)
        for o, m in occs
        if not ctx.passing(o) and _word_gap(ctx.text, *_span(o, cue)) <= _NEAR_WORDS
    ]
    if not near:
        near = [
            (o, m)
            for o, m in occs[:1]
            if not ctx.passing(o) and _word_gap(ctx.text, seg.fstart, o.start) < _SUBJECT_WORDS
        ]
    if not near and _ANAPHORA.search(ctx.text, max(seg.fstart, cue.start - 30), cue.start):
        return ctx.subject or [(o, m) for o, m in ctx.occurrences if ctx.in_title(o)]
    if near or occs:
        if not near:
            _note(
                notes,
                f"{cue.kind} words {ctx.doc.original(cue.start, cue.end)!r} "
                "are not about a watched title",
            )
        return near
    if _quotes_other_title(ctx, seg, occs):
        return []
    return ctx.subject


def _coordinated(
    ctx: _Context, occs: list[tuple[Occurrence, Match]], bound: Occurrence
) -> list[Occurrence]:
    """The bound title and those joined to it by "and" ("'X' & 'Y' Top the Charts")."""
    group = [bound]
    for o, _ in reversed(occs):
        if o.end <= group[-1].start and ctx.text[o.end : group[-1].start] == " and ":
            group.append(o)
    return group


def _span(o: Occurrence, cue: _Cue) -> tuple[int, int]:
    return (o.end, cue.start) if o.end <= cue.start else (cue.end, o.start)


# ---------------------------------------------------------------- observations


def _evidence(ctx: _Context, seg: Segment, o: Occurrence, cue: _Cue) -> str:
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


def _find(ctx: _Context, notes: list[str] | None) -> list[_Found]:
    found: list[_Found] = []
    order = 0
    for seg in ctx.doc.segments:
        clauses = _clauses(ctx, seg)
        for finder in _CUE_FINDERS:
            for cue in finder(ctx, seg, clauses):
                for o, m in _targets(ctx, seg, cue, notes):
                    if cue.kind not in m.production.milestones:
                        _note(notes, f"{m.production.id}: {cue.kind} not watched")
                        continue
                    direct = seg.fstart <= o.start < seg.fend
                    found.append(
                        _Found(m.production.id, cue, _evidence(ctx, seg, o, cue), order, direct)
                    )
                    order += 1
    return found


def _precision_rank(cue: _Cue) -> int:
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
    doc = document(entry.title, entry.summary)
    matches = matcher.match_document(doc, notes)
    if not matches:
        _note(notes, "no watched production is named")
        return []
    ctx = _Context(doc, matches, entry.published or now)
    best: dict[tuple[str, str], _Found] = {}
    for f in _find(ctx, notes):
        key = (f.production, f.cue.kind)
        if key not in best or _better(f, best[key]):
            best[key] = f
    for m in matches:
        if not any(k[0] == m.production.id for k in best):
            _note(notes, f"{m.production.id}: named, but no milestone words are about it")
    return [_observation(f) for f in sorted(best.values(), key=lambda f: f.order)]


def _note(notes: list[str] | None, text: str) -> None:
    if notes is not None:
        notes.append(text)


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
