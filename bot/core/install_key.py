"""The key that turns anonymous voters into hashes, kept out of the database.

An anonymous vote is stored as HMAC-SHA256(key, poll id + user id). Anyone holding the database
*and* the key can test every user id in the workspace and so learn who chose what; with the
database alone they cannot. So the key never goes into the database: it comes from
``CYBERBOT_SECRET_KEY``, or else from a key file beside the database (``<db>.key``, created at
first start, readable by the bot's own account only: 0600).

A lost key file is a clear error, never a silent new key: once the database holds anonymous
votes hashed with the key, a new one would let everyone who voted in a poll still open vote
again. So a start that finds no key file (and no ``CYBERBOT_SECRET_KEY``) while the database
holds such votes stops with ``KeyMissing``, naming the file and what to do: restore it from a
backup, set ``CYBERBOT_SECRET_KEY`` to the key used before, or, on purpose, ``--init`` (a new
key; open anonymous polls may then count someone twice). A first start, or a database with no
anonymous votes yet, just makes the file.

Databases made before this kept the key in a ``poll_secret`` table. On first start with this
code the key is moved into the key file (so open anonymous polls still recognise earlier
voters), then deleted from the database with SQLite's secure delete, and the write-ahead log is
emptied, so no copy of it is left in either file.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path

from bot.core.config import ConfigError
from bot.core.storage import StorageMissing, is_database_error

log = logging.getLogger(__name__)


class KeyMissing(StorageMissing):
    """The key file is gone while the database holds anonymous votes hashed with it."""


def key_path(db_path: str | os.PathLike) -> Path:
    return Path(f"{os.fspath(db_path)}.key")


def voter_key(settings, storage) -> bytes:
    """The key for anonymous voters' hashes: the environment's, else the key file's (made if need be)."""
    had_table, legacy = _legacy_key(storage)
    if settings.secret_key:
        key = settings.secret_key.encode("utf-8")
        source = "CYBERBOT_SECRET_KEY"
    else:
        if storage.dialect.is_postgres:
            log.warning("CYBERBOT_SECRET_KEY is not set: anonymous voters' hashes use a key file on this "
                        "machine; replicas sharing the database must all set CYBERBOT_SECRET_KEY to one key")
        path = key_path(getattr(storage, "path", None) or settings.db_path)
        if not path.exists() and legacy is None:
            _refuse_a_new_key(path, storage, getattr(settings, "init", False))
        key = _read_or_create(path, legacy.hex() if legacy else None)
        source = str(path)
    if legacy is not None and legacy != key:
        log.warning("the database held its own voter key, which differs from %s; anonymous polls still "
                    "open will count a person who voted before now once more if they vote again", source)
    if had_table:
        _forget_legacy(storage)
        if legacy is not None:
            log.warning("moved the anonymous voters' key out of the database into %s", source)
    return key


def existing_key(settings, storage) -> bytes | None:
    """The bot's secret as it stands, for checks (``cyberbot doctor``): never made, never moved."""
    if settings.secret_key:
        return settings.secret_key.encode("utf-8")
    path = key_path(getattr(storage, "path", None) or settings.db_path)
    return _read_or_create(path, None) if path.exists() else None


# -- the key file -------------------------------------------------------------------------------

def _refuse_a_new_key(path: Path, storage, init: bool) -> None:
    """No key file: fine on a first start; an error when votes were hashed with the lost one, or
    workspaces' Slack tokens encrypted with a key derived from it (OAuth mode)."""
    hashed, sealed = _anonymous_votes(storage), _sealed_installs(storage)
    if not hashed and not sealed:
        return
    if init:
        if hashed:
            log.warning("the key file %s was missing; made a new key on purpose (--init): anonymous polls still "
                        "open may count a person who voted before once more if they vote again", path.resolve())
        if sealed:
            log.warning("the key file %s was missing; made a new key on purpose (--init): the Slack tokens of "
                        "%d workspace install(s) cannot be decrypted any more, so each workspace must install "
                        "the app again", path.resolve(), sealed)
        return
    replicas = (" Replicas sharing a PostgreSQL database must all set CYBERBOT_SECRET_KEY to one key."
                if storage.dialect.is_postgres else "")
    held = " and ".join(part for part in (
        f"{hashed} anonymous vote(s) hashed with it" if hashed else "",
        f"the Slack tokens of {sealed} workspace install(s) encrypted with it" if sealed else "") if part)
    consequences = "; ".join(part for part in (
        "open anonymous polls may then count someone who already voted once more" if hashed else "",
        "every workspace must then install the app again" if sealed else "") if part)
    raise KeyMissing(
        f"the {'anonymous voters' if hashed else 'Slack tokens'}' key file {path.resolve()} is missing, but the "
        f"database holds {held}. Restore the file from your backup (or set CYBERBOT_SECRET_KEY to the key used "
        f"before); or, to make a new key on purpose ({consequences}), run `cyberbot serve --init` (or "
        f"`cyberbot chat --init`).{replicas}")


def _sealed_installs(storage) -> int:
    """How many workspaces' bots are stored with their tokens encrypted under the key (OAuth mode;
    ``bot.core.installations``, whose sealed rows start ``v1:``: not imported, it loads slack-sdk)."""
    if "slack_bots" not in storage.tables():
        return 0
    rows = storage.query("SELECT COUNT(*) AS n FROM slack_bots WHERE data LIKE 'v1:%' /* every workspace */")
    return int(rows[0]["n"]) if rows else 0


def _anonymous_votes(storage) -> int:
    """How many stored votes are hashes made with the key (votes in anonymous polls)."""
    if "poll_votes" not in storage.tables():
        return 0
    rows = storage.query("SELECT COUNT(*) AS n FROM poll_votes v JOIN polls p ON p.id = v.poll_id "
                         "WHERE p.anonymous = 1 /* every workspace */")    # one key hashes them all
    return int(rows[0]["n"]) if rows else 0


def _read_or_create(path: Path, hex_key: str | None) -> bytes:
    """Read the key file; create it first (0600, atomically) when there is none."""
    if not path.exists():
        _create(path, hex_key or secrets.token_hex(32))
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("the key file %s could be read by other accounts (mode %o); made it 0600", path, mode)
        os.chmod(path, 0o600)
    text = path.read_text("ascii").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < 16:
        raise ConfigError(f"the key file {path} is damaged (it should hold 64 hex digits); restore it from "
                          "your backup, or set CYBERBOT_SECRET_KEY to the key you used before")
    return key


def _create(path: Path, hex_key: str) -> None:
    """Write beside the target, then link into place: two processes starting at once agree on one
    key, and nobody ever reads a half-written file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(hex_key + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return                      # another process made it first: use theirs
        _fsync_folder(path.parent)
        log.info("created the anonymous voters' key file %s (0600); back it up apart from the database", path)
    finally:
        temporary.unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- keys left in older databases ------------------------------------------------------------------

def _legacy_key(storage) -> tuple[bool, bytes | None]:
    """Whether the old ``poll_secret`` table is there, and the key it holds (if any)."""
    if "poll_secret" not in storage.tables():
        return False, None
    found = storage.query("SELECT secret FROM poll_secret WHERE id = 1")
    return True, (bytes.fromhex(found[0]["secret"]) if found else None)


def _forget_legacy(storage) -> None:
    """Delete the old key so that no page of the database file or its log still holds it."""
    if storage.dialect.is_postgres:
        with storage.transaction() as tx:
            tx.execute("DELETE FROM poll_secret")
            tx.execute("DROP TABLE poll_secret")
        return
    conn = storage.conn
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with storage.transaction() as tx:
            tx.execute("DELETE FROM poll_secret")
            tx.execute("DROP TABLE poll_secret")
    finally:
        conn.execute("PRAGMA secure_delete = OFF")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except Exception as exc:  # noqa: BLE001 - another reader holds the log; the next start truncates it
        if not is_database_error(exc):
            raise
        log.warning("could not empty the database log after removing the old key: %s", exc)
