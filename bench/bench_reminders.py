"""Reminder delivery under load.

* One scheduler tick of the reminder job with 100,000 pending reminders in the database
  (none due): target <= 10 ms (median and p95 of 50 ticks are reported; p95 is judged).
* 1,000 reminders falling due at the same instant ("every Monday at 9am" for a whole
  council), with the 100,000 still pending, delivered by the real ``cyberbot serve --http``
  process to the stand-in Slack (which answers at once): p99 lateness (arrival at the
  stand-in minus the due time) <= tick + 1 s, with CYBERBOT_TICK_SECONDS=1. Measured twice:
  personal reminders to 1,000 different people (each first DM costs a conversations.open, so
  2,000 Web API calls) and channel reminders spread over 20 channels (1,000 calls).

Run: python -m bench.bench_reminders
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.assistant import CyberBot, all_migrations  # noqa: E402
from bot.core.clock import SettableClock  # noqa: E402
from bot.core.config import Settings  # noqa: E402
from bot.core.storage import Storage  # noqa: E402
from handlers.testing.seeding import DueReminder, insert_due_reminders  # noqa: E402

PENDING = 100_000
DUE_TOGETHER = 1_000
TICK_TARGET_MS = 10.0
TICK_SECONDS = 1.0
LATENESS_SLACK_SECONDS = 1.0


def _settings(folder: Path) -> Settings:
    return Settings.from_env({"CYBERBOT_DB": str(folder / "bench.db"), "CYBERBOT_KNOWLEDGE": str(ROOT / "knowledge"),
                              "CYBERBOT_TICK_SECONDS": str(TICK_SECONDS)}, load_dotenv_file=False)


def _insert(storage, count: int, due: datetime, spread: timedelta, start_index: int = 0,
            channels: int = 0) -> None:
    """``count`` one-off reminders: DMs to distinct people, or spread over ``channels`` channels."""
    rows = []
    for i in range(start_index, start_index + count):
        owner = f"U{i % 5000:05d}"
        target, kind = (f"C{i % channels:05d}", "channel") if channels else (owner, "user")
        rows.append(DueReminder(owner, target, kind, f"bench reminder {i}",
                                due + spread * ((i - start_index) / max(1, count))))
    with storage.transaction() as tx:
        insert_due_reminders(tx, rows, created=datetime.now(timezone.utc))


def _job(bot: CyberBot):
    return bot.api("reminders").delivery


def bench_idle_tick(folder: Path) -> tuple[float, float]:
    """The reminder job alone, called as the scheduler calls it, with nothing due."""
    clock = SettableClock(datetime.now(timezone.utc))
    bot = CyberBot(_settings(folder), clock=clock)
    try:
        _insert(bot.storage, PENDING, clock.now() + timedelta(days=1), timedelta(days=365))
        job = _job(bot)
        job(clock.now())  # warm the page cache
        samples = []
        for _ in range(50):
            clock.advance(seconds=TICK_SECONDS)
            started = time.perf_counter()
            job(clock.now())
            samples.append((time.perf_counter() - started) * 1000)
        return statistics.median(samples), statistics.quantiles(samples, n=20)[18]
    finally:
        bot.close()


def bench_burst(folder: Path, channels: int = 0) -> tuple[float, float, int]:
    """1,000 due at once, delivered by the real ``cyberbot serve --http`` process."""
    from handlers.testing.process import BotProcess
    from handlers.testing.standin import StandinSlack

    db = folder / "bench.db"
    with StandinSlack() as slack:
        bot = BotProcess(slack, db, tick_seconds=TICK_SECONDS)
        bot.start()
        try:
            storage = Storage(db, migrations=all_migrations())
            due = datetime.now(timezone.utc) + timedelta(seconds=2)
            _insert(storage, DUE_TOGETHER, due, timedelta(0), start_index=PENDING + (DUE_TOGETHER if channels else 0),
                    channels=channels)
            storage.close()

            def posts():
                return [c for c in slack.calls_to("chat.postMessage") if c.ok]

            try:
                slack.wait_until(lambda: len(posts()) >= DUE_TOGETHER, timeout=60, message="1,000 reminder posts")
            except AssertionError:
                pass
        finally:
            bot.stop()
        lateness = sorted(c.at - due.timestamp() for c in posts())
        if len(lateness) < DUE_TOGETHER:
            return float("inf"), float("inf"), len(lateness)
        return statistics.median(lateness), statistics.quantiles(lateness, n=100)[98], len(lateness)


def run() -> list[tuple[str, str, str, bool]]:
    with tempfile.TemporaryDirectory() as tmp:
        median_ms, p95_ms = bench_idle_tick(Path(tmp))
        bursts = [("by DM to 1,000 people", bench_burst(Path(tmp))),
                  ("to 20 channels", bench_burst(Path(tmp), channels=20))]
    target_late = TICK_SECONDS + LATENESS_SLACK_SECONDS
    rows = [
        (f"reminder tick, {PENDING:,} pending: median", f"{median_ms:.2f} ms", f"<= {TICK_TARGET_MS:.0f} ms",
         median_ms <= TICK_TARGET_MS),
        (f"reminder tick, {PENDING:,} pending: p95", f"{p95_ms:.2f} ms", f"<= {TICK_TARGET_MS:.0f} ms",
         p95_ms <= TICK_TARGET_MS),
    ]
    for label, (median_late, p99_late, delivered) in bursts:
        rows += [
            (f"{DUE_TOGETHER:,} due at once {label}: delivered", f"{delivered:,}", f"{DUE_TOGETHER:,}",
             delivered == DUE_TOGETHER),
            (f"{DUE_TOGETHER:,} due at once {label}: median lateness", f"{median_late:.2f} s",
             f"<= {target_late:.0f} s", median_late <= target_late),
            (f"{DUE_TOGETHER:,} due at once {label}: p99 lateness (tick {TICK_SECONDS:g} s)", f"{p99_late:.2f} s",
             f"<= {target_late:.0f} s", p99_late <= target_late),
        ]
    return rows


if __name__ == "__main__":
    from bench.table import print_table

    raise SystemExit(0 if print_table(run()) else 1)
