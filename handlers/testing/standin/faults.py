"""Faults a test can ask the stand-in Slack to play: rate limits, errors, slow answers, lost answers.

A bot meets these in production (Slack answering 429 with ``Retry-After``, a 5xx, a call
that hangs past the client's timeout, or a call Slack carried out whose answer never arrived:
the connection reset, or a 5xx), so tests queue them per Web API method and the stand-in
takes one off the queue for each call it receives. The queues hold no lock of their
own: the stand-in reads and writes them under its ``Ledger``.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass


@dataclass
class Fault:
    """One injected failure, and what the stand-in answers for it."""

    status: int
    retry_after: int | None
    error: str

    def answer(self) -> tuple[int, dict | str, dict | None]:
        """(HTTP status, JSON body or text, extra headers), as Slack answers this failure.

        429 answers ``{"ok": false, "error": ...}`` with a ``Retry-After`` header; 5xx answers
        the text "internal error"; any other status answers ``{"ok": false, "error": ...}``.
        """
        if self.status == 429:
            headers = {"Retry-After": self.retry_after} if self.retry_after is not None else None
            return 429, {"ok": False, "error": self.error}, headers
        if self.status >= 500:
            return self.status, "internal error", None
        return self.status, {"ok": False, "error": self.error}, None


@dataclass
class LostAnswers:
    """Every ``every``-th call is carried out, then its answer is lost ``how``."""

    how: str          # "reset" or "5xx"
    every: int
    status: int
    remaining: int | None
    seen: int = 0

    def strikes(self) -> bool:
        self.seen += 1
        if self.remaining == 0 or self.seen % self.every:
            return False
        if self.remaining is not None:
            self.remaining -= 1
        return True


class Faults:
    """Pending failures and delays, per Web API method, taken first in first out."""

    def __init__(self):
        self._faults: dict[str, collections.deque[Fault]] = collections.defaultdict(collections.deque)
        self._delays: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)
        self._lost_answers: dict[str, LostAnswers] = {}

    def fail_next(self, method: str, status: int = 429, count: int = 1, retry_after: int | None = 1,
                  error: str = "ratelimited") -> None:
        for _ in range(count):
            self._faults[method].append(Fault(status, retry_after if status == 429 else None, error))

    def fail_after_storing(self, method: str, how: str = "reset", *, every: int = 1, count: int | None = None,
                           status: int = 500) -> None:
        if how not in ("reset", "5xx"):
            raise ValueError("how is 'reset' or '5xx'")
        if every <= 0 or count == 0:
            self._lost_answers.pop(method, None)
        else:
            self._lost_answers[method] = LostAnswers(how, every, status, count)

    def delay_next(self, method: str, seconds: float, count: int = 1) -> None:
        for _ in range(count):
            self._delays[method].append(float(seconds))

    def take(self, method: str) -> tuple[float, Fault | None]:
        """The delay (0 for none) and the failure (or None) for the call to ``method`` that just came in."""
        delays = self._delays.get(method)
        delay = delays.popleft() if delays else 0.0
        faults = self._faults.get(method)
        fault = faults.popleft() if faults else None
        return delay, fault

    def answer_lost(self, method: str) -> LostAnswers | None:
        """How the answer to this call (already carried out) is lost, or None when it is not."""
        lost = self._lost_answers.get(method)
        return lost if lost is not None and lost.strikes() else None

    def clear(self) -> None:
        self._faults.clear()
        self._delays.clear()
        self._lost_answers.clear()
