"""Questions dictated aloud or spelled out, read as the digits, acronyms and names they say.

Voice dictation and people who spell things out write "the national cyber security strategy
twenty sixteen to twenty twenty one", "when was the one point nine billion first announced",
"what is the n c s c", "wanna cry", "the cyber uk stock take". Read word by word these are
figures no entry gives ("twenty" is 20, "sixteen" 16) and words nobody wrote ("cry"), so the
bot declines what it knows, or worse answers "c" with the entry that lists objective (C).

``as_written`` rewrites a question once, before anything reads it (``Answerer.answer``), so the
intents, the clause splitting, relative years, the search and the answerability constraints all
read the same words:

- Numbers said in words are their digits when they are numbers only: a year ("twenty sixteen",
  "two thousand and sixteen", "nineteen ninety", "twenty twenty-one") and a span of years said short
  after one ("twenty eighteen nineteen" is 2018/19, "twenty sixteen to twenty one" 2016 to 2021), a
  day of a month ("the first of november", "november the twenty first"), a figure of several words
  ("thirty nine", "seven hundred and fifty thousand", "one point nine billion", "one and a half
  million": the unit stays a
  word, as "£1.9bn" is read), and a round ten past twenty ("forty"). A number of one word up to
  twenty stays a word: the knowledge base writes "the four objectives", "ten steps" that way and
  the answerability check already reads such a word as its figure where it counts something, and
  "one" is mostly no number at all ("one of", "a one-off", "which one", "at one point"). "A"
  before hundred, thousand, million or billion is one only when it is plainly a sum ("a million
  pounds", "a hundred and fifty"): "thanks a million" and "a hundred percent sure" are not. A number
  said figure by figure ("seven seven two six"), hundreds said short ("cyber three sixty"), a financial
  year said short ("eighteen nineteen": 2018/19) and a year said in its last two figures before words our
  titles write beside that year ("the sixteen strategy", ``years_beside``) are their digits too.
- Punctuation said aloud ("question mark", "full stop") is the mark, and a passage read out between
  "quote" and "end quote" or "unquote" is a quoted passage. A year typed short after an apostrophe
  ("the '16 strategy") is that year.
- Letters spelled out one by one ("n c s c", "N.C.S.C.", "c a f", "u k") are the acronym they spell: three or
  more always (an article in front, "a c i s p", stays an article unless the whole is ours), two
  only when they spell a word of ours; followed by a figure ("m i five", "n i s two") they are one name.
- Two words whose joined form is one of our names and no English word ("wanna cry", "stock take",
  "stock-take", "cyber uk") are that name, when our sources never write the two words apart
  (``compounds``: "web check" is written apart, so it stays two words).
- One word that is two of our name's words typed without the space ("cyberessentials", "mailcheck") is that
  name's two words, when our titles and keywords never write it as one word and it is no English word
  (``run_together``): a web address's "cyberessentials.ncsc.gov.uk" makes it no name of ours.
- A name said aloud and written down by ear, in words that sound like its parts: the letters of an
  acronym said as letters' names or as words that sound like them ("in CSC" for NCSC, "gee see
  aitch queue" for GCHQ, "see a f" for CAF), a name said in syllables ("sock it em" for Socitm).
  Two to four words that sound, run together, like one of our names that is no English word
  (``sound_alikes``) are that name, when one of them is neither a small word nor a word of ours
  (the ear's slip: "CSC", "sock", "aitch").
"""

from __future__ import annotations

import itertools
import re
from typing import Callable, Iterable

from rapidfuzz.distance import OSA

from bot.core import regexes

_UNITS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine".split())}
_TEENS = {w: n for n, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                                     "nineteen".split(), 10)}
_TENS = {w: n for n, w in zip(range(20, 100, 10), "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"hundred": 100, "thousand": 1000}
_LARGE = ("million", "billion")      # kept as words after the figure: "1.9 billion", as "£1.9bn" is read
_ZERO_SAID = ("oh", "o", "nought", "zero")     # "twenty oh five", "one point oh"
_CENTURIES = {"nineteen": 19, "twenty": 20}
_NUMBER_WORDS = frozenset([*_UNITS, *_TEENS, *_TENS, *_SCALES, *_LARGE, *_ZERO_SAID, "and", "a", "point", "half"])
# What shows "a million" is a sum: money after it or before it.
_MONEY_AFTER = regexes.compile(r"\s*(?:pounds?|quid|£|gbp|of\s+(?:funding|money|investment))\b", re.IGNORECASE)
_MONEY_BEFORE = regexes.compile(r"£\s*$")
_WORD = regexes.compile(r"[A-Za-z]+")
# Letters typed one by one: single letters, each a word of its own, spaces between.
# Letters typed one by one: single letters, each a word of its own, with spaces, dots or hyphens
# between ("n c s c", "N.C.S.C.", "n-c-s-c").
_SPELLED = regexes.compile(r"(?<![\w'\u2019.-])[A-Za-z](?P<sep>\.[ \t]?|[ \t]+|-)[A-Za-z](?:(?P=sep)[A-Za-z])*\.?(?![\w'\u2019-])")
_ARTICLES = ("a", "i")


def as_written(text: str, compounds: dict[tuple[str, str], str] | None = None,
               known: Callable[[str], bool] = lambda word: False,
               sounds: dict[str, str] | None = None, small: Callable[[str], bool] = lambda word: False,
               beside: dict[str, frozenset[int]] | None = None, apart: dict[str, str] | None = None,
               addresses: dict[str, str] | None = None) -> str:
    """``text`` with dictated numbers as digits, spelled-out letters as the acronym, a name of
    ours typed as two words as one and one typed as one word as its two (``apart``: ``run_together``), and
    a part of one of our addresses read out by ear before a said "dot" as the part (``addresses``: ``address_parts``).
    ``known(word)`` says whether a word is one of ours;
    ``compounds`` maps the two words of a name to the name (``compounds``); ``sounds`` maps how a
    name of ours sounds to the name (``sound_alikes``), ``small(word)`` says a word is a small one
    ("in", "it")."""
    if not text:
        return text
    text = _marks_said(text)
    text = _short_years(text)
    text = _joined_letters(text, known)
    if compounds:
        text = _joined_names(text, compounds)
    if apart:
        text = _WORD_NUMBERED.sub(lambda m: _apart(m, apart), text)
    if sounds:
        text = _names_by_ear(text, sounds, known, small)
    if addresses and " dot " in text.lower():
        text = addresses_by_ear(text, addresses)
    text = numbers_as_digits(text)
    return _years_said_short(text, beside) if beside else text


# A word, and a number typed against it: "cyber360" (``run_together``).
_WORD_NUMBERED = regexes.compile(r"([A-Za-z]+)(\d{2,4}(?!\d))?")


def _apart(match: re.Match, apart: dict[str, str]) -> str:
    """A word typed as one that is two of ours (``run_together``) as the two: "cyber360" as "Cyber 360", and
    "cyberessentials2022" as "Cyber Essentials2022" (its year read apart later) where the name with the number is none."""
    whole = apart.get(match.group(0).lower())
    if whole is not None:
        return whole
    return apart.get(match.group(1).lower(), match.group(1)) + (match.group(2) or "")


# Punctuation said aloud: "netcraft question mark", "... thanks full stop". Said after a word, at the end of the
# message or before the next word.
_MARK_SAID = regexes.compile(r"(?<=\w)\s+(question\s+mark|full\s+stop|exclamation\s+(?:mark|point)|new\s+(?:line|paragraph))"
                             r"(?=\s|$)", re.IGNORECASE)
_MARKS = {"question": "?", "full": ".", "exclamation": "!", "new": "."}
# A passage read out between "quote" and "end quote" (or "unquote", "close quote"): the quoted passage it is, as if typed
# in quote marks, so a question in it is read as the passage's (an email read out, a councillor's words forwarded).
_QUOTE_SAID = regexes.compile(r"\b(?:open\s+)?quote(?:\s+marks?)?\b[\s:,]+(?=\w)(.+?)[\s,.]*\b(?:end\s+(?:of\s+)?quote|"
                              r"close\s+quote|unquote|quote\s+ends?)\b", re.IGNORECASE | re.DOTALL)
# A year written short after an apostrophe: "the '16 strategy", "cyberuk ’17". Not a quoted title that opens with a
# number ("lga '10 questions for a councillor'": a closing quote follows the words after it).
_SHORT_YEAR = regexes.compile(r"(?<![\w'\u2018\u2019])['\u2018\u2019](\d\d)(?![\w'\u2019%.,]\w)")
_CLOSING_QUOTE = regexes.compile(r"(?<=\w)['\u2019](?!\w)")


def _marks_said(text: str) -> str:
    """"netcraft question mark" -> "netcraft?"; "quote hi all ... thanks end quote" -> "“hi all ... thanks”"."""
    text = _MARK_SAID.sub(lambda m: _MARKS[m.group(1).split()[0].lower()], text)
    return _QUOTE_SAID.sub(lambda m: f"\u201c{m.group(1)}\u201d", text)


def _short_years(text: str) -> str:
    """"the '16 strategy" -> "the 2016 strategy"; "'99" -> "1999". Two figures up to 39 are this century's
    (our sources run from the 1990s to now), 80 to 99 the last one's; between, no year is read."""
    def year(match: re.Match) -> str:
        short = int(match.group(1))
        if _CLOSING_QUOTE.search(text, match.end()) and not _SHORT_YEAR.search(text, match.end()):
            return match.group(0)      # "'10 questions for a councillor'": a quoted title
        if short <= 39:
            return f"20{short:02d}"
        return f"19{short}" if short >= 80 else match.group(0)
    return _SHORT_YEAR.sub(year, text)


# "the sixteen strategy", "the 24 ncsc review": a year said or typed in its last two figures, before the words our
# titles write beside that year ("National Cyber Security Strategy 2016", "NCSC 2024 annual review").
_SHORT_YEAR_BEFORE = regexes.compile(r"\b(the\s+)(1\d|2\d|3\d|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                                     r"seventeen|eighteen|nineteen|twenty)\s+([a-z]+)(?:\s+([a-z]+))?\b", re.IGNORECASE)


# "cyberuk 19 venue??", "ncss 16 launch": a year typed in its last two figures after a name our titles write that year
# after ("CYBERUK 2019"); not a figure of something else ("ncsc 24/7", "caf 14 principles" has no title "CAF 2014").
_SHORT_YEAR_AFTER = regexes.compile(r"\b([a-z]+)\s+(1\d|2\d|3\d)\b(?![/%]|[.,:-]\d|\s*(?:-|/|to)\s*\d)", re.IGNORECASE)


def years_beside(names: Iterable[str], is_small: Callable[[str], bool]) -> dict[str, frozenset[int]]:
    """The years ``names`` (our titles and phrasings) write straight before or after a word that is not a small
    one: "NCSC 2024 annual review" puts 2024 beside "ncsc" and "annual"."""
    found: dict[str, set[int]] = {}
    for name in names:
        tokens = re.findall(r"[a-z]+|\d+", name.lower())
        for i, token in enumerate(tokens):
            if len(token) == 4 and token[:2] in ("19", "20") and token.isdigit():
                for j in (i - 1, i + 1):
                    if 0 <= j < len(tokens) and tokens[j].isalpha() and not is_small(tokens[j]):
                        found.setdefault(tokens[j], set()).add(int(token))
    return {word: frozenset(years) for word, years in found.items()}


def _years_said_short(text: str, beside: dict[str, frozenset[int]]) -> str:
    """"the sixteen strategy" -> "the 2016 strategy" where our titles write 2016 beside "strategy"; "the 10 councils"
    as it was (no title of ours writes 2010 beside "councils")."""
    def year(match: re.Match) -> str:
        short = match.group(2).lower()
        value = _TEENS.get(short, _TENS.get(short)) if short.isalpha() else int(short)
        if value is None or value < 10:
            return match.group(0)
        said = 2000 + value
        if any(said in beside.get((word or "").lower(), ()) for word in match.group(3, 4)):
            return f"{match.group(1)}{said}" + match.group(0)[match.end(2) - match.start():]
        return match.group(0)
    def year_after(match: re.Match) -> str:
        said = 2000 + int(match.group(2))
        if said in beside.get(match.group(1).lower(), ()):
            return f"{match.group(1)} {said}"
        return match.group(0)
    return _SHORT_YEAR_AFTER.sub(year_after, _SHORT_YEAR_BEFORE.sub(year, text))


def numbers_as_digits(text: str) -> str:
    """"twenty sixteen" -> "2016", "one point nine billion" -> "1.9 billion", "thirty nine" -> "39",
    "the first of november" -> "the 1 of november"; "one of", "ten steps", "thanks a million" as they were."""
    text = _DAY_SAID.sub(_day_as_digits, text)
    words = list(_WORD.finditer(text))
    out, at, i = [], 0, 0
    while i < len(words):
        run = _run_from(text, words, i)
        if len(run) == 0:
            i += 1
            continue
        read = _read_number(text, run)
        if read is None:
            i += 1
            continue
        said, used = read
        out.append(text[at:run[0].start()])
        at = run[used - 1].end()
        i += used
        if len(said) == 4 and said[:2] in ("19", "20") and not words[i - 1].group(0)[:1].isdigit():
            span = _span_end(text, words, i, int(said))
            if span:
                said, i = said + span[0], span[1]
                at = words[i - 1].end()
        out.append(said)
    out.append(text[at:])
    return "".join(out)


def _span_end(text: str, words: list[re.Match], i: int, year: int) -> tuple[str, int] | None:
    """After a dictated year, the end of a span of years said short: "twenty eighteen nineteen" is
    2018/19 (a financial year), "twenty sixteen to twenty one" 2016 to 2021. The end must come after
    the start, within ten years, as "2016-21" is read."""
    if i >= len(words):
        return None
    between = text[words[i - 1].end():words[i].start()]
    joined = re.fullmatch(r"\s+|\s*[-/]\s*", between)
    if words[i].group(0).lower() in ("to", "till", "until", "through") and re.fullmatch(r"\s+", between):
        if i + 1 >= len(words) or not re.fullmatch(r"\s+", text[words[i].end():words[i + 1].start()]):
            return None
        between, joined, i = text[words[i - 1].end():words[i + 1].start()], None, i + 1
    elif not joined:
        return None
    run = _run_from(text, words, i)
    said = [m.group(0).lower() for m in run]
    if _year(said):
        return None      # "twenty sixteen to twenty twenty one": a year of its own
    value, used, _ = _cardinal(said)
    if not used or used < len(said) and said[used] in (*_LARGE, "point"):
        return None
    short = year % 100
    if joined and value == short + 1:
        return f"/{value:02d}", i + used
    if not joined and short < value <= short + 10:
        return f"{between}{year // 100}{value:02d}", i + used
    return None


_ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                                        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
                                        "twentieth".split(), 1)}
_MONTH_NAMES = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
_ORDINAL_SAID = r"(?:(twenty|thirty)[\s-]+)?(" + "|".join(_ORDINALS) + r"|thirtieth)"
# "the first of november", "the twenty first of november", "november the first": a day of the month.
_DAY_SAID = regexes.compile(rf"\b(){_ORDINAL_SAID}(?=\s+of\s+(?:{_MONTH_NAMES}|may)\b)"
                       rf"|\b(the\s+){_ORDINAL_SAID}(?=\s+{_MONTH_NAMES}\b)"
                       rf"|\b((?:{_MONTH_NAMES}|may))\s+(?:the\s+)?{_ORDINAL_SAID}\b", re.IGNORECASE)


def _day_as_digits(match: re.Match) -> str:
    before, tens, ordinal = next(match.group(k, k + 1, k + 2) for k in (1, 4, 7) if match.group(k + 2))
    before = f"{before} " if match.group(9) else before      # "november the first" -> "november 1"
    day = (_TENS[tens.lower()] if tens else 0) + (_ORDINALS.get(ordinal.lower()) or 30)
    if day > 31 or tens and ordinal.lower() in ("twentieth", "thirtieth"):
        return match.group(0)
    return f"{before}{day}"


def _run_from(text: str, words: list[re.Match], i: int) -> list[re.Match]:
    """The number words from ``words[i]`` on, each after the last with only a space or a hyphen between."""
    run = []
    for j in range(i, len(words)):
        if words[j].group(0).lower() not in _NUMBER_WORDS:
            break
        if run and not re.fullmatch(r"\s+|\s*-\s*", text[run[-1].end():words[j].start()]):
            break
        run.append(words[j])
    return run


def _read_number(text: str, run: list[re.Match]) -> tuple[str, int] | None:
    """The digits the words at the start of ``run`` say, and how many words say them; None when
    they are no number to write as digits (a lone "one", "ten", "a", "and")."""
    said = [m.group(0).lower() for m in run]
    year = _year(said)
    if year:
        return year
    # "eighteen nineteen": a financial year said short, one year and the next (2018/19).
    if len(said) >= 2 and said[0] in _TEENS and said[1] in _TEENS and _TEENS[said[1]] == _TEENS[said[0]] + 1:
        return f"20{_TEENS[said[0]]}/{_TEENS[said[1]]}", 2
    # "seven seven two six": a number said figure by figure (a short code, a phone number), three or more of them.
    figures = list(itertools.takewhile(lambda word: _digit(word) is not None, said))
    if len(figures) >= 3 and said[0] != "o":     # (not "o" for a letter)
        return "".join(str(_digit(word)) for word in figures), len(figures)
    # "cyber three sixty", "three sixty five": hundreds said short, a figure then its tens.
    if len(said) >= 2 and _UNITS.get(said[0], 0) > 0 and said[1] in _TENS:
        extra = _UNITS[said[2]] if len(said) > 2 and _UNITS.get(said[2], 0) > 0 else 0
        return str(_UNITS[said[0]] * 100 + _TENS[said[1]] + extra), 2 + bool(extra)
    if said[:1] == ["a"] and said[1:2] and said[1] in _LARGE:      # "a million pounds": 1 million
        return ("1", 1) if _plainly_a_sum(text, run, 2) else None
    value, used, words_in_it = _cardinal(said)
    if used == 0:
        return None
    if said[0] == "a" and not _plainly_a_sum(text, run, used):
        return None
    decimals = ""
    if used + 1 < len(said) and said[used] == "point" and _digit(said[used + 1]) is not None:
        point = used + 1
        while point < len(said) and _digit(said[point]) is not None:
            decimals += str(_digit(said[point]))
            point += 1
        used = point
        words_in_it = 2
    if not decimals and said[used:used + 3] == ["and", "a", "half"] and said[used + 3:used + 4] and said[used + 3] in _LARGE:
        decimals, used, words_in_it = "5", used + 3, 2      # "one and a half million": 1.5 million
    of_large = used < len(said) and said[used] in _LARGE      # "one million", "ten billion": a sum
    if words_in_it == 1 and value <= 20 and not decimals and not of_large:
        return None      # "one of", "ten steps", "the four objectives": words our sources write too
    if decimals:
        return f"{value}.{decimals}", used
    return (f"{value:,}" if value >= 10_000 else str(value)), used


def _year(said: list[str]) -> tuple[str, int] | None:
    """"twenty sixteen" (2016), "twenty twenty one" (2021), "nineteen ninety" (1990), "twenty oh five"
    (2005): a century said as its two figures, then the year in it. "Twenty one" is 21, not a year."""
    if len(said) < 2 or said[0] not in _CENTURIES:
        return None
    century, second = _CENTURIES[said[0]] * 100, said[1]
    if second in _TEENS:
        return str(century + _TEENS[second]), 2
    if second in _TENS:
        if len(said) > 2 and said[2] in _UNITS and _UNITS[said[2]] > 0:
            return str(century + _TENS[second] + _UNITS[said[2]]), 3
        return str(century + _TENS[second]), 2
    if second in _ZERO_SAID and len(said) > 2 and said[2] in _UNITS and _UNITS[said[2]] > 0:
        return str(century + _UNITS[said[2]]), 3
    return None


def _cardinal(said: list[str]) -> tuple[int, int, int]:
    """The whole number said at the start of ``said``: its value, how many words say it (0: none)
    and how many of those are figures ("two thousand and sixteen": 3)."""
    total = current = used = figures = 0
    last = None           # what the last word was: unit, teen, tens, scale
    i = 0
    while i < len(said):
        word = said[i]
        if word == "a" and i == 0 and i + 1 < len(said) and said[i + 1] in (*_SCALES, *_LARGE):
            current, last = 1, "a"
        elif word in _UNITS or word in _TEENS:
            small = _UNITS.get(word, _TEENS.get(word))
            if last in ("unit", "teen") or (last == "tens" and word in _TEENS):
                break      # "one two three", "twenty sixteen" (read as a year before this)
            current += small
            last = "unit" if word in _UNITS else "teen"
        elif word in _TENS:
            if last in ("unit", "teen", "tens"):
                break
            current += _TENS[word]
            last = "tens"
        elif word == "hundred":
            if last not in ("unit", "teen", "a") or current >= 100:
                break
            current *= 100
            last = "scale"
        elif word == "thousand":
            if last is None:
                break
            total += current * 1000
            current, last = 0, "scale"
        elif word == "and":
            if last != "scale" or i + 1 >= len(said) or not (said[i + 1] in _UNITS or said[i + 1] in _TEENS
                                                              or said[i + 1] in _TENS):
                break
            i += 1
            continue
        else:      # "million", "billion", "point", "oh": the figure ends before it
            break
        figures += word != "a"
        i += 1
        used = i
    if last == "a":
        return 0, 0, 0
    return total + current, used, figures


def _digit(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS[word]
    return 0 if word in _ZERO_SAID else None


def _plainly_a_sum(text: str, run: list[re.Match], used: int) -> bool:
    """"a hundred and fifty", "a million pounds", "£ a million": "a" is one. "Thanks a million", "a
    hundred percent sure": a way of speaking."""
    if used > 2:
        return True
    return bool(_MONEY_AFTER.match(text, run[used - 1].end()) or _MONEY_BEFORE.search(text, 0, run[0].start()))


# Letters spelled out, then a figure said: "m i five", "n i s two" (MI5, NIS2): one name, a body or an edition
# (not "one": "the c a f one" is the CAF).
_SPELLED_FIGURE = regexes.compile(r"(?<![\w'\u2019.-])((?:[A-Za-z][ \t]+){2,4})(?P<figure>two|three|four|five|six|seven|eight|nine)"
                                  r"\b(?![\w'\u2019-])", re.IGNORECASE)


def _joined_letters(text: str, known: Callable[[str], bool]) -> str:
    """"the n c s c" -> "the ncsc"; "u k" -> "uk" (a word of ours); "a c i s p" -> "a cisp"; "m i five" -> "mi5"."""
    text = _SPELLED_FIGURE.sub(lambda m: m.group(1).replace(" ", "").replace("\t", "") + str(_UNITS[m.group("figure").lower()]),
                               text)
    def joined(match: re.Match) -> str:
        letters = re.findall(r"[A-Za-z]", match.group(0))
        stop = "." if match.group(0).endswith(".") and "." not in match.group("sep") else ""   # a full stop after
        whole = "".join(letters)
        if known(whole.lower()):
            return whole + stop
        if letters[0].lower() in _ARTICLES and match.group("sep").strip() == "":   # "is it a c a f thing"
            rest = "".join(letters[1:])
            if len(letters) - 1 >= 3 or len(letters) - 1 == 2 and known(rest.lower()):
                return f"{letters[0]}{match.group('sep')}{rest}{stop}"
            return match.group(0)
        return whole + stop if len(letters) >= 3 else match.group(0)
    return _SPELLED.sub(joined, text)


def _joined_names(text: str, compounds: dict[tuple[str, str], str]) -> str:
    """"the cyber uk stock-take" -> "the cyberuk stocktake"; a plural "s" stays on ("stock takes").
    Two whole words side by side, spaces or a hyphen between, that ``compounds`` holds as a pair (the
    second with or without a plural "s"), looked up pair by pair: the pairs are many (thousands on a
    large knowledge base) and the words of a question few."""
    words = list(_WHOLE_WORD.finditer(text))
    out, at, i = [], 0, 0
    while i + 1 < len(words):
        first, second = words[i], words[i + 1]
        joined = _compound_of(text, first, second, compounds)
        if joined is None:
            i += 1
            continue
        out += [text[at:first.start()], joined]
        at, i = second.end(), i + 2
    return "".join(out) + text[at:] if out else text


_WHOLE_WORD = regexes.compile(r"\w+")
_APART = regexes.compile(r"[ \t]+|[ \t]*[-\u2010\u2011][ \t]*")
# A compound's two words are whole ones: not the end of a hyphenated word or a "don't" before, nor
# the start of a hyphenated one after.
_JOINED_BEFORE = regexes.compile(r"[\w'\u2019-]")
_JOINED_AFTER = regexes.compile(r"[\w-]")


def _compound_of(text: str, first: re.Match, second: re.Match, compounds: dict[tuple[str, str], str]) -> str | None:
    """The two words ``first`` and ``second`` as one name (lower case, a plural "s" kept as typed), if
    ``compounds`` holds them as a pair and they stand as two whole words apart."""
    if not _APART.fullmatch(text, first.end(), second.start()):
        return None
    start = first.start()
    if start > 0 and _JOINED_BEFORE.match(text, start - 1):
        return None
    end = second.end()
    if end < len(text) and _JOINED_AFTER.match(text, end):
        return None
    a, b = first.group(0).lower(), second.group(0).lower()
    if (a, b) in compounds:
        return a + b
    if len(b) > 1 and b.endswith("s") and (a, b[:-1]) in compounds:
        return a + b[:-1] + second.group(0)[-1]
    return None


def compounds(names: Iterable[str], written: str, is_english: Callable[[str], bool],
              is_kept_apart: Callable[[str], bool] = lambda word: False) -> dict[tuple[str, str], str]:
    """The two words a name of ours may be typed as: every way to cut a name of ``names`` (the
    lower-case words of our titles and keywords) into two words that are ours, or English
    (``is_english``) and of three letters or more ("de coded" is no way to type "decoded"), when the name is no English word itself, ``is_kept_apart``
    does not hold it back (a place or a person: "red car" is no Redcar) and ``written`` (our own
    text, lower case, one space between words) never has the two words apart."""
    found: dict[tuple[str, str], str] = {}
    names = set(names)
    said = f" {written} "
    for name in sorted(n for n in names if len(n) >= 5 and n.isalpha()):
        if is_english(name) or is_kept_apart(name):
            continue
        for cut in range(2, len(name) - 1):
            first, second = name[:cut], name[cut:]
            if all(part in names or len(part) >= 3 and is_english(part) for part in (first, second)) \
                    and f" {first} {second} " not in said:
                found[(first, second)] = name
    return found


# ...and a name with its number ("Cyber 360"), typed as one word as "cyber360" is.
_NAME_PAIR = regexes.compile(r"(?=\b([A-Za-z]{3,})[ \t]+([A-Za-z]{3,}|\d{2,4})\b)")


# A web or email address read out: "phishing dot gov dot uk", "fishing dot something". The part before a said "dot" is
# a part of an address, which a phone may have spelt as the English word it sounds like ("fishing" for "phishing").
_ADDRESS_SAID = regexes.compile(r"\b([A-Za-z]{4,})(?=\s+dot\b)", re.IGNORECASE)
_ADDRESS = regexes.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|com|org|net|gov)\b")


def address_parts(texts: Iterable[str]) -> dict[str, str]:
    """How each word of the web and email addresses in ``texts`` sounds (``_by_ear``) -> the word: "fising" ->
    "phishing" for report@phishing.gov.uk. A sound two words share is neither's."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for text in texts:
        for address in _ADDRESS.findall(text.lower()):
            for part in re.findall(r"[a-z]{4,}", address):
                sound = _by_ear(part)
                if found.get(sound, part) != part:
                    shared.add(sound)
                found[sound] = part
    return {sound: part for sound, part in found.items() if sound not in shared}


def addresses_by_ear(text: str, parts: dict[str, str]) -> str:
    """"the NCSC address, fishing dot something" -> "the NCSC address, phishing dot something"."""
    return _ADDRESS_SAID.sub(lambda m: parts.get(_by_ear(m.group(1)), m.group(1)), text)


def run_together(names: Iterable[str], written: Iterable[str], is_english: Callable[[str], bool],
                 is_small: Callable[[str], bool]) -> dict[str, str]:
    """The one word each two-word name of ``names`` (our titles and keywords: "Cyber Essentials", "Mail
    Check") makes when typed without its space -> the two words as our sources write them. Not a word
    ``names`` or ``written`` (our phrasings) write as one ("cyberuk", "stocktake": ``compounds`` reads
    it the other way), an English word ("into", "database"), a pair with a small word ("the", "for"),
    nor one word two names make."""
    pairs: dict[str, set[str]] = {}
    single = {w.lower() for text in written for w in _WORD.findall(text)}
    for name in names:
        single.update(w.lower() for w in _WORD.findall(name))
        for match in _NAME_PAIR.finditer(name):
            first, second = match.groups()
            if not (is_small(first.lower()) or is_small(second.lower())):
                pairs.setdefault((first + second).lower(), set()).add(f"{first} {second}")
    return {joined: next(iter(written_as)) for joined, written_as in pairs.items()
            if len({w.lower() for w in written_as}) == 1 and joined not in single and not is_english(joined)}


# The letters' names, and the words dictation writes for them: "in CSC", "sock it em", "gee see aitch queue".
_LETTER_NAMES = {
    "ay": "a", "bee": "b", "be": "b", "see": "c", "sea": "c", "dee": "d", "ee": "e", "ef": "f", "eff": "f",
    "gee": "g", "aitch": "h", "haitch": "h", "eye": "i", "jay": "j", "kay": "k", "el": "l", "elle": "l",
    "em": "m", "en": "n", "in": "n", "oh": "o", "pee": "p", "cue": "q", "queue": "q", "ar": "r", "are": "r",
    "es": "s", "ess": "s", "tee": "t", "tea": "t", "you": "u", "vee": "v", "ex": "x", "why": "y",
    "zed": "z", "zee": "z"}
_BY_EAR_WORDS = 5      # "dee el you aitch see": the most words one name is said in
_BY_EAR_MIN = 3        # letters in a name: "you kay" is many things besides the UK


def _by_ear(spelt: str, c_as: str | None = None) -> str:
    """How ``spelt`` sounds, roughly: ck, q and a hard c are k, ph is f, x is ks, z is s, a doubled
    letter is one. ``c_as`` reads every c as that letter instead (a name's c may be hard or soft:
    Socitm is said "sock it em")."""
    spelt = spelt.lower().replace("ph", "f").replace("ck", "k").replace("q", "k").replace("x", "ks").replace("z", "s")
    spelt = re.sub(r"c(?=[eiy])", "s", spelt) if c_as is None else spelt.replace("c", c_as)
    spelt = spelt.replace("c", "k")
    return re.sub(r"(.)\1+", r"\1", spelt)


def sound_alikes(names: dict[str, str], is_english: Callable[[str], bool]) -> dict[str, str]:
    """How each name of ``names`` (lower case -> as our sources write it) sounds (``_by_ear``, its c
    hard, soft or as written) -> the name, for names of three letters or more that are no English
    word. A sound two names share is neither's."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for name, written in sorted(names.items()):
        if len(name) < _BY_EAR_MIN or not name.isalpha() or is_english(name):
            continue
        for sound in {_by_ear(name), _by_ear(name, "k"), _by_ear(name, "s")}:
            if found.get(sound, written) != written:
                shared.add(sound)
            found[sound] = written
    return {sound: written for sound, written in found.items() if sound not in shared}


def _names_by_ear(text: str, sounds: dict[str, str], known: Callable[[str], bool],
                  small: Callable[[str], bool]) -> str:
    """"when did in CSC start work" -> "when did NCSC start work"; "sock it em" -> "Socitm"."""
    words = list(_WORD.finditer(text))
    lower = [word.group(0).lower() for word in words]
    # A word of ours or a small one is said as it is written ("in it", "the ncsc"): a name is heard
    # only in words with one of the others among them. Each word is asked once, not once a reading.
    heard = [not known(word) and not small(word) for word in lower]
    if not any(heard):
        return text
    out, at, i = [], 0, 0
    while i < len(words):
        said = _said_name(text, words, lower, heard, i, sounds)
        if said is None:
            i += 1
            continue
        name, used = said
        out.append(text[at:words[i].start()])
        out.append(name)
        at = words[i + used - 1].end()
        i += used
    out.append(text[at:])
    return "".join(out)


_SPACED = regexes.compile(r"[ \t]+")
_INSIDE_A_WORD = regexes.compile(r"[\w'\u2019-]")


def _said_name(text: str, words: list[re.Match], lower: list[str], heard: list[bool], i: int,
               sounds: dict[str, str]) -> tuple[str, int] | None:
    """The name of ours the words from ``words[i]`` sound like, and how many words say it (the most
    that do). ``lower`` holds the words in lower case, ``heard`` whether each could be a name said by
    ear (``_names_by_ear``)."""
    last = i
    for j in range(i + 1, min(i + _BY_EAR_WORDS, len(words))):
        if not _SPACED.fullmatch(text, words[j - 1].end(), words[j].start()):
            break
        last = j
    if last == i or not any(heard[i:last + 1]):
        return None
    if i > 0 and _INSIDE_A_WORD.fullmatch(text, words[i].start() - 1, words[i].start()):
        return None
    for used in range(last - i + 1, 1, -1):
        end = words[i + used - 1].end()
        if i + used - 1 < last and text[end:end + 1] in ("-", "'", "\u2019"):
            continue
        if not any(heard[i:i + used]):
            continue      # words said as they are written: "in it", "the ncsc"
        said = lower[i:i + used]
        for parts in _readings(said):
            name = sounds.get(_by_ear("".join(parts)))
            if name and name.lower() not in said:
                return name, used
    return None


def _readings(words: list[str]) -> Iterable[list[str]]:
    """Each way to read ``words``: a word that is a letter's name as the word or as the letter."""
    readings: list[list[str]] = [[]]
    for word in words:
        letter = _LETTER_NAMES.get(word)
        readings = [r + [w] for r in readings for w in ((word, letter) if letter else (word,))]
    return readings


# A phone's autocorrect knows English words, not our names: it turns one word of a two-word name into the
# English word nearest it ("web cheque" for Web Check, "lindy cameroon" for Lindy Cameron). The other
# word, left as typed, says which name was meant.
_TWO_WORD_NAME = regexes.compile(r"(?=\b([A-Z][A-Za-z]+)[ \t]+([A-Z][A-Za-z]+)\b)")


def two_word_names(names: Iterable[str], is_small: Callable[[str], bool]) -> dict[tuple[str, int], frozenset[str]]:
    """Of each name of two capitalised words in ``names`` ("Web Check", "Lindy Cameron"): (its first word,
    1) -> the second words it has, and (its second word, -1) -> the first. Small words ("The", "What")
    make no name."""
    beside: dict[tuple[str, int], set[str]] = {}
    for name in names:
        for match in _TWO_WORD_NAME.finditer(name):
            first, second = match.group(1).lower(), match.group(2).lower()
            if is_small(first) or is_small(second):
                continue
            beside.setdefault((first, 1), set()).add(second)
            beside.setdefault((second, -1), set()).add(first)
    return {key: frozenset(words) for key, words in beside.items()}


def _sounds_like(said: str, name: str, is_english: Callable[[str], bool]) -> bool:
    """Is ``said`` said as ``name`` is ("cheque" and "check": a final "que" is a k, a final "e" silent;
    "cameroon" and "cameron"), or an English word one slip from it (a letter more, less, other or
    swapped: "make" for "made")? A slip that is no English word is no autocorrect's, and the search
    corrects it already."""
    if min(len(said), len(name)) >= 4 and OSA.distance(said, name) <= 1 and is_english(said):
        return True
    return _by_ear(_silent_end(said)) == _by_ear(_silent_end(name))


def _silent_end(word: str) -> str:
    word = re.sub(r"que$", "k", word)
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def autocorrected_names(text: str, beside: dict[tuple[str, int], frozenset[str]], ours: Callable[[str], bool],
                        is_english: Callable[[str], bool]) -> str:
    """``text`` with a word that is none of ours read as the word of a two-word name of ours
    (``two_word_names``) it is a slip for, when the word beside it is that name's other word:
    "what does web cheque do" -> "what does web check do"."""
    words = list(_WORD.finditer(text))
    fixed: dict[int, str] = {}
    for left, right in zip(words, words[1:]):
        if not re.fullmatch(r"[ \t]+", text[left.end():right.start()]):
            continue
        for kept, slipped, side in ((left, right, 1), (right, left, -1)):
            word = slipped.group(0).lower()
            if ours(word) or slipped.start() in fixed:
                continue
            names = [name for name in beside.get((kept.group(0).lower(), side), ())
                     if name != word and _sounds_like(word, name, is_english)]
            if len(names) == 1:
                fixed[slipped.start()] = names[0]
    if not fixed:
        return text
    out, at = [], 0
    for word in words:
        if word.start() in fixed:
            out += [text[at:word.start()], fixed[word.start()]]
            at = word.end()
    return "".join(out) + text[at:]
