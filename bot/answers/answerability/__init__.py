"""Does this entry answer *this* question, or only a question next to it?

Search finds the entry that is most about the question's topic. That is not the same as the
entry answering it: "what did the NCSC annual review 2025 say" is about the 2024 review's
topic, "when was Bristol hit by ransomware" about the entry on council attacks, and "who was
Norfolk's head of IT before Geoff Connell" about Connell. Each of those would be a confident
answer about the wrong year, place or person.

So the question's constraints are read out of it (``constraints``): years (and "after 2030"),
places, named people and organisations, ordinals ("first", "next", "what replaced"), counts
("how many delegates"), a role asked about ("who was head of ..."), the present ("now",
"still"), requests for an opinion, and the one detail or deed asked for ("who's the supplier
behind ...", "cyberuk 2017 - venue name?", "who spoke at ...", "what did X say about Y"): an
entry about the right thing that never speaks of a supplier, a venue, speeches or Y does not
answer it. Nor does one that names no instance of the kind of thing asked for ("which ransomware
group", "which council got ...", "what IP addresses"), however well it describes the thing, nor
one that says its sources do not give what is asked ("The sources do not give the exact day or venue").
A yes/no put as a claim ("geoff connell chairs the local cio council yeah", "we forward phishing to
report@phishing.ncsc.gov.uk, correct?") is held to what it claims: who held a post, who did it,
and the addresses and numbers it writes. Two years offered as a choice ("2015 or 2016?") are met
by either; "what came after the stocktake" wants what followed it; "who leads the NCSC" someone
the entry gives a post there; a number after a label ("year 1", "phase 2") counts nothing. A sector
beside councils that a question asks about ("did the lga give housing associations cyber money?", or
"are we eligible?" after "housing association IT here") is one the entry must speak of; a visitor who
only says who they are still gets the general answer.
Names are held to what the entry itself says, not to its sources' titles.
``check`` holds a candidate entry to each; one the entry
contradicts or never mentions makes a ``Verdict`` that declines, with a reply that says what
was missing ("I have “NCSC annual review 2024” (2024), not 2025") and the entry offered as a
suggestion, never as the answer.

The check is one object, ``Answerability``, built once per knowledge base, its parts in modules
of this package: ``patterns`` (the compiled patterns and word lists), ``wording`` (pure helpers
on text), ``constraint`` (``Constraint`` and ``Verdict``), ``entry_facts`` (what each entry
says), ``reading``, ``details`` and ``claims`` (what a question constrains), ``alternatives``
(alternatives offered for one slot, "Jo says Manchester, Sam says Liverpool", any of which will do), ``near_names``
("Geoff Connolly" is Geoff Connell), ``checking`` (does an
entry meet a constraint) and ``reasons`` (the sentence for a decline). The parts are mixins of
the one class, as they share its state: the knowledge base, the word mappings and the facts read.
"""

from __future__ import annotations

import re
from typing import Callable

from bot.answers.answerability.alternatives import Alternatives
from bot.answers.answerability.checking import Checking
from bot.answers.answerability.claims import Claims
from bot.answers.answerability.constraint import Constraint, Verdict
from bot.answers.answerability.details import Details
from bot.answers.answerability.entry_facts import EntryFacts, _EntryFacts
from bot.answers.answerability.naming import Naming, written_forms
from bot.answers.answerability.near_names import NearName, NearNames
from bot.answers.answerability.patterns import _FIRST_ADVERB, _QUOTED_LIST, _ROLE_WORDS
from bot.answers.answerability.reading import Reading
from bot.answers.answerability.reasons import Reasons
from bot.answers.answerability.wording import _claim, edition_years
from bot.answers.knowledge import KnowledgeBase
from bot.core.text import is_stopword, surface_words

__all__ = ["_FIRST_ADVERB", "Answerability", "Constraint", "NearName", "Verdict", "_EntryFacts", "_claim"]


class Answerability(EntryFacts, Reading, Details, Claims, Checking, Reasons, Naming, NearNames, Alternatives):
    """Constraint reading and checking for one knowledge base; build once, use from any thread."""

    def __init__(self, kb: KnowledgeBase, canonical: Callable[[str], str] | None = None,
                 term: Callable[[str], str | None] | None = None):
        """``canonical`` maps a word to its search term (stem, synonyms); ``term`` does the same
        for a question's word, typos corrected (None when it is no term of ours)."""
        self.kb = kb
        self._bind(canonical, term)
        self.lexicon = kb.lexicon
        self._facts: dict[str, _EntryFacts] = {}
        self._read_questions: dict[str, tuple[Constraint, ...]] = {}
        self.names = self._proper_nouns()
        self._names_ending_in_places = self._names_ending_in_a_place()
        self._role_terms = frozenset(self._canonical(w) for w in _ROLE_WORDS | {"executive", "exec"})
        self._surnames = frozenset(self._canonical(p.split()[-1].lower()) for p in self.lexicon.people)
        # Words that name things (in titles): "cyber essentials", "the NIS regulations".
        self._thing_words = frozenset(w for e in kb.entries for w in surface_words(e.title) if not is_stopword(w))
        self._titles = " | ".join(e.title for e in kb.entries)
        # Everything the entries say, lower case (their titles, answers, phrasings and keywords).
        self._said = said = " ".join(" ".join([e.title, e.answer, *e.phrasings, *e.keywords]) for e in kb.entries).lower()
        self._unheard_bodies = frozenset(b.lower() for b in self.lexicon.organisations
                                         if not re.search(r"(?<![\w-])" + re.escape(b.lower()) + r"(?![\w-])", said))
        self._capitals = frozenset(t.lower() for e in kb.entries for t in re.findall(r"\b[A-Z]{2,}\b", e.title + " " + e.answer))
        self._written = " | ".join(" ".join(f"{e.title} {e.answer}".lower().replace("\u2019", "'").split()) for e in kb.entries)
        # ...and as the set of words each entry writes: where the words of a quote the asker gives are looked for.
        self._entry_words = tuple(frozenset(re.findall(r"[a-z0-9]+", f"{e.title} {e.answer}".lower().replace("\u2019", "'")))
                                  for e in kb.entries if not e.unknown)
        # The words our sources put in quotes, three to six of them (a slogan, a strapline, a name for a thing:
        # "'simplify, standardise, share'"), against which a quote the asker gives with one word changed is a misquote.
        self._quotes = tuple((words, said) for words, said in {
            (tuple(re.findall(r"[a-z][a-z'-]*", m.group(1).lower())), m.group(1)) for e in kb.entries
            for m in _QUOTED_LIST.finditer(e.answer.replace("\u2019", "'"))} if 3 <= len(words) <= 6)
        # Each pair of neighbouring words (as search terms) the known entries say, and the words in them: a capitalised
        # name most of whose pairs no entry says is none of ours (``_unheard_names``); and the short names written with "&".
        pairs: set[tuple[str, str]] = set()
        for entry in kb.entries:
            for part in () if entry.unknown else (entry.title, entry.answer, *entry.phrasings, *entry.keywords):
                for piece in re.split(r"[.,;:()!?\"'\u2018\u2019\u201c\u201d]", part.lower()):
                    terms = [self._canonical(w) for w in surface_words(piece) if not is_stopword(w)]
                    pairs.update(zip(terms, terms[1:]))
        self._neighbour_pairs = (frozenset(pairs), frozenset(t for pair in pairs for t in pair))
        self._symbol_names = frozenset(re.findall(r"(?<![\w&])[a-z]{1,3}&[a-z]{1,3}(?![\w&])", self._written))
        self._written_forms = written_forms([text for e in kb.entries for text in (e.title, e.answer)])
        self._name_parts = frozenset(part for person in self.lexicon.people for part in person.lower().split())
        self._venue_terms = frozenset(self._canonical(w) for w in ("venue", "location", "whereabouts"))
        # How a thing comes about, as a claim dates it ("launched in 2019"): a year given to nothing of the kind is not it.
        self._deed_terms = frozenset(self._canonical(w) for w in (
            "launch", "launched", "started", "start", "opened", "open", "introduced", "unveiled", "established",
            "published", "founded", "created", "released", "began", "begun", "formed", "set-up", "announced", "live",
            "force", "commenced", "inaugurated", "debuted", "rolled", "developed", "became", "took"))
        # ...and a clause that says it has run since then ("Since 2020 the programme has provided ...") dates its start
        self._running_terms = self._deed_terms | {self._canonical(w) for w in ("since", "from")}
        source_years = [int(s.date[:4]) for e in kb.entries for s in e.sources if s.date[:1].isdigit()]
        self.newest_year = max(source_years, default=0)
        for entry in kb.entries:
            self._facts[entry.id] = self._read(entry)
        # The years the knowledge base names an edition of something by ("Strategy 2022", "the 2024 annual review").
        self._editions = frozenset(y for facts in self._facts.values() for y in edition_years(facts.own_text))
        # Words some entry says its sources do not give: only a question asking one is held to them.
        self._disclaimable = frozenset(w for facts in self._facts.values() for _, things, _ in facts.disclaimed
                                       for thing in things for w in thing)

    def _bind(self, canonical, term) -> None:
        self._given = (canonical, term)
        self._term = lambda w: (term(w) if term else None) or (canonical or (lambda x: x))(w)
        self._known = term or (canonical or (lambda x: x))    # None for a word no entry uses
        self._canonical = canonical or (lambda w: w)

    # Kept compiled on disk (``bot.answers.compiled``): the word mappings are made again on loading.
    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("_term", "_known", "_canonical", "_sentences_with",
                                                                   "_sum_clauses_of", "_holders")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._bind(*self._given)
