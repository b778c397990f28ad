"""One structured log line per handled Slack request: what, who, how long, outcome.

Operators grep these to see what the bot is doing; they carry Slack ids only, never message
text, tokens or secrets.
"""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

log = logging.getLogger("cyberbot.requests")


@dataclass
class Outcome:
    value: str = "ok"


@contextmanager
def handled(what: str, who: str | None, where: str | None = None) -> Iterator[Outcome]:
    started = time.perf_counter()
    outcome = Outcome()
    try:
        yield outcome
    except BaseException:
        outcome.value = "crash"
        raise
    finally:
        log.info("slack what=%s who=%s where=%s ms=%.1f outcome=%s", what, who or "-", where or "-",
                 (time.perf_counter() - started) * 1000, outcome.value)
