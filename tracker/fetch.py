"""Fetching feeds: conditional GET over httpx, or a local file.

The fetcher knows nothing of feeds' meaning: it returns bytes and HTTP facts, or raises
:class:`FetchError` with a message an admin can act on. Limits: connect/read/total
timeouts, at most :data:`MAX_REDIRECTS` redirects, a body cap enforced while streaming
(after decompression). Connections are kept alive in a small pool per origin; cookies are
refused.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path
from urllib.parse import unquote, urlparse
from urllib.request import getproxies

import httpx

from tracker import __version__

USER_AGENT = f"tracker/{__version__} (release-tracking feed reader)"
MAX_REDIRECTS = 5
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


class FetchError(Exception):
    """A fetch failed; the message says why in one line. ``retry_after`` in seconds if given."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class Validators:
    """What the previous successful fetch told us, for a conditional request."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    not_modified: bool
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    final_url: str
    permanent_redirect: str | None  # the new URL when a 301/308 was followed
    max_age: float | None = None  # Cache-Control max-age, in seconds: poll no sooner

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


def is_local(source: str) -> bool:
    return "://" not in source or source.startswith("file://")


def _local_path(source: str) -> Path:
    return Path(unquote(urlparse(source).path)) if source.startswith("file://") else Path(source)


def read_local(source: str, max_bytes: int) -> FetchResult:
    path = _local_path(source)
    try:
        with path.open("rb") as fh:
            body = fh.read(max_bytes + 1)
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(body) > max_bytes:
        raise FetchError(f"{path} is larger than the {max_bytes} byte limit")
    return FetchResult(False, body, None, None, None, str(path), None)


class _PoolPerOrigin(httpx.AsyncBaseTransport):
    """A small connection pool for each origin, sharing one TLS context.

    httpcore's pool looks at every connection it holds on each request, so one pool for
    all of a cycle's feeds costs CPU per feed that grows with the concurrency; a pool per
    origin, sized to the per-host limit, keeps that cost flat.
    """

    def __init__(self, per_origin: int) -> None:
        self._limits = httpx.Limits(
            max_connections=per_origin, max_keepalive_connections=per_origin
        )
        self._tls = httpx.create_ssl_context()
        self._pools: dict[tuple[bytes, bytes, int | None], httpx.AsyncHTTPTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.raw_scheme, url.raw_host, url.port)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = httpx.AsyncHTTPTransport(
                verify=self._tls, limits=self._limits
            )
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()


def make_client(timeout: float, per_host: int = 2) -> httpx.AsyncClient:
    """One client per poll cycle: connection reuse, redirects capped, a User-Agent naming us.

    Connections are pooled per origin, at most ``per_host`` each, unless a proxy is set in
    the environment (then httpx's own pool goes through it). Cookies are refused: one
    feed's server has no business following the reader to the next request.
    """
    proxied = any(scheme != "no" for scheme in getproxies())  # NO_PROXY alone is no proxy
    transport = None if proxied else _PoolPerOrigin(per_host)
    return httpx.AsyncClient(
        transport=transport,
        timeout=httpx.Timeout(timeout, connect=min(10.0, timeout)),
        cookies=CookieJar(DefaultCookiePolicy(allowed_domains=[])),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT, "Accept": FEED_ACCEPT},
    )


_MAX_AGE = re.compile(r"max-age\s*=\s*(\d+)", re.IGNORECASE)


def _max_age(response: httpx.Response) -> float | None:
    m = _MAX_AGE.search(response.headers.get("Cache-Control", ""))
    return float(m.group(1)) if m else None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        from datetime import UTC, datetime

        return max(0.0, (when - datetime.now(UTC)).total_seconds())


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    validators: Validators,
    *,
    max_bytes: int,
    total_timeout: float,
) -> FetchResult:
    """GET ``url`` (conditionally) within ``total_timeout`` seconds; raise FetchError."""
    if is_local(url):
        return read_local(url, max_bytes)
    try:
        async with asyncio.timeout(total_timeout):
            return await _fetch_http(client, url, validators, max_bytes)
    except TimeoutError:
        raise FetchError(f"no complete answer within {total_timeout:g} s") from None


async def _fetch_http(
    client: httpx.AsyncClient, url: str, validators: Validators, max_bytes: int
) -> FetchResult:
    headers = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    try:
        async with client.stream("GET", url, headers=headers) as response:
            moved = any(r.status_code in (301, 308) for r in response.history)
            permanent = str(response.url) if moved else None
            if response.status_code == 304:
                await response.aread()  # empty; reading it keeps the connection for reuse
                return FetchResult(
                    True,
                    b"",
                    None,
                    validators.etag,
                    validators.last_modified,
                    str(response.url),
                    permanent,
                    _max_age(response),
                )
            if response.status_code >= 400:
                raise FetchError(
                    f"HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                    status=response.status_code,
                    retry_after=_retry_after(response),
                )
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(
                        f"body larger than the {max_bytes} byte limit; stopped reading"
                    )
                chunks.append(chunk)
            return FetchResult(
                False,
                b"".join(chunks),
                response.headers.get("Content-Type"),
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
                str(response.url),
                permanent,
                _max_age(response),
            )
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {MAX_REDIRECTS} redirects (a redirect loop?)") from None
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out ({type(exc).__name__})") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot connect: {_reason(exc)}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{type(exc).__name__}: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    text = str(exc) or repr(exc)
    return text.splitlines()[0][:300]
