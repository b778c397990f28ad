"""Where scheduled messages go: Slack in ``serve``, the terminal in ``chat``.

Reminders and polls post through a ``Messenger`` they are given, so the same scheduler code
delivers to Slack, to the console, or to a test's stand-in.
"""

from __future__ import annotations

import itertools
import sys
import threading
import uuid
from dataclasses import dataclass
from typing import Protocol, TextIO

from bot.core.replies import Reply, render_plain


# The metadata event type of a post that names no other (answers, shared replies...).
POST_EVENT = "cyberbot_post"


@dataclass(frozen=True)
class Posted:
    channel: str
    ts: str


class PostOutcomeUnknown(Exception):
    """Slack may or may not have stored a post: its answer was lost, and looking for the post
    by its idempotency key did not settle it. Posting again blindly could post it twice; the
    caller keeps what it made and reconciles later (``find_posted`` with the same key)."""


def idempotency_metadata(event_type: str = POST_EVENT, key: str | None = None, **payload) -> dict:
    """Slack message metadata carrying the key a post is found by after a lost answer."""
    return {"event_type": event_type, "event_payload": {"key": key or uuid.uuid4().hex, **payload}}


class Messenger(Protocol):
    def post(self, channel: str, reply: Reply, metadata: dict | None = None) -> Posted:
        """Post to a channel id, or to a person's DM when given a user id.

        Exactly once: ``metadata`` carries the post's idempotency key (one is made when none is
        given), and after a lost answer the messenger looks for that key before posting again.
        Raises ``PostOutcomeUnknown`` when it cannot tell whether the post was stored."""

    def update(self, channel: str, ts: str, reply: Reply) -> None:
        """Replace a message posted earlier (poll counts, closed polls)."""

    def find_posted(self, channel: str, event_type: str, key: str, since_ts: str | None = None,
                    thread_ts: str | None = None) -> Posted | None:
        """A message we posted earlier with this metadata key (in the thread ``thread_ts`` when
        given), if Slack has it (crash recovery, lost answers)."""

    def resolve_channel(self, name: str) -> str | None:
        """A channel id for a plain ``#name``, or None when there is no such channel."""

    def is_member(self, channel_id: str) -> bool:
        """Whether the bot can post in this channel."""

    def is_user_member(self, channel_id: str, user_id: str) -> bool:
        """Whether this person is a member of this channel (so may see what lives there).

        Must fail closed: when it cannot tell, the answer is False.
        """

    def channel_members(self, channel_id: str) -> list[str] | None:
        """The channel's people (no bots, no deactivated accounts); None when it cannot say."""

    def upload_file(self, channel: str, filename: str, content: bytes, title: str, alt_text: str,
                    thread_ts: str | None = None) -> None:
        """Share a file (a results chart) in a channel, after the text that describes it."""


class ConsoleMessenger:
    """Prints deliveries to the terminal, as the bot would post them."""

    def __init__(self, out: TextIO | None = None):
        self.out = out or sys.stdout
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        self.posted: list[tuple[str, Reply, dict | None]] = []
        self.uploads: list[tuple[str, str, bytes, str]] = []

    def post(self, channel: str, reply: Reply, metadata: dict | None = None) -> Posted:
        with self._lock:
            self.posted.append((channel, reply, metadata))
            where = "you" if channel.startswith(("U", "W")) or channel == "console" else f"#{channel}"
            self.out.write(f"\n[to {where}] {render_plain(reply)}\n")
            self.out.flush()
            return Posted(channel, f"{next(self._ts)}.000000")

    def update(self, channel: str, ts: str, reply: Reply) -> None:
        with self._lock:
            self.out.write(f"\n[updated] {render_plain(reply)}\n")
            self.out.flush()

    def find_posted(self, channel: str, event_type: str, key: str, since_ts: str | None = None,
                    thread_ts: str | None = None) -> Posted | None:
        with self._lock:
            for posted_channel, _reply, metadata in self.posted:
                if posted_channel == channel and metadata and metadata.get("event_type") == event_type \
                        and metadata.get("event_payload", {}).get("key") == key:
                    return Posted(channel, "0")
        return None

    def resolve_channel(self, name: str) -> str | None:
        return name.lstrip("#") or None

    def is_member(self, channel_id: str) -> bool:
        return True

    def is_user_member(self, channel_id: str, user_id: str) -> bool:
        """The console has one person, who is in every channel it knows."""
        return True

    def channel_members(self, channel_id: str) -> list[str] | None:
        return None   # the console has no channel members: turnout is left out

    def upload_file(self, channel: str, filename: str, content: bytes, title: str, alt_text: str,
                    thread_ts: str | None = None) -> None:
        with self._lock:
            self.uploads.append((channel, filename, content, title))
            self.out.write(f"\n[chart] {title} ({filename}, {len(content):,} bytes; "
                           "`cyberbot polls chart ID > chart.png` saves it)\n")
            self.out.flush()
