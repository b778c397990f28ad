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

Scheduled work reads the key back from the row it claimed and posts through
``Services.messenger_for(row_team)``: the one messenger in single-workspace mode, that
workspace's own token in OAuth mode, or ``None`` once it uninstalled the app.
"""

from __future__ import annotations

from typing import Any, Callable

SINGLE_WORKSPACE = ""


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

    def use(self, factory: "Callable[[str], Any] | None") -> None:
        """Take ``factory(team_key) -> Messenger | None`` for every workspace from now on."""
        self._factory = factory

    def for_team(self, team: str | None) -> Any:
        if self._factory is None:
            return self.default
        return self._factory(team or SINGLE_WORKSPACE)
