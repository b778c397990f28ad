"""Clocks passed into everything that cares about time.

Reminders and polls are tested by moving a clock forward rather than by sleeping, so nothing
in the core calls ``datetime.now()`` directly: it asks the clock it was given.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone


class SystemClock:
    """The real time, always timezone-aware UTC."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class SettableClock:
    """A clock the tests move by hand; thread-safe so a scheduler thread can read it."""

    def __init__(self, start: datetime | None = None):
        start = start or datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
        if start.tzinfo is None:
            raise ValueError("SettableClock needs a timezone-aware start time")
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("SettableClock.set needs a timezone-aware time")
        with self._lock:
            self._now = when

    def advance(self, **delta: float) -> datetime:
        with self._lock:
            self._now = self._now + timedelta(**delta)
            return self._now
