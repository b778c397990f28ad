"""Plain-English times ("tomorrow 9am", "every weekday at 8:30") for reminders and polls.

One-off times go through dateparser, configured for British dates ("04/08" is 4 August) and the
person's own time zone. Recurring times ("every ...") use a small, strict phrase reader that
writes an RFC 5545 RRULE, which dateutil.rrule evaluates in *local wall-clock time*: a weekly
09:00 reminder stays at 09:00 in London on both sides of a clock change, because occurrences
are computed as naive local times and only then given the zone's offset for that day.

The reader is strict on purpose: ``split_when_what`` finds the WHEN inside "WHEN WHAT" or
"WHAT WHEN" by trying spans of words, so a phrase that swallowed stray words would eat part of
the reminder's text.

dateparser is imported inside the functions that need it: it is slow to import, and commands
such as ``cyberbot ask`` never need it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core import regexes
from bot.core.text import escape_mrkdwn

DEFAULT_HOUR = 9           # "tomorrow" or "every Monday" with no time means 09:00, as Slack does
MAX_AHEAD_DAYS = 366 * 10  # further than this is almost certainly a typo
MAX_WHEN_WORDS = 12        # the longest WHEN phrase split_when_what will try

EXAMPLES = ('"tomorrow 9am", "in 2 hours", "31 July at 10:00", "next Friday", '
            '"every Monday at 9am", "every weekday at 8:30", "every month on the 1st"')


class WhenError(ValueError):
    """A time we could not use; the message is safe to show the person as it is (what they typed
    is escaped with ``escape_mrkdwn`` before it is quoted back)."""

    def __init__(self, message: str, understood: bool = True):
        super().__init__(message)
        self.message = message
        self.understood = understood   # False: not a time at all; True: a time we cannot use


class Refused(WhenError):
    """A phrase that clearly names a time we will not guess about (31/02, a time gone today):
    ``split_when_what`` stops there rather than finding a shorter time inside it."""


class ImpossibleDate(Refused):
    """A date that does not exist (31/02): refused outright, never read as some other date."""


@dataclass(frozen=True)
class When:
    first: datetime          # aware UTC: the first occurrence
    rule: str | None         # RRULE (without DTSTART) for recurrence, in local wall-clock time
    zone: str                # the IANA zone the rule is evaluated in
    text: str                # what was understood, for restating to the person

    @property
    def recurring(self) -> bool:
        return self.rule is not None

    def next_after(self, moment: datetime) -> datetime | None:
        """The first occurrence strictly after ``moment`` (aware), or None when there is none."""
        return next_occurrence(self.first, self.rule, self.zone, moment)


# -- formatting ---------------------------------------------------------------------------------

def zone_info(zone: str | None) -> ZoneInfo:
    """The zone, or UTC when a profile carries a name this machine does not know."""
    try:
        return ZoneInfo(zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def format_moment(moment: datetime, zone: str) -> str:
    """ "Thu 31 Jul 2025 at 10:00 BST": how every reply restates a time."""
    local = moment.astimezone(zone_info(zone))
    return f"{local:%a} {local.day} {local:%b %Y} at {local:%H:%M} {local.tzname()}"


def format_clock(moment: datetime, zone: str) -> str:
    local = moment.astimezone(zone_info(zone))
    return f"{local:%H:%M}"


FAR_AHEAD_DAYS = 183   # further ahead than about six months, a date is restated with its year


def relative_day(target: date, today: date) -> str:
    """ "today", "in 3 days", "in 5 weeks", "in 7 months, Jun 2027", "in 4 years, Dec 2030".

    Counting days stops being useful after a fortnight: nobody pictures "in 1492 days".
    """
    days = (target - today).days
    if days < 0:
        return "past"
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days < 14:
        return f"in {days} days"
    if days < 60:
        return f"in {days // 7} weeks"
    months = (target.year - today.year) * 12 + target.month - today.month - (target.day < today.day)
    month_year = f"{target:%b} {target.year}"
    if months < 12:
        return f"in {months} month{'s' if months != 1 else ''}, {month_year}"
    years = months // 12
    return f"in {years} year{'s' if years != 1 else ''}, {month_year}"


def far_note(moment: datetime, now: datetime, zone: str) -> str:
    """ " (in 11 months, Oct 2027)" for a time over six months ahead, else ""."""
    if moment - now <= timedelta(days=FAR_AHEAD_DAYS):
        return ""
    tz = zone_info(zone)
    return f" ({relative_day(moment.astimezone(tz).date(), now.astimezone(tz).date())})"


# -- recurrence -------------------------------------------------------------------------------------

def next_occurrence(first: datetime, rule: str | None, zone: str, moment: datetime) -> datetime | None:
    """Evaluate ``rule`` anchored at ``first`` in local wall-clock time; the next one after ``moment``."""
    if moment.tzinfo is None:
        raise ValueError("next_occurrence needs an aware moment")
    if rule is None:
        return first if first > moment else None
    from dateutil.rrule import rrulestr

    tz = zone_info(zone)
    start = first.astimezone(tz).replace(tzinfo=None)
    local_moment = moment.astimezone(tz).replace(tzinfo=None)
    found = rrulestr(rule, dtstart=start).after(local_moment, inc=False)
    while found is not None:
        aware = found.replace(tzinfo=tz).astimezone(timezone.utc)
        if aware > moment:
            return aware
        # around a clock change a local time can map to a UTC instant not after ``moment``
        found = rrulestr(rule, dtstart=start).after(found, inc=False)
    return None


_DAYS = {
    "monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
    "saturday": "SA", "sunday": "SU",
}
_DAY_ALIASES = {
    **{name: code for name, code in _DAYS.items()},
    **{name + "s": code for name, code in _DAYS.items()},
    "mon": "MO", "tue": "TU", "tues": "TU", "wed": "WE", "weds": "WE", "thu": "TH", "thur": "TH",
    "thurs": "TH", "fri": "FR", "sat": "SA", "sun": "SU",
}
_DAY_NAMES = {code: name.capitalize() for name, code in _DAYS.items()}
_DAY_ORDER = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
_MONTHS = {
    name: number for number, name in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"], start=1)
}
_MONTHS.update({name[:3]: number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "other": 2}
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"

_TIME = regexes.compile(
    r"(?:\bat\s+)?\b(?:(?P<noon>noon|midday)|(?P<midnight>midnight)|"
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?)(?![\w/])"
)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _take_time(text: str) -> tuple[str, time | None]:
    """Pull "at 9am" / "8:30" / "noon" out of a recurrence phrase; the rest, and the time."""
    for match in _TIME.finditer(text):
        if match.group("noon"):
            found = time(12, 0)
        elif match.group("midnight"):
            found = time(0, 0)
        else:
            has_at = match.group(0).lstrip().startswith("at")
            if not (match.group("m") or match.group("ampm") or has_at):
                continue  # a bare number is a day ("the 1st", "every 2 weeks"), not a time
            hour, minute = int(match.group("h")), int(match.group("m") or 0)
            ampm = (match.group("ampm") or "").replace(".", "")
            if ampm and not 1 <= hour <= 12:
                raise WhenError(f"I couldn't read the time \u201c{match.group(0).strip()}\u201d. "
                                "Try e.g. \u201cat 9am\u201d or \u201cat 17:30\u201d.")
            if ampm == "pm" and hour != 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            if hour > 23 or minute > 59:
                raise WhenError(f"\u201c{match.group(0).strip()}\u201d isn't a time of day. "
                                "Try e.g. \u201cat 9am\u201d or \u201cat 17:30\u201d.")
            found = time(hour, minute)
        rest = (text[:match.start()] + " " + text[match.end():])
        return " ".join(rest.split()), found
    return text, None


def _day_list(words: str) -> list[str] | None:
    parts = [p for p in re.split(r"\s*(?:,|\band\b|&|\+)\s*", words.strip()) if p]
    codes = []
    for part in parts:
        code = _DAY_ALIASES.get(part)
        if code is None:
            return None
        if code not in codes:
            codes.append(code)
    return sorted(codes, key=_DAY_ORDER.index) if codes else None


def _days_text(codes: list[str]) -> str:
    names = [_DAY_NAMES[c] for c in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _parse_recurrence(body: str, local_now: datetime) -> tuple[str, str] | None:
    """``body`` is what follows "every", with the time removed: (RRULE parts, description) or None."""
    body = body.strip().rstrip(".")
    match = re.fullmatch(r"(?:(\d+|one|two|three|four|five|six|other)\s+)?(\w+)(?:\s+(?:on\s+)?(.*))?", body)
    if not match:
        return None
    count_word, unit, rest = match.group(1), match.group(2), (match.group(3) or "").strip()
    interval = 1
    if count_word:
        interval = _NUMBER_WORDS.get(count_word) or int(count_word)
        if interval < 1 or interval > 52:
            return None
    every = "every" if interval == 1 else ("every other" if count_word == "other" else f"every {interval}")
    other = count_word == "other"

    if unit in ("day", "days", "daily") and not rest:
        plural = "day" if interval == 1 or other else "days"
        return f"FREQ=DAILY;INTERVAL={interval}", f"{every} {plural}"
    if unit in ("weekday", "weekdays", "workday", "workdays", "working") and interval == 1:
        if rest not in ("", "day", "days"):
            return None
        return "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "every weekday (Monday to Friday)"
    if unit in ("weekend", "weekends") and interval == 1 and not rest:
        return "FREQ=WEEKLY;BYDAY=SA,SU", "every Saturday and Sunday"
    if unit in ("week", "weeks", "weekly"):
        codes = _day_list(rest) if rest else [_DAY_ORDER[local_now.weekday()]]
        if not codes:
            return None
        plural = "week" if interval == 1 or other else "weeks"
        return (f"FREQ=WEEKLY;INTERVAL={interval};BYDAY={','.join(codes)}",
                f"{every} {plural} on {_days_text(codes)}")
    if unit in _DAY_ALIASES:
        codes = _day_list(f"{unit} {rest}".replace(" and ", ",").replace(" ", ",").strip(",")) \
            if rest else [_DAY_ALIASES[unit]]
        if not codes:
            return None
        return (f"FREQ=WEEKLY;INTERVAL={interval};BYDAY={','.join(codes)}",
                f"{every} {_days_text(codes)}" if interval == 1 or other else f"{every} weeks on {_days_text(codes)}")
    if unit in ("month", "months", "monthly"):
        plural = "month" if interval == 1 or other else "months"
        if not rest:
            day = local_now.day
        else:
            last = re.fullmatch(r"(?:the\s+)?last\s+day(?:\s+of\s+the\s+month)?", rest)
            if last:
                return f"FREQ=MONTHLY;INTERVAL={interval};BYMONTHDAY=-1", f"{every} {plural} on the last day"
            nth = re.fullmatch(r"(?:the\s+)?" + _ORDINAL + r"(?:\s+day)?(?:\s+of\s+the\s+month)?", rest)
            if not nth:
                return None
            day = int(nth.group(1))
        if not 1 <= day <= 31:
            return None
        if day <= 28:
            return f"FREQ=MONTHLY;INTERVAL={interval};BYMONTHDAY={day}", f"{every} {plural} on the {_ordinal(day)}"
        # the 29th-31st fall back to the month's last day rather than skipping short months
        days = ",".join(str(d) for d in range(28, day + 1))
        return (f"FREQ=MONTHLY;INTERVAL={interval};BYMONTHDAY={days};BYSETPOS=-1",
                f"{every} {plural} on the {_ordinal(day)} (or the month's last day, if sooner)")
    if unit in ("year", "years", "yearly", "annually"):
        plural = "year" if interval == 1 or other else "years"
        found = _day_month(rest) if rest else (local_now.day, local_now.month)
        if not found:
            return None
        day, month = found
        return (f"FREQ=YEARLY;INTERVAL={interval};BYMONTH={month};BYMONTHDAY={day}",
                f"{every} {plural} on {day} {date(2000, month, 1):%B}")
    return None


def _day_month(text: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"(?:the\s+)?" + _ORDINAL + r"(?:\s+of)?\s+([a-z]+)", text) \
        or re.fullmatch(r"([a-z]+)\s+(?:the\s+)?" + _ORDINAL, text)
    if not match:
        return None
    a, b = match.groups()
    day, month_name = (a, b) if a.isdigit() else (b, a)
    month = _MONTHS.get(month_name)
    if not month:
        return None
    try:
        date(2000, month, int(day))
    except ValueError:
        return None
    return int(day), month


_SUB_DAILY = regexes.compile(r"^(?:\d+\s+|other\s+)?(?:second|seconds|minute|minutes|min|mins|hour|hours|hr|hrs|hourly)\b")


def _parse_every(text: str, now: datetime, zone: str) -> When:
    tz = zone_info(zone)
    local_now = now.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)
    body = text[len("every"):].strip()
    if _SUB_DAILY.match(body):
        raise WhenError("I can repeat reminders every day at most, not every few minutes or hours. "
                        "Try e.g. \u201cevery day at 9am\u201d or \u201cevery weekday at 8:30\u201d.")
    body, at = _take_time(body)
    parsed = _parse_recurrence(body, local_now)
    if parsed is None:
        raise WhenError(
            f"I couldn't work out how often from \u201c{escape_mrkdwn(text)}\u201d. "
            "Try e.g. \u201cevery Monday at 9am\u201d, "
            "\u201cevery weekday at 8:30\u201d, \u201cevery month on the 1st\u201d "
            "or \u201cevery 2 weeks on Thursday\u201d.",
            understood=False,
        )
    parts, described = parsed
    at = at or time(DEFAULT_HOUR, 0)
    rule = f"{parts};BYHOUR={at.hour};BYMINUTE={at.minute};BYSECOND=0"
    # The first occurrence is the next matching day (ignoring the interval), so "every 2 weeks on
    # Thursday" said on a Thursday afternoon starts next week, not in a fortnight.
    from dateutil.rrule import rrulestr

    first_rule = re.sub(r"INTERVAL=\d+;?", "", rule).rstrip(";")
    first_local = rrulestr(first_rule, dtstart=local_now).after(local_now, inc=False)
    if first_local is None:
        raise WhenError(f"\u201c{escape_mrkdwn(text)}\u201d never happens. "
                        "Try e.g. \u201cevery month on the 1st\u201d.")
    first = first_local.replace(tzinfo=tz).astimezone(timezone.utc)
    if first <= now:  # a local time skipped by a clock change
        first = next_occurrence(first, rule, zone, now) or first
    return When(first=first, rule=rule, zone=zone, text=f"{described} at {at:%H:%M}")


# -- one-off times ----------------------------------------------------------------------------------

_BARE_AT = regexes.compile(r"\bat\s+(\d{1,2})(?![\d:.]|\s*(?:am|pm|a\.m\.|p\.m\.))\b")
_RELATIVE = regexes.compile(
    r"^(?:in\s+)?(?:an?|\d+|one|two|three|four|five|ten|twenty|thirty)\s+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?)\b"
    r"(?:\s+(?:from\s+now|time))?$"
)
_DATEISH = regexes.compile(
    r"\d{1,2}[:./]\d{1,2}|\d\s*(?:am|pm)\b|\b(?:today|tonight|tomorrow|noon|midday|midnight|next|this|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|"
    r"oct|october|nov|november|dec|december|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"morning|afternoon|evening|every|yesterday|last)\b"
)
_BARE_TIME_WORDS = regexes.compile(r"\b(?:at|am|pm|noon|midday|midnight|a\.m\.|p\.m\.)\b")
_FILLERS = {"the", "a", "an", "to", "and", "of", "on", "at", "for", "by", "in", "from", "with", "&", "-", ","}


def _normalise(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split()).lower().rstrip(".!")
    text = re.sub(r"^(?:on|at)\s+", "", text)
    return _BARE_AT.sub(r"at \1:00", text)


def _is_bare_time(text: str) -> bool:
    """ "9am" or "at 17:30" with no day named."""
    return not re.search(r"[a-z]", _BARE_TIME_WORDS.sub("", text))


def _dateparser_settings(now: datetime, zone: str) -> dict:
    tz = zone_info(zone)
    return {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "future",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": str(tz.key),
        "TO_TIMEZONE": str(tz.key),
        "RELATIVE_BASE": now.astimezone(tz).replace(tzinfo=None),
        "RETURN_TIME_AS_PERIOD": True,
    }


_ELAPSED = regexes.compile(r"^(?:in\s+)?(\d{1,6}|an?|one|two|three|four|five|ten|twenty|thirty)\s+"
                      r"(seconds?|secs?|minutes?|mins?|hours?|hrs?)$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600}


def _elapsed(text: str, now: datetime) -> datetime | None:
    """ "in 2 hours" is two hours of elapsed time, even across a clock change (dateparser adds
    wall-clock time, which makes it three hours on the night the clocks go back)."""
    match = _ELAPSED.match(text)
    if not match:
        return None
    count, unit = match.groups()
    number = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "twenty": 20,
              "thirty": 30}.get(count) or int(count)
    return now.replace(microsecond=0) + timedelta(seconds=number * _UNIT_SECONDS[unit[0]])


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_NUMERIC_DATE = regexes.compile(r"(?<![\d/.\-])(\d{1,2})[/\-](\d{1,2})(?:[/\-](\d{4}|\d{2}))?(?![\d/\-])")
_NAMED_DATE = regexes.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\b(?:\s+(\d{4})\b)?"
                         r"|\b([a-z]+)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?")


def _days_in(month: int, year: int | None) -> int:
    if month == 2:
        if year is None:
            return 29
        return 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _impossible(shown: str, day: int, month: int, year: int | None) -> ImpossibleDate:
    name = _MONTH_NAMES[month - 1]
    most = _days_in(month, year if month != 2 or year is not None else 2001)
    if month == 2 and year is None:
        length = "February has 28 days (29 in a leap year)" if day > 29 else "February has 29 days only in a leap year"
    elif month == 2 and most == 28:
        length = f"February {year} has 28 days ({year} isn't a leap year)"
    else:
        length = f"{name} has {most} days"
    after = date(2001 if year is None else year, month % 12 + 1, 1) if month != 12 else None
    hint = f"Did you mean {most} {name}" + (f", or {after.day} {_MONTH_NAMES[after.month - 1]}?" if after else "?")
    return ImpossibleDate(f"\u201c{escape_mrkdwn(shown)}\u201d isn't a real date: {length}. {hint}")


def check_real_date(text: str) -> None:
    """Refuse a date that does not exist (31/02, 31 April) with the reason, rather than letting a
    date parser quietly read it as some other day."""
    for match in _NUMERIC_DATE.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        year = match.group(3)
        year = (int(year) + 2000 if len(year) == 2 else int(year)) if year else None
        if day == 0 or month == 0:
            raise ImpossibleDate(f"\u201c{escape_mrkdwn(match.group(0))}\u201d isn't a real date: days and months "
                                 "start at 1. Try e.g. \u201c31/07 at 10am\u201d (31 July).")
        if 12 < month <= 31 and day <= 31:
            raise ImpossibleDate(
                f"\u201c{escape_mrkdwn(match.group(0))}\u201d isn't a date I can read: I read dates day first "
                f"(31/07 is 31 July), and there is no month {month}. Try e.g. \u201c{day} July at 10am\u201d.")
        if month <= 12 and day > _days_in(month, year) and day <= 31:
            raise _impossible(match.group(0), day, month, year)
    for match in _NAMED_DATE.finditer(text):
        if match.group(1):
            day, month_word, year = match.group(1), match.group(2), match.group(3)
        else:
            month_word, day, year = match.group(4), match.group(5), match.group(6)
        month = _MONTHS.get(month_word)
        if not month:
            continue
        day, year = int(day), int(year) if year else None
        if 1 <= day <= 31 and day > _days_in(month, year):
            raise _impossible(match.group(0), day, month, year)


_SPECIAL_DAY = regexes.compile(
    r"^(?:by\s+|on\s+)?(?:the\s+)?(?:"
    r"end\s+of\s+(?P<end_which>the|this|next)\s+(?P<end_unit>week|month)"
    r"|last\s+(?P<last_what>day|working\s+day|weekday|" + "|".join(_DAYS) + r")\s+of\s+(?P<last_which>the|this|next)\s+month"
    r")\b(?P<rest>.*)$")


def _month_last(year: int, month: int, weekdays: set[int] | None) -> date:
    day = date(year, month, _days_in(month, year))
    while weekdays is not None and day.weekday() not in weekdays:
        day -= timedelta(days=1)
    return day


def _special_day(text: str, local_now: datetime) -> tuple[date, time | None] | None:
    """ "end of the month", "end of next week", "last Friday of the month" (and a time after it)."""
    match = _SPECIAL_DAY.match(text)
    if not match:
        return None
    rest, at = _take_time(match.group("rest"))
    if rest.strip():
        return None
    today = local_now.date()
    if match.group("end_unit") == "week":
        friday = today + timedelta(days=4 - today.weekday())
        return (friday + timedelta(days=7) if match.group("end_which") == "next" else friday), at
    which = match.group("end_which") or match.group("last_which")
    what = (match.group("last_what") or "day").replace(" ", "")
    weekdays = None
    if what in ("workingday", "weekday"):
        weekdays = {0, 1, 2, 3, 4}
    elif what != "day":
        weekdays = {_DAY_ORDER.index(_DAYS[what])}
    year, month = today.year, today.month
    if which == "next":
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    found = _month_last(year, month, weekdays)
    if found < today and which == "the":   # this month's has gone: "the month" now means next month's
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        found = _month_last(year, month, weekdays)
    return found, at


def _passed_today(local: datetime, now: datetime, zone: str, next_year: bool = False) -> Refused:
    """A time earlier today: ask whether tomorrow was meant, rather than guessing (or jumping a year)."""
    tomorrow = (local + timedelta(days=1)).astimezone(timezone.utc)
    year = f", or the date with its year for next year (`{local.day} {local:%b} {local.year + 1}`)" if next_year else ""
    return Refused(
        f"{local:%H:%M} today has already passed (it's {format_clock(now, zone)} now). Did you mean tomorrow, "
        f"{format_moment(tomorrow, zone)}? If so, say `tomorrow {local:%H:%M}`; or give a later time today{year}.")


def _on_day(day: date, at: time | None, text: str, now: datetime, zone: str) -> When:
    tz = zone_info(zone)
    local = datetime.combine(day, at or time(DEFAULT_HOUR, 0), tzinfo=tz)
    moment = local.astimezone(timezone.utc)
    if moment <= now:
        if day == now.astimezone(tz).date():
            raise _passed_today(local, now, zone)
        raise WhenError(f"{format_moment(moment, zone)} has already passed (it's {format_moment(now, zone)} now). "
                        "Please give a time in the future, e.g. \u201cend of next week\u201d.")
    return When(first=moment, rule=None, zone=zone, text=format_moment(moment, zone))


def _parse_once(text: str, now: datetime, zone: str) -> When:
    elapsed = _elapsed(text, now)
    if elapsed is not None:
        if elapsed > now + timedelta(days=MAX_AHEAD_DAYS):
            raise WhenError("That is more than ten years away, which looks like a typo. Please check and try again.")
        if elapsed <= now:
            raise WhenError("That time has already passed. "
                            "Try e.g. \u201cin 1 minute\u201d or \u201ctomorrow 9am\u201d.")
        return When(first=elapsed, rule=None, zone=zone, text=format_moment(elapsed, zone))
    tz = zone_info(zone)
    local_now = now.astimezone(tz)
    special = _special_day(text, local_now)
    if special is not None:
        return _on_day(special[0], special[1], text, now, zone)
    check_real_date(text)
    if re.fullmatch(r"[\d:.apmnoidhtgs\s]+", text):
        # a bare time is read here rather than by dateparser, which puts a time already gone
        # today on the last day of a month into the *previous* month
        rest, at = _take_time(text)
        if at is not None and not rest.strip():
            local = datetime.combine(local_now.date(), at, tzinfo=tz)
            if local.astimezone(timezone.utc) <= now:   # a bare time that has gone today means tomorrow
                local = datetime.combine(local_now.date() + timedelta(days=1), at, tzinfo=tz)
            moment = local.astimezone(timezone.utc)
            return When(first=moment, rule=None, zone=zone, text=format_moment(moment, zone))
    from dateparser.date import DateDataParser

    tz = zone_info(zone)
    data = DateDataParser(languages=["en"], settings=_dateparser_settings(now, zone)).get_date_data(text)
    if data.date_obj is None:
        raise WhenError(f"I couldn't read \u201c{escape_mrkdwn(text)}\u201d as a time. Try e.g. {EXAMPLES}.",
                        understood=False)
    moment = data.date_obj
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    local = moment.astimezone(tz)
    relative = bool(_RELATIVE.match(text)) and not re.search(r"\b(?:am|pm)\b|:", text)
    if data.period in ("week", "month", "year") and not relative:
        raise WhenError(f"\u201c{escape_mrkdwn(text)}\u201d is a bit vague for a reminder. Which day and time? "
                        "Try e.g. \u201cnext Monday at 9am\u201d or \u201c1 August at 10:00\u201d.")
    if data.period == "day" and not relative:
        # a date without a time means the start of the working day, as Slack's /remind does
        local = datetime.combine(local.date(), time(DEFAULT_HOUR, 0), tzinfo=tz)
    if data.period == "time" and not relative and _is_bare_time(text) and local.astimezone(timezone.utc) <= now:
        # a bare time ("9am") that has gone today means tomorrow
        local = datetime.combine(local.date() + timedelta(days=1), local.time(), tzinfo=tz)
    moment = local.astimezone(timezone.utc)
    if relative:
        moment = moment.replace(microsecond=0)
    shown = format_moment(moment, zone)
    today = local_now.date()
    mine = moment.astimezone(tz)
    if moment <= now and mine.date() == today and not relative:
        raise _passed_today(mine, now, zone)
    if (not relative and mine.year > today.year and (mine.month, mine.day) == (today.month, today.day)
            and not re.search(r"\b\d{4}\b|\d[/\-]\d{1,2}[/\-]\d", text)):
        # "30 nov" typed on 30 Nov after the hour: the date parser jumps a year; ask instead
        raise _passed_today(datetime.combine(today, mine.time(), tzinfo=tz), now, zone, next_year=True)
    if moment <= now:
        raise WhenError(f"{shown} has already passed (it's {format_moment(now, zone)} now). "
                        "Please give a time in the future, e.g. \u201ctomorrow 9am\u201d or \u201cin 2 hours\u201d.")
    if moment > now + timedelta(days=MAX_AHEAD_DAYS):
        raise WhenError(f"{shown} is more than ten years away, which looks like a typo. "
                        "Please check the date and try again.")
    return When(first=moment, rule=None, zone=zone, text=shown)


# -- public -------------------------------------------------------------------------------------------

def parse_when(text: str, now: datetime, zone: str) -> When:
    """A plain-English time, from ``now`` (aware) in the person's ``zone``; WhenError when unusable."""
    if now.tzinfo is None:
        raise ValueError("parse_when needs an aware 'now'")
    cleaned = _normalise(text or "")
    if not cleaned:
        raise WhenError(f"I need to know when. Try e.g. {EXAMPLES}.")
    if len(cleaned) > 200:
        raise WhenError("That time is too long for me to read. Try e.g. \u201ctomorrow 9am\u201d.")
    reordered = re.fullmatch(r"(.+?)\s+(every\b.*)", cleaned)
    if reordered:  # "9am every Monday" reads as "every Monday at 9am"
        before, after = reordered.groups()
        cleaned = f"{after} {before if before.startswith('at ') else 'at ' + before}"
    if cleaned == "every" or cleaned.startswith("every "):
        return _parse_every(cleaned, now, zone)
    if not _DATEISH.search(cleaned):
        raise WhenError(f"I couldn't read \u201c{escape_mrkdwn(text)}\u201d as a time. Try e.g. {EXAMPLES}.",
                        understood=False)
    return _parse_once(cleaned, now, zone)


def split_when_what(text: str, now: datetime, zone: str) -> tuple[When, str]:
    """Split "WHEN WHAT" or "[to] WHAT WHEN" into the time and the rest.

    The longest span of words at the start that reads as a time wins (else the longest at the
    end), so "tomorrow 9am submit the stocktake" and "to submit the stocktake on 31 July at 10am"
    both work. A span that reads as a time in the past is remembered, so the person hears
    "that has passed" rather than "I couldn't find a time".
    """
    words = (text or "").split()
    leading_to = bool(words) and words[0].lower() == "to"
    if leading_to:
        words = words[1:]
    if not words:
        raise WhenError(f"Tell me when and what, e.g. `tomorrow 9am submit the stocktake`. WHEN can be {EXAMPLES}.")
    first_error: WhenError | None = None
    limit = min(len(words), MAX_WHEN_WORDS)

    def attempt(span: list[str]) -> When | None:
        nonlocal first_error
        joined = " ".join(span)
        if not _DATEISH.search(_normalise(joined)) or not _only_time_words(span):
            return None
        try:
            return parse_when(joined, now, zone)
        except Refused:
            raise
        except WhenError as exc:
            if first_error is None and exc.understood and _looks_like_time(joined):
                first_error = exc
            return None

    orders = ("end", "start") if leading_to else ("start", "end")
    for order in orders:
        for size in range(limit, 0, -1):
            if order == "start":
                span, rest = words[:size], words[size:]
                if span[-1].lower() in _FILLERS:
                    continue
            else:
                span, rest = words[-size:], words[:-size]
                if span[0].lower() in _FILLERS - {"on", "at", "in", "by"}:
                    continue
            if _loose_number_edge(span, order):
                continue
            when = attempt(span)
            if when is None:
                continue
            if size > 1:
                inner = -1 if order == "start" else 0
                shorter = span[:-1] if order == "start" else span[1:]
                if _droppable(span[inner]) and shorter[inner].lower() not in _FILLERS:
                    fewer = attempt(shorter)
                    after_unit = order == "start" and _UNIT_WORD.fullmatch(shorter[-1].lower().rstrip(","))
                    if fewer is not None and (after_unit or (fewer.first, fewer.rule) == (when.first, when.rule)):
                        # the word changed nothing ("in 15 seconds two"): it is part of the WHAT
                        when, span = fewer, shorter
                        rest = words[size - 1:] if order == "start" else words[:len(words) - size + 1]
            what = " ".join(rest)
            if order == "end":
                what = re.sub(r"\s+(?:on|at|by)$", "", what, flags=re.IGNORECASE)
            what = what.strip(" ,;:-")
            if not what:
                raise WhenError(f"I understood {when.text}, but what should I remind you about? "
                                f"Try e.g. `{' '.join(span)} submit the stocktake`.")
            return when, what
    if first_error is not None:
        raise first_error
    raise WhenError(f"I couldn't find a time in that. Put WHEN first, e.g. `tomorrow 9am submit the stocktake`, "
                    f"or last, e.g. `me to submit the stocktake on 31 July at 10am`. WHEN can be {EXAMPLES}.",
                    understood=False)


# Every word a WHEN can be made of. dateparser happily skips words it does not know ("in 15
# seconds two-1" reads as in 15 seconds), so a span with any other word is not a time: the word
# belongs to the WHAT.
_TIME_WORDS = frozenset("""
    in at on by the of this next last every other from now time and a an o'clock oclock half quarter past
    tomorrow today tonight yesterday ago noon midday midnight morning afternoon evening night end
    second seconds sec secs minute minutes min mins hour hours hr hrs day days daily week weeks weekly
    weekday weekdays weekend weekends workday workdays working fortnight fortnights month months monthly
    year years yearly annually am pm a.m. p.m. & + -
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
""".split()) | frozenset(_DAY_ALIASES) | frozenset(_MONTHS)
_TIME_TOKEN = regexes.compile(
    r"\d{1,6}(?:st|nd|rd|th)?"                                  # 3, 15, 2027, 1st
    r"|\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.)?"          # 9am, 9:30, 17.30, 5pm
    r"|\d{1,4}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?"                 # 31/07, 31-07-2027, 2027-07-31
)


_NUMBER_WORD = regexes.compile(r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                          r"twenty|thirty|forty|fifty")


_UNIT_WORD = regexes.compile(r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?")


def _droppable(word: str) -> bool:
    """A number word or a dash/slash number at a span's inner edge: kept in the WHEN only when
    it changes the time."""
    token = word.lower().rstrip(",.;:!?")
    return bool(_NUMBER_WORD.fullmatch(token) or re.fullmatch(r"\d{1,4}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?", token))


def _only_time_words(span: list[str]) -> bool:
    for word in span:
        token = word.lower().strip("()").rstrip(",.;:!?").replace("\u2019", "'") or word.lower()
        if token not in _TIME_WORDS and not _TIME_TOKEN.fullmatch(token):
            return False
    return True


def _loose_number_edge(span: list[str], order: str) -> bool:
    """A bare number at the inner edge of a span belongs to the WHAT ("read chapter 12 tomorrow")."""
    edge = span[-1] if order == "start" else span[0]
    if not edge.isdigit():
        return False
    if order == "start":
        before = span[-2].lower() if len(span) > 1 else ""
        return before not in _MONTHS and before not in ("at", "the", "every", "in")
    after = span[1].lower().rstrip(",") if len(span) > 1 else ""
    return not (after in _MONTHS or re.fullmatch(r"(?:am|pm|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|"
                                                 r"weeks?|months?|years?|of)", after))


def _looks_like_time(text: str) -> bool:
    """Whether a span clearly meant a time (so its error beats "I couldn't find a time")."""
    t = _normalise(text)
    return bool(re.search(r"\d|today|tonight|tomorrow|yesterday|every|next|last", t)) and len(t.split()) <= 8
