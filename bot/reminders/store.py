"""Reminders in SQLite: the schema, creating and cancelling, and claiming occurrences to post.

Claiming is the heart of "exactly once". Inside one ``BEGIN IMMEDIATE`` transaction a
scheduler turns each due reminder's ``next_at`` into a row in ``reminder_deliveries`` (keyed by
reminder and occurrence, so an occurrence can only ever be claimed once) and moves ``next_at``
on. A second scheduler on the same file waits for the write lock and then finds nothing due.
A delivery row stays ``pending`` until the Slack ``ts`` of its post is recorded; see
``bot.reminders.delivery`` for how a pending row whose claimer died is finished safely.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.core.processes import process_alive
from bot.core.messenger import Posted
from bot.reminders.model import MAX_ACTIVE_PER_PERSON, Delivery, NewReminder, Reminder
from bot.core.storage import Migration, Storage, parse_utc, utc_iso

MIGRATIONS = [
    Migration(
        "reminders",
        1,
        """
        CREATE TABLE IF NOT EXISTS reminders (
            id INTEGER PRIMARY KEY,
            owner TEXT NOT NULL,
            target TEXT NOT NULL,
            target_kind TEXT NOT NULL,
            target_name TEXT,
            what TEXT NOT NULL,
            zone TEXT NOT NULL,
            first_at TEXT NOT NULL,
            rule TEXT,
            when_text TEXT NOT NULL,
            next_at TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            created_at TEXT NOT NULL,
            source TEXT
        );
        CREATE INDEX IF NOT EXISTS reminders_due ON reminders (next_at) WHERE status = 'active';
        CREATE INDEX IF NOT EXISTS reminders_owner ON reminders (owner, status);
        CREATE TABLE IF NOT EXISTS reminder_deliveries (
            reminder_id INTEGER NOT NULL REFERENCES reminders (id),
            occurrence TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            claimed_by TEXT,
            claimed_at TEXT,
            first_claimed_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            retry_at TEXT,
            late INTEGER NOT NULL DEFAULT 0,
            posted_channel TEXT,
            posted_ts TEXT,
            posted_at TEXT,
            last_error TEXT,
            PRIMARY KEY (reminder_id, occurrence)
        );
        CREATE INDEX IF NOT EXISTS reminder_deliveries_pending
            ON reminder_deliveries (retry_at) WHERE state = 'pending';
        CREATE TABLE IF NOT EXISTS reminder_runs (
            run_id TEXT PRIMARY KEY,
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            beat_at TEXT NOT NULL
        );
        """,
    ),
]


class LimitReached(Exception):
    """The person already has as many active reminders as we allow."""

    def __init__(self, active: int):
        super().__init__(active)
        self.active = active


@dataclass(frozen=True)
class Run:
    """One scheduler loop: who holds a claim, so a dead loop's claims can be taken over."""

    run_id: str
    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)


_COLUMNS = ("id, owner, target, target_kind, target_name, what, zone, first_at, rule, when_text, "
            "next_at, status, created_at, source")


def _reminder(row: dict) -> Reminder:
    return Reminder(
        id=row["id"], owner=row["owner"], target=row["target"], target_kind=row["target_kind"],
        target_name=row["target_name"], what=row["what"], zone=row["zone"],
        first_at=parse_utc(row["first_at"]), rule=row["rule"], when_text=row["when_text"],
        next_at=parse_utc(row["next_at"]) if row["next_at"] else None, status=row["status"],
        created_at=parse_utc(row["created_at"]), source=row["source"],
    )


class ReminderStore:
    def __init__(self, storage: Storage):
        self.storage = storage

    # -- people's reminders -------------------------------------------------------------------
    def create(self, items: list[NewReminder], now: datetime) -> list[Reminder]:
        """Store all or none; refuses (LimitReached) when it would take the owner past the limit."""
        if not items:
            return []
        with self.storage.transaction() as tx:
            owners = {item.owner for item in items}
            for owner in owners:
                active = tx.execute("SELECT COUNT(*) FROM reminders WHERE owner = ? AND status = 'active'",
                                    (owner,)).fetchone()[0]
                adding = sum(1 for item in items if item.owner == owner)
                if active + adding > MAX_ACTIVE_PER_PERSON:
                    raise LimitReached(active)
            ids = []
            for item in items:
                cursor = tx.execute(
                    "INSERT INTO reminders (owner, target, target_kind, target_name, what, zone, first_at, rule,"
                    " when_text, next_at, status, created_at, source) VALUES (?,?,?,?,?,?,?,?,?,?,'active',?,?) RETURNING id",
                    (item.owner, item.target, item.target_kind, item.target_name, item.what, item.when.zone,
                     utc_iso(item.when.first), item.when.rule, item.when.text, utc_iso(item.when.first),
                     utc_iso(now), item.source),
                )
                ids.append(cursor.fetchone()[0])
        return [self.get(i) for i in ids]

    def get(self, reminder_id: int) -> Reminder | None:
        rows = self.storage.query(f"SELECT {_COLUMNS} FROM reminders WHERE id = ?", (reminder_id,))
        return _reminder(rows[0]) if rows else None

    def active_for(self, owner: str) -> list[Reminder]:
        rows = self.storage.query(
            f"SELECT {_COLUMNS} FROM reminders WHERE owner = ? AND status = 'active' ORDER BY next_at, id",
            (owner,))
        return [_reminder(r) for r in rows]

    def count_active(self, owner: str) -> int:
        return self.storage.query("SELECT COUNT(*) AS n FROM reminders WHERE owner = ? AND status = 'active'",
                                  (owner,))[0]["n"]

    def cancel(self, reminder_id: int, owner: str) -> Reminder | None:
        """Cancel one of ``owner``'s active reminders; None when they have no such reminder."""
        with self.storage.transaction() as tx:
            changed = tx.execute(
                "UPDATE reminders SET status = 'cancelled', next_at = NULL"
                " WHERE id = ? AND owner = ? AND status = 'active'", (reminder_id, owner)).rowcount
            if changed:
                # an occurrence waiting for a retry goes too; one being posted right now cannot be recalled
                tx.execute("UPDATE reminder_deliveries SET state = 'cancelled'"
                           " WHERE reminder_id = ? AND state = 'pending' AND claimed_by IS NULL", (reminder_id,))
        return self.get(reminder_id) if changed else None

    def mark_done(self, reminder_id: int, by: str | None = None) -> list[int]:
        """Done: a fired one-off ends, and so do the snoozed copies ``by`` made of it (or of those
        copies), so a reminder snoozed and then marked done never fires again. The ids of the
        snoozed copies ended are returned."""
        ended: list[int] = []
        with self.storage.transaction() as tx:
            tx.execute("UPDATE reminders SET status = 'done' WHERE id = ? AND status = 'fired'", (reminder_id,))
            if by is None:
                return ended
            frontier = [reminder_id]
            seen = {reminder_id}
            while frontier:
                sources = [f"snooze:{i}" for i in frontier]
                marks = ",".join("?" * len(sources))
                rows = tx.execute(f"SELECT id, status FROM reminders WHERE owner = ? AND source IN ({marks})",
                                  (by, *sources)).fetchall()
                frontier = [rid for rid, _status in rows if rid not in seen]
                seen.update(frontier)
                for rid, status in rows:
                    if status == "active":
                        tx.execute("UPDATE reminders SET status = 'done', next_at = NULL WHERE id = ?", (rid,))
                        tx.execute("UPDATE reminder_deliveries SET state = 'cancelled' WHERE reminder_id = ?"
                                   " AND state = 'pending' AND claimed_by IS NULL", (rid,))
                        ended.append(rid)
        return ended

    # -- scheduler heartbeats ------------------------------------------------------------------
    def beat(self, run: Run, now: datetime) -> None:
        self.storage.execute(
            "INSERT INTO reminder_runs (run_id, host, pid, beat_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (run_id) DO UPDATE SET beat_at = excluded.beat_at",
            (run.run_id, run.host, run.pid, utc_iso(now)))

    def dead_runs(self, run: Run, now: datetime, lease: timedelta) -> list[str]:
        """Loops that stopped beating, or whose process on this machine has gone."""
        dead = []
        cutoff = utc_iso(now - lease)
        for row in self.storage.query("SELECT run_id, host, pid, beat_at FROM reminder_runs WHERE run_id != ?",
                                      (run.run_id,)):
            if row["beat_at"] < cutoff or (row["host"] == run.host and row["pid"] != run.pid
                                           and not process_alive(row["pid"])):
                dead.append(row["run_id"])
        return dead

    def forget_runs(self, run_ids: list[str]) -> None:
        """Drop dead loops that hold no claims any more."""
        for run_id in run_ids:
            self.storage.execute(
                "DELETE FROM reminder_runs WHERE run_id = ? AND NOT EXISTS ("
                " SELECT 1 FROM reminder_deliveries WHERE claimed_by = ? AND state = 'pending')", (run_id, run_id))

    # -- delivery --------------------------------------------------------------------------------
    def anything_to_claim(self, now: datetime, dead: list[str]) -> bool:
        """A cheap read, so an idle tick never takes the write lock."""
        stamp = utc_iso(now)
        if self.storage.query("SELECT 1 AS x FROM reminders WHERE status = 'active' AND next_at <= ? LIMIT 1",
                              (stamp,)):
            return True
        marks = ",".join("?" * len(dead))
        stale = f" OR claimed_by IN ({marks})" if dead else ""
        return bool(self.storage.query(
            "SELECT 1 AS x FROM reminder_deliveries WHERE state = 'pending'"
            f" AND ((claimed_by IS NULL AND retry_at <= ?){stale}) LIMIT 1", (stamp, *dead)))

    def claim(self, run: Run, now: datetime, dead: list[str], limit: int, late_after: timedelta) -> list[Delivery]:
        """Atomically take up to ``limit`` occurrences to post: newly due ones, then retries."""
        stamp = utc_iso(now)
        claimed: list[tuple[Reminder, datetime, int, bool, datetime]] = []
        with self.storage.transaction() as tx:
            rows = tx.execute(
                f"SELECT {_COLUMNS} FROM reminders WHERE status = 'active' AND next_at <= ?"
                " ORDER BY next_at LIMIT ?", (stamp, limit)).fetchall()
            names = [d[0] for d in tx.execute(f"SELECT {_COLUMNS} FROM reminders LIMIT 0").description]
            for values in rows:
                reminder = _reminder(dict(zip(names, values)))
                occurrence = reminder.next_at
                late = now - occurrence > late_after
                inserted = tx.execute(
                    "INSERT INTO reminder_deliveries (reminder_id, occurrence, state, claimed_by,"
                    " claimed_at, first_claimed_at, attempts, late) VALUES (?, ?, 'pending', ?, ?, ?, 1, ?)"
                    " ON CONFLICT DO NOTHING",
                    (reminder.id, utc_iso(occurrence), run.run_id, stamp, stamp, int(late))).rowcount
                # missed occurrences of a recurring reminder are folded into this one late post
                following = reminder.when.next_after(max(occurrence, now))
                if following is None:
                    tx.execute("UPDATE reminders SET next_at = NULL, status = 'fired' WHERE id = ?", (reminder.id,))
                else:
                    tx.execute("UPDATE reminders SET next_at = ? WHERE id = ?", (utc_iso(following), reminder.id))
                if inserted:
                    claimed.append((reminder, occurrence, 1, late, now))
            room = limit - len(claimed)
            if room > 0:
                marks = ",".join("?" * len(dead))
                stale = f" OR d.claimed_by IN ({marks})" if dead else ""
                retries = tx.execute(
                    f"SELECT d.reminder_id, d.occurrence, d.attempts, d.late, d.first_claimed_at, r.status"
                    f" FROM reminder_deliveries d JOIN reminders r ON r.id = d.reminder_id"
                    f" WHERE d.state = 'pending' AND ((d.claimed_by IS NULL AND d.retry_at <= ?){stale})"
                    f" ORDER BY d.occurrence LIMIT ?", (stamp, *dead, room)).fetchall()
                for reminder_id, occurrence, attempts, late, first_claimed, status in retries:
                    if status == "cancelled":
                        tx.execute("UPDATE reminder_deliveries SET state = 'cancelled', claimed_by = NULL"
                                   " WHERE reminder_id = ? AND occurrence = ?", (reminder_id, occurrence))
                        continue
                    tx.execute(
                        "UPDATE reminder_deliveries SET claimed_by = ?, claimed_at = ?, attempts = attempts + 1"
                        " WHERE reminder_id = ? AND occurrence = ?", (run.run_id, stamp, reminder_id, occurrence))
                    row = tx.execute(f"SELECT {_COLUMNS} FROM reminders WHERE id = ?", (reminder_id,)).fetchone()
                    claimed.append((_reminder(dict(zip(names, row))), parse_utc(occurrence), attempts + 1,
                                    bool(late), parse_utc(first_claimed)))
        return [Delivery(reminder=r, occurrence=o, attempts=a, late=lt, first_claimed_at=f)
                for r, o, a, lt, f in claimed]

    def record_posted(self, posted: list[tuple[Delivery, Posted]], now: datetime) -> None:
        with self.storage.transaction() as tx:
            tx.executemany(
                "UPDATE reminder_deliveries SET state = 'posted', claimed_by = NULL, posted_channel = ?,"
                " posted_ts = ?, posted_at = ?, last_error = NULL"
                " WHERE reminder_id = ? AND occurrence = ? AND state = 'pending'",
                [(found.channel, found.ts, utc_iso(now), delivery.reminder.id, utc_iso(delivery.occurrence))
                 for delivery, found in posted])

    def release(self, run: Run, delivery: Delivery, error: str, retry_at: datetime, give_up: bool) -> None:
        """A failed post: let a later tick try again (or stop trying), keeping what went wrong."""
        self.storage.execute(
            "UPDATE reminder_deliveries SET claimed_by = NULL, retry_at = ?, last_error = ?, state = ?"
            " WHERE reminder_id = ? AND occurrence = ? AND state = 'pending' AND claimed_by = ?",
            (utc_iso(retry_at), error[:500], "gave_up" if give_up else "pending", delivery.reminder.id,
             utc_iso(delivery.occurrence), run.run_id))

    def deliveries(self, reminder_id: int | None = None) -> list[dict]:
        """Delivery rows, for tests and operators."""
        where, params = ("WHERE reminder_id = ?", (reminder_id,)) if reminder_id is not None else ("", ())
        return self.storage.query(f"SELECT * FROM reminder_deliveries {where} ORDER BY reminder_id, occurrence",
                                  params)

