"""``cyberbot serve``: the bot on Slack.

Socket Mode when ``SLACK_APP_TOKEN`` is set (nothing to expose to the internet), HTTP mode
otherwise or with ``--http``. With ``SLACK_CLIENT_ID``, ``SLACK_CLIENT_SECRET`` and
``SLACK_STATE_SECRET`` it serves many workspaces through Slack's OAuth install flow, which is
HTTP mode only (Slack sends the installing admin's browser back to this server). Missing or
contradictory settings stop it at once with one line saying what to set, rather than a bot
that starts and then cannot answer anyone.
"""

from __future__ import annotations

import gc
import logging
import sys

from bot.core.config import Settings
from handlers.web_client import error_reason

log = logging.getLogger("cyberbot.slack.serve")

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
PRUNE_EVERY_SECONDS = 3600


def _fail(message: str, code: int) -> int:
    print(f"cyberbot: {message}", file=sys.stderr)
    return code


def missing_settings(settings: Settings, http: bool) -> str | None:
    problem = settings.oauth_problem()
    if problem:
        return problem
    if settings.oauth:
        return _oauth_problem(settings, http)
    if not settings.bot_token:
        return ("SLACK_BOT_TOKEN is not set. Set it to the bot token (xoxb-...) from your Slack app's "
                "OAuth & Permissions page, or run `cyberbot chat` to use the bot without Slack.")
    if http and not settings.signing_secret:
        return ("SLACK_SIGNING_SECRET is not set; HTTP mode needs it to check requests come from Slack. "
                "Copy it from your Slack app's Basic Information page, or set SLACK_APP_TOKEN to use Socket Mode.")
    return None


def _oauth_problem(settings: Settings, http: bool) -> str | None:
    from handlers.install import bot_scopes

    if not http:
        return ("SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET install the bot into many workspaces "
                "through Slack's OAuth flow, which needs HTTP mode: Slack sends the installing admin's browser back "
                "to https://YOUR-HOST/slack/oauth_redirect, and Socket Mode has no address to send it to. Run "
                "`cyberbot serve --http` (SLACK_APP_TOKEN is then unused), or unset the three OAuth settings to use "
                "Socket Mode in one workspace with SLACK_BOT_TOKEN.")
    if not settings.signing_secret:
        return ("SLACK_SIGNING_SECRET is not set; HTTP mode needs it to check requests come from Slack. "
                "Copy it from your Slack app's Basic Information page.")
    if not bot_scopes():
        return ("manifest.yml (with the bot scopes to ask each workspace for) was not found beside the bot; "
                "run `cyberbot serve` from the repository checkout")
    return None


def configure_logging() -> None:
    """One line per request from ``cyberbot.requests``; the rest of the bot stays quiet.

    The line's format (``bot.cli``) names no thread, process or source line, so records do not
    collect them: the logging module's own documented optimisation, which takes about a third
    off the cost of each request's line."""
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    logging._srcfile = None   # no caller's file and line: no walk up the stack for each record
    for name in ("cyberbot.requests", "cyberbot.slack"):
        logging.getLogger(name).setLevel(logging.INFO)
    logging.getLogger("cyberbot.bolt").setLevel(logging.WARNING)


def serve(settings: Settings, force_http: bool = False) -> int:
    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError, SlackRequestError

    from bot.assistant import CyberBot
    from bot.core.storage import StorageError, StorageMissing
    from handlers.app import build_app, build_client, core_messenger
    from handlers.slack_zones import SlackZones

    http = force_http or not settings.app_token
    problem = missing_settings(settings, http)
    if problem:
        return _fail(problem, EXIT_USAGE)
    configure_logging()
    client = build_client(settings)
    messenger, zones_client = core_messenger(settings, client)
    if settings.oauth and settings.bot_token:
        log.warning("SLACK_BOT_TOKEN is not used: SLACK_CLIENT_ID is set, so each workspace's own token is")
    try:
        bot = CyberBot(settings, messenger=messenger, zones=SlackZones(zones_client, settings.timezone))
    except StorageMissing as exc:        # the database or the voters' key file was here and is gone
        return _fail(f"cannot start: {exc}", EXIT_PROBLEM)
    except StorageError as exc:
        return _fail(f"cannot open the database: {exc}", EXIT_PROBLEM)
    try:
        app = build_app(bot, settings, client, messenger)
    except (BoltError, SlackApiError, SlackRequestError, OSError) as exc:
        bot.close()
        return _fail(f"could not reach Slack with SLACK_BOT_TOKEN ({error_reason(exc)}); check the token "
                     "and that this machine can reach Slack (or SLACK_API_URL)", EXIT_PROBLEM)
    runtime = app.runtime
    bot.scheduler.add("forget old Slack deliveries", _every(PRUNE_EVERY_SECONDS, runtime.seen.prune))
    bot.scheduler.start()
    if runtime.intake is not None:
        runtime.intake.replay()    # commands acked before a crash, never handled
    settle_heap()
    try:
        if http:
            from handlers.http_server import serve_http

            if settings.oauth:
                log.warning("installing into many workspaces: send admins to https://YOUR-HOST/slack/install")
            serve_http(app, bot.storage, settings.signing_secret, settings.port)
        else:
            from handlers.socket_mode import SocketAuthError, auth_failure_message, serve_socket

            connected = []
            try:
                serve_socket(app, settings.app_token, runtime.seen, on_connected=lambda: connected.append(True))
            except SocketAuthError as exc:
                return _fail(auth_failure_message(exc.code, "on reconnecting" if connected else "at start"),
                             EXIT_PROBLEM)
            except (SlackApiError, SlackRequestError, OSError) as exc:
                return _fail(f"could not open a Socket Mode connection with SLACK_APP_TOKEN ({error_reason(exc)}); "
                             "check it is an app-level token (xapp-) with connections:write", EXIT_PROBLEM)
    except KeyboardInterrupt:
        pass
    finally:
        if runtime.intake is not None:
            runtime.intake.close()
        bot.close()
    return EXIT_OK


def settle_heap() -> None:
    """Keep everything built at start-up (the knowledge index, Bolt, dateparser) out of the
    garbage collector's sight.

    Those objects live as long as the process, yet every full collection walks all of them:
    about 30 ms with the interpreter lock held, once every thousand or so requests, and
    whichever burst of mentions it lands in has every ack and answer wait. Frozen, a full
    collection walks only what requests made since.
    """
    gc.collect()
    gc.freeze()



def _every(seconds: float, job):
    """A scheduler job that runs ``job`` at most once per ``seconds`` of the clock it is given."""
    last = [None]

    def run(now):
        if last[0] is None or (now - last[0]).total_seconds() >= seconds:
            last[0] = now
            job(now)

    return run
