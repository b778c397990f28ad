"""Everything the bot shows in Slack is Block Kit that Slack takes: every message, form and Home
view the bot builds is parsed with slack_sdk's models and validated (``validate_json``, through
``to_dict``), checked for what slack_sdk would silently drop, and held to Slack's limits (50
blocks a message, 100 a view, 3,000 characters a section, 75 a button, 24 a modal title...).
The stand-in Slack applies the same check to every view it is sent."""

from __future__ import annotations

import pytest

from bot.assistant import CyberBot
from bot.core.forms import Choice, Select, TextInput, View
from bot.core.replies import Text
from bot.core.router import Request
from bot.polls import builder as poll_builder
from bot.reminders import builder as reminder_builder
from bot.answers.surfaces import ask_form
from handlers.block_kit import message, view
from handlers.testing.recording import RecordingMessenger
from handlers.testing.standin import message_problems, view_problems

LONG = "word " * 900   # a 4,500-character paste

TYPED = [
    "/cyber help", "/cyber ask What is Web Check?", "What is Web Check?", "what is the meaning of life?",
    "/cyber topics", "/cyber events", "/cyber deadlines", "/cyber xyzzy", "/cyber remind",
    "/cyber remind tomorrow 9am submit the stocktake", "/cyber remind every Monday at 9am check the backups",
    "/cyber remind me about stocktake", "/cyber remind yesterday at 9am too late", "/cyber reminders",
    '/cyber poll "Are you going to the summit?" "Yes" "No" "Not sure" anonymous closes friday 5pm',
    '/cyber poll pulse "How confident are you in your backups?"', '/cyber poll "Only one" "A"',
    "/cyber poll results 1", "/cyber poll close 1", "/cyber poll results 1", "/cyber poll",
    f"/cyber ask {LONG}", f'/cyber poll "{"Q" * 300}" "{"a" * 75}" "{"b" * 75}"',
]


@pytest.fixture
def bot(settings, clock, kb):
    messenger = RecordingMessenger()
    bot = CyberBot(settings, clock=clock, kb=kb, messenger=messenger)
    yield bot
    bot.close()


def slash(bot, text: str):
    return bot.handle(text, Request(user_id="U1", channel_id="C1", surface="slash", trigger_id="T.1",
                                    conversation="channel"))


def test_every_reply_to_what_people_type_is_valid_block_kit(bot):
    for text in TYPED:
        reply = slash(bot, text)
        for shareable in (False, True):
            assert message_problems(message(reply, shareable)) == [], text
        if reply.view is not None:
            assert view_problems(view(reply.view)) == [], text


def test_every_message_the_bot_posts_by_itself_is_valid_block_kit(bot, clock):
    for text in TYPED:
        slash(bot, text)
    for n in range(100):
        slash(bot, f"/cyber remind in {n + 1} minutes task {n} {LONG[:900]}")
    clock.advance(minutes=120)
    bot.scheduler.tick()
    sent = bot.messenger.posts + bot.messenger.updates
    assert len(bot.messenger.posts) > 100 and bot.messenger.updates
    for item in sent:
        assert message_problems(message(item.reply)) == [], item.reply.text


@pytest.mark.parametrize("options", range(2, 11))
def test_the_poll_builder_is_valid_with_any_number_of_options(options):
    for channel in (None, "C1"):
        assert view_problems(view(poll_builder.form(poll_builder.FormState(options, channel)))) == []


def test_the_reminder_builder_and_the_ask_form_are_valid(clock):
    assert view_problems(view(reminder_builder.form(clock.now(), "Europe/London"))) == []
    prefilled = reminder_builder.form(clock.now(), "Europe/London", what=LONG,
                                      link="https://x.slack.com/archives/C1/p1", channel="C1")
    assert view_problems(view(prefilled)) == []
    assert view_problems(view(ask_form())) == []


def test_a_form_with_a_long_intro_hint_placeholder_and_prefilled_text_is_valid():
    form = View(title="Answer the council question", callback_id="curator_answer", submit="Send answer", blocks=(
        Text(LONG),
        TextInput("answer", "Answer", multiline=True, hint="x" * 2500),
        TextInput("source", "Source", placeholder="y" * 200, initial="z" * 4000, max_length=3000),
        Select("topic", "Topic", tuple(Choice(f"t{n}", "w" * 100) for n in range(3)), initial="t1"),
    ))
    assert view_problems(view(form)) == []


def test_the_home_tab_is_valid_however_much_it_holds(bot):
    for n in range(100):
        slash(bot, f"/cyber remind in {n + 2} days submit return {n} {LONG[:500]}")
    for n in range(30):
        slash(bot, f'/cyber poll "Poll {n} {"q" * 250}" "Yes" "No"')
    home = bot.home(Request(user_id="U1", surface="home"))
    drawn = view(home)
    assert view_problems(drawn) == []
    assert len(drawn["blocks"]) <= 100


def test_results_and_exports_opened_from_the_home_tab_are_valid(bot):
    slash(bot, '/cyber poll "Going?" "Yes" "No"')
    polls = bot.api("polls")
    ctx = Request(user_id="U1", surface="action", trigger_id="T.2")
    for opened in (polls.on_home_results("1", ctx).open_view, polls.on_home_export("1", ctx).open_view):
        assert view_problems(view(opened)) == []
