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
SERIES_HEADER = HEADER + ("series_id",)


class ExportError(ValueError):
    """The poll cannot be exported; the message says why."""


def export_csv(store: PollStore, poll_id: int) -> str:
    poll = store.get(poll_id)
    if poll is None:
        raise ExportError(f"there is no poll {poll_id}")
    if not poll.counts_visible():
        raise ExportError(f"poll {poll_id} keeps its results hidden until it closes; export it once it has closed")
    return to_csv(poll, store.tally(poll))


def export_series_csv(store: PollStore, series_store, series_id: int) -> str:
    """Every occurrence of a recurring series, one block of rows each, oldest first. Occurrences
    whose results are still hidden (open, ``hidden``) are left out until they close."""
    series = series_store.get(series_id)
    if series is None:
        raise ExportError(f"there is no recurring poll series {series_id}")
    polls = [store.get(i) for i in series_store.poll_ids(series_id)]
    shown = [(p, store.tally(p)) for p in polls if p is not None and p.counts_visible()]
    return to_csv_rows(shown, with_series=True)


def to_csv(poll: Poll, tally: Tally) -> str:
    return to_csv_rows([(poll, tally)])


def to_csv_rows(rows: list[tuple[Poll, Tally]], with_series: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SERIES_HEADER if with_series else HEADER)
    for poll, tally in rows:
        closed = utc_iso(poll.closed_at) if poll.closed_at else ""
        for option in poll.options:
            voters = " ".join(tally.voters[option.index]) if tally.voters else ""
            row = [poll.id, poll.kind, _safe(poll.question), poll.status, utc_iso(poll.created_at), closed,
                   option.number, _safe(option.text), tally.counts[option.index], tally.percent(option.index), voters]
            writer.writerow(row + [poll.series_id] if with_series else row)
    return out.getvalue()


def _safe(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
