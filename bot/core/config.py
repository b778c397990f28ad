"""Settings from the environment (and a ``.env`` file), named as in the outside contract."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from bot.core import regexes

DEFAULT_TIMEZONE = "Europe/London"
DEFAULT_TICK_SECONDS = 15.0


@dataclass(frozen=True)
class Settings:
    bot_token: str | None
    signing_secret: str | None
    app_token: str | None
    api_url: str | None
    port: int
    db_path: str
    knowledge_dir: Path
    timezone: str
    tick_seconds: float
    curator_channel: str | None = None     # CYBERBOT_CURATOR_CHANNEL: where "Ask the council" questions go
    curators: tuple[str, ...] = ()         # CYBERBOT_CURATORS: user ids, or a user-group id
    database_url: str | None = None   # postgresql://...: PostgreSQL instead of the SQLite file
    secret_key: str | None = None          # CYBERBOT_SECRET_KEY: anonymous voters' hash key (else a key file)
    client_id: str | None = None           # SLACK_CLIENT_ID: many workspaces through Slack's OAuth install flow
    client_secret: str | None = None       # SLACK_CLIENT_SECRET: exchanges an install's code for its token
    state_secret: str | None = None        # SLACK_STATE_SECRET: signs the OAuth state of installs under way
    init: bool = False                     # --init: a missing database may be started afresh, on purpose

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, load_dotenv_file: bool = True) -> "Settings":
        if env is None:
            if load_dotenv_file:
                _load_dotenv()
            env = dict(os.environ)
        return cls(
            bot_token=env.get("SLACK_BOT_TOKEN") or None,
            signing_secret=env.get("SLACK_SIGNING_SECRET") or None,
            app_token=env.get("SLACK_APP_TOKEN") or None,
            api_url=env.get("SLACK_API_URL") or None,
            port=_int(env.get("PORT"), 3000, "PORT"),
            db_path=env.get("CYBERBOT_DB") or "cyberbot.db",
            knowledge_dir=Path(env.get("CYBERBOT_KNOWLEDGE") or default_knowledge_dir()),
            timezone=env.get("CYBERBOT_TIMEZONE") or DEFAULT_TIMEZONE,
            tick_seconds=_float(env.get("CYBERBOT_TICK_SECONDS"), DEFAULT_TICK_SECONDS, "CYBERBOT_TICK_SECONDS"),
            curator_channel=_channel(env.get("CYBERBOT_CURATOR_CHANNEL")),
            curators=_curators(env.get("CYBERBOT_CURATORS")),
            database_url=_database_url(env.get("CYBERBOT_DATABASE_URL")),
            secret_key=_secret_key(env.get("CYBERBOT_SECRET_KEY")),
            client_id=env.get("SLACK_CLIENT_ID") or None,
            client_secret=env.get("SLACK_CLIENT_SECRET") or None,
            state_secret=env.get("SLACK_STATE_SECRET") or None,
        )

    @property
    def oauth(self) -> bool:
        """Many workspaces through Slack's OAuth install flow (all three OAuth settings are set)."""
        return bool(self.client_id and self.client_secret and self.state_secret)

    def oauth_problem(self) -> str | None:
        """What is wrong when some OAuth settings are set but not all three, else None."""
        given = {"SLACK_CLIENT_ID": self.client_id, "SLACK_CLIENT_SECRET": self.client_secret,
                 "SLACK_STATE_SECRET": self.state_secret}
        missing = [name for name, value in given.items() if not value]
        if not missing or len(missing) == len(given):
            return None
        return (f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set, but "
                f"{' and '.join(n for n in given if n not in missing)} {'is' if len(given) - len(missing) == 1 else 'are'}: "
                "installing into many workspaces needs all three (the client id and secret from your Slack app's "
                "Basic Information page, and a state secret of your own, such as the output of "
                "`python -c \"import secrets; print(secrets.token_hex(32))\"`). Unset all three to run in one "
                "workspace with SLACK_BOT_TOKEN.")


class ConfigError(ValueError):
    """A setting that cannot be used; the message says which and what to set instead."""


MIN_SECRET_KEY_CHARS = 32


def _secret_key(raw: str | None) -> str | None:
    if not raw:
        return None
    if len(raw.strip()) < MIN_SECRET_KEY_CHARS:
        raise ConfigError(
            f"CYBERBOT_SECRET_KEY must be at least {MIN_SECRET_KEY_CHARS} characters; make one with "
            "`python -c \"import secrets; print(secrets.token_hex(32))\"`, or unset it to use a key file")
    return raw.strip()


def default_knowledge_dir() -> Path:
    """``knowledge/`` in the working folder, else the one beside the installed package."""
    here = Path("knowledge")
    if here.is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "knowledge"


def _load_dotenv() -> None:
    path = Path.cwd() / ".env"
    if not path.is_file():   # most runs have none: python-dotenv is not even imported
        return
    try:
        from dotenv import load_dotenv
    except ImportError:  # pragma: no cover - python-dotenv is a hard dependency
        return
    load_dotenv(path, override=False)


def _int(raw: str | None, default: int, name: str) -> int:
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if not 0 < value < 65536:
        raise ConfigError(f"{name} must be between 1 and 65535, not {value}")
    return value


def _float(raw: str | None, default: float, name: str) -> float:
    if raw in (None, ""):
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds, not {raw!r}") from None
    if not 0 < value <= 3600:
        raise ConfigError(f"{name} must be between 0 and 3600 seconds, not {value}")
    return value


_SLACK_ID = regexes.compile(r"^[UWS][A-Z0-9]{2,}$")


def _channel(raw: str | None) -> str | None:
    """A channel id ("C0123") or a name ("#cyber-curators"); unset or blank means none."""
    value = (raw or "").strip()
    if not value:
        return None
    if any(ch.isspace() for ch in value):
        raise ConfigError(f"CYBERBOT_CURATOR_CHANNEL must be one channel id or #name, not {raw!r}")
    return value


def _curators(raw: str | None) -> tuple[str, ...]:
    """User ids (U.../W...) or user-group ids (S...), separated by commas or spaces."""
    ids = tuple(part for part in re.split(r"[\s,]+", (raw or "").strip()) if part)
    bad = [part for part in ids if not _SLACK_ID.match(part)]
    if bad:
        raise ConfigError(f"CYBERBOT_CURATORS must be Slack user ids (U...) or a user-group id (S...), "
                          f"separated by commas; {bad[0]!r} is neither")
    return ids


def _database_url(raw: str | None) -> str | None:
    if not raw or not raw.strip():
        return None
    url = raw.strip()
    if not url.startswith(("postgresql://", "postgres://")):
        raise ConfigError("CYBERBOT_DATABASE_URL must be a PostgreSQL URL such as "
                          "postgresql://cyberbot:PASSWORD@db.example:5432/cyberbot; unset it to use the "
                          "SQLite file in CYBERBOT_DB")
    return url
