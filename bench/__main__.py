"""Every benchmark in one table: ``python -m bench``.

``python -m bench answers --cv`` cross-validates the answer decision on the unseen tune set
(``bench/answers_cv.py``). Each module's ``run()`` returns rows of (what, figure, target, met). Targets sit beside the
figures so a reader sees at once what holds; the exit code is 1 when any target is missed.
"""

from __future__ import annotations

import importlib
import sys
import time

from bench.table import print_table

MODULES = ["bench.bench_answers", "bench.bench_slack", "bench.bench_reminders", "bench.bench_polls",
           "bench.bench_rhythm", "bench.bench_memory", "bench.bench_faults", "bench.bench_replicas",
           "bench.bench_durability"]


def main(argv: list[str]) -> int:
    if "--cv" in argv:   # ``python -m bench answers --cv``: cross-validate the answer decision instead
        from bench.answers_cv import main as cross_validate
        return cross_validate([a for a in argv if a not in ("--cv", "answers")])
    wanted = [m for m in MODULES if not argv or any(a in m for a in argv)]
    rows = []
    for name in wanted:
        started = time.perf_counter()
        module = importlib.import_module(name)
        try:
            rows.extend(module.run())
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            rows.append((f"{name} failed: {exc}", "-", "-", False))
        print(f"# {name} done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0 if print_table(rows) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
