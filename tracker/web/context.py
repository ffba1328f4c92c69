"""What every endpoint shares (the :class:`Web` on ``app.state.web``) and small helpers."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.templating import Jinja2Templates

from tracker.app import App
from tracker.messages import human_date
from tracker.secrets import mask_url
from tracker.web.metrics import Metrics
from tracker.web.security import CSRF_COOKIE, CSRF_FIELD, Csrf, RateLimiter, client_key
from tracker.web.settings import WebSettings
from tracker.web.urlguard import UrlPolicy

HERE = Path(__file__).parent
T = TypeVar("T")

NO_STORE = {"Cache-Control": "no-store"}


def web_link(url: object) -> bool:
    """Is ``url`` a link a page may point at (http or https, not javascript: or data:)?"""
    return isinstance(url, str) and url.lower().startswith(("http://", "https://"))


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.autoescape = True  # every template, whatever its name: feed text is hostile
    env.globals["human_date"] = human_date
    env.filters["masked"] = mask_url
    env.tests["web_link"] = web_link
    env.filters["when"] = lambda d: d.strftime("%b %-d, %Y %H:%M UTC") if d else ""
    return templates


@dataclass
class Web:
    app: App
    settings: WebSettings
    templates: Jinja2Templates
    csrf: Csrf
    metrics: Metrics
    scheduler: bool = True  # does this process run the scheduler (is its heartbeat needed)?
    limits: dict[str, RateLimiter] = field(default_factory=dict)
    today: Callable[[], date] = field(default=lambda: datetime.now(UTC).date())

    @property
    def policy(self) -> UrlPolicy:
        return UrlPolicy.from_settings(self.settings)

    @property
    def subscriptions_open(self) -> bool:
        return bool(self.settings.secret_key)

    def base_url(self, request: Request) -> str:
        return self.settings.public_url or str(request.base_url).rstrip("/")

    async def db(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` with a session in a worker thread (the store is synchronous)."""

        def run() -> T:
            with self.app.factory() as session:
                return work(session)

        return await run_in_threadpool(run)

    async def write(self, work: Callable[[Session], T]) -> T:
        """Like :meth:`db`, in one transaction that commits."""

        def run() -> T:
            with self.app.factory() as session, session.begin():
                return work(session)

        return await run_in_threadpool(run)

    def limited(self, request: Request, action: str) -> float | None:
        """None when the client may do ``action`` now; else seconds to wait."""
        limiter = self.limits.get(action)
        if limiter is None:
            capacity, period = self.settings.rate_limit
            limiter = self.limits[action] = RateLimiter(capacity, period)
        return limiter.take(client_key(request))

    def render(
        self,
        request: Request,
        name: str,
        context: dict[str, Any] | None = None,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        token, new = self.csrf.token_for(request)
        values = {"csrf": token, "csrf_field": CSRF_FIELD, "base_url": self.base_url(request)}
        response = self.templates.TemplateResponse(
            request, name, {**values, **(context or {})}, status_code, headers
        )
        if new:
            response.set_cookie(
                CSRF_COOKIE,
                token,
                httponly=True,
                samesite="strict",
                secure=request.url.scheme == "https",
            )
        return response


def web(request: Request) -> Web:
    found: Web = request.app.state.web
    return found


async def read_form(request: Request) -> FormData:
    """The posted form, after its CSRF token was checked (403 otherwise)."""
    form = await request.form(max_files=0, max_fields=200)
    if not web(request).csrf.check(request, form.get(CSRF_FIELD)):
        raise HTTPException(403, "This form has expired or did not come from this site. "
                                 "Go back, reload the page and try again.")  # fmt: skip
    return form


async def read_json(request: Request) -> dict[str, Any]:
    """The JSON object posted (415 for another type, 400 for bad JSON)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise HTTPException(415, "send application/json")
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, "the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise HTTPException(400, "send a JSON object")
    return body


def api_error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def wait_text(seconds: float) -> str:
    """ "wait 40 s" / "wait 6 min": how long a rate-limited client must wait."""
    return f"wait {max(1, round(seconds))} s" if seconds < 90 else f"wait {round(seconds / 60)} min"


def too_many(retry_after: float) -> dict[str, str]:
    return {"Retry-After": str(max(1, round(retry_after)))}
