"""The curated knowledge base: what an entry, a source, a topic and the whole base are, and loading it.

``load`` takes the compiled copy when the files are unchanged (``compiled``) and otherwise reads the
YAML in ``knowledge/`` (``kb_files``), which keeps each entry's file and line so that ``cyberbot kb
check`` can point a curator at the exact place to fix. The bot refuses to run on a knowledge base with problems rather than
quietly answering from half of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from bot.answers.lexicon import Lexicon
from bot.core import regexes

TOPICS_FILE = "topics.yaml"
SYNONYMS_FILE = "synonyms.yaml"
ID_PATTERN = regexes.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
ENTRY_KEYS = {"id", "title", "topic", "answer", "phrasings", "keywords", "sources", "event", "deadline", "unknown",
              "as_of", "review_by", "owner"}
# An owner is who curates an entry: a Slack user id, a user-group id, or an email address.
OWNER_PATTERN = regexes.compile(r"^(?:[UW][A-Z0-9]{2,}|S[A-Z0-9]{2,}|[^@\s<>|]+@[^@\s<>|]+\.[A-Za-z]{2,})$")
DEFAULT_STALE_AFTER_MONTHS = 24
SOURCE_KEYS = {"publisher", "title", "date", "url"}
EVENT_KEYS = {"start", "end", "place"}
DEADLINE_KEYS = {"date", "what"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# English month names, index 1-12 (as ``calendar.month_name`` in the C locale, without importing
# ``calendar`` and its locale machinery for every question: the bot writes English whatever the locale)
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


@dataclass(frozen=True, order=True)
class FuzzyDate:
    """A date known to the day, the month or only the year, as sources give them."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> "FuzzyDate":
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(text).strip())
        if not match:
            raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} has no month {month}")
        if day is not None:
            date(year, month, day)  # raises ValueError for 31 February and friends
        return cls(year, month, day)

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        month = self.month or 12
        if self.day:
            return date(self.year, month, self.day)
        return date(self.year + month // 12, month % 12 + 1, 1) - timedelta(days=1)   # the month's last day

    def month_display(self) -> str:
        """"May 2018" (or "2018"): how old facts are, in one short phrase."""
        return f"{MONTH_NAMES[self.month]} {self.year}" if self.month else str(self.year)

    def display(self) -> str:
        if self.day:
            return f"{self.day} {MONTH_NAMES[self.month]} {self.year}"
        if self.month:
            return f"{MONTH_NAMES[self.month]} {self.year}"
        return str(self.year)

    def iso(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p]
        return "-".join(parts)


@lru_cache(maxsize=4096)
def _when(text: str) -> str:
    """A source's date as it reads ("May 2018"): every answer cites its sources, so once each."""
    return "n.d." if text == "n.d." else FuzzyDate.parse(text).display()


@dataclass(frozen=True)
class Source:
    publisher: str
    title: str
    date: str
    url: str | None = None

    def when(self) -> str:
        return _when(self.date)

    def citation(self) -> str:
        text = f"{self.publisher}, \u201c{self.title}\u201d, {self.when()}"
        return f"{text}, {self.url}" if self.url else text


@dataclass(frozen=True)
class Event:
    start: FuzzyDate
    end: FuzzyDate | None = None
    place: str | None = None


@dataclass(frozen=True)
class Deadline:
    date: FuzzyDate
    what: str


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    topic: str
    answer: str
    sources: tuple[Source, ...]
    phrasings: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    event: Event | None = None
    deadline: Deadline | None = None
    unknown: bool = False     # a known gap: what the sources do not say, so the bot must not guess
    file: str = ""
    line: int = 0
    as_of: FuzzyDate | None = None       # when its facts were true (else its newest source's date)
    review_by: FuzzyDate | None = None   # a curator should look at it again by then
    owner: str | None = None             # who curates it: Slack user or user-group id, or an email
    answered_by: str | None = None       # set on a curator's draft answer (not from the YAML)

    def facts_date(self) -> FuzzyDate | None:
        """When the facts were true: ``as_of``, else the newest dated source."""
        if self.as_of:
            return self.as_of
        dated = [FuzzyDate.parse(s.date) for s in self.sources if s.date != "n.d."]
        return max(dated, key=lambda d: d.latest()) if dated else None


@dataclass
class KnowledgeBase:
    entries: list[Entry]
    topics: dict[str, Topic]
    folder: Path | None = None
    synonyms: list[tuple[str, ...]] = field(default_factory=list)
    stale_after_months: int = DEFAULT_STALE_AFTER_MONTHS   # topics.yaml `stale_after_months`
    lexicon: Lexicon = field(default_factory=Lexicon)
    by_id: dict[str, Entry] = field(init=False)
    version: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entries}

    def adopt(self, other: "KnowledgeBase") -> None:
        """Take on a newly loaded knowledge base in place, so everyone holding this one sees it."""
        self.__dict__.update({"entries": other.entries, "topics": other.topics, "folder": other.folder,
                              "synonyms": other.synonyms, "stale_after_months": other.stale_after_months,
                              "lexicon": other.lexicon,
                              "by_id": other.by_id, "version": self.version + 1})

    def answerable(self) -> list[Entry]:
        return [e for e in self.entries if not e.unknown]

    def events(self) -> list[Entry]:
        return sorted((e for e in self.entries if e.event), key=lambda e: e.event.start.earliest())

    def deadlines(self) -> list[Entry]:
        return sorted((e for e in self.entries if e.deadline), key=lambda e: e.deadline.date.latest())


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


class KnowledgeError(Exception):
    """The knowledge base has problems; ``problems`` lists each with its file and line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the knowledge base; run `cyberbot kb check`")


def load(folder: str | Path) -> KnowledgeBase:
    """The knowledge base in ``folder``, compiled from the cache when its files are unchanged."""
    from bot.answers import compiled

    kept, key = compiled.cached(Path(folder))
    if kept is not None:
        return kept
    kb, problems = read(folder)
    if problems:
        raise KnowledgeError(problems)
    compiled.remember_source(kb, Path(folder), key)
    return kb


def check(folder: str | Path) -> list[Problem]:
    return read(folder)[1]


def read(folder: str | Path) -> tuple[KnowledgeBase, list[Problem]]:
    """Read every YAML file, collecting all problems rather than stopping at the first (``kb_files``:
    a question answered from the compiled copy never loads the YAML reader)."""
    from bot.answers import kb_files

    return kb_files.read(folder)


# "Cyber Assessment Framework (CAF)": a name of capitalised words, then its initials in brackets.
# "Cyber Essentials Plus (CE+)": a "+" is the name's "Plus", so the initials before it are the name before it.
_DEFINED = regexes.compile(r"((?:[A-Za-z][\w'’]*[\s,–-]+){1,9}?(?:\d{4}(?:[–-]\d{2,4})?\s+)?)\(([A-Za-z]{2,7})(\+?)\)")
_NAME_JOINS = {"and", "of", "for", "the", "in", "on", "a", "&"}


def defined_acronyms(entries: list[Entry], plus: bool = False) -> dict[str, tuple[str, ...]]:
    """The acronyms the knowledge base itself defines, and the names it spells them out as:
    wherever an entry writes "Cyber Assessment Framework (CAF)" or "Protective DNS (PDNS)", "caf"
    and "cyber assessment framework" are one name, for every such acronym, not a hand list. With
    ``plus``, "Cyber Essentials Plus (CE+)" defines "ce" as "cyber essentials" too. The
    bracketed letters must be the initials of the capitalised words before them (a word in capitals
    such as "DNS" or "CIO" lending all its letters), so "Local Digital (DLUHC)" defines nothing."""
    found: dict[str, list[str]] = {}
    for entry in entries:
        for text in (entry.title, entry.answer, *entry.keywords):
            for acronym, long in acronyms_defined_in(text, plus):
                names = found.setdefault(acronym, [])
                if long not in names:
                    names.append(long)
        # Keywords that give a name and its initials apart ("National Cyber Security Programme", "NCSP")
        # define the acronym as the brackets do.
        for acronym in (k for k in entry.keywords if _KEYWORD_ACRONYM.fullmatch(k)):
            for name in entry.keywords:
                if name != acronym and _spelt_out(acronym.lower(), re.findall(r"[A-Za-z][\w'’]*", name)) == name.strip():
                    names = found.setdefault(acronym.lower(), [])
                    if name.lower() not in names:
                        names.append(name.lower())
    return {acronym: tuple(names) for acronym, names in found.items()}


def acronyms_defined_in(text: str, plus: bool = False) -> list[tuple[str, str]]:
    """(acronym, the name it stands for), both lower case, for each "Name (ACRONYM)" ``text`` writes
    (``defined_acronyms``)."""
    found = []
    for match in _DEFINED.finditer(text):
        acronym = match.group(2)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        words = re.findall(r"[A-Za-z][\w'’]*", match.group(1))
        if match.group(3):      # only when asked for (``plus``): "(CE+)" defines "CE" as what "CE+" adds to
            if not plus or not words or words[-1].lower() != "plus":
                continue
            words = words[:-1]
        long = _spelt_out(acronym.lower(), words)
        if long and long.lower() != acronym.lower():
            found.append((acronym.lower(), long.lower()))
    return found


_KEYWORD_ACRONYM = regexes.compile(r"[A-Z]{3,7}")


def _spelt_out(acronym: str, words: list[str]) -> str | None:
    """The shortest run of ``words``, ending with the last, whose initials are ``acronym``."""
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        if not run[0][0].isupper():
            continue
        if _initials(acronym, [w for w in run if w.lower() not in _NAME_JOINS or w is run[0]]):
            return " ".join(run)
    return None


def _initials(acronym: str, words: list[str]) -> bool:
    """Do ``words`` (each capitalised; one in capitals may lend all its letters) spell ``acronym``?"""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if not word[0].isupper():
        return False
    if word.isupper() and len(word) > 1 and acronym.startswith(word.lower()) and _initials(acronym[len(word):], rest):
        return True
    return acronym[:1] == word[0].lower() and _initials(acronym[1:], rest)


def _url_ok(url: str) -> bool:
    parsed = urlparse(url)
    return (
        parsed.scheme in ("http", "https")
        and "." in parsed.netloc
        and not any(ch.isspace() for ch in url)
        and not parsed.netloc.startswith(".")
    )
