"""Forms submitted from Slack (``view_submission``), routed to the core by ``callback_id``.

The core validates first: field errors go back in the ack as ``response_action: errors`` (the
modal stays open showing them, and nothing is stored). When it is happy the modal closes with
the ack, and any follow-up work (a DM, updating a message) runs after, so Slack hears back
within its three seconds.
"""

from __future__ import annotations

import logging
import re

from slack_bolt import App

from bot.core.modals import Submission
from bot.core.router import Request
from handlers.block_kit import submitted_values
from handlers.requestlog import handled

log = logging.getLogger("cyberbot.slack.views")


def register(app: App, runtime) -> None:
    @app.view(re.compile(".*"))
    def on_submission(ack, body, view):
        view = view if isinstance(view, dict) else {}
        user = body.get("user") if isinstance(body, dict) else None
        user_id = str((user or {}).get("id") or "") if isinstance(user, dict) else ""
        callback_id = str(view.get("callback_id") or "")
        with handled("view:" + callback_id[:40], user_id, None) as outcome:
            ctx = Request(user_id=user_id, channel_id=None, surface="action",
                          user_name=(user or {}).get("username") if isinstance(user, dict) else None)
            try:
                result = runtime.bot.handle_submission(callback_id, submitted_values(view),
                                                       str(view.get("private_metadata") or ""), ctx)
            except Exception:  # noqa: BLE001 - the core already catches; this is the last net
                log.exception("form %s failed", callback_id)
                result = Submission()
            if result.errors:
                ack(response_action="errors", errors=dict(result.errors))
                outcome.value = "errors"
                return
            ack()
            outcome.value = "ok"
            if result.after is not None:
                try:
                    result.after()
                except Exception:  # noqa: BLE001
                    log.exception("follow-up work after form %s failed", callback_id)
                    outcome.value = "after_failed"
