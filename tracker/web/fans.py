"""What a fan does on the web: subscribe, look, change, stop, send a test.

Built on :mod:`tracker.subscriptions` (its validation, its manage tokens); a web fan is a
``fan`` subscriber with no name of its own (``fan-<id>``), found again by its manage token
only. The functions taking a session run in a worker thread inside one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tracker.domain import MILESTONE_KINDS
from tracker.outbox import Message, apprise_send, service_format
from tracker.secrets import mask_url
from tracker.store import SubscriberRow
from tracker.subscriptions import (
    DIGESTS,
    Request,
    SubscriptionError,
    check_timezone,
    find_by_token,
    manage_token,
    subscribe,
    unsubscribe,
)
from tracker.web.urlguard import UnsafeTarget, UrlPolicy, guard, harden

MAX_URLS = 5
TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

TEST_TITLE = "tracker: test notification"
TEST_BODIES = {
    "text": "If you read this, tracker can notify you here.",
    "markdown": "If you read this, **tracker** can notify you here.",
    "html": "<p>If you read this, <b>tracker</b> can notify you here.</p>",
}


class FanError(ValueError):
    """A request that cannot be done; the message is safe to show (URLs masked)."""


@dataclass(frozen=True)
class Choice:
    """What a fan asks for: titles, kinds of news, where to be told, how often."""

    productions: Sequence[str]
    milestones: Sequence[str] | None  # None: every kind
    urls: Sequence[str]
    digest: str = "instant"
    timezone: str = "UTC"


def make_choice(
    productions: Iterable[Any],
    milestones: Iterable[Any] | None,
    urls: Iterable[Any],
    digest: Any = "instant",
    timezone: Any = "UTC",
) -> Choice:
    """A :class:`Choice` from untrusted values, or a :class:`FanError` with every problem."""
    problems: list[str] = []
    chosen = [p for p in dict.fromkeys(productions) if isinstance(p, str) and p]
    if not chosen:
        problems.append("choose at least one title")
    kinds: list[str] | None = None
    if milestones is not None:
        kinds = [m for m in dict.fromkeys(milestones) if isinstance(m, str)]
        if not kinds:
            problems.append("choose at least one kind of news")
        elif set(kinds) >= set(MILESTONE_KINDS):
            kinds = None
    addresses = [u.strip() for u in urls if isinstance(u, str) and u.strip()]
    if len(addresses) > MAX_URLS:
        problems.append(f"give at most {MAX_URLS} notification addresses")
    if not isinstance(digest, str) or digest not in DIGESTS:
        problems.append(f"how often must be one of {', '.join(DIGESTS)}")
    if not isinstance(timezone, str) or not timezone.strip():
        problems.append("give a time zone like Europe/Paris or UTC")
    else:
        try:
            check_timezone(timezone.strip())
        except SubscriptionError as exc:
            problems.append(str(exc))
    if problems:
        raise FanError("; ".join(problems))
    return Choice(chosen, kinds, addresses, str(digest), str(timezone).strip())


def check_urls(urls: Sequence[str], policy: UrlPolicy) -> None:
    """Guard every URL (resolves hosts: call it from a worker thread)."""
    problems = []
    for url in urls:
        try:
            guard(url, policy)
        except UnsafeTarget as exc:
            problems.append(str(exc))
    if problems:
        raise FanError("; ".join(problems))


def create(
    session: Session, choice: Choice, known: Iterable[str], now: datetime, secret_key: str
) -> tuple[int, str]:
    """A new fan; its id and manage token."""
    if not choice.urls:
        raise FanError("give a notification address")
    request = Request(
        productions=choice.productions,
        urls=choice.urls,
        milestones=choice.milestones,
        digest=choice.digest,
        timezone=choice.timezone,
    )
    try:
        outcome = subscribe(session, request, known, now, secret_key)
    except SubscriptionError as exc:
        raise FanError(str(exc)) from None
    return outcome.subscriber_id, manage_token(secret_key, outcome.subscriber_id)


def find(session: Session, token: str) -> SubscriberRow | None:
    if not 20 <= len(token) <= 100 or not set(token) <= TOKEN_CHARS:
        return None
    row = find_by_token(session, token)
    return row if row is not None and row.kind == "fan" else None


def view(row: SubscriberRow) -> dict[str, Any]:
    """The fan as pages and the API show it (URLs masked)."""
    subscriptions = sorted(row.subscriptions, key=lambda s: s.production_id)
    kinds: set[str] = set()
    every = not subscriptions
    for s in subscriptions:
        if s.milestones is None:
            every = True
        else:
            kinds.update(s.milestones)
    return {
        "productions": [s.production_id for s in subscriptions],
        "milestones": None if every else [k for k in MILESTONE_KINDS if k in kinds],
        "notify": [mask_url(t.url) for t in sorted(row.targets, key=lambda t: t.id) if t.active],
        "digest": row.digest,
        "timezone": row.timezone,
        "created_at": row.created_at.isoformat(),
    }


def change(
    session: Session,
    row: SubscriberRow,
    choice: Choice,
    known: Iterable[str],
    now: datetime,
    secret_key: str,
) -> None:
    """Make the fan follow exactly ``choice`` (URLs replaced only when it names some)."""
    following = {s.production_id for s in row.subscriptions}
    dropped = sorted(following - set(choice.productions))
    try:
        if dropped:
            unsubscribe(session, str(row.id), dropped)
        subscribe(
            session,
            Request(
                productions=choice.productions,
                urls=choice.urls,
                milestones=choice.milestones,
                name=str(row.id),
                digest=choice.digest,
                timezone=choice.timezone,
            ),
            known,
            now,
            secret_key,
        )
    except SubscriptionError as exc:
        raise FanError(str(exc)) from None
    if choice.urls:
        keep = set(choice.urls)
        for target in [t for t in row.targets if t.url not in keep]:
            row.targets.remove(target)  # its pending deliveries go with it
    session.flush()


def end(session: Session, row: SubscriberRow) -> None:
    """Forget the fan, its addresses and what was still to be sent to it."""
    unsubscribe(session, str(row.id))


def active_urls(row: SubscriberRow) -> list[str]:
    return [t.url for t in sorted(row.targets, key=lambda t: t.id) if t.active]


def send_test(url: str, policy: UrlPolicy) -> str | None:
    """Send the test notification; None when it was accepted, else why not (masked)."""
    try:
        guard(url, policy)
    except UnsafeTarget as exc:
        return str(exc)
    fmt = service_format(url)
    result = apprise_send(harden(url), Message(TEST_TITLE, TEST_BODIES[fmt], fmt))
    return None if result.ok else (result.error or "the service did not accept it")
