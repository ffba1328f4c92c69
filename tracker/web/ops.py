"""``/healthz`` (scheduler heartbeat, database, config) and ``/metrics`` (Prometheus)."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tracker.health import check
from tracker.web.context import web


async def healthz(request: Request) -> Response:
    """Scheduler heartbeat, database, config: 200 when all that this process needs is ok."""
    w = web(request)
    checks = await run_in_threadpool(check, w.app.settings)
    body: dict[str, Any] = {}
    healthy = True
    for c in checks:
        needed = c.name != "scheduler" or w.scheduler
        healthy = healthy and (c.ok or not needed)
        body[c.name] = {"ok": c.ok, "detail": c.detail, "required": needed}
    problems = w.app.config.problems
    body["config_in_force"] = {
        "ok": not problems,
        "detail": f"{len(problems)} problems in the file; the last good watchlist is in force"
        if problems else "the file is the watchlist in force",
        "required": False,
    }  # fmt: skip
    return JSONResponse({"healthy": healthy, **body}, status_code=200 if healthy else 503,
                        headers={"Cache-Control": "no-store"})  # fmt: skip


async def metrics(request: Request) -> Response:
    w = web(request)
    body = await run_in_threadpool(w.metrics.exposition)
    return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")


routes = [
    Route("/healthz", healthz, name="healthz"),
    Route("/metrics", metrics, name="metrics"),
]
