"""One shape for every dated thing, wherever it came from, and the calendar that merges them.

A ``Dated`` is a deadline or an event from the curated knowledge base (its date may be known
only to the month or year, as sources give it) or one a curator added (always a day).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.answers.knowledge import Entry, FuzzyDate
from bot.calendar.store import CalendarStore, CouncilDate

RECENT_PAST = 5


@dataclass(frozen=True)
class Dated:
    key: str                     # "kb:<entry id>" or "council:<row id>": stable, for buttons and UIDs
    kind: str                    # "deadline" or "event"
    title: str
    what: str                    # what is due (a deadline), or the title again
    start: FuzzyDate
    end: FuzzyDate | None = None
    place: str | None = None
    link: str | None = None
    council_id: int | None = None    # set when a curator added it
    entry_id: str | None = None      # set when it comes from the knowledge base

    @property
    def last_day(self) -> date:
        return (self.end or self.start).latest()

    @property
    def source_id(self) -> str:
        """What a reminder set for it records as its source."""
        return self.entry_id or f"council-{self.council_id}"

    def when(self) -> str:
        start, end = self.start, self.end
        if not end or end == start:
            return start.display()
        same_month = start.day and end.day and (start.year, start.month) == (end.year, end.month)
        return f"{start.day}\u2013{end.display()}" if same_month else f"{start.display()} to {end.display()}"

    def on_date(self) -> str:
        return f"on {self.start.display()}" if self.start.day else f"in {self.start.display()}"


def from_entry(entry: Entry) -> list[Dated]:
    items = []
    link = next((s.url for s in entry.sources if s.url), None)
    if entry.deadline:
        items.append(Dated(f"kb:{entry.id}", "deadline", entry.title, entry.deadline.what, entry.deadline.date,
                           link=link, entry_id=entry.id))
    if entry.event:
        items.append(Dated(f"kb:{entry.id}", "event", entry.title, entry.title, entry.event.start,
                           entry.event.end, entry.event.place, link, entry_id=entry.id))
    return items


def from_row(row: CouncilDate) -> Dated:
    day = FuzzyDate(row.day.year, row.day.month, row.day.day)
    return Dated(f"council:{row.id}", row.kind, row.title, row.title, day, link=row.link, council_id=row.id)


class Calendar:
    """The curated knowledge base's dated entries and the council's own, merged and sorted."""

    def __init__(self, kb, store: CalendarStore):
        self.kb = kb
        self.store = store

    def deadlines(self) -> list[Dated]:
        return self._merged("deadline")

    def events(self) -> list[Dated]:
        return self._merged("event")

    def _merged(self, kind: str) -> list[Dated]:
        entries = self.kb.deadlines() if kind == "deadline" else self.kb.events()
        items = [d for e in entries for d in from_entry(e) if d.kind == kind]
        items += [from_row(r) for r in self.store.live(kind)]
        order = (lambda d: (d.last_day, d.title)) if kind == "deadline" else (lambda d: (d.start.earliest(), d.title))
        return sorted(items, key=order)

    def upcoming(self, today: date) -> list[Dated]:
        """Every deadline and event still ahead (or on today), soonest first."""
        items = [d for d in self.deadlines() + self.events() if d.last_day >= today]
        return sorted(items, key=lambda d: (d.start.earliest() if d.kind == "event" else d.last_day, d.key))

    def find(self, key: str) -> Dated | None:
        for item in self.deadlines() + self.events():
            if item.key == key:
                return item
        return None


def split(items: list[Dated], today: date, recent: int = RECENT_PAST) -> tuple[list[Dated], list[Dated]]:
    """What is ahead (soonest first) and the most recent few past (latest first)."""
    ahead = [d for d in items if d.last_day >= today]
    past = [d for d in items if d.last_day < today]
    return ahead, list(reversed(past))[:recent]
