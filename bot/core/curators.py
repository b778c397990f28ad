"""Who may curate: answer "Ask the council" questions and add or remove council dates.

``CYBERBOT_CURATORS`` lists Slack user ids (``U...``) or a user-group id (``S...``); a group's
members are asked of Slack through the messenger (``group_members``) and kept for a few
minutes. Unset means nobody, except the person at the console: ``cyberbot chat`` runs on the
operator's own machine, against the database they already hold, so they curate there.
"""

from __future__ import annotations

import threading
import time

from bot.core.replies import Reply
from bot.core.router import Request

GROUP_CACHE_SECONDS = 300.0


class Curators:
    def __init__(self, ids: tuple[str, ...], messenger, monotonic=time.monotonic):
        self.users = {i for i in ids if not i.startswith("S")}
        self.groups = [i for i in ids if i.startswith("S")]
        self.messenger = messenger
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._members: dict[str, tuple[float, set[str]]] = {}

    def allows(self, ctx: Request) -> bool:
        if ctx.in_console:
            return True
        user = ctx.user_id or ""
        if not user:
            return False
        if user in self.users:
            return True
        return any(user in self._group(group) for group in self.groups)

    def _group(self, group_id: str) -> set[str]:
        now = self._monotonic()
        with self._lock:
            cached = self._members.get(group_id)
        if cached and now - cached[0] < GROUP_CACHE_SECONDS:
            return cached[1]
        lookup = getattr(self.messenger, "group_members", None)
        members = set(lookup(group_id)) if lookup else set()
        with self._lock:
            self._members[group_id] = (now, members)
        return members

    @staticmethod
    def refusal(what: str) -> Reply:
        """The polite no: what they tried, that nothing changed, and who can help."""
        return Reply.error(f"Sorry, only the council's curators can {what}, and you're not on the list, "
                           "so nothing has changed. If you think you should be, ask your Slack admin to add you "
                           "to `CYBERBOT_CURATORS`.")


def curator_channel(messenger, configured: str | None) -> str | None:
    """``CYBERBOT_CURATOR_CHANNEL`` as a channel id: a ``#name`` is looked up (ids pass through)."""
    if not configured or not configured.startswith("#"):
        return configured
    try:
        return messenger.resolve_channel(configured) or configured
    except Exception:  # noqa: BLE001 - the post itself will then say what is wrong
        return configured
