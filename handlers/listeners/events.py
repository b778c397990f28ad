"""Mentions in channels and direct messages.

A mention is answered in a thread of the message that mentioned the bot; a DM is answered in
the DM. Messages from bots (this one included) are ignored so two bots never talk in a loop.
Whoever addresses the bot gets an answer or a reason: every failure ends in a kind apology.

In OAuth mode a workspace that uninstalls the app (``app_uninstalled``) has its installation
and tokens deleted and its scheduled work stopped (``CyberBot.stop_team``); a revoked bot token
(``tokens_revoked``) is deleted and the workspace's scheduled work stopped too (nothing could
post it), while revoked user tokens are only deleted (as Bolt's ``TokenRevocationListeners``
would, but finding an org-wide install's row however Slack's envelope names it). In single-workspace mode (``SLACK_BOT_TOKEN``) the
token cannot be deleted, but the workspace's scheduled work is stopped all the same and the log
says the token must be replaced.
"""

from __future__ import annotations

import logging
import re

from slack_bolt import App

from bot.core.messenger import PostOutcomeUnknown, idempotency_metadata
from bot.core.router import Request
from bot.core.replies import Reply
from handlers.inputs import core_text, team_of
from handlers.slack_messenger import SlackDeliveryError
from handlers.requestlog import handled

log = logging.getLogger("cyberbot.slack.events")

APOLOGY = Reply.error("Sorry, something went wrong on my side and I couldn't answer that. "
                      "Please try again in a moment, or type `/cyber help`.")
ANSWER_EVENT = "cyberbot_answer"
# Message subtypes that are a person writing something new (everything else is an edit,
# a join, a deletion...).
PERSON_SUBTYPES = {None, "file_share", "thread_broadcast"}


def register(app: App, runtime) -> None:
    @app.event("app_mention")
    def on_mention(event, body, context):
        answer_event(runtime, event, body, context.get("bot_user_id"), surface="mention")

    @app.event("message")
    def on_message(event, body, context):
        if not isinstance(event, dict) or event.get("channel_type") != "im":
            return
        answer_event(runtime, event, body, context.get("bot_user_id"), surface="dm")

    @app.event("app_uninstalled")
    def on_uninstalled(event, context):
        workspace_left(runtime, context, bot_revoked=True, event=None)

    @app.event("tokens_revoked")
    def on_tokens_revoked(event, context):
        tokens = event.get("tokens") if isinstance(event, dict) else None
        bots = tokens.get("bot") if isinstance(tokens, dict) else None
        workspace_left(runtime, context, bot_revoked=bool(bots), event=event)


def register_catch_all(app: App) -> None:
    """After every other event listener (the Home tab's too): Bolt asks each listener in turn."""
    @app.event(re.compile(".*"))
    def on_other_event(event, body):
        """Acknowledged and ignored, so Slack does not retry events we do not use."""
        log.debug("ignoring event type %s", (event or {}).get("type") if isinstance(event, dict) else None)


def workspace_left(runtime, context, bot_revoked: bool, event: dict | None) -> None:
    """Forget a workspace's tokens (all of them, or ``event``'s revoked ones) and, when its bot
    token is gone, stop its scheduled work. An org-wide install is the organisation's: its
    removal forgets the organisation's install and stops the work of every one of its workspaces
    (their rows are keyed by the organisation, ``handlers.inputs.team_of``)."""
    what = "app_uninstalled" if event is None else "tokens_revoked"
    if runtime.installations is None:
        single_workspace_left(runtime, what, bot_revoked)
        return
    installations = runtime.installations
    enterprise, workspace = installations.installed_as(
        enterprise_id=context.enterprise_id, team_id=context.team_id,
        is_enterprise_install=context.is_enterprise_install)
    team = workspace or enterprise
    with handled(what, None, team) as outcome:
        if event is None:
            installations.delete_all(enterprise_id=enterprise, team_id=workspace)
        else:
            tokens = event.get("tokens") if isinstance(event.get("tokens"), dict) else {}
            for user_id in tokens.get("oauth") or []:
                installations.delete_installation(enterprise_id=enterprise, team_id=workspace, user_id=user_id)
            if bot_revoked:
                installations.delete_bot(enterprise_id=enterprise, team_id=workspace)
        if not bot_revoked:
            outcome.value = "user_tokens_deleted"
            return
        runtime.workspaces.forget(team)
        stopped = runtime.bot.stop_team(team)
        outcome.value = "stopped"
        log.warning("%s: forgot workspace %s and stopped its scheduled work (%s)", what, team, stopped)


def single_workspace_left(runtime, what: str, bot_revoked: bool) -> None:
    """Single-workspace mode: the workspace removed the app (or revoked the bot's token), so
    SLACK_BOT_TOKEN no longer works. The token lives in the environment, where we cannot delete
    it, but nothing scheduled should keep trying to post with it: stop the workspace's work and
    say plainly what whoever runs the bot must do."""
    from bot.core.tenancy import SINGLE_WORKSPACE

    with handled(what, None, SINGLE_WORKSPACE) as outcome:
        if not bot_revoked:
            outcome.value = "user_tokens_only"
            log.info("%s: only user tokens were revoked; the bot's SLACK_BOT_TOKEN still works", what)
            return
        stopped = runtime.bot.stop_team(SINGLE_WORKSPACE)
        outcome.value = "stopped"
        log.error("%s: the workspace removed this app, so SLACK_BOT_TOKEN no longer works. Stopped its scheduled "
                  "work (%s): nothing will be posted with the old token. To serve it again, install the app "
                  "again, set SLACK_BOT_TOKEN to the new bot token and restart; reminders and polls stopped now "
                  "stay stopped", what, ", ".join(f"{n} {k}" for k, n in stopped.items() if n) or "nothing was "
                  "scheduled")


def from_a_bot(event: dict, bot_user_id: str | None) -> bool:
    return bool(event.get("bot_id") or event.get("subtype") == "bot_message" or event.get("bot_profile")
                or (bot_user_id and event.get("user") == bot_user_id))


def answer_event(runtime, event, body, bot_user_id: str | None, surface: str) -> None:
    if not isinstance(event, dict) or from_a_bot(event, bot_user_id):
        return
    if event.get("subtype") not in PERSON_SUBTYPES:
        return
    user, channel = event.get("user"), event.get("channel")
    if not isinstance(user, str) or not isinstance(channel, str) or not user or not channel:
        log.info("ignoring %s without a user or channel", surface)
        return
    event_id = body.get("event_id") if isinstance(body, dict) else None
    with handled(surface, user, channel) as outcome:
        if not runtime.seen.first_time(f"event:{event_id}" if event_id else None):
            outcome.value = "duplicate"
            return
        thread_ts = event.get("thread_ts") or (event.get("ts") if surface == "mention" else None)
        ctx = Request(user_id=user, channel_id=channel, surface=surface, team_id=team_of(body, event))
        try:
            reply = runtime.bot.handle(core_text(event.get("text"), bot_user_id), ctx)
        except Exception:  # noqa: BLE001 - the core already catches; this is the last net
            log.exception("%s handling failed", surface)
            reply = APOLOGY
        outcome.value = reply.kind
        key = f"answer-{channel}-{event.get('ts') or event_id}"
        post_reply(runtime, channel, reply, thread_ts, outcome, key)


def post_reply(runtime, channel: str, reply: Reply, thread_ts: str | None, outcome, key: str | None = None) -> None:
    """Post a reply where the person spoke (once, by its key); if Slack refuses it, try to say
    sorry instead. When Slack may have it after all, no apology goes after it."""
    try:
        runtime.messenger.post(channel, reply, thread_ts=thread_ts, metadata=idempotency_metadata(ANSWER_EVENT, key))
        return
    except PostOutcomeUnknown:
        outcome.value = "post_unknown"
        log.warning("Slack did not confirm the answer in %s and it could not be found; not posting again", channel)
        return
    except SlackDeliveryError as exc:
        outcome.value = f"post_failed:{exc.code}"
        if exc.code in ("not_in_channel", "channel_not_found", "is_archived", "not_authed", "invalid_auth"):
            return  # nowhere we may speak; nothing more to try
    except Exception as exc:  # noqa: BLE001
        outcome.value = f"post_failed:{type(exc).__name__}"
        log.warning("posting a reply in %s failed", channel, exc_info=True)
    try:
        runtime.messenger.post(channel, APOLOGY, thread_ts=thread_ts,
                               metadata=idempotency_metadata(ANSWER_EVENT, key and f"{key}-apology"))
    except Exception:  # noqa: BLE001
        log.warning("could not even post an apology in %s", channel)
