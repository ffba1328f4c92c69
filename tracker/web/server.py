"""Serving the web inside a running event loop (``tracker run`` and ``tracker web``)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterator

import uvicorn

from tracker.app import App
from tracker.web.app import create_app
from tracker.web.settings import WebSettings

log = logging.getLogger(__name__)


class _Server(uvicorn.Server):
    """A uvicorn server that leaves signals to its host (the daemon owns SIGTERM/SIGINT)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


class WebStartError(RuntimeError):
    """The web could not start (the port is taken, say)."""


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host.strip("[]"), port), family=family, backlog=1024)
    except OSError as exc:
        raise WebStartError(f"the web cannot listen on {host}:{port}: {exc.strerror}") from None


async def _run(server: _Server, sock: socket.socket) -> bool:
    try:
        await server.serve(sockets=[sock])
    except SystemExit:  # uvicorn's way to say that startup failed
        return False
    return True


async def serve_web(
    app: App,
    host: str,
    port: int,
    stop: asyncio.Event,
    *,
    settings: WebSettings | None = None,
    scheduler: bool = True,
    started: asyncio.Event | None = None,
) -> None:
    """Serve the web pages and API on ``host:port`` until ``stop`` is set.

    ``scheduler``: whether this process runs the scheduler (then /healthz needs its
    heartbeat). ``started`` is set once requests are answered. Raises
    :class:`WebStartError` when the server cannot start. On stop, requests in flight
    get up to 5 s to finish.
    """
    config = uvicorn.Config(
        create_app(app, settings, scheduler=scheduler),
        log_config=None,
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=5,
        lifespan="off",
    )
    server = _Server(config)
    sock = _listen(host, port)
    task = asyncio.create_task(_run(server, sock), name="web")
    stopping = asyncio.create_task(stop.wait())
    try:
        while not server.started and not task.done() and not stopping.done():
            await asyncio.wait({task, stopping}, timeout=0.02)
        if server.started:
            log.info("web listening on http://%s:%d", host, port)
            if started is not None:
                started.set()
            await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
        server.should_exit = True
        if not await task:
            raise WebStartError(f"the web could not start on {host}:{port}")
    finally:
        stopping.cancel()
        server.should_exit = True
        if not task.done():
            await asyncio.wait({task}, timeout=10)
        sock.close()
