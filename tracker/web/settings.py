"""The web's own settings, from ``TRACKER_*`` environment variables.

They live here rather than in :mod:`tracker.settings` so that the web can grow without
touching the shared settings. ``TRACKER_PUBLIC_URL`` and ``TRACKER_SECRET_KEY`` are read
by :class:`tracker.settings.Settings` (messages need them too); :meth:`WebSettings.for_app`
takes them from there so both sides always agree.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from tracker.settings import SettingsError, parse_bool

if TYPE_CHECKING:
    from tracker.app import App

#: Push services and e-mail: what strangers may use unless the admin says otherwise.
DEFAULT_ALLOWED_SCHEMES: frozenset[str] = frozenset(
    {
        "ntfy", "ntfys", "discord", "tgram", "pover", "gotify", "gotifys",
        "matrix", "matrixs", "signal", "signals", "slack", "mailto", "mailtos",
    }
)  # fmt: skip

#: Variables read here, with their meaning (for the README and ``tracker --help``).
VARIABLES: tuple[tuple[str, str, str], ...] = (
    ("TRACKER_ADMIN_TOKEN", "(none)", "token of the admin pages and API; unset: admin is off"),
    (
        "TRACKER_ALLOWED_SCHEMES",
        ",".join(sorted(DEFAULT_ALLOWED_SCHEMES)),
        "notification schemes strangers may subscribe with (comma-separated)",
    ),
    (
        "TRACKER_ALLOW_PRIVATE_TARGETS",
        "false",
        "let notification URLs point at loopback/private addresses (tests, home setups)",
    ),
    ("TRACKER_WEB_RATE_LIMIT", "10/h", "subscribe and test requests per client address"),
    ("TRACKER_WEB_MAX_BODY", "65536", "largest request body in bytes"),
)


_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(name: str, raw: str) -> tuple[int, float]:
    """ "10/h" → (10 requests, per 3600 s)."""
    count, _, period = raw.strip().partition("/")
    period = period.strip().lower() or "h"
    if not count.strip().isdigit() or int(count) < 1 or period not in _PERIODS:
        raise SettingsError(f"{name}={raw!r}: write requests per period, like 10/h or 3/m")
    return int(count), float(_PERIODS[period])


def parse_schemes(raw: str) -> frozenset[str]:
    return frozenset(s.strip().lower().removesuffix("://") for s in raw.split(",") if s.strip())


@dataclass(frozen=True)
class WebSettings:
    """What the web pages, the API and the notification-URL guard need to know."""

    public_url: str = ""  # TRACKER_PUBLIC_URL; empty: links use the request's own address
    secret_key: str = ""  # TRACKER_SECRET_KEY; empty: no web subscriptions (no manage links)
    admin_token: str = ""  # TRACKER_ADMIN_TOKEN; empty: admin pages and API are off
    allowed_schemes: frozenset[str] = field(default=DEFAULT_ALLOWED_SCHEMES)
    allow_private_targets: bool = False
    rate_limit: tuple[int, float] = (10, 3600.0)  # requests, per seconds
    max_body: int = 64 * 1024

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> WebSettings:
        env = os.environ if environ is None else environ
        values = cls()
        if "TRACKER_ALLOWED_SCHEMES" in env:
            values = replace(values, allowed_schemes=parse_schemes(env["TRACKER_ALLOWED_SCHEMES"]))
        if "TRACKER_ALLOW_PRIVATE_TARGETS" in env:
            name = "TRACKER_ALLOW_PRIVATE_TARGETS"
            allow = parse_bool(name, env[name])
            values = replace(values, allow_private_targets=allow)
        if "TRACKER_WEB_RATE_LIMIT" in env:
            rate = parse_rate("TRACKER_WEB_RATE_LIMIT", env["TRACKER_WEB_RATE_LIMIT"])
            values = replace(values, rate_limit=rate)
        if "TRACKER_WEB_MAX_BODY" in env:
            raw = env["TRACKER_WEB_MAX_BODY"]
            if not raw.strip().isdigit() or int(raw) < 1024:
                raise SettingsError(f"TRACKER_WEB_MAX_BODY={raw!r}: write a byte count >= 1024")
            values = replace(values, max_body=int(raw))
        return replace(
            values,
            public_url=env.get("TRACKER_PUBLIC_URL", "").strip().rstrip("/"),
            secret_key=env.get("TRACKER_SECRET_KEY", ""),
            admin_token=env.get("TRACKER_ADMIN_TOKEN", "").strip(),
        )

    @classmethod
    def for_app(cls, app: App, environ: Mapping[str, str] | None = None) -> WebSettings:
        """From the environment, with the public URL and secret key the app's settings hold."""
        return replace(
            cls.from_env(environ),
            public_url=app.settings.public_url.strip().rstrip("/"),
            secret_key=app.settings.secret_key,
        )
