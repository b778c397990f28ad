"""The stand-in Slack's Socket Mode: a WebSocket server on 127.0.0.1, as Slack's app links are.

``apps.connections.open`` hands out a one-time URL (``new_url``); a client that connects with
it gets Slack's ``hello``, then envelopes (``events_api``, ``slash_commands``, ``interactive``)
sent with ``send_envelope``. Every message the client sends is recorded, its acks by envelope
id. A test can also play what Slack does to a connection: ask the client to reconnect
(``disconnect``), close it with a close frame only, or cut it with a TCP reset (``drop``).

The server runs its own asyncio loop on a thread; its records are kept under the stand-in's
``Ledger``, so ``wait_ack`` and ``wait_connected`` block without sleeping.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import struct
import threading
import time
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

from handlers.testing.standin.records import Ledger

log = logging.getLogger("standin_slack")


class SocketModeServer:
    """Slack's side of Socket Mode connections."""

    def __init__(self, ledger: Ledger, app_id: str = "A1", ping_interval: float | None = None):
        self._ledger = ledger
        self._cond = ledger.cond
        self.app_id = app_id
        self.ping_interval = ping_interval
        self.acks: dict[str, dict] = {}
        self.envelopes: dict[str, dict] = {}
        self.received: list[dict] = []  # every message a client sent, acks included
        self.connection_count = 0
        self._tickets: set[str] = set()
        self._live: list[Any] = []  # open connections that get envelopes, oldest first
        self._conn_numbers: dict[Any, int] = {}
        self._envelope_conn: dict[str, int] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._port}/link/"

    def new_url(self) -> str:
        """A URL with a fresh one-time ticket, as ``apps.connections.open`` answers."""
        ticket = str(uuid.uuid4())
        with self._cond:
            self._tickets.add(ticket)
        return f"{self.url}?ticket={ticket}&app_id={self.app_id}"

    def clear(self) -> None:
        """Forget acks, envelopes and received messages (live connections stay)."""
        with self._cond:
            self.acks.clear()
            self.envelopes.clear()
            self.received.clear()
            self._envelope_conn.clear()

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
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
            self._server = await serve(
                self._serve_connection,
                "127.0.0.1",
                0,
                process_request=process_request,
                compression=None,
                ping_interval=self.ping_interval,
                close_timeout=1,
                max_size=None,
            )
            self._port = self._server.sockets[0].getsockname()[1]

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

        self._thread = threading.Thread(target=run, name="standin-slack-ws", daemon=True)
        self._thread.start()
        if not ready.wait(10) or failure:
            raise RuntimeError(f"stand-in Socket Mode server did not start: {failure[:1]}")

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
            try:
                await asyncio.wait_for(self._server.wait_closed(), 3)
            except asyncio.TimeoutError:
                pass

    async def _serve_connection(self, conn) -> None:
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
                self._on_message(raw)
        except ConnectionClosed:
            pass
        finally:
            with self._cond:
                if conn in self._live:
                    self._live.remove(conn)
                self._cond.notify_all()

    def _on_message(self, raw: str | bytes) -> None:
        try:
            message = json.loads(raw)
        except ValueError:
            message = {"_raw": raw if isinstance(raw, str) else raw.decode("utf-8", "replace")}
        with self._cond:
            self.received.append(message)
            if isinstance(message, dict) and message.get("envelope_id"):
                self.acks[str(message["envelope_id"])] = message
            self._cond.notify_all()

    @property
    def connected(self) -> bool:
        with self._cond:
            return bool(self._live)

    def wait_connected(self, n: int = 1, timeout: float = 10.0) -> None:
        """Block until ``n`` connections have been opened so far and one is live."""
        if not self._ledger.wait(lambda: self.connection_count >= n and bool(self._live), timeout):
            raise AssertionError(
                f"stand-in Slack: timed out after {timeout}s waiting for Socket Mode connection #{n}; "
                f"{self.connection_count} opened so far, {len(self._live)} live"
            )

    def _current_connection(self, timeout: float):
        if not self._ledger.wait(lambda: bool(self._live), timeout):
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
        if not self._ledger.wait(lambda: envelope_id in self.acks, timeout):
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


    def stop(self) -> None:
        if self._loop is None:
            return
        loop = self._loop
        try:
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(timeout=5)
        except Exception:  # noqa: BLE001 - best effort on the way out
            log.debug("websocket shutdown did not finish cleanly", exc_info=True)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._loop = None
        self._server = None
