"""Turning free text into search terms, and making user text safe to show in Slack.

Both the knowledge base and the question go through the same ``terms`` function so that
"£1.9bn", "1.9 billion" and "£1.9 billion" meet as the same terms, and "councils",
"Council's" and "council" as one stem.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from bot.core import regexes

MAX_QUESTION_CHARS = 500

# snowballstemmer hands out PyStemmer's C build of the same Snowball algorithm when it is
# installed (a dependency): the same stems (``tests/test_stemming.py`` checks), 14 times faster,
# which is a fifth of answering a question nobody asked before.
_STEMMER = snowballstemmer.stemmer("english")
STEMMER = f"{type(_STEMMER).__module__}.{type(_STEMMER).__name__}"   # which one: part of the compiled index's key
_MONEY = regexes.compile(r"(\d+(?:\.\d+)?)\s*(bn|billion|m|mn|million|k|thousand)\b")
_TOKEN = regexes.compile(r"\d+(?:\.\d+)+|[a-z0-9]+")
# A year of ours as written, 1900-2099: "2016" in "the 2016 strategy" or "2016-2021".
A_YEAR = regexes.compile(r"(?:19|20)\d\d")
# Where one sentence ends and the next begins ("... in 2016. It was ..."), and the same with ";" too, for an entry's
# answer read a clause at a time ("It is free to join; members ...").
SENTENCE_END = regexes.compile(r"(?<=[.!?])\s+")
CLAUSE_END = regexes.compile(r"(?<=[.;!?])\s+")
_UNITS = {"bn": "billion", "billion": "billion", "m": "million", "mn": "million", "million": "million",
          "k": "thousand", "thousand": "thousand"}
_CONTROL = regexes.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")

# Words that carry no topic. Question words are here too: the engine reads them separately.
STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are aren as at be because been before being
    below between both but by can cannot could couldn did didn do does doesn doing don down during each
    few for from further had hadn has hasn have haven having he her here hers herself him himself his
    how i if in into is isn it its itself just let me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same shan she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very was wasn
    we were weren what when where which while who whom why will with won wouldn would you your yours
    yourself yourselves whats what's wat wats whos who's hows when's where's wheres thats it's im i'm
    pls please thanks thank hi hello hey cheers ok okay also ever really actually us
    s t d ll m o re ve y get got give gave given go going put putting puts make made tell told say said
    know need needs needed want wanted like find found look see use used using one thing things much many
    there's anything something someone somebody else came come comes says saying mean means meant involve
    involves involved common kind sort type bit lot lots way ways does happen happened happens exist exists
    available current currently latest newest recent recently earliest new old still yet already exactly precisely
    roughly approximately
    think thinks thought believe believes reckon feel feels called name named tell telling told explain
    describe details detail please briefly basically anyway ok
    dont didnt doesnt isnt wasnt werent arent cant couldnt wouldnt shouldnt wont havent hasnt hadnt aint
    ive youre theyre weve
    """.split()
)
QUESTION_WORDS = frozenset("what when where who whom which why how whats wat".split())
FUNCTION_WORDS = sorted(w for w in STOPWORDS | QUESTION_WORDS if len(w) >= 4)


# An emoji as Slack sends it: ":grimacing:", ":+1:", ":thumbsup::skin-tone-2:". A picture, never a
# word of the question (a time, "10:30:00", has a digit before its colon and stays).
_EMOJI_CODE = regexes.compile(r"(?<![\w:])(?::[a-z0-9_+'-]+:)+(?!\w)")


# ...and the pictures that close a message, typed as they are ("...when the national report came out" 🫠,
# "when did it start? 💀💀"): a reaction to what is asked, never part of it. A closing quote or a question
# mark before them is then the message's last mark, as it is where none was typed. (Inside a message an emoji may end
# a greeting, "hiya 👋 first week on the team", and stays for the readers who look for that.)
_EMOJI_AT_END = regexes.compile(r"(?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D])+\s*$")


def without_emoji_codes(text: str) -> str:
    """``text`` without the emoji Slack writes as shortcodes ("for the risk register :grimacing:"), nor those that
    close it (``_EMOJI_AT_END``) after words."""
    text = _EMOJI_CODE.sub(" ", text)
    # A message that is nothing but pictures ("🔐🛡️") keeps them: it was still said, and is answered as what it is.
    return " ".join((_EMOJI_AT_END.sub("", text).strip() or text).split())


def clean(text: str) -> str:
    """Unicode-normalise and strip control and direction-override characters."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _CONTROL.sub(" ", text)
    return " ".join(text.split())


# English idioms whose words mislead a bag-of-words search ("in charge of" is not about cost).
IDIOMS = {
    "in charge of": "head of",
    "in charge": "head",
    # "richard horne took charge of the ncsc in october 2024": became its head, as "in charge of" is head of
    "took charge of": "became head of", "take charge of": "become head of", "takes charge of": "becomes head of",
    "taken charge of": "become head of", "taking charge of": "becoming head of",
    "set up": "established",
    # "the ncsc was stood up in 2016": public-sector English for set up
    "stood up": "established", "stand up a": "establish a", "standing up a": "establishing a",
    # "when did the ncsc open its doors": opened, as an office or service is
    # "where's the NCSC's head office": its headquarters, not a head (chief) of anything
    "head office": "headquarters", "head offices": "headquarters", "main office": "headquarters",
    "main offices": "headquarters", "head quarters": "headquarters", "main base": "headquarters",
    "open its doors": "opened", "opened its doors": "opened", "open their doors": "opened",
    "opened their doors": "opened", "opens its doors": "opens",
    # "ACD acronym meaning", "what does the acronym CAF mean": what its letters stand for
    "acronym": "full name", "abbreviation": "full name", "acronym meaning": "full name",
    "came out": "launched",
    "come out": "launched",
    "kicked off": "launched",
    "up and running": "operating",
    "who runs": "who heads",
    # "who's running the ncsc right now" (read as "who running"): who runs it, as it stands
    "who running": "who heads", "whos running": "who heads", "who is running": "who heads",
    "took over from": "succeeded",
    "took over": "succeeded",
    # "was the stocktake carried out in 2018": a survey or programme carried out is one run
    "carried out": "run", "carry out": "run", "carrying out": "running", "carries out": "runs",
    "take part": "participate",
    "took part": "participated",
    "taking part": "participating",
    "stand for": "full name",
    "stands for": "full name",
    "short for": "full name",     # "what's socitm short for"
    "point of": "purpose of",
    # how people say "held", "spokesperson", "part of" and "merged" in other words
    "take place": "held", "takes place": "held", "took place": "held", "taking place": "held",
    "speaks for": "spokesperson for", "speak for": "spokesperson for", "speaking for": "spokesperson for",
    "sit under": "part of", "sits under": "part of", "sit within": "part of", "sits within": "part of",
    "come under": "part of", "comes under": "part of", "fall under": "part of", "falls under": "part of",
    "rolled into": "merged into", "folded into": "merged into",
    "what's it called": "name",
    # "come up with" is to develop; "in the first place" only stresses when (no first of a series)
    "obliged to": "required to", "obligated to": "required to",
    "come up with": "developed", "came up with": "developed", "coming up with": "developing",
    "in the first place": " ",
    "swallow up": "merged", "swallowed up": "merged", "swallowed": "merged",
    "done over": "attacked", "got done over": "attacked", "get done over": "attacked",
    "pay up": "pay", "paid up": "paid", "cough up": "pay", "coughed up": "paid",
    # "doing my head in", "get my head round": chat about the asker, not a head of anything (but
    # "who heads up the ncsc" is asking who leads it).
    "doing my head in": " ", "doin my head in": " ", "doing me head in": " ", "doin me head in": " ",
    "does my head in": " ", "does me head in": " ", "get my head round": " ", "get my head around": " ",
    "getting my head round": " ", "gettin my head round": " ", "off the top of my head": " ",
    # "on our doorstep", "on the doorstep": near the asker, which says where they are, not what is asked
    "on our doorstep": " ", "on my doorstep": " ", "on the doorstep": " ", "on your doorstep": " ",
    "on our patch": " ", "on my patch": " ", "round the corner from us": " ", "just down the road": " ",
}
_IDIOM = regexes.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(IDIOMS, key=len, reverse=True)) + r")\b")
# "who runs" in any tense or with an adverb between ("who's been running the ncsc since oct 2024", "who has run
# it since late 2024", "who's currently running it", "who actually runs the ncsc", "who was running it in
# 2022", "who ran it in 2019") asks who heads it, as "who runs" does: read as "who heads", so the entry on the
# post's holder is found, not one that happens to say "run" (a pilot "ran" in 2022, the leaders at launch).
# "who ran the stocktake" (a survey carried out) keeps "ran": a programme run is not a body headed.
_WHO_RUNS = regexes.compile(r"\bwho(?:s|'s)?\s+(?:(?:is|has|have|been|currently|now|still|actually|really)\s+){1,3}"
                            r"(?:running|runs|run)\b")


def surface_words(text: str) -> list[str]:
    """Lower-case words with money figures unified ("£1.9bn" -> "1.9", "billion"): a new list each
    time, of words read once per text (most of a question's readings ask for the same text's words)."""
    return list(_surface_words(text))


@lru_cache(maxsize=8192)
def _surface_words(text: str) -> tuple[str, ...]:
    text = clean(text).lower().replace("\u2019", "'").replace("'s ", " ")
    if "who" in text:
        text = _WHO_RUNS.sub("who heads", text)
    text = _IDIOM.sub(lambda m: IDIOMS[m.group(1)], text)
    text = _MONEY.sub(lambda m: f" {m.group(1)} {_UNITS[m.group(2)]} ", text)
    return tuple(_TOKEN.findall(text))


def is_stopword(word: str) -> bool:
    return word in STOPWORDS or stem(word) in STOPWORDS


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if word[0].isdigit():
        return word
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=4096)
def question_key(question: str) -> str:
    """How two askings of the same question are recognised as one gap."""
    return " ".join(surface_words(question))[:300]


_PINGS = regexes.compile(r"<!(channel|here|everyone)(\|[^>]*)?>|<!subteam\^[^>|]*(?:\|([^>]*))?>", re.IGNORECASE)
_USER_MENTION = regexes.compile(r"<@([UW][A-Z0-9]+)(\|[^>]*)?>")
# A channel as Slack writes it in text: <#C123|name>, or <#G123> for an older private channel.
CHANNEL_REF = regexes.compile(r"<#([CG][A-Z0-9]+)(?:\|([^>]*))?>")
_LINK = regexes.compile(r"<(https?://[^|>]+)(\|([^>]*))?>")


def _ping_as_typed(match: re.Match) -> str:
    """``<!here>`` -> "@here"; a user group (``<!subteam^S1|@security>``) -> its handle."""
    if match.group(1):
        return "@" + match.group(1).lower()
    return "@" + ((match.group(3) or "").lstrip("@") or "team")


def plain_from_slack(text: str) -> str:
    """Slack's escaped message text as a person typed it (mentions and links unwrapped)."""
    text = _PINGS.sub(_ping_as_typed, text or "")
    text = _USER_MENTION.sub(lambda m: "@" + (m.group(2)[1:] if m.group(2) else "someone"), text)
    text = CHANNEL_REF.sub(lambda m: "#" + (m.group(2) or m.group(1)), text)
    text = _LINK.sub(lambda m: m.group(3) or m.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@lru_cache(maxsize=1024)
def escape_mrkdwn(text: str) -> str:
    """Make user text inert in Slack: no pings, no links, no formatting tricks.

    Slack only turns ``<!channel>``, ``<@U…>`` and friends into pings when they arrive as
    control sequences, so escaping ``& < >`` is what disarms them; ``@channel`` typed as plain
    text is also broken with a zero-width joiner so a client never highlights it.

    Remembered because most of what is escaped is the knowledge base's own titles, answers
    and sources, the same few hundred strings in every reply; at most 1,024 are kept, so a
    stream of long questions cannot grow it without end.
    """
    text = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"@(channel|here|everyone)\b", "@\u2060\\1", text, flags=re.IGNORECASE)
    return re.sub(r"([*_~`])", "\u2060\\1\u2060", text)


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "\u2026"
