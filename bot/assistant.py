"""Wiring the core together: one ``CyberBot`` holds the knowledge base, the database, the
clock, the scheduler and every feature's subcommands.

The Slack app, the console and the tests all build a ``CyberBot`` and call ``handle``; they
differ only in the clock, the messenger (where scheduled posts go) and the time-zone lookup
they pass in.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Callable

from bot.answers import knowledge
from bot.core.buttons import ActionResult, ActionRouter
from bot.answers.answerer import Answerer
from bot.core.clock import SystemClock
from bot.core.router import Request, Router
from bot.core.config import Settings
from bot.core.messenger import ConsoleMessenger, Messenger
from bot.answers.gaps import GapLog
from bot.answers.commands import Library
from bot import polls
from bot import reminders
from bot.core.replies import Reply
from bot.core.scheduler import Scheduler
from bot.core.storage import CORE_MIGRATIONS, Storage, StorageBusy, StorageError

log = logging.getLogger("cyberbot")


class FixedZones:
    """Everyone in one zone: the console, and people whose Slack profile has none."""

    def __init__(self, zone: str):
        self.zone = zone

    def zone_for(self, user_id: str) -> str:
        return self.zone


class CyberBot:
    def __init__(self, settings: Settings, clock=None, messenger: Messenger | None = None,
                 zones=None, storage: Storage | None = None, kb: knowledge.KnowledgeBase | None = None):
        self.settings = settings
        self.clock = clock or SystemClock()
        self.kb = kb or knowledge.load(settings.knowledge_dir)
        self.storage = storage or Storage(settings.db_path, migrations=all_migrations())
        self.messenger = messenger or ConsoleMessenger()
        self.zones = zones or FixedZones(settings.timezone)
        self.gaps = GapLog(self.storage, self.clock)
        self.answerer = Answerer(self.kb, self.gaps)
        self.router = Router()
        self.actions = ActionRouter()
        self.scheduler = Scheduler(self.clock, settings.tick_seconds)
        self.library = Library(self.kb, self.answerer, self.clock)
        self.library.register(self.router, self.actions)
        self.features = [feature(self) for feature in feature_factories()]

    def handle(self, text: str, ctx: Request) -> Reply:
        """Everything a person types ends here; whatever goes wrong, they get a kind reply."""
        started = time.perf_counter()
        outcome = "ok"
        try:
            reply = self.router.handle(text, ctx)
            outcome = reply.kind
            return reply
        except StorageBusy:
            outcome = "busy"
            return Reply.error("I'm a little busy right now (the database is locked). Please try again in a moment.")
        except StorageError as exc:
            outcome = "storage_error"
            log.error("storage error: %s", exc)
            return Reply.error("Sorry, I couldn't save or read that just now. Please try again shortly.")
        except Exception:  # noqa: BLE001 - a person must never see a traceback
            outcome = "crash"
            log.exception("unexpected error handling a command")
            return Reply.error("Sorry, something went wrong on my side. Please try again, or type `/cyber help`.")
        finally:
            log.info("handled command surface=%s user=%s outcome=%s ms=%.1f", ctx.surface, ctx.user_id,
                     outcome, (time.perf_counter() - started) * 1000)

    def handle_action(self, action_id: str, value: str, ctx: Request) -> ActionResult:
        """A button click; like ``handle``, it always ends in a kind reply, never a traceback."""
        started = time.perf_counter()
        outcome = "ok"
        try:
            return self.actions.handle(action_id, value, ctx)
        except StorageBusy:
            outcome = "busy"
            return ActionResult(ephemeral=Reply.error("I'm a little busy right now. Please click again in a moment."))
        except Exception:  # noqa: BLE001
            outcome = "crash"
            log.exception("unexpected error handling action %s", action_id)
            return ActionResult(ephemeral=Reply.error("Sorry, something went wrong with that button. Please try again."))
        finally:
            # Never log a vote's option: for an anonymous poll that would name what someone chose.
            log.info("handled action action=%s user=%s outcome=%s ms=%.1f", re.sub(r"_\d+$", "", action_id),
                     ctx.user_id, outcome,
                     (time.perf_counter() - started) * 1000)

    def close(self) -> None:
        """Stop the scheduler, then let each feature flush its work before the database closes."""
        self.scheduler.stop()
        for feature in self.features:
            close = getattr(feature, "close", None)
            if callable(close):
                try:
                    close()
                except Exception:  # noqa: BLE001 - closing must reach the database either way
                    log.exception("feature %r failed to close cleanly", feature)
        self.storage.close()


def feature_factories() -> list[Callable[[CyberBot], object]]:
    """Each feature registers its subcommands and scheduled jobs on the bot it is given."""
    return [
        polls.register,
        reminders.install,
    ]


def all_migrations():
    migrations = list(CORE_MIGRATIONS)
    migrations += polls.MIGRATIONS
    migrations += reminders.MIGRATIONS
    return migrations
