"""Pulse polls for council channels: buttons, anonymity, timed close, results and trends.

``service.PollService`` is the feature the app wires in; the other modules hold one job each
(the data, reading the command, the database, drawing the message, the CSV export).
"""

from bot.polls.commands import PollService, register
from bot.polls.store import MIGRATIONS

__all__ = ["MIGRATIONS", "PollService", "register"]
