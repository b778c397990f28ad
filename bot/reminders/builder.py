"""The reminder builder: ``/cyber remind`` with nothing after it, the "New reminder" shortcut, or
"Remind me about this" on a message opens a form.

The form has what to be reminded of, a date and time picker, how often it repeats, and an
optional channel (empty: just you). ``read`` gives field errors keyed by input, or the ``When``
and target that ``ReminderCommands`` stores through the same path as a typed ``/cyber remind``;
the repeat choices are read by the same plain-English parser ("every Monday at 09:00").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from bot.core.times import When, WhenError, format_moment, parse_when, zone_info
from bot.core.forms import Choice, ConversationPicker, DatePicker, Select, Submission, TextInput, TimePicker, View
from bot.reminders.model import MAX_WHAT_CHARS

FORM = "reminder_builder"
WHAT, DAY, AT, REPEAT, CHANNEL = "what", "date", "time", "repeat", "channel"
DEFAULT_AT = time(9, 0)
REPEATS = (Choice("once", "Just once"), Choice("daily", "Every day"), Choice("weekdays", "Every weekday"),
           Choice("weekly", "Every week on that day"), Choice("monthly", "Every month on that date"))
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def form(now: datetime, zone: str, what: str = "", link: str | None = None, channel: str | None = None) -> View:
    local = now.astimezone(zone_info(zone))
    tomorrow = local.date() + timedelta(days=1)
    blocks = (
        TextInput(WHAT, "Remind me to", initial=what[:MAX_WHAT_CHARS] or None, multiline=True,
                  max_length=MAX_WHAT_CHARS, placeholder="submit the stocktake",
                  hint="A link to the message is added for you." if link else None),
        DatePicker(DAY, "On", initial=tomorrow, optional=False),
        TimePicker(AT, "At", initial=f"{DEFAULT_AT:%H:%M}", optional=False, hint=f"Times are in {zone}."),
        Select(REPEAT, "Repeat", REPEATS, initial="once"),
        ConversationPicker(CHANNEL, "Remind a channel instead", initial=channel, optional=True,
                           hint="Leave empty to be reminded yourself, by direct message."),
    )
    return View(title="New reminder", blocks=blocks, callback_id=FORM, submit="Set reminder",
                metadata=json.dumps({"link": link} if link else {}))


@dataclass(frozen=True)
class Built:
    what: str
    when: When
    channel: str | None


def read(submission: Submission, now: datetime, zone: str) -> Built | dict[str, str]:
    errors: dict[str, str] = {}
    what = submission.text(WHAT)
    link = _link(submission.metadata)
    if link and link not in what:
        what = f"{what} ({link})" if what else link
    if not what:
        errors[WHAT] = "Say what to remind you about."
    elif len(what) > MAX_WHAT_CHARS:
        errors[WHAT] = f"That's {len(what):,} characters; I can keep {MAX_WHAT_CHARS:,}. A link works well."
    day = at = None
    try:
        day = date.fromisoformat(submission.text(DAY))
    except ValueError:
        shown = submission.text(DAY)[:20]
        errors[DAY] = f"{shown} isn't a date that exists; pick one from the calendar." if shown else "Pick a date."
    try:
        hour, minute = (int(part) for part in submission.text(AT).split(":")[:2])
        at = time(hour, minute)
    except ValueError:
        errors[AT] = "Pick a time."
    repeat = (submission.chosen(REPEAT) or ["once"])[0]
    when = None
    if day is not None and at is not None:
        try:
            when = _when(day, at, repeat, now, zone)
        except WhenError as exc:
            errors[AT] = exc.message[:150]
        if when is None and AT not in errors:
            local_now = now.astimezone(zone_info(zone))
            errors[DAY if day < local_now.date() else AT] = (
                f"That's in the past (it's {format_moment(now, zone)} now); pick a later time.")
    if errors:
        return errors
    return Built(what, when, submission.text(CHANNEL) or None)


def _when(day: date, at: time, repeat: str, now: datetime, zone: str) -> When | None:
    """When the reminder goes off; None when that is already past. Repeats use the typed-text parser."""
    tz = zone_info(zone)
    moment = datetime.combine(day, at, tzinfo=tz).astimezone(timezone.utc)
    if repeat == "once":
        if moment <= now:
            return None
        return When(first=moment, rule=None, zone=zone, text=format_moment(moment, zone))
    text = {"daily": "every day", "weekdays": "every weekday", "weekly": f"every {_DAY_NAMES[day.weekday()]}",
            "monthly": f"every month on the {day.day}{_suffix(day.day)}"}.get(repeat, "every day")
    # Read from just before the chosen day, so the first time is on it (or the next that fits).
    start = max(now, datetime.combine(day, time(0), tzinfo=tz).astimezone(timezone.utc) - timedelta(seconds=1))
    return parse_when(f"{text} at {at:%H:%M}", start, zone)


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _link(metadata: str) -> str | None:
    try:
        data = json.loads(metadata) if metadata else {}
    except ValueError:
        return None
    link = data.get("link") if isinstance(data, dict) else None
    return link if isinstance(link, str) and link.startswith("https://") else None
