"""Resident memory of ``cyberbot serve``: idle, and after a working session.

Starts the real ``cyberbot serve --http`` against the stand-in Slack, reads its resident set
size (VmRSS) once it is healthy and idle, then drives a session like a busy morning (mentions,
slash questions, reminders, a poll and its votes) and reads it again after the work settles.

Targets: idle <= 150 MB, after the session <= 250 MB (a council VM or a small PaaS dyno).

Run: python -m bench.bench_memory
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from handlers.testing.process import BotProcess
from handlers.testing.standin import StandinSlack, app_mention

IDLE_TARGET_MB = 150.0
AFTER_TARGET_MB = 250.0
QUESTIONS = ["what is web check", "who chairs lcioc", "how much is the government putting into cyber?",
             "what is the cyber assessment framework", "tell me a joke", "when was the ncsc opened"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS for the serve process")


def session(bot: BotProcess, standin: StandinSlack) -> None:
    for n in range(300):
        bot.event(app_mention(f"<@UBOT> {QUESTIONS[n % len(QUESTIONS)]} ({n})", user=f"U{n % 40}", channel="C1"))
    for n in range(100):
        bot.slash(f"ask {QUESTIONS[n % len(QUESTIONS)]}", user_id=f"U{n % 40}")
    for n in range(100):
        bot.slash(f"remind in {n + 5} minutes check backup job {n}", user_id=f"U{n % 40}")
    bot.slash('poll "Ready for the stocktake?" "Yes" "No" "Not sure"', user_id="U1")
    standin.wait_until(lambda: _poll_post(standin) is not None, timeout=60, message="the poll")
    posted = _poll_post(standin)
    poll_id = next(v for v in _button_values(posted.params["blocks"]) if v).split(":")[0]
    for n in range(200):
        bot.click(f"poll_vote_{n % 3}", f"{poll_id}:{n % 3}", user_id=f"U{n}", message_ts=posted.response["ts"])
    time.sleep(3)  # let coalesced poll updates and logging settle


def _poll_post(standin: StandinSlack):
    return next((c for c in standin.calls_to("chat.postMessage") if "poll_vote" in json.dumps(c.params.get("blocks"))),
                None)


def _button_values(blocks: list) -> list[str]:
    return [el.get("value", "") for block in blocks if block.get("type") == "actions"
            for el in block.get("elements", []) if el.get("action_id", "").startswith("poll_vote")]


def run() -> list[tuple[str, str, str, bool]]:
    with tempfile.TemporaryDirectory() as folder, StandinSlack() as standin:
        bot = BotProcess(standin, Path(folder) / "memory.db", tick_seconds=1.0)
        with bot:
            time.sleep(2)
            idle = rss_mb(bot.process.pid)
            session(bot, standin)
            after = rss_mb(bot.process.pid)
    return [
        ("serve resident memory, idle", f"{idle:.0f} MB", f"<= {IDLE_TARGET_MB:.0f} MB", idle <= IDLE_TARGET_MB),
        ("serve resident memory, after 700 requests", f"{after:.0f} MB", f"<= {AFTER_TARGET_MB:.0f} MB",
         after <= AFTER_TARGET_MB),
    ]


if __name__ == "__main__":
    from bench.table import print_table

    raise SystemExit(0 if print_table(run()) else 1)
