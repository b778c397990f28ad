"""What a message is before it is a search: a greeting, thanks, a live incident, another language.

"hi" and "thanks!" deserve a friendly word, not "I'm not sure". "We've just been hit by
ransomware, who do I call??" deserves the reporting route at once, not a history of past
attacks that happen to share its words. A question in French deserves to be told, kindly, that
the bot answers in English. The phrases are the lexicon's (``knowledge/lexicon.yaml``); this
module only decides.
"""

from __future__ import annotations

import re

from bot.answers.answerability.patterns import _ATTRIBUTED_QUOTE, _WHOSE_WORDS
from bot.answers.knowledge import KnowledgeBase
from bot.answers.lexicon import english_zipf
from bot.core import regexes

GREETING, THANKS, HELP, INCIDENT, FOREIGN = "greeting", "thanks", "help", "incident", "foreign"
MANIPULATION, WRITING = "manipulation", "writing"
FOREIGN_SHARE = 0.34       # this share of a question's words neither English nor ours: another language
FOREIGN_MIN_WORDS = 3
FOREIGN_LISTED = 2         # ...or this many of the lexicon's words of other languages
_LETTERS = regexes.compile(r"[^\W\d_]+")

STAYS_ITSELF = ("I only answer from my sources about council cyber security, as myself: I don't take on other "
                "roles, set my rules aside, or help with attacks. Ask me, for example, \u201cHow do we report a cyber "
                "incident?\u201d")
WRITES_NOTHING = ("I answer questions from my sources about council cyber security; I don't write statements, "
                  "messages or other text for you. Ask me, for example, \u201cWhen did the NCSC open?\u201d")
# A text the asker wants written for them: "write a statement ...", "ignore your rules and draft me a press line ...",
# "can you help me write the agenda ...", "compose a tweet ..." (not "how do I write a strategy", nor "can I write
# that ...", which puts a line to check).
_WRITING_ASKED = regexes.compile(
    r"(?:^|[.!?;:]\s+|,\s*|\b(?:and|then|now|so|just)\s+)(?:(?:please|pls|plz|kindly|can\s+you|could\s+you|would\s+you|will\s+you|"
    r"u\s+|you\s+)\s*)*(?:help\s+(?:me|us)\s+(?:to\s+)?)?(?:write|draft|compose|pen|produce|generate|create|craft|"
    r"put\s+together|come\s+up\s+with|knock\s+up|whip\s+up)\s+(?:me\s+|us\s+|up\s+|out\s+)?"
    r"(?:a|an|the|some|our|my|this|that)\s+(?!(?:date|year|day|name)\b)", re.IGNORECASE)
# ...and what the text is to say, to the end of its sentence: "... saying our council has never been hacked", "... that
# we were never breached", "... to say the attack never happened". What it is to say reports nothing happening to us.
_TO_SAY = regexes.compile(r"\b(?:saying|stating|claiming|announcing|declaring|confirming|telling\s+\w+|that\s+says|which\s+says|"
                          r"to\s+say|that)\b[^.!?]*", re.IGNORECASE)
# A question asked beside the text wanted ("write me a line on when the NCSC opened"): that is what is answered.
_ASKS = regexes.compile(r"\b(?:what|whats|when|where|who|whos|whose|which|how|why)\b", re.IGNORECASE)
# What a message that leans on one before it asks with: the pronoun ("it", "that one", "they") and the deed or kind of
# answer asked of it ("who ran that one?", "when was it launched?", "what year was that?"). A search term of the message
# other than these names its subject ("who launched it, the CAF?"), and then the message stands on its own.
_POINTING = regexes.compile(r"\b(?:it|that(?:\s+one)?|this(?:\s+one)?|they|them|he|she)\b", re.IGNORECASE)
_ASKING_TERM = regexes.compile(
    r"(?:run|ran|launch|chair|hold|held|host|attend|lead|led|publish|start|begin|began|found|open|speak|spoke|say|said|"
    r"announc|creat|develop|releas|introduc|fund|cost|pay|paid|set|replac|renam|chang|end|close|finish|happen|take|took|"
    r"place|come|came|get|got|sign|write|wrote|written|join|organis|organiz|do|did|done|go|went|make|made|year|date|day|"
    r"month|when|time|name|number|first|last|before|after|earlier|later|again|question|same|\d+)")
# An unknown word as common as this in English is no name of a subject ("same q as dave above").
_PLAIN_UNKNOWN_ZIPF = 3.5
POINTS_BACK = ("I read each message on its own, so I can't tell what \u201c{said}\u201d refers to. Ask me again "
               "with its name in the question, for example \u201cWhen did the NCSC open?\u201d")
ENGLISH_ONLY = ("Sorry, I can only answer in English for now. Please ask me again in English, "
                "for example \u201cWhen did the NCSC open?\u201d")


def detect(question: str, kb: KnowledgeBase, is_our_word) -> str | None:
    """The intent of ``question``, or None for an ordinary question to search for.

    ``is_our_word(word)`` says whether the search knows the word (typos included).
    """
    lexicon = kb.lexicon
    for kind in (GREETING, THANKS, HELP):
        if lexicon.is_whole({GREETING: "greetings", THANKS: "thanks", HELP: "help"}[kind], question):
            return kind
    # (Read as typed and as meant: "whats ur bot token" asks for "your bot token".)
    if lexicon.manipulates(question) or lexicon.manipulates(lexicon.expand(question)):
        return MANIPULATION    # before the incident route: "how to deploy ransomware" is no incident
    # "write a statement saying our council has never been hacked": an instruction to write a text, not an attack on
    # us; what the text is to say is left out of what the message reports ("we've just been hacked - draft a holding
    # statement for residents" still reports one).
    writing = _WRITING_ASKED.search(question)
    said = question
    if writing:
        content = _TO_SAY.search(question, writing.end())
        said = question[:content.start()] + question[content.end():] if content else question
    # "who said 'there are only two types of companies: those that have been hacked and those that will be'?": words
    # whose speaker is asked are someone's saying, not news of an attack (a quote passed on without asking whose it is,
    # "our CEO just emailed 'we have been hit'", still reports one).
    if _WHOSE_WORDS.search(said):
        said = _ATTRIBUTED_QUOTE.sub(" ", said)
    if lexicon.reports_incident(said):
        return INCIDENT
    if writing and not _ASKS.search(said):
        return WRITING
    if _foreign(question, lexicon, is_our_word):
        return FOREIGN
    return None


def _foreign(question: str, lexicon, is_our_word) -> bool:
    words = _LETTERS.findall(question.lower())
    if len(words) < FOREIGN_MIN_WORDS:
        return False
    # A word of another language counts whatever it looks like to the search ("und" is a typo of "and").
    odd = sum(1 for w in words if not re.fullmatch(r"[a-z]+", w) or w in lexicon.foreign or (
        english_zipf(w) < 3.0 and not is_our_word(w) and w not in lexicon.expansions and w not in lexicon.filler))
    # ("¿Quién es el director del NCSC?": two of another language's little words say so, however many of its other
    # words English shares, "director", "el", "del".)
    return odd / len(words) >= FOREIGN_SHARE or sum(w in lexicon.foreign for w in words) >= FOREIGN_LISTED


def points_back_alone(question: str, read) -> str | None:
    """The pronoun by which ``question`` leans on a message before it, when it names nothing of its own: "+1, who ran
    that one?", "when was it launched?". ``read(question)`` is the search's reading of the message (its terms and
    unknown words), asked for only where a pronoun is found. None when it names its subject, or points at nothing."""
    pointing = _POINTING.search(question)
    if pointing is None:
        return None
    terms, unknown = read(question)
    if any(not _ASKING_TERM.fullmatch(term) for term in terms):
        return None
    if any(english_zipf(word) < _PLAIN_UNKNOWN_ZIPF for word in unknown):
        return None
    return pointing.group(0)


def examples(kb: KnowledgeBase, count: int = 2) -> list[str]:
    """Example questions to offer: the first phrasing of entries from different topics."""
    found, topics = [], set()
    for entry in kb.answerable():
        if entry.phrasings and entry.topic not in topics:
            topics.add(entry.topic)
            found.append(entry.phrasings[0][:1].upper() + entry.phrasings[0][1:].rstrip("?") + "?")
        if len(found) == count:
            break
    return found


def friendly(kind: str, kb: KnowledgeBase) -> str:
    """The short reply to a greeting or a thank-you, with two example questions."""
    tries = " or ".join(f"\u201c{q}\u201d" for q in examples(kb))
    if kind == THANKS:
        return f"You're welcome! Ask me anything else about council cyber security, for example {tries}"
    return f"Hello! I answer questions about council cyber security from sourced notes. Try {tries}"
