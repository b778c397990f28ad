"""What a question asks of a thing ("the supplier behind ...", "cyberuk 2017 - venue name?", "who
spoke at ...", "what did ADASS contribute") and what a yes/no message rules out ("only in Cheltenham,
not in London").

An entry about the right thing that never speaks of a supplier, a venue or speeches does not answer
it; these readings turn such questions into ``detail`` and ``deed`` constraints, with the helpers
they share: the words beside a year (``_anchors``), whether some entry says words together
(``_said_together``); how the reply writes what was asked is ``naming``. Kept apart from the
rest of the question reading (``reading``) so that each stays short enough to follow.
"""

from __future__ import annotations

import re

from bot.answers.answerability.constraint import Constraint
from bot.answers.answerability.patterns import (
    _ADDRESS_ASKED,
    _AGENT_VERBS,
    _BEGAN,
    _BEGAN_PARTICLES,
    _CLOCK_ASKED,
    _DURATION_ASKED,
    _HOW_LAUNCHED,
    _LAUNCH_OF,
    _ASKED_OF,
    _COUNCIL_SORTS,
    _DETAIL_FRAGMENT,
    _DETAIL_NAMED,
    _DETAIL_OF,
    _DETERMINERS,
    _DID_THEY,
    _DONE_AT_EVENT,
    _GENERIC_DETAILS,
    _HOW_TO,
    _IRREGULAR_PAST,
    _KINDS,
    _MONTHS_DAYS,
    _NUMBER_WORDS,
    _POLAR,
    _PRONOUNS,
    _REPORTING_FRAME,
    _ROLE_WORDS,
    _THANKS_WORDS,
    _THOUGHT,
    _WH_ASKED,
    _WHAT_DID,
    _WHAT_SAID,
    _WHEN_DID,
    _WHICH_KIND,
    _WHICH_VENUE,
    _STRAIN_ASKED,
    _EVENT_PART_ASKED,
    _EVENT_PART_OF,
    _VENUE_FRAGMENT,
    _WHO_BEHIND,
    _WHO_ASKED_TO,
    _WHO_STOOD_IN,
    _WHO_DID,
    _WHO_DID_PHRASAL,
    _WHO_GAVE_THE,
    ANCHOR_ZIPF,
    COMMON_ZIPF,
)
from bot.answers.answerability.wording import _claim, _past
from bot.answers.lexicon import english_zipf
from bot.core import regexes
from bot.core.text import A_YEAR, IDIOMS, is_stopword, surface_words

# "what was socitm called in 2016", "what's the lcioc called now": the question asks a name.
_CALLED = regexes.compile(r"\bwhat(?:'s|s|\s+(?:is|was|were|are|did))\s+((?:[\w'\u2019-]+\s+){1,5}?)(?:called|named|call(?:ed)? itself)"
                     r"(?=\s*(?:$|[?.!,]|back\b|in\b|before\b|then\b|now\b|originally\b|at\b|when\b))")
# "who at the lga commented", "who from socitm spoke", "who in the cabinet office said": a person within a body (not "who
# in 2016 ran it", "who in october"; nor "who in a council is meant to fill it in", which asks a role, not a name).
_WHO_WITHIN = regexes.compile(r"\b(?:who|whos|who's)\s+(at|from|within|inside|in)\s+((?:the\s+)?(?!(?:a|an|any|each|every|my|our|your|their|its)\s|(?:19|20)\d\d\b|(?:jan|feb|mar|apr|"
                              r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:charge|post|office|power|turn|time)\b)[a-z][\w&'-]*"
                              r"(?:\s+[\w&'-]+){0,3}?)\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|says|say|spoke|speaks|wrote|writes|"
                              r"led|leads|ran|runs|gave|gives|made|makes|told|tells|is|was|were|did|does|has|had)\b)")
# "socitm old name", "the lcioc's previous name": which name, old or new, is the kind of name asked, not a detail.
_NAME_KINDS = r"(?:old|former|previous|original|earlier|first|new|current|full|proper|official)"
_NAME_OF = regexes.compile(rf"\b([a-z][\w-]*(?:'s|\u2019s)?)\s+(?:{_NAME_KINDS}\s+)?name\b(?!\s+(?:of|for)\b)")
# "when was web check launched": the thing, then its launch or publication, in the passive (deeds an entry tells in
# their own words; "announced", "held" or "carried out" are told in many ways: "from the Autumn 2021 Budget", "ran").
_WHEN_WAS_DONE = regexes.compile(r"\bwhen\s+(?:was|were)\s+((?:[\w'-]+\s+){1,5}?)(launched|published|introduced|released)\b"
                                 r"(?!\s+(?:by|to|for|as)\b)")


# A guess put after the question, on its own: "who ran it? RAND?", "which firm? was it nominet?", "... - PwC maybe?".
_GUESS_AFTER = regexes.compile(r"\?\s*(?:(?:was|is)\s+it\s+|maybe\s+|perhaps\s+)?((?:[\w&'-]+\s+){0,2}[\w&'-]+)"
                               r"(?:\s+(?:maybe|perhaps|possibly|i think))?\s*\?\s*$")
# Words that ask whether a name, number or address given is the one ("is that the right address?"), not for a detail.
_CONFIRMING = frozenset("right correct proper accurate valid true wrong same actual real exact current".split())
# People the asker tells of, whom a "who" after them describes ("my predecessor who left").
# "was it Steve Barclay", "it was Connell", "is it Ian Levy": a name put as the one who did what follows.
_CLEFT_BEFORE = regexes.compile(r"(?:^|[^\w'])(?:(?:was|is)\s+it|it\s+(?:was|is))\s+(?:[\w'.-]+\s+){1,3}$", re.IGNORECASE)
# "it was Ian Levy that launched", "is it the Queen that opened": "that" after a name put as the doer asks as "who"
# does; not after "is it true that", "it was in 2016 that", "it was announced that".
_CLEFT_THAT_BEFORE = regexes.compile(r"(?:^|[^\w'])(?:(?:was|is)\s+it|it\s+(?:was|is))\s+(?!(?:true|right|correct|accurate|"
                                     r"the\s+case|so|possible|likely|not|just|clear|said|reported|announced|known|in|on|"
                                     r"at|during|after|before|when|then|because)\b)(?:[\w'.-]+\s+){1,3}$", re.IGNORECASE)
_TOLD_OF = frozenset("""predecessor predecessors colleague colleagues someone somebody guy bloke chap person people officer
    officers manager contractor consultant boss friend man woman lady staff member members councillor cllr
    anyone everyone those""".split())
# The asker's own papers, which a year beside them dates ("the 2018 LGA emails", "minutes from 2019").
_ASKERS_PAPERS = frozenset("email emails e-mails mails inbox minutes notes memo memos handover paperwork spreadsheet "
                           "spreadsheets diary files letter letters".split())

# What the asker does with the answer ("..., confirm?", "in a quote about 2016"), no word of what a
# year beside it dates. (Not "check": "web check uptake 2018" is Web Check's year.)
_ASKERS_ACTS = frozenset("confirm confirmed confirming verify verified quote quotes quoted quoting".split())
# Words of the names a year goes with ("the 2016 national cyber security strategy").
_NAME_WORDS = frozenset(("cyber", "security", "uk", "national"))

_SUCCEEDED = frozenset("succeeded replaced followed preceded".split())


# What an acronym stands for, asked: "what does pdns stand for", "whats socitm short for", "ncsc acronym",
# "the abbreviation gcss".
_SPELT_OUT_ASKED = regexes.compile(
    r"\b([a-z][a-z0-9&]{1,9})(?:'s)?\s+(?:stand|stands|standing|short)\s+for\b"
    r"|\b(?:acronym|abbreviation|initials)\s+(?:for\s+|of\s+)?(?:the\s+)?([a-z][a-z0-9&]{1,9})\b"
    r"|\b([a-z][a-z0-9&]{1,9})\s+(?:acronym|abbreviation)\b")


# A yes/no question's opening, just before the "all" or "every" it asks about: "had every council ...", "have all the
# councils in Wales ...", "according to the 2018 review, did all councils ...".
_ASKED_OF_ALL = regexes.compile(r"(?:^|[,.;:?!]\s*)(?:and\s+|so\s+)?(?:had|has|have|did|do|does|were|was|are|is)\s+$")


# A deed that makes, opens or brings out a thing ("who opened the NCSC", "who built PDNS", "who launched the GCSS").
_MADE_OR_OPENED = regexes.compile(r"^(?:open|launch|unveil|buil[dt]|creat|found|establish|publish|introduc|design|develop|set)")
# Whom a request is made of, said of no one in particular: "who asked them to answer honestly", "who urged everyone to".
_ANYONE = frozenset("it they them he him she her we us me you everyone everybody anyone anybody people folk".split())
# ...and said with a particle: "set up", "kicked off", "rolled out", "started up", "stood up", "spun up".
_MADE_OR_OPENED_PHRASAL = regexes.compile(r"^(?:set(?:s|ting)?\s+up|start(?:ed|s|ing)?\s+up|kick(?:ed|s|ing)?\s+off|"
                                          r"roll(?:ed|s|ing)?\s+out|(?:stood|stands?|standing)\s+up|spun\s+up|"
                                          r"open(?:ed|s|ing)?\s+up)$")


class Details:
    """Reading what a question asks of a thing (a part of ``Answerability``)."""

    def _premises(self, text: str) -> list[Constraint]:
        """What a yes/no message rules out: "ncsc HQ is only in Cheltenham, yes? just confirming it's not in
        London". A place said to be the only one ("only in X") is contradicted by an entry that names
        another; a place ruled out ("not in Y") by an entry that names it. A question that asks what or
        where ("where is it? not cheltenham, the london one") rules nothing out: it describes."""
        if _WH_ASKED.search(text):
            return []
        out = []
        for match in re.finditer(r"\b(?:only|just|solely|exclusively)\s+(?:(?:based|located|held|run)\s+)?(?:in|at)\s+"
                                 r"(?:the\s+)?([\w' -]+)", text):
            for place in self.lexicon.places_in(match.group(1), countries=False)[:1]:
                if match.group(1).startswith(place):
                    out.append(Constraint("only-place", place))
        # "ALL councils in Northern Ireland signed up, yes?": every one there, which an entry saying "most
        # in Northern Ireland" (some, many, half of them) does not bear out. Asked, it rules nothing out: "had every
        # council in Northern Ireland signed up to Web Check?" is answered by "most in Northern Ireland".
        for match in re.finditer(r"\b(?:all|every|each)\s+(?:(?:of\s+the|the|our)\s+)?(?:[\w'-]+\s+){1,3}?"
                                 r"(?:in|across)\s+(?:the\s+)?([\w' -]+)", text):
            if _ASKED_OF_ALL.search(text[:match.start()]):
                continue
            for place in self.lexicon.places_in(match.group(1))[:1]:
                if match.group(1).startswith(place):
                    out.append(Constraint("all-place", place))
        for match in re.finditer(r"\b(?:not|isn'?t|aren'?t|wasn'?t|weren'?t|never)\s+(?:(?:based|located|held|run)\s+)?"
                                 r"(?:in|at)\s+(?:the\s+)?([\w' -]+)", text):
            for place in self.lexicon.places_in(match.group(1), countries=False)[:1]:
                if match.group(1).startswith(place):
                    out.append(Constraint("not-place", place))
        return out

    def _said_together(self, words: list[str]) -> bool:
        """Does some entry say all of ``words`` (as search terms) in one sentence?"""
        if "_sentences_with" not in self.__dict__:   # made on first use: which sentences hold each term
            index: dict[str, set[int]] = {}
            for n, segment in enumerate(s for facts in self._facts.values() for s in facts.segments):
                for term in segment:
                    index.setdefault(term, set()).add(n)
            self._sentences_with = index
        holding = [self._sentences_with.get(self._term(w), set()) for w in words]
        return bool(set.intersection(*holding)) if holding else False

    def _details(self, text: str, question: str = "") -> list[Constraint]:
        """The attribute or deed a question asks for, if it names one: a ``detail`` ("supplier",
        "venue", "phone number") or a ``deed`` ("who spoke", "what ADASS contributed"), each as
        "word|how the reply names it"."""
        asked: list[tuple[str, str, str]] = []
        for match in _DETAIL_OF.finditer(text):
            word, before = match.group(1), match.group(0).split()[-3:-1]
            if word in ("name", "names", "number", "numbers", "address", "addresses") and len(before) == 2:
                asked.append(("detail", before[0], f"{before[0]} {word}"))   # "the email address for"
            else:
                asked.append(("detail", word, word))
        for match in _DETAIL_FRAGMENT.finditer(text):
            if match.group(1) not in self.lexicon.filler and match.group(1) not in _THANKS_WORDS:   # "cheers for that"
                asked.append(("detail", match.group(1), match.group(1)))
        for match in [*_WHICH_VENUE.finditer(text), *_VENUE_FRAGMENT.finditer(text), *_EVENT_PART_ASKED.finditer(text),
                      *_STRAIN_ASKED.finditer(text),
                      # ("who gave the keynote" asks who did it: ``_WHO_GAVE_THE``'s, said so)
                      *(m for m in _EVENT_PART_OF.finditer(text) if not _WHO_GAVE_THE.search(text))]:
            asked.append(("detail", match.group(1), match.group(1)))
        for match in _DETAIL_NAMED.finditer(text):
            if match.group(1) in _CONFIRMING:     # "is that the right address?" asks whether it is the one
                continue
            if match.group(2) == "name" and re.fullmatch(_NAME_KINDS, match.group(1)):
                continue      # "previous name": the kind of name asked (``_NAME_OF``), not a detail
            asked.append(("detail", match.group(1), f"{match.group(1)} {match.group(2)}"))
        # "who ran it for them? RAND?": a name offered after the question is the asker's guess at the answer, not
        # the thing asked about, so an entry naming it as the one who did it names one of the kind asked.
        guessed = _GUESS_AFTER.search(text)
        guess = set(surface_words(guessed.group(1))) if guessed and _WH_ASKED.search(text[:guessed.start()]) else set()
        asked_words = " ".join(sorted({w for w in surface_words(text) if not is_stopword(w) and w not in guess}))
        kinds: list[Constraint] = []    # after the deed: "which minister signed it off" says more
        for match in _WHO_DID.finditer(text):
            verb = match.group(1)
            if not self._asks_who(text, match, verb):
                continue
            # "Jo says 2013, I say 2014, who's right?": which of the alternatives holds, not a deed the entry tells.
            if verb in ("right", "correct", "wrong"):
                continue
            # "picked up the work from Sam who left last month", "my predecessor who set it up": "who" after a
            # person is the asker telling of them, not asking who did something.
            if self._tells_of_someone(text[:match.start()], question):
                continue
            # "who speaks for the local cio council": English says the post as a verb ("speaks for" is
            # "spokesperson for", as search reads it); it asks who holds the post, which the role
            # constraint holds the entry to, not for a deed the entry must word as "speaks".
            phrase = re.match(r"\s+([a-z]+)", text[match.end():])
            idiom = IDIOMS.get(f"{verb} {phrase.group(1)}" if phrase else "", "")
            if idiom.split()[:1] and idiom.split()[0] in _ROLE_WORDS:
                continue
            # "who designed the cyber 360 programme": the reply says "who designed it" (the entry's title
            # names it); "who spoke at ..." stays "who spoke".
            done_to = re.match(r"\s+(?:the|a|an|its|their|this|that)\b", text[match.end():])
            # "who succeeded lindy cameron": whom someone followed is the sequence the check holds the
            # entry to ("Earlier chief executives were ... Lindy Cameron"), however the entry words it.
            if verb in _SUCCEEDED and not done_to:
                continue
            asked.append(("deed", verb, f"who {verb}" + (" it" if done_to else "")))
            # "who built it", "who runs it now": someone who did it, named, and not the thing itself.
            if verb in _IRREGULAR_PAST.values() or verb in _AGENT_VERBS or (verb.endswith("ed") and len(verb) > 4):
                kinds.append(Constraint("kind", f"agent||{verb}|{re.sub(r'^that', 'who', match.group(0))} it|{asked_words}"))
                # "who opened the NCSC in 2019": the thing it was done to is the thing the entry's deed was done to;
                # the entry on who launched "the NCSC's Exercise in a Box" that year names someone who opened
                # something else (``_deed_done_to``). Only a deed that makes or opens a thing: what someone described
                # or said ("who described the money as 'seed money'") is told of in words of the entry's own.
                if _MADE_OR_OPENED.search(verb):
                    kinds += self._done_to_asked(text, match.end(), verb, question)
        # "who urged the LGA to run the stocktake?": whom the request was made of is the entry's to tell as well as the
        # request; the entry on Connell, who "urged councils in England to respond", tells of no one urging the LGA.
        # (Up to the first word that is no part of a name: "urged councils in england to" asked councils.)
        for match in _WHO_ASKED_TO.finditer(text):
            if self._tells_of_someone(text[:match.start()], question):
                continue
            urged = []
            for word in surface_words(match.group(2)):
                if urged and (is_stopword(word) or self.lexicon.places_in(word)):
                    break
                if not is_stopword(word) and not word[0].isdigit():
                    urged.append(word.removesuffix("'s"))
            if urged and not set(urged) & _ANYONE:
                # (as the question puts it, to the end of its clause: "urged the LGA to run the stocktake")
                kinds.append(Constraint("asked-of", f"{match.group(1).split()[0]}|{' '.join(urged[:3])}|"
                                        + self._clause_as_put(question, text, match.start(1), 12)))
        for match in _WHO_STOOD_IN.finditer(text):
            if not self._tells_of_someone(text[:match.start()], question):
                kinds.append(Constraint("stand-in", self._clause_as_put(question, text, match.start(1), 10)))
        # "who carried out the stocktake", "who set up the ncsc": a deed said with a particle asks for the
        # one who did it as much as "who ran it" does.
        for match in _WHO_DID_PHRASAL.finditer(text):
            verb, particle = match.groups()
            if not self._asks_who(text, match, verb):
                continue
            if self._tells_of_someone(text[:match.start()], question):
                continue
            if verb in _IRREGULAR_PAST.values() or (verb.endswith("ed") and len(verb) > 4):
                kinds.append(Constraint("kind", f"agent||{verb}|who {verb} it {particle}|{asked_words}"))
            # "is it Steve Barclay who set up the NCSC?", "who kicked off the GCSS": a phrasal deed that makes or opens a
            # thing is held to what it was done to, as "who opened the NCSC" is.
            if _MADE_OR_OPENED_PHRASAL.match(f"{verb} {particle}"):
                kinds += self._done_to_asked(text, match.end(), f"{verb} {particle}", question)
        # "who was behind the gloucester attack": someone who did it, named as doing it, as for "who ran it".
        for match in _WHO_BEHIND.finditer(text):
            if not self._tells_of_someone(text[:match.start()], question):
                kinds.append(Constraint("kind", f"agent||{match.group(1).split()[0]}|{match.group(0)} it|{asked_words}"))
        # "Who at the LGA publicly commented on the £1.5m?", "who from Socitm spoke at the summit": someone within the
        # body, which the body itself is not: an entry that says only the LGA administered the money names no one.
        for match in _WHO_WITHIN.finditer(text):
            kinds.append(Constraint("kind", f"person||person|person {match.group(1)} {match.group(2)}|{asked_words}"))
        # "what was socitm called in 2016": the name it went by, which an entry gives by naming it ("its
        # name", "was called", "known as"), not one that says only what the body did that year.
        # ("what was the event called" asks which event: an entry that names it gives that.)
        # So does "socitm name 2016", "socitm's name back in 2016".
        called = _CALLED.search(text) or _NAME_OF.search(text)
        if called and english_zipf(re.sub(r"['\u2019]s$", "", called.group(1).split()[-1])) < COMMON_ZIPF:
            # ...of the body asked of, where it is one of ours: "what was socitm called" is not answered by the Local
            # CIO Council's renaming as the "Socitm Local CIO Council".
            body = re.sub(r"['\u2019]s$", "", called.group(1).split()[-1])
            kinds.append(Constraint("called", "name" + (f"|{body}" if body in self.names else "")))
        # "what does PDNS stand for", "NHS acronym?": the words the letters stand for, which an entry gives by
        # spelling them out, not one that only uses the letters (WannaCry's entry says "NHS", never what it is).
        for match in _SPELT_OUT_ASKED.finditer(text):
            acronym = next(group for group in match.groups() if group)
            if self.lexicon.aliases.get(acronym):
                kinds.append(Constraint("spelt-out", acronym))
        for match in _WHO_GAVE_THE.finditer(text):
            # "who does the ncsc work with for takedowns": "who" is whom they work with, the partner an entry names ("run
            # with Netcraft"), not someone who did the ncsc's work.
            if re.match(r"\s+(?:with|alongside)\b", text[match.end():]):
                continue
            asked.append(("deed", match.group(2).split()[-1], f"who {match.group(1)} the {match.group(2)}"))
        objects: list[Constraint] = []
        put_to_us = [m for m in _DID_THEY.finditer(text) if any(
            self.lexicon.person_for(w) for w in surface_words(m.group(0)))]
        for match in [*_WHEN_DID.finditer(text), *put_to_us]:
            # The one who did it is the first word that is no stopword ("the NCSC", "Barker"), with
            # any name or adverb after it ("Lindy Cameron", "officially"); the word after that is the deed.
            words = surface_words(text[match.start(1):])
            at = 0
            while at < len(words) and is_stopword(words[at]) and words[at] not in _PRONOUNS:
                at += 1
            first = at
            at += 1     # "when did it start": a pronoun is the one who did it, as "the NCSC" is
            # "when did mail check start": a name of ours made of everyday words is the one who did it, whole, as
            # a title writes it; "check" is no deed (a word more must follow it: "when did cyber essentials launch").
            while at < len(words) and (words[at] in self.names or self.lexicon.person_for(words[at])
                                       or self.lexicon.places_in(words[at]) or words[at].endswith("ly")
                                       or at + 1 < len(words) and self._as_titled(words[first:at + 1]) is not None):
                at += 1
            if at < len(words) and not words[at][0].isdigit():
                who = words[0] if words[0] in _PRONOUNS else self._shown(question, " ".join(words[:at]), "words")
                asking = match.group(0).split()
                # ("what date exactly did connell stop": when, asked in more words.)
                done = _past(words[at]) if "did" in text[match.start():match.start(1)].split() else words[at]
                # "why did connell step down": the verb with its particle is the deed told ("stepped down").
                if words[at + 1:at + 2] and words[at + 1] in ("down", "aside", "away", "off", "out"):
                    done += " " + words[at + 1]
                # "when did cyber essentials launch" may read "essentials" as the deed: a word that names
                # a thing is said as a thing the entry does not mention.
                # ("did Francis Maude launch ..." puts a verb after the person, whatever titles make of it)
                thing = match not in put_to_us and (words[at] in self._thing_words or re.search(r"[^su]s$", words[at]))
                person = next(filter(None, map(self.lexicon.person_for, words[:at])), None)
                verb = words[at:at + 2] if _BEGAN_PARTICLES.get(words[at], "").count(words[at + 1:at + 2][0] if
                                                                                      at + 1 < len(words) else "-") \
                    else words[at:at + 1] if words[at] in _BEGAN else []
                if person and verb:
                    # "when did connell start at norfolk": that he took up a post there, however the entry
                    # says it ("became ... at Norfolk County Council"), and at the place asked, if any.
                    after = words[at + len(verb):at + len(verb) + 6]
                    places = self.lexicon.places_in(" ".join(after))
                    place = places[0] if places else ""
                    where = next((after[:i + 1] for i in range(len(after)) if place and place.split()[-1] == after[i]), [])
                    # "when did lindy cameron become technical director": what one becomes is the post, which
                    # the entry must give them too.
                    post = []
                    if verb[0] in ("become", "became", "becomes", "appointed"):
                        for word in after:
                            if word in ("at", "of", "for", "in", "on", "with", "by") or self.lexicon.places_in(word):
                                break
                            if not is_stopword(word) and self._known(word):
                                post.append(word)
                    done = " ".join([done, *verb[1:]])     # "moved to"
                    shown = (f"when {who} {done}" if asking[0] in ("when", "what", "which") else f"that {who} {done}") + (
                        " " + self._shown(question, " ".join(where), "words") if where
                        else " " + self._shown(question, " ".join(post), "words") if post else "")
                    objects.append(Constraint("began", f"{person.split()[-1].lower()}|{place}|{verb[0]}|{shown}|"
                                              + " ".join(post)))
                    continue
                # "did geoff connell expect a meaningful share of the £1.9bn to be spent directly on local public sector
                # needs?": what one of our people thought is their view, which the entry reports in words of its own
                # ("little if any ... likely to be spent directly on local public sector needs"): it is held to most of
                # what the view is of, not to the verb, nor to the first words after it ("meaningful share").
                if person and words[at] in _THOUGHT.split("|"):
                    of = [w for w in words[at + 1:at + 16] if not is_stopword(w) and not w[0].isdigit() and w not in self.names
                          and not self.lexicon.person_for(w) and self._known(w) is not None]
                    if of:
                        objects.append(Constraint("view-on", " ".join(dict.fromkeys(of)) + "|"
                                                  + self._shown(question, " ".join(of[:3]), "words")))
                    continue
                asked.append(("deed", words[at], f"about:{self._shown(question, words[at], 'words')}"
                              if thing else f"when {who} {done}" if asking[0] in ("when", "what", "which") else f"that {who} {done}"))
                if match in put_to_us or person:
                    # "did Francis Maude launch Cyber Essentials?": what they did it to is the entry's too; and so
                    # when one of our people is asked when or why they did it to a thing named ("when did David
                    # Lidington launch the Government Cyber Security Strategy": not the entry on what he did launch;
                    # "when did martin give evidence to the public accounts cttee" names no thing by "evidence").
                    done_to = [w for w in words[at + 1:at + 6] if not is_stopword(w) and not w[0].isdigit()
                               and w not in self.names and not self.lexicon.places_in(w)][:3]
                    if done_to and (match in put_to_us or self._a_name_written(question, done_to)):
                        objects.append(Constraint("about", " ".join(done_to) + "|"
                                                  + self._shown(question, " ".join(done_to), "words")))
        for match in _WHICH_KIND.finditer(text):
            said, noun, verb, particle = match.groups()
            if any(is_stopword(w) and w != "of" for w in said.split()):
                continue    # "what did each council get", "what was the official launch": no kind asked for
            past = bool(verb) and (verb in _IRREGULAR_PAST.values() or (verb.endswith("ed") and len(verb) > 4))
            if verb and not (past or is_stopword(verb) or verb in _GENERIC_DETAILS):
                continue    # "what kinds of council services": the council is not the thing asked for
            sort = [w for w in said.split() if not is_stopword(w) and w not in _GENERIC_DETAILS
                    and w.removesuffix("s") not in _GENERIC_DETAILS]
            if _KINDS[noun] == "council" and any(w not in _COUNCIL_SORTS and not self.lexicon.places_in(w) for w in sort):
                continue    # "which cio council": a body, not a council to name
            shown = self._shown(question, " ".join([*sort, noun]), "words")
            kinds.append(Constraint("kind", f"{_KINDS[noun]}|{' '.join(sort)}|{noun}|{shown}|{asked_words}"))
            # "which company built web check": the deed is the entry's to state, as in "who built".
            if past and verb not in _GENERIC_DETAILS and not is_stopword(verb):
                asked.append(("deed", verb, f"which {shown} {verb} it" + (f" {particle}" if particle else "")))
        if not any(c.value.startswith("address|") for c in kinds):
            for match in _ADDRESS_ASKED.finditer(text):
                sort = [w for w in match.group(1).split() if not is_stopword(w)]
                shown = self._shown(question, " ".join([*sort, match.group(2)]), "words")
                kinds.append(Constraint("kind", f"address|{' '.join(sort[-1:])}|{match.group(2).split()[-1]}|{shown}|{asked_words}"))
        for match in _HOW_TO.finditer(text):
            verb = match.group(1) or match.group(2)
            asked.append(("deed", verb, f"how to {verb}"))
            # "how to pay council tax online": what it is done to is the entry's to speak of, as the deed is
            # (an entry on a council that did not pay a ransom says nothing of paying council tax).
            done_to = []
            for word in surface_words(text[match.end():])[:4]:
                if word[0].isdigit() or word in self.names or self.lexicon.places_in(word) or word in _GENERIC_DETAILS:
                    break
                if not is_stopword(word):
                    done_to.append(word)
            if done_to:
                objects.append(Constraint("about", " ".join(done_to[:2]) + "|"
                                          + self._shown(question, " ".join(done_to[:2]), "words")))
        # "what did the queen say in her speech": the words of the one named, which an entry must report them saying
        # ("Connell said ..."), not only tell what they did ("the Queen opened the NCSC"). ("Say" is too plain a word to
        # be held to as a deed; whose saying it is, is held to as a view is: ``view-of``.)
        for match in _WHAT_SAID.finditer(text):
            speaker = [w for w in surface_words(match.group(2)) if not is_stopword(w) and w not in _PRONOUNS]
            if speaker:
                kinds.append(Constraint("view-of", f"{speaker[-1]}|{self._shown(question, ' '.join(match.group(2).split()), 'name')}|said"))
        for match in _WHAT_DID.finditer(text):
            aux, subject, verb = match.group(1), " ".join(match.group(2).split()), match.group(3)
            if subject.split()[-1] in _DETERMINERS:   # "spend the money on": "money" is no deed
                continue
            done = _past(verb) if aux == "did" else f"{aux} {verb}" if aux in ("has", "have", "had", "will") else verb
            subject = " ".join(w for w in subject.split() if not w.endswith("ly"))
            asked.append(("deed", verb, f"what {self._shown(question, subject, 'words')} {done}"))
        # "stocktake launch event date?": the thing whose launch is asked is the entry's to speak of (a thing one of
        # our titles names: "ncss launch" is the name's to hold to).
        for match in _LAUNCH_OF.finditer(text):
            word = match.group(1) or match.group(2)
            if (word in self._thing_words and word not in _HOW_LAUNCHED and not is_stopword(word)
                    and word not in _GENERIC_DETAILS and word not in self.names and not self.lexicon.places_in(word)):
                objects.append(Constraint("about", f"{word}|{self._shown(question, word, 'words')}"))
        # "what time did the summit start", "registration time?": the time of day, which a date does not give.
        if _CLOCK_ASKED.search(text):
            kinds.append(Constraint("clock", "time of day"))
        # "how long have we got to tell the ICO?": a length of time, which "must be reported separately" does not give.
        if _DURATION_ASKED.search(text):
            kinds.append(Constraint("duration", "how long"))
        for match in _DONE_AT_EVENT.finditer(text):
            asked.append(("deed", match.group(1), f"what was {match.group(1)} there"))
        # "when was web check launched", "when was the 2024 annual review published": asked the passive way round, the
        # deed is the entry's to tell, as in "when did web check launch" (a date it gives for another deed, its retirement,
        # is no answer).
        for match in _WHEN_WAS_DONE.finditer(text):
            thing = self._shown(question, " ".join(surface_words(match.group(1))), "words")
            asked.append(("deed", match.group(2), f"when {thing} was {match.group(2)}"))
        # "What was the venue of CYBERUK 2022?": the town it was held in answers that; "CYBERUK 2017
        # Liverpool - venue?" already has the town and asks for more, and "venue name?" for a name.
        town_will_do = "" if self.lexicon.places_in(text) else "|town"
        # "which department indicated that councils could ...": the saying frames what was said; it is no deed to find.
        framed = {m.group(0).split()[0] for m in _REPORTING_FRAME.finditer(text)}
        asked = [(kind, word, shown) for kind, word, shown in asked if kind != "deed" or word not in framed]
        return objects + list(dict.fromkeys(
            Constraint(kind, f"{word}|{shown}" + (town_will_do if self._term(word) in self._venue_terms
                                                  and not shown.endswith(" name") else ""))
            for kind, word, shown in asked
            if len(word) > 2 and not is_stopword(word) and word not in _GENERIC_DETAILS and word not in _ROLE_WORDS
            and word not in self.names and not self.lexicon.places_in(word) and not self.lexicon.person_for(word))) + kinds

    @staticmethod
    def _counts_its_asks(text: str, word: str) -> bool:
        """Does the number ``word`` count the asks that follow it ("two pots - how much went to the NCSC and
        how much to the rest"): one question word, asked that many times after it, and no claim made? Or the parts
        the message lays out after it before it asks ("two target dates - one for ... and one for ... What are they?")."""
        at = re.search(rf"\b{re.escape(word)}\b", text)
        if at is None:
            return False
        after = text[at.end():]
        asks = re.findall(r"\b(how much|how many|how long|how big|what|which|who|where|when)\b", after)
        # ...or the parts it lays out, then asks what they are: "The GCSS has two target dates - one for critical
        # government functions and one for the whole public sector. What are they?" (a premise, then the question)
        parts = re.findall(r"\b(?:one|the\s+other)\s+(?:for|of|on|about|in|covering)\b", after)
        if asks and len(parts) == int(_NUMBER_WORDS[word]) and not _POLAR.search(text):
            return True
        if _POLAR.search(text) or _claim(text):
            return False
        return bool(asks) and len(asks) == int(_NUMBER_WORDS[word]) and len(set(asks)) == 1

    def _done_to_asked(self, text: str, end: int, verb: str, question: str) -> list[Constraint]:
        """The ``done-to`` constraint of the deed ``verb`` asked of ("who opened the NCSC"), where what it was done to
        (read from ``end``) is a thing of ours."""
        done_to = re.match(r"\s+(?:the|a|an|its|their|this|that)\b", text[end:])
        thing = []
        # (up to the end of its clause: "who officially opened the NCSC? Hack from the Argus reckons ...")
        for word in re.findall(r"[\w'-]+|[^\w\s]", text[end + (done_to.end() if done_to else 0):])[:4]:
            # (past the year that names which one: "who launched the 2016 strategy" did it to a strategy)
            if not thing and A_YEAR.fullmatch(word):
                continue
            if not word[0].isalnum() or is_stopword(word) or word[0].isdigit() or not self._known(word) \
                    or self.lexicon.places_in(word):
                break
            thing.append(word.removesuffix("'s"))
        if not thing:
            return []
        article = done_to.group(0).strip() + " " if done_to else ""    # "the NCSC", "CYBERUK"
        return [Constraint("done-to", f"{verb}|{' '.join(thing)}|{article}" + self._shown(question, " ".join(thing), "words"))]

    @staticmethod
    def _asks_who(text: str, match: re.Match, verb: str) -> bool:
        """Does the "who" (or "that") of ``match`` ask who did ``verb``? "that" does only after a name put as the doer
        ("It was Ian Levy that launched the 2016 strategy, wasn't it?"), and only before a deed ("it was the NCSC
        that they meant" puts no one to a deed)."""
        if not match.group(0).startswith("that"):
            return True
        return bool(_CLEFT_THAT_BEFORE.search(text[:match.start()])) and (
            verb in _IRREGULAR_PAST.values() or verb in _AGENT_VERBS or (verb.endswith("ed") and len(verb) > 4))

    def _clause_as_put(self, question: str, text: str, start: int, most: int) -> str:
        """The first ``most`` words of ``text`` from ``start`` to the end of their clause, as ``question`` typed them:
        "urged the LGA to run the stocktake", "stood in for Geoff Connell as Socitm president"."""
        said = re.match(r"[^?!;,]*", text[start:]).group(0).split()[:most]
        return " ".join(self._shown(question, w, "words") for w in said)

    @staticmethod
    def _tells_of_someone(before: str, question: str) -> bool:
        """Is a "who" after ``before`` one that tells of the person just named ("Sam who left", "my
        predecessor who ran it"), not one that asks?"""
        said = surface_words(before)
        if not said:
            return False
        # "Was it Steve Barclay who opened the NCSC?": a name put to the deed asks whether they did it, capital or not.
        if _CLEFT_BEFORE.search(before):
            return False
        if said[-1] in _TOLD_OF:
            return True
        # A name the asker writes with a capital inside a sentence: "from Sam who left".
        return bool(re.search(rf"(?<![.?!:\"'\u201c]\s)(?<!^)\b{re.escape(said[-1][:1].upper() + said[-1][1:])}\s+who\b",
                              question))

    @staticmethod
    def _whose_papers(text: str) -> set[str]:
        """The names the asker's own papers are said to be of: "the LGA emails", "the lga's 2018 emails",
        "minutes from the NCSC"."""
        words = surface_words(text)
        whose = set()
        for i, word in enumerate(words):
            if word not in _ASKERS_PAPERS:
                continue
            for before in reversed(words[max(0, i - 3):i]):
                if is_stopword(before):
                    break
                whose.add(before)
            after = [w for w in words[i + 1:i + 4] if w != "the"]
            if after[:1] and after[0] in ("from", "of", "by") and len(after) > 1:
                whose.add(after[1])
        return whose

    def _anchors(self, text: str, year: str) -> list[str]:
        """The words next to a year in the question: "the 2021 stocktake" -> ["stocktake"]."""
        # Within its own sentence: "how much was behind it? the 2016-21 strategy" puts "strategy",
        # not "behind", beside 2016.
        clause = next((part for part in re.split(r"[?!;]+|\.\s", text) if year in part), text)
        words = surface_words(clause)
        # "socitm's full name in 2016" ("what did socitm stand for in 2016"): which name is asked, as "name" is.
        words = [w for i, w in enumerate(words) if not (re.fullmatch(_NAME_KINDS, w) and words[i + 1:i + 2] in (["name"], ["names"]))]
        found = []
        for i, word in enumerate(words):
            if word == year:
                # "the 2018 LGA emails", "minutes from 2019", "in 2016 emails": a year beside the asker's own
                # papers dates those papers, not what they speak of, which need only be of that year.
                if _ASKERS_PAPERS & set(words[max(0, i - 5):i + 4]):
                    continue
                # Three words either side, the words of a name a year goes with counting for none: "the 2016
                # national cyber security strategy" puts "strategy" beside 2016.
                before = [w for w in words[:i] if w not in _NAME_WORDS][-3:]
                after = [w for w in words[i + 1:] if w not in _NAME_WORDS][:3]
                # "the 2016 plan doubled the 2011 one": "one" after a year stands for the thing another year of the
                # question names ("the 2011 strategy"), which is what this year goes with.
                if after[:1] in (["one"], ["ones"]):
                    after = self._named_by_another_year(words, i) + after[1:]
                near = [w for w in before + after
                        if not is_stopword(w) and not w[0].isdigit() and w not in _MONTHS_DAYS
                        and w not in _ASKED_OF and w not in _ASKERS_ACTS
                        and english_zipf(w) < ANCHOR_ZIPF]
                found += [t for t in (self._known(w) for w in near[:2] + near[-2:]) if t]
                # "resilient to known vulns by 2030": a year put with "by" is a deadline, met by an entry that sets the
                # year as one however it words it ("no later than 2030"), though the words beside it there are others.
                if (words[i - 1:i] == ["by"] or words[max(0, i - 3):i] == ["no", "later", "than"]) \
                        and (deadline := self._known("deadline")):
                    found.append(deadline)
        return list(dict.fromkeys(found))

    @staticmethod
    def _named_by_another_year(words: list[str], at: int) -> list[str]:
        """The thing the nearest other year in ``words`` is written against ("the 2016 plan" -> ["plan"]), for the
        "one" that stands for it after the year at ``at`` ("the 2011 one"); none where no other year names a thing."""
        years = [j for j, w in enumerate(words) if j != at and re.fullmatch(r"(?:19|20)\d\d", w)]
        for j in sorted(years, key=lambda j: (j > at, abs(j - at))):
            named = next((w for w in words[j + 1:j + 4] if w not in _NAME_WORDS and not is_stopword(w)
                          and not w[0].isdigit()), None)
            if named and named not in ("one", "ones"):
                return [named]
        return []

    def _a_name_written(self, question: str, words: list[str]) -> bool:
        """Do ``words`` (lower case, as read from ``question``) name a thing: typed with capitals ("the Government Cyber
        Security Strategy", "Exercise in a Box"), or, however typed, in the order a title of ours writes them with
        capitals ("government cyber security strategy")? Not "evidence to the public accounts cttee"."""
        typed = {m.group(0).lower(): m.group(0) for m in re.finditer(r"[\w'-]+", question)}
        if all(typed.get(w, w)[:1].isupper() for w in words):
            return True
        return len(words) >= 2 and self._as_titled(words) is not None
