"""The SQLite database: opening it safely, its schema and its migrations.

Every feature (answers, reminders, polls) owns a list of numbered migrations for its own tables;
the assistant passes all of them in when it opens the database, and this module applies the ones not
yet applied, each exactly once, in order. Connections are per thread (the HTTP server, the
scheduler and Socket Mode all run threads) and use WAL with a busy timeout, so a second writer
makes us wait rather than fail.

Opening never silently creates an empty database in place of a damaged one: a file that is not
SQLite, or that we cannot write, is a ``StorageError`` with a message an operator can act on.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence

import sqlite_utils

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


@dataclass(frozen=True)
class Migration:
    component: str
    version: int
    sql: str


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
)


class Storage:
    """One SQLite file, shared safely between threads."""

    def __init__(self, path: str | os.PathLike, migrations: Sequence[Migration] = CORE_MIGRATIONS):
        self.path = str(path)
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
        try:
            self._migrate(migrations)
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

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
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

    @property
    def db(self) -> sqlite_utils.Database:
        """A sqlite-utils view of this thread's connection."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite_utils.Database(self.conn)
            self._local.db = db
        return db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """An immediate (write-locking) transaction: committed on success, rolled back on error."""
        conn = self.conn
        if not self._write_lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            raise StorageBusy("the database is busy with another writer; please try again in a moment")
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise self._explain(exc) from None
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except sqlite3.DatabaseError as exc:
                    conn.execute("ROLLBACK")
                    raise self._explain(exc) from None
        finally:
            self._write_lock.release()

    def write(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
        """One write statement as its own transaction, queued behind this process's other writers.

        A third of the statements of ``transaction()`` for the writes that are a single
        statement anyway (a burst of Slack events each claims its event id this way). They
        all go through one connection, whose page cache stays warm: a thread's own connection
        would find that another one has written since its last use, and read the pages again.
        """
        if not self._write_lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            raise StorageBusy("the database is busy with another writer; please try again in a moment")
        try:
            try:
                return self._writer().execute(sql, params)
            except sqlite3.DatabaseError as exc:
                raise self._explain(exc) from None
        finally:
            self._write_lock.release()

    def _writer(self) -> sqlite3.Connection:
        """The connection ``write()`` uses, from any thread, only while holding the write lock."""
        if self._write_conn is None:
            self._write_conn = self._connect()
            with self._all_lock:
                self._all.append(self._write_conn)
        return self._write_conn

    def execute(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
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
        with _OPEN_FILES_LOCK:
            if self._held:
                self._held = False
                _OPEN_FILES[self._key] -= 1
                if not _OPEN_FILES[self._key]:
                    del _OPEN_FILES[self._key]

    # -- migrations ---------------------------------------------------------------------------
    def _migrate(self, migrations: Sequence[Migration]) -> None:
        conn = self.conn
        conn.execute("PRAGMA quick_check").fetchone()
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " component TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL,"
            " PRIMARY KEY (component, version))"
        )
        ordered = sorted(migrations, key=lambda m: (m.component, m.version))
        for migration in ordered:
            with self.transaction() as tx:
                done = tx.execute(
                    "SELECT 1 FROM schema_migrations WHERE component = ? AND version = ?",
                    (migration.component, migration.version),
                ).fetchone()
                if done:
                    continue
                for statement in _statements(migration.sql):
                    tx.execute(statement)
                tx.execute(
                    "INSERT INTO schema_migrations (component, version, applied_at) VALUES (?, ?, ?)",
                    (migration.component, migration.version, utc_iso(datetime.now(timezone.utc))),
                )

    def applied_migrations(self) -> list[tuple[str, int]]:
        rows = self.conn.execute("SELECT component, version FROM schema_migrations ORDER BY 1, 2").fetchall()
        return [(c, v) for c, v in rows]


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
