"""A lean stand-in Slack Web API for load benchmarks, in a process of its own.

``handlers.testing.standin`` imitates Slack closely (channels, threads, faults) on Python's threaded
``http.server``, which costs about 0.6 ms of CPU per call. On a 2-core machine that CPU comes
out of the same cores the bot is measured on, so under a burst the benchmark would be timing
its own Slack. Real Slack's servers cost the bot nothing; this one costs as little as we can
manage: one asyncio loop, keep-alive HTTP/1.1, and only what the bot calls under load
(``auth.test`` and ``chat.postMessage``; every other method answers ``{"ok": true}``).

It prints ``URL <base url>`` once, then answers commands on stdin, one per line, so that
nothing is written while a burst is being timed: ``COUNT`` prints ``C <n>`` (chat.postMessage
calls so far); ``DUMP`` prints ``R <thread_ts> <arrival> <key>`` for each call since the last
dump (the key: the idempotency key in the post's metadata, ``-`` for none), then ``END``. The arrival is ``time.monotonic()`` when the request's first bytes were read
(one clock for every process on the machine), before any parsing. It stops when stdin closes.

Run: python -m bench.lean_slack
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import sys
import time

AUTH_TEST = {"ok": True, "url": "https://standin.slack.com/", "team": "Stand-in", "user": "cyberbot",
             "team_id": "T0STANDIN", "user_id": "UBOT", "bot_id": "B0BOT", "is_enterprise_install": False}
THREAD_TS = re.compile(rb'"thread_ts":\s*"([^"]*)"|(?:^|&)thread_ts=([^&]*)')
CHANNEL = re.compile(rb'"channel":\s*"([^"]*)"|(?:^|&)channel=([^&]*)')
KEY = re.compile(rb'"key":\s*"([^"]*)"')   # the idempotency key in a post's message metadata
_ts = itertools.count(1)


def _answer(status: int, payload: dict) -> bytes:
    body = json.dumps(payload).encode()
    return (f"HTTP/1.1 {status} OK\r\nContent-Type: application/json; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def _first(pattern: re.Pattern, body: bytes) -> str | None:
    match = pattern.search(body)
    if not match:
        return None
    return (match.group(1) or match.group(2) or b"").decode("utf-8", "replace")


class SlackApi(asyncio.Protocol):
    """One client connection: requests are answered in order as their bodies complete."""

    def __init__(self, report):
        self.report = report
        self.buffer = b""
        self.arrived: float | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        if self.arrived is None:
            self.arrived = time.monotonic()
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip() or 0)
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4:end + 4 + length]
            self.buffer = self.buffer[end + 4 + length:]
            arrived, self.arrived = self.arrived, (time.monotonic() if self.buffer else None)
            self.transport.write(self.handle(head.split(b" ", 2)[1].decode("latin-1"), body, arrived))

    def handle(self, path: str, body: bytes, arrived: float) -> bytes:
        method = path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        if method == "auth.test":
            return _answer(200, AUTH_TEST)
        if method == "chat.postMessage":
            thread_ts = _first(THREAD_TS, body)
            key = KEY.search(body)
            self.report(thread_ts, arrived, key.group(1).decode("utf-8", "replace") if key else None)
            ts = f"{int(time.time())}.{next(_ts):06d}"
            return _answer(200, {"ok": True, "channel": _first(CHANNEL, body) or "C0", "ts": ts,
                                 "message": {"type": "message", "ts": ts, "thread_ts": thread_ts}})
        return _answer(200, {"ok": True})


async def main() -> None:
    loop = asyncio.get_running_loop()
    out = sys.stdout
    arrivals: list[tuple[str | None, float, str | None]] = []
    count = 0

    def report(thread_ts: str | None, arrived: float, key: str | None) -> None:
        nonlocal count
        arrivals.append((thread_ts, arrived, key))
        count += 1

    def answer(command: str) -> None:
        if command == "COUNT":
            out.write(f"C {count}\n")
        elif command == "DUMP":
            out.write("".join(f"R {ts} {at:.6f} {key or '-'}\n" for ts, at, key in arrivals) + "END\n")
            arrivals.clear()
        out.flush()

    server = await loop.create_server(lambda: SlackApi(report), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    out.write(f"URL http://127.0.0.1:{port}/api/\n")
    out.flush()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            break
        answer(line.strip())
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
