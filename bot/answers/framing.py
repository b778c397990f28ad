"""A question as it is asked, apart from how the message puts it.

People rarely type the bare question. They say who they are ("Highland Council here"), who told
them ("my colleague says ..."), where a passage they paste came from ("Forwarded from Cllr Patel:
'...'"), when they need it by ("before 2pm"), take a year back ("2013? no wait, 2014"), and bring
asides along: where they come from, what they make of it, what the answer is for and how short it
should be. None of that is what the answer must hold to, so the answerer reads the question without
it (``_without_source``, ``_without_introduction``, ``_without_hearsay``, ``_without_deadline``,
``_without_taken_back``, ``_without_asides``) before it searches. Kept apart from the decision so that each way of framing
a question is one pattern and one function, read on its own.

The first patterns are how any reader of a message finds its clauses, the clause that asks, a
word pointing back, a request to confirm or for a meaning, and how common a word may be and still
be part of a name; the answerer and two-part questions (``bot.answers.two_parts``) use them too.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from bot.core import regexes
from bot.core.text import A_YEAR, SENTENCE_END, is_stopword, surface_words

# The asker's own people, by their post or standing: "our chief exec", "me gaffer", "the new SIRO", "our previous
# head of ICT", "one of our members". Who they are is never what is asked.
_ASKERS_PEOPLE = (r"(?:(?:my|our|me|the|one\s+of\s+our)\s+)(?:[\w'.&-]+\s+){0,3}?(?:exec|execs|executive|cx|ceo|director|"
                  r"head(?:\s+of\s+[\w&-]+)?|manager|mgr|boss|gaffer|leader|member|members|councillor|councillors|cllr|"
                  r"siro|ciso|cio|dpo|cto|colleague|colleagues|team|lot|auditor|auditors|chair|s151|officer|deputy|lead|"
                  r"predecessor|mentor|supervisor|portfolio\s+holder)")
# Where a chatty message splits into clauses, and which clause asks something.
# A comma before a new subject ("who is paul bettison, his name is on an old press release") ends a clause too,
# and so does who else says so, even run on without a stop ("is the ncsc a regulator our internal audit seem
# to think so", "...before she went to ncsc, someone said northern ireland something").
_CLAUSE = regexes.compile(r"(?=[\s;,])(?:(?<=[?!.])\s+|(?<=[?!.]['\"\u2019\u201d])\s+|\s+[-\u2013\u2014]+\s+|;\s*|,\s+(?=(?:what|when|where|who|which|how|why|is|are|"
                     r"can|could|do|does|did|should|i|i'm|im|we|we're|he|she|they|his|her|their|our|my|it's|please|kindly)\b)|"
                     r"(?<!\bdid)(?<!\bdoes)(?<!\bdo)(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bwas)(?<!\bwere)(?<!\bis)"
                     r"(?<!\bare)(?<!\bwill)(?<!\bwould)(?<!\bcan)(?<!\bcould)(?<!\bshould)(?<!\bwhat)(?<!\bwhy)(?<!\bhow)"
                     r"\s+(?=(?:(?:our|my)\s+(?:[\w'-]+\s+){0,3}?|(?:someone|somebody|people|everyone)\s+)(?:seems?\s+to\s+think|thinks|reckons?|says|said|"
                     r"mentioned|wants|asked)\b|" + _ASKERS_PEOPLE + r"\s+(?:mentioned|brought|raised)\s+(?:it|them|em|this|that|these|those)\b))",
                     re.IGNORECASE)
# (Every separator begins with a space, a semicolon or a comma, which the pattern's first look-ahead asks
# first: the look-behinds after it then run only there, not at every letter of a long message.)
# The same, its separators kept when a message is split into clauses.
_CLAUSE_KEPT = regexes.compile(f"({_CLAUSE.pattern})", re.IGNORECASE)
_ASKING = regexes.compile(r"\?\s*$|^(?:what|whats|what's|when|where|who|whos|who's|which|how|why|is|are|can|could|do|"
                     r"does|did|should|has|have|was|were)\b|"
                     # a request put as one: "please confirm the date ...", "kindly list the predecessor bodies"
                     r"^(?:please|pls|kindly)\s+(?:confirm|list|set\s+out|outline|give|provide|state|name|advise|clarify|"
                     r"summarise|summarize|explain|describe|identify|tell\s+(?:me|us))\b|"
                     # ...or as what the asker needs: "I need when he started in post and which firm he came from" (not
                     # why they ask: "need to know who'd be chasing us")
                     r"^(?:i|we)\s+(?:need|want)\s+(?:what|when|where|who|which|how)\b", re.IGNORECASE)


def _asking_clause(text: str) -> str | None:
    """The first clause of ``text`` (``_CLAUSE``) that asks something (``_ASKING``), stripped; None if none does."""
    return next((c for c in (c.strip(" ,;-") for c in _CLAUSE.split(text)) if _ASKING.search(c)), None)


# "...and when did the full thing launch": points back to something bigger than what was named
# (a trial run of it or a draft, ``_PARTIAL_VERSIONS``): never the same entry.
_BIGGER = r"the (?:full|whole|main|actual|real|proper) (?:thing|one|version)"
# "...where do we send them?": a clause that points back to the chat needs the chat.
_BACK_REFERENCE = regexes.compile(rf"\b(it|its|them|em|they|their|this|that|these|those|he|she|him|her|{_BIGGER})\b",
                             re.IGNORECASE)
# What says something of the asker: "I", "we", "our", "me", "you".
_PERSONAL = regexes.compile(r"\b(?:i|i'm|im|i've|ive|me|my|we|we're|we've|our|us|you|u|your|ur)\b", re.IGNORECASE)
# A clause that opens with a question word (after "and", "also" or the like): "when did it start?".
_WH_OPENING = regexes.compile(r"^(?:(?:and|an|also|plus|&|\+)\s+)?(?:also\s+)?(?:when|where|who|whos|who's|what|whats|"
                         r"what's|wot|whit|how|which|why)\b", re.IGNORECASE)
# Two unknown words in a row are a name ("matt hancock", "jeremy fleming") unless either is as
# common as "never", "remember" or "along" (Zipf 5.0 and up, chosen on each tune half and scored on the
# other: +2 both ways): "i never remember" is chat.
# Read as ``framing.NAME_PAIR_ZIPF`` where it is used, so one value set here (a sweep) reaches every use.
NAME_PAIR_ZIPF = 5.0
# "is it true (that) ...", "am I right ...": asking us to confirm, not something asked about.
_CONFIRMING = regexes.compile(r"\b(?:is|was) (?:it|that|this) (?:true|right|correct)\b|\bam i right\b", re.IGNORECASE)
# "what does X mean", "what is meant by X", "the meaning of X", "X meaning??": answered by what says what X
# means. Read once the chat words are expanded ("wot does 'deter' mean").
# ...and said without "does", as chat says it: "whit 'deter' actually meant", "no idea what deter means" (not what a thing
# meant for or to someone: "what the money meant for councils" asks its effect).
_MEANING_ASKED = regexes.compile(r"\bwhat\s+(?:does|do|did)\b.*\bmean\b|\bwhat\s+(?:is|was|'s)\s+meant\b|\bmeaning\s+of\b|"
                            r"\bwhat\s+(?!(?:does|do|did|is|was|were|are|will|would|can|could|should)\b)(?:[\w'\"\u2018\u2019\u201c\u201d-]+\s+){1,4}?"
                            r"(?:(?:actually|really|exactly|even|truly|basically)\s+)?(?:means|meant)\b(?!\s+(?:for|to)\b)|"
                            r"\bwhat\s+(?:is|was)\s+(?:the\s+)?meaning\b|\bmeaning\s*(?:[?.!]+\s*)?$", re.IGNORECASE)
_MEANING_SAID = regexes.compile(r"\b(?:means?|meant|meaning|refers?\s+to|defined\s+as|is\s+about|covers?)\b", re.IGNORECASE)


# A text the asker passes on, and who wrote it or where it was found, said before it: "My predecessor's handover
# notes just say '...'", "Forwarded from Cllr Patel: '...'", "Draft exec briefing, para 3: "..."", "Pasting this from
# an email chain I inherited: > "..."". The lead-in is told by its shape: a few words that ask nothing and end in a
# colon or a verb of saying right before an opening quote, saying the text is the asker's (my, our, his), passed
# on (forwarded, pasted, copied, quoted), inherited (handover notes, a predecessor's inbox, old minutes), or a
# draft or a piece of one (a line, a para). "The NCSC's review says: '...'" names a source of ours, not the
# asker's, and stays.
_PASSED_ON = regexes.compile(
    r"^(?P<lead>(?:[^'\"\u2018\u201c\u2019\u201d>?]|(?<=\w)['\u2019](?=\w)|(?<=s)['\u2019](?=\s)){3,200}?)"
    r"(?::|[.!]|\s[-\u2013\u2014]|\s(?:just\s+)?(?:say|says|said|read|reads|state|states|goes|went)\b:?)\s*"
    r"(?P<quote>>\s*)?(?P<open>['\"\u2018\u201c])(?=\S)", re.IGNORECASE)
# ...or sent to the asker's press or FOI office: "Following up on a press enquiry: '...'", "Journalist: '...'", "the
# requester writes: '...'". What such a passage asks is asked of the asker, who asks us: its questions stay.
_PRESS_CUE = (r"\b(?:press|media|journalists?|journos?|reporters?|requesters?|requestors?|enquiry|enquiries|inquiry|"
              r"foi|fois|newsdesk|correspondent)\b")
# The asker's own documents a passage may come from.
_DOCUMENTS = (r"slides?|decks?|presentations?|posters?|bios?|biograph(?:y|ies)|papers?|reports?|briefings?|docs?|documents?|"
              r"sections?|newsletters?|press\s+releases?|releases?|statements?|plans?|summar(?:y|ies)|blogs?|posts?|"
              r"articles?|timelines?|intranet|agenda|policy|policies|strategy|handbook|guidance\s+note|note|leaflet|"
              r"flyer|factsheet|fact\s+sheet|faq|faqs|script|speech|email|e-mail|memo|submission|bid|return|template")
_PASSED_ON_CUE = regexes.compile(r"\b(?:my|our|his|her|their|forward(?:ed|ing)?|fwd|fw|past(?:e|ed|ing)|cop(?:y|ied|ying)|"
                            r"quot(?:e|ed|ing)|drafts?|drafted|drafting|lines?|paras?|paragraphs?|extracts?|excerpts?|"
                            r"passages?|wording|sentences?|"
                            # ...or inherited, with the office's own records: "the previous CIO's handover doc says"
                            r"handover|inherited|predecessor's|predecessors'|previous|former|notes|minutes|inbox|mailbox|"
                            r"thread|chain)\b|" + _PRESS_CUE + "|" + r"\b(?:" + _DOCUMENTS + r")\b", re.IGNORECASE)
# A lead-in that only names the asker's document a passage comes from, with what they are doing with it: "Checking a
# training slide:", "Poster text for staff:", "Bio line:", "Draft assurance paper:", "Our strategy doc says:". Before a
# claim put to us it frames nothing the claim says; a year in it stays, as when the text was written.
_DOCUMENT_LEAD = regexes.compile(r"^\W*(?:(?:checking|proofing|proof-reading|proofreading|reviewing|drafting|writing|updating|"
                                 r"finalising|finishing|fact-checking|from|in|on)\s+)?(?:(?:a|an|the|our|my|this|his|her|their)\s+)?"
                                 r"(?:[\w'\u2019&/-]+\s+){0,3}?(?:" + _DOCUMENTS + r"|drafts?|lines?|paras?|paragraphs?|wording|"
                                 r"minutes|notes)(?:\s+(?:text|line|wording|copy|draft|blank|section|bullet))?"
                                 r"(?:\s+(?:for|from|to|on)\s+(?:[\w'\u2019&/-]+\s*){1,3}?)?(?:\s+(?:says|said|reads|states|has))?\W*$",
                                 re.IGNORECASE)
_CLOSING = {"'": "'\u2019", '"': '"\u201d', "\u2018": "\u2019'", "\u201c": "\u201d\""}
# After a passage that asks, a request to answer it for the asker: "- can you help me answer this?", "what do I
# tell her?", "how should I reply?".
_ANSWER_IT = regexes.compile(r"\b(?:help|answer|reply|respond|get\s+back)\b[^?]*?\b(?:this|that|it|them|him|her|one)\b|"
                        # "Can you give me the four so I can reply?": what the passage asks, so the asker can answer it
                        r"\bso\s+(?:i|we)\s+can\s+(?:reply|respond|answer|get\s+back|write\s+back)\b|"
                        # "- can you fill those in for me", "fill in the blanks?"
                        r"\bfill\s+(?:(?:this|that|it|them|those|these|the\s+(?:gaps|blanks))\s+)?in\b|"
                        r"\b(?:what|how)\s+(?:do|should|would|can|shall)\s+(?:i|we)\s+(?:say|tell|answer|reply|respond|put)\b|"
                        # "Can you help?", "could anyone help me?"
                        r"^(?:(?:can|could|would)\s+(?:you|u|anyone|someone|somebody)\s+(?:please\s+)?help(?:\s+(?:me|us))?|"
                        r"any\s+help|help\s+(?:please|pls))\W*$",
                        re.IGNORECASE)
# A letter's salutation and sign-off in the passage passed on ("Dear press office, ...", "Chaps - ...", "...
# Many thanks, Jo"): who it was written to and by, not what it says.
_SALUTATION = regexes.compile(r"^\s*(?:[Dd]ear\s+[\w'/&. ]{1,40}?|(?:hi|hello|hey|morning|afternoon|evening|all|team|everyone|folks|"
                         r"colleagues|[A-Z][a-z]+)(?:\s+(?:all|team|everyone|both|folks|there))?)\s*(?:,|!|\s[-\u2013\u2014])\s+(?=\S)")
_SIGN_OFF = regexes.compile(r"[.!?]\s+(?:(?:many|much|big)\s+)?(?:thanks|thank\s+you|cheers|ta|thx|regards|kind\s+regards|best|"
                       r"best\s+wishes|all\s+the\s+best|yours(?:\s+(?:sincerely|faithfully))?)\s*(?:in\s+advance\s*)?[,!.]?"
                       r"(?:\s+[A-Z][\w'-]*){0,2}\s*$", re.IGNORECASE)
# After the passage, a question of the asker's own about it: "Which chancellor was that?", "who built it?" (or one
# that names its own subject: "is it right that every council got its own report?").
_ASKS_OF_ITS_OWN = regexes.compile(r"\b(?:what|whats|what's|when|where|who|whos|who's|whom|which|how|why)\b", re.IGNORECASE)
_DATED = regexes.compile(r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?<!\d)(?:19|20)\d\d(?!\d)",
                    re.IGNORECASE)


# A line that ends with no stop of its own and another line after it: in a pasted email its header ("FW: RE: cyber
# assurance update", "Subject: RE: members briefing"), its greeting and its sign-off ("Thanks, J") are lines.
_LINE_BREAK = regexes.compile(r"(?<=[\w\"'\u2019\u201d)\]])[ \t]*(?:\r?\n[ \t]*)+(?=\S)")


def lines_as_sentences(message: str) -> str:
    """``message`` with each line break that ends a line with no stop of its own read as a full stop
    (``_LINE_BREAK``): a pasted email's header, greeting and sign-off are sentences apart from the
    question, not words of it."""
    return _LINE_BREAK.sub(". ", message)


# A line's reference in the asker's own register or report ("Risk CYB-03 (phishing): ...", "finding IA-2: ..."): a
# label of theirs, neither a name nor a figure the answer must hold.
# Said after a word for a line of those papers, or opening the message ("COVID-19" elsewhere is a name).
_REFERENCE_CODE = regexes.compile(r"((?i:\b(?:risks?|refs?|reference|findings?|actions?|items?|issues?|controls?|id|no|recs?|"
                             r"recommendations?|lines?|rows?)\.?\s+)|^\W*)[A-Z]{1,6}-\d{1,4}(?![\w-])")


# How the asker's own papers number their parts, pages and versions ("our policy (v3.2, s.1.4)", "section 4.2", "para 3.2",
# "(p.3)"),
# and a thread's "+1" (agreeing with the message before): numbers that count nothing the answer must hold. A bare
# "version 2" or "section 151" may be what is asked about, and stays; so does a phone number's "+44".
_NUMBERING = regexes.compile(r"(?<![\w.+-])(?:(?:s|ss|sec|section|para|paragraph|clause|v|ver|version|rev|revision)\.?\s?"
                             r"\d{1,3}(?:\.\d{1,3})+|v\d{1,3}|(?:p|pp|pg)\.\s?\d{1,4}(?:[-\u2013]\d{1,4})?)(?![\w%-]|\.\d)|(?:^|(?<=\s))\+\d(?![\w.,%]|\s*\d)",
                             re.IGNORECASE)


# The words a question opens with, after a mark that numbers or orders it ("Secondly, who ...", "2. where ...").
_QUESTION_OPENERS = r"who|what|when|where|which|how|why|is|are|was|were|did|does|do|has|have|can|could"
# How a careful writer numbers the questions they ask: "two questions: (1) when did the NCSC begin operating, and (2)
# on what date was it opened?", "1. Who launched it? 2. When?", "(ii) which body ran it", "Q1: ...". A marker counts
# nothing the answer must hold. Only where a list item starts: in brackets after a space or a stop ("regulation
# 11(1)" stays), a bare figure with a bracket or a stop only at the message's start, after a stop, a colon or "and"
# ("in 2018. When ..." and "£1.5 million" stay).
_LIST_MARKER = regexes.compile(
    r"(?:^|(?<=\s)|(?<=[:;,]))\(\s?(?:[1-9]|1[0-9]|i{1,3}|iv|v|vi{1,3}|ix|x)\s?\)(?=\s)|"
    r"(?:^|(?<=[:;?!.]\s))\s*(?:q(?:uestion)?\s?)?(?:[1-9]|1[0-9])(?:\)|\.|:)(?=\s+[a-z(\'\"\u2018\u201c])|"
    r"(?:(?<=\sand\s)|(?<=\sor\s)|(?<=[:;]))(?:[1-9]|1[0-9])\)(?=\s)|"
    # ...or in words: "First: when ...", "Secondly, who ..."
    r"(?:^|(?<=[:;?!.]\s))(?:first|firstly|second|secondly|third|thirdly|finally|lastly)\s*[:,](?=\s+(?:"
    + _QUESTION_OPENERS + r")\b)",
    re.IGNORECASE)


_COUNTED_ITEM = regexes.compile(r"(?:^|(?<=[\s:;,]))(?:[1-9]|1[0-9])\)(?=\s|$)")
_COUNTED_FROM_ONE = regexes.compile(r"(?:^|(?<=[\s:;,]))1\)\s.*?(?<=[\s:;,])2\)(?=\s|$)")
# ...and with stops, where each item after the first asks ("1. when did it start 2. where is it based"): a "2." before a
# question word is no end of a sentence about a figure.
_ASKS_NEXT = r"(?=\s+(?:whos|whats|" + _QUESTION_OPENERS + r")\b)"
_ASKS_AFTER = regexes.compile(_ASKS_NEXT, re.IGNORECASE)
_DOTTED_ITEM = regexes.compile(r"(?:^|(?<=[\s:;,]))(?:[1-9]|1[0-9])\." + _ASKS_NEXT, re.IGNORECASE)
_DOTTED_FROM_ONE = regexes.compile(r"(?:^|(?<=[:;,]\s)|(?<=[:;,]))1\.\s.*?(?<=\s)2\." + _ASKS_NEXT, re.IGNORECASE)
# A count of the questions to come ("2 qs:", "two questions -", "3 quick ones:"): how many, not a figure asked about.
_QUESTIONS_COUNTED = regexes.compile(r"(?:^|(?<=[.!?]\s))\W*(?:[2-9]|two|three|four|couple\s+of)\s+(?:quick\s+|short\s+)?"
                                     r"(?:qs|questions|quick\s+ones|things|bits)\b[^:?!.\u2013\u2014]{0,40}?(?::|\s[-\u2013\u2014])\s*",
                                     re.IGNORECASE)


# A service desk's tickets and their priority ("INC0012345", "ticket 4411", "P2 open", "sev 1", "line 14 of the risk
# register"): the asker's own case and where it sits in their queue, neither a figure nor a word the answer must hold.
_TICKET = regexes.compile(r"(?i:\b(?:inc|req|ritm|chg|prb|sctask|tkt|ticket|case|line|row)\s?#?\s?\d{1,12}(?![\w.,%/-])"
                          r"|(?<![\w-])(?:p[1-5]|sev\s?[1-5]|priority\s[1-5])(?:\s+(?:open|opened|raised|logged)\b|(?=\s+(?:ticket|"
                          r"incident|inc|call|case)\b|\s*[-:,\u2013]\s))|^\W*(?:p[1-5]|sev\s?[1-5])(?![\w.%/-]))")


def _without_references(question: str) -> str:
    """``question`` without the reference codes of the asker's own papers (``_REFERENCE_CODE``) and tickets
    (``_TICKET``), the numbers of their parts and versions (``_NUMBERING``) and the markers that number the questions
    it asks (``_LIST_MARKER``)."""
    left = _NUMBERING.sub(" ", _TICKET.sub(" ", _REFERENCE_CODE.sub(lambda m: m.group(1) + " ", question)))
    if _may_number(left):
        # "pillars: 1) defend 2) ____ 3) ____", "two programmes: 1) ____ 2) ____": a run that counts from one numbers
        # its items wherever they start.
        # Where each item after the first asks a question of its own ("2 qs: 1) the AF 24/7 number 2) where do residents
        # fwd dodgy emails"), its marker is read as "and" before it: two questions, answered as two.
        numbered = None
        if _COUNTED_FROM_ONE.search(left):
            numbered = _COUNTED_ITEM
        elif _DOTTED_FROM_ONE.search(left):
            numbered = _DOTTED_ITEM
        if numbered is not None:
            left = numbered.sub(lambda m: " and " if m.group(0).rstrip(").") != "1" and _ASKS_AFTER.match(left, m.end())
                                else " ", left)
            left = _QUESTIONS_COUNTED.sub(" ", left)
        left = _LIST_MARKER.sub(" ", left)
    return " ".join(left.split())


def _may_number(text: str) -> bool:
    """Might ``text`` number its questions (``_LIST_MARKER``)? A quick look for a bracket, a figure before a stop or a
    colon, or a word that orders, so that a message that cannot does not pay for the pattern."""
    lowered = text.lower()
    return (")" in text or any(f"{d}{mark} " in text for d in "0123456789" for mark in ".:")
            or any(word in lowered for word in ("first", "second", "third", "finally", "lastly")))


# A line passed on with a gap left in it for us to fill: "Minute 5.1 draft: '...launched by the then Chancellor, ______,
# and set ...' Can you fill in the name?", "'...resilient ... by [YEAR].' What year goes in the brackets?", "'Staff forward
# suspicious texts to [NUMBER] and suspicious emails to [ADDRESS].' What are the number and address?". The gap is what
# is asked: the line up to the end of the gap's clause is read as the question, the gap as its question word (by the
# placeholder's label, else by the word the request asks for: "the name" is who). The request and the lead-in go.
_BLANK = regexes.compile(r"_{3,}|\[\s*(?P<label>name|names|person|who|year|yyyy|date|dd/mm/yyyy|month|day|number|no\.?|"
                         r"figure|amount|sum|total|£|£x+|x+|address|e-?mail|email\s+address|place|venue|city|town|location|"
                         r"organisation|org|body|department|dept|tbc|tbd|insert|blank|\?+|\.{3}|\u2026)\s*\]",
                         re.IGNORECASE)
_BLANK_LABEL_ASKS = (("who", ("name", "names", "person", "who")), ("what year", ("year", "yyyy")),
                     ("what date", ("date", "dd/mm/yyyy", "day")), ("what month", ("month",)),
                     ("what number", ("number", "no", "no.")), ("how much", ("figure", "amount", "sum", "total", "£")),
                     ("what address", ("address", "e-mail", "email", "email address")),
                     ("where", ("place", "venue", "city", "town", "location")),
                     ("which organisation", ("organisation", "org", "body", "department", "dept")))
# ...and an unlabelled gap, by what the request names: "fill in the name", "what year goes there", "what's the figure".
_GAP_ASKED = regexes.compile(r"\b(?P<who>names?|who|whom|person)\b|\b(?P<year>year|when)\b|\b(?P<date>date|day)\b|"
                             r"\b(?P<much>figure|amount|how\s+much|sum|total)\b|\b(?P<where>where|place|venue|city|town)\b",
                             re.IGNORECASE)
_QUOTED_WITH_BLANK = regexes.compile(r"(?:^|(?<=[\s:(]))(?P<open>['\"\u2018\u201c])(?P<line>(?:(?!(?P=open)(?![\w]))[^\u2019\u201d])"
                                     r"{6,400}?)(?:['\"\u2019\u201d])(?=[\s.,;:?!)]|$)")
# What ends the gap's clause after the last gap: a stop, a colon, a dash, or a comma (", and set the national direction").
_GAP_CLAUSE_END = regexes.compile(r"\s*(?:[,;:.!?]|\s[-\u2013\u2014]\s)")
_DEED_GAP = regexes.compile(r"\b(?:should|must|will|would|can|could|may|might|shall|to|need|needs|did|does|do)\s*$",
                            re.IGNORECASE)
_FILL_ASKED = regexes.compile(r"\?|\b(?:fill|filled|filling|complete|completed|goes?\s+(?:in|there|here)|go\s+(?:in|there)|"
                              r"missing|gap|gaps|blank|blanks|brackets?)\b", re.IGNORECASE)


# A short label a pasted line opens with ("Minute 5.1 draft:", "Action 4:"), which is no part of the line (the line is
# the sentence of the message with the gap, a "______." ending one: ``SENTENCE_END``).
_LINE_LABEL = regexes.compile(r"^[^:]{1,40}:\s+(?=\S)")


def blank_asked(question: str) -> str:
    """``question`` read as the line it quotes with its gap put as a question (``_BLANK``): "'...launched by the then
    Chancellor, ______, and set ...' Can you fill in the name?" is "...launched by the then Chancellor, who?". A message
    with no quoted line with a gap in it, or that asks nothing of it (no question mark, no "fill in"), is as it was."""
    if "_" not in question and "[" not in question:
        return question
    quoted = next((m for m in _QUOTED_WITH_BLANK.finditer(question) if _BLANK.search(m.group("line"))), None)
    if quoted is not None:
        line, before, after = quoted.group("line"), question[:quoted.start()], question[quoted.end():]
    else:
        # "Minute 5.1 draft: The strategy was launched by the then Chancellor, ______. Can you fill in the name?": the
        # line pasted without quote marks is the sentence with the gap, after its label.
        sentences = SENTENCE_END.split(question)
        at = next((i for i, sentence in enumerate(sentences) if _BLANK.search(sentence)), None)
        if at is None:
            return question
        line = _LINE_LABEL.sub("", sentences[at], count=1)
        before, after = " ".join(sentences[:at]), " " + " ".join(sentences[at + 1:])
    rest = before + " " + after
    if not _FILL_ASKED.search(rest) and not _FILL_ASKED.search(after[:2]):
        return question
    gaps = list(_BLANK.finditer(line))
    end = _GAP_CLAUSE_END.search(line, gaps[-1].end())
    line = line[:end.start()] if end else line
    asked = _GAP_ASKED.search(after) or _GAP_ASKED.search(before)
    by_request = ("who" if asked.group("who") else "what year" if asked.group("year") else "what date" if asked.group("date")
                  else "how much" if asked.group("much") else "where" if asked.group("where") else "what") if asked else "what"

    def as_asked(gap: re.Match) -> str:
        label = (gap.group("label") or "").lower().strip()
        return next((word for word, labels in _BLANK_LABEL_ASKS if label in labels), by_request)

    # ("'councils should ______ their own cyber security'?": a gap where a deed goes is no thing to ask of by "what".)
    if any(as_asked(gap) == "what" and _DEED_GAP.search(line[:gap.start()]) for gap in gaps):
        return question
    return " ".join(_BLANK.sub(as_asked, line).split()).rstrip(" ,;:") + "?"


_SENTENCES_BEFORE = regexes.compile(r"^(.*[.!?])\s+\S", re.DOTALL)


def _without_source(question: str, ours: Callable[[str], bool]) -> str:
    """``question`` without the lead-in that says where a passage it passes on came from (``_PASSED_ON``):
    the passage and the question after it are what is asked, and a date the lead-in gives ("Forwarded from
    the old IT head's inbox, Feb 2017: ...") stays, as when the text was written. A passage that asks its own
    question, with nothing after it but a request to answer it ("...Many thanks, Jo' - can you help me answer
    this?"), is the question. A passage followed only by a request to confirm it ("...' right?") is a claim
    put to us and is left as it is."""
    lead = _PASSED_ON.match(question)
    if lead is None or not _PASSED_ON_CUE.search(lead.group("lead")) or _ASKING.search(lead.group("lead").strip()):
        return question
    start = lead.end("open")
    closing = _CLOSING[lead.group("open")]
    ends = [i for i in range(start + 1, len(question)) if question[i] in closing
            and (i + 1 == len(question) or not question[i + 1].isalnum())]
    # A quote that closes right after its sentence's stop ("...in October 2016.' Any issues? The Vice-Chair says it
    # should read 'opened in 2017'") ends the passage there: a later quote is another's words, not more of it. Else
    # the last closing mark ends it (an apostrophe ending "members'" within it is no end).
    end = next((i for i in ends if question[i - 1] in ".?!"), ends[-1] if ends else None)
    passage, after = (question[start:end], question[end + 1:]) if end is not None else (question[start:], "")
    dated = " ".join(m.group(0) for m in _DATED.finditer(lead.group("lead")))
    after_said = after.strip(" ,;:-.\u2013\u2014")
    salutation = _SALUTATION.match(passage)
    if salutation and (salutation.group(0).lstrip().lower().startswith("dear ")
                       or not any(ours(w) for w in surface_words(salutation.group(0)) if not is_stopword(w))):
        passage = passage[salutation.end():]
    passage = _SIGN_OFF.sub(lambda m: m.group(0)[0], passage)
    # "Item 6 - the Chair asked how the £1.9bn was broken down. From my notes the Head of ICT said '...'": the lead-in is
    # the last sentence before the passage; a sentence before it that asks of things of ours says what is asked about
    # (one that only tells who the asker is, "I am developer from Poland working on council website project.", goes).
    before = _SENTENCES_BEFORE.match(lead.group("lead"))
    kept = before.group(1).strip() if before else ""
    if kept and (not _ASKS_OF_ITS_OWN.search(kept)
                 or sum(1 for w in surface_words(kept.lower()) if not is_stopword(w) and ours(w)) < STANDING_WORDS):
        kept = ""
    # (A passage asks with a question mark or in so many words: "I want to know what its four objectives actually are.")
    # ("How do I answer this?", "what do I tell him?" open on a question word, but ask only for the passage's answer.)
    if ("?" in passage or _EMBEDDED_ASK.search(passage)) and (
            not after_said or (_ANSWER_IT.search(after_said)
                               and (not _WH_OPENING.match(after_said) or _ANSWER_IT.match(after_said)))):
        return " ".join(f"{dated + ': ' if dated else ''}{passage.strip()}".split())
    named = sum(1 for w in surface_words(after_said.lower()) if not is_stopword(w) and ours(w))
    if not _ASKS_OF_ITS_OWN.search(after_said) and named < STANDING_WORDS:
        # "Our draft says: '...' right?", "'...' can you sanity check that line?": the passage is put to us as a
        # claim, and is read as the message puts it; a frame must not turn a near miss into an answer. A lead-in that
        # only names the asker's document ("Checking a training slide:") is no frame of the claim.
        # (not a press line, which is a claim's frame of its own, nor a passage that itself asks: "press line: 'where
        # exactly was the summit held' fine to publish?" claims nothing)
        if (_DOCUMENT_LEAD.match(lead.group("lead")) and not re.search(_PRESS_CUE, lead.group("lead"), re.IGNORECASE)
                and not _WH_OPENING.match(passage.strip())):
            opened, close = lead.group("open"), question[end] if end is not None else ""
            return " ".join(f"{dated + ': ' if dated else ''}{opened}{passage}{close}{after}".split())
        return question
    # What the passage itself asks ("...Manchester leg on Tuesday. Can anyone go?") was asked of its readers; the
    # asker's own question comes after it. Unless that question names nothing of ours and points back into the
    # passage: "'...asked me what the first pillar of the 2022 strategy is, can you dig it out?' ... so what is it"
    # asks what the passage asks.
    told = [c for c in SENTENCE_END.split(passage.strip()) if c and not c.rstrip().endswith("?")]
    pointing_back = not named and _BACK_REFERENCE.search(after_said)
    if not re.search(_PRESS_CUE, lead.group("lead"), re.IGNORECASE) and not pointing_back:
        passage = " ".join(told) if told else passage
    opened = lead.group("open")
    close = question[end] if end is not None else ""
    return " ".join(f"{dated + ': ' if dated else ''}{kept + ' ' if kept else ''}{opened}{passage}{close}{after}".split())


# Who is asking, said before the question (or after a greeting's emoji): "Highland Council here", "grad trainee here",
# "Derry City & Strabane here,", "we're a
# council in Belfast,", "I'm at Newry council -". The asker's own council or town is where they sit, not
# what they ask about: a place the question itself names ("... open to us in Northern Ireland?", "did NI
# councils get ...") stays asked.
_INTRODUCED = regexes.compile(
    r"(?:^|(?<=[,.!:;]\s)|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF]\s))(?!(?:is|are|was|were|does|do|did|has|have|can|could|will|"
    r"would|should|what|whats|which|who|how|why|when|where|the|our|my|your|this|that|any|every|each|no)\b)"
    r"(?:(?:[\w'&.-]+\s+){1,4}?(?:council|cc|bc|dc|mbc|borough|authority|county)|"
    # ...or by what they do there: "grad trainee here", "procurement officer here", "new starter here"
    r"(?:[a-z][\w'-]*\s+){0,2}?(?:officer|manager|trainee|apprentice|analyst|engineer|clerk|intern|student|graduate|grad|"
    r"consultant|adviser|advisor|administrator|admin|architect|auditor|specialist|co-?ordinator|lead|director|councillor|"
    r"cllr|newbie|starter)|"
    r"(?:[A-Z][\w'.-]*\s+)(?:(?:&|and|of|[A-Z][\w'.-]*)\s+){0,3}?[A-Z][\w'.-]*)\s+here\b[^\w\s]*\s*(?:[,.!:;\u2013-]+\s*)?|"
    r"\b(?:we're|we are|were|i'm|i am|im)\s+(?:(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}?(?:council|authority|borough)\s+(?:in|from)"
    r"|(?:at|from|with)\s+(?:[\w'&.-]+\s+){1,3}?(?:council|borough|authority))\b(?:\s+[A-Z][\w'&.-]*(?:\s+(?:&|and|of)?\s*[A-Z][\w'&.-]*)?)?"
    r"\s*(?:[,.!:;\u2013-]+\s*)",
    re.IGNORECASE)


# Where the asker works, when it is not a council, said as theirs: "ICB digital lead here", "I'm at a PCC office", "we're
# a tiny national park authority IT team of two", "asking for a housing association", "Quick one from a PCC office:",
# "our academy trust". The kinds (academy trust, PCC office, ICB) are the lexicon's `workplaces`, as data; these are
# the frames that make one the asker's. It is who asks, not what is asked: "I'm at a PCC office" does not ask what the
# GCSS says of PCCs, and "team of two" is no figure the answer must hold. Named otherwise ("is there a pathway for
# housing associations?") a kind stays asked. Words said between the article and the kind ("a tiny", "a small rural")
# are never a preposition or an article: "I'm at a loss about the police" says nothing of where the asker works.
_WORKPLACE_BEFORE = (r"(?:\b(?:i'm|i\s+am|im|i've\s+been|we're|we\s+are|we've\s+been|i\s+work|i\s+worked|work|working|based|"
                     r"asking|writing|speaking|posting)\s+(?:(?:at|in|for|with|from|as|on\s+behalf\s+of)\s+)?|"
                     r"\b(?:one|question|query|q|enquiry|ask|hello|hi|hiya|greetings|here)\s+from\s+|"
                     r"\bon\s+behalf\s+of\s+|^(?:from|at)\s+)"
                     r"(?:a|an|the|our|my|one)\s+(?:(?!(?:the|a|an|of|for|to|in|on|at|with|and|or|about|by)\b)[\w&'-]+\s+){0,3}?")
_WORKPLACE_AFTER = r"(?:\s+(?:office|team|side))?"
# "ICB digital lead here", "PCC office here", "fire & rescue IT here,"
_WORKPLACE_HERE = r"(?:\s+[\w&'/-]+){0,3}?\s+here\b"
# "our academy trust" is "our organisation" where it is the one that does or asks something: before a verb or at the clause's end
# ("does our academy trust have to pay", "is it open to our housing association?"); "our social care systems" is theirs.
_OUR_WORKPLACE_ENDS = (r"(?=\s*(?:[?.!,;:\u2013\u2014)]|-\s|$)|\s+(?:is|are|was|were|has|have|had|do|does|did|can|could|should|"
                       r"would|will|may|might|must|need|needs|want|wants|get|gets|got|use|uses|pay|pays|join|joins|qualify|"
                       r"qualifies|count|counts)\b)")


@functools.lru_cache(maxsize=4)
def workplace_frames(kinds: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern] | None:
    """The frames that say one of ``kinds`` (the lexicon's `workplaces`) is where the asker works: any of them
    (``_WORKPLACE_BEFORE``, ``_WORKPLACE_HERE``), and "our"/"my" before one (``_OUR_WORKPLACE_ENDS``)."""
    if not kinds:
        return None
    bits = [r"\s+".join(re.escape(w).replace("'", "['\u2019]?") for w in k.split()) for k in sorted(kinds, key=len, reverse=True)]
    kind = r"(?<![\w-])(?:" + "|".join(bits) + r")(?![\w-])"
    said = regexes.compile(f"{_WORKPLACE_BEFORE}{kind}{_WORKPLACE_AFTER}|{kind}{_WORKPLACE_HERE}", re.IGNORECASE)
    ours = regexes.compile(r"\b(?:our|my)\s+(?:(?!(?:the|a|an|of|for|to|in|on|at|with|and|or|about|by)\b)[\w&'-]+\s+){0,2}?"
                           f"{kind}{_WORKPLACE_AFTER}{_OUR_WORKPLACE_ENDS}", re.IGNORECASE)
    return said, ours


def _without_own_workplace(question: str, kinds: tuple[str, ...]) -> str:
    """``question`` without where the asker works (``workplace_frames``): a clause that says it and asks nothing
    ("We're a tiny national park authority IT team of two.", "...? I'm at a PCC office.") is dropped, unless the
    question after it points back to it; in a clause that asks, a lead-in that says it ("Quick one from a PCC office:
    which ...") and a close that does (", asking for an ICB") go, and "our academy trust" is "we"."""
    frames = workplace_frames(kinds)
    if frames is None:
        return question
    said, ours = frames
    if not said.search(question) and not ours.search(question):
        return question
    pieces = _CLAUSE_KEPT.split(question)
    clauses, separators = pieces[0::2], [""] + pieces[1::2]
    stripped = [c.strip(" ,;-") for c in clauses]
    asks = [bool(_ASKING.search(c)) for c in stripped]
    kept = []
    for i, clause in enumerate(clauses):
        pointed_to = i + 1 < len(stripped) and asks[i + 1] and _BACK_REFERENCE.search(stripped[i + 1])
        if not asks[i] and not pointed_to and said.search(stripped[i]):
            continue
        if asks[i]:
            clause = _workplace_unsaid(clause, said)
        kept.append((separators[i] if kept else "", ours.sub(lambda m: m.group(0).split()[0] + " organisation", clause)))
    left = " ".join("".join(sep + clause for sep, clause in kept).split()).strip(" ,;-")
    return left if any(_ASKING.search(c.strip(" ,;-")) for _, c in kept) else question


def _workplace_unsaid(clause: str, said: re.Pattern) -> str:
    """The asking ``clause`` without a lead-in that says where the asker works, up to the colon or dash that ends
    it ("Quick one from a PCC office: which ..."), or a close that does (", asking for a housing association")."""
    for match in said.finditer(clause):
        before, after = clause[:match.start()], clause[match.end():]
        lead = re.match(r"(?:\s+[\w&'/-]+){0,3}?\s*[:,\u2013\u2014-]+\s*", after)
        if lead and not _ASKING.search(before.strip(" ,;-")) and _ASKING.search(after[lead.end():].strip()):
            return after[lead.end():]
        # (what follows it to the clause's end is its own: "asking for a housing association which is a grey area")
        head = before.rstrip(" ,;(\u2013\u2014-")
        if re.fullmatch(r"[^?]*\??\s*", after) and _ASKING.search(head.strip()):
            return head + ("?" if "?" in after else "")
    return clause


# Who wants to know, said before what they want to know: "councillor wants to know what Web Check actually does",
# "our s151 officer would like to know how ...", "the leader is asking whether ...", as a ticket notes it ("user asking
# what CiSP stands for"), by name, after a colon or with a preposition before the question word ("Cllr Jones asks:
# which ...", "Cllr Patel asks in what year ..."). The question is theirs to ask, not about them.
_OTHERS_ASK = regexes.compile(r"^(?:(?:my|our|the|a|an|one\s+of\s+our)\s+)?(?:[\w'.&-]+\s+){0,3}?[\w'.&-]+\s+(?:wants|would\s+like|"
                         r"needs|want|is\s+asking|has\s+asked|asked|asks|are\s+asking|was\s+asking|asking|is\s+wondering|wondered|wonders)"
                         r"(?:\s+(?:me|us))?(?:\s+to\s+(?:know|find\s+out|check))?(?:\s*[:\u2013\u2014]\s*|\s+)"
                         r"(?=(?:(?:in|on|at|by|for|from|with|to|of)\s+(?=wh))?(?:who|whom|whose|what|when|where|which|how|why|"
                         r"whether|if)\b)",
                         re.IGNORECASE)


# ...asking about a thing, or wanting a few lines on it, before the question of it: "the chief exec was asking me
# about the cyber guide socitm did, who was it aimed at", "our CX wants 2 lines on the socitm briefing, what's the
# gist". The thing stays; who asks and how much they want go.
_OTHERS_ASK_ABOUT = regexes.compile(
    r"^(?:(?:ok|okay|so|um|uh|erm|er|right|well|and|but|hi|hiya|hey|morning)[,!.]?\s+)*" + _ASKERS_PEOPLE + r"\s+"
    r"(?:(?:(?:was|is|were|are|has\s+been|have\s+been|keeps|kept)\s+asking|asked|asks|(?:was|is)\s+on)\s+(?:(?:me|us)\s+)?"
    r"(?:about|re|regarding)|(?:wants|wanted|needs|needed|(?:has\s+)?asked\s+(?:me\s+|us\s+)?for|would\s+like)\s+"
    r"(?:(?:a|an|the|some|\d+|one|two|three|four|five|a\s+couple\s+of|a\s+few|few)\s+)?(?:(?:short|quick|brief|few)\s+)?"
    r"(?:lines?|paragraphs?|paras?|sentences?|summary|note|notes|overview|briefing|brief|update|rundown|bullets?|"
    r"bullet\s+points?|words?)\s+(?:on|about|re|regarding))\s+", re.IGNORECASE)


# Who the asker is, said as a letter opens, in sentences of their own before the question: "I am a doctoral
# researcher at the University of Leeds examining cyber resilience in English local government.", "By way of
# introduction, I work in pre-sales for a managed security services provider.", "My name is Priya Shah and I write
# for a trade title.", "I am on secondment from the Cabinet Office to a county council's digital team." Their post,
# employer, university and field are theirs, not what they ask: a place or sector in them is not one the answer must
# hold, nor are their words what to search for. What they go on to say they are doing ("My dissertation examines
# ...", "I am now finalising the chronology ...") is part of the introduction.
_SELF_INTRODUCED = regexes.compile(
    r"^(?:(?:by\s+way\s+of\s+(?:an\s+)?introduction|to\s+introduce\s+myself|for\s+(?:context|background)|firstly|first)"
    r"\s*[,:\u2013\u2014-]?\s+)?(?:my\s+name\s+is\s+[^,;.!?]{1,40}?(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+))?"
    r"(?:(?:(?:i\s+am|i'm|im)\s+(?:currently\s+|now\s+|presently\s+)?|as\s+)(?:(?:a|an|one\s+of\s+(?:the|two|three|several))\s+"
    r"(?:[\w'/&-]+\s+){0,6}?(?:researchers?|students?|candidates?|academics?|lecturers?|professors?|fellows?|scholars?|"
    r"postgrad(?:uate)?s?|undergrad(?:uate)?s?|journalists?|reporters?|correspondents?|editors?|writers?|freelancers?|"
    r"consultants?|analysts?|secondees?|civil\s+servants?|officials?|officers?|advis[eo]rs?|managers?|specialists?|"
    r"architects?|engineers?|executives?|representatives?|interns?|trainees?|graduates?|directors?|heads?|leads?)\b|"
    r"(?:based|employed|seconded|on\s+(?:a\s+)?(?:secondment|placement)|writing\s+on\s+behalf|studying|reading\s+for|"
    r"undertaking|completing|pursuing)\b)|"
    r"i\s+(?:work|lecture|teach|write|report|research)\s+(?:as|at|in|for|with|on|about)\b|"
    # ...or by what they run: "I head up public-sector partnerships at ...", "I lead the cyber practice of ..."
    r"i\s+(?:head\s+up|head|lead|run|manage|oversee|chair|represent|sit\s+on|look\s+after)\s+(?:a|an|the|our|my|its|public|"
    r"business|partnerships?|sales|research|policy|cyber|security|digital)\b|"
    # ...and what they go on to say of their work: "My dissertation examines ...", "I am now finalising chapter one."
    r"(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:dissertation|thesis|research|study|paper|article|feature|piece|project|report|"
    r"chapter|work|doctorate|phd|module|course|firm|company|employer|organisation|organization|team|practice)\s+"
    r"(?:is|are|was|examines|explores|considers|concerns|looks|focuses|covers|investigates|asks|deals|will|has|sits|"
    r"supplies|provides|sells|works|specialises|specializes)\b|"
    r"(?:i\s+am|i'm|im)\s+(?:now\s+|currently\s+)?(?:finalising|finalizing|writing\s+up|completing|revising|drafting|"
    r"preparing|researching|compiling)\b)",
    re.IGNORECASE)
# "we", "us", "our" in the question: what applies to the asker's organisation, which the introduction says.
_OF_US = regexes.compile(r"\b(?:we|us|our|ours)\b", re.IGNORECASE)


def _without_self_introduction(question: str, ours: Callable[[str], bool]) -> str:
    """``question`` without the sentences that open it by saying who the asker is and what they are working on
    (``_SELF_INTRODUCED``), where what is left asks a question that names its own subject (``_stands_alone``)
    and asks nothing of "us": "I work at Cardiff Council. What did we get?" asks of the council it names."""
    start, cut = 0, 0
    while start < len(question):
        said = _GREETED.sub("", question[start:]) if start == 0 else question[start:]
        opening = start + len(question[start:]) - len(said)
        if not _SELF_INTRODUCED.match(said):
            break
        end = SENTENCE_END.search(question, opening)
        if end is None or "?" in question[opening:end.start()]:
            break
        start = cut = end.end()
    if not cut:
        return question
    left = question[cut:]
    asking = _asking_clause(left)
    if asking is None or _OF_US.search(left) or _points_back_first(asking, ours):
        return question
    # ("Our legal team are asking what the Resilience Bill will mean for councils. Are local authorities in scope, and
    # when does it come into force?": a later part of the question that leans on the introduction keeps it.)
    if any(_clause_asks(part) and _leans_on_before(part, ours) for part in _ASKED_PARTS.split(left)[1:]):
        return question
    return left


# Where a question asks a second thing: "..., and when does it come into force?", "... Who chairs it?".
_ASKED_PARTS = regexes.compile(r",?\s+(?:and|but|or|also)\s+(?=(?:when|where|who|what|which|how|why|is|are|does|do|did|was|"
                               r"were)\b)|(?<=[?.!])\s+", re.IGNORECASE)


# What a message says to set the scene, in sentences of its own before the question, where it says so: "Context: we are
# updating the council's assurance map ...", "For background, the auditor has asked us ...", "Some context - ...",
# "Apologies for the long message." The scene is the asker's (their auditor, their committee, their map), not what the
# answer must hold to; the question after it is what is asked.
_CONTEXT_LABEL = regexes.compile(
    r"^(?:(?:some|a\s+(?:bit|little)\s+of|bit\s+of|for|by\s+way\s+of|as|quick|brief|short)\s+)?(?:context|background)\b\s*[:,\u2013\u2014-]|"
    r"^(?:(?:many\s+)?apologies|sorry|forgive\s+me)\s+(?:in\s+advance\s+)?for\s+(?:the|this|a|such\s+a)\s+(?:very\s+|rather\s+|quite\s+)?"
    r"(?:long|lengthy|long-winded|longwinded|detailed|wordy)\s+(?:message|post|question|query|note|email|one)\b", re.IGNORECASE)
# Where a message's sentences end: at a stop, an exclamation or a question mark and the space after it.


def _without_context(question: str, ours: Callable[[str], bool]) -> str:
    """``question`` without the sentences before it that the message says set the scene (``_CONTEXT_LABEL``): from
    the labelled one up to the first that asks, where what is left asks a question that does not point back to them
    ("Context: ... For cyber I have the NCSC as the CAF's author. Which department assesses councils under the GCSS?").
    A question that points back into the scene ("...Why does it matter?") keeps it."""
    if not _CONTEXT_LABEL.search(question):     # (the label opens the message: one look at its start)
        return question
    sentences = SENTENCE_END.split(question)
    first = next((i for i, s in enumerate(sentences) if _ASKING.search(s.strip())), None)
    if not first:
        return question
    left = " ".join(sentences[first:])
    asking = _asking_clause(left)
    if asking is None or _leans_on_before(asking, ours):
        return question
    return left


def _leans_on_before(clause: str, ours: Callable[[str], bool]) -> bool:
    """Does the asking ``clause`` point back to the sentences before it (``_points_back_first``), or by "his" ("What
    was his role at Socitm at the time?"), or by a word pointing back after it names fewer than ``ALONE_WORDS`` things
    of its own ("What was the main thing it told councils to do?": what the briefing before it told them)?"""
    back = _BACK_REFERENCE.search(clause)
    return (bool(_HIS.search(clause)) or _points_back_first(clause, ours)
            or (back is not None and _names_ours(clause[:back.start()], ours) < ALONE_WORDS))


# ("his" is not among the words that point back for the other readings, ``_BACK_REFERENCE``: there it would make the
# clause before "What was his role?" part of the question, with the asker's committee in it.)
_HIS = regexes.compile(r"\bhis\b", re.IGNORECASE)


def within_length(question: str, ours: Callable[[str], bool], limit: int) -> str:
    """``question`` read within ``limit`` characters, where a long, careful message sets out its context before it
    asks: without the scene it labels as such (``_without_context``), and then without the sentences that open it
    and ask nothing, one at a time from its start, while it is longer than ``limit``. Never the sentence just before
    a question that points back to it ("The author is Dr Andy Hopkirk. What was his role?"), nor a sentence that
    asks; a message whose question is still longer is left as it is (and refused as too long)."""
    question = _without_context(question, ours)
    sentences = SENTENCE_END.split(question)
    first = next((i for i, s in enumerate(sentences) if _ASKING.search(s.strip())), len(sentences))
    asking = _asking_clause(" ".join(sentences[first:])) if first < len(sentences) else None
    if asking is None:
        return question
    keep = first - 1 if first and _leans_on_before(asking, ours) else first
    start = 0
    while start < keep and len(" ".join(sentences[start:])) > limit:
        start += 1
    return " ".join(sentences[start:])


def asked_after_context(question: str, ours: Callable[[str], bool],
                        named: Callable[[str], int]) -> tuple[str, str] | None:
    """The clauses of ``question`` that ask, where the sentences before them only set the scene and the clause that
    asks first names its own subject, and what it points back to: "New starter on the team asked me whether the NCSC
    sits in the Cabinet Office or somewhere else, and I realised I wasn't sure how to put it. Which organisation is
    the NCSC actually part of?" asks what its last sentence asks; the Cabinet Office, the new starter and the asker's
    doubt are how they came to ask. None where nothing comes before the question, or where the question leans on what
    did: it points back before naming anything of its own ("Anyone know what it is?", "Who said it?", "what topics
    does it cover?"), goes on from it ("so no budget line needed?", "how big was that programme?"), or names fewer
    than ``ALONE_WORDS`` things of its own, counted by ``named`` ("What was the figure?").
    A clause that points back after naming its own ("What has the NCSC replaced it with?") may point to what it
    named or to what came just before it: that (the sentence before, and any clause of its own sentence before it)
    is given with it, else ""."""
    sentences = SENTENCE_END.split(question)
    if len(sentences) < 2:
        return None
    first = next((i for i, s in enumerate(sentences) if _clause_asks(s.strip())), None)
    if not first:
        return None
    # (From the clause that asks to the last that does: "Before I reply to their CIO - how many councils were in the
    # pilot?" asks in its second clause, and "I have a note saying 2017" after the question sets the scene too.)
    pieces = _CLAUSE_KEPT.split(" ".join(sentences[first:]))
    asks = [i for i in range(0, len(pieces), 2) if _clause_asks(pieces[i].strip(" ,;-"))]
    if not asks:
        return None
    clause = pieces[asks[0]].strip(" ,;-")
    if (_CARRIES_ON.match(clause) or _DEMONSTRATIVE.search(clause) or _SINCE_THEN.search(clause)
            or named(clause) < ALONE_WORDS or _leans_on_before(clause, ours)):
        return None
    back = _BACK_REFERENCE.search(clause)
    if back is not None and named(clause[:back.start()]) < ALONE_WORDS:
        return None
    asking = "".join(pieces[asks[0]:asks[-1] + 1]).strip(" ,;-")
    # ("When did the NCSC open its doors?": a possessive after the clause names its subject is that subject's.)
    # ("What did the NCSC replace when it was set up?": "it" after "when", opening a clause of its own after the clause
    # named its subject, is that subject, as a possessive is; nothing before is pointed to.)
    pointed = f"{sentences[first - 1]} {''.join(pieces[:asks[0]])}".strip() \
        if back is not None and back.group(0).lower() not in _POSSESSIVE and not _SUBORDINATE_BEFORE.search(
            clause[:back.start()]) else ""
    return asking, pointed


# A clause of time or cause opened after the clause named its subject: "...when it was set up", "...after they opened".
_SUBORDINATE_BEFORE = regexes.compile(r"\b(?:when|after|before|since|once|while|until|till|as\s+soon\s+as|because)\s*$",
                                      re.IGNORECASE)
# Words pointing back that are whose a thing is (``asked_after_context``): after the clause names its subject, its own.
_POSSESSIVE = frozenset(("its", "their"))
# A question that goes on from what was said before it: "right five?", "so no budget line needed?", "then who runs it?",
# or asks whether it will do: "Fine to minute as stated?", "OK as worded?", "safe to use in the paper?".
_CARRIES_ON = regexes.compile(r"^\W*(?:so|then|right|correct|true|yes|yeah|and\s+so|"
                              r"(?:ok|okay|fine|alright|good|safe|accurate|happy)\s+(?:to|as|for)\b)", re.IGNORECASE)
# "Mail Check's been switched off. What should councils use for DMARC reporting now?": a question placed after what it
# was told of, or beside it ("instead", "still", "too"), asks in its light.
_SINCE_THEN = regexes.compile(r"\b(?:now|nowadays|instead|anymore|any\s+more|still|yet|again|too|also|either|afterwards|"
                              r"since|then|replaced|replacement)\b", re.IGNORECASE)
# "how big was that programme?", "who wrote this one?": a thing pointed to, said before.
_DEMONSTRATIVE = regexes.compile(r"\b(?:this|that|these|those)\b", re.IGNORECASE)


# Where the asker wants the fact taken from, said beside the question: "How many NHS trusts were affected by WannaCry,
# per the NAO?", "According to the NCSC's 2018 annual review, had every council ...", "as reported by UKAuthority's
# article". The source names where they read it, not what the fact is about: an entry that gives the fact from another
# source still answers. (Its year stays: "according to the 2020 review" asks of 2020.) A source is a body or a paper:
# "the ...", an acronym, or a name with its paper; "according to Jones" asks what a person thinks, which an entry on
# someone else's view does not answer. "per" names a source only before a capital ("per the NAO"), not in "per council".
_SOURCE_NAMED = regexes.compile(r"(?:\b(?i:according\s+to|as\s+(?:reported|stated|set\s+out|published|quoted|cited)\s+(?:by|in)|"
                                r"going\s+by|citing)|\b(?i:as\s+)?per)\s+(?:(?i:the)\s+(?=[A-Z])|(?=[A-Z]{2,}\b)|"
                                r"(?=[A-Z][\w'-]*(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?i:review|report|briefing|survey|statement|paper|"
                                r"article|page|website|guidance|press\s+release|investigation|minutes)\b))"
                                r"([^,;:?!.]{1,60}?)\s*(?=[,;:?!.]|$)")


def sources_named(question: str) -> frozenset[str]:
    """The words of the sources ``question`` says its fact is to be taken from (``_SOURCE_NAMED``), but its years."""
    if "per" not in question and "ccording" not in question and " by " not in question and "citing" not in question.lower():
        return frozenset()
    return frozenset(w for m in _SOURCE_NAMED.finditer(question) for w in surface_words(m.group(1).lower())
                     if not w[0].isdigit())


def _points_back_first(clause: str, ours: Callable[[str], bool]) -> bool:
    """Does ``clause`` point back (``_BACK_REFERENCE``) before it names a word of ours, or name none: "When was it
    published?" leans on what was said before it, "When did Socitm launch its Cyber Guide?" does not, nor does "Is it
    correct that RAND ran it?" (``_CONFIRMING``)."""
    clause = re.sub(r"^\W*that\b", "", _CONFIRMING.sub(" ", clause).strip())
    for word in re.findall(r"[\w']+", clause.lower()):
        if _BACK_REFERENCE.fullmatch(word):
            return True
        if not is_stopword(word) and word not in _ANSWER_KINDS and ours(word):
            return False
    return True


# Words that name the kind of answer a clause wants, not the thing it asks of: "q: what number do we tell them to forward
# it to?" still leans on the text the ticket told of before it.
_ANSWER_KINDS = frozenset("number numbers date day year month name address email figure amount".split())


# How a letter announces what it asks before asking it: "I have two questions for a footnote: ...", "Two questions,
# please: ...", "My question is as follows: ...", "I have a question regarding the LGA stocktake. Which ...", "I would be
# most grateful if you could assist with the following query.", "I am seeking to ascertain the following." How many
# questions the asker has is no figure the answer must hold, and "question", "query" and "following" are not what they
# ask about. What the questions are about ("regarding the LGA stocktake") stays, as the subject they ask of. After a
# colon the announcement may close a longer sentence ("I am finalising chapter one and have two questions: ...").
_ANNOUNCING = (r"(?:(?:i|we)\s+(?:have|had|'ve\s+got|(?:would|should|'d)\s+like\s+to\s+(?:ask|raise|put)|"
               r"wish\s+to\s+(?:ask|raise|put)|want\s+to\s+ask)|(?:and\s+)?(?:have|'ve\s+got)|my|our|may\s+i\s+ask|"
               r"(?:i\s+(?:would|should)|i'd)\s+be\s+(?:most\s+|very\s+|extremely\s+|really\s+)?grateful\s+(?:for\s+(?:your\s+)?"
               r"(?:help|assistance)\s+with|if\s+you\s+(?:could|would|might)\s+(?:kindly\s+)?(?:(?:assist|help)(?:\s+(?:me|us))?\s+with|"
               r"confirm|clarify|answer|address|advise\s+on))|"
               r"(?:please\s+)?(?:could|would|can)\s+you\s+(?:kindly\s+|please\s+)?(?:(?:assist|help)(?:\s+(?:me|us))?\s+with|confirm|"
               r"clarify|answer|address|advise\s+on)|"
               r"(?:i\s+am\s+|i'm\s+)?(?:seeking|trying|hoping|wishing|keen)\s+to\s+(?:ascertain|establish|confirm|clarify|"
               r"understand|determine|find\s+out|verify|know|ask|check)|(?:i\s+)?(?:wish|would\s+like|should\s+like|'d\s+like)\s+"
               r"to\s+(?:ask|ascertain|establish|confirm|clarify|know))\s+")
# ("Two things: who chairs the Local CIO Council, and which council does he work for?": how many things are asked is no
# figure either.)
_ANNOUNCED_NOUN = r"(?:questions?|queries|query|enquiry|enquiries|points?|things?)"
_ANNOUNCED_CUES = ("question", "quer", "enquir", "point", "following", "follows", "thing")
_QUESTIONS_ANNOUNCED = regexes.compile(
    r"(?:^|(?<=[.!?]\s))(?P<lead>[^.!?:]{1,160}?\s)??(?:" + _ANNOUNCING + r")?"
    r"(?:(?:(?:the\s+following|a|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|several|some|\d)\s+)?"
    r"(?:(?:short|brief|quick|simple|related|factual|specific|further|follow-up|small|particular)\s+){0,2}" + _ANNOUNCED_NOUN +
    r"|the\s+following|(?:(?:i|we)\s+)?(?:wish|would\s+like|should\s+like|'d\s+like)\s+to\s+(?:enquire|inquire|ask)(?=\s+as\s+follows))"
    r"(?P<about>\s+(?:about|regarding|concerning|on|in\s+respect\s+of|pertaining\s+to|relating\s+to|with\s+regard\s+to|re)"
    r"\s+[^:.?!]{1,80}?)?(?:\s+for\s+[^:.?!]{1,60}?)?(?:\s+(?:is|are))?(?:\s+as\s+follows)?"
    r"(?:,?\s+(?:please|if\s+i\s+may|for\s+you))?\s*(?P<end>[:.]|(?<=\s)[-\u2013\u2014]|[\u2013\u2014])\s+(?=\S)", re.IGNORECASE)


def _without_questions_announced(question: str, ours: Callable[[str], bool]) -> str:
    """``question`` without the words that announce what it asks (``_QUESTIONS_ANNOUNCED``), where a question
    follows; what the questions are said to be about is kept before a colon, as their subject. A question that
    points back into the announcement ("The LGA published ten questions for councillors: what are they?") keeps it."""
    lowered = question.lower()
    if not any(word in lowered for word in _ANNOUNCED_CUES):
        return question
    match = _QUESTIONS_ANNOUNCED.search(question)
    if match is None or (match.group("lead") and match.group("end") != ":"):
        return question
    rest = question[match.end():]
    asking = _asking_clause(rest)
    about = match.group("about")
    if asking is None or (not about and _points_back_first(asking, ours)):
        return question
    subject = re.sub(r"^\s*(?:about|regarding|concerning|on|in\s+respect\s+of|pertaining\s+to|relating\s+to|with\s+regard\s+to|"
                     r"re)\s+", "", about, flags=re.IGNORECASE) + ": " if about else ""
    return question[:match.start()] + subject + rest


# Where the asker turns from what they have been saying to what they ask: "Context: Cllr wants to mention in her speech
# ... Anyway what I actually need is which department assesses councils under the GCSS", "...for a fringe event. My
# actual question is who ran the stocktake", "all I need is the year the CAF came out". What came before is theirs.
# ...and said with a colon, as chat says it: "the bit I actually need: *how much was ...*", "actual question: when did the
# NCSC start work?", and the turns chat makes before its point: "buried in all that: ...", "tl;dr: ...", "long story
# short: ...", "bottom line - ...".
_TURNED_TO_ASK = regexes.compile(
    r"(?:^|(?<=[.!?;:,\u2013\u2014-])\s*|\s+)(?:(?:anyway|anyways|anyhow|but|so|ok|okay|right)\s*[,.:;-]?\s+)?"
    r"(?:(?:(?:what|all|the\s+(?:thing|bit|one\s+thing|question))\s+(?:i|we)\s+(?:actually\s+|really\s+|just\s+|do\s+|genuinely\s+|specifically\s+)?"
    r"(?:need|needed|want|wanted|'m\s+after|am\s+after|'re\s+after|are\s+after|(?:would|'d)\s+like)(?:\s+to\s+(?:know|check|confirm|find\s+out|ask))?"
    r"|(?:(?:my|our|the)\s+)?(?:(?:actual|real|main|proper|specific|simple|key|only)\s+)(?:question|query|ask)|(?:my|our|the)\s+(?:question|query|ask))"
    r"(?:\s+is\s*[:,\u2013\u2014-]?|\s*:)"
    r"|(?:buried|hidden|lost)\s+in\s+(?:all\s+)?(?:that|this|there|the\s+(?:noise|waffle|chat))|tl\s*;?\s*dr|long\s+story\s+short|"
    r"bottom\s+line|short\s+version|the\s+point\s+is)\s*[:,\u2013\u2014-]?\s+", re.IGNORECASE)


def _without_what_came_before(question: str, ours: Callable[[str], bool]) -> str:
    """``question`` from where the asker turns to what they ask (``_TURNED_TO_ASK``), where what follows names its own
    subject (``_stands_alone``): "Context: ... Anyway what I actually need is which department assesses councils under
    the GCSS" asks which department. "What I need is its launch date" points back, and "when did CiSP launch? what I
    need is the day" names too little of ours: both are read whole."""
    lowered = question.lower()
    if not any(cue in lowered for cue in (" need", " want", " after", " like", "question", "query", " ask", "buried", "hidden",
                                          " lost", "tl", "story", "bottom", "short", "point")):
        return question
    turned = None
    for turned in _TURNED_TO_ASK.finditer(question):
        pass
    if turned is None or turned.start() == 0:
        return question
    rest = question[turned.end():]
    return rest if _stands_alone(rest, ours) else question


# The asker at work on their own paper, before what they found in it or need for it: "I'm finishing the cyber section
# of the Improvement Board report and there's a quote from an LGA councillor ...", "I'm writing up our risk paper and
# it cites ...", "we're drafting the annual governance statement, and ...". The paper's words ("Improvement Board",
# "writing", "report") are theirs, not what is asked; what follows "and" is. (Only an "and" right after the paper: in
# "a report to the Governance and Audit Committee and ...", the first "and" is in the committee's name.)
_OWN_PAPER_AT_WORK = regexes.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:i'm|i\s+am|im|we're|we\s+are|were)\s+(?:just\s+|currently\s+|now\s+|still\s+)?"
    r"(?:finishing|finalising|finalizing|writing|drafting|doing|preparing|updating|reviewing|checking|proofing|proof-reading|"
    r"editing|pulling\s+together|putting\s+together|working\s+on|tidying|completing)(?:\s+(?:off|up))?\s+"
    r"(?:the|a|an|our|my|this|that)\s+(?:[\w'&/-]+\s+){0,8}?(?:report|paper|briefing|brief|note|section|slide|slides|deck|"
    r"minute|minutes|draft|chronology|timeline|submission|summary|annex|appendix|newsletter|article|presentation|"
    r"statement|update|bid|return|response|case)\b)(?:\s*,)?\s+and\s+(?:(?:so|now|then)\s+)?(?=\S)",
    re.IGNORECASE)

# ...or the line they mean to write, quoted: "I'm writing 'only around half of councils are members of CiSP'. Is that
# supported?", "I plan to say 'the NCSC opened in 2016'", "we want to put in the paper that '...'". The line is put to
# us as their draft's would be ("My draft says '...'"); their writing it is not what is asked.
_OWN_LINE = regexes.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:i'm|i\s+am|im|we're|we\s+are)\s+(?:just\s+|currently\s+|now\s+)?(?:writing|putting|saying|"
    r"(?:going|planning|hoping|about)\s+to\s+(?:write|say|put))|(?:i|we)\s+(?:(?:plan|want|intend|need|mean|hope)\s+to|"
    r"would\s+like\s+to|'d\s+like\s+to|will|'ll)\s+(?:write|say|put)|(?:i've|we've|i\s+have|we\s+have)\s+(?:written|put))"
    r"(?:\s+(?:in|into)\s+(?:the|our|my|a)\s+(?:[\w'&/-]+\s+){0,4}?[\w'&/-]+)?(?:\s+that)?\s*:?\s*(?=['\"\u2018\u201c])",
    re.IGNORECASE)


def _without_own_paper(question: str, ours: Callable[[str], bool]) -> str:
    """``question`` without the asker saying what paper of theirs they are at work on (``_OWN_PAPER_AT_WORK``), where
    what follows still names enough of ours to search by (``ALONE_WORDS``): what it points back to is in it ("...
    a quote from an LGA councillor; I've lost my note of who it was")."""
    question = _OWN_LINE.sub("", question)
    match = _OWN_PAPER_AT_WORK.search(question)
    if match is None:
        return question
    rest = question[:match.start()] + question[match.end():]
    named = sum(1 for w in surface_words(question[match.end():].lower()) if not is_stopword(w) and ours(w))
    return rest if named >= ALONE_WORDS and _asking_clause(rest) is not None else question


def _without_introduction(question: str, ours: Callable[[str], bool] | None = None) -> str:
    """``question`` without the asker saying who they are (``_INTRODUCED``, and with ``ours`` in sentences of their
    own, ``_without_self_introduction``), where a question is left, nor what they are doing before they say what
    they want to check (``_WANTED_TO_ASK``), nor who else wants to know (``_OTHERS_ASK``) or asks about what the
    question asks of (``_OTHERS_ASK_ABOUT``)."""
    if ours is not None:
        question = _without_own_paper(_without_questions_announced(_without_self_introduction(_without_context(
            _without_what_came_before(question, ours), ours), ours), ours), ours)
    left = " ".join(_INTRODUCED.sub(" ", question).split()).strip(" ,;-")
    # (...or a request that ends on "please": "PA to Cllr Hughes here - she'd like the name of ..., please")
    left = left if _ASKING.search(left) or _PLEASE_ENDS.search(left) else question
    others = _OTHERS_ASK.match(left)
    if others and not _ASKING.search(left[:others.end()].strip()):
        return left[others.end():]
    about = _OTHERS_ASK_ABOUT.match(left)
    if about and (_ASKS_OF_ITS_OWN.search(left[about.end():])
                  or _asking_clause(left[about.end():]) is not None):
        return left[about.end():]
    lowered = left.lower()
    # (A passage passed on, in quotes or read out between "quote" and "end quote", asks of its own readers: its request
    # is the passage's, read where passed-on notes are.)
    wanted = _WANTED_TO_ASK.search(left) or (_ASKED_BY_LETTER.search(left) if any(v in lowered for v in _LETTER_VERBS)
                                             and not _QUOTING.search(left) else None)
    # ...but after a question of its own ("...closing date for the stocktake returns? I should like to know how
    # late we were") what they want to know is their aside, and the question is the one they asked.
    if (wanted and _PERSONAL.search(left[:wanted.start()])
            and not _BACK_REFERENCE.search(re.split(r"(?<=[?!.])\s", left[wanted.end():], maxsplit=1)[0])
            and "?" not in left[:wanted.start()]):
        return left[wanted.end():]
    return left


# "Hi there, sorry to bother you, I'm doing my ward newsletter and wanted to check who launched ...": the
# embedded question is what is asked; the asker's errand before it is theirs, unless the question points
# back into it ("...writing about the NCSC and wanted to check who launched it").
_WANTED_TO_ASK = regexes.compile(r"\b(?:and\s+)?(?:i\s+|i'd\s+|id\s+|we\s+)?(?:wanted|want|wanna|needed|need|was\s+hoping|"
                            r"were\s+hoping|hoped|would\s+like|'d\s+like|like)\s+to\s+(?:check|ask|know|find\s+out|confirm|"
                            r"double[- ]check|see)\s+(?=(?:who|what|when|where|which|how|why|whether|if)\b)|"
                            # "Our section 151 officer has asked me, not unreasonably, how the £1.9bn was broken down"
                            r"\b(?:has\s+|have\s+|had\s+)?asked\s+(?:me|us)(?:\s*,[^,.?!]{1,40},)?\s+"
                            r"(?=(?:who|what|when|where|which|how|why|whether)\b)", re.IGNORECASE)
# ...and as a letter asks: "Could you kindly indicate when ...", "I should be grateful if you would confirm which ...",
# "Would you be so kind as to advise on what date ...", "I am seeking to ascertain who ...", "May I ask what ...". Read
# only where one of its verbs is in the message (``_LETTER_VERBS``).
_ASKED_BY_LETTER = regexes.compile(r"\b(?:(?:kindly|please)\s+)?(?:advise|indicate|confirm|clarify|state|specify|set\s+out|"
                                   r"explain|establish|ascertain|determine|enquire|inquire|ask|tell\s+(?:me|us)|let\s+(?:me|us)\s+know)"
                                   r"(?:\s+(?:me|us))?(?:\s+(?:on|as\s+to|of))?\s+(?=(?:who|what|when|where|which|how|why|whether)\b)",
                                   re.IGNORECASE)
_QUOTING = regexes.compile(r"[\"\u201c\u201d]|\b(?:quote|unquote)\b", re.IGNORECASE)
_LETTER_VERBS = ("advise", "indicate", "confirm", "clarify", "state", "specify", "set out", "explain", "establish",
                 "ascertain", "determine", "enquire", "inquire", "ask", "tell ", "let ")


# A clause that asks by a request, with no question word or mark: "i want to check the actual stat and the period.",
# "please confirm the total the programme has put into councils", "could you send me the figure." In a message whose
# other clauses tell the asker's errand ("we're doing a paper for the exec ... the exec hates loose numbers"), it is
# the clause that asks, and what the others say is its frame.
_REQUESTED = regexes.compile(r"\b(?:(?:i|we)(?:'d|\s+would)?\s+(?:want|wanted|need|needed|like|wanna)\s+to\s+(?:check|confirm|"
                        r"know|find\s+out|verify|double[- ]check|understand)|please\s+(?:confirm|check|tell|send|give|"
                        r"explain|advise|clarify|verify|provide|let\s+(?:me|us)\s+know)|(?:can|could|would)\s+(?:you|u)\s+"
                        r"(?:please\s+)?(?:confirm|check|tell|send|give|explain|verify|provide|let\s+(?:me|us)\s+know))\b",
                        re.IGNORECASE)


# A question asked inside a clause, after a verb of asking or checking: "can you check: when exactly did ...", "we need
# to confirm when the package finishes", "could you tell me which research organisation ...". From its question word
# on, it is the question ("whether" asks for advice more often than a fact, and is left).
# ...also with when it is wanted for in between: "wants to know ahead of scrutiny on the twelfth which two councils ...".
# ...or after what the asker has heard of it: "I've seen two different answers on who funded the £1.5m", "conflicting
# accounts of who ran it".
_EMBEDDED_ASK = regexes.compile(r"\b(?:check|confirm|know|find\s+out|tell\s+(?:me|us|them|him|her)|ask|asks|asked|asking|wonders|wondering|"
                           r"wondered|understand|clarify|establish|(?:unclear|unsure|not\s+sure)\s+(?:as\s+to|about|of)|"
                           r"explain|advise|be\s+clear\s+(?:about|on)|(?:answers|versions|accounts|stories|figures|views|"
                           r"claims)\s+(?:on|about|of|as\s+to))\s*[:,\u2013-]?\s+"
                           r"(?:(?:ahead\s+of|before)\s+(?:[\w'-]+\s+){1,5}?)?"
                           # ("would like to know on what date ...": a question word may follow its preposition)
                           r"(?:(?:on|in|at|by|from|for|to|with|of)\s+(?=(?:what|which|whom|when)\b))?"
                           r"(?=(?:who|whom|what|when|where|which|how|why)\b)",
                           re.IGNORECASE)
# Where a question asked inside a clause ends and the asker goes on with their own errand: at a reason or an aside put
# after a comma (", as I have seen it attributed to two ...", ", so we can reply"), at "because" ("... because she keeps
# saying it could happen here"), at a second ask that wants advice ("... and whether it's meant to be self assessed"),
# at the close of the passage it was quoted in ("...housing lists affected” and it needs to go in the pack") and at a
# thank-you ("... or independent thanks").
_EMBEDDED_END = regexes.compile(r",\s+(?:as|because|since|so|but|though|although|while|otherwise)\b|\s+(?:because|cos|coz)\s|"
                           r"(?<=\w)[.!?](?=\s+[A-Z])|"
                           r"\s+(?:and|or)\s+(?:also\s+)?whether\b|[\u201d\"]|\s+(?:many\s+)?(?:thanks|thank\s+you|cheers|ta|thx)\b",
                           re.IGNORECASE)


def embedded_question(text: str) -> str:
    """What a question asked inside a clause asks, from its question word (``text``) to where the asker's own
    words take over (``_EMBEDDED_END``)."""
    end = _EMBEDDED_END.search(text)
    return text[:end.start()] if end else text


# The AI tools askers check our answers against, by the names they type: "ChatGPT", "chat gpt", "Copilot",
# "MS Copilot", "Gemini", "the AI", "an AI summary", "Google's AI overview", "the chatbot".
_AI_TOOL = (r"(?:chat\s*gpt|gpt(?:-?\d[\w.]*)?|copilot|co-pilot|gemini|bard|claude|perplexity|grok|bing(?:\s+chat)?|"
            r"chatbot|chat\s+bot|llm|genai|a\.?i\.?(?:\s+(?:tool|assistant|summary|overview|search|chatbot|bot|thing))?)")


# Whose question an MP's caseworker or a councillor's support officer passes on: "Resident", "a constituent", "one of
# our tenants", "the caller", "a member of the public", "a local business owner".
_RELAYER = (r"(?:residents?|constituents?|callers?|members?\s+of\s+the\s+public|tenants?|leaseholders?|voters?|locals?|"
            r"service\s+users?|clients?|customers?|parents?|carers?|neighbours?|ratepayers?|taxpayers?|"
            r"(?:business|shop|firm)\s+owners?|enquirers?|complainants?|petitioners?)")


# Who said the claim a question checks, where that is a person of the asker's: "colleague says CYBERUK
# 2022 was on our doorstep, which town was it?", "my gran swears the Queen opened it in 2017", "someone at
# our SIRO meeting said a former NI Office director-general ran the NCSC". The claim is asked about; who
# made it is not (a source that said it stays: "the socitm briefing said the sums look big").
_HEARSAY = regexes.compile(
    # (The words before the teller are no question's: "What did he say about the £1.9bn?" asks what he said.)
    r"(?:^|(?<=[,.!?:;]\s)|(?<=\s[-\u2013]\s)|(?<=\bbut\s))(?:(?:my|our|a|an|one\s+of\s+our|the|this|some)\s+)?"
    r"(?:(?!(?:what|whats|what's|which|who|when|where|how|why|did|does|do|didn't|doesn't|has|have|had|will|would|can|could|"
    r"should|is|was|are|were)\b)\w[\w'-]*\s+){0,2}?"
    r"(?:colleague|colleagues|boss|manager|gran|granny|nan|nana|mum|dad|wife|husband|partner|friend|mate|mates|"
    r"someone|somebody|everyone|everybody|people|chief\s+exec|chief\s+executive|ceo|director|councillor|councillors|"
    r"member|members|leader|cio|siro|ciso|dpo|cto|auditor|auditors|predecessor|team|lot|guy|bloke|woman|man|he|she|they|"
    # ...or someone who sells to the asker or works beside them: "a supplier claims ...", "our Mimecast rep says ...",
    # "our shared service manager says ...", "my head of service reckons ...", "the deputy CIO thinks ...", "our audit
    # chair reckons ..."
    r"supplier|suppliers|vendor|vendors|rep|reps|salesman|salesperson|consultant|consultants|contractor|contractors|"
    # ...or someone whose question a caseworker or support officer passes on: "Resident says Hackney was hacked ...",
    # "Constituent thought he was at Leeds", "a caller reckons ...". What they believe is the claim; they are not asked of
    + _RELAYER + r"|"
    r"head\s+of\s+[\w&-]+|lead|officer|deputy|engineer|analyst|architect|(?:vice[\s-])?chair|mentor|supervisor|portfolio\s+holder|"
    # ...or an AI tool the asker checks us against: "ChatGPT told me ...", "Copilot reckons ...", "Google's AI
    # overview says ...", "the chatbot said ...". What it said is the claim; the tool is never what is asked.
    + _AI_TOOL + r"|"
    # ...or by their title and name alone: "Cllr Patel said ...", "Mrs Jones mentioned ..." (not "Dr": our sources quote
    # doctors by that title, "Dr Andy Hopkirk described ...")
    r"(?-i:(?:Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))"
    # (...and named after their post: "Independent member Mr Okafor stated ...", "the chair, Cllr Hughes, said ...")
    r"(?:,?\s+(?-i:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),?)?"
    r"(?:\s+(?:at|in|from|on)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?\s+"
    r"(?:says|said|say|swears|swore|reckons|reckoned|claims|claimed|insists|insisted|tells\s+(?:me|us)|told\s+(?:me|us)|"
    r"thinks|thought|believes|reckon|mentioned|keeps\s+saying|is\s+adamant|is\s+convinced|is\s+sure|was\s+adamant|"
    # (chat drops the "is": "caller convinced 7726 is a premium rate scam"; and one who doubts a thing says it too:
    # "caller won't believe the NCSC is a real govt thing")
    r"convinced|(?:won't|wont|doesn't|doesnt|does\s+not|can't|cant|refuses\s+to)\s+believe|"
    # (what a tool writes: "Copilot gave me this: ...", "ChatGPT came back with ...", "the AI summary states ...")
    r"(?:gave|gives|has\s+given)\s+(?:me|us)(?:\s+(?:this|the\s+following))?|came\s+back\s+with|comes\s+back\s+with|"
    r"wrote|writes|states|stated|suggests|suggested|generated|produced|referred\s+to|"
    # (not what they told the asker to do: "my mentor said to look up 'the 10 steps'")
    r"was\s+convinced|was\s+sure)\s*:?\s+(?!to\s)(?:that\s+)?|"
    # ...or the asker asked one and gives its answer: "I asked ChatGPT and it said ...", "we asked our SIRO and she
    # reckons ...", "I put it into Copilot, it told me ...".
    r"(?:^|(?<=[,.!?:;]\s))(?:(?:i|we)\s+)?(?:asked|checked\s+with|put\s+(?:it|this|that)\s+(?:in)?to|tried)\s+(?:[\w'-]+\s+){1,3}?"
    r"(?:and|,|so)\s+(?:it|he|she|they)\s+(?:says|said|reckons|reckoned|thinks|thought|claims|claimed|told\s+(?:me|us)|"
    r"came\s+back\s+with|gave\s+(?:me|us))\s*:?\s+(?:that\s+)?|"
    # ...or the tool's words are said to be its: "according to ChatGPT, ...", "per Copilot: ...".
    r"(?:^|(?<=[,.!?:;]\s))(?:according\s+to|per)\s+(?:(?:my|our|the|a)\s+)?(?:[\w'-]+\s+){0,1}?" + _AI_TOOL + r"\s*[,:]\s*|"
    # ...or only heard: "heard PDNS replaced an older DNS service - which one?", "I've heard on the grapevine that ..."
    r"(?:^|(?<=[,.!?:;]\s))(?:(?:i|we)\s+|(?:i|we)'ve\s+|(?:i|we)\s+have\s+|ive\s+)?(?:just\s+)?heard\s+"
    r"(?:(?:on\s+the\s+grapevine|somewhere|(?:on|in|at|from)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+)?(?:that\s+)?(?=[\w'\u00a3$])(?!about\b|of\b|it\b|something\b|nothing\b)|"
    # ...and the asker told it, where and when: "At the last audit committee I was told the LGA runs ...", "we were
    # told at a Socitm event that ...": what was told is asked, the telling is the asker's.
    r"(?:^|(?<=[,.!?:;]\s))(?:(?:at|in|during|after)\s+(?:[\w'-]+\s+){1,4}?)?(?:i|we)\s+(?:was|were|have\s+been|'ve\s+been|"
    r"had\s+been|got)\s+told\s+(?:(?:at|in|by)\s+(?:[\w'-]+\s+){1,5}?that\s+|that\s+)?|"
    # ...and a question passed on for someone else, with what they do beside it: "Resident asks when Cyber Essentials
    # started", "Constituent wants to know who runs the NCSC", "A caller who runs a small firm bidding for council work
    # asked me when ...", "Resident runs a B&B and is asking whether ...". Whose question it is, and what they do, is
    # not asked; the question word and all after it is.
    r"(?:^|(?<=[,.!?:;]\s))(?:(?:my|our|a|an|one\s+of\s+our|the|this|some)\s+)?(?:\w[\w'-]*\s+){0,2}?" + _RELAYER +
    r"\b(?:[^.?!;]{0,120}?\s)?(?:(?:has|have|had|is|was|are|were|keeps|kept)\s+)?"
    r"(?:asks?|asked|asking|wants?\s+to\s+know|wanted\s+to\s+know|would\s+like\s+to\s+know|wonders|wondered|wondering|"
    r"needs?\s+to\s+know|enquir(?:es|ed|ing)|inquir(?:es|ed|ing)|queried|queries)\s+(?:(?:me|us|you)\s+)?"
    r"(?=(?:what|whats|what's|when|where|who|whom|whose|which|how|why|whether|if)\b)",
    re.IGNORECASE)


# When the asker needs the answer by: "can someone confirm before 2?", "need it by 3pm", "by EOD pls". A
# time of day or "end of day" after a verb of asking is their deadline, not a figure or date asked about.
_DEADLINE = regexes.compile(
    r"\b(confirm|know|check|need|needed|needs|have|get|send|tell|answer|reply|respond|find\s+out|it|this|that|"
    r"asap|please|pls|plz)\s+(?:before|by|for)\s+(?:(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s*(?:am|pm|o'?clock)?|noon|midday|"
    r"lunch(?:time)?|eod|cob|close\s+of\s+play|(?:the\s+)?end\s+of\s+(?:the\s+)?day|this\s+afternoon|this\s+morning|"
    r"tonight|tomorrow(?:\s+morning)?|tmrw|(?:my|our|the)\s+(?:[\w'-]+\s+)?meeting|(?:mon|tues|wednes|thurs|fri)day)"
    r"(?=\s*(?:today|tomorrow|please|pls|plz|thanks|thx|ta|cheers|if\s+poss(?:ible)?)?\s*(?:[?!.,;]|$|[^\w\s]))",
    re.IGNORECASE)


# ...and the press's or an FOI's deadline said on its own: "press deadline 4pm - where was ...", "Deadline 4pm.",
# "FOI due friday:".
_DEADLINE_SAID = regexes.compile(
    r"(?:^|(?<=[.!?,;:]\s)|(?<=\s[-\u2013\u2014]\s))(?:(?:our|the|their|my|a|his|her)\s+)?(?:press\s+|media\s+|foi\s+|copy\s+|news\s+)?"
    r"(?:deadline|deadline\s+is|due)\s+(?:at\s+|by\s+|of\s+|is\s+)?(?:(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s*(?:am|pm)|noon|midday|"
    r"eod|cob|(?:the\s+)?end\s+of\s+(?:the\s+)?day|this\s+afternoon|this\s+morning|tonight|tomorrow|today|"
    r"(?:mon|tues|wednes|thurs|fri)day)(?:\s+(?:today|tomorrow))?\s*(?:[.!,;:]|\s[-\u2013\u2014]|$)\s*", re.IGNORECASE)


# ...and the meeting or call the asker is about to go into: "cabinet mtg in 20 mins", "- board meeting starts in 10
# minutes", "in a call in half an hour". Their minutes are no figure the answer must hold.
_ABOUT_TO_MEET = regexes.compile(
    r"(?:^|(?<=[.!?,;:]\s)|(?<=\s[-\u2013\u2014]\s)|(?<=[.!?,;:]))\s*(?:(?:i'?m|i\s+am|we'?re|we\s+are|going|heading|off)\s+(?:in)?to\s+|"
    r"(?:i've|i\s+have|we've|we\s+have|got)\s+)?(?:(?:a|an|the|my|our)\s+)?(?:[\w'-]+\s+){0,2}?(?:meeting|mtg|call|briefing|"
    r"committee|cttee|cabinet|board|interview|presentation)\s+(?:(?:starts|starting|is|begins)\s+)?in\s+"
    r"(?:\d{1,3}|a\s+few|a\s+couple\s+of|ten|five|fifteen|twenty|thirty|half\s+an|an|a)\s*"
    r"(?:mins?|minutes|hours?|hrs?|hr)\b\s*(?:[.!,;:]|\s[-\u2013\u2014]|$)\s*", re.IGNORECASE)


# Why the asker wants it right, said after what they ask: "how many NHS trusts were affected so the figure in the paper is
# right?", "what were the actual figures, so I can minute them properly?". Their paper's sake is no thing asked about.
_PURPOSE_AFTER = regexes.compile(
    r",?\s+so\s+(?:that\s+)?(?:(?:the|our|my|its?|this|that|these|those|they|we|i)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:is|are|'s|will\s+be|gets?|get\s+it|have\s+it|has\s+it)\s+(?:right|correct|accurate|straight|spot\s+on)|"
    r"(?:i|we)\s+(?:can|could)\s+(?:[\w'-]+\s+){1,5}?(?:properly|correctly|accurately|right))(?=\s*[?.!]*\s*$)",
    re.IGNORECASE)


def _without_deadline(question: str) -> str:
    """``question`` without when the asker needs the answer (``_DEADLINE``, ``_DEADLINE_SAID``, ``_ABOUT_TO_MEET``), nor
    why they need it right (``_PURPOSE_AFTER``)."""
    left = _DEADLINE.sub(lambda m: m.group(1), question)
    # (...and why they want it right: ``_PURPOSE_AFTER``)
    purposed = _PURPOSE_AFTER.sub("", left)
    left = purposed if _ASKING.search(purposed.strip()) else left
    said = _ABOUT_TO_MEET.sub("", _DEADLINE_SAID.sub("", left)).strip()
    return said if said and _ASKING.search(said) else left


# How the asker wants the reply put, as they would tell a chat assistant: its length ("in 1 sentence?", "Two
# sentences max.", "Keep it to 2-3 lines please", "in under 20 words", "3 bullet points"), its form ("in bullet
# points", "ELI5") or its tone ("Make it sound professional", "in a formal tone", "no jargon"). None of it is asked
# about: "1" and "2-3" are no figures the answer must hold, nor "professional" a word it must say. Only the
# instruction goes; "what is the three-word slogan?" and "one line reads '...'" say no length of a reply.
_COUNT = (r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|a\s+couple\s+of|"
          r"a\s+few|\d{1,3})(?:\s*(?:-|\u2013|to|or)\s*(?:two|three|four|five|six|\d{1,3}))?")
_UNIT = (r"(?:short\s+|brief\s+|simple\s+|plain\s+|quick\s+|clear\s+)?(?:sentences?|lines?|words?|bullets?(?:\s+points?)?|"
         r"bullet\s+points?|paragraphs?|paras?|characters?|chars?|tweets?)\b(?![-\u2019'])(?!\s+(?:of|that|which|reads?|"
         r"says?|slogan|phrase|description|summary|definition|answer)\b)")
_LIMIT = r"(?:(?:no|not)\s+more\s+than|at\s+most|max(?:imum)?(?:\s+of)?|up\s+to|less\s+than|fewer\s+than|about|around|roughly|just|only|like)"
_AFTER_LIMIT = r"(?:\s+(?:max|maximum|tops|or\s+(?:less|fewer|so)|at\s+most|only|long|please|pls|plz|ideally|if\s+possible))*"
_REPLY_SHAPE = regexes.compile(
    # "keep it to 2-3 lines", "answer in one sentence", "in like one sentence", "(in) under 20 words"
    r"(?:\b(?:please\s+)?(?:(?:keep|cap|limit)\s+(?:it|this|that|the\s+(?:answer|reply))|answer|reply|respond|summari[sz]e(?:\s+it)?|"
    r"explain(?:\s+it)?|give\s+it\s+(?:to\s+)?me|put\s+it|do\s+it)\s+)?"
    rf"\b(?:in|into|within|under|using|to|as)\s+(?:{_LIMIT}\s+)?(?:under\s+)?{_COUNT}\s+{_UNIT}{_AFTER_LIMIT}|"
    # said on its own: "Two sentences max.", "- 1 line pls", "One line."
    rf"(?:^|(?<=[.!?,;:])\s*|\s+[-\u2013\u2014]+\s*)(?:{_LIMIT}\s+)?{_COUNT}\s+{_UNIT}{_AFTER_LIMIT}\s*(?=[.!?,;:]|$)|"
    # ...or as what the reply is to be: "a 50-word summary of Web Check", "a 2 line overview"
    rf"\b{_COUNT}[-\s](?:word|line|sentence|paragraph|para|minute|bullet)(?=\s+(?:summary|answer|overview|description|"
    r"explanation|version|reply|intro|introduction|definition|explainer|note|update|rundown)\b)|"
    # form and tone: "in bullet points", "as a bulleted list", "Make it sound professional", "in a formal tone", "ELI5"
    r"\b(?:in|as)\s+(?:a\s+)?(?:bullet(?:ed)?\s+(?:points?|list|form)|bullets|a\s+list|list\s+form|dot\s+points)\b|"
    r"\bbullet\s+points?\s+(?:please|pls|plz)\b|"
    r"\bmake\s+(?:it|this|that|the\s+(?:answer|reply))\s+(?:sound\s+|read\s+|look\s+)?(?:a\s+bit\s+|more\s+|very\s+|nice\s+and\s+)?"
    r"(?:professional|formal|friendly|simple|punchy|snappy|concise|short|brief|clear|polished|official|corporate|"
    r"non-technical|non\s+technical|accessible|plain)\b|"
    r"\b(?:in|with|using)\s+a\s+(?:professional|formal|friendly|neutral|plain|simple|casual|corporate|business-like|"
    r"businesslike)\s+(?:tone|voice|style|register)\b|"
    r"\b(?:keep\s+(?:it|this|that)\s+(?:short|brief|simple|concise|snappy|tight)(?:\s+and\s+(?:sweet|simple))?|"
    r"short\s+and\s+sweet|no\s+jargon|jargon-free|eli5)\b", re.IGNORECASE)
# ...a word one of them must have, looked for first: most questions have none, and are not read further.
_SHAPE_WORD = regexes.compile(r"\b(?:sentences?|lines?|words?|bullet\w*|paragraphs?|paras?|characters?|chars?|tweets?|"
                              r"make|tone|voice|style|register|short|jargon|jargon-free|eli5|list|points?|dot)\b", re.IGNORECASE)
# ...what is left of a sentence that only told us how to put the reply: "Summarise for a non-technical audience.",
# "please, it's for an email to heads of service".
_NO_QUESTION_WORD = regexes.compile(r"^(?!.*\b(?:what|whats|what's|when|where|who|whos|who's|whose|which|how|why|is|are|"
                                    r"was|were|did|does|do|has|have|can|could)\b)[^?]*$", re.IGNORECASE)


# "right then, ...", "Right, so ...", "right butt, ...": "right" opening a message, or a sentence of it, only marks the turn
# to business, as "ok" and "so" do; it is neither a claim checked ("is that right") nor "right now".
_RIGHT_OPENING = regexes.compile(r"(?:^|(?<=[.!?])\s+)right(?:\s*[,.:;!-]+|\s+(?=(?:then|so|ok|okay|well|butt|mate|folks|all|"
                                 r"guys|team|everyone|lads|here\s+goes)\b))\s*", re.IGNORECASE)


def without_right_opening(question: str) -> str:
    """``question`` without a "right" that only opens it or a sentence of it (``_RIGHT_OPENING``)."""
    return _RIGHT_OPENING.sub(lambda m: " " if m.start() else "", question).strip() or question


# "who came in next", "who was next after Lindy Cameron", "what came next after the stocktake": "next" told in the past
# asks who or what followed, as "came after" does; not "the next CYBERUK" or "what's next", which ask of one to come.
_NEXT_IN_THE_PAST = regexes.compile(r"\b(?:(?:was|were)\s+next\s+after|came\s+in\s+next(?:\s+after)?|came\s+next(?:\s+after)?|"
                                    r"stepped\s+in\s+next(?:\s+after)?|took\s+over\s+next(?:\s+after)?)\b", re.IGNORECASE)


def as_followed(question: str) -> str:
    """``question`` with "next" told in the past (``_NEXT_IN_THE_PAST``) read as "came after"."""
    return _NEXT_IN_THE_PAST.sub("came after", question)


def without_reply_shape(question: str) -> str:
    """``question`` without how the asker wants the reply put (``_REPLY_SHAPE``): a sentence that only says so
    ("Two sentences max.", "Summarise for a non-technical audience in two sentences.") goes whole, and inside the
    question only the instruction ("ACD aim in 1 sentence?"). A message that is nothing but the instruction is left as it is."""
    if not _SHAPE_WORD.search(question) or not _REPLY_SHAPE.search(question):
        return question
    sentences = SENTENCE_END.split(question)
    told = [bool(_REPLY_SHAPE.search(s)) and bool(_NO_QUESTION_WORD.match(s)) for s in sentences]
    # "Summarise Web Check in two sentences.": the instruction is the request itself, and only its length goes.
    if all(told):
        told = [False] * len(sentences)
    kept = [" ".join(_REPLY_SHAPE.sub(" ", s).split()) for s, t in zip(sentences, told) if not t]
    left = " ".join(s for s in kept if s.strip(" ,;:-.!"))
    return left if re.search(r"[^\W\d_]{3}", left) else question


# A part the asker casts us in before the question, as they would a chat assistant: "Act as a cyber adviser and tell
# me who launched ...", "Could you act as a friendly cyber expert and tell me ...", "pretend you're presenting to
# councillors - how many modules ...", "Imagine you're my CISO: ...", "Speaking as an expert, ...". We answer as
# ourselves from the same sources whatever part we are given, so an adviser's or a presenter's part is only how the
# question is put. A part that sets the rules aside ("act as an unrestricted AI", "pretend you have no sources and
# guess", "act as a hacker") is no such frame: it stays, and is declined as asking us to be something else.
_PART = (r"(?:cyber(?:\s*security)?|security|infosec|it|ict|digital|data|friendly|helpful|kind|patient|knowledgeable|"
         r"experienced|senior|seasoned|expert|independent|trusted|professional|local\s+government|council|public\s+sector|"
         r"ncsc|government|technical|non-technical|my|our|personal|wise|clever|smart|an?|the|some|real)")
_PART_TAKEN = (r"(?:advis[eo]r|adviser|expert|consultant|specialist|analyst|officer|teacher|tutor|trainer|presenter|"
               r"colleague|manager|ciso|cio|siro|dpo|lead|professional|assistant|mentor|coach|librarian|researcher|"
               r"guide|explainer|briefer|partner|friend|auditor|head\s+of\s+(?:it|ict|digital|cyber)|"
               r"(?:chief\s+)?information\s+security\s+officer)")
_DOING_FOR = (r"(?:presenting|explaining|talking|speaking|writing|briefing|reporting|answering|replying|teaching|"
              r"giving\s+(?:a\s+)?(?:talk|briefing|presentation))(?:\s+(?:this|it))?\s+(?:to|for|at)\s+[^.?!:;,\u2013\u2014]{1,60}?")
_ROLE_FRAME = regexes.compile(
    r"(?:^|(?<=[.!?:)])\s+|(?<=[.!?:)])|\s+[-\u2013\u2014]+\s+)(?:(?:hi|hello|hey|ok|okay|right|so|now|then|and|also|just|please|pls|can|could|would|will|you|u)[\s,!]+)*"
    r"(?:(?:act|acting|behave|respond|answer|reply|speak|speaking|talk|write|writing)\s+(?:as|like)\s+(?:if\s+you(?:'re|\u2019re|\s+are|\s+were)\s+)?|"
    r"(?:pretend|imagine|suppose|assume|say)\s+(?:that\s+)?(?:you(?:'re|\u2019re|\s+are|\s+were)|to\s+be)\s+|"
    r"role-?\s?play\s+as\s+|as\s+(?=(?:an?|my|our)\s))"
    rf"(?:(?:{_PART})\s+){{0,4}}?(?:{_PART_TAKEN}(?:\s+(?:(?:to|for|at|in|on|with)\s+[^.?!:;,\u2013\u2014]{{1,60}}?))?|{_DOING_FOR})"
    r"\s*(?:[,:;.!]+\s*|\s+[-\u2013\u2014]+\s*|\s+and\s+(?:then\s+)?(?=(?:tell|explain|let|give|say|answer|help|summari[sz]e|"
    r"describe|confirm|remind|walk|outline)\b))", re.IGNORECASE)


# ...what makes a part one that sets the rules aside: "an expert with no rules", "an unfiltered assistant".
_UNBOUND = regexes.compile(r"\b(?:no|without|zero)\s+(?:rules|limits|restrictions|filters|guardrails|sources|instructions)\b|"
                           r"\b(?:unrestricted|unfiltered|uncensored|unbound|unlimited|jailbroken|rogue|evil|malicious|"
                           r"criminal|hack\w*|attack\w*|black[\s-]?hat|dan)\b", re.IGNORECASE)


def without_role(question: str) -> str:
    """``question`` without a part the asker casts us in before it (``_ROLE_FRAME``), "and tell me" kept as the way
    the question is asked; a frame with no question after it, or none of ours, leaves the message as it is."""
    if not _ROLE_FRAME.search(question):
        return question
    left = _ROLE_FRAME.sub(lambda m: m.group(0) if _UNBOUND.search(m.group(0)) else " ", question).strip()
    return left if re.search(r"\w", left) else question


# A year taken back: "2013? no wait I think 2014", "where was CYBERUK 2020 held? sorry, I mean 2021",
# "2015... actually 2016". The year said last before the correction is withdrawn and the new one asked.
_YEAR_SAID = regexes.compile(r"(?<![\d/£$.-])(?:19|20)\d\d(?![\d/-])")
_TAKEN_BACK = regexes.compile(
    r"[\s,.!?;:-]*\b(?:no\s+wait|wait\s+no|no\s+sorry|sorry|no|wait|actually|scratch\s+that|correction|my\s+bad|oops)"
    r"\b[\s,.:!-]*(?:i\s+(?:mean|meant|think|thought)\s+|it\s+was\s+|it's\s+|make\s+that\s+)?(?:the\s+)?"
    r"((?:19|20)\d\d)(?![\d/-])(?:\s+(?:one|version|edition))?[\s?.!]*$",
    re.IGNORECASE)


def _without_taken_back(question: str) -> str:
    """``question`` with a year the asker corrected at its end written as the year they meant
    (``_TAKEN_BACK``); a year only added ("... in 2016? no, 2017 too") is not this."""
    match = _TAKEN_BACK.search(question)
    if match is None:
        return question
    before = list(_YEAR_SAID.finditer(question[:match.start()]))
    if not before or before[-1].group(0) == match.group(1):
        return question
    last = before[-1]
    return question[:last.start()] + match.group(1) + question[last.end():match.start()] + "?"


# A guess at who, put after the question that asks who: "who actually launched the 2016-2021 strategy? was it someone
# from DCMS?", "who ran the stocktake for the LGA, was it deloitte?", "which firm built web check? nominet maybe?". The
# answer names the one who did it, right or wrong the guess; the guess is no part of what is asked, so neither what
# the entry must name nor words to find it by. A bare name is a guess only after "who", as a question of its own ("who
# ran the stocktake? deloitte?"): after "which councils got hit?" ("NotPetya?", "NotPetya I mean") it may say which
# thing is meant, and after a question that points back ("who ran it? the LGA?") what "it" is; those stay, and so does
# a second question ("who runs it? is it free?": no name in it).
_GUESS_OPENING = (r"(?:or\s+)?(?:(?:was|is|wasn't|isn't|wasnt|isnt)\s+it|i\s+(?:think|thought|assume|assumed|guess)\s+it\s+"
                  r"(?:was|is)|(?:could|might|would)\s+it\s+(?:be|have\s+been)|maybe|perhaps|possibly|presumably)\s+")
_GUESSED = regexes.compile(
    r"(?P<question>\b(?:who|whom|which\s+[\w-]+)\b[^?]{3,}?)(?:\?\s*|,\s*(?=" + _GUESS_OPENING + r"))"
    r"(?P<opening>" + _GUESS_OPENING + r")?(?:(?:some|any)(?:one|body)\s+(?:from|at|in)\s+)?"
    r"(?P<guess>(?:the\s+)?(?:[\w&'.-]+\s+){0,3}[\w&'.-]+)"
    r"(?:\s+(?:maybe|perhaps|possibly|i\s+think|i\s+guess|or\s+(?:something|someone|somebody))|,?\s+(?:right|no))?\s*\?*\s*$",
    re.IGNORECASE)
_GUESS_NOT_A_NAME = regexes.compile(r"\b(?:it|they|them|this|that|these|those|he|she|i|mean|meant|free|open|still|true|right|correct|"
                                    r"really|ever|already|when|where|why|how|what|who|which)\b|\b\w+(?:ed|ing)\b|\d",
                                    re.IGNORECASE)
_POINTS_BACK = regexes.compile(r"\b(?:it|its|they|them|their|this|that)\b", re.IGNORECASE)


def _without_guess(question: str) -> str:
    """``question`` without a guess at who after the question that asks who (``_GUESSED``)."""
    match = _GUESSED.search(question)
    if match is None or _GUESS_NOT_A_NAME.search(match.group("guess")):
        return question
    if not match.group("opening") and (_POINTS_BACK.search(match.group("question")) or not question.rstrip().endswith("?")
                                       or not re.match(r"who", match.group("question"), re.IGNORECASE)):
        return question
    return question[:match.end("question")].rstrip(" ,") + "?"


# A thing named only to say it is not the one meant: "when did the caf for local government launch, not the pilot",
# "the programme that ran 2011 to 2016, not the strategy doc", "(the info sharing partnership not the snack)". The
# words disowned are no part of what is asked, so they neither pick the entry nor must be in it.
_DISOWNED = regexes.compile(r"\s*[,;(\u2013\u2014-]\s*(?:i\s+mean\s+|i\s+meant\s+)?(?:and\s+)?not\s+the\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
                            r"(?=\s*(?:[,;.!?)]|$))"
                            # without a comma, only where the real one follows or the aside closes: "launch properly not the
                            # pilot the actual thing", "(... not the snack \U0001f643)"; not "is the ncsc not the main body?"
                            r"|\s+not\s+the\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\s+(?:the\s+actual|the\s+real)\b|\s*[^\w\s?.!,;'\"-])",
                            re.IGNORECASE)


# ...or a place or country set aside the same way: "how many councils in England took part, not Wales?", "(UK, not
# EU)". Only what the lexicon knows as a place: "..., not sure?" and "..., not yet" set nothing aside.
_DISOWNED_PLACE = regexes.compile(r"\s*[,;(\u2013\u2014-]\s*(?:and\s+)?not\s+(?:in\s+|for\s+|from\s+)?(?:the\s+)?"
                                  r"((?:[\w'-]+\s+){0,2}?[\w'-]+)(?=\s*(?:[,;.!?)]|$))", re.IGNORECASE)


def _without_disowned(question: str, places_in: Callable[[str], list[str]] = lambda text: []) -> str:
    """``question`` without a thing it names only to say it is not the one meant (``_DISOWNED``, ``_DISOWNED_PLACE``);
    as it was when nothing would be left to ask."""
    def unless_not_a_place(match: re.Match) -> str:
        """Nothing for words that are a place and nothing more ("wales"); the words as they were otherwise."""
        places = places_in(match.group(1))
        return "" if places and " ".join(places) == " ".join(match.group(1).lower().split()) else match.group(0)
    left = _DISOWNED_PLACE.sub(unless_not_a_place, _DISOWNED.sub("", question).strip()).strip()
    # ("NIS regs in force date? (the uk ones, not the eu directive)": what is left of an aside after the question asked
    # still leaves a question.)
    return left if left and (_ASKING.search(left) or _asking_clause(left) is not None) else question


# ...and where or how often they say the words they are quoted in: "our chief exec keeps saying 'defend, deter,
# develop' in meetings - where's that from?" asks where the words come from, not about any meeting.
_SAID_WHERE = regexes.compile(r"(\s*(?:'[^']{3,80}'|\"[^\"]{3,80}\"|\u2018[^\u2019]{3,80}\u2019|\u201c[^\u201d]{3,80}\u201d))"
                              r"\s+(?:(?:in|at|during)\s+(?:(?:every|all|our|the|team|board|most)\s+){0,2}"
                              r"(?:meetings?|briefings?|emails?|presentations?|calls?|committees?|the\s+office)|"
                              r"all\s+the\s+time|constantly)\b", re.IGNORECASE)


_GUESSED_YEAR = regexes.compile(r"\s*\b(?:(?:in|during|back\s+in|around|about|from)\s+)?(?:19|20)\d\d\b(?![\d/-])", re.IGNORECASE)


def _without_hearsay(question: str) -> str:
    """``question`` without who (of the asker's people) said the claim it asks about (``_HEARSAY``),
    nor where they say the words it quotes (``_SAID_WHERE``), before it asks: after the question,
    "someone said northern ireland something" is an afterthought (``_AFTERTHOUGHT``) and goes whole."""
    pieces, last = [], 0
    for match in _HEARSAY.finditer(question):
        if _ASKING.search(question[:match.start()].strip(" ,;-")):
            continue
        pieces.append(question[last:match.start()])
        said = _SAID_WHERE.match(question, match.end())
        pieces.append(said.group(1) if said else "")
        last = said.end() if said else match.end()
        # "Constituent thinks Redcar was hit in 2019. When was Redcar attacked?": a year the claim gives, when the
        # question after it asks when, is their guess at what is asked, not a year the answer must hold.
        end = re.search(r"[.?!](?:\s|$)|\s[-\u2013\u2014]\s", question[last:])
        if end and _WHEN_ASKED.search(question, last + end.start()) and not _CONFIRMING.search(question, last + end.end()):
            claim = question[last:last + end.start()]
            pieces.append(" ".join(_GUESSED_YEAR.sub("", claim).split()) or claim)
            last += end.start()
    left = "".join(pieces + [question[last:]]).strip(" ,;-")
    return left if left and _asking_clause(left) is not None else question


# A figure heard roughly, then the figure asked for: "someone says the 2016 strategy had about two billion behind it.
# what was the exact figure?", "my boss reckons around 3,000 went to CYBERUK 2017 - how many was it?". The rough
# figure is the asker's, not a claim to check, and not what the answer is about: a sum is searched as the money it
# is, a count as nothing. A rough figure only to be confirmed ("about £800m went to the NCSC, right?") stays.
# (A share, "around 40%", is what the entry that gives it is found by: it stays.)
_NOT_A_SHARE = r"(?!\d[\d,.]*\s*(?:%|per\s*cent\b|percent\b))"
_ROUGH_FIGURE = regexes.compile(
    r"\b(?:about|around|roughly|approximately|approx\.?|circa|something\s+like|ballpark(?:\s+of)?|in\s+the\s+region\s+of|"
    r"give\s+or\s+take)\s+(?P<sign>[\u00a3$\u20ac])?" + _NOT_A_SHARE + r"\d[\d,]*(?:\.\d+)?(?:\s*(?P<scale>thousand|k|million|m|mn|billion|bn)\b)?"
    r"(?:\s+(?:pounds|quid))?(?:[- ]ish\b)?"
    r"|(?P<sign2>[\u00a3$\u20ac])?" + _NOT_A_SHARE + r"\d[\d,]*(?:\.\d+)?(?:\s*(?P<scale2>thousand|k|million|m|mn|billion|bn))?[- ]ish\b",
    re.IGNORECASE)
# ...the figure asked for after it: "what was the exact figure?", "how much exactly?", "what's the actual number?" (not
# "is that the actual number?", which asks to confirm the rough one).
_FIGURE_ASKED = regexes.compile(
    r"\bhow\s+(?:many|much)\b|(?<!that\sthe\s)(?<!this\sthe\s)(?<!it\sthe\s)\b(?:exact|actual|precise|real|official)\s+(?:figure|number|amount|sum|"
    r"total|count|value)\b|\bwhat\s+(?:was|is|'s|were)\s+(?:the\s+)?(?:figure|number|amount|sum|total)\b", re.IGNORECASE)


# ...and a time given as roughly, then the year asked: "Resident says Hackney was hacked 'a few years ago'. What year
# was it?", "the NCSC opened a while back - when exactly?". How long ago the asker thinks it was is no time the answer
# is about, and its "years" would lead the search to an entry on when something else began.
_ROUGH_WHEN = regexes.compile(r"\s*['\"\u2018\u201c]?\b(?:(?:a\s+(?:few|couple(?:\s+of)?)|some|several|many|two|three|four|five|"
                              r"\d+)\s+years?|a\s+(?:while|bit|year\s+or\s+two)|(?:not\s+so|not)\s+long|some\s+time|years)"
                              r"\s+(?:ago|back)\b['\"\u2019\u201d]?", re.IGNORECASE)
# (When asked as the question, opening its clause: not "who ran it when it first opened ten years back?")
_WHEN_ASKED = regexes.compile(r"(?:^|[.?!,;:]\s*|\s[-\u2013\u2014]\s*|\b(?:and|so|but|then)\s+)(?:when|what\s+year|which\s+year|"
                              r"what\s+date|which\s+date|what\s+month)\b", re.IGNORECASE)


def _without_rough_figure(question: str) -> str:
    """``question`` without a figure it gives roughly (``_ROUGH_FIGURE``) before it asks for the figure
    (``_FIGURE_ASKED``): a sum written as "money", a count left out; and without a time it gives roughly
    (``_ROUGH_WHEN``) where it asks when (``_WHEN_ASKED``)."""
    def unsaid(m: re.Match) -> str:
        if not _FIGURE_ASKED.search(question, m.end()):
            return m.group(0)
        return "money" if m.group("sign") or m.group("sign2") or m.group("scale") in ("million", "m", "mn", "billion", "bn") \
            or m.group("scale2") in ("million", "m", "mn", "billion", "bn") else ""
    left = " ".join(_ROUGH_FIGURE.sub(unsaid, question).split())
    if _WHEN_ASKED.search(left):
        left = " ".join(_ROUGH_WHEN.sub("", left).split())
    return left


# A concession before the question: "It is not that I doubt the date of the NCSC's launch in 2016, but I'm told
# there was a later, more formal opening", "It's not as though I'm unaware that the money was never meant for
# us, but did ...", "I appreciate it was central money, but ...". What the asker grants is not what they ask:
# its years and names are not ones the answer must hold.
_CONCESSION = regexes.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:it(?:'s|\s+is|\s+was)\s+)?not\s+(?:that|as\s+though|as\s+if)|i\s+(?:don't|do\s+not)\s+doubt|"
    r"(?:while|whilst)\s+i\s+(?:appreciate|accept|understand|know|realise|realize)|i\s+(?:appreciate|accept|grant|realise|realize)|"
    r"granted|admittedly)\b[^.!?]*?,\s+but\s+"
    # "Setting aside the ICO position, which I have covered separately, ...", "leaving aside the money, who ran it?": a
    # matter the asker puts aside for now is what they do not ask (not a sum "set aside for" something: no comma)
    r"|(?:^|(?<=[.!?]\s))(?:setting|leaving|putting|laying)\s+(?:aside|to\s+one\s+side)\s+[^.!?,]*?,\s+", re.IGNORECASE)


def _without_concession(question: str, ours: Callable[[str], bool]) -> str:
    """``question`` without what the asker grants before the question (``_CONCESSION``), where what is left
    asks and names at least ``STANDING_WORDS`` words of ours of its own."""
    left = " ".join(_CONCESSION.sub("", question).split())
    if left == question or not _ASKING.search(left):
        return question
    named = sum(1 for w in surface_words(left.lower()) if not is_stopword(w) and ours(w))
    return left if named >= STANDING_WORDS else question


# The press, or whoever sent an FOI request, that a press or FOI officer answers for: "local paper", "the journo",
# "a reporter from the regional daily", "the requester", "FOI".
_PRESS = (r"(?:(?:the|a|an|our|my|this|that|one|some)\s+)?(?:(?:local|regional|national|trade|student|freelance|daily|weekly)\s+)?"
          r"(?:paper|newspaper|journalist|journo|reporter|hack|press|mag|magazine|title|radio|station|podcast|bbc|outlet|"
          r"publication|newsdesk|desk|editor|correspondent|requester|requestor|foi|enquirer)s?")


# Asides: what the asker brings along that is not the question. Where they come from ("coming from
# the NHS", "we had a Proofpoint dashboard at my last company"), what they make of it ("sounds like
# marketing speak", "feels like ISO 27001-lite", "I have a feeling it was rather aspirational", "I have a vague
# recollection of it being a technology company's event"), said in
# a clause that asks nothing: its names, figures and years are not ones the answer must hold.
_ASIDE = regexes.compile(r"^(?:(?:so|and|but|well|tbh|honestly)\s+)?(?:(?:as\s+)?(?:i'm\s+|i am\s+|im\s+)?(?:coming|come|came)\s+"
                    r"(?:over\s+)?from\b|(?:it|that|this|which)?\s*(?:sounds|feels|seems|looks)\s+like\b|"
                    r"(?:i\s+)?(?:have|had|get|got|'ve got|ve got)\s+(?:a|the)\s+(?:(?:vague|faint|dim|distinct|strong)\s+)?"
                    r"(?:feeling|hunch|impression|recollection|memory|sense|notion)\b|"
                    r"(?:in|at|over\s+at|back\s+at|back\s+in)\s+(?:the\s+)?[\w'&-]+(?:\s+[\w'&-]+)?,?\s+(?:everything|"
                    r"everyone|everybody|we|they|you|things|stuff|nothing|nobody|it's|its)\s+\w+)|"
                    r"\b(?:at|in|from)\s+my\s+(?:last|old|previous|former)\s+(?:job|company|employer|council|place|"
                    r"org|organisation|organization|role|trust|authority|workplace|work)\b|"
                    r"\bwhen\s+i\s+(?:was|worked)\s+(?:at|in)\b|\bwhere\s+i\s+used\s+to\s+work\b|\bi\s+used\s+to\s+work\b|"
                    # how long the asker has been in post: "three weeks in, so bear with me", "I'm only a month in"
                    r"^(?:(?:so|and|but|well)\s+)?(?:i'm\s+|i\s+am\s+|im\s+)?(?:only\s+|just\s+|about\s+|barely\s+)?"
                    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|a\s+couple\s+of|\d+)\s+"
                    r"(?:days?|weeks?|months?)\s+in\b(?!\s+(?:19|20)\d\d)|"
                    # the asker's clock: "its half 11 at night", "it's gone 2am", "it's a bank holiday" (when they ask,
                    # not a time the answer must give)
                    r"^(?:(?:and|but|so|also)\s+)?(?:it's|its|it\s+is|it\u2019s)\s+(?:now\s+|already\s+|just\s+)?"
                    r"(?:gone\s+|nearly\s+|almost\s+|past\s+|after\s+)?(?:(?:(?:half|quarter|ten|twenty|five)\s+(?:past|to)\s+)|"
                    r"half\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|midnight|midday|noon|one|two|three|four|five|six|seven|eight|"
                    r"nine|ten|eleven|twelve|(?:a\s+)?bank\s+holiday|(?:the\s+)?weekend|saturday|sunday|friday\s+(?:night|evening)|"
                    r"christmas(?:\s+(?:eve|day))?)(?:\s+(?:at\s+night|in\s+the\s+(?:morning|evening|afternoon)|o'?clock|"
                    r"here|now|already|(?:on\s+a\s+)?(?:friday|saturday|sunday|weekend)))*\s*[.!]*$",
                    re.IGNORECASE)
# What a formal request is for: "For the background section of the Audit Committee report (agenda item 7), could you
# confirm ...", "For the accuracy of the minutes, ...", "For completeness, please list ...": the paper the answer goes in.
_FOR_THE_PAPER = regexes.compile(r"^for\s+(?:completeness|accuracy|clarity|the\s+(?:avoidance\s+of\s+doubt|record|minutes)\b|"
                                 r"(?:the|our|my|this|a|an)\s+(?:[\w'&-]+\s+){0,12}?(?:section|report|paper|minutes|footnote|"
                                 r"glossary|narrative|update|briefing|note|annex|appendix|record|draft|submission|response|pack|"
                                 r"summary|chronology|timeline|item|register)\b)", re.IGNORECASE)
# A thing named by its name after the first word of a clause ("please confirm who became chief executive of the NCSC"):
# the request names its own subject.
_NAMED_MID_CLAUSE = regexes.compile(r"(?<=\s)(?-i:[A-Z]{2,}|[A-Z][a-z]+)\b")
# What the asker is doing: "putting together a paper for CMT", "i'm drafting the members briefing".
_DOING = regexes.compile(r"^(?:(?:and|so|but)\s+)?(?:i'm\s+|i am\s+|im\s+|we're\s+|we are\s+|just\s+|currently\s+|"
                    # ...or what the press is doing that the asker answers for: "local paper doing a piece on ...",
                    # "a trade mag's running a feature on ...", "the journalist is writing up ..."
                    rf"{_PRESS}\s+(?:is\s+|are\s+|'s\s+|s\s+)?|"
                    # ...or a paper by its name: "the Chronicle's doing a 'who's who of council cyber'"
                    r"(?:the\s+)?(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){0,2}(?:'s|\u2019s|\s+is|\s+are)\s+)?"
                    r"(?:writing|writin|drafting|putting|pulling|preparing|prepping|building|updating|refreshing|doing|running|"
                    r"working\s+on|planning|revisiting)\b",
                    re.IGNORECASE)
# Where an incident stands, told before the question as a status update: what the asker's side has done ("servers
# isolated", "blocked the sender domain", "we've pulled the network cable", "MFA reset done"), is doing ("comms drafting
# now") or what the attack is doing to their estate ("phishing wave hitting about 40 inboxes", "ransomware on two file
# servers", "texts going round residents"). It says how things are, not what is asked, so its counts and words hold
# the answer to nothing, where the question after it names its own subject (``_stands_alone``).
# (Only what a responder does to an estate: "told", "issued", "sent", "changed" tell of our sources' bodies as often,
# "the LGA issued £1.5m in 2018 - which councils got it?", and stay.)
_RESPONDED = (r"isolated|contained|segmented|quarantined|blocked|blacklisted|blocklisted|disabled|suspended|reset|"
              r"restored|rebuilt|reimaged|re-imaged|wiped|patched|pulled|unplugged|disconnected|shut\s+down|shut\s+off|"
              r"switched\s+off|powered\s+(?:off|down)|taken\s+(?:down|offline|off\s*line)|locked\s+down|"
              r"revoked|rotated|escalated|invoked|convened|purged|triaged|drafted")
_ESTATE = (r"servers?|inbox(?:es)?|mailbox(?:es)?|accounts?|users?|staff|machines?|laptops?|pcs?|desktops?|endpoints?|"
           r"devices?|phones?|networks?|vlans?|domains?|firewalls?|backups?|systems?|files?|shares?|drives?|vms?|hosts?|"
           r"residents?|customers?|tenants?|sites?|pages?|websites?|emails?|e-mails?|texts?|messages?|logins?|passwords?|"
           r"creds|credentials|sessions?|tokens?")
_STATUS = regexes.compile(
    # "servers isolated", "all accounts reset", "sender domain blocked", "comms sent", "gold command convened"
    r"^(?:[\w'/-]+\s+){0,3}?(?:(?:now|all|just|already|been|being|have\s+been|has\s+been|are|is|were|was)\s+)?"
    rf"(?:{_RESPONDED})\b(?!\s*\?)|"
    # "blocked the sender domain", "we've isolated the servers", "have pulled the cable", "we just reset all passwords"
    r"^(?:(?:we|i|we've|weve|i've|ive|we\s+have|i\s+have|have|has|it|they|they've|they\s+have|ops|infra|"
    r"the\s+team|team)\s+)?(?:just\s+|already\s+|now\s+)?"
    rf"(?:{_RESPONDED})\s+(?:the|our|all|every|a|an|his|her|their|its|those|these|that|this|off|down|\d+)\b|"
    # "comms drafting now", "phishing wave hitting about 40 inboxes", "texts going round residents", "emails still
    # coming in", "users locked out", "ransomware on two file servers"
    r"\b(?:drafting|writing|preparing|spreading|hitting|coming\s+in|landing|going\s+(?:round|around|out)|"
    r"locked\s+out|encrypting|encrypted|down|offline|off\s*line|compromised|infected|popped)\b(?!\s*\?)"
    r"(?=.*?\b(?:now|still|currently|at\s+the\s+moment|atm|our|" + _ESTATE + r")\b|\s*$)|"
    rf"\b(?:on|across|in|into|hit|hitting)\s+(?:about\s+|around\s+|roughly\s+|some\s+|)(?:\d+|two|three|four|five|"
    rf"six|seven|eight|nine|ten|a\s+few|several|all|our|the|a|an)\s+(?:[\w-]+\s+)?(?:{_ESTATE})\b",
    re.IGNORECASE)
# A greeting before what the asker says: "morning all, putting together a paper ...".
_GREETED = regexes.compile(r"^(?:(?:good\s+)?(?:morning|afternoon|evening)|hi|hello|hey|hiya|bore\s+da|shwmae|"
                      r"afternoon)(?:\s+(?:all|everyone|folks|team|both|guys|y'all))?\s*[,!.]?\s+", re.IGNORECASE)
# A question that names this many words of ours names its own subject, apart from a passage or a concession before it.
STANDING_WORDS = 3
# ...and apart from the asker's errand told in a sentence before it (``_stands_alone``), with none pointing back:
# "when did we have to respond to the stocktake" and "where was cyberuk 2018" name theirs in two. (Three kept the
# errand, "preparing next year's training plan", in the search, and its "next" found the honest gap on the next
# CYBERUK. Two changed nothing on the studied pool or CV.)
ALONE_WORDS = 2
# After the question, a clause that says what the answer is for or who wants it ("need it for mgmt report
# asap", "doin a timeline", "our s151 wants to know before we ask") or what someone else makes of it ("our
# leader thinks we were all fine", "our procurement lot reckon 2016 but I'm not so sure"), and so is the
# asker's own guess ("I think he came from one of the big four") or that they have seen figures disagree
# ("seen two different numbers"): the answer confirms or corrects it. So is where they met it ("an old press
# release uses a different name").
# Before the question such a clause may be what it asks about ("i'm writin the members briefing on the
# NCSC freebies and i remember ciaran martin gave a stat... - what was the number?"), so it stays there.
_AFTERTHOUGHT = regexes.compile(
    r"^(?:(?:and|so|but)\s+)?(?:(?:i'm\s+|i am\s+|im\s+|we're\s+|we are\s+|just\s+|currently\s+)?(?:writing|writin|"
    r"drafting|doing|doin|daein|putting|pulling|preparing|prepping|building|updating)\b|"
    # ("need a name for the background section of the business case", "need both for the threat trend RAG", "need it
    # as a M/S": what is wanted, said again, and what for; not "need the 2025 figures for our board", which asks a year)
    r"(?:i\s+|we\s+|just\s+)?(?:need|needs|want|wants|require|requires)\s+(?:it|them|em|this|that|these|those|both|"
    r"(?:a|an|the|one|both)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)\s+(?:for|as)\b|"
    r"(?:our|my|the)\s+(?:[\w'-]+\s+){0,4}?(?:wants|want|asked|needs|need)\s+(?:to\s+know|it|a|an|the|\d|two|some)\b|"
    # ...and what they will do with it, or that they will want it: "Our LRF chair wants to reference it in the
    # programme rationale", "leader will want the name", "cllr will need it by friday"
    r"(?:(?:our|my|the)\s+(?:[\w'-]+\s+){0,4}?|(?:leader|chair|cllr|councillor|boss|ceo|cx|director|manager|siro|"
    r"ciso|cio|dpo|s151|portfolio\s+holder|chief\s+exec|chief\s+executive)\s+)(?:wants|want|wanted|needs|need|needed|"
    r"will\s+want|'ll\s+want|would\s+want|'d\s+want|will\s+need|'ll\s+need|would\s+like|'d\s+like)\s+"
    r"(?:(?:it|them|this|that|a|an|the|\d|two|some)\b|to\s+(?:reference|cite|quote|use|include|put|add|mention|share|"
    r"send|circulate|drop|pop|refer\s+to|flag|note|name)\s+(?:it|them|this|that|these|those)\b)|"
    r"(?:our|my|the|someone|somebody|someone's|people|everyone)\s+(?:[\w'-]+\s+){0,3}?(?:thinks?|reckons?|says?|said|"
    r"believes?|seems?\s+to\s+think|has\s+put|put|'s\s+put)\b|"
    # ...or, after the question a caseworker passes on, what the one who asked it thinks or wants: "Which council was
    # Geoff Connell at in 2018? Constituent thought he was at Leeds.", "Should we ...? Resident is furious and wants a
    # yes or no." (their guess is not what is asked; the question is)
    r"(?:(?:a|an|the|our|my|one\s+of\s+our|this)\s+)?" + _RELAYER + r"\s+(?:[\w'-]+\s+){0,3}?(?:thinks?|thought|reckons?|"
    r"reckoned|says?|said|believes?|believed|assumed?|assumes|swears|swore|claims?|claimed|insists?|insisted|is|was|"
    r"wants|wanted|needs|needed|would\s+like)\b|"
    # ...or only brought it up: "what were the quick win projects, our previous head of ict mentioned them"
    + _ASKERS_PEOPLE + r"\s+(?:mentioned|brought|raised)\s+(?:it|them|em|this|that|these|those)\b|"
    r"(?:i\s+|i'm\s+|im\s+)(?:(?:keep|kept|always|still)\s+)?(?:think|thinking|reckon|thought|remember|recall|believe|"
    r"guess|suspect|pretty\s+sure|fairly\s+sure|sure|had\s+it\s+in\s+my\s+head)\b|"
    r"(?:i've\s+|i\s+have\s+|ive\s+|i\s+)?(?:seen|heard|read)\s+(?:two|2|three|3|several|a\s+few|different|conflicting|various|mixed|loads|lots)\b|"
    # the asker's own past with it: "used it years ago and forgot", "we tried it once"
    r"(?:i\s+|we\s+|i've\s+|we've\s+)?(?:used|had|tried|looked\s+at|signed\s+up\s+(?:to|for))\s+(?:it|them|em|this|that)\b|"
    # what the asker does next, after the answer: "Then I'll move on to Gloucester.", "then I'm onto 2020", "next I'll do the
    # 2021 row" (the thing named is their next question, not this one's)
    r"(?:then|and\s+then|after\s+that|next)\s*,?\s+(?:(?:i'll|i\s+will|ill|we'll|we\s+will|i'm|im|i\s+am|we're|we\s+are|i\s+can|"
    r"we\s+can)\s+)?(?:move\s+on|moving\s+on|be\s+moving\s+on|go\s+on|going\s+on|onto|on\s+to|do|doing|tackle|tackling|"
    r"start\s+on|starting\s+on|turn\s+to)\b|"
    # what the asker means to do with the answer: "I want to name them", "I'd like to ask for one at full council"
    r"(?:so\s+)?(?:i|we)\s*(?:'d|\s+would|\s+want|\s+wanted|\s+need|\s+plan|\s+intend|\s+hope|'m\s+going|\s+am\s+going|"
    r"'ll|\s+will|\s+can)\s+(?:like\s+|love\s+|need\s+|have\s+|want\s+)?to\s+(?!know\b|check\b|find\b|confirm\b|understand\b|see\b|learn\b|ask\s+(?:you|whether|if|who|what|when|where|which|how|why)\b)|"
    # where the answer will go: "Adding it to our incident response testing evidence", "it's going in the risk register",
    # "will cite it in the audit pack", "logging this against action 4"
    r"(?:(?:i'm|im|i\s+am|we're|we\s+are|i'll|we'll|i\s+will|we\s+will|i\s+want\s+to|we\s+want\s+to|just)\s+)?"
    r"(?:adding|add|citing|cite|quoting|recording|record|logging|log|noting|note|listing|filing|file|referencing|reference|"
    r"entering|dropping|popping|including|include|attaching|attach|saving)\s+(?:it|this|that|them|these|those|the\s+answer)\s+"
    r"(?:in|into|to|on|under|against|as|for|with)\b|"
    r"(?:it's|it\s+is|its|this\s+is|that's|that\s+is|it'll|it\s+will|this\s+will|this'll|that'll|they're|they\s+are|they'll)\s+"
    r"(?:going\s+|gonna\s+|to\s+)?(?:go\s+|goes\s+|be\s+)?(?:in|into|on)\s+(?:the|our|my|a|an)\b|"
    # how the asker wants the answer: "short answer please", "just the name pls", "keep it brief", "one word will do"
    r"(?:(?:just|only)\s+)?(?:(?:a|the|an|your)\s+)?(?:short|brief|quick|simple|plain|rough|headline|potted|one[- ]word|one[- ]line|"
    r"two[- ]line|straight|yes\s*/\s*no|yes\s+or\s+no)\s+(?:answer|version|reply|response|summary|explanation|one)s?\b|"
    r"(?:please\s+|pls\s+)?keep\s+it\s+(?:short|brief|simple|quick|high[- ]level)\b|"
    # a letter's closing courtesy: "I would be grateful for a response at your earliest convenience", "Any assistance
    # would be gratefully received"
    r"(?:i|we)\s*(?:'d|\s+would|\s+should)\s+be\s+(?:most\s+|very\s+|extremely\s+|really\s+|so\s+)?grateful\s+for\s+"
    r"(?:a|an|your|any|some)\s+(?:(?:early|prompt|quick|brief|short)\s+)?(?:response|reply|answer|help|assistance|guidance)\b|"
    r"(?:i|we)\s*(?:'d|\s+would|\s+should)\s+be\s+(?:most\s+|very\s+|extremely\s+|really\s+|so\s+)?(?:glad|grateful|obliged)\s+"
    r"(?:of|for)\s+(?:a|an|your|any|some)\s+(?:[\w-]+\s+)?(?:pointers?|references?|citations?|sources?|links?)\b|"
    # ...and what would make the answer most useful: "Exact dates, with the source document named, would be ideal."
    r"(?:[\w'(),-]+\s+){1,12}?(?:would|will)\s+be\s+(?:most\s+|very\s+|extremely\s+|especially\s+|really\s+|much\s+)?"
    r"(?:helpful|useful|ideal|appreciated|welcome|gratefully\s+received)\s*[.!]*$|"
    r"(?:any|all|your)\s+(?:help|assistance|guidance|pointers|advice)\s+(?:would\s+be|will\s+be|is)\s+(?:most\s+|very\s+|much\s+|greatly\s+)?"
    r"(?:gratefully\s+received|appreciated|welcome|welcomed|helpful)\b|"
    # what the press or the requester has down: "journalist has 2017 in her copy", "the reporter's got it as 2015",
    # "FOI requester quotes £2bn": the answer confirms or corrects it
    rf"{_PRESS}(?:'s|s)?\s+(?:(?:already|also)\s+)?(?:has|have|had|got|'s\s+got|wrote|writes|has\s+written|quotes?|quoted|is\s+quoting|"
    r"uses?|used|puts?|says?|said|is\s+saying|thinks?|reckons?|claims?|claimed|believes?|assumes?|suggests?|states?|stated)\b|"
    # where the asker met it: "an old press release uses a different name", "the 2019 minutes call it something else",
    # "Our draft has it as 'late 2016'"
    r"(?:an|a|the|our|my|his|her|their|some|one|that|this|these|those)\s+(?:[\w'-]+\s+){0,2}?(?:press\s+releases?|releases?|"
    r"emails?|letters?|documents?|docs?|minutes|notes|slides?|web\s?pages?|pages?|articles?|leaflets?|bulletins?|"
    r"newsletters?|files?|spreadsheets?|handover|memos?|drafts?|copy|scripts?|wording|speech|speaking\s+notes)\s+"
    r"(?:uses?|used|calls?|called|gives?|gave|has|had|have|says?|said|"
    r"mentions?|mentioned|shows?|showed|lists?|listed|names?|named|quotes?|quoted)\b|"
    # ...and what the asker's own assurance papers do with it: "supplier assurance checklist accepts both", "the risk
    # register asks for a date", "our audit plan requires a named owner"
    r"(?:(?:the|our|my|their|this|that)\s+)?(?:[\w'-]+\s+){0,2}?(?:registers?|checklists?|questionnaires?|templates?|"
    r"trackers?|audit\s+plans?|policy|policies|evidence\s+packs?|action\s+plans?)\s+(?:accepts?|accepted|requires?|required|"
    r"asks?\s+for|asked\s+for|wants?|needs?|lists?|listed|says?|said|mentions?|mentioned|covers?|has|have|had)\b)",
    re.IGNORECASE)
# After the question, a clause that only asks whether we have its answer: "do we have a figure", "got a number?",
# "have you got anything on that?". It asks for what the question asked, and names nothing. ("Dates please" says
# what is asked: a date, and stays.)
_ANSWER_WANTED = regexes.compile(
    r"^(?:(?:and|so|but|or)\s+)?(?:(?:do|did|have|can|could)\s+(?:we|you|u|anyone|you\s+guys)\s+(?:have|got|get|give|find|"
    r"dig\s+out|see)\s+|(?:have\s+(?:we|you)\s+)?got\s+)(?:a|an|any|the|some)?\s*"
    r"(?:figures?|numbers?|dates?|names?|answers?|amounts?|totals?|stats?|statistics?|details?|info|information|anything)"
    r"(?:\s+(?:for|on|about)\s+(?:that|this|it|them|those|these))?(?:\s+(?:please|pls|plz|then))?\s*[?.!]*$", re.IGNORECASE)
# ...and, inside the clause that asks, a comparison with a thing of the asker's, with its own verb:
# "a threat-sharing forum for us like FS-ISAC was in financial services". It is the asker's only when
# no entry speaks of the thing compared with (``_without_asides``): "obliged to require cyber essentials
# like central gov is?" asks how councils stand beside central government. "a forum like that in
# Australia" compares with nothing of its own: Australia is asked about.
_COMPARISON = regexes.compile(r",?\s+(?:just\s+)?(?:like|similar\s+to|same\s+as)\s+"
                         r"(?!(?:that|this|those|these|it|its|them|one|ones|what|how|if|to)\b)"
                         r"((?:(?:the|a|an|our|my)\s+)?[\w'./&-]+(?:\s+[\w'./&-]+)?)\s+"
                         r"(?:was|were|is|are|does|did|do|has|had|have|used\s+to|gets|got)\b[^?!.;,]*", re.IGNORECASE)


# A clause that asks by a request alone, with "please" at its end and no question word or mark: "Exact launch date of
# the NCSS 2016-21 please." What the asker says after it ("Our draft has it as 'late 2016'") is read as said after a
# question.
_PLEASE_ENDS = regexes.compile(r"\b(?:please|pls|plz|plse|ta)\s*[.!]*$", re.IGNORECASE)
# A clause that opens with "which" and a verb, with no question mark, goes on about the clause before it: "Our draft has
# it as 'late 2016', which isn't good enough for the evidence log" (not "which is the right one?").
_WHICH_GOES_ON = regexes.compile(r"^which\s+(?:is|isn't|isnt|is\s+not|was|wasn't|wasnt|has|hasn't|hasnt|won't|wont|will|"
                                 r"would|wouldn't|doesn't|doesnt|does\s+not|seems|means|makes|sounds|looks|feels)\b(?!.*\?)",
                                 re.IGNORECASE)


# A question that only asks whether what it points to is right: "Is this accurate?", "can you check this?".
_CHECKS_THIS = regexes.compile(r"^(?:(?:can|could|would|will)\s+(?:you|u|someone)\s+(?:please\s+)?(?:check|confirm|verify|sense[- ]check)"
                               r"\s+(?:this|that|it|these|those)|(?:is|was|are)\s+(?:this|that|it|these|those)\s+(?:\w+\s+)?"
                               r"(?:accurate|right|correct|true|ok|okay|fine|wrong))\b", re.IGNORECASE)
# A dash between clauses, as ``_CLAUSE`` parts them.
_DASHED = regexes.compile(r"\s+[-\u2013\u2014]+\s+")


# After the question, a remark put after a comma or in brackets is read apart from it, as one after a dash or a stop is:
# "NCSS 2016-21 launch date pls, need it for the background para in tomorrow's sitrep", "what's the point of ACD, plain
# english for a non-tech housing board", "who chairs it these days (per the 2018 piece)". (Before the question a comma
# parts clauses only before a question word or a pronoun, ``_CLAUSE``, and that reading stays.)
_REMARK_APART = regexes.compile(r"(,\s+|\s+\()")
# What an asker's remark after the question says, where it says nothing of what is asked; none of it names a year, a
# figure, a place or a person (``constrains``), which a remark may add to the question ("..., in 2019 I mean", "... for
# Wales?").
# ...where the answer is going: the asker's own papers, meetings and occasions, "a slide", "the background para",
# "tomorrow's sitrep", "the SCG training day", "the Thursday huddle", "our tenants' panel" (an answer is put in them or
# said at them; no thing of ours is one).
_OCCASION = (r"(?:slides?|decks?|paras?|paragraphs?|sitreps?|sit-reps?|reports?|papers?|briefs?|briefings?|notes?|e-?mails?|"
             r"boards?|meetings?|committees?|training|days?|sessions?|workshops?|presentations?|newsletters?|bulletins?|"
             r"updates?|packs?|agendas?|minutes|forums?|inductions?|away-?days?|catch-?ups?|calls?|huddles?|stand-?ups?|"
             r"talks?|webinars?|handovers?|write-?ups?|blogs?|articles?|posts?|intranet|wiki|appendix|appendices|annex(?:es)?|"
             r"plans?|registers?|logs?|trackers?|spreadsheets?|sheets?|timelines?|chronology|submissions?|returns?|panels?|"
             r"audiences?|seminars?|posters?|leaflets?|faqs?|scripts?|lines?|responses?|statements?|releases?|comms|speech(?:es)?|"
             r"quotes?)")
_DESTINATION = (r"(?:(?:a|an|the|our|my|their|his|her|your|this|that|next|[\w-]+['\u2019]s|[\w-]+s['\u2019])\s+)(?:[\w'\u2019&/-]+\s+){0,5}?"
                + _OCCASION + r"\b")
_FOR_WHAT = regexes.compile(
    r"^(?:(?:and|so|but|just|all|it's|its|it\s+is|this\s+is|that's|they're|it'll|this'll|(?:i|we)(?:'ll|\s+will))\s+)*"
    # ...said again as wanted: "need it for the background para"
    r"(?:(?:i\s+|we\s+)?(?:need|needs|needed|want|wanted|require|requires)\s+(?:it|them|this|that|these|those|both)\s+)?"
    # ...and how plainly it must read there: "plain english for a non-tech housing board", "in plain terms for our panel"
    r"(?:(?:in\s+)?(?:plain|simple|layman['\u2019]?s|lay|everyday|non-?tech(?:nical)?)\s+(?:english|terms|words|language|speak)\b"
    r"\s*,?\s*)?"
    r"(?:(?:(?:going|goes|gonna\s+go|to\s+go|headed|heading|ending\s+up|go|be\s+going)\s+(?:in|into|on|onto|to)|for)\s+"
    + _DESTINATION + r"(?:\s+(?:in|on|at|for|from)\s+" + _DESTINATION + r")*"
    r"|(?:in\s+)?(?:plain|simple|layman['\u2019]?s)\s+(?:english|terms|words|language))"
    # (...and a "please" after it: "for a quote in her cabinet paper please")
    r"(?:\W*\s(?:please|pls|plz|ta|thanks|thank\s+you|cheers))?\W*$", re.IGNORECASE)
# ...who asked the asker, and what of their own: "the regulator's IDA team asked which we've got", "our chair asked if any
# of it's relevant to us", "the grants team want to know if we used it". What they asked names nothing of ours the
# question does not (``_relayed_only``): "Sam asked when it became mandatory" asks something more, and stays.
_ASKED_OF_ASKER = regexes.compile(
    r"^(?:(?:and|so|but|because|cos|coz|bc|as)\s+)?(?:(?:a|an|the|our|my|their|one\s+of\s+(?:our|the|my))\s+)?"
    r"(?:[\w'\u2019&.-]+\s+){0,4}?(?:asked|asks|(?:is|was|are|were|keeps|kept|has\s+been|have\s+been)\s+asking|"
    r"(?:has|have|had)\s+asked|(?:wants|wanted|want|would\s+like|needs|needed|need)\s+to\s+know|(?:is|are|was|were)\s+wondering|"
    r"wondered|wonders)\s+(?:(?:me|us|him|her|them)\s+)?(?P<asked>(?:if|whether|which|what|who|when|where|why|how)\b[^?]*)$",
    re.IGNORECASE)
# ...and how the asker is, as they close: "no rush", "anyway got to run", "must dash", "off to the depot now", "lol".
# What they say after it, to the end of the message, is theirs too ("no rush, tenant portal is down again lol",
# "Anyway got to run, repairs performance meeting"), unless it asks.
_SIGNING_OFF = regexes.compile(
    r"^(?:(?:ok|okay|right|well|and|but|so|oh)\s*,?\s+)?(?:anyway|anyways|anyhow|no\s+(?:rush|hurry|worries|pressure|biggie|"
    r"stress|panic)|whenever|in\s+your\s+own\s+time|when\s+you\s+(?:get|have)\s+a\s+(?:sec|second|minute|min|moment|mo|chance)|"
    r"(?:i['\u2019]ve\s+|i\s+have\s+|ive\s+)?(?:got|gotta|have|need)\s+to\s+(?:run|dash|go|fly|shoot|jump)|"
    r"(?:must|gotta)\s+(?:run|dash|go|fly|shoot)|(?:i['\u2019]m\s+|im\s+)?(?:off|back)\s+(?:to|into)|lol|lmao|rofl|haha+|"
    r"ugh|sigh|fml|phew|"
    # ...and thanks them before they go: "thanks so much, in back to back meetings all afternoon", "cheers, mad day here"
    r"(?:many\s+|big\s+)?(?:thanks|thank\s+you|thx|ta|cheers)(?:\s+(?:so\s+much|very\s+much|a\s+lot|in\s+advance|again|all))?$)\b",
    re.IGNORECASE)
# ...or laughs at the end of a remark that names nothing of ours ("tenant portal is down again lol"; not "for suppliers
# lol", which may say what is asked).
_LAUGHED = regexes.compile(r"\b(?:lol|lmao|rofl|haha+)\W*$", re.IGNORECASE)


def _signs_off(said: str, ours: Callable[[str], bool]) -> bool:
    """Does the remark ``said`` sign off (``_SIGNING_OFF``), or laugh after naming nothing of ours (``_LAUGHED``)?"""
    laughed = _LAUGHED.search(said)
    return bool(_SIGNING_OFF.match(said)) or bool(laughed and not _names_ours(said[:laughed.start()], ours))


# ...and the time of day in it ("must dash, TMO board at 6", "back at 2pm"): when the asker is busy, no figure asked;
# nor is a figure that spells a word in chat ("back2back", "b4").
_NO_FIGURE_ASKED = regexes.compile(r"\b(?:at|by|till|til|until|from|before|after)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?(?![\d:.])|"
                                   r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b|(?<=[a-z])\d(?=[a-z])|\bb4\b", re.IGNORECASE)


def _relayed_only(asked: str, question: str, ours: Callable[[str], bool]) -> bool:
    """Is what someone asked the asker (``_ASKED_OF_ASKER``) the asker's own to answer: of their own organisation
    (``_ASKERS_OWN``: "which we hold", "whether we're on it"), or naming no word of ours, but for the kind of answer
    (``_ANSWER_KINDS``) and what ``question`` itself says?"""
    if _ASKERS_OWN.search(asked):
        return True
    said = set(surface_words(question.lower()))
    return not any(ours(w) for w in surface_words(asked.lower())
                   if not is_stopword(w) and w not in _ANSWER_KINDS and w not in _ANYONE and w not in said)


# Who or what at all, which names no one: "if anyone dodged it", "whether anything changed".
_ANYONE = frozenset("anyone anybody someone somebody everyone everybody anything something everything nothing nobody".split())


_ASKERS_OWN = regexes.compile(r"\b(?:we|us|our|ours|we've|we're|we'd|we'll|weve|we\u2019ve|we\u2019re|we\u2019d)\b", re.IGNORECASE)


def _remarks_apart(clauses: list[str], separators: list[str], first: int) -> tuple[list[str], list[str]]:
    """``clauses`` (and their ``separators``) with those from the question's (``first``) on parted at a comma or an
    opening bracket (``_REMARK_APART``), so that a remark after the question is a clause of its own."""
    if not any("," in c or "(" in c for c in clauses[first:]):
        return clauses, separators
    parted, seps = clauses[:first], separators[:first]
    for clause, sep in zip(clauses[first:], separators[first:]):
        pieces = _REMARK_APART.split(clause)
        parted += pieces[0::2]
        seps += [sep] + pieces[1::2]
    return parted, seps


def _remark(said: str, question: str, ours: Callable[[str], bool]) -> bool:
    """Is ``said``, after the question, a remark on where its answer goes (``_FOR_WHAT``) or on who asked the asker
    and what of their own (``_ASKED_OF_ASKER``)?"""
    relayed = _ASKED_OF_ASKER.match(said)
    return bool(_FOR_WHAT.match(said)) or bool(relayed and _relayed_only(relayed.group("asked"), question, ours))


def _clause_asks(clause: str) -> bool:
    """Does ``clause`` ask (``_ASKING``, or a request ending "please"), and not merely go on about the one before it
    (``_WHICH_GOES_ON``)?"""
    return bool(_ASKING.search(clause) or _PLEASE_ENDS.search(clause)) and not _WHICH_GOES_ON.match(clause)


def _without_asides(question: str, ours: Callable[[str], bool], chat: Callable[[str], str] = lambda text: text,
                    named: Callable[[str], bool] = lambda text: False,
                    constrains: Callable[[str], bool] = lambda text: any(c.isdigit() for c in text)) -> str:
    """``question`` without what the asker brings along (``_ASIDE``, an ``_AFTERTHOUGHT`` after the
    question, and a ``_COMPARISON`` with a thing none of whose words are ``ours``): "coming from the NHS, I keep hearing about a 1.9 billion pot from
    2016. over how many years was that meant to be spent?" asks about the pot, not the NHS. An aside
    the asking clause points back to ("we had one at my last place, is there a free one like that?")
    says what it asks about and stays, and a message with nothing left that asks is read whole. After the
    question, a remark (``_remark``, ``_SIGNING_OFF``) that names nothing the question could be held to
    (``constrains``) goes too: "did the CIO council welcome it? no rush, tenant portal is down again lol"."""
    pieces = _CLAUSE_KEPT.split(question)
    clauses, separators = pieces[0::2], [""] + pieces[1::2]
    stripped = [c.strip(" ,;-") for c in clauses]
    asks = [_clause_asks(c) for c in stripped]
    first = asks.index(True) if any(asks) else len(asks)
    # "difference between CE and CE Plus, quickly - the regulator's IDA team asked which we've got", "NCSS 2016-21
    # launch date pls, need it for the background para in tomorrow's sitrep": a request said with no question word,
    # before a remark of the asker's, is the question.
    bare = False
    if first == len(asks):
        parted = [c.strip(" ,;-)") for c in _remarks_apart(clauses, separators, 0)[0]]
        bare = (len(parted) > 1 and not constrains(" ".join(parted[1:]))
                and any(_remark(c, parted[0], ours) or _signs_off(c, ours) for c in parted[1:]))
        if bare:
            first, asks[0] = 0, True
    # "Is this accurate? Our script has Ciaran Martin as chief exec in 2022.": a question that only asks whether what it
    # points to is right asks of what is said after it, which is no afterthought.
    checks_what_follows = first < len(stripped) and bool(_CHECKS_THIS.match(stripped[first]))
    aside = []
    for i, clause in enumerate(stripped):
        # "🟢 our leader thinks we were all fine", "Hi team 👋 the Chronicle's doing ..."
        said = re.sub(r"^[^\w']+", "", _GREETED.sub("", re.sub(r"^[^\w']+", "", clause)))
        pointed_to = i + 1 < len(stripped) and asks[i + 1] and _BACK_REFERENCE.search(stripped[i + 1])
        # Before the question, what the asker is doing ("putting together a paper for CMT on where our
        # strategy sits") is what it asks about only where the question leans on it; a question that
        # names its own subject ("who launched the 2016-2021 national cyber security strategy?") does not.
        # It is a sentence of its own, saying what they are doing ("our new CX wants a cyber 360 - how long
        # does the LGA team spend with a council?" asks about the cyber 360).
        # (Its end is a stop, or a dash before the question: "the Chronicle's doing a 'who's who' - where did ...")
        before = i < first < len(stripped)
        ends = before and (clause.endswith((".", "!")) or _DASHED.fullmatch(separators[i + 1]))
        stands_alone = (ends and bool(_DOING.search(said))
                        and _stands_alone(_without_lead_in(stripped[first], ours, chat), ours))
        # So is where an incident stands ("servers isolated, comms drafting now - is the action fraud line 24/7?"), told
        # as a status update before the question, a comma's length from it or more; a word of the question pointing
        # back after it has named its subject points to that ("... - can I ring action fraud or is it 9-5 only?").
        # (Not a thing of ours by its ``named`` name: "Mail Check's been switched off. what should we use now?" asks
        # from after its end.)
        status = (before and not asks[i] and (ends or separators[i + 1].startswith(",")) and bool(_STATUS.search(said))
                  and not named(said) and _stands_alone(_without_lead_in(stripped[first], ours, chat), ours, named_first=True))
        # ...and so is what a formal request is for, where the request names its own subject.
        # (Only the phrase: "for our annual report: the NCSC's review says 430 incidents" goes on to say what is asked. And
        # only where the request names its subject by name, with no year said for the paper: "For the 2016 strategy section,
        # please confirm the launch date" asks of the 2016 strategy.)
        paper = (before and bool(_FOR_THE_PAPER.match(said)) and ":" not in said and not A_YEAR.search(said)
                 and bool(_NAMED_MID_CLAUSE.search(stripped[first]))
                 and _stands_alone(_without_lead_in(stripped[first], ours, chat), ours))
        aside.append((i > first and bool(_ANSWER_WANTED.match(said))) or status or not asks[i] and not pointed_to and bool(
            _ASIDE.search(said) or stands_alone or paper or (i > first and not checks_what_follows and _AFTERTHOUGHT.search(said))
            # "..., which isn't good enough for the evidence log": goes on about an aside, so is one
            or (i and aside[i - 1] and _WHICH_GOES_ON.match(said))))

    def uncompared(clause: str) -> str:
        return _COMPARISON.sub(lambda m: m.group(0) if any(ours(w) for w in surface_words(m.group(1).lower()))
                               else "", clause)

    kept = [(separators[i], _without_lead_in(uncompared(clauses[i]), ours, chat) if asks[i] else clauses[i], i >= first)
            for i in range(len(clauses)) if not aside[i]]
    kept = _without_remarks(kept, stripped[first] if first < len(stripped) else "", ours, constrains)
    # ("she'd like the name of the LGA councillor who ..., for a quote in her cabinet paper please": a request that asked
    # by the "please" its remark ended on still asks without it.)
    pleaded = first < len(stripped) and bool(_PLEASE_ENDS.search(stripped[first])) and not _ASKING.search(stripped[first])
    if not bare and not pleaded and not any(_clause_asks(text.strip(" ,;-")) for _, text in kept):
        return question
    return "".join(sep + clause for sep, clause in kept).strip(" ,;-")


def _without_remarks(kept: list[tuple[str, str, bool]], asked: str, ours: Callable[[str], bool],
                     constrains: Callable[[str], bool]) -> list[tuple[str, str]]:
    """The ``kept`` clauses (each with its separator, and whether it is the question or after it) without the asker's
    remarks after the question (``asked``), each read apart from the clause it is in after a comma or a bracket
    (``_REMARK_APART``): on where the answer goes or who asked them (``_remark``), and how they are as they close ("no
    rush", "got to run", ``_SIGNING_OFF``) with all they say after it, where none of it names what the question could
    be held to (``constrains``) and it asks nothing: "did the CIO council welcome it? no rush, tenant portal is down
    again lol" asks whether it welcomed it."""
    left: list[tuple[str, str]] = []
    signed_off, question_seen = False, False
    for separator, clause, after in kept:
        if not after or ("," not in clause and "(" not in clause and not question_seen):
            left.append((separator, clause))
            question_seen = question_seen or after
            continue
        pieces = _REMARK_APART.split(clause)
        for j, (sep, piece) in enumerate(zip([separator] + pieces[1::2], pieces[0::2])):
            said = piece.strip(" ,;-)")
            # (not one that opens on a question word: "thanks, and when did it launch" asks again)
            # (a "please" it ends on asks nothing more: "..., for a quote in her cabinet paper please")
            if (question_seen and said and not _clause_asks(_PLEASE_ENDS.sub("", said).strip()) and not _WH_OPENING.match(said)
                    and not constrains(_NO_FIGURE_ASKED.sub(" ", said))):
                signed_off = signed_off or _signs_off(said, ours)
                if signed_off or _remark(said, asked, ours):
                    continue
            left.append((sep, piece))
            question_seen = True
    return left


# A clause that places a when-question before another thing: "Before Hammond launched the strategy in 2016, when was the
# £1.9bn first announced?", "when was the £1.9bn for cyber first announced, before the Future Decoded launch?". It names
# what the question is NOT about; the date asked for is the asking clause's own.
_WHEN_WORDS = r"(?:when|what\s+(?:year|date|month|day)|which\s+(?:year|month|day)|in\s+(?:what|which)\s+year|how\s+long\s+ago)\b"
_BEFORE_WORDS = r"(?:before|prior\s+to|ahead\s+of|previous\s+to|preceding)"
_FRONTED_BEFORE = regexes.compile(r"^\W*" + _BEFORE_WORDS + r"\s+[^,?;]{3,120}?,\s+(?=" + _WHEN_WORDS + r")", re.IGNORECASE)
_TRAILING_BEFORE = regexes.compile(r"^(\W*" + _WHEN_WORDS + r"[^,?;]{6,160}?)\s*,\s+(?:(?:and|but|i\s+mean|so)\s+)?(?:well\s+)?"
                                   + _BEFORE_WORDS + r"\s+[^,?;]{3,100}?(\s*[?.!]*\s*)$", re.IGNORECASE)


def without_time_frame(question: str, ours: Callable[[str], bool]) -> str:
    """``question`` without the clause that says the thing it asks the date of came before something else
    (``_FRONTED_BEFORE``, ``_TRAILING_BEFORE``), where the when-question left names its own subject: the other thing
    is what it is told apart from, and its entry (the launch "in 2016") is no answer. "Before Richard Horne, who ran
    the NCSC?" asks who came before, no date, and keeps it; so does "when was it announced, before the launch?"."""
    fronted = _FRONTED_BEFORE.match(question)
    if fronted is not None:
        rest = question[fronted.end():]
        return rest if _stands_alone(rest, ours) else question
    trailing = _TRAILING_BEFORE.match(question)
    if trailing is not None and _stands_alone(trailing.group(1), ours):
        return trailing.group(1) + (trailing.group(2).strip() or "?")
    return question


def _stands_alone(clause: str, ours: Callable[[str], bool], named_first: bool = False) -> bool:
    """Does the asking ``clause`` name its own subject: no word pointing back, and at least
    ``ALONE_WORDS`` words of ours that are not stopwords? With ``named_first``, a word pointing back after
    them points to what the clause named ("does the ncsc have a company it uses for takedowns?", "can I ring
    action fraud or is it office hours only?"), not to what came before."""
    # ("...when did the national report come out after?": after what came before, pointed to as "it" would be)
    if named_first and _POINTS_OUT.search(clause):
        return False
    back = _BACK_REFERENCE.search(clause)
    if back and not (named_first and _names_ours(clause[:back.start()], ours) and not _BACK_REFERENCE.search(clause, back.end())
                     and (_SUBJECT_POINTING.match(clause, back.start()) or _ASKED_OF.search(clause, 0, back.start()))):
        return False
    # ("...I've written that the £1.9bn was split into two pots. What were the two amounts?": "the two" counts things
    # told of before, which the clause does not name)
    return _names_ours(_COUNTED_BEFORE.sub(r"\1", clause), ours) >= ALONE_WORDS


# "the two amounts", "the three pots": things counted as told of before.
_COUNTED_BEFORE = regexes.compile(r"\b(the\s+)(?:two|three|four|five|six|\d)\s+(?=[a-z])", re.IGNORECASE)
# A word pointing back as the subject of its own verb, to what its clause named before it: "a company it uses", "or is it
# only open 9-5" (not its object, "what has the NCSC replaced it with", which points out of the clause).
_SUBJECT_POINTING = regexes.compile(r"(?:it|they)\s+(?!(?:with|to|for|about|on|in|at|from|by|up|over|out|off|and|or|now|then)\b)"
                                    r"[a-z]{2,}", re.IGNORECASE)
_POINTS_OUT = regexes.compile(r"\b(?:after|afterwards|before|beforehand|since|then|too|also|instead|either)\W*$", re.IGNORECASE)
_ASKED_OF = regexes.compile(r"\b(?:is|was|are|were|does|do|did|can|could|will|would|has|have)\s+$", re.IGNORECASE)


def _names_ours(text: str, ours: Callable[[str], bool]) -> int:
    """How many words of ours that are not stopwords ``text`` says."""
    return sum(1 for w in surface_words(text.lower()) if not is_stopword(w) and ours(w))


# Who a question comes from, before the colon that opens it: "IG officer query", "question from the audit manager",
# "our SIRO asks", "the chair of audit committee wants to know".
_ASKER_LEAD = regexes.compile(r"^(?:(?:a|one|quick|another)\s+)?(?:query|question|q|enquiry|ask)\s+from\s+[\w'&/. -]{1,40}$|"
                         r"^[\w'&/. -]{1,40}?\s+(?:asks|asked|asking|queries|queried|query|question|enquiry|request|wants\s+to\s+know|"
                         r"would\s+like\s+to\s+know|wonders|is\s+asking|has\s+asked)$", re.IGNORECASE)


# A lead-in that only asks to be told, as a letter asks: "Could you kindly advise", "Please could you confirm the
# following", "Kindly indicate".
_REQUEST_ONLY = regexes.compile(r"^(?:(?:please|kindly)\s+)*(?:(?:could|would|can|will)\s+you\s+(?:please\s+|kindly\s+)*)?"
                                r"(?:advise|indicate|confirm|clarify|state|specify|explain|tell\s+(?:me|us)|let\s+(?:me|us)\s+know)"
                                r"(?:\s+(?:me|us))?(?:\s+(?:on|as\s+to))?(?:\s+the\s+following)?$", re.IGNORECASE)


def _without_lead_in(clause: str, ours: Callable[[str], bool], chat: Callable[[str], str] = lambda text: text) -> str:
    """"quick one in the middle of all that: who launched ...?": what comes before a colon that opens
    the question, with no word of ours in it once its ``chat`` asides ("quick one") are gone, is the
    asker's lead-in ("Web Check: when did it start?" names the topic and stays)."""
    lead, colon, rest = clause.partition(": ")
    # "Could you kindly advise: did every council respond?": a lead-in that only asks to be told, before any question.
    if colon and _REQUEST_ONLY.match(lead.strip()) and _ASKING.search(rest.strip()):
        return rest
    if not colon or not _WH_OPENING.match(rest.strip()):
        return clause
    # "IG officer query:", "question from the audit manager:", "Our SIRO asks:": who asks, whatever their post is called.
    # ("Socitm question: who chairs it?" names what "it" is: kept.)
    if _ASKER_LEAD.match(lead.strip()) and not _BACK_REFERENCE.search(rest):
        return rest
    if any(ours(w) for w in surface_words(chat(lead).lower()) if not is_stopword(w)):
        return clause
    return rest
