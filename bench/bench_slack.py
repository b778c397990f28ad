"""The Slack app under load: bursts of 50 concurrent signed mentions on loopback to the real
``cyberbot serve --http`` process, answered through the stand-in Slack.

Targets: every mention answered exactly once; p99 from sending the request to the reply
reaching the stand-in <= 50 ms; p99 of the HTTP ack <= 20 ms; and against a bare Bolt app
(``bench.bare_bolt``) served the same way, driven by the same bursts in the same run: the
bot's CPU per mention and its reply p99 each <= 1.4x the bare app's. The five questions repeat,
as a council Slack's popular ones do (and the bot remembers a question's ranking); the CPU ratio
over 400 questions each asked once is printed too, for what an answer costs from scratch.

What makes the figures the bot's own, not the benchmark's:

* The stand-in Slack is ``bench.lean_slack``, in its own process: one asyncio loop that notes
  each chat.postMessage when its first bytes arrive and reports only between bursts.
* On a machine with two or more cores the bot runs on one core and the stand-in and load
  client on the others (``split_cpus``), as Slack and its users are not on the bot's machine.
* The load client sends from one selector loop, on persistent connections opened during
  the warm-up burst, as Slack keeps its connections to a request URL open.
* The bot runs with its deployed settings: its scheduler ticks every 15 s, not every 0.2 s
  as in the tests.
* Every time is ``time.monotonic()``: CLOCK_MONOTONIC, one clock for every process on the
  machine, so send and arrival times from different processes compare directly.

Run: python -m bench.bench_slack
"""

from __future__ import annotations

import json
import os
import selectors
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.core.config import DEFAULT_TICK_SECONDS
from handlers.testing.process import BotProcess
from handlers.testing.standin import app_mention, event_callback, sign

CONCURRENT = 50
ROUNDS = 20
QUESTIONS = ["What is Web Check?", "what is mail check", "help", "when is the cyber stocktake due?",
             "what does the NCSC do?"]
REPLY_TARGET_MS = 50.0
ACK_TARGET_MS = 20.0
SETTLE_SECONDS = 0.3  # after the last reply, so a duplicate would arrive before we count
# Then bursts of questions each asked once (the tune sets', never the sealed ones), for the CPU
# an answer costs when nothing about the question is remembered.
NEW_ROUNDS = 8
NEW_QUESTION_FILES = ("unseen-tune.yaml", "council-questions-tune.yaml", "council-questions-holdout.yaml",
                      "dev-questions.yaml", "paraphrase-questions.yaml")


def new_questions(count: int) -> list[str]:
    """``count`` different questions people asked in our question files, one line each."""
    from bot.answers.evaluate import load_questions

    folder = Path(__file__).resolve().parent.parent / "tests" / "data"
    seen, found = set(), []
    for name in NEW_QUESTION_FILES:
        for question, _ in load_questions(folder / name):
            line = " ".join(question.split())
            if line and line.lower() not in seen and not line.startswith(("/", "<")):
                seen.add(line.lower())
                found.append(line)
    return found[:count]


def _p(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


# -- the stand-in Slack, in a process of its own ---------------------------------------------------

class StandinProcess:
    """The parent's handle on ``bench.lean_slack``: its URL, and when each reply arrived.

    Nothing is read from the child while a burst is timed except a short ``COUNT`` poll, so
    this process's own work never delays the ack times it is noting.
    """

    connection_count = 0  # BotProcess reads it (Socket Mode only)
    POLL_SECONDS = 0.005

    def __init__(self, module: str = "bench.lean_slack"):
        root = Path(__file__).resolve().parent.parent
        self.process = subprocess.Popen([sys.executable, "-m", module], cwd=root,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        first = self.process.stdout.readline().split()
        if len(first) != 2 or first[0] != "URL":
            self.close()
            raise RuntimeError(f"the stand-in process did not start (said {first!r})")
        self.api_url = first[1]
        self.replies: dict[str, list[float]] = {}
        self.keyed: list[tuple[str, float]] = []     # (idempotency key, arrival) of keyed posts

    def _ask(self, command: str) -> str:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline()

    @property
    def count(self) -> int:
        return int(self._ask("COUNT").split()[1])

    def wait_for(self, count: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self.count < count:
            if time.monotonic() > deadline:
                return False
            time.sleep(self.POLL_SECONDS)
        return True

    def collect(self) -> dict[str, list[float]]:
        """Every reply so far, by thread_ts: the arrival times of each post to that thread."""
        self.process.stdin.write("DUMP\n")
        self.process.stdin.flush()
        for line in self.process.stdout:
            parts = line.split()
            if parts == ["END"]:
                break
            if len(parts) >= 3 and parts[0] == "R":
                self.replies.setdefault(parts[1], []).append(float(parts[2]))
                if len(parts) == 4 and parts[3] != "-":
                    self.keyed.append((parts[3], float(parts[2])))
        return self.replies

    def close(self) -> None:
        try:
            self.process.stdin.close()
            self.process.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()

    def __enter__(self) -> "StandinProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# -- the load client -------------------------------------------------------------------------------

def _request_bytes(bot: BotProcess, event: dict, event_id: str | None = None) -> bytes:
    body = json.dumps(event_callback(event, event_id)).encode("utf-8")
    headers = {"Host": f"127.0.0.1:{bot.port}", "Content-Type": "application/json",
               "Content-Length": str(len(body)), **sign(body, bot.secret)}
    head = "POST /slack/events HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode("ascii") + body


def _response_length(buffer: bytes) -> int | None:
    """Bytes in the whole response once its head has arrived, else None."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return None
    length = 0
    for line in buffer[:end].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    return end + 4 + length


class LoadClient:
    """One persistent connection per concurrent request, reused burst after burst; with several
    ports (replicas), connection ``i`` goes to port ``i`` modulo their number."""

    def __init__(self, port: int | list[int], connections: int):
        self.ports = port if isinstance(port, list) else [port]
        self.socks: list[socket.socket | None] = [None] * connections
        self.reconnects = 0

    def _sock(self, index: int) -> socket.socket:
        sock = self.socks[index]
        if sock is None:
            sock = socket.create_connection(("127.0.0.1", self.ports[index % len(self.ports)]))
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.socks[index] = sock
            self.reconnects += 1
        return sock

    def burst(self, requests: list[bytes]) -> tuple[list[float], list[float], list[int]]:
        """Send every request at once from one thread; returns send times, ack times and statuses.

        One selector loop instead of 50 client threads, so the benchmark's own Python does not
        queue the requests behind each other and get counted as the bot's latency.
        """
        count = len(requests)
        socks = [self._sock(i) for i in range(count)]
        sent = [0.0] * count
        acked = [float("inf")] * count
        status = [0] * count
        buffers = [b""] * count
        with selectors.DefaultSelector() as selector:
            for index, (sock, data) in enumerate(zip(socks, requests)):
                sock.setblocking(True)
                sent[index] = time.monotonic()
                sock.sendall(data)
                sock.setblocking(False)
                selector.register(sock, selectors.EVENT_READ, index)
            pending = count
            deadline = time.monotonic() + 30
            while pending and time.monotonic() < deadline:
                for key, _ in selector.select(timeout=1):
                    index = key.data
                    try:
                        chunk = key.fileobj.recv(65536)
                    except (BlockingIOError, InterruptedError):
                        continue
                    except OSError:
                        chunk = b""
                    buffers[index] += chunk
                    if acked[index] == float("inf") and b"\r\n" in buffers[index]:
                        acked[index] = time.monotonic()
                        status[index] = int(buffers[index].split(b" ", 2)[1])
                    whole = _response_length(buffers[index])
                    if not chunk or (whole is not None and len(buffers[index]) >= whole):
                        selector.unregister(key.fileobj)
                        pending -= 1
                        if not chunk or b"connection: close" in buffers[index].lower():
                            self._drop(index)
        return sent, acked, status

    def _drop(self, index: int) -> None:
        if self.socks[index] is not None:
            self.socks[index].close()
            self.socks[index] = None

    def close(self) -> None:
        for index in range(len(self.socks)):
            self._drop(index)


# -- the benchmark ---------------------------------------------------------------------------------

def _round(bot: BotProcess, slack: StandinProcess, client: LoadClient,
           index: int, questions: list[str] = QUESTIONS) -> tuple[list[float], list[float], int, int]:
    """One burst of concurrent mentions; returns ack ms, reply ms, answered once, answered more than once."""
    events = [app_mention(f"<@UBOT> {questions[i % len(questions)]}", user=f"U{index}{i:03d}", channel="CBENCH")
              for i in range(CONCURRENT)]
    requests = [_request_bytes(bot, event) for event in events]
    before = slack.count
    sent, acked, status = client.burst(requests)
    acks = [(a - s) * 1000 if code == 200 else float("inf") for s, a, code in zip(sent, acked, status)]
    slack.wait_for(before + CONCURRENT, timeout=30)
    time.sleep(SETTLE_SECONDS)
    collected = slack.collect()
    replies = {event["ts"]: list(collected.get(event["ts"], [])) for event in events}
    reply_ms = [(arrivals[0] - at) * 1000 for at, arrivals in zip(sent, replies.values()) if arrivals]
    reply_ms += [float("inf")] * (CONCURRENT - len(reply_ms))  # an unanswered mention is as slow as it gets
    once = sum(1 for arrivals in replies.values() if len(arrivals) == 1)
    more = sum(1 for arrivals in replies.values() if len(arrivals) > 1)
    return acks, reply_ms, once, more


def split_cpus() -> tuple[set[int] | None, set[int] | None]:
    """The bot's CPU, and the rest for the stand-in and the load client (None on one CPU).

    Slack's servers and the people mentioning the bot are not on the bot's machine; on a
    shared 2-core box they would otherwise take CPU from the bot mid-burst, and the figures
    would be the rig's as much as the bot's. The bot gets one core, as on a 1-vCPU host.
    """
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) < 2:
        return None, None
    return {cpus[0]}, set(cpus[1:])


class Subject:
    """One server under load: its process, its stand-in Slack, its load client and its tallies."""

    def __init__(self, process: BotProcess, slack: StandinProcess):
        self.process, self.slack = process, slack
        self.client = LoadClient(process.port, CONCURRENT)
        self.acks: list[float] = []
        self.replies: list[float] = []
        self.once = self.more = 0
        self.cpu: float | None = 0.0
        self.cpu_new: float | None = 0.0     # CPU over the bursts of questions never asked before

    def burst(self, index: int, counted: bool = True, questions: list[str] = QUESTIONS) -> None:
        before = process_cpu_seconds(self.process.process.pid)
        acks, replies, once, more = _round(self.process, self.slack, self.client, index, questions)
        after = process_cpu_seconds(self.process.process.pid)
        if questions is not QUESTIONS:
            if self.cpu_new is not None and before is not None and after is not None:
                self.cpu_new += after - before
            else:
                self.cpu_new = None
            return
        if not counted:
            return
        self.acks += acks
        self.replies += replies
        self.once += once
        self.more += more
        self.cpu = None if before is None or after is None or self.cpu is None else self.cpu + after - before


def measure(rounds: int = ROUNDS) -> dict:
    """Ack and reply times (ms) and CPU per mention over ``rounds`` bursts after one warm-up burst,
    for the bot and for a bare Bolt app (``bench.bare_bolt``) served the same way, on the same
    core, their bursts taking turns (bot first in odd rounds, the bare app first in even ones)
    so a slow spell of the machine falls on both."""
    bot_cpus, rig_cpus = split_cpus()
    before = os.sched_getaffinity(0) if rig_cpus else None
    if rig_cpus:
        os.sched_setaffinity(0, rig_cpus)  # the stand-ins, started next, inherit it
    root = str(Path(__file__).resolve().parent.parent)
    try:
        with tempfile.TemporaryDirectory() as folder, StandinProcess() as slack, StandinProcess() as bare_slack:
            with BotProcess(slack, Path(folder) / "bench.db", cpus=bot_cpus,
                            tick_seconds=DEFAULT_TICK_SECONDS) as bot, \
                    BotProcess(bare_slack, Path(folder) / "bare.db", cpus=bot_cpus,
                               command=[sys.executable, "-m", "bench.bare_bolt"],
                               extra_env={"PYTHONPATH": root}) as bare:   # as deployed, not the tests' 0.2 s
                subjects = {"bot": Subject(bot, slack), "bare": Subject(bare, bare_slack)}
                try:
                    for subject in subjects.values():
                        subject.burst(0, counted=False)  # warm-up: connections, caches, first imports
                    opened = subjects["bot"].client.reconnects
                    for index in range(1, rounds + 1):
                        order = ("bot", "bare") if index % 2 else ("bare", "bot")
                        for name in order:
                            subjects[name].burst(index)
                    reconnects = subjects["bot"].client.reconnects - opened
                    fresh = new_questions(NEW_ROUNDS * CONCURRENT)
                    for index in range(NEW_ROUNDS):
                        batch = fresh[index * CONCURRENT:(index + 1) * CONCURRENT]
                        order = ("bot", "bare") if index % 2 else ("bare", "bot")
                        for name in order:
                            subjects[name].burst(rounds + 1 + index, questions=batch)
                finally:
                    for subject in subjects.values():
                        subject.client.close()
    finally:
        if before:
            os.sched_setaffinity(0, before)  # the benchmarks that follow get every core back
    mentions = rounds * CONCURRENT
    return {"rounds": rounds, "reconnects": reconnects,
            **{name: {"acks": s.acks, "replies": s.replies, "once": s.once, "more": s.more,
                      "cpu_per_mention": None if s.cpu is None else s.cpu / mentions,
                      "cpu_per_new_mention": None if s.cpu_new is None else s.cpu_new / (NEW_ROUNDS * CONCURRENT)}
               for name, s in subjects.items()}}


def process_cpu_seconds(pid: int) -> float | None:
    """User and system CPU a process has used so far (Linux), else None.

    Printed per mention beside the latencies: the reply p99 is close to 50 times this, so a
    run on a machine having a slow spell shows it here rather than looking like a slower bot.
    """
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


BARE_BOLT_RATIO_TARGET = 1.4


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or not b or a == float("inf") else a / b


def run() -> list[tuple[str, str, str, bool]]:
    m = measure()
    bot, bare = m["bot"], m["bare"]
    total = CONCURRENT * m["rounds"]
    reply_p99, ack_p99 = _p(bot["replies"], 99), _p(bot["acks"], 99)
    cpu, bare_cpu = bot["cpu_per_mention"], bare["cpu_per_mention"]
    ratios = {"CPU per mention": _ratio(cpu, bare_cpu), "reply p50": _ratio(_p(bot["replies"], 50), _p(bare["replies"], 50)),
              "reply p99": _ratio(reply_p99, _p(bare["replies"], 99)),
              f"CPU per mention, {NEW_ROUNDS * CONCURRENT} questions each asked once":
                  _ratio(bot["cpu_per_new_mention"], bare["cpu_per_new_mention"])}
    rows = [
        (f"mentions answered exactly once ({m['rounds']} bursts of {CONCURRENT})", f"{bot['once']}/{total}",
         f"{total}/{total}", bot["once"] == total and bot["more"] == 0),
        ("mention -> reply at Slack p50", f"{_p(bot['replies'], 50):.1f} ms", "-", True),
        ("mention -> reply at Slack p99", f"{reply_p99:.1f} ms", f"<= {REPLY_TARGET_MS:g} ms",
         reply_p99 <= REPLY_TARGET_MS),
        ("bot CPU per mention (one core)", "n/a" if cpu is None else f"{cpu * 1000:.2f} ms", "-", True),
        ("HTTP ack p50", f"{_p(bot['acks'], 50):.1f} ms", "-", True),
        ("HTTP ack p99", f"{ack_p99:.1f} ms", f"<= {ACK_TARGET_MS:g} ms", ack_p99 <= ACK_TARGET_MS),
        ("bare Bolt app, same serving: reply p50 / p99", f"{_p(bare['replies'], 50):.1f} / {_p(bare['replies'], 99):.1f} ms",
         "-", True),
        ("bare Bolt app, same serving: CPU per mention", "n/a" if bare_cpu is None else f"{bare_cpu * 1000:.2f} ms",
         "-", True),
    ]
    for what, ratio in ratios.items():
        target = "report" if what == "reply p50" or "asked once" in what else f"<= {BARE_BOLT_RATIO_TARGET:g}x"
        rows.append((f"bot / bare Bolt app: {what} (same run)", "n/a" if ratio is None else f"{ratio:.2f}x", target,
                     target == "report" or (ratio is not None and ratio <= BARE_BOLT_RATIO_TARGET)))
    return rows


if __name__ == "__main__":
    from bench.table import print_table

    raise SystemExit(0 if print_table(run()) else 1)
