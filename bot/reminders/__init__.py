"""Reminders: plain-English nudges for people and channels, delivered once, on time.

``build`` gives the assistant ``/cyber remind``, ``/cyber reminders``, the reminder buttons and
the delivery job. The pieces: ``targets`` (who it is for), ``deadlines`` (``remind me about
DEADLINE``), ``commands`` (the subcommands and buttons), ``render`` (how reminders read),
``store`` (the database), ``delivery`` (posting due occurrences exactly once), ``acks`` (Done per
person on channel reminders, and ``until done`` nudges).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.calendar import calendar_for
from bot.core.feature import Feature, Services
from bot.reminders import acks as _acks
from bot.reminders.store import MIGRATIONS as _REMINDER_MIGRATIONS
from bot.reminders.store import ReminderStore

if TYPE_CHECKING:
    from bot.reminders.commands import ReminderCommands
    from bot.reminders.delivery import ReminderDelivery

MIGRATIONS = tuple(_REMINDER_MIGRATIONS) + tuple(_acks.MIGRATIONS)

__all__ = ["MIGRATIONS", "ReminderFeature", "build"]


@dataclass
class ReminderFeature:
    store: ReminderStore
    commands: ReminderCommands
    delivery: ReminderDelivery
    acks: _acks.Acks


def build(services: Services) -> Feature:
    # Imported here, not above: opening the database needs only MIGRATIONS, and ``cyberbot ask``
    # (which never serves this feature) should not pay for loading it.
    from bot.reminders.commands import ReminderCommands
    from bot.reminders.delivery import ReminderDelivery, render_channel_update

    store = ReminderStore(services.storage)
    delivery = ReminderDelivery(store, services.messenger, services.clock, services.settings.tick_seconds,
                                messengers=services.messengers)
    commands = ReminderCommands(store, services.messenger, services.clock, services.zones, calendar_for(services))
    acks = _acks.Acks(_acks.AckStore(services.storage, services.clock.now), store, services.messenger, services.clock,
                      render_channel_update, messengers=services.messengers)
    commands.acks = acks
    delivery.until_done_for = acks.store.until_done
    return Feature("reminders", commands=commands.subcommands(), buttons=commands.buttons(),
                   jobs=[("reminders", delivery), ("reminder_acks", acks)], close=acks.close,
                   api=ReminderFeature(store, commands, delivery, acks),
                   views=commands.views(), shortcuts=commands.shortcuts(), home=commands.home,
                   stop_team=lambda team, now: store.stop_team(team))
