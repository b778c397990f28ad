"""HTTP mode: Slack's requests on a production WSGI server (waitress), not Bolt's dev server.

``POST /slack/events`` goes through Bolt's WSGI adapter, which verifies the signature (bad or
stale: 401) and answers url_verification. ``GET /healthz`` says whether the database answers,
for load balancers. Whatever arrives, the server answers something and stays up.
"""

from __future__ import annotations

import io
import json
import logging
import signal
import threading

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.signature import SignatureVerifier

log = logging.getLogger("cyberbot.slack.http")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 1_000_000
SERVER_THREADS = 8


def _plain(start_response, status: str, text: str, content_type: str = "text/plain; charset=utf-8"):
    data = text.encode("utf-8")
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(data)))])
    return [data]


class SlackWsgiApp:
    """The whole HTTP surface: Slack's endpoint and a health check."""

    def __init__(self, app: App, storage, signing_secret: str | None):
        self.slack = SlackRequestHandler(app, path=EVENTS_PATH)
        self.storage = storage
        self.verifier = SignatureVerifier(signing_secret) if signing_secret else None

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO") or "/"
        method = environ.get("REQUEST_METHOD", "GET")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            return self.health(start_response)
        if path == EVENTS_PATH and method == "POST":
            return self.events(environ, start_response)
        if path == EVENTS_PATH:
            return _plain(start_response, "405 Method Not Allowed", "POST only\n")
        return _plain(start_response, "404 Not Found", "not found\n")

    def health(self, start_response):
        if self.storage.ping():
            return _plain(start_response, "200 OK", json.dumps({"ok": True, "database": "ok"}), "application/json")
        return _plain(start_response, "503 Service Unavailable", json.dumps({"ok": False, "database": "unreachable"}),
                      "application/json")

    def events(self, environ, start_response):
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY_BYTES:
            return _plain(start_response, "413 Payload Too Large", "too large\n")
        body = environ["wsgi.input"].read(length) if length > 0 else b""
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        try:
            return self.slack(environ, start_response)
        except Exception as exc:  # noqa: BLE001 - garbage must get an answer, never end the server
            if not self._signed(environ, body):
                return _plain(start_response, "401 Unauthorized", "invalid signature\n")
            log.warning("could not handle a signed request (%s: %s)", type(exc).__name__, str(exc)[:200])
            return _plain(start_response, "400 Bad Request", "could not read that request\n")

    def _signed(self, environ, body: bytes) -> bool:
        if self.verifier is None:
            return False
        return self.verifier.is_valid(
            body=body.decode("utf-8", "replace"),
            timestamp=environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or "",
            signature=environ.get("HTTP_X_SLACK_SIGNATURE") or "",
        )


def serve_http(app: App, storage, signing_secret: str, port: int, host: str = "0.0.0.0",
               ready: threading.Event | None = None) -> None:
    """Serve until SIGTERM or SIGINT."""
    from waitress import create_server

    server = create_server(SlackWsgiApp(app, storage, signing_secret), host=host, port=port,
                           threads=SERVER_THREADS, max_request_body_size=MAX_BODY_BYTES,
                           ident="cyberbot", clear_untrusted_proxy_headers=True, asyncore_use_poll=True)

    def stop(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    log.warning("cyberbot listening for Slack on http://%s:%s%s (health: %s)", host, port, EVENTS_PATH, HEALTH_PATH)
    if ready is not None:
        ready.set()
    try:
        server.run()
    finally:
        server.close()
