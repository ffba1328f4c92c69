"""The delivery outbox: rows written with their event, sent by apprise, retried on a ladder.

A delivery row is written in the transaction that creates what it tells (an event, an
admin notice, a reminder, a digest), so nothing is owed that is not recorded. Sending:

1. **Claim.** One statement leases a batch of due rows (``sending_until`` = now + lease,
   ``lease_token`` = this batch). Another process, or this one restarted after a crash,
   skips leased rows until the lease ends.
2. **Send** with apprise, ``concurrency`` at a time (a thread pool).
3. **Record** each result as soon as it is in (results arriving together share one
   commit): ``sent``, or a retry after 1 min, 5 min, 15 min, 1 h, then every 6 h, until
   ``give_up`` after the delivery was created; then it is ``failed`` for good, shown by
   ``tracker deliveries``, and admin channels get a notice (never for a notice's own
   delivery, so a broken admin target cannot loop).

A process killed between 2 and 3 sends those in-flight messages again once their lease
ends, and no other. Event deliveries to digest subscribers are written ``held``; the
digest job bundles them into one digest delivery (see :mod:`tracker.digests`).
"""

from __future__ import annotations

import collections
import logging
import queue
import re
import secrets as secrets_mod
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session, joinedload, sessionmaker

from tracker.domain import FuzzyDate
from tracker.messages import (
    BODY_FORMATS,
    BodyFormat,
    DigestView,
    EventView,
    Links,
    ReminderView,
    headline,
    manage_url,
    render,
    render_digest,
    render_reminder,
    title_url,
)
from tracker.secrets import mask_url, redact
from tracker.store import (
    DeliveryRow,
    EventRow,
    NoticeRow,
    SubscriberRow,
    SubscriptionRow,
    TargetRow,
)

if TYPE_CHECKING:
    from tracker.app import App

log = logging.getLogger(__name__)

RETRY_LADDER: tuple[timedelta, ...] = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=6),
)
DEFAULT_LEASE = timedelta(minutes=5)
DEFAULT_CONCURRENCY = 8


class _RedactApprise(logging.Filter):
    """apprise logs a URL it cannot load whole ("Unparseable URL discord://TOKEN"): hide it.

    Masking here must not call apprise (its own logging would come back here), so every
    URL-looking word is cut to its scheme.
    """

    _url = re.compile(r"\b([a-z][a-z0-9+.-]*)://\S+", re.IGNORECASE)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "://" in message:
            record.msg, record.args = self._url.sub(r"\1://***", message), ()
        return True


if not any(isinstance(f, _RedactApprise) for f in logging.getLogger("apprise").filters):
    logging.getLogger("apprise").addFilter(_RedactApprise())


def retry_delay(attempts: int) -> timedelta:
    """Wait after the ``attempts``-th failed try (1-based): the ladder, then its last step."""
    return RETRY_LADDER[min(max(attempts, 1), len(RETRY_LADDER)) - 1]


# --- writing deliveries -------------------------------------------------------------------


def enqueue(session: Session, event: EventRow, now: datetime) -> int:
    """Write one delivery per active target subscribed to this event; return the count.

    Each target gets the event once, even when several subscriptions lead to it. A
    target of a digest subscriber gets a ``held`` row that waits for its digest.
    """
    rows = session.execute(
        select(TargetRow.id, SubscriptionRow.milestones, SubscriberRow.digest)
        .join(SubscriberRow, SubscriberRow.id == TargetRow.subscriber_id)
        .join(SubscriptionRow, SubscriptionRow.subscriber_id == SubscriberRow.id)
        .where(SubscriptionRow.production_id == event.production_id, TargetRow.active.is_(True))
    ).all()
    targets: dict[int, str] = {}
    for tid, kinds, digest in rows:
        if kinds is None or event.milestone in kinds:
            targets[tid] = "pending" if digest in (None, "instant") else "held"
    for tid in sorted(targets):
        session.add(
            DeliveryRow(
                event_id=event.id,
                target_id=tid,
                state=targets[tid],
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
    return len(targets)


def admin_target_ids(session: Session) -> Sequence[int]:
    return session.scalars(
        select(TargetRow.id)
        .join(SubscriberRow, SubscriberRow.id == TargetRow.subscriber_id)
        .where(SubscriberRow.admin.is_(True), TargetRow.active.is_(True))
        .order_by(TargetRow.id)
    ).all()


def enqueue_notice(session: Session, kind: str, subject: str, body: str, now: datetime) -> int:
    """Tell every admin channel something that is not a milestone; return the deliveries."""
    notice = NoticeRow(kind=kind, subject=subject, body=body, created_at=now)
    session.add(notice)
    session.flush()
    target_ids = admin_target_ids(session)
    for tid in target_ids:
        session.add(
            DeliveryRow(
                notice_id=notice.id,
                target_id=tid,
                state="pending",
                attempts=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
    return len(target_ids)


# --- sending --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    body_format: BodyFormat = "text"


@dataclass(frozen=True)
class SendResult:
    ok: bool
    error: str | None = None


Sender = Callable[[str, Message], SendResult]


_format_param = re.compile(r"[?&]format=([a-z]+)", re.IGNORECASE)
_formats_seen: dict[tuple[str, str], BodyFormat] = {}


def service_format(url: str) -> BodyFormat:
    """The body format the service behind ``url`` renders (its ``?format=`` or default).

    It depends on the service (the scheme) and a ``format`` parameter only, so apprise is
    asked once per (scheme, format) pair: instantiating a plugin costs ~0.5 ms.
    """
    scheme = url.split("://", 1)[0].lower()
    param = _format_param.search(url)
    key = (scheme, param.group(1).lower() if param else "")
    known = _formats_seen.get(key)
    if known is None:
        known = _ask_apprise_format(url)
        if known is not None:
            _formats_seen[key] = known
    return known or "text"


def _ask_apprise_format(url: str) -> BodyFormat | None:
    import apprise

    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if not plugin:
        return None  # not cached: a bad URL says nothing about its scheme
    resolve = getattr(plugin, "resolve_format", None)
    fmt: Any = resolve(None) if resolve else plugin.notify_format
    if isinstance(fmt, tuple | list):
        fmt = fmt[0] if fmt else "text"
    value = str(getattr(fmt, "value", fmt))
    for known in BODY_FORMATS:
        if value == known:
            return known
    return "text"


def describe_failure(result: Any) -> str:
    """A readable, secret-free reason from an apprise 2.x AppriseResult."""
    reasons: list[str] = []
    for service in getattr(result, "results", ()):
        status = getattr(getattr(service, "status", None), "name", "FAILURE")
        if status == "SUCCESS":
            continue
        lines = [
            entry.message.strip()
            for entry in service.logs()
            if entry.level in ("WARNING", "ERROR", "CRITICAL") and entry.message.strip()
        ]
        detail = lines[-1] if lines else "the service refused or did not answer"
        word = "timed out" if status == "TIMEOUT" else "failed"
        reasons.append(f"{service.name} {word}: {detail}")
    if not reasons:
        status = getattr(getattr(result, "status", None), "name", "")
        reasons.append(
            "no service matched the URL" if status == "NOMATCH" else "the service did not accept it"
        )
    return redact("; ".join(reasons))[:500]


def _asset() -> Any:
    import apprise

    return apprise.AppriseAsset(http_redirects=False)  # a redirect could lead anywhere


_ASSET = _asset()


def apprise_send(url: str, message: Message) -> SendResult:
    """Send one message to one apprise URL; the error, if any, has the URL masked."""
    import apprise

    app = apprise.Apprise(asset=_ASSET)
    if not app.add(url):
        return SendResult(False, f"not a valid notification URL: {mask_url(url)}")
    result = app.notify(body=message.body, title=message.title, body_format=message.body_format)
    if result:
        return SendResult(True)
    if isinstance(result, bool):  # apprise 1.x: no per-service result
        return SendResult(False, "the service refused or did not answer")
    return SendResult(False, describe_failure(result))


def url_policy() -> Any:
    """The admin's rules for strangers' URLs (schemes allowed, private addresses refused)."""
    from tracker.web.urlguard import UrlPolicy

    return UrlPolicy.from_env()


def _unsafe(url: str, policy: Any) -> str | None:
    """Why a fan's URL must not be used now (checked again at send time: DNS can change)."""
    from tracker.web.urlguard import refusal_at_send

    return refusal_at_send(url, policy)


def _safe_send(send: Sender, url: str, message: Message) -> SendResult:
    try:
        return send(url, message)
    except Exception as exc:  # a plugin bug must not lose the delivery's result
        return SendResult(False, redact(f"{type(exc).__name__}: {exc}")[:500])


# --- composing ------------------------------------------------------------------------------


def event_view(event: EventRow, title: str) -> EventView:
    return EventView(
        production=title,
        production_id=event.production_id,
        milestone=event.milestone,
        status=event.status,
        variant=event.variant,
        date=FuzzyDate.stored(event.date, event.precision),
        previous_status=event.previous_status,
        previous_date=FuzzyDate.stored(event.previous_date, event.previous_precision),
        source=event.source,
        source_title=event.source_title,
    )


@dataclass(frozen=True)
class Templates:
    """A channel's own title and body templates (None: the default)."""

    title: str | None = None
    body: str | None = None


@dataclass
class Composer:
    """Builds each delivery's message: titles, channel templates, links, body format."""

    titles: Callable[[str], str]
    channel_templates: Mapping[str, Templates] = field(default_factory=dict)
    public_url: str = ""
    secret_key: str = ""
    formats: Callable[[str], BodyFormat] = service_format

    def unsubscribe_url(self, subscriber: SubscriberRow) -> str:
        if subscriber.kind != "fan" or not self.secret_key:
            return ""
        from tracker.subscriptions import manage_token

        return manage_url(self.public_url, manage_token(self.secret_key, subscriber.id))

    def links(self, production_id: str, subscriber: SubscriberRow) -> Links:
        return Links(title_url(self.public_url, production_id), self.unsubscribe_url(subscriber))

    def compose(self, session: Session, delivery: DeliveryRow) -> Message:
        target = delivery.target
        subscriber = target.subscriber
        fmt = self.formats(target.url)
        if delivery.event is not None:
            ev = delivery.event
            own = self.channel_templates.get(subscriber.channel_name or "", Templates())
            title, body = render(
                event_view(ev, self.titles(ev.production_id)),
                own.title,
                own.body,
                body_format=fmt,
                links=self.links(ev.production_id, subscriber),
            )
            return Message(title, body, fmt)
        if delivery.reminder is not None:
            rem = delivery.reminder
            rv = ReminderView(
                self.titles(rem.production_id), rem.production_id, rem.date, rem.offset_days
            )
            title, body = render_reminder(
                rv, body_format=fmt, links=self.links(rem.production_id, subscriber)
            )
            return Message(title, body, fmt)
        if delivery.digest_id is not None:
            return self._digest(session, delivery, subscriber, fmt)
        assert delivery.notice is not None, "a delivery tells an event, notice, reminder, digest"
        return Message(delivery.notice.subject, delivery.notice.body, "text")

    def _digest(
        self, session: Session, delivery: DeliveryRow, subscriber: SubscriberRow, fmt: BodyFormat
    ) -> Message:
        events = session.scalars(
            select(EventRow)
            .join(DeliveryRow, DeliveryRow.event_id == EventRow.id)
            .where(
                DeliveryRow.in_digest_id == delivery.digest_id,
                DeliveryRow.target_id == delivery.target_id,
            )
            .order_by(EventRow.detected_at, EventRow.id)
        ).all()
        views = [event_view(e, self.titles(e.production_id)) for e in events]
        pages = {v.production_id: title_url(self.public_url, v.production_id) for v in views}
        dv = DigestView(
            frequency=subscriber.digest if subscriber.digest != "instant" else "daily",
            events=views,
            title_urls=pages,
            unsubscribe_url=self.unsubscribe_url(subscriber),
        )
        title, body = render_digest(dv, body_format=fmt)
        return Message(title, body, fmt)


def composer_for(app: App) -> Composer:
    """The composer the running app's watchlist and settings call for."""
    templates = {
        c.name: Templates(c.title_template, c.body_template)
        for c in app.config.watchlist.channels
        if c.title_template or c.body_template
    }
    return Composer(
        app.config.titles,
        templates,
        public_url=app.settings.public_url,
        secret_key=app.settings.secret_key,
    )


# --- the delivery loop ----------------------------------------------------------------------


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


@dataclass(frozen=True)
class _Claimed:
    id: int
    url: str
    message: Message | None  # None: composing failed, ``error`` says why
    error: str | None = None
    token: str = ""
    start_by: float = 0.0  # time.monotonic() after which it is not started: handed back
    fan: bool = False  # a stranger's URL: checked by the SSRF guard right before sending


def _claim(
    factory: sessionmaker[Session],
    at: datetime,
    limit: int,
    lease: timedelta,
    composer: Composer,
) -> list[_Claimed]:
    """Lease up to ``limit`` due deliveries and build their messages, in one transaction."""
    token = secrets_mod.token_hex(16)
    start_by = time.monotonic() + lease.total_seconds() / 2
    due_now = (
        DeliveryRow.state == "pending",
        DeliveryRow.next_attempt_at <= at,
        or_(DeliveryRow.sending_until.is_(None), DeliveryRow.sending_until <= at),
    )
    out: list[_Claimed] = []
    with factory() as session, session.begin():
        due = (
            select(DeliveryRow.id)
            .where(*due_now)
            .order_by(DeliveryRow.next_attempt_at, DeliveryRow.id)
            .limit(limit)
        )
        if session.get_bind().dialect.name == "postgresql":
            due = due.with_for_update(skip_locked=True)
        # The write comes first, so SQLite takes its write lock (waiting if busy) before
        # reading, and the conditions are checked again on every row it updates.
        session.execute(
            update(DeliveryRow)
            .where(DeliveryRow.id.in_(due.scalar_subquery()), *due_now)
            .values(sending_until=at + lease, lease_token=token)
            .execution_options(synchronize_session=False)
        )
        rows = session.scalars(
            select(DeliveryRow)
            .where(DeliveryRow.lease_token == token, DeliveryRow.state == "pending")
            .options(
                joinedload(DeliveryRow.target).joinedload(TargetRow.subscriber),
                joinedload(DeliveryRow.event),
                joinedload(DeliveryRow.notice),
                joinedload(DeliveryRow.reminder),
            )
            .order_by(DeliveryRow.next_attempt_at, DeliveryRow.id)
        ).all()
        for row in rows:
            try:
                message, error = composer.compose(session, row), None
            except Exception as exc:
                message = None
                error = redact(f"cannot compose the message: {type(exc).__name__}: {exc}")[:500]
            fan = row.target.subscriber.kind == "fan"
            out.append(_Claimed(row.id, row.target.url, message, error, token, start_by, fan))
    return out


def _what(delivery: DeliveryRow, titles: Callable[[str], str]) -> str:
    if delivery.event is not None:
        ev = delivery.event
        return f"{titles(ev.production_id)}: {headline(event_view(ev, ''))}"
    if delivery.reminder is not None:
        return f"reminder for {titles(delivery.reminder.production_id)}"
    if delivery.digest_id is not None:
        return "a digest"
    return "a notice"


def _hand_back(factory: sessionmaker[Session], claimed: Sequence[_Claimed]) -> None:
    """End the lease of rows this process will not start in time (others may take them)."""
    with factory() as session, session.begin():
        session.connection().execute(
            update(DeliveryRow.__table__)  # type: ignore[arg-type]
            .where(
                DeliveryRow.__table__.c.id == bindparam("delivery_id"),
                DeliveryRow.__table__.c.lease_token == bindparam("token"),
                DeliveryRow.__table__.c.state == "pending",
            )
            .values(sending_until=None, lease_token=None),
            [{"delivery_id": c.id, "token": c.token} for c in claimed],
        )


def _record(
    factory: sessionmaker[Session],
    results: Sequence[tuple[_Claimed, SendResult]],
    at: datetime,
    give_up: timedelta,
    titles: Callable[[str], str],
    report: DeliveryReport,
) -> None:
    """Store a batch of results in one transaction.

    Successes (nearly all of them) are one executemany UPDATE; failures go through the
    ORM, since they need the retry ladder, the give-up rule and the admin notice.
    """
    ok_ids = [c.id for c, r in results if r.ok]
    failed = {c.id: (c, r) for c, r in results if not r.ok}
    with factory() as session, session.begin():
        if ok_ids:
            done = session.connection().execute(
                update(DeliveryRow.__table__)  # type: ignore[arg-type]
                .where(
                    DeliveryRow.__table__.c.id == bindparam("delivery_id"),
                    DeliveryRow.__table__.c.state == "pending",
                )
                .values(
                    state="sent",
                    sent_at=at,
                    last_error=None,
                    attempts=DeliveryRow.__table__.c.attempts + 1,
                    sending_until=None,
                    lease_token=None,
                ),
                [{"delivery_id": i} for i in ok_ids],
            )
            # Not pending any more: recorded meanwhile by a process that took over an
            # expired lease; it counted it.
            report.sent += max(int(done.rowcount), 0) if done.rowcount >= 0 else len(ok_ids)
        if not failed:
            return
        rows = session.scalars(
            select(DeliveryRow)
            .where(DeliveryRow.id.in_(failed))
            .options(joinedload(DeliveryRow.target).joinedload(TargetRow.subscriber))
        ).all()
        for delivery in rows:
            claimed, result = failed[delivery.id]
            if delivery.state != "pending":
                continue  # recorded meanwhile by a process that took over an expired lease
            delivery.attempts += 1
            delivery.sending_until, delivery.lease_token = None, None
            delivery.last_error = result.error
            masked = mask_url(claimed.url)
            if at - delivery.created_at >= give_up:
                delivery.state = "failed"
                report.failed += 1
                log.warning(
                    "delivery %s to %s failed for good: %s", delivery.id, masked, result.error
                )
                if delivery.notice_id is None:  # never a notice about a notice: no loops
                    who = delivery.target.subscriber.name
                    enqueue_notice(
                        session,
                        "delivery_failed",
                        f"Delivery failed: {who} ({masked})",
                        f"Gave up on delivery #{delivery.id} ({_what(delivery, titles)}) to "
                        f"{who} at {masked} after {delivery.attempts} tries since "
                        f"{delivery.created_at.isoformat(timespec='minutes')}.\n"
                        f"Last error: {result.error}",
                        at,
                    )
            else:
                delivery.next_attempt_at = at + retry_delay(delivery.attempts)
                report.retrying += 1
                log.info(
                    "delivery %s to %s failed (try %s), next at %s: %s",
                    delivery.id,
                    masked,
                    delivery.attempts,
                    delivery.next_attempt_at.isoformat(timespec="seconds"),
                    result.error,
                )


#: Results that arrive this close together share one commit.
GROUP_COMMIT_WINDOW = 0.01
GROUP_COMMIT_MAX = 256


def deliver_due(
    factory: sessionmaker[Session],
    now: Callable[[], datetime],
    titles: Callable[[str], str],
    *,
    give_up: timedelta,
    send: Sender = apprise_send,
    limit: int = 500,
    concurrency: int = DEFAULT_CONCURRENCY,
    lease: timedelta = DEFAULT_LEASE,
    composer: Composer | None = None,
    stopping: threading.Event | None = None,
) -> DeliveryReport:
    """Send every due delivery (``concurrency`` at once) and record each result.

    When ``stopping`` is set (SIGTERM), the sends under way finish and are recorded, and
    every claimed row not yet started is handed back at once for the next process.

    Due rows are claimed a few per worker at a time (at most ``limit``); the next batch is
    claimed while the previous one is still being sent, so the pool never runs dry.
    Messages to one target go one after the other, oldest first (a per-target mailbox).
    A claimed row not started within half its lease is handed back unsent, so that a row
    is never sent by two live processes.
    """
    composer = composer or Composer(titles)
    report = DeliveryReport()
    policy = url_policy()
    done: queue.SimpleQueue[tuple[_Claimed, SendResult | None]] = queue.SimpleQueue()
    mailboxes: dict[str, collections.deque[_Claimed]] = {}
    lock = threading.Lock()

    def work(url: str) -> None:
        while True:
            with lock:
                box = mailboxes[url]
                if not box:
                    del mailboxes[url]
                    return
                claimed = box.popleft()
            if time.monotonic() > claimed.start_by or (stopping and stopping.is_set()):
                done.put((claimed, None))  # late, or stopping: hand it back unsent
            elif claimed.message is None:
                done.put((claimed, SendResult(False, claimed.error)))
            elif claimed.fan and (unsafe := _unsafe(claimed.url, policy)):
                done.put((claimed, SendResult(False, unsafe)))
            else:
                done.put((claimed, _safe_send(send, claimed.url, claimed.message)))

    outstanding = 0
    more = True
    # Small claims: a claimed row should start well within its lease.
    size = max(1, min(limit, max(concurrency, 1) * 8))
    with ThreadPoolExecutor(max(concurrency, 1), thread_name_prefix="deliver") as pool:
        while True:
            if stopping is not None and stopping.is_set():
                more = False
            if more and outstanding <= size // 2:
                batch = _claim(factory, now(), size, lease, composer)
                more = len(batch) == size
                outstanding += len(batch)
                for claimed in batch:
                    with lock:
                        box = mailboxes.get(claimed.url)
                        if box is None:
                            box = mailboxes[claimed.url] = collections.deque()
                            pool.submit(work, claimed.url)
                        box.append(claimed)
            if outstanding == 0:
                if not more:
                    return report
                continue
            results = [done.get()]
            deadline = time.monotonic() + GROUP_COMMIT_WINDOW
            while len(results) < min(outstanding, GROUP_COMMIT_MAX):
                wait = deadline - time.monotonic()
                if wait <= 0:
                    break
                try:
                    results.append(done.get(timeout=wait))
                except queue.Empty:
                    break
            handed_back = [c for c, r in results if r is None]
            if handed_back:
                _hand_back(factory, handed_back)
                more = False  # they are due again: leave them to the next run
            sent = [(c, r) for c, r in results if r is not None]
            if sent:
                _record(factory, sent, now(), give_up, composer.titles, report)
            outstanding -= len(results)


def deliver_app(app: App, send: Sender = apprise_send) -> DeliveryReport:
    """One delivery run with the app's settings and watchlist (the job and ``check``)."""
    from tracker.app import utcnow

    settings = app.settings
    return deliver_due(
        app.factory,
        utcnow,
        app.config.titles,
        give_up=settings.delivery_give_up,
        send=send,
        concurrency=settings.delivery_concurrency,
        lease=settings.delivery_lease,
        composer=composer_for(app),
        stopping=app.stopping,
    )
