"""What Slack sends to a bot, built exactly as Slack sends it.

Tests and benchmarks talk to the bot the way Slack does: signed Events API callbacks, slash
command forms, ``block_actions`` clicks, ``view_submission`` and shortcut payloads, with the
fields Slack fills in (team, enterprise, trigger ids, response_urls). The builders here are the
one place those shapes are written down, so a change in what Slack sends is one change here.

``sign`` and ``signed_headers`` make Slack's v0 request signature; ``post_signed`` POSTs a
signed body to a bot's HTTP endpoint. Nothing here needs a running stand-in.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
import urllib.error
import urllib.request
import uuid
from typing import Any
from urllib.parse import urlencode

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
JSON_CONTENT_TYPE = "application/json"

# Where a response_url points when a builder was not given one: nothing listens
# there, so a bot that posts to it fails at once with "connection refused".
_UNSET_RESPONSE_URL = "http://127.0.0.1:1/response/not-configured"

_ts_lock = threading.Lock()
_last_ts_us = 0


def new_ts() -> str:
    """A Slack message timestamp ("1700000000.000100" style) from the real clock.

    Unique and strictly increasing across the process; the builders use it
    for event timestamps.  (The stand-in's own messages use ``StandinSlack.new_ts``.)
    """
    global _last_ts_us
    with _ts_lock:
        us = max(int(time.time() * 1_000_000), _last_ts_us + 1)
        _last_ts_us = us
    return f"{us // 1_000_000}.{us % 1_000_000:06d}"


def _random_id(prefix: str, length: int = 10) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return prefix + "".join(secrets.choice(alphabet) for _ in range(length))


def _trigger_id() -> str:
    return f"{secrets.randbelow(10**13)}.{secrets.randbelow(10**12)}.{secrets.token_hex(16)}"


def _user(user_id: str, team_id: str, user_name: str | None) -> dict:
    username = user_name or user_id.lower()
    return {"id": user_id, "username": username, "name": username, "team_id": team_id}


def _rich_text_blocks(text: str) -> list[dict]:
    return [
        {
            "type": "rich_text",
            "block_id": secrets.token_hex(3),
            "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
        }
    ]


# --------------------------------------------------------------------------
# what Slack sends to the bot
# --------------------------------------------------------------------------


def sign(body: bytes, secret: str, timestamp: int | None = None) -> dict:
    """Slack's request-signing headers for ``body`` (v0 HMAC-SHA256 of ``v0:{ts}:{body}``)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    ts = int(time.time()) if timestamp is None else int(timestamp)
    base = f"v0:{ts}:".encode() + body
    digest = hmac.new(secret.encode("utf-8"), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": f"v0={digest}"}


def event_callback(
    event: dict,
    event_id: str | None = None,
    team_id: str = "T1",
    *,
    api_app_id: str = "A1",
    bot_user_id: str = "UBOT",
    token: str = "verification-token",
) -> dict:
    """A full Events API envelope around ``event`` (what is POSTed, or carried by an events_api envelope)."""
    return {
        "token": token,
        "team_id": team_id,
        "context_team_id": team_id,
        "context_enterprise_id": None,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or _random_id("Ev", 10),
        "event_time": int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": "4-" + secrets.token_urlsafe(24),
    }


def url_verification(challenge: str | None = None, token: str = "verification-token") -> dict:
    """The handshake Slack POSTs when an Events API request URL is configured."""
    return {"token": token, "challenge": challenge or secrets.token_urlsafe(24), "type": "url_verification"}


def _said(kind: str, text: str, user: str, channel: str, ts: str | None, team: str) -> dict:
    """An event for something a person wrote, with the fields Slack fills in."""
    ts = ts or new_ts()
    return {
        "type": kind,
        "user": user,
        "text": text,
        "ts": ts,
        "client_msg_id": str(uuid.uuid4()),
        "team": team,
        "blocks": _rich_text_blocks(text),
        "channel": channel,
        "event_ts": ts,
    }


def app_mention(text: str, user: str = "U1", channel: str = "C1", ts: str | None = None, *, team: str = "T1") -> dict:
    """An ``app_mention`` event.  Slack's text always holds the mention, e.g. "<@UBOT> help"."""
    return _said("app_mention", text, user, channel, ts, team)


def dm_message(text: str, user: str = "U1", channel: str = "D1", ts: str | None = None, *, team: str = "T1") -> dict:
    """A ``message`` event in a direct message (``channel_type: im``)."""
    return dict(_said("message", text, user, channel, ts, team), channel_type="im")


def slash_command_payload(
    text: str,
    user_id: str = "U1",
    channel_id: str = "C1",
    response_url: str | None = None,
    command: str = "/cyber",
    trigger_id: str | None = None,
    *,
    team_id: str = "T1",
    team_domain: str = "cyberbot-test",
    channel_name: str | None = None,
    user_name: str | None = None,
    api_app_id: str = "A1",
    token: str = "verification-token",
    enterprise_id: str | None = None,
) -> dict:
    """The fields of a slash command, as Slack sends them (all strings).

    Pass ``response_url=standin.new_response_url()`` so the bot's replies are
    recorded; without one it points at a closed local port. ``enterprise_id``: typed in a
    workspace of that Enterprise Grid organisation, where the app is installed org-wide.
    """
    if channel_name is None:
        channel_name = "directmessage" if channel_id.startswith("D") else channel_id.lower()
    org = {"enterprise_id": enterprise_id, "enterprise_name": f"Org {enterprise_id}",
           "is_enterprise_install": "true"} if enterprise_id else {}
    return {
        "token": token,
        "team_id": team_id,
        "team_domain": team_domain,
        "channel_id": channel_id,
        "channel_name": channel_name,
        "user_id": user_id,
        "user_name": user_name or user_id.lower(),
        "command": command,
        "text": text,
        "api_app_id": api_app_id,
        "is_enterprise_install": "false",
        "response_url": response_url or _UNSET_RESPONSE_URL,
        "trigger_id": trigger_id or _trigger_id(),
        **org,
    }


def slash_command_form(text: str, *args: Any, **kwargs: Any) -> bytes:
    """A slash command as the application/x-www-form-urlencoded body Slack POSTs; the arguments
    are ``slash_command_payload``'s."""
    return urlencode(slash_command_payload(text, *args, **kwargs)).encode("utf-8")


def block_actions_payload(
    action_id: str,
    value: str,
    user_id: str = "U1",
    channel_id: str = "C1",
    message_ts: str | None = None,
    message: dict | None = None,
    response_url: str | None = None,
    block_id: str | None = None,
    *,
    team_id: str = "T1",
    team_domain: str = "cyberbot-test",
    user_name: str | None = None,
    channel_name: str | None = None,
    button_text: str = "Button",
    trigger_id: str | None = None,
    api_app_id: str = "A1",
    bot_user_id: str = "UBOT",
    bot_id: str = "B1",
    token: str = "verification-token",
) -> dict:
    """A ``block_actions`` payload for a button click (Socket Mode interactive payload)."""
    message_ts = message_ts or new_ts()
    block_id = block_id or secrets.token_urlsafe(4)
    action = {
        "action_id": action_id,
        "block_id": block_id,
        "text": {"type": "plain_text", "text": button_text, "emoji": True},
        "value": value,
        "type": "button",
        "action_ts": f"{time.time():.6f}",
    }
    if message is None:
        message = {
            "user": bot_user_id,
            "type": "message",
            "ts": message_ts,
            "bot_id": bot_id,
            "app_id": api_app_id,
            "text": "",
            "team": team_id,
            "blocks": [
                {
                    "type": "actions",
                    "block_id": block_id,
                    "elements": [
                        {
                            "type": "button",
                            "action_id": action_id,
                            "text": {"type": "plain_text", "text": button_text, "emoji": True},
                            "value": value,
                        }
                    ],
                }
            ],
        }
    return {
        "type": "block_actions",
        "user": _user(user_id, team_id, user_name),
        "api_app_id": api_app_id,
        "token": token,
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel_id, "is_ephemeral": False},
        "trigger_id": trigger_id or _trigger_id(),
        "team": {"id": team_id, "domain": team_domain},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel_id, "name": channel_name or ("directmessage" if channel_id.startswith("D") else channel_id.lower())},
        "message": message,
        "state": {"values": {}},
        "response_url": response_url or _UNSET_RESPONSE_URL,
        "actions": [action],
    }


def block_actions_form(action_id: str, value: str, *args: Any, **kwargs: Any) -> bytes:
    """A button click as the form body Slack POSTs (``payload=<json>``); the arguments are
    ``block_actions_payload``'s."""
    return interactive_form(block_actions_payload(action_id, value, *args, **kwargs))


def interactive_form(payload: dict) -> bytes:
    """Any interactive payload as the form body Slack POSTs: ``payload=<json>``."""
    return urlencode({"payload": json.dumps(payload)}).encode("utf-8")


def signed_headers(body: bytes | str, secret: str, content_type: str = JSON_CONTENT_TYPE,
                   timestamp: int | None = None) -> dict:
    """Every header Slack sends with ``body``: its content type and the request signature."""
    return {"Content-Type": content_type, **sign(body, secret, timestamp)}


def post_signed(
    url: str,
    body: bytes,
    secret: str,
    content_type: str,
    extra_headers: dict | None = None,
    timestamp: int | None = None,
    *,
    timeout: float = 10.0,
) -> tuple[int, str]:
    """POST ``body`` to the bot's HTTP endpoint signed as Slack would; returns (status, body text)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    headers = {**signed_headers(body, secret, content_type, timestamp), **(extra_headers or {})}
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - local test URL
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


# --------------------------------------------------------------------------
# more of what Slack sends: shortcuts, modal submissions, the Home tab, rate limits
# --------------------------------------------------------------------------

def shortcut_payload(callback_id: str, user_id: str = "U1", *, team_id: str = "T1", trigger_id: str | None = None,
                     api_app_id: str = "A1", token: str = "verification-token") -> dict:
    """A global shortcut (from the ⚡ menu or the search bar): no channel, a trigger for a modal."""
    return {"type": "shortcut", "token": token, "action_ts": f"{time.time():.6f}",
            "team": {"id": team_id, "domain": "cyberbot-test"}, "user": _user(user_id, team_id, None),
            "is_enterprise_install": False, "enterprise": None, "api_app_id": api_app_id,
            "callback_id": callback_id, "trigger_id": trigger_id or _trigger_id()}


def message_action_payload(callback_id: str, text: str, user_id: str = "U1", channel_id: str = "C1",
                           message_ts: str | None = None, response_url: str | None = None, *,
                           author: str = "U2", team_id: str = "T1", trigger_id: str | None = None,
                           channel_name: str | None = None, api_app_id: str = "A1",
                           token: str = "verification-token") -> dict:
    """A message shortcut (a message's ⋮ menu), with the message it was used on."""
    ts = message_ts or new_ts()
    return {"type": "message_action", "token": token, "action_ts": f"{time.time():.6f}",
            "team": {"id": team_id, "domain": "cyberbot-test"}, "user": _user(user_id, team_id, None),
            "channel": {"id": channel_id, "name": channel_name or channel_id.lower()},
            "is_enterprise_install": False, "enterprise": None, "api_app_id": api_app_id,
            "callback_id": callback_id, "trigger_id": trigger_id or _trigger_id(), "message_ts": ts,
            "message": {"type": "message", "user": author, "ts": ts, "text": text, "team": team_id,
                        "blocks": _rich_text_blocks(text)},
            "response_url": response_url or _UNSET_RESPONSE_URL}


def _state_value(element: dict, value: Any) -> dict:
    """What Slack puts in ``view.state.values`` for one input element set to ``value``."""
    kind = element.get("type")
    out: dict = {"type": kind}
    if kind == "plain_text_input":
        out["value"] = value
    elif kind == "datepicker":
        out["selected_date"] = value
    elif kind == "timepicker":
        out["selected_time"] = value
    elif kind in ("conversations_select", "channels_select"):
        out["selected_conversation" if kind == "conversations_select" else "selected_channel"] = value
    elif kind == "multi_users_select":
        out["selected_users"] = list(value or ())
    elif kind in ("checkboxes", "multi_static_select"):
        wanted = set(value or ())
        out["selected_options"] = [o for o in element.get("options", []) if o.get("value") in wanted]
    elif kind in ("static_select", "radio_buttons"):
        chosen = [o for o in element.get("options", []) if o.get("value") == value]
        out["selected_option"] = chosen[0] if chosen else None
    else:
        out["value"] = value
    return out


def view_state(view: dict, values: dict[str, Any]) -> dict:
    """``view.state`` as Slack sends it when a person filled the inputs: ``values`` maps block_id to
    the typed text, date ("2026-12-01"), time ("09:30"), conversation id, chosen option value, or a
    list of chosen values for checkboxes. Inputs not named are sent empty, as Slack does."""
    state: dict[str, dict] = {}
    for block in view.get("blocks", []):
        element = block.get("element") if block.get("type") == "input" else None
        if element is None:
            continue
        state[block["block_id"]] = {element["action_id"]: _state_value(element, values.get(block["block_id"]))}
    return {"values": state}


def view_submission_payload(view: dict, values: dict[str, Any], user_id: str = "U1", *, team_id: str = "T1",
                            api_app_id: str = "A1", token: str = "verification-token",
                            response_urls: list | None = None) -> dict:
    """A person pressing a modal's submit button; ``view`` is the view Slack showed (from views.open)."""
    shown = dict(view, state=view_state(view, values))
    shown.setdefault("id", _random_id("V", 10))
    shown.setdefault("hash", f"{int(time.time())}.{secrets.token_hex(4)}")
    return {"type": "view_submission", "token": token, "team": {"id": team_id, "domain": "cyberbot-test"},
            "user": _user(user_id, team_id, None), "api_app_id": api_app_id, "trigger_id": _trigger_id(),
            "view": shown, "response_urls": response_urls or [], "is_enterprise_install": False, "enterprise": None}


def view_closed_payload(view: dict, user_id: str = "U1", *, team_id: str = "T1", api_app_id: str = "A1",
                        token: str = "verification-token") -> dict:
    """A person closing a modal with Cancel or the ×, when the view asked for ``notify_on_close``."""
    return {"type": "view_closed", "token": token, "team": {"id": team_id, "domain": "cyberbot-test"},
            "user": _user(user_id, team_id, None), "api_app_id": api_app_id, "view": dict(view), "is_cleared": False,
            "is_enterprise_install": False, "enterprise": None}


def view_block_actions_payload(view: dict, action_id: str, value: str = "", user_id: str = "U1", *,
                               block_id: str | None = None, team_id: str = "T1", api_app_id: str = "A1",
                               token: str = "verification-token") -> dict:
    """A button clicked inside a modal or the Home tab: ``container.type`` is ``view``, no response_url."""
    action = {"type": "button", "action_id": action_id, "block_id": block_id or secrets.token_urlsafe(4),
              "text": {"type": "plain_text", "text": "Button", "emoji": True}, "value": value,
              "action_ts": f"{time.time():.6f}"}
    return {"type": "block_actions", "token": token, "team": {"id": team_id, "domain": "cyberbot-test"},
            "user": _user(user_id, team_id, None), "api_app_id": api_app_id, "trigger_id": _trigger_id(),
            "container": {"type": "view", "view_id": view.get("id")}, "view": dict(view),
            "actions": [action], "is_enterprise_install": False, "enterprise": None}


def app_home_opened(user: str = "U1", tab: str = "home", channel: str = "D1") -> dict:
    """The ``app_home_opened`` event: someone opened the app's Home (or Messages) tab."""
    return {"type": "app_home_opened", "user": user, "channel": channel, "tab": tab,
            "event_ts": f"{time.time():.6f}"}


def app_rate_limited(team_id: str = "T1", api_app_id: str = "A1", token: str = "verification-token") -> dict:
    """What Slack POSTs (not inside an event_callback) when an app passes 30,000 events an hour."""
    return {"token": token, "type": "app_rate_limited", "team_id": team_id,
            "minute_rate_limited": int(time.time()) // 60 * 60, "api_app_id": api_app_id}


def app_uninstalled(team_id: str | None = "T1", *, api_app_id: str = "A1", enterprise_id: str | None = None) -> dict:
    """The Events API envelope Slack sends when a workspace removes the app (no authorizations:
    the app has no token there any more). ``enterprise_id``: an Enterprise Grid organisation
    removed its org-wide install; ``team_id`` is then the workspace the admin acted from, or
    ``None`` for an envelope naming the organisation only."""
    envelope = event_callback({"type": "app_uninstalled"}, team_id=team_id, api_app_id=api_app_id)
    envelope.pop("authorizations", None)
    if team_id is None:
        envelope.pop("team_id")
        envelope.pop("context_team_id")
    if enterprise_id:
        envelope.update(enterprise_id=enterprise_id, context_enterprise_id=enterprise_id)
    return envelope


def tokens_revoked(team_id: str = "T1", *, bot: list[str] | None = None, oauth: list[str] | None = None,
                   api_app_id: str = "A1") -> dict:
    """The Events API envelope Slack sends when tokens are revoked: ``bot`` the bot user ids whose
    bot tokens went, ``oauth`` the user ids whose user tokens went."""
    tokens = {}
    if oauth:
        tokens["oauth"] = list(oauth)
    if bot:
        tokens["bot"] = list(bot)
    envelope = event_callback({"type": "tokens_revoked", "tokens": tokens}, team_id=team_id, api_app_id=api_app_id)
    envelope.pop("authorizations", None)
    return envelope
