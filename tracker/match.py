"""Which watched productions an entry is about, and where their titles stand in it.

All titles, aliases, context words and exclude words of every production go into ONE
Aho-Corasick automaton over folded text (:mod:`tracker.text`), so the cost of matching an
entry does not grow with the watchlist. A hit counts only on whole words.

Rules, in the order they are applied to each title occurrence:

1. Longest title wins: an occurrence inside a longer title of another production ("Peaky
   Blinders" inside "Peaky Blinders: The Immortal Man") is dropped. Productions sharing a
   title (two seasons of one series) each see the occurrence.
2. ``exclude``: an exclude phrase that overlaps the occurrence vetoes that occurrence
   ("Moana 2" for "Moana"); an exclude phrase elsewhere vetoes the production for the
   whole entry.
3. Numbered sequels: a title followed by a number ("Moana 2", "Toy Story 6" is simply
   another title) is another film when the production is a film; for a series the number
   is a season ("Stranger Things 4").
4. Ambiguity. ``ProductionSpec.ambiguous`` True/False wins. Otherwise a title is
   ambiguous when, leaving out a leading article and a trailing sequel number, it is
   - one word that is short (four letters or fewer, "Elle"), a common English word
     ("Artificial", "Invite"), a weekday or month ("Wednesday") or a common first name
     ("Michael"); or
   - several words, all common English words ("Good Sex", "Too Much", "This Is Us"),
     unless the title ends with a sequel number ("Toy Story 5" is a rare phrase).
   The common-word list ships in this module (``COMMON_WORDS``). An ambiguous occurrence
   counts only when the entry also names one of the production's ``context`` words (not
   inside the occurrence), and it looks like a title: it starts with a capital letter (or
   stands in quotes); in running text (or a sentence-case headline) a one-word title is not
   glued to another capitalised word ("Elle Fanning"); a weekday or month title must be
   quoted or followed by a season, a colon or a bar ("died Wednesday" is a day). A series
   title directly followed by a season ("This Is Us Season 6", "S2") is a rare phrase and
   needs no context word.
5. Seasons, for a series with ``season: N``. The season named with the occurrence is read
   right after it ("Season 3", "S3", "season two", "3rd season", "Stranger Things 4"),
   right before it ("season 2 of Arcane", "the second season of"), else from the only
   season number named within a dozen words in the same clause. Another season's number
   never counts. No season named counts for ``season: 1`` (a new series), and for a later
   season only when the clause speaks of the "new", "upcoming" or "latest" season.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import ahocorasick

from tracker.domain import Entry, ProductionSpec
from tracker.text import Document, document, fold_phrase

__all__ = ["COMMON_WORDS", "Match", "Matcher", "Occurrence", "is_ambiguous"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_WORDS = _words(
    "a about above across act action actually after again against age ago air all almost "
    "alone along already also always am american among an and angel angels animal another "
    "answer any anyone anything are area arm army around art artificial as ask at away baby "
    "back bad bag ball bank bar base be beach bear beat beautiful because bed been before "
    "began begin behind being believe below best better between beyond big bird birth black "
    "blood blue board boat body bone book born boss both box boy boys brain break bride "
    "bright bring brother brothers brown build burn business but buy by call came camp can "
    "car card care carry case cat catch caught cause center chance change chaos charge check "
    "child children choice church city class clean clear close cold come common company "
    "control cool could country couple course cover crash crazy crime cross cry cut dad dance "
    "danger dark daughter day days dead deal dear death decide deep did die different dinner "
    "do doctor does dog doing done door double down dream drive drop dry during each early "
    "earth east easy eat edge eight end enemy enough even evening ever every everybody "
    "everyone everything evil eye eyes face fact fall family far farm fast father fear feel "
    "feeling few field fight fighter final find fine fire first fish five flight floor fly "
    "follow food for force forever forget form found four free friend friends from front full "
    "fun funny future game games garden gave get getting ghost gift girl girls give glass go "
    "god going gold gone good got great green ground group grow guy guys had half hand hands "
    "happy hard has hate have he head hear heart heat heaven heavy held hell hello help her "
    "here hero high hill him his history hit hold hole holiday home honey hope horse hot "
    "hotel hour hours house how human hunt hunter hurt i ice idea if in inside into invite "
    "invitation is island it its job join journey just keep kid kids kill killer killing kind "
    "king kiss know known lady land language large last late later laugh law lead learn least "
    "leave left less let letter lie life light like line lion list listen little live lives "
    "living long look lord lost lot love lovers low luck lucky machine mad made make man many "
    "map mark market marriage married master matter may me mean memory men middle might mind "
    "mine minute miss mister money monster monsters month moon more morning most mother move "
    "movie mr mrs much mum music must my name nation natural near need never new news next "
    "nice night nine no nobody none north not nothing now number of off office oh old on once "
    "one only open or order other our out outside over own page paper paradise parent parents "
    "park part party pass past pay peace people perfect person pick piece place plan plane "
    "play please point police poor power present pretty prince problem promise public pull "
    "push put queen question quick quiet race rain ran reach read ready real reason red "
    "remember rest return rich ride right ring rise river road rock room rose round rule run "
    "running safe said same saw say school sea season second secret see seen sell send sense "
    "service set seven sex shadow shall she ship shoot short should show side sign silence "
    "simple since sing sister sit six size sky sleep slow small smile snow so soft some "
    "someone something sometimes son song soon sorry soul sound south space speak special "
    "spring stand star stars start state stay step still stone stop story storm strange "
    "street strong study style such summer sun sure sweet table take talk team tell ten test "
    "than thank that the their them then there these they thing things think third this those "
    "though three through time times tiny to today together told tomorrow tonight too took "
    "top touch town toy trade train travel tree trip trouble true trust truth try turn twelve "
    "twenty two under until up upon us use very voice wait wake walk wall want war warm was "
    "watch water way we weapon weapons wedding week weekend well went were west what when "
    "where which while white who whole why wife wild will win wind winter wish with within "
    "without woman women wonder word words work world would write wrong year years yellow yes "
    "yet you young your yours silver golden iron steel paper purple orange pink grey gray "
    "darkness shadows dust smoke flame thunder lightning planet cloud clouds lake aliens "
    "alien animals beast ghosts spirit skin crown throne kingdom empire castle tower bridge "
    "path gate window enemies neighbor neighbors groom widow orphan twins chef nurse teacher "
    "lawyer judge soldier pilot driver thief spy agent detective ugly wicked innocent guilty "
    "lonely sad angry brave weird normal bitter sour sugar salt funeral birthday vacation "
    "yesterday scream whisper noise echo signal message secrets lies dreams nightmare "
    "memories moment speed fever pressure energy gravity balance freedom justice revenge "
    "mercy grace faith rage desire passion "
)
_CALENDAR = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december "
)
_FIRST_NAMES = _words(
    "michael john james david robert william richard joseph thomas charles chris christopher "
    "daniel matthew anthony mark paul steven andrew joshua kevin brian george edward mary "
    "patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret "
    "emily emma olivia sophia grace alice anna maria elle rose lily ruby jack harry max sam "
    "ben tom lucy kate julia "
)
_ARTICLES = frozenset({"the", "a", "an"})
_NUMBER_WORD = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
_ORDINAL_WORD = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_WORD_VALUES = {
    w: i + 1
    for i, w in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
} | {w: i + 1 for i, w in enumerate(_ORDINAL_WORD.split("|"))}


def _season_pattern(g: str) -> str:
    return (
        rf"(?:season|series) (?P<{g}a>{_NUMBER_WORD})\b|s ?(?P<{g}b>\d{{1,2}})(?:e\d{{1,3}})?\b"
        rf"|(?P<{g}c>\d{{1,2}})(?:st|nd|rd|th) season\b|(?P<{g}d>{_ORDINAL_WORD}) season\b"
    )


_COUNTED = (
    r"(?:million|billion|thousand|percent|things|ways|reasons|times|years|days|hours|minutes|"
    r"episodes|of)"
)
_AFTER = re.compile(
    rf" (?:the )?(?:{_season_pattern('x')}|(?P<num>\d{{1,2}}|ii|iii|iv|vi)\b(?! {_COUNTED}\b))"
)
_BEFORE = re.compile(rf"(?:{_season_pattern('x')}) of (?:the )?\Z")
_ANY_SEASON = re.compile(rf"\b(?:{_season_pattern('x')})")
_NEW_SEASON = re.compile(r"\b(?:new|upcoming|latest|brand new) season\b")
_OPEN_QUOTES = "'\"‘“«"
_SEASON_WINDOW = 80  # folded characters either side, about a dozen words


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One place a production's title stands in the folded document."""

    start: int
    end: int
    season: int | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A production an entry is about, with the accepted occurrences of its title."""

    production: ProductionSpec
    occurrences: tuple[Occurrence, ...]


@dataclass(slots=True)
class _Hits:
    titles: list[tuple[int, int]] = field(default_factory=list)
    context: list[tuple[int, int]] = field(default_factory=list)
    exclude: list[tuple[int, int]] = field(default_factory=list)


def _core_words(title: str) -> tuple[list[str], bool]:
    words = fold_phrase(title).split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    numbered = len(words) > 1 and re.fullmatch(r"\d{1,2}|[ivx]{1,4}", words[-1]) is not None
    return (words[:-1] if numbered else words), numbered


def _is_everyday(word: str) -> bool:
    return word in COMMON_WORDS or word in _CALENDAR or word in _FIRST_NAMES


def is_ambiguous(spec: ProductionSpec) -> bool:
    """Whether ``spec``'s title needs a context word to count (rule 4 of the docstring)."""
    if spec.ambiguous is not None:
        return spec.ambiguous
    words, numbered = _core_words(spec.title)
    if not words:
        return True
    if len(words) == 1:
        return len(words[0]) <= 4 or _is_everyday(words[0])
    return not numbered and all(_is_everyday(w) for w in words)


def _season_value(m: re.Match[str]) -> int | None:
    for name in ("xa", "xb", "xc", "xd"):
        value = m.group(name)
        if value:
            return int(value) if value.isdigit() else _WORD_VALUES.get(value)
    return None


class _Production:
    """A spec with what matching needs precomputed."""

    def __init__(self, spec: ProductionSpec) -> None:
        self.spec = spec
        self.ambiguous = is_ambiguous(spec)
        core, _ = _core_words(spec.title)
        self.calendar = len(core) == 1 and core[0] in _CALENDAR
        self.single_word = len(core) == 1
        self.title_numbered = bool(re.search(r"\d\s*$", spec.title))


class Matcher:
    """Finds watched productions in entries with one automaton for the whole watchlist."""

    def __init__(self, productions: Sequence[ProductionSpec]) -> None:
        self._productions = [_Production(p) for p in productions]
        table: dict[str, list[tuple[str, int]]] = {}
        for i, p in enumerate(productions):
            for role, words in (
                ("title", (p.title, *p.aliases)),
                ("context", p.context),
                ("exclude", p.exclude),
            ):
                for word in words:
                    key = fold_phrase(word)
                    if key and (role, i) not in table.setdefault(key, []):
                        table[key].append((role, i))
        self._automaton = ahocorasick.Automaton()
        for key, payload in table.items():
            self._automaton.add_word(key, (key, tuple(payload)))
        self._ready = bool(table)
        if self._ready:
            self._automaton.make_automaton()

    @property
    def productions(self) -> tuple[ProductionSpec, ...]:
        return tuple(p.spec for p in self._productions)

    def match(self, entry: Entry) -> list[Match]:
        """The productions ``entry`` is about, with where their titles occur."""
        return self.match_document(document(entry.title, entry.summary))

    def explain(self, entry: Entry) -> list[str]:
        """Why titles found in ``entry`` did or did not count."""
        notes: list[str] = []
        self.match_document(document(entry.title, entry.summary), notes)
        return notes

    def match_document(self, doc: Document, notes: list[str] | None = None) -> list[Match]:
        """Like :meth:`match`, for an already built document; ``notes`` collects reasons."""
        hits = self._hits(doc.text)
        out: list[Match] = []
        for i, h in sorted(hits.items()):
            if not h.titles:
                continue
            accepted = self._accept(self._productions[i], h, doc, notes)
            if accepted:
                out.append(Match(self._productions[i].spec, tuple(accepted)))
        return out

    def _hits(self, text: str) -> dict[int, _Hits]:
        hits: dict[int, _Hits] = {}
        if not self._ready:
            return hits
        titles: list[tuple[int, int, str, tuple[tuple[str, int], ...]]] = []
        for last, (key, payload) in self._automaton.iter(text):
            start, end = last - len(key) + 1, last + 1
            if (start and text[start - 1] != " ") or (end < len(text) and text[end] != " "):
                continue
            titles.append((start, end, key, payload))
        for start, end, key, payload in titles:
            for role, i in payload:
                h = hits.setdefault(i, _Hits())
                if role != "title":
                    getattr(h, role).append((start, end))
                elif not any(
                    s <= start and end <= e and (e - s) > (end - start) and k != key
                    for s, e, k, pl in titles
                    if any(r == "title" for r, _ in pl)
                ):
                    h.titles.append((start, end))
        return hits

    def _accept(
        self, p: _Production, h: _Hits, doc: Document, notes: list[str] | None
    ) -> list[Occurrence]:
        name = p.spec.id
        titles = [
            t
            for t in h.titles
            if not any(s <= t[0] and t[1] <= e and (s, e) != t for s, e in h.titles)
        ]
        lone_excludes = [x for x in h.exclude if not any(x[0] < e and s < x[1] for s, e in titles)]
        if lone_excludes:
            _note(notes, f"{name}: vetoed by exclude word {doc.original(*lone_excludes[0])!r}")
            return []
        accepted: list[Occurrence] = []
        for start, end in titles:
            reason, occ = self._judge(p, h, doc, start, end)
            if occ is None:
                _note(notes, f"{name}: {doc.original(start, end)!r} not counted: {reason}")
            else:
                accepted.append(occ)
        return accepted

    def _judge(
        self, p: _Production, h: _Hits, doc: Document, start: int, end: int
    ) -> tuple[str, Occurrence | None]:
        text = doc.text
        if any(x[0] < end and start < x[1] for x in h.exclude):
            return "inside an exclude phrase", None
        after = _AFTER.match(text, end) if not p.title_numbered else None
        season = _season_value(after) if after else None
        number = after.group("num") if after else None
        if number and p.spec.kind == "film":
            return f"numbered sequel {doc.original(start, after.end() if after else end)!r}", None
        if number and number.isdigit():
            season = int(number)
        if p.ambiguous and not (after and season is not None and p.spec.kind == "series"):
            reason = _ambiguity_problem(p, h, doc, start, end)
            if reason:
                return reason, None
        if p.spec.kind == "series" and p.spec.season is not None:
            if season is None:
                season = _season_near(doc, start, end)
            reason = _season_problem(p.spec.season, season, doc, start, end)
            if reason:
                return reason, None
        return "", Occurrence(start, end, season)


def _note(notes: list[str] | None, text: str) -> None:
    if notes is not None:
        notes.append(text)


def _season_near(doc: Document, start: int, end: int) -> int | None:
    text = doc.text
    before = _BEFORE.search(text, max(0, start - 40), start)
    if before:
        return _season_value(before)
    seg = doc.segment_at(start)
    lo = max(seg.fstart if seg else 0, start - _SEASON_WINDOW)
    hi = min(seg.fend if seg else len(text), end + _SEASON_WINDOW)
    values = {_season_value(m) for m in _ANY_SEASON.finditer(text, lo, hi)}
    values.discard(None)
    return values.pop() if len(values) == 1 else None


def _season_problem(watched: int, season: int | None, doc: Document, start: int, end: int) -> str:
    if season == watched or (season is None and watched == 1):
        return ""
    if season is not None:
        return f"season {season} named, watching season {watched}"
    seg = doc.segment_at(start)
    if seg and _NEW_SEASON.search(doc.text, seg.fstart, seg.fend):
        return ""
    return f"no season named, watching season {watched}"


def _ambiguity_problem(p: _Production, h: _Hits, doc: Document, start: int, end: int) -> str:
    if not any(c[1] <= start or c[0] >= end for c in h.context):
        return "ambiguous title without a context word"
    src = doc.source
    o_start, o_end = doc.folded.to_source(start), doc.folded.to_source(end)
    o_end = min(o_end, len(src))
    if not src[o_start : o_start + 1].isupper():
        return "lowercase, a phrase rather than the title"
    quoted = o_start > 0 and src[o_start - 1] in _OPEN_QUOTES
    if quoted:
        return ""
    follow = src[o_end : o_end + 12]
    if p.calendar and not re.match(r"\s*(?:[:|]|season\b|s\d)", follow, re.I):
        return "a weekday or month, not the title"
    title_case = o_start < doc.title_end and _title_cased(src[: doc.title_end])
    if p.single_word and not title_case and _glued_to_name(src, o_start, o_end):
        return "part of a longer name"
    return ""


def _title_cased(headline: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", headline) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _glued_to_name(src: str, start: int, end: int) -> bool:
    nxt = re.match(r" ([A-Z][\w'’]*)", src[end : end + 30])
    if nxt and not re.fullmatch(r"Season|Series|S\d+", nxt.group(1)):
        return True
    prev = re.search(r"([A-Z][\w]*) \Z", src[max(0, start - 30) : start])
    return bool(prev) and not re.search(r"[.!?:]\s*\S+ \Z", src[max(0, start - 30) : start])
