"""Due reminders written straight into the database, for tests and benchmarks that need hundreds
falling due at chosen moments (kill loops, replicas, lost answers, lateness).

Typing ``/cyber remind`` hundreds of times would measure the parser, not delivery, and could not
put a reminder due one second from now; so these rows are what ``ReminderStore`` would have made
for "remind ... soon": one occurrence, active, in the single workspace.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from bot.core.storage import utc_iso


@dataclass(frozen=True)
class DueReminder:
    owner: str
    target: str                 # a channel id, or the owner's user id for a DM
    kind: str                   # "channel" or "user"
    what: str
    due: datetime


def insert_due_reminders(tx, reminders: Iterable[DueReminder], created: datetime) -> None:
    """Add ``reminders`` inside the caller's ``storage.transaction()`` (either backend)."""
    made = utc_iso(created)
    tx.executemany(
        "INSERT INTO reminders (owner, target, target_kind, what, zone, first_at, when_text, next_at, status,"
        " created_at) VALUES (?, ?, ?, ?, 'Europe/London', ?, 'soon', ?, 'active', ?)",
        [(r.owner, r.target, r.kind, r.what, utc_iso(r.due), utc_iso(r.due), made) for r in reminders])
