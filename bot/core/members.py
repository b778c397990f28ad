"""Who is in a channel: its people (no bots, no deactivated accounts), for turnout and nudges.

Asks the messenger's ``channel_members`` (Slack: ``conversations.members`` and ``users.info``)
and keeps each channel's list for a few minutes, so a busy poll or reminder does not page
through a large channel on every redraw. A messenger that cannot list members (the console)
gives None, and callers simply leave turnout out.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Callable

log = logging.getLogger(__name__)

MEMBER_CACHE_SECONDS = 300.0  # how long a channel's member list is trusted


class MemberCache:
    """Each channel's human members, from the messenger, kept for a few minutes."""

    def __init__(self, messenger, seconds: float = MEMBER_CACHE_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.messenger = messenger
        self.seconds = seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, tuple[str, ...]]] = {}
        self._fetching: dict[str, threading.Lock] = {}

    def members(self, channel: str) -> tuple[str, ...] | None:
        """None when the messenger cannot list members (the console) or Slack refused."""
        lookup = getattr(self.messenger, "channel_members", None)
        if lookup is None or not channel:
            return None
        with self._lock:
            cached = self._cache.get(channel)
            fetching = self._fetching.setdefault(channel, threading.Lock())
        if cached and self._clock() - cached[0] < self.seconds:
            return cached[1]
        with fetching:                     # a burst of clicks makes one lookup, not one each
            with self._lock:
                cached = self._cache.get(channel)
            if cached and self._clock() - cached[0] < self.seconds:
                return cached[1]
            return self._fetch(lookup, channel)

    def _fetch(self, lookup, channel: str) -> tuple[str, ...] | None:
        try:
            found = lookup(channel)
        except Exception:  # noqa: BLE001 - turnout is a nicety: results still show without it
            log.warning("could not list the members of %s", channel, exc_info=True)
            return None
        if found is None:
            return None
        members = tuple(dict.fromkeys(found))
        with self._lock:
            self._cache[channel] = (self._clock(), members)
        return members

    def forget(self, channel: str) -> None:
        with self._lock:
            self._cache.pop(channel, None)
