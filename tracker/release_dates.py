"""Release-date cues: dates set, announced, expected and moved.

See :mod:`tracker.detect` for how cues become observations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from tracker.attribution import Context
from tracker.clauses import (
    ANNOUNCED_PRECISIONS,
    DATE_AFTER_WORDS,
    Clause,
    clause_of,
    date_start,
    date_status,
    dates_between,
    dates_in,
    hedged,
    is_history,
    source_at,
    word_gap,
    words_after,
)
from tracker.cues import (
    AFTER_FIGURE,
    ASIDE,
    EVENT_PLACE,
    EVENT_PREMIERE,
    EVENT_PREMIERE_DATE,
    FESTIVAL,
    FESTIVAL_CONTEXT,
    FESTIVAL_NAME,
    FESTIVAL_START,
    FIGURE_BEFORE_DATE,
    FORMER_BEFORE,
    FROM_TO,
    MOVE_REACH,
    MOVE_VERB,
    NEGATED_BEFORE,
    NETWORK,
    NOUN_AFTER,
    NOUN_BEFORE,
    OTHER_ENTRY,
    PAST_VERB,
    PLACE_AFTER,
    PLAN_PARTICIPLE,
    PLATFORM,
    PREMIERE_AFTER_DATE,
    PREMIERE_NOUN_BEFORE,
    PROMO,
    PROMO_RIGHT_BEFORE,
    PROMO_SUBJECT,
    PROMO_WORD,
    RD_BEFORE_NOUN,
    RD_INDEFINITE,
    RD_SET,
    RD_SHIFT,
    RD_VERB,
    RECORD_BEFORE,
    RELATIVE_BEFORE,
    RELEASED,
    SCHEDULE_NOUN_BEFORE,
    SET_PLACE_BEFORE,
    SHIFT_FROM_BEFORE,
    SHIFT_TO_BEFORE,
    START_VERB,
    STORY_BEFORE,
    STORY_SETTING_AFTER,
    TRADE_SHOWS,
    UNTIL,
    WEAK_HEDGE,
    WHERE_AFTER_DATE,
    Cue,
)
from tracker.dates import DateMention, extract_dates
from tracker.domain import FuzzyDate
from tracker.match import Occurrence
from tracker.text import Segment, fold, quoted_spans

#: broadcast networks and channels (folded), beside the streamers of PLATFORM
_NETWORK = rf"(?:{NETWORK}|hbo|bbc \w+)"
_MODAL_BEFORE = re.compile(r"\b(?:will|would|to|could|may|might|should|can|set to)(?: \w+)? \Z")


_SINCE_BEFORE = re.compile(r"\bsince \Z")
#: "after" right before an -ing release verb, and a result counted before it (folded): the
#: day is behind ("drew 24.6 million views in its first three days after debuting Friday";
#: not "will stream on Netflix after opening in theaters Friday")
_AFTER_BEFORE = re.compile(r"\bafter \Z")
_RESULT_BEFORE = re.compile(
    r"\b(?:views|viewers|minutes|hours viewed|admissions|grossed|grosses|opened|debuted|drew|"
    r"drawing|earned|topped|landed)\b"
)
#: a verb of what is still to come in the same sentence (source text, lowercased)
_COMING_VERB = re.compile(
    r"\b(?:will|arrives|hits|heads|expands|streams|moves|goes|lands|comes|opens|debuts|"
    r"premieres|go on sale|are selling)\b"
)


def _results_before(ctx: Context, fpos: int) -> bool:
    """A counted result in the verb's own sentence before it, with no verb of what is still
    to come ("... views in its first three days after debuting Friday"; not "which hits
    Peacock 45 days after opening Friday", nor another film's result before a ";")."""
    at = source_at(ctx, fpos)
    window = ctx.doc.source[max(0, at - 150) : at].lower()
    cut = max((window.rfind(mark) for mark in (";", ". ", ", which", "—")), default=-1)
    window = window[cut + 1 :]
    return bool(_RESULT_BEFORE.search(window)) and not _COMING_VERB.search(window)


#: "releases" as the films of a kind, counted (folded): "among specialty ", "other wide "
_RELEASES_COUNTED = re.compile(
    r"\b(?:among(?: \w+)?|other|all(?: the)?|specialty|limited|wide|indie|theatrical) \Z"
)
#: "release" as any film of a kind (folded): "of any ", "every ", "any Warner Bros ",
#: "every specialty "
_RELEASE_COUNTED = re.compile(
    r"\b(?:any|every|each)"
    r"(?: (?!(?:of|the|its|will|would|can|could|to|is|are|was|be|new|episode|episodes)\b)\w+)"
    r"{0,3} \Z"
)
_NOW_BEFORE = re.compile(r"\bnow \Z")
#: a promo as the subject of a coming verb (folded): "the first trailer for the film will "
_PROMO_WILL_BEFORE = re.compile(
    rf"\b(?:{PROMO}) (?:for|of|from) (?:\w+ ){{0,3}}?(?:will|is set to|set to|is going to) \Z"
)
#: "(dated) the sequel": a numbered watched title's own name for itself, else its sequel's
_THE_SEQUEL = re.compile(
    r" (?:(?P<own>the|its) |(?:[\w$]+ ){1,6}?)(?:sequel|follow up|prequel|spinoff|spin off) "
    r"(?:for|into|until)\b"
)
_NUMBERED = re.compile(r"(?:\d|\b[IVX]{1,4})\s*$")
#: a thing due that is no work (folded): "the decision is ", "results are "
_NOT_A_WORK_DUE = re.compile(
    r"\b(?:decision|vote|ruling|verdict|announcement|report|results?|deadline|"
    r"submission|submissions|payment|filing|nominations?|shortlist) "
    r"(?:is |are |was |were |now )?\Z"
)
#: figures as the subject of a release verb (folded): "tracking services that "
_FIGURES_BEFORE = re.compile(
    r"\b(?:tracking|tracking services|numbers|figures|reports?|data|results|survey|poll|"
    r"estimates|ratings|nielsen numbers|earnings) (?:that |which )?(?:have |had )?\Z"
)
#: people as the subject of "arrive" (folded): "buyers ", "fans have "
_PEOPLE_ARRIVE = re.compile(
    r"\b(?:buyers|fans|audiences|crowds|guests|stars|critics|executives|delegates|attendees|"
    r"festivalgoers|moviegoers|visitors|tourists|travelers|journalists|press|talent|sellers|"
    r"distributors) (?:\w+ )?\Z"
)
#: a shoot's start (folded): " shoot start date", "production start date "
_SHOOT_WORDS = re.compile(
    r"\b(?:production|filming|shoot|shooting|cameras|principal photography|lensing)\b"
)
_SHOOT_START_AFTER = re.compile(r" (?:\w+ )?start(?: date\b| for\b)")
_SHOOT_START_BEFORE = re.compile(
    r"\b(?:production|filming|shoot|shooting|principal photography) start (?:date (?:is )?)?\Z"
)
_IN_COMPETITION = re.compile(r" in (?:the )?(?:main |official )?competition\b(?! with\b)")
_FROM_BEFORE = re.compile(r"\bfrom (?:its |the )?\Z")


def _past_verb(ctx: Context, m: re.Match[str]) -> bool:
    """A past-tense release verb: "hit theaters", not "will hit theaters".

    Its tense is its first word ("release date confirmed for" is no past release), and a
    move or a plan names a coming date ("moved to Oct. 2", "scheduled for Oct. 2").
    """
    words = m.group()
    if _SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return True  # "since opening Wednesday": the day is behind
    if _AFTER_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) and _results_before(
        ctx, m.start()
    ):
        return True  # "drawing 24.6 million views in its first three days after debuting Friday"
    if re.match(r"(?:on|in) ", words) and _right_before(ctx, _PAST_LAUNCH_BEFORE, m.start()):
        return True  # "kicked off its second season on Hulu Wednesday": that day is behind
    if words == "set" and ctx.text.startswith(" sail", m.end()):
        # "set sail on Friday with two episodes", a launch gone by (not "will set sail")
        return not _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    if not PAST_VERB.match(words) or MOVE_VERB.match(words) or PLAN_PARTICIPLE.match(words):
        return False
    return not _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())


#: a past verb of a launch before a where-phrase (folded): "kicked off its second season ",
#: "set sail " (not "will set sail ", "is set to return ")
_PAST_LAUNCH_BEFORE = re.compile(
    r"(?<!will )(?<!to )\b(?:returned|premiered|debuted|launched|kicked off|came back|bowed|"
    r"set sail|arrived|landed|dropped|aired|began|started)"
    r"(?: (?:its|their|the|a|an|with|for)(?: \w+){0,3})? \Z"
)


#: an event right after "open" (folded): " festival ", " the 2026 tribeca festival "
_OPENS_AN_EVENT = re.compile(
    r" (?:the |this year s |its )?(?:\w+ ){0,3}?(?:festival|fest|edition|gala)\b|"
    # "opened the Directors' Fortnight on Thursday night"
    # (not the film's epithet: "will open its Cannes prizewinner 'X' on Dec. 4")
    rf" (?:the |this year s |its )?(?!{TRADE_SHOWS}){FESTIVAL}\b"
    r"(?= (?:on|in|with|this|next|at|tonight|tomorrow|\d)\b| ?\Z)"
)
#: an event that a film opens, not its release (folded)
_EVENT_WORD = re.compile(r"\b(?:festival|fest|premiere|gala|edition|ceremony|awards)\b")


#: the words between a move's "from" and the date it leaves (folded): " its original "
_SLOT_WORDS = re.compile(
    r" (?:its|their|the|a|an)(?: (?:original|originally|previous|previously|current|planned|"
    r"old|prior|earlier|announced|scheduled|set|dated)){0,2} "
)


#: "back " right before a date ("back in April", folded), not a return's ("comes back in April")
_BACK_IN_BEFORE = re.compile(
    r".*(?<!\bcomes )(?<!\bcoming )(?<!\bcome )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bheads )"
    r"\bback (?:in )?(?:early |late |mid )?\Z",
    re.DOTALL,
)


def _text_before(ctx: Context, when: DateMention) -> str:
    """The sixteen folded characters right before ``when``."""
    at = date_start(ctx, when)
    return ctx.text[max(0, at - 16) : at]


def _in_the_past(ctx: Context, past: bool, when: DateMention) -> DateMention:
    """A yearless date after a past-tense verb that would land ahead means last year's."""
    pub = ctx.published.date()
    if not (when.relative and past and when.date.day > pub):
        return when
    if when.form in ("weekday", "relday"):
        earlier = when.date.day - timedelta(days=7)
    elif when.form == "feast":
        # a holiday by its rule (Thanksgiving, Black Friday), as it fell in the year before
        again = extract_dates(when.text, ctx.published - timedelta(days=364))
        if not again or again[0].date.day > pub:
            return when
        earlier = again[0].date.day
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


def release_date_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    return [
        *_verb_date_cues(ctx, seg, clauses),
        *_noun_date_cues(ctx, seg, clauses),
        *_set_date_cues(ctx, seg, clauses),
        *_move_cues(ctx, seg),
        *_date_only_title_cues(ctx, seg),
        *_date_announcement_video(ctx, seg),
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
        if d.form in ("relday", "weekday") or is_history(ctx, d):
            continue
        src_start = source_at(ctx, fs)
        before = ctx.doc.source[max(0, src_start - 3) : src_start]
        if _QUOTE_CLOSE_BEFORE.search(ctx.doc.source, max(0, src_start - 4), src_start):
            quoted.append((fs, fe, d))
        if not _OPEN_PAREN.search(before):
            continue
        if not _CLOSE_PAREN.match(ctx.doc.source, source_at(ctx, fe)):
            continue
        for o, _ in ctx.occurrences:
            if o.end <= fs and _SEASON_GAP.fullmatch(text, o.end, fs):
                # (its title's day: "Goldcrest (Feb. 5), Hotline (Feb. 19)")
                out.append(Cue("release_date", "announced", fs, fe, date=d, bound=o))
                break
            if o.end <= fs and _CREDIT_ASIDE.fullmatch(
                ctx.doc.source, source_at(ctx, o.end), src_start
            ):
                # "The Harwick Job, starring A and B (June 12); ...": the title's day
                out.append(Cue("release_date", "announced", fs, fe, date=d, bound=o))
                break
    slate = _DATE_SLATE.search(text, 0, ctx.title_fend) or _DATE_SLATE.search(
        text, seg.fstart, seg.fend
    )
    if len(quoted) > 1 and slate:  # a slate: several quoted titles, each with its day
        for fs, fe, d in quoted:
            src_start = source_at(ctx, fs)
            for o, _ in ctx.occurrences:
                if o.end <= fs and (
                    _SEASON_GAP.fullmatch(text, o.end, fs)
                    or _AND_QUOTED.fullmatch(ctx.doc.source, source_at(ctx, o.end), src_start)
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
    return [d for d in dates_in(ctx, lo, hi) if not is_history(ctx, d)]


#: a maker's next work as a dating verb's object (source text, from the verb's end): " Ravi
#: Castellane's follow-up to", " the studio's sequel to" (possessives are gone from folded
#: text)
_SOMEONES_NEXT = re.compile(
    r"\s+(?:the\s+)?(?:[\w.&-]+\s+){0,2}[\w.&-]+[’']s?\s+(?:[a-z][\w-]*\s+)?"
    r"(?i:follow-up|followup|follow up|sequel|prequel|successor)\s+to\b"
)


def _verb_date_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    """A release verb and the date after it; a past verb with a past date is a release."""
    text = ctx.text
    out: list[Cue] = []
    past_dates: set[int] = set()
    other_object = -1  # where an aside after another work's name ends (folded)
    # a slate of quoted titles each with its day: those days are the titles' (_listed_day_cues)
    in_segment = dates_between(ctx, seg.fstart, seg.fend)
    if not in_segment:
        return out  # every cue here is a verb with its date
    listed = sum(_listed_day(ctx, d) for _, _, d in in_segment) > 1
    for m in _release_verbs(ctx, seg):
        if not dates_between(ctx, m.start(), seg.fend):
            break  # no date after this verb, nor after any later one
        if m.start() <= other_object:
            continue  # 'will release "Y," the follow-up to X, in theaters on Sept. 18'
        if not _is_release_verb(ctx, seg, clauses, m):
            continue
        aside_end = _title_only_in_aside(ctx, m.end())
        if aside_end is not None:
            other_object = aside_end + 1  # the aside only names X: Y's date
            continue
        reach = DATE_AFTER_WORDS + _aside_words(ctx, m.end())
        hi = min(seg.fend, words_after(text, m.end(), reach))
        # a long title is one object, and so are the words that describe it before it
        # ("will release Odile Farrant's Palme d'Or winner X in New York on Dec. 4")
        reach += _title_words(ctx, m.end(), hi) + _words_to_title(ctx, m.end(), hi)
        hi = min(seg.fend, words_after(text, m.end(), reach))
        past = _past_verb(ctx, m)
        # a past verb reads a yearless date as the recent past ("came out June 8"); "hit" is
        # present too ("episodes hit Hulu on Aug. 26" is a day ahead)
        shift = past and not m.group().startswith("hit")
        moved = bool(MOVE_VERB.match(m.group()))
        # a move's date may hold its preposition: "from March" in "moves X from March to May"
        lo = text.rfind(" ", m.start(), m.end()) + 1 if moved else m.end()
        window = [
            d
            for d in (
                # "hit Apple TV+ back in April": "back in" says the past, whatever the verb
                _in_the_past(ctx, shift or bool(_BACK_IN_BEFORE.match(_text_before(ctx, d))), d)
                for d in dates_in(ctx, lo, hi)
            )
            if not is_history(ctx, d)
        ]
        if not window or window[0].start in past_dates:
            continue
        if listed and _listed_day(ctx, window[0]):
            continue  # "Sets Premieres: 'A' July 11, 'B' July 18": each title's own day
        if _other_quoted_title_before(ctx, m.end(), window[0]):
            continue  # "'X' Returns For Season 4, 'Other' Launches Tuesday": the other's day
        if _not_the_date(ctx, clauses, m, window[0]):
            continue
        if re.match(r"(?:on|in) ", m.group()) and (
            word_gap(text, m.end(), date_start(ctx, window[0])) > 3
            or _PUNCT.search(ctx.doc.source, source_at(ctx, m.end()), window[0].start)
        ):
            continue  # "on Prime Video, the service's biggest launch this year": no date of it
        if _SAID_BEFORE.search(
            text, max(0, date_start(ctx, window[0]) - 30), date_start(ctx, window[0])
        ):
            continue  # "..., the company said Tuesday": the day of the statement
        if window[0].form == "weekday" and _AFTER_ITS.search(
            text, max(0, date_start(ctx, window[0]) - 12), date_start(ctx, window[0])
        ):
            continue  # "jumps to No. 1 on Apple TV+ after its Friday return": a day behind
        if (
            window[0].form == "weekday"
            and m.group().startswith("premiere")
            and _AT_A_VENUE.fullmatch(text, m.end(), date_start(ctx, window[0]))
            and _RED_CARPET.search(text, *clause_of(clauses, m.start())[:2])
        ):
            # "walked the red carpet at the season 4 premiere at the Stockyards on Tuesday
            # night": the event's day
            continue
        if (
            not past
            and window[0].form == "weekday"
            and _RESULT_FIGURE_BEFORE.search(text, clause_of(clauses, m.start())[0], m.start())
            and _FOR_ITS_RIGHT_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # "drawing 23.9 million viewers for its series premiere Sunday night"
        if (m.group() == "releases" and _RELEASES_COUNTED.search(text, 0, m.start())) or (
            m.group() == "release" and _RELEASE_COUNTED.search(text, 0, m.start())
        ):
            continue  # "among specialty releases this year": films counted, not a plan
        if _NOW_BEFORE.search(text, max(0, m.start() - 5), m.start()) and re.match(
            r"streaming|playing|available", m.group()
        ):
            continue  # "'X,' now streaming, is a perfect Black Friday warm-up": it is out
        untitled = not any(
            clause_of(clauses, m.start())[0] <= o.start < m.start() for o, _ in ctx.occurrences
        )  # no watched title before the verb in its clause ("'X,' the Oscar winner, is due")
        if (
            untitled
            and m.group().startswith("due")
            and _NOT_A_WORK_DUE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # "The decision is due in September": the decision's date
        if (
            untitled
            and re.match(r"arriv", m.group())
            and _PEOPLE_ARRIVE.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # "Buyers arrived on the Croisette this year": people arrive
        promo = _PROMO_WILL_BEFORE.search(text, max(0, m.start() - 50), m.start())
        if (
            promo
            and "," not in ctx.doc.source[source_at(ctx, promo.start()) : source_at(ctx, m.start())]
        ):
            continue  # "the first trailer for the film will drop Thursday": the trailer will
        every = _EVERY_WORK_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if (
            every
            and m.group().startswith("coming")
            and not re.search(
                r"[.!?;:]",
                ctx.doc.source[source_at(ctx, every.start()) : source_at(ctx, m.start())],
            )
        ):
            continue  # "Every Sony Marvel Movie Coming In 2026": a list's years
        if _FIGURES_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the tracking services that came out Thursday": the figures did
        if _RESULT_AFTER_VERB.match(text, m.end()):
            continue  # "Opens At No. 1 As Holiday Season Kicks Off": a chart result
        if (
            (
                m.group().startswith("open")
                # "As Box Office Kicks Off 2028": the year is what starts
                or (m.group().startswith(("kick", "launch")) and window[0].form == "year")
            )
            and re.fullmatch(r" (?:the |its |their )?", text[m.end() : date_start(ctx, window[0])])
            and window[0].date.precision in ("year", "half", "quarter", "season")
            and not re.match(r"in\b", window[0].text.lower())
        ):
            # "Netflix is opening 2026 with ...", "will open the 2026 Tribeca Festival": the
            # year, or the year's event, is what opens (a day after it is the film's: "will
            # open the summer season on May 21, 2027")
            window = window[1:]
            if (
                not window
                or window[0].date.precision != "day"
                or _EVENT_WORD.search(text, m.end(), date_start(ctx, window[0]))
            ):
                continue  # ("... festival with its world premiere on June 3": the event's day)
        if re.match(r"open|launch|kick|clos", m.group()) and _OPENS_AN_EVENT.match(
            text, m.end(), date_start(ctx, window[0])
        ):
            continue  # "'X' to Open Festival in June": the festival's opening night
        if not moved and text.startswith(" off ", m.end()):
            continue  # "comes off its Dec. 11 date": the date it leaves
        if _SHOOT_START_AFTER.match(text, ctx.doc.folded.to_folded(window[0].end) - 1) and (
            _SHOOT_WORDS.search(text) or all(p.production.kind == "film" for p in ctx.matches)
        ):
            continue  # "Production Start Date Set for June 21": the shoot's day
        if _SHOOT_START_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "X Production Start Date Set for June 21"
        if _SLATE_AFTER_DATE.match(text, ctx.doc.folded.to_folded(window[0].end) - 1):
            continue  # "released its 2026 film slate": the year names the slate
        if window[0].date.precision != "day" and _RECORD_AFTER_DATE.match(
            text, ctx.doc.folded.to_folded(window[0].end) - 1
        ):
            continue  # "shattering the studio's August record": a record's category
        if _FESTIVAL_PREMIERE_AFTER_DATE.match(ctx.doc.source, window[0].end):
            continue  # "Sets Jan. 24 World Premiere": a festival screening's day
        if _OTHER_THING_AFTER_DATE.match(ctx.doc.source, window[0].end):
            continue  # "Theo Lark Eyes Oct. 2 Book Launch": another thing's day
        if _STEP_AFTER_DATE.match(ctx.doc.source, window[0].end):
            continue  # "Sets 2027 Table Read": the day of a step of the making
        if PREMIERE_AFTER_DATE.match(text, ctx.doc.folded.to_folded(window[0].end) - 1):
            continue  # "will open on Sept. 24 with the world premiere of X": the premiere's day
        sequel = _THE_SEQUEL.match(text, m.start() + _first_word(m))
        if sequel and not (
            sequel.group("own")
            and any(_NUMBERED.search(w.production.title) for w in ctx.matches)
            and not RELEASED.search(text)  # "'X 2' Tops Box Office ... dated the sequel": X 3
        ):
            # "dated the sequel for June 2028", "dated X's follow-up for": X's sequel, unless
            # X is itself the numbered sequel ("Harbor Lights 2 ... dated the sequel for")
            continue
        if OTHER_ENTRY.match(text, m.start() + _first_word(m) + 1) or _SOMEONES_NEXT.match(
            ctx.doc.source, source_at(ctx, m.start() + _first_word(m))
        ):
            # "has dated a third installment for June 2028", "has set Ravi Castellane's
            # follow-up to Flint, ..., for Dec. 19": another film's date
            continue
        if _other_work_subject(ctx, m.start()):
            continue  # "X Sequel Due in 2028": the sequel's date, not X's
        if (
            (moved and _SHOOT_SUBJECT.search(text, max(0, m.start() - 60), m.start()))
            or (
                PLAN_PARTICIPLE.match(m.group())
                and (shoot := _SHOOT_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start()))
                # (not over a comma: "'X', Fresh Off Reshoots, Is Now Set For Oct. 9")
                and not re.search(
                    r"[,;:]",
                    ctx.doc.source[source_at(ctx, shoot.start()) : source_at(ctx, m.start())],
                )
                and not re.search(r"\brelease\b", text[m.end() : date_start(ctx, window[0])])
            )
        ):
            # "Filming on X pushed to May", "with production slated for next autumn": the
            # shoot's date, not the release's
            continue
        if moved and not (
            m.start() < date_start(ctx, window[0]) <= m.end() + 1
            or _SLOT_WORDS.fullmatch(text, m.end(), date_start(ctx, window[0]))
        ):
            # a move names its date right after (or with) "to"/"from": "from March", "from
            # its original November 20 date"
            continue
        relative = _RELATIVE_VERB_BETWEEN.search(text, m.end(), date_start(ctx, window[0]))
        if relative and "," not in ctx.doc.source[source_at(ctx, relative.end()) : window[0].start]:
            # "arrives in the village of X, which world premiered at Venice on Thursday" (not
            # "will open X, the drama that premiered at Sundance, nationwide on Sept. 18")
            continue
        if moved and _SHOOT_OBJECT.search(text, m.start(), date_start(ctx, window[0])):
            continue  # "has pushed its start of production to next spring": the shoot moves
        if _TO_SHOOT.search(text, m.end(), date_start(ctx, window[0])):
            # "scheduled to start shooting in Atlanta this spring", "set to shoot in Minnesota in
            # spring 2032": the shoot's date
            continue
        if _NOT_A_WORK_OBJECT.search(
            ctx.untitled, m.start() + _first_word(m), date_start(ctx, window[0])
        ):
            continue  # "has released its full programming schedule for the 2026 show"
        if _IN_STORES.match(text, m.end()):
            continue  # "(ornaments modeled on X's animated movie) arrive in stores": goods
        if PROMO_WORD.search(text, m.end(), date_start(ctx, window[0])):
            continue  # "released the trailer on Monday", "opened presales for its July 31 ..."
        # "second-season debut on Sunday drew 6.8 million": the release, that day (the Sunday
        # gone by); no punctuation between (not "which opens Friday, earned a 94% score")
        if window[0].form == "weekday" and _RESULT_VERB_AFTER.match(ctx.doc.source, window[0].end):
            gone = window[0]
            if gone.date.day > ctx.published.date():
                a_week_back = replace(gone.date, day=gone.date.day - timedelta(days=7))
                gone = replace(gone, date=a_week_back)
            out.append(Cue("release", "released", m.start(), m.end(), date=gone))
            continue
        if (
            _SCREENING_VERB.search(text, m.start(), date_start(ctx, window[0]))
            and window[0].date.precision == "day"
            and _in_festival_days(ctx, window[0].date.day)
        ):
            continue  # "Venice Sets Competition Schedule: 'X' to Bow Sept. 4": its screening
        venue = next(
            (
                p
                for p in _PREMIERE_NOUN.finditer(text, m.start(), date_start(ctx, window[0]))
                if (v := _VENUE_AFTER.match(ctx.doc.source, source_at(ctx, p.end()))) is not None
                # the day right after the place ("... Chinese On November 17"), not a launch's
                # ("Premiere in London Ahead of June 5 Launch")
                and _DAY_RIGHT_AFTER.fullmatch(ctx.doc.source, v.end(), window[0].start)
            ),
            None,
        )
        if venue is not None:
            # "Sets 'X' Premiere At Grauman's Chinese On November 17": a red carpet's day
            if window[0].date.precision in ANNOUNCED_PRECISIONS:
                out.append(Cue("premiere", "announced", venue.start(), venue.end(), date=window[0]))
            continue
        if PREMIERE_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start()) and (
            EVENT_PLACE.match(text, m.end(), date_start(ctx, window[0]))
            or PLACE_AFTER.match(ctx.doc.source, window[0].end)
        ):
            # "premiere set for New York on September 8": a red carpet's date
            if window[0].date.precision in ANNOUNCED_PRECISIONS:
                out.append(Cue("premiere", "announced", m.start(), m.end(), date=window[0]))
            continue
        if any(
            e.start() < date_start(ctx, window[0]) and m.start() < e.end()
            for e in EVENT_PREMIERE.finditer(text, max(seg.fstart, m.start() - 30), seg.fend)
        ):
            continue  # "sets New York premiere for Sept. 9": the event's day, not the release
        when, previous = window[0], None
        if len(window) > 1 and FROM_TO.match(
            text, m.start(), ctx.doc.folded.to_folded(window[1].end)
        ):
            previous, when = window[0], window[1]
        if (
            moved
            and previous is None
            and (
                when.text.lower().startswith("from ")
                or _FROM_BEFORE.search(text, 0, date_start(ctx, when))
            )
        ):
            continue  # "a win for its move from October": the date it left, no new one named
        if past and m.group().startswith("hit") and when.date.day > ctx.published.date():
            past = False  # "episodes hit Hulu on Aug. 26": present tense, the day is ahead
        day = when.date.precision == "day"
        if when.text.lower() == "today" and not past:
            # "opens today", "hits theaters today": it is out, not a date still to come
            if not hedged(ctx, clauses, m.start(), m.end(), WEAK_HEDGE):
                out.append(Cue("release", "released", m.start(), m.end(), date=when))
            past_dates.add(window[0].start)
            continue
        if past and day and when.date.day <= ctx.published.date():
            clause = clause_of(clauses, m.start())
            if re.match(r"premier|screen", m.group()) and (
                AHEAD_OF_RELEASE.search(text, m.end(), clause[1])
                or _IN_COMPETITION.match(text, m.end())
            ):
                # "premiered Thursday at the Fox ahead of its Aug. 7 release": an event
                out.append(Cue("premiere", "held", m.start(), m.end()))
            elif not hedged(ctx, clauses, m.start(), m.end(), WEAK_HEDGE):
                out.append(Cue("release", "released", m.start(), m.end(), date=when))
            past_dates.add(window[0].start)
            continue
        # "X, which opens Friday, July 3, is eyeing $60M": the relative clause states the
        # day; the words after it are the main verb's
        relative = RELATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        stop = ctx.doc.folded.to_folded(when.end) if relative and day else None
        status = date_status(ctx, clauses, m.start(), m.end(), when, stop)
        if _EYEING.match(m.group()):
            status = "expected"  # "ABC eyeing Sept. 22 premiere", "said to eye Feb. 12": a plan
        out.append(
            Cue(
                "release_date",
                status,
                m.start(),
                m.end(),
                date=when,
                previous=previous,
                moved=moved,
                bound=_out_owner(ctx, m) if m.group() == "out" else None,
            )
        )
    return out


#: "returned on Saturday with the world premiere of its first two episodes": an event
WITH_A_PREMIERE = re.compile(
    r"\bwith (?:the|a|its) (?:world |festival |gala |special |red carpet )premiere\b"
)


#: steps of the making that get dates of their own: "a table read set for January"
_MAKING_STEPS = r"table reads?|read[ -]?throughs?|table readings?|press tours?|panels?"
#: ... right after a date (source text): "Sets 2027 Table Read" (not "July 17 — Panels")
_STEP_AFTER_DATE = re.compile(rf"\s+(?i:{_MAKING_STEPS})\b")


#: a verb's object that is no film, between the verb and the date
_NOT_A_WORK_OBJECT = re.compile(
    r"\b(?:schedule|programming|lineup|line up|slate|calendar|rankings|data|report|figures|"
    # "will open the sidebar, which this year includes ..."
    r"sidebar|"
    rf"statement|guidelines|rules|list of|{_MAKING_STEPS}|"
    # an event's day: "Iditarod sets ceremonial start in Anchorage for March 4"
    r"ceremonial start|start line|race|parade|ceremony|kickoff|kick off|tip off|tournament|"
    r"draw|auction|summit|conference|election|hearing|trial|vote)\b"
)


#: a statement's verb right before its day: "the company said Tuesday"
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|reported|revealed|told(?: \w+)?|noted|added|posted|"
    r"shared) (?:on )?\Z"
)


#: a result right after the verb: "opens at No. 1", "debuts atop the chart", "opened to $40M"
_RESULT_AFTER_VERB = re.compile(
    r" (?:at no \d|at number|at the top|atop|to \$|with \$|in first|up \d|down \d)"
)


#: works counted as the verb's subject (folded): "every sony marvel movie ", "all the films "
_EVERY_WORK_BEFORE = re.compile(
    r"(?<!\bat )(?<!\band )\b(?:every|all(?: the)?|each) (?:(?!of\b)\w+ ){0,3}"
    r"(?:movies?|films?|shows?|titles?) \Z"
)
#: a festival's kind of premiere right after a date (folded): " world premiere"
_FESTIVAL_PREMIERE_AFTER_DATE = re.compile(
    r"[ \t]+(?i:world|international|north american|european|festival|gala)[ \t]+(?i:premiere)\b"
)
#: another kind of thing right after a date (source text): " Book Launch", " album"
_OTHER_THING_AFTER_DATE = re.compile(
    r"\s+(?i:book|album|memoir|novel|concert|wedding|single|video game|podcast|product|"
    r"fashion line|clothing line|perfume)\b"
)
#: a record right after a date (folded): " record", " opening record", " box office record"
_RECORD_AFTER_DATE = re.compile(r" (?:(?:box office|\w+) )?record\b")
#: a date that names a list of many films: "its 2026 film slate", "the fall TV lineup";
#: or an event's edition: "as 2026 Opening Night Film", "its 2026 edition"
_SLATE_AFTER_DATE = re.compile(
    # one name may stand between: "its 2030 Tribeca TV lineup"
    r" (?:(?!(?:the|a|an|and|with|as|its|their|his|her|of|in|to|for|when|while|after|before)"
    r" )\w+ )?"
    r"(?:(?:film|movie|tv|series|release|theatrical|streaming|drama|comedy|awards|features?|premieres)"
    r"(?: and (?:film|movie|tv|series))? )?"
    r"(?:slate|lineup|line up|calendar|schedule|rankings|list|headliners|selections?)\b|"
    r" (?:opening|closing|centerpiece|centrepiece) (?:night )?(?:film|gala|selection)\b|"
    r" (?:edition|festival|fest)\b(?! season)"
)


AHEAD_OF_RELEASE = re.compile(
    r"\b(?:ahead of|before|in advance of) (?:its|the|their) (?:\w+ ){0,4}?(?:release|opening|"
    r"theatrical run|bow)\b"
)


#: "filming on X ", "production of X has been ": the shoot as a move's subject
_SHOOT_SUBJECT = re.compile(
    r"\b(?:filming|shooting|the shoot|production|principal photography)(?: (?:on|of|for) "
    r"(?:(?!as |and |while |but |wraps |wrapped |ends |ended )\w+ ){1,6}?| )"
    r"(?:(?:has been|have been|was|is|been|now|again|officially) )*\Z"
)


#: the shoot right before a plan's participle (folded): "with production slated for", "in
#: additional photography scheduled for"
_SHOOT_RIGHT_BEFORE = re.compile(
    r"\b(?:filming|shooting|the shoot|production|principal photography|additional photography|"
    r"reshoots|re shoots|pickups|pick ups) "
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


def _not_the_date(ctx: Context, clauses: list[Clause], m: re.Match[str], when: DateMention) -> bool:
    """A date the verb denies or that was given up: "won't open in 2026", "previously
    set for Dec. 11"; the day figures came out, after the cue ("launch, according to
    tracking released Thursday"). A denial with "until" still names a date ("won't open
    until 2027")."""
    text = ctx.text
    clause = clause_of(clauses, m.start())
    before = text[max(clause[0], m.start() - 30) : m.start()]
    if FORMER_BEFORE.search(before) and not _KEPT_AFTER.search(text, m.end(), m.end() + 120):
        return True  # (not "which had been set to open Oct. 9 ..., is staying put on that date")
    at = date_start(ctx, when)
    if _PAST_PLAN_BEFORE.search(before) and _NOW_ANOTHER_AFTER.match(text, at, at + 60):
        return True  # "was set to arrive on Nov. 3, but will now hit theaters on March 15"
    if _REPEAT_AIRING_BEFORE.search(text, max(clause[0], at - 60), at):
        return True  # "with encore broadcasts scheduled on Tuesday, June 20": a repeat's day
    if _RUN_END_BEFORE.search(text, max(clause[0], at - 30), at):
        return True  # "new episodes arriving weekly until June 30": the run's last day
    if when.form == "weekday" and (
        _RESULT_VERB_AFTER_NOUN.search(text, ctx.doc.folded.to_folded(when.end), clause[1])
        or (
            _RESULT_FIGURE_BEFORE.search(text, clause[0], m.start())
            and _ON_RIGHT_BEFORE.search(text, max(0, m.start() - 10), m.start())
        )
    ):
        # "the Season 5 premiere on Sunday night saw big gains", "generated roughly $14
        # million on opening Friday": a result, that day gone by
        return True
    if at > m.end() and _FIGURES_PUBLISHED_BEFORE.search(text, max(m.end(), at - 24), at):
        return True  # "... launch, according to tracking services released Thursday"
    if _CHART_WEEK_BEFORE.search(text, max(0, at - 40), at):
        return True  # "No. 6 on Nielsen's streaming chart for the week of September 28"
    if _COMPARED_WORKS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return True  # "topping every original series it has launched this year": the others
    if when.date.precision == "year" and _LISTING_BEFORE.search(text, max(0, at - 24), at):
        return True  # "Fall TV Premiere Dates 2029:", "Fall TV 2028": a listing's year
    if _RECORD_SCOPE_BEFORE.search(text, max(0, at - 60), at):
        return True  # "Peacock's Biggest Original Launch Of 2029": a record's scope
    vat = ctx.doc.folded.to_source(m.start())
    if _OTHER_SUBJECT_BEFORE.search(
        ctx.doc.source, max(ctx.doc.folded.to_source(clauses[0][0]), vat - 120), vat
    ):
        # "Shoot Set for Spring 2030", "Teaser Trailer Drops Thursday", "Previews Begin
        # March 3", "online screenings opening January 29", "the lineup due April 18": the
        # shoot's, the promo's, the stage run's, the festival's day
        return True
    if _FESTIVAL_GROUND_AFTER.match(text, m.end()):
        return True  # "landed on the Lido on Sunday night": the festival's screening
    if _SET_TO_END_AFTER.match(text, m.end()):
        return True  # "with the contract set to expire June 30": an end, not a release
    ceremony = _CEREMONY_SUBJECT_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if ceremony and not any(
        o.start < ceremony.end() and ceremony.start() < o.end for o, _ in ctx.occurrences
    ):  # (not the title's own words: "'The Gala' Is Set For Oct. 3")
        return True  # "With the 86th Golden Globes set for Sunday night, X heads into ..."
    if when.form in ("weekday", "relday"):
        if _DURING_BEFORE.search(text, max(0, at - 16), at):
            return True  # "the first look will air during Sunday's Super Bowl broadcast"
        sat = ctx.doc.folded.to_source(at)
        if _NETWORK_NIGHT_BEFORE.search(ctx.doc.source, max(0, sat - 24), sat):
            return True  # "X's Season 5 Premiere Leads NBC's Monday": the network's night
    return (
        bool(NEGATED_BEFORE.search(before))
        and not UNTIL.search(text, m.end(), date_start(ctx, when))
        and not UNTIL.match(when.text.lower())  # the mention holds it: "Until Summer 2027"
    )


#: an awards ceremony as the subject right before the verb (folded): "the 86th golden globes
#: " (set for Sunday night): the ceremony's day, not a release
_CEREMONY_SUBJECT_BEFORE = re.compile(
    r"\bthe (?:\d+(?:st|nd|rd|th) )?(?:annual )?(?:[a-z]+ ){0,3}?(?:awards|globes|oscars|emmys|"
    r"baftas|grammys|tonys|ceremony|gala)(?: (?:is|are|was|were|now|also|officially))? \Z"
)
#: the works a result is measured against, right before their verb (folded): "every
#: original series it has " (launched this year), "any film the studio " (released)
_COMPARED_WORKS_BEFORE = re.compile(
    r"\b(?:every|any|all|each) (?:\w+ ){0,3}?(?:series|shows?|films?|movies?|titles?|originals?|"
    r"releases?|seasons?) (?:that |which )?(?:it|they|we|the \w+) (?:has |have |had )?\Z"
)
#: a listing's name right before its year (folded): "premiere dates ", "fall tv "
_LISTING_BEFORE = re.compile(
    r"\b(?:(?:premiere|release|return|air) dates|calendar|preview|guide|schedule|"
    r"(?:fall|spring|summer|winter|midseason) tv) \Z"
)
#: a superlative's launch right before a year (folded): "biggest original launch of "
_RECORD_SCOPE_BEFORE = re.compile(
    r"\b(?:biggest|best|largest|strongest|widest|most watched|highest|top|worst|weakest) "
    # ("Best For A Drama Launch This Year")
    r"(?:(?:for|of) (?:a |an |any )?)?"
    r"(?:\w+ ){0,3}?(?:launch|launches|debut|debuts|opening|openings|premiere|premieres|start|"
    r"bow|release|releases|weekend)(?: so far)? (?:(?:of|in|for|this) (?:the )?)?\Z"
)
#: a subject right before the verb whose day it is, not the release's (source text)
_OTHER_SUBJECT_BEFORE = re.compile(
    r"(?i)\b(?:shoot|shooting|filming|principal photography|cameras|"
    r"trailer|teaser|promo|sneak peek|featurette|previews|"
    # a festival's own calendar: "with online screenings opening January 29"
    r"screenings|tickets|passes|badges|registration|submissions|voting|(?:ticket\s+)?sales|"
    r"lineup|line-up|nominations|shortlist|"
    # a running season's last episode, a weekend's figures: "The season finale streams
    # Thursday", "the projected weekend numbers for the film will be released this Friday"
    r"finale|numbers|figures|estimates|"
    # a repeat airing: "with encore broadcasts scheduled on CBS on Tuesday, October 8"
    r"encores?|encore\s+(?:broadcasts?|airings?|showings?)|reruns?|re-?airs?)"
    # "Filming for The Batman Part II, starring X, is set to begin at the end of 2025"
    r"(?:\s+(?:on|for|of)\s+(?:(?!\b(?:and|but|while|as|is|are|was|were|has|have)\b)"
    r"[^.;:!?,]){1,60}?(?:,\s+(?:starring|from|with|directed\s+by)\s+[^.;:!?,]{1,40},)?)?\s+"
    r"(?:is\s+|are\s+|now\s+|officially\s+|also\s+|will\s+(?:be\s+)?)?"
    r"(?:(?:set|slated|scheduled|due|expected)\s+to\s+)?\Z"
)
#: a festival's ground right after a verb (folded): " on the lido", " at the croisette"
_FESTIVAL_GROUND_AFTER = re.compile(r" (?:on|at|onto) (?:the |la )?(?:lido|croisette|palais)\b")
#: a verb of ending or of business after "set to" (folded): "set to expire June 30"
_SET_TO_END_AFTER = re.compile(
    r" to (?:expire|end|lapse|run out|conclude|retire|step down|resign|vote|testify|resume|"
    r"reconvene|meet|close on|shut down|reunite|host|headline|perform|speak|appear)\b"
)
#: "during" right before a weekday (folded): another event's day ("during Sunday's game")
_DURING_BEFORE = re.compile(r"\bduring (?:this |next |last )?\Z")
#: a network's possessive right before a weekday (source text): "Leads NBC's Monday", the
#: network's night of the week, not a date
_NETWORK_NIGHT_BEFORE = re.compile(rf"(?i)\b{_NETWORK}[’']s\s+\Z")
#: a plan in the past tense right before the verb (folded): "was ", "were originally "
_PAST_PLAN_BEFORE = re.compile(
    r"\b(?:was|were)(?: \w+ly)?(?: (?:set|slated|scheduled|due|expected|supposed) to)? \Z"
)
#: the date's plan replaced, right after it (folded): "nov 3 but will now", "before being
#: pushed"
_NOW_ANOTHER_AFTER = re.compile(
    r"(?:\w+ ){1,4}?(?:but (?:it |the film |the movie |the series )?(?:will|is|has|has since|"
    r"was) (?:now|since|then|instead|been (?:moved|pushed|delayed|bumped|shifted))\b|"
    r"before (?:being|it was) (?:moved|pushed|delayed|bumped|shifted)\b)"
)
#: a date kept after all (folded): "is staying put", "keeps the date"
_KEPT_AFTER = re.compile(
    r"\b(?:staying put|stays put|stay put|keeps? (?:its|the|that) (?:\w+ )?(?:date|slot)|"
    r"holds? (?:its|the|that) (?:\w+ )?(?:date|slot)|sticks? with|"
    r"remains? (?:on|in) (?:its|that|the))\b"
)
#: figures published right before a date, after the cue (folded): the day they came out,
#: not the release's ("tracking services released Thursday"; not "episodes released
#: Friday"); a statement's day is :data:`_SAID_BEFORE`'s
_FIGURES_PUBLISHED_BEFORE = re.compile(
    r"\b(?:tracking|services|data|figures|numbers|report|reports|estimates|projections|study|"
    r"survey|poll|results|ratings)(?: were| was)? (?:released|published)(?: on)? \Z"
)


#: a chart's week right before a date (folded): "chart for the week of ", "Top 10 for the week
#: of ": the week counted, not a release
_CHART_WEEK_BEFORE = re.compile(
    r"\b(?:chart|charts|top 10|ranking|rankings)(?: \w+){0,2}? for (?:the|its) week of \Z"
)


#: a number before a plural noun: "14 wide ", "a dozen "
_COUNT_BEFORE = re.compile(
    r"(?<!season )(?<!series )(?<!part )(?<!volume )\b(?:\d{2,}|a dozen|dozens of|several) "
    r"(?:\w+ )?\Z"
)
#: a place an event returns to (folded): " to blossom hill farm"
_TO_A_PLACE = re.compile(
    r" to (?:\w+ ){0,4}?(?:farm|farms|stadium|park|hall|center|centre|square|street|fairgrounds|"
    r"arena|beach|library|museum|zoo|gardens?|church|school|downtown|campus|harbour|harbor|pier|"
    r"plaza|mall)\b"
)
#: words that make a return a work's (folded): a season, a network, a platform
_SCREEN_CONTEXT = re.compile(rf"\b(?:season|series|episodes?|{PLATFORM}|{_NETWORK})\b")
#: a noun that "launch" describes (folded): " tower", " party"
_STREAMING_NOUN_AFTER = re.compile(
    r" (?:service|services|platform|platforms|giant|app|apps|wars|rights|deal|numbers|charts?)\b"
)
#: "see this ", "saw it ": before "coming", an idiom of surprise (folded)
_SEE_IT_BEFORE = re.compile(r"\b(?:see|saw|seen|seeing) (?:this|that|it) \Z")
_LAUNCH_NOUN_AFTER = re.compile(
    r" (?:tower|pad|site|vehicle|control|sequence|party|event|campaign|window)\b"
)
#: the place that names a tennis or golf tournament, right before "Open" (folded)
_TOURNAMENT_BEFORE = re.compile(
    r"\b(?:australian|french|u s|us|british|italian|scottish|canadian|mexican|dubai|qatar|"
    r"miami|madrid|china|japan|korea|irish|welsh) \Z"
)
#: a kind of release right before a plural (folded): "wide day and date " (launches)
_RELEASE_KIND_BEFORE = re.compile(
    r"\b(?:wide|day and date|limited|simultaneous|staggered|platform) \Z"
)
#: words before "schedule" that make it a noun: "its 2026-27 primetime schedule"
_SCHEDULE_NOUN_BEFORE = re.compile(
    r"\b(?:its|their|the|a|fall|spring|summer|winter|primetime|midseason|new|full|release)"
    r"(?: \w+){0,4} \Z"
)


#: a past result right after a weekday (source text): " drew 6.8 million"
_RESULT_VERB_AFTER = re.compile(
    r"\s+(?:drew|delivered|averaged|pulled in|earned|grossed|scored)\s+(?:(?:a|an|about|nearly|"
    r"more than|over)\s+)?[$\d]"
)
#: a verb of a screening, which a festival holds too (folded)
_SCREENING_VERB = re.compile(r"\b(?:bows?|premieres?|debuts?|screens?)\b")


def _in_festival_days(ctx: Context, day: date) -> bool:
    """Whether ``day`` falls in the days of a festival the headline names."""
    for f in FESTIVAL_NAME.finditer(ctx.text, 0, ctx.title_fend):
        start = FESTIVAL_START.get(f.group())
        if start is not None:
            first = date(day.year, *start)
            if first - timedelta(days=3) <= day <= first + timedelta(days=14):
                return True
    return False


#: a festival as the subject right before a verb (folded): "toronto even ", "venice "
_FESTIVAL_SUBJECT = re.compile(
    rf"\b(?:before|after|when|until|as|once) (?:the )?{FESTIVAL}(?: film festival| festival)?"
    r"(?: even| officially| finally)? \Z|"
    # "San Diego Comic-Con returns July 20-23": the convention's own dates
    r"\b(?:san diego |new york )?comic con(?: \d{4})? \Z"
)
#: a venue or a city right after "premiere" (source text): " At Grauman's Chinese", " in
#: Leicester Square"; not "in theaters"
_VENUE_AFTER = re.compile(
    r"\s+(?:at|in|At|In)\s+(?:the\s+|The\s+)?(?:TCL\s+|Grauman[’']s\s+|[A-Z][\w&.-]*\s+){0,3}?"
    r"(?:Theatre|Theater|Chinese|Cinema|Hall|Center|Centre|Palace|Square|Odeon|Arena|Museum|"
    r"Hollywood|Los Angeles|New York|London|Paris|Tokyo|Berlin|Rome|Sydney|Westwood)\b"
    r"(?!\s+(?:Theaters|Theatres|Cinemas|theaters|theatres|cinemas)\b)"
)
#: between a venue and its day (source text): " On ", ", ", " on "
_DAY_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:[Oo]n\s+)?")
_PREMIERE_NOUN = re.compile(r"\bpremieres?\b")
#: how a release did, right after its verb (folded): "returns strong", "opened soft"
_RESULT_ADVERB_AFTER = re.compile(
    r" (?:strong|strongly|soft|softer|solid|solidly|well|higher|lower|flat|steady)\b"
)
#: the words of a ratings or box-office report (folded)
_RATINGS_WORDS = re.compile(
    r"\b(?:ratings|viewers|views|most watched|nielsen|box office|numbers|audience)\b"
)


def _release_verbs(ctx: Context, seg: Segment) -> Iterator[re.Match[str]]:
    """Release verbs in the segment; a move reaches its "to"/"for" past ten words only over
    an aside ("has dated X, the Y-directed comedy starring A and B, for Friday, Aug. 7")."""
    pos = seg.fstart
    while (m := RD_VERB.search(ctx.text, pos, seg.fend)) is not None:
        if (
            any(o.start <= m.start() < o.end for o, _ in ctx.occurrences)
            or (
                re.match(r"schedules?\b", m.group()) is not None
                and _SCHEDULE_NOUN_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
            )
            # "X is back Thursday": the title's own (not "the X writers room is back Monday")
            or (
                m.group().startswith(("is back", "are back"))
                and not any(o.end + 1 == m.start() for o, _ in ctx.occurrences)
            )
            # "before Toronto even opens": the festival's own start
            or _FESTIVAL_SUBJECT.search(ctx.text, max(0, m.start() - 40), m.start()) is not None
            # "TV Ratings: Walkout returns strong on Thursday night": a result, not a date
            or (
                _RESULT_ADVERB_AFTER.match(ctx.text, m.end()) is not None
                and _RATINGS_WORDS.search(ctx.text) is not None
            )
            or (
                # "Pledges 14 Wide Releases In 2027": a count of films, not a verb
                re.match(r"(?:releases|openings|premieres|launches|debuts)\b", m.group())
                is not None
                and _COUNT_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
            )
            # "In an era of wide day-and-date launches": a kind of release, a noun
            or (
                re.match(r"(?:releases|openings|launches|debuts)\b", m.group()) is not None
                and _RELEASE_KIND_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
            )
            # "on the film's launch tower set": a noun's first word
            or (m.group() == "launch" and _LAUNCH_NOUN_AFTER.match(ctx.text, m.end()) is not None)
            # "which joined streaming service Max on Friday": a noun's first word
            or (
                m.group() == "streaming"
                and _STREAMING_NOUN_AFTER.match(ctx.text, m.end()) is not None
            )
            # "I did not see this coming on Wednesday", "A24 is coming in hot today with a
            # first-look video": idioms, no release
            or (
                m.group() == "coming"
                and (
                    _SEE_IT_BEFORE.search(ctx.text, 0, m.start()) is not None
                    or ctx.text.startswith(" in hot", m.end())
                )
            )
            # "to carry the Australian Open through 2036": a tournament
            or (
                re.match(r"Open\b", ctx.doc.source[source_at(ctx, m.start()) :]) is not None
                and _TOURNAMENT_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
                is not None
            )
            # "Trunk or Treat returns to Joe Davis Stadium Saturday": an event back at a place
            # (not "Returns to School Sept. 10 on ABC", "... for Season 2")
            or (
                m.group().startswith("return")
                and _TO_A_PLACE.match(ctx.text, m.end()) is not None
                and _SCREEN_CONTEXT.search(ctx.text, seg.fstart, seg.fend) is None
            )
            # "The race looks wide open after the fall festivals"
            or (m.group().startswith("open") and ctx.text.endswith("wide ", 0, m.start()))
        ):
            # a title's own word ("Open Secret" opens nothing); a noun ("unveiled its
            # primetime schedule Monday")
            pos = m.start() + _first_word(m)
            continue
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
    words = word_gap(ctx.text, lo, min(starts))
    return words if words <= 8 else 0


def _aside_words(ctx: Context, fpos: int) -> int:
    """The words of an aside right after a verb ("releases the film, which stars X, on ...")."""
    start = source_at(ctx, fpos)
    aside = ASIDE.match(ctx.doc.source, start)
    if aside is None:
        return 0
    return len(fold(aside.group()).text.split())


def _title_only_in_aside(ctx: Context, fpos: int) -> int | None:
    """Where (folded) the aside after a verb's object ends, when the watched titles right
    after the verb stand only inside it ('will release "Y," the follow-up to X, in
    theaters'): the object is another work, the aside only names X. Else None."""
    start = source_at(ctx, fpos)
    aside = ASIDE.match(ctx.doc.source, start)
    if aside is None:
        return None
    comma = ctx.doc.source.find(",", start, aside.end())
    lo, mid, hi = start, comma, aside.end()
    spans = [(source_at(ctx, o.start), source_at(ctx, o.end)) for o, _ in ctx.occurrences]
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


#: a promo that says what the work does (folded): "spot confirms the series ", "the trailer
#: reveals it "
_PROMO_SAYS = re.compile(
    r"\b(?:confirms?|reveals?|teases?|says?|shows?|announces?|promises?|notes?)(?: that)? "
    r"(?:the (?:series|show|film|movie|season|sequel|drama|comedy)|it|they) \Z"
)


#: a promo as the subject of a relative clause: "the second teaser, which "
_PROMO_WHICH = re.compile(rf"\b(?:{PROMO})(?: \w+){{0,2}} (?:which|that) (?:\w+ )?\Z")


#: a promo as the subject its clause opens with: "the streamer said the first teaser for "
_PROMO_LEADS = re.compile(
    rf"(?:\w+ ){{0,4}}?(?:said |says |confirmed |announced |revealed |"
    # "The studio told the Annecy crowd that the first teaser for ..."
    rf"(?:told|tells) (?:\w+ ){{1,3}}?)?(?:that )?"
    rf"(?:the |a |an |its )?(?:first |new |official |final |second |next |full |teaser )*"
    rf"(?:{PROMO}) (?:for|of|from) "
)


#: a verb that makes the promo its object: "(Warner Bros.) has released (the first trailer)"
_PROMO_AS_OBJECT = re.compile(
    r"\b(?:released|unveiled|dropped|debuted|shared|launched|revealed|posted|premiered|"
    r"releases|unveils|drops|debuts|shares|launches|reveals|posts|premieres)\b"
)


#: where a second clause starts (source text): ", and", ";", "and the"
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but|while)\b|;|\band (?:the|it|its|they)\b|"
    r"\b(?:which|that|who|before|after|when|as|while|until|since|because|ahead of)\b"
)


_PUNCT_BEFORE = re.compile(r"[,;:)]\s*\Z")


def _is_release_verb(ctx: Context, seg: Segment, clauses: list[Clause], m: re.Match[str]) -> bool:
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
    if (
        (m.start() in ctx.date_ends or m.start() - 1 in ctx.date_ends)
        and not _PUNCT_BEFORE.search(ctx.doc.source, 0, source_at(ctx, m.start()))
        # "Sony on Wednesday moved X": a day as when, not what
        and not any(
            fe in (m.start(), m.start() - 1)
            and (d.form == "relday" or (d.form == "weekday" and d.text.lower().startswith("on ")))
            for _, fe, d in dates_between(ctx, max(0, m.start() - 30), m.start())
        )
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
    if START_VERB.fullmatch(m.group()) and _STAGE_RUN_AFTER.match(text, m.end()):
        return False  # "will begin performances in spring 2028": a stage run
    if START_VERB.fullmatch(m.group()) and not any(
        o.end <= m.start() and _START_GAP.fullmatch(text, o.end, m.start())
        for o, _ in ctx.occurrences
    ):
        return False  # "filming begins Monday": only a title starts its run
    if (START_VERB.fullmatch(m.group()) or _TO_START.match(text, m.end())) and (
        _SHOOT_SUBJECT.search(text, max(0, m.start() - 60), m.start())
    ):
        return False  # "Filming on X begins Monday", "Filming is set to begin next month"
    if (
        m.group().startswith("debut")
        and _PERSON_DEBUT_BEFORE.search(text, max(0, m.start() - 24), m.start())
    ) or (m.group() == "debut" and _HIS_HER_BEFORE.search(text, max(0, m.start() - 24), m.start())):
        return False  # "Idols Who Made Their Acting Debut In 2026": a person's first role
    if _RE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return False  # "was re-released in 38 theaters": an older release again
    if _EPISODE_SUBJECT.search(text, max(0, m.start() - 30), m.start()):
        return False  # "Season 2 Episode 7 will now stream on February 27": one episode's day
    if (
        m.group() == "releasing"
        and m.start() >= ctx.title_fend  # a headline capitalises every word
        and _COMPANY_RELEASING.search(
            ctx.doc.source, max(0, source_at(ctx, m.start()) - 30), source_at(ctx, m.end())
        )
    ):
        return False  # "Magnet Releasing has won the race for X": a distributor's name
    if m.group() == "out" and (
        not _OUT_AFTER.search(ctx.doc.source, 0, source_at(ctx, m.start()))
        or _out_of_another(ctx, m)
    ):
        # "Paramount's sequel, out Aug. 7" (not "laid out May 5"); not "The star of Blue
        # Orchid, out March 6, ...": that film's day
        return False
    if _right_before(ctx, _ANOTHER_MEDIUM_BEFORE, m.start()):
        # "X Deluxe Edition, Out May 8" (not "'Fair Game' Season 3 Opener", nor "X, Based on
        # the Hit Video Game, Opens July 17")
        return False
    if _COUNTED_WORKS.match(text, m.end()) or _right_before(ctx, _COUNTED_WORKS_BEFORE, m.start()):
        return False  # "the studio will release 14 films in theaters this year"
    if START_VERB.fullmatch(m.group()) and _WORK_STARTED.match(text, m.end()):
        return False  # "X will start shooting in Greece in spring"
    if m.group().startswith("opening") and _EVENT_OPENING.match(text, m.end()):
        return False  # "its world premiere on opening night, Sept. 10": a festival's night
    if re.match(r"(?:debut|premiere|opening|launch|release|bow|on )", m.group()) and (
        _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ):
        return False  # "the most-watched original comedy debut", "best start on the streamer"
    if _right_before(ctx, _EVENT_SUBJECT, m.start()):
        # "Tudum, which returns to Los Angeles on May 30": the event does (not "'Bear
        # Market' Heads to Apple TV+": the title's own word)
        return False
    if ABOUT_THE_WORK_BEFORE.search(text, max(0, m.start() - 50), m.start()):
        return False  # "First tracking for Disney's live-action X arrived Thursday"
    if _NOT_A_WORK_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False  # "according to internal data released Thursday": the data was
    counted = _COUNTED_SETS.search(text, max(0, m.start() - 16), m.start())
    if m.group().startswith("sets") and counted:
        return False  # "revealed four sets tied to X": toy sets
    if m.group().startswith("set") and ctx.doc.source[max(0, source_at(ctx, m.start()) - 1)] == "-":
        return False  # "a canal-set series", "Paris-set drama": where the story is set
    if (
        m.group() == "set"
        and STORY_SETTING_AFTER.match(text, m.end())
        and STORY_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ):
        return False  # "The chamber drama, set on a country estate in the summer of 1917"
    if m.group().startswith("set") and (
        _SET_NOUN_BEFORE.search(text, max(0, m.start() - 24), m.start())
        or (
            _WORK_SET_BEFORE.search(
                ctx.doc.source, max(0, source_at(ctx, m.start()) - 40), source_at(ctx, m.start())
            )
            and not re.match(r" (?:for|to)\b", text[m.end() : m.end() + 5])
        )
    ):
        return False  # "a storm took out the production's main set in August": a film set
    if m.group().startswith("set") and _STORY_SET_AFTER.match(ctx.text, m.end()):
        return False  # "the release, set over a single night of the Blitz in December"
    if m.group().startswith("set") and _set_is_a_place(ctx, m):
        return False  # "shares a photo from the X set": a film set
    clause = clause_of(clauses, m.start())
    if _PROMO_WHICH.search(text, max(clause[0], m.start() - 50), m.start()):
        return False  # "its second teaser, which debuted online Thursday morning"
    promo = PROMO_SUBJECT.search(text, max(clause[0], m.start() - 40), m.start())
    if promo and _PROMO_SAYS.search(text, promo.start(), m.start()):
        promo = None  # "the new spot confirms the series returns this fall": the series does
    if promo and not _PUNCT.search(
        ctx.doc.source, source_at(ctx, promo.start()), source_at(ctx, m.start())
    ):
        return False  # "the trailer drops Friday" (not "Gets First Teaser, In Theaters Dec. 18")
    if (
        promo
        and _PARTICIPLE.fullmatch(m.group())
        and PROMO_RIGHT_BEFORE.search(text, max(clause[0], m.start() - 30), m.start())
    ):
        return False  # "The first trailer, released today, finds ...": the trailer was
    lead = _PROMO_LEADS.match(text, clause[0], m.start())
    if lead and _PROMO_AS_OBJECT.search(lead.group()):
        lead = None  # "has released the first trailer for X, the epic opening Dec. 18"
    if lead and not _NEW_CLAUSE.search(
        ctx.doc.source, source_at(ctx, lead.end()), source_at(ctx, m.start())
    ):
        # "the streamer said the first teaser for the third season of X, its hospital
        # drama, will debut next month": the teaser is the subject
        return False
    if (
        re.match(r"premier|debut|bow|screen|start|begin|kick", m.group())
        and not _ON_A_NETWORK.match(text, m.end(), min(seg.fend, m.end() + 80))
        # "will make its HBO debut later this fall": a network's, not a festival's
        and not _NETWORK_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ):
        festivals = [
            f
            for f in (
                *FESTIVAL_CONTEXT.finditer(text, seg.fstart, seg.fend),
                *FESTIVAL_CONTEXT.finditer(text, 0, ctx.title_fend),
            )
            # (not a fan or trade convention outside what follows the verb: "used its Comic-Con
            # panel to reveal that season two will premiere Oct. 6"; still "to Premiere at
            # CinemaCon Thursday", "D23: Disney Will Premiere ...")
            if not _TRADE_SHOW.fullmatch(f.group())
            or m.end() <= f.start() < clause_of(clauses, m.start())[1]
            or f.start() == 0
        ]
        if any(
            not _ANNOUNCED_AT.search(text, max(0, f.start() - 60), f.start()) for f in festivals
        ):
            return False
    return True


#: a network or a streamer after a premiere verb, in its own part of the clause: a
#: broadcast, not a festival's screening ("will premiere Sunday, Oct. 18 at 9 p.m. on HBO",
#: not "will premiere in competition on Sept. 3 and stream on Netflix") (folded)
_ON_A_NETWORK = re.compile(
    r"(?: (?!before\b|after\b|then\b|ahead\b|following\b|and\b|stream\w*|hit\w*|arriv\w*|"
    rf"competition\b|{FESTIVAL}\b)\w+){{0,8}}? "
    rf"(?:on (?:{PLATFORM}|{_NETWORK})|"
    # a television hour: "at 9 p.m. ET" (an hour alone may be a festival screening's)
    r"\d{1,2}(?: \d\d)? ?(?:p ?m|a ?m) (?:et|pt|est|pst|edt|pdt|ct|cst|eastern|pacific))\b"
)


_TRADE_SHOW = re.compile(rf"(?:{TRADE_SHOWS})")
#: a network or a streamer named right before a premiere noun (folded): "its hbo ",
#: "their theatrical "
_NETWORK_RIGHT_BEFORE = re.compile(
    rf"\b(?:its|their) (?:{PLATFORM}|{_NETWORK}|theatrical|streaming|broadcast|television|tv) \Z"
)


#: where the news was told, not where the work premieres (folded): "the network announced
#: during Friday's Hall H panel at Comic Con"
_ANNOUNCED_AT = re.compile(
    r"\b(?:announced|revealed|unveiled|confirmed|said|shared|teased)"
    r"(?: (?!will\b|that\b|premiere\w*|screen\w*|debut\w*)\w+){0,2}? "
    r"(?:at|during) (?:\w+ ){0,6}\Z"
)


_PARTICIPLE = re.compile(
    r"released|dropped|unveiled|debuted|launched|posted|shared|premiered|"
    # a promo to come: "teases 'X' trailer, arriving Thursday"
    r"arriving|dropping|landing|debuting|coming"
)


#: "opening night", "opening gala": a festival's or a season's first event, not a release
_EVENT_OPENING = re.compile(
    r" (?:night|gala|ceremony|film|slot|selection|title|weekend of the (?:festival|fest))\b"
)


#: what starts, when it is not the run: " shooting", " production"
_WORK_STARTED = re.compile(
    r" (?:shooting|filming|production|principal photography|work|rehearsals|casting|"
    r"pre production|post production|its shoot|the shoot|lensing)\b"
)


#: between a title and its start verb: "X begins", "X Season 2 starts", "X will begin", "X
#: series 4 confirmed to start"
_START_GAP = re.compile(
    r"(?: (?:season|series|part) \w+| s\d+)?"
    r"(?: will| is set to| (?:is )?(?:confirmed|set|due|scheduled) to| to)? \Z"
)


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
    r"summit|market|marche du film|mart|showcase|fair|cafe|pop up|popup|exhibit|restaurant|"
    rf"museum|attraction|maze|{_MAKING_STEPS})(?: which| that)? \Z|"
    # the festival said it will: "The festival also revealed it will open May 12 with"
    r"\b(?:festival|fest)\b(?: (?!(?:and|but|while|as|when)\b)\w+){0,3} "
    r"(?:said|says|revealed|announced|confirmed) (?:on \w+ )?(?:that )?it "
    r"(?:will |would )?\Z|"
    # a festival by its name: "Cannes Opens Tuesday With X"
    rf"\b(?!{TRADE_SHOWS}){FESTIVAL}(?: \d{{4}})? \Z"
)


#: something about a work as the subject: "tracking for Disney's live-action X "
ABOUT_THE_WORK_BEFORE = re.compile(
    r"\b(?:tracking|reviews?|reactions?|presales?|tickets|data|buzz|first look|footage) "
    r"(?:for|of) (?:\w+ ){1,5}\Z"
)


#: a verb's subject that is no film: "data released Thursday", "the report released Monday"
_NOT_A_WORK_BEFORE = re.compile(
    r"\b(?:data|figures|numbers|statement|report|study|survey|stats|statistics|results|"
    r"rankings|memo|poll|findings|earnings|list|letter|filing|transcript|preorders?|tracking|"
    r"pre orders?|tickets|presales?|pre sales|sales|voting|registration|applications|entries|"
    r"nominations|sweepstakes|"
    r"submissions|bookings?|reservations|tracking services|services|estimates|projections)"
    r"(?: (?:are|is|was|were|will be|remain|remains))? \Z"
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
    place = _FROM_THE_SET.search(text, max(0, m.start() - 40), m.start())
    if place and not re.search(
        r"[,;:.!?(–—]", ctx.doc.source[source_at(ctx, place.start()) : source_at(ctx, m.start())]
    ):
        return True  # "farewell posts from the Vancouver set on Wednesday"
    for o, _ in ctx.occurrences:
        if o.end + 1 == m.start() and SET_PLACE_BEFORE.search(text, max(0, o.start - 12), o.start):
            src_end, src_set = source_at(ctx, o.end), source_at(ctx, m.start())
            return not re.search(r"[,;:.!?(–—-]", ctx.doc.source[src_end:src_set])
    return False


def _noun_date_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    """A date right before "release"/"premiere"/"debut" ("March 30 release date"), or a
    coming day right before where to see it ("All episodes June 24 on Hulu")."""
    out: list[Cue] = []
    pub = ctx.published.date()
    for fs, fe, d in dates_between(ctx, seg.fstart, seg.fend):
        if is_history(ctx, d):
            continue
        noun = (
            RD_BEFORE_NOUN.match(ctx.text, fe)
            and not RECORD_BEFORE.search(ctx.text, max(0, fs - 40), fs)
            and not FIGURE_BEFORE_DATE.search(ctx.text, max(0, fs - 40), fs)
            # (not a record's category: "the studio's August opening record")
            and not _RECORD_AFTER_DATE.match(ctx.text, fe)
            # (not past a comma: "The festival runs Aug. 27 to Sept. 6, opening with X"; a
            # year's comma is the date's own: "for a Feb. 13, 2032, theatrical release")
            and not (
                re.match(r"[’'\"”]?[,;:]", ctx.doc.source[d.end : d.end + 2])
                and not re.search(r"\d{4}\Z", d.text)
            )
        )
        if _PROMO_FOR.search(ctx.text, max(seg.fstart, fs - 40), fs):
            continue  # "the teaser for Thursday debut": the promo's day
        if d.date.precision == "year" and _LISTING_BEFORE.search(ctx.text, max(0, fs - 24), fs):
            continue  # "Fall TV 2028 Premiere Dates": the listing's year
        if _GIVEN_UP_BEFORE.search(ctx.text, max(seg.fstart, fs - 40), fs) or (
            _LEAVING_ITS_BEFORE.search(ctx.text, max(seg.fstart, fs - 24), fs)
            and _FOR_A_NEW_DATE_AFTER.match(ctx.text, fe)
        ):
            continue  # "X is vacating its October 9 release": a date left behind
        if d.form == "weekday" and _AFTER_A_DAY.search(ctx.text, max(seg.fstart, fs - 16), fs):
            continue  # "After Sunday's premiere at Venice": a day gone by
        if _RUN_END_BEFORE.search(ctx.text, max(seg.fstart, fs - 30), fs):
            continue  # "new episodes arriving weekly until June 30": the run's last day
        if d.form == "weekday" and (
            _RESULT_FIGURE_BEFORE.search(ctx.text, clause_of(clauses, fs)[0], fs)
            or _RESULT_VERB_AFTER_NOUN.search(ctx.text, fe, clause_of(clauses, fs)[1])
        ):
            # "drawing 23.9 million viewers for its series premiere Sunday night", "The Sunday
            # premiere of the comedy improved on ...": a result, that day gone by
            continue
        if d.form == "weekday" and _AT_AN_EVENT_BEFORE.search(
            ctx.text, max(seg.fstart, fs - 24), fs
        ):
            continue  # "hit the red carpet at Monday night's premiere": the event, gone by
        if _SHOOT_START_AFTER.match(ctx.text, fe) and (
            _SHOOT_WORDS.search(ctx.text) or all(m.production.kind == "film" for m in ctx.matches)
        ):
            continue  # "Production gets a June 21 start date", a film's: the shoot's
        if noun and (
            _SINCE_ITS.search(ctx.text, max(seg.fstart, fs - 30), fs)
            or (d.form == "weekday" and _AFTER_ITS.search(ctx.text, max(seg.fstart, fs - 12), fs))
        ):
            # "two months after its January debut", "after its Friday return": behind it
            continue
        if d.form == "weekday" and (
            RELEASED.search(ctx.text, *clause_of(clauses, fs)[:2])
            or _WAS_AFTER.search(ctx.text, fe, min(fe + 60, clause_of(clauses, fs)[1]))
        ):
            continue  # "Including its Wednesday opening, it has sold 1M tickets": a past day
        its = _ITS_SEASON_BEFORE.search(ctx.text, max(seg.fstart, fs - 40), fs)
        if its and _WAS_SET_TO_BEFORE.search(
            ctx.text, max(seg.fstart, its.start() - 40), its.start()
        ):
            continue  # "which had been set to premiere its second season on Oct. 3": given up
        if its and _PAST_BEFORE_ITS.search(
            ctx.text, max(seg.fstart, its.start() - 30), its.start()
        ):
            continue  # "tipped off its second season Sunday night on HBO Max": a day gone by
        if its:
            noun = True  # "for its second season this fall"
        where = d.date.precision == "day" and d.date.day >= pub
        # (not after a past verb: "Closing Bell returned Wednesday on Apple TV+")
        where = where and not _PAST_RIGHT_BEFORE.search(ctx.text, max(seg.fstart, fs - 16), fs)
        where = where and bool(
            WHERE_AFTER_DATE.match(ctx.text, fe)
            or _EPISODES_BEFORE.search(ctx.text, max(seg.fstart, fs - 30), fs)
        )
        if noun or where:
            out.append(Cue("release_date", date_status(ctx, clauses, fs, fe, d), fs, fe, date=d))
    return out


#: a title leaving its own date (folded): "leaving its " (oct 9 release for oct 30)
_LEAVING_ITS_BEFORE = re.compile(r"\b(?:leaves|leaving) its \Z")
_FOR_A_NEW_DATE_AFTER = re.compile(r"(?: \w+){0,2} (?:for|to) \w")
#: a title's own date given up, right before it (folded): "is vacating its ", "exits the",
#: "pulled X from its original"
_GIVEN_UP_BEFORE = re.compile(
    r"\b(?:vacat(?:es|ed|ing)|exit(?:s|ed|ing)|abandon(?:s|ed|ing)|"
    r"ced(?:es|ed|ing)|(?:gives|gave|giving) up|(?:pulls?|pulled|pulling) (?:\w+ ){0,4}?"
    r"(?:from|off)) (?:its|their|the)(?: original| current| previous| planned)? \Z|"
    # "ahead of its initially scheduled June 27 premiere"
    r"\b(?:initially|originally|previously|formerly) (?:scheduled|planned|set|slated|dated|"
    r"announced)(?: for)? \Z"
)
#: goods on sale right after an arrival verb (folded): " in stores", " on shelves"
_IN_STORES = re.compile(
    r" (?:in|at) (?:stores|shops|retailers|bookstores|bookshops)\b| (?:on|to) (?:shelves|store "
    r"shelves|bookshelves)\b"
    # a place, an exhibit or an attraction: "opens to the public Saturday"
    r"| to the public\b"
)
#: a plan given up, right before "its ... season" (folded): "had been set to premiere "
_WAS_SET_TO_BEFORE = re.compile(
    r"\b(?:had been|was once|were once) (?:set|slated|scheduled|due) to (?:\w+ ){0,2}\Z"
)
#: a venue between a premiere and its day (folded): " at the stockyards on "
_AT_A_VENUE = re.compile(r" (?:at|in) (?:the )?(?:\w+ ){1,4}?(?:on )?")
#: a red carpet's event in the clause (folded)
_RED_CARPET = re.compile(r"\b(?:red carpet|walked the carpet|carpet arrivals)\b")
#: the figures' occasion right before a premiere verb (folded): "for its series "
_FOR_ITS_RIGHT_BEFORE = re.compile(r"\b(?:for|in|with) (?:its|their|the) (?:\w+ ){0,2}\Z")
#: a verb of a counted result and its figure (folded): "drawing 23 9", "averaged about 5"
_RESULT_VERBS = (
    r"drew|drawing|draws|averaged|averaging|delivered|delivering|posted|pulled in|earned|scored|"
    r"notched|generated|generating|grossed|grossing|took in|collected|added"
)
_RESULT_FIGURE = (
    r"(?:(?:a|an|about|roughly|around|nearly|more than|over|another) )?(?:\$|\d|record)"
)
#: a result before a weekday's premiere in its clause (folded): "drawing 23 9 million"
_RESULT_FIGURE_BEFORE = re.compile(rf"\b(?:{_RESULT_VERBS}) {_RESULT_FIGURE}")
#: a result after a weekday's premiere (folded): "(the sunday premiere of the comedy) improved"
_RESULT_VERB_AFTER_NOUN = re.compile(
    r"\b(?:improved|grew|rose|fell|dipped|jumped|slipped|climbed|outdrew|outperformed|"
    r"ticked up|ticked down|saw|shattered|smashed|outrated)\b"
)
#: "on " right before a verb used as a noun (folded): "on opening friday"
_ON_RIGHT_BEFORE = re.compile(r"\bon (?:its |the )?\Z")
#: a repeat airing a few words before a day (folded): "encore broadcasts scheduled on "
_REPEAT_AIRING_BEFORE = re.compile(
    r"\b(?:encores?|encore (?:broadcasts?|airings?|showings?)|reruns?|re airs?) "
    r"(?:\w+ ){0,6}?\Z"
)
#: the end of a weekly run right before a day (folded): "weekly until ", "every friday through "
_RUN_END_BEFORE = re.compile(
    r"\b(?:weekly|each week|every week|every (?:mon|tues|wednes|thurs|fri|satur|sun)day) "
    r"(?:until|till|through|thru) (?:the )?\Z"
)
#: a weekday's event behind the news (folded): "following ", "after last "
_AFTER_A_DAY = re.compile(r"\b(?:after|following) (?:last )?\Z")
#: a weekday's event one is or was at (folded): "at ", "attended ", "arrived at the "
_AT_AN_EVENT_BEFORE = re.compile(
    r"\b(?:at|attended|attends|arrived at|arrives at|celebrates at|celebrated at)(?: the)? \Z"
)
#: a past state or result after a weekday's event (folded): "Sunday's return ... was up"
_WAS_AFTER = re.compile(rf"\b(?:(?:was|were|is|are) (?:up|down)|{_RESULT_VERBS}) {_RESULT_FIGURE}")
#: a verb of a date only considered (folded): "eyeing", "targets", "aiming for"
_EYEING = re.compile(
    r"(?:eyes|eyeing|eyed|eye|targets|targeting|targeted for|target|aiming for|aims for)\b"
)
#: where or when a story is set, right after "set" (folded): " over a single night"
_STORY_SET_AFTER = re.compile(
    r" (?:over|during|amid|among|against|across|inside|aboard|entirely)\b"
)
#: a past verb right before a day (folded): "returned ", "debuted on "
_PAST_RIGHT_BEFORE = re.compile(
    r"\b(?:returned|premiered|debuted|dropped|arrived|landed|opened|aired|launched|bowed|"
    r"came back|was back)(?: on)? \Z"
)


#: a season's own time: "(shifts to Tuesdays) for its second season this fall"
_ITS_SEASON_BEFORE = re.compile(
    r"\bits (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
    r"|final|new|next|upcoming|sophomore) (?:season|series) (?:in |on |starting |beginning )?\Z"
)


#: a past verb before the season: "returned for its third season Thursday" (a result)
_PAST_BEFORE_ITS = re.compile(
    r"\b(?:returned|premiered|debuted|launched|opened|began|started|kicked off|came back|"
    r"bowed|ended|wrapped|wrapped up|closed out|concluded|finished|tipped off) (?:for |with |on )?"
    r"\Z"
)
#: a debut the entry counts from: "since its", "two months after its" (January debut)
_SINCE_ITS = re.compile(r"\b(?:since|(?:days|weeks|months|years) after) (?:its|the|their|a|an) \Z")


_TO_SHOOT = re.compile(
    r"\bto (?:(?:start|begin|resume|commence) (?:shooting|filming|production|principal "
    r"photography|rolling)|roll(?! out)|shoot|film(?! (?:festival|fest|market)))\b"
)
#: a start right after the verb, whose subject is then the shoot: "(filming is set) to begin"
_TO_START = re.compile(r" to (?:start|begin|resume|commence|kick off|get underway)\b")
#: films counted as the verb's object: "(will release) 14 films", "(dates) two more titles"
_COUNTED_WORKS = re.compile(
    r" (?:\d{1,3}|a dozen|dozens of|several|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)(?: more| new)? (?:\w+ )?(?:films|movies|titles|features|releases|series|shows|"
    r"originals)\b"
)


def _right_before(ctx: Context, pattern: re.Pattern[str], fpos: int) -> bool:
    """Whether ``pattern`` (ending ``\\Z``) matches the words right before folded ``fpos``,
    outside the titles and with no comma, colon or dash between it and ``fpos`` in the
    source (folding drops them: "X, Based on the Hit Video Game, Opens July 17")."""
    m = pattern.search(ctx.untitled, max(0, fpos - 40), fpos)
    if m is None:
        return False
    between = ctx.doc.source[source_at(ctx, m.start()) : source_at(ctx, fpos)]
    # a relative clause goes on with its subject: "the fan event, which returns ..."
    return not _ASIDE_PUNCT.search(_RELATIVE.sub(" ", between))


_ASIDE_PUNCT = re.compile(r"[,;:()\[\]–—]|\s-\s")
_RELATIVE = re.compile(r",\s+(?=(?:which|that|who)\b)")
#: what stands before an aside's "out" (source text): a comma, or a title's closing quote
_OUT_AFTER = re.compile(r"(?:,|[’”'\"])\s*\Z")
#: a stage run right after a start verb (folded): " performances", " previews"
_STAGE_RUN_AFTER = re.compile(r" (?:its |their )?(?:performances|previews|rehearsals)\b")
#: a person's debut: "made their acting debut", "her directorial debut", "will make his
#: Broadway debut"
_PERSON_DEBUT_BEFORE = re.compile(
    r"\b(?:acting|directorial|directing|feature directorial|solo|singing|modeling) \Z"
)
#: a person's own debut as a noun (folded): "(will make) his broadway " (debut)
_HIS_HER_BEFORE = re.compile(r"\b(?:his|her) (?:\w+ ){0,2}\Z")
#: a numbered episode (not the first) as a verb's subject: "episode 7 will now stream on"
_EPISODE_SUBJECT = re.compile(
    r"\bepisode (?!0?1\b|one\b)(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?: (?:will|now|has|is|was|been|be|also))* \Z"
)
#: a distributor named "... Releasing" (source text): "Sony Pictures Releasing"
_COMPANY_RELEASING = re.compile(r"\b[A-Z][\w&-]*\s+Releasing\Z")
#: a capitalised name right before ", out" (source text): "Blue Orchid, out March 6"
_NAME_BEFORE_OUT = re.compile(r"\b[A-Z][\w'’&.-]*[’”'\"]?,\s*\Z")


def _out_owner(ctx: Context, m: re.Match[str]) -> Occurrence | None:
    """The watched title ", out Aug. 7" follows, right before its comma or before the aside
    that comma closes ("Rosalind, Searchlight's biopic of ..., out Dec. 4")."""
    src, to_folded = ctx.doc.source, ctx.doc.folded.to_folded
    start = source_at(ctx, m.start())
    comma = src.rfind(",", 0, start)
    if comma < 0 or src[comma + 1 : start].strip():
        return None  # no comma right before "out"
    aside = src.rfind(",", max(0, comma - 100), comma)
    ends = {to_folded(comma)} | ({to_folded(aside)} if aside >= 0 else set())
    return next((o for o, _ in ctx.occurrences for e in ends if e - 1 <= o.end <= e), None)


def _out_of_another(ctx: Context, m: re.Match[str]) -> bool:
    """ ", out Aug. 7" after a name that is no watched title: the day is that work's."""
    start = source_at(ctx, m.start())
    if not _NAME_BEFORE_OUT.search(ctx.doc.source, max(0, start - 40), start):
        return False  # "Paramount's sequel, out Aug. 7": the sequel the sentence is about
    return _out_owner(ctx, m) is None


#: a record, a book or a game right before the verb: its own release
_ANOTHER_MEDIUM_BEFORE = re.compile(
    r"\b(?:edition|album|ep|single|vinyl|soundtrack|record|lp|mixtape|novel|memoir|paperback|"
    r"hardcover|comic|video game|game|dlc|expansion|board game|audiobook|cookbook)s? \Z"
)
_COUNTED_WORKS_BEFORE = re.compile(r"(?<!\bof)" + _COUNTED_WORKS.pattern + r" \Z")
_AFTER_ITS = re.compile(r"\bafter (?:its|the|their) \Z")
#: "All episodes August 26", "every episode Friday": a season's day
_EPISODES_BEFORE = re.compile(r"\b(?:all|every) (?:\w+ )?episodes? (?:on |from )?\Z")


_PROMO_FOR = re.compile(r"\b(?:trailers?|teasers?|promos?|clips?|footage) (?:for|on|set for) \Z")


#: a video's label: "X Season 3 | Date Announcement | Netflix"
_DATE_LABEL = re.compile(
    r"(?:official )?(?:release |premiere )?date (?:announcement|announce|reveal)"
    r"(?: (?:teaser|trailer|promo|video))?"
)


_RE_BEFORE = re.compile(r"\bre \Z")
#: the shoot as what a move moves: "pushed its start of production to", "moved the shoot to"
_SHOOT_OBJECT = re.compile(
    r"\b(?:start of |its |the )(?:production|shoot|shooting|filming|principal photography)\b"
)
#: a relative clause with a verb of its own between a verb and a date: the date is its
_RELATIVE_VERB_BETWEEN = re.compile(
    r"\b(?:which|that|who) (?:\w+ ){0,3}?(?:premiered|opened|debuted|screened|bowed|launched|"
    r"wrapped|aired)\b"
)
#: a film set, by the noun before it: "the main set", "the production's soundstage set"
#: a work's possessive and a place's name before "set" (source text): "the show’s Brooklyn
#: set", "the film's London set": where it is shot (not "The Film's Release Set For")
_WORK_SET_BEFORE = re.compile(
    r"\b(?i:show|film|movie|series)[’']s\s+"
    r"(?:(?!(?i:release|premiere|debut|opening|return|launch)\b)[A-Z][\w-]*\s+){1,2}\Z"
)
#: "set" as a place after "from/on/at the" and a word or two (folded): "from the Vancouver "
_FROM_THE_SET = re.compile(
    r"\b(?:from|on|at|onto|off) (?:the (?:(?!(?:then|and|but|it|which|that|has|was|is)\b)\w+ )"
    r"{0,4})?\Z|"
    # "posting a snap of the series' burned-out diner set on Monday"
    r"\b(?:snaps?|photos?|pictures?|pics?|images?|videos?|selfies?|shots?|glimpses?|tour) "
    r"(?:of|from|inside) (?:the |its |their )?(?:(?!(?:then|and|but|it|which|that|has|was|is)"
    r"\b)\w+ ){0,4}\Z"
)
_SET_NOUN_BEFORE = re.compile(
    r"\b(?:main|studio|production|soundstage|sound stage|outdoor|backlot|standing|interior|"
    r"exterior|period|massive|elaborate|practical) \Z"
)
#: a date given up: "has lost its release date", "loses its slot"
#: a question of whether there is a date (folded): "whether it has a "
_WHETHER_BEFORE = re.compile(r"\b(?:whether|if) (?:\w+ ){0,3}\Z")
_LOST_BEFORE = re.compile(
    r"\b(?:(?:lost|loses|lose|losing) (?:its|a|the)|with no|has no|have no|still no|no) "
    r"(?:\w+ )?release date\b"
)
#: the day of a statement, not of the release (source text): "On April 20, tvN announced"
_STATEMENT_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)On\s+\Z")
_STATEMENT_AFTER = re.compile(
    r",?\s+(?:[A-Z][\w+&.-]*\s+){1,3}(?:announced|confirmed|revealed|said|shared|unveiled)\b"
)


def _set_date_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    """ "Sets release date" with the date near it, if the text gives one; a video labelled
    "Date Announcement"."""
    text = ctx.text
    out: list[Cue] = []
    if seg.in_title and _DATE_LABEL.fullmatch(text, seg.fstart, seg.fend):
        out.append(Cue("release_date", "announced", seg.fstart, seg.fend))
    for m in RD_SET.finditer(text, seg.fstart, seg.fend):
        promo = PROMO_RIGHT_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if promo and not re.search(
            r"[,;:|–—]", ctx.doc.source[source_at(ctx, promo.start()) : source_at(ctx, m.start())]
        ):
            continue  # "Solar Flare Teaser Trailer Release Date Confirmed": the promo's date
        if _LOST_BEFORE.search(text, max(0, m.start() - 20), m.end()) or _WHETHER_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "it has lost its release date", "with no release date set": none now
        hi = min(seg.fend, words_after(text, m.end(), DATE_AFTER_WORDS))
        near = [
            d
            for d in _fresh_dates(ctx, max(seg.fstart, m.start() - 40), hi)
            if not (
                _STATEMENT_AFTER.match(ctx.doc.source, d.end)
                and _STATEMENT_BEFORE.search(ctx.doc.source, max(0, d.start - 8), d.start)
            )
            and not _other_quoted_title_before(ctx, m.end(), d)
        ]
        when = near[0] if near else None
        if EVENT_PREMIERE_DATE.search(m.group()):
            # "gets Venice world premiere date of Sept. 2": the festival premiere's day
            day = when if when and when.date.precision in ANNOUNCED_PRECISIONS else None
            out.append(Cue("premiere", "announced", m.start(), m.end(), date=day))
            continue
        status = date_status(ctx, clauses, m.start(), m.end(), when)
        out.append(Cue("release_date", status, m.start(), m.end(), date=when))
    return out


def _other_quoted_title_before(ctx: Context, lo: int, d: DateMention) -> bool:
    """Whether the last title quoted between folded ``lo`` and date ``d`` is no watched one,
    nor followed by one ("Premiere Dates: 'X' Returns For Season 4, 'Other' Launches
    Tuesday": the day is the other's)."""
    folded = ctx.doc.folded
    last = None
    for a, b in quoted_spans(ctx.doc.source[folded.to_source(lo) : d.start]):
        last = (a, b)
    if last is None:
        return False
    base = folded.to_source(lo)
    a, b = base + last[0], base + last[1]
    if not ctx.doc.source[a : a + 1].isupper():
        return False  # a quoted phrase, not a title
    if _PART_BEFORE_QUOTE.search(ctx.doc.source, max(0, a - 16), a):
        return False  # "Season 2 'The Drowned Year' Arrives Sept. 24": the season's subtitle
    if ctx.doc.source[a:b].rstrip().endswith(",") or not _OWN_VERB_THEN_DATE.fullmatch(
        ctx.doc.source, b, d.start
    ):
        return False  # "the thriller from the director of 'Other,' for March 5": an aside
    fa = folded.to_folded(a)
    fd = folded.to_folded(d.start)
    return not any(fa <= o.start < fd for o, _ in ctx.occurrences)


#: a part of a work right before a quoted subtitle (source text): "Season 2 ‘"
_PART_BEFORE_QUOTE = re.compile(
    r"\b(?:[Ss]eason|[Ss]eries|[Pp]art|[Vv]olume|[Cc]hapter)\s+\w+\s*[:–—-]?\s*[‘'\"“]\Z"
)
#: after a quoted title, its own verb and then the date (source text): "’ Launches "
_OWN_VERB_THEN_DATE = re.compile(
    r"[’'\"”]\s+(?!(?:[Ff]or|[Oo]n|[Ii]n|[Aa]t|[Tt]o|[Oo]f|[Ff]rom|[Ww]ith|[Bb]y)\b)[A-Za-z]+"
    r"(?:\s+(?:on|in|for))?\s+"
)


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
        fs = date_start(ctx, d)
        return ctx.text[max(0, fs - 40) : fs]

    former = [d for d in near if SHIFT_FROM_BEFORE.search(before(d))]
    landed = [d for d in near if SHIFT_TO_BEFORE.search(before(d)) and d not in former]
    if landed:
        return landed[0], former[0] if former else None
    start = former[0] if former else near[0]
    return _shifted(start, m), start


#: a video named for a date announcement (source text): "Silverline – Season 3 Date
#: Announcement | Prime Video"; not "Fans Still Waiting on Date Announcement"
_DATE_ANNOUNCEMENT_VIDEO = re.compile(
    r"(?<!\bon )(?<!\bfor )(?<!\ba )(?<!\bthe )\b(?:(?:[Rr]elease|[Pp]remiere) )?[Dd]ate "
    r"[Aa]nnouncement\s*(?:\||\Z)"
)


def _date_announcement_video(ctx: Context, seg: Segment) -> list[Cue]:
    """A video upload named "... Date Announcement | Network": a date announced, no day."""
    if not seg.in_title or "|" not in ctx.doc.source[: ctx.doc.title_end]:
        return []
    m = _DATE_ANNOUNCEMENT_VIDEO.search(ctx.doc.source, seg.start, seg.end)
    if m is None:
        return []
    start = ctx.doc.folded.to_folded(m.start())
    return [Cue("release_date", "announced", start, ctx.doc.folded.to_folded(m.end()))]


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
