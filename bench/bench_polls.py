"""A poll under a burst of clicks: 100 people casting 500 clicks concurrently on one poll,
against the real ``cyberbot serve --http`` process and the stand-in Slack.

Each person clicks five times (changing their mind, or clicking the same option again). In the
main run the 100 people start within the same second and click again a moment (0.1 to 0.5 s)
after the confirmation of their previous click arrives, as people at their desks would: 500
clicks overlapping in about three seconds. A second, harsher run has all 100 people click at
the same instant and each click again the moment their confirmation arrives; its figures are
printed for information (with 100 requests always in flight, the queue itself sets the ack
time: latency = in-flight / throughput).

Targets: every final count right (one vote per person, their last choice), in the database and
in the poll message; no 5xx; p99 click ack <= 50 ms; at most one chat.update per second for
the poll (the smallest gap between two updates is at least 1 s).

Run: python -m bench.bench_polls
"""

from __future__ import annotations

import csv
import io
import json
import random
import selectors
import socket
import statistics
import tempfile
import time
from pathlib import Path

from handlers.testing.process import BotProcess
from handlers.testing.standin import StandinSlack, block_actions_form, sign

USERS = 100
CLICKS_EACH = 5
OPTIONS = ("Yes", "No", "Not sure", "Only online")
ACK_TARGET_MS = 50.0
MIN_UPDATE_GAP_S = 1.0


def _p(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def _request(bot: BotProcess, body: bytes) -> bytes:
    headers = {"Host": f"127.0.0.1:{bot.port}", "Content-Type": "application/x-www-form-urlencoded",
               "Content-Length": str(len(body)), "Connection": "close", **sign(body, bot.secret)}
    head = "POST /slack/events HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode("ascii") + body


class Person:
    def __init__(self, user: str, choices: list[str], start: float = 0.0, think: tuple[float, float] = (0.0, 0.0),
                 rng: random.Random | None = None):
        self.user = user
        self.choices = choices
        self.sent = 0              # clicks sent so far
        self.response_url: str | None = None
        self.waiting_confirmation = False
        self.next_at: float | None = start    # seconds after the burst starts; None while a click is out
        self.think = think
        self.rng = rng or random.Random(0)
        self.clicked_at = 0.0


def _post_poll(bot: BotProcess, slack: StandinSlack) -> tuple[int, str, dict]:
    quoted = " ".join(f'"{o}"' for o in OPTIONS)
    status, _ = bot.slash(f'poll "Will you come to the spring summit?" {quoted}', user_id="UCHAIR",
                          channel_id="CBENCH")
    if status != 200:
        raise RuntimeError(f"the slash command answered {status}")
    slack.wait_until(lambda: any((c.params.get("metadata") or {}).get("event_type") == "cyberbot_poll"
                                 for c in slack.calls_to("chat.postMessage") if c.ok),
                     timeout=15, message="the poll message")
    [post] = [c for c in slack.calls_to("chat.postMessage")
              if c.ok and (c.params.get("metadata") or {}).get("event_type") == "cyberbot_poll"]
    buttons = {e["text"]["text"]: e for b in post.params["blocks"] if b.get("type") == "actions"
               for e in b["elements"]}
    return post.params["metadata"]["event_payload"]["poll_id"], post.response["ts"], buttons


def _click_burst(bot: BotProcess, slack: StandinSlack, people: list[Person], ts: str, buttons: dict):
    """One selector loop sends every click, so the benchmark's own threads do not queue them."""
    slack.join("CBENCH", *(person.user for person in people))   # voters are in the poll's channel
    acks: list[float] = []
    confirmations: list[float] = []
    statuses: list[int] = []
    live: dict[socket.socket, dict] = {}
    selector = selectors.DefaultSelector()

    def send(person: Person) -> None:
        label = person.choices[person.sent]
        button = buttons[label]
        person.response_url = slack.new_response_url()
        body = block_actions_form(button["action_id"], button["value"], person.user, "CBENCH", message_ts=ts,
                                  response_url=person.response_url, button_text=label)
        sock = socket.create_connection(("127.0.0.1", bot.port))
        started = time.perf_counter()
        sock.sendall(_request(bot, body))
        sock.setblocking(False)
        selector.register(sock, selectors.EVENT_READ)
        live[sock] = {"person": person, "started": started, "buffer": b"", "acked": False}
        person.sent += 1

    began = time.perf_counter()
    deadline = time.monotonic() + 120

    def busy() -> bool:
        return bool(live) or any(p.waiting_confirmation or p.next_at is not None for p in people)

    while busy() and time.monotonic() < deadline:
        now = time.perf_counter() - began
        for person in people:
            if person.next_at is not None and person.next_at <= now:
                person.next_at = None
                send(person)
        for key, _ in selector.select(timeout=0.002):
            sock = key.fileobj
            state = live[sock]
            chunk = sock.recv(65536)
            state["buffer"] += chunk
            if not state["acked"] and b"\r\n" in state["buffer"]:
                state["acked"] = True
                acks.append((time.perf_counter() - state["started"]) * 1000)
                statuses.append(int(state["buffer"].split(b" ", 2)[1]))
            if not chunk:
                selector.unregister(sock)
                sock.close()
                person = live.pop(sock)["person"]
                person.waiting_confirmation = True
                person.clicked_at = state["started"]
        for person in people:
            if person.waiting_confirmation and slack.responses_to(person.response_url):
                person.waiting_confirmation = False
                confirmations.append((time.perf_counter() - person.clicked_at) * 1000)
                if person.sent < len(person.choices):
                    person.next_at = time.perf_counter() - began + person.rng.uniform(*person.think)
    selector.close()
    return acks, confirmations, statuses


def _final_counts_right(bot: BotProcess, slack: StandinSlack, poll_id: int, ts: str,
                        expected: dict[str, int]) -> tuple[bool, bool]:
    exported = bot.cli("polls", "export", str(poll_id))
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    in_db = {r["option"]: int(r["votes"]) for r in rows} == expected

    def message_shows_all() -> bool:
        updates = [c for c in slack.calls_to("chat.update") if c.ok and c.params.get("ts") == ts]
        if not updates:
            return False
        text = json.dumps(updates[-1].params.get("blocks"), ensure_ascii=False)
        return all(f"*{option}*" in text and f"({n} vote{'s' if n != 1 else ''})" in text.split(f"*{option}*")[1]
                   for option, n in expected.items()) and f"{USERS} people voted" in text

    try:
        slack.wait_until(message_shows_all, timeout=10, message="the final counts in the message")
        in_message = True
    except AssertionError:
        in_message = False
    return in_db, in_message


def _scenario(people: list[Person], label: str, judged: bool) -> list[tuple[str, str, str, bool]]:
    """One poll, one fresh bot process, the given people clicking; rows of figures and targets."""
    expected = {option: sum(1 for p in people if p.choices[-1] == option) for option in OPTIONS}
    with tempfile.TemporaryDirectory() as folder, StandinSlack() as slack:
        with BotProcess(slack, Path(folder) / "bench.db") as bot:
            poll_id, ts, buttons = _post_poll(bot, slack)
            started = time.monotonic()
            acks, confirmations, statuses = _click_burst(bot, slack, people, ts, buttons)
            burst_seconds = time.monotonic() - started
            in_db, in_message = _final_counts_right(bot, slack, poll_id, ts, expected)
            update_times = sorted(c.at for c in slack.calls_to("chat.update") if c.params.get("ts") == ts)
    clicks = USERS * CLICKS_EACH
    errors = sum(1 for s in statuses if s >= 500)
    gaps = [b - a for a, b in zip(update_times, update_times[1:])]
    min_gap = min(gaps) if gaps else float("inf")
    ack_p99 = _p(acks, 99)
    target = f"<= {ACK_TARGET_MS:g} ms" if judged else "(info)"
    return [
        (f"{label}: clicks answered", f"{len(acks)}/{clicks} in {burst_seconds:.1f} s", f"{clicks}/{clicks}",
         len(acks) == clicks),
        (f"{label}: final counts right in the database", "yes" if in_db else "NO", "yes", in_db),
        (f"{label}: final counts right in the poll message", "yes" if in_message else "NO", "yes", in_message),
        (f"{label}: 5xx answers", str(errors), "0", errors == 0),
        (f"{label}: click ack p50", f"{_p(acks, 50):.1f} ms", "-", True),
        (f"{label}: click ack p99", f"{ack_p99:.1f} ms", target, ack_p99 <= ACK_TARGET_MS or not judged),
        (f"{label}: click -> ephemeral confirmation p99", f"{_p(confirmations, 99):.1f} ms", "-", True),
        (f"{label}: chat.update calls for the poll", str(len(update_times)), "-", True),
        (f"{label}: smallest gap between chat.update calls", f"{min_gap:.2f} s", f">= {MIN_UPDATE_GAP_S:g} s",
         min_gap >= MIN_UPDATE_GAP_S),
    ]


def _people(seed: int, spread: float, think: tuple[float, float]) -> list[Person]:
    rng = random.Random(seed)
    return [Person(f"UV{n:03d}", [rng.choice(OPTIONS) for _ in range(CLICKS_EACH)], start=rng.uniform(0, spread),
                   think=think, rng=random.Random(seed * 1000 + n)) for n in range(USERS)]


def run() -> list[tuple[str, str, str, bool]]:
    rows = _scenario(_people(6, spread=1.0, think=(0.1, 0.5)), "100 people", judged=True)
    rows += _scenario(_people(7, spread=0.0, think=(0.0, 0.0)), "all at once", judged=False)
    return rows


if __name__ == "__main__":
    from bench.table import print_table

    raise SystemExit(0 if print_table(run()) else 1)
