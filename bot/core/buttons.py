"""Button clicks, independent of Slack.

A feature registers the action ids it owns (an exact id, or a prefix ending in ``*``); the
Slack handler for ``block_actions`` (and tests, and the console) call ``ActionRouter.handle``
and apply the ``ActionResult``: a quiet note to the clicker, a replacement for the clicked
message, or a message for everyone in the channel.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from bot.core.router import Request
from bot.core.replies import Reply

log = logging.getLogger(__name__)


@dataclass
class ActionResult:
    ephemeral: Reply | None = None          # only the person who clicked sees it
    replace_original: Reply | None = None   # the clicked message becomes this
    post_in_channel: Reply | None = None    # a new message in the clicked message's channel
    delete_original: bool = False
    # posted for the channel in place of the clicker's private copy: on success the private
    # message goes; if the channel will not take it, the clicker is told instead
    share_in_channel: Reply | None = None
    open_view: object | None = None         # a form for the clicker (bot.core.forms.View; views.open on the trigger)
    update_view: object | None = None       # the modal or Home view clicked in becomes this


ActionHandler = Callable[[str, Request], ActionResult]


class ActionRouter:
    def __init__(self):
        self._exact: dict[str, ActionHandler] = {}
        self._prefixes: list[tuple[str, ActionHandler]] = []

    def register(self, action_id: str, handler: ActionHandler) -> None:
        if action_id.endswith("*"):
            self._prefixes.append((action_id[:-1], handler))
        else:
            self._exact[action_id] = handler

    def knows(self, action_id: str) -> bool:
        return self._find(action_id) is not None

    def _find(self, action_id: str) -> ActionHandler | None:
        if action_id in self._exact:
            return self._exact[action_id]
        for prefix, handler in self._prefixes:
            if action_id.startswith(prefix):
                return handler
        return None

    def handle(self, action_id: str, value: str, ctx: Request) -> ActionResult:
        handler = self._find(action_id)
        if handler is None:
            return ActionResult(ephemeral=Reply.error("Sorry, that button no longer does anything here."))
        return handler(value or "", ctx)
