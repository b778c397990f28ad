"""Two-part questions: one message that asks two things.

"Who opened the NCSC, and when did Web Check start?", "which came first, the NCSC or the 2016
strategy?", "how long after the stocktake did the LGA allocate funding?", "which had more money,
the 2016 strategy or the 2022 one?", "how many pillars did the 2016 strategy have compared with the
2022 one?". ``_parts`` says where a message asks two things and how;
``TwoParts`` answers each part with the answerer's own choice of entry and puts the two together,
or says which part it cannot answer, or that it cannot compare what only one entry dates. Kept
apart from the answerer's decision on one question, which it calls back into (``Answerer._choose``,
``Answerer._answered``): the answerer holds one ``TwoParts`` and asks it first whether a message
is two questions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import framing
from bot.answers.answerability import Answerability
from bot.answers.answerability.patterns import _PRESENT
from bot.answers.answerability.wording import _claim
from bot.answers.framing import _BACK_REFERENCE, _BIGGER, _CONFIRMING, _MEANING_ASKED, _MEANING_SAID, _WH_OPENING
from bot.answers.knowledge import Entry, KnowledgeBase
from bot.answers.lexicon import english_zipf
from bot.answers.replies import MAX_SUGGESTIONS, Answer, not_known_line
from bot.answers.search import GATED_TYPES, SearchIndex, asked_types, offered_types, written_sum
from bot.core import regexes
from bot.core.text import A_YEAR, SENTENCE_END, surface_words

if TYPE_CHECKING:
    from bot.answers.answerer import Answerer

# "...and what rating did most of them get": another entry on the first part's thing answers the second part in
# place of the first part's entry when its own search puts it this far ahead.
FIRST_ENTRY_MARGIN = 0.05
# "which came first, X or Y": an entry that says when X came about may stand this far behind X's best match.
DATED_MARGIN = 0.05
DATED_DEPTH = 8
# Nouns that name what is asked of a thing, not a thing: "what date", "which city", "the total number".
_ATTRIBUTE_NOUNS = ("date dates day days year years month months time place venue city town location "
                    "name number total amount figure cost price size role job position").split()
# What "the full thing" is bigger than: it is what these were versions of.
_PARTIAL_VERSIONS = frozenset("pilot pilots trial trials draft drafts consultation beta preview prototype "
                              "interim test".split())
# "...and when did the full thing launch" (``_BIGGER``): a trial run of it or a draft
# (``_PARTIAL_VERSIONS``) is never the entry that answers it.
_BIGGER_THING = regexes.compile(rf"\b{_BIGGER}\b", re.IGNORECASE)
# Where one message asks two things (``_parts``). A question word that opens a part:
_OPENING = (r"(?:when|where|who|whos|who's|what|whats|what's|wot|whit|how|which|why|is|are|was|were|did|does|"
            r"do|can|has|have)\b")
# ...after "and" (or "an", "+", "&", " / ", ", also") inside one sentence: "X, and when/who/what ... Y";
# "...and at what event?", "...and in which year": a preposition may come before the question word.
_SECOND_PART = regexes.compile(r"(?:,\s*|\s+)(?:and|an|\+|&|/)\s+(?:also\s+)?(?=(?:(?:at|in|on|by|from|for|with)\s+"
                          r"(?=wh|how))?" + _OPENING + r")|,\s*also\s+(?=" + _OPENING + r")", re.IGNORECASE)
# ...or a sentence that opens with one after a sentence that asked: "when wor the 10 steps first
# published? an is it true most o the ftse use em?", "...between sept 2020 and aug 2021. and what was
# the total?". A later sentence that opens otherwise checks the first ("17k or summat?") or is chat,
# and so is one that opens with "was" or "did" without a question mark ("was at the albert dock
# after"): a question word asks with or without one.
# A question word anywhere ("right butt, from when did central govt contracts need CE? was it 2016?"): the
# message asks something beside any claim it puts.
_ANY_WH = regexes.compile(r"\b(?:what|whats|when|where|who|whom|whose|which|how|why)\b", re.IGNORECASE)
# A quote mark that opens a passage (at the start, after a space, colon or bracket, before a word) and one that closes
# it (after a word or a stop, before a space, a stop or the end; not the "'s" of a name).
_QUOTE_OPENS = regexes.compile(r"(?:^|(?<=[\s:(]))['\"\u2018\u201c](?=\w)")
_QUOTE_CLOSES = regexes.compile(r"(?<=[\w.?!,])['\"\u2019\u201d](?=[\s.,;:?!)]|$)")
_OPENS_A_QUESTION = regexes.compile(r"^(?:(?:and|an|also|plus|&|\+)\s+)?(?:also\s+)?" + _OPENING, re.IGNORECASE)
# The verb of its coming about, the word that puts it first and the word between the two are read here and by
# ``relative_time`` (where "which happened first, X or Y" asks no series' first member), so a new way of saying
# one ("which took place first", "what occurred first") is taught to both at once.
CAME_ABOUT = r"(?:came|come|comes|happened|happen|was|were|is|are|got|occurred|took\s+place|went)"
EARLIER = r"(?:first|earlier|sooner|older|the\s+older|the\s+earlier)"
EITHER_OR = r"(?:or|vs\.?|versus)"
# "which came first - the ncsc opening for business or the 2016 strategy being launched?": when each was.
# "which came out first, X or Y", "which was launched first", "which is older": the same, however the
# coming about is said; "X or Y, which came first?" puts the two before the question, and a search box
# drops the verb and the stops: "cisp or cyber essentials which came first", "X vs Y - which first", "which out first".
_CAME_FIRST = (r"(?:which|what|wot|whit)\s+(?:one\s+|thing\s+)?(?:" + CAME_ABOUT + r"\s+"
               r"(?:(?:out|along|about|in|live|launched|published|announced|released|introduced|set\s+up|started|opened|"
               r"founded|created|written)\s+)?" + EARLIER +
               # ("which out first", "which live first": a search box's verb dropped before its particle)
               r"|(?:launched|published|announced|released|started|opened|out|live)\s+(?:first|earlier)"
               # "which first?", "which one earlier:" (not "which first aid course")
               r"|(?:first|earlier|sooner|older)(?=\s*(?:[,:;?!.\u2013-]|$)))\b")
# The two things: "X or Y", "X vs Y", "X versus Y".
_OR = r"\s+" + EITHER_OR + r"\s+"
# "...which first, and how far apart?": the time between them, which the answer on which came first says too.
_HOW_FAR_APART = (r"(?:\s*[,;]?\s*(?:and\s+|&\s+|\+\s+)?(?:how\s+(?:far|long|much\s+later|much\s+earlier|many\s+(?:years|months|weeks|days))"
                  r"(?:\s+apart|\s+between(?:\s+them|\s+the\s+two)?|\s+later|\s+earlier|\s+after|\s+before)?|by\s+how\s+(?:much|long)|"
                  r"(?:what(?:'s|\s+is|\s+was)?\s+)?the\s+gap(?:\s+between\s+them)?)\??)?")
_WHICH_FIRST = regexes.compile(r"\b" + _CAME_FIRST + r"\W*(.+?)" + _OR + r"(.+?)" + _HOW_FAR_APART + r"[\s?!.]*$", re.IGNORECASE)
_FIRST_OF_TWO = regexes.compile(r"^\W*(.+?)" + _OR + r"(.+?)(?:\s*[,?:;\u2013\u2014-]+\s*|\s+)" + _CAME_FIRST + _HOW_FAR_APART
                           + r"[\s?!.]*$", re.IGNORECASE)
# How a rule or a service comes about, beside "launch" and "open": "came into force", "went live", "came in".
_COMING_INTO = (r"(?:come|came|coming|go|went|going)\s+(?:into\s+force|into\s+effect|live|in)|get\s+published|got\s+published|"
                r"released|release|kick\s+off|kicked\s+off")
# "did the ncsc open before or after the 2016 strategy launch?", "was cyber essentials launched before cisp?":
# which came first, put as a yes/no (not "was there more money after 2018/19": a year is no event).
_BEFORE_AFTER = regexes.compile(r"^\W*(?:did|was|were)\s+(?!it\b|there\b|that\b|this\b)((?:[\w'.-]+\s+){1,5}?(?:come out|came out|come|"
                           r"happen|launch|launched|open|opened|start|started|begin|published|set up|founded|created|"
                           r"introduced|announced|" + _COMING_INTO + r"))\s+(?:before or after|before|after|earlier than|later than|prior to)\s+"
                           r"(?!(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(.+?)[\s?!.]*$",
                           re.IGNORECASE)
# "was wannacry before cyberuk 2017?", "was the manchester summit after the queen opened the ncsc?": the same
# without a word for the coming about; asked only where both things are dated (else it is read as it
# stands: "was connell at newham before norfolk" asks where he was).
_WAS_IT_BEFORE = regexes.compile(r"^\W*(?:was|were|did)\s+(?!it\b|there\b|that\b|this\b|they\b|he\b|she\b|you\b|we\b|i\b)"
                            r"((?:[\w'.-]+\s+){0,5}?[\w'.-]+)\s+(?:happen\s+|come\s+|take\s+place\s+)?(?:before|after|earlier than|"
                            r"later than|prior to)\s+(?!(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                            r"(?:it|that|this|then|now|today|their|its|his|her|our|my)\b|\d)(.+?)[\s?!.]*$", re.IGNORECASE)
# "ncs 2022 came before or after gcss", "ordering q: ncsc stood up before or after the 2016 strat launch?": with
# both ways offered, a statement's word order asks which came first too, however the coming about is said.
# A statement's first thing may run longer ("The NIS Regulations coming into force - before or after ..."), but a
# question opening "did" runs on to its own verb ("did the caf pilot come before or after the full launch").
_EITHER_ORDER = regexes.compile(r"^\W*(?:[\w ]{1,20}:\s*)?(?!(?:what|whats|what's|which|who|whos|who's|when|where|how|why|"
                           r"is|are|does|do|has|have|had|can|could|would|will)\b)((?:[\w'.-]+\s+){1,6}?|(?!(?:did|was|were)\b)(?:[\w'.-]+\s+){7,8}?)"
                           r"(?:(?:came|come|was|were|happened)\s+)?(?:before\s+or\s+after|after\s+or\s+before)\s+"
                           r"(?!(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(.+?)[\s?!.]*$",
                           re.IGNORECASE)
# "the Queen's opening of the NCSC - was that before or after the Manchester summit?", "CiSP launching, did that
# come before Cyber Essentials?": the first thing named, then asked after with "that" or "it" (a dash, comma or
# colon between): which came first with both ways offered, else whether it came before (or after) the other.
_THAT_BEFORE = regexes.compile(r"^\W*((?:[\w'.-]+\s+){0,11}?[\w'.-]+)\s*(?:[,:;\u2013\u2014]|\s-)\s*(?:so\s+)?(?:was|did|were)\s+"
                          r"(?:that|it|this|they)\s+(?:happen\s+|come\s+|take\s+place\s+|go\s+live\s+|come\s+out\s+|published\s+|"
                          r"launched\s+|released\s+|announced\s+|set\s+up\s+|opened\s+|introduced\s+|start\s+|open\s+|launch\s+)?"
                          r"(?P<way>before\s+or\s+after|after\s+or\s+before|before|after|earlier\s+than|later\s+than|prior\s+to)\s+"
                          r"(?!(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                          r"(?:it|that|this|then|now|today)\b|\d)(.+?)[\s?!.]*$", re.IGNORECASE)
# "are the 10 Steps older than Cyber Essentials?", "is the GCSS newer than the NCS 2022?": whether one came before the
# other, put as an age (newer: the other way round).
_OLDER_THAN = regexes.compile(r"^\W*(?:is|are|was|were)\s+(?!it\b|there\b|that\b|this\b|they\b)((?:[\w'.-]+\s+){0,6}?[\w'.-]+)\s+"
                              r"(?P<age>older|earlier|newer|more\s+recent)\s+than\s+"
                              r"(?!(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:it|that|this|then|now|today)\b|\d)"
                              r"(.+?)[\s?!.]*$", re.IGNORECASE)
# "could you confirm whether the 2016 strategy preceded the NCSC's opening?", "did the 10 steps predate cyber
# essentials?": which came first, put with a verb that says it.
_PRECEDED = regexes.compile(r"^\W*(?:.{0,80}?\b(?:whether|if)\s+|did\s+)(?!it\b|that\b|this\b|they\b)((?:[\w'.-]+\s+){0,7}?[\w'.-]+)\s+"
                       r"(?:pre-?ceded?|pre-?dated?|post-?dated?|c[ao]me\s+(?:before|after))\s+"
                       r"(?!(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:it|that|this|then|now|today)\b|\d)"
                       r"(.+?)[\s?!.]*$", re.IGNORECASE)
# "I'd like to confirm the order for a board paper: did ...", "doing an induction timeline - was ...": what the
# asker is doing, before the question that asks the order.
_LEAD_IN = regexes.compile(r"^[^:?!.\u2013\u2014]{1,100}?(?::|\s[-\u2013\u2014]|[\u2013\u2014])\s*"
                      r"(?=(?:did|was|were)\s+(?!it\b|that\b|this\b|they\b)|(?:which|what)\s)", re.IGNORECASE)
# "Two things from the Mercury: who was ...", "For the committee paper - what year ...": what the message is for or
# where it came from, before the question word that opens the first part.
_ASKING_LEAD_IN = regexes.compile(r"^[^:?!.\u2013\u2014]{1,80}?(?::|\s[-\u2013\u2014]|[\u2013\u2014])\s*(?=" + _OPENING + r")",
                                  re.IGNORECASE)
# "in 2017, 2018 and 2019", "for 2018 & 2019", "2017, 2018, 2019": the years a question is asked of, each on its own.
# ("CYBERUK delegates 2017 vs 2019?": two years set side by side are each asked the same.)
_YEAR_LIST = regexes.compile(r"\b(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*(?:\s*,\s*|\s*,?\s+(?:and|&|\+|vs\.?|versus|v\.?)\s+)(?:19|20)\d\d\b(?![-/\u2013]\d)",
                             re.IGNORECASE)
# ...not the ends of a span ("between 2016 and 2021", "from 2016, 2017 and on").
_SPAN_BEFORE = regexes.compile(r"\b(?:between|from|betwixt)\s+(?:the\s+)?$", re.IGNORECASE)
_B4 = regexes.compile(r"\bb4\b", re.IGNORECASE)
# "which had more money, the 2016 strategy or the 2022 one?", "was there more money in X than Y?": how much each
# had, from an entry that gives a sum for each (``which-more``).
# "did cisp come before cyber essentials or after": the other way, offered at the end, is no part of the thing.
_TAIL_ASKED = regexes.compile(r"[\s,]+or\s+(?:after|before|not|later|earlier)$", re.IGNORECASE)
_MONEY = r"(?:money|funding|cash|investment|budget|spending|dosh|brass|readies|quid)"
_WHICH_MORE = regexes.compile(r"\bwhich\s+(?:one\s+)?(?:had|has|got|gets|received|was|is)\s+(?:more|less|the most|the least|"
                         r"a bigger|a larger|a smaller)\s+" + _MONEY + r"\b\W*(.+?)\s+or\s+(.+?)[\s?!.]*$", re.IGNORECASE)
_MORE_THAN = regexes.compile(r"\b(?:was|is|were)\s+there\s+(?:more|less)\s+" + _MONEY + r"\s+(?:in|for|behind|with)\s+(.+?)\s+than\s+"
                        r"(?:in\s+|for\s+|behind\s+|with\s+)?(.+?)[\s?!.]*$", re.IGNORECASE)
# "which had more delegates, CYBERUK 2017 or CYBERUK 2019?", "CYBERUK 2017 and CYBERUK 2019, which one had more
# delegates?": how many of the thing each had, asked of both and shown side by side (``compare``).
_MORE_OF = (r"which\s+(?:one\s+|of\s+(?:them|the\s+two)\s+)?(?:had|has|got|gets|drew|attracted|saw)\s+(?:more|fewer|less|the\s+most|"
            r"the\s+fewest|the\s+least)\s+(?P<noun>(?!" + _MONEY + r"\b)[a-z]+s)\b")
_WHICH_MORE_OF = regexes.compile(r"\b" + _MORE_OF + r"\W*(?P<one>.+?)\s+(?:or|vs\.?|versus)\s+(?P<two>.+?)[\s?!.]*$"
                                 r"|^\W*(?P<one2>.+?)\s+(?:or|and|vs\.?|versus)\s+(?P<two2>[^,?:;\u2013-]+?)\s*[,?:;\u2013-]+\s*"
                                 + _MORE_OF.replace("?P<noun>", "?P<noun2>") + r"[\s?!.]*$", re.IGNORECASE)
# "was the LGA's first phase of funding bigger or smaller than the 2018-19 pot?", "is the GCSS money more than the cyber
# support programme's?": how much each was, the same as which had more.
_BIGGER_THAN = regexes.compile(r"^\W*(?:was|is|were|are)\s+(?!it\b|that\b|this\b|there\b)(.+?)\s+(?:(?:any\s+|much\s+)?"
                               r"(?:bigger|smaller|larger|greater|more|less|higher|lower)(?:\s+or\s+(?:bigger|smaller|larger|greater|"
                               r"more|less|higher|lower))?)\s+than\s+(.+?)[\s?!.]*$", re.IGNORECASE)
# "How many pillars did the 2016 strategy have compared with the 2022 one?", "What did Socitm stand for in 2016 vs what
# it stands for now?": the same question asked of two things (``compare``). A second thing named without its own
# question is asked what the first part asks (``_ASK_HEAD``), and each needs its entry: a comparison with one side
# unknown is no comparison (not "how does X compare with Y": that asks a judgement).
_COMPARED = regexes.compile(r"^\W*(?P<one>(?:how|what|whats|what's|which|when|who|where)\b.+?)\s*,?\s+(?:compared\s+(?:with|to)|"
                            r"as\s+against|versus|vs\.?)\s+(?P<other>.+?)[\s?!.]*$", re.IGNORECASE)
# Two things set side by side in the shapes a chat puts them, each asked what the message asks of both (``compare``):
# - a label, then the two: "no. of pillars: NCSS 2016 vs NCS 2022?", "pillars count - NCS 2022 vs GCSS";
# - the two, then what is asked of each: "The 2016 strategy vs the 2022 NCS - how many pillars did each have?",
#   "Web Check vs CiSP - which had better take-up among councils?";
# - which is the bigger, then the two: "Which was bigger - the 2018/19 money or the LGA's first phase?", "which
#   CYBERUK was bigger, 2017 or 2019?", "Which was the bigger cyber funding figure: the SR money, or the 2016 pot?";
# - one thing then and now: "Socitm name in 2016 vs now?".
_VS = r"\s+(?:vs\.?|versus|v\.?|compared\s+(?:with|to))\s+"
# (A label is what is asked, not what the asker wants it for: "for the slide: ...". The difference asked beside the two,
# "..., and the difference between them", is worked out from their answers, ``differences``.)
_LABEL_THEN_TWO = regexes.compile(r"^\W*(?P<label>(?!(?:how|what|whats|what's|which|when|who|where|is|was|did|does|for|re|q|"
                                  r"quick|question)\b)[^:?!\u2013\u2014]{3,40}?)\s*(?::|\s[-\u2013\u2014]+\s)\s*(?P<one>[^?!]+?)"
                                  + _VS + r"(?P<two>[^?!]+?)(?:,?\s+(?:and|&)\s+(?:the\s+|what's\s+the\s+|whats\s+the\s+)?"
                                  r"(?:difference|gap)\b[^?!]*)?[\s?!.]*$", re.IGNORECASE)
_TWO_SIDES = r"^\W*(?P<one>[^?:!\u2013\u2014]+?)" + _VS + r"(?P<two>[^?:!\u2013\u2014]+?)\s*"
_TWO_THEN_ASK = regexes.compile(_TWO_SIDES + r"(?::|\s[-\u2013\u2014]+\s|\?)\s*(?P<ask>(?:how|what|whats|what's|which|who|when|where)\b[^?!]+?)"
                                r"[\s?!.]*$", re.IGNORECASE)
# ...or the two, then a label for what is asked of each: "CYBERUK 2017 v 2019: delegates?", "NCSS 2016 vs NCS 2022 - no.
# of pillars".
_TWO_THEN_LABEL = regexes.compile(_TWO_SIDES + r"(?::|\s[-\u2013\u2014]+\s)\s*(?P<label>(?!(?:how|what|whats|what's|which|who|when|where|is|"
                                  r"was|were|are|did|does|do|has|had|can|could|any|and|or|thanks|ta|cheers|pls|please)\b)"
                                  r"[^?!:]{3,40}?)[\s?!.]*$", re.IGNORECASE)
_COMPARATIVE = (r"(?:bigger|larger|smaller|higher|lower|greater|more|less|better|worse|longer|shorter|older|newer|"
                r"more\s+\w+|less\s+\w+)")
_WHICH_BIGGER = regexes.compile(r"^\W*which\s+(?:one\s+)?(?P<thing>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+)?(?:was|is|were|had|has)\s+"
                                r"(?:the\s+)?" + _COMPARATIVE + r"(?P<noun>(?:\s+[\w'-]+){0,4}?)\s*[,:;\u2013\u2014-]+\s*"
                                r"(?P<one>[^?!]+?),?\s+or\s+(?P<two>[^?!]+?)[\s?!.]*$", re.IGNORECASE)
_THEN_AND_NOW = regexes.compile(r"^\W*(?P<head>[^?!]+?)\s+(?P<one>(?:in\s+)?(?:19|20)\d\d|now|today|then|originally)" + _VS +
                                r"(?P<two>(?:what\s+it\s+(?:is|was)\s+)?(?:in\s+)?(?:19|20)\d\d|now|today|currently|these\s+days|"
                                r"then|originally)[\s?!.]*$", re.IGNORECASE)
# ...what is asked of each, in place of "each" or "they": "how many pillars did each have" of the 2016 strategy. Asked
# which is the bigger or better, it is each thing's own figure that tells: the comparative goes.
_OF_EACH = regexes.compile(r"\b(?:each(?:\s+one)?|both|they|them|either)\b", re.IGNORECASE)
_WHICH_MORE_ASKED = regexes.compile(r"^which\s+(?:one\s+)?(?:is|was|had|has|got|gets|saw|drew)\s+(?:the\s+)?" + _COMPARATIVE +
                                    r"\b(?:\s+(?:and|&)\s+by\s+how\s+much)?", re.IGNORECASE)


def _same_thing_in_year(one: str, two: str) -> str:
    """The second of two sides as the thing the first names, when it is a year alone: "CYBERUK 2017 vs 2020" sets
    CYBERUK 2020 beside CYBERUK 2017."""
    return A_YEAR.sub(two, one, count=1) if A_YEAR.fullmatch(two) and A_YEAR.search(one) else two


def _side_by_side(question: str) -> tuple[list[str], str] | None:
    """The two parts of two things set side by side (``_THEN_AND_NOW``, ``_LABEL_THEN_TWO``, ``_WHICH_BIGGER``,
    ``_TWO_THEN_LABEL``, ``_TWO_THEN_ASK``), each asked what the message asks of both, or None. Two things followed by
    a question of only one of them ("1.9bn vs the old 2011 programme - how much bigger is the new one") are no pair
    asked alike: the whole message is searched, for an entry that sets the two side by side itself."""
    # ("where was cyberuk 2017 versus 2030": two years alone are the one question asked of each, ``_each_year``)
    if (m := _THEN_AND_NOW.search(question)) is not None and not all(
            A_YEAR.fullmatch(re.sub(r"^in\s+", "", side)) for side in m.group("one", "two")):
        head = m.group("head").strip(" ,;-")
        return [f"{head} {m.group('one')}", f"{head} {_part(m.group('two'))}"], "compare"
    if (m := _LABEL_THEN_TWO.search(question)) is not None:
        label = m.group("label").strip(" ,;-")
        return [_part(f"{label} {m.group('one')}"), _part(f"{label} {m.group('two')}")], "compare"
    if (m := _WHICH_BIGGER.search(question)) is not None:
        lead = " ".join(filter(None, ((m.group("thing") or "").strip(), m.group("noun").strip())))
        return [_part(f"{lead} {m.group('one')}"), _part(f"{lead} {m.group('two')}")], "compare"
    if (m := _TWO_THEN_LABEL.search(question)) is not None:
        one, two = map(_part, m.group("one", "two"))
        label, two = m.group("label").strip(" ,;-"), _same_thing_in_year(one, two)
        return [f"{label} {one}", f"{label} {two}"], "compare"
    if (m := _TWO_THEN_ASK.search(question)) is not None:
        ask, (one, two) = m.group("ask").strip(), map(_part, m.group("one", "two"))
        two = _same_thing_in_year(one, two)     # "CYBERUK 2017 vs 2020 - where was each held?"
        more = _WHICH_MORE_ASKED.match(ask)
        if _OF_EACH.search(ask):
            return [_OF_EACH.sub(lambda _, side=side: side, ask, count=1) for side in (one, two)], "compare"
        if more is not None:
            return [_part(f"{side} {ask[more.end():]}") for side in (one, two)], "compare"
    return None


# What the first part asks, up to the thing it asks it of: "how many pillars did", "when was", "what was the budget of".
# ("what was the budget for the 2016 strategy versus the 2011 one": what was the budget for the 2011 one)
_ASK_HEAD = regexes.compile(r"^(?:(?:how\s+(?:many|much)|what|whats|what's|which|when|who|where)(?:\s+[\w'-]+){0,4}?\s+"
                            r"(?:did|does|do|was|were|is|are|has|have|had)(?:\s+the\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:for|of|behind))?"
                            r"|(?:how\s+(?:many|much)|what|which)(?:\s+[\w'-]+){0,3}?\s+(?:in|of|for|behind|at))\b", re.IGNORECASE)
# ...and its verb at the end, asked of the other too: "...did the 2016 strategy have", "...was cisp launched".
_ASK_TAIL = regexes.compile(r"\s(have|has|had|get|gets|got|receive|received|cost|costs|take|took|begin|began|run|ran|mean|means|"
                            r"[a-z]+ed)$", re.IGNORECASE)
# (what a side of a comparison lacks is an entry, not a kind of fact: any entry found has "that")
_ANYTHING = regexes.compile(r"")
_A_SUM = regexes.compile(written_sum(), re.IGNORECASE)   # "which had more" needs a sum from each
# "how long after Hammond launched the strategy did the NCSC start work", "how long for the ncsc to start work
# after hammond launched the strategy", "how long between X and Y": the time between two events is asked, and
# each event's date is its own entry's to give (``interval``: it needs both).
_INTERVAL_AFTER = regexes.compile(r"\bhow\s+(?:long|soon|many\s+(?:years|months|weeks|days))\s+(?:after|before)\s+(.+)\s+"
                             r"(did|was|were|had|does|do|is|has|have|would|will)\s+(.+?)[\s?!.]*$", re.IGNORECASE)
# ...and asked in a timeline's shorthand: "yrs between X and Y?", "no. of months between X and Y".
# (How long is asked, in full or in a timeline's shorthand: "how many years", "approx no. of yrs".)
_HOW_LONG = r"\bhow\s+(?:long|many\s+(?:years|yrs|months|weeks|days))\s+"
_SPAN_SHORTHAND = (r"^\W*(?:(?:approx(?:imately)?\.?|roughly|about|~)\s*)?(?:(?:no\.?|number)\s+of\s+)?"
                   r"(?:years|yrs|months|weeks|days)\s+")
_INTERVAL_BETWEEN = regexes.compile(r"(?:" + _HOW_LONG + r"(?:was\s+(?:it|there)\s+|is\s+(?:it|there)\s+|"
                               r"passed\s+|went\s+by\s+)?|" + _SPAN_SHORTHAND +
                               r"|^\W*(?:(?:what|whats|what's|wot)\s+(?:is\s+|was\s+)?(?:the\s+)?|"
                               # "was there a gap between Martin going and Cameron arriving?"
                               r"(?:was|is|were)\s+there\s+(?:a|any)\s+)?(?:time\s+)?gap\s+)between\s+(.+?)\s+and\s+(.+?)"
                               r"(?:[?!.]+\s*(?:dates?|the\s+dates?|with\s+dates?)?(?:\s+please|\s+pls)?)?[\s?!.]*$", re.IGNORECASE)
# "how many years from the NCSC developing the CAF to the LG version going live?", "yrs from X to Y": the same, said
# from one to the other.
_INTERVAL_FROM = regexes.compile(r"(?:" + _HOW_LONG + r"(?:was\s+it\s+|is\s+it\s+)?|" + _SPAN_SHORTHAND + r")from\s+(?!(?:the\s+)?(?:19|20)\d\d\b)(.+?)\s+(?:to|until|till|and)\s+(?!date\b)(.+?)[\s?!.]*$",
                                 re.IGNORECASE)
_INTERVAL_TAKE = regexes.compile(r"\bhow\s+(?:long|many\s+(?:years|months|weeks|days))\s+(?:did\s+it\s+take\s+(?:for\s+)?|"
                            r"does\s+it\s+take\s+(?:for\s+)?|was\s+it\s+(?:until|till|before)\s+|for\s+|till\s+|until\s+|"
                            r"before\s+|did\s+)(.+?)\s+(?:after|since|following|once)\s+(.+?)[\s?!.]*$", re.IGNORECASE)
# "how far apart were the Manchester summit leg and the Queen opening the NCSC?", "Manchester leg vs the Queen
# opening NCSC - how far apart?", "X and Y: how many months between them?": the time between two things, asked
# after both are named (``_APART_AFTER``) or before (``_APART_BEFORE``).
_APART_BEFORE = regexes.compile(r"\bhow\s+(?:far\s+apart|close\s+together|close)\s+(?:were|was|are|is)\s+(.+?)\s+(?:and|&|\+)\s+(.+?)"
                                r"[\s?!.]*$", re.IGNORECASE)
_APART_AFTER = regexes.compile(r"^\W*(?!(?:was|were|is|are|did|does|do|what|which|who|when|where|how)\b)(.+?)\s+"
                               r"(?:vs\.?|versus|and|&|\+)\s+(.+?)\s*(?:[-\u2013\u2014,:;?]+|\.)\s*(?:so\s+)?how\s+"
                               r"(?:far\s+apart|long\s+(?:apart|between(?:\s+them|\s+the\s+two)?)|many\s+(?:years|months|weeks|days)\s+"
                               r"(?:apart|between(?:\s+them|\s+the\s+two)?)|much\s+time\s+between(?:\s+them|\s+the\s+two)?)"
                               r"(?:\s+(?:were|are|was|is)\s+(?:they|them|the\s+two|those))?[\s?!.]*$", re.IGNORECASE)
# ...what the message is for, before the first thing: "two Glasgow events in my timeline - ".
_APART_LEAD_IN = regexes.compile(r"^[^:?!.\u2013\u2014]{1,100}?(?::|\s[-\u2013\u2014]|[\u2013\u2014])\s*(?=\S+\s+\S)")
# "How old was CiSP by the time the NCSC opened?", "How long had the NCSC been open when CYBERUK 2017 ran?": the time
# from one thing's start to another thing.
_INTERVAL_AGE = regexes.compile(r"\bhow\s+(?:old\s+(?:was|were|is)|long\s+(?:had|has|have)|many\s+(?:years|months)\s+(?:had|has|have))\s+"
                                r"(.+?)(?:\s+been\s+(?:open|opened|running|going|around|live|up|in\s+post|in\s+place|in\s+existence|"
                                r"operating|working|in\s+operation))?\s+(?:when|by\s+the\s+time|at\s+the\s+time)\s+(.+?)[\s?!.]*$",
                                re.IGNORECASE)
# What a part claims of who did it (``answerability``): a part that misses one of these is no near miss to cover.
# What a claim the first part makes holds the second part's answer to: when, where and whose it was.
_CLAIM_HELD = frozenset({"year", "place", "place-year", "month", "day", "date", "name", "person"})
_WHO_CLAIMED = frozenset({"name", "cleft", "deed-of", "agent-of", "post", "done-by", "role-of"})
# A sentence that sets the topic of the question after it: "Remind me of the Future Councils pilot, if you would."
_TOPIC_SETTING = regexes.compile(r"^\W*(?:(?:can you |could you |please )?remind me (?:of|about)|(?:a )?(?:question|q|quick one|query) "
                            r"(?:about|on|re)|re:?|regarding|thinking about|looking at|(?:i'?m |we'?re )?(?:writing|doing|"
                            r"drafting) (?:something|a \w+|an \w+) (?:on|about))\s+(.+?)(?:,\s*(?:if you would|please|pls|ta)\b.*)?[.!:]?$",
                            re.IGNORECASE)
_ORDER_HOWS = ("which-first", "was-it-before")
# "order these for the timeline pls: A, B, C", "put these in date order: ...", "A, B and C in chronological order?",
# "which order did A, B and C happen in": three to six things, each dated by its own entry and put in date order.
# "put them", "list these" alone say them or name them ("what were the three, as the Chancellor put them at
# launch?"): only "sort", "arrange", "order" and "rank" ask an order by themselves; the others with the order said
# (after the kind of thing listed, if any: "put these CYBERUK hosts in order", which the list reads after the cue).
_PUT_IN_ORDER = (r"(?:\s+(?:(?:in|into)\s+(?:the\s+)?(?:right\s+|correct\s+)?(?:date\s+|chronological\s+|time\s+)?order|"
                 r"by\s+date|chronologically|oldest\s+first))")
_LIST_ORDER = regexes.compile(
    r"\b(?:(?:sort|arrange|order|rank)\s+(?:these|them|this\s+lot|the\s+following)\b" + _PUT_IN_ORDER + "?"
    r"|(?:put|place|get|set|list)\s+(?:these|them|this\s+lot|the\s+following)\b(?=(?:\s+[\w-]+){0,3}?" + _PUT_IN_ORDER + ")"
    r"|(?:in|into)\s+(?:date|chronological|time)\s+order|chronologically|sort(?:ed)?\s+by\s+date"
    r"|(?:which|what)\s+order\s+(?:did|were|was|do)\b)", re.IGNORECASE)
# "put these in order of size", "rank these by cost": an order asked, but not by date.
_NOT_BY_DATE = regexes.compile(r"\border\s+of\s+(?!date|time|when|happening|occurrence)|\bby\s+(?!date|time|when|year)\w+(?:\s+\w+)?\s*[:?]"
                               r"|\b(?:biggest|largest|smallest|most|least|importance|priority|severity|size|cost|value)\b", re.IGNORECASE)
# "...happen in?", "...come in": the end of "which order did A, B and C happen in".
_LIST_TAIL = regexes.compile(r"\s+(?:(?:all\s+)?(?:happen(?:ed)?|come|came|occur(?:red)?|take\s+place|launch)(?:\s+in)?)?"
                             r"(?:\s*[,.]?\s*(?:please|pls|plz|ta|thanks|thx|cheers))?\s*[?!.]*\s*$", re.IGNORECASE)
# What the listed things are, said before the colon: "these CYBERUK hosts", "these socitm events in order": the words
# before a noun that only says they are places or events name whose they are.
_LIST_KIND = regexes.compile(r"\s+((?:[\w'-]+\s+){0,2}?)(?:hosts?|host\s+cities|venues?|cities|towns|places|locations|events|"
                             r"editions|conferences|summits|meetings)\b", re.IGNORECASE)
# The end of a list's sentence, before the question about it: "..., Manchester. Which one came second?".
_ASKED_AFTER_LIST = regexes.compile(r"(?<=[^\s.])[.?!]\s+(?=[A-Z]|(?:which|what|who|when|and|so)\b)")
# Between listed things: "A, B and C", "A; B & C", one a line.
_LIST_SPLIT = regexes.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|;\s*|\s+and\s+|\s+&\s+|\n+\s*(?:[-*\u2022]\s*)?)", re.IGNORECASE)
_DATED_HOWS = ("which-first", "interval", "was-it-before")
# The words of a "which came first" part that say whether it asks when a thing came about or ended
# ("lindy cameron starting", "ciaran martin leaving"): which of its dates is asked, not what to search for.
_COMING_OR_GOING = regexes.compile(r"\b(?:start(?:ed|ing|s)?|begin(?:ning|s)?|began|launch(?:ed|ing|es)?|open(?:ed|ing|s)?|"
                              r"leav(?:e|es|ing)|left|end(?:ed|ing|s)?|stepp(?:ed|ing) down|step(?:s)? down|arriv(?:ed|ing|al)|"
                              r"depart(?:ed|ing|ure)|taking over|took over|take over)\b", re.IGNORECASE)
# ...each from an entry that says when it began.
_BEGAN = regexes.compile(r"\b(?:launch|launched|launches|opened|began|started|set up|established|founded|published|"
                    r"announced|introduced|created|formed)\b", re.IGNORECASE)

class TwoParts:
    """The answerer's reading of a message that asks two things (``answer``); it reads the
    answerer's index and gate as they are now, so a knowledge base reloaded in place is seen."""

    def __init__(self, answerer: Answerer):
        self.answerer = answerer

    @property
    def kb(self) -> KnowledgeBase:
        return self.answerer.kb

    @property
    def index(self) -> SearchIndex:
        return self.answerer.index

    @property
    def gate(self) -> Answerability:
        return self.answerer.gate

    def answer(self, question: str, whole) -> Answer | None:
        """"Who opened the NCSC, and when did Web Check start?": two facts from two entries.

        Each part is answered only when it is confidently covered: by a different entry each, two
        answers; by the same entry, one. When just one part is, that part is answered and the reply
        names the other as not known, with what we hold nearest to it when that is a near miss
        ("...not 2025"). ``_parts`` says where a message asks two things.
        """
        listed = _listed(question)
        if listed is not None:
            return self._list_order(question, listed)
        split = _parts(question)
        # ("where was cyberuk in 2018 and 2019, and who opened exercise in a box": two questions, the first of them
        # asked of two years, is read as two questions.)
        years = _each_year(question) if split is None else None
        if years is not None:
            return self._each_year(question, years, whole)
        if split is None:
            return None
        parts, how = split
        constraints = self.gate.constraints(question)
        if any(c.kind == "opinion" for c in constraints):
            return None     # "has it hit its target? did it work?": a view asked for is declined, and its premise with it
        index = self.answerer._current_index()
        # "who opened the ncsc, and when was that in Canada": a place or name set in the chat around
        # the parts, or in a part that points back to the other, holds for both parts, and so does a
        # year after all our sources. One set in a part that names its own subject is that part's
        # ("who launched cisp, and who launched the Australian strategy").
        own = {c for number, part in enumerate(parts) if not (number and _BACK_REFERENCE.search(part))
               for c in self.gate.constraints(part)}
        where = [c for c in constraints if c not in own and (c.kind in ("place", "name") or (
            c.kind in ("year", "after") and int(c.value.partition("|")[0]) > self.gate.newest_year))]
        picks, first_terms, attributes, why, missed, premise = [], [], self._attributes(), {}, {}, None
        rivals: dict[int, tuple] = {}     # a part's other beginning, level with the one chosen (``_rival_date``)
        claimed: list | None = None    # what a first part that is a claim holds its subject to
        for number, part in enumerate(parts):
            back, named = _BACK_REFERENCE.search(part), self._subject_words(part, attributes)
            if how in (*_DATED_HOWS, "which-more", "bigger", "compare"):
                back, named = None, 2    # "cyber essentials or cisp": each of the two names its own subject
            # "...and when?", "an is it true most o the ftse use em?": a part about the first part's
            # subject may be answered by the entry that answered the first part. One that names its
            # own ("...and what does web check do") is searched for first: an entry that only
            # mentions web check does not answer it.
            says_it = (number and picks[0] is not None and not _BIGGER_THING.search(part)
                       and self._states(picks[0].entry, part, attributes))
            if says_it and (back or named < 2):
                picks.append(self._better_than_first(part, parts[0], picks[0], first_terms, attributes) or picks[0])
                continue
            asked = part
            # "...and how much money was behind it", "...and at what event": of what the first part
            # asked about, if it told us what that was ("...and what date?" it did not say).
            if number and (back or named < 2):
                if picks[0] is None or not (back or named):
                    picks.append(None)
                    continue
                # "...and what was his salary": a word of the part's own that no entry uses is what it asks, which the
                # first part's subject, added to find the entry, must not hide: that part is not known.
                if self.index.query_terms(_CONFIRMING.sub(" ", part))[1]:
                    picks.append(None)
                    continue
                part = self._resolved(part, parts[0], picks[0].entry, first_terms)
            result = index.search(part, limit=MAX_SUGGESTIONS + 1)
            as_asked = result
            chosen, verdict = self.answerer._choose(part, result)
            if number and asked != part and chosen is None:
                # "it" named by the first part's words that its entry is named by may take in what the first part
                # asked of the thing ("the CAF's principle count": principles); named by its title's words alone, it
                # is the thing.
                # "What are the target years in the GCSS, and how much came with it": "it" is the thing the first part
                # asked of ("in the GCSS"), not what it asked of it (its targets), wherever the entry's title names both.
                # A near miss of the first reading gives way to an answer of another: "the publication date of the NCS
                # 2022 and how many pillars it has" asks the pillars of the strategy, not of its publication.
                for reading in ({"titled": True}, {"of_thing": True}):
                    titled = self._resolved(asked, parts[0], picks[0].entry, first_terms, **reading)
                    if titled not in (asked, part):
                        again = index.search(titled, limit=MAX_SUGGESTIONS + 1)
                        found, near = self.answerer._choose(titled, again)
                        if found is not None or (near is not None and verdict is None):
                            chosen, verdict = found, near
                            part, result, as_asked = titled, again, again
                            break
            lead = _ASKING_LEAD_IN.match(part) if how in ("clauses", "sentences") and number == 0 else None
            if lead is not None and chosen is None and verdict is None:
                # "Two things from the Mercury: who was the NCSC's technical director at launch, and ...": where the
                # message came from is no part of what the first part asks. (It is tried without only where it found
                # nothing: "NCSC AR 2024: total incidents supported" names the thing there.)
                bare = part[lead.end():]
                bare_result = index.search(bare, limit=MAX_SUGGESTIONS + 1)
                bare_chosen, bare_verdict = self.answerer._choose(bare, bare_result)
                if bare_chosen is not None:
                    part, result, as_asked, chosen, verdict = bare, bare_result, bare_result, bare_chosen, bare_verdict
            first_terms = first_terms or result.terms
            if how in _DATED_HOWS and chosen is None and verdict is None:
                # "lindy cameron starting": the word for coming about or ending says which of its dates is
                # asked (``ordering``); the thing is what is searched for.
                bare = _COMING_OR_GOING.sub(" ", part)
                if bare != part and len(bare.split()) > 1:
                    result = index.search(bare, limit=MAX_SUGGESTIONS + 1)
                    chosen, verdict = self.answerer._choose(bare, result)
            if how in _ORDER_HOWS and result.confident and not (chosen and _BEGAN.search(chosen.entry.answer)):
                # "which came first, ncs 2022 or gcss": when each came about, from the entry on its launch
                # close behind the one on its pillars or its 2025 target.
                top = result.best.score
                near = index.search(part, limit=DATED_DEPTH).matches
                chosen = next((m for m in near if not m.entry.unknown and m.score >= top - DATED_MARGIN
                               and _BEGAN.search(m.entry.answer) and self._date_of(m.entry, part)
                               and self.gate.check(part, m.entry).ok), chosen)
            elif how in _ORDER_HOWS and chosen is None and verdict is None and result.best is not None:
                # "exercise in a box or SERS - which launched first": entries on what the thing is, on its sessions and
                # on its launch, all about it and none ahead, answer when it came about if the ones among them that
                # say it began say one date; "the strategy", launched on three dates, stays unknown.
                chosen = self._dated_among_equals(part, as_asked)
                if chosen is not None:
                    result = as_asked
            held = self.gate.check(part, chosen.entry, where) if chosen is not None and where else None
            if held is not None and not held.ok:
                verdict, chosen = held, None
            if chosen is None and verdict is not None:
                why[number] = verdict.reason    # a near miss: "I have the 2024 review, not 2025's"
                if result.best is not None:
                    missed[number] = (result, verdict)
                    # "the board toolkit has twelve modules right? which one covers supply chain": the part that
                    # states what the other takes as given is a claim our sources do not bear out.
                    if number == 0 and len(parts) == 2 and how in ("clauses", "sentences") and _claim(part.lower()) is not None:
                        premise = (result, verdict)
            if chosen is not None and number and _BIGGER_THING.search(asked) and chosen.entry.id == picks[0].entry.id:
                chosen = None   # "...and when did the full thing launch": not the pilot the first part asked about
            if chosen is None and says_it:
                chosen = picks[0]
            if (number and premise is None and picks[0] is None and claimed is not None and chosen is not None
                    and not chosen.entry.unknown):
                # "CYBERUK 2019 was at the ICC in Birmingham wasn't it? how many delegates went?": a claim our
                # sources could not place is what the next part takes as given, so an entry that answers that part
                # but not the claim (CYBERUK 2017's delegates) is about another thing: the claim is the near miss.
                held = self.gate.check(parts[0], chosen.entry, claimed)
                if not held.ok:
                    premise, chosen = (result, held), None
            if number == 0 and len(parts) == 2 and how in ("clauses", "sentences") and _claim(part.lower()) is not None:
                claimed = [c for c in self.gate.constraints(part) if c.kind in _CLAIM_HELD]
            picks.append(chosen if chosen is not None and not chosen.entry.unknown else None)
            if how in _DATED_HOWS and picks[-1] is not None and result.best is not None:
                rivals[number] = self._rival_date(part, result, picks[-1])
        first, second = picks
        # Which came first, and how long between two events, need when each was: one entry's date
        # alone, stated as the answer, would be half of it said as whole.
        dates = [self._date_of(pick.entry, part) if pick else None for pick, part in zip(picks, parts)]
        if how == "was-it-before" and not all(dates):
            return None     # "was connell at newham before norfolk": no two dated things; asked some other way
        if how in ("which-first", "interval") and not all(dates):
            return self._cannot_compare(question, parts, picks, how, dates, why)
        if how in ("which-more", "bigger") and not all(pick and _A_SUM.search(pick.entry.answer) for pick in picks):
            # "Is the 2016 settlement less than the previous programme?": an entry that answers the whole message (the
            # 2016 money set against the 2011 programme's) answers it; only a message that names "more money" is
            # asked for two sums.
            if how == "bigger" and whole is not None and not whole.entry.unknown:
                return None
            return self._cannot_compare(question, parts, picks, "which-more")
        if how == "compare" and not all(picks):
            return self._cannot_compare(question, parts, picks, how, why=why)
        order = self._order(parts, dates) if how in _DATED_HOWS else None
        # "did the ncsc open before the 2016 strategy launch": it opened for business in October 2016 and the Queen
        # opened it in February 2017, either side of the strategy. Where a part's other beginning, as well found,
        # puts the two the other way round, no order is said: the entries for both beginnings are shown.
        shown, depends = [], None
        for number, rival in ((n, r) for n, r in rivals.items() if r is not None and all(dates)):
            other = list(dates)
            other[number] = rival[1]
            if _earlier(*other) != _earlier(*dates):
                order = None
                shown.append(rival[0].entry)
                depends = (f"Which came first depends on which \u201c{_named(parts[number])}\u201d you mean: my sources give "
                           f"{dates[number].display()} ({picks[number].entry.title}) and {rival[1].display()} "
                           f"({rival[0].entry.title}); \u201c{_named(parts[1 - number])}\u201d was {dates[1 - number].display()}.")
        if first and second and first.entry.id == second.entry.id:
            if whole is not None and whole.entry.id == first.entry.id and order is None:
                return None
            answer = self.answerer._answered(question, first.entry, min(first.score, second.score))
            return _with_order(answer, order)
        if first and second:
            answer = self.answerer._answered(question, first.entry, min(first.score, second.score))
            answer.also = list(dict.fromkeys(e for e in (second.entry, *shown) if e.id != first.entry.id))
            for entry in answer.also:
                answer.text += "\n\n" + self.answerer._answer_text(entry, self.answerer.freshness(entry))
            if depends:
                answer.text = f"{depends}\n\n{answer.text}"
            return _with_order(answer, order)
        # "was it michael gove who published the GCSS, and when?": a part declined as a near miss of the very
        # entry that would answer the whole message is not answered by it under the other part's cover.
        # (Who it was, not a place the chat guesses at: "...wis it at cyberuk? pure sure it wis up here in glesga".)
        if premise is not None and not (first and second):
            return self.answerer._declined(question, *premise)
        # "our briefing says the NCSC began work in October 2016 and was opened by the Queen in February 2018 - is
        # that correct?": one claim in two clauses is as true as the clause our sources put right; the true one is
        # no answer to it said under the other's cover. The clause our sources contradict is the near miss.
        # "...first made by the NCSC and is now maintained by the NSA in the US?": a clause that names no subject of its
        # own is found by no search, and is held to what the other clause's entry says.
        if ((first or second) and not (first and second) and how in ("clauses", "sentences")
                and _claim(question.lower()) is not None and not _ANY_WH.search(question)):
            if len(missed) == 1:
                return self.answerer._declined(question, *next(iter(missed.values())))
            known = first or second
            other = parts[1] if known is first else parts[0]
            own = self.gate.constraints(other)
            held = self.gate.check(other, known.entry, own) if own else None
            if held is not None and not held.ok:
                return self.answerer._declined(question, index.search(question, limit=MAX_SUGGESTIONS + 1), held)
        near = next(((result, verdict) for result, verdict in missed.values()
                     if whole is not None and result.best.entry.id == whole.entry.id
                     and any(c.kind in _WHO_CLAIMED for c in verdict.unmet)), None)
        if near is not None and not (first and second):
            return self.answerer._declined(question, *near)
        known = first or second
        if known is None:
            return None
        missing = parts[1] if known is first else parts[0]
        if whole is None or whole.entry.unknown or (
                how == "clauses" and whole.entry.id == known.entry.id and self._off_entry(missing, known.entry)):
            answer = self.answerer._answered(question, known.entry, known.score)
            answer.unanswered_part = missing
            answer.unanswered_reason = why.get(1 if known is first else 0)
            answer.text += "\n\n" + not_known_line(answer)
            return answer
        return None

    def _list_order(self, question: str, items: list[str]) -> Answer:
        """"Put these in order: CE launch, CiSP announced, 10 Steps first published": each thing dated by its own
        entry and all said in date order with their dates; a thing we cannot find or date is named in a decline,
        never an order of the rest said as the whole."""
        parts = [f"when {item}" for item in items]
        picks, why, rivals = [], {}, {}
        for number, part in enumerate(parts):
            chosen, verdict, result = self._dated_pick(part)
            if chosen is None and verdict is not None:
                why[number] = verdict.reason
            picks.append(chosen if chosen is not None and not chosen.entry.unknown else None)
            if picks[-1] is not None and result.best is not None:
                rivals[number] = self._rival_date(part, result, picks[-1])
        dates = [self._date_of(pick.entry, part) if pick else None for pick, part in zip(picks, parts)]
        if not all(dates):
            return self._cannot_compare(question, parts, picks, "in-order", dates, why, items)
        ranked = sorted(range(len(parts)), key=lambda n: (dates[n].earliest(), dates[n].latest()))
        # Two things in one month, one dated to the day and one to the month, or another beginning of one of them
        # ("the NCSC opening": for business, or by the Queen) that would move it: no order is said as sure.
        unsure = [(a, b) for a, b in zip(ranked, ranked[1:]) if _earlier(dates[a], dates[b]) != 0]
        for number, rival in ((n, r) for n, r in rivals.items() if r is not None):
            other = list(dates)
            other[number] = rival[1]
            if sorted(range(len(parts)), key=lambda n: (other[n].earliest(), other[n].latest())) != ranked:
                unsure.append((number, number))
        if unsure:
            a, b = unsure[0]
            # "WannaCry, the NHS Trust merger": two things found in one entry on one date are not told apart by it.
            same = a != b and picks[a].entry.id == picks[b].entry.id and dates[a] == dates[b]
            text = (f"I can't put these in order: my sources don't tell \u201c{items[a]}\u201d and \u201c{items[b]}\u201d "
                    f"apart ({picks[a].entry.title}, {dates[a].display()})." if same else
                    f"I can't put these in a sure order: my sources date \u201c{items[a]}\u201d "
                    f"{dates[a].display()} and \u201c{items[b]}\u201d {dates[b].display()}."
                    if a != b else
                    f"I can't put these in a sure order: my sources give \u201c{items[a]}\u201d more than "
                    f"one date ({dates[a].display()}, {rivals[a][1].display()}).")
            held = list(dict.fromkeys(pick.entry for pick in picks))[:MAX_SUGGESTIONS]
            text += " Did you mean: " + "; ".join(e.title for e in held) + "?"
            return Answer(question, False, text, held[0], 0.0, held)
        order = "In date order:\n" + "\n".join(
            f"{place}. \u201c{items[n]}\u201d \u2013 {dates[n].display()}" for place, n in enumerate(ranked, start=1))
        first = picks[ranked[0]]
        answer = self.answerer._answered(question, first.entry, min(pick.score for pick in picks))
        answer.also = list(dict.fromkeys(picks[n].entry for n in ranked if picks[n].entry.id != first.entry.id))
        for entry in answer.also:
            answer.text += "\n\n" + self.answerer._answer_text(entry, self.answerer.freshness(entry))
        return _with_order(answer, order)

    def _each_year(self, question: str, parts: list[str], whole) -> Answer | None:
        """"Where was CYBERUK held in 2017, 2018 and 2019?": the one question asked of each year, each answered by its
        own entry, all said in the order asked; a year no entry answers is said to be unknown, with what we hold
        nearest to it, never left out. None where one entry answers the whole (it gives every year) or none answers any."""
        index = self.answerer._current_index()
        picks, why = [], {}
        for number, part in enumerate(parts):
            chosen, verdict = self.answerer._choose(part, index.search(part, limit=MAX_SUGGESTIONS + 1))
            if chosen is None and verdict is not None:
                why[number] = verdict.reason
            picks.append(chosen if chosen is not None and not chosen.entry.unknown else None)
        found = [pick for pick in picks if pick is not None]
        if not found or (whole is not None and not whole.entry.unknown and all(
                pick is not None and pick.entry.id == whole.entry.id for pick in picks)):
            return None
        first = found[0]
        answer = self.answerer._answered(question, first.entry, min(pick.score for pick in found))
        answer.also = list(dict.fromkeys(pick.entry for pick in found if pick.entry.id != first.entry.id))
        for entry in answer.also:
            answer.text += "\n\n" + self.answerer._answer_text(entry, self.answerer.freshness(entry))
        for number, part in enumerate(parts):
            if picks[number] is None:
                reason = why.get(number)
                line = f"I don't know \u201c{part}\u201d from my sources"
                answer.text += "\n\n" + (f"{line}: {reason}" if reason else f"{line}.")
        missing = [part for part, pick in zip(parts, picks) if pick is None]
        if missing:
            answer.unanswered_part = "; ".join(missing)
        return answer

    def _dated_pick(self, part: str):
        """The entry that says when what ``part`` names came about, found as "which came first" finds each of its
        two: the verdict and the search beside it."""
        index = self.answerer._current_index()
        result = index.search(part, limit=MAX_SUGGESTIONS + 1)
        as_asked = result
        chosen, verdict = self.answerer._choose(part, result)
        if chosen is None and verdict is None:
            bare = _COMING_OR_GOING.sub(" ", part)
            if bare != part and len(bare.split()) > 1:
                result = index.search(bare, limit=MAX_SUGGESTIONS + 1)
                chosen, verdict = self.answerer._choose(bare, result)
        if result.confident and not (chosen and _BEGAN.search(chosen.entry.answer)):
            top = result.best.score
            near = index.search(part, limit=DATED_DEPTH).matches
            chosen = next((m for m in near if not m.entry.unknown and m.score >= top - DATED_MARGIN
                           and _BEGAN.search(m.entry.answer) and self._date_of(m.entry, part)
                           and self.gate.check(part, m.entry).ok), chosen)
        elif chosen is None and verdict is None and result.best is not None:
            chosen = self._dated_among_equals(part, as_asked)
            if chosen is not None:
                result = as_asked
        return chosen, verdict, result

    # ``ordering`` is imported where it is used: few messages ask which came first, and a cold start
    # (``cyberbot ask``) should not compile its patterns for the rest.
    def _date_of(self, entry: Entry, part: str):
        """The date ``entry`` gives for what ``part`` asks about, when it gives one clearly (``ordering``)."""
        from bot.answers import ordering
        index = self.answerer._current_index()
        return ordering.date_for(entry, part, lambda text: index._terms_of(text.lower()), tuple(index.query_terms(part)[0]))

    def _rival_date(self, part: str, result, chosen) -> tuple | None:
        """Another entry on the same topic, level with the best for ``part``, speaking to all it names, that says the thing began on
        another date than ``chosen`` gives ("when ncsc open": it opened for business, and the Queen opened it), with
        that date; else None."""
        mine = self._date_of(chosen.entry, part)
        top, terms = result.best.score, result.terms
        for m in self.index.search(part, limit=DATED_DEPTH).matches:
            if (m.entry.id != chosen.entry.id and m.entry.topic == chosen.entry.topic and m.score >= top - DATED_MARGIN
                    and not m.entry.unknown and self.index.covers_all(m.entry, terms) and _BEGAN.search(m.entry.answer)):
                when = self._date_of(m.entry, part)
                if when is not None and when != mine:
                    return m, when
        return None

    def _dated_among_equals(self, part: str, result):
        """Of the entries level with the best for ``part`` that speak to all it names, the one that says when the
        thing began, if those that do give one date between them; else None."""
        top, terms = result.best.score, result.terms
        # A thing named by one word of ours beside one we never use ("the London Olympics") is not ours to date.
        unknown = {w.lower() for w in result.unknown_terms}
        if len(set(terms)) < 2 or any(w[:1].isupper() and w.lower() in unknown for w in re.findall(r"[\w'-]+", part)):
            return None
        level = [m for m in self.index.search(part, limit=DATED_DEPTH).matches
                 if m.score >= top - DATED_MARGIN and not m.entry.unknown and self.index.covers_all(m.entry, terms)]
        dated = [(m, when) for m in level if _BEGAN.search(m.entry.answer) and (when := self._date_of(m.entry, part))]
        # Two beginnings of one thing (entries on one topic: "the NCSC opening its doors", for business or by the
        # Queen) are both shown (``_rival_date``); three strategies launched on three dates are three things.
        if not dated or (len({when for _, when in dated}) > 1 and len({m.entry.topic for m, _ in dated}) > 1):
            return None
        return dated[0][0] if self.gate.check(part, dated[0][0].entry).ok else None

    @staticmethod
    def _order(parts: list[str], dates: list) -> str | None:
        """The line saying which came first, if the two dates say (``ordering.order_line``)."""
        from bot.answers import ordering
        return ordering.order_line(tuple(_named(part) for part in parts), tuple(dates)) if all(dates) else None

    def _cannot_compare(self, question: str, parts: list[str], picks: list, how: str, dates: list | None = None,
                        why: dict | None = None, names: list[str] | None = None) -> Answer:
        """"Which came first, X or Y?" when our sources date only one of them (or neither): said so, with
        what we do hold offered, never one date stated as the answer, and what we hold nearest to a part
        that is a near miss ("I have “CYBERUK 2017”, but it says nothing about Manchester")."""
        asked, needed, lacks = {"which-first": ("which came first", _BEGAN, "date"),
                                "interval": ("how long there was between them", A_YEAR, "date"),
                                "in-order": ("what order these came in", _BEGAN, "date"),
                                "which-more": ("which had more", _A_SUM, "give a sum for"),
                                "compare": ("how they compare", _ANYTHING, "have that for")}[how]
        dated = dates or [pick is not None and needed.search(pick.entry.answer) for pick in picks]
        names = names or [_named(part) for part in parts]
        undated = [name for name, pick, when in zip(names, picks, dated) if pick is None or not when]
        held = [pick.entry for pick in picks if pick is not None and pick.entry.title not in undated]
        text = (f"I can't say {asked}: my sources don't {lacks} "
                + " or ".join(f"\u201c{u}\u201d" for u in undated) + ".")
        near = [why[n] for n, (pick, when) in enumerate(zip(picks, dated)) if (pick is None or not when) and (why or {}).get(n)]
        if near:
            text += " " + " ".join(dict.fromkeys(near))
        suggestions = list(dict.fromkeys(e for e in held if not e.unknown))[:MAX_SUGGESTIONS]
        if suggestions:
            text += " Did you mean: " + "; ".join(e.title for e in suggestions) + "?"
        return Answer(question, False, text, suggestions[0] if suggestions else None, 0.0, suggestions)

    def _states(self, entry: Entry, part: str, attributes: frozenset[str]) -> bool:
        """Does ``entry`` answer ``part`` as well ("...and when?", "an is it true most o the ftse use
        em?")? It speaks to every word the part asks about, holds the kind of fact asked for (a date
        for "when", a number for "how many") and meets the part's constraints."""
        terms, unknown = self.index.query_terms(_CONFIRMING.sub(" ", part))
        if any(len(word) > 2 and english_zipf(word) < framing.NAME_PAIR_ZIPF for word in unknown):
            return False    # "...and on what salary": a word no entry uses, rarer than everyday English, is not said here
        if not self.index.covers_all(entry, [t for t in terms if t not in attributes]):
            return False
        offered = set(offered_types(entry.answer))
        if any(kind in GATED_TYPES and kind not in offered for kind in asked_types(part)):
            return False
        if _MEANING_ASKED.search(part) and not _MEANING_SAID.search(entry.answer):
            return False    # "...and what does the 'deter' one mean": a list that names deter does not say what it means
        return self.gate.check(part, entry, self.gate.constraints(part)).ok

    def _better_than_first(self, part: str, first: str, pick, first_terms: list[str], attributes: frozenset[str]):
        """"How many councils did the stocktake cover and what rating did most of them get?": the entry that answered
        the first part may speak to the second's words (a "response rate" is a rate) while another entry on the same
        thing is the one that answers it (the ratings). That entry, where the second part, read with the first part's
        subject, finds it well ahead of the first part's entry and it states the part; else None."""
        asked = self._resolved(part, first, pick.entry, first_terms)
        result = self.index.search(asked, limit=MAX_SUGGESTIONS + 1)
        chosen, _ = self.answerer._choose(asked, result)
        if (chosen is None or chosen.entry.unknown or chosen.entry.id == pick.entry.id or not result.confident
                or chosen.entry.topic != pick.entry.topic):
            return None
        level = next((m.score for m in result.matches if m.entry.id == pick.entry.id), 0.0)
        # "who was NCSC chief exec when it launched, and who runs it now?": a part that asks of now is answered by the
        # newer entry on the thing (Richard Horne, from October 2024), however close behind it the entry on the launch is.
        margin = 0.0 if _PRESENT.search(part.lower()) and _newest(chosen.entry) > _newest(pick.entry) else FIRST_ENTRY_MARGIN
        if chosen.score - level < margin or chosen.score < level or not self._states(chosen.entry, part, attributes):
            return None
        # ...and the part's own words find it too ("what rating did most of them get": the ratings); "...and at what
        # event" finds nothing alone, and the entry on the launch that answered the first part says at what event.
        alone = self.index.search(part, limit=MAX_SUGGESTIONS + 1)
        own, _ = self.answerer._choose(part, alone)
        return chosen if alone.confident and own is not None and own.entry.id == chosen.entry.id else None

    def _attributes(self) -> frozenset[str]:
        """Our terms for the nouns that name what is asked of a thing ("what date", "which city")."""
        return frozenset(t for t in map(self.index.term_for, _ATTRIBUTE_NOUNS) if t)

    def _subject_words(self, part: str, attributes: frozenset[str]) -> int:
        """How many words ``part`` names of its own, beyond what it asks ("what date", "which city",
        "and the total number" name none; "at what event", "how many users" one, too few to be
        searched alone: they ask about the first part's subject)."""
        terms, unknown = self.index.query_terms(_CONFIRMING.sub(" ", part))
        return sum(len(word) > 2 and english_zipf(word) < framing.NAME_PAIR_ZIPF for word in unknown) + sum(
            t not in attributes for t in terms)

    def _resolved(self, part: str, first: str, entry: Entry, first_terms: list[str], titled: bool = False,
                  of_thing: bool = False) -> str:
        """"...and when did it first come out": "it" is what the first part asked about, named by the
        first part's own words (``first_terms``, as its search read them) that the entry answering it
        is named by ("10 steps"), and a year it gives that the entry gives too ("the 2016 strategy": the
        money behind the 2016 strategy, not the 2022 one)."""
        index = self.answerer._current_index()
        named = index.covered_words(entry, first_terms, named=True)
        said = f"{entry.title} {entry.answer}"
        # "who launched the GCSS, and how much it came with": "it" is the thing, not what was done to it.
        # ("...and at what event?" names nothing in its place and asks of the deed: the launch, not the thing.)
        pointing = bool(_BACK_REFERENCE.search(part))
        deed = _WHO_DEED.match(first.strip()) if pointing else None
        words = [w for w in surface_words(self.kb.lexicon.expand(first))
                 if (index.term_for(w) in named or (A_YEAR.fullmatch(w) and w in said))
                 and not (deed and w == deed.group(1).lower()) and not (pointing and _DEED_WORD.fullmatch(w))]
        if titled:    # "what's the CAF's principle count, and when did the NCSC bring it out": the CAF, not its principles
            title = set(index.query_terms(entry.title)[0])
            words = [w for w in words if index.term_for(w) in title]
        if of_thing:  # "what are the target years in the GCSS": the GCSS, what the first part asks its targets of
            held = _OF_THING.search(first.strip())
            thing = set(surface_words(self.kb.lexicon.expand(held.group(1)))) if held else set()
            words = [w for w in words if w in thing]
        if _BIGGER_THING.search(part):    # "the CAF pilot ... the full thing": the CAF itself
            words = [w for w in words if w not in _PARTIAL_VERSIONS]
        if not words:
            return part
        subject = " ".join(dict.fromkeys(words))
        # (read as the search reads it first: "when did the NCSC bring it out" is "publish it", not "bring the CAF out")
        expanded = self.kb.lexicon.expand(part)
        if _BACK_REFERENCE.search(expanded):
            return _BACK_REFERENCE.sub(subject, expanded, count=1)
        return _BACK_REFERENCE.sub(subject, part, count=1) if _BACK_REFERENCE.search(part) else f"{part} {subject}"

    def _off_entry(self, part: str, entry: Entry) -> bool:
        """Does ``part`` ask about things ``entry`` does not speak of ("...and the capital of Peru"; "who opened the
        NCSC and when did web check start": the opening entry tells of an opening, but of no Web Check)?"""
        terms, unknown = self.index.query_terms(part)
        return bool(terms or unknown) and not (terms and self.index.covers_all(entry, terms))


# What a first part asks something of, after what it asks: "what are the target years in the GCSS", "how many principles
# are in the CAF", "what was the budget of the 2016 strategy": the thing a later "it" stands for. Asked with no question
# word, what is asked is a few words before it: "four themes of the Local CIO Council - and who's their spokesperson".
_OF_THING = regexes.compile(r"^(?:(?:what|whats|what's|which|how\s+(?:many|much)|who|when|where)\b.*?|[\w'-]+(?:\s+[\w'-]+){0,3})"
                            r"\s(?:in|of|for|behind|within|under)\s+(?:the\s+)?(\S.*)$", re.IGNORECASE)


# A first part that asks who did a deed: "who launched the GCSS", "who built PDNS".
_WHO_DEED = regexes.compile(r"(?:who|whom)\s+(?:first\s+|originally\s+|actually\s+)?([a-z]+ed|built|ran|set|wrote|began|led|made)\b",
                            re.IGNORECASE)


# What was done to the thing the first part asked about, not the thing: "what year did the NCSC publish the CAF and how
# many principles are in it" asks how many principles the CAF has, not its publishing ("it" is the thing; "...and at
# what event" names nothing in its place and asks of the deed).
_DEED_WORD = regexes.compile(r"(?:launch|publish|releas|introduc|develop|creat|found|establish|announc|open|start|begin|began|"
                             r"unveil|produc)(?:e|es|ed|s|ing|ned|ning)?", re.IGNORECASE)


def _parts(question: str) -> tuple[list[str], str] | None:
    """The two things one message asks and how it asks them, or None when it asks one thing.

    "which came first - A or B?" asks when each was (``which-first``: it needs both); a later
    sentence that opens with a question word ("...published? an is it true...") asks a second
    thing after the question before it (``sentences``); within a sentence, "and" (or "&", "+",
    ", also") before a question word does (``clauses``), and a one-word second part ("...and
    when?") asks that of the first part's subject.
    """
    ordered = next(filter(None, map(_in_order, _order_readings(question))), None)
    if ordered is not None:
        return ordered
    more = _WHICH_MORE.search(question) or _MORE_THAN.search(question)
    if more:
        return [f"how much money {more.group(1).strip(' ,;-')}", f"how much money {more.group(2).strip(' ,;-')}"], "which-more"
    counted = _WHICH_MORE_OF.search(question)
    if counted:
        noun = counted.group("noun") or counted.group("noun2")
        one, two = (counted.group("one") or counted.group("one2")), (counted.group("two") or counted.group("two2"))
        return [f"how many {noun} did {one.strip(' ,;-')} have", f"how many {noun} did {two.strip(' ,;-')} have"], "compare"
    bigger = _BIGGER_THAN.search(question)
    if bigger:
        return [f"how much money {bigger.group(1).strip(' ,;-')}", f"how much money {bigger.group(2).strip(' ,;-')}"], "bigger"
    compared = _compared(question)
    if compared is not None:
        return compared
    side_by_side = _side_by_side(question)
    if side_by_side is not None:
        return side_by_side
    # "How many years between the first 10 Steps and the CAF? just need the two years": each sentence that asks, then
    # the whole message.
    sentences = [s.strip() for s in SENTENCE_END.split(question) if s.strip()]
    readings = [*(s for s in sentences if s.endswith("?")), question] if len(sentences) > 1 else [question]
    after = next(filter(None, map(_INTERVAL_AFTER.search, readings)), None)
    between = next(filter(None, (p.search(r) for p in (_INTERVAL_BETWEEN, _INTERVAL_FROM) for r in readings)), None)
    taking = next(filter(None, map(_INTERVAL_TAKE.search, readings)), None)
    if after:     # "how soon after the stocktake did the LGA allocate funding": when did the LGA allocate it
        return [f"when {after.group(1).strip(' ,;-')}", f"when {after.group(2)} {after.group(3).strip(' ,;-')}"], "interval"
    aged = next(filter(None, map(_INTERVAL_AGE.search, readings)), None)
    if aged and not after and not between and not taking:   # "how old was CiSP when the NCSC opened": from its start
        return [f"when did {aged.group(1).strip(' ,;-')} start", f"when {aged.group(2).strip(' ,;-')}"], "interval"
    apart = next(filter(None, (p.search(r) for p in (_APART_BEFORE, _APART_AFTER) for r in readings)), None)
    if apart and not between and not taking:   # "X vs Y - how far apart?": when each was
        # ("two Glasgow events in my timeline - Socitm president's conf 2018 and cyberuk 2019. how far apart?")
        return [f"when {_APART_LEAD_IN.sub('', apart.group(1), count=1).strip(' ,;-')}",
                f"when {apart.group(2).strip(' ,;-')}"], "interval"
    if between or taking:
        earlier, later = between.groups() if between else reversed(taking.groups())
        # "for the ncsc to start work": when did the ncsc start work
        later = re.sub(r"^(?:for\s+)?(.+?)\s+to\s+(?=[a-z])", r"did \1 ", later.strip(" ,;-"), count=1)
        return [f"when {earlier.strip(' ,;-')}", f"when {later}"], "interval"
    sentences = [s.strip() for s in SENTENCE_END.split(question) if s.strip()]
    for number, sentence in enumerate(sentences[1:], 1):
        if not (_WH_OPENING.match(sentence) or (_OPENS_A_QUESTION.match(sentence) and sentence.endswith("?"))):
            continue
        asked = [s for s in sentences[:number] if s.endswith("?") or _OPENS_A_QUESTION.match(s)]
        if asked:
            return _on_topic([_part(asked[-1]), _part(sentence)], sentences[:sentences.index(asked[-1])]), "sentences"
    asking = [s for s in sentences if s.endswith("?") or _OPENS_A_QUESTION.match(s)] or sentences
    for sentence in asking:
        # "...: 'Warwickshire County Council was hit in 2016 and did not pay.' Which systems went down?": an "and"
        # inside a passage the message quotes parts nothing the asker asks.
        split = next((m for m in _SECOND_PART.finditer(sentence) if not _in_quote(sentence, m.start())), None)
        parts = [_part(p) for p in (sentence[:split.start()], sentence[split.end():])] if split else [sentence]
        if len(parts) == 2 and len(parts[0].split()) >= 2 and parts[1]:
            return _on_topic(parts, sentences[:sentences.index(sentence)]), "clauses"
    return None


def _each_year(question: str) -> list[str] | None:
    """"Where was CYBERUK held in 2017, 2018 and 2019?", "CYBERUK host cities for 2017 & 2018": the one question asked
    of each year listed, as one question a year; None where no years are listed, or they bound a span ("between 2016
    and 2021", "from 2016 and ...") or are two things to put in order or compare, which ``_parts`` reads."""
    listed = _YEAR_LIST.search(question)
    if listed is None or _SPAN_BEFORE.search(question[:listed.start()]) or _WHICH_FIRST.search(question):
        return None
    years = re.findall(r"(?:19|20)\d\d", listed.group(0))
    if len(set(years)) != len(years):
        return None
    return [_part(f"{question[:listed.start()]}{year}{question[listed.end():]}") for year in years]


def _compared(question: str) -> tuple[list[str], str] | None:
    """The two parts of "X compared with Y" (``_COMPARED``), or None: a second part with a question of its own ("vs what it
    stands for now") is a clause of its own, which may point back to the first; a thing alone is asked what the first
    part asks ("how many pillars did the 2016 strategy have compared with the 2022 NCS": "how many pillars did the 2022 NCS
    have")."""
    sentences = [s.strip() for s in SENTENCE_END.split(question) if s.strip()]
    match = next(filter(None, map(_COMPARED.search, [*(s for s in sentences if s.endswith("?")), question])), None)
    if match is None:
        return None
    one, other = _part(match.group("one")), _part(match.group("other"))
    if A_YEAR.fullmatch(other.strip(" ?!.")) and _YEAR_LIST.search(question):
        return None     # "where was cyberuk 2017 vs 2019": the one question asked of each year (``_each_year``)
    if _OPENS_A_QUESTION.match(other) or _WH_OPENING.match(other):
        return [one, other], "clauses"
    head = _ASK_HEAD.match(one)
    if head is None or len(one.split()) <= len(head.group(0).split()):
        return None
    tail = _ASK_TAIL.search(one)
    return [one, f"{head.group(0)} {other}{' ' + tail.group(1) if tail else ''}"], "compare"


def _listed(question: str, fewest: int = 3) -> list[str] | None:
    """The three to six things ``question`` asks to be put in date order ("order these for the timeline pls: A, B, C";
    "which order did A, B and C happen in?"), or None; ``fewest`` 2 reads two as well ("put these in order: A and B")."""
    cue = _LIST_ORDER.search(question)
    if cue is None or _NOT_BY_DATE.search(question):
        return None
    after = question[cue.end():]
    colon = after.find(":")
    # "put these CYBERUK hosts in order: Glasgow, Liverpool, Manchester": the towns are CYBERUK's, each dated as
    # "CYBERUK Glasgow" is (not as Socitm's conference in Glasgow is).
    kind = _LIST_KIND.match(after[:colon]) if colon >= 0 else None
    of = kind.group(1).strip() + " " if kind and kind.group(1) else ""
    if colon >= 0:
        # "...: Glasgow, Liverpool, Manchester. Which one came second?": the list ends with its sentence.
        listed = _ASKED_AFTER_LIST.split(after[colon + 1:], maxsplit=1)[0]
    elif len(_LIST_SPLIT.split(_LIST_TAIL.sub("", after).strip(" ,;:-"))) >= 3:
        listed = after
    else:
        listed = _LEAD_IN.sub("", question[:cue.start()], count=1)     # "A, B and C in date order?"
    listed = _LIST_TAIL.sub("", listed).strip(" ,;:-\u2013\u2014?!.")
    items = [item.strip(" ,;:-?!.") for item in _LIST_SPLIT.split(listed)]
    items = [re.sub(r"^(?:the\s+)?(?:(?:following|these)\s*)", "", item, flags=re.IGNORECASE) for item in items if item]
    if not fewest <= len(items) <= 6 or any(not item or len(item.split()) > 10 for item in items):
        return None
    return [of + re.sub(r"^the\s+", "", item, flags=re.IGNORECASE) if of else item for item in items]


def asks_order(question: str) -> bool:
    """Does ``question`` ask the order of two things ("which came first, X or Y")?"""
    return any(_in_order(text) for text in _order_readings(question))


def _order_readings(question: str) -> list[str]:
    """Where a message may ask the order of two things: each sentence that asks ("Which came first, X or Y? The names
    are designed to confuse."), then the whole message; each without what the asker is doing before it
    ("doing an induction timeline - did ..."), then as written."""
    question = _B4.sub("before", question)
    sentences = [s.strip() for s in SENTENCE_END.split(question) if s.strip()]
    asking = [s for s in sentences if s.endswith("?")] if len(sentences) > 1 else []
    # "Member asked whether the self-assessment came before or after the stocktake, and I said I'd confirm. Also when
    # did ...?": a sentence that reports the order asked is read on its own too, before the whole message runs on.
    asking += [s for s in sentences if len(sentences) > 1 and not s.endswith("?") and _REPORTED_ORDER.search(s)]
    readings = []
    for text in (*asking, question):
        # "The NCSC logging guidance - was that created before or after the NIS regs came in?": the thing named first
        named = _NAMED_THEN_ASKED.match(text)
        if named:
            readings.append(f"{named.group('verb')} {named.group('thing')} {named.group('rest')}")
        readings += [_LEAD_IN.sub("", text, count=1), text]
    return list(dict.fromkeys(readings))


# A thing named, then asked of by "that" or "it": "The NCSC logging intro guidance - was that created before ...".
_NAMED_THEN_ASKED = regexes.compile(r"^\W*(?P<thing>[^?!.:\u2013\u2014]{3,80}?)\s*(?::|\s[-\u2013\u2014]|[\u2013\u2014])\s*"
                                    r"(?P<verb>was|were|did)\s+(?:that|it|this|they)\s+(?P<rest>.+)$", re.IGNORECASE)


# A sentence that reports an order asked: "Member asked whether X came before or after Y".
_REPORTED_ORDER = regexes.compile(r"\b(?:whether|if)\b.*\b(?:before\s+or\s+after|after\s+or\s+before)\b", re.IGNORECASE)
# ...who asked it, before the first thing: "Member asked whether", "the chair wants to know if".
_ASKED_WHETHER = regexes.compile(r"^.{0,80}?\b(?:whether|if)\s+(?=\S)", re.IGNORECASE)
# ...and what the asker says after the second: ", and I said I'd confirm in the minutes".
_ASKER_AFTER = regexes.compile(r"\s*,?\s+(?:and|but|so)\s+(?:i|we|i've|i'd|we've|we'd)\b.*$", re.IGNORECASE)


def _in_order(question: str) -> tuple[list[str], str] | None:
    """The two things ``question`` asks the order of, and how (``which-first``, or ``was-it-before``: asked only
    where both are dated), or None."""
    which = (_WHICH_FIRST.search(question) or _FIRST_OF_TWO.search(question) or _BEFORE_AFTER.search(question)
             or _EITHER_ORDER.search(question))
    if which:
        # ("Member asked whether the self-assessment came before or after the 2018 stocktake, and I said I'd confirm":
        # who asked is not the first thing, nor what the asker said after it the second)
        one = _ASKED_WHETHER.sub("", which.group(1).strip(" ,;-"), count=1)
        other = _ASKER_AFTER.sub("", which.group(2).strip(" ,;-"), count=1)
        return [f"when {one}", f"when {_TAIL_ASKED.sub('', other.strip(' ,;-'))}"], "which-first"
    that = _THAT_BEFORE.search(question)
    if that:
        return ([f"when {that.group(1).strip(' ,;-')}", f"when {that.group(3).strip(' ,;-')}"],
                "which-first" if " or " in that.group("way").lower() else "was-it-before")
    before = _WAS_IT_BEFORE.search(question) or _PRECEDED.search(question)
    if before:
        return [f"when {before.group(1).strip(' ,;-')}", f"when {before.group(2).strip(' ,;-')}"], "was-it-before"
    aged = _OLDER_THAN.search(question)
    if aged:
        parts = [f"when {aged.group(1).strip(' ,;-')}", f"when {aged.group(3).strip(' ,;-')}"]
        return (parts if aged.group("age").lower() in ("older", "earlier") else parts[::-1]), "was-it-before"
    # "Put these in order for the timeline annex, with dates: publication of NCS 2022 and launch of the GCSS": two
    # things listed to be put in date order ask which came first, as "which came first, A or B" does.
    listed = _listed(question, fewest=2)
    if listed is not None and len(listed) == 2:
        return [f"when {listed[0]}", f"when {listed[1]}"], "which-first"
    return None


def _in_quote(text: str, at: int) -> bool:
    """Is ``at`` inside a passage ``text`` quotes: after a quote mark that opens one and before it closes?"""
    before = text[:at]
    return len(_QUOTE_OPENS.findall(before)) > len(_QUOTE_CLOSES.findall(before))


def _on_topic(parts: list[str], before: list[str]) -> list[str]:
    """"Remind me of the Future Councils pilot, if you would. How much was available per council, and how
    many councils took part?": a sentence before the parts, asking nothing, names what both are about."""
    setting = _TOPIC_SETTING.match(before[-1]) if before else None
    if setting is None:
        return parts
    topic = setting.group(1).strip(" ,;-.!")
    return [f"{part} ({topic})" for part in parts]


def _named(part: str) -> str:
    """What a part of "which came first" names, as the asker put it: "when wannacry" is "wannacry", and so
    is "when wannacry happen" ("did wannacry happen before ..."); "lindy cameron starting" keeps its start."""
    named = re.sub(r"^(?:when\s+(?:did\s+)?|how much money\s+)(?:(?:was|were|is|are|did)\s+)?", "", part, flags=re.IGNORECASE).strip()
    return re.sub(r"(?:\s+(?:was|were|is|got|get))?\s+(?:happen(?:ed)?|come out|came out|" + _COMING_INTO + r"|come|take place|"
                  r"(?:being\s+|been\s+)?(?:launched|opened|started|set up|stood up|published|founded|created|introduced|"
                  r"announced))$", "", named, flags=re.IGNORECASE)


def _earlier(one, other) -> int | None:
    """0 when ``one`` was before ``other``, 1 when after, None when the dates, as finely as both are known, do not say."""
    if one is None or other is None:
        return None
    return 0 if one.latest() < other.earliest() else 1 if other.latest() < one.earliest() else None


def _with_order(answer: Answer, order: str | None) -> Answer:
    """The answer with its line saying which came first, if the dates say."""
    if order:
        answer.order = order
        answer.text = f"{order}\n\n{answer.text}"
    return answer


def _part(text: str) -> str:
    """A part as it is searched: without its joining word and closing marks ("an is it true ...?")."""
    return re.sub(r"^(?:(?:and|an|also|plus|&|\+)\s+)+", "", text.strip(" ,;-?!."), flags=re.IGNORECASE).strip(" ,;-?!.")


def _newest(entry: Entry) -> str:
    """The date of ``entry``'s newest source, as written ("2024-12-04", "2022"): how recent what it tells is."""
    return max((s.date for s in entry.sources if s.date[:1].isdigit()), default="")
