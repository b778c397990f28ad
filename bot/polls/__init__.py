"""Pulse polls for council channels: buttons, anonymity, timed close, results and trends.

``build`` gives the assistant ``/cyber poll``, the console's ``/cyber vote``, the vote buttons and
the closing job. The pieces, one job each: ``model`` (the data), ``parse`` (reading the command),
``store`` (the database), ``render`` (drawing the message), ``updates`` (coalesced redraws),
``export`` (CSV), ``commands`` (the subcommands, clicks and closing), ``series`` (recurring polls), ``turnout`` (who
voted, and nudges to who has not), ``chart`` (results as a picture).
"""

from __future__ import annotations

from bot.core.feature import Feature, Services
from bot.polls import series, turnout
from bot.polls.store import MIGRATIONS as _POLL_MIGRATIONS

MIGRATIONS = tuple(_POLL_MIGRATIONS) + tuple(series.MIGRATIONS) + tuple(turnout.MIGRATIONS)

__all__ = ["MIGRATIONS", "build"]


def build(services: Services) -> Feature:
    # Imported here, not above: opening the database needs only MIGRATIONS, and ``cyberbot ask``
    # (which never serves this feature) should not pay for loading it.
    from bot.polls.commands import PollService

    service = PollService(services)
    return Feature("polls", commands=service.subcommands(), buttons=service.buttons(),
                   jobs=[("polls", service.tick)], close=service.close, api=service,
                   views=service.views(), shortcuts=service.shortcuts(), home=service.home,
                   stop_team=service.stop_team)
