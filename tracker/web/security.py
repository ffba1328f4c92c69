"""Defences against strangers: CSRF tokens, rate limits, body size limits, headers.

- **CSRF**: a signed double-submit token. The ``tracker_csrf`` cookie holds
  ``nonce.HMAC(key, nonce)``; every form carries the same value in a hidden field. A POST
  passes when the field equals the cookie and the signature is ours. Another site can
  neither read the cookie nor mint a signed one. The key is derived from
  ``TRACKER_SECRET_KEY`` (random per process without one: forms then expire on restart).
- **Rate limits**: an in-memory token bucket per client address and action (subscribe,
  test, login): ``capacity`` requests, refilled evenly over ``period`` seconds. IPv6
  clients count per /64. The buckets live in the process: with several instances behind
  a load balancer each has its own, so the limit is per instance.
- **Body size**: :class:`BodyLimit` answers 413 to a body over the limit, by its
  Content-Length or by counting what arrives.
- **Headers**: a strict Content-Security-Policy (no script at all), no framing, no
  referrer (a manage link must never leak through a Referer), no MIME sniffing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "tracker_csrf"
CSRF_FIELD = "csrf"


def derive_key(secret: str, purpose: str) -> bytes:
    """A key for one purpose from the app's secret (random for this process without one)."""
    base = secret.encode() if secret else _PROCESS_SECRET
    return hmac.new(base, f"tracker-web:{purpose}".encode(), hashlib.sha256).digest()


_PROCESS_SECRET = secrets.token_bytes(32)


class Csrf:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def _sign(self, nonce: str) -> str:
        mac = hmac.new(self._key, nonce.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()

    def new_token(self) -> str:
        nonce = secrets.token_urlsafe(24)
        return f"{nonce}.{self._sign(nonce)}"

    def is_ours(self, token: str | None) -> bool:
        if not token or token.count(".") != 1 or len(token) > 200:
            return False
        nonce, signature = token.split(".")
        return hmac.compare_digest(signature, self._sign(nonce))

    def token_for(self, request: Request) -> tuple[str, bool]:
        """The request's token (from its cookie) or a new one; True when it is new."""
        cookie = request.cookies.get(CSRF_COOKIE)
        if self.is_ours(cookie):
            assert cookie is not None
            return cookie, False
        return self.new_token(), True

    def check(self, request: Request, submitted: object) -> bool:
        cookie = request.cookies.get(CSRF_COOKIE)
        if not isinstance(submitted, str) or not self.is_ours(cookie):
            return False
        assert cookie is not None
        return hmac.compare_digest(cookie, submitted)


def client_key(request: Request) -> str:
    """The client's address (behind a proxy: as uvicorn's --forwarded-allow-ips sets it)."""
    host = request.client.host if request.client else "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """Token buckets per key: ``capacity`` at once, refilled over ``period`` seconds."""

    def __init__(
        self,
        capacity: int,
        period: float,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        self.capacity = capacity
        self.rate = capacity / period
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float | None:
        """None when the request may go ahead; else the seconds until it may."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= self._max_keys:
                    self._forget_full(now)
                bucket = self._buckets[key] = _Bucket(float(self.capacity), now)
            bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.stamp) * self.rate)
            bucket.stamp = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return None
            return (1 - bucket.tokens) / self.rate

    def _forget_full(self, now: float) -> None:
        """Drop buckets that have refilled (they hold nothing a new one would not)."""
        for key, bucket in list(self._buckets.items()):
            if bucket.tokens + (now - bucket.stamp) * self.rate >= self.capacity:
                del self._buckets[key]
        if len(self._buckets) >= self._max_keys:
            self._buckets.clear()


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """Answer 413 to request bodies over ``max_body`` bytes."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = PlainTextResponse(
            f"The request is too large (at most {self.max_body} bytes).", status_code=413
        )
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await too_large(scope, receive, send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await too_large(scope, receive, send)


CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)
