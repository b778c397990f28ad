"""Turnout ("9 of 14 voted") and nudges: DMs to the channel's members who have not voted yet.

Members come from the messenger (Slack: ``conversations.members``, with bots and deactivated
accounts left out via ``users.info``), cached for a few minutes per channel so a busy poll does
not page through a large channel on every redraw.

In an anonymous poll the votes table holds only keyed hashes. Whether a member has voted is
worked out by hashing each member with the same key and looking for the hash: that says *who
took part*, which a nudge needs, and never *what they chose*. The creator is told counts only.

A nudge is once per poll: claiming it inserts the poll's row in ``poll_nudges``; the people to
DM go into ``poll_nudge_queue`` in the same transaction. ``bot.core.pacing.PacedSender`` drains the
queue at ``NUDGE_PER_SECOND`` (within Slack's limits for ``chat.postMessage``). Each queued DM is
scheduled work on the one claim protocol (``bot.core.leases``): taking it leases it to this
replica (an owner and an expiry), so replicas sharing a database send different DMs, and its
holder removes it once it is sent (or skipped: whoever has voted by their turn is not nudged).
Each DM carries an idempotency key (``nudge-<poll>-<person>``) in its message metadata; a DM whose
holder was killed is taken over once the lease runs out, and the taker first looks for that key
in the DM before sending, so nobody is nudged twice. After a restart the scheduler's tick finds
what is left in the queue and carries on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from bot.core.leases import DM_LEASE, Leased, Leases, MAX_DM_ATTEMPTS
from bot.core.storage import Migration, Storage, utc_iso

log = logging.getLogger(__name__)


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
    # Many workspaces (bot.core.tenancy): a poll and a series belong to the workspace they were
    # made in. Votes, nudges and turnout are reached through their (scoped) poll only.
    Migration(
        "polls_workspaces",   # sorts after "polls", "polls_series" and "polls_turnout"
        1,
        """
        ALTER TABLE polls ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE poll_series ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
        CREATE INDEX IF NOT EXISTS polls_team ON polls (team_id, creator_id);
        CREATE INDEX IF NOT EXISTS poll_series_team ON poll_series (team_id, status);
        """,
    ),
    # Queued nudge DMs on the one claim protocol (bot.core.leases): a DM's lease has an owner and
    # an expiry, and counts its claims. Rows queued under the old scheme were never taken (it
    # removed a row before sending it), so they start unleased.
    Migration("polls_turnout", 3, """
        ALTER TABLE poll_nudge_queue ADD COLUMN lease_owner TEXT;
        ALTER TABLE poll_nudge_queue ADD COLUMN lease_until TEXT;
        ALTER TABLE poll_nudge_queue ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    """),
)

NUDGE_EVENT = "cyberbot_nudge"
NUDGE_LEASE = DM_LEASE
NUDGE_DMS = Leased("poll_nudge_queue", ("poll_id", "recipient"), owner="lease_owner", until="lease_until")


def nudge_key(poll_id: int, recipient: str) -> str:
    """The idempotency key a nudge DM carries, by which a taker finds it after its holder died."""
    return f"nudge-{poll_id}-{recipient}"


@dataclass(frozen=True)
class QueuedNudge:
    """A nudge DM this replica holds: its poll, and how many claims came before this one (more
    than none: taken over, so it may already have been sent)."""

    poll_id: int
    attempts: int

    @property
    def taken_over(self) -> bool:
        return self.attempts > 0


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
    def __init__(self, storage: Storage, now: Callable[[], datetime] | None = None, leases: Leases | None = None):
        self.storage = storage
        self.leases = leases or Leases(storage, lease=NUDGE_LEASE)
        self._now = now or (lambda: datetime.now().astimezone())

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

    def take(self) -> tuple[QueuedNudge, str, str] | None:
        """The next DM to send, leased to this replica (one nobody holds, or whose holder's lease
        ran out): of two replicas reaching for the queue, each takes a different DM. Any
        workspace's: (the DM, recipient, the poll's workspace). The holder ``finish``es it."""
        def examine(tx, row):
            poll = tx.execute("SELECT team_id FROM polls WHERE id = ? /* every workspace */",
                              (row["poll_id"],)).fetchone()
            if poll is None or row["attempts"] >= MAX_DM_ATTEMPTS:
                if poll is not None:
                    log.error("giving up on nudging %s for poll %s after %s tries", row["recipient"],
                              row["poll_id"], row["attempts"])
                return None
            return QueuedNudge(row["poll_id"], row["attempts"]), row["recipient"], poll[0] or ""
        return self.leases.take_one(NUDGE_DMS, self._now, examine)

    def finish(self, poll_id: int, recipient: str) -> None:
        """A DM sent (or skipped): off the queue, by its holder (one taken over meanwhile is
        left to the taker, which finds the DM by its key)."""
        self.storage.write("DELETE FROM poll_nudge_queue WHERE poll_id = ? AND recipient = ? AND "
                           + self.leases.holds(NUDGE_DMS), (poll_id, recipient, self.leases.owner))

    def count_sent(self, nudge: QueuedNudge) -> None:
        with self.storage.transaction() as tx:
            tx.execute("UPDATE poll_nudges SET sent = sent + 1 WHERE poll_id = ?", (nudge.poll_id,))

    def waiting(self) -> int:
        return self.storage.query("SELECT COUNT(*) AS n FROM poll_nudge_queue")[0]["n"]
