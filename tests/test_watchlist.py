"""The watchlist: its model, its file:line errors, ${VAR}, and the shipped files."""

from __future__ import annotations

import json
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from tracker.watchlist import WatchlistError, json_schema, load_watchlist, parse_watchlist

ROOT = Path(__file__).resolve().parent.parent

GOOD = """\
feeds:
  - url: https://example.org/news/rss
    name: Example News
    interval: 15m
  - https://example.org/other.xml
productions:
  - id: good-sex
    title: Good Sex
    kind: film
    context: [Netflix, Natalie Portman, Lena Dunham]
    feeds: [https://example.org/search.xml]
    milestones: all
  - id: show-s2
    title: Show
    kind: series
    season: 2
    milestones: [trailer, release]
channels:
  - name: team
    notify: ["json://127.0.0.1:9000/${SINK_PATH}"]
    productions: [good-sex]
    milestones: [trailer]
"""


def problems(text: str, env: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(WatchlistError) as info:
        parse_watchlist(textwrap.dedent(text), "w.yaml", env or {})
    return [str(p) for p in info.value.problems]


def test_good_watchlist_loads_with_defaults_and_variables() -> None:
    w = parse_watchlist(GOOD, "w.yaml", {"SINK_PATH": "hook"})
    assert [p.id for p in w.productions] == ["good-sex", "show-s2"]
    assert w.feeds[0].interval == timedelta(minutes=15)
    assert w.feeds[1].url == "https://example.org/other.xml"
    assert w.productions[0].feeds[0].url == "https://example.org/search.xml"
    assert w.channels[0].notify == ["json://127.0.0.1:9000/hook"]
    spec = w.productions[1].spec()
    assert spec.season == 2 and spec.milestones == frozenset({"trailer", "release"})
    assert len(w.productions[0].spec().milestones) == 5


def test_empty_file_is_an_empty_watchlist() -> None:
    w = parse_watchlist("", "w.yaml", {})
    assert w.productions == [] and w.feeds == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("feeds: [\n  - a\n  b: c\n", "w.yaml:2:3: invalid YAML"),
        ("productions:\n  - id: x\n    title: X\n   kind: film\n", "w.yaml:4:4: invalid YAML"),
        ("productions:\n\t- id: x\n", "w.yaml:2:1: invalid YAML"),
    ],
)
def test_bad_yaml_points_at_the_line(text: str, expected: str) -> None:
    found = problems(text)
    assert len(found) == 1 and found[0].startswith(expected), found


def test_unknown_keys_are_errors_at_the_key() -> None:
    found = problems(
        """\
        feeds:
          - url: https://x/rss
            intervall: 15m
        productions:
          - id: a
            title: A
            contex: [Netflix]
        chanels: []
        """
    )
    assert found == [
        "w.yaml:3:5: feeds[0].intervall: unknown key 'intervall' "
        "(check the spelling; see config/watchlist.schema.json)",
        "w.yaml:7:5: productions[0].contex: unknown key 'contex' "
        "(check the spelling; see config/watchlist.schema.json)",
        "w.yaml:8:1: chanels: unknown key 'chanels' "
        "(check the spelling; see config/watchlist.schema.json)",
    ]


def test_a_colon_in_a_list_item_says_to_quote_it() -> None:
    found = problems(
        """\
        productions:
          - id: a
            title: Minesweeper
            exclude: [Minesweeper: Field Day]
        """
    )
    assert found == [
        "w.yaml:4:15: productions[0].exclude[0]: Input should be a valid string; YAML read "
        "Minesweeper: Field Day as a mapping because of the colon and space: quote it "
        '("Minesweeper: Field Day")'
    ]


def test_a_colon_in_a_value_says_to_quote_it() -> None:
    found = problems(
        """\
        productions:
          - id: a
            title: Peaky Blinders: The Immortal Man
        """
    )
    assert found == [
        "w.yaml:3:26: invalid YAML: mapping values are not allowed here; a value holding a "
        'colon and a space needs quotes (title: "A: B")'
    ]


def test_wrong_types_point_at_the_value() -> None:
    found = problems(
        """\
        productions:
          - id: Bad Id
            title: [not, a, string]
            kind: movie
            season: zero
        """
    )
    assert found[0].startswith("w.yaml:2:9: productions[0].id: 'Bad Id' is not a slug")
    assert found[1].startswith("w.yaml:3:12: productions[0].title: Input should be a valid string")
    assert found[2].startswith(
        "w.yaml:4:11: productions[0].kind: Input should be 'film' or 'series'"
    )
    assert found[3].startswith(
        "w.yaml:5:13: productions[0].season: Input should be a valid integer"
    )


def test_missing_required_key_points_at_its_mapping() -> None:
    found = problems("productions:\n  - id: a\n    kind: film\n")
    assert found == ["w.yaml:2:5: productions[0].title: required key is missing"]


def test_missing_environment_variable_is_an_error() -> None:
    found = problems(
        """\
        channels:
          - name: team
            notify: ["discord://${DISCORD_ID}/${DISCORD_TOKEN}"]
        """,
        {"DISCORD_ID": "1"},
    )
    assert found == [
        "w.yaml:3:14: environment variable DISCORD_TOKEN is not set; set it or write the value here"
    ]


def test_bad_duration_and_milestone_and_feed_scheme() -> None:
    found = problems(
        """\
        feeds:
          - url: ftp://x/rss
            interval: 5 minutes
        productions:
          - id: a
            title: A
            milestones: [trailer, teaser]
        """
    )
    assert "w.yaml:2:10: feeds[0].url: a feed URL must start with http://" in found[0]
    assert "w.yaml:3:15: feeds[0].interval: '5 minutes' is not a duration" in found[1]
    assert found[2].startswith("w.yaml:7:27: productions[0].milestones[1]: Input should be")


def test_cross_references_and_duplicates() -> None:
    found = problems(
        """\
        productions:
          - {id: a, title: A}
          - {id: a, title: B}
        """
    )
    assert found == ["w.yaml:3:10: productions[1].id: duplicate production id 'a'"]
    found = problems(
        """\
        productions:
          - {id: a, title: A}
        channels:
          - name: team
            notify: json://127.0.0.1/
            productions: [a, nope]
        """
    )
    assert found == ["w.yaml:6:22: channels[0].productions[1]: unknown production 'nope'; known: a"]


def test_duplicate_yaml_key_is_an_error() -> None:
    found = problems("productions:\n  - id: a\n    title: A\n    title: B\n")
    assert found == ["w.yaml:4:5: 'title' is given twice"]


def test_season_only_for_series() -> None:
    found = problems("productions:\n  - id: a\n    title: A\n    season: 2\n")
    assert found == [
        "w.yaml:2:5: productions[0]: season is for series only: set kind: series or remove season"
    ]


def test_an_exclude_inside_the_title_would_veto_every_mention() -> None:
    text = (
        "productions:\n  - id: ooo\n    title: Out of Office\n    aliases: [OOO Show]\n"
        "    exclude: [Moana 2, out-of-office]\n"
    )
    assert problems(text) == [
        "w.yaml:5:24: productions[0].exclude[1]: exclude 'out-of-office' is part of 'Out of "
        "Office' once case and punctuation are folded, so it would veto every mention; exclude "
        "a longer phrase (such as 'Out of Office 2') or remove it"
    ]
    assert problems(text.replace("out-of-office", "ooo"))[0].startswith(
        "w.yaml:5:24: productions[0].exclude[1]: exclude 'ooo' is part of 'OOO Show'"
    )
    # a longer phrase is what exclude is for
    parse_watchlist(text.replace("out-of-office", "Out of Office 2"), "w.yaml", {})


def test_missing_file_says_how_to_point_at_one(tmp_path: Path) -> None:
    with pytest.raises(WatchlistError) as info:
        load_watchlist(tmp_path / "nope.yaml")
    assert "file not found; set TRACKER_CONFIG or --config" in str(info.value)


def test_shipped_watchlist_is_valid_and_watches_good_sex() -> None:
    w = load_watchlist(ROOT / "config" / "watchlist.yaml", {})
    good_sex = w.production("good-sex")
    assert good_sex is not None and good_sex.title == "Good Sex"
    assert {"Netflix", "Natalie Portman", "Lena Dunham"} <= set(good_sex.context)
    assert len(w.productions) >= 4 and w.feeds


def test_shipped_schema_is_current() -> None:
    shipped = json.loads((ROOT / "config" / "watchlist.schema.json").read_text())
    assert shipped == json_schema(), (
        "stale schema: run `tracker schema --output config/watchlist.schema.json`"
    )
