"""The database: one storage interface over SQLite (the default) and PostgreSQL.

One process with a SQLite file is the embedded default; ``CYBERBOT_DATABASE_URL=postgresql://...``
puts every table on PostgreSQL instead, so several ``cyberbot serve`` replicas can share it
(``bot.core.postgres``). Features write their SQL once, in the portable subset both backends run
(see ``Dialect``), and call the same methods on either backend:

* ``transaction()``: a write transaction (``BEGIN IMMEDIATE`` on SQLite, a plain transaction on
  PostgreSQL) yielding ``tx`` with ``execute``/``executemany`` returning DB-API cursors;
* ``query(sql, params) -> list[dict]``, ``execute`` (one statement), ``write`` (one write
  statement, queued behind this process's other writers);
* ``dialect``: what differs (``for_update_skip_locked``, the backend's name).

Every feature (answers, reminders, polls) owns a list of numbered migrations for its own tables;
``open_storage`` passes all of them in, and the storage applies the ones not yet applied, each
exactly once, in order, recording them in ``schema_migrations`` by (component, version).

SQLite connections are per thread (the HTTP server, the scheduler and Socket Mode all run
threads) and use WAL with a busy timeout, so a second writer makes us wait rather than fail.
Opening never silently creates an empty database in place of a damaged one: a file that is not
SQLite, or that we cannot write, is a ``StorageError`` with a message an operator can act on.
The migration bookkeeping (``schema_migrations``) and the schema questions (tables, columns) are
plain SQL on both backends (see ARCHITECTURE.md for why sqlite-utils no longer does them).
"""

from __future__ import annotations

import os
import re
import logging
import sqlite3
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence

from bot.core import regexes

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000

# Database files this process holds open, with how many ``Storage`` objects hold each. Closing
# *any* file descriptor on a file drops all of this process's POSIX locks on it, SQLite's included;
# without its shared lock, another process that closes its last connection believes it is alone
# and deletes the WAL under our feet ("disk I/O error", commits lost). So the header is read with
# a plain ``open`` only while no connection of ours is open on the file.
_OPEN_FILES: dict[str, int] = {}
_OPEN_FILES_LOCK = threading.Lock()


class StorageError(RuntimeError):
    """The database cannot be used; the message says why and what to do."""


class StorageBusy(StorageError):
    """Another writer held the database for longer than we were willing to wait."""


class StorageGone(StorageError):
    """The database file was deleted or replaced under the running bot: writes would be lost."""


class StorageMissing(StorageError):
    """The database that was here before is gone; starting again empty needs ``--init``."""


_READS = ("SELECT", "PRAGMA")   # statements that cannot lose a write
HEALTH_TIMEOUT_MS = 250          # /healthz answers within about this even with the database locked
MARKER_SUFFIX = ".marker"        # beside the database: "a database lived here" (see Storage)
KEY_SUFFIX = ".key"              # the anonymous voters' key file (bot.core.install_key)


def is_database_error(exc: BaseException) -> bool:
    """A failure of the database itself, on either backend (psycopg is imported only when used)."""
    return isinstance(exc, (StorageError, sqlite3.Error)) or type(exc).__module__.startswith("psycopg")


@dataclass(frozen=True)
class Migration:
    """One numbered schema change of one component.

    ``sql`` is written for SQLite in the portable subset (TEXT, INTEGER, REAL, ``INTEGER PRIMARY
    KEY`` ids, partial indexes, ``ADD COLUMN``); PostgreSQL runs it through ``postgres_ddl``. A
    change that cannot be said that way gives its own ``postgres`` text.
    """

    component: str
    version: int
    sql: str
    postgres: str | None = None

    def sql_for(self, dialect: str) -> str:
        if dialect == "postgresql":
            return self.postgres if self.postgres is not None else postgres_ddl(self.sql)
        return self.sql


@dataclass(frozen=True)
class Dialect:
    """What differs between the backends, for the few places SQL cannot be the same.

    The portable subset every store writes in: ``?`` placeholders (tuples) or ``:name`` (dicts);
    ``INSERT ... ON CONFLICT (...) DO NOTHING / DO UPDATE`` for upserts; ``INSERT ... RETURNING
    id`` for new ids; flags stored as 0/1 integers (Python booleans are passed as 0/1); times as
    ``utc_iso`` text, which sorts in time order on both.
    """

    name: str                       # "sqlite" or "postgresql"
    begin: str                      # how a write transaction starts
    for_update_skip_locked: str     # appended to a claim's SELECT: lock rows, pass over locked ones

    @property
    def is_postgres(self) -> bool:
        return self.name == "postgresql"


SQLITE = Dialect("sqlite", "BEGIN IMMEDIATE", "")
POSTGRESQL = Dialect("postgresql", "BEGIN", " FOR UPDATE SKIP LOCKED")

_PG_TYPES = (
    (regexes.compile(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?", re.I), "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (regexes.compile(r"\bINTEGER\b", re.I), "BIGINT"),
    (regexes.compile(r"\bREAL\b", re.I), "DOUBLE PRECISION"),
    (regexes.compile(r"\bBLOB\b", re.I), "BYTEA"),
)


def postgres_ddl(sql: str) -> str:
    """A SQLite migration in the portable subset, as PostgreSQL DDL (ids become identities)."""
    for pattern, replacement in _PG_TYPES:
        sql = pattern.sub(replacement, sql)
    return sql


CORE_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "core",
        1,
        """
        CREATE TABLE IF NOT EXISTS seen_events (
            event_id TEXT PRIMARY KEY,
            at TEXT NOT NULL
        );
        """,
    ),
    # one row that /healthz rewrites, to prove a write can be made
    Migration("health", 1, "CREATE TABLE IF NOT EXISTS health_check (id INTEGER PRIMARY KEY, at TEXT NOT NULL);"),
    # many workspaces (OAuth mode): each one's bot and installer, and installs under way
    # (bot.core.installations)
    Migration(
        "installations",
        1,
        """
        CREATE TABLE IF NOT EXISTS slack_bots (
            client_id TEXT NOT NULL,
            enterprise_id TEXT NOT NULL,
            team_id TEXT NOT NULL,
            is_enterprise_install INTEGER NOT NULL DEFAULT 0,
            installed_at TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (client_id, enterprise_id, team_id)
        );
        CREATE TABLE IF NOT EXISTS slack_installations (
            client_id TEXT NOT NULL,
            enterprise_id TEXT NOT NULL,
            team_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            installed_at TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (client_id, enterprise_id, team_id, user_id)
        );
        CREATE TABLE IF NOT EXISTS oauth_states (
            state TEXT PRIMARY KEY,
            expires_at TEXT NOT NULL
        );
        """,
    ),
    # acked commands whose effect is committed (see ``effect_of``)
    Migration("inbox", 1, "CREATE TABLE IF NOT EXISTS handled_commands (entry TEXT PRIMARY KEY, at TEXT NOT NULL);"),
    # each workspace's own curators and curator channel, set on the App Home (bot.core.curators)
    Migration(
        "curator_settings",
        1,
        """
        CREATE TABLE IF NOT EXISTS curator_settings (
            team_id TEXT PRIMARY KEY,
            channel TEXT,
            seeded_from TEXT,
            updated_by TEXT,
            updated_at TEXT
        );
        CREATE TABLE IF NOT EXISTS curator_people (
            team_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (team_id, user_id)
        );
        """,
    ),
)


# -- an acked command's effect and its "handled" mark, in one commit -------------------------------
#
# A slash command or click is journalled in the inbox (``handlers.intake``) before its ack and
# handled after it; whatever was never marked handled is handled again at the next start. A
# mark written after the effect's commit leaves a window (the effect committed, the mark not yet
# written) where a kill -9 makes the command happen twice. So the mark is a row, written in the
# same transaction as the command's first write: both are committed, or neither is. Both
# backends call ``_commit_mark`` inside ``transaction()`` just before committing, and run a
# lone ``write``/``execute`` as a transaction while a mark is pending.

_EFFECT: ContextVar[list | None] = ContextVar("cyberbot_effect_of", default=None)
MARK_SQL = "INSERT INTO handled_commands (entry, at) VALUES (?, ?) ON CONFLICT (entry) DO NOTHING"
HANDLED_SQL = "SELECT 1 AS handled FROM handled_commands WHERE entry = ?"


@contextmanager
def effect_of(entry: str | None):
    """Within this block (this thread), the first write transaction that commits also records
    ``entry`` in ``handled_commands``; ``handled(storage, entry)`` then says it was done."""
    if not entry:
        yield
        return
    token = _EFFECT.set([entry])
    try:
        yield
    finally:
        _EFFECT.reset(token)


def pending_mark() -> str | None:
    holder = _EFFECT.get()
    return holder[0] if holder else None


def _commit_mark(execute) -> str | None:
    """Inside a write transaction, just before its commit: write the pending mark, if any."""
    entry = pending_mark()
    if entry:
        execute(MARK_SQL, (entry, utc_iso(datetime.now(timezone.utc))))
    return entry


def _marked(entry: str | None) -> None:
    """The transaction carrying ``entry``'s mark has committed: later writes are the command's own."""
    holder = _EFFECT.get()
    if entry and holder and holder[0] == entry:
        holder[0] = None


def handled(storage, entry: str) -> bool:
    """Whether an acked command's effect was committed (its mark is in ``handled_commands``)."""
    return bool(storage.query(HANDLED_SQL, (entry,)))


def forget_handled(storage, before: datetime) -> None:
    """Marks older than any inbox entry that could still be replayed."""
    storage.write("DELETE FROM handled_commands WHERE at < ?", (utc_iso(before),))


def open_storage(settings, migrations: Sequence[Migration] = CORE_MIGRATIONS, migrate: bool = True,
                 init: bool = False):
    """The database the settings name: PostgreSQL when ``CYBERBOT_DATABASE_URL`` is set (and then
    no SQLite file is made), else the SQLite file ``CYBERBOT_DB``."""
    url = getattr(settings, "database_url", None)
    if url:
        from bot.core.postgres import PostgresStorage   # psycopg is loaded only when it is used

        return PostgresStorage(url, migrations, migrate=migrate)
    return Storage(settings.db_path, migrations, migrate=migrate, init=init)


class Storage:
    """One SQLite file, shared safely between threads.

    Durability: ``synchronous=FULL``, so a commit we have confirmed is on disk before we say so
    (``NORMAL`` lost commits made about a second before an OS crash or the disk going read-only).

    The file itself is watched: its device and inode are noted at open, and every write first
    checks the path still names that file. A database deleted or replaced while we run would
    take every later write with it, so writes are refused (``StorageGone``, logged once per
    episode) and ``health()`` fails, rather than confirming work that is already lost.

    A marker file beside the database (``<db>.marker``, like the key file ``<db>.key``) says a
    database lived here. Starting with the marker but no database is ``StorageMissing``, never
    a silent fresh start; ``init=True`` (``cyberbot serve --init``) starts afresh on purpose. A
    first start on a fresh machine (no database, no marker) just creates both.
    """

    dialect = SQLITE
    IntegrityError = sqlite3.IntegrityError

    def __init__(self, path: str | os.PathLike, migrations: Sequence[Migration] = CORE_MIGRATIONS,
                 migrate: bool = True, init: bool = False):
        self.path = str(path)
        self._identity: tuple[int, int] | None = None
        self._gone_logged = False
        self._health_conn: sqlite3.Connection | None = None
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        # Writers in this process queue here rather than inside SQLite, whose busy handler
        # sleeps in growing steps; other processes are still kept in order by busy_timeout.
        self._write_lock = threading.RLock()
        self._write_conn: sqlite3.Connection | None = None
        self._key = os.path.realpath(self.path)
        self._held = False
        with _OPEN_FILES_LOCK:
            self._check_file(read_header=not _OPEN_FILES.get(self._key))
            self._check_not_lost(init)
        try:
            self.conn.execute("PRAGMA quick_check").fetchone()
            self._identity = self._stat()
            if migrate:
                self.migrate(migrations)
            self._mark()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise self._explain(exc) from None
        except BaseException:
            self.close()
            raise
        with _OPEN_FILES_LOCK:
            _OPEN_FILES[self._key] = _OPEN_FILES.get(self._key, 0) + 1
            self._held = True

    # -- opening -----------------------------------------------------------------------------
    def _check_file(self, read_header: bool = True) -> None:
        if self.path == ":memory:":
            raise StorageError("use a database file, not :memory:, so every thread sees the same data")
        path = Path(self.path)
        if path.exists():
            if path.is_dir():
                raise StorageError(f"{self.path} is a folder, not a database file; set CYBERBOT_DB to a file path")
            if not os.access(path, os.R_OK | os.W_OK):
                raise StorageError(
                    f"cannot write to the database {self.path} (read-only); fix its permissions or set CYBERBOT_DB"
                )
            header = b""
            if read_header:   # already open here means already checked (and see _OPEN_FILES)
                with open(path, "rb") as handle:
                    header = handle.read(16)
            if header and header != b"SQLite format 3\x00":
                raise StorageError(
                    f"{self.path} is not a SQLite database (corrupt or the wrong file); "
                    "restore it from a backup or move it aside, then start again"
                )
        else:
            parent = path.parent if str(path.parent) else Path(".")
            if not parent.exists():
                raise StorageError(f"the folder for the database {self.path} does not exist")
            if not os.access(parent, os.W_OK):
                raise StorageError(f"cannot create the database {self.path}: its folder is read-only")

    def _check_not_lost(self, init: bool) -> None:
        """Refuse to start empty where a database used to be, unless asked to (``init``)."""
        if os.path.exists(self.path):
            return
        tells = [p for p in (self.path + MARKER_SUFFIX, self.path + KEY_SUFFIX) if os.path.exists(p)]
        if not tells:
            return                                          # a first start: just works
        if not init:
            raise StorageMissing(
                f"the database {os.path.abspath(self.path)} is missing, but {tells[0]} shows one was there "
                "before. Restore it from your backup (and check CYBERBOT_DB names it); or, to start afresh "
                "with an empty database on purpose, run `cyberbot serve --init` (or `cyberbot chat --init`)")
        for leftover in (self.path + "-wal", self.path + "-shm", self.path + "-journal"):
            if os.path.exists(leftover):                  # a stale log must not be replayed into the new file
                os.unlink(leftover)
        log.warning("starting afresh with an empty database at %s (--init)", os.path.abspath(self.path))

    def _mark(self) -> None:
        marker = self.path + MARKER_SUFFIX
        if os.path.exists(marker):
            return
        try:
            with open(marker, "w", encoding="utf-8") as handle:
                handle.write(f"cyberbot keeps its database in {os.path.basename(self.path)} beside this file.\n"
                             "If that file is ever missing, cyberbot will not start empty: restore it from a "
                             "backup, or start afresh on purpose with `cyberbot serve --init`.\n")
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            log.warning("could not write %s (%s); a lost database could not be told from a first start",
                        marker, exc)

    def _stat(self) -> tuple[int, int] | None:
        try:
            found = os.stat(self.path)
        except FileNotFoundError:
            return None
        return found.st_dev, found.st_ino

    def check_file(self) -> None:
        """Raise ``StorageGone`` when the path no longer names the file we opened (deleted or replaced)."""
        now = self._stat()
        if now is not None and now == self._identity:
            if self._gone_logged:
                self._gone_logged = False
                log.warning("the database file %s is back; writes are accepted again", self.path)
            return
        what = "deleted" if now is None else "replaced by another file"
        message = (f"the database file {os.path.abspath(self.path)} was {what} while the bot was running; "
                   "refusing writes so nothing is confirmed and then lost. Restore the file, or restart "
                   "cyberbot (it will say what to do)")
        if not self._gone_logged:
            self._gone_logged = True
            log.error("%s", message)
        raise StorageGone(message)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _explain(self, exc: sqlite3.DatabaseError) -> StorageError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return StorageBusy("the database is busy with another writer; please try again in a moment")
        if "readonly" in text or "read-only" in text:
            return StorageError(f"cannot write to the database {self.path} (read-only); fix its permissions")
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            return StorageError(f"{self.path} is corrupt ({text}); restore it from a backup or move it aside")
        return StorageError(f"database error in {self.path}: {text}")

    # -- use ----------------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = self._connect()
            except sqlite3.DatabaseError as exc:
                raise self._explain(exc) from None
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def transaction(self, flush: bool = True) -> Iterator[sqlite3.Connection]:
        """An immediate (write-locking) transaction: committed on success, rolled back on error.

        ``flush=False`` is ``write``'s unflushed commit for several statements: for work nobody
        is told about whose loss in an OS crash costs nothing (an install link's state: its
        admin starts again), so that anonymous traffic does not queue a flush to disk each."""
        self.check_file()
        conn = self.conn
        if not self._write_lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            raise StorageBusy("the database is busy with another writer; please try again in a moment")
        unflushed = not flush and not pending_mark()     # an acked command's mark is always flushed
        if unflushed:
            conn.execute("PRAGMA synchronous = NORMAL")
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise self._explain(exc) from None
            try:
                yield conn
                mark = _commit_mark(conn.execute)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except sqlite3.DatabaseError as exc:
                    conn.execute("ROLLBACK")
                    raise self._explain(exc) from None
                _marked(mark)
        finally:
            if unflushed:
                conn.execute("PRAGMA synchronous = FULL")
            self._write_lock.release()

    def write(self, sql: str, params: Sequence | dict = (), flush: bool = True) -> sqlite3.Cursor:
        """One write statement as its own transaction, queued behind this process's other writers.

        A third of the statements of ``transaction()`` for the writes that are a single
        statement anyway (a burst of Slack events each claims its event id this way). They
        all go through one connection, whose page cache stays warm: a thread's own connection
        would find that another one has written since its last use, and read the pages again.
        """
        if pending_mark():      # an acked command's first write: with its mark, flushed
            with self.transaction() as conn:
                return conn.execute(sql, params)
        self.check_file()
        if not self._write_lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            raise StorageBusy("the database is busy with another writer; please try again in a moment")
        try:
            try:
                if not flush:
                    return self._unflushed(sql, params)
                return self._writer().execute(sql, params)
            except sqlite3.DatabaseError as exc:
                raise self._explain(exc) from None
        finally:
            self._write_lock.release()

    def _unflushed(self, sql: str, params: Sequence | dict) -> sqlite3.Cursor:
        """A write nobody is told about (a Slack delivery's id, noted to drop Slack's retries),
        committed without waiting for the disk: an OS crash may lose the last second of them,
        which costs nothing, and a burst of mentions does not queue behind a flush each. A kill -9
        loses none (the log is written before the commit returns). The next flushed commit makes
        it durable too."""
        conn = self._writer()
        conn.execute("PRAGMA synchronous = NORMAL")
        try:
            return conn.execute(sql, params)
        finally:
            conn.execute("PRAGMA synchronous = FULL")

    def _writer(self) -> sqlite3.Connection:
        """The connection ``write()`` uses, from any thread, only while holding the write lock."""
        if self._write_conn is None:
            self._write_conn = self._connect()
            with self._all_lock:
                self._all.append(self._write_conn)
        return self._write_conn

    def execute(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
        if sql.lstrip()[:6].upper() not in _READS:
            if pending_mark() and not self.conn.in_transaction:   # a lone write carries the mark too
                with self.transaction() as conn:
                    return conn.execute(sql, params)
            self.check_file()
        try:
            return self.conn.execute(sql, params)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc) or "readonly" in str(exc):
                raise self._explain(exc) from None
            raise

    def query(self, sql: str, params: Sequence | dict = ()) -> list[dict]:
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def ping(self) -> bool:
        try:
            self.conn.execute("SELECT 1").fetchone()
            return True
        except sqlite3.Error:
            return False

    def health(self) -> tuple[bool, str]:
        """Whether a write can be made now: the file is still ours, and a one-row write commits
        within ``HEALTH_TIMEOUT_MS`` (so a locked, full or read-only database says so, fast)."""
        try:
            self.check_file()
        except StorageGone:
            return False, "missing" if self._stat() is None else "replaced"
        if not self._write_lock.acquire(timeout=HEALTH_TIMEOUT_MS / 1000):
            return False, "locked"
        try:
            if self._health_conn is None:
                conn = sqlite3.connect(self.path, timeout=HEALTH_TIMEOUT_MS / 1000, isolation_level=None,
                                       check_same_thread=False)
                conn.execute(f"PRAGMA busy_timeout = {HEALTH_TIMEOUT_MS}")
                conn.execute("PRAGMA synchronous = FULL")
                self._health_conn = conn
                with self._all_lock:
                    self._all.append(conn)
            conn = self._health_conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("INSERT INTO health_check (id, at) VALUES (1, ?)"
                             " ON CONFLICT (id) DO UPDATE SET at = excluded.at",
                             (utc_iso(datetime.now(timezone.utc)),))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return True, "ok"
        except sqlite3.Error as exc:
            text = str(exc).lower()
            for word, reason in (("locked", "locked"), ("busy", "locked"), ("full", "full"),
                                 ("readonly", "read-only"), ("read-only", "read-only")):
                if word in text:
                    return False, reason
            return False, f"error: {exc}"
        finally:
            self._write_lock.release()

    def close(self) -> None:
        with self._all_lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
        self._local = threading.local()
        self._write_conn = None
        self._health_conn = None
        with _OPEN_FILES_LOCK:
            if self._held:
                self._held = False
                _OPEN_FILES[self._key] -= 1
                if not _OPEN_FILES[self._key]:
                    del _OPEN_FILES[self._key]

    @property
    def description(self) -> str:
        """Where the data is, for operators (``cyberbot doctor``, ``db migrate``)."""
        return f"SQLite file {os.path.abspath(self.path)}"

    # -- migrations ---------------------------------------------------------------------------
    # ``schema_migrations`` records each applied migration, inside the transaction that applies
    # them. The table is the one sqlite-utils made for it before (the very same CREATE statement,
    # so databases it made open unchanged; ARCHITECTURE.md says why sqlite-utils was replaced).
    # The migrations themselves are SQL text, the same text PostgreSQL runs.
    def migrate(self, migrations: Sequence[Migration]) -> list[tuple[str, int]]:
        """Apply the migrations not yet applied, all in one transaction as on PostgreSQL; returns
        those applied. A new database gets its thirty-odd tables with one flush to disk rather
        than one a migration (a first start waited ~0.1 s on them), and a migration that fails
        leaves none of that batch behind: the next start applies them all again."""
        if self._all_applied(migrations):
            return []
        applied = []
        with self.transaction() as tx:
            tx.execute(_MIGRATIONS_TABLE)
            done = {(component, version) for component, version in
                    tx.execute("SELECT component, version FROM schema_migrations").fetchall()}
            for migration in sorted(migrations, key=lambda m: (m.component, m.version)):
                if (migration.component, migration.version) in done:
                    continue
                for statement in _statements(migration.sql_for(self.dialect.name)):
                    tx.execute(statement)
                tx.execute("INSERT INTO schema_migrations (component, version, applied_at) VALUES (?, ?, ?)",
                           (migration.component, migration.version, utc_iso(datetime.now(timezone.utc))))
                applied.append((migration.component, migration.version))
        return applied

    def _all_applied(self, migrations: Sequence[Migration]) -> bool:
        """Has every one of ``migrations`` been applied? One read, so opening a database that is
        up to date (nearly every start) takes no write lock."""
        try:
            rows = self.conn.execute("SELECT component, version FROM schema_migrations").fetchall()
        except sqlite3.OperationalError:   # no books yet: a new database
            return False
        done = {(component, version) for component, version in rows}
        return all((m.component, m.version) in done for m in migrations)

    def applied_migrations(self) -> list[tuple[str, int]]:
        if "schema_migrations" not in self.tables():
            return []
        return [(component, version) for component, version in self.conn.execute(
            "SELECT component, version FROM schema_migrations ORDER BY component, version")]

    def tables(self) -> list[str]:
        return sorted(name for (name,) in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))

    def columns(self, table: str) -> list[str]:
        return [name for (name,) in self.conn.execute("SELECT name FROM pragma_table_info(?) ORDER BY cid", (table,))]


_MIGRATIONS_TABLE = ('CREATE TABLE IF NOT EXISTS "schema_migrations" (\n'
                     '   "component" TEXT NOT NULL,\n'
                     '   "version" INTEGER NOT NULL,\n'
                     '   "applied_at" TEXT NOT NULL,\n'
                     '   PRIMARY KEY ("component", "version")\n'
                     ')')


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (executescript would commit our transaction)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def utc_iso(moment: datetime) -> str:
    """Times are stored as sortable UTC ISO strings so SQL comparisons order them correctly."""
    if moment.tzinfo is None:
        raise ValueError("store timezone-aware times only")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
