"""Remembering which Slack deliveries we have handled, so a retry never answers twice.

Slack re-sends an event (same ``event_id``, with ``X-Slack-Retry-Num``) when it thinks we were
slow, and re-sends a Socket Mode envelope it saw no ack for. The first delivery claims the id
in ``seen_events`` inside one write transaction; every later one finds it taken, on whichever
replica it lands (the row's key is unique in the shared database).

In the terms of the claim protocol (``bot.core.leases``) this is a claim that never expires:
Slack re-sends only a delivery that was not acknowledged, and we acknowledge first, so a
delivery whose handler died has no later copy to hand over to; the id is kept for Slack's
retry window and then pruned.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.core.storage import Storage, StorageError, utc_iso

log = logging.getLogger("cyberbot.slack.dedupe")

KEEP_FOR = timedelta(days=2)


class SeenEvents:
    def __init__(self, storage: Storage, clock):
        self.storage = storage
        self.clock = clock

    def first_time(self, key: str | None) -> bool:
        """Claim ``key``; False when it was claimed before. Unknown keys always count as new."""
        if not key:
            return True
        try:
            # not flushed: a delivery id is no confirmation to anyone (see Storage.write)
            cursor = self.storage.write("INSERT INTO seen_events (event_id, at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                                        (str(key)[:200], utc_iso(self.clock.now())), flush=False)
            return cursor.rowcount == 1
        except StorageError as exc:
            # Answering twice is better than never answering.
            log.warning("could not record delivery %s (%s); handling it anyway", key, exc)
            return True

    def prune(self, now) -> None:
        """A scheduler job: ids older than Slack's retry window are no longer needed."""
        with self.storage.transaction() as tx:
            tx.execute("DELETE FROM seen_events WHERE at < ?", (utc_iso(now - KEEP_FOR),))
