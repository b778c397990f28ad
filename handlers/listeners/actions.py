"""Button clicks (``block_actions``).

One generic listener passes every click to the core's ``ActionRouter`` and applies the
``ActionResult`` it gets back ("Share in channel" included: the answers feature decides what is
shared). Link buttons are acked and nothing more: Slack reports those clicks too.
"""

from __future__ import annotations

import logging
import re

from slack_bolt import App

from bot.core.buttons import ActionResult
from bot.core.messenger import PostOutcomeUnknown
from bot.core.router import Request
from bot.core.replies import Reply
from handlers.block_kit import LINK_ACTION_PREFIX, message
from handlers.inputs import team_of
from handlers.slack_messenger import SlackDeliveryError
from handlers.requestlog import handled

log = logging.getLogger("cyberbot.slack.actions")

# "poll_vote_2" is logged as "poll_vote": in an anonymous poll, which option someone clicked is their vote.
_OPTION_SUFFIX = re.compile(r"_\d+$")


def register(app: App, runtime) -> None:
    @app.action(re.compile("^" + re.escape(LINK_ACTION_PREFIX)))
    def on_link(ack):
        ack()

    @app.action(re.compile(".*"))
    def on_action(ack, body, action, context):
        ack()
        click = Click.from_body(body, action)
        what = "action:" + _OPTION_SUFFIX.sub("", click.action_id[:40])
        with handled(what, click.user, click.channel) as outcome:
            try:
                result = runtime.bot.handle_action(click.action_id, click.value, click.context())
            except Exception:  # noqa: BLE001 - the core already catches; this is the last net
                log.exception("action %s failed", click.action_id)
                result = ActionResult(ephemeral=Reply.error("Sorry, something went wrong with that button. "
                                                            "Please try again."))
            runtime.answering()
            outcome.value = apply(runtime, click, result)
            runtime.handled(context)  # answered: a kill from here on need not say it again


class Click:
    """The parts of a block_actions payload the core and the result need."""

    def __init__(self, body: dict, action: dict):
        body = body if isinstance(body, dict) else {}
        action = action if isinstance(action, dict) else {}
        user = body.get("user") or {}
        container = body.get("container") or {}
        channel = body.get("channel") or {}
        self.action_id = str(action.get("action_id") or "")
        selected = action.get("selected_option") or {}
        self.value = str(action.get("value") or (selected.get("value") if isinstance(selected, dict) else "") or "")
        self.user = str(user.get("id") or "") if isinstance(user, dict) else ""
        self.user_name = user.get("username") if isinstance(user, dict) else None
        self.channel = str((channel.get("id") if isinstance(channel, dict) else None)
                           or container.get("channel_id") or "") or None
        self.message_ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
        self.thread_ts = (body.get("message") or {}).get("thread_ts")
        self.ephemeral = bool(container.get("is_ephemeral")) or not body.get("message")
        self.response_url = body.get("response_url")
        view = body.get("view") if isinstance(body.get("view"), dict) else {}
        self.container = str(container.get("type") or "")
        self.view_id = view.get("id") or container.get("view_id")
        self.view_hash = view.get("hash")
        self.view_kind = view.get("type")          # "modal" or "home" when clicked inside a view
        self.trigger_id = body.get("trigger_id")
        self.team_id = team_of(body, view)
        if self.view_kind:
            self.ephemeral = False

    @classmethod
    def from_body(cls, body, action) -> "Click":
        return cls(body, action)

    def context(self) -> Request:
        return Request(user_id=self.user, channel_id=self.channel, surface="action", user_name=self.user_name,
                       trigger_id=self.trigger_id, team_id=self.team_id)


def apply(runtime, click: Click, result: ActionResult) -> str:
    """Carry out what the core asked for; returns a short outcome for the request log."""
    if not isinstance(result, ActionResult):
        return "no_result"
    if click.view_kind:
        return apply_in_view(runtime, click, result)
    outcome = []
    # A trigger is good for three seconds: forms open before anything else is done.
    if result.open_view is not None:
        outcome.append(open_form(runtime, click, result.open_view))
    if result.delete_original:
        deleted = runtime.respond(click.response_url, {"delete_original": True})
        outcome.append("deleted" if deleted else "delete_failed")
    if result.replace_original is not None:
        outcome.append(replace(runtime, click, result.replace_original))
    if result.post_in_channel is not None:
        outcome.append(post_in_channel(runtime, click, result.post_in_channel))
    if result.share_in_channel is not None:
        outcome.append(share(runtime, click, result.share_in_channel))
    if result.ephemeral is not None:
        outcome.append(tell_clicker(runtime, click, result.ephemeral))
    runtime.refresh_home(click.user)
    return "+".join(outcome) or "ok"


def open_form(runtime, click: Click, form) -> str:
    """``views.open`` on the click's trigger (valid for three seconds, so this runs first); when
    Slack will not open it, the clicker is told so rather than left waiting."""
    if not click.trigger_id:
        tell_clicker(runtime, click, Reply.error("Sorry, Slack didn't let me open the form. Please click again."))
        return "form_no_trigger"
    if runtime.open_view(click.trigger_id, form):
        return "opened"
    tell_clicker(runtime, click, Reply.error("Sorry, Slack didn't let me open the form in time. "
                                             "Please click the button again."))
    return "open_failed"


def apply_in_view(runtime, click: Click, result: ActionResult) -> str:
    """A click inside a modal or on the Home tab: there is no message to replace or reply under."""
    if result.update_view is not None:
        return "updated" if runtime.update_view(click.view_id, result.update_view, click.view_hash) else "update_failed"
    form = result.open_view
    if form is not None and runtime.open_view(click.trigger_id, form):
        runtime.refresh_home(click.user) if click.view_kind == "home" else None
        return "opened"
    notice = result.ephemeral or result.replace_original or result.post_in_channel or result.share_in_channel
    if click.view_kind == "home":
        # The Home shows what changed, with a line at the top saying what the click did.
        return "home_published" if runtime.publish_home(click.user, notice=notice, team_id=click.team_id) else "home_failed"
    if notice is not None:
        return "told" if runtime.tell(click.user, notice) else "tell_failed"
    return "ok"


def share(runtime, click: Click, reply: Reply) -> str:
    """Post for the channel; the clicker's private copy goes only once the channel has it."""
    posted = post_in_channel(runtime, click, reply)
    if posted == "posted":
        runtime.respond(click.response_url, {"delete_original": True})
        return "shared"
    if posted == "post_unknown":
        tell_clicker(runtime, click, Reply.error(
            "Slack didn't confirm the post. Please check the channel before sharing it again."))
        return "share_unknown"
    tell_clicker(runtime, click, Reply.error(
        "I couldn't post in this channel. Invite me with `/invite @cyberbot` and try again."))
    return "share_failed"


def replace(runtime, click: Click, reply: Reply) -> str:
    if not click.ephemeral and click.channel and click.message_ts:
        try:
            runtime.messenger.update(click.channel, click.message_ts, reply)
            return "replaced"
        except SlackDeliveryError as exc:
            log.info("chat.update failed (%s); trying the response_url", exc.code)
    payload = dict(message(reply, shareable=click.ephemeral), replace_original=True)
    return "replaced" if runtime.respond(click.response_url, payload) else "replace_failed"


def post_in_channel(runtime, click: Click, reply: Reply) -> str:
    if click.channel:
        try:
            runtime.messenger.post(click.channel, reply, thread_ts=click.thread_ts)
            return "posted"
        except PostOutcomeUnknown:
            return "post_unknown"   # Slack may have it: a second copy through the response_url could double it
        except SlackDeliveryError as exc:
            log.info("chat.postMessage failed (%s); trying the response_url", exc.code)
    payload = dict(message(reply), response_type="in_channel", replace_original=False)
    return "posted" if runtime.respond(click.response_url, payload) else "post_failed"


def tell_clicker(runtime, click: Click, reply: Reply) -> str:
    payload = dict(message(reply, shareable=True), response_type="ephemeral", replace_original=False)
    if runtime.respond(click.response_url, payload):
        return "told"
    if click.channel and click.user:
        try:
            runtime.client.chat_postEphemeral(channel=click.channel, user=click.user, **message(reply))
            return "told"
        except Exception:  # noqa: BLE001
            log.warning("could not tell %s about their click", click.user)
    return "tell_failed"
