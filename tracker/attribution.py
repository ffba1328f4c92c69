"""Which watched title a milestone phrasing is about (rule 4 of :mod:`tracker.detect`).

:class:`Context` is everything one entry's detection reads, built once: the document,
the accepted title occurrences, the date mentions, and the entry's *subject* (the titles
it is about). :func:`targets` gives the titles a cue belongs to: the title the phrasing
is bound to, else the titles named near it in the clause (not in passing), else the
subject when the clause refers back to it ("it", "the film", "the wedding comedy").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import replace
from datetime import date, datetime, timedelta

from tracker.cues import (
    ANAPHORA,
    ASIDE,
    BEATS_FORECAST,
    BIND_RIGHT,
    CONTRAST,
    CREDIT_AFTER,
    DERIVATIVE_AFTER,
    EARLIER_WORK,
    FESTIVAL_BEFORE_YEAR,
    FILM_NOUN,
    HEDGE,
    LIST_HEADLINE,
    MAKER_AFTER,
    MOVE_VERB,
    NEW_WORK,
    NOT_A_TRAILER,
    PASSING_AFTER,
    PASSING_BEFORE,
    PERSON_WORK_AFTER,
    PLUS_A_LOOK,
    QUOTED_BEFORE,
    QUOTED_LIST_BEFORE,
    REACTION_AFTER,
    REACTION_BEFORE,
    RECORD_AFTER,
    RECORD_OF_BEFORE,
    REFERENCE_POINT,
    SERIES_NOUN,
    SUBJECT_PRONOUN,
    SUBORDINATE,
    TIE_IN_AFTER,
    TRAILER,
    TRAILER_ROUNDUP,
    VIDEO_LABEL,
    VIDEO_NOT_A_TRAILER,
    WHOSE,
    Cue,
)
from tracker.dates import DateMention, extract_dates
from tracker.domain import FuzzyDate
from tracker.match import COMMON_WORDS, COMPANIES, Match, Occurrence, note
from tracker.text import Document, Segment, fold_phrase, quoted_spans

__all__ = ["Context", "targets"]

_GAP_WORDS_LEFT = 4
#: a person's name, then an opening bracket, right before a title (source text): "Rafe
#: Dunmore ("
_CREDIT_BRACKET_BEFORE = re.compile(r"\b[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+\s*\(\s*[‘“'\"]?\Z")
#: a year in brackets, as titles are told apart: "Open House (2026)" (source text)
_YEAR_TAG = re.compile(r"\((?:19|20)\d\d\)")
#: a weekday as a timeslot (folded): "a sunday 9pm slot", "every friday night at 8"
_TIMESLOT = re.compile(
    r".*\b(?:a|every|each) \w+day (?:\d+ ?(?:pm|am)|(?:night |evening )?(?:slot|timeslot|at \d))"
)
#: a record's adjective right before a weekday (folded): "best Wednesday"
_RECORD_DAY = re.compile(
    r"\b(?:best|biggest|highest|largest|strongest|worst|record|top|wins?|won|winning|leads?|led|"
    r"leading|tops|topped|dominates?|dominated|rules?|ruled) \Z"
)
#: a network's schedule for a season (folded): its weekdays are timeslots
_SEASON_SCHEDULE = re.compile(
    r"\b(?:(?P<season>fall|autumn|winter|spring|summer)(?: (?P<year>20\d\d))?|(?P<tv>20\d\d) \d\d) "
    r"(?:tv |primetime |prime time )?(?:schedules?|lineups?)\b"
)
_SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
#: a genre right after a holiday (folded): " horror", " rom com", " movie"
_GENRE_AFTER = re.compile(
    r"(?i)[ \t]+(?:horror|comedy|rom-?com|romance|thriller|movie|film|musical|tale|story|"
    r"classic|favorite|favourite|slasher|caper|drama)\b"
)
#: the end of a span counted (folded): "streams on HBO Max through ", "thru "
_THROUGH = re.compile(r"\b(?:through|thru)(?: to)? \Z")
#: a record's category before a year (folded): "the biggest cable telecast of "
_RECORD_OF_YEAR = re.compile(
    r"\b(?:biggest|best|largest|highest|most \w+|top|record|strongest|worst|lowest)"
    r"(?: \w+){0,4} (?:of|in|for|so far in) (?:all of )?\Z|"
    # "drew the biggest first-week audience of any Apple TV+ series premiere (this year)"
    r"\b(?:biggest|best|largest|highest|most \w+|strongest)(?: \w+){0,4} of any(?: \w+){1,5} \Z"
)
#: ", who stars in ", ", which also has ", ", director of ": a relative clause or a credit
#: opening before a title, and the comma that closes it after the title (a few words on at
#: most)
_RELATIVE_OPEN = re.compile(
    r",\s+(?:who|which|whose"
    # an appositive credit: "Marcus Thibodeaux, director of HBO's upcoming series X, will ..."
    r"|(?i:the\s+)?(?i:director|creator|co-creator|star|co-star|showrunner|writer|producer|"
    r"author|composer)s?\s+of)\s+[^,;:.!?()\n]{0,60}\Z"
)
_RELATIVE_CLOSE = re.compile(r"[^,;:.!?()\n]{0,30}?(?:[”’\"']?,|,[”’\"'])\s")
_NEAR_WORDS = 12
#: a possessive right before a cue: "following its world premiere"
_ITS_BEFORE = re.compile(r"\b(?:its|their) (?:\w+ )?\Z")
_BREAK = re.compile(r"[;:|]")
_SUBJECT_WORDS = 4


#: a derived work's noun right after a quoted title, then ours (source text): "' Prequel '"
_DERIVED_THEN_TITLE = re.compile(
    r"[’”'\"]?\s+(?i:prequel|sequel|spinoff|spin-off|remake|reboot|follow-up|adaptation)"
    r"(?i:\s+series|\s+film)?\s+[‘“'\"]?"
)


class Context:
    """Everything one entry's detection reads, built once."""

    def __init__(
        self,
        doc: Document,
        matches: list[Match],
        published: datetime,
        older: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.doc = doc
        #: where the entry names an older work of a watched title ("the 1978 X")
        self.older = tuple(older)
        self.text = doc.text
        self.matches = matches
        self.published = published
        self.occurrences = sorted(
            ((o, m) for m in matches for o in m.occurrences), key=lambda pair: pair[0].start
        )
        self._dates: list[tuple[int, int, DateMention]] | None = None
        self._date_starts: list[int] = []
        self._date_ends: frozenset[int] = frozenset()
        self.title_fend = doc.folded.to_folded(doc.title_end)
        #: where a headline names a network's schedule for a season ("Fall 2026 Schedule:")
        self._season_schedule = _SEASON_SCHEDULE.search(self.text, 0, self.title_fend)
        #: a headline as video channels write them: "Title | Official Trailer | Channel"
        self.video_headline = "|" in doc.source[: doc.title_end]
        #: the folded text with watched titles blanked out, for words a title may hold
        #: ("Soft Launch Trailer" is no game's launch trailer, "Bear Market" no film market),
        #: counted or not ("renewed satire 'Red Carpet' for a third season" is no red carpet)
        self.title_spans = [(o.start, o.end) for o, _ in self.occurrences] + _quoted_title_words(
            doc, matches
        )
        self.untitled = _blank_spans(self.text, self.title_spans)
        #: a headline labelled as showing a video: "Exclusive: ...", "First Look: ..."
        self.video_label = bool(VIDEO_LABEL.match(doc.source))
        #: a headline about a video about a trailer (fan made, a reaction, a breakdown):
        #: no trailer words in the entry are the trailer's release
        self.about_a_trailer = self._about_a_trailer()
        #: where a headline that rounds up trailers says so (its folded end), else None:
        #: every watched title its summary names, or its headline names after, had one
        roundup = TRAILER_ROUNDUP.search(self.text, 0, self.title_fend)
        self.trailer_roundup = (
            roundup.end() if roundup and not HEDGE.search(self.text, 0, self.title_fend) else None
        )
        self.companies = COMPANIES | {w for m in matches for w in _context_words(m)}
        #: ... and for hedge words: "Tsukiyo no Yaiba" or "Will Trent" hold words that would
        #: hedge in running text
        #: ... and a result measured against a forecast hedges nothing either ("Beating
        #: Tracking", "ahead of expectations")
        self.hedge_text = BEATS_FORECAST.sub(_blank, _READER_IF.sub(_blank, self.untitled))
        self._passing: dict[int, bool] = {}
        self._asides: dict[int, tuple[int, int] | None] = {}
        self.subject = self._subject()

    def within_a_title(self, start: int, end: int) -> bool:
        """Whether folded ``[start, end)`` lies inside a watched title's words: a counted
        occurrence, or a quoted one ("renewed satire 'Red Carpet' for a third season")."""
        return any(a <= start and end <= b for a, b in self.title_spans)

    def _about_a_trailer(self) -> bool:
        text, end = self.text, self.title_fend
        if NOT_A_TRAILER.search(self.untitled, 0, end) or (
            self.video_headline and VIDEO_NOT_A_TRAILER.search(self.untitled, 0, end)
        ):
            return True
        return any(
            REACTION_AFTER.match(text, m.end(), end)
            or REACTION_BEFORE.search(text, max(0, m.start() - 50), m.start())
            for m in TRAILER.finditer(text, 0, end)
        )

    @property
    def dates(self) -> list[tuple[int, int, DateMention]]:
        """Date mentions with their folded ``[start, end)``, computed on first use."""
        if self._dates is None:
            folded = self.doc.folded
            titles = {fold_phrase(m.production.title) for m in self.matches}
            quoted = quoted_spans(self.doc.source)
            self._dates = []
            for d in _with_sibling_years(
                extract_dates(self.doc.source, self.published), self.published.year
            ):
                fs, fe = folded.to_folded(d.start), folded.to_folded(d.end)
                fe -= fe > fs and self.text[fe - 1 : fe] == " "
                if any(o.start <= fs and fe <= o.end for o, _ in self.occurrences) or (
                    re.sub(r"^(?:on|in|this) ", "", self.text[fs:fe]) in titles
                ):
                    continue  # "a slot for Saturday", where "Saturday" is the watched title
                if d.form == "weekday" and any(
                    a <= d.start
                    and d.end <= b
                    and _QUOTED_TITLE_DAY.fullmatch(self.doc.source, a, b)
                    for a, b in quoted
                ):
                    continue  # 'since “Freaky Friday,”': a quoted title's word
                if d.form == "year" and _YEAR_TAG.match(self.doc.source, max(0, d.start - 1)):
                    continue  # "Open House (2026)": a year that tells works apart
                if d.form == "weekday" and _TIMESLOT.match(self.text, max(0, fs - 6), fe + 16):
                    continue  # "in a Sunday 9pm slot": a timeslot, no date
                if d.form != "year" and _THROUGH.search(self.text, max(0, fs - 8), fs):
                    continue  # "streams through Tuesday": a span's end, no day of its own
                if d.form == "feast" and _GENRE_AFTER.match(self.doc.source, d.end):
                    continue  # "Blumhouse Lands Black Friday Horror 'X'": the story's setting
                if d.form == "weekday" and self._slot_before(d):
                    continue  # "Fall 2026 Schedule: ... Comedy Block Moves To Tuesday": a slot
                if d.form == "weekday" and _RECORD_DAY.search(self.text, max(0, fs - 20), fs):
                    continue  # "Fox's best Wednesday in two years": a ratings category
                if d.form in ("year", "relyear") and _RECORD_OF_YEAR.search(
                    self.text, max(0, fs - 60), fs
                ):
                    continue  # "the biggest cable telecast of 2026": the year is a category
                if d.form == "year" and FESTIVAL_BEFORE_YEAR.search(self.text, max(0, fs - 30), fs):
                    continue  # "Opens SXSW 2026", "Cannes 2026 lineup": the festival's edition
                self._dates.append((fs, max(fe, fs + 1), d))
            self._dates.sort(key=lambda t: t[0])
            self._date_starts = [t[0] for t in self._dates]
            self._date_ends = frozenset(t[1] for t in self._dates)
        return self._dates

    def _slot_before(self, d: DateMention) -> bool:
        """Whether weekday ``d`` falls before the season whose schedule the headline names:
        a timeslot in that season ("NBC Fall 2026 Schedule: ... Moves To Tuesday", in May),
        not a day ("Summer 2026 TV Schedule: 'X' Returns Sunday", in June)."""
        schedule = self._season_schedule
        if schedule is None:
            return False
        if schedule.group("tv"):  # "the 2026-27 schedule": a TV season starts in the fall
            start = date(int(schedule.group("tv")), 9, 1)
        else:
            month = _SEASON_MONTHS[schedule.group("season")]
            years = [int(schedule.group("year"))] if schedule.group("year") else []
            pub = self.published.date()
            years = years or [pub.year - 1, pub.year, pub.year + 1]
            # the season named, or the one under way or next when no year is given
            start = next(
                (s for y in years if (s := date(y, month, 1)) > pub - timedelta(days=90)),
                date(years[-1], month, 1),
            )
        return d.date.day < start

    @property
    def date_starts(self) -> list[int]:
        """The folded start of each of :attr:`dates`, in order."""
        if self._dates is None:
            _ = self.dates
        return self._date_starts

    @property
    def date_ends(self) -> frozenset[int]:
        """The folded end of each of :attr:`dates`."""
        if self._dates is None:
            _ = self.dates
        return self._date_ends

    def _subject(self) -> list[tuple[Occurrence, Match]]:
        """The titles the entry is about: the headline's, else the first clause's naming one
        (none under a headline listing many titles, none from an aggregator's other stories).

        None when the headline leads with another, unwatched quoted title ("Studio Unveils
        'Other' Teaser, Will Attach It to 'Ours'"): the entry is about that one.
        """
        if self.headline_leads_with_another_title():
            return []
        title = [(o, m) for o, m in self.occurrences if self.in_title(o) and not self.passing(o)]
        if title:
            return _main_clause(self.text, title)
        if any(self.in_title(o) and self.person_work(o) for o, _ in self.occurrences):
            return []  # "'X' Star Boards 'Y'": the entry is about the person's other work
        maker = self._maker_led()
        if maker:
            return maker
        if LIST_HEADLINE.search(self.text, 0, self.title_fend):
            return []  # "40 films we can't wait to see": a list, about none of them
        for seg in self.doc.segments:
            if seg.related:
                break  # other stories an aggregator lists: about none of them
            found = [
                (o, m)
                for o, m in self.occurrences
                if seg.fstart <= o.start < seg.fend
                and not self.passing(o)
                # "The thriller, which took over X's old July slot, gets ...": X is an aside's
                and self.relative_aside(o) is None
            ]
            if found:
                return found
        return []

    def _maker_led(self) -> list[tuple[Occurrence, Match]]:
        """ "'X' Director Y on Building a World": a headline that opens with a title and its
        maker speaks of that title, unless it names another work ("Y's next film", another
        quoted title in the same part of the headline)."""
        first = [(o, m) for o, m in self.occurrences if o.start == 0]
        if not first or not MAKER_AFTER.match(self.text, first[0][0].end):
            return []
        if NEW_WORK.search(self.text, 0, self.title_fend) or self.person_work(first[0][0]):
            return []  # "Y's next film", "'X' Writer's Thriller": another work
        seg = self.doc.segment_at(0)
        folded = self.doc.folded
        for a, _ in quoted_spans(self.doc.source[: self.doc.title_end]):
            fa = folded.to_folded(a)
            if (
                self.doc.source[a : a + 1].isupper()
                and (seg is None or fa < seg.fend)
                and ":" not in self.doc.source[:a]  # "...: 'We Had Four Minutes'": a quote
                and not any(o.start <= fa < o.end for o, _ in self.occurrences)
            ):
                return []  # "'X' Director Y Talks 'Other'": the other title
        return first

    def headline_leads_with_another_title(self) -> bool:
        folded = self.doc.folded
        for a, b in quoted_spans(self.doc.source[: self.doc.title_end]):
            if not self.doc.source[a : a + 1].isupper():
                continue  # a quoted phrase, not a title
            fa, fb = folded.to_folded(a), folded.to_folded(b)
            if any(o.start < fa for o, _ in self.occurrences):
                return False  # "X | 'Scene Name' Clip": the headline leads with ours
            if any(fa <= o.start < fb for o, _ in self.occurrences):
                return False
            # "Sets Date For 'Other' Prequel 'X'": the work derived from the other is ours
            return not any(
                _DERIVED_THEN_TITLE.fullmatch(self.doc.source, b, folded.to_source(o.start))
                for o, _ in self.occurrences
                if o.start >= fb
            )
        return False
        return False

    def in_title(self, o: Occurrence) -> bool:
        return self.doc.folded.to_source(o.start) < self.doc.title_end

    def passing(self, o: Occurrence) -> bool:
        """Whether a title is named in passing (a credit, a list, a reference point)."""
        cached = self._passing.get(o.start)
        if cached is None:
            cached = (
                self.credited(o)
                or bool(PASSING_AFTER.match(self.text, o.end))
                or self.person_work(o)
                or self.bracketed_credit(o)
            )
            self._passing[o.start] = cached
        return cached

    def bracketed_credit(self, o: Occurrence) -> bool:
        """A title in brackets right after a person's name: "produced by Rafe Dunmore (X)"
        names X as that person's credit."""
        src = self.doc.source
        a, b = self.doc.folded.to_source(o.start), self.doc.folded.to_source(o.end)
        return bool(
            _CREDIT_BRACKET_BEFORE.search(src, max(0, a - 40), a)
            and re.match(r"[’”'\"]?\s*(?:,[^)]{0,40})?\)", src[b : b + 44])
        )

    def person_work(self, o: Occurrence) -> bool:
        """Named as the credit of a person whose other work follows ("X Star's New Series",
        "'X' Director's Next Movie"), or as the owner of a work made for it ("X Board Game",
        "X Season 3 Podcast"), or of a sequel, prequel, spinoff, remake or reboot of it ("X Sequel
        Sets Sept. 18 Release"): that work, not X, is what the words after are about."""
        end = self.doc.folded.to_source(o.end)
        return bool(
            PERSON_WORK_AFTER.match(self.doc.source, end)
            or TIE_IN_AFTER.match(self.text, o.end)
            or self.derived(o) is not None
        )

    def derived(self, o: Occurrence) -> re.Match[str] | None:
        """The sequel, prequel, spinoff, remake or reboot right after a title; not "remake"
        or "reboot" after a production that is one (its context words say so)."""
        m = DERIVATIVE_AFTER.match(self.text, o.end)
        if m is None or not m.group("same"):
            return m
        contexts = next((w.production.context for p, w in self.occurrences if p is o), ())
        own = {fold_phrase(c) for c in contexts}
        return None if own & {"remake", "reboot"} else m

    def relative_aside(self, o: Occurrence) -> tuple[int, int] | None:
        """The folded span of the relative clause set off by commas that names ``o`` in
        passing ("Ortega, who stars in X, will return ..."; "A24, which also has X this
        year, will premiere Y"), or None when ``o`` is not inside one."""
        if o.start in self._asides:
            return self._asides[o.start]
        src, folded = self.doc.source, self.doc.folded
        s, e = folded.to_source(o.start), folded.to_source(o.end)
        opener = _RELATIVE_OPEN.search(src, max(0, s - 70), s)
        closer = _RELATIVE_CLOSE.match(src, e) if opener else None
        span = None
        if closer and re.match(r"(?:which|that)\b", src[closer.end() :]):
            closer = None  # "Quell, star of X, which opens Aug. 14": X's own relative clause
        if opener and closer:
            span = (folded.to_folded(opener.start()), folded.to_folded(closer.end()))
        self._asides[o.start] = span
        return span

    def credited(self, o: Occurrence) -> bool:
        """Named as a credit, in a list or as a reference point: words before it say so."""
        seg = self.doc.segment_at(o.start)
        # within its sentence: "... ahead of the sequel. X 2 opens July 24" names X 2 plainly
        before = self.text[max(0, o.start - 60, seg.fstart if seg else 0) : o.start]
        if PASSING_BEFORE.search(before) or REFERENCE_POINT.search(before):
            return True
        if CREDIT_AFTER.match(self.text, o.end):
            return True
        if _PERSON_OF_BEFORE.search(
            self.doc.source,
            max(0, self.doc.folded.to_source(o.start) - 60),
            self.doc.folded.to_source(o.start),
        ):
            return True  # "Co-Starring Nell Prideaux of 'The Pellham Inheritance'": a credit
        src_start = self.doc.folded.to_source(o.start)
        return bool(re.search(r"\([‘“'\"]?\Z", self.doc.source[max(0, src_start - 2) : src_start]))


#: a condition on the reader, which hedges nothing: "if you missed it", "if you're looking"
_READER_IF = re.compile(
    r"\bif you (?:missed|have not|did not|are|re|want|like|love|need|enjoyed|liked)\b"
)


def _blank(m: re.Match[str]) -> str:
    return "x" * len(m.group())


def _quoted_title_words(doc: Document, matches: list[Match]) -> list[tuple[int, int]]:
    """Where the matched productions' titles and aliases stand quoted in the entry, counted
    or not (folded spans): quotes make them the title ("renewed satire 'Red Carpet' for a
    third season"), where bare words may be the phrase ("Gets Its World Premiere")."""
    words = {fold_phrase(t) for m in matches for t in (m.production.title, *m.production.aliases)}
    quoted = [
        (doc.folded.to_folded(a), doc.folded.to_folded(b)) for a, b in quoted_spans(doc.source)
    ]
    return [
        (x.start(), x.end())
        for w in words
        if w
        for x in re.finditer(rf"\b{re.escape(w)}\b", doc.text)
        if any(qa <= x.start() and x.end() <= qb + 1 for qa, qb in quoted)
    ]


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by as many "x" (positions kept)."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != " ":
                chars[i] = "x"
    return "".join(chars)


_AS_WHILE = re.compile(r"\w \b(?:as|while|whereas)\b")


def _main_clause(
    text: str, titles: list[tuple[Occurrence, Match]]
) -> list[tuple[Occurrence, Match]]:
    """The titles before a subordinate "as"/"while" ("'X' Opens as 'Y' Looms" is about X);
    none when the first stands after one ("Y Is Back in the Top 10 as X Casting Heats Up")."""
    if _AS_WHILE.search(text, 0, titles[0][0].start):
        return []
    for i, (o, _) in enumerate(titles[1:], 1):
        if SUBORDINATE.search(text, titles[i - 1][0].end, o.start):
            return titles[:i]
    return titles


def _with_sibling_years(mentions: list[DateMention], now_year: int) -> list[DateMention]:
    """A yearless day takes the year the entry gives its month ("Oct. 8", "October 2027"),
    unless that year is past ("Nov. 6" beside "opened in November 2023": history)."""
    years = {
        (d.date.day.month): d.date.day.year
        for d in mentions
        if not d.relative and d.date.precision in ("day", "month") and d.date.day.year >= now_year
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


def _context_words(m: Match) -> set[str]:
    return {w.lower() for c in m.production.context for w in c.split()}


def _word_gap(text: str, a: int, b: int) -> int:
    return text.count(" ", a, b) - 1 if b > a else 0


#: a cast verb and a person's name "of" right before a title (source text): "Co-Starring
#: Nell Prideaux of '"
_PERSON_OF_BEFORE = re.compile(
    r"\b(?i:co-?starring|starring|featuring|with)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
    r"\s+of\s+[‘“'\"]?\Z"
    # a headline that opens with a person's name: "Harriet Oduya Of 'X' In Talks To Lead"
    r"|\A(?!The\s)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,2}\s+(?i:of)\s+[‘“'\"]\Z"
)
#: a credit noun and a person's name right after a title (source text): " star Harriet Voss"
_PERSON_AFTER_CREDIT = re.compile(
    r"[’”'\"]?\s+(?i:star|stars|actor|actress|director|creator|showrunner|writer|producer|"
    r"composer|alum|breakout)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+)"
)


#: headline verbs a name never is ("X Director Unveils ...")
_HEADLINE_VERBS = frozenset({"unveil", "tease", "debut", "reveal", "share"})


def _person_after_credit(ctx: Context, o: Occurrence) -> bool:
    """A title's credit and a person's name right after it ("X star Harriet Voss"), a name
    not of everyday words ("X Star Cast Unveils Trailer", "X Stars Hit the Red Carpet")."""
    m = _PERSON_AFTER_CREDIT.match(ctx.doc.source, ctx.doc.folded.to_source(o.end))
    if m is None:
        return False
    first, second = (w.lower() for w in m.group("name").split()[:2])
    verb = first.endswith("s") and len(first) > 4 and first[:-1] in COMMON_WORDS | _HEADLINE_VERBS
    return not (
        verb  # "X Director Unveils Haunting First Trailer": a verb, not a name
        or first in COMMON_WORDS
        or second in COMMON_WORDS
        or second.endswith(("ing", "ed"))
    )


def _bound_left(ctx: Context, cue: Cue, occs: list[tuple[Occurrence, Match]]) -> Occurrence | None:
    best: Occurrence | None = None
    for o, _ in occs:
        if o.end <= cue.start and _word_gap(ctx.text, o.end, cue.start) < _GAP_WORDS_LEFT:
            if RECORD_AFTER.match(ctx.text, o.end) or RECORD_OF_BEFORE.search(
                ctx.text, max(0, o.start - 40), o.start
            ):
                continue  # "X soundtrack debuts at No. 2": the record's result
            if ctx.person_work(o):
                continue  # "X Star's New Series Arrives July 3": the star's series does
            if ctx.bracketed_credit(o):
                continue  # "produced by Rafe Dunmore (X), for a release on": Y's film
            if _EARLIER_WORK_BEFORE.search(ctx.text, max(0, o.start - 40), o.start):
                continue  # "Y, Marisa Cole's follow-up to X, which premieres May 4": Y does
            if _person_after_credit(ctx, o):
                continue  # "X star Harriet Voss returns to the stage next spring": she does
            if ctx.credited(o) and _ASIDE_CLOSE.match(
                ctx.doc.source, ctx.doc.folded.to_source(o.end), ctx.doc.folded.to_source(cue.start)
            ):
                continue  # "The film, from the director of X, opens Aug. 14": the film does
            between = ctx.text[o.end : cue.start]
            if not re.search(r"\b(?:and|or|as|with|after|than|while|but|vs|versus)\b", between):
                best = o
    return best


#: the earlier work a new one follows, right before its title (folded): "follow up to "
_EARLIER_WORK_BEFORE = re.compile(rf"{EARLIER_WORK}\Z")


def _bound_right(ctx: Context, cue: Cue, occs: list[tuple[Occurrence, Match]]) -> Occurrence | None:
    for o, _ in occs:
        between = ctx.text[cue.end : o.start]
        if o.start >= cue.end and BIND_RIGHT.match(between) and not CONTRAST.search(between):
            if ctx.person_work(o) or _names_another(ctx, cue):
                return None  # "Dates 'X' Director's Next Film for", "trailer for Y, with X"
            return o
    return None


def _for_another_quoted(ctx: Context, cue: Cue) -> bool:
    """A promo "for" or "of" a quoted name right after it that holds no watched title."""
    if cue.kind != "trailer":
        return False
    src = ctx.doc.source
    e = ctx.doc.folded.to_source(cue.end)
    quoted = re.match(r"(?i)\s+(?:for|of)\s+(?:the\s+)?[‘“'\"](?!\d)", src[e : e + 12])
    if quoted is None:
        # (not a decade: "Trailer For ‘80s Sci-Fi Thriller 'X'")
        return _for_another_named(ctx, e)
    at = ctx.doc.folded.to_folded(e + quoted.end())
    if any(o.start <= at < o.end for o, _ in ctx.occurrences):
        return False
    # an original title, then the watched one in brackets: "for ‘Le Gardien’ (‘X’)"
    close = re.match(r"[^’”'\"]{1,60}[’”'\"]\s*\(\s*[‘“'\"]?", src[e + quoted.end() :])
    if close:
        after = ctx.doc.folded.to_folded(e + quoted.end() + close.end())
        return not any(o.start <= after < o.end for o, _ in ctx.occurrences)
    return True


def _for_an_owners_name(ctx: Context, cue: Cue) -> bool:
    """Trailer words "for" a name, after an owner's possessive or a kind of film, that holds
    no watched title: "the first trailer for Legendary's Orbit Nine", "the first trailer for
    the horror film Vesper Nine"."""
    if cue.kind != "trailer":
        return False
    m = _OWNED_NAME_AFTER.match(ctx.doc.source, ctx.doc.folded.to_source(cue.end))
    # (not a kind of film: "First Trailer for Paramount's Sci-Fi Epic")
    if m is None or _KIND_NAME.match(m.group("name")):
        return False
    if m.group("owner") and _names_a_watched_title(ctx, m, "owner"):
        return False  # (not the watched title's own: "for Gravewater's Second Season")
    # (a capitalised name after an owner or a kind is a title, even of common words)
    return m.group("name").split()[0].lower() not in ctx.companies and not (
        _names_a_watched_title(ctx, m)
    )


#: a kind of film written as a name in a headline (source text): "Sci-Fi Epic"
_KIND_NAME = re.compile(
    r"(?i)(?:[\w-]+\s+){0,2}(?:epic|thriller|comedy|drama|film|movie|sequel|series|show|"
    r"horror|romance|musical|western|adventure|actioner|blockbuster|tentpole|documentary)"
)


#: "for" an owner's or a kind's name right after trailer words (source text)
_OWNED_NAME_AFTER = re.compile(
    r"\s+for\s+(?:(?P<owner>(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)[’']s?\s+|the\s+(?:[a-z-]+\s+){0,2}"
    r"(?:film|movie|series|show|thriller|comedy|drama|horror film|sequel)\s+)"
    r"[‘“'\"]?(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w-]*)"
)


def _names_a_watched_title(ctx: Context, m: re.Match[str], group: str = "name") -> bool:
    """Whether ``group`` of ``m`` (source text) overlaps an accepted watched title."""
    lo = ctx.doc.folded.to_folded(m.start(group))
    hi = ctx.doc.folded.to_folded(m.end(group))
    return any(o.start < hi and lo < o.end for o, _ in ctx.occurrences)


def _another_quoted_before(ctx: Context, cue: Cue) -> bool:
    """Trailer words right after a quoted name that holds no watched title: "'Orbit Nine'
    Trailer Hits Online", "'Quiet Hours' Teaser:" are that name's."""
    return cue.kind == "trailer" and _another_name_before(ctx, cue, _QUOTED_NAME_BEFORE, 80)


def _another_name_before(ctx: Context, cue: Cue, pattern: re.Pattern[str], reach: int) -> bool:
    """Whether ``pattern`` ends right before the cue (source text, within ``reach``
    characters) on a ``name`` that holds no watched title."""
    start = ctx.doc.folded.to_source(cue.start)
    m = pattern.search(ctx.doc.source, max(0, start - reach), start)
    return m is not None and not _names_a_watched_title(ctx, m)


#: a quoted name right before (source text), possibly possessive: "'Orbit Nine' ", "'Y's "
_QUOTED_NAME_BEFORE = re.compile(
    r"[‘“'\"](?P<name>[A-Z0-9][^‘’“”'\"]{0,60}?)[’”'\"](?:[’']?s)?\s+(?:(?i:official|first|new|"
    r"final|teaser)\s+)?\Z"
)


#: "for" a one-word name that its own verb follows (source text): " for Hexbound will
#: arrive", " for Hexbound arrives" (not " for Sci-Fi Thriller 'X'", " for TikTok on Monday")
_NAME_THEN_VERB = re.compile(
    r"\s+for\s+([A-Z][a-z]+\w*)(?![\w’'-])\s+(?:will|is|was|arrives?|arrived|drops?|dropped|"
    r"debuts?|debuted|lands?|landed|comes?|came|hits?|premieres?|premiered|is set|was set)\b"
)


def _for_another_named(ctx: Context, e: int) -> bool:
    """A promo "for" an unquoted name right after it (source position ``e``) that is no
    watched title, no company and no everyday word: "a first teaser for Hexbound will ..."."""
    src = ctx.doc.source
    named = _NAME_THEN_VERB.match(src[e : e + 60])
    if named is None:
        return False
    at = ctx.doc.folded.to_folded(e + named.start(1))
    cue_at = ctx.doc.folded.to_folded(e)
    if any(
        o.start <= at < o.end
        or (
            cue_at - 80 <= o.end <= cue_at
            and not re.search(r"[.!?;]\s", src[ctx.doc.folded.to_source(o.end) : e])
        )
        for o, _ in ctx.occurrences
    ):
        return False  # a watched title there, or before in its sentence ("X Teaser for Diwali")
    word = named.group(1).lower()
    return word not in ctx.companies and word not in COMMON_WORDS


def _bound_elsewhere(ctx: Context, cue: Cue) -> bool:
    """The phrasing names a title that is not watched ("'Other' trailer", "trailer for 'Other'")."""
    src = ctx.doc.source
    s = ctx.doc.folded.to_source(cue.start)
    quoted = QUOTED_BEFORE.search(src[max(0, s - 80) : s])
    if quoted and not (
        # a name its comma closes off, then the verb's own watched object: "Teases 'Y,' Sets
        # 'X' for June 4" (not "'Y,' Production Starts Spring")
        re.search(r",[’”'\"]\s*\Z", quoted.group())
        and any(
            o.start >= cue.end and not ctx.text[cue.end : o.start].strip()
            for o, _ in ctx.occurrences
        )
    ):
        return True
    if _EARLIER_WORK_OWNER.search(src, max(0, s - 40), s):
        return True  # "the first film's trailer arrived seven months before": that film's
    dated = _DATED_WORK_OWNER.search(src, max(0, s - 40), s)
    if dated and int(dated.group("y")) < ctx.published.year:
        return True  # "the 2022 sequel's ending explained": a work of a past year
    owner = re.search(r"([A-Z][\w+&.-]*)[’']s\s*\Z", src[max(0, s - 40) : s])
    if owner:
        word = owner.group(1).lower()
        if word not in ctx.companies and word not in COMMON_WORDS:
            return True  # "Babygirl's trailer"; not "the year's", "America's", "Disney's"
    numbered = re.search(r"[A-Z][\w+&.-]*\s+\d{1,2}[’']s\s*\Z", src[max(0, s - 40) : s])
    if numbered:
        lo = ctx.doc.folded.to_folded(max(0, s - 40) + numbered.start())
        if not any(lo <= o.start < cue.start for o, _ in ctx.occurrences):
            return True  # "Lamplighter 2's Ending Explained" when Lamplighter 3 is watched
    e = ctx.doc.folded.to_source(cue.end)
    if re.match(r"(?i)\s+(?:for|of)\s+(?:the\s+)?[‘“'\"]", src[e : e + 12]):
        return True
    return _names_another(ctx, cue)


#: an earlier work of the franchise as a promo's owner (source text): "the first film's"
_EARLIER_WORK_OWNER = re.compile(
    r"\b(?:first|original|previous|last|earlier|prior|1st) (?:film|movie|one|installment|"
    r"instalment|season|series|chapter|entry|outing)[’']s\s*\Z",
    re.I,
)


#: a work a year names as a promo's or an ending's owner (source text): "the 2022 sequel's"
_DATED_WORK_OWNER = re.compile(
    r"\b(?P<y>(?:19|20)\d\d) (?:film|movie|sequel|original|installment|instalment|season|"
    r"series|one|entry|chapter|outing|remake|adaptation)[’']s\s*\Z",
    re.I,
)


#: a name as headlines write one: capitalised words, perhaps a sequel's number ("Orchid
#: Assassin 2")
_NAME = (
    r"(?P<name>(?!(?:Season|Series|Part|Volume|Vol|Chapter|Episode|Book|No)\.?\s+\d)"
    r"(?:[A-Z][\w'’&.:-]*\s+){1,4}\d{1,2}(?!\d)|"
    r"(?:[A-Z][\w'’&.:-]*\s+){0,4}[A-Z][\w'’&.-]*)"
)
#: a verb's object that is a name, then the preposition of its date (source text, right
#: after a dating verb): " Wildwood Pact for"
_DATED_NAME = re.compile(
    # an owner's credit first: "(slotted) Sam Ruiz's family drama The Paper Orchard into"
    r"\s+(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s?\s+)?"
    # a maker's credit and the kind of film: "(Dates) Bex Caldwell Caper 'Heist Night' for"
    r"(?:(?:[A-Z][\w-]*\s+){1,3}(?i:caper|comedy|drama|thriller|horror|musical|western|"
    r"romance|documentary|feature|film|movie|pic|sequel|actioner|romcom)\s+)?"
    r"(?:(?:its|the|a|an|new|horror|comedy|thriller|drama|action|animated|pic|film|movie|"
    r"feature|sequel|title|documentary|musical|romance|western|heist|family|holiday|crime|"
    r"fantasy|sci-fi|spy|war|period|indie)\s+){0,3}"
    # any describing words before a quoted name: "its racing thriller 'The Night Rally'"
    r"(?:(?:[a-z][\w-]*\s+){1,4}(?=[‘“'\"])|"
    # ... or a festival's or a genre's word and a describing word before a name: "(dated)
    # its Cannes hopeful Mothwing (for)"
    r"(?<=its\s|the\s)(?:[A-Z][\w-]*\s+)?"
    r"(?:(?!(?:with|for|to|on|in|of|at|from|and|as)\s)[a-z][\w-]*\s+){1,2}(?=[A-Z]))?"
    r"[‘“'\"]?" + _NAME + r"[’”'\"]?"
    # an owner's appositive: "has dated Harbinger, Miles Okafor's supernatural thriller, for"
    r"(?:,\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?:[\w-]+\s+){0,3}[\w-]+(?=,))?"
    # a maker's credit after it: "Dates 'Northbound' From 'Y' Producer Rafe Dunmore For"
    r"(?:\s+(?i:from)\s+(?:(?i:the)\s+)?[‘“'\"]?(?:[A-Z][\w'’&.:-]*\s+){0,4}[A-Z][\w'’&.-]*[’”'\"]?"
    r"\s+(?i:producers?|directors?|creators?|writers?|showrunners?|filmmakers?|team|makers?|star)"
    r"(?:\s+[A-Z][\w.-]*){0,3})?"
    r",?\s+"
    # "dated its 'Mercer Falls' reboot for": the work derived from the name is dated
    r"(?i:(?:reboot|remake|sequel|prequel|spinoff|adaptation|movie|film|series)\s+)?"
    # "come Sony's 'Aurelia Rising' (Nov. 13)": its date in brackets
    r"(?:(?i:for|on|to|in|into|at|from)\b|\((?:out |on )?(?=(?i:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|oct|nov|dec)\w*\.? \d|\d{1,2}(?:/|\s+[A-Z])))"
)


#: a name right there, quoted or capitalised (source text): " 'Starhound 2'"
_NAMED_OBJECT = re.compile(
    # (an owner's credit first is no name of its own: "for Annika Sølberg's 'Sea Glass'")
    r"\s+(?![A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}[’']s\s)[‘“'\"]?" + _NAME
)


#: a dating verb in the source, whose object may be another name
_DATING_VERB = re.compile(r"\b(?:dated|dates|set|sets|slated|moved|moves|scheduled)\b")


def _dated_another_before(ctx: Context, seg: Segment, fpos: int) -> bool:
    """Whether the segment, before ``fpos``, dates a name that holds no watched title: the
    pronoun after it is that name's."""
    src = ctx.doc.source
    for v in _DATING_VERB.finditer(src, seg.start, ctx.doc.folded.to_source(fpos)):
        name = _NAMED_OBJECT.match(src, v.end())
        if name is not None and _unwatched_name(ctx, name, dates_too=True):
            return True
    return False


#: a dating verb in the source, any case: "Sets", "set"
_DATING_VERB_ANY_CASE = re.compile(_DATING_VERB.pattern, re.I)


def _day_given_another(ctx: Context, cue: Cue) -> bool:
    """The cue's date is what a dating verb right before it gives a name that holds no
    watched title: "Hulu Teases 'X,' Sets 'Mossbank' for July 9"."""
    assert cue.date is not None
    src = ctx.doc.source
    s = cue.date.start
    for v in _DATING_VERB_ANY_CASE.finditer(src, max(0, s - 100), s):
        m = _DATED_NAME.match(src, v.end())
        if m is not None and m.end() <= s and not src[m.end() : s].strip():
            quoted = src[max(0, m.start("name") - 1) : m.start("name")] in ("‘", "“", "'", '"')
            # (not a kind of work written as a name: "FX Sets Southern Gothic Drama for")
            described = not quoted and _KIND_NAME.fullmatch(m.group("name"))
            return not described and _unwatched_name(ctx, m, dates_too=True)
    return False


def _dates_another(ctx: Context, end: int, lead: str = "") -> bool:
    """A dating verb whose object, right after it (after ``lead``), is a name that holds no
    watched title."""
    pattern = _DATED_NAME
    if lead:
        m0 = re.match(lead, ctx.doc.source[end : end + 12])
        if m0 is None:
            return False
        end += m0.end()
        pattern = _NAMED_OBJECT  # "set July 14, 2028 for 'Starhound 2'": the name ends it
    m = pattern.match(ctx.doc.source, end)
    # not a date named like a title: "Targets Mid-2027 for"
    return m is not None and _unwatched_name(ctx, m, dates_too=True)


def _names_another(ctx: Context, cue: Cue) -> bool:
    """A trailer for a name that ends before a comma and holds no watched title ("the first
    trailer for Whisper, starring the lead of X"): that name's trailer."""
    if cue.kind != "trailer":
        return False
    other = _NAME_AFTER.match(ctx.doc.source, ctx.doc.folded.to_source(cue.end))
    if other is None:
        return False
    lo, hi = (ctx.doc.folded.to_folded(i) for i in other.span(1))
    words = other.group(1).lower().split()  # not "Netflix Originals", "New Horror Film"
    return (
        words[0] not in ctx.companies
        and not all(w in COMMON_WORDS for w in words)
        and not any(o.start < hi and lo < o.end for o, _ in ctx.occurrences)
    )


def _quoted_list(
    ctx: Context, cue: Cue, occs: list[tuple[Occurrence, Match]]
) -> list[tuple[Occurrence, Match]]:
    """The watched titles of a quoted list right before a date's phrasing ("'A,' 'B' and 'C'
    Coming This Spring"): the phrasing is about each title of the list."""
    if cue.kind not in ("release_date", "premiere") or not occs:
        return []
    s = ctx.doc.folded.to_source(cue.start)
    m = QUOTED_LIST_BEFORE.search(ctx.doc.source, max(0, s - 300), s)
    if m is None:
        return []
    return [(o, p) for o, p in occs if m.start() <= ctx.doc.folded.to_source(o.start) < m.end()]


#: an unwatched quoted title right before an appositive: 'In "Other," ' (source text)
_OTHER_QUOTED_BEFORE = re.compile(
    r"[‘“\"][A-Z0-9](?:[^’”\"]|’(?=\w)){1,60}?(?:,[’”\"]|[’”\"],)\s*"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3})?\Z"
)


def _quotes_other_title(
    ctx: Context, seg: Segment, cue: Cue, occs: list[tuple[Occurrence, Match]]
) -> bool:
    """The clause names no watched title but quotes another one before the cue ends, in curly
    or straight quotes ("Variety 'Other' Sets Sept. 18 Release Date"; not "the film's")."""
    src = ctx.doc.source[seg.start : max(seg.start, ctx.doc.folded.to_source(cue.end))]
    return bool(_OTHER_QUOTED.search(src)) and not occs


#: a quoted name: curly or double quotes, or straight single quotes that no word touches
#: outside (an apostrophe inside, as in "Ocean's", is part of the name)
_OTHER_QUOTED = re.compile(
    r"[‘“\"][A-Z0-9](?:[^’”\"]|’(?=\w)){1,60}?[’”\"](?!\w)"
    r"|(?<![\w'])'[A-Z0-9](?:[^'\n]|'(?=\w)){1,60}?'(?!\w)"
)


def _listed_lead(ctx: Context, seg: Segment) -> list[tuple[Occurrence, Match]]:
    """The title leading the part of a listed headline that ``seg`` goes on from, after a
    semicolon."""
    segments = ctx.doc.segments
    i = segments.index(seg)
    if i == 0 or not segments[i - 1].related:
        return []
    prev = segments[i - 1]
    if ctx.doc.source[prev.end : seg.start].strip() != ";":
        return []
    return [
        (o, m)
        for o, m in ctx.occurrences
        if prev.fstart <= o.start < prev.fend
        and not ctx.passing(o)
        and _word_gap(ctx.text, prev.fstart, o.start) < _SUBJECT_WORDS
    ][:1]


def targets(
    ctx: Context, seg: Segment, cue: Cue, notes: list[str] | None
) -> list[tuple[Occurrence, Match]]:
    occs = [(o, m) for o, m in ctx.occurrences if seg.fstart <= o.start < seg.fend]
    if cue.bound is not None:
        return [(o, m) for o, m in occs if o is cue.bound]
    if any(
        (b <= cue.start and _word_gap(ctx.text, b, cue.start) <= 1)
        or (cue.end <= a and _word_gap(ctx.text, cue.end, a) <= 2)
        for a, b in ctx.older
    ):
        note(
            notes, f"{cue.kind} words {ctx.doc.original(cue.start, cue.end)!r} are the older work's"
        )
        return []  # "Vinegar Syndrome's 4K of the 1978 X is out today": the old film is
    # a title in a relative aside the cue is outside of is named in passing: "Ortega, who
    # stars in X, will return for Y, which premieres Aug. 6" dates Y, not X
    occs = [(o, m) for o, m in occs if not _outside_aside(ctx, o, cue)]
    gave_up = [
        o
        for o, _ in occs
        if o.start >= cue.end
        and (
            (
                (v := _VACATED_AFTER.match(ctx.text, o.end)) is not None
                and (
                    v.group("held") is None
                    or _SLOT_BEFORE.search(ctx.text, max(0, o.start - 50), o.start) is not None
                )
            )
            or _VACATED_BY_BEFORE.search(ctx.text, max(0, o.start - 60), o.start)
            or _OLD_SLOT_AFTER.match(ctx.text, o.end)
        )
    ]
    if cue.kind in ("release_date", "release") and gave_up:
        # "will open July 24, taking the date Paramount's X vacated": the date X left is
        # another's now (not "X vacates its July 10 date and moves to Dec. 18": X moves)
        occs = [(o, m) for o, m in occs if o not in gave_up]
        if not occs:
            return []
    if (
        cue.kind == "release_date"
        and _UNTITLED.search(ctx.text, cue.start, cue.end)
        and not any(cue.start <= o.start < cue.end for o, _ in occs)
    ):
        return []  # "Universal also moved its untitled thriller from Feb. 9 to March 2"
    nxt = (
        _NEXT_WORK_OBJECT.match(ctx.text, cue.end, seg.fend) if cue.kind == "release_date" else None
    )
    if (
        nxt
        # (not past a comma: "this fall, followed by new drama Y" is the next slot's)
        and not re.search(
            r"[,;:]",
            ctx.doc.source[ctx.doc.folded.to_source(cue.end) : ctx.doc.folded.to_source(nxt.end())],
        )
        and not any(cue.end <= o.start <= nxt.end() + 24 for o, _ in occs)
    ):
        # "has set Suki Hamada's next original feature ... for summer 2031" (not "Sets Y's
        # Next Film 'X' For Summer 2027", "has set X, the new film from Y")
        return []
    if (
        cue.kind == "release_date"
        and cue.date is not None
        and _dates_another(ctx, cue.date.end, r"\s+for")
    ):
        return []  # "has set July 14, 2028 for 'Starhound 2'": that film's day
    verb_end = ctx.text.find(" ", cue.start, cue.end)  # "dates X for": the verb is one word
    verb_end = cue.end if verb_end < 0 else verb_end
    if cue.kind == "release_date" and _dates_another(ctx, ctx.doc.folded.to_source(verb_end)):
        note(notes, f"release_date words {ctx.doc.original(cue.start, cue.end)!r} date another")
        return []  # "has set Wildwood Pact for March 17, 2028": that film's date
    if cue.kind == "release_date" and cue.date is not None and _day_given_another(ctx, cue):
        note(notes, f"release_date words {ctx.doc.original(cue.start, cue.end)!r} date another")
        return []  # "Teases 'X,' Sets 'Mossbank' for July 9": the day is Mossbank's
    if seg.related and not occs:
        # another story's headline an aggregator lists: about none of ours, unless it goes
        # on from a part that leads with one ("'X' TIFF Premiere Earns Ovation; Sony Sets
        # Nov. 20 Release")
        lead = _listed_lead(ctx, seg)
        return lead if lead and not _bound_elsewhere(ctx, cue) else []
    if (
        _for_another_quoted(ctx, cue)
        or _another_quoted_before(ctx, cue)
        or _for_an_owners_name(ctx, cue)
    ):
        note(notes, f"{cue.kind} words {ctx.doc.original(cue.start, cue.end)!r} name another title")
        return []  # "Drops Trailer For 'Nightfall Depot', Produced By 'X' Director ..."
    # (not a credit inside it: "has dated Y, produced by X director Z's company, for Oct. 15")
    inside = [
        o
        for o, _ in occs
        if cue.start <= o.start
        and o.end <= cue.end
        and not ctx.person_work(o)
        and not CREDIT_AFTER.match(ctx.text, o.end)
    ]
    bound = inside[0] if inside else _bound_left(ctx, cue, occs) or _bound_right(ctx, cue, occs)
    if bound is not None:
        # productions sharing the span ("X Seasons 2 & 3" names two watched seasons) share it
        spans = {(o.start, o.end) for o in _coordinated(ctx, occs, bound)}
        return [(o, m) for o, m in occs if (o.start, o.end) in spans]
    listed = _quoted_list(ctx, cue, occs)
    if listed:
        return listed
    if _bound_elsewhere(ctx, cue):
        note(notes, f"{cue.kind} words {ctx.doc.original(cue.start, cue.end)!r} name another title")
        return []
    if WHOSE.search(ctx.text, max(seg.fstart, cue.start - 60), cue.start) and not occs:
        return []  # "the HBO drama, whose final season wrapped": about the drama named there
    if _another_part_of_the_headline(ctx, seg, cue, occs):
        words = ctx.doc.original(cue.start, cue.end)
        note(notes, f"{cue.kind} words {words!r} are another story's")
        return []
    if cue.kind == "premiere" and _slot_of_another(ctx, cue):
        note(notes, f"premiere words {ctx.doc.original(cue.start, cue.end)!r} are another's slot")
        return []
    if (
        _unwatched_subject(ctx, seg, cue)
        or (cue.kind == "release_date" and _named_verb_subject(ctx, seg, cue))
        or _OTHER_WORKS_SUBJECT.search(ctx.text, max(seg.fstart, cue.start - 50), cue.start)
    ):
        words = ctx.doc.original(cue.start, cue.end)
        note(notes, f"{cue.kind} words {words!r} have another subject")
        return []
    pronoun = SUBJECT_PRONOUN.search(ctx.text, max(seg.fstart, cue.start - 20), cue.start)
    if ctx.subject and pronoun and _dated_another_before(ctx, seg, pronoun.start()):
        return []  # "has dated Apogee ... for Oct. 16 before it arrives on Apple TV+": Apogee's
    if ctx.subject and pronoun:
        return _of_kind(ctx.subject, pronoun.group())
    # "its" before the cue looks back: "a trailer for Mother Salt ahead of its Fantastic Fest
    # premiere, and a new one-sheet for X" is Mother Salt's premiere
    its_back = _ITS_BEFORE.search(ctx.text, max(seg.fstart, cue.start - 12), cue.start)
    if its_back and not _name_before(ctx, seg, its_back.start()):
        its_back = None  # "After Its Berlin Premiere, Focus Is Planning ... for 'X'": ahead
    near = [
        (o, m)
        for o, m in occs
        if not ctx.passing(o)
        and not (its_back and o.start >= cue.end)
        and not (o.start >= cue.end and PLUS_A_LOOK.search(ctx.text, cue.end, o.start))
        and _gap(ctx, o, cue) <= _NEAR_WORDS
        and not CONTRAST.search(ctx.text, *_span(o, cue))  # "X will premiere ..., while Y"
        # "X is looking at $20M, while Paramount's Y, which opens this Friday"
        and not (
            o.end <= cue.start
            and _CONTRAST_SUBJECT.search(ctx.text, max(o.end, cue.start - 60), cue.start)
        )
        and not (o.start > cue.end and _AHEAD_AS_SUBJECT.match(ctx.text, o.end))
        # "Mubi Opens 'Y' Friday As 'X' Leads Four-Wide Stampede": X leads a clause of its own
        and not (
            cue.kind == "release_date"  # ("'Y' Tops as 'X' Holds": X's gross too)
            and o.start > cue.end
            and ctx.text.endswith(" as ", 0, o.start)
            and not _DATE_NOUN_AFTER.match(ctx.text, o.end)
            # (the verb's own object takes it, else X does: "Sets Oct. 9 Premiere As 'X'
            # Returns" is X's; "Sets Oct. 9 For Untitled Horror Event As 'X' Moves" is not)
            and (
                any(cue.end <= p.start < o.start for p, _ in occs)
                or _OTHER_QUOTED.search(
                    ctx.doc.source,
                    ctx.doc.folded.to_source(cue.end),
                    ctx.doc.folded.to_source(o.start),
                )
                is not None
                or _VERB_OBJECT.match(ctx.text, cue.start, o.start) is not None
                or _FOR_OBJECT.search(ctx.text, cue.start, o.start) is not None
            )
        )
    ]
    if not near:
        near = [
            (o, m)
            for o, m in occs[:1]
            if not ctx.passing(o)
            and _word_gap(ctx.text, seg.fstart, o.start) < _SUBJECT_WORDS
            and not _CONTRAST_SUBJECT.search(ctx.text, max(o.end, cue.start - 60), cue.start)
        ]
    anaphora = ANAPHORA.search(ctx.text, max(seg.fstart, cue.start - 30), cue.start)
    if (
        anaphora
        and anaphora.start() >= ctx.title_fend  # (a headline capitalises every word)
        and _NAME_PART.search(
            ctx.doc.source,
            max(0, ctx.doc.folded.to_source(anaphora.start()) - 30),
            ctx.doc.folded.to_source(anaphora.start()) + 1,
        )
    ):
        anaphora = None  # "with Netflix Animation targeting a 2028 debut": a company's name
    if not near and anaphora and ctx.text.endswith("untitled ", 0, anaphora.start()):
        return []  # "Universal also moved its untitled Jordan Vale thriller": another film
    if not near and anaphora:
        at = ctx.doc.folded.to_source(anaphora.start())
        if _OTHER_QUOTED_BEFORE.search(ctx.doc.source, max(seg.start, at - 80), at):
            return []  # 'In "Other," the quiet Irish drama that opens Friday': the other's
    if not near and anaphora and _dated_another_before(ctx, seg, anaphora.start()):
        return []  # "has dated Apogee ... before it arrives on Apple TV+": Apogee's
    if not near and anaphora:
        # (not under a headline that leads with another title: "'Stormcellar' Heads Into
        # Date Once Held by 'X'" over "the tornado horror opens Friday")
        subject = ctx.subject or [
            (o, m)
            for o, m in ctx.occurrences
            if ctx.in_title(o)
            and (
                occs
                or not ctx.headline_leads_with_another_title()
                # (its own studio's, in running text: "Focus Features' western opens Friday")
                or (
                    anaphora.start() >= ctx.title_fend
                    and _owned_by_context(ctx, m, anaphora.start())
                )
            )
            and not ctx.credited(o)
            # "X Movie Doughnuts Drop June 29": the doughnuts do
            and not TIE_IN_AFTER.match(ctx.text, o.end)
            # "X Sequel Sets Sept. 18": the sequel that follows X is what "sequel" names
            and not _derived_word(ctx, o, anaphora.start())
        ]
        return _of_kind(subject, anaphora.group())
    if not near and _ITS_BEFORE.search(ctx.text, max(seg.fstart, cue.start - 30), cue.start):
        # "“Overnight” received a nine-minute ovation ... following its world premiere": the
        # one title the clause names before it owns it
        clause_titles = [
            (o, m)
            for o, m in occs
            if o.end <= cue.start
            and not ctx.passing(o)
            and not _BREAK.search(
                ctx.doc.source, ctx.doc.folded.to_source(o.end), ctx.doc.folded.to_source(cue.start)
            )
        ]
        if len({m.production.id for _, m in clause_titles}) == 1:
            near = clause_titles[-1:]
    if near or occs or cue.own_clause:
        if not near:
            note(
                notes,
                f"{cue.kind} words {ctx.doc.original(cue.start, cue.end)!r} "
                "are not about a watched title",
            )
        joined = {j for o, _ in near for j in _coordinated(ctx, occs, o)}
        return [(o, m) for o, m in occs if o in joined or (o, m) in near]
    if _quotes_other_title(ctx, seg, cue, occs):
        return []
    contrast = _CONTRAST_SUBJECT.search(ctx.text, max(seg.fstart, cue.start - 60), cue.start)
    if contrast and not re.search(
        r"[,;:.]",
        ctx.doc.source[
            ctx.doc.folded.to_source(contrast.start()) : ctx.doc.folded.to_source(cue.start)
        ],
    ):
        # "X now opens May 26, while the horror title leaves that slot": another's (not
        # "While the buzz builds, Neon opens it Aug. 21")
        return []
    if _owned_work_leads(ctx, seg, cue):
        note(notes, f"{cue.kind} words {ctx.doc.original(cue.start, cue.end)!r} are another's")
        return []
    return ctx.subject


def _name_before(ctx: Context, seg: Segment, fpos: int) -> bool:
    """Whether the segment names, before folded ``fpos``, a name that is no company and no
    watched title: what an "its" at ``fpos`` may refer back to ("a trailer for Mother Salt
    ahead of its ...")."""
    src = ctx.doc.source
    end = ctx.doc.folded.to_source(fpos)
    for m in _CAPITALISED_RUN.finditer(src, seg.start, end):
        if m.start() < ctx.doc.title_end:
            continue  # (a headline may capitalise every word)
        if not _WORK_OF_BEFORE.search(src, max(0, m.start() - 12), m.start()):
            continue  # a work's name, after "for" or "of" (not "Speaking to Variety, Ana Ruiz")
        lo, hi = (ctx.doc.folded.to_folded(i) for i in m.span())
        words = m.group().lower().split()
        if words[0].strip("’'") in ctx.companies or m.start() == seg.start:
            continue  # (a company, or a sentence's first word)
        if not any(o.start < hi and lo < o.end for o, _ in ctx.occurrences):
            return True
    return False


#: a preposition that names a work right before a name (source text): "a trailer for "
_WORK_OF_BEFORE = re.compile(r"\b(?:for|of)\s+[‘“'\"]?\Z")
#: capitalised words in a row (source text): "Mother Salt"
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _owned_by_context(ctx: Context, m: Match, fpos: int) -> bool:
    """Whether one of ``m``'s context words (its studio, network, maker) stands in the three
    words right before folded ``fpos``: "Focus Features' western", "the Focus western"."""
    before = " " + " ".join(ctx.text[max(0, fpos - 40) : fpos].split()[-3:]) + " "
    return any(
        f" {c} " in before or f" {c} s " in before
        for c in (fold_phrase(x) for x in m.production.context)
        if c
    )


#: a company's work leading a sentence (source text): "Universal’s Tinfoil Crown 2 ",
#: "Sony’s horror film Grim Tide "
_OWNED_WORK_LEAD = re.compile(
    r"\s*(?P<owner>[A-Z][\w&+.!-]*(?:\s+[A-Z][\w&+.!-]*)?)[’']s?\s+"
    r"(?:(?!starring|with|from|by|featuring|and|directed)[a-z-]+\s+){0,3}?"
    r"(?P<name>[A-Z][\w'’&:.-]*(?:\s+(?:[A-Z0-9][\w'’&:.-]*|of|the|and|&))*)\s+"
    # its verb right after it (not "A24's Sundance hit opens", "Neon's Palme d'Or winner")
    r"(?=(?:is|was|has|had|will|would|also|now|opens|opened|arrives|arrived|debuts|debuted|"
    r"premieres|premiered|hits|lands|landed|bows|bowed|moves|moved|shifts|shifted|gets|got|"
    r"takes|took|heads|headed|eyes|looks|tracks|tracked|earned|grossed|made|scored|drew|"
    r"follows|launches|launched|returns|returned|streams|drops|dropped|comes|came)\b)"
)


def _owned_work_leads(ctx: Context, seg: Segment, cue: Cue) -> bool:
    """Whether the sentence of a cue that names no watched title opens with a company's
    work, whose verb the cue is: "Universal's Tinfoil Crown 2 is looking at $55 million for
    its July 25 bow" is that film's date, not the entry's subject's."""
    if cue.start < ctx.title_fend:
        return False  # (a headline capitalises every word)
    src = ctx.doc.source
    m = _OWNED_WORK_LEAD.match(src, seg.start)
    if m is None or ctx.doc.folded.to_folded(m.end("name")) > cue.start:
        return False
    owner = m.group("owner").split()[0].lower()
    if owner not in COMPANIES or any(owner in _context_words(w) for w in ctx.matches):
        return False  # (a person's, "Portman's Jackie"; or ours, "Stan's new comedy")
    lo, hi = (ctx.doc.folded.to_folded(i) for i in m.span("name"))
    return not any(o.start < hi and lo < o.end for o, _ in ctx.occurrences)


#: a capitalised word and a capitalised genre word after it, in running text (source text):
#: "Netflix Animation", "Sony Pictures Animation" (the end is the genre word's capital)
_NAME_PART = re.compile(r"[a-z,]\s+[A-Z][\w+&.-]*\s+[A-Z]\Z")
#: a short quoted title holding a weekday (source text): "Freaky Friday," (not "This Friday,"
#: nor "Opens Friday, and I'm Terrified")
_QUOTED_TITLE_DAY = re.compile(
    r"(?!(?:This|Next|Last|On|Every|By|Until|Through|Opens|Arrives|Returns)\b)[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[,.!?]?"
)
#: an untitled work (folded), not one titled since ("the formerly untitled ... now called X")
_UNTITLED = re.compile(r"(?<!formerly )(?<!previously )\buntitled\b")
#: someone's next work as a dating verb's object, right after it (folded): " suki hamada s
#: next original feature"
_NEXT_WORK_OBJECT = re.compile(
    r" (?:\w+ ){0,3}?(?:s )?(?:next|new|upcoming|latest) (?:original |untitled |animated |"
    r"live action )*"
    r"(?:feature|film|movie|project|original|series|show|thriller|drama|comedy)\b"
)
#: a contrast clause with a subject of its own, right before a cue (folded): "while the
#: horror title leaves that "
_CONTRAST_SUBJECT = re.compile(
    r"\b(?:while|whereas) (?:the|a|an) (?:\w+ ){0,2}?(?:title|film|movie|drama|comedy|thriller|"
    r"horror|series|show|pic|picture|sequel|feature|documentary|docuseries|miniseries|sitcom|"
    r"anthology|special|musical|western) (?:\w+ ){0,3}\Z|"
    # "while Paramount's Hushwater, which opens this Friday": another company's film
    r"\b(?:while|whereas) \w+(?: s)? \w+(?: \w+)? (?:which|that) \Z"
)
#: a title's own verb of giving a date up, right after it (folded)
_VACATED_AFTER = re.compile(
    r" (?:vacated|vacates|vacating|gave up|gives up|abandoned|left open|left behind|exited)\b|"
    # "the weekend X once held", "the Friday X left when it moved" (a slot named right
    # before the title)
    r" (?P<held>once held|had held|previously held|originally held|held(?= until| till)|"
    r"left(?= when| after| to| for))"
    r"\b(?! back| up| off)"
)
#: a slot on the calendar right before a title (folded): "the weekend (universal s) "
_SLOT_BEFORE = re.compile(
    r"\bthe (?:\w+ ){0,2}?(?:weekend|friday|slot|date|frame|spot|berth)(?: that| which)?"
    r"(?: \w+){0,3} \Z"
)
#: a title's old place on the calendar, taken by another (folded): "(taking X) s old slot"
_OLD_SLOT_AFTER = re.compile(
    r"(?: s)? (?:old|former|vacated|abandoned) (?:\w+ )?"
    r"(?:slot|date|spot|berth)\b"
)
#: a date given up by a title named after it (folded): "the date vacated by the Jodie
#: Farraday-led " (a passive "vacated by X" is X's old date), "the frame Lionsgate once
#: held for "
_VACATED_BY_BEFORE = re.compile(
    r"\b(?:vacated|left open|given up|abandoned|freed up|(?:previously|formerly|once) held|"
    r"(?:previously|formerly) occupied) by (?:the )?"
    r"(?:(?!(?:for|to|with|and|on|in)\b)\w+ ){0,5}\Z|"
    # "In Frame Lionsgate Once Held For 'X'" (the holder before the verb, X after it)
    r"\b(?:once|previously|formerly|originally) held for (?:the )?"
    r"(?:(?!(?:to|with|and|on|in)\b)\w+ ){0,3}\Z|"
    # "the Friday Warner Bros. gave up when it moved X this week", "the July 24 frame that
    # opened up when Paramount shifted X"
    r"\b(?:gave up|vacated|abandoned|left open|freed up|opened up|came open) (?:when|after) "
    r"(?:\w+ ){1,3}?(?:moved|shifted|pushed|pulled|bumped|delayed|dated|redated) \Z"
)
#: a dating verb's own object before "as" (folded): "dates awards hopeful for dec 4 as ",
#: "sets oct 9 for untitled horror event as " (not "sets oct 9 premiere as ")
_VERB_OBJECT = re.compile(
    r"(?:dates|dated|sets|set|slots|slotted|moves|moved) (?!(?:its |the |a |an )?(?:\d|jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|spring|summer|fall|autumn|winter|holiday|christmas|thanksgiving|easter|memorial|"
    r"labor|new|next|this)\w*\b)(?:\w+ ){1,4}for \w"
)
_FOR_OBJECT = re.compile(
    r"\bfor (?!(?:its |the |a |an )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"release|premiere|debut|return|launch|opening|bow|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\w*\b)(?:\w+ ){1,4}as \Z"
)
#: the title's own day, right after it (folded): "(sets Nov. 20 as) X s release date"
_DATE_NOUN_AFTER = re.compile(
    r"(?: s)? (?:(?:theatrical|streaming|wide|global) )?(?:release|premiere|debut|opening|launch|"
    r"return|bow|date)\b"
)
#: a title's own verb of what is still ahead, right after it (folded): "... $14M Opening As
#: 'Y' Looms" is no result of Y's
_AHEAD_AS_SUBJECT = re.compile(
    r" (?:looms|loom|awaits|await|approaches|nears|waits in the wings|is up next|opens next|"
    r"arrives next|is next|gears up|revs up|readies|warms up)\b"
)


#: a sentence that opens with a name and an aside about it, then the verb: "Lamplighter
#: Road, Kelsey Dunn's road comedy, opens April 10" (source text)
_NAMED_SUBJECT = re.compile(
    r"\s*[‘“'\"]?(?P<name>(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*)[’”'\"]?,\s+[^,;:]{1,100},"
    r"\s+(?:which\s+|who\s+)?(?:[\w-]+\s+){0,2}\Z"
)


#: a sentence that opens with a name and its verb, then the cue: "Skip Tracer Is Back in
#: Netflix's Top 10 as Skip Tracer 2 Casting Heats Up" (source text)
_NAME_IS = re.compile(
    r"\s*[‘“'\"]?(?P<name>(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*)[’”'\"]?\s+"
    r"(?i:is|are|was|were|remains|stays|sits|climbs|jumps|returns)"
    r"(?i:\s+(?:back|now|still|again|already|once again))?"
    r"(?i:\s+(?:in|on|at|atop|into|to)(?:\s+[\w'’&.-]+){0,3})?\s+\Z"
)


#: a name right before a verb (source text): " comedy Velvet Dogs "
_NAME_BEFORE_VERB = re.compile(
    r"(?<![\w’'])(?P<name>(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)[’”'\"]?\s+\Z"
)


def _another_part_of_the_headline(
    ctx: Context, seg: Segment, cue: Cue, occs: list[tuple[Occurrence, Match]]
) -> bool:
    """A headline of two stories split by a semicolon, the cue's part naming no watched title
    and opening on a name of its own ("Fetch Me Home Fetches $1.1M In Previews; 'Full Tilt'
    Numbers Due Later")."""
    if not seg.in_title or occs:
        return False
    src = ctx.doc.source
    start, end = ctx.doc.folded.to_source(cue.start), ctx.doc.folded.to_source(cue.end)
    if src.find(";", end, ctx.doc.title_end) < 0 or src.rfind(";", seg.start, start) >= 0:
        return False
    lead = src[max(seg.start, src.rfind(":", seg.start, start) + 1) : start]
    # (not the work's own people or company: "Netflix Drops Trailer; 'X' Season 2 Arrives")
    return bool(_STORY_OPENING.match(lead)) and not any(
        w.lower().strip("’'") in ctx.companies for w in lead.split()
    )


#: a headline part opening on a capitalised name and its verb: "Fetch Me Home Fetches "
_STORY_OPENING = re.compile(r"\s*(?:[A-Z][\w'’&.-]*\s+){1,5}[A-Z][a-z]+s\s+\S*\s*\Z")


#: other works in general as a verb's subject, right before it (folded): "last few sundance
#: comedies (topped out around $20M)", "most holiday films (open on Wednesday)"
_OTHER_WORKS_SUBJECT = re.compile(
    r"\b(?:few|other|most|many|several|recent|previous|past|prior|earlier|similar|comparable)"
    r"(?: \w+){0,2} (?:comedies|films|movies|dramas|thrillers|sequels|titles|features|"
    r"musicals|documentaries|westerns|originals|tentpoles|pictures|releases|shows|series)"
    r"(?: (?:have|had|all|each|typically|usually|only|just))? \Z"
)


def _unwatched_subject(ctx: Context, seg: Segment, cue: Cue) -> bool:
    """The cue's sentence opens with a name that is no watched title, then an aside about
    it: the verb is that name's, whatever the aside mentions."""
    src = ctx.doc.source
    start = ctx.doc.folded.to_source(cue.start)
    m = _NAMED_SUBJECT.fullmatch(src, seg.start, start) or _NAME_IS.fullmatch(src, seg.start, start)
    if m is None and cue.kind == "release_date" and MOVE_VERB.match(ctx.text, cue.start):
        # "To make room, Universal's comedy Velvet Dogs moves from Nov. 6 to Feb. 12": the
        # verb's subject, a name right before it
        m = _NAME_BEFORE_VERB.search(src, seg.start, start)
    return m is not None and (_unwatched_name(ctx, m) or _earlier_installment(ctx, m))


def _slot_of_another(ctx: Context, cue: Cue) -> bool:
    """A festival slot given to a name that holds no watched title: "The festival previously
    set The Cormorant as its opening-night film"."""
    return _another_name_before(ctx, cue, _SLOT_GIVEN_TO, 90)


#: a verb that gives a slot, its object's name and "as its" (source text)
_SLOT_GIVEN_TO = re.compile(
    r"\b(?:set|sets|named|names|picked|picks|chose|chosen|selected|selects|tapped|taps)\s+"
    r"[‘“'\"]?(?P<name>(?:[A-Z][\w'’&.:-]*\s+){0,5}[A-Z][\w'’&.-]*)[’”'\"]?\s+as\s+"
    r"(?:its|the|their)\s+\Z"
)


def _named_verb_subject(ctx: Context, seg: Segment, cue: Cue) -> bool:
    """In running text (not a headline, which capitalises every word), the verb's subject is a
    name right before it, or before ", which" or an appositive, that holds no watched title:
    "the horror sequel Harrowgate, which opens in IMAX on June 7", "Wire Mother, the Sundance
    horror breakout, opens March 8", "the Seoul-set Meridian Park debuts July 12"."""
    if cue.start < ctx.title_fend:
        return False
    src = ctx.doc.source
    start = ctx.doc.folded.to_source(cue.start)
    m = _SUBJECT_NAME_BEFORE.search(src, max(seg.start, start - 120), start)
    if m is None or not re.search(r"[a-z]", m.group("name")) or not _unwatched_name(ctx, m):
        return False  # (not an abbreviation: "a U.S. release is planned")
    if _PRONOUN_OBJECT_AFTER.match(src, start):
        return False  # "Magnolia will open it Aug. 1": a distributor, the title its object
    if _REFERENCE_BEFORE.search(src, max(0, m.start("name") - 12), m.start("name")):
        return False  # "X, Y's first film since Silverline, which hits theaters": X's
    if _PERSON_ROLE_BEFORE.search(src, max(0, m.start("name") - 30), m.start("name")):
        return False  # "X, a biopic of the gospel singer Ora Lee Simms, which opens": a person
    name = fold_phrase(m.group("name"))
    if any(
        t in name or name in t
        for w in ctx.matches
        for t in (fold_phrase(x) for x in (w.production.title, *w.production.aliases))
    ):
        return False  # a watched title, whatever matching made of this use of it
    name_end = ctx.doc.folded.to_folded(m.end("name"))
    return not any(name_end <= o.start < cue.start for o, _ in ctx.occurrences)


#: a verb with a pronoun for its object (source text): "open it", "release them"
_PRONOUN_OBJECT_AFTER = re.compile(r"[\w-]+\s+(?:it|them|the film|the series)\b")
#: a person's role right before a name (source text): "the gospel singer "
_PERSON_ROLE_BEFORE = re.compile(
    r"\b(?:singer|songwriter|musician|rapper|actor|actress|author|novelist|poet|painter|"
    r"athlete|boxer|activist|legend|icon|pioneer|preacher|soldier|spy|journalist|"
    r"politician|president|senator|queen|king|princess|prince)\s+\Z"
)
#: a reference point's preposition right before a name (source text)
_REFERENCE_BEFORE = re.compile(r"\b(?i:since|after|before|like|than|from|following|of)\s+\Z")
#: a name and what may stand between it and its verb (source text): " Harrowgate, which ",
#: " Wire Mother, the Sundance horror breakout, ", " Meridian Park ", " Ridgeback revival, which "
_SUBJECT_NAME_BEFORE = re.compile(
    # (not an owner's possessive, "DreamWorks' sequel now arrives", nor a determiner's noun
    # phrase, "The Paramount sequel, which")
    r"(?<![\w’'])(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\s)"
    r"(?P<name>(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w&.-]*(?<!’s)(?<!'s))(?![’'])[”\"]?"
    r"(?:\s+(?:revival|sequel|reboot|remake|spinoff|series|documentary|docuseries|special))?"
    r"(?:,\s+(?:which|who)\s+(?:(?:has|have|had|is|was|has\s+been)\s+)?"
    # ("Wintercap, which opens (in theaters March 9)")
    r"(?:(?:arrives|opens|hits|lands|debuts|bows|premieres|comes|rolls\s+out)\s+)?"
    r"|,\s+(?:the|a|an|starring|from|with|directed\s+by|led\s+by)\s+"
    r"[^,;:()]{1,60},\s+|\s+"
    # a verb of release right after the name, before the cue that goes on from it: "Wolf
    # Hours arrives (in theaters)"
    r"(?:(?:arrives|opens|hits|lands|debuts|bows|premieres|heads|comes|rolls\s+out)\s+)?)"
    r"(?:(?:will|also|now|then|officially|finally)\s+)*\Z"
)


def _earlier_installment(ctx: Context, m: re.Match[str]) -> bool:
    """Whether the ``name`` group of ``m`` is a watched numbered title without its number
    ("Black Tide" when "Black Tide 3" is watched): the earlier film."""
    name = fold_phrase(m.group("name"))
    return any(
        re.sub(r" (?:\d{1,2}|[ivx]{1,4})\Z", "", title) == name != title
        for title in (fold_phrase(w.production.title) for _, w in ctx.occurrences)
    )


def _unwatched_name(ctx: Context, m: re.Match[str], dates_too: bool = False) -> bool:
    """Whether the ``name`` group of ``m`` (source text) is a name that holds no watched
    title, starts with no company and is not all common words (nor, with ``dates_too``, a
    date)."""
    lo, hi = (ctx.doc.folded.to_folded(i) for i in m.span("name"))
    words = m.group("name").lower().split()
    quoted = ctx.doc.source[max(0, m.start("name") - 1) : m.start("name")] in ("‘", "“", "'", '"')
    # (so may a name after a kind of work: "Her Tribeca opener Wolf Hours arrives")
    kind_before = _KIND_NOUN_BEFORE.search(
        ctx.doc.source, max(0, m.start("name") - 14), m.start("name")
    )
    return (
        words[0] not in ctx.companies
        # a quoted name may be all common words: "its racing thriller 'The Night Rally'"
        and (quoted or kind_before is not None or not all(w in COMMON_WORDS for w in words))
        and not any(o.start < hi and lo < o.end for o, _ in ctx.occurrences)
        and not (dates_too and any(fs < hi and lo < fe for fs, fe, _ in ctx.dates))
        and not (dates_too and all(_WEEKDAYS.fullmatch(w) for w in words))
    )


#: a kind of work in lowercase right before a name (source text): "opener ", "the thriller "
_KIND_NOUN_BEFORE = re.compile(
    r"\b(?:opener|closer|film|movie|drama|thriller|comedy|sequel|documentary|feature|pic|"
    r"horror|musical|romance|western|actioner|biopic|docuseries|miniseries)\s+\Z"
)


#: a weekday's name, or its plural as a timeslot ("will air Thursdays at 10 p.m.")
_WEEKDAYS = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?")


def _outside_aside(ctx: Context, o: Occurrence, cue: Cue) -> bool:
    aside = ctx.relative_aside(o)
    return aside is not None and not aside[0] <= cue.start < aside[1]


def _derived_word(ctx: Context, o: Occurrence, fpos: int) -> bool:
    """Whether the sequel, prequel, spinoff, remake or reboot right after a title reaches
    ``fpos`` ("X Sequel Sets Sept. 18": "sequel" there names that work, not X)."""
    m = ctx.derived(o)
    return m is not None and m.end() > fpos


def _of_kind(titles: list[tuple[Occurrence, Match]], noun: str) -> list[tuple[Occurrence, Match]]:
    """The titles "the film" or "the series" can refer to."""
    if FILM_NOUN.search(noun):
        return [(o, m) for o, m in titles if m.production.kind == "film"]
    if SERIES_NOUN.search(noun):
        return [(o, m) for o, m in titles if m.production.kind == "series"]
    return titles


def _coordinated(
    ctx: Context, occs: list[tuple[Occurrence, Match]], bound: Occurrence
) -> list[Occurrence]:
    """The bound title and those joined to it by "and" ("'X' & 'Y' Top the Charts"), also
    before an owner's name ("Wells' 'X' and Rohrwacher's 'Y' will both premiere")."""
    group = [bound]
    for o, _ in reversed(occs):
        if o.end > group[-1].start:
            continue
        between = ctx.text[o.end : group[-1].start]
        if between == " and " or (
            _AND_WORD.fullmatch(between)
            and _AND_OWNER.fullmatch(
                ctx.doc.source,
                ctx.doc.folded.to_source(o.end),
                ctx.doc.folded.to_source(group[-1].start),
            )
        ):
            group.append(o)
    return group


#: "for Whisper," "for Cold Harbor;" after a cue: a capitalised name its punctuation ends
_NAME_AFTER = re.compile(r"\s+(?:for|of)\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?=[,;:])")
#: only the comma closing an aside between a title and a verb (source text)
_ASIDE_CLOSE = re.compile(r"[”’\"']?\s*,\s*\Z")
_AND_WORD = re.compile(r" and (?:\w+ ){1,2}")
#: "and Rohrwacher's", "and Kunal Saxena's" between two titles (source text)
_AND_OWNER = re.compile(
    r"[”’\"']?\s+(?:and|&)\s+(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:[’']s?)\s+[“‘\"']?"
)


def _gap(ctx: Context, o: Occurrence, cue: Cue) -> int:
    """Words between a title and a cue, not counting an aside right after the title
    ("'X,' Y's feature about a family of salvagers, will world premiere")."""
    if o.end <= cue.start:
        folded = ctx.doc.folded
        aside = ASIDE.match(ctx.doc.source, folded.to_source(o.end))
        if aside is not None and folded.to_folded(aside.end()) <= cue.start:
            return _word_gap(ctx.text, folded.to_folded(aside.end()), cue.start)
    return _word_gap(ctx.text, *_span(o, cue))


def _span(o: Occurrence, cue: Cue) -> tuple[int, int]:
    return (o.end, cue.start) if o.end <= cue.start else (cue.end, o.start)
