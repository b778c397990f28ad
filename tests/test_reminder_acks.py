"""Channel reminders people acknowledge: a Done button each, "2 of 3 done", and `until done`.

The clock is moved by hand; the channel is the recording messenger with a member list, which
also keeps the message redraws (``chat.update`` in Slack).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.assistant import CyberBot
from bot.core.clock import SettableClock
from bot.core.replies import render_plain
from bot.core.router import Request
from bot.reminders.acks import DEFAULT_RENUDGES
from handlers.testing.recording import RecordingMessenger

START = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)


class Zones:
    def zone_for(self, user_id):
        return "Europe/London"


def renudged(channel) -> list[str]:
    return [sent.channel for sent in channel.posts if sent.reply.kind == "reminder_renudge"]


@pytest.fixture
def clock():
    return SettableClock(START)


@pytest.fixture
def channel():
    return RecordingMessenger(members=["U1", "U2", "U3"])


@pytest.fixture
def bot(settings, kb, clock, channel):
    made = CyberBot(settings, clock=clock, messenger=channel, zones=Zones(), kb=kb)
    made.api("reminders").acks.sender.per_second = 200.0
    yield made
    made.close()


def tick(bot):
    """A scheduler tick, then the paced DMs it queued."""
    bot.scheduler.tick()
    assert bot.api("reminders").acks.sender.wait_idle(5)


def say(bot, text, user="U1"):
    return bot.handle("/cyber " + text, Request(user_id=user, channel_id="C1", surface="slash"))


def done(bot, reminder_id, user):
    return bot.handle_action("reminder_done", str(reminder_id), Request(user, "C100", "action"))


def deliver(bot, clock, minutes=10):
    clock.advance(minutes=minutes)
    bot.scheduler.tick()


def settle(bot, clock):
    updater = bot.api("reminders").acks.updater
    for _ in range(5):   # a redraw begun before the clock moved leaves later clicks a second behind
        clock.advance(seconds=2)
        if updater.wait_idle(2):
            return
    raise AssertionError("the reminder message was never brought up to date")


def test_each_person_clicks_done_and_the_message_shows_who(bot, clock, channel):
    reminder_id = say(bot, "remind #general in 10 minutes file the stocktake return").data["reminder_ids"][0]
    deliver(bot, clock)
    [(target, message)] = [(sent.channel, sent.reply) for sent in channel.posts]
    assert target == "general" and "Click Done when you have" in render_plain(message)
    first = done(bot, reminder_id, "U1")
    assert "marked done for you" in first.ephemeral.text and "1 of 3 done" in first.ephemeral.text
    assert first.replace_original is None                # one person's Done is not everyone's
    again = done(bot, reminder_id, "U1")
    assert "already marked this done (1 of 3 done)" in again.ephemeral.text
    done(bot, reminder_id, "U2")
    settle(bot, clock)
    shown = render_plain(channel.updates[-1].reply)
    assert "2 of 3 done: @U1, @U2" in shown and "[Done]" in shown


def test_until_done_nudges_only_who_has_not_clicked_at_most_three_times(bot, clock, channel):
    made = say(bot, "remind #general until done in 10 minutes file the stocktake return")
    assert made.data["until_done"] == DEFAULT_RENUDGES
    assert "at most 3 times" in render_plain(made)
    reminder_id = made.data["reminder_ids"][0]
    deliver(bot, clock)
    posted = render_plain(channel.posts[0].reply)
    assert "I'll DM whoever hasn't clicked Done, once a day, up to 3 times" in posted
    done(bot, reminder_id, "U1")
    done(bot, reminder_id, "U2")
    clock.advance(hours=23)
    tick(bot)
    assert renudged(channel) == []                      # not before a day has passed
    clock.advance(hours=1, minutes=1)
    tick(bot)
    tick(bot)                                            # a second tick sends nothing more
    assert renudged(channel) == ["U3"]
    for _ in range(5):
        clock.advance(hours=24)
        tick(bot)
    assert renudged(channel) == ["U3"] * DEFAULT_RENUDGES
    last = [sent.reply for sent in channel.posts if sent.reply.kind == "reminder_renudge"][-1]
    assert "This is the last nudge" in render_plain(last)


def test_once_everyone_has_clicked_done_nobody_is_nudged(bot, clock, channel):
    reminder_id = say(bot, "remind #general until done in 10 minutes file the return").data["reminder_ids"][0]
    deliver(bot, clock)
    for person in ("U1", "U2", "U3"):
        done(bot, reminder_id, person)
    clock.advance(days=4)
    for _ in range(4):
        tick(bot)
    assert renudged(channel) == []


def test_until_done_on_a_reminder_to_yourself_is_refused_and_nothing_is_stored(bot):
    reply = say(bot, "remind me until done tomorrow 9am file the return")
    assert reply.kind == "error" and "`until done`" in reply.text and "Nothing has been set" in reply.text
    assert bot.storage.query("SELECT COUNT(*) AS n FROM reminders")[0]["n"] == 0


def test_a_personal_reminder_done_still_ends_it_for_the_person(bot, clock, channel):
    reminder_id = say(bot, "remind me in 10 minutes call the SIRO").data["reminder_ids"][0]
    deliver(bot, clock)
    result = bot.handle_action("reminder_done", str(reminder_id), Request("U1", "D1", "action"))
    assert result.replace_original is not None and "Done" in result.replace_original.text


def test_until_done_messages_are_queued_and_paced_and_someone_who_clicks_meanwhile_is_skipped(bot, clock, channel):
    channel.members = ["U1", "U2", "U3", "U4"]
    reminder_id = say(bot, "remind #general until done in 10 minutes file the return").data["reminder_ids"][0]
    deliver(bot, clock)
    sender = bot.api("reminders").acks.sender
    sender.per_second = 2.0                              # one DM now, the next half a second later...
    clock.advance(hours=24, minutes=1)
    bot.scheduler.tick()
    done(bot, reminder_id, "U4")                         # ...and U4, last in line, clicks Done meanwhile
    assert sender.wait_idle(10)
    assert renudged(channel) == ["U1", "U2", "U3"]
