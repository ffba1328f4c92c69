"""Building RSS and Atom documents for tests (our own phrasing, never copied headlines)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    description: str = ""
    published: datetime | None = None
    guid: str | None = None


def rss(items: list[Item], title: str = "Test feed") -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>https://news.invalid/</link>"
        "<description>test</description>",
    ]
    for it in items:
        pub = it.published or datetime(2026, 6, 10, 14, tzinfo=UTC)
        parts.append(
            f"<item><title>{escape(it.title)}</title><link>{escape(it.link)}</link>"
            f"<guid>{escape(it.guid or it.link)}</guid>"
            f"<pubDate>{format_datetime(pub.astimezone(UTC))}</pubDate>"
            f"<description>{escape(it.description)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def atom(items: list[Item], title: str = "Test feed") -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title><id>urn:test</id><updated>2026-06-10T14:00:00Z</updated>",
    ]
    for it in items:
        pub = (it.published or datetime(2026, 6, 10, 14, tzinfo=UTC)).isoformat()
        parts.append(
            f'<entry><title>{escape(it.title)}</title><link href="{escape(it.link)}"/>'
            f"<id>{escape(it.guid or it.link)}</id>"
            f"<updated>{pub}</updated><published>{pub}</published>"
            f'<summary type="html">{escape(it.description)}</summary></entry>'
        )
    parts.append("</feed>")
    return "\n".join(parts).encode("utf-8")
