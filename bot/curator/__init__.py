"""The curator loop: keeping the knowledge base true, and getting answers from people when it can't.

* ``council``: "Ask the council" from an unsure answer, curators answering in a form (or the
  console), the asker's DM, and drafts the bot serves from then on.
* ``digest``: the weekly DM to each entry owner of what is due for review and unanswered in
  their topics, exactly once a week across restarts.
* ``reload``: edits to ``knowledge/`` picked up while running; broken ones refused and reported.
* ``queue``: ``cyberbot kb gaps``, every kind of gap in one list with its status.
* ``drafts``: ``cyberbot kb drafts`` and ``kb drafts export``.
* ``settings``: the App Home's "Curator settings" (each workspace's curators and channel).
* ``store``: the tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.curator.store import MIGRATIONS, CuratorStore

if TYPE_CHECKING:
    from bot.core.curators import Curators
    from bot.core.feature import Feature, Services
    from bot.curator.council import Council
    from bot.curator.digest import WeeklyDigest
    from bot.curator.reload import KnowledgeWatcher

__all__ = ["MIGRATIONS", "CuratorFeature", "build"]


@dataclass
class CuratorFeature:
    store: CuratorStore
    council: Council
    digest: WeeklyDigest
    watcher: KnowledgeWatcher
    curators: Curators


def build(services: Services) -> Feature:
    # Imported here, not above: opening the database needs only MIGRATIONS, and ``cyberbot ask``
    # (which never serves this feature) should not pay for loading it, nor for the feature plumbing.
    from bot.answers.gaps import GapLog
    from bot.core.curators import Curators
    from bot.core.feature import Feature
    from bot.core.tenancy import many_workspaces
    from bot.curator.council import Council
    from bot.curator.digest import WeeklyDigest
    from bot.curator.reload import KnowledgeWatcher

    from bot.curator.settings import CuratorSettingsPage

    store = CuratorStore.for_storage(services.storage)
    channel = services.settings.curator_channel
    curators = Curators.for_services(services)
    council = Council(store, curators, services.messenger, services.clock, curators.channel, services.kb)
    digest = WeeklyDigest(store, GapLog(services.storage, services.clock), services.kb, services.messenger,
                          services.settings.timezone, messengers=services.messengers)
    # The knowledge folder is the operator's, shared by every workspace: with many workspaces no
    # workspace's curator channel is the place to tell, so a broken edit is logged (and `kb check`).
    watcher = KnowledgeWatcher(services.kb, services.messenger, None if many_workspaces(services.settings) else channel,
                               store, services.clock)
    page = CuratorSettingsPage(curators, feed_path=_feed_paths(services) if many_workspaces(services.settings) else None)
    return Feature("curator", commands=council.subcommands(), buttons={**council.buttons(), **page.buttons()},
                   views={**council.views(), **page.views()}, home=page.home,
                   jobs=[("knowledge-reload", watcher), ("weekly-digest", digest)],
                   api=CuratorFeature(store, council, digest, watcher, curators),
                   stop_team=lambda team, now: store.stop_team(team))


def _feed_paths(services: Services):
    """(team) -> that workspace's calendar feed path, keyed with the bot's secret key (read once)."""
    from bot.calendar.feed import feed_path
    from bot.core.install_key import voter_key

    secret: list[bytes] = []

    def path(team: str) -> str:
        if not secret:
            secret.append(voter_key(services.settings, services.storage))
        return feed_path(secret[0], team)

    return path
