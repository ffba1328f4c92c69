"""The whole path: watchlist → real HTTP feed → detect → store → apprise → a real sink."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.daemon import start_daemon, stop_daemon
from tests.feeds import Item, rss
from tests.servers import FeedServer, JsonSink
from tracker.cli import main

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
NOW = datetime.now(UTC)


def seed_item() -> Item:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip(f"the seed article is not at {SEEDS}")
    text = files[0].read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    return Item(
        title.strip(), "https://news.invalid/portman-dunham", body.strip(), NOW - timedelta(hours=3)
    )


TEASER = Item(
    "Netflix drops the first teaser for Good Sex with Natalie Portman",
    "https://news.invalid/good-sex-teaser",
    "Lena Dunham's Netflix comedy shows its first footage: watch the teaser now.",
    NOW - timedelta(hours=1),
)


def watchlist_text(feed_url: str, sink_url: str, extra_feed_url: str | None = None) -> str:
    """The test watchlist: good-sex and a season of an ambiguous series; optionally a third
    production with a feed of its own (to see a reload pick it up)."""
    text = f"""\
feeds:
  - url: {feed_url}
    name: Test news
productions:
  - id: good-sex
    title: Good Sex
    kind: film
    context: [Netflix, Natalie Portman, Lena Dunham]
  - id: too-much-s2
    title: Too Much
    kind: series
    season: 2
    context: [Netflix, Lena Dunham, Megan Stalter]
"""
    if extra_feed_url:
        text += f"""\
  - id: dune-part-three
    title: "Dune: Part Three"
    kind: film
    context: [Denis Villeneuve, Legendary]
    feeds: ["{extra_feed_url}"]
"""
    return text + f'channels:\n  - name: team\n    notify: ["{sink_url}"]\n'


def write_watchlist(path: Path, feed_url: str, sink_url: str) -> Path:
    path.write_text(watchlist_text(feed_url, sink_url), encoding="utf-8")
    return path


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_seed_then_teaser_then_nothing(
    tmp_path: Path,
    feed_server: FeedServer,
    json_sink: JsonSink,
    capsys: pytest.CaptureFixture[str],
    database_url: str,
) -> None:
    feed = feed_server.route("/news.xml", rss([seed_item()]))
    config = write_watchlist(tmp_path / "watchlist.yaml", feed, json_sink.apprise_url)
    base = ["--config", str(config), "--database", database_url]

    # 1. The first fetch is a silent baseline: recorded, not notified.
    code, out, err = cli(capsys, *base, "check")
    assert code == 0, err
    code, out, _ = cli(capsys, *base, "events", "--json")
    events = jsonl(out)
    got = {(e["production"], e["milestone"], e["status"]) for e in events}
    assert got == {("good-sex", "production", "wrapped"), ("good-sex", "trailer", "expected")}
    assert all(e["previous"] is None and e["notified"] is False for e in events)
    assert json_sink.received == []

    # 2. A teaser entry: one trailer event, one notification.
    feed_server.route("/news.xml", rss([TEASER, seed_item()]))
    code, out, err = cli(capsys, *base, "check", "--json")
    assert code == 0, err
    [summary] = jsonl(out)
    assert summary["new_entries"] == 1 and summary["events"] == 1 and summary["sent"] == 1
    assert json_sink.wait_for(1)
    assert json_sink.received[0].json["title"] == "Good Sex: The teaser is out"
    code, out, _ = cli(capsys, *base, "events", "--json")
    last = jsonl(out)[-1]
    assert (last["milestone"], last["status"], last["variant"]) == ("trailer", "released", "teaser")
    assert last["previous"] == {
        "status": "expected",
        "date": "2026-06-01",
        "precision": "season",
        "variant": "teaser",
    }
    assert last["source"] == TEASER.link

    # 3. Nothing new: no event, no notification (the server answers 200 with the same body).
    code, out, _ = cli(capsys, *base, "check", "--json")
    [summary] = jsonl(out)
    assert summary["events"] == 0 and summary["unchanged"] == 1
    time.sleep(0.2)
    assert len(json_sink.received) == 1

    code, out, _ = cli(capsys, *base, "status", "--json")
    states = {row["production"]: row["milestones"] for row in jsonl(out)}  # type: ignore[misc]
    assert states["good-sex"]["trailer"]["status"] == "released"  # type: ignore[index]
    assert states["good-sex"]["production"]["status"] == "wrapped"  # type: ignore[index]
    assert states["too-much-s2"] == {}


def test_a_home_video_date_after_the_release_moves_nothing(
    tmp_path: Path,
    feed_server: FeedServer,
    json_sink: JsonSink,
    capsys: pytest.CaptureFixture[str],
    database_url: str,
) -> None:
    dated = Item(
        "Netflix sets Dec. 4 release date for Good Sex",
        "https://news.invalid/good-sex-date",
        "Natalie Portman and Lena Dunham star in the comedy.",
        NOW - timedelta(hours=5),
    )
    out_now = Item(
        "Good Sex is now streaming on Netflix",
        "https://news.invalid/good-sex-out",
        "Natalie Portman and Lena Dunham's comedy is here.",
        NOW - timedelta(hours=3),
    )
    disc = Item(
        "Good Sex comes to Blu-ray and digital on Jan. 12",
        "https://news.invalid/good-sex-disc",
        "Natalie Portman's Netflix comedy gets a physical release.",
        NOW - timedelta(hours=1),
    )
    feed = feed_server.route("/news.xml", rss([dated]))
    config = write_watchlist(tmp_path / "watchlist.yaml", feed, json_sink.apprise_url)
    base = ["--config", str(config), "--database", database_url]
    assert cli(capsys, *base, "check")[0] == 0  # the silent baseline: the date
    feed_server.route("/news.xml", rss([out_now, dated]))
    assert cli(capsys, *base, "check")[0] == 0
    assert json_sink.wait_for(1)
    feed_server.route("/news.xml", rss([disc, out_now, dated]))
    code, out, err = cli(capsys, *base, "check", "--json")
    assert code == 0, err
    [summary] = jsonl(out)
    assert summary["new_entries"] == 1 and summary["events"] == 0

    code, out, _ = cli(capsys, *base, "events", "--json")
    got = [(e["milestone"], e["status"], e["date"]) for e in jsonl(out)]
    assert got == [
        ("release_date", "announced", dated_day(NOW - timedelta(hours=5))),
        ("release", "released", None),
    ]
    time.sleep(0.2)
    assert [m.json["title"] for m in json_sink.received] == ["Good Sex: Out now"]


def dated_day(published: datetime) -> str:
    """The ISO day "Dec. 4" names in an entry published at ``published``."""
    day = published.date()
    return f"{day.year + (day > day.replace(month=12, day=4))}-12-04"


def test_scan_prints_contract_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss([TEASER]))
    config = write_watchlist(tmp_path / "w.yaml", str(feed), "json://127.0.0.1:9/")
    code, out, _ = cli(capsys, "--config", str(config), "scan", str(feed), "--json")
    assert code == 0
    [row] = jsonl(out)
    assert row["production"] == "good-sex" and row["milestone"] == "trailer"
    assert row["status"] == "released" and row["evidence"]
    assert set(row["entry"]) == {"id", "title", "link", "published"}  # type: ignore[arg-type]
    assert not (tmp_path / "data").exists()  # a dry run stores nothing


def test_validate_reports_file_line_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("productions:\n  - id: x\n    title: X\n    aliasses: [Y]\n")
    code, out, err = cli(capsys, "--config", str(bad), "validate")
    assert code == 1 and out == ""
    assert (
        err.strip() == f"{bad}:4:5: productions[0].aliasses: unknown key 'aliasses' "
        "(check the spelling; see config/watchlist.schema.json)"
    )
    good = write_watchlist(tmp_path / "good.yaml", "https://x/rss", "json://127.0.0.1:9/")
    code, out, _ = cli(capsys, "--config", str(good), "validate")
    assert code == 0 and "ok (2 productions, 1 feeds, 1 channels)" in out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


@pytest.mark.slow
def test_daemon_polls_notifies_reloads_and_stops_on_sigterm(
    tmp_path: Path, feed_server: FeedServer, json_sink: JsonSink
) -> None:
    feed = feed_server.route("/news.xml", rss([seed_item()]))
    config = write_watchlist(tmp_path / "watchlist.yaml", feed, json_sink.apprise_url)
    env = {
        **os.environ,
        "TRACKER_CONFIG": str(config),
        "TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "TRACKER_POLL_INTERVAL": "1s",
        "TRACKER_POLL_MAX_INTERVAL": "1s",
        "TRACKER_DELIVER_INTERVAL": "1s",
        "TRACKER_RELOAD_INTERVAL": "1s",
    }
    proc = start_daemon(env)
    try:
        deadline = time.monotonic() + 20
        while feed_server.hits("/news.xml") < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert feed_server.hits("/news.xml") >= 1
        time.sleep(1.5)  # the baseline is stored before the teaser appears
        feed_server.route("/news.xml", rss([TEASER, seed_item()]))
        assert json_sink.wait_for(1, timeout=20), "no notification from the daemon"
        # The daemon serves its pages too.
        import httpx

        page = httpx.get(f"http://127.0.0.1:{os.environ['TRACKER_WEB_PORT']}/titles/good-sex")
        assert page.status_code == 200 and "Good Sex" in page.text
        assert json_sink.received[0].json["title"] == "Good Sex: The teaser is out"
        # A bad edit is reported with its line, and the daemon carries on.
        config.write_text(config.read_text() + "  - bogus: [\n")
        time.sleep(2.5)
        assert proc.poll() is None
    finally:
        output = stop_daemon(proc)
    assert proc.returncode == 0, output
    assert "watchlist not reloaded" in output and f"{config}:" in output
    assert "stopped" in output
    assert len(json_sink.received) == 1
