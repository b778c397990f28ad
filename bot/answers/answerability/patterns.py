"""The patterns and word lists the answerability check reads questions and entries with.

They were module constants of one long module; kept together here, in their old order, so that
the tuning constants (``COMMON_ZIPF``, ``ROLE_WINDOW``, ``YEAR_WINDOW`` ...) and the regular
expressions that share pieces (``_MONTH_YEAR`` inside ``_MONTH_SPAN``, ``_ROLE_WORDS`` inside
``_ROLE_AT_BODY``) are found in one place and compiled once, whichever part of the check uses
them. A constant changed while running (``bench answers --cv``) is changed here, as
``bot.answers.answerability.patterns:NAME``.
"""

from __future__ import annotations

import re

from bot.answers.search import (CURRENCY, FIGURE, HEDGED_FIGURE, MONTH_NAMES, SCALE_SIZES, SCALES, TAG_QUESTION,
                               written_sum)
from bot.core import regexes

# -- years, months and names; tuning constants ---------------------------------------------
# A year may end a sentence ("in April 2023."); a decimal point after it ("2023.5") makes it no year.
_YEAR = regexes.compile(r"(?<![\d.£$])((?:19|20)\d\d)(?:\s*[-\u2013/]\s*(\d\d(?:\d\d)?))?(?!\d|\.\d)")
# Two years joined by "to" ("the 2022 to 2030 one"): a span written out, as "2022-2030" is; not a time the
# question asks about ("who was chief exec from 2020 to 2024", "between 2018 to 2020").
_YEAR_TO_YEAR = regexes.compile(r"(?<!\bfrom\s)(?<!\bbetween\s)(?<!\bsince\s)(?<![\d.£$])((?:19|20)\d\d)\s+to\s+"
                                r"((?:19|20)\d\d)(?!\d|\.\d)", re.IGNORECASE)
# (a day and month before the year: "after 31 March 2026", "before the end of june 2025")
_DAY_MONTH_BEFORE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_NAMES}\s+)?"
_DIRECTED_YEAR = regexes.compile(r"\b(after|beyond|post|since|from|before|pre|until|by)[\s-]+(?:the\s+)?(?:end\s+of\s+)?"
                                 rf"{_DAY_MONTH_BEFORE}((?:19|20)\d\d)\b")
# The nouns that are themselves a date: "the March 2026 deadline" is the date, so what came since it came after 2026.
_DATE_NOUN = r"(?:deadline|date|cut[\s-]?off|switch[\s-]?off|target|end\s+date)"
# "now March 2026 has gone, what's replaced Mail Check?", "since the 31 March 2026 deadline passed": the question
# is asked from after that date, about what came after it.
_PASSED_YEAR = regexes.compile(r"\b(?:now|since|as|once)\s+(?:that\s+)?(?:the\s+)?"
                          rf"{_DAY_MONTH_BEFORE}((?:19|20)\d\d)(?:\s+{_DATE_NOUN})?\s+"
                          r"(?:(?:has|have|had|is|'s|was)\s+)?(?:now\s+|well\s+|already\s+|long\s+)?"
                          r"(?:gone|passed|past|over|expired|been\s+and\s+gone|come\s+and\s+gone)\b")
_US = regexes.compile(r"\b(?:USA|US|U\.S\.(?:A\.)?)(?!\w)")
# A day of the week is when, not who: "Sent: Monday", "we meet Tuesday", "on call Mon-Fri" ("sun" stays a word).
_WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed weds thu thur thurs fri sat""".split())
_MONTHS_DAYS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()) | _WEEKDAYS
COMMON_ZIPF = 3.5          # a capitalised word more common than this in English is not a name
SURNAME_ZIPF = 3.8         # ...but the surname of someone the lexicon knows is one below this ("Hammond", "Hancock")
# ...nor is an acronym used by more entries than this. It was 4 (CIO, LGA, CAF said to name the topic),
# but an organisation the question names is one the answer must name too: "the LGA's on-call phone
# number" is not Action Fraud's line, nor "when did Maude announce the CAF" the CiSP launch. 16 to
# 1000 score alike on the unseen tune halves (+3 on A, B unchanged) and our own sets (+3), dev unchanged.
ACRONYM_SPREAD = 30
MAX_REMEMBERED_QUESTIONS = 2_048
STALE_YEARS = 2            # "who is ... now": a fact older than the newest sources by more than this

# -- who: people, roles, posts and councils; months ----------------------------------------
_BEFORE_ASKED = regexes.compile(r"\b(before|predecessor|preceded|previously|prior to)\b|"
                           r"\bdid\s+(?:\w+\s+){1,3}(?:replaced?|succeed(?:ed)?|take over from|took over from)\b")
# "lindy cameron's successor", "martin's replacement?": whom someone was followed by, asked without a "who".
_SUCCESSOR_OF = regexes.compile(r"'s?\s+(?:successor|predecessor|replacement)s?\b")
_WHO = regexes.compile(r"\b(who|whos|who's|whom)\b")
_WHO_ROLE = regexes.compile(r"\b(who|whos|which (?:minister|person|official|man|woman|one))\b")
_ROLE_WORDS = frozenset("""head chief ceo director chair chairman chairwoman president minister leader lead manager
    boss officer cio cdio executive secretary job role position honcho coordinator co-ordinator champion owner
    rep representative adviser advisor administrator ciso cto siro dpo mayor councillor
    spokesperson spokesman spokeswoman chancellor""".split())
# The role words as one regex alternation, for the patterns that find a post in a sentence.
_ROLES = "|".join(sorted(_ROLE_WORDS))
# A post put before "after" or "before" someone, as notes write who held it next: "NCSC tech director after Levy",
# "head of research after Hopkirk".
_POST_IN_TURN = regexes.compile(rf"\b(?:{_ROLES})(?:\s+of\s+[a-z]+)?\s+(?:after|before|following|preceding)\s")
# "who currently chairs the local cio council", "who heads the ncsc now": a post asked by the verb of holding it,
# as "who is the chair" asks it (only as asked now: "who chaired it in 2018" is asked of its year, and says so).
# (Not "leads": "who leads on cyber" asks who is responsible, which is no post.)
# ...and as done then: "who chaired the summit in December 2016" wants an entry that says who chaired it, not one that
# names who spoke there.
_HOLDS_POST = regexes.compile(r"\bwho(?:'s|s| is)?\s+(?:(?:currently|now|still|actually)\s+)?(chair(?:s|ed)|head(?:s|ed))\b")
# "who chairs it these days (per the 2018 piece)": the post as a source of a year gives it, which is asked of then.
_PER_DATED_SOURCE = regexes.compile(r"\b(?:per|according to|going by|based on|in|from)\s+(?:the|that|their|socitm's)\s+"
                                    r"(?:19|20)\d\d\s+(?:piece|article|post|blog|story|report|source|write-?up|briefing)\b")
# The asker's own people by their post, as who asks in their world: "the Chair will ask", "our director wants it", "the
# CEO keeps asking". Their post is not one asked about ("who is our WARP coordinator?" asks one).
# ("manager said: 'find out who did the stocktake'", "been asked by our s151 officer to check": the asker's own, too.)
_ASKERS_ROLE = regexes.compile(r"(?:^|\b(?:my|our|the)\s+)(?:[\w'-]+\s+){0,2}?(?:" + _ROLES + r")\s+"
                               r"(?:(?:will|would|may|might|is\s+going\s+to|keeps|kept|always)\s+(?:ask|want|query|question|expect|"
                               r"insist)|wants|wanted|needs|needed|asked|asks|is\s+asking|was\s+asking|has\s+asked|expects|insists|"
                               r"said|says|told\s+(?:me|us))\b"
                               r"|\b(?:asked|told|tasked)\s+by\s+(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:" + _ROLES + r")\b")
# A sentence of the asker's own, about them and their errand ("Want to name the role in our scheme of delegation.",
# "I'm the new SIRO."), and where a message's sentences end.
_OWN_SENTENCE = regexes.compile(r"\b(?:i|i'm|im|i've|my|we|we're|we've|our|us|want|need)\b")
# A role written short is the role spelled out: "was levy the ncsc's ceo" asks if he was its chief executive,
# not any kind of chief ("leaders at launch").
_ROLES_SPELLED = {"ceo": "chief executive"}
# Posts that are ministers' by their title alone.
_MINISTERIAL_TITLES = ("chancellor", "secretary of state", "paymaster general", "home secretary", "foreign secretary",
                       "chief secretary to the treasury", "attorney general")
# Words that narrow a role: "deputy chief executive" is not the chief executive.
_BODIES = frozenset("council councils group board forum network team office".split())
_ROLE_MODIFIERS = frozenset("deputy vice assistant interim acting technical".split())
# ("what could councils apply for", "what did councils get": the councils are who does it, not what is asked)
_WHICH_COUNCILS = regexes.compile(r"\b(which|what|name the|list the|list of)\s+"
                             r"(?:(?!(?:could|can|did|do|does|should|would|will|must|might|may|are|were|have|had|has)\s)\w+\s+)?"
                             r"(councils|authorities|"
                             r"local authorities|boroughs|counties)\b")
# ...and those that did not: "which councils weren't signed up", "what councils haven't responded", "which ones missed out".
_LEFT_OUT = regexes.compile(r"^[^?.!]*?\b(?:weren't|werent|wasn't|didn't|didnt|haven't|havent|hadn't|hasn't|aren't|isn't|"
                            r"not|never|missed|missing|failed|yet\s+to|left\s+out|excluded|without)\b")
# ...and whether the asker's own council is one of them: "is our council (Stockport) one of the councils that got Cyber
# Support money", "are we among the councils that received it": the entry must name the councils, as for "which".
_OURS_AMONG = regexes.compile(r"\b(?:is|are|was|were)\s+(?:we|us|our\s+(?:[\w-]+\s+){0,2}?(?:council|authority|borough|"
                              r"county))\b(?:\s*\([^)]{1,40}\))?\s+(?:one\s+of|among|amongst|in|on)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                              r"(?:councils|authorities|ones|list|recipients|lucky\s+ones)\b")
_MONTH_YEAR = regexes.compile(r"\b(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"
                         r"september|sept|sep|october|oct|november|nov|december|dec)\.?\s+((?:19|20)\d\d)\b")
# A thing coming into being, as a claim says it and as an entry writes it.
_FOUNDING_CLAIM = regexes.compile(r"\b(?:set up|launched|founded|established|created|opened|started)\b")
_FOUNDING_WORDS = frozenset({"launch", "launched", "founded", "established", "created", "opened", "started",
                             "began", "set", "setup", "opening", "inception", "formed", "open"})
_MONTH_SPAN = regexes.compile(_MONTH_YEAR.pattern + r"\s*(?:and|to|until|till|-|\u2013)\s*" + _MONTH_YEAR.pattern.removeprefix(r"\b"))
_MONTHS = ("january february march april may june july august september october november december").split()
# "in autumn 2018", "the spring 2021 budget": a season of a year (``season-year`` constraint).
_SEASON_YEAR = regexes.compile(r"\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
DEED_WINDOW = 6            # a date is the date of a deed written this many words either side of it
ROLE_WINDOW = 8            # a role belongs to the person named this many words either side
# A word beside a year anchors it only if it says more than everyday English does: "back in 2018",
# "the work in 2018/19" put nothing beside the year (Zipf 5.8 and up: back, work, time). Chosen on
# tune half B, +1 on A, B and ours.
ANCHOR_ZIPF = 5.8
# The words that set a year as a deadline or target: "what's due by 2025", "the 2030 deadline", "the gcss goal for 2030".
_DEADLINE_WORDS = ("due", "deadline", "target", "goal")
_PART_OF_YEAR = ("early", "late", "mid")   # "in early 2017", "mid-2018"
# "since it started in 2020", "launched in 2020": a start asked is told by a thing going on "since 2020".
_STARTED_WORDS = ("launch", "start", "began", "begin", "founded", "created", "established")
YEAR_WINDOW = 6            # a year belongs to the thing named this many words either side, in its sentence

# -- sentences, yes/no, sequence (first, next, before, after) and now ----------------------
# A sentence ends at a stop before a capital; a semicolon ends a clause whatever follows ("the January
# 2017 cyber briefing; by May 2018 he was ..." dates the briefing 2017, and him 2018).
_SENTENCE = regexes.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\u00a3])|(?<=;)\s+")
_POLAR = regexes.compile(r"^(?:is|was|isn't|wasn't|isnt|wasnt|did|does|has|had)\b|\b(?:is it true|is it right|am i right"
                    r"|correct that|right that)\b")
_SEQUENCE = regexes.compile(r"\b(before|after|replaced|replace|replaces|replacement|succeeded|succeed|followed|preceded|predecessor|"
                       r"successor|took over from|taking over from|moved on|left)\b")
_FIRST = regexes.compile(r"\b(first|1st|original|founding|inaugural)\b")
# "When did Dylan Roberts first join Leeds", "was the 1.9bn first announced": "first" says when a thing
# began, which the date the entry gives is; it asks for no first of a series.
_FIRST_ADVERB = regexes.compile(r"\bdid\b(?:\s+[\w'-]+){1,4}?\s+first(?=\s+[a-z])|"
                           r"\b(?:was|were|is|are|has|have|had)\b(?:\s+[\w'-]+){1,4}?\s+first(?=\s+[a-z]+ed\b)")
_EITHER_YEAR = regexes.compile(r"(?<![\d.£$/-])((?:19|20)\d\d)(\s*(?:,|or|and)\s*|\s+or\s+(?:was it\s+|in\s+)?)((?:19|20)\d\d)(?![\d/-])")
# "39 or 40?", "was it 2 or 3 councils": two figures offered as choices, either of which will do.
_FIGURE_SAID = r"(" + FIGURE + r")(?:\s*" + SCALES + r"(?![a-z]))?"
_EITHER_FIGURE = regexes.compile(r"(?<![\w.,£$/-])(?:£\s*)?" + _FIGURE_SAID + r"\s+or\s+(?:was it\s+|is it\s+)?(?:£\s*)?" + _FIGURE_SAID
                            + r"(?![\w/-]|[.,]\d|\s*%)")
_WHICH_IS_IT = regexes.compile(r"\bwhich(?:\s+one)?\s+(?:is|was)\s+(?:it|right|correct)\b|\bwhich one\b")
# A year or a span of years naming the thing after it: "the 2016 strategy", "the 2016-21 strategy", "the 2018/19 money".
_NAMING_YEARS = r"(?:\d{4}(?:[-\u2013/]\d\d(?:\d\d)?)?\s+)?"
_AFTER_THING = regexes.compile(r"\bwhat\s+(?:came|comes|happened|happens|followed|follows|was done|were the next steps)\s+"
                          r"(?:next\s+)?(?:after|following)\s+(?:the\s+|that\s+|this\s+)?" + _NAMING_YEARS + r"([\w'-]+)"
                          r"|\bwhat\s+followed\s+(?:the\s+|that\s+|this\s+)?" + _NAMING_YEARS + r"([\w'-]+)"
                          # "what tool did the lga build after the stocktake": what was done next, by whom it says,
                          # or how much was given next: "how much went out after the stocktake to fix things"
                          r"|\b(?:what\s+(?:[\w'-]+\s+)?(?:did|do|does)\s+(?:the\s+)?|how\s+much\s+)(?:[\w'-]+\s+){1,3}?"
                          r"(?:after|following)\s+(?:the\s+|that\s+|this\s+)" + _NAMING_YEARS + r"([a-z][\w'-]+)"
                          # "what's replaced Mail Check", "what will supersede the 2016 strategy", "what succeeded it": what
                          # came in its place, which the entry must say came after it
                          # (or "what strategy replaces the GCSS": the kind of thing named between)
                          r"|\bwhat(?:\s+(?!(?:has|have|is|was|will|would|should|did|does|do)\b)[a-z]+)?"
                          r"(?:'s|s|\s+has|\s+have|\s+is|\s+was|\s+will|\s+would|\s+should|\s+did)?\s+(?:replaced|replaces|replacing|replace|"
                          r"superseded|supersedes|superseding|supersede|succeeded|succeeds|succeeding|succeed|took\s+over\s+from|"
                          r"taken\s+over\s+from|takes\s+over\s+from|taking\s+over\s+from|take\s+over\s+from)\s+"
                          r"(?:the\s+|that\s+|this\s+)?" + _NAMING_YEARS + r"([a-z][\w'-]+)"
                          # ...and who puts what in its place, told of the one doing it, now or to come: "what is the ncsc
                          # replacing web check with", "what are they going to replace mail check with", "what will the
                          # lga swap it for"
                          r"|\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were|\s+will|\s+would|\s+has|\s+have|\s+did|\s+do|\s+does)\s+"
                          r"(?:[\w'-]+\s+){1,3}?(?:going\s+to\s+|gonna\s+|planning\s+to\s+|set\s+to\s+|about\s+to\s+)?"
                          r"(?:replacing|replace|replaced|swapping|swap|swapped)\s+(?:the\s+|that\s+|this\s+)?" + _NAMING_YEARS
                          + r"([a-z][\w'-]+)(?=(?:\s+[\w'-]+){0,3}?\s+(?:with|for)\b)"
                          # ...or of the thing: "what will web check be replaced with", "what's mail check being replaced by"
                          r"|\bwhat(?:'s|s|\s+is|\s+are|\s+will|\s+would|\s+has|\s+have|\s+was)\s+(?:the\s+)?([a-z][\w'-]+)"
                          r"(?:\s+[\w'-]+){0,2}?\s+(?:be|being|been|get|getting|got)\s+(?:replaced|superseded|swapped)\s+(?:with|by|for)\b")
# "where did lindy cameron go after leaving the ncsc", "what has ciaran martin done since he left the NCSC", "who did she
# join after stepping down from the lga": what someone did next, which an entry about their time there does not tell.
_AFTER_LEAVING = regexes.compile(r"\b(?:go|goes|went|gone|going|move|moved|moving|head|headed|do|did|does|done|doing|join|joined|"
                                 r"work|worked|working|end\s+up|ended\s+up|become|became)\b(?:\s+[\w'-]+){0,4}?\s+"
                                 r"(?:after|since|when|on)\s+(?:(?:she|he|they|you)\s+)?(?:leaving|left|leave|quitting|quit|departing|"
                                 r"stepping\s+down\s+(?:from|at)|stepped\s+down\s+(?:from|at)|exiting|exited)\s+"
                                 r"(?:the\s+|their\s+|his\s+|her\s+)?" + _NAMING_YEARS + r"([a-z][\w'-]+)"
                                 # "lindy cameron after the ncsc - where did she go?": the place or job they left, then where to
                                 r"|\bafter\s+(?:leaving|quitting|she\s+left|he\s+left|they\s+left)\s+(?:the\s+)?([a-z][\w'-]+)"
                                 r"(?=[^?]*\b(?:where|what|which|who)\b)")
# "what came before the 2016-2021 national strategy", "what ran before the 2016-21 strat": what preceded a thing
# (not a year: "what happened before 2016" is a time).
_BEFORE_THING = regexes.compile(r"\b(?:what|which)\s+(?:\w+\s+)?(?:came|come|comes|was there|existed|happened|ran|went|was in place|"
                           r"was used|did we have|preceded)\s+(?:just\s+)?before\s+(?:the\s+|that\s+|this\s+)?"
                           r"(?:(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:19|20)?\d\d)?'?s?\s+)?(?!(?:19|20)\d\d\b)"
                           r"(?:[\w'-]+\s+){0,3}?([a-z][\w'-]+)(?=\s*(?:[?,.;!]|$|\s+(?:and|an|&|\+|first|then|was|in|at|for|from)\b))")
# ...and said as a noun, not a question: "the old one before the 2016 strategy", "the strategy before the 2016 one",
# "the previous one to the 2016-21 strategy" (what it asks of it, "when did that start?", follows).
_YEAR_SPAN = r"(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:19|20)?\d\d)?'?s?"
# Where a thing named after a year ends: "the 2016 national cyber security strategy" ends at "strategy".
_THING_ENDS = (r"(?=\s*(?:[?,.;!]|$|\s+(?:and|was|is|in|when|then|start|started|begin|began|launch|launched|run|ran|cost|come|came|"
               r"published|out|called|named)\b))")
# ("the strategy that came after the 2016 one", "the strategy which ran before the 2016 one")
_THAT_CAME = r"(?:(?:that|which)\s+)?(?:(?:came|come|comes|was|ran|went|followed|preceded)\s+)?"
_BEFORE_THING_SAID = regexes.compile(
    r"\b(?:the|that)\s+(?:(?:old|older|previous|earlier|former|original)\s+)?(?:one\s+(?:just\s+)?(?:before|prior\s+to|previous\s+to)\s+"
    r"(?:the\s+|that\s+)?" + _YEAR_SPAN + r"\s+(?:[\w'-]+\s+){0,2}?([a-z][\w'-]+)(?=\s*(?:[?,.;!]|$|\s+(?:and|was|in|when|then|start|started|begin|began|launch|launched|run|ran|cost|come|came)\b))"
    r"|(?!one\b)([a-z][\w'-]+)\s+" + _THAT_CAME + r"(?:just\s+)?(?:before|prior\s+to|previous\s+to)\s+(?:the\s+|that\s+)?" + _YEAR_SPAN
    + r"\s+(?:one|version|edition)\b"
    # "the predecessor of the 2016-21 strategy", "the 2016 strategy's forerunner": the same, by the word for it (a year
    # names the thing, so "lindy cameron's predecessor" is someone's, read elsewhere).
    r"|\b(?:predecessor|forerunner|precursor)\s+(?:to|of|for)\s+(?:the\s+|that\s+)?" + _YEAR_SPAN
    + r"\s+(?:[\w'-]+\s+){0,3}?([a-z][\w'-]+)" + _THING_ENDS
    + r"|\b" + _YEAR_SPAN + r"\s+(?:[\w'-]+\s+){0,3}?([a-z][\w'-]+?)(?:'s|s')\s+(?:predecessor|forerunner|precursor)\b)")
# "the strategy after the 2016 one", "the one after the 2016-2021 strategy", "the successor to the 2016 strategy", "the
# 2016 strategy's replacement": what came after a thing of a series, said as a noun ("when was that published?" follows).
_AFTER_THING_SAID = regexes.compile(
    r"\b(?:the|that)\s+(?:(?:new|newer|next|later|following|subsequent)\s+)?one\s+(?:just\s+|straight\s+)?(?:after|following)\s+"
    r"(?:the\s+|that\s+)?" + _YEAR_SPAN + r"\s+(?:[\w'-]+\s+){0,3}?([a-z][\w'-]+)" + _THING_ENDS
    + r"|(?!one\b)([a-z][\w'-]+)\s+" + _THAT_CAME + r"(?:just\s+|straight\s+)?(?:after|following)\s+(?:the\s+|that\s+)?" + _YEAR_SPAN
    + r"\s+(?:one|version|edition)\b"
    r"|\b(?:successor|replacement|follow-up|follow-on)\s+(?:to|of|for)\s+(?:the\s+|that\s+)?" + _YEAR_SPAN
    + r"\s+(?:[\w'-]+\s+){0,3}?([a-z][\w'-]+)" + _THING_ENDS
    + r"|\b" + _YEAR_SPAN + r"\s+(?:[\w'-]+\s+){0,3}?([a-z][\w'-]+?)(?:'s|s')\s+(?:successor|replacement|follow-up)\b")
_WHO_HEADS = regexes.compile(r"\bwho(?:'s|s| is| was)?\s+(?:currently\s+|now\s+)?(?:leads|lead|leading|heads|head|heading|"
                        r"in charge of|(?:the\s+)?(?:head|boss|big\s+boss|leader|chief\s+executive|ceo)\s+(?:of|at))\s+"
                        r"(?:the\s+)?([\w'-]+)")
# "who runs the lga", "who's been running socitm since 2016": who runs a body, in any tense as core.text reads it.
_WHO_RUNS_BODY = regexes.compile(r"\bwho(?:'s|s)?\s+(?:(?:is|has|have|been|currently|now|still|actually|really)\s+){0,3}"
                                 r"(?:runs|running|run)\s+(?:the\s+)?([\w-]+)")
# A body named alone after "who heads" or "who runs": one word (or a council by its place: "leeds city council"), the
# question ending there or going on to when ("now", "these days", "since ...", "in 2019"). Not "the lga's cyber
# programme", "the lga cyber programme": what is headed or run there is the programme.
_BODY_ALONE = regexes.compile(r"(?:\s+(?:city|county|borough|district))?(?:\s+council)?(?=\s*(?:[?.!,;:)]|$)|"
                              r"\s+(?:now|nowadays|these|today|currently|at|since|in|right|then|anymore|and|or|atm|lately)\b)")
# "honestly was 1.9bn enough", "is the £1.5m really enough?", "was the 2016 strategy effective?": whether a thing
# sufficed or served, asked of the bot
# itself (a clause that opens on the verb), is a judgement no source gives; "did socitm think the
# £1.9bn was big enough" asks a view someone held, and a sayer's view is answered.
_ENOUGH_JUDGED = regexes.compile(r"(?:^|[,.;:!?]\s*|\b(?:honestly|seriously|really|frankly|so|but|and|realistically)\s+)"
                            r"(?:was|is|were|are|will)\s+(?:[\w£$.,'-]+\s+){1,5}?(?:really\s+|ever\s+|actually\s+|"
                            r"remotely\s+|nearly\s+|near\s+|big\s+|large\s+|high\s+|quick\s+|fast\s+|very\s+|any\s+)?"
                            r"(?:enough|adequate|sufficient|effective|worthwhile|value\s+for\s+money)\b")
# A judgement the asker must make, asked of us: how a thing comes across beside another ("which looks better in a
# press release", "which sounds more impressive to residents"; not "make ourselves look good", what someone urged), which course is wiser ("is it better for us to ...", "would it be best
# to ..."), what the asker's own body should recommend or require ("should we recommend Cyber Essentials Plus be
# mandatory", "should councils make it compulsory", "should it be mandatory for suppliers"), and a yes or no asked with
# its reasons ("Yes/no and why"). No source weighs those; what the NCSC recommends ("does the NCSC recommend ...") is
# a source's view, and answered.
_JUDGEMENT_ASKED = regexes.compile(
    r"\b(?:looks?|looked|sounds?|sounded|reads|comes?\s+across|plays?|lands?|goes\s+down|go\s+down)\s+(?:much\s+|a\s+lot\s+|far\s+|"
    r"any\s+)?(?:better|worse|best|worst|stronger|weaker|nicer|(?:more|less|most|least)\s+[a-z]{4,})\b"
    r"|\b(?:is|isn't|would|wouldn't)\s+it\s+(?:be\s+)?(?:better|best|wiser|smarter|safer|advisable|preferable|sensible|wise)"
    r"(?:\s+for\s+(?:us|me|the\s+council|councils|our\s+[\w-]+))?\s+to\b"
    r"|\bshould\s+(?:we|i|us|councils|members|the\s+council|our\s+(?:[\w-]+\s+)?(?:council|authority|board|team|cabinet))\s+"
    r"(?:(?:formally|officially|actually|just)\s+)?(?:recommend|advise|mandate|require|insist|lobby|push\s+for|ban|prioriti[sz]e|"
    r"make\s+(?:[\w-]+\s+){1,5}?(?:mandatory|compulsory|a\s+requirement|optional))\b"
    r"|\bshould\s+(?:[\w-]+\s+){1,5}?be\s+(?:made\s+)?(?:mandatory|compulsory|optional|banned|a\s+requirement)\b"
    r"|\b(?:yes\s*/\s*no|yes\s+or\s+no)\s*[,.;:-]?\s*(?:and|with|plus|\+|&)\s+(?:why|reasons|your\s+reasons|a\s+reason)\b")
# What the asker's own council should do, asked as a yes or no ("Should we declare a major incident if we're
# ransomwared?", "should our members get cyber training?", "do you think councils should pay?"): a judgement only
# a source that recommends it can answer ("should we report to Action Fraud?": the reporting entries say to call
# it, ``_RECOMMENDED``). Not what a source says someone should do ("did the LGA say councils should join a WARP"),
# nor who or where to go ("who should we call").
_ADVICE_ASKED = regexes.compile(
    r"(?:^|[.?!;:,(]\s*|\b(?:and|so|but|or|then|also|honestly|realistically|basically|just)\s+|"
    r"\b(?:do|would)\s+(?:you|u)\s+(?:think|reckon|say)\s+(?:that\s+)?)"
    r"should(?:n't|\s+not)?\s+(?:we|i|us|councils|(?:our|my|the|a|small|smaller|district|parish|county)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:council|councils|authority|authorities|members|councillors|staff|team|board|cabinet|ciso|cio|it|leader|"
    r"chief\s+exec|ceo|officers|clerk|school|schools|suppliers))\b", re.IGNORECASE)
# An entry that makes a recommendation or says what is required: "should have alternatives in place", "the LGA urged
# councils to join", "recommends Cyber Essentials", "must be reported", "can call Action Fraud's 24/7 line".
_RECOMMENDED = regexes.compile(r"\b(?:should|must|recommends?|recommended|urged?|urges|encourages?|encouraged|"
                               r"advises?|advised|need\s+to|needs\s+to|required|forward|can\s+(?:also\s+)?(?:call|report|"
                               r"be\s+reported))\b", re.IGNORECASE)
_STATE_NOW = regexes.compile(r"^\W*(?:is|are|isn't|aren't|isnt|arent)\b.*\b(?:open|running|live|available|active|closed|"
                        r"operating|working|going)\b.*\b(?:now|right now|currently|at the moment|today|these days|"
                        r"at present)\b")
# ...and a part of the asker's own papers: "Para 3 says ...", "Finding 2 claims ...", "action 4 on the register".
_LABELS = frozenset("""year yr kloe kloes loe loes enquiry enquiries phase stage tier part option step level round wave module objective no number para paras paragraph
    paragraphs finding findings item items page pages recommendation recommendations rec action actions point points
    clause clauses appendix annex table slide slides line lines row rows ref risk risks question q section sections""".split())
# The words that claim someone was the first to hold a post ("the first chief executive", "its founding chair").
_ORDINAL_CLAIMED = ("first", "1st", "original", "founding", "inaugural")
_FIRST_CUES = regexes.compile(r"\b(first|launch|launched|at launch|initial|initially|original|originally|founding|"
                         r"founded|inaugural|forerunner|opened|began|started|set up|established)\b")
# (Not the asker's own diary: "ahead of audit committee next week", "for the board next tuesday", "next time".)
# (Not the asker's own next meeting, week or inspection, a word or two of what it is for between: "before the next food
# law audit", "at our next scrutiny call".)
_NEXT = regexes.compile(r"\b(next|upcoming|forthcoming)\b(?!\s+steps?\b)(?!\s+(?:[\w'-]+\s+){0,2}?(?:week|weeks|fortnight|time|"
                   r"meeting|monday|tuesday|wednesday|thursday|friday|saturday|sunday|committee|board|cabinet|scrutiny|audit|"
                   r"inspection|sprint|call)\b)|\bwhat comes after\b|"
                   r"\breplac\w*\s+(?:it|them|this|that|these|those)\s+with\b|"
                   r"\bwhat replaces\b|\bwhat will replace\b|\breplacement for\b|\bsuccessor to\b|"
                   # "what has the NCSC put in place since web check was switched off": what followed its end
                   # ...and "what do we use once mail check is switched off", "after it goes": what is used after its end
                   r"\b(?:since|now that|now|after|once)\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?(?:was|were|got|has been|have been|is being|"
                   r"are being|is|are|gets|get|goes|go)\s+(?:switched off|turned off|retired|closed|scrapped|shut down|shut|withdrawn|ended|"
                   r"decommissioned|axed|dropped|discontinued|gone)\b|"
                   # "what's the official NCSC replacement service called", "is there a replacement tool": a replacement
                   # asked for ("Martin's replacement" is whom someone was followed by, ``_SUCCESSOR_OF``'s)
                   r"\b(?:the|a|an|its|their|any|official|new)\s+(?:[\w-]+\s+){0,2}?replacement\b(?!s)|"
                   # "which NCSC service took over from it", "the service that replaced Mail Check in 2026"
                   r"\b(?:service|tool|product|scheme|system|platform|offering)s?\s+(?:(?:that|which)\s+)?(?:has\s+|have\s+|will\s+|"
                   r"would\s+|is\s+going\s+to\s+)?(?:replaced|replaces|replace|took\s+over\s+from|taken\s+over\s+from|take\s+over\s+from|"
                   r"takes\s+over\s+from|superseded|supersedes|succeeded)\b")
# "Mail Check's been switched off now - what's ...", "web check has gone, so which ...": a thing said to have ended,
# and then what is asked, is asked from after its end (not "when": the date it ends is the sources' to give).
_ENDED_THEN_ASKED = regexes.compile(r"\b[\w-]+(?:'s|\s+has|\s+have|\s+is|\s+are)\s+(?:now\s+|finally\s+|officially\s+|already\s+)?"
                                    r"(?:been\s+)?(?:switched\s+off|turned\s+off|retired|closed(?:\s+down)?|scrapped|shut\s+down|"
                                    r"withdrawn|decommissioned|axed|discontinued|gone)\b(?![^.?!]*\bwhen\b)[^?]*?\b(?:what|whats|which)\b")
_NEXT_CUES = regexes.compile(r"\b(next|upcoming|replaced by|will be replaced|replacement|successor|succeeded by)\b"
                        r"(?!\s+steps?\b)")
# "who chairs the local cio council now it's been renamed", "now that socitm has taken it over", "now that the local
# cio council has been renamed": "now" that opens a clause of a change is "since", placing the question at that
# change, which sources may tell of.
_NOW_THAT = (r"(?!\s+(?:that\s+)?(?:it|its|it's|it\u2019s|they|they've|theyve|they're|he|she|he's|she's|"
             r"the\s+(?:[\w-]+\s+){0,3}?[\w-]+|(?!the\b|a\b|an\b)[\w-]+)\s+(?:(?:has|have|had|is|was|are|were|'s|s)\s+)?"
             r"(?:been\s+|got\s+)?(?:[a-z]{3,}ed|taken|given|chosen|left|gone|become|split|set up)\b)")
_PRESENT = regexes.compile(r"\b(now" + _NOW_THAT + r"|nowadays|now[- ]a[- ]days|currently|current|today|these days|at the moment|at present|"
                      r"still|any ?more)\b")
_DOING_NOW = regexes.compile(r"\b(?:up to|doing|doin|working|work|still at|still with|still in|now at|left|leave)\b")
_RATE = frozenset("per each every a an".split())
_LIST_ORDINALS = {w: n for n, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)}
_LIST_ORDINALS |= {f"{n}{'nd' if n == 2 else 'rd' if n == 3 else 'th'}": n for n in range(2, 11)}
_ORDINAL_PICK = regexes.compile(r"\b(" + "|".join(_LIST_ORDINALS) + r")\s+(?:and\s+(?:final|last)\s+)?([a-z][\w-]*)")
# "which year?": an entry that gives a day and a month but no year ("6 December") cannot say.
_WHICH_YEAR = regexes.compile(r"\b(?:what|which|wot|wat)\s+year\b|\byear\s+was\s+(?:that|it|this)\b")
# Whether a rule or a scheme applies to councils: "Do the NIS Regulations 2018 apply to local councils as operators of
# essential services?", "does it apply to parish councils". Only an entry that says so of councils answers it; one that
# gives the rule's dates is no answer.
_APPLIES_TO = regexes.compile(r"\b(?:apply|applies|applied|applicable)\s+to\s+(?P<who>(?:[\w'-]+\s+){0,2}?"
                              r"(?:councils?|local\s+authorit(?:y|ies)|local\s+government|authorities|las))\b", re.IGNORECASE)
# ...asked of the paper that reports it, not of what it reports: "tell me which year the briefing was published, so I
# can quote it", "what year did that article come out". The year its source is dated answers it.
_SOURCE_YEAR_ASKED = regexes.compile(
    r"\b(?:what|which|wot|wat)\s+year\s+(?:(?:was|were|did)\s+)?(?:the|that|this|its|their|his|her)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:briefing|article|report|paper|piece|post|blog|source|statement|press\s+release|release|document|interview|"
    r"speech|quote|story|news\s+story|write-up|writeup)(?:\s+(?:about|on|with|from|that|which)\s+[^?.]{1,60}?)?\s+(?:was\s+|were\s+)?(?:published|written|issued|released|"
    r"put\s+out|came\s+out|come\s+out|given|made|dated|from)\b")
# "what month in 2021 was gloucester hit?": an entry that gives the year alone ("a cyber attack, 2021") cannot say.
_WHICH_MONTH = regexes.compile(r"\b(?:what|which|wot|wat)\s+month\b|\bmonth\s+was\s+(?:that|it|this)\b")
_MONTH_GIVEN = regexes.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b(?=\s+(?:\d|of\b)|\s*[,.;)]|\s+(?:to|and|until)\b)"
                               r"|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b",
                               re.IGNORECASE)
_MONEY_WORDS = frozenset("money pounds pound million millions billion billions".split())
# A sum asked for by the name of what it is paid as: "what ransom did lincolnshire get asked for", "ransom amount?",
# "max fine under the NIS regs?", "whats the penalty for missing the deadline", "fee for joining socitm?", "what did
# cyberuk 2017 cost". An entry that tells of the ransom, the regulations or the event without the sum ("it did not pay
# the ransom") does not answer it. (Not "did they pay the ransom", "is it fine for us to", "the fine print": a yes/no
# or "fine" as an adjective asks no sum, nor "ballpark fine".) Group ``ransom``/``fine``/``cost`` names the kind.
_NOT_SAID_FINE = (r"(?<!\bis\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bwas\s)(?<!'s\s)(?<!\bseems\s)(?<!\bsounds\s)(?<!\blooks\s)(?<!\bjust\s)"
                  # "how much in total, ballpark fine": how exact the asker needs it
                  r"(?<!\bballpark\s)(?<!\brough\s)(?<!\broughly\s)(?<!\bapprox\s)(?<!\bestimate\s)(?<!\bguess\s)")
_SUM_ASKED = regexes.compile(
    r"\b(?:what|whats|what's|which|how\s+(?:much|big|large)|size\s+of|amount\s+of|max(?:imum)?|biggest|largest|top|"
    r"upper\s+limit\s+on)\s+(?:[\w'-]+\s+){0,3}?(?:(?P<ransom>ransom)(?!ware)|" + _NOT_SAID_FINE + r"(?P<fine>fines?|penalt(?:y|ies)))\b"
    r"(?!\s+(?:print|grain|tun\w*)\b)"
    r"|\b(?:(?P<ransom2>ransom)|(?P<fine2>fines?|penalt(?:y|ies)))\s+(?:amount|demand(?:ed)?|figure|sum|size|total|"
    r"cap|limit|max(?:imum)?|level|value)s?\b"
    r"|\bhow\s+much\b[^?.!]*\b(?:(?P<ransom3>ransom)(?!ware)|" + r"(?P<fine3>fined|" + _NOT_SAID_FINE + r"fines?|penalt(?:y|ies)))\b"
    r"|^\W*(?:the\s+)?(?P<cost>fee|fees|price|prices|cost|costs|charge|charges)\s+(?:for|of|to)\b"
    r"|\b(?:what|how\s+much)\s+(?:did|does|do|will|would|is|was|are|were)\s+(?:[\w'-]+\s+){1,5}?(?<!\babout\s)(?<!\bon\s)(?P<cost2>cost)\b"
    r"|\b(?:what(?:'s|s|\s+is|\s+was|\s+are|\s+were)|how\s+much\s+(?:is|was|are|were))\s+the\s+(?:\w+\s+)?"
    r"(?P<cost3>fee|fees|price|prices|ticket\s+price|cost|costs)\s+(?:for|of|to)\b")
# ...which an entry gives as a sum ("£17m", "£5,000", "1.5 million"), or, for a price, as none ("free", "no cost").
_SUM_GIVEN = regexes.compile(written_sum(SCALES), re.IGNORECASE)
_NO_PRICE_GIVEN = regexes.compile(r"\bfree\b|\bno\s+(?:extra\s+)?(?:cost|charge|fee)s?\b|\bwithout\s+charge\b", re.IGNORECASE)
# A price asked for those outside the public sector ("what did cyberuk 2017 cost for private sector delegates", "price for
# suppliers?"), which "free for the public sector" does not give.
_PRICE_FOR_OTHERS = regexes.compile(r"\b(?:for|to)\s+(?:the\s+|a\s+|us\s+as\s+)?(private[\s-]+sector|commercial|industry|businesses|business|"
                                    r"vendors?|suppliers?|exhibitors?|sponsors?|non-public)\b")
# ...or said of them before the asking: "did private sector delegates pay for cyberuk 2017?".
_OTHERS_PAYING = regexes.compile(r"\b(private[\s-]+sector|commercial|industry|vendor|supplier|exhibitor|sponsor|non-public)\s+"
                                 r"(?:delegates|attendees|visitors|people|folk|firms|companies|organisations|staff|bods)\b")
# Whether one had to pay, asked without naming a price: "did council staff have to pay to attend cyberuk 2017?", "is
# there a fee to get in?", "was it free to attend?", "do we pay for pdns?". A price that the entry gives as a sum or as
# none ("free for the public sector to attend") answers it, as it answers "what did it cost". (Not a ransom: "did
# they have to pay the ransom" asks what was done, which "it did not pay" answers.)
_PAY_ASKED = regexes.compile(
    # (not "do we need to pay an independent body to do it": paying someone for a job, no price of the thing's)
    r"\b(?:have|has|had|need|needs|needed|got)\s+to\s+pay(?:\s+(?:anything|owt|money|extra))?"
    r"(?=\s*(?:[?.!,;]|$|for\b|to\s+(?:attend|go|get|join|use|register|sign|enter)\b|at\b|in\b))"
    r"|\b(?:did|do|does|will|would)\s+(?:[\w'-]+\s+){1,4}?(?:pay|paid|charge|charged)\s+(?:anything\s+|owt\s+|money\s+)?(?:for|to)\b"
    r"|\bpay\s+(?:anything\s+|owt\s+|money\s+)?(?:to|for)\s+(?:attend|go|get|join|use|register|sign|enter|entry|entrance|"
    r"admission|a\s+ticket|tickets|a\s+place|places)\b"
    r"|\b(?:is|was|are|were)\s+there\s+(?:a|an|any)\s+(?:charge|fee|cost|entry\s+fee|ticket\s+price|price)s?\b"
    r"|\b(?:is|was|are|were)\s+(?:it|entry|admission|attendance|entrance|tickets?)\s+free\b"
    r"|\bfree\s+(?:for\s+(?:[\w'-]+\s+){1,3}?)?to\s+(?:attend|go|join|use|get)\b"
    r"|\bcharged\s+(?:to|for)\s+(?:attend|go|join|use|get|entry|a\s+ticket|tickets)\b")
_PUBLIC_ONLY = regexes.compile(r"\bpublic[\s-]+(?:sector|bodies|authorities|organisations?)\b|\bcouncils\b", re.IGNORECASE)
# The word that names the sum in the sentence that gives it: "it did not pay the ransom", "fines of up to £17m".
_SUM_NAMED = {"ransom": regexes.compile(r"\bransoms?\b", re.IGNORECASE),
              "fine": regexes.compile(r"\bfine[sd]?\b|\bpenalt(?:y|ies)\b", re.IGNORECASE)}

# -- what is asked of a thing: details, deeds, sayings, shares -----------------------------
# The one thing a question asks for, which the entry must speak to (``detail``): "who's the supplier
# behind early warning", "what was the venue of cyberuk 2017", "cyberuk 2017 - venue name?", "who
# spoke at the summit", "what did ADASS contribute to the group". An entry about the right thing
# that never mentions a supplier, a venue or speeches does not answer it.
_DETAIL_OF = regexes.compile(r"\b(?:who|what|which)(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|its|their|his|her)\s+"
                        r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(?:behind|of|for|at|to|from|under|that|who|which)\b")
# "...spoke at the conference on 9 May - what session was it?", "which panel was he on?": a part of an event (its
# session, panel, talk, hall), which an entry that names the event but never that part does not give.
_EVENT_PART_ASKED = regexes.compile(r"\b(?:what|which)\s+(session|panel|talk|workshop|keynote|stream|track|hall|room|"
                               r"stand|slot|speech|presentation|breakout|seminar|plenary|fringe)s?\b")
# "stocktake launch event date?", "the launch event for the stocktake": the thing launched, which an entry on another
# launch (the 2016 strategy's, at Future Decoded) does not speak of. (Not "the official launch": how it was launched.)
_LAUNCH_OF = regexes.compile(r"\blaunch\s+(?:event|date|day|venue|do|party|ceremony)\s+(?:for|of)\s+(?:the\s+)?([a-z][\w-]*)"
                             r"|\b(?!the\b)([a-z][\w-]*)\s+launch(?:\s+(?:event|date|day|venue|do|party|ceremony))?\b")
_HOW_LAUNCHED = frozenset("official officially formal formally big public soft initial original first actual proper "
                          "national uk big-bang hard press exact precise rough approximate real planned expected scheduled "
                          "original proposed latest last next new".split())
# "what time did the manchester leg start?", "doors open at what time", "start time for cyberuk?": the time of day,
# which an entry that dates the event to the day ("Tuesday 7 February 2017") does not give. (Not "what time frame",
# "what time of year", "what time period": those ask when, which a date answers.)
_CLOCK_ASKED = regexes.compile(r"\b(?:what|which|wot|wat)\s+(?:times?|hours?)\b(?!\s*(?:frame|scale|period|line|span|limit|zone|"
                               r"of\s+(?:the\s+)?(?:year|month))|-)"
                               r"|\b(?:start|starting|finish|finishing|end|ending|opening|closing|kick[\s-]?off|arrival|"
                               r"registration|doors)\s+times?\b")
# A time of day, as an entry would write it: "10am", "9.30 a.m.", "14:00", "midday".
_CLOCK_GIVEN = regexes.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\b(?:noon|midday|"
                               r"o'clock)\b", re.IGNORECASE)
# How long a thing takes or how long one has to do it: "how long have we got to tell the ICO", "how long does an
# Exercise in a Box session take", "within how many hours must we report it", "how many days do we have to report":
# a length of time, which an entry that says only what must be done, or when a thing began, does not give. (Not "how
# long has the NCSC been going", "how long ago": a start date answers those.)
_DURATION_ASKED = regexes.compile(r"\bhow\s+long\s+(?:have|has|do|does|did|will|would|is|are|should|must|can)\s+"
                                  r"(?:we|i|you|they|councils?|it|(?:the|a|an|one|our|each)\s+(?:[\w-]+\s+){0,4}?[\w-]+)\s+"
                                  r"(?:got\s+to|have\s+to|got|take|need|get|given|allowed)\b"
                                  r"|\bhow\s+long\s+is\s+(?:the|a|an|one|each)\s+(?:[\w-]+\s+){0,3}?(?:session|exercise|workshop|"
                                  r"course|deadline|window|time\s+limit)\b"
                                  r"|\b(?:within\s+)?how\s+many\s+(?:hours|days|weeks|working\s+days|minutes)\s+(?:do|does|have|has|"
                                  r"must|should|did|is|are|can)\b"
                                  r"|\b(?:what|whats|what's)\s+(?:is\s+|'s\s+)?(?:the\s+)?(?:time\s+limit|"
                                  r"statutory\s+deadline|reporting\s+deadline|reporting\s+window|notification\s+window)\b")
# ...as an entry gives one: "a 90-minute workshop", "within 72 hours", "for several days", "two weeks".
_DURATION_GIVEN = regexes.compile(r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|half\s+an?|"
                                  r"several|a\s+few|few)[\s-]+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b",
                                  re.IGNORECASE)
# ...or named with "the" in a question that asks of it: "what was the keynote about at the 2017 conference", "who
# chaired the opening panel", "what did the breakout sessions cover".
_EVENT_PART_OF = regexes.compile(r"\b(?:what|whats|what's|which|who|whos|who's|how|wot|wat)\b[^?.!]{0,60}?\b(?:the|its|their|a)\s+"
                                 r"(?:(?:opening|closing|main|first|big|headline|final)\s+)?(keynote|panel|plenary|breakout|"
                                 r"workshop|masterclass)s?\b")
# "which ransomware strain hit Hackney", "what variant of malware was it": the malware by name, which an entry that says
# only "ransomware" does not give (``_STRAIN_NAMED``).
_STRAIN_ASKED = regexes.compile(r"\b(?:which|what|whats|what's)\s+(?:[a-z][\w-]*\s+){0,2}?(strain|variant)s?\b")
# ...as an entry names one: "the WannaCry ransomware" (not "The ransomware", "a ransomware attack").
_STRAIN_NAMED = regexes.compile(r"\b(?!(?:The|A|An|This|That|Its|Their|No|Any|Some)\b)[A-Z][\w-]+\s+(?:ransomware|malware|worm|"
                                r"virus|trojan)\b")
_WHICH_VENUE = regexes.compile(r"\b(?:which|what)\s+(venue|venues|building|hotel)\b")   # a kind of place: the town is not it
# "venue for the manchester leg?": a message that opens with the detail it wants, as "what's the venue for" does,
# and asks nothing else ("question for the bot: what is cisp" opens with a preamble).
# (Not a label that leads in to a line to be checked, quoted or not: "Line for cabinet: 'The Five Eyes ...' Accurate?",
# "Confirming for the file: the Queen officially opened the NCSC in Feb 2017".)
_DETAIL_FRAGMENT = regexes.compile(r"^\W*(?:the\s+)?([a-z][\w-]*)\s+(?:for|of|behind)\b"
                              r"(?![^:'\"\u2018\u201c]*:\s*(?:['\"\u2018\u201c]|[^\W\d_]{2,}))"
                              r"(?!.*\b(?:what|whats|which|who|whos|when|where|how|why|is|are|was|were|did|does|do|can)\b)")
_THANKS_WORDS = frozenset("thanks thank thx ty cheers ta diolch".split())
# "manchester cyber summit 7 feb 2017 venue": a search typed as the thing, then the detail wanted.
_VENUE_FRAGMENT = regexes.compile(r"\b(venue)s?\s*\??\s*$")
# (A word that asks us to confirm the one given, "is that the right address?", is no detail: ``_CONFIRMING``.)
_DETAIL_NAMED = regexes.compile(r"\b([a-z][\w-]*)\s+(name|number|address)s?\s*\??\s*$")
# ("that" asks so only after a name put as the doer, "it was Ian Levy that launched it": ``_cleft_that``.)
_WHO_DID = regexes.compile(r"(?<!\bby )(?<!\bto )(?<!\bwith )(?<!\bfrom )(?<!\bfor )(?<!\bof )(?<!\bper )"
                      r"\b(?:who|whos|who's|that)\s+(?:[a-z]+ly\s+)?([a-z][\w-]*)\b(?!\s+(?:up|over|out|off|on|down|back|in)\b)")
# "who urged councils to respond", "who called on the government to reinforce the NCSC", "who asked the LGA to run
# it": a request made of someone, who is as much what the question asks about as the deed is (the one urged to do it).
_REQUEST_VERBS = (r"urged|urges|urge|asked|asks|told|tells|called\s+on|calls\s+on|call\s+on|encouraged|encourages|"
                  r"pressed|presses|pushed|pushes|nudged|implored|begged|invited|invites|persuaded|appealed\s+to|"
                  r"warned|warns|advised|advises|lobbied|lobbies|challenged|instructed|ordered|got")
_WHO_ASKED_TO = regexes.compile(r"\b(?:who|whos|who's|which\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:[a-z]+ly\s+)?"
                                rf"(?:(?:had|has|have|did)\s+)?({_REQUEST_VERBS})\s+"
                                r"((?:(?!to\b)[\w'&.-]+\s+){1,5}?)to\s+(?!the\b|a\b|an\b|do\s+so\b)[a-z]+")
# "who filled in for Geoff Connell as Socitm president", "who stood in for Ciaran Martin": one who took a post for a
# while in another's place, which the entry must tell (a stand-in, an acting or interim holder), not only who held it.
_STOOD_IN = r"(?:stood|stand|stands|standing|filled|fill|fills|filling|stepped|step|steps|sat|sit|subbed|sub)\s+in"
_WHO_STOOD_IN = regexes.compile(r"\b(?:who|whos|who's)\s+(?:[a-z]+ly\s+)?(?:(?:has|had|did|was)\s+)?"
                                rf"({_STOOD_IN})\s+for\b")
# ...as an entry tells it.
STAND_IN_TOLD = regexes.compile(rf"\b{_STOOD_IN}\s+for\b|\bdeputi[sz](?:ed|ing|es)\b|\b(?:acting|interim|temporary|caretaker)\s+[a-z]+", re.I)
# "who carried out the stocktake", "who set up the ncsc", "who kicked off the GCSS": the deed with its particle.
_WHO_DID_PHRASAL = regexes.compile(r"(?<!\bby )(?<!\bto )(?<!\bwith )(?<!\bfrom )(?<!\bfor )(?<!\bof )"
                              r"\b(?:who|whos|who's|that)\s+(?:[a-z]+ly\s+)?([a-z][\w-]*)\s+(up|out|off)\b")
# "who was behind the gloucester attack", "who's responsible for the hackney hack", "who is to blame for it": the one
# who did it, asked without the deed's verb; an entry that only tells of the thing done names no doer.
_WHO_BEHIND = regexes.compile(r"(?<!\bby )(?<!\bto )(?<!\bwith )(?<!\bfrom )(?<!\bfor )(?<!\bof )"
                              r"\b(?:who|whos|who's)\s+(?:(?:was|were|is|are|was\s+it|is\s+it)\s+)?(?:[a-z]+ly\s+)?"
                              r"(behind|responsible\s+for|to\s+blame\s+for|to\s+blame|accountable\s+for)\b")
# "who gave the keynote", "who did the stocktake research": a deed that says nothing until its object does.
_WHO_GAVE_THE = regexes.compile(r"\bwho(?:'s|s)?\s+(?:[a-z]+ly\s+)?(gave|give|gives|given|giving|delivered|delivers|deliver|"
                           r"did|does|do|made|makes|make)\s+(?:the|a|an|its|their|this|that)\s+"
                           r"((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:at|in|on|for|to|of|about|with|during|"
                           r"when|and|or|by|from|back|last|this|that|these|those)\b|\s*[?.!,;]|\s*$)")
# "how do we apply", "how can a council sign up": the way to do it, which the entry must speak of doing.
# A search box drops the asker: "how to pay council tax online" (not "what did he say about how to fill it in").
_HOW_TO = regexes.compile(r"\bhow\s+(?:do|can|should|could|would|does|must)\s+(?:we|i|you|they|one|a\s+council|councils|"
                     r"our\s+council)\s+(?:actually\s+|even\s+|go\s+about\s+)?([a-z][\w-]*)"
                     r"|^\W*how\s+to\s+(?:actually\s+|go\s+about\s+)?([a-z][\w-]*)")
# "what are the four objectives in the caf", "name the 3 pillars": the members of a counted set, named.
# ...a list of things whose values the entry gives may be counted by them ("the two target years", "the two amounts"):
# that many years or sums in the entry are the list, whether or not it writes the count.
VALUE_LISTS = frozenset("years dates amounts sums figures pots".split())
_LIST_ASKED = regexes.compile(r"\b(?:(?:what|which|wat|wot)(?:'re|\s+are|\s+were|\s+r)|name|list)\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?"
                         r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\s+"
                         r"((?:[\w'-]+\s+){0,2}[a-z][\w-]*s)\b")
# "did connell reckon any of it would reach councils": what someone thought, which the entry must report
# them saying or thinking, not merely name them near the subject ("Connell raised questions there").
_THOUGHT = ("think|thinks|thought|reckon|reckons|reckoned|believe|believes|believed|expect|expects|expected|feel|feels|"
            "felt|predict|predicts|predicted|fear|fears|feared|worry|worried|doubt|doubted")
_VIEW_REPORTED = regexes.compile(r"\b(?:said|says|warned|warns|argued|argues|thought|thinks|believed|believes|expected|expects|"
                            r"predicted|predicts|suggested|suggests|stated|states|told|feared|fears|doubted|cautioned|"
                            r"wrote|writes|explained|explains|set out|sets out|urged|urges|gave|gives|described|"
                            r"describes|according to|in (?:his|her|their) view)\b")
# ...and, for what someone said, the occasion of their saying it: "Hammond set them out in his launch speech", "he
# announced it", "in his keynote".
_SAYING_TOLD = regexes.compile(r"\b(?:speech|speeches|keynote|remarks|quoted|announced|announces|set\s+(?:\w+\s+)?out|"
                               r"sets\s+(?:\w+\s+)?out|called|calls|raised|raises|asked|asks|added|adds|commented)\b")
# "by when does the NCSC expect organisations to have alternatives ...", "which department indicated that councils
# could ...": a verb that reports what someone said, wanted or meant, with what they said after it, frames the deed
# asked about (having alternatives, applying the requirement); the entry need not word the saying ("the NCSC has
# said organisations should ..."), and what was said is held to it as any question's words are.
_REPORTING_VERBS = frozenset("""expect expects expected indicate indicates indicated state states stated advise advises
    advised ask asks asked want wants wanted intend intends intended say says said suggest suggests suggested recommend
    recommends recommended propose proposes proposed hope hopes hoped plan plans planned anticipate anticipates anticipated
    envisage envisages envisaged urge urges urged encourage encourages encouraged tell tells told confirm confirms confirmed
    signal signals signalled note notes noted""".split())
# ...said before what was said ("indicated that", "expect organisations to have"); not "what did Connell say about it".
_REPORTING_FRAME = regexes.compile(
    rf"\b({'|'.join(sorted(_REPORTING_VERBS))})\s+(?:(?:that|whether|if)\b|(?:[\w'-]+\s+){{0,4}}?to\s+(?!the\b|a\b|an\b)[a-z])")
# Who said it, as an entry writes it: "The Cabinet Office said other contracting authorities ... may choose".
_SAID_IT = r"(?:said|says|told|tells|\w+ed)\b"
_WHAT_DID = regexes.compile(r"\bwhat\s+(did|does|do|has|have|had|will)\s+((?:[\w'-]+\s+){1,4}?)([a-z][\w-]*)\s+"
                       r"(?:to|for|about|with|towards|on|at|during)\b")
# "what did the queen say in her speech", "what did connell say when he spoke?", "what did hopkirk say?": the saying
# itself asked, with nothing after it to say what of, is a deed as "what did X say about Y" is.
_WHAT_SAID = regexes.compile(r"\bwhat\s+(did|does|do|has|have|had)\s+((?:[\w'-]+\s+){1,4}?)(say|tell|write)\b"
                        r"(?=\s+(?:in|when|while|during|then|back|exactly|publicly)\b|\s*[?.!,;:]|\s*$)")
# "what was launched at cyberuk 2017 for local government", "anything announced during the summit?": a deed done at an
# event, which an entry that tells only of the event (its dates, delegates and town) does not say was done there.
_DONE_AT_EVENT = regexes.compile(r"\b(?:what|anything|something)\s+(?:(?:was|were|got|has\s+been|had\s+been|been)\s+)?"
                           r"(launched|announced|unveiled|published|released|introduced|revealed|showcased|signed)\s+(?:at|during)\b")
# "when did barker join dclg": the deed after the one who did it.
# "why did the ncsc scrap cyber essentials": the deed is said as a fact, which
# the entry must state as when's is.
# ("what date exactly did geoff connell stop being president" asks when as "when" does.)
_WHEN_DID = regexes.compile(r"\b(?:when|why|(?:what|which)\s+(?:date|day))(?:\s+(?:exactly|precisely))?"
                            r"\s+(?:did|does|do|will|has|have|had)\s+((?:[\w'-]+\s+){1,4}?)([a-z][\w-]*)\b")
# "how much did each council get": a sum for each one, not the pot.
# ...or "how much was each of the 2018 'quick win' grants worth": the thing of each, the last word of what "of" names.
_EACH = regexes.compile(r"\bhow\s+much\b.*\b(?:each|per|every)\s+(?:(?:one\s+)?of\s+(?:the|those|these|their|its|our)\s+"
                        r"(?:[\w'-]+\s+){0,3}?(?=[a-z][\w-]*s\b))?(?!year\b|month\b|week\b|day\b|annum\b)([a-z][\w-]*)")
_EACH_GIVEN = regexes.compile(r"\b(each|per|every|a|an|apiece)\b(?:\s+([a-z][\w-]*))?")
# "split between departments": the share-out asked about must be the one the entry gives.
_SPLIT_BY = regexes.compile(r"\b(?:split|divided|broken down|shared|allocated|distributed|spread)\s+(?:\w+\s+)?"
                       r"(?:between|among|amongst|across|by)\s+(?:the\s+|different\s+|each\s+|all\s+)?([a-z][\w-]*)")
# "how was the £37.8m split", "what was the 2.6bn divided into", "a breakdown of the 1.9bn": how a sum was shared out,
# which an entry gives only in parts of it beside it ("split the £1.9bn into £600m ... and the remaining £1.3bn"), not
# in the sum alone. (Of money: "how is the CAF broken down" asks its parts, which its own entry lists.)
_SPLIT_ASKED = regexes.compile(r"\b(?:how|what|where)\b(?:[^?.!;]|\.(?=\d))*?\b(?:split|divided|divvied|broken\s+down|shared\s+out|carved\s+up|"
                               r"apportioned|allocated\s+(?:between|among|across))\b|\bbreak\s?-?down\s+of\b|\bsplit\s+of\b")
_SPLIT_MONEY = regexes.compile(written_sum(SCALES) + r"|"
                               r"\b(?:money|funding|funds|budget|cash|pot|investment|grants?|allocation)\b")
# A sum given as each one's: "£750,000 each", "£5,000 per council" (not a rate, "£1.9bn per year").
_EACH_SUM = regexes.compile(r"[£$€]\s*\d[\d,.]*\s*(?:[a-z]+\s+)?(?:each|apiece|per\s+(?!year|annum|month)\w+)\b", re.I)
# ...or as a cap: "up to £750,000 each", "capped at £5,000", "a maximum of £10k".
_CAP_GIVEN = regexes.compile(r"\b(?:up\s+to|capped\s+at|cap\s+of|max(?:imum)?(?:\s+of)?|no\s+more\s+than|at\s+most|limit\s+of)\s+"
                             r"[£$€]\s*\d|" + _EACH_SUM.pattern, re.I)
# What is left of a sum once a part is named ("between the NCSC and everything else"): no recipient to find by name.
_LEFT_OVER = frozenset("everything else rest remainder remaining others other".split())
# A number written with its scale, if any: "17,000", "£1.9bn" (its "1.9bn"), "£37.8 million", "4,000".
_SCALED_FIGURE = r"(?<![\w.])(" + FIGURE + r")\s*(" + SCALES + r")?(?![\w-])"
# A sum as a question writes it: "£37.8m", "2.6bn", "£600 million" (a scale or a currency mark says it is money).
_MONEY_FIGURE = regexes.compile(r"(" + CURRENCY + r")?\s*" + _SCALED_FIGURE)
# ...between whom, or how much went to whom ("between Cyber Support and Cyber Assessment", "how much to the NCSC"),
# of the sum and however it was shared ("how much of the 1.9bn was split for the police", a sum "carved up" read so).
_PLAINLY = r"(?:(?:specifically|directly|actually|really|just|only|solely|exclusively)\s+)?"
_SPLIT_AMONG = regexes.compile(r"\b(?:between|among|amongst|across)\s+(?:the\s+)?((?:[^?.!;]|\.(?=\d))+?)(?=\s*(?:[?.!;]|$))"
                               # ("how much of it was earmarked for local government", "how much was set aside for the NCSC")
                               # ("how much of the £2.6bn from the Spending Review was earmarked specifically for local
                               # government": where the sum came from, and how plainly it went, between)
                               r"|\bhow\s+much\s+(?:of\s+(?:(?:it|that|this|them)\s+|(?:the\s+|that\s+|this\s+)?[£$€]?\d[\d.,]*\s*[a-z]*\s+)"
                               r"(?:(?:from|in|under|behind)\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?)?)?"
                               r"(?:(?:went|goes|go|got|gets|was|is|were)\s+)?" + _PLAINLY +
                               r"(?:(?:set\s+aside|put\s+aside|ring-?fenced|split|spent|given|[a-z]+ed)\s+)?" + _PLAINLY +
                               r"(?:to|for)\s+(?:the\s+)?([^?.!;,]+?)"
                               r"(?=\s*(?:[?.!;,]|$|\s+(?:in|from|by|and)\b))")
# "how much of the 1.9bn was earmarked for GCHQ?": a part of a sum the question names, asked for someone, is a share-out
# of it as much as "how was the 1.9bn split" is; the entry must give that one a part (not only name them).
_SHARE_OF_SUM = regexes.compile(r"\bhow\s+much\s+of\s+(?:the\s+|that\s+|this\s+)?[£$€]?\s*\d")
# "which gov.uk service helps you decide who to report a benefit fraud to": what is reported is what the entry must
# say is reported, as much as to whom (a service for deciding where a cyber incident goes says nothing of fraud).
# (Only asked whom to: "if we report an incident to NCSC, is the ICO told?" asks about the ICO, not the incident.)
_REPORTED_TO = regexes.compile(r"\b(?:who|whom|where|which\s+[a-z]+|what\s+[a-z]+)\s+(?:(?:do|does|should|shall|can|could|would|"
                               r"must|to|i|we|you|they|one|councils?|organisations?|people)\s+)*"
                               r"report(?:ing|s|ed)?\s+(?:(?:a|an|the|any|my|our|their|this|that|these|those|some)\s+)?"
                               r"((?:(?!to\b|it\b|them\b|this\b|that\b)[a-z][\w-]*\s+){1,3}?)to\b")
# "did Lindy Cameron open the NCSC?": a yes/no about what a person did is the same deed, put to us.
_DID_THEY = regexes.compile(r"^\W*(?:did|has|had)\s+((?:[\w'-]+\s+){1,4}?)([a-z][\w-]*)\b")
_PRONOUNS = frozenset("it they he she we".split())
_DETERMINERS = frozenset("the a an their its his her our your this that these those my".split())
_IRREGULAR_PAST = {"give": "gave", "bring": "brought", "build": "built", "spend": "spent", "send": "sent",
                   "write": "wrote", "find": "found", "pay": "paid", "buy": "bought", "take": "took", "lend": "lent",
                   "sell": "sold", "win": "won", "put": "put", "set": "set", "speak": "spoke", "hold": "held",
                   "keep": "kept", "teach": "taught", "offer": "offered", "begin": "began", "become": "became", "see": "saw",
                   "leave": "left", "go": "went", "come": "came", "run": "ran", "meet": "met", "lose": "lost",
                   "choose": "chose", "rise": "rose", "fall": "fell", "sit": "sat", "stand": "stood", "quit": "quit",
                   "shut": "shut", "split": "split", "let": "let", "stop": "stopped", "step": "stepped",
                   "plan": "planned", "drop": "dropped", "admit": "admitted", "commit": "committed",
                   "submit": "submitted", "ship": "shipped", "sign": "signed", "open": "opened", "hit": "hit",
                   "cut": "cut", "bid": "bid"}
# "what did Barclay say about the NIS regs": what was said must be about something the entry holds.
_SAYER = regexes.compile(r"\bwhat\s+(?:did|does|do|has|have|had)\s+((?:[\w'.-]+\s+){1,5}?)(?:say|said|think|thought|"
                    r"recommend|recommended|make of|conclude|concluded|find|found|report|reported)\s+(?:about|on|of|regarding|"
                    r"in)\b")
# ("what did ciaran martin tell the public accounts committee about mail check": whom they told, a few words, comes between.)
_SAID_ABOUT = regexes.compile(r"\b(?:(?:say|said|says|saying|write|wrote|written)\s+(?:\w+\s+)?(?:about|on|regarding)"
                         r"|(?:tell|told|telling|tells)\s+(?:\w+\s+){0,4}?(?:about|regarding)"
                         r"|(?:think|thought)\s+(?:about|of)|(?:view|views|position|stance|comments?|remarks)"
                         r"\s+(?:on|about|regarding))\s+(?!how\b|what\b|whether\b|if\b|why\b|when\b|where\b|which\b|who\b)"
                         r"(.+?)(?=\s+(?:when|while|at|in|during|after|before|as|and|for|from|to|with|by|since|back)\b"
                         r"|[?.!,;]|$)")
# What opens a relative clause straight after a noun: "the bid that/which ...", or a new subject ("the bid
# the council talked about").
_RELATIVE_OPENERS = frozenset("that which who whom whose the a an their its his her our your this these those my".split())
# Words that ask about the thing itself, which any entry about it answers ("what's the point of
# cyber 360"), or that other constraints read (dates, counts, roles, places).
# A kind of thing answered by naming one ("the organisation behind it": the NCSC) is generic too.
# So are how big a thing is, which its figure answers ("size of the NCSP behind the 2011 strategy?": £860m), and
# the person a who-question describes ("whos the ex-PwC guy who became chief exec": whoever the entry names).
_GENERIC_DETAILS = frozenset("""name names point purpose aim aims idea deal story meaning gist summary status latest
    message messages takeaway takeaways thrust upshot overview lowdown detail details info information focus
    deadline deadlines due closing organisation organisations organization body bodies agency department
    person people individual document documents doc docs publication publications resource resources
    difference thing things one ones kind sort type bit part lot use role job title date day year month time cost
    price number amount figure total head chief boss leader chair place location background history
    do does did done doing get got make made be been say said go went come came have has had happen happened
    mean meant think know want need call called stand stands stood
    run runs ran running lead leads led heads headed chairs chaired manage manages managed oversee oversees oversaw
    front fronts fronted own owns owned ask asks asked tell tells told
    give gives gave given take takes took taken become becomes became put puts keep kept
    might must may shall first even tho though initially
    try tries tried trying tryin achieve achieves achieved achieving accomplish supposed intended aiming hoping
    size sizes scale
    guy guys bloke blokes chap chaps fella fellow gent gentleman man men woman women lady ladies""".split())
_SHARE_TO = regexes.compile(r"\bhow much\b(?: money| cash| funding)?(?: of\b.*?)?\s(?:went|goes|go|going|is going|was|were|will go|"
                       r"gets?|got|was spent|is spent|was given|is given|"
                       # ...or was "earmarked for" them, "set aside for", "allocated to": the same share, in the words
                       # of a budget ("how much of the 1.9bn was earmarked for GCHQ" asks GCHQ's share).
                       r"(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been|been|being|got)\s+)?"
                       r"(?:earmarked|ear-marked|set\s+aside|put\s+aside|allocated|allotted|ring-?fenced|reserved|"
                       r"assigned|designated|set\s+apart|carved\s+out|awarded|handed|given\s+over|channelled|"
                       r"channeled|directed|budgeted|targeted|committed))\s+(?:to|towards|on|for)\s+(?:the\s+)?"
                       # (up to what says when or beside what: "earmarked for councils alongside the strategy")
                       r"([^?.!,;]+?)(?=\s*(?:[?.!,;]|$|\s+(?:in|from|by|under|alongside|with|as|during|after|before|"
                       r"since|through|over|at)\b))")

# -- kinds of thing asked for, titles, addresses, posts and agents -------------------------
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
          **dict.fromkeys("address addresses ip ips ipv4 ipv6".split(), "address"),
          **dict.fromkeys("region regions".split(), "region")}
# A region named, as "which region had the most councils rated amber" asks: a region of England or a nation of the UK.
_REGION_NAMED = regexes.compile(r"\b(?:(?:north|south)[\s-](?:east|west)|north(?:ern)?\s+england|south(?:ern)?\s+england|"
                                r"east\s+of\s+england|(?:east|west)\s+midlands|midlands|yorkshire|the\s+humber|greater\s+london|"
                                r"wales|scotland|northern\s+ireland)\b", re.IGNORECASE)
_WHICH_KIND = regexes.compile(r"\b(?:which|what)\s+((?:[a-z][\w'-]*\s+){0,2}?)(" + "|".join(sorted(_KINDS, key=len, reverse=True))
                         + r")\b(?:\s+([a-z][\w-]*))?(?:\s+(off|up|out|over|down|back)\b)?")
# A council is named by its place: "which city council", "which county council" ask for one; "which CIO
# council" asks for a body, named as such ("the Local CIO Council").
# "what are the PDNS resolver IPs we should point our forwarders at", "what's the IP range web check scans from": an
# address asked for, however far the question word is from it, which an entry gives only by writing one.
_ADDRESS_ASKED = regexes.compile(r"\b(?:what|which|whats|what's)\b(?:\s+(?:is|are|'s|were|was))?(?:\s+(?:the|its|their|your))?"
                                 r"((?:\s+[a-z][\w'-]*){0,3}?)\s+(ips|ip\s+(?:address(?:es)?|ranges?)|ipv[46](?:\s+address(?:es)?)?|"
                                 r"ip)\b")
_COUNCIL_SORTS = frozenset("local city county district borough unitary london metropolitan english welsh scottish".split())
_TITLED = regexes.compile(r"\b(?:Lord|Lady|Sir|Dame|Baroness|Baron|Cllr|Councillor|Dr|Mr|Mrs|Ms|Minister|Chancellor"
                     r"|Secretary|President)\s+[A-Z][a-z]+")
# A royal or noble title before a word makes it someone's name, however common the word is in English.
_ROYAL = regexes.compile(r"\b(?:prince|princess|king|queen|duke|duchess|sir|dame|baroness|lord)\s+(?!of\b|the\b)([a-z][\w'-]+)")
_ADDRESS = regexes.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|[\w.+-]+@[\w-]+\.[\w.]+|https?://|\bwww\.|"
                      r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|co|net|nhs)(?:\.uk)?\b", re.I)
_POST_KINDS = frozenset("minister chancellor mp".split())
_AGENT_VERBS = frozenset("""run runs running chairs heads leads operates manages owns funds provides delivers hosts
    organises organizes makes signs maintains publishes administers oversees issues awards gives offers regulates
    commissions launches creates develops builds writes pays""".split())
# The kinds of thing a body puts out, named with the body before them ("NCSC guidance", "an LGA tool"): whose it is.
_ITS_OWN_OUTPUT = r"(?:guidance|guide|service|tool|toolkit|scheme|framework|programme|resource|initiative)\b"
# What a name does when it is the one who did something ("RAND Europe carried out", "Socitm launched").
_DID_IT = (r"(?:\w+ed|ran|runs|run|built|builds|made|makes|led|leads|gave|gives|chairs|heads|wrote|writes|set up|"
           r"sets up|took|takes|won|paid|pays|provides|manages|operates|owns|oversees|"
           # who is responsible for a thing does it or owns it: "(DLUHC) is responsible for assessing"
           r"(?:is|are|was|were|will be|became|becomes)\s+(?:now\s+)?(?:responsible|accountable|in charge)|"
           r"(?:has|have|had|takes|took)\s+(?:the\s+)?(?:lead|responsibility))\b")
# What a claim says a thing's name is or was: "socitm used to be the Society of Local Authority Chief
# Executives", "cisp stands for the cyber security information partnership", "the ncsc was formerly known
# as ...". The name is the rest of the claim.
_NAME_CLAIMED = regexes.compile(r"\b(?:used\s+to\s+be(?:\s+called|\s+known\s+as)?|stands?\s+for|stood\s+for|(?:is|was)\s+short\s+for|"
                           r"(?:is|was|were)\s+(?:formerly|once|originally|previously)(?:\s+(?:called|known\s+as))?|"
                           r"(?:is|was|were)\s+(?:called|known\s+as)|formerly(?:\s+(?:called|known\s+as))?|"
                           r"(?:full\s+)?name\s+(?:is|was)|expands?\s+to|expanded\s+as)\s+(?:the\s+)?"
                           r"([a-z][\w&'-]*(?:\s+[\w&'-]+){1,7})\s*$")

# -- sectors beside councils -----------------------------------------------------------------
# The kinds of body, beside councils, that people in a shared council channel come from. A question about
# one of them ("did the lga give housing associations cyber money", "did the stocktake cover fire and rescue
# authorities") is about that sector: an entry that speaks only of councils does not answer it. Each sector:
# how a question names it, how an entry may (more broadly: "health" for the NHS), and whether it is a public
# body (an entry for "public sector bodies" speaks to a fire authority, not to a housing association).
_SECTORS = {
    "housing associations": (r"housing\s+associations?|housing\s+providers?|social\s+landlords?|social\s+housing\s+providers?",
                             r"housing\s+(?:associations?|providers?)|social\s+(?:landlords?|housing)|third\s+sector", False),
    "fire and rescue authorities": (r"fire\s+(?:and|&)\s+rescue(?:\s+(?:services?|authorit(?:y|ies)))?|fire\s+authorit(?:y|ies)|"
                                    r"fire\s+services?|fire\s+brigades?", r"fire(?:\s+(?:and|&)\s+rescue|\s+authorit|\s+services?\b|\s+brigades?\b)", True),
    # ("report it to the police" is where a crime goes, not a sector asked about)
    "police forces": (r"police(?:\s+(?:forces?|services?|bodies|organisations|sector))?|constabular(?:y|ies)",
                      r"police\b|policing\b", True),
    "the NHS": (r"nhs(?:\s+trusts?)?|health\s+boards?|health\s+bodies|hospital\s+trusts?|gp\s+practices?|gp\s+surger(?:y|ies)",
                r"nhs\b|health\b|hospital", True),
    "universities": (r"universit(?:y|ies)|higher\s+education", r"universit|higher\s+education|education", False),
    "schools": (r"schools?|academy\s+trusts?|multi-academy\s+trusts?", r"school|academ|education", True),
    # (a civil servant says who they are: "was she civil service?" asks of someone's career, not the sector)
    "central government departments": (r"civil\s+servants?|civil\s+service|(?:central\s+|whitehall\s+)?government\s+departments?|"
                                       r"whitehall\s+departments?", r"central\s+government|government\s+departments?|whitehall|"
                                       r"civil\s+service|public\s+sector", True),
    "charities": (r"charit(?:y|ies)|third\s+sector|voluntary\s+(?:sector|organisations?)", r"charit|third\s+sector|voluntary", False),
}
# Names of a sector that say who the asker is ("police here", "civil servant here") but, asked about, ask
# something else: "report it to the police", "was she a civil servant?".
_SECTOR_SELF_ONLY = regexes.compile(r"civil\s|police$")
# A rank below a post, or standing in for it: "deputy head", "vice president", "acting chief executive", "interim CEO".
# (Not the asker's own colleague: "my deputy CIO keeps going on", "deputy CIO reckons ...", "our new interim CISO".)
_RANKED_POST = regexes.compile(r"(?<!\bmy\s)(?<!\bour\s)(?<!\bnew\s)(?<!\byour\s)(?<!\ba\s)(?<!\ban\s)"
                               r"\b(deputy|vice|assistant|acting|interim|associate)[\s-]+(?:[\w'-]+\s+)?(?:head|president|"
                               r"chair\w*|director|chief|ceo|cio|cto|ciso|cdio|manager|lead|leader|secretary|minister|"
                               r"chancellor|officer)\b(?!\s+(?:reckon\w*|say\w*|said|think\w*|thought|ask\w*|want\w*|keep\w*|kept|"
                               r"told|mention\w*|wonder\w*|believe\w*|heard|here))", re.IGNORECASE)
# ...unless a version of a thing made for them is asked: "is there a police version of the local government CAF?"
_SECTOR_VERSION = regexes.compile(r"\s+(?:version|edition|equivalent|variant|flavour|copy)\b")
_SECTOR_NAMED = {label: regexes.compile(r"(?<![\w-])(?:" + asked + r")(?![\w-])") for label, (asked, _, _) in _SECTORS.items()}
_SECTOR_SAID = {label: regexes.compile(r"(?<![\w-])(?:" + said + r")") for label, (_, said, _) in _SECTORS.items()}
# How an entry names one body of a sector: asked which of them ("which government department assesses council
# cyber security?"), an entry that names one ("the Department for Levelling Up, Housing and Communities") answers it.
_SECTOR_MEMBER = {"central government departments": regexes.compile(r"\bdepartment\s+(?:for|of)\s")}
_PUBLIC_SECTORS = frozenset(label for label, (_, _, public) in _SECTORS.items() if public)
# An entry for organisations at large speaks to every sector ("free ... for small organisations", "lets
# organisations practise").
_ANY_ORGANISATION = regexes.compile(r"\b(?:any|all|every|small|smaller)\s+(?:(?:size\s+of|sizes\s+of|kinds?\s+of|types?\s+of)\s+)?"
                               r"organisations?\b|\borganisations\s+of\s+(?:all|any)\s+(?:sizes?|kinds?|types?)\b|"
                               # a tool that "lets organisations practise", "helps organisations": any of them
                               r"\b(?:lets|helps|enables|allows|gives)\s+organisations\b")
_PUBLIC_BODIES = regexes.compile(r"\bpublic[\s-]+(?:sector|bod(?:y|ies)|authorit(?:y|ies)|services?)\b")
# Who the asker is, not what they ask about: "our housing association", "we're an nhs trust", "i was at an
# nhs trust", "as a fire authority"... (before the sector's name), and "NHS trust here", "fire & rescue
# digital officer -", "housing association -" at the start (after it).
_SECTOR_OWN_BEFORE = regexes.compile(r"(?:\b(?:our|my|we're|we\s+are|i'm|i\s+am|im|i\s+was|we\s+were|coming\s+from|"
                                r"(?:hi|hello|hey|hiya|greetings|morning|afternoon)\s+from|"
                                r"i\s+work|i\s+worked|work(?:ing)?\s+(?:at|for|in))\s+(?:(?:at|for|in|from|with)\s+)?"
                                r"(?:(?:an?|the|one|this)\s+)?(?:[\w&'-]+\s+){0,2}?"
                                # "were a police force" (we're), "as an nhs trust" (not "were police forces part of",
                                # "bodies such as police forces")
                                r"|\b(?:were|(?<!such\s)as)\s+an?\s+(?:[\w&'-]+\s+){0,2}?)$")
_SECTOR_OWN_AFTER = regexes.compile(r"^(?:\s+[\w&'/-]+){0,4}?\s+here\b|^(?:\s+[\w&'/-]+){0,3}?\s+(?:officer|lead|manager|staff|"
                               r"analyst|engineer|director|head|team|clerk|worker|person|bod|side|ciso|cio|cto|cdio|iso|cso|siro|dpo)\b"
                               r"\s*(?:[-\u2013\u2014:,.!]|\bhere\b)")
# A message that opens by saying which sector the asker works in ("housing association ciso: ...", "police
# digital officer here. ..."): the words up to the question.
_SECTOR_INTRO_END = regexes.compile(r"^(?:\s+[\w&'/-]+){0,4}?\s+(?:here\b|(?:officer|lead|manager|staff|analyst|engineer|director|"
                               r"head|team|clerk|ciso|cio|cto|cdio|iso|cso|siro|dpo|it|ict|infosec|security|digital)\b(?:\s+here\b)?)"
                               r"\s*(?:[-\u2013\u2014:,.!]+\s*)|^\s+here\b\s*(?:[-\u2013\u2014:,.!]+\s*)?|"
                               # "civil servant, cabinet office adjacent - ..."
                               r"^,(?:\s+[\w&'/-]+){1,3}\s+[-\u2013\u2014:]\s*")
_QUESTION_OPENS = regexes.compile(r"(?:what|whats|what's|when|where|who|whos|who's|which|how|why|is|are|was|were|can|could|"
                             r"do|does|did|should|has|have|any|pls|please)\b", re.I)
_SECTOR_LEAD_IN = regexes.compile(r"^(?:\s+[\w&'/-]+){0,2}?\s*(?:[-\u2013\u2014:]|,(?:\s+[\w&'/-]+){1,3}\s+[-\u2013\u2014:]|"
                             r",\s+(?=(?:what|when|where|who|which|how|why|is|"
                             r"are|can|could|do|does|did)\b))")
# ...and what a question asks of "us" when the asker has said which sector they are: "are we an eligible
# body for pdns", "does the caf apply to us", "is it mandatory for us", "can we join".
_FOR_US = regexes.compile(r"\b(?:(?:are|r|is)\s+we\b(?:\s+[\w-]+){0,3}?\s+(?:eligible|entitled|covered|included|allowed|"
                     r"required|obliged|able\s+to\s+(?:join|apply|get|sign))|(?:eligible|available|open|mandatory|"
                     r"compulsory|required|obligatory|applicable|apply|applies|relevant|meant)\s+(?:to|for)\s+(?:us|our)\b|"
                     r"(?:cover|covers|covered|include|includes|included)\s+us\b|can\s+we\s+(?:join|apply|sign\s+up|"
                     r"get|have|access|use)|do\s+we\s+(?:qualify|count|have\s+to|need\s+to))")
# The thing a question asks for a sector, said just before it: "is there a pathway for housing associations", "a
# version made for fire services". An entry that says whom that thing is made for ("pathways designed specifically for
# ... local authorities") answers for those only, even where the tool itself is for any organisation.
_MADE_FOR = regexes.compile(r"\b([a-z][a-z-]{2,}?)s?\s+(?:(?:designed|made|tailored|meant|built|written|aimed)\s+)?"
                            r"(?:(?:specifically|especially|just|only)\s+)?(?:for|at)\s+(?:the\s+)?$")
# ...asked as whether there is one: "is there a scenario for schools", "does it have a version for fire services".
_THERE_IS = regexes.compile(r"\b(?:is|are|was|were)\s+there\b|\b(?:have|has|had|offer|offers|include|includes|got)\s+"
                            r"(?:a|an|any|its\s+own|their\s+own)\s")
_COUNCILS_SAID = regexes.compile(r"\b(?:councils?|local\s+authorit(?:y|ies)|local\s+government)\b")

_COUNCIL_WORDS = frozenset("council councils county city borough district of and the".split())

# -- disclaimers, days, places asked and counts --------------------------------------------
# "The sources do not give the exact day or venue", "the sources give no further breakdown of the £1.3bn",
# "no single closing date was found": an entry that says what it lacks does not answer a question asking it.
_DISCLAIMER = regexes.compile(r"\bsources?\s+(?:do|does|did)\s+not\s+(?:give|say|name)\s+((?:[^.;]|\.(?=\d))+)"
                         r"|\bsources?\s+give\s+no\s+((?:[^.;]|\.(?=\d))+)"
                         r"|\bno\s+(?:single\s+)?((?:[^.;]|\.(?=\d))+?)\s+(?:was|were)\s+found\b", re.I)
# What a known gap says it lacks for every year after one ("any dates for CYBERUK after 2022").
_GAP_AFTER = regexes.compile(r"\b(?:after|beyond|since)\s+((?:19|20)\d\d)\b(?![/-]\d)")
# What is asked of a thing, not a thing a year is beside: "what was his job title in 2017" dates him, not a job.
# ...and so is where someone worked then: "which council was Geoff Connell working at in 2018" asks the workplace an
# entry of 2018 gives ("by May 2018 ... Norfolk's head of IT"), not a deed of working done in 2018.
_ASKED_OF = frozenset("""job jobs title titles role roles position name names date dates day days venue
    working employed based""".split())
_MNEMONIC_LETTER = regexes.compile(r"(?![kmbai]$)[a-z]s?")   # not "5 k", "2 m", "3 a day"
_HEDGES = frozenset("exact precise further single".split())
# "what day", "the exact date", "what day and where": a day is asked; "where was it" (not "the summit
# where Connell asked", nor "where do I find") a place.
_DAY_ASKED = regexes.compile(r"\b(?:what|which|exact|precise)\s+(?:day|days|date|dates)\b")
_WHERE_ASKED = regexes.compile(r"(?:^|[?.!,;:\u2013-]\s*|\band\s+|\bor\s+)(?:where|whr|wher)(?:'s|s)?\b"
                          r"(?!\s+(?:do|can|could|should|would|might|did)\s+(?:i|we|you|people)\b)")
# The end of what a "where" question asks about ("where was the manchester leg held | - in the town hall?"),
# and "venue" asked bare ("manchester cyber summit 7 feb 2017 venue").
_VENUE_CLAUSE_END = regexes.compile(r"\b(?:held|hosted|based|located|hold|host|take place|took place|happen\w*|run|staged)\b"
                               r"|[?!;]|\s[-\u2013]\s|,")
_VENUE_WORD = regexes.compile(r"\bvenues?\b")
# "how many vulnerabilities did web check find in central government": a count or sum of one part, which
# the entry must speak of (its local government figure is not central government's).
_COUNT_SCOPE = regexes.compile(r"\bhow\s+(?:many|much)\b[^?.!;]*?\b(?:in|across|within|among|amongst)\s+(?:the\s+)?"
                          r"((?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)(?=\s*(?:[?.!,;]|$)|\s+(?:and|or|over|since|by|to|"
                          r"with|from|during|before|after|last|this|per|exactly|then|now|according|as\s+per)\b)")
# "how many people went to the local government cyber summit": the event they went to is the one whose
# head count answers, so the entry must name it.
_ATTENDED_AT = regexes.compile(r"\bhow\s+many\b(?:\s+[\w'-]+){0,2}?\s+(?:went|go|came|come|attended|attend|turned\s+up)"
                          r"\s+(?:(?:to|at|up\s+to|up\s+at)\s+)?(?:the\s+)?((?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*)"
                          r"(?=\s*(?:[?.!,;]|$)|\s+(?:in|last|this|and|or|\d{4})\b)")
_EXACTLY = regexes.compile(r"\b(?:exactly|precisely|exact number|precise number|exact count)\b")
_ROUGH_COUNTS = frozenset({"all", "every", "half", "dozens", "hundreds", "thousands"})
_HOW_MANY = regexes.compile(r"\bhow many\s+((?:[\w'-]+\s+){0,3}[\w'-]+)")
_NUMBER = regexes.compile(r"\b(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"dozen|dozens|hundred|hundreds|thousand|thousands|all|every|half)\b")

# -- claims: tags, roles at bodies, done-by, literals, doers and clefts --------------------
# A yes/no question put as a claim: "francis maude launched cyber essentials, didn't he?", "geoff connell
# chairs the local cio council yeah", "socitm annual conference 2017 was at villa park?". Everything it
# says is asserted, so everything it names is held to the entry (``_claimed``).
_TAG = TAG_QUESTION
_POLAR_START = regexes.compile(r"^\W*(?:is|was|are|were|isn'?t|wasn'?t|did|does|do|has|have|had)\b")
# A question word that opens a clause asks something; "...president when the briefing came out" does not.
_WH_ASKED = regexes.compile(r"(?:^|[?.!,;:\u2013-]\s*|\b(?:and|but|so|also|ok|okay|hi|hey)\s+)(?:what|whats|what's|when|where|"
                       r"who|whos|who's|whom|which|how|why)\b")
_FINITE = regexes.compile(r"\b(?:is|was|are|were|has|had|[a-z]{3,}ed|chairs|leads|heads|runs|ran|led|built|held|set up|"
                     r"went|came|took|gave|won|got|became)\b")
# Who a claim says held a post: "did john suffolk chair the local cio council", "the local cio council
# is chaired by geoff connell", "hopkirk was socitm president" (a body named before the role).
_ROLE_VERBS = {"chair": "chair", "chairs": "chair", "chaired": "chair", "head": "head", "heads": "head",
               "headed": "head", "lead": "lead", "leads": "lead", "led": "lead"}
_LEADING = "head chief ceo director chair chairman chairwoman president leader lead executive boss".split()
# The body a post is held at: "chair of the local cio council on cyber", "spokesperson for socitm",
# and "the ncsc's chief executive".
# (Not when the post was held: "the programme manager at the time of the stocktake", "chair at that point".)
_ROLE_AT_BODY = regexes.compile(r"\b(?:" + _ROLES + r")\s+(?:of|at|for)\s+"
                           r"(?!(?:the|that|this)\s+(?:time|moment|point|outset)\b)(?:the\s+)?"
                           r"((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:on|in|about|at|for|of|when|now|these|today|back|and|or|"
                           r"before|after|during|from|since|until|by|then|currently|is|was|were|are)\b|\s*[?.!,;]|\s*$)")
_BODYS_ROLE = regexes.compile(r"\b([\w-]+)'s\s+(?:[\w-]+\s+)?(?:" + _ROLES + r")\b")
_NOT_BODY = frozenset("first former new current then last previous founding next overall joint sole only also once "
                      "still really actually definitely".split())
# What a claim says was done by someone ("administered by socitm", "maintained by the nsa", "launched
# with the met police"): the entry must say it was done by them. ("Compared with the first strategy" names what
# is compared, not who did it.)
_DONE_BY = regexes.compile(r"\b(?!(?:compared|contrasted|benchmarked|measured|matched)\b)([a-z]{3,}ed|run|built|made|written|given|led|held|set up|done|taken|paid|sent|won|chosen)"
                      r"\s+(?:by|with|alongside)\s+(?:the\s+)?([a-z0-9][\w'&-]*(?:\s+[a-z0-9][\w'&-]*){0,2})")
# The same said the active way round, of who does it now: "nominet runs pdns now yeah", "BT operates PDNS, right?"
# (to operate, manage, host, deliver or provide a service is to run it).
_DOES_IT = regexes.compile(r"^\W*(?:the\s+)?([a-z0-9][\w'&-]*(?:\s+[a-z0-9][\w'&-]*){0,2}?)\s+"
                           r"(?:(?:still|now|currently|actually)\s+)?(runs|operates|manages|hosts|delivers|provides)\s+\w")
# A claim asked of now, whether it still holds: "is PDNS still run by Nominet?", "is Web Check run by the NCSC any more?".
_STILL_ASKED = regexes.compile(r"\b(?:still|any\s?more|these\s+days|nowadays)\b")
# An entry that tells how a thing changed: what it was "originally" and what it is "now", who "took over" or "replaced" it.
_CHANGE_TOLD = regexes.compile(r"\b(?:now|currently|originally|initially|formerly|previously|later|since|replaced|replaces|"
                               r"took\s+over|taken\s+over|succeeded|handed\s+over|moved\s+to|transferred)\b", re.IGNORECASE)
# ...and an entry that tells of a change in a year, what was before it and what came of it: "confirmed ... a new name",
# "until May 2018 the council was known as", "replaced CESG". It holds what a thing was before that year, as it says
# ("what was the Local CIO Council called before May 2018?"), where a sentence of the entry tells of that year and
# the change together.
_CHANGE_IN_YEAR = regexes.compile(r"\b(?:renamed|new\s+name|formerly|previously|until|replaced|replacing|succeeded|took\s+over|"
                                  r"taken\s+over|forerunner|predecessor|was\s+known\s+as)\b", re.IGNORECASE)
# How many times over a claim says something grew or shrank ("the 2016 money roughly doubled the first strategy's",
# "tripled", "halved"): the entry must say the same.
_MULTIPLES = {"doubled": r"doubl(?:e|ed|es|ing)|twice|two-fold|twofold|two\s+times",
              "tripled": r"tripl(?:e|ed|es|ing)|trebl(?:e|ed|es|ing)|three-fold|threefold|three\s+times",
              "quadrupled": r"quadrupl(?:e|ed|es|ing)|four-fold|fourfold|four\s+times",
              "halved": r"halv(?:e|ed|es|ing)"}
_MULTIPLE = {said: regexes.compile(rf"\b(?:{forms})\b") for said, forms in _MULTIPLES.items()}
# A question that asks what someone said, gave as reasons, called something or urged: "what reasons did geoff
# connell give back in 2017?", "what did socitm tell councils in 2017?". Its year is when it was said, which the
# date of the entry's source gives where its words do not.
_SAID_ASKED = regexes.compile(r"\bwhat\s+(?:[\w'-]+\s+){0,2}?(?:did|does|do)\s+(?:[\w'-]+\s+){1,4}?(?:say|tell|give|call|argue|"
                         r"urge|warn|write|recommend|conclude|suggest|describe)\b")
# The year of the piece the asker read, said as where the fact is taken from: "(per the 2018 piece)", "according to the
# 2018 Socitm article", "going by that 2019 blog post", "in the 2020 annual review". It dates the source, not the fact:
# an entry whose source is dated that year gives what the piece said, though its words give the year to nothing (and
# one whose sources are of other years is not from that piece). Not a strategy or a scheme named by its year ("per the
# 2016 strategy" names the strategy).
_SOURCE_YEAR = regexes.compile(r"\b(?:per|according\s+to|going\s+by|based\s+on|from|in|as\s+(?:reported|stated|said|set\s+out)\s+in)\s+"
                               r"(?:the|that|this|a|an|their|its|[\w-]+'s)\s+(?:[\w'-]+\s+){0,2}?((?:19|20)\d\d)\s+(?:[\w'-]+\s+){0,2}?"
                               r"(?:piece|article|post|blog|blog\s+post|report|review|annual\s+review|briefing|survey|paper|page|"
                               r"story|write-?up|interview|release|press\s+release|statement|bulletin|newsletter|news\s+item|feature|"
                               r"evidence|submission)\b")
# Where a claim says a thing was launched or held: "exercise in a box was launched at socitm's annual
# conference", "the strategy was announced at the microsoft offices".
# ...and the occasion a deed was done in, after what was done: "hammond launched the cyber strategy in his autumn
# statement speech" (an occasion of its own, not the event the entry says it was launched at).
_DONE_AT = regexes.compile(r"\b(launched|announced|unveiled|opened|held|hosted|presented|published|signed|revealed)"
                      r"(?:\s+(?!at\b|and\b|but\b)[\w'-]+){0,5}?\s+at\s+(?:the\s+|an?\s+)?([a-z0-9][\w'&-]*(?:\s+[a-z0-9][\w'&-]*){0,3})"
                      r"|\b(launched|announced|unveiled|revealed)(?:\s+(?!at\b|in\b|on\b|by\b)[\w'-]+){0,4}?\s+(?:at|in)\s+"
                      r"(?:his|her|their|its|that\s+year's|the\s+same\s+year's)\s+([a-z][\w'&-]*(?:\s+[a-z][\w'&-]*){0,3})")
# Literal identifiers: an email address, a web address or a phone number is right only as written.
_EMAIL = regexes.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WEB = regexes.compile(r"(?<![\w@.-])(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+(?:gov\.uk|org\.uk|co\.uk|ac\.uk|nhs\.uk|"
                  r"police\.uk|uk|com|org|net|gov|io|eu)(?:/[\w./%-]*)?)(?![\w-])")
_PHONE = regexes.compile(r"(?<![\d\u00a3$.,])(?:\+44\s?|0)\d{2,4}(?:[\s-]?\d{3,4}){1,2}(?![\d,])")
_PUBLIC_SUFFIXES = frozenset("gov.uk org.uk co.uk ac.uk nhs.uk police.uk".split())
# An unseen word that a claim puts in the place of who or where ("by the nsa", "at villa park", "dcms
# is responsible") names something when it is rarer than this in English.
CLAIM_NAME_ZIPF = 4.3
_DOER = regexes.compile(r"\b(?:when|where)\s+(?:did|does|do|has|have|had|will)\s+([a-z][\w'-]+)(?=\s+[a-z])"
                   r"|\b(?:took|take|taking|takes)\s+over\s+from\s+([a-z][\w'-]+)(?:\s+([a-z][\w'-]+))?"
                   r"|\bjoin(?:ed|ing|s)?\s+(?:the\s+)?([a-z][\w'-]+)")
_BODY_NAMED = regexes.compile(r"\bthe\s+((?:[a-z][\w'-]*\s+){1,3}?)(agency|authority|commission|inspectorate|regulator|"
                         r"ombudsman|committee)\b")
# "the National Association of Local Councils", "the Cyber Security and Resilience Bill": everyday words written with
# capitals and ending in the noun of a named thing make one name, which an entry must say as a whole (``_unheard_names``),
# though each word of it is ours. (Case matters here: "the national association" in lower case names nothing.)
_NAME_HEADS = ("bills? acts? associations? federations? alliances? institutes? societ(?:y|ies) foundations? trusts? partnerships? "
               "consortium forums? networks? councils? agency agencies authorit(?:y|ies) office department ministry cent(?:re|er)s? "
               "units? services? schemes? funds? grants? programmes? programs? frameworks? standards? strateg(?:y|ies) plans? "
               "regulations? directives? toolkits? summits? conferences? awards? reviews? initiatives? projects? pilots? "
               "campaigns?").split()
_NAMED_THING = regexes.compile(r"(?<![\w&'-])((?:(?:[A-Z][a-z]+|[A-Z]{2,})\s+(?:(?:of|and|for|&|on)\s+)?){2,6})("
                               + "|".join(h[0].upper() + h[1:] for h in _NAME_HEADS) + r")\b")
# "the M&S attack", "AT&T's breach": a short name written with "&" is a firm's, unless it is one of the everyday
# abbreviations so written ("Q&A", "R&D", "A&E").
_SYMBOL_NAME = regexes.compile(r"(?<![\w&])([a-z]{1,3}&[a-z]{1,3})(?![\w&])", re.IGNORECASE)
_EVERYDAY_SYMBOLS = frozenset("q&a r&d a&e h&s p&l t&c t&cs m&a b&b d&t s&c".split())
_PLACE_COUNCIL = regexes.compile(r"\b([a-z][a-z'-]{2,})(?:'s)?\s+(?:(?:city|county|borough|district|metropolitan|town)\s+)?"
                            r"(?:borough\s+)?council\b")
# "was it X who ...", "it was X that ...": the cleft puts the one who did it in X. Its words name them
# unless everyday English ("was it really just the one who"): names run to "michael" (4.9) and "queen".
_CLEFT = regexes.compile(r"^(?:was|is)\s+it\s+(?!(?:true|right|correct|accurate|the case|so|possible|likely)\b)"
                    r"((?:[\w'.-]+\s+){1,3}?)(?:who|that)\b|^it\s+(?:was|is)\s+((?:[\w'.-]+\s+){1,3}?)(?:who|that)\b")
CLEFT_NAME_ZIPF = 5.0
# Words for people, any of which counts the people who use or belong to something ("how many folk are on
# cisp": "more than 17,000 users").
_PEOPLE_COUNTED = frozenset("people persons individuals users members subscribers participants delegates "
                            "attendees".split())
# A head count of an event counts who went: "how many people went to cyberuk", "how many attended it" are
# answered by its delegates or attendees ("over 2,000 delegates"), and by nothing else the entry counts.
_ATTENDING = frozenset("went go goes going attend attended attends attending came come turned".split())
_ATTENDEES = frozenset("delegates attendees visitors participants".split())
# "How many times a year does it meet" asks how often: an entry that states a rate for that period
# ("twice yearly", "two face-to-face meetings a year", "once a month") gives the count asked.
_PERIODS = {"year": "year|annum", "month": "month", "week": "week", "day": "day"}
_PERIODIC = {"year": "yearly|annually", "month": "monthly", "week": "weekly", "day": "daily"}
_FREQUENCY = (r"(?:\b(?:once|twice|thrice)|\b\w+\s+times|(?<![£$€.,\d])\b(?:\d+|one|two|three|four|five|six|ten|twelve)"
              r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)")
# A service's end, asked about or claimed: "is protective dns being switched off?", "my manager says the board toolkit
# is being withdrawn, is that true?", "heard they're scrapping cyber essentials", "mail check is going away". (Of a
# thing, not a person: "stepped down", "left" are a post's end, which the sequence and role constraints read.)
_END_DONE = (r"(?:stopped|withdrawn|switched\s+off|turned\s+off|retired|closed(?:\s+down)?|scrapped|shut(?:\s+down)?|"
             r"discontinued|decommissioned|axed|phased\s+out|wound\s+up|ended)")
_ENDING_ASKED = regexes.compile(rf"\b(?:is|are|was|were|be|being|been|get|gets|getting|got)\s+(?:being\s+)?{_END_DONE}\b|"
                           # (...by someone: "are they stopping web check", not "pdns works by stopping access")
                           r"(?:\b(?:is|are|am|was|were|be|been)|'re|'s)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:stopping|retiring|scrapping|closing(?:\s+down)?|withdrawing|switching\s+off|turning\s+off|"
                           r"shutting\s+down|discontinuing|decommissioning|axing|phasing\s+out|winding\s+up)\s+"
                           r"(?!(?:at|in|on|from|for|next|this|soon|dates?|time|down|off)\b)(?=(?:the\s+|its\s+|their\s+)?[a-z])|"
                           r"\b(?:is|are)\s+going\s+away\b", re.IGNORECASE)
# (What every one of those words holds, looked for first: most questions hold none, and the pattern is slow to fail.)
_ENDING_STEMS = ("stopp", "withdr", "switch", "turn", "retir", "clos", "scrap", "shut", "discontinu", "decommission",
                 "axed", "axing", "phas", "wound", "winding", "ended", "going away")
# ...which an entry tells of when a sentence that names the thing says it is being retired, closed, replaced or ends.
_ENDING_SAID = regexes.compile(r"\b(?:retir\w*|switch\w*\s+off|turn\w*\s+off|clos(?:e|ed|es|ing|ure)|withdr\w*|end(?:s|ed|ing)?|"
                          r"discontinu\w*|decommission\w*|scrapp\w*|shut\w*|wound\s+up|expir\w*|no\s+longer|"
                          r"phas\w*\s+out|stopp(?:ed|ing)|ceas\w*|axed|successor|(?:is|are|be|being)\s+replaced|replaced\s+by)\b",
                          re.IGNORECASE)
# Taking up a post is one deed however English says it: "when did connell start at norfolk", "dylan
# roberts joined leeds", "became CIO at Norfolk", "was appointed", "took up", "took over", "moved to".
_BEGAN = frozenset("start started starts starting join joined joins joining become became becomes begin began "
                   "begins appointed arrive arrived".split())
_BEGAN_PARTICLES = {"take": "up over", "took": "up over", "takes": "up over", "move": "to", "moved": "to",
                    "moves": "to"}
_BEGAN_SAID = regexes.compile(r"\b(?:start(?:ed|s)?|join(?:ed|s)?|bec[ao]me|began|begins?|(?:was |were |been )?appointed|"
                         r"arrived|t[oa]ok(?:en)? (?:up|over)|moved to|succeeded|replaced|"
                         r"(?:from|since)\s+(?:[\w']+\s+){0,3}?(?:(?:19|20)\d\d|" + "|".join(_MONTHS) + r"))\b")

# -- numbers written as words, dates and ordinals ------------------------------------------
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
# "a two-day or three-day event?", "one or two days?": counts in words offered as choices, with or without the unit
# joined on, either of which will do as "2 or 3" does (``_EITHER_FIGURE``).
_EITHER_COUNT = regexes.compile(r"(?<![\w-])(" + "|".join(_NUMBER_WORDS) + r"|\d{1,2})(?:-[a-z]+)?\s+or\s+(?:was\s+it\s+|is\s+it\s+|a\s+)?"
                                r"(" + "|".join(_NUMBER_WORDS) + r"|\d{1,2})(?:-[a-z]+)?(?![\w-])")
# A day of a month; the other end of a range of days ("14-16 march", "march 14-16") is a day too.
_DATE_NUMBER = regexes.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s*[-\u2013]\s*)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                          r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
                          r"(?:\s*[-\u2013]\s*(\d{1,2})(?:st|nd|rd|th)?\b)?")
# "in jan 22", "since sept '21": the month something happened in, its year written short ("on jan 22"
# and "in jan 22nd" are days, "in apr 19 - mar 20" a span the search reads). Read as "in January 2022". A part of the
# month said before it dates the month too: "in the 12m to end Aug 24" is to the end of August 2024.
_MONTH_SHORT_YEAR = regexes.compile(r"\b(in|since|during|(?:the\s+)?(?:end|start|beginning|middle)(?:\s+of)?|mid|early|late)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+['\u2019]?([12]\d)\b"
                               r"(?!\s*(?:st|nd|rd|th)\b|[.,:/-]?\d|,?\s+(?:19|20)\d\d|\s*(?:-|\u2013|to|until|till)\s)", re.IGNORECASE)
# Words after a number word that show it counts nothing ("two and", "the other two of them").
_NOT_COUNTED = frozenset("and or of the a an to in on for is are was were that it them they we you".split())
# Ordinals past ten count a series ("its twentieth Cyber 360", "the 50th"): a figure, like "20". The
# first ten mostly pick one of a list ("the second pillar"), which the "first" constraint and the
# entry's own list answer, so they stay words.
_ORDINAL_WORDS = {w: str(n) for n, w in enumerate(
    "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 11)}
_ORDINAL_WORDS |= {w: str(n) for n, w in zip(range(30, 101, 10), "thirtieth fortieth fiftieth sixtieth seventieth "
                                                                  "eightieth ninetieth hundredth".split())}
_ORDINAL = regexes.compile(r"([1-9]\d+)(?:st|nd|rd|th)")

# Whether a plan came off, or will change: "has the 2025 target been met", "will ncsc extend mail check past
# march 2026". A source that gives the plan does not say how it turned out; only one that says so answers.
_PLAN = r"(?:target|targets|deadline|deadlines|goal|goals|aim|aims|ambition|ambitions|milestone|milestones)"
_MET = r"(?:met|achieved|hit|reached|missed|meet|achieve|reach|miss)"
_OUTCOME_MET = regexes.compile(rf"^\W*(?:has|have|had|was|were|is|are|did)\b.*\b{_PLAN}\b.*\b{_MET}\b"
                          rf"|^\W*(?:has|have|had|did)\b.*\b{_MET}\s+(?:the|its|their|our|that|this)\s+"
                          rf"(?:[\w'-]+\s+){{0,3}}?{_PLAN}\b"
                          # ...and asked on someone's behalf: "Members have asked whether the public sector has now met the
                          # GCSS 2030 resilience target"
                          rf"|\b(?:whether|if)\s+(?:[\w'-]+\s+){{1,6}}?(?:has|have|had|did)\s+(?:now\s+|yet\s+|already\s+)?"
                          rf"{_MET}\s+(?:the|its|their|our|that|this)\s+(?:[\w'-]+\s+){{0,3}}?{_PLAN}\b")
_OUTCOME_CHANGED = regexes.compile(r"^\W*(?:will|would|is|are|has|have|did)\b.*\b(extend|extended|extending|delay|delayed|"
                              r"delaying|postpone|postponed|push\s+back|pushed\s+back|defer|deferred|scrap|scrapped|"
                              r"cancel|cancelled|reverse|reversed)\b")
# Whether a bid or application came off: "was the funding bid discussed at the 6 December meeting successful", "did the
# lga's application get approved?", "how did the bid go". An entry on the bid being made does not say; only one that
# says it was won, granted or turned down answers.
_BID = r"(?:bid|bids|application|applications|proposal|proposals|submission|submissions|pitch|request|business\s+case)"
_OUTCOME_WON = regexes.compile(rf"^\W*(?:was|were|is|are|has|have|had|did|do|does)\b.*\b{_BID}\b.*\b(?:successful|success|succeed|"
                               r"succeeded|approved|accepted|rejected|refused|declined|granted|won|win|funded|turned\s+down|"
                               r"go\s+through|went\s+through|get\s+through|come\s+off|pay\s+off)\b"
                               rf"|\bhow\s+did\s+(?:the\s+|their\s+|that\s+|its\s+)?(?:[\w'-]+\s+){{0,3}}?{_BID}\s+(?:go|turn\s+out|end\s+up)\b"
                               rf"|\b(?:outcome|result)\s+of\s+(?:the\s+|their\s+|that\s+|its\s+)?(?:[\w'-]+\s+){{0,3}}?{_BID}\b")
# When a thing was brought up to date: "when were the 10 Steps refreshed", "when was the new version of the 10 steps
# published", "what year was the CAF updated?". An entry that dates the thing's first edition ("first published in
# 2012") does not say when a later one came; only one that tells of the refresh, update or new version answers.
_REVISION = r"(?:refreshed|updated|revised|relaunched|re-launched|reissued|re-issued|rewritten|overhauled|refresh|update|revise|relaunch|reissue|rewrite|overhaul)"
_OUTCOME_REVISED = regexes.compile(rf"\b(?:when|what\s+(?:date|day|year|month)|which\s+(?:date|day|year|month))\s+"
                                   rf"(?:was|were|did|has|have|is|are|will)\b[^?.!;]*?\b({_REVISION})\b"
                                   rf"|\b(?:when|what\s+(?:date|day|year|month)|which\s+(?:date|day|year|month))\b[^?.!;]*?"
                                   rf"\b(?:new|newer|latest|updated|refreshed|revised|second|current)\s+(?:version|edition)\b")
# The words an entry uses when it says how a plan turned out.
_OUTCOME_SAID = {
    "revised": regexes.compile(r"\b(?:refresh\w*|updat\w*|revis\w*|re-?launch\w*|re-?issu\w*|rewr\w*|overhaul\w*|"
                               r"new\s+version|latest\s+version|version\s+\d|editions?|replac\w*)\b"),
    "won": regexes.compile(r"\b(?:successful|unsuccessful|succeeded|approved|accepted|rejected|refused|granted|awarded|won|"
                           r"turned down|secured|failed|was given|were given|received)\b"),
    "met": regexes.compile(r"\b(?:met|achieved|missed|reached|exceeded|fell short|on track|off track)\b"),
    "changed": regexes.compile(r"\b(?:extend\w*|delay\w*|postpone\w*|pushed back|defer\w*|scrap\w*|cancel\w*|revers\w*)\b"),
}

# A figure the question gives as a bound, not as the figure: "more than 10 thousand?", "over 10,000 users", "at least
# 300 councils", "under £2bn". The words of the bound, the number (digits or a number word) and its scale.
_FIGURE_BOUND = regexes.compile(
    r"\b(more than|over|at least|above|upwards of|in excess of|less than|fewer than|under|below)\s+[£$€]?"
    r"(" + FIGURE + "|" + "|".join(w for w in _NUMBER_WORDS if w not in ("zero", "one")) + r")"
    r"(?:\s*(" + SCALES + r")\b)?"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|decades?|yrs?)\b)")     # "£1.9bn over five years": a time, no bound
# A number an entry writes with its scale (``_SCALED_FIGURE``).
_SCALED_NUMBER = regexes.compile(_SCALED_FIGURE)
_SCALES = SCALE_SIZES
# ...and each scale as a word, as a reply writes it ("£1.5m": "1.5 million").
_SCALE_WORDS = {"m": "million", "mn": "million", "bn": "billion", "k": "thousand"}
# A figure the asker remembers only roughly (``bot.answers.search.HEDGED_FIGURE``).
_HEDGED_FIGURE = HEDGED_FIGURE

# When a clause says a deed was done: "in october 2024", "on 4 october 2016", "since oct 2020", "during 2018" (the
# day, the month and the year; the year must be there). Not a year that names a thing ("CYBERUK 2019").
_DONE_WHEN = regexes.compile(r"\b(?:in|on|during|since|from)\s+(?:(?:early|late|mid|the)\s+)?"
                             r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                             r"(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\b(?![-/\u2013]\d)")
# A clause of an answer that goes on about someone named before it ("In 2018 he spoke ...").
_GOES_ON_ABOUT = regexes.compile(r"\b(?:he|she|his|her|him|hers)\b", re.IGNORECASE)
# A clause of a question, as a person and the date of their deed are read together.
_QUESTION_CLAUSE = regexes.compile(r"[,;:?!]|\.\s|\s[-\u2013\u2014]+\s|\s+(?:but|and|so|while|whereas)\s+")
# What a question asks beyond a claim it makes: a wh-word, or a yes/no of its own that says more than a tag does
# ("was that at the Victoria building", not "is that right", "didn't she").
_ASKS_BEYOND = regexes.compile(r"\b(?:what|where|who|whom|whose|which|when|how|why)\b"
                               r"|^(?:was|were|is|are|did|does|do|has|had|can|could|will|would)\s+(?:that|it|this|he|she|they|there)"
                               r"\s+(?!right\b|correct\b|true\b|so\b)\w+\s+\w+")
# A word said under a negation, in a claim or an entry: "does not automatically notify", "does no scanning", "never
# met" (not "not only").
# A few words the asker puts in quotes ("when he called the govt money 'seed money'", "this 'defend as one' thing"):
# words someone wrote or said, which an entry that answers must write too.
_QUOTED_WORDS = regexes.compile(r"(?<![\w'])['\"\u2018\u201c]([A-Za-z][A-Za-z -]{2,58}[A-Za-z])['\"\u2019\u201d](?![\w])")
# ...and a list of words so quoted, commas and all: "the slogan 'simplify, secure, share'", which may be an
# entry's quoted words with one of them wrong (``Answerability._misquoted``).
_QUOTED_LIST = regexes.compile(r"(?<![\w'])['\"\u2018\u201c]([A-Za-z][A-Za-z ,&-]{2,78}[A-Za-z])['\"\u2019\u201d](?![\w])")
# Whose words a quote is, asked: "who said 'there are only two types of companies ...'?", "whose line is '...'",
# "where's the quote '...' from", "who coined '...'", "'...' - who said that?". The quote (``_ATTRIBUTED_QUOTE``, four
# words or more, any marks inside it) must be words our sources write, or no entry can say whose they are.
_WHOSE_WORDS = regexes.compile(r"\b(?:who(?:'s|\s+was\s+it)?\s+(?:first\s+|originally\s+|actually\s+)?(?:said|says|wrote|"
                               r"coined|came\s+up\s+with|tweeted|quoted)|whose\s+(?:quote|line|words|phrase|saying)|"
                               r"(?:quote|line|phrase|saying)\s+(?:is\s+|comes?\s+|came\s+)?from|attributed?|source\s+of)\b",
                               re.IGNORECASE)
_ATTRIBUTED_QUOTE = regexes.compile(r"(?<![\w])['\"\u2018\u201c]([A-Za-z][^'\"\u2018\u2019\u201c\u201d]{14,300}?[\w.!?])"
                                    r"['\"\u2019\u201d](?![\w])")
# The past of a verb the stemmer cannot join to its present, where a claim and an entry's denial say the same deed
# ("Lincolnshire paid the ransom" and "it did not pay the ransom"): read only to match a claim with a denial.
PAST_OF = {past: base for base, pasts in (
    ("pay", "paid"), ("build", "built"), ("write", "wrote written"), ("give", "gave given"), ("run", "ran"),
    ("take", "took taken"), ("hold", "held"), ("tell", "told"), ("send", "sent"), ("buy", "bought"),
    ("make", "made"), ("win", "won"), ("sell", "sold"), ("lose", "lost"), ("lead", "led"), ("say", "said"),
    ("meet", "met"), ("spend", "spent"), ("go", "went gone"), ("leave", "left"), ("know", "knew known"),
    ("see", "saw seen"), ("get", "got gotten"), ("find", "found"), ("keep", "kept"), ("bring", "brought"),
    ("set", "set"), ("put", "put"), ("begin", "began begun"), ("choose", "chose chosen")) for past in pasts.split()}
_NEGATED = regexes.compile(r"\b(?:not|no|never|nor|neither|without|(?:does|do|did|is|was|are|were|has|have|had|can|could|"
                           r"will|would|should|must)n't)\s+(?!only\b|just\b|merely\b)(?:[\w-]+\s+){0,1}[\w-]+", re.IGNORECASE)
