"""The PostgreSQL backend: the same storage interface as the SQLite file, for several replicas.

``CYBERBOT_DATABASE_URL=postgresql://...`` selects it (``bot.core.storage.open_storage``). It
talks to the server through psycopg 3 with a psycopg_pool connection pool, so the HTTP server's
threads, the scheduler and the poll updater each borrow a connection for a statement or a
transaction and give it back. Features keep writing their SQL once, in the portable subset
described on ``bot.core.storage.Dialect``: here ``?`` and ``:name`` placeholders become psycopg's
``%s`` and ``%(name)s``, Python booleans are passed as the 0/1 the tables store, and the rare
SQLite-only spelling a newer store may still use (``INSERT OR IGNORE``, ``IS ?``) is rewritten.

Inside ``transaction()`` the thread's ``query``/``execute`` use the transaction's connection,
as they do on SQLite (where a thread has one connection), so a store that reads back what it
just wrote sees it, and never waits on its own row lock from a second connection.

Migrations run in one transaction under an advisory lock, so replicas starting together apply
each one exactly once; DDL is transactional here, so a failed migration leaves nothing behind.
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from typing import Iterator, Sequence

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout

from bot.core.storage import (CORE_MIGRATIONS, POSTGRESQL, Migration, StorageBusy, StorageError, _commit_mark,
                              _marked, _statements, pending_mark, utc_iso)

POOL_MAX = 12                 # the HTTP server's dispatch threads, the scheduler, the updater, headroom
CONNECT_TIMEOUT_SECONDS = 10
MIGRATION_LOCK = 0x6379626F74  # "cybot": one advisory lock for everybody's migrations

_BUSY = (pg_errors.LockNotAvailable, pg_errors.SerializationFailure, pg_errors.DeadlockDetected,
         pg_errors.QueryCanceled)


@lru_cache(maxsize=2048)
def translate(sql: str, named: bool, bound: bool = True) -> str:
    """Portable SQL (``?`` or ``:name`` placeholders) as psycopg SQL (``%s``, ``%(name)s``).
    Without parameters (``bound`` false) psycopg sends the text as it is, so ``%`` stays single."""
    sql = re.sub(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", "INSERT INTO", sql, flags=re.I) + (
        " ON CONFLICT DO NOTHING" if re.search(r"\bINSERT\s+OR\s+IGNORE\b", sql, re.I) else "")
    sql = re.sub(r"\bIS\s+\?", "IS NOT DISTINCT FROM ?", sql, flags=re.I)
    out, i, quote = [], 0, None
    while i < len(sql):
        ch = sql[i]
        if quote:
            if ch == quote:
                quote = None
            out.append("%%" if ch == "%" and bound else ch)
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "%":
            out.append("%%" if bound else ch)
        elif not bound:
            out.append(ch)
        elif ch == "?" and not named:
            out.append("%s")
        elif ch == ":" and named and i + 1 < len(sql) and (sql[i + 1].isalpha() or sql[i + 1] == "_") \
                and (i == 0 or sql[i - 1] != ":"):
            j = i + 1
            while j < len(sql) and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            out.append(f"%({sql[i + 1:j]})s")
            i = j
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _params(params):
    if isinstance(params, dict):
        return {k: int(v) if isinstance(v, bool) else v for k, v in params.items()}
    return tuple(int(v) if isinstance(v, bool) else v for v in params)


def _explain(exc: Exception) -> StorageError:
    if isinstance(exc, (PoolTimeout, *_BUSY)):
        return StorageBusy("the database is busy; please try again in a moment")
    return StorageError(f"database error on PostgreSQL: {str(exc).strip().splitlines()[0] if str(exc) else exc}")


class PgTx:
    """A transaction's (or one statement's) connection, with the DB-API calls stores use."""

    __slots__ = ("conn",)

    def __init__(self, conn: psycopg.Connection):
        self.conn = conn

    def execute(self, sql: str, params: Sequence | dict = ()) -> psycopg.Cursor:
        try:
            if not params:
                return self.conn.execute(translate(sql, False, False))
            return self.conn.execute(translate(sql, isinstance(params, dict)), _params(params))
        except _BUSY as exc:
            raise _explain(exc) from None
        except psycopg.OperationalError as exc:
            raise _explain(exc) from None

    def executemany(self, sql: str, seq) -> psycopg.Cursor:
        seq = list(seq)
        cursor = self.conn.cursor()
        if not seq:
            return cursor
        try:
            cursor.executemany(translate(sql, isinstance(seq[0], dict)), [_params(p) for p in seq])
        except (*_BUSY, psycopg.OperationalError) as exc:
            raise _explain(exc) from None
        return cursor


class PostgresStorage:
    """A PostgreSQL database, shared by threads through a pool and by replicas through the server."""

    dialect = POSTGRESQL
    IntegrityError = psycopg.IntegrityError

    def __init__(self, url: str, migrations: Sequence[Migration] = CORE_MIGRATIONS, migrate: bool = True,
                 max_size: int = POOL_MAX):
        self.url = url
        self._local = threading.local()
        try:
            info = conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise StorageError(f"CYBERBOT_DATABASE_URL is not a PostgreSQL URL ({exc}); "
                               "use postgresql://USER:PASSWORD@HOST:5432/DATABASE") from None
        where = info.get("host") or "localhost"
        self._where = f"{info.get('dbname') or info.get('user') or ''} on {where}" + (
            f":{info['port']}" if info.get("port") else "")
        try:   # one direct connection first: a refused or failed login says why at once
            psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_SECONDS).close()
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StorageError(f"cannot reach PostgreSQL ({self._where}): {reason}; check "
                               "CYBERBOT_DATABASE_URL and that the server is running") from None
        self.pool = ConnectionPool(url, min_size=1, max_size=max_size, open=False, name="cyberbot",
                                   kwargs={"autocommit": True}, timeout=CONNECT_TIMEOUT_SECONDS)
        try:
            self.pool.open(wait=True, timeout=CONNECT_TIMEOUT_SECONDS)
        except PoolTimeout:
            self.pool.close()
            raise StorageError(f"cannot reach PostgreSQL ({self._where}): the connection pool timed out; check "
                               "CYBERBOT_DATABASE_URL and that the server is running") from None
        try:
            if migrate:
                self.migrate(migrations)
        except BaseException:
            self.close()
            raise

    @property
    def description(self) -> str:
        return f"PostgreSQL database {self._where}"

    # -- use ----------------------------------------------------------------------------------
    @contextmanager
    def _borrowed(self) -> Iterator[PgTx]:
        current = getattr(self._local, "tx", None)
        if current is not None:
            yield current
            return
        try:
            with self.pool.connection() as conn:
                yield PgTx(conn)
        except PoolTimeout as exc:
            raise _explain(exc) from None
        except psycopg.OperationalError as exc:
            raise _explain(exc) from None

    @contextmanager
    def transaction(self, flush: bool = True) -> Iterator[PgTx]:
        """A write transaction on one pooled connection: committed on success, rolled back on error.
        (``flush`` is SQLite's, as in ``write``.)"""
        if getattr(self._local, "tx", None) is not None:
            raise RuntimeError("transactions do not nest")
        try:
            with self.pool.connection() as conn:
                with conn.transaction():
                    tx = PgTx(conn)
                    self._local.tx = tx
                    try:
                        yield tx
                        mark = _commit_mark(tx.execute)    # an acked command's mark, in the same commit
                    finally:
                        self._local.tx = None
            _marked(mark)
        except PoolTimeout as exc:
            raise _explain(exc) from None
        except (*_BUSY, psycopg.OperationalError) as exc:
            raise _explain(exc) from None

    def execute(self, sql: str, params: Sequence | dict = ()):
        """One statement; outside a transaction it commits on its own. The rows are read before
        the connection goes back to the pool."""
        if getattr(self._local, "tx", None) is None and pending_mark() and sql.lstrip()[:6].upper() != "SELECT":
            with self.transaction() as tx:           # a lone write carries an acked command's mark
                return _Done(tx.execute(sql, params))
        with self._borrowed() as tx:
            cursor = tx.execute(sql, params)
            return _Done(cursor)

    def write(self, sql: str, params: Sequence | dict = (), flush: bool = True):
        """One write statement on its own; like SQLite's, any database failure is a StorageError.
        (``flush`` is SQLite's; PostgreSQL's commits follow its own synchronous_commit.)"""
        try:
            return self.execute(sql, params)
        except psycopg.IntegrityError:
            raise
        except psycopg.Error as exc:
            raise _explain(exc) from None

    def query(self, sql: str, params: Sequence | dict = ()) -> list[dict]:
        with self._borrowed() as tx:
            cursor = tx.execute(sql, params)
            names = [d.name for d in cursor.description or ()]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def ping(self) -> bool:
        try:
            with self.pool.connection(timeout=3) as conn:
                conn.execute("SELECT 1").fetchone()
            return True
        except (psycopg.Error, PoolTimeout):
            return False

    def health(self) -> tuple[bool, str]:
        """Whether a write can be made now (what /healthz answers): one row rewritten in a
        transaction that gives up after a quarter of a second waiting for a lock."""
        try:
            with self.pool.connection(timeout=1) as conn:
                with conn.transaction():
                    conn.execute("SET LOCAL lock_timeout = '250ms'")
                    conn.execute("SET LOCAL statement_timeout = '1s'")
                    conn.execute("INSERT INTO health_check (id, at) VALUES (1, %s)"
                                 " ON CONFLICT (id) DO UPDATE SET at = excluded.at",
                                 (datetime.now(timezone.utc).isoformat(),))
            return True, "ok"
        except PoolTimeout:
            return False, "unreachable"
        except psycopg.Error as exc:
            text = str(exc).lower()
            if "lock" in text or "timeout" in text or "canceling statement" in text:
                return False, "locked"
            if "read-only" in text or "read only" in text:
                return False, "read-only"
            if "space" in text or "full" in text:
                return False, "full"
            return False, "unreachable"

    def close(self) -> None:
        self.pool.close()

    # -- migrations ---------------------------------------------------------------------------
    def migrate(self, migrations: Sequence[Migration]) -> list[tuple[str, int]]:
        applied = []
        with self.transaction() as tx:
            tx.execute(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            tx.execute("CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT NOT NULL,"
                       " version BIGINT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (component, version))")
            done = {(c, v) for c, v in tx.execute("SELECT component, version FROM schema_migrations").fetchall()}
            for migration in sorted(migrations, key=lambda m: (m.component, m.version)):
                if (migration.component, migration.version) in done:
                    continue
                for statement in _statements(migration.sql_for(self.dialect.name)):
                    tx.execute(statement)
                tx.execute("INSERT INTO schema_migrations (component, version, applied_at) VALUES (?, ?, ?)",
                           (migration.component, migration.version, utc_iso(datetime.now(timezone.utc))))
                applied.append((migration.component, migration.version))
        return applied

    def applied_migrations(self) -> list[tuple[str, int]]:
        if "schema_migrations" not in self.tables():
            return []
        return [(r["component"], r["version"])
                for r in self.query("SELECT component, version FROM schema_migrations ORDER BY 1, 2")]

    def tables(self) -> list[str]:
        return [r["table_name"] for r in self.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            " ORDER BY table_name")]

    def columns(self, table: str) -> list[str]:
        return [r["column_name"] for r in self.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = ? ORDER BY ordinal_position", (table,))]


class _Done:
    """A finished statement's outcome, kept after its connection has gone back to the pool."""

    __slots__ = ("rowcount", "description", "_rows")

    def __init__(self, cursor: psycopg.Cursor):
        self.rowcount = cursor.rowcount
        self.description = cursor.description
        self._rows = iter(cursor.fetchall() if cursor.description else [])

    def fetchone(self):
        return next(self._rows, None)

    def fetchall(self):
        return list(self._rows)

    def __iter__(self):
        return self._rows
