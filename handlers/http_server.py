"""HTTP mode: Slack's requests on a production ASGI server (uvicorn), not Bolt's dev server.

``POST /slack/events`` goes to Bolt, which verifies the signature (bad or stale: 401) and
answers url_verification. ``GET /healthz`` says whether the database answers, for load
balancers. ``GET /calendar.ics`` is the upcoming deadlines and events as iCalendar. Whatever arrives, the server answers something and stays up.

Why uvicorn in front of Bolt's (synchronous) ``App``: its HTTP parser is C (httptools) on a
uvloop event loop, where a pure-Python threaded server spent about 0.3 ms of CPU per request
parsing headers and handing requests between threads, and under a burst of mentions that CPU
is what the acks and replies queue behind.

How a request reaches Bolt depends on what it is:

* Events API callbacks (JSON bodies) are dispatched on the event loop itself. Bolt acks an
  event as soon as it has matched a listener and handed it to the listener pool, without
  waiting for it, so this is a fraction of a millisecond of CPU and no waiting, and the ack
  is never queued behind a busy thread.
* Slash commands and clicks (form bodies) are acked by their listener, and Bolt waits for
  that ack, so they are dispatched on a thread; the loop never waits.
* ``/healthz`` reads the database, which can wait on a lock, so it also runs on a thread.
"""

from __future__ import annotations

import asyncio
import json
import logging
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App, BoltResponse
from slack_bolt.request import BoltRequest
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger("cyberbot.slack.http")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
CALENDAR_PATH = "/calendar.ics"
MAX_BODY_BYTES = 1_000_000
# Threads that wait for a slash command's or a click's listener to ack; each wait is short.
DISPATCH_THREADS = 16
EVENTS_API_TYPES = ("event_callback", "url_verification", "app_rate_limited")


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
    """The whole HTTP surface: Slack's endpoint and a health check."""

    def __init__(self, app: App, storage, signing_secret: str | None, threads: int = DISPATCH_THREADS):
        self.app = app
        self.acks_first = getattr(getattr(app, "runtime", None), "acks_first", None)
        self.storage = storage
        self.verifier = SignatureVerifier(signing_secret) if signing_secret else None
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="cyberbot-http")

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            return await self._lifespan(receive, send)
        if scope["type"] != "http":
            return None
        path, method = scope.get("path") or "/", scope.get("method", "GET")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            answer = await asyncio.get_running_loop().run_in_executor(self.pool, self.health)
        elif path == CALENDAR_PATH and method in ("GET", "HEAD"):
            answer = await asyncio.get_running_loop().run_in_executor(self.pool, self.calendar)
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
                self.pool.shutdown(wait=False, cancel_futures=True)
                await send({"type": "lifespan.shutdown.complete"})
                return

    def health(self) -> HttpAnswer:
        if self.storage.ping():
            return HttpAnswer(200, json.dumps({"ok": True, "database": "ok"}), "application/json")
        return HttpAnswer(503, json.dumps({"ok": False, "database": "unreachable"}), "application/json")

    def calendar(self) -> HttpAnswer:
        """Upcoming deadlines and events as iCalendar, for councils to subscribe to in Outlook."""
        bot = getattr(getattr(self.app, "runtime", None), "bot", None)
        try:
            body = bot.api("calendar").ics()
        except Exception as exc:  # noqa: BLE001 - a feed reader gets a status, never a hang
            log.warning("could not build the calendar feed (%s: %s)", type(exc).__name__, str(exc)[:200])
            return HttpAnswer(503, "the calendar is not available just now\n")
        return HttpAnswer(200, body, "text/calendar; charset=utf-8",
                          headers=[("content-disposition", 'inline; filename="cyberbot.ics"'),
                                   ("cache-control", "max-age=300")])

    async def events(self, scope, receive) -> HttpAnswer:
        headers = _headers(scope)
        try:
            declared = int(headers.get("content-length") or 0)
        except ValueError:
            declared = 0
        if declared > MAX_BODY_BYTES:
            return HttpAnswer(413, "too large\n")
        body = await _read_body(receive)
        if body is None:
            return HttpAnswer(413, "too large\n")
        if _is_events_api(body, headers):
            if self.acks_first is not None:
                self.acks_first.request_arrived()
            return self.dispatch(body, headers)
        return await asyncio.get_running_loop().run_in_executor(self.pool, self.dispatch, body, headers)

    def dispatch(self, body: bytes, headers: dict[str, str]) -> HttpAnswer:
        text = body.decode("utf-8", "replace")
        try:
            return HttpAnswer.from_bolt(self.app.dispatch(BoltRequest(body=text, headers=headers)))
        except Exception as exc:  # noqa: BLE001 - garbage must get an answer, never end the server
            if not self._signed(text, headers):
                return HttpAnswer(401, "invalid signature\n")
            log.warning("could not handle a signed request (%s: %s)", type(exc).__name__, str(exc)[:200])
            return HttpAnswer(400, "could not read that request\n")

    def _signed(self, body: str, headers: dict[str, str]) -> bool:
        if self.verifier is None:
            return False
        return self.verifier.is_valid(body=body, timestamp=headers.get("x-slack-request-timestamp") or "",
                                      signature=headers.get("x-slack-signature") or "")


def _is_events_api(body: bytes, headers: dict[str, str]) -> bool:
    """An Events API callback, which Bolt acks without waiting for its listener."""
    if not headers.get("content-type", "").startswith("application/json"):
        return False
    try:
        payload = json.loads(body)
    except ValueError:
        return True  # Bolt refuses it at once, without waiting for anything
    return not isinstance(payload, dict) or payload.get("type") in EVENTS_API_TYPES


def _headers(scope) -> dict[str, str]:
    return {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope.get("headers") or ()}


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

    config = uvicorn.Config(SlackAsgiApp(app, storage, signing_secret), host=host, port=port,
                            loop="auto", http="auto", lifespan="on", log_level="warning", access_log=False,
                            proxy_headers=False, server_header=False, timeout_graceful_shutdown=10)
    log.warning("cyberbot listening for Slack on http://%s:%s%s (health: %s)", host, port, EVENTS_PATH, HEALTH_PATH)
    uvicorn.Server(config).run()
