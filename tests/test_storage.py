"""The database is never silently replaced, and each migration runs exactly once."""

import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

import pytest

from bot.core.storage import Migration, Storage, StorageBusy, StorageError

EXTRA = (Migration("widgets", 1, "CREATE TABLE widgets (id INTEGER PRIMARY KEY, name TEXT);"),
         Migration("widgets", 2, "ALTER TABLE widgets ADD COLUMN colour TEXT;"))


def test_migrations_apply_once_across_restarts(tmp_path):
    path = tmp_path / "a.db"
    first = Storage(path, EXTRA)
    first.execute("INSERT INTO widgets (name, colour) VALUES ('x', 'red')")
    first.close()
    again = Storage(path, EXTRA)
    assert again.applied_migrations() == [("widgets", 1), ("widgets", 2)]
    assert again.query("SELECT name, colour FROM widgets") == [{"name": "x", "colour": "red"}]


def test_a_corrupt_file_is_an_error_not_a_fresh_database(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError, match="not a SQLite database"):
        Storage(path)
    assert path.read_bytes().startswith(b"this is not sqlite")


def test_a_damaged_sqlite_file_is_an_error(tmp_path):
    path = tmp_path / "damaged.db"
    Storage(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        Storage(path)


@pytest.mark.slow
def test_a_read_only_database_file_is_refused_with_a_clear_message(cli_env):
    """Run as an unprivileged user (root ignores permission bits) against a 0444 database."""
    folder = tempfile.mkdtemp(prefix="cyberbot-ro-")
    os.chmod(folder, 0o755)
    path = os.path.join(folder, "ro.db")
    Storage(path).close()
    os.chmod(path, 0o444)
    cli_env["CYBERBOT_DB"] = path
    command = [sys.executable, "-m", "bot", "ask", "what is web check"]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
    result = subprocess.run(command, capture_output=True, text=True, env=cli_env, cwd=folder, timeout=60)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "read-only" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_serve_and_chat_refuse_a_corrupt_database_with_a_clear_message(tmp_path, cli_env):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"garbage" * 1000)
    cli_env["CYBERBOT_DB"] = str(path)
    result = subprocess.run([sys.executable, "-m", "bot", "chat"], input="", capture_output=True, text=True,
                            env=cli_env, timeout=60)
    assert result.returncode == 1
    assert "not a SQLite database" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_writer_holding_the_lock_makes_us_wait_not_fail(tmp_path):
    path = tmp_path / "busy.db"
    storage = Storage(path, EXTRA)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO widgets (name) VALUES ('held')")

    def release():
        time.sleep(2)
        other.execute("COMMIT")

    threading.Thread(target=release).start()
    started = time.monotonic()
    with storage.transaction() as tx:
        tx.execute("INSERT INTO widgets (name) VALUES ('mine')")
    assert time.monotonic() - started >= 1.5
    assert sorted(r["name"] for r in storage.query("SELECT name FROM widgets")) == ["held", "mine"]


def test_a_lock_held_too_long_is_reported_as_busy(tmp_path, monkeypatch):
    import bot.core.storage as storage_module

    path = tmp_path / "busy2.db"
    Storage(path, EXTRA).close()
    monkeypatch.setattr(storage_module, "BUSY_TIMEOUT_MS", 200)
    storage = Storage(path, EXTRA)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageBusy):
            with storage.transaction() as tx:
                tx.execute("INSERT INTO widgets (name) VALUES ('mine')")
    finally:
        other.execute("ROLLBACK")
    assert storage.query("SELECT COUNT(*) AS n FROM widgets") == [{"n": 0}]


def test_single_statement_writes_from_many_threads_each_claim_a_key_exactly_once(tmp_path):
    storage = Storage(tmp_path / "claims.db", EXTRA)
    storage.execute("CREATE UNIQUE INDEX one_name ON widgets (name)")
    claimed: list[str] = []
    lock = threading.Lock()

    def claim_all(worker: int):
        for n in range(60):
            key = f"event-{(n + worker * 7) % 100}"   # the threads' keys overlap
            cursor = storage.write("INSERT OR IGNORE INTO widgets (name) VALUES (?)", (key,))
            if cursor.rowcount == 1:
                with lock:
                    claimed.append(key)

    threads = [threading.Thread(target=claim_all, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stored = [r["name"] for r in storage.query("SELECT name FROM widgets")]
    assert sorted(claimed) == sorted(stored) == sorted(set(stored))
    assert len(stored) == 100
    storage.close()
