"""Modal submissions (``view_submission``) and closes (``view_closed``).

Routed by the view's ``callback_id`` to the core's ``ViewRouter``: the listener reads the
inputs into a ``Submission`` (values by block id) and applies the ``ViewResult``. Field errors
and a replacement view go back in the ack itself (Slack's ``response_action``), within the
three seconds Slack allows; work that talks to Slack (posting a poll) runs after the ack, and
its outcome is told to the person privately. Closing a modal is acked and nothing more.
"""

from __future__ import annotations

import json
import logging
import re

from slack_bolt import App

from bot.core.replies import Reply
from bot.core.router import Request
from bot.core.forms import Submission, ViewResult
from handlers.block_kit import state_values, view as view_dict
from handlers.inputs import team_of
from handlers.requestlog import handled

log = logging.getLogger("cyberbot.slack.views")

ANY = re.compile(".*")


def register(app: App, runtime) -> None:
    @app.view_submission(ANY)
    def on_submission(ack, body, view):
        submit(runtime, ack, body, view)

    @app.view_closed(ANY)
    def on_closed(ack):
        ack()


def metadata_channel(metadata: str) -> str | None:
    """The channel a form was opened from, when its metadata names one (``{"channel": ...}``)."""
    try:
        data = json.loads(metadata) if metadata else {}
    except ValueError:
        return None
    channel = data.get("channel") if isinstance(data, dict) else None
    return channel if isinstance(channel, str) and channel else None


def submit(runtime, ack, body: dict, view: dict) -> None:
    view = view if isinstance(view, dict) else {}
    user = body.get("user") if isinstance(body.get("user"), dict) else {}
    user_id = str(user.get("id") or "")
    callback_id = str(view.get("callback_id") or "")
    submission = Submission(callback_id=callback_id, values=state_values(view.get("state")),
                            metadata=str(view.get("private_metadata") or ""))
    ctx = Request(user_id=user_id, channel_id=metadata_channel(submission.metadata), surface="view",
                  user_name=user.get("username"), trigger_id=body.get("trigger_id"),
                  team_id=team_of(body, view))
    with handled("view:" + callback_id[:40], user_id, ctx.channel_id) as outcome:
        result = runtime.bot.handle_view(submission, ctx)
        if not isinstance(result, ViewResult):
            result = ViewResult()
        if result.errors:
            ack(response_action="errors", errors=result.errors)
            outcome.value = "field_errors"
            return
        if result.update is not None:
            ack(response_action="update", view=view_dict(result.update))
            outcome.value = "updated"
            return
        ack()
        reply = result.reply
        if result.then is not None:
            try:
                reply = result.then() or reply
            except Exception:  # noqa: BLE001 - the modal has closed: the person must still hear back
                log.exception("form %s failed after it closed", callback_id)
                reply = Reply.error("Sorry, something went wrong after you submitted that form. Please try again.")
        outcome.value = reply.kind if reply is not None else "ok"
        if reply is not None:
            runtime.tell(user_id, reply, reply.data.get("tell_in") or ctx.channel_id)
        runtime.refresh_home(user_id)
