"""Each workspace's own Web API client, in OAuth mode (many workspaces, one deployment).

Bolt's ``authorize`` finds the bot token of the workspace a request came from; every call made
while handling that request must use it, and a scheduled post must use the token of the
workspace whose row fell due. Both come from here:

* ``Workspaces.messenger_for(team)`` is a ``SlackMessenger`` on that workspace's bot token from
  the installation store (``bot.core.installations``), kept while the token stays the same
  (its DM channels and channel names cached with it), dropped when the workspace uninstalls
  the app or its token is revoked, and ``None`` when the workspace has no bot installed. This is
  the factory ``CyberBot.use_messengers`` takes for scheduled work.
* ``bind_workspace`` (a Bolt middleware, after ``authorize``) binds the request's messenger to
  the context the listener runs in (a ``contextvars.ContextVar``; ``AcksFirstExecutor`` carries
  it into Bolt's listener threads), and ``CurrentMessenger`` / ``CurrentClient`` are what the
  listeners see as ``runtime.messenger`` / ``runtime.client``: the bound workspace's.
  ``bound(messenger)`` binds one for work done outside a request (a Home tab redrawn by the
  scheduler).

Single-workspace mode (``SLACK_BOT_TOKEN``) uses none of this: one messenger, one client.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from contextlib import contextmanager

log = logging.getLogger("cyberbot.slack.workspaces")

_bound: contextvars.ContextVar = contextvars.ContextVar("cyberbot_workspace_messenger", default=None)


class NoWorkspace(RuntimeError):
    """A Web API call in OAuth mode with no workspace to make it for."""


class Workspaces:
    """Per-workspace messengers on the installation store's bot tokens."""

    def __init__(self, installations, make_client, make_messenger):
        self.installations = installations
        self._make_client = make_client          # token -> WebClient
        self._make_messenger = make_messenger    # WebClient -> SlackMessenger
        self._lock = threading.Lock()
        self._by_team: dict[str, tuple[str, object]] = {}    # team -> (token, messenger)

    def messenger_with(self, team: str, token: str):
        """The workspace's messenger on ``token`` (made again when the token changed)."""
        with self._lock:
            held = self._by_team.get(team)
            if held is not None and held[0] == token:
                return held[1]
        messenger = self._make_messenger(self._make_client(token))
        with self._lock:
            held = self._by_team.get(team)
            if held is not None and held[0] == token:
                return held[1]
            self._by_team[team] = (token, messenger)
        return messenger

    def messenger_for(self, team: str | None):
        """``team``'s messenger (its team id, or its organisation's for an org-wide install), or
        ``None`` when no bot of ours is installed there now."""
        if not team:
            return None
        bot = self.installations.bot_for(team)
        if bot is None or not bot.bot_token:
            self.forget(team)
            return None
        return self.messenger_with(team, bot.bot_token)

    def forget(self, team: str | None) -> None:
        """The workspace uninstalled the app, or its token was revoked: drop its client."""
        if team:
            with self._lock:
                self._by_team.pop(team, None)


def team_of_context(context) -> str | None:
    """The workspace as the rest of the bot names it (``handlers.inputs.team_of``): the
    organisation for an org-wide install, else the team, else the organisation."""
    if context.get("is_enterprise_install") and context.get("enterprise_id"):
        return context.get("enterprise_id")
    return context.get("team_id") or context.get("enterprise_id")


def bind_workspace(workspaces: Workspaces):
    """A Bolt middleware binding the authorized workspace's messenger for the listener."""

    def middleware(context, next):  # noqa: A002 - Bolt passes ``next`` by name
        team = team_of_context(context)
        token = context.get("bot_token")
        _bound.set(workspaces.messenger_with(team, token) if team and token else None)
        return next()

    return middleware


@contextmanager
def bound(messenger):
    """Work outside a request (the scheduler) done for one workspace."""
    token = _bound.set(messenger)
    try:
        yield messenger
    finally:
        _bound.reset(token)


def current_or_none():
    return _bound.get()


def current_messenger():
    messenger = _bound.get()
    if messenger is None:
        raise NoWorkspace("no workspace is bound to this Web API call")
    return messenger


class CurrentMessenger:
    """``runtime.messenger`` in OAuth mode: the messenger of the workspace being served."""

    def __getattr__(self, name: str):
        return getattr(current_messenger(), name)


class CurrentClient:
    """``runtime.client`` in OAuth mode: the Web API client of the workspace being served."""

    def __getattr__(self, name: str):
        return getattr(current_messenger().client, name)
