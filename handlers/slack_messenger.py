"""Scheduled deliveries (reminders, polls) posted to Slack through the Web API.

Implements ``bot.core.messenger.Messenger`` on a slack_sdk ``WebClient``. The client is passed
in, so tests point it at the stand-in Slack and the retry handlers configured in
``handlers.app`` apply to every call made here.

Every post is made exactly once, even when Slack stores it and the answer is lost (the
connection reset, a 5xx, a timeout): each post carries an idempotency key in its message
metadata, the client never resends a post by itself, and after a lost answer ``post`` looks
for the key in the channel's history (or the thread's replies) before it posts again. If even
that cannot settle it, ``SlackPostUnknown`` says so, and the caller reconciles later.
"""

from __future__ import annotations

import http.client
import logging
import re
import threading
import time
from urllib.error import URLError
from concurrent.futures import ThreadPoolExecutor

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.core.messenger import Posted, PostOutcomeUnknown, idempotency_metadata
from bot.core.replies import Reply
from handlers.block_kit import message

log = logging.getLogger("cyberbot.slack.messenger")

CHANNEL_CACHE_SECONDS = 600
MEMBERS_CACHE_SECONDS = 60.0   # someone removed from a channel may still act there for up to this long
MEMBERS_PAGE = 1000
MEMBERS_PAGES = 100
HISTORY_PAGE = 200
HISTORY_PAGES = 10
POST_TRIES = 2            # a post whose answer was lost, and not found by its key, is sent once more
LOOK_BACK_SECONDS = 600   # how far back a lost post is looked for (covers clock skew with Slack)
PERSON_CACHE_SECONDS = 86400     # whether a member is a person, not a bot, rarely changes
USERS_INFO_WORKERS = 8
SLACKBOT = "USLACKBOT"
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]+$")
_USER_ID = re.compile(r"^[UW][A-Z0-9]+$")


class SlackDeliveryError(RuntimeError):
    """Slack refused a post or update; ``code`` is Slack's error (e.g. ``not_in_channel``)."""

    def __init__(self, code: str, method: str):
        super().__init__(f"Slack {method} failed: {code}")
        self.code = code
        self.method = method


class SlackPostUnknown(SlackDeliveryError, PostOutcomeUnknown):
    """The answer to a post was lost and the post could not be found or ruled out."""

    def __init__(self, method: str, why: str):
        super().__init__("outcome_unknown", method)
        self.why = why


class _Unanswered(Exception):
    """A post went out but no answer came back: Slack may have stored it."""


class SlackMessenger:
    def __init__(self, client: WebClient, clock=time.monotonic):
        self.client = client
        self._clock = clock
        self._lock = threading.Lock()
        self._dm_channels: dict[str, str] = {}
        self._channel_ids: dict[str, str] = {}
        self._channels_loaded_at: float | None = None
        # channel -> (when the fetch started, its members); a lock per channel so a burst of
        # clicks in one channel makes one conversations.members call, not one each
        self._members: dict[str, tuple[float, frozenset[str]]] = {}
        self._member_locks: dict[str, threading.Lock] = {}
        self._people: dict[str, tuple[float, bool]] = {}   # user id -> (checked at, is a person)

    # -- where to post ---------------------------------------------------------------------
    def channel_for(self, channel_or_user: str) -> str:
        """A channel id; a user id becomes their DM with the bot (opened once, then cached)."""
        if not _USER_ID.match(channel_or_user or ""):
            return channel_or_user
        with self._lock:
            cached = self._dm_channels.get(channel_or_user)
        if cached:
            return cached
        response = self._call("conversations.open", self.client.conversations_open, users=channel_or_user)
        channel = response["channel"]["id"]
        with self._lock:
            self._dm_channels[channel_or_user] = channel
        return channel

    def remember_channel(self, channel_id: str, name: str | None) -> None:
        """Learn a channel's name from a payload (``<#C123|name>``) so resolving it needs no API call."""
        if channel_id and name:
            with self._lock:
                self._channel_ids[name.lstrip("#").lower()] = channel_id

    # -- Messenger protocol -----------------------------------------------------------------
    def post(self, channel: str, reply: Reply, metadata: dict | None = None, thread_ts: str | None = None,
             shareable: bool = False) -> Posted:
        target = self._known_channel(channel)
        metadata = metadata or idempotency_metadata()
        kwargs = dict(message(reply, shareable), channel=target, unfurl_links=False, unfurl_media=False,
                      metadata=metadata)
        if thread_ts:
            kwargs["thread_ts"] = thread_ts
        since = f"{time.time() - LOOK_BACK_SECONDS:.6f}"
        tries = 0
        while True:
            tries += 1
            try:
                response = self._post_once(kwargs)
                break
            except SlackApiError as exc:
                code = exc.response.get("error", "unknown_error")
                if code != "invalid_blocks" or "blocks" not in kwargs:
                    raise SlackDeliveryError(code, "chat.postMessage") from None
                # Never lose the words because Slack disliked a block: send the plain text.
                log.warning("Slack rejected blocks (%s); posting text only", exc.response.get("errors"))
                kwargs.pop("blocks")
                tries -= 1
            except _Unanswered as lost:
                key = metadata["event_payload"]["key"]
                log.warning("chat.postMessage in %s got no answer (%s); looking for post %s before sending it again",
                            target, lost, key)
                try:
                    found = self.find_posted(target, metadata["event_type"], key, since, thread_ts=thread_ts)
                except Exception as exc:  # noqa: BLE001 - without history we cannot tell
                    raise SlackPostUnknown("chat.postMessage", f"{lost}; looking failed: {exc}") from None
                if found is not None:
                    log.info("post %s was stored after all (ts %s)", key, found.ts)
                    return found
                if tries >= POST_TRIES:
                    raise SlackPostUnknown("chat.postMessage", str(lost)) from None
        if target != response["channel"] and _USER_ID.match(target):
            with self._lock:
                self._dm_channels[target] = response["channel"]
        return Posted(response["channel"], response["ts"])

    def _post_once(self, kwargs: dict):
        """One chat.postMessage. ``_Unanswered`` when it went out and no answer came back; a
        ``SlackDeliveryError`` when it certainly was not stored (Slack refused it, or it never left)."""
        try:
            # What ``chat_postMessage`` sends, without its walk of every block looking for
            # slack-sdk's block classes: ours are plain dicts with no None values already.
            return self.client.api_call("chat.postMessage", json=kwargs)
        except SlackApiError as exc:
            if exc.response.status_code >= 500:
                raise _Unanswered(f"HTTP {exc.response.status_code}") from None
            raise
        except URLError as exc:          # refused, or broken while sending: it never arrived
            raise SlackDeliveryError(f"unreachable:{type(exc.reason).__name__}", "chat.postMessage") from None
        except (OSError, http.client.HTTPException) as exc:   # reset, closed, timed out after sending
            raise _Unanswered(type(exc).__name__) from None

    def _known_channel(self, channel_or_user: str) -> str:
        """Slack posts to a user id in the bot's DM with them, so a first DM needs no
        conversations.open; the DM's channel id comes back with the post and is kept."""
        with self._lock:
            return self._dm_channels.get(channel_or_user, channel_or_user)

    def update(self, channel: str, ts: str, reply: Reply) -> None:
        self._call("chat.update", self.client.chat_update, channel=self.channel_for(channel), ts=ts,
                   **message(reply))

    def find_posted(self, channel: str, event_type: str, key: str, since_ts: str | None = None,
                    thread_ts: str | None = None) -> Posted | None:
        target = self.channel_for(channel)
        cursor = None
        for _ in range(HISTORY_PAGES):
            kwargs = dict(channel=target, include_all_metadata=True, limit=HISTORY_PAGE)
            if since_ts:
                kwargs["oldest"] = since_ts
                kwargs["inclusive"] = True
            if cursor:
                kwargs["cursor"] = cursor
            if thread_ts:
                response = self._call("conversations.replies", self.client.conversations_replies, ts=thread_ts,
                                      **kwargs)
            else:
                response = self._call("conversations.history", self.client.conversations_history, **kwargs)
            for item in response.get("messages") or []:
                meta = item.get("metadata") or {}
                if meta.get("event_type") == event_type and (meta.get("event_payload") or {}).get("key") == key:
                    return Posted(target, item["ts"])
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
        return None

    def resolve_channel(self, name: str) -> str | None:
        typed = (name or "").strip().lstrip("#")
        wanted = typed.lower()
        if not wanted:
            return None
        found = self._cached_channel(wanted)
        if found:
            return found
        if self._channel_list_stale(force_after=5.0):
            self._load_channels()
            found = self._cached_channel(wanted)
            if found:
                return found
        # "<#C123|>" (Slack leaves the name out for some channels) arrives here as "#C123".
        return typed if _CHANNEL_ID.match(typed) else None

    def is_member(self, channel_id: str) -> bool:
        try:
            channel = self.client.conversations_info(channel=self.channel_for(channel_id))["channel"]
        except SlackApiError as exc:
            log.info("conversations.info %s failed: %s", channel_id, exc.response.get("error"))
            return False
        return bool(channel.get("is_im") or channel.get("is_member"))

    def is_user_member(self, channel_id: str, user_id: str) -> bool:
        """Whether ``user_id`` is in the channel, from conversations.members.

        A yes is remembered for ``MEMBERS_CACHE_SECONDS``; a no is only believed from a list
        fetched after the question was asked, so someone who has just joined is let in at once.
        Errors propagate: the caller refuses when it cannot tell.
        """
        if not channel_id or not user_id:
            return False
        if _USER_ID.match(channel_id):          # a reminder or DM addressed to a person
            return channel_id == user_id
        asked = self._clock()
        with self._lock:
            cached = self._members.get(channel_id)
            lock = self._member_locks.setdefault(channel_id, threading.Lock())
        if cached and asked - cached[0] < MEMBERS_CACHE_SECONDS and user_id in cached[1]:
            return True
        with lock:
            with self._lock:
                cached = self._members.get(channel_id)
            if cached and cached[0] >= asked:    # someone else fetched it while we waited
                return user_id in cached[1]
            started = self._clock()
            members = self._fetch_members(channel_id)
            with self._lock:
                self._members[channel_id] = (started, members)
        return user_id in members

    def _fetch_members(self, channel_id: str) -> frozenset[str]:
        members: set[str] = set()
        cursor = None
        for _ in range(MEMBERS_PAGES):
            kwargs = dict(channel=channel_id, limit=MEMBERS_PAGE)
            if cursor:
                kwargs["cursor"] = cursor
            response = self._call("conversations.members", self.client.conversations_members, **kwargs)
            members.update(response.get("members") or [])
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
        return frozenset(members)
    def channel_members(self, channel_id: str) -> list[str] | None:
        """People in a channel: ``conversations.members`` (paged), with bots and deactivated
        accounts dropped after one ``users.info`` each (remembered for a day). The list fetched
        also refreshes the membership cache that ``is_user_member`` reads."""
        target = self.channel_for(channel_id)
        started = self._clock()
        fetched = self._fetch_members(target)
        with self._lock:
            self._members[target] = (started, fetched)
        members = sorted(fetched)
        now = self._clock()
        with self._lock:
            unknown = [m for m in members if m not in self._people or now - self._people[m][0] > PERSON_CACHE_SECONDS]
        if unknown:
            with ThreadPoolExecutor(max_workers=min(USERS_INFO_WORKERS, len(unknown))) as pool:
                found = list(pool.map(self._is_person, unknown))
            with self._lock:
                for user_id, person in zip(unknown, found):
                    if person is not None:
                        self._people[user_id] = (now, person)
        with self._lock:
            return [m for m in members if self._people.get(m, (0, True))[1]]

    def _is_person(self, user_id: str) -> bool | None:
        if user_id in (SLACKBOT, ""):
            return False
        try:
            user = self.client.users_info(user=user_id)["user"]
        except SlackApiError as exc:
            log.info("users.info %s failed: %s", user_id, exc.response.get("error"))
            return None
        return not (user.get("is_bot") or user.get("deleted") or user.get("is_app_user"))

    def upload_file(self, channel: str, filename: str, content: bytes, title: str, alt_text: str,
                    thread_ts: str | None = None) -> None:
        """``files_upload_v2``: files.getUploadURLExternal, the upload itself, files.completeUploadExternal."""
        try:
            self.client.files_upload_v2(channel=self.channel_for(channel), content=content, filename=filename,
                                        title=title, alt_txt=alt_text[:1000], thread_ts=thread_ts)
        except SlackApiError as exc:
            raise SlackDeliveryError(exc.response.get("error", "unknown_error"), "files.completeUploadExternal") \
                from None

    # -- internals ----------------------------------------------------------------------------
    def _cached_channel(self, name: str) -> str | None:
        if self._channel_list_stale(force_after=CHANNEL_CACHE_SECONDS):
            self._load_channels()
        with self._lock:
            return self._channel_ids.get(name)

    def _channel_list_stale(self, force_after: float) -> bool:
        with self._lock:
            loaded = self._channels_loaded_at
        return loaded is None or self._clock() - loaded > force_after

    def _load_channels(self) -> None:
        names: dict[str, str] = {}
        cursor = None
        try:
            while True:
                kwargs = dict(types="public_channel,private_channel", exclude_archived=True, limit=1000)
                if cursor:
                    kwargs["cursor"] = cursor
                response = self.client.conversations_list(**kwargs)
                for channel in response.get("channels") or []:
                    if channel.get("name") and channel.get("id"):
                        names[channel["name"].lower()] = channel["id"]
                cursor = (response.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    break
        except SlackApiError as exc:
            log.warning("conversations.list failed: %s", exc.response.get("error"))
        with self._lock:
            self._channel_ids.update(names)
            self._channels_loaded_at = self._clock()

    def _call(self, method: str, fn, **kwargs):
        try:
            return fn(**kwargs)
        except SlackApiError as exc:
            raise SlackDeliveryError(exc.response.get("error", "unknown_error"), method) from None

    def group_members(self, group_id: str) -> set[str]:
        """The user ids in a Slack user group (``usergroups.users.list``); empty when Slack says no."""
        try:
            response = self.client.usergroups_users_list(usergroup=group_id)
        except SlackApiError as exc:
            log.warning("usergroups.users.list %s failed: %s", group_id, exc.response.get("error"))
            return set()
        return {str(u) for u in response.get("users") or []}

    def user_for_email(self, email: str) -> str | None:
        """The Slack user with this email (``users.lookupByEmail``), for owners named by email."""
        try:
            response = self.client.users_lookupByEmail(email=email)
        except SlackApiError as exc:
            log.info("users.lookupByEmail failed: %s", exc.response.get("error"))
            return None
        return (response.get("user") or {}).get("id")
