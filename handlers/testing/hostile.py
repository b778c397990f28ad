"""Hostile unsigned clients, for the front-door tests and ``python -m bench faults``.

Half of them send 1 MB with no signature at all; half a well-formed forged signature on 500 KB,
just under the body limit, so each of theirs is read and its HMAC checked.
"""

from __future__ import annotations

import socket
import threading
import time


def hostile_post(port: int, forged: bool) -> bytes:
    """One hostile request to ``/slack/events``; the start of the answer (empty if the connection failed)."""
    junk = b'{"type": "event_callback", "event": {"text": "' + b"A" * (500_000 if forged else 1_000_000) + b'"}}'
    signature = (b"X-Slack-Signature: v0=" + b"0" * 64 + b"\r\nX-Slack-Request-Timestamp: "
                 + str(int(time.time())).encode() + b"\r\n") if forged else b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
                         + signature + b"Content-Length: " + str(len(junk)).encode() + b"\r\n\r\n" + junk)
            return sock.recv(1024)
    except OSError:
        return b""


def hostile_client(port: int, forged: bool, stop: threading.Event, refused: list[int] | None = None) -> None:
    """Post hostile requests until ``stop`` is set, counting 4xx answers in ``refused[0]``."""
    while not stop.is_set():
        if hostile_post(port, forged).startswith(b"HTTP/1.1 4") and refused is not None:
            refused[0] += 1
