"""Parsing feed bytes into :class:`~tracker.domain.Entry` values (feedparser).

feedparser is always handed a file object: given ``bytes`` it may treat them as a file
name or URL. A body that yields no entries and that feedparser flags as broken is an
error (an HTML page, malformed XML, an empty body); a feed with a recoverable flaw and
entries is accepted.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import itertools
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser

from tracker.domain import Entry

#: A DTD that declares entities: the shape of "billion laughs" and external-entity attacks.
_ENTITY_DECLARATION = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.IGNORECASE | re.DOTALL)


class ParseError(Exception):
    """The body is not a usable RSS/Atom feed."""


def entry_hash(guid: str | None, link: str | None, title: str, summary: str) -> str:
    """Identity of an entry: the guid, else the link, else title and summary (sha256)."""
    basis = guid or link or f"{title}\n{summary}"
    return hashlib.sha256(basis.strip().encode("utf-8")).hexdigest()


def _published(item: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = item.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _summary(item: Any) -> str:
    summary = item.get("summary") or ""
    if not summary and item.get("content"):
        summary = item["content"][0].get("value", "")
    return str(summary)


def _raise_unless_empty_feed(parsed: Any, body: bytes) -> None:
    """A feed with no items is fine; anything else without items is an error that says why."""
    head = body[:1024].lstrip().lower()
    if not parsed.get("version") and head.startswith((b"<!doctype html", b"<html")):
        raise ParseError("an HTML page, not a feed: check the feed URL")
    if parsed.bozo:
        reason = str(parsed.get("bozo_exception") or "unreadable").splitlines()[0][:200]
        raise ParseError(f"not a valid RSS/Atom feed: {reason}")
    if not parsed.get("version"):
        raise ParseError("not an RSS/Atom feed: no channel or feed element found")


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: list[Entry]
    ttl: timedelta | None  # RSS <ttl>: the publisher asks not to be polled sooner


def _ttl(parsed: Any) -> timedelta | None:
    try:
        minutes = int(str(parsed.feed.get("ttl", "")).strip())
    except ValueError:
        return None
    return timedelta(minutes=minutes) if 0 < minutes <= 7 * 24 * 60 else None


def parse_feed(body: bytes, content_type: str | None = None) -> ParsedFeed:
    """The feed's title, entries and ttl; raise ParseError."""
    if not body.strip():
        raise ParseError("empty body: the server sent no feed")
    if _ENTITY_DECLARATION.search(body, 0, 64 * 1024):
        raise ParseError(
            "the feed declares XML entities, which feeds never need: refused as an entity bomb"
        )
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    items = [i for i in parsed.entries if i.get("title") or i.get("link") or _summary(i)]
    if not items:
        _raise_unless_empty_feed(parsed, body)
    entries: list[Entry] = []
    for item in items:
        title = str(item.get("title") or "").strip()
        link = item.get("link") or None
        summary = _summary(item)
        guid = item.get("id") or None
        entries.append(
            Entry(
                id=entry_hash(guid, link, title, summary),
                title=title,
                link=link,
                summary=summary,
                published=_published(item),
            )
        )
    feed_title = parsed.feed.get("title") if parsed.get("feed") else None
    return ParsedFeed(str(feed_title) if feed_title else None, entries, _ttl(parsed))


# --- incremental parsing -------------------------------------------------------------------
#
# A changed feed usually differs from the last fetch by an item or two. Its items are cut
# out of the raw bytes and hashed; only the items not seen in the last body are parsed, in
# an envelope of the feed's own head and tail (namespaces and <ttl> stay). When the bytes
# do not split cleanly (namespaced item tags, CDATA holding item tags, unbalanced tags) the
# whole body is parsed as before.

_ITEM_BLOCK = re.compile(rb"<(item|entry)[\s>].*?</\1\s*>", re.DOTALL)
_ITEM_OPEN = re.compile(rb"<(?:item|entry)[\s>]")
_ITEM_CLOSE = re.compile(rb"</(?:item|entry)\s*>")
_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.DOTALL)


@dataclass(frozen=True)
class Split:
    head: bytes
    items: list[bytes]
    tail: bytes


def split_items(body: bytes) -> Split | None:
    """The feed cut into head, item blocks and tail; None when it does not cut cleanly."""
    blocks = list(_ITEM_BLOCK.finditer(body))
    if not blocks:
        return None
    if b"<![CDATA[" in body and any(
        _ITEM_OPEN.search(c) or _ITEM_CLOSE.search(c) for c in _CDATA.findall(body)
    ):
        return None
    if len(blocks) != len(_ITEM_OPEN.findall(body)) or len(blocks) != len(
        _ITEM_CLOSE.findall(body)
    ):
        return None
    for prev, nxt in itertools.pairwise(blocks):
        if body[prev.end() : nxt.start()].strip():
            return None  # something other than whitespace between items: not a plain list
    return Split(body[: blocks[0].start()], [m.group(0) for m in blocks], body[blocks[-1].end() :])


def item_digest(block: bytes) -> str:
    return hashlib.blake2b(block, digest_size=8).hexdigest()


def parse_changes(
    body: bytes, content_type: str | None, known_digests: str | None
) -> tuple[ParsedFeed, str | None]:
    """Parse only the items that are new since the body whose digests are ``known_digests``.

    Returns the parsed feed (with just the new items when the body split cleanly) and the
    digests of this body's items, to pass back next time.
    """
    split = split_items(body)
    if split is None:
        return parse_feed(body, content_type), None
    digests = [item_digest(block) for block in split.items]
    if not known_digests:
        return parse_feed(body, content_type), " ".join(digests)
    known = set(known_digests.split())
    fresh = [block for block, d in zip(split.items, digests, strict=True) if d not in known]
    if len(fresh) == len(split.items):
        return parse_feed(body, content_type), " ".join(digests)
    parsed = parse_feed(split.head + b"".join(fresh) + split.tail, content_type)
    return parsed, " ".join(digests)
