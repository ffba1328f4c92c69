"""Subscribers from the command line, manage tokens, no replay of history, silent backfill."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.feeds import Item, rss
from tests.servers import FeedServer, JsonSink, refused_url
from tracker.cli import main
from tracker.db import open_database, transaction
from tracker.outbox import enqueue
from tracker.store import DeliveryRow, EventRow, SubscriberRow
from tracker.subscriptions import (
    Request,
    SubscriptionError,
    find_by_token,
    manage_token,
    parse_remind_days,
    subscribe,
    token_hash,
)

NOW = datetime.now(UTC)
SECRET = "s3cr3t-T0KEN-value"

WATCHLIST = """\
feeds:
  - url: {feed}
productions:
  - id: good-sex
    title: Good Sex
    context: [Netflix, Natalie Portman, Lena Dunham]
  - id: too-much
    title: Too Much
    kind: series
    context: [Netflix, Lena Dunham, Megan Stalter]
"""


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def base(tmp_path: Path) -> list[str]:
    config = tmp_path / "watchlist.yaml"
    config.write_text(WATCHLIST.format(feed="https://news.invalid/rss"), encoding="utf-8")
    return ["--config", str(config), "--database", f"sqlite:///{tmp_path / 'db.sqlite3'}"]


def test_subscribe_list_and_unsubscribe(
    base: list[str], capsys: pytest.CaptureFixture[str], json_sink: JsonSink
) -> None:
    url = f"{json_sink.apprise_url}{SECRET}"
    code, out, err = cli(
        capsys, *base, "subscribe", "good-sex", "too-much", "--notify", url, "--name", "alice",
        "--milestones", "trailer", "release_date", "--digest", "daily",
        "--timezone", "Europe/Paris", "--remind-days", "7,1,0",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("subscribed alice (#1) to good-sex, too-much")
    code, out, _ = cli(capsys, *base, "subscribers", "--json")
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["name"] == "alice" and row["digest"] == "daily" and row["timezone"] == "Europe/Paris"
    assert row["subscriptions"][0] == {
        "production": "good-sex",
        "milestones": ["release_date", "trailer"],
        "remind_days": [7, 1, 0],
    }
    assert SECRET not in out and row["targets"][0]["url"].startswith("json://127.0.0.1:")
    code, out, _ = cli(capsys, *base, "subscribers")
    assert "alice" in out and SECRET not in out and "daily digest, Europe/Paris" in out
    # Naming her again adds a URL and a production instead of making a second alice.
    code, out, _ = cli(capsys, *base, "subscribe", "good-sex", "--name", "alice",
                       "--notify", json_sink.apprise_url)  # fmt: skip
    assert code == 0 and out.startswith("updated alice (#1)")
    code, out, _ = cli(capsys, *base, "unsubscribe", "alice", "too-much")
    assert code == 0 and "unsubscribed from too-much" in out
    code, out, _ = cli(capsys, *base, "subscribers", "--json")
    [row] = [json.loads(line) for line in out.splitlines()]
    assert [s["production"] for s in row["subscriptions"]] == ["good-sex"]
    assert len(row["targets"]) == 2
    code, out, _ = cli(capsys, *base, "unsubscribe", "1")
    assert code == 0 and "forgotten" in out
    code, out, _ = cli(capsys, *base, "subscribers", "--json")
    assert out == ""
    code, _, err = cli(capsys, *base, "unsubscribe", "alice")
    assert code == 1 and "no subscriber 'alice'" in err


def test_subscribe_refuses_unknown_titles_and_bad_urls_without_showing_them(
    base: list[str], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    code, out, err = cli(
        capsys, *base, "subscribe", "good-sex", "nope",
        "--notify", f"discord://{SECRET}", "--notify", f"nosuch://{SECRET}",
    )  # fmt: skip
    assert code == 1 and out == ""
    assert "unknown production 'nope'; known: good-sex, too-much" in err
    assert "discord://" in err and "nosuch://" in err and "unknown service 'nosuch'" in err
    assert SECRET not in err and SECRET not in caplog.text
    code, _, err = cli(capsys, *base, "subscribe", "good-sex", "--notify", "json://h/",
                       "--timezone", "Mars/Base", "--remind-days", "1")  # fmt: skip
    assert code == 1 and "unknown time zone 'Mars/Base'" in err
    code, _, err = cli(capsys, *base, "subscribe", "good-sex", "--remind-days", "x")
    assert code == 1 and "--remind-days 'x'" in err
    with pytest.raises(SystemExit) as info:
        main([*base, "subscribe", "good-sex", "--digest", "hourly"])
    assert info.value.code == 2


def test_remind_days_parse() -> None:
    assert parse_remind_days("1,0") == [1, 0]
    assert parse_remind_days("0, 7,1,7") == [7, 1, 0]
    assert parse_remind_days("") == []
    with pytest.raises(SubscriptionError):
        parse_remind_days("-1")


def test_subscribing_does_not_replay_history_and_channels_stay_the_watchlists(
    database_url: str,
) -> None:
    factory = open_database(database_url)
    t0 = datetime(2026, 7, 1, tzinfo=UTC)

    def new_event(session: object) -> int:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        ev = EventRow(production_id="good-sex", milestone="trailer", status="released",
                      variant="teaser", detected_at=t0)  # fmt: skip
        session.add(ev)
        session.flush()
        return enqueue(session, ev, t0)

    with transaction(factory) as s:
        assert new_event(s) == 0
        subscribe(s, Request(["good-sex"], ["json://127.0.0.1:1/"], name="bob"), ["good-sex"], t0)
    with factory() as s:
        assert s.scalars(select(DeliveryRow)).all() == []  # the old event is not replayed
    with transaction(factory) as s:
        assert new_event(s) == 1
        s.add(SubscriberRow(name="team", kind="channel", channel_name="team", created_at=t0))
        s.flush()
        with pytest.raises(SubscriptionError, match="channel of the watchlist"):
            subscribe(s, Request(["good-sex"], [], name="team"), ["good-sex"], t0)


def test_manage_tokens_are_derived_and_only_their_hash_is_stored(database_url: str) -> None:
    factory = open_database(database_url)
    key = "k" * 32
    with transaction(factory) as s:
        outcome = subscribe(
            s, Request(["good-sex"], ["json://127.0.0.1:1/"]), ["good-sex"], NOW, key
        )
    token = manage_token(key, outcome.subscriber_id)
    assert len(token) >= 22  # ≥ 128 bits in URL-safe base64 (it is 256)
    assert token != manage_token("other-key", outcome.subscriber_id)
    assert token != manage_token(key, outcome.subscriber_id + 1)
    with factory() as s:
        row = s.get(SubscriberRow, outcome.subscriber_id)
        assert row is not None and row.name == f"fan-{row.id}"
        assert row.manage_token_hash == token_hash(token) != token
        found = find_by_token(s, token)
        assert found is not None and found.id == row.id
        assert find_by_token(s, token[:-1] + ("A" if token[-1] != "A" else "B")) is None


def test_notify_test_says_per_url_what_happened(
    base: list[str], capsys: pytest.CaptureFixture[str], json_sink: JsonSink
) -> None:
    dead = refused_url().replace("http://", "json://") + SECRET
    code, out, _ = cli(
        capsys, *base, "notify-test", json_sink.apprise_url, dead, f"nosuch://{SECRET}"
    )
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("ok     json://127.0.0.1:")
    assert lines[1].startswith("FAILED json://127.0.0.1:") and "JSON failed" in lines[1]
    assert lines[2].startswith("FAILED nosuch://") and "unknown service" in lines[2]
    assert SECRET not in out
    assert json_sink.wait_for(1)
    assert json_sink.received[0].json["title"] == "tracker: test notification"
    code, out, _ = cli(capsys, *base, "notify-test", "--json", json_sink.apprise_url)
    assert code == 0 and json.loads(out)["ok"] is True


TEASER = Item(
    "Netflix drops the first teaser for Good Sex with Natalie Portman",
    "https://news.invalid/good-sex-teaser",
    "Lena Dunham's Netflix comedy shows its first footage: watch the teaser now.",
    NOW - timedelta(hours=1),
)
DATE = Item(
    "Good Sex sets a Netflix release date",
    "https://news.invalid/good-sex-date",
    "Natalie Portman's Netflix comedy Good Sex will premiere on Netflix on October 2, 2026.",
    NOW - timedelta(minutes=30),
)


def test_a_production_added_later_is_backfilled_silently(
    tmp_path: Path, feed_server: FeedServer, json_sink: JsonSink,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    feed = feed_server.route("/news.xml", rss([TEASER, DATE]))
    config = tmp_path / "watchlist.yaml"
    only_too_much = WATCHLIST.format(feed=feed).split("  - id: good-sex")[0] + (
        "  - id: too-much\n    title: Too Much\n    kind: series\n"
        "    context: [Netflix, Lena Dunham]\n"
    )
    config.write_text(only_too_much, encoding="utf-8")
    base = ["--config", str(config), "--database", f"sqlite:///{tmp_path / 'db.sqlite3'}"]
    assert cli(capsys, *base, "check")[0] == 0  # the entries are stored, about nothing watched
    out = cli(capsys, *base, "events", "--json")[1]
    assert out == ""
    channel = f'channels:\n  - name: team\n    notify: ["{json_sink.apprise_url}"]\n'
    config.write_text(WATCHLIST.format(feed=feed) + channel, encoding="utf-8")
    assert cli(capsys, *base, "check")[0] == 0  # reload: good-sex is new → backfilled
    out = cli(capsys, *base, "events", "--json")[1]
    events = [json.loads(line) for line in out.splitlines()]
    got = {(e["production"], e["milestone"], e["status"]) for e in events}
    assert ("good-sex", "trailer", "released") in got
    assert ("good-sex", "release_date", "announced") in got
    assert all(not e["notified"] for e in events)
    out = cli(capsys, *base, "status", "--json")[1]
    states = {r["production"]: r["milestones"] for r in map(json.loads, out.splitlines())}
    # The same state as if good-sex had been watched when the entries came in.
    fresh = tmp_path / "fresh.yaml"
    fresh.write_text(WATCHLIST.format(feed=feed), encoding="utf-8")
    other = ["--config", str(fresh), "--database", f"sqlite:///{tmp_path / 'fresh.sqlite3'}"]
    assert cli(capsys, *other, "check")[0] == 0
    _code, out, _ = cli(capsys, *other, "status", "--json")
    expected = {r["production"]: r["milestones"] for r in map(json.loads, out.splitlines())}
    assert states["good-sex"] == expected["good-sex"] != {}
    assert cli(capsys, *base, "deliveries", "--all", "--json")[1] == ""  # nothing sent
    assert json_sink.received == []
    # Once known, a production is not backfilled again (no duplicate events).
    assert cli(capsys, *base, "check")[0] == 0
    out = cli(capsys, *base, "events", "--json")[1]
    assert len(out.splitlines()) == len(events)


def test_a_channel_template_with_a_syntax_error_is_a_watchlist_error_with_its_line() -> None:
    from tracker.watchlist import WatchlistError, parse_watchlist

    text = 'channels:\n  - name: team\n    notify: [json://h/]\n    body_template: "{{ headline "\n'
    with pytest.raises(WatchlistError) as info:
        parse_watchlist(text, "w.yaml")
    [problem] = info.value.problems
    assert str(problem).startswith("w.yaml:4:") and "template error" in str(problem)
    ok = parse_watchlist(text.replace('"{{ headline "', '"{{ headline }}"'), "w.yaml")
    assert ok.channels[0].body_template == "{{ headline }}"
