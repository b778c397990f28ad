"""Reminders: plain-English nudges for people and channels, delivered once, on time.

``install`` is the feature factory ``bot.assistant`` calls: it registers ``/cyber remind``,
``/cyber reminders``, the reminder buttons and the delivery job on the bot it is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.reminders.commands import ReminderCommands
from bot.reminders.delivery import ReminderDelivery
from bot.reminders.store import MIGRATIONS, ReminderStore

__all__ = ["MIGRATIONS", "ReminderFeature", "install"]


@dataclass
class ReminderFeature:
    store: ReminderStore
    commands: ReminderCommands
    delivery: ReminderDelivery


def install(bot) -> ReminderFeature:
    store = ReminderStore(bot.storage)
    delivery = ReminderDelivery(store, bot.messenger, bot.clock, bot.settings.tick_seconds)
    commands = ReminderCommands(store, bot.messenger, bot.clock, bot.zones, bot.kb)
    commands.register(bot.router, bot.actions)
    bot.scheduler.add("reminders", delivery)
    return ReminderFeature(store, commands, delivery)
