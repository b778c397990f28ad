"""Acknowledged channel reminders: who has clicked Done, and nudges (``until done``) for who has not.

A reminder posted to a channel carries one Done button for everyone: each click records that
person against that occurrence (``reminder_acks``, one row per person, so double clicks count
once) and the channel message is redrawn with "3 of 14 done" and who, at most once a second
however many click at once (the shared ``LiveUpdater``).

``until done`` on a channel reminder re-nudges by DM the channel's people who have not clicked
Done, every ``RENUDGE_EVERY`` after the post, at most ``DEFAULT_RENUDGES`` times (three, a day
apart), never anyone who has. Each round is claimed in ``reminder_renudges``, and its DMs queued in
``reminder_renudge_queue`` in the same transaction, so a restart or a second scheduler never
sends a round twice; the DMs go out paced like poll nudges (``NUDGE_PER_SECOND``), each taken
off the queue before it is sent and skipped for anyone who has clicked Done meanwhile.

These tables hang off a reminder and are reached through it (``bot.core.tenancy``): rounds are
found across workspaces and each is worked on in its reminder's workspace; a queued DM is sent
in the workspace of the reminder it belongs to.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from bot.core.members import MemberCache
from bot.core.replies import Button, Buttons, Note, Reply, Text
from bot.core.storage import Migration, Storage, parse_utc, utc_iso
from bot.core.tenancy import acting_for, current_team
from bot.core.text import escape_mrkdwn
from bot.core.updates import LiveUpdater
from bot.core.pacing import PacedSender

log = logging.getLogger("cyberbot.reminders")

DEFAULT_RENUDGES = 3                  # `until done`: at most this many DMs to each person who has not
RENUDGE_EVERY = timedelta(hours=24)   # one round a day after the reminder was posted
MAX_NAMES = 30
UNTIL_DONE = re.compile(r"(?:^|\s)until\s+(?:it(?:'s|\s+is)\s+)?done\b", re.IGNORECASE)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "reminders_acks",    # sorts after "reminders", whose table it extends
        1,
        """
        ALTER TABLE reminders ADD COLUMN until_done INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE IF NOT EXISTS reminder_acks (
            reminder_id INTEGER NOT NULL,
            occurrence TEXT NOT NULL,
            user_id TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (reminder_id, occurrence, user_id)
        );
        CREATE TABLE IF NOT EXISTS reminder_renudges (
            reminder_id INTEGER NOT NULL,
            occurrence TEXT NOT NULL,
            round INTEGER NOT NULL,
            claimed_at TEXT NOT NULL,
            sent INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (reminder_id, occurrence, round)
        );
        """,
    ),
    Migration(
        "reminders_acks",
        2,
        """
        CREATE TABLE IF NOT EXISTS reminder_renudge_queue (
            reminder_id INTEGER NOT NULL,
            occurrence TEXT NOT NULL,
            round INTEGER NOT NULL,
            recipient TEXT NOT NULL,
            PRIMARY KEY (reminder_id, occurrence, round, recipient)
        );
        """,
    ),
    # Many workspaces (bot.core.tenancy): a reminder belongs to the workspace it was set in; its
    # deliveries, Done clicks and nudges are reached through it.
    Migration(
        "reminders_workspaces",   # sorts after "reminders" and "reminders_acks"
        1,
        """
        ALTER TABLE reminders ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
        CREATE INDEX IF NOT EXISTS reminders_team ON reminders (team_id, owner, status);
        """,
    ),
)


def split_until_done(text: str) -> tuple[str, bool]:
    """ "#team until done tomorrow 9am file the return" -> the text without it, and True."""
    if not UNTIL_DONE.search(text):
        return text, False
    return " ".join(UNTIL_DONE.sub(" ", text).split()), True


class AckStore:
    def __init__(self, storage: Storage):
        self.storage = storage

    def set_until_done(self, reminder_id: int, rounds: int) -> None:
        self.storage.execute("UPDATE reminders SET until_done = ? WHERE id = ? AND team_id = ?",
                             (rounds, reminder_id, current_team()))

    def until_done(self, reminder_id: int) -> int:
        rows = self.storage.query("SELECT until_done FROM reminders WHERE id = ? AND team_id = ?",
                                  (reminder_id, current_team()))
        return rows[0]["until_done"] if rows else 0

    def latest_posted(self, reminder_id: int) -> dict | None:
        rows = self.storage.query(
            "SELECT occurrence, posted_channel, posted_ts, posted_at FROM reminder_deliveries"
            " WHERE reminder_id = ? AND state = 'posted' ORDER BY occurrence DESC LIMIT 1", (reminder_id,))
        return rows[0] if rows else None

    def posted(self, reminder_id: int, occurrence: str) -> dict | None:
        rows = self.storage.query(
            "SELECT occurrence, posted_channel, posted_ts, posted_at FROM reminder_deliveries"
            " WHERE reminder_id = ? AND occurrence = ? AND state = 'posted'", (reminder_id, occurrence))
        return rows[0] if rows else None

    def ack(self, reminder_id: int, occurrence: str, user_id: str, now: datetime) -> bool:
        """True when this is the person's first Done on this occurrence."""
        with self.storage.transaction() as tx:
            return tx.execute(
                "INSERT INTO reminder_acks (reminder_id, occurrence, user_id, at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (reminder_id, occurrence, user_id) DO NOTHING RETURNING user_id",
                (reminder_id, occurrence, user_id, utc_iso(now))).fetchone() is not None

    def acked(self, reminder_id: int, occurrence: str) -> list[str]:
        return [r["user_id"] for r in self.storage.query(
            "SELECT user_id FROM reminder_acks WHERE reminder_id = ? AND occurrence = ? ORDER BY at, user_id",
            (reminder_id, occurrence))]

    def due_rounds(self, now: datetime, every: timedelta) -> list[tuple[str, int, str, int]]:
        """(workspace, reminder, occurrence, round) whose time has come and that nobody has claimed
        yet, in every workspace."""
        horizon = utc_iso(now - every * (DEFAULT_RENUDGES + 1) - every)
        rows = self.storage.query(
            "SELECT r.team_id, d.reminder_id, d.occurrence, d.posted_at, r.until_done FROM reminder_deliveries d"
            " JOIN reminders r ON r.id = d.reminder_id"
            " WHERE r.until_done > 0 AND r.target_kind = 'channel' AND r.status != 'cancelled'"
            " AND d.state = 'posted' AND d.posted_at >= ?", (horizon,))
        due = []
        for row in rows:
            posted_at = parse_utc(row["posted_at"])
            done = {r["round"] for r in self.storage.query(
                "SELECT round FROM reminder_renudges WHERE reminder_id = ? AND occurrence = ?",
                (row["reminder_id"], row["occurrence"]))}
            for round_ in range(1, row["until_done"] + 1):
                if round_ not in done and posted_at + every * round_ <= now:
                    due.append((row["team_id"], row["reminder_id"], row["occurrence"], round_))
                    break   # one round at a time: a bot down for days sends one catch-up round, not three
        return due

    def claim_round(self, reminder_id: int, occurrence: str, round_: int, now: datetime,
                    recipients: list[str] = ()) -> bool:
        """Claim a round (once, across restarts and replicas) and queue its DMs in the same transaction."""
        with self.storage.transaction() as tx:
            # claiming round N also settles every earlier round, so a late catch-up never repeats them
            for earlier in range(1, round_ + 1):
                inserted = tx.execute(
                    "INSERT INTO reminder_renudges (reminder_id, occurrence, round, claimed_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (reminder_id, occurrence, round) DO NOTHING RETURNING round",
                    (reminder_id, occurrence, earlier, utc_iso(now))).fetchone()
                if earlier == round_:
                    if inserted is not None and recipients:
                        tx.executemany("INSERT INTO reminder_renudge_queue (reminder_id, occurrence, round, recipient)"
                                       " VALUES (?, ?, ?, ?) ON CONFLICT (reminder_id, occurrence, round, recipient)"
                                       " DO NOTHING", [(reminder_id, occurrence, round_, r) for r in recipients])
                    return inserted is not None
        return False

    def take(self) -> tuple[tuple[int, str, int], str, str] | None:
        """The next re-nudge DM, removed from the queue first: sent at most once, never twice.
        Any workspace's: the third part is the workspace of the reminder it belongs to."""
        for _ in range(10):
            with self.storage.transaction() as tx:
                row = tx.execute("SELECT q.reminder_id, q.occurrence, q.round, q.recipient, r.team_id"
                                 " FROM reminder_renudge_queue q JOIN reminders r ON r.id = q.reminder_id"
                                 " ORDER BY q.reminder_id, q.occurrence, q.round, q.recipient LIMIT 1").fetchone()
                if row is None:
                    return None
                gone = tx.execute("DELETE FROM reminder_renudge_queue WHERE reminder_id = ? AND occurrence = ?"
                                  " AND round = ? AND recipient = ? RETURNING recipient", tuple(row[:4])).fetchone()
            if gone is not None:
                return (row[0], row[1], row[2]), row[3], row[4] or ""
        return None

    def waiting(self) -> int:
        return self.storage.query("SELECT COUNT(*) AS n FROM reminder_renudge_queue")[0]["n"]

    def count_sent(self, key: tuple[int, str, int]) -> None:
        self.storage.execute("UPDATE reminder_renudges SET sent = sent + 1 WHERE reminder_id = ? AND occurrence = ?"
                             " AND round = ?", key)


def ack_count(acked: list[str], members: tuple[str, ...] | None) -> tuple[str, list[str]]:
    """ "3 of 14 done" (or "3 done" when the channel cannot be listed), and whom to name."""
    if members is None:
        return f"{len(acked)} done", list(acked)
    inside = set(members)
    shown = [u for u in acked if u in inside]
    return f"{len(shown)} of {len(members)} done", shown


def ack_line(acked: list[str], members: tuple[str, ...] | None) -> str:
    """ "3 of 14 done: @a, @b, @c"."""
    head, shown = ack_count(acked, members)
    if not shown:
        return f"\u2610 {head}. Click *Done* when you have."
    names = ", ".join(f"<@{u}>" for u in shown[:MAX_NAMES])
    if len(shown) > MAX_NAMES:
        names += f" and {len(shown) - MAX_NAMES} more"
    return f"\u2611\ufe0f {head}: {names}"


def renudge_message(reminder, round_: int, rounds: int, channel_label: str) -> Reply:
    what = escape_mrkdwn(reminder.what)
    value = str(reminder.id)
    last = " This is the last nudge." if round_ >= rounds else ""
    return Reply(
        text=f"Reminder from {channel_label}: {what}",
        blocks=[
            Text(f"\u23f0 *Still to do:* {what}\nThis reminder in {channel_label} asks everyone to click *Done*, "
                 f"and you haven't yet.{last}"),
            Buttons((Button("Done", "reminder_done", value, style="primary",
                            console_hint=f"/cyber reminders done {value}"),)),
            Note((f"Nudge {round_} of {rounds} (`until done`), set by <@{reminder.owner}>"
                  if re.fullmatch(r"[UW][A-Z0-9]+", reminder.owner or "") else f"Nudge {round_} of {rounds}",)),
        ],
        visibility="channel", kind="reminder_renudge", data={"reminder_id": reminder.id, "round": round_},
    )


class Acks:
    """Done clicks on channel reminders, the coalesced redraw, and the `until done` rounds."""

    def __init__(self, store: AckStore, reminders, messenger, clock, render_delivery, every: timedelta = RENUDGE_EVERY,
                 messengers=None):
        self.messengers = messengers          # bot.core.tenancy.WorkspaceMessengers: is a workspace still there?
        self.store = store
        self.reminders = reminders            # the ReminderStore, to read reminders
        self.messenger = messenger
        self.clock = clock
        self.render_delivery = render_delivery  # (reminder, occurrence, acked, members, until_done) -> Reply
        self.every = every
        self.members = MemberCache(messenger)
        self.updater = LiveUpdater(clock, self._push)
        self.sender = PacedSender(store, self._send_renudge)   # paced like poll nudges

    def done(self, reminder, user_id: str) -> tuple[bool, str] | None:
        """Record ``user_id``'s Done on the latest posted occurrence; (first time?, "3 of 14 done")."""
        latest = self.store.latest_posted(reminder.id)
        if latest is None:
            return None
        first = self.store.ack(reminder.id, latest["occurrence"], user_id, self.clock.now())
        if first:
            self.updater.mark((reminder.id, latest["occurrence"]))
        acked = self.store.acked(reminder.id, latest["occurrence"])
        return first, ack_count(acked, self.members.members(reminder.target))[0]

    def _push(self, key: tuple[int, str]) -> None:
        reminder_id, occurrence = key
        reminder = self.reminders.get(reminder_id)
        posted = self.store.posted(reminder_id, occurrence)
        if reminder is None or posted is None or not posted["posted_ts"]:
            return
        reply = self.render_delivery(reminder, parse_utc(occurrence), self.store.acked(reminder_id, occurrence),
                                     self.members.members(reminder.target), self.store.until_done(reminder_id))
        self.messenger.update(posted["posted_channel"], posted["posted_ts"], reply)

    def __call__(self, now: datetime) -> None:
        """The scheduler's job: claim each `until done` round that has come due (once), queueing a
        DM for each of the channel's people who has not clicked Done; the sender paces them."""
        for team, reminder_id, occurrence, round_ in self.store.due_rounds(now, self.every):
            if self.messengers is not None and self.messengers.serving(team, "`until done` nudges") is None:
                continue     # its workspace uninstalled the app: not claimed, nothing lost
            with acting_for(team):
                self._round(reminder_id, occurrence, round_, now)
        if self.store.waiting():     # DMs left unsent by a restart
            self.sender.wake()

    def _round(self, reminder_id: int, occurrence: str, round_: int, now: datetime) -> None:
        reminder = self.reminders.get(reminder_id)
        if reminder is None:
            return
        self.members.forget(reminder.target)
        members = self.members.members(reminder.target)
        if members is None:      # not claimed: the next tick asks Slack again
            log.warning("could not list %s for `until done` on reminder %s", reminder.target, reminder_id)
            return
        acked = set(self.store.acked(reminder_id, occurrence))
        waiting = [person for person in members if person not in acked]
        if self.store.claim_round(reminder_id, occurrence, round_, now, waiting):
            self.sender.wake()

    def _send_renudge(self, key: tuple[int, str, int], person: str) -> bool:
        """One DM (on the sender's thread); skipped for anyone who has clicked Done meanwhile."""
        reminder_id, occurrence, round_ = key
        reminder = self.reminders.get(reminder_id)
        if reminder is None or reminder.status == "cancelled" or person in self.store.acked(reminder_id, occurrence):
            return False
        rounds = self.store.until_done(reminder_id)
        self.messenger.post(person, renudge_message(reminder, round_, rounds, f"<#{reminder.target}>"))
        return True

    def close(self) -> None:
        self.updater.stop()
        self.sender.stop()
