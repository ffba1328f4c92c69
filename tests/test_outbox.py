"""The outbox: deliveries written with events, sent with real apprise, retried on a ladder."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.servers import JsonSink, SmtpSink, refused_url
from tracker.db import open_database, transaction
from tracker.outbox import RETRY_LADDER, apprise_send, deliver_due, enqueue, retry_delay
from tracker.store import DeliveryRow, EventRow, SubscriberRow, SubscriptionRow, TargetRow

T0 = datetime(2026, 7, 1, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def subscriber(
    session: Session, name: str, urls: list[str], subs: dict[str, list[str] | None]
) -> None:
    row = SubscriberRow(name=name, kind="fan", created_at=T0)
    row.targets = [TargetRow(url=u, active=True) for u in urls]
    row.subscriptions = [
        SubscriptionRow(production_id=p, milestones=m, created_at=T0) for p, m in subs.items()
    ]
    session.add(row)


def event(
    session: Session, milestone: str = "release_date", production: str = "good-sex"
) -> EventRow:
    ev = EventRow(
        production_id=production,
        milestone=milestone,
        status="announced",
        date=date(2026, 10, 2),
        precision="day",
        previous_status="announced",
        previous_date=date(2026, 9, 18),
        previous_precision="day",
        source="https://news.invalid/moved",
        source_title="Good Sex moves to October",
        detected_at=T0,
    )
    session.add(ev)
    session.flush()
    return ev


def setup(url: str, tmp_url: str) -> sessionmaker[Session]:
    factory = open_database(tmp_url)
    with transaction(factory) as s:
        subscriber(s, "fan", [url], {"good-sex": None})
    return factory


def deliveries(factory: sessionmaker[Session]) -> list[DeliveryRow]:
    with factory() as s:
        return list(s.scalars(select(DeliveryRow).order_by(DeliveryRow.id)))


def test_each_target_gets_an_event_once_even_through_several_subscriptions(
    database_url: str,
) -> None:
    factory = open_database(database_url)
    with transaction(factory) as s:
        subscriber(s, "a", ["json://127.0.0.1:1/a", "json://127.0.0.1:1/b"], {"good-sex": None})
        subscriber(s, "trailers-only", ["json://127.0.0.1:1/c"], {"good-sex": ["trailer"]})
        subscriber(s, "other", ["json://127.0.0.1:1/d"], {"other-film": None})
        channel = SubscriberRow(name="team", kind="channel", channel_name="team", created_at=T0)
        channel.targets = [TargetRow(url="json://127.0.0.1:1/e", active=False)]
        channel.subscriptions = [
            SubscriptionRow(production_id="good-sex", milestones=None, created_at=T0)
        ]
        s.add(channel)
        s.flush()
        assert enqueue(s, event(s), T0) == 2  # a and b; not c (kind), d (title), e (inactive)
        assert enqueue(s, event(s, "trailer"), T0) == 3


def test_sent_once_to_a_real_json_sink(database_url: str, json_sink: JsonSink) -> None:
    factory = setup(json_sink.apprise_url, database_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    report = deliver_due(factory, Clock(T0), lambda pid: "Good Sex", give_up=timedelta(hours=24))
    assert report.sent == 1
    assert json_sink.wait_for(1)
    message = json_sink.received[0].json
    assert message["title"] == "Good Sex: Release date moved: Sep 18 → Oct 2, 2026"
    assert "https://news.invalid/moved" in message["message"]
    again = deliver_due(
        factory, Clock(T0 + timedelta(hours=1)), lambda pid: "Good Sex", give_up=timedelta(hours=24)
    )
    assert again.sent == 0 and len(json_sink.received) == 1
    [row] = deliveries(factory)
    assert row.state == "sent" and row.attempts == 1 and row.sent_at == T0


def test_email_to_a_real_smtp_server(database_url: str, smtp_sink: SmtpSink) -> None:
    factory = setup(smtp_sink.apprise_url, database_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    assert (
        deliver_due(factory, Clock(T0), lambda pid: "Good Sex", give_up=timedelta(hours=1)).sent
        == 1
    )
    assert smtp_sink.wait_for(1)
    assert smtp_sink.received[0].subject == "Good Sex: Release date moved: Sep 18 → Oct 2, 2026"
    assert "Source: Good Sex moves to October" in smtp_sink.received[0].text()


def test_a_failing_sink_gets_the_message_after_it_recovers(
    database_url: str, json_sink: JsonSink
) -> None:
    factory = setup(json_sink.apprise_url, database_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    json_sink.fail_next(2, status=500)
    clock = Clock(T0)
    titles = lambda pid: "Good Sex"  # noqa: E731
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=24)).retrying == 1
    [row] = deliveries(factory)
    assert row.state == "pending" and row.next_attempt_at == T0 + RETRY_LADDER[0]
    assert row.last_error and "500" in row.last_error
    clock.at = T0 + timedelta(seconds=30)  # not due yet
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=24)).retrying == 0
    clock.at = T0 + timedelta(minutes=1)
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=24)).retrying == 1
    [row] = deliveries(factory)
    assert row.next_attempt_at == clock.at + RETRY_LADDER[1]
    clock.at = row.next_attempt_at
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=24)).sent == 1
    assert len(json_sink.received) == 1 and len(json_sink.requests) == 3


def test_gives_up_after_the_configured_time_and_says_so(database_url: str) -> None:
    url = refused_url().replace("http://", "json://")
    factory = setup(url, database_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    clock = Clock(T0)
    titles = lambda pid: "Good Sex"  # noqa: E731
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=2)).retrying == 1
    clock.at = T0 + timedelta(hours=3)
    assert deliver_due(factory, clock, titles, give_up=timedelta(hours=2)).failed == 1
    [row] = deliveries(factory)
    assert row.state == "failed" and row.attempts == 2 and row.last_error


def test_invalid_url_is_a_readable_error_without_the_secret(database_url: str) -> None:
    factory = setup("nosuchservice://SECRET-TOKEN-123", database_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    deliver_due(factory, Clock(T0), lambda pid: "X", give_up=timedelta(hours=1))
    [row] = deliveries(factory)
    assert row.last_error and "nosuchservice:// notifications are not allowed" in row.last_error
    assert "SECRET-TOKEN-123" not in row.last_error


def test_a_fans_private_address_is_refused_at_send_time(
    database_url: str, json_sink: JsonSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = setup(json_sink.apprise_url, database_url)  # accepted when it was given
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    monkeypatch.setenv("TRACKER_ALLOW_PRIVATE_TARGETS", "false")  # the admin tightens
    report = deliver_due(factory, Clock(T0), lambda pid: "X", give_up=timedelta(hours=1))
    assert report.sent == 0 and json_sink.requests == []
    [row] = deliveries(factory)
    assert row.last_error and "loopback" in row.last_error


def test_retry_ladder() -> None:
    assert [retry_delay(n) for n in range(1, 8)] == [
        timedelta(minutes=1),
        timedelta(minutes=5),
        timedelta(minutes=15),
        timedelta(hours=1),
        timedelta(hours=6),
        timedelta(hours=6),
        timedelta(hours=6),
    ]


# --- leases, concurrency, admin notices, formats, recovery ---------------------------------

import contextlib  # noqa: E402
import threading  # noqa: E402
from http.server import ThreadingHTTPServer  # noqa: E402

from tests import servers  # noqa: E402
from tracker.outbox import (  # noqa: E402
    Composer,
    Message,
    SendResult,
    Templates,
    describe_failure,
    service_format,
)
from tracker.store import NoticeRow  # noqa: E402

TITLES = lambda pid: "Good Sex"  # noqa: E731
DAY = timedelta(hours=24)


class _FixedPortServer(servers._Server):
    def __init__(self, handler: type, owner: servers._HttpBase, port: int) -> None:
        self.owner = owner
        ThreadingHTTPServer.__init__(self, (servers.HOST, port), handler)


class RevivingSink(servers.JsonSink):
    """A JsonSink that can come back on the port it had (refused while it is down)."""

    def start_on(self, port: int) -> RevivingSink:
        self._stopping.clear()
        self._httpd = _FixedPortServer(self._handler, self, port)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self


def admin_channel(session: Session, url: str) -> None:
    row = SubscriberRow(name="ops", kind="channel", channel_name="ops", admin=True, created_at=T0)
    row.targets = [TargetRow(url=url, active=True)]
    session.add(row)


def test_a_refused_sink_gets_the_message_after_it_comes_back(database_url: str) -> None:
    sink = RevivingSink().start()
    port = sink.port
    sink.stop()
    factory = setup(f"json://127.0.0.1:{port}/", database_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    clock = Clock(T0)
    assert deliver_due(factory, clock, TITLES, give_up=DAY).retrying == 1
    [row] = deliveries(factory)
    assert row.last_error and "JSON failed" in row.last_error and "onnection" in row.last_error
    sink.start_on(port)
    try:
        clock.at = row.next_attempt_at
        assert deliver_due(factory, clock, TITLES, give_up=DAY).sent == 1
        assert sink.wait_for(1) and sink.received[0].json["title"].startswith("Good Sex: ")
    finally:
        sink.stop()


def test_a_sink_that_times_out_gets_the_message_once_it_answers_in_time(
    database_url: str, json_sink: JsonSink
) -> None:
    factory = setup(json_sink.apprise_url + "?rto=0.3", database_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    json_sink.set_delay(1.5)
    clock = Clock(T0)
    assert deliver_due(factory, clock, TITLES, give_up=DAY).retrying == 1
    [row] = deliveries(factory)
    assert row.state == "pending" and row.last_error
    json_sink.set_delay(0.05)  # slow, but in time
    clock.at = row.next_attempt_at
    assert deliver_due(factory, clock, TITLES, give_up=DAY).sent == 1
    [row] = deliveries(factory)
    assert row.state == "sent" and row.attempts == 2


def test_a_leased_delivery_is_left_alone_until_its_lease_ends(database_url: str) -> None:
    factory = setup("json://127.0.0.1:1/", database_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
    sent: list[str] = []
    gate = threading.Event()
    release = threading.Event()

    def slow_send(url: str, message: Message) -> SendResult:
        sent.append(url)
        gate.set()
        release.wait(5)
        return SendResult(True)

    lease = timedelta(minutes=5)
    first = threading.Thread(
        target=deliver_due,
        args=(factory, Clock(T0), TITLES),
        kwargs={"give_up": DAY, "send": slow_send, "lease": lease},
    )
    first.start()
    assert gate.wait(5)
    [row] = deliveries(factory)
    assert row.sending_until == T0 + lease and row.lease_token
    # A second process (or a restarted one) skips it while the lease holds ...
    other = deliver_due(
        factory, Clock(T0 + timedelta(minutes=1)), TITLES, give_up=DAY, send=slow_send
    )
    assert other.sent == 0 and len(sent) == 1
    release.set()
    first.join(5)
    [row] = deliveries(factory)
    assert row.state == "sent" and row.sending_until is None and row.lease_token is None


def test_an_expired_lease_is_taken_over(database_url: str) -> None:
    """What a process killed mid-send leaves: the row is sent again once the lease ends."""
    factory = setup("json://127.0.0.1:1/", database_url)
    with transaction(factory) as s:
        enqueue(s, event(s), T0)
        s.flush()
        for d in s.scalars(select(DeliveryRow)):
            d.sending_until, d.lease_token = T0 + timedelta(minutes=5), "dead-process"
    ok = lambda url, m: SendResult(True)  # noqa: E731
    assert (
        deliver_due(factory, Clock(T0 + timedelta(minutes=4)), TITLES, give_up=DAY, send=ok).sent
        == 0
    )
    assert (
        deliver_due(factory, Clock(T0 + timedelta(minutes=5)), TITLES, give_up=DAY, send=ok).sent
        == 1
    )


def test_many_targets_are_sent_concurrently_and_each_target_in_order(database_url: str) -> None:
    factory = open_database(database_url)
    with transaction(factory) as s:
        for i in range(20):
            subscriber(s, f"fan{i}", [f"json://127.0.0.1:1/{i}"], {"good-sex": None})
        s.flush()
        for _ in range(3):
            enqueue(s, event(s), T0)
    lock = threading.Lock()
    active, peak = 0, 0
    order: dict[str, list[int]] = {}
    both = threading.Barrier(2, timeout=5)

    def send(url: str, message: Message) -> SendResult:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
            order.setdefault(url, []).append(len(order.get(url, [])))
        with contextlib.suppress(threading.BrokenBarrierError):
            both.wait()  # proves two sends overlap (a serial loop would break the barrier)
        with lock:
            active -= 1
        return SendResult(True)

    report = deliver_due(factory, Clock(T0), TITLES, give_up=DAY, send=send, concurrency=4)
    assert report.sent == 60 and 2 <= peak <= 4
    ids: dict[int, list[int]] = {}
    for d in deliveries(factory):
        ids.setdefault(d.target_id, []).append(d.event_id or 0)
    assert all(v == sorted(v) for v in ids.values())


def test_a_delivery_given_up_tells_admins_once_and_a_failed_notice_tells_nobody(
    database_url: str, json_sink: JsonSink
) -> None:
    dead = refused_url().replace("http://", "json://")
    factory = setup(dead, database_url)
    with transaction(factory) as s:
        admin_channel(s, dead.rstrip("/") + "/admin-secret")  # the admin target is broken too
        s.flush()
        enqueue(s, event(s), T0)
    clock = Clock(T0)
    give_up = timedelta(hours=2)
    deliver_due(factory, clock, TITLES, give_up=give_up)
    clock.at = T0 + timedelta(hours=3)
    report = deliver_due(factory, clock, TITLES, give_up=give_up)
    # the fan's delivery failed for good → one notice → its delivery fails (retrying) ...
    assert report.failed == 1
    with factory() as s:
        notices = s.scalars(select(NoticeRow)).all()
    assert [n.kind for n in notices] == ["delivery_failed"]
    assert "Good Sex: Release date moved" in notices[0].body
    assert "json://127.0.0.1" in notices[0].subject and "fan" in notices[0].subject
    # ... and when the notice's own delivery fails for good, nobody is told (no loop).
    clock.at = T0 + timedelta(hours=6)
    assert deliver_due(factory, clock, TITLES, give_up=give_up).failed == 1
    clock.at = T0 + timedelta(hours=12)
    deliver_due(factory, clock, TITLES, give_up=give_up)
    with factory() as s:
        assert len(s.scalars(select(NoticeRow)).all()) == 1
        assert {d.state for d in s.scalars(select(DeliveryRow))} == {"failed"}
        assert all(
            "admin-secret" not in (d.last_error or "") for d in s.scalars(select(DeliveryRow))
        )


def test_admins_get_the_failure_notice_at_a_working_target(
    database_url: str, json_sink: JsonSink
) -> None:
    factory = setup("json://127.0.0.1:1/fan-secret", database_url)
    with transaction(factory) as s:
        admin_channel(s, json_sink.apprise_url)
        s.flush()
        enqueue(s, event(s), T0)
    deliver_due(factory, Clock(T0 + timedelta(hours=2)), TITLES, give_up=timedelta(hours=1))
    deliver_due(factory, Clock(T0 + timedelta(hours=2)), TITLES, give_up=timedelta(hours=1))
    assert json_sink.wait_for(1)
    [msg] = json_sink.received
    assert msg.json["title"].startswith("Delivery failed: fan (json://127.0.0.1:1/")
    assert "fan-secret" not in msg.json["title"] + msg.json["message"]
    assert "Last error: JSON failed" in msg.json["message"]


def test_body_format_follows_the_service(
    database_url: str, json_sink: JsonSink, smtp_sink: SmtpSink
) -> None:
    assert service_format(json_sink.apprise_url) == "text"
    assert service_format(smtp_sink.apprise_url) == "html"
    assert service_format(json_sink.apprise_url + "?format=markdown") == "markdown"
    factory = open_database(database_url)
    with transaction(factory) as s:
        subscriber(
            s,
            "fan",
            [
                json_sink.apprise_url,
                smtp_sink.apprise_url,
                json_sink.apprise_url + "?format=markdown",
            ],
            {"good-sex": None},
        )
        s.flush()
        enqueue(s, event(s), T0)
    assert deliver_due(factory, Clock(T0), TITLES, give_up=DAY).sent == 3
    assert json_sink.wait_for(2) and smtp_sink.wait_for(1)
    bodies = sorted(m.json["message"] for m in json_sink.received)
    assert bodies[0].startswith("**Release date moved: Sep 18 → Oct 2, 2026**")
    assert "[Good Sex moves to October](https://news.invalid/moved)" in bodies[0]
    assert bodies[1].startswith("Release date moved: Sep 18 → Oct 2, 2026\n\nSource: Good Sex")
    mail = smtp_sink.received[0].message
    html = mail.get_body(preferencelist=("html",))
    assert html is not None
    assert '<a href="https://news.invalid/moved">Good Sex moves to October</a>' in str(
        html.get_content()
    )


def test_a_channel_template_and_the_links(database_url: str, json_sink: JsonSink) -> None:
    factory = open_database(database_url)
    with transaction(factory) as s:
        channel = SubscriberRow(name="team", kind="channel", channel_name="team", created_at=T0)
        channel.targets = [TargetRow(url=json_sink.apprise_url + "team", active=True)]
        channel.subscriptions = [SubscriptionRow(production_id="good-sex", created_at=T0)]
        s.add(channel)
        subscriber(s, "fan", [json_sink.apprise_url + "fan"], {"good-sex": None})
        s.flush()
        enqueue(s, event(s), T0)
    composer = Composer(
        TITLES,
        {
            "team": Templates(
                "[{{ milestone_name }}] {{ production }}",
                "{{ date }} (was {{ previous_date }}) {{ title_url }}",
            )
        },
        public_url="https://tracker.example/",
        secret_key="k" * 32,
    )
    assert deliver_due(factory, Clock(T0), TITLES, give_up=DAY, composer=composer).sent == 2
    assert json_sink.wait_for(2)
    by_path = {m.path: m.json for m in json_sink.received}
    assert by_path["/team"]["title"] == "[release date] Good Sex"
    assert by_path["/team"]["message"] == (
        "Friday, October 2, 2026 (was Friday, September 18, 2026) "
        "https://tracker.example/titles/good-sex"
    )
    fan = by_path["/fan"]["message"]
    assert "More: https://tracker.example/titles/good-sex" in fan
    from tracker.subscriptions import manage_token

    with factory() as s:
        fan_id = s.scalars(select(SubscriberRow.id).where(SubscriberRow.name == "fan")).one()
    assert f"Unsubscribe: https://tracker.example/manage/{manage_token('k' * 32, fan_id)}" in fan


def test_a_broken_template_is_a_readable_delivery_error(database_url: str) -> None:
    factory = open_database(database_url)
    with transaction(factory) as s:
        channel = SubscriberRow(name="team", kind="channel", channel_name="team", created_at=T0)
        channel.targets = [TargetRow(url="json://127.0.0.1:1/", active=True)]
        channel.subscriptions = [SubscriptionRow(production_id="good-sex", created_at=T0)]
        s.add(channel)
        s.flush()
        enqueue(s, event(s), T0)
    composer = Composer(TITLES, {"team": Templates("{{ no_such_field }}")})
    report = deliver_due(factory, Clock(T0), TITLES, give_up=DAY, composer=composer)
    assert report.retrying == 1
    [row] = deliveries(factory)
    assert row.last_error and "no_such_field" in row.last_error


def test_describe_failure_reads_apprise_results_per_service() -> None:
    import apprise

    app = apprise.Apprise()
    app.add(refused_url().replace("http://", "json://") + "very-secret-path")
    text = describe_failure(app.notify(body="b", title="t"))
    assert text.startswith("JSON failed: ") and "very-secret-path" not in text


def test_a_row_not_started_within_half_its_lease_is_handed_back_unsent(database_url: str) -> None:
    factory = setup("json://127.0.0.1:1/one-target", database_url)
    with transaction(factory) as s:
        for _ in range(3):
            enqueue(s, event(s), T0)
    sent: list[int] = []

    def slow(url: str, message: Message) -> SendResult:
        sent.append(1)
        threading.Event().wait(1.2)  # longer than half the lease below
        return SendResult(True)

    # (a lease long enough that the first row starts within half of it on a loaded machine)
    report = deliver_due(
        factory, Clock(T0), TITLES, give_up=DAY, send=slow, lease=timedelta(seconds=2)
    )
    assert report.sent == 1 and len(sent) == 1  # the other two were not risked
    rows = deliveries(factory)
    assert [r.state for r in rows] == ["sent", "pending", "pending"]
    assert all(r.sending_until is None and r.attempts == 0 for r in rows[1:])
    ok = lambda url, m: SendResult(True)  # noqa: E731
    assert deliver_due(factory, Clock(T0), TITLES, give_up=DAY, send=ok).sent == 2


def test_on_stop_the_sends_under_way_finish_and_the_rest_are_handed_back(
    database_url: str, json_sink: JsonSink
) -> None:
    import threading

    factory = setup(json_sink.apprise_url, database_url)
    with transaction(factory) as s:
        for _ in range(5):
            enqueue(s, event(s), T0)
    stopping = threading.Event()
    calls: list[str] = []

    def send(url: str, message: Message) -> SendResult:
        calls.append(url)
        stopping.set()  # SIGTERM arrives during the first send
        return apprise_send(url, message)

    report = deliver_due(
        factory,
        Clock(T0),
        lambda pid: "X",
        give_up=timedelta(hours=1),
        send=send,
        concurrency=1,
        stopping=stopping,
    )
    assert report.sent == 1 and len(calls) == 1  # the send under way finished
    rows = deliveries(factory)
    assert [r.state for r in rows].count("sent") == 1
    pending = [r for r in rows if r.state == "pending"]
    assert len(pending) == 4 and all(r.sending_until is None for r in pending)  # handed back
