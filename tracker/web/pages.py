"""The fans' pages: titles, a title's timeline, subscribe, manage."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from tracker.domain import MILESTONE_KINDS
from tracker.messages import manage_url
from tracker.web import fans, queries
from tracker.web.context import NO_STORE, Web, read_form, wait_text, web
from tracker.web.fans import Choice, FanError

SERVICES = (
    ("ntfy", "ntfy://my-secret-topic", "install the ntfy app and subscribe to a topic of "
     "your own; pick a long, hard-to-guess name"),
    ("Discord", "discord://webhook_id/webhook_token", "channel settings → Integrations → "
     "Webhooks → copy the URL https://discord.com/api/webhooks/ID/TOKEN"),
    ("Telegram", "tgram://bot_token/chat_id", "create a bot with @BotFather; your chat id "
     "comes from @userinfobot"),
    ("E-mail", "mailtos://user:app-password@gmail.com", "your mail account and an app "
     "password; add ?to=other@example.com to send elsewhere"),
)  # fmt: skip


async def index(request: Request) -> Response:
    w = web(request)
    watchlist = w.app.config.watchlist
    rows = await w.db(lambda s: queries.productions(s, watchlist, w.today()))
    return w.render(request, "index.html", {"productions": rows})


async def title(request: Request) -> Response:
    w = web(request)
    production_id = request.path_params["id"]
    watchlist = w.app.config.watchlist

    def load(session: Session) -> dict[str, Any] | None:
        found = queries.production(session, watchlist, production_id, w.today())
        if found is None:
            return None
        events = queries.events(session, production_id, limit=100)
        return {
            "p": found,
            "events": [(e, queries.event_headline(e, found.title)) for e in events],
            "sources": queries.sources(session, production_id),
        }

    context = await w.db(load)
    if context is None:
        raise HTTPException(404, f"No title {production_id!r} is watched here.")
    return w.render(request, "title.html", context)


def _form_context(w: Web, **extra: Any) -> dict[str, Any]:
    return {
        "productions": w.app.config.watchlist.productions,
        "kinds": [(k, queries.MILESTONE_NAMES[k]) for k in MILESTONE_KINDS],
        "services": SERVICES,
        "open": w.subscriptions_open,
        **extra,
    }


async def subscribe_form(request: Request) -> Response:
    w = web(request)
    wanted = request.query_params.getlist("title")
    values = {"productions": wanted, "milestones": list(MILESTONE_KINDS), "notify": "",
              "digest": "instant", "timezone": "UTC"}  # fmt: skip
    return w.render(request, "subscribe.html", _form_context(w, values=values), headers=NO_STORE)


def _values(form: FormData) -> dict[str, Any]:
    """The form as it was filled in (to show it again with an error)."""
    return {
        "productions": form.getlist("production"),
        "milestones": form.getlist("milestone"),
        "notify": str(form.get("notify") or "").strip(),
        "digest": form.get("digest") or "instant",
        "timezone": form.get("timezone") or "UTC",
    }


def _choice(values: dict[str, Any]) -> Choice:
    return fans.make_choice(
        values["productions"],
        values["milestones"],
        [values["notify"]] if values["notify"] else [],
        values["digest"],
        values["timezone"],
    )


async def subscribe_post(request: Request) -> Response:
    w = web(request)
    form = await read_form(request)
    action = "test" if form.get("action") == "test" else "subscribe"

    def again(status: int, **extra: Any) -> Response:
        context = _form_context(w, values=values, **extra)
        return w.render(request, "subscribe.html", context, status, headers=NO_STORE)

    values = _values(form)
    if not w.subscriptions_open:
        return again(503, error="Subscriptions are closed: the admin has not set a secret key.")
    wait = w.limited(request, action)
    if wait is not None:
        return again(429, error=f"Too many tries from your address; {wait_text(wait)}.")
    if action == "test":
        url = values["notify"]
        if not url:
            return again(400, error="Give a notification address to test.")
        error = await run_in_threadpool(fans.send_test, url, w.policy)
        if error:
            return again(400, test_error=error)
        return again(200, test_ok=True)
    try:
        choice = _choice(values)
        await run_in_threadpool(fans.check_urls, choice.urls, w.policy)
        known = [p.id for p in w.app.config.watchlist.productions]
        now = datetime.now(UTC)
        key = w.settings.secret_key
        _id, token = await w.write(lambda s: fans.create(s, choice, known, now, key))
    except FanError as exc:
        return again(400, error=str(exc))
    link = manage_url(w.base_url(request), token)
    names = {p.id: p.title for p in w.app.config.watchlist.productions}
    chosen = [names.get(p, p) for p in choice.productions]
    context = {"link": link, "titles": chosen, "links_in_messages": bool(w.settings.public_url)}
    return w.render(request, "subscribed.html", context, headers=NO_STORE)


async def _fan_or_404(w: Web, token: str) -> dict[str, Any]:
    found = await w.db(lambda s: _load(s, token))
    if found is None:
        raise HTTPException(404, "This manage link is not valid (any more). If you ended "
                                 "your subscription, nothing more is sent to you.")  # fmt: skip
    return found


def _load(session: Session, token: str) -> dict[str, Any] | None:
    row = fans.find(session, token)
    return None if row is None else fans.view(row)


async def manage(request: Request) -> Response:
    w = web(request)
    token = request.path_params["token"]
    fan = await _fan_or_404(w, token)
    return w.render(request, "manage.html", _form_context(w, fan=fan, token=token),
                    headers=NO_STORE)  # fmt: skip


async def manage_post(request: Request) -> Response:
    w = web(request)
    token = request.path_params["token"]
    form = await read_form(request)
    fan = await _fan_or_404(w, token)
    action = form.get("action")

    def page(status: int = 200, **extra: Any) -> Response:
        context = _form_context(w, fan=fan, token=token, **extra)
        return w.render(request, "manage.html", context, status, headers=NO_STORE)

    if action == "end":
        await w.write(lambda s: _end(s, token))
        return w.render(request, "ended.html", {}, headers=NO_STORE)
    if action == "test":
        wait = w.limited(request, "test")
        if wait is not None:
            return page(429, error=f"Too many tries; {wait_text(wait)}.")
        urls = await w.db(lambda s: _urls(s, token))
        errors = [e for e in [await run_in_threadpool(fans.send_test, u, w.policy) for u in urls]
                  if e]  # fmt: skip
        return page(400 if errors else 200, test_ok=not errors, test_error="; ".join(errors))
    try:
        choice = _choice(_values(form))
        await run_in_threadpool(fans.check_urls, choice.urls, w.policy)
        known = [p.id for p in w.app.config.watchlist.productions]
        now = datetime.now(UTC)
        key = w.settings.secret_key
        fan = await w.write(lambda s: _change(s, token, choice, known, now, key))
    except FanError as exc:
        return page(400, error=str(exc))
    return page(saved=True)


def _urls(session: Session, token: str) -> list[str]:
    row = fans.find(session, token)
    return [] if row is None else fans.active_urls(row)


def _end(session: Session, token: str) -> None:
    row = fans.find(session, token)
    if row is not None:
        fans.end(session, row)


def _change(
    session: Session, token: str, choice: Choice, known: list[str], now: datetime, key: str
) -> dict[str, Any]:
    row = fans.find(session, token)
    if row is None:
        raise FanError("this subscription has ended")
    fans.change(session, row, choice, known, now, key)
    session.refresh(row)
    return fans.view(row)


async def one_click(request: Request) -> Response:
    """RFC 8058 one-click unsubscribe: a POST to the link itself ends the subscription."""
    w = web(request)
    token = request.path_params["token"]
    await _fan_or_404(w, token)
    await w.write(lambda s: _end(s, token))
    return PlainTextResponse("Unsubscribed. Nothing more will be sent.", headers=NO_STORE)


routes = [
    Route("/", index, name="index"),
    Route("/subscribe", subscribe_form, name="subscribe", methods=["GET"]),
    Route("/subscribe", subscribe_post, name="subscribe_post", methods=["POST"]),
    Route("/manage/{token}", manage, name="manage", methods=["GET"]),
    Route("/manage/{token}", manage_post, name="manage_post", methods=["POST"]),
    Route("/manage/{token}/unsubscribe", one_click, name="one_click", methods=["POST"]),
    Route("/titles/{id}", title, name="title"),
]
