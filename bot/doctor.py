"""``cyberbot doctor``: is this deployment ready to run, and if not, what exactly to fix.

An operator runs it before (or instead of) wondering why ``serve`` will not start: it reads the
same settings ``serve`` reads, and checks, in order, the settings themselves, the database (can
it be reached, are its migrations applied), the knowledge base, and the Slack token (is it
valid, and does it carry every scope the app manifest asks for; in OAuth mode, are all three OAuth
settings there, since each workspace's token comes from its install). Each check prints one line,
``ok`` or ``problem``, and each problem says what to do. Nothing is changed: pending migrations
are reported, not applied (``cyberbot db migrate`` applies them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from bot.core.config import ConfigError, Settings

MANIFEST = Path(__file__).resolve().parent.parent / "manifest.yml"


@dataclass
class Finding:
    ok: bool
    what: str
    detail: str
    warning: bool = False     # works, but something to know (``ok`` stays True: not a problem to fix)

    def line(self) -> str:
        label = "problem" if not self.ok else "warning" if self.warning else "ok     "
        return f"{label}  {self.what}: {self.detail}"


def manifest_scopes(path: Path = MANIFEST) -> list[str]:
    data = yaml.safe_load(path.read_text("utf-8"))
    return list(((data.get("oauth_config") or {}).get("scopes") or {}).get("bot") or [])


def check_settings(env: dict | None) -> tuple[Settings | None, list[Finding]]:
    try:
        settings = Settings.from_env(env)
    except ConfigError as exc:
        return None, [Finding(False, "settings", str(exc))]
    found = []
    problem = settings.oauth_problem()
    if problem:
        found.append(Finding(False, "OAuth", problem))
    if settings.oauth:
        mode = ("HTTP mode on PORT %d for many workspaces: admins install at https://YOUR-HOST/slack/install, "
                "and Slack sends them back to https://YOUR-HOST/slack/oauth_redirect (list it under OAuth & "
                "Permissions > Redirect URLs)" % settings.port)
        if settings.app_token:
            mode += "; run `cyberbot serve --http`: SLACK_APP_TOKEN is set, and Socket Mode cannot serve the install flow"
    elif settings.app_token:
        mode = "Socket Mode (SLACK_APP_TOKEN is set)"
    else:
        mode = "HTTP mode on PORT %d, POST /slack/events" % settings.port
    found.append(Finding(True, "mode", mode))
    if settings.oauth:
        if not settings.signing_secret:
            found.append(Finding(False, "SLACK_SIGNING_SECRET", "not set: installing into many workspaces is HTTP "
                                 "mode, which needs it to check requests come from Slack (Basic Information page)"))
    elif not settings.bot_token:
        found.append(Finding(False, "SLACK_BOT_TOKEN", "not set: `cyberbot serve` needs the bot token (xoxb-...) "
                             "from your Slack app's OAuth & Permissions page"))
    elif not settings.bot_token.startswith("xoxb-"):
        found.append(Finding(False, "SLACK_BOT_TOKEN", "does not start with xoxb-: use the Bot User OAuth Token, "
                             "not a user (xoxp-) or app-level (xapp-) token"))
    if not settings.oauth and not settings.app_token and not settings.signing_secret:
        found.append(Finding(False, "SLACK_SIGNING_SECRET", "not set: HTTP mode needs it to check requests come "
                             "from Slack (Basic Information page), or set SLACK_APP_TOKEN for Socket Mode"))
    if settings.database_url and not settings.secret_key:
        found.append(Finding(True, "CYBERBOT_SECRET_KEY", "not set with PostgreSQL: anonymous voters' hashes use a "
                             "key file on this machine only, so a second replica (or a move to another machine) "
                             "cannot start once anonymous votes are stored" + (
                                 ", and cannot open the workspaces' Slack tokens another replica stored"
                                 if settings.oauth else "") + ". Set CYBERBOT_SECRET_KEY to one key "
                             "(at least 32 characters) on every replica", warning=True))
    if settings.oauth and (settings.curators or settings.curator_channel):
        named = " and ".join(n for n, v in (("CYBERBOT_CURATORS", settings.curators),
                                             ("CYBERBOT_CURATOR_CHANNEL", settings.curator_channel)) if v)
        found.append(Finding(True, "curators", f"{named} {'are' if ' and ' in named else 'is'} not used with many "
                             "workspaces: each workspace's curators and curator channel are its own (whoever "
                             "installed the app is its first curator; curators change them under \u201cCurator "
                             f"settings\u201d on the App Home). Unset {named}", warning=True))
    if settings.app_token and not settings.app_token.startswith("xapp-"):
        found.append(Finding(False, "SLACK_APP_TOKEN", "does not start with xapp-: make an app-level token with "
                             "connections:write on the Basic Information page"))
    return settings, found


def check_database(settings: Settings) -> list[Finding]:
    from bot.assistant import all_migrations
    from bot.core.storage import StorageError, open_storage

    if not settings.database_url and not Path(settings.db_path).exists():
        parent = Path(settings.db_path).resolve().parent
        if not parent.is_dir():
            return [Finding(False, "database", f"the folder for the SQLite file {settings.db_path} does not exist; "
                            "create it or set CYBERBOT_DB (or CYBERBOT_DATABASE_URL for PostgreSQL)")]
        return [Finding(True, "database", f"SQLite file {settings.db_path} will be created at first start "
                        "(set CYBERBOT_DATABASE_URL=postgresql://... to run several replicas)")]
    try:
        storage = open_storage(settings, all_migrations(), migrate=False)
    except StorageError as exc:
        return [Finding(False, "database", str(exc))]
    try:
        applied = set(storage.applied_migrations())
        wanted = {(m.component, m.version) for m in all_migrations()}
        pending = sorted(wanted - applied)
        found = [Finding(True, "database", f"{storage.description} is reachable")]
        if pending:
            names = ", ".join(f"{c} {v}" for c, v in pending)
            found.append(Finding(False, "migrations", f"{len(pending)} not applied yet ({names}); run "
                                 "`cyberbot db migrate` (or let `cyberbot serve` apply them at start)"))
        else:
            found.append(Finding(True, "migrations", f"all {len(wanted)} applied"))
            if settings.oauth:
                from bot.core.installations import Installations

                teams = Installations(storage, settings.client_id).teams()
                found.append(Finding(True, "workspaces", f"{len(teams)} installed" + (
                    f" ({', '.join(teams[:10])}{', ...' if len(teams) > 10 else ''})" if teams else
                    ": send an admin to https://YOUR-HOST/slack/install")))
                found.extend(check_tokens_open(settings, storage, Installations))
        return found
    finally:
        storage.close()


def check_tokens_open(settings: Settings, storage, installations_class) -> list[Finding]:
    """Whether this deployment's key opens the workspaces' encrypted tokens (a replica with
    another CYBERBOT_SECRET_KEY, or its own key file, answers those workspaces "not installed")."""
    from bot.core.install_key import existing_key, key_path

    secret = existing_key(settings, storage)
    if secret is None:
        return []                       # the start makes the key, or refuses (a lost key file) and says why
    path = key_path(getattr(storage, "path", None) or settings.db_path)
    store = installations_class(storage, settings.client_id, secret)
    shut = store.unreadable()
    if not shut:
        return []
    source = "CYBERBOT_SECRET_KEY" if settings.secret_key else f"the key file {path}"
    return [Finding(False, "workspaces", f"the Slack tokens of {len(shut)} install(s) ({', '.join(shut[:10])}) "
                    f"cannot be decrypted with {source}: set CYBERBOT_SECRET_KEY to the key they were saved with "
                    "(the same on every replica), or ask those workspaces to install the app again")]


def check_knowledge(settings: Settings) -> list[Finding]:
    from bot.answers import knowledge

    problems = knowledge.check(settings.knowledge_dir)
    if problems:
        return [Finding(False, "knowledge base", f"{len(problems)} problem(s) in {settings.knowledge_dir}, the "
                        f"first: {problems[0]}; run `cyberbot kb check` for all of them")]
    return [Finding(True, "knowledge base", f"{settings.knowledge_dir} passes `cyberbot kb check`")]


def check_slack(settings: Settings, client_factory: Callable | None = None) -> list[Finding]:
    if not settings.bot_token or settings.oauth:
        return []      # OAuth mode: each workspace's token comes from its install, with the manifest's scopes
    from slack_sdk.errors import SlackApiError

    if client_factory is None:
        from handlers.app import build_client as client_factory
    client = client_factory(settings)
    try:
        response = client.auth_test()
    except SlackApiError as exc:
        error = exc.response.get("error", "error") if exc.response is not None else "error"
        return [Finding(False, "Slack token", f"Slack refused SLACK_BOT_TOKEN ({error}); copy the Bot User OAuth "
                        "Token again from OAuth & Permissions, and reinstall the app if it was revoked")]
    except Exception as exc:  # noqa: BLE001 - unreachable, DNS, TLS: say so
        return [Finding(False, "Slack", f"could not reach Slack at {settings.api_url or 'slack.com'} "
                        f"({type(exc).__name__}: {exc}); check this machine's network or SLACK_API_URL")]
    found = [Finding(True, "Slack token", f"valid for workspace {response.get('team')} "
                     f"({response.get('team_id')}) as {response.get('user')}")]
    header = {k.lower(): v for k, v in (response.headers or {}).items()}.get("x-oauth-scopes")
    if header is None:
        found.append(Finding(False, "scopes", "Slack did not say which scopes the token has; compare OAuth & "
                             "Permissions with manifest.yml by hand"))
        return found
    have = {s.strip() for s in header.split(",") if s.strip()}
    missing = [s for s in manifest_scopes() if s not in have]
    if missing:
        found.append(Finding(False, "scopes", f"the token lacks {', '.join(missing)}; add them under OAuth & "
                             "Permissions (or update the app from manifest.yml), then reinstall the app"))
    else:
        found.append(Finding(True, "scopes", f"every scope manifest.yml asks for ({len(manifest_scopes())})"))
    return found


def run(env: dict | None = None, out=print, client_factory: Callable | None = None) -> int:
    """Print the findings; 0 when nothing is wrong, 1 otherwise."""
    settings, found = check_settings(env)
    for finding in found:
        out(finding.line())
    if settings is None:
        return 1
    for check in (check_database, check_knowledge):
        for finding in check(settings):
            found.append(finding)
            out(finding.line())
    for finding in check_slack(settings, client_factory):
        found.append(finding)
        out(finding.line())
    problems = sum(1 for f in found if not f.ok)
    warnings = sum(1 for f in found if f.ok and f.warning)
    noted = f" ({warnings} warning(s) above)" if warnings else ""
    out(f"All good{noted}." if not problems else f"{problems} problem(s) to fix{noted}.")
    return 0 if not problems else 1
