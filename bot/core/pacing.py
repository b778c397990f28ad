"""Sending many DMs at a steady pace: poll nudges and `until done` reminders.

A queue in the database holds who is still to be messaged; one thread per queue takes the next
row and sends it (both queues lease it, ``bot.core.leases``: its holder removes it once sent, and
a DM taken over from a holder that died is first looked for by its key), at most
``NUDGE_PER_SECOND``: 240 a minute, inside the several hundred a minute Slack lets an app post in
a workspace, and one DM per person, so never more than one a second into any one conversation.
slack-sdk's retry handler waits out a 429 as well. A restart leaves the queue where it was; the
scheduler's tick wakes the sender again. A queue row may name its workspace (a third part of
what ``take()`` gives): the DM is then sent serving that workspace (``bot.core.tenancy``).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from bot.core.tenancy import acting_for

log = logging.getLogger(__name__)

NUDGE_PER_SECOND = 4.0


class PacedSender:
    """Drains a queue (``take()`` and ``count_sent(key)``) on its own thread, at a steady pace."""

    def __init__(self, store, send: Callable[[object, str], bool], per_second: float = NUDGE_PER_SECOND):
        self.store = store                # take() -> (key, user id) | None; count_sent(key)
        self.send = send                  # (key, user id) -> whether a DM went out
        self.per_second = per_second
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.sent_at: list[float] = []    # monotonic times of DMs sent, for the benchmark's rate

    def wake(self) -> None:
        with self._lock:
            if self._stop.is_set() or (self._thread is not None and self._thread.is_alive()):
                return
            self._thread = threading.Thread(target=self._run, name="cyberbot-nudges", daemon=True)
            self._thread.start()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                running = self._thread is not None and self._thread.is_alive()
            if not running:
                return True
            time.sleep(0.02)
        return False

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        gap = 1.0 / self.per_second
        next_at = time.monotonic()
        while not self._stop.is_set():
            wait = next_at - time.monotonic()
            if wait > 0 and self._stop.wait(wait):
                return          # stopping: what is still queued is sent after the restart
            item = self.store.take()
            if item is None:
                return
            key, user, *where = item
            try:
                with acting_for(where[0] if where else None):
                    sent = self.send(key, user)
                if sent:
                    self.store.count_sent(key)
                    self.sent_at.append(time.monotonic())
                    next_at = max(next_at + gap, time.monotonic())
            except Exception:  # noqa: BLE001 - one failed DM must not stop the rest
                log.exception("could not send a paced message (%s)", key)
                next_at = max(next_at + gap, time.monotonic())
