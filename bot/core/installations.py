"""Which workspaces installed the bot, with their tokens, and the OAuth states of installs under way.

Many councils' workspaces install one deployment through Slack's OAuth flow. Bolt runs that
flow and, on every request, finds the workspace's bot token through an ``InstallationStore``;
it refuses an install whose ``state`` it cannot consume from an ``OAuthStateStore``. slack-sdk's
own stores keep these in files or a separate SQLite file, which replicas do not share and
backups miss; these two keep them in our database, on either backend, so every replica sees an
install the moment it is stored and a state is consumed exactly once whichever replica the
browser comes back to.

* ``Installations`` (slack-sdk's ``InstallationStore``): ``slack_bots`` holds each workspace's
  (or, for an org-wide install, each organisation's) current bot; ``slack_installations``
  each installer's installation, without the bot's fields, which are always read from
  ``slack_bots``, so deleting a revoked bot token (``tokens_revoked``) leaves no copy of it
  behind in an older installation row. Keys are stored as ``''`` rather than NULL (absent
  enterprise or team), so they can be a primary key on both backends.
* ``OAuthStates`` (slack-sdk's ``OAuthStateStore``): a state is a random nonce signed with
  ``SLACK_STATE_SECRET``; the nonce is stored with its expiry, and consuming it deletes the row
  in one statement, so a state is good once, on one replica, before it expires. A state that
  is not signed with our secret is refused before the database is asked.

Bot tokens are stored as Slack issued them (README, "Who can see what": no cipher is at hand in
the standard library or our dependencies): anyone with a copy of the database can act as the
bot in every workspace that installed it, until the tokens are revoked.

The tables are the core's migration ``installations 1`` (``bot.core.storage.CORE_MIGRATIONS``),
kept there so opening the database never loads slack-sdk.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore

from bot.core.storage import utc_iso

log = logging.getLogger("cyberbot.installations")

# The bot's fields of an installation: kept in slack_bots only.
BOT_FIELDS = ("bot_token", "bot_id", "bot_user_id", "bot_scopes", "bot_refresh_token", "bot_token_expires_at")


def _key(value: str | None) -> str:
    return value or ""


def _team_key(team_id: str | None, is_enterprise_install: bool | None) -> str:
    """An org-wide install belongs to the organisation, whichever of its workspaces asks."""
    return "" if is_enterprise_install else _key(team_id)


def _json(values: dict) -> str:
    def plain(value: Any):
        if isinstance(value, datetime):
            return value.timestamp()
        raise TypeError(f"cannot store {type(value).__name__}")

    return json.dumps(values, default=plain, sort_keys=True)


def _now_iso(clock) -> str:
    return utc_iso(clock.now() if clock is not None else datetime.now(timezone.utc))


class Installations(InstallationStore):
    """slack-sdk's ``InstallationStore`` on our storage (SQLite or PostgreSQL)."""

    def __init__(self, storage, client_id: str, clock=None):
        self.storage = storage
        self.client_id = client_id
        self.clock = clock
        self._logger = log

    @property
    def logger(self):
        return self._logger

    # -- saving --------------------------------------------------------------------------------
    def save(self, installation: Installation) -> None:
        """One write transaction: the installer's row and the workspace's bot change together."""
        values = installation.to_dict_for_copying()
        for name in BOT_FIELDS:
            values.pop(name, None)
        team = _team_key(installation.team_id, installation.is_enterprise_install)
        with self.storage.transaction() as tx:
            tx.execute(
                "INSERT INTO slack_installations (client_id, enterprise_id, team_id, user_id, installed_at, data) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (client_id, enterprise_id, team_id, user_id) DO UPDATE SET "
                "installed_at = excluded.installed_at, data = excluded.data",
                (self.client_id, _key(installation.enterprise_id), team, _key(installation.user_id),
                 _now_iso(self.clock), _json(values)))
            if installation.bot_token:
                self._save_bot(tx, installation.to_bot())

    def save_bot(self, bot: Bot) -> None:
        with self.storage.transaction() as tx:
            self._save_bot(tx, bot)

    def _save_bot(self, tx, bot: Bot) -> None:
        tx.execute(
            "INSERT INTO slack_bots (client_id, enterprise_id, team_id, is_enterprise_install, installed_at, data) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (client_id, enterprise_id, team_id) DO UPDATE SET "
            "is_enterprise_install = excluded.is_enterprise_install, installed_at = excluded.installed_at, "
            "data = excluded.data",
            (self.client_id, _key(bot.enterprise_id), _team_key(bot.team_id, bot.is_enterprise_install),
             1 if bot.is_enterprise_install else 0, _now_iso(self.clock), _json(bot.to_dict_for_copying())))

    # -- finding -------------------------------------------------------------------------------
    def find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                 is_enterprise_install: bool | None = False) -> Bot | None:
        rows = self.storage.query(
            "SELECT data FROM slack_bots WHERE client_id = ? AND enterprise_id = ? AND team_id = ?",
            (self.client_id, _key(enterprise_id), _team_key(team_id, is_enterprise_install)))
        return Bot(**json.loads(rows[0]["data"])) if rows else None

    def find_installation(self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None,
                          is_enterprise_install: bool | None = False) -> Installation | None:
        """The installer's installation (or, without ``user_id``, the latest one in the workspace),
        with the workspace's current bot."""
        sql = ("SELECT data FROM slack_installations WHERE client_id = ? AND enterprise_id = ? AND team_id = ?")
        params: list = [self.client_id, _key(enterprise_id), _team_key(team_id, is_enterprise_install)]
        if user_id is not None:
            sql += " AND user_id = ?"
            params.append(user_id)
        rows = self.storage.query(sql + " ORDER BY installed_at DESC LIMIT 1", params)
        if not rows:
            return None
        values = json.loads(rows[0]["data"])
        bot = self.find_bot(enterprise_id=enterprise_id, team_id=team_id,
                            is_enterprise_install=is_enterprise_install)
        if bot is not None:
            values.update({name: getattr(bot, name) for name in BOT_FIELDS})
        return Installation(**values)

    def bot_for(self, team: str) -> Bot | None:
        """The bot of a workspace as the rest of the bot names it (``Request.team_id``: its team
        id, or the organisation's id for an org-wide install), for scheduled posts."""
        if not team:
            return None
        rows = self.storage.query(
            "SELECT data FROM slack_bots WHERE client_id = ? AND (team_id = ? OR (team_id = '' AND enterprise_id = ?)) "
            "ORDER BY team_id DESC, installed_at DESC LIMIT 1",
            (self.client_id, team, team))
        return Bot(**json.loads(rows[0]["data"])) if rows else None

    def teams(self) -> list[str]:
        """Every workspace (or organisation) with a bot installed now."""
        rows = self.storage.query(
            "SELECT enterprise_id, team_id FROM slack_bots WHERE client_id = ? ORDER BY installed_at",
            (self.client_id,))
        return [row["team_id"] or row["enterprise_id"] for row in rows]

    # -- deleting ------------------------------------------------------------------------------
    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        self.storage.write(
            "DELETE FROM slack_bots WHERE client_id = ? AND enterprise_id = ? AND team_id = ?",
            (self.client_id, _key(enterprise_id), _key(team_id)))

    def delete_installation(self, *, enterprise_id: str | None, team_id: str | None,
                            user_id: str | None = None) -> None:
        sql = "DELETE FROM slack_installations WHERE client_id = ? AND enterprise_id = ? AND team_id = ?"
        params: list = [self.client_id, _key(enterprise_id), _key(team_id)]
        if user_id is not None:
            sql += " AND user_id = ?"
            params.append(user_id)
        self.storage.write(sql, params)

    def delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        """Everything a workspace left with us (``app_uninstalled``), in one transaction."""
        keys = (self.client_id, _key(enterprise_id), _key(team_id))
        with self.storage.transaction() as tx:
            tx.execute("DELETE FROM slack_bots WHERE client_id = ? AND enterprise_id = ? AND team_id = ?", keys)
            tx.execute("DELETE FROM slack_installations WHERE client_id = ? AND enterprise_id = ? AND team_id = ?",
                       keys)


class OAuthStates(OAuthStateStore):
    """slack-sdk's ``OAuthStateStore`` on our storage: signed, expiring, consumed once."""

    def __init__(self, storage, secret: str, expiration_seconds: int = 600, clock=None):
        self.storage = storage
        self.secret = secret.encode("utf-8")
        self.expiration = timedelta(seconds=expiration_seconds)
        self.clock = clock
        self._logger = log

    @property
    def logger(self):
        return self._logger

    def _now(self) -> datetime:
        return self.clock.now() if self.clock is not None else datetime.now(timezone.utc)

    def _signature(self, nonce: str) -> str:
        return hmac.new(self.secret, nonce.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def issue(self, *args, **kwargs) -> str:
        nonce = secrets.token_urlsafe(24)
        now = self._now()
        with self.storage.transaction() as tx:
            tx.execute("DELETE FROM oauth_states WHERE expires_at < ?", (utc_iso(now),))
            tx.execute("INSERT INTO oauth_states (state, expires_at) VALUES (?, ?)",
                       (nonce, utc_iso(now + self.expiration)))
        return f"{nonce}.{self._signature(nonce)}"

    def consume(self, state: str) -> bool:
        """True once for a state we issued that has not expired; False for anything else."""
        nonce, _, signature = (state or "").rpartition(".")
        if not nonce or not hmac.compare_digest(signature.encode("ascii", "replace"),
                                                self._signature(nonce).encode("ascii")):
            log.info("refused an OAuth state that is not ours")
            return False
        cursor = self.storage.write("DELETE FROM oauth_states WHERE state = ? AND expires_at >= ?",
                                    (nonce, utc_iso(self._now())))
        if cursor.rowcount != 1:
            log.info("refused an OAuth state that was used already or has expired")
            return False
        return True
