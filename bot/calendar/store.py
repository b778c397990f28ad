"""The council's own deadlines and events, in the database.

A removed row is kept (``removed_at``, ``removed_by``) so a curator can see who took what away;
only rows without ``removed_at`` are listed. Each workspace's dates are its own
(``bot.core.tenancy``): a date added in one council's workspace is not listed in another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.core.storage import Migration, Storage, utc_iso
from bot.core.tenancy import current_team

MIGRATIONS = (
    Migration("calendar", 1, """
        CREATE TABLE IF NOT EXISTS council_dates (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('deadline', 'event')),
            day TEXT NOT NULL,
            title TEXT NOT NULL,
            link TEXT,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            removed_by TEXT,
            removed_at TEXT
        );
        CREATE INDEX IF NOT EXISTS council_dates_live ON council_dates (kind, day) WHERE removed_at IS NULL;
    """),
    # Many workspaces (bot.core.tenancy): each council's dates are its own workspace's.
    Migration("calendar_workspaces", 1, """
        ALTER TABLE council_dates ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
        CREATE INDEX IF NOT EXISTS council_dates_team ON council_dates (team_id, kind, day) WHERE removed_at IS NULL;
    """),
)


@dataclass(frozen=True)
class CouncilDate:
    id: int
    kind: str
    day: date
    title: str
    link: str | None
    added_by: str
    added_at: str


class CalendarStore:
    def __init__(self, storage: Storage):
        self.storage = storage

    def add(self, kind: str, day: date, title: str, link: str | None, who: str, now: datetime) -> CouncilDate:
        with self.storage.transaction() as tx:
            cursor = tx.execute(
                "INSERT INTO council_dates (team_id, kind, day, title, link, added_by, added_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (current_team(), kind, day.isoformat(), title, link, who, utc_iso(now)))
            new_id = cursor.fetchone()[0]
        return self.get(new_id)

    def get(self, row_id: int) -> CouncilDate | None:
        rows = self.storage.query("SELECT * FROM council_dates WHERE id = ? AND team_id = ? AND removed_at IS NULL",
                                  (row_id, current_team()))
        return _row(rows[0]) if rows else None

    def remove(self, kind: str, row_id: int, who: str, now: datetime) -> CouncilDate | None:
        found = self.get(row_id)
        if found is None or found.kind != kind:
            return None
        self.storage.write("UPDATE council_dates SET removed_by = ?, removed_at = ? WHERE id = ? AND team_id = ?"
                           " AND removed_at IS NULL", (who, utc_iso(now), row_id, current_team()))
        return found

    def live(self, kind: str) -> list[CouncilDate]:
        rows = self.storage.query("SELECT * FROM council_dates WHERE team_id = ? AND kind = ? AND removed_at IS NULL"
                                  " ORDER BY day, id", (current_team(), kind))
        return [_row(r) for r in rows]


def _row(row: dict) -> CouncilDate:
    return CouncilDate(row["id"], row["kind"], date.fromisoformat(row["day"]), row["title"], row["link"],
                       row["added_by"], row["added_at"])
