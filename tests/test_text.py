"""Normalisation: folded words, segments, and the way back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tracker.text import clean_html, document, fold, fold_phrase, skeleton


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Good Sex", "good sex"),
        ("GOOD SEX", "good sex"),
        ("Good Sex's Trailer", "good sex trailer"),
        ("Good Sex’s trailer", "good sex trailer"),
        ("‘Good Sex’", "good sex"),
        ("“Good Sex”", "good sex"),
        ("Minions & Monsters", "minions and monsters"),
        ("Minions and Monsters", "minions and monsters"),
        ("Penélope Cruz", "penelope cruz"),
        ("Caitríona Balfe", "caitriona balfe"),
        ("Pokémon Tales", "pokemon tales"),
        ("Catherine Laga'aia", "catherine lagaaia"),
        ("Catherine Laga’aia", "catherine lagaaia"),
        ("live-action", "live action"),
        ("Spider-Man: Beyond", "spider man beyond"),
        ("4,425 theaters", "4425 theaters"),
        ("$17.3M opening", "$ 17.3m opening"),
        ("B.O. report", "b o report"),
        ("Falls 62% in Weekend Two", "falls 62 percent in weekend two"),
        ("Disney+", "disney"),
        ("Season 3, Episode 1", "season 3 episode 1"),
        ("Stranger Things' finale", "stranger things finale"),
        ("  lots   of\tspace  ", "lots of space"),
        ("ﬁlm ﬁnale", "film finale"),
        ("", ""),
        ("?!...", ""),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw).text == folded
    assert fold_phrase(raw) == folded


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Hello &amp; welcome</p>", "Hello & welcome"),
        ("A<br>B", "A\nB"),
        ("<b>Bold</b> move", "Bold move"),
        ("Tom &#8217;s", "Tom ’s"),
        ("<script>alert(1)</script>Safe", "Safe"),
        ("<style>p{}</style><p>Styled</p>", "Styled"),
        ("<ul><li>One</li><li>Two</li></ul>", "One\nTwo"),
        ("no markup at all", "no markup at all"),
        ("&lt;not a tag&gt;", "<not a tag>"),
        ("a&nbsp;b", "a b"),
    ],
)
def test_clean_html(html: str, text: str) -> None:
    assert clean_html(html) == text


def test_original_maps_back() -> None:
    f = fold("Disney’s “Toy Story 5” Scores $160 Million")
    start = f.text.index("toy story 5")
    assert f.original(start, start + len("toy story 5")) == "Toy Story 5"
    start = f.text.index("$ 160 million")
    assert f.original(start, start + len("$ 160 million")) == "$160 Million"


def test_a_word_whose_mark_folding_drops_maps_back_whole() -> None:
    f = fold("Cannes: ‘Les Nuits d’Oran’ Earns an Ovation")
    start = f.text.index("les nuits doran")
    assert f.original(start, start + len("les nuits doran")) == "Les Nuits d’Oran"
    assert f.to_source(start + len("les nuits doran")) == f.source.index("’ Earns")


@pytest.mark.parametrize(
    ("title", "summary", "segments"),
    [
        ("A | B | C", "", ["a", "b", "c"]),
        ("Hit Sets Date; Unveils Teaser", "", ["hit sets date", "unveils teaser"]),
        ("Title - Source", "", ["title", "source"]),
        (
            "T",
            "It opened Sept. 18 in the U.S. to $10M. Then it fell.",
            ["t", "it opened sept 18 in the u s to $ 10m", "then it fell"],
        ),
        ("T", "Is it out? Yes!", ["t", "is it out", "yes"]),
        ("T", "No. 1 at the B.O. this week. Again.", ["t", "no 1 at the b o this week", "again"]),
        ("T", "Sterling K. Brown stars. It works.", ["t", "sterling k brown stars", "it works"]),
        (
            "T",
            "Portman’s career—not just ads—matters",
            ["t", "portman career", "not just ads", "matters"],
        ),
        ("T", "Range Jun. 19–21 stays", ["t", "range jun 19 21 stays"]),
        # an hour's zone goes on the sentence; an hour at its end ends it
        (
            "T",
            "It airs at 9 p.m. ET on HBO. Then at 10 p.m. Fans wait.",
            ["t", "it airs at 9 p m et on hbo", "then at 10 p m", "fans wait"],
        ),
    ],
)
def test_segments(title: str, summary: str, segments: list[str]) -> None:
    doc = document(title, summary)
    assert [doc.text[s.fstart : s.fend] for s in doc.segments] == segments


def test_summary_repeating_the_title_is_dropped() -> None:
    doc = document(
        "Big Film Tops Box Office - Example News",
        "Big Film Tops Box Office Example News Other headline here",
    )
    assert doc.source == "Big Film Tops Box Office - Example News\nOther headline here"
    assert doc.segments[0].in_title and not doc.segments[-1].in_title


def test_title_and_summary_segments() -> None:
    doc = document("Head line", "<p>Body text.</p>")
    assert [s.in_title for s in doc.segments] == [True, False]
    assert doc.title_end == len("Head line")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
@example("ﹰ")  # an isolated Arabic mark: NFKD gives a space and the mark
@example("a ﹰb")
def test_fold_maps_every_word_back(text: str) -> None:
    f = fold(text)
    for start, origin, end in zip(f.starts, f.origins, f.ends, strict=True):
        word_end = f.text.find(" ", start)
        word_end = len(f.text) if word_end < 0 else word_end
        assert f.to_source(start) == origin
        assert f.original(start, word_end) == text[origin:end]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_document_never_crashes(title: str, summary: str) -> None:
    doc = document(title, summary)
    for seg in doc.segments:
        assert 0 <= seg.fstart < seg.fend <= len(doc.text)
        assert doc.original(seg.fstart, seg.fend)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("The teaser won't land before spring", "the teaser will not land before spring"),
        ("It hasn’t opened yet", "it has not opened yet"),
        ("We can't wait", "we can not wait"),
        ("Doesn't matter", "does not matter"),
        ("Isn’t it", "is not it"),
    ],
)
def test_negative_contractions_keep_their_negation(raw: str, folded: str) -> None:
    assert fold(raw).text == folded


def test_a_split_contraction_maps_back_to_its_token() -> None:
    f = fold("The sequel won’t open")
    start = f.text.index("will not")
    assert f.original(start, start + len("will not")) == "won’t"


def test_segment_at_finds_the_segment_holding_a_position() -> None:
    doc = document("First part | Second part", "A sentence here. Another one there.")
    for seg in doc.segments:
        for pos in (seg.fstart, seg.fend - 1):
            assert doc.segment_at(pos) == seg
    assert doc.segment_at(len(doc.text) + 5) is None


def test_a_long_summary_is_cut_at_a_word_boundary() -> None:
    from tracker.text import SUMMARY_LIMIT

    doc = document("Headline", "word " * (SUMMARY_LIMIT // 2))
    body = doc.source.split("\n", 1)[1]
    assert len(body) <= SUMMARY_LIMIT
    assert body.endswith("word")


# --- the skeleton has every word of the folded text ----------------------------------------

_MADE_UP = {"and", "percent", "will", "can", "shall", "is", "not"}
_PIECES = st.sampled_from(
    [
        "Good",
        "Sex",
        "sex's",
        "Sex’s",
        "won't",
        "doesn’t",
        "isn't",
        "rock'n't",
        "o'clock",
        "Laga'aia",
        "ab's'cd",
        "it's_x",
        "do_n't",
        "4,425",
        "1,000,000",
        "a1,000",
        "1.5",
        "1990's",
        "Penélope",
        "Pokémon",
        "Øyvind",
        "İstanbul",
        "straße",
        "ﬁlm",
        "２０２６",
        "&amp;",
        "&eacute;",
        "&",
        "%",
        "$",
        "<b>",
        "</b>",
        "<br>",
        "“",
        "”",
        "—",
        "–",
        "…",
        "«",
        "»",
        "•",
        "-",
        ",",
        ".",
        ":",
        "'",
        "’",
        "‘",
        "ʼ",
        "_",
        " ",
        " ",
        "\n",
        "\u00a0",
        "X",
        "y",
        "7",
        "n't",
        "'s",
        "s",
        "Q",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.lists(_PIECES, max_size=30))
def test_every_plain_folded_word_stands_whole_in_the_skeleton(
    title: list[str], summary: list[str]
) -> None:
    t, s = "".join(title), "".join(summary)
    bones = skeleton(f"{t}\n{s}")
    words = set(bones.split())
    for word in document(t, s).text.split():
        if word.isalnum() and word not in _MADE_UP:
            assert word in words, (word, bones)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Netflix’s “Good Sex” drops", {"netflix", "good", "sex", "drops"}),
        ("Penélope Cruz’s new film", {"penelope", "cruz", "new", "film"}),
        ("It won’t open on 4,425 screens", {"it", "wo", "not", "open", "4425", "screens"}),
        ("Minions &amp; Monsters", {"minions", "monsters"}),
        ("<p>Too <b>Much</b></p>", {"too", "much"}),
    ],
)
def test_skeleton_of_trade_press_text(text: str, words: set[str]) -> None:
    assert words <= set(skeleton(text).split())


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_folds_fast_path_gives_what_word_by_word_folding_gives(pieces: list[str]) -> None:
    from tracker.text import _TOKEN, _fold_split_words, _fold_words

    text = "".join(pieces)
    word_by_word = _fold_split_words(text, list(_TOKEN.finditer(text)))
    assert fold(text) == word_by_word
    assert _fold_words(text, list(_TOKEN.finditer(text))) == word_by_word


@pytest.mark.parametrize(
    "text",
    ["Box office: $40.5M opening", "Sets Sept. 18 date", "1,200 screens", "Won't open", "A & B"],
)
def test_folds_fast_path_on_trade_press_words(text: str) -> None:
    from tracker.text import _TOKEN, _fold_split_words, _fold_words

    word_by_word = _fold_split_words(text, list(_TOKEN.finditer(text)))
    assert fold(text) == word_by_word
    assert _fold_words(text, list(_TOKEN.finditer(text))) == word_by_word
