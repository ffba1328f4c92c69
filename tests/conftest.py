"""Shared fixtures: loopback servers, a real SQLite file, the real PostgreSQL when it runs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import feed_server, free_port, json_sink, smtp_sink  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
POSTGRES_URL = os.environ.get(
    "TRACKER_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(autouse=True)
def _clean_tracker_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's own TRACKER_* settings."""
    for name in list(os.environ):
        if name.startswith("TRACKER_") and name != "TRACKER_TEST_DATABASE_URL":
            monkeypatch.delenv(name)
    monkeypatch.setenv("TRACKER_NO_PROGRESS", "1")
    monkeypatch.setenv("TRACKER_WEB_PORT", str(free_port()))  # daemons in tests never collide
    # Fans' URLs in tests point at loopback sinks: allow them (the guard's own tests
    # set their policy explicitly).
    monkeypatch.setenv("TRACKER_ALLOW_PRIVATE_TARGETS", "true")
    monkeypatch.setenv("TRACKER_ALLOWED_SCHEMES", "json,jsons,form,forms,mailto,mailtos,ntfy,ntfys")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'tracker.sqlite3'}"


def postgres_available() -> str | None:
    """None when the test PostgreSQL answers; else the reason it cannot be used."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    from sqlalchemy.engine import make_url

    url = make_url(POSTGRES_URL)
    try:
        with psycopg.connect(
            host=url.host,
            port=url.port or 5432,
            user=url.username,
            dbname=url.database,
            password=url.password,
            connect_timeout=3,
        ):
            return None
    except psycopg.OperationalError as exc:
        return f"no PostgreSQL at {url.host}:{url.port}: {str(exc).strip().splitlines()[0]}"


@pytest.fixture(scope="session")
def _postgres_database() -> Iterator[str]:
    """A database of this test run's own on the real PostgreSQL, dropped at the end, so that
    two runs on one machine (a CI run and a developer's) never drop each other's tables;
    the configured database itself where the user may not create one."""
    reason = postgres_available()
    if reason:
        yield ""
        return
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(POSTGRES_URL)
    name = f"{url.database}_run_{os.getpid()}"
    params = {
        "host": url.host,
        "port": url.port or 5432,
        "user": url.username,
        "dbname": url.database,
        "password": url.password,
        "autocommit": True,
    }
    try:
        with psycopg.connect(**params) as conn:  # type: ignore[arg-type]
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')  # a killed run's leftover
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error:
        yield POSTGRES_URL  # no CREATE DATABASE right: share the configured database
        return
    yield url.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(**params) as conn:  # type: ignore[arg-type]
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(_postgres_database: str) -> Iterator[str]:
    """A clean schema on the real PostgreSQL (skipped, with the reason, where none runs)."""
    reason = postgres_available()
    if reason:
        pytest.skip(reason)
    from sqlalchemy import create_engine, text

    engine = create_engine(_postgres_database)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    yield _postgres_database


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'tracker.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))
