"""``StandinSlack``: Slack on 127.0.0.1, for tests and benchmarks of the real bot.

Slack itself is never reachable from tests. ``StandinSlack`` plays its part by putting
together the pieces beside it, each with one job:

* ``httpd``: the HTTP server for the Web API (``POST /api/<method>``, form-encoded or JSON
  bodies, query strings on GET) and ``response_url`` endpoints (``/response/<uuid>``);
* ``webapi``: the workspace's state (channels, members, messages, modals, App Homes) and
  Slack's rules for each Web API method;
* ``faults``: ``ok: false`` errors, 429 rate limits, 5xx and slow answers on demand, and the
  ambiguous failures of a real network: a call Slack carried out whose answer never arrived
  (``fail_after_storing``: the connection reset, or a 5xx);
* ``websocket``: Socket Mode (``apps.connections.open`` hands out its ``ws://`` URL), which
  sends envelopes, records acks and can ask the client to reconnect or drop it abruptly;
* ``records``: every call and response_url post, under one lock, with ``wait_*`` helpers;
* ``oauth``: Slack's side of the OAuth install flow (the authorize page at
  ``/oauth/v2/authorize``, ``oauth.v2.access``) for several workspaces (``add_team``), each
  with its own channels and tokens: a call is answered by the workspace its token was issued
  to, a token used on another workspace's channel gets ``channel_not_found``, and an
  uninstalled workspace's tokens ``token_revoked``.

``payloads`` builds what Slack sends to a bot: Events API envelopes, slash command forms,
``block_actions``, ``view_submission`` and shortcut payloads, and request signatures;
``validation`` checks Block Kit as Slack does (the stand-in runs it on ``views.*``).

Typical use::

    with StandinSlack() as slack:
        env = {"SLACK_API_URL": slack.api_url, ...}
        ...start the bot...
        slack.wait_connected()
        eid = slack.send_envelope("events_api", event_callback(app_mention("<@UBOT> help")))
        slack.wait_ack(eid)
        [call] = slack.wait_for("chat.postMessage")

Behaviour worth knowing (all deliberate, to match Slack):

* ``conversations.history`` / ``conversations.replies`` return ``metadata``
  only when called with ``include_all_metadata=true``, as Slack does.
* ``conversations.history`` returns top-level messages only (and thread
  broadcasts), newest first; ``oldest``/``latest`` are exclusive unless
  ``inclusive`` is set.
* A missing token answers ``not_authed``; an ``xapp-`` token on a Web API
  method, or a bot token on ``apps.connections.open``, answers
  ``not_allowed_token_type``.
* Unknown channels, users and messages are treated leniently (synthesised, or
  an echoed ``ok``) unless ``StandinSlack(strict=True)``, which answers
  ``channel_not_found`` / ``user_not_found`` / ``message_not_found``.
* ``conversations.members`` answers from real membership state: a channel added
  with ``members=[...]`` (or ``is_private=True``, which starts empty) has exactly
  those people (``join``/``leave`` change it); any other channel has everyone the
  stand-in knows (``add_user``) or has seen act (``saw``, which the test harnesses
  call for each slash command, click and event they send), plus the bot when
  it is a member.
* Message timestamps come from the real clock (strictly increasing), so a
  bot's ``oldest=now - N days`` filters work; a bot running on a test clock
  can have the stand-in follow it with ``StandinSlack(clock=...)``.
"""

from __future__ import annotations

import collections
import json
import time
import uuid
from typing import Any, Callable, Iterable

from handlers.testing.standin.faults import Faults
from handlers.testing.standin.httpd import Handler, HttpServer, decode_json_strings, flatten_qs, parse_body
from handlers.testing.standin.oauth import Installs
from handlers.testing.standin.records import Call, Headers, Ledger, Response
from handlers.testing.standin.webapi import Workspace
from handlers.testing.standin.websocket import SocketModeServer


class StandinSlack:
    """Slack's Web API, response_urls and Socket Mode, on 127.0.0.1.

    Start with ``start()`` (or ``with StandinSlack() as slack:``) and point the
    bot at ``api_url``.  Every record is guarded by one lock; the ``wait_*``
    helpers block on a condition variable, so no test needs to sleep.
    """

    def __init__(self, bot_user_id: str = "UBOT", team_id: str = "T1", *, ws_ping_interval: float | None = None,
                 **workspace: Any):
        """``workspace`` keywords are ``Workspace``'s: ``bot_id``, ``app_id``, ``bot_name``,
        ``team_name``, ``team_domain``, ``strict``, ``clock``."""
        self._ledger = Ledger()
        self._cond = self._ledger.cond
        self.workspace = Workspace(bot_user_id, team_id, **workspace)
        self.socket_mode = SocketModeServer(self._ledger, self.workspace.app_id, ws_ping_interval)
        self.workspace.connections_open = self.socket_mode.new_url
        self.faults = Faults()
        self.teams: dict[str, Workspace] = {team_id: self.workspace}
        self.installs = Installs()
        self._http = HttpServer(self._handle_api, self._handle_response_url, self._record_error, self._handle_upload,
                                self._handle_authorize)

        self.calls: list[Call] = []
        self.responses: list[Response] = []
        self.errors: list[str] = []  # bugs inside the stand-in, never expected
        self._response_urls: set[str] = set()

    # ------------------------------------------------------------ who Slack says it is

    @property
    def bot_user_id(self) -> str:
        return self.workspace.bot_user_id

    @property
    def team_id(self) -> str:
        return self.workspace.team_id

    @property
    def app_id(self) -> str:
        return self.workspace.app_id

    @property
    def strict(self) -> bool:
        return self.workspace.strict

    @strict.setter
    def strict(self, value: bool) -> None:
        self.workspace.strict = value

    @property
    def clock(self) -> Any:
        return self.workspace.clock

    @clock.setter
    def clock(self, value: Any) -> None:
        self.workspace.clock = value

    @property
    def views(self) -> dict[str, dict]:
        """Modals open now, by view id (from ``views.open`` / ``views.push`` / ``views.update``)."""
        return self.workspace.views

    @property
    def uploads(self) -> dict[str, dict]:
        """Files uploaded with files_upload_v2, by file id: filename, data (bytes), completed, channel, title."""
        return self.workspace.uploads

    def _handle_upload(self, h, file_id: str, body: bytes) -> None:
        with self._cond:
            known = self.workspace.receive_upload(file_id, body)
            self._cond.notify_all()
        if known:
            h.send_text(200, f"OK - {len(body)}")
        else:
            h.send_text(404, "no such upload")

    @property
    def homes(self) -> dict[str, dict]:
        """Each user's published App Home, by user id."""
        return self.workspace.homes

    def new_ts(self) -> str:
        """The next message timestamp: from ``clock`` (real time by default), strictly increasing."""
        return self.workspace.new_ts()

    # ------------------------------------------------------------ lifecycle

    def start(self) -> "StandinSlack":
        if self._http.running:
            return self
        self._ledger.stopping.clear()
        self._http.start()
        self.workspace.upload_base = f"{self.base_url}upload/"
        self.socket_mode.start()
        return self

    def stop(self) -> None:
        self._ledger.stopping.set()
        self._ledger.notify()
        self.socket_mode.stop()
        self._http.stop()

    def __enter__(self) -> "StandinSlack":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._http.port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def api_url(self) -> str:
        """The value for SLACK_API_URL / ``WebClient(base_url=...)``."""
        return f"http://127.0.0.1:{self.port}/api/"

    @property
    def ws_url(self) -> str:
        return self.socket_mode.url

    # ------------------------------------------------------------ configuration

    # ------------------------------------------------------------ several workspaces, installed by OAuth

    def add_team(self, team_id: str, name: str | None = None, *, bot_user_id: str | None = None,
                 bot_id: str | None = None, domain: str | None = None) -> Workspace:
        """Another workspace the app can be installed into (the first is ``team_id`` at start)."""
        with self._cond:
            first = self.workspace
            workspace = Workspace(bot_user_id or f"UBOT{team_id}", team_id, bot_id=bot_id or f"B{team_id}",
                                  app_id=first.app_id, bot_name=first.bot_name, team_name=name or f"Team {team_id}",
                                  team_domain=domain or team_id.lower(), strict=first.strict, clock=first.clock,
                                  connections_open=first.connections_open)
            workspace.upload_base = first.upload_base
            self.teams[team_id] = workspace
            return workspace

    def team(self, team_id: str | None = None) -> Workspace:
        """A workspace by team id; the first for None or a team never added."""
        return self.teams.get(team_id or "", self.workspace)

    def oauth_app(self, client_id: str, client_secret: str, redirect_url: str | None = None) -> None:
        """The app's client id and secret and its redirect URL (as its settings page would hold)."""
        with self._cond:
            self.installs.app(client_id, client_secret, redirect_url)

    def installer(self, user_id: str) -> None:
        """Who clicks Allow on the authorize page from now on (the installing admin; ``UADMIN`` at start)."""
        with self._cond:
            self._installer = user_id

    def deny_next_install(self) -> None:
        """The next admin sent to the authorize page clicks Cancel."""
        with self._cond:
            self.installs.deny_next()

    def uninstall(self, team_id: str) -> list[str]:
        """The workspace removes the app: its tokens are revoked (send the bot ``app_uninstalled``)."""
        with self._cond:
            return self.installs.revoke(team_id)

    def tokens_of(self, team_id: str) -> list[str]:
        """The live tokens issued to a workspace through oauth.v2.access."""
        with self._cond:
            return self.installs.tokens(team_id)

    def _handle_authorize(self, h: Handler, query: str) -> None:
        with self._cond:
            status, headers, body = self.installs.authorize(query, self.teams, self.workspace.team_id,
                                                            installer=getattr(self, "_installer", "UADMIN"))
            self._cond.notify_all()
        h.send_text(status, body, headers)

    # ------------------------------------------------------------ configuration

    def add_channel(self, id: str, name: str, is_member: bool = True, *, is_private: bool = False,  # noqa: A002
                    members: Iterable[str] | None = None, team: str | None = None) -> dict:
        """A channel; ``members`` (people, not the bot) makes its membership explicit, and a
        private channel's membership is always explicit (empty unless given). ``team``: in
        another workspace than the first (``add_team``)."""
        with self._cond:
            return self.team(team).add_channel(id, name, is_member, is_private=is_private, members=members)

    def join(self, channel: str, *users: str) -> None:
        """People join a channel (its membership becomes explicit if it was not)."""
        with self._cond:
            self.workspace.join(channel, *users)

    def leave(self, channel: str, *users: str) -> None:
        with self._cond:
            self.workspace.leave(channel, *users)

    def saw(self, *users: str, team: str | None = None) -> None:
        """People who act in the workspace: members of every channel without an explicit list."""
        with self._cond:
            self.team(team).saw(*users)

    def members_of(self, channel: str) -> list[str] | None:
        """Who is in a channel, as conversations.members answers; None for no such channel."""
        with self._cond:
            return self.workspace.members_of(channel)

    def add_user(self, id: str, name: str, tz: str = "Europe/London", team: str | None = None,  # noqa: A002
                 **kwargs: Any) -> dict:
        """A member: ``real_name``, ``email``, ``is_bot``, ``is_admin``, ``deleted`` as keywords."""
        with self._cond:
            return self.team(team).add_user(id, name, tz, **kwargs)

    def add_message(self, channel: str, text: str, **kwargs: Any) -> str:
        """Seed a message (as if a person wrote it) so conversations.history can return it.

        Keywords: ``user``, ``ts``, ``thread_ts``, ``blocks``, ``metadata``.
        """
        with self._cond:
            ts = self.workspace.add_message(channel, text, **kwargs)
            self._cond.notify_all()
        return ts

    def messages(self, channel: str, team: str | None = None) -> list[dict]:
        """Messages stored for a channel, oldest first, as Slack would show them with metadata."""
        with self._cond:
            return self.team(team).messages(channel)

    def reset(self) -> None:
        """Forget calls, responses, acks, envelopes, stored messages, views and pending faults.

        Channels and users added with add_channel/add_user stay, and so do live
        Socket Mode connections and ``connection_count``.
        """
        with self._cond:
            self.calls.clear()
            self.responses.clear()
            self.errors.clear()
            self.faults.clear()
            for workspace in self.teams.values():
                workspace.forget_activity()
            self.socket_mode.clear()
            self._cond.notify_all()

    # ------------------------------------------------------------ fault injection

    def fail_next(self, method: str, status: int = 429, count: int = 1, retry_after: int | None = 1,
                  error: str = "ratelimited") -> None:
        """The next ``count`` calls to ``method`` fail.

        429 answers ``{"ok": false, "error": error}`` with a ``Retry-After`` header;
        5xx answers the text "internal error"; any other status (200 included)
        answers ``{"ok": false, "error": error}``.
        """
        with self._cond:
            self.faults.fail_next(method, status, count, retry_after, error)

    def fail_after_storing(self, method: str, how: str = "reset", *, every: int = 1, count: int | None = None,
                           status: int = 500) -> None:
        """Calls to ``method`` are carried out, then the answer is lost, as on a real network.

        From now on every ``every``-th call (the ``every``-th, the ``2*every``-th, ...; at most
        ``count`` of them, or without end) is handled as usual (a ``chat.postMessage`` is
        stored and shows in ``conversations.history``), and then, instead of the answer, the
        client gets ``how``: ``"reset"`` (the connection is reset: no status line at all) or
        ``"5xx"`` (an HTTP ``status`` error, 500 by default). The client cannot tell whether
        the call took effect. ``every=0`` or ``count=0`` stops it.
        """
        with self._cond:
            self.faults.fail_after_storing(method, how, every=every, count=count, status=status)

    def delay_next(self, method: str, seconds: float, count: int = 1) -> None:
        """The next ``count`` calls to ``method`` wait ``seconds`` before they are handled.

        If the client hangs up meanwhile (its own timeout), the call is recorded
        with ``failed_status=499`` and has no effect; otherwise it is handled as
        usual and recorded with ``delayed=seconds``.
        """
        with self._cond:
            self.faults.delay_next(method, seconds, count)

    # ------------------------------------------------------------ inspecting calls

    def calls_to(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def successful_calls_to(self, method: str) -> list[Call]:
        """Calls to ``method`` that were answered normally (no injected failure, not abandoned)."""
        with self._cond:
            return [c for c in self.calls if c.method == method and c.answered and c.failed_status is None]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0, *, successful: bool = False) -> list[Call]:
        """Block until ``count`` calls to ``method`` arrived (answered normally, with successful=True).

        Returns every such call so far (at least ``count``); raises AssertionError on timeout.
        """
        pick = self.successful_calls_to if successful else self.calls_to

        def summary() -> str:
            seen = collections.Counter(c.method for c in self.calls)
            return ", ".join(f"{m} x{n}" for m, n in seen.items()) or "none"

        got = self._ledger.wait(lambda: len(pick(method)) >= count, timeout)
        if not got:
            kind = "successful " if successful else ""
            raise AssertionError(
                f"stand-in Slack: timed out after {timeout}s waiting for {count} {kind}call(s) to "
                f"{method!r}; got {len(pick(method))}. Calls so far: {summary()}"
                + (f". Stand-in errors: {self.errors}" if self.errors else "")
            )
        return pick(method)

    # ------------------------------------------------------------ response_url

    def new_response_url(self) -> str:
        url = f"{self.base_url}response/{uuid.uuid4()}"
        with self._cond:
            self._response_urls.add(url)
        return url

    def responses_to(self, url: str) -> list[Response]:
        with self._cond:
            return [r for r in self.responses if r.url == url]

    def wait_for_responses(self, count: int = 1, timeout: float = 10.0, *, url: str | None = None) -> list[Response]:
        def pick():
            return [r for r in self.responses if url is None or r.url == url]

        if not self._ledger.wait(lambda: len(pick()) >= count, timeout):
            raise AssertionError(
                f"stand-in Slack: timed out after {timeout}s waiting for {count} response_url post(s)"
                f"{' to ' + url if url else ''}; got {len(pick())}"
            )
        with self._cond:
            return pick()

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0, message: str = "condition") -> None:
        """Block until ``predicate()`` is true (checked on every stand-in event and every 50 ms).

        Raises AssertionError naming ``message`` on timeout.  ``predicate`` may
        look at the stand-in's records or at anything else (e.g. a list a
        listener appends to).
        """
        if not self._ledger.wait(predicate, timeout):
            raise AssertionError(f"stand-in Slack: timed out after {timeout}s waiting for {message}")

    # ------------------------------------------------------------ Socket Mode

    @property
    def acks(self) -> dict[str, dict]:
        return self.socket_mode.acks

    @property
    def envelopes(self) -> dict[str, dict]:
        return self.socket_mode.envelopes

    @property
    def ws_received(self) -> list[dict]:
        """Every message a Socket Mode client sent, acks included."""
        return self.socket_mode.received

    @property
    def connection_count(self) -> int:
        return self.socket_mode.connection_count

    @property
    def connected(self) -> bool:
        return self.socket_mode.connected

    def wait_connected(self, n: int = 1, timeout: float = 10.0) -> None:
        """Block until ``n`` connections have been opened so far and one is live."""
        self.socket_mode.wait_connected(n, timeout)

    def send_envelope(self, type_: str, payload: dict, accepts_response_payload: bool | None = None, **kwargs) -> str:
        """Send an envelope on the newest live connection and return its envelope_id.

        ``type_`` is ``events_api``, ``slash_commands`` or ``interactive``; see
        ``SocketModeServer.send_envelope`` for ``timeout``, ``envelope_id`` and retries.
        """
        return self.socket_mode.send_envelope(type_, payload, accepts_response_payload, **kwargs)

    def resend(self, envelope_id: str, retry_reason: str = "timeout", *, timeout: float = 10.0) -> str:
        """Send an unacked envelope again, as Slack does, with retry_attempt + 1."""
        return self.socket_mode.resend(envelope_id, retry_reason, timeout=timeout)

    def unacked(self) -> list[str]:
        return self.socket_mode.unacked()

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict:
        """Block until the client acks ``envelope_id``; returns the ack message."""
        return self.socket_mode.wait_ack(envelope_id, timeout)

    def disconnect(self, reason: str = "refresh_requested", *, close_after: float = 0.0, timeout: float = 5.0) -> None:
        """Send ``{"type": "disconnect", "reason": ...}`` on the newest connection, then close it."""
        self.socket_mode.disconnect(reason, close_after=close_after, timeout=timeout)

    def close_connection(self, code: int = 1001, reason: str = "going away", *, timeout: float = 5.0) -> None:
        """Close the newest connection with a close frame only (no disconnect message first)."""
        self.socket_mode.close_connection(code, reason, timeout=timeout)

    def drop(self, *, reset: bool = True, timeout: float = 5.0) -> None:
        """Cut the newest connection abruptly (a TCP reset, or a quiet FIN with ``reset=False``)."""
        self.socket_mode.drop(reset=reset, timeout=timeout)

    # ------------------------------------------------------------ serving HTTP

    def _record_error(self, text: str) -> None:
        with self._cond:
            self.errors.append(text)
            self._cond.notify_all()

    def _handle_response_url(self, h: Handler, path: str, body: bytes) -> None:
        url = f"{self.base_url}{path.lstrip('/')}"
        with self._cond:
            known = url in self._response_urls
        if h.command != "POST" or not known:
            h.send_text(404, "no_service")
            return
        try:
            data = json.loads(body.decode("utf-8")) if body else {}
        except ValueError:
            data = {"_raw": body.decode("utf-8", "replace")}
        with self._cond:
            self.responses.append(Response(url, data, time.time(), Headers(h.headers.items())))
            self._cond.notify_all()
        h.send_text(200, "ok")

    def _handle_api(self, h: Handler, method: str, query: str, body: bytes) -> None:
        arrived = time.time()
        params = flatten_qs(query) if query else {}
        try:
            params.update(parse_body(h.headers.get("Content-Type", ""), body))
        except ValueError:
            call = Call(method, {"_raw": body.decode("utf-8", "replace")}, Headers(h.headers.items()), arrived)
            call.response = {"ok": False, "error": "invalid_json"}
            self._append_call(call)
            h.send_json(200, call.response)
            return
        decode_json_strings(params)
        call = Call(method, params, Headers(h.headers.items()), arrived)

        with self._cond:
            delay, fault = self.faults.take(method)

        if delay:
            call.delayed = delay
            call.answered = False
            self._append_call(call)
            self._ledger.stopping.wait(delay)
            if h.client_hung_up():
                with self._cond:
                    call.failed_status = 499
                    call.answered = True
                    self._cond.notify_all()
                h.close_connection = True
                return

        if fault is not None:
            with self._cond:
                call.failed_status = fault.status
                call.answered = True
                if not delay:
                    self.calls.append(call)
                self._cond.notify_all()
            status, answer, headers = fault.answer()
            if isinstance(answer, dict):
                h.send_json(status, answer, headers)
            else:
                h.send_text(status, answer, headers)
            return

        with self._cond:
            answer = self._answer(method, params, call.token, h.headers.get("Authorization"))
            call.response = answer
            call.answered = True
            lost = self.faults.answer_lost(method)
            if lost is not None:
                call.lost_answer = lost.how
                call.failed_status = 0 if lost.how == "reset" else lost.status
            if not delay:
                self.calls.append(call)
            self._cond.notify_all()
        if call.lost_answer == "reset":
            h.reset_connection()
        elif call.lost_answer == "5xx":
            h.send_text(call.failed_status, "internal error")
        else:
            scopes = self.workspace.scopes
            h.send_json(200, answer, {"X-OAuth-Scopes": ",".join(scopes)} if scopes is not None else None)

    def _answer(self, method: str, params: dict, token: str | None, authorization: str | None) -> dict:
        """The answer of the workspace the token was issued to (the first for any other token)."""
        if method == "oauth.v2.access":
            return self.installs.access(params, authorization, self.teams)
        if self.installs.revoked(token):
            return {"ok": False, "error": "token_revoked"}
        team = self.installs.team_of(token)
        workspace = self.teams[team] if team else self.workspace
        channel = params.get("channel")
        if isinstance(channel, str) and channel and not workspace.knows_channel(channel) and any(
                other.knows_channel(channel) for other in self.teams.values() if other is not workspace):
            return {"ok": False, "error": "channel_not_found"}    # another workspace's channel
        return workspace.answer(method, params, token)

    def _append_call(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()
