"""Fetching from a real loopback server that misbehaves on purpose, and parsing what comes."""

from __future__ import annotations

import asyncio
import gzip
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feeds import Item, atom, rss
from tests.servers import FeedServer, refused_url
from tracker.feeds import ParseError, entry_hash, parse_changes, parse_feed, split_items
from tracker.fetch import USER_AGENT, FetchError, FetchResult, Validators, fetch, make_client

ITEMS = [
    Item(
        "First teaser for 'Some Film' drops",
        "https://news.invalid/a",
        "Watch it now.",
        datetime(2026, 6, 10, 14, tzinfo=UTC),
    ),
    Item("Another story", "https://news.invalid/b", "<p>Text &amp; more</p>"),
]


def get(
    url: str, validators: Validators | None = None, max_bytes: int = 1 << 20, total: float = 5.0
) -> FetchResult:
    async def go() -> FetchResult:
        async with make_client(total) as client:
            return await fetch(
                client, url, validators or Validators(), max_bytes=max_bytes, total_timeout=total
            )

    return asyncio.run(go())


def test_parse_rss_and_atom_into_entries() -> None:
    for body in (rss(ITEMS), atom(ITEMS)):
        entries = parse_feed(body).entries
        assert [e.title for e in entries] == [i.title for i in ITEMS]
        assert entries[0].link == "https://news.invalid/a"
        assert entries[0].published == datetime(2026, 6, 10, 14, tzinfo=UTC)
        assert entries[0].id == entry_hash("https://news.invalid/a", None, "", "")


def test_entry_identity_falls_back_from_guid_to_link_to_text() -> None:
    assert entry_hash("g", "l", "t", "s") == entry_hash("g", None, "x", "y")
    assert entry_hash(None, "l", "t", "s") == entry_hash("l", None, "", "")
    assert entry_hash(None, None, "t", "s") != entry_hash(None, None, "t", "other")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty body"),
        (b"   \n", "empty body"),
        (b"<!DOCTYPE html><html><body>Not here</body></html>", "an HTML page, not a feed"),
        (b"<rss><channel><item><title>unclosed", "not a valid RSS/Atom feed"),
        (b"just some text", "not"),
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
            b"<rss><channel><title>&lol3;</title></channel></rss>",
            "entity bomb",
        ),
    ],
)
def test_broken_bodies_are_clear_errors(body: bytes, message: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_feed(body)
    assert message in str(info.value)


def test_feed_with_a_wrong_declared_encoding_still_parses() -> None:
    body = rss(ITEMS).replace(b'encoding="utf-8"', b'encoding="iso-8859-1"')
    assert len(parse_feed(body).entries) == 2


def test_rss_ttl_is_read() -> None:
    body = rss(ITEMS).replace(b"<channel>", b"<channel><ttl>90</ttl>", 1)
    assert parse_feed(body).ttl == timedelta(minutes=90)
    assert parse_feed(rss(ITEMS)).ttl is None


def test_fetch_sends_user_agent_and_uses_conditional_get(feed_server: FeedServer) -> None:
    url = feed_server.route(
        "/rss",
        rss(ITEMS),
        etag='"v1"',
        last_modified="Wed, 10 Jun 2026 14:00:00 GMT",
        headers={"Cache-Control": "public, max-age=600"},
    )
    first = get(url)
    assert not first.not_modified and first.etag == '"v1"' and b"First teaser" in first.body
    assert first.max_age == 600
    second = get(url, Validators(first.etag, first.last_modified))
    assert second.not_modified and second.body == b""
    _method, _path, headers = feed_server.requests[-1]
    assert headers["if-none-match"] == '"v1"' and headers["user-agent"] == USER_AGENT


def test_gzip_body_is_decoded(feed_server: FeedServer) -> None:
    url = feed_server.route("/gz", rss(ITEMS), gzip=True)
    assert get(url).body == rss(ITEMS)
    assert gzip.compress(b"x")  # the server really compressed: covered by test_servers


def test_permanent_redirect_is_reported(feed_server: FeedServer) -> None:
    target = feed_server.route("/new", rss(ITEMS))
    url = feed_server.redirect("/old", "/new", status=301)
    result = get(url)
    assert result.permanent_redirect == target and result.final_url == target
    temp = feed_server.redirect("/tmp", "/new", status=302)
    assert get(temp).permanent_redirect is None


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda s: s.status("/x", 404), "HTTP 404"),
        (lambda s: s.status("/x", 410), "HTTP 410"),
        (lambda s: s.status("/x", 500), "HTTP 500"),
        (
            lambda s: (s.redirect("/x", "/y"), s.redirect("/y", "/x"))[0],
            "redirects (a redirect loop?)",
        ),
        (lambda s: s.reset("/x"), "ReadError"),
        (lambda s: s.endless("/x"), "byte limit"),
    ],
)
def test_http_failures_are_one_line_errors(
    feed_server: FeedServer, setup: object, message: str
) -> None:
    url = setup(feed_server)  # type: ignore[operator]
    with pytest.raises(FetchError) as info:
        get(url, max_bytes=64 * 1024)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_retry_after_is_read(feed_server: FeedServer) -> None:
    url = feed_server.status("/busy", 429, headers={"Retry-After": "120"})
    with pytest.raises(FetchError) as info:
        get(url)
    assert info.value.status == 429 and info.value.retry_after == 120


def test_slow_drip_hits_the_total_deadline(feed_server: FeedServer) -> None:
    url = feed_server.slow("/drip", every=0.4, total_chunks=50)
    with pytest.raises(FetchError, match="no complete answer within 1 s"):
        get(url, total=1.0)


def test_refused_connection() -> None:
    with pytest.raises(FetchError, match="cannot connect"):
        get(refused_url())


def test_local_files(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(rss(ITEMS))
    assert get(str(path)).body == rss(ITEMS)
    assert get(path.as_uri()).body == rss(ITEMS)
    with pytest.raises(FetchError, match="cannot read"):
        get(str(tmp_path / "missing.xml"))
    with pytest.raises(FetchError, match="byte limit"):
        get(str(path), max_bytes=10)


def test_brotli_body_is_decoded(feed_server: FeedServer) -> None:
    import brotli

    url = feed_server.route("/br", brotli.compress(rss(ITEMS)), headers={"Content-Encoding": "br"})
    assert get(url).body == rss(ITEMS)
    assert "br" in feed_server.requests[-1][2]["accept-encoding"]


def test_body_limit_applies_after_decompression(feed_server: FeedServer) -> None:
    bomb = gzip.compress(b"<" * (4 * 1024 * 1024))  # 4 MiB of '<' in about 4 KiB
    assert len(bomb) < 64 * 1024
    url = feed_server.route("/zip-bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="byte limit"):
        get(url, max_bytes=1024 * 1024)


def _items(n: int, start: int = 0) -> list[Item]:
    return [
        Item(
            f"Story {i}", f"https://news.invalid/{i}", f"Text {i}", datetime(2026, 6, 1, tzinfo=UTC)
        )
        for i in range(start, start + n)
    ]


@pytest.mark.parametrize("build", [rss, atom])
def test_only_new_items_are_parsed(build: object) -> None:
    first, digests = parse_changes(build(_items(5)), None, None)  # type: ignore[operator]
    assert len(first.entries) == 5 and digests and len(digests.split()) == 5
    second, digests2 = parse_changes(build(_items(2, 5) + _items(5)), None, digests)  # type: ignore[operator]
    assert [e.title for e in second.entries] == ["Story 5", "Story 6"]
    assert digests2 and len(digests2.split()) == 7
    same, _ = parse_changes(build(_items(5)), None, digests)  # type: ignore[operator]
    assert same.entries == []


def test_edited_item_is_parsed_again() -> None:
    _, digests = parse_changes(rss(_items(3)), None, None)
    edited = _items(3)
    edited[1] = Item("Story 1 (updated)", edited[1].link, "new text", edited[1].published)
    parsed, _ = parse_changes(rss(edited), None, digests)
    assert [e.title for e in parsed.entries] == ["Story 1 (updated)"]


@pytest.mark.parametrize(
    "body",
    [
        b'<rss version="2.0" xmlns:a="x"><channel><a:item>x</a:item></channel></rss>',
        b'<rss version="2.0"><channel><item><title>a</title><description><![CDATA[ <item> ]]>'
        b"</description></item></channel></rss>",
        b'<rss version="2.0"><channel><item><title>a</title></item><p>x</p>'
        b"<item><title>b</title></item></channel></rss>",
        b'<rss version="2.0"><channel><title>empty</title></channel></rss>',
    ],
)
def test_bodies_that_do_not_split_cleanly_are_parsed_whole(body: bytes) -> None:
    assert split_items(body) is None
    _, digests = parse_changes(body, None, "0123456789abcdef")
    assert digests is None


def test_ttl_survives_incremental_parsing() -> None:
    body = rss(_items(3)).replace(b"<channel>", b"<channel><ttl>60</ttl>", 1)
    _, digests = parse_changes(body, None, None)
    parsed, _ = parse_changes(body, None, digests)
    assert parsed.ttl == timedelta(minutes=60) and parsed.entries == []


def test_one_feeds_cookie_is_never_sent_to_the_next(feed_server: FeedServer) -> None:
    tracking = feed_server.route("/a.xml", rss(ITEMS), headers={"Set-Cookie": "uid=42; Path=/"})
    other = feed_server.route("/b.xml", rss(ITEMS))

    async def both() -> None:
        async with make_client(5.0) as client:
            for url in (tracking, other, tracking):
                await fetch(client, url, Validators(), max_bytes=1 << 20, total_timeout=5.0)

    asyncio.run(both())
    sent = [headers for _method, _path, headers in feed_server.requests]
    assert len(sent) == 3
    assert not any("cookie" in {k.lower() for k in h} for h in sent), sent


def test_connections_are_pooled_per_host_within_the_per_host_limit(
    feed_server: FeedServer,
) -> None:
    urls = [feed_server.route(f"/p{i}.xml", rss(ITEMS)) for i in range(6)]
    feed_server.delay("/p0.xml", 0.3)

    async def all_at_once() -> list[FetchResult]:
        async with make_client(5.0, per_host=2) as client:
            return await asyncio.gather(
                *(
                    fetch(client, u, Validators(), max_bytes=1 << 20, total_timeout=5.0)
                    for u in urls
                )
            )

    results = asyncio.run(all_at_once())
    assert all(r.body for r in results)
    # Six requests over at most two kept-alive connections to the one host.
    assert feed_server.connections <= 2
