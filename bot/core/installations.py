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
  is not signed with our secret is refused before the database is asked. The install link is
  open to anyone, so at most ``MAX_LIVE_STATES`` are kept, the oldest purged first.

**Tokens are encrypted at rest.** Anyone holding a copy of the database (a backup, a dump, a
stolen disk) must not be able to act as the bot in every workspace that installed it, so each
row's ``data`` (the tokens, and everything else Slack told us about the install) is sealed with
AES-256-GCM (``cryptography``) under a key derived with HKDF-SHA256 from the bot's secret
(``CYBERBOT_SECRET_KEY``, or the key file beside the database: ``bot.core.install_key``, never
inside the database), with an ``info`` label of its own (``TOKEN_KEY_INFO``), so the token key
and the anonymous voters' key differ. The row's own keys (app, organisation, workspace,
installer) are the cipher's associated data: a sealed blob copied into another workspace's row
does not open. A row that does not open with this bot's key (the key changed, or the row was
tampered with) is logged once and treated as not installed: never a crash, never ciphertext
used as a token. Rows written before tokens were sealed (plain JSON) are read as they are and
sealed at start (``seal_plaintext``), with SQLite's secure delete so no page keeps the old text.
``cryptography`` is imported only when a store is made, so ``cyberbot ask`` never loads it.

The tables are the core's migration ``installations 1`` (``bot.core.storage.CORE_MIGRATIONS``),
kept there so opening the database never loads slack-sdk.
"""

from __future__ import annotations

import base64
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


# -- sealing -------------------------------------------------------------------------------------

TOKEN_KEY_INFO = b"cyberbot slack tokens at rest v1"   # HKDF info: this key is for tokens only
SEALED = "v1:"                                         # what a sealed row's data starts with
BOTS, INSTALLATIONS = "slack_bots", "slack_installations"


class CannotOpen(ValueError):
    """A sealed row that this bot's key does not open."""


def token_key(secret: bytes) -> bytes:
    """The 256-bit key for tokens at rest, derived from the bot's secret (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=TOKEN_KEY_INFO).derive(secret)


class Sealer:
    """AES-256-GCM on a row's JSON, bound to the row's keys (associated data)."""

    def __init__(self, secret: bytes):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not secret:
            raise ValueError("the token key needs the bot's secret key")
        self._aead = AESGCM(token_key(secret))

    def seal(self, plain: str, where: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, plain.encode("utf-8"), where.encode("utf-8"))
        return SEALED + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def open(self, data: str, where: str) -> str:
        """The row's JSON; plain JSON (a row from before sealing) as it is; else ``CannotOpen``."""
        if data.startswith("{"):
            return data
        if not data.startswith(SEALED):
            raise CannotOpen("not a sealed row")
        from cryptography.exceptions import InvalidTag

        try:
            raw = base64.urlsafe_b64decode(data[len(SEALED):].encode("ascii"))
            return self._aead.decrypt(raw[:12], raw[12:], where.encode("utf-8")).decode("utf-8")
        except (InvalidTag, ValueError) as exc:
            raise CannotOpen("sealed with another key, or changed") from exc


def _where(table: str, client_id: str, enterprise: str, team: str, user: str | None = None) -> str:
    """A row's keys, as the cipher's associated data."""
    parts = [table, client_id, enterprise, team] + ([user] if user is not None else [])
    return "\x1f".join(parts)


class Installations(InstallationStore):
    """slack-sdk's ``InstallationStore`` on our storage (SQLite or PostgreSQL), tokens sealed.

    ``secret`` is the bot's secret key (``bot.core.install_key``); without it the store can only
    list which workspaces are installed (``teams``), as ``cyberbot doctor`` does."""

    def __init__(self, storage, client_id: str, secret: bytes | None = None, clock=None):
        self.storage = storage
        self.client_id = client_id
        self.clock = clock
        self._logger = log
        self._sealer = Sealer(secret) if secret is not None else None
        self._unopened: set[str] = set()

    @property
    def logger(self):
        return self._logger

    def _seal(self, values: dict, where: str) -> str:
        if self._sealer is None:
            raise RuntimeError("storing Slack tokens needs the bot's secret key (bot.core.install_key)")
        return self._sealer.seal(_json(values), where)

    def _open(self, data: str, where: str, team: str) -> dict | None:
        """A row's values, or ``None`` (logged once) when this bot's key does not open it."""
        if self._sealer is None:
            raise RuntimeError("reading Slack tokens needs the bot's secret key (bot.core.install_key)")
        try:
            return json.loads(self._sealer.open(data, where))
        except CannotOpen:
            if where not in self._unopened:
                self._unopened.add(where)
                log.error("the stored Slack install of workspace %s cannot be decrypted with this bot's secret "
                          "key (CYBERBOT_SECRET_KEY, or the key file beside the database): treating it as not "
                          "installed. Set the key it was saved with (every replica the same), or ask the "
                          "workspace's admin to install the app again", team or "(none)")
            return None

    # -- saving --------------------------------------------------------------------------------
    def save(self, installation: Installation) -> None:
        """One write transaction: the installer's row and the workspace's bot change together."""
        values = installation.to_dict_for_copying()
        for name in BOT_FIELDS:
            values.pop(name, None)
        enterprise, team, user = _key(installation.enterprise_id), \
            _team_key(installation.team_id, installation.is_enterprise_install), _key(installation.user_id)
        data = self._seal(values, _where(INSTALLATIONS, self.client_id, enterprise, team, user))
        with self.storage.transaction() as tx:
            tx.execute(
                "INSERT INTO slack_installations (client_id, enterprise_id, team_id, user_id, installed_at, data) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (client_id, enterprise_id, team_id, user_id) DO UPDATE SET "
                "installed_at = excluded.installed_at, data = excluded.data",
                (self.client_id, enterprise, team, user, _now_iso(self.clock), data))
            if installation.bot_token:
                self._save_bot(tx, installation.to_bot())

    def save_bot(self, bot: Bot) -> None:
        with self.storage.transaction() as tx:
            self._save_bot(tx, bot)

    def _save_bot(self, tx, bot: Bot) -> None:
        enterprise, team = _key(bot.enterprise_id), _team_key(bot.team_id, bot.is_enterprise_install)
        data = self._seal(bot.to_dict_for_copying(), _where(BOTS, self.client_id, enterprise, team))
        tx.execute(
            "INSERT INTO slack_bots (client_id, enterprise_id, team_id, is_enterprise_install, installed_at, data) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (client_id, enterprise_id, team_id) DO UPDATE SET "
            "is_enterprise_install = excluded.is_enterprise_install, installed_at = excluded.installed_at, "
            "data = excluded.data",
            (self.client_id, enterprise, team, 1 if bot.is_enterprise_install else 0, _now_iso(self.clock), data))

    # -- finding -------------------------------------------------------------------------------
    def _bot_of(self, row: dict) -> Bot | None:
        values = self._open(row["data"], _where(BOTS, self.client_id, row["enterprise_id"], row["team_id"]),
                            row["team_id"] or row["enterprise_id"])
        return Bot(**values) if values is not None else None

    def find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                 is_enterprise_install: bool | None = False) -> Bot | None:
        rows = self.storage.query(
            "SELECT enterprise_id, team_id, data FROM slack_bots WHERE client_id = ? AND enterprise_id = ? "
            "AND team_id = ?",
            (self.client_id, _key(enterprise_id), _team_key(team_id, is_enterprise_install)))
        return self._bot_of(rows[0]) if rows else None

    def find_installation(self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None,
                          is_enterprise_install: bool | None = False) -> Installation | None:
        """The installer's installation (or, without ``user_id``, the latest one in the workspace),
        with the workspace's current bot."""
        sql = ("SELECT enterprise_id, team_id, user_id, data FROM slack_installations "
               "WHERE client_id = ? AND enterprise_id = ? AND team_id = ?")
        params: list = [self.client_id, _key(enterprise_id), _team_key(team_id, is_enterprise_install)]
        if user_id is not None:
            sql += " AND user_id = ?"
            params.append(user_id)
        rows = self.storage.query(sql + " ORDER BY installed_at DESC LIMIT 1", params)
        if not rows:
            return None
        row = rows[0]
        values = self._open(row["data"], _where(INSTALLATIONS, self.client_id, row["enterprise_id"], row["team_id"],
                                                row["user_id"]), row["team_id"] or row["enterprise_id"])
        if values is None:
            return None
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
            "SELECT enterprise_id, team_id, data FROM slack_bots WHERE client_id = ? "
            "AND (team_id = ? OR (team_id = '' AND enterprise_id = ?)) "
            "ORDER BY team_id DESC, installed_at DESC LIMIT 1",
            (self.client_id, team, team))
        return self._bot_of(rows[0]) if rows else None

    def teams(self) -> list[str]:
        """Every workspace (or organisation) with a bot installed now."""
        rows = self.storage.query(
            "SELECT enterprise_id, team_id FROM slack_bots WHERE client_id = ? ORDER BY installed_at",
            (self.client_id,))
        return [row["team_id"] or row["enterprise_id"] for row in rows]

    def unreadable(self) -> list[str]:
        """The workspaces (or organisations) whose stored bot this store's key does not open."""
        rows = self.storage.query("SELECT enterprise_id, team_id, data FROM slack_bots WHERE client_id = ? "
                                  "ORDER BY installed_at", (self.client_id,))
        shut = []
        for row in rows:
            try:
                self._sealer.open(row["data"], _where(BOTS, self.client_id, row["enterprise_id"], row["team_id"]))
            except CannotOpen:
                shut.append(row["team_id"] or row["enterprise_id"])
        return shut

    # -- rows from before tokens were sealed --------------------------------------------------------
    def seal_plaintext(self) -> int:
        """Seal every row still holding plain JSON (written before tokens were encrypted), in
        one transaction; on SQLite with secure delete and the log emptied after, so no page of
        the file keeps the old text. How many rows were sealed."""
        if self._sealer is None:
            raise RuntimeError("sealing Slack tokens needs the bot's secret key (bot.core.install_key)")
        found = 0
        secure = not self.storage.dialect.is_postgres
        conn = self.storage.conn if secure else None
        if secure:
            conn.execute("PRAGMA secure_delete = ON")
        try:
            with self.storage.transaction() as tx:
                for table, keys in ((BOTS, ("enterprise_id", "team_id")),
                                    (INSTALLATIONS, ("enterprise_id", "team_id", "user_id"))):
                    columns = ", ".join(keys)
                    cursor = tx.execute(f"SELECT {columns}, data FROM {table} WHERE client_id = ? "
                                        "AND data LIKE '{%'", (self.client_id,))
                    plain = [dict(zip([*keys, "data"], row)) for row in cursor.fetchall()]
                    for row in plain:
                        where = _where(table, self.client_id, *(row[k] for k in keys))
                        match = " AND ".join(f"{k} = ?" for k in keys)
                        tx.execute(f"UPDATE {table} SET data = ? WHERE client_id = ? AND {match}",
                                   (self._sealer.seal(row["data"], where), self.client_id,
                                    *(row[k] for k in keys)))
                    found += len(plain)
        finally:
            if secure:
                conn.execute("PRAGMA secure_delete = OFF")
        if found:
            if secure:
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                except Exception as exc:  # noqa: BLE001 - a reader holds the log; the next start empties it
                    log.warning("could not empty the database log after sealing the tokens: %s", exc)
            log.warning("encrypted the Slack tokens of %d stored install row(s) written before tokens were "
                        "encrypted at rest", found)
        return found

    def installed_as(self, *, enterprise_id: str | None, team_id: str | None,
                     is_enterprise_install: bool | None = False) -> tuple[str, str]:
        """The stored keys (organisation, workspace) an uninstall or a revocation refers to. For
        an org-wide install that is the organisation's row, whether Slack's envelope names the
        workspace the admin acted from or the organisation alone; else the workspace's own."""
        enterprise, team = _key(enterprise_id), _key(team_id)
        if is_enterprise_install or not team:
            return enterprise, ""
        if enterprise:
            rows = self.storage.query(
                "SELECT team_id FROM slack_bots WHERE client_id = ? AND enterprise_id = ? AND team_id IN (?, '') "
                "UNION SELECT team_id FROM slack_installations WHERE client_id = ? AND enterprise_id = ? "
                "AND team_id IN (?, '')", (self.client_id, enterprise, team, self.client_id, enterprise, team))
            stored = {row["team_id"] for row in rows}
            if team not in stored and "" in stored:
                return enterprise, ""
        return enterprise, team

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


MAX_LIVE_STATES = 1000     # installs under way at once; beyond it the oldest link stops working


class OAuthStates(OAuthStateStore):
    """slack-sdk's ``OAuthStateStore`` on our storage: signed, expiring, consumed once, bounded.

    ``GET /slack/install`` is open to anyone and issues a state each time, so the table is
    capped: at most ``max_live`` states are kept, the oldest purged as each new one is issued
    (as well as every expired one). Ten thousand hits leave ``max_live`` rows, not ten thousand.
    The price, only during such a flood: an admin's link older than the newest ``max_live`` is
    refused with the kind "used or expired" page, and they start again."""

    def __init__(self, storage, secret: str, expiration_seconds: int = 600, clock=None,
                 max_live: int = MAX_LIVE_STATES):
        if max_live < 1:
            raise ValueError("max_live must be at least 1")
        self.max_live = max_live
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
        with self.storage.transaction(flush=False) as tx:     # lost in an OS crash: the admin starts again
            tx.execute("DELETE FROM oauth_states WHERE expires_at < ?", (utc_iso(now),))
            # room for this one: keep the newest max_live - 1 (a row value orders ties by state)
            tx.execute("DELETE FROM oauth_states WHERE (expires_at, state) <= (SELECT expires_at, state FROM "
                       "oauth_states ORDER BY expires_at DESC, state DESC LIMIT 1 OFFSET ?)", (self.max_live - 1,))
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
