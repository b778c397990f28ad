"""What synchronous=FULL costs, and how quickly /healthz proves the database can be written.

``synchronous=FULL`` makes SQLite wait for the disk on every commit (fsync of the write-ahead
log), so a write the bot has confirmed survives an OS crash or the disk going read-only;
``NORMAL`` lost commits made about a second before such a fault. The price is one fsync per
commit. Measured on the same disk, same process, same statements, both settings:

* one event claim (``Storage.write``, a single-row insert): p50 and p99;
* one vote in an anonymous poll (a ``BEGIN IMMEDIATE`` transaction of four statements);
* ``Storage.health()``, the write /healthz makes.

Targets: a vote p99 <= 25 ms with FULL (a click is acked first, but the person waits for the
"your vote is in"), and the health check p99 <= 50 ms.

Run: python -m bench.bench_durability
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.assistant import all_migrations  # noqa: E402
from bot.core.storage import Storage  # noqa: E402
from bot.polls.store import PollStore  # noqa: E402

ROUNDS = 300
VOTE_P99_TARGET_MS = 25.0
HEALTH_P99_TARGET_MS = 50.0


def _pct(values: list[float], pct: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


def _measure(folder: Path, synchronous: str) -> dict[str, list[float]]:
    storage = Storage(folder / f"bench-{synchronous.lower()}.db", all_migrations())
    # the bot always runs FULL; NORMAL is set here only to show what FULL costs
    for conn in (storage.conn, storage._writer()):
        conn.execute(f"PRAGMA synchronous = {synchronous}")
    polls = PollStore(storage, voter_key=b"k" * 32)
    now = datetime.now(timezone.utc)
    poll = polls.create(kind="poll", question="Bench?", question_key="bench", options=("Yes", "No"),
                        creator_id="UBENCH", channel_id="CBENCH", zone="Europe/London", now=now, closes_at=None,
                        anonymous=True, multiple=False, hidden=False)
    found: dict[str, list[float]] = {"claim": [], "vote": [], "health": []}
    for i in range(ROUNDS):
        started = time.perf_counter()
        storage.write("INSERT INTO seen_events (event_id, at) VALUES (?, ?)", (f"E{i}", "2026-01-01"))
        found["claim"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        polls.vote(poll.id, f"U{i:05d}", i % 2, now)
        found["vote"].append((time.perf_counter() - started) * 1000)
    if synchronous == "FULL":
        for _ in range(ROUNDS // 3):
            started = time.perf_counter()
            ok, _state = storage.health()
            assert ok
            found["health"].append((time.perf_counter() - started) * 1000)
    storage.close()
    return found


def run() -> list[tuple[str, str, str, bool]]:
    with tempfile.TemporaryDirectory(dir=ROOT) as folder:      # the disk the database would be on
        normal = _measure(Path(folder), "NORMAL")
        full = _measure(Path(folder), "FULL")
    rows = []
    for what, label in (("claim", "event claim (1-row write)"), ("vote", "anonymous vote (transaction)")):
        rows.append((f"durability: {label} p50 / p99, synchronous=FULL",
                     f"{_pct(full[what], 50):.2f} / {_pct(full[what], 99):.2f} ms",
                     f"<= {VOTE_P99_TARGET_MS:.0f} ms p99" if what == "vote" else "-",
                     what != "vote" or _pct(full[what], 99) <= VOTE_P99_TARGET_MS))
        rows.append((f"durability: {label} p50 / p99, NORMAL (before)",
                     f"{_pct(normal[what], 50):.2f} / {_pct(normal[what], 99):.2f} ms", "-", True))
        extra = statistics.median(full[what]) - statistics.median(normal[what])
        rows.append((f"durability: {label}, FULL costs per commit (p50)", f"+{extra:.2f} ms", "-", True))
    rows.append(("durability: /healthz write check p50 / p99",
                 f"{_pct(full['health'], 50):.2f} / {_pct(full['health'], 99):.2f} ms",
                 f"<= {HEALTH_P99_TARGET_MS:.0f} ms p99", _pct(full["health"], 99) <= HEALTH_P99_TARGET_MS))
    return rows


if __name__ == "__main__":
    from bench.table import print_table

    raise SystemExit(0 if print_table(run()) else 1)
