"""Admin pages and API: feed health, failing deliveries, the config's errors, reload.

Behind ``TRACKER_ADMIN_TOKEN``: the API takes it as ``Authorization: Bearer <token>``;
the pages take it once in a login form, which sets a signed, HttpOnly, SameSite=Strict
cookie good for :data:`SESSION_SECONDS` (changing the token logs everyone out). Without
a token the admin side is off: its pages and API answer 404 and say so. Wrong tokens
count against the client's rate limit (the ``login`` bucket).
"""

from __future__ import annotations

import hmac
from datetime import datetime
from typing import Any

from itsdangerous import BadSignature, TimestampSigner
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from tracker.app import Config
from tracker.registry import feed_plans
from tracker.secrets import mask_url
from tracker.store import DeliveryRow, FeedRow, TargetRow
from tracker.web.context import NO_STORE, Web, api_error, read_form, too_many, wait_text, web
from tracker.web.queries import iso
from tracker.web.security import derive_key

ADMIN_COOKIE = "tracker_admin"
SESSION_SECONDS = 8 * 3600
DISABLED = "The admin side is off: set TRACKER_ADMIN_TOKEN to turn it on."


def _signer(w: Web) -> TimestampSigner:
    return TimestampSigner(derive_key(w.settings.admin_token, "admin-session"), salt="admin")


def _token_ok(w: Web, given: str) -> bool:
    return hmac.compare_digest(given.encode(), w.settings.admin_token.encode())


def _logged_in(request: Request) -> bool:
    w = web(request)
    cookie = request.cookies.get(ADMIN_COOKIE)
    if not w.settings.admin_token or not cookie:
        return False
    try:
        _signer(w).unsign(cookie, max_age=SESSION_SECONDS)
    except BadSignature:
        return False
    return True


def api_guard(request: Request) -> Response | None:
    """None when the request carries the admin token; else the error to answer."""
    w = web(request)
    if not w.settings.admin_token:
        return api_error(404, DISABLED)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and given and _token_ok(w, given.strip()):
        return None
    wait = w.limited(request, "login")
    if wait is not None:
        return api_error(429, "too many wrong tokens; wait", too_many(wait))
    return api_error(401, "give the admin token as Authorization: Bearer <token>",
                     {"WWW-Authenticate": 'Bearer realm="tracker admin"'})  # fmt: skip


# --- what admins see ------------------------------------------------------------------------


def feeds_health(session: Session, config: Config) -> list[dict[str, Any]]:
    rows = {r.url: r for r in session.scalars(select(FeedRow))}
    out = []
    for url in sorted(feed_plans(config.watchlist)):
        r = rows.get(url)
        state = "never polled"
        if r is not None and r.consecutive_errors:
            state = "failing"
        elif r is not None and r.last_success_at:
            state = "ok"
        out.append(
            {
                "url": url,
                "name": r.name if r else None,
                "state": state,
                "last_success": iso(r.last_success_at) if r else None,
                "consecutive_errors": r.consecutive_errors if r else 0,
                "last_error": r.last_error if r else None,
                "failing_since": iso(r.failing_since) if r else None,
                "next_check": iso(r.next_check_at) if r else None,
                "moved_to": r.permanent_redirect if r else None,
            }
        )
    return out


def failing_deliveries(session: Session, limit: int = 200) -> list[dict[str, Any]]:
    """Deliveries failed for good, and pending ones that have failed at least once."""
    query = (
        select(DeliveryRow)
        .options(
            joinedload(DeliveryRow.event),
            joinedload(DeliveryRow.notice),
            joinedload(DeliveryRow.target).joinedload(TargetRow.subscriber),
        )
        .where(
            or_(
                DeliveryRow.state == "failed",
                (DeliveryRow.state == "pending") & (DeliveryRow.attempts > 0),
            )
        )
        .order_by(DeliveryRow.id.desc())
        .limit(limit)
    )
    return [
        {
            "id": d.id,
            "state": d.state,
            "production": d.event.production_id if d.event else None,
            "what": d.event.milestone if d.event else d.notice.kind if d.notice else "message",
            "subscriber": d.target.subscriber.name,
            "target": mask_url(d.target.url),
            "attempts": d.attempts,
            "last_error": d.last_error,
            "next_attempt": iso(d.next_attempt_at) if d.state == "pending" else None,
            "created_at": iso(d.created_at),
        }
        for d in session.scalars(query).unique()
    ]


def config_report(config: Config) -> dict[str, Any]:
    return {
        "path": str(config.path),
        "productions": len(config.watchlist.productions),
        "feeds": len(config.plans),
        "problems": [str(p) for p in config.problems],
    }


async def _overview(w: Web) -> dict[str, Any]:
    config = w.app.config

    def load(session: Session) -> dict[str, Any]:
        return {
            "feeds": feeds_health(session, config),
            "deliveries": failing_deliveries(session),
        }

    return {**await w.db(load), "config": config_report(config)}


async def _reload(w: Web) -> dict[str, Any]:
    changed = await run_in_threadpool(w.app.reload)
    problems = [str(p) for p in w.app.config.problems]
    if changed:
        message = "Reloaded: the new watchlist is in force."
    elif problems:
        message = "Not reloaded: the file has problems; the last good watchlist stays in force."
    else:
        message = "Nothing to reload: the file has not changed."
    return {"reloaded": changed, "message": message, "problems": problems}


# --- pages ----------------------------------------------------------------------------------


def _require_enabled(w: Web) -> None:
    if not w.settings.admin_token:
        raise HTTPException(404, DISABLED)


async def admin_page(request: Request) -> Response:
    w = web(request)
    _require_enabled(w)
    if not _logged_in(request):
        return RedirectResponse("/admin/login", status_code=303)
    context = await _overview(w)
    return w.render(request, "admin.html", {**context, "now": datetime.now()}, headers=NO_STORE)


async def login_form(request: Request) -> Response:
    w = web(request)
    _require_enabled(w)
    return w.render(request, "admin_login.html", {}, headers=NO_STORE)


async def login(request: Request) -> Response:
    w = web(request)
    _require_enabled(w)
    form = await read_form(request)
    given = str(form.get("token") or "")
    if _token_ok(w, given):
        response = RedirectResponse("/admin", status_code=303)
        response.set_cookie(
            ADMIN_COOKIE,
            _signer(w).sign("admin").decode(),
            max_age=SESSION_SECONDS,
            path="/admin",
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
        return response
    wait = w.limited(request, "login")
    error = "Wrong token." if wait is None else f"Too many tries; {wait_text(wait)}."
    return w.render(request, "admin_login.html", {"error": error}, 429 if wait else 401,
                    headers=NO_STORE)  # fmt: skip


async def logout(request: Request) -> Response:
    await read_form(request)
    response = RedirectResponse("/admin/login", status_code=303)
    response.delete_cookie(ADMIN_COOKIE, path="/admin")
    return response


async def reload_page(request: Request) -> Response:
    w = web(request)
    _require_enabled(w)
    await read_form(request)
    if not _logged_in(request):
        return RedirectResponse("/admin/login", status_code=303)
    result = await _reload(w)
    context = {**await _overview(w), "reload": result, "now": datetime.now()}
    return w.render(request, "admin.html", context, headers=NO_STORE)


# --- API ------------------------------------------------------------------------------------


async def api_feeds(request: Request) -> Response:
    w = web(request)
    refused = api_guard(request)
    if refused:
        return refused
    config = w.app.config
    return JSONResponse({"feeds": await w.db(lambda s: feeds_health(s, config))})


async def api_deliveries(request: Request) -> Response:
    w = web(request)
    refused = api_guard(request)
    if refused:
        return refused
    return JSONResponse({"deliveries": await w.db(failing_deliveries)})


async def api_config(request: Request) -> Response:
    refused = api_guard(request)
    if refused:
        return refused
    return JSONResponse(config_report(web(request).app.config))


async def api_reload(request: Request) -> Response:
    refused = api_guard(request)
    if refused:
        return refused
    return JSONResponse(await _reload(web(request)))


routes = [
    Route("/admin", admin_page, name="admin"),
    Route("/admin/login", login_form, name="admin_login", methods=["GET"]),
    Route("/admin/login", login, name="admin_login_post", methods=["POST"]),
    Route("/admin/logout", logout, name="admin_logout", methods=["POST"]),
    Route("/admin/reload", reload_page, name="admin_reload", methods=["POST"]),
    Route("/api/admin/feeds", api_feeds, methods=["GET"]),
    Route("/api/admin/deliveries", api_deliveries, methods=["GET"]),
    Route("/api/admin/config", api_config, methods=["GET"]),
    Route("/api/admin/reload", api_reload, methods=["POST"]),
]
