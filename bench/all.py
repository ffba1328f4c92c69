#!/usr/bin/env python3
"""Run every benchmark and rewrite bench/README.md with their figures.

    python bench/all.py            (about five minutes on 2 cores; run it on a quiet machine)

Each benchmark also runs alone: bench/poll_cycle.py, bench/deliveries.py,
bench/footprint.py, bench/detection.py (see their --help).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"

INTRO = """# Benchmarks

Speed and memory are measured here, never by timed tests. Each benchmark compares
tracker with a baseline *in the same run* and quotes the ratio, so the figures stay
meaningful on another machine. Rerun all with `python bench/all.py` (rewrites this file).

- `poll_cycle.py`: one poll cycle over 1,000 feeds × 50 items on 50 loopback addresses,
  20% changed, in one process and shared by one process per core
  (`TRACKER_POLL_PROCESSES`), beside a naive `feedparser.parse(url)` loop and feedparser
  alone.
- `deliveries.py`: one event to 10,000 subscribers through the outbox, beside a bare
  loop of apprise calls with the same concurrency.
- `footprint.py`: `tracker run` idle with 1,000 productions and 1,000 feeds.
- `detection.py`: match + detect CPU per entry with 10, 1,000 and 10,000 productions,
  beside feedparser parsing the same entries.

"""


def main() -> int:
    README.write_text(INTRO, encoding="utf-8")
    runs = [
        ["poll_cycle.py", "--write", str(README)],
        ["detection.py", "--write", str(README)],
        ["footprint.py", "--write", str(README)],
        ["deliveries.py", "--append"],
    ]
    failed = 0
    for args in runs:
        print(f"== {args[0]}", file=sys.stderr, flush=True)
        failed += subprocess.call([sys.executable, str(HERE / args[0]), *args[1:]]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
