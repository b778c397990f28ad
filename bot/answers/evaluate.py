"""Scoring the answer engine on a question file (``cyberbot eval``).

Each item has ``q`` and ``expect``: either ``abstain`` or a list of strings that must all
appear, case-insensitively, in the answer (``a|b`` accepts either). The figures printed are
the ones the team tracks: answerable accuracy, abstention accuracy, the confidently wrong
rate (of all questions, the share given a wrong answer or one that should have been a
decline), the false-answer rate (the same, of the answers given) and latency. Misses are
grouped by kind, because each kind has a different cure: wrongly declined (too strict),
wrongly answered (too loose) and answered from the wrong entry (ranking).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.answers.answerer import Answerer


class EvalFileError(ValueError):
    pass


@dataclass
class Outcome:
    question: str
    expect: list[str] | None    # None: should abstain
    answered: bool
    correct: bool
    entry_id: str | None
    seconds: float
    missing: list[str]


@dataclass
class Report:
    outcomes: list[Outcome]

    def _of(self, abstain: bool) -> list[Outcome]:
        return [o for o in self.outcomes if (o.expect is None) == abstain]

    @property
    def answerable_accuracy(self) -> float:
        items = self._of(abstain=False)
        return sum(o.correct for o in items) / len(items) if items else 1.0

    @property
    def abstention_accuracy(self) -> float:
        items = self._of(abstain=True)
        return sum(o.correct for o in items) / len(items) if items else 1.0

    @property
    def confidently_wrong_rate(self) -> float:
        """Of all questions, the share answered wrongly or answered when it should have been declined."""
        wrong = [o for o in self.outcomes if o.answered and not o.correct]
        return len(wrong) / len(self.outcomes) if self.outcomes else 0.0

    def misses_of(self, kind: str) -> list[Outcome]:
        """``declined`` (should have answered), ``answered`` (should have declined), ``wrong-entry``."""
        return [o for o in self.misses if miss_kind(o) == kind]

    @property
    def false_answer_rate(self) -> float:
        """Of the answers the bot gave, the share that were wrong or should not have been given."""
        answered = [o for o in self.outcomes if o.answered]
        return sum(not o.correct for o in answered) / len(answered) if answered else 0.0

    def latency_ms(self, pct: float) -> float:
        times = sorted(o.seconds * 1000 for o in self.outcomes)
        if not times:
            return 0.0
        if len(times) == 1:
            return times[0]
        return statistics.quantiles(times, n=100, method="inclusive")[int(pct) - 1]

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]


MISS_KINDS = (("declined", "wrongly declined"), ("answered", "wrongly answered (should decline)"),
              ("wrong-entry", "answered with the wrong entry"))


def miss_kind(outcome: Outcome) -> str:
    if outcome.expect is None:
        return "answered"
    return "wrong-entry" if outcome.answered else "declined"


def load_questions(path: str | Path) -> list[tuple[str, list[str] | None]]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise EvalFileError(f"{path} is not valid YAML: {exc}") from None
    if not isinstance(data, list):
        raise EvalFileError(f"{path} must be a YAML list of items with `q` and `expect`")
    items = []
    for number, item in enumerate(data, 1):
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or "expect" not in item:
            raise EvalFileError(f"{path}: item {number} needs `q` (text) and `expect`")
        expect = item["expect"]
        if expect == "abstain":
            items.append((item["q"], None))
        elif isinstance(expect, list) and expect and all(isinstance(e, (str, int, float)) for e in expect):
            items.append((item["q"], [str(e) for e in expect]))
        else:
            raise EvalFileError(f"{path}: item {number}: `expect` must be `abstain` or a list of strings")
    return items


def run(answerer: Answerer, items: list[tuple[str, list[str] | None]]) -> Report:
    outcomes = []
    for question, expect in items:
        started = time.perf_counter()
        answer = answerer.answer(question, record_gap=False)
        seconds = time.perf_counter() - started
        if expect is None:
            outcomes.append(Outcome(question, None, answer.answered, not answer.answered,
                                    answer.entry.id if answer.entry else None, seconds, []))
            continue
        text = answer.text.lower()
        missing = [e for e in expect if not any(alt.strip().lower() in text for alt in e.split("|"))]
        outcomes.append(Outcome(question, expect, answer.answered, answer.answered and not missing,
                                answer.entry.id if answer.entry else None, seconds, missing))
    return Report(outcomes)


def format_report(report: Report, targets: tuple[float, float] = (0.90, 0.90)) -> str:
    answerable = len(report._of(abstain=False))
    abstain = len(report._of(abstain=True))
    lines = [
        f"questions: {len(report.outcomes)} ({answerable} answerable, {abstain} should abstain)",
        f"answerable accuracy: {report.answerable_accuracy:.1%} (target >= {targets[0]:.0%})",
        f"abstention accuracy: {report.abstention_accuracy:.1%} (target >= {targets[1]:.0%})",
        f"confidently wrong:   {report.confidently_wrong_rate:.1%} of all questions got a wrong answer",
        f"false-answer rate:   {report.false_answer_rate:.1%} of answers given were wrong or should have been abstentions",
        f"latency: p50 {report.latency_ms(50):.2f} ms, p99 {report.latency_ms(99):.2f} ms",
    ]
    if not report.misses:
        lines.append("misses: none")
        return "\n".join(lines)
    lines.append(f"misses ({len(report.misses)}):")
    for kind, label in MISS_KINDS:
        group = report.misses_of(kind)
        if not group:
            continue
        lines.append(f"  {label} ({len(group)}):")
        for miss in group:
            if kind == "answered":
                lines.append(f"  - answered with {miss.entry_id}: {miss.question}")
            elif kind == "declined":
                lines.append(f"  - declined (best {miss.entry_id}): {miss.question}")
            else:
                lines.append(f"  - answered {miss.entry_id}, missing {miss.missing}: {miss.question}")
    return "\n".join(lines)
