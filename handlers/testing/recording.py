"""A messenger that keeps what the bot posted, for in-process tests.

Reminders, polls and the Slack listeners post through a ``Messenger``
(``bot.core.messenger``). In-process tests give the bot this one instead of Slack: it keeps
every post and update, so a story can look at what people in the channel would see, and it
can play Slack failing the ways that matter to delivery: refusing a post (a channel the bot
is not in, rate limits that never end), taking a post but losing the answer (the connection
dropped), or the process dying right after a post went out.

It answers ``find_posted`` from the metadata of what it kept, as Slack's history does, and
posts to a user id land in their DM (``U123`` becomes ``D123``), as ``conversations.open`` does.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from bot.core.messenger import Posted
from bot.core.replies import Reply
from handlers.slack_messenger import SlackDeliveryError

FIRST_TS = 1700000000


@dataclass
class Sent:
    """One post or update, as the channel has it."""

    channel: str
    ts: str
    reply: Reply
    metadata: dict | None = None
    thread_ts: str | None = None


class RecordingMessenger:
    """The channels as the bot sees them.

    ``channels`` maps ``#name`` to a channel id for ``resolve_channel`` (by default any name is
    its own id); ``member_of`` is the channels the bot is in (by default, every one); ``people``
    maps a channel to the people who may see what lives there (a channel not in it lets
    everyone); ``members`` is who ``channel_members`` lists for turnout and nudges (by default
    it cannot say, as the console cannot). Charts shared are kept in ``uploads``.
    """

    def __init__(self, channels: dict[str, str] | None = None, member_of: set[str] | None = None,
                 members: list[str] | None = None):
        self.posts: list[Sent] = []
        self.updates: list[Sent] = []
        self.uploads: list[tuple[str, str, bytes, str]] = []
        self.members = members
        self.channels = channels
        self.member_of = member_of
        self.people: dict[str, set[str]] = {}
        self.remembered: dict[str, str] = {}
        self._refusals: float = 0
        self._refusal = "not_in_channel"
        self._lost_answers: float = 0
        self._crashes: list[BaseException] = []
        self._lock = threading.Lock()

    # -- playing Slack's failures ---------------------------------------------------------------
    def refuse_posts(self, count: float = math.inf, error: str = "not_in_channel") -> None:
        """The next ``count`` posts are refused before anything is posted (every one by default;
        ``refuse_posts(0)`` ends it). Slack's ``error`` is the exception's ``code``."""
        with self._lock:
            self._refusals, self._refusal = count, error

    def lose_answers(self, count: float = math.inf) -> None:
        """The next ``count`` posts reach the channel, but the answer never comes back."""
        with self._lock:
            self._lost_answers = count

    def crash_after_posting(self, exception: BaseException) -> None:
        """The next post reaches the channel, then ``exception`` is raised (a process killed mid-work)."""
        with self._lock:
            self._crashes.append(exception)

    # -- the Messenger port ---------------------------------------------------------------------
    def post(self, channel: str, reply: Reply, metadata: dict | None = None, thread_ts: str | None = None,
             **_slack_options) -> Posted:
        with self._lock:
            if self._refusals:
                self._refusals -= 1
                raise SlackDeliveryError(self._refusal, "chat.postMessage")
            sent = Sent(channel, f"{FIRST_TS + len(self.posts) + 1}.000100", reply, metadata, thread_ts)
            self.posts.append(sent)
            if self._lost_answers:
                self._lost_answers -= 1
                raise TimeoutError("the post reached Slack but the answer never came back")
            if self._crashes:
                raise self._crashes.pop(0)
        where = "D" + channel[1:] if channel[:1] in ("U", "W") else channel
        return Posted(where, sent.ts)

    def update(self, channel: str, ts: str, reply: Reply) -> None:
        with self._lock:
            self.updates.append(Sent(channel, ts, reply))

    def find_posted(self, channel: str, event_type: str, key: str, since_ts: str | None = None,
                    thread_ts: str | None = None) -> Posted | None:
        with self._lock:
            for sent in self.posts:
                meta = sent.metadata or {}
                if sent.channel == channel and meta.get("event_type") == event_type \
                        and (meta.get("event_payload") or {}).get("key") == key \
                        and (thread_ts is None or sent.thread_ts == thread_ts):
                    return Posted(channel, sent.ts)
        return None

    def resolve_channel(self, name: str) -> str | None:
        name = name.lstrip("#").lower()
        if name in self.remembered:
            return self.remembered[name]
        if self.channels is None:
            return name or None
        return self.channels.get(name)

    def is_member(self, channel_id: str) -> bool:
        return self.member_of is None or channel_id in self.member_of

    def is_user_member(self, channel_id: str, user_id: str) -> bool:
        """Everyone is in every channel, except channels given a member list in ``people``."""
        return user_id in self.people[channel_id] if channel_id in self.people else True

    def channel_members(self, channel_id: str) -> list[str] | None:
        return list(self.members) if self.members is not None else None

    def upload_file(self, channel: str, filename: str, content: bytes, title: str, alt_text: str,
                    thread_ts: str | None = None) -> None:
        with self._lock:
            self.uploads.append((channel, filename, content, title))

    def remember_channel(self, channel_id: str, name: str | None) -> None:
        """What the Slack listeners learn from payloads (``<#C123|name>``)."""
        if channel_id and name:
            with self._lock:
                self.remembered[name.lstrip("#").lower()] = channel_id

    # -- what people see ------------------------------------------------------------------------
    def keys(self) -> list[str]:
        """The idempotency keys of every post that carried one, in order."""
        return [s.metadata["event_payload"]["key"] for s in self.posts if s.metadata]

    def current(self, ts: str) -> Reply:
        """A message as the channel shows it now: the post, or its latest update."""
        [post] = [s for s in self.posts if s.ts == ts]
        updates = [u for u in self.updates if u.ts == ts]
        return updates[-1].reply if updates else post.reply

    def clear(self) -> None:
        with self._lock:
            self.posts.clear()
            self.updates.clear()
