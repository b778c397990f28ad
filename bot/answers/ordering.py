"""When each of two things was, read from the entries that answer them, and which came first.

"Which came first, WannaCry or CYBERUK 2017?", "how long between Ciaran Martin leaving and Lindy
Cameron starting?": the two-part machinery finds an entry for each thing; this module reads, from
each entry, the one date it gives for that thing, so that the reply can say in one line which came
first and how far apart they were. A date is read only where the entry gives it clearly: the event
an entry records, or the one date its answer gives for what was asked (its start, or its end when
the question asks when something ended: "leaving", "stepped down", "switched off"). A year that
names a thing ("the 2021 Integrated Review", "National Cyber Strategy 2022") dates nothing; a year
set in time ("in 2013", "late 2022", "summer 2018") does. Where an entry gives several dates for
the thing and the words of the question do not pick one, no date is read and no order is said:
both entries are still shown, and the reader compares them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from bot.answers.knowledge import MONTH_NAMES, MONTHS, Entry, FuzzyDate
from bot.core import regexes

_MONTH_NAMES = {name.lower(): number for number, name in enumerate(MONTH_NAMES) if name}
_MONTH_NAMES |= {name.lower(): number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NAMES["sept"] = 9
_MONTH = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "12 May 2017", "Friday 12 May 2017", "14 to 16 March 2017" (its first day), "October 2020",
# or a year set in time ("in 2013", "late 2022", "since 2016", "summer 2018"): never a year that
# names a thing ("the 2021 Integrated Review"), nor one end of a span ("2016-2021", "2018/19").
_DATE = regexes.compile(
    rf"\b(?:(?P<day>{_DAY})(?:\s*(?:-|\u2013|to|and)\s*{_DAY})?\s+)?(?P<month>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?:in|since|from|until|till|during|early|late|mid|spring|summer|autumn|winter|end of|start of)\s+"
    r"(?P<bare>(?:19|20)\d\d)\b(?!\s*[-\u2013/]\s*\d)",
    re.IGNORECASE)
# Words just before a date that make it the end of something: "ended on 31 August 2020", "until ...".
_ENDS_BEFORE = regexes.compile(r"\b(?:until|till|ended|ending|ends|left|closed|closing|retired|stepped down|switched off|"
                          r"turned off|withdrawn|finished|expired|retiring)\b(?:\s+[\w,]+){0,2}\s*$"
                          # "from mid-June to early September 2018": the end of a span
                          r"|\w\s+to\s+(?:early\s+|mid[- ]?|late\s+|the\s+end\s+of\s+|end\s+of\s+)?$", re.IGNORECASE)
# "by 31 March 2026", "by 2030": no later than then, a deadline or a target, not when a thing was.
_BY = regexes.compile(r"\bby\s+(?:the\s+end\s+of\s+|end\s+of\s+)?(?:\w+day\s+)?$", re.IGNORECASE)
# "430 incidents in the 12 months to the end of August 2024", "in the year to August 2021": where a period a
# figure counts ends, not when anything was (a report on it came out later).
_PERIOD_TO = regexes.compile(r"\b(?:months?|year|weeks?|period)\s+(?:up\s+)?to\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# A sentence about the entry's own subject, not naming it: "It was launched on 5 June 2014".
_ABOUT_IT = regexes.compile(r"^\W*(?:it|its|they|their|this|he|his|she|her)\b", re.IGNORECASE)
# A title quoted in a sentence: "('LGA Cyber Security Stocktake: National-Level Report')".
_QUOTED = regexes.compile(r"(?<!\w)['\"\u2018\u201c][^'\"\u2019\u201d]{3,}['\"\u2019\u201d](?!\w)")
# A question about when something ended: "Ciaran Martin leaving", "Martin going", "when was web check switched off".
_ASKS_END = regexes.compile(r"\b(?:leav\w*|left|(?:going|gone)(?!\s+(?:live|on|ahead|to|into|out|up|through|for)\b)|"
                            r"end(?:ed|ing|s)?|stepp\w* down|step(?:s)? down|quit\w*|retir\w*|depart\w*|"
                            r"clos(?:ed|ing|ure)|switch\w* off|turn\w* off|shut\w*|scrapp\w*|wound up|finish\w*|expir\w*)\b",
                            re.IGNORECASE)
# An ordinal past the first: a clause with one dates a later instance of the thing ("its twentieth Cyber 360").
_LATER_ONE = regexes.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                             r"(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif)tieth)\b", re.IGNORECASE)
# Sentences (a semicolon ends one as a stop does), and clauses within them: a comma, or "and"/"but"
# between two statements.
_SENTENCE = regexes.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\u00a3])|;\s*")
_CLAUSE = regexes.compile(r",\s+|\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Dated:
    """A date an entry's answer gives, where it gives it, and whether it ends something."""

    when: FuzzyDate
    clause: str
    sentence: str
    ends: bool
    aside: bool     # said in brackets: "in October 2024 (reported in December 2024)"


def dates_in(text: str) -> list[Dated]:
    """Every date ``text`` gives, each with the clause that holds it."""
    found = []
    start = 0
    for sentence, clause in ((s, c) for s in _SENTENCE.split(text) for c in _CLAUSE.split(s)):
        if not clause:
            continue
        at = text.find(clause, start)
        start = max(start, at)
        for m in _DATE.finditer(clause):
            if m.group("bare"):
                when = FuzzyDate(int(m.group("bare")))
            else:
                day = int(re.match(r"\d+", m.group("day")).group()) if m.group("day") else None
                month = _MONTH_NAMES[m.group("month").lower()]
                try:
                    when = FuzzyDate(int(m.group("year")), month, day) if day is None else FuzzyDate.parse(
                        f"{m.group('year')}-{month:02d}-{day:02d}")
                except ValueError:
                    continue
            before = text[max(0, at + m.start() - 40):at + m.start()]
            if _BY.search(before) or _PERIOD_TO.search(before):
                continue    # "alternatives in place by 31 March 2026": a time limit, not when anything was
            aside = clause[:m.start()].count("(") > clause[:m.start()].count(")")
            found.append(Dated(when, clause, sentence, bool(_ENDS_BEFORE.search(before)), aside))
    return found


def asks_end(part: str) -> bool:
    """Does ``part`` ask when something ended ("Ciaran Martin leaving")?"""
    return bool(_ASKS_END.search(part))


def _within(finer: FuzzyDate, coarser: FuzzyDate) -> bool:
    """Is ``finer`` inside ``coarser`` ("5 June 2014" inside "June 2014" and "2014")?"""
    return coarser.earliest() <= finer.earliest() and finer.latest() <= coarser.latest()


def _one(dated: list[Dated]) -> FuzzyDate | None:
    """The one date ``dated`` give, else None. A date said again more coarsely in brackets is the same
    date ("5 June 2014 (June 2014)"); a coarser one said as a date of its own is another ("On 9 May 2018
    ... the stocktake in summer 2018": a day in May is not the summer)."""
    finest = {d.when for d in dated if not (d.aside and any(o.when != d.when and _within(o.when, d.when) for o in dated))}
    return finest.pop() if len(finest) == 1 else None


def date_for(entry: Entry, part: str, words: Callable[[str], list[str]], also: tuple[str, ...] = ()) -> FuzzyDate | None:
    """The date ``entry`` gives for what ``part`` asks about, when it gives one clearly.

    ``words`` reads a text's words, in order, as the search does (so "launched" and "launch" are one); they
    choose between dates only when the entry gives several: the date in the clause that names the
    most of the part's words, if that is one date, else in the sentence that does. ``also`` are the
    part's words as the search reads them too ("SERS" is the Suspicious Email Reporting Service)."""
    ends = asks_end(part)
    if entry.event is not None:
        return (entry.event.end if ends else entry.event.start) if not ends or entry.event.end else None
    asked = words(part)
    # A date says when the thing was only in a sentence that names it (or speaks of it as "it"):
    # "Web Check ... scans websites. ... should have alternatives in place by 31 March 2026" dates no Web Check,
    # and a document's title names no thing ("RAND's report ('... Stocktake: National-Level Report') was
    # published in November 2018" dates the report, not the stocktake). A name the part gives short ("SERS") is
    # looked for as the search reads it when the part's own words name nothing dated.
    # "The LGA was delivering its twentieth Cyber 360 in April 2023" dates the twentieth, not Cyber 360's beginning.
    dated = [d for d in dates_in(entry.answer) if ends or not _LATER_ONE.search(d.clause)]
    for words_asked in (asked, asked + [w for w in also if w not in asked]):
        said = [d for d in dated if d.ends == ends
                and (set(words_asked) & set(words(_QUOTED.sub(" ", d.sentence))) or _ABOUT_IT.match(d.sentence))]
        if said:
            break
    else:
        return None
    one = _one(said)
    if one is not None:
        return one
    # The head of the phrase is its last word that any dated clause names: "the caf pilot report come out"
    # is about the report; its verb ("come out", read as "launch") names the coming about, not the thing.
    head = set([w for w in asked if any(w in words(d.sentence) for d in said)][-1:])
    for within in ("clause", "sentence"):
        overlap = [len(set(asked) & set(words(getattr(d, within)))) for d in said]
        best = max(overlap)
        if not best:
            continue
        tied = [d for d, n in zip(said, overlap) if n == best]
        # "the lg caf pilot report": of clauses naming as many of its words, the one naming the
        # head of the phrase, its last word (the report, not the pilot); and a date said in brackets
        # beside another is an aside to it ("in October 2024 (reported in December 2024)").
        one = (_one(tied) or _one([d for d in tied if head <= set(words(getattr(d, within)))])
               or _one([d for d in tied if not d.aside]))
        if one is not None:
            return one
    return None


def _apart(earlier: FuzzyDate, later: FuzzyDate) -> str:
    """How far apart two dates are, in words, told no finer than the coarser of them."""
    if earlier.day and later.day:
        days = (later.earliest() - earlier.earliest()).days
        if days == 7:
            return "a week"
        if days < 14:
            return f"{days} day{'s' * (days != 1)}"
        if days < 46:
            return f"{'about ' * (days % 7 > 1)}{round(days / 7)} weeks"
        if days < 365:
            months = round(days / 30.44)
            return f"{'about ' * (abs(days - months * 30.44) > 3)}{months} month{'s' * (months != 1)}"
    if earlier.month and later.month:
        months = (later.year - earlier.year) * 12 + later.month - earlier.month
        if months < 3 and not (earlier.day and later.day):
            return ""      # 31 August and "October": a month or two, nothing to count
        if months < 24:
            return f"{'about ' * (not (earlier.day and later.day))}{months} months"
        if 5 <= months % 12 <= 7:     # 27 March 2013 to October 2016: three and a half years, not "about 4"
            return f"about {months // 12} and a half years"
        return f"about {round(months / 12)} years" if months % 12 > 2 else f"{months // 12} years"
    years = later.year - earlier.year
    return f"about {years} year{'s' * (years != 1)}" if years >= 2 else ""


def order_line(named: tuple[str, str], dates: tuple[FuzzyDate, FuzzyDate]) -> str | None:
    """"“cyberuk 2017” came first (14 March 2017), 2 months before “wannacry” (12 May 2017).", or None
    when the dates, as finely as both are known, do not say which came first."""
    (a, b), (da, db) = named, dates
    if da.latest() < db.earliest():
        first, then = (a, da), (b, db)
    elif db.latest() < da.earliest():
        first, then = (b, db), (a, da)
    else:
        return None
    gap = _apart(first[1], then[1])
    return (f"\u201c{first[0]}\u201d came first ({first[1].display()}), {gap + ' ' if gap else ''}before "
            f"\u201c{then[0]}\u201d ({then[1].display()}).")
