"""Production cues: filming under way and wrapped.

See :mod:`tracker.detect` for how cues become observations.
"""

from __future__ import annotations

import re

from tracker.attribution import Context
from tracker.clauses import (
    HEDGE_BEFORE,
    Clause,
    clause_of,
    dates_between,
    dates_in,
    hedged,
    is_history,
    source_at,
    words_after,
)
from tracker.cues import (
    DOUBT,
    FESTIVAL,
    FILMING,
    FILMING_THROUGH,
    HEDGE,
    PRE_POST,
    PRODUCTION_MARK,
    STORY_BEFORE,
    STORY_SETTING_AFTER,
    WRAPPED,
    WRAPS_AFTER,
    WRAPS_BEFORE,
    Cue,
)
from tracker.match import Occurrence
from tracker.text import Segment


def production_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    text = ctx.text
    out: list[Cue] = []
    if PRODUCTION_MARK.search(text, seg.fstart, seg.fend):  # else none of these phrasings
        out.extend(_shoot_phrase_cues(ctx, seg, clauses))
    for o, _ in ctx.occurrences:
        if not seg.fstart <= o.start < seg.fend:
            continue
        clause = clause_of(clauses, o.start)
        after = WRAPS_AFTER.match(text[: clause[1]], o.end)
        if after and after.group("place") and _TIME_WORDS & set(after.group("place").split()):
            after = None  # "wraps in two weeks", "wraps in Budapest next week": not yet
        before = WRAPS_BEFORE.search(text, max(clause[0], o.start - 8), o.start)
        films = _FILMS_AT_AFTER.match(text, o.end)
        if (
            films
            and not HEDGE.search(text, max(clause[0], o.start - HEDGE_BEFORE), o.start)
            # (not a plan: "'X' Shoots in Budapest This Fall")
            and not any(
                d.date.day > ctx.published.date()
                for _, _, d in dates_between(ctx, films.end(), clause[1])
            )
        ):
            # "'Slipstream' Shoots On The Grid At Monaco", "'X' Films at Roland-Garros"
            out.append(Cue("production", "filming", films.start() + 1, films.end(), bound=o))
        for w in (after, before):
            if w and not HEDGE.search(text, max(clause[0], w.start() - HEDGE_BEFORE), w.start()):
                out.append(Cue("production", "wrapped", w.start(), w.end(), bound=o))
    return out


def _shoot_phrase_cues(ctx: Context, seg: Segment, clauses: list[Clause]) -> list[Cue]:
    """ "Filming wraps", "begins filming", "will film in <place> through <date>"."""
    text = ctx.text
    out: list[Cue] = []
    for pattern, status in ((WRAPPED, "wrapped"), (FILMING, "filming")):
        for m in pattern.finditer(text, seg.fstart, seg.fend):
            if PRE_POST.search(text, max(0, m.start() - 6), m.start()):
                continue
            before_set = ctx.doc.source[
                max(0, source_at(ctx, m.start()) - 3) : source_at(ctx, m.start())
            ]
            if (
                m.group().startswith("set ")
                and before_set[-1:] in ("-", "‑")
                and before_set.lower()[:2] != "on"
            ):
                continue  # "the Phoenix-set pic": where the story is set (not "On-Set Pics")
            bound = None
            if _NOW_FILMING.fullmatch(m.group()):
                # "now in London filming 'Other'": the shoot is the title right after it
                bound = _object_after(ctx, m.end())
                after = ctx.doc.source[source_at(ctx, m.end()) :].lstrip()
                if (
                    bound is None
                    and after[:1]
                    and (
                        after[0] in "'\"‘“"
                        or after[0].isupper()
                        or (
                            _INDEFINITE.match(after) is not None
                            # (not "shooting a third season of X", "filming a drama called X",
                            # "'X' Season 3: Cast Currently Filming a Two-Part Finale")
                            and not any(
                                seg.fstart <= o.start <= words_after(text, m.end(), 8)
                                for o, _ in ctx.occurrences
                            )
                        )
                    )
                ):
                    # another work named right after the verb, or one not named ("now in
                    # London shooting a stage adaptation")
                    continue
            if status == "filming" and _starts_ahead(ctx, clauses, m):
                continue  # "Season 3 Starts Shooting This Summer": not yet
            if (
                status == "filming"
                and seg.in_title
                and text.endswith(" to ", 0, m.start())
                and not _WENT_BEFORE.search(text, clause_of(clauses, m.start())[0], m.start())
            ):
                # "Robert Pattinson to Begin Shooting": a headline's future (not "went to
                # Iceland in May to start filming X")
                continue
            if status == "filming" and _MATERIAL.search(m.group()) and _FAN_EDIT.search(ctx.text):
                continue  # "Fan edit made from ... set photos": the fan's material, no news
            if (
                m.group().endswith(" set")
                and STORY_SETTING_AFTER.match(text, m.end())
                and STORY_BEFORE.search(text, max(0, m.end() - 33), m.end() - 3)
            ):
                continue  # "a photo from X, its drama set inside a cycling team": the story's
            if not hedged(ctx, clauses, m.start(), m.end(), HEDGE):
                out.append(Cue("production", status, m.start(), m.end(), bound=bound))
    for m in FILMING_THROUGH.finditer(text, seg.fstart, seg.fend):
        if not hedged(ctx, clauses, m.start(), m.end(), DOUBT):
            out.append(Cue("production", "filming", m.start(), m.end()))
    return out


_INDEFINITE = re.compile(r"(?:a|an|another)\s", re.IGNORECASE)
#: a past verb of going somewhere, whose "to" is a purpose (folded)
_WENT_BEFORE = re.compile(
    r"\b(?:went|came|headed|traveled|travelled|returned|flew|moved|arrived|gathered)\b"
)
#: the title's own shoot at a place, right after it (folded): " shoots on the grid at", "
#: films at" (not at a festival: "X Films at Sundance")
_FILMS_AT_AFTER = re.compile(
    rf"(?: (?:season|series) \w+)? (?:films|shoots|is filming|is shooting|are filming|"
    rf"are shooting) (?:on|at|in) (?!{FESTIVAL}\b)(?:the )?\w+"
)
#: pictures or video from the set, which a fan's video may be made of (folded)
_MATERIAL = re.compile(r"\b(?:photos?|pics?|pictures?|images?|videos?|footage)\b")
#: a fan's own video (folded): "Fan Made", "fan edit", "concept trailer", "not affiliated"
_FAN_EDIT = re.compile(
    r"\bfan (?:made|edit|edited|cut|trailer)\b|\bconcept trailer\b|\bnot affiliated\b"
)


#: words of a time, not a place (folded)
_TIME_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "few",
        "several",
        "a",
        "an",
        "next",
        "this",
        "coming",
        "early",
        "late",
        "mid",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "weekend",
        "tomorrow",
        "today",
        "tonight",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
) | frozenset(str(n) for n in range(100))
#: a shoot's start in the present or future tense
_STARTS = re.compile(r"\b(?:begins?|starts?|kicks? off|commences?|gets? underway)\b")


#: a summary cut by the feed right there: " ...", "…"
_CUT = re.compile(r"\s*(?:\.\.\.|…|\[(?:\.\.\.|…|&#8230;)\])\s*\Z")


def _starts_ahead(ctx: Context, clauses: list[Clause], m: re.Match[str]) -> bool:
    """A start with a date still ahead right after it ("starts shooting this summer")."""
    if not _STARTS.search(m.group()):
        return False
    at = source_at(ctx, m.end())
    if at > ctx.doc.title_end and _CUT.match(ctx.doc.source, at):
        return True  # "... Production begins ...": the feed cut the time it begins
    text = ctx.text
    hi = min(clause_of(clauses, m.start())[1], words_after(text, m.end(), 6))
    today = ctx.published.date()
    return any(
        not is_history(ctx, d) and not (d.date.precision == "day" and d.date.day <= today)
        for d in dates_in(ctx, m.end(), hi)
    )


def _object_after(ctx: Context, fpos: int) -> Occurrence | None:
    """A watched title within three words after ``fpos``, no punctuation between."""
    for o, _ in ctx.occurrences:
        if fpos < o.start <= words_after(ctx.text, fpos, 3):
            between = ctx.doc.source[source_at(ctx, fpos) : source_at(ctx, o.start)]
            if not re.search(r"[,;:.!?|–—]", between):
                return o
    return None


#: "now in Malta filming", "currently shooting": a shoot under way somewhere
_NOW_FILMING = re.compile(r"(?:now|currently|still) (?:in (?:\w+ ){1,3})?(?:filming|shooting)")
