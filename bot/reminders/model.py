"""What a reminder is, independent of how it is stored or delivered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.core.times import When

MAX_ACTIVE_PER_PERSON = 100   # more than this is almost certainly a loop or a mistake
MAX_WHAT_CHARS = 1000         # a reminder is a nudge, not a document
EVENT_TYPE = "cyberbot_reminder"  # Slack message metadata type on every delivered reminder


@dataclass(frozen=True)
class Reminder:
    id: int
    owner: str                 # the person who set it; only they can list or cancel it
    target: str                # a user id (delivered by DM) or a channel id
    target_kind: str           # "user" | "channel"
    target_name: str | None    # the channel's name, for restating it
    what: str                  # plain text as the person typed it (escaped when shown)
    zone: str                  # the zone the time was understood in; recurrence follows it
    first_at: datetime         # anchor of the recurrence (the first occurrence)
    rule: str | None
    when_text: str
    next_at: datetime | None   # the next occurrence not yet claimed for delivery
    status: str                # active | fired | done | cancelled
    created_at: datetime
    source: str | None = None  # "deadline:<entry id>", "snooze:<id>"...
    team_id: str = ""          # its workspace's tenant key (bot.core.tenancy)

    @property
    def when(self) -> When:
        return When(first=self.first_at, rule=self.rule, zone=self.zone, text=self.when_text)

    @property
    def recurring(self) -> bool:
        return self.rule is not None

    @property
    def to_channel(self) -> bool:
        return self.target_kind == "channel"


@dataclass(frozen=True)
class NewReminder:
    """A reminder about to be stored (no id yet)."""

    owner: str
    target: str
    target_kind: str
    target_name: str | None
    what: str
    when: When
    source: str | None = None


@dataclass(frozen=True)
class Delivery:
    """One occurrence of a reminder, claimed for posting."""

    reminder: Reminder
    occurrence: datetime
    attempts: int
    late: bool
    first_claimed_at: datetime

    @property
    def key(self) -> str:
        """The metadata key that identifies this occurrence's message in Slack."""
        return f"{self.reminder.id}:{self.occurrence.strftime('%Y-%m-%dT%H:%M:%SZ')}"

    @property
    def maybe_posted(self) -> bool:
        """A retry: an earlier attempt may have reached Slack before it failed or died."""
        return self.attempts > 1
