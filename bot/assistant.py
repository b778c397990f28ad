"""The assistant: the shared core wired to every feature, listed once in ``FEATURES``.

The Slack app, the console and the tests all build a ``CyberBot`` and call ``handle`` (typed
words) and ``handle_action`` (button clicks); they differ only in the clock, the messenger
(where scheduled posts go) and the time-zone lookup they pass in. Each feature module gives its
migrations and a ``build(services)`` (see ``bot.core.feature``); nothing here knows what a
feature does.
"""

from __future__ import annotations

import logging
import re
import time

from bot import answers, calendar, curator, polls, reminders
from bot.answers import knowledge
from bot.core.buttons import ActionResult, ActionRouter
from bot.core.clock import SystemClock
from bot.core.config import Settings
from bot.core.feature import Feature, Services
from bot.core.home_tab import HomeSection, compose
from bot.core.forms import Submission as FormSubmission, View, ViewResult, ViewRouter
from bot.core.messenger import ConsoleMessenger, Messenger
from bot.core.replies import Reply
from bot.core.router import Request, Router, Subcommand
from bot.core.scheduler import Scheduler
from bot.core.tenancy import ServedMessenger, WorkspaceMessengers, acting_for, team_key
from bot.core.storage import CORE_MIGRATIONS, Storage, StorageBusy, StorageError, open_storage

# Every feature, once: its migrations open the database, its ``build`` wires it in.
FEATURES = (answers, calendar, reminders, polls, curator)

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
        self.storage = storage or open_storage(settings, all_migrations(), init=settings.init)
        self.messenger = messenger or ConsoleMessenger()
        self.zones = zones or FixedZones(settings.timezone)
        self.router = Router()
        self.actions = ActionRouter()
        self.views = ViewRouter()
        self.shortcuts: dict = {}
        self._home_parts: list = []
        self.router.add(Subcommand("home", self._home_command, "home", "what your App Home tab shows",
                                   console_only=True))
        self.scheduler = Scheduler(self.clock, settings.tick_seconds)
        self.messengers = WorkspaceMessengers(self.messenger)
        services = Services(settings=settings, clock=self.clock, storage=self.storage,
                            messenger=ServedMessenger(self.messengers), zones=self.zones, kb=self.kb,
                            messengers=self.messengers)
        self.features: dict[str, Feature] = {}
        try:
            for module in FEATURES:
                self._wire(module.build(services))
        except BaseException:        # a start refused (a lost key file, say) leaves nothing open
            if storage is None:
                self.storage.close()
            raise

    def _wire(self, feature: Feature) -> None:
        for sub in feature.commands:
            self.router.add(sub)
        for action_id, handler in feature.buttons.items():
            self.actions.register(action_id, handler)
        for name, job in feature.jobs:
            self.scheduler.add(name, job)
        for callback_id, handler in feature.views.items():
            self.views.register(callback_id, handler)
        self.shortcuts.update(feature.shortcuts)
        if feature.home is not None:
            self._home_parts.append((feature.name, feature.home))
        self.features[feature.name] = feature

    def use_messengers(self, factory, teams=None) -> None:
        """Post each workspace's work through ``factory(team_id) -> Messenger | None`` (OAuth mode:
        that workspace's own token; ``None`` once it uninstalled the app); ``teams()`` lists the
        installed workspaces' keys, for per-workspace work that is not a stored row (the digest)."""
        self.messengers.use(factory, teams)

    def messenger_for(self, team_id: str | None):
        return self.messengers.for_team(team_id)

    def api(self, name: str):
        """A feature's own object (the answerer, the poll service...), for the CLI and tests."""
        return self.features[name].api

    @property
    def answerer(self):
        return self.api("answers")

    def team(self, ctx: Request) -> str:
        """The tenant key of a request's rows (``bot.core.tenancy``)."""
        return team_key(self.settings, ctx.team_id)

    def handle(self, text: str, ctx: Request) -> Reply:
        """Everything a person types ends here; whatever goes wrong, they get a kind reply."""
        with acting_for(self.team(ctx)):
            return self._handle(text, ctx)

    def _handle(self, text: str, ctx: Request) -> Reply:
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
        with acting_for(self.team(ctx)):
            return self._handle_action(action_id, value, ctx)

    def _handle_action(self, action_id: str, value: str, ctx: Request) -> ActionResult:
        started = time.perf_counter()
        outcome = "ok"
        try:
            return self.actions.handle(action_id, value, ctx)
        except StorageBusy:
            outcome = "busy"
            return ActionResult(ephemeral=Reply.error("I'm a little busy right now. Please click again in a moment."))
        except StorageError as exc:
            outcome = "storage_error"
            log.error("storage error: %s", exc)
            return ActionResult(ephemeral=Reply.error("Sorry, I couldn't save that just now, so nothing was "
                                                      "recorded. Please try again shortly."))
        except Exception:  # noqa: BLE001
            outcome = "crash"
            log.exception("unexpected error handling action %s", action_id)
            return ActionResult(ephemeral=Reply.error("Sorry, something went wrong with that button. Please try again."))
        finally:
            # Never log a vote's option: for an anonymous poll that would name what someone chose.
            log.info("handled action action=%s user=%s outcome=%s ms=%.1f", re.sub(r"_\d+$", "", action_id),
                     ctx.user_id, outcome,
                     (time.perf_counter() - started) * 1000)

    def handle_view(self, submission: FormSubmission, ctx: Request) -> ViewResult:
        """A form submitted, checked in memory (what its ack says); the storing is the result's
        ``then``, for ``finish_view`` after the ack, serving the same workspace. Always a result,
        never a traceback."""
        team = self.team(ctx)
        try:
            with acting_for(team):
                result = self.views.handle(submission, ctx)
            if isinstance(result, ViewResult) and result.then is not None:
                result.then = _serving(team, result.then)
            return result
        except StorageBusy:
            return ViewResult(reply=Reply.error("I'm a little busy right now, so nothing was saved. "
                                                "Please submit the form again in a moment."))
        except Exception:  # noqa: BLE001
            log.exception("unexpected error handling form %s", submission.callback_id)
            return ViewResult(reply=Reply.error("Sorry, something went wrong with that form and nothing was "
                                                "saved. Please try again."))

    def finish_view(self, result: ViewResult, callback_id: str, ctx: Request) -> Reply | View | None:
        """A checked form's work, after its ack: what to tell the person (or the view to show).
        If storing fails, they are told it was not saved and to try again; never a silent loss."""
        started = time.perf_counter()
        outcome = "ok"
        try:
            if result.then is None:
                return result.reply
            done = result.then()
            outcome = getattr(done, "kind", None) or ("view" if done is not None else "ok")
            return done if done is not None else result.reply
        except StorageBusy:
            outcome = "busy"
            return Reply.error("Sorry, the database was busy, so what you submitted in that form was not saved. "
                               "Please open the form again and submit it in a moment.")
        except StorageError as exc:
            outcome = "storage_error"
            log.error("storage error after form %s: %s", callback_id[:40], exc)
            return Reply.error("Sorry, I couldn't save what you submitted in that form just now, so nothing was "
                               "saved. Please try again shortly.")
        except Exception:  # noqa: BLE001 - the form has closed: the person must still hear back
            outcome = "crash"
            log.exception("form %s failed after it closed", callback_id[:40])
            return Reply.error("Sorry, something went wrong on my side after you submitted that form, so it may "
                               "not have been saved. Please check, and try again.")
        finally:
            log.info("finished form callback=%s user=%s outcome=%s ms=%.1f", callback_id[:40], ctx.user_id, outcome,
                     (time.perf_counter() - started) * 1000)

    def shortcut(self, callback_id: str, ctx: Request) -> Reply:
        """A global or message shortcut: a reply, usually with a form to open (``Reply.view``)."""
        handler = self.shortcuts.get(callback_id)
        if handler is None:
            return Reply.error("Sorry, that shortcut is from an older version of me. Type `/cyber help` to see "
                               "what I can do.")
        try:
            with acting_for(self.team(ctx)):
                return handler(ctx)
        except Exception:  # noqa: BLE001
            log.exception("unexpected error handling shortcut %s", callback_id)
            return Reply.error("Sorry, something went wrong with that shortcut. Please try again.")

    def home(self, ctx: Request, notice: Reply | None = None) -> View:
        """Someone's App Home: each feature's sections, within Slack's limits."""
        sections: list[HomeSection] = []
        for name, part in self._home_parts:
            try:
                with acting_for(self.team(ctx)):
                    sections += part(ctx)
            except Exception:  # noqa: BLE001 - one broken section must not blank the whole Home
                log.exception("the %s part of the Home tab failed", name)
                sections.append(HomeSection(title=name.capitalize(), empty="I couldn't load this just now."))
        return compose(sections, notice)

    def _home_command(self, args: str, ctx: Request) -> Reply:
        view = self.home(ctx)
        return Reply(text="Your App Home", blocks=[b for b in view.blocks if not _is_input(b)], kind="home")

    def stop_team(self, team_id: str | None) -> dict[str, int]:
        """A workspace uninstalled the app (or revoked its tokens): stop its scheduled work.

        Each feature marks its rows (``Feature.stop_team``): pending reminders and their waiting
        occurrences cancelled, open polls closed without an announcement, recurring series
        stopped, queued nudges dropped, this week's digests given up. Rows are marked, not
        deleted, so a later re-install starts with nothing scheduled and no old reminder ever
        fires into a workspace that removed the app; what people stored (gaps, drafts, dates,
        past polls) stays theirs. Returns how many of each were stopped.
        """
        team = team_key(self.settings, team_id)
        now = self.clock.now()
        counts: dict[str, int] = {}
        with acting_for(team):
            for feature in self.features.values():
                if feature.stop_team is not None:
                    counts.update(feature.stop_team(team, now))
        log.info("stopped the scheduled work of workspace %s: %s", team or "(single)", counts)
        return counts

    def close(self) -> None:
        """Stop the scheduler, then let each feature flush its work before the database closes."""
        self.scheduler.stop()
        for feature in self.features.values():
            if feature.close is not None:
                try:
                    feature.close()
                except Exception:  # noqa: BLE001 - closing must reach the database either way
                    log.exception("feature %s failed to close cleanly", feature.name)
        self.storage.close()


def _serving(team: str, work):
    """``work`` run later (after a form closed) in the workspace that submitted the form."""
    def run(*args, **kwargs):
        with acting_for(team):
            return work(*args, **kwargs)
    return run


def _is_input(block) -> bool:
    from bot.core.forms import INPUTS

    return isinstance(block, INPUTS)


def all_migrations():
    """The core's migrations and every feature's, for opening the database."""
    migrations = list(CORE_MIGRATIONS)
    for module in FEATURES:
        migrations += module.MIGRATIONS
    return migrations
