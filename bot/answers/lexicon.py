"""Chat language as curated data: ``knowledge/lexicon.yaml`` read, checked and applied.

Council people type "£ for natl cyber strat? need it for mgmt asap". No list will ever hold all
such words, so the search also weighs unseen words by how common they are in English
(``english_zipf``), but the abbreviations, slang and dialect we do know are expanded before
search ("owt", "dinnae", "hw"), the asides that only say why or for whom someone asks ("for a
board paper", "boss wants to know") are dropped, and the named places, people and phrases that
change what a question is (an opinion, a live incident, a greeting) are data a curator can
extend without touching code.

``english_zipf`` is wordfreq's Zipf frequency (about 7 for "the", 5 for "weather", 3 for
"quid", 0 for "piilars"): a word at or above ``REAL_WORD_ZIPF`` is a real English word, which
typo correction must never turn into a knowledge-base word ("weather" is not "whether").
"""

from __future__ import annotations

import dataclasses
import os

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.answers.zipf import common_words, zipf, zipfs
from bot.core import regexes
from bot.core.remembered import remembered
from bot.core.text import is_stopword

if TYPE_CHECKING:
    import yaml

LEXICON_FILE = "lexicon.yaml"
EXPANDED_KEPT = 4096    # texts whose expansion a lexicon remembers
CORRECTION_LIKENESS = 60
FIRST_NAME_LIKENESS = 75
SURNAME_PREFIX = 5
# A word with a capital that may be a surname misspelt (``Lexicon._surname_as_spelt``).
_CAPITAL_WORD = regexes.compile(r"(?<![\w'-])[A-Z][a-z]{4,}(?![\w'-])")
_GLUED = regexes.compile(r"(?<![\w£.])(\d+)([a-zA-Z]{2,})(?![\w£])")
# "whats a wrap sorry warp", "cyber essentails* essentials": a word typed again, corrected.
_CORRECTED = regexes.compile(r"\b([a-zA-Z][\w'-]{2,})\*?\s*(?:,\s*)?(?:sorry|i mean|\*)\s*,?\s+([a-zA-Z][\w'-]{2,})\b\*?",
                        re.IGNORECASE)
# A word drawn out as a text message stretches it: a letter typed three times or more, which no English word does
# ("heyyy", "sooo", "lolll", "pleeease"), or a chat word's last letter typed twice ("heyy", "hii", "okk", "plss"). Read
# as the word stretched (``Lexicon._undrawn``), so a greeting, a hedge or a sign-off is the chat word it is and not an
# unseen word the question must be covered for.
# (Not in a web address or a file name: "www.ncsc.gov.uk".)
_DRAWN_OUT = regexes.compile(r"(?<![\w'./@-])[A-Za-z]*?(?:([A-Za-z])\1\1+[A-Za-z]*|([A-Za-z])\2)(?![\w'@-]|[./]\w)")
_RUN = regexes.compile(r"([a-z])\1\1+")
DRAWN_OF_ZIPF = 4.5     # how common an English word must be for a word drawn out to be read as it ("goood", "coool")
# "Sep 2020-Aug 2021": a dash from a year to a month is a span, so the month is a word of its own (not
# part of a hyphened compound, which abbreviations are never expanded in) and "Aug" is read as August.
_SPAN_TO_MONTH = regexes.compile(r"\b((?:19|20)\d\d)\s*[-\u2013]\s*(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)",
                            re.IGNORECASE)
# "the 2016 plan", "the UK's 2016 cyber plan", "the government's big cyber plan": a plan named by its year or
# as the cyber one is the strategy ("plan" alone is no strategy: "incident response plan", "comms plan").
_STRATEGY_PLAN = regexes.compile(r"\b((?:19|20)\d\d(?:\s*[-/\u2013]\s*(?:19|20)?\d\d)?\s+(?:(?:national|cyber|security)\s+){0,3}|"
                            r"(?:national\s+)?cyber\s+(?:security\s+)?)plan(s?)\b", re.IGNORECASE)
# "what does the cyber support programme pay for?", "what did the 2018/19 money actually pay for": what a
# programme or a sum pays for is what it is spent on (which, for the £1.3bn, the sources say they lack). Not what
# we, councils or anyone pay for ("what do councils pay for cyber essentials" asks a price), nor a "pay for" that
# takes an object after it.
_PAID_FOR = regexes.compile(r"\b((?:what|which\s+[\w'-]+)\s+(?:does|did|will|would|can|could|should)\s+"
                            r"(?!(?:we|i|you|they|us|he|she|it|councils?|people|anyone|everyone)\b)(?:[\w'/.£-]+\s+){1,6}?"
                            r"(?:(?:actually|exactly|really|even)\s+)?)pay\s+for\b(?=\s*(?:exactly|actually|then|now)?\s*(?:[?.!,;]|$))",
                            re.IGNORECASE)
# "is CE+ free", "Cyber Essentials+ for the whole estate": a plus typed against a name is its "Plus" tier, said as
# the word ("CE plus"), not a sign the reading drops. Not "C++", "18+" (a figure) nor "+44".
_PLUS_TIER = regexes.compile(r"(?<![\w+])([A-Za-z][A-Za-z]+)\+(?![\w+])")
# "how much did the NCSC get 4 'reinforcing'", "who reports 2 the NCSC": a lone 4 or 2 typed for "for" and "to", between
# a word and what it is for (a determiner, a pronoun, a quote). Not a count: "the top 4 in England", "phase 2 the
# LGA ran", "CYBERUK 2 the" are left as typed.
_DIGIT_FOR_WORD = regexes.compile(
    r"(?<![\w'-])([a-z]+)\s([24])(?=\s+(?:the|a|an|our|my|me|us|you|u|ur|your|them|him|her|it|its|this|that|these|those|"
    r"each|every|all)\b|\s+['\"\u2018\u201c])")
_COUNTED_BY = frozenset("top phase step stage tier level version pillar part round window wave year years no number option "
                        "item row line page section grade objective principle question of about than and or to for the "
                        "just only at in on by under over".split())
_DIGIT_WORDS = {"4": "for", "2": "to"}
REAL_WORD_ZIPF = 3.0
# "who calld it seed money", "when was it launchd": a past typed without its "e" is the past. Only a
# word English has never seen, in lower case, whose "-ed" form is an everyday word ("calld", not "Boyd").
_DROPPED_E = regexes.compile(r"(?<![\w'-])([a-z]{2,}[b-df-hj-np-tv-z])d(?![\w'-])")
PAST_ZIPF, TYPO_ZIPF = 3.5, 2.0
# "who's runnin the ncsc", "what's it doin' for councils": a word that drops its final g ("runnin'") is the word with it,
# where that is a word of its own (DROPPED_G_ZIPF) and far commoner (DROPPED_G_GAP: over thirty times) than the one
# typed, as "cabin", "raisin" and "admin" are not.
_DROPPED_G = regexes.compile(r"(?<![\w'-])([a-z]{2,}in)(?:'|\u2019)?(?![\w-])", re.IGNORECASE)
DROPPED_G_ZIPF, DROPPED_G_GAP = 3.5, 1.5
# "what was socitm called back in 2016", "back in the day": "back" only says it was long ago; the year
# is the time asked. Not where something comes back ("will mail check be back in 2027").
_BACK_THEN = regexes.compile(r"(?=back\s)(?<!\bbe )(?<!\bbeen )(?<!\bcome )(?<!\bcame )(?<!\bcoming )(?<!\bgo )(?<!\bgoing )"
                        r"(?<!\bbring )(?<!\bbrought )(?<!\bput )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"
                        r"\bback\s+(?:in\s+the\s+day\b|(?=in\s+(?:19|20)\d\d\b))", re.IGNORECASE)
FOREIGN_MAX_ZIPF = 4.0     # a word of another language met in English text ("und": 3.9) but no English word
LIST_KEYS = ("filler", "asides", "countries", "places", "council_kinds", "people", "given_names", "organisations", "workplaces",
             "fields_of_work", "opinion",
             "manipulation", "unsourced", "claim_frame",
             "incident", "reporting", "threats", "urgency", "drills", "long_ago", "still_now", "greetings", "thanks", "help", "foreign")
KEYS = {"expansions", "aliases", "within", "incident_entry", *LIST_KEYS}


@lru_cache(maxsize=65536)
def english_zipf(word: str) -> float:
    """How common ``word`` is in general English, on wordfreq's Zipf scale (0 = never seen)."""
    return zipf(word)   # wordfreq's figure, read from a table on disk (``bot.answers.zipf``)


# "acording", "mantaining", "tecnical": a word English has never seen (below TYPO_ZIPF) that is one slip
# (a letter dropped, added, changed or two swapped) from an everyday word (SLIP_OF_ZIPF) is that word
# typed in a hurry. Five letters or more: a shorter one is a slip from too many words ("sers": "sees",
# "seas", "sets") and is more often a name's initials.
SLIP_OF_ZIPF, SLIP_MIN_LETTERS = 4.0, 5
# A word of eight letters or more may be a slip for a less common word (LONG_SLIP_OF_ZIPF): "forwrding", "procurment".
LONG_SLIP_OF_ZIPF, LONG_SLIP_LETTERS = 3.0, 8
DOUBLED_OF_ZIPF = 3.0     # how common a word must be for a slip of its doubled letter to be read as it
RARER = "rarer"    # ``everyday_words``' key for a length and first letter's less common words
SWAP_LETTERS = 4   # ...but a four-letter word is mended only of two letters swapped (``_swapped_everyday_word``)


def everyday_words() -> dict[tuple, list[str]]:
    """The everyday English words a slip may be for, by length and first letter, commonest first (built
    with the search index and kept with its compiled copy: reading them from the word table is a scan of
    all of it; a slip keeps its first letter, so only that letter's words are ever compared)."""
    by_start: dict[tuple, list[str]] = {}
    for word, seen in common_words(LONG_SLIP_OF_ZIPF):
        if seen >= SLIP_OF_ZIPF and len(word) >= SLIP_MIN_LETTERS - 1:
            by_start.setdefault((len(word), word[0]), []).append(word)
        elif len(word) >= LONG_SLIP_LETTERS - 1:    # the less common words a long slip may be for, kept apart
            by_start.setdefault((len(word), word[0], RARER), []).append(word)
    return by_start


def everyday_word_slipped(word: str, everyday: dict[tuple, list[str]]) -> str | None:
    """The everyday English word (of ``everyday``, from ``everyday_words``) ``word`` is a slip for
    ("acording" -> "according"), if it is one; None for a real word, a short one, or one no everyday
    word is one slip from."""
    if not word.isalpha() or not word.islower() or english_zipf(word) >= TYPO_ZIPF:
        return None
    if len(word) == SWAP_LETTERS:
        return _swapped_everyday_word(word, everyday)
    if len(word) < SLIP_MIN_LETTERS:
        return None
    # Of the words it may be a slip for, one with its first letter (people rarely miss that: "opend" is not
    # "spend"), and a letter left out before one changed or added ("officialy" is "officially", not
    # "officials"), then the commonest.
    # A long word is one slip from few others, so it may be a slip for a less common one ("forwrding").
    kinds = ((),) if len(word) < LONG_SLIP_LETTERS else ((), (RARER,))    # the everyday ones first
    found = [hit[0] for length in (len(word) + 1, len(word), len(word) - 1)   # commonest first within each length
             for hit in [next(filter(None, (process.extractOne(word, everyday.get((length, word[0], *kind), ()),
                                                               scorer=OSA.distance, score_cutoff=1, processor=None)
                                            for kind in kinds)), None)]
             if hit is not None and not _ending_added(word, hit[0])]
    return found[0] if found else None


CLIPPED_OF_ZIPF = 4.5    # how common a word must be for the same letters without their vowels to be read as it
CLIPPED_LETTERS = (3, 6)  # the lengths of a word typed without its vowels ("hld", "btwn", "attck")
_VOWEL = regexes.compile(r"[aeiou]")
_DOUBLED = regexes.compile(r"(.)\1+")


def _skeleton(word: str) -> str:
    """``word``'s first letter and the consonants after it, a doubled letter once: "attack" -> "atck"."""
    return _DOUBLED.sub(r"\1", word[0] + _VOWEL.sub("", word[1:]))


def clipped_words(everyday: dict[tuple, list[str]]) -> dict[str, tuple[str, ...]]:
    """The everyday words (of ``everyday_words``) by their skeleton (``_skeleton``), for ``clipped_word``."""
    by_skeleton: dict[str, list[str]] = {}
    for key, words in everyday.items():
        if RARER not in key:
            for word in words:
                by_skeleton.setdefault(_skeleton(word), []).append(word)
    return {skeleton: tuple(words) for skeleton, words in by_skeleton.items()}


def clipped_word(word: str, clipped: dict[str, tuple[str, ...]]) -> str | None:
    """"hld", "btwn", "cncl", "attck", "oftn": a word English has never seen, typed with the vowels after its first
    letter left out, is the commonest everyday word (CLIPPED_OF_ZIPF or more) with the same letters and vowels
    between them ("held", not the rarer "hold"). A word with a vowel after its first letter is no such shorthand,
    and an organisation's initials are no everyday word's consonants ("dcms" is no "documents": two are missing)."""
    if (not CLIPPED_LETTERS[0] <= len(word) <= CLIPPED_LETTERS[1] or not word.isalpha() or not word.islower()
            or _VOWEL.search(word, 1) or english_zipf(word) >= TYPO_ZIPF):
        return None
    found = {meant: seen for meant, seen in zipfs(list(clipped.get(_skeleton(word), ()))).items()
             if seen >= CLIPPED_OF_ZIPF and meant != word}
    return max(found, key=found.__getitem__) if found else None


def letter_doubled(word: str, ours: Callable[[str], bool]) -> str | None:
    """"nutshel", "coridor", "loging", "wanacry": the word ``word`` is with one of its letters typed once where it is
    doubled, the commonest slip of all. Only a word English has never seen (below TYPO_ZIPF), of SLIP_MIN_LETTERS or
    more, and only into a word English knows (DOUBLED_OF_ZIPF: few words are a doubled letter apart, so a less common
    one will do than for other slips) or one of ``ours``; of two, the commoner, and none if they are as common."""
    if len(word) < SLIP_MIN_LETTERS or not word.isalpha() or not word.islower() or english_zipf(word) >= TYPO_ZIPF:
        return None
    found: dict[str, float] = {}
    for meant, seen in zipfs(list(dict.fromkeys(word[:at + 1] + word[at:] for at in range(len(word))))).items():
        if seen >= DOUBLED_OF_ZIPF or ours(meant):
            found[meant] = max(seen, DOUBLED_OF_ZIPF)
    ranked = sorted(found.items(), key=lambda item: -item[1])
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _swapped_everyday_word(word: str, everyday: dict[tuple, list[str]]) -> str | None:
    """"wrok", "opne", "tiem": a four-letter word English has never seen whose two letters after the first,
    swapped side by side, make one everyday word, and only one, is that word typed in a hurry. A letter
    dropped, added or changed in four letters makes too many words to choose from; a swap makes few."""
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)} - {word}
    found = [meant for meant in everyday.get((len(word), word[0]), ()) if meant in swaps]
    return found[0] if len(found) == 1 else None


def _ending_added(word: str, meant: str) -> bool:
    """Is ``word`` the word ``meant`` with a letter put before or after it, as names and other languages make
    theirs ("civica", "texto", "marcha")? Not a key held down ("beforee") or a plural's "s" ("australias")."""
    if len(word) != len(meant) + 1:
        return False
    if word.startswith(meant):
        return word[-1] not in (meant[-1], "s")
    return word.endswith(meant)


def is_acronym_key(key: str) -> bool:
    """Is an expansion's key written in capitals ("EW"), so expanded only when typed so?"""
    return key.isupper()


def is_real_word(word: str) -> bool:
    return english_zipf(word) >= REAL_WORD_ZIPF


# English makes new words from old ones with a handful of endings: "scam" -> "scammy", "dodge" ->
# "dodgy", "spam" -> "spammers". Such a word may be too new or too slangy for wordfreq to count it
# common ("scammy" 1.5), but anyone reading it sees the English word inside: it is no name.
_ENDINGS = ("iness", "ily", "ier", "iest", "ish", "ness", "less", "ful", "able", "ers", "er", "ings", "ing",
            "ed", "ies", "ie", "y")
DERIVED_MIN_STEM = 3


@lru_cache(maxsize=16384)
def is_english_derivative(word: str) -> bool:
    """Is ``word`` a real English word with a productive ending ("scammy", "spammers", "techie")?
    The stem it is made from must itself be a real word ("scam", "spam"), spelt as English spells
    it before the ending: a doubled last consonant ("scamm-y"), a dropped "e" ("dodg-y" for
    "dodge"), a "y" turned "i" ("dodgi-ness")."""
    word = word.lower()
    if not word.isalpha():
        return False
    for ending in _ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < DERIVED_MIN_STEM:
            continue
        stem_ = word[: -len(ending)]
        stems = {stem_, stem_ + "e"}
        if len(stem_) > DERIVED_MIN_STEM and stem_[-1] == stem_[-2] and stem_[-1] not in "aeiou":
            stems.add(stem_[:-1])
        if ending[0] == "i":
            stems.add(stem_ + "y")
        if any(len(s) >= DERIVED_MIN_STEM and is_real_word(s) for s in stems):
            return True
    return False


def _sound(name: str) -> str:
    """``name`` roughly as it sounds, so names spelt by ear compare alike ("Kieran" and "Ciaran", "Jeff"
    and "Geoff"): a c is k (Irish names keep it hard), a soft g is j, ph is f, a doubled letter is one."""
    name = name.lower()
    name = re.sub(r"ck|ch(?=r)|c(?!h)", "k", name)
    name = re.sub(r"g(?=[eiy])", "j", name).replace("ph", "f")
    return re.sub(r"(.)\1+", r"\1", name)


def _letters_kept(typed: str, name: str) -> bool:
    """Is ``typed`` ``name`` as a phone's autocorrect makes it an English word, its first letter kept and the rest
    drawn from the name's letters, a letter fewer at most ("cairn" for "ciaran"; not "ian", another name)?"""
    return (len(typed) >= 4 and typed[0] == name[0] and len(name) - 1 <= len(typed) <= len(name)
            and not Counter(typed) - Counter(name))


def _with_its_g(match: re.Match) -> str:
    typed = match.group(1)
    seen = english_zipf(typed.lower() + "g")
    return typed + "g" if seen >= DROPPED_G_ZIPF and seen - english_zipf(typed.lower()) >= DROPPED_G_GAP else match.group(0)


def _with_its_e(match: re.Match) -> str:
    typed, past = match.group(0), match.group(1) + "ed"
    return past if english_zipf(typed) < TYPO_ZIPF and english_zipf(past) >= PAST_ZIPF else typed


def _phrase_pattern(phrases, wildcard: bool = False, apostrophes: bool = False,
                    compounds: bool = False, ignore_case: bool = True) -> re.Pattern | None:
    """One regex matching any of ``phrases`` as whole words; "*" stands for one to three words.
    With ``apostrophes``, a phrase's "'" also matches a typographic one or none ("i'm", "i’m", "im").
    With ``compounds``, a word hyphened to another is part of that compound, not a phrase of its
    own: the Scots "wi" is "with", but not in "wi-fi"; nor is a part of a web address ("gov" is
    "government", but "gov.uk" is a domain, written so in the entries: "which gov.uk service ...")."""
    if not phrases:
        return None
    before, after = ((r"(?<![\w@£-])(?<!\w\.)", r"(?![\w£]|-\w|\.[a-z])") if compounds
                     else (r"(?<![\w@£])", r"(?![\w£])"))
    return re.compile(before + "(?:" + _alternation(phrases, wildcard, apostrophes) + ")" + after,
                      re.IGNORECASE if ignore_case else 0)


def _alternation(phrases, wildcard: bool = False, apostrophes: bool = False) -> str:
    """``phrases`` as one alternation, longest first, their words apart by any space (``_phrase_pattern``)."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        bits = [re.escape(b) for b in phrase.split()]
        if wildcard:
            bits = [r"\S+(?:\s+\S+){0,2}" if b == r"\*" else b for b in bits]
        if apostrophes:
            bits = [b.replace("'", "['\u2019]?") for b in bits]
        parts.append(r"\s+".join(bits))
    return "|".join(parts)


# Whom a greeting or a thank-you is said to: "hi all", "cheers folks", "thanks again".
_ADDRESSED = r"(?:\s+(?:all|everyone|everybody|folks|team|guys|gang|people|there|both|again|pal|mate|y'all|you|in\s+advance|" \
             r"so\s+much|very\s+much|a\s+lot|loads|x+))*"
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"


def _greeting_pattern(greetings) -> re.Pattern | None:
    """A greeting that opens a message, up to the stop, dash or emoji that ends it ("hi all, ", "morning! ")."""
    if not greetings:
        return None
    return re.compile(rf"^[\s{_EMOJI}]*(?:{_alternation(greetings, apostrophes=True)}){_ADDRESSED}(?:\s*[,!.:;\u2013\u2014-]+\s*|\s*[{_EMOJI}]+\s*)+",
                      re.IGNORECASE)


def _thanks_pattern(thanks) -> re.Pattern | None:
    """A thank-you that closes a message after its last question mark or stop, comma or dash ("? ta", ". cheers all")."""
    if not thanks:
        return None
    return re.compile(rf"(?:(?<=[?.!])\s*|\s*,\s*|\s+[-\u2013\u2014]+\s*)(?:{_alternation(thanks, apostrophes=True)}){_ADDRESSED}[\s!.{_EMOJI}]*$",
                      re.IGNORECASE)


@dataclass
class Lexicon:
    expansions: dict[str, str] = field(default_factory=dict)
    filler: frozenset[str] = frozenset()
    # Words of subjects no source of ours speaks of ("insurance", "premium"): asked about, they are what the question
    # is about, whatever else it names ("did Redcar have cyber insurance").
    unsourced: frozenset[str] = frozenset()
    # Words that say where a yes/no claim came from or ask it be checked ("the slide says", "from memory", "is it true"):
    # no part of what a "Yes." would confirm.
    claim_frame: frozenset[str] = frozenset()
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    countries: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    council_kinds: tuple[str, ...] = ()   # "cc", "dc", "mbc": after a place's name, the kind of council it is
    people: tuple[str, ...] = ()
    given_names: frozenset[str] = frozenset()   # common first names: "sam cameron" is someone, not a word and Cameron
    organisations: tuple[str, ...] = ()   # public bodies and firms a council lead may name ("the home office", "dwp")
    # kinds of organisation beside councils an asker may work at ("academy trust", "pcc office"): said as the asker's own
    # ("I'm at a PCC office"), who asks (``framing.workplace_frames``)
    workplaces: tuple[str, ...] = ()
    # a council's own fields of work, posts and leadership groups, short ("ICT", "s151", "SLT"): the asker's own ("our
    # Head of ICT", "the s151 officer"), no name to hold to
    fields_of_work: frozenset[str] = frozenset()
    opinion: tuple[str, ...] = ()
    manipulation: tuple[str, ...] = ()   # "pretend you're", "ignore your instructions", "how to deploy ransomware"
    asides: tuple[str, ...] = ()     # "for a board paper", "sorry if this is basic": why or for whom, not what
    incident: tuple[str, ...] = ()
    reporting: tuple[str, ...] = ()  # "who do we call", "report an incident": asking for the reporting route
    threats: tuple[str, ...] = ()    # "ransomware", "hacked": with an urgency word, a live incident
    urgency: tuple[str, ...] = ()    # "right now", "our network", "!!"
    drills: tuple[str, ...] = ()     # "phishing simulation", "ransomware exercise": a threat played, not live
    long_ago: tuple[str, ...] = ()   # "last spring", "years ago": an attack told of as long past, not live
    still_now: tuple[str, ...] = ()  # "again", "right now": a past told beside an attack that is live again
    incident_entry: str | None = None
    greetings: tuple[str, ...] = ()
    thanks: tuple[str, ...] = ()
    help: tuple[str, ...] = ()
    foreign: frozenset[str] = frozenset()   # "und", "wann", "quand": everyday words of other languages, never English
    # the places (of ``places``) each nation (of ``countries``) holds: "held in Scotland" is said by "in Glasgow"
    within: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def with_aliases(self, more: dict[str, tuple[str, ...]]) -> "Lexicon":
        """This lexicon with ``more`` other names (the acronyms the knowledge base defines) added."""
        if not more:
            return self
        aliases = dict(self.aliases)
        for name, others in more.items():
            aliases[name] = tuple(dict.fromkeys((*aliases.get(name, ()), *others)))
        return dataclasses.replace(self, aliases=aliases)

    def __post_init__(self) -> None:
        self._expanded: dict[str, str] = {}
        # A key written in capitals ("EW", "SA") is an acronym: it stands for its words only when typed
        # in capitals, so "ew, not again" and the French "sa stratégie" stay as they are.
        self._acronyms = {k: v for k, v in self.expansions.items() if is_acronym_key(k)}
        self._lookup = {k.lower(): v for k, v in self.expansions.items()
                        if not is_acronym_key(k)}   # once, not per question
        self._expand = _phrase_pattern(self._lookup, compounds=True)
        self._expand_acronyms = _phrase_pattern(self._acronyms, compounds=True, ignore_case=False)
        self._opinion = _phrase_pattern(self.opinion, wildcard=True)
        self._manipulation = _phrase_pattern(self.manipulation, wildcard=True, apostrophes=True)
        self._asides = _phrase_pattern(self.asides, wildcard=True, apostrophes=True)
        self._incident = _phrase_pattern(self.incident)
        self._reporting = _phrase_pattern(self.reporting)
        self._threats = _phrase_pattern(self.threats)
        self._urgency = _phrase_pattern(self.urgency)
        self._drills = _phrase_pattern(self.drills)
        self._long_ago = _phrase_pattern(self.long_ago)
        self._still_now = _phrase_pattern(self.still_now)
        self._places = _phrase_pattern(self.places)
        # "Lincolnshire CC", "lincolnshire cc", "Wealden DC": a council. After a place of ours in any case; after any
        # other capitalised name only in capitals ("sorry bc new here" is because, an email's "cc" a copy).
        kinds = "|".join(sorted(map(re.escape, self.council_kinds), key=len, reverse=True))
        self._council_kind = re.compile(
            r"(?<![\w'-])((?i:" + "|".join(sorted(map(re.escape, self.places), key=len, reverse=True)) + r")|[A-Z][a-z]+)"
            r"\s+((?i:" + kinds + r"))(?![\w'-])") if kinds and self.places else None
        self._anywhere = _phrase_pattern(self.places + self.countries)
        self._organisations = _phrase_pattern(self.organisations)
        self._people_last = {p.split()[-1].lower(): p for p in self.people}
        # "kieran martin": a first name misspelt before the surname of someone our sources name
        surnames = sorted({p.split()[-1].lower() for p in self.people if len(p.split()) > 1}, key=len, reverse=True)
        self._before_surname = re.compile(r"(?<![\w'-])([a-z]{3,})\s+(" + "|".join(map(re.escape, surnames))
                                          + r")(?![\w'-])", re.IGNORECASE) if surnames else None
        # the single words chat says nothing of the topic with, or stands for another word with: what a word drawn out
        # ("heyyy", "plss") is read as (``_undrawn``)
        self._chat_words = frozenset({*self.filler, *self._lookup, *(w for w in (*self.greetings, *self.thanks) if " " not in w)})
        self._whole = {kind: frozenset(_normal(p) for p in getattr(self, kind))
                       for kind in ("greetings", "thanks", "help")}
        self._greeting = _greeting_pattern(self.greetings)
        self._thanks = _thanks_pattern(self.thanks)

    # Pickled into the compiled knowledge base (``bot.answers.compiled``) with each regex's compiled
    # program: unpickling a bare ``re.Pattern`` parses and compiles it again, and these seven
    # alternations of every phrase (and the surnames) took about 20 ms of each ``cyberbot ask``.
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_expanded"] = {}
        for name in _PATTERNS:
            if isinstance(state.get(name), re.Pattern):
                state[name] = regexes.freeze(state[name])
        return state

    def __setstate__(self, state: dict) -> None:
        for name in _PATTERNS:
            if isinstance(state.get(name), tuple):
                state[name] = regexes.thawed(state[name])
        self.__dict__.update(state)

    def expand(self, text: str) -> str:
        """``text`` as it is searched and read for constraints: known abbreviations and slang
        replaced by what they stand for, then its asides dropped (``drop_asides``). Remembered: a
        pure reading of the text, asked for by the search, the constraints and the choice in turn
        (about half the calls are a text already expanded); at most EXPANDED_KEPT, then it starts over."""
        return remembered(self._expanded, text, lambda: self._expanded_afresh(text), EXPANDED_KEPT)

    def _expanded_afresh(self, text: str) -> str:
        if self._council_kind is not None:
            text = self._council_kind.sub(self._as_council, text)
        text = _DRAWN_OUT.sub(self._undrawn, text)
        text = _CORRECTED.sub(lambda m: m.group(2) if _looks_alike(m.group(1), m.group(2)) else m.group(0), text)
        text = _SPAN_TO_MONTH.sub(r"\1 - ", text)
        text = _STRATEGY_PLAN.sub(lambda m: f"{m.group(1)}strateg{'ies' if m.group(2) else 'y'}", text)
        text = _DROPPED_E.sub(_with_its_e, text)
        text = _DROPPED_G.sub(_with_its_g, text)
        text = _PLUS_TIER.sub(r"\1 plus", text)
        text = _DIGIT_FOR_WORD.sub(lambda m: m.group(0) if m.group(1) in _COUNTED_BY
                                   else f"{m.group(1)} {_DIGIT_WORDS[m.group(2)]}", text)
        text = _BACK_THEN.sub("", text)
        text = _PAID_FOR.sub(r"\1spend on", text)
        if self._before_surname is not None:
            text = _CAPITAL_WORD.sub(self._surname_as_spelt, text)
            text = self._before_surname.sub(self._first_name_as_spelt, text)
        if self._expand_acronyms is not None:
            acronyms = self._acronyms
            text = self._expand_acronyms.sub(lambda m: f" {acronyms[' '.join(m.group(0).split())]} ", text)
        if self._expand is not None:
            lookup = self._lookup
            # "72hrs", "3yr": a figure typed against an abbreviation we know is the figure and the word.
            text = _GLUED.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(2).lower() in lookup else m.group(0), text)
            # "whit's" is "what's": a clitic stays on the word it was typed on.
            text = self._expand.sub(lambda m: f" {lookup[' '.join(m.group(0).lower().split())]}"
                                    + ("" if m.string[m.end():m.end() + 1] in ("'", "\u2019") else " "), text)
        return self.drop_asides(text)

    def _undrawn(self, match: re.Match) -> str:
        """"heyyy" is "hey", "sooo" "so", "okk" "ok": a word drawn out (``_DRAWN_OUT``) as the chat word or the English
        word it stretches. A run of three letters is no English spelling, so it is read as one letter or two, the chat
        word of ours first and then the commoner English word ("goood" is "good", not "god"); a last letter typed twice
        only in a word English has not seen ("heyy", not "too" or "off"), and only where the word without it is one of
        our chat words or a word that says nothing ("plss", "soo"): "ncss" stays a name. Never a word typed in capitals, and
        into an English word only an everyday one (DRAWN_OF_ZIPF): "gccc" is no "gc"."""
        typed = match.group(0)
        word = typed.lower()
        if word in self._chat_words or typed.isupper():    # "GCCC", "WWW": capitals spell a name out
            return typed
        if _RUN.search(word):
            stretched = list(dict.fromkeys((_RUN.sub(r"\1", word), _RUN.sub(r"\1\1", word))))
            ours = [w for w in stretched if w in self._chat_words or is_stopword(w)]
            if ours:
                return ours[0]
            best = max(stretched, key=english_zipf)
            return best if english_zipf(best) >= DRAWN_OF_ZIPF else typed
        if english_zipf(word) >= REAL_WORD_ZIPF:
            return typed
        shorter = word[:-1]
        return shorter if shorter in self._chat_words or is_stopword(shorter) else typed

    def _as_council(self, match: re.Match) -> str:
        """"Lincolnshire CC" is Lincolnshire's council; "lincolnshire cc" too, but "Sorry bc" is no council."""
        place, kind = match.group(1), match.group(2)
        if not kind.isupper() and not self._places.fullmatch(place):
            return match.group(0)
        return f"{place} council"

    def _first_name_as_spelt(self, match: re.Match) -> str:
        """"kieran martin" is Ciaran Martin: a word before a surname we know, spelt near enough to that
        person's first name (FIRST_NAME_LIKENESS), is that name as our sources spell it."""
        typed, surname = match.group(1), match.group(2)
        first = self._people_last[surname.lower()].split()[0]
        # ("Did Lidington launch Cyber Essentials?": a word of the sentence before the name is no first name of theirs.)
        if is_stopword(typed.lower()) or typed.lower() == first.lower() or not (fuzz.ratio(_sound(typed), _sound(first)) >= FIRST_NAME_LIKENESS
                                                  or _letters_kept(typed.lower(), first.lower())
                                                  and typed.lower() not in self.given_names):
            return match.group(0)
        return f"{first} {surname}"

    def _surname_as_spelt(self, match: re.Match) -> str:
        """"who signs the LGA bulletins, Pritchett?" is Owen Pritchard: a name typed with a capital that is no English
        word and no surname of ours, spelt as one of our people's surnames but for its last letters (their first
        SURNAME_PREFIX at least, and two thirds of the name, the lengths a letter apart), is that surname as our sources
        spell it. Autocorrect keeps a name's start and makes its end a name it knows; "Hopkins" is a word English
        knows as well as "Pritchard" and stays another person."""
        typed = match.group(0)
        lowered = typed.lower()
        if lowered in self._people_last or english_zipf(lowered) >= REAL_WORD_ZIPF:
            return typed
        for surname, person in self._people_last.items():
            if abs(len(surname) - len(lowered)) <= 1:
                shared = len(os.path.commonprefix([surname, lowered]))
                if shared >= max(SURNAME_PREFIX, 2 * len(surname) / 3):
                    return person.split()[-1]
        return typed

    def expand_acronyms(self, text: str) -> str:
        """``text`` with only its acronyms typed in capitals ("EW") spelt out."""
        if self._expand_acronyms is None:
            return text
        return self._expand_acronyms.sub(lambda m: f" {self._acronyms[' '.join(m.group(0).split())]} ", text)

    def drop_asides(self, text: str) -> str:
        """``text`` without the phrases that only say why or for whom it is asked ("for a board
        paper", "sorry if this is basic"): their words ("board", "boss", "post") are not the topic.
        Read after expansion, so "for my mgr" is the aside "for my manager". A match that took a
        year, a place or a name in with a "*" ("for our 2025 board paper") is kept: that is asked."""
        if self._asides is None:
            return text
        return self._asides.sub(lambda m: m.group(0) if self.names_something(m.group(0)) else " ", text)

    def names_something(self, text: str) -> bool:
        """Does ``text`` name a year or figure, a place or a person of ours (what a question may be held to)?"""
        return (any(c.isdigit() for c in text) or bool(self.places_in(text))
                or any(self.person_for(w) for w in re.findall(r"[\w'-]+", text)))

    def asks_opinion(self, text: str) -> bool:
        return bool(self._opinion and self._opinion.search(_BEST_ROUTE.sub(" ", _GOOD_FACT.sub(" ", text))))

    def manipulates(self, text: str) -> bool:
        """Does ``text`` ask the bot to be someone else, drop its rules, or help with an attack?"""
        return bool(self._manipulation and self._manipulation.search(text))

    def reports_incident(self, text: str) -> bool:
        """A phrase that says something is happening to us ("we've been hit"), or a threat named
        with a word that says it is now or ours ("ransomware on our network right now")."""
        # "which councils have been hacked" asks about others, and "will the ncsc send help if we are
        # attacked" about what would happen: neither says something is happening to us now.
        if _ABOUT_OTHERS.search(text):
            return False
        # "who do I call??", "who do we call if we get hit by ransomware": asking for the reporting route, now or for
        # the day it happens, is answered with it; "who do we call about the stocktake" asks about something else.
        route = self._reporting.search(text) if self._reporting else None
        # ("...if we get hit": the attack said as a day it may happen is a threat named)
        if route and (self._threats and self._threats.search(text) or _IF_WE_ARE_HIT.search(text)
                      or not self._asks_more(text, route)):
            return True
        if _IF_IT_HAPPENS.search(text):
            return False
        # "We were hit by ransomware in 2020 and members are still jumpy. When did the NCSC open?", "after we were
        # hacked last spring, ...": an attack told as long past is background to what is asked, not one happening
        # now; its clause is left out ("we've been hit again, like in 2020" is live again).
        text = self._told_as_past(text)
        if self._incident and self._incident.search(text):
            return True
        if not (self._threats and self._urgency and self._threats.search(text)):
            return False
        # "ransomware on our network!!" shouts the threat; "was it Hackney that got ransomware in 2016? thanks!!"
        # shouts its thanks: "!!" makes live only the threat in the clause it ends.
        if any(self._threats.search(m.group(1)) for m in _SHOUTED_CLAUSE.finditer(text)):
            return True
        # The threat and the word that says it is now or ours are said of one another, in one clause: "ransomware
        # on our network right now", not "we've got the auditors in - what did the NCSC say about the WannaCry
        # attack?" nor "Today's exercise brief: who runs the GCCC? scenario is a ransomware attack". A clause that
        # is nothing but such a word ("URGENT:", "help -") is said of the whole message; one with anything else
        # beside it, an emoji or a comma ("URGENT 🚨 - reporter asking about the Hackney ransomware attack"), is
        # not: a press office's "urgent" is about its deadline, not an attack.
        clauses = [c.strip() for c in _INCIDENT_CLAUSE.split(text)]
        # ...and a clause that plays the threat ("last month's phishing simulation", "test our staff") is no attack on us.
        return any(self._threats.search(c) and self._urgency.search(c) and not (self._drills and self._drills.search(c))
                   for c in clauses) or any(
            c and not self._urgency.sub(" ", c).strip() for c in clauses)

    def _told_as_past(self, text: str) -> str:
        """``text`` without its clauses that tell of a time long gone ("a couple of years ago", "back in 2019",
        "in 2020") and say nothing of now."""
        if not self._long_ago:
            return text
        def past(clause: str) -> bool:
            return bool((self._long_ago.search(clause) or _IN_A_YEAR.search(clause))
                        and not (self._still_now and self._still_now.search(clause)))
        return "".join(" " if past(part) else part for part in _INCIDENT_CLAUSE_KEPT.split(text))

    def _asks_more(self, text: str, route: re.Match) -> bool:
        """Does ``text`` say anything besides the ``route`` it asks for, a plea ("help", "urgent") and chat?"""
        rest = text[:route.start()] + " " + text[route.end():]
        rest = self._urgency.sub(" ", rest) if self._urgency else rest
        return any(not is_stopword(w) and w not in self.filler for w in re.findall(r"[a-z][a-z'-]*", rest.lower()))

    def threats_in(self, text: str) -> list[str]:
        return [m.group(0).lower() for m in self._threats.finditer(text)] if self._threats else []

    def places_within(self, place: str) -> tuple[str, ...]:
        """The places of ours that lie in ``place`` (a nation: "scotland" holds "glasgow"), by the lexicon's
        `within`; none for a place that holds none we list."""
        return self.within.get(place.lower(), ())

    def places_in(self, text: str, countries: bool = True) -> list[str]:
        """The places (and, unless told not to, countries) ``text`` names; a town named like a verb's "-ing" form,
        typed in lower case (or opening a sentence) and used as the verb, is the verb ("i'm reading out an email", "reading the 2016
        strategy"), not the town."""
        pattern = self._anywhere if countries else self._places
        return [" ".join(m.group(0).lower().split()) for m in pattern.finditer(text)
                if not ((m.group(0).islower() or _SENTENCE_START.search(text, 0, m.start())) and m.group(0).endswith("ing")
                        and (_DOING_AFTER.match(text, m.end()) or _DOING_BEFORE.search(text, 0, m.start())))] if pattern else []

    def organisations_in(self, text: str) -> list[str]:
        """The organisations of the lexicon's list that ``text`` names."""
        found = self._organisations.finditer(text) if self._organisations else ()
        return [" ".join(m.group(0).lower().split()) for m in found]

    def also_called(self, name: str) -> tuple[str, ...]:
        """``name`` and what else it is called, both ways: "ncsc" and "national cyber security centre"; "england" and
        "english", so "for England only?" is met by an entry's "English councils" as "English" is by "England"."""
        return tuple(dict.fromkeys((name, *self.aliases.get(name, ()),
                                    *(short for short, long in self.aliases.items() if name in long))))

    def person_for(self, surname: str) -> str | None:
        return self._people_last.get(surname.lower())

    def without_greeting_and_thanks(self, text: str) -> str:
        """``text`` without a greeting that opens it ("hi all,", "morning! 🌞") or a thank-you that closes
        it ("? ta", "? cheers all"), where a question is left: "hi all, was it robert hannigan who set up
        the council? ta" puts the claim "was it robert hannigan who set up the council" as plainly as the
        bare question does, and is read as that (a claim is read from where it starts to its question mark)."""
        left = text
        if self._greeting is not None:
            left = self._greeting.sub("", left, count=1)
        if self._thanks is not None:
            left = self._thanks.sub("", left, count=1)
        return left if len(left.split()) >= 2 else text

    def is_whole(self, kind: str, text: str) -> bool:
        """Is ``text`` nothing but a greeting / a thank-you / a request for help?"""
        return _normal(text) in self._whole[kind]


# What is said after and before a verb's "-ing" form, not a town's name: "reading out", "reading the", "i was reading".
_DOING_AFTER = regexes.compile(r"\s+(?:out|through|about|up|over|back|from|on|the|an|a|my|our|this|that|these|those|your|his|her|"
                               r"their|it|them|some|an?other)\b", re.IGNORECASE)
_DOING_BEFORE = regexes.compile(r"\b(?:i'?m|am|was|were|been|keep|kept|started|start|stop|stopped|just|currently|while)\s+$",
                                re.IGNORECASE)
_SENTENCE_START = regexes.compile(r"(?:^|[.!?:;\u201c\"(]\s*)\W*$")
# "Any good numbers from CYBERUK 2017?", "what's a good stat on ...", "a decent quote for the intro": a good figure or
# line to quote is one our sources give, asked for as a fact; "is PDNS any good?" stays a view.
_GOOD_FACT = regexes.compile(r"\b(?:good|decent|solid|strong|useful|punchy|quotable|killer)\s+(?=(?:headline\s+|killer\s+)?"
                             r"(?:numbers?|nos|stats?|statistics?|figures?|data|quotes?|lines?|facts?|soundbites?|"
                             r"sound\s+bites?|examples?|dates?|info)\b)", re.IGNORECASE)
# "what's the best way to report a phishing email?", "best number to call if we're hit": the route the sources give for
# reporting or reaching someone is a fact, not a view on which is best.
_BEST_ROUTE = regexes.compile(r"\bbest\s+(?=(?:way|place|number|phone\s+number|address|e-?mail|route|person|contact|line)\s+"
                              r"(?:to|for)\s+(?:report|call|contact|ring|send|forward|reach|tell|alert|flag|get\s+help)\b)",
                              re.IGNORECASE)
_ABOUT_OTHERS = regexes.compile(r"^\W*(?:which|what|how\s+many)\s+(?:other\s+|uk\s+|english\s+|local\s+)?"
                           r"(?:councils|organisations|organizations|authorities|companies|bodies)\b", re.IGNORECASE)
# ...nor "who coordinates the response when public sector systems get attacked", "what happens if a county council's
# website is hacked": whoever it would happen to, a "when" or "if" says what is done then, not what is happening now.
# Where one clause of a message ends and the next begins, for what a threat word is said with (``reports_incident``).
# A clause ended by "!!" or more (``reports_incident``).
_SHOUTED_CLAUSE = regexes.compile(r"([^?!;:\n]*)!{2,}")
_INCIDENT_CLAUSE = regexes.compile(r"[?!;:]+|\.(?:\s|$)|\s[-\u2013\u2014]+\s|\n")
# The clauses with what parts them kept, so that a clause can be left out and the rest read as before.
_INCIDENT_CLAUSE_KEPT = regexes.compile(r"((?:[?!;:]+|\.(?:\s|$)|\s[-\u2013\u2014]+\s|\n))")
# A year an attack is put in: "hit by ransomware in 2020", "back in 2019", "since early 2021".
_IN_A_YEAR = regexes.compile(r"\b(?:in|since|during|of|from|back\s+in)\s+(?:early\s+|late\s+|mid-?\s*)?(?:19|20)\d\d\b",
                             re.IGNORECASE)
# ...the asker's own: "who do we call if we get hit" (not "who at DLUHC when a council gets hit": whom there, it asks).
_IF_WE_ARE_HIT = regexes.compile(r"\b(?:if|when|whenever)\s+(?:we|i)\s+(?:are|'re|get|got|were|ever\s+get)\s+(?:\w+\s+)?"
                                 r"(?:attacked|hacked|hit|breached|compromised)\b", re.IGNORECASE)
_IF_IT_HAPPENS = regexes.compile(r"\b(?:if|when|whenever)\s+(?:[\w'-]+\s+){0,3}?(?:we|i|[\w-]+)\s+(?:are|is|get|gets|got|were|ever\s+get)\s+"
                            r"(?:\w+\s+)?(?:attacked|hacked|hit|breached|compromised|ransomwared)\b"
                            # ...or the attack named: "should we switch off our servers if we get ransomware?"
                            r"|\b(?:if|when|whenever)\s+(?:we|i|our\s+[\w-]+|the\s+council)\s+(?:get|gets|got|had|have|has|"
                            r"ever\s+get|were\s+to\s+get)\s+(?:a\s+|an\s+|any\s+)?(?:ransomware|malware|virus|ddos|"
                            r"cyber\s+attack|cyberattack|attack|breach)\b", re.IGNORECASE)


_PATTERNS = ("_expand", "_expand_acronyms", "_asides", "_opinion", "_manipulation", "_incident", "_reporting", "_threats", "_urgency", "_drills", "_long_ago", "_still_now", "_places", "_anywhere",
             "_organisations", "_before_surname", "_council_kind", "_greeting", "_thanks")


@lru_cache(maxsize=4096)
def _normal(text: str) -> str:
    words = re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))
    while words and words[-1] in ("bot", "cyberbot", "all", "there", "everyone", "folks", "team", "mate"):
        words.pop()
    return " ".join(words)


# -- reading and checking -----------------------------------------------------------------------
def read_lexicon(name: str, node: yaml.Node, problems: list, problem_type, known_ids=None) -> Lexicon:
    """Read ``lexicon.yaml``; each problem is added to ``problems`` as ``problem_type(file, line, reason)``."""
    import yaml    # only a new or edited knowledge base is read (``kb_files``)

    def line(n):
        return n.start_mark.line + 1

    if not isinstance(node, yaml.MappingNode):
        problems.append(problem_type(name, line(node), "the lexicon must be a mapping of sections"))
        return Lexicon()
    values: dict = {}
    for key_node, value in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
        if key not in KEYS:
            problems.append(problem_type(name, line(key_node),
                                         f"unknown section `{key}` in the lexicon (allowed: {', '.join(sorted(KEYS))})"))
            continue
        if key == "expansions":
            values[key] = _read_map(name, value, problems, problem_type, line, lists=False)
        elif key == "aliases":
            values[key] = _read_map(name, value, problems, problem_type, line, lists=True)
        elif key == "within":
            values[key] = _read_map(name, value, problems, problem_type, line, lists=True)
            values["_within_line"] = line(value)
        elif key == "incident_entry":
            if not isinstance(value, yaml.ScalarNode) or not str(value.value).strip():
                problems.append(problem_type(name, line(value), "`incident_entry` must be an entry id"))
            else:
                values[key] = str(value.value).strip()
                values["_incident_line"] = line(value)
        else:
            values[key] = _read_list(name, key, value, problems, problem_type, line)
            if key == "foreign" and isinstance(value, yaml.SequenceNode):
                values["_foreign_lines"] = {str(item.value).strip().lower(): line(item) for item in value.value
                                            if isinstance(item, yaml.ScalarNode)}
            if key == "asides" and isinstance(value, yaml.SequenceNode):
                values["_aside_lines"] = {str(item.value).strip().lower(): line(item) for item in value.value
                                          if isinstance(item, yaml.ScalarNode)}
    incident_line = values.pop("_incident_line", 0)
    within_line = values.pop("_within_line", 0)
    aside_lines = values.pop("_aside_lines", {})
    foreign_lines = values.pop("_foreign_lines", {})
    lexicon = Lexicon(
        expansions=values.get("expansions", {}),
        filler=frozenset(w.lower() for w in values.get("filler", ())),
        unsourced=frozenset(w.lower() for w in values.get("unsourced", ())),
        claim_frame=frozenset(w.lower() for w in values.get("claim_frame", ())),
        aliases={k.lower(): tuple(v) for k, v in values.get("aliases", {}).items()},
        places=tuple(values.get("places", ())), countries=tuple(values.get("countries", ())),
        council_kinds=tuple(w.lower() for w in values.get("council_kinds", ())),
        people=tuple(values.get("people", ())),
        given_names=frozenset(w.lower() for w in values.get("given_names", ())), organisations=tuple(values.get("organisations", ())),
        workplaces=tuple(w.lower() for w in values.get("workplaces", ())),
        fields_of_work=frozenset(w.lower() for w in values.get("fields_of_work", ())), opinion=tuple(values.get("opinion", ())),
        manipulation=tuple(values.get("manipulation", ())),
        asides=tuple(values.get("asides", ())), incident=tuple(values.get("incident", ())),
        reporting=tuple(values.get("reporting", ())),
        threats=tuple(values.get("threats", ())), urgency=tuple(values.get("urgency", ())),
        drills=tuple(values.get("drills", ())), long_ago=tuple(values.get("long_ago", ())),
        still_now=tuple(values.get("still_now", ())),
        incident_entry=values.get("incident_entry"), greetings=tuple(values.get("greetings", ())),
        thanks=tuple(values.get("thanks", ())), help=tuple(values.get("help", ())),
        foreign=frozenset(w.lower() for w in values.get("foreign", ())),
        within={k.lower(): tuple(v) for k, v in values.get("within", {}).items()},
    )
    for reason in _within_problems(lexicon):
        problems.append(problem_type(name, within_line, reason))
    if known_ids is not None and lexicon.incident_entry and lexicon.incident_entry not in known_ids:
        problems.append(problem_type(name, incident_line,
                                     f"`incident_entry` {lexicon.incident_entry!r} is not an entry id"))
    for word in sorted(lexicon.foreign):
        if english_zipf(word) >= FOREIGN_MAX_ZIPF:   # "die", "pour", "come": English too, no sign of another language
            problems.append(problem_type(name, foreign_lines.get(word, 0), f"foreign word {word!r} is an English word too"))
    for aside in lexicon.asides:
        reason = _aside_problem(lexicon, aside)
        if reason:
            problems.append(problem_type(name, aside_lines.get(aside.lower(), 0), reason))
    return lexicon


def _within_problems(lexicon: Lexicon) -> list[str]:
    """Why the lexicon's `within` cannot be read as where our places are: each key must be one of its
    `countries`, each place one of its `places`, and no place may lie in two nations."""
    countries = {c.lower() for c in lexicon.countries}
    places = {p.lower() for p in lexicon.places}
    out, seen = [], {}
    for nation, held in lexicon.within.items():
        if nation not in countries:
            out.append(f"`within`: {nation!r} is not one of the lexicon's `countries`")
        for place in held:
            if place not in places:
                out.append(f"`within`: {place!r} (in {nation!r}) is not one of the lexicon's `places`")
            elif place in seen and seen[place] != nation:
                out.append(f"`within`: {place!r} is put in both {seen[place]!r} and {nation!r}")
            seen.setdefault(place, nation)
    return out


def _aside_problem(lexicon: Lexicon, aside: str) -> str | None:
    """Why ``aside`` cannot be dropped from questions safely, if it cannot. An aside must not take
    a year, a place or a name with it ("for our 2025 board paper" is the asker's constraint), and
    must be written as it reads once expanded, or it never matches ("for my mgr" is "for my manager")."""
    if any(c.isdigit() for c in aside):
        return f"aside {aside!r} holds a number: a year or a figure is part of the question, not an aside"
    if lexicon.names_something(aside):
        return f"aside {aside!r} names a place or a person: that is part of the question, not an aside"
    expanded = lexicon._expand.search(aside) if lexicon._expand is not None else None
    if expanded:
        said = " ".join(expanded.group(0).lower().split())
        return (f"aside {aside!r} is read after expansion, so {said!r} never matches there: "
                f"write {lexicon._lookup[said]!r}")
    return None


def _read_list(name, key, node, problems, problem_type, line) -> list[str]:
    import yaml    # only a new or edited knowledge base is read (``kb_files``)

    if not isinstance(node, yaml.SequenceNode):
        problems.append(problem_type(name, line(node), f"`{key}` must be a list of words or phrases"))
        return []
    items, seen = [], set()
    for item in node.value:
        text = str(item.value).strip() if isinstance(item, yaml.ScalarNode) else ""
        if not text:
            problems.append(problem_type(name, line(item), f"each item of `{key}` must be a word or phrase"))
            continue
        if text.lower() in seen:
            problems.append(problem_type(name, line(item), f"{text!r} is listed twice in `{key}`"))
            continue
        if key in ("filler", "unsourced", "claim_frame") and len(text.split()) > 1:
            problems.append(problem_type(name, line(item), f"{key} must be single words, not {text!r}"))
            continue
        seen.add(text.lower())
        items.append(text)
    return items


def _read_map(name, node, problems, problem_type, line, lists: bool) -> dict:
    import yaml    # only a new or edited knowledge base is read (``kb_files``)

    if not isinstance(node, yaml.MappingNode):
        problems.append(problem_type(name, line(node), "expected a mapping of word: what it stands for"))
        return {}
    out: dict = {}
    seen: set[str] = set()
    for key_node, value in node.value:
        typed = str(key_node.value).strip() if isinstance(key_node, yaml.ScalarNode) else ""
        key = typed if not lists and is_acronym_key(typed) else typed.lower()
        if not key:
            problems.append(problem_type(name, line(key_node), "an empty word cannot be expanded"))
            continue
        if key.lower() in seen:
            problems.append(problem_type(name, line(key_node), f"{key!r} is listed twice"))
            continue
        if lists:
            if not isinstance(value, yaml.SequenceNode) or not value.value or not all(
                    isinstance(v, yaml.ScalarNode) and str(v.value).strip() for v in value.value):
                problems.append(problem_type(name, line(value), f"aliases of {key!r} must be a list of names"))
                continue
            out[key] = [str(v.value).strip().lower() for v in value.value]
        else:
            text = str(value.value).strip() if isinstance(value, yaml.ScalarNode) else ""
            if not text:
                problems.append(problem_type(name, line(value), f"{key!r} must stand for some words"))
                continue
            if text.lower() == key.lower():
                problems.append(problem_type(name, line(value), f"{key!r} expands to itself"))
                continue
            seen.add(key.lower())
            out[key] = text
    return out


def _looks_alike(typed: str, meant: str) -> bool:
    """Is ``meant`` a correction of ``typed`` (same letters, near enough), not a new word?"""
    return typed.lower() != meant.lower() and fuzz.ratio(typed.lower(), meant.lower()) >= CORRECTION_LIKENESS
