"""What a message is before it is a search: a greeting, thanks, a live incident, another language.

"hi" and "thanks!" deserve a friendly word, not "I'm not sure". "We've just been hit by
ransomware, who do I call??" deserves the reporting route at once, not a history of past
attacks that happen to share its words. A question in French deserves to be told, kindly, that
the bot answers in English. The phrases are the lexicon's (``knowledge/lexicon.yaml``); this
module only decides.
"""

from __future__ import annotations

import re

from bot.answers.knowledge import KnowledgeBase
from bot.answers.lexicon import english_zipf
from bot.core import regexes

GREETING, THANKS, HELP, INCIDENT, FOREIGN = "greeting", "thanks", "help", "incident", "foreign"
MANIPULATION = "manipulation"
FOREIGN_SHARE = 0.34       # this share of a question's words neither English nor ours: another language
FOREIGN_MIN_WORDS = 3
_LETTERS = regexes.compile(r"[^\W\d_]+")

STAYS_ITSELF = ("I only answer from my sources about council cyber security, as myself: I don't take on other "
                "roles, set my rules aside, or help with attacks. Ask me, for example, \u201cHow do we report a cyber "
                "incident?\u201d")
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
    if lexicon.manipulates(question):    # before the incident route: "how to deploy ransomware" is no incident
        return MANIPULATION
    if lexicon.reports_incident(question):
        return INCIDENT
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
    return odd / len(words) >= FOREIGN_SHARE


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
