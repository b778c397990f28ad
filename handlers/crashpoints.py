"""Named moments in the real request path where a test can make this process die as a kill -9 would.

Exactly-once promises are about the worst moment to die: between a command's effect being
committed and its inbox entry being marked done, say. Waiting for a kill to land in a window
of microseconds proves nothing, and mocking our own functions would test the mock, so the
code calls ``reached(NAME)`` at each such moment and a test arms it. Nothing is ever armed in
production: only ``handlers.testing.crashing`` (a wrapper that starts ``cyberbot`` with one point
armed) calls ``arm``, and an unarmed point costs one set lookup.
"""

from __future__ import annotations

import logging
import os
import signal

log = logging.getLogger("cyberbot.crashpoints")

# An acked command's effect is committed; the person has not been answered yet.
BEFORE_REPLY = "before-reply"
# An acked command's effect is committed and the person answered; its inbox entry is not yet marked done.
BEFORE_DONE_MARK = "before-inbox-done"
POINTS = frozenset({BEFORE_REPLY, BEFORE_DONE_MARK})

_armed: set[str] = set()


def arm(name: str) -> None:
    if name not in POINTS:
        raise ValueError(f"no crash point called {name!r}; there are {sorted(POINTS)}")
    _armed.add(name)


def reached(name: str) -> None:
    """Die here, at once and without cleaning up (SIGKILL), if a test armed this point."""
    if name in _armed:
        log.warning("crash point %s reached: killing this process", name)
        for handler in logging.getLogger().handlers:
            handler.flush()
        os.kill(os.getpid(), signal.SIGKILL)
