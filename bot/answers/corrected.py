"""A message with the correction its writer typed after it applied.

A phone's autocorrect knows English words, not our names, and turns them into the nearest English
words it has: "the NCSC calf", "Siobhan Coughing", "Socks itm", "Lifting ton". People who see it
send the word again on a line of its own, or at the end, with a star: "*CAF", "*Coughlan sorry",
"*Socitm ffs", "*Liddington or however its spelt". Read as typed, the mangled word is a name the
question holds the answer to ("it says nothing about Coughing") and the correction line's words
("sorry", "ffs", "however") are words of the question.

``applied`` reads the message as its writer meant it: the correction replaces the word or words
of the message it is most like (one to three words, run together: "Lifting ton" is "Liddington"),
and the correction line goes. The correction is its first words up to a stop, as many of them (one
to three) as are most like a run of the message's words: "*Socitm briefing not society" puts
"Socitm briefing" for "Society briefing"; "*Coughlan sorry" puts "Coughlan" alone. A correction
like nothing in the message ("*net something") leaves the message as it was.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.answers.spoken import _by_ear
from bot.core import regexes

# The correction: a star typed against a word, after whitespace (not "essentails*", which the lexicon
# reads), running to the message's end with no star after it (not "*bold*").
_CORRECTION = regexes.compile(r"(?:^|(?<=\s))\*(?=[A-Za-z])([^*\n]+?)\s*$")
# Where the correction's own words end and the writer's aside after it begins: "*LGA stocktake. this phone".
_CORRECTION_END = regexes.compile(r"[.,;:!?()]|\s[-\u2013\u2014]\s")
_WORD = regexes.compile(r"[A-Za-z][\w'\u2019-]*")
_BETWEEN_PARTS = regexes.compile(r"[ \t]*-?[ \t]*")
MAX_CORRECTION_WORDS, MAX_LINE_WORDS = 3, 8
# How alike (``fuzz.ratio``, of the letters as written or as they sound) the correction and the words it replaces
# must be: "Delhi" for "DLUHC" is 60, "Coughing" for "Coughlan" 75; "net something" is like no run of words in the
# message it follows (55 at best, for "the phishing").
LIKENESS = 60


def applied(message: str) -> str:
    """``message`` with a correction typed after it ("...the NCSC calf - what's it called?\\n*CAF") put in place
    of the words it corrects ("...the NCSC CAF - what's it called?"). A message with a star in it before the
    correction marks a footnote, not a slip ("2019* ... *approx"), and stays as typed."""
    if "*" not in message:
        return message
    line = _CORRECTION.search(message)
    if line is None or "*" in message[:line.start()] or len(line.group(1).split()) > MAX_LINE_WORDS:
        return message
    body = message[:line.start()]
    said = _WORD.findall(_CORRECTION_END.split(line.group(1), 1)[0])[:MAX_CORRECTION_WORDS]
    words = list(_WORD.finditer(body))
    if not said or not words:
        return message
    best = None
    for used in range(1, len(said) + 1):
        meant = _letters("".join(said[:used]))
        for i in range(len(words)):
            for j in range(i, min(i + MAX_CORRECTION_WORDS, len(words))):
                if j > i and not _BETWEEN_PARTS.fullmatch(body, words[j - 1].end(), words[j].start()):
                    break
                typed = _letters("".join(w.group(0) for w in words[i:j + 1]))
                likeness = max(fuzz.ratio(typed, meant), fuzz.ratio(_by_ear(typed), _by_ear(meant)))
                if likeness >= LIKENESS and (best is None or likeness > best[0]):
                    best = (likeness, " ".join(said[:used]), words[i].start(), words[j].end())
    if best is None:
        return message
    _, correction, start, end = best
    return (body[:start] + correction + body[end:]).rstrip()


def _letters(words: str) -> str:
    return re.sub(r"[^a-z]", "", words.lower())
