"""Durations, settings, secret masking and message text."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tracker.domain import FuzzyDate
from tracker.durations import format_duration, parse_duration
from tracker.messages import EventView, human_date, render
from tracker.secrets import mask_url, redact
from tracker.settings import Settings, SettingsError


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30s", timedelta(seconds=30)),
        ("15m", timedelta(minutes=15)),
        ("2h", timedelta(hours=2)),
        ("1d", timedelta(days=1)),
        ("14d", timedelta(days=14)),
        ("1.5h", timedelta(minutes=90)),
        ("0", timedelta(0)),
        (0, timedelta(0)),
    ],
)
def test_durations(text: str, value: timedelta) -> None:
    assert parse_duration(text) == value


@pytest.mark.parametrize("bad", ["", "15", "m", "5 minutes", "-1h", None, True, [1]])
def test_bad_durations_say_the_accepted_forms(bad: object) -> None:
    with pytest.raises(ValueError, match="30s, 15m, 2h, 1d"):
        parse_duration(bad)


def test_format_duration_round_trips() -> None:
    for text in ("30s", "15m", "2h", "14d", "0"):
        assert format_duration(parse_duration(text)) == text


def test_settings_defaults_and_environment() -> None:
    s = Settings.from_env({})
    assert s.config == Path("config/watchlist.yaml")
    assert s.effective_database_url == "sqlite:///data/tracker.sqlite3"
    assert s.notify_first_fetch is False and s.notify_max_age == timedelta(days=14)
    s = Settings.from_env(
        {
            "TRACKER_DATABASE_URL": "postgresql+psycopg://u@h/db",
            "TRACKER_NOTIFY_FIRST_FETCH": "true",
            "TRACKER_NOTIFY_MAX_AGE": "0",
            "TRACKER_WEB_PORT": "9090",
        }
    )
    assert s.effective_database_url == "postgresql+psycopg://u@h/db"
    assert s.notify_first_fetch and s.notify_max_age == timedelta(0) and s.web_port == 9090


@pytest.mark.parametrize(
    ("name", "value", "fix"),
    [
        ("TRACKER_NOTIFY_FIRST_FETCH", "maybe", "true or false"),
        ("TRACKER_WEB_PORT", "http", "whole number"),
        ("TRACKER_NOTIFY_MAX_AGE", "two weeks", "30s, 15m"),
    ],
)
def test_bad_settings_name_the_variable_and_the_fix(name: str, value: str, fix: str) -> None:
    with pytest.raises(SettingsError, match=name) as info:
        Settings.from_env({name: value})
    assert fix in str(info.value)


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        ("discord://123456789/abcdefTOKENxyz", "abcdefTOKENxyz"),
        ("tgram://123456:ABCDEFSECRET/98765", "ABCDEFSECRET"),
        ("mailto://user:hunter2@example.com", "hunter2"),
        ("ntfy://ntfy.sh/my-private-topic", "my-private-topic"),
        ("ntfys://my-private-topic", "my-private-topic"),
        ("https://hooks.example.com/services/T000/B000/XXXXSECRET", "XXXXSECRET"),
        ("not a url at all SECRETWORD", "SECRETWORD"),
    ],
)
def test_secrets_never_shown_whole(url: str, secret: str) -> None:
    assert secret not in mask_url(url)
    if "://" in url:
        assert secret not in redact(f"sending to {url} failed: HTTP 500")


def test_masked_url_keeps_what_helps_an_admin() -> None:
    assert mask_url("json://127.0.0.1:9000/").startswith("json://127.0.0.1:9000")
    assert mask_url("discord://123456789/abcdefTOKENxyz").startswith("discord://")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (FuzzyDate(date(2026, 10, 2), "day"), "Friday, October 2, 2026"),
        (FuzzyDate(date(2026, 9, 1), "month"), "September 2026"),
        (FuzzyDate(date(2026, 9, 1), "season"), "fall 2026"),
        (FuzzyDate(date(2026, 6, 1), "season"), "summer 2026"),
        (FuzzyDate(date(2026, 1, 1), "quarter"), "early 2026"),
        (FuzzyDate(date(2026, 10, 1), "quarter"), "late 2026"),
        (FuzzyDate(date(2026, 7, 1), "half"), "second half of 2026"),
        (FuzzyDate(date(2027, 1, 1), "year"), "2027"),
    ],
)
def test_dates_for_humans(value: FuzzyDate, text: str) -> None:
    assert human_date(value) == text


def view(**kw: object) -> EventView:
    base: dict[str, object] = {"production": "Good Sex", "production_id": "good-sex"}
    base.update(kw)
    return EventView(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("event", "title"),
    [
        (
            view(milestone="trailer", status="released", variant="teaser"),
            "Good Sex: The teaser is out",
        ),
        (
            view(milestone="trailer", status="released", variant="final"),
            "Good Sex: The final trailer is out",
        ),
        (
            view(
                milestone="release_date",
                status="announced",
                date=FuzzyDate(date(2026, 10, 2), "day"),
                previous_status="announced",
                previous_date=FuzzyDate(date(2026, 9, 18), "day"),
            ),
            "Good Sex: Release date moved: Sep 18 → Oct 2, 2026",
        ),
        (
            view(
                milestone="release_date",
                status="announced",
                date=FuzzyDate(date(2026, 10, 2), "day"),
            ),
            "Good Sex: Release date set: Friday, October 2, 2026",
        ),
        (view(milestone="release", status="released"), "Good Sex: Out now"),
        (view(milestone="production", status="wrapped"), "Good Sex: Filming has wrapped"),
        (view(milestone="premiere", status="held"), "Good Sex: Premiered"),
    ],
)
def test_one_message_says_what_changed(event: EventView, title: str) -> None:
    got_title, body = render(event)
    assert got_title == title
    assert title.split(": ", 1)[1] in body


def test_body_names_the_source() -> None:
    _, body = render(
        view(
            milestone="trailer",
            status="released",
            source="https://x/a",
            source_title="Teaser drops",
        )
    )
    assert "Source: Teaser drops" in body and "https://x/a" in body


@pytest.mark.parametrize(
    ("name", "raw"),
    [("TRACKER_DIGEST_HOUR", "24"), ("TRACKER_REMIND_HOUR", "-1"), ("TRACKER_DIGEST_HOUR", "9am")],
)
def test_hours_of_day_are_checked(name: str, raw: str) -> None:
    from tracker.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: raw})
    assert Settings.from_env({name: "23"}) is not None
