"""``/cyber remind me about DEADLINE``: finding the curated deadline and the lead times before it.

"3 days before" or "two weeks ahead" at the end of the request sets the lead; otherwise a week and
a day before. Among deadlines that match equally well, the next upcoming one wins.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rapidfuzz import fuzz, utils

from bot.core.replies import Reply
from bot.core.text import escape_mrkdwn, shorten

DEADLINE_HOUR = 9
DEFAULT_LEADS = (timedelta(days=7), timedelta(days=1))
LEAD = re.compile(
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


def find_deadline(kb, query: str, today: date):
    """The best fuzzy match; among equals, the next upcoming deadline, else the latest past one."""
    entries = kb.deadlines() if kb is not None else []
    query = utils.default_process(re.sub(r"^(?:the|our|my)\s+", "", query.strip(), flags=re.IGNORECASE))
    if not entries or not query:
        return None
    best, best_key = None, None
    for entry in entries:
        choice = utils.default_process(f"{entry.title} {entry.deadline.what}")
        score = max(fuzz.token_set_ratio(query, choice), fuzz.WRatio(query, choice))
        if score < 70:
            continue
        due = entry.deadline.date.latest()
        upcoming = due >= today
        key = (round(score), upcoming, -due.toordinal() if upcoming else due.toordinal())
        if best_key is None or key > best_key:
            best, best_key = entry, key
    return best



def no_deadline(kb, query: str, today: date) -> Reply:
    entries = kb.deadlines() if kb is not None else []
    shown = escape_mrkdwn(shorten(query, 60)) or "that"
    if not entries:
        return Reply.error(f"I don't know of a deadline called \u201c{shown}\u201d. To set your own, try "
                           "`/cyber remind me to submit the return on 31 July at 10am`.")
    names = [f"\u2022 {escape_mrkdwn(e.title)} ({e.deadline.date.display()})"
             for e in entries if e.deadline.date.latest() >= today][:10]
    if not names:
        return Reply.error(f"I don't know of an upcoming deadline called \u201c{shown}\u201d. Set your own "
                           "with `/cyber remind me to submit the return on 31 July at 10am`.")
    listing = "\n".join(names)
    return Reply.error(f"I don't know of a deadline called \u201c{shown}\u201d. The deadlines I know are:\n"
                       f"{listing}\nTry e.g. `/cyber remind me about stocktake`, or set your own with "
                       "`/cyber remind me to WHAT WHEN`.")



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
