"""Whether an answer's facts may have gone stale, said in one short line.

An entry's facts date from its ``as_of`` (else its newest dated source). Once that is older
than the knowledge base's ``stale_after_months``, or the entry is past its ``review_by``, the
answer says so ("As of May 2018; this may have changed"). Events and deadlines are dated
history and are left alone. ``stale`` lists what a curator should look at, by owner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.answers.knowledge import Entry, KnowledgeBase

UNOWNED = "(no owner)"


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def past_review(entry: Entry, today: date) -> bool:
    return entry.review_by is not None and entry.review_by.latest() < today


def too_old(entry: Entry, today: date, stale_after_months: int) -> bool:
    when = entry.facts_date()
    return when is not None and months_between(when.latest(), today) >= stale_after_months


def freshness_line(entry: Entry, today: date, stale_after_months: int) -> str | None:
    """The one short line an answer carries when its facts may have changed, else None."""
    if entry.event or entry.deadline or entry.unknown:
        return None
    when = entry.facts_date()
    if past_review(entry, today):
        since = f"As of {when.month_display()}; " if when else ""
        return f"{since}this was due for review in {entry.review_by.month_display()} and may have changed."
    if too_old(entry, today, stale_after_months):
        return f"As of {when.month_display()}; this may have changed."
    return None


@dataclass(frozen=True)
class StaleEntry:
    entry: Entry
    reason: str


def stale(kb: KnowledgeBase, today: date) -> dict[str, list[StaleEntry]]:
    """Entries past ``review_by`` (or, without one, older than the age limit), grouped by owner."""
    out: dict[str, list[StaleEntry]] = {}
    for entry in kb.entries:
        if entry.unknown or entry.event or entry.deadline:
            continue
        if past_review(entry, today):
            reason = f"review was due {entry.review_by.display()}"
        elif entry.review_by is None and too_old(entry, today, kb.stale_after_months):
            reason = f"facts as of {entry.facts_date().month_display()}, no review date"
        else:
            continue
        out.setdefault(entry.owner or UNOWNED, []).append(StaleEntry(entry, reason))
    return dict(sorted(out.items(), key=lambda kv: (kv[0] == UNOWNED, kv[0])))
