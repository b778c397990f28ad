"""Turnout, nudges and acknowledgements in a big channel, against the stand-in Slack.

The bot's core runs in this process with the real Slack messenger (slack-sdk's WebClient over
HTTP to the stand-in), so every member lookup, ``users.info``, DM and ``chat.update`` is a real
Web API call.

1. A channel of 1,010 members (1,000 people, 10 other apps) and an anonymous poll 600 of them
   voted in (the creator among them): turnout computed (cold: ``conversations.members`` and 1,000 ``users.info``; warm:
   from the cache) and a nudge's recipients worked out, each <= 1 s. Then the nudge DMs are sent
   for ``NUDGE_SECONDS`` and their rate printed: it must stay within ``NUDGE_PER_SECOND`` (4 a
   second, 240 a minute: under the several hundred a minute Slack lets an app post in a
   workspace, and one DM per person so never more than one a second to any one conversation).
2. 1,000 people click Done on one channel reminder from 16 threads: every one counted, and the
   message's ``chat.update`` calls coalesced to at most one a second.

Run: python -m bench.bench_rhythm
"""

from __future__ import annotations

import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.assistant import CyberBot
from bot.core.config import Settings
from bot.core.router import Request
from handlers.app import build_client
from handlers.slack_messenger import SlackMessenger
from handlers.testing.standin import StandinSlack

ROOT = Path(__file__).resolve().parent.parent
PEOPLE, APPS, VOTERS = 1000, 10, 600
TURNOUT_TARGET_S = 1.0
NUDGE_SECONDS = 8.0
ACKS = 1000


class Zones:
    def zone_for(self, user_id):
        return "Europe/London"


def _bot(slack: StandinSlack, folder: Path) -> CyberBot:
    settings = Settings.from_env({"CYBERBOT_DB": str(folder / "bench.db"), "CYBERBOT_KNOWLEDGE": str(ROOT / "knowledge"),
                                  "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_API_URL": slack.api_url,
                                  "CYBERBOT_TICK_SECONDS": "1"})
    return CyberBot(settings, messenger=SlackMessenger(build_client(settings)), zones=Zones())


def _channel(slack: StandinSlack) -> list[str]:
    people = [f"U{n:05d}" for n in range(PEOPLE)]
    slack.add_channel("C1", "council-cyber")
    for person in people:
        slack.add_user(person, person.lower())
    apps = [f"UAPP{n:03d}" for n in range(APPS)]
    for app in apps:
        slack.add_user(app, app.lower(), is_bot=True)
    slack.join("C1", *people, *apps)
    return people


def bench_turnout_and_nudges(folder: Path) -> list[tuple[str, str, str, bool]]:
    with StandinSlack() as slack:
        people = _channel(slack)
        bot = _bot(slack, folder)
        try:
            polls = bot.api("polls")
            made = bot.handle('/cyber poll "Ready for the audit?" "Yes" "No" anonymous', Request(people[0], "C1", "slash"))
            poll_id = made.data["poll_id"]
            for n, person in enumerate(people[:VOTERS]):
                polls.cast(poll_id, n % 2, person)
            poll = polls.store.get(poll_id)

            started = time.perf_counter()
            cold = polls.turnout(poll)
            cold_s = time.perf_counter() - started
            started = time.perf_counter()
            warm = polls.turnout(poll)
            warm_s = time.perf_counter() - started
            users_info = len(slack.calls_to("users.info"))

            polls.nudger.stop()                 # measure working out the recipients on its own first
            polls.nudger = type(polls.nudger)(polls.nudges, polls._send_nudge)
            started = time.perf_counter()
            reply = bot.handle(f"/cyber poll nudge {poll_id}", Request(people[0], "C1", "slash"))
            nudge_s = time.perf_counter() - started
            time.sleep(NUDGE_SECONDS)
            polls.nudger.stop()
            sent = list(polls.nudger.sent_at)
            rate = (len(sent) - 1) / (sent[-1] - sent[0]) if len(sent) > 1 else 0.0
            dm_targets = [c.params.get("channel") for c in slack.calls_to("chat.postMessage")
                          if c.ok and str(c.params.get("channel", "")).startswith("U")]
            voters = set(people[:VOTERS])
            wrong = sum(1 for t in dm_targets if t in voters or t.startswith("UAPP"))
            limit = polls.nudger.per_second
        finally:
            bot.close()
    print(f"turnout: {cold.text()} (cold {cold_s * 1000:.0f} ms, {users_info} users.info; warm {warm_s * 1000:.1f} ms)")
    print(f"nudge: {reply.data.get('nudged')} to DM, worked out in {nudge_s * 1000:.0f} ms; "
          f"{len(sent)} DMs in {NUDGE_SECONDS:.0f} s, send rate {rate:.2f}/s (limit {limit:.0f}/s)")
    return [
        (f"turnout, {PEOPLE + APPS:,}-member channel, cold cache", f"{cold_s:.2f} s", f"<= {TURNOUT_TARGET_S:.0f} s",
         cold_s <= TURNOUT_TARGET_S and cold.members == PEOPLE and cold.voted == VOTERS),
        ("turnout, same channel, warm cache", f"{warm_s * 1000:.1f} ms", f"<= {TURNOUT_TARGET_S:.0f} s",
         warm_s <= TURNOUT_TARGET_S and warm.voted == VOTERS),
        (f"nudge: recipients worked out ({PEOPLE - VOTERS} non-voters)", f"{nudge_s:.2f} s", f"<= {TURNOUT_TARGET_S:.0f} s",
         nudge_s <= TURNOUT_TARGET_S and reply.data.get("nudged") == PEOPLE - VOTERS),
        ("nudge DMs: send rate", f"{rate:.2f}/s", f"<= {limit:.0f}/s", 0 < rate <= limit * 1.05),
        ("nudge DMs to voters or apps", f"{wrong}", "0", wrong == 0),
    ]


def bench_acknowledgements(folder: Path) -> list[tuple[str, str, str, bool]]:
    with StandinSlack() as slack:
        people = _channel(slack)
        bot = _bot(slack, folder)
        try:
            made = bot.handle("/cyber remind <#C1|council-cyber> in 1 second file the stocktake return",
                              Request(people[0], "C1", "slash"))
            reminder_id = made.data["reminder_ids"][0]
            time.sleep(1.2)
            bot.scheduler.tick()
            [post] = [c for c in slack.calls_to("chat.postMessage") if c.ok and c.params.get("channel") == "C1"]
            ts = post.response["ts"]
            clickers = people[:ACKS] if ACKS <= PEOPLE else people
            barrier = threading.Barrier(16)

            def click(chunk):
                barrier.wait()
                for person in chunk:
                    bot.handle_action("reminder_done", str(reminder_id), Request(person, "C1", "action"))

            chunks = [clickers[i::16] for i in range(16)]
            started = time.perf_counter()
            with ThreadPoolExecutor(16) as pool:
                list(pool.map(click, chunks))
            click_s = time.perf_counter() - started
            acks = bot.api("reminders").acks
            time.sleep(1.5)
            acks.updater.wait_idle(10)
            counted = bot.storage.query("SELECT COUNT(*) AS n FROM reminder_acks WHERE reminder_id = ?",
                                        (reminder_id,))[0]["n"]
            updates = [c for c in slack.calls_to("chat.update") if c.params.get("ts") == ts]
            times = [c.at for c in updates]
            gaps = [b - a for a, b in zip(times, times[1:])]
            last = str(updates[-1].params.get("blocks")) if updates else ""
        finally:
            bot.close()
    shown = f"{len(clickers)} of {PEOPLE} done"
    print(f"acks: {counted} counted from {len(clickers)} clicks in {click_s:.2f} s; {len(updates)} chat.update "
          f"calls, smallest gap {min(gaps) if gaps else float('nan'):.2f} s; last shows '{shown}': {shown in last}")
    return [
        (f"{len(clickers):,} Done clicks on one reminder: counted", f"{counted:,}", f"{len(clickers):,}",
         counted == len(clickers) and shown in last),
        ("... message updates: smallest gap", f"{min(gaps) if gaps else 0:.2f} s", ">= 1 s (<= 1 a second)",
         not gaps or min(gaps) >= 0.99),
        ("... message updates during the burst", f"{len(updates)}", f"<= {click_s + 2:.0f} (one a second)",
         len(updates) <= click_s + 2),
    ]


def run() -> list[tuple[str, str, str, bool]]:
    with tempfile.TemporaryDirectory() as tmp:
        rows = bench_turnout_and_nudges(Path(tmp))
    with tempfile.TemporaryDirectory() as tmp:
        rows += bench_acknowledgements(Path(tmp))
    return rows


if __name__ == "__main__":
    from bench.table import print_table

    raise SystemExit(0 if print_table(run()) else 1)
