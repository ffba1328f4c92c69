"""Real loopback servers for tests: a misbehaving feed server, a JSON sink and an SMTP sink.

Every server binds 127.0.0.1 on a free port, runs in daemon threads, is a context manager
(``with FeedServer() as srv: ...``) and stops fast: open connections are shut down on
``stop()`` and every sleeping/dripping handler wakes up on the stop event.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import gzip as gzip_mod
import json
import socket
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

import pytest
from aiosmtpd.controller import Controller

HOST = "127.0.0.1"
_SOCKET_TIMEOUT = 5.0  # per-connection read timeout inside handlers
_JOIN_TIMEOUT = 2.0  # how long stop() waits for each handler thread


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def refused_url(path: str = "/") -> str:
    """An http URL on 127.0.0.1 where nothing listens (connecting gives ECONNREFUSED)."""
    return f"http://{HOST}:{free_port()}{path}"


# --------------------------------------------------------------------------- HTTP plumbing


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, handler: type[BaseHTTPRequestHandler], owner: _HttpBase) -> None:
        self.owner = owner
        super().__init__((owner.host, 0), handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up mid-response are expected here; stay quiet."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = _SOCKET_TIMEOUT
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._track(self.connection)

    def finish(self) -> None:
        try:
            with contextlib.suppress(OSError):
                super().finish()
        finally:
            self.server.owner._untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _headers_dict(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.headers.items()}


class _HttpBase:
    """Shared lifecycle for the stdlib HTTP servers: start/stop, connection tracking."""

    _handler: type[_Handler]

    host = HOST  # another loopback address (127.0.0.2) stands for another publisher

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._conns: dict[socket.socket, threading.Thread] = {}
        self.connections = 0  # accepted since start: tells whether clients reuse them
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("server not started")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL, ending with '/'."""
        return f"http://{self.host}:{self.port}/"

    def url_for(self, path: str) -> str:
        return f"http://{self.host}:{self.port}/{path.lstrip('/')}"

    def start(self) -> Self:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        self._httpd = _Server(self._handler, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"{type(self).__name__}:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()  # wakes delays, drips and endless bodies
        httpd.shutdown()
        httpd.server_close()
        with self._lock:
            conns = list(self._conns.items())
        for sock, _ in conns:  # unblock handlers parked in recv()
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for _, thread in conns:
            if thread is not threading.current_thread():
                thread.join(_JOIN_TIMEOUT)
        if self._thread is not None:
            self._thread.join(_JOIN_TIMEOUT)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._conns[sock] = threading.current_thread()
            self.connections += 1

    def _untrack(self, sock: socket.socket) -> None:
        with self._lock:
            self._conns.pop(sock, None)

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; True if it is stopping."""
        return self._stopping.wait(seconds) if seconds > 0 else self._stopping.is_set()


# --------------------------------------------------------------------------- FeedServer


@dataclass
class Route:
    kind: str  # "static" | "redirect" | "slow" | "endless" | "reset"
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/rss+xml"
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    chunk: bytes = b""
    every: float = 0.0
    total_chunks: int = 0
    chunked: bool = True


def _http_date(value: str | datetime | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return format_datetime(value, usegmt=True)


def _not_modified(route: Route, req: dict[str, str]) -> bool:
    inm = req.get("if-none-match")
    if inm is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
        if route.etag is None:
            return False
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or route.etag.removeprefix("W/") in tags
    ims = req.get("if-modified-since")
    if ims is None or route.last_modified is None:
        return False
    try:
        return parsedate_to_datetime(route.last_modified) <= parsedate_to_datetime(ims)
    except (TypeError, ValueError):
        return False


class _FeedHandler(_Handler):
    server: _Server

    @property
    def feed(self) -> FeedServer:
        owner = self.server.owner
        assert isinstance(owner, FeedServer)
        return owner

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _serve(self, head: bool) -> None:
        srv = self.feed
        req_headers = self._headers_dict()
        route, delay = srv._record(self.command, self.path, req_headers)
        if delay and srv._sleep(delay):
            self.close_connection = True
            return
        if route is None:
            self._send(404, b"not found\n", {"Content-Type": "text/plain"}, head)
            return
        try:
            if route.kind == "reset":
                self._reset()
            elif route.kind == "redirect":
                self._send(route.status, b"", {"Location": route.headers["Location"]}, head)
            elif route.kind == "slow":
                self._slow(route, head)
            elif route.kind == "endless":
                self._endless(route, head)
            else:
                self._static(route, req_headers, head)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True  # the client hung up; that is the point

    def _send(self, status: int, body: bytes, headers: dict[str, str], head: bool) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and not head and status != 304:
            self.wfile.write(body)

    def _static(self, route: Route, req: dict[str, str], head: bool) -> None:
        headers: dict[str, str] = {}
        if route.etag is not None:
            headers["ETag"] = route.etag
        if route.last_modified is not None:
            headers["Last-Modified"] = route.last_modified
        if route.status == 200 and _not_modified(route, req):
            self._send(304, b"", {**headers, **route.headers}, head)
            return
        body = route.body
        headers["Content-Type"] = route.content_type
        if route.gzip:
            body = gzip_mod.compress(body)
            headers["Content-Encoding"] = "gzip"
        self._send(route.status, body, {**headers, **route.headers}, head)

    def _slow(self, route: Route, head: bool) -> None:
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.chunk) * route.total_chunks))
        self.end_headers()
        self.wfile.flush()
        if head:
            return
        for _ in range(route.total_chunks):
            if self.feed._sleep(route.every):
                self.close_connection = True
                return
            self.wfile.write(route.chunk)
            self.wfile.flush()

    def _endless(self, route: Route, head: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", route.content_type)
        if route.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if head:
            return
        data = (b"%x\r\n%s\r\n" % (len(route.chunk), route.chunk)) if route.chunked else route.chunk
        while not self.feed._sleep(route.every):
            self.wfile.write(data)

    def _reset(self) -> None:
        # SO_LINGER on with a zero timeout: close() sends RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class FeedServer(_HttpBase):
    """HTTP server whose routes (and their misbehaviours) are set at runtime.

    Routes match the exact request target first, then the path without its query string.
    Unknown paths answer 404.
    """

    _handler = _FeedHandler

    def __init__(self) -> None:
        super().__init__()
        self._routes: dict[str, Route] = {}
        self._delays: dict[str, float] = {}
        self._requests: list[tuple[str, str, dict[str, str]]] = []

    # -- configuration ----------------------------------------------------------------
    def route(
        self,
        path: str,
        body: bytes | str = b"",
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str = "application/rss+xml",
        *,
        etag: str | None = None,
        last_modified: str | datetime | None = None,
        gzip: bool = False,
    ) -> str:
        """Serve ``body`` at ``path``; returns the full URL.

        ``etag``/``last_modified`` enable conditional GET (304, empty body);
        ``gzip=True`` always sends the body gzip-compressed with Content-Encoding: gzip.
        """
        raw = body.encode() if isinstance(body, str) else body
        self._set(
            path,
            Route(
                "static",
                body=raw,
                status=status,
                headers=dict(headers or {}),
                content_type=content_type,
                etag=etag,
                last_modified=_http_date(last_modified),
                gzip=gzip,
            ),
        )
        return self.url_for(path)

    def status(
        self,
        path: str,
        code: int,
        headers: dict[str, str] | None = None,
        body: bytes | str = b"",
    ) -> str:
        """Answer ``code`` (e.g. 429/503 with ``{"Retry-After": "120"}``)."""
        return self.route(path, body, status=code, headers=headers, content_type="text/plain")

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Redirect ``path`` to ``to`` (a path or absolute URL). Two of these form a loop."""
        if status not in (301, 302, 303, 307, 308):
            raise ValueError(f"not a redirect status: {status}")
        self._set(path, Route("redirect", status=status, headers={"Location": to}))
        return self.url_for(path)

    def slow(
        self,
        path: str,
        chunk: bytes = b"<",
        every: float = 0.5,
        total_chunks: int = 20,
        content_type: str = "application/rss+xml",
    ) -> str:
        """Announce Content-Length up front, then drip ``chunk`` every ``every`` seconds."""
        self._set(
            path,
            Route(
                "slow",
                chunk=chunk,
                every=every,
                total_chunks=total_chunks,
                content_type=content_type,
            ),
        )
        return self.url_for(path)

    def endless(
        self,
        path: str,
        chunk: bytes = b"<item>" + b"x" * 1018,
        every: float = 0.0,
        chunked: bool = True,
    ) -> str:
        """Stream ``chunk`` forever (chunked, or connection-close if ``chunked=False``)."""
        self._set(path, Route("endless", chunk=chunk, every=every, chunked=chunked))
        return self.url_for(path)

    def reset(self, path: str) -> str:
        """Read the request, then abort the TCP connection (RST)."""
        self._set(path, Route("reset"))
        return self.url_for(path)

    def delay(self, path: str, seconds: float) -> str:
        """Wait ``seconds`` before answering ``path`` (whatever its route is)."""
        with self._lock:
            self._delays[path] = seconds
        return self.url_for(path)

    def clear(self, path: str | None = None) -> None:
        """Forget one route (and its delay) or all of them; request log is kept."""
        with self._lock:
            if path is None:
                self._routes.clear()
                self._delays.clear()
            else:
                self._routes.pop(path, None)
                self._delays.pop(path, None)

    # -- observation ------------------------------------------------------------------
    @property
    def requests(self) -> list[tuple[str, str, dict[str, str]]]:
        """Snapshot of every request: (method, request target, lower-cased headers)."""
        with self._lock:
            return list(self._requests)

    def hits(self, path: str) -> int:
        """Requests whose target is ``path`` (query string ignored unless ``path`` has one)."""
        with self._lock:
            return sum(1 for _, p, _ in self._requests if p == path or p.split("?", 1)[0] == path)

    # -- internals --------------------------------------------------------------------
    def _set(self, path: str, route: Route) -> None:
        with self._lock:
            self._routes[path] = route

    def _record(
        self, method: str, target: str, headers: dict[str, str]
    ) -> tuple[Route | None, float]:
        bare = target.split("?", 1)[0]
        with self._lock:
            self._requests.append((method, target, headers))
            route = self._routes.get(target) or self._routes.get(bare)
            delay = self._delays.get(target, self._delays.get(bare, 0.0))
        return route, delay


# --------------------------------------------------------------------------- JsonSink


@dataclass(frozen=True)
class SinkMessage:
    path: str
    headers: dict[str, str]  # lower-cased names
    json: Any  # parsed body, or None if it was not valid JSON
    raw: bytes


class _SinkHandler(_Handler):
    def do_POST(self) -> None:
        sink = self.server.owner
        assert isinstance(sink, JsonSink)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        msg = SinkMessage(self.path, self._headers_dict(), parsed, raw)
        status, delay = sink._begin(msg)
        if delay and sink._sleep(delay):
            self.close_connection = True
            return
        body = b'{"ok": true}' if status < 300 else b'{"ok": false}'
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True
            return
        if status < 300:
            sink._accept(msg)

    do_PUT = do_POST


class JsonSink(_HttpBase):
    """HTTP endpoint for apprise ``json://``: records accepted POSTs in ``.received``."""

    _handler = _SinkHandler

    def __init__(self) -> None:
        super().__init__()
        self._cond = threading.Condition(self._lock)
        self._received: list[SinkMessage] = []
        self._requests: list[SinkMessage] = []
        self._fail: list[int] = []
        self._delay = 0.0

    @property
    def apprise_url(self) -> str:
        return f"json://{HOST}:{self.port}/"

    @property
    def received(self) -> list[SinkMessage]:
        """Messages answered with 2xx (snapshot)."""
        with self._lock:
            return list(self._received)

    @property
    def requests(self) -> list[SinkMessage]:
        """Every request, including the ones answered with an error (snapshot)."""
        with self._lock:
            return list(self._requests)

    def fail_next(self, n: int = 1, status: int = 500) -> None:
        with self._lock:
            self._fail.extend([status] * n)

    def set_delay(self, seconds: float) -> None:
        with self._lock:
            self._delay = seconds

    def wait_for(self, count: int, timeout: float = 5.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: len(self._received) >= count, timeout)

    def _begin(self, msg: SinkMessage) -> tuple[int, float]:
        with self._lock:
            self._requests.append(msg)
            status = self._fail.pop(0) if self._fail else 200
            return status, self._delay

    def _accept(self, msg: SinkMessage) -> None:
        with self._cond:
            self._received.append(msg)
            self._cond.notify_all()


# --------------------------------------------------------------------------- SmtpSink


@dataclass(frozen=True)
class SmtpMessage:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    message: EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"] or "")

    def text(self) -> str:
        """The text/plain body (falls back to the HTML part when there is no plain one)."""
        part = self.message.get_body(preferencelist=("plain", "html"))
        return "" if part is None else str(part.get_content())


class _SmtpHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = bytes(envelope.original_content or envelope.content)
        # SMTP lines end in CRLF; parse with LF endings so get_content() gives plain "\n".
        msg = email.message_from_bytes(content.replace(b"\r\n", b"\n"), policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        self.sink._accept(SmtpMessage(envelope.mail_from, list(envelope.rcpt_tos), content, msg))
        return "250 Message accepted for delivery"


class SmtpSink:
    """aiosmtpd server on 127.0.0.1 (plain SMTP, no TLS, no auth)."""

    def __init__(self, mail_from: str = "tracker@example.com", to: str = "fan@example.com"):
        self.mail_from = mail_from
        self.to = to
        self._cond = threading.Condition()
        self._received: list[SmtpMessage] = []
        self._controller: Controller | None = None
        self._port = 0

    @property
    def port(self) -> int:
        if self._controller is None:
            raise RuntimeError("server not started")
        return self._port

    @property
    def apprise_url(self) -> str:
        # mailto:// (not mailtos://) means secure_mode "insecure": no STARTTLS, no SSL.
        # An IP host is accepted; from= is needed because user@127.0.0.1 is not an email.
        return f"mailto://{HOST}:{self.port}/?from={self.mail_from}&to={self.to}"

    @property
    def received(self) -> list[SmtpMessage]:
        with self._cond:
            return list(self._received)

    def wait_for(self, count: int, timeout: float = 5.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: len(self._received) >= count, timeout)

    def start(self) -> Self:
        if self._controller is None:
            self._port = free_port()
            self._controller = Controller(
                _SmtpHandler(self), hostname=HOST, port=self._port, ready_timeout=5.0
            )
            self._controller.start()
        return self

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _accept(self, msg: SmtpMessage) -> None:
        with self._cond:
            self._received.append(msg)
            self._cond.notify_all()


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


@pytest.fixture
def json_sink() -> Iterator[JsonSink]:
    with JsonSink() as sink:
        yield sink


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


__all__ = [
    "FeedServer",
    "JsonSink",
    "Route",
    "SinkMessage",
    "SmtpMessage",
    "SmtpSink",
    "feed_server",
    "free_port",
    "json_sink",
    "refused_url",
    "smtp_sink",
]
