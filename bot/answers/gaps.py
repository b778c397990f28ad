"""What the bot could not answer, and answers people marked not helpful.

A curator runs ``cyberbot kb gaps`` to see what to add next, most frequent first. Each
workspace's gaps are its own (``bot.core.tenancy``): what one council could not get answered is
never listed to another.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.storage import Storage, utc_iso
from bot.core.tenancy import current_team
from bot.core.text import question_key, shorten


@dataclass(frozen=True)
class Gap:
    kind: str            # "unanswered" or "not helpful"
    question: str
    count: int
    last_seen: str
    entry_id: str | None = None
    key: str = ""        # the question's normalised form: the same question asked in other words of case


class GapLog:
    def __init__(self, storage: Storage, clock):
        self.storage = storage
        self.clock = clock

    def record_unanswered(self, question: str, best_id: str | None, best_score: float) -> None:
        key = question_key(question)
        if not key:
            return
        now = utc_iso(self.clock.now())
        # One statement, not flushed (``Storage.write``): a gap is a note for curators that the
        # reply promises nobody, so it does not wait for the disk (a kill -9 loses none; an OS
        # crash may lose the last second's). An acked command's mark still goes with it, flushed.
        self.storage.write(
            "INSERT INTO unanswered (team_id, question_key, question, count, first_seen, last_seen, best_id,"
            " best_score) VALUES (?, ?, ?, 1, ?, ?, ?, ?)"
            " ON CONFLICT(team_id, question_key) DO UPDATE SET count = unanswered.count + 1, last_seen = excluded.last_seen,"
            " question = excluded.question, best_id = excluded.best_id, best_score = excluded.best_score",
            (current_team(), key, shorten(question, 500), now, now, best_id, best_score), flush=False)

    def record_feedback(self, question: str, entry_id: str | None, user_id: str, helpful: bool) -> None:
        """One vote per person per answer; voting again changes the vote."""
        key = question_key(question) or "(empty)"
        with self.storage.transaction() as tx:
            tx.execute(
                "INSERT INTO feedback (team_id, entry_id, question, question_key, user_id, helpful, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(team_id, question_key, entry_id, user_id) DO UPDATE SET helpful = excluded.helpful,"
                " at = excluded.at",
                (current_team(), entry_id, shorten(question, 500), key, user_id, int(helpful), utc_iso(self.clock.now())),
            )

    def gaps(self, limit: int = 50) -> list[Gap]:
        unanswered = [
            Gap("unanswered", r["question"], r["count"], r["last_seen"], r["best_id"], r["question_key"])
            for r in self.storage.query("SELECT * FROM unanswered WHERE team_id = ?", (current_team(),))
        ]
        unhelpful = [
            Gap("not helpful", r["question"], r["n"], r["last_seen"], r["entry_id"], r["question_key"])
            for r in self.storage.query(
                "SELECT entry_id, question_key, MAX(question) AS question, COUNT(*) AS n, MAX(at) AS last_seen"
                " FROM feedback WHERE team_id = ? AND helpful = 0 GROUP BY question_key, entry_id", (current_team(),)
            )
        ]
        everything = unanswered + unhelpful
        everything.sort(key=lambda g: (-g.count, _negated(g.last_seen)))
        return everything[:limit]


def _negated(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text)
