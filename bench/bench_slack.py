"""The Slack app under load: 50 concurrent signed mentions on loopback to the real
``cyberbot serve --http`` process, answered through the stand-in Slack.

Targets: every mention answered exactly once; p99 from sending the request to the reply
reaching the stand-in <= 50 ms; p99 of the HTTP ack <= 20 ms.

Run: python -m bench.bench_slack
"""

from __future__ import annotations

import json
import selectors
import socket
import statistics
import tempfile
import time
from pathlib import Path

from tests.slack_process import BotProcess
from tests.standin_slack import StandinSlack, app_mention, event_callback, sign

CONCURRENT = 50
ROUNDS = 4
QUESTIONS = ["What is Web Check?", "what is mail check", "help", "when is the cyber stocktake due?",
             "what does the NCSC do?"]
REPLY_TARGET_MS = 50.0
ACK_TARGET_MS = 20.0


def _p(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def _request_bytes(bot: BotProcess, event: dict) -> bytes:
    body = json.dumps(event_callback(event)).encode("utf-8")
    headers = {"Host": f"127.0.0.1:{bot.port}", "Content-Type": "application/json",
               "Content-Length": str(len(body)), "Connection": "close", **sign(body, bot.secret)}
    head = "POST /slack/events HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode("ascii") + body


def _burst(bot: BotProcess, requests: list[bytes]) -> tuple[list[float], list[float], list[int]]:
    """Send every request at once from one thread; returns send times, ack times and statuses.

    One selector loop instead of 50 client threads, so the benchmark's own Python does not
    queue the requests behind each other and get counted as the bot's latency.
    """
    socks = [socket.create_connection(("127.0.0.1", bot.port)) for _ in requests]
    sent = [0.0] * len(socks)
    acked = [float("inf")] * len(socks)
    status = [0] * len(socks)
    buffers = [b""] * len(socks)
    with selectors.DefaultSelector() as selector:
        for index, (sock, data) in enumerate(zip(socks, requests)):
            sent[index] = time.time()
            sock.sendall(data)
            sock.setblocking(False)
            selector.register(sock, selectors.EVENT_READ, index)
        pending = len(socks)
        deadline = time.monotonic() + 30
        while pending and time.monotonic() < deadline:
            for key, _ in selector.select(timeout=1):
                index = key.data
                chunk = key.fileobj.recv(65536)
                buffers[index] += chunk
                if acked[index] == float("inf") and b"\r\n" in buffers[index]:
                    acked[index] = time.time()
                    status[index] = int(buffers[index].split(b" ", 2)[1])
                if not chunk:
                    selector.unregister(key.fileobj)
                    pending -= 1
    for sock in socks:
        sock.close()
    return sent, acked, status


def _round(bot: BotProcess, slack: StandinSlack, index: int) -> tuple[list[float], list[float], int, int]:
    """One burst of concurrent mentions; returns ack ms, reply ms, answered once, answered more than once."""
    events = [app_mention(f"<@UBOT> {QUESTIONS[i % len(QUESTIONS)]}", user=f"U{index}{i:03d}", channel="CBENCH")
              for i in range(CONCURRENT)]
    requests = [_request_bytes(bot, event) for event in events]
    before = len(slack.calls_to("chat.postMessage"))
    sent, acked, status = _burst(bot, requests)
    acks = [(a - s) * 1000 if code == 200 else float("inf") for s, a, code in zip(sent, acked, status)]
    sent_at = {event["ts"]: at for event, at in zip(events, sent)}
    slack.wait_for("chat.postMessage", count=before + CONCURRENT, timeout=30)
    time.sleep(0.3)  # let any duplicate arrive before counting
    replies: dict[str, list] = {}
    for call in slack.calls_to("chat.postMessage")[before:]:
        replies.setdefault(call.params.get("thread_ts"), []).append(call)
    reply_ms = [(calls[0].at - sent_at[ts]) * 1000 for ts, calls in replies.items() if ts in sent_at]
    once = sum(1 for e in events if len(replies.get(e["ts"], [])) == 1)
    more = sum(1 for e in events if len(replies.get(e["ts"], [])) > 1)
    return acks, reply_ms, once, more


def run() -> list[tuple[str, str, str, bool]]:
    with tempfile.TemporaryDirectory() as folder, StandinSlack() as slack:
        with BotProcess(slack, Path(folder) / "bench.db") as bot:
            _round(bot, slack, 0)  # warm-up: connections, caches, first imports
            acks, replies, once, more = [], [], 0, 0
            for index in range(1, ROUNDS + 1):
                a, r, o, m = _round(bot, slack, index)
                acks += a
                replies += r
                once += o
                more += m
    total = CONCURRENT * ROUNDS
    reply_p99, ack_p99 = _p(replies, 99), _p(acks, 99)
    return [
        (f"mentions answered exactly once ({ROUNDS} bursts of {CONCURRENT})", f"{once}/{total}", f"{total}/{total}",
         once == total and more == 0),
        ("mention -> reply at Slack p50", f"{_p(replies, 50):.1f} ms", "-", True),
        ("mention -> reply at Slack p99", f"{reply_p99:.1f} ms", f"<= {REPLY_TARGET_MS:g} ms",
         reply_p99 <= REPLY_TARGET_MS),
        ("HTTP ack p50", f"{_p(acks, 50):.1f} ms", "-", True),
        ("HTTP ack p99", f"{ack_p99:.1f} ms", f"<= {ACK_TARGET_MS:g} ms", ack_p99 <= ACK_TARGET_MS),
    ]


def print_rows(rows) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'figure':>12}  {'target':>12}  ok")
    for name, figure, target, ok in rows:
        print(f"{name:<{width}}  {figure:>12}  {target:>12}  {'yes' if ok else 'NO'}")


if __name__ == "__main__":
    print_rows(run())
