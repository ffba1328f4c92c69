"""``/calendar.ics`` and ``/titles/{id}.ics``: release dates and premieres as all-day events.

- Only day-precise dates become events (``DTSTART;VALUE=DATE``, ``DTEND`` the day after):
  all-day dates carry no time and no zone, so no calendar shifts them. A vaguer date
  ("fall 2026", "September 2026") is no day to put in a calendar: it is left out, and
  the title's page shows it.
- UIDs are stable, ``{production}-{milestone}@tracker`` (``good-sex-release_date@tracker``):
  when a date moves, calendars move the one event. ``SEQUENCE`` counts the milestone's
  changes so that clients take the newer version.
- ``STATUS``: TENTATIVE while a date is only expected, CONFIRMED once announced (and for
  premieres held).
"""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar, Event
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tracker.web import queries
from tracker.web.context import web

WHAT = {"release_date": "release", "premiere": "premiere"}


def uid(production_id: str, milestone: str) -> str:
    return f"{production_id}-{milestone}@tracker"


def build(
    views: list[queries.ProductionView],
    counts: dict[tuple[str, str], int],
    base_url: str,
    name: str,
) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//tracker//release calendar//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for view in views:
        for kind in queries.DATED_KINDS:
            state = view.states.get(kind)
            if state is None or state.date is None or state.date.precision != "day":
                continue
            event = Event()
            event.add("uid", uid(view.id, kind))
            event.add("summary", f"{view.label}: {WHAT[kind]}")
            event.add("dtstart", state.date.day)
            event.add("dtend", state.date.day + timedelta(days=1))
            event.add("dtstamp", state.updated_at)
            event.add("last-modified", state.updated_at)
            event.add("sequence", max(0, counts.get((view.id, kind), 1) - 1))
            event.add("status", "TENTATIVE" if state.status == "expected" else "CONFIRMED")
            event.add("transp", "TRANSPARENT")
            event.add("url", f"{base_url}/titles/{view.id}")
            if state.source:
                event.add("description", f"Source: {state.source}")
            cal.add_component(event)
    return bytes(cal.to_ical())


def _response(body: bytes, filename: str) -> Response:
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        headers={
            "Content-Disposition": f'inline; filename="{filename}"',
            "Cache-Control": "public, max-age=900",
        },
    )


async def calendar(request: Request) -> Response:
    w = web(request)
    watchlist = w.app.config.watchlist

    def load(session: Session) -> bytes:
        views = queries.productions(session, watchlist, w.today())
        return build(views, queries.event_counts(session), w.base_url(request), "Releases")

    return _response(await w.db(load), "tracker.ics")


async def title_calendar(request: Request) -> Response:
    w = web(request)
    production_id = request.path_params["id"]
    watchlist = w.app.config.watchlist

    def load(session: Session) -> bytes | None:
        view = queries.production(session, watchlist, production_id, w.today())
        if view is None:
            return None
        counts = queries.event_counts(session, production_id)
        return build([view], counts, w.base_url(request), view.label)

    body = await w.db(load)
    if body is None:
        raise HTTPException(404, f"No title {production_id!r} is watched here.")
    return _response(body, f"{production_id}.ics")


routes = [
    Route("/calendar.ics", calendar, name="calendar"),
    Route("/titles/{id}.ics", title_calendar, name="title_calendar"),
]
