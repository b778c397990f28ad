"""Asking the answer engine as a user would, for tests: one line that says what must come back.

Most answer tests are "this question is answered, with this fact" or "this question is declined,
and the reply names what the sources do not hold"; a failure shows the reply itself.
"""

from __future__ import annotations

from datetime import datetime, timezone

# The day the question sets in tests/data were written: scored on it, "last year's" and "the next
# deadline" are read as their writers meant, whatever day the tests run.
SETS_WRITTEN = datetime(2026, 11, 30, 12, tzinfo=timezone.utc)


def assert_answers(answerer, question: str, *facts: str) -> None:
    """``question`` is answered, and the answer holds every one of ``facts``."""
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and all(fact in answer.text for fact in facts), answer.text


def assert_declines(answerer, question: str, *words: str) -> None:
    """``question`` is declined, and the reply names every one of ``words`` (what it does not hold)."""
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered and all(word in answer.text for word in words), answer.text
