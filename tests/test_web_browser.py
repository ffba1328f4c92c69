"""A fan in a real browser (Playwright driving Debian's headless chromium): subscribe,
receive the test notification at a loopback sink, change the subscription, unsubscribe;
an admin signs in.

Screenshots of each page go to a temporary folder, or to ``$SCREENSHOTS_DIR`` when set
(``SCREENSHOTS_DIR=docs/screenshots pytest tests/test_web_browser.py`` refreshes the
README's pictures). Skipped, with the reason, where playwright or chromium is missing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests import test_web
from tests.servers import JsonSink
from tests.test_web import ADMIN, NOW, Site
from tracker.db import transaction
from tracker.store import DeliveryRow, EventRow, SubscriberRow, SubscriptionRow, TargetRow
from tracker.subscriptions import Request, subscribe

start_site = test_web.start_site  # the fixture, shared

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _fans(site: Site) -> list[tuple[str, list[str]]]:
    with site.app.factory() as s:
        rows = s.scalars(select(SubscriberRow).where(SubscriberRow.kind == "fan")).all()
        return [(r.name, sorted(x.production_id for x in r.subscriptions)) for r in rows]


def test_a_fan_subscribes_tests_changes_and_unsubscribes(
    browser: Any, start_site: Any, json_sink: JsonSink, shots: Path
) -> None:
    site: Site = start_site()
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)

    page.goto(site.url + "/")
    assert page.locator("h1").inner_text() == "What's coming"
    page.screenshot(path=str(shots / "index.png"), full_page=True)

    page.click("text=Good Sex")
    assert page.url.endswith("/titles/good-sex")
    assert page.locator("ol.timeline li").count() == 4
    page.screenshot(path=str(shots / "title.png"), full_page=True)

    page.click("a.button:has-text('Subscribe')")
    assert page.locator("input[name=production][value=good-sex]").is_checked()
    page.check("input[name=production][value=too-much]")
    page.uncheck("input[name=milestone][value=production]")
    page.fill("#notify", json_sink.apprise_url + "fan-hook")
    page.click("summary")  # the services' help opens
    page.click("button[value=test]")
    page.wait_for_selector(".notice.good")
    assert json_sink.wait_for(1)
    assert json_sink.received[0].json["title"] == "tracker: test notification"
    # the form kept what was chosen
    assert page.locator("input[name=production][value=too-much]").is_checked()
    assert not page.locator("input[name=milestone][value=production]").is_checked()
    page.screenshot(path=str(shots / "subscribe.png"), full_page=True)

    page.click("button[value=subscribe]")
    link = page.locator("#manage-link").get_attribute("href")
    assert link and link.startswith(site.url + "/manage/")
    page.screenshot(path=str(shots / "subscribed.png"), full_page=True)
    [(name, followed)] = _fans(site)
    assert followed == ["good-sex", "too-much"]

    page.goto(link)
    assert "fan-hook" not in page.content()  # the address is shown masked
    page.uncheck("input[name=production][value=good-sex]")
    page.check("input[name=production][value=quiet-film]")
    page.select_option("select[name=digest]", "weekly")
    page.click("button[value=save]")
    page.wait_for_selector("text=Saved.")
    assert _fans(site) == [(name, ["quiet-film", "too-much"])]
    page.click("button[value=test]")
    page.wait_for_selector(".notice.good")
    assert json_sink.wait_for(2)
    page.screenshot(path=str(shots / "manage.png"), full_page=True)

    page.click("button[value=end]")
    page.wait_for_selector("text=You're unsubscribed")
    page.screenshot(path=str(shots / "unsubscribed.png"), full_page=True)
    assert _fans(site) == []
    page.goto(link)
    assert "not valid" in page.content()
    context.close()


def test_pages_fit_a_phone(browser: Any, start_site: Any, shots: Path) -> None:
    site: Site = start_site()
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)  # fmt: skip
    page = context.new_page()
    for path, name in (
        ("/", "phone-index.png"),
        ("/subscribe?title=too-much", "phone-subscribe.png"),
    ):
        page.goto(site.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} scrolls sideways ({width}px)"
        page.screenshot(path=str(shots / name), full_page=True)
    context.close()


def test_an_admin_signs_in_and_sees_what_fails(
    browser: Any, start_site: Any, json_sink: JsonSink, shots: Path
) -> None:
    site: Site = start_site()
    with transaction(site.app.factory) as s:
        outcome = subscribe(s, Request(["good-sex"], [json_sink.apprise_url + "x"]),
                            ["good-sex"], NOW)  # fmt: skip
        target = s.scalars(
            select(TargetRow).where(TargetRow.subscriber_id == outcome.subscriber_id)
        ).one()
        event = s.scalars(select(EventRow)).first()
        assert event is not None
        s.add(DeliveryRow(event_id=event.id, target_id=target.id, state="failed", attempts=8,
                          last_error="JSON failed: HTTP 503 Service Unavailable",
                          next_attempt_at=NOW, created_at=NOW))  # fmt: skip
        assert s.scalars(select(SubscriptionRow)).first() is not None
    config = site.app.settings.config
    config.write_text(config.read_text() + "  - id: Bad Id\n    title: Oops\n", encoding="utf-8")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(site.url + "/admin")
    assert page.url.endswith("/admin/login")
    page.fill("#token", "wrong")
    page.click("button[type=submit]")
    page.wait_for_selector("text=Wrong token.")
    page.fill("#token", ADMIN)
    page.click("button[type=submit]")
    page.wait_for_selector("h2:has-text('Feeds')")
    page.click("text=Reload the watchlist now")
    page.wait_for_selector("text=Not reloaded")
    assert "HTTP 503" in page.content() and "watchlist.yaml:" in page.content()
    page.screenshot(path=str(shots / "admin.png"), full_page=True)
    page.close()
