"""Socket Mode: the bot dials out to Slack over a WebSocket, so no inbound port is needed
(the usual deployment behind council firewalls).

Uses Bolt's adapter on slack-sdk's builtin client, which reconnects by itself when the
connection drops or Slack asks it to. Three things are added here:

* every envelope is acked on its first delivery, whatever Bolt made of it (an envelope with
  no listener, or one refused as malformed), because Slack sends an unacked envelope again;
  an envelope id seen before is acked again and not handled twice;
* events, slash commands and clicks are acked before they are handled, and before anything
  touches the database (``handlers.intake``): a command or click is first written to the
  inbox (fsync'd), then acked, then handled on the intake's threads, where the envelope id
  is checked against those already handled. With the database locked by another process
  for seconds, the acks still go out at once. Envelopes whose ack carries an answer (a form's
  field errors, select options) are answered by Bolt synchronously, as before;
* a token Slack refuses (``invalid_auth``, ``token_revoked``...) at start or on a reconnect
  ends the process with one line naming the cause, instead of a retry every few seconds
  forever; the token will not come back by itself;
* other failures to reconnect (Slack or the network down) back off exponentially, one log
  line a try.
"""

from __future__ import annotations

import logging
import signal
import threading
import time

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.socket_mode.internals import run_bolt_app, send_response
from slack_sdk.errors import SlackApiError
from slack_sdk.socket_mode.builtin import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from handlers.web_client import error_reason

log = logging.getLogger("cyberbot.slack.socket")

PING_SECONDS = 5
FIRST_BACKOFF_SECONDS = 5.0
LONGEST_BACKOFF_SECONDS = 300.0
# Slack's answers that mean the app token itself is refused: retrying cannot help.
FATAL_AUTH_ERRORS = frozenset({
    "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired",
    "not_allowed_token_type", "missing_scope", "no_permission", "org_login_required",
    "team_access_not_granted", "ekm_access_denied", "app_uninstalled",
})


class SocketAuthError(RuntimeError):
    """Slack refused the app-level token; ``code`` is Slack's error."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class DedupingSocketModeHandler(SocketModeHandler):
    def __init__(self, app: App, app_token: str, seen, stop: threading.Event | None = None, intake=None,
                 **kwargs):
        super().__init__(app, app_token, ping_interval=PING_SECONDS, **kwargs)
        self.seen = seen
        self.intake = intake if intake is not None else getattr(getattr(app, "runtime", None), "intake", None)
        self.stop = stop or threading.Event()
        self.fatal: SocketAuthError | None = None
        self._failures = 0
        self._next_try = 0.0
        client = self.client
        # The builtin client calls these on itself, at start and from its reconnect monitor.
        client.issue_new_wss_url = self._issue_new_wss_url
        client.connect_to_new_endpoint = self._connect_to_new_endpoint

    # -- envelopes ------------------------------------------------------------------------------
    def handle(self, client, req: SocketModeRequest) -> None:
        if self._ack_then_handle(client, req):
            return
        if req.envelope_id and not self.seen.first_time(f"envelope:{req.envelope_id}"):
            log.info("envelope %s (retry %s) already handled; acking again", req.envelope_id, req.retry_attempt)
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
            return
        started = time.time()
        try:
            response = run_bolt_app(self.app, req)
        except Exception:  # noqa: BLE001 - one bad envelope must not stop the connection
            log.exception("envelope %s could not be handled", req.envelope_id)
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
            return
        if response.status == 200:
            send_response(client, req, response, started)
        else:
            # Refused (malformed, say): still acked, or Slack would send it again and again.
            log.info("envelope %s answered %s; acking it anyway", req.envelope_id, response.status)
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))

    def _ack_then_handle(self, client, req: SocketModeRequest) -> bool:
        """Inbox (for commands and clicks), ack, then handle on the intake's threads; False when
        this envelope's ack must carry Bolt's answer."""
        from handlers.app import malformed
        from handlers.intake import classify

        payload = req.payload
        if self.intake is None or not isinstance(payload, dict) or malformed(payload):
            return False
        kind = classify(payload)
        if kind is None:
            return False
        entry = self.intake.keep(kind, payload, req.envelope_id)
        client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
        self.intake.later(payload, entry, req.envelope_id)
        return True

    # -- connecting -----------------------------------------------------------------------------
    def _issue_new_wss_url(self) -> str:
        try:
            return self.client.web_client.apps_connections_open(app_token=self.app_token)["url"]
        except SlackApiError as exc:
            code = str(exc.response.get("error") or "unknown_error")
            if code in FATAL_AUTH_ERRORS:
                raise SocketAuthError(code) from None
            if code == "ratelimited":
                delay = int(exc.response.headers.get("Retry-After", "30"))
                log.warning("Slack rate-limited apps.connections.open; trying again in %s s", delay)
                time.sleep(delay)
                return self._issue_new_wss_url()
            raise

    def _connect_to_new_endpoint(self, force: bool = False) -> None:
        """The client's reconnect, ending the process on a refused token and backing off otherwise."""
        if self.fatal is not None or self.stop.is_set():
            return
        if not force and time.monotonic() < self._next_try:
            return
        try:
            SocketModeClient.connect_to_new_endpoint(self.client, force)
        except SocketAuthError as exc:
            self.fatal = exc
            self.client.auto_reconnect_enabled = False
            self.stop.set()
            return
        except Exception as exc:  # noqa: BLE001 - the network or Slack is down: try again later
            self._failures += 1
            wait = min(LONGEST_BACKOFF_SECONDS, FIRST_BACKOFF_SECONDS * 2 ** (self._failures - 1))
            self._next_try = time.monotonic() + wait
            log.warning("could not reconnect to Slack (%s); trying again in %.0f s", error_reason(exc), wait)
            return
        self._failures = 0
        self._next_try = 0.0



def auth_failure_message(code: str, when: str) -> str:
    return (f"Slack refused SLACK_APP_TOKEN {when} ({code}); check it is this app's app-level token "
            "(xapp-) with connections:write, and that the app is still installed")


def serve_socket(app: App, app_token: str, seen, stop_event: threading.Event | None = None,
                 on_connected=None) -> None:
    """Connect and stay connected until SIGTERM or SIGINT; ``SocketAuthError`` if the token is refused."""
    stop = stop_event or threading.Event()
    handler = DedupingSocketModeHandler(app, app_token, seen, stop=stop)

    def on_signal(signum, frame):
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        handler.connect()
    except SocketAuthError:
        handler.client.auto_reconnect_enabled = False
        handler.close()
        raise
    log.warning("cyberbot connected to Slack with Socket Mode")
    if on_connected is not None:
        on_connected()
    try:
        while not stop.wait(1.0):
            pass
    finally:
        handler.close()
    if handler.fatal is not None:
        raise handler.fatal
