"""Security against strangers: the notification-URL guard (SSRF), CSRF, rate and size
limits, escaping of feed text, masked URLs, tokens, headers."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser
import httpx
import pytest
from sqlalchemy import select

from tests import test_web
from tests.servers import JsonSink
from tests.test_web import ADMIN, HOSTILE, csrf_of, fan_token
from tracker.db import transaction
from tracker.store import EventRow, SubscriberRow
from tracker.web.security import RateLimiter
from tracker.web.settings import DEFAULT_ALLOWED_SCHEMES, WebSettings, parse_rate
from tracker.web.urlguard import UnsafeTarget, UrlPolicy, guard, harden, literal_address

start_site = test_web.start_site  # the fixture, shared

POLICY = UrlPolicy(DEFAULT_ALLOWED_SCHEMES | {"json", "jsons", "form", "xml"})
PUBLIC = "93.184.216.34"


def fake_dns(answers: dict[str, list[str]]) -> Any:
    def resolve(host: str) -> list[str]:
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return answers[host]

    return resolve


# --- the guard ------------------------------------------------------------------------------

REFUSED = {
    "loopback": ("json://127.0.0.1:8080/", "loopback"),
    "loopback elsewhere in 127/8": ("json://127.8.9.10/", "loopback"),
    "localhost": ("json://localhost/", "loopback"),
    "IPv6 loopback": ("json://[::1]:8080/", "loopback"),
    "10/8": ("json://10.0.0.5/", "private"),
    "172.16/12": ("json://172.16.3.4/", "private"),
    "172.31 (end of 172.16/12)": ("json://172.31.255.1/", "private"),
    "192.168/16": ("json://192.168.1.1/", "private"),
    "169.254/16 (cloud metadata)": ("json://169.254.169.254/latest/", "link-local"),
    "100.64/10 (CGNAT)": ("json://100.64.0.1/", "CGNAT"),
    "0.0.0.0": ("json://0.0.0.0/", "unspecified"),
    "224/4 multicast": ("json://224.0.0.251/", "multicast"),
    "239 multicast": ("json://239.255.255.250/", "multicast"),
    "240/4 reserved": ("json://240.0.0.1/", "reserved"),
    "broadcast": ("json://255.255.255.255/", "reserved"),
    "IPv4-mapped IPv6 dotted": ("json://[::ffff:127.0.0.1]/", "IPv4-mapped"),
    "IPv4-mapped IPv6 hex": ("json://[::ffff:7f00:1]/", "IPv4-mapped"),
    "IPv4-mapped public": ("json://[::ffff:93.184.216.34]/", "IPv4-mapped"),
    "IPv4-compatible IPv6": ("json://[::7f00:1]/", "IPv4-compatible"),
    "IPv6 unspecified": ("json://[::]/", "unspecified"),
    "IPv6 unique local": ("json://[fd00::1]/", "private"),
    "IPv6 link-local": ("json://[fe80::1]/", "link-local"),
    "IPv6 multicast": ("json://[ff02::1]/", "multicast"),
    "6to4 of loopback": ("json://[2002:7f00:1::]/", "loopback"),
    "NAT64 of private": ("json://[64:ff9b::a00:1]/", "private"),
    "decimal IPv4": ("json://2130706433/", "loopback"),
    "octal IPv4": ("json://017700000001/", "loopback"),
    "dotted octal IPv4": ("json://0177.0.0.1/", "loopback"),
    "hex IPv4 short form": ("json://0x7f.1/", "loopback"),
    "hex IPv4": ("json://0x7f000001/", "loopback"),
    "short IPv4": ("json://127.1/", "loopback"),
    "user@ in front of the host": ("json://public.example@127.0.0.1/", "loopback"),
    "form://": ("form://10.1.1.1/hook", "private"),
    "xml://": ("xml://192.168.0.10/", "private"),
    "self-hosted ntfy": ("ntfys://10.0.0.2/topic", "private"),
    "gotify": ("gotify://127.0.0.1/AbCdEfGhIjKlMnO", "loopback"),
    "matrix": ("matrixs://user:pass@192.168.1.20/#room", "private"),
    "signal API": ("signal://127.0.0.1:8080/+15551234567/+15557654321", "loopback"),
    "mailto SMTP host": ("mailto://127.0.0.1:25/?from=a@example.com&to=b@example.com", "loopback"),
    "mailto smtp= override": ("mailtos://user:pw@example.com?smtp=10.0.0.9", "private"),
}


@pytest.mark.parametrize(("url", "why"), list(REFUSED.values()), ids=list(REFUSED))
def test_refused_addresses(url: str, why: str) -> None:
    with pytest.raises(UnsafeTarget, match=why):
        dns = fake_dns({"public.example": [PUBLIC], "localhost": ["127.0.0.1", "::1"]})
        guard(url, POLICY, resolve=dns)


def test_localhost_is_refused_through_the_real_resolver() -> None:
    with pytest.raises(UnsafeTarget, match="loopback"):
        guard("json://localhost:9/", POLICY)


def test_a_hostname_resolving_to_loopback_or_private_is_refused() -> None:
    dns = fake_dns({"rebind.example": ["127.0.0.1"], "mixed.example": [PUBLIC, "10.0.0.1"],
                    "v6.example": ["::1"]})  # fmt: skip
    for host in ("rebind.example", "mixed.example", "v6.example"):
        with pytest.raises(UnsafeTarget, match=r"loopback|private"):
            guard(f"json://{host}/hook", POLICY, resolve=dns)


def test_unresolvable_hosts_are_refused() -> None:
    with pytest.raises(UnsafeTarget, match="cannot resolve"):
        guard("json://nowhere.invalid/", POLICY, resolve=fake_dns({}))


def test_dns_is_asked_again_at_each_call() -> None:
    answers = {"flip.example": [PUBLIC]}
    dns = fake_dns(answers)
    guard("json://flip.example/", POLICY, resolve=dns)  # at subscribe time: public
    answers["flip.example"] = ["127.0.0.1"]  # the owner repoints the name
    with pytest.raises(UnsafeTarget, match="loopback"):
        guard("json://flip.example/", POLICY, resolve=dns)  # at send time


def test_public_targets_and_fixed_cloud_services_pass() -> None:
    dns = fake_dns({"hooks.example": [PUBLIC, "2606:4700::1111"], "smtp.gmail.com": [PUBLIC]})
    for url in (
        "json://hooks.example/in",
        f"jsons://{PUBLIC}/",
        "ntfy://my-topic",  # ntfy.sh: apprise names the host
        "ntfys://hooks.example/topic",
        "discord://1234/abcdef",  # a numeric webhook id is no address
        "tgram://123456789:ABCdefGHIjklmNOPqrs/12345",
        "mailtos://user:pass@gmail.com",
    ):
        guard(url, POLICY, resolve=dns)


def test_only_allowed_schemes() -> None:
    with pytest.raises(UnsafeTarget, match="json:// notifications are not allowed"):
        guard("json://hooks.example/", UrlPolicy(DEFAULT_ALLOWED_SCHEMES))
    with pytest.raises(UnsafeTarget, match="not allowed"):
        guard("ntfy://topic", UrlPolicy(frozenset({"discord"})))
    env = WebSettings.from_env({"TRACKER_ALLOWED_SCHEMES": "ntfy, Discord://"})
    assert env.allowed_schemes == {"ntfy", "discord"}
    assert "mailto" in WebSettings.from_env({}).allowed_schemes


def test_malformed_and_multiple_urls_are_refused() -> None:
    dns = fake_dns({"a.example": [PUBLIC]})
    cases = {
        "json://a.example/,json://127.0.0.1/": "one notification URL",
        "json://a.example/ json://127.0.0.1/": "spaces",
        "json://a.example/\n": None,  # stripped: fine
        "json://a.example/\x00x": "control",
        "nope": "not a notification URL",
        "json://a.example/" + "x" * 3000: "longer than",
        "json://a.example/?redirect=yes": "redirects",
        "json://a.example/?rto=600": "at most 30",
        "tgram://": "apprise cannot use",
    }
    for url, why in cases.items():
        if why is None:
            guard(url, POLICY, resolve=dns)
        else:
            with pytest.raises(UnsafeTarget, match=why):
                guard(url, POLICY, resolve=dns)


def test_refusals_show_urls_masked() -> None:
    with pytest.raises(UnsafeTarget) as caught:
        guard("json://10.0.0.1/hook-secret-path-123", POLICY)
    assert "hook-secret-path-123" not in str(caught.value)


def test_the_admin_can_allow_private_targets() -> None:
    loose = UrlPolicy(POLICY.allowed_schemes, allow_private=True)
    guard("json://127.0.0.1:9/", loose)
    with pytest.raises(UnsafeTarget, match="not allowed"):
        guard("xbmc://127.0.0.1/", loose)  # the allowlist still holds
    assert WebSettings.from_env({"TRACKER_ALLOW_PRIVATE_TARGETS": "true"}).allow_private_targets


def test_harden_turns_redirects_off() -> None:
    assert harden("json://a.example/") == "json://a.example/?redirect=no"
    assert harden("json://a.example/?x=1&redirect=yes") == "json://a.example/?x=1&redirect=no"
    import apprise

    plugin = apprise.Apprise.instantiate(harden("json://a.example/"), suppress_exceptions=True)
    assert plugin is not None and plugin.redirects is False


def test_literal_forms_read_like_the_c_library() -> None:
    assert str(literal_address("2130706433")) == "127.0.0.1"
    assert str(literal_address("0x7f.1")) == "127.0.0.1"
    assert str(literal_address("[::ffff:7f00:1]")) == "::ffff:7f00:1"
    assert literal_address("example.com") is None


def test_the_web_refuses_private_targets_unless_allowed(start_site: Any) -> None:
    site = start_site(allow_private_targets=False)
    body = {"productions": ["good-sex"], "notify": ["json://127.0.0.1:9/hook"]}
    with site.client() as c:
        r = c.post("/api/subscriptions", json=body)
        test = c.post("/api/test", json={"url": "json://[::ffff:7f00:1]:9/"})
        page = c.get("/subscribe")
        form = c.post("/subscribe", data={"csrf": csrf_of(page.text), "production": "good-sex",
                                          "milestone": "trailer", "notify": "json://10.0.0.1/",
                                          "action": "subscribe"})  # fmt: skip
    assert r.status_code == 400 and "loopback" in r.json()["error"]
    assert test.json()["ok"] is False and "IPv4-mapped" in test.json()["error"]
    assert form.status_code == 400 and "private address" in form.text
    with site.app.factory() as s:
        assert s.scalars(select(SubscriberRow)).all() == []


# --- CSRF -----------------------------------------------------------------------------------


def _form(token: str | None, url: str) -> dict[str, str]:
    data = {"production": "good-sex", "milestone": "trailer", "notify": url, "action": "subscribe"}
    if token is not None:
        data["csrf"] = token
    return data


def test_forms_need_the_csrf_token(start_site: Any, json_sink: JsonSink) -> None:
    site = start_site()
    with site.client() as c:
        token = csrf_of(c.get("/subscribe").text)
        missing = c.post("/subscribe", data=_form(None, json_sink.apprise_url))
        wrong = c.post("/subscribe", data=_form(token[:-2] + "xx", json_sink.apprise_url))
    with site.client() as stranger:  # another browser: no cookie, a token from the page
        no_cookie = stranger.post("/subscribe", data=_form(token, json_sink.apprise_url))
    forged = "abc.def"
    with site.client(cookies={"tracker_csrf": forged}) as c:
        unsigned = c.post("/subscribe", data=_form(forged, json_sink.apprise_url))
    for r in (missing, wrong, no_cookie, unsigned):
        assert r.status_code == 403 and "expired" in r.text
    with site.app.factory() as s:
        assert s.scalars(select(SubscriberRow)).all() == []
    with site.client() as c:
        token = csrf_of(c.get("/subscribe").text)
        ok = c.post("/subscribe", data=_form(token, json_sink.apprise_url))
    assert ok.status_code == 200 and "/manage/" in ok.text


def test_csrf_cookie_is_strict_and_http_only(start_site: Any) -> None:
    site = start_site()
    with site.client() as c:
        cookie = c.get("/subscribe").headers["set-cookie"]
    assert cookie.startswith("tracker_csrf=") and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie


# --- rate limits ----------------------------------------------------------------------------


def test_rate_limiter_refills_evenly() -> None:
    now = [0.0]
    limiter = RateLimiter(2, 60.0, clock=lambda: now[0])
    assert limiter.take("a") is None and limiter.take("a") is None
    wait = limiter.take("a")
    assert wait == pytest.approx(30.0)
    assert limiter.take("b") is None  # another client has its own bucket
    now[0] = 29.0
    assert limiter.take("a") is not None
    now[0] = 30.0
    assert limiter.take("a") is None
    assert parse_rate("X", "3/m") == (3, 60.0)
    with pytest.raises(ValueError, match="requests per period"):
        parse_rate("X", "lots")


def test_rate_limiter_forgets_full_buckets_when_it_has_too_many() -> None:
    now = [0.0]
    limiter = RateLimiter(1, 10.0, clock=lambda: now[0], max_keys=3)
    for key in "abc":
        limiter.take(key)
    now[0] = 100.0
    assert limiter.take("d") is None
    assert len(limiter._buckets) == 1


def test_subscribe_and_test_are_rate_limited_per_client(start_site: Any) -> None:
    site = start_site(rate_limit=(2, 3600.0), allow_private_targets=False)
    body = {"productions": ["good-sex"], "notify": ["ntfy://topic-one"]}
    with site.client() as c:
        codes = [c.post("/api/subscriptions", json=body).status_code for _ in range(3)]
        limited = c.post("/api/subscriptions", json=body)
        tests = [c.post("/api/test", json={"url": "json://10.0.0.1/"}).status_code
                 for _ in range(3)]  # fmt: skip
        token = csrf_of(c.get("/subscribe").text)
        page = c.post("/subscribe", data=_form(token, "ntfy://topic-two"))
    assert codes == [201, 201, 429]
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
    assert tests == [200, 200, 429]  # refused targets count too
    assert page.status_code == 429 and "Too many tries" in page.text
    other = httpx.HTTPTransport(local_address="127.0.0.2")
    with site.client(transport=other) as c:
        assert c.post("/api/subscriptions", json=body).status_code == 201


def test_wrong_admin_tokens_are_rate_limited(start_site: Any) -> None:
    site = start_site(rate_limit=(3, 3600.0))
    with site.client() as c:
        codes = [
            c.get("/api/admin/feeds", headers={"authorization": f"Bearer wrong{i}"}).status_code
            for i in range(5)
        ]
    assert codes == [401, 401, 401, 429, 429]


# --- size limits ----------------------------------------------------------------------------


def test_request_bodies_are_limited(start_site: Any) -> None:
    site = start_site(max_body=2048)
    big = {"productions": ["good-sex"], "notify": ["ntfy://x" + "a" * 4000]}

    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"a" * 1000

    with site.client() as c:
        declared = c.post("/api/subscriptions", json=big)
        streamed = c.post("/api/subscriptions", content=chunks(),
                          headers={"content-type": "application/json"})  # fmt: skip
        form = c.post("/subscribe", content=chunks(),
                      headers={"content-type": "application/x-www-form-urlencoded"})  # fmt: skip
        small = c.post("/api/test", json={"url": "nonsense"})
    assert declared.status_code == 413
    assert "transfer-encoding" not in declared.request.headers
    assert streamed.status_code == 413 and form.status_code == 413
    assert small.status_code == 200


# --- what pages show ------------------------------------------------------------------------


def test_feed_text_is_escaped_in_pages(start_site: Any) -> None:
    site = start_site()
    with site.client() as c:
        title = c.get("/titles/good-sex").text
        index = c.get("/").text
    assert HOSTILE not in title and HOSTILE not in index
    assert "&lt;script&gt;alert(&#39;feed&#39;)&lt;/script&gt;" in title
    assert "<script" not in title


def test_feed_links_other_than_http_are_not_linked(start_site: Any) -> None:
    site = start_site()
    with transaction(site.app.factory) as s:
        s.add(EventRow(production_id="quiet-film", milestone="trailer", status="released",
                       source="javascript:alert(1)", source_title="Evil link",
                       detected_at=datetime.now(UTC)))  # fmt: skip
    with site.client() as c:
        page = c.get("/titles/quiet-film").text
        atom = feedparser.parse(c.get("/titles/quiet-film.atom").content)
    assert "Evil link" in page and 'href="javascript:' not in page
    assert atom.entries[0].link == f"{site.url}/titles/quiet-film"


def test_guard_reads_the_admins_settings_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRACKER_ALLOWED_SCHEMES", "json,ntfy")
    monkeypatch.delenv("TRACKER_ALLOW_PRIVATE_TARGETS")  # the test suite's default allows it
    with pytest.raises(UnsafeTarget, match="loopback"):
        guard("json://127.0.0.1:9/")
    with pytest.raises(UnsafeTarget, match="not allowed"):
        guard("discord://1234/abcd")
    monkeypatch.setenv("TRACKER_ALLOW_PRIVATE_TARGETS", "true")
    guard("json://127.0.0.1:9/")


def test_pages_send_security_headers(start_site: Any) -> None:
    site = start_site()
    with site.client() as c:
        r = c.get("/")
    assert "script-src" not in r.headers["content-security-policy"]
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer"  # manage links never leak
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"


def test_notification_urls_are_never_shown_whole(start_site: Any, json_sink: JsonSink) -> None:
    site = start_site()
    secret = "tok3n-that-must-stay-secret"
    token = fan_token(site.app, f"{json_sink.apprise_url}{secret}", ["good-sex"])
    with site.client() as c:
        page = c.get(f"/manage/{token}").text
        api = c.get(f"/api/manage/{token}").text
        admin = c.get("/api/admin/deliveries", headers={"authorization": f"Bearer {ADMIN}"}).text
    for shown in (page, api, admin):
        assert secret not in shown
    assert "json://127.0.0.1" in page


def test_manage_tokens_are_long_and_unguessable(start_site: Any, json_sink: JsonSink) -> None:
    site = start_site()
    token = fan_token(site.app, json_sink.apprise_url, ["good-sex"])
    assert len(token) == 43  # 256 bits, URL-safe base64
    with site.client() as c:
        assert c.get(f"/manage/{token}").status_code == 200
        for bad in (token[:-1] + ("A" if token[-1] != "A" else "B"), token[:20], "x" * 200,
                    "..%2f..%2fetc"):  # fmt: skip
            assert c.get(f"/manage/{bad}").status_code == 404
            assert c.get(f"/api/manage/{bad}").status_code == 404


def test_the_check_at_send_time_sees_a_tightened_policy() -> None:
    from tracker.web.urlguard import refusal_at_send

    loose = UrlPolicy(frozenset({"json"}), allow_private=True)
    assert refusal_at_send("json://127.0.0.1:9/", loose) is None
    strict = UrlPolicy(frozenset({"json"}), allow_private=False)
    assert "loopback" in (refusal_at_send("json://127.0.0.1:9/", strict) or "")
    narrower = UrlPolicy(frozenset({"ntfys"}), allow_private=True)
    assert "not allowed" in (refusal_at_send("json://127.0.0.1:9/", narrower) or "")
