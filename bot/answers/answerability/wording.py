"""How a question or an entry writes years, numbers, names, addresses and claims.

Small pure functions on text, with no knowledge base behind them: both the question reading and
the entry checking call them, and ``_claim`` is tested on its own (``tests/test_claims.py``), so
they live apart from the ``Answerability`` object.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answers.answerability.patterns import (
    _DATE_NUMBER,
    _EMAIL,
    _FINITE,
    _IRREGULAR_PAST,
    _MONTHS,
    _NUMBER_WORDS,
    _ORDINAL,
    _ORDINAL_WORDS,
    _PHONE,
    _POLAR_START,
    _PUBLIC_SUFFIXES,
    _SENTENCE,
    _TAG,
    _WEB,
    _WH_ASKED,
    _YEAR,
)
from bot.answers.knowledge import Entry
from bot.answers.search import CHECKS_BACK as _CHECKS_BACK, CLAIM_FRAME, WHEN_DONE as _WHEN_DONE
from bot.core import regexes

if TYPE_CHECKING:
    from bot.answers.answerability.entry_facts import _EntryFacts


@lru_cache(maxsize=4096)
def _years_cached(text: str) -> tuple[int, ...]:
    years = []
    for match in _YEAR.finditer(text):
        first = int(match.group(1))
        years.append(first)
        tail = match.group(2)
        if tail:
            second = int(tail) if len(tail) == 4 else (first // 100) * 100 + int(tail)
            if first < second <= first + 20:
                years.append(second)
    return tuple(dict.fromkeys(years))


def _figure(word: str) -> str | None:
    """A number as the question or an entry writes it, as digits: "four" -> "4", "4,000" -> "4000",
    "twentieth" and "20th" -> "20". "One" is left out: it is mostly a pronoun ("which one")."""
    if word in _NUMBER_WORDS:
        return None if word == "one" else _NUMBER_WORDS[word]
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    ordinal = _ORDINAL.fullmatch(word)
    if ordinal and int(ordinal.group(1)) > 10:
        return ordinal.group(1)
    if word[:1].isdigit() and re.fullmatch(r"\d[\d,]*(?:\.\d+)?", word):
        return word.replace(",", "")
    return None


def _proper_names(text: str) -> list[str]:
    """The names a text writes with capitals ("Cabinet Office", "RAND Europe", "GCHQ"): runs of capitalised
    words, a sentence's first word only when an acronym or the start of a longer name. Punctuation ends
    a name, as does a number: "November (UKAuthority" is two, and so is "The NCSC's 10 Steps"."""
    names = []
    for sentence in _SENTENCE.split(text):
        tokens = re.findall(r"[A-Za-z][\w&'\u2019-]*|\d[\w.,]*|[(),;:\u2013\u2014\"\u201c\u201d]", sentence)
        run: list[str] = []
        for i, token in enumerate(tokens + [""]):
            if token[:1].isupper() and not (i == 0 and not token.isupper()
                                            and not (i + 1 < len(tokens) and tokens[i + 1][:1].isupper())):
                run.append(token)
            elif token == "of" and run and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
                run.append(token)     # "City of London Police", "Ministry of Housing"
            elif run:
                names.append(" ".join(run))
                run = []
    return names


def _past(verb: str) -> str:
    """"contribute" -> "contributed", for a reply that says what the entry does not."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("ed") or verb in _IRREGULAR_PAST.values():    # "launched": said as the claim put it
        return verb
    if verb.endswith("e"):
        return verb + "d"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):    # one syllable, short vowel: "scrap" -> "scrapped"
        return verb + verb[-1] + "ed"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ied"
    return verb + "ed"


def _in_date(text: str, figure: str) -> bool:
    """Is ``figure`` a day of the month ("31 march"), which the date constraints read?"""
    return any(figure in m.groups() for m in _DATE_NUMBER.finditer(text))


def _years(text: str) -> tuple[int, ...]:
    return _years_cached(text)


def _literals(question: str) -> list[str]:
    """The email addresses, web addresses and phone numbers ``question`` writes, as they are compared:
    lower case, a web address without its scheme or "www.", a phone number as its digits and, after
    a "|", as written ("03001232050|0300 123 2050")."""
    text = question.lower()
    found = [m.group(0).strip(".") for m in _EMAIL.finditer(text)]
    text = _EMAIL.sub(" ", text)
    # A bare suffix ("is there a gov.uk page") names no one site.
    found += [m.group(1).rstrip("/.") for m in _WEB.finditer(text) if m.group(1).rstrip("/.") not in _PUBLIC_SUFFIXES]
    found += [(re.sub(r"\D", "", m.group(0)).replace("44", "0", 1) if m.group(0).startswith("+") else
               re.sub(r"\D", "", m.group(0))) + "|" + " ".join(m.group(0).split())
              for m in _PHONE.finditer(_WEB.sub(" ", text))]
    return list(dict.fromkeys(found))


def _claim(text: str) -> str | None:
    """The claim a yes/no question puts, without its tag ("..., didn't he?", "right?", "yeah"), or None
    when it asks something else: a "wh" question, a choice between two ("X or Y?"), a bare noun phrase
    ("cyber essentials website?")."""
    # "quick one - was it robert hannigan who set it up?": the lexicon reads "quick one" as an aside and leaves its
    # dash, before the clause the claim is.
    text = _JOINED_ON.sub("", _LEFT_BY_ASIDE.sub("", text))
    # "the lga on-call does technical forensics for us, that's what we were told": a belief said with where it came
    # from is put to be checked as a tagged one is ("..., right?").
    told = _BELIEF_TOLD.search(text)
    if told and len(text[:told.start()].split()) >= 3 and not _WH_ASKED.search(text[:told.start()]):
        return text[:told.start()].strip(" ,?!.-")
    # "logging made easy is basically a SIEM so we can use it as ours", "ncsc regulates councils under the caf, so
    # they'll audit us after this?": what the asker means to do rests on what they state first, which is the claim.
    then = _CONSEQUENCE.search(text)
    if then and not CLAIM_FRAME.match(text):
        stated = text[:then.start()]
        # ("our auditor reckons the NCSC regulates us directly, which is why ...": the belief is the auditor's)
        stated = stated[reported.end():] if (reported := _SOMEONE_HOLDS.match(stated)) else stated
        if len(stated.split()) >= 3 and _STATES.search(stated) and not _WH_ASKED.search(stated) \
                and not _ASKERS_OWN.match(stated) and not _POLAR_START.search(stated) and not _HEDGED.search(stated):
            return _TAG.sub("", stated).strip(" ,?!.-")
    framed = CLAIM_FRAME.match(text)
    if framed:      # "can i say that geoff connell chairs the local cio council"
        text = text[framed.end():]
    # "the gcss says all public sector organisations must be resilient by 2025. can i put that in the cabinet
    # paper?": a sentence that asks whether the one before may be used asks whether it holds.
    back = _CHECKS_BACK.search(text)
    if back and len(text[:back.start()].split()) >= 3 and not _WH_ASKED.search(text[:back.start()]):
        return text[:back.start()].strip(" ,?!.-")
    # "correct me if wrong: when NCSC pushed the 4 ACD measures it said none need extra money": a line put to be
    # checked may open on when something was done, which asks nothing ("when did it ..." still asks).
    said = text[when.end():] if framed and (when := _WHEN_DONE.match(text)) else text
    if _WH_ASKED.search(said) or re.search(r"\bor\b(?!\s+not\b)", text):
        return None if framed else _stated_before(text)
    if framed:
        return _TAG.sub("", text).strip(" ,?!.")
    untagged = _TAG.sub("", text).strip()
    if untagged != text.strip():
        return untagged.strip(" ,?!.")
    headline = _HEADLINE_ASKS.search(text)
    if headline:   # "cisp announced - date?": the thing, then the detail wanted after a dash
        return _claim(text[:headline.start()]) if _DEED_STATED.search(text[:headline.start()]) else None
    if _POLAR_START.search(text):   # "does the toolkit cover supply chains? our audit lot are obsessed with suppliers"
        return text.partition("?")[0].strip(" ,!.")
    if text.rstrip().endswith("?") and _FINITE.search(text):
        return text.strip(" ,?!.")
    # "lidington launched exercise in a box at socitm presidents conference": typed into a search box, a
    # statement of a deed done is the claim to check, with or without its question mark.
    if _DEED_STATED.search(text) and not _ASKERS_OWN.match(text) and not _POLAR_START.search(text):
        return text.strip(" ,?!.")
    # "Logging Made Easy is a professional SIEM tool maintained by the NCSC": so is a statement of what a thing is.
    # (Not a message that asks anything after all, "... up to three, I think? just checking ...".)
    if _WHAT_IT_IS_STATED.match(text) and "?" not in text and not _ASKERS_OWN.match(text) and not _HEDGED.search(text):
        return text.strip(" ,!.")
    return None


_LEFT_BY_ASIDE = regexes.compile(r"^\s*[-\u2013\u2014:;,]+\s*")
# "sorry but did the queen open the ncsc ...", "so, was it ...": a word that joins the question on to what went before
# (or to an apology) opens no claim of its own; the claim is the question it leads into.
_JOINED_ON = regexes.compile(r"^\W*(?:(?:but|and|so|ok|okay|well|right|also|then|sorry|anyway|btw|oh|hi|hey|hello|morning|"
                             r"hmm+|um+|erm+|(?:quick\s+|one\s+more\s+|just\s+)?(?:check|checking|q|question|query|one)|"
                             r"just\s+to\s+check)\b[\s,.;:-]*)+"
                             r"(?=(?:is|was|are|were|isn'?t|wasn'?t|did|does|do|has|have|had)\b)")
# Where a belief says it came from, after it: "..., that's what we were told", "... or so i'm told", "..., we were told".
_BELIEF_TOLD = regexes.compile(r"(?:[\s,;.\u2013\u2014-]+(?:or\s+)?(?:that'?s|thats|that\s+is|which\s+is)\s+what\s+(?:we|i|they)\s+"
                               r"(?:were|was|'ve\s+been|have\s+been|got|get)\s+told|"
                               r"[\s,;.\u2013\u2014-]+(?:or\s+)?so\s+(?:i|we)(?:'m|\s+am|'re|\s+are|\s+was|\s+were|'ve\s+been|\s+have\s+been)\s+told|"
                               r"[,;\u2013\u2014-]\s*(?:i|we)(?:\s+was|\s+were|'ve\s+been|\s+have\s+been)\s+told)[\s?.!]*$")
# What the asker goes on to draw from a statement: "... so we can use it as ours", "..., so they'll audit us?", "...,
# which means we're covered", "... which is why we have to do the CAF" (not "so far", "so-called", "or so").
_CONSEQUENCE = regexes.compile(r"(?:,\s*|\s+)(?:(?:and\s+)?so|which\s+(?:is\s+why|means)|meaning|that\s+means)\s+"
                               r"(?=(?:we|we'?re|we'?ll|we'?ve|they|they'?ll|they'?re|i|i'?m|i'?ll|our|us|you|no\s+need|there'?s)\b)")
# Whose belief a statement is, before it: "our auditor reckons ...", "my manager says that ...", "the lga told us ...".
_SOMEONE_HOLDS = regexes.compile(r"^\W*(?:(?:our|my|the|a)\s+)?(?:[\w'-]+\s+){0,2}?(?:reckons|says|said|thinks|believes|claims|"
                                 r"insists|told\s+(?:me|us))\s+(?:that\s+)?")
# What a thing is, said plainly: "<thing> is a ...", "<thing> is basically the ...", "<thing> is no longer ..." (not
# "it is a ...", "there are ...": no thing named).
_WHAT_IT_IS_STATED = regexes.compile(
    r"^\W*(?!(?:it|its|it's|this|that|there|here|he|she|they|these|those|which|what|who|wtf|wth|wot|wat|wut|whit)\b)(?:the\s+)?(?:[\w'-]+\s+){0,4}?"
    r"(?:is|are|was|were)\s+(?:(?:basically|essentially|just|really|actually|effectively|in\s+effect|pretty\s+much|"
    r"more\s+or\s+less|kind\s+of|sort\s+of|only|still|now)\s+)?(?:a|an|the|not|no\s+longer)\b")
# A statement's verb, in any tense a belief is said in: "is basically a SIEM", "regulates councils", "does forensics",
# "automatically tells the ICO", "will come in", "counts as telling".
_STATES = regexes.compile(r"\b(?:is|was|are|were|has|had|does|do|did|will|can|covers?|counts?|means?|[a-z]{3,}(?:es|ed)|"
                          r"[a-z]{3,}[^s\W]s)\b")
# A deed said done by whoever the words before it name: "<someone> launched ...", "<someone> built ...".
_DEED_STATED = regexes.compile(r"^\W*(?:[\w'-]+\s+){1,4}?(?:launched|announced|unveiled|opened|built|founded|set up|wrote|"
                          r"published|created|introduced|ran|led|chaired)\s+\w")
# Where a statement ends and a question about it begins: "... right? which one ...", "... - what else was in it?".
_STATEMENT_END = regexes.compile(r"\?\s+|[.!;]\s+|\s+[-\u2013\u2014]+\s+")
# A question that leans on what was just stated: "what did she announce", "which one covers", "what else was in it".
_LEANS_BACK = regexes.compile(r"\b(?:he|she|it|they|them|his|her|its|their|that|this|those|these|one|else)\b")
# "..., I believe.", "apparently": a statement the asker only half remembers, said on the way to another question.
_HEDGED = regexes.compile(r"\b(?:i\s+believe|i\s+think|i\s+gather|apparently|i'm\s+told|im\s+told|i\s+heard|as\s+i\s+recall)\b")
# A headline that names the thing and then, after a dash or colon, the kind of detail it wants ("CiSP announced -
# date?", "NCSC opened: year?", "cyberuk 2019 held - venue?"): the verb before the dash says which event is meant, as
# "when was CiSP announced" does; it claims only what the words before the dash state ("Hammond launched Exercise in
# a Box - date?" says who did it). (A value after the dash, "- 2014?", is still a claim to check.)
_HEADLINE_ASKS = regexes.compile(r"\s[-\u2013\u2014:]+\s*(?:the\s+|its\s+|exact\s+|which\s+|what\s+)?"
                                 r"(?:date|day|year|month|venue|place|location|city|town|figure|amount|cost|total|sum|"
                                 r"name|number|address)s?\s*\??\s*$")
# The asker's own doings are the scene, not a claim about our sources: "we had an email from the NCSC - what is it?"
_ASKERS_OWN = regexes.compile(r"^\W*(?:i|i'm|im|i've|ive|we|we're|we've|my|our|me|us|hi|hello|hey|thanks|so|ok|okay)\b")


def _stated_before(text: str) -> str | None:
    """The claim a message states before it asks about it ("Theresa May launched the 2016 strategy at Future
    Decoded - what did she announce?", "the board toolkit has twelve modules right? which one covers supply
    chain"): the question takes the statement as given, so an answer must hold to it as to a yes/no claim.
    A statement that says its claim with a tag, or a question that points back to it, makes one."""
    end = _STATEMENT_END.search(text)
    if end is None:
        return None
    stated, asked = text[:end.start()], text[end.end():]
    if _WH_ASKED.search(stated) or re.search(r"\bor\b(?!\s+not\b)", stated) or _ASKERS_OWN.match(stated) \
            or CLAIM_FRAME.match(stated) or len(stated.split()) < 3 or not _WH_ASKED.search(asked) \
            or _HEDGED.search(stated):
        return None
    untagged = _TAG.sub("", stated).strip()
    if untagged != stated.strip() or _FINITE.search(stated) and _LEANS_BACK.search(asked) \
            and not _POLAR_START.search(stated):
        return untagged.strip(" ,?!.-")
    return None


def _literal_text(entry: Entry, facts: _EntryFacts) -> str:
    """What an entry writes, with its sources' addresses, as literals are compared: phone numbers
    also as their digits ("0300 123 2040" -> "03001232040")."""
    text = " ".join([facts.text, *(s.url.lower() for s in entry.sources if s.url)])
    return text + " " + " ".join(re.sub(r"\D", "", m.group(0)) for m in _PHONE.finditer(text))


# A series that comes out in editions named by a year: a strategy, a review, a summit, a conference.
_EDITION_NAME = r"(?:strateg(?:y|ies|ic)|reviews?|summits?|conferences?)"
# The year an edition is named by is written against its name: "Strategy 2022", "Strategy 2022-2030" (the
# span's first year), "the 2024 annual review", "2016-2021 strategy". A year the text gives as the span's end
# or as a target ("resilient by 2030") is not an edition's year.
_EDITION_YEAR = regexes.compile(
    rf"\b{_EDITION_NAME}\s*[:(,]?\s*(?P<after>(?:19|20)\d\d)\b"
    rf"|(?<![\d\u2013\u2014/-])(?<!\bby )(?<!until )(?<!\btill )(?<!\bthan )\b(?P<before>(?:19|20)\d\d)(?:\s*[-\u2013\u2014/]\s*(?:19|20)?\d\d)?(?:\s+[\w\u2019'-]+){{0,3}}?\s+{_EDITION_NAME}\b")


def edition_years(text: str) -> set[int]:
    """The years ``text`` names an edition by (``_EDITION_YEAR``)."""
    return {int(m.group("after") or m.group("before")) for m in _EDITION_YEAR.finditer(text.lower())}


# The time a claim puts between two deeds: "opened in feb 2017, a year after it started work", "two months
# before the strategy", "the same week". A gap is a fact of its own: an entry bears it out only by saying it
# ("a year before the strategy itself was launched") or by dating both deeds that far apart.
_GAP_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "couple of": 2}
_GAP_VAGUE = ("a few", "few", "several", "some", "many")
_GAP_CLAIMED = regexes.compile(
    r"\b(?:(a\s+couple\s+of|couple\s+of|a\s+few|few|several|some|many|an?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|\d{1,2})\s+(year|month|week|day)s?\s+(?:after|before|later|earlier)"
    r"|(?:the\s+|that\s+)?(?:very\s+)?same\s+(day|week|month|year))\b", re.IGNORECASE)
_MONTH_NUMBER = {m: n for n, m in enumerate(_MONTHS, 1)}
_DATED = regexes.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(" + "|".join(_MONTHS) + r")\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}


def _gaps_claimed(claim: str) -> list[tuple[str, str, str]]:
    """Each gap ``claim`` puts between two deeds, as (count or "vague" or "same", unit, as said)."""
    found = []
    for m in _GAP_CLAIMED.finditer(claim):
        if m.group(3):
            found.append(("same", m.group(3).lower(), m.group(0)))
            continue
        said = " ".join(m.group(1).lower().split())
        count = "vague" if said in _GAP_VAGUE else str(_GAP_COUNTS.get(said) or int(said))
        found.append((count, m.group(2).lower(), m.group(0)))
    return found


def _gap_borne_out(text: str, count: str, unit: str) -> bool:
    """Whether ``text`` (an entry's) says a gap of ``count`` ``unit``s, or dates two things that far apart."""
    for m in _GAP_CLAIMED.finditer(text):
        said = _gaps_claimed(m.group(0))[0]
        if said[1] == unit and (said[0] == count or "vague" in (count, said[0]) and "same" not in (count, said[0])):
            return True
    dates = {(int(y), _MONTH_NUMBER[mon.lower()], int(d) if d else None) for d, mon, y in _DATED.findall(text)}
    dates |= {(y, None, None) for y in _years(text) if not any(y == d[0] for d in dates)}
    for (y1, m1, d1) in dates:
        for (y2, m2, d2) in dates:
            if count == "same":
                if unit == "year" and y1 == y2 and (m1, d1) != (m2, d2):
                    return True
                if unit == "month" and (y1, m1) == (y2, m2) and m1 and d1 != d2:
                    return True
                # (Two days a week apart may be two sources' dates for one deed: "3 October" or "4 October".)
                continue
            if m1 is None or m2 is None:
                if unit == "year" and count != "vague" and abs(y1 - y2) == int(count):
                    return True
                continue
            days = abs((y1 - y2) * 365.25 + (m1 - m2) * 30.4 + ((d1 or 15) - (d2 or 15)))
            if days == 0:
                continue
            exact = d1 is not None and d2 is not None
            wanted = _UNIT_DAYS[unit] * (int(count) if count != "vague" else 3)
            slack = (_UNIT_DAYS[unit] * (2 if count == "vague" else 0.5)) + (0 if exact else 31)
            if abs(days - wanted) <= slack:
                return True
    return False
