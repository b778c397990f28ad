"""One claim protocol for all scheduled work: leases with an owner and an expiry.

Every piece of scheduled work (a reminder occurrence, a poll's close announcement, a poll
message's next redraw, and whatever a feature schedules later) is a row in that feature's own
table with two columns, the lease's *owner* and *until* (``utc_iso`` text). The protocol, the
same on every table and both backends, in the style of apscheduler's data stores:

* **claim** (``Leases.claim``): inside one write transaction, select the rows that are due and
  not leased (no owner, or a lease that ran out), lock them (``FOR UPDATE SKIP LOCKED`` on
  PostgreSQL, so N replicas each take different rows and none waits for another; on SQLite
  ``BEGIN IMMEDIATE`` makes the claimer the only writer), and write ``owner = me, until = now +
  lease``. The caller gets the rows it now holds.
* **renew** (``Leases.renew``): while the work is under way, the owner pushes its leases' expiry
  on (every second or so); a lease is therefore short (seconds), not a guess at how long a tick is.
* **finish / release**: the owner clears the lease as it records the outcome (``owner = NULL``);
  a release may set when to try again. Both name the owner, so a lease taken over meanwhile is
  not clobbered.
* **take over**: a replica killed with ``-9`` stops renewing; once its leases run out, the
  next claim by anyone takes them, with the attempt counted, so the work is finished by somebody.

Exactly once is kept by the idempotency key each post carries in Slack message metadata: work
taken over (it may have reached Slack before its owner died) first asks ``messenger.find_posted``
for that key and records the message it finds instead of posting again.

``claim_key`` is the same protocol for one row known by its key (a poll's redraw slot): it wins
only when nobody holds an unexpired lease on it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable, Sequence

from bot.core.storage import utc_iso

DEFAULT_LEASE = timedelta(seconds=10)
# A queued DM (a poll nudge, an `until done` re-nudge) is one post, not renewed while it goes out:
# its lease is long enough for any post to finish, slack-sdk's waits on a 429 included, so a holder
# that has not finished by then was killed (or its post failed).
DM_LEASE = timedelta(minutes=1)
MAX_DM_ATTEMPTS = 5              # a DM Slack keeps refusing is dropped after this many claims


def worker_id() -> str:
    """Who holds a lease: host, pid, and a token that differs after every restart (a container
    restarts its process with the same pid)."""
    return f"{_host()}:{os.getpid()}:{os.urandom(4).hex()}"   # secrets.token_hex(4), without importing it


def _host() -> str:
    """``socket.gethostname()``; on POSIX the same name from ``uname``, so a process that never
    opens a socket (``cyberbot ask``) does not import the socket module for it."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


#: This process, as a lease owner.
WORKER = worker_id()


@dataclass(frozen=True)
class Leased:
    """A table whose rows are scheduled work: its key columns and its two lease columns."""

    table: str
    key: tuple[str, ...]
    owner: str = "lease_owner"
    until: str = "lease_until"

    def _key_where(self, prefix: str = "") -> str:
        return " AND ".join(f"{prefix}{column} = ?" for column in self.key)


class Leases:
    """The claim protocol over one storage, for one owner (this process, by default)."""

    def __init__(self, storage, owner: str = WORKER, lease: timedelta = DEFAULT_LEASE):
        self.storage = storage
        self.owner = owner
        self.lease = lease

    def claim(self, tx, spec: Leased, where: str, params: Sequence, now: datetime, limit: int,
              order_by: str | None = None, sets: str = "", set_params: Sequence = ()) -> list[dict]:
        """Take up to ``limit`` rows matching ``where`` that nobody holds (or whose lease ran
        out), inside the caller's ``storage.transaction()``; ``sets`` adds assignments (e.g.
        ``attempts = attempts + 1``). Returns the claimed rows as they were before the claim."""
        stamp = utc_iso(now)
        cursor = tx.execute(
            f"SELECT * FROM {spec.table} WHERE ({where}) AND ({spec.until} IS NULL OR {spec.until} <= ?)"
            f" ORDER BY {order_by or ', '.join(spec.key)} LIMIT ?{self.storage.dialect.for_update_skip_locked}",
            (*params, stamp, limit))
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, values)) for values in cursor.fetchall()]
        if rows:
            extra = f", {sets}" if sets else ""
            tx.executemany(
                f"UPDATE {spec.table} SET {spec.owner} = ?, {spec.until} = ?{extra} WHERE {spec._key_where()}",
                [(self.owner, utc_iso(now + self.lease), *set_params, *(row[c] for c in spec.key)) for row in rows])
        return rows

    def claim_key(self, spec: Leased, key: Sequence, now: datetime, lease: timedelta | None = None,
                  where: str = "1 = 1", params: Sequence = ()) -> bool:
        """Claim one row by its key; True when this owner now holds it."""
        until = utc_iso(now + (lease or self.lease))
        cursor = self.storage.write(
            f"UPDATE {spec.table} SET {spec.owner} = ?, {spec.until} = ? WHERE {spec._key_where()}"
            f" AND ({spec.until} IS NULL OR {spec.until} <= ?) AND ({where})",
            (self.owner, until, *key, utc_iso(now), *params))
        return cursor.rowcount == 1

    def renew(self, spec: Leased, now: datetime, where: str = "1 = 1", params: Sequence = ()) -> int:
        """Push on the expiry of every lease this owner holds in the table; returns how many."""
        return self.storage.write(
            f"UPDATE {spec.table} SET {spec.until} = ? WHERE {spec.owner} = ? AND {spec.until} IS NOT NULL"
            f" AND ({where})", (utc_iso(now + self.lease), self.owner, *params)).rowcount

    def take_one(self, spec: Leased, now: Callable[[], datetime],
                 examine: Callable[[Any, dict], Any], tries: int = 10) -> Any:
        """One queued row (a DM waiting to go out) leased to this owner, counting its claims in
        its ``attempts`` column: of two replicas reaching for the queue, each takes a different
        row. ``examine(tx, row)`` says what the caller needs of the claimed row, or None to drop
        it (its parent is gone, or it was tried too often): the row is then deleted and the next
        one taken. None when nothing is free to take."""
        for _ in range(tries):
            moment = now()
            if not self.storage.query(f"SELECT 1 AS x FROM {spec.table} WHERE {spec.until} IS NULL"
                                      f" OR {spec.until} <= ? LIMIT 1", (utc_iso(moment),)):
                return None   # a cheap read first: nothing to take, or every row is held by someone
            with self.storage.transaction() as tx:
                claimed = self.claim(tx, spec, "1 = 1", (), moment, 1, sets="attempts = attempts + 1")
                if not claimed:
                    return None
                row = claimed[0]
                taken = examine(tx, row)
                if taken is None:
                    tx.execute(f"DELETE FROM {spec.table} WHERE {spec._key_where()}", tuple(row[c] for c in spec.key))
                    continue
            return taken
        return None

    def holds(self, spec: Leased) -> str:
        """SQL that is true of rows this owner still holds (for a finish's WHERE), with ``self.owner``."""
        return f"{spec.owner} = ?"
