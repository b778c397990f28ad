"""Global shortcuts ("New poll", "New reminder") and message shortcuts ("Remind me about this",
"Ask cyberbot").

Each is acked at once and passed to the core by its ``callback_id`` with a ``Request`` naming
who, where, the trigger a modal needs and, for a message shortcut, the message's text and
link. The core answers with a ``Reply``: a form to open (``Reply.view``), or words for the person
alone (through the response_url a message shortcut carries, else privately or by DM).
"""

from __future__ import annotations

import logging
import re

from slack_bolt import App

from bot.core.router import Request
from handlers.block_kit import message
from handlers.inputs import core_text, team_of
from handlers.requestlog import handled

log = logging.getLogger("cyberbot.slack.shortcuts")

ANY = re.compile(".*")


def register(app: App, runtime) -> None:
    @app.shortcut(ANY)
    def on_shortcut(ack, body):
        ack()
        run_shortcut(runtime, body if isinstance(body, dict) else {})


def _conversation(channel: dict) -> str | None:
    name = str(channel.get("name") or "")
    if name == "directmessage":
        return "im"
    if name.startswith("mpdm-"):
        return "mpim"
    return "channel" if channel.get("id") else None


def permalink(runtime, channel: str | None, ts: str | None) -> str | None:
    if not channel or not ts:
        return None
    try:
        return runtime.client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except Exception:  # noqa: BLE001 - the reminder still works without its link
        log.info("chat.getPermalink failed for a message in %s", channel)
        return None


def run_shortcut(runtime, body: dict) -> None:
    user = body.get("user") if isinstance(body.get("user"), dict) else {}
    channel = body.get("channel") if isinstance(body.get("channel"), dict) else {}
    user_id = str(user.get("id") or "")
    channel_id = str(channel.get("id") or "") or None
    callback_id = str(body.get("callback_id") or "")
    text = link = None
    if body.get("type") == "message_action":
        msg = body.get("message") if isinstance(body.get("message"), dict) else {}
        text = core_text(msg.get("text")) or None
        link = permalink(runtime, channel_id, msg.get("ts") or body.get("message_ts"))
    ctx = Request(user_id=user_id, channel_id=channel_id, surface="shortcut", user_name=user.get("username"),
                  trigger_id=body.get("trigger_id"), message_text=text, message_link=link,
                  conversation=_conversation(channel), team_id=team_of(body))
    with handled("shortcut:" + callback_id[:40], user_id, channel_id) as outcome:
        reply = runtime.bot.shortcut(callback_id, ctx)
        if reply.view is not None and runtime.open_view(ctx.trigger_id, reply.view):
            outcome.value = "opened"
            return
        outcome.value = reply.kind
        payload = dict(message(reply, shareable=True), response_type="ephemeral", replace_original=False)
        if not runtime.respond(body.get("response_url"), payload):
            runtime.tell(user_id, reply, channel_id)
        runtime.refresh_home(user_id)
