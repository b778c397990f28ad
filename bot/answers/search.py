"""Finding the entry that answers a question, and knowing when none does.

Ranking is BM25 over each entry's title, phrasings, keywords and answer (weighted in that
order), after typo correction against the knowledge base's own vocabulary and a curated
synonym list. The top few are re-ranked with rapidfuzz against the entry's title and
phrasings, which rewards paraphrase that shares word order.

Confidence is what makes the bot honest: a question is answered only when the best entry
covers most of the question's informative words (weighted by how rare they are). A word the
knowledge base has never seen weighs by how rare it is in general English (``unseen_weight``):
"wondering" or "cabinet" hardly count, "piilars" or "dluhc" count fully. The lexicon's chat
words are expanded first ("natl strat" is "national strategy"), and typo correction only
touches words that are not real English words. "What is the budget of
Australia's strategy?" shares "budget" and "strategy" with our funding entry but not
"Australia", so the bot says it is not sure instead of answering about the UK.
"""

from __future__ import annotations

import heapq
import math
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Iterable, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from rapidfuzz.distance import OSA

import re

from bot.answers import spoken
from bot.answers.knowledge import MONTH_NAMES as _MONTH_NAMES, Entry, KnowledgeBase, acronyms_defined_in, defined_acronyms
from bot.answers.lexicon import (TYPO_ZIPF, clipped_word, clipped_words, english_zipf, everyday_word_slipped,
                                  everyday_words, is_real_word, letter_doubled)

from bot.core import regexes
from bot.core.remembered import remembered
from bot.core.text import A_YEAR, CLAUSE_END, FUNCTION_WORDS, QUESTION_WORDS, is_stopword, stem, surface_words

FIELD_WEIGHTS = {"title": 3.0, "phrasings": 2.0, "keywords": 2.0, "answer": 1.0}
K1, B = 1.2, 0.75
RERANK_DEPTH = 20
# How the blended score weighs coverage, BM25 relative to the best, and the fuzzy label match.
COVERAGE_WEIGHT, RELATIVE_WEIGHT, FUZZY_WEIGHT = 0.45, 0.35, 0.20
# How much less a perfect label match counts where the question is only part of every label it matches (a short
# question inside a longer label) than where some label is all there in it (``_whole_label_match``).
SUBSET_PENALTY = 0.025
TYPO_CUTOFF = 82
# An s where a soft c would be (before e, i or y): how a name heard aloud is written by ear ("sisp" for CiSP).
_SOFT_C_HEARD = regexes.compile(r"s(?=[eiy])")
# A question of at most OVERVIEW_TERMS informative words is a name; of the entries within OVERVIEW_TIE
# of the best, the one whose title is that name and no more answers it (``_overview_first``).
# Cross-validated: chosen on half B (0.01 to 0.03 alike, +3 there), no change on half A or dev;
# from 0.05 up it costs right answers.
OVERVIEW_TERMS, OVERVIEW_TIE = 2, 0.02
INCIDENTAL_SHARE = 0.6     # how much a question word found only in an entry's answer text covers
TRANSPOSITION_CUTOFF = 0.78
NEAR_OURS = 70             # below the typo cut-off: too far to correct, near enough not to be a new name
# A word English has seen now and then (Zipf TYPO_ZIPF to REAL_WORD_ZIPF) one slip from a word of ours at least
# this much commoner (2.5: over three hundred times) is that word misspelt, for every reading (``ours_as_typed``).
MISSPELLING_GAP = 2.5
MAX_REMEMBERED_CORRECTIONS = 50_000
MAX_REMEMBERED_RESULTS = 2_048
# Full coverage; raised from 0.62 once a clear lead can answer below it (cross-validated on
# halves of the unseen tune set: fewer wrong answers on both, no answerable question lost).
MIN_COVERAGE = 0.66
MIN_CONFIDENCE = 0.5
# A place or country in a question is mostly a constraint the answer must meet (the answerability
# check holds the entry to it), not the topic.
PLACE_WEIGHT = 0.3
# What the asker sets apart ("besides Socitm and the LGA", "other than filling in the stocktake, what could councils get
# money for?") is what they know of already, not what they ask: its words weigh as a place's do. The entry that names
# them beside the rest (the group's other members) still covers them; the one only about them no longer wins on them.
SET_APART_WEIGHT = PLACE_WEIGHT
# ("apart from" and "aside from" are read as "besides" before this: the lexicon's chat words.)
_SET_APART = regexes.compile(r"\b(?:besides|other\s+than|except(?:\s+for)?|excluding)\s+([^,.;:?!]+)", re.I)
# A clear winner may answer below MIN_COVERAGE when the rest of the question is chat the
# knowledge base has no words for ("how long is an lga cyber 360 visit"): it must still cover
# LEAD_COVERAGE of the question and at least LEAD_TERMS of its words, resemble one of its own
# phrasings (LEAD_FUZZY), and lead the runner-up by LEAD_MARGIN. Calibrated by cross-validation
# on halves of the unseen tune set (raised answerable on both halves, no new wrong answers).
LEAD_COVERAGE, LEAD_MARGIN, LEAD_FUZZY, LEAD_TERMS = 0.45, 0.05, 0.6, 2
# A long chatty message covers little of itself with any entry; one far ahead of the rest (by
# WIDE_LEAD_MARGIN) may answer from WIDE_LEAD_COVERAGE. Chosen on each tune half, scored on the
# other: +2 on both, dev and ours unchanged.
WIDE_LEAD_COVERAGE, WIDE_LEAD_MARGIN = 0.3, 0.1
# A message of BIG_LEAD_WORDS words or more reads like no label, however plainly it asks ("resident on hold w/ a fake
# council tax refund email, whats the address they fwd it to?"): its best entry may answer from LEAD_COVERAGE resembling
# a label only BIG_LEAD_FUZZY, where it leads the runner-up by BIG_LEAD_MARGIN. Chosen on the unseen tune sets: answerable
# +13 (10 on one half, 3 on the other), two more wrong answers ("what did francis maude say cisp's user numbers were").
BIG_LEAD_MARGIN, BIG_LEAD_FUZZY, BIG_LEAD_WORDS = 0.25, 0.4, 10
# Two real entries within TIE_MARGIN of each other, neither covering TIE_COVERAGE of the question,
# are a guess between two answers: the bot offers both rather than state one (fewer wrong
# answers on both halves of the unseen tune set, at the cost of one right answer on one half).
TIE_COVERAGE, TIE_MARGIN = 0.9, 0.02
# Two entries on one subject ("Protective DNS" and "Who built and runs Protective DNS") that the question's
# words cannot tell apart are no guess between topics (``same_subject``): they share a name no more than a
# few entries use (idf at least SIBLING_IDF: "cisp", "10 steps", not "NCSC" or "2016 strategy"), and the
# question reads like the one's label (SIBLING_FUZZY) more than the other's (by SIBLING_FUZZY_LEAD). The
# lead that makes an answer clear, and the tie that forbids one, are then counted against the next entry
# on another subject. Cross-validated: A 1332 -> 1333, B 1309 -> 1310, ours 686 -> 687, dev level; an idf
# of 2.5 lets "what % of councils passed the lga self assessment" through, no idf lets "ncsc deputy ceo at
# launch?" through (B -3).
SIBLING_FUZZY_LEAD, SIBLING_FUZZY, SIBLING_IDF = 0.03, 0.8, 3.0
# A title word this common ("cyber", "security") names no one thing (``titles_a_side_of``).
TITLE_NAME_IDF = 1.0
# An entry whose words hold this share of another's answer, and every figure and year in it, says what
# the other says (``says_all_of``): of the two neck and neck, answering with it is no guess.
SAYS_ALL_SHARE = 0.9
# An unseen word's weight: full below Zipf UNSEEN_ZIPF_TOP - SPAN, UNSEEN_FLOOR at the top.
UNSEEN_ZIPF_TOP, UNSEEN_ZIPF_SPAN, UNSEEN_FLOOR = 6.0, 4.0, 0.1

# An irregular past is the same word as its present: "what did the lga build after the stocktake" is
# answered by "the LGA built ...", and "who wrote the foreword" by an entry that says "written". The
# stemmer only unifies regular forms ("launched", "launch"). Only verbs whose past has no other
# everyday sense in council questions: not "found" (a body is founded), "left" (a side), "saw", "known"
# ("known vulnerabilities" is not "want to know"), "went" (a sum "went to" councils), "paid" (a ransom
# paid is no cost of a service), "led" (who was led by whom then is not who leads now), "spoke" ("170
# speakers" says nobody who spoke).
IRREGULAR_BASE = {past: base for base, pasts in (
    ("build", "built"), ("write", "wrote written"), ("give", "gave given"), ("run", "ran"), ("take", "took taken"),
    ("hold", "held"), ("tell", "told"), ("send", "sent"),
    ("buy", "bought"), ("choose", "chose chosen"), ("bring", "brought"), ("seek", "sought"), ("keep", "kept"),
    ("make", "made"), ("come", "came"), ("grow", "grew grown"), ("draw", "drew drawn"),
    ("win", "won"), ("sell", "sold"), ("lose", "lost")) for past in pasts.split()}

# What kind of answer a question wants, and what an entry's answer offers. These soft terms
# nudge the ranking ("how much" prefers an entry with a sum of money) but never count towards
# coverage: they say nothing about the topic.
AMOUNT, DATE, COUNT, PLACE, ROLE = "__amount__", "__date__", "__count__", "__place__", "__role__"
SUM = "__sum__"   # a sum of money spent or given: "free" answers what something costs, not this
LINK = "__link__"  # "where do I find the board toolkit": a web address, not a city
DAY = "__day__"    # "what dates did it run": a day of a month, not a year
# "how long do we have to tell the ICO", "how long does a session take": a length of time, which an entry gives as
# one ("three to four hours", "a few days", "2016-21"); one that tells of the duty alone cannot say how long.
DURATION = "__duration__"
# "What's Lindy Cameron's job?": of a person we know, job, role and position say which attribute is
# asked, like "when"; they are not the topic, so they are an asked type and not search terms.
_ATTRIBUTE = regexes.compile(r"\b(?:(?:day |main |current )?jobs?(?: title)?|titles?|roles?|position|do for a living)\b", re.I)
# "What was the stocktake actually for?": what a thing is for is its aims ("purpose" as well cost a
# dev question; "aims" alone: half B +3, A, dev and ours level). "What is socitm short for", "what's the
# NCSC stand for" ask its full name, not its aims.
_PURPOSE = regexes.compile(r"\bwhat(?:'s|s| is| are| was| were)\b[^?.!]*?\b(?:actually |really )?(?<!short )(?<!stand )(?<!stands )for\s*(?=[?.!,]|$)", re.I)
# "What was the stocktake trying to achieve?", "what's it meant to do": its aims, in the words of an aim (which
# are no words of the topic: "achieve" would find the strategy's vision of what the UK would achieve).
_AIMED_AT = regexes.compile(r"(\bwhat(?:'s|s| is| are| was| were)\b[^?.!]*?\b)(?:trying|tryin|meant|supposed|intended|aiming|hoping)"
                            r"\s+to\s+(?:achieve|do|accomplish|deliver)\b", re.I)
# "local cio council previous name", "socitm's old name": the name it went by before, which the answerability
# check asks an entry to give; "previous" or "former" there is no word of the topic ("former Socitm president").
_FORMER_NAME = regexes.compile(r"\b(?:old|former|previous|earlier|past)\s+names?\b", re.I)
# The asker's own paper: "our policy", "our draft cabinet report", "my comms plan"; "the briefing" only where the asker
# put the line in it ("I've put in the briefing that ..."; not "the 2016 strategy says ...").
_OUR_PAPER = (r"(?:our|my|(?<=\bin\s)the|(?<=\binto\s)the)\s+(?:[\w-]+\s+){0,2}?"
              r"(?:policy|plan|report|paper|briefing|draft|strategy|slides?|deck|note|notes|"
              r"bulletin|newsletter|register|minutes|summary|doc|document)")
# The tag that makes a statement a yes/no question ("..., right?", "..., didn't he?", "...yeah"): it
# asks whether the statement is true, and is no part of what the statement is about.
# "Can I say that ...", "is it accurate to say ...": a press officer checking a line puts a claim to us,
# as a tag question does; the frame is no part of what the claim is about.
CLAIM_FRAME = regexes.compile(r"^\W*(?:(?:can|could|may)\s+(?:i|we)\s+(?:say|state|write|put|tell\s+\w+)|"
                         r"(?:is|would)\s+it\s+(?:be\s+)?(?:accurate|correct|right|true|ok|okay|safe|fair)\s+to\s+"
                         r"(?:say|state|write|call|describe)|"
                         r"(?:is|was)\s+it\s+(?:accurate|correct|right|true)(?=\s+that\b)|"
                         r"am\s+i\s+right\s+(?:in\s+saying|to\s+say)|are\s+we\s+(?:ok|okay|safe|fine)\s+to\s+(?:say|state)|"
                         # "confirm: francis maude launched it?", "can you confirm that ...": a line to check
                         r"(?:(?:can|could|would)\s+(?:you|u|someone|anyone)\s+|(?:pls|plz|please|just|quickly)\s+)?"
                         r"(?:confirm|verify)(?:\s+for\s+me)?\s*[:,-]?|"
                         # "correct me if wrong: ...", "for the record, ...", "sanity check: ...": a line put to be checked
                         r"correct\s+me\s+if\s+(?:i'?m\s+|i\s+am\s+)?wrong\s*[:,-]?|for\s+the\s+(?:record|minutes)\s*[:,-]|"
                         # "just noting for the minutes that ...", "noting for the record: ...": a line put on record
                         r"(?:just\s+)?not(?:e|ing)\s+(?:down\s+)?(?:(?:for|in)\s+(?:the\s+)?(?:minutes|record|notes|log)\s*"
                         r"(?:that\b|[:,-])|that\b)|"
                         r"(?:quick\s+)?(?:sanity|fact)[\s-]check\s*[:,-]|"
                         # "I've written in our policy that ...", "we've put in the report that ...": the asker's own line,
                         # what it says is the claim (not "I've written to them that ...").
                         # "our comms plan says ...": so is what the asker's own document says.
                         # ("in the risk register" may be read as an aside and gone: "we've written that ...")
                         r"(?:(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:written|said|stated)|(?:i|we)\s+(?:wrote|said|stated))"
                         rf"(?:\s+in(?:to)?\s+{_OUR_PAPER})?\s+that|"
                         rf"(?:i'?ve|i\s+have|we'?ve|we\s+have|i|we)\s+put\s+in(?:to)?\s+{_OUR_PAPER}\s+that|"
                         rf"{_OUR_PAPER}\s+says?(?:\s+that)?)"
                         r"\s+(?:that\s+)?", re.I)
# "when" opening a clause with no verb asking after it: "when NCSC pushed the ACD measures, ..." (not "when did ...").
WHEN_DONE = regexes.compile(r"\W*when\s+(?!(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should|"
                            r"shall|must|might)\b)")
# A sentence after a claim that asks whether the claim may be used ("the gcss says ... by 2025. can i put that in
# the cabinet paper?") asks whether it holds, however that is put: "safe to put in the newsletter?", "ok to put that
# in the committee report?", "am I ok to use that in the slides?", "can that go in the bulletin?", "happy for me to
# put that in the briefing?". The document it would go in is the asker's errand, no word of what the claim is about.
_CLAIM_USES = r"(?:use|say|put|print|publish|quote|include|keep|run|send|cite|repeat|go\s+with)"
CHECKS_BACK = regexes.compile(r"(?:[.?!:]\s+|\s+[-\u2013\u2014]+\s+|,\s+)(?:(?:can|could|may|should)\s+(?:i|we)\s+"
                          rf"{_CLAIM_USES}\s+(?:that|this|it)\b"
                          r"|(?:can|could|may|should|will|would)\s+(?:that|this|it)\s+go\s+(?:in|into|out)\b"
                          r"|(?:is|does|will|would)\s+(?:that|this|it)\s+(?:ok|okay|fine|safe|alright|all right|stand up|hold up|"
                          r"check out)\b"
                          r"|(?:(?:am|are)\s+(?:i|we)\s+)?(?:ok|okay|fine|safe|alright|all right|good|happy)\s+(?:for\s+(?:me|us)\s+)?"
                          rf"to\s+(?:{_CLAIM_USES}|go\s+(?:in|into|out))\b"
                          # "... go to 7726. Please confirm that's right.", "... 31 March 2026. is that the right date?",
                          # "have I got that right?": a sentence after the claim that asks whether it holds.
                          r"|(?:(?:can|could|would)\s+(?:you|u)\s+|pls\s+|plz\s+|please\s+|just\s+)?(?:confirm|check|verify)\s+"
                          r"(?:that|this|it)(?:'s|\s+is)?(?:\s+(?:right|correct|accurate|true|ok|okay))?(?=\s*[.?!]|\s*$)"
                          # (not "..., is it right to call Socitm ...": that asks of what follows)
                          r"|(?:is|was)\s+(?:that|this|it)\s+(?:the\s+)?(?:right|correct|accurate|true)(?:\s+(?:date|day|year|month|"
                          r"number|figure|name|address|amount|one))?(?=\s*[.?!]|\s*$)"
                          r"|(?:have|did)\s+(?:i|we)\s+(?:got|get)\s+(?:that|this|it)\s+right\b)[^.?!]*[.?!]*\s*$", re.I)
TAG_QUESTION = regexes.compile(r"(?:^|[\s,]+)(?:right|correct|yeah|yes|yep|true|innit|is that (?:right|correct|true|so)|"
                          r"am i right|(?:isn'?t|wasn'?t|aren'?t|weren'?t|didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|"
                          r"hadn'?t)\s+(?:it|he|she|they|that|we|there))[\s?.!]*$", re.I)
# "is early warning open to us in NI?", "who is it open for?", "are the ACD services open to housing associations?":
# open to someone, as a thing is (after "is", "are", "only"), is who may use it, not its launch ("when did the
# tool open to councils", "opened for business" keep theirs): no word of the topic, so read as none.
_OPEN_TO = regexes.compile(r"(\b(?:is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't|it's|its|they're|only|still|also)\b"
                           r"(?:\s+(?!open\b)[\w'-]+){0,6}?\s+)open(?=\s+(?:to|for)\s+(?!business\b))", re.I)
# "By what year...", "which city was it": the noun names the kind of answer wanted (a year, a place:
# asked types, see ``_ASKS``), which the entry gives as "2030" or "Manchester", never as "year" or
# "city"; it is no word of the topic.
_KIND_ASKED = regexes.compile(r"\b((?:what|which|wot|whit)\s+)(?:year|city|town)\b", re.I)
# "what are the two target years in the GCSS", "what were the two amounts": how many things the answer lists, which the
# constraints hold the entry to (``listed``): a word the entry may write ("four objectives"), but need not, so it
# weighs as a word set apart does.
_LIST_COUNT = regexes.compile(r"\b(?:what|which|wot)(?:'re|\s+are|\s+were)\s+(?:the\s+|its\s+|their\s+)?"
                              r"(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?=(?:[\w'-]+\s+){0,2}[a-z][\w-]*s\b)", re.I)
# "'LG cyber funding 18/19 - amount tbc'. how much did the LGA get that yr?": a year pointed back to, where the question
# has written it, is that year, which the constraints hold the entry to; the word "year" is no topic of its own (it
# would find the entry on the years after).
_THAT_YEAR = regexes.compile(r"\b(?:that|the\s+same|same)\s+(?:year|yr|financial\s+year|fy)\b", re.I)
_YEAR_WRITTEN = regexes.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "could not sanction us in the way Ofsted can", "a bit like how FSA oversees food", "the same month as GDPR", "just tech
# or wider like the DSPT": what the asker holds a thing up against, to the end of its clause: their yardstick, not
# what is asked about, so a word of it no entry uses is no unseen word of the question (nor, to the answerer, a name
# the answer must speak of).
COMPARED_WITH = regexes.compile(r"\b(?:(?:in|the)\s+(?:the\s+)?same\s+way(?:\s+as)?|in\s+the\s+way|like\s+how|"
                                r"(?:about\s+|around\s+)?the\s+same\s+(?:time|day|week|month|year|date|season)\s+as|similar\s+to|"
                                r"compared\s+(?:to|with)|akin\s+to|"
                                r"(?:an?\s+|the\s+)?equivalent\s+(?:of|to)|or\s+(?:[a-z]+\s+)?like|(?:be|being)\s+like)"
                                r"\s+([^,.;:?!()]+)",
                                re.IGNORECASE)
# A ticket's labels ("context: ...", "q: what number ...", "ctx:") mark where its parts start, and the party a scam
# pretends to be ("a dodgy txt claiming to be the council tax team", "an email purporting to be from HMRC") is the lure,
# not what is asked about: neither is a word of the topic.
_TICKET_LABEL = regexes.compile(r"(?:^|(?<=[\s.,;(]))(?:q|qq|qn|qu|question|context|ctx|background|bg|update|note|nb)\s*:(?!\S)", re.I)
_LURE = regexes.compile(r"\b(?:claiming|purporting|pretending|claims|claimed|purports|pretends|posing|poses)\s+(?:to\s+(?:be|come)\s+|as\s+)"
                        r"(?:from\s+)?[^,.;:?!()]*", re.I)
# What the desk has already done, told as a clause of its own ("..., already blocked sender.", "already reset her
# password, ..."): the steps taken on the ticket, not the question ("has the LGA already published it?" asks).
_ALREADY_DONE = regexes.compile(r"(?:^|(?<=[,.;:]\s))(?:(?:we|i|they|he|she|user|users)(?:'ve|\s+have|\s+has)?\s+)?already\s+"
                                r"[a-z]+ed\b[^,.;:?!]*(?=[,.;:!]|$)", re.I)
# The asker's users or staff as a ticket tells what befell them ("user got a dodgy txt", "a user has clicked a link",
# "staff keep getting scam texts, what number do they forward them to?"): whose case it is, not the users a question
# counts ("how many users does CiSP have").
_USER_BEFELL = regexes.compile(r"(?:^|(?<=[\s,.;:(-]))(?:(?:a|an|the|one\s+of\s+(?:our|the)|our|my|some|several|two|few|many)\s+)?"
                               r"(?:end[\s-])?(?:users?|staff|colleagues?|employees?|callers?)"
                               r"(?=\s+(?:(?:has|have|had|just|also|keep|keeps|kept|are|is|was|were)\s+)?"
                               r"(?:got|gets|getting|received|receives|receiving|reported|reports|reporting|clicked|clicks|clicking|"
                               r"opened|opens|forwarded|forwards|been\s+sent|sent)\b|\s+(?:had|has)\s+(?:a|an)\b)"
                               # ...or as who does what a how-to asks ("what number do staff forward scam texts to")
                               r"|(?<=\bdo\s)(?:our\s+)?(?:users|staff|colleagues|employees)(?=\s+[a-z])"
                               r"|(?<=\bshould\s)(?:our\s+)?(?:users|staff|colleagues|employees)(?=\s+[a-z])", re.I)
# "These days", "at the moment": when the question is set (the answerability check reads it as
# "now"), not what it is about.
_NOWADAYS = regexes.compile(r"\b(?:these days|this days|nowadays|now[- ]a[- ]days|at the moment|at present|at this moment|"
                       r"at this point in time|as of now|as things stand|just now|right now)\b", re.I)
# "where was he speaking at the time?", "who chaired it at the time": then, when the thing asked about happened, which
# the entry on it tells; no word of the topic ("at the time of the summit" names when, and stays).
_AT_THE_TIME = regexes.compile(r"\b(?:at|around|by)\s+(?:that|the)\s+time\b(?!\s+of\b)", re.I)
# "how much vulnerabilities", "how much users": a learner's "how much" before a plural counts; a plural that is a
# sum ("how much funds", "readies") still asks a sum.
_SUM_PLURALS = r"(?:funds|costs|pounds|quids|readies|fees|savings|sums|monies|finances|resources)\b"
_HOW_MUCH_OF_MANY = rf"how much\s+(?!{_SUM_PLURALS})[a-z]{{3,}}[a-rt-z]s\b"
# "do we have to pay for web check?", "do councils pay to use early warning?", "is there a charge for exercise in a
# box?": whether the asker pays for a thing asks what it costs (an entry that calls it free, or gives its price, says);
# "pay" alone is left out of the cost words, a ransom paid being no cost of a service, and so is who pays for what
# ("does cyber support pay for backups", "what did the money pay for").
_PAYS_FOR = regexes.compile(r"\b((?:(?:have|has|need|needs|got)\s+to|(?:do|does|will|would|must|should)\s+(?:we|i|you|u|councils?|"
                            r"(?:our|my)\s+[\w-]+))\s+)pay(\s+(?:anything\s+|extra\s+|money\s+)?(?:for|to\s+(?:use|join|get|access))\b)"
                            r"|\bis\s+there\s+(?:a|any)\s+(?:charge|fee)\s+(?:for|to)\b", re.I)
# "what did the Cabinet Office pay Nominet to build PDNS", "what was RAND paid for the stocktake": the sum paid to someone
# (who, as the question names them: group 1 or 2), which a free service is not ("what do councils pay for it", "pay to
# use" ask a cost).
PAID_TO = regexes.compile(r"\b(?:what|how\s+much)\s+(?:did|does|do|will|would|has|have|had)\b[^?.!]*?\bpay\s+"
                          r"(?!for\b|to\b|anything\b|extra\b|out\b|back\b|up\b)((?:[\w'-]+\s+){0,2}?[\w'-]+?)"
                          r"(?=\s+(?:to|for|in|at|on|during|when|after|before|under)\b|\s*[?.!,;]|\s*$)"
                          r"|\b(?:what|how\s+much)\s+(?:was|were|is|are|has|have|had)\s+((?:[\w'-]+\s+){0,3}?[\w'-]+?)\s+(?:been\s+)?paid\b")
# "what would the quick win grants be capped at", "the maximum a council could get": a cap, which is a sum given as
# one ("up to £750,000 each"), not a total.
CAP_ASKED = regexes.compile(r"\bcapped\b|\bcaps?\s+(?:on|for|of)\b|\bwhat(?:'s|s| is| was| were)?\s+the\s+cap\b|"
                            r"\bmax(?:imum)?\s+(?:(?:grant|award|amount|sum|bid|funding)\b|"
                            r"(?:a|each|any|one|per)\s+(?:council|authority|la)\b)")
_ASKS = (
    (_ATTRIBUTE, ROLE),
    (regexes.compile(rf"\bhow (?:much(?!\s+(?!{_SUM_PLURALS})[a-z]{{3,}}[a-rt-z]s\b)|big|large)\b"
                     r"|\b(cost|costing|price|budget|worth)\b|\bwhat (?:sum|amount)\b|" + _PAYS_FOR.pattern), AMOUNT),
    (regexes.compile(r"\b(?:how much|what sum|what amount)\b.*\b(spen[dt]|spending|invest\w*|budget\w*|allocat\w*|gave|give|given|"
                r"put in|paid|pay|commit\w*|pledg\w*)\b|\bwhat (?:was|is|were|are) the (?:\w+ )?(?:budget|spend|spending)\b"
                # "what cyber funding did NHS England give trusts", "what did NHS Digital spend on it": a sum too
                r"|\bwhat (?:\w+ )?(?:funding|money|cash)\b.*\b(?:gave|give|given|put in|spen[dt]|allocat\w*)\b"
                # (not "what did they spend the 1.5m on": what it went on)
                r"|\bwhat did\b.*\bspen[dt]\b(?!\s+(?:the|that|this|it|its|their|our|all)\b)"
                r"|" + PAID_TO.pattern + "|" + CAP_ASKED.pattern), SUM),
    # "when" asks a date unless it opens a clause inside a question that asks something else ("which
    # bodies were merged into the NCSC when it was set up?"), before it as here or after it: "When the NCSC announced
    # its four free measures, who did it run the takedowns with?".
    (regexes.compile(r"^(?:(?!\b(?:which|what|who|whose|where|how)\b).)*\bwhen\b"
                     r"(?![^?.!;]*,\s*(?:(?:and|so|but)\s+)?(?:which|what|who|whose|where|how)\b)"
                r"|\bwhen\s+(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should)\b|\bwhen\s*[?.!]?\s*$"
                r"|\bwhat (date|day|year|month)\b|\bhow long ago\b|\bdeadlines?\b|\bby when\b|"
                r"\b(due|closing|cut-?off|end|start) date\b"
                # "how old is it", "how long has the 10 steps been around", "since when": how long since it began
                r"|\bhow old\b|\bsince when\b|\bhow long (?:has|have|had)\b.*\b(?:been (?:around|going|about|in place|out)"
                r"|existed)\b"), DATE),
    (regexes.compile(r"\b(?:what|which|exact|on what) (?:dates?|days?)\b|\bexact date\b|\bwhat day of\b"), DAY),
    # (not "how long ago" nor "how long has it been around", which ask when; nor how long between two things,
    # which their dates answer)
    (regexes.compile(r"\bhow\s+long(?:'s)?\b(?!\s+ago\b)(?![^?.!]*\b(?:ago|since|between|after|before|been\s+(?:at|with|in|there|around|going|"
                     r"about|in\s+place|out|running|live|open)|existed)\b)|\bfor\s+how\s+long\b|\bhow\s+many\s+(?:hours|days|weeks)\b"),
     DURATION),
    (regexes.compile(r"\bhow many\b|\bnumber of\b|\b" + _HOW_MUCH_OF_MANY), COUNT),
    # ("a free thing where officers rehearse an attack", "the one where you upload your logs": a thing described by
    # what happens in it, no place asked)
    (regexes.compile(r"(?<!\bthing )(?<!\bthings )(?<!\bone )(?<!\bbit )(?<!\bscheme )(?<!\bservice )(?<!\btool )"
                     r"(?<!\bsession )(?<!\bexercise )(?<!\bworkshop )\bwhere\b|\bwhich (city|town|venue)\b"), PLACE),
    (regexes.compile(r"\bwhere(?:'s| is| are| do| can| could| would| should| might)?(?: i| we| you| one| people)?"
                r"(?: find| get| download| access| read| see| go| look| sign up| register| report)\b|"
                r"\b(?:link|links|url|web ?address|web ?page|webpage|website|site) (?:for|to|of)\b"), LINK),
)
# How a sum is written: a currency mark before its figure ("£5,000", "$20m"), or its scale after it ("2.6bn",
# "19.9 million", "750k"). The patterns that read sums, here and in the answerability check, are built from these
# pieces, so a new way of writing one ("£2.3bil") is taught once.
CURRENCY = r"[£$€]"
FIGURE = r"\d[\d,]*(?:\.\d+)?"
SCALES = r"(?:thousand|k|million|m|mn|billion|bn)"
# ...and what each multiplies a figure by.
SCALE_SIZES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}
# ...of which these make a bare figure money: "17k" or "20 thousand" may as well be staff.
MONEY_SCALES = r"(?:million|m|mn|billion|bn)"


def written_sum(scales: str = MONEY_SCALES) -> str:
    """The pattern of a sum written with a currency mark or one of ``scales``: "£5,000", "£37.8m", "2.6bn"."""
    return CURRENCY + r"\s*\d|\b\d+(?:\.\d+)?\s*" + scales + r"\b"


# A figure the asker remembers only roughly: "about 4k", "nearly 20m", "40m-ish", "200 or so", "thirty something
# million", "1 point something bn", "20-odd councils", "40-ish million". The hedge says how near (``hedge``: on either side; ``under``:
# "nearly", "almost", up to it; ``range``: "30 something", "1 point something", from it to the next of its last
# digit), the number and its scale. Not a share ("around 40%": the entry is found by it) and not "just under" or "over"
# (``answerability.patterns._FIGURE_BOUND``). The search reads a sum so remembered as money and a count as
# nothing (``_without_hedged_figures``); the answerability check holds the entry's figure to it.
HEDGED_FIGURE = regexes.compile(
    r"(?:\b(?P<hedge>about|around|roughly|approximately|approx\.?|circa|something\s+like|ballpark(?:\s+of)?|"
    r"in\s+the\s+region\s+of|give\s+or\s+take|round\s+about)|\b(?P<under>nearly|almost|close\s+to|getting\s+on\s+for|"
    r"the\s+best\s+part\s+of))\s+[£$€]?(?!\d[\d,.]*\s*(?:%|per\s*cent\b|percent\b))(?P<n>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?!\d|\.\d)"
    r"(?:\s*(?P<scale>" + SCALES + r")\b)?(?:[- ]?ish\b|\s+or\s+so\b)?"
    r"|(?<![\w.,£$€])[£$€]?(?P<n2>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s*(?P<scale2>" + SCALES + r")\b)?"
    r"(?:[- ]?ish\b|\s+or\s+so\b)(?:\s*(?P<scale2b>" + SCALES + r")\b)?"
    r"|(?<![\w.,£$€])[£$€]?(?:(?P<tens>\d*[1-9]0)[- ](?:something|odd)|(?P<units>\d+)(?:\s+point\s+|\.)something)\b"
    r"(?:\s*(?P<scale3>" + SCALES + r")\b)?", re.IGNORECASE)


MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_OFFERS = (
    (regexes.compile(written_sum() + r"|\bfree\b|\bno (extra )?(cost|charge)\b", re.I), AMOUNT),
    (regexes.compile(written_sum(), re.I), SUM),
    (regexes.compile(rf"\b(19|20)\d\d\b|\b{MONTH_NAMES}\b", re.I), DATE),
    (regexes.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|\u2013|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
                rf"{MONTH_NAMES}\b|\b{MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)"
                r"|\bmid-|\bearly\b|\blate\b|\bend of\b", re.I), DAY),
    (regexes.compile(r"\b\d+\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred)\b", re.I), COUNT),
    (regexes.compile(r"\b(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?)\b|\b(?:19|20)\d\d\s*(?:-|\u2013|to|until)\s*"
                     r"(?:(?:19|20)?\d\d)\b|\buntil\b|\bdowntime\b"
                     # ...or two years, between which a time in post or a programme's run is counted
                     r"|\b((?:19|20)\d\d)\b.*\b(?!\1\b)(?:19|20)\d\d\b", re.I | re.S), DURATION),
    (regexes.compile(r"\b(chief executive|head of|director|chair|chaired|chairs|chairman|chairwoman|president|minister"
                r"|chancellor|secretary|leader|manager|officer|cio|ciso|spokesperson|adviser|advisor|founder)\b",
                re.I), ROLE),
    (regexes.compile(r"https?://|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|co|net|nhs)(?:\.uk)?\b", re.I), LINK),
    (regexes.compile(r"\b(in|at) (London|Manchester|Glasgow|Liverpool|Belfast|Cardiff|Edinburgh|Birmingham|Leeds"
                r"|Newport|Harrogate|[A-Z][a-z]+ (Centre|Hall|Arena))\b"), PLACE),
)


_FIGURE = regexes.compile(r"\d+(?:[.,]\d+)*")
# "in" or "at" and the capitalised words after it, commas between: "in Victoria, London", "at the SEC in Glasgow".
_AT_PLACE = regexes.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'-]*(?:,\s*|\s+)?){1,4})")
_DAY_MONTH = regexes.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_NAMES})\b", re.I)

# "Ciaran Martin's role" is about the label "Ciaran Martin": the fuzzy label match reads names bare.
_POSSESSIVE = regexes.compile(r"\b(\w+)'(?:s\b|(?!\w))")


# Slack's marks for code, bold and quotation ("`web check`", "*caf*", "\"cyber essentials\"") set a name
# apart; they are no part of its words.
_MARKUP = regexes.compile(r"[`*\"\u201c\u201d]+")


def _bare_names(question: str) -> str:
    """The question lower-cased with possessives dropped ("martin's" -> "martin"), contractions kept,
    and no marks of Slack markup on its words."""
    return _POSSESSIVE.sub(lambda m: m.group(0) if is_stopword(m.group(0)) or m.group(1) in QUESTION_WORDS
                           else m.group(1), _MARKUP.sub(" ", question).lower().replace("\u2019", "'"))


# A question asking who, when, where, which or how wants one fact about a thing, not the thing.
_ATTRIBUTE_ASKED = regexes.compile(r"\b(who|whom|whose|who's|whos|when|where|which|how|why)\b")

# "cisp member count", "lindy cameron start date", "exercise in a box cost": a noun that names the kind
# of answer wanted, not the topic. An entry that gives that kind of answer (a number, a date, a sum)
# speaks to it, whether or not it uses the word.
# Only in a question typed as a bare noun stack, with no question word or verb to ask it: "is socitm worth
# the membership fee" asks about worth, and a free service is no answer to it.
ATTRIBUTE_WORDS = {"date": DATE, "dates": DATE, "count": COUNT, "cost": AMOUNT, "costs": AMOUNT, "price": AMOUNT,
                   "amount": AMOUNT, "amounts": AMOUNT,
                   "year": DATE, "years": DATE}
# A month is asked for only where a question word names it ("in which month and year did ..."): bare, "the NCSC
# opened in ____ (month and year)" or "ncsc start month/yr", it would level every dated entry with the thing asked.
NAMED_ATTRIBUTE_WORDS = {**ATTRIBUTE_WORDS, "month": DATE, "months": DATE}
# ...and in a worded question, such a noun right after "which" or "what" (or "the exact"), alone or paired ("in which
# month and year did the CAF for local government launch?", "what date did the pilot report come out?", "LGA SAT -
# which months are the windows?", or a request's "could you confirm the month and year"): the question word says it is
# the kind of answer asked, whatever else is asked.
_ATTRIBUTE_NAMED = regexes.compile(r"\b(?:which|what|whats|what's|exact|(?:confirm|state|give|provide|advise)\s+(?:us\s+|me\s+)?the)\s+"
                                   r"(\w+)(?:\s+(?:and|&|or|\+)\s+(\w+))?|"
                                   # ...or as a tracker's label left blank: "CYBERUK 2019 | city: ? | month: ?"
                                   r"\b(\w+)\s*[:=]\s*(?:\?|_{2,})", re.IGNORECASE)
_WORDED_QUESTION = regexes.compile(r"\b(?:who|whom|whose|who's|whos|what|whats|what's|wot|whit|when|where|which|why|how|"
                              r"is|are|was|were|did|does|do|can|could|should|has|have|had|will|would)\b", re.I)

GATED_TYPES = (AMOUNT, DATE, COUNT, SUM, DAY, DURATION)   # places are recognised too loosely to refuse on


def asked_types(question: str) -> list[str]:
    lowered = question.lower()
    # "correct me if wrong: when NCSC pushed the 4 ACD measures it said none need extra money": a line put to be
    # checked that opens on when a thing was done asks no date ("confirm: when did it ..." still does).
    framed = CLAIM_FRAME.match(lowered)
    if framed and (when := WHEN_DONE.match(lowered, framed.end())):
        lowered = lowered[:framed.end()] + lowered[when.end():]
    return [term for pattern, term in _ASKS if pattern.search(lowered)]


def offered_types(text: str) -> list[str]:
    return [term for pattern, term in _OFFERS if pattern.search(text)]


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float          # confidence 0..1 used for the answer/abstain decision
    bm25: float
    coverage: float
    fuzzy: float


@dataclass
class SearchResult:
    question: str
    terms: list[str]
    matches: list[Match]            # best first
    confident: bool
    unknown_terms: list[str] = field(default_factory=list)
    seconds: float = 0.0
    asked: list[str] = field(default_factory=list)

    def confident_in(self, match: Match, index: "SearchIndex") -> bool:
        return index.is_confident(match, self.terms, self.asked, self.unknown_terms)

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None


class SearchIndex:
    """An in-memory index of one knowledge base; build once, query from any thread."""

    def __init__(self, kb: KnowledgeBase, synonyms: Sequence[Sequence[str]] = ()):
        self.kb = kb
        self.entries: list[Entry] = list(kb.entries)
        self._canon = _synonym_map(synonyms)
        lexicon = kb.lexicon
        self._names = frozenset(self._canonical(w) for name in (*lexicon.places, *lexicon.countries, *lexicon.people)
                                for w in surface_words(name))
        self._places = frozenset(self._canonical(w) for name in (*lexicon.places, *lexicon.countries)
                                 for w in surface_words(name))
        self._people = frozenset(self._canonical(w) for name in lexicon.people for w in surface_words(name))
        self._build()

    # -- building ---------------------------------------------------------------------------
    def _terms_of(self, text: str) -> list[str]:
        return [self._canonical(w) for w in surface_words(full_spans(text)) if not is_stopword(w)]

    def _canonical(self, word: str) -> str:
        word = IRREGULAR_BASE.get(word, word)
        stemmed = stem(word)
        return self._canon.get(word) or self._canon.get(stemmed) or stemmed

    # Pickled into the compiled knowledge base (``bot.answers.compiled``) with its regex's compiled
    # program, as ``Lexicon`` is: unpickled bare, the alternation of every name our sources spell
    # out would be parsed and compiled again by each ``cyberbot ask``.
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        if state.get("_spelt_out") is not None:
            pattern, by_name = state["_spelt_out"]
            state["_spelt_out"] = (regexes.freeze(pattern), by_name)
        return state

    def __setstate__(self, state: dict) -> None:
        if state.get("_spelt_out") is not None:
            frozen, by_name = state["_spelt_out"]
            state["_spelt_out"] = (regexes.thawed(frozen), by_name)
        self.__dict__.update(state)

    def _build(self) -> None:
        doc_tf: list[Counter] = []
        self._doc_terms: list[frozenset[str]] = []
        self._incidental: list[frozenset[str]] = []   # terms only the answer text uses
        self._title_terms: list[frozenset[str]] = []
        self._named_terms: list[frozenset[str]] = []  # terms of the title and keywords
        self._all_named: frozenset[str] | None = None  # the union of those (``names_things``)
        surface_vocab: dict[str, str] = {}
        lengths = []
        defined = defined_acronyms(self.entries)
        spelt_out = self._spelt_out = _spelt_out_pattern(defined)
        # "CE 5 controls?": an acronym our sources define only through its "Plus" ("Cyber Essentials Plus
        # (CE+)") is its name when typed, as "EIAB" is; the entries keep the few places they write it.
        self._named_by_plus = {acronym: [t for long in names for t in self._terms_of(long)]
                               for acronym, names in defined_acronyms(self.entries, plus=True).items()
                               if acronym not in defined}
        full = self._canonical("full")
        for entry in self.entries:
            fields = {
                "title": entry.title,
                "phrasings": " ".join(entry.phrasings),
                # An event held somewhere has a venue, whether or not its keywords say so.
                "keywords": " ".join(entry.keywords) + (f" venue {entry.event.place}" if entry.event and entry.event.place
                                                         else ""),
                "answer": entry.answer + " " + self._topic_title(entry),
            }
            # "IT security": information technology's security, not the pronoun a question reads "it" as.
            fields = {name: _IT.sub("information technology", text) for name, text in fields.items()}
            if spelt_out is not None:
                # A name the knowledge base abbreviates is its acronym too, wherever it is spelt out:
                # "Cyber Assessment Framework for local government" is a title about the CAF.
                found = {name: _acronyms_spelt_out(spelt_out, text) for name, text in fields.items()}
                fields = {name: text + "".join(f" {acronym}" for acronym in found[name]) for name, text in fields.items()}
            tf: Counter = Counter({t: 1.0 for t in offered_types(entry.answer)})
            # ("The NCSC's headquarters are in Victoria, London, ... GCHQ's base in Cheltenham": a place of the lexicon's
            # after "in" or "at" is where, as the cities written into ``_OFFERS`` are.)
            if PLACE not in tf and any(self.kb.lexicon.places_in(m.group(1), countries=False)
                                       for m in _AT_PLACE.finditer(entry.answer)):
                tf[PLACE] = 1.0
            core: set[str] = set()
            self._title_terms.append(frozenset(self._terms_of(fields["title"])))
            self._named_terms.append(frozenset(self._terms_of(fields["title"] + " " + fields["keywords"])))
            for name, text in fields.items():
                counts = Counter(self._terms_of(text))
                if name != "answer":
                    core.update(counts)
                for term, count in counts.items():
                    tf[term] += FIELD_WEIGHTS[name] * min(count, 3)
                for word in surface_words(text):
                    if not is_stopword(word) and len(word) > 2:
                        surface_vocab.setdefault(word, self._canonical(word))
            # An entry whose title defines an acronym gives its full name: "what does PDNS stand for" (read as
            # "full name") is spoken to by "Protective DNS (PDNS)", the entry about the thing the letters name.
            # (Not every entry that defines one in passing: "the National Cyber Security Centre (NCSC)" opens
            # fifty answers about other things.) A soft term, like the kinds of answer: it weighs nothing in
            # the entry's length.
            soft = 0.0
            if full not in tf and acronyms_defined_in(entry.title):
                tf[full], soft = 1.0, 1.0
                core.add(full)
            doc_tf.append(tf)
            self._doc_terms.append(frozenset(tf))
            self._incidental.append(frozenset(t for t in tf if t not in core and not t.startswith("__")))
            # the newer soft terms are not text
            lengths.append(sum(tf.values()) - sum(tf.get(kind, 0.0) for kind in (ROLE, SUM, LINK, DAY)) - soft)
        n = max(len(self.entries), 1)
        avg = (sum(lengths) / n) or 1.0
        df: Counter = Counter()
        for tf in doc_tf:
            df.update(tf.keys())
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.unknown_idf = math.log(1 + (n + 0.5) / 0.5)
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, tf in enumerate(doc_tf):
            norm = K1 * (1 - B + B * lengths[i] / avg)
            for term, f in tf.items():
                self.postings[term].append((i, self.idf[term] * f * (K1 + 1) / (f + norm)))
        self._surface = surface_vocab
        self._surface_words = list(surface_vocab)
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in self._surface_words:
            self._by_length[len(word)].append(word)
        self._near_lengths: dict[tuple[int, int], list[str]] = {}
        self._corrections: dict[str, str | None] = {}
        self._results: dict[tuple[str, int], SearchResult] = {}
        self._said: dict[str, list[str]] = {}   # an entry's answer as search terms (``says_all_of``)
        self._alias_terms = {self._canonical(name): frozenset(t for alias in aliases for t in self._terms_of(alias))
                             for name, aliases in self.kb.lexicon.aliases.items()}
        self._initialisms = self._initialisms_of_names()
        self._everyday = everyday_words()
        self._clipped_words: dict[str, tuple[str, ...]] | None = None
        lexicon = self.kb.lexicon
        self._lexicon_words = frozenset(word for phrases in (
            lexicon.expansions, lexicon.filler, lexicon.countries, lexicon.places, lexicon.people, lexicon.given_names,
            lexicon.organisations, lexicon.greetings, lexicon.thanks, lexicon.help, lexicon.foreign, lexicon.asides,
            lexicon.opinion, lexicon.urgency, lexicon.threats) for phrase in phrases for word in re.findall(r"[a-z]+", phrase.lower()))
        # "Ofsted", "DEFRA", "Deloitte": a body or place of the lexicon's lists, said in one word, is that name, no slip
        # for a word of ours ("ofsted" is not "hosted").
        self._names_elsewhere = frozenset(name.lower() for name in (*lexicon.organisations, *lexicon.places, *lexicon.countries)
                                          if name.isalpha())
        self._chat_question_words = {chat: word for chat, word in lexicon.expansions.items()
                                     if word in QUESTION_WORDS and chat.isalpha()}
        self._labels = [[_bare_names(label) for label in (e.title, *e.phrasings)] for e in self.entries]
        self._position = {e.id: i for i, e in enumerate(self.entries)}
        self._attribute_terms = {self._canonical(word): kind for word, kind in ATTRIBUTE_WORDS.items()}
        self.compounds = self._compounds()
        self.sounds = self._sounds()
        # "the sixteen strategy", "the 24 ncsc review": years our titles and phrasings write beside a word
        self.years_beside = spoken.years_beside([name for e in self.entries for name in (e.title, *e.phrasings)],
                                                lambda word: is_stopword(word) or word in QUESTION_WORDS)
        # "when did cyberessentials launch": our two-word names typed as one word (``spoken.run_together``)
        self.run_together = spoken.run_together([name for e in self.entries for name in (e.title, *e.keywords)],
                                                [p for e in self.entries for p in e.phrasings], is_real_word, lambda word: is_stopword(word) or word in QUESTION_WORDS)
        # "fishing dot something": our web and email addresses' words as they sound (``spoken.address_parts``)
        self.address_parts = spoken.address_parts(e.answer for e in self.entries)
        self._two_word_names = spoken.two_word_names(
            [name for e in self.entries for name in (e.title, *e.keywords)] + list(self.kb.lexicon.people),
            lambda word: is_stopword(word) or word in QUESTION_WORDS)

    def _compounds(self) -> dict[tuple[str, str], str]:
        """Our names as they may be typed in two words ("stock take", "wanna cry": ``spoken.compounds``)."""
        lexicon = self.kb.lexicon
        names = {w for e in self.entries for w in surface_words(" ".join((e.title, *e.keywords)))}
        written = " ".join(w for e in self.entries for w in surface_words(" ".join((e.title, e.answer, *e.keywords))))
        people = {part for person in lexicon.people for part in surface_words(person)}
        return spoken.compounds(names, written, is_real_word,
                                lambda name: name in people or bool(lexicon.places_in(name)))

    def _sounds(self) -> dict[str, str]:
        """How our names sound, said aloud and written by ear ("in CSC", "sock it em": ``spoken.sound_alikes``):
        the words of our titles and keywords, as our sources write them, that are no English word."""
        names: dict[str, Counter] = defaultdict(Counter)
        for entry in self.entries:
            for name in (entry.title, *entry.keywords):
                for word in re.findall(r"[A-Za-z]+", name):
                    names[word.lower()][word] += 1
        return spoken.sound_alikes({name: forms.most_common(1)[0][0] for name, forms in names.items()}, is_real_word)

    def _initialisms_of_names(self) -> dict[str, list[str]]:
        """"eiab" for "Exercise in a Box": people shorten a name of several words to its initials.
        Of every name of three words or more in a title or keyword (its words capitalised, but for
        small words like "in" and "a"), the initials of every word stand for its words, unless they
        are a word we or English already have, or two names share them."""
        found: dict[str, list[str]] = {}
        clashes: set[str] = set()
        for entry in self.entries:
            for name in (entry.title, *entry.keywords):
                for phrase in re.split(r"[():,;\u2013\u2014]|\s-\s", name):
                    words = re.findall(r"[A-Za-z]+", phrase)
                    if (len(words) < 3 or not words[0][0].isupper() or not words[-1][0].isupper()
                            or words[0].lower() in QUESTION_WORDS
                            or any(w[0].islower() and not is_stopword(w) for w in words)):
                        continue
                    initials = "".join(w[0] for w in words).lower()
                    if initials in self.idf or is_real_word(initials) or initials in clashes:
                        continue
                    terms = self._terms_of(phrase)
                    if found.get(initials, terms) != terms:
                        clashes.add(initials)
                        del found[initials]
                        continue
                    found[initials] = terms
        return found

    def _topic_title(self, entry: Entry) -> str:
        topic = self.kb.topics.get(entry.topic)
        return topic.title if topic else ""

    # -- querying ---------------------------------------------------------------------------
    def query_terms(self, question: str) -> tuple[list[str], list[str]]:
        """The question's informative terms (typos corrected) and the words we have never seen."""
        terms, unknown = [], []
        lexicon = self.kb.lexicon
        text = _AT_THE_TIME.sub(" ", _NOWADAYS.sub(" ", lexicon.expand(full_spans(plain_dates(question)))))
        text = TAG_QUESTION.sub(" ", CHECKS_BACK.sub(" ", CLAIM_FRAME.sub(" ", text)))
        text = _PAYS_FOR.sub(lambda m: f"{m.group(1)}{m.group(2)}" if m.group(1) else " ", text)
        text = _KIND_ASKED.sub(r"\1", text)
        if _YEAR_WRITTEN.search(text):
            text = _THAT_YEAR.sub(" ", text)
        text = _ALREADY_DONE.sub(" ", _LURE.sub(" ", _USER_BEFELL.sub(" ", _TICKET_LABEL.sub(" ", text))))
        text = _OPEN_TO.sub(r"\1", text)
        text = _PURPOSE.sub(lambda m: m.group(0) + " aims", _AIMED_AT.sub(r"\1aims", text))
        text = _FORMER_NAME.sub(" name ", text)
        if self._names_a_person(text):
            text = _ATTRIBUTE.sub(" ", text)
        yardstick = compared_words(text)
        for word in surface_words(text):
            word = _with_its_g(word)
            if is_stopword(word) or word in QUESTION_WORDS or word in lexicon.filler:
                continue
            term = self._canonical(word)
            if word in self._named_by_plus:
                terms += [t for t in self._named_by_plus[word] if t not in terms]
                continue
            if word in self._initialisms:
                # "sers" for "Suspicious Email Reporting Service": the initials are the name's words, and the
                # initials themselves too where an entry lists them ("SERS"), as a name spelt out is its acronym
                named = [*self._initialisms[word], *([term] if term in self.idf else [])]
                terms += [t for t in named if t not in terms]
                continue
            if term not in self.idf:
                if _slip_of_function_word(word):
                    continue    # "mnay", "wehn", "muhc": a slip for "many", not for our "may"
                fixed = self._correct(word)
                if fixed is None:
                    if len(word) > 1 and not _misspelt_function_word(word) and word not in yardstick:
                        unknown.append(word)
                    continue
                term = fixed
            if term not in terms:
                terms.append(term)
        # A name spelt out in full is its acronym too, as it is in the entries: "the Government Cyber
        # Security Strategy" asks about the GCSS, not about government, cyber, security and strategy.
        if self._spelt_out is not None:
            terms += [t for t in (self._canonical(a) for a in _acronyms_spelt_out(self._spelt_out, text))
                      if t in self.idf and t not in terms]
        return terms, unknown

    def _names_a_person(self, text: str) -> bool:
        lexicon = self.kb.lexicon
        return any(lexicon.person_for(word) for word in surface_words(text))

    def near_ours(self, word: str) -> bool:
        """Could ``word`` be a slip for one of our words, if a rough one ("exersize")?"""
        # Of about the same length: "enisa" holds "nis" and "techuk" holds "tech", but they are
        # other names, not slips for ours.
        return process.extractOne(word, self._within_a_letter(len(word)), scorer=fuzz.ratio,
                                  score_cutoff=NEAR_OURS) is not None

    def as_written(self, question: str) -> str:
        """``question`` as a dictated or spelled-out one would be typed (``spoken.as_written``):
        "twenty sixteen" as 2016, "the n c s c" as the NCSC, "stock take" as our stocktake."""
        expansions = self.kb.lexicon.expansions
        written = spoken.as_written(question, self.compounds, lambda word: self._canonical(word) in self.idf
                                    or word in self._initialisms or word in expansions, self.sounds, is_stopword,
                                    self.years_beside, self.run_together, self.address_parts)
        # "web cheque", "lindy cameroon": a phone's autocorrect made one word of a two-word name of ours English
        return spoken.autocorrected_names(written, self._two_word_names, lambda word: self._canonical(word) in self.idf,
                                          is_real_word)

    def everyday_as_typed(self, question: str) -> str:
        """``question`` with its slips for everyday English words (``function_word_slipped``,
        ``everyday_word_slipped``, ``letter_doubled``) typed right: "how mnay" as "many", "in a nutshel" as "nutshell", "whos mantaining logging made easy" as
        "maintaining", "acording to ncsc" as "according", for every
        reading after (asides, what is asked, the search). Not a word of ours or of the lexicon (chat,
        dialect, other languages: "haway", "statt"), nor one slip from one of our names, which ``_correct``
        reads as ours ("socitms"); not a name written as one ("Smyth") mid-sentence."""
        return _WORD.sub(self._everyday_as_typed, question)

    def _everyday_as_typed(self, match: re.Match) -> str:
        word = match.group(0)
        lowered = word.lower()
        if word != lowered and not (word[1:].islower() and _SENTENCE_START.search(match.string, 0, match.start())):
            return word
        # "wat was socitm called", "wen did it start": a chat spelling of a question word is that word for every
        # reading, the labels a question is matched to and what it asks among them, as "mnay" is "many".
        asking = self._chat_question_words.get(lowered)
        if asking is not None:
            return asking if word == lowered else asking.capitalize()
        if self._canonical(lowered) in self.idf or lowered in self._initialisms or lowered in self._lexicon_words:
            return word
        # "nutshel", "loging": a doubled letter typed once is that word before any other slip ("loging" is no "losing")
        meant = letter_doubled(lowered, self._doubled_ours)
        if meant is not None:
            return meant if word == lowered else meant.capitalize()
        # "how mnay", "wehn": before any name of ours, as the search reads them; but a word as often written
        # as "gove" (a surname) is left for the search to skip and the answerability check to read as written
        meant = function_word_slipped(lowered) if english_zipf(lowered) < TYPO_ZIPF else None
        if meant is None:
            meant = everyday_word_slipped(lowered, self._everyday) or self.clipped(lowered)
            if meant is None or self._one_slip_from_our_names(lowered):
                return word
        return meant if word == lowered else meant.capitalize()

    def clipped(self, word: str) -> str | None:
        """The everyday word ``word`` is typed without its vowels ("hld": "held"), if it is one (``clipped_word``)."""
        return clipped_word(word, self._clipped())

    def _clipped(self) -> dict[str, tuple[str, ...]]:
        """The everyday words by their consonants (``clipped_words``), made the first time a word is typed without its
        vowels: few questions have one."""
        if self._clipped_words is None:
            self._clipped_words = clipped_words(self._everyday)
        return self._clipped_words

    def _doubled_ours(self, word: str) -> bool:
        return word in self._surface or word in self.kb.lexicon.expansions

    def ours_as_typed(self, question: str) -> str:
        """``question`` with its slips for words of ours typed right, as the search reads them (``_correct``):
        "is pnds free", "what did conenll say", "Siobhan Coguhlan" as "pdns", "connell", "Coughlan", for every
        reading after (asides, the constraints' names, the labels the question is matched to), so a question
        typed with a slip is read as the same question typed right. Only a word English has never seen (below
        TYPO_ZIPF): never an English word ("star" stays "star") nor a surname ("gove" is no "gov"), a word of the
        lexicon (chat, dialect), nor a word of ours already."""
        return _WORD.sub(self._ours_as_typed, question)

    def _ours_as_typed(self, match: re.Match) -> str:
        word = match.group(0)
        lowered = word.lower()
        if (len(lowered) < 4 or lowered in self._initialisms or lowered in self._lexicon_words
                or lowered in self.kb.lexicon.expansions):
            return word
        # A word whose stem is one of ours is left as typed when it is a word of ours or of English, or one of ours
        # with an ending of its own ("ransomwared", "leaved"); a slip that only stems like one of ours is mended as
        # the others are ("directer" stems as "direct", no director; "conferance" as "confer")
        stems_as_ours = self._canonical(lowered) in self.idf
        if stems_as_ours and (lowered in self._surface or is_real_word(lowered)):
            return word
        # Not into a word of three letters: a letter more or less makes another body's initials ("ciso" is no "cio").
        # (A real English word has no correction: ``_corrected_word`` says so.)
        meant = self._corrected_word(lowered)
        if meant is None or len(meant) < 4 or (stems_as_ours and lowered.startswith(meant.lower())):
            return word
        seen = english_zipf(lowered)
        # A word English has seen now and then (a surname: "gove"; a rare word: "natter") is left as typed, unless it
        # is a word of ours hundreds of times commoner with a letter dropped, doubled or two swapped: that word's
        # everyday misspelling ("adress", "goverment", "chek", "frist": wordfreq's web text counts misspellings too).
        # A letter changed for another makes other words ("natter", "matter"), so it never counts.
        if seen >= TYPO_ZIPF and not (english_zipf(meant) - seen >= MISSPELLING_GAP and OSA.distance(lowered, meant.lower()) == 1
                                      and (len(lowered) != len(meant) or sorted(lowered) == sorted(meant.lower()))):
            return word
        # "cllsr who aren't techy": a plural typed with a slip stays plural, so who is asked of stays many.
        if not meant.endswith("s") and OSA.distance(lowered, meant + "s") <= OSA.distance(lowered, meant):
            meant += "s"
        return meant.upper() if word.isupper() and len(word) > 1 else meant.capitalize() if word[0].isupper() else meant

    def _corrected_word(self, word: str) -> str | None:
        """The knowledge-base word, as our entries write it, ``word`` is a typo of, if it is not a real English word."""
        # A word with a number in it ("nis2", "win11") names an edition or model: "nis2" is not a
        # slip for "nis", it is the thing the knowledge base does not have.
        if word in self._corrections:    # (only ever a word that passed the test below)
            return self._corrections[word]
        if (len(word) < 4 or word[0].isdigit() or not self._surface_words or is_real_word(word)
                or any(c.isdigit() for c in word) or word.lower() in self._names_elsewhere):
            return None
        hit = process.extractOne(word, self._near_in_length(len(word)), scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        if hit is None:   # a swapped pair of letters ("cheif") is one slip, not two
            hit = process.extractOne(word, self._by_length.get(len(word), ()), scorer=OSA.normalized_similarity,
                                     score_cutoff=TRANSPOSITION_CUTOFF)
        if hit is None and len(word) == 4:
            # "pnds" for "pdns", "csip" for "cisp": in four letters one swap is a quarter of the word, below
            # the cut-off, but one of our short names (no English word: "wrok" may be "work" or "wreck")
            # typed with its first and last letters right and the middle two swapped is that name (not
            # "cips" for "cisp": another body's initials).
            swapped = word[0] + word[2] + word[1] + word[3]
            hit = (swapped,) if swapped in self._surface and not is_real_word(swapped) else None
        if hit is None:
            # "sisp" for "cisp", "sesg" for "cesg": one of our names written by ear, a soft c (before e, i or y) heard
            # as an s, in a name that is no English word.
            hit = next(((heard,) for at in (m.start() for m in _SOFT_C_HEARD.finditer(word))
                        if (heard := word[:at] + "c" + word[at + 1:]) in self._surface and not is_real_word(heard)), None)
        fixed = hit[0] if hit else None
        if len(self._corrections) < MAX_REMEMBERED_CORRECTIONS:
            self._corrections[word] = fixed
        return fixed

    def _one_slip_from_our_names(self, word: str) -> bool:
        return any(not is_real_word(hit) for hit, _, _ in
                   process.extract(word, self._within_a_letter(len(word)), scorer=OSA.distance, score_cutoff=1, limit=None))

    def _within_a_letter(self, length: int) -> list[str]:
        """Knowledge-base words of ``length`` letters, one more or one fewer."""
        return self._of_lengths(length, 1)

    def term_for(self, word: str) -> str | None:
        """The search term a question's word stands for, typos corrected; None if it has none."""
        term = self._canonical(word)
        return term if term in self.idf else self._correct(word)

    def _correct(self, word: str) -> str | None:
        """The knowledge-base term ``word`` is a typo of, if it is not a real English word."""
        written = self._corrected_word(word)
        return self._surface[written] if written is not None else None

    def _near_in_length(self, length: int) -> list[str]:
        """Knowledge-base words long enough and short enough to reach TYPO_CUTOFF with one of ``length``."""
        return self._of_lengths(length, max(1, int(length * (100 - TYPO_CUTOFF) / TYPO_CUTOFF) + 1))

    def _of_lengths(self, length: int, slack: int) -> list[str]:
        """Knowledge-base words of ``length`` letters, up to ``slack`` more or fewer (kept per length and slack)."""
        words = self._near_lengths.get((length, slack))
        if words is None:
            words = self._near_lengths[(length, slack)] = [w for n in range(length - slack, length + slack + 1)
                                                           for w in self._by_length.get(n, ())]
        return words

    def search(self, question: str, limit: int = 3) -> SearchResult:
        """The ranked matches for ``question``, remembered: a search is a pure function of the
        question and this index (rebuilt whenever the knowledge base changes), and in a council
        Slack the same questions come back ("what is web check?"); the fuzzy re-ranking is most
        of an answer's CPU. At most MAX_REMEMBERED_RESULTS are kept, then the memory starts over."""
        return remembered(self._results, (question, limit), lambda: self._search(question, limit), MAX_REMEMBERED_RESULTS)

    def _search(self, question: str, limit: int) -> SearchResult:
        started = time.perf_counter()
        terms, unknown = self.query_terms(_without_hedged_figures(question))
        asked = asked_types(question)
        if ROLE in asked and not self._names_a_person(question):
            asked.remove(ROLE)   # "what role does the NCSC play": the role is the topic, not a person's
        apart = self._set_apart(question, terms) | self._list_count(question, terms)
        scores: dict[int, float] = defaultdict(float)
        for term in terms + asked:
            share = PLACE_WEIGHT if term in self._places or term in apart else 1.0
            for doc, weight in self.postings.get(term, ()):
                scores[doc] += weight * share
        ranked = heapq.nlargest(RERANK_DEPTH, scores.items(), key=itemgetter(1))
        terse = not _WORDED_QUESTION.search(question)
        matches = self._rerank(_bare_names(self.kb.lexicon.expand_acronyms(question)), terms, unknown, ranked, max(limit, 1),
                               {**self._attribute_terms, **(self._attributes_named(question) or {})} if terse
                               else self._attributes_named(question), apart)
        best = matches[0] if matches else None
        confident = bool(best and self.is_confident(best, terms, asked, unknown))
        runner_up = self.rival_below(best, matches[1:], terms, asked) if best else None
        if best and not confident:
            confident = self.clear_lead(best, runner_up.score if runner_up else 0.0, terms, asked, unknown, question)
        # A dead heat (``dead_heat``) is judged by the answerer among the entries that meet the
        # question's constraints: "cyberuk 2019" is no tie between the 2017 and 2019 entries.
        return SearchResult(question, terms, matches[:max(limit, 1)], confident, unknown,
                            time.perf_counter() - started, asked)

    def _list_count(self, question: str, terms: list[str]) -> frozenset[str]:
        """The term for how many things the question asks to be listed ("what are the two target years"), if any."""
        counted = {self._canonical(m.group(1).lower()) for m in _LIST_COUNT.finditer(question)}
        return frozenset(counted & set(terms))

    def _set_apart(self, question: str, terms: list[str]) -> frozenset[str]:
        """The question's terms said only in what it sets apart (``_SET_APART``): "socitm" and "lga" in "who's in
        the group besides Socitm and the LGA"; none where the rest of the question names them too."""
        text = self.kb.lexicon.expand(question)
        spans = [m.span(1) for m in _SET_APART.finditer(text)]
        if not spans:
            return frozenset()
        inside = {t for start, end in spans for t in self.query_terms(text[start:end])[0]}
        rest = text
        for start, end in reversed(spans):
            rest = rest[:start] + " " + rest[end:]
        return frozenset(inside & set(terms)) - frozenset(self.query_terms(rest)[0])

    def _attributes_named(self, question: str) -> dict[str, str] | None:
        """The kinds of answer a worded question names after "which" or "what" (``_ATTRIBUTE_NAMED``), as search terms."""
        named = {self._canonical(word.lower()): NAMED_ATTRIBUTE_WORDS[word.lower()] for m in _ATTRIBUTE_NAMED.finditer(question)
                 for word in m.groups() if word and word.lower() in NAMED_ATTRIBUTE_WORDS}
        return named or None

    def is_confident(self, match: Match, terms: list[str], asked: list[str], unknown: Sequence[str] = ()) -> bool:
        """Does ``match`` cover enough of the question, speak to a word, and offer what is asked?"""
        return (match.coverage >= MIN_COVERAGE and match.score >= MIN_CONFIDENCE
                and self._speaks_to_a_word(terms, match.entry, unknown)
                and self._offers_what_is_asked(asked, match.entry))

    def coverage_with(self, entry: Entry, terms: list[str], unknown: Sequence[str], said: Iterable[str]) -> float:
        """``entry``'s coverage of the question were it to use the terms ``said`` as well: the words the
        answerability check found it saying in other words ("became CIO" for "start", "users" for "folk")."""
        position = self._position[entry.id]
        return self._coverage(self._weighed(terms, unknown), self._doc_terms[position] | frozenset(said),
                              self._incidental[position])

    def names_by_two_words(self, text: str) -> bool:
        """Does ``text`` name a thing of ours by its two-word name ("Mail Check's been switched off", "early warning")?"""
        words = _LETTERS.findall(text.lower())
        return any(second in self._two_word_names.get((first, 1), ()) for first, second in zip(words, words[1:]))

    def names_things(self, word: str) -> bool:
        """Is ``word`` read as a term some entry's title or keywords use (what entries are about, not what they
        mention in passing: "programme", "CAF", not "mentions", "reading")?"""
        if self._all_named is None:
            self._all_named = frozenset().union(*self._named_terms)
        term = self.term_for(word.lower())
        return term is not None and term in self._all_named

    def names_more(self, entry: Entry, other: Entry, terms: Iterable[str]) -> bool:
        """Does ``entry``'s name for itself (title and keywords; phrasings are questions, with
        verbs like "went") hold a question word ``other`` never uses? Numbers aside: those are
        the constraints the two differ on."""
        mine = self._named_terms[self._position[entry.id]]
        theirs = self._doc_terms[self._position[other.id]]
        return any(t in mine and t not in theirs for t in terms if not t[0].isdigit())

    def covered_words(self, entry: Entry, terms: Iterable[str], named: bool = False) -> frozenset[str]:
        """The question's topic words (not numbers, places or people) that ``entry`` speaks to
        (``named``: in its title or keywords, what it is about rather than what it mentions)."""
        position = self._position[entry.id]
        doc_terms = self._named_terms[position] if named else self._doc_terms[position]
        return frozenset(t for t in terms if t in doc_terms and not t[0].isdigit() and t not in self._names)

    def covers_any(self, entry: Entry, terms: Iterable[str]) -> bool:
        doc_terms = self._doc_terms[self._position[entry.id]]
        return any(t in doc_terms for t in terms)

    def covers_all(self, entry: Entry, terms: Iterable[str]) -> bool:
        doc_terms = self._doc_terms[self._position[entry.id]]
        return all(t in doc_terms for t in terms)

    def same_subject(self, match: Match, other: Match, terms: Iterable[str]) -> bool:
        """Is ``other`` another side of ``match``'s subject that the question's words cannot tell apart
        ("10 Steps to Cyber Security" and "When the 10 Steps were published", "Protective DNS" and "Who
        built and runs Protective DNS"), whose label the question resembles less? Then the two are no
        guess between topics: the question is about that subject, and its wording says which side."""
        if other.entry.unknown or match.fuzzy < max(other.fuzzy + SIBLING_FUZZY_LEAD, SIBLING_FUZZY):
            return False
        mine, theirs = self._position[match.entry.id], self._position[other.entry.id]
        terms = list(terms)
        if [t for t in terms if t in self._doc_terms[mine]] != [t for t in terms if t in self._doc_terms[theirs]]:
            return False
        return any(self.idf.get(t, 0.0) >= SIBLING_IDF for t in self._named_terms[mine] & self._named_terms[theirs] & set(terms))

    def title_terms(self, entry: Entry) -> frozenset[str]:
        """The search terms of ``entry``'s title."""
        return self._title_terms[self._position[entry.id]]

    def titles_a_side_of(self, entry: Entry, other: Entry) -> bool:
        """Does ``other``'s title name the thing ``entry``'s title names, every telling word of it (numbers aside),
        and more ("Launch of Exercise in a Box" of "Exercise in a Box", "Who built and runs Protective DNS?" of
        "Protective DNS (PDNS)")? Then ``other`` is one side of that thing: who launched it, who runs it."""
        mine = {t for t in self._title_terms[self._position[entry.id]]
                if not t[0].isdigit() and self.idf.get(t, 0.0) >= TITLE_NAME_IDF}
        theirs = self._title_terms[self._position[other.id]]
        return bool(mine) and mine < theirs

    def says_all_of(self, entry: Entry, other: Entry) -> bool:
        """Does ``entry`` say what ``other``'s answer says: every figure and year of it, and all but a
        word or so in ten of its other words (SAYS_ALL_SHARE)? "Government Cyber Security Strategy
        targets: 2025 and 2030" says what "GCSS target: critical functions hardened by 2025" says."""
        said = self._answer_terms(other)
        if not said:
            return False
        held = self._doc_terms[self._position[entry.id]]
        if any(t[0].isdigit() and t not in held for t in said):
            return False
        return sum(t in held for t in said) >= SAYS_ALL_SHARE * len(said)

    def gives_alike(self, entry: Entry, other: Entry, terms: Sequence[str], asked: Sequence[str]) -> bool:
        """Do the two answers give the same thing of the kind the question asks (a date; a count or a sum),
        where they speak to its words? "by when are the ncs 2022 outcomes targeted": the entry on the
        strategy's pillars and the one on its aim both say "outcomes targeted by 2025"; "when was cyber
        essentials launched": the entry on the scheme and the one on its launch both say 5 June 2014. The
        years and figures the question names itself ("ncs 2022") are no answer to it."""
        kinds = {kind for kind in asked if kind in GATED_TYPES}
        if not kinds:
            return False
        mine = self._given(entry, terms, kinds)
        return bool(mine) and mine == self._given(other, terms, kinds)

    def _given(self, entry: Entry, terms: Sequence[str], kinds: set[str]) -> frozenset[str]:
        """The dates (or, for a count or sum, the figures) ``entry`` gives, other than those the question
        names, in the sentences that give one and speak to most of ``terms``."""
        named, wanted = {t for t in terms if t[0].isdigit()}, set(terms)
        given = []
        for told in CLAUSE_END.split(entry.answer):
            text = told.lower()
            if kinds <= {DATE, DAY}:
                found = {*A_YEAR.findall(text), *(f"{int(day)} {month}" for day, month in _DAY_MONTH.findall(text))}
            else:
                found = set(_FIGURE.findall(text))
            if found - named:
                given.append((len(wanted & set(self.query_terms(told)[0])), found - named))
        most = max((n for n, _ in given), default=0)
        return frozenset().union(*(found for n, found in given if n == most)) if most else frozenset()

    def _answer_terms(self, entry: Entry) -> list[str]:
        found = self._said.get(entry.id)
        if found is None:
            self._said[entry.id] = found = list(dict.fromkeys(self.query_terms(entry.answer)[0]))
        return found

    def rival_below(self, match: Match, below: Sequence[Match], terms: Iterable[str],
                    asked: Sequence[str] = ()) -> Match | None:
        """The first of ``below`` about another subject than ``match`` (``same_subject``) that does not
        give what is asked as ``match`` gives it (``gives_alike``)."""
        terms = list(terms)
        return next((m for m in below if not self.same_subject(match, m, terms)
                     and not (asked and self.gives_alike(match.entry, m.entry, terms, asked))), None)

    def clear_lead(self, best: Match, runner_up: float, terms: list[str], asked: list[str],
                    unknown: Sequence[str], question: str = "") -> bool:
        """Below full coverage, a best match far ahead of the next that still speaks to the question."""
        doc_terms = self._doc_terms[self._position[best.entry.id]]
        # A number is a word of the topic only in the entry's name ("10 Steps"); a year never is.
        title = self._title_terms[self._position[best.entry.id]]
        covered = sum(t in doc_terms and (not t[0].isdigit() or (t in title and not A_YEAR.fullmatch(t))) for t in terms)
        lead = best.score - runner_up
        return (((best.coverage >= LEAD_COVERAGE and lead >= LEAD_MARGIN)
                 or (best.coverage >= WIDE_LEAD_COVERAGE and lead >= WIDE_LEAD_MARGIN))
                and covered >= LEAD_TERMS and best.score >= MIN_CONFIDENCE
                and (best.fuzzy >= LEAD_FUZZY or self.reads_like(best.entry, question) >= LEAD_FUZZY
                     or (lead >= BIG_LEAD_MARGIN and best.coverage >= LEAD_COVERAGE and best.fuzzy >= BIG_LEAD_FUZZY
                         and len(question.split()) >= BIG_LEAD_WORDS))
                and self._speaks_to_a_word(terms, best.entry, unknown)
                and self._offers_what_is_asked(asked, best.entry))

    def reads_like(self, entry: Entry, question: str) -> float:
        """How much ``question``, its chat words read as what they stand for ("ncsc IR team" as "ncsc
        incident response team", "EW eligibility" as "early warning eligibility"), resembles one of
        ``entry``'s own labels (0..1); 0 when it has no chat words to read. The ranking's label match
        reads the question as typed: read as meant, a label the ranking put second could come first."""
        meant = self.kb.lexicon.expand(question)
        if not question or meant == question:
            return 0.0
        found = process.extractOne(_bare_names(meant), self._labels[self._position[entry.id]], scorer=fuzz.token_set_ratio)
        return (found[1] if found else 0.0) / 100.0

    def _rerank(self, question: str, terms: list[str], unknown: list[str], ranked: list[tuple[int, float]],
                keep: int, attributes: dict[str, str] | None = None, apart: frozenset[str] = frozenset()) -> list[Match]:
        """The ``keep`` best of ``ranked`` by blended score, best first (ties in BM25 order).

        The fuzzy label match is most of the cost and adds at most FUZZY_WEIGHT, so candidates
        are judged in order of the rest of their score and the judging stops once no
        remaining one could reach the ``keep``-th best: the same answer for a fraction of the work.
        """
        top = ranked[0][1] if ranked else 0.0
        weighed = self._weighed(terms, unknown, apart)
        partial = []
        for rank, (doc, bm25) in enumerate(ranked):
            coverage = self._coverage(weighed, self._doc_terms[doc], self._incidental[doc], attributes)
            relative = bm25 / top if top else 0.0
            partial.append((-(COVERAGE_WEIGHT * coverage + RELATIVE_WEIGHT * relative), rank, doc, bm25, coverage))
        partial.sort()
        judged: list[tuple[float, int, int, float, float, float]] = []   # (-score, rank, ...): best first
        for negative_head, rank, doc, bm25, coverage in partial:
            if len(judged) >= keep and -negative_head + FUZZY_WEIGHT < -judged[keep - 1][0] - 0.001:
                break
            best_label = process.extractOne(question, self._labels[doc], scorer=fuzz.token_set_ratio)
            fuzzy = (best_label[1] if best_label else 0.0) / 100.0
            if fuzzy == 1.0:
                fuzzy = self._whole_label_match(question, doc)
            judged.append((-round(-negative_head + FUZZY_WEIGHT * fuzzy, 4), rank, doc, bm25, coverage, fuzzy))
            judged.sort()
        matches = [Match(self.entries[doc], -negative_score, round(bm25, 4), round(coverage, 4), round(fuzzy, 4))
                   for negative_score, _, doc, bm25, coverage, fuzzy in judged[:keep]]
        if (OVERVIEW_TIE and matches and len(terms) <= OVERVIEW_TERMS and not unknown
                and not _ATTRIBUTE_ASKED.search(question)):
            self._overview_first(matches, terms)
        return matches

    def _whole_label_match(self, question: str, doc: int) -> float:
        """A perfect label match (one word set holding the other) told by how much of a label the question is: "when
        was the stocktake" is all of "when was the stocktake" and only the start of "when was the stocktake national report
        published", so the entry with the first label leads where the two are otherwise level (SUBSET_PENALTY)."""
        # (A label inside a longer question, "web check" in "did the nsa fund web check", is all there: the question's other
        # words are weighed by coverage.)
        asked = len(default_process(question).split())
        labels = [label for label in self._labels[doc] if fuzz.token_set_ratio(question, label) == 100]
        if any(len(default_process(label).split()) <= asked for label in labels):
            return 1.0
        whole = process.extractOne(question, labels, scorer=fuzz.token_sort_ratio)
        return 1.0 - SUBSET_PENALTY * (1.0 - (whole[1] if whole else 0.0) / 100.0)

    def _overview_first(self, matches: list[Match], terms: list[str]) -> None:
        """"caf?", "what does pdns do": a bare name (nobody asking who, when or how) asks about the thing itself. Of the entries
        level with the best, the one whose title says least beyond that name (its other names
        included: "Cyber Assessment Framework (CAF)"; common words like "NCSC" or "service" say
        little, by their idf) goes first, ahead of its pilot, providers or alert types."""
        named = set(terms)
        for term in terms:
            named |= self._alias_terms.get(term, frozenset())
        top = matches[0].score
        level = [m for m in matches if m.score >= top - OVERVIEW_TIE and not m.entry.unknown]
        if len(level) < 2:
            return
        # A title that leaves out a word the question names ("CAF objectives?" of "Cyber Assessment
        # Framework (CAF)") says less of it than one that has them all.
        asked = set(terms)
        level.sort(key=lambda m: (len(asked - self._with_aliases(self._title_terms[self._position[m.entry.id]])),
                                  sum(self.idf.get(t, 0.0) for t in self._title_terms[self._position[m.entry.id]] - named)))
        if level[0] is not matches[0]:
            matches.remove(level[0])
            matches.insert(0, level[0])

    def _with_aliases(self, terms: frozenset[str]) -> frozenset[str]:
        """``terms`` and the terms of the other names of any of them ("caf" and "cyber assess framework")."""
        found = set(terms)
        for term in terms:
            found |= self._alias_terms.get(term, frozenset())
        for name, aliases in self._alias_terms.items():
            if aliases and aliases <= terms:
                found.add(name)
        return frozenset(found)

    def _offers_what_is_asked(self, asked: list[str], entry: Entry) -> bool:
        """"How much did the attack cost?" is not answered by an entry with no sum in it: the
        entry is about the right thing but cannot say what was asked."""
        if entry.unknown:   # a known gap is *about* what cannot be said: it needs no figure
            return True
        doc_terms = self._doc_terms[self._position[entry.id]]
        return all(kind in doc_terms for kind in asked if kind in GATED_TYPES)

    def _speaks_to_a_word(self, terms: list[str], entry: Entry, unknown: Sequence[str] = ()) -> bool:
        """Numbers alone ("2 * 3 * 4") are not a topic, nor is a place or a person ("the weather
        in Leeds" shares only Leeds with an entry): at least one matched term must be a word."""
        doc_terms = self._doc_terms[self._position[entry.id]]
        if not unknown and len(terms) == 1 and self._named_by_number(terms[0], entry):
            return True    # "7726?": a number no year could be, which the entry is named by
        words = [t for t in terms if t in doc_terms and not t[0].isdigit()]
        if not unknown and words and all(t in self._names for t in terms):
            return True    # "who is Andy Hopkirk": the name is the whole question
        # "william barker title in 2017": a person and when; the year is a constraint the entry is held to
        if (not unknown and words and any(t in self._people for t in words)
                and all(t in self._names or A_YEAR.fullmatch(t) for t in terms)):
            return True
        return any(t not in self._names for t in words)

    def _named_by_number(self, term: str, entry: Entry) -> bool:
        if not (term.isdigit() and len(term) >= 4 and not re.fullmatch(r"(?:19|20)\d\d", term)):
            return False
        return term in self._named_terms[self._position[entry.id]]

    def _weighed(self, terms: Iterable[str], unknown: Sequence[str],
                 apart: frozenset[str] = frozenset()) -> tuple[list[tuple[str, float]], float]:
        """The question's terms with their idf weights, and the question's total information."""
        weights = [(term, self.idf.get(term, self.unknown_idf) * (PLACE_WEIGHT if term in self._places else
                                                                  SET_APART_WEIGHT if term in apart else 1.0))
                   for term in terms]
        total = sum(weight for _, weight in weights) + sum(self.unseen_weight(w) for w in unknown)
        return weights, total

    def unseen_weight(self, word: str) -> float:
        """How much a word the knowledge base never uses says about the question.

        Rare in English ("dluhc", "piilars"): as much as the rarest knowledge-base term, so
        the question is not ours. Everyday English ("wondering", "cabinet"): a little.
        """
        zipf = english_zipf(word)
        share = min(1.0, max(UNSEEN_FLOOR, (UNSEEN_ZIPF_TOP - zipf) / UNSEEN_ZIPF_SPAN))
        return self.unknown_idf * share

    @staticmethod
    def _coverage(weighed: tuple[list[tuple[str, float]], float], doc_terms: frozenset[str],
                  incidental: frozenset[str] = frozenset(), attributes: dict[str, str] | None = None) -> float:
        """Share of the question's information (idf-weighted) that this entry speaks to.

        A word only the answer's text uses, not its title, phrasings or keywords, is incidental
        to the entry ("benefits" in an entry about a ransomware attack): it counts for less. A word
        that names the kind of answer wanted ("date", "count") is spoken to by an entry that gives one.
        """
        attributes = attributes or {}
        weights, total = weighed
        covered = sum(weight * (INCIDENTAL_SHARE if term in incidental else 1.0)
                      for term, weight in weights if term in doc_terms or attributes.get(term) in doc_terms)
        return covered / total if total else 0.0


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_ORDINAL = regexes.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)\b(?=\s+(?:of\s+)?{_MONTH}\b)|"
                           rf"\b({_MONTH}\s+)(\d{{1,2}})(?:st|nd|rd|th)\b", re.IGNORECASE)
# "sat 12th or fri?", "friday the 13th": a day of the month after its weekday, with no month said, is the day's
# number as the entries write dates ("Friday 12 May 2017"), not the word "twelfth" no entry uses.
_WEEKDAY_ORDINAL = regexes.compile(r"\b((?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?\s+(?:the\s+)?)"
                                   r"(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


# "18/19", "fy18-19", "16-21": a span of years written short (financial years, a strategy's life).
_SHORT_YEARS = regexes.compile(r"(?<![\d.£$/:-])(?:fy\s?)?([1-3]\d)\s?([-/\u2013])\s?([1-3]\d)"
                          r"(?![\w.%/:]|\s?(?:am|pm|mins?|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|"
                          r"m|k|bn|million|billion|councils?|people|staff|per ?cent)\b)",
                          re.IGNORECASE)


# "14-16 march", "march 14-16": days of a month, not the years 2014 to 2016.
_MONTH_AFTER = regexes.compile(rf"\s*(?:of\s+)?{_MONTH}(?![a-z])", re.IGNORECASE)
_MONTH_BEFORE = regexes.compile(rf"(?<![a-z]){_MONTH}\s*$", re.IGNORECASE)


def _long_years(match: re.Match) -> str:
    first, dash, last = match.group(1), match.group(2), match.group(3)
    if dash != "/" and (_MONTH_AFTER.match(match.string, match.end())
                        or _MONTH_BEFORE.search(match.string, 0, match.start())):
        return match.group(0)
    return f"20{first}{dash}{last}" if 1 <= int(last) - int(first) <= 10 else match.group(0)


# "sep 20-aug 21", "apr 19 to mar 20": months with their years written short. Read as days, the span
# would run backwards through the calendar (20 September to 21 August), so the numbers are years.
_MONTH_ABBREVIATIONS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_FULL = ("January February March April May June July August September October November December").split()
_SHORT_MONTH_YEARS = regexes.compile(rf"\b({_MONTH})\s?([1-3]\d)\s?(-|\u2013|to|until|till)\s?({_MONTH})\s?([1-3]\d)\b(?![.,]?\d)",
                                re.IGNORECASE)


def _long_month_years(match: re.Match) -> str:
    first = _MONTH_ABBREVIATIONS.index(match.group(1)[:3].lower())
    last = _MONTH_ABBREVIATIONS.index(match.group(4)[:3].lower())
    start, end = int(match.group(2)), int(match.group(5))
    backwards_as_days = last < first or (last == first and end < start)
    if backwards_as_days and 1 <= end - start <= 10:
        return f"{_MONTH_FULL[first]} 20{start} {match.group(3)} {_MONTH_FULL[last]} 20{end}"
    return match.group(0)


# "april 2019 to march 2020": a council's or the government's financial year, as its sources write it.
_FINANCIAL_YEAR = regexes.compile(r"\b(?:from\s+|between\s+)?apr(?:il)?\.?\s+(20\d\d)\s*(?:-|\u2013|to|until|till|and)\s*"
                             r"mar(?:ch)?\.?\s+(20\d\d)\b", re.IGNORECASE)


def _financial_year(match: re.Match) -> str:
    start, end = int(match.group(1)), int(match.group(2))
    return f"{start}/{end % 100:02d}" if end == start + 1 else match.group(0)


# "2016-21", "2018/19": a span of years whose end is written short. As search terms its end is the year
# it is ("2021"), as the sources write "2016-2021", not the number 21. Not "2018-05" (May 2018): the end
# must come after the start.
_SHORT_SPAN_END = regexes.compile(r"(?<![\d.])((?:19|20)(\d\d))(\s?[-/\u2013]\s?)(\d\d)(?![\d.%])")


def full_spans(text: str) -> str:
    return _SHORT_SPAN_END.sub(lambda m: f"{m.group(1)}{m.group(3)}{m.group(1)[:2]}{m.group(4)}"
                               if 1 <= int(m.group(4)) - int(m.group(2)) <= 10 else m.group(0), text)


def compared_words(text: str) -> frozenset[str]:
    """The words of what ``text`` holds a thing up against (``COMPARED_WITH``): "in the way Ofsted can", "the same
    month as GDPR"."""
    return frozenset(w for m in COMPARED_WITH.finditer(text) for w in surface_words(m.group(1)))


def _without_hedged_figures(question: str) -> str:
    """``question`` with a figure remembered roughly (``HEDGED_FIGURE``) read as what it is: "thirty something million"
    is money, "about 4k?" a count, not the number 30 or 4 ("forty-ish million" would find the share "around 40%"). A
    number before the thing it counts stays as typed ("tell me about 10 steps")."""
    def said(m: re.Match) -> str:
        scaled = any(m.group(g) for g in ("scale", "scale2", "scale2b", "scale3"))
        if not scaled and A_YEAR.fullmatch(m.group("n") or m.group("n2") or m.group("tens") or m.group("units")):
            return m.group(0)     # "around 2016": a year, which the search finds things by
        if not scaled and m.group(0).lstrip()[:1] not in "£$€" and re.match(r"\s*[a-z]", question[m.end():], re.IGNORECASE):
            return m.group(0)     # "about 10 steps", "around 2,000 delegates": a count of the thing named, as typed
        money = m.group(0).lstrip()[:1] in "£$€" or any((m.group(g) or "").lower() in ("m", "mn", "million", "bn", "billion")
                                                       for g in ("scale", "scale2", "scale2b", "scale3"))
        return " money " if money else " "
    return HEDGED_FIGURE.sub(said, question) if any(c.isdigit() for c in question) else question


# "how many cyber 360s": the plural of a thing named by a number is that thing. Not a decade ("the 90s",
# "the 2010s").
_NUMBER_PLURAL = regexes.compile(r"(?<![\w£$.,])(\d+)'?s\b")


def _singular_number(match: re.Match) -> str:
    digits = match.group(1)
    return match.group(0) if len(digits) in (2, 4) and digits.endswith("0") else digits


# "ncs2022", "cyberuk2019": a name with its year typed against it is the name and the year.
_GLUED_YEAR = regexes.compile(r"(?<![\w@.-])([a-z]{2,})((?:19|20)\d\d)(?![\w@.-])", re.IGNORECASE)


_A_DIGIT = regexes.compile(r"\d")


# "the Dec 16 LG Cyber Summit", "Socitm Jan 17 briefing": a month and its year written short naming a thing, after "the"
# or a name, as a PMO lead's plan writes it (not "on Dec 16", "by Mar 25": a day). Read as "the December 2016 ...".
_MONTH_SHORT_YEAR_NAMING = regexes.compile(r"\b(the|[A-Z][\w&-]*)\s+((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
                                           r"\s+['\u2019]?([12]\d)(?=\s+[A-Za-z]{2,})"
                                           r"(?!\s+(?:and|or|to|until|till|through|st|nd|rd|th)\b)")


def _month_year_naming(match: re.Match) -> str:
    month = next(n for n in _MONTH_NAMES[1:] if n.lower().startswith(match.group(2)[:3].lower()))
    return f"{match.group(1)} {month} 20{match.group(3)}"


# "31/03/26", "14/02/2017", "14.2.2017": a date written in numbers, day first as in the UK, is that day of that month
# ("31 March 2026"), as the entries write it and the date checks read it. Three parts, so never a span of years
# ("2018/19") nor a score ("3/5"); a day past 31 or a month past 12 is no such date and is left as typed.
_NUMERIC_DATE = regexes.compile(r"(?<![\w/.\u00a3$:-])([0-3]?\d)([/.])([01]?\d)\2((?:19|20)?\d\d)(?![\w/%]|\.\d)")


def _date_in_words(match: re.Match) -> str:
    day, month, year = int(match.group(1)), int(match.group(3)), match.group(4)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    return f"{day} {_MONTH_NAMES[month]} {year if len(year) == 4 else '20' + year}"


def plain_dates(text: str) -> str:
    """"the 1st of November", "November 1st" -> "the 1 of November", "November 1": a day of the
    month, not the word "first" (which the lexicon reads "1st" as). "18/19" -> "2018/19": a span
    of years written short, read as the years it is rather than two numbers the answer must hold;
    "apr 19 - mar 20", April to the next March, is the financial year 2019/20. "31/03/26" -> "31 March 2026"."""
    if not _A_DIGIT.search(text):    # each of them is written with figures: nothing to do (most questions)
        return text
    text = _MONTH_SHORT_YEAR_NAMING.sub(_month_year_naming, text)
    text = _NUMERIC_DATE.sub(_date_in_words, text)
    text = _SHORT_MONTH_YEARS.sub(_long_month_years, _NUMBER_PLURAL.sub(_singular_number, _GLUED_YEAR.sub(r"\1 \2", text)))
    text = _SHORT_YEARS.sub(_long_years, _FINANCIAL_YEAR.sub(_financial_year, text))
    text = _WEEKDAY_ORDINAL.sub(r"\1\2", text)
    return _DATE_ORDINAL.sub(lambda m: m.group(1) or m.group(2) + m.group(3), text)


_WORD = regexes.compile(r"(?<![\w'\u2019@./-])[A-Za-z]+(?![\w'\u2019@/-])")
_LETTERS = regexes.compile(r"[a-z]+")
_SENTENCE_START = regexes.compile(r"(?:^|[.!?:]\s+|\n)\W*$")


def dead_heat(best: Match, runner_up: Match) -> bool:
    """Two real entries neck and neck on a question neither fully covers: offer both, pick neither."""
    return (not runner_up.entry.unknown and best.coverage < TIE_COVERAGE
            and best.score - runner_up.score < TIE_MARGIN)


def _with_its_g(word: str) -> str:
    """"mornin", "tryin", "writin": a dropped g, as much of the country says and types it."""
    if len(word) >= 4 and word.endswith("in") and english_zipf(word + "g") >= english_zipf(word) + DROPPED_G_LEAD:
        return word + "g"
    return word


DROPPED_G_LEAD = 1.5   # "doin" is in the word lists too, but "doing" is far commoner: 5.6 against 3.8


_SLIPPABLE = tuple(w for w in FUNCTION_WORDS if "'" not in w)


@lru_cache(maxsize=16384)    # a pure reading of the word, met again in every reading of a question
def function_word_slipped(word: str) -> str | None:
    """The function word ``word`` is one slip from ("mcuh" -> "much", "mnay" -> "many"), if it is
    one: a word no dictionary knows that is one slip (a letter swapped, dropped, added or changed)
    from a function word. People mistype "when" and "many" far more often than a knowledge-base
    word, so "mnay" is "many" before it is "may", and "wehn" is no topic at all."""
    if len(word) < 4 or any(c.isdigit() for c in word) or is_real_word(word):
        return None
    found = process.extractOne(word, _SLIPPABLE, scorer=OSA.distance, score_cutoff=1)
    return found[0] if found else None


def _slip_of_function_word(word: str) -> bool:
    return function_word_slipped(word) is not None


def _misspelt_function_word(word: str) -> bool:
    """"wher", "whta", "abut": typos of words that carry no topic are not unknown topics."""
    if len(word) < 3 or is_real_word(word):   # "theresa" is a name, not a slip for "there's"
        return False
    return process.extractOne(word, FUNCTION_WORDS, scorer=fuzz.ratio, score_cutoff=85) is not None


_IT = regexes.compile(r"(?<![\w'-])IT(?=\s+security\b)")


def _synonym_map(groups: Sequence[Sequence[str]]) -> dict[str, str]:
    """Each word of a group (and its stem) maps to the group's first word's stem."""
    canon: dict[str, str] = {}
    for group in groups:
        words = [w for phrase in group for w in surface_words(phrase)]
        if not words:
            continue
        head = stem(words[0])
        for word in words:
            canon[word] = head
            canon[stem(word)] = head
    return canon


def _spelt_out_pattern(acronyms: dict[str, tuple[str, ...]]) -> tuple[re.Pattern, dict[str, str]] | None:
    """A pattern for the names the knowledge base abbreviates, and the acronym each stands for."""
    by_name = {" ".join(name.split()): acronym for acronym, names in acronyms.items() for name in names}
    if not by_name:
        return None
    parts = sorted((re.escape(name).replace(r"\ ", r"[\s,]+") for name in by_name), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I), by_name


def _acronyms_spelt_out(pattern: tuple[re.Pattern, dict[str, str]], text: str) -> list[str]:
    """The acronyms whose names ``text`` spells out ("caf" for "Cyber Assessment Framework")."""
    compiled, by_name = pattern
    found = []
    for match in compiled.finditer(text):
        acronym = by_name.get(" ".join(re.sub(r",", " ", match.group(0)).lower().split()))
        if acronym and acronym not in found:
            found.append(acronym)
    return found
