"""Reminders in the database: the schema, creating and cancelling, and claiming occurrences to post.

Claiming is the heart of "exactly once", and follows the one claim protocol (``bot.core.leases``).
Inside one write transaction a scheduler turns each due reminder's ``next_at`` into a row in
``reminder_deliveries`` (keyed by reminder and occurrence, so an occurrence can only ever be
claimed once), leased to itself, and moves ``next_at`` on. On SQLite a second scheduler waits
for the write lock and then finds nothing due; on PostgreSQL the due reminders are locked with
``FOR UPDATE SKIP LOCKED``, so replicas each take different ones at once. A delivery row stays
``pending`` until the Slack ``ts`` of its post is recorded; its owner renews the lease while it
posts, and a lease that runs out (the owner was killed) is taken over by the next claim; see
``bot.reminders.delivery`` for how such a row is finished without posting twice.

A reminder belongs to the workspace it was set in (``bot.core.tenancy``): people's lookups and
changes are scoped to the workspace being served, so an id from another workspace is "not
found". Claiming reads every workspace's due reminders; each delivery carries its reminder's
workspace, which the delivery job serves (and posts through that workspace's messenger).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.leases import Leased, Leases
from bot.core.messenger import Posted
from bot.reminders.model import MAX_ACTIVE_PER_PERSON, Delivery, NewReminder, Reminder
from bot.core.storage import Migration, Storage, parse_utc, utc_iso
from bot.core.tenancy import current_team

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
    # The one claim protocol (bot.core.leases): a delivery's lease has an expiry instead of a
    # loop's heartbeat. A claim held when this runs is treated as run out, so it is taken over
    # (safely: a taken-over delivery first looks for its own post in Slack).
    Migration("reminders", 2, """
        ALTER TABLE reminder_deliveries ADD COLUMN lease_until TEXT;
        UPDATE reminder_deliveries SET lease_until = COALESCE(claimed_at, first_claimed_at)
            WHERE state = 'pending' AND claimed_by IS NOT NULL;
        DROP TABLE IF EXISTS reminder_runs;
    """),
]

# A delivery row is scheduled work: ``claimed_by`` is its lease's owner, ``lease_until`` its expiry.
DELIVERIES = Leased("reminder_deliveries", ("reminder_id", "occurrence"), owner="claimed_by", until="lease_until")


class LimitReached(Exception):
    """The person already has as many active reminders as we allow."""

    def __init__(self, active: int):
        super().__init__(active)
        self.active = active


_COLUMNS = ("id, owner, target, target_kind, target_name, what, zone, first_at, rule, when_text, "
            "next_at, status, created_at, source, team_id")


def _reminder(row: dict) -> Reminder:
    return Reminder(
        id=row["id"], owner=row["owner"], target=row["target"], target_kind=row["target_kind"],
        target_name=row["target_name"], what=row["what"], zone=row["zone"],
        first_at=parse_utc(row["first_at"]), rule=row["rule"], when_text=row["when_text"],
        next_at=parse_utc(row["next_at"]) if row["next_at"] else None, status=row["status"],
        created_at=parse_utc(row["created_at"]), source=row["source"], team_id=row["team_id"] or "",
    )


class ReminderStore:
    def __init__(self, storage: Storage, leases: Leases | None = None):
        self.storage = storage
        self.leases = leases or Leases(storage)

    # -- people's reminders -------------------------------------------------------------------
    def create(self, items: list[NewReminder], now: datetime) -> list[Reminder]:
        """Store all or none; refuses (LimitReached) when it would take the owner past the limit."""
        if not items:
            return []
        with self.storage.transaction() as tx:
            owners = {item.owner for item in items}
            for owner in owners:
                active = tx.execute("SELECT COUNT(*) FROM reminders WHERE team_id = ? AND owner = ?"
                                    " AND status = 'active'", (current_team(), owner)).fetchone()[0]
                adding = sum(1 for item in items if item.owner == owner)
                if active + adding > MAX_ACTIVE_PER_PERSON:
                    raise LimitReached(active)
            ids = []
            for item in items:
                cursor = tx.execute(
                    "INSERT INTO reminders (team_id, owner, target, target_kind, target_name, what, zone, first_at,"
                    " rule, when_text, next_at, status, created_at, source)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,'active',?,?) RETURNING id",
                    (current_team(), item.owner, item.target, item.target_kind, item.target_name, item.what, item.when.zone,
                     utc_iso(item.when.first), item.when.rule, item.when.text, utc_iso(item.when.first),
                     utc_iso(now), item.source),
                )
                ids.append(cursor.fetchone()[0])
        return [self.get(i) for i in ids]

    def get(self, reminder_id: int) -> Reminder | None:
        """The reminder in the workspace being served; None for a missing id and for another's."""
        rows = self.storage.query(f"SELECT {_COLUMNS} FROM reminders WHERE id = ? AND team_id = ?",
                                  (reminder_id, current_team()))
        return _reminder(rows[0]) if rows else None

    def active_for(self, owner: str) -> list[Reminder]:
        rows = self.storage.query(
            f"SELECT {_COLUMNS} FROM reminders WHERE team_id = ? AND owner = ? AND status = 'active'"
            " ORDER BY next_at, id", (current_team(), owner))
        return [_reminder(r) for r in rows]

    def count_active(self, owner: str) -> int:
        return self.storage.query("SELECT COUNT(*) AS n FROM reminders WHERE team_id = ? AND owner = ?"
                                  " AND status = 'active'", (current_team(), owner))[0]["n"]

    def cancel(self, reminder_id: int, owner: str) -> Reminder | None:
        """Cancel one of ``owner``'s active reminders; None when they have no such reminder."""
        with self.storage.transaction() as tx:
            changed = tx.execute(
                "UPDATE reminders SET status = 'cancelled', next_at = NULL"
                " WHERE id = ? AND team_id = ? AND owner = ? AND status = 'active'",
                (reminder_id, current_team(), owner)).rowcount
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
        # most Done clicks (everyone in a channel clicking theirs) change nothing here: no write then
        team = current_team()
        quiet = not self.storage.query("SELECT 1 AS x FROM reminders WHERE id = ? AND team_id = ? AND status = 'fired'",
                                       (reminder_id, team))
        if quiet and (by is None or not self.storage.query(
                "SELECT 1 AS x FROM reminders WHERE team_id = ? AND owner = ? AND source = ? LIMIT 1",
                (team, by, f"snooze:{reminder_id}"))):
            return ended
        with self.storage.transaction() as tx:
            tx.execute("UPDATE reminders SET status = 'done' WHERE id = ? AND team_id = ? AND status = 'fired'",
                       (reminder_id, team))
            if by is None:
                return ended
            frontier = [reminder_id]
            seen = {reminder_id}
            while frontier:
                sources = [f"snooze:{i}" for i in frontier]
                marks = ",".join("?" * len(sources))
                rows = tx.execute(f"SELECT id, status FROM reminders WHERE team_id = ? AND owner = ?"
                                  f" AND source IN ({marks})", (team, by, *sources)).fetchall()
                frontier = [rid for rid, _status in rows if rid not in seen]
                seen.update(frontier)
                for rid, status in rows:
                    if status == "active":
                        tx.execute("UPDATE reminders SET status = 'done', next_at = NULL WHERE id = ? AND team_id = ?",
                                   (rid, team))
                        tx.execute("UPDATE reminder_deliveries SET state = 'cancelled' WHERE reminder_id = ?"
                                   " AND state = 'pending' AND claimed_by IS NULL", (rid,))
                        ended.append(rid)
        return ended

    # -- delivery (the claim protocol of bot.core.leases) ------------------------------------------
    def anything_to_claim(self, now: datetime) -> bool:
        """A cheap read, so an idle tick never takes the write lock."""
        stamp = utc_iso(now)
        if self.storage.query("SELECT 1 AS x FROM reminders WHERE status = 'active' AND next_at <= ? LIMIT 1"
                              " /* every workspace */", (stamp,)):
            return True
        return bool(self.storage.query(
            "SELECT 1 AS x FROM reminder_deliveries WHERE state = 'pending' AND (retry_at IS NULL OR retry_at <= ?)"
            " AND (lease_until IS NULL OR lease_until <= ?) LIMIT 1", (stamp, stamp)))

    def claim(self, now: datetime, limit: int, late_after: timedelta) -> list[Delivery]:
        """Atomically take up to ``limit`` occurrences to post: newly due ones, then retries and
        deliveries whose owner's lease ran out (a replica that died mid-post). Every workspace's:
        each delivery's reminder carries its ``team_id``."""
        stamp = utc_iso(now)
        until = utc_iso(now + self.leases.lease)
        claimed: list[Delivery] = []
        with self.storage.transaction() as tx:
            # Due reminders become delivery rows leased to us; on PostgreSQL the reminders are
            # locked and other replicas pass over them, so each takes different ones.
            cursor = tx.execute(
                f"SELECT {_COLUMNS} FROM reminders WHERE status = 'active' AND next_at <= ?"
                f" ORDER BY next_at LIMIT ?{self.storage.dialect.for_update_skip_locked} /* every workspace */",
                (stamp, limit))
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                reminder = _reminder(dict(zip(names, values)))
                occurrence = reminder.next_at
                late = now - occurrence > late_after
                inserted = tx.execute(
                    "INSERT INTO reminder_deliveries (reminder_id, occurrence, state, claimed_by,"
                    " claimed_at, first_claimed_at, attempts, late, lease_until)"
                    " VALUES (?, ?, 'pending', ?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING",
                    (reminder.id, utc_iso(occurrence), self.leases.owner, stamp, stamp, int(late), until)).rowcount
                # missed occurrences of a recurring reminder are folded into this one late post
                following = reminder.when.next_after(max(occurrence, now))
                if following is None:
                    tx.execute("UPDATE reminders SET next_at = NULL, status = 'fired' WHERE id = ? AND team_id = ?",
                               (reminder.id, reminder.team_id))
                else:
                    tx.execute("UPDATE reminders SET next_at = ? WHERE id = ? AND team_id = ?",
                               (utc_iso(following), reminder.id, reminder.team_id))
                if inserted:
                    claimed.append(Delivery(reminder, occurrence, 1, late, now))
            room = limit - len(claimed)
            if room > 0:
                taken = self.leases.claim(
                    tx, DELIVERIES, "state = 'pending' AND (retry_at IS NULL OR retry_at <= ?)", (stamp,), now, room,
                    order_by="occurrence", sets="claimed_at = ?, attempts = attempts + 1", set_params=(stamp,))
                for row in taken:
                    found = tx.execute(f"SELECT {_COLUMNS} FROM reminders WHERE id = ? /* every workspace */",
                                       (row["reminder_id"],))
                    reminder = _reminder(dict(zip([d[0] for d in found.description], found.fetchone())))
                    if reminder.status == "cancelled":
                        tx.execute("UPDATE reminder_deliveries SET state = 'cancelled', claimed_by = NULL,"
                                   " lease_until = NULL WHERE reminder_id = ? AND occurrence = ?",
                                   (row["reminder_id"], row["occurrence"]))
                        continue
                    claimed.append(Delivery(reminder, parse_utc(row["occurrence"]), row["attempts"] + 1,
                                            bool(row["late"]), parse_utc(row["first_claimed_at"])))
        return claimed

    def renew(self, now: datetime) -> int:
        """Keep the leases on the deliveries this loop is posting."""
        return self.leases.renew(DELIVERIES, now, "state = 'pending'")

    def record_posted(self, posted: list[tuple[Delivery, Posted]], now: datetime) -> None:
        with self.storage.transaction() as tx:
            tx.executemany(
                "UPDATE reminder_deliveries SET state = 'posted', claimed_by = NULL, lease_until = NULL, posted_channel = ?,"
                " posted_ts = ?, posted_at = ?, last_error = NULL"
                " WHERE reminder_id = ? AND occurrence = ? AND state = 'pending'",
                [(found.channel, found.ts, utc_iso(now), delivery.reminder.id, utc_iso(delivery.occurrence))
                 for delivery, found in posted])

    def release(self, delivery: Delivery, error: str, retry_at: datetime, give_up: bool) -> None:
        """A failed post: let a later tick try again (or stop trying), keeping what went wrong."""
        self.storage.execute(
            "UPDATE reminder_deliveries SET claimed_by = NULL, lease_until = NULL, retry_at = ?, last_error = ?,"
            " state = ? WHERE reminder_id = ? AND occurrence = ? AND state = 'pending' AND claimed_by = ?",
            (utc_iso(retry_at), error[:500], "gave_up" if give_up else "pending", delivery.reminder.id,
             utc_iso(delivery.occurrence), self.leases.owner))

    def stop_team(self, team: str) -> dict[str, int]:
        """A workspace removed the app: its reminders are cancelled (kept, marked), with every
        occurrence still waiting and every `until done` nudge, so none ever fires there again,
        even after a re-install. Returns how many of each were stopped."""
        with self.storage.transaction() as tx:
            reminders = tx.execute("UPDATE reminders SET status = 'cancelled', next_at = NULL, until_done = 0"
                                   " WHERE team_id = ? AND status = 'active'", (team,)).rowcount
            tx.execute("UPDATE reminders SET until_done = 0 WHERE team_id = ?", (team,))
            deliveries = tx.execute(
                "UPDATE reminder_deliveries SET state = 'cancelled', claimed_by = NULL, lease_until = NULL"
                " WHERE state = 'pending' AND reminder_id IN (SELECT id FROM reminders WHERE team_id = ?)",
                (team,)).rowcount
            nudges = tx.execute(
                "DELETE FROM reminder_renudge_queue WHERE reminder_id IN (SELECT id FROM reminders WHERE team_id = ?)",
                (team,)).rowcount
        return {"reminders": reminders, "reminder_deliveries": deliveries, "reminder_nudges": nudges}

    def defer(self, delivery: Delivery, retry_at: datetime) -> None:
        """Put a claimed occurrence back, not counted as an attempt (its workspace has no messenger now)."""
        self.storage.execute(
            "UPDATE reminder_deliveries SET claimed_by = NULL, lease_until = NULL, retry_at = ?,"
            " attempts = attempts - 1 WHERE reminder_id = ? AND occurrence = ? AND state = 'pending' AND claimed_by = ?",
            (utc_iso(retry_at), delivery.reminder.id, utc_iso(delivery.occurrence), self.leases.owner))

    def deliveries(self, reminder_id: int | None = None) -> list[dict]:
        """Delivery rows, for tests and operators."""
        where, params = ("WHERE reminder_id = ?", (reminder_id,)) if reminder_id is not None else ("", ())
        return self.storage.query(f"SELECT * FROM reminder_deliveries {where} ORDER BY reminder_id, occurrence",
                                  params)

