"""Acknowledged channel reminders: who has clicked Done, and nudges (``until done``) for who has not.

A reminder posted to a channel carries one Done button for everyone: each click records that
person against that occurrence (``reminder_acks``, one row per person, so double clicks count
once) and the channel message is redrawn with "3 of 14 done" and who, at most once a second
however many click at once (the shared ``LiveUpdater``).

``until done`` on a channel reminder re-nudges by DM the channel's people who have not clicked
Done, every ``RENUDGE_EVERY`` after the post, at most ``DEFAULT_RENUDGES`` times (three, a day
apart), never anyone who has. Each round is claimed in ``reminder_renudges``, and its DMs queued in
``reminder_renudge_queue`` in the same transaction, so a restart or a second scheduler never
claims a round twice; the DMs go out paced like poll nudges (``NUDGE_PER_SECOND``), skipped for
anyone who has clicked Done meanwhile. Each queued DM is scheduled work on the one claim protocol
(``bot.core.leases``): taking it leases it to this replica (an owner and an expiry), so replicas
sharing a database send different DMs, and only its holder removes it, once it is sent or
skipped. Each DM carries an idempotency key (``renudge-<reminder>-<occurrence>-<round>-<person>``)
in its message metadata; a DM whose holder was killed is taken over once the lease runs out, and
the taker first looks for that key in the person's DM before sending, so nobody is nudged twice.
A DM Slack keeps refusing is dropped after ``MAX_DM_ATTEMPTS`` claims.

These tables hang off a reminder and are reached through it (``bot.core.tenancy``): rounds are
found across workspaces and each is worked on in its reminder's workspace; a queued DM is sent
in the workspace of the reminder it belongs to.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable

from bot.core import regexes
from bot.core.leases import DM_LEASE, Leased, Leases, MAX_DM_ATTEMPTS
from bot.core.members import MemberCache
from bot.core.messenger import idempotency_metadata
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
UNTIL_DONE = regexes.compile(r"(?:^|\s)until\s+(?:it(?:'s|\s+is)\s+)?done\b", re.IGNORECASE)

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
    # Queued `until done` DMs on the one claim protocol (bot.core.leases): a DM's lease has an
    # owner and an expiry, and counts its claims. Rows queued under the old scheme were never
    # taken (it removed a row before sending it), so they start unleased.
    Migration("reminders_acks", 3, """
        ALTER TABLE reminder_renudge_queue ADD COLUMN lease_owner TEXT;
        ALTER TABLE reminder_renudge_queue ADD COLUMN lease_until TEXT;
        ALTER TABLE reminder_renudge_queue ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    """),
)

RENUDGE_EVENT = "cyberbot_renudge"
RENUDGE_LEASE = DM_LEASE
RENUDGE_DMS = Leased("reminder_renudge_queue", ("reminder_id", "occurrence", "round", "recipient"),
                     owner="lease_owner", until="lease_until")


def renudge_key(reminder_id: int, occurrence: str, round_: int, recipient: str) -> str:
    """The idempotency key a re-nudge DM carries, by which a taker finds it after its holder died
    (the round is in it: each round is a DM of its own)."""
    return f"renudge-{reminder_id}-{occurrence}-{round_}-{recipient}"


@dataclass(frozen=True)
class QueuedRenudge:
    """A re-nudge DM this replica holds: its round, when that round was claimed (a taker looks for
    the DM from then on), and how many claims came before this one (more than none: taken over,
    so it may already have been sent)."""

    reminder_id: int
    occurrence: str
    round: int
    claimed_at: str
    attempts: int

    @property
    def taken_over(self) -> bool:
        return self.attempts > 0


def split_until_done(text: str) -> tuple[str, bool]:
    """ "#team until done tomorrow 9am file the return" -> the text without it, and True."""
    if not UNTIL_DONE.search(text):
        return text, False
    return " ".join(UNTIL_DONE.sub(" ", text).split()), True


class AckStore:
    def __init__(self, storage: Storage, now: Callable[[], datetime] | None = None, leases: Leases | None = None):
        self.storage = storage
        self.leases = leases or Leases(storage, lease=RENUDGE_LEASE)
        self._now = now or (lambda: datetime.now().astimezone())

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

    def take(self) -> tuple[QueuedRenudge, str, str] | None:
        """The next re-nudge DM, leased to this replica (one nobody holds, or whose holder's lease
        ran out): of two replicas reaching for the queue, each takes a different DM. Any
        workspace's: (the DM, recipient, the workspace of its reminder). The holder ``finish``es it."""
        def examine(tx, row):
            key = (row["reminder_id"], row["occurrence"], row["round"])
            reminder = tx.execute("SELECT team_id FROM reminders WHERE id = ? /* every workspace */",
                                  (row["reminder_id"],)).fetchone()
            if reminder is None or row["attempts"] >= MAX_DM_ATTEMPTS:
                if reminder is not None:
                    log.error("giving up on the `until done` nudge to %s for reminder %s after %s tries",
                              row["recipient"], row["reminder_id"], row["attempts"])
                return None
            claimed_round = tx.execute("SELECT claimed_at FROM reminder_renudges WHERE reminder_id = ?"
                                       " AND occurrence = ? AND round = ?", key).fetchone()
            held = QueuedRenudge(*key, claimed_round[0] if claimed_round else row["occurrence"], row["attempts"])
            return held, row["recipient"], reminder[0] or ""
        return self.leases.take_one(RENUDGE_DMS, self._now, examine)

    def finish(self, renudge: QueuedRenudge, recipient: str) -> None:
        """A DM sent (or skipped): off the queue, by its holder (one taken over meanwhile is left
        to the taker, which finds the DM by its key)."""
        self.storage.write("DELETE FROM reminder_renudge_queue WHERE reminder_id = ? AND occurrence = ? AND round = ?"
                           " AND recipient = ? AND " + self.leases.holds(RENUDGE_DMS),
                           (renudge.reminder_id, renudge.occurrence, renudge.round, recipient, self.leases.owner))

    def waiting(self) -> int:
        return self.storage.query("SELECT COUNT(*) AS n FROM reminder_renudge_queue")[0]["n"]

    def count_sent(self, renudge: QueuedRenudge) -> None:
        self.storage.execute("UPDATE reminder_renudges SET sent = sent + 1 WHERE reminder_id = ? AND occurrence = ?"
                             " AND round = ?", (renudge.reminder_id, renudge.occurrence, renudge.round))


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

    def _send_renudge(self, renudge: QueuedRenudge, person: str) -> bool:
        """One DM this replica holds (on the sender's thread), keyed so it is sent once: skipped for
        anyone who has clicked Done meanwhile; taken over from a holder that died, first looked for
        in their DM. A DM that fails stays leased and is taken over when that runs out."""
        reminder_id, occurrence, round_ = renudge.reminder_id, renudge.occurrence, renudge.round
        reminder = self.reminders.get(reminder_id)
        if reminder is None or reminder.status == "cancelled" or person in self.store.acked(reminder_id, occurrence):
            self.store.finish(renudge, person)
            return False
        key = renudge_key(reminder_id, occurrence, round_, person)
        if renudge.taken_over:     # its holder may have sent it before it died
            since = f"{(parse_utc(renudge.claimed_at) - timedelta(minutes=10)).timestamp():.6f}"
            if self.messenger.find_posted(person, RENUDGE_EVENT, key, since_ts=since) is not None:
                self.store.finish(renudge, person)
                return True          # sent by the holder before it died, never counted
        rounds = self.store.until_done(reminder_id)
        self.messenger.post(person, renudge_message(reminder, round_, rounds, f"<#{reminder.target}>"),
                            metadata=idempotency_metadata(RENUDGE_EVENT, key))
        self.store.finish(renudge, person)
        return True

    def close(self) -> None:
        self.updater.stop()
        self.sender.stop()
