"""The real ``cyberbot serve`` process, pointed at the stand-in Slack, for end-to-end tests.

Slack is never reachable from tests, so the slow Slack tests run the bot exactly as an admin
would (a separate process, configured only by its environment) against
``handlers.testing.standin.StandinSlack`` and assert on what the stand-in recorded. Benchmarks
run it the same way.

API
---
``BotProcess(standin, db_path, mode="http", ...)``
    ``start()`` launches ``cyberbot serve --http`` (or Socket Mode with ``mode="socket"``) and
    waits until it is ready (``/healthz`` answers 200, or the stand-in saw a Socket Mode
    connection); ``stop()`` ends it with SIGTERM; ``kill()`` ends it with SIGKILL (a crash);
    ``restart(hard=True)`` kills it and starts it again on the same database. Usable as a
    context manager.

    ``post(body, content_type)`` signs and POSTs raw bytes to ``/slack/events``;
    ``event(event, event_id=None, retry=None)`` posts an Events API callback (``retry`` sets
    ``X-Slack-Retry-Num``); ``slash(text, ...)`` posts ``/cyber TEXT`` with a fresh
    response_url and returns ``(status, response_url)``; ``click(action_id, value, ...)``
    posts a block_actions payload the same way. ``cli(*args)`` runs another ``cyberbot``
    command (``kb gaps``, ``polls export``) on the same database. ``log_text()`` is what the
    process wrote to stderr so far.

The fixtures that start one (``http_bot``, ``shared_http_bot``) are in ``handlers.testing.plugin``.

Settings passed: ``CYBERBOT_DB`` (in the test's tmp folder), ``SLACK_API_URL`` (the stand-in),
``SLACK_BOT_TOKEN=xoxb-test``, ``SLACK_SIGNING_SECRET`` (``SECRET`` below), ``PORT`` (a free
port), ``CYBERBOT_TICK_SECONDS`` (small, so scheduled work is due quickly), and
``SLACK_APP_TOKEN=xapp-test`` in Socket Mode. ``extra_env`` adds or overrides any of them;
``command`` runs another server in the bot's place with the same settings (the benchmarks'
bare Bolt app).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from handlers.testing.slack_sends import SlackSends
from handlers.testing.standin import JSON_CONTENT_TYPE, StandinSlack, post_signed

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"
SECRET = "test-signing-secret-8f2b"
BOT_TOKEN = "xoxb-test"
APP_TOKEN = "xapp-test"
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cyberbot_command() -> list[str]:
    """The installed console script beside this Python, else ``python -m bot``."""
    script = Path(sys.executable).with_name("cyberbot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


class BotProcess(SlackSends):
    def __init__(self, standin: StandinSlack, db_path: str | os.PathLike, mode: str = "http", *,
                 tick_seconds: float = 0.2, extra_env: dict | None = None, secret: str = SECRET,
                 cpus: set[int] | None = None, max_open_files: int | None = None,
                 command: list[str] | None = None, crash_at: str | None = None):
        if mode not in ("http", "socket"):
            raise ValueError("mode is 'http' or 'socket'")
        self.standin = standin
        self.db_path = str(db_path)
        self.mode = mode
        self.secret = secret
        self.folder = Path(self.db_path).parent
        self.port = free_port()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CYBERBOT_"))}
        self.env.update({
            "CYBERBOT_DB": self.db_path,
            "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
            "CYBERBOT_TICK_SECONDS": str(tick_seconds),
            "SLACK_API_URL": standin.api_url,
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": secret,
            "PORT": str(self.port),
            "PYTHONIOENCODING": "utf-8",
            "PYTHONUNBUFFERED": "1",
        })
        if mode == "socket":
            self.env["SLACK_APP_TOKEN"] = APP_TOKEN
        self.env.update(extra_env or {})
        self.process: subprocess.Popen | None = None
        self.log_path = self.folder / f"cyberbot-serve-{self.port}.log"
        self.starts = 0
        self.cpus = cpus  # run on these CPUs only (benchmarks keep the bot apart from the load)
        self.max_open_files = max_open_files  # RLIMIT_NOFILE in the child (a small VM's 1,024, say)
        self.command = command  # another server in the bot's place (the benchmarks' bare Bolt app)
        self.crash_at = crash_at  # a handlers.crashpoints point armed in the child: it dies there (SIGKILL)

    # -- lifecycle ----------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def events_url(self) -> str:
        return f"{self.url}/slack/events"

    def start(self) -> "BotProcess":
        if self.process is not None and self.process.poll() is None:
            return self
        connections_before = self.standin.connection_count
        bot = [sys.executable, "-m", "handlers.testing.crashing", self.crash_at] if self.crash_at \
            else cyberbot_command()
        args = self.command or bot + ["serve"] + (["--http"] if self.mode == "http" else [])
        log = open(self.log_path, "ab")
        try:
            self.process = subprocess.Popen(args, env=self.env, cwd=self.folder, stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL,
                                            preexec_fn=self._in_the_child if self.cpus or self.max_open_files else None)
        finally:
            log.close()
        self.starts += 1
        if self.mode == "http":
            self._wait_healthy()
        else:
            self._wait_until(lambda: self.standin.connection_count > connections_before and self.standin.connected,
                             "a Socket Mode connection")
        return self

    def _in_the_child(self) -> None:
        if self.cpus:
            os.sched_setaffinity(0, self.cpus)
        if self.max_open_files:
            import resource

            resource.setrlimit(resource.RLIMIT_NOFILE, (self.max_open_files, self.max_open_files))

    def _wait_healthy(self) -> None:
        def healthy() -> bool:
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=1) as resp:
                    return resp.status == 200
            except (OSError, urllib.error.URLError):
                return False

        self._wait_until(healthy, "/healthz to answer 200")

    def _wait_until(self, predicate, what: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"cyberbot serve exited with {self.process.returncode} before {what}:\n"
                                     f"{self.log_text()}")
            if predicate():
                return
            time.sleep(0.05)
        raise AssertionError(f"cyberbot serve did not get to {what} within {START_TIMEOUT}s:\n{self.log_text()}")

    def stop(self, timeout: float = 10.0) -> int | None:
        """SIGTERM, as a platform stops a service; SIGKILL if it does not go."""
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return self.kill()

    def kill(self) -> int:
        """SIGKILL: the process dies mid-work, as in a crash or an out-of-memory kill."""
        self.process.kill()
        return self.process.wait(10)

    def restart(self, hard: bool = True) -> "BotProcess":
        """Kill (hard) or stop the process, then start a new one on the same database and port."""
        if hard:
            self.kill()
        else:
            self.stop()
        return self.start()

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def __enter__(self) -> "BotProcess":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def log_text(self) -> str:
        try:
            return self.log_path.read_text("utf-8", "replace")
        except OSError:
            return ""

    # -- talking to it like Slack ---------------------------------------------------------------
    def post(self, body: bytes | str | dict, content_type: str | None = None, *, headers: dict | None = None,
             timestamp: int | None = None, secret: str | None = None) -> tuple[int, str]:
        """Sign and POST to /slack/events; a dict body is sent as JSON."""
        if isinstance(body, dict):
            body, content_type = json.dumps(body).encode("utf-8"), content_type or JSON_CONTENT_TYPE
        return post_signed(self.events_url, body, secret or self.secret, content_type or JSON_CONTENT_TYPE,
                           headers, timestamp)

    # ``event`` (HTTP status and body), ``slash`` and ``click`` (HTTP status and the response_url)
    # come from ``SlackSends``.
    def _send(self, body, content_type, headers) -> tuple[int, str]:
        return self.post(body, content_type, headers=headers)

    def _ack(self, sent: tuple[int, str]) -> int:
        return sent[0]

    def cli(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        """Another cyberbot command on the same database (``kb gaps``, ``polls export ID``)."""
        env = {k: v for k, v in self.env.items() if not k.startswith("SLACK_")}
        return subprocess.run(cyberbot_command() + list(args), env=env, cwd=self.folder, capture_output=True,
                              text=True, timeout=timeout)
