"""Notification text: what changed, said once, for people (pure; Jinja2 templates).

Fields a template sees: ``production`` (title), ``production_id``, ``milestone``,
``status``, ``variant``, ``date`` and ``previous_date`` (human text, e.g. "Friday,
October 2, 2026" or "fall 2026"), ``headline`` (one line saying all that changed),
``source_title``, ``source``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, StrictUndefined

from tracker.domain import FuzzyDate

_SEASONS = {3: "spring", 6: "summer", 9: "fall", 12: "winter"}
_env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)

DEFAULT_TITLE = "{{ production }}: {{ headline }}"
DEFAULT_BODY = (
    "{{ headline }}{% if source_title %}\n\nSource: {{ source_title }}{% endif %}"
    "{% if source %}\n{{ source }}{% endif %}"
)


@dataclass(frozen=True)
class EventView:
    """The facts of one event that a message needs."""

    production: str
    production_id: str
    milestone: str
    status: str
    variant: str | None = None
    date: FuzzyDate | None = None
    previous_status: str | None = None
    previous_date: FuzzyDate | None = None
    source: str | None = None
    source_title: str | None = None


def human_date(value: FuzzyDate | None) -> str:
    """ "Friday, October 2, 2026", "October 2026", "fall 2026", "early 2026", "2026"."""
    if value is None:
        return ""
    d: date = value.day
    match value.precision:
        case "day":
            return f"{d:%A}, {d:%B} {d.day}, {d.year}"
        case "month":
            return f"{d:%B} {d.year}"
        case "season":
            return f"{_SEASONS.get(d.month, 'mid')} {d.year}"
        case "quarter":
            return f"{'early' if d.month <= 3 else 'late' if d.month >= 10 else 'mid'} {d.year}"
        case "half":
            return f"{'first' if d.month <= 6 else 'second'} half of {d.year}"
        case _:
            return str(d.year)


def _short(value: FuzzyDate) -> str:
    d = value.day
    return f"{d:%b} {d.day}" if value.precision == "day" else human_date(value)


def headline(ev: EventView) -> str:
    """One line that says everything that changed."""
    variant = ev.variant or "trailer"
    when = human_date(ev.date)
    match (ev.milestone, ev.status):
        case ("trailer", "released"):
            return f"The {'final trailer' if variant == 'final' else variant} is out"
        case ("trailer", "expected"):
            return f"A {variant} is expected" + (f" ({when})" if when else "")
        case ("release_date", _) if ev.previous_date and ev.date:
            year = f", {ev.date.day.year}" if ev.date.precision == "day" else ""
            return f"Release date moved: {_short(ev.previous_date)} → {_short(ev.date)}{year}"
        case ("release_date", "announced"):
            return f"Release date set: {when}" if when else "Release date announced"
        case ("release_date", _):
            return f"Release expected {when}" if when else "Release date is open again"
        case ("release", _):
            return "Out now"
        case ("premiere", "held"):
            return "Premiered" + (f" on {when}" if ev.date and ev.date.precision == "day" else "")
        case ("premiere", _):
            return "Premiere announced" + (f": {when}" if when else "")
        case ("production", "wrapped"):
            return "Filming has wrapped"
        case ("production", _):
            return "Filming has started"
    return f"{ev.milestone.replace('_', ' ')}: {ev.status}"


def render(
    ev: EventView, title_template: str = DEFAULT_TITLE, body_template: str = DEFAULT_BODY
) -> tuple[str, str]:
    """The notification's title and body."""
    fields = {
        "production": ev.production,
        "production_id": ev.production_id,
        "milestone": ev.milestone,
        "status": ev.status,
        "variant": ev.variant,
        "date": human_date(ev.date),
        "previous_date": human_date(ev.previous_date),
        "headline": headline(ev),
        "source_title": ev.source_title or "",
        "source": ev.source or "",
    }
    title = _env.from_string(title_template).render(fields).strip()
    body = _env.from_string(body_template).render(fields).strip()
    return title, body
