"""Text normalisation for matching and detection, with a map back to the original text.

An entry's title and summary become one :class:`Document`:

- ``source``: the cleaned text a reader sees, ``title + "\\n" + summary``. HTML tags
  and entities are removed from the summary (``<br>``, ``<p>``, ``<li>`` become line
  breaks), whitespace is collapsed. When the summary starts by repeating the title (as
  aggregators do, sometimes without the title's `` - Source`` suffix), the copy is dropped.
- ``folded``: the words of ``source`` folded for comparison, one space between words:
  lowercase; curly quotes and apostrophes made straight; diacritics stripped
  ("Penélope" → "penelope"); ``&`` → ``and``; a possessive ``'s`` dropped ("Good Sex's"
  → "good sex"); an apostrophe inside a word dropped ("Laga'aia" → "lagaaia"); thousands
  separators dropped from numbers ("4,425" → "4425"); a negative contraction becomes two
  words, so negation stays visible ("won't" → "will not", "hasn't" → "has not", "can't" →
  "can not"); ``$ £ € ¥ ₹`` kept as words; a hashtag that runs words together is read
  as its words ("#HotStreak" → "hot streak", "#Roughneck2" → "roughneck 2"); every other
  punctuation mark separates words.
  Titles, aliases and context words are folded by the same :func:`fold_phrase`, so
  "Minions & Monsters" and "Minions and Monsters" meet.
- ``segments``: sentences and clauses of ``source``. A segment ends at a line break,
  ``|``, ``;``, ``!``, ``?``, a bullet, an em dash, a spaced hyphen or en dash, and at a
  full stop that ends a sentence (not after an abbreviation such as "Sept.", "No.",
  "U.S." or an initial). Colons and commas do not end a segment. In a news aggregator's
  summary (Google News: the title repeated with its publisher, then other stories'
  headlines, each followed by its publisher) a known publisher name
  (:data:`NEWS_PUBLISHERS`, the title's own, or a capitalised web address such as
  "Today.com") ends a segment too, and those segments are
  marked ``related``: another story's headline.

Only the first :data:`SUMMARY_LIMIT` characters of the cleaned summary are kept (cut at a
word boundary): trade-press items say what they assert up front, and detection stays
cheap on a feed that carries whole articles.

Every folded position maps back to ``source`` (:meth:`Document.original`), so evidence
is quoted in the entry's own spelling.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

__all__ = [
    "SUMMARY_LIMIT",
    "Document",
    "Folded",
    "Segment",
    "clean_html",
    "document",
    "fold",
    "fold_phrase",
    "skeleton",
]

#: Characters of the cleaned summary that matching and detection read: a whole news article
#: (the design's seed article is 6 KB) but not an unbounded page.
SUMMARY_LIMIT = 10_000

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*[^\W\d_]*(?:['’ʼ]s\b)?|[^\W_]+(?:['’ʼ][^\W_]+)*|[&$£€¥₹%]")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_BLOCK_TAG = re.compile(r"<\s*(?:br|/?p|/?div|/?li|/?h[1-6]|/?tr|/?blockquote)\b[^>]*>", re.I)
_DROP_ELEMENT = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]{0,2000}>")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2009\u200a\u202f]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_ABBREVIATIONS = frozenset(
    str.split(
        "no vs mr mrs ms dr st jr sr inc co corp ltd bros vol ep pt mt ft gen sen rep gov prof "
        "approx jan feb mar apr jun jul aug sep sept oct nov dec est etc al fig dept ave"
    )
)
#: a time zone after an hour (source text): " ET", " PT", " EST"
_TIME_ZONE_AFTER = re.compile(r"\s+(?:ET|PT|CT|MT|EST|PST|CST|EDT|PDT|BST|GMT|Eastern|Pacific)\b")
_BOUNDARY = re.compile(
    r"\n|\||;|[!?]+[\"'”’)]*|•|·|—|\s[-–]\s|(?<=[.])[\"'”’)]*(?=\s+[\"'“‘(]*[A-Z0-9])"
    # a sentence in a text written in lowercase (forum posts): "this weekend. focus was ..."
    r"|(?<=[a-z0-9%]{3}[.])(?=\s+[a-z]{2,}\b)"
)
_SUFFIX = re.compile(r"\s[-–—|]\s[^-–—|]{1,60}$")
#: publishers a news aggregator (Google News) names after each headline it lists
NEWS_PUBLISHERS = (
    "The Hollywood Reporter",
    "Hollywood Reporter",
    "Deadline",
    "Variety",
    "TheWrap",
    "IndieWire",
    "Collider",
    "Screen Rant",
    "ScreenRant",
    "Entertainment Weekly",
    "The New York Times",
    "Los Angeles Times",
    "TVLine",
    "TV Insider",
    "Yahoo",
    "Page Six",
    "The Guardian",
    "Fox News",
    "Forbes",
    "BBC",
    "Gizmodo",
    "Vulture",
    "Rolling Stone",
    "Decider",
    "Polygon",
    "IGN",
    "CNN",
    "USA Today",
    "Just Jared",
    "E! News",
    "TMZ",
    "Mashable",
    "Engadget",
    "The Ringer",
    "Salon.com",
    "ComicBook.com",
    "GamesRadar+",
    "Empire Magazine",
    "Total Film",
    "/Film",
    "Vanity Fair",
    "The Wrap",
    "Tom's Guide",
    "Tom’s Guide",
    "Den of Geek",
    "Digital Spy",
    "Radio Times",
    "What's on Netflix",
    "What’s on Netflix",
    "Winter is Coming",
    "The Direct",
    "Puck",
    "Screen Daily",
    "Screen International",
    "Cartoon Brew",
    "Animation Magazine",
    "Harper's BAZAAR",
    "Harper’s BAZAAR",
    "Harper's Bazaar",
    "Us Weekly",
    "NME",
    "The Independent",
    "The Mirror",
    "Inverse",
    "Slashfilm",
    "Bloody Disgusting",
    "JoBlo",
    "MovieWeb",
    "CBR",
    "Game Rant",
    "Esquire",
    "GQ",
    "Associated Press",
    "AP News",
    "Reuters",
    "NPR",
    "The Verge",
    "Boxoffice Pro",
    "Box Office Mojo",
    "The Numbers",
    # more outlets the aggregator lists (not those named by a common word: "People", "Empire")
    "CNBC",
    "ESPN",
    "NBC News",
    "Bloomberg",
    "The Washington Post",
    "Washington Post",
    "The Athletic",
    "The Wall Street Journal",
    "Wall Street Journal",
    "Politico",
    "Billboard",
    "Gold Derby",
    "BBC News",
    "BBC Sport",
    "Vogue",
    "CBS News",
    "Chicago Tribune",
    "Financial Times",
    "The Atlantic",
    "The Weather Channel",
    "Netflix Tudum",
    "Tudum by Netflix",
    "CBS Sports",
    "CNET",
    "Rotten Tomatoes",
    "Empire Online",
    "New York Post",
    "MarketWatch",
    "The Boston Globe",
    "Boston Globe",
    "The Denver Post",
    "NBC Sports",
    "Star Tribune",
    "Good Housekeeping",
    "Axios",
    "Food & Wine",
    "ABC News",
    "Soompi",
    "The Globe and Mail",
    "Playbill",
    "CBC News",
    "Publishers Weekly",
    "Hindustan Times",
    "NBC New York",
    "The Seattle Times",
    "Houston Chronicle",
    "Evening Standard",
    "The Hill",
    "Travel + Leisure",
    "9to5Mac",
    "Tampa Bay Times",
    "Time Out London",
    "Time Out",
    "Dexerto",
    "AccuWeather",
    "Milwaukee Journal Sentinel",
    "Yahoo Finance",
    "Yahoo Sports",
    "Yahoo Entertainment",
    "Fandango",
    "Detroit Free Press",
    "Golf Digest",
    "TechCrunch",
    "Sky News",
    "Sky Sports",
    "The Telegraph",
    "The Arizona Republic",
    "SFGate",
    "SFGATE",
    "USA TODAY",
    "MLB.com",
    "The Texas Tribune",
    "Manchester Evening News",
    "Adweek",
    "Fast Company",
    "Orlando Sentinel",
    "The A.V. Club",
    "The Korea Herald",
    "Des Moines Register",
    "NBC Chicago",
    "Cyclingnews",
    "Sportsnet",
    "Le Monde",
    "The Bookseller",
    "RogerEbert.com",
    "CNN Underscored",
    "Pitchfork",
    "South China Morning Post",
    "KTLA",
    "Cineuropa",
    "NFL.com",
    "Korea JoongAng Daily",
    "Business Insider",
    "Anime Corner",
    "San Francisco Chronicle",
    "Sports Media Watch",
    "Kiplinger",
    "Harvard Business Review",
    "The Ankler",
    "CoinDesk",
    "Nikkei Asia",
    "GameSpot",
    "Condé Nast Traveler",
    "Daily Mail",
    "NOLA.com",
    "PC Gamer",
    "Cosmopolitan",
    "Portland Press Herald",
    "Distractify",
    "TV Guide",
    "Good Morning America",
    "Giant Freakin Robot",
    "Paste Magazine",
    "Paste",
    "Miami Herald",
    "The Irish Times",
    "Newsweek",
    "The Philadelphia Inquirer",
    "Politico Europe",
    "The Korea Times",
    "Anime News Network",
    "Town & Country",
    "Entertainment Tonight",
    "ET Online",
    "Hollywood Life",
    "HollywoodLife",
    "Stereogum",
    "Consequence",
    "Consequence of Sound",
    "Bustle",
    "Glamour",
    "InStyle",
    "Teen Vogue",
    "Elle",
    "W Magazine",
    "Refinery29",
    "The Cut",
    "Vox",
    "The Daily Beast",
    "HuffPost",
    "BuzzFeed",
    "BuzzFeed News",
    "Metro",
    "The Sun",
    "The Times of India",
    "Times of India",
    "Montreal Gazette",
    "Toronto Star",
    "National Post",
    "The Hollywood Reporter Roundtable",
    "Screen Rant Plus",
    "Movies Inc",
    "Kotaku",
    "Eurogamer",
    "VGC",
    "Push Square",
    "Nintendo Life",
    "Pure Xbox",
    "Siliconera",
    "Crunchyroll News",
    "Crunchyroll",
    "Digital Trends",
    "Lifehacker",
    "Wired",
    "Ars Technica",
    "The Mary Sue",
    "Nerdist",
    "Gamespot",
    "Comic Book Resources",
    "Bleeding Cool",
    "Cinemablend",
    "CinemaBlend",
    "We Got This Covered",
    "FandomWire",
    "Dark Horizons",
    "ComingSoon.net",
    "Coming Soon",
    "Deadline Hollywood",
    "Variety Australia",
    "Sportskeeda",
    "Heavy.com",
    "The Independent UK",
    "iNews",
    "inews.co.uk",
    "The Scotsman",
    "The Herald Scotland",
    "Irish Independent",
    "RTÉ",
    "RTE",
    "ABC7",
    "NBC Bay Area",
    "KTLA 5",
    "WGN-TV",
    "Fox Business",
    "Fox Sports",
    "CBS Boston",
    "AP",
    "Deseret News",
    "Salt Lake Tribune",
    "The Salt Lake Tribune",
    "Dallas Morning News",
    "The Dallas Morning News",
    "Los Angeles Daily News",
    "LA Times",
    "The Baltimore Banner",
    "Baltimore Sun",
    "Capital Gazette",
    "Londonist",
    "Dorset Echo",
    "Variety Intelligence Platform",
    "Awards Daily",
    "AwardsWatch",
    "Next Best Picture",
    "The Film Stage",
    "Film Stage",
    "ScreenDaily",
    "Screen",
    "Nerdist News",
    "Radio Times UK",
    "Broadway World",
    "BroadwayWorld",
    "TheaterMania",
    "Deadline.com",
    "Stuff",
    "The Spinoff",
    "news.com.au",
    "Sydney Morning Herald",
    "The Sydney Morning Herald",
    "The Age",
    "ABC (Australia)",
    "Mediaite",
    "Showbiz411",
    "The Cinemaholic",
    "Showbiz Cheat Sheet",
    "Looper",
    "Mashable India",
    "Film Threat",
)
_NEGATION = re.compile(r"(?i)(\w+?)(n['’ʼ]t)")
_NEGATED_STEMS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded words of a text, each remembering where it stands in the original."""

    text: str
    source: str
    starts: tuple[int, ...]  # folded start of each word
    origins: tuple[int, ...]  # original start of each word
    ends: tuple[int, ...]  # original end of each word

    def to_source(self, pos: int) -> int:
        """The original offset of folded position ``pos`` (a word start or end)."""
        if not self.starts:
            return 0
        i = max(bisect_right(self.starts, pos) - 1, 0)
        delta = pos - self.starts[i]
        if delta < 0:
            return self.origins[i]
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        if pos >= end:
            return self.ends[i]  # a word's end, also where folding dropped a mark ("d’Oran")
        return min(self.origins[i] + delta, self.ends[i])

    def to_folded(self, pos: int) -> int:
        """The folded position of the first word starting at or after original ``pos``."""
        i = bisect_right(self.origins, pos - 1)
        return self.starts[i] if i < len(self.starts) else len(self.text)

    def original(self, start: int, end: int) -> str:
        """The original text that folded ``[start, end)`` came from."""
        if start >= end:
            return ""
        i = max(bisect_right(self.starts, end - 1) - 1, 0)
        return self.source[self.to_source(start) : self.ends[i]]


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or clause: ``[start, end)`` in ``source``, ``[fstart, fend)`` folded."""

    start: int
    end: int
    fstart: int
    fend: int
    in_title: bool
    related: bool = False  # another story's headline a news aggregator lists after the entry


@dataclass(frozen=True, slots=True)
class Document:
    """An entry's title and summary, cleaned, folded and cut into segments."""

    source: str
    title_end: int
    folded: Folded
    segments: tuple[Segment, ...]
    segment_starts: tuple[int, ...] = ()  # folded start of each segment, for bisection

    @property
    def text(self) -> str:
        return self.folded.text

    def original(self, start: int, end: int) -> str:
        return self.folded.original(start, end)

    def segment_at(self, fpos: int) -> Segment | None:
        """The segment holding folded position ``fpos``, by binary search."""
        starts = self.segment_starts or tuple(s.fstart for s in self.segments)
        i = bisect_right(starts, fpos) - 1
        if i >= 0 and fpos < self.segments[i].fend:
            return self.segments[i]
        return None


def _fold_word(word: str) -> str:
    if word == "&":
        return "and"
    if word == "%":
        return "percent"
    w = word.lower()
    if not w.isascii():
        bare = unicodedata.normalize("NFKD", w.translate(_APOSTROPHES))
        # (no space either: "ﹰ", an isolated Arabic mark, decomposes to a space and the mark)
        bare = "".join(c for c in bare if not unicodedata.combining(c) and not c.isspace())
        w = bare.lower() or w
    if w.endswith("'s") and len(w) > 2:
        w = w[:-2]
    w = w.replace("'", "")
    if w[:1].isdigit():
        w = w.replace(",", "")
    return w


def _split_negation(m: re.Match[str]) -> list[tuple[str, int, int]]:
    """A token's folded word(s) with their original spans; "won't" gives "will", "not"."""
    neg = _NEGATION.fullmatch(m.group())
    if not neg:
        return [(_fold_word(m.group()), m.start(), m.end())]
    stem = _fold_word(neg.group(1))
    cut = m.start() + len(neg.group(1))
    return [(_NEGATED_STEMS.get(stem, stem), m.start(), cut), ("not", cut, m.end())]


def fold(text: str) -> Folded:
    """Fold ``text`` word by word (see the module docstring)."""
    found = list(_TOKEN.finditer(text))
    if "#" in text and _HASHTAG.search(text):
        return _fold_split_words(text, found)
    joined = " ".join([m.group() for m in found])
    if joined.isascii() and not _NOT_PLAIN.search(joined):
        # every word is plain ASCII letters, digits, "$" or "." (most entries): only the
        # case to fold, and the offsets follow from the words' lengths
        starts = list(itertools.accumulate([m.end() - m.start() + 1 for m in found], initial=0))
        return Folded(
            joined.lower(),
            text,
            tuple(starts[:-1]),
            tuple([m.start() for m in found]),
            tuple([m.end() for m in found]),
        )
    return _fold_words(text, found)


#: a hashtag that runs words together: "#HotStreak", "#TheFairweathers", "#Roughneck2"
_HASHTAG = re.compile(r"#(?=[A-Za-z]*[a-z][A-Z]|[A-Za-z]+\d)[A-Za-z][A-Za-z0-9]*")
#: ... and its words: "Hot", "Streak"; "Roughneck", "2"
_HASHTAG_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def _hashtag_words(text: str, m: re.Match[str]) -> list[tuple[str, int, int]] | None:
    """The words of a hashtag token (folded, with their offsets), or None for no hashtag."""
    if m.start() == 0 or text[m.start() - 1] != "#" or not _HASHTAG.match(text, m.start() - 1):
        return None
    return [
        (p.group().lower(), m.start() + p.start(), m.start() + p.end())
        for p in _HASHTAG_PART.finditer(m.group())
    ]


def _spaced_hashtag(m: re.Match[str]) -> str:
    """A hashtag's words, spaced: "#HotStreak" → "Hot Streak"."""
    return " ".join(_HASHTAG_PART.findall(m.group()))


#: what :func:`_fold_word` changes in an ASCII word besides its case
_NOT_PLAIN = re.compile(r"['&%,]")


@functools.lru_cache(maxsize=16384)
def _fold_token(token: str) -> str | None:
    """A token's one folded word, or None when it folds to none or two ("won't")."""
    if _NEGATION.fullmatch(token):
        return None
    return _fold_word(token) or None


def _fold_words(text: str, found: list[re.Match[str]]) -> Folded:
    folds = [_fold_token(m.group()) for m in found]
    if None not in folds:
        # each token one word (most entries: the tokens repeat, their folds are cached)
        words = [w or "" for w in folds]
        starts = list(itertools.accumulate([len(w) + 1 for w in words], initial=0))
        return Folded(
            " ".join(words),
            text,
            tuple(starts[:-1]),
            tuple([m.start() for m in found]),
            tuple([m.end() for m in found]),
        )
    return _fold_split_words(text, found)


def _fold_split_words(text: str, found: list[re.Match[str]]) -> Folded:
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in found:
        token = m.group()
        if token.isascii() and token.isalnum() and not (m.start() and text[m.start() - 1] == "#"):
            words = [(token.lower(), m.start(), m.end())]  # most words: only the case to fold
        else:
            words = _hashtag_words(text, m) or _split_negation(m)
        for word, origin, end in words:
            if not word:
                continue
            if parts:
                pos += 1
            parts.append(word)
            starts.append(pos)
            origins.append(origin)
            ends.append(end)
            pos += len(word)
    return Folded(" ".join(parts), text, tuple(starts), tuple(origins), tuple(ends))


# --- the skeleton: a cheap test that a word can be in a text -------------------------------

_SKELETON_CHARS = str.maketrans(
    {"’": "'"}  # not "ʼ": a letter to the tokenizer
    | {c: " " for c in "‘“”–—…«»•·¿¡™®©\u00a0\u2009\u200a\u202f"}
    | {c: unicodedata.normalize("NFKD", c)[0] for c in "àáâãäåèéêëìíîïòóôõöùúûüýÿñç"}
)
_SKELETON_NEGATION = re.compile(r"(?<![^ ])(\w+?)n't(?![^ ])")
_SKELETON_POSSESSIVE = re.compile(r"'s(?![^ ])")


def skeleton(text: str) -> str:
    """``fold(text).text`` made cheaply, for a first look at an entry before the real work.

    Words are cut as :func:`fold` cuts them, by one regular expression in C, and folded by
    a few string operations on the whole text instead of word by word; it gives the same
    words, except that a contraction keeps its stem ("won't" → "wo not"), and ``&``, ``%``
    stay themselves. Text with letters other than plain Latin ones, or the common accented
    ones, is folded for real. No offsets are kept: :func:`document` does that.
    """
    if "&" in text:
        text = html.unescape(text)
    if "#" in text:  # "#HotStreak" reads "hot streak"
        text = _HASHTAG.sub(_spaced_hashtag, text)
    low = text.lower().translate(_SKELETON_CHARS)
    if not low.isascii():
        return fold(text).text
    words = " ".join(_TOKEN.findall(low))
    if "'" in words:
        words = _SKELETON_NEGATION.sub(r"\1 not", words)
        words = _SKELETON_POSSESSIVE.sub("", words).replace("'", "")
    return words.replace(",", "")


@functools.lru_cache(maxsize=4096)
def fold_phrase(text: str) -> str:
    """The folded form of a title, alias or context word."""
    return fold(text).text


def clean_html(text: str) -> str:
    """Plain text of an HTML fragment: no tags, no entities, tidy whitespace."""
    if "<" in text:
        text = _DROP_ELEMENT.sub(" ", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _SPACES.sub(" ", text.replace("\r", "\n"))
    return _NEWLINES.sub("\n", text).strip()


def _repeats_title(title: str, summary: str) -> bool:
    """Whether ``summary`` may start with a copy of ``title``: their first words fold alike
    (a cheap look before folding both, which most entries do not need)."""
    a, b = _TOKEN.search(title), _TOKEN.search(summary)
    if a is None or b is None:
        return False
    wa, wb = _split_negation(a)[0][0], _split_negation(b)[0][0]
    return not wa or not wb or wa == wb


def _drop_repeated_title(title: str, summary: str) -> tuple[str, re.Pattern[str] | None]:
    """The summary without a leading copy of the title (as aggregators repeat it), and the
    publisher names that separate the headlines of a news aggregator's summary, if it has
    that shape: the title repeated with its " - Publisher" suffix as a bare name, then other
    stories' headlines, each followed by its publisher."""
    if not _repeats_title(title, summary):
        return summary, None
    fs = fold(summary[: 2 * len(title) + 40])  # the copy, if any, is at the start
    suffix = _SUFFIX.search(title)
    listing = None
    out = summary
    for cand in (title, title[: suffix.start()]) if suffix else (title,):
        ft = fold(cand).text
        if (
            ft
            and len(ft) >= 12
            and fs.text.startswith(ft)
            and fs.text[len(ft) : len(ft) + 1] in ("", " ")
        ):
            if suffix is not None and cand is title:
                listing = _publishers(suffix.group().strip(" -–—|"))
            n = ft.count(" ") + 1
            out = summary[fs.ends[n - 1] :].lstrip(" .,:;-–—|")
            break
    return out, listing


@functools.lru_cache(maxsize=256)
def _publishers(publisher: str) -> re.Pattern[str]:
    """The entry's own publisher as a whole name (the known ones are :func:`_known`'s)."""
    return re.compile(rf"(?<!\S){re.escape(publisher)}(?!\S)")


@functools.cache
def _known() -> re.Pattern[str]:
    """Every known publisher, a web address or a common-word outlet, as a whole name:
    compiled once (an alternation of some three hundred names is costly to build)."""
    names = sorted(NEWS_PUBLISHERS, key=len, reverse=True)
    return re.compile(
        rf"(?<!\S)(?:{'|'.join(map(re.escape, names))}|{_DOMAIN}|{_WORD_PUBLISHERS})(?!\S)"
    )


#: outlets named by a common word, known as such only before a quoted headline or at the
#: listing's end: "... and ‘The Osterley Cipher’ People ‘Glass Road’ Gets ..."
_WORD_PUBLISHERS = (
    r"(?:People|Empire|Parade|Slate|Fortune|Eater|Insider|Elle|Glamour)"
    r"(?=\s+[‘“'\"]|\s*\Z)"
)


#: a publisher that names itself by its web address: "Today.com", "Deadline.com"
_DOMAIN = r"[A-Z][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|com\.au|tv|io|news)"


def _split_at(source: str, a: int, b: int, names: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """``[a, b)`` cut at the publisher names in it, the names left out."""
    if names is None:
        return [(a, b)]
    # the entry's own publisher and the known ones, leftmost first, the longer at a tie
    cuts = sorted(
        (m.span() for pattern in (names, _known()) for m in pattern.finditer(source, a, b)),
        key=lambda span: (span[0], -span[1]),
    )
    out, start = [], a
    for lo, hi in cuts:
        if lo < start:
            continue  # inside a name already cut
        out.append((start, lo))
        start = hi
    out.append((start, b))
    return [
        (x + len(piece) - len(piece.lstrip()), x + len(piece.rstrip()))
        for x, y in out
        if (piece := source[x:y]).strip()
    ]


def _is_abbreviation(text: str, dot: int) -> bool:
    i = dot
    while i > 0 and (text[i - 1].isalpha()):
        i -= 1
    word = text[i:dot]
    if len(word) == 1 and word.isupper() and (i == 0 or not text[i - 1].isalnum()):
        return True  # an initial, "U.S.", "B.O."
    return word.lower() in _ABBREVIATIONS


def _segment_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        mark = m.group()
        sentence_end = mark == "" or mark[0] in "\"'”’)"
        if sentence_end and _is_abbreviation(text, m.start() - 1):
            continue
        if (
            sentence_end
            and _TIME_ZONE_AFTER.match(text, m.end())
            and text[: m.start()].endswith(("a.m.", "p.m.", "A.M.", "P.M."))
        ):
            continue  # "at 9 p.m. ET on HBO": an hour and its zone, not a sentence's end
        end = m.end() if sentence_end or mark[0] in "!?" else m.start()
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _cut(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, not ending inside a word."""
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit + 1)
    return text[: space if space > limit // 2 else limit].rstrip()


def document(title: str, summary: str) -> Document:
    """Build the :class:`Document` of an entry's title and summary."""
    t = clean_html(title).replace("\n", " ")
    s = _cut(clean_html(summary), SUMMARY_LIMIT)
    listing = None
    if t and s:
        s, listing = _drop_repeated_title(t, s)
    source = f"{t}\n{s}" if s else t
    folded = fold(source)
    segments: list[Segment] = []
    for span in _segment_spans(source):
        related = listing is not None and span[0] > len(t)
        for a, b in _split_at(source, *span, listing) if related else [span]:
            fa, fb = folded.to_folded(a), folded.to_folded(b)
            fb -= fb > fa and folded.text[fb - 1] == " "
            if fb > fa:
                segments.append(Segment(a, b, fa, fb, a < len(t), related))
    return Document(source, len(t), folded, tuple(segments), tuple(s.fstart for s in segments))


_QUOTED = re.compile(
    r"“(?P<a>[^“”\n]{1,80})”|«(?P<b>[^«»\n]{1,80})»|(?<!\w)\"(?P<c>[^\"\n]{1,80})\"(?!\w)"
    r"|‘(?P<d>(?:[^‘’\n]|’(?=\w)){1,80}?)’(?!\w)"
    # not a possessive after a name's "+": "Apple TV+'s 'X'"
    r"|(?<![\w'’+])'(?!s\b)(?P<e>(?:[^'\n]|'(?=\w)){1,80}?)'(?!\w)"
)


def quoted_spans(source: str) -> list[tuple[int, int]]:
    """``[start, end)`` in ``source`` of the text inside each pair of quotes, in order.

    Curly, guillemet and straight quotes count; a straight apostrophe inside a word
    ("Nolan's", "won't") neither opens nor closes a quote.
    """
    out: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(source):
        g = m.lastgroup or "a"
        out.append((m.start(g), m.end(g)))
    return out
