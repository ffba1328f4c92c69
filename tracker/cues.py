"""The phrasings trade press uses for milestones, and the words that hedge them.

Every pattern here runs on folded text (:mod:`tracker.text`: lowercase, one space between
words, punctuation gone, "won't" → "will not"). :mod:`tracker.detect` finds these
phrasings in an entry's clauses and decides what they say; :mod:`tracker.attribution`
decides which title each one is about. The module docstring of :mod:`tracker.detect`
describes the rules in prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.dates import DateMention
from tracker.match import Occurrence

PLATFORM = (
    r"(?:netflix|hulu|disney|disney plus|max|hbo max|hbo|prime video|amazon|peacock|paramount|"
    r"apple tv|the streamer|streaming|digital|vod|pvod|premium vod|home video)"
)
VENUE = r"(?:theaters|theatres|cinemas|theaters nationwide)"
#: broadcast and cable networks (folded)
NETWORK = (
    r"(?:abc|nbc|cbs|fox|fx|fxx|amc|tnt|tbs|bravo|syfy|freeform|showtime|starz|pbs|the cw|"
    r"itv|itv1|bbc one|bbc two|bbc three|bbc four|channel 4|sky atlantic|sky one)"
)
_FESTIVAL_NAMES = (
    # (not Sundance's streamer and channel: "bows on Sundance Now", "SundanceTV")
    r"festival|fest|film festival|cannes|venice|sundance(?! now\b| tv\b| channel\b)|tiff|"
    r"toronto|berlin|berlinale|sxsw|"
    r"tribeca|"
    r"annecy|telluride|locarno|karlovy vary|busan|rotterdam|nyff|comic con|d23|cinemacon|"
    r"san sebastian|lido|croisette|venezia|fantastic fest|park city(?! mountain| resort| ski)|"
    # genre and documentary festivals (not Disney's "Fantasia 2000")
    r"fantasia(?! 2000\b)|sitges|deauville|slamdance|hot docs|iffr|"
    # Cannes' parallel sections
    r"directors fortnight|critics week"
)
FESTIVAL = rf"(?:{_FESTIVAL_NAMES})"
#: a festival's or a show's name right before a year: that year's edition ("SXSW 2026")
FESTIVAL_BEFORE_YEAR = re.compile(rf"\b(?:{_FESTIVAL_NAMES}|tudum|upfronts?|emmys?|oscars?) \Z")
#: shows where studios present footage to exhibitors or fans: a studio "closes" its
#: presentation there, no film opens them
TRADE_SHOWS = r"cinemacon|cineeurope|d23|comic con"
#: where red-carpet premieres are held ("the premiere is set for New York on ...")
CITY = (
    r"(?:new york|los angeles|la|london|paris|tokyo|hollywood|berlin|rome|madrid|sydney|"
    r"seoul|mexico city|toronto|westwood|leicester square|las vegas|miami|atlanta|chicago)"
)
#: about when each festival starts (month, day): a festival premiere named before that day
#: of the entry's year is ahead, not held
FESTIVAL_START = {
    "sundance": (1, 20), "park city": (1, 20), "rotterdam": (1, 25), "berlin": (2, 12),
    "berlinale": (2, 12),
    "sxsw": (3, 8), "cinemacon": (4, 1), "cannes": (5, 12), "croisette": (5, 12),
    "directors fortnight": (5, 13), "critics week": (5, 13),
    "tribeca": (6, 5), "annecy": (6, 8), "karlovy vary": (6, 28), "comic con": (7, 20),
    "locarno": (8, 5), "d23": (8, 9), "venice": (8, 27), "lido": (8, 27),
    "telluride": (8, 29), "tiff": (9, 4), "toronto": (9, 4), "san sebastian": (9, 18),
    "nyff": (9, 26), "busan": (9, 15), "fantastic fest": (9, 18),
}  # fmt: skip

#: a new TV spot for a title, as a release verb's object (folded): "debuting a new spot for
#: X", "drops the final spot from X" (not "Holds First Spot for", "moves X to a new spot")
#: a new TV spot as a noun (folded), for what a release verb's subject or object is: "is
#: debuting a new spot for X in the first quarter" dates the spot, not X
_SPOT_NOUN = r"(?:(?<=new )|(?<=first )|(?<=final )|(?<=second ))spots?(?= (?:for|from) )"
_NEW_SPOT = (
    r"(?:debuts?|debuted|debuting|drops?|dropped|dropping|releases?|released|releasing|"
    r"unveils?|unveiled|unveiling|airs?|aired|airing|launch(?:es|ed|ing)?|shares?|shared|"
    r"sharing|premieres?|premiered|premiering|watch) (?:a |an |the |its |their )?"
    r"(?:new |first |final |second |\d+ second )spots?(?= (?:for|from) )|"
    # a headline that opens with one: "New Spot for X | In Theaters Friday"
    r"\A(?:official |new |first |final )+spots?(?= (?:for|from) )"
)

TRAILER = re.compile(
    r"\b(?:(?:official|first|new|latest|full|main|second|third|brand new|international|red band|"
    r"extended|"
    r"exclusive|launch|debut|date announcement|announcement|character|final|teaser) )*"
    # an anime's promotional video: "Official PV", "Second PV"
    r"(?:teaser trailers?|teasers?|trailers?|pvs?|bande annonce|first look (?:video|clip|"
    r"footage|promo(?! (?:images?|photos?|posters?|stills?|art|pictures?|pics)\b)|teaser|"
    r"trailer)|"
    # (not a series' early first episode: "'Matlock' Sneak Peek Premiere Opens to 7.7M")
    r"sneak peeks?(?! (?:premiere|episode|preview of the (?:first|premiere) episode)\b)|"
    r"promo(?! (?:images?|photos?|posters?|stills?|art|pictures?|pics)\b)|"
    r"first look|(?:big game|super bowl|tv) spots?|"
    # "unveiled a 60-second look at X": a spot (not "Season 2 Second Look Poster")
    r"\d\d+ second (?:look|tease|preview)(?! (?:posters?|photos?|images?|stills?))|"
    # "debuting a new spot for X": a TV spot (not "a spot in the lineup", "the top spot")
    rf"{_NEW_SPOT})"
    r"\b(?! park\b)"
    # a still, not a video: "a teaser visual", "teaser key art" (folded text has no commas, so
    # not "Trailer, Poster Revealed")
    r"(?! (?:visuals?|key art)\b)"
)
#: Videos about a trailer that are not the production's trailer.
NOT_A_TRAILER = re.compile(
    r"\b(?:footage description|fan made|fanmade|fan film|fan trailer|fan edit|fan cut|recut|"
    r"re cut|re edit|mashup|"
    r"ai generated|ai trailer|(?:trailers?|teasers?) with ai|made with ai|gameplay|"
    r"game (?:\w+ )?trailer|summer game fest|the game awards|"
    # a game's: "Chapter 31 Launch Trailer", "DLC trailer"
    r"launch trailer|dlc|chapter \d+|nintendo direct|playstation showcase|xbox showcase|"
    r"ps5|xbox|nintendo switch|steam deck|"
    r"state of play|"
    # only of a trailer: "concept trailer", "fake teaser", "trailer parody" (not "hires a
    # fake date", "the film's concept")
    r"(?:concept|parody|spoof|fake)(?: \w+)? (?:trailers?|teasers?)|"
    r"(?:trailers?|teasers?) (?:parody|spoof))\b"
)
#: footage shown only to a room: "Shows Exhibitors First 'X' Teaser Behind Closed Doors"
PRIVATE_SHOWING = re.compile(
    r"\b(?:behind closed doors|(?:shows?|showed|shown|showing|screens?|screened|screening|"
    r"unveils?|unveiled|debuts?|debuted|previews?|previewed|gave|gives|introduce|introduces|"
    r"introduced|pitch|pitches|pitched|present|presents|presented|premiered)(?: \w+){0,8}? "
    r"(?:to |for )?(?:exhibitors|theater owners|theatre owners|buyers|the room)|"
    r"(?:exhibitors|buyers) only)\b"
)
#: a sales market, where a promo is shown to buyers: "AFM: Lionsgate Screens New Promo For X"
SALES_MARKET = re.compile(
    r"\b(?:afm|efm|american film market|european film market|marche du film|mipcom|mip tv|"
    r"miptv|filmart|ventana sur)\b"
)
#: ... unless the segment says it is out since: "is now online", "released to the public"
PUBLIC_SINCE = re.compile(r"\b(?:online|public|publicly|now out|out now)\b")
#: the same words alone, in a video channel's title ("... Trailer (2027) | Concept"): there
#: they label the video, in running text they mean something else ("hires a fake date")
VIDEO_NOT_A_TRAILER = re.compile(
    r"\b(?:concept|parody|spoof|fake(?! dat(?:e|es|ed|ing)| relationship| romance| marriage|"
    r" engagement| boyfriend| girlfriend| wedding))\b"
)
VIDEO_LABEL = re.compile(r"(?i)(?:exclusive|first look|watch|video)\s*:")
#: videos about a trailer: reactions, breakdowns, "easter eggs you missed"
TRAILER_REACTION = re.compile(
    r"\b(?:reaction|reactions|reacts|reacting|react|breakdown|breakdowns|broken down|"
    r"easter eggs?|analysis|analyzed|explained|details you missed|things you missed|"
    r"everything you missed)\b"
)
#: a headline about a video about a trailer ("X Trailer 2 Reaction", "Reacting to the X Trailer")
REACTION_AFTER = re.compile(
    r"(?: (?:\d+|ii|iii))? (?:reaction|reactions|breakdown|breakdowns|easter eggs?|analysis|"
    r"explained|details you missed|things you missed|everything you missed)\b"
)
REACTION_BEFORE = re.compile(
    r"\b(?:reacting to|reaction to|reactions to|reacts to|react to|breaking down|breakdown of|"
    r"analyzing) (?:\w+ ){0,5}\Z"
)
#: "Every Trailer From Comic-Con", "All the New Teasers This Week", "This Week's Best
#: Trailers": the summary lists them, or the headline after the roundup words
TRAILER_ROUNDUP = re.compile(
    r"\b(?:every|all(?: of)?(?: the)?) (?:\w+ ){0,4}?(?:trailers?|teasers?|tv spots?)\b|"
    # "Super Bowl Movie Trailers: 'X,' 'Y' and Every Spot From the Big Game"
    # (with its year or number: "Super Bowl 2034 Trailers", "Super Bowl LXVIII Spots")
    r"\b(?:super bowl|big game)(?: \d{4}| [lxvi]{2,7})? (?:movie |tv |film )?(?:(?:and|&) "
    r"(?:movie |tv |film ))?(?:trailers|spots|ads)\b|"
    r"\b(?:trailers?|teasers?) (?:roundup|round up)\b|"
    # the week's new trailers: "This Week's Best Trailers", "Best Movie Trailers of the Week",
    # "The Best New Teasers" (not a season's retrospective: "Best Trailers of the Summer")
    r"\b(?:this|the) week (?:best|top|biggest) (?:new )?(?:movie |tv |film )?(?:trailers|"
    r"teasers)\b|\b(?:best|top|biggest) (?:new )?(?:movie |tv |film )?(?:trailers|teasers) "
    r"(?:of|from) (?:the|this) week\b|\b(?:best|top) new (?:movie |tv |film )?(?:trailers|"
    r"teasers)\b"
)
#: "a new X poster": a title that a roundup names for a still image, not a trailer
STILL_AFTER = re.compile(
    r" (?:\w+ )?(?:posters?|images?|photos?|stills?|key art|artwork|character art)\b"
)
KIND_WORDS = frozenset({"series", "film", "movie", "show", "limited", "animated", "tv"})
SEASON_MARK = re.compile(r"\b(?:season|series|part|volume|vol) \w+\b|\bs\d+\b|\b\d+\b")
TRAILER_DONE = re.compile(
    r"\b(?:drops?|dropped|dropping|unveils?|unveiled|releases?(?! dates?)|released|debuts?|"
    # not a report of a plan: "Netflix revealed that the first teaser ... will"
    r"debuted|reveals?(?! that)|"
    r"revealed(?! that)|"
    r"launch(?:es|ed)?|shares?|shared|premieres?|premiered|here|out now|is out|arrives?|arrived|"
    r"lands?|landed|watch|"
    r"see|check out|offers?|official|new|brand new|exclusive|gets? (?:a|its|first)|got|"
    r"(?:is|now|goes|went) online|is live|now available|(?<=teaser )out|(?<=trailer )out|"
    # its audience: "the trailer breaks a record with 90M views"
    r"views|viewed|breaks|broke|record|racks up|racked up)\b"
)
#: "first trailer", "First 'X' Teaser", "X Final Trailer": a headline naming the trailer by its
#: place in the campaign speaks of one that is out
TRAILER_ORDINAL = re.compile(r"\b(?:first|final|second|third|new|latest|2nd|3rd)\b")
#: after a video title's trailer words: "#2", "(2026)", "HD", "(Universal Pictures)"
VIDEO_TAIL = re.compile(
    r"\s*(?:#?\d{1,2}\s*)?\(\s*(?:19|20)\d\d(?:\s+(?i:movie|film|series|tv series|show))?\s*\)"
)
VIDEO_TAIL_WORDS = frozenset(
    {"hd", "4k", "uhd", "official", "pictures", "picture", "studios", "studio"}
    | {"entertainment", "films", "animation"}
    # "official" on non-English channels: "Tráiler oficial", "Bande-annonce officielle"
    | {"oficial", "officiel", "officielle", "offiziell", "ufficiale", "officieel", "final"}
)
#: a headline's trailer as the subject of what it shows: "'X' Trailer Teases the Battle"
#: the trailer as the subject of a present or past verb of disclosure: "first teaser
#: reveals", "trailer confirms", "new trailer shows"
TRAILER_ACTS = re.compile(
    r" (?:reveals|revealed|confirms|confirmed|shows|showed|teases|teased|hints|hinted|"
    r"unveils|unveiled|introduces|introduced|offers|offered|gives|gave|sets|announces|"
    r"dates|locks in)\b"
)
TRAILER_DESCRIBES = re.compile(
    r" (?:teases|brings|gives|shows|sees|finds|puts|takes|features|introduces|sets up|hints|"
    r"promises|captures|delivers|pits|follows|welcomes|unleashes|showcases|highlights|"
    r"spotlights|goes|heads|sends|throws|turns|explores|depicts|presents|previews|plunges|"
    r"dives|digs|lays out|reunites|channels|revisits|serves up|packs|unites|shows off|"
    r"assembles|confronts|hits|kicks off|lets|makes|pulls back|pairs|teams up|strands|traps|"
    # "Beef Season 2 Trailer Proves That ...", "Road House Trailer Is a Knockout", "season 2
    # trailer has fans in tears"
    r"proves|is a|is an|looks|has fans|leaves fans|sparks|dials up|ramps up|sets the stage)\b"
)
# Hedging words (folded text), by what they say; the patterns below combine them.
#: "may" is the month after a preposition ("wrapped in May") or before a day ("May 5")
MAY = r"(?<!in )(?<!by )(?<!of )(?<!since )(?<!until )(?<!early )(?<!late )(?<!mid )may(?! \d)"
# (not "supposed to know": "a painting nobody is supposed to know exists in the first trailer")
MODAL = (
    rf"will|would|could|{MAY}|might|should|going to|gonna|supposed to(?! know\b)|"
    rf"meant to(?! know\b)"
)
PLANNED = (
    # not music: "a teaser set to a cover of a Brel song"
    # (not a comparison: "premiered earlier than expected")
    r"set to(?! (?:a|an|the|music)\b)|slated|scheduled|plans?|planned|planning|expect|"
    r"(?<!than )expected|"
    # "promised the first teaser on Thursday", right before the cue (not "promised audiences
    # a scarier ride, and this teaser delivers")
    r"promised(?: (?:a|an|the|its|their))?(?: \w+)?(?= \Z)|"
    r"expects|expecting|coming(?! in hot)|soon(?! after| afterwards| thereafter)|"
    r"to (?:drop|release|debut|unveil|arrive|hit|open|premiere|"
    r"launch|begin|start|wrap|reveal|share|air|come|be)"
)
UNCERTAIN = (
    r"rumou?r(?:s|ed)?|reportedly|possibly|possible|likely|unlikely|hopes?|hoping|aims?|aiming|"
    r"eyes|eyeing|targets?|targeting|poised|tentative\w*|speculat\w*|if|"
    # "is said to be lining up a November 20 release", "is said to open November 20" (not
    # "which is said to run three hours", "is said to be planning a third season")
    r"(?:is|are|was|were) said to(?: be)? (?:lining up|eyeing|eying|targeting)"
    r"(?: (?!will\b|opens?\b|season\b|run\b)\w+){0,4}(?= \Z)|(?:is|are|was|were) said to(?= \Z)"
)
#: a forecast is not a result: "tracking for $40M", "projects a $100M bow", "heads to $18M"
FORECAST = (
    r"projected|projects?|projecting|tracking|forecast\w*|predict\w*|preview|"
    r"on track|on pace|pacing|(?:heads?|heading) to(?= [$£€\d]| ?\Z)|"
    # "the latest numbers have the blockbuster looking at about $170 million"
    r"(?:looking|looks) at(?= (?:about |around |roughly |an? )?[$£€\d])|"
    # "X Eyes $110M+ Domestic Launch": a forecast's verb, before its money
    r"(?:eyes|eyeing|eyed)(?= [$£€]| \d+(?:\.\d+)?(?:m|million)\b)|"
    r"(?:heads?|heading|creeps?|creeping|trending|on course) toward"
)
ANTICIPATION = (
    r"ahead of|before(?! it| them| him| her)|await\w*|wait for|waiting for|look for|looking for|"
    r"keep an eye|(?:sets?|setting|announces?|reveals?) (?:a |the )?(?:\w+ )?date for"
)
#: a result measured against a forecast: "beats projections", "tops expectations", "above
#: tracking" (the forecast words in it hedge nothing)
BEATS_FORECAST = re.compile(
    r"\b(?:beats?|beating|tops?|topped|topping|above|below|exceeds?|exceeded|exceeding|"
    r"surpass\w*|outpac\w*|crush\w*|miss\w*|short of|ahead of|behind|"
    r"(?:blast(?:s|ed)?|blows?|blew|sails?|sailed|soars?|soared|flies|flew|rockets?|rocketed|"
    r"races?|raced|zooms?|zoomed|shoots?|shot) past|"
    # "landing in the upper half of pre-release tracking", "in line with expectations"
    r"(?:upper|lower|higher|high|low|top|bottom) (?:half|end|range) of(?: the)?|"
    r"in line with) (?:\w+ ){0,2}?"
    r"(?:projections?|expectations|forecasts?|tracking|predictions?)\b"
)
#: a time still ahead with no day: "lands next week", "later this month"
AHEAD = (
    r"next (?:week|month)|later this (?:week|month|year)|in the coming (?:days|weeks)|"
    # "the first teaser is a few weeks away", "in a few weeks"
    r"(?:days|weeks|months) away|in (?:a few|a couple of|two|three|several) (?:days|weeks|months)"
)
HEDGE = re.compile(
    rf"\b(?:{MODAL}|{PLANNED}|{UNCERTAIN}|{FORECAST}|{ANTICIPATION}|{AHEAD}|projections?|when|"
    r"faces|"
    r"not|yet|"
    r"upcoming(?= (?:official |first |new |final )*(?:trailer|teaser)))\b"
    # "no trailer yet": "no" just before the cue (not the rank "No. 1")
    r"|\bno (?!\d)(?:\w+ ){0,3}\Z"
)
#: after a cue only forward-looking words hedge it ("the trailer will ...", "... expected")
HEDGE_AFTER_WORDS = re.compile(rf"(?:{MODAL}|{PLANNED}|{UNCERTAIN}|{FORECAST}|{AHEAD}|await\w*)\b")
#: for release dates only doubt hedges: "will come out August 13" is a set date
DOUBT = re.compile(
    rf"\b(?:could|{MAY}|might|{UNCERTAIN}|expected to|unconfirmed|eventually|sometime|"
    # (not an idiom of eagerness: "the next film you won't want to miss is X, coming July 26")
    r"not(?! (?:want to miss|wait|be able to wait)\b)|"
    r"no(?! \d| one))\b"
)
WEAK_HEDGE = re.compile(rf"\b(?:{MODAL}|if|before|ahead of|set to|not)\b")
FUTURE = re.compile(
    r"\b(?:will|to (?:world )?premiere|to debut|to bow|to open|to close|to screen|set to|slated|"
    # "'X' To Hold World Premiere At New York Comic Con"
    r"to (?:hold|host|stage|get|have|land|receive|make) (?:its |a |an |the )?(?:\w+ )?(?=premiere)|"
    # "are in London to attend the global premiere of the series on 18th April" (not "lucky
    # enough to attend the world premiere at Sundance")
    r"(?:(?<=\bin )\w+ |(?:is|are|will|plans?|planning|heads?|heading|expected|set) )to attend|"
    r"scheduled|"
    r"line ?up|selection|selected|set for|ahead of|upcoming|competition|announces?|announced|"
    r"unveils?|"
    r"unveiled|adds?|added|plans?|expected|could|may|might|includes?|including|slot|tickets|"
    # "is planning a London world premiere" (not "planning a wide expansion")
    r"planning (?:a|an|the|its) (?:\w+ ){0,3}?(?=(?:\w+ )?premiere)|"
    r"sets|setting|set as|tapped as|chosen as|picked as|starting|eyed|eyes|eyeing|"
    # "Named SXSW Opening Night Film" (not "Newly Named Oscar Host")
    r"named(?= (?:as )?(?:the |its )?(?:\w+ )?(?:opening|closing|centerpiece|gala)\b)|"
    r"next|tomorrow|tonight|this (?:week|weekend|month|fall|summer|spring|winter))\b"
)

RD_SET = re.compile(
    r"\b(?<!not )(?<!never )(?<!yet to )(?<!not yet )(?:sets?|setting|gets?|getting|lands?|landed|"
    r"announces?|announced|reveals?|revealed|"
    r"unveils?|unveiled|"
    r"confirms?|confirmed|dates?|dated|locks?|locked|receives?|received|finally has|nabs?|has|"
    # "has finally released the official release date for the second half of X"
    r"released|shares?|shared)"
    # not denied: "still has no UK release date", "has not set a release date"
    r"(?: (?!no\b|not\b|yet\b|without\b)\w+){0,3} (?:(?:release|premiere|launch|debut|return|"
    r"streaming|air|theatrical release) dates?|airdates?)\b"
    r"|\b(?:release|premiere|launch|debut|return|air) dates? (?:and (?:\w+ ){1,2})?(?:is |are )?"
    r"(?:announced|revealed|set|confirmed|unveiled|locked)\b"
    # "has announced the date for the second half of season 4", "We Finally Know The Release
    # Date For X"
    r"|\b(?<!not )(?:announced|revealed|confirmed|set|shared) the (?:official )?date for\b"
    r"|\b(?<!not )(?<!t )(?:finally )?knows? (?:the|its) (?:official )?(?:release|premiere) date\b"
    # a video's name: "Silverline – Season 3 Date Announcement | Prime Video"
)
#: words a move may put between its verb and "to"/"for" without an aside
MOVE_REACH = 10
#: verbs that move a date ("pushed to 2027", "moved from Sept. 18 to Oct. 2")
_MOVE_WORDS = (
    # (not a person's: "a widower who moves in with his daughter for December")
    r"(?:moves?|moved|moving)(?! in with| in together| out of| back in| in next door| away from)|"
    r"push(?:es|ed|ing)?|shifts?|shifted|shifting|delay(?:s|ed|ing)?|"
    r"bump(?:s|ed|ing)?|rescheduled?|rescheduling|postpone[sd]?|postponing|dates?|dated|slots?|"
    r"slotted|slotting|"
    # "is sliding X off its Dec. 18 date to March 12"
    r"(?:slides?|slid|sliding|slips?|slipped|slipping)(?= (?:\w+ ){0,8}?(?:off|from) "
    r"(?:its|the|a|an)\b)|"
    # "pulled the release of X forward from Dec. 18 to Nov. 6"
    r"(?:pulls?|pulled|pulling)(?= (?:\w+ ){0,10}?(?:forward|up|back|ahead) (?:from|to|by)\b|"
    # "Pulls the 'Caldera' Remake to 2027"
    r" (?:\w+ ){1,6}?(?:to|into) (?:19|20)\d\d\b)|"
    r"(?:flies|flew|jumps?|jumped|leaps?|leapt|hops?|hopped|scoots?|scooted|inch(?:es|ed)|"
    r"slides?|slid|slips?|slipped|nudg(?:es|ed|ing|e))(?= (?:\w+ ){0,2}?(?:up|back|forward|"
    r"ahead)\b)"
)
#: right after a modal or "to": "will race", "set to march"
_AFTER_MODAL = (
    "(?:"
    + "|".join(f"(?<=\\b{w} )" for w in str.split("will to can could would might should may"))
    + ")"
)
#: a word that starts a date: a month, a season, a holiday, a weekday
_DATE_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|spring|summer|fall|"
    r"autumn|winter|holidays?|christmas|thanksgiving|easter|halloween|memorial|labor|"
    r"independence|presidents|valentine s|new year s|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"black friday|cyber monday|boxing day|juneteenth|mother s day|father s day|new year"
)
#: what kind of release a plan names ("a wide release", "a day-and-date launch")
_RELEASE_KIND = (
    r"(?:theatrical|wide|limited|streaming|global|worldwide|digital|domestic|day and date|"
    r"u s|north american|international|awards season|platform)"
)
RD_VERB = re.compile(
    # "season 2 release date is February 12": the date named right after the noun
    rf"\b(?:(?:release|premiere|launch|debut|air|streaming) date (?:is|will be)|airdate (?:is|of)|"
    # "Fans can mark their calendars for Wednesday, October 16"
    rf"mark (?:your|their|our) calendars? for|"
    rf"arrives?|arriving|arrived|airs|airing|(?<=will )air|"
    rf"(?<=to )air(?= (?:on|this|next|later|early|late)\b| from (?:(?:monday|tuesday|wednesday|"
    rf"thursday|friday|saturday|sunday) )?\d)|"
    rf"(?:hits?|hitting) (?:(?:the )?{VENUE}|{PLATFORM}|screens|"
    # (not "opens up about": speaks)
    rf"the big screen)|(?:opens?|opening|opened)(?! up (?:about|on|over|for|to (?!\$|\d)))|"
    rf"debuts?|debuting|debuted|"
    rf"premieres?|premiering|premiered|"
    # (not a person's: "will return to the stage next spring in a West End revival")
    rf"(?:returns?|returning|returned)(?! to (?:the stage|broadway|the west end|acting|"
    # (nor a shoot's: "will return to production this summer", "returns to set in May")
    rf"directing|production|filming|shooting|set|the set|work|the writers room|the studio)\b)"
    # (nor a convention panel: "Emberfall returns with its cast on Saturday morning")
    rf"(?! with (?:its|their|the) (?:cast|stars|panel|creators?) (?:on (?:\w+day )?"
    rf"(?:morning|afternoon|evening)|at|to|in hall)\b)|"
    rf"launch(?:es|ed)?|launching|"
    rf"bows?|bowing|"
    # not an event before it: "Full Meals pre-release event in Vizag on July 20"
    rf"bowed|lands?|landing|landed|drops?|dropping|dropped|streams?|streaming|(?<!pre )releases?|"
    rf"released|"
    # two films opening the same day: "will clash at the box office on 14th August"
    rf"clash(?:es)?(?: at the box office)? on|"
    rf"releasing|"
    rf"comes? out|coming out|came out|be out|is out|"
    # "'Tax Season' is back Thursday for a second go-round" (not "is back on set")
    rf"(?:is|are) back(?= (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    rf"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    rf"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|this|next|in (?:19|20)\d\d)\b)|"
    # a network's return of a series: "will bring back X on Friday, April 17"
    rf"(?:brings?|bringing) back|"
    # a day a film takes on the calendar: "X takes Wednesday, Nov. 25", "grabs Oct. 9"
    rf"(?:takes|took|grabs|grabbed|claims|claimed|nabs|nabbed)(?: over)?(?= (?:the )?"
    rf"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?"
    rf"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    rf"june|july|august|september|october|november|december) \d{{1,2}}\b|\d{{1,2}} (?:jan|feb|mar|"
    rf"apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    rf"september|october|november|december)\b)(?! (?:million|percent)))|"
    # "Paramount's sequel, out Aug. 7,": a day in an aside (_is_release_verb wants the comma)
    rf"(?<=\w )out(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|"
    rf"march|april|june|july|august|september|october|november|december) \d)|"
    # a slate's verb, with its date right after "for": "confirmed X for summer 2027" (not
    # "Cast Confirmed for 'X' Season 3 as Production Starts in September")
    rf"(?:confirms|confirmed)(?!(?: \w+){{0,8}}? (?:casting|call|screening|panel|test|shoot|"
    rf"shooting|filming|production|renewal|tour|event|tickets?)\b)"
    rf"(?=(?: \w+){{0,8}}? for (?:early |late |mid |the |a |an )?"
    rf"(?:spring|summer|fall|autumn|winter|holiday|christmas|thanksgiving|january|february|"
    rf"march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
    rf"jun|jul|aug|sept?|oct|nov|dec|(?:19|20)\d\d|\d))|"
    rf"comes?|coming|sets?(?! (?:a |an |the |"
    rf"new )?records?)|"
    # "slates" but not "slate": "the final slate on Sunday" is a clapperboard
    rf"slated|slates|schedules?|scheduled|skeds?|skedded|planted|plants|parked|parks|"
    rf"goes wide|in {VENUE}|on {PLATFORM}|available|"
    # "comedy-drama back on 5 April", "back on Sunday": a return, with its day right after
    rf"back(?: for (?:season|series) \w+| for (?:its|a) \w+ (?:season|series))? on"
    rf"(?= (?:\d{{1,2}} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|"
    rf"january|february|march|april|june|july|august|september|october|november|december|"
    rf"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|"
    # a series' start, only right after its title (detect checks): "X starts Monday 6 April"
    rf"starts|begins|kicks off|(?:(?<=will )|(?<=\bto ))(?:start|begin|kick off)|"
    # "In select theaters November 13", "goes out in 3,100 theaters this Friday"
    rf"in (?:select|selected|limited|imax|more than \d+|over \d+|nearly \d+|\d+) {VENUE}|"
    rf"(?:heads?|heading|headed) to (?:{VENUE}|{PLATFORM})|"
    # "will ride onto AMC and AMC+ on Sunday", "will flood theaters this October"
    rf"(?<=will )\w+ onto \w+|(?:floods?|flooding|storms?|storming|invades?|invading) "
    rf"{VENUE}|"
    # a date kept: "stays put on June 30", "still on for", "holds its Dec. 18 date"
    rf"(?:stays?|stayed|staying) put (?:on|at|for)|still on for|remains? (?:set |dated )?for|"
    rf"(?:sticks?|sticking|stuck) (?:with|to)|"
    # a verb of motion into cinemas: "will race into theaters next summer", "swings into
    # cinemas Oct. 9", "roars back into theaters"
    # a verb's shape: "-s", "-ed", "-ing" or after a modal or "to" ("could lure Gen Z into
    # theaters" moves an audience, not the film)
    rf"(?!(?:audiences|people|fans|moviegoers|crowds|families|viewers|kids|them|us|back|zers|"
    rf"teens|patrons|customers|adults|parents|millennials|gamers|everyone|folks|women|men) )"
    rf"(?:\w+(?:s|ed|ing)|{_AFTER_MODAL}\w+) (?:back )?into (?:(?:some|about|more than|nearly|"
    rf"over|around) )?(?:\d+ )?{VENUE}|"
    rf"(?:holds?|keeps?|retains?)(?= (?:its |the |a )?\w+ \d{{1,2}} "
    rf"(?:\d{{4}} )?(?:release )?date\b)|"
    # "Sony Holds 'X' On Dec. 18", "keeps X on its Dec. 18 date": a date kept for a title
    rf"(?:holds?|keeps?|keeping|holding)(?= (?:\w+ ){{1,5}}?on (?:its )?(?:jan|feb|mar|apr|may|"
    rf"jun|jul|aug|sep|oct|nov|dec)\w* \d))\b"
    # a vague date right after a plan: "season 4 expected late 2026", "aiming for early 2027"
    # "targets mid-2027 for X", "eyeing next summer", "sequel due next summer", "due from
    # Studio this holiday season"
    # ... "'X' Headed For Spring", "Stakes Out Summer 2034 for 'X'"
    rf"|\b(?:expected|aiming for|aims for|targeting|targeted for|targets|eyes|eyeing|eyed|"
    rf"heads|headed|heading|(?:stakes?|staked|staking) out|"
    rf"(?<=to )eye|(?<=to )target|"
    rf"on track for|due(?: out)?)"
    rf"(?= (?:from (?:\w+ ){{1,3}}?)?(?:in |for |by )?(?:an? )?(?:early|late|mid|"
    rf"(?:the )?first half|(?:the )?second half|"
    rf"(?:(?:this|next) )?(?:spring|summer|fall|autumn|winter)|(?:19|20)\d\d|"
    rf"january|february|march|april|june|july|august|september|october|november|december|"
    rf"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec) \d{{1,2}}|"
    rf"next year|this year|(?:this|next) holidays?|(?:the )?holiday season)\b"
    # not a record's year ("eyes 2026's biggest opening", "targets 2026 record") nor
    # another work's ("eyes 2027 for her next film")
    rf"(?! s\b| (?:\w+ ){{0,2}}?(?:records?|biggest|best|highest|largest|top|box office|"
    rf"opening weekend|projection|haul|gross|oscars?|emmys?|awards? (?:run|push|race|bid)|"
    # a festival's slot, not the release: "Eyes 2027 Festival Bow"
    rf"campaign|push|run|festival(?! season)|fest)\b|"
    rf" for (?:her|his|their|another)\b|"
    rf" for (?:a|an|its|the) (?:\w+ )?(?:next|new)\b))"
    # "due Sept. 18", "due in theaters March 5" (not "due to")
    # a plan for the release and its period: "is planning a release in the second half of
    # 2026", "eyes a wide release for early 2027", "mulling a fall rollout in 2027"
    rf"|\b(?:plans?|planning|planned|eyes|eyeing|eyed|targets|targeting|mulls|mulling|"
    rf"readies|readying|preps|prepping|preparing) (?:a|an|its|the) (?:{_RELEASE_KIND} )?"
    rf"(?:release|rollout|launch|opening|bow)(?= (?:in|for|by|during|this|next) )"
    rf"|\bdue(?= (?:out |in {VENUE} |on {PLATFORM} )?(?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|"
    rf"sep|oct|nov|dec)\w* \d)"
    # a move and its preposition; past ten words only over an aside (checked by detect):
    # "has dated X, the Y-directed comedy starring A and B, for Friday, August 7"
    rf"|\b(?:{_MOVE_WORDS})(?: [\w$]+){{0,{MOVE_REACH + 14}}}? (?:back |up |forward |ahead )?"
    # not an aside's "to": "shifted X, its sequel to the 2022 hit, from August 21 to ..."
    # (nor an infinitive's "to" in an aside: "a ghostwriter hired to pen a memoir, for Friday")
    rf"(?:(?<!sequel )(?<!prequel )(?<!successor )(?<!follow up )(?<!companion )(?<!answer )to"
    rf"(?= (?:its|the|a|an|this|next|late|early|mid|summer|spring|fall|autumn|winter|\d+|"
    rf"{_DATE_WORD})\b)|"
    # a move's "from" names a date or its slot, not a maker: "dated X, the comedy from
    # director Y starring Z, for Friday" reads on to "for"
    rf"from(?= (?:its|the|a|an|this|next|last|early|late|mid|\d+|{_DATE_WORD})\b)|"
    rf"for|until|into|onto)(?= )"
)
#: ", which also stars X and Y,": an aside between a release verb and its date (source text)
#: also an appositive naming the object ("releases 'X' (Alias), the thriller directed by Y,
#: in cinemas on July 1"; "'X,' S. Y's epic starring Z, worldwide on ..."); an initial's
#: full stop ("S.") ends nothing, nor a company's or a name's abbreviation ("Warner Bros.")
_ASIDE_CHAR = (
    r"(?:[^,.;:!?]|(?<=\b[A-Z])\.|(?<=\bBros)\.|(?<=\bInc)\.|(?<=\bCo)\.|(?<=\bCorp)\.|"
    r"(?<=\bJr)\.|(?<=\bSr)\.|(?<=\bSt)\.|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\b[Vv]s)\.)"
)
ASIDE = re.compile(
    rf"{_ASIDE_CHAR}{{0,60}}?,[”’\"']?\s+(?:(?:which|who|whose|starring|also starring|"
    rf"featuring|directed by|written by|produced by|based on|the|a|an|its|their|his|her)\b|"
    rf"[A-Z]\.|"
    rf"(?:[A-Z][\w-]*\.? ){{0,2}}[A-Z][\w-]*[’']s\b){_ASIDE_CHAR}{{1,120}},"
)
AFTER_FIGURE = re.compile(
    r"(?:\$ \d[\d.]*[kmb]?(?: million| billion)?|\d[\d.]*[kmb]|\d[\d.]* (?:million|billion)|"
    r"\d+ day|record|biggest|big|best|weak|strong|soft) \Z"
)
#: "the biggest August debut ever": a month as a record's category, not a release date
RECORD_BEFORE = re.compile(
    r"\b(?:biggest|best|largest|strongest|widest|worst|weakest|record|top|highest|lowest|"
    r"most) (?:original |ever |domestic |global |opening )?\Z|"
    # "Best Ever For Non-Franchise December Debut": a record's category
    r"\b(?:biggest|best|largest|strongest|record|highest) ever (?:for|in) (?:a |an )?"
    r"(?:\w+ ){0,2}\Z"
)
RD_BEFORE_NOUN = re.compile(
    r" (?:theatrical |wide |streaming |global |worldwide |domestic |digital |limited |series |"
    r"season |u s )?"
    # (not a festival's "2026 opening night film", "its 2026 opening ceremony")
    # (nor "lean Thursday, opening with a storm sequence": what the show started with)
    r"(?:release|premiere|debut|opening(?! (?:night|film|gala|selection|ceremony|with an?)\b)|"
    r"launch|"
    r"return|bow|simulcast)\b|"
    # a series' "10 January start date", "sets Sunday 23 August start for X" (its first
    # episode's; a shoot's is the production's)
    r" start date\b| start(?= for\b)"
)
#: "June 24 on Hulu", "July 31 only in theaters": a coming date and where to see it
WHERE_AFTER_DATE = re.compile(
    # (a network too: "| July 19 on FX and Hulu")
    rf" (?:only |exclusively )?(?:on (?:{PLATFORM}|{NETWORK})|in {VENUE})\b"
)
FROM_TO = re.compile(r".*\b(?:from|off) .* (?:on)?to \w")
MOVE_VERB = re.compile(rf"(?:{_MOVE_WORDS}) ")
RD_INDEFINITE = re.compile(
    r"\b(?:delayed|postponed|pushed|pulled|shelved) (?:\w+ )?(?:indefinitely|from (?:the |its )?"
    r"(?:release )?(?:schedule|calendar|slate))\b|\bindefinitely (?:delayed|postponed)\b"
)
RD_SHIFT = re.compile(
    r"\b(?:moved|moves|pushed|pushes|bumped|flies|flew|jumps|jumped|slides|slid|slips|slipped|"
    r"nudges|nudged|nudging)"
    r"(?: \w+){0,6}? (?P<dir>up|back) (?P<n>a|one|two|three) (?P<unit>weeks?|days?|months?)\b"
)
#: a shift's starting date: "its original Oct. 16 slot", "off its Sept. 18 date", "once set
#: for Sept. 18"; a shift's new date: "now opens Oct. 9", "and will open Oct. 9"
SHIFT_FROM_BEFORE = re.compile(
    r"\b(?:original|originally|previous|previously|former|formerly|old|once|initial|initially|"
    r"from|off)(?: (?:its|the|a|set|dated|slated|scheduled|for|on))* \Z"
)
SHIFT_TO_BEFORE = re.compile(
    r"\b(?:now|will|to|new)(?: \w+){0,3}? (?:opens?|opening|arrives?|arriving|bows?|bowing|"
    r"debuts?|debuting|lands?|landing|releases?|releasing|premieres?|premiering|hits? "
    r"(?:theaters|theatres|cinemas)|date|on|for)(?: on| in theaters| in theatres| in cinemas)? \Z"
    r"|\bnow (?:on |for )?\Z"
)
#: a date given up: "previously set for Dec. 11", "originally dated", "had been slated"
FORMER_BEFORE = re.compile(
    r"\b(?:previously|originally|formerly|initially|earlier|once|had been|had)(?: \w+ly)? \Z|"
    # "Rather than opening on March 15th, the film will open on March 22nd"
    r"\b(?:rather than|instead of) \Z|"
    # "was initially rumored to debut on HBO Max in October 2022 but now"
    r"\b(?:initially|originally|previously|first) (?:rumou?red|reported|tipped|thought|"
    r"expected) to(?: \w+)? \Z|"
    # "which had been set to premiere its second season on Oct. 3"
    r"\b(?:had been|was once|were once) (?:set|slated|scheduled|dated|due) to \Z|"
    # "was originally set to arrive on Nov. 3"
    r"\b(?:originally|previously|initially|earlier) (?:set|slated|scheduled|dated|due) "
    r"(?:to (?:\w+ )?)?\Z|"
    # "the day X was supposed to release"
    r"\b(?:supposed|meant) to \Z"
)
#: "has dated a third installment for 2028", "sets another sequel for next summer": a verb's
#: object that is another entry of the franchise, which takes the date
OTHER_ENTRY = re.compile(
    r"\b(?:(?:a|an|another) (?:(?:\w+ ){0,2}?(?:installment|instalment|sequel|prequel|spinoff|"
    r"spin off)|(?:third|fourth|fifth|sixth|seventh|3rd|4th|5th|6th|7th|new|next) (?:\w+ )?"
    r"(?:film|movie|chapter|entry|outing|installment|instalment|sequel))|"
    # "Dates Next Original for 2028", "sets its next feature for"
    r"(?:its |their |the )?next (?:original|film|feature|movie|project|animated \w+)|"
    # a work about or after it: "a documentary about the making of X", "Y's follow-up to X",
    # "a behind-the-scenes special on X"
    r"(?:the |its |their |a |an |(?:\w+ ){1,3}s )(?:\w+ )?"
    r"(?:follow up|sequel|prequel|successor) to|"
    r"(?:a|an|the|its) (?:\w+ ){0,3}?(?:documentary|docuseries|special|featurette|podcast|book) "
    r"(?:about|on)|(?:a|an|the) (?:\w+ ){0,2}?making of)\b"
)
#: a release verb opening a relative clause: "X, which opens July 3, ..."
RELATIVE_BEFORE = re.compile(r"\b(?:which|that) (?:now |also |still )?\Z")
#: a release verb denied: "won't hit theaters in 2026", "will not open this year"
NEGATED_BEFORE = re.compile(r"\b(?:not|never|no longer)(?: be| have| \w+ly)? \Z")
UNTIL = re.compile(r"\b(?:until|till|til|before)\b")
#: a past release verb; its tense is its first word ("remains dated for" is present)
PAST_VERB = re.compile(r"(?:\w+ed|came out|hit|bowed|opened|returned|took)\b")
#: participles of a plan, not a past release: "scheduled for", "targeted for", "expected"
PLAN_PARTICIPLE = re.compile(
    r"(?:expected|targeted|scheduled|slated|skedded|dated|set|planted|parked|slotted|confirmed|"
    r"headed|staked|eyed)\b"
)

#: a sum in any currency: "$ 20m", "¥ 5 billion", "₹ 32 crore", "2.1 billion yen"
MONEY = (
    r"(?:(?:\$|£|€|¥|₹) \d+(?:\.\d+)?(?:[kmb]|mn|bn)?(?: (?:million|billion|thousand|crore|"
    r"lakh))?|\d+(?:\.\d+)? (?:million |billion |thousand )?(?:yen|crore|lakh|rupees|yuan)\b)"
)
#: "a $71M Fourth of July opening", "its $12M July debut": a sum before the date of a
#: result's noun; the opening is past, the date no coming one
FIGURE_BEFORE_DATE = re.compile(
    rf"{MONEY}(?: plus)? (?:(?:[3-5]|three|four|five) day )?(?:fourth of |4th of )?\Z"
)
BO_WORDS = (
    r"box office|b o|opening|debut|weekend|gross(?:es|ed|ing)?|cume|worldwide|ww|global(?:ly)?|"
    r"domestic(?:ally)?|international(?:ly)?|overseas|admissions|per screen|psa|ticket sales|tally|"
    r"takings|"
    r"haul|frame|previews|theaters|screens|locations|"
    # a holiday's run: "$38.2M over the 4-day", "a $74M 5-day"
    r"(?:[3-5]|three|four|five) day"
)
BO_VERBS = (
    r"cross(?:es|ed)|surpass(?:es|ed)|tops?|topped|pass(?:es|ed)|hits?|nears?|neared|reach(?:es|"
    r"ed)|"
    # not "bank": "My bank charged me $140"
    r"scores?|scored|posts?|posted|banks|banked|earns?|earned|collects?|collected|grosses|grossed|"
    r"takes in|took in|pulls? in|pulled in|brought in|brings in|rakes?|raked|notch(?:es|ed)|adds?|"
    r"added|"
    r"generat(?:es|ed)|opens? to|opened to|debuts? (?:to|with)|debuted (?:to|with)|leads?|led"
)
NOT_BO = re.compile(
    r"\b(?:salary|paycheck|paid|pay|budget|bidding|acquir\w*|bought|buys?|purchase\w*|lawsuit|"
    r"settle\w*|"
    r"fined?|donat\w*|rais(?:e|ed|es|ing)|funding|valuation|net worth|stock|shares|deal|contract|"
    r"fee|bet|"
    r"costs?|rights|lose|loss|losses|spent|spend|spending)\b"
)
BO_RESULT = (
    r"no \d{1,2}|number one|number \d{1,2}|top spot|first place|second place|third place|"
    r"places? (?:first|second|third)|"
    r"crown|record|opening|debut|wins?|won|leads?|led|tops?|topped|rules?|ruled|dominates?|"
    r"dominated|"
    r"dominant|stays?|stayed|holds?|held|maintains?|maintained|retains?|retained|flops?|flopped|"
    r"bombs?|"
    r"bombed|fails?|failed|"
    r"disappoints?|stumbles?|stumbled|falls? short|fell short|soars?|soared|chases|knocks? out|"
    r"knocked out|"
    r"surges?|climbs?|slides?|sophomore|secures?|secured|captures?|captured|"
    r"snags?|"
    r"snagged|reign|expansion|expands?|expanded|(?:two|three|four|five) peats?|threepeats?|"
    r"repeats?|drops?|dropped|dips?|dipped|slips?|slipped|declines?|declined|plunges?|plunged|"
    # a contest won: "edges a rival at the box office", "holds off rivals"
    r"edges|edged|beats|bests|bested|outpaces|outpaced|photo finish|holds off|held off|"
    r"fends off|fended off"
)


def _at_word_start(forms: list[str]) -> str:
    """Alternatives that each start ``\\b``, written with that one test before them all.

    The same pattern (``\\b(?:A|B)`` is ``\\bA|\\bB``), but :mod:`re` tries the
    alternatives only where a word starts or ends, instead of entering each of them at
    every character: several times faster for a long list.
    """
    if not all(f.startswith(r"\b") for f in forms):
        raise ValueError("every form must start at a word boundary")
    return r"\b(?:" + "|".join(f.removeprefix(r"\b") for f in forms) + ")"


#: the words of a review score: "Rotten Tomatoes rating", "approval rating", "critics' rating"
_REVIEW_WORDS = "tomatoes approval critic critics review reviews fresh tomatometer metacritic imdb"
_REVIEW_SCORE = rf"(?:{'|'.join(_REVIEW_WORDS.split())})"
_NOT_AFTER_REVIEW = "".join(f"(?<!{w} )" for w in _REVIEW_WORDS.split())
#: an episode's or season's number, in digits or words ("episode one", "season three")
_EPISODE_NO = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
#: an episode's number right before a promo ("Episode 4 Official Promo", "S03E04 Sneak Peek"):
#: that episode's promo, not the season's trailer
EPISODE_BEFORE = re.compile(rf"\b(?:episode {_EPISODE_NO}|s\d+ ?e\d+|\d{{1,2}}x [0-2]?\d) \Z")
EPISODE_PROMO = re.compile(r"\b(?:promo|sneak peeks?)\Z")
#: the first episode, then a look ahead at it: "episode 1 promo", "E01 sneak peek"
_FIRST_EPISODE_AHEAD = (
    r"(?:0?1|one) (?:official |extended |new )?(?:promo|preview|sneak peek|teaser|trailer)\b"
)
RELEASED = re.compile(
    rf"(?<![\w$]){MONEY}\b(?=.*\b(?:{BO_WORDS})\b)|"
    # a day's gross: "Stays Afloat With $9.4M Monday"
    rf"(?<![\w$]){MONEY}\b (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"\b(?! (?:opening|release|premiere|debut|launch)\b)|"
    + _at_word_start(
        [
            rf"\b(?:{BO_WORDS}|{BO_VERBS})\b.*?(?<![\w$]){MONEY}\b",
            r"\b(?:biggest|big|bigger|record|record breaking|best|solid|strong|soft|softer|weak|"
            r"weaker|"
            r"underwhelming|disappointing|stellar|massive|huge|top|franchise (?:low|"
            r"high|record|best|worst)|"
            r"\d+ day|year biggest|muted|modest|healthy|robust|mammoth|blockbuster|global|"
            r"worldwide|ww|domestic|"
            r"international) (?:limited )?(?:opening|debut)\b(?! night| film| feature| novel|"
            r" album| episode| season)",
            r"\bopening (?:weekend|day|week|frame|sum|record|gross|numbers)\b",
            r"\b(?:opens|opened|debuts|debuted) (?:to|with|at) (?:no|number|\$|\d|the top|first|"
            r"second|a record)\b",
            # a count, not a title's number ("'X 2' streams on Netflix from Oct. 16")
            # (not a year: "in theaters in 2027 before it streams on Prime Video", "on Jan. 26,
            # 2035, before it streams")
            r"\b(?:\d+(?:\.\d+)?(?:[mkb]| million| billion| thousand)|"
            r"(?!(?<=in |by )(?:19|20)\d\d\b)(?!(?:19|20)\d\d (?:before|after|until|once|when)\b)"
            r"\d{3,}) (?:[a-z]+ ){0,2}?"
            r"(?:views|"
            r"viewers|hours viewed|minutes watched|streams|households|admissions|"
            r"footfalls|tickets sold(?! (?:\w+ ){0,3}?(?:ahead of|before|in advance)\b))\b",
            # an aired premiere's draw: "Season 2 Premiere Week Drives Apple TV+ Sign-Ups"
            # (a season's or a series' premiere: not "Venice Premiere Draws Star-Studded Audience")
            r"\b(?:(?:season \w+|\w+ season|series) premiere (?:week |weekend |night |episode )?"
            r"(?:drives|drove|draws|drew|lifts|lifted|boosts|boosted|sparks|sparked|fuels|"
            r"fueled|spikes|spiked) (?:\w+ ){0,3}?(?:sign ups|signups|subscribers?|"
            r"subscriptions|viewers|viewership|ratings|audiences?)|"
            r"premiere (?:week|weekend|night) (?:drives|drove|draws|drew|lifts|lifted|boosts|"
            r"boosted|sparks|sparked|fuels|fueled|spikes|spiked) (?:\w+ ){0,3}?"
            r"(?:sign ups|signups|subscribers?|subscriptions|viewers|viewership))\b",
            # cinema admissions as charts count them: "sold 1.1 million tickets"
            r"\b(?:sold|sells|selling) (?:over |more than |nearly |almost )?\d+(?:\.\d+)?"
            r"(?:[mk]| million| thousand)? tickets\b(?! (?:\w+ ){0,3}?(?:ahead of|before|in "
            r"advance|in presales?|in pre sales|for (?:its|the) (?:\w+ ){0,2}?(?:opening|"
            r"release|premiere|debut))\b)",
            # TV ratings as a share: "ratings above 6 percent", "a 7.2 percent rating"; not
            # a review score ("a Rotten Tomatoes rating of 100 percent", "96 percent approval
            # rating")
            rf"\b{_NOT_AFTER_REVIEW}(?:ratings?|viewership|audience share) (?:of|above|over|"
            r"near|around|topping|passing|at|hit|hits|reach(?:es|ed)?|tops?|topped|"
            r"surpass(?:es|ed)?) (?:\w+ )?\d+(?:\.\d+)? percent\b(?! (?:approval|fresh|positive|"
            r"critics?|reviews?|tomatometer|score)\b)|"
            rf"\b\d+(?:\.\d+)? percent (?:(?!{_REVIEW_SCORE}\b)\w+ )?(?:ratings?|viewership|"
            r"audience share)\b",
            # a review column of what is out: "Stream It Or Skip It: 'X' on Netflix"
            r"\bstream it or skip it\b",
            # a verdict on a run under way: "X Is A Box Office Knockout", "Is In Serious
            # Trouble At The Box Office", "a New Low for Y at the Box Office"
            r"\b(?:box office (?:hit|flop|bomb|failure|success|smash|knockout|disappointment|"
            r"dud|juggernaut|misfire|sensation|triumph)(?! ?s\b)|(?:hit|flop|bomb|failure|success|"
            r"smash|knockout|disappointment|dud|trouble|new low|new high|misfire|sensation|"
            r"bombed|flopped|tanked|soared|stumbled|struggled|struggling|stumbling) at the box "
            r"office)\b",
            # a season's ratings, which only an aired season has: "X: Season Four Ratings"
            rf"\bseason {_EPISODE_NO} ratings\b(?! (?:expectations|preview|predictions?|guide|"
            r"forecast|outlook)\b)",
            # an airing that won its night: "Season 2 Premiere Wins Sunday", "Finale Tops
            # Tuesday Cable Ratings"
            r"\b(?:premiere|finale|opener|debut) (?:wins|won|tops|topped|leads|led|dominates|"
            r"dominated|rules|ruled|takes|took) (?:\w+ )?(?:monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday)\b",
            # a review of the episode that aired: "in Monday night's opener" (not "ahead of
            # Sunday night's premiere", "this Sunday night's finale")
            # (nor a red carpet's: "hit the red carpet at Monday night's premiere")
            r"\b(?<!ahead of )(?<!before )(?<!until )(?<!this )(?<!catch )(?<!carpet at )"
            r"(?<!attended )(?<!arrived at )(?<!celebrates at )(?:monday|tuesday|"
            r"wednesday|thursday|friday|saturday|sunday|last|yesterday) night (?:season )?"
            r"(?:opener|premiere|finale)\b",
            # a week-on-week change: "drops 64%", "dips 40 percent in its second frame"
            r"\b(?:drops?|dropped|falls?|fell|dips?|dipped|slides?|slid|declines?|declined|"
            r"plunges?|plunged|plummets?|plummeted|tumbles?|tumbled|sinks?|sank|eases?|eased|"
            r"slips?|slipped) (?:just |only |a mere |an? )?\d+(?:\.\d+)? percent\b",
            # a later weekend or a fall in the ranking: "tumbles in its second weekend"
            r"\b(?:in|its|a|for|for a|for its|their) (?:second|third|fourth|fifth|sixth|"
            r"sophomore) (?:weekend|frame|week)\b",
            # an audience counted: "was watched by 7.4 million people"
            r"\b(?:watched|seen|viewed|streamed) by (?:over |more than |nearly |almost )?"
            r"\d+(?:\.\d+)?(?:(?:[mk]| million| thousand)(?: (?:people|viewers|households|"
            r"accounts))?| (?:people|viewers|households|accounts))\b",
            r"\b(?:falls?|fell|slips?|slipped|drops?|dropped|slides?|slid|climbs?|climbed|rises?|"
            r"rose|dips?|dipped|sinks?|sank|tumbles?|tumbled) to (?:no \d+|number \w+|"
            r"(?:first|second|third|fourth|fifth|sixth)(?: place)?)\b",
            # a specialty result: "Posts Year's Best Per-Screen Average"
            r"\b(?:best|record|strong|strongest|top|biggest|highest|solid|impressive|robust) "
            r"per screen averages?\b",
            # a gross a verb reaches: "Rockets To $112M", "soars past $300 million"
            rf"\b(?!(?:heads|headed|tracks|tracked|trends|trending|paces|looks|projects|"
            rf"projected|aims|needs|hopes|expects|expected|wants) )\w+(?:s|ed) (?:to|past) "
            rf"{MONEY}\b(?=.*\b(?:{BO_WORDS}|start|franchise|best|biggest|record)\b)",
            # a chart's top: "storms to No. 1", "moves into the No. 1 spot"
            r"\b\w+(?:s|ed) (?:straight |right )?(?:in)?to (?:the )?(?:no|number) (?:1|one)\b",
            # ratings and charts: "drew its biggest audience yet", "tops Hulu charts"
            r"\b(?:biggest|largest|record|best|strongest|widest|series high|season high|"
            r"record high|all time high) (?:\w+ ){0,2}(?:audiences?|viewership|ratings)\b",
            # a record its weekend set: "sets Memorial Day weekend record"
            r"\b(?:sets?|setting|breaks?|broke|shatters?|shattered) (?:a |the |new )?(?:\w+ ){0,3}?"
            r"(?:weekend|opening|box office|debut|opening day|streaming|viewership) records?\b",
            # charts: "Tops Crunchyroll's Summer Rankings", "2.1 Billion Minutes", "is No. 1 in
            # 83 countries"
            r"\btops? (?:\w+ ){0,3}(?:rankings|charts?)\b",
            r"\b\d+(?:\.\d+)?(?: ?b| billion| ?m| million) minutes\b",
            r"\b(?:is|was|ranks?|ranked|sits?|sat|remains?|stays?) (?:at )?(?:no|number) "
            r"(?:\d{1,2}|one)\b(?= (?:in|on|at|across)\b)",
            # "All 8 episodes of X are on Netflix now", "is now on Hulu"
            rf"\b(?:is|are) (?:now (?:streaming )?on {PLATFORM}|(?:streaming )?on {PLATFORM} "
            r"now)\b",
            # "one of the best films on the service right now": there to watch
            rf"\bon (?:the service|the streamer|the platform|{PLATFORM}) right now\b",
            # "is now Netflix's #1 show worldwide"
            rf"\bis now (?:{PLATFORM} )?(?:s )?(?:no |number )?(?:1|one) (?:show|series|movie|"
            r"film|title)\b",
            # TV ratings of what aired: "Season 3 Premiere Ratings Up 12%", "ratings dipped"
            r"\b(?:premiere|finale|episode|season) ratings\b|\bratings (?:are |were )?(?:up|down|"
            r"rose|jumped|climbed|dipped|fell|grew|surged|soared|slipped)\b",
            # a post-mortem of what aired: "star breaks down that ending / the finale twist";
            # not a promo's scene ("breaks down the opening scene in a new featurette", "the
            # trailer's final scene")
            r"\b(?:breaks?|broke|breaking) down (?!.*\b(?:featurettes?|trailers?|teasers?|clips?|"
            r"promos?|sneak peeks?|first look|behind the scenes)\b)"
            r"(?:that|the|this|its) (?:\w+ ){0,5}?(?:ending|"
            r"finale|cliffhanger|twist|death|scene|sequence|premiere|episode)\b",
            r"\b(?:tops?|topped|atop|leads?|led|rules?|ruled|dominates?|dominated|climbs?|"
            r"climbed)(?: \w+){0,5} charts?\b",
            # a run that goes on: "screenings extended through September"
            r"\b(?:screenings?|showings?|shows|run|engagement)(?: (?!an\b|a\b)\w+){0,2}? "
            r"(?:extended|extends?|expanded)\b(?!(?: \w+){0,4} (?:sequence|scene|cut|look|clip|"
            r"version|preview|footage|trailer|edition)s?\b)|"
            r"\bextends? (?:its |the )?(?:\w+ ){0,3}?(?:run|engagement|screenings|"
            r"showings)\b",
            r"\b(?:viewership|hours viewed|minutes watched|most (?:watched|viewed|streamed)|"
            r"streaming (?:records?|weeks?|charts?)|nielsen)\b",
            # "Top 10 Upcoming Movies", "Top 10 Best Scenes": a list, not a chart; nor a
            # critics' list: "the group's top 10 also included", "year-end top ten"
            r"\b(?<!group )(?<!groups )(?<!critics )(?<!critic )(?<!board )(?<!society )"
            r"(?<!association )(?<!circle )(?<!jury )(?<!year end )(?<!decade )(?<!his )"
            r"(?<!her )(?<!my )(?<!our )(?<!afi )"
            r"top (?:10|ten)\b(?! of (?:the )?(?:year|decade|20\d\d)\b)"
            r"(?! (?:\w+ ){0,2}(?:upcoming|anticipated|best|worst|greatest|"
            r"movies|films|shows|series|moments|scenes|things|reasons|characters|trailers|"
            r"villains|heroes)\b)",
            r"\b(?:biggest|top|most watched|most popular|best|largest) (?:\w+ ){0,4}of all time\b",
            r"\b(?:now streaming|streaming now|streaming right now|now available|available now|"
            r"available right now|out now|out right now|now out|"
            r"now in theaters|now in theatres|"
            r"now in cinemas|in theaters now|now playing|now showing|has arrived|have arrived|"
            # not an acquisition: "has landed her next starring vehicle", "has landed a deal"
            # "has landed on Netflix" (not "has landed her next role", "that Apple has landed")
            r"has landed(?= (?:on|in|at)\b)|"
            r"is available (?:to stream|on)|available to (?:stream|watch|rent|buy))\b",
            r"\b(?:opens|opened|debuts|debuted|hits theaters|arrives|arrived|"
            r"in theaters) this (?:weekend|week)\b",
            r"\b(?:following|after|since) (?:the|its) release\b",
            # an item that explains the ending is about a work that is out (as the dev set
            # labels "Is X worth watching? ... X Ending Explained")
            r"\b(?:ending|finale|twist|episode \d+|(?:post|after|mid) credits? scenes?) "
            r"explained\b|"
            rf"\b(?:premiere|finale|episode|episode {_EPISODE_NO}|\d{{1,2}}x [0-2]?\d|"
            # "Episodes 1-3 Recap"
            rf"episodes {_EPISODE_NO} (?:and |to |through )?{_EPISODE_NO}) recap\b|"
            rf"\brecap season {_EPISODE_NO} episode {_EPISODE_NO}\b|"
            # not a look ahead at the first episode ("Season 3 Episode 1 Promo"): none aired
            rf"\bseason {_EPISODE_NO} episode (?!{_FIRST_EPISODE_AHEAD}){_EPISODE_NO}\b|"
            rf"\bs\d+ ?e(?!{_FIRST_EPISODE_AHEAD})\d+\b",
            r"\b(?:after|in|since) the (?:\w+ ){0,4}?(?<!world )(?<!festival )(?<!gala )"
            r"(?<!red carpet )(?<!international )premiere\b(?! date| of)",
            r"\bkicked off (?:its |the |a )?(?:\d+(?:st|nd|rd|th)|first|second|"
            r"third|fourth|fifth|sixth|new|final) season\b|"
            r"\b(?:kicks|kick) off (?:its |the |a )?(?:\d+(?:st|nd|rd|th)|first|second|"
            r"third|fourth|fifth|sixth|new|final) season\b"
            # (not a day still ahead: "kicks off its fourth season (on) Tuesday, Oct. 6")
            r"(?!(?: \w+){0,2}? (?:(?:on|in) may\b|may \d|(?:on |in )?(?:monday|tuesday|"
            r"wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|"
            r"sun|january|february|march|april|june|july|"
            r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
            r"nov|dec)\b))",
            r"\b(?:opens|opened) season \d+\b",
            rf"\b(?:returned|premiered|debuted|dropped|launched|arrived|landed) (?:on )?"
            rf"(?:{PLATFORM}|{VENUE}) (?:last|on|this past|yesterday|earlier)\b",
            # "hit" is present too: "episodes hit Max on June 24" is a day ahead
            rf"\bhit (?:on )?(?:{PLATFORM}|{VENUE}) (?:last|this past|yesterday|earlier)\b",
            r"\bwith (?:the|its) (?:season \d+ )?premiere of (?:its |the )?(?:season \d+|"
            r"\w+ season)\b",
            rf"\b(?:is|are|has been|have been|was|were) (?:now )?(?:added|available) (?:to|"
            rf"on) (?:the )?{PLATFORM}\b",
            # "the season is now on Netflix", "are now streaming on Hulu"
            rf"\b(?:is|are) now (?:streaming |playing )?on {PLATFORM}\b",
        ]
    )
)
#: Words (or a digit) one of which every RELEASED phrasing holds: a clause without any
#: needs no search for them.
RELEASED_MARK = re.compile(
    r"\d|open|debut|week|frame|number|place|audience|view|rating|down|chart|exten|expanded|"
    r"watched|stream|nielsen|top|all time|now|arrived|landed|available|release|explained|recap|"
    r"premiere|season|return|dropped|launch|hit|added|night|screen|third|second|fourth|fifth|"
    r"record|rank|box office"
)
#: tickets sold ahead: "opening weekend sells out", "presales", "advance ticket sales"
#: money from tickets sold ahead is no result either: "advance sales top $40M"
_ADVANCE = r"presales?|pre sales|advance (?:ticket )?sales|advance bookings?|pre bookings?"
ADVANCE_SALES = re.compile(rf"\b(?:{_ADVANCE})\b")
PRESALE = re.compile(
    rf"\b(?:sells? out|sold out|selling out|{_ADVANCE}|advance tickets?|"
    r"tickets? (?:go|goes|went) on sale|on sale now|pre ?orders?)\b"
)
BOX_OFFICE = re.compile(r"\b(?:box office|b o)\b")
BO_RESULT_RE = re.compile(rf"\b(?:{BO_RESULT})\b")
STREAMING_RESULT = re.compile(
    r"\b(?:views|viewed|viewers|viewership|watched|nielsen|top|all time|streaming|hours)\b"
)
IS_HERE = re.compile(
    r"(?: (?:season|series|part) \w+)?(?: (?:volume|vol|part) \w+)? (?:is|are) (?:finally |now )?"
    r"(?:here|out)\b(?! as| of)|"
    # "X season 2 out on Prime Video": out now, unless a day follows ("out on Netflix Friday")
    rf"(?: (?:season|series|part) \w+)? (?:is |are )?(?:finally |now )?out (?:now )?on "
    rf"{PLATFORM}\b(?! (?:on|this|next|from|in|starting|at|\w+day)\b)"
)
#: "X is in theaters" ending its clause, or "X is in theaters now/today": it is out
IN_VENUE = re.compile(
    rf" (?:is|are) (?:finally |now )?(?:in|playing in|showing in) {VENUE}(?P<now> now| today)?\b"
)
PAST_RELEASE = re.compile(
    # (a season's number between: "The Bear Season 3 Premiered Earlier Than Expected")
    r"(?: (?:season|series|part) \w+| \w+)?? (?P<verb>opened|debuted|premiered|returned|launched|"
    r"arrived|bowed|was released|"
    r"were released|"
    r"hit theaters|hit cinemas|dropped on|landed on|flops|flopped|bombs|bombed|tanks|tanked|"
    r"underperforms|"
    r"underperformed)"
    r"\b(?! (?:a|an|the|its|their|his|her|first|new|official|teaser|trailer)\b)"
    # (a plural noun, with its verb after it: "Hot Cocoa Bombs Are Back")
    r"(?! (?:are|were|have|aren t|weren t)\b)"
)
#: "'X' Hits Theaters", "as X opens", "X Sails Into Theaters on ...": a headline's present
#: release with no date after it (source text after it: a clause's end or a comma)
PRESENT_RELEASE = re.compile(
    rf" (?:finally |officially |now )?(?:(?:hits|arrives in|opens in|debuts in|lands in|bows in)"
    rf" {VENUE}|\w+s into {VENUE}|opens|debuts|bows)\b"
)
PRESENT_RELEASE_END = re.compile(r"\s*(?:[,;:|–—]|-\s|$)|\s+(?:on|with|amid|as|and|to)\s+\D")
FESTIVAL_AFTER = re.compile(
    rf"(?: \w+){{0,4}} {FESTIVAL}\b|"
    # "premiered in competition": only festivals hold competitions
    r" in (?:the )?(?:main |official )?competition\b(?! with\b)"
)

#: "the Cannes competition title": a film described by its festival past, not an announcement
FILM_WORD = (
    r"(?:title|film|movie|entry|drama|comedy|thriller|documentary|doc|hit|winner|favorite|darling|"
    r"contender|breakout|prizewinner|standout)s?\b"
)
#: verbs of a screening's reception (folded): "earns (an ovation)", "drew", "landed"
RECEIVES = (
    r"(?:earns?|earned|gets?|got|receives?|received|draws?|drew|scores?|scored|lands?|landed)"
)
PREMIERE = re.compile(
    r"\b(?:(?:world|international|north american|u s|us|uk|european|global|la|los angeles|new york|"
    r"london|"
    r"paris|tokyo|hollywood|festival|gala|red carpet|special|fan|star studded|theatrical|official|"
    r"hometown|exclusive|vip|press|charity|competition|midnight) premiere(?:s|d)?"
    r"(?! date| recap| episode)|"
    # a feed's cut or a typo: "which will have its world premier..."
    r"world premier(?= *(?:\.\.\.|…|$| at | in | on ))|"
    r"premiere (?:screening|event|"
    r"party|gala)|"
    # not "red-carpet debuts" of couples, "red carpet looks"
    # a person on it: "Anjali Varghese walks the red carpet" (at Cannes, for no film)
    r"(?<!walks the )(?<!walked the )(?<!walking the )(?<!walk the )(?<!graces the )"
    r"(?<!graced the )(?<!stuns on the )(?<!stunned on the )"
    # (an awards show's: "Golden Globes Red Carpet Photos", "Oscars Red Carpet Preview")
    r"(?<!globes )(?<!globe )(?<!oscars )(?<!oscar )(?<!emmys )(?<!emmy )(?<!awards )"
    r"(?<!baftas )(?<!bafta )(?<!grammys )(?<!met gala )(?<!sag )"
    r"red carpet(?! (?:debuts?|appearances?|looks?|moments?|outfits?|fashion|style|dresses|"
    r"gowns|rules|romances?|couples?))|"
    r"reactions from (?:the )?(?:world |festival |gala )?premiere|"
    r"at (?:the|its|their) premiere|"
    r"at premiere\b(?! (?:date|dates|timing|time|times|window|rumou?rs?|plans?)\b)|"
    r"(?:at|for|to|from) the premiere of|"
    r"(?:hosts?|hosting|hosted|holds?|holding|stages?|staging|staged) (?:the|its|a|their) "
    r"(?:\w+ ){0,2}?premiere\b(?! date)|"
    rf"premiere (?:is |was )?(?:set|planned|scheduled|slated) (?:for|in|at) (?:the )?{CITY}|"
    rf"{FESTIVAL} (?:opening night |closing night )?(?:world |international |north american )?"
    r"premieres?(?! date)|"
    rf"(?:(?:to |will |set to )?(?:open|opens|opened|"
    rf"(?<!cards )(?<!things )(?<!it )(?:close|closes)|"
    rf"kicks off|kicked off|"
    rf"(?:(?<=to )|(?<=will ))kick off|"
    # not a film the festival describes: "will open X's Sundance Audience Award winner Y"
    # (nor a deal closed at one: "Closes Major Territories on Venice Title")
    rf"closed) (?:the )?(?:(?!(?:deals?|sales?|territories|rights|pacts?|talks|buyers?|"
    rf"acquisitions?|distribution|offices?|doors?|shops?|stores?|"
    # (nor a festival's own start: "The Toronto festival kicks off Thursday, and with Venice")
    rf"and|with|while|as|but|after) )\w+ ){{0,3}}?"
    rf"(?!{TRADE_SHOWS}){FESTIVAL}(?! {FILM_WORD})"
    # (nor a film the festival describes: "Venice competition title", not "as surprise film")
    rf"(?!(?: (?!(?:as|with|and|then|to|in|on|at|for|festival|fest)\b)\w+){{1,3}} {FILM_WORD}"
    # (not the festival's own name: "Annecy International Animation Film Festival")
    rf"(?! festival| fest)))|"
    rf"(?:premieres?|premiered|premiering|debuts?|debuted|debuting|bows?|bowed|screens?|screened|"
    rf"screening|launch|launches|launched)"
    # "premiered out of competition on the Lido"
    rf"(?: (?:out of|in) (?:the )?(?:main |official )?competition)?"
    rf" (?:at|in|on) (?:the )?(?:\w+ ){{0,3}}?{FESTIVAL}|"
    rf"(?:opening|closing) (?:night )?(?:film|gala|selection)|"
    # "will open the sidebar": a festival's section ahead (a festival named in the headline)
    rf"(?:to |will |set to )(?:open|close|kick off) the (?:sidebar|section|strand)\b|"
    # "gets 9 minute standing ovation for X at Venice", "Gets Rousing Premiere"
    rf"(?:standing )?ovation(?: \w+){{0,6}}? (?:at|in) (?:the )?(?:\w+ ){{0,2}}?{FESTIVAL}|"
    # "Ines Marchal's A24 Drama Earns Nine-Minute Ovation": the film named by its kind
    rf"(?:drama|film|movie|thriller|comedy|documentary|doc|feature|pic|epic|horror|western|"
    rf"musical|biopic) {RECEIVES} (?:a |an )?(?:\w+ ){{0,3}}?(?:standing )?ovation|"
    rf"(?:gets?|got|receives?|received|enjoys?|enjoyed) (?:a |an )?(?:rousing|warm|rapturous|"
    rf"glitzy|star studded|starry|splashy|emotional|raucous) premiere\b|"
    rf"(?!{TRADE_SHOWS}){FESTIVAL}(?: \w+){{0,3}}? (?:kicks off|kicked off|opens|opened|closes|"
    rf"closed|(?:will|to) (?:open|close|kick off))(?: (?:on )?(?:monday|tuesday|wednesday|"
    rf"thursday|friday|saturday|sunday|today|"
    rf"tonight|tomorrow)(?: night)?)? with)\b"
)
#: Words one of which every premiere phrasing holds (PREMIERE, FESTIVAL_LINEUP,
#: FESTIVAL_TITLE, a bare "premiere"): a clause without any needs no search for them.
PREMIERE_MARK = re.compile(
    rf"premier|red carpet|opening|closing|ovation|sidebar|section|strand|{_FESTIVAL_NAMES}"
)
#: "Venice Lineup", "Cannes Selection": a festival's list; a premiere only for the titles
#: its own clause names ("Lineup: 'X' to Premiere"), not for titles a summary lists
FESTIVAL_LINEUP = re.compile(
    # not a trade show's: "Paramount's CinemaCon Slate" is the studio's films, shown to exhibitors
    rf"\b(?!{TRADE_SHOWS}){FESTIVAL}(?: \w+){{0,2}} (?:lineup|line up|selection|competition|"
    r"slate|selects?|"
    # not the people who run it: "The Annecy competition director says ..."
    rf"selected|picks?|picked)(?! {FILM_WORD})(?! (?:director|head|chief|jury|juror|programmer|"
    r"selector|committee|chair)s?\b)"
    # nor an event it held: "fresh off its Venice competition bow"
    r"(?! (?:bow|bows|premiere|premieres|debut|debuts|screening|screenings|run|win|prize|"
    r"award)\b)\b"
)
#: what a studio puts out before a film: it can "drop", "debut" or "open" without the film
PROMO = (
    r"trailers?|teasers?|footage|clips?|panel|first look|sneak peeks?|promos?|tickets|"
    r"presales?|(?:first|new|official|exclusive|video) preview|"
    r"pre sales|images|photos|stills|posters?|featurettes?|(?:new|first) look|reactions|"
    rf"reviews|(?:big game|super bowl|tv) spots?|{_SPOT_NOUN}|{_ADVANCE}|advance tickets?|"
    # "the two-minute spot, released Tuesday": the trailer was
    rf"(?:\d+|one|two|three|thirty|sixty|ninety) (?:second|minute) (?:spots?|clips?|videos?)"
)
PROMO_SUBJECT = re.compile(rf"\b(?:{PROMO})(?: \w+){{0,3}} \Z")
#: "Teaser Out Now", "first look now available": the promo right before is what is out
PROMO_RIGHT_BEFORE = re.compile(rf"\b(?:{PROMO}) \Z")
PROMO_WORD = re.compile(rf"\b(?:{PROMO})\b|\$")
#: "the first teaser for Laika's stop-motion X is here": the promo is what is here
PROMO_OF_BEFORE = re.compile(rf"\b(?:{PROMO}) (?:for|of|from) (?:\w+ ){{0,3}}\Z")
#: "its world premiere Tuesday", "the opening": a noun, not a release verb
NOUN_BEFORE = re.compile(
    r"\b(?:its|the|a|an|their|his|her|world|north american|international|european|festival|"
    r"gala|global|special|vip|press|charity) \Z|"
    # "well below the original opening"
    r"\b(?:its|the|their) (?:original|first|previous|last|earlier|prior) \Z"
)
#: "the Venice competition title", "A24's TIFF title": a film described by its festival
FESTIVAL_TITLE = re.compile(
    rf"\b(?P<festival>{FESTIVAL})(?: (?:\d{{4}}|competition|gala|official|main|midnight|"
    rf"special|presentation|slate|lineup))*? {FILM_WORD}(?! festival| fest)"
)
#: "among world premieres", "lead the world premieres": a lineup's list, not a held premiere
PREMIERE_LIST = re.compile(
    r"\b(?:world|international|north american|european|u s|us|uk|global|festival|gala) "
    r"premieres\b"
)
FESTIVAL_NAME = re.compile(rf"\b{FESTIVAL}\b")
#: "the premiere is set for New York on September 8": an event's date, not a release date
PREMIERE_NOUN_BEFORE = re.compile(r"\bpremiere (?:is |was |has been )?\Z")
EVENT_PLACE = re.compile(rf"(?: \w+){{0,2}}? (?:for|in|at) (?:the )?{CITY}\b")
#: "Venice world premiere date", "New York premiere date": an event's date, not a release date
EVENT_PREMIERE_DATE = re.compile(
    rf"\b(?:{FESTIVAL}|{CITY}|world|international|north american|european|global|gala|"
    r"red carpet) (?:world )?premiere dates?\b"
)
#: "will open on Sept. 24 with the world premiere of X": the day before is the premiere's
PREMIERE_AFTER_DATE = re.compile(r" with (?:the|its|a|an) (?:\w+ ){0,2}?premiere\b(?! date)")
#: a red-carpet or festival premiere as an event ("New York premiere", "premiere tour")
EVENT_PREMIERE = re.compile(
    rf"\b(?:(?:{FESTIVAL}|{CITY}|world|international|north american|european|global|gala|"
    r"red carpet|fan|special|vip|press|charity) premieres?|premiere (?:tour|screening|event|"
    r"party|gala))\b"
)
#: a place right after an event's date ("Aug. 12 in Portland"), source text: a capital name
PLACE_AFTER = re.compile(
    r",?\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Early|Late|Mid|Spring|"
    r"Summer|Fall|Autumn|Winter|Theaters|Theatres|Cinemas|IMAX|The|Its|Q\d)\b)[A-Z]"
    # (not a record's: "the most-watched comedy premiere in Peacock history")
    r"(?![\w&+'’-]*(?:\s+[A-Z][\w&+'’-]*){0,2}\s+(?i:history|'s history|’s history)\b)"
)
#: "'X' Premiere: Stars Arrive": a film's red-carpet report labelled by its title
PREMIERE_LABEL = re.compile(r"\s*(?:(?:[Rr]eactions?|[Pp]hotos|[Aa]rrivals)\s*)?[:|]")
#: "the final schedule concluded", "its second schedule in Hyderabad": a shooting schedule
SCHEDULE_NOUN_BEFORE = re.compile(
    r"\b(?:final|first|second|third|fourth|fifth|last|next|new|long|shooting|filming|"
    r"production|busy|hectic|marathon|overseas|international|\d+ day|its|the|a|full|"
    r"programming|panel|festival|release|tv|fall|spring|summer|winter|updated|their) \Z"
)
#: "premiere set for", "debut date": a release word used as a noun before a verb
#: verbs of starting: a release only with the title as their subject ("X begins on ITV1 on
#: Monday 6 April"; not "filming begins", "the festival begins Sept. 3")
START_VERB = re.compile(r"starts?|begins?|kicks? off")
NOUN_AFTER = re.compile(r" (?:is |was |has been )?(?:set|slated|scheduled|dated|date)\b")
#: "a photo from the X set", "on the X set": a film set, a place, before the title
SET_PLACE_BEFORE = re.compile(r"\b(?:from|on|onto|off|behind) (?:the )?\Z")
#: "reactions to X", "reviews of X": a title as the object of a preposition
OBJECT_BEFORE = re.compile(r"\b(?:to|of|for|about|on) \Z")
FESTIVAL_CONTEXT = re.compile(rf"\b(?:{FESTIVAL}|in competition|world premiere)\b")
PREMIERE_HELD = re.compile(
    r"\b(?:premiered|debuted|held|took place|screened|walked|attended|stepped out|"
    r"had (?:its|their|a|the)|"
    r"reactions from|at (?:the|its|their) (?:\w+ ){0,2}premiere|kicks off with|"
    r"kicked off with|"
    r"opened with|bowed|hit the red carpet|on the red carpet|(?:standing )?ovation|"
    r"applause|(?:warm|rapturous|rousing|mixed|divided) (?:reception|response)|"
    r"(?:glitzy|star studded|starry|splashy) premiere|"
    # a reception, which a premiere to come cannot have: "the film's rapturous world premiere"
    r"(?:rousing|warm|rapturous|emotional|raucous) (?:world |festival )?premiere|"
    # "After Its Warmly Received Cannes Premiere"
    r"(?:warmly|well|rapturously|enthusiastically|poorly) received (?:\w+ ){0,2}?premiere|"
    r"since (?:its|the|their))\b"
)
#: "a day after its world premiere": behind it, unless the festival or the sentence is ahead
#: ("will launch ... a week after its premiere at San Sebastian")
PREMIERE_AFTER_ITS = re.compile(
    r"\b(?:(?:a|one|two|three|\d+) (?:day|days|week|weeks|hours)|shortly|just|right|days|"
    r"hours|weeks) after (?:its|the|their)\b|"
    # "Following Saturday's world premiere in competition": a day's event gone by (right
    # before the premiere words)
    r"\b(?:following|after) (?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)(?: night| evening)?(?: s)? (?:\w+ )?\Z"
)

WRAPPED = re.compile(
    r"\b(?:(?:filming|production|shooting|principal photography|photography|shoot|cameras) (?:has |"
    r"have |officially |"
    r"finally |now )*(?:wraps?|wrapped|ended|ends|completed|concluded|finished|"
    r"(?:stop|stops|stopped) rolling)|"
    # "as the fantasy heads into post": the shoot is over
    r"(?:heads?|headed|heading|moves?|moved|moving|goes|went|going) into post(?: production)?|"
    # "wraps Northern Ireland and Estonia shoot", "wraps its 60 day shoot"
    r"wrap(?:s|ped)? (?:its |the |a )?(?:[\w]+ ){0,4}?shoot\b|"
    r"wraps? (?:(?:season|series) \w+ |its \w+ season )?(?:filming|"
    r"production|shooting|principal photography)|wrapped (?:filming|production|shooting|"
    r"principal photography)|"
    r"(?:finish(?:es|ed)?|complet(?:es|ed)|ended|wrapped up|wraps up) (?:filming|shooting|"
    r"production|"
    r"principal photography)|"
    r"(?:that|it)(?: s)? a wrap|is a wrap|series wrap|(?:filming|production) wrap|"
    r"(?:filming|shooting|production) (?:of |on )?(?:\w+ ){1,8}?(?:has |have )?(?:wrapped|"
    r"finished|ended)|"
    # "Filming on X is done", "principal photography is complete"
    r"(?:filming|shooting|principal photography) (?:(?:of|on) (?:\w+ ){1,6}?)?(?:is|was) "
    r"(?:now |officially )?(?:done|complete|completed|over|finished))\b"
)
FILMING = re.compile(
    r"\b(?:(?:begins?|began|begun|starts?|started|commences?|commenced|kicks? off|kicked off|"
    r"resumes?|resumed|"
    r"gets? underway|got underway) (?:\w+ )?(?:filming|shooting|production|principal photography)|"
    r"(?:filming|"
    r"shooting|production|principal photography|cameras) (?:has |have |is |are |been |"
    r"officially |now |still )*(?:begun|began|"
    r"begins|started|starts|underway|under way|kicked off|kicks off|commenced|resumed|rolling|"
    r"rolled|in progress)|cameras roll|"
    # "seen on set of X in Budapest", "spotted on the set of X"
    r"(?:spotted|seen|photographed|pictured|snapped) (?:\w+ ){0,2}?on (?:the )?set of|"
    # "currently in Atlanta shooting X", "now in Malta filming the sequel"
    r"(?:now|currently|still) (?:in (?:\w+ ){1,3})?(?:filming|shooting)|"
    r"(?:is|are|now|currently) (?:in production|"
    r"in principal photography)|"
    r"first day of (?:filming|shooting|production)|(?:spotted|seen) (?:filming|shooting)|"
    r"(?:filming|shooting) (?:was |were )?spotted|(?:filming|shooting) now|"
    r"(?:filming|shooting|production) (?:continues|continued|continuing|goes on|is ongoing)|"
    # a shoot not over yet: "nearing the end of its shoot", "midway through filming"
    r"(?:nearing|near|approaching) the end of (?:its |the |their )?(?:\w+ )?(?:shoot|filming|"
    r"shooting|principal photography)|(?:halfway|midway) through (?:its |the )?(?:shoot|filming|"
    r"shooting|production)|"
    r"(?:begins?|began|starts?|started|kicks? off|kicked off) (?:\w+ )?shoots?|"
    r"set (?:photos?|pics?|pictures?|images?|videos?|footage)|"
    r"(?:image|images|photo|photos|pictures?|update|video|footage) from (?:the )?"
    # (not where or when a story is set: shoots.py checks STORY_BEFORE, STORY_SETTING_AFTER)
    r"(?:\w+ ){0,6}?set\b(?! (?:for|to|of|a|an|the|date|\d))|"
    r"on set (?:photos?|images?|video))\b"
)
#: Words one of which every shoot phrasing holds (WRAPPED, FILMING, FILMING_THROUGH): a
#: clause without any needs no search for them.
PRODUCTION_MARK = re.compile(r"film|shoot|production|photography|cameras|wrap|set|into post")
#: "'X' Season 4 Wraps; ...", "'X' Wraps as ...": a title that wraps, ending its clause
WRAPS_AFTER = re.compile(
    r"(?: (?:season|series) \w+)? (?:has |officially |finally )?(?:wraps|wrapped)"
    r"(?= as | with |\Z)|"
    # "'Halberd' Wraps In Budapest;", "Wraps in the U.K. After 62 Days": where it shot,
    # ending its clause (not "wraps in two weeks", "wraps in May": shoots.py checks the
    # place holds no time word)
    r"(?: (?:season|series) \w+)? (?:has |officially |finally )?(?:wraps|wrapped) in "
    r"(?:the )?(?P<place>(?:\w+ ){0,2}?\w+)(?= after \d+ days?\b|\Z)|"
    # "'Cantor Hill' Wraps Season Three": the title's own season
    r" (?:has |officially |finally )?(?:wraps|wrapped) (?:season|series) \w+"
    r"(?= and | as | with |\Z)"
)
#: "Neon wraps X": a company wrapping the title it names
WRAPS_BEFORE = re.compile(r"\b(?:wraps|wrapped) \Z")
#: "will film in Vancouver through August": a shoot under way until a date, not a plan
FILMING_THROUGH = re.compile(
    # (the verb, not the noun: "slotting the ... film into the Thanksgiving corridor")
    r"\b(?:(?:will|to|would|then|and) (?:film|shoot)|films|filming|shoots|shooting) "
    r"(?:in (?:\w+ ){1,2})?(?:through|until|into) \w"
)
PRE_POST = re.compile(r"\b(?:pre|post)\s\Z")

#: a record of a film's music, or its game: charts it tops are not the film's
_RECORD = r"(?:soundtracks?|albums?|singles?|songs?|score|video games?|vinyl|cast recording)"
#: the earlier work a new one follows, before its title (folded, a pattern's text):
#: "(Y, Marisa Cole's) follow up to (X)"
EARLIER_WORK = (
    r"\b(?:follow up|followup|sequel|prequel|successor|companion piece) to (?:the )?"
    r"(?:\w+ s )?"
)
PASSING_BEFORE = re.compile(
    r"(?:\b(?:star|stars|creator|creators|director|producer|producers|writer|writers|showrunner|"
    r"alum|alums|"
    r"veteran|maker|makers|actor|actress|composer|author|co star|cast) of (?:the )?"
    # "director of HBO's upcoming limited series X"
    r"(?:\w+ s )?(?:(?:upcoming|new|hit|acclaimed|recent|forthcoming|limited|breakout|"
    r"animated|original) )*(?:(?:series|film|movie|show|drama|comedy|thriller|docuseries|"
    r"documentary|miniseries|feature|sitcom) )?|"
    # "who directed all six episodes of X": a credit
    r"\b(?:directed|wrote|written|helmed|co wrote|co directed) (?:all |every |the )?(?:\w+ )?"
    r"(?:episodes?|installments?) of (?:the )?(?:\w+ s )?|"
    r"\b(?:like|such as|including|from|alongside|than|versus|vs|after|before|unlike|"
    r"plus|fresh off|coming off) (?:the )?|"
    # "Y, Marisa Cole's follow-up to X, which premieres May 4": the earlier work
    rf"{EARLIER_WORK}(?:(?:hit|acclaimed|breakout|original|cult) )?"
    r"(?:(?:film|movie|series|show) )?|"
    # "drawing comparisons to X", "in the vein of X": what another work is likened to
    r"\b(?:comparisons? (?:to|with)|compared to|in the vein of|in the mold of|reminiscent of|"
    r"shades of|echoes of) (?:the )?(?:\w+ (?:s )?)?|"
    # "fresh off the second season of Prime Video's X": a credit
    r"\b(?:fresh off|coming off) (?:\w+ ){0,6}?|"
    # "the title track of Yash Raj Films' X": the song is what the clause is about
    r"\b(?:title track|theme song|song|single|soundtrack|album|score|music video|novel|"
    r"video game) (?:of|from) (?:the )?(?:\w+ ){0,3}|"
    # "as studios steer clear of X", "opposite X", "to avoid X": a rival named, not dated
    r"\b(?:clear of|avoid|avoids|avoiding|dodge|dodges|dodging|away from|opposite|"
    r"counterprogramming|up against) (?:the |its )?|"
    # "the label behind the upcoming X", "the team behind X": X is the reference point
    r"\b(?:behind|responsible for) (?:the |its |their )?(?:\w+ ){0,2}?(?:upcoming |recent |"
    r"new |hit |acclaimed )?|"
    # "the teaser, attached to Sony's X": the film the teaser plays in front of
    r"\b(?:attached to|in front of|before screenings of|ahead of screenings of) (?:the )?"
    r"(?:\w+ )?|"
    r"\bwhose(?: \w+){0,4} |"
    # "Adding To A Roster With 'X'": the buyer's other films
    r"\b(?:roster|slate|library|lineup) (?:that includes|which includes|including|with|of) "
    r"(?:the )?|"
    r"\b(?:19|20)\d\d (?:film |movie |hit |series |show )?)\Z"
    # "the companion album for Studio's X", "the lead single from X": the film's record
    rf"|\b{_RECORD} (?:for|to|from|of) (?:the )?(?:\w+ )?\Z"
)
#: "X star Y": a credit of a person
CREDIT_AFTER = re.compile(
    # (not the cast as a group at the title's own event: "X Stars Hit the Blue Carpet")
    r" (?:star|stars(?! (?:hit|hits|walk|walked|attend|attended|celebrate|celebrated|arrive|"
    r"arrived|gather|gathered|reunite|reunited|pose|posed|turn out|turned out|step out|"
    r"stepped out|light up|lit up|dazzle|dazzled|shine|shone)\b)|"
    r"actor|actress|actors|director|creator|creators|co creator|showrunner|writer|"
    r"producer|cast member|alum|alums|breakout|composer|author|villain)\b"
)
#: "X director Y", "X showrunner Y": the title's maker, who speaks of it
MAKER_AFTER = re.compile(
    r" (?:director|directors|creator|creators|co creator|showrunner|showrunners|writer|writers|"
    r"screenwriter|screenwriters|filmmaker|filmmakers|writer director|star|stars|actor|"
    r"actress|lead)\b"
)
#: "X Star's New Series", "'X' Director's Next Movie", "X Writer Y's Thriller" (source text,
#: right after the title): a person of the title and that person's other work, the subject
#: of what follows
PERSON_WORK_AFTER = re.compile(
    r"[’'\"”]?\s+(?i:co-?stars?|stars?|actors?|actress|directors?|co-?creators?|creators?|"
    r"showrunners?|writers?|screenwriters?|filmmakers?|producers?|helmers?|authors?|composers?)"
    r"(?:\s+[A-Z][\w.-]*){0,3}[’']s?\s+(?:[‘“'\"](?=[A-Z])|(?:[\w-]+\s+){0,2}?(?i:films?|movies?|series|shows?|"
    r"thrillers?|dramas?|comedy|comedies|horror|features?|projects?|pics?|documentary|"
    r"documentaries|miniseries|musicals?|biopics?|sequels?|spinoffs?|spin-offs?|dramedy)\b)"
    # "'X' Star Juno Halvorsen Boards A24's 'Y'": the person's next job, not X
    r"|[’'\"”]?\s+(?i:co-?stars?|stars?|actors?|actress|directors?|co-?creators?|creators?|"
    r"showrunners?|writers?|screenwriters?|filmmakers?|producers?|helmers?)"
    r"(?:\s+[A-Z][\w.-]*){1,3}\s+(?i:boards|joins|signs on|signs|lands|books|to star|to direct|"
    r"to lead|to topline|set to star|set to direct|in talks|circling|eyes|tapped|cast)\b"
    r"(?:\s+(?:for|in|on))?\s+(?:[A-Z][\w.&+-]*[’']s?\s+)?[‘“'\"]"
)
#: "X Board Game Launches July 17", "X Season 3 Official Podcast Premieres": a work made
#: for the title (folded text, right after it), the subject of what follows
TIE_IN_AFTER = re.compile(
    r" (?:(?:season|series|part) \w+ |s\d+ )?(?:official |companion |new |movie |film |"
    r"themed |limited edition )?(?:video games?|"
    r"board games?|mobile games?|card games?|podcasts?|aftershows?|after shows?|"
    r"companion (?:books?|novels?)|novelizations?|tie in (?:novels?|books?|games?)|novels?|"
    r"books?|book series|title tracks?|theme songs?|songs?|singles?|soundtracks?|albums?|"
    r"building sets|lego sets|playsets?|plush(?:ies)?|plush collection|collectibles|"
    r"figures|figurines|funko pops?|apparel|sneakers|cookbooks?|"
    r"music videos?|toys?|"
    r"toy lines?|action figures?|comic books?|comics|merch|merchandise|audiobooks?|"
    r"art books?|the game|the video game|"
    # food and fast-food tie-ins: "Movie Doughnuts", "Happy Meal Toys", "cereal"
    r"doughnuts?|donuts?|cereals?|happy meals?|candy|cookies|ice cream|snacks?|drinks?|"
    r"(?:world |concert |arena |stadium )?tours?|"
    r"popcorn buckets?|cups?|costumes?|rides?|attractions?|"
    # a sale named after it: "Launches 'X' Early Access Sale", "'X' Rental Discount" (not
    # "'X' Sales Lead Digital Charts", "'X' Sale Sends Film to Netflix")
    r"(?:early access|flash|mega|holiday|black friday|cyber monday) sales?|"
    r"(?:\w+ )?discounts?|doorbusters?)\b"
)
#: "X Sequel Sets Sept. 18 Release", "X Spinoff Series Gets Date": another work drawn from
#: the title (folded text, right after it), the subject of what follows
#: a work derived from the title right before: "X Sequel", "X Spinoff", "X Remake" (a
#: remake keeps its title: for a production whose context words say "remake" or "reboot",
#: "'X' Remake" is that production)
DERIVATIVE_AFTER = re.compile(
    r" (?:(?:official |new |upcoming |planned )?(?:sequels?|prequels?|spinoffs?|spin offs?|"
    r"(?P<same>remakes?|reboots?)))\b"
)
#: "Y's next film", "a new thriller": a work other than the title named
NEW_WORK = re.compile(
    r"\b(?:next|new|upcoming|latest|another|forthcoming) (?:\w+ )?(?:film|movie|project|"
    r"series|show|feature|thriller|drama|comedy|horror|documentary|doc|pic)s?\b"
)
#: "X sequel", "X soundtrack": another work related to the title
PASSING_AFTER = re.compile(
    r" (?:song|songs|soundtrack|soundtracks|album|albums|franchise|universe|spinoff|spin off|"
    r"prequel|sequel|score(?! (?:big|huge|a|an|\d|record|top)\b)|"
    # "Draws 'X' Comparisons": X is what the other film is likened to
    r"comparisons?)\b"
)
#: "X soundtrack debuts at No. 2", "X's album tops the chart": the record is the subject
RECORD_AFTER = re.compile(
    r" (?:soundtrack|soundtracks|album|albums|lead single|cast recording|"
    # "X score tops the Billboard chart" (not the verb: "X Score Big", "Score $40M")
    r"score(?! (?:big|huge|a|an|\d|record|top)\b))\b"
)
#: "the album for Studio's X debuted at No. 7": the record is the subject, X its owner
RECORD_OF_BEFORE = re.compile(rf"\b{_RECORD} (?:for|to|from|of) (?:the )?(?:\w+ )?\Z")
REFERENCE_POINT = re.compile(
    r"\b(?:ahead of|before|in anticipation of|to celebrate|to promote|in time for|just in time for|"
    r"waits? on|waiting on|waits? for|awaits|awaiting)"
    r"(?: \w+){0,5} \Z"
)
DOUBT_LABEL = re.compile(
    r"(?:rumou?rs?|reports?|unconfirmed|speculation|theory|predictions?|could it be)\b"
)
#: a headline listing many titles ("40 Films We Can't Wait to See", "The Most Anticipated
#: Movies of Fall"): the entry has no single subject for a clause to refer back to
LIST_HEADLINE = re.compile(
    r"\b(?:\d+|ten|twenty|dozens of) (?:\w+ ){0,2}(?:films|movies|shows|series|titles|"
    r"documentaries|dramas|thrillers)\b|\bmost anticipated (?:\w+ )?(?:films|movies|shows|"
    r"series|titles)\b|"
    # "The Best Holiday Movies and Specials to Stream"
    r"\b(?:best|top|must see|must watch|essential) (?:\w+ ){0,3}(?:films|movies|shows|series|"
    r"specials|titles)\b|"
    # a platform's monthly listing, as the headline starts: "New on Hulu: April 2026",
    # "Leaving Paramount+ in March" (not "Natalie Portman Comedy Coming to Netflix July 17")
    rf"\A(?:what (?:is |s )?|everything )?(?:new (?:on|to)|leaving|coming to) {PLATFORM}\b"
)
#: a word that sets one clause against another: a cue on one side is not about a title
#: on the other ("the drama will premiere in Venice, while Y opened Karlovy Vary")
CONTRAST = re.compile(
    r"\b(?:while|whereas|but|although|though)\b|"
    # "will stream from March 15 as the studio readies X": a clause of its own
    r"\bas (?:the |its |their )?(?:studio|studios|network|streamer|company|distributor|label) "
    # "... Grazes To $48M As Paramount Readies 'X'": a company readying the next one
    r"|\bas (?:\w+ ){1,2}(?:readies|prepares|preps|gears up|lines up|eyes|plans|unveils)\b"
)
#: "Sets Fall Premiere Dates for A and B, Plus a First Look at X": X, after it, has the look
#: for its news (folded)
PLUS_A_LOOK = re.compile(
    r"\bplus (?:a |an |the )?(?:first look|first looks|look|new look|poster|photos?|details|"
    r"images|key art)\b"
)
CLAUSE_WORD = re.compile(r"\b(?:but|despite|while|though|although|whereas|when)\b")
#: a colon, or a comma before a question of its own ("X drops tomorrow, anyone else
#: rewatching?") (source text)
CLAUSE_MARK = re.compile(
    r"[:]|,(?=\s+(?:anyone|anybody|who|what|when|where|why|how|is|are|does|do|did|will|can|"
    r"should|could|would)\b[^,.;:]*\?)|"
    # a second verb of the subject, done: "will launch on March 19, and dropped a first teaser"
    # ("..., and has released a first teaser")
    r",(?=\s+and\s+(?:(?:has|have)\s+(?:also\s+)?)?(?:dropped|released|unveiled|shared|debuted|"
    r"revealed|launched|posted)\b)",
    re.I,
)
WHOSE = re.compile(r"\bwhose\b")
SUBORDINATE = re.compile(r"\b(?:as|while|whereas|though|although|but|after|before|ahead of)\b")
GENRE = (
    r"comedy|drama|thriller|horror|documentary|doc|musical|epic|adaptation|romance|satire|"
    r"blockbuster|tentpole|sequel|prequel|spinoff|animation|rom com|western|biopic"
)
#: ... after a kind of story: "The chamber drama, set on ..." (not "'X' Release Set in the Fall")
STORY_BEFORE = re.compile(rf"\b(?:{GENRE}|film|movie|series|show|story|tale|mystery|novel|play) \Z")
#: where a story is set, after "set": "set on a country estate", "set in 1980s Miami"
STORY_SETTING_AFTER = re.compile(
    r" (?:on|in|against|during|among|aboard|inside|outside|amid|amidst|over) "
    r"(?:a|an|the|one|\d{3}0s)\b"
    r"(?! (?:theaters|theatres|cinemas|date)\b)"
)
FILM_NOUN = re.compile(r"\b(?:movie|film|pic|feature)\b")
SERIES_NOUN = re.compile(r"\b(?:series|show|season|episodes?|premiere)\b")
ANAPHORA = re.compile(
    # "the premiere will arrive Thursday, October 5": a series' season premiere
    rf"\b(?:the |its |this |that )?(?:movie|film|series|(?<=the )(?:season )?premiere|"
    # "a reality show", "a talk show": a kind of show, not the show ("the reality show" is)
    r"(?<!a reality )(?<!a talk )(?<!a game )(?<!a cooking )(?<!a variety )(?<!an awards )"
    r"(?<!an award )(?<!a fashion )(?<!a trade )(?<!a radio )(?<!a tv )show|"
    rf"pic|feature|season|{GENRE}|"
    # ("the comedy will now open": a second word between only an auxiliary or an adverb)
    r"it)(?: \w+)?(?: (?:will|would|now|also|still|finally|officially|then|again|next|is|be))?"
    r" \Z"
)
QUOTED_BEFORE = re.compile(
    # an apostrophe inside is part of the name: "‘Lamb’s Ear’ Grazes To $48M"
    r"(?:[‘“](?:[^‘’“”]|’(?=\w)){1,70}?[’”]|(?<!\w)['\"][^'\"]{1,70}['\"])(?:[’']s)?\s*\Z"
)
_QUOTED_ITEM = r"(?:[‘“][^‘’“”]{1,60}[’”]|(?<!\w)['\"][^'\"]{1,60}['\"])"
#: "'A,' 'B' and 'C' Coming This Spring": a list of quoted titles right before a phrasing,
#: which is about each of them (source text)
QUOTED_LIST_BEFORE = re.compile(rf"{_QUOTED_ITEM}(?:\s*,?\s*(?:(?:and|&)\s+)?{_QUOTED_ITEM})+\s*\Z")
SUBJECT_PRONOUN = re.compile(rf"\b(?:it|the (?:film|movie|series|show|pic|{GENRE})) (?:\w+ )?\Z")
BIND_RIGHT = re.compile(r"\A (?:for|of|to|from|on|in|behind|with)(?: [\w$]+){0,5}? \Z")


@dataclass(frozen=True, slots=True)
class Cue:
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
    own_clause: bool = False  # only for titles its clause names, never the entry's subject
