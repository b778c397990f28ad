"""What the stand-in Slack saw, and the one lock every record is kept under.

The stand-in's HTTP threads, its WebSocket loop and the test's own thread all read and write
these records at once; one ``Ledger`` (a re-entrant condition variable) guards them all, and
its ``wait`` is how a test blocks until something arrives instead of sleeping.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable


class Ledger:
    """One lock and condition for every record; ``wait`` blocks until a predicate holds."""

    def __init__(self):
        self.cond = threading.Condition(threading.RLock())
        self.stopping = threading.Event()

    def notify(self) -> None:
        with self.cond:
            self.cond.notify_all()

    def wait(self, predicate: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self.cond:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.stopping.is_set():
                    return bool(predicate())
                # Records notify the condition; the short cap re-checks predicates
                # about state the stand-in does not own.
                self.cond.wait(min(remaining, 0.05))
            return True


class Headers(dict):
    """A dict of request headers whose look-ups ignore case ("Authorization" or "authorization")."""

    def __init__(self, items=()):
        super().__init__((str(k).lower(), v) for k, v in items)

    def __getitem__(self, key):
        return super().__getitem__(str(key).lower())

    def __contains__(self, key):
        return super().__contains__(str(key).lower())

    def get(self, key, default=None):
        return super().get(str(key).lower(), default)


@dataclass
class Call:
    """One Web API call as the stand-in received it.

    ``failed_status`` is the HTTP status of a failure injected with
    ``fail_next`` (or 499 when a ``delay_next`` outlasted the client, which hung
    up before the answer); None when the stand-in answered normally — which
    includes ``{"ok": false, ...}`` API errors such as ``not_in_channel``.
    ``response`` is the JSON the stand-in answered with (None for failures).
    ``lost_answer`` marks a call from ``fail_after_storing``: it was carried out
    (a post is stored and shows in history) but the client got a reset
    (``failed_status`` 0) or a 5xx (``failed_status`` that status) instead.
    """

    method: str
    params: dict
    headers: dict
    at: float
    failed_status: int | None = None
    delayed: float = 0.0
    lost_answer: str | None = None  # "reset" or "5xx": carried out, but the answer was lost
    answered: bool = True
    response: dict | None = None

    @property
    def token(self) -> str | None:
        auth = self.headers.get("authorization") or ""
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        token = self.params.get("token")
        return token if isinstance(token, str) else None

    @property
    def ok(self) -> bool:
        """True when the call was answered normally with ``"ok": true``."""
        return self.failed_status is None and bool(self.response and self.response.get("ok"))


@dataclass
class Response:
    """One POST the bot made to a response_url."""

    url: str
    body: dict
    at: float
    headers: dict = field(default_factory=dict)
