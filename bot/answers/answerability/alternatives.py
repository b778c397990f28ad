"""Alternatives a question offers for one thing: "Jo says CYBERUK 2018 was in Manchester, Sam says
Liverpool, who's right?", "is it GCHQ or MI5 that the NCSC is part of?", "Jo reckons late 2021, I say
January 2022", "cardiff was it? or newport?", "part of GCHQ and not MI5".

Each year, place, name or figure a question says is a constraint the entry must meet. Where the
question offers two or more of them for the same slot (when, where, who, how many), only one can be
right, and the asker wants to know which: the entry answers it if it meets ANY of the alternatives
(its answer says which is right), and not if it meets none of them ("Jo says Leeds, Sam says
Liverpool" of an event in Manchester). One claim on its own ("it was in Liverpool, right?") offers no
alternative, and is held to as before.

Alternatives are offered two ways:
- by whom they are said ("Jo says X, Sam says Y", "someone said X but I thought Y", "according to
  the slide X, according to the notes Y"): each saying runs to the next one or the end of its sentence;
- side by side ("X or Y", "X? or Y?", "X or was it Y", "X, Y or Z", "X and not Y", "X rather than Y").

The constraints of one slot said within each alternative become one ``either`` constraint, met when
every constraint of some one alternative is (``checking``). Constraints said outside the alternatives,
or in more than one of them, are the question's shared ground ("CYBERUK 2018") and stay as they are.
"""

from __future__ import annotations

import re

from bot.answers.answerability.constraint import Constraint
from bot.core import regexes

# The kinds of constraint of each slot an alternative can fill.
_SLOTS = {
    "when": ("year", "year-either", "about-year", "month", "day", "date", "founded-month", "deed-year"),
    "where": ("place", "place-year"),
    "who": ("name", "person"),
    "how many": ("figure", "figure-of", "figure-year", "figure-either"),
}
_SLOT_OF = {kind: slot for slot, kinds in _SLOTS.items() for kind in kinds}

# Someone (or something) saying one of the alternatives: "jo says", "i reckon", "sam thinks", "the
# slide says", "someone said", "i'm sure", "according to the minutes".
_SAYING = regexes.compile(
    r"\b(?:according\s+to\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?[a-z]+\s*,?"
    r"|(?P<sayer>[a-z]+)\s+(?:(?:always|still|really|honestly|originally|definitely)\s+)?"
    r"(?:says|said|reckons|reckoned|thinks|thought|swears|swore|claims|claimed|insists|insisted"
    r"|believes|believed|remembers|remembered|recalls|recalled|guessed|guesses"
    r"|say|reckon|think|swear|guess|believe|remember)\b"
    r"|(?:i'm|im|i\s+am|i\s+was|[a-z]+\s+is|[a-z]+\s+was)\s+(?:pretty\s+|fairly\s+|quite\s+|dead\s+)?"
    r"(?:sure|certain|convinced|adamant)\b)")
# "who's right?", "which is it?": the asker wants the alternatives settled.
_DISPUTE = regexes.compile(r"\bwho(?:'s|s|\s+is|\s+was)\s+(?:right|correct|wrong)\b|\bwhich(?:\s+one)?\s+(?:is|was)\s+(?:it|right|correct)\b")
# Where a saying ends, if no other saying starts first: the end of its sentence.
_SAYING_END = regexes.compile(r"[?!;]|\.(?:\s|$)|\n")
# Words that may stand between alternatives said side by side, besides the word that offers them.
_BETWEEN = frozenset("was is it in at the a or and not but rather than instead of as opposed to vs versus "
                     "maybe perhaps even did they he she were from by".split())
_OFFERING = regexes.compile(r"\b(?:or|not|rather\s+than|instead\s+of|opposed\s+to|vs|versus)\b")
# A question with none of these words offers no alternatives (read before the question's text is).
_MAY_OFFER = regexes.compile(r"\b(?:or|not|rather|instead|opposed|vs|versus|according|who(?:'s|s)?|which|sure|certain|convinced|adamant"
                        r"|s[ae]ys?|said|reckon\w*|th(?:inks?|ought)|swe?[ao]re?s?|claim\w*|insist\w*|believ\w*|remember\w*"
                        r"|recall\w*|guess\w*)\b|n't\b", re.IGNORECASE)


def _sayings(text: str) -> list[re.Match]:
    """The sayings of ``text`` ("jo reckons", "i say"), not a question about one ("what did connell say")."""
    return [m for m in _SAYING.finditer(text)
            if not re.search(r"\b(?:did|does|do|would|will|should|could|might|to|can|didn't|doesn't|don't)\s+$",
                             text[max(0, m.start() - 12):m.start()])]


def _only_saying(name: str, text: str) -> bool:
    """Is ``name`` only ever said in ``text`` as the one who says an alternative ("jo says ...")?"""
    said = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    sayings = _sayings(text)
    return bool(said) and all(any(m.start() == at.start() and m.group("sayer") == name for m in sayings) for at in said)


def _without_anchors(c: Constraint, words: set[str]) -> Constraint:
    """A year constraint without the anchor ``words`` (those of alternatives offered beside it)."""
    year, _, anchors = c.value.partition("|")
    kept = [a for a in anchors.split() if a not in words]
    return Constraint("year", f"{year}|{' '.join(kept)}" if kept else year)


class Alternatives:
    """Reading alternatives offered for one slot (a part of ``Answerability``)."""

    def alternatives(self, question: str, constraints: list[Constraint]) -> list[Constraint]:
        """``constraints`` of ``question`` with those of one slot that the question offers as
        alternatives made one ``either`` constraint (see above); ``constraints`` may hold some already
        made (the answerer adds names only the search reads, then asks again)."""
        if not _MAY_OFFER.search(question):
            return constraints
        return self._fold_alternatives(question, self._plain_text(question)[2], constraints)

    def sayers(self, question: str) -> frozenset[str]:
        """Who says the alternatives ``question`` offers by whom they are said ("jo", "sam"): the asker's world."""
        if not _MAY_OFFER.search(question):
            return frozenset()
        return self._sayers(self._plain_text(question)[2])

    @staticmethod
    def _sayers(text: str) -> frozenset[str]:
        sayings = _sayings(text)
        if len(sayings) < 2:
            return frozenset()
        return frozenset(m.group("sayer") for m in sayings if m.group("sayer") and _only_saying(m.group("sayer"), text))

    def _fold_alternatives(self, question: str, text: str, constraints: list[Constraint]) -> list[Constraint]:
        if not _MAY_OFFER.search(text):
            return constraints
        plain = [o for c in constraints for o in (dict.fromkeys(o for g in c.options for o in g)
                                                  if c.kind == "either" else (c,))]
        plain = list(dict.fromkeys(plain))
        places = {c: self._mentions(c, text) for c in plain if c.kind in _SLOT_OF}
        folded: list[Constraint] = []
        taken: set[Constraint] = set()
        for spans in self._offered(text, places):
            for slot in _SLOTS:
                groups = []
                for start, end in spans:
                    group = tuple(c for c, said in places.items() if c not in taken and _SLOT_OF[c.kind] == slot
                                  and said and all(start <= s and e <= end for s, e in said))
                    if group:
                        groups.append((group, start, end))
                if len({g for g, _, _ in groups}) < 2:
                    continue
                shown = [self._shown(question, " ".join(text[s:e].split()).strip(" ,"), "name") for _, s, e in
                         [(g, min(s for c in g for s, _ in places[c]), max(e for c in g for _, e in places[c]))
                          for g, _, _ in groups]]
                folded.append(Constraint("either", "|".join(shown), tuple(g for g, _, _ in groups)))
                taken |= {c for g, _, _ in groups for c in g}
        # "Chris says MHCLG, my manager says the Cabinet Office. who's right?": who says an alternative is the
        # asker's world, not a name or a post the entry must give.
        sayers = self._sayers(text) if folded or _DISPUTE.search(text) else frozenset()
        if sayers:
            plain = [c for c in plain if not (c.kind == "name" and _only_saying(c.value, text)
                                              or c.kind == "role" and set(c.value.split()) <= sayers)]
        if not folded:
            return plain if len(plain) != len(constraints) or any(c.kind == "either" for c in constraints) else constraints
        # "Jo says CYBERUK 2018 was in Manchester, Sam says Liverpool": the year is of CYBERUK, whichever place it
        # was, and whoever said it.
        said = {w for c in folded for shown in c.value.lower().split("|") for w in shown.split()} | sayers
        offered = {form for w in said for form in (self._canonical(w), self._term(w))}
        plain = [_without_anchors(c, offered) if c.kind == "year" else c for c in plain]
        taken = {_without_anchors(c, offered) if c.kind == "year" else c for c in taken}
        at = next(i for i, c in enumerate(plain) if c in taken)
        rest = [c for c in plain if c not in taken]
        return rest[:at] + folded + rest[at:]

    def _offered(self, text: str, places: dict[Constraint, list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
        """The sets of alternatives ``text`` offers, each as the spans of text its alternatives take."""
        offered = []
        # Said by whom: each saying to the next, or to the end of its sentence.
        sayings = _sayings(text)
        if len(sayings) >= 2:
            spans = []
            for i, saying in enumerate(sayings):
                stop = _SAYING_END.search(text, saying.end())
                end = min(stop.start() if stop else len(text), sayings[i + 1].start() if i + 1 < len(sayings) else len(text))
                spans.append((saying.end(), end))
            offered.append(spans)
        # Side by side: mentions of one slot with nothing between them but the words that offer them
        # (a list is a choice only with a word that offers one: "Leeds, Bradford or Hull").
        for slot in _SLOTS:
            said = sorted({span for c, spans in places.items() if _SLOT_OF[c.kind] == slot for span in spans})
            chains = [said[:1]]
            for span in said[1:]:
                between = text[chains[-1][-1][1]:span[0]]
                words = re.findall(r"[a-z]+", between)
                if (span[0] >= chains[-1][-1][1] and len(words) <= 5 and set(words) <= _BETWEEN
                        and (_OFFERING.search(between) or not words and between.strip() == ",")):
                    chains[-1].append(span)
                else:
                    chains.append([span])
            # ("Liverpool, Manchester. who's right?": a list the asker wants settled is a choice too.)
            offered += [chain for chain in chains if len(chain) >= 2
                        and (_OFFERING.search(text[chain[0][1]:chain[-1][0]]) or _DISPUTE.search(text))]
        return offered

    def _mentions(self, c: Constraint, text: str) -> list[tuple[int, int]]:
        """Where ``text`` says what ``c`` holds the entry to."""
        value = c.value.partition("|")[0]
        keys: list[str]
        if c.kind in ("year", "date", "founded-month"):
            keys = [value.split()[-1] if c.kind != "year" else value]
        elif c.kind == "month":
            month, year = value.split()
            keys = [rf"{month[:3]}[a-z]*\.?\s+(?:of\s+)?{year}", year]
        elif c.kind == "day":
            keys = [value.split()[0]]
        elif c.kind == "deed-year":
            keys = [c.value.split("|")[1]]
        elif c.kind in ("year-either", "figure-either"):
            keys = value.split()
        elif c.kind in ("place", "name"):
            keys = [re.escape(n) for n in (value, *self.lexicon.aliases.get(value, ()))]
        elif c.kind == "place-year":
            keys = [re.escape(n) for n in (value, *self.lexicon.aliases.get(value, ()))]
        elif c.kind == "person":
            keys = [re.escape(value).replace(r"\ ", r"\s+")]
        else:    # figure, figure-of, figure-year: the figure
            keys = [re.escape(value)]
        figure = _SLOT_OF[c.kind] == "how many"
        for key in keys:
            found = [m.span() for m in re.finditer(rf"(?<![\d.]){key}(?![\d]|\.\d)" if figure else
                                                   rf"(?<![\w.-]){key}(?![\w-]|\.\d)", text)]
            if found:
                return found
        return []
