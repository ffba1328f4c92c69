"""A segment read as clauses, and what every cue finder asks of a cue's place in them.

Pure functions of a :class:`~tracker.attribution.Context`: the clauses of a segment and
whether they are doubtful, whether a cue is hedged, the dates near it, whether a date is
history, and the status a dated cue takes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from itertools import pairwise

from tracker.attribution import Context
from tracker.cues import (
    CLAUSE_MARK,
    CLAUSE_WORD,
    DOUBT,
    DOUBT_LABEL,
    HEDGE_AFTER_WORDS,
)
from tracker.dates import DateMention
from tracker.text import Segment

HEDGE_BEFORE, HEDGE_AFTER = 60, 40


_PROMO_TRAILER = r"\b(?:trailers?|teasers?|promos?|clips?|sneak peeks?|footage)\b"


PROMO_TRAILER = re.compile(_PROMO_TRAILER)


DATE_AFTER_WORDS = 8


ANNOUNCED_PRECISIONS = ("day", "month")


Clause = tuple[int, int, bool, bool]  # folded start, end, doubtful, a question


def split_clauses(ctx: Context, seg: Segment) -> list[Clause]:
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
    out: list[Clause] = []
    for a, b in pairwise(points):
        if b <= a:
            continue
        o_end = ctx.doc.folded.to_source(b) if b < seg.fend else seg.end
        tail = src[ctx.doc.folded.to_source(a) : o_end].rstrip(" \"'”’)")
        question = tail.endswith("?")
        out.append((a, b, doubtful or question, question))
    return out


def clause_of(clauses: list[Clause], pos: int) -> Clause:
    for c in clauses:
        if c[0] <= pos < c[1]:
            return c
    return clauses[-1]


def hedged(
    ctx: Context,
    clauses: list[Clause],
    start: int,
    end: int,
    pattern: re.Pattern[str],
    stop: int | None = None,
) -> bool:
    """A doubtful clause, a hedge before the cue, or a forward-looking hedge after it
    (before ``stop``, where the words after belong to another verb)."""
    first, last = clause_of(clauses, start), clause_of(clauses, max(start, end - 1))
    if any(c[2] for c in clauses if c[0] < end and start < c[1]):
        return True
    text = ctx.hedge_text  # a title's own words hedge nothing ("Tsukiyo no Yaiba")
    if _outside_dates(ctx, pattern, text, max(first[0], start - HEDGE_BEFORE), start):
        return True
    if end - start > 20 and _outside_dates(ctx, pattern, text, start, end):
        return True  # inside a long cue: "tracking for a $40M opening"
    hi = min(last[1], end + HEDGE_AFTER, len(text) if stop is None else stop)
    # a long title right after the cue does not use up the reach of a hedge right after it
    # ("First Teaser for 'Splinter House: The First Night' Arrives Next Week"), within its
    # own clause: no punctuation or joining word between
    titled = [
        (o.end, min(last[1], o.end + 24, len(text) if stop is None else stop))
        for o, _ in ctx.occurrences
        if end <= o.start <= end + 12 and o.end + 24 > hi
    ]
    return (
        any(
            HEDGE_AFTER_WORDS.match(h.group())
            and not _in_a_date(ctx, h.start())
            # (an "and if" opens a clause of its own: "opens Sept. 18, and if there is any justice")
            and not (h.group() == "if" and text.endswith("and ", 0, h.start()))
            and not (
                h.group().startswith("await")
                and _EPITHET_BEFORE.search(text, max(0, h.start() - 24), h.start())
            )
            for h in pattern.finditer(text, end, max(end, hi))
        )
        or any(
            HEDGE_AFTER_WORDS.match(h.group())
            and not _in_a_date(ctx, h.start())
            and not _JOIN.search(text, lo, h.start())
            and not re.search(
                r"[,;:(–—]|\s-\s",
                ctx.doc.source[ctx.doc.folded.to_source(lo) : ctx.doc.folded.to_source(h.start())],
            )
            for lo, top in titled
            for h in pattern.finditer(text, lo, max(lo, top))
        )
    )


#: a word that joins another clause (folded)
_JOIN = re.compile(r"\b(?:which|that|and|with|while|but|who|where|as)\b")


#: an adverb that makes "awaited" an epithet of the work (folded): "its long awaited second
#: feature" says nothing of the promo before it
_EPITHET_BEFORE = re.compile(
    r"(?<!\bstill )(?<!\bis )(?<!\bremains )(?<!\bare )"
    r"\b(?:long|much|eagerly|hotly|highly|keenly) \Z"
)


def _in_a_date(ctx: Context, fpos: int) -> bool:
    return any(fs <= fpos < fe for fs, fe, _ in dates_between(ctx, max(0, fpos - 40), fpos + 1))


def _outside_dates(ctx: Context, pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """Whether ``pattern`` matches in ``text[lo:hi]`` outside a date ("4 May" holds no "may"),
    and not as a past verb's purpose ("used its Super Bowl ad time to drop a trailer")."""
    return any(
        not _in_a_date(ctx, h.start())
        and not (
            h.group().startswith("to ")
            and _PAST_PURPOSE.search(text, max(0, h.start() - 80), h.start())
        )
        for h in pattern.finditer(text, lo, hi)
    )


#: a past verb whose purpose an infinitive right after says (folded): "used its ad time on
#: Sunday to", "took the stage to", "stopped by 'Kimmel' to"; its "to drop" is done (not
#: "came as X prepares to", "took to social media to beg Sony to")
_PAST_PURPOSE = re.compile(
    r"\b(?:used|took the stage|took to the stage|stopped by|seized|grabbed|"
    r"took to (?:instagram|twitter|x|tiktok|youtube|threads|social media))\b"
    r"(?: (?!will\b|would\b|plans?\b|is\b|are\b|to\b|as\b|while\b|and\b|but\b)\w+){0,8} \Z"
)


def dates_between(ctx: Context, lo: int, hi: int) -> list[tuple[int, int, DateMention]]:
    """Date mentions starting in folded ``[lo, hi)``, by binary search."""
    starts = ctx.date_starts
    return ctx.dates[bisect_left(starts, lo) : bisect_left(starts, hi)]


def dates_in(ctx: Context, lo: int, hi: int) -> list[DateMention]:
    return [d for _, _, d in dates_between(ctx, lo, hi)]


def date_start(ctx: Context, when: DateMention) -> int:
    return ctx.doc.folded.to_folded(when.start)


def words_after(text: str, pos: int, n: int) -> int:
    end = pos
    for _ in range(n + 1):
        nxt = text.find(" ", end + 1)
        if nxt < 0:
            return len(text)
        end = nxt
    return end


def date_status(
    ctx: Context,
    clauses: list[Clause],
    start: int,
    end: int,
    when: DateMention | None,
    stop: int | None = None,
) -> str:
    if hedged(ctx, clauses, start, end, DOUBT, stop):
        return "expected"
    if when is None or when.date.precision == "day":
        return "announced"
    return "expected"


_RECENT_PAST_DAYS = 335  # a yearless day further ahead than this is read as a past one


_SPAN_MONTHS = {"day": 0, "month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12}


def is_history(ctx: Context, when: DateMention) -> bool:
    """A date whose period ended before the entry (a week's grace for a day) is no release date."""
    pub = ctx.published.date()
    d = when.date
    if d.precision == "day":
        return d.day < pub - timedelta(days=7) or (
            when.relative and d.day > pub + timedelta(days=_RECENT_PAST_DAYS)
        )
    n = d.day.year * 12 + d.day.month - 1 + _SPAN_MONTHS[d.precision]
    return date(n // 12, n % 12 + 1, 1) <= pub


def word_gap(text: str, a: int, b: int) -> int:
    """Words between folded positions ``a`` and ``b``."""
    return text.count(" ", a, b) - 1 if b > a else 0


def day_within(ctx: Context, clause: Clause, ahead: int) -> bool:
    """A day in the clause from a week before the entry to ``ahead`` days after it."""
    pub = ctx.published.date()
    return any(
        d.date.precision == "day" and -7 <= (d.date.day - pub).days <= ahead
        for d in dates_in(ctx, clause[0], clause[1])
    )


def source_at(ctx: Context, fpos: int) -> int:
    return min(ctx.doc.folded.to_source(fpos), len(ctx.doc.source))
