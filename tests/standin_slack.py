"""A stand-in for Slack that runs on 127.0.0.1, for tests of the real bot process.

Slack itself is never reachable from tests.  ``StandinSlack`` plays its part:

* a Web API (``POST /api/<method>``, form-encoded or JSON bodies, query strings
  on GET) that records every call and answers like Slack does, including
  ``ok: false`` errors, 429 rate limits and slow answers on demand, and the
  ambiguous failures of a real network: a call Slack carried out whose answer
  never arrived (``fail_after_storing``: the connection reset, or a 5xx);
* ``response_url`` endpoints (``/response/<uuid>``) that record what the bot
  posts to them;
* a Socket Mode WebSocket server (``apps.connections.open`` hands out its
  ``ws://`` URL) that sends envelopes, records acks and can ask the client to
  reconnect or drop it abruptly.

Module-level builders make what Slack sends to a bot: Events API envelopes,
slash command forms, ``block_actions`` payloads, and request signatures.

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
  stand-in knows (``add_user``) or has seen act (``saw``, which the test harness
  calls for each slash command, click and event it sends), plus the bot when
  it is a member.
* Message timestamps come from the real clock (strictly increasing), so a
  bot's ``oldest=now - N days`` filters work; a bot running on a test clock
  can have the stand-in follow it with ``StandinSlack(clock=...)``.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import hashlib
import hmac
import json
import logging
import secrets
import select
import socket
import struct
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from email.parser import BytesParser
from email.policy import HTTP as _HTTP_POLICY
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs, urlencode, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "StandinSlack",
    "Call",
    "Response",
    "new_ts",
    "sign",
    "event_callback",
    "url_verification",
    "app_mention",
    "dm_message",
    "slash_command_payload",
    "slash_command_form",
    "block_actions_payload",
    "block_actions_form",
    "post_signed",
    "FORM_CONTENT_TYPE",
    "JSON_CONTENT_TYPE",
]

log = logging.getLogger("standin_slack")

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
JSON_CONTENT_TYPE = "application/json"

# Fields that slack-sdk JSON-encodes into a string when it sends a form body.
_JSON_STRING_FIELDS = frozenset(
    {
        "blocks",
        "attachments",
        "metadata",
        "view",
        "unfurls",
        "user_auth_blocks",
        "profile",
        "options",
        "dialog",
        "chunks",
    }
)

# Where a response_url points when a builder was not given one: nothing listens
# there, so a bot that posts to it fails at once with "connection refused".
_UNSET_RESPONSE_URL = "http://127.0.0.1:1/response/not-configured"


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

_ts_lock = threading.Lock()
_last_ts_us = 0


def new_ts() -> str:
    """A Slack message timestamp ("1700000000.000100" style) from the real clock.

    Unique and strictly increasing across the process; the builders use it
    for event timestamps.  (The stand-in's own messages use ``StandinSlack.new_ts``.)
    """
    global _last_ts_us
    with _ts_lock:
        us = max(int(time.time() * 1_000_000), _last_ts_us + 1)
        _last_ts_us = us
    return f"{us // 1_000_000}.{us % 1_000_000:06d}"


def _ts_key(ts: Any) -> Decimal:
    try:
        return Decimal(str(ts))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _as_int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _random_id(prefix: str, length: int = 10) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return prefix + "".join(secrets.choice(alphabet) for _ in range(length))


def _trigger_id() -> str:
    return f"{secrets.randbelow(10**13)}.{secrets.randbelow(10**12)}.{secrets.token_hex(16)}"


def _rich_text_blocks(text: str) -> list[dict]:
    return [
        {
            "type": "rich_text",
            "block_id": secrets.token_hex(3),
            "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
        }
    ]


class _Headers(dict):
    """A dict of request headers whose look-ups ignore case ("Authorization" or "authorization")."""

    def __init__(self, items=()):
        super().__init__((str(k).lower(), v) for k, v in items)

    def __getitem__(self, key):
        return super().__getitem__(str(key).lower())

    def __contains__(self, key):
        return super().__contains__(str(key).lower())

    def get(self, key, default=None):
        return super().get(str(key).lower(), default)


# --------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------


@dataclass
class Call:
    """One Web API call as the stand-in received it.

    ``failed_status`` is the HTTP status of a failure injected with
    ``fail_next`` (or 499 when a ``delay_next`` outlasted the client, which hung
    up before the answer); None when the stand-in answered normally — which
    includes ``{"ok": false, ...}`` API errors such as ``not_in_channel``.
    ``response`` is the JSON the stand-in answered with (None for failures).
    ``lost_answer`` marks a call from ``fail_after_storing``: it was carried out
    (a post is stored and shows in history) but the client got a reset
    (``failed_status`` 0) or a 5xx (``failed_status`` that status) instead.
    """

    method: str
    params: dict
    headers: dict
    at: float
    failed_status: int | None = None
    delayed: float = 0.0
    lost_answer: str | None = None  # "reset" or "5xx": carried out, but the answer was lost
    answered: bool = True
    response: dict | None = None

    @property
    def token(self) -> str | None:
        auth = self.headers.get("authorization") or ""
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        token = self.params.get("token")
        return token if isinstance(token, str) else None

    @property
    def ok(self) -> bool:
        """True when the call was answered normally with ``"ok": true``."""
        return self.failed_status is None and bool(self.response and self.response.get("ok"))


@dataclass
class Response:
    """One POST the bot made to a response_url."""

    url: str
    body: dict
    at: float
    headers: dict = field(default_factory=dict)


@dataclass
class _Fault:
    status: int
    retry_after: int | None
    error: str


@dataclass
class _LostAnswers:
    """Every ``every``-th call is carried out, then its answer is lost ``how``."""

    how: str          # "reset" or "5xx"
    every: int
    status: int
    remaining: int | None
    seen: int = 0

    def strikes(self) -> bool:
        self.seen += 1
        if self.remaining == 0 or self.seen % self.every:
            return False
        if self.remaining is not None:
            self.remaining -= 1
        return True


# --------------------------------------------------------------------------
# HTTP side
# --------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "StandinSlack/1.0"
    standin: "StandinSlack"  # set on a per-instance subclass

    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        log.debug("%s - %s", self.address_string(), format % args)

    def do_GET(self):
        self._dispatch()

    def do_POST(self):
        self._dispatch()

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = _as_int(self.headers.get("Content-Length"), 0)
        return self.rfile.read(length) if length > 0 else b""

    def _dispatch(self):
        try:
            body = self._read_body()
            url = urlsplit(self.path)
            if url.path.startswith("/api/"):
                self.standin._handle_api(self, url.path[len("/api/") :], url.query, body)
            elif url.path.startswith("/response/"):
                self.standin._handle_response_url(self, url.path, body)
            else:
                self.send_text(404, "not found")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as exc:  # a bug in the stand-in: make it loud, not a hang
            log.exception("stand-in Slack failed to handle %s %s", self.command, self.path)
            self.standin._record_error(f"{self.command} {self.path}: {exc!r}")
            try:
                self.send_text(500, f"stand-in error: {exc!r}")
            except OSError:
                pass

    # -- answering

    def send_json(self, status: int, payload: Any, headers: dict | None = None):
        self._send(status, json.dumps(payload).encode(), "application/json; charset=utf-8", headers)

    def send_text(self, status: int, text: str, headers: dict | None = None):
        self._send(status, text.encode(), "text/plain; charset=utf-8", headers)

    def _send(self, status: int, data: bytes, content_type: str, headers: dict | None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.wfile.flush()

    def reset_connection(self) -> None:
        """Drop the connection with a TCP reset, answering nothing."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def client_hung_up(self) -> bool:
        """True if the client closed its end of the connection (e.g. after its own timeout)."""
        sock = self.connection
        try:
            readable, _, _ = select.select([sock], [], [], 0)
            if not readable:
                return False
            return sock.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True


def _parse_body(content_type: str, body: bytes) -> dict:
    ctype = (content_type or "").split(";")[0].strip().lower()
    if not body:
        return {}
    if ctype == "application/json":
        data = json.loads(body.decode("utf-8"))
        return data if isinstance(data, dict) else {"_json": data}
    if ctype == "multipart/form-data":
        msg = BytesParser(policy=_HTTP_POLICY).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        out: dict = {}
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not name:
                continue
            payload = part.get_payload(decode=True) or b""
            if part.get_filename():
                out[name] = {"filename": part.get_filename(), "content": payload}
            else:
                out[name] = payload.decode("utf-8", "replace")
        return out
    # form-encoded is what slack-sdk and Slack use by default
    return _flatten_qs(body.decode("utf-8", "replace"))


def _flatten_qs(query: str) -> dict:
    parsed = parse_qs(query, keep_blank_values=True)
    return {k: (v[0] if len(v) == 1 else v) for k, v in parsed.items()}


def _decode_json_strings(params: dict) -> dict:
    for key in _JSON_STRING_FIELDS:
        value = params.get(key)
        if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
            try:
                params[key] = json.loads(value)
            except ValueError:
                pass
    return params


# --------------------------------------------------------------------------
# the stand-in
# --------------------------------------------------------------------------


class StandinSlack:
    """Slack's Web API, response_urls and Socket Mode, on 127.0.0.1.

    Start with ``start()`` (or ``with StandinSlack() as slack:``) and point the
    bot at ``api_url``.  Every record is guarded by one lock; the ``wait_*``
    helpers block on a condition variable, so no test needs to sleep.
    """

    def __init__(
        self,
        bot_user_id: str = "UBOT",
        team_id: str = "T1",
        *,
        bot_id: str = "B1",
        app_id: str = "A1",
        bot_name: str = "cyberbot",
        team_name: str = "Cyber Test",
        team_domain: str = "cyberbot-test",
        strict: bool = False,
        ws_ping_interval: float | None = None,
        clock: Any = None,
    ):
        self.bot_user_id = bot_user_id
        self.team_id = team_id
        self.bot_id = bot_id
        self.app_id = app_id
        self.bot_name = bot_name
        self.team_name = team_name
        self.team_domain = team_domain
        self.strict = strict
        self.ws_ping_interval = ws_ping_interval
        self.clock = clock
        self._last_ts_us = 0

        self._cond = threading.Condition(threading.RLock())
        self._stopping = threading.Event()

        self.calls: list[Call] = []
        self.responses: list[Response] = []
        self.errors: list[str] = []  # bugs inside the stand-in, never expected
        self._response_urls: set[str] = set()
        self._faults: dict[str, collections.deque[_Fault]] = collections.defaultdict(collections.deque)
        self._delays: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)
        self._lost_answers: dict[str, _LostAnswers] = {}
        self._messages: dict[str, list[dict]] = collections.defaultdict(list)
        self._channels: dict[str, dict] = {}
        self._users: dict[str, dict] = {}
        # Surfaces: open modals by view id, each user's published Home, trigger ids already used
        self.views: dict[str, dict] = {}
        self.homes: dict[str, dict] = {}
        self._used_triggers: set[str] = set()
        self._members: dict[str, set[str]] = {}   # channels with an explicit member list
        self._seen_users: set[str] = set()        # people who have acted somewhere (the harness says)

        # Socket Mode
        self.acks: dict[str, dict] = {}
        self.envelopes: dict[str, dict] = {}
        self.ws_received: list[dict] = []  # every message a client sent, acks included
        self.connection_count = 0
        self._tickets: set[str] = set()
        self._live: list[Any] = []  # open connections that get envelopes, oldest first
        self._conn_numbers: dict[Any, int] = {}
        self._envelope_conn: dict[str, int] = {}

        self._http: _Server | None = None
        self._http_thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ws_server: Any = None
        self._ws_thread: threading.Thread | None = None
        self._ws_port: int | None = None

    def new_ts(self) -> str:
        """The next message timestamp: from ``clock`` (real time by default), strictly increasing.

        ``clock`` may be a callable returning epoch seconds, or an object whose
        ``now()`` returns an aware datetime (like bot.clock.SettableClock).
        """
        if self.clock is None:
            now = time.time()
        elif hasattr(self.clock, "now"):
            now = self.clock.now().timestamp()
        else:
            now = float(self.clock())
        with self._cond:
            us = max(int(now * 1_000_000), self._last_ts_us + 1)
            self._last_ts_us = us
        return f"{us // 1_000_000}.{us % 1_000_000:06d}"

    # ------------------------------------------------------------ lifecycle

    def start(self) -> "StandinSlack":
        if self._http is not None:
            return self
        self._stopping.clear()
        handler = type("StandinHandler", (_Handler,), {"standin": self})
        self._http = _Server(("127.0.0.1", 0), handler)
        self._http_thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.02}, name="standin-slack-http", daemon=True
        )
        self._http_thread.start()
        self._start_ws()
        return self

    def stop(self) -> None:
        self._stopping.set()
        with self._cond:
            self._cond.notify_all()
        if self._loop is not None:
            loop = self._loop
            try:
                asyncio.run_coroutine_threadsafe(self._ws_shutdown(), loop).result(timeout=5)
            except Exception:  # noqa: BLE001 - best effort on the way out
                log.debug("websocket shutdown did not finish cleanly", exc_info=True)
            loop.call_soon_threadsafe(loop.stop)
            if self._ws_thread is not None:
                self._ws_thread.join(timeout=5)
            self._loop = None
            self._ws_server = None
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            if self._http_thread is not None:
                self._http_thread.join(timeout=5)
            self._http = None

    def __enter__(self) -> "StandinSlack":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._http is None:
            raise RuntimeError("StandinSlack is not started")
        return self._http.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def api_url(self) -> str:
        """The value for SLACK_API_URL / ``WebClient(base_url=...)``."""
        return f"http://127.0.0.1:{self.port}/api/"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self._ws_port}/link/"

    # ------------------------------------------------------------ configuration

    def add_channel(self, id: str, name: str, is_member: bool = True, *, is_private: bool = False,  # noqa: A002
                    members: Iterable[str] | None = None) -> dict:
        """A channel; ``members`` (people, not the bot) makes its membership explicit, and a
        private channel's membership is always explicit (empty unless given)."""
        channel = self._channel_dict(id, name, is_member=is_member, is_private=is_private)
        with self._cond:
            self._channels[id] = channel
            if members is not None or is_private:
                self._members[id] = set(members or ())
        return dict(channel)

    def join(self, channel: str, *users: str) -> None:
        """People join a channel (its membership becomes explicit if it was not)."""
        with self._cond:
            self._members.setdefault(channel, set()).update(users)

    def leave(self, channel: str, *users: str) -> None:
        with self._cond:
            self._members.setdefault(channel, set()).difference_update(users)

    def saw(self, *users: str) -> None:
        """People who act in the workspace: members of every channel without an explicit list."""
        with self._cond:
            self._seen_users.update(u for u in users if u)

    def members_of(self, channel: str) -> list[str] | None:
        """Who is in a channel, as conversations.members answers; None for no such channel."""
        with self._cond:
            ch = self._lookup_channel(channel)
            if ch is None:
                return None
            if ch.get("is_im"):
                return sorted({ch.get("user") or "", self.bot_user_id} - {""})
            cid = ch["id"]
            people = set(self._members[cid]) if cid in self._members else set(self._users) | self._seen_users
            if ch.get("is_member") is not False:
                people.add(self.bot_user_id)
            return sorted(people)

    def add_user(
        self,
        id: str,  # noqa: A002
        name: str,
        tz: str = "Europe/London",
        *,
        real_name: str | None = None,
        email: str | None = None,
        is_bot: bool = False,
        is_admin: bool = False,
        deleted: bool = False,
    ) -> dict:
        user = self._user_dict(
            id, name, tz, real_name=real_name, email=email, is_bot=is_bot, is_admin=is_admin, deleted=deleted
        )
        with self._cond:
            self._users[id] = user
        return dict(user)

    def add_message(
        self,
        channel: str,
        text: str,
        *,
        user: str = "U1",
        ts: str | None = None,
        thread_ts: str | None = None,
        blocks: list | None = None,
        metadata: dict | None = None,
    ) -> str:
        """Seed a message (as if a person wrote it) so conversations.history can return it."""
        ts = ts or self.new_ts()
        message = {
            "type": "message",
            "user": user,
            "text": text,
            "ts": ts,
            "team": self.team_id,
            "blocks": blocks if blocks is not None else _rich_text_blocks(text),
        }
        if metadata is not None:
            message["metadata"] = metadata
        with self._cond:
            self._store_message(self._resolve_channel(channel), message, thread_ts)
            self._cond.notify_all()
        return ts

    def messages(self, channel: str) -> list[dict]:
        """Messages stored for a channel, oldest first, as Slack would show them with metadata."""
        with self._cond:
            return [self._public(m, include_metadata=True) for m in self._messages.get(self._resolve_channel(channel), [])]

    def reset(self) -> None:
        """Forget calls, responses, acks, envelopes, stored messages and pending faults.

        Channels and users added with add_channel/add_user stay, and so do live
        Socket Mode connections and ``connection_count``.
        """
        with self._cond:
            self.calls.clear()
            self.responses.clear()
            self.errors.clear()
            self._faults.clear()
            self._delays.clear()
            self._lost_answers.clear()
            self._messages.clear()
            self.acks.clear()
            self.envelopes.clear()
            self.ws_received.clear()
            self._envelope_conn.clear()
            self.views.clear()
            self.homes.clear()
            self._used_triggers.clear()
            self._cond.notify_all()

    # ------------------------------------------------------------ fault injection

    def fail_next(
        self,
        method: str,
        status: int = 429,
        count: int = 1,
        retry_after: int | None = 1,
        error: str = "ratelimited",
    ) -> None:
        """The next ``count`` calls to ``method`` fail.

        429 answers ``{"ok": false, "error": error}`` with a ``Retry-After`` header;
        5xx answers the text "internal error"; any other status (200 included)
        answers ``{"ok": false, "error": error}``.
        """
        with self._cond:
            for _ in range(count):
                self._faults[method].append(_Fault(status, retry_after if status == 429 else None, error))

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
        if how not in ("reset", "5xx"):
            raise ValueError("how is 'reset' or '5xx'")
        with self._cond:
            if every <= 0 or count == 0:
                self._lost_answers.pop(method, None)
            else:
                self._lost_answers[method] = _LostAnswers(how, every, status, count)

    def delay_next(self, method: str, seconds: float, count: int = 1) -> None:
        """The next ``count`` calls to ``method`` wait ``seconds`` before they are handled.

        If the client hangs up meanwhile (its own timeout), the call is recorded
        with ``failed_status=499`` and has no effect; otherwise it is handled as
        usual and recorded with ``delayed=seconds``.
        """
        with self._cond:
            for _ in range(count):
                self._delays[method].append(float(seconds))

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

        got = self._wait(lambda: len(pick(method)) >= count, timeout)
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

        if not self._wait(lambda: len(pick()) >= count, timeout):
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
        if not self._wait(predicate, timeout):
            raise AssertionError(f"stand-in Slack: timed out after {timeout}s waiting for {message}")

    # ------------------------------------------------------------ internals: waiting

    def _wait(self, predicate: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._stopping.is_set():
                    return bool(predicate())
                # Records notify the condition; the short cap re-checks predicates
                # about state the stand-in does not own.
                self._cond.wait(min(remaining, 0.05))
            return True

    def _record_error(self, text: str) -> None:
        with self._cond:
            self.errors.append(text)
            self._cond.notify_all()

    # ------------------------------------------------------------ internals: HTTP handling

    def _handle_response_url(self, h: _Handler, path: str, body: bytes) -> None:
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
            self.responses.append(Response(url, data, time.time(), _Headers(h.headers.items())))
            self._cond.notify_all()
        h.send_text(200, "ok")

    def _handle_api(self, h: _Handler, method: str, query: str, body: bytes) -> None:
        arrived = time.time()
        params = _flatten_qs(query) if query else {}
        try:
            params.update(_parse_body(h.headers.get("Content-Type", ""), body))
        except ValueError:
            call = Call(method, {"_raw": body.decode("utf-8", "replace")}, _Headers(h.headers.items()), arrived)
            call.response = {"ok": False, "error": "invalid_json"}
            self._append_call(call)
            h.send_json(200, call.response)
            return
        _decode_json_strings(params)
        call = Call(method, params, _Headers(h.headers.items()), arrived)

        with self._cond:
            delays = self._delays.get(method)
            delay = delays.popleft() if delays else 0.0
            faults = self._faults.get(method)
            fault = faults.popleft() if faults else None

        if delay:
            call.delayed = delay
            call.answered = False
            self._append_call(call)
            self._stopping.wait(delay)
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
            if fault.status == 429:
                retry_header = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
                h.send_json(429, {"ok": False, "error": fault.error}, retry_header)
            elif fault.status >= 500:
                h.send_text(fault.status, "internal error")
            else:
                h.send_json(fault.status, {"ok": False, "error": fault.error})
            return

        with self._cond:
            answer = self._answer(method, params, call)
            call.response = answer
            call.answered = True
            lost = self._lost_answers.get(method)
            if lost is not None and lost.strikes():
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
            h.send_json(200, answer)

    def _append_call(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    def _answer(self, method: str, params: dict, call: Call) -> dict:
        token = call.token
        if not token:
            return {"ok": False, "error": "not_authed"}
        if method == "apps.connections.open":
            if not token.startswith("xapp-"):
                return {"ok": False, "error": "not_allowed_token_type"}
        elif token.startswith("xapp-"):
            return {"ok": False, "error": "not_allowed_token_type"}
        elif not token.startswith(("xoxb-", "xoxp-", "xoxa-", "xoxe")):
            return {"ok": False, "error": "invalid_auth"}
        handler = self._API.get(method)
        if handler is None:
            return {"ok": True}
        return handler(self, params)

    # ------------------------------------------------------------ internals: model

    def _resolve_channel(self, channel: str) -> str:
        channel = str(channel or "")
        if channel.startswith("#"):
            for cid, ch in self._channels.items():
                if ch.get("name") == channel[1:]:
                    return cid
            return channel
        if channel[:1] in ("U", "W"):
            return "D" + channel[1:]
        return channel

    def _channel_dict(self, id: str, name: str, *, is_member: bool, is_private: bool = False) -> dict:  # noqa: A002
        return {
            "id": id,
            "name": name,
            "is_channel": not is_private,
            "is_group": is_private,
            "is_im": False,
            "is_mpim": False,
            "is_private": is_private,
            "created": 1700000000,
            "is_archived": False,
            "is_general": name == "general",
            "unlinked": 0,
            "name_normalized": name,
            "is_shared": False,
            "is_org_shared": False,
            "is_ext_shared": False,
            "is_pending_ext_shared": False,
            "is_member": is_member,
            "creator": "U0",
            "topic": {"value": "", "creator": "", "last_set": 0},
            "purpose": {"value": "", "creator": "", "last_set": 0},
            "num_members": 2,
        }

    def _lookup_channel(self, channel: str) -> dict | None:
        cid = self._resolve_channel(channel)
        if cid in self._channels:
            return self._channels[cid]
        if self.strict or not cid:
            return None
        if cid.startswith("D"):
            return {
                "id": cid,
                "created": 1700000000,
                "is_im": True,
                "is_org_shared": False,
                "user": "U" + cid[1:],
                "is_user_deleted": False,
                "priority": 0,
            }
        return self._channel_dict(cid, cid.lower(), is_member=True)

    def _user_dict(
        self,
        id: str,  # noqa: A002
        name: str,
        tz: str,
        *,
        real_name: str | None = None,
        email: str | None = None,
        is_bot: bool = False,
        is_admin: bool = False,
        deleted: bool = False,
    ) -> dict:
        try:
            now = datetime.now(ZoneInfo(tz))
            tz_offset = int(now.utcoffset().total_seconds())
            tz_label = now.tzname() or tz
        except (ZoneInfoNotFoundError, ValueError):
            tz_offset, tz_label = 0, tz
        real_name = real_name or name.replace(".", " ").title()
        return {
            "id": id,
            "team_id": self.team_id,
            "name": name,
            "deleted": deleted,
            "color": "9f69e7",
            "real_name": real_name,
            "tz": tz,
            "tz_label": tz_label,
            "tz_offset": tz_offset,
            "profile": {
                "title": "",
                "phone": "",
                "skype": "",
                "real_name": real_name,
                "real_name_normalized": real_name,
                "display_name": name,
                "display_name_normalized": name,
                "email": email or f"{name}@example.gov.uk",
                "status_text": "",
                "status_emoji": "",
                "image_48": "https://example.invalid/avatar_48.png",
                "image_72": "https://example.invalid/avatar_72.png",
                "team": self.team_id,
            },
            "is_admin": is_admin,
            "is_owner": False,
            "is_primary_owner": False,
            "is_restricted": False,
            "is_ultra_restricted": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "updated": 1700000000,
            "is_email_confirmed": True,
        }

    def _lookup_user(self, user_id: str) -> dict | None:
        if user_id in self._users:
            return self._users[user_id]
        if user_id == self.bot_user_id:
            return self._user_dict(user_id, self.bot_name, "Europe/London", is_bot=True)
        if self.strict or not user_id:
            return None
        return self._user_dict(user_id, user_id.lower(), "Europe/London", real_name=f"User {user_id}")

    def _store_message(self, cid: str, message: dict, thread_ts: str | None, broadcast: bool = False) -> None:
        stored = self._messages[cid]
        if thread_ts:
            message["thread_ts"] = str(thread_ts)
            if broadcast:
                message["subtype"] = "thread_broadcast"
                message["_broadcast"] = True
            parent = self._find(cid, thread_ts)
            if parent is not None:
                parent["thread_ts"] = parent["ts"]
                parent["reply_count"] = parent.get("reply_count", 0) + 1
                parent["latest_reply"] = message["ts"]
                users = parent.setdefault("reply_users", [])
                who = message.get("user")
                if who and who not in users:
                    users.append(who)
                parent["reply_users_count"] = len(users)
        stored.append(message)
        stored.sort(key=lambda m: _ts_key(m["ts"]))

    def _find(self, cid: str, ts: Any) -> dict | None:
        for m in self._messages.get(cid, []):
            if m["ts"] == str(ts):
                return m
        return None

    @staticmethod
    def _public(message: dict, include_metadata: bool) -> dict:
        out = {k: v for k, v in message.items() if not k.startswith("_")}
        if not include_metadata:
            out.pop("metadata", None)
        return json.loads(json.dumps(out))  # a deep copy callers may keep

    def _bot_message(self, params: dict, ts: str) -> dict:
        text = params.get("text") or ""
        message = {
            "user": self.bot_user_id,
            "type": "message",
            "ts": ts,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "text": text,
            "team": self.team_id,
            "bot_profile": {
                "id": self.bot_id,
                "app_id": self.app_id,
                "name": self.bot_name,
                "deleted": False,
                "team_id": self.team_id,
            },
            "blocks": params.get("blocks") or [],
        }
        if params.get("attachments"):
            message["attachments"] = params["attachments"]
        metadata = params.get("metadata")
        if isinstance(metadata, dict) and metadata.get("event_type"):
            message["metadata"] = {
                "event_type": metadata["event_type"],
                "event_payload": metadata.get("event_payload") or {},
            }
        return message

    def _member_error(self, channel: str) -> dict | None:
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        ch = self._lookup_channel(channel)
        if ch is None:
            return {"ok": False, "error": "channel_not_found"}
        if ch.get("is_archived"):
            return {"ok": False, "error": "is_archived"}
        if not ch.get("is_im") and ch.get("is_member") is False:
            return {"ok": False, "error": "not_in_channel"}
        return None

    # ------------------------------------------------------------ Web API methods
    # Each takes the parsed params and returns the JSON answer. Run under self._cond.

    def _auth_test(self, params: dict) -> dict:
        return {
            "ok": True,
            "url": f"https://{self.team_domain}.slack.com/",
            "team": self.team_name,
            "user": self.bot_name,
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _chat_post_message(self, params: dict) -> dict:
        channel = str(params.get("channel") or "")
        error = self._member_error(channel)
        if error:
            return error
        if not (params.get("text") or params.get("blocks") or params.get("attachments")):
            return {"ok": False, "error": "no_text"}
        cid = self._resolve_channel(channel)
        thread_ts = params.get("thread_ts")
        if self.strict and thread_ts and self._find(cid, thread_ts) is None:
            return {"ok": False, "error": "thread_not_found"}
        ts = self.new_ts()
        message = self._bot_message(params, ts)
        self._store_message(cid, message, str(thread_ts) if thread_ts else None, _truthy(params.get("reply_broadcast")))
        return {"ok": True, "channel": cid, "ts": ts, "message": self._public(message, include_metadata=True)}

    def _chat_post_ephemeral(self, params: dict) -> dict:
        channel = str(params.get("channel") or "")
        error = self._member_error(channel)
        if error:
            return error
        if not params.get("user"):
            return {"ok": False, "error": "user_not_found"}
        if not (params.get("text") or params.get("blocks") or params.get("attachments")):
            return {"ok": False, "error": "no_text"}
        return {"ok": True, "message_ts": self.new_ts()}

    def _chat_update(self, params: dict) -> dict:
        cid = self._resolve_channel(str(params.get("channel") or ""))
        ts = str(params.get("ts") or "")
        if not cid or self._lookup_channel(cid) is None:
            return {"ok": False, "error": "channel_not_found"}
        message = self._find(cid, ts)
        if message is None:
            if self.strict:
                return {"ok": False, "error": "message_not_found"}
            message = self._bot_message(params, ts)  # echoed, not stored
        else:
            for key in ("text", "blocks", "attachments"):
                if key in params:
                    message[key] = params[key]
            metadata = params.get("metadata")
            if isinstance(metadata, dict) and metadata.get("event_type"):
                message["metadata"] = {
                    "event_type": metadata["event_type"],
                    "event_payload": metadata.get("event_payload") or {},
                }
            message["edited"] = {"user": self.bot_user_id, "ts": self.new_ts()}
        public = self._public(message, include_metadata=True)
        return {"ok": True, "channel": cid, "ts": ts, "text": message.get("text", ""), "message": public}

    def _chat_delete(self, params: dict) -> dict:
        cid = self._resolve_channel(str(params.get("channel") or ""))
        ts = str(params.get("ts") or "")
        message = self._find(cid, ts)
        if message is None:
            if self.strict:
                return {"ok": False, "error": "message_not_found"}
        else:
            self._messages[cid].remove(message)
        return {"ok": True, "channel": cid, "ts": ts}

    def _chat_get_permalink(self, params: dict) -> dict:
        cid = self._resolve_channel(str(params.get("channel") or ""))
        ts = str(params.get("message_ts") or "")
        if not cid or not ts:
            return {"ok": False, "error": "message_not_found" if cid else "channel_not_found"}
        message = self._find(cid, ts)
        if message is None and self.strict:
            return {"ok": False, "error": "message_not_found"}
        link = f"https://{self.team_domain}.slack.com/archives/{cid}/p{ts.replace('.', '')}"
        if message is not None and message.get("thread_ts") and message["thread_ts"] != ts:
            link += f"?thread_ts={message['thread_ts']}&cid={cid}"
        return {"ok": True, "channel": cid, "permalink": link}

    def _page(self, items: list, params: dict, default_limit: int = 100) -> tuple[list, str]:
        limit = max(1, min(_as_int(params.get("limit"), default_limit) or default_limit, 1000))
        start = 0
        cursor = params.get("cursor")
        if cursor:
            try:
                start = int(base64.b64decode(str(cursor)).decode().split(":", 1)[1])
            except (ValueError, IndexError):
                start = 0
        page = items[start : start + limit]
        more = start + limit < len(items)
        next_cursor = base64.b64encode(f"next:{start + limit}".encode()).decode() if more else ""
        return page, next_cursor

    def _conversations_history(self, params: dict) -> dict:
        channel = str(params.get("channel") or "")
        error = self._member_error(channel)
        if error:
            return error
        cid = self._resolve_channel(channel)
        inclusive = _truthy(params.get("inclusive"))
        oldest = _ts_key(params.get("oldest") or "0")
        latest = _ts_key(params["latest"]) if params.get("latest") else None
        with_metadata = _truthy(params.get("include_all_metadata"))

        def wanted(m: dict) -> bool:
            if m.get("thread_ts") and m["thread_ts"] != m["ts"] and not m.get("_broadcast"):
                return False
            key = _ts_key(m["ts"])
            if key < oldest or (key == oldest and not inclusive):
                return False
            if latest is not None and (key > latest or (key == latest and not inclusive)):
                return False
            return True

        matching = [m for m in reversed(self._messages.get(cid, [])) if wanted(m)]
        page, next_cursor = self._page(matching, params)
        return {
            "ok": True,
            "messages": [self._public(m, with_metadata) for m in page],
            "has_more": bool(next_cursor),
            "pin_count": 0,
            "channel_actions_ts": None,
            "channel_actions_count": 0,
            "response_metadata": {"next_cursor": next_cursor},
        }

    def _conversations_replies(self, params: dict) -> dict:
        channel = str(params.get("channel") or "")
        error = self._member_error(channel)
        if error:
            return error
        cid = self._resolve_channel(channel)
        ts = str(params.get("ts") or "")
        parent = self._find(cid, ts)
        if parent is None and self.strict:
            return {"ok": False, "error": "thread_not_found"}
        # Leniently, a thread whose parent was never seeded (a person's message the bot only
        # heard about in an event) is there, with whatever replies it has.
        root = (parent.get("thread_ts") or parent["ts"]) if parent is not None else ts
        thread = [m for m in self._messages.get(cid, []) if m["ts"] == root or m.get("thread_ts") == root]
        with_metadata = _truthy(params.get("include_all_metadata"))
        page, next_cursor = self._page(thread, params, default_limit=1000)
        return {
            "ok": True,
            "messages": [self._public(m, with_metadata) for m in page],
            "has_more": bool(next_cursor),
            "response_metadata": {"next_cursor": next_cursor},
        }

    def _conversations_info(self, params: dict) -> dict:
        ch = self._lookup_channel(str(params.get("channel") or ""))
        if ch is None:
            return {"ok": False, "error": "channel_not_found"}
        return {"ok": True, "channel": dict(ch)}

    def _conversations_list(self, params: dict) -> dict:
        types = str(params.get("types") or "public_channel").split(",")
        exclude_archived = _truthy(params.get("exclude_archived"))
        channels = []
        for ch in self._channels.values():
            kind = "private_channel" if ch.get("is_private") else "public_channel"
            if kind not in types or (exclude_archived and ch.get("is_archived")):
                continue
            channels.append(dict(ch))
        page, next_cursor = self._page(channels, params)
        return {"ok": True, "channels": page, "response_metadata": {"next_cursor": next_cursor}}

    def _conversations_members(self, params: dict) -> dict:
        ch = self._lookup_channel(str(params.get("channel") or ""))
        if ch is None or (ch.get("is_private") and ch.get("is_member") is False):
            return {"ok": False, "error": "channel_not_found"}   # Slack hides private channels the bot is not in
        members = self.members_of(ch["id"]) or []
        page, next_cursor = self._page(members, params)
        return {"ok": True, "members": page, "response_metadata": {"next_cursor": next_cursor}}

    def _conversations_open(self, params: dict) -> dict:
        users = params.get("users") or ""
        if isinstance(users, list):
            users = ",".join(users)
        first = str(users).split(",")[0].strip()
        if not first and params.get("channel"):
            return {"ok": True, "channel": {"id": str(params["channel"])}}
        if not first:
            return {"ok": False, "error": "users_list_not_supplied"}
        return {"ok": True, "no_op": True, "already_open": True, "channel": {"id": "D" + first[1:]}}

    def _conversations_join(self, params: dict) -> dict:
        cid = self._resolve_channel(str(params.get("channel") or ""))
        ch = self._lookup_channel(cid)
        if ch is None:
            return {"ok": False, "error": "channel_not_found"}
        ch = dict(ch, is_member=True)
        self._channels[cid] = ch
        return {"ok": True, "channel": dict(ch)}

    def _users_info(self, params: dict) -> dict:
        user = self._lookup_user(str(params.get("user") or ""))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": json.loads(json.dumps(user))}

    def _users_list(self, params: dict) -> dict:
        members = [json.loads(json.dumps(u)) for u in self._users.values()]
        page, next_cursor = self._page(members, params, default_limit=200)
        return {"ok": True, "members": page, "cache_ts": int(time.time()), "response_metadata": {"next_cursor": next_cursor}}

    def _apps_connections_open(self, params: dict) -> dict:
        ticket = str(uuid.uuid4())
        self._tickets.add(ticket)
        return {"ok": True, "url": f"{self.ws_url}?ticket={ticket}&app_id={self.app_id}"}

    # ------------------------------------------------------------ views (modals, App Home)

    def _checked_view(self, view: Any, kind: str) -> tuple[dict | None, dict | None]:
        """The view as a dict, or Slack's error: it must parse, validate, and keep Slack's limits."""
        if isinstance(view, str):
            try:
                view = json.loads(view)
            except ValueError:
                return None, {"ok": False, "error": "invalid_arguments"}
        if not isinstance(view, dict):
            return None, {"ok": False, "error": "invalid_arguments"}
        problems = view_problems(view)
        if view.get("type") != kind:
            problems.append(f"view type must be {kind}")
        if problems:
            return None, {"ok": False, "error": "invalid_arguments", "response_metadata": {"messages": problems}}
        return view, None

    def _stored_view(self, view: dict, user: str | None, view_id: str | None = None) -> dict:
        view_id = view_id or _random_id("V", 10)
        stored = dict(view, id=view_id, team_id=self.team_id, app_id=self.app_id, bot_id=self.bot_id,
                      hash=f"{int(time.time())}.{secrets.token_hex(4)}", state={"values": {}},
                      root_view_id=view_id, previous_view_id=None, user=user)
        stored.setdefault("private_metadata", "")
        stored.setdefault("callback_id", "")
        stored.setdefault("external_id", "")
        return stored

    def _views_open(self, params: dict) -> dict:
        trigger = str(params.get("trigger_id") or "")
        if not trigger:
            return {"ok": False, "error": "invalid_arguments",
                    "response_metadata": {"messages": ["[ERROR] missing required field: trigger_id"]}}
        if trigger in self._used_triggers:
            return {"ok": False, "error": "trigger_exchanged"}
        view, error = self._checked_view(params.get("view"), "modal")
        if error:
            return error
        self._used_triggers.add(trigger)
        stored = self._stored_view(view, None)
        self.views[stored["id"]] = stored
        return {"ok": True, "view": stored}

    def _views_push(self, params: dict) -> dict:
        return self._views_open(params)

    def _views_update(self, params: dict) -> dict:
        view_id = str(params.get("view_id") or "")
        if not view_id and params.get("external_id"):
            view_id = next((v["id"] for v in self.views.values() if v.get("external_id") == params["external_id"]), "")
        if view_id not in self.views:
            return {"ok": False, "error": "not_found"}
        if params.get("hash") and params["hash"] != self.views[view_id]["hash"]:
            return {"ok": False, "error": "hash_conflict"}
        view, error = self._checked_view(params.get("view"), "modal")
        if error:
            return error
        stored = self._stored_view(view, None, view_id)
        self.views[view_id] = stored
        return {"ok": True, "view": stored}

    def _views_publish(self, params: dict) -> dict:
        user = str(params.get("user_id") or "")
        if not user:
            return {"ok": False, "error": "invalid_arguments"}
        if self.strict and self._lookup_user(user) is None:
            return {"ok": False, "error": "user_not_found"}
        view, error = self._checked_view(params.get("view"), "home")
        if error:
            return error
        stored = self._stored_view(view, user)
        self.homes[user] = stored
        return {"ok": True, "view": stored}

    _API: dict[str, Callable[["StandinSlack", dict], dict]] = {
        "views.open": _views_open,
        "views.push": _views_push,
        "views.update": _views_update,
        "views.publish": _views_publish,
        "auth.test": _auth_test,
        "chat.postMessage": _chat_post_message,
        "chat.postEphemeral": _chat_post_ephemeral,
        "chat.update": _chat_update,
        "chat.delete": _chat_delete,
        "chat.getPermalink": _chat_get_permalink,
        "conversations.history": _conversations_history,
        "conversations.replies": _conversations_replies,
        "conversations.info": _conversations_info,
        "conversations.list": _conversations_list,
        "conversations.open": _conversations_open,
        "conversations.members": _conversations_members,
        "conversations.join": _conversations_join,
        "users.info": _users_info,
        "users.list": _users_list,
        "apps.connections.open": _apps_connections_open,
    }

    # ------------------------------------------------------------ Socket Mode

    def _start_ws(self) -> None:
        from websockets.asyncio.server import serve  # websockets >= 13

        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()
        self._loop = loop

        async def process_request(connection, request):
            url = urlsplit(request.path)
            ticket = (parse_qs(url.query).get("ticket") or [""])[0]
            if not url.path.startswith("/link") or ticket not in self._tickets:
                return connection.respond(401, "invalid ticket\n")
            return None

        async def open_server():
            self._ws_server = await serve(
                self._ws_handler,
                "127.0.0.1",
                0,
                process_request=process_request,
                compression=None,
                ping_interval=self.ws_ping_interval,
                close_timeout=1,
                max_size=None,
            )
            self._ws_port = self._ws_server.sockets[0].getsockname()[1]

        def run():
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(open_server())
            except BaseException as exc:  # noqa: BLE001 - surfaced to start()
                failure.append(exc)
                ready.set()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
                for t in pending:
                    t.cancel()
                if pending:
                    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                loop.close()

        self._ws_thread = threading.Thread(target=run, name="standin-slack-ws", daemon=True)
        self._ws_thread.start()
        if not ready.wait(10) or failure:
            raise RuntimeError(f"stand-in Socket Mode server did not start: {failure[:1]}")

    async def _ws_shutdown(self) -> None:
        if self._ws_server is not None:
            self._ws_server.close()
            try:
                await asyncio.wait_for(self._ws_server.wait_closed(), 3)
            except asyncio.TimeoutError:
                pass

    async def _ws_handler(self, conn) -> None:
        from websockets.exceptions import ConnectionClosed

        with self._cond:
            hello = {
                "type": "hello",
                "num_connections": len(self._live) + 1,
                "debug_info": {
                    "host": "applink-standin",
                    "build_number": 1,
                    "approximate_connection_time": 18060,
                },
                "connection_info": {"app_id": self.app_id},
            }
        try:
            await conn.send(json.dumps(hello))
        except ConnectionClosed:
            return
        with self._cond:
            self.connection_count += 1
            self._conn_numbers[conn] = self.connection_count
            self._live.append(conn)
            self._cond.notify_all()
        try:
            async for raw in conn:
                self._on_ws_message(raw)
        except ConnectionClosed:
            pass
        finally:
            with self._cond:
                if conn in self._live:
                    self._live.remove(conn)
                self._cond.notify_all()

    def _on_ws_message(self, raw: str | bytes) -> None:
        try:
            message = json.loads(raw)
        except ValueError:
            message = {"_raw": raw if isinstance(raw, str) else raw.decode("utf-8", "replace")}
        with self._cond:
            self.ws_received.append(message)
            if isinstance(message, dict) and message.get("envelope_id"):
                self.acks[str(message["envelope_id"])] = message
            self._cond.notify_all()

    @property
    def connected(self) -> bool:
        with self._cond:
            return bool(self._live)

    def wait_connected(self, n: int = 1, timeout: float = 10.0) -> None:
        """Block until ``n`` connections have been opened so far and one is live."""
        if not self._wait(lambda: self.connection_count >= n and bool(self._live), timeout):
            raise AssertionError(
                f"stand-in Slack: timed out after {timeout}s waiting for Socket Mode connection #{n}; "
                f"{self.connection_count} opened so far, {len(self._live)} live"
            )

    def _current_connection(self, timeout: float):
        if not self._wait(lambda: bool(self._live), timeout):
            raise AssertionError(
                f"stand-in Slack: no live Socket Mode connection within {timeout:.1f}s "
                f"({self.connection_count} opened so far)"
            )
        with self._cond:
            return self._live[-1]

    def send_envelope(
        self,
        type_: str,
        payload: dict,
        accepts_response_payload: bool | None = None,
        *,
        timeout: float = 10.0,
        envelope_id: str | None = None,
        retry_attempt: int = 0,
        retry_reason: str = "",
    ) -> str:
        """Send an envelope on the newest live connection and return its envelope_id.

        ``type_`` is ``events_api``, ``slash_commands`` or ``interactive``.
        ``accepts_response_payload`` defaults to what Slack sends: False for
        events_api, True for slash_commands and interactive.  Waits up to
        ``timeout`` for a live connection.  Pass ``envelope_id`` with a
        ``retry_attempt`` to re-send an envelope the bot never acked.
        """
        if accepts_response_payload is None:
            accepts_response_payload = type_ in ("slash_commands", "interactive")
        envelope_id = envelope_id or str(uuid.uuid4())
        envelope = {
            "envelope_id": envelope_id,
            "type": type_,
            "payload": payload,
            "accepts_response_payload": bool(accepts_response_payload),
            "retry_attempt": retry_attempt,
            "retry_reason": retry_reason,
        }
        data = json.dumps(envelope)
        deadline = time.monotonic() + timeout
        while True:
            conn = self._current_connection(max(0.0, deadline - time.monotonic()))
            try:
                asyncio.run_coroutine_threadsafe(conn.send(data), self._loop).result(
                    timeout=max(0.1, deadline - time.monotonic())
                )
            except Exception:  # noqa: BLE001 - the connection went away: try the next one
                with self._cond:
                    if conn in self._live:
                        self._live.remove(conn)
                if time.monotonic() >= deadline:
                    raise
                continue
            with self._cond:
                self.envelopes[envelope_id] = envelope
                self._envelope_conn[envelope_id] = self._conn_numbers.get(conn, 0)
                self._cond.notify_all()
            return envelope_id

    def resend(self, envelope_id: str, retry_reason: str = "timeout", *, timeout: float = 10.0) -> str:
        """Send an unacked envelope again, as Slack does, with retry_attempt + 1."""
        with self._cond:
            old = self.envelopes[envelope_id]
        return self.send_envelope(
            old["type"],
            old["payload"],
            old["accepts_response_payload"],
            timeout=timeout,
            envelope_id=envelope_id,
            retry_attempt=old["retry_attempt"] + 1,
            retry_reason=retry_reason,
        )

    def unacked(self) -> list[str]:
        with self._cond:
            return [eid for eid in self.envelopes if eid not in self.acks]

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict:
        """Block until the client acks ``envelope_id``; returns the ack message."""
        if not self._wait(lambda: envelope_id in self.acks, timeout):
            with self._cond:
                sent_on = self._envelope_conn.get(envelope_id)
                live = len(self._live)
            raise AssertionError(
                f"stand-in Slack: envelope {envelope_id} not acked within {timeout}s "
                f"(sent on connection #{sent_on}, {live} live connection(s), "
                f"{self.connection_count} opened so far)"
            )
        with self._cond:
            return self.acks[envelope_id]

    def disconnect(self, reason: str = "refresh_requested", *, close_after: float = 0.0, timeout: float = 5.0) -> None:
        """Send ``{"type": "disconnect", "reason": ...}`` on the newest connection, then close it.

        The connection stops getting envelopes at once; it is closed with a
        close frame ``close_after`` seconds later (Slack waits a little).
        """
        conn = self._current_connection(timeout)
        with self._cond:
            if conn in self._live:
                self._live.remove(conn)
            self._cond.notify_all()
        message = json.dumps({"type": "disconnect", "reason": reason, "debug_info": {"host": "applink-standin"}})

        async def go():
            try:
                await conn.send(message)
            except Exception:  # noqa: BLE001 - already gone
                return

            async def close_later():
                if close_after:
                    await asyncio.sleep(close_after)
                await conn.close(1000, reason)

            asyncio.ensure_future(close_later())

        asyncio.run_coroutine_threadsafe(go(), self._loop).result(timeout=timeout)

    def close_connection(self, code: int = 1001, reason: str = "going away", *, timeout: float = 5.0) -> None:
        """Close the newest connection with a close frame only (no disconnect message first)."""
        conn = self._current_connection(timeout)
        with self._cond:
            if conn in self._live:
                self._live.remove(conn)
            self._cond.notify_all()
        asyncio.run_coroutine_threadsafe(conn.close(code, reason), self._loop)

    def drop(self, *, reset: bool = True, timeout: float = 5.0) -> None:
        """Cut the newest connection abruptly: no disconnect message, no close frame.

        ``reset=True`` (the default) sends a TCP reset, as when a load balancer
        or the network fails; ``reset=False`` closes the TCP connection quietly
        (FIN), which the builtin slack-sdk client notices only much later.
        """
        conn = self._current_connection(timeout)
        with self._cond:
            if conn in self._live:
                self._live.remove(conn)
            self._cond.notify_all()

        def cut():
            transport = conn.transport
            sock = transport.get_extra_info("socket")
            if reset and sock is not None:
                try:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                except OSError:
                    pass
            transport.abort()

        self._loop.call_soon_threadsafe(cut)


# --------------------------------------------------------------------------
# what Slack sends to the bot
# --------------------------------------------------------------------------


def sign(body: bytes, secret: str, timestamp: int | None = None) -> dict:
    """Slack's request-signing headers for ``body`` (v0 HMAC-SHA256 of ``v0:{ts}:{body}``)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    ts = int(time.time()) if timestamp is None else int(timestamp)
    base = f"v0:{ts}:".encode() + body
    digest = hmac.new(secret.encode("utf-8"), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": f"v0={digest}"}


def event_callback(
    event: dict,
    event_id: str | None = None,
    team_id: str = "T1",
    *,
    api_app_id: str = "A1",
    bot_user_id: str = "UBOT",
    token: str = "verification-token",
) -> dict:
    """A full Events API envelope around ``event`` (what is POSTed, or carried by an events_api envelope)."""
    return {
        "token": token,
        "team_id": team_id,
        "context_team_id": team_id,
        "context_enterprise_id": None,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or _random_id("Ev", 10),
        "event_time": int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": "4-" + secrets.token_urlsafe(24),
    }


def url_verification(challenge: str | None = None, token: str = "verification-token") -> dict:
    """The handshake Slack POSTs when an Events API request URL is configured."""
    return {"token": token, "challenge": challenge or secrets.token_urlsafe(24), "type": "url_verification"}


def app_mention(text: str, user: str = "U1", channel: str = "C1", ts: str | None = None, *, team: str = "T1") -> dict:
    """An ``app_mention`` event.  Slack's text always holds the mention, e.g. "<@UBOT> help"."""
    ts = ts or new_ts()
    return {
        "type": "app_mention",
        "user": user,
        "text": text,
        "ts": ts,
        "client_msg_id": str(uuid.uuid4()),
        "team": team,
        "blocks": _rich_text_blocks(text),
        "channel": channel,
        "event_ts": ts,
    }


def dm_message(text: str, user: str = "U1", channel: str = "D1", ts: str | None = None, *, team: str = "T1") -> dict:
    """A ``message`` event in a direct message (``channel_type: im``)."""
    ts = ts or new_ts()
    return {
        "type": "message",
        "user": user,
        "text": text,
        "ts": ts,
        "client_msg_id": str(uuid.uuid4()),
        "team": team,
        "blocks": _rich_text_blocks(text),
        "channel": channel,
        "event_ts": ts,
        "channel_type": "im",
    }


def slash_command_payload(
    text: str,
    user_id: str = "U1",
    channel_id: str = "C1",
    response_url: str | None = None,
    command: str = "/cyber",
    trigger_id: str | None = None,
    *,
    team_id: str = "T1",
    team_domain: str = "cyberbot-test",
    channel_name: str | None = None,
    user_name: str | None = None,
    api_app_id: str = "A1",
    token: str = "verification-token",
) -> dict:
    """The fields of a slash command, as Slack sends them (all strings).

    Pass ``response_url=standin.new_response_url()`` so the bot's replies are
    recorded; without one it points at a closed local port.
    """
    if channel_name is None:
        channel_name = "directmessage" if channel_id.startswith("D") else channel_id.lower()
    return {
        "token": token,
        "team_id": team_id,
        "team_domain": team_domain,
        "channel_id": channel_id,
        "channel_name": channel_name,
        "user_id": user_id,
        "user_name": user_name or user_id.lower(),
        "command": command,
        "text": text,
        "api_app_id": api_app_id,
        "is_enterprise_install": "false",
        "response_url": response_url or _UNSET_RESPONSE_URL,
        "trigger_id": trigger_id or _trigger_id(),
    }


def slash_command_form(
    text: str,
    user_id: str = "U1",
    channel_id: str = "C1",
    response_url: str | None = None,
    command: str = "/cyber",
    trigger_id: str | None = None,
    **kwargs: Any,
) -> bytes:
    """A slash command as the application/x-www-form-urlencoded body Slack POSTs."""
    payload = slash_command_payload(text, user_id, channel_id, response_url, command, trigger_id, **kwargs)
    return urlencode(payload).encode("utf-8")


def block_actions_payload(
    action_id: str,
    value: str,
    user_id: str = "U1",
    channel_id: str = "C1",
    message_ts: str | None = None,
    message: dict | None = None,
    response_url: str | None = None,
    block_id: str | None = None,
    *,
    team_id: str = "T1",
    team_domain: str = "cyberbot-test",
    user_name: str | None = None,
    channel_name: str | None = None,
    button_text: str = "Button",
    trigger_id: str | None = None,
    api_app_id: str = "A1",
    bot_user_id: str = "UBOT",
    bot_id: str = "B1",
    token: str = "verification-token",
) -> dict:
    """A ``block_actions`` payload for a button click (Socket Mode interactive payload)."""
    message_ts = message_ts or new_ts()
    block_id = block_id or secrets.token_urlsafe(4)
    action = {
        "action_id": action_id,
        "block_id": block_id,
        "text": {"type": "plain_text", "text": button_text, "emoji": True},
        "value": value,
        "type": "button",
        "action_ts": f"{time.time():.6f}",
    }
    if message is None:
        message = {
            "user": bot_user_id,
            "type": "message",
            "ts": message_ts,
            "bot_id": bot_id,
            "app_id": api_app_id,
            "text": "",
            "team": team_id,
            "blocks": [
                {
                    "type": "actions",
                    "block_id": block_id,
                    "elements": [
                        {
                            "type": "button",
                            "action_id": action_id,
                            "text": {"type": "plain_text", "text": button_text, "emoji": True},
                            "value": value,
                        }
                    ],
                }
            ],
        }
    username = user_name or user_id.lower()
    return {
        "type": "block_actions",
        "user": {"id": user_id, "username": username, "name": username, "team_id": team_id},
        "api_app_id": api_app_id,
        "token": token,
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel_id, "is_ephemeral": False},
        "trigger_id": trigger_id or _trigger_id(),
        "team": {"id": team_id, "domain": team_domain},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel_id, "name": channel_name or ("directmessage" if channel_id.startswith("D") else channel_id.lower())},
        "message": message,
        "state": {"values": {}},
        "response_url": response_url or _UNSET_RESPONSE_URL,
        "actions": [action],
    }


def block_actions_form(
    action_id: str,
    value: str,
    user_id: str = "U1",
    channel_id: str = "C1",
    message_ts: str | None = None,
    message: dict | None = None,
    response_url: str | None = None,
    block_id: str | None = None,
    **kwargs: Any,
) -> bytes:
    """A button click as the form body Slack POSTs: ``payload=<json>``."""
    payload = block_actions_payload(
        action_id, value, user_id, channel_id, message_ts, message, response_url, block_id, **kwargs
    )
    return urlencode({"payload": json.dumps(payload)}).encode("utf-8")


def post_signed(
    url: str,
    body: bytes,
    secret: str,
    content_type: str,
    extra_headers: dict | None = None,
    timestamp: int | None = None,
    *,
    timeout: float = 10.0,
) -> tuple[int, str]:
    """POST ``body`` to the bot's HTTP endpoint signed as Slack would; returns (status, body text)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    headers = {"Content-Type": content_type, **sign(body, secret, timestamp), **(extra_headers or {})}
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - local test URL
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


# --------------------------------------------------------------------------
# Block Kit as Slack checks it
# --------------------------------------------------------------------------

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
_OPTION_LIMITS = {"checkboxes": 10, "radio_buttons": 10, "static_select": 100, "multi_static_select": 100,
                  "overflow": 5}


def block_kit_problems(blocks: Any, max_blocks: int = MESSAGE_BLOCKS) -> list[str]:
    """What Slack would refuse in ``blocks``: each parsed with slack_sdk's models and validated
    (``validate_json`` through ``to_dict``), nothing lost in the round trip (an unknown type or
    field), and the limits slack_sdk does not check itself. Empty when Slack would take them."""
    from slack_sdk.models.blocks import Block

    if not isinstance(blocks, list):
        return ["blocks is not a list"]
    problems = []
    if not blocks or len(blocks) > max_blocks:
        problems.append(f"{len(blocks)} blocks; Slack takes 1 to {max_blocks}")
    block_ids = set()
    for number, raw in enumerate(blocks, start=1):
        try:
            parsed = Block.parse(raw)
            if parsed is None:
                problems.append(f"block {number}: not a block")
                continue
            if parsed.to_dict() != raw:
                problems.append(f"block {number} ({raw.get('type')}): something slack_sdk does not know was lost")
        except Exception as exc:  # noqa: BLE001 - each problem is reported, not raised
            problems.append(f"block {number} ({raw.get('type') if isinstance(raw, dict) else raw}): {exc}")
            continue
        block_id = raw.get("block_id")
        if block_id:
            if block_id in block_ids:
                problems.append(f"block {number}: block_id {block_id!r} used twice")
            block_ids.add(block_id)
        problems += [f"block {number}: {p}" for p in _limit_problems(raw)]
    return problems


def _limit_problems(node: Any) -> list[str]:
    problems: list[str] = []
    action_ids: set[str] = set()

    def walk(item: Any) -> None:
        if isinstance(item, list):
            for x in item:
                walk(x)
            return
        if not isinstance(item, dict):
            return
        kind = item.get("type")
        options = item.get("options")
        if kind in _OPTION_LIMITS and isinstance(options, list) and len(options) > _OPTION_LIMITS[kind]:
            problems.append(f"{kind} has {len(options)} options; Slack takes {_OPTION_LIMITS[kind]}")
        if isinstance(options, list):
            for option in options:
                if len(str((option.get("text") or {}).get("text", ""))) > 75:
                    problems.append("an option's text is over 75 characters")
                if len(str(option.get("value", ""))) > 150:
                    problems.append("an option's value is over 150 characters")
        if kind == "header" and len(str((item.get("text") or {}).get("text", ""))) > 150:
            problems.append("a header is over 150 characters")
        if kind == "input" and len(str((item.get("label") or {}).get("text", ""))) > 2000:
            problems.append("an input label is over 2000 characters")
        for key in ("action_id", "block_id"):
            if len(str(item.get(key, ""))) > 255:
                problems.append(f"{key} over 255 characters")
        if item.get("action_id") and kind not in (None, "input", "section", "actions"):
            if item["action_id"] in action_ids:
                problems.append(f"action_id {item['action_id']!r} used twice in one block")
            action_ids.add(item["action_id"])
        for value in item.values():
            walk(value)

    walk(node)
    return problems


def view_problems(view: Any) -> list[str]:
    """What Slack would refuse in a modal or Home view (``views.open``/``update``/``publish``)."""
    from slack_sdk.models.views import View

    if not isinstance(view, dict):
        return ["the view is not an object"]
    problems = []
    if view.get("type") not in ("modal", "home"):
        problems.append(f"view type {view.get('type')!r}")
    for key in ("title", "submit", "close"):
        text = (view.get(key) or {}).get("text") if isinstance(view.get(key), dict) else view.get(key)
        if text is not None and not 1 <= len(str(text)) <= View.title_max_length:
            problems.append(f"{key} must be 1 to {View.title_max_length} characters: {text!r}")
    if len(str(view.get("private_metadata") or "")) > View.private_metadata_max_length:
        problems.append("private_metadata over 3000 characters")
    if len(str(view.get("callback_id") or "")) > View.callback_id_max_length:
        problems.append("callback_id over 255 characters")
    if view.get("type") == "modal" and any(b.get("type") == "input" for b in view.get("blocks") or []
                                           if isinstance(b, dict)) and not view.get("submit"):
        problems.append("a modal with inputs needs a submit button")
    if view.get("type") == "modal" and not (view.get("title") or {}).get("text"):
        problems.append("a modal needs a title")
    problems += block_kit_problems(view.get("blocks"), VIEW_BLOCKS)
    return problems


def message_problems(payload: dict) -> list[str]:
    """What Slack would refuse in a message (``chat.postMessage``, ``chat.update``, a response_url)."""
    problems = []
    if not payload.get("text") and not payload.get("blocks"):
        problems.append("no text and no blocks")
    if len(str(payload.get("text") or "")) > 40000:
        problems.append("text over 40,000 characters")
    if payload.get("blocks") is not None:
        problems += block_kit_problems(payload["blocks"], MESSAGE_BLOCKS)
    return problems


# --------------------------------------------------------------------------
# more of what Slack sends: shortcuts, modal submissions, the Home tab, rate limits
# --------------------------------------------------------------------------

def _user(user_id: str, team_id: str) -> dict:
    return {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": team_id}


def shortcut_payload(callback_id: str, user_id: str = "U1", *, team_id: str = "T1", trigger_id: str | None = None,
                     api_app_id: str = "A1", token: str = "verification-token") -> dict:
    """A global shortcut (from the ⚡ menu or the search bar): no channel, a trigger for a modal."""
    return {"type": "shortcut", "token": token, "action_ts": f"{time.time():.6f}",
            "team": {"id": team_id, "domain": "cyberbot-test"}, "user": _user(user_id, team_id),
            "is_enterprise_install": False, "enterprise": None, "api_app_id": api_app_id,
            "callback_id": callback_id, "trigger_id": trigger_id or _trigger_id()}


def message_action_payload(callback_id: str, text: str, user_id: str = "U1", channel_id: str = "C1",
                           message_ts: str | None = None, response_url: str | None = None, *,
                           author: str = "U2", team_id: str = "T1", trigger_id: str | None = None,
                           channel_name: str | None = None, api_app_id: str = "A1",
                           token: str = "verification-token") -> dict:
    """A message shortcut (a message's ⋮ menu), with the message it was used on."""
    ts = message_ts or new_ts()
    return {"type": "message_action", "token": token, "action_ts": f"{time.time():.6f}",
            "team": {"id": team_id, "domain": "cyberbot-test"}, "user": _user(user_id, team_id),
            "channel": {"id": channel_id, "name": channel_name or channel_id.lower()},
            "is_enterprise_install": False, "enterprise": None, "api_app_id": api_app_id,
            "callback_id": callback_id, "trigger_id": trigger_id or _trigger_id(), "message_ts": ts,
            "message": {"type": "message", "user": author, "ts": ts, "text": text, "team": team_id,
                        "blocks": _rich_text_blocks(text)},
            "response_url": response_url or _UNSET_RESPONSE_URL}


def _state_value(element: dict, value: Any) -> dict:
    """What Slack puts in ``view.state.values`` for one input element set to ``value``."""
    kind = element.get("type")
    out: dict = {"type": kind}
    if kind == "plain_text_input":
        out["value"] = value
    elif kind == "datepicker":
        out["selected_date"] = value
    elif kind == "timepicker":
        out["selected_time"] = value
    elif kind in ("conversations_select", "channels_select"):
        out["selected_conversation" if kind == "conversations_select" else "selected_channel"] = value
    elif kind in ("checkboxes", "multi_static_select"):
        wanted = set(value or ())
        out["selected_options"] = [o for o in element.get("options", []) if o.get("value") in wanted]
    elif kind in ("static_select", "radio_buttons"):
        chosen = [o for o in element.get("options", []) if o.get("value") == value]
        out["selected_option"] = chosen[0] if chosen else None
    else:
        out["value"] = value
    return out


def view_state(view: dict, values: dict[str, Any]) -> dict:
    """``view.state`` as Slack sends it when a person filled the inputs: ``values`` maps block_id to
    the typed text, date ("2026-12-01"), time ("09:30"), conversation id, chosen option value, or a
    list of chosen values for checkboxes. Inputs not named are sent empty, as Slack does."""
    state: dict[str, dict] = {}
    for block in view.get("blocks", []):
        element = block.get("element") if block.get("type") == "input" else None
        if element is None:
            continue
        state[block["block_id"]] = {element["action_id"]: _state_value(element, values.get(block["block_id"]))}
    return {"values": state}


def view_submission_payload(view: dict, values: dict[str, Any], user_id: str = "U1", *, team_id: str = "T1",
                            api_app_id: str = "A1", token: str = "verification-token",
                            response_urls: list | None = None) -> dict:
    """A person pressing a modal's submit button; ``view`` is the view Slack showed (from views.open)."""
    shown = dict(view, state=view_state(view, values))
    shown.setdefault("id", _random_id("V", 10))
    shown.setdefault("hash", f"{int(time.time())}.{secrets.token_hex(4)}")
    return {"type": "view_submission", "token": token, "team": {"id": team_id, "domain": "cyberbot-test"},
            "user": _user(user_id, team_id), "api_app_id": api_app_id, "trigger_id": _trigger_id(),
            "view": shown, "response_urls": response_urls or [], "is_enterprise_install": False, "enterprise": None}


def view_closed_payload(view: dict, user_id: str = "U1", *, team_id: str = "T1", api_app_id: str = "A1",
                        token: str = "verification-token") -> dict:
    """A person closing a modal with Cancel or the ×, when the view asked for ``notify_on_close``."""
    return {"type": "view_closed", "token": token, "team": {"id": team_id, "domain": "cyberbot-test"},
            "user": _user(user_id, team_id), "api_app_id": api_app_id, "view": dict(view), "is_cleared": False,
            "is_enterprise_install": False, "enterprise": None}


def view_block_actions_payload(view: dict, action_id: str, value: str = "", user_id: str = "U1", *,
                               block_id: str | None = None, team_id: str = "T1", api_app_id: str = "A1",
                               token: str = "verification-token") -> dict:
    """A button clicked inside a modal or the Home tab: ``container.type`` is ``view``, no response_url."""
    action = {"type": "button", "action_id": action_id, "block_id": block_id or secrets.token_urlsafe(4),
              "text": {"type": "plain_text", "text": "Button", "emoji": True}, "value": value,
              "action_ts": f"{time.time():.6f}"}
    return {"type": "block_actions", "token": token, "team": {"id": team_id, "domain": "cyberbot-test"},
            "user": _user(user_id, team_id), "api_app_id": api_app_id, "trigger_id": _trigger_id(),
            "container": {"type": "view", "view_id": view.get("id")}, "view": dict(view),
            "actions": [action], "is_enterprise_install": False, "enterprise": None}


def app_home_opened(user: str = "U1", tab: str = "home", channel: str = "D1") -> dict:
    """The ``app_home_opened`` event: someone opened the app's Home (or Messages) tab."""
    return {"type": "app_home_opened", "user": user, "channel": channel, "tab": tab,
            "event_ts": f"{time.time():.6f}"}


def app_rate_limited(team_id: str = "T1", api_app_id: str = "A1", token: str = "verification-token") -> dict:
    """What Slack POSTs (not inside an event_callback) when an app passes 30,000 events an hour."""
    return {"token": token, "type": "app_rate_limited", "team_id": team_id,
            "minute_rate_limited": int(time.time()) // 60 * 60, "api_app_id": api_app_id}
