"""Reading ``/cyber poll ...`` as people type it, including the curly quotes a Mac sends.

Quoted pieces are the question and the options; bare words outside quotes are flags. Parsing
is pure (no clock, no database) so every message about bad input can be tested on its own.
The closing time is kept as text here and read by ``bot.core.times`` in the service, which knows
the clock and the person's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.core import regexes
from bot.polls.model import MAX_OPTION_CHARS, MAX_OPTIONS, MAX_QUESTION_CHARS, MIN_OPTIONS
from bot.core.text import clean, escape_mrkdwn, shorten

EXAMPLE = '`/cyber poll "Are you going to the summit?" "Yes" "No" "Not sure" closes friday 5pm`'
PULSE_EXAMPLE = '`/cyber poll pulse "How confident are you in your backups?"`'

# Opening quote -> the quotes that may close it. Autocorrect often mixes straight and curly.
_DOUBLE_CLOSERS = '"\u201d\u201c'
_SINGLE_CLOSERS = "'\u2019"
_OPENERS = {'"': _DOUBLE_CLOSERS, "\u201c": _DOUBLE_CLOSERS, "\u201d": _DOUBLE_CLOSERS,
            "\u201e": _DOUBLE_CLOSERS, "'": _SINGLE_CLOSERS, "\u2018": _SINGLE_CLOSERS}
_ALL_QUOTES = set(_OPENERS) | set(_DOUBLE_CLOSERS) | set(_SINGLE_CLOSERS)

FLAG_WORDS = {
    "anonymous": "anonymous", "anon": "anonymous", "anonymously": "anonymous",
    "multiple": "multiple", "multi": "multiple", "several": "multiple",
    "hidden": "hidden", "hide": "hidden",
    "closes": "closes", "closing": "closes", "close": "closes", "ends": "closes",
    "named": "named", "public": "named", "attributed": "named",
    "every": "every", "until": "until",
}
_COLLECTS = {"closes": "closes_text", "every": "every_text", "until": "until_text"}   # flags followed by words
_ID = regexes.compile(r"^#?(\d{1,9})$")


class PollParseError(ValueError):
    """Bad input; ``message`` is safe mrkdwn that says what was understood and what to type."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Quoted:
    text: str


@dataclass(frozen=True)
class Word:
    text: str


@dataclass(frozen=True)
class NewPoll:
    kind: str                     # "poll" or "pulse"
    question: str
    options: tuple[str, ...]      # empty for a pulse: the scale is fixed
    anonymous: bool = False
    multiple: bool = False
    hidden: bool = False
    closes_text: str | None = None
    every_text: str | None = None  # "2 weeks on Thursday at 10:00": a recurring series
    until_text: str | None = None  # the series' last date


@dataclass(frozen=True)
class PollCommand:
    action: str                   # "close", "results", "nudge", "series" or "stop"
    poll_id: int


@dataclass(frozen=True)
class ShowUsage:
    pass


def tokens(text: str) -> list[Quoted | Word]:
    """Split into quoted pieces and bare words; an opening quote with no partner is an error."""
    out: list[Quoted | Word] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in _OPENERS:
            end = _closing_quote(text, i + 1, _OPENERS[ch])
            if end is None:
                rest = shorten(text[i + 1:].strip(), 40)
                raise PollParseError(
                    f"I found an opening quote before `{escape_mrkdwn(rest)}` but no closing quote. "
                    f"Put the question and each option in its own pair of quotes, e.g. {EXAMPLE}"
                )
            out.append(Quoted(clean(text[i + 1:end])))
            i = end + 1
            continue
        start = i
        while i < n and not text[i].isspace():
            i += 1
        word = text[start:i]
        if any(q in word for q in _ALL_QUOTES - {"'", "\u2019"}):
            raise PollParseError(
                f"I couldn't match up the quotes around `{escape_mrkdwn(shorten(word, 40))}`. "
                f"Put the question and each option in its own pair of quotes, e.g. {EXAMPLE}"
            )
        out.append(Word(word))
    return out


def _closing_quote(text: str, start: int, closers: str) -> int | None:
    """A closer counts only at the end of a piece, so "What's" or “zero trust” inside stays text."""
    for j in range(start, len(text)):
        if text[j] in closers:
            after = text[j + 1] if j + 1 < len(text) else " "
            if after.isspace() or after in _ALL_QUOTES:
                return j
    return None


def parse_poll_args(args: str) -> NewPoll | PollCommand | ShowUsage:
    """What ``/cyber poll ARGS`` asks for, or a PollParseError saying what to type instead."""
    text = clean(args)
    if not text or text.lower() in ("help", "?"):
        return ShowUsage()
    first, _, rest = text.partition(" ")
    word = first.lower()
    if word in ("close", "results", "result", "nudge", "series", "stop"):
        return PollCommand("results" if word == "result" else word, parse_poll_id(rest, word))
    if word == "pulse":
        return _parse_new(rest, kind="pulse")
    return _parse_new(text, kind="poll")


def parse_poll_id(text: str, action: str) -> int:
    text = text.strip()
    match = _ID.match(text)
    if match:
        return int(match.group(1))
    if not text:
        raise PollParseError(f"Which poll? Give its number, e.g. `/cyber poll {action} 12`. "
                             "The number is at the bottom of the poll message.")
    raise PollParseError(
        f"`{escape_mrkdwn(shorten(text, 30))}` isn't a poll number. Poll numbers look like `12` "
        f"(it's at the bottom of the poll message), e.g. `/cyber poll {action} 12`."
    )


def parse_vote_args(text: str) -> tuple[int, str]:
    """``ID OPTION`` for the console's ``/cyber vote``; OPTION is a number or (part of) the text."""
    text = clean(text)
    first, _, rest = text.partition(" ")
    match = _ID.match(first)
    if not match or not rest.strip():
        raise PollParseError("Say which poll and which option, e.g. `/cyber vote 12 2` or `/cyber vote 12 Yes`.")
    option = rest.strip()
    if len(option) >= 2 and option[0] in _OPENERS and option[-1] in _OPENERS[option[0]]:
        option = option[1:-1].strip()
    return int(match.group(1)), option


def _parse_new(text: str, kind: str) -> NewPoll:
    items = tokens(text)
    quoted = [t.text for t in items if isinstance(t, Quoted)]
    flags = _read_flags(items, kind)
    if kind == "pulse":
        return _pulse(quoted, flags)
    if not quoted:
        raise PollParseError(
            f"Put the question and each option in quotes, e.g. {EXAMPLE}. "
            f"For a 1 to 5 temperature check, use {PULSE_EXAMPLE}."
        )
    question, options = quoted[0], tuple(quoted[1:])
    _check_question(question)
    _check_options(question, options)
    return NewPoll("poll", question, options, **flags)


def _pulse(quoted: list[str], flags: dict) -> NewPoll:
    if not quoted:
        raise PollParseError(f"Put the pulse question in quotes, e.g. {PULSE_EXAMPLE}")
    if len(quoted) > 1:
        raise PollParseError(
            f"A pulse always uses the 1 to 5 scale (1 = not at all, 5 = fully), so it takes just the question. "
            f"I read the question as “{escape_mrkdwn(shorten(quoted[0], 80))}”; leave out the options, "
            f"or drop the word `pulse` for a poll with your own options."
        )
    if flags["multiple"]:
        raise PollParseError("A pulse takes one score per person, so `multiple` doesn't apply. "
                             f"Leave it out, e.g. {PULSE_EXAMPLE}")
    _check_question(quoted[0])
    return NewPoll("pulse", quoted[0], (), **flags)


def _read_flags(items: list[Quoted | Word], kind: str) -> dict:
    flags = {"anonymous": False, "multiple": False, "hidden": False, "closes_text": None, "every_text": None,
             "until_text": None}
    named = False
    collecting: str | None = None      # the flag whose words are being gathered ("closes", "every", "until")
    words: list[str] = []
    seen_quote = False

    def finish() -> None:
        nonlocal collecting, words
        if collecting is not None:
            _finish_words(collecting, words, flags)
        collecting, words = None, []

    for item in items:
        if isinstance(item, Quoted):
            seen_quote = True
            finish()
            continue
        word = item.text.lower().strip(",;")
        flag = FLAG_WORDS.get(word)
        if collecting is not None and (flag is None or (flag == collecting == "closes")):
            words.append(item.text)
            continue
        finish()
        if flag in _COLLECTS:
            collecting = flag
        elif flag == "named":
            named = True
        elif flag:
            flags[flag] = True
        elif not seen_quote:
            raise PollParseError(
                f"Put the question and each option in quotes, e.g. {EXAMPLE}. "
                f"For a 1 to 5 temperature check, use {PULSE_EXAMPLE}."
            )
        else:
            raise PollParseError(_unknown_word(item.text))
    finish()
    if named and flags["anonymous"]:
        raise PollParseError("A poll is either `anonymous` or `named`, not both. Pick one and try again.")
    if kind == "pulse" and not named:
        flags["anonymous"] = True       # a pulse is a candid score: anonymous unless asked otherwise
    if flags["until_text"] is not None and flags["every_text"] is None:
        raise PollParseError("`until` ends a recurring poll, so it goes with `every`, e.g. "
                             "`every 2 weeks on Thursday at 10:00 until 31 March`.")
    return flags


def _finish_words(flag: str, words: list[str], flags: dict) -> None:
    key = _COLLECTS[flag]
    if not words:
        raise PollParseError({
            "closes": "When should it close? Add a time after `closes`, e.g. `closes friday 5pm` "
                      "or `closes in 2 hours`.",
            "every": "How often? Add it after `every`, e.g. `every 2 weeks on Thursday at 10:00`.",
            "until": "Until when? Add a date after `until`, e.g. `until 31 March`.",
        }[flag])
    if flags[key] is not None:
        raise PollParseError({"closes": "Give one closing time, e.g. `closes friday 5pm`.",
                              "every": "Give one rhythm, e.g. `every 2 weeks on Thursday at 10:00`.",
                              "until": "Give one end date, e.g. `until 31 March`."}[flag])
    flags[key] = " ".join(words)


def _unknown_word(word: str) -> str:
    shown = escape_mrkdwn(shorten(word, 30))
    hit = process.extractOne(word.lower(), ["anonymous", "named", "multiple", "hidden", "closes", "every", "until"],
                             scorer=fuzz.ratio, score_cutoff=60)
    hint = f" Did you mean `{hit[0]}`?" if hit else ""
    return (f"I didn't understand `{shown}` outside the quotes.{hint} After the quoted question and options "
            "you can add `anonymous` (or `named`), `multiple`, `hidden`, `closes WHEN` or `every ...` "
            "(a recurring poll); anything else belongs inside quotes.")


def _check_question(question: str) -> None:
    if not question:
        raise PollParseError(f"The question is empty. Put it first, in quotes, e.g. {EXAMPLE}")
    if len(question) > MAX_QUESTION_CHARS:
        raise PollParseError(f"The question is {len(question)} characters long; please keep it to "
                             f"{MAX_QUESTION_CHARS} or fewer.")


def _check_options(question: str, options: tuple[str, ...]) -> None:
    shown_q = escape_mrkdwn(shorten(question, 80))
    if len(options) < MIN_OPTIONS:
        got = "no options" if not options else f"one option (“{escape_mrkdwn(shorten(options[0], 40))}”)"
        raise PollParseError(
            f"I read the question as “{shown_q}” with {got}. A poll needs at least {MIN_OPTIONS} options, "
            f"each in its own quotes, e.g. {EXAMPLE}"
        )
    if len(options) > MAX_OPTIONS:
        raise PollParseError(f"That's {len(options)} options; a poll can have up to {MAX_OPTIONS}. "
                             "Please trim the list and try again.")
    seen: dict[str, int] = {}
    for number, option in enumerate(options, start=1):
        if not option:
            raise PollParseError(f"Option {number} is empty. Put some text between its quotes.")
        if len(option) > MAX_OPTION_CHARS:
            raise PollParseError(
                f"Option {number} (“{escape_mrkdwn(shorten(option, 40))}”) is {len(option)} characters long; "
                f"Slack buttons fit up to {MAX_OPTION_CHARS}. Please shorten it."
            )
        key = " ".join(option.casefold().split())
        if key in seen:
            raise PollParseError(
                f"Options {seen[key]} and {number} are both “{escape_mrkdwn(option)}”. "
                "Each option needs to be different."
            )
        seen[key] = number
