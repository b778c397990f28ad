"""Reminders, told as the stories of the people who set them. The clock is moved by hand."""

from __future__ import annotations

import io
import threading
from datetime import datetime, timedelta, timezone

import pytest

from bot import console
from bot.assistant import CyberBot
from bot.core.clock import SettableClock
from bot.core.router import Request
from bot.core.messenger import ConsoleMessenger
from bot.answers.knowledge import Deadline, Entry, FuzzyDate, KnowledgeBase
from bot.reminders.model import EVENT_TYPE, MAX_ACTIVE_PER_PERSON
from bot.core.replies import Buttons, Text, render_plain
from handlers.testing.recording import RecordingMessenger

START = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)   # Tuesday, 09:00 in London (GMT)


class ProcessDied(BaseException):
    """Stands for kill -9: nothing after it runs, not even our exception handlers."""


class Zones:
    def __init__(self, zones=None):
        self.zones = zones or {}

    def zone_for(self, user_id):
        return self.zones.get(user_id, "Europe/London")


@pytest.fixture
def clock():
    return SettableClock(START)


@pytest.fixture
def messenger():
    """Slack as far as reminders can tell: #general (C100), which the bot is in, and #secret (C200)."""
    return RecordingMessenger(channels={"general": "C100", "secret": "C200"}, member_of={"C100"})


@pytest.fixture
def zones():
    return Zones()





def feature(bot):
    return bot.api("reminders")


def say(bot, text, user="U1", channel="C1"):
    return bot.handle("/cyber " + text, Request(user_id=user, channel_id=channel, surface="slash"))


def plain(reply):
    return render_plain(reply)


def active(bot, user="U1"):
    return feature(bot).store.active_for(user)


# -- setting a reminder ------------------------------------------------------------------------------

def test_a_reminder_is_restated_in_the_persons_zone_then_posted_once_when_due(bot, clock, messenger):
    reply = say(bot, "remind tomorrow 9am submit the stocktake")
    assert plain(reply).startswith("I'll remind you on Wed 25 Nov 2026 at 09:00 GMT: submit the stocktake (id 1)")

    bot.scheduler.tick()
    clock.set(datetime(2026, 11, 25, 8, 59, 59, tzinfo=timezone.utc))
    bot.scheduler.tick()
    assert messenger.posts == []

    clock.set(datetime(2026, 11, 25, 9, 0, 5, tzinfo=timezone.utc))
    bot.scheduler.tick()
    bot.scheduler.tick()
    assert len(messenger.posts) == 1
    [sent] = messenger.posts
    channel, delivered, metadata = sent.channel, sent.reply, sent.metadata
    assert channel == "U1"
    assert "submit the stocktake" in plain(delivered)
    assert metadata == {"event_type": EVENT_TYPE, "event_payload": {"key": "1:2026-11-25T09:00:00Z"}}
    assert "late" not in plain(delivered).lower()
    [delivery] = feature(bot).store.deliveries(1)
    assert delivery["state"] == "posted" and delivery["posted_ts"]


def test_a_delivered_reminder_has_done_snooze_and_tomorrow_buttons(bot, clock, messenger):
    say(bot, "remind in 5 minutes stretch")
    clock.advance(minutes=5)
    bot.scheduler.tick()
    [delivered] = [sent.reply for sent in messenger.posts]
    [buttons] = [b for b in delivered.blocks if isinstance(b, Buttons)]
    assert [b.label for b in buttons.buttons] == ["Done", "Snooze 20 min", "Snooze 1 hour", "Tomorrow 9am"]


def test_slacks_own_remind_me_to_habit_works(bot):
    reply = say(bot, "remind me to submit the stocktake on 1 December at 10am")
    assert plain(reply).startswith("I'll remind you on Tue 1 Dec 2026 at 10:00 GMT: submit the stocktake (id 1)")


def test_the_reply_uses_the_persons_own_time_zone(bot, zones):
    zones.zones["U9"] = "America/New_York"
    reply = say(bot, "remind tomorrow 9am call the supplier", user="U9")
    assert "Wed 25 Nov 2026 at 09:00 EST" in plain(reply)
    assert active(bot, "U9")[0].next_at == datetime(2026, 11, 25, 14, 0, tzinfo=timezone.utc)


def test_a_recurring_reminder_says_how_often_and_when_it_starts(bot):
    reply = say(bot, "remind every Monday at 9am check the backups")
    assert plain(reply).startswith(
        "I'll remind you every Monday at 09:00, starting Mon 30 Nov 2026 at 09:00 GMT: check the backups (id 1)")


def test_a_weekly_reminder_keeps_to_9am_london_time_when_the_clocks_go_forward(bot, clock, messenger):
    clock.set(datetime(2027, 3, 19, 12, tzinfo=timezone.utc))  # the clocks go forward on Sun 28 Mar 2027
    say(bot, "remind every Monday at 9am check the backups")
    for utc in (datetime(2027, 3, 22, 9, 0, tzinfo=timezone.utc), datetime(2027, 3, 29, 8, 0, tzinfo=timezone.utc),
                datetime(2027, 4, 5, 8, 0, tzinfo=timezone.utc)):
        clock.set(utc - timedelta(seconds=1))
        bot.scheduler.tick()
        posted = len(messenger.posts)
        clock.set(utc)
        bot.scheduler.tick()
        assert len(messenger.posts) == posted + 1, f"nothing posted at {utc}"
    assert messenger.keys() == ["1:2027-03-22T09:00:00Z", "1:2027-03-29T08:00:00Z", "1:2027-04-05T08:00:00Z"]


# -- channels --------------------------------------------------------------------------------------------

def test_a_channel_reminder_from_slacks_escaped_channel_goes_to_that_channel(bot, clock, messenger):
    reply = say(bot, "remind <#C100|general> in 10 minutes stand-up")
    assert "I'll remind <#C100|general> on Tue 24 Nov 2026 at 09:10 GMT: stand-up" in reply.text
    clock.advance(minutes=10)
    bot.scheduler.tick()
    [sent] = messenger.posts
    channel, delivered = sent.channel, sent.reply
    assert channel == "C100"
    assert "Set by <@U1>" in str(delivered.blocks)


def test_a_plain_channel_name_is_resolved(bot):
    say(bot, "remind #general tomorrow 9am patching day")
    [reminder] = active(bot)
    assert reminder.target == "C100" and reminder.to_channel


def test_a_channel_the_bot_is_not_in_is_refused_kindly_and_nothing_is_stored(bot):
    reply = say(bot, "remind #secret tomorrow 9am patching day")
    assert reply.kind == "error"
    assert "not a member" in reply.text and "/invite" in reply.text
    assert active(bot) == []


def test_an_unknown_channel_is_refused_kindly(bot):
    reply = say(bot, "remind #nowhere tomorrow 9am patching day")
    assert "couldn't find a channel called #nowhere" in reply.text
    assert active(bot) == []


def test_another_persons_name_is_refused(bot):
    reply = say(bot, "remind <@U2> tomorrow 9am do the thing")
    assert reply.kind == "error" and "only set reminders for you or for a channel" in reply.text
    assert active(bot, "U2") == [] and active(bot) == []


# -- bad input --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, says", [
    ("remind whenever submit the stocktake", "couldn't find a time"),
    ("remind yesterday at 9am submit the stocktake", "already passed"),
    ("remind tomorrow 9am", "what should I remind you about"),
    ("remind me to", "Tell me when and what"),
    ("remind every blue moon water the plants", "couldn't find a time"),
])
def test_bad_input_gets_a_kind_message_and_stores_nothing(bot, text, says):
    reply = say(bot, text)
    assert says in plain(reply)
    assert active(bot) == []


def test_a_very_long_reminder_is_refused_and_nothing_is_stored(bot):
    reply = say(bot, "remind tomorrow 9am " + "x" * 3970)
    assert reply.kind == "error" and "characters long" in reply.text
    assert active(bot) == []


def test_the_101st_active_reminder_is_refused(bot):
    for i in range(MAX_ACTIVE_PER_PERSON):
        assert say(bot, f"remind tomorrow 9am task {i}").kind == "reminder_set"
    reply = say(bot, "remind tomorrow 9am one too many")
    assert reply.kind == "error" and "100" in reply.text and "cancel" in reply.text
    assert len(active(bot)) == MAX_ACTIVE_PER_PERSON
    assert say(bot, "remind tomorrow 9am someone else's", user="U2").kind == "reminder_set"


def test_a_ping_typed_into_a_reminder_never_pings_the_channel(bot, clock, messenger):
    say(bot, "remind #general in 1 minute <!channel> @here read this")
    clock.advance(minutes=1)
    bot.scheduler.tick()
    [delivered] = [sent.reply for sent in messenger.posts]
    texts = " ".join(b.mrkdwn for b in delivered.blocks if isinstance(b, Text)) + delivered.text
    assert "<!channel>" not in texts and "@here" not in texts


# -- listing and cancelling ----------------------------------------------------------------------------------

def test_people_see_and_cancel_only_their_own_reminders(bot):
    say(bot, "remind tomorrow 9am U1 personal task")
    say(bot, "remind #general every Monday at 9am U1 channel task")
    say(bot, "remind tomorrow 10am U2 private task", user="U2")

    mine = plain(say(bot, "reminders"))
    assert "U1 personal task" in mine and "U1 channel task" in mine and "repeats every Monday at 09:00" in mine
    assert "U2 private task" not in mine
    theirs = plain(say(bot, "reminders", user="U2"))
    assert "U2 private task" in theirs and "U1" not in theirs

    refused = say(bot, "reminders cancel 1", user="U2")
    assert refused.kind == "error" and "no active reminder with id 1" in refused.text
    assert [r.id for r in active(bot)] == [1, 2]

    assert say(bot, "reminders cancel 1").kind == "reminder_cancelled"
    assert [r.id for r in active(bot)] == [2]


def test_a_cancelled_reminder_is_never_posted(bot, clock, messenger):
    say(bot, "remind in 5 minutes never mind")
    say(bot, "reminders cancel 1")
    clock.advance(minutes=10)
    bot.scheduler.tick()
    assert messenger.posts == []


def test_an_empty_list_says_how_to_set_one(bot):
    assert "You have no reminders" in plain(say(bot, "reminders"))


def test_a_cancel_without_an_id_says_what_to_type(bot):
    assert "/cyber reminders cancel 12" in plain(say(bot, "reminders cancel the lot"))


# -- exactly once ---------------------------------------------------------------------------------------------

def test_two_schedulers_on_the_same_database_post_each_reminder_once(make_bot, clock, messenger):
    first, second = make_bot(), make_bot()
    for i in range(300):
        say(first, f"remind in {1 + i % 3} minutes task {i}", user=f"U{i % 50}")
    clock.advance(minutes=4)
    barrier = threading.Barrier(2)

    def loop(bot):
        barrier.wait()
        for _ in range(5):
            bot.scheduler.tick()

    threads = [threading.Thread(target=loop, args=(b,)) for b in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    keys = messenger.keys()
    assert len(keys) == 300 and len(set(keys)) == 300


def test_a_post_that_fails_after_reaching_slack_is_not_sent_twice(bot, clock, messenger):
    say(bot, "remind in 1 minute submit the stocktake")
    messenger.lose_answers(1)
    clock.advance(minutes=1)
    bot.scheduler.tick()
    assert len(messenger.posts) == 1
    assert feature(bot).store.deliveries(1)[0]["state"] == "pending"

    clock.advance(minutes=5)
    bot.scheduler.tick()
    assert len(messenger.posts) == 1
    assert feature(bot).store.deliveries(1)[0]["state"] == "posted"


def test_a_crash_between_posting_and_recording_does_not_duplicate_after_restart(make_bot, clock, messenger):
    crashed = make_bot()
    for i in range(3):
        say(crashed, f"remind in 1 minute task {i}")
    messenger.crash_after_posting(ProcessDied())
    clock.advance(minutes=1)
    feature(crashed).delivery.workers = 1
    with pytest.raises(ProcessDied):
        feature(crashed).delivery(clock.now())
    assert len(messenger.posts) == 1

    restarted = make_bot()
    restarted.scheduler.tick()   # the dead loop's lease has not run out yet: nothing is taken over
    assert len(messenger.posts) == 1
    clock.advance(minutes=2)
    restarted.scheduler.tick()
    assert sorted(messenger.keys()) == sorted({f"{i}:2026-11-24T09:01:00Z" for i in (1, 2, 3)})
    assert {d["state"] for d in feature(restarted).store.deliveries()} == {"posted"}


def test_a_post_that_keeps_failing_stays_pending_and_is_retried_without_loss(bot, clock, messenger, caplog):
    say(bot, "remind in 1 minute submit the stocktake")
    messenger.refuse_posts(3, "ratelimited")
    clock.advance(minutes=1)
    for _ in range(6):
        bot.scheduler.tick()
        clock.advance(seconds=30)
    assert len(messenger.posts) == 1
    assert "could not post reminder 1" in caplog.text
    [delivery] = feature(bot).store.deliveries(1)
    assert delivery["state"] == "posted" and delivery["attempts"] == 4


# -- late and recurring -------------------------------------------------------------------------------------------

def test_a_reminder_missed_while_the_bot_was_down_is_posted_on_start_marked_late(make_bot, clock, messenger):
    first = make_bot()
    say(first, "remind tomorrow 9am submit the stocktake")
    first.close()
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc))
    make_bot().scheduler.tick()
    [delivered] = [sent.reply for sent in messenger.posts]
    assert delivered.data["late"] is True
    assert "Sorry, this is late: it was due Wed 25 Nov 2026 at 09:00 GMT" in plain(delivered)


def test_a_daily_reminder_missed_for_days_posts_once_late_then_carries_on(bot, clock, messenger):
    say(bot, "remind every day at 9am check the SOC queue")
    clock.set(datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc))
    bot.scheduler.tick()
    assert len(messenger.posts) == 1 and messenger.posts[0].reply.data["late"]
    assert active(bot)[0].next_at == datetime(2026, 11, 29, 9, 0, tzinfo=timezone.utc)
    clock.set(datetime(2026, 11, 29, 9, 0, tzinfo=timezone.utc))
    bot.scheduler.tick()
    assert len(messenger.posts) == 2 and not messenger.posts[1].reply.data["late"]


# -- buttons ----------------------------------------------------------------------------------------------------

def click(bot, action_id, value, user="U1", channel="D1"):
    return bot.handle_action(action_id, value, Request(user_id=user, channel_id=channel, surface="action"))


def test_snooze_20_minutes_brings_the_reminder_back_once(bot, clock, messenger):
    say(bot, "remind in 1 minute submit the stocktake")
    clock.advance(minutes=1)
    bot.scheduler.tick()
    result = click(bot, "reminder_snooze_20", "1")
    assert "Snoozed: I'll remind you again on Tue 24 Nov 2026 at 09:21 GMT" in result.replace_original.text
    clock.advance(minutes=20)
    bot.scheduler.tick()
    bot.scheduler.tick()
    assert [sent.channel for sent in messenger.posts] == ["U1", "U1"]
    assert "submit the stocktake" in plain(messenger.posts[1].reply)


def test_tomorrow_9am_is_9am_in_the_clickers_zone(bot):
    say(bot, "remind in 1 minute call back")
    result = click(bot, "reminder_tomorrow", "1")
    assert "Wed 25 Nov 2026 at 09:00 GMT" in result.replace_original.text


def test_done_marks_the_message_done(bot):
    say(bot, "remind in 1 minute call back")
    result = click(bot, "reminder_done", "1")
    assert "Done" in result.replace_original.text


def test_nobody_can_snooze_someone_elses_personal_reminder(bot):
    say(bot, "remind in 1 minute private thing")
    result = click(bot, "reminder_snooze_60", "1", user="U2")
    assert result.ephemeral.kind == "error"
    assert active(bot, "U2") == []


def test_snoozing_a_channel_reminder_reminds_only_the_person_who_clicked(bot):
    say(bot, "remind #general in 1 minute stand-up")
    result = click(bot, "reminder_snooze_60", "1", user="U7", channel="C100")
    assert result.ephemeral is not None and result.replace_original is None
    [snoozed] = active(bot, "U7")
    assert snoozed.target == "U7" and snoozed.what == "stand-up"


# -- deadlines from the knowledge base --------------------------------------------------------------------------

def deadline_kb(*entries):
    made = [Entry(id=i, title=t, topic="deadlines", answer="", sources=(),
                  deadline=Deadline(FuzzyDate.parse(d), w)) for i, t, d, w in entries]
    return KnowledgeBase(entries=made, topics={})


@pytest.fixture
def deadlines():
    return deadline_kb(
        ("stocktake-2026", "Cyber security stocktake return", "2026-12-18", "Submit the stocktake return"),
        ("stocktake-2018", "Cyber security stocktake (2018)", "2018-09", "Respond to the 2018 stocktake"),
        ("summit-2027", "Local Cyber Summit registration", "2027-02-05", "Register for the summit"),
    )


def test_remind_me_about_a_deadline_sets_reminders_a_week_and_a_day_before(make_bot, deadlines):
    bot = make_bot(kb=deadlines)
    reply = say(bot, "remind me about stocktake")
    text = plain(reply)
    assert "Cyber security stocktake return" in text and "due 18 December 2026" in text
    assert "Fri 11 Dec 2026 at 09:00 GMT (a week before)" in text
    assert "Thu 17 Dec 2026 at 09:00 GMT (a day before)" in text
    assert [r.source for r in active(bot)] == ["deadline:stocktake-2026"] * 2


def test_a_lead_time_overrides_the_defaults(make_bot, deadlines):
    bot = make_bot(kb=deadlines)
    text = plain(say(bot, "remind me about the summit 3 days before"))
    assert "Tue 2 Feb 2027 at 09:00 GMT (3 days before)" in text
    assert len(active(bot)) == 1


def test_a_deadline_already_past_says_so_and_sets_nothing(make_bot, clock):
    bot = make_bot(kb=deadline_kb(("old", "Cyber security stocktake (2018)", "2018-09", "Respond")))
    reply = say(bot, "remind me about stocktake")
    assert reply.kind == "error" and "already passed" in reply.text
    assert active(bot) == []


def test_an_unknown_deadline_lists_the_ones_known(make_bot, deadlines):
    bot = make_bot(kb=deadlines)
    text = plain(say(bot, "remind me about pension reform"))
    assert "I don't know of a deadline called" in text and "Local Cyber Summit registration" in text
    assert active(bot) == []


# -- the console --------------------------------------------------------------------------------------------------

def test_reminders_fire_in_the_console_from_the_same_scheduler(settings, kb, clock):
    out = io.StringIO()
    bot = CyberBot(settings, clock=clock, messenger=ConsoleMessenger(out), kb=kb)
    try:
        console.run(bot, stdin=io.StringIO("/cyber remind in 2 minutes stretch your legs\n"), stdout=out)
        assert "I'll remind you on Tue 24 Nov 2026 at 09:02 GMT: stretch your legs" in out.getvalue()
        clock.advance(minutes=2)
        bot.scheduler.tick()
        assert "[to you]" in out.getvalue() and "Reminder: stretch your legs" in out.getvalue()
    finally:
        bot.close()


def test_in_the_console_done_and_snooze_are_typed_instead_of_clicked(tmp_path, clock):
    from bot.assistant import CyberBot
    from bot.core.router import Request as Ctx
    from bot.core.config import Settings
    from bot.core.messenger import ConsoleMessenger
    from bot.core.replies import render_plain
    import io

    out = io.StringIO()
    from handlers.testing.process import KNOWLEDGE

    settings = Settings.from_env({"CYBERBOT_DB": str(tmp_path / "c.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE)})
    bot = CyberBot(settings, clock=clock, messenger=ConsoleMessenger(out))
    try:
        me = Ctx(user_id="console", channel_id="console-channel", surface="console")
        set_reply = bot.handle("/cyber remind in 2 minutes check the DMARC report", me)
        reminder_id = set_reply.data["reminder_ids"][0]
        clock.advance(minutes=3)
        bot.scheduler.tick()
        assert f"/cyber reminders snooze {reminder_id} 20m" in out.getvalue()
        snoozed = render_plain(bot.handle(f"/cyber reminders snooze {reminder_id} 20m", me))
        assert "Snoozed" in snoozed and "check the DMARC report" in snoozed
        done = render_plain(bot.handle(f"/cyber reminders done {reminder_id}", me))
        assert "Done" in done
        assert bot.handle("/cyber reminders snooze 99999 20m", me).kind == "error"
        assert bot.handle("/cyber reminders snooze x", me).kind == "error"
    finally:
        bot.close()
