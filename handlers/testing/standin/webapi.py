"""Slack's Web API as a workspace's state: channels, members, messages and their metadata.

This is where Slack's rules live, so a bot tested against the stand-in meets them as it would
in production: a bot not in a channel gets ``not_in_channel``; ``conversations.history`` is
top-level messages (and thread broadcasts), newest first, with message ``metadata`` only when
asked for ``include_all_metadata`` (how the bot finds what it already posted); threads count
their replies; cursors page long lists; token types are checked per method.

Every method takes the call's parsed params and returns the JSON Slack would answer. The
workspace keeps no lock: the stand-in calls it under its ``Ledger``. Unknown channels, users
and messages are treated leniently (synthesised, or an echoed ``ok``) unless ``strict``.

``conversations.members`` answers from real membership state: a channel added with
``members=[...]`` (or ``is_private=True``, which starts empty) has exactly those people
(``join``/``leave`` change it); any other channel has everyone the stand-in knows
(``add_user``) or has seen act (``saw``, which the test harnesses call for each slash command,
click and event they send), plus the bot when it is a member.
"""

from __future__ import annotations

import base64
import collections
import json
import secrets
import threading
import time
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from handlers.testing.standin.httpd import as_int
from handlers.testing.standin.payloads import _random_id, _rich_text_blocks
from handlers.testing.standin.validation import view_problems


def _ts_key(ts: Any) -> Decimal:
    try:
        return Decimal(str(ts))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


class Workspace:
    """One workspace's channels, users and messages, and the Web API methods over them."""

    def __init__(
        self,
        bot_user_id: str = "UBOT",
        team_id: str = "T1",
        *,
        bot_id: str = "B1",
        app_id: str = "A1",
        bot_name: str = "cyberbot",
        team_name: str = "Cyber Test",
        team_domain: str = "cyberbot-test",
        strict: bool = False,
        clock: Any = None,
        connections_open: Callable[[], str] | None = None,
    ):
        self.bot_user_id = bot_user_id
        self.team_id = team_id
        self.bot_id = bot_id
        self.app_id = app_id
        self.bot_name = bot_name
        self.team_name = team_name
        self.team_domain = team_domain
        self.strict = strict
        self.scopes: list[str] | None = None   # the token's scopes, sent as X-OAuth-Scopes when set
        self.clock = clock
        self.connections_open = connections_open  # a fresh Socket Mode URL, for apps.connections.open
        self._ts_lock = threading.Lock()
        self._last_ts_us = 0
        self._messages: dict[str, list[dict]] = collections.defaultdict(list)
        self._channels: dict[str, dict] = {}
        self._users: dict[str, dict] = {}
        # Surfaces: open modals by view id, each user's published Home, trigger ids already used
        self.views: dict[str, dict] = {}
        self.homes: dict[str, dict] = {}
        self._used_triggers: set[str] = set()
        self._members: dict[str, set[str]] = {}   # channels with an explicit member list
        self._seen_users: set[str] = set()        # people who have acted somewhere (the harness says)
        # files_upload_v2: each upload URL handed out, the bytes that arrived, and where it was shared
        self.uploads: dict[str, dict] = {}
        self.upload_base = ""                     # "http://127.0.0.1:PORT/upload/", set when serving

    def new_ts(self) -> str:
        """The next message timestamp: from ``clock`` (real time by default), strictly increasing.

        ``clock`` may be a callable returning epoch seconds, or an object whose
        ``now()`` returns an aware datetime (like bot.clock.SettableClock).
        """
        if self.clock is None:
            now = time.time()
        elif hasattr(self.clock, "now"):
            now = self.clock.now().timestamp()
        else:
            now = float(self.clock())
        with self._ts_lock:
            us = max(int(now * 1_000_000), self._last_ts_us + 1)
            self._last_ts_us = us
        return f"{us // 1_000_000}.{us % 1_000_000:06d}"

    # ------------------------------------------------------------ configuration

    def add_channel(self, id: str, name: str, is_member: bool = True, *, is_private: bool = False,  # noqa: A002
                    members: Iterable[str] | None = None) -> dict:
        """A channel; ``members`` (people, not the bot) makes its membership explicit, and a
        private channel's membership is always explicit (empty unless given)."""
        channel = self._channel_dict(id, name, is_member=is_member, is_private=is_private)
        self._channels[id] = channel
        if members is not None or is_private:
            self._members[id] = set(members or ())
        return dict(channel)

    def join(self, channel: str, *users: str) -> None:
        """People join a channel (its membership becomes explicit if it was not)."""
        self._members.setdefault(channel, set()).update(users)

    def leave(self, channel: str, *users: str) -> None:
        self._members.setdefault(channel, set()).difference_update(users)

    def saw(self, *users: str) -> None:
        """People who act in the workspace: members of every channel without an explicit list."""
        self._seen_users.update(u for u in users if u)

    def knows_channel(self, channel: str) -> bool:
        """A channel added to this workspace (by id or #name), as opposed to one synthesised."""
        return self._resolve_channel(channel) in self._channels

    def members_of(self, channel: str) -> list[str] | None:
        """Who is in a channel, as conversations.members answers; None for no such channel."""
        ch = self._lookup_channel(channel)
        if ch is None:
            return None
        if ch.get("is_im"):
            return sorted({ch.get("user") or "", self.bot_user_id} - {""})
        cid = ch["id"]
        people = set(self._members[cid]) if cid in self._members else set(self._users) | self._seen_users
        if ch.get("is_member") is not False:
            people.add(self.bot_user_id)
        return sorted(people)

    def add_user(self, id: str, name: str, tz: str = "Europe/London", **profile: Any) -> dict:  # noqa: A002
        """A member; ``profile`` keywords: ``real_name``, ``email``, ``is_bot``, ``is_admin``, ``deleted``."""
        user = self._user_dict(id, name, tz, **profile)
        self._users[id] = user
        return dict(user)

    def add_message(
        self,
        channel: str,
        text: str,
        *,
        user: str = "U1",
        ts: str | None = None,
        thread_ts: str | None = None,
        blocks: list | None = None,
        metadata: dict | None = None,
    ) -> str:
        """Seed a message (as if a person wrote it) so conversations.history can return it."""
        ts = ts or self.new_ts()
        message = {
            "type": "message",
            "user": user,
            "text": text,
            "ts": ts,
            "team": self.team_id,
            "blocks": blocks if blocks is not None else _rich_text_blocks(text),
        }
        if metadata is not None:
            message["metadata"] = metadata
        self._store_message(self._resolve_channel(channel), message, thread_ts)
        return ts

    def messages(self, channel: str) -> list[dict]:
        """Messages stored for a channel, oldest first, as Slack would show them with metadata."""
        return [self._public(m, include_metadata=True) for m in self._messages.get(self._resolve_channel(channel), [])]

    def forget_activity(self) -> None:
        """Forget messages, open modals, published Homes and used triggers (channels and users stay)."""
        self._messages.clear()
        self.views.clear()
        self.homes.clear()
        self._used_triggers.clear()

    # ------------------------------------------------------------ answering a call

    def answer(self, method: str, params: dict, token: str | None) -> dict:
        """What Slack answers a call to ``method`` made with ``token``."""
        if not token:
            return {"ok": False, "error": "not_authed"}
        if method == "apps.connections.open":
            if not token.startswith("xapp-"):
                return {"ok": False, "error": "not_allowed_token_type"}
        elif token.startswith("xapp-"):
            return {"ok": False, "error": "not_allowed_token_type"}
        elif not token.startswith(("xoxb-", "xoxp-", "xoxa-", "xoxe")):
            return {"ok": False, "error": "invalid_auth"}
        handler = self._API.get(method)
        if handler is None:
            return {"ok": True}
        return handler(self, params)

    # ------------------------------------------------------------ internals: model

    def _resolve_channel(self, channel: str) -> str:
        channel = str(channel or "")
        if channel.startswith("#"):
            for cid, ch in self._channels.items():
                if ch.get("name") == channel[1:]:
                    return cid
            return channel
        if channel[:1] in ("U", "W"):
            return "D" + channel[1:]
        return channel

    def _channel_dict(self, id: str, name: str, *, is_member: bool, is_private: bool = False) -> dict:  # noqa: A002
        return {
            "id": id,
            "name": name,
            "is_channel": not is_private,
            "is_group": is_private,
            "is_im": False,
            "is_mpim": False,
            "is_private": is_private,
            "created": 1700000000,
            "is_archived": False,
            "is_general": name == "general",
            "unlinked": 0,
            "name_normalized": name,
            "is_shared": False,
            "is_org_shared": False,
            "is_ext_shared": False,
            "is_pending_ext_shared": False,
            "is_member": is_member,
            "creator": "U0",
            "topic": {"value": "", "creator": "", "last_set": 0},
            "purpose": {"value": "", "creator": "", "last_set": 0},
            "num_members": 2,
        }

    def _lookup_channel(self, channel: str) -> dict | None:
        cid = self._resolve_channel(channel)
        if cid in self._channels:
            return self._channels[cid]
        if self.strict or not cid:
            return None
        if cid.startswith("D"):
            return {
                "id": cid,
                "created": 1700000000,
                "is_im": True,
                "is_org_shared": False,
                "user": "U" + cid[1:],
                "is_user_deleted": False,
                "priority": 0,
            }
        return self._channel_dict(cid, cid.lower(), is_member=True)

    def _user_dict(
        self,
        id: str,  # noqa: A002
        name: str,
        tz: str,
        *,
        real_name: str | None = None,
        email: str | None = None,
        is_bot: bool = False,
        is_admin: bool = False,
        deleted: bool = False,
    ) -> dict:
        try:
            now = datetime.now(ZoneInfo(tz))
            tz_offset = int(now.utcoffset().total_seconds())
            tz_label = now.tzname() or tz
        except (ZoneInfoNotFoundError, ValueError):
            tz_offset, tz_label = 0, tz
        real_name = real_name or name.replace(".", " ").title()
        return {
            "id": id,
            "team_id": self.team_id,
            "name": name,
            "deleted": deleted,
            "color": "9f69e7",
            "real_name": real_name,
            "tz": tz,
            "tz_label": tz_label,
            "tz_offset": tz_offset,
            "profile": {
                "title": "",
                "phone": "",
                "skype": "",
                "real_name": real_name,
                "real_name_normalized": real_name,
                "display_name": name,
                "display_name_normalized": name,
                "email": email or f"{name}@example.gov.uk",
                "status_text": "",
                "status_emoji": "",
                "image_48": "https://example.invalid/avatar_48.png",
                "image_72": "https://example.invalid/avatar_72.png",
                "team": self.team_id,
            },
            "is_admin": is_admin,
            "is_owner": False,
            "is_primary_owner": False,
            "is_restricted": False,
            "is_ultra_restricted": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "updated": 1700000000,
            "is_email_confirmed": True,
        }

    def _lookup_user(self, user_id: str) -> dict | None:
        if user_id in self._users:
            return self._users[user_id]
        if user_id == self.bot_user_id:
            return self._user_dict(user_id, self.bot_name, "Europe/London", is_bot=True)
        if self.strict or not user_id:
            return None
        return self._user_dict(user_id, user_id.lower(), "Europe/London", real_name=f"User {user_id}")

    def _store_message(self, cid: str, message: dict, thread_ts: str | None, broadcast: bool = False) -> None:
        stored = self._messages[cid]
        if thread_ts:
            message["thread_ts"] = str(thread_ts)
            if broadcast:
                message["subtype"] = "thread_broadcast"
                message["_broadcast"] = True
            parent = self._find(cid, thread_ts)
            if parent is not None:
                parent["thread_ts"] = parent["ts"]
                parent["reply_count"] = parent.get("reply_count", 0) + 1
                parent["latest_reply"] = message["ts"]
                users = parent.setdefault("reply_users", [])
                who = message.get("user")
                if who and who not in users:
                    users.append(who)
                parent["reply_users_count"] = len(users)
        stored.append(message)
        stored.sort(key=lambda m: _ts_key(m["ts"]))

    def _find(self, cid: str, ts: Any) -> dict | None:
        for m in self._messages.get(cid, []):
            if m["ts"] == str(ts):
                return m
        return None

    @staticmethod
    def _public(message: dict, include_metadata: bool) -> dict:
        out = {k: v for k, v in message.items() if not k.startswith("_")}
        if not include_metadata:
            out.pop("metadata", None)
        return json.loads(json.dumps(out))  # a deep copy callers may keep

    def _bot_message(self, params: dict, ts: str) -> dict:
        text = params.get("text") or ""
        message = {
            "user": self.bot_user_id,
            "type": "message",
            "ts": ts,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "text": text,
            "team": self.team_id,
            "bot_profile": {
                "id": self.bot_id,
                "app_id": self.app_id,
                "name": self.bot_name,
                "deleted": False,
                "team_id": self.team_id,
            },
            "blocks": params.get("blocks") or [],
        }
        if params.get("attachments"):
            message["attachments"] = params["attachments"]
        metadata = params.get("metadata")
        if isinstance(metadata, dict) and metadata.get("event_type"):
            message["metadata"] = {
                "event_type": metadata["event_type"],
                "event_payload": metadata.get("event_payload") or {},
            }
        return message

    def _member_error(self, channel: str) -> dict | None:
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        ch = self._lookup_channel(channel)
        if ch is None:
            return {"ok": False, "error": "channel_not_found"}
        if ch.get("is_archived"):
            return {"ok": False, "error": "is_archived"}
        if not ch.get("is_im") and ch.get("is_member") is False:
            return {"ok": False, "error": "not_in_channel"}
        return None

    # ------------------------------------------------------------ Web API methods
    # Each takes the parsed params and returns the JSON answer. Run under the stand-in's lock.

    def _auth_test(self, params: dict) -> dict:
        return {
            "ok": True,
            "url": f"https://{self.team_domain}.slack.com/",
            "team": self.team_name,
            "user": self.bot_name,
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _chat_post_message(self, params: dict) -> dict:
        channel = str(params.get("channel") or "")
        error = self._member_error(channel)
        if error:
            return error
        if not (params.get("text") or params.get("blocks") or params.get("attachments")):
            return {"ok": False, "error": "no_text"}
        cid = self._resolve_channel(channel)
        thread_ts = params.get("thread_ts")
        if self.strict and thread_ts and self._find(cid, thread_ts) is None:
            return {"ok": False, "error": "thread_not_found"}
        ts = self.new_ts()
        message = self._bot_message(params, ts)
        self._store_message(cid, message, str(thread_ts) if thread_ts else None, _truthy(params.get("reply_broadcast")))
        return {"ok": True, "channel": cid, "ts": ts, "message": self._public(message, include_metadata=True)}

    def _chat_post_ephemeral(self, params: dict) -> dict:
        channel = str(params.get("channel") or "")
        error = self._member_error(channel)
        if error:
            return error
        if not params.get("user"):
            return {"ok": False, "error": "user_not_found"}
        if not (params.get("text") or params.get("blocks") or params.get("attachments")):
            return {"ok": False, "error": "no_text"}
        return {"ok": True, "message_ts": self.new_ts()}

    def _chat_update(self, params: dict) -> dict:
        cid = self._resolve_channel(str(params.get("channel") or ""))
        ts = str(params.get("ts") or "")
        if not cid or self._lookup_channel(cid) is None:
            return {"ok": False, "error": "channel_not_found"}
        message = self._find(cid, ts)
        if message is None:
            if self.strict:
                return {"ok": False, "error": "message_not_found"}
            message = self._bot_message(params, ts)  # echoed, not stored
        else:
            for key in ("text", "blocks", "attachments"):
                if key in params:
                    message[key] = params[key]
            metadata = params.get("metadata")
            if isinstance(metadata, dict) and metadata.get("event_type"):
                message["metadata"] = {
                    "event_type": metadata["event_type"],
                    "event_payload": metadata.get("event_payload") or {},
                }
            message["edited"] = {"user": self.bot_user_id, "ts": self.new_ts()}
        public = self._public(message, include_metadata=True)
        return {"ok": True, "channel": cid, "ts": ts, "text": message.get("text", ""), "message": public}

    def _chat_delete(self, params: dict) -> dict:
        cid = self._resolve_channel(str(params.get("channel") or ""))
        ts = str(params.get("ts") or "")
        message = self._find(cid, ts)
        if message is None:
            if self.strict:
                return {"ok": False, "error": "message_not_found"}
        else:
            self._messages[cid].remove(message)
        return {"ok": True, "channel": cid, "ts": ts}

    def _chat_get_permalink(self, params: dict) -> dict:
        cid = self._resolve_channel(str(params.get("channel") or ""))
        ts = str(params.get("message_ts") or "")
        if not cid or not ts:
            return {"ok": False, "error": "message_not_found" if cid else "channel_not_found"}
        message = self._find(cid, ts)
        if message is None and self.strict:
            return {"ok": False, "error": "message_not_found"}
        link = f"https://{self.team_domain}.slack.com/archives/{cid}/p{ts.replace('.', '')}"
        if message is not None and message.get("thread_ts") and message["thread_ts"] != ts:
            link += f"?thread_ts={message['thread_ts']}&cid={cid}"
        return {"ok": True, "channel": cid, "permalink": link}

    def _page(self, items: list, params: dict, default_limit: int = 100) -> tuple[list, str]:
        limit = max(1, min(as_int(params.get("limit"), default_limit) or default_limit, 1000))
        start = 0
        cursor = params.get("cursor")
        if cursor:
            try:
                start = int(base64.b64decode(str(cursor)).decode().split(":", 1)[1])
            except (ValueError, IndexError):
                start = 0
        page = items[start : start + limit]
        more = start + limit < len(items)
        next_cursor = base64.b64encode(f"next:{start + limit}".encode()).decode() if more else ""
        return page, next_cursor

    def _conversations_history(self, params: dict) -> dict:
        channel = str(params.get("channel") or "")
        error = self._member_error(channel)
        if error:
            return error
        cid = self._resolve_channel(channel)
        inclusive = _truthy(params.get("inclusive"))
        oldest = _ts_key(params.get("oldest") or "0")
        latest = _ts_key(params["latest"]) if params.get("latest") else None
        with_metadata = _truthy(params.get("include_all_metadata"))

        def wanted(m: dict) -> bool:
            if m.get("thread_ts") and m["thread_ts"] != m["ts"] and not m.get("_broadcast"):
                return False
            key = _ts_key(m["ts"])
            if key < oldest or (key == oldest and not inclusive):
                return False
            if latest is not None and (key > latest or (key == latest and not inclusive)):
                return False
            return True

        matching = [m for m in reversed(self._messages.get(cid, [])) if wanted(m)]
        page, next_cursor = self._page(matching, params)
        return {
            "ok": True,
            "messages": [self._public(m, with_metadata) for m in page],
            "has_more": bool(next_cursor),
            "pin_count": 0,
            "channel_actions_ts": None,
            "channel_actions_count": 0,
            "response_metadata": {"next_cursor": next_cursor},
        }

    def _conversations_replies(self, params: dict) -> dict:
        channel = str(params.get("channel") or "")
        error = self._member_error(channel)
        if error:
            return error
        cid = self._resolve_channel(channel)
        ts = str(params.get("ts") or "")
        parent = self._find(cid, ts)
        if parent is None and self.strict:
            return {"ok": False, "error": "thread_not_found"}
        # Leniently, a thread whose parent was never seeded (a person's message the bot only
        # heard about in an event) is there, with whatever replies it has.
        root = (parent.get("thread_ts") or parent["ts"]) if parent is not None else ts
        thread = [m for m in self._messages.get(cid, []) if m["ts"] == root or m.get("thread_ts") == root]
        with_metadata = _truthy(params.get("include_all_metadata"))
        page, next_cursor = self._page(thread, params, default_limit=1000)
        return {
            "ok": True,
            "messages": [self._public(m, with_metadata) for m in page],
            "has_more": bool(next_cursor),
            "response_metadata": {"next_cursor": next_cursor},
        }

    def _conversations_info(self, params: dict) -> dict:
        ch = self._lookup_channel(str(params.get("channel") or ""))
        if ch is None:
            return {"ok": False, "error": "channel_not_found"}
        return {"ok": True, "channel": dict(ch)}

    def _conversations_list(self, params: dict) -> dict:
        types = str(params.get("types") or "public_channel").split(",")
        exclude_archived = _truthy(params.get("exclude_archived"))
        channels = []
        for ch in self._channels.values():
            kind = "private_channel" if ch.get("is_private") else "public_channel"
            if kind not in types or (exclude_archived and ch.get("is_archived")):
                continue
            channels.append(dict(ch))
        page, next_cursor = self._page(channels, params)
        return {"ok": True, "channels": page, "response_metadata": {"next_cursor": next_cursor}}

    def _conversations_members(self, params: dict) -> dict:
        ch = self._lookup_channel(str(params.get("channel") or ""))
        if ch is None or (ch.get("is_private") and ch.get("is_member") is False):
            return {"ok": False, "error": "channel_not_found"}   # Slack hides private channels the bot is not in
        members = self.members_of(ch["id"]) or []
        page, next_cursor = self._page(members, params)
        return {"ok": True, "members": page, "response_metadata": {"next_cursor": next_cursor}}

    def _conversations_open(self, params: dict) -> dict:
        users = params.get("users") or ""
        if isinstance(users, list):
            users = ",".join(users)
        first = str(users).split(",")[0].strip()
        if not first and params.get("channel"):
            return {"ok": True, "channel": {"id": str(params["channel"])}}
        if not first:
            return {"ok": False, "error": "users_list_not_supplied"}
        return {"ok": True, "no_op": True, "already_open": True, "channel": {"id": "D" + first[1:]}}

    def _conversations_join(self, params: dict) -> dict:
        cid = self._resolve_channel(str(params.get("channel") or ""))
        ch = self._lookup_channel(cid)
        if ch is None:
            return {"ok": False, "error": "channel_not_found"}
        ch = dict(ch, is_member=True)
        self._channels[cid] = ch
        return {"ok": True, "channel": dict(ch)}

    def _users_info(self, params: dict) -> dict:
        user = self._lookup_user(str(params.get("user") or ""))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": json.loads(json.dumps(user))}

    def _users_list(self, params: dict) -> dict:
        members = [json.loads(json.dumps(u)) for u in self._users.values()]
        page, next_cursor = self._page(members, params, default_limit=200)
        return {"ok": True, "members": page, "cache_ts": int(time.time()), "response_metadata": {"next_cursor": next_cursor}}

    def _apps_connections_open(self, params: dict) -> dict:
        if self.connections_open is None:
            return {"ok": False, "error": "not_allowed_token_type"}
        return {"ok": True, "url": self.connections_open()}

    # ------------------------------------------------------------ views (modals, App Home)

    def _checked_view(self, view: Any, kind: str) -> tuple[dict | None, dict | None]:
        """The view as a dict, or Slack's error: it must parse, validate, and keep Slack's limits."""
        if isinstance(view, str):
            try:
                view = json.loads(view)
            except ValueError:
                return None, {"ok": False, "error": "invalid_arguments"}
        if not isinstance(view, dict):
            return None, {"ok": False, "error": "invalid_arguments"}
        problems = view_problems(view)
        if view.get("type") != kind:
            problems.append(f"view type must be {kind}")
        if problems:
            return None, {"ok": False, "error": "invalid_arguments", "response_metadata": {"messages": problems}}
        return view, None

    def _stored_view(self, view: dict, user: str | None, view_id: str | None = None) -> dict:
        view_id = view_id or _random_id("V", 10)
        stored = dict(view, id=view_id, team_id=self.team_id, app_id=self.app_id, bot_id=self.bot_id,
                      hash=f"{int(time.time())}.{secrets.token_hex(4)}", state={"values": {}},
                      root_view_id=view_id, previous_view_id=None, user=user)
        stored.setdefault("private_metadata", "")
        stored.setdefault("callback_id", "")
        stored.setdefault("external_id", "")
        return stored

    def _views_open(self, params: dict) -> dict:
        trigger = str(params.get("trigger_id") or "")
        if not trigger:
            return {"ok": False, "error": "invalid_arguments",
                    "response_metadata": {"messages": ["[ERROR] missing required field: trigger_id"]}}
        if trigger in self._used_triggers:
            return {"ok": False, "error": "trigger_exchanged"}
        view, error = self._checked_view(params.get("view"), "modal")
        if error:
            return error
        self._used_triggers.add(trigger)
        stored = self._stored_view(view, None)
        self.views[stored["id"]] = stored
        return {"ok": True, "view": stored}

    def _views_push(self, params: dict) -> dict:
        return self._views_open(params)

    def _views_update(self, params: dict) -> dict:
        view_id = str(params.get("view_id") or "")
        if not view_id and params.get("external_id"):
            view_id = next((v["id"] for v in self.views.values() if v.get("external_id") == params["external_id"]), "")
        if view_id not in self.views:
            return {"ok": False, "error": "not_found"}
        if params.get("hash") and params["hash"] != self.views[view_id]["hash"]:
            return {"ok": False, "error": "hash_conflict"}
        view, error = self._checked_view(params.get("view"), "modal")
        if error:
            return error
        stored = self._stored_view(view, None, view_id)
        self.views[view_id] = stored
        return {"ok": True, "view": stored}

    def _views_publish(self, params: dict) -> dict:
        user = str(params.get("user_id") or "")
        if not user:
            return {"ok": False, "error": "invalid_arguments"}
        if self.strict and self._lookup_user(user) is None:
            return {"ok": False, "error": "user_not_found"}
        view, error = self._checked_view(params.get("view"), "home")
        if error:
            return error
        stored = self._stored_view(view, user)
        self.homes[user] = stored
        return {"ok": True, "view": stored}

    def _files_get_upload_url_external(self, params: dict) -> dict:
        filename, length = params.get("filename"), as_int(params.get("length"), -1)
        if not filename or length < 0:
            return {"ok": False, "error": "invalid_arguments"}
        file_id = _random_id("F")
        self.uploads[file_id] = {"filename": filename, "length": length, "alt_txt": params.get("alt_txt"),
                                 "data": None, "completed": False}
        return {"ok": True, "upload_url": f"{self.upload_base}{file_id}", "file_id": file_id}

    def receive_upload(self, file_id: str, body: bytes) -> bool:
        """The upload POST to the URL files.getUploadURLExternal gave out; False for an unknown URL."""
        upload = self.uploads.get(file_id)
        if upload is None:
            return False
        upload["data"] = body
        return True

    def _files_complete_upload_external(self, params: dict) -> dict:
        files = params.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        if not files:
            return {"ok": False, "error": "invalid_arguments"}
        done = []
        for item in files:
            upload = self.uploads.get(item.get("id"))
            if upload is None or upload["data"] is None or len(upload["data"]) != upload["length"]:
                return {"ok": False, "error": "file_not_found" if upload is None else "file_upload_not_complete"}
            upload.update(completed=True, title=item.get("title"), channel=params.get("channel_id"),
                          thread_ts=params.get("thread_ts"), initial_comment=params.get("initial_comment"))
            done.append({"id": item["id"], "title": item.get("title"), "name": upload["filename"]})
        return {"ok": True, "files": done}

    _API: dict[str, Callable[["Workspace", dict], dict]] = {
        "views.open": _views_open,
        "views.push": _views_push,
        "views.update": _views_update,
        "views.publish": _views_publish,
        "auth.test": _auth_test,
        "chat.postMessage": _chat_post_message,
        "chat.postEphemeral": _chat_post_ephemeral,
        "chat.update": _chat_update,
        "chat.delete": _chat_delete,
        "chat.getPermalink": _chat_get_permalink,
        "conversations.history": _conversations_history,
        "conversations.replies": _conversations_replies,
        "conversations.info": _conversations_info,
        "conversations.list": _conversations_list,
        "conversations.open": _conversations_open,
        "conversations.members": _conversations_members,
        "conversations.join": _conversations_join,
        "users.info": _users_info,
        "files.getUploadURLExternal": _files_get_upload_url_external,
        "files.completeUploadExternal": _files_complete_upload_external,
        "users.list": _users_list,
        "apps.connections.open": _apps_connections_open,
    }
