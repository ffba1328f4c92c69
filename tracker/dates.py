"""Dates named in text, as :class:`~tracker.domain.FuzzyDate` values with their spans.

Pure: the reference day is the entry's published time, passed in; no clock is read.

A date is the ISO first day of the period the text names, with a precision
(design.md):

- day: "Sept. 18", "September 18th", "18 September 2026", "June 26, 2026", "9/18",
  "2026-09-18", "Jun. 19–21" (a range gives its first day), "Thursday, Dec. 17" (one
  mention: the weekday only names the day the date gives), weekdays ("this Friday",
  "Sunday night", "on Wednesday"), "today", "tonight", "tomorrow", "yesterday" (not the
  newspaper "USA Today"), the one-day holidays "Christmas Day", "Christmas Eve", "Boxing
  Day", "New Year's Day", "New Year's Eve", "Valentine's Day", "Thanksgiving Day" (the
  fourth Thursday of November) and "Black Friday" (the day after it).
- month: "September 2026", "in September", "for April", "to May" (the end of a move: "from
  March to May"), "this September", "early/late September", "next month", "this month"
  (not "earlier this month", gone by, nor "this month's", a category), and a capitalised
  month right before a release noun ("Sets September Premiere", "a May release").
- season: "summer 2026", "this fall", "next summer", "mid-2026" (→ June 1). Spring starts
  03-01, summer 06-01, fall/autumn 09-01, winter 12-01. Not "of the summer" ("the movie of
  the summer" is a category).
- quarter: "Q3 2026", "third quarter of 2026", "early 2026" (→ Jan 1), "late 2026" and
  "end of 2026" (→ Oct 1), "early next year".
- half: "first half of 2026", "second half of 2026" (→ Jul 1), "H2 2026".
- year: "2027", "in 2027", "next year", "this year".

Rules for a date that names no year: it takes the next such date on or after the
published day (a weekday or "this Friday" may be the published day itself; "last
Friday" and "yesterday" look back; "next summer" is the first summer starting after the
published day). A month named alone takes the published month or the next such month.
Dates outside a plausible window (five years before to ten years after the published
year) are dropped, so "the 1946 film" is not a date. A bare month word needs a
preposition or qualifier before it and, for "May" and "March", a capital letter, so the
verbs "may" and "march" are not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tracker.domain import FuzzyDate, Precision

__all__ = ["DateMention", "extract_dates"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_WINDOW_BEFORE, _WINDOW_AFTER = 5, 10

_MON = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_REL_YEAR = r"(?P<{g}>(?:19|20)\d\d|this year|next year)"
#: a weekday, not a plural one ("moves to Wednesdays", "Sundays at 9": a timeslot, no date)
_WD = (
    r"(?P<{g}>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # (not a timeslot: "Sundays at 9", "on Thursday nights", "in its new Thursday slot",
    # "NBC's Thursday lineup")
    r"(?!s\b|\s+(?:nights|evenings|mornings|afternoons|(?:time\s*)?slots?|timeslots?|"
    r"line-?ups?|blocks?)\b)"
)
#: "Jun. 19–21": a range's last day; not a numeric date's month ("from August 21 to 8/14")
_RANGE = r"(?:\s*(?:-|–|—|to|through|and)\s*[0-3]?\d(?:st|nd|rd|th)?\b(?!/\d))?"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b" + _YEAR.format(g="iy") + r"-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"),
    (
        "mdy",
        r"\b"
        + _MON.format(g="am")
        + r"\s+"
        + _DAY.format(g="ad")
        + r"\b"
        + _RANGE
        # "Nov. 25, 2026", "Nov. 25 of this year"
        + r"(?:,?\s+"
        + _YEAR.format(g="ay")
        + r"|\s+of\s+(?P<ar>this|next)\s+year)?(?!\s*(?:million|billion|%|percent))",
    ),
    (
        "dmy",
        # not a numbered part before a modal: "Season 3 May Arrive July 5"
        r"(?<!season )(?<!episode )(?<!part )(?<!volume )(?<!chapter )(?<!vol )\b"
        # "Friday the 13th in November": the weekday belongs to the day
        + r"(?P<bwd>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+the\s+)?"
        + _DAY.format(g="bd")
        + r"(?:\s+of|(?(bwd)(?<=st|nd|rd|th)\s+in))?\s+"
        + _MON.format(g="bm")
        + r"(?![a-z])"
        + r"(?:,?\s+"
        + _YEAR.format(g="by")
        + r")?",
    ),
    (
        "num",
        r"(?<![\d/.$])(?<!rated )(?P<nm>[01]?\d)/(?P<nd>[0-3]?\d)(?:/(?P<ny>(?:19|"
        r"20)?\d\d))?(?![\d/%])(?!\s*(?:stars|rating|score))"
        # (not a TV timeslot in Eastern and Central time: "at 10/9c", "8/7 Central")
        r"(?![cC]\b|\s*(?:[cC]entral|CT)\b)",
    ),
    (
        "half",
        r"\b(?P<hn>first|second|1st|2nd)[\s-]+half(?:\s+of)?\s+(?:the\s+)?"
        + _REL_YEAR.format(g="hy")
        + r"\b",
    ),
    ("hshort", r"\bH(?P<hsn>[12])\s+" + _YEAR.format(g="hsy") + r"\b"),
    (
        "quarter",
        r"\b(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?(?:\s+(?:the\s+)?"
        + _REL_YEAR.format(g="qy")
        + r")?\b",
    ),
    ("qshort", r"\bQ(?P<qsn>[1-4])(?:\s+(?:of\s+)?" + _YEAR.format(g="qsy") + r")?\b"),
    ("mid", r"\bmid[-\s]?" + _REL_YEAR.format(g="midy") + r"\b"),
    (
        "edge",
        r"\b(?P<edgeq>early|late|end\s+of|the\s+end\s+of|beginning\s+of|the\s+beginning\s+of|"
        r"start\s+of"
        r"|the\s+start\s+of)\s+" + _REL_YEAR.format(g="edgey") + r"\b",
    ),
    ("my", r"\b" + _MON.format(g="mym") + r",?\s+(?:of\s+)?" + _YEAR.format(g="myy") + r"\b"),
    (
        "season",
        r"\b(?:(?P<sq>this|next|last|early|late|mid|in\s+the|in|by|by\s+the|until|this\s+coming|"
        # "Set For Fall": a bare season after "for" (with a year, the year dates it alone)
        r"(?P<forq>for)(?=\s+(?:spring|summer|fall|autumn|winter)\b(?![\s-]+(?:of\s+)?\d))|"
        r"the)\s+)?"
        r"(?P<sn>spring|summer|fall|autumn|winter)"
        # (after "for", no noun of its own: not "a trail for fall migration")
        r"(?(forq)(?!\s+(?!(?:release|premiere|debut|launch|return|bow|opening|run|window|slot|"
        r"on|in|at|with|and|as|after|from|to)\b)(?-i:[a-z])))"
        r"(?:(?:\s+(?:of\s+)?|-)" + _YEAR.format(g="sy") + r")?\b"
        # a name, not a time: "the Spring Festival" (Chinese New Year), "Summer Game Fest",
        # "spring break", "Winter Olympics", "fall lineup" is a time
        r"(?!(?:\s+|-)(?:festival|fest|game|games|olympics|break|semester|term|training|solstice|"
        r"equinox|cleaning|collection|classic|camp|school|sale|pileup|logjam|crunch|model|"
        r"playbook|strategy)\b)",
    ),
    (
        "month",
        r"\b(?:(?P<mq>in|this|next|last|by|for|until|til|since|from|to|early|late|mid|end\s+of|"
        r"beginning\s+of"
        r"|starting|through|during|before|after)[\s-]+"
        # a plan's month with no preposition: "Eyes September Launch", "targeting September"
        r"|(?<=eyes )|(?<=eyeing )|(?<=eyed )|(?<=targeting )|(?<=targets )|(?<=targeted ))"
        r"(?P<mw>january|february|march|april|may|june|"
        r"july"
        r"|august|september|sept\.|october|november|december|jan\.|feb\.|mar\.|apr\.|aug\.|sep\.|"
        r"oct\.|nov\."
        r"|dec\.)(?![a-z])(?!\s*[0-3]?\d(?:st|nd|rd|th)?\b)(?!,?\s*(?:19|20)\d\d)",
    ),
    (
        "mnoun",
        r"(?-i:(?P<mn>January|February|March|April|May|June|July|August|September|October|November"
        r"|December))(?=\s+(?:theatrical\s+|streaming\s+|series\s+|season\s+)?(?:release|"
        r"premiere|debut|bow|launch|opening|return|simulcast)s?\b)",
    ),
    ("relday", r"(?<!usa )\b(?P<rd>today|tonight|tomorrow|yesterday)\b"),
    (
        "weekday",
        # not a timeslot: "new episodes every Saturday"
        r"(?<!every )(?<!each )\b"
        r"(?:(?P<wq>this\s+coming|this|next|last|on|coming|this\s+past|past)\s+)?"
        + _WD.format(g="wd")
        + r"(?:\s+(?:night|morning|afternoon|evening))?\b"
        # (nor a night's block: "Opens Thursday Comedy Block September 28")
        + r"(?!\s+(?:(?:comedy|drama|reality|family|primetime|prime-time)\s+)?(?:blocks?|"
        r"lineups?|line-ups?|slots?|schedules?)\b)",
    ),
    (
        # "this holiday season", "due this holiday": the year's last quarter (not a weekend)
        "holiday",
        r"\b(?:(?P<hoq>this|next)\s+holidays?(?:\s+season)?|holiday\s+season(?:\s+(?:of\s+)?"
        + _YEAR.format(g="hoy")
        + r")?)\b(?!\s+(?:weekends?|frames?|specials?|movies?|films?|episodes?|sales?|ads?|"
        r"shopping|part(?:y|ies)|cards?|gifts?|break|weeks?|box\s+office|corridor|slot|market|"
        r"edition|season))",
    ),
    (
        # a holiday that is one day every year: "on Christmas Day", "Boxing Day 2026"
        "feast",
        r"\b(?P<fe>christmas\s+day|christmas\s+eve|boxing\s+day|thanksgiving\s+day|black\s+friday|"
        r"new\s+year['’]?s\s+day|"
        r"new\s+year['’]?s\s+eve|valentine['’]?s\s+day)(?:,?\s+" + _YEAR.format(g="fey") + r")?\b",
    ),
    # not "earlier this year": gone by
    ("relyear", r"(?<!earlier )\b(?P<ry>this|next|last)\s+year\b"),
    # not "earlier this month" (gone by), nor "this month's rankings" (a category)
    ("relmonth", r"(?<!earlier )\b(?P<rm>this|next|last)\s+month\b(?!['’]s)"),
    ("year", r"(?<![\d$£€#.,])" + _YEAR.format(g="yy") + r"(?![\d%])"),
]
_OF_BEFORE = re.compile(r"(?i)\bof\s+\Z")
_SEASON_RELEASE = re.compile(
    r"\s+(?:theatrical\s+|streaming\s+)?(?:release|premiere|debut|bow|launch|opening|return|"
    r"simulcast)",
    re.I,
)
# Every form starts with a digit or one of these words; the lookahead skips other words fast.
_TRIGGER_WORDS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    "spring|summer|fall|autumn|winter|this|next|last|in|by|until|til|since|from|early|late|mid|"
    "end|beginning|start|the|first|second|third|fourth|q[1-4]|h[12]|1st|2nd|3rd|4th|today|"
    "tonight|tomorrow|yesterday|on|coming|past|during|through|before|after|starting|for|to|holiday|"
    "christmas|boxing|new|valentine|thanksgiving|black"
)
#: the letters a trigger word starts with: one test first that skips most words faster still
_TRIGGER_LETTERS = "".join(sorted({w[0] for w in _TRIGGER_WORDS.split("|") if w[0].isalpha()}))
_TRIGGER = rf"\b(?=[\d{_TRIGGER_LETTERS}])(?=\d|(?:{_TRIGGER_WORDS})\w*)"
_MASTER = re.compile(
    _TRIGGER + "(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _PATTERNS) + ")", re.I
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date named in the text: ``text[start:end]`` is the phrase it came from."""

    date: FuzzyDate
    start: int
    end: int
    text: str
    relative: bool  # named relative to the published day ("this Friday", "next year")
    #: which form named it: iso mdy dmy num half hshort quarter qshort mid edge my season month
    #: mnoun relday weekday feast relmonth relyear year
    form: str = "year"


def _year_of(value: str | None, ref: date) -> int | None:
    if value is None:
        return None
    v = value.lower()
    if v == "this year":
        return ref.year
    if v == "next year":
        return ref.year + 1
    return int(v)


def _next_day(month: int, day: int, ref: date) -> date | None:
    for year in (ref.year, ref.year + 1, ref.year + 4):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d >= ref:
            return d
    return None


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_period(month: int, qualifier: str, ref: date) -> date:
    if qualifier == "last":
        return date(ref.year if month < ref.month else ref.year - 1, month, 1)
    if qualifier == "since":  # "in theaters since December" (in January): the one gone by
        return date(ref.year if month <= ref.month else ref.year - 1, month, 1)
    if qualifier == "next" and month <= ref.month:
        return date(ref.year + 1, month, 1)
    return date(ref.year if month >= ref.month else ref.year + 1, month, 1)


def _add_months(d: date, months: int) -> date:
    n = d.year * 12 + d.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def _season_start(month: int, qualifier: str, year: int | None, ref: date) -> date:
    if year is not None:
        return date(year, month, 1)
    starts = [date(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
    current = max(d for d in starts if d <= ref)
    upcoming = min(d for d in starts if d > ref)
    within = ref < _add_months(current, 3)
    if qualifier == "last":
        return _add_months(current, -12) if within else current
    if qualifier == "next":
        return upcoming
    return current if within else upcoming


def _quarter_start(n: int, year: int | None, ref: date) -> date:
    if year is not None:
        return date(year, 3 * n - 2, 1)
    start = date(ref.year, 3 * n - 2, 1)
    return start if ref < _add_months(start, 3) else date(ref.year + 1, start.month, 1)


def _weekday(name: str, qualifier: str, ref: date) -> date:
    target = _WEEKDAYS.index(name.lower())
    delta = (target - ref.weekday()) % 7
    if qualifier in ("last", "this past", "past"):
        return ref - timedelta(days=(ref.weekday() - target) % 7 or 7)
    if qualifier == "next" and delta == 0:
        delta = 7
    return ref + timedelta(days=delta)


_Found = tuple[date, Precision, bool] | None


def _is_digits(value: str | None) -> bool:
    return bool(value) and str(value)[0].isdigit()


def _day_form(kind: str, g: dict[str, str | None], ref: date) -> _Found:
    """iso, "Sept. 18", "18 September 2026", "9/18"."""
    if kind == "iso":
        d = _safe_day(int(g["iy"] or 0), int(g["im"] or 0), int(g["id"] or 0))
        return (d, "day", False) if d else None
    if kind == "num":
        month, dd, ny = int(g["nm"] or 0), int(g["nd"] or 0), g["ny"]
        if ny:
            y = int(ny)
            d = _safe_day(y + 2000 if y < 100 else y, month, dd)
        else:
            d = _next_day(month, dd, ref) if 1 <= month <= 12 else None
        return (d, "day", not ny) if d else None
    mon, day, yr = (g["am"], g["ad"], g["ay"]) if kind == "mdy" else (g["bm"], g["bd"], g["by"])
    if kind == "mdy" and g["ar"]:
        yr = str(ref.year + (g["ar"].lower() == "next"))
    if not mon or not day:
        return None
    if mon.lower().rstrip(".") in ("may", "mar", "march") and not mon[0].isupper():
        return None
    month, dd = _MONTHS[mon.lower().rstrip(".")], int(day)
    d = _safe_day(int(yr), month, dd) if yr else _next_day(month, dd, ref)
    return (d, "day", yr is None) if d else None


def _part_of_year(kind: str, g: dict[str, str | None], ref: date) -> _Found:
    """Halves, quarters, "mid-2026", "early/late 2026"."""
    if kind in ("half", "hshort"):
        word = g["hy"] if kind == "half" else g["hsy"]
        n = _ORDINALS[(g["hn"] or "").lower()] if kind == "half" else int(g["hsn"] or 1)
        y = _year_of(word, ref)
        return (date(y, 1 if n == 1 else 7, 1), "half", not _is_digits(word)) if y else None
    if kind in ("quarter", "qshort"):
        word = g["qy"] if kind == "quarter" else g["qsy"]
        n = _ORDINALS[(g["qn"] or "").lower()] if kind == "quarter" else int(g["qsn"] or 1)
        return _quarter_start(n, _year_of(word, ref), ref), "quarter", not _is_digits(word)
    if kind == "mid":
        y = _year_of(g["midy"], ref)
        return (date(y, 6, 1), "season", not _is_digits(g["midy"])) if y else None
    y = _year_of(g["edgey"], ref)
    early = any(w in ("early", "beginning", "start") for w in (g["edgeq"] or "").lower().split())
    return (date(y, 1 if early else 10, 1), "quarter", not _is_digits(g["edgey"])) if y else None


#: what follows the verbs "march" and "may" after "to" ("set to March Into Theaters")
_VERB_AFTER = re.compile(
    r"\s+(?:into|onto|across|toward|towards|forward|down\s+the)\b",
    re.I,
)


def _month_or_season(kind: str, g: dict[str, str | None], ref: date, m: re.Match[str]) -> _Found:
    """ "September 2026", "in September", "summer 2026", "this fall", "a fall release"."""
    if kind == "my":
        month = _MONTHS[(g["mym"] or "").lower().rstrip(".")]
        return date(int(g["myy"] or 0), month, 1), "month", False
    if kind == "season":
        qual = " ".join((g["sq"] or "").lower().split())
        if not qual and not g["sy"] and not _SEASON_RELEASE.match(m.string, m.end()):
            return None
        if (
            qual == "the"
            and not g["sy"]
            and _OF_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
        ):
            return None  # "the scariest movie of the summer": a category, not a date
        y = int(g["sy"]) if g["sy"] else None
        return _season_start(_SEASONS[(g["sn"] or "").lower()], qual, y, ref), "season", y is None
    if kind == "mnoun":
        month = _MONTHS[(g["mn"] or "").lower()]
        return _month_period(month, "", ref), "month", True
    word = g["mw"] or ""
    if word.lower() in ("may", "march") and not word[0].isupper():
        return None
    if (
        (g["mq"] or "").lower() == "to"
        and word.lower() in ("may", "march")
        and _VERB_AFTER.match(m.string, m.end())
    ):
        return None  # "set to March Into Theaters": the verb, not the month
    month = _MONTHS[word.lower().rstrip(".")]
    return _month_period(month, (g["mq"] or "").lower(), ref), "month", True


def _relative(kind: str, g: dict[str, str | None], ref: date) -> _Found:
    """ "tomorrow", "this Friday", "next year", and a bare year."""
    if kind == "relday":
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[(g["rd"] or "").lower()]
        return ref + timedelta(days=offset), "day", True
    if kind == "weekday":
        qual = " ".join((g["wq"] or "").lower().split())
        return _weekday(g["wd"] or "monday", qual, ref), "day", True
    if kind == "holiday":
        qual = (g["hoq"] or "").lower()
        year = int(g["hoy"]) if g["hoy"] else ref.year + (qual == "next" and ref.month >= 10)
        return date(year, 10, 1), "quarter", not g["hoy"]
    if kind == "relmonth":
        offset = {"this": 0, "next": 1, "last": -1}[(g["rm"] or "").lower()]
        months = ref.year * 12 + ref.month - 1 + offset
        return date(months // 12, months % 12 + 1, 1), "month", True
    if kind == "relyear":
        offset = {"this": 0, "next": 1, "last": -1}[(g["ry"] or "").lower()]
        return date(ref.year + offset, 1, 1), "year", True
    return date(int(g["yy"] or 0), 1, 1), "year", False


#: the day each holiday of the "feast" form falls on, by its first word and last word
_FEASTS = {
    ("christmas", "day"): (12, 25),
    ("christmas", "eve"): (12, 24),
    ("boxing", "day"): (12, 26),
    ("new", "day"): (1, 1),
    ("new", "eve"): (12, 31),
    ("valentine", "day"): (2, 14),
    ("valentines", "day"): (2, 14),
}


def _thanksgiving(year: int) -> date:
    """The fourth Thursday of November (the United States' Thanksgiving Day)."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _feast(g: dict[str, str | None], ref: date) -> _Found:
    words = re.findall(r"[a-z]+", (g["fe"] or "").lower())
    if words[0] in ("thanksgiving", "black"):  # Black Friday: the day after Thanksgiving
        after = timedelta(days=1 if words[0] == "black" else 0)
        if g["fey"]:
            return (_thanksgiving(int(g["fey"])) + after, "day", False)
        day = _thanksgiving(ref.year) + after
        return (day if day >= ref else _thanksgiving(ref.year + 1) + after, "day", True)
    month, dd = _FEASTS[words[0], words[-1]]
    d = _safe_day(int(g["fey"]), month, dd) if g["fey"] else _next_day(month, dd, ref)
    return (d, "day", not g["fey"]) if d else None


def _mention(m: re.Match[str], ref: date) -> _Found:
    g, kind = m.groupdict(), m.lastgroup or "year"
    if kind in ("iso", "mdy", "dmy", "num"):
        return _day_form(kind, g, ref)
    if kind == "feast":
        return _feast(g, ref)
    if kind in ("half", "hshort", "quarter", "qshort", "mid", "edge"):
        return _part_of_year(kind, g, ref)
    if kind in ("my", "season", "month", "mnoun"):
        return _month_or_season(kind, g, ref, m)
    return _relative(kind, g, ref)


_WEEKDAY_JOIN = re.compile(r"\s*,?\s*\Z")
_EVERY_BEFORE = re.compile(r"(?i)\b(?:every|each)\s+(?:\w+days?(?:\s*,\s*|\s+(?:and|or|&)\s+))+\Z")


def extract_dates(text: str, published: datetime) -> list[DateMention]:
    """Every date ``text`` names, in order, relative to ``published`` where needed."""
    ref = published.date()
    out: list[DateMention] = []
    for m in _MASTER.finditer(text):
        found = _mention(m, ref)
        if found is None:
            continue
        if m.lastgroup == "weekday" and _EVERY_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "new episodes every Saturday and Sunday": a timeslot
        day, precision, relative = found
        if not ref.year - _WINDOW_BEFORE <= day.year <= ref.year + _WINDOW_AFTER:
            continue
        last = out[-1] if out else None
        if (
            last is not None
            and last.form in ("weekday", "feast")
            and m.lastgroup in ("mdy", "dmy", "num")
            and _WEEKDAY_JOIN.match(text[last.end : m.start()])
        ):
            # "Thursday, Dec. 17", "Christmas Day, December 25, 2023": the weekday or the
            # holiday only names the day the date gives (and its year)
            out.pop()
            out.append(
                DateMention(
                    FuzzyDate(day, precision),
                    last.start,
                    m.end(),
                    text[last.start : m.end()],
                    relative,
                    m.lastgroup,
                )
            )
            continue
        out.append(
            DateMention(
                FuzzyDate(day, precision),
                m.start(),
                m.end(),
                m.group(),
                relative,
                m.lastgroup or "year",
            )
        )
    return out
