"""What an entry says, read once per knowledge base: ``_EntryFacts`` and the reading of them.

Checking a question against an entry compares words, years, numbers, people and disclaimers over
and over; reading them out of an entry's title, answer, phrasings, keywords, event and sources
once, when the knowledge base is loaded (and compiled to disk with it), keeps every check cheap.
The knowledge base's proper nouns (``_proper_nouns``) are read here too: which capitalised words
are names is a fact about the entries, not about any one question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answers.answerability.patterns import (
    _DISCLAIMER,
    _HEDGES,
    _LIST_ORDINALS,
    _MONTHS_DAYS,
    _NUMBER,
    _ORDINAL,
    _ORDINAL_WORDS,
    _RATE,
    _SENTENCE,
    _YEAR,
    ACRONYM_SPREAD,
    COMMON_ZIPF,
    SURNAME_ZIPF,
)
from bot.answers.answerability.wording import _figure, _years
from bot.answers.knowledge import Entry
from bot.answers.lexicon import english_zipf
from bot.core import regexes
from bot.core.text import is_stopword, stem, surface_words

# A web or email address in an answer: its words are lower case by the address's rules, not the writer's.
_ADDRESS = regexes.compile(r"\S+@\S+|(?:https?://)?\w[\w-]*(?:\.[\w-]+)+(?:/\S*)?")


@dataclass
class _EntryFacts:
    text: str                      # lower-case title, answer, phrasings, keywords, event and deadline
    words: frozenset[str]
    years: frozenset[int]
    people: frozenset[str]         # full names of the lexicon's people the entry names
    number_words: frozenset[str]   # canonical words that follow a number ("430 incidents")
    latest: int | None
    tokens: list[str] = field(default_factory=list)      # canonical words in order
    terms: frozenset[str] = frozenset()
    segments: tuple[tuple[str, ...], ...] = ()          # the same, one field or list item at a time
    figures: frozenset[str] = frozenset()                # every number it gives, as digits ("three" -> "3")
    sentences: tuple[str, ...] = ()                      # lower-case, one sentence or list item at a time
    stated: frozenset[str] = frozenset()                 # terms of all but the phrasings (questions it answers)
    stems: frozenset[str] = frozenset()                  # every word's stem, no synonyms
    # What the entry says its sources do not give ("the exact day or venue"): each as the words
    # written, the things (one set of terms per "or"), and any figure it is about ("the £1.3bn").
    disclaimed: tuple[tuple[str, tuple[frozenset[str], ...], frozenset[str]], ...] = ()
    own_text: str = ""             # the text but its sources' titles: what the entry itself says
    posts: tuple[tuple[str, ...], ...] = ()              # answer sentences (and a one-person title): where posts are held
    told: tuple[str, ...] = ()         # "title. answer" split into sentences, as written: what the deed checks read
    answer_told: tuple[str, ...] = ()  # the answer alone, split the same way
    source_years: frozenset[int] = frozenset()   # the years its sources are dated: when what it reports was said
    # The stems of the entry's own words only (title, answer, phrasings, keywords): not its sources' titles, whose deeds
    # are the sources' news ("NCSC launches public sector internet protection service"), nor event or deadline details.
    own_stems: frozenset[str] = frozenset()


class EntryFacts:
    """Reading the knowledge base and each entry's facts (a part of ``Answerability``)."""

    def _proper_nouns(self) -> frozenset[str]:
        """Words the knowledge base only ever writes capitalised mid-sentence, and rare in
        English: places, people, organisations ("Hackney", "Connell", "CESG")."""
        capital, lower, acronyms, spread = set(), set(), set(), {}
        for entry in self.kb.entries:
            seen = set()
            for text in (entry.title, entry.answer):
                text = _ADDRESS.sub(" ", text)     # "cyberguide.socitm.net" writes no name in lower case
                for sentence in re.split(r"(?<=[.!?:;])\s+|\s+[-\u2013\u2014(]\s*", text):
                    for i, token in enumerate(re.findall(r"[A-Za-z][A-Za-z0-9-]*", sentence)):
                        if token.isupper() and len(token) > 1:
                            acronyms.add(token.lower())
                        # An acronym is a name wherever it stands: "(GCSS)" opens a clause here.
                        if token[0].isupper() and (i > 0 or token.isupper() and len(token) > 1):
                            capital.add(token.lower())
                        elif token[0].islower():
                            lower.add(token.lower())
                        seen.add(token.lower())
            for word in seen:
                spread[word] = spread.get(word, 0) + 1
        # The surname of someone the lexicon knows is a name though our entries only cite them in a source ("Matt
        # Hancock" wrote a statement we cite): "Hancock's Future Decoded launch speech" asks of him, whom the entry
        # on that launch never names (a surname common in English, "Green", is held to only when named in full).
        # A surname is rarer as an English word than a capitalised word must be to count as a name ("Hancock" is a
        # signature, "Hammond" an organ), so it is held to a bar of its own.
        known = {w for w in (p.split()[-1].lower() for p in self.lexicon.people) if english_zipf(w) < SURNAME_ZIPF}
        # An acronym most entries use (CIO, LGA, DNS) names the topic, not one thing to hold to.
        return frozenset(w for w in capital - lower
                         if len(w) > 2 and w not in _MONTHS_DAYS
                         and (english_zipf(w) < COMMON_ZIPF or w in acronyms)
                         and not (w in acronyms and spread.get(w, 0) > ACRONYM_SPREAD)
                         and w not in self.lexicon.fields_of_work) | known

    def _read(self, entry: Entry) -> _EntryFacts:
        parts = [entry.title, entry.answer, *entry.phrasings, *entry.keywords,
                 *(s.title for s in entry.sources), *(s.publisher for s in entry.sources)]
        if entry.event:
            parts += [entry.event.start.display(), entry.event.end.display() if entry.event.end else "",
                      entry.event.place or ""]
            # "SEC, Glasgow", "King Power Stadium, Leicester": a place that names more than the town
            # gives the venue.
            place = entry.event.place or ""
            if place and any(part.strip() and not self.lexicon.places_in(part.strip().lower())
                             for part in place.split(",")):
                parts.append("venue")
        if entry.deadline:   # the date is the deadline's: "the 31 march 2026 deadline" holds to it
            parts += ["deadline " + entry.deadline.date.display() + " " + entry.deadline.what]
        text = " ".join(parts).lower().replace("\u2019", "'")
        # A source's title names who wrote or who was in the news ("Lindy Cameron to lead NCSC" for
        # an entry on Ciaran Martin): the names and people the entry speaks of are in its own words.
        titles = {s.title for s in entry.sources}
        own_text = " ".join(p for p in parts if p not in titles).lower().replace("\u2019", "'")
        years = frozenset(_years(text))
        people = frozenset(p for p in self.lexicon.people if p.split()[-1].lower() in own_text)
        dated = set(years) | {int(s.date[:4]) for s in entry.sources if s.date[:1].isdigit()}
        words = surface_words(text)
        tokens = [w if w[0].isdigit() else self._canonical(w) for w in words]
        # Each part, and each sentence of it, on its own: a keyword list ("stocktake", "March 2021")
        # puts no year beside a word, nor does the sentence before.
        segments = tuple(self._canonical_words(sentence)
                         for part in parts if part for sentence in _SENTENCE.split(part) if sentence)
        # Where a post is held to: the answer's sentences, and its title only where it names one person
        # ("Lindy Cameron, NCSC chief executive from October 2020"; not "NCSC leaders at launch: Ciaran
        # Martin and Ian Levy", which names two).
        named = sum(p.split()[-1].lower() in entry.title.lower() for p in self.lexicon.people)
        posts = tuple(self._canonical_words(sentence)
                      for sentence in [*_SENTENCE.split(entry.answer), entry.title if named <= 1 else ""] if sentence)
        return _EntryFacts(text, frozenset(words), years, people,
                           frozenset(self._counted_words(entry.answer)), max(dated) if dated else None,
                           tokens, frozenset(tokens), segments, frozenset(filter(None, map(_figure, words))),
                           tuple(sentence.lower().replace("\u2019", "'") for part in parts if part
                                 for sentence in _SENTENCE.split(part) if sentence),
                           frozenset(self._canonical(w) for part in parts if part and part not in entry.phrasings
                                     and part not in titles for w in surface_words(part) if not w[0].isdigit()),
                           frozenset(stem(w) for w in words), self._disclaimed(entry.answer), own_text, posts,
                           told=tuple(_SENTENCE.split(f"{entry.title}. {entry.answer}")),
                           answer_told=tuple(_SENTENCE.split(entry.answer)),
                           own_stems=frozenset(stem(w) for part in (entry.title, entry.answer, *entry.phrasings,
                                                                    *entry.keywords) for w in surface_words(part)),
                           source_years=frozenset(int(s.date[:4]) for s in entry.sources if s.date[:1].isdigit()))

    def _canonical_words(self, text: str) -> tuple[str, ...]:
        """``text``'s words as search terms, numbers as written."""
        return tuple(w if w[0].isdigit() else self._canonical(w) for w in surface_words(text))

    def _disclaimed(self, answer: str) -> tuple:
        """What the answer says its sources do not give: "The sources do not give the exact day or
        venue", "The sources give no further breakdown of the £1.3bn", "No single closing date was found"."""
        found = []
        for match in _DISCLAIMER.finditer(answer):
            said = match.group(1) or match.group(2) or match.group(3)
            shown = said if match.group(1) else f"any {said}" if match.group(2) else f"a {said}"
            head = re.split(r"\s+(?:of|for|about|after|before|in|on|from)\s+", said, maxsplit=1)
            things = tuple(frozenset(self._asked_term(w) for w in surface_words(part)
                                     if not is_stopword(w) and w not in _HEDGES and not w[0].isdigit())
                           for part in re.split(r"\s+(?:or|and)\s+|,\s*", head[0]))
            figures = frozenset(f for w in surface_words(said) if (f := _figure(w)) and not _YEAR.fullmatch(f))
            found.append((shown, tuple(t for t in things if t), figures))
        return tuple(found)

    def _asked_term(self, word: str) -> str:
        """A word as the disclaimer check compares it: a day and a date are one thing, as are a venue and a place."""
        if word in ("day", "days", "date", "dates"):
            return "__day__"
        if word in ("venue", "venues", "location", "locations", "place", "whereabouts"):
            return "__venue__"
        return self._canonical(word)

    def _counts_of(self, answer: str, noun: str) -> tuple[set[int], set[int]]:
        """How many of ``noun`` ``answer`` gives ("has five controls" -> {5}), and which of them it numbers
        ("a first phase" -> {1}), each within a sentence."""
        asked, counts, numbered = self._term(noun), set(), set()
        for sentence in _SENTENCE.split(answer):
            words = surface_words(sentence)
            for i, word in enumerate(words):
                figure = _figure(word) if _NUMBER.fullmatch(word) and not _YEAR.fullmatch(word) else None
                nth = 1 if word in ("first", "1st") else _LIST_ORDINALS.get(word)
                if figure and figure.isdigit() or nth:
                    followers = [w for w in words[i + 1:i + 4] if not is_stopword(w)][:2]
                    if any(self._term(w) == asked for w in followers):
                        (numbered.add(nth) if nth else counts.add(int(figure)))
        return counts, numbered

    def _counted_words(self, answer: str, other_than: str = "") -> set[str]:
        found = set()
        # A year counts nothing ("the 2018 stocktake"), and a number counts only within its sentence.
        for sentence in _SENTENCE.split(answer):
            found |= self._counted_in(surface_words(sentence), other_than)
        return found

    def _counted_in(self, words: list[str], other_than: str = "") -> set[str]:
        found = set()
        for i, word in enumerate(words):
            # "its twentieth Cyber 360": the twentieth of them counts twenty, as "20" would.
            counts = _NUMBER.fullmatch(word) or (word in _ORDINAL_WORDS or _ORDINAL.fullmatch(word)) and _figure(word)
            if counts and not _YEAR.fullmatch(word) and not (other_than and _figure(word) == other_than):
                for follower in words[i + 1:i + 6]:
                    if follower in _RATE:   # "one nominated person per council" counts people, not councils
                        break
                    if _NUMBER.fullmatch(follower):   # "14 principles sit 39 outcomes": 39 counts the outcomes
                        break
                    if not is_stopword(follower):
                        found.add(self._canonical(follower))
        return found
