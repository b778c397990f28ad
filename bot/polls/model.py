"""What a poll is, independent of where it is stored or shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Kind = Literal["poll", "pulse"]
Status = Literal["open", "closed"]

MIN_OPTIONS = 2
MAX_OPTIONS = 10
MAX_OPTION_CHARS = 75      # Slack's limit for a button's text
MAX_QUESTION_CHARS = 300
MAX_POLLS_PER_PERSON_PER_HOUR = 20   # more is a script or a stuck key, never a council lead
MAX_OPEN_POLLS_PER_CHANNEL = 25      # more open at once and nobody can follow them

PULSE_SCALE = ("1 · not at all", "2", "3", "4", "5 · fully")
PULSE_ENDS = ("not at all", "fully")


@dataclass(frozen=True)
class Option:
    index: int           # 0-based position; people see index + 1
    text: str

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass
class Poll:
    id: int
    kind: Kind
    question: str
    options: tuple[Option, ...]
    creator_id: str
    channel_id: str
    zone: str                        # the creator's zone: closing times are shown in it
    created_at: datetime
    closes_at: datetime | None = None
    anonymous: bool = False
    multiple: bool = False
    hidden: bool = False
    status: Status = "open"
    closed_at: datetime | None = None
    closed_by: str | None = None     # a user id, or "schedule"
    message_ts: str | None = None
    version: int = 0                 # bumped by every vote and by closing: the message is behind when shown < version
    question_key: str = ""           # the question normalised, to find the same pulse asked before
    series_id: int | None = None     # set when this poll is one occurrence of a recurring series
    team_id: str = ""                # its workspace's tenant key (bot.core.tenancy)

    @property
    def is_pulse(self) -> bool:
        return self.kind == "pulse"

    def is_open_at(self, now: datetime) -> bool:
        """A poll past its closing time takes no more votes, even before the scheduler runs."""
        return self.status == "open" and (self.closes_at is None or now < self.closes_at)

    def counts_visible(self) -> bool:
        return not self.hidden or self.status == "closed"


@dataclass(frozen=True)
class Tally:
    """Who chose what. ``voters`` is empty for anonymous polls: nobody may see it."""

    counts: tuple[int, ...]
    voter_count: int
    voters: tuple[tuple[str, ...], ...] = ()

    def percent(self, index: int) -> int:
        """Share of the people who voted; in ``multiple`` polls the shares can add up to more than 100."""
        if not self.voter_count:
            return 0
        return round(100 * self.counts[index] / self.voter_count)

    def mean(self) -> float | None:
        """The average of a 1 to 5 pulse (option index 0 is a score of 1)."""
        total = sum(self.counts)
        if not total:
            return None
        return sum((i + 1) * c for i, c in enumerate(self.counts)) / total


@dataclass(frozen=True)
class Trend:
    """How a pulse moved since the same question was last asked in the channel."""

    previous_mean: float
    previous_at: datetime
    change: float


@dataclass(frozen=True)
class VoteOutcome:
    kind: Literal["added", "moved", "kept", "removed", "closed", "missing", "bad_option"]
    poll: Poll | None = None
    option: Option | None = None
    previous: tuple[Option, ...] = field(default_factory=tuple)
