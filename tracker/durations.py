"""Durations as admins write them: ``30s``, ``15m``, ``2h``, ``1d`` (and ``0``)."""

from __future__ import annotations

import re
from datetime import timedelta

PATTERN = r"^\s*(0|\d+(\.\d+)?\s*(s|m|h|d|w))\s*$"
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")


def parse_duration(text: object) -> timedelta:
    """``"15m"`` → 15 minutes. Raises ValueError with the accepted forms in it."""
    if isinstance(text, timedelta):
        return text
    if isinstance(text, int | float) and not isinstance(text, bool) and text == 0:
        return timedelta(0)
    if isinstance(text, str):
        if text.strip() == "0":
            return timedelta(0)
        m = _RE.match(text)
        if m:
            return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])
    raise ValueError(f"{text!r} is not a duration; write a number and a unit: 30s, 15m, 2h, 1d")


def format_duration(value: timedelta) -> str:
    """The shortest exact form: 900 s → ``15m``."""
    seconds = int(value.total_seconds())
    if seconds == 0:
        return "0"
    for unit in ("d", "h", "m"):
        if seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"
