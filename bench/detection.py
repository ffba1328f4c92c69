#!/usr/bin/env python3
"""Benchmark: match + detect cost per entry, how it grows with the watchlist, and how it
compares with feedparser parsing the same entries.

Runs ``detect`` (matching included) over a fixed set of made-up entries with watchlists of
10, 1,000 and 10,000 productions (one Aho-Corasick automaton for all titles, so the cost
per entry should barely move), and over the shared dev set's items when
../shared/eval/dev is present. In the same run, feedparser parses the same entries as
one RSS document: the targets are 10,000 productions at most 1.5× the cost of 10, and
match + detect at most 10% of feedparser's cost per entry.

    python bench/detection.py [--write bench/README.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.detect import detect  # noqa: E402
from tracker.domain import Entry, ProductionSpec  # noqa: E402
from tracker.match import Matcher  # noqa: E402
from tracker.text import document  # noqa: E402

PUBLISHED = datetime(2026, 6, 10, 14, tzinfo=UTC)
PHRASES = [
    (
        "Netflix drops first teaser for 'Film Number {n} Returns'",
        "Watch it now. Studio {n} says more soon.",
    ),
    (
        "Box office: 'Film Number {n} Returns' opens to $40 million",
        "Studio {n} had a strong weekend.",
    ),
    ("'Film Number {n} Returns' sets Sept. 18 release date", "Studio {n} dated the film for fall."),
    ("Casting news: a star joins an untitled project", "The studio declined to comment on dates."),
    (
        "Review: a quiet drama that lingers",
        "It opens in theaters this Friday after a festival run.",
    ),
]


def entries(count: int) -> list[Entry]:
    out = []
    for i in range(count):
        title, summary = PHRASES[i % len(PHRASES)]
        n = i % 10  # titles every watchlist size has: the same work per entry
        out.append(Entry(f"e{i}", title.format(n=n), None, summary.format(n=n) * 3, PUBLISHED))
    return out


def specs(count: int) -> list[ProductionSpec]:
    return [
        ProductionSpec(id=f"p{i}", title=f"Film Number {i} Returns", context=(f"Studio {i}",))
        for i in range(count)
    ]


def per_entry(matcher: Matcher, items: list[Entry], rounds: int = 5) -> float:
    for e in items[:50]:
        detect(e, matcher, PUBLISHED)
    start = time.process_time()
    for _ in range(rounds):
        for e in items:
            detect(e, matcher, PUBLISHED)
    return (time.process_time() - start) / (rounds * len(items))


def reading_per_entry(matcher: Matcher, items: list[Entry], rounds: int = 5) -> float:
    """CPU per entry of the reading every named entry needs before any cue is searched:
    the first look, the folded document and the title matching."""

    def read(e: Entry) -> None:
        if matcher.may_name(e.title, e.summary):
            matcher.match_document(document(e.title, e.summary))

    for e in items[:50]:
        read(e)
    start = time.process_time()
    for _ in range(rounds):
        for e in items:
            read(e)
    return (time.process_time() - start) / (rounds * len(items))


def dev_items() -> list[Entry]:
    path = ROOT.parent / "shared" / "eval" / "dev" / "items.jsonl"
    if not path.exists():
        return []
    out = []
    for line in path.read_text().splitlines():
        it = json.loads(line)
        pub = datetime.fromisoformat(it["pubDate"].replace("Z", "+00:00"))
        out.append(Entry(it["link"], it["title"], it["link"], it.get("description") or "", pub))
    return out


def as_rss(items: list[Entry]) -> bytes:
    from email.utils import format_datetime
    from xml.sax.saxutils import escape

    body = "".join(
        f"<item><title>{escape(e.title)}</title><link>https://news.invalid/{i}</link>"
        f"<guid>https://news.invalid/{i}</guid><pubDate>{format_datetime(e.published)}</pubDate>"
        f"<description>{escape(e.summary)}</description></item>"
        for i, e in enumerate(items)
        if e.published
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title>'
        f"<link>https://news.invalid/</link><description>bench</description>{body}"
        "</channel></rss>"
    ).encode()


def feedparser_per_entry(items: list[Entry], rounds: int = 3) -> float:
    import io

    import feedparser

    doc = as_rss(items)
    feedparser.parse(io.BytesIO(doc))
    start = time.process_time()
    for _ in range(rounds):
        parsed = feedparser.parse(io.BytesIO(doc))
    assert len(parsed.entries) == len(items)
    return (time.process_time() - start) / (rounds * len(items))


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--write", type=Path)
    a = ap.parse_args()
    items = entries(1000)
    costs: dict[int, float] = {}
    builds: dict[int, float] = {}
    for size in (10, 1_000, 10_000):
        build = time.process_time()
        matcher = Matcher(specs(size))
        builds[size] = time.process_time() - build
        costs[size] = per_entry(matcher, items)
        print(f"{size} productions: {costs[size] * 1000:.3f} ms per entry", file=sys.stderr)
    parse = feedparser_per_entry(items)
    big = Matcher(specs(10_000))
    named = [e for e in items if big.may_name(e.title, e.summary)]
    unnamed = [e for e in items if not big.may_name(e.title, e.summary)]
    named_cost, unnamed_cost = per_entry(big, named), per_entry(big, unnamed)
    reading = reading_per_entry(big, named)
    rows = [
        f"### Detection — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}. CPU per entry of match + detect over 1,000 "
        "made-up entries (a title and a three-sentence summary), beside feedparser parsing "
        "the same entries as one RSS document, in the same run.",
        "",
        "| measure | value | ratio | target |",
        "| --- | --- | --- | --- |",
        f"| match + detect, 10 productions | {costs[10] * 1000:.3f} ms | | |",
        f"| match + detect, 1,000 productions | {costs[1_000] * 1000:.3f} ms "
        f"| {costs[1_000] / costs[10]:.2f}× the 10 run | |",
        f"| match + detect, 10,000 productions | {costs[10_000] * 1000:.3f} ms "
        f"| {costs[10_000] / costs[10]:.2f}× the 10 run | ≤ 1.5× |",
        f"| feedparser, same entries | {parse * 1000:.3f} ms | | |",
        f"| match + detect (10,000) / feedparser | | {costs[10_000] / parse:.1%} | ≤ 10% |",
        f"| of which the {len(unnamed)} entries naming no watched title | "
        f"{unnamed_cost * 1000:.3f} ms | {unnamed_cost / parse:.1%} of feedparser | |",
        f"| and the {len(named)} entries naming one | {named_cost * 1000:.3f} ms | "
        f"{named_cost / parse:.1%} of feedparser | |",
        f"| of which reading them (first look, folding, matching; no cue searched) | "
        f"{reading * 1000:.3f} ms | {reading / parse:.1%} of feedparser | |",
        f"| building the matcher for 10,000 productions | {builds[10_000] * 1000:.0f} ms | | |",
    ]
    dev = dev_items()
    if dev:
        import yaml

        watch = yaml.safe_load((ROOT.parent / "shared/eval/dev/watchlist.yaml").read_text())
        from tracker.watchlist import Production

        matcher = Matcher([Production.model_validate(p).spec() for p in watch["productions"]])
        dev_cost = per_entry(matcher, dev)
        dev_parse = feedparser_per_entry(dev)
        rows += [
            f"| match + detect per dev-set item ({len(dev)} real items) | "
            f"{dev_cost * 1000:.3f} ms | | |",
            f"| feedparser per dev-set item | {dev_parse * 1000:.3f} ms | "
            f"detection {dev_cost / dev_parse:.1%} of it | ≤ 10% |",
        ]
    text = "\n".join(rows) + "\n"
    print(text)
    if a.write:
        with a.write.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
