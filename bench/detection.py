#!/usr/bin/env python3
"""Benchmark: detection cost per entry, and how it grows with the watchlist.

Runs ``detect`` over a fixed set of made-up entries with watchlists of 25 and 5,000
productions (one Aho-Corasick automaton for all titles, so the cost per entry should
barely move), and over the shared dev set's items when ../shared/eval/dev is present.

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
        n = i % 25
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


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--write", type=Path)
    a = ap.parse_args()
    items = entries(1000)
    build = time.process_time()
    big = Matcher(specs(5000))
    build = time.process_time() - build
    small_cost = per_entry(Matcher(specs(25)), items)
    big_cost = per_entry(big, items)
    rows = [
        f"### Detection — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}.",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| CPU per entry, 25 productions | {small_cost * 1000:.3f} ms |",
        f"| CPU per entry, 5,000 productions | {big_cost * 1000:.3f} ms "
        f"({big_cost / small_cost:.2f}× the 25-production cost) |",
        f"| building the matcher for 5,000 productions | {build * 1000:.0f} ms |",
    ]
    dev = dev_items()
    if dev:
        import yaml

        watch = yaml.safe_load((ROOT.parent / "shared/eval/dev/watchlist.yaml").read_text())
        from tracker.watchlist import Production

        matcher = Matcher([Production.model_validate(p).spec() for p in watch["productions"]])
        rows.append(
            f"| CPU per dev-set item ({len(dev)} real items) | "
            f"{per_entry(matcher, dev) * 1000:.3f} ms |"
        )
    text = "\n".join(rows) + "\n"
    print(text)
    if a.write:
        with a.write.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
