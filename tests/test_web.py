"""The web over real HTTP: pages, API, calendars, Atom, admin, health and metrics.

A real uvicorn (``serve_web``) runs in a thread on 127.0.0.1 with a real SQLite file and
an App on a temporary watchlist; the store is seeded with states and events directly, so
that what the pages show does not depend on detection. Other test_web_* files import
the fixtures from here.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import feedparser
import httpx
import pytest
from icalendar import Calendar
from sqlalchemy import select

from tests.servers import JsonSink, free_port
from tracker.app import App
from tracker.db import transaction
from tracker.health import beat
from tracker.messages import manage_url
from tracker.settings import Settings
from tracker.store import (
    DeliveryRow,
    EntryRow,
    EventRow,
    FeedRow,
    MilestoneStateRow,
    ObservationRow,
    SubscriberRow,
    TargetRow,
)
from tracker.subscriptions import Request, manage_token, subscribe
from tracker.web.server import WebStartError, serve_web
from tracker.web.settings import WebSettings

SECRET = "test-secret-key-0123456789"
ADMIN = "admin-token-for-tests-0123456789"
FEED = "https://news.invalid/rss"
NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = NOW.date()
RELEASE = TODAY + timedelta(days=120)
PREMIERE = TODAY + timedelta(days=30)
HOSTILE = "<script>alert('feed')</script>"

WATCHLIST = f"""\
feeds:
  - url: {FEED}
    name: Trade News
productions:
  - id: good-sex
    title: Good Sex
    context: [Netflix, Natalie Portman]
  - id: too-much
    title: Too Much
    kind: series
    season: 2
    context: [Netflix, Lena Dunham]
  - id: quiet-film
    title: Quiet Film
"""


@dataclass
class Site:
    """A running web: its address, the App behind it and how to reach it."""

    url: str
    app: App
    settings: WebSettings
    thread: WebThread

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=10, follow_redirects=False, **kwargs)


class WebThread:
    """``serve_web`` in a thread with its own event loop; stopped by its ``stop`` event."""

    def __init__(self, app: App, settings: WebSettings, *, scheduler: bool = False) -> None:
        self.app, self.settings, self.scheduler = app, settings, scheduler
        self.port = free_port()
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="web", daemon=True)

    def _run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            started = asyncio.Event()

            async def signal_ready() -> None:
                await started.wait()
                self._ready.set()

            waiter = asyncio.create_task(signal_ready())
            try:
                await serve_web(
                    self.app,
                    "127.0.0.1",
                    self.port,
                    self._stop,
                    settings=self.settings,
                    scheduler=self.scheduler,
                    started=started,
                )
            finally:
                waiter.cancel()

        try:
            asyncio.run(main())
        except BaseException as exc:  # handed to the test through start()
            self.error = exc
        finally:
            self._ready.set()

    def start(self) -> WebThread:
        self._thread.start()
        assert self._ready.wait(15), "the web did not start"
        if self.error is not None:
            raise self.error
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(15)
        assert not self._thread.is_alive(), "the web did not stop"

    @property
    def stopped(self) -> bool:
        return not self._thread.is_alive()


def make_app(tmp_path: Path, secret: str = SECRET, watchlist: str = WATCHLIST) -> App:
    config = tmp_path / "watchlist.yaml"
    config.write_text(watchlist, encoding="utf-8")
    settings = Settings(
        config=config,
        data_dir=tmp_path / "data",
        database_url=f"sqlite:///{tmp_path / 'tracker.sqlite3'}",
        secret_key=secret,
    )
    return App.open(settings)


def seed(app: App) -> None:
    """States and events of good-sex and too-much, with hostile feed text in them."""
    with transaction(app.factory) as s:
        feed = s.scalars(select(FeedRow).where(FeedRow.url == FEED)).one()
        feed.last_success_at = NOW - timedelta(minutes=5)
        teaser = EntryRow(
            feed_id=feed.id,
            entry_hash="a" * 64,
            link="https://news.example/teaser",
            title=f"Netflix drops first teaser for Good Sex {HOSTILE}",
            summary="...",
            published_at=NOW - timedelta(days=2),
            seen_at=NOW - timedelta(days=2),
        )
        dated = EntryRow(
            feed_id=feed.id,
            entry_hash="b" * 64,
            link="https://news.example/date",
            title="Good Sex sets its release date",
            summary="...",
            published_at=NOW - timedelta(days=1),
            seen_at=NOW - timedelta(days=1),
        )
        s.add_all([teaser, dated])
        s.flush()
        obs = ObservationRow(
            entry_id=teaser.id,
            production_id="good-sex",
            milestone="trailer",
            status="released",
            variant="teaser",
            evidence=f"drops first teaser {HOSTILE}",
            observed_at=NOW,
        )
        s.add_all(
            [
                obs,
                ObservationRow(
                    entry_id=dated.id,
                    production_id="good-sex",
                    milestone="release_date",
                    status="announced",
                    date=RELEASE,
                    precision="day",
                    evidence="sets its release date",
                    observed_at=NOW,
                ),
            ]
        )
        s.flush()

        def state(pid: str, kind: str, status: str, **kw: Any) -> MilestoneStateRow:
            return MilestoneStateRow(
                production_id=pid, milestone=kind, status=status, as_of=NOW, updated_at=NOW, **kw
            )

        s.add_all(
            [
                state(
                    "good-sex",
                    "trailer",
                    "released",
                    variant="teaser",
                    source="https://news.example/teaser",
                ),
                state(
                    "good-sex",
                    "release_date",
                    "announced",
                    date=RELEASE,
                    precision="day",
                    source="https://news.example/date",
                ),
                state("good-sex", "premiere", "announced", date=PREMIERE, precision="day"),
                state(
                    "too-much",
                    "release_date",
                    "expected",
                    date=date(TODAY.year + 1, 6, 1),
                    precision="season",
                ),
            ]
        )

        def event(pid: str, kind: str, status: str, minutes: int, **kw: Any) -> EventRow:
            return EventRow(
                production_id=pid,
                milestone=kind,
                status=status,
                detected_at=NOW - timedelta(minutes=minutes),
                **kw,
            )

        s.add_all(
            [
                event(
                    "good-sex",
                    "trailer",
                    "released",
                    300,
                    variant="teaser",
                    source="https://news.example/teaser",
                    source_title=f"Netflix drops first teaser {HOSTILE}",
                    evidence=f"drops first teaser {HOSTILE}",
                    observation_id=obs.id,
                ),
                event(
                    "good-sex",
                    "release_date",
                    "announced",
                    200,
                    date=RELEASE - timedelta(days=14),
                    precision="day",
                    source="https://news.example/date0",
                ),
                event(
                    "good-sex",
                    "release_date",
                    "announced",
                    100,
                    date=RELEASE,
                    precision="day",
                    previous_status="announced",
                    previous_date=RELEASE - timedelta(days=14),
                    previous_precision="day",
                    source="https://news.example/date",
                ),
                event("good-sex", "premiere", "announced", 90, date=PREMIERE, precision="day"),
                event(
                    "too-much",
                    "release_date",
                    "expected",
                    50,
                    date=date(TODAY.year + 1, 6, 1),
                    precision="season",
                ),
            ]
        )


def web_settings(**changes: Any) -> WebSettings:
    base = WebSettings(
        secret_key=SECRET,
        admin_token=ADMIN,
        allowed_schemes=WebSettings().allowed_schemes | {"json"},
        allow_private_targets=True,  # the loopback sinks
        rate_limit=(50, 3600.0),
    )
    return replace(base, **changes)


@pytest.fixture
def start_site(tmp_path: Path) -> Iterator[Any]:
    """A factory: start_site(**WebSettings changes) → a running :class:`Site`."""
    threads: list[WebThread] = []

    def start(*, app: App | None = None, scheduler: bool = False, **changes: Any) -> Site:
        the_app = app or make_app(tmp_path)
        if app is None:
            seed(the_app)
        settings = web_settings(**changes)
        thread = WebThread(the_app, settings, scheduler=scheduler).start()
        threads.append(thread)
        return Site(f"http://127.0.0.1:{thread.port}", the_app, settings, thread)

    yield start
    for thread in threads:
        thread.stop()


@pytest.fixture
def site(start_site: Any) -> Site:
    site: Site = start_site()
    return site


def csrf_of(html: str) -> str:
    marker = 'name="csrf" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def fan_token(app: App, url: str, productions: list[str]) -> str:
    with transaction(app.factory) as s:
        outcome = subscribe(
            s, Request(productions, [url]), ["good-sex", "too-much", "quiet-film"], NOW, SECRET
        )
        return manage_token(SECRET, outcome.subscriber_id)


# --- pages ----------------------------------------------------------------------------------


def test_index_lists_every_production_with_state_and_upcoming_dates(site: Site) -> None:
    with site.client() as c:
        r = c.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    for title in ("Good Sex", "Too Much", "Quiet Film"):
        assert title in html
    assert f"Release: {RELEASE:%A}, {RELEASE:%B} {RELEASE.day}, {RELEASE.year}" in html
    assert "Premiere: " in html and "(season 2)" in html
    assert "Nothing known yet." in html  # quiet-film
    assert 'href="/titles/good-sex.ics"' in html and 'href="/subscribe?title=good-sex"' in html


def test_title_page_shows_timeline_with_sources(site: Site) -> None:
    with site.client() as c:
        r = c.get("/titles/good-sex")
        missing = c.get("/titles/nope")
    assert r.status_code == 200
    html = r.text
    assert "The teaser is out" in html
    assert "Release date moved:" in html
    assert 'href="https://news.example/date"' in html
    assert "Trade News" in html  # the source's feed
    assert missing.status_code == 404 and "No title" in missing.text


def test_unsubscribe_link_of_a_message_lands_on_the_manage_page(
    site: Site, json_sink: JsonSink
) -> None:
    token = fan_token(site.app, json_sink.apprise_url + "secret-part", ["good-sex"])
    link = manage_url(site.url, token)
    with site.client() as c:
        r = c.get(link.removeprefix(site.url))
    assert r.status_code == 200
    assert "Your subscription" in r.text and "Unsubscribe from everything" in r.text
    assert "secret-part" not in r.text
    assert r.headers["cache-control"] == "no-store"


def test_one_click_unsubscribe_post(site: Site, json_sink: JsonSink) -> None:
    token = fan_token(site.app, json_sink.apprise_url, ["good-sex"])
    with site.client() as c:
        r = c.post(
            f"/manage/{token}/unsubscribe",
            content="List-Unsubscribe=One-Click",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        again = c.get(f"/manage/{token}")
    assert r.status_code == 200 and "Unsubscribed" in r.text
    assert again.status_code == 404
    with site.app.factory() as s:
        assert s.scalars(select(SubscriberRow).where(SubscriberRow.kind == "fan")).all() == []


def test_subscribe_page_is_closed_without_a_secret_key(start_site: Any, tmp_path: Path) -> None:
    site = start_site(app=make_app(tmp_path, secret=""), secret_key="")
    with site.client() as c:
        page = c.get("/subscribe")
        api = c.post(
            "/api/subscriptions", json={"productions": ["good-sex"], "notify": ["ntfy://topic"]}
        )
    assert "Subscriptions are closed" in page.text
    assert api.status_code == 503 and "TRACKER_SECRET_KEY" in api.json()["error"]


# --- API ------------------------------------------------------------------------------------


def test_api_productions_and_events(site: Site) -> None:
    with site.client() as c:
        productions = c.get("/api/productions").json()["productions"]
        one = c.get("/api/productions/good-sex").json()
        events = c.get("/api/events", params={"production": "good-sex", "limit": 2}).json()
        older = c.get("/api/events", params={"before": events["events"][-1]["id"]}).json()
        bad = c.get("/api/events", params={"limit": "0"})
        unknown = c.get("/api/productions/nope")
    assert [p["id"] for p in productions] == ["good-sex", "too-much", "quiet-film"]
    good = productions[0]
    assert good["milestones"]["release_date"] == {
        "status": "announced",
        "date": RELEASE.isoformat(),
        "precision": "day",
        "variant": None,
        "since": NOW.isoformat(),
        "source": "https://news.example/date",
    }
    assert [u["milestone"] for u in good["upcoming"]] == ["premiere", "release_date"]
    assert len(one["events"]) == 4 and one["events"][0]["milestone"] == "premiere"
    moved = one["events"][1]
    assert moved["previous"] == {
        "status": "announced",
        "precision": "day",
        "date": (RELEASE - timedelta(days=14)).isoformat(),
    }
    assert [e["milestone"] for e in events["events"]] == ["premiere", "release_date"]
    assert all(e["id"] < events["events"][-1]["id"] for e in older["events"])
    assert len(older["events"]) == 2
    assert bad.status_code == 400 and "limit" in bad.json()["error"]
    assert unknown.status_code == 404


def test_api_subscribe_manage_change_and_end(site: Site, json_sink: JsonSink) -> None:
    url = json_sink.apprise_url + "hidden-webhook-secret"
    with site.client() as c:
        r = c.post(
            "/api/subscriptions",
            json={"productions": ["good-sex"], "milestones": ["trailer"], "notify": [url]},
        )
        assert r.status_code == 201, r.text
        body = r.json()
        token = body["manage_token"]
        assert len(token) >= 43  # 256 bits in URL-safe base64
        assert body["manage_url"] == f"{site.url}/manage/{token}"
        assert "hidden-webhook-secret" not in r.text
        assert body["productions"] == ["good-sex"] and body["milestones"] == ["trailer"]
        got = c.get(f"/api/manage/{token}").json()
        assert got["notify"][0].startswith("json://127.0.0.1") and "hidden" not in got["notify"][0]
        changed = c.patch(
            f"/api/manage/{token}",
            json={"productions": ["too-much", "quiet-film"], "milestones": None, "digest": "daily"},
        )
        assert changed.status_code == 200, changed.text
        assert changed.json()["productions"] == ["quiet-film", "too-much"]
        assert changed.json()["milestones"] is None and changed.json()["digest"] == "daily"
        new_url = json_sink.apprise_url + "other"
        moved = c.patch(f"/api/manage/{token}", json={"notify": [new_url]}).json()
        assert len(moved["notify"]) == 1 and moved["notify"][0] != got["notify"][0]
        with site.app.factory() as s:
            assert [t.url for t in s.scalars(select(TargetRow))] == [new_url]
        bad = c.patch(f"/api/manage/{token}", json={"productions": ["nope"]})
        assert bad.status_code == 400 and "unknown production" in bad.json()["error"]
        assert c.delete(f"/api/manage/{token}").status_code == 204
        assert c.get(f"/api/manage/{token}").status_code == 404
        assert c.delete(f"/api/manage/{token}").status_code == 404
    with site.app.factory() as s:
        assert s.scalars(select(SubscriberRow).where(SubscriberRow.kind == "fan")).all() == []


def test_api_subscribe_never_extends_another_fan(site: Site, json_sink: JsonSink) -> None:
    with site.client() as c:
        a = c.post(
            "/api/subscriptions",
            json={"productions": ["good-sex"], "notify": [json_sink.apprise_url + "a"]},
        ).json()
        b = c.post(
            "/api/subscriptions",
            json={"productions": ["too-much"], "notify": [json_sink.apprise_url + "b"]},
        ).json()
    assert a["manage_token"] != b["manage_token"]
    with site.client() as c:
        assert c.get(f"/api/manage/{a['manage_token']}").json()["productions"] == ["good-sex"]


def test_api_test_notification_reaches_the_sink(site: Site, json_sink: JsonSink) -> None:
    with site.client() as c:
        ok = c.post("/api/test", json={"url": json_sink.apprise_url})
        bad = c.post("/api/test", json={"url": "nonsense"})
    assert ok.json() == {"ok": True, "error": None}
    assert json_sink.wait_for(1)
    message = json_sink.received[0].json
    assert message["title"] == "tracker: test notification"
    assert "redirect" not in json_sink.received[0].path
    assert bad.json()["ok"] is False and "not a notification URL" in bad.json()["error"]


def test_api_needs_json(site: Site) -> None:
    with site.client() as c:
        form = c.post("/api/subscriptions", data={"productions": "good-sex"})
        broken = c.post(
            "/api/subscriptions", content=b"{", headers={"content-type": "application/json"}
        )
        listed = c.post("/api/subscriptions", json=["good-sex"])
    assert form.status_code == 415
    assert broken.status_code == 400 and listed.status_code == 400


# --- calendars and feeds --------------------------------------------------------------------


def _events(ics: bytes) -> dict[str, Any]:
    cal = Calendar.from_ical(ics)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_calendar_has_all_day_events_with_stable_uids(site: Site) -> None:
    with site.client() as c:
        r = c.get("/calendar.ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    assert f"DTSTART;VALUE=DATE:{RELEASE:%Y%m%d}" in r.text
    events = _events(r.content)
    assert set(events) == {"good-sex-release_date@tracker", "good-sex-premiere@tracker"}
    release = events["good-sex-release_date@tracker"]
    assert release.decoded("DTSTART") == RELEASE and release.decoded(
        "DTEND"
    ) == RELEASE + timedelta(days=1)
    assert str(release["STATUS"]) == "CONFIRMED" and int(release["SEQUENCE"]) == 1
    assert "too-much" not in r.text  # "summer next year" is no day: left out


def test_title_calendar_moves_one_event_and_marks_expected_tentative(site: Site) -> None:
    with site.client() as c:
        before = _events(c.get("/titles/good-sex.ics").content)
        with transaction(site.app.factory) as s:
            row = s.get(MilestoneStateRow, ("good-sex", "release_date"))
            assert row is not None
            row.status, row.date = "expected", RELEASE + timedelta(days=7)
            row.updated_at = NOW + timedelta(hours=1)
            s.add(
                EventRow(
                    production_id="good-sex",
                    milestone="release_date",
                    status="expected",
                    date=row.date,
                    precision="day",
                    detected_at=NOW,
                )
            )
        after = _events(c.get("/titles/good-sex.ics").content)
        other = c.get("/titles/too-much.ics")
        missing = c.get("/titles/nope.ics")
    assert set(before) == set(after)
    moved = after["good-sex-release_date@tracker"]
    assert moved.decoded("DTSTART") == RELEASE + timedelta(days=7)
    assert str(moved["STATUS"]) == "TENTATIVE" and int(moved["SEQUENCE"]) == 2
    assert other.status_code == 200 and _events(other.content) == {}
    assert missing.status_code == 404


def test_atom_feeds(site: Site) -> None:
    with site.client() as c:
        every = feedparser.parse(c.get("/events.atom").content)
        one = feedparser.parse(c.get("/titles/too-much.atom").content)
        missing = c.get("/titles/nope.atom")
    assert not every.bozo and len(every.entries) == 5
    assert every.entries[0].title.startswith("Too Much: Release expected")
    teaser = every.entries[-1]
    assert teaser.title == "Good Sex: The teaser is out"
    assert teaser.link == "https://news.example/teaser" and HOSTILE in teaser.summary
    assert [e.id for e in one.entries] == [every.entries[0].id]
    assert missing.status_code == 404


# --- health, metrics ------------------------------------------------------------------------


def test_healthz_needs_the_heartbeat_only_where_the_scheduler_runs(start_site: Any) -> None:
    alone = start_site()
    with alone.client() as c:
        r = c.get("/healthz")
    assert r.status_code == 200, r.text
    assert r.json()["scheduler"]["required"] is False and r.json()["database"]["ok"] is True
    daemon = start_site(app=alone.app, scheduler=True)
    with daemon.client() as c:
        stale = c.get("/healthz")
        beat(daemon.app.settings)
        fresh = c.get("/healthz")
    assert stale.status_code == 503 and stale.json()["scheduler"]["ok"] is False
    assert fresh.status_code == 200 and fresh.json()["healthy"] is True


def test_metrics_read_counts_from_the_store(site: Site, json_sink: JsonSink) -> None:
    fan_token(site.app, json_sink.apprise_url, ["good-sex"])
    with transaction(site.app.factory) as s:
        target = s.scalars(select(TargetRow)).first()
        event = s.scalars(select(EventRow)).first()
        assert target is not None and event is not None
        s.add(
            DeliveryRow(
                event_id=event.id,
                target_id=target.id,
                state="failed",
                attempts=5,
                next_attempt_at=NOW,
                created_at=NOW,
            )
        )
    with site.client() as c:
        c.get("/")
        text = c.get("/metrics").text
    assert 'tracker_events_total{milestone="release_date"} 3.0' in text
    assert 'tracker_deliveries{state="failed"} 1.0' in text
    assert 'tracker_feeds{state="ok"} 1.0' in text and "tracker_entries 2.0" in text
    assert 'tracker_subscribers{kind="fan"} 1.0' in text
    assert (
        'tracker_http_request_duration_seconds_count{method="GET",route="/",status="200"} 1.0'
        in text
    )


# --- admin ----------------------------------------------------------------------------------


def test_admin_is_off_without_a_token(start_site: Any) -> None:
    site = start_site(admin_token="")
    with site.client() as c:
        page = c.get("/admin")
        api = c.get("/api/admin/feeds", headers={"authorization": "Bearer x"})
    assert page.status_code == 404 and "TRACKER_ADMIN_TOKEN" in page.text
    assert api.status_code == 404 and "TRACKER_ADMIN_TOKEN" in api.json()["error"]


def test_admin_api_needs_the_bearer_token(site: Site) -> None:
    good = {"authorization": f"Bearer {ADMIN}"}
    with site.client() as c:
        none = c.get("/api/admin/feeds")
        wrong = c.get("/api/admin/feeds", headers={"authorization": "Bearer nope"})
        feeds = c.get("/api/admin/feeds", headers=good).json()["feeds"]
        config = c.get("/api/admin/config", headers=good).json()
        deliveries = c.get("/api/admin/deliveries", headers=good).json()
    assert none.status_code == 401 and none.headers["www-authenticate"].startswith("Bearer")
    assert wrong.status_code == 401
    assert feeds[0]["url"] == FEED and feeds[0]["state"] == "ok"
    assert config["productions"] == 3 and config["problems"] == []
    assert deliveries == {"deliveries": []}


def test_admin_reload_reports_the_config_errors(site: Site) -> None:
    good = {"authorization": f"Bearer {ADMIN}"}
    site.app.settings.config.write_text(WATCHLIST + "  - id: Bad Id\n", encoding="utf-8")
    with site.client() as c:
        r = c.post("/api/admin/reload", headers=good).json()
        config = c.get("/api/admin/config", headers=good).json()
    assert r["reloaded"] is False and "last good" in r["message"]
    assert config["problems"] and "watchlist.yaml:" in config["problems"][0]
    assert config["productions"] == 3


def test_admin_pages_log_in_with_a_form(site: Site, json_sink: JsonSink) -> None:
    fan_token(site.app, json_sink.apprise_url + "very-secret", ["good-sex"])
    with transaction(site.app.factory) as s:
        target = s.scalars(select(TargetRow)).one()
        event = s.scalars(select(EventRow)).first()
        assert event is not None
        s.add(
            DeliveryRow(
                event_id=event.id,
                target_id=target.id,
                state="failed",
                attempts=5,
                last_error="HTTP 500 <b>bad</b>",
                next_attempt_at=NOW,
                created_at=NOW,
            )
        )
    with site.client() as c:
        assert c.get("/admin").headers["location"] == "/admin/login"
        form = c.get("/admin/login")
        token = csrf_of(form.text)
        wrong = c.post("/admin/login", data={"csrf": token, "token": "nope"})
        assert wrong.status_code == 401 and "Wrong token" in wrong.text
        ok = c.post("/admin/login", data={"csrf": token, "token": ADMIN})
        assert ok.status_code == 303 and ok.headers["location"] == "/admin"
        cookie = ok.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie
        page = c.get("/admin")
        assert page.status_code == 200
        assert "Trade News" in page.text and "Nothing failing" not in page.text
        assert "very-secret" not in page.text and "&lt;b&gt;bad&lt;/b&gt;" in page.text
        reloaded = c.post("/admin/reload", data={"csrf": token})
        assert "Nothing to reload" in reloaded.text
        c.post("/admin/logout", data={"csrf": token})
        assert c.get("/admin").status_code == 303


# --- the server -----------------------------------------------------------------------------


def test_serve_web_stops_when_asked_and_reports_a_taken_port(site: Site) -> None:
    taken = WebThread(site.app, site.settings)
    taken.port = site.thread.port
    with pytest.raises(WebStartError, match="cannot listen"):
        taken.start()
    site.thread.stop()
    assert site.thread.stopped
    with pytest.raises(httpx.ConnectError):
        httpx.get(site.url + "/healthz", timeout=2)
