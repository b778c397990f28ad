"""Turnout ("9 of 14 voted") and nudges: DMs to the channel's members who have not voted yet.

Members come from the messenger (Slack: ``conversations.members``, with bots and deactivated
accounts left out via ``users.info``), cached for a few minutes per channel so a busy poll does
not page through a large channel on every redraw.

In an anonymous poll the votes table holds only keyed hashes. Whether a member has voted is
worked out by hashing each member with the same key and looking for the hash: that says *who
took part*, which a nudge needs, and never *what they chose*. The creator is told counts only.

A nudge is once per poll: claiming it inserts the poll's row in ``poll_nudges``; the people to
DM go into ``poll_nudge_queue`` in the same transaction. ``bot.core.pacing.PacedSender`` drains the queue at
``NUDGE_PER_SECOND`` (within Slack's limits for ``chat.postMessage``), deleting each row *before*
posting, so a crash can lose a nudge but never send one twice; whoever has voted by the time
their turn comes is skipped. After a restart the scheduler's tick finds what is left in the queue
and carries on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from bot.core.members import MemberCache  # noqa: F401 - where turnout's members come from
from bot.core.pacing import NUDGE_PER_SECOND, PacedSender as NudgeSender  # noqa: F401 - the DMs' pace
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

    def take(self) -> tuple[int, str, str] | None:
        """The next DM to send, removed from the queue first (at most once, never twice): of two
        replicas reaching for the same row, only the one whose DELETE removed it sends. Any
        workspace's: (poll id, recipient, the poll's workspace)."""
        for _ in range(10):
            with self.storage.transaction() as tx:
                row = tx.execute("SELECT q.poll_id, q.recipient, p.team_id FROM poll_nudge_queue q"
                                 " JOIN polls p ON p.id = q.poll_id ORDER BY q.poll_id, q.recipient LIMIT 1"
                                 ).fetchone()
                if row is None:
                    return None
                gone = tx.execute("DELETE FROM poll_nudge_queue WHERE poll_id = ? AND recipient = ? RETURNING recipient",
                                  (row[0], row[1])).fetchone()
            if gone is not None:
                return row[0], row[1], row[2] or ""
        return None

    def count_sent(self, poll_id: int) -> None:
        with self.storage.transaction() as tx:
            tx.execute("UPDATE poll_nudges SET sent = sent + 1 WHERE poll_id = ?", (poll_id,))

    def waiting(self) -> int:
        return self.storage.query("SELECT COUNT(*) AS n FROM poll_nudge_queue")[0]["n"]
