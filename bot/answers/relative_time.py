"""Questions that place a thing in time: against today, or against the rest of its series.

"Last year's CYBERUK", "this year's", "the latest CYBERUK", "the first one", "the CYBERUK before
2022", "how long ago was CYBERUK 2017": each asks for one dated entry by where it sits in time.
Read word by word they go wrong: "last year's CYBERUK" is a search for the words "last" and "year",
and "the first CYBERUK" is met by any CYBERUK entry that says "first" somewhere ("the Five Eyes
shared a stage for the first time" at CYBERUK 2019). So:

- a year said relative to today ("last year's", "this year", "next year", "two years ago") is
  written as the year it is on the bot's clock before the question is searched (``dated``), and the
  year constraint then holds the answer to it: "I have CYBERUK 2022 (2022), not 2025". Only a
  clause that asks is read so ("...asking before easter, last year was carnage" sets the scene), and
  not where the asker dates their own story ("we got phished last year, where do we report it?").
  "In the last year" (the past twelve months) is no calendar year and is left alone;
- "how long ago", "how many years since" ask when (``as_when``): the answer gives the date, and
  the interval counted on the clock (``ago_line``), never guessed;
- a series is the entries whose titles differ only by a year ("CYBERUK 2017" ... "CYBERUK 2022",
  ``Series``). A question that names one and asks for its latest, most recent or newest member gets
  the one with the latest date; its first, earliest or original, the earliest; the one before or
  after a year, the nearest on that side (``order_asked``). The reply says it is the earliest or the
  most recent *in the sources*, which is all they can say ("the latest CYBERUK" may be newer than
  the newest we hold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from bot.answers.answerability import _FIRST_ADVERB   # "when did X first join": when it began, no series' first
from bot.answers.knowledge import Entry, FuzzyDate, KnowledgeBase
from bot.answers.two_parts import CAME_ABOUT, EARLIER, EITHER_OR
from bot.core import regexes
from bot.core.text import is_stopword, surface_words

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "a couple of": 2}
# A clause that asks: it ends with a question mark or opens with a question word. Clauses end at a
# sentence's end, a dash, a semicolon or a comma.
_ASKING = regexes.compile(r"\?\W*$|^\W*(?:what|whats|what's|when|whens|when's|where|wheres|where's|who|whos|who's|which|how|"
                     r"why|is|are|can|could|do|does|did|should|has|have|was|were|will|tell me|list)\b", re.I)
_CLAUSE = regexes.compile(r"((?<=[?!.])\s+|\s+[-\u2013\u2014]+\s+|;\s*|,\s+|\s+(?:and|but|so)\s+(?=(?:i|we|our|my|us|they)\b))",
                     re.I)
# The asker's own story: "we got phished last year", "our cx joined last year" date what happened to them.
# A request is no story: "tell me", "can I see", "could we get" ask for the thing.
_ASKER = regexes.compile(r"(?<!\bcan\s)(?<!\bcould\s)(?<!\bdo\s)(?<!\bshould\s)(?<!\bmay\s)(?<!\bwould\s)(?<!\bwill\s)"
                    r"\b(?:i|i'm|im|i've|ive|we|we're|we've|weve|our|my)\b", re.I)
_RELATIVE = regexes.compile(r"\b(?:last|this|next)\s+(?:year|yr)|\b(?:years?|yrs?)\s+(?:ago|back)\b|\ba\s+while\s+(?:ago|back)\b|\b(?:year|yr)\s+before\s+last\b|"
                       r"(?<!\bthe\s)(?<!\bpast\s)\b(?:last|this)\s+(?:month|week)\b", re.I)
# "the annual review that came out this month", "last month's bulletin": the month it is on the clock (a week
# is taken as the month it falls in), which a question then asks of as "December 2026".
_MONTH_SAID = regexes.compile(r"(?<!\bthe\s)(?<!\bpast\s)\b(?:(?:in|during|from|since)\s+)?(last|this)\s+(month|week)"
                         r"(?:(?:'|\u2019)s)?\b", re.I)
# "last year's CYBERUK", "this year's review", "next year's summit": the year it is on the clock.
_YEARS_OWN = regexes.compile(r"(?<!\bthe\s)(?<!\bpast\s)\b(last|this|next)\s+(?:year|yr)(?:'|\u2019)?s\b", re.I)
_YEAR_BEFORE_LAST = regexes.compile(r"\b(?:in\s+)?the\s+(?:year|yr)\s+before\s+last\b", re.I)
# "two years ago", "a year ago", "2 yrs ago", "ten years back" (not "how many years ago": that asks how long). ("Last
# yr" is last year.) A span counted back is a rough year: "when it started up ten years ago", asked in late 2026 of
# the NCSC's predecessors (a source from February 2017), is about 2016, and the year either side will do.
_YEARS_AGO = regexes.compile(r"\b(?:in\s+|about\s+|around\s+|roughly\s+|some\s+)?(\d{1,2}|a couple of|couple of|a|an|one|two|three|"
                        r"four|five|six|seven|eight|nine|ten)\s+(?:or\s+so\s+)?(?:years?|yrs?)\s+(?:or\s+so\s+)?(?:ago|back)\b", re.I)
# "a few years back", "some years ago", "a while back": no year at all, so nothing the answer is held to (its
# words are no topic either).
_VAGUELY_AGO = regexes.compile(r"\s*\b(?:(?:a\s+few|a\s+number\s+of|several|some|many|a\s+good\s+few)\s+(?:years?|yrs?)|"
                          r"(?<!\bmany\s)(?<!\d\s)years|a\s+while|a\s+bit)\s+(?:ago|back)\b", re.I)
# "cyberuk last year", "what's the home office giving councils this year": a calendar year; "in the
# last year", "over the past year" are the last twelve months, and stay as they are.
_YEAR_SAID = regexes.compile(r"(?<!\bthe\s)(?<!\bpast\s)\b(?:(since|from|before|after|until|till|by|for|of|to)\s+|(?:in|during)\s+)?"
                        r"(last|this|next)\s+(?:year|yr)\b(?!\s*(?:'|\u2019)s)", re.I)
_SHIFT = {"last": -1, "this": 0, "next": 1}
# "how long ago was ...", "how many years since ...", "how long has it been since ...": when it was.
_HOW_LONG = regexes.compile(r"\bhow\s+(?:long|many\s+years|many\s+months)\s+(?:ago\s+)?(?:(?:has\s+it\s+been|is\s+it|"
                       r"was\s+it|ago)\s+)?(?:since\s+|ago\s+)?(?=\w)", re.I)
_ASKS_HOW_LONG = regexes.compile(r"\bhow\s+(?:long|many\s+years|many\s+months)\b[^?.!]*\b(?:ago|since)\b", re.I)
# "how long has cyber essentials been running", "how many years has the ncsc been around": since it began.
_BEEN_RUNNING = regexes.compile(r"\bhow\s+(?:long|many\s+years)\s+(?:has|have)\s+((?:[\w'-]+\s+){1,6}?)been\s+(?:running|"
                           r"going|around|in place|in existence|live|operating|open|up and running)\b", re.I)
# The latest and the first of a series. "The last CYBERUK" is the latest one; "the last day", "the
# last year", "the last few" are not a series' member.
_LATEST = regexes.compile(r"\b(?:latest|most\s+recent|newest|most\s+up[- ]to[- ]date|the\s+last\s+(?!(?:day|days|week|weeks|"
                     r"month|months|year|years|night|time|times|few|couple|one|ones|bit|thing|minute|minutes|"
                     r"hour|hours|season)\b)(?=[a-z]))", re.I)
_EARLIEST = regexes.compile(r"\b(?:first|1st|earliest|original|inaugural|very\s+first)\b", re.I)
# "Which came first, the Queen opening the NCSC or CYBERUK in Liverpool?", "what happened first: X or Y": two
# things put in order, each its own entry's to date; not the first member of a series one of them names.
# (The words are those ``two_parts`` reads the two things with, which it answers.)
_WHICH_FIRST = regexes.compile(r"\b" + CAME_ABOUT + r"\s+(?:1st|" + EARLIER + r")\b[^?.!]*?\b" + EITHER_OR + r"\b"
                               r"|\b(?:first|earlier)\s*[,:;-]+\s*[^?.!]+?\b" + EITHER_OR + r"\b", re.I)
_NEAR_YEAR = regexes.compile(r"\b(before|after|preceding|following)\s+(?:the\s+)?((?:19|20)\d\d)\b(?!\s*[-/\u2013]\s*\d)", re.I)
_UPCOMING = regexes.compile(r"\b(?:next|upcoming|forthcoming|coming up)\b(?!\s+steps?\b)", re.I)
# ...and one open now, whose end is still to come: "the self-assessment window that's open now", "the current round".
_OPEN_NOW = regexes.compile(r"\b(?:open|running|live)\s+(?:now|at\s+the\s+moment|currently|right\s+now|at\s+present)\b|"
                            r"\bcurrently\s+(?:open|running|live)\b|\b(?:current|currently\s+open)\s+(?:[\w'-]+\s+){0,3}?(?:window|round|deadline|"
                            r"closing\s+date|submission\s+window)\b", re.I)
_NEXT_OF_A_THING = regexes.compile(r"\bnext\s+(?:after|to|from|door)\b|\b(?:came|comes|happened|followed)\s+next\b", re.I)
_MONTHS = "january february march april may june july august september october november december".split()
_TITLE_YEAR = regexes.compile(r"\b(?:19|20)\d\d(?:\s*[-/\u2013]\s*\d{2,4})?\b")


def dated(question: str, today: date) -> str:
    """``question`` with each year said relative to ``today`` written as that year, in the clauses that
    ask (or in a message that is all one fragment: "cyberuk last year"), unless the asker dates their
    own story: "when was last year's cyberuk" -> "when was 2025 cyberuk" on a clock in 2026, but "we got
    phished last year, where do we report it?" asks about no year."""
    if not _RELATIVE.search(question):
        return question
    parts = _CLAUSE.split(question)      # clauses at even places, what ended them between
    clauses = parts[::2]
    asking = _asking(clauses) or range(len(clauses))
    for i in asking:
        found = _RELATIVE.search(clauses[i])
        if found and not _ASKER.search(clauses[i][:found.start()]):
            parts[2 * i] = _dated(clauses[i], today.year, today)
    return "".join(parts)


def _asking(clauses: list[str]) -> list[int]:
    """Where in ``clauses`` (``_CLAUSE``'s) the ones that ask (``_ASKING``) stand."""
    return [i for i, clause in enumerate(clauses) if _ASKING.search(clause)]


def _dated(text: str, year: int, today: date | None = None) -> str:
    if today is not None:
        text = _MONTH_SAID.sub(lambda m: "in " + _month_of(today, m.group(1).lower(), m.group(2).lower()), text)
    text = _YEARS_OWN.sub(lambda m: str(year + _SHIFT[m.group(1).lower()]), text)
    text = _YEAR_BEFORE_LAST.sub(f"in {year - 2}", text)
    text = _YEARS_AGO.sub(lambda m: f"in about {year - _years_back(m.group(1))}", text)
    text = _VAGUELY_AGO.sub("", text)
    # "since last year" -> "since 2025", "cyberuk last year" -> "cyberuk in 2025"
    return _YEAR_SAID.sub(lambda m: f"{m.group(1) or 'in'} {year + _SHIFT[m.group(2).lower()]}", text)


def _month_of(today: date, which: str, span: str) -> str:
    """The month "this month", "last month", "this week" or "last week" falls in, written "December 2026"."""
    if which == "last":
        today = today - timedelta(days=7 if span == "week" else today.day)
    return f"{_MONTHS[today.month - 1].title()} {today.year}"


def _years_back(said: str) -> int:
    return int(said) if said.isdigit() else _NUMBER_WORDS.get(" ".join(said.lower().split()), 0)


# "role at DCLG around 2017", "in circa 2018": a year put roughly is that year, as "in 2017" puts it.
_ROUGHLY_YEAR = regexes.compile(r"\b(?:(?:in|at|from)\s+)?(?:around|circa|c\.|approx\.?|approximately|roughly|round\s+about)"
                                r"\s+(?=(?:19|20)\d\d\b)", re.IGNORECASE)


# "Since when has Active Cyber Defence been running?": when it began. ("Since when have we been able to forward them",
# "since when has it been mandatory" ask from when, as that is written: the start of that state, not of the thing.)
_SINCE_WHEN = regexes.compile(r"\bsince\s+when\s+(?:has|have|had)\s+((?:[\w'@.-]+\s+){1,8}?)been\s+(?:running|going|"
                         r"around|in\s+place|in\s+existence|live|operating|open|up\s+and\s+running)\b", re.I)
_SINCE_WHEN_SAID = regexes.compile(r"\bsince\s+when\b(?=\s+(?:has|have|had)\b)", re.I)


def as_when(question: str) -> str:
    """"how long ago was cyberuk 2017" -> "when was cyberuk 2017", "how long has cyber essentials been
    running" -> "when did cyber essentials start": the interval is the date's to give. A year put roughly
    ("around 2017") is put as the year ("in 2017")."""
    question = _ROUGHLY_YEAR.sub("in ", question)
    since = _SINCE_WHEN.search(question)
    if since:
        return question[:since.start()] + f"when did {since.group(1)}start" + question[since.end():]
    question = _SINCE_WHEN_SAID.sub("from when", question)
    running = _BEEN_RUNNING.search(question)
    if running:
        return question[:running.start()] + f"when did {running.group(1)} start" + question[running.end():]
    return _HOW_LONG.sub("when ", question) if _ASKS_HOW_LONG.search(question) else question


def asks_how_long(question: str) -> bool:
    return bool(_ASKS_HOW_LONG.search(question) or _BEEN_RUNNING.search(question))


def asks_upcoming(question: str) -> bool:
    """"What's the next deadline", "any upcoming events", "the window that's open now": something after today, not
    the next of a series ("what came next after the stocktake") nor the next steps. Only in the clauses that ask (or
    a message that is all one fragment), as ``dated`` reads them: "how many delegates went to cyberuk 2017? trying to
    decide whether to send our lead next time" asks of 2017; the asker's own next time is their diary."""
    clauses = _CLAUSE.split(question)[::2]
    asked = " ".join(clauses[i] for i in _asking(clauses)) or question
    return bool(_UPCOMING.search(asked) or _OPEN_NOW.search(asked)) and not _NEXT_OF_A_THING.search(asked)


def past(entry: Entry, today: date) -> FuzzyDate | None:
    """The date of an event or deadline that was over before ``today`` (None for anything else)."""
    when = entry.event.end or entry.event.start if entry.event else entry.deadline.date if entry.deadline else None
    return when if when is not None and when.latest() < today else None


def on(when: FuzzyDate) -> str:
    """"on 10 August 2018", "in May 2018", "in 2018": a date as a sentence says it."""
    return f"on {when.display()}" if when.day else f"in {when.display()}"


def date_of(entry: Entry) -> FuzzyDate | None:
    """When the thing an entry is about happened: its event's start, its deadline, or the one date
    its title gives ("When Cyber Essentials launched (5 June 2014)", "CYBERUK 2022")."""
    if entry.event:
        return entry.event.start
    if entry.deadline:
        return entry.deadline.date
    # A span dates from its start: "National Cyber Security Strategy 2016-2021" began in 2016.
    years = {match.group(0)[:4] for match in _TITLE_YEAR.finditer(entry.title)}
    if len(years) != 1:
        return None
    year = int(years.pop())
    # The title's own date ("(5 June 2014)"), else the first its answer gives in that year ("Launch of the
    # National Cyber Security Strategy 2016": "formally launched on 1 November 2016").
    # A month the title gives takes its day from the answer: "WannaCry ... (May 2017)" was "12 May 2017".
    dates = [re.search(r"\b(?:(\d{1,2})\s+)?(" + "|".join(_MONTHS) + r")\s+" + str(year), text.lower())
             for text in (entry.title, entry.answer)]
    said = next((d for d in dates if d), None)
    if said is None:
        return FuzzyDate(year)
    month = _MONTHS.index(said.group(2)) + 1
    day = said.group(1) or (dates[1] and dates[1].group(2) == said.group(2) and dates[1].group(1))
    return FuzzyDate(year, month, int(day) if day else None)


def ago_line(entry: Entry, today: date) -> str | None:
    """"That was 9 years ago." for an entry dated in the past, counted to ``today``; None when it has no date."""
    when = date_of(entry)
    if when is None or when.earliest() > today:
        return None
    if when.day:
        years = today.year - when.year - ((today.month, today.day) < (when.month, when.day))
        months = (today.year - when.year) * 12 + today.month - when.month - (today.day < when.day)
        exact = ""
    elif when.month:
        months = (today.year - when.year) * 12 + today.month - when.month
        years, exact = months // 12, "about "
    else:
        years, months, exact = today.year - when.year, (today.year - when.year) * 12, "about "
    if years >= 1:
        span = f"{exact}{years} year{'s' if years != 1 else ''} ago"
    elif months >= 1:
        span = f"{exact}{months} month{'s' if months != 1 else ''} ago"
    else:
        span = "this month" if when.month else "this year"
    return f"That was {span} ({when.display()}), as of {today.day} {today.strftime('%B %Y')}."


@dataclass(frozen=True)
class Order:
    which: str          # latest, earliest, before, after, next (after the day ``today``)
    year: int = 0       # for before and after
    today: date | None = None

    def lead(self, entry: Entry) -> str:
        title = f"\u201c{entry.title}\u201d"
        if self.which == "latest":
            return f"The most recent in my sources is {title}."
        if self.which == "earliest":
            return f"The earliest in my sources is {title}."
        if self.which == "next":
            return f"The next in my sources is {title}."
        return f"The one {self.which} {self.year} in my sources is {title}."


def order_asked(question: str) -> Order | None:
    """Which member of a series the question asks for, by its place in time, if any."""
    text = question.lower().replace("\u2019", "'")
    near = _NEAR_YEAR.search(text)
    if near:
        return Order("before" if near.group(1) in ("before", "preceding") else "after", int(near.group(2)))
    if _LATEST.search(text):
        return Order("latest")
    if _EARLIEST.search(_FIRST_ADVERB.sub(" ", text)) and not _WHICH_FIRST.search(text):
        return Order("earliest")
    return None


class Series:
    """The knowledge base's series: entries whose titles are the same but for a year, each dated
    ("CYBERUK 2017", "CYBERUK 2018", ... under the name "cyberuk")."""

    def __init__(self, kb: KnowledgeBase, canonical: Callable[[str], str]):
        named: dict[str, list[Entry]] = {}
        for entry in kb.entries:
            if entry.unknown or not _TITLE_YEAR.search(entry.title) or date_of(entry) is None:
                continue
            name = " ".join(_TITLE_YEAR.sub(" ", entry.title.lower()).split())
            named.setdefault(name, []).append(entry)
        # Named by the terms of the words the members share: a question that says them all names the series.
        self.members: list[tuple[frozenset[str], list[Entry]]] = [
            (frozenset(canonical(w) for w in surface_words(name) if not is_stopword(w)), sorted(
                entries, key=lambda e: date_of(e).earliest()))
            for name, entries in named.items() if len(entries) > 1]

    def named_by(self, terms: list[str]) -> list[Entry] | None:
        """The series whose name the question's ``terms`` say in full (the longest such name), if any."""
        said = set(terms)
        named = [(len(words), entries) for words, entries in self.members if words and words <= said]
        return max(named, key=lambda n: n[0])[1] if named else None

    @staticmethod
    def pick(entries: list[Entry], order: Order) -> Entry | None:
        """The member asked for: the last or first by date, or the nearest before or after a year."""
        if order.which == "latest":
            return max(entries, key=lambda e: date_of(e).latest())
        if order.which == "earliest":
            return min(entries, key=lambda e: date_of(e).earliest())
        if order.which == "before":
            earlier = [e for e in entries if date_of(e).year < order.year]
            return max(earlier, key=lambda e: date_of(e).latest()) if earlier else None
        if order.which == "next":    # still to come for certain: "CYBERUK 2018" may be over by June 2018
            coming = [e for e in entries if date_of(e).earliest() >= order.today]
            return min(coming, key=lambda e: date_of(e).earliest()) if coming else None
        later = [e for e in entries if date_of(e).year > order.year]
        return min(later, key=lambda e: date_of(e).earliest()) if later else None
