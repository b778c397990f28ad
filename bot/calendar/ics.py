"""The calendar as iCalendar (RFC 5545), so councils can subscribe in Outlook.

Built with the ``icalendar`` library. One all-day VEVENT per upcoming deadline or event, each
with a stable UID (its calendar key), so a subscribed calendar updates rather than duplicates.
A deadline known only to the month or year sits on its last day ("by March 2021"); an event
known only that roughly spans it; both say the exact date is not known.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from icalendar import Calendar as ICalendar
from icalendar import Event

from bot.calendar.model import Calendar, Dated

PRODID = "-//cyberbot//council cyber deadlines and events//EN"
UID_DOMAIN = "cyberbot.local"


def calendar_ics(calendar: Calendar, now: datetime, today: date) -> bytes:
    cal = ICalendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Council cyber deadlines and events")
    for item in calendar.upcoming(today):
        cal.add_component(_event(item, now))
    return cal.to_ical()


def _event(item: Dated, now: datetime) -> Event:
    event = Event()
    event.add("uid", f"{item.key.replace(':', '-')}@{UID_DOMAIN}")
    event.add("dtstamp", now)
    exact = bool(item.start.day) and (item.end is None or bool(item.end.day))
    # a deadline sits on its last day ("by March 2021" is the 31st); an event spans what is known of it
    first = item.last_day if item.kind == "deadline" else item.start.earliest()
    last = item.last_day
    event.add("dtstart", first)
    event.add("dtend", last + timedelta(days=1))
    label = "Deadline: " if item.kind == "deadline" else ""
    event.add("summary", label + item.title)
    details = [item.what] if item.what != item.title else []
    if not exact:
        details.append(f"The exact date is not known: my sources give {item.when()}.")
    if item.council_id:
        details.append("Added by the council's curators.")
    if details:
        event.add("description", "\n".join(details))
    if item.place:
        event.add("location", item.place)
    if item.link:
        event.add("url", item.link)
    event.add("transp", "TRANSPARENT")
    return event
