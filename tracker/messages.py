"""Notification text: what changed, said once, for people (pure; Jinja2 templates).

Every message has a plain-text title and a body in the format the receiving service
renders best (``text``, ``markdown`` or ``html``: apprise's ``body_format`` is set to it,
so apprise passes the body through unconverted).

Fields an event template sees (a channel's ``title_template`` / ``body_template`` in the
watchlist overrides the defaults below):

=================  ==========================================================================
``production``     the production's title ("Good Sex")
``production_id``  its id ("good-sex")
``milestone``      ``trailer`` | ``release_date`` | ``release`` | ``premiere`` | ``production``
``milestone_name`` the kind for people ("release date")
``status``         the new status (``released``, ``announced``, ``expected``, ...)
``previous_status`` the status before, or empty
``variant``        trailer only: ``teaser`` | ``trailer`` | ``final``; else empty
``date``           the date for people: "Friday, October 2, 2026", "fall 2026", or empty
``previous_date``  the date before the change, same form, or empty
``date_iso``       ``2026-10-02`` or empty
``headline``       one line that says all that changed ("Release date moved: Sep 18 → Oct 2, 2026")
``source_title``   the article's title, or empty
``source``         the article's link, or empty
``title_url``      ``{TRACKER_PUBLIC_URL}/titles/{id}``, or empty when no public URL is set
``unsubscribe_url`` ``{TRACKER_PUBLIC_URL}/manage/{token}``, or empty (see subscriptions.py)
``format``         the body's format: ``text``, ``markdown`` or ``html``
=================  ==========================================================================

In an ``html`` body every field is HTML-escaped; in ``text`` and ``markdown`` bodies fields
are inserted as they are. Titles are always plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from jinja2 import Environment, StrictUndefined, Template

from tracker.domain import FuzzyDate

BodyFormat = Literal["text", "markdown", "html"]
BODY_FORMATS: tuple[BodyFormat, ...] = ("text", "markdown", "html")

_SEASONS = {3: "spring", 6: "summer", 9: "fall", 12: "winter"}
_text_env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
_html_env = Environment(undefined=StrictUndefined, autoescape=True, keep_trailing_newline=False)

DEFAULT_TITLE = "{{ production }}: {{ headline }}"

_LINKS_TEXT = (
    "{% if title_url %}\nMore: {{ title_url }}{% endif %}"
    "{% if unsubscribe_url %}\nUnsubscribe: {{ unsubscribe_url }}{% endif %}"
)
_LINKS_MARKDOWN = (
    "{% if title_url or unsubscribe_url %}\n\n"
    "{% if title_url %}[{{ production }} on tracker]({{ title_url }}){% endif %}"
    "{% if title_url and unsubscribe_url %} · {% endif %}"
    "{% if unsubscribe_url %}[Unsubscribe]({{ unsubscribe_url }}){% endif %}{% endif %}"
)
_LINKS_HTML = (
    "{% if title_url or unsubscribe_url %}\n<p>"
    '{% if title_url %}<a href="{{ title_url }}">{{ production }} on tracker</a>{% endif %}'
    "{% if title_url and unsubscribe_url %} · {% endif %}"
    '{% if unsubscribe_url %}<a href="{{ unsubscribe_url }}">Unsubscribe</a>{% endif %}'
    "</p>{% endif %}"
)

DEFAULT_BODIES: dict[BodyFormat, str] = {
    "text": (
        "{{ headline }}{% if source_title %}\n\nSource: {{ source_title }}{% endif %}"
        "{% if source %}\n{{ source }}{% endif %}" + _LINKS_TEXT
    ),
    "markdown": (
        "**{{ headline }}**"
        "{% if source %}\n\nSource: [{{ source_title or source }}]({{ source }})"
        "{% elif source_title %}\n\nSource: {{ source_title }}{% endif %}" + _LINKS_MARKDOWN
    ),
    "html": (
        "<p><b>{{ headline }}</b></p>"
        '{% if source %}\n<p>Source: <a href="{{ source }}">{{ source_title or source }}</a></p>'
        "{% elif source_title %}\n<p>Source: {{ source_title }}</p>{% endif %}" + _LINKS_HTML
    ),
}
DEFAULT_BODY = DEFAULT_BODIES["text"]

REMINDER_TITLE = "{{ production }}: {{ when }}"
REMINDER_BODIES: dict[BodyFormat, str] = {
    "text": "{{ production }} is out {{ relative }}: {{ date }}." + _LINKS_TEXT,
    "markdown": "**{{ production }}** is out {{ relative }}: {{ date }}." + _LINKS_MARKDOWN,
    "html": "<p><b>{{ production }}</b> is out {{ relative }}: {{ date }}.</p>" + _LINKS_HTML,
}

DIGEST_TITLE = "Your {{ frequency }} digest: {{ count }} change{{ '' if count == 1 else 's' }}"
DIGEST_BODIES: dict[BodyFormat, str] = {
    "text": (
        "{% for p in productions %}{% if not loop.first %}\n\n{% endif %}{{ p.production }}"
        "{% for i in p['items'] %}\n- {{ i.headline }}{% if i.source %} ({{ i.source }}){% endif %}"
        "{% endfor %}{% if p.title_url %}\n  {{ p.title_url }}{% endif %}{% endfor %}"
        "{% if unsubscribe_url %}\n\nUnsubscribe: {{ unsubscribe_url }}{% endif %}"
    ),
    "markdown": (
        "{% for p in productions %}{% if not loop.first %}\n\n{% endif %}"
        "**{% if p.title_url %}[{{ p.production }}]({{ p.title_url }}){% else %}"
        "{{ p.production }}{% endif %}**"
        "{% for i in p['items'] %}\n- {% if i.source %}[{{ i.headline }}]({{ i.source }})"
        "{% else %}{{ i.headline }}{% endif %}{% endfor %}{% endfor %}"
        "{% if unsubscribe_url %}\n\n[Unsubscribe]({{ unsubscribe_url }}){% endif %}"
    ),
    "html": (
        "{% for p in productions %}<p><b>{% if p.title_url %}"
        '<a href="{{ p.title_url }}">{{ p.production }}</a>{% else %}{{ p.production }}'
        "{% endif %}</b></p>\n<ul>{% for i in p['items'] %}<li>{% if i.source %}"
        '<a href="{{ i.source }}">{{ i.headline }}</a>{% else %}{{ i.headline }}{% endif %}'
        "</li>{% endfor %}</ul>\n{% endfor %}"
        '{% if unsubscribe_url %}<p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>{% endif %}'
    ),
}


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


@dataclass(frozen=True)
class Links:
    """Where a message may point: the title's page and the subscriber's manage page."""

    title_url: str = ""
    unsubscribe_url: str = ""


def title_url(public_url: str, production_id: str) -> str:
    return f"{public_url.rstrip('/')}/titles/{production_id}" if public_url else ""


def manage_url(public_url: str, token: str | None) -> str:
    return f"{public_url.rstrip('/')}/manage/{token}" if public_url and token else ""


def human_date(value: FuzzyDate | None) -> str:
    """ "Friday, October 2, 2026", "October 2026", "fall 2026", "early 2026", "2026"."""
    if value is None:
        return ""
    d: date = value.day
    match value.precision:
        case "day":
            return day_text(d)
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


def day_text(d: date) -> str:
    """ "Friday, October 2, 2026" (English whatever the locale)."""
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    months = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
    return f"{weekday[d.weekday()]}, {months[d.month - 1]} {d.day}, {d.year}"


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


def event_fields(
    ev: EventView, links: Links = Links(), body_format: str = "text"
) -> dict[str, Any]:
    """The documented fields of an event message (see the module docstring)."""
    return {
        "production": ev.production,
        "production_id": ev.production_id,
        "milestone": ev.milestone,
        "milestone_name": ev.milestone.replace("_", " "),
        "status": ev.status,
        "previous_status": ev.previous_status or "",
        "variant": ev.variant or "",
        "date": human_date(ev.date),
        "previous_date": human_date(ev.previous_date),
        "date_iso": ev.date.iso() if ev.date else "",
        "headline": headline(ev),
        "source_title": ev.source_title or "",
        "source": ev.source or "",
        "title_url": links.title_url,
        "unsubscribe_url": links.unsubscribe_url,
        "format": body_format,
    }


_cache: dict[tuple[bool, str], Template] = {}


def _template(source: str, html: bool) -> Template:
    key = (html, source)
    template = _cache.get(key)
    if template is None:
        if len(_cache) > 256:
            _cache.clear()
        template = (_html_env if html else _text_env).from_string(source)
        _cache[key] = template
    return template


def check_template(source: str) -> str | None:
    """None when ``source`` is a valid template, else the reason (for watchlist validation)."""
    from jinja2 import TemplateSyntaxError

    try:
        _text_env.parse(source)
    except TemplateSyntaxError as exc:
        return f"template error on its line {exc.lineno}: {exc.message}"
    return None


def _render(
    title_template: str, body_template: str, fields: Mapping[str, Any], body_format: str
) -> tuple[str, str]:
    title = _template(title_template, False).render(fields).strip()
    body = _template(body_template, body_format == "html").render(fields).strip()
    return title, body


def render(
    ev: EventView,
    title_template: str | None = None,
    body_template: str | None = None,
    *,
    body_format: BodyFormat = "text",
    links: Links = Links(),
) -> tuple[str, str]:
    """The notification's title and body for one event."""
    return _render(
        title_template or DEFAULT_TITLE,
        body_template or DEFAULT_BODIES[body_format],
        event_fields(ev, links, body_format),
        body_format,
    )


@dataclass(frozen=True)
class ReminderView:
    """A release day coming up: ``offset_days`` before ``day`` (0: the day itself)."""

    production: str
    production_id: str
    day: date
    offset_days: int


def relative_day(offset_days: int) -> str:
    if offset_days == 0:
        return "today"
    if offset_days == 1:
        return "tomorrow"
    return f"in {offset_days} days"


def render_reminder(
    rv: ReminderView, *, body_format: BodyFormat = "text", links: Links = Links()
) -> tuple[str, str]:
    """ "Good Sex: out tomorrow" / "Good Sex is out tomorrow: Friday, October 2, 2026."."""
    relative = relative_day(rv.offset_days)
    fields = {
        "production": rv.production,
        "production_id": rv.production_id,
        "date": day_text(rv.day),
        "date_iso": rv.day.isoformat(),
        "relative": relative,
        "when": f"out {relative}",
        "offset_days": rv.offset_days,
        "title_url": links.title_url,
        "unsubscribe_url": links.unsubscribe_url,
        "format": body_format,
    }
    return _render(REMINDER_TITLE, REMINDER_BODIES[body_format], fields, body_format)


@dataclass(frozen=True)
class DigestView:
    """Every change held for one subscriber since the last digest, oldest first."""

    frequency: str  # daily | weekly
    events: Sequence[EventView]
    title_urls: Mapping[str, str] = field(default_factory=dict)  # production id → page
    unsubscribe_url: str = ""


def render_digest(dv: DigestView, *, body_format: BodyFormat = "text") -> tuple[str, str]:
    """One message listing every change, grouped by production (first mention order)."""
    groups: dict[str, dict[str, Any]] = {}
    for ev in dv.events:
        group = groups.setdefault(
            ev.production_id,
            {
                "production": ev.production,
                "title_url": dv.title_urls.get(ev.production_id, ""),
                "items": [],
            },
        )
        group["items"].append(event_fields(ev, body_format=body_format))
    fields = {
        "frequency": dv.frequency,
        "count": len(dv.events),
        "productions": list(groups.values()),
        "unsubscribe_url": dv.unsubscribe_url,
        "format": body_format,
    }
    return _render(DIGEST_TITLE, DIGEST_BODIES[body_format], fields, body_format)
