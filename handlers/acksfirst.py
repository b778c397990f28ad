"""Acks before answers: listener work waits for a lull in incoming requests, briefly.

Slack gives an HTTP request three seconds to be acked and retries it after that, so under a
burst the acks are what must not queue. In one Python process the listener threads (answer,
post) and the event loop that acks share one interpreter lock: while fifty answers are being
worked out, the fifty-first ack waits its turn among them. So a listener starts only when no
request has arrived for ``quiet`` seconds, or after ``longest`` seconds whatever happens, so
sustained load never starves the answers. When the bot is quiet an answer waits ``quiet`` at
most: 2 ms.
"""

from __future__ import annotations

import contextvars
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor

QUIET_SECONDS = 0.002
LONGEST_WAIT_SECONDS = 0.05


class AcksFirst:
    def __init__(self, quiet: float = QUIET_SECONDS, longest: float = LONGEST_WAIT_SECONDS, clock=time.monotonic,
                 sleep=time.sleep):
        self.quiet = quiet
        self.longest = longest
        self.clock = clock
        self.sleep = sleep
        self._last_request = float("-inf")

    def request_arrived(self) -> None:
        """Called by the HTTP front as each request comes in (a plain store: no lock needed)."""
        self._last_request = self.clock()

    def wait_turn(self) -> None:
        deadline = self.clock() + self.longest
        while True:
            now = self.clock()
            lull = self._last_request + self.quiet - now
            if lull <= 0 or now >= deadline:
                return
            self.sleep(min(lull, deadline - now))


_inline = threading.local()


def run_listeners_inline() -> None:
    """Mark this thread as one that runs listeners itself (a thread of ``handlers.intake``'s
    pool, where the callback was acked before Bolt saw it): Bolt's dispatch then runs the
    listener in this thread instead of handing it to the pool and waiting for its ack."""
    _inline.on = True


class AcksFirstExecutor(ThreadPoolExecutor):
    """Bolt's listener pool, with every job waiting for its turn behind the acks.

    A job runs in a copy of the submitting thread's ``contextvars`` context, as an ``asyncio``
    task would: what Bolt's middleware bound for the request (in OAuth mode, the workspace
    whose token the listener's calls use: ``handlers.workspaces``) is what its listener sees.
    """

    def __init__(self, gate: AcksFirst, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.gate = gate
        self._running = 0
        self._idle = threading.Condition()

    def submit(self, fn, /, *args, **kwargs):
        def after_the_acks():
            try:
                self.gate.wait_turn()
                return fn(*args, **kwargs)
            finally:
                self._one_done()

        with self._idle:
            self._running += 1
        if getattr(_inline, "on", False):
            done: Future = Future()
            try:
                done.set_result(after_the_acks())
            except BaseException as exc:  # noqa: BLE001 - handed back as a pool would
                done.set_exception(exc)
            return done
        try:
            return super().submit(contextvars.copy_context().run, after_the_acks)
        except BaseException:
            self._one_done()
            raise

    def _one_done(self) -> None:
        with self._idle:
            self._running -= 1
            self._idle.notify_all()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until every listener handed over so far has ended (its answer sent, and whatever
        it does after answering, such as republishing an open Home): for tests and shutdown."""
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0, timeout)
