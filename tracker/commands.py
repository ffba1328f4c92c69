"""What each ``tracker`` command does (the parser lives in :mod:`tracker.cli`)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from tracker.app import App, Config, utcnow
from tracker.cli import CommandError, emit_json, progress_printer
from tracker.db import open_database
from tracker.detect import detect, explain
from tracker.domain import MILESTONE_KINDS, Entry, Observation
from tracker.feeds import ParseError, parse_feed
from tracker.fetch import FetchError, Validators, fetch, make_client
from tracker.match import Matcher
from tracker.outbox import deliver_app
from tracker.secrets import mask_url
from tracker.settings import Settings
from tracker.store import DeliveryRow, EventRow, FeedRow, MilestoneStateRow
from tracker.watchlist import json_schema, load_watchlist


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- validate / schema ------------------------------------------------------------------


def cmd_validate(settings: Settings, args: argparse.Namespace) -> int:
    watchlist = load_watchlist(settings.config)  # WatchlistError → problems, exit 1
    feeds = len(watchlist.feeds) + sum(len(p.feeds) for p in watchlist.productions)
    print(
        f"{settings.config}: ok ({len(watchlist.productions)} productions, {feeds} feeds, "
        f"{len(watchlist.channels)} channels)"
    )
    return 0


def cmd_schema(settings: Settings, args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


# --- scan ---------------------------------------------------------------------------------


def _read_source(source: str, settings: Settings) -> list[Entry]:
    async def get() -> bytes:
        async with make_client(settings.fetch_timeout.total_seconds()) as client:
            result = await fetch(
                client,
                source,
                Validators(),
                max_bytes=settings.max_body_bytes,
                total_timeout=settings.fetch_timeout.total_seconds(),
            )
        return result.body

    try:
        body = asyncio.run(get())
        return parse_feed(body).entries
    except (FetchError, ParseError) as exc:
        raise CommandError(f"{source}: {exc}") from None


def _observation_json(entry: Entry, obs: Observation) -> dict[str, Any]:
    return {
        "entry": {
            "id": entry.id,
            "title": entry.title,
            "link": entry.link,
            "published": _iso(entry.published),
        },
        "production": obs.production,
        "milestone": obs.milestone,
        "status": obs.status,
        "date": obs.date.iso() if obs.date else None,
        "precision": obs.date.precision if obs.date else None,
        "variant": obs.variant,
        "previous_date": obs.previous_date.iso() if obs.previous_date else None,
        "evidence": obs.evidence,
    }


def cmd_scan(settings: Settings, args: argparse.Namespace) -> int:
    watchlist = load_watchlist(settings.config)
    entries = _read_source(args.source, settings)
    matcher = Matcher([p.spec() for p in watchlist.productions])
    now = utcnow()
    found = 0
    for entry in entries:
        observations = detect(entry, matcher, now)
        found += len(observations)
        if args.json:
            emit_json([_observation_json(entry, o) for o in observations])
            continue
        for obs in observations:
            when = f" {obs.date.iso()} ({obs.date.precision})" if obs.date else ""
            variant = f" [{obs.variant}]" if obs.variant else ""
            print(f"{obs.production}  {obs.milestone}/{obs.status}{variant}{when}")
            print(f"    {entry.title}")
            print(f"    evidence: {obs.evidence}")
        if args.explain and not observations:
            print(f"-  {entry.title}")
            for reason in explain(entry, matcher, now):
                print(f"    {reason}")
    if not args.json:
        sys.stdout.flush()
        print(f"{len(entries)} entries, {found} observations", file=sys.stderr)
    return 0


# --- check / run ------------------------------------------------------------------------------


def cmd_check(settings: Settings, args: argparse.Namespace) -> int:
    from tracker.poller import poll

    app = App.open(settings)
    report = asyncio.run(poll(app, force=True, progress=progress_printer("polling")))
    sent = deliver_app(app)
    summary = {
        "feeds": report.feeds,
        "changed": report.fetched,
        "unchanged": report.unchanged,
        "failed": report.failed,
        "new_entries": report.ingest.entries,
        "observations": report.ingest.observations,
        "events": report.ingest.events,
        "notified_events": report.ingest.notified_events,
        "sent": sent.sent,
        "retrying": sent.retrying,
        "failed_deliveries": sent.failed,
        "errors": report.errors,
    }
    if args.json:
        emit_json([summary])
    else:
        print(
            f"{report.feeds} feeds: {report.fetched} changed, {report.unchanged} unchanged, "
            f"{report.failed} failed; {report.ingest.entries} new entries, "
            f"{report.ingest.events} events; {sent.sent} notifications sent, "
            f"{sent.retrying} to retry, {sent.failed} failed"
        )
        for url, error in report.errors.items():
            print(f"  failed: {url}: {error}", file=sys.stderr)
    return 1 if report.failed or sent.failed else 0


def _web_address(settings: Settings, args: argparse.Namespace) -> Settings:
    from dataclasses import replace

    if args.host:
        settings = replace(settings, web_host=args.host)
    if args.port is not None:
        settings = replace(settings, web_port=args.port)
    return settings


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    from jobs.scheduler import run_daemon

    return run_daemon(_web_address(settings, args), once=args.once, web=not args.no_web)


def cmd_web(settings: Settings, args: argparse.Namespace) -> int:
    from jobs.scheduler import run_web

    return run_web(_web_address(settings, args))


# --- history ---------------------------------------------------------------------------------


def _previous(ev: EventRow) -> dict[str, Any] | None:
    if ev.previous_status is None:
        return None
    previous: dict[str, Any] = {
        "status": ev.previous_status,
        "date": _iso(ev.previous_date),
        "precision": ev.previous_precision,
    }
    if ev.milestone == "trailer":
        previous["variant"] = ev.previous_variant
    return previous


def event_json(ev: EventRow) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": ev.id,
        "production": ev.production_id,
        "milestone": ev.milestone,
        "status": ev.status,
        "date": _iso(ev.date),
        "precision": ev.precision,
        "previous": _previous(ev),
        "source": ev.source,
        "detected_at": _iso(ev.detected_at),
    }
    if ev.milestone == "trailer":
        row["variant"] = ev.variant
    row["notified"] = ev.notified
    return row


def _database(settings: Settings) -> Any:
    return open_database(settings.effective_database_url)


def cmd_events(settings: Settings, args: argparse.Namespace) -> int:
    factory = _database(settings)
    with factory() as session:
        query = select(EventRow).order_by(EventRow.detected_at, EventRow.id)
        if args.production:
            query = query.where(EventRow.production_id == args.production)
        events = list(session.scalars(query))
    if args.json:
        emit_json([event_json(e) for e in events])
        return 0
    if not events:
        print("no events yet")
    for ev in events:
        item = event_json(ev)
        when = f" {item['date']} ({item['precision']})" if item["date"] else ""
        prev = item["previous"]
        was = f" (was {prev['status']}{' ' + prev['date'] if prev['date'] else ''})" if prev else ""
        quiet = "" if ev.notified else "  [silent]"
        print(
            f"{item['detected_at'][:16]}  {ev.production_id}  {ev.milestone}/{ev.status}"
            f"{' [' + ev.variant + ']' if ev.variant else ''}{when}{was}{quiet}"
        )
    return 0


def _states(settings: Settings) -> Iterator[dict[str, Any]]:
    config = Config.load(settings.config)
    factory = _database(settings)
    with factory() as session:
        rows = list(session.scalars(select(MilestoneStateRow)))
    by_production: dict[str, dict[str, Any]] = {}
    for r in rows:
        by_production.setdefault(r.production_id, {})[r.milestone] = {
            "status": r.status,
            "date": _iso(r.date),
            "precision": r.precision,
            "variant": r.variant,
            "since": _iso(r.as_of),
            "source": r.source,
        }
    for production in config.watchlist.productions:
        states = by_production.get(production.id, {})
        yield {
            "production": production.id,
            "title": production.title,
            "kind": production.kind,
            "season": production.season,
            "milestones": {k: states[k] for k in MILESTONE_KINDS if k in states},
        }


def cmd_status(settings: Settings, args: argparse.Namespace) -> int:
    rows = list(_states(settings))
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        print(f"{row['production']}  {row['title']}")
        if not row["milestones"]:
            print("    nothing known yet")
        for kind, state in row["milestones"].items():
            when = f" {state['date']} ({state['precision']})" if state["date"] else ""
            variant = f" [{state['variant']}]" if state["variant"] else ""
            print(f"    {kind:<13} {state['status']}{variant}{when}")
    return 0


def cmd_feeds(settings: Settings, args: argparse.Namespace) -> int:
    config = Config.load(settings.config)
    factory = _database(settings)
    with factory() as session:
        rows = {r.url: r for r in session.scalars(select(FeedRow))}
    out: list[dict[str, Any]] = []
    for url in sorted(_plan_urls(config)):
        r = rows.get(url)
        out.append(
            {
                "url": url,
                "name": r.name if r else None,
                "healthy": bool(r and r.consecutive_errors == 0 and r.last_success_at),
                "last_success": _iso(r.last_success_at) if r else None,
                "consecutive_errors": r.consecutive_errors if r else 0,
                "last_error": r.last_error if r else None,
                "last_error_at": _iso(r.last_error_at) if r else None,
                "next_check": _iso(r.next_check_at) if r else None,
                "failing_since": _iso(r.failing_since) if r else None,
                "entries_per_day": round(r.entries_per_day, 1) if r and r.entries_per_day else None,
                "moved_to": r.permanent_redirect if r else None,
            }
        )
    if args.json:
        emit_json(out)
        return 0
    for f in out:
        state = (
            "ok"
            if f["healthy"]
            else ("never polled" if not f["last_success"] and not f["last_error"] else "FAILING")
        )
        print(f"{state:<12} {f['url']}")
        if f["last_success"]:
            rate = f"{f['entries_per_day']}/day" if f["entries_per_day"] else "quiet"
            print(
                f"             last ok {f['last_success'][:16]}, {rate}, "
                f"next {f['next_check'][:16]}"
            )
        if f["last_error"]:
            print(f"             {f['consecutive_errors']} errors, last: {f['last_error']}")
        if f["moved_to"]:
            print(f"             moved permanently to {f['moved_to']}: update the watchlist")
    return 0


def _plan_urls(config: Config) -> list[str]:
    from tracker.registry import feed_plans

    return list(feed_plans(config.watchlist))


def cmd_deliveries(settings: Settings, args: argparse.Namespace) -> int:
    factory = _database(settings)
    with factory() as session:
        query = select(DeliveryRow).order_by(DeliveryRow.created_at, DeliveryRow.id)
        if not args.all:
            query = query.where(DeliveryRow.state != "sent")
        rows = [
            {
                "id": d.id,
                "event": d.event_id,
                "production": d.event.production_id if d.event else None,
                "milestone": d.event.milestone if d.event else d.notice.kind if d.notice else None,
                "target": mask_url(d.target.url),
                "subscriber": d.target.subscriber.name,
                "state": d.state,
                "attempts": d.attempts,
                "next_attempt": _iso(d.next_attempt_at) if d.state == "pending" else None,
                "last_error": d.last_error,
                "sent_at": _iso(d.sent_at),
            }
            for d in session.scalars(query)
        ]
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        print("no pending or failed deliveries" if not args.all else "no deliveries")
    for d in rows:
        error = f": {d['last_error']}" if d["last_error"] else ""
        print(
            f"{d['state']:<8} #{d['id']} {d['production'] or 'admin'} {d['milestone']} "
            f"→ {d['subscriber']} "
            f"{d['target']} ({d['attempts']} tries){error}"
        )
    return 0


def cmd_health(settings: Settings, args: argparse.Namespace) -> int:
    from tracker.health import check

    checks = check(settings)
    healthy = all(c.ok for c in checks)
    if args.json:
        emit_json(
            [{"healthy": healthy, **{c.name: {"ok": c.ok, "detail": c.detail} for c in checks}}]
        )
    else:
        for c in checks:
            print(f"{'ok  ' if c.ok else 'FAIL'} {c.name}: {c.detail}")
    return 0 if healthy else 1


# --- notifications: subscribe, unsubscribe, subscribers, notify-test ------------------------


def _subscription_request(args: argparse.Namespace) -> Any:
    from tracker.subscriptions import Request, SubscriptionError, parse_remind_days

    try:
        remind = None if args.remind_days is None else parse_remind_days(args.remind_days)
    except SubscriptionError as exc:
        raise CommandError(str(exc)) from None
    return Request(
        productions=args.productions,
        urls=args.notify,
        milestones=args.milestones,
        name=args.name,
        digest=args.digest,
        timezone=args.timezone,
        remind_days=remind,
    )


def cmd_subscribe(settings: Settings, args: argparse.Namespace) -> int:
    from tracker.db import transaction
    from tracker.messages import manage_url
    from tracker.subscriptions import SubscriptionError, manage_token, subscribe

    watchlist = load_watchlist(settings.config)
    request = _subscription_request(args)
    factory = _database(settings)
    try:
        with transaction(factory) as session:
            outcome = subscribe(
                session,
                request,
                [p.id for p in watchlist.productions],
                utcnow(),
                settings.secret_key,
            )
    except SubscriptionError as exc:
        raise CommandError(str(exc)) from None
    link = (
        manage_url(settings.public_url, manage_token(settings.secret_key, outcome.subscriber_id))
        if settings.secret_key
        else ""
    )
    if args.json:
        emit_json(
            [
                {
                    "id": outcome.subscriber_id,
                    "name": outcome.name,
                    "created": outcome.created,
                    "added": outcome.added,
                    "updated": outcome.updated,
                    "manage_url": link or None,
                }
            ]
        )
        return 0
    verb = "subscribed" if outcome.created else "updated"
    follows = ", ".join(outcome.added + outcome.updated)
    print(f"{verb} {outcome.name} (#{outcome.subscriber_id}) to {follows}")
    if link:
        print(f"manage link (give it to the fan; it is not shown again): {link}")
    return 0


def cmd_unsubscribe(settings: Settings, args: argparse.Namespace) -> int:
    from tracker.db import transaction
    from tracker.subscriptions import SubscriptionError, unsubscribe

    factory = _database(settings)
    try:
        with transaction(factory) as session:
            removal = unsubscribe(session, args.subscriber, args.productions or None)
    except SubscriptionError as exc:
        raise CommandError(str(exc)) from None
    what = "forgotten (URLs and subscriptions deleted)" if removal.forgotten else "unsubscribed"
    print(
        f"{removal.name}: {what} from {', '.join(removal.productions) or 'nothing'}; "
        f"{removal.cancelled} unsent notifications cancelled"
    )
    return 0


def cmd_subscribers(settings: Settings, args: argparse.Namespace) -> int:
    from tracker.subscriptions import listing

    factory = _database(settings)
    with factory() as session:
        rows = listing(session)
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        print("no subscribers yet (add one with tracker subscribe, or channels in the watchlist)")
    for row in rows:
        flags = [row["kind"]] + (["admin"] if row["admin"] else [])
        if row["digest"] != "instant":
            flags.append(f"{row['digest']} digest, {row['timezone']}")
        print(f"#{row['id']} {row['name']} ({', '.join(flags)})")
        for t in row["targets"]:
            print(f"    → {t['url']}{'' if t['active'] else '  [inactive]'}")
        for s in row["subscriptions"]:
            kinds = s["milestones"] if s["milestones"] == "all" else ",".join(s["milestones"])
            days = ",".join(str(d) for d in s["remind_days"]) or "none"
            print(f"    {s['production']}  milestones: {kinds}  reminders: {days}")
    return 0


def cmd_notify_test(settings: Settings, args: argparse.Namespace) -> int:
    from tracker.outbox import Message, apprise_send, service_format
    from tracker.subscriptions import check_url

    failed = 0
    rows = []
    for url in args.urls:
        error = check_url(url)
        if error is None:
            fmt = service_format(url)
            body = {
                "text": "If you read this, tracker can notify you here.",
                "markdown": "If you read this, **tracker** can notify you here.",
                "html": "<p>If you read this, <b>tracker</b> can notify you here.</p>",
            }[fmt]
            result = apprise_send(url, Message("tracker: test notification", body, fmt))
            error = None if result.ok else result.error
        failed += error is not None
        rows.append({"url": mask_url(url), "ok": error is None, "error": error})
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            error = f": {row['error']}" if row["error"] else ""
            print(f"{'ok    ' if row['ok'] else 'FAILED'} {row['url']}{error}")
    return 1 if failed else 0
