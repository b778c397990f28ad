"""Socket Mode: the bot dials out to Slack over a WebSocket, so no inbound port is needed
(the usual deployment behind council firewalls).

Uses Bolt's adapter on slack-sdk's builtin client, which reconnects by itself when the
connection drops or Slack asks it to. Slack re-sends an envelope it saw no ack for; an
envelope id seen before is acked again and not handled twice.
"""

from __future__ import annotations

import logging
import signal
import threading

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

log = logging.getLogger("cyberbot.slack.socket")

PING_SECONDS = 5


class DedupingSocketModeHandler(SocketModeHandler):
    def __init__(self, app: App, app_token: str, seen, **kwargs):
        super().__init__(app, app_token, ping_interval=PING_SECONDS, **kwargs)
        self.seen = seen

    def handle(self, client, req: SocketModeRequest) -> None:
        if req.envelope_id and not self.seen.first_time(f"envelope:{req.envelope_id}"):
            log.info("envelope %s (retry %s) already handled; acking again", req.envelope_id, req.retry_attempt)
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
            return
        try:
            super().handle(client, req)
        except Exception:  # noqa: BLE001 - one bad envelope must not stop the connection
            log.exception("envelope %s could not be handled", req.envelope_id)
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))


def serve_socket(app: App, app_token: str, seen, stop_event: threading.Event | None = None) -> None:
    """Connect and stay connected until SIGTERM or SIGINT."""
    stop = stop_event or threading.Event()
    handler = DedupingSocketModeHandler(app, app_token, seen)

    def on_signal(signum, frame):
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    handler.connect()
    log.warning("cyberbot connected to Slack with Socket Mode")
    try:
        while not stop.wait(1.0):
            pass
    finally:
        handler.close()
