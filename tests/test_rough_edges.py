"""The rough edges a new user found (issue 15, item 5), each told as the story that found it.

Impossible dates, "end of the month", a time gone today, done after snooze, cancelling several
reminders at once, far dates in words, the leader marker and the privacy line on every poll.
The clock is moved by hand; the console's messenger records what the channel would see.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.answers.knowledge import Deadline, Entry, FuzzyDate, KnowledgeBase
from bot.assistant import CyberBot
from bot.core.clock import SettableClock
from bot.core.replies import render_plain
from bot.core.router import Request
from bot.core.times import ImpossibleDate, WhenError, parse_when, relative_day, split_when_what
from handlers.testing.recording import RecordingMessenger

LONDON = "Europe/London"
END_OF_NOVEMBER = datetime(2026, 11, 30, 10, 15, tzinfo=timezone.utc)   # Monday 30 Nov, 10:15 in London


def local(moment):
    return moment.astimezone(ZoneInfo(LONDON)).strftime("%a %Y-%m-%d %H:%M")


# -- times -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, reason", [
    ("31/02 at 10am", "February has 28 days"),
    ("30 february 9am", "February has 28 days"),
    ("february 30th", "February has 28 days"),
    ("31st of April", "April has 30 days"),
    ("29/02/2027", "2027 isn't a leap year"),
    ("31/09", "September has 30 days"),
])
def test_an_impossible_date_is_refused_with_the_reason(typed, reason):
    with pytest.raises(ImpossibleDate) as caught:
        parse_when(typed, END_OF_NOVEMBER, LONDON)
    assert "isn't a real date" in caught.value.message and reason in caught.value.message


def test_the_stocktake_on_31_february_is_refused_not_moved_to_another_day():
    with pytest.raises(WhenError) as caught:
        split_when_what("to submit the stocktake on 31/02 at 10am", END_OF_NOVEMBER, LONDON)
    assert "February has 28 days" in caught.value.message
    assert "Did you mean 28 February, or 1 March?" in caught.value.message


def test_29_february_is_fine_when_a_leap_year_is_coming():
    assert local(parse_when("29 feb", END_OF_NOVEMBER, LONDON).first) == "Tue 2028-02-29 09:00"


@pytest.mark.parametrize("typed, expected", [
    ("end of the month at 5pm", "Mon 2026-11-30 17:00"),
    ("end of next week", "Fri 2026-12-11 09:00"),
    ("end of the week", "Fri 2026-12-04 09:00"),
    ("end of next month", "Thu 2026-12-31 09:00"),
    ("last Friday of the month", "Fri 2026-12-25 09:00"),        # November's (27th) has gone
    ("last day of next month at 4pm", "Thu 2026-12-31 16:00"),
    ("last working day of next month", "Thu 2026-12-31 09:00"),
])
def test_month_and_week_ends_are_understood(typed, expected):
    assert local(parse_when(typed, END_OF_NOVEMBER, LONDON).first) == expected


def test_last_friday_of_the_month_is_this_months_while_it_is_still_ahead():
    early = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    assert local(parse_when("last Friday of the month", early, LONDON).first) == "Fri 2026-11-27 09:00"


def test_end_of_the_month_splits_from_what_to_do():
    early = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    when, what = split_when_what("to send the return by the end of the month", early, LONDON)
    assert local(when.first) == "Mon 2026-11-30 09:00" and what == "send the return"


@pytest.mark.parametrize("typed", ["30 nov", "30 Nov at 9am", "today at 9am"])
def test_a_time_gone_today_asks_about_tomorrow_rather_than_jumping_a_year(typed):
    with pytest.raises(WhenError) as caught:
        parse_when(typed, END_OF_NOVEMBER, LONDON)
    message = caught.value.message
    assert "already passed" in message and "Did you mean tomorrow, Tue 1 Dec 2026 at 09:00 GMT?" in message
    assert "2027" not in message or "30 Nov 2027" in message


def test_a_time_gone_today_inside_a_reminder_is_asked_about_not_read_as_a_shorter_time():
    with pytest.raises(WhenError) as caught:
        split_when_what("to submit the stocktake on 30 nov at 10am", END_OF_NOVEMBER, LONDON)
    assert "Did you mean tomorrow" in caught.value.message


def test_a_bare_time_gone_today_on_the_last_day_of_a_month_means_tomorrow():
    assert local(parse_when("9am", END_OF_NOVEMBER, LONDON).first) == "Tue 2026-12-01 09:00"
    assert local(parse_when("at 9:00", datetime(2026, 1, 31, 10, 0, tzinfo=timezone.utc), LONDON).first) \
        == "Sun 2026-02-01 09:00"


@pytest.mark.parametrize("target, phrase", [
    (date(2026, 11, 30), "today"),
    (date(2026, 12, 1), "tomorrow"),
    (date(2026, 12, 5), "in 5 days"),
    (date(2026, 12, 28), "in 4 weeks"),
    (date(2027, 6, 1), "in 6 months, Jun 2027"),
    (date(2030, 12, 20), "in 4 years, Dec 2030"),
])
def test_far_dates_read_in_words_not_days(target, phrase):
    assert relative_day(target, date(2026, 11, 30)) == phrase


# -- reminders -------------------------------------------------------------------------------------

class Zones:
    def zone_for(self, user_id):
        return LONDON


@pytest.fixture
def clock():
    return SettableClock(datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc))


@pytest.fixture
def bot(settings, kb, clock):
    made = CyberBot(settings, clock=clock, messenger=RecordingMessenger(), zones=Zones(), kb=kb)
    yield made
    made.close()


def say(bot, text, user="U1", channel="C1"):
    return bot.handle("/cyber " + text, Request(user_id=user, channel_id=channel, surface="slash"))


def delivered(bot, user="U1"):
    return [sent.reply for sent in bot.messenger.posts if sent.channel == user]


def test_done_after_snooze_ends_the_reminder_and_the_snoozed_copy_never_fires(bot, clock):
    made = say(bot, "remind in 10 minutes check the firewall change")
    first = made.data["reminder_ids"][0]
    clock.advance(minutes=10)
    bot.scheduler.tick()
    assert len(delivered(bot)) == 1
    snoozed = say(bot, f"reminders snooze {first} 20m")
    assert "Snoozed" in snoozed.text
    done = say(bot, f"reminders done {first}")
    assert "won't fire now" in render_plain(done)
    clock.advance(minutes=30)
    bot.scheduler.tick()
    assert len(delivered(bot)) == 1                       # the snoozed copy stayed quiet
    assert say(bot, "reminders").text.startswith("You have no reminders")


def test_several_reminders_cancel_in_one_go(bot):
    ids = [say(bot, f"remind tomorrow 9am task {n}").data["reminder_ids"][0] for n in range(3)]
    reply = say(bot, f"reminders cancel {ids[0]} {ids[1]}")
    assert reply.kind == "reminder_cancelled"
    assert f"Cancelled reminder {ids[0]}" in reply.text and f"Cancelled reminder {ids[1]}" in reply.text
    [left] = bot.api("reminders").store.active_for("U1")
    assert left.id == ids[2]


def test_cancelling_a_mix_of_mine_and_unknown_ids_says_which_were_not_found(bot):
    mine = say(bot, "remind tomorrow 9am task").data["reminder_ids"][0]
    reply = say(bot, f"reminders cancel {mine}, 999 and 998")
    assert f"Cancelled reminder {mine}" in reply.text
    assert "no active reminder with ids 999, 998" in reply.text


def test_somebody_elses_reminder_is_not_cancelled_by_listing_it(bot):
    theirs = say(bot, "remind tomorrow 9am their task", user="U2").data["reminder_ids"][0]
    reply = say(bot, f"reminders cancel {theirs}", user="U1")
    assert reply.kind == "error"
    assert len(bot.api("reminders").store.active_for("U2")) == 1


def test_a_reply_that_set_two_reminders_names_both_to_cancel(settings, clock):
    entry = Entry(id="stocktake-2026", title="Cyber security stocktake return", topic="deadlines", answer="",
                  sources=(), deadline=Deadline(FuzzyDate.parse("2026-12-18"), "Submit the stocktake return"))
    bot = CyberBot(settings, clock=clock, messenger=RecordingMessenger(), zones=Zones(),
                   kb=KnowledgeBase(entries=[entry], topics={}))
    try:
        reply = say(bot, "remind me about stocktake")
        first, second = reply.data["reminder_ids"]
        assert f"/cyber reminders cancel {first} {second}` (both)" in render_plain(reply)
    finally:
        bot.close()


def test_a_reminder_over_six_months_ahead_says_how_far_in_words(bot):
    reply = say(bot, "remind me to renew the certificate on 1 September at 10am")
    assert "Wed 1 Sep 2027 at 10:00 BST (in 9 months, Sep 2027)" in reply.text


# -- polls -----------------------------------------------------------------------------------------

def test_the_leading_option_is_marked_in_words_not_with_a_tick(bot):
    reply = say(bot, 'poll "Going to the summit?" "Yes" "No"')
    poll_id = reply.data["poll_id"]
    bot.handle_action("poll_vote_0", f"{poll_id}:0", Request("U2", "C1", "action"))
    shown = render_plain(say(bot, f"poll results {poll_id}"))
    assert "Yes  \u2014 leading" in shown.replace("_", "") and "\u2705" not in shown
    say(bot, f"poll close {poll_id}")
    final = render_plain(say(bot, f"poll results {poll_id}")).replace("_", "")
    assert "Yes  \u2014 most votes" in final


def test_a_pulse_is_anonymous_unless_asked_to_be_named(bot):
    pulse = say(bot, 'poll pulse "How confident are you in your backups?"')
    poll = bot.api("polls").store.get(pulse.data["poll_id"])
    assert poll.anonymous
    named = say(bot, 'poll pulse "How confident are you in your backups?" named')
    assert not bot.api("polls").store.get(named.data["poll_id"]).anonymous


@pytest.mark.parametrize("flags, says", [
    ("", "Votes are named: everyone can see who chose what."),
    ("anonymous", "Votes are anonymous: nobody, the poll's creator included, can see who chose what."),
    ("hidden", "Results are hidden until the poll closes."),
])
def test_every_poll_message_says_plainly_who_can_see_what(bot, flags, says):
    say(bot, f'poll "Going to the summit?" "Yes" "No" {flags}')
    message = bot.messenger.posts[-1].reply
    assert says in render_plain(message)


def test_named_and_anonymous_together_is_refused(bot):
    reply = say(bot, 'poll "Q?" "A" "B" anonymous named')
    assert reply.kind == "error" and "either `anonymous` or `named`" in reply.text
