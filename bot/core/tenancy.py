"""Which workspace a stored row belongs to: the one rule, in one place.

Every row a person can read, list or change carries a ``team_id`` (the tenant key), and every
store query filters by it, so nothing (gaps, reminders, polls, curator settings) crosses
between workspaces when one bot serves many through Slack's OAuth install flow.

The key is derived here and nowhere else:

* **One workspace** (``SLACK_BOT_TOKEN``, no ``SLACK_CLIENT_ID``) and the console: every row's
  key is ``""``, whatever team id a payload carries. Databases made before rows were scoped hold
  ``""`` in every row (the migration's default), so they keep working unchanged, and a bot whose
  token moves to another workspace still sees its own rows.
* **Many workspaces** (``SLACK_CLIENT_ID`` set): the key is the request's team id (the
  enterprise id for an org-wide install, which the Slack listeners put in ``Request.team_id``
  when a payload has no team). A request with no team at all (the console, a CLI command) uses
  ``""``, which no installed workspace ever has.

How a store learns the key: **the workspace being served** (``current_team()``), set in one
place for each way work enters the bot. ``CyberBot.handle``/``handle_action``/``handle_view``/
``shortcut``/``home`` serve the request's key (``acting_for``) while the feature runs, and a
scheduled job serves each claimed row's own key while it works on that row. Stores put
``current_team()`` in every statement that reads, lists or changes a person's rows (a test scans
``bot/`` for SQL on a scoped table that does not name ``team_id``), so an id guessed from
another workspace is simply not found. Only the scheduler's claims read across workspaces, and
they say so in the SQL (``/* every workspace */``). Work handed to another thread (a coalesced
redraw, a paced DM) carries its workspace with it. Outside any of these the key is ``""``: the
one workspace, or, in OAuth mode, no installed workspace at all, so a forgotten scope fails
closed (finds nothing) rather than reaching into someone else's rows.

Scheduled work posts through ``Services.messenger_for(row_team)``: the one messenger in
single-workspace mode, that workspace's own token in OAuth mode, or ``None`` once it
uninstalled the app (the work is then skipped, logged once, and ``CyberBot.stop_team`` ends it).
``Services.messenger`` is the messenger *of the workspace being served*, so a feature's
interactive posts (a poll going up after ``/cyber poll``) reach the right workspace too.
"""

from __future__ import annotations

import contextvars
import logging
from contextlib import contextmanager
from typing import Any, Callable, Iterator

log = logging.getLogger(__name__)

SINGLE_WORKSPACE = ""
EVERY_WORKSPACE = "/* every workspace */"   # marks a scheduler's claim that reads across workspaces

_SERVING: contextvars.ContextVar[str] = contextvars.ContextVar("cyberbot_team", default=SINGLE_WORKSPACE)


def current_team() -> str:
    """The key of the workspace being served: the request's, or the claimed row's."""
    return _SERVING.get()


@contextmanager
def acting_for(team: str | None) -> Iterator[str]:
    """Serve ``team`` (a tenant key) inside the block: stores read and write its rows only."""
    token = _SERVING.set(team or SINGLE_WORKSPACE)
    try:
        yield team or SINGLE_WORKSPACE
    finally:
        _SERVING.reset(token)


def many_workspaces(settings: Any) -> bool:
    """Whether this deployment serves many workspaces (Slack's OAuth install flow)."""
    return bool(getattr(settings, "client_id", None))


def team_key(settings: Any, team_id: str | None) -> str:
    """The tenant key stored with (and filtered by) every row for a request from ``team_id``."""
    if not many_workspaces(settings):
        return SINGLE_WORKSPACE
    return team_id or SINGLE_WORKSPACE


class WorkspaceMessengers:
    """Where a workspace's posts go: ``for_team(key)`` is a ``Messenger``, or ``None`` when that
    workspace has uninstalled the app (its scheduled work is then skipped, never posted elsewhere).

    Until something supplies a factory (the Slack adapter does in OAuth mode, a messenger per
    installed workspace on its own token), every workspace is the one messenger the bot was
    built with: single-workspace Slack, the console, a test's recorder.
    """

    def __init__(self, default: Any):
        self.default = default
        self._factory: Callable[[str], Any] | None = None
        self._teams: Callable[[], Any] | None = None
        self._gone_logged: set[str] = set()

    def use(self, factory: "Callable[[str], Any] | None", teams: "Callable[[], Any] | None" = None) -> None:
        """Take ``factory(team_key) -> Messenger | None`` for every workspace from now on, and
        ``teams() -> keys`` of the installed workspaces (for work that is not a row: the weekly digest)."""
        self._factory = factory
        self._teams = teams

    def teams(self) -> list[str]:
        """The workspaces to run per-workspace work for: the one, or each installed one."""
        if self._factory is None:
            return [SINGLE_WORKSPACE]
        return list(self._teams()) if self._teams is not None else []

    def for_team(self, team: str | None) -> Any:
        if self._factory is None:
            return self.default
        return self._factory(team or SINGLE_WORKSPACE)

    def gone(self, team: str, what: str) -> None:
        """Say once per workspace that its scheduled work is being skipped (it uninstalled us)."""
        if team not in self._gone_logged:
            self._gone_logged.add(team)
            log.warning("workspace %s has no messenger (uninstalled?): skipping its scheduled work (%s)",
                        team or "(single)", what)

    def serving(self, team: str | None, what: str) -> Any:
        """``for_team(team)``, logging once when the workspace is gone (then ``None``)."""
        messenger = self.for_team(team)
        if messenger is None:
            self.gone(team or SINGLE_WORKSPACE, what)
        else:
            self._gone_logged.discard(team or SINGLE_WORKSPACE)
        return messenger


class WorkspaceGone(RuntimeError):
    """A post for a workspace that has no messenger any more (it uninstalled the app)."""


class ServedMessenger:
    """The messenger of the workspace being served, for features that hold one messenger.

    Every attribute is looked up on ``messengers.for_team(current_team())`` at the moment of
    use, so the same feature object posts into whichever workspace it is serving.
    """

    def __init__(self, messengers: WorkspaceMessengers):
        object.__setattr__(self, "_messengers", messengers)

    def _target(self) -> Any:
        team = current_team()
        found = self._messengers.for_team(team)
        if found is None:
            raise WorkspaceGone(f"workspace {team or '(single)'} has no messenger (the app was uninstalled)")
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target(), name, value)
