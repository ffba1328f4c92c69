"""Engine, sessions and migrations.

SQLite gets WAL, a busy timeout and foreign keys on every connection; its folder is made
when missing. Every command calls :func:`open_database`, which brings the schema up to
date with Alembic before anything else touches it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class DatabaseError(Exception):
    """The database URL is unusable or the database cannot be reached."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get their folder and their pragmas."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(
            f"cannot read database URL {url!r}: write e.g. sqlite:///data/tracker.sqlite3 "
            "or postgresql+psycopg://user@host/db"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            f"the driver for {parsed.drivername} is not installed ({exc.name}); "
            "for PostgreSQL install tracker[postgres]"
        ) from None


#: Advisory lock key that serialises migrations of instances starting together.
MIGRATION_LOCK = 7_201_746_001


def alembic_config(connection: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (default: the newest).

    On PostgreSQL, instances starting at once take turns (an advisory lock), so that only
    the first one migrates and the others find the schema current.
    """
    with engine.connect() as connection:
        postgres = connection.dialect.name == "postgresql"
        if postgres:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()
        try:
            command.upgrade(alembic_config(connection), revision)
            connection.commit()
        finally:
            if postgres:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                connection.commit()


def open_database(url: str) -> sessionmaker[Session]:
    """Engine + migrations + a session factory, or a :class:`DatabaseError` that says why."""
    engine = make_engine(url)
    try:
        upgrade(engine)
    except Exception as exc:
        if isinstance(exc, DatabaseError):
            raise
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            raise DatabaseError(
                f"cannot open the database {engine.url.render_as_string(hide_password=True)}: "
                f"{exc.orig}"
            ) from None
        raise
    return sessionmaker(engine, expire_on_commit=False)


def serialise(session: Session, name: str) -> None:
    """Hold a PostgreSQL advisory lock named ``name`` until this transaction ends.

    Instances sharing one database take turns on the work the name stands for (mirroring
    the watchlist, folding one production's news). SQLite allows one writer at a time
    anyway, so there it does nothing.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": name})


class Exclusive:
    """A job that must run on one instance at a time: a PostgreSQL session advisory lock
    held on a connection of its own for as long as the job runs.

    ``acquire()`` returns False when another instance holds it (skip this run). On SQLite
    there is one instance, so it always returns True.
    """

    def __init__(self, engine: Engine, name: str) -> None:
        self.engine, self.name = engine, name
        self._connection: Connection | None = None

    def acquire(self) -> bool:
        if self.engine.dialect.name != "postgresql":
            return True
        connection = self.engine.connect()
        got = connection.execute(
            text("SELECT pg_try_advisory_lock(hashtext(:name))"), {"name": self.name}
        ).scalar()
        connection.commit()
        if not got:
            connection.close()
            return False
        self._connection = connection
        return True

    def release(self) -> None:
        if self._connection is None:
            return
        try:
            self._connection.execute(
                text("SELECT pg_advisory_unlock(hashtext(:name))"), {"name": self.name}
            )
            self._connection.commit()
        finally:
            self._connection.close()  # closing ends the session, and with it the lock
            self._connection = None


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work commits together or not at all."""
    with factory() as session, session.begin():
        yield session
