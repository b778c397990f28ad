"""Poll message updates are coalesced by the shared ``bot.core.updates.LiveUpdater``."""

from bot.core.updates import MIN_INTERVAL, LiveUpdater

__all__ = ["MIN_INTERVAL", "LiveUpdater"]
