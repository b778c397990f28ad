"""``/cyber remind me about DEADLINE``: finding the deadline (curated or the council's) and the lead times before it.

"3 days before" or "two weeks ahead" at the end of the request sets the lead; otherwise a week and
a day before. Among deadlines that match equally well, the next upcoming one wins.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rapidfuzz import fuzz, utils

from bot.core import regexes
from bot.core.replies import Reply
from bot.core.text import escape_mrkdwn, shorten

DEADLINE_HOUR = 9
DEFAULT_LEADS = (timedelta(days=7), timedelta(days=1))
LEAD = regexes.compile(
    r"[\s,]*\b(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|ten|fourteen)\s+"
    r"(?P<unit>days?|weeks?)\s+(?:before|ahead|beforehand|early|earlier)\s*$")
LEAD_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "ten": 10, "fourteen": 14}


def split_lead(query: str) -> tuple[str, list[timedelta], bool]:
    """The deadline's name, the lead times, and whether the person gave a lead themselves."""
    match = LEAD.search(query)
    if not match:
        return query, list(DEFAULT_LEADS), False
    n = match.group("n")
    count = LEAD_WORDS.get(n.lower()) or int(n)
    lead = timedelta(days=count * (7 if match.group("unit").startswith("week") else 1))
    return query[:match.start()].strip(), [lead], True


def find_deadline(calendar, query: str, today: date):
    """The best fuzzy match among curated and council deadlines; among equals, the next upcoming
    one, else the latest past one."""
    entries = calendar.deadlines() if calendar is not None else []
    query = utils.default_process(re.sub(r"^(?:the|our|my)\s+", "", query.strip(), flags=re.IGNORECASE))
    if not entries or not query:
        return None
    best, best_key = None, None
    for item in entries:
        choice = utils.default_process(item.title if item.what == item.title else f"{item.title} {item.what}")
        score = max(fuzz.token_set_ratio(query, choice), fuzz.WRatio(query, choice))
        if score < 70:
            continue
        due = item.last_day
        upcoming = due >= today
        key = (round(score), upcoming, -due.toordinal() if upcoming else due.toordinal())
        if best_key is None or key > best_key:
            best, best_key = item, key
    return best


def ahead_lines(calendar, today: date, limit: int = 5) -> list[str]:
    """The next few deadlines still ahead, one line each, for a reply that offers them instead."""
    items = [d for d in (calendar.deadlines() if calendar is not None else []) if d.last_day >= today]
    return [f"\u2022 {escape_mrkdwn(d.title)} ({d.when()})" for d in items[:limit]]


def no_deadline(calendar, query: str, today: date) -> Reply:
    entries = calendar.deadlines() if calendar is not None else []
    shown = escape_mrkdwn(shorten(query, 60)) or "that"
    if not entries:
        return Reply.error(f"I don't know of a deadline called \u201c{shown}\u201d. To set your own, try "
                           "`/cyber remind me to submit the return on 31 July at 10am`.")
    names = ahead_lines(calendar, today, 10)
    if not names:
        return Reply.error(f"I don't know of an upcoming deadline called \u201c{shown}\u201d, and nothing is ahead "
                           "in my list. Set your own with `/cyber remind me to submit the return on 31 July at 10am`.")
    listing = "\n".join(names)
    first = next(d for d in entries if d.last_day >= today)
    return Reply.error(f"I don't know of a deadline called \u201c{shown}\u201d. The deadlines ahead are:\n"
                       f"{listing}\nTry e.g. `/cyber remind me about {escape_mrkdwn(shorten(first.title, 40))}`, or set "
                       "your own with `/cyber remind me to WHAT WHEN`.")


def on_date(fuzzy) -> str:
    return f"on {fuzzy.display()}" if fuzzy.day else f"in {fuzzy.display()}"


def lead_label(lead: timedelta) -> str:
    days = lead.days
    if days % 7 == 0:
        weeks = days // 7
        return "a week before" if weeks == 1 else f"{weeks} weeks before"
    return "a day before" if days == 1 else f"{days} days before"


def join_words(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
