"""The loopback test servers really misbehave the way they claim to (httpx + real apprise)."""

from __future__ import annotations

import threading
import time

import apprise
import httpx
import pytest

from tests.servers import (
    FeedServer,
    JsonSink,
    SmtpSink,
    feed_server,
    json_sink,
    refused_url,
    smtp_sink,
)

# The fixtures are imported (and referenced, so ruff sees them used) to let this file
# run on its own; tests/conftest.py re-exports them for every other test module.
_FIXTURES = (feed_server, json_sink, smtp_sink)

RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def test_route_serves_body_and_unknown_path_is_404(feed_server: FeedServer) -> None:
    url = feed_server.route("/feed.xml", RSS, headers={"X-Extra": "1"})
    r = httpx.get(url)
    assert r.status_code == 200
    assert r.text == RSS
    assert r.headers["content-type"] == "application/rss+xml"
    assert r.headers["x-extra"] == "1"
    assert httpx.get(feed_server.url_for("/nope")).status_code == 404


def test_requests_are_recorded(feed_server: FeedServer) -> None:
    url = feed_server.route("/f", RSS)
    httpx.get(url, headers={"User-Agent": "tracker-test"})
    httpx.get(url + "?page=2")
    assert feed_server.hits("/f") == 2
    assert feed_server.hits("/f?page=2") == 1
    method, path, headers = feed_server.requests[0]
    assert (method, path, headers["user-agent"]) == ("GET", "/f", "tracker-test")


def test_conditional_get_with_etag(feed_server: FeedServer) -> None:
    url = feed_server.route("/f", RSS, etag='"v1"')
    first = httpx.get(url)
    assert first.status_code == 200
    assert first.headers["etag"] == '"v1"'
    again = httpx.get(url, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert httpx.get(url, headers={"If-None-Match": '"v0"'}).status_code == 200
    assert feed_server.hits("/f") == 3


def test_conditional_get_with_last_modified(feed_server: FeedServer) -> None:
    lm = "Wed, 01 Jan 2025 10:00:00 GMT"
    url = feed_server.route("/f", RSS, last_modified=lm)
    assert httpx.get(url).headers["last-modified"] == lm
    same = httpx.get(url, headers={"If-Modified-Since": lm})
    assert (same.status_code, same.content) == (304, b"")
    older = httpx.get(url, headers={"If-Modified-Since": "Tue, 31 Dec 2024 10:00:00 GMT"})
    assert older.status_code == 200


def test_gzip_body_is_decoded_by_httpx(feed_server: FeedServer) -> None:
    url = feed_server.route("/f", RSS * 50, gzip=True)
    r = httpx.get(url)
    assert r.headers["content-encoding"] == "gzip"
    assert int(r.headers["content-length"]) < len(RSS * 50)
    assert r.text == RSS * 50


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirect_is_followed(feed_server: FeedServer, status: int) -> None:
    feed_server.route("/new", RSS)
    url = feed_server.redirect("/old", "/new", status=status)
    r = httpx.get(url, follow_redirects=True)
    assert r.status_code == 200
    assert r.text == RSS
    assert [h.status_code for h in r.history] == [status]
    assert str(r.url).endswith("/new")


def test_redirect_loop_raises_too_many_redirects(feed_server: FeedServer) -> None:
    feed_server.redirect("/a", "/b")
    feed_server.redirect("/b", "/a")
    with (
        httpx.Client(follow_redirects=True, max_redirects=5) as client,
        pytest.raises(httpx.TooManyRedirects),
    ):
        client.get(feed_server.url_for("/a"))
    assert feed_server.hits("/a") + feed_server.hits("/b") == 6


def test_slow_drip_hits_read_timeout(feed_server: FeedServer) -> None:
    url = feed_server.slow("/slow", chunk=b"<", every=0.5, total_chunks=10)
    start = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(url, timeout=httpx.Timeout(2.0, read=0.2))
    assert time.monotonic() - start < 1.5


def test_slow_drip_completes_when_patient(feed_server: FeedServer) -> None:
    url = feed_server.slow("/slow", chunk=b"ab", every=0.02, total_chunks=5)
    assert httpx.get(url, timeout=2.0).content == b"ab" * 5


@pytest.mark.parametrize("chunked", [True, False])
def test_endless_body_can_be_cut_off(feed_server: FeedServer, chunked: bool) -> None:
    url = feed_server.endless("/endless", chunked=chunked)
    limit = 256 * 1024
    seen = 0
    with httpx.stream("GET", url, timeout=2.0) as r:
        assert "content-length" not in r.headers
        for piece in r.iter_bytes():
            seen += len(piece)
            if seen > limit:
                break
    assert seen > limit


def test_reset_gives_transport_error(feed_server: FeedServer) -> None:
    url = feed_server.reset("/reset")
    with pytest.raises(httpx.TransportError) as info:
        httpx.get(url, timeout=2.0)
    # Linux reports the RST as ECONNRESET -> httpx.ReadError.
    assert isinstance(info.value, httpx.ReadError | httpx.RemoteProtocolError)
    assert feed_server.hits("/reset") == 1


@pytest.mark.parametrize("code", [429, 503])
def test_status_with_retry_after(feed_server: FeedServer, code: int) -> None:
    url = feed_server.status("/busy", code, headers={"Retry-After": "120"})
    r = httpx.get(url)
    assert r.status_code == code
    assert r.headers["retry-after"] == "120"


def test_delay_before_answer(feed_server: FeedServer) -> None:
    feed_server.route("/f", RSS)
    url = feed_server.delay("/f", 0.3)
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(url, timeout=httpx.Timeout(2.0, read=0.1))
    start = time.monotonic()
    assert httpx.get(url, timeout=2.0).status_code == 200
    assert time.monotonic() - start >= 0.3


def test_refused_url_refuses() -> None:
    with pytest.raises(httpx.ConnectError):
        httpx.get(refused_url("/feed.xml"), timeout=2.0)


def test_stop_is_fast_with_clients_in_flight() -> None:
    srv = FeedServer().start()
    slow = srv.slow("/slow", every=5.0, total_chunks=100)
    endless = srv.endless("/endless", every=0.01)
    srv.route("/f", RSS)
    waiting = srv.delay("/f", 30)
    errors: list[BaseException] = []

    def fetch(url: str) -> None:
        try:
            with httpx.stream("GET", url, timeout=10.0) as r:
                for _ in r.iter_bytes():
                    pass
        except httpx.HTTPError as e:
            errors.append(e)

    threads = [threading.Thread(target=fetch, args=(u,)) for u in (slow, endless, waiting)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 2
    while len(srv.requests) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    start = time.monotonic()
    srv.stop()
    assert time.monotonic() - start < 1.0
    for t in threads:
        t.join(2.0)
        assert not t.is_alive()
    assert len(errors) == 3  # every client saw its connection end early


def test_json_sink_delay_fail_and_wait(json_sink: JsonSink) -> None:
    json_sink.fail_next(1, status=503)
    assert httpx.post(json_sink.url, json={"n": 1}).status_code == 503
    json_sink.set_delay(0.2)
    start = time.monotonic()
    assert httpx.post(json_sink.url, json={"n": 2}).status_code == 200
    assert time.monotonic() - start >= 0.2
    assert json_sink.wait_for(1, timeout=1.0)
    assert not json_sink.wait_for(2, timeout=0.05)
    assert [m.json for m in json_sink.received] == [{"n": 2}]
    assert len(json_sink.requests) == 2


# --------------------------------------------------------------------------- real apprise


def test_apprise_json_arrives(json_sink: JsonSink) -> None:
    ap = apprise.Apprise()
    assert ap.add(json_sink.apprise_url)
    result = ap.notify(title="Dune: Part Three", body="Trailer is out", notify_type="success")
    assert result
    assert json_sink.wait_for(1)
    msg = json_sink.received[0]
    assert msg.json == {
        "version": "1.0",
        "title": "Dune: Part Three",
        "message": "Trailer is out",
        "attachments": [],
        "type": "success",
    }
    assert msg.headers["content-type"] == "application/json"
    assert msg.headers["user-agent"] == "Apprise"


def test_apprise_json_failure_makes_notify_falsy(json_sink: JsonSink) -> None:
    json_sink.fail_next(1)
    ap = apprise.Apprise()
    ap.add(json_sink.apprise_url)
    result = ap.notify(title="t", body="b")
    assert not result
    assert len(json_sink.requests) == 1  # no retry by default
    assert json_sink.received == []
    # apprise >= 2: notify() returns an AppriseResult with one NotifyResult per service
    [service] = list(result)
    assert not service
    assert service.status.name == "FAILURE"
    assert result.failed_count == 1


def test_apprise_mailto_arrives(smtp_sink: SmtpSink) -> None:
    ap = apprise.Apprise()
    assert ap.add(smtp_sink.apprise_url)
    result = ap.notify(title="Premiere date set", body="It premieres on 2026-03-01.")
    assert result
    assert smtp_sink.wait_for(1)
    msg = smtp_sink.received[0]
    assert msg.subject == "Premiere date set"
    assert "It premieres on 2026-03-01." in msg.text()
    assert msg.mail_from == "tracker@example.com"
    assert msg.rcpt_tos == ["fan@example.com"]
