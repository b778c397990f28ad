"""Form submissions (``view_submission``) and closes (``view_closed``).

Routed by the view's ``callback_id`` to the core's ``ViewRouter``: the listener reads the
inputs into a ``Submission`` (values by block id) and applies the ``ViewResult``. Field errors
and a replacement view go back in the ack itself (Slack's ``response_action``), decided from
the fields alone: the ack never waits for the database or Slack. Everything else (storing,
posting a poll) runs after the ack through ``handlers.intake``, journalled in its inbox like a
slash command, and its outcome is told to the person privately, including "it did not save,
please try again". Closing a modal is acked and nothing more.
"""

from __future__ import annotations

import json
import logging
import re

from slack_bolt import App

from bot.core.replies import Reply
from bot.core.router import Request
from bot.core.forms import Submission, View, ViewResult
from handlers.block_kit import state_values, view as view_dict
from handlers.inputs import team_of
from handlers.requestlog import handled

log = logging.getLogger("cyberbot.slack.views")

ANY = re.compile(".*")


def register(app: App, runtime) -> None:
    @app.view_submission(ANY)
    def on_submission(ack, body, view, context):
        submit(runtime, ack, body, view, context)

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


def submit(runtime, ack, body: dict, view: dict, context=None) -> None:
    """Check the fields and ack (field errors in the ack); the work follows on the intake's threads.

    The same listener runs twice for a good submission: first synchronously, where the core
    only checks the fields in memory and the ack closes the form (or shows ``update``); the
    submission is then journalled in the inbox and handed to the intake, which dispatches it
    again after the ack (``context["acked"]``), when the core's ``then`` stores and posts and
    the person is told the outcome.
    """
    view = view if isinstance(view, dict) else {}
    user = body.get("user") if isinstance(body.get("user"), dict) else {}
    user_id = str(user.get("id") or "")
    callback_id = str(view.get("callback_id") or "")
    submission = Submission(callback_id=callback_id, values=state_values(view.get("state")),
                            metadata=str(view.get("private_metadata") or ""))
    ctx = Request(user_id=user_id, channel_id=metadata_channel(submission.metadata), surface="view",
                  user_name=user.get("username"), trigger_id=body.get("trigger_id"),
                  team_id=team_of(body, view))
    acked = bool(context is not None and context.get("acked"))
    with handled("view:" + callback_id[:40], user_id, ctx.channel_id) as outcome:
        result = runtime.bot.handle_view(submission, ctx)
        if not isinstance(result, ViewResult):
            result = ViewResult()
        if not acked:
            outcome.value = ack_submission(runtime, ack, body, result)
            return
        ack()     # acked already, before this dispatch: Bolt only notes it
        if result.errors:   # a journalled submission no longer passes (its time has gone by, say)
            reply = Reply.error("Sorry, what you submitted in that form could not be saved: "
                                + " ".join(result.errors.values()) + " Please open the form and try again.")
        else:
            reply = runtime.bot.finish_view(result, callback_id, ctx)
        runtime.answering()
        if isinstance(reply, View):
            runtime.update_view(view.get("id"), reply)
            outcome.value = "view_updated"
        else:
            outcome.value = reply.kind if reply is not None else "ok"
            if reply is not None:
                runtime.tell(user_id, reply, reply.data.get("tell_in") or ctx.channel_id)
        runtime.handled(context)      # answered: a kill from here on need not say it again
        runtime.refresh_home(user_id)


def ack_submission(runtime, ack, body: dict, result: ViewResult) -> str:
    """The ack for a checked form, from memory alone; work to do is journalled and handed on."""
    if result.errors:
        ack(response_action="errors", errors=result.errors)
        return "field_errors"
    later = result.then is not None or result.reply is not None
    intake = getattr(runtime, "intake", None)
    entry = intake.keep("view_submission", body) if later and intake is not None else None
    if later and intake is not None:
        intake.expect()           # waited for from here: the ack below returns before ``later``
    if result.update is not None:
        ack(response_action="update", view=view_dict(result.update))
    else:
        ack()
    if later and intake is not None:
        intake.later(body, entry, expected=True)
    elif later:   # no intake (a bare app): the work runs here, after the ack all the same
        submit(runtime, lambda **_: None, body, body.get("view"), {"acked": True})
    return "updated" if result.update is not None else "acked"
