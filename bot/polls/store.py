"""Polls and votes in the database.

Votes are unique per (poll, voter, option), so a double click can never count twice. For
anonymous polls the voter column holds HMAC-SHA256(voter key, poll id + user id): enough to
count each person once and to let them change their vote, but no plain user id is ever stored,
and the same person's hashes in two polls cannot be linked without the key. The key lives
outside the database (``bot.core.install_key``), so the database file alone names nobody.

Closing is claimed atomically (``UPDATE ... WHERE status = 'open'``) so that of two scheduler
ticks, or two replicas, exactly one announces the results. The close leases the announcement to
its claimer (the one claim protocol, ``bot.core.leases``); if the claimer dies, or its post
fails, the lease runs out and any replica's next tick takes the announcement over, first asking
Slack whether the results were already posted. On PostgreSQL a poll message's redraws are leased
the same way, one second at a time, so all replicas together send at most one ``chat.update``
a second.

A poll belongs to the workspace it was made in (``bot.core.tenancy``): every lookup by id is
scoped to the workspace being served, so a poll id guessed from another workspace is "not
found". The scheduler's lists (due closes, stale announcements, unshown and unposted polls) read
across workspaces and hand back each poll's workspace, which the job then serves.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta

from bot.core.leases import DEFAULT_LEASE, Leased, Leases
from bot.polls.model import (MAX_OPEN_POLLS_PER_CHANNEL, MAX_POLLS_PER_PERSON_PER_HOUR, Option, Poll, Tally,
                             VoteOutcome)
from bot.core.storage import Migration, Storage, parse_utc, utc_iso
from bot.core.tenancy import current_team

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "polls",
        1,
        """
        CREATE TABLE IF NOT EXISTS polls (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('poll', 'pulse')),
            question TEXT NOT NULL,
            question_key TEXT NOT NULL,
            options TEXT NOT NULL,
            creator_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            zone TEXT NOT NULL,
            created_at TEXT NOT NULL,
            closes_at TEXT,
            anonymous INTEGER NOT NULL DEFAULT 0,
            multiple INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            closed_at TEXT,
            closed_by TEXT,
            announce_claimed_at TEXT,
            announced INTEGER NOT NULL DEFAULT 0,
            message_ts TEXT,
            version INTEGER NOT NULL DEFAULT 0,
            shown_version INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS polls_due ON polls (status, closes_at);
        CREATE INDEX IF NOT EXISTS polls_trend ON polls (channel_id, kind, question_key, created_at);
        CREATE TABLE IF NOT EXISTS poll_votes (
            poll_id INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
            voter TEXT NOT NULL,
            option_index INTEGER NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (poll_id, voter, option_index)
        );
        CREATE TABLE IF NOT EXISTS poll_secret (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            secret TEXT NOT NULL
        );
        """,
    ),
    Migration("polls", 2, "ALTER TABLE polls ADD COLUMN announce_claimed_by TEXT;"),
    # The one claim protocol (bot.core.leases): the results announcement's lease expires at
    # ``announce_lease_until``; ``redraw_*`` is the lease on a poll message's next chat.update,
    # which coalesces redraws across replicas. A claim held when this runs is treated as run out.
    Migration("polls", 3, """
        ALTER TABLE polls ADD COLUMN announce_lease_until TEXT;
        ALTER TABLE polls ADD COLUMN redraw_owner TEXT;
        ALTER TABLE polls ADD COLUMN redraw_until TEXT;
        UPDATE polls SET announce_lease_until = announce_claimed_at WHERE status = 'closed' AND announced = 0;
    """),
)

ANNOUNCE_LEASE = DEFAULT_LEASE          # a claimed close not announced by then was lost in a crash
REDRAW_INTERVAL = timedelta(seconds=1)  # at most one chat.update per poll per second, across replicas
# A closed poll's results announcement, and a poll message's next redraw, as leased work.
ANNOUNCEMENTS = Leased("polls", ("id",), owner="announce_claimed_by", until="announce_lease_until")
REDRAWS = Leased("polls", ("id",), owner="redraw_owner", until="redraw_until")


class PollLimit(Exception):
    """Creating this poll would pass a cap: ``which`` is "person" (per hour) or "channel" (open)."""

    def __init__(self, which: str, count: int):
        super().__init__(which, count)
        self.which = which
        self.count = count


class PollStore:
    def __init__(self, storage: Storage, leases: Leases | None = None, voter_key: bytes | None = None):
        # One writer at a time inside this process comes from ``Storage.transaction``'s own lock:
        # SQLite's busy handler backs off in steps of up to 100 ms, which would wreck click
        # latency under a burst, where a lock hands over at once.
        self.storage = storage
        self.leases = leases or Leases(storage, lease=ANNOUNCE_LEASE)
        self._voter_secret = voter_key    # from bot.core.install_key: never stored in the database

    # -- polls ----------------------------------------------------------------------------------
    def create(self, *, kind: str, question: str, question_key: str, options: tuple[str, ...], creator_id: str,
               channel_id: str, zone: str, now: datetime, closes_at: datetime | None, anonymous: bool,
               multiple: bool, hidden: bool) -> Poll:
        with self.storage.transaction() as tx:
            # counted inside the write transaction, so a burst from one person cannot slip past
            (recent,) = tx.execute("SELECT COUNT(*) FROM polls WHERE team_id = ? AND creator_id = ? AND created_at > ?",
                                   (current_team(), creator_id, utc_iso(now - timedelta(hours=1)))).fetchone()
            if recent >= MAX_POLLS_PER_PERSON_PER_HOUR:
                raise PollLimit("person", recent)
            (open_here,) = tx.execute("SELECT COUNT(*) FROM polls WHERE team_id = ? AND channel_id = ?"
                                      " AND status = 'open'", (current_team(), channel_id)).fetchone()
            if open_here >= MAX_OPEN_POLLS_PER_CHANNEL:
                raise PollLimit("channel", open_here)
            cursor = tx.execute(
                "INSERT INTO polls (team_id, kind, question, question_key, options, creator_id, channel_id, zone,"
                " created_at, closes_at, anonymous, multiple, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " RETURNING id",
                (current_team(), kind, question, question_key, json.dumps(list(options)), creator_id, channel_id, zone, utc_iso(now),
                 utc_iso(closes_at) if closes_at else None, int(anonymous), int(multiple), int(hidden)),
            )
            poll_id = cursor.fetchone()[0]
        return self.get(poll_id)

    def get(self, poll_id: int) -> Poll | None:
        """The poll in the workspace being served; None for a missing id and for another's."""
        rows = self.storage.query("SELECT * FROM polls WHERE id = ? AND team_id = ?", (poll_id, current_team()))
        return _poll(rows[0]) if rows else None

    def created_by(self, user_id: str, limit: int) -> list[Poll]:
        """Someone's polls for their Home: open ones first, then the most recent."""
        rows = self.storage.query("SELECT * FROM polls WHERE team_id = ? AND creator_id = ? AND message_ts IS NOT NULL "
                                  "ORDER BY status = 'open' DESC, id DESC LIMIT ?", (current_team(), user_id, limit))
        return [_poll(row) for row in rows]

    def count_created_by(self, user_id: str) -> int:
        rows = self.storage.query("SELECT COUNT(*) AS n FROM polls WHERE team_id = ? AND creator_id = ?"
                                  " AND message_ts IS NOT NULL", (current_team(), user_id))
        return int(rows[0]["n"]) if rows else 0

    def delete(self, poll_id: int) -> None:
        """Undo a poll that could not be posted, so nothing half-made is left behind."""
        with self.storage.transaction() as tx:
            if not tx.execute("DELETE FROM polls WHERE id = ? AND team_id = ? RETURNING id",
                              (poll_id, current_team())).fetchone():
                return
            tx.execute("DELETE FROM poll_votes WHERE poll_id = ?", (poll_id,))

    def set_message(self, poll_id: int, channel: str, ts: str) -> None:
        with self.storage.transaction() as tx:
            tx.execute("UPDATE polls SET channel_id = ?, message_ts = ? WHERE id = ? AND team_id = ?",
                       (channel, ts, poll_id, current_team()))

    def unposted(self, created_before: datetime, limit: int = 20) -> list[Poll]:
        """Polls whose message was never recorded: a post whose outcome is unknown, or a crash
        between posting and recording it. Each may or may not be in Slack. Every workspace's:
        each poll carries its ``team_id``. A series' occurrences are not among them: their posts
        are leased (``SeriesStore.claim_stale_posts``)."""
        rows = self.storage.query("SELECT * FROM polls WHERE message_ts IS NULL AND series_id IS NULL AND created_at < ?"
                                  " ORDER BY id LIMIT ? /* every workspace */", (utc_iso(created_before), limit))
        return [_poll(row) for row in rows]

    def mark_shown(self, poll_id: int, version: int) -> None:
        with self.storage.transaction() as tx:
            tx.execute("UPDATE polls SET shown_version = ? WHERE id = ? AND team_id = ? AND shown_version < ?",
                       (version, poll_id, current_team(), version))

    def unshown(self) -> list[tuple[str, int]]:
        """Polls whose message is behind their votes (e.g. after a restart), in every workspace:
        (workspace, poll id)."""
        rows = self.storage.query("SELECT team_id, id FROM polls WHERE version > shown_version"
                                  " AND message_ts IS NOT NULL")
        return [(r["team_id"], r["id"]) for r in rows]

    def previous_pulse(self, poll: Poll) -> Poll | None:
        """The last time this pulse question was asked in this channel and somebody answered."""
        rows = self.storage.query(
            "SELECT * FROM polls p WHERE team_id = ? AND channel_id = ? AND kind = 'pulse' AND question_key = ?"
            " AND created_at < ?"
            " AND id != ? AND (status = 'closed' OR hidden = 0)"
            " AND EXISTS (SELECT 1 FROM poll_votes v WHERE v.poll_id = p.id)"
            " ORDER BY created_at DESC, id DESC LIMIT 1",
            (current_team(), poll.channel_id, poll.question_key, utc_iso(poll.created_at), poll.id),
        )
        return _poll(rows[0]) if rows else None

    # -- votes ----------------------------------------------------------------------------------
    def _voter_key(self, tx, poll: Poll, user_id: str) -> str:
        if not poll.anonymous:
            return user_id
        if not self._voter_secret:
            raise RuntimeError("anonymous votes need the voter key (bot.core.install_key.voter_key)")
        message = f"{poll.id}:{user_id}".encode()
        return hmac.new(self._voter_secret, message, hashlib.sha256).hexdigest()

    def vote(self, poll_id: int, user_id: str, index: int, now: datetime) -> VoteOutcome:
        """Record one click: once per person, moving or (in ``multiple`` polls) toggling a vote."""
        with self.storage.transaction() as tx:
            cursor = tx.execute("SELECT * FROM polls WHERE id = ? AND team_id = ?", (poll_id, current_team()))
            row = cursor.fetchone()
            if row is None:
                return VoteOutcome("missing")
            poll = _poll(dict(zip([d[0] for d in cursor.description], row)))
            if not poll.is_open_at(now):
                return VoteOutcome("closed", poll)
            if not 0 <= index < len(poll.options):
                return VoteOutcome("bad_option", poll)
            option = poll.options[index]
            voter = self._voter_key(tx, poll, user_id)
            mine = [r[0] for r in tx.execute(
                "SELECT option_index FROM poll_votes WHERE poll_id = ? AND voter = ?", (poll_id, voter))]
            if poll.multiple and index in mine:
                tx.execute("DELETE FROM poll_votes WHERE poll_id = ? AND voter = ? AND option_index = ?",
                           (poll_id, voter, index))
                outcome = VoteOutcome("removed", poll, option)
            elif index in mine:
                return VoteOutcome("kept", poll, option)
            else:
                previous: tuple[Option, ...] = ()
                if not poll.multiple and mine:
                    previous = tuple(poll.options[i] for i in mine if 0 <= i < len(poll.options))
                    tx.execute("DELETE FROM poll_votes WHERE poll_id = ? AND voter = ?", (poll_id, voter))
                tx.execute("INSERT INTO poll_votes (poll_id, voter, option_index, at) VALUES (?, ?, ?, ?)",
                           (poll_id, voter, index, utc_iso(now)))
                outcome = VoteOutcome("moved" if previous else "added", poll, option, previous)
            tx.execute("UPDATE polls SET version = version + 1 WHERE id = ? AND team_id = ?", (poll_id, current_team()))
            return outcome

    def tally(self, poll: Poll) -> Tally:
        counts = [0] * len(poll.options)
        voters: list[list[str]] = [[] for _ in poll.options]
        rows = self.storage.query(
            "SELECT voter, option_index FROM poll_votes WHERE poll_id = ? ORDER BY at, voter", (poll.id,))
        people = set()
        for row in rows:
            index = row["option_index"]
            if 0 <= index < len(counts):
                counts[index] += 1
                people.add(row["voter"])
                if not poll.anonymous:
                    voters[index].append(row["voter"])
        return Tally(tuple(counts), len(people), () if poll.anonymous else tuple(tuple(v) for v in voters))

    def voted_among(self, poll: Poll, people: tuple[str, ...] | list[str]) -> tuple[set[str], int]:
        """Which of ``people`` have voted, and how many voters are not among them.

        For an anonymous poll each person is hashed with the poll's key and looked up: this
        learns who took part (what a nudge needs) and nothing about what anyone chose.
        """
        voters = {r["voter"] for r in self.storage.query(
            "SELECT DISTINCT voter FROM poll_votes WHERE poll_id = ?", (poll.id,))}
        if not voters:
            return set(), 0
        if not poll.anonymous:
            found = {p for p in people if p in voters}
            return found, len(voters - found)
        with self.storage.transaction() as tx:
            keys = {self._voter_key(tx, poll, p): p for p in people}
        found = {person for key, person in keys.items() if key in voters}
        return found, len(voters) - len(found)

    # -- closing --------------------------------------------------------------------------------
    def claim_close(self, poll_id: int, by: str, now: datetime) -> bool:
        """True for exactly one caller: the one that moved the poll from open to closed."""
        with self.storage.transaction() as tx:
            cursor = tx.execute(
                "UPDATE polls SET status = 'closed', closed_at = ?, closed_by = ?, announce_claimed_at = ?,"
                " announce_claimed_by = ?, announce_lease_until = ?, version = version + 1"
                " WHERE id = ? AND team_id = ? AND status = 'open'",
                (utc_iso(now), by, utc_iso(now), self.leases.owner, utc_iso(now + self.leases.lease), poll_id,
                 current_team()),
            )
            return cursor.rowcount == 1

    def due(self, now: datetime) -> list[tuple[str, int]]:
        """Open polls whose closing time has come, in every workspace: (workspace, poll id)."""
        rows = self.storage.query(
            "SELECT team_id, id FROM polls WHERE status = 'open' AND closes_at IS NOT NULL AND closes_at <= ?"
            " ORDER BY closes_at", (utc_iso(now),))
        return [(r["team_id"], r["id"]) for r in rows]

    def claim_stale_announcements(self, now: datetime) -> list[tuple[str, int]]:
        """Closed polls whose announcement was claimed but never finished: the claimer's lease ran
        out (it was killed, or its post failed), so this process takes it over."""
        if not self.storage.query("SELECT 1 AS x FROM polls WHERE status = 'closed' AND announced = 0"
                                  " AND (announce_lease_until IS NULL OR announce_lease_until <= ?) LIMIT 1"
                                  " /* every workspace */", (utc_iso(now),)):
            return []     # a cheap read first, so an idle tick never takes the write lock
        with self.storage.transaction() as tx:
            rows = self.leases.claim(tx, ANNOUNCEMENTS, "status = 'closed' AND announced = 0", (), now, 50,
                                     sets="announce_claimed_at = ?", set_params=(utc_iso(now),))
        return [(row["team_id"], row["id"]) for row in rows]

    def claim_redraw(self, poll_id: int, now: datetime) -> bool:
        """The right to send this poll message's next ``chat.update``, at most once a second
        across every replica; False when another update went out (or is going out) less than
        ``REDRAW_INTERVAL`` ago."""
        if not self.storage.dialect.is_postgres:
            # A SQLite file has one bot process, whose updater already keeps to one a second; an
            # extra (synchronous, fsync'd) write per redraw would only slow every redraw down.
            return True
        return self.leases.claim_key(REDRAWS, (poll_id,), now, lease=REDRAW_INTERVAL)

    def stop_team(self, team: str, now: datetime) -> dict[str, int]:
        """A workspace removed the app: its open polls are closed with no announcement, its
        recurring series stopped, its waiting nudges dropped, and polls that never reached Slack
        removed (kept rows are marked, so nothing goes up there again, even after a re-install)."""
        stamp = utc_iso(now)
        with self.storage.transaction() as tx:
            nudges = tx.execute("DELETE FROM poll_nudge_queue WHERE poll_id IN (SELECT id FROM polls WHERE team_id = ?)",
                                (team,)).rowcount
            unposted = [r[0] for r in tx.execute(
                "SELECT id FROM polls WHERE team_id = ? AND message_ts IS NULL", (team,)).fetchall()]
            for poll_id in unposted:
                tx.execute("DELETE FROM poll_votes WHERE poll_id = ?", (poll_id,))
                tx.execute("DELETE FROM polls WHERE id = ? AND team_id = ?", (poll_id, team))
            closed = tx.execute(
                "UPDATE polls SET status = 'closed', closed_at = ?, closed_by = 'uninstalled', announced = 1,"
                " announce_lease_until = NULL, shown_version = version WHERE team_id = ? AND status = 'open'",
                (stamp, team)).rowcount
            tx.execute("UPDATE polls SET announced = 1, announce_lease_until = NULL, shown_version = version"
                       " WHERE team_id = ? AND (announced = 0 OR shown_version < version)", (team,))
            series = tx.execute(
                "UPDATE poll_series SET status = 'stopped', next_at = NULL, stopped_at = ?, stopped_by = 'uninstalled'"
                " WHERE team_id = ? AND status = 'active'", (stamp, team)).rowcount
        return {"polls": closed, "unposted_polls": len(unposted), "poll_series": series, "poll_nudges": nudges}

    def mark_announced(self, poll_id: int) -> None:
        with self.storage.transaction() as tx:
            tx.execute("UPDATE polls SET announced = 1, announce_lease_until = NULL WHERE id = ? AND team_id = ?",
                       (poll_id, current_team()))


def _poll(row: dict) -> Poll:
    options = tuple(Option(i, text) for i, text in enumerate(json.loads(row["options"])))
    return Poll(
        id=row["id"], kind=row["kind"], question=row["question"], options=options, creator_id=row["creator_id"],
        channel_id=row["channel_id"], zone=row["zone"], created_at=parse_utc(row["created_at"]),
        closes_at=parse_utc(row["closes_at"]) if row["closes_at"] else None, anonymous=bool(row["anonymous"]),
        multiple=bool(row["multiple"]), hidden=bool(row["hidden"]), status=row["status"],
        closed_at=parse_utc(row["closed_at"]) if row["closed_at"] else None, closed_by=row["closed_by"],
        message_ts=row["message_ts"], version=row["version"], question_key=row["question_key"],
        series_id=row.get("series_id"), team_id=row.get("team_id") or "",
    )
