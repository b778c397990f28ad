"""Does an entry meet a constraint: the check itself.

``check`` runs every constraint of a question against one entry's facts (``_meets``) and makes the
``Verdict``; the helpers below answer the harder questions a constraint asks of an entry: does it
name an instance of the kind asked for, does the person hold the post, was it done by that agent,
is the year beside the thing asked about.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from bot.answers.answerability.constraint import Constraint, Verdict
from bot.answers.answerability.patterns import VALUE_LISTS
from bot.answers.answerability.patterns import (
    STAND_IN_TOLD,
    _ADVICE_ASKED,
    _RECOMMENDED,
    _NO_PRICE_GIVEN,
    _DURATION_GIVEN,
    _STRAIN_NAMED,
    _CLOCK_GIVEN,
    _PUBLIC_ONLY,
    _SUM_GIVEN,
    _SUM_NAMED,
    PAST_OF,
    _QUOTED_LIST,
    _NEGATED,
    _CAP_GIVEN,
    _EACH_SUM,
    _MONEY_FIGURE,
    _SCALE_WORDS,
    _CHANGE_IN_YEAR,
    _CHANGE_TOLD,
    _AFTER_THING,
    _MONTH_GIVEN,
    _REGION_NAMED,
    _ENDING_SAID,
    _US,
    _DEADLINE_WORDS,
    _PART_OF_YEAR,
    _STARTED_WORDS,
    _FOUNDING_WORDS,
    _NOT_BODY,
    COMMON_ZIPF,
    _ADDRESS,
    _BEGAN,
    _BEGAN_PARTICLES,
    _BEGAN_SAID,
    _COUNCIL_WORDS,
    _DETERMINERS,
    _DID_IT,
    _EACH_GIVEN,
    _FIRST_CUES,
    _GENERIC_DETAILS,
    _ITS_OWN_OUTPUT,
    _PEOPLE_COUNTED,
    _ATTENDEES,
    _ATTENDING,
    _FREQUENCY,
    _PERIODIC,
    _PERIODS,
    _ANY_ORGANISATION,
    _PUBLIC_BODIES,
    _PUBLIC_SECTORS,
    _MULTIPLE,
    _SAID_ASKED,
    _SAYING_TOLD,
    _SOURCE_YEAR,
    _SECTOR_MEMBER,
    _SECTOR_SAID,
    _GAP_AFTER,
    _IRREGULAR_PAST,
    _MINISTERIAL_TITLES,
    _MONTHS,
    _MONTHS_DAYS,
    _OUTCOME_SAID,
    _NEXT_CUES,
    _REPORTING_VERBS,
    _SAID_IT,
    _THOUGHT,
    _VIEW_REPORTED,
    _NUMBER_WORDS,
    _POST_KINDS,
    _ROUGH_COUNTS,
    _SENTENCE,
    _GOES_ON_ABOUT,
    _SCALED_NUMBER,
    _SCALES,
    _TITLED,
    DEED_WINDOW,
    ROLE_WINDOW,
    STALE_YEARS,
    YEAR_WINDOW,
    _YEAR,
)
from bot.answers.answerability.wording import (
    _gap_borne_out,
    _figure,
    _literal_text,
    _past,
    _proper_names,
    _years,
)
from bot.answers.knowledge import Entry
from bot.answers.lexicon import english_zipf
from bot.core import regexes
from bot.core.text import A_YEAR, CLAUSE_END, SENTENCE_END, is_stopword, stem, surface_words

# Things a list asked for may be counted by their values in the entry (``listed``): its years, its sums of money.
_YEARS_GIVEN = regexes.compile(r"(?<![\d.,£$-])(?:19|20)\d\d(?![\d%-])")
_SUMS_GIVEN = regexes.compile(r"£\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?", re.IGNORECASE)
_SCALE_OF = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}


def _value_of(said: str) -> float:
    """What a year or a sum as written is worth: "£1.9 billion" and "£1.9bn" are one sum."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", said).group(0).replace(",", "")
    scale = re.search(r"(million|billion|bn|m|k)\s*$", said, re.IGNORECASE)
    return float(number) * (_SCALE_OF[scale.group(1).lower()] if scale else 1)


_LISTED_VALUES = {noun: _YEARS_GIVEN if noun in ("years", "dates") else _SUMS_GIVEN for noun in VALUE_LISTS}

_QUALIFIER_ZIPF = 3.5     # "cyber" (4.0) and "significant" qualify a counted noun; "cisp" (0) or "ncsc" names

ACRONYM_ZIPF = 2.0    # an acronym beside a year is no English word ("ncss"; not "line")

if TYPE_CHECKING:
    from bot.answers.answerability.entry_facts import _EntryFacts


# A post's title runs at most this many words from its first role word ("head of information management and
# technology (CIO)").
TITLE_WORDS = 8
# A view asked of ("did connell expect much of the £1.9bn to reach councils") is one the entry reports when it speaks
# to this share of the words of what the view is of.
VIEW_WORDS_SPOKEN = 0.6
# ...and the body it is a post of is written within this many words of it ("... at Norfolk County Council").
TITLE_BODY_WORDS = 5
# A claim's year is the one whose clauses hold this many more of its words than any other year's do.
YEAR_CLAUSE_LEAD = 2
# Clauses of one sentence that each date something: "... by 2025, and that all ... no later than 2030".
# A season an entry dates something by ("the Autumn 2021 Budget", "in summer 2018").
# Councils, however a question or an entry calls them (``applies-to``).
_COUNCILS_ASKED = frozenset("council councils local authority authorities government las".split())
_COUNCILS_SAID = regexes.compile(r"\b(?:councils?|local\s+authorit(?:y|ies)|local\s+government)\b")
# Asking for words as such: "the third word of the slogan", "which phrase did he use".
_WORDING_ASKED = frozenset("word words phrase wording term".split())
_SEASON_WORDS = regexes.compile(r"\b(spring|summer|autumn|winter)\b")
SEASON_WINDOW = 6          # a month or season dates the year written within this many words after it
_MONTH_WORDS = regexes.compile(r"\b(?:" + "|".join(m[:3] + f"(?:{m[3:]})?" for m in _MONTHS) + r")\b")
# A date an entry gives, down to the year: "5 june 2014", "october 2020", "2003".
_DATE_GIVEN = regexes.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(?:(" + "|".join(_MONTHS) + r")\s+)?((?:19|20)\d\d)\b")
# A month named, with or without its year: "On 9 May", "in June 2016".
# "when did ciaran martin finish at the ncsc", "on which date did CYBERUK 2019 kick off": an end or a start asked in a
# word of its own, which an entry tells as a span ("leading it ... until 31 August 2020", "starting on Wednesday 24 April
# 2019"), dated.
_ENDED_DEEDS = frozenset("finish finished finishes leave left leaves quit quits depart departed stop stopped step stepped".split())
_UNTIL_DATED = regexes.compile(r"\buntil\s+(?:\d{1,2}\s+)?(?:(?:" + "|".join(_MONTHS) + r")\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
_STARTED_DEEDS = frozenset("kick kicked kicks commence commenced commences".split())
_TOOK_OVER = frozenset("succeed succeeded succeeds".split())
_START_DATED = regexes.compile(r"\b(?:start(?:ed|ing|s)?|began|begins?|commenc\w+)\s+(?:on\s+|in\s+)?(?:[A-Z]\w+day\s+)?"
                               r"(?:\d{1,2}\s+)?(?:(?:" + "|".join(_MONTHS) + r")\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
# "who organises cyberuk", "who hosted future decoded": an event named as a body's own ("the NCSC's flagship annual
# cyber security conference", "Microsoft's Future Decoded event") is the one that body runs.
_RUNS_EVENTS = frozenset("organise organises organised organising organize organizes organized organizing run runs ran "
                         "running host hosts hosted hosting stage stages staged staging".split())
_OWN_EVENT = regexes.compile(r"\b([A-Z][\w-]*)(?:'s|\u2019s|s')\s+(?:\(?[\w'\u2019-]+\)?\s+){0,6}?(?i:conference|summit|event|expo|"
                             r"exhibition|show|festival|congress)\b")
# ...where the entry is about the event: one it dates, or one its answer opens with ("CYBERUK is the NCSC's flagship
# ...", "Socitm's Annual Conference 2017 was held ..."), not one a person's post is dated by ("at the time of Socitm's
# 2017 annual conference").
OWN_EVENT_OPENING = 60
_MONTH_NAMED = regexes.compile(r"\b(?:" + "|".join(_MONTHS) + r")\b")
_DATED_CLAUSES = regexes.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
_NAMING = regexes.compile(r"\b(?:names?|named|renamed|called|known as|stands? for|stood for|short for)\b")
# A nation's councils after its adjective: "English councils", "English local authorities".
_ITS_COUNCILS = r"\s+(?:[\w'-]+\s+)?(?:councils|local\s+authorit)"
# "every local authority in England, Scotland and Wales": all the councils of a nation named, which says
# which councils as a list of them would.
_ALL_COUNCILS_IN = regexes.compile(r"\b(?:every|all(?:\s+the)?)\s+(?:local\s+authorit(?:y|ies)|councils?)\s+in\s+"
                              r"(?:england|scotland|wales|northern\s+ireland)\b", re.IGNORECASE)
# Who may use a thing: "can we use", "is it open to", "are X eligible for", "does it apply to us", "does it cover".
_ASKS_WHO_MAY = regexes.compile(
    r"\b(?:can|could|may|are|is)\s+(?:[\w'-]+\s+){0,4}?(?:use|join|get|have|sign\s+up|register|apply|access|benefit)\b|"
    r"\b(?:available|open|eligible|free)\s+(?:to|for)\b|\beligib(?:le|ility)\b|\bappl(?:y|ies)\s+to\b|"
    r"\b(?:cover|covers|include|includes)\s+(?:us|our|councils?|authorit(?:y|ies)|organisations?|[\w-]+\s+(?:councils|authorities))\b|"
    r"\bonly\s+(?:for|in)\s+(?:gb|england|great\s+britain|english)\b", re.IGNORECASE)
# An entry that says a thing is for the whole UK: "organisations in the UK", "UK public sector domains".
_UK_WIDE = regexes.compile(r"\b(?:UK|United\s+Kingdom)(?:-wide|\s+(?:public\s+sector|organisations?|organizations?|"
                           r"councils|local\s+authorities|public\s+bodies))\b|\b(?:organisations|bodies|councils|authorities|"
                           r"everyone|anyone)\s+(?:in|across|throughout)\s+the\s+(?:UK|United\s+Kingdom)\b")
# An entry that says a thing is free ("a free NCSC service", "free to join", "can be forwarded free"), and one that
# speaks of what something costs at all (a price, a fee, a sum paid).
_FREE_TOLD = regexes.compile(r"\bfree\b(?!-text|\s+text\b)|\bno\s+(?:cost|charge)\b|\bat\s+no\s+cost\b", re.IGNORECASE)
_COST_TOLD = regexes.compile(r"\b(?:costs?|costing|price[sd]?|fees?|charges?|charged|paid|pay|subscription)\b|[\u00a3$\u20ac]\s*\d",
                             re.IGNORECASE)
_SOURCES_LACK = regexes.compile(r"\b(?:sources?|reports?|records?|figures?)\b[^.;]*\b(?:no|not|never)\b|\b(?:not|never)\s+"
                                r"(?:given|found|published|known|stated|said|reported)\b", re.IGNORECASE)
_CLAUSE_END = regexes.compile(r"\)\s*(?:[,;:]|(?:and|or|but|while|whereas)\b)|;")
_LEADS = frozenset(("lead", "leads", "leader", "led", "leading"))
_TOP_POSTS = ("head", "chief", "chair", "president", "leader", "lead")
HEAD_BODY_WORDS = 8     # how near a top post its body is named: "chief executive of the National Cyber Security Centre"
# Words for one deed, as English uses them of a scheme or service: to announce it is to launch it.
# To open a thing is to launch it, as a question asks it: "who opened the NCSC" of "launched the NCSC's Exercise in a Box".
_OPENED = frozenset(stem(w) for w in "open opens opened launch launches launched unveil unveiled".split())
_ESTABLISHED = frozenset(stem(w) for w in "establish establishes established create creates created founded formed".split())
# Where the thing a deed was done to ends: "opened the NCSC on 14 February", "launched Exercise in a Box at CYBERUK".
_OBJECT_ENDS = frozenset("at in on for with by to from and but as when after before during since , ; : .".split())
_ONE_DEED = (frozenset((stem("launch"), stem("launched"), stem("announce"), stem("announced"), stem("unveiled"))),)
# The words for asking someone to do something, each as good as another: "urged councils", "called on councils".
_AT_REQUEST = regexes.compile(r"\b(?:at|on|after)\s+the\s+(?:request|behest|invitation|urging|instigation)\s+of\b")
_REQUESTED = frozenset(stem(w) for w in """urge urges urged ask asks asked call calls called encourage encourages
    encouraged press presses pressed push pushes pushed nudge nudged implore implored beg begged invite invites invited
    persuade persuaded appeal appeals appealed tell tells told warn warns warned advise advises advised lobby lobbied
    challenge challenged instruct instructed order ordered""".split())
# Speaking, said plainly, and the ways an entry tells what a speaker said.
_SPOKE = frozenset(stem(w) for w in "speak speaks spoke spoken speaking talk talks talked addressed".split())
_SAID = _SPOKE | frozenset(stem(w) for w in """say says said tell tells told urge urges urged warn warns warned
    argue argues argued address addresses addressed announce announces announced describe describes described
    explain explains explained""".split())
# What one thought or expected is what they said they did: "did connell expect much of it to reach councils" is told by
# "Connell said ... little if any of the £1.9 billion ... was likely to be spent ...".
_THOUGHT_FORMS = frozenset(stem(w) for w in _THOUGHT.split("|"))
# A post held at the time a question is about: "Socitm's then president", "the then Socitm president", "the then
# president of Socitm", "Socitm's president at the time" (not "... at the time of the summit", which asks who held it).
_POST = (r"(?:chief\s+executive|chief\s+exec|ceo|technical\s+director|director|president|chair(?:man|woman|person)?|"
         r"chancellor|minister|secretary|head\s+of\s+it|cio)")
_THEN_POST = regexes.compile(
    rf"\b(?:the\s+)?(?P<org>[a-z][\w&-]*)(?:'s|\u2019s)\s+then[\s-]+(?P<post>{_POST})\b"
    rf"|\bthe\s+then[\s-]+(?:(?P<org2>[a-z][\w&-]*)(?:'s|\u2019s)?\s+(?={_POST}))?(?P<post2>{_POST})\b"
    rf"(?:\s+of\s+(?:the\s+)?(?P<org3>[a-z][\w&-]*))?"
    rf"|\b(?:the\s+)?(?P<org4>[a-z][\w&-]*)(?:'s|\u2019s)?\s+(?P<post4>{_POST})\s+(?:at\s+the\s+time|back\s+then|of\s+the\s+day)\b"
    rf"(?!\s+(?:of|when|that|he|she|they)\b)", re.IGNORECASE)
# A season beside a year is met by a month of it: "in the autumn of 2016" by "on 1 November 2016" (and
# not "summer 2016" by it).
_SEASON_MONTHS = {stem(season): frozenset(stem(m) for m in months.split()) for season, months in (
    ("spring", "march april may"), ("summer", "june july august"), ("autumn", "september october november"),
    ("fall", "september october november"), ("winter", "december january february"))}
# A year that sets the time of its sentence: "in April 2019", "by May 2018", "at the time of Socitm's 2017
# annual conference", or a dated report's ("the NCSC's 2018 annual review said ..."). A year that only
# names a thing ("following the 2018 stocktake, the LGA built a tool", "Socitm's January 2017 briefing
# gives ...") dates that thing, not the rest of the sentence.
_SENTENCE_TIME = regexes.compile(
    r"(?:\b(?:in|on|by|since|from|until|till|during|throughout|as of|at the time of)\s+(?:the\s+|early\s+|late\s+|"
    r"mid-?\s*|summer\s+|spring\s+|autumn\s+|winter\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?"
    r"|\bat the time of\s+[\w\u2019']+\s+)(?P<year>(?:19|20)\d\d)\b"
    r"|(?P<dated>(?:19|20)\d\d)\s+(?:annual\s+)?(?:review|report|survey|stocktake report)\s+(?:said|says|found|"
    r"reported|showed|shows|stated|noted|described)\b"
    # "Besides responding to the 2018 stocktake, councils could apply for ...": what is done beside a dated
    # thing is done in its time, as what follows it ("following the 2018 stocktake") is not.
    r"|\b(?:besides|as well as|alongside|in addition to)\s+(?:[a-z]+ing\s+(?:to\s+)?)?(?:the\s+|its\s+|their\s+)?"
    r"(?P<along>(?:19|20)\d\d)\b")


def _deed_forms(verb: str) -> set[str]:
    """The stems a deed is told in: "open", "opened", and a base whose irregular past ``verb`` is ("wrote")."""
    return {stem(verb), stem(_past(verb)), *(stem(base) for base, done in _IRREGULAR_PAST.items() if done == verb)}


def _deed_years(clause: str, forms: set[str]) -> tuple[int, ...]:
    """The years ``clause`` dates its deed (told in one of ``forms``) by: those from the deed to the next comma, where
    that gives any ("opened the NCSC on 14 February 2017, some months after it had started work in October 2016" opened
    it in 2017, not 2016), else the whole clause's."""
    words = list(re.finditer(r"[\w']+", clause))
    at = next((m.start() for m in words if stem(m.group(0).lower()) in forms), None)
    if at is None:
        return _years(clause)
    comma = clause.find(",", at)
    return _years(clause[at:comma if comma >= 0 else len(clause)]) or _years(clause)


def _years_of_place(clause: str, start: int, end: int) -> tuple[int, ...]:
    """The years ``clause`` gives the place it names from ``start`` to ``end``: those of the place's own
    stretch between commas, where that gives any ("CYBERUK 2018 at the Manchester Convention Centre, CYBERUK
    2019 at the SEC in Glasgow" puts 2019 in Glasgow, not 2018), else the whole clause's."""
    before, after = clause.rfind(",", 0, start), clause.find(",", end)
    return _years(clause[before + 1:after if after >= 0 else len(clause)]) or _years(clause)


def _spelled_out(acronym: str, text: str) -> bool:
    """Does ``text`` write the words ``acronym`` stands for, one after another ("Cyber, Digital and Technology"
    for "CDT"), with only "and", "of" or "&" between them, each with its capital as a name is written? ("Local
    Government Cyber Summit, and set out" spells no "GCSS".)"""
    if not 3 <= len(acronym) <= 6 or not acronym.isalpha():
        return False
    letters = r"[\s,]+(?:(?:and|of|&)\s+)?".join(rf"{ch}[A-Za-z-]*" for ch in acronym.upper())
    return bool(re.search(rf"(?<![\w-]){letters}(?![\w-])", text))


def _initials_of(acronym: str, title: str) -> bool:
    """Are the letters of ``acronym`` (three or more) the initials of words one after another in ``title``, a hyphen
    parting words as a space does ("SAT" of "LGA cyber security self-assessment tool")? A title names the thing,
    in whatever case it writes its words."""
    if not 3 <= len(acronym) <= 6 or not acronym.isalpha():
        return False
    letters = r"[\s-]+(?:(?:and|of|&)\s+)?".join(rf"{ch}[a-z]*" for ch in acronym.lower())
    return bool(re.search(rf"(?<![\w-]){letters}(?![\w-])", title.lower()))


def _says(tokens, word: str) -> bool:
    """Is ``word`` among ``tokens``, or, of five letters or more, the head of a compound there ("ransom" in
    "ransomware")?"""
    return any(t == word or (len(word) >= 5 and t.startswith(word)) for t in tokens)


def _timed_only_by(sentence: str, year: str, tokens: tuple[str, ...]) -> bool:
    """Is ``year`` the one year that sets the time of ``sentence`` (its ``tokens``), any other it gives
    only naming a thing ("the January 2017 cyber briefing")?"""
    timed = {y for m in _SENTENCE_TIME.finditer(sentence) for y in (m.group("year"), m.group("dated"), m.group("along")) if y}
    others = {t for t in tokens if A_YEAR.fullmatch(t)} - {year}
    # (A year names a thing after "the": "the January 2017 cyber briefing"; "no later than 2030" times a clause.)
    return year in timed and tokens.count(year) == 1 and all(re.search(rf"\bthe\s+(?:[a-z]+\s+)?{y}\s+[a-z]", sentence) and y not in timed
                                 for y in others)


# A phone number or email address asked for ("phone number", "out of hours number", "24/7 line", "email address"),
# and one an entry gives ("0300 123 2040", "forward them to 7726", "report@phishing.gov.uk").
_CONTACT_ASKED = regexes.compile(r"\b(?:(?:phone|telephone|tel|helpline|hotline|contact|hours|24/7|emergency|direct|line|incident|breach|"
                                 r"reporting)\s+(?:number|no|line)s?"
                                 r"|phone\b|(?P<email>e-?mail(?:\s+address)?\b))", re.IGNORECASE)
_PHONE_GIVEN = regexes.compile(r"(?<![\w.])(?:\+44\s?|0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}(?![\w.])"
                               r"|\b(?:call|ring|phone|text|to|on)\s+\d{3,5}\b(?![\d,.%])", re.IGNORECASE)
_EMAIL_GIVEN = regexes.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# A way to reach someone asked for as the thing wanted ("what's william barkers email", "geoff connell's mobile?", "an email
# address for him", "contact details for the LGA's cyber team"), not an email or phone the question is about ("a
# phishing email", "scam texts on council phones", "the suspicious email reporting service"); two ways asked at once are
# written with a slash between ("her direct email/phone?").
_ENDS_ASK = r"(?=\s*(?:$|[?!.,;:)/]|-|\u2013|\s(?:and|or|address|addy|so|please|pls|plz|to|if|for|as|i|we|cos|because|x)\b))"
_REACH_ASKED = regexes.compile(
    r"\b(?P<email>e-?mail)\s+(?:address|addy|addr)(?:es|s)?\b"
    r"|(?:\b(?P<phone>(?:tele)?phone|mobile|contact|direct|landline|office|work|helpline|hotline|emergency|freephone|"
    r"out[\s-]of[\s-]hours|(?:breach|reporting|report|incident|fraud|crime|cyber|support|advice)\s+line|line)"
    r"|(?<![\w/-])(?P<phone3>24/7|24x7|24-7))\s+(?:number|no|num|numbr)s?\b"
    r"|\bcontact\s+(?:details|info|information)\b"
    r"|(?:\b(?:his|her|their)|\b(?P<owner>[a-z][\w-]+?)(?:['\u2019]s|s))\s+(?:work\s+|personal\s+|direct\s+)?"
    rf"(?:(?P<email2>e-?mail)|(?P<phone2>mobile|number|phone|landline)){_ENDS_ASK}"
    r"|\b(?P<email3>e-?mail)\s+(?:address\s+)?(?:for|of)\s+(?:him|her|them)\b"
    # "ICO breach line?", "their incident hotline": a line to ring, asked for by what it is for
    rf"|\b(?:breach|incident|attack|emergency)\s+(?P<phone4>line|hotline|helpline){_ENDS_ASK}", re.IGNORECASE)
_WEB_GIVEN = regexes.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:gov|org|police|nhs|co)\.uk\b", re.IGNORECASE)
_WHERE_ASKED = regexes.compile(r"\bwhere(?:'s|s)?\b", re.IGNORECASE)
# A body's possessive in an entry ("GCHQ's", "the NCSC's"), and one that owns the place said right after it ("GCHQ's base
# in", "Socitm's annual conference at"): a few words between, then "in" or "at".
_POSSESSIVE = regexes.compile(r"\b([A-Z][A-Za-z&-]+)['\u2019]s\b")
_POSSESSED_AT = regexes.compile(r"\b([A-Z][A-Za-z&-]+)['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$")


def _last_named_before(question: str, at: int, among) -> str | None:
    """The last word of ``among`` (bodies, lower case) in the clause of ``question`` that ends at ``at``, a possessive
    read as its name ("the NCSC's phone number", "NCSC's HQ is in Cheltenham"): who the question says it of."""
    before = re.split(r"[.?!;:]", question[:at])[-1]
    return next((w for w in reversed(re.findall(r"[\w&-]+", re.sub(r"['\u2019]s\b", "", before.lower()))) if w in among), None)


def _named_just_after(question: str, at: int, among) -> str | None:
    """The word of ``among`` (bodies, lower case) that a "for" or "of" just after ``at`` in ``question`` opens with
    ("number for the ncsc incident line": "ncsc"), the one a contact asked for belongs to."""
    after = re.match(r"\s+(?:for|of)\s+(?:the\s+)?([\w&-]+)", re.sub(r"['\u2019]s\b", "", question[at:].lower()))
    return after.group(1) if after and after.group(1) in among else None


# "conference in Glasgow", "held at Manchester": the place an event was in, before a word that is no council's.
_HELD_IN = regexes.compile(r"\b(?:conference|summit|event|speech|held|hosted|took\s+place)\s+(?:[\w']+\s+){0,2}?(?:in|at)\s+"
                           r"(?:the\s+)?[a-z]+(?![\w-]|\s+(?:city|county|borough|district|council))")


# A name written in capitals, word after word ("The Cyber Assessment Framework"): its words name it, they say nothing done.
_NAMED = regexes.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+")

# A word English negates by its prefix: "non-technical support", "a non-statutory role".
_NON_PREFIXED = regexes.compile(r"\bnon-([a-z]{3,})", re.I)
# A clause that speaks of the entry's own subject by pronoun: "Its documentation says it is not a professional tool".
_OPENS_ON_IT = regexes.compile(r"^\W*(?:it|its|it's)\b", re.I)

class Checking:
    """Checking an entry against a question's constraints (a part of ``Answerability``)."""

    def check(self, question: str, entry: Entry, constraints: list[Constraint] | None = None) -> Verdict:
        if constraints is None:
            constraints = self.constraints(question)
        facts = self._facts.get(entry.id) or self._read(entry)
        unmet = tuple(c for c in constraints if not self._meets(c, entry, facts))
        # "can Scottish councils use Early Warning?", "does Mail Check cover councils in Wales?": what is open to
        # organisations across the UK is open to those in each of its nations; asked of who may use it, not of
        # what was done there ("how many Welsh councils signed up" is not answered by "for UK organisations").
        if unmet and _ASKS_WHO_MAY.search(question) and _UK_WIDE.search(f"{entry.title} {entry.answer}"):
            unmet = tuple(c for c in unmet if not (c.kind in ("place", "councils-in") and self._a_uk_nation(c.value)))
        # "what reasons did geoff connell give back in 2017?": what was said in a year is in an entry whose source
        # is dated that year, though its words give no year.
        if unmet and _SAID_ASKED.search(question.lower()):
            unmet = tuple(c for c in unmet if not (c.kind == "year" and int(c.value.partition("|")[0]) in facts.source_years
                                                   and not facts.years))
        # "who chairs the local cio council these days (per the 2018 piece)": a year said of the piece the asker read is
        # met by an entry whose source is dated that year.
        if unmet and _SOURCE_YEAR.search(question.lower()):
            dated = {m.group(1) for m in _SOURCE_YEAR.finditer(question.lower())}
            unmet = tuple(c for c in unmet if not (c.kind == "year" and c.value.partition("|")[0] in dated
                                                   and int(c.value.partition("|")[0]) in facts.source_years))
        # "ncsc nova building cheltenham", "NCSC's HQ is in Cheltenham, isn't it?": where the entry gives the place only
        # as another body's ("in addition to GCHQ's base in Cheltenham"), it does not put the body asked about there.
        # (Asked where, with a place guessed at, the entry's place is the answer: "where is the ncsc based, is it cheltenham".)
        # "Which minister opened the NCSC officially?": the post is the asker's guess at who did the deed; an entry that
        # names who did it ("Queen Elizabeth II officially opened ...") answers it, and its answer corrects the guess.
        if unmet and all(c.kind == "role" or c.kind == "kind" and c.value.startswith("person|")
                         and c.value.split("|")[2].removesuffix("s") in _POST_KINDS for c in unmet) \
                and any(c.kind == "role" for c in unmet) and self._doer_named(constraints, entry, facts):
            unmet = ()
        if not _WHERE_ASKED.search(question):
            unmet += tuple(c for c in constraints if c.kind == "place" and c not in unmet
                           and Constraint("not-place", c.value) not in constraints
                           and self._place_anothers(c.value, question, entry))
        # "What is the NCSC's phone number?": a number (or email address) the entry gives only in sentences that never
        # name the body asked about ("call Action Fraud's 24/7 line on 0300 123 2040") is another body's.
        # "what's william barkers email, want to ask him about the programme": an entry about the person that gives no
        # address or number for anyone does not answer, however well it tells who they are.
        if not unmet:
            missing = self._reach_not_given(question, entry)
            if missing is not None:
                return Verdict(False, (Constraint("detail", "contact|contact details"),), f"I have \u201c{entry.title}\u201d, {missing}.")
        if not unmet:
            whose = self._contact_of_another(question, entry)
            if whose is not None:
                return Verdict(False, (Constraint("detail", "contact|contact details"),), whose)
        if not unmet:
            return Verdict(True)
        # A subject missing that holds a missing name says more of it: "nothing about NIS regs", not "NIS".
        said = next((c for c in unmet if c.kind == "about" and unmet[0].kind == "name"
                     and unmet[0].value in c.value.partition("|")[0].split()), unmet[0])
        # A sector the entry is not written for is the plainest reason: "... for councils, not fire and rescue authorities".
        said = next((c for c in unmet if c.kind == "sector"), said)
        return Verdict(False, unmet, self._reason(said, entry, facts, question))

    def _doer_named(self, constraints: list[Constraint], entry: Entry, facts: "_EntryFacts") -> bool:
        """Does ``entry`` name the person who did the deed the question asks who did ("opened": a sentence of it
        says the deed and names them)?"""
        verbs = [c.value.partition("|")[0] for c in constraints if c.kind == "deed"]
        if not verbs:
            return False
        told = [set(map(self._canonical, surface_words(sentence))) for sentence in facts.told]
        return any(self._canonical(verb) in sentence for verb in verbs for sentence in told) and any(
            self._done_by(entry, facts, verb, person) for verb in verbs for person in facts.people)

    def _reach_not_given(self, question: str, entry: Entry) -> str | None:
        """Why ``entry`` does not give the way of reaching someone ``question`` asks for ("his email", "a phone number",
        "contact details"), as the reply says it after the entry's title; None where nothing of the sort is asked, or
        the entry gives it."""
        # (Whose it is, a name: "this phone" is the asker's, "was email" no one's.)
        # A bare "number" is a person's only after their name: "geoff connell's number", not "the principles number".
        asked = next((m for m in _REACH_ASKED.finditer(question)
                      if not (m.group("owner") and is_stopword(m.group(0).split()[0].lower()))
                      and not (m.group("owner") and m.group("phone2") == "number"
                               and not self._a_persons_name(m.group("owner").lower()))), None)
        if asked is None:
            return None
        if asked.group("email") or asked.group("email2") or asked.group("email3"):
            what, given = "email address", (_EMAIL_GIVEN,)
        elif asked.group("phone") or asked.group("phone2") or asked.group("phone3") or asked.group("phone4"):
            what, given = "phone number", (_PHONE_GIVEN,)
        else:
            what, given = "contact details", (_EMAIL_GIVEN, _PHONE_GIVEN, _WEB_GIVEN)     # any way in will do
        if not any(g.search(entry.answer) for g in given):
            return f"but it gives no {what}"
        # "whats his email": a person's, which a service's inbox ("report@phishing.gov.uk") is not; the entries that
        # name the person asked about are held to them by name.
        if re.match(r"(?:his|her)\b", asked.group(0), re.IGNORECASE):
            return f"but the {what.replace('contact details', 'contact')} it gives isn't a person's"
        return None

    def _a_persons_name(self, word: str) -> bool:
        """Is ``word`` ("connell", "geoff") the surname or given name of someone the lexicon knows?"""
        return self._canonical(word) in self._surnames or word in self.lexicon.given_names

    def _contact_of_another(self, question: str, entry: Entry) -> str | None:
        """Why ``entry`` does not give the phone number or email address ``question`` asks of a body it names before
        the asking ("the NCSC's phone number", "ncsc out of hours number"): every sentence of the entry that gives
        one leaves that body out. None where the question asks no such thing of a body the entry names."""
        asked = _CONTACT_ASKED.search(question)
        if asked is None:
            return None
        given = _EMAIL_GIVEN if asked.group("email") else _PHONE_GIVEN
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", entry.answer)
        # (each clause of a list by semicolons on its own: "call Action Fraud's 24/7 line on 0300 123 2040; report
        # significant incidents to the NCSC at report.ncsc.gov.uk" gives no number of the NCSC's)
        giving = [c for s in sentences for c in s.split("; ") if given.search(c)]
        if not giving:
            return None
        # The bodies the entry names, as written mid-sentence ("Action Fraud's", "the NCSC").
        bodies = {w.lower() for s in sentences for w in re.findall(r"(?<=\s)([A-Z][A-Za-z&-]+?)(?:['\u2019]s)?\b", s)}
        among = {b for b in bodies if not is_stopword(b)}
        # ...or just after, as whose it is: "phone number for the ncsc incident line", "the number of the NCSC's helpdesk".
        named = _last_named_before(question, asked.start(), among) or _named_just_after(question, asked.end(), among)
        if named is None or any(re.search(rf"(?<![\w-]){re.escape(named)}(?![\w-])", s, re.IGNORECASE) for s in giving):
            return None
        what = "email address" if asked.group("email") else "number"
        return (f"I have \u201c{entry.title}\u201d, but the {what} it gives isn't the "
                f"{self._shown(question, named)}'s.")

    def _place_anothers(self, place: str, question: str, entry: Entry) -> bool:
        """Does ``entry`` give ``place`` only as the place of a body ("GCHQ's base in Cheltenham") other than the one
        ``question`` puts there (the nearest of those bodies named before the place: "NCSC's HQ is in Cheltenham",
        "ncsc nova building cheltenham")? False where the entry says it of no body, or the question names none."""
        owners = {m.group(1).lower() for m in _POSSESSIVE.finditer(entry.answer)}
        if not owners:
            return False
        names = [re.escape(n) for n in (place, *self.lexicon.aliases.get(place, ()))]
        said = rf"(?<![\w-])(?:{'|'.join(names)})(?![\w-])"
        held = []
        for at in re.finditer(said, entry.answer, re.IGNORECASE):
            whose = _POSSESSED_AT.search(entry.answer[:at.start()])
            if whose is None:
                return False        # the place said of nobody's in particular, or of the entry's own subject
            # ...every body its clause gives it to: "Socitm's 2018 President's Conference took place in Glasgow".
            clause = re.split(r"[.;,]\s", entry.answer[:at.start()])[-1]
            held += [m.group(1).lower() for m in _POSSESSIVE.finditer(clause)]
        asked = re.search(said, question, re.IGNORECASE)
        if not held or asked is None:
            return False
        named = _last_named_before(question, asked.start(), owners)
        return named is not None and named not in held

    def _a_uk_nation(self, place: str) -> bool:
        """Is ``place`` one of the nations the lexicon's `within` holds places of ("scotland", "welsh")?"""
        return any(self.lexicon.places_within(n) for n in (place, *self.lexicon.aliases.get(place, ())))

    @staticmethod
    def _speaks_to_sector(entry: Entry, sector: str, thing: str | None = None, made_for: bool = False) -> bool:
        """Does ``entry`` itself (its title and answer, not the questions it answers) speak of ``sector``,
        or of public bodies at large where the sector is one? Where the question asks for a ``thing`` for the
        sector ("a pathway for housing associations") and the entry says whom that thing is made for ("pathways
        designed specifically for ... local authorities"), only that sentence speaks to it; asked whether one is
        ``made_for`` the sector ("is there a scenario for schools?"), a tool for any organisation does not say so."""
        said = f"{entry.title} {entry.answer}".lower()
        if thing:
            made = re.search(r"\b" + re.escape(thing) + r"(?:s|es)?\b[^.;]*?\b(?:specifically|especially|only|just|designed|"
                             r"tailored|aimed)\s+(?:at|for)\b[^.;]*", said)
            if made:
                said = made.group(0)
                return bool(_SECTOR_SAID[sector].search(said) or sector in _PUBLIC_SECTORS and _PUBLIC_BODIES.search(said))
        return bool(_SECTOR_SAID[sector].search(said) or sector in _PUBLIC_SECTORS and _PUBLIC_BODIES.search(said)
                    or not made_for and _ANY_ORGANISATION.search(said))

    def _council_told_of(self, entry: Entry) -> list[str]:
        """The places of the councils ``entry`` opens by telling of ("Lincolnshire County Council suffered ...")."""
        opening = re.match(r"((?:[A-Z][\w'-]+\s+){1,3})(?:County\s+|City\s+|Borough\s+|District\s+)*Council\b", entry.answer)
        return self.lexicon.places_in(opening.group(1).lower(), countries=False) if opening else []

    def _meets(self, c: Constraint, entry: Entry, facts: _EntryFacts) -> bool:
        if c.kind == "opinion":
            return False
        if c.kind == "advice":      # "should we report to Action Fraud?": what an entry recommends of it answers it
            done = c.value.split()
            # ...and so does an entry whose curator wrote that it answers such a question ("should our council join cisp")
            if any(_ADVICE_ASKED.search(p) for p in entry.phrasings):
                return True
            return any(_RECOMMENDED.search(s) and any(re.search(rf"\b{re.escape(w)}", s, re.IGNORECASE) for w in done)
                       for s in re.split(r"(?<=[.;])\s+", entry.answer))
        if c.kind == "either":     # "Jo says Manchester, Sam says Liverpool": one alternative, whole, will do
            return any(all(self._meets(o, entry, facts) for o in option) for option in c.options)
        if c.kind == "year":
            year, _, anchors = c.value.partition("|")
            # "I don't have any dates for CYBERUK after 2022": a known gap after a year speaks for each year after it.
            if entry.unknown and any(int(year) > int(y) for y in _GAP_AFTER.findall(entry.answer)):
                return True
            if int(year) not in facts.years:
                return False
            if not anchors or self._year_near(facts, year, anchors.split()):
                return True
            thing = self._of_the_thing(anchors.split())
            # "was Connell still Socitm president by 2018", "was Cyber 360 delivering its twentieth in 2023": in an
            # entry on the thing the question names (its title names it: "Geoff Connell", "LGA Cyber 360 peer
            # support"), a sentence of its answer that the year times goes on about that thing though it calls it
            # "he" or by half its name ("by May 2018 he was described as a former Socitm president").
            if self._year_in_titled(entry, year, thing):
                return True
            # "did Lincolnshire pay the ransom when they were hit in 2016", "what's due by 2025": an entry whose
            # title gives the year ("Lincolnshire County Council ransomware (2016)", "targets: 2025 and 2030") is
            # of that year throughout, told in its own words; where it says the question's words beside the year
            # itself ("resilient to known vulnerabilities ... no later than 2030"), it is held to where it says them.
            # ...and a sentence that gives the year the title gives, with every one of those words, says them of it though
            # it gives another year too ("The Government Cyber Security Strategy 2022–2030 ..., for government and the
            # public sector, was launched ... on 25 January 2022"); the title itself is one ("Local CIO Council renamed
            # (May 2018)").
            return year in A_YEAR.findall(entry.title) and (not any(a in facts.terms for a in thing) or any(
                year in tokens and all(_says(tokens, a) for a in thing)
                for tokens in (*facts.segments, tuple(self._canonical_words(entry.title)))))
        if c.kind == "edition":
            # "the 2030 cyber strategy" asks for an edition none of our sources names a strategy by: an entry
            # that has 2030 only as its strategy's end year or target ("2022-2030", "by 2030") has not got it.
            return entry.unknown or int(c.value) in self._editions
        if c.kind == "year-either":
            return any(int(year) in facts.years for year in c.value.split())
        if c.kind == "about-year":
            # "when it started up ten years ago" (about 2016): a year either side is as good, held as a year is; an entry
            # that dates nothing in its words is of the years its sources were written ("Bodies the NCSC replaced",
            # from February 2017).
            year, _, anchors = c.value.partition("|")
            near = range(int(year) - 1, int(year) + 2)
            return (any(self._meets(Constraint("year", f"{y}|{anchors}" if anchors else str(y)), entry, facts) for y in near)
                    or not facts.years and any(y in facts.source_years for y in near))
        if c.kind == "month":
            return c.value in facts.text
        if c.kind == "season-year":     # "in autumn 2018": not where the entry dates that year by other months only
            return entry.unknown or _in_season(facts.text, *c.value.split())
        if c.kind == "founded-month":
            # The month-year must stand beside a word for the founding ("opened for business in early
            # October 2016"), not only beside another change ("succeeded Ciaran Martin ... in October 2020").
            month = c.value.partition("|")[0]
            for match in re.finditer(re.escape(month), facts.text):
                near = surface_words(facts.text[:match.start()])[-DEED_WINDOW:] + \
                    surface_words(facts.text[match.end():])[:DEED_WINDOW]
                if _FOUNDING_WORDS & set(near):
                    return True
            return entry.unknown
        if c.kind == "day":
            day, month = c.value.split()
            return entry.unknown or bool(re.search(
                rf"\b0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month[:3]}|\b{month[:3]}[a-z]*\.?\s+0?{day}(?:st|nd|rd|th)?\b",
                facts.text))
        if c.kind == "day-year":
            return entry.unknown or self._day_dated_otherwise(facts, *c.value.split("|")) is None
        if c.kind == "date":
            date, _, deed = c.value.partition("|")
            return entry.unknown or self._dates_deed(facts, date, deed)
        if c.kind == "figure-of":
            # The entry's figure is of the thing the claim counts: "four themes" do not make four meetings.
            # A figure the entry writes before no noun ("up from 62 the year before") counts nothing we can
            # tell; an entry without the figure is left to "figure".
            figure, nouns, said_as = c.value.split("|")
            asked = {self._term(w) for w in nouns.split()}
            thousands = bool(re.match(r"\d+ \d{3}\b", said_as))
            # (What it counts is the words after it up to a function word: "three core pillars".)
            written = []
            for words in map(surface_words, facts.answer_told):
                for i, word in enumerate(words):
                    # ("2,000 delegates" is read as "2", "000": the 2 heads a larger number and counts no delegates,
                    # unless the question's own figure was so read: "17,000 users" is "17 000 users".)
                    if _figure(word) == figure and (thousands or not (i + 1 < len(words) and re.fullmatch(r"\d{3}", words[i + 1]))):
                        after = []
                        for follower in words[i + 1:i + 5]:
                            if _figure(follower) == figure and not after:
                                continue     # "14 (fourteen) principles": the figure written again in words
                            if is_stopword(follower) or _figure(follower) or len(after) == 3:
                                break
                            after.append(self._term(follower))
                        written.append(after)
            if not written and not entry.unknown:
                # "cyberuk 2017 was a two-day event, right?": an entry that counts the same thing with another number
                # ("ran for three days") gives the count, and it is not the claim's.
                return thousands or not any(_figure(word) and _figure(word) != figure and not _YEAR.fullmatch(word)
                               and self._term(words[i + 1]) in asked
                               for words in map(surface_words, facts.answer_told)
                               for i, word in enumerate(words[:-1]))
            return entry.unknown or not written or any(not after or asked & set(after) for after in written)
        if c.kind == "outcome":
            return bool(_OUTCOME_SAID[c.value.partition("|")[0]].search(facts.text))
        if c.kind == "view-of":     # in one sentence, the person and a verb that reports what they said or thought
            surname, _, said = c.value.split("|") if c.value.count("|") == 2 else (*c.value.split("|"), "")
            # (What they said is also told by the occasion they said it on: "set them out in his launch speech".)
            return any(re.search(rf"\b{re.escape(surname)}\b", s) and (_VIEW_REPORTED.search(s.partition(surname)[2])
                                                                      or said and _SAYING_TOLD.search(s.partition(surname)[2]))
                       for s in facts.sentences)
        if c.kind in ("deed-year", "agent-year"):
            # "agent-year": the deed as the one named did it ("the Queen ... opened it ... 14 February 2017").
            agent, verb, year, _ = c.value.split("|") if c.kind == "agent-year" else ("", *c.value.split("|"))
            forms = _deed_forms(verb)
            # A clause joined by ", and" tells a deed of its own, with its own date: "technical director at
            # its launch in October 2016, and wrote the blog post ... (March 2017)".
            clauses = [clause for sentence in facts.told
                       for clause in re.split(r",\s+and\s+|;\s+", sentence)]
            telling = [clause for clause in clauses if forms & {stem(w) for w in surface_words(clause)}
                       and all(w in surface_words(clause.lower()) for w in agent.split())]
            # Only a deed the entry dates otherwise fails: "raised questions there" takes its date from before.
            return entry.unknown or not telling or any(int(year) in _deed_years(clause, forms) or not _years(clause)
                                                        for clause in telling)
        if c.kind == "year-of":
            year, said, _ = (c.value.split("|") + [""])[:3]
            return entry.unknown or (self._year_said_for(entry, int(year), set(said.split())) is None
                                     and self._unnamed_of(entry, c) is None
                                     and not self._dated_for_another_deed(entry, int(year), set(said.split())))
        if c.kind == "person-date":
            return entry.unknown or self._dated_for_another(entry, *c.value.split("|")[:4]) is None
        if c.kind == "name-given":     # as written, or its words in one sentence ("protective dns service")
            name = c.value.partition("|")[0]
            words = {self._canonical(w) for w in surface_words(name) if not is_stopword(w)}
            return entry.unknown or name in " ".join(facts.text.split()) or any(words <= set(s) for s in facts.segments)
        if c.kind == "denied":
            return self._denial(entry, *c.value.split("|")) is None
        if c.kind == "costs":      # an entry that says it is free denies it costs; one silent on cost cannot say
            return entry.unknown or (self._said_free(entry) is None and bool(_COST_TOLD.search(entry.answer)))
        if c.kind == "negated":    # the entry says not done what the claim says is done
            return entry.unknown or self._negation_of(entry, c.value) is None
        if c.kind == "rank":       # "deputy", "vice": the entry says someone held that rank
            rank = c.value.partition("|")[0]
            return entry.unknown or bool(re.search(r"\b" + rank + r"\b", f"{entry.title} {entry.answer}", re.IGNORECASE))
        if c.kind == "titled":     # a thing of ours, as the entry writes it
            return entry.unknown or bool(re.search(r"(?<![\w-])" + re.escape(c.value) + r"(?![\w-])", facts.own_text))
        if c.kind == "at-body":
            surname, body, _ = c.value.split("|")
            return self._with_person(entry, facts, surname, body)
        if c.kind == "after":
            return any(y > int(c.value) for y in facts.years)
        if c.kind == "before":
            # (or a change told in a sentence of that year: "in May 2018 ... confirmed ... a new name")
            return any(y < int(c.value) for y in facts.years) or any(
                c.value in sentence and _CHANGE_IN_YEAR.search(sentence) for sentence in SENTENCE_END.split(entry.answer))
        if c.kind == "sector":
            words, _, sector = c.value.partition("|")
            # "which government department ...?": an entry that names one answers it
            named_one = (words.startswith("which ") and sector in _SECTOR_MEMBER
                         and bool(_SECTOR_MEMBER[sector].search(f"{entry.title} {entry.answer}".lower())))
            thing = re.match(r"(a\s+)?([a-z-]+) for ", words)
            return entry.unknown or named_one or self._speaks_to_sector(entry, sector, thing.group(2) if thing else None,
                                                                        bool(thing and thing.group(1)))
        if c.kind == "ours":       # the entry tells of no other council's own doings
            return not (set(self._council_told_of(entry)) - set(c.value.split()))
        if c.kind == "person":     # "david cameron": the entry names them, both names together
            named = c.value.partition("|")[0]
            return bool(re.search(r"(?<![\w-])" + re.escape(named).replace(r"\ ", r"\s+") + r"(?![\w-])", facts.own_text))
        if c.kind == "name" and (_spelled_out(c.value, f"{entry.title}. {entry.answer}") or _initials_of(c.value, entry.title)):
            return True
        if c.kind == "councils-in":     # the nation itself, as the place it is: "in Wales", "Welsh"
            names = self.lexicon.also_called(c.value)
            # ...or its councils by the adjective no place list holds (it is a language too): "English councils".
            return bool(set(names) & set(self.lexicon.places_in(facts.text))) or any(
                self.lexicon.places_in(n) != [n] and re.search(r"(?<![\w-])" + re.escape(n) + _ITS_COUNCILS, facts.text)
                for n in names)
        if c.kind in ("place", "name"):
            names = self.lexicon.also_called(c.value)
            # A place is matched as the whole place the text names: "Ireland" is not "Northern Ireland".
            said = set(self.lexicon.places_in(facts.text)) if c.kind == "place" else set()
            # "now maintained by the US agency CISA": written in capitals, the entry's "US" is the country, as the
            # question's is (``reading``), not "us".
            if c.kind == "place" and _US.search(entry.answer):
                said |= set(self.lexicon.places_in(_US.sub("USA", entry.answer).lower()))
            text = facts.own_text if c.kind == "name" else facts.text
            # ...or by a place that lies in it: "held in Scotland" by "at the SEC in Glasgow".
            if c.kind == "place" and said & {p for n in names for p in self.lexicon.places_within(n)}:
                return True
            return any(n in said if c.kind == "place" and self.lexicon.places_in(n) == [n] else
                       re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text) for n in names)
        if c.kind == "figure-year":
            figure, year, named = c.value.split("|")
            # Of a thing the year names, a sentence that gives no year of its own goes on about the year the one
            # before it gave: "CYBERUK 2017 ... ran from 14 to 16 March 2017 in Liverpool. It had over 2,000
            # delegates ...".
            dated: tuple[int, ...] = ()
            for sentence in facts.answer_told:
                dated = _years(sentence) or (dated if named else ())
                if int(year) in dated and figure in {_figure(w) for w in surface_words(sentence)}:
                    return True
            # ...and an entry that dates nothing at all tells of the thing the year names throughout, the year
            # being its own (held to it as a year): "RAND Europe ran the 2018 stocktake and achieved a 100% response
            # rate" by "RAND Europe carried out the cyber security stocktake ... with a 100% response rate".
            if named and figure in facts.figures and not any(map(_years, facts.answer_told)):
                return True
            return entry.unknown
        if c.kind == "ending":     # "is pdns being switched off?": a sentence of the entry that names it tells of its end
            thing = {self._known(w) for w in c.value.split()}
            return entry.unknown or any(
                _ENDING_SAID.search(told) and (not thing or thing & {self._known(w) for w in surface_words(told)})
                for told in (entry.title, *facts.answer_told))
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
        if c.kind == "figure-scale" and not entry.unknown:     # "£1.5bn" is not met by "£1.5m"
            return self._gives_at_scale(c, entry)
        if c.kind == "which-month":     # "what month in 2021 was Gloucester hit": a month, not only the year
            return entry.unknown or bool(_MONTH_GIVEN.search(entry.answer))
        if c.kind == "season":     # the entry dates things by this season, or by none
            said = set(_SEASON_WORDS.findall(facts.text))
            return entry.unknown or not said or c.value in said or c.value == "fall" and "autumn" in said
        if c.kind == "figure-with":
            return entry.unknown or self._figure_with(c, entry)
        if c.kind == "figure-bound" and not entry.unknown:
            # A figure of the entry's (not a year) on the bound's side: "more than 17,000" keeps "more than 10,000".
            # Of the same order as the bound (not any small figure under it, nor a far larger one over it), and
            # before the thing it counts where the question names it ("more than 17,000 users").
            # The very figure will do as well ("just under 4,000" for "nearly 4,000"; "over 2,000" for "over 2,000").
            # Not the whole of "81 of 236 trusts": the part is the count.
            bound, value, _, noun, written = c.value.split("|")
            limit, upper = float(value), bound in ("less than", "fewer than", "under", "below")
            said = entry.answer.lower()
            # The entry's own bound, said the same way, short of the asker's: "at least 81 of 236 trusts" does not say
            # "at least 91" (nor "fewer than 40" "fewer than 30"), whatever larger figures it gives of other things.
            for m in re.finditer(r"\b" + re.escape(bound.lower()) + r"\s+(\d[\d,]*(?:\.\d+)?)(?![\d,.])", said):
                given = float(m.group(1).replace(",", ""))
                if (limit < given < limit * 10) if upper else (limit / 10 < given < limit):
                    return False
            # ("over 3,000" is read as "3 000": the whole number, not a 3 and a 000 from "three days" and "2,000")
            if re.fullmatch(r"\d{1,3}(?: \d{3})+", written):
                if any(m.group(1).replace(",", "") == written.replace(" ", "") for m in _SCALED_NUMBER.finditer(said)):
                    return True
            elif set(written.split()) <= facts.figures:
                return True
            for m in _SCALED_NUMBER.finditer(said):
                if (not m.group(2) and "," not in m.group(1) and A_YEAR.fullmatch(m.group(1))
                        or said[m.end():m.end() + 1] == "%" or re.search(r"\d\s+(?:out\s+)?of\s+$", said[:m.start()])):
                    continue
                given = float(m.group(1).replace(",", "")) * _SCALES.get(m.group(2) or "", 1)
                kept = limit / 10 < given < limit if upper else limit < given < limit * 10 or bound == "at least" and given == limit
                if kept and (not noun or self._term(noun) in {self._term(w) for w in surface_words(said[m.end():])[:3]}):
                    return True
            return False
        if c.kind == "figure-near" and not entry.unknown:
            # A figure of the entry's (not a year, nor a share) within the rough one's reach: "nearly 20m" takes in
            # £19.9m, "thirty something million" £37.8m. Where the asker gives a scale, the entry's figure is read
            # with its own ("£37.8m" is 37,800,000); where not, as written ("about 4,000" and "nearly 4,000").
            low, high, scaled = c.value.split("|")[:3]
            said = entry.answer.lower()
            for m in _SCALED_NUMBER.finditer(said):
                if (not m.group(2) and "," not in m.group(1) and A_YEAR.fullmatch(m.group(1))
                        or said[m.end():m.end() + 1] == "%"):
                    continue
                given = float(m.group(1).replace(",", "")) * (_SCALES.get(m.group(2) or "", 1) if scaled == "1" else 1)
                if float(low) <= given <= float(high):
                    return True
            return False
        if c.kind == "figure-either" and not entry.unknown:     # "39 or 40?": either will do
            return any(figure in facts.figures for figure in c.value.split())
        if entry.unknown and c.kind != "about":   # a known gap speaks to the kind of question, not to a
            return True                            # figure; but a gap about councils is none about the NCSC
        if c.kind == "applies-to":     # the entry itself speaks of councils, and of the kind asked ("parish")
            said = f"{entry.title} {entry.answer}".lower()
            kinds = [w for w in c.value.split() if w not in _COUNCILS_ASKED]
            return entry.unknown or (bool(_COUNCILS_SAID.search(said)) and all(w in said for w in kinds))
        if c.kind == "which-year":     # (the year of the paper it is from is the date its source gives)
            return bool(facts.years) or (c.value == "source" and bool(facts.source_years))
        if c.kind == "split":
            return self._split_given(c, facts)
        if c.kind == "paid-to":     # a sum in a sentence that names who was paid
            payee = [self._canonical(w) for w in c.value.partition("|")[0].split()]
            return any(any(m.group(1) or m.group(3) for m in _MONEY_FIGURE.finditer(said))
                       and all(self._spoken(w, frozenset(self._canonical(x) for x in surface_words(said))) for w in payee)
                       for said in map(str.lower, facts.answer_told))
        if c.kind == "sum-of":       # the sum, in a sentence that names it ("fines of up to £17m"); a price may be none ("free")
            kind, _, others = c.value.split("|")
            if kind == "cost" and others:     # "free for the public sector" is no price for private sector delegates
                return any((_SUM_GIVEN.search(said) or _NO_PRICE_GIVEN.search(said)) and not _PUBLIC_ONLY.search(said)
                           for said in facts.answer_told)
            if kind == "cost":
                return bool(_SUM_GIVEN.search(entry.answer) or _NO_PRICE_GIVEN.search(entry.answer))
            return any(_SUM_NAMED[kind].search(said) and _SUM_GIVEN.search(said) for said in facts.answer_told)
        if c.kind == "cap":          # a sum given as a cap or as each one's: "up to £750,000 each", "capped at £5,000"
            return bool(_CAP_GIVEN.search(entry.answer))
        if c.kind == "each":
            asked = self._term(c.value)
            # "£750,000 each to six councils", "£5,000 per council", "a council": a sum for each one
            return any(self._term(m.group(2)) == asked if m.group(2) and not is_stopword(m.group(2))
                       else m.group(1) in ("each", "apiece") for m in _EACH_GIVEN.finditer(entry.answer.lower()))
        if c.kind in ("detail", "deed"):
            # In its own words or a synonym; a synonym of a word only its phrasings use ("location"
            # for "venue") is the curator's question, not something the entry states.
            word, shown, town = (c.value.split("|") + [""])[:3]
            # (...or the very word, as the entry writes it: "RAND Europe carried out" is read as "ran" elsewhere,
            # and still says who "carried it out".)
            # (A deed said only in a source's title is the source's news, not the entry's: "NCSC launches public sector
            # internet protection service" heads the entry on what councils can use, which dates no launch.)
            return (self._term(word) in facts.stated or stem(word) in (facts.stems if c.kind == "detail" else facts.own_stems)
                    or bool(town and self.lexicon.places_in(facts.text))
                    # ("which ransomware strain hit the NHS?": "the WannaCry ransomware" names it without saying "strain")
                    or word in ("strain", "variant") and bool(_STRAIN_NAMED.search(entry.answer))
                    # "what's the third word of the slogan?": an entry that quotes the words gives each of them
                    or word in _WORDING_ASKED and bool(_QUOTED_LIST.search(entry.answer.replace("\u2019", "'")))
                    or c.kind == "deed" and word in _ENDED_DEEDS and bool(_UNTIL_DATED.search(entry.answer))
                    or c.kind == "deed" and word in _STARTED_DEEDS and bool(_START_DATED.search(entry.answer))
                    # "when did richard horne take over the ncsc": to take over a post is to take it up, however the
                    # entry says so ("Richard Horne ... became chief executive of the NCSC in October 2024")
                    or c.kind == "deed" and word in _TOOK_OVER and bool(_BEGAN_SAID.search(entry.answer))
                    or c.kind == "deed" and word in _RUNS_EVENTS and self._runs_event(entry) is not None
                    or c.kind == "deed" and stem(word) in {stem(w) for w in re.findall(
                        r"[a-z]+", f"{entry.title} {entry.answer}".lower())})
        if c.kind == "venue":      # a place besides the ones the question names as what it asks about
            named = set(c.value.split())
            return (entry.unknown or bool(set(self.lexicon.places_in(entry.answer.lower(), countries=False)) - named)
                    # or a venue by name: "held at the SEC", "at Manchester Central"
                    or any(m.group(1).lower() not in named for m in _AT_VENUE.finditer(entry.answer)))
        if c.kind == "duration":   # a length of time given ("90-minute", "within 72 hours"), not only what to do
            return entry.unknown or bool(_DURATION_GIVEN.search(entry.answer))
        if c.kind == "clock":      # a time of day given ("10am", "14:00"), not only the day
            return entry.unknown or bool(_CLOCK_GIVEN.search(entry.answer))
        if c.kind == "called":
            body = c.value.partition("|")[2]
            # The body named on its own somewhere in the entry, not only inside another's name ("Socitm Local CIO Council").
            own = not body or any(re.search(rf"(?<![\w-])(?i:{re.escape(name)})(?![\w-])(?!\s+[A-Z])", f"{entry.title}. {entry.answer}")
                                  for name in (body, *self.lexicon.aliases.get(body, ())))
            return entry.unknown or bool(_NAMING.search(facts.text)) and own
        if c.kind == "spelt-out":   # the words the letters stand for, spelt out in the entry's own text
            said = " ".join(f"{entry.title} {entry.answer}".lower().split())
            return entry.unknown or any(name in said for name in self.lexicon.aliases.get(c.value, ()))
        if c.kind == "kind":
            return self._names_a_kind(c, entry, facts)
        if c.kind == "disclaimed":
            return self._disclaims(c, facts) is None
        if c.kind == "about":
            return all(self._term(w) in facts.terms for w in c.value.partition("|")[0].split())
        if c.kind == "view-on":     # most of what a view is of: the entry reports it in words of its own
            of = c.value.partition("|")[0].split()
            return sum(self._term(w) in facts.terms for w in of) >= VIEW_WORDS_SPOKEN * len(of)
        if c.kind == "place-year":
            place, _, year = c.value.partition("|")
            names = (place, *self.lexicon.aliases.get(place, ()))
            names = (*names, *(p for n in names for p in self.lexicon.places_within(n)))   # "Scotland": "Glasgow"
            # In the same clause: "Lincolnshire (ransomware, 2016), Redcar and Hackney (2020)" is
            # one sentence, and Redcar's year is 2020. A bracket that closes a list item ("), ", ") and")
            # ends the clause; one inside a clause is an aside: "in late 2022 DLUHC ran a pilot of the
            # Cyber Assessment Framework (CAF) with 10 (ten) councils in England".
            # In a list of editions, each with its own year and place: "CYBERUK 2018 at the Manchester Convention
            # Centre, CYBERUK 2019 at the SEC in Glasgow" does not put 2018 in Glasgow (``_years_of_place``).
            return any(int(year) in _years_of_place(clause, m.start(), m.end())
                       for sentence in facts.sentences for clause in _CLAUSE_END.split(sentence)
                       for n in names for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", clause))
        if c.kind == "councils":
            if c.value:     # (the ones left out, by their places; where something was held names no council)
                return bool(self.lexicon.places_in(_HELD_IN.sub(" ", entry.answer.lower()), countries=False))
            return bool(self.lexicon.places_in(facts.text, countries=False) or _ALL_COUNCILS_IN.search(facts.text))
        if c.kind == "role":
            return any(self._role_of(facts, person, c.value.split()) for person in facts.people)
        if c.kind == "before-thing":
            return not re.search(rf"\b(?:formerly|previously|earlier|before that|prior to that)\s+(?:[^.,;()]+\s+)?"
                                 rf"{re.escape(c.value)}\b", facts.text)
        if c.kind == "role-of":
            surname, roles, body = c.value.split("|")
            # "chief executive" is one role of two words, not a chief or an executive. To lead a body
            # or a field is to hold its top post, whatever the post is called: "does owen pritchard lead
            # cyber at the lga" is "the LGA's Head of Cyber", as "leads the LCIOC" is "chairs" it.
            # (Held to what the answer says, for any post asked: a title's "NCSC leaders at launch: Ciaran
            # Martin and Ian Levy" names two, and Levy was its technical director, not its head.)
            # ...and to a title only where it names one person (``facts.posts``, read once per entry).
            if roles in _LEADS:
                return self._holds_post(facts, surname, {self._canonical(w) for w in _TOP_POSTS}, body, facts.posts)
            return self._holds_post(facts, surname, {"+".join(self._canonical(w) for w in roles.split())}, body,
                                    facts.posts)
        if c.kind == "literal":
            return entry.unknown or c.value.partition("|")[0] in _literal_text(entry, facts)
        if c.kind == "quoted":     # the words the asker quotes, as the entry writes them
            return entry.unknown or c.value.partition("|")[0] in " ".join(facts.own_text.split())
        if c.kind == "post":
            surname, asked, body, _ = c.value.split("|")
            return self._holds_post(facts, surname, set(asked.split()), body)
        if c.kind == "done-at":
            return entry.unknown or self._done_by(entry, facts, *c.value.split("|")[:2])
        if c.kind == "done-by":
            verb, agent, *rest = c.value.split("|")
            # Asked whether it still is ("still run by Nominet?"): an entry that names them and tells how it changed
            # ("originally built by Nominet ... now implemented by Cloudflare and Accenture") answers it either way.
            if rest[0] == "now" and _CHANGE_TOLD.search(entry.answer) and self._done_by(entry, facts, "", agent):
                return True
            return self._done_by(entry, facts, verb, agent)
        if c.kind == "gap":
            count, unit, _ = c.value.split("|")
            return entry.unknown or _gap_borne_out(facts.text, count, unit)
        if c.kind == "multiple":
            return entry.unknown or bool(_MULTIPLE[c.value.partition("|")[0]].search(facts.text))
        if c.kind == "agent-of":
            agent, done_to, _ = c.value.split("|")
            return self._agent_with(entry, facts, agent, done_to.split())
        if c.kind == "deed-of":
            surname, verb, _ = c.value.split("|")
            forms = _deed_forms(verb)
            # A minister who announced a scheme the entry says was launched then launched it: "Francis
            # Maude announced CiSP" under "When CiSP was launched". One who announced a sum ("announcing
            # £1.9 billion") launched nothing the entry calls a launch.
            said_all = {stem(w) for w in surface_words(f"{entry.title}. {entry.answer}")}
            for deed in _ONE_DEED:
                if forms & deed and forms & said_all:
                    forms |= deed
            # To speak is told by what was said: "Connell spoke there on 9 May 2018" by "there, on 9 May 2018,
            # Geoff Connell urged councils ..." (but one who urged is not met by one who only spoke).
            if forms & _SPOKE:
                forms |= _SAID
            if forms & _THOUGHT_FORMS:
                forms |= _SAID | _THOUGHT_FORMS
            named = False     # "Dylan Roberts ... He joined Leeds City Council in 2003": he is the one named
            for words in (surface_words(s) for s in facts.told):
                if forms & {stem(w) for w in words} and (surname in words or named and {"he", "she", "they"} & set(words)):
                    return True
                named = named or surname in words
            return False
        if c.kind == "stand-in":     # "Richard Horne ... interim", "stood in for": one who took the post for a while
            return entry.unknown or bool(STAND_IN_TOLD.search(entry.answer))
        if c.kind == "asked-of":
            # "who urged the LGA to run the stocktake?": the entry tells a request made of them (in any of the words
            # for one: "urged", "asked", "called on"), not a request made of others nor no request at all.
            verb, urged, _ = c.value.split("|")
            # (...or says it was done "at the request of" someone: "Socitm set up the Local CIO Council ... at the
            # request of the then Government CIO John Suffolk" was asked of Socitm.)
            return entry.unknown or self._deed_done_to(entry, facts, verb, urged.split(), _REQUESTED) is True or any(
                _AT_REQUEST.search(said) and any(self._names_the(w, surface_words(said)) for w in urged.split())
                for said in map(str.lower, facts.told))
        if c.kind == "done-to":
            verb, thing, _ = c.value.split("|")
            # ("who set up the NCSC": said with a particle the deed has no word of its own the entry must write, as
            # "opened" has; the entry must tell it done to the thing, not only name someone: "Was it Lindy Cameron that
            # set up the NCSC?" is not answered by her succeeding Ciaran Martin.)
            if " " in verb:
                return entry.unknown or self._deed_done_to(entry, facts, verb, thing.split()) is True
            return entry.unknown or self._deed_done_to(entry, facts, verb, thing.split()) is not False
        if c.kind == "sequence-claim":
            earlier, later, _ = c.value.split("|")
            return entry.unknown or self._in_order(facts, earlier, later) is True
        if c.kind == "deed-date":
            return entry.unknown or self._deed_dated_otherwise(facts, *c.value.split("|")[:5]) is None
        if c.kind == "deed-dated":
            # A date in a sentence that tells of them ("He joined Leeds City Council in 2003"), if any does.
            surname = c.value.partition("|")[0]
            told = named = dated = False
            for sentence in facts.told:
                words = set(surface_words(sentence.lower()))
                if surname in words or named and {"he", "she", "they"} & words:
                    told = True
                    dated = dated or bool(_years(sentence) or _MONTH_NAMED.search(sentence.lower()))
                named = named or surname in words
            return entry.unknown or not told or dated
        if c.kind == "began":
            surname, place, _, _, post = c.value.split("|")
            post_terms = {self._term(w) for w in post.split()}
            named = False     # "Dylan Roberts ... He joined Leeds City Council in 2003": he is the one named
            for sentence in facts.told:
                said = sentence.lower().replace("\u2019", "'")
                words = set(surface_words(said))
                if surname in words or named and {"he", "she", "they"} & words:
                    for began in _BEGAN_SAID.finditer(said):
                        # The one who began is said first: "Lindy Cameron ... succeeded Ciaran Martin" is
                        # no start of Martin's.
                        before = set(surface_words(said[:began.start()]))
                        if surname not in before and not (named and {"he", "she", "they"} & before):
                            continue
                        # The place is the one the post is at: "became CIO at Norfolk ..., having previously
                        # run IT for Newham" did not start at Newham.
                        where = re.split(r"[,;]", said[began.end():])[0]
                        where = where[:m.start()] if (m := _BEGAN_SAID.search(where)) else where
                        held = {self._term(w) for w in surface_words(where)}
                        # ...or the one named before it in the sentence: "He joined Leeds City Council ... and
                        # became its CDIO" (not "previously director-general of ..., succeeded ...").
                        earlier = said[:began.start()]
                        at_place = not place or place in self.lexicon.places_in(where) or (
                            place in self.lexicon.places_in(earlier) and not re.search(r"\b(?:previously|formerly|former)\b", earlier))
                        if at_place and post_terms <= held:
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
        if c.kind == "still":         # ...but a date a thing was due to end by says whether it still runs, however old
            return entry.deadline is not None or facts.latest is None or facts.latest >= self.newest_year - STALE_YEARS
        if c.kind == "total-now":     # a running total: only a count from the newest sources' year is to date
            return facts.latest is None or facts.latest >= self.newest_year
        if c.kind == "first-of":     # the person and a word for the first, in one sentence
            surname = c.value.partition("|")[0]
            return entry.unknown or any(re.search(rf"\b{re.escape(surname)}\b", s) and _FIRST_CUES.search(s)
                                        for s in facts.sentences)
        if c.kind == "first":
            return bool(_FIRST_CUES.search(facts.text))
        if c.kind == "next":
            return bool(_NEXT_CUES.search(facts.text))
        if c.kind == "head-of":
            body, _, top = c.value.partition("|")
            if top:
                return self._heads_of(facts, body)
            bodies = [{self._term(w) for w in surface_words(n)} for n in (body, *self.lexicon.aliases.get(body, ()))]
            surnames = self._surnames_named(facts)
            return any(any(b <= set(segment) for b in bodies) and surnames & set(segment)
                       and any(t in self._role_terms for t in segment) for segment in facts.segments)
        if c.kind == "runs-of":
            # "who runs the lga": a body or company may run a service ("who runs pdns": Cloudflare and Accenture),
            # but a person the entry gives is held to heading it, as for "who heads the lga" (not the LGA's cyber
            # programme manager, nor Socitm's head of research).
            surnames = self._surnames_named(facts)
            if not any(surnames & set(segment) for segment in facts.posts):
                return True
            return self._heads_of(facts, c.value)
        if c.kind == "before-of":
            # "the first national cyber security strategy, which ran from 2011", "the previous strategy": a thing
            # of that kind said to be earlier, and from a year before the one asked, if one was.
            thing, _, year = c.value.partition("|")
            stem_ = re.escape(os.path.commonprefix([thing, stem(thing)]))     # "strategy", "strategies"
            earlier = re.search(rf"\b(?:previous|earlier|first|former|preceding|original|predecessor|forerunner)\s+"
                                rf"(?:[\w'-]+\s+){{0,3}}?{stem_}\w*", facts.text)
            return bool(earlier) and (not year or any(y < int(year) for y in facts.years))
        if c.kind == "frequency":     # the unit, as a word or its "-ly": "twice yearly", "every month", "annual"
            written = {"day": r"days?|daily", "year": r"years?|yearly|annual|annually"}.get(c.value, rf"{c.value}s?|{c.value}ly")
            return entry.unknown or bool(re.search(rf"\b(?:{written})\b", " ".join(facts.told).lower()))
        if c.kind == "after-leaving":     # what someone did after leaving it is what came after it for them
            return self._meets(Constraint("after-thing", c.value), entry, facts)
        if c.kind == "after-thing":
            # The thing by its first word or its last, as named: "the lga stocktake" is after "the stocktake" too.
            first, _, rest = c.value.partition("|")
            head, _, year = rest.partition("|")[2].partition("|")
            if year and not any(y > int(year) for y in facts.years):
                return False    # "what replaced the 2022 strategy": not the 2022 strategy, nor anything of its year or before
            for word in dict.fromkeys(filter(None, (first, head))):
                thing = re.escape(stem(word))
                # A curator's question the entry answers, "what replaced the 2016 national cyber security strategy", says so.
                if any(stem(word) in {stem(w) for w in surface_words(p.lower()[m.start():])}
                       for p in entry.phrasings for m in _AFTER_THING.finditer(p.lower())):
                    return True
                # (what the entry tells, not the questions it answers: "deadline for replacing mail check")
                if re.search(rf"\b(?:following|after|followed|since|subsequently|then|successor to|replaced|replacing|replaces|superseded|succeeded)\s+(?:the\s+|its\s+|this\s+|that\s+)?"
                             rf"(?:[\w'-]+\s+){{0,3}}?{thing}\w*|\b{thing}\w*\b[^.]{{0,60}}?\b(?:was|were|has\s+been|have\s+been|is\s+being|will\s+be)\s+"
                             rf"(?:followed|replaced|superseded|succeeded)\s+by", " ".join(facts.told).lower()):
                    return True
            return False
        if c.kind == "listed":      # the count, then the list: "four (4) objectives: (A) managing security risk, ..."
            n, noun = c.value.split("|")
            said = "|".join(w for w, k in _NUMBER_WORDS.items() if k == n) or n
            # ("a four-step programme: choose which logs ...")
            # ...but "are" or "were" before a deed done to them says what became of them, no list: "the
            # 10 Steps to Cyber Security were first published in 2012" names none of the ten.
            asked = self._term(noun)
            # "what are the two target years", "what were the two amounts": years or sums the entry gives, at least that
            # many, are the list ("by 2025 ... no later than 2030"; "£600 million ... the remaining £1.3 billion").
            kind = _LISTED_VALUES.get(noun)
            if kind is not None and len({_value_of(v) for v in kind.findall(entry.answer)}) >= int(n):
                return True
            # "what were the three Ds": a list of that many words that each open on the letter ("defend, deter and develop")
            letter = re.fullmatch(r"([a-z])'?s", noun)
            if letter is not None:
                initial = letter.group(1)
                lists = re.finditer(rf"\b{initial}[\w-]*(?:,\s+{initial}[\w-]*)*,?\s+(?:and|&)\s+{initial}[\w-]*",
                                    entry.answer.lower())
                if any(len(re.findall(r"[\w-]+", m.group(0).replace(" and ", " ").replace("&", " "))) >= int(n) for m in lists):
                    return True
            return any(asked in {self._term(w) for w in surface_words(m.group(0))} for m in re.finditer(
                rf"\b(?:{said}|{n})\b(?:\s*\([^)]*\))?[\s-]+(?:[\w'-]+[\s-]+){{0,4}}?[\w'-]+\s*"
                rf"(?::|\u2014|\s-\s|\b(?:are|were|being|namely)\b"
                rf"(?!\s+(?:first\s+|also\s+|then\s+|\w+ly\s+)?(?:\w+ed|made|written|set|known|given|built|"
                rf"drawn|shown|seen|done|taken|brought|kept)\b))", entry.answer.lower()))
        if c.kind == "ordinal":     # the list the entry counts reaches it: five controls have no sixth
            # ...and a list it numbers ("a first phase of funding") holds the one asked.
            n, noun, _ = c.value.split("|")
            counts, numbered = self._counts_of(entry.answer, noun)
            return (int(n) in numbered or bool(counts) and max(counts) >= int(n)) if counts or numbered else True
        if c.kind == "exact-count":
            return self._term(c.value) in {w for sentence in facts.answer_told
                                           for w in self._counted_in([x for x in surface_words(sentence)
                                                                      if x not in _ROUGH_COUNTS])}
        if c.kind == "count":
            things, _, given = c.value.partition("|")
            counted = surface_words(things)
            numbered = self._counted_words(entry.answer, given) if given else facts.number_words
            if not counted:
                return False
            if counted[0] == "times" and counted[1:2] and counted[1] in _PERIODS:
                # "how many times a year does it meet": how often, which a rate for that period gives.
                period = counted[1]
                return bool(re.search(_FREQUENCY + r"[\s-]+(?:(?:a|an|per|each|every)\s+(?:" + _PERIODS[period]
                                      + r")\b|(?:" + _PERIODIC[period] + r")\b)", facts.text))
            # "how many attended cyberuk": how many people attended it.
            if counted[0] in _ATTENDING:
                counted = ["people"] + counted
            # "how many folk are on cisp": people counted as its users or members are people.
            people = {self._canonical(w) for w in _PEOPLE_COUNTED}
            attendees = {self._canonical(w) for w in _ATTENDEES}
            # "how many cyber incidents hit the public sector": the thing counted is the noun the words
            # before it qualify ("777 incidents"), so long as the entry says those words too.
            for at in range(min(len(counted), 3)):
                asked = self._term(counted[at])
                if asked in numbered or asked in people and numbered & people:
                    break
                # (Only an everyday word qualifies so: before a name, "cisp users", the question is apt to
                # go on to narrow whose they are, "cisp users from local govt", which the entry's total is not.)
                if self._term(counted[at]) not in facts.terms or english_zipf(counted[at]) < _QUALIFIER_ZIPF:
                    return False
            else:
                return False
            # ...and a deed past the next word: "how many NHS trusts paid the ransom" asks who paid, not who was hit.
            details = counted[at + 1:at + 2] + [w for w in counted[at + 2:]
                                                if w in _IRREGULAR_PAST.values() or w.endswith("ed") and len(w) > 4]
            # "how many people went to cyberuk": those who went to an event are its delegates or attendees.
            went = [w for w in details[:1] if w in _ATTENDING]
            if went and asked in people and numbered & attendees:
                details = details[1:]
            # "how many councils completed it": what was done to them must be in the entry too, and so must
            # what a word before it qualifies ("how many significant ransomware gangs": gangs).
            # (A word no entry uses, "gp surgeries" for GP practices, is the search's to weigh.)
            if not all(self._term(w) in facts.terms for w in details
                       if w.endswith("ed") or w not in _GENERIC_DETAILS and self._known(w)):
                return False
            # ...said of something, not only as a word of a name: "how many councils assessed so far" is not answered by
            # "piloted it with 10 councils" in an entry that says "assess" only in "the Cyber Assessment Framework".
            done = {self._term(w) for w in details if w.endswith("ed")}
            return not done or done <= self._said_outside_names(entry)
        return True

    def _said_outside_names(self, entry: Entry) -> set[str]:
        """The terms ``entry`` says in its answer, phrasings and keywords but for the words of the names its title and
        answer write in capitals ("The Cyber Assessment Framework"), which name a thing and tell nothing done."""
        names = {m.group(0).lower() for m in _NAMED.finditer(f"{entry.title}. {entry.answer}")}
        said = set()
        for text in (entry.answer, *entry.phrasings, *entry.keywords):
            text = text.lower()
            for name in names:
                text = text.replace(name, " ")
            said.update(self._term(w) for w in surface_words(text))
        return said

    def _split_given(self, c: Constraint, facts: _EntryFacts) -> bool:
        """Does one sentence of the entry share the sum out: the sum and a smaller one beside it ("split the £1.9bn into
        £600m ... and £1.3bn"), the sum the largest there (in "split the £1.9bn into £600m and £1.3bn" the £1.3bn is a part,
        not split), and each recipient asked of named there? A sum alone ("the £2.6bn for cyber announced in the Spending
        Review") or a sum told in another sentence ("Since 2020 the Cyber Support programme has provided £19.9m") is no
        share-out of it; where the question names no sum, two sums in one sentence are."""
        sums, recipients, _ = c.value.split("|")
        wholes = {float(v) for v in sums.split()}
        asked = [[self._canonical(w) for w in r.split()] for r in recipients.split(";") if r]
        for sentence in facts.answer_told:
            said = sentence.lower()
            held = {float(m.group(2).replace(",", "")) * _SCALES.get(m.group(3) or "", 1)
                    for m in _MONEY_FIGURE.finditer(said) if m.group(1) or m.group(3)}
            # (A sum for each one shares out a pot the question names no sum of: "up to £750,000 each to six councils".)
            each = not wholes and bool(_EACH_SUM.search(said))
            if not each and (len(held) < 2 or wholes and not any(w in held and w == max(held) for w in wholes)):
                continue
            # Each recipient in a clause that gives a sum: "the December 2016 Local Government Cyber Summit, and ...,
            # split the £1.9bn into £600m for the NCSC and £1.3bn for 'strategy delivery'" gives local government no part.
            parts = [frozenset(self._canonical(w) for w in surface_words(clause))
                     for clause in re.split(r",\s+|;\s+", said)
                     if any(m.group(1) or m.group(3) for m in _MONEY_FIGURE.finditer(clause))]
            if all(any(all(self._spoken(w, terms) for w in words) for terms in parts) for words in asked):
                return True
        return False

    @staticmethod
    def _scaled_figures(entry: Entry) -> list[tuple[float, str]]:
        """Each number ``entry``'s title and answer give, with the scale written after it ("£1.5m": (1.5, "m")), or ""."""
        return [(float(m.group(1).replace(",", "")), m.group(2) or "")
                for m in _SCALED_NUMBER.finditer(f"{entry.title}. {entry.answer}".lower())]

    def _gives_at_scale(self, c: Constraint, entry: Entry) -> bool:
        """Does the entry give the figure at the scale the question writes it ("£1.5bn": 1.5 billion, however written,
        "£1,500,000,000" too), or not give the figure at all (left to ``figure``)? An entry that gives 1.5 only at
        another scale ("£1.5m") gives another sum."""
        figure, scale = c.value.split("|")
        number, wanted = float(figure), float(figure) * _SCALES[scale]
        given = self._scaled_figures(entry)
        return (any(abs(value * _SCALES.get(size, 1) - wanted) < wanted * 1e-9 for value, size in given)
                or not any(value == number for value, _ in given))

    def _scale_given(self, entry: Entry, figure: str) -> str:
        """The scale the entry gives ``figure`` at, as a word ("million" for "£1.5m"); "" for a figure written bare."""
        scale = next((size for value, size in self._scaled_figures(entry) if value == float(figure)), "")
        return _SCALE_WORDS.get(scale, scale)

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
        # (the kind's own noun is no name the question gives: "which socitm group" of "Cyber Technical Resource Group")
        asked = set(asked.split()) - {noun.lower(), noun.lower().removesuffix("s")}
        if sort and re.search(r"(?<![\w-])" + re.escape(sort) + r"\s+" + re.escape(noun[:4]), facts.text):
            return True
        answer = entry.answer
        if kind == "address":
            return bool(_ADDRESS.search(answer)) or bool(sort) and f"{sort} address" in facts.text
        if kind == "council":
            # A place named as where something was held ("Speaking at Socitm's conference in Glasgow") is no council
            # of anyone's: "which council was Connell at" is not answered by where he spoke.
            return bool(self.lexicon.places_in(_HELD_IN.sub(" ", answer.lower()), countries=False))
        if kind == "region":     # "which English region": one named, not the towns of councils it lists
            return bool(_REGION_NAMED.search(answer))
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
                # ...or that the event is its own: "who organised the socitm conference" is answered by "Socitm's
                # Annual Conference 2017 was held ...", though the question names Socitm.
                owner = self._runs_event(entry) if kind == "agent" and noun in _RUNS_EVENTS else None
                if owner and re.match(rf"{re.escape(owner)}(?:'s|\u2019s|s')?(?:\W|$)", name):
                    return True
                continue
            if kind == "agent":
                # Named as the one who did something or whose it is: "built by Nominet", "RAND Europe carried
                # out ...", "the NCSC's 10 Steps";
                # a service it lists beside the thing ("Web Check, Mail Check") did nothing.
                written = r"\W+".join(map(re.escape, name.split()))
                if name.endswith(("'s", "\u2019s")):     # whose it is: "the NCSC's 10 Steps"
                    return True
                # ...or "10 Steps to Cyber Security is NCSC guidance": a body's name set before the kind of thing it puts out.
                if re.search(rf"\b{written}\s+{_ITS_OWN_OUTPUT}", answer):
                    return True
                if re.search(rf"\bby\s+(?:the\s+)?(?:[\w'-]+\s+(?:and|with)\s+(?:the\s+)?)?{written}\b|"
                             rf"\b{written}(?:\s*\([^)]*\))?\s+(?:\w+ly\s+)?{_DID_IT}", answer):
                    return True
                # "who stated that local government could ...": the one the entry says said it ("The Cabinet Office said").
                if noun in _REPORTING_VERBS and re.search(
                        rf"\b{written}(?:\s*\([^)]*\))?\s+(?:\w+ly\s+)?(?:has\s+|had\s+)?{_SAID_IT}", answer):
                    return True
            elif not all(w in _COUNCIL_WORDS or self.lexicon.places_in(w) or w in _MONTHS_DAYS for w in words):
                return True
        return False

    def _unnamed_of(self, entry: Entry, c: Constraint) -> str | None:
        """The body a year claim is made of (by initials the lexicon knows, as typed) that ``entry`` never names, by
        them or written out: "the NCSC was set up in 2014" is no claim Cyber Essentials' launch can confirm."""
        text = f"{entry.title}. {entry.answer}"
        for acronym in (c.value.split("|") + ["", ""])[2].split():
            names = (acronym, *self.lexicon.aliases.get(acronym, ()))
            if len(names) > 1 and not any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)
                                          for name in names):
                return acronym
        return None

    def _dated_for_another_deed(self, entry: Entry, year: int, said: set[str]) -> bool:
        """Does ``entry`` give ``year`` only to something other than the coming about a claim dates by it? "Web Check was
        launched in 2019" of "Ciaran Martin told the Public Accounts Committee on 1 April 2019 that Web Check was used by
        all local authorities": the year is when he spoke, and no clause that gives it says anything began (in any words:
        "published" of "launched")."""
        if not said & self._deed_terms:
            return False
        dated = [{self._canonical(w) for w in surface_words(clause)}
                 for sentence in _SENTENCE.split(entry.answer) for clause in _DATED_CLAUSES.split(sentence)
                 if any(int(m.group(1)) == year and not m.group(2) for m in _YEAR.finditer(clause))]
        # ("Since 2020 the Cyber Support programme has provided ...": it has run since then)
        return bool(dated) and not any(words & self._running_terms for words in dated)

    def _year_said_for(self, entry: Entry, year: int, said: set[str]) -> int | None:
        """The other year the entry gives what a claim says, if it is not ``year``. Each clause of the
        answer that dates something ("hardened to cyber attack by 2025", "resilient to known vulnerabilities
        and attack methods no later than 2030") holds the claim's words it says (not its title's, which name
        the entry's subject); the claim's year is not the entry's where another year's clauses hold clearly
        more of them."""
        title = {self._canonical(w) for w in surface_words(entry.title)}
        asked = said - title
        held: dict[int, set[str]] = {}
        for sentence in _SENTENCE.split(entry.answer):
            for clause in _DATED_CLAUSES.split(sentence):
                # (a span names a thing, "the Strategy 2022-2030", and dates no clause)
                dated = {int(m.group(1)) for m in _YEAR.finditer(clause) if not m.group(2)}
                words = {self._canonical(w) for w in surface_words(clause)}
                for when in dated:
                    held.setdefault(when, set()).update(asked & words)
        if year not in held:
            return None
        mine = held[year]
        lead, other = max(((len(words - mine), when) for when, words in held.items() if when != year), default=(0, None))
        return other if lead >= YEAR_CLAUSE_LEAD and lead > len(mine) else None

    @staticmethod
    def _dated_for_another(entry: Entry, key: str, year: str, month: str, day: str) -> str | None:
        """The date ``entry`` gives the person written ``key`` ("October 2020"), where a question puts them at another
        (year, and month and day if it gives them) that the entry gives only to someone or something else: "Richard
        Horne became NCSC chief executive in October 2024" beside "Lindy Cameron ... succeeded Ciaran Martin ... in
        October 2020"; "Cyber139 dates the official launch to 4 October 2016" beside "Queen Elizabeth II formally
        opened it later, on 14 February 2017". None where the entry gives them no date, or that date, or gives the
        date only where it may go on about them ("In 2018 he ...")."""
        asked = rf"\b{day}(?:st|nd|rd|th)?\s+{month}\s+{year}\b" if day else rf"\b{month}\s+{year}\b" if month else rf"\b{year}\b"
        clauses = [clause.lower() for clause in _SENTENCE.split(entry.answer)]
        theirs = [clause for clause in clauses if re.search(rf"\b{re.escape(key)}\b", clause)]
        dated = [clause for clause in theirs if _years(clause)]
        if not dated or any(re.search(asked, clause) for clause in theirs):
            return None
        elsewhere = [clause for clause in clauses if clause not in theirs and re.search(asked, clause)]
        if not elsewhere or any(_GOES_ON_ABOUT.search(clause) for clause in elsewhere):
            return None
        # (Of the clauses dating them, the one that opens on them: "Martin's tenure ended on 31 August 2020", not
        # "... succeeded Ciaran Martin ... in October 2020".)
        own = min(dated, key=lambda clause: re.search(rf"\b{re.escape(key)}\b", clause).start())
        given = re.search(r"(?:\d{1,2}\s+)?(?:" + "|".join(_MONTHS) + r")\s+(?:19|20)\d\d|(?:19|20)\d\d", own)
        return given.group(0).title() if given else None

    @staticmethod
    def _runs_event(entry: Entry) -> str | None:
        """The body whose event the entry is about ("the NCSC's flagship annual cyber security conference"), if any."""
        owned = _OWN_EVENT.search(entry.answer)
        return owned.group(1) if owned and (entry.event or owned.start() < OWN_EVENT_OPENING) else None

    def _did_the_deed(self, name: str, verb: str, answer: str) -> bool:
        """Does ``answer`` say ``name`` did ``verb`` ("the LGA built", "built by the LGA")?"""
        written = r"\W+".join(map(re.escape, name.split()))
        said = [m.group(1) for m in re.finditer(rf"\b{written}(?:\s*\([^)]*\))?\s+(?:\w+ly\s+)?([a-z]\w*)", answer)]
        said += [m.group(1) for m in re.finditer(rf"\b([a-z]\w*)\s+by\s+(?:the\s+)?{written}\b", answer)]
        return any(self._term(w) == self._term(verb) or stem(w) == stem(verb) for w in said)

    def _holds_post(self, facts: "_EntryFacts", surname: str, asked: set[str], body: str,
                    segments: tuple[tuple[str, ...], ...] | None = None) -> bool:
        """Does the entry make ``surname`` one of the ``asked`` roles (search terms, "chief+execut" for
        a role of two words) of ``body``?

        In one sentence, with the role written nearest the person: "Owen Pritchard ... the LGA's
        Head of Cyber" does not make him head of the NCSC, nor "the NCSC's chief executive Ciaran
        Martin, with Ian Levy as technical director" Levy its chief."""
        surname = self._canonical(surname)
        bodies = [{self._term(w) for w in surface_words(n)} for n in (body, *self.lexicon.aliases.get(body, ()))]
        for segment in facts.segments if segments is None else segments:
            if surname not in segment or not any(b <= set(segment) for b in bodies):
                continue
            at = segment.index(surname)
            # Nearest first; of two as near, the one after the name ("Ciaran Martin, its first chief
            # executive, with Ian Levy as technical director": Levy is the director).
            near = sorted((abs(i - at), i < at, i, t) for i, t in enumerate(segment)
                          if t in self._role_terms and not self._anothers_role(segment, i, bodies))
            if not near:
                continue
            # "chief+execut": the nearest role word is a word of it, written with the rest
            _, _, i, nearest = near[0]
            # The post runs on from its first word to its end, and a role said again inside it is the same post:
            # "head of information management and technology (CIO) at Norfolk County Council" makes Connell
            # its CIO. It ends at a word that is no part of a title ("at", "to", "with", "since") or at
            # another person: "deputy to the chief executive" holds no post of chief executive.
            # (...the post of the body written beside it: "... (CIO) at Norfolk County Council, having previously
            # run shared IT for Newham and Havering" does not make him Havering's CIO.)
            title, end = [i], min(len(segment), i + TITLE_WORDS)
            for j in range(i + 1, end):
                if segment[j] in self._surnames or is_stopword(segment[j]) and segment[j] not in ("of", "and", "the"):
                    end = j
                    break
                if segment[j] in self._role_terms:
                    title.append(j)
            beside = set(segment[max(0, i - TITLE_BODY_WORDS):i]) | set(segment[end:end + TITLE_BODY_WORDS])
            if not any(b <= beside for b in bodies):
                title = [i]
            for role in asked:
                parts = role.split("+")
                starts = [k for k in title if segment[k] == parts[0]] or [
                    j for j in range(max(0, i - 2), i) if segment[j] == parts[0] and nearest in parts[1:]]
                if any(set(parts[1:]) <= set(segment[j + 1:j + 3]) for j in starts):
                    return True
        return False

    def _surnames_named(self, facts: "_EntryFacts") -> set[str]:
        """The surnames of the people the entry names, as search terms."""
        return {self._canonical(p.split()[-1].lower()) for p in facts.people}

    def _heads_of(self, facts: "_EntryFacts", body: str) -> bool:
        """Does the entry give someone a top post of ``body``, named alone ("who heads the LGA", "who runs socitm")?"""
        bodies = [{self._term(w) for w in surface_words(n)} for n in (body, *self.lexicon.aliases.get(body, ()))]
        surnames = self._surnames_named(facts)
        # In a sentence of the answer (or a title that names one person), not a keyword list ("chair, Dylan
        # Roberts, Leeds"), and by a post the body is named beside: "the Local CIO Council was chaired by Dylan
        # Roberts, chief digital and information officer (CDIO) at Leeds City Council" makes him no head of Leeds.
        return any(surnames & set(segment) and self._heads_body(segment, bodies) for segment in facts.posts)

    def _heads_body(self, segment: tuple[str, ...], bodies: list[set[str]]) -> bool:
        """Does ``segment`` give a top post (head, chief executive, chair, president, leader) of the body asked of,
        written beside its name, not of a part of it or of another body?"""
        top = {self._canonical(w) for w in _TOP_POSTS}
        return any(t in top and not self._heads_a_part(segment, i, bodies) and not self._anothers_role(segment, i, bodies)
                   and any(b <= set(segment[max(0, i - HEAD_BODY_WORDS):i + HEAD_BODY_WORDS + 1]) for b in bodies)
                   for i, t in enumerate(segment))

    def _heads_a_part(self, segment: tuple[str, ...], i: int, bodies: list[set[str]]) -> bool:
        """Is the top post at ``i`` the head of a part of the body, or a chief of one field, not the body's head?

        "Socitm's Head of Research", "DCLG's Head of National Cyber Security Programme", "head of ICT" head
        what follows "of" (unless that is the body asked of: "head of the NCSC"); "chief digital and
        information officer" is one officer among others. Asked who leads Socitm, the LGA or a council, none
        of them is its head ("chief executive", "chaired by", "president" are)."""
        after = [w for w in segment[i + 1:i + 6] if w != "the"]
        if after[:1] == ["of"] and after[1:2] and not any(after[1] in b for b in bodies):
            return True
        offic = self._canonical("officer")
        return segment[i] == self._canonical("chief") and offic in after[:4] and self._canonical("executive") not in after[:1]

    def _anothers_role(self, segment: tuple[str, ...], i: int, bodies: list[set[str]]) -> bool:
        """Is the role word at ``i`` tied to a body other than the one asked of ("former Socitm president",
        "president of Socitm"), so that it is no post at the asked one?"""
        # (A name the asked body goes by is its own: "LCIOC chair"; a parent's name alone is not: "Socitm
        # president" for "the Socitm Local CIO Council".)
        known = self._named_words()
        own = {frozenset(b) for b in bodies}
        own |= {frozenset({self._term(short)}) for short, long in self.lexicon.aliases.items()
                if any({self._term(w) for w in surface_words(n)} in bodies for n in long)}
        before = [w for w in segment[max(0, i - 3):i] if w not in _NOT_BODY][-1:]
        after = list(segment[i + 1:i + 3])
        if after[:1] == ["of"] and any(after[1] in b for b in bodies):
            return False      # "Socitm's Head of Research" is head of research
        tied = before + (after[1:] if after[:1] == ["of"] else [])
        return any(w in known and frozenset({w}) not in own for w in tied)

    def _named_words(self) -> frozenset[str]:
        """Search terms of the words the knowledge base writes capitalised mid-sentence that are rare in
        English or acronyms ("Socitm", "Norfolk", "LGA"), other than people's names: names of bodies and places."""
        if getattr(self, "_named_cache", None) is None:
            found = set()
            for entry in self.kb.entries:
                for sentence in _SENTENCE.split(entry.answer):
                    for token in re.findall(r"[A-Za-z][A-Za-z0-9-]*", sentence)[1:]:
                        if token[0].isupper() and (token.isupper() and len(token) > 1 or
                                                   english_zipf(token.lower()) < COMMON_ZIPF):
                            found.add(token.lower())
            self._named_cache = frozenset(self._term(w) for w in found - self._name_parts)
        return self._named_cache

    def _done_by(self, entry: Entry, facts: "_EntryFacts", verb: str, agent: str) -> bool:
        """Does the entry say it was ``verb`` by ``agent`` ("administered by the LGA")? Where the
        entry uses the verb, the agent must be in a sentence that does; where it never does (its
        own word for it), the agent must be named by what it says, not only by its sources' titles."""
        names = [agent, *self.lexicon.aliases.get(agent, ())]
        names += [short for short, long in self.lexicon.aliases.items() if agent in long]
        said = [set(map(self._canonical, surface_words(sentence)))
                for sentence in facts.told]
        wanted = [{self._term(w) for w in surface_words(n)} for n in names]
        done = self._canonical(verb) if verb else None     # (no verb: named anywhere in what it says)
        with_deed = [sentence for sentence in said if done in sentence] or [set().union(*said)]
        return any(w <= sentence for w in wanted for sentence in with_deed)

    def _in_order(self, facts: "_EntryFacts", earlier: str, later: str) -> bool | None:
        """Does the entry date the things named by the terms ``earlier`` and ``later`` in that order (True), the
        other way round (False), or not both, or not so as to tell (None)? Each thing's date is the first in a
        sentence that names it: "The Cyber Essentials certification scheme was launched on 5 June 2014"."""
        dates = []
        for terms in (set(earlier.split()), set(later.split())):
            found = None
            for sentence in facts.told:
                said = sentence.lower()
                if terms <= {self._term(w) for w in surface_words(said)} and (m := _DATE_GIVEN.search(said)):
                    day, month, year = m.groups()
                    found = (int(year), _MONTHS.index(month) + 1 if month else 0, int(day) if day else 0)
                    break
            dates.append(found)
        first, second = dates
        if first is None or second is None:
            return None
        # (As far as both go: "2014" and "October 2014" do not tell which came first.)
        depth = next((i for i in range(3) if not first[i] or not second[i]), 3)
        if first[:depth] == second[:depth]:
            return None
        return first[:depth] < second[:depth]

    def _deed_done_to(self, entry: Entry, facts: "_EntryFacts", verb: str, thing: list[str],
                      one_deed: frozenset[str] = frozenset()) -> bool | None:
        """Does the entry tell the deed ``verb`` done to ``thing`` (its words, as asked: "ncsc"; any of them will do, as
        "the LGA's Cyber, Digital and Technology bulletins" is "the lga cyber" bulletin)? None where it tells no such
        deed at all, False where each time it tells it, it was done to something else.

        The thing is what the deed's word takes, up to a preposition ("officially opened the National Cyber Security
        Centre (NCSC) on 14 February 2017"), or what it is said of ("PDNS was originally built by Nominet"), or the
        thing the entry is titled by where it says "it" ("formally opened it later"); of "launched the NCSC's
        Exercise in a Box" the thing is Exercise in a Box, not the NCSC whose it is."""
        # "set up the NCSC", "kicked off the GCSS": a deed said with a particle is told as opening or making the thing
        # is ("launched by Steve Barclay", "established"), or in its own words, particle and all ("Socitm set up a
        # ... group"); not its verb alone ("sets out").
        verb, _, particle = verb.partition(" ")
        forms = _deed_forms(verb) if not particle else set(_OPENED | _ESTABLISHED)
        if forms & _OPENED:
            forms |= _OPENED
        if forms & one_deed:    # (a request is one deed, however it is worded: "urged", "asked", "called on")
            forms |= one_deed
        own = _deed_forms(verb) if particle else set()
        told = False
        for sentence in facts.told:
            words = re.findall(r"[a-z0-9][\w'-]*|[,;:.]", sentence.lower().replace("\u2019", "'"))
            for at, word in enumerate(words):
                said_own = stem(word) in own and words[at + 1:at + 2] == [particle]
                if stem(word) not in forms and not said_own:
                    continue
                told = True
                taken: list[str] = []
                for after in words[at + 1 + said_own:at + 10]:
                    if after == "on" and not taken and word == "called":     # "called on councils to ..."
                        continue
                    if after in _OBJECT_ENDS:
                        break
                    if after.endswith("'s"):
                        taken = []      # whose it is: "the NCSC's Exercise in a Box"
                        continue
                    taken.append(after)
                if taken[:1] in (["it"], ["them"]):
                    taken = surface_words(entry.title)
                # "The public sector PDNS was originally built by ...", "The GCSS, the first cyber strategy ..., was
                # launched by ...": what it is said of, the sentence up to it.
                back = at - 1
                while back >= 0 and words[back].endswith("ly"):
                    back -= 1
                said_of = words[:back] if back >= 0 and words[back] in ("was", "were", "is", "are", "been", "be") else []
                if any(self._names_the(word, part) for part in (taken, said_of) for word in thing):
                    return True
        return False if told else None

    def _names_the(self, term: str, words: list[str]) -> bool:
        """Do ``words`` name ``term`` (a question's word, typos and all: "exorcise"), as itself or spelt out ("ncsc":
        "national cyber security centre")?"""
        terms = {self._canonical(w.removesuffix("'s")) for w in words}
        return self._term(term) in terms or self._canonical(term) in terms or any(
            all(self._canonical(w) in terms for w in surface_words(full)) for full in self.lexicon.aliases.get(term, ()))

    def _deed_dated_otherwise(self, facts: "_EntryFacts", doer: str, verb: str, day: str, month: str,
                              year: str) -> str | None:
        """The date the entry gives the deed ``verb`` done by ``doer`` (search terms), where a claim dates it
        otherwise and the entry gives it no date that agrees; None where it agrees, or gives the deed no date.

        The deed's date is the first after its word in a sentence naming the doer, or else the last before it:
        "The Cyber Essentials certification scheme was launched on 5 June 2014", "Queen Elizabeth II formally
        opened it later, on 14 February 2017". To take up a post is told however the entry tells it ("succeeded
        Ciaran Martin ... in October 2020")."""
        named = set(doer.split())
        began = verb in _BEGAN or verb in _BEGAN_PARTICLES
        forms = _deed_forms(verb)
        given = []
        for sentence in facts.told:
            said = sentence.lower().replace("\u2019", "'")
            if not named <= {self._term(w) for w in surface_words(said)}:
                continue
            # (from where its word starts: "from October 2020" is dated by its own month)
            spots = [m.start() for m in (_BEGAN_SAID.finditer(said) if began else re.finditer(r"[a-z]+", said))
                     if began or stem(m.group(0)) in forms]
            for at in spots:
                dated = _DATE_GIVEN.search(said, at) or next(reversed(list(_DATE_GIVEN.finditer(said[:at]))), None)
                if dated:
                    given.append(dated)
        agrees = [m for m in given if m.group(3) == year and (not month or not m.group(2) or m.group(2) == month)
                  and (not day or not m.group(1) or int(m.group(1)) == int(day))]
        if not month and not agrees:
            # A year alone may be the one a list gives beside the doer's own name: "Lincolnshire (ransomware, 2016),
            # Redcar and Hackney (2020)" dates Hackney's attack to 2020, though "hit" is dated 2016 first.
            agrees = [dated for sentence in facts.told for word in re.finditer(r"[a-z][\w'-]*", sentence.lower())
                      if self._term(word.group(0)) in named
                      and (dated := _DATE_GIVEN.search(sentence.lower(), word.end())) and dated.group(3) == year]
        if not given or agrees:
            return None
        return " ".join(part.title() for part in given[0].groups() if part)

    @staticmethod
    def _dates_deed(facts: "_EntryFacts", date: str, deed: str) -> bool:
        """Does the entry write the whole ``date`` ("1 November 2015", "November 1, 2015") and, when the
        claim says what was done then and the entry speaks of that deed, the date beside the deed
        ("was launched on 1 November 2016", "On 14 February 2017, the Queen opened")?"""
        day, month, year = date.split()
        written = list(re.finditer(rf"\b0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month[:3]}[a-z]*\.?,?\s+{year}\b"
                                   rf"|\b{month[:3]}[a-z]*\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+{year}\b", facts.text))
        if not written or not deed:
            return bool(written)
        forms = {stem(deed), *(stem(base) for base, done in _IRREGULAR_PAST.items() if done == deed)}
        if not forms & {stem(w) for w in surface_words(facts.text)}:
            return True      # the entry's own word for the deed: the date alone is checked
        for match in written:
            near = surface_words(facts.text[:match.start()])[-DEED_WINDOW:] + \
                surface_words(facts.text[match.end():])[:DEED_WINDOW]
            if forms & {stem(w) for w in near}:
                return True
        return False

    @staticmethod
    def _negation_of(entry: Entry, said: str) -> str | None:
        """The clause of ``entry`` that says not done what ``said`` (a claim's words, stemmed) says is done:
        "Reporting to Action Fraud ... does not automatically notify the ICO" for "the ICO gets told automatically"."""
        words = set(said.split())
        for clause in re.split(r"(?<=[.;!?:])\s+", entry.answer):
            if _SOURCES_LACK.search(clause):    # "The sources give no further breakdown": a gap, not a denial
                continue
            for m in _NEGATED.finditer(clause):
                if {stem(PAST_OF.get(w, w)) for w in surface_words(m.group(0))[1:]} & words:
                    return clause.strip(" ;.:")
            # "non-technical support" says it is not technical ("the lga on-call does technical forensics for us").
            if any(stem(m.group(1)) in words for m in _NON_PREFIXED.finditer(clause)):
                return clause.strip(" ;.:")
        return None

    @staticmethod
    def _day_dated_otherwise(facts: "_EntryFacts", day_month: str, year: str) -> str | None:
        """The year the entry gives ``day_month`` ("24 april"), where it gives it only another year than ``year``
        ("from 24 April 2019" for "CYBERUK 2018 ... on 24 April"); None where it gives that year, or the day alone."""
        day, month = day_month.split()
        given = [m.group(1) for m in re.finditer(rf"\b0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month[:3]}[a-z]*\.?(?:,?\s+((?:19|20)\d\d)\b)?",
                                                   facts.text)]
        if not given or any(y is None or y == year for y in given):
            return None
        return given[0]

    @staticmethod
    def _said_free(entry: Entry) -> str | None:
        """The sentence of ``entry`` that says the thing is free ("An Exercise in a Box session is described as a
        free, 90-minute, non-technical workshop"), if one does."""
        return next((s.strip(" ;.") for s in CLAUSE_END.split(entry.answer) if _FREE_TOLD.search(s)), None)

    def _denial(self, entry: Entry, subject: str, noun: str) -> str | None:
        """The clause of the entry that says ``subject`` is no ``noun`` ("The NCSC itself has no regulatory
        responsibilities" for "the ncsc is the regulator"), if it says so."""
        names = [subject, *self.lexicon.aliases.get(subject, ())]
        # ("should not be used as a SIEM", "is not to be treated as a regulator": what it is not to be taken for)
        denial = re.compile(rf"\b(?:no|not|never|neither|nor|isn't|wasn't)\s+(?:(?:to\s+)?be\s+(?:used|treated|seen|regarded|"
                            rf"relied\s+on)\s+as\s+)?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?{re.escape(stem(noun))}", re.I)
        # A thing the entry is titled by is what its "it" and "its" speak of ("Its documentation says it is not ...").
        titled = any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", entry.title, re.I) for n in names)
        for clause in CLAUSE_END.split(entry.answer):
            if denial.search(clause) and (any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", clause, re.I)
                                              for n in names) or titled and _OPENS_ON_IT.match(clause)):
                return clause.strip(" ;.")
        return None

    def _with_person(self, entry: Entry, facts: "_EntryFacts", surname: str, body: str) -> bool:
        """Does one sentence of the entry put the person (named, or "he"/"she" after they are named)
        beside ``body`` ("Siobhan Coughlan was the LGA's cyber programme manager")?"""
        names = [body, *self.lexicon.aliases.get(body, ())]
        names += [short for short, long in self.lexicon.aliases.items() if body in long]
        wanted = [{self._term(w) for w in surface_words(n)} for n in names]
        named = False
        for sentence in facts.told:
            words = surface_words(sentence)
            said = set(map(self._canonical, words))
            if (surname in words or named and {"he", "she", "they"} & set(words)) and any(w <= said for w in wanted):
                return True
            named = named or surname in words
        return False

    def _agent_with(self, entry: Entry, facts: "_EntryFacts", agent: str, done_to: list[str]) -> bool:
        """Does one sentence of the entry name ``agent`` and what it did it to (the title names
        the entry's own subject for every sentence)?"""
        names = [agent, *self.lexicon.aliases.get(agent, ())]
        names += [short for short, long in self.lexicon.aliases.items() if agent in long]
        wanted = [{self._term(w) for w in surface_words(n)} for n in names]
        title = set(map(self._canonical, surface_words(entry.title)))
        things = {self._term(w) for w in done_to}
        for sentence in facts.answer_told:
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

    def holder_named(self, question: str) -> str:
        """``question`` with a post held at the time it asks about ("Socitm's then president", "the then Socitm
        president", "Socitm's president at the time") written as the one person the knowledge base gives that post
        ("Geoff Connell"), so that what they did or thought is asked of them. A post it gives to more than one ("the
        then Chancellor": Hammond, and Barclay of the Duchy of Lancaster) or to none stays as typed."""
        match = _THEN_POST.search(question)
        if match is None:
            return question
        body = next((g for g in match.group("org", "org2", "org3", "org4") if g), "")
        post = next(g for g in match.group("post", "post2", "post4") if g)
        if body.lower() in _DETERMINERS:
            body = ""
        role = [w.lower() for w in [*body.split(), *post.split()] if not is_stopword(w.lower())]
        key = " ".join(role)
        known = self.__dict__.setdefault("_holders", {})     # made on first use: who holds each post asked of
        if key not in known:
            known[key] = tuple(p for p in self.lexicon.people
                               if any(self._role_of(facts, p, role) for facts in self._facts.values()))
        holders = known[key]
        if len(holders) != 1:
            return question
        return question[:match.start()] + holders[0] + question[match.end():]

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

    def _of_the_thing(self, anchors: list[str]) -> list[str]:
        """Of the words a question puts beside a year, those of the thing it dates: not which part of the year ("early
        2017") nor that it is a deadline ("by 2030", "the 2030 target"), which are the year's own."""
        own = {self._known(w) for w in (*_PART_OF_YEAR, *_DEADLINE_WORDS)} - {None}
        return [a for a in anchors if a not in own]

    def _year_in_titled(self, entry: Entry, year: str, anchors: list[str]) -> bool:
        """Is ``year`` the one year that times a sentence of ``entry``'s answer, each of the question's words beside
        it there or in its title (the entry's subject, there in every sentence of it), one of them a name its title gives?"""
        # (A title that gives a year of its own dates its subject by it: "GCSS target: all public sector resilient
        # by 2030" is not of the 2025 its answer also gives, for another target.)
        if A_YEAR.search(entry.title):
            return False
        # (A name only: the person or thing the entry is on, "Connell"; a common word of its title, "Stocktake
        # reports", is no subject that every sentence goes on about: "the LGA published the results ... in
        # January 2019" is not the national report.)
        title = set(self._canonical_words(entry.title))
        names = {self._canonical(w) for w in surface_words(entry.title) if w.lower() in self.names}
        if not any(a in names for a in anchors):
            return False
        for sentence in _SENTENCE.split(entry.answer):
            tokens = self._canonical_words(sentence)
            if year in tokens and _timed_only_by(sentence.lower(), year, tokens) and all(
                    _says((*tokens, *title), a) for a in anchors):
                return True
        return False

    def _year_near(self, facts: "_EntryFacts", year: str, anchors: list[str]) -> bool:
        """Is the year written next to one of the words the question puts beside it? A word of
        five letters or more is there too as the head of a compound: "the ransom in 2016" is
        beside "a ransomware attack in 2016"."""
        months = frozenset().union(*(_SEASON_MONTHS[a] for a in anchors if a in _SEASON_MONTHS))
        anchors = [a for a in anchors if a not in _SEASON_MONTHS] + sorted(months)
        long_anchors = tuple(a for a in anchors if len(a) >= 5 and a not in months)
        deadlines = {self._known(w) for w in _DEADLINE_WORDS} - {None}
        kept = [a for a in self._of_the_thing(anchors) if a not in months]
        deadlines = deadlines if deadlines & set(anchors) else set()
        # An acronym is beside a year where the words it stands for are: "ncss 16-21" is the "National
        # Cyber Security Strategy 2016-2021".
        acronyms = [a for a in anchors if 4 <= len(a) <= 6 and a.isalpha() and english_zipf(a) < ACRONYM_ZIPF]
        # ("how much has cyber support given since it started in 2020": "Since 2020 the programme has provided ...")
        started = {self._known(w) for w in _STARTED_WORDS} - {None}
        if started & set(anchors) and any(re.search(rf"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[a-z]+\s+)?{year}\b", sentence)
                                          for sentence in facts.sentences):
            return True
        for tokens, sentence in zip(facts.segments, facts.sentences):
            # A sentence that gives one year gives it for all it says: "William Barker was DCLG's Head of
            # National Cyber Security Programme - Local at the time of Socitm's 2017 annual conference".
            # Where it gives two, each belongs to the words near it. Held to the whole sentence, the year
            # must have every word the question puts beside it there: "the national report published in
            # 2019" is not "the LGA published the results to members in January 2019".
            # ...and so does the one year that times a sentence whose other years only name things: "Connell was
            # Socitm President at the time of the December 2016 ... Summit and the January 2017 cyber briefing".
            # ("in early 2017": which part of the year is the year's own, no word the sentence must say; beside the year
            # in the entry's own words, "in late 2022", it still holds the year there, below.)
            if year in tokens and _timed_only_by(sentence, year, tokens) and all(_says(tokens, a) for a in kept) and (
                    not months or any(t in months for t in tokens)):
                return True
            for i, token in enumerate(tokens):
                if token != year:
                    continue
                window = tokens[max(0, i - YEAR_WINDOW):i + YEAR_WINDOW + 1]
                if any(t in anchors or t.startswith(long_anchors) for t in window):
                    return True
                # "what's due by 2025", "the 2030 deadline": a year the question sets as a deadline is one the
                # entry sets as one, however it words it ("hardened by 2025", "no later than 2030", "the 2030 target").
                # ...where the sentence says what the question sets the deadline for: "critical functions hardened by 2025"
                # is no deadline for being "resilient by 2025".
                if deadlines and (tokens[i - 1:i] in (("by",), ("befor",), ("before",)) or tokens[max(0, i - 2):i] == ("later", "than")
                                  or any(t in deadlines for t in window)) and (
                        not kept or any(_says(tokens, a) for a in kept)):
                    return True
                initials = "".join(t[0] for t in window if t[:1].isalpha())
                if any(a in initials for a in acronyms):
                    return True
        return False


# A venue by name: "at the SEC", "at Manchester Central" (a capitalised name after "at").
_AT_VENUE = regexes.compile(r"\bat\s+(?:the\s+)?([A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*)*)")


def _in_season(text: str, season: str, year: str) -> bool:
    """Does ``text`` (lower case) leave ``season`` of ``year`` open: where the few words before the year (back to any
    year before it, ``SEASON_WINDOW``) name a season or a month, one is that season or a month of it ("mid-June to early
    September 2018" is summer 2018; "May 2018" is no autumn 2018, nor "the Autumn 2021 Budget" a spring one)? A year
    given with no season or month before it says nothing either way."""
    named = set()
    for match in re.finditer(rf"((?:[\w'-]+[\s,]+){{0,{SEASON_WINDOW}}}){year}\b", text):
        # the words that date this year, back to the last year before it ("from mid-June to early September 2018";
        # not the "May and November" told after "the 2018 stocktake")
        before = re.split(r"\b(?:19|20)\d\d\b", match.group(1))[-1]
        named |= {stem(w) for w in _SEASON_WORDS.findall(before)}
        named |= {stem(next(m for m in _MONTHS if m.startswith(w[:3]))) for w in _MONTH_WORDS.findall(before)}
    season = stem("autumn" if season == "fall" else season)
    return not named or bool(named & {season, *_SEASON_MONTHS[season]})
