"""Recurring polls on the council's teleconference rhythm, told with a clock moved by hand.

The recording messenger is the channel: it keeps every post, and finds a post by its metadata
key the way Slack's history does, so the restart stories can check "posted exactly once".
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.core.clock import SettableClock
from bot.core.replies import render_plain
from bot.core.router import Request
from handlers.testing.recording import RecordingMessenger

LONDON = ZoneInfo("Europe/London")
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
PULSE = 'poll pulse "How confident are you in your backups?" every 2 weeks on Thursday at 10:00'



def polls(channel) -> list:
    """Every poll posted: (the message, its metadata)."""
    return [(sent.reply, sent.metadata) for sent in channel.posts if sent.reply.kind == "poll"]


@pytest.fixture
def clock():
    return SettableClock(MONDAY)


@pytest.fixture
def channel():
    return RecordingMessenger()


@pytest.fixture
def messenger(channel):
    return channel


def say(bot, text, user="U1"):
    return bot.handle("/cyber " + text, Request(user_id=user, channel_id="C1", surface="slash"))


def vote(bot, poll_id, index, user):
    return bot.handle_action(f"poll_vote_{index}", f"{poll_id}:{index}", Request(user, "C1", "action"))


def series_of(bot, series_id):
    return bot.api("polls").series.get(series_id)


def run_to_next(bot, clock, series_id):
    clock.set(series_of(bot, series_id).next_at)
    bot.scheduler.tick()


def test_a_fortnightly_pulse_posts_three_polls_each_with_its_own_id_and_the_series_shows_the_trend(bot, clock,
                                                                                                    channel):
    made = say(bot, PULSE)
    assert made.kind == "poll_series_created", made.text
    assert "Thu 3 Dec 2026 at 10:00 GMT" in made.text and "Votes are anonymous" in made.text
    series_id = made.data["series_id"]
    assert polls(channel) == []                           # nothing goes up before its time
    scores = [(2, 3, 3), (3, 4, 4), (4, 5, 5)]             # people score 1 to 5; option index is score - 1
    poll_ids = []
    for round_scores in scores:
        run_to_next(bot, clock, series_id)
        reply, meta = polls(channel)[-1]
        poll_id = reply.data["poll_id"]
        poll_ids.append(poll_id)
        assert meta["event_payload"]["key"] == f"poll-{poll_id}"      # each occurrence is found again by its key
        for n, score in enumerate(round_scores):
            vote(bot, poll_id, score - 1, f"U{n}")
    assert len(set(poll_ids)) == 3
    local_times = [bot.api("polls").store.get(p).created_at.astimezone(LONDON) for p in poll_ids]
    assert [t.strftime("%a %d %b %H:%M") for t in local_times] == ["Thu 03 Dec 10:00", "Thu 17 Dec 10:00",
                                                                   "Thu 31 Dec 10:00"]
    # each closed just before the next went up, and its results were announced
    store = bot.api("polls").store
    assert [store.get(p).status for p in poll_ids] == ["closed", "closed", "open"]
    listing = say(bot, f"poll series {series_id}")
    text = render_plain(listing)
    assert "mean 2.7 from 3 responses" in text and "mean 3.7" in text and "mean 4.7" in text
    assert "Trend (mean, 1 to 5): 2.7 \u2192 3.7 \u2192 4.7 \u00b7 up 2.0 since 3 Dec" in text
    assert listing.data["poll_ids"] == poll_ids


def test_the_rhythm_keeps_to_10_00_local_time_across_the_clock_change(bot, clock, channel):
    clock.set(datetime(2027, 3, 15, 9, 0, tzinfo=timezone.utc))    # two weeks before British Summer Time
    made = say(bot, 'poll "Join the call?" "Yes" "No" every week on Thursday at 10:00')
    series_id = made.data["series_id"]
    seen = []
    for _ in range(4):
        run_to_next(bot, clock, series_id)
        seen.append(clock.now().astimezone(LONDON).strftime("%d %b %H:%M %Z"))
    assert seen == ["18 Mar 10:00 GMT", "25 Mar 10:00 GMT", "01 Apr 10:00 BST", "08 Apr 10:00 BST"]
    assert len(polls(channel)) == 4


def test_an_end_date_finishes_the_series(bot, clock, channel):
    made = say(bot, 'poll "Join the call?" "Yes" "No" every week on Thursday at 10:00 until 10 December')
    series_id = made.data["series_id"]
    run_to_next(bot, clock, series_id)
    run_to_next(bot, clock, series_id)
    assert series_of(bot, series_id).status == "finished"
    clock.advance(days=30)
    bot.scheduler.tick()
    assert len(polls(channel)) == 2


def test_a_closes_offset_closes_each_poll_that_long_after_it_opens(bot, clock):
    made = say(bot, 'poll "Join the call?" "Yes" "No" every week on Thursday at 10:00 closes in 2 days')
    assert "Each stays open for 2 days" in made.text
    run_to_next(bot, clock, made.data["series_id"])
    [poll_id] = bot.api("polls").series.poll_ids(made.data["series_id"])
    poll = bot.api("polls").store.get(poll_id)
    assert poll.closes_at - poll.created_at == timedelta(days=2)


def test_two_bots_on_one_database_post_each_occurrence_once(make_bot, clock, channel):
    first, second = make_bot(), make_bot()
    series_id = say(first, PULSE).data["series_id"]
    clock.set(series_of(first, series_id).next_at)
    first.scheduler.tick()
    second.scheduler.tick()
    assert len(polls(channel)) == 1


def test_a_post_that_reached_slack_before_a_crash_is_not_posted_again_after_restart(make_bot, clock, channel):
    bot = make_bot()
    series_id = say(bot, PULSE).data["series_id"]
    channel.lose_answers(1)
    run_to_next(bot, clock, series_id)
    assert len(polls(channel)) == 1                        # it reached the channel, but we never heard back
    [poll_id] = bot.api("polls").series.poll_ids(series_id)
    assert bot.api("polls").store.get(poll_id).message_ts is None
    bot.close()
    clock.advance(minutes=3)                                # past the claim's lease
    restarted = make_bot()
    restarted.scheduler.tick()
    assert len(polls(channel)) == 1                        # found by its key, not posted twice
    assert restarted.api("polls").store.get(poll_id).message_ts is not None


def test_occurrences_missed_while_the_bot_was_down_are_skipped_not_posted_in_a_heap(bot, clock, channel):
    series_id = say(bot, 'poll "Join the call?" "Yes" "No" every week on Thursday at 10:00').data["series_id"]
    clock.set(datetime(2026, 12, 24, 11, 0, tzinfo=timezone.utc))   # three Thursdays went by unseen
    bot.scheduler.tick()
    assert len(polls(channel)) == 1
    assert bot.api("polls").store.get(polls(channel)[0][0].data["poll_id"]).created_at.astimezone(LONDON).day == 24
    assert series_of(bot, series_id).next_at.astimezone(LONDON).day == 31


def test_only_the_creator_can_stop_a_series_and_then_no_more_polls_go_up(bot, clock, channel):
    series_id = say(bot, PULSE).data["series_id"]
    run_to_next(bot, clock, series_id)
    refused = say(bot, f"poll stop {series_id}", user="U2")
    assert refused.kind == "error" and "Only the person who set up" in refused.text
    stopped = say(bot, f"poll stop {series_id}")
    assert "Stopped series" in stopped.text and "already up" in stopped.text
    clock.advance(days=60)
    bot.scheduler.tick()
    assert len(polls(channel)) == 1
    assert "already ended" in say(bot, f"poll stop {series_id}").text


@pytest.mark.parametrize("typed, says", [
    ("every 0 weeks", "the number has to be 1 or more"),
    ("every day", "would post 365 polls a year, with no end"),
    ("every weekday at 9am", "polls a year, with no end"),
    ("every 5 minutes", "every day at most"),
    ("every blue moon", "how often"),
    ("every week closes in 8 days", "longer (8 days) than the gap before the next one (7 days)"),
    ("every week closes friday 5pm", "how long each poll stays open"),
    ("every week until 1 January 2026", "has already passed"),
    ("every week until tomorrow", "before its first poll"),
    ("until 31 March", "goes with `every`"),
])
def test_a_rhythm_that_cannot_work_is_refused_and_nothing_is_stored(bot, typed, says):
    reply = say(bot, f'poll "Join the call?" "Yes" "No" {typed}')
    assert reply.kind == "error" and says in reply.text, reply.text
    assert bot.storage.query("SELECT COUNT(*) AS n FROM poll_series")[0]["n"] == 0
    assert bot.storage.query("SELECT COUNT(*) AS n FROM polls")[0]["n"] == 0


def test_a_daily_poll_with_an_end_date_is_fine(bot):
    reply = say(bot, 'poll "Join the call?" "Yes" "No" every day at 9am until 18 December')
    assert reply.kind == "poll_series_created"


def test_a_series_number_that_does_not_exist_is_explained(bot):
    assert "can't find a recurring poll series 42" in say(bot, "poll series 42").text


@pytest.mark.slow
def test_a_series_exports_as_one_csv_for_the_minutes(bot, clock, settings, cli_env):
    import subprocess
    import sys

    series_id = say(bot, 'poll "Join the call?" "Yes" "No" every week on Thursday at 10:00').data["series_id"]
    for voters in (("U1", "U2"), ("U1",)):
        run_to_next(bot, clock, series_id)
        poll_id = bot.api("polls").series.poll_ids(series_id)[-1]
        for user in voters:
            vote(bot, poll_id, 0, user)
    result = subprocess.run([sys.executable, "-m", "bot", "polls", "export", "--series", str(series_id)],
                            capture_output=True, text=True, env=cli_env | {"CYBERBOT_DB": str(settings.db_path)},
                            timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(",voters,series_id")
    assert len(lines) == 1 + 2 * 2
    assert lines[1].endswith(f",1,Yes,2,100,U1 U2,{series_id}")
    assert lines[3].endswith(f",1,Yes,1,100,U1,{series_id}")
    missing = subprocess.run([sys.executable, "-m", "bot", "polls", "export", "--series", "99"], capture_output=True,
                             text=True, env=cli_env | {"CYBERBOT_DB": str(settings.db_path)}, timeout=60)
    assert missing.returncode == 1 and "no recurring poll series 99" in missing.stderr
