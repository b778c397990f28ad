"""What the answerability check hands back: a ``Constraint`` read from a question, and the ``Verdict``
on one entry.

The answerer keeps both (``bot.answers.answerer``), so they are plain frozen values that the
reading, checking and reason-writing parts all share without depending on one another.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Constraint:
    kind: str        # when: year, year-either, month, day, date, after, before, which-year, which-month, first, next, present;
                     # where and who: place, place-year, councils, councils-in (a nation's), name, role, role-of, head-of, runs-of, sequence,
                     # succession, before-thing, before-of, after-thing, after-leaving; how many: figure, figure-scale, figure-of,
                     # figure-either, count, exact-count, each; how often: frequency; what: detail ("the supplier"), deed ("who spoke"),
                     # began ("when did X start at Y"), about ("say about Y"), kind ("which company"), disclaimed; claims: post,
                     # deed-of, done-by, done-at, deed-year, year-of, at-body, first-of, name-given, denied, literal; how a plan
                     # turned out: outcome; who it is for: sector; opinion; advice ("should we"); alternatives: either
    value: str = ""  # the year, the place, the counted thing...
    # "either" (alternatives offered for one slot: "Jo says Manchester, Sam says Liverpool"): the constraints
    # of each alternative, met when all of one alternative's are; ``value`` is the alternatives as shown.
    options: tuple[tuple[Constraint, ...], ...] = ()


@dataclass(frozen=True)
class Verdict:
    ok: bool
    unmet: tuple[Constraint, ...] = ()
    reason: str = ""           # the specific sentence for the reply when not ok

    @property
    def met(self) -> int:
        return 0 if self.unmet else 1
