"""Turnout ("9 of 14 voted") and nudges: DMs to the channel's members who have not voted yet.

Members come from the messenger (Slack: ``conversations.members``, with bots and deactivated
accounts left out via ``users.info``), cached for a few minutes per channel so a busy poll does
not page through a large channel on every redraw.

In an anonymous poll the votes table holds only keyed hashes. Whether a member has voted is
worked out by hashing each member with the same key and looking for the hash: that says *who
took part*, which a nudge needs, and never *what they chose*. The creator is told counts only.

A nudge is once per poll: claiming it inserts the poll's row in ``poll_nudges``; the people to
DM go into ``poll_nudge_queue`` in the same transaction. A sender thread drains the queue at
``NUDGE_PER_SECOND`` (within Slack's limits for ``chat.postMessage``, which the SDK's retry
handler also respects on a 429), deleting each row *before* posting, so a crash can lose a nudge
but never send one twice; whoever has voted by the time their turn comes is skipped. After a
restart the scheduler's tick finds what is left in the queue and carries on.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from bot.core.members import MemberCache  # noqa: F401 - where turnout's members come from
from bot.core.storage import Migration, Storage, utc_iso

log = logging.getLogger(__name__)

NUDGE_PER_SECOND = 4.0        # 240 DMs a minute: inside Slack's several hundred a minute per workspace

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "polls_turnout",   # sorts after "polls", whose rows it refers to
        1,
        """
        CREATE TABLE IF NOT EXISTS poll_nudges (
            poll_id INTEGER PRIMARY KEY,
            nudged_by TEXT NOT NULL,
            nudged_at TEXT NOT NULL,
            recipients INTEGER NOT NULL DEFAULT 0,
            sent INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS poll_nudge_queue (
            poll_id INTEGER NOT NULL,
            recipient TEXT NOT NULL,
            PRIMARY KEY (poll_id, recipient)
        );
        """,
    ),
    Migration(
        "polls_turnout",
        2,
        """
        CREATE TABLE IF NOT EXISTS poll_final_turnout (
            poll_id INTEGER PRIMARY KEY,
            members INTEGER NOT NULL,
            voted INTEGER NOT NULL,
            outside INTEGER NOT NULL DEFAULT 0
        );
        """,
    ),
)


@dataclass(frozen=True)
class Turnout:
    members: int        # the channel's people (no bots)
    voted: int          # of them, how many have voted
    outside: int = 0    # voters who are no longer in the channel

    def text(self) -> str:
        line = f"{self.voted} of {self.members} voted"
        if self.outside:
            line += f" (and {self.outside} no longer in the channel)"
        return line


class NudgeStore:
    def __init__(self, storage: Storage):
        self.storage = storage

    def claim(self, poll_id: int, by: str, recipients: list[str], now: datetime) -> bool:
        """Once per poll: False when somebody already nudged it."""
        with self.storage.transaction() as tx:
            inserted = tx.execute("INSERT INTO poll_nudges (poll_id, nudged_by, nudged_at, recipients)"
                                  " VALUES (?, ?, ?, ?) ON CONFLICT (poll_id) DO NOTHING RETURNING poll_id",
                                  (poll_id, by, utc_iso(now), len(recipients))).fetchone()
            if inserted is None:
                return False
            tx.executemany("INSERT INTO poll_nudge_queue (poll_id, recipient) VALUES (?, ?)"
                           " ON CONFLICT (poll_id, recipient) DO NOTHING", [(poll_id, r) for r in recipients])
            return True

    def keep_final(self, poll_id: int, turnout: Turnout) -> None:
        """The turnout the closing results showed, so the chart drawn later says the same."""
        self.storage.execute("INSERT INTO poll_final_turnout (poll_id, members, voted, outside) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (poll_id) DO UPDATE SET members = excluded.members,"
                             " voted = excluded.voted, outside = excluded.outside",
                             (poll_id, turnout.members, turnout.voted, turnout.outside))

    def final(self, poll_id: int) -> Turnout | None:
        rows = self.storage.query("SELECT members, voted, outside FROM poll_final_turnout WHERE poll_id = ?",
                                  (poll_id,))
        return Turnout(rows[0]["members"], rows[0]["voted"], rows[0]["outside"]) if rows else None

    def nudged(self, poll_id: int) -> dict | None:
        rows = self.storage.query("SELECT * FROM poll_nudges WHERE poll_id = ?", (poll_id,))
        return rows[0] if rows else None

    def take(self) -> tuple[int, str] | None:
        """The next DM to send, removed from the queue first (at most once, never twice): of two
        replicas reaching for the same row, only the one whose DELETE removed it sends."""
        for _ in range(10):
            with self.storage.transaction() as tx:
                row = tx.execute("SELECT poll_id, recipient FROM poll_nudge_queue ORDER BY poll_id, recipient LIMIT 1"
                                 ).fetchone()
                if row is None:
                    return None
                gone = tx.execute("DELETE FROM poll_nudge_queue WHERE poll_id = ? AND recipient = ? RETURNING recipient",
                                  (row[0], row[1])).fetchone()
            if gone is not None:
                return row[0], row[1]
        return None

    def count_sent(self, poll_id: int) -> None:
        with self.storage.transaction() as tx:
            tx.execute("UPDATE poll_nudges SET sent = sent + 1 WHERE poll_id = ?", (poll_id,))

    def waiting(self) -> int:
        return self.storage.query("SELECT COUNT(*) AS n FROM poll_nudge_queue")[0]["n"]


class NudgeSender:
    """Drains the nudge queue on its own thread, at a steady pace."""

    def __init__(self, store: NudgeStore, send: Callable[[int, str], bool], per_second: float = NUDGE_PER_SECOND):
        self.store = store
        self.send = send                  # (poll id, user id) -> whether a DM went out
        self.per_second = per_second
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.sent_at: list[float] = []    # monotonic times of DMs sent, for the benchmark's rate

    def wake(self) -> None:
        with self._lock:
            if self._stop.is_set() or (self._thread is not None and self._thread.is_alive()):
                return
            self._thread = threading.Thread(target=self._run, name="cyberbot-nudges", daemon=True)
            self._thread.start()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                running = self._thread is not None and self._thread.is_alive()
            if not running:
                return True
            time.sleep(0.02)
        return False

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        gap = 1.0 / self.per_second
        next_at = time.monotonic()
        while not self._stop.is_set():
            wait = next_at - time.monotonic()
            if wait > 0 and self._stop.wait(wait):
                return          # stopping: what is still queued is sent after the restart
            item = self.store.take()
            if item is None:
                return
            poll_id, user = item
            try:
                if self.send(poll_id, user):
                    self.store.count_sent(poll_id)
                    self.sent_at.append(time.monotonic())
                    next_at = max(next_at + gap, time.monotonic())
            except Exception:  # noqa: BLE001 - one failed DM must not stop the rest
                log.exception("could not nudge a member about poll %s", poll_id)
                next_at = max(next_at + gap, time.monotonic())
