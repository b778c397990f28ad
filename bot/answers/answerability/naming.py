"""How a decline writes a name it was asked about: one rule, for every kind of decline.

A decline repeats words from the question ("I have “Web Check”, but it says nothing about Kent").
Each kind of decline used to choose capitals its own way (a 4-letter rule, a 5-letter rule, a
capitals-or-rare-word test), so one reply said "KENT", "CISP" or "DAVE" where another said
"Norfolk". ``_shown`` is the one place that choice is made, word by word:

1. A word the knowledge base writes in capitals (and never in lower case), or the asker typed in
   capitals, is in capitals ("ncsc" is "NCSC", "GCHQ" stays "GCHQ"; "cyber" is no "CYBER"), but
   not in a person's name ("sam cameron" is "Sam Cameron", whatever our sources' SAM stands for).
2. A name the knowledge base writes is shown as it writes it: a phrase its titles give ("cyber
   essentials" is "Cyber Essentials", "exercise box" is "Exercise in a Box"), or a word it only
   ever writes with a capital ("cisp" is "CiSP", "socitm" is "Socitm", "glasgow" is "Glasgow").
3. Otherwise a word is as the asker typed it ("Dave", "regs"), except that a person's name or a
   place is title-cased ("barker" is "Barker", "kent" is "Kent"), and so is every word of a name
   (``kind`` "name": a body or place; "person"), unless, in a body's or place's name, it is short
   and rare as an English word, which reads as an acronym ("nsa" is "NSA", "usa" is "USA").
4. Words ending in a name the knowledge base writes are one name, each word capitalised ("home
   office" is "Home Office").

Small words ("the", "of", "it") are always as typed: "it" is no "IT", "the us" no "THE us".
"""

from __future__ import annotations

import re
from collections import Counter

from bot.answers.answerability.patterns import COMMON_ZIPF
from bot.answers.lexicon import english_zipf
from bot.core import regexes

# (A short name written with "&" is one word: "M&S", "AT&T", as the asker typed it.)
_WORD = regexes.compile(r"[A-Za-z]+(?:&[A-Za-z]+)*")
# The small words a name keeps in lower case ("Exercise in a Box"); "new" is no small word ("New Zealand").
_SMALL = frozenset("a an and as at by for from in into it its of on or the to us we with".split())
_ADDRESS = regexes.compile(r"\S+@\S+|\S*\w\.\w\S*")
# Where a word starts a sentence or a title, its capital says nothing about it.
_OPENING = regexes.compile(r"(?:^|[.!?:;\u201c\"(\u2013\u2014-])\s*$")


def written_forms(texts: list[str]) -> dict[str, str]:
    """The words ``texts`` only ever write with a capital, as they most often write them ("ncsc":
    "NCSC", "cisp": "CiSP", "glasgow": "Glasgow"); a word they also write in lower case ("stocktake",
    "cyber" beside "CYBER") is left out."""
    capitalised: dict[str, Counter] = {}
    lower: set[str] = set()
    for text in texts:
        text = _ADDRESS.sub(" ", text)    # (not "ncsc" of ncsc.gov.uk)
        for m in _WORD.finditer(text):
            word = m.group(0)
            if word.islower():
                lower.add(word)
            elif (len(word) > 1 and word.isupper()    # (an acronym is one wherever it stands)
                  or not _OPENING.search(text[max(0, m.start() - 3):m.start()]) and m.start() > 0):
                capitalised.setdefault(word.lower(), Counter())[word] += 1
    return {w: forms.most_common(1)[0][0] for w, forms in capitalised.items() if w not in lower}


class Naming:
    """Writing a name from the question in a reply (a part of ``Answerability``)."""

    def _as_titled(self, words: list[str]) -> str | None:
        """``words`` (lower case) as one of our titles writes them as a name, with capitals and the small words the
        terms leave out ("cyber essentials" -> "Cyber Essentials", "exercise box" -> "Exercise in a Box"); None if
        no title writes them so."""
        phrase = re.search(r"(?<!\w)" + r"\s+(?:(?:in|a|an|the|of|and|for|to|on)\s+){0,3}".join(map(re.escape, words))
                           + r"(?!\w)", self._titles, re.I)
        return phrase.group(0) if phrase and phrase.group(0) != phrase.group(0).lower() else None

    def _shown(self, question: str, words: str, kind: str = "name") -> str:
        """``words`` (lower case, as read from ``question``) as a decline writes them, by the rule
        above; ``kind`` is "name" (a body or place), "person", or "words" (what was asked about)."""
        if not words:
            return "they"
        typed = {m.group(0).lower(): m.group(0) for m in reversed(list(_WORD.finditer(question)))}
        said = words.split()
        if kind == "words":    # (an adverb in what was asked about is no part of it: "actually")
            said = [w for w in said if not w.endswith("ly")]
            if not said:
                return "they"
        if len(said) > 1 and not any(typed.get(w, w).isupper() for w in said):
            titled = self._as_titled(said)
            if titled:
                return titled
        shown = [self._shown_word(w, typed.get(w, w), kind) for w in said]
        if len(said) > 1 and said[-1] in self._written_forms:
            # Several words ending in a name are one name: "Home Office", "National Audit Office".
            shown = [w if w in _SMALL or not w.islower() else w.title() for w in shown]
        return " ".join(shown)

    def _shown_word(self, word: str, typed: str, kind: str) -> str:
        if word in _SMALL and not typed.isupper():
            return typed
        if len(word) > 3 and word[-2:] in ("'s", "\u2019s"):    # "lga's" is the LGA's, not "Lga'S"
            return self._shown_word(word[:-2], typed[:-2], kind) + typed[-2:]
        written = self._written_forms.get(word)
        if written and written.isupper() and kind == "person":    # "sam cameron": Sam, whatever SAM stands for
            written = None
        if written and written.isupper() or len(typed) > 1 and typed.isupper():
            return word.upper()
        if written:
            return written
        if typed != word:
            return typed
        if word in self._name_parts:
            return word.title()
        if kind == "name" and _acronym(word):
            return word.upper()
        if kind != "words" or self.lexicon.places_in(word):
            return word.title()
        return word


def _acronym(word: str) -> bool:
    """A short word that is rare as an English word reads as an acronym: "nsa", "fbi", "usa"; not
    "met", "new" or "kent"."""
    return len(word) <= 3 and english_zipf(word) < 5.0 or len(word) == 4 and english_zipf(word) < COMMON_ZIPF + 0.5
