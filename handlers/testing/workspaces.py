"""Two councils' workspaces on one bot and one database, for the tenancy stories.

Why: issue 18 item 4 says nothing crosses between workspaces. ``Workspaces`` makes a bot in
OAuth mode (``SLACK_CLIENT_ID`` set) whose scheduled and interactive posts go through one
``RecordingMessenger`` per workspace (the factory the Slack adapter supplies in production),
and lets a story type commands and click buttons *as someone in workspace A or B*. The same
helper serves the in-process stories (``tests/test_tenancy.py``) and the storage contract
suite on both backends.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.router import Request
from bot.core.tenancy import acting_for
from handlers.testing.recording import RecordingMessenger

OAUTH_CLIENT_ID = "1111.2222"


class Workspaces:
    """A bot serving workspaces ``TA`` and ``TB``; ``installed`` says which still have the app.

    Each workspace's curators are its own (the environment's are not used in OAuth mode): by
    default ``U1`` curates in both, with ``channel`` as both curator channels, stored as their
    curators would save them on the App Home (``choose_curators``)."""

    def __init__(self, make_bot, settings, curators: tuple[str, ...] = ("U1",), channel: str | None = None,
                 **bot_args):
        self.messengers = {"TA": RecordingMessenger(), "TB": RecordingMessenger()}
        self.installed = {"TA", "TB"}
        self.bot = make_bot(replace(settings, client_id=OAUTH_CLIENT_ID), **bot_args)
        self.bot.use_messengers(self.messenger_for, teams=lambda: sorted(self.installed))
        for team in sorted(self.installed):
            self.choose_curators(team, curators, channel)

    def choose_curators(self, team: str, people, channel: str | None = None) -> None:
        """``team``'s curators and curator channel, saved through the settings' own store."""
        with acting_for(team):
            self.bot.api("curator").curators.stored.save(list(people), channel, "setup")

    def messenger_for(self, team: str):
        return self.messengers[team] if team in self.installed else None

    def uninstall(self, team: str) -> None:
        self.installed.discard(team)

    def reinstall(self, team: str) -> None:
        self.installed.add(team)

    # -- people in one workspace or the other ---------------------------------------------------
    def say(self, team: str, text: str, user: str = "U1", channel: str = "C1"):
        return self.bot.handle(text, Request(user_id=user, channel_id=channel, surface="slash", team_id=team))

    def click(self, team: str, action_id: str, value: str, user: str = "U1", channel: str = "C1"):
        return self.bot.handle_action(action_id, value, Request(user_id=user, channel_id=channel, surface="action",
                                                                team_id=team))

    def home(self, team: str, user: str = "U1"):
        return self.bot.home(Request(user_id=user, surface="home", team_id=team))

    def posts(self, team: str, kind: str | None = None) -> list:
        return [sent for sent in self.messengers[team].posts if kind is None or sent.reply.kind == kind]
