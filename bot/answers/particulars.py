"""The particulars a claim states (its dates, years, financial years and figures), and whether a text states each.

"so the queen opened the ncsc in feb 2017 but it had been running since the october before - right?" puts two
dates to confirm; the entry that says "14 February 2017 ... after it had started work in October 2016" states
both. A month is held with the year beside it ("october 2017" is not stated by "October 2016 ... February
2017"), a day with its month, a sum with its unit ("£1.5m" is not "£1.5bn").
"""

from __future__ import annotations

import re

from bot.answers.knowledge import MONTH_NAMES
from bot.core import regexes

_MONTHS = tuple(name.lower() for name in MONTH_NAMES if name)
_MONTH_SHORT = regexes.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s|$|[,;:!?)'\"])")
_FULL = {m[:3]: m for m in _MONTHS} | {"sept": "september"}
_MONTH = "|".join(_MONTHS)
# "14 february 2017", "february 2017", "14th feb", "october"; "may" only with a day or a year beside it.
_DATE = regexes.compile(rf"\b(?:(\d{{1,2}})\s+)?({_MONTH})\b(?:\s+((?:19|20)\d\d)\b)?")
_FINANCIAL_YEAR = regexes.compile(r"\b(?:19|20)\d\d/\d\d\b")
_YEAR = regexes.compile(r"\b(?:19|20)\d\d\b")
# As the search reads it (``search._NUMERIC_DATE``): three parts, day first.
_NUMERIC_DATE = regexes.compile(r"(?<![\w/.\u00a3$:-])([0-3]?\d)([/.])([01]?\d)\2((?:19|20)?\d\d)(?![\w/%]|\.\d)")
_FIGURE = regexes.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:bn|m|k|%)?(?![\w.%])")


def normalised(text: str) -> str:
    """``text`` lower-cased with its dates and sums written one way: "14th Feb" as "14 february", "£1.9 billion"
    and "£1.9bn" as "1.9bn", "10,000" as "10000", "per cent" as "%"."""
    text = text.lower().replace("\u00a3", " ").replace("\u2019", "'")
    # "14/02/2017", "31/03/26": a date written in numbers, day first, is that day of that month.
    text = _NUMERIC_DATE.sub(lambda m: (f"{int(m.group(1))} {_MONTHS[int(m.group(3)) - 1]} "
                                        f"{m.group(4) if len(m.group(4)) == 4 else '20' + m.group(4)}"
                                        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(3)) <= 12 else m.group(0)), text)
    text = _MONTH_SHORT.sub(lambda m: _FULL[m.group(1)], text)
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    text = re.sub(r"(\d)\s*(?:billion|bn)\b", r"\1bn", text)
    text = re.sub(r"(\d)\s*(?:million|mn|m)\b", r"\1m", text)
    text = re.sub(r"(\d)\s*(?:thousand|k)\b", r"\1k", text)
    return re.sub(r"(\d)\s*(?:per\s*cent|percent)\b", r"\1%", text)


def particulars(text: str) -> list[str]:
    """The dates, years and figures ``text`` states, each as ``normalised`` writes it."""
    text = normalised(text)
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _DATE.finditer(text):
        day, month, year = m.groups()
        if month == "may" and not (day or year):
            continue
        found.append(" ".join(p for p in (day, month, year) if p))
        spans.append(m.span())
    for pattern in (_FINANCIAL_YEAR, _YEAR, _FIGURE):
        for m in pattern.finditer(text):
            if not any(start <= m.start() < end for start, end in spans):
                found.append(m.group(0))
                spans.append(m.span())
    return found


# A count written in words, as the entries write small ones: "the 4 ACD measures" is stated by "four ACD measures".
_COUNT_WORDS = dict(enumerate("zero one two three four five six seven eight nine ten eleven twelve".split()))


def states(text: str, particular: str) -> bool:
    """Does ``text`` (``normalised``) state ``particular`` as written there (a count up to twelve, or in words)?"""
    if re.search(rf"(?<![\w.]){re.escape(particular)}(?![\w%]|\.\d)", text) is not None:
        return True
    word = _COUNT_WORDS.get(int(particular)) if particular.isdigit() and int(particular) > 1 else None
    return word is not None and re.search(rf"\b{word}\b", text) is not None
