"""Each person's time zone from their Slack profile, so "tomorrow 9am" means their 9am.

Looked up with users.info and cached for a while (people rarely move zones, and reminders
ask often); any failure falls back to the configured default rather than failing the request.
"""

from __future__ import annotations

import logging
import threading
import time
from zoneinfo import ZoneInfo

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger("cyberbot.slack.zones")

CACHE_SECONDS = 6 * 3600


class SlackZones:
    def __init__(self, client: WebClient, default_zone: str, ttl_seconds: float = CACHE_SECONDS, clock=time.monotonic):
        self.client = client
        self.default_zone = default_zone
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[str, float]] = {}

    def zone_for(self, user_id: str) -> str:
        now = self._clock()
        with self._lock:
            hit = self._cache.get(user_id)
        if hit and now - hit[1] < self.ttl_seconds:
            return hit[0]
        zone = self._lookup(user_id)
        with self._lock:
            self._cache[user_id] = (zone, now)
        return zone

    def _lookup(self, user_id: str) -> str:
        try:
            zone = self.client.users_info(user=user_id)["user"].get("tz") or ""
            ZoneInfo(zone)
            return zone
        except (SlackApiError, KeyError, TypeError, ValueError) as exc:
            log.info("no usable time zone for %s (%s); using %s", user_id, type(exc).__name__, self.default_zone)
        except Exception as exc:  # noqa: BLE001 - network trouble must not fail a reminder
            log.warning("time zone lookup for %s failed (%s); using %s", user_id, exc, self.default_zone)
        return self.default_zone
