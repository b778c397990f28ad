"""HTTP mode: Slack's requests on a production ASGI server (uvicorn), not Bolt's dev server.

``POST /slack/events`` goes to Bolt, which verifies the signature (bad or stale: 401) and
answers url_verification. ``GET /healthz`` says whether the database can be written now, for
load balancers (503 when it is missing, replaced, full, read-only or locked). ``GET /calendar.ics`` is the upcoming deadlines and events as iCalendar; in OAuth mode each
workspace's own feed is ``/calendar.ics?team=T...&key=K`` (``bot.calendar.feed``). In OAuth mode (many
workspaces) ``GET /slack/install`` and ``GET /slack/oauth_redirect`` are Bolt's OAuth flow
(``handlers.install``); otherwise they are 404 like any other path. Whatever arrives, the
server answers something and stays up.

Why uvicorn in front of Bolt's (synchronous) ``App``: its HTTP parser is C (httptools) on a
uvloop event loop, where a pure-Python threaded server spent about 0.3 ms of CPU per request
parsing headers and handing requests between threads, and under a burst of mentions that CPU
is what the acks and replies queue behind.

A request to ``/slack/events`` goes through these steps, in this order:

1. **Size and headers.** A declared body over ``MAX_BODY_BYTES`` (512 KiB, far above anything
   Slack sends) is refused with 413 unread; a body that turns out larger, too. A request
   without a well-formed ``X-Slack-Signature`` and a timestamp within five minutes is refused
   with 401 before its body is read.
2. **Signature.** The HMAC of the raw bytes is checked (on a thread when the body is large:
   hashing releases the interpreter lock) before anything of the body is parsed. Unsigned
   requests get 401 and are counted in one log line a minute, never one per request.
3. **Parse and shape.** Only a signed body is parsed; one that is not JSON or a form, is
   nested past reason, or does not have Slack's shapes (an event that is a list, ``view=7``)
   gets 400 and one log line.
4. **Ack.** Events, slash commands, clicks and shortcuts are acked at once (200, empty body)
   and handled after, on ``handlers.intake``'s threads; a slash command or click is first
   written to the inbox (fsync'd, never behind the database's locks) so an acked command
   survives a kill. Nothing on this path waits for SQLite or Slack. Callbacks whose ack carries
   an answer (url_verification, a form's field errors) are dispatched to Bolt synchronously.

The server also guards its connections: a connection must finish its request headers within
``HEADER_TIMEOUT_SECONDS`` and its body within ``BODY_TIMEOUT_SECONDS``; at most
``connection_limit()`` connections are open (well below the file-descriptor limit), and when
a new one would pass it, the oldest connection still waiting for its headers is dropped, so
a flood of half-open connections cannot stop ``/healthz`` or Slack's requests. ``/healthz``
and ``/calendar.ics`` run on threads of their own, never the ones the acks use.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import resource
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

from slack_bolt import App, BoltResponse
from slack_bolt.request import BoltRequest
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger("cyberbot.slack.http")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
CALENDAR_PATH = "/calendar.ics"
MAX_BODY_BYTES = 512 * 1024
HEADER_TIMEOUT_SECONDS = 10.0
BODY_TIMEOUT_SECONDS = 10.0
SIGNATURE_MAX_AGE_SECONDS = 300      # as Slack's own verifier: a replayed old request is refused
HASH_ON_A_THREAD_BYTES = 64 * 1024
MAX_CONNECTIONS = 4096
FD_RESERVE = 256                     # for the database, Slack's Web API, logs: never taken by clients
# Threads that wait for Bolt on the callbacks answered synchronously (forms, url_verification).
DISPATCH_THREADS = 16
UNSIGNED_LOG_SECONDS = 60.0
INBOX_THREADS = 32


class HttpAnswer:
    """A status, a content type and a body: everything this server ever sends."""

    def __init__(self, status: int, body: str | bytes, content_type: str = "text/plain; charset=utf-8",
                 headers: list[tuple[str, str]] | None = None):
        self.status = status
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.headers = [("content-type", content_type), *(headers or [])]

    @classmethod
    def from_bolt(cls, response: BoltResponse) -> "HttpAnswer":
        content_type = "text/plain; charset=utf-8"
        extra = []
        for name, values in (response.headers or {}).items():
            for value in values:
                if name.lower() == "content-type":
                    content_type = value
                elif name.lower() != "content-length":
                    extra.append((name, value))
        return cls(response.status, response.body or "", content_type, extra)

    async def send(self, send) -> None:
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in self.headers]
        headers.append((b"content-length", str(len(self.body)).encode("ascii")))
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": self.body})


class SlackAsgiApp:
    """The whole HTTP surface: Slack's endpoint, a health check and the calendar feed."""

    def __init__(self, app: App, storage, signing_secret: str | None, threads: int = DISPATCH_THREADS):
        self.app = app
        runtime = getattr(app, "runtime", None)
        self.acks_first = getattr(runtime, "acks_first", None)
        self.intake = getattr(runtime, "intake", None)
        self.storage = storage
        self.secret = signing_secret.encode("utf-8") if signing_secret else None
        self.verifier = SignatureVerifier(signing_secret) if signing_secret else None
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="cyberbot-http")
        self.side_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="cyberbot-health")
        # Many writers, so one fdatasync covers many entries when a burst arrives (group commit).
        self.inbox_pool = ThreadPoolExecutor(max_workers=INBOX_THREADS, thread_name_prefix="cyberbot-inbox")
        self.refusals = RefusalLog()
        self.flow = getattr(app, "oauth_flow", None)
        self.oauth_paths = (self.flow.install_path, self.flow.redirect_uri_path) if self.flow is not None else ()

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            return await self._lifespan(receive, send)
        if scope["type"] != "http":
            return None
        path, method = scope.get("path") or "/", scope.get("method", "GET")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            answer = await asyncio.get_running_loop().run_in_executor(self.side_pool, self.health)
        elif path == CALENDAR_PATH and method in ("GET", "HEAD"):
            query = (scope.get("query_string") or b"").decode("latin-1")
            answer = await asyncio.get_running_loop().run_in_executor(self.side_pool, self.calendar, query)
        elif method == "GET" and path in self.oauth_paths:   # each GET of the install link issues a state
            answer = await asyncio.get_running_loop().run_in_executor(self.side_pool, self.oauth, path, scope)
        elif path == EVENTS_PATH and method == "POST":
            answer = await self.events(scope, receive)
        elif path == EVENTS_PATH:
            answer = HttpAnswer(405, "POST only\n", headers=[("allow", "POST")])
        else:
            answer = HttpAnswer(404, "not found\n")
        await answer.send(send)

    async def _lifespan(self, receive, send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                for pool in (self.pool, self.side_pool, self.inbox_pool):
                    pool.shutdown(wait=False, cancel_futures=True)
                await send({"type": "lifespan.shutdown.complete"})
                return

    def health(self) -> HttpAnswer:
        """200 only when a write can be made now: 503 when the database is missing, replaced,
        full, read-only or locked (the storage's own short-timeout write check)."""
        check = getattr(self.storage, "health", None)
        ok, state = check() if check else (self.storage.ping(), "unreachable")
        if ok:
            return HttpAnswer(200, json.dumps({"ok": True, "database": "ok"}), "application/json")
        return HttpAnswer(503, json.dumps({"ok": False, "database": state}), "application/json")

    def calendar(self, query: str = "") -> HttpAnswer:
        """Upcoming deadlines and events as iCalendar, for councils to subscribe to in Outlook: the
        knowledge base's (``/calendar.ics``), or with ``?team=T...&key=K`` one workspace's own too
        (``bot.calendar.feed``; a wrong or missing key is a 404, like a path that does not exist)."""
        bot = getattr(getattr(self.app, "runtime", None), "bot", None)
        asked = parse_qs(query, keep_blank_values=True) if query else {}
        try:
            if "team" in asked or "key" in asked:
                body = bot.api("calendar").team_ics((asked.get("team") or [""])[0], (asked.get("key") or [""])[0])
                if body is None:
                    return HttpAnswer(404, "not found\n")
            else:
                body = bot.api("calendar").ics()
        except Exception as exc:  # noqa: BLE001 - a feed reader gets a status, never a hang
            log.warning("could not build the calendar feed (%s: %s)", type(exc).__name__, str(exc)[:200])
            return HttpAnswer(503, "the calendar is not available just now\n")
        return HttpAnswer(200, body, "text/calendar; charset=utf-8",
                          headers=[("content-disposition", 'inline; filename="cyberbot.ics"'),
                                   ("cache-control", "max-age=300")])

    def oauth(self, path: str, scope) -> HttpAnswer:
        """Bolt's OAuth flow: the install link, and Slack sending the admin back with a code."""
        query = (scope.get("query_string") or b"").decode("latin-1")
        request = BoltRequest(body="", query=query, headers=_headers(scope))
        try:
            if path == self.flow.install_path:
                return HttpAnswer.from_bolt(self.flow.handle_installation(request))
            return HttpAnswer.from_bolt(self.flow.handle_callback(request))
        except Exception as exc:  # noqa: BLE001 - an admin gets a page, never a hang
            log.warning("the install flow failed (%s: %s)", type(exc).__name__, str(exc)[:200])
            return HttpAnswer(503, "The install could not be finished just now. Please try again in a minute "
                                   "from /slack/install.\n")

    async def events(self, scope, receive) -> HttpAnswer:
        if self.acks_first is not None:
            self.acks_first.request_arrived()
        headers = _headers(scope)
        try:
            declared = int(headers.get("content-length") or 0)
        except ValueError:
            declared = 0
        if declared > MAX_BODY_BYTES:
            return HttpAnswer(413, "too large\n", headers=[("connection", "close")])
        if self.secret is not None and not _plausibly_signed(headers):
            self.refusals.note("unsigned")
            return HttpAnswer(401, "invalid signature\n", headers=[("connection", "close")])
        try:
            body = await asyncio.wait_for(_read_body(receive), BODY_TIMEOUT_SECONDS)
        except asyncio.TimeoutError:
            self.refusals.note("body too slow")
            return HttpAnswer(408, "the body took too long\n", headers=[("connection", "close")])
        if body is None:
            return HttpAnswer(413, "too large\n", headers=[("connection", "close")])
        if self.secret is not None:
            if len(body) > HASH_ON_A_THREAD_BYTES:
                valid = await asyncio.get_running_loop().run_in_executor(self.side_pool, self._signed, body, headers)
            else:
                valid = self._signed(body, headers)
            if not valid:
                self.refusals.note("unsigned")
                return HttpAnswer(401, "invalid signature\n")
        parsed = parse_body(body, headers.get("content-type", ""))
        from handlers.app import malformed

        reason = "not JSON or a form" if parsed is None else malformed(parsed)
        if reason:
            log.warning("refusing a signed request Slack would not send: %s", reason)
            return HttpAnswer(400, "could not read that request\n")
        from handlers.intake import classify

        kind = classify(parsed) if self.intake is not None else None
        if kind is None:
            if parsed.get("type") == "url_verification":
                return self.dispatch(body, headers)
            return await asyncio.get_running_loop().run_in_executor(self.pool, self.dispatch, body, headers)
        entry = None
        if kind in ("command", "block_actions"):
            entry = await asyncio.get_running_loop().run_in_executor(self.inbox_pool, self.intake.keep, kind, parsed)
        self.intake.later(parsed, entry)
        return HttpAnswer(200, b"")

    def dispatch(self, body: bytes, headers: dict[str, str]) -> HttpAnswer:
        """Bolt answers (verified and parsed already): forms, url_verification."""
        text = body.decode("utf-8", "replace")
        try:
            return HttpAnswer.from_bolt(self.app.dispatch(BoltRequest(body=text, headers=headers)))
        except Exception as exc:  # noqa: BLE001 - garbage must get an answer, never end the server
            log.warning("could not handle a signed request (%s: %s)", type(exc).__name__, str(exc)[:200])
            return HttpAnswer(400, "could not read that request\n")

    def _signed(self, body: bytes, headers: dict[str, str]) -> bool:
        if self.secret is None:
            return False
        timestamp = headers.get("x-slack-request-timestamp") or ""
        expected = "v0=" + hmac.new(self.secret, b"v0:" + timestamp.encode("latin-1") + b":" + body,
                                    hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, headers.get("x-slack-signature") or "")


class RefusalLog:
    """Refused requests, counted and logged once a minute: a flood must not flood the log."""

    def __init__(self, every: float = UNSIGNED_LOG_SECONDS, clock=time.monotonic):
        self.every = every
        self.clock = clock
        self.counts: dict[str, int] = {}
        self.last = float("-inf")

    def note(self, why: str) -> None:
        self.counts[why] = self.counts.get(why, 0) + 1
        now = self.clock()
        if now - self.last >= self.every:
            summary = ", ".join(f"{n} {what}" for what, n in sorted(self.counts.items()))
            log.warning("refused requests since the last note: %s", summary)
            self.counts.clear()
            self.last = now


def _plausibly_signed(headers: dict[str, str]) -> bool:
    """A signature header of the right form and a fresh timestamp: worth reading the body for."""
    signature = headers.get("x-slack-signature") or ""
    try:
        timestamp = int(headers.get("x-slack-request-timestamp") or "")
    except ValueError:
        return False
    return (len(signature) == 67 and signature.startswith("v0=")
            and abs(time.time() - timestamp) <= SIGNATURE_MAX_AGE_SECONDS)


def parse_body(body: bytes, content_type: str):
    """A signed body as Bolt would read it (JSON, a form, or a form's ``payload``), or None."""
    try:
        text = body.decode("utf-8")
        if content_type.startswith("application/json"):
            parsed = json.loads(text)
        else:
            fields = {k: v[0] for k, v in parse_qs(text, keep_blank_values=True, max_num_fields=200).items()}
            parsed = json.loads(fields["payload"]) if "payload" in fields else fields
    except (ValueError, RecursionError, UnicodeDecodeError):
        return None
    return parsed


def _headers(scope) -> dict[str, str]:
    return {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope.get("headers") or ()}


def connection_limit() -> int:
    """Open connections allowed at once: well below this process's file-descriptor limit."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY or soft <= 0:
        soft = 65536
    return max(16, min(MAX_CONNECTIONS, (soft - FD_RESERVE) // 2))


def guarded_protocol(limit: int, header_timeout: float = HEADER_TIMEOUT_SECONDS):
    """uvicorn's HTTP protocol with a header deadline and a connection limit.

    uvicorn closes idle keep-alive connections, but a connection that never finishes its
    headers is kept for ever: 1,100 of them used up the 1,024 file descriptors, and /healthz
    and Slack's requests then failed with nothing logged.
    """
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as Base
    except ImportError:  # pragma: no cover - httptools is a dependency
        from uvicorn.protocols.http.h11_impl import H11Protocol as Base

    waiting: OrderedDict = OrderedDict()   # connections still sending headers, oldest first
    dropped = RefusalLog()

    class GuardedProtocol(Base):
        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._header_deadline = None
            self._await_headers()
            if len(self.connections) > limit:
                victim = next(iter(waiting)) if waiting else self
                dropped.note("connections dropped at the connection limit")
                victim._stop_waiting()
                victim.transport.abort()

        def _await_headers(self) -> None:
            waiting[self] = None
            if self._header_deadline is None:
                self._header_deadline = self.loop.call_later(header_timeout, self._headers_too_slow)

        def _stop_waiting(self) -> None:
            waiting.pop(self, None)
            if self._header_deadline is not None:
                self._header_deadline.cancel()
                self._header_deadline = None

        def _headers_too_slow(self) -> None:
            self._header_deadline = None
            waiting.pop(self, None)
            dropped.note("connections too slow with their headers")
            self.transport.abort()

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._await_headers()

        def on_headers_complete(self) -> None:
            self._stop_waiting()
            super().on_headers_complete()

        def connection_lost(self, exc) -> None:
            self._stop_waiting()
            super().connection_lost(exc)

    return GuardedProtocol


async def _read_body(receive) -> bytes | None:
    """The whole body, or None once it passes MAX_BODY_BYTES (whatever Content-Length said)."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def serve_http(app: App, storage, signing_secret: str, port: int, host: str = "0.0.0.0") -> None:
    """Serve until SIGTERM or SIGINT (uvicorn finishes the requests in flight, then returns)."""
    import uvicorn

    limit = connection_limit()
    config = uvicorn.Config(SlackAsgiApp(app, storage, signing_secret), host=host, port=port,
                            loop="auto", http=guarded_protocol(limit), lifespan="on", log_level="warning",
                            access_log=False, proxy_headers=False, server_header=False, timeout_graceful_shutdown=10,
                            timeout_keep_alive=5)
    log.warning("cyberbot listening for Slack on http://%s:%s%s (health: %s; at most %d connections)", host, port,
                EVENTS_PATH, HEALTH_PATH, limit)
    uvicorn.Server(config).run()
