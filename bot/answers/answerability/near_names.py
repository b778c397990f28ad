"""A person's name misremembered by a letter or two is the person our sources name.

People who are no specialists remember a name by its sound: "Geoff Connolly" for Geoff Connell, "Dr Andy
Hopkins, or something like that" for Dr Andy Hopkirk, "Steve Barkley" for Steve Barclay, "Dylan Robertson" for
Dylan Roberts. The search's typo reading leaves such a surname as typed, rightly: "Connolly" and "Hopkins" are
surnames in their own right, so an answer held to the name finds it missing ("it says nothing about Connolly").

``near_names`` reads, in a question, each name spelt near (in letters or in sound, ``NEAR_NAME_LIKENESS``) to
the surname of one person of ours, its first letter kept (people keep a name's start: "Osborne" is no "Horne"),
where the first name, if one is given, is that person's ("Jeff Connell" too; not "Andy Connolly", another
person), or a title stands for it ("Dr Hopkins"), or a surname stands alone written as a name. A hedge on the
name ("or something like that", "not sure of the spelling") lets it be a little further off
(``HEDGED_NAME_LIKENESS``). The answerer asks again with the person's name put in (``as_meant``), and keeps that
answer only where an entry that names the person answers it: whether the rest of the question fits them (their
role, body and deed) is the whole check's to say. "Was it Dylan Roberts who said 'seed money'?" names one of
ours as typed and is read as it is; "Martin Ferguson" is near no one of ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.answers.lexicon import FIRST_NAME_LIKENESS, _sound, english_zipf
from bot.core import regexes

# How alike (``fuzz.ratio``, of the letters as written or as they sound) a surname typed and one of ours must be:
# "Connolly" for "Connell" is 80, "Hopkins" for "Hopkirk" 71, "Barkley" for "Barclay" 86 by ear; "Connor" for
# "Connell" 62, "Osborne" for "Horne" 67 (and no first letter kept), "Baker" for "Barclay" 50.
NEAR_NAME_LIKENESS = 70
# ...and where the asker says they are unsure of the name ("Hopkinson or something" for "Hopkirk", 62).
HEDGED_NAME_LIKENESS = 60
# A surname standing alone, with no first name or title before it, is read as a name only if it is written as one,
# with a capital inside a sentence, and is no everyday English word ("Horn" 4.1 is, as a name; "Baker" 4.2 and
# "Robert" 4.9 are not).
BARE_NAME_ZIPF = 4.2

_TOKEN = regexes.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# The titles that stand for a first name before a surname: "Dr Hopkins", "Cllr Bettinson".
_TITLES = frozenset("""dr doctor cllr councillor mr mrs ms miss prof professor sir dame lord lady rt hon""".split())
# The asker unsure of the name they give: "Dr Andy Hopkins, or something like that?", "I think his name was",
# "(not sure of the spelling)", "Hopkins (sp?)"; each a whole phrase, which goes once the name is read as ours.
_HEDGE = (r"\bor\s+(?:something|summat|similar|whatever)(?:\s+like\s+(?:that|it|this))?\b|\bsomething\s+like\s+that\b"
          r"|\b(?:i\s+)?think\s+(?:his|her|their|the)\s+(?:sur)?name\s+(?:is|was)\b"
          r"|\bwhatever\s+(?:his|her|their)\s+(?:sur)?name\s+(?:is|was)\b"
          r"|\b(?:(?:i'?m|i\s+am)\s+)?not\s+(?:\w+\s+)?sure\s+(?:of|about|on)\s+(?:the|his|her|my)\s+spelling\b"
          r"|\b(?:(?:i'?m|i\s+am)\s+)?not\s+(?:\w+\s+)?sure\s+how\s+(?:to\s+spell\s+it|(?:it'?s|it\s+is|you)\s+spel(?:t|led|l\s+it))\b"
          r"|\(?\bsp\?\)?|\bor\s+however\s+(?:it'?s|it\s+is)\s+spel(?:t|led)\b"
          r"|\b(?:can'?t|cannot|don'?t)\s+remember\s+(?:his|her|their|the)\s+(?:exact\s+|full\s+)?(?:sur)?name\b"
          r"|\bforg[eo]t\s+(?:his|her|their|the)\s+(?:exact\s+|full\s+)?(?:sur)?name\b"
          r"|\bif\s+i(?:'ve|\s+have)\s+got\s+(?:his|her|their|the)\s+name\s+right\b")
_HEDGED = regexes.compile(_HEDGE, re.IGNORECASE)
# ...as it stands in the question, with the comma, dash or brackets that set it off.
_HEDGE_SAID = regexes.compile(r"\s*[,(\u2013\u2014-]*\s*(?:" + _HEDGE + r")\s*\)?", re.IGNORECASE)
_SPACES, _SPACE_BEFORE_STOP = regexes.compile(r"[ \t]{2,}"), regexes.compile(r"[ \t]+([?!.,;:])")
# Where a sentence opens, read from the few characters before a word (its capital says nothing of it there).
_SENTENCE_OPENS = regexes.compile(r"(?:^|[.!?:;\n\"\u201c(])\W*$")


@dataclass(frozen=True)
class NearName:
    """A name as typed (``typed``, from ``start`` to ``end`` of the question) and the person of ours it is taken
    to mean (``person``, as the lexicon writes them); ``meant`` is what is read in its place."""
    start: int
    end: int
    typed: str
    person: str
    meant: str


def _bare(word: str) -> str:
    """A surname's letters as compared: without an Irish "O'" ("O'Connell" is "connell")."""
    word = word.lower().replace("\u2019", "'")
    return (word[2:] if word.startswith("o'") else word).replace("'", "")


def _first_name_of(typed: str, first: str) -> bool:
    """Is ``typed`` ``first`` as a person may write it: itself, spelt by ear ("Jeff" for "Geoff"), or its long or short
    form ("Andrew" or "Andy", "Geoffrey", "Steven")?"""
    typed, first = typed.lower(), first.lower()
    return (typed == first or fuzz.ratio(_sound(typed), _sound(first)) >= FIRST_NAME_LIKENESS
            or len(typed) >= 3 and len(first) >= 3 and typed[:3] == first[:3])


class NearNames:
    """Reading a near name in a question as one of our people (a part of ``Answerability``)."""

    def _vocabulary(self) -> frozenset[str]:
        """Every word the knowledge base writes: none is a slip for a name ("council" is not "Connell")."""
        words = self.__dict__.get("_kb_vocabulary")
        if words is None:
            words = self.__dict__["_kb_vocabulary"] = frozenset(re.findall(r"[a-z]+", self._said))
        return words

    def _surnames_by_initial(self) -> tuple[dict[str, str], dict[str, tuple[tuple[str, str], ...]], frozenset[str]]:
        """Our people by surname, their surnames (with how each sounds) by first letter, and their first names."""
        table = self.__dict__.get("_near_name_table")
        if table is None:
            people = [p for p in self.lexicon.people if len(p.split()) > 1]
            surnames = {p.split()[-1].lower(): p for p in people}
            initials: dict[str, list[tuple[str, str]]] = {}
            for surname in surnames:
                initials.setdefault(surname[0], []).append((surname, _sound(surname)))
            table = self.__dict__["_near_name_table"] = (
                surnames, {k: tuple(v) for k, v in initials.items()}, frozenset(p.split()[0].lower() for p in people))
        return table

    def near_names(self, question: str) -> tuple[NearName, ...]:
        """The names ``question`` gives that are near, not the same as, those of our people (by the rule above)."""
        surnames, initials, firsts = self._surnames_by_initial()
        if not surnames or not question:
            return ()
        vocabulary = self._vocabulary()
        given_names = self.lexicon.given_names
        tokens = list(_TOKEN.finditer(question))
        hedged, shouted = None, question.upper() == question
        found: list[NearName] = []
        for i, token in enumerate(tokens):
            typed = token.group(0)
            if len(typed) < 4 or typed[0].lower() not in initials and typed[:2].lower() != "o'":
                continue
            if "'" in typed or "\u2019" in typed or typed.endswith("-"):
                typed = re.sub(r"['\u2019]s?$", "", typed.rstrip("-"))     # "Baker's" is "Baker"
            word = _bare(typed)
            # (A surname of ours as typed is theirs; with an "O'" before it, "O'Connell", it is one near theirs.)
            if (len(word) < 4 or word in surnames and word == typed.lower() or word in vocabulary and word not in surnames
                    or word in firsts or word in given_names):
                continue
            letters = word.replace("-", "")
            ours = initials.get(letters[0], ())
            # (Its length within two letters of theirs: "Hack" is no "Hancock".)
            ours = [(s, sounds) for s, sounds in ours if abs(len(s) - len(letters)) <= 2]
            if not ours or letters.endswith("s") and letters[:-1] in surnames:
                continue     # "lindy camerons job": theirs, its apostrophe left out
            sound = _sound(letters)
            scored = sorted(((max(fuzz.ratio(letters, s), fuzz.ratio(sound, sounds)), s) for s, sounds in ours), reverse=True)
            if scored[0][0] < HEDGED_NAME_LIKENESS or len(scored) > 1 and scored[1][0] == scored[0][0]:
                continue
            if scored[0][0] < NEAR_NAME_LIKENESS:
                hedged = hedged if hedged is not None else bool(_HEDGED.search(question))
                if not hedged:
                    continue
            person = surnames[scored[0][1]]
            # A word after it that is written as a name makes it a first name: "Connie Smith".
            after = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
            if after and question[token.end():tokens[i + 1].start()].strip() == "" and after[0].isupper() \
                    and not shouted and after.lower() not in vocabulary:
                continue
            before = tokens[i - 1] if i > 0 and question[tokens[i - 1].end():token.start()].strip(" .") == "" else None
            given = before.group(0).lower().rstrip(".") if before else ""
            start = token.start()
            if before is not None and given not in _TITLES and self._a_first_name(given, before, question, vocabulary):
                if not _first_name_of(given, person.split()[0]):
                    continue    # "Andy Connolly": another person's first name
                start, meant = before.start(), person
            elif given in _TITLES:
                meant = person.split()[-1]
            else:
                # A surname alone is one written as a name, with a capital inside a sentence; in lower case it is as
                # likely a word misspelt ("summat", "councl", "cyber mattering").
                if (not typed[0].isupper() or shouted or _SENTENCE_OPENS.search(question[max(0, token.start() - 4):token.start()])
                        or english_zipf(word) >= BARE_NAME_ZIPF):
                    continue
                meant = person.split()[-1]
            found.append(NearName(start, token.start() + len(typed), question[start:token.start() + len(typed)],
                                  person, meant))
        return tuple(found)

    def _a_first_name(self, word: str, token: re.Match, question: str, vocabulary: frozenset[str]) -> bool:
        """Is ``word`` (``token`` of ``question``, before a surname) a first name: one of the lexicon's or our people's,
        or one written as a name mid-sentence that no entry uses ("Jeff Connolly")?"""
        if word in self.lexicon.given_names or any(p.split()[0].lower() == word for p in self.lexicon.people):
            return True
        typed = token.group(0)
        return (typed[0].isupper() and not _SENTENCE_OPENS.search(question[max(0, token.start() - 4):token.start()])
                and word not in vocabulary and len(word) > 2)

    @staticmethod
    def as_meant(question: str, near: tuple[NearName, ...]) -> str:
        """``question`` with each near name read as the person it is taken to mean, and without the asker's doubt
        about it ("Dr Andy Hopkins, or something like that?" is "Dr Andy Hopkirk?"): that is settled."""
        for name in sorted(near, key=lambda n: n.start, reverse=True):
            question = question[:name.start] + name.meant + question[name.end:]
        return _SPACE_BEFORE_STOP.sub(r"\1", _SPACES.sub(" ", _HEDGE_SAID.sub(" ", question))).strip()
