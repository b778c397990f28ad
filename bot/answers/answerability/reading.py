"""What a question constrains: the years, places, names, ordinals, counts and kinds it holds an answer to.

``constraints`` is the way in: it reads a question once (remembered, as the same questions come
back) and returns every ``Constraint`` an answering entry must meet. What a question asks *of* a
thing and what a yes/no claim holds are read in ``details`` and ``claims``.
"""

from __future__ import annotations

import re


from bot.answers.answerability.claims import _surnames_alternation
from bot.answers.answerability.constraint import Constraint
from bot.answers.answerability.patterns import VALUE_LISTS
from bot.answers.answerability.patterns import (
    _ATTRIBUTED_QUOTE,
    _WHOSE_WORDS,
    _HOLDS_POST,
    _PER_DATED_SOURCE,
    _DATE_NOUN,
    _LEFT_OUT,
    _EVERYDAY_SYMBOLS,
    _NAMED_THING,
    _SYMBOL_NAME,
    _SUM_ASKED,
    _PAY_ASKED,
    _OTHERS_PAYING,
    _PRICE_FOR_OTHERS,
    _MADE_FOR,
    _QUOTED_LIST,
    _QUOTED_WORDS,
    _THERE_IS,
    _ENDING_ASKED,
    _ENDING_STEMS,
    _FOUNDING_CLAIM,
    _AFTER_LEAVING,
    _AFTER_THING,
    _BEFORE_THING,
    _BEFORE_THING_SAID,
    _AFTER_THING_SAID,
    _BEFORE_ASKED,
    _SUCCESSOR_OF,
    _POST_IN_TURN,
    _BODIES,
    _BODY_NAMED,
    _BODYS_ROLE,
    _COUNT_SCOPE,
    _ATTENDED_AT,
    _DATE_NUMBER,
    _DONE_WHEN,
    _ASKS_BEYOND,
    _QUESTION_CLAUSE,
    _DAY_ASKED,
    _DIRECTED_YEAR,
    _PASSED_YEAR,
    _YEAR_TO_YEAR,
    _DOER,
    _DOING_NOW,
    _EACH,
    _EITHER_FIGURE,
    _EITHER_COUNT,
    _EITHER_YEAR,
    _EMAIL,
    _FOR_US,
    _SECTOR_LEAD_IN,
    _QUESTION_OPENS,
    _SECTOR_INTRO_END,
    _SECTOR_NAMED,
    _SECTOR_SELF_ONLY,
    _RANKED_POST,
    _SECTOR_VERSION,
    _SECTOR_OWN_AFTER,
    _SECTOR_OWN_BEFORE,
    _ENOUGH_JUDGED,
    _ENDED_THEN_ASKED,
    _JUDGEMENT_ASKED,
    _ADVICE_ASKED,
    _EXACTLY,
    _FIRST,
    _FIRST_ADVERB,
    _GENERIC_DETAILS,
    _HOW_MANY,
    _IRREGULAR_PAST,
    _LABELS,
    _LIST_ASKED,
    _THOUGHT,
    _LIST_ORDINALS,
    _MNEMONIC_LETTER,
    _MONEY_FIGURE,
    _SCALE_WORDS,
    _MONEY_WORDS,
    _MONTH_SHORT_YEAR,
    _MONTH_SPAN,
    _MONTH_YEAR,
    _MONTHS,
    _SEASON_YEAR,
    _MONTHS_DAYS,
    _NEXT,
    _NOT_BODY,
    _NOT_COUNTED,
    _OUTCOME_CHANGED,
    _OUTCOME_REVISED,
    _OUTCOME_WON,
    _OUTCOME_MET,
    _ORDINAL_PICK,
    _PHONE,
    _PLACE_COUNCIL,
    _NUMBER_WORDS,
    _FIGURE_BOUND,
    _HEDGED_FIGURE,
    _SCALES,
    _POLAR,
    _PRESENT,
    _ROLE_AT_BODY,
    _ROLE_MODIFIERS,
    _ASKERS_ROLE,
    _OWN_SENTENCE,
    _ROLES,
    _ROLE_WORDS,
    _ROYAL,
    _RELATIVE_OPENERS,
    _ROLES_SPELLED,
    _SAID_ABOUT,
    _SAYER,
    _SEQUENCE,
    _SHARE_TO,
    _LEFT_OVER,
    _REPORTED_TO,
    _SHARE_OF_SUM,
    _SPLIT_AMONG,
    _SPLIT_ASKED,
    _SPLIT_BY,
    _SPLIT_MONEY,
    _STATE_NOW,
    _TAG,
    _US,
    _WEB,
    _VENUE_CLAUSE_END,
    _VENUE_WORD,
    _WHERE_ASKED,
    _WHICH_COUNCILS,
    _OURS_AMONG,
    _WHICH_IS_IT,
    _WHICH_MONTH,
    _APPLIES_TO,
    _SOURCE_YEAR_ASKED,
    _WHICH_YEAR,
    _WHO,
    _WHO_HEADS,
    _WHO_RUNS_BODY,
    _BODY_ALONE,
    _WHO_ROLE,
    _YEAR,
    CLAIM_NAME_ZIPF,
    MAX_REMEMBERED_QUESTIONS,
)
# The words for what came before or after a thing of a series ("the 2016 strategy's successor").
_RELATION_WORDS = frozenset("predecessor predecessors forerunner precursor successor successors replacement follow-up follow-on".split())
from bot.answers.answerability.wording import (
    edition_years,
    _claim,
    _figure,
    _in_date,
    _literals,
    _years,
)
from bot.answers.framing import _RELAYER
from bot.answers.lexicon import english_zipf
from bot.core import regexes

# How often a claim says something happens: "monthly", "every quarter", "twice a year", "once a week".
_FREQUENCY = regexes.compile(r"\b(?:(hour|dai|week|fortnight|month|quarter|year)ly|(annual)ly|(?:every|each|once\s+a|twice\s+a|"
                             r"once\s+an|per)\s+(hour|day|week|fortnight|month|quarter|year))\b")
_FREQUENCY_UNITS = {"dai": "day", "annual": "year"}
# "...scans websites monthly'. Monthly right?": a claim put with a tag after it.
_TAGGED = regexes.compile(r"\b(?:right|correct|true|accurate|yes|yeah|ok|okay)\s*\?\s*$")
_OUR_DEED = regexes.compile(r"\b(?:did|were|was|have|had|has)\s+(?:we|us|our\s+(?:council|authority|organisation|systems?|network))\b")

_ADVERB = regexes.compile(r"[a-z]{3,}ly")
# "Where did Horne work before PwC": the thing something came before.
_BEFORE_NAMED = regexes.compile(r"\bbefore\s+(?:the\s+|joining\s+|going to\s+)?([\w'-]+)")
BODY_NAME_ZIPF = 3.5        # a word before a post that names whose it is ("socitm president"), not an English word
ADVERB_BASE_ZIPF = 3.0      # "nationally" is "national" + ly; "family" and "supply" are no "fami", "supp"
COUNTED_CHAT_ZIPF = 3.5     # a word counted ("2 things", "three letters") common enough in English to be no name
# A number and the word straight after it, which it may count ("2 things"), nothing but a space between.
_COUNTED_WORD = regexes.compile(r"(?<![\w.,\u00a3$/-])([a-z]+|\d+)\s+([a-z]{3,})\b")
_FRACTIONS = frozenset(("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"))
from bot.answers.search import CAP_ASKED, CLAIM_FRAME, PAID_TO, function_word_slipped, plain_dates
from bot.core.remembered import remembered
from bot.core.text import A_YEAR, SENTENCE_END, is_stopword, surface_words

# A span at least this many years long ("2016-21", "2022 to 2030") names a strategy's or programme's life, not a
# financial year ("2019/20", "2018-19"), whose start is the year the question is about.
EDITION_SPAN = 2

# A label of one to three words the asker quotes before the thing it names ("a 'why now' para", "the “as is”
# section"): a name for a thing of theirs, not words said of the question's subject.
_LABEL_QUOTED = regexes.compile(r"\b(?:a|an|the|our|my|their|his|her|this|that|its)\s+['\"\u2018\u201c](?:[\w-]+\s){0,2}[\w-]+"
                               r"['\"\u2019\u201d]\s+(?=[a-z])", re.IGNORECASE)

# The clauses of a message, and a clause that opens by asking ("did redcar have ...", "what did hackney's attack do ...").
_CLAUSES = regexes.compile(r"[.!?;:]+|\s[-\u2013\u2014]+\s")
_ASKING_OPENS = regexes.compile(r"^\W*(?:and\s+|so\s+|but\s+)?(?:what|whats|what's|when|who|whos|who's|which|how|why|where|did|does|do|is|are|"
                                r"was|were|has|have|had|can|could|will|would|should)\b")
# A paper about a thing, said as published ("the NCSS 2016 mid-term review published", "the strategy's progress report
# came out"): the kind of paper (with a word that says which: "mid-term", "progress") right before the publishing.
_PAPER_PUBLISHED = regexes.compile(r"(?:\b([a-z][\w-]*)\s+)?\b(review|report|update|evaluation|refresh|consultation|"
                                   r"assessment|audit|annex|addendum|progress)\s+(?:was\s+|were\s+|get\s+|got\s+|first\s+)?"
                                   r"(?:published|released|issued|came\s+out|come\s+out|out)\b")


_SPENT_ON = regexes.compile(r"\b(?:spent|spend|used|use|go|went|gone|going)\s+(?:on|for)\s*(?:\?|$|[.!,]|\b(?:exactly|then|in the end)\b)"
                       r"|\bwhere\s+(?:did|has|have|does)\s+(?:the|that|all the|all that)\s+(?:[\w£$.'-]+\s+){0,3}?(?:money|cash|funding|funds|budget)\s+go\b"
                       r"|\bwhat\s+(?:did|has|have|does)\s+(?:the|that)\s+(?:[\w£$.'-]+\s+){0,3}?(?:money|cash|funding|funds|budget)\s+(?:pay|paid)\s+for\b")
# "have completed", "has signed up": the auxiliary of a perfect before its participle.
# ...an adverb between them too: "how many councils have now met the standard", "have already passed" ask of those
# councils that met it.
_PERFECT = regexes.compile(r"\b(?:have|has|had)\s+(?:(?:now|already|actually|ever|so\s+far|to\s+date)\s+)?(?:been\s+)?"
                           r"(?=\w+ed\b|(?:" + "|".join(sorted(set(_IRREGULAR_PAST.values()) - {"put", "set", "left"})) + r")\b)")



# Where the asker, or someone of theirs, comes from: "i'm from romania", "i came over from spain", "my colleague
# from italy", "our new starter (originally from poland)", ending the phrase: "a colleague from the northern
# ireland office" names a body.
# Whose question the asker passes on, named without "my" or "a": "resident from Belfast asking", "caller from Wigan".
_RELAYED = rf"(?:(?:my|our|a|an|the)\s+)?{_RELAYER}\s+"
_SOMEONES_ORIGIN = regexes.compile(
    r"(?:\b(?:i\s+am|i'm|im|i)\s+(?:(?:originally|also|actually|myself)\s+)?(?:(?:come|came|moved)\s+(?:over\s+)?)?"
    r"|\b(?:my|our|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:colleagues?|starters?|officers?|managers?|boss|apprentices?|interns?|"
    r"trainees?|graduates?|analysts?|engineers?|contractors?|consultants?|staff|employees?|friends?|team|lead|head)"
    r"\s+(?:(?:who|that)\s+(?:is|was|comes|came|moved)\s+(?:over\s+)?)?(?:originally\s+)?"
    # ...and one whose question is passed on: "resident from Belfast asking"
    r"|\b" + _RELAYED +
    r"|\boriginally\s+)from\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[,.;:!?)\u2013-]|$|\s+(?:and|so|but|who|asked|asks|"
    r"wants|says|said|has|had|is|was)\b))")

# What comes before a place the asker says is their own: "a district council like ours in Lancashire", "our
# Sunderland business support team", "we're in Kent" (``_askers_own_places``).
_OWN_PLACE_BEFORE = (r"(?:\b(?:our|my)\s+(?:[\w'-]+\s+){0,3}?(?:in|at|from|for|across)\s+(?:the\s+)?"
                     r"|\bours\s+(?:in|at|from)\s+(?:the\s+)?"
                     r"|\b(?:here|we're|we\s+are|i'm|i\s+am|im)\s+(?:(?:based|work|working|living|sitting)\s+)?"
                     r"(?:(?:over|up|down|out)\s+)?(?:in|at)\s+(?:the\s+)?"
                     r"|\b(?:we|i)\s+(?:work|live|sit)\s+(?:(?:over|up|down|out)\s+)?(?:in|at)\s+(?:the\s+)?"
                     r"|\b(?:our|my)\s+)")

# Where such a one comes from, said as ``_SOMEONES_ORIGIN`` reads it (``_unless_ours``).
_RELAYED_FROM = regexes.compile(_RELAYED + r"from\b")

# A name and the place or country it ends in, as our sources write it: "RAND Europe".
_NAME_THEN_PLACE = regexes.compile(r"\b([A-Za-z][\w-]*) +([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")

# What is asked of the asker's own organisation: "can we", "funds our", "apply to us".
_ASKED_OF_US = regexes.compile(r"\b(?:we|us|our|ours)\b", re.IGNORECASE)

# Bodies a nation's name may say which of are asked about: "welsh councils", "fire services in scotland".
_BODIES_OF = (r"(?:councils?|local\s+authorit(?:y|ies)|authorit(?:y|ies)|boroughs?|fire\s+(?:and\s+rescue\s+)?"
              r"(?:services?|authorit(?:y|ies))|organisations?|organizations?|public\s+(?:sector|bodies)|local\s+government)\b")


def _person_keys(person: str) -> tuple[str, ...]:
    """The words ``person`` (as the lexicon names them) is written by in a question or an answer: the surname, and
    a title written for the name ("Queen Elizabeth": "queen")."""
    first, *_, last = person.lower().split()
    return (last, first) if first in ("queen", "king") else (last,)


def _versus(words: list[str], at: int) -> bool:
    """Is ``words[at]`` "vs" or "v" set between two things ("essential 8 vs cyber essentials"), not the letters a
    mnemonic counts ("the 4 Vs of big data", "the three Vs are")?"""
    return words[at] in ("vs", "v") and at + 1 < len(words) and words[at + 1] not in ("of", "are", "is", "were", "and")

def _near(m: re.Match) -> str | None:
    """The figures a rough one (``_HEDGED_FIGURE``) takes in, as "low|high|scaled": "about X" a fifth either way of
    it, "nearly X" up to a tenth under it, "30 something" from 30 to 40 and "1 point something" from 1 to 2. A fifth
    takes in a figure rounded as people round it ("about 40m" for £37.8m, "about 2bn" for £1.9bn), not another figure
    ("about 50m" for £37.8m); "nearly" says it is just short ("nearly 20m" for £19.9m, not "nearly 5,000" for 4,000). "scaled" says the figure came with a scale ("4k", "20m"),
    to be held to the entry's figure with its scale; "about 4,000" is held to "4,000" as written. None for a year
    ("around 2016": ``relative_time``)."""
    number = m.group("n") or m.group("n2") or m.group("tens") or m.group("units")
    scale = m.group("scale") or m.group("scale2") or m.group("scale2b") or m.group("scale3")
    if not scale and "," not in number and A_YEAR.fullmatch(number):
        return None
    value = float(number.replace(",", "")) * _SCALES.get(scale or "", 1)
    if m.group("tens"):
        low, high = value, value + 10 ** (len(number) - len(number.rstrip("0"))) * _SCALES.get(scale or "", 1)
    elif m.group("units"):
        low, high = value, value + _SCALES.get(scale or "", 1)
    elif m.group("under"):
        low, high = value * 0.9, value
    else:
        low, high = value * 0.8, value * 1.2
    return f"{low:g}|{high:g}|{1 if scale else 0}"


# A question that asks for a figure, before a bound said after it (``_constraints``).
_ASKS_THE_FIGURE = regexes.compile(r"\bhow\s+(?:many|much)\b")
_AT_LEAST = frozenset(("more than", "over", "at least", "above", "upwards of", "in excess of"))
_SO_FAR = regexes.compile(r"\b(?:so far|to date|in total now|by now|yet)\b")
# "under or over £2bn", "more or less than 5,000": both sides of a bound offered.
# "Is Dylan Roberts still chairing the Local CIO Council?", "does Connell still speak for it on cyber?", "are they
# doing these any more": whether a thing holds now, asked yes or no (a year said asks of then: "was he still
# president in 2018"). A "still" of what must be done anyway asks no time: "do councils still need to invest themselves"
# (with the seed money) is what follows from it.
_STILL_POLAR = regexes.compile(r"^\W*(?:(?:and|so|but|ok|okay)\s+)?(?:is|are|isn'?t|aren'?t|does|do|doesn'?t|don'?t|has|have|"
                               r"hasn'?t|haven'?t)\b[^.?!]*\b(?:still(?!\s+(?:need|needs|needed|have\s+to|has\s+to|got\s+to|gotta|"
                               r"must|should|expected|required|worth|be\s+expected|be\s+required)\b)|any ?more|nowadays|these days|"
                               r"currently|at the moment|at present|to this day|as things stand)\b")
# "How many Cyber 360s has the LGA done up to now?", "how many councils have signed up to date": a running total now.
_TOTAL_NOW = regexes.compile(r"\bhow many\b[^.?!]*\b(?:has|have|'ve|'s)\b[^.?!]*\b(?:so far|to date|up to now|up till now|"
                             r"up until now|until now|till now|thus far|as of now|as of today|yet)\b")
_BOTH_SIDES = regexes.compile(r"\b(?:under|over|more|less|fewer|above|below)\s+or\s+(?:under|over|more|less|fewer|above|below)\b")

# Opening hours said as a span of the clock: "open 9-5", "only 9 to 5", "staffed 8am-6pm", "answered nine till five".
_OPENING_HOURS = regexes.compile(r"\b(?:open|opens|opening|only|staffed|manned|available|answered|hours|line|office|run|runs|operates|"
                            r"operating)\s+(?:from\s+|between\s+)?(\d{1,2}|nine|eight|ten|seven)(?:[:.]\d\d)?\s*(?:am|a\.m\.)?\s*"
                            r"(?:-|\u2013|to|till|til|until|and)\s*(\d{1,2}|five|six|seven|four|eight)(?:[:.]\d\d)?\s*(?:pm|p\.m\.)?(?![\w/%])")

# Someone told of after a person of ours, whom a "he" or "she" after it may be: "Connell spoke to my boss.", "Roberts
# met our CIO".
_SOMEONE_ELSE = regexes.compile(r"\b(?:boss|colleague|manager|cio|ceo|cto|ciso|siro|dpo|director|chair|councillor|cllr|"
                                r"predecessor|friend|husband|wife|partner|guy|bloke|man|woman|lady|officer|he|she|him|her|"
                                r"someone|somebody|minister|chancellor|president|mp)\b")


# "he" or "she" as a question asks of them: "What did he say", "Did she open it", "is he the chair" (not "he reckons
# it were some microsoft do", the asker's mate after the question).
_ASKED_OF_HIM = regexes.compile(r"\b(?:did|does|do|was|is|has|had|will|would|could|can|didn't|doesn't|wasn't|isn't|hasn't)"
                                r"\s+(he|she)\b", re.IGNORECASE)


# A claim put with a tag that asks it back: "Mail Check has been extended past March 2026 now, hasn't it?", "Horne was
# still chief executive in 2025, wasn't he?" (the subject, its auxiliary verb, the rest, then the tag).
_TAGGED_CLAIM = regexes.compile(r"(?:^|(?<=[.!?]\s))(?P<subject>[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+"
                                r"(?P<aux>has|have|had|is|are|was|were|will)\s+(?P<rest>[^?!.]+?),?\s+"
                                r"(?:hasn'?t|haven'?t|hadn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t)\s+"
                                r"(?:it|he|she|they|there)\s*\??\s*$", re.IGNORECASE)


class Reading:
    """Reading a question's constraints (a part of ``Answerability``)."""

    def constraints(self, question: str) -> list[Constraint]:
        """What ``question`` constrains (remembered per question: a pure reading of its words,
        and the same questions come back; at most MAX_REMEMBERED_QUESTIONS, then it starts over)."""
        return list(remembered(self._read_questions, question, lambda: tuple(self._read_with_its_tag(question)),
                               MAX_REMEMBERED_QUESTIONS))

    def _read_with_its_tag(self, question: str) -> list[Constraint]:
        """``question``'s constraints, and where its last sentence is a claim with a tag ("Richard Horne has stepped down
        from the NCSC now, hasn't he?", ``_TAGGED_CLAIM``) those of the question it stands for ("has Richard Horne
        stepped down from the NCSC now?"): what that asks, the entry must hold too."""
        found = self._constraints(question)
        tagged = _TAGGED_CLAIM.search(question)
        if tagged:
            asked = f"{tagged.group('aux')} {tagged.group('subject')} {tagged.group('rest')}?"
            found += [c for c in self._constraints(question[:tagged.start()] + asked) if c not in found]
        return found

    def _split_asked(self, text: str, question: str) -> Constraint:
        """How a sum was shared out, asked ("how was the £37.8m split between Cyber Support and Cyber Assessment?",
        "how was the 2.6bn split, how much to the NCSC"): as "the sums split|each recipient's words, ';' between|as
        typed". The sums are those the question writes as money ("£37.8m", "2.6bn"); a recipient is the words of
        one part "between" or "how much to" names, which the entry must give a part beside."""
        sums = [f"{float(m.group(2).replace(',', '')) * _SCALES.get(m.group(3) or '', 1):g}"
                for m in _MONEY_FIGURE.finditer(text) if m.group(1) or m.group(3)]
        recipients, shown = [], []
        for match in _SPLIT_AMONG.finditer(text):
            # (As the reply says it: "between Cyber Support and Cyber Assessment", "how much went to NCSC".)
            shown.append(f"between {self._shown(question, match.group(1).strip(), 'words')}" if match.group(1)
                         else f"how much went to {self._shown(question, match.group(2).strip(), 'words')}")
            for part in re.split(r"\s*(?:,|&|/|\+|\band\b|\bor\b|\bvs?\b\.?|\bversus\b)\s*", match.group(1) or match.group(2)):
                # (What is left over is no name to find: "between the NCSC and everything else".)
                words = [w for w in surface_words(part) if not is_stopword(w) and not _figure(w) and w not in _LEFT_OVER
                         and w not in _MONEY_WORDS and w not in _GENERIC_DETAILS and self._known(w)]
                if words:
                    recipients.append(" ".join(words))
        return Constraint("split", f"{' '.join(sums)}|{';'.join(recipients)}|{', or '.join(shown) if recipients else ''}")

    @staticmethod
    def _without_frame(text: str) -> str:
        """``text`` without the words that frame a line to check ("in a quote, is it right to call ...")."""
        for start in [0, *(m.end() for m in re.finditer(r"[,;:.?!]\s*", text))]:
            framed = CLAIM_FRAME.match(text[start:])
            if framed:
                return text[:start] + " " + text[start + framed.end():]
        return text

    def _pronoun_named(self, question: str) -> str:
        """``question`` with a "he" or "she" that asks of the one person of ours the sentence before it names, as that
        person: "Our CIO wants to quote Dylan Roberts. What did he say at the December 2016 summit?" asks what Dylan
        Roberts said, and is held to him as the question naming him is. Not where someone else is told of after them
        ("Connell spoke to my boss. What did he think?") or the question names a person itself."""
        if not _ASKED_OF_HIM.search(question):
            return question
        sentences = re.split(r"(?<=[.?!])\s+", question)
        for i in range(1, len(sentences)):
            if not _ASKED_OF_HIM.search(sentences[i]):
                continue
            before = " ".join(sentences[:i]).lower().replace("\u2019", "'")
            named = [p for p in self.lexicon.people if re.search(rf"\b{re.escape(p.split()[-1].lower())}\b", before)]
            if len(named) != 1 or any(re.search(rf"\b{re.escape(p.split()[-1].lower())}\b", sentences[i].lower())
                                      for p in self.lexicon.people):
                break
            surname = named[0].split()[-1].lower()
            last = sentences[i - 1].lower()
            at = last.rfind(surname)
            if at < 0 or _SOMEONE_ELSE.search(last[at + len(surname):]):
                break
            sentences[i] = _ASKED_OF_HIM.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + named[0], sentences[i], count=1)
            return " ".join(sentences)
        return question

    def _plain_text(self, question: str) -> tuple[list[str], str, str]:
        """The literals ``question`` writes, the question with its dates written plain, and its text as
        the constraints read it."""
        # "the US strategy": written in capitals, "US" is the country, not "us".
        literals = _literals(question)
        question = self._pronoun_named(question)
        question = _MONTH_SHORT_YEAR.sub(lambda m: f"{m.group(1)} {next(n for n in _MONTHS if n.startswith(m.group(2).lower()))} "
                                                   f"20{m.group(3)}", question)
        question = plain_dates(_US.sub(" usa ", question))
        text = " ".join(self.lexicon.expand(question.replace("\u2019", "'")).lower().split())   # "EW" is typed in capitals
        # "hi all, was it robert hannigan who set it up? ta" claims what "was it robert hannigan who set it up?" does.
        text = self.lexicon.without_greeting_and_thanks(text)
        text = re.sub(r"\bnow[- ]a[- ]days\b", "nowadays", text)     # "how many users now-a-days": when, no count of days
        # "how mcuh was each council given": the words the constraints key on, read as the search reads them.
        text = re.sub(r"[a-z]{4,}", lambda m: (m.group(0) if self._known(m.group(0))
                                              else function_word_slipped(m.group(0)) or m.group(0)), text)
        if literals:    # "0300 123 2050" is a phone number, not the year 2050
            text = " ".join(_PHONE.sub(" ", _WEB.sub(" ", _EMAIL.sub(" ", text))).split())
        return literals, question, text

    def _quoted_words(self, question: str) -> list[str]:
        """The phrases of two to six words ``question`` puts in quotes that some entry of ours writes as they are."""
        quoted = (" ".join(m.group(1).lower().split()) for m in _QUOTED_WORDS.finditer(question))
        return [words for words in quoted if 2 <= len(words.split()) <= 6 and words in self._written]

    def _unwritten_quotes(self, question: str) -> list[str]:
        """The quotes of four words or more whose speaker or writer ``question`` asks (``_WHOSE_WORDS``) that no entry
        writes: no entry writes half their words (but the small ones). A quote given in other words than the source's
        ("Web Check has helped fix almost 4,000 ...") still shares most of them with the entry that writes it."""
        if not _WHOSE_WORDS.search(question):
            return []
        found = []
        for m in _ATTRIBUTED_QUOTE.finditer(question.replace("\u2019", "'")):
            words = re.findall(r"[a-z0-9]+", m.group(1).lower())
            telling = {w for w in words if not is_stopword(w)}
            if len(words) >= 4 and not any(len(telling & written) * 2 >= len(telling) for written in self._entry_words):
                found.append(" ".join(m.group(1).split()))
        return found

    def _misquoted(self, question: str) -> list[str]:
        """The quotes ``question`` gives that are one of our sources' quotes (``_quotes``) with one word changed, each
        as "what the asker wrote|what the source wrote": "is the slogan 'simplify, secure, share'?" misquotes
        'simplify, standardise, share'. (A word changed only in its ending, "sharing" for "share", is the same word.)"""
        found = []
        for m in _QUOTED_LIST.finditer(question.replace("\u2019", "'")):
            said = re.findall(r"[a-z][a-z'-]*", m.group(1).lower())
            for quote, written in self._quotes:
                if len(said) != len(quote) or said == list(quote):
                    continue
                changed = [(a, b) for a, b in zip(said, quote) if a != b]
                if len(changed) == 1 and changed[0][0][:4] != changed[0][1][:4]:
                    found.append(f"{m.group(1).lower()}|{written}")
        return found

    def _constraints(self, question: str) -> list[Constraint]:
        literals, question, text = self._plain_text(question)
        found: list[Constraint] = [Constraint("literal", literal) for literal in literals]
        # "what did ciaran martin mean when he called the govt money 'seed money'": words the asker quotes that our
        # sources write are someone's words, which the entry that answers must write too (the entry on Ciaran Martin
        # does not; the one on Andy Hopkirk's view does, and says who said them).
        found += [Constraint("quoted", words) for words in self._quoted_words(question)]
        # "I asked ChatGPT and it said the slogan is 'simplify, secure, share'": a source's words with one changed are
        # not what it said, and no entry that answers writes them.
        found += [Constraint("quoted", words) for words in self._misquoted(question)]
        # "who said 'there are only two types of companies: those that have been hacked and those that will be'?": whose
        # words a quote is can only be told by an entry that writes them.
        found += [Constraint("quoted", words) for words in self._unwritten_quotes(question)]
        # "is it fair to say CIOs helped shape the strategy", "is it right to call Socitm ...": a line to
        # check against the sources, not a view; a view inside the line itself is still one.
        if self.lexicon.asks_opinion(self._without_frame(text)) or _ENOUGH_JUDGED.search(text) \
                or _JUDGEMENT_ASKED.search(text) or self._someone_judged(text):
            found.append(Constraint("opinion"))
        elif advice := _ADVICE_ASKED.search(self._without_frame(text)):
            # what is to be done, to the end of its clause ("report to action fraud"): the entry's recommendation must
            # be of it (the ACD entry's "should have alternatives in place" is no word on "should we use PDNS")
            done = re.split(r"[.?!;:]", self._without_frame(text)[advice.end():], maxsplit=1)[0]
            found.append(Constraint("advice", " ".join(dict.fromkeys(
                w[:5] for w in re.findall(r"[a-z][a-z'-]+", done.lower()) if len(w) >= 3 and not is_stopword(w)))))
        directed, thing_years = {}, set()
        for match in _DIRECTED_YEAR.finditer(text):
            word = match.group(1)
            # "announced before the 2016 strategy itself was published": a year that names the thing it comes before
            # or after ("the 2018 stocktake") dates that thing, not the deed: a deed in 2016 can be before it (what came
            # before the thing itself is asked below, ``_BEFORE_THING``).
            # A thing that is itself a date ("since the March 2026 deadline passed") still sets the deed after it.
            # ("after the 2016-21 strategy": a span of years names the thing too, both its ends; "the 18/19 money" is
            # a financial year's, what came after it is after 2019.)
            tail = re.match(r"[-\u2013]((?:19|20)?\d\d)\b", text[match.end():])
            rest = text[match.end() + (tail.end() if tail else 0):]
            named = re.match(r"\s+([a-z]{3,})\b", rest)
            if (named and not is_stopword(named.group(1)) and self._known(named.group(1))
                    and not re.match(rf"\s+{_DATE_NOUN}\b", rest)):
                thing_years.add(match.group(2))
                if tail:
                    thing_years.add(tail.group(1) if len(tail.group(1)) == 4 else match.group(2)[:2] + tail.group(1))
            if word in ("after", "beyond", "post"):
                directed[match.group(2)] = "after"
            elif word in ("before", "pre"):
                directed[match.group(2)] = "before"
        for match in _PASSED_YEAR.finditer(text):
            directed[match.group(1)] = "after"
        # A span of years names a period or an edition ("the 2022-2030 one", "the 2022 to 2030 one", "the 2016-21
        # strategy"): each end is held as a year the entry gives, not to the words around it in the question.
        spans = [(int(m.group(1)), int(m.group(2)) if len(m.group(2)) == 4 else int(m.group(1)[:2] + m.group(2)))
                 for m in _YEAR.finditer(text) if m.group(2)]
        range_ends = {end for _, end in spans}
        # (Not a financial year's start: "2019/20" is the year the money was for, read with its words.)
        spans += [(int(m.group(1)), int(m.group(2))) for m in _YEAR_TO_YEAR.finditer(text)]
        range_ends |= {year for start, end in spans if end - start >= EDITION_SPAN for year in (start, end)}
        # "after 2018/19" is after 2019, and "before 2016-21" before 2016: the span's other end goes.
        spanned = set()
        for m in _YEAR.finditer(text):
            if m.group(2) and directed.get(m.group(1)):
                end = m.group(2) if len(m.group(2)) == 4 else m.group(1)[:2] + m.group(2)
                if directed[m.group(1)] == "after":
                    directed[end] = "after"
                    spanned.add(int(m.group(1)))
                else:
                    spanned.add(int(end))
        # "was it 2015 or 2016?", "i've seen 2015 and 2016 quoted, which is it": either will do.
        either = [m for m in _EITHER_YEAR.finditer(text)
                  if m.group(2).strip() == "or" or _WHICH_IS_IT.search(text)]
        for match in either:
            found.append(Constraint("year-either", f"{match.group(1)} {match.group(3)}"))
            spanned |= {int(match.group(1)), int(match.group(3))}
        # "between sept 2020 and aug 2021": a period's years, with their months, are asked as those months (below).
        for span in _MONTH_SPAN.finditer(text):
            spanned |= {int(year) for _, year in _MONTH_YEAR.findall(span.group(0))}
        # "which bodies did the NCSC take over when it started up ten years ago", read as "in about 2016": a rough year,
        # the one either side as good. Put as a claim ("was the CAF launched five years ago?") it is the year claimed.
        for match in re.finditer(r"\bin about ((?:19|20)\d\d)\b", text):
            year = int(match.group(1))
            if _POLAR.search(text) or _claim(text):
                continue
            anchors = " ".join(self._anchors(text, str(year)))
            found.append(Constraint("about-year", f"{year}|{anchors}" if anchors else str(year)))
            spanned.add(year)
        for year in _years(text):
            if year in spanned:
                continue
            kind = directed.get(str(year), "year")
            # "retired in march 2026": the month dates it (the month constraint holds it), not the words around.
            with_month = any(y == str(year) for _, y in _MONTH_YEAR.findall(text))
            anchors = (" ".join(self._anchors(text, str(year)))
                       if kind == "year" and year not in range_ends and not with_month else "")
            found.append(Constraint(kind, f"{year}|{anchors}" if anchors else str(year)))
            # "the 2030 cyber strategy", "national cyber strategy 2030": a year written against a series'
            # name (not "the 2016 strategy's vision for 2021") asks for that edition of it.
            if kind == "year" and year in edition_years(text):
                found.append(Constraint("edition", str(year)))
        for season, year in _SEASON_YEAR.findall(text):
            found.append(Constraint("season-year", f"{season.lower()} {year}"))
        for month, year in _MONTH_YEAR.findall(text):
            full = next(m for m in _MONTHS if m.startswith(month[:3]))
            found.append(Constraint("month", f"{full} {year}"))
            # "was the ncsc set up in october 2020": the month must be the one the entry gives the founding,
            # not a month it gives something else (a new chief executive) of the same body.
            if _POLAR.search(text) and _FOUNDING_CLAIM.search(text):
                found.append(Constraint("founded-month", f"{full} {year}|it was set up in {full.title()} {year}"))
        # "launched on 3 november": that day, not the 1st (read before "1st" is expanded to "first").
        for match in _DATE_NUMBER.finditer(question.lower()):
            day = match.group(2) or match.group(3)
            said = re.search(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", match.group(0)).group(0)
            month = next(m for m in _MONTHS if m.startswith(said))
            if 1 <= int(day) <= 31:
                found.append(Constraint("day", f"{int(day)} {month}"))
                # "launched 1 nov 2015": a full date is one date, and the entry must write it whole;
                # "November 2015" and "1 November 2016" in one entry do not make it.
                # ...and if the claim says what was done then, the entry must date that deed: "launched 1 nov
                # 2015" is not "announced in November 2015, ... launched on 1 November 2016".
                year = re.match(r"[a-z]*\.?,?\s+(?:of\s+)?((?:19|20)\d\d)\b", question.lower()[match.end():])
                # "was CYBERUK 2018 also on 24 April?": a day given no year of its own is a day of the one year the
                # question names, which an entry giving 24 April to CYBERUK 2019 does not bear out.
                named = {m.group(1) if not m.group(2) else m.group(0) for m in _YEAR.finditer(question)}
                if not year and len(named) == 1 and named.copy().pop().isdigit():
                    found.append(Constraint("day-year", f"{int(day)} {month}|{named.pop()}"))
                if year:
                    before = surface_words(question.lower()[:match.start()])
                    deed = next((w for w in reversed(before) if len(w) > 4 and w.endswith("ed")
                                 or w in _IRREGULAR_PAST.values()), "")
                    found.append(Constraint("date", f"{int(day)} {month} {year.group(1)}|{deed}"))
        # "lindy cameron took over the ncsc in october 2024", "the queen opened the ncsc on 4 october 2016": the date
        # is when that person did it, which an entry giving the date to someone or something else beside them does
        # not bear out (``_dated_for_another``).
        if not either and any(c.kind == "year" for c in found):
            found += self._people_dated(text)
        # "which NI councils weren't on web check": the ones left out, which "every local authority in England, and most in
        # Northern Ireland" does not name (it names only those all in, ``_ALL_COUNCILS_IN``).
        which_councils = _WHICH_COUNCILS.search(text)
        if which_councils and _LEFT_OUT.search(text[which_councils.end():]):
            found.append(Constraint("councils", "left out"))
        elif which_councils or _OURS_AMONG.search(text):
            found.append(Constraint("councils"))
        # "did we pay the ransom", "was our council hit": "we" is the asker's own council, which an entry
        # telling of another council's own incident does not answer (unless the question names it).
        if _OUR_DEED.search(text):
            found.append(Constraint("ours", " ".join(self.lexicon.places_in(text, countries=False))))
        asked_years = [c.value.partition("|")[0] for c in found if c.kind == "year"]
        # "my new starter from Poland asked me", "I'm originally from Romania": where someone comes from says
        # who asks, not where the thing asked about is.
        own = self.askers_own_places(text)
        for place in self.lexicon.places_in(self._without_names_ending_in_places(_SOMEONES_ORIGIN.sub(self._unless_ours, text))):
            if set(place.split()) <= own:     # "a district council like ours in Lancashire": no place asked about
                continue
            found.append(Constraint("place", place))
            # ("Norfolk's head of IT, Geoff Connell, was Socitm president in December 2016": a place whose post
            # someone holds says who they are, not where the year's thing was.)
            whose_post = re.search(rf"\b{re.escape(place)}(?:'s|\u2019s|s'|')\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLES})\b", text)
            if len(asked_years) == 1 and not whose_post:   # "cyberuk 2017 in manchester": the place and the year together
                found.append(Constraint("place-year", f"{place}|{asked_years[0]}"))
        # "scottish councils", "local authorities in wales": the councils asked of are a nation's, which the entry
        # must name as such; a city there it names ("in Glasgow") says where a thing was, not which councils.
        for place in dict.fromkeys(c.value for c in found if c.kind == "place"):
            if self.lexicon.places_within(place) or any(self.lexicon.places_within(n)
                                                        for n in self.lexicon.aliases.get(place, ())):
                said = re.escape(place).replace(r"\ ", r"\s+")
                if re.search(rf"\b{said}\s+(?:[\w-]+\s+){{0,2}}?{_BODIES_OF}|{_BODIES_OF}\s+(?:in|across|of|from)\s+"
                             rf"(?:the\s+)?{said}\b", text):
                    found.append(Constraint("councils-in", place))
        words = surface_words(text)
        places = " ".join([c.value for c in found if c.kind == "place"] + sorted(own))
        # "the 2018 LGA emails", "notes from the LGA": whose papers the asker holds, not what the answer is about.
        papers_of = self._whose_papers(text)
        for word in dict.fromkeys(words):
            if word in self.names and word not in places and word not in papers_of:
                found.append(Constraint("name", word))
        # "the £1.9bn came with the Government Cyber Security Strategy": a thing of ours named in full is held to
        # as its short name is ("the GCSS"): the entry on the 2016 strategy's money names neither.
        found += [Constraint("name", short) for short in self._named_in_full(text)
                  if Constraint("name", short) not in found and short not in papers_of]
        # "the home office's role in cyber", "is the met office part of gchq": a body of the lexicon's list
        # that no entry mentions is one we hold nothing on.
        # (After what a claim says of them: "launched with the metropolitan police" is the better reason.)
        bodies = [Constraint("name", body) for body in dict.fromkeys(self.lexicon.organisations_in(text))
                  if body in self._unheard_bodies]
        # "the coal authority phone number", "is the pensions regulator part of gchq": "the", words, and a
        # noun that names a public body make its name; one whose words no entry says together is a body
        # we hold nothing on ("the local authority", "the intelligence agency" are said).
        for match in _BODY_NAMED.finditer(text):
            said = surface_words(match.group(1))    # "is the ncsc even a regulator" names no body
            # ...but "and" joins the words of one name: "the science and technology committee".
            inner = [w for i, w in enumerate(said) if not (w == "and" and 0 < i < len(said) - 1)]
            if inner and not any(map(is_stopword, inner)) and not self._said_together([*inner, match.group(2)]):
                bodies.append(Constraint("name", " ".join([*said, match.group(2)])))
        bodies += [Constraint("name", name) for name in self._unheard_names(question)]
        # "when did dowden join norfolk", "where did truss announce the strategy", "who took over from mark
        # drakeford": who did it, or who was followed, is someone the entry names, though no entry uses the word;
        # and so is one of the people we know ("when did hammond join norfolk" is not Connell's career), and
        # where they joined ("when did connell join norwich").
        for match in _DOER.finditer(text):
            for word in filter(None, match.groups()):
                if (len(word) > 2 and not is_stopword(word) and Constraint("name", word) not in found
                        and (self.lexicon.person_for(word) or self._known(word) is None
                             and english_zipf(word) < CLAIM_NAME_ZIPF and not self.lexicon.places_in(word))):
                    found.append(Constraint("name", word))
        # "wrexham county council ransomware", "what happened to wigan council": a word no entry uses
        # before "council" is the place the council is, whatever the lexicon's list of places holds.
        for match in _PLACE_COUNCIL.finditer(text):
            word = match.group(1)
            if (not is_stopword(word) and word not in places and self._known(word) is None
                    and english_zipf(word) < CLAIM_NAME_ZIPF and Constraint("name", word) not in found):
                found.append(Constraint("name", word))
        # "prince charles opened the ncsc in 2017 right?": after a title, a word no entry uses is a person
        # the entry must name ("the queen" and "queen elizabeth" are the ones our sources know).
        for match in _ROYAL.finditer(text):
            word = match.group(1)
            if not is_stopword(word) and self._known(word) is None and Constraint("name", word) not in found:
                found.append(Constraint("name", word))
        people = [p for p in self.lexicon.people if p.split()[-1].lower() in words]
        for person in people:
            surname = person.split()[-1].lower()
            if re.search(rf"\b{re.escape(surname)}\s+(?:(?:really|actually|ever|honestly|personally)\s+)?(?:{_THOUGHT})\b", text):
                found.append(Constraint("view-of", f"{surname}|{person}"))
        # "what did damian green tell the public accounts committee": someone named in full is someone the
        # entry names, however common their surname is in English ("green", "martin", "smith").
        for person in people:
            surname = person.split()[-1].lower()
            if person.lower() in text and Constraint("name", surname) not in found:
                found.append(Constraint("name", surname))
            # "who took over from david martin", "did Mark Martin lead the ncsc": another first name before a
            # surname we know is another person, whom the entry must name: the first name of someone else we
            # know, one written with a capital inside the sentence, or a word no entry uses.
            # ...and the two names together are that person: "was ian martin the first ceo" is not met by an
            # entry on Ciaran Martin that names Ian Levy (a title or a role before the surname is no first name).
            for match in re.finditer(rf"\b([a-z]{{3,}})\s+{re.escape(surname)}\b", text):
                given = match.group(1)
                if given == person.split()[0].lower() or is_stopword(given):
                    continue
                another = (given in self.lexicon.given_names
                           or any(p.split()[0].lower() == given for p in self.lexicon.people))
                if another or self._known(given) is None and english_zipf(given) < CLAIM_NAME_ZIPF:
                    found[:] = [c for c in found if c != Constraint("name", given)]
                    found.append(Constraint("person", f"{given} {surname}|{person}"))
                elif Constraint("name", given) in found:
                    continue
                elif re.search(rf"(?<![.?!]\s)(?<!^)\b{given[0].upper()}{given[1:]}\s+{surname[0].upper()}", question):
                    found.append(Constraint("name", given))
        # A role word that names a body ("the Local CIO Council") is not a role asked about, nor is one of the asker's
        # own people ("...my draft gives him no title and the Chair will ask. What was his role at Socitm?"), nor one
        # said only in a sentence of the asker's own that asks nothing ("Who in a council completes the LGA
        # self-assessment? Want to name the role in our scheme of delegation.").
        askers = {w for m in _ASKERS_ROLE.finditer(text) for w in surface_words(m.group(0))} \
            - set(surface_words(_ASKERS_ROLE.sub(" ", text))) if _ASKERS_ROLE.search(text) else set()
        if "?" in text and _OWN_SENTENCE.search(text):
            sentences = SENTENCE_END.split(text)
            asked = {w for s in sentences if "?" in s for w in surface_words(s)}
            askers |= {w for s in sentences if "?" not in s and _OWN_SENTENCE.search(s) for w in surface_words(s)} - asked
        roles = [w for i, w in enumerate(words) if w in _ROLE_WORDS and w not in askers
                 and (i + 1 == len(words) or words[i + 1] not in _BODIES)]
        held = [post for post in dict.fromkeys(re.sub(r"(?:s|ed)$", "", m.group(1)) for m in _HOLDS_POST.finditer(text))
                if post not in roles]
        roles += held
        asks_role = bool(_WHO_ROLE.search(text)) and bool(roles) or (
            people and any(w in ("job", "role", "position", "post", "title") for w in words))
        if asks_role:
            found.append(Constraint("role", " ".join([w for w in words if (w in roles or w in _ROLE_MODIFIERS)
                                                      and w not in ("job", "role", "position", "title")] + held)))
            if _PRESENT.search(text) and not _PER_DATED_SOURCE.search(text):
                found.append(Constraint("present"))
            # "who is the chair of the ncsc", "the lga's head of cyber", "who speaks for socitm": a post at
            # a body, which the entry must speak of (the Local CIO Council's chair is not the NCSC's).
            held_at = _BODYS_ROLE.search(text) or _ROLE_AT_BODY.search(" ".join(words))
            body = [w for w in surface_words(held_at.group(1)) if not is_stopword(w) and not w[0].isdigit()
                    and w not in _ROLE_WORDS and w not in _ROLE_MODIFIERS and w not in places
                    and not self.lexicon.person_for(w) and self._known(w)] if held_at else []
            # ...and "the NCSC programme manager", "the LGA cyber lead": a body by its short name just before the post.
            if not body:
                body = [b for i, w in enumerate(words) if w in roles for b in words[max(0, i - 3):i]
                        if b in self.lexicon.aliases and b not in self.lexicon.countries and not is_stopword(b)][:1]
            if body:
                found.append(Constraint("about", " ".join(body) + "|" + self._shown(question, " ".join(body), "words")))
        # "Is Owen Pritchard the head of the NCSC?", "is it true Ian Levy was the NCSC's chief exec",
        # "ian levy was the ncsc's chief exec, right?": the person, the role and the body together.
        if people and (_POLAR.search(text) or _claim(text)):
            said = self._post_claimed(text, people)
            if said:
                found.append(said)
                if _PRESENT.search(text) and not asks_role:
                    found.append(Constraint("present"))
        # "socitm president andy hopkirk seed money quote", "what did ncsc ceo ian levy say": a post written before
        # a person's name is a post the question gives them, which the entry must give them too.
        if people:
            surnames = "|".join(re.escape(p.split()[-1].lower()) for p in people)
            roles_said = "|".join(sorted(w for w in _ROLE_WORDS if w not in ("job", "role", "position", "lead")))
            # ...and so is one the claim gives them after it: "the NCSC's first chief executive was Ian Levy?"
            for m in re.finditer(rf"\b([\w-]+?)(?:'s)?\s+(?:(?:first|former|founding|inaugural|original)\s+)?"
                                 rf"({_ROLES})(?:\s+({_ROLES}))?\s+(?:(?:is|was|became)\s+)?(?:[a-z]+\s+)?"
                                 rf"({surnames})\b", text):
                body = m.group(1)
                if (is_stopword(body) or body in _ROLE_WORDS or body in _ROLE_MODIFIERS or body in _NOT_BODY
                        or self.lexicon.person_for(body) or not self._known(body)
                        or not (body in self.names or body in self._capitals or self.lexicon.aliases.get(body)
                                or english_zipf(body) < BODY_NAME_ZIPF)):
                    continue
                asked = " ".join(_ROLES_SPELLED.get(w, w) for w in filter(None, m.group(2, 3)))
                said = Constraint("role-of", f"{m.group(4)}|{asked}|{body}")
                if not any(c.kind == "role-of" for c in found):
                    found.append(said)
        # "What's Andy Hopkirk up to these days? still at Socitm?": what a person does now, which an
        # old source cannot say.
        # ("what was Connell doing by 2018, was he still president?": "still" with a year asks of then, not now.)
        # ("the board chair wants a 'why now' para ... what were connell's reasons?": a "now" in the name the asker
        # quotes for their own paper asks nothing of now)
        if (people and not asks_role and _PRESENT.search(_LABEL_QUOTED.sub(" ", text)) and _DOING_NOW.search(text)
                and not ({m.group(1) for m in _PRESENT.finditer(text)} == {"still"} and _years(text))
                and not any(c.kind == "present" for c in found)):
            found.append(Constraint("present", people[0]))
        # "Where did Horne work before PwC": before the thing the entry itself says came earlier.
        for match in _BEFORE_NAMED.finditer(text):
            thing = match.group(1)
            if thing in self.names or self.lexicon.places_in(thing):
                found.append(Constraint("before-thing", thing))
        sequence = _SEQUENCE.search(text)
        # "Who replaced Richard Horne?" asks for someone else, with or without a role word.
        # ...and so does a post put before "after" or "before" someone, as notes and flashcards write it: "NCSC tech
        # director after Levy", "socitm head of research after hopkirk".
        if sequence and people and (asks_role or _WHO.search(text) or _SUCCESSOR_OF.search(text) or _POST_IN_TURN.search(text)):
            direction = "before" if _BEFORE_ASKED.search(text) else "after"
            found.append(Constraint("sequence", direction + "|" + ";".join(people)))
        if len(people) == 2:   # "when did Lindy Cameron take over from Richard Horne": who followed whom
            first, second = sorted(people, key=lambda p: words.index(p.split()[-1].lower()))
            a, b = first.split()[-1].lower(), second.split()[-1].lower()
            if re.search(rf"\b{a}\b.*\b(?:take over from|took over from|taken over from|replaced?|succeed(?:ed)?|"
                         rf"follow(?:ed)?)\b.*\b{b}\b", text):
                found.append(Constraint("succession", f"{first};{second}"))
        if _FIRST.search(_FIRST_ADVERB.sub(" ", text)):
            found.append(Constraint("first"))
        # "By when do we need a replacement for Mail Check lined up?": when the asker must have one asks a date, not what
        # replaces it (not "when is the replacement coming?", which asks of the replacement).
        cue = _NEXT.search(text) or _ENDED_THEN_ASKED.search(text)
        if cue and not (re.search(r"\b(?:replacement|successor)", cue.group(0)) and re.search(
                r"\b(?:by\s+when|when\b[^.?!]*\b(?:need|needs|must|should|have\s+to|has\s+to|got\s+to))\b[^.?!]*$", text[:cue.start()])):
            found.append(Constraint("next"))
        # "is the lga self assessment window open right now": a state now, which an old source cannot give.
        if _STATE_NOW.search(text) and not any(c.kind == "present" for c in found):
            found.append(Constraint("state-now"))
        # "is Dylan Roberts still chairing the Local CIO Council?": a state now, which a source from 2018 cannot give
        # however well it names him (its "As of May 2018" line would answer a question it was never asked).
        elif not any(c.kind in ("present", "state-now") for c in found) and any(
                _STILL_POLAR.search(s) and not _years(s) for s in SENTENCE_END.split(text)):
            found.append(Constraint("still"))
        # "How many Cyber 360s has the LGA done up to now?": a total that only grows, so a count from an earlier
        # year ("its twentieth in April 2023") is not the total to date.
        if any(_TOTAL_NOW.search(s) and not _years(s) for s in SENTENCE_END.split(text)):
            found.append(Constraint("total-now"))
        # "Who leads the NCSC now?": someone the entry gives a post at that body, not anyone it names.
        # Named alone ("who heads the lga", "who is the boss of socitm", "who runs leeds city council"), the body is
        # held to a top post of its own ("|top"): not the LGA's cyber programme manager, nor Socitm's head of
        # research. (Not "who leads the lga on cyber": who leads it on a subject, as its spokesperson may.)
        for match in _WHO_HEADS.finditer(text):
            if not is_stopword(match.group(1)):
                alone = _BODY_ALONE.match(text, match.end())
                found.append(Constraint("head-of", match.group(1) + ("|top" if alone else "")))
        # "Who runs the LGA?": a company may run a service ("who runs pdns"), but a person is held to heading the body.
        for match in _WHO_RUNS_BODY.finditer(text):
            if not is_stopword(match.group(1)) and _BODY_ALONE.match(text, match.end()):
                found.append(Constraint("runs-of", match.group(1)))
        # "What came after the stocktake?": what the entry says followed it, not the stocktake itself.
        # "What came before the 2016-2021 strategy?": what the entry says preceded it, not the strategy itself.
        # Its year names the thing ("the 2016-2021 strategy"), and goes with it: what came before is a thing
        # of that kind from an earlier year, not any fact from before 2016.
        for match in [*_BEFORE_THING.finditer(text), *_BEFORE_THING_SAID.finditer(text)]:
            thing = next(filter(None, match.groups()))
            if not is_stopword(thing):
                named = [c for c in found if c.kind == "before" and c.value in match.group(0)]
                found = [c for c in found if c not in named]
                found.append(Constraint("before-of", "|".join([thing, *(c.value for c in named[:1])])))
        for match in [*_AFTER_THING.finditer(text), *_AFTER_THING_SAID.finditer(text)]:
            group = next(n for n, g in enumerate(match.groups(), start=1) if g)
            thing = match.group(group)
            if not is_stopword(thing):
                # The thing as the question names it, for the reply: "what's replaced Mail Check" -> "Mail Check" (said
                # as a noun, "the 2016 strategy's successor", the thing alone).
                named = []
                for word in surface_words(text[match.start(group):match.end(group) if match.re is _AFTER_THING_SAID else None])[:3]:
                    if is_stopword(word) or not self._known(word):
                        break
                    named.append(word)
                shown = self._shown(question, " ".join(named), "words") if len(named) > 1 else ""
                # "what replaced the 2022 strategy": the year names the thing, and what came after it is of a later year.
                year = next(iter(_years(match.group(0))), None)
                # ("the strategy after the 2016-2021 one": what comes after is held to that, not to a time after 2021.)
                found = [c for c in found if not (c.kind in ("before", "after") and match.re is _AFTER_THING_SAID
                                                  and c.value in match.group(0))]
                value = f"{thing}|{shown}|{named[-1]}" if shown else thing
                found.append(Constraint("after-thing", f"{thing}|{shown}|{named[-1] if shown else ''}|{year}" if year else value))
        found = [c for c in found if not (c.kind in ("before", "after") and c.value in thing_years)]
        # "where did lindy cameron go after leaving the ncsc": where they went next, which an entry must say came after
        # their time there ("after leaving the NCSC she joined ..."), not only tell of that time.
        for match in _AFTER_LEAVING.finditer(text):
            thing = match.group(1) or match.group(2)
            if not is_stopword(thing) and not any(c.kind == "after-thing" for c in found):
                found.append(Constraint("after-leaving", thing))
        years_said = {str(y) for y in _years(text)} | {m.group(2) for m in _YEAR.finditer(text) if m.group(2)}
        # A number written as a word is a figure to check when it counts a thing ("the four pillars",
        # "five objectives?"), not when it asks to name some ("which two teams", "the other two") or is
        # chat ("budget is literally zero").
        # A number after a label names one of a series ("year 1 and year 2", "phase 2"): it counts nothing.
        # A number before a letter names a mnemonic ("the three S's", "the 4 Ps"): it counts letters, not facts.
        # "which of spf/dkim/dmarc does it check, or all 3": "or all" counts the options just offered.
        said = [w for i, w in enumerate(words) if (i == 0 or words[i - 1] not in _LABELS)
                and not (i >= 2 and words[i - 2] == "or" and words[i - 1] in ("all", "any", "both"))
                # (a word after it is none: "texts go to 7762 - is that the right number?")
                and not (i + 1 < len(words) and _MNEMONIC_LETTER.fullmatch(words[i + 1])
                         and not (len(words[i + 1]) > 1 and is_stopword(words[i + 1]))
                         and not _versus(words, i + 1))
                # "which two teams", "which 2 teams", "the other 2": how many to name, asked, not claimed
                and (i == 0 or words[i - 1] not in ("which", "other", "those", "these") or not (w.isdigit() or w in _NUMBER_WORDS))
                # "defend and... two other d words", "the two remaining ones": how many are left to name, not a figure
                and not (i + 1 < len(words) and words[i + 1] in ("other", "others", "more", "remaining", "left")
                         and (w.isdigit() or w in _NUMBER_WORDS))
                and (w[:1].isdigit() or (
            w != "zero"
            and (words[i + 1] not in _NOT_COUNTED if i + 1 < len(words) else bool(_HOW_MANY.search(text)))))]
        # "split the 1.9bn into two pots - how much went to the NCSC and how much to the rest?": a count the
        # question's own asks make up (the same ask, that many times after it) counts the parts of the answer.
        said = [w for w in said if not (w in _NUMBER_WORDS and int(_NUMBER_WORDS[w]) > 1
                                        and self._counts_its_asks(text, w))]
        # "what were the two amounts?", "what are the two target years in the GCSS?": a count of years or sums the
        # question asks to be named is how long the list is (``listed``), no figure the entry must write.
        listing = {_figure(m.group(1)) or m.group(1) for m in _LIST_ASKED.finditer(text)
                   if m.group(2).split()[-1] in VALUE_LISTS}
        said = [w for w in said if (_figure(w) or w) not in listing]
        offered = [pair for m in [*_EITHER_FIGURE.finditer(text), *_EITHER_COUNT.finditer(text)]
                   if all((pair := (_figure(m.group(1)), _figure(m.group(2))))) and not set(pair) & years_said]
        for pair in offered:
            found.append(Constraint("figure-either", " ".join(pair)))
        # "how much came with the GCSS for councils, thirty something million", "was it about 4k?": a figure the asker
        # remembers roughly says which figure they mean, not the figure to give; the entry's must be near it.
        hedged = set()
        for m in _HEDGED_FIGURE.finditer(text):
            near = _near(m)
            # ("39 or forty summat?": a figure offered as one of two is either's, ``figure-either``)
            if near is not None and not any(_figure(w) in pair for w in surface_words(m.group(0)) for pair in offered):
                hedged |= set(filter(None, map(_figure, surface_words(m.group(0)))))
                found.append(Constraint("figure-near", f"{near}|{m.group(0)}"))
        # "CiSP has how many users? more than 10 thousand?": a bound the entry's figure must keep ("more than 17,000"),
        # not the figure it must give.
        bounds = []
        for m in _FIGURE_BOUND.finditer(text):
            number = _figure(m.group(2))
            if number and number not in years_said:
                bounds += [number, *filter(None, map(_figure, surface_words(m.group(0))))]
                value = float(number) * _SCALES.get(m.group(3) or "", 1)
                # ...of the thing it counts, where the question says it: "over 50,000 users", "over 100 nhs trusts"
                # (the last word of two before a function word).
                nouns = []
                for word in surface_words(text[m.end():])[:2]:
                    if is_stopword(word) or _figure(word) or not self._known(word):
                        break
                    nouns.append(word)
                written = " ".join(filter(None, map(_figure, surface_words(m.group(0)))))
                # "How many did Web Check fix? More than 5,000?", "2016 strategy. Under or over £2bn?": a bound the asker
                # guesses at, after asking for the figure or offering both sides of it, is answered by the figure, whichever
                # side it falls; only a bound put as a claim ("CiSP has over 50,000 members, right?") is held to.
                # ...but a running total asked of now ("how many Cyber 360s has the LGA done in total now, over 50?") only
                # grows: an older figure past the bound bears it out, and one short of it (the twentieth, in April 2023)
                # cannot say it is still short. It is held to as a claim is, of the thing "how many" counts.
                asked_now = (m.group(1) in _AT_LEAST and (_PRESENT.search(text) or _SO_FAR.search(text))
                             and _HOW_MANY.search(text[:m.start()]))
                if asked_now and not nouns:
                    nouns = [w for w in surface_words(_HOW_MANY.search(text).group(1))
                             if not is_stopword(w) and not _figure(w) and self._known(w)][:1]
                if not asked_now and (_ASKS_THE_FIGURE.search(text[:m.start()])
                                      or _BOTH_SIDES.search(text[max(0, m.start() - 12):m.end()])):
                    continue
                found.append(Constraint("figure-bound", f"{m.group(1)}|{value:g}|{m.group(0)}|{''.join(nouns[-1:])}|{written}"))
        # "a three-word slogan", "a 4-page leaflet": a number joined to a unit our sources never count in describes
        # the thing; it is no figure they must give.
        described = {_figure(m.group(1)) for m in re.finditer(r"(?<![\w-])([a-z]+|\d+)-([a-z]+)\b", text)
                     if _figure(m.group(1)) and not self._known(m.group(2))}
        # "can I ring now or is it only open 9-5?", "staffed 8am to 6pm or 24/7?": hours a line may keep, offered as one
        # side of a choice, are answered by the hours it keeps ("24/7", "365 days a year"); they are no figures the entry
        # must give. (Put alone, "it's only open 9-5, right?" is a claim, held to its figures.)
        if re.search(r"\bor\b", text):
            described |= {_figure(n) for m in _OPENING_HOURS.finditer(text) for n in m.groups() if n}
        # "need 2 things for one slide", "three letters, naturally": a number counting an everyday word no entry uses is
        # the asker's own count, not a figure an entry must give.
        # (The word straight after it, not a fraction: "three quarters of councils" gives a share.)
        described |= {_figure(m.group(1)) for m in _COUNTED_WORD.finditer(text)
                      if _figure(m.group(1)) and self._known(m.group(2)) is None and m.group(2) not in _FRACTIONS
                      and not is_stopword(m.group(2))
                      and english_zipf(m.group(2)) >= COUNTED_CHAT_ZIPF}
        for figure in dict.fromkeys(filter(None, map(_figure, said))):
            if figure in bounds or figure in described or figure in hedged:
                continue
            if figure not in years_said and not _in_date(text, figure) and not any(figure in pair for pair in offered):
                found.append(Constraint("figure", figure))
                # "LGA got £1.5bn in 2018/19?": a sum written with its scale is that sum, and an entry giving 1.5 only as
                # "£1.5m" gives another (``figure-scale``). Not "12m" or "4k" without a currency mark: months, or a count.
                scaled = next((m.group(3) for m in _MONEY_FIGURE.finditer(text) if m.group(3) and _figure(m.group(2)) == figure
                               and (m.group(1) or m.group(3) not in ("m", "k"))), None)
                if scaled:
                    found.append(Constraint("figure-scale", f"{figure}|{_SCALE_WORDS.get(scaled, scaled)}"))
                # "four face to face meetings a year": the figure counts the thing after it, and an entry
                # that counts that thing must give the same number ("two face-to-face meetings").
                # (A count, in a claim: not a sum, "£1.5m for councils", nor a share, "62%".)
                at = next(i for i, w in enumerate(words) if _figure(w) == figure)
                sum_or_share = (at + 1 < len(words) and words[at + 1] in _MONEY_WORDS | {"percent", "per"}
                                or re.search(rf"[£$€]\s*{re.escape(words[at])}|{re.escape(words[at])}\s*%", text))
                counted = []
                for i, w in enumerate(words[at + 1:at + 5], at + 1):
                    if _TAG.fullmatch(w):     # "39 principles right?": the claim ends at its tag
                        break
                    # "is the line 24/7 or office hours?": what follows "or" is the other side, not what the figure counts
                    if w in ("or", "nor", "vs", "versus"):
                        break
                    if not is_stopword(w) and not _figure(w) and self._known(w):
                        counted.append((i, w))
                counted = counted[:3]
                # A figure the question takes as given counts its noun too, though the question asks something else
                # ("WannaCry - 595 NHS trusts affected, how many GP practices on top of that?"): written in digits
                # straight before its noun ("3-yr", "up to three" count nothing said).
                premise = re.search(rf"(?<![\w.,£$/:-]){re.escape(words[at])}\s+{re.escape(counted[0][1])}\b", text) \
                    if counted and counted[0][0] == at + 1 and words[at].isdigit() else None
                if counted and figure.isdigit() and not sum_or_share and (_claim(text) or _POLAR.search(text) or premise):
                    said = " ".join(words[at:counted[-1][0] + 1])
                    found.append(Constraint("figure-of", f"{figure}|{' '.join(w for _, w in counted)}|{said}"))
        # "what's the sixth control in cyber essentials", "the third pillar": an ordinal picks one of a list,
        # and the list must reach it (a "first" has its own constraint; "the second one" names no list).
        for match in _ORDINAL_PICK.finditer(text):
            noun = match.group(2)
            if not is_stopword(noun) and noun not in ("one", "ones") and self._known(noun):
                found.append(Constraint("ordinal", f"{_LIST_ORDINALS[match.group(1)]}|{noun}|{match.group(1)}"))
        # "what are the four objectives in the caf": the objectives named, not only counted ("built on four objectives").
        for match in _LIST_ASKED.finditer(text):
            said = []      # "the five cyber essentials controls": the last plural before any stopword is the noun
            for word in match.group(2).split():
                if is_stopword(word):
                    break
                said.append(word)
            noun = next((w for w in reversed(said) if w.endswith("s")), "")
            if noun and not is_stopword(noun) and noun not in _GENERIC_DETAILS and self._known(noun):
                found.append(Constraint("listed", f"{_figure(match.group(1)) or match.group(1)}|{noun}"))
        # "confirm for me Cyber Essentials launched on 5 June 2014": the frame asks us to check the claim; it
        # names no detail of it ("confirm for" is not "the venue for").
        found += self._details(self._without_frame(text), question)
        # "Web Check scans websites monthly, right?": how often, in a claim, is a detail the entry must give.
        if _claim(text) or _POLAR.search(text) or _TAGGED.search(text):
            for match in _FREQUENCY.finditer(text):
                unit = next(u for u in match.groups() if u)
                found.append(Constraint("frequency", _FREQUENCY_UNITS.get(unit, unit)))
        # "Owen Pritchard was the LGA's deputy head of cyber, right?", "Was Geoff Connell Socitm's vice president?": a rank
        # below the post (or standing in for it) is one the entry must give; its Head or President is not its deputy.
        found += [Constraint("rank", f"{m.group(1).lower()}|{' '.join(m.group(0).split())}") for m in _RANKED_POST.finditer(text)]
        # "is protective dns being switched off?", "...the board toolkit is being withdrawn, is that true?": an end asked
        # about or claimed is one the entry must tell of; the entry on what the thing is does not say it is ending.
        # (The thing is named beside the words of its end: "is protective dns being switched off", "scrapping cyber
        # essentials".)
        ending = _ENDING_ASKED.search(text) if any(stem in text for stem in _ENDING_STEMS) else None
        if ending:
            near = [w for w in surface_words(text[:ending.start()])[-4:] + surface_words(text[ending.end():])[:3]
                    if not is_stopword(w)]
            found.append(Constraint("ending", " ".join(dict.fromkeys(w for w in near if self._known(w)))))
        asks = {self._asked_term(w) for w in surface_words(text) if not is_stopword(w)}
        asks |= {"__day__"} if _DAY_ASKED.search(text) else set()
        # "what was the £1.3bn actually spent on", "where did the money go": how a sum was used is its breakdown.
        asks |= {self._asked_term("breakdown")} if _SPENT_ON.search(text) else set()
        asks |= {"__venue__"} if _WHERE_ASKED.search(text) else set()
        found += self._venue(text)
        if asks & self._disclaimable:
            asks_figures = {f for w in surface_words(text) if (f := _figure(w))}
            found.append(Constraint("disclaimed", " ".join(sorted(asks)) + "|" + " ".join(sorted(asks_figures))))
        applies = _APPLIES_TO.search(text)
        if applies:
            found.append(Constraint("applies-to", " ".join(applies.group("who").lower().split())))
        if _WHICH_YEAR.search(text):
            found.append(Constraint("which-year", "source" if _SOURCE_YEAR_ASKED.search(text) else ""))
        if _WHICH_MONTH.search(text):
            found.append(Constraint("which-month"))
        each = _EACH.search(text)
        if each and not is_stopword(each.group(1)):
            found.append(Constraint("each", each.group(1)))
        for match in _SPLIT_BY.finditer(text):
            if not is_stopword(match.group(1)):
                found.append(Constraint("about", f"{match.group(1)}|{self._shown(question, match.group(1), 'words')}"))
        if _SPLIT_ASKED.search(text) and _SPLIT_MONEY.search(text) or _SHARE_OF_SUM.search(text) and any(
                m.group(2) for m in _SPLIT_AMONG.finditer(text)):
            found.append(self._split_asked(text, question))
        # "what did the Cabinet Office pay Nominet to build PDNS?": the sum paid to them, which an entry gives beside
        # them, not any sum it gives (the £1m the LGA allocated councils is no sum paid to RAND).
        for match in PAID_TO.finditer(text):
            payee = [w for w in surface_words(match.group(1) or match.group(2)) if not is_stopword(w) and not _figure(w)
                     and w not in _GENERIC_DETAILS and self._known(w)]
            if payee:
                found.append(Constraint("paid-to", f"{' '.join(payee)}|{self._shown(question, ' '.join(payee), 'words')}"))
        # "what would the quick win grants be capped at?": a cap, which an entry gives as one ("up to £750,000 each").
        if CAP_ASKED.search(text):
            found.append(Constraint("cap"))
        # "what ransom did lincolnshire get asked for", "max fine under the NIS regs?", "fee for joining socitm?": the sum
        # itself, by what it is paid as, which an entry that only tells of the ransom or the regulations does not give.
        sum_asked = _SUM_ASKED.search(text)
        if sum_asked:
            kind = next(k.rstrip("23") for k, v in sum_asked.groupdict().items() if v)
            others = _PRICE_FOR_OTHERS.search(text) if kind == "cost" else None
            found.append(Constraint("sum-of", f"{kind}|{sum_asked.group(sum_asked.lastgroup)}|{others.group(1) if others else ''}"))
        # "did council staff have to pay to attend cyberuk 2017?": whether it cost anything, which a price or "free" says.
        elif _PAY_ASKED.search(text) and "ransom" not in text:
            others = _PRICE_FOR_OTHERS.search(text) or _OTHERS_PAYING.search(text)
            found.append(Constraint("sum-of", f"cost|cost|{others.group(1) if others else ''}"))
        for match in _SAID_ABOUT.finditer(text):
            # The topic is a noun phrase, which a relative clause ends: "tell me about the funding bid
            # the cio council talked about at the london meeting" asks about the bid; who talked of it
            # where are the clause's, held to as names and places of their own.
            topic_words = surface_words(match.group(1))
            for i in range(1, len(topic_words)):
                if topic_words[i] in _RELATIVE_OPENERS and not is_stopword(topic_words[i - 1]):
                    topic_words = topic_words[:i]
                    break
            # An acronym the topic opens with is part of it ("the NIS regs"); a name alone is the name's constraint.
            # The chat's filler names no topic: "anything about councils specifically" is about councils.
            said = [w for w in topic_words if not is_stopword(w) and not w[0].isdigit() and w not in self.lexicon.filler]
            topic = [w for i, w in enumerate(said) if (w not in self.names or i + 1 < len(said) and w in self._capitals)
                     and not self.lexicon.places_in(w)]
            if topic:
                found.append(Constraint("about", " ".join(topic) + "|" + self._shown(question, " ".join(topic), "words")))
        # "what date was the NCSS 2016 mid-term review published?": the document published is a review of the strategy,
        # which an entry on the strategy's own launch never mentions; its kind of paper must be the entry's word.
        for match in _PAPER_PUBLISHED.finditer(text):
            paper = match.group(2)
            kind = [w for w in surface_words(match.group(1) or "") if not is_stopword(w) and not _figure(w)]
            # (...a word that says which, where some entry uses it: a "mid-term" review, not the 2021 Integrated Review.)
            which = [p for w in kind for p in w.split("-") if self._known(p) is not None and not self.lexicon.places_in(p)]
            found.append(Constraint("about", f"{' '.join([*which, paper])}|"
                                             f"{self._shown(question, ' '.join([*kind, paper]), 'words')}"))
        # "did Redcar have cyber insurance, and did it pay out?": a subject none of our sources speaks of is what the
        # question is about, not the attack it names (``unsourced`` in the lexicon); said in a clause that asks, not in
        # one that says why the asker wants to know ("our insurance renewal asks about logging. is LME a SIEM?").
        unsourced = next((w for clause in _CLAUSES.split(text) if _ASKING_OPENS.match(clause)
                          for w in surface_words(clause) if w in self.lexicon.unsourced), None)
        if unsourced:
            found.append(Constraint("about", f"{unsourced}|{unsourced}"))
        # "what did the county councils network say about ...": whoever said it must be in the entry too.
        # "how much of the 2.6bn goes to councils": the share asked for is that recipient's.
        for match in _SHARE_TO.finditer(text):
            recipient = [w for w in surface_words(match.group(1)) if not is_stopword(w) and not w[0].isdigit()][:3]
            if recipient:
                found.append(Constraint("about", " ".join(recipient) + "|" + self._shown(question, " ".join(recipient), "words")))
        for match in _REPORTED_TO.finditer(text):
            reported = [w for w in surface_words(match.group(1)) if not is_stopword(w) and not w[0].isdigit()
                        and w not in _GENERIC_DETAILS][:3]
            if reported:
                found.append(Constraint("about", " ".join(reported) + "|" + self._shown(question, " ".join(reported), "words")))
        for match in [*_COUNT_SCOPE.finditer(text), *_ATTENDED_AT.finditer(text)]:
            scope = [w for w in surface_words(match.group(1)) if not is_stopword(w) and not w[0].isdigit()
                     and w not in _MONTHS_DAYS and w not in _GENERIC_DETAILS and w not in self.names
                     and not self.lexicon.places_in(w) and not self.lexicon.person_for(w)
                     and self._known(w)]    # a word no entry uses ("bored" for board) is the search's to weigh
            if scope:
                found.append(Constraint("about", " ".join(scope) + "|" + self._shown(question, " ".join(scope), "words")))
        # ...unless the sayer is a name held already ("what did ciaran martin say"); another name in the question
        # ("what did hammond say about the board toolkit") does not hold the entry to who said it.
        named = {w for c in found if c.kind == "name" for w in c.value.partition("|")[0].split()}
        for match in _SAYER.finditer(text):
            sayer = [w for w in surface_words(match.group(1)) if not is_stopword(w) and not w[0].isdigit()]
            if sayer and not named & set(sayer):
                found.append(Constraint("about", " ".join(sayer) + "|" + self._shown(question, " ".join(sayer), "words")))
        count = _HOW_MANY.search(text)
        if count:
            # "how many of the 39 outcomes": the outcomes are counted, not the 39 the question gives.
            # ...up to a preposition: "how many modules in the board toolkit" counts modules, and
            # what follows says where ("bored", typed for "board", is no deed done to them).
            # ...or up to the verb of its clause: "how many incidents did the ncsc support" counts
            # incidents; the NCSC is who supported them.
            # ...but "how many councils have completed it" is "how many councils completed it": what was
            # done to them, which the entry must say (``checking``), follows the auxiliary.
            counted_words = re.split(r"\b(?:in|on|at|from|for|within|across|inside|did|do|does|have|has|had|"
                                     r"will|would|can|could|should|might|may|must)\b",
                                     _PERFECT.sub("", count.group(1)))[0]
            counted = [w for w in surface_words(counted_words) if not is_stopword(w) and not _figure(w)]
            # "how many nationally significant": an adverb says which of them, the word after it what is
            # counted ("89 were classed as significant").
            counted = [w for w in counted if not _ADVERB.fullmatch(w) or english_zipf(w[:-2]) < ADVERB_BASE_ZIPF] or counted
            # "stocktake councils - how many took part?": a deed straight after "how many" counts what the headline
            # named before it, the word just before the dash ("councils"), as "how many councils took part" does.
            headline = re.search(r"([\w'-]+)\s+[-\u2013\u2014:]+\s*$", text[:count.start()])
            if counted and headline and (counted[0] in _IRREGULAR_PAST.values() or counted[0].endswith("ed") and len(counted[0]) > 4) and not is_stopword(headline.group(1)) \
                    and not _figure(headline.group(1)):
                counted = [headline.group(1), *counted]
            # "how many quid" asks how much: a sum answers it (search holds the entry to one), not a count.
            # "how many of the 39 outcomes": some number other than the 39 the question gives.
            given = re.match(r"of\s+(?:the\s+|those\s+|these\s+|our\s+|its\s+)?(\S+)", count.group(1))
            given = _figure(given.group(1)) if given else None
            if counted and counted[0] not in _MONEY_WORDS:
                # ...and a deed after two words ("how many nhs trusts paid"), which the entry must tell of too
                # (only after a plural noun counted, "nhs trusts": not a deed of someone named between, "how many
                # incidents the ncsc handled", which is the NCSC's)
                deed = [w for w in counted[2:3] if (w in _IRREGULAR_PAST.values() or w.endswith("ed") and len(w) > 4)
                        and re.fullmatch(r"[a-z]{3,}[^s]s", counted[1])]
                found.append(Constraint("count", " ".join(counted[:2] + deed) + (f"|{given}" if given else "")))
                if _EXACTLY.search(text):    # "exactly how many": "half of them" or "all" will not do
                    found.append(Constraint("exact-count", counted[0]))
        # "has the 2025 target been met", "will ncsc extend mail check past march 2026": how a plan turned
        # out, or whether it will change, which only an entry that says so can answer.
        if _OUTCOME_MET.search(text):
            found.append(Constraint("outcome", "met|will" if re.search(r"\b(?:will|going to|gonna)\b", text) else "met"))
        elif changed := _OUTCOME_CHANGED.search(text):
            found.append(Constraint("outcome", f"changed|{changed.group(1)}"))
        elif _OUTCOME_WON.search(text):
            found.append(Constraint("outcome", "won"))
        elif _OUTCOME_REVISED.search(text):
            found.append(Constraint("outcome", "revised"))
        # "the predecessor of the 2016 strategy", "its 2016 strategy's replacement": the word for what came before or after
        # is the relation asked (``before-of``, ``after-thing``), not a detail the entry must write, nor a next to come.
        if _BEFORE_THING_SAID.search(text) or _AFTER_THING_SAID.search(text):
            found = [c for c in found if not (c.kind == "next" or (c.kind == "detail" and c.value.partition("|")[0] in _RELATION_WORDS))]
        claimed = self._claimed(text, question, found)
        claimed += [c for c in self._figures_bound(text, question, found) + self._seasons(text) if c not in claimed]
        bodies = [c for c in dict.fromkeys(bodies) if c not in found and c not in claimed]
        # "is david cameron the ncsc boss": another person of a surname we know is the plainest reason, and
        # no bare first name of theirs is asked on its own ("ian" of "ian martin" is not Ian Levy).
        others = [c for c in found if c.kind == "person"]
        given = {Constraint("name", c.value.split()[0]) for c in others}
        rest = [c for c in found + claimed if c.kind != "person" and c not in given]
        # "Socitm built the LGA tool, yeah?": what the claim says a body did is the plainer reason than its name alone.
        said_in_claims = {w for c in claimed for w in re.findall(r"[\w'-]+", c.value.lower())}
        rest = sorted(rest, key=lambda c: c.kind == "name" and c in found and c.value in said_in_claims)
        # "Jo says Manchester, Sam says Liverpool": alternatives for one slot, any of which will do (``alternatives``).
        return self._fold_alternatives(question, text, others + rest + bodies + self._premises(text) + self._sectors(text))

    def _post_claimed(self, text: str, people: list[str]) -> Constraint | None:
        """The post ``text`` gives one of ``people`` at a body, as a "role-of" constraint: "is owen pritchard the head
        of the ncsc", "ian levy was the ncsc's chief exec", "levy became chair of the local cio council"."""
        words = surface_words(text)
        surnames = "|".join(re.escape(p.split()[-1].lower()) for p in people)
        of_body = re.search(rf"\b({surnames})\s+(?:(?:is|was|became)\s+)?(?:still\s+)?(?:the\s+)?"
                            rf"(?:[\w'-]+\s+){{0,2}}?({_ROLES})\b(?:\s+[\w'-]+)?\s+(?:of|at|for)\s+"
                            rf"(?:the\s+)?([\w'-]+)", text)
        bodys = re.search(rf"\b({surnames})\s+(?:(?:is|was|became)\s+)?(?:still\s+)?(?:the\s+)?([\w-]+)'s\s+"
                          rf"(?:[\w-]+\s+)?({_ROLES})\b", text)
        # "socitm local cio council chair is geoff connell", "the ncsc's ceo is ian levy": the body and its post, then who.
        held_by = re.search(rf"\b([\w-]+)(?:'s)?\s+(?:([\w-]+)\s+)?({_ROLES})\s+(?:is|was)\s+(?:still\s+)?"
                            rf"(?:[\w'-]+\s+)?({surnames})\b", text)
        said = ((of_body.group(1), of_body.group(3)) if of_body else (bodys.group(1), bodys.group(2)) if bodys
                else (held_by.group(4), held_by.group(1)) if held_by and not is_stopword(held_by.group(1)) else None)
        if held_by and not of_body and not bodys and said and held_by.group(2) in _BODIES:
            # "local cio council chair": the body's name runs back from the word that makes it a body.
            before = surface_words(text[:held_by.start()])[-1:]
            said = (said[0], " ".join([*before, held_by.group(1), held_by.group(2)]))
        # "chair of the local cio council": the body's name runs on to the word that makes it a body.
        rest = surface_words(text[of_body.end():])[:3] if of_body and of_body.group(3) not in _BODIES else []
        if said and any(w in _BODIES for w in rest):
            said = (said[0], " ".join([said[1], *rest[:next(i for i, w in enumerate(rest) if w in _BODIES) + 1]]))
        if not said or is_stopword(said[1]):
            return None
        # (Not a role word that is part of the body's name: "the local cio council".)
        asked = " ".join(_ROLES_SPELLED.get(w, w) for i, w in enumerate(words) if w in _ROLE_WORDS
                         and (i + 1 == len(words) or words[i + 1] not in _BODIES))
        return Constraint("role-of", f"{said[0]}|{asked}|{said[1]}")

    def _named_in_full(self, text: str) -> list[str]:
        """The short names of ours (``aliases``: "gcss", "caf") whose full names of two words or more ``text`` writes
        ("government cyber security strategy", "cyber assessment framework"); not a place's ("northern ireland")."""
        full = self.__dict__.get("_full_names")
        if full is None:     # (made once, on first use: one pattern of every full name, and whose each is)
            forms = {form: short for short, written in self.lexicon.aliases.items()
                     if short in self.names and not self.lexicon.places_in(short)
                     for form in written if len(form.split()) >= 2 and not self.lexicon.places_in(form)}
            pattern = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
            full = self.__dict__["_full_names"] = (re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])") if forms else None, forms)
        pattern, forms = full
        return list(dict.fromkeys(forms[m.group(0)] for m in pattern.finditer(text))) if pattern else []

    def _unheard_names(self, question: str) -> list[str]:
        """The names ``question`` writes that no entry of ours says, though their words are ours: a capitalised name of
        everyday words ending in a named thing's noun (``_NAMED_THING``: "the National Association of Local Councils")
        most of whose neighbouring words no entry says side by side, or whose noun no entry says at all ("the Cyber
        Security and Resilience Bill"); and a short name written with "&" ("M&S") that no entry writes. A name
        typed a little off is still ours ("the Goverment Cyber Secuirty Strategy", "the Ministry of Housing and Councils"):
        its words are read as the search reads them, and one pair gone astray of several leaves it heard."""
        found = []
        for match in _NAMED_THING.finditer(question):
            pairs, terms = self._neighbour_pairs
            # (A question's opening word is no part of the name: "Does the NCSC ...", "Has the ...".)
            words = [w for w in surface_words(self.lexicon.expand(match.group(0)).lower())]
            while words and is_stopword(words[0]):
                words.pop(0)
            named = [self._term(w) for w in words if not is_stopword(w)]
            if len(named) < 3:     # "Parish Council", "Head of Service": a post or the asker's own body
                continue
            apart = [pair for pair in zip(named, named[1:]) if pair not in pairs]
            if 2 * len(apart) > len(named) - 1 or named[-1] not in terms:
                found.append(" ".join(words))
        for match in _SYMBOL_NAME.finditer(question):
            name = match.group(1).lower()
            if name not in _EVERYDAY_SYMBOLS and name not in self._symbol_names:
                found.append(name)
        return found

    def _people_keys(self) -> dict[str, str]:
        """Each word a person of ours is written by (``_person_keys``), and who it names."""
        keys = self.__dict__.get("_keys_of_people")
        if keys is None:
            keys = self.__dict__["_keys_of_people"] = {key: person for person in self.lexicon.people
                                                       for key in _person_keys(person)}
        return keys

    def _people_dated(self, text: str) -> list[Constraint]:
        """The date a clause of ``text`` that asks something more says the one person of ours it names did something, named before it
        ("lindy cameron took over the ncsc in october 2024", "queen opened the ncsc on 4 october 2016", "Briefing
        says Lindy Cameron became NCSC chief exec in Oct 2024"), as "key|year|month|day|person": the key is the
        word the person is written by (a surname, or "queen")."""
        found = []
        clauses = [clause.strip() for clause in _QUESTION_CLAUSE.split(text)]
        # Only a date the question goes on from to ask something more ("..., where was she before that?"): a claim
        # put alone ("the queen opened the ncsc in 2016 didn't she") is answered by the entry that says otherwise.
        if not any(_ASKS_BEYOND.search(clause) for clause in clauses):
            return found
        for clause in clauses:
            when = _DONE_WHEN.search(clause)
            if when is None:
                continue
            before, words = surface_words(clause[:when.start()]), set(surface_words(clause))
            # (One person in the clause, named before the date: "took over from ciaran martin" names two.)
            keys = self._people_keys()
            people = {keys[word] for word in words if word in keys}
            named = [key for person in people for key in _person_keys(person) if key in before]
            if len(people) != 1 or not named:
                continue
            key, person = named[0], people.pop()
            day, month, year = when.groups()
            month = next((m for m in _MONTHS if month and m.startswith(month)), "")
            found.append(Constraint("person-date", f"{key}|{year}|{month}|{int(day) if day and month else ''}|{person}"))
        return found

    def _venue(self, text: str) -> list[Constraint]:
        """"Where was the Manchester leg held?", "manchester cyber summit venue": the place asked for is
        not the one the question names as part of what it asks about, so the entry must name another
        (an entry that only says "the Manchester leg ... was on 7 February 2017" does not say where).
        A place said after the question is a guess at the answer ("where was cyberuk 2018 held -
        manchester?") and asks nothing of the entry."""
        where = _WHERE_ASKED.search(text)
        if where is not None:
            end = _VENUE_CLAUSE_END.search(text, where.end())
            subject = text[where.start():end.start() if end else len(text)]
        elif (venue := _VENUE_WORD.search(text)) is not None:
            subject = text[:venue.start()]
        else:
            return []
        places = self.lexicon.places_in(subject, countries=False)
        return [Constraint("venue", " ".join(places))] if places else []

    def someones_origin(self, question: str) -> frozenset[str]:
        """The words of the other country the asker, or someone of theirs, comes from ("my new starter from
        Poland asked me"): who asks, not what the answer must name."""
        return frozenset(w for m in _SOMEONES_ORIGIN.finditer(question.lower().replace("\u2019", "'"))
                         if self._unless_ours(m) == " " for w in m.group(1).split())

    def _names_ending_in_a_place(self) -> tuple[tuple[str, str], ...]:
        """The names our sources write ending in a place or country after a name of their own ("RAND Europe": an
        acronym, or a word they only ever write capitalised), as (that name, the place) in lower case."""
        places = set(self.lexicon.places) | set(self.lexicon.countries)
        found = {(m.group(1).lower(), m.group(2).lower())
                 for entry in self.kb.entries for text in (entry.title, entry.answer)
                 for m in _NAME_THEN_PLACE.finditer(text)
                 if m.group(2).lower() in places and m.group(1).lower() not in places
                 and (m.group(1).lower() in self.names or m.group(1).isupper() and len(m.group(1)) > 1)}
        return tuple(sorted(found))

    def _without_names_ending_in_places(self, text: str) -> str:
        """``text`` (lower case) with the place each name of ``_names_ending_in_a_place`` ends in left out: "did RAND
        Europe run the 2018 stocktake" names a body, not a place (nor the year's place); "... in Wales" still names
        one."""
        for name, place in self._names_ending_in_places:
            if place in text:
                text = re.sub(rf"\b({re.escape(name)})\s+{re.escape(place)}\b", r"\1", text)
        return text

    def _someone_judged(self, text: str) -> bool:
        """Does ``text`` (lower case) ask whether one of the people our sources name was right ("was Hopkirk right that the
        1.9bn was just seed money?", "is Connell right about ...")? A view of their view, which no source gives."""
        if not self.lexicon.people:
            return False
        judged = self.__dict__.get("_judged")
        if judged is None:      # built once, from the lexicon's people
            judged = self.__dict__["_judged"] = regexes.compile(
                rf"\b(?:was|is|were|wasn't|isn't)\s+(?:[a-z]+\s+)?(?:{_surnames_alternation(self.lexicon.people)})\s+"
                rf"(?:actually\s+|really\s+)?(?:right|correct|wrong)\s+(?:that|about|in|on|to)\b")
        return judged.search(text) is not None

    def askers_own_places(self, question: str) -> frozenset[str]:
        """The words of the places in England ``question`` says are the asker's own ("is PDNS compulsory for a district
        council like ours in Lancashire", "handing it to our Sunderland team"): where the asker's council is, which
        what applies to English councils applies to, not what the question asks about. None where it asks what the
        asker's own council did ("did our council in Kent get the grant": ``_OUR_DEED``), and none in another nation,
        whose councils an entry on England's does not speak for."""
        text = question.lower().replace("\u2019", "'")
        if _OUR_DEED.search(text):
            return frozenset()
        england = set(self.lexicon.places_within("england"))
        own = set()
        for place in set(self.lexicon.places_in(text, countries=False)) & england:
            said = re.escape(place).replace(r"\ ", r"\s+")
            # ("which councils in Kent got it? we're in Kent": a place also asked about is asked about.)
            if len(re.findall(rf"{_OWN_PLACE_BEFORE}{said}\b", text)) == len(re.findall(rf"\b{said}\b", text)):
                own.update(place.split())
        return frozenset(own)

    def _unless_ours(self, origin: re.Match) -> str:
        """Someone's origin, dropped (" ") where it is another country; kept where it is ours ("I'm from Wales":
        the asker's council may be there, and what applies to it is asked)."""
        place = self.lexicon.places_in(origin.group(1))
        # (...but where a resident or caller whose question is passed on comes from is theirs alone: "resident from
        # Belfast asking" is no council of the asker's, and asks nothing of Belfast.)
        if _RELAYED_FROM.match(origin.group(0)):
            return " "
        ours = [p for p in place if p not in self.lexicon.countries or self.lexicon.places_within(p)
                or any(self.lexicon.places_within(n) for n in self.lexicon.aliases.get(p, ()))]
        return origin.group(0) if ours or not place else " "

    def asks_of_own_sector(self, question: str) -> bool:
        """Does ``question`` ask what applies to the asker's own sector, which it names ("fire authority
        here - are we eligible for pdns?")?"""
        return any(c.kind == "sector" and c.value.startswith("|") for c in self.constraints(question))

    def asks_of_own_nation(self, question: str) -> bool:
        """Does ``question`` ask what applies to the asker's council, which it places in a nation of the UK
        ("We are a council in Northern Ireland. Which department funds our cyber work?", "I'm at a Welsh
        council, can we use PDNS?")? Then the introduction is part of the question: what is England's only
        does not answer it, what is open across the UK does."""
        return (bool(_ASKED_OF_US.search(question))
                and any(c.kind == "councils-in" for c in self.constraints(question)))

    @staticmethod
    def without_own_sector(question: str) -> str:
        """``question`` without an opening that says which sector the asker works in ("housing association
        ciso: what does mail check check?"), where a question is left after it."""
        lowered = question.lower()
        for named in _SECTOR_NAMED.values():
            match = named.search(lowered)
            if match is None or len(lowered[:match.start()].split()) > 3:
                continue
            end = _SECTOR_INTRO_END.match(lowered[match.end():])
            rest = question[match.end() + end.end():].strip() if end else ""
            if rest and (rest.endswith("?") or _QUESTION_OPENS.match(rest)
                         or re.search(r"\b(?:what|which|who|when|where|how|why)\b", rest, re.I)):
                return rest
        return question

    @staticmethod
    def _sectors(text: str) -> list[Constraint]:
        """The sectors beside councils a question is about (``_SECTORS``): one it names, unless that is
        the asker saying who they are ("NHS IT lead here, what is Cyber Essentials?"), and the asker's own
        when it asks what applies to "us" ("housing association IT here - are we an eligible body for pdns?").
        Each is the words said (so a sector named only in the chat around a question holds nothing) and the
        sector."""
        found, own = [], []
        for label, named in _SECTOR_NAMED.items():
            for match in named.finditer(text):
                before, after = text[:match.start()], text[match.end():]
                if (_SECTOR_OWN_BEFORE.search(before) or _SECTOR_OWN_AFTER.search(after)
                        or len(before.split()) <= 1 and _SECTOR_LEAD_IN.match(after)):
                    own.append(label)
                # ("was she a civil servant?" asks of her career; "a police version of the CAF" asks of the police)
                elif not _SECTOR_SELF_ONLY.match(match.group(0)) or _SECTOR_VERSION.match(after):
                    # "which government department ...": one of the sector is asked for, said with "which"
                    which = "which " if re.search(r"\b(?:which|what)\s+$", before) else ""
                    # "a pathway for housing associations": the thing asked for them, which an entry may say is made
                    # for others ("pathways designed specifically for ... local authorities"), said before the sector
                    # ...and "is there a scenario for schools?" asks whether one is made for them: "a " says so
                    made = _MADE_FOR.search(before)
                    thing = (("a " if _THERE_IS.search(before) else "") + f"{made.group(1)} for ") if made and not which else ""
                    found.append(Constraint("sector", f"{which}{thing}{match.group(0)}|{label}"))
        found += [Constraint("sector", f"|{label}") for label in dict.fromkeys(own)
                  if _FOR_US.search(text) and not any(c.value.endswith("|" + label) for c in found)]
        return list(dict.fromkeys(found))
