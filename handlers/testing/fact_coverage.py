"""Does the knowledge base carry everything the fact sheet says? A detail the fact sheet gives but
no entry states is a right question the bot refuses.

"socitm president's conf 2018 was glasgow right?" was declined ("nothing for Glasgow in 2018")
although the fact sheet says the conference was in Glasgow: the entry about the conference never
said so, and the answerability check rightly declines a detail the entry does not hold. So every
fact line of ``facts.md`` (the deadlines and both sides of each conflict too) is read for its
checkable details: full dates and weekdays, month-years, years, sums of money, percentages,
counts and figures, phone numbers, web and email addresses, and the names in it (people, places,
organisations, events). Each detail must be stated in the answer of an entry about that fact: one
that states another of its details few facts share, or cites a source of the line and uses its
rarer words. A publisher or a source's year may be stated by the sources the reply lists under the
answer. Entries that say what is not known (``unknown: true``) carry nothing. ``unpaired`` then
asks the answerability check itself whether the entries that carry a fact say its place and year
together, as a question pairs them ("was the 2018 conference in Glasgow?").

    python -m handlers.testing.fact_coverage          # what is missing, by kind
    python -m handlers.testing.fact_coverage --all    # ...and every detail found, to check the reading
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from handlers.testing.near_misses import FACT_SHEET

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "twenty": 20, "twentieth": 20}
_NUMBER_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"
SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6, "k": 1e3, "": 1}

FULL_DATE = re.compile(rf"\b(\d{{1,2}}) ({_MONTH})(?: (\d{{4}}))?\b")
MONTH_YEAR = re.compile(rf"\b({_MONTH}|Spring|Summer|Autumn|Winter|spring|summer|autumn|winter) (\d{{4}})\b")
YEAR = re.compile(r"(?<![\d£./-])((?:19|20)\d\d)(?:[/–-](\d\d(?:\d\d)?))?(?![\d%])")
MONEY = re.compile(r"£\s?(\d[\d,]*(?:\.\d+)?)\s?(billion|bn|million|m|k)?\b")
PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|per ?cent)")
WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
DAY_RANGE = re.compile(rf"\b(\d{{1,2}}) to \d{{1,2}} ({_MONTH}) (\d{{4}})\b")
MONTH_RANGE = re.compile(rf"\b(?:mid-|early |late )?({_MONTH}) to (?:the )?(?:end of |mid-|early |late )?"
                         rf"{_MONTH} (\d{{4}})\b", re.IGNORECASE)
BARE_NUMBER = re.compile(r"(?<![\w£.,/-])\d[\d,]*(?![\w%/-])")
# A web or email address said in the fact itself ("report@phishing.gov.uk", "ncsc.gov.uk/board-toolkit").
ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+(?:uk|net|com|org)(?:/[\w./-]*[\w/])?|[\w.-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\b0\d{3} \d{3} \d{4}\b")
FIGURE = re.compile(rf"(?<![A-Za-z\d£.,/-])(\d[\d,]*|{_NUMBER_WORD})(?:-| )(?!per)([A-Za-z][a-z-]+)")
# Words a figure may count that say nothing checkable ("two of ...", "ten questions" is fine).
_NOT_A_UNIT = {"way", "of", "and", "or", "to", "the", "a", "in", "on", "at", "by", "for", "from", "with", "as", "is",
               "was"}

# A name: capitalised words, joined by a few small words ("Department for Levelling Up"), or an
# acronym. Sentence-initial words and these everyday capitals are not names.
_SMALL = {"of", "for", "and", "the", "in", "on", "a", "&"}
_LEADING = {"the", "it", "its", "in", "at", "since", "among", "besides", "following", "when", "for", "around",
            "most", "by", "from", "on", "this", "these", "after", "before", "queen", "dr", "cllr", "prof",
            "chancellor", "ministerial", "available", "mid", "a", "an", "members", "who", "avoid"}
# Capitalised words that are no name on their own: a sentence's opening word or an everyday word.
_NOT_NAMES = _LEADING | {"stocktake", "suspicious", "organisations", "significant", "reporting", "priorities",
                         "trade", "defend", "deter", "develop", "connell", "hammond", "martin", "he", "his",
                         "there", "all", "each", "every", "tuesday", "wednesday", "friday", "monday", "thursday",
                         "saturday", "sunday", "b", "c", "d", "indicators", "good", "practice", "fusion", "cell",
                         "introduction", "local", "government", "cyber", "digital", "budget", "association",
                         "network", "office", "point", "advice", "warning", "ii", "president", "conference",
                         "english", *MONTHS}
_CAPWORD = r"(?:[A-Z][A-Za-z0-9'’.-]*|\d+)"
NAME = re.compile(rf"{_CAPWORD}(?:(?:,| (?:of|for|the|in|on|a|and|&))* {_CAPWORD})*")


@dataclass(frozen=True)
class Fact:
    line: int
    tag: str
    statement: str
    sources: str


@dataclass(frozen=True)
class Detail:
    kind: str      # date, weekday, month-year, year, money, percent, figure, phone, address, name
    text: str      # as the fact sheet gives it
    key: object    # what an answer must hold, normalised


def facts(path: Path = FACT_SHEET) -> list[Fact]:
    """Every fact line: ``- [tag] statement — Source: ...`` and the dated deadline lines."""
    out, section = [], ""
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("## "):
            section = raw[3:].strip().lower()
            continue
        if not raw.startswith("- ") or section == "not found":
            continue
        if section == "conflicts and cautions":   # both sides of a disagreement, their sources inline
            out.append(Fact(n, "conflicts", re.sub(r" ?\(?https?://[^\s)]+\)?", ",", raw[2:]), raw[2:]))
            continue
        if " — Source:" not in raw:
            continue
        body, _, sources = raw[2:].partition(" — Source:")
        m = re.match(r"\[([a-z0-9-]+)\] ", body)
        tag = m.group(1) if m else "deadlines"
        out.append(Fact(n, tag, body[m.end():] if m else body, sources.strip()))
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("–", "-").replace("—", "-")).strip()


def _address(text: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", text.lower()).rstrip("/.")


def _money(amount: str, scale: str | None) -> float:
    return round(float(amount.replace(",", "")) * SCALE[(scale or "").lower()], 2)


def _number(word: str) -> int | None:
    word = word.lower().replace(",", "")
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _plain(text: str) -> str:
    """Lower case, without possessives: "Socitm's President's Conference" is "socitm president conference"."""
    return re.sub(r"'s\b", "", _norm(text).lower()).replace("'", "")


def _trim(phrase: str) -> str:
    words = phrase.strip().strip(",").split(" ")
    while words and (words[0].lower() in _LEADING or words[0].lower() in _SMALL):
        words.pop(0)
    while words and (words[-1].lower() in _SMALL or words[-1].isdigit() or words[-1].lower() in MONTHS):
        words.pop()
    return " ".join(words).rstrip(".'’,").removesuffix("'s")


def details(statement: str, people: tuple[str, ...] = ()) -> list[Detail]:
    """The checkable details of one fact's statement, each once."""
    text = _norm(statement)
    found: list[Detail] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return not any(s < m.end() and m.start() < e for s, e in taken)

    def take(m: re.Match, detail: Detail | None) -> None:
        taken.append(m.span())
        if detail and detail not in found:
            found.append(detail)

    for m in ADDRESS.finditer(text):
        take(m, Detail("address", m.group(0), _address(m.group(0))))
    for m in PHONE.finditer(text):
        take(m, Detail("phone", m.group(0), m.group(0)))
    for m in MONEY.finditer(text):
        take(m, Detail("money", m.group(0), _money(m.group(1), m.group(2))))
    for m in PERCENT.finditer(text):
        take(m, Detail("percent", m.group(0), float(m.group(1))))
    for m in WEEKDAY.finditer(text):
        found.append(Detail("weekday", m.group(0), m.group(0).lower()))
    for m in DAY_RANGE.finditer(text):     # "14 to 16 March 2017": the first day is a date too
        month = MONTHS.index(m.group(2).lower()) + 1
        taken.append(m.span(1))
        found.append(Detail("date", f"{m.group(1)} {m.group(2)} {m.group(3)}",
                            (int(m.group(1)), month, int(m.group(3)))))
    for m in MONTH_RANGE.finditer(text):   # "mid-June to early September 2018": June 2018 too
        month = MONTHS.index(m.group(1).lower()) + 1
        found.append(Detail("month-year", f"{m.group(1)} {m.group(2)}", (month, int(m.group(2)))))
    for m in FULL_DATE.finditer(text):
        day, month, year = int(m.group(1)), MONTHS.index(m.group(2).lower()) + 1, m.group(3)
        take(m, Detail("date", m.group(0), (day, month, int(year) if year else None)))
    for m in MONTH_YEAR.finditer(text):
        if free(m):
            season = m.group(1).lower()
            key = (MONTHS.index(season) + 1 if season in MONTHS else season, int(m.group(2)))
            take(m, Detail("month-year", m.group(0), key))
    for m in YEAR.finditer(text):
        if free(m):
            take(m, Detail("year", m.group(1), int(m.group(1))))
            if m.group(2):
                end = m.group(2)
                end = int(end) if len(end) == 4 else int(m.group(1)[:2] + end)
                found.append(Detail("year", str(end), end)) if Detail("year", str(end), end) not in found else None
    for m in FIGURE.finditer(text):
        if free(m) and m.group(2).lower() not in _NOT_A_UNIT:
            value = _number(m.group(1))
            if value is not None and not 1900 <= value <= 2099:
                take(m, Detail("figure", m.group(0), (value, m.group(2).lower())))
    for m in BARE_NUMBER.finditer(text):
        if free(m) and not 1900 <= int(m.group(0).replace(",", "")) <= 2099:
            take(m, Detail("figure", m.group(0), (int(m.group(0).replace(",", "")), "")))
    blanked = "".join("|" if any(s <= i < e for s, e in taken) else c for i, c in enumerate(text))
    for m in NAME.finditer(blanked):
        for part in re.split(r"\. ", m.group(0)):
            person = next((p for p in people if p in part), None)
            names = [person, *re.split(re.escape(person), part)] if person else [part]
            for name in map(_trim, names):
                if name and not name.isdigit() and name.lower() not in _NOT_NAMES and len(name) > 1:
                    detail = Detail("name", name, _plain(name))
                    if detail not in found:
                        found.append(detail)
    return found


def _answer_keys(answer: str) -> dict[str, set]:
    """Everything an answer states, normalised the way ``details`` normalises a fact."""
    text = _norm(answer)
    keys: dict[str, set] = {k: set() for k in ("date", "month-year", "year", "money", "percent", "number")}
    for m in MONEY.finditer(text):
        keys["money"].add(_money(m.group(1), m.group(2)))
    for m in PERCENT.finditer(text):
        keys["percent"].add(float(m.group(1)))
    for m in FULL_DATE.finditer(text):
        month = MONTHS.index(m.group(2).lower()) + 1
        year = int(m.group(3)) if m.group(3) else None
        keys["date"].add((int(m.group(1)), month, year))
        keys["date"].add((int(m.group(1)), month, None))
        if year:
            keys["month-year"].add((month, year))
    for m in DAY_RANGE.finditer(text):
        month = MONTHS.index(m.group(2).lower()) + 1
        keys["date"] |= {(int(m.group(1)), month, int(m.group(3))), (int(m.group(1)), month, None)}
        keys["month-year"].add((month, int(m.group(3))))
    for m in MONTH_RANGE.finditer(text):
        keys["month-year"].add((MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))))
    for m in MONTH_YEAR.finditer(text):
        season = m.group(1).lower()
        keys["month-year"].add((MONTHS.index(season) + 1 if season in MONTHS else season, int(m.group(2))))
    for m in re.finditer(r"\b(\d{4})-(\d\d)-(\d\d)\b", text):
        keys["date"].add((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)(?:[/-](\d\d(?:\d\d)?))?(?!\d)", text):
        keys["year"].add(int(m.group(1)))
        if m.group(2):
            end = m.group(2)
            keys["year"].add(int(end) if len(end) == 4 else int(m.group(1)[:2] + end))
    for m in re.finditer(rf"(?<![\d.])(\d[\d,]*|{_NUMBER_WORD})\b", text, re.IGNORECASE):
        value = _number(m.group(1))
        if value is not None:
            keys["number"].add(value)
    return keys


def _canon(kb):
    """A function writing every long name as its short one ("local government association" -> "lga"),
    from the lexicon's aliases, so either spelling in a fact matches either in an answer."""
    pairs = sorted(((long.lower(), short.lower()) for short, longs in kb.lexicon.aliases.items() for long in longs),
                   key=lambda p: -len(p[0]))
    pattern = re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(long) for long, _ in pairs) + r")(?![a-z0-9])")
    short = dict(pairs)
    return lambda text: pattern.sub(lambda m: short[m.group(1)], text)


class Text:
    """What a piece of an entry (its answer, or the sources listed under it) states, read once."""

    def __init__(self, text: str, canon) -> None:
        self.keys = _answer_keys(text)
        self.plain = _plain(text)
        self.norm = _norm(text)
        self.canon = canon
        self.addresses = re.sub(r"(?:https?://)?(?:www\.)?", "", self.norm.lower())
        # "the Network and Information Systems (NIS) Regulations": read with and without what is in brackets
        self.texts = [canon(re.sub(r" ?\([^)]*\)", "", self.plain)),
                      canon(self.plain.replace("(", "").replace(")", ""))]

    def said(self, name: str) -> bool:
        # Read as written too: an alias that takes in more than the name ("the us" -> "american") must
        # not hide the name itself ("US").
        plain = [re.sub(r" ?\([^)]*\)", "", self.plain), self.plain.replace("(", "").replace(")", "")]
        return any(re.search(rf"(?<![a-z0-9]){re.escape(n)}(?![a-z0-9])", t)
                   for n, texts in ((self.canon(name), self.texts), (name, plain)) for t in texts)

    def states(self, detail: Detail) -> bool:
        kind = detail.kind
        if kind in ("money", "percent", "date", "month-year", "year"):
            return detail.key in self.keys[kind]
        if kind == "figure":
            return detail.key[0] in self.keys["number"]
        if kind == "phone":
            return detail.key in self.norm
        if kind == "address":
            return detail.key in self.addresses
        if kind == "weekday":
            return detail.key in self.plain
        # "Mail Check and Web Check", "Scotland, Wales": the whole, or every part, in any order.
        return self.said(detail.key) or all(self.said(_plain(_trim(p)))
                                            for p in re.split(r", | and ", detail.key) if _trim(p))


def _cites(entry, fact: Fact) -> bool:
    for source in entry.sources:
        if source.url and source.url.rstrip("/") in fact.sources:
            return True
        if source.title and _norm(source.title).lower() in _norm(fact.sources).lower():
            return True
    return False


COMMON = 6     # a detail in more fact lines than this ("NCSC", "England", "2018") ties no entry to a fact


@dataclass(frozen=True)
class Missing:
    fact: Fact
    detail: Detail
    about: tuple[str, ...]    # the entries about the fact, none of which states the detail


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z][a-z-]{3,}", _plain(text)))


def audit(kb, fact_list: list[Fact] | None = None) -> list[Missing]:
    """Every detail of every fact that no entry about that fact states.

    An entry is about a fact, for one of its details, when its answer states another of the fact's
    details that few facts share (not "NCSC" or "England"), or when it cites one of the fact's
    sources and its answer shares two of the fact's words that few facts use ("objectives")."""
    canon = _canon(kb)
    entries = [e for e in kb.entries if not e.unknown]
    answers = {e.id: Text(e.answer, canon) for e in entries}
    answer_words = {e.id: _words(e.answer) for e in entries}
    # The reply lists the entry's sources under the answer, so a publisher or a source's year is said there.
    cited = {e.id: Text("; ".join(f"{s.publisher}, {s.title}, {s.date}" for s in e.sources), canon) for e in entries}
    fact_list = fact_list if fact_list is not None else facts()
    found = {f.line: details(f.statement, kb.lexicon.people) for f in fact_list}
    spread = Counter(d.key for ds in found.values() for d in ds)
    word_spread = Counter(w for f in fact_list for w in _words(f.statement))
    missing = []
    for fact in fact_list:
        held = {e.id: [d for d in found[fact.line] if answers[e.id].states(d)
                       or (d.kind in ("name", "year") and cited[e.id].states(d))]
                for e in entries}
        rare = {w for w in _words(fact.statement) if word_spread[w] <= COMMON}
        # A figure ties an entry to the fact only with what it counts ("two pillars", not any "two").
        tied = {e.id: [d for d in held[e.id] if d.kind != "figure" or d.key[1][:5] in answers[e.id].plain]
                for e in entries}
        for detail in found[fact.line]:
            anchors = [d for d in found[fact.line] if d != detail and spread[d.key] <= COMMON]
            about = [e for e in entries if any(d in tied[e.id] for d in anchors)
                     or (_cites(e, fact) and len(rare & answer_words[e.id]) >= min(2, len(rare)))]
            if not any(detail in held[e.id] for e in about):
                missing.append(Missing(fact, detail, tuple(e.id for e in about)))
    return missing


def unpaired(kb, gate, fact_list: list[Fact] | None = None) -> list[Missing]:
    """Every place and year a fact gives together that its main entries do not say together.

    The answerability check reads "was the 2018 conference in Glasgow?" as Glasgow *in 2018*, and
    holds an entry to it only where one clause names both: "took place in Glasgow; there, on 9 May
    2018, ..." has each, and still declines ("nothing for Glasgow in 2018"). So each place-year pair
    the check reads in a fact line must be met by every entry that states the most of that fact's
    details (two at least): the entries a question about the fact will find first."""
    from bot.answers.answerability.constraint import Constraint

    canon = _canon(kb)
    entries = [e for e in kb.entries if not e.unknown]
    answers = {e.id: Text(e.answer, canon) for e in entries}
    missing = []
    for fact in fact_list if fact_list is not None else facts():
        found = details(fact.statement, kb.lexicon.people)
        counts = {e.id: sum(answers[e.id].states(d) for d in found) for e in entries}
        most = max(counts.values(), default=0)
        if most < 2:
            continue
        main = [e for e in entries if counts[e.id] == most]
        for c in gate.constraints(fact.statement):
            if c.kind != "place-year":
                continue
            place, _, year = c.value.partition("|")
            unmet = tuple(e.id for e in main if not gate.check("", e, [Constraint(c.kind, c.value)]).ok)
            if unmet:
                missing.append(Missing(fact, Detail("place-year", f"{place} in {year}", c.value), unmet))
    return missing


def main(argv: list[str]) -> int:
    from bot.answers import knowledge
    kb = knowledge.load(Path(__file__).resolve().parent.parent.parent / "knowledge")
    if "--all" in argv:
        for fact in facts():
            read = details(fact.statement, kb.lexicon.people)
            print(f"facts.md:{fact.line} [{fact.tag}]", "; ".join(f"{d.kind}={d.text}" for d in read))
        return 0
    from bot.answers.answerer import Answerer
    missing = audit(kb) + unpaired(kb, Answerer(kb).gate)
    for m in missing:
        about = ", ".join(m.about[:4]) or "-"
        print(f"facts.md:{m.fact.line} [{m.fact.tag}] {m.detail.kind}: {m.detail.text!r}  about: {about}")
    print(Counter(m.detail.kind for m in missing), len(missing))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
