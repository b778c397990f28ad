"""Posting due reminders: each occurrence exactly once, across restarts, crashes and two loops.

Every occurrence goes through three steps:

1. *Claim* (``ReminderStore.claim``, one SQLite write transaction): the occurrence becomes a
   ``pending`` row in ``reminder_deliveries`` owned by this scheduler loop, and the reminder's
   ``next_at`` moves on. The row's key is (reminder, occurrence), so two loops on the same
   database can never both claim it.
2. *Post* through the messenger, tagged with Slack message metadata
   ``{"event_type": "cyberbot_reminder", "event_payload": {"key": "<id>:<occurrence>"}}``.
3. *Record* the post's ``ts``: the row becomes ``posted``.

The one window where a post can be sent but not yet recorded is between steps 2 and 3: the
process is killed (or the machine stops) after Slack accepted the message but before the ``ts``
is written, or the post raised after Slack had in fact accepted it (a timeout, a dropped
connection). The row is then still ``pending``. It is closed like this: any attempt after the
first (``attempts > 1``) first asks the messenger for a message carrying that metadata key in
the target's history (``find_posted``, i.e. ``conversations.history`` with metadata) and, if
there is one, records it instead of posting again.

A claim is a lease (``bot.core.leases``): its owner renews it every second while it posts, and it
is taken over only once it has run out (``DEFAULT_LEASE``, ten seconds), i.e. from a loop that is gone:
killed, or on a replica that stopped. Any replica's next tick takes it over.

What remains: if Slack's history does not show a message that was in fact posted (history
lagging behind the post, or a missing ``*:history`` scope), a retry could repeat it; and a loop
frozen for longer than the lease (a suspended VM) can have its claim taken over while it still
means to post.

An occurrence missed while the bot was down is posted on start, marked late. For a recurring
reminder the missed occurrences are folded into that one late post (nobody wants five
"check the backups" messages at once), and the next occurrence is computed from now in the
reminder's local wall-clock time. A failed post is logged and retried on a later tick with
back-off; slack-sdk's retry handler already waits out 429s inside the messenger.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from datetime import datetime, timedelta

from bot.core import regexes
from bot.core.messenger import Messenger, Posted
from bot.core.tenancy import WorkspaceGone, acting_for
from bot.reminders.acks import ack_line
from bot.reminders.model import EVENT_TYPE, Delivery
from bot.reminders.store import ReminderStore
from bot.core.replies import Button, Buttons, Note, Reply, Text
from bot.core.text import escape_mrkdwn
from bot.core.times import format_moment

log = logging.getLogger("cyberbot.reminders")

BATCH = 250               # occurrences claimed per transaction
MAX_PER_TICK = 5000       # a tick hands back to the other jobs after this many...
TICK_BUDGET_SECONDS = 2.0  # ...or after this long (or one tick, if longer), so stopping is prompt
MAX_ATTEMPTS = 12         # then the occurrence is given up (and logged) rather than retried forever
MAX_BACKOFF_SECONDS = 3600
HEARTBEAT_SECONDS = 1.0
_SLACK_USER = regexes.compile(r"^[UW][A-Z0-9]+$")

DONE, SNOOZE_20, SNOOZE_60, TOMORROW = "reminder_done", "reminder_snooze_20", "reminder_snooze_60", "reminder_tomorrow"


def render_reminder(delivery: Delivery, acked: list[str] | None = None, members=None, until_done: int = 0) -> Reply:
    """The delivered message: the reminder, what kind it is, and its buttons. A channel reminder
    also says who has clicked Done ("3 of 14 done"), redrawn as people click."""
    reminder = delivery.reminder
    what = escape_mrkdwn(reminder.what)
    notes = []
    if reminder.to_channel and _SLACK_USER.match(reminder.owner):
        notes.append(f"Set by <@{reminder.owner}>")
    if delivery.late:
        notes.append(f"Sorry, this is late: it was due {format_moment(delivery.occurrence, reminder.zone)}, "
                     "while I was offline.")
    if reminder.recurring:
        notes.append(f"Repeats {escape_mrkdwn(reminder.when_text)} ({reminder.zone}). "
                     f"Stop it with `/cyber reminders cancel {reminder.id}`")
    else:
        notes.append(f"Reminder {reminder.id}")
    value = str(reminder.id)
    ticks = [Text(ack_line(acked or [], members))] if reminder.to_channel else []
    if reminder.to_channel and until_done:
        notes.append(f"Until done: I'll DM whoever hasn't clicked Done, once a day, up to {until_done} times")
    return Reply(
        text=f"Reminder: {what}",
        blocks=[
            Text(f"\u23f0 *Reminder:* {what}"),
            *ticks,
            Note(tuple(notes)),
            Buttons((
                Button("Done", DONE, value, style="primary", console_hint=f"/cyber reminders done {value}"),
                Button("Snooze 20 min", SNOOZE_20, value, console_hint=f"/cyber reminders snooze {value} 20m"),
                Button("Snooze 1 hour", SNOOZE_60, value, console_hint=f"/cyber reminders snooze {value} 1h"),
                Button("Tomorrow 9am", TOMORROW, value, console_hint=f"/cyber reminders snooze {value} tomorrow"),
            )),
        ],
        visibility="channel",
        kind="reminder",
        data={"reminder_id": reminder.id, "occurrence": delivery.occurrence.isoformat(), "late": delivery.late},
    )


def render_channel_update(reminder, occurrence, acked: list[str], members, until_done: int = 0) -> Reply:
    """A channel reminder redrawn after Done clicks."""
    return render_reminder(Delivery(reminder=reminder, occurrence=occurrence, attempts=1, late=False,
                                    first_claimed_at=occurrence), acked, members, until_done)


def metadata_for(delivery: Delivery) -> dict:
    return {"event_type": EVENT_TYPE, "event_payload": {"key": delivery.key}}


class ReminderDelivery:
    """The scheduler job: claim what is due, post it, record it."""

    def __init__(self, store: ReminderStore, messenger: Messenger, clock, tick_seconds: float,
                 workers: int = 16, messengers=None):
        self.store = store
        self.messenger = messenger
        # each workspace's messenger (bot.core.tenancy.WorkspaceMessengers); None: always ``messenger``
        self.messengers = messengers
        self.clock = clock
        self.late_after = timedelta(seconds=max(60.0, 2 * tick_seconds))
        self.tick_seconds = tick_seconds
        self.workers = workers
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self.until_done_for = None   # reminder id -> its `until done` rounds (set by the acks, if wired)

    def __call__(self, now: datetime) -> None:
        if not self.store.anything_to_claim(now):
            return
        handled, started = 0, time.monotonic()
        budget = max(TICK_BUDGET_SECONDS, self.tick_seconds)
        while handled < MAX_PER_TICK and time.monotonic() - started < budget:
            batch = self.store.claim(now, BATCH, self.late_after)
            if not batch:
                break
            self._deliver(batch)
            handled += len(batch)
            if len(batch) < BATCH:
                break
            now = self.clock.now()

    # -- posting ---------------------------------------------------------------------------------
    def _deliver(self, batch: list[Delivery]) -> None:
        if self.workers <= 1:
            last_beat = time.monotonic()
            for delivery in batch:
                self._settle([(delivery, *self._post_one(delivery))])
                if time.monotonic() - last_beat >= HEARTBEAT_SECONDS:
                    self.store.renew(self.clock.now())
                    last_beat = time.monotonic()
            return
        pool = self._executor()
        pending: dict[Future, Delivery] = {pool.submit(self._post_one, d): d for d in batch}
        last_beat = time.monotonic()
        while pending:
            done, _ = wait(pending, timeout=HEARTBEAT_SECONDS, return_when=FIRST_COMPLETED)
            self._settle([(pending.pop(future), *future.result()) for future in done])
            if pending and time.monotonic() - last_beat >= HEARTBEAT_SECONDS:
                self.store.renew(self.clock.now())
                last_beat = time.monotonic()

    def _messenger_for(self, delivery: Delivery) -> Messenger | None:
        if self.messengers is None:
            return self.messenger
        return self.messengers.serving(delivery.reminder.team_id, "reminders")

    def _post_one(self, delivery: Delivery) -> tuple[Posted | None, Exception | None]:
        """Runs on a worker thread, serving the reminder's workspace and posting through its
        messenger; Exceptions come back as values, anything else propagates."""
        messenger = self._messenger_for(delivery)
        if messenger is None:
            return None, WorkspaceGone(delivery.reminder.team_id)
        with acting_for(delivery.reminder.team_id):
            return self._post_with(messenger, delivery)

    def _post_with(self, messenger: Messenger, delivery: Delivery) -> tuple[Posted | None, Exception | None]:
        try:
            if delivery.maybe_posted:
                since = f"{(delivery.first_claimed_at - timedelta(minutes=2)).timestamp():.6f}"
                found = messenger.find_posted(delivery.reminder.target, EVENT_TYPE, delivery.key, since)
                if found is not None:
                    log.info("reminder %s occurrence %s was already posted (ts %s); recording it",
                             delivery.reminder.id, delivery.key, found.ts)
                    return found, None
            until_done = self.until_done_for(delivery.reminder.id) \
                if self.until_done_for is not None and delivery.reminder.to_channel else 0
            return messenger.post(delivery.reminder.target, render_reminder(delivery, until_done=until_done),
                                       metadata=metadata_for(delivery)), None
        except Exception as exc:  # noqa: BLE001
            return None, exc

    def _settle(self, results: list[tuple[Delivery, Posted | None, Exception | None]]) -> None:
        """Record what was posted (one transaction for the lot), and release what failed."""
        now = self.clock.now()
        posted = [(delivery, found) for delivery, found, _error in results if found is not None]
        if posted:
            self.store.record_posted(posted, now)
        for delivery, found, error in results:
            if found is not None:
                continue
            if isinstance(error, WorkspaceGone):
                # its workspace uninstalled the app: kept pending (not an attempt), for stop_team to end
                self.store.defer(delivery, now + timedelta(seconds=MAX_BACKOFF_SECONDS))
                continue
            give_up = delivery.attempts >= MAX_ATTEMPTS
            backoff = min(self.tick_seconds * 2 ** (delivery.attempts - 1), MAX_BACKOFF_SECONDS)
            log.error("could not post reminder %s (occurrence %s, attempt %d): %s%s", delivery.reminder.id,
                      delivery.key, delivery.attempts, error, "; giving up" if give_up else "; will retry")
            self.store.release(delivery, f"{type(error).__name__}: {error}",
                               now + timedelta(seconds=backoff), give_up)

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="cyberbot-reminder")
            return self._pool

    def close(self) -> None:
        with self._pool_lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
