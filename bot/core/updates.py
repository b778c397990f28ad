"""Coalescing message updates: at most one ``chat.update`` per message per second.

Polls (votes) and channel reminders (people clicking Done) both redraw a message many people
click on; the key is any orderable id (a poll id, a reminder occurrence).

A burst of 100 clicks must not become 100 updates (Slack rate-limits ``chat.update`` to about
one a second per message). A click only marks its poll as behind; one background thread pushes
the newest state of each marked poll once its interval has passed since the previous push
finished. Because every push renders from the database at the moment it is made, the last
push always shows the last vote, however many were coalesced.

The interval is measured on the bot's clock, so tests move a settable clock instead of waiting.
A push runs in the context of the latest ``mark`` for its key, so it serves the same workspace
as the click that asked for it (``bot.core.tenancy``).
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from datetime import datetime, timedelta
from typing import Callable

log = logging.getLogger(__name__)

MIN_INTERVAL = timedelta(seconds=1)
_POLL_SECONDS = 0.1   # how often a waiting flusher looks at the clock again


class LiveUpdater:
    def __init__(self, clock, push: Callable[[int], None], interval: timedelta = MIN_INTERVAL):
        self.clock = clock
        self.push = push
        self.interval = interval
        self._cond = threading.Condition()
        self._pending: set[int] = set()
        self._contexts: dict = {}     # key -> the context of the latest mark (its workspace)
        self._last: dict[int, datetime] = {}
        self._busy = False
        self._stopping = False
        self._thread: threading.Thread | None = None

    def mark(self, poll_id: int) -> None:
        """This poll's message is behind; it will be pushed as soon as its interval allows."""
        with self._cond:
            if self._stopping:
                return
            self._pending.add(poll_id)
            self._contexts[poll_id] = contextvars.copy_context()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="cyberbot-poll-updates", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """True once nothing is waiting to be pushed (tests and shutdown use it)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._pending or self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(min(remaining, _POLL_SECONDS))
            return True

    def stop(self, timeout: float = 2.0) -> None:
        """Let a push under way finish, then stop the thread. Anything still waiting is found
        again after a restart: the database knows which messages are behind their votes."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _due(self, now: datetime) -> list[int]:
        return sorted(p for p in self._pending if p not in self._last or now - self._last[p] >= self.interval)

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    if self._stopping:
                        return
                    due = self._due(self.clock.now())
                    if due:
                        break
                    self._cond.wait(_POLL_SECONDS if self._pending else None)
                self._pending.difference_update(due)
                contexts = {key: self._contexts.pop(key, None) for key in due}
                self._busy = True
            for poll_id in due:
                started, timer = self.clock.now(), time.monotonic()
                try:
                    context = contexts.get(poll_id)
                    context.run(self.push, poll_id) if context is not None else self.push(poll_id)
                except Exception:  # noqa: BLE001 - one failed update must not stop the others
                    log.exception("could not update the message for poll %s", poll_id)
                # Counting the push's own (real) duration keeps a second between two updates
                # reaching Slack, however slow the first one was to get there.
                with self._cond:
                    self._last[poll_id] = started + timedelta(seconds=time.monotonic() - timer)
            with self._cond:
                self._busy = False
                self._cond.notify_all()
