"""The same words do the same thing in Slack and in the console."""

import pytest

from bot.assistant import CyberBot
from bot.core.router import Request
from bot.core.replies import Buttons, Note, Text, render_plain


@pytest.fixture
def bot(settings, clock, kb):
    bot = CyberBot(settings, clock=clock, kb=kb)
    yield bot
    bot.close()


def say(bot, text, surface="console"):
    return bot.handle(text, Request(user_id="U1", channel_id="C1", surface=surface))


def test_help_lists_every_subcommand(bot):
    text = render_plain(say(bot, "/cyber help"))
    for sub in ("ask", "topics", "events", "deadlines"):
        assert f"/cyber {sub}" in text


def test_a_bare_prefix_gives_help(bot):
    assert say(bot, "/cyber").kind == "help"


def test_a_plain_question_is_answered(bot):
    assert say(bot, "What is Web Check?").kind == "answer"


def test_ask_subcommand_answers(bot):
    assert say(bot, "/cyber ask what is web check").kind == "answer"


@pytest.mark.parametrize("typed, suggested", [("/cyber topcs", "topics"), ("/cyber evnts", "events"),
                                              ("/cyber dedlines", "deadlines"), ("halp", "help"),
                                              ("/cyber remnd tomorrow 9am submit the stocktake", "remind"),
                                              ("/cyber pol \"Q\" \"A\" \"B\"", "poll")])
def test_a_misspelt_subcommand_names_the_closest_one(bot, typed, suggested):
    reply = say(bot, typed, surface="slash")
    assert reply.kind == "error"
    assert f"/cyber {suggested}" in render_plain(reply)


def test_an_unknown_word_never_crashes_and_points_to_help(bot):
    reply = say(bot, "/cyber xyzzy")
    assert "/cyber help" in render_plain(reply)


def test_topics_lists_what_the_knowledge_base_covers(bot, kb):
    text = render_plain(say(bot, "/cyber topics"))
    assert "Strategy" in text or "strategy" in text


def test_events_say_plainly_that_nothing_is_ahead_then_list_the_recent_past_under_a_heading(bot):
    text = render_plain(say(bot, "/cyber events"))
    assert "Nothing is ahead" in text
    assert "Recent events" in text and "(past)" not in text


def test_a_huge_command_is_refused_kindly(bot):
    reply = say(bot, "/cyber ask " + "a" * 5000, surface="slash")
    assert reply.kind == "error" and "characters" in reply.text


@pytest.mark.parametrize("text", ["/cyber <!channel>", "/cyber ask <!here> what is web check?",
                                  "<!everyone> <@U999> tell me a joke", "/cyber <!subteam^S1|@admins> x"])
def test_user_text_cannot_ping_anyone(bot, text):
    reply = say(bot, text, surface="slash")
    shown = [reply.text]
    for block in reply.blocks:
        if isinstance(block, Text):
            shown.append(block.mrkdwn)
        elif isinstance(block, Note):
            shown.extend(block.items)
        elif isinstance(block, Buttons):
            shown.extend(b.label for b in block.buttons)
    blob = " ".join(shown)
    assert "<!" not in blob and "<@" not in blob


def test_a_question_that_starts_like_a_command_word_is_still_a_question(bot):
    assert say(bot, "deadline for the stocktake returns?", surface="dm").kind in ("answer", "not_sure")


def test_console_only_vote_in_slack_points_to_the_buttons(bot):
    reply = say(bot, "/cyber vote 12 1", surface="slash")
    assert reply.kind == "error" and "buttons" in render_plain(reply)


@pytest.mark.parametrize("text", ["@security-team What is Web Check?", "<!subteam^S1|@security> what is web check?",
                                  "what is web check? @channel"])
def test_a_question_addressed_to_a_group_is_still_answered(bot, text):
    assert say(bot, f"/cyber ask {text}", surface="slash").kind == "answer"
