"""Reminders: plain-English nudges for people and channels, delivered once, on time.

``build`` gives the assistant ``/cyber remind``, ``/cyber reminders``, the reminder buttons and
the delivery job. The pieces: ``targets`` (who it is for), ``deadlines`` (``remind me about
DEADLINE``), ``commands`` (the subcommands and buttons), ``render`` (how reminders read),
``store`` (the database), ``delivery`` (posting due occurrences exactly once).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.calendar import calendar_for
from bot.core.feature import Feature, Services
from bot.reminders.commands import ReminderCommands
from bot.reminders.delivery import ReminderDelivery
from bot.reminders.store import MIGRATIONS, ReminderStore

__all__ = ["MIGRATIONS", "ReminderFeature", "build"]


@dataclass
class ReminderFeature:
    store: ReminderStore
    commands: ReminderCommands
    delivery: ReminderDelivery


def build(services: Services) -> Feature:
    store = ReminderStore(services.storage)
    delivery = ReminderDelivery(store, services.messenger, services.clock, services.settings.tick_seconds)
    commands = ReminderCommands(store, services.messenger, services.clock, services.zones, calendar_for(services))
    return Feature("reminders", commands=commands.subcommands(), buttons=commands.buttons(),
                   jobs=[("reminders", delivery)], api=ReminderFeature(store, commands, delivery),
                   views=commands.views(), shortcuts=commands.shortcuts(), home=commands.home)
