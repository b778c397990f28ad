"""Reading ``/cyber deadline add 31 March 2027 Stocktake return https://...``.

The date comes first (``2027-03-31``, ``31 March 2027``, ``31/03/2027``, ``March 31, 2027``), then
the title, and a link anywhere (Slack may wrap it as ``<https://...>``). A date that does not
exist or is already past is refused with the reason; nothing is guessed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from bot.answers.knowledge import _url_ok
from bot.core import regexes
from bot.core.text import plain_from_slack

MAX_TITLE = 200
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    re.compile(r"^(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"^" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"^(?P<day>\d{1,2})/(?P<mnum>\d{1,2})/(?P<year>\d{4})\b"),
]
_LINK = regexes.compile(r"<(https?://[^|>\s]+)(?:\|[^>]*)?>|(\S+://\S+)")


class DateInputError(ValueError):
    """What was wrong, in words for the person who typed it."""


@dataclass(frozen=True)
class NewDate:
    day: date
    title: str
    link: str | None


def parse_new_date(text: str, today: date, kind: str) -> NewDate:
    example = f"`/cyber {kind} add 31 March {today.year + 1} Stocktake return https://www.example.gov.uk/stocktake`"
    text = " ".join((text or "").split())
    if not text:
        raise DateInputError(f"Tell me the date, a title and a link, for example {example}.")
    link = None
    found = _LINK.search(text)
    if found:
        link = read_link(found.group(1) or found.group(2), f" Nothing was added. For example {example}.")
        text = (text[:found.start()] + " " + text[found.end():]).strip()
    text = " ".join(plain_from_slack(text).split())       # Slack's escaping, as the person typed it
    text = re.sub(r"^on\s+", "", text, flags=re.I)
    match = _date_match(text)
    if match is None:
        raise DateInputError(f"I couldn't find a date at the start of that. Put the date first, for example {example}.")
    day = _checked_day(match, today, kind)
    title = read_title(text[match.end():], f" Add a title after the date, for example {example}.")
    return NewDate(day, title, link)


def _date_match(text: str) -> re.Match | None:
    for pattern in _DATES:
        match = pattern.match(text)
        if match:
            return match
    return None


def _checked_day(match: re.Match, today: date, kind: str) -> date:
    parts = match.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"].lower().rstrip(".")]
    try:
        day = date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        raise DateInputError(f"{match.group(0).strip()} isn't a date that exists. Nothing was added; "
                             f"please check the day and month.") from None
    if day < today:
        raise DateInputError(f"{day.day} {calendar.month_name[day.month]} {day.year} is in the past (today is "
                             f"{today.day} {calendar.month_name[today.month]} {today.year}), so I haven't added it: "
                             f"the {kind}s list is for what is still ahead.")
    return day


def read_day(text: str, today: date, kind: str) -> date:
    """A date on its own (a form's date field), checked as ``parse_new_date`` checks it."""
    text = " ".join((text or "").split())
    match = _date_match(text)
    if match is None or text[match.end():].strip():
        raise DateInputError(f"Please give a date like 31 March {today.year + 1} or {today.year + 1}-03-31.")
    return _checked_day(match, today, kind)


def read_link(link: str, advice: str = "") -> str:
    link = (link or "").strip().replace("&amp;", "&")
    if not _url_ok(link) or any(ch in link for ch in '<>|"'):
        raise DateInputError(f"{link!r} doesn't look like a web address (it should start with https://).{advice}")
    return link


def read_title(text: str, advice: str = "") -> str:
    title = " ".join((text or "").split()).strip(" :,-\u2013\u2014\"'\u201c\u201d")
    if not title:
        raise DateInputError(f"What is it called?{advice}")
    if len(title) > MAX_TITLE:
        raise DateInputError(f"That title is {len(title)} characters; please keep it under {MAX_TITLE} "
                             "(put the details behind the link).")
    return title
