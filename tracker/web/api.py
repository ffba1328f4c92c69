"""The JSON API under ``/api/`` (described by ``/api/openapi.json``, see :mod:`openapi`).

Writes take ``application/json`` only (another site's form cannot send it without a
CORS preflight, which is never granted), so they need no CSRF token. Subscribe and test
count against the client's rate limit; manage calls are authorised by the token itself.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tracker.messages import manage_url
from tracker.web import fans, queries
from tracker.web.context import Web, api_error, read_json, too_many, web
from tracker.web.fans import Choice, FanError
from tracker.web.openapi import document

MAX_EVENTS = 500


async def productions(request: Request) -> Response:
    w = web(request)
    watchlist = w.app.config.watchlist
    rows = await w.db(lambda s: queries.productions(s, watchlist, w.today()))
    return JSONResponse({"productions": [r.json() for r in rows]})


async def production(request: Request) -> Response:
    w = web(request)
    production_id = request.path_params["id"]
    watchlist = w.app.config.watchlist

    def load(session: Session) -> dict[str, Any] | None:
        found = queries.production(session, watchlist, production_id, w.today())
        if found is None:
            return None
        events = queries.events(session, production_id, limit=100)
        return {**found.json(), "events": [queries.event_json(e) for e in events]}

    body = await w.db(load)
    if body is None:
        return api_error(404, f"no production {production_id!r}")
    return JSONResponse(body)


def _int_param(request: Request, name: str, default: int | None, low: int, high: int) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}")
    return int(raw)


async def events(request: Request) -> Response:
    w = web(request)
    try:
        limit = _int_param(request, "limit", 50, 1, MAX_EVENTS) or 50
        before = _int_param(request, "before", None, 1, 2**62)
    except ValueError as exc:
        return api_error(400, str(exc))
    production_id = request.query_params.get("production") or None
    if production_id is not None and w.app.config.watchlist.production(production_id) is None:
        return api_error(404, f"no production {production_id!r}")
    rows = await w.db(lambda s: queries.events(s, production_id, limit=limit, before=before))
    return JSONResponse({"events": [queries.event_json(e) for e in rows]})


def _choice(body: dict[str, Any], current: dict[str, Any] | None = None) -> Choice:
    """A choice from a JSON body; for a change, missing fields keep their current value."""
    base = current or {"productions": [], "milestones": None, "digest": "instant",
                       "timezone": "UTC"}  # fmt: skip
    notify = body.get("notify", [])
    if isinstance(notify, str):
        notify = [notify]
    fields = {
        "productions": body.get("productions", base["productions"]),
        "milestones": body.get("milestones", base["milestones"]),
        "digest": body.get("digest", base["digest"]),
        "timezone": body.get("timezone", base["timezone"]),
    }
    for name in ("productions", "milestones"):
        value = fields[name]
        if value is not None and not (isinstance(value, list) and len(value) <= 100):
            raise FanError(f"{name} must be a list")
    if not isinstance(notify, list) or len(notify) > fans.MAX_URLS:
        raise FanError(f"notify must be a list of at most {fans.MAX_URLS} URLs")
    return fans.make_choice(fields["productions"], fields["milestones"], notify,
                            fields["digest"], fields["timezone"])  # fmt: skip


def _closed(w: Web) -> Response | None:
    if not w.subscriptions_open:
        return api_error(503, "subscriptions are closed: the admin has not set TRACKER_SECRET_KEY")
    return None


async def subscribe(request: Request) -> Response:
    w = web(request)
    closed = _closed(w)
    if closed:
        return closed
    body = await read_json(request)
    wait = w.limited(request, "subscribe")
    if wait is not None:
        return api_error(429, "too many subscriptions from your address; wait", too_many(wait))
    try:
        choice = _choice(body)
        await run_in_threadpool(fans.check_urls, choice.urls, w.policy)
        known = [p.id for p in w.app.config.watchlist.productions]
        now = datetime.now(UTC)
        key = w.settings.secret_key

        def create(session: Session) -> tuple[str, dict[str, Any]]:
            sid, token = fans.create(session, choice, known, now, key)
            row = fans.find(session, token)
            assert row is not None and row.id == sid
            return token, fans.view(row)

        token, fan = await w.write(create)
    except FanError as exc:
        return api_error(400, str(exc))
    link = manage_url(w.base_url(request), token)
    headers = {"Location": f"/api/manage/{token}", "Cache-Control": "no-store"}
    body = {"manage_token": token, "manage_url": link, **fan}
    return JSONResponse(body, status_code=201, headers=headers)


async def test(request: Request) -> Response:
    w = web(request)
    body = await read_json(request)
    url = body.get("url")
    if not isinstance(url, str) or not url.strip():
        return api_error(400, "give the notification URL to test as url")
    wait = w.limited(request, "test")
    if wait is not None:
        return api_error(429, "too many tests from your address; wait", too_many(wait))
    error = await run_in_threadpool(fans.send_test, url.strip(), w.policy)
    return JSONResponse({"ok": error is None, "error": error})


async def manage_get(request: Request) -> Response:
    w = web(request)
    token = request.path_params["token"]
    fan = await w.db(lambda s: _view(s, token))
    if fan is None:
        return api_error(404, "no subscription has this token")
    return JSONResponse(fan, headers={"Cache-Control": "no-store"})


def _view(session: Session, token: str) -> dict[str, Any] | None:
    row = fans.find(session, token)
    return None if row is None else fans.view(row)


async def manage_patch(request: Request) -> Response:
    w = web(request)
    token = request.path_params["token"]
    body = await read_json(request)
    current = await w.db(lambda s: _view(s, token))
    if current is None:
        return api_error(404, "no subscription has this token")
    try:
        choice = _choice(body, current)
        await run_in_threadpool(fans.check_urls, choice.urls, w.policy)
        known = [p.id for p in w.app.config.watchlist.productions]
        now = datetime.now(UTC)
        key = w.settings.secret_key

        def change(session: Session) -> dict[str, Any]:
            row = fans.find(session, token)
            if row is None:
                raise FanError("this subscription has ended")
            fans.change(session, row, choice, known, now, key)
            session.refresh(row)
            return fans.view(row)

        fan = await w.write(change)
    except FanError as exc:
        return api_error(400, str(exc))
    return JSONResponse(fan, headers={"Cache-Control": "no-store"})


async def manage_delete(request: Request) -> Response:
    w = web(request)
    token = request.path_params["token"]

    def end(session: Session) -> bool:
        row = fans.find(session, token)
        if row is None:
            return False
        fans.end(session, row)
        return True

    if not await w.write(end):
        return api_error(404, "no subscription has this token")
    return Response(status_code=204)


async def openapi(request: Request) -> Response:
    return JSONResponse(document(web(request).base_url(request)))


routes = [
    Route("/api/openapi.json", openapi, methods=["GET"]),
    Route("/api/productions", productions, methods=["GET"]),
    Route("/api/productions/{id}", production, methods=["GET"]),
    Route("/api/events", events, methods=["GET"]),
    Route("/api/subscriptions", subscribe, methods=["POST"]),
    Route("/api/test", test, methods=["POST"]),
    Route("/api/manage/{token}", manage_get, methods=["GET"]),
    Route("/api/manage/{token}", manage_patch, methods=["PATCH"]),
    Route("/api/manage/{token}", manage_delete, methods=["DELETE"]),
]
