"""Reading plain-English times the way a UK council officer writes them."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.core.times import WhenError, format_moment, parse_when, split_when_what

LONDON = "Europe/London"
# Thursday 24 July 2025, 15:30 in London (BST)
NOW = datetime(2025, 7, 24, 14, 30, tzinfo=timezone.utc)


def local(when, zone=LONDON):
    return when.astimezone(ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M")


@pytest.mark.parametrize("text, expected", [
    ("tomorrow 9am", "Fri 2025-07-25 09:00"),
    ("in 2 hours", "Thu 2025-07-24 17:30"),
    ("31 July at 10:00", "Thu 2025-07-31 10:00"),
    ("on 31 July at 10am", "Thu 2025-07-31 10:00"),
    ("next Friday", "Fri 2025-07-25 09:00"),
    ("friday at 3pm", "Fri 2025-07-25 15:00"),
    ("04/08", "Mon 2025-08-04 09:00"),
    ("04/08 at 14:15", "Mon 2025-08-04 14:15"),
    ("3 august at 9", "Sun 2025-08-03 09:00"),
    ("tomorrow", "Fri 2025-07-25 09:00"),
    ("9am", "Fri 2025-07-25 09:00"),
    ("in 3 days", "Sun 2025-07-27 15:30"),
    ("31/12/2026 17:00", "Thu 2026-12-31 17:00"),
])
def test_one_off_times_are_read_as_a_british_person_means_them(text, expected):
    when = parse_when(text, NOW, LONDON)
    assert when.rule is None
    assert when.first.tzinfo is not None
    assert local(when.first) == expected


def test_in_90_seconds_is_ninety_seconds_from_now():
    assert (parse_when("in 90 seconds", NOW, LONDON).first - NOW).total_seconds() == 90


def test_in_two_hours_is_two_hours_of_elapsed_time_on_the_night_the_clocks_go_back():
    one_thirty_bst = datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)
    assert parse_when("in 2 hours", one_thirty_bst, LONDON).first == datetime(2026, 10, 25, 2, 30, tzinfo=timezone.utc)


def test_a_slash_date_is_day_first():
    assert parse_when("04/08", NOW, LONDON).first.astimezone(ZoneInfo(LONDON)).month == 8


@pytest.mark.parametrize("text, first, understood", [
    ("every Monday at 9am", "Mon 2025-07-28 09:00", "every Monday at 09:00"),
    ("every weekday at 8:30", "Fri 2025-07-25 08:30", "every weekday (Monday to Friday) at 08:30"),
    ("every month on the 1st", "Fri 2025-08-01 09:00", "every month on the 1st at 09:00"),
    ("every 2 weeks on Thursday", "Thu 2025-07-31 09:00", "every 2 weeks on Thursday at 09:00"),
    ("every day at 5pm", "Thu 2025-07-24 17:00", "every day at 17:00"),
    ("every Monday and Thursday at 9:30am", "Mon 2025-07-28 09:30", "every Monday and Thursday at 09:30"),
    ("9am every Tuesday", "Tue 2025-07-29 09:00", "every Tuesday at 09:00"),
    ("every year on 1 April", "Wed 2026-04-01 09:00", "every year on 1 April at 09:00"),
])
def test_recurring_times_become_rules_and_say_what_was_understood(text, first, understood):
    when = parse_when(text, NOW, LONDON)
    assert when.rule and when.rule.startswith("FREQ=")
    assert local(when.first) == first
    assert when.text == understood


def test_every_weekday_skips_the_weekend():
    when = parse_when("every weekday at 8:30", NOW, LONDON)
    seen, moment = [], when.first
    for _ in range(5):
        seen.append(local(moment)[:3])
        moment = when.next_after(moment)
    assert seen == ["Fri", "Mon", "Tue", "Wed", "Thu"]


def test_every_two_weeks_skips_a_week():
    when = parse_when("every 2 weeks on Thursday", NOW, LONDON)
    second = when.next_after(when.first)
    assert (second - when.first).days == 14


def test_every_month_on_the_31st_falls_back_to_the_last_day_of_short_months():
    when = parse_when("every month on the 31st", NOW, LONDON)
    moment, days = when.first, []
    for _ in range(3):
        days.append(local(moment)[4:14])
        moment = when.next_after(moment)
    assert days == ["2025-07-31", "2025-08-31", "2025-09-30"]


@pytest.mark.parametrize("start, change", [
    (datetime(2026, 3, 20, 12, tzinfo=timezone.utc), "spring forward"),   # clocks change Sun 29 Mar 2026
    (datetime(2026, 10, 16, 12, tzinfo=timezone.utc), "fall back"),       # clocks change Sun 25 Oct 2026
])
def test_a_weekly_9am_reminder_stays_at_9am_london_time_across_the_clock_change(start, change):
    when = parse_when("every Monday at 9am", start, LONDON)
    moment, seen, offsets = when.first, [], set()
    for _ in range(4):
        seen.append(local(moment)[-5:])
        offsets.add(moment.astimezone(ZoneInfo(LONDON)).utcoffset())
        moment = when.next_after(moment)
    assert seen == ["09:00"] * 4
    assert len(offsets) == 2, f"the {change} should fall inside the four weeks"


def test_next_after_a_late_moment_skips_to_the_next_future_occurrence():
    when = parse_when("every day at 9am", NOW, LONDON)
    three_days_later = datetime(2025, 7, 28, 12, tzinfo=timezone.utc)
    assert local(when.next_after(three_days_later)) == "Tue 2025-07-29 09:00"


def test_a_one_off_time_has_no_next_occurrence():
    when = parse_when("tomorrow 9am", NOW, LONDON)
    assert when.next_after(when.first) is None


def test_times_are_understood_in_the_persons_own_zone():
    when = parse_when("tomorrow 9am", NOW, "America/New_York")
    assert when.first == datetime(2025, 7, 25, 13, 0, tzinfo=timezone.utc)
    assert format_moment(when.first, "America/New_York") == "Fri 25 Jul 2025 at 09:00 EDT"


def test_the_restated_time_names_the_day_date_and_zone():
    assert format_moment(datetime(2025, 7, 31, 9, 0, tzinfo=timezone.utc), LONDON) == "Thu 31 Jul 2025 at 10:00 BST"
    assert format_moment(datetime(2025, 12, 1, 9, 0, tzinfo=timezone.utc), LONDON) == "Mon 1 Dec 2025 at 09:00 GMT"


@pytest.mark.parametrize("text, says", [
    ("yesterday", "already passed"),
    ("today at 9am", "already passed"),
    ("banana", "couldn't read"),
    ("", "need to know when"),
    ("12", "couldn't read"),
    ("every blue moon", "how often"),
    ("every 5 minutes", "every day at most"),
    ("every weekday at 25:00", "isn't a time of day"),
    ("next week", "vague"),
    ("1 January 2040", "ten years"),
])
def test_times_that_cannot_be_used_get_a_kind_specific_message(text, says):
    with pytest.raises(WhenError) as caught:
        parse_when(text, NOW, LONDON)
    assert says in caught.value.message
    assert "Traceback" not in caught.value.message


@pytest.mark.parametrize("text, when_local, what", [
    ("tomorrow 9am submit the stocktake", "Fri 2025-07-25 09:00", "submit the stocktake"),
    ("to submit the stocktake on 31 July at 10am", "Thu 2025-07-31 10:00", "submit the stocktake"),
    ("to call Bob at 3pm tomorrow", "Fri 2025-07-25 15:00", "call Bob"),
    ("in 2 hours check the logs", "Thu 2025-07-24 17:30", "check the logs"),
    ("every Monday at 9am check the backups", "Mon 2025-07-28 09:00", "check the backups"),
    ("read chapter 12 tomorrow", "Fri 2025-07-25 09:00", "read chapter 12"),
    ("submit the stocktake next Friday", "Fri 2025-07-25 09:00", "submit the stocktake"),
])
def test_when_and_what_are_split_whichever_comes_first(text, when_local, what):
    when, found = split_when_what(text, NOW, LONDON)
    assert local(when.first) == when_local
    assert found == what


def test_a_time_without_a_what_asks_what_to_remind_about():
    with pytest.raises(WhenError) as caught:
        split_when_what("tomorrow 9am", NOW, LONDON)
    assert "what should I remind you about" in caught.value.message


def test_text_without_a_time_says_where_to_put_one():
    with pytest.raises(WhenError) as caught:
        split_when_what("submit the stocktake", NOW, LONDON)
    assert "couldn't find a time" in caught.value.message
    assert "tomorrow 9am" in caught.value.message


def test_a_past_time_inside_a_sentence_is_reported_as_past_not_missing():
    with pytest.raises(WhenError) as caught:
        split_when_what("to do the return yesterday", NOW, LONDON)
    assert "already passed" in caught.value.message


@pytest.mark.parametrize("text, what", [
    ("in 15 seconds two-1", "two-1"),                      # the issue's own example
    ("in 15 seconds two", "two"),
    ("in 15 seconds 3-1 retro", "3-1 retro"),
    ("in 2 days five whys on the outage", "five whys on the outage"),
    ("tomorrow 9am one-2-one with Sam", "one-2-one with Sam"),
    ("in 10 minutes two-factor rollout check", "two-factor rollout check"),
    ("to read chapter two tomorrow", "read chapter two"),
])
def test_words_that_are_not_part_of_the_time_stay_in_what_to_remind(text, what):
    when, rest = split_when_what(text, NOW, "Europe/London")
    assert rest == what
    without = split_when_what(text.replace(what, "x"), NOW, "Europe/London")[0]
    assert when.first == without.first                    # and the time is the same as without them
