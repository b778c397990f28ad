"""Deadlines and events that help now: the curated ones and the council's own, in one calendar.

Curators add council-specific deadlines and events from Slack (``/cyber deadline add``,
``/cyber event add``); they live in the database beside the curated knowledge base's dated
entries. ``/cyber deadlines`` and ``/cyber events`` list what is ahead first, then the recent
past under its own heading; each upcoming deadline offers "Remind me" buttons that the
reminders feature answers. ``ics`` turns the upcoming ones into an iCalendar feed
(``cyberbot deadlines ics``, ``GET /calendar.ics``).

The pieces: ``model`` (one ``Dated`` shape for both kinds, and the merged ``Calendar``),
``store`` (the council's table), ``parse`` (what a curator typed), ``commands`` and ``ics``.
"""

from __future__ import annotations

from bot.calendar.model import Calendar
from bot.calendar.store import MIGRATIONS, CalendarStore
from bot.core.curators import Curators
from bot.core.tenancy import many_workspaces
from bot.core.feature import Feature, Services

__all__ = ["MIGRATIONS", "build", "calendar_for"]


def calendar_for(services: Services) -> Calendar:
    """The merged calendar over this bot's knowledge base and database (reminders use it too)."""
    return Calendar(services.kb, CalendarStore(services.storage))


def build(services: Services) -> Feature:
    # Imported here, not above: opening the database needs only MIGRATIONS, and ``cyberbot ask``
    # (which never serves this feature) should not pay for loading it.
    from bot.calendar.commands import CalendarCommands

    calendar = calendar_for(services)
    curators = Curators.for_services(services)
    commands = CalendarCommands(calendar, curators, services.clock, services.settings.timezone, services.messenger,
                                feed_secret=_secret(services) if many_workspaces(services.settings) else None)
    return Feature("calendar", commands=commands.subcommands(), buttons=commands.buttons(),
                   views=commands.views(), api=commands)


def _secret(services: Services):
    """() -> the bot's secret key (``bot.core.install_key``), read the first time a feed is asked for."""
    from bot.core.install_key import voter_key

    kept: list[bytes] = []

    def secret() -> bytes:
        if not kept:
            kept.append(voter_key(services.settings, services.storage))
        return kept[0]

    return secret
