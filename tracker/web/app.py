"""The Starlette application: :func:`create_app` builds it around a running :class:`App`."""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from tracker.app import App
from tracker.web import admin, api, atom, calendar, ops, pages
from tracker.web.context import HERE, Web, make_templates, web
from tracker.web.metrics import Latency, Metrics
from tracker.web.security import BodyLimit, Csrf, SecurityHeaders, derive_key
from tracker.web.settings import WebSettings

log = logging.getLogger(__name__)

HEADINGS = {400: "That did not work", 403: "Not allowed", 404: "Not found",
            405: "Not allowed", 413: "Too large", 429: "Slow down"}  # fmt: skip


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": exc.detail}, exc.status_code, headers=exc.headers)
    heading = HEADINGS.get(exc.status_code, "Something is wrong")
    context = {"heading": heading, "message": exc.detail}
    return web(request).render(request, "message.html", context, exc.status_code, exc.headers)


async def server_error(request: Request, exc: Exception) -> Response:
    log.error("web request %s %s failed: %s", request.method, request.url.path, type(exc).__name__)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": "internal error; it is logged"}, 500)
    return Response("Something went wrong on our side; try again later.", 500,
                    media_type="text/plain")  # fmt: skip


def create_app(
    app: App, settings: WebSettings | None = None, *, scheduler: bool = True
) -> Starlette:
    """The web pages and API of ``app``.

    ``settings``: default :meth:`WebSettings.for_app` (the environment). ``scheduler``:
    whether this process runs the scheduler, so /healthz needs its heartbeat (``tracker
    run``: True; ``tracker web`` alone: False).
    """
    settings = settings or WebSettings.for_app(app)
    metrics = Metrics(app)
    state = Web(
        app=app,
        settings=settings,
        templates=make_templates(),
        csrf=Csrf(derive_key(settings.secret_key, "csrf")),
        metrics=metrics,
        scheduler=scheduler,
    )
    routes = [
        *ops.routes,
        *calendar.routes,
        *atom.routes,
        *api.routes,
        *admin.routes,
        *pages.routes,
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    starlette = Starlette(
        routes=routes,
        middleware=[
            Middleware(Latency, metrics=metrics),
            Middleware(SecurityHeaders),
            Middleware(BodyLimit, max_body=settings.max_body),
        ],
        exception_handlers={HTTPException: http_error, 500: server_error},
    )
    starlette.state.web = state
    return starlette
