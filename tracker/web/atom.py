"""``/events.atom`` and ``/titles/{id}.atom``: the newest changes as Atom feeds (feedgen).

An entry's id is ``urn:tracker:event:{id}`` (stable for the database's life); its link is
the title's page, or the article when there is one.
"""

from __future__ import annotations

from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tracker.store import EventRow
from tracker.web import queries
from tracker.web.context import web, web_link

LIMIT = 50


def build(
    base: str, title: str, self_url: str, page_url: str, events: list[EventRow],
    titles: dict[str, str],
) -> bytes:  # fmt: skip
    fg = FeedGenerator()
    fg.id(self_url)
    fg.title(title)
    fg.link(href=self_url, rel="self")
    fg.link(href=page_url, rel="alternate")
    fg.language("en")
    fg.updated(events[0].detected_at if events else None)
    for ev in reversed(events):  # feedgen lists entries newest first when added oldest first
        name = titles.get(ev.production_id, ev.production_id)
        entry = fg.add_entry()
        entry.id(f"urn:tracker:event:{ev.id}")
        entry.title(f"{name}: {queries.event_headline(ev, name)}")
        entry.updated(ev.detected_at)
        entry.published(ev.detected_at)
        page = f"{base}/titles/{ev.production_id}"
        entry.link(href=ev.source if web_link(ev.source) else page)
        summary = ev.source_title or ev.evidence
        if summary:
            entry.summary(summary)
    return bytes(fg.atom_str(pretty=True))


def _response(body: bytes) -> Response:
    return Response(body, media_type="application/atom+xml; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=300"})  # fmt: skip


async def events_feed(request: Request) -> Response:
    w = web(request)
    base = w.base_url(request)
    titles = {p.id: p.title for p in w.app.config.watchlist.productions}

    def load(session: Session) -> bytes:
        events = queries.events(session, limit=LIMIT)
        return build(base, "tracker: every change", f"{base}/events.atom",
                     f"{base}/", events, titles)  # fmt: skip

    return _response(await w.db(load))


async def title_feed(request: Request) -> Response:
    w = web(request)
    base = w.base_url(request)
    production_id = request.path_params["id"]
    production = w.app.config.watchlist.production(production_id)
    if production is None:
        raise HTTPException(404, f"No title {production_id!r} is watched here.")
    titles = {production.id: production.title}

    def load(session: Session) -> bytes:
        events = queries.events(session, production_id, limit=LIMIT)
        url = f"{base}/titles/{production_id}"
        return build(base, f"tracker: {production.title}", f"{url}.atom", url,
                     events, titles)  # fmt: skip

    return _response(await w.db(load))


routes = [
    Route("/events.atom", events_feed, name="events_atom"),
    Route("/titles/{id}.atom", title_feed, name="title_atom"),
]
