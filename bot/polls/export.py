"""A poll's results as CSV, for council minutes.

Cells that a spreadsheet would run as a formula (starting = + - @) are prefixed with a quote:
question and option text is typed by anyone in the channel and ends up in Excel.
"""

from __future__ import annotations

import csv
import io

from bot.polls.model import Poll, Tally
from bot.polls.store import PollStore
from bot.core.storage import utc_iso

HEADER = ("poll_id", "kind", "question", "status", "created_at", "closed_at", "option_number", "option",
          "votes", "percent", "voters")


class ExportError(ValueError):
    """The poll cannot be exported; the message says why."""


def export_csv(store: PollStore, poll_id: int) -> str:
    poll = store.get(poll_id)
    if poll is None:
        raise ExportError(f"there is no poll {poll_id}")
    if not poll.counts_visible():
        raise ExportError(f"poll {poll_id} keeps its results hidden until it closes; export it once it has closed")
    return to_csv(poll, store.tally(poll))


def to_csv(poll: Poll, tally: Tally) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    closed = utc_iso(poll.closed_at) if poll.closed_at else ""
    for option in poll.options:
        voters = " ".join(tally.voters[option.index]) if tally.voters else ""
        writer.writerow([poll.id, poll.kind, _safe(poll.question), poll.status, utc_iso(poll.created_at), closed,
                         option.number, _safe(option.text), tally.counts[option.index],
                         tally.percent(option.index), voters])
    return out.getvalue()


def _safe(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
