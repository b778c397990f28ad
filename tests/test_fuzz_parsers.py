"""Whatever people type, the parsers answer with something they can use, and never a ping.

Hypothesis throws thousands of generated inputs at the three places free text is read: the
command router (through a real ``CyberBot`` with every feature registered, on a scratch
database), the plain-English time parser, and the poll parser. Inputs mix unicode, control
characters, huge strings, straight and curly quotes, and Slack's ping syntax.

What must hold for every input: no exception escapes; every reply has words in it; and nothing
a person typed comes back as ``<!channel>``, ``<!here>``, ``<!everyone>``, ``<!subteam^…>`` or a
``<@U…>`` mention in anything Slack would display.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bot.assistant import CyberBot
from bot.core.router import Command, Request
from bot.core.config import Settings
from bot.polls import parse as poll_parse
from bot.core.replies import Buttons, Note, Reply, Text
from bot.core.times import When, WhenError, parse_when, split_when_what
from handlers.testing.process import KNOWLEDGE
from handlers.testing.recording import RecordingMessenger

FUZZ = settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
ME = "UFUZZ01"          # the person typing: the only user a reply may mention (as its author)
NOW = datetime(2026, 3, 28, 23, 30, tzinfo=timezone.utc)   # a night the clocks go forward in London
ZONES = ("Europe/London", "America/New_York", "Pacific/Chatham", "Asia/Kolkata", "Not/A_Zone", "")

PINGS = ("<!channel>", "<!here>", "<!everyone>", "<!subteam^S0123|team>", "<@U999>", "<@W42|boss>",
         "&lt;!channel&gt;", "@channel", "@here", "<!channel|channel>", "<!here|here>")
QUOTES = '"\'\u201c\u201d\u2018\u2019\u201e`'
WORDS = ("poll", "pulse", "close", "results", "vote", "remind", "me", "to", "about", "reminders", "cancel",
         "every", "tomorrow", "9am", "in", "2", "hours", "at", "on", "31", "July", "monday", "closes",
         "anonymous", "multiple", "hidden", "help", "ask", "topics", "events", "deadlines", "#general",
         "<#C123|general>", "the", "stocktake", "noon", "midnight", "next", "friday", "weekday", "month",
         "'; DROP TABLE polls; --", '" OR 1=1 --', "\u202e", "\u200b", "\x00", "\x07", "\r\n", "\t")

words = st.sampled_from(WORDS + PINGS)
quoted = st.builds(lambda q, t, c: q + t + c, st.sampled_from(QUOTES), st.text(max_size=30), st.sampled_from(QUOTES))
piece = st.one_of(words, quoted, st.text(max_size=12), st.sampled_from(QUOTES),
                  st.text(alphabet=st.characters(codec="utf-8", categories=("Cc", "Cf", "Zs", "So", "Lo", "Mn")),
                          max_size=8))
phrase = st.lists(piece, max_size=14).map(" ".join)
huge = st.builds(lambda n, unit: unit * n, st.integers(500, 5000),
                 st.sampled_from(("a", "\u201c", "<!channel> ", "é")))
hostile = st.one_of(st.sampled_from(PINGS), st.builds(lambda a, p, b: f"{a}{p}{b}", st.text(max_size=6),
                                                      st.sampled_from(PINGS), st.text(max_size=6)))
when_words = st.sampled_from(("tomorrow 9am", "in 2 hours", "every monday at 9am", "next week", "31 July at 10:00",
                              "in 90 seconds", "every 3 <!here>", "next <!channel> week", "yesterday", ""))
option = st.one_of(hostile, st.text(min_size=1, max_size=20))
flags = st.lists(st.sampled_from(("anonymous", "multiple", "hidden", "closes in 2 hours", "closes <!here>")),
                 max_size=3).map(" ".join)
typed = st.one_of(
    phrase, phrase.map(lambda p: "/cyber " + p), st.text(max_size=200), huge,
    st.builds(lambda sub, rest: f"{sub} {rest}", st.sampled_from(("poll", "remind", "reminders", "vote", "poll pulse",
                                                                   "ask", "poll close", "reminders cancel")), phrase),
    st.builds(lambda q, opts, f: "poll " + " ".join(f'"{o}"' for o in [q, *opts]) + " " + f,
              option, st.lists(option, min_size=2, max_size=4), flags),
    st.builds(lambda q, f: f'poll pulse "{q}" {f}', option, flags),
    st.builds(lambda w, what: f"remind {w} {what}", when_words, hostile),
    st.builds(lambda what, w: f"remind me to {what} {w}", hostile, when_words),
    st.builds(lambda where, w, what: f"remind {where} {w} {what}", hostile, when_words, hostile),
    st.builds(lambda what: f"remind me about {what}", hostile),
)

_MENTION = re.compile(r"<@([UW][A-Z0-9]+)")


def assert_no_pings(text: str, where: str) -> None:
    for ping in ("<!channel", "<!here", "<!everyone", "<!subteam"):
        assert ping not in text.lower(), f"{where} pings: {text!r}"
    strangers = [m for m in _MENTION.findall(text) if m != ME]
    assert not strangers, f"{where} mentions {strangers}: {text!r}"


def displayed(reply: Reply) -> list[tuple[str, str]]:
    """Everything Slack would show of a reply, with where it comes from."""
    shown = [("text", reply.text)]
    for block in reply.blocks:
        if isinstance(block, Text):
            shown.append(("section", block.mrkdwn))
        elif isinstance(block, Note):
            shown.extend(("context", item) for item in block.items)
        elif isinstance(block, Buttons):
            shown.extend(("button label", button.label) for button in block.buttons)
    return shown


def assert_usable(reply: Reply, typed_text: str) -> None:
    assert isinstance(reply, Reply), reply
    assert reply.text and reply.text.strip(), f"an empty reply to {typed_text!r}"
    for where, text in displayed(reply):
        assert_no_pings(text, where)


class Crashes(logging.Handler):
    """Errors the bot logged while answering: a kind apology still hides a crash."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)

    def first(self) -> str:
        return logging.Formatter().format(self.records[0]) if self.records else ""


@pytest.fixture(scope="module")
def fuzz_bot(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    settings_ = Settings.from_env({"CYBERBOT_DB": str(folder / "fuzz.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE)},
                                  load_dotenv_file=False)
    messenger = RecordingMessenger(channels={"general": "C0GENERAL"})
    bot = CyberBot(settings_, messenger=messenger)
    crashes = Crashes()
    logging.getLogger().addHandler(crashes)
    try:
        yield bot, messenger, crashes
    finally:
        logging.getLogger().removeHandler(crashes)
        bot.close()


@FUZZ
@given(text=typed)
def test_whatever_is_typed_to_the_bot_it_answers_kindly_and_never_pings(fuzz_bot, text):
    bot, messenger, crashes = fuzz_bot
    crashes.records.clear()
    for surface in ("slash", "console"):
        ctx = Request(user_id=ME, channel_id="C0FUZZ", surface=surface, user_name="fuzzer")
        parsed = bot.router.parse(text, ctx)
        assert isinstance(parsed, Command) or (isinstance(parsed, Reply) and parsed.kind == "error"), parsed
        if isinstance(parsed, Command):
            assert parsed.name in bot.router.names(ctx) + ["ask"], parsed
        posted_before, updated_before = len(messenger.posts), len(messenger.updates)
        reply = bot.handle(text, ctx)
        assert_usable(reply, text)
        for sent in messenger.posts[posted_before:] + messenger.updates[updated_before:]:
            assert_usable(sent.reply, text)
        assert not crashes.records, f"{text!r} on {surface}: {crashes.first()}"
    messenger.clear()


def _check_when(result, text: str) -> None:
    if isinstance(result, WhenError):
        assert result.message and result.message.strip(), f"an empty WhenError for {text!r}"
        assert_no_pings(result.message, "WhenError")      # shown to people as it is
        return
    when = result[0] if isinstance(result, tuple) else result
    assert isinstance(when, When)
    assert when.first.tzinfo is not None and when.first > NOW, (text, when)
    assert when.text
    if isinstance(result, tuple):
        assert result[1].strip(), f"an empty WHAT from {text!r}"


times = st.one_of(phrase, st.text(max_size=80), st.builds(lambda w, h: f"{w} {h}", when_words, hostile),
                  st.builds(lambda h, w: f"{h} {w}", hostile, when_words),
                  st.builds(lambda a, b: f"{a} {b}", st.sampled_from(("every", "in", "next", "on", "at", "tomorrow")),
                            phrase),
                  huge)


@FUZZ
@given(text=times, zone=st.sampled_from(ZONES), split=st.booleans())
def test_the_time_parser_gives_a_time_or_a_reason_for_anything(text, zone, split):
    try:
        result = split_when_what(text, NOW, zone) if split else parse_when(text, NOW, zone)
    except WhenError as exc:
        result = exc
    _check_when(result, text)


@FUZZ
@given(text=st.one_of(phrase, typed, st.builds(lambda a, b: f"{a} {b}", st.sampled_from(
    ("close", "results", "pulse", "help")), phrase)))
def test_the_poll_parser_gives_a_poll_command_or_a_kind_reason(text):
    try:
        parsed = poll_parse.parse_poll_args(text)
    except poll_parse.PollParseError as exc:
        assert exc.message and exc.message.strip()
        assert_no_pings(exc.message, "poll parse error")
        return
    assert isinstance(parsed, (poll_parse.NewPoll, poll_parse.PollCommand, poll_parse.ShowUsage))
    if isinstance(parsed, poll_parse.NewPoll):
        assert parsed.question and len(parsed.question) <= 300
        assert all(option and len(option) <= 75 for option in parsed.options)
        assert len(parsed.options) in ((0,) if parsed.kind == "pulse" else range(2, 11))
    if isinstance(parsed, poll_parse.PollCommand):
        assert parsed.action in ("close", "results") and parsed.poll_id >= 0


def test_a_time_a_few_minutes_ahead_is_still_read_after_the_fuzzing():
    """The fuzz tests above would pass on a parser that refused everything; this one would not."""
    assert parse_when("in 5 minutes", NOW, "Europe/London").first == NOW + timedelta(minutes=5)
    assert split_when_what("tomorrow 9am submit the stocktake", NOW, "Europe/London")[1] == "submit the stocktake"
    assert isinstance(poll_parse.parse_poll_args('"Q?" "A" "B" anonymous'), poll_parse.NewPoll)
