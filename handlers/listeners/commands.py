"""The ``/cyber`` slash command.

Slack wants an ack within three seconds; we ack at once, then do the work and answer
through the response_url: only the person who typed it sees the answer, unless the core says
it is meant for the channel (a poll, say).
"""

from __future__ import annotations

import logging

from slack_bolt import App

from bot.core.router import Request
from bot.core.replies import Reply
from handlers.block_kit import message
from handlers.inputs import BINARY_REPLY, channel_refs, core_text, looks_binary, team_of
from handlers.requestlog import handled

log = logging.getLogger("cyberbot.slack.commands")

COMMAND = "/cyber"
APOLOGY = Reply.error("Sorry, something went wrong on my side. Please try again, or type `/cyber help`.")


def register(app: App, runtime) -> None:
    @app.command(COMMAND)
    def on_cyber(ack, command, context):
        ack()
        run_command(runtime, command, context)


def run_command(runtime, command: dict, context=None) -> None:
    user = str(command.get("user_id") or "")
    channel = str(command.get("channel_id") or "") or None
    raw = command.get("text") if isinstance(command.get("text"), str) else ""
    with handled("slash", user, channel) as outcome:
        for channel_id, name in channel_refs(raw):
            runtime.messenger.remember_channel(channel_id, name)
        if channel and command.get("channel_name") not in (None, "", "directmessage", "privategroup"):
            runtime.messenger.remember_channel(channel, command.get("channel_name"))
        if looks_binary(raw):
            reply = Reply.error(BINARY_REPLY)
        else:
            ctx = Request(user_id=user, channel_id=channel, surface="slash", user_name=command.get("user_name"),
                          trigger_id=command.get("trigger_id") or None,
                          conversation=conversation_kind(command.get("channel_name"), channel),
                          team_id=team_of(command))
            try:
                reply = runtime.bot.handle(core_text(raw), ctx)
            except Exception:  # noqa: BLE001 - the core already catches; this is the last net
                log.exception("/cyber handling failed")
                reply = APOLOGY
        runtime.answering()
        if reply.view is not None and runtime.open_view(command.get("trigger_id"), reply.view):
            outcome.value = "opened"
            runtime.handled(context)
            return
        outcome.value = reply.kind
        if not send(runtime, command.get("response_url"), reply):
            outcome.value += ":response_failed"
        runtime.handled(context)      # answered: a kill from here on need not say it again
        runtime.refresh_home(user)


def conversation_kind(channel_name, channel_id: str | None) -> str | None:
    """What kind of conversation a slash command was typed in, from the name Slack sends."""
    name = channel_name if isinstance(channel_name, str) else ""
    if name == "directmessage" or (channel_id or "").startswith("D"):
        return "im"
    if name.startswith("mpdm-"):
        return "mpim"
    return "channel" if channel_id else None


def send(runtime, response_url: str | None, reply: Reply) -> bool:
    visible = reply.visibility == "channel"
    payload = dict(message(reply, shareable=not visible), response_type="in_channel" if visible else "ephemeral")
    if runtime.respond(response_url, payload):
        return True
    # Slack rejected the blocks (or the URL is gone): the plain words are better than silence.
    return runtime.respond(response_url, {"text": payload["text"], "response_type": payload["response_type"]})
