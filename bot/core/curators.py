"""Who may curate (answer "Ask the council" questions, add or remove council dates, change these
settings) and where the council's questions go, for the workspace being served.

Two sources, and which one counts depends on the deployment (``bot.core.tenancy``):

* **One workspace** (``SLACK_BOT_TOKEN``): the environment works exactly as before.
  ``CYBERBOT_CURATORS`` lists Slack user ids (``U...``) or a user-group id (``S...``; its members
  are asked of Slack through the messenger and kept for a few minutes). Curators may add more
  people on the App Home ("Curator settings"); those are stored in the database and *add to*
  the environment's list, never take from it (someone named in ``CYBERBOT_CURATORS`` stays a
  curator until the variable changes). ``CYBERBOT_CURATOR_CHANNEL``, when set, *wins* over a
  channel chosen on the Home; the Home's choice is used only while the variable is unset.
* **Many workspaces** (``SLACK_CLIENT_ID``): the environment's curators and channel are not used
  at all, since one list and one channel cannot belong to every workspace. Each workspace's
  curators and channel are its own rows (``curator_people``, ``curator_settings``, keyed by
  ``team_id``), and the person who installed the app into a workspace (the installer in
  ``slack_installations``) is its first curator: added the first time the workspace's curators
  are looked up after each install, so a re-install by an admin makes them a curator again.

The person at the console (``cyberbot chat``) always curates: it runs on the operator's own
machine, against the database they already hold.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from bot.core import regexes
from bot.core.replies import Reply
from bot.core.router import Request
from bot.core.tenancy import current_team, many_workspaces

GROUP_CACHE_SECONDS = 300.0
MAX_CURATORS = 50
SLACK_USER = regexes.compile(r"^[UW][A-Z0-9]+$")
SLACK_CHANNEL = regexes.compile(r"^[CG][A-Z0-9]+$")


@dataclass(frozen=True)
class WorkspaceCurators:
    """A workspace's own settings, as stored: its curators (oldest first) and its channel."""

    people: tuple[str, ...] = ()
    channel: str | None = None


class CuratorSettings:
    """Each workspace's curators and curator channel, in the database (every statement names the
    workspace, ``current_team()``)."""

    def __init__(self, storage, clock=None, client_id: str | None = None):
        self.storage = storage
        self.clock = clock
        self.client_id = client_id      # set in OAuth mode: the installer of each workspace curates

    def _now(self) -> str:
        from datetime import datetime, timezone

        from bot.core.storage import utc_iso

        return utc_iso(self.clock.now() if self.clock is not None else datetime.now(timezone.utc))

    def get(self) -> WorkspaceCurators:
        team = current_team()
        if self.client_id:
            self._seed_installer(team)
        people = tuple(r["user_id"] for r in self.storage.query(
            "SELECT user_id FROM curator_people WHERE team_id = ? ORDER BY added_at, user_id", (team,)))
        rows = self.storage.query("SELECT channel FROM curator_settings WHERE team_id = ?", (team,))
        return WorkspaceCurators(people, (rows[0]["channel"] or None) if rows else None)

    def _seed_installer(self, team: str) -> None:
        """The latest installer of ``team`` is a curator once per install (``seeded_from`` says which)."""
        if not team:
            return
        installs = self.storage.query(
            "SELECT user_id, installed_at FROM slack_installations WHERE client_id = ? AND user_id <> '' AND"
            " (team_id = ? OR (team_id = '' AND enterprise_id = ?)) ORDER BY installed_at DESC LIMIT 1",
            (self.client_id, team, team))
        if not installs:
            return
        marker = f"{installs[0]['user_id']}@{installs[0]['installed_at']}"
        seeded = self.storage.query("SELECT seeded_from FROM curator_settings WHERE team_id = ?", (team,))
        if seeded and seeded[0]["seeded_from"] == marker:
            return
        now = self._now()
        with self.storage.transaction() as tx:
            tx.execute("INSERT INTO curator_settings (team_id, seeded_from) VALUES (?, ?) ON CONFLICT (team_id)"
                       " DO UPDATE SET seeded_from = excluded.seeded_from", (team, marker))
            tx.execute("INSERT INTO curator_people (team_id, user_id, added_by, added_at) VALUES (?, ?, 'install', ?)"
                       " ON CONFLICT (team_id, user_id) DO NOTHING", (team, installs[0]["user_id"], now))

    def save(self, people: list[str], channel: str | None, by: str) -> None:
        """The workspace's curators become exactly ``people`` and its channel ``channel``, at once."""
        team = current_team()
        now = self._now()
        with self.storage.transaction() as tx:
            tx.execute("INSERT INTO curator_settings (team_id, channel, updated_by, updated_at) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (team_id) DO UPDATE SET channel = excluded.channel,"
                       " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                       (team, channel, by, now))
            kept = tx.execute("SELECT user_id FROM curator_people WHERE team_id = ?", (team,)).fetchall()
            before = {row[0] for row in kept}
            for gone in sorted(before - set(people)):
                tx.execute("DELETE FROM curator_people WHERE team_id = ? AND user_id = ?", (team, gone))
            for person in people:
                if person not in before:
                    tx.execute("INSERT INTO curator_people (team_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)"
                               " ON CONFLICT (team_id, user_id) DO NOTHING", (team, person, by, now))


class Curators:
    """Whether the person asking curates in the workspace being served, and where its council's
    questions go. Built once per feature from the settings (``for_services``)."""

    def __init__(self, ids: tuple[str, ...], messenger, monotonic=time.monotonic, stored: CuratorSettings | None = None,
                 many: bool = False, channel: str | None = None):
        self.env_ids = tuple(ids)
        self.users = {i for i in ids if not i.startswith("S")} if not many else set()
        self.groups = [i for i in ids if i.startswith("S")] if not many else []
        self.env_channel = None if many else channel
        self.messenger = messenger
        self.stored = stored
        self.many = many
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._members: dict[str, tuple[float, set[str]]] = {}

    @classmethod
    def for_services(cls, services) -> "Curators":
        settings = services.settings
        many = many_workspaces(settings)
        stored = CuratorSettings(services.storage, services.clock, settings.client_id if many else None)
        return cls(settings.curators, services.messenger, stored=stored, many=many,
                   channel=settings.curator_channel)

    # -- who -----------------------------------------------------------------------------------------
    def stored_people(self) -> tuple[str, ...]:
        return self.stored.get().people if self.stored is not None else ()

    def anyone(self) -> bool:
        """Whether this workspace has any curator at all (the console aside)."""
        return bool(self.users or self.groups or self.stored_people())

    def allows(self, ctx: Request) -> bool:
        if ctx.in_console:
            return True
        user = ctx.user_id or ""
        if not user:
            return False
        if user in self.users or user in self.stored_people():
            return True
        return any(user in self._group(group) for group in self.groups)

    def _group(self, group_id: str) -> set[str]:
        now = self._monotonic()
        with self._lock:
            cached = self._members.get(group_id)
        if cached and now - cached[0] < GROUP_CACHE_SECONDS:
            return cached[1]
        lookup = getattr(self.messenger, "group_members", None)
        members = set(lookup(group_id)) if lookup else set()
        with self._lock:
            self._members[group_id] = (now, members)
        return members

    # -- where ---------------------------------------------------------------------------------------
    def channel(self) -> str | None:
        """Where this workspace's "Ask the council" questions go: ``CYBERBOT_CURATOR_CHANNEL`` when it
        is set (one workspace only), else the channel its curators chose on the Home."""
        if self.env_channel:
            return self.env_channel
        return self.stored.get().channel if self.stored is not None else None

    def refusal(self, what: str) -> Reply:
        """The polite no: what they tried, that nothing changed, and who can help."""
        if self.many:
            return Reply.error(f"Sorry, only this workspace's curators can {what}, and you're not one of them, so "
                               "nothing has changed. If you think you should be, ask a curator to add you under "
                               "\u201cCurator settings\u201d on my Home tab.")
        return Reply.error(f"Sorry, only the council's curators can {what}, and you're not on the list, "
                           "so nothing has changed. If you think you should be, ask your Slack admin to add you "
                           "to `CYBERBOT_CURATORS`.")


def curator_channel(messenger, configured: str | None) -> str | None:
    """``CYBERBOT_CURATOR_CHANNEL`` as a channel id: a ``#name`` is looked up (ids pass through)."""
    if not configured or not configured.startswith("#"):
        return configured
    try:
        return messenger.resolve_channel(configured) or configured
    except Exception:  # noqa: BLE001 - the post itself will then say what is wrong
        return configured
