"""A message as Slack's markup writes it, read for the question it marks.

People who live in Slack write in its markup: *bold*, _italics_, `code`, ~strikethrough~, links as Slack sends
them (``<https://...|the CAF page>``), and ``&gt;``, ``&lt;`` and ``&amp;`` for the marks Slack escapes. None of
the marks is a word of the question: "`which intelligence agency is the NCSC part of?`" asks what it asks without
its backticks, and a link's label is what the asker wrote ("need it for <https://...|our intranet page>").

The marks also say something. A span set in bold, italics or code inside a longer message, that asks, is the
question the asker wants answered; the chat around it is theirs ("ok so long story - our SOC contract is up for
renewal ... buried in all that: `how many councils in England took part in the LGA stocktake?` - if you know, shout
:loudspeaker:"). Words struck through are taken back ("when did the NCSC ~open~ start work?").

``read`` runs first, on the message as Slack sends it; mentions and emoji shortcodes are left to the readers after
it, which drop them.
"""

from __future__ import annotations

import re
from typing import Callable

from bot.answers.framing import _ASKING, _BACK_REFERENCE
from bot.core import regexes
from bot.core.text import A_YEAR, without_emoji_codes

# A link as Slack sends it: "<https://www.ncsc.gov.uk/collection/caf|the CAF page>" is the label the asker typed,
# "<https://www.ncsc.gov.uk>" the address. (Mentions and channels, "<@U0123>", "<#C0123|cyber-leads>", are no words of a
# question and are dropped later, with "@cyberbot".)
_LINK = regexes.compile(r"<((?:https?|mailto|tel):[^|>\s]+)(?:\|([^>]*))?>", re.IGNORECASE)
_ESCAPED = {"&lt;": "<", "&gt;": ">", "&amp;": "&"}
# A span Slack marks, on one line, its marks against its first and last letters and not inside a word: "*bold*",
# "_italics_", "`code`" ("report_phishing" and "2*3" are no spans). A code block, "```...```", may run over lines.
_BLOCK = regexes.compile(r"```(.*?)```", re.DOTALL)
_SPAN = regexes.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\w_])|"
                        r"`([^`\n]+)`")
# Struck through: "~open~". Not "~600m to ~1bn", where the tilde is "about".
_STRUCK = regexes.compile(r"(?<![\w~])~(?=[^\s~])[^~\n]*?[^\s~]~(?![\w~])")
# "+1", typed as Slack's reaction is: agreement with the message it answers, no figure of the question ("+1, also
# wondering this"). Not "+1bn", nor a phone number's "+1 202".
_PLUS_ONE = regexes.compile(r"(?<!\S)\+1(?![\w.,]*\d|\w)")
# A marked span asks when it is a question of a few words: "*when did the Queen officially open it?*", not "*10 Steps*"
# or "*Q:*".
MIN_ASKING_WORDS = 3
_WORD = regexes.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")


def read(message: str, ours: Callable[[str], bool], places: Callable[[str], list[str]] = lambda text: []) -> str:
    """``message`` with Slack's links read as their labels, its escaped marks unescaped, a "+1" and words struck through
    left out and the marks of bold, italics and code dropped; where a marked span asks and the message says more around it,
    the span alone (``_marked_question``)."""
    if not any(mark in message for mark in "*_`~<&+"):
        return message
    if "+1" in message:
        message = _PLUS_ONE.sub(" ", message)
    message = _LINK.sub(lambda m: m.group(2) if m.group(2) and m.group(2).strip() else m.group(1), message)
    if "&" in message:
        message = re.sub(r"&(?:lt|gt|amp);", lambda m: _ESCAPED[m.group(0)], message)
    message = _STRUCK.sub(" ", message)
    marked = _marked_question(message, ours, places)
    return _unmarked(marked if marked is not None else message)


def _unmarked(text: str) -> str:
    """``text`` without the marks of its code blocks and spans, their words kept."""
    text = _BLOCK.sub(lambda m: m.group(1), text)
    return _SPAN.sub(lambda m: next(g for g in m.groups() if g is not None), text)


def _marked_question(message: str, ours: Callable[[str], bool], places: Callable[[str], list[str]]) -> str | None:
    """The question ``message`` marks, where a span it sets in bold, italics or code asks (``_asks``) and the message
    says more than it: the asking spans, and the message before them where they point back to it ("...I want to get
    the NCSC bit right. *when did the Queen officially open it?* thanks in advance" asks when the Queen opened the
    NCSC). None where no span asks, nothing else is said, or what is said around them names a year or a place
    (``places``) the spans do not: "in 2019, `who led the NCSC?`" asks of 2019, "for Scotland specifically *how many
    councils took part in the stocktake?*" of Scotland."""
    spans = [m for m in _SPAN.finditer(message) if _asks(next(g for g in m.groups() if g is not None))]
    if not spans:
        return None
    asked = " ".join(next(g for g in m.groups() if g is not None).strip() for m in spans)
    around = "".join(message[start:end] for start, end in
                     zip([0] + [m.end() for m in spans], [m.start() for m in spans] + [len(message)]))
    if not _WORD.search(without_emoji_codes(re.sub(r"<[@!#][^>]*>", " ", around))):
        return None
    if any(year not in asked for year in A_YEAR.findall(around)) or any(
            place not in asked.lower() for place in places(around)):
        return None
    if _BACK_REFERENCE.search(asked) or not any(ours(w.lower()) for w in _WORD.findall(asked)):
        return f"{message[:spans[0].start()].rstrip()} {asked}".strip()
    return asked


def _asks(span: str) -> bool:
    """Does a marked ``span`` ask a question of its own: a few words that end in a question mark or open with a
    question word ("`which intelligence agency is the NCSC part of?`")?"""
    span = span.strip()
    return len(_WORD.findall(span)) >= MIN_ASKING_WORDS and bool(_ASKING.search(span))
