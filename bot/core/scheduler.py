"""One in-process loop that runs due work (reminders, poll closes) every tick.

Jobs are plain callables taking the current time; the loop asks the clock, so tests call
``tick()`` after moving a settable clock instead of waiting. A failing job is logged and the
loop carries on: one bad reminder must never stop the others.

A storage fault (disk full, read-only, the file gone, a long lock) fails every job on every tick
until it is fixed; that is one episode, logged once when it starts and once when it ends, not a
traceback per tick that buries everything else in the log.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from bot.core.config import DEFAULT_TICK_SECONDS
from bot.core.storage import is_database_error

log = logging.getLogger(__name__)

Job = Callable[["datetime"], None]  # noqa: F821


class Scheduler:
    def __init__(self, clock, tick_seconds: float = DEFAULT_TICK_SECONDS):
        self.clock = clock
        self.tick_seconds = tick_seconds
        self._jobs: list[tuple[str, Job]] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.storage_fault: str | None = None   # what went wrong, while an episode lasts

    def add(self, name: str, job: Job) -> None:
        self._jobs.append((name, job))

    def tick(self) -> None:
        now = self.clock.now()
        fault: str | None = None
        for name, job in self._jobs:
            try:
                job(now)
            except Exception as exc:  # noqa: BLE001 - the loop must survive any one job
                if is_database_error(exc):
                    fault = fault or f"{name}: {exc}"
                else:
                    log.exception("scheduled job %s failed; will retry next tick", name)
        if fault and not self.storage_fault:
            log.error("scheduled work stopped by a storage fault (%s); retrying every tick, and I'll say "
                      "once when it works again", fault)
        elif self.storage_fault and not fault:
            log.warning("storage works again; scheduled work has resumed (the fault was: %s)", self.storage_fault)
        self.storage_fault = fault

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="cyberbot-scheduler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.tick()
            self._stop.wait(self.tick_seconds)

    def stop(self, timeout: float = 30.0) -> None:
        """Wait for a tick in progress to finish: closing the database under it would crash."""
        self._stop.set()
        if self._thread:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.error("scheduler tick still running after %.0f s; stopping anyway", timeout)
