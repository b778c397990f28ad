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
the entry gives a post there; a number after a label ("year 1", "phase 2") counts nothing.
Names are held to what the entry itself says, not to its sources' titles.
``check`` holds a candidate entry to each; one the entry
contradicts or never mentions makes a ``Verdict`` that declines, with a reply that says what
was missing ("I have “NCSC annual review 2024” (2024), not 2025") and the entry offered as a
suggestion, never as the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from bot.answers.knowledge import Entry, KnowledgeBase
from bot.answers.lexicon import english_zipf
from bot.answers.search import CLAIM_FRAME, TAG_QUESTION, function_word_slipped, plain_dates
from bot.core.text import IDIOMS, is_stopword, stem, surface_words

# A year may end a sentence ("in April 2023."); a decimal point after it ("2023.5") makes it no year.
_YEAR = re.compile(r"(?<![\d.£$])((?:19|20)\d\d)(?:\s*[-\u2013/]\s*(\d\d(?:\d\d)?))?(?!\d|\.\d)")
_DIRECTED_YEAR = re.compile(r"\b(after|beyond|post|since|from|before|pre|until|by)[\s-]+(?:the\s+)?(?:end\s+of\s+)?"
                            r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
                            r"|december)\s+)?((?:19|20)\d\d)\b")
_US = re.compile(r"\b(?:USA|US|U\.S\.(?:A\.)?)(?!\w)")
_MONTHS_DAYS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday""".split())
COMMON_ZIPF = 3.5          # a capitalised word more common than this in English is not a name
# ...nor is an acronym used by more entries than this. It was 4 (CIO, LGA, CAF said to name the topic),
# but an organisation the question names is one the answer must name too: "the LGA's on-call phone
# number" is not Action Fraud's line, nor "when did Maude announce the CAF" the CiSP launch. 16 to
# 1000 score alike on the unseen tune halves (+3 on A, B unchanged) and our own sets (+3), dev unchanged.
ACRONYM_SPREAD = 30
MAX_REMEMBERED_QUESTIONS = 2_048
STALE_YEARS = 2            # "who is ... now": a fact older than the newest sources by more than this

_BEFORE_ASKED = re.compile(r"\b(before|predecessor|preceded|previously|prior to)\b|"
                           r"\bdid\s+(?:\w+\s+){1,3}(?:replace|succeed|take over from)\b")
_WHO = re.compile(r"\b(who|whos|who's|whom)\b")
_WHO_ROLE = re.compile(r"\b(who|whos|which (?:minister|person|official|man|woman|one))\b")
_ROLE_WORDS = frozenset("""head chief ceo director chair chairman chairwoman president minister leader lead manager
    boss officer cio cdio executive secretary job role position honcho coordinator co-ordinator champion owner
    rep representative adviser advisor administrator ciso cto siro dpo mayor councillor
    spokesperson spokesman spokeswoman chancellor""".split())
# Posts that are ministers' by their title alone.
_MINISTERIAL_TITLES = ("chancellor", "secretary of state", "paymaster general", "home secretary", "foreign secretary",
                       "chief secretary to the treasury", "attorney general")
# Words that narrow a role: "deputy chief executive" is not the chief executive.
_BODIES = frozenset("council councils group board forum network team office".split())
_ROLE_MODIFIERS = frozenset("deputy vice assistant interim acting technical".split())
_WHICH_COUNCILS = re.compile(r"\b(which|what|name the|list the|list of)\s+(?:\w+\s+)?(councils|authorities|"
                             r"local authorities|boroughs|counties)\b")
_MONTH_YEAR = re.compile(r"\b(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"
                         r"september|sept|sep|october|oct|november|nov|december|dec)\.?\s+((?:19|20)\d\d)\b")
_MONTH_SPAN = re.compile(_MONTH_YEAR.pattern + r"\s*(?:and|to|until|till|-|\u2013)\s*" + _MONTH_YEAR.pattern.removeprefix(r"\b"))
_MONTHS = ("january february march april may june july august september october november december").split()
ROLE_WINDOW = 8            # a role belongs to the person named this many words either side
# A word beside a year anchors it only if it says more than everyday English does: "back in 2018",
# "the work in 2018/19" put nothing beside the year (Zipf 5.8 and up: back, work, time). Chosen on
# tune half B, +1 on A, B and ours.
ANCHOR_ZIPF = 5.8
YEAR_WINDOW = 6            # a year belongs to the thing named this many words either side, in its sentence
# A sentence ends at a stop before a capital; a semicolon ends a clause whatever follows ("the January
# 2017 cyber briefing; by May 2018 he was ..." dates the briefing 2017, and him 2018).
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\u00a3])|(?<=;)\s+")
_POLAR = re.compile(r"^(?:is|was|isn't|wasn't|isnt|wasnt|did|does|has|had)\b|\b(?:is it true|is it right|am i right"
                    r"|correct that|right that)\b")
_SEQUENCE = re.compile(r"\b(before|after|replaced|replace|replaces|succeeded|succeed|preceded|predecessor|"
                       r"successor|took over from|taking over from|moved on|left)\b")
_FIRST = re.compile(r"\b(first|1st|original|founding|inaugural)\b")
# "When did Dylan Roberts first join Leeds", "was the 1.9bn first announced": "first" says when a thing
# began, which the date the entry gives is; it asks for no first of a series.
_FIRST_ADVERB = re.compile(r"\bdid\b(?:\s+[\w'-]+){1,4}?\s+first(?=\s+[a-z])|"
                           r"\b(?:was|were|is|are|has|have|had)\b(?:\s+[\w'-]+){1,4}?\s+first(?=\s+[a-z]+ed\b)")
_EITHER_YEAR = re.compile(r"(?<![\d.£$/-])((?:19|20)\d\d)(\s*(?:,|or|and)\s*|\s+or\s+(?:was it\s+|in\s+)?)((?:19|20)\d\d)(?![\d/-])")
_WHICH_IS_IT = re.compile(r"\bwhich(?:\s+one)?\s+(?:is|was)\s+(?:it|right|correct)\b|\bwhich one\b")
_AFTER_THING = re.compile(r"\bwhat\s+(?:came|comes|happened|happens|followed|follows|was done|were the next steps)\s+"
                          r"(?:next\s+)?(?:after|following)\s+(?:the\s+|that\s+|this\s+)?(?:\d{4}\s+)?([\w'-]+)"
                          r"|\bwhat\s+followed\s+(?:the\s+|that\s+|this\s+)?(?:\d{4}\s+)?([\w'-]+)")
_WHO_HEADS = re.compile(r"\bwho(?:'s|s| is| was)?\s+(?:currently\s+|now\s+)?(?:leads|lead|leading|heads|head|heading|"
                        r"in charge of)\s+(?:the\s+)?([\w'-]+)")
_STATE_NOW = re.compile(r"^\W*(?:is|are|isn't|aren't|isnt|arent)\b.*\b(?:open|running|live|available|active|closed|"
                        r"operating|working|going)\b.*\b(?:now|right now|currently|at the moment|today|these days|"
                        r"at present)\b")
_LABELS = frozenset("year yr phase stage tier part option step level round wave module objective no number".split())
_FIRST_CUES = re.compile(r"\b(first|launch|launched|at launch|initial|initially|original|originally|founding|"
                         r"founded|inaugural|forerunner|opened|began|started|set up|established)\b")
_NEXT = re.compile(r"\b(next|upcoming|forthcoming)\b(?!\s+steps?\b)|\bwhat comes after\b|"
                   r"\breplac\w*\s+(?:it|them|this|that|these|those)\s+with\b|"
                   r"\bwhat replaces\b|\bwhat will replace\b|\breplacement for\b|\bsuccessor to\b|"
                   # "what has the NCSC put in place since web check was switched off": what followed its end
                   r"\b(?:since|now that|now|after)\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?(?:was|were|got|has been|have been|is being|"
                   r"are being)\s+(?:switched off|turned off|retired|closed|scrapped|shut down|shut|withdrawn|ended|"
                   r"decommissioned|axed|dropped|discontinued)\b")
_NEXT_CUES = re.compile(r"\b(next|upcoming|replaced by|will be replaced|replacement|successor|succeeded by)\b"
                        r"(?!\s+steps?\b)")
_PRESENT = re.compile(r"\b(now|nowadays|currently|current|today|these days|at the moment|at present|"
                      r"still|any ?more)\b")
_DOING_NOW = re.compile(r"\b(?:up to|doing|doin|working|work|still at|still with|still in|now at|left|leave)\b")
_RATE = frozenset("per each every a an".split())
# "which year?": an entry that gives a day and a month but no year ("6 December") cannot say.
_WHICH_YEAR = re.compile(r"\b(?:what|which|wot|wat)\s+year\b|\byear\s+was\s+(?:that|it|this)\b")
_MONEY_WORDS = frozenset("money pounds pound million millions billion billions".split())
# The one thing a question asks for, which the entry must speak to (``detail``): "who's the supplier
# behind early warning", "what was the venue of cyberuk 2017", "cyberuk 2017 - venue name?", "who
# spoke at the summit", "what did ADASS contribute to the group". An entry about the right thing
# that never mentions a supplier, a venue or speeches does not answer it.
_DETAIL_OF = re.compile(r"\b(?:who|what|which)(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|its|their|his|her)\s+"
                        r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(?:behind|of|for|at|to|from|that|who|which)\b")
_WHICH_VENUE = re.compile(r"\b(?:which|what)\s+(venue|venues|building|hotel)\b")   # a kind of place: the town is not it
# "venue for the manchester leg?": a message that opens with the detail it wants, as "what's the venue for" does,
# and asks nothing else ("question for the bot: what is cisp" opens with a preamble).
_DETAIL_FRAGMENT = re.compile(r"^\W*(?:the\s+)?([a-z][\w-]*)\s+(?:for|of|behind)\b"
                              r"(?!.*\b(?:what|whats|which|who|whos|when|where|how|why|is|are|was|were|did|does|do|can)\b)")
_THANKS_WORDS = frozenset("thanks thank thx ty cheers ta diolch".split())
_DETAIL_NAMED = re.compile(r"\b([a-z][\w-]*)\s+(name|number|address)s?\s*\??\s*$")
_WHO_DID = re.compile(r"(?<!\bby )(?<!\bto )(?<!\bwith )(?<!\bfrom )(?<!\bfor )(?<!\bof )(?<!\bper )"
                      r"\b(?:who|whos|who's)\s+(?:[a-z]+ly\s+)?([a-z][\w-]*)\b(?!\s+(?:up|over|out|off|on|down|back|in)\b)")
# "who gave the keynote", "who did the stocktake research": a deed that says nothing until its object does.
_WHO_GAVE_THE = re.compile(r"\bwho(?:'s|s)?\s+(?:[a-z]+ly\s+)?(gave|give|gives|given|giving|delivered|delivers|deliver|"
                           r"did|does|do|made|makes|make)\s+(?:the|a|an|its|their|this|that)\s+"
                           r"((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:at|in|on|for|to|of|about|with|during|"
                           r"when|and|or|by|from|back|last|this|that|these|those)\b|\s*[?.!,;]|\s*$)")
_WHAT_DID = re.compile(r"\bwhat\s+(did|does|do|has|have|had|will)\s+((?:[\w'-]+\s+){1,4}?)([a-z][\w-]*)\s+"
                       r"(?:to|for|about|with|towards|on|at|during)\b")
# "when did barker join dclg": the deed after the one who did it.
# "why did the ncsc scrap cyber essentials": the deed is said as a fact, which
# the entry must state as when's is.
_WHEN_DID = re.compile(r"\b(?:when|why)\s+(?:did|does|do|will|has|have|had)\s+((?:[\w'-]+\s+){1,4}?)([a-z][\w-]*)\b")
# "how much did each council get": a sum for each one, not the pot.
_EACH = re.compile(r"\bhow\s+much\b.*\b(?:each|per|every)\s+(?!year\b|month\b|week\b|day\b|annum\b)([a-z][\w-]*)")
_EACH_GIVEN = re.compile(r"\b(each|per|every|a|an|apiece)\b(?:\s+([a-z][\w-]*))?")
# "split between departments": the share-out asked about must be the one the entry gives.
_SPLIT_BY = re.compile(r"\b(?:split|divided|broken down|shared|allocated|distributed|spread)\s+(?:\w+\s+)?"
                       r"(?:between|among|amongst|across|by)\s+(?:the\s+|different\s+|each\s+|all\s+)?([a-z][\w-]*)")
# "did Lindy Cameron open the NCSC?": a yes/no about what a person did is the same deed, put to us.
_DID_THEY = re.compile(r"^\W*(?:did|has|had)\s+((?:[\w'-]+\s+){1,4}?)([a-z][\w-]*)\b")
_PRONOUNS = frozenset("it they he she we".split())
_DETERMINERS = frozenset("the a an their its his her our your this that these those my".split())
_IRREGULAR_PAST = {"give": "gave", "bring": "brought", "build": "built", "spend": "spent", "send": "sent",
                   "write": "wrote", "find": "found", "pay": "paid", "buy": "bought", "take": "took", "lend": "lent",
                   "sell": "sold", "win": "won", "put": "put", "set": "set", "speak": "spoke", "hold": "held",
                   "keep": "kept", "teach": "taught", "offer": "offered", "begin": "began", "see": "saw",
                   "leave": "left", "go": "went", "come": "came", "run": "ran", "meet": "met", "lose": "lost",
                   "choose": "chose", "rise": "rose", "fall": "fell", "sit": "sat", "stand": "stood", "quit": "quit",
                   "shut": "shut", "split": "split", "let": "let", "stop": "stopped", "step": "stepped",
                   "plan": "planned", "drop": "dropped", "admit": "admitted", "commit": "committed",
                   "submit": "submitted", "ship": "shipped", "sign": "signed", "open": "opened", "hit": "hit",
                   "cut": "cut", "bid": "bid"}
# "what did Barclay say about the NIS regs": what was said must be about something the entry holds.
_SAYER = re.compile(r"\bwhat\s+(?:did|does|do|has|have|had)\s+((?:[\w'.-]+\s+){1,5}?)(?:say|said|think|thought|"
                    r"recommend|recommended|make of|conclude|concluded|find|found|report|reported)\s+(?:about|on|of|regarding|"
                    r"in)\b")
_SAID_ABOUT = re.compile(r"\b(?:(?:say|said|says|saying|write|wrote|written|tell|told)\s+(?:\w+\s+)?(?:about|on|regarding)"
                         r"|(?:think|thought)\s+(?:about|of)|(?:view|views|position|stance|comments?|remarks)"
                         r"\s+(?:on|about|regarding))\s+(?!how\b|what\b|whether\b|if\b|why\b|when\b|where\b|which\b|who\b)"
                         r"(.+?)(?=\s+(?:when|while|at|in|during|after|before|as|and|for|from|to|with|by|since|back)\b"
                         r"|[?.!,;]|$)")
# Words that ask about the thing itself, which any entry about it answers ("what's the point of
# cyber 360"), or that other constraints read (dates, counts, roles, places).
# A kind of thing answered by naming one ("the organisation behind it": the NCSC) is generic too.
_GENERIC_DETAILS = frozenset("""name names point purpose aim aims idea deal story meaning gist summary status latest
    message messages takeaway takeaways thrust upshot overview lowdown detail details info information focus
    deadline deadlines due closing organisation organisations organization body bodies agency department
    person people individual
    difference thing things one ones kind sort type bit part lot use role job title date day year month time cost
    price number amount figure total head chief boss leader chair place location background history
    do does did done doing get got make made be been say said go went come came have has had happen happened
    mean meant think know want need call called stand stands stood
    run runs ran running lead leads led heads headed chairs chaired manage manages managed oversee oversees oversaw
    front fronts fronted own owns owned ask asks asked tell tells told
    give gives gave given take takes took taken become becomes became put puts keep kept
    might must may shall first even tho though initially""".split())
_SHARE_TO = re.compile(r"\bhow much\b(?: money| cash| funding)?(?: of\b.*?)?\s(?:went|goes|go|going|is going|was|were|will go|"
                       r"gets?|got|was spent|is spent|was given|is given)\s+(?:to|towards|on|for)\s+(?:the\s+)?"
                       r"([^?.!,;]+?)(?=\s*(?:[?.!,;]|$|\s+(?:in|from|by|under)\b))")
# "Which company built Web Check?", "gloucester 2021 attack - which ransomware group", "which council got
# the 20th cyber 360": a kind of thing asked for by naming one. An entry about the right thing that names
# no company, group or council does not answer it, however well it describes the thing.
_KINDS = {**dict.fromkeys("""minister ministers chancellor mp mps person persons official officials speaker
    speakers politician politicians""".split(), "person"),
          **dict.fromkeys("""company companies firm firms supplier suppliers vendor vendors provider providers
    contractor contractors consultancy consultancies group groups gang gangs organisation organisations
    organization organizations agency agencies body bodies department departments charity charities""".split(),
                          "organisation"),
          **dict.fromkeys("council authority borough".split(), "council"),
          **dict.fromkeys("address addresses".split(), "address")}
_WHICH_KIND = re.compile(r"\b(?:which|what)\s+((?:[a-z][\w'-]*\s+){0,2}?)(" + "|".join(sorted(_KINDS, key=len, reverse=True))
                         + r")\b(?:\s+([a-z][\w-]*))?(?:\s+(off|up|out|over|down|back)\b)?")
# A council is named by its place: "which city council", "which county council" ask for one; "which CIO
# council" asks for a body, named as such ("the Local CIO Council").
_COUNCIL_SORTS = frozenset("local city county district borough unitary london metropolitan english welsh scottish".split())
_TITLED = re.compile(r"\b(?:Lord|Lady|Sir|Dame|Baroness|Baron|Cllr|Councillor|Dr|Mr|Mrs|Ms|Minister|Chancellor"
                     r"|Secretary|President)\s+[A-Z][a-z]+")
_ADDRESS = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|[\w.+-]+@[\w-]+\.[\w.]+|https?://|\bwww\.|"
                      r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|co|net|nhs)(?:\.uk)?\b", re.I)
_POST_KINDS = frozenset("minister chancellor mp".split())
_AGENT_VERBS = frozenset("""run runs running chairs heads leads operates manages owns funds provides delivers hosts
    organises organizes makes signs maintains""".split())
# What a name does when it is the one who did something ("RAND Europe carried out", "Socitm launched").
_DID_IT = (r"(?:\w+ed|ran|runs|run|built|builds|made|makes|led|leads|gave|gives|chairs|heads|wrote|writes|set up|"
           r"sets up|took|takes|won|paid|pays|provides|manages|operates|owns)\b")
_COUNCIL_WORDS = frozenset("council councils county city borough district of and the".split())
# "The sources do not give the exact day or venue", "the sources give no further breakdown of the £1.3bn",
# "no single closing date was found": an entry that says what it lacks does not answer a question asking it.
_DISCLAIMER = re.compile(r"\bsources?\s+(?:do|does|did)\s+not\s+(?:give|say|name)\s+((?:[^.;]|\.(?=\d))+)"
                         r"|\bsources?\s+give\s+no\s+((?:[^.;]|\.(?=\d))+)"
                         r"|\bno\s+(?:single\s+)?((?:[^.;]|\.(?=\d))+?)\s+(?:was|were)\s+found\b", re.I)
# What a known gap says it lacks for every year after one ("any dates for CYBERUK after 2022").
_GAP_AFTER = re.compile(r"\b(?:after|beyond|since)\s+((?:19|20)\d\d)\b(?![/-]\d)")
# What is asked of a thing, not a thing a year is beside: "what was his job title in 2017" dates him, not a job.
_ASKED_OF = frozenset("job jobs title titles role roles position name names date dates day days venue".split())
_MNEMONIC_LETTER = re.compile(r"(?![kmbai]$)[a-z]s?")   # not "5 k", "2 m", "3 a day"
_HEDGES = frozenset("exact precise further single".split())
# "what day", "the exact date", "what day and where": a day is asked; "where was it" (not "the summit
# where Connell asked", nor "where do I find") a place.
_DAY_ASKED = re.compile(r"\b(?:what|which|exact|precise)\s+(?:day|days|date|dates)\b")
_WHERE_ASKED = re.compile(r"(?:^|[?.!,;:\u2013-]\s*|\band\s+|\bor\s+)(?:where|whr|wher)(?:'s|s)?\b"
                          r"(?!\s+(?:do|can|could|should|would|might|did)\s+(?:i|we|you|people)\b)")
# "how many vulnerabilities did web check find in central government": a count or sum of one part, which
# the entry must speak of (its local government figure is not central government's).
_COUNT_SCOPE = re.compile(r"\bhow\s+(?:many|much)\b[^?.!;]*?\b(?:in|across|within|among|amongst)\s+(?:the\s+)?"
                          r"((?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)(?=\s*(?:[?.!,;]|$)|\s+(?:and|or|over|since|by|to|"
                          r"with|from|during|before|after|last|this|per|exactly|then|now)\b)")
_EXACTLY = re.compile(r"\b(?:exactly|precisely|exact number|precise number|exact count)\b")
_ROUGH_COUNTS = frozenset({"all", "every", "half", "dozens", "hundreds", "thousands"})
_HOW_MANY = re.compile(r"\bhow many\s+((?:[\w'-]+\s+){0,3}[\w'-]+)")
_NUMBER = re.compile(r"\b(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"dozen|dozens|hundred|hundreds|thousand|thousands|all|every|half)\b")

# A yes/no question put as a claim: "francis maude launched cyber essentials, didn't he?", "geoff connell
# chairs the local cio council yeah", "socitm annual conference 2017 was at villa park?". Everything it
# says is asserted, so everything it names is held to the entry (``_claimed``).
_TAG = TAG_QUESTION
_POLAR_START = re.compile(r"^\W*(?:is|was|are|were|isn'?t|wasn'?t|did|does|do|has|have|had)\b")
# A question word that opens a clause asks something; "...president when the briefing came out" does not.
_WH_ASKED = re.compile(r"(?:^|[?.!,;:\u2013-]\s*|\b(?:and|but|so|also|ok|okay|hi|hey)\s+)(?:what|whats|what's|when|where|"
                       r"who|whos|who's|whom|which|how|why)\b")
_FINITE = re.compile(r"\b(?:is|was|are|were|has|had|[a-z]{3,}ed|chairs|leads|heads|runs|ran|led|built|held|set up|"
                     r"went|came|took|gave|won|got|became)\b")
# Who a claim says held a post: "did john suffolk chair the local cio council", "the local cio council
# is chaired by geoff connell", "hopkirk was socitm president" (a body named before the role).
_ROLE_VERBS = {"chair": "chair", "chairs": "chair", "chaired": "chair", "head": "head", "heads": "head",
               "headed": "head", "lead": "lead", "leads": "lead", "led": "lead"}
_LEADING = "head chief ceo director chair chairman chairwoman president leader lead executive boss".split()
# The body a post is held at: "chair of the local cio council on cyber", "spokesperson for socitm",
# and "the ncsc's chief executive".
_ROLE_AT_BODY = re.compile(r"\b(?:" + "|".join(sorted(_ROLE_WORDS)) + r")\s+(?:of|at|for)\s+(?:the\s+)?"
                           r"((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:on|in|about|at|for|of|when|now|these|today|back|and|or|"
                           r"before|after|during|from|since|until|by|then|currently|is|was|were|are)\b|\s*[?.!,;]|\s*$)")
_BODYS_ROLE = re.compile(r"\b([\w-]+)'s\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(_ROLE_WORDS)) + r")\b")
_NOT_BODY = frozenset("first former new current then last previous founding next overall joint sole only also once "
                      "still really actually definitely".split())
# What a claim says was done by someone ("administered by socitm", "maintained by the nsa", "launched
# with the met police"): the entry must say it was done by them.
_DONE_BY = re.compile(r"\b([a-z]{3,}ed|run|built|made|written|given|led|held|set up|done|taken|paid|sent|won|chosen)"
                      r"\s+(?:by|with|alongside)\s+(?:the\s+)?([a-z0-9][\w'&-]*(?:\s+[a-z0-9][\w'&-]*){0,2})")
# Literal identifiers: an email address, a web address or a phone number is right only as written.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WEB = re.compile(r"(?<![\w@.-])(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:gov\.uk|org\.uk|co\.uk|ac\.uk|nhs\.uk|"
                  r"police\.uk|uk|com|org|net|gov|io|eu)(?:/[\w./%-]*)?)(?![\w-])")
_PHONE = re.compile(r"(?<![\d\u00a3$.,])(?:\+44\s?|0)\d{2,4}(?:[\s-]?\d{3,4}){1,2}(?![\d,])")
_PUBLIC_SUFFIXES = frozenset("gov.uk org.uk co.uk ac.uk nhs.uk police.uk".split())
# An unseen word that a claim puts in the place of who or where ("by the nsa", "at villa park", "dcms
# is responsible") names something when it is rarer than this in English.
CLAIM_NAME_ZIPF = 4.3
_DOER = re.compile(r"\b(?:when|where)\s+(?:did|does|do|has|have|had|will)\s+([a-z][\w'-]+)(?=\s+[a-z])"
                   r"|\b(?:took|take|taking|takes)\s+over\s+from\s+([a-z][\w'-]+)(?:\s+([a-z][\w'-]+))?"
                   r"|\bjoin(?:ed|ing|s)?\s+(?:the\s+)?([a-z][\w'-]+)")
_BODY_NAMED = re.compile(r"\bthe\s+((?:[a-z][\w'-]*\s+){1,3}?)(agency|authority|commission|inspectorate|regulator|"
                         r"ombudsman)\b")
_PLACE_COUNCIL = re.compile(r"\b([a-z][a-z'-]{2,})(?:'s)?\s+(?:(?:city|county|borough|district|metropolitan|town)\s+)?"
                            r"(?:borough\s+)?council\b")
# "was it X who ...", "it was X that ...": the cleft puts the one who did it in X. Its words name them
# unless everyday English ("was it really just the one who"): names run to "michael" (4.9) and "queen".
_CLEFT = re.compile(r"^(?:was|is)\s+it\s+(?!(?:true|right|correct|accurate|the case|so|possible|likely)\b)"
                    r"((?:[\w'.-]+\s+){1,3}?)(?:who|that)\b|^it\s+(?:was|is)\s+((?:[\w'.-]+\s+){1,3}?)(?:who|that)\b")
CLEFT_NAME_ZIPF = 5.0


@dataclass(frozen=True)
class Constraint:
    kind: str        # when: year, year-either, month, day, after, before, which-year, first, next, present;
                     # where and who: place, place-year, councils, name, role, role-of, head-of, sequence,
                     # succession, before-thing, after-thing; how many: figure, count, exact-count, each;
                     # what: detail ("the supplier"), deed ("who spoke"), about ("say about Y"), kind
                     # ("which company"), disclaimed; claims: post, deed-of, done-by, literal; opinion
    value: str = ""  # the year, the place, the counted thing...


@dataclass(frozen=True)
class Verdict:
    ok: bool
    unmet: tuple[Constraint, ...] = ()
    reason: str = ""           # the specific sentence for the reply when not ok

    @property
    def met(self) -> int:
        return 0 if self.unmet else 1


@dataclass
class _EntryFacts:
    text: str                      # lower-case title, answer, phrasings, keywords, event and deadline
    words: frozenset[str]
    years: frozenset[int]
    people: frozenset[str]         # full names of the lexicon's people the entry names
    number_words: frozenset[str]   # canonical words that follow a number ("430 incidents")
    latest: int | None
    tokens: list[str] = field(default_factory=list)      # canonical words in order
    terms: frozenset[str] = frozenset()
    segments: tuple[tuple[str, ...], ...] = ()          # the same, one field or list item at a time
    figures: frozenset[str] = frozenset()                # every number it gives, as digits ("three" -> "3")
    sentences: tuple[str, ...] = ()                      # lower-case, one sentence or list item at a time
    stated: frozenset[str] = frozenset()                 # terms of all but the phrasings (questions it answers)
    stems: frozenset[str] = frozenset()                  # every word's stem, no synonyms
    # What the entry says its sources do not give ("the exact day or venue"): each as the words
    # written, the things (one set of terms per "or"), and any figure it is about ("the £1.3bn").
    disclaimed: tuple[tuple[str, tuple[frozenset[str], ...], frozenset[str]], ...] = ()
    own_text: str = ""             # the text but its sources' titles: what the entry itself says


class Answerability:
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
        self._role_terms = frozenset(self._canonical(w) for w in _ROLE_WORDS | {"executive", "exec"})
        # Words that name things (in titles): "cyber essentials", "the NIS regulations".
        self._thing_words = frozenset(w for e in kb.entries for w in surface_words(e.title) if not is_stopword(w))
        self._titles = " | ".join(e.title for e in kb.entries)
        said = " ".join(" ".join([e.title, e.answer, *e.phrasings, *e.keywords]) for e in kb.entries).lower()
        self._unheard_bodies = frozenset(b.lower() for b in self.lexicon.organisations
                                         if not re.search(r"(?<![\w-])" + re.escape(b.lower()) + r"(?![\w-])", said))
        self._capitals = frozenset(t.lower() for e in kb.entries for t in re.findall(r"\b[A-Z]{2,}\b", e.title + " " + e.answer))
        self._name_parts = frozenset(part for person in self.lexicon.people for part in person.lower().split())
        self._venue_terms = frozenset(self._canonical(w) for w in ("venue", "location", "whereabouts"))
        source_years = [int(s.date[:4]) for e in kb.entries for s in e.sources if s.date[:1].isdigit()]
        self.newest_year = max(source_years, default=0)
        for entry in kb.entries:
            self._facts[entry.id] = self._read(entry)
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
        return {k: v for k, v in self.__dict__.items() if k not in ("_term", "_known", "_canonical", "_sentences_with")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._bind(*self._given)

    # -- what the knowledge base holds ------------------------------------------------------
    def _proper_nouns(self) -> frozenset[str]:
        """Words the knowledge base only ever writes capitalised mid-sentence, and rare in
        English: places, people, organisations ("Hackney", "Connell", "CESG")."""
        capital, lower, acronyms, spread = set(), set(), set(), {}
        for entry in self.kb.entries:
            seen = set()
            for text in (entry.title, entry.answer):
                for sentence in re.split(r"(?<=[.!?:;])\s+|\s+[-\u2013\u2014(]\s*", text):
                    for i, token in enumerate(re.findall(r"[A-Za-z][A-Za-z0-9-]*", sentence)):
                        if token.isupper() and len(token) > 1:
                            acronyms.add(token.lower())
                        # An acronym is a name wherever it stands: "(GCSS)" opens a clause here.
                        if token[0].isupper() and (i > 0 or token.isupper() and len(token) > 1):
                            capital.add(token.lower())
                        elif token[0].islower():
                            lower.add(token.lower())
                        seen.add(token.lower())
            for word in seen:
                spread[word] = spread.get(word, 0) + 1
        # An acronym most entries use (CIO, LGA, DNS) names the topic, not one thing to hold to.
        return frozenset(w for w in capital - lower
                         if len(w) > 2 and w not in _MONTHS_DAYS
                         and (english_zipf(w) < COMMON_ZIPF or w in acronyms)
                         and not (w in acronyms and spread.get(w, 0) > ACRONYM_SPREAD))

    def _read(self, entry: Entry) -> _EntryFacts:
        parts = [entry.title, entry.answer, *entry.phrasings, *entry.keywords,
                 *(s.title for s in entry.sources)]
        if entry.event:
            parts += [entry.event.start.display(), entry.event.end.display() if entry.event.end else "",
                      entry.event.place or ""]
            # "SEC, Glasgow", "King Power Stadium, Leicester": a place that names more than the town
            # gives the venue.
            place = entry.event.place or ""
            if place and any(part.strip() and not self.lexicon.places_in(part.strip().lower())
                             for part in place.split(",")):
                parts.append("venue")
        if entry.deadline:   # the date is the deadline's: "the 31 march 2026 deadline" holds to it
            parts += ["deadline " + entry.deadline.date.display() + " " + entry.deadline.what]
        text = " ".join(parts).lower().replace("\u2019", "'")
        # A source's title names who wrote or who was in the news ("Lindy Cameron to lead NCSC" for
        # an entry on Ciaran Martin): the names and people the entry speaks of are in its own words.
        titles = {s.title for s in entry.sources}
        own_text = " ".join(p for p in parts if p not in titles).lower().replace("\u2019", "'")
        years = frozenset(_years(text))
        people = frozenset(p for p in self.lexicon.people if p.split()[-1].lower() in own_text)
        dated = set(years) | {int(s.date[:4]) for s in entry.sources if s.date[:1].isdigit()}
        words = surface_words(text)
        tokens = [w if w[0].isdigit() else self._canonical(w) for w in words]
        # Each part, and each sentence of it, on its own: a keyword list ("stocktake", "March 2021")
        # puts no year beside a word, nor does the sentence before.
        segments = tuple(tuple(w if w[0].isdigit() else self._canonical(w) for w in surface_words(sentence))
                         for part in parts if part for sentence in _SENTENCE.split(part) if sentence)
        return _EntryFacts(text, frozenset(words), years, people,
                           frozenset(self._counted_words(entry.answer)), max(dated) if dated else None,
                           tokens, frozenset(tokens), segments, frozenset(filter(None, map(_figure, words))),
                           tuple(sentence.lower().replace("\u2019", "'") for part in parts if part
                                 for sentence in _SENTENCE.split(part) if sentence),
                           frozenset(self._canonical(w) for part in parts if part and part not in entry.phrasings
                                     and part not in titles for w in surface_words(part) if not w[0].isdigit()),
                           frozenset(stem(w) for w in words), self._disclaimed(entry.answer), own_text)

    def _disclaimed(self, answer: str) -> tuple:
        """What the answer says its sources do not give: "The sources do not give the exact day or
        venue", "The sources give no further breakdown of the £1.3bn", "No single closing date was found"."""
        found = []
        for match in _DISCLAIMER.finditer(answer):
            said = match.group(1) or match.group(2) or match.group(3)
            shown = said if match.group(1) else f"any {said}" if match.group(2) else f"a {said}"
            head = re.split(r"\s+(?:of|for|about|after|before|in|on|from)\s+", said, maxsplit=1)
            things = tuple(frozenset(self._asked_term(w) for w in surface_words(part)
                                     if not is_stopword(w) and w not in _HEDGES and not w[0].isdigit())
                           for part in re.split(r"\s+(?:or|and)\s+|,\s*", head[0]))
            figures = frozenset(f for w in surface_words(said) if (f := _figure(w)) and not _YEAR.fullmatch(f))
            found.append((shown, tuple(t for t in things if t), figures))
        return tuple(found)

    def _asked_term(self, word: str) -> str:
        """A word as the disclaimer check compares it: a day and a date are one thing, as are a venue and a place."""
        if word in ("day", "days", "date", "dates"):
            return "__day__"
        if word in ("venue", "venues", "location", "locations", "place", "whereabouts"):
            return "__venue__"
        return self._canonical(word)

    def _counted_words(self, answer: str, other_than: str = "") -> set[str]:
        found = set()
        # A year counts nothing ("the 2018 stocktake"), and a number counts only within its sentence.
        for sentence in _SENTENCE.split(answer):
            found |= self._counted_in(surface_words(sentence), other_than)
        return found

    def _counted_in(self, words: list[str], other_than: str = "") -> set[str]:
        found = set()
        for i, word in enumerate(words):
            # "its twentieth Cyber 360": the twentieth of them counts twenty, as "20" would.
            counts = _NUMBER.fullmatch(word) or (word in _ORDINAL_WORDS or _ORDINAL.fullmatch(word)) and _figure(word)
            if counts and not _YEAR.fullmatch(word) and not (other_than and _figure(word) == other_than):
                for follower in words[i + 1:i + 6]:
                    if follower in _RATE:   # "one nominated person per council" counts people, not councils
                        break
                    if _NUMBER.fullmatch(follower):   # "14 principles sit 39 outcomes": 39 counts the outcomes
                        break
                    if not is_stopword(follower):
                        found.add(self._canonical(follower))
        return found

    # -- reading the question ---------------------------------------------------------------
    def constraints(self, question: str) -> list[Constraint]:
        """What ``question`` constrains (remembered per question: a pure reading of its words,
        and the same questions come back; at most MAX_REMEMBERED_QUESTIONS, then it starts over)."""
        found = self._read_questions.get(question)
        if found is None:
            found = tuple(self._constraints(question))
            if len(self._read_questions) >= MAX_REMEMBERED_QUESTIONS:
                self._read_questions.clear()
            self._read_questions[question] = found
        return list(found)

    def _constraints(self, question: str) -> list[Constraint]:
        # "the US strategy": written in capitals, "US" is the country, not "us".
        literals = _literals(question)
        question = plain_dates(_US.sub(" usa ", question))
        text = " ".join(self.lexicon.expand(question.lower().replace("\u2019", "'")).split())
        # "how mcuh was each council given": the words the constraints key on, read as the search reads them.
        text = re.sub(r"[a-z]{4,}", lambda m: (m.group(0) if self._known(m.group(0))
                                              else function_word_slipped(m.group(0)) or m.group(0)), text)
        if literals:    # "0300 123 2050" is a phone number, not the year 2050
            text = " ".join(_PHONE.sub(" ", _WEB.sub(" ", _EMAIL.sub(" ", text))).split())
        found: list[Constraint] = [Constraint("literal", literal) for literal in literals]
        if self.lexicon.asks_opinion(text):
            found.append(Constraint("opinion"))
        directed = {}
        for match in _DIRECTED_YEAR.finditer(text):
            word = match.group(1)
            if word in ("after", "beyond", "post"):
                directed[match.group(2)] = "after"
            elif word in ("before", "pre"):
                directed[match.group(2)] = "before"
        range_ends = {int(m.group(2)) if len(m.group(2)) == 4 else int(m.group(1)[:2] + m.group(2))
                      for m in _YEAR.finditer(text) if m.group(2)}
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
        for year in _years(text):
            if year in spanned:
                continue
            kind = directed.get(str(year), "year")
            # "retired in march 2026": the month dates it (the month constraint holds it), not the words around.
            with_month = any(y == str(year) for _, y in _MONTH_YEAR.findall(text))
            anchors = (" ".join(self._anchors(text, str(year)))
                       if kind == "year" and year not in range_ends and not with_month else "")
            found.append(Constraint(kind, f"{year}|{anchors}" if anchors else str(year)))
        for month, year in _MONTH_YEAR.findall(text):
            full = next(m for m in _MONTHS if m.startswith(month[:3]))
            found.append(Constraint("month", f"{full} {year}"))
        # "launched on 3 november": that day, not the 1st (read before "1st" is expanded to "first").
        for match in _DATE_NUMBER.finditer(question.lower()):
            day = match.group(1) or match.group(2)
            said = re.search(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", match.group(0)).group(0)
            month = next(m for m in _MONTHS if m.startswith(said))
            if 1 <= int(day) <= 31:
                found.append(Constraint("day", f"{int(day)} {month}"))
        if _WHICH_COUNCILS.search(text):
            found.append(Constraint("councils"))
        asked_years = [c.value.partition("|")[0] for c in found if c.kind == "year"]
        for place in self.lexicon.places_in(text):
            found.append(Constraint("place", place))
            if len(asked_years) == 1:   # "cyberuk 2017 in manchester": the place and the year together
                found.append(Constraint("place-year", f"{place}|{asked_years[0]}"))
        words = surface_words(text)
        places = " ".join(c.value for c in found if c.kind == "place")
        for word in dict.fromkeys(words):
            if word in self.names and word not in places:
                found.append(Constraint("name", word))
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
            if said and not any(map(is_stopword, said)) and not self._said_together([*said, match.group(2)]):
                bodies.append(Constraint("name", " ".join([*said, match.group(2)])))
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
        people = [p for p in self.lexicon.people if p.split()[-1].lower() in words]
        # "what did damian green tell the public accounts committee": someone named in full is someone the
        # entry names, however common their surname is in English ("green", "martin", "smith").
        for person in people:
            surname = person.split()[-1].lower()
            if person.lower() in text and Constraint("name", surname) not in found:
                found.append(Constraint("name", surname))
        # A role word that names a body ("the Local CIO Council") is not a role asked about.
        roles = [w for i, w in enumerate(words) if w in _ROLE_WORDS
                 and (i + 1 == len(words) or words[i + 1] not in _BODIES)]
        asks_role = bool(_WHO_ROLE.search(text)) and bool(roles) or (
            people and any(w in ("job", "role", "position", "post") for w in words))
        if asks_role:
            found.append(Constraint("role", " ".join(w for w in words if (w in roles or w in _ROLE_MODIFIERS)
                                                     and w not in ("job", "role", "position"))))
            if _PRESENT.search(text):
                found.append(Constraint("present"))
            # "who is the chair of the ncsc", "the lga's head of cyber", "who speaks for socitm": a post at
            # a body, which the entry must speak of (the Local CIO Council's chair is not the NCSC's).
            held_at = _BODYS_ROLE.search(text) or _ROLE_AT_BODY.search(" ".join(words))
            body = [w for w in surface_words(held_at.group(1)) if not is_stopword(w) and not w[0].isdigit()
                    and w not in _ROLE_WORDS and w not in _ROLE_MODIFIERS and w not in places
                    and not self.lexicon.person_for(w) and self._known(w)] if held_at else []
            if body:
                found.append(Constraint("about", " ".join(body) + "|" + self._written(question, " ".join(body))))
        # "Is Owen Pritchard the head of the NCSC?", "is it true Ian Levy was the NCSC's chief exec",
        # "ian levy was the ncsc's chief exec, right?": the person, the role and the body together.
        if people and (_POLAR.search(text) or _claim(text)):
            surnames = "|".join(re.escape(p.split()[-1].lower()) for p in people)
            roles_said = "|".join(sorted(_ROLE_WORDS))
            of_body = re.search(rf"\b({surnames})\s+(?:(?:is|was|became)\s+)?(?:still\s+)?(?:the\s+)?"
                                rf"(?:[\w'-]+\s+){{0,2}}?({roles_said})\b(?:\s+[\w'-]+)?\s+(?:of|at|for)\s+"
                                rf"(?:the\s+)?([\w'-]+)", text)
            bodys = re.search(rf"\b({surnames})\s+(?:(?:is|was|became)\s+)?(?:still\s+)?(?:the\s+)?([\w-]+)'s\s+"
                              rf"(?:[\w-]+\s+)?({roles_said})\b", text)
            said = (of_body.group(1), of_body.group(3)) if of_body else (bodys.group(1), bodys.group(2)) if bodys else None
            if said and not is_stopword(said[1]):
                asked = " ".join(w for w in words if w in _ROLE_WORDS)
                found.append(Constraint("role-of", f"{said[0]}|{asked}|{said[1]}"))
                if _PRESENT.search(text) and not asks_role:
                    found.append(Constraint("present"))
        # "What's Andy Hopkirk up to these days? still at Socitm?": what a person does now, which an
        # old source cannot say.
        if (people and not asks_role and _PRESENT.search(text) and _DOING_NOW.search(text)
                and not any(c.kind == "present" for c in found)):
            found.append(Constraint("present", people[0]))
        # "Where did Horne work before PwC": before the thing the entry itself says came earlier.
        for match in re.finditer(r"\bbefore\s+(?:the\s+|joining\s+|going to\s+)?([\w'-]+)", text):
            thing = match.group(1)
            if thing in self.names or self.lexicon.places_in(thing):
                found.append(Constraint("before-thing", thing))
        sequence = _SEQUENCE.search(text)
        # "Who replaced Richard Horne?" asks for someone else, with or without a role word.
        if sequence and people and (asks_role or _WHO.search(text)):
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
        if _NEXT.search(text):
            found.append(Constraint("next"))
        # "is the lga self assessment window open right now": a state now, which an old source cannot give.
        if _STATE_NOW.search(text) and not any(c.kind == "present" for c in found):
            found.append(Constraint("state-now"))
        # "Who leads the NCSC now?": someone the entry gives a post at that body, not anyone it names.
        for match in _WHO_HEADS.finditer(text):
            if not is_stopword(match.group(1)):
                found.append(Constraint("head-of", match.group(1)))
        # "What came after the stocktake?": what the entry says followed it, not the stocktake itself.
        for match in _AFTER_THING.finditer(text):
            thing = match.group(1) or match.group(2)
            if not is_stopword(thing):
                found.append(Constraint("after-thing", thing))
        years_said = {str(y) for y in _years(text)} | {m.group(2) for m in _YEAR.finditer(text) if m.group(2)}
        # A number written as a word is a figure to check when it counts a thing ("the four pillars",
        # "five objectives?"), not when it asks to name some ("which two teams", "the other two") or is
        # chat ("budget is literally zero").
        # A number after a label names one of a series ("year 1 and year 2", "phase 2"): it counts nothing.
        # A number before a letter names a mnemonic ("the three S's", "the 4 Ps"): it counts letters, not facts.
        said = [w for i, w in enumerate(words) if (i == 0 or words[i - 1] not in _LABELS)
                and not (i + 1 < len(words) and _MNEMONIC_LETTER.fullmatch(words[i + 1])) and (w[:1].isdigit() or (
            w != "zero" and (i == 0 or words[i - 1] not in ("which", "other", "those", "these"))
            and (words[i + 1] not in _NOT_COUNTED if i + 1 < len(words) else bool(_HOW_MANY.search(text)))))]
        for figure in dict.fromkeys(filter(None, map(_figure, said))):
            if figure not in years_said and not _in_date(text, figure):
                found.append(Constraint("figure", figure))
        found += self._details(text, question)
        asks = {self._asked_term(w) for w in surface_words(text) if not is_stopword(w)}
        asks |= {"__day__"} if _DAY_ASKED.search(text) else set()
        asks |= {"__venue__"} if _WHERE_ASKED.search(text) else set()
        if asks & self._disclaimable:
            asks_figures = {f for w in surface_words(text) if (f := _figure(w))}
            found.append(Constraint("disclaimed", " ".join(sorted(asks)) + "|" + " ".join(sorted(asks_figures))))
        if _WHICH_YEAR.search(text):
            found.append(Constraint("which-year"))
        each = _EACH.search(text)
        if each and not is_stopword(each.group(1)):
            found.append(Constraint("each", each.group(1)))
        for match in _SPLIT_BY.finditer(text):
            if not is_stopword(match.group(1)):
                found.append(Constraint("about", f"{match.group(1)}|{self._written(question, match.group(1))}"))
        for match in _SAID_ABOUT.finditer(text):
            # An acronym the topic opens with is part of it ("the NIS regs"); a name alone is the name's constraint.
            said = [w for w in surface_words(match.group(1)) if not is_stopword(w) and not w[0].isdigit()]
            topic = [w for i, w in enumerate(said) if (w not in self.names or i + 1 < len(said) and w in self._capitals)
                     and not self.lexicon.places_in(w)]
            if topic:
                found.append(Constraint("about", " ".join(topic) + "|" + self._written(question, " ".join(topic))))
        # "what did the county councils network say about ...": whoever said it must be in the entry too.
        # "how much of the 2.6bn goes to councils": the share asked for is that recipient's.
        for match in _SHARE_TO.finditer(text):
            recipient = [w for w in surface_words(match.group(1)) if not is_stopword(w) and not w[0].isdigit()][:3]
            if recipient:
                found.append(Constraint("about", " ".join(recipient) + "|" + self._written(question, " ".join(recipient))))
        for match in _COUNT_SCOPE.finditer(text):
            scope = [w for w in surface_words(match.group(1)) if not is_stopword(w) and not w[0].isdigit()
                     and w not in _MONTHS_DAYS and w not in _GENERIC_DETAILS and w not in self.names
                     and not self.lexicon.places_in(w) and not self.lexicon.person_for(w)
                     and self._known(w)]    # a word no entry uses ("bored" for board) is the search's to weigh
            if scope:
                found.append(Constraint("about", " ".join(scope) + "|" + self._written(question, " ".join(scope))))
        for match in _SAYER.finditer(text):
            sayer = [w for w in surface_words(match.group(1)) if not is_stopword(w) and not w[0].isdigit()]
            if sayer and not any(c.kind == "name" for c in found):
                found.append(Constraint("about", " ".join(sayer) + "|" + self._written(question, " ".join(sayer))))
        count = _HOW_MANY.search(text)
        if count:
            # "how many of the 39 outcomes": the outcomes are counted, not the 39 the question gives.
            # ...up to a preposition: "how many modules in the board toolkit" counts modules, and
            # what follows says where ("bored", typed for "board", is no deed done to them).
            # ...or up to the verb of its clause: "how many incidents did the ncsc support" counts
            # incidents; the NCSC is who supported them.
            counted_words = re.split(r"\b(?:in|on|at|from|for|within|across|inside|did|do|does|have|has|had|"
                                     r"will|would|can|could|should|might|may|must)\b", count.group(1))[0]
            counted = [w for w in surface_words(counted_words) if not is_stopword(w) and not _figure(w)]
            # "how many quid" asks how much: a sum answers it (search holds the entry to one), not a count.
            # "how many of the 39 outcomes": some number other than the 39 the question gives.
            given = re.match(r"of\s+(?:the\s+|those\s+|these\s+|our\s+|its\s+)?(\S+)", count.group(1))
            given = _figure(given.group(1)) if given else None
            if counted and counted[0] not in _MONEY_WORDS:
                found.append(Constraint("count", " ".join(counted[:2]) + (f"|{given}" if given else "")))
                if _EXACTLY.search(text):    # "exactly how many": "half of them" or "all" will not do
                    found.append(Constraint("exact-count", counted[0]))
        claimed = self._claimed(text, question, found)
        bodies = [c for c in dict.fromkeys(bodies) if c not in found and c not in claimed]
        return found + claimed + bodies + self._premises(text)

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
        # in Northern Ireland" (some, many, half of them) does not bear out.
        for match in re.finditer(r"\b(?:all|every|each)\s+(?:(?:of\s+the|the|our)\s+)?(?:[\w'-]+\s+){1,3}?"
                                 r"(?:in|across)\s+(?:the\s+)?([\w' -]+)", text):
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

    def _written(self, question: str, words: str) -> str:
        """``words`` for a reply: as the question wrote them ("NIS regs", "ADASS") when it used
        capitals, else with the capitals our sources give them ("ncsc" -> "NCSC", "barker" -> "Barker")."""
        if words:
            match = re.search(r"(?<!\w)" + r"[\W_]+".join(map(re.escape, words.split())) + r"(?!\w)", question, re.I)
            if match and match.group(0) != match.group(0).lower():
                return match.group(0)
            if len(words.split()) > 1:    # a name our sources write: "Cyber Essentials", not "CYBER essentials"
                written = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)", self._titles, re.I)
                if written and written.group(0) != written.group(0).lower():
                    return written.group(0)
        kept = [w for w in words.split() if not w.endswith("ly")]
        return " ".join(w.upper() if w in self._capitals else w.title() if w in self._name_parts else w
                        for w in kept) or "they"

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
        for match in _WHICH_VENUE.finditer(text):
            asked.append(("detail", match.group(1), match.group(1)))
        for match in _DETAIL_NAMED.finditer(text):
            asked.append(("detail", match.group(1), f"{match.group(1)} {match.group(2)}"))
        asked_words = " ".join(sorted({w for w in surface_words(text) if not is_stopword(w)}))
        kinds: list[Constraint] = []    # after the deed: "which minister signed it off" says more
        for match in _WHO_DID.finditer(text):
            verb = match.group(1)
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
            asked.append(("deed", verb, f"who {verb}" + (" it" if done_to else "")))
            # "who built it", "who runs it now": someone who did it, named, and not the thing itself.
            if verb in _IRREGULAR_PAST.values() or verb in _AGENT_VERBS or (verb.endswith("ed") and len(verb) > 4):
                kinds.append(Constraint("kind", f"agent||{verb}|{match.group(0)} it|{asked_words}"))
        for match in _WHO_GAVE_THE.finditer(text):
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
            at += 1     # "when did it start": a pronoun is the one who did it, as "the NCSC" is
            while at < len(words) and (words[at] in self.names or self.lexicon.person_for(words[at])
                                       or self.lexicon.places_in(words[at]) or words[at].endswith("ly")):
                at += 1
            if at < len(words) and not words[at][0].isdigit():
                who = words[0] if words[0] in _PRONOUNS else self._written(question, " ".join(words[:at]))
                asking = match.group(0).split()
                done = _past(words[at]) if "did" in asking[:2] else words[at]
                # "when did cyber essentials launch" may read "essentials" as the deed: a word that names
                # a thing is said as a thing the entry does not mention.
                # ("did Francis Maude launch ..." puts a verb after the person, whatever titles make of it)
                thing = match not in put_to_us and (words[at] in self._thing_words or re.search(r"[^su]s$", words[at]))
                asked.append(("deed", words[at], f"about:{self._written(question, words[at])}"
                              if thing else f"when {who} {done}" if asking[0] == "when" else f"that {who} {done}"))
                if match in put_to_us:
                    # "did Francis Maude launch Cyber Essentials?": what they did it to is the entry's too.
                    done_to = [w for w in words[at + 1:at + 6] if not is_stopword(w) and not w[0].isdigit()
                               and w not in self.names and not self.lexicon.places_in(w)][:3]
                    if done_to:
                        objects.append(Constraint("about", " ".join(done_to) + "|"
                                                  + self._written(question, " ".join(done_to))))
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
            shown = self._written(question, " ".join([*sort, noun]))
            kinds.append(Constraint("kind", f"{_KINDS[noun]}|{' '.join(sort)}|{noun}|{shown}|{asked_words}"))
            # "which company built web check": the deed is the entry's to state, as in "who built".
            if past and verb not in _GENERIC_DETAILS and not is_stopword(verb):
                asked.append(("deed", verb, f"which {shown} {verb} it" + (f" {particle}" if particle else "")))
        for match in _WHAT_DID.finditer(text):
            aux, subject, verb = match.group(1), " ".join(match.group(2).split()), match.group(3)
            if subject.split()[-1] in _DETERMINERS:   # "spend the money on": "money" is no deed
                continue
            done = _past(verb) if aux == "did" else f"{aux} {verb}" if aux in ("has", "have", "had", "will") else verb
            subject = " ".join(w for w in subject.split() if not w.endswith("ly"))
            asked.append(("deed", verb, f"what {self._written(question, subject)} {done}"))
        # "What was the venue of CYBERUK 2022?": the town it was held in answers that; "CYBERUK 2017
        # Liverpool - venue?" already has the town and asks for more, and "venue name?" for a name.
        town_will_do = "" if self.lexicon.places_in(text) else "|town"
        return objects + list(dict.fromkeys(
            Constraint(kind, f"{word}|{shown}" + (town_will_do if self._term(word) in self._venue_terms
                                                  and not shown.endswith(" name") else ""))
            for kind, word, shown in asked
            if len(word) > 2 and not is_stopword(word) and word not in _GENERIC_DETAILS and word not in _ROLE_WORDS
            and word not in self.names and not self.lexicon.places_in(word) and not self.lexicon.person_for(word))) + kinds

    def _anchors(self, text: str, year: str) -> list[str]:
        """The words next to a year in the question: "the 2021 stocktake" -> ["stocktake"]."""
        # Within its own sentence: "how much was behind it? the 2016-21 strategy" puts "strategy",
        # not "behind", beside 2016.
        clause = next((part for part in re.split(r"[?!;]+|\.\s", text) if year in part), text)
        words = surface_words(clause)
        found = []
        for i, word in enumerate(words):
            if word == year:
                near = [w for w in words[max(0, i - 3):i] + words[i + 1:i + 4]
                        if not is_stopword(w) and not w[0].isdigit() and w not in _MONTHS_DAYS
                        and w not in ("cyber", "security", "uk", "national") and w not in _ASKED_OF
                        and english_zipf(w) < ANCHOR_ZIPF]
                found += [t for t in (self._known(w) for w in near[:2] + near[-2:]) if t]
        return list(dict.fromkeys(found))

    def _claimed(self, text: str, question: str, found: list[Constraint]) -> list[Constraint]:
        """What a yes/no question put as a claim asserts: who held a post ("did john suffolk chair the
        local cio council", "hopkirk was socitm president"), what a person did when the claim is a
        statement ("francis maude launched cyber essentials, didn't he?"), who did something
        ("administered by socitm") and the unseen names it puts where who or where goes ("by the nsa",
        "at villa park"). Each is something the entry must say, not merely be near."""
        claim = _claim(text)
        if claim is None:
            return []
        out: list[Constraint] = []
        words = surface_words(claim)
        people = [p for p in self.lexicon.people if p.split()[-1].lower() in words]
        if people:
            out += self._posts(claim, question, people)
            # "francis maude launched cyber essentials, didn't he?" asks "did francis maude launch it?"
            surnames = "|".join(re.escape(p.split()[-1].lower()) for p in people)
            deed = re.search(rf"\b({surnames})\s+(?:(?:also|actually|first|originally|personally|officially)\s+)?"
                             rf"([a-z]+)\b", claim)
            verb = deed.group(2) if deed else ""
            past = verb.endswith("ed") or verb in _IRREGULAR_PAST.values()
            if past and not _POLAR_START.search(claim):
                out += [c for c in self._details("did " + claim, question) if c.kind in ("deed", "about")]
            # ...and the entry must say that they did it: "Francis Maude announced CiSP", not an
            # entry on the NCSC's opening that names Lindy Cameron as a later chief executive.
            if (past or re.match(r"(?:did|does|has|had)\b", claim)) and len(verb) > 2 and not is_stopword(verb) \
                    and verb not in _GENERIC_DETAILS and verb not in _ROLE_VERBS:
                person = self.lexicon.person_for(deed.group(1)) or deed.group(1).title()
                out.append(Constraint("deed-of", f"{deed.group(1)}|{verb}|{person} {_past(verb)}"))
        for match in _DONE_BY.finditer(claim):
            agent = []
            for word in match.group(2).split():
                if is_stopword(word) or _TAG.fullmatch(word):
                    break
                agent.append(word.removesuffix("'s"))
            if agent and any(self._known(w) or 0 < english_zipf(w) < CLAIM_NAME_ZIPF for w in agent):
                agent = [w for w in agent if self._known(w) or english_zipf(w) < CLAIM_NAME_ZIPF]
                shown = f"it was {match.group(0).split()[0]} {match.group(0).split()[1]} {self._named(question, ' '.join(agent))}"
                out.append(Constraint("done-by", f"{match.group(1)}|{' '.join(agent)}|{shown}"))
        out += self._agent_deeds(claim, question)
        # "2016 strat was £2.6bn yeah?": a claim binds its sum to its year, and the entry must say them together.
        years = [c.value.partition("|")[0] for c in found if c.kind == "year"]
        if len(years) == 1:
            out += [Constraint("figure-year", f"{c.value}|{years[0]}") for c in found if c.kind == "figure"]
        # An unseen word where who or where goes: "by the nsa", "at villa park", "dcms is responsible",
        # "did theresa may announce it".
        # ...and "in" ("the 2017 conference was in solihull?", "was there a summit in swindon in 2017")
        slots = [w for m in re.finditer(r"\b(?:at|by|in)\s+(?:the\s+)?([\w'-]+)(?:\s+([\w'-]+))?", claim)
                 for w in m.groups() if w]
        slots += re.findall(r"([\w'-]+)\s+(?:is|was|are|were)\b", claim)
        slots += re.findall(r"^(?:did|does|is|was|has|had)\s+(?:the\s+)?([\w'-]+)", claim)
        named = {c.value for c in found if c.kind in ("name", "place")}
        for word in dict.fromkeys(w.removesuffix("'s") for w in slots):
            if (len(word) > 2 and not word[0].isdigit() and not is_stopword(word) and word not in named
                    and self._known(word) is None and 0 < english_zipf(word) < CLAIM_NAME_ZIPF
                    and not self.lexicon.places_in(word) and not _TAG.fullmatch(word)):
                out.append(Constraint("name", word))
        # "was it michael gove who opened the ncsc?", "it was connell who called it seed money": whoever
        # the claim says did it, known to us or not, is someone the entry names.
        cleft = _CLEFT.search(claim)
        if cleft:
            for word in surface_words(cleft.group(1) or cleft.group(2)):
                if (len(word) > 1 and not word[0].isdigit() and not is_stopword(word) and not word.endswith("ly")
                        and word not in named and word not in self.lexicon.filler
                        and english_zipf(word) < CLEFT_NAME_ZIPF and not self.lexicon.places_in(word)):
                    out.append(Constraint("name", word))
        return [c for c in dict.fromkeys(out) if c not in found]

    def _agent_deeds(self, claim: str, question: str) -> list[Constraint]:
        """Who a claim says did what to what: "RAND Europe runs the LGA's self-assessment tool",
        "does the LGA run web check". The one named and the thing done must be in one sentence of
        the entry: "the stocktake ..., run by RAND Europe" says nothing of RAND and the tool."""
        polar = bool(re.match(r"(?:did|has|had)\b", claim))   # "does it scan": how things are, not a deed
        words = surface_words(claim)
        at = 1 if polar else 0
        while at < len(words) and words[at] in ("the", "that"):
            at += 1
        start = at
        # Who a claim opens with: a name our sources write, or a word of theirs English hardly knows ("socitm").
        while at < len(words) and (words[at].removesuffix("'s") in self.names or self.lexicon.places_in(words[at])
                                   or self.lexicon.aliases.get(words[at]) or words[at] in self._capitals
                                   or self._known(words[at]) and english_zipf(words[at]) < 1.5):
            at += 1
        if at == start and at + 1 < len(words) and self._known(words[at]) and not is_stopword(words[at]):
            at += 1     # "the queen opened the stocktake": one word of ours, then what it did
        agent = words[start:at]
        if not agent or at >= len(words) or any(self.lexicon.person_for(w) for w in agent):
            return []    # a person's deeds are ``deed-of``'s
        verb = words[at]
        if not (verb in _AGENT_VERBS or verb in _IRREGULAR_PAST.values() or (verb.endswith("ed") and len(verb) > 4)
                or polar and not is_stopword(verb) and verb not in _GENERIC_DETAILS):
            return []
        if re.search(r"\b(?:what|which|who|whom|whose|when|where|how|why)\b", " ".join(words[at + 1:])):
            return []    # "socitm found what share of councils ...": a question in a statement's order
        done_to = []
        for word in words[at + 1:at + 8]:
            if word in ("in", "on", "at", "by", "for", "from", "since", "until", "when", "back") or _TAG.fullmatch(word):
                break
            word = word.removesuffix("'s")
            if not is_stopword(word) and not word[0].isdigit() and word not in agent and self._known(word):
                done_to.append(word)
        if not done_to:
            return []
        # As the question put it: "RAND Europe runs the LGA's cyber self-assessment tool".
        said = re.search(r"(?<!\w)" + re.escape(agent[0]) + r"(?!\w).*?(?<!\w)" + re.escape(done_to[-1]) + r"(?!\w)",
                         question.replace("\u2019", "'"), re.I)
        shown = said.group(0) if said else f"{self._named(question, ' '.join(agent))} {verb} {' '.join(done_to)}"
        if polar:
            # "did the queen launch web check?" may be answered "no, she opened the NCSC" only by an entry that
            # speaks of web check at all ("does the ncsc regulate councils?": "it has no regulatory role").
            return [Constraint("about", f"{' '.join(done_to)}|{self._written(question, ' '.join(done_to))}")]
        return [Constraint("agent-of", f"{' '.join(agent)}|{' '.join(done_to)}|{shown}")]

    def _posts(self, claim: str, question: str, people: list[str]) -> list[Constraint]:
        """Who a claim says held a post, as "surname|role terms|body|what the claim says"."""
        surnames = "|".join(re.escape(p.split()[-1].lower()) for p in people)
        verbs = "|".join(_ROLE_VERBS)
        said: list[tuple[str, str, str, str]] = []     # surname, role asked, body, how it was put
        for m in re.finditer(rf"\b({surnames})\s+(?:(?:still|also|once|then|actually|used to)\s+)?({verbs})\s+(.+)", claim):
            said.append((m.group(1), _ROLE_VERBS[m.group(2)], self._body(m.group(3)), ""))
        # "the lcioc is chaired by X", "is the lcioc chaired by X"
        for m in re.finditer(rf"^(?:(?:is|was)\s+)?(.+?)\s+(?:(?:is|was|are|were)\s+)?(?:still\s+|currently\s+)?"
                             rf"(chaired|headed|led)\s+by\s+"
                             rf"(?:[\w'-]+\s+)?({surnames})\b", claim):
            said.append((m.group(3), _ROLE_VERBS[m.group(2)], self._body(m.group(1)), ""))
        roles = "|".join(sorted(_ROLE_WORDS))
        for m in re.finditer(rf"\b({surnames})\s+(?:(?:is|was|were|became)\s+)?(?:(?:still|also|once|then|actually)\s+)?"
                             rf"(?:the\s+)?((?:[\w'&-]+\s+){{1,3}}?)({roles})(?:\s+({roles}))?\b", claim):
            adjunct = [w.removesuffix("'s") for w in m.group(2).split()]
            if not any(is_stopword(w) or w in _ROLE_WORDS or w in _ROLE_MODIFIERS or w in _NOT_BODY
                       or w[0].isdigit() for w in adjunct):
                noun = " ".join(filter(None, m.group(3, 4)))     # "chief executive": both words
                said.append((m.group(1), noun, " ".join(adjunct), noun))
        found = []
        for surname, role, body, noun in said:
            if not body:
                continue
            asked = ["+".join(role.split())] if noun or role == "chair" else _LEADING
            person = self.lexicon.person_for(surname) or surname.title()
            named = self._named(question, body)
            done = {"chair": "chaired", "head": "headed", "lead": "led"}.get(role, role)
            shown = (f"{person} was {named} {noun}" if noun else
                     f"{person} {done} {'the ' if ' ' in body else ''}{named}")
            terms = " ".join(dict.fromkeys("+".join(map(self._canonical, w.split("+"))) for w in asked))
            found.append(Constraint("post", f"{surname}|{terms}|{body}|{shown}"))
        return found

    @staticmethod
    def _body(words: str) -> str:
        """The body a post is of: "the local cio council at the time" -> "local cio council"."""
        kept = []
        for word in surface_words(re.sub(r"^\s*the\s+", "", words))[:4]:
            if is_stopword(word) or word[0].isdigit() or _TAG.fullmatch(word):
                break
            kept.append(word)
        return " ".join(kept)

    def _named(self, question: str, words: str) -> str:
        """``words`` as the question or our titles write them ("socitm" -> "Socitm")."""
        written = self._written(question, words)
        if written == words:
            match = re.search(r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)", self._titles, re.I)
            # else an acronym ("nsa", "dcms": short and rare as a word) in capitals, a name in title case
            return match.group(0) if match else (
                words.upper() if len(words) <= 4 and english_zipf(words) < COMMON_ZIPF + 0.5 else words.title())
        return written

    # -- checking an entry ------------------------------------------------------------------
    def check(self, question: str, entry: Entry, constraints: list[Constraint] | None = None) -> Verdict:
        if constraints is None:
            constraints = self.constraints(question)
        facts = self._facts.get(entry.id) or self._read(entry)
        unmet = tuple(c for c in constraints if not self._meets(c, entry, facts))
        if not unmet:
            return Verdict(True)
        # A subject missing that holds a missing name says more of it: "nothing about NIS regs", not "NIS".
        said = next((c for c in unmet if c.kind == "about" and unmet[0].kind == "name"
                     and unmet[0].value in c.value.partition("|")[0].split()), unmet[0])
        return Verdict(False, unmet, self._reason(said, entry, facts))

    def _meets(self, c: Constraint, entry: Entry, facts: _EntryFacts) -> bool:
        if c.kind == "opinion":
            return False
        if c.kind == "year":
            year, _, anchors = c.value.partition("|")
            # "I don't have any dates for CYBERUK after 2022": a known gap after a year speaks for each year after it.
            if entry.unknown and any(int(year) > int(y) for y in _GAP_AFTER.findall(entry.answer)):
                return True
            if int(year) not in facts.years:
                return False
            return not anchors or self._year_near(facts, year, anchors.split())
        if c.kind == "year-either":
            return any(int(year) in facts.years for year in c.value.split())
        if c.kind == "month":
            return c.value in facts.text
        if c.kind == "day":
            day, month = c.value.split()
            return entry.unknown or bool(re.search(
                rf"\b0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month[:3]}|\b{month[:3]}[a-z]*\.?\s+0?{day}(?:st|nd|rd|th)?\b",
                facts.text))
        if c.kind == "after":
            return any(y > int(c.value) for y in facts.years)
        if c.kind == "before":
            return any(y < int(c.value) for y in facts.years)
        if c.kind in ("place", "name"):
            names = (c.value, *self.lexicon.aliases.get(c.value, ()))
            # A place is matched as the whole place the text names: "Ireland" is not "Northern Ireland".
            said = set(self.lexicon.places_in(facts.text)) if c.kind == "place" else set()
            text = facts.own_text if c.kind == "name" else facts.text
            return any(n in said if c.kind == "place" and self.lexicon.places_in(n) == [n] else
                       re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text) for n in names)
        if c.kind == "figure-year":
            figure, _, year = c.value.partition("|")
            return entry.unknown or any(
                int(year) in _years(sentence) and figure in {_figure(w) for w in surface_words(sentence)}
                for sentence in _SENTENCE.split(entry.answer))
        if c.kind == "only-place":     # "only in Cheltenham": the entry names no other place
            return not [p for p in self.lexicon.places_in(entry.answer.lower(), countries=False) if p != c.value]
        if c.kind == "all-place":      # "all councils in Wales": the entry does not say only some there
            return not re.search(r"\b(?:most|some|many|several|few|half|part|majority|minority|not\s+all)\b"
                                 r"(?:\s+[\w'-]+){0,4}?\s+(?:in|across)\s+(?:the\s+)?" + re.escape(c.value) + r"\b",
                                 entry.answer.lower())
        if c.kind == "not-place":      # "not in London": the entry does not put it there
            return c.value not in self.lexicon.places_in(entry.answer.lower(), countries=False)
        if c.kind == "figure" and not entry.unknown:
            return c.value in facts.figures
        if entry.unknown and c.kind != "about":   # a known gap speaks to the kind of question, not to a
            return True                            # figure; but a gap about councils is none about the NCSC
        if c.kind == "which-year":
            return bool(facts.years)
        if c.kind == "each":
            asked = self._term(c.value)
            # "£750,000 each to six councils", "£5,000 per council", "a council": a sum for each one
            return any(self._term(m.group(2)) == asked if m.group(2) and not is_stopword(m.group(2))
                       else m.group(1) in ("each", "apiece") for m in _EACH_GIVEN.finditer(entry.answer.lower()))
        if c.kind in ("detail", "deed"):
            # In its own words or a synonym; a synonym of a word only its phrasings use ("location"
            # for "venue") is the curator's question, not something the entry states.
            word, shown, town = (c.value.split("|") + [""])[:3]
            return (self._term(word) in facts.stated or stem(word) in facts.stems
                    or bool(town and self.lexicon.places_in(facts.text)))
        if c.kind == "kind":
            return self._names_a_kind(c, entry, facts)
        if c.kind == "disclaimed":
            return self._disclaims(c, facts) is None
        if c.kind == "about":
            return all(self._term(w) in facts.terms for w in c.value.partition("|")[0].split())
        if c.kind == "place-year":
            place, _, year = c.value.partition("|")
            names = (place, *self.lexicon.aliases.get(place, ()))
            # In the same clause: "Lincolnshire (ransomware, 2016), Redcar and Hackney (2020)" is
            # one sentence, and Redcar's year is 2020.
            return any(year in clause and any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", clause)
                                              for n in names)
                       for sentence in facts.sentences for clause in re.split(r"[);]", sentence))
        if c.kind == "councils":
            return bool(self.lexicon.places_in(facts.text, countries=False))
        if c.kind == "role":
            return any(self._role_of(facts, person, c.value.split()) for person in facts.people)
        if c.kind == "before-thing":
            return not re.search(rf"\b(?:formerly|previously|earlier|before that|prior to that)\s+(?:[^.,;()]+\s+)?"
                                 rf"{re.escape(c.value)}\b", facts.text)
        if c.kind == "role-of":
            surname, roles, body = c.value.split("|")
            # "chief executive" is one role of two words, not a chief or an executive
            return self._holds_post(facts, surname, {"+".join(self._canonical(w) for w in roles.split())}, body)
        if c.kind == "literal":
            return entry.unknown or c.value.partition("|")[0] in _literal_text(entry, facts)
        if c.kind == "post":
            surname, asked, body, _ = c.value.split("|")
            return self._holds_post(facts, surname, set(asked.split()), body)
        if c.kind == "done-by":
            return self._done_by(entry, *c.value.split("|")[:2])
        if c.kind == "agent-of":
            agent, done_to, _ = c.value.split("|")
            return self._agent_with(entry, agent, done_to.split())
        if c.kind == "deed-of":
            surname, verb, _ = c.value.split("|")
            forms = {stem(verb), stem(_past(verb)), *(stem(base) for base, done in _IRREGULAR_PAST.items() if done == verb)}
            named = False     # "Dylan Roberts ... He joined Leeds City Council in 2003": he is the one named
            for words in (surface_words(s) for s in _SENTENCE.split(f"{entry.title}. {entry.answer}")):
                if forms & {stem(w) for w in words} and (surname in words or named and {"he", "she", "they"} & set(words)):
                    return True
                named = named or surname in words
            return False
        if c.kind == "sequence":
            direction, _, names = c.value.partition("|")
            asked = names.split(";")
            return bool(facts.people - set(asked)) and any(
                self._in_sequence(facts.text, person.split()[-1].lower(), direction) for person in asked)
        if c.kind == "succession":
            later, earlier = (p.split()[-1].lower() for p in c.value.split(";"))
            return bool(re.search(rf"\b{later}\b[^.]{{0,80}}?\b(?:succeeded|succeeding|replaced|replacing|took over "
                                  rf"from|followed)\s+(?:[\w.'-]+\s+){{0,2}}?{earlier}\b|\b{earlier}\b[^.]{{0,80}}?\b"
                                  rf"(?:was|were) (?:succeeded|replaced) by\s+(?:[\w.'-]+\s+){{0,2}}?{later}\b", facts.text))
        if c.kind in ("present", "state-now"):
            return facts.latest is None or facts.latest >= self.newest_year - STALE_YEARS
        if c.kind == "first":
            return bool(_FIRST_CUES.search(facts.text))
        if c.kind == "next":
            return bool(_NEXT_CUES.search(facts.text))
        if c.kind == "head-of":
            bodies = [{self._term(w) for w in surface_words(n)} for n in (c.value, *self.lexicon.aliases.get(c.value, ()))]
            surnames = {self._canonical(p.split()[-1].lower()) for p in facts.people}
            return any(any(b <= set(segment) for b in bodies) and surnames & set(segment)
                       and any(t in self._role_terms for t in segment) for segment in facts.segments)
        if c.kind == "after-thing":
            thing = re.escape(stem(c.value))
            return bool(re.search(rf"\b(?:following|after|followed|since|subsequently|then|successor to|replaced|replacing|replaces|superseded|succeeded)\s+(?:the\s+|its\s+|this\s+|that\s+)?"
                                  rf"(?:[\w'-]+\s+){{0,3}}?{thing}\w*|\b{thing}\w*\b[^.]{{0,60}}?\b(?:was|were) followed by",
                                  facts.text))
        if c.kind == "exact-count":
            return self._term(c.value) in {w for sentence in _SENTENCE.split(entry.answer)
                                           for w in self._counted_in([x for x in surface_words(sentence)
                                                                      if x not in _ROUGH_COUNTS])}
        if c.kind == "count":
            things, _, given = c.value.partition("|")
            counted = surface_words(things)
            numbered = self._counted_words(entry.answer, given) if given else facts.number_words
            if not counted or self._term(counted[0]) not in numbered:
                return False
            # "how many councils completed it": what was done to them must be in the entry too.
            done = [w for w in counted[1:] if w.endswith("ed")]
            return all(self._term(w) in facts.terms for w in done)
        return True

    @staticmethod
    def _disclaims(c: Constraint, facts: _EntryFacts) -> str | None:
        """What the entry says it lacks that the question asks ("the exact day or venue"), if anything."""
        asks, _, figures = c.value.partition("|")
        asks, figures = set(asks.split()), set(figures.split())
        for shown, things, about in facts.disclaimed:
            if any(thing <= asks for thing in things) and about <= figures:
                return shown
        return None

    def _names_a_kind(self, c: Constraint, entry: Entry, facts: _EntryFacts) -> bool:
        """Does the entry name one of the kind of thing asked for ("which company", "which ransomware
        group"), other than what the question itself names? A sort of it written out ("the Local CIO
        Council" for "which cio council", "the intelligence agency GCHQ") names one too."""
        kind, sort, noun, _, asked = c.value.split("|")
        asked = set(asked.split())
        if sort and re.search(r"(?<![\w-])" + re.escape(sort) + r"\s+" + re.escape(noun[:4]), facts.text):
            return True
        answer = entry.answer
        if kind == "address":
            return bool(_ADDRESS.search(answer)) or bool(sort) and f"{sort} address" in facts.text
        if kind == "council":
            return bool(self.lexicon.places_in(answer.lower(), countries=False))
        if kind == "person" and noun.removesuffix("s") in _POST_KINDS:
            # "which minister", "which MP": a person the entry gives that post ("Cabinet Office minister
            # David Lidington"), not anyone it names ("which mp chaired the PAC" is not Ciaran Martin).
            return any(self._role_of(facts, person, [noun.removesuffix("s")]) for person in facts.people)
        if kind == "person":
            return bool(_TITLED.search(answer)) or any(p.split()[-1].lower() in answer.lower() for p in self.lexicon.people)
        if kind == "agent" and (_TITLED.search(answer) or any(   # a person, other than one the question names
                p.split()[-1].lower() in answer.lower() and not asked & set(p.lower().split())
                for p in self.lexicon.people)):
            return True
        for name in _proper_names(answer):   # an organisation: any name that is not a place's or a council's
            words = surface_words(name)
            if all(w in _MONTHS_DAYS for w in words):
                continue
            if asked & set(words):   # the thing asked about, or a name the question gives...
                # ...unless the answer says it did the very deed asked: "who built the lga self assessment
                # tool" is answered by "the LGA built an online ... tool".
                if kind == "agent" and self._did_the_deed(name, noun, answer):
                    return True
                continue
            if kind == "agent":
                # Named as the one who did something or whose it is: "built by Nominet", "RAND Europe carried
                # out ...", "the NCSC's 10 Steps";
                # a service it lists beside the thing ("Web Check, Mail Check") did nothing.
                written = r"\W+".join(map(re.escape, name.split()))
                if name.endswith(("'s", "\u2019s")):     # whose it is: "the NCSC's 10 Steps"
                    return True
                if re.search(rf"\bby\s+(?:the\s+)?(?:[\w'-]+\s+(?:and|with)\s+(?:the\s+)?)?{written}\b|"
                             rf"\b{written}(?:\s*\([^)]*\))?\s+(?:\w+ly\s+)?{_DID_IT}", answer):
                    return True
            elif not all(w in _COUNCIL_WORDS or self.lexicon.places_in(w) or w in _MONTHS_DAYS for w in words):
                return True
        return False

    def _did_the_deed(self, name: str, verb: str, answer: str) -> bool:
        """Does ``answer`` say ``name`` did ``verb`` ("the LGA built", "built by the LGA")?"""
        written = r"\W+".join(map(re.escape, name.split()))
        said = [m.group(1) for m in re.finditer(rf"\b{written}(?:\s*\([^)]*\))?\s+(?:\w+ly\s+)?([a-z]\w*)", answer)]
        said += [m.group(1) for m in re.finditer(rf"\b([a-z]\w*)\s+by\s+(?:the\s+)?{written}\b", answer)]
        return any(self._term(w) == self._term(verb) or stem(w) == stem(verb) for w in said)

    def _holds_post(self, facts: "_EntryFacts", surname: str, asked: set[str], body: str) -> bool:
        """Does the entry make ``surname`` one of the ``asked`` roles (search terms, "chief+execut" for
        a role of two words) of ``body``?

        In one sentence, with the role written nearest the person: "Owen Pritchard ... the LGA's
        Head of Cyber" does not make him head of the NCSC, nor "the NCSC's chief executive Ciaran
        Martin, with Ian Levy as technical director" Levy its chief."""
        surname = self._canonical(surname)
        bodies = [{self._term(w) for w in surface_words(n)} for n in (body, *self.lexicon.aliases.get(body, ()))]
        for segment in facts.segments:
            if surname not in segment or not any(b <= set(segment) for b in bodies):
                continue
            at = segment.index(surname)
            # Nearest first; of two as near, the one after the name ("Ciaran Martin, its first chief
            # executive, with Ian Levy as technical director": Levy is the director).
            near = sorted((abs(i - at), i < at, i, t) for i, t in enumerate(segment) if t in self._role_terms)
            if not near:
                continue
            # "chief+execut": the nearest role word is a word of it, written with the rest
            _, _, i, nearest = near[0]
            for role in asked:
                parts = role.split("+")
                starts = [i] if parts[0] == nearest else [j for j in range(max(0, i - 2), i)
                                                         if segment[j] == parts[0] and nearest in parts[1:]]
                if any(set(parts[1:]) <= set(segment[j + 1:j + 3]) for j in starts):
                    return True
        return False

    def _done_by(self, entry: Entry, verb: str, agent: str) -> bool:
        """Does the entry say it was ``verb`` by ``agent`` ("administered by the LGA")? Where the
        entry uses the verb, the agent must be in a sentence that does; where it never does (its
        own word for it), the agent must be named by what it says, not only by its sources' titles."""
        names = [agent, *self.lexicon.aliases.get(agent, ())]
        names += [short for short, long in self.lexicon.aliases.items() if agent in long]
        said = [set(map(self._canonical, surface_words(sentence)))
                for sentence in _SENTENCE.split(f"{entry.title}. {entry.answer}")]
        wanted = [{self._term(w) for w in surface_words(n)} for n in names]
        done = self._canonical(verb)
        with_deed = [sentence for sentence in said if done in sentence] or [set().union(*said)]
        return any(w <= sentence for w in wanted for sentence in with_deed)

    def _agent_with(self, entry: Entry, agent: str, done_to: list[str]) -> bool:
        """Does one sentence of the entry name ``agent`` and what it did it to (the title names
        the entry's own subject for every sentence)?"""
        names = [agent, *self.lexicon.aliases.get(agent, ())]
        names += [short for short, long in self.lexicon.aliases.items() if agent in long]
        wanted = [{self._term(w) for w in surface_words(n)} for n in names]
        title = set(map(self._canonical, surface_words(entry.title)))
        things = {self._term(w) for w in done_to}
        for sentence in _SENTENCE.split(entry.answer):
            said = set(map(self._canonical, surface_words(sentence)))
            if any(w <= said for w in wanted) and things <= said | title:
                return True
        return False

    @staticmethod
    def _in_sequence(text: str, surname: str, direction: str) -> bool:
        """Does ``text`` name who came ``direction`` ("after" or "before") the person ``surname``?

        "Lindy Cameron succeeded Ciaran Martin" names who came after Martin, and before Cameron;
        "Earlier chief executives were Ciaran Martin and Lindy Cameron" names who came before."""
        name = re.escape(surname)
        if direction == "after":
            return bool(re.search(rf"\b(?:succeeded|succeeding|replaced|replacing|took over from|after|following)\s+"
                                  rf"(?:[\w.'-]+\s+){{0,3}}?{name}\b|\b{name}\b[^.]{{0,80}}?\b(?:was|were) "
                                  rf"(?:succeeded|replaced) by|\b{name}(?:'s)? successor|"
                                  rf"\b(?:earlier|previous|former) (?:chief executives?|heads?|chairs?|presidents?|directors?|"
                                  rf"leaders?|holders?) (?:were|was|included)\b[^.]{{0,120}}?\b{name}\b|"
                                  rf"\b{name}\b(?!(?:'s)?\s+(?:succeeded|replaced|took over))[^.]{{0,160}}?\b(?:succeeded|replaced) (?:him|her)\b",
                                  text))
        return bool(re.search(rf"\b{name}\b[^.]{{0,80}}?\b(?:succeeded|succeeding|replaced|replacing|took over from)"
                              rf"\s+(?!him\b|her\b)\w|\b(?:earlier|previous|preceding) (?:chief executives?|heads?|chairs?|presidents?|"
                              rf"directors?|leaders?|holders?)\b|\bpredecessors?\b"
                              rf"|\b{name}(?:'s)? predecessor", text))

    def _role_of(self, facts: "_EntryFacts", person: str, roles: list[str]) -> bool:
        """Does the entry give ``person`` every role word asked ("technical director"), close by?"""
        surname = self._canonical(person.split()[-1].lower())
        wanted = {self._canonical(w) for w in roles}
        # A minister is one by their post's title too: "Chancellor of the Duchy of Lancaster Steve Barclay",
        # "Secretary of State for Digital", "Paymaster General" are ministerial posts.
        minister = self._canonical("minister")
        tokens = facts.tokens
        for i, token in enumerate(tokens):
            if token != surname:
                continue
            near = tokens[max(0, i - ROLE_WINDOW):i + ROLE_WINDOW + 1]
            if wanted <= set(near):
                return True
            if minister in wanted and wanted - {minister} <= set(near) and self._ministerial(near):
                return True
        return False

    def _ministerial(self, tokens: list[str]) -> bool:
        said = " ".join(tokens)
        return any(" ".join(self._canonical(w) for w in title.split()) in said for title in _MINISTERIAL_TITLES)

    def _year_near(self, facts: "_EntryFacts", year: str, anchors: list[str]) -> bool:
        """Is the year written next to one of the words the question puts beside it? A word of
        five letters or more is there too as the head of a compound: "the ransom in 2016" is
        beside "a ransomware attack in 2016"."""
        long_anchors = tuple(a for a in anchors if len(a) >= 5)
        for tokens in facts.segments:
            for i, token in enumerate(tokens):
                if token == year and any(t in anchors or t.startswith(long_anchors)
                                         for t in tokens[max(0, i - YEAR_WINDOW):i + YEAR_WINDOW + 1]):
                    return True
        return False

    def _reason(self, c: Constraint, entry: Entry, facts: _EntryFacts) -> str:
        title = f"\u201c{entry.title}\u201d"
        if c.kind == "opinion":
            return "I stick to what my sources say, so I can't give a view on that."
        if c.kind == "year":
            year = c.value.partition("|")[0]
            if int(year) in facts.years:    # the year is there, beside something else
                return f"I have {title}, but it doesn't say that for {year}."
            have = ", ".join(str(y) for y in sorted(facts.years) if str(y) != year)
            return f"I have {title}" + (f" ({have})" if have else "") + f", not {year}."
        if c.kind == "year-either":
            return f"I have {title}, but not for {' or '.join(c.value.split())}."
        if c.kind == "day":
            return f"I have {title}, but it doesn't give {c.value.title()}."
        if c.kind == "month":
            return f"I have {title}, but nothing for {c.value.title()}."
        if c.kind == "councils":
            return f"My sources don't name the councils; the nearest I have is {title}."
        if c.kind in ("after", "before"):
            return f"My sources don't say anything about {c.kind} {c.value} on this; the nearest I have is {title}."
        if c.kind in ("place", "name"):
            shown = c.value.title() if c.value.islower() and len(c.value) > 4 else c.value.upper()
            others = [p for p in dict.fromkeys(self.lexicon.places_in(entry.answer, countries=False)) if p != c.value]
            if c.kind == "place" and others and len(others) <= 2:   # "CYBERUK 2019 ... in Manchester?"
                return f"I have {title}, which says {' and '.join(p.title() for p in others)}, not {shown}."
            return f"I have {title}, but it says nothing about {shown}."
        if c.kind == "place-year":
            place, _, year = c.value.partition("|")
            return f"I have {title}, but nothing for {place.title()} in {year}."
        if c.kind == "figure-year":
            figure, _, year = c.value.partition("|")
            return f"My sources don't give {figure} for {year}; the nearest I have is {title}."
        if c.kind == "all-place":
            return f"I can\u2019t confirm every one in {c.value.title()}: {title} says not all of them there."
        if c.kind in ("only-place", "not-place"):
            said = list(dict.fromkeys(self.lexicon.places_in(entry.answer.lower(), countries=False)))
            claimed = f"only {c.value.title()}" if c.kind == "only-place" else f"not {c.value.title()}"
            return f"I can't confirm \u201c{claimed}\u201d: {title} says {' and '.join(p.title() for p in said)}."
        if c.kind == "role":
            return f"My sources don't name who that is; the nearest I have is {title}."
        if c.kind == "before-thing":
            shown = c.value.upper() if len(c.value) <= 4 else c.value.title()
            return f"My sources don't say what came before {shown}; the nearest I have is {title}."
        if c.kind == "role-of":
            surname, roles, body = c.value.split("|")
            shown = body.upper() if len(body) <= 5 else body.title()
            person = self.lexicon.person_for(surname) or surname.title()
            return f"My sources don't say {person} was {shown} {roles}; the nearest I have is {title}."
        if c.kind == "literal":
            return f"I have {title}, but it doesn't give {c.value.split('|')[-1]}."
        if c.kind in ("post", "done-by", "deed-of", "agent-of"):
            return f"My sources don't say {c.value.split('|')[-1]}; the nearest I have is {title}."
        if c.kind == "figure":
            return f"I have {title}, but it says nothing about {c.value}."
        if c.kind == "detail":
            return f"I have {title}, but it doesn't give the {c.value.split('|')[1]}."
        if c.kind == "which-year":
            return f"I have {title}, but it doesn't give the year."
        if c.kind == "disclaimed":
            return f"I have {title}, but my sources don't give {self._disclaims(c, facts)}."
        if c.kind == "kind":
            kind, _, _, shown, _ = c.value.split("|")
            if kind == "agent":
                return f"I have {title}, but it doesn't say {shown}."
            return f"I have {title}, but it doesn't {'give' if kind == 'address' else 'name'} the {shown}."
        if c.kind == "each":
            return f"I have {title}, but it doesn't say how much each {c.value} got."
        if c.kind == "deed":
            shown = c.value.partition("|")[2]
            if shown.startswith("about:"):
                return f"I have {title}, but it says nothing about {shown[6:]}."
            return f"I have {title}, but it doesn't say {shown}."
        if c.kind == "about":
            return f"I have {title}, but it says nothing about {c.value.partition('|')[2]}."
        if c.kind == "sequence":
            direction, _, names = c.value.partition("|")
            return f"My sources don't say who came {direction} {names.replace(';', ' or ')}."
        if c.kind == "succession":
            later, earlier = c.value.split(";")
            return f"My sources don't say {later} took over from {earlier}; the nearest I have is {title}."
        if c.kind == "present" and c.value:
            return f"My sources on {c.value} date from {facts.latest}, so I can't say what they are doing now."
        if c.kind == "present":
            return f"My sources on this date from {facts.latest}, so I can't say who it is now."
        if c.kind == "state-now":
            return f"My sources on this date from {facts.latest}, so I can't say how things stand now; the nearest I have is {title}."
        if c.kind == "first":
            return f"My sources don't say which was the first; the nearest I have is {title}."
        if c.kind == "next":
            return f"My sources don't say what comes next; the nearest I have is {title}."
        if c.kind == "head-of":
            shown = c.value.upper() if len(c.value) <= 5 else c.value.title()
            return f"I have {title}, but it doesn't say who leads {shown}."
        if c.kind == "after-thing":
            return f"My sources don't say what came after the {c.value} there; the nearest I have is {title}."
        if c.kind == "exact-count":
            return f"I have {title}, but it doesn't give an exact number of {c.value}."
        if c.kind == "count":
            things, _, given = c.value.partition("|")
            if given:
                return f"I have {title}, which gives {given} {things} in all, but not how many of them."
            return f"My sources don't give a number of {things} for that; the nearest I have is {title}."
        return f"The nearest I have is {title}."


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


_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_DATE_NUMBER = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                          r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")


# Words after a number word that show it counts nothing ("two and", "the other two of them").
_NOT_COUNTED = frozenset("and or of the a an to in on for is are was were that it them they we you".split())


# Ordinals past ten count a series ("its twentieth Cyber 360", "the 50th"): a figure, like "20". The
# first ten mostly pick one of a list ("the second pillar"), which the "first" constraint and the
# entry's own list answer, so they stay words.
_ORDINAL_WORDS = {w: str(n) for n, w in enumerate(
    "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 11)}
_ORDINAL_WORDS |= {w: str(n) for n, w in zip(range(30, 101, 10), "thirtieth fortieth fiftieth sixtieth seventieth "
                                                                  "eightieth ninetieth hundredth".split())}
_ORDINAL = re.compile(r"([1-9]\d+)(?:st|nd|rd|th)")


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
    framed = CLAIM_FRAME.match(text)
    if framed:      # "can i say that geoff connell chairs the local cio council"
        text = text[framed.end():]
    if _WH_ASKED.search(text) or re.search(r"\bor\b(?!\s+not\b)", text):
        return None
    if framed:
        return _TAG.sub("", text).strip(" ,?!.")
    untagged = _TAG.sub("", text).strip()
    if untagged != text.strip():
        return untagged.strip(" ,?!.")
    if _POLAR_START.search(text):   # "does the toolkit cover supply chains? our audit lot are obsessed with suppliers"
        return text.partition("?")[0].strip(" ,!.")
    if text.rstrip().endswith("?") and _FINITE.search(text):
        return text.strip(" ,?!.")
    return None


def _literal_text(entry: Entry, facts: _EntryFacts) -> str:
    """What an entry writes, with its sources' addresses, as literals are compared: phone numbers
    also as their digits ("0300 123 2040" -> "03001232040")."""
    text = " ".join([facts.text, *(s.url.lower() for s in entry.sources if s.url)])
    return text + " " + " ".join(re.sub(r"\D", "", m.group(0)) for m in _PHONE.finditer(text))
