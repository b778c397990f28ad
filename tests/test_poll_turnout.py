"""Turnout and nudges: "9 of 14 voted", and a DM to exactly the people who have not voted.

The channel is the recording messenger with a member list, so turnout can be counted; bots
are left out by the Slack messenger itself (tested end to end against the stand-in Slack).
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from bot.core.clock import SettableClock
from bot.core.replies import render_plain
from bot.core.router import Request
from handlers.testing.recording import RecordingMessenger

PEOPLE = ("U1", "U2", "U3", "U4", "U5")



def dms(channel) -> list[str]:
    """Who was sent a nudge in a DM."""
    return [sent.channel for sent in channel.posts if sent.reply.kind == "poll_nudge_dm"]


@pytest.fixture
def clock():
    return SettableClock(datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def channel():
    """A channel whose members the bot can list."""
    return RecordingMessenger(members=list(PEOPLE))


@pytest.fixture
def messenger(channel):
    return channel


@pytest.fixture
def make_bot(make_bot):
    """Nudges paced fast enough for a test to watch them all go out."""
    def make():
        bot = make_bot()
        bot.api("polls").nudger.per_second = 200.0
        return bot

    return make


def say(bot, text, user="U1"):
    return bot.handle("/cyber " + text, Request(user_id=user, channel_id="C1", surface="slash"))


def vote(bot, poll_id, index, user):
    return bot.handle_action(f"poll_vote_{index}", f"{poll_id}:{index}", Request(user, "C1", "action"))


def new_poll(bot, flags="anonymous"):
    return say(bot, f'poll "Going to the summit?" "Yes" "No" {flags}').data["poll_id"]


def test_results_show_turnout_against_the_channels_people(bot):
    poll_id = new_poll(bot)
    vote(bot, poll_id, 0, "U2")
    vote(bot, poll_id, 1, "U3")
    vote(bot, poll_id, 0, "U9")             # someone who has since left the channel
    text = render_plain(say(bot, f"poll results {poll_id}"))
    assert "Turnout: 2 of 5 voted (and 1 no longer in the channel) in the channel." in text


def test_a_nudge_reaches_exactly_the_people_who_have_not_voted_in_an_anonymous_poll(bot, channel):
    poll_id = new_poll(bot)
    vote(bot, poll_id, 0, "U2")
    vote(bot, poll_id, 1, "U4")
    reply = say(bot, f"poll nudge {poll_id}")
    assert reply.kind == "poll_nudge", reply.text
    assert reply.data["nudged"] == 2 and "2 of 5 have" in reply.text
    assert "<@" not in reply.text                        # the creator sees counts, never names
    assert bot.api("polls").nudger.wait_idle(5)
    assert sorted(dms(channel)) == ["U3", "U5"]         # not the voters, not the creator (U1)
    dm = [sent.reply for sent in channel.posts if sent.channel == "U3"][0]
    assert "Votes are anonymous" in render_plain(dm) and "/cyber vote" in render_plain(dm)


def test_a_nudge_is_once_per_poll(bot, channel):
    poll_id = new_poll(bot)
    say(bot, f"poll nudge {poll_id}")
    bot.api("polls").nudger.wait_idle(5)
    again = say(bot, f"poll nudge {poll_id}")
    assert again.kind == "error" and "once per poll" in again.text
    bot.api("polls").nudger.wait_idle(5)
    assert sorted(dms(channel)) == ["U2", "U3", "U4", "U5"]


def test_only_the_creator_can_nudge_and_not_once_the_poll_has_closed(bot, channel):
    poll_id = new_poll(bot)
    theirs = say(bot, f"poll nudge {poll_id}", user="U2")
    assert theirs.kind == "error" and "Only the person who created" in theirs.text
    say(bot, f"poll close {poll_id}")
    closed = say(bot, f"poll nudge {poll_id}")
    assert closed.kind == "error" and "has closed" in closed.text
    assert dms(channel) == []
    assert bot.storage.query("SELECT COUNT(*) AS n FROM poll_nudges")[0]["n"] == 0


def test_someone_who_votes_before_their_turn_is_not_nudged(bot, channel):
    poll_id = new_poll(bot, "named")
    nudger = bot.api("polls").nudger
    nudger.per_second = 2.0                              # one DM now, the next half a second later...
    say(bot, f"poll nudge {poll_id}")
    time.sleep(0.1)
    vote(bot, poll_id, 0, "U5")                          # ...and U5, last in line, votes meanwhile
    assert nudger.wait_idle(10)
    assert "U5" not in dms(channel) and sorted(dms(channel)) == ["U2", "U3", "U4"]


def test_nudges_left_unsent_by_a_restart_are_sent_after_it_once(make_bot, channel):
    first = make_bot()
    poll_id = new_poll(first)
    first.api("polls").nudger.per_second = 1.0
    say(first, f"poll nudge {poll_id}")
    time.sleep(0.2)
    first.close()                                        # one DM out, three waiting
    sent_before = len(dms(channel))
    assert sent_before == 1
    second = make_bot()
    second.scheduler.tick()
    assert second.api("polls").nudger.wait_idle(5)
    assert sorted(dms(channel)) == ["U2", "U3", "U4", "U5"]


def test_everyone_having_voted_means_nobody_to_nudge_and_the_nudge_is_not_used_up(bot, channel):
    channel.members = ["U1", "U2"]
    poll_id = new_poll(bot)
    vote(bot, poll_id, 0, "U2")
    reply = say(bot, f"poll nudge {poll_id}")
    assert "nobody to nudge" in reply.text
    channel.members = ["U1", "U2", "U3"]
    assert say(bot, f"poll nudge {poll_id}").data["nudged"] == 1


def test_a_closed_polls_chart_keeps_the_turnout_its_results_showed(bot, channel):
    poll_id = new_poll(bot)
    vote(bot, poll_id, 0, "U2")
    say(bot, f"poll close {poll_id}")
    channel.members = ["U1", "U2", "U3", "U4", "U5", "U6", "U7"]    # people join later
    [(_c, _name, posted_png, _title)] = channel.uploads
    assert bot.api("polls").chart(poll_id) == posted_png          # the same picture, drawn again
