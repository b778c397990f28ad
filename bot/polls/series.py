"""Recurring polls: a question asked on the council's teleconference rhythm.

``/cyber poll pulse "Q" every 2 weeks on Thursday at 10:00 until 31 March`` stores a *series*;
the scheduler posts each occurrence as a poll of its own (its own id, votes and results), which
closes just before the next one goes up, or a given ``closes in 2 days`` after it opens.

Delivery is exactly once. The occurrence's identity is its poll row: inserting it (unique on
series and occurrence, so two loops or a restart can never both make it) claims the occurrence
while the series' ``next_at`` moves on, all in one transaction. Posting it is scheduled work on
the one claim protocol (``bot.core.leases``): the row is inserted leased to its claimer
(``post_claimed_by``, until ``post_lease_until``), and the holder finishes the lease as it
records the message. A post that failed, or whose holder died before its ``ts`` was recorded,
is taken over once the lease runs out by any replica's next claim, which first looks for the
post in Slack by its metadata key (``poll-<id>``) and posts only if it is not there.
Occurrences missed while the bot was down are skipped, not posted late in a heap; the rule is
evaluated in the creator's local wall-clock time, so 10:00 stays 10:00 across clock changes.
A series and each poll it posts belong to the workspace it was made in (``bot.core.tenancy``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from bot.core.leases import Leased, Leases
from bot.core.storage import Migration, Storage, parse_utc, utc_iso
from bot.core.tenancy import current_team
from bot.core.times import When, WhenError, format_moment, parse_when, zone_info

MAX_POSTS_A_YEAR_WITHOUT_END = 100   # more than this with no `until` is almost certainly a mistake
MAX_POSTS = 1000                     # and more than this in all, even with an end date
CLOSE_GAP = timedelta(minutes=1)     # a poll closes this long before the next occurrence goes up

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "polls_series",   # sorts after "polls", whose table it extends
        1,
        """
        CREATE TABLE IF NOT EXISTS poll_series (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            question TEXT NOT NULL,
            question_key TEXT NOT NULL,
            options TEXT NOT NULL,
            creator_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            zone TEXT NOT NULL,
            anonymous INTEGER NOT NULL DEFAULT 0,
            multiple INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0,
            first_at TEXT NOT NULL,
            rule TEXT NOT NULL,
            when_text TEXT NOT NULL,
            until_at TEXT,
            close_after_seconds INTEGER,
            next_at TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            created_at TEXT NOT NULL,
            stopped_at TEXT,
            stopped_by TEXT
        );
        CREATE INDEX IF NOT EXISTS poll_series_due ON poll_series (next_at) WHERE status = 'active';
        ALTER TABLE polls ADD COLUMN series_id INTEGER;
        ALTER TABLE polls ADD COLUMN occurrence TEXT;
        ALTER TABLE polls ADD COLUMN post_claimed_by TEXT;
        ALTER TABLE polls ADD COLUMN post_claimed_at TEXT;
        CREATE UNIQUE INDEX IF NOT EXISTS polls_occurrence ON polls (series_id, occurrence)
            WHERE series_id IS NOT NULL;
        """,
    ),
    # Posting an occurrence on the one claim protocol (bot.core.leases): ``post_claimed_by`` is
    # the lease's owner, ``post_lease_until`` its expiry. An occurrence claimed under the old
    # scheme and never recorded as posted holds a lease that ran out when it was claimed: the
    # next claim takes it over, and looks for its post in Slack before posting.
    Migration("polls_series", 2, """
        ALTER TABLE polls ADD COLUMN post_lease_until TEXT;
        ALTER TABLE polls ADD COLUMN post_attempts INTEGER NOT NULL DEFAULT 0;
        UPDATE polls SET post_lease_until = post_claimed_at
            WHERE series_id IS NOT NULL AND message_ts IS NULL AND post_claimed_at IS NOT NULL;
    """),
)

# An occurrence's post is one chat.postMessage: its lease is long enough for any post (with
# slack-sdk's retries) to finish, so a failed or orphaned post is retried (by anyone) this long after.
POST_LEASE = timedelta(seconds=90)
POSTS = Leased("polls", ("id",), owner="post_claimed_by", until="post_lease_until")


class SeriesError(ValueError):
    """A rhythm we will not store; the message says why and what to type instead."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Series:
    id: int
    kind: str
    question: str
    question_key: str
    options: tuple[str, ...]
    creator_id: str
    channel_id: str
    zone: str
    anonymous: bool
    multiple: bool
    hidden: bool
    first_at: datetime
    rule: str
    when_text: str
    until_at: datetime | None
    close_after: timedelta | None
    next_at: datetime | None
    status: str               # active | stopped | finished
    created_at: datetime
    team_id: str = ""         # its workspace's tenant key

    @property
    def when(self) -> When:
        return When(first=self.first_at, rule=self.rule, zone=self.zone, text=self.when_text)

    def following(self, occurrence: datetime) -> datetime | None:
        """The occurrence after this one, if the series goes on that long."""
        found = self.when.next_after(occurrence)
        if found is None or (self.until_at is not None and found > self.until_at):
            return None
        return found

    def closes_for(self, occurrence: datetime) -> datetime:
        """When the poll posted at ``occurrence`` closes: the given offset, else just before the next."""
        if self.close_after is not None:
            return occurrence + self.close_after
        following = self.following(occurrence)
        if following is None:   # the last one stays open as long as the one before it did
            previous_gap = occurrence - (self._previous(occurrence) or occurrence - timedelta(days=7))
            return occurrence + previous_gap - CLOSE_GAP
        return following - CLOSE_GAP

    def _previous(self, occurrence: datetime) -> datetime | None:
        from dateutil.rrule import rrulestr

        tz = zone_info(self.zone)
        start = self.first_at.astimezone(tz).replace(tzinfo=None)
        found = rrulestr(self.rule, dtstart=start).before(occurrence.astimezone(tz).replace(tzinfo=None))
        return found.replace(tzinfo=tz).astimezone(timezone.utc) if found else None


@dataclass(frozen=True)
class Rhythm:
    """What ``every ... [until ...] [closes in ...]`` came to, checked and ready to store."""

    when: When
    until_at: datetime | None
    close_after: timedelta | None
    description: str


def read_rhythm(every_text: str, until_text: str | None, closes_text: str | None, now: datetime,
                zone: str) -> Rhythm:
    """Read and check a series' rhythm; SeriesError (nothing stored) when it cannot be used."""
    every = " ".join(every_text.lower().split())
    if re.match(r"^(?:0+|zero)\b", every):
        raise SeriesError(f"A poll can't repeat \u201cevery {every_text}\u201d: the number has to be 1 or more. "
                          "Try e.g. `every 2 weeks on Thursday at 10:00`. Nothing was posted.")
    try:
        when = parse_when("every " + every_text, now, zone)
    except WhenError as exc:
        message = exc.message.replace("repeat reminders", "repeat polls")
        raise SeriesError(f"{message} Nothing was posted.") from None
    until_at = None
    if until_text:
        try:
            end = parse_when(until_text, now, zone)
        except WhenError as exc:
            raise SeriesError(f"I couldn't use the end date \u201c{until_text}\u201d: {exc.message} "
                              "Nothing was posted.") from None
        if end.recurring:
            raise SeriesError("`until` takes one date, e.g. `until 31 March`. Nothing was posted.")
        tz = zone_info(zone)
        local_end = end.first.astimezone(tz)
        # "until 31 March" includes 31 March: the series runs to the end of that day
        until_at = local_end.replace(hour=23, minute=59, second=59).astimezone(timezone.utc)
        if until_at < when.first:
            raise SeriesError(f"The series would end ({format_moment(end.first, zone)}) before its first poll "
                              f"({format_moment(when.first, zone)}). Pick a later `until` date. Nothing was posted.")
    occurrences = _occurrences(when, until_at, now)
    if until_at is None and occurrences > MAX_POSTS_A_YEAR_WITHOUT_END:
        raise SeriesError(
            f"{when.text.capitalize()} would post {occurrences} polls a year, with no end. Add an end date "
            f"(e.g. `until 31 March`) or pick a slower rhythm (at most {MAX_POSTS_A_YEAR_WITHOUT_END} a year "
            "without an end). Nothing was posted.")
    if until_at is not None and occurrences > MAX_POSTS:
        raise SeriesError(f"That would post {occurrences} polls; I keep a series to {MAX_POSTS}. "
                          "Pick an earlier end date or a slower rhythm. Nothing was posted.")
    close_after = None
    if closes_text:
        close_after = _close_offset(closes_text, now, zone)
        gap = _shortest_gap(when, until_at, now)
        if gap is not None and close_after >= gap:
            raise SeriesError(
                f"Each poll would stay open longer ({_length(close_after)}) than the gap before the next one "
                f"({_length(gap)}). Give a shorter `closes`, or leave it out and each poll closes just before "
                "the next. Nothing was posted.")
    described = when.text + (f" until {format_moment(until_at, zone).split(' at ')[0]}" if until_at else "")
    return Rhythm(when, until_at, close_after, described)


def _close_offset(text: str, now: datetime, zone: str) -> timedelta:
    words = " ".join(text.lower().split())
    if not re.match(r"^(?:in|after)\s", words):
        raise SeriesError("In a recurring poll, `closes` says how long each poll stays open, e.g. "
                          "`closes in 2 days` or `closes in 3 hours`. Nothing was posted.")
    try:
        when = parse_when(re.sub(r"^after\s", "in ", words), now, zone)
    except WhenError as exc:
        raise SeriesError(f"I couldn't use that closing time: {exc.message} Nothing was posted.") from None
    offset = when.first - now
    if offset < timedelta(minutes=1):
        raise SeriesError("Each poll needs to stay open for at least a minute. Nothing was posted.")
    return offset


def _occurrences(when: When, until_at: datetime | None, now: datetime) -> int:
    """How many posts in the first year (with no end), or in all (with one), counting at most MAX_POSTS+1."""
    horizon = until_at if until_at is not None else now + timedelta(days=365)
    count, moment = 0, when.first
    while moment is not None and moment <= horizon and count <= MAX_POSTS:
        count += 1
        moment = when.next_after(moment)
    return count


def _shortest_gap(when: When, until_at: datetime | None, now: datetime) -> timedelta | None:
    shortest, moment = None, when.first
    for _ in range(60):
        following = when.next_after(moment)
        if following is None or (until_at is not None and following > until_at):
            break
        gap = following - moment
        shortest = gap if shortest is None or gap < shortest else shortest
        moment = following
    return shortest


def _length(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 48:
        return f"{hours:.0f} hour{'s' if round(hours) != 1 else ''}"
    days = hours / 24
    return f"{days:.0f} days"


_COLUMNS = ("id, kind, question, question_key, options, creator_id, channel_id, zone, anonymous, multiple, hidden, "
            "first_at, rule, when_text, until_at, close_after_seconds, next_at, status, created_at, team_id")


def _series(row: dict) -> Series:
    return Series(
        id=row["id"], kind=row["kind"], question=row["question"], question_key=row["question_key"],
        options=tuple(json.loads(row["options"])), creator_id=row["creator_id"], channel_id=row["channel_id"],
        zone=row["zone"], anonymous=bool(row["anonymous"]), multiple=bool(row["multiple"]),
        hidden=bool(row["hidden"]), first_at=parse_utc(row["first_at"]), rule=row["rule"],
        when_text=row["when_text"], until_at=parse_utc(row["until_at"]) if row["until_at"] else None,
        close_after=timedelta(seconds=row["close_after_seconds"]) if row["close_after_seconds"] is not None else None,
        next_at=parse_utc(row["next_at"]) if row["next_at"] else None, status=row["status"],
        created_at=parse_utc(row["created_at"]), team_id=row["team_id"] or "",
    )


class SeriesStore:
    def __init__(self, storage: Storage, leases: Leases | None = None):
        self.storage = storage
        self.leases = leases or Leases(storage, lease=POST_LEASE)

    def create(self, *, kind: str, question: str, question_key: str, options: tuple[str, ...], creator_id: str,
               channel_id: str, zone: str, anonymous: bool, multiple: bool, hidden: bool, rhythm: Rhythm,
               now: datetime) -> Series:
        with self.storage.transaction() as tx:
            cursor = tx.execute(
                "INSERT INTO poll_series (team_id, kind, question, question_key, options, creator_id, channel_id, zone,"
                " anonymous, multiple, hidden, first_at, rule, when_text, until_at, close_after_seconds, next_at,"
                " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?)"
                " RETURNING id",
                (current_team(), kind, question, question_key, json.dumps(list(options)), creator_id, channel_id, zone,
                 int(anonymous), int(multiple), int(hidden), utc_iso(rhythm.when.first), rhythm.when.rule,
                 rhythm.description, utc_iso(rhythm.until_at) if rhythm.until_at else None,
                 int(rhythm.close_after.total_seconds()) if rhythm.close_after else None,
                 utc_iso(rhythm.when.first), utc_iso(now)))
            series_id = cursor.fetchone()[0]
        return self.get(series_id)

    def get(self, series_id: int) -> Series | None:
        rows = self.storage.query(f"SELECT {_COLUMNS} FROM poll_series WHERE id = ? AND team_id = ?",
                                  (series_id, current_team()))
        return _series(rows[0]) if rows else None

    def stop(self, series_id: int, by: str, now: datetime) -> bool:
        with self.storage.transaction() as tx:
            return tx.execute(
                "UPDATE poll_series SET status = 'stopped', next_at = NULL, stopped_at = ?, stopped_by = ?"
                " WHERE id = ? AND team_id = ? AND status = 'active'",
                (utc_iso(now), by, series_id, current_team())).rowcount == 1

    def poll_ids(self, series_id: int) -> list[int]:
        return [r["id"] for r in self.storage.query(
            "SELECT id FROM polls WHERE series_id = ? AND team_id = ? ORDER BY occurrence",
            (series_id, current_team()))]

    def anything_due(self, now: datetime) -> bool:
        return bool(self.storage.query(
            "SELECT 1 AS x FROM poll_series WHERE status = 'active' AND next_at <= ? LIMIT 1 /* every workspace */",
            (utc_iso(now),)))

    def claim_due(self, now: datetime, limit: int = 50) -> list[tuple[str, int]]:
        """Claim each due occurrence by inserting its poll, its post leased to this owner, and
        move the series on; the new polls, as (workspace, poll id): every workspace's series are
        claimed, each poll in its series' workspace.

        One transaction: the unique (series, occurrence) index means a second loop, or this one
        after a restart, can never claim the same occurrence again. Occurrences missed while the
        bot was down, whose polls would already have closed, are skipped rather than posted late.
        """
        stamp = utc_iso(now)
        made: list[int] = []
        with self.storage.transaction() as tx:
            cursor = tx.execute(f"SELECT {_COLUMNS} FROM poll_series WHERE status = 'active' AND next_at <= ?"
                                " ORDER BY next_at LIMIT ? /* every workspace */", (stamp, limit))
            names = [d[0] for d in cursor.description]
            for values in cursor.fetchall():
                series = _series(dict(zip(names, values)))
                occurrence = series.next_at
                # the newest occurrence that is due: missed ones before it are folded away
                while True:
                    later = series.following(occurrence)
                    if later is None or later > now:
                        break
                    occurrence = later
                closes_at = series.closes_for(occurrence)
                following = series.following(max(occurrence, now))
                tx.execute("UPDATE poll_series SET next_at = ?, status = ? WHERE id = ? AND team_id = ?",
                           (utc_iso(following) if following else None, "active" if following else "finished",
                            series.id, series.team_id))
                if closes_at <= now:
                    continue
                inserted = tx.execute(
                    "INSERT INTO polls (team_id, kind, question, question_key, options, creator_id, channel_id, zone,"
                    " created_at, closes_at, anonymous, multiple, hidden, series_id, occurrence, post_claimed_by,"
                    " post_claimed_at, post_lease_until, post_attempts)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"   # made now: posted now
                    " ON CONFLICT DO NOTHING RETURNING id",
                    (series.team_id, series.kind, series.question, series.question_key, json.dumps(list(series.options)),
                     series.creator_id, series.channel_id, series.zone, stamp, utc_iso(closes_at),
                     int(series.anonymous), int(series.multiple), int(series.hidden), series.id,
                     utc_iso(occurrence), self.leases.owner, stamp, utc_iso(now + self.leases.lease)))
                row = inserted.fetchone()
                if row is not None:
                    made.append((series.team_id, row[0]))
        return made

    def claim_stale_posts(self, now: datetime, limit: int = 20) -> list[tuple[str, int, int]]:
        """Occurrences whose post was never recorded and whose lease ran out (its holder was
        killed, or its post failed), taken over by this owner: (workspace, poll id, claims before
        this one). Every workspace's; the taker looks for the post by its key before posting."""
        stamp = utc_iso(now)
        if not self.storage.query("SELECT 1 AS x FROM polls WHERE series_id IS NOT NULL AND message_ts IS NULL"
                                  " AND post_lease_until <= ? LIMIT 1 /* every workspace */", (stamp,)):
            return []     # a cheap read first, so an idle tick never takes the write lock
        with self.storage.transaction() as tx:
            rows = self.leases.claim(tx, POSTS, "series_id IS NOT NULL AND message_ts IS NULL", (), now, limit,
                                     sets="post_claimed_at = ?, post_attempts = post_attempts + 1",
                                     set_params=(stamp,))
        return [(row["team_id"] or "", row["id"], row["post_attempts"]) for row in rows]

    def posted(self, poll_id: int, channel: str, ts: str) -> bool:
        """Finish an occurrence's post lease, recording its message: by its holder only (a lease
        taken over meanwhile is left to the taker, which finds this post by its key)."""
        with self.storage.transaction() as tx:
            return tx.execute(
                "UPDATE polls SET channel_id = ?, message_ts = ?, post_claimed_by = NULL, post_lease_until = NULL"
                " WHERE id = ? AND team_id = ? AND message_ts IS NULL AND " + self.leases.holds(POSTS),
                (channel, ts, poll_id, current_team(), self.leases.owner)).rowcount == 1
