"""The one shape every feature has.

A feature is a folder under ``bot/`` whose ``__init__.py`` names two things:

* ``MIGRATIONS``: the numbered schema changes for its own tables (applied once each, in order,
  when the database opens), and
* ``build(services) -> Feature``: given the shared core services, the feature's subcommands,
  button handlers, forms (``views``, by callback id), scheduled jobs and what to do on shutdown.

``bot.assistant.FEATURES`` lists the feature modules once; the assistant opens the database
with their migrations and wires what each ``build`` returns. Adding a feature means one new
folder and one line there. A feature is never handed the whole bot: only ``Services``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Protocol, Sequence

from bot.core.buttons import ActionHandler
from bot.core.router import Subcommand
from bot.core.scheduler import Job
from bot.core.storage import Migration

if TYPE_CHECKING:  # pragma: no cover - types only
    from bot.answers.knowledge import KnowledgeBase
    from bot.core.config import Settings
    from bot.core.messenger import Messenger
    from bot.core.tenancy import WorkspaceMessengers
    from bot.core.storage import Storage


@dataclass(frozen=True)
class Services:
    """What the core lends every feature."""

    settings: "Settings"
    clock: Any                 # bot.core.clock: ``now()`` returns an aware datetime
    storage: "Storage"
    messenger: "Messenger"     # where scheduled posts go (Slack, the console, a test's recorder)
    zones: Any                 # ``zone_for(user_id) -> str``: each person's time zone
    kb: "KnowledgeBase"        # the curated knowledge base (answers, deadlines, events)
    messengers: "WorkspaceMessengers | None" = None   # each workspace's messenger (bot.core.tenancy)

    def messenger_for(self, team_id: str | None) -> "Messenger | None":
        """The messenger for a row's workspace (its ``team_id``); ``None`` once it uninstalled
        the app. Without a factory (one workspace, the console) it is always ``messenger``."""
        if self.messengers is None:
            return self.messenger
        return self.messengers.for_team(team_id)


@dataclass
class Feature:
    """What a feature gives the assistant to wire in."""

    name: str
    commands: Sequence[Subcommand] = ()
    buttons: dict[str, ActionHandler] = field(default_factory=dict)   # action id, or a prefix ending in *
    jobs: Sequence[tuple[str, Job]] = ()
    close: Callable[[], None] | None = None
    api: Any = None            # the feature's own object, for the CLI and the Slack surfaces
    views: dict[str, Any] = field(default_factory=dict)      # form callback id -> bot.core.forms.ViewHandler
    shortcuts: dict[str, Callable] = field(default_factory=dict)  # shortcut callback id -> (Request) -> Reply
    home: Callable | None = None   # (Request) -> list[bot.core.home_tab.HomeSection]: its part of the App Home
    # (team key, now) -> {what: how many}: stop a workspace's scheduled work (it uninstalled the app)
    stop_team: Callable | None = None


class FeatureModule(Protocol):
    MIGRATIONS: Sequence[Migration]

    def build(self, services: Services) -> Feature: ...
