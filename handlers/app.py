"""Building the Bolt ``App`` around a ``CyberBot``.

The Web API client is made here once, with retry handlers that slack-sdk leaves off by
default, and shared by Bolt, the messenger and the time-zone lookup. A 429 always waits for
Retry-After and tries again (Slack did not carry the call out), and so does a call that never
left (connection refused). A 5xx or a connection lost after the request was sent is retried
only for calls that post nothing (reads, updates): Slack may have stored a message whose
answer was lost, and sending it again would post it twice. The messenger looks for such a
post by its metadata key before it posts again. ``SLACK_API_URL`` points it elsewhere (tests,
proxies). Listeners run on Bolt's thread pool after the ack, so Slack hears back within its
three seconds however slow the answer is.
"""

from __future__ import annotations

import json
import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.error import URLError

from slack_bolt import App, BoltResponse
from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler, \
    ServerErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from bot.core.config import Settings
from handlers import crashpoints
from handlers.acksfirst import AcksFirst, AcksFirstExecutor
from bot.core.seen import SeenEvents
from handlers.slack_messenger import SlackMessenger
from handlers.web_client import KeepAliveWebClient

log = logging.getLogger("cyberbot.slack")

DEFAULT_API_URL = WebClient.BASE_URL
RATE_LIMIT_RETRIES = 3
SERVER_ERROR_RETRIES = 2
CONNECTION_RETRIES = 2
API_TIMEOUT_SECONDS = 15
# Slash commands and clicks are acked from a listener thread, so enough must stay free while
# others wait out a Retry-After; many more only fight over the GIL during a burst.
LISTENER_THREADS = 16
HOME_REFRESH_SECONDS = 60
# OAuth mode: what someone in a workspace without an installation (never, or no longer) is told
NOT_INSTALLED = ("cyberbot is not installed in this workspace (or it was removed), so I can't answer here. "
                 "A workspace admin can install it from your cyberbot deployment's /slack/install page.")


# Web API methods that post something new: never sent twice without looking first.
POSTING_METHODS = frozenset({
    "chat.postMessage", "chat.postEphemeral", "chat.scheduleMessage", "chat.meMessage", "files.upload",
    "files.completeUploadExternal", "views.open", "views.push",
})


def posts_something(url: str) -> bool:
    """Whether a Web API call (by its URL) posts something new; a response_url always does."""
    method = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return method in POSTING_METHODS or "/api/" not in url


class ServerErrorsForReads(ServerErrorRetryHandler):
    """5xx: retried for calls that post nothing; a post may have been stored all the same."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        return not posts_something(request.url) and super()._can_retry(
            state=state, request=request, response=response, error=error)


class LostConnectionsForReads(ConnectionErrorRetryHandler):
    """A connection that failed before the request went out (refused, or broken while sending:
    urllib and our client raise ``URLError`` for those) is retried for every call; one lost
    after it went out (reset, closed, timed out while waiting for the answer) only for calls
    that post nothing."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        if posts_something(request.url) and not (isinstance(error, URLError) and response is None):
            return False
        return super()._can_retry(state=state, request=request, response=response, error=error)


def retry_handlers() -> list:
    return [
        RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
        ServerErrorsForReads(max_retry_count=SERVER_ERROR_RETRIES),
        LostConnectionsForReads(max_retry_count=CONNECTION_RETRIES),
    ]


def api_logger() -> logging.Logger:
    """The Web API client's logger, with a level of its own.

    slack-sdk formats every request and answer (blocks included) into a debug line whenever
    its logger's own level is unset, even though the line is then dropped.
    """
    logger = logging.getLogger("cyberbot.slack.api")
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.WARNING)
    return logger


def build_client(settings: Settings, token: str | None = None) -> WebClient:
    """The Web API client: on ``SLACK_BOT_TOKEN``, or on ``token`` (one workspace's, in OAuth mode)."""
    base_url = settings.api_url or DEFAULT_API_URL
    if not base_url.endswith("/"):
        base_url += "/"
    if token is None and not settings.oauth:
        token = settings.bot_token
    return KeepAliveWebClient(token=token, base_url=base_url, timeout=API_TIMEOUT_SECONDS,
                              retry_handlers=retry_handlers(), logger=api_logger())


def core_messenger(settings: Settings, client: WebClient):
    """The messenger and the Web API client the core is built with (posts, time zones): the one
    workspace's, or in OAuth mode those of whichever workspace is being served
    (``handlers.workspaces``)."""
    if settings.oauth:
        from handlers.workspaces import CurrentClient, CurrentMessenger

        return CurrentMessenger(), CurrentClient()
    return SlackMessenger(client), client


@dataclass
class SlackRuntime:
    """What every listener needs: the core, the Web API, and the retry memory."""

    bot: object          # bot.app.CyberBot
    client: WebClient
    messenger: SlackMessenger
    seen: SeenEvents
    acks_first: AcksFirst = field(default_factory=AcksFirst)
    intake: object | None = None     # handlers.intake.Intake: acked callbacks, and the inbox
    # OAuth mode: each workspace's messenger (handlers.workspaces) and the installation store
    workspaces: object | None = None
    installations: object | None = None
    # people who have opened the Home tab since start: their Home is republished when what it
    # shows changes through something they did (Slack keeps the last published view)
    home_users: set = field(default_factory=set)
    _home_digests: dict = field(default_factory=dict)
    home_teams: dict = field(default_factory=dict)   # user id -> the workspace their Home was opened in
    _last_home_refresh: object = None
    # one person's Home is drawn and published by one thread at a time: two threads drawing it at
    # different moments (a command's refresh, the scheduler's) could otherwise publish the older one last
    _home_locks: dict = field(default_factory=dict)
    _home_locks_lock: object = field(default_factory=threading.Lock)

    # -- modals and the Home tab --------------------------------------------------------------------
    def open_view(self, trigger_id: str | None, view) -> bool:
        """Open a modal; False when Slack will not (no trigger, or it expired after 3 s)."""
        from handlers.block_kit import view as view_dict

        if not trigger_id:
            return False
        try:
            self.client.views_open(trigger_id=trigger_id, view=view_dict(view))
            return True
        except Exception as exc:  # noqa: BLE001
            log.warning("views.open failed: %s", _api_error(exc))
            return False

    def update_view(self, view_id: str | None, view, hash_: str | None = None) -> bool:
        from handlers.block_kit import view as view_dict

        if not view_id:
            return False
        try:
            kwargs = {"hash": hash_} if hash_ else {}
            self.client.views_update(view_id=view_id, view=view_dict(view), **kwargs)
            return True
        except Exception as exc:  # noqa: BLE001
            log.warning("views.update failed: %s", _api_error(exc))
            return False

    def publish_home(self, user_id: str, notice=None, only_if_changed: bool = False,
                     team_id: str | None = None) -> bool:
        from bot.core.router import Request
        from handlers.block_kit import view as view_dict

        if not user_id:
            return False
        if team_id:
            self.home_teams[user_id] = team_id
        team_id = team_id or self.home_teams.get(user_id)
        with self._home_locks_lock:
            home_lock = self._home_locks.setdefault(user_id, threading.Lock())
        with home_lock, self.serving(team_id) as installed:
            if not installed:
                return False
            drawn = view_dict(self.bot.home(Request(user_id=user_id, surface="home", team_id=team_id), notice=notice))
            digest = hash(json.dumps(drawn, sort_keys=True))
            if only_if_changed and self._home_digests.get(user_id) == digest:
                return True
            # Theirs to keep current from now on, even before Slack answers: the scheduler's refresh
            # then waits on this lock for the digest below, rather than missing them in the meantime.
            kept_before = user_id in self.home_users
            self.home_users.add(user_id)
            try:
                self.client.views_publish(user_id=user_id, view=drawn)
                self._home_digests[user_id] = digest
                return True
            except Exception as exc:  # noqa: BLE001
                if not kept_before:
                    self.home_users.discard(user_id)
                log.warning("views.publish failed for %s: %s", user_id, _api_error(exc))
                return False

    @contextmanager
    def serving(self, team_id: str | None):
        """Calls made inside go to ``team_id``'s workspace: in OAuth mode, work the scheduler does
        (no request says whose it is) binds that workspace's messenger; yields False when the
        workspace has no bot installed now. A request's own workspace is bound already."""
        from handlers.workspaces import bound, current_or_none

        if self.workspaces is None or current_or_none() is not None:
            yield True
            return
        messenger = self.workspaces.messenger_for(team_id)
        if messenger is None:
            yield False
            return
        with bound(messenger):
            yield True

    def refresh_homes(self, now) -> None:
        """The scheduler's job: republish open Homes that changed with nobody clicking (a reminder
        went off, a poll closed on time, a deadline passed), at most once a minute."""
        last = self._last_home_refresh
        if last is not None and (now - last).total_seconds() < HOME_REFRESH_SECONDS:
            return
        self._last_home_refresh = now
        for user_id in list(self.home_users):
            self.publish_home(user_id, only_if_changed=True)

    def refresh_home(self, user_id: str | None) -> None:
        """Republish the Home of someone who has it open, after they changed what it shows."""
        if user_id and user_id in self.home_users:
            self.publish_home(user_id)

    def tell(self, user_id: str, reply, channel_id: str | None = None) -> bool:
        """Tell one person something with no response_url at hand: privately in the channel, else by DM."""
        from handlers.block_kit import message

        if channel_id:
            try:
                self.client.chat_postEphemeral(channel=channel_id, user=user_id, **message(reply))
                return True
            except Exception as exc:  # noqa: BLE001
                log.info("chat.postEphemeral failed (%s); sending a DM instead", _api_error(exc))
        try:
            self.messenger.post(user_id, reply)
            return True
        except Exception as exc:  # noqa: BLE001
            log.warning("could not tell %s: %s", user_id, _api_error(exc))
            return False

    def answering(self) -> None:
        """The core has handled an acked command or click (its effect, if it wrote one, committed
        with its handled mark: ``handlers.intake``); the answer goes out next."""
        crashpoints.reached(crashpoints.BEFORE_REPLY)

    def handled(self, context) -> None:
        """An acked command or click has been handled and answered: it need not be replayed after a crash.

        Only once answered: marked done before its answer went out, a kill in between left the
        person with no answer at all (the restart saw the mark and did nothing). Now a kill before
        the answer is followed at the restart by a note that it was done (its effect's mark is in
        the database); a kill in the moment between the answer and this mark gives the person that
        note as well, which is the lesser harm."""
        entry = context.get("inbox_entry") if context is not None else None
        inbox = getattr(self.intake, "inbox", None)
        if entry and inbox is not None:
            crashpoints.reached(crashpoints.BEFORE_DONE_MARK)
            inbox.done(entry)

    def respond(self, response_url: str | None, payload: dict) -> bool:
        """Post to a response_url (ephemeral replies, replacing a clicked message); False on failure."""
        if not response_url:
            return False
        try:
            response = WebhookClient(response_url, timeout=API_TIMEOUT_SECONDS,
                                     retry_handlers=retry_handlers()).send_dict(payload)
        except Exception as exc:  # noqa: BLE001 - a dead response_url must not end the request
            log.warning("response_url post failed: %s", type(exc).__name__)
            return False
        if response.status_code != 200:
            log.warning("response_url answered %s: %s", response.status_code, (response.body or "")[:200])
            return False
        return True


class CyberApp(App):
    """Bolt's ``App``, acking every verified callback whether or not a listener wants it.

    Slack sends callbacks we have no use for (``app_rate_limited``, a ``view_closed``, a
    shortcut from an older manifest); Bolt answers those 404, which Slack counts as a failure
    and sends again (and, in Socket Mode, never sees acked). Signature checks run before this,
    so an unsigned request still gets its 401.
    """

    def _handle_unmatched_requests(self, req, resp: BoltResponse) -> BoltResponse:
        body = req.body if isinstance(req.body, dict) else {}
        log.info("acked a %s callback nothing listens for", str(body.get("type") or "unknown")[:40])
        return BoltResponse(status=200, body="")


def _api_error(exc: Exception) -> str:
    response = getattr(exc, "response", None)
    try:
        return str(response.get("error")) if response is not None else type(exc).__name__
    except Exception:  # noqa: BLE001
        return type(exc).__name__


def build_app(bot, settings: Settings, client: WebClient, messenger: SlackMessenger | None = None) -> App:
    """The Bolt app with every listener registered; ``app.runtime`` holds what they share.

    In OAuth mode (``settings.oauth``) ``client`` carries no token: Bolt's OAuth flow installs
    workspaces into our database, its ``authorize`` finds each request's bot token there, and
    the listeners' ``runtime.client`` / ``runtime.messenger`` are that workspace's
    (``handlers.workspaces``); scheduled work posts through ``Workspaces.messenger_for``."""
    from handlers.listeners import actions, commands, events, home, shortcuts, views

    acks_first = AcksFirst()
    oauth: dict = {}
    workspaces = installations = None
    if settings.oauth:
        from handlers.install import build_oauth
        from handlers.workspaces import CurrentClient, CurrentMessenger, Workspaces

        flow, authorize, installations = build_oauth(settings, bot.storage, client, clock=bot.clock)
        oauth = {"oauth_flow": flow, "authorize": authorize, "user_facing_authorize_error_message": NOT_INSTALLED}
        workspaces = Workspaces(installations, lambda token: build_client(settings, token), SlackMessenger)
    bolt_log = logging.getLogger("cyberbot.bolt")
    level = bolt_log.level
    bolt_log.setLevel(logging.ERROR)  # Bolt warns that the env token is unused: the client carries it
    try:
        app = CyberApp(
            client=client,
            signing_secret=settings.signing_secret or "",
            request_verification_enabled=settings.signing_secret is not None,
            process_before_response=False,
            raise_error_for_unhandled_request=False,
            ignoring_self_events_enabled=True,
            listener_executor=AcksFirstExecutor(acks_first, max_workers=LISTENER_THREADS,
                                                thread_name_prefix="cyberbot-listener"),
            logger=bolt_log,
            **oauth,
        )
    finally:
        bolt_log.setLevel(level)
    runtime = SlackRuntime(
        bot=bot,
        client=CurrentClient() if workspaces is not None else client,
        messenger=CurrentMessenger() if workspaces is not None else (messenger or SlackMessenger(client)),
        seen=SeenEvents(bot.storage, bot.clock),
        acks_first=acks_first,
        workspaces=workspaces,
        installations=installations,
    )
    app.middleware(RefuseMalformed())
    if workspaces is not None:
        from handlers.workspaces import bind_workspace

        app.middleware(bind_workspace(workspaces))
        # scheduled work: each row's workspace; the weekly digest: each installed workspace in turn
        bot.use_messengers(workspaces.messenger_for, teams=installations.teams)
    # Bolt tries listeners in the order they were registered, building each one's arguments to
    # ask it; events are most of the traffic (every DM and mention), so theirs are tried first,
    # then the Home tab's, then the catch-all that acks every other event type.
    events.register(app, runtime)
    home.register(app, runtime)
    events.register_catch_all(app)
    commands.register(app, runtime)
    actions.register(app, runtime)
    views.register(app, runtime)
    shortcuts.register(app, runtime)
    from handlers.intake import Inbox, Intake, inbox_path

    runtime.intake = Intake(app, Inbox(inbox_path(settings.db_path)), seen=runtime.seen, storage=bot.storage)
    bot.scheduler.add("refresh open Home tabs", runtime.refresh_homes)
    app.runtime = runtime
    return app


def malformed(body) -> str | None:
    """Why a (correctly signed) payload cannot be from Slack, or None when it looks right."""
    if not isinstance(body, dict):
        return "not an object"
    if body.get("type") == "block_actions":
        acts = body.get("actions")
        if not isinstance(acts, list) or not all(isinstance(a, dict) and isinstance(a.get("action_id"), str)
                                                 for a in acts):
            return "block_actions without action ids"
        if not isinstance(body.get("user"), dict):
            return "block_actions without a user"
    if body.get("type") == "event_callback" and not isinstance(body.get("event"), dict):
        return "event_callback without an event"
    if body.get("type") in ("view_submission", "view_closed") and not isinstance(body.get("view"), dict):
        return f"{body['type']} without a view"
    if body.get("type") in ("shortcut", "message_action") and not isinstance(body.get("callback_id"), str):
        return f"{body['type']} without a callback id"
    if body.get("type") is not None and not isinstance(body.get("type"), str):
        return "a type that is not a word"
    for name in ("user", "team", "channel", "container"):
        if name in body and body[name] is not None and not isinstance(body[name], (dict, str)):
            return f"a {name} that is neither an object nor an id"
    return None


class RefuseMalformed(Middleware):
    """Bolt's matchers assume Slack's shapes; a payload that breaks them gets a 400, not a 500.

    A ``Middleware`` rather than a function: Bolt works out a function middleware's arguments by
    inspecting it on every request, which cost more than the check itself on every mention."""

    def process(self, *, req: BoltRequest, resp: BoltResponse, next) -> BoltResponse:  # noqa: A002 - Bolt's name
        reason = malformed(req.body)
        if reason:
            req.context.logger.warning("refusing a malformed payload: %s", reason)
            return BoltResponse(status=400, body=reason)
        return next()
