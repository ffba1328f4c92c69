"""The ``tracker`` command line (see docs in README and ``tracker COMMAND --help``)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from tracker import __version__
from tracker.settings import Settings, SettingsError

log = logging.getLogger("tracker")


class CommandError(Exception):
    """A command ran and found a problem; the message is the one line to print."""


def _settings_epilog() -> str:
    from tracker.web.settings import VARIABLES as WEB_VARIABLES

    rows = Settings.describe() + [
        (name, default, meaning) for name, default, meaning in WEB_VARIABLES
    ]
    width = max(len(r[0]) for r in rows)
    lines = ["settings (environment variables):"]
    lines += [
        f"  {name:<{width}}  {meaning} (default: {default})" for name, default, meaning in rows
    ]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracker",
        description="Watches news feeds for film and series milestones "
        "(trailers, release dates, premieres) and notifies subscribers once per real change.",
        epilog=_settings_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tracker {__version__}")
    parser.add_argument("--config", type=Path, help="watchlist file (TRACKER_CONFIG)")
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy URL (TRACKER_DATABASE_URL)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = sub.add_parser("run", help="the daemon: scheduled polls and deliveries, reload on edit")
    run.add_argument("--host", help="web address (TRACKER_WEB_HOST)")
    run.add_argument("--port", type=int, help="web port (TRACKER_WEB_PORT)")
    run.add_argument("--no-web", action="store_true", help="do not serve the web pages")
    run.add_argument("--once", action="store_true", help=argparse.SUPPRESS)

    web = sub.add_parser("web", help="the web pages and API alone, no scheduler")
    web.add_argument("--host", help="web address (TRACKER_WEB_HOST)")
    web.add_argument("--port", type=int, help="web port (TRACKER_WEB_PORT)")

    check = sub.add_parser("check", help="poll every feed now, detect, store, deliver, exit")
    check.add_argument("--json", action="store_true", help="print the summary as JSON")

    scan = sub.add_parser("scan", help="dry run over one feed URL or file: what would be detected")
    scan.add_argument("source", help="feed URL or local RSS/Atom file")
    scan.add_argument("--json", action="store_true", help="JSON Lines, one observation a line")
    scan.add_argument("--explain", action="store_true", help="say why entries gave nothing")

    sub.add_parser("validate", help="check the watchlist; print each problem with its line")

    events = sub.add_parser("events", help="the stored history of milestone changes, oldest first")
    events.add_argument("--json", action="store_true", help="JSON Lines, one event a line")
    events.add_argument("--production", help="only this production id")

    status = sub.add_parser("status", help="every production with its current milestone state")
    status.add_argument("--json", action="store_true", help="JSON Lines, one production a line")

    feeds = sub.add_parser("feeds", help="every feed's health: last success, errors, next check")
    feeds.add_argument("--json", action="store_true", help="JSON Lines, one feed a line")

    deliveries = sub.add_parser("deliveries", help="the notification outbox: pending and failed")
    deliveries.add_argument("--json", action="store_true", help="JSON Lines, one delivery a line")
    deliveries.add_argument("--all", action="store_true", help="include sent deliveries")

    health = sub.add_parser(
        "health", help="exit 0 when the daemon's database, scheduler and config are healthy"
    )
    health.add_argument("--json", action="store_true", help="print the checks as JSON")

    schema = sub.add_parser("schema", help="print the watchlist's JSON Schema (for editors)")
    schema.add_argument("--output", type=Path, help="write to this file instead of stdout")
    _notification_commands(sub)
    return parser


def _notification_commands(sub: Any) -> None:
    """subscribe, unsubscribe, subscribers, notify-test (see README, Notifications)."""
    kinds = "trailer, release_date, release, premiere, production"
    subscribe = sub.add_parser(
        "subscribe",
        help="a fan follows productions: notify these apprise URLs of their changes",
        description="Subscribe a fan to productions. Only changes detected from now on are "
        "sent (history is not replayed). Naming an existing fan (--name) adds to it.",
    )
    subscribe.add_argument("productions", nargs="+", metavar="PRODUCTION", help="production ids")
    subscribe.add_argument(
        "--notify",
        action="append",
        default=[],
        metavar="URL",
        help="apprise URL to notify (repeat for several); checked, never shown whole",
    )
    subscribe.add_argument(
        "--milestones", nargs="+", metavar="KIND", help=f"only these kinds ({kinds}); default all"
    )
    subscribe.add_argument("--name", help="the fan's name (default: fan-ID)")
    subscribe.add_argument(
        "--digest",
        choices=["instant", "daily", "weekly"],
        help="instant (default): one message per change; daily/weekly: one digest "
        "at TRACKER_DIGEST_HOUR (weekly: Mondays)",
    )
    subscribe.add_argument(
        "--timezone", metavar="TZ", help="IANA time zone for digests and reminders (default UTC)"
    )
    subscribe.add_argument(
        "--remind-days",
        metavar="DAYS",
        help="days before a known release day to remind, e.g. 7,1,0 (default 1,0; '' for none)",
    )
    subscribe.add_argument("--json", action="store_true", help="print the result as JSON")

    unsubscribe = sub.add_parser(
        "unsubscribe",
        help="stop a fan's subscriptions (all of them: forget the fan and its URLs)",
    )
    unsubscribe.add_argument("subscriber", metavar="SUBSCRIBER", help="subscriber id or name")
    unsubscribe.add_argument(
        "productions",
        nargs="*",
        metavar="PRODUCTION",
        help="only these productions (default: all, and the fan is forgotten)",
    )

    subscribers = sub.add_parser(
        "subscribers", help="every subscriber, its URLs (masked) and subscriptions"
    )
    subscribers.add_argument(
        "--json", action="store_true", help="JSON Lines, one subscriber a line"
    )

    notify_test = sub.add_parser(
        "notify-test",
        help="send a test message to apprise URLs; print success or the error for each",
    )
    notify_test.add_argument("urls", nargs="+", metavar="URL", help="apprise URLs to try")
    notify_test.add_argument("--json", action="store_true", help="JSON Lines, one URL a line")


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_env()
    if args.config:
        settings = replace(settings, config=args.config)
    if args.database:
        settings = replace(settings, database_url=args.database)
    return settings


def _setup_logging(settings: Settings, verbose: bool, daemon: bool) -> None:
    """The daemon logs at TRACKER_LOG_LEVEL; one-shot commands only warnings, unless -v."""
    configured = getattr(logging, settings.log_level.upper(), logging.INFO)
    level = logging.DEBUG if verbose else configured if daemon else max(configured, logging.WARNING)
    logging.basicConfig(
        level=level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("httpx", "httpcore", "apscheduler.executors.default", "alembic"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
    except SettingsError as exc:
        print(f"tracker: {exc}", file=sys.stderr)
        return 2
    _setup_logging(settings, args.verbose, daemon=args.command in ("run", "web"))
    from tracker import commands
    from tracker.db import DatabaseError
    from tracker.watchlist import WatchlistError

    handler = getattr(commands, f"cmd_{args.command.replace('-', '_')}")
    try:
        result: int = handler(settings, args)
        return result
    except WatchlistError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except (CommandError, DatabaseError) as exc:
        print(f"tracker: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def emit_json(rows: Sequence[dict[str, Any]] | Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def progress_printer(label: str) -> Any:
    """A terminal progress line on stderr; nothing when stderr is a log or a pipe."""
    if not sys.stderr.isatty() or os.environ.get("TRACKER_NO_PROGRESS"):
        return None

    def show(done: int, total: int, what: str) -> None:
        end = "\n" if done == total else ""
        sys.stderr.write(f"\r\033[K{label} {done}/{total} {what[:60]}{end}")
        sys.stderr.flush()

    return show


def run_async(coro: Any) -> Any:
    return asyncio.run(coro)
