"""The difference between two figures, where a question asks it: "the 37.8m vs the 19.9m - difference?".

People building slides put two figures side by side and ask how far apart they are: "how much bigger",
"how many more", "by how much", "the difference between them". The entry gives both figures; the sum is
ours to do, and doing it is the answer they came for. It is done only where the two figures are certain:

- the two the question names, where the answer gives both ("777 vs 430 - by how much?"); or
- where the question names one figure or none, the only two sums of money the answer gives beside the one
  it names ("NCSC share of the 1.9bn vs the 'strategy delivery' share - the difference?": £600m and £1.3bn).

Counts the question does not name are never picked from an answer (it gives days, pilots and councils
beside the count asked), nor is a year, a share or a date. The line says which figures it took, so the
reader can check the sum.
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.answers.search import MONEY_SCALES, SCALE_SIZES, SCALES
from bot.core import regexes

# A question that asks how far apart two figures are: "the difference", "by how much", or "how much more" with what
# it is more than ("than", "vs"): "how much extra did Local Digital get" asks the extra sum itself.
_ASKS = regexes.compile(r"\b(?:difference|by\s+how\s+(?:much|many)|the\s+gap\s+between\s+(?:the\s+)?(?:two\s+)?"
                        r"(?:figures|numbers|sums|amounts))\b|"
                        r"\bhow\s+(?:much|many)\s+(?:more|less|fewer|bigger|smaller|larger|higher|lower|greater)\b"
                        r"(?=.*\b(?:than|vs\.?|versus|compared)\b)", re.IGNORECASE)
# A figure: "£37.8m", "£1.3 billion", "19.9m", "777", "2,000" (not a share, not part of a date or a span of years).
_FIGURE = regexes.compile(r"(?<![\w.,/\u2013-])(?P<pound>\u00a3)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?P<dp>\.\d+)?"
                          r"(?:\s*(?P<scale>" + SCALES + r")\b)?(?![\d%/\u2013-]|\.\d|\s*(?:per\s*cent|percent)\b)",
                          re.IGNORECASE)
_MONTH = regexes.compile(r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


def _figures(text: str) -> list[tuple[Decimal, bool]]:
    """Each figure ``text`` gives as (value, is money), in order, without years or day numbers."""
    found = []
    for m in _FIGURE.finditer(text):
        value = Decimal(m.group("n").replace(",", "") + (m.group("dp") or ""))
        scale = (m.group("scale") or "").lower()
        money = bool(m.group("pound") or re.fullmatch(MONEY_SCALES, scale))
        if not money and (1900 <= value <= 2099 and not m.group("dp") or _MONTH.match(text[m.end():])
                          or value <= 31 and re.search(r"\b(?:on|the)\s*$", text[:m.start()])):
            continue    # a year, or a day of a month ("1 November 2016", "on the 6th"; not "the 777 incidents")
        found.append((value * Decimal(SCALE_SIZES.get(scale, 1)), money))    # (the sizes are whole: exact as decimals)
    return found


def _said(value: Decimal, money: bool) -> str:
    """``value`` written as the sources write figures: "£17.9m", "£700m", "£1.04bn", "347"."""
    if not money:
        return f"{value.normalize():,f}"
    for unit, size in (("bn", Decimal(10) ** 9), ("m", Decimal(10) ** 6)):
        if abs(value) >= size:
            return f"\u00a3{(value / size).quantize(Decimal('0.01')).normalize():f}{unit}"
    return f"\u00a3{value.normalize():,f}"


def line(question: str, answer_texts: list[str]) -> str | None:
    """The line that gives the difference ``question`` asks between two figures of ``answer_texts``, or None."""
    if not _ASKS.search(question):
        return None
    asked = list(dict.fromkeys(_figures(question)))
    given = list(dict.fromkeys(f for text in answer_texts for f in _figures(text)))
    values = {value for value, _ in given}
    if len(asked) >= 2:
        pair = asked[:2]
        if not all(value in values for value, _ in pair) or pair[0][1] != pair[1][1]:
            return None
    else:
        named = {value for value, _ in asked}
        sums = list(dict.fromkeys(value for value, money in given if money and value not in named))
        if len(sums) != 2:
            return None
        pair = [(value, True) for value in sums]
    (one, money), (other, _) = sorted(pair, key=lambda f: f[0], reverse=True)
    if one == other:
        return None
    return f"The difference is {_said(one - other, money)} ({_said(one, money)} less {_said(other, money)})."
