"""Fans' subscriptions: subscribe, unsubscribe, list (masked), and manage tokens.

A fan (a subscriber of kind ``fan``) has one or more apprise URLs (targets) and follows
productions, for every milestone kind or some. Channels from the watchlist are subscribers
too, but the watchlist owns them: these functions refuse to change them.

Manage tokens: a fan's token is ``HMAC-SHA256(TRACKER_SECRET_KEY, "manage:<id>")``
(256 bits, URL-safe base64). The database keeps only its SHA-256 (``manage_token_hash``)
so that the web can find the fan from a link; the token itself is derived again when a
message is composed, and never stored. Without a secret key there are no manage links.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from tracker.domain import MILESTONE_KINDS
from tracker.secrets import mask_url
from tracker.store import DeliveryRow, EventRow, SubscriberRow, SubscriptionRow, TargetRow

DIGESTS = ("instant", "daily", "weekly")
DEFAULT_REMIND_DAYS: tuple[int, ...] = (1, 0)
MAX_REMIND_DAYS = 60


class SubscriptionError(ValueError):
    """A subscribe/unsubscribe request that cannot be done; the message says why."""


# --- manage tokens --------------------------------------------------------------------------


def manage_token(secret_key: str, subscriber_id: int) -> str:
    digest = hmac.new(secret_key.encode(), f"manage:{subscriber_id}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def find_by_token(session: Session, token: str) -> SubscriberRow | None:
    """The fan a manage link belongs to (for the web)."""
    return session.scalars(
        select(SubscriberRow).where(SubscriberRow.manage_token_hash == token_hash(token))
    ).first()


def sync_token_hashes(session: Session, secret_key: str) -> int:
    """Store every fan's token hash for the current key; return how many changed."""
    if not secret_key:
        return 0
    changed = 0
    for row in session.scalars(select(SubscriberRow).where(SubscriberRow.kind == "fan")):
        wanted = token_hash(manage_token(secret_key, row.id))
        if row.manage_token_hash != wanted:
            row.manage_token_hash = wanted
            changed += 1
    return changed


# --- validation (pure) ----------------------------------------------------------------------


def check_url(url: str) -> str | None:
    """None when apprise can send to ``url``; else a reason that shows it masked only."""
    import apprise

    import tracker.outbox  # noqa: F401  (hides URLs in apprise's own log lines)

    if "://" not in url:
        return f"{mask_url(url)}: not a notification URL (like json://host/ or mailto://...)"
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if not plugin:
        scheme = url.split("://", 1)[0]
        known = scheme.lower() in {s.lower() for s in _schemes()}
        why = "its details are incomplete or wrong" if known else f"unknown service {scheme!r}"
        return f"{mask_url(url)}: apprise cannot use this URL ({why})"
    return None


def _schemes() -> set[str]:
    import apprise

    schemes: set[str] = set()
    for entry in apprise.Apprise().details().get("schemas", []):
        for key in ("protocols", "secure_protocols"):
            values = entry.get(key) or ()
            schemes.update([values] if isinstance(values, str) else values)
    return schemes


def parse_remind_days(text: str) -> list[int]:
    """ "1,0" → [1, 0]: days before a release day to remind (0 is the day itself)."""
    days: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit() or int(part) > MAX_REMIND_DAYS:
            raise SubscriptionError(
                f"--remind-days {text!r}: write days before the release as whole numbers "
                f"0-{MAX_REMIND_DAYS}, like 1,0 (0 is the day itself)"
            )
        if int(part) not in days:
            days.append(int(part))
    return sorted(days, reverse=True)


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SubscriptionError(
            f"unknown time zone {name!r}; write an IANA name like Europe/Paris or UTC"
        ) from None
    return name


# --- subscribe / unsubscribe ----------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """What ``tracker subscribe`` asks for."""

    productions: Sequence[str]
    urls: Sequence[str]
    milestones: Sequence[str] | None = None  # None: every kind
    name: str | None = None
    digest: str | None = None  # None: instant for a new fan, unchanged for a known one
    timezone: str | None = None
    remind_days: Sequence[int] | None = None  # None: the default (1, 0)


@dataclass
class Outcome:
    subscriber_id: int
    name: str
    created: bool
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    new_urls: int = 0


def validate(request: Request, known_productions: Iterable[str]) -> None:
    """Every reason the request cannot be done, in one error."""
    known = set(known_productions)
    problems: list[str] = []
    if not request.productions:
        problems.append("name at least one production")
    unknown = [p for p in request.productions if p not in known]
    if unknown:
        problems.append(
            f"unknown production {', '.join(map(repr, unknown))}; "
            f"known: {', '.join(sorted(known)) or 'none (the watchlist lists none)'}"
        )
    if request.milestones is not None:
        bad = [m for m in request.milestones if m not in MILESTONE_KINDS]
        if bad:
            problems.append(
                f"unknown milestone {', '.join(map(repr, bad))}; "
                f"choose from {', '.join(MILESTONE_KINDS)}"
            )
    from tracker.web.urlguard import refusal  # the same rules as the web's sign-ups

    for url in request.urls:
        reason = check_url(url) or refusal(url)
        if reason:
            problems.append(reason)
    if request.digest is not None and request.digest not in DIGESTS:
        problems.append(f"--digest must be one of {', '.join(DIGESTS)}")
    if request.timezone is not None:
        try:
            check_timezone(request.timezone)
        except SubscriptionError as exc:
            problems.append(str(exc))
    if problems:
        raise SubscriptionError("; ".join(problems))


def _find(session: Session, who: str) -> SubscriberRow | None:
    if who.isdigit():
        row = session.get(SubscriberRow, int(who))
        if row is not None:
            return row
    return session.scalars(
        select(SubscriberRow).where(SubscriberRow.name == who).order_by(SubscriberRow.id)
    ).first()


def subscribe(
    session: Session,
    request: Request,
    known_productions: Iterable[str],
    now: datetime,
    secret_key: str = "",
) -> Outcome:
    """Create the fan (or extend the one with that name) and its subscriptions.

    Only events detected from now on are sent: a subscription never replays history.
    """
    validate(request, known_productions)
    row = _find(session, request.name) if request.name else None
    if row is not None and row.kind != "fan":
        raise SubscriptionError(
            f"{request.name!r} is a channel of the watchlist: change it in the watchlist"
        )
    if row is None and not request.urls:
        raise SubscriptionError("a new subscriber needs at least one --notify URL")
    created = row is None
    if row is None:
        row = SubscriberRow(
            name=request.name or "",
            kind="fan",
            admin=False,
            created_at=now,
            digest=request.digest or "instant",
            timezone=request.timezone or "UTC",
        )
        session.add(row)
        session.flush()
        if not row.name:
            row.name = f"fan-{row.id}"
    else:
        if request.digest is not None:
            row.digest = request.digest
        if request.timezone is not None:
            row.timezone = request.timezone
    if secret_key:
        row.manage_token_hash = token_hash(manage_token(secret_key, row.id))
    outcome = Outcome(row.id, row.name, created)
    have = {t.url: t for t in row.targets}
    for url in dict.fromkeys(request.urls):
        if url in have:
            have[url].active = True
        else:
            row.targets.append(TargetRow(url=url, active=True))
            outcome.new_urls += 1
    kinds = None if request.milestones is None else sorted(set(request.milestones))
    if kinds is not None and len(kinds) == len(MILESTONE_KINDS):
        kinds = None
    remind = None if request.remind_days is None else list(request.remind_days)
    by_production = {s.production_id: s for s in row.subscriptions}
    for pid in dict.fromkeys(request.productions):
        sub = by_production.get(pid)
        if sub is None:
            row.subscriptions.append(
                SubscriptionRow(
                    production_id=pid, milestones=kinds, remind_days=remind, created_at=now
                )
            )
            outcome.added.append(pid)
        else:
            sub.milestones = kinds
            if request.remind_days is not None:
                sub.remind_days = remind
            outcome.updated.append(pid)
    session.flush()
    return outcome


@dataclass
class Removal:
    name: str
    forgotten: bool  # the whole subscriber is gone
    productions: list[str]
    cancelled: int  # deliveries not yet sent that will not be


def unsubscribe(session: Session, who: str, productions: Sequence[str] | None = None) -> Removal:
    """Stop some productions (or all: forget the fan and its URLs entirely)."""
    row = _find(session, who)
    if row is None:
        raise SubscriptionError(f"no subscriber {who!r}; `tracker subscribers` lists them")
    if row.kind != "fan":
        raise SubscriptionError(
            f"{row.name!r} is a channel of the watchlist: remove it from the watchlist"
        )
    if not productions:
        gone = [s.production_id for s in row.subscriptions]
        count = len(
            session.scalars(
                select(DeliveryRow.id)
                .join(TargetRow, TargetRow.id == DeliveryRow.target_id)
                .where(
                    TargetRow.subscriber_id == row.id, DeliveryRow.state.in_(("pending", "held"))
                )
            ).all()
        )
        session.delete(row)  # targets, subscriptions and deliveries go with it
        session.flush()
        return Removal(row.name, True, gone, count)
    following = {s.production_id: s for s in row.subscriptions}
    missing = [p for p in productions if p not in following]
    if missing:
        raise SubscriptionError(
            f"{row.name!r} does not follow {', '.join(map(repr, missing))}; "
            f"it follows: {', '.join(sorted(following)) or 'nothing'}"
        )
    for pid in productions:
        row.subscriptions.remove(following[pid])
    target_ids = [t.id for t in row.targets]
    event_ids = select(EventRow.id).where(EventRow.production_id.in_(productions))
    result = session.execute(
        update(DeliveryRow)
        .where(
            DeliveryRow.target_id.in_(target_ids),
            DeliveryRow.state.in_(("pending", "held")),
            DeliveryRow.event_id.in_(event_ids),
        )
        .values(state="cancelled", sending_until=None)
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return Removal(row.name, False, list(productions), int(getattr(result, "rowcount", 0) or 0))


def listing(session: Session) -> list[dict[str, Any]]:
    """Every subscriber with its URLs masked (``tracker subscribers``)."""
    rows = session.scalars(
        select(SubscriberRow)
        .options(selectinload(SubscriberRow.targets), selectinload(SubscriberRow.subscriptions))
        .order_by(SubscriberRow.id)
    ).all()
    out = []
    for row in rows:
        out.append(
            {
                "id": row.id,
                "name": row.name,
                "kind": row.kind,
                "admin": row.admin,
                "digest": row.digest,
                "timezone": row.timezone,
                "targets": [
                    {"url": mask_url(t.url), "active": t.active}
                    for t in sorted(row.targets, key=lambda t: t.id)
                ],
                "subscriptions": [
                    {
                        "production": s.production_id,
                        "milestones": s.milestones or "all",
                        "remind_days": list(
                            DEFAULT_REMIND_DAYS if s.remind_days is None else s.remind_days
                        ),
                    }
                    for s in sorted(row.subscriptions, key=lambda s: s.production_id)
                ],
                "created_at": row.created_at.isoformat(),
            }
        )
    return out
