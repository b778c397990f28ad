"""People place things in time relative to today or to the rest of a series; the bot must too.

"Last year's CYBERUK" is a different CYBERUK in 2020 than in 2026, so these tests set the bot's
clock (never the real date) and ask what a council lead would type: a relative year is the clock's,
the first and the latest of a series are its earliest and newest member, "how long ago" is the
date with the years counted on the clock, and anything after what the sources hold is declined.
"""

import io
from datetime import date, datetime, timezone

import pytest

from bot import console
from bot.answers import relative_time
from bot.answers.answerer import Answerer
from bot.core.clock import SettableClock
from handlers.testing.asking import assert_answers, assert_declines


def on(day: str) -> SettableClock:
    return SettableClock(datetime.fromisoformat(day).replace(tzinfo=timezone.utc))


@pytest.fixture(scope="module")
def answerer(kb):
    """An answerer whose clock each test sets to the day it is asked on."""
    return Answerer(kb, clock=on("2026-11-30T10:00:00"))


def asked_on(answerer, day: str) -> Answerer:
    answerer.clock.set(datetime.fromisoformat(day).replace(tzinfo=timezone.utc))
    return answerer


# -- a year said relative to today -------------------------------------------------------------

def test_last_years_cyberuk_asked_in_2020_is_cyberuk_2019_in_glasgow(answerer):
    assert_answers(asked_on(answerer, "2020-06-01T09:00:00"), "when was last year's cyberuk", "24 April 2019")


def test_last_years_cyberuk_asked_in_2026_is_declined_as_later_than_the_sources_hold(answerer):
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"), "when was last year's cyberuk", "after 2022")


@pytest.mark.parametrize("day, place", [("2018-09-01T09:00:00", "Manchester"), ("2019-09-01T09:00:00", "Glasgow")])
def test_this_years_cyberuk_is_the_one_in_the_clocks_year(answerer, day, place):
    assert_answers(asked_on(answerer, day), "where was cyberuk this year?", place)


def test_cyberuk_two_years_ago_counts_back_from_the_clock(answerer):
    assert_answers(asked_on(answerer, "2021-03-01T09:00:00"), "where was cyberuk two years ago", "Glasgow")


def test_this_years_cyberuk_in_a_year_without_one_is_declined_with_the_year_we_do_have(answerer):
    assert_declines(asked_on(answerer, "2020-06-01T09:00:00"), "where was this year's cyberuk", "CYBERUK 2022", "not 2020")


def test_a_cyberuk_year_we_hold_nothing_for_is_declined_with_the_nearest_year_not_a_shrug(answerer):
    assert_declines(answerer, "where was cyberuk 2021", "CYBERUK 2022", "not 2021")


def test_this_years_cyberuk_after_the_newest_we_hold_is_declined_as_after_what_the_sources_hold(answerer):
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"), "where's cyberuk this year", "after 2022")


def test_a_year_that_is_plainly_after_the_sources_is_declined_not_answered_with_an_older_one(answerer):
    answer = asked_on(answerer, "2026-11-30T09:00:00").answer("where's next year's cyberuk being held?", record_gap=False)
    assert not answer.answered, answer.text


def test_last_year_in_a_remark_after_the_question_sets_no_year_on_the_answer(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"),
                   "is there anyone to ring on a bank hol if we get hit?? does the LGA do an on-call thing?? 😰 "
                   "asking before easter, last year was carnage", "365")


@pytest.mark.parametrize("asked, fact", [
    ("we got phished last year, where do we report phishing emails?", "report@phishing.gov.uk"),
    ("we did the lga self assessment last year - what does it cover?", "leadership"),
])
def test_last_year_in_the_askers_own_story_dates_what_happened_to_them_not_the_answer(answerer, asked, fact):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), asked, fact)


@pytest.mark.parametrize("asked", ["tell me about last year's cyberuk", "can i see where last year's cyberuk was?",
                                   "when were last year's cyberuk dates?"])
def test_a_request_for_last_years_thing_is_no_story_of_the_askers(answerer, asked):
    assert_answers(asked_on(answerer, "2020-06-01T09:00:00"), asked, "Glasgow")


@pytest.mark.parametrize("asked, read", [
    ("cyberuk last year", "cyberuk in 2025"),                                   # one fragment asks
    ("has web check changed since last year?", "has web check changed since 2025?"),
    ("what was in last years review?", "what was in 2025 review?"),
    ("is there funding for next year?", "is there funding for 2027?"),
    ("where was cyberuk two years ago?", "where was cyberuk in about 2024?"),
    ("where was cyberuk the year before last?", "where was cyberuk in 2024?"),
    ("what happened in the last years of the 2016 strategy?", "what happened in the last years of the 2016 strategy?"),
])
def test_a_year_said_against_today_is_read_as_the_year_it_is_on_the_clock(asked, read):
    assert relative_time.dated(asked, date(2026, 11, 30)) == read


def test_the_last_twelve_months_are_no_calendar_year():
    assert relative_time.dated("how many incidents did the ncsc handle in the last year", date(2026, 11, 30)) == \
        "how many incidents did the ncsc handle in the last year"
    assert relative_time.dated("what did last year's annual review say", date(2026, 11, 30)) == \
        "what did 2025 annual review say"


def test_the_question_the_user_typed_is_kept_on_the_answer(answerer):
    asked = "when was last year's cyberuk"
    assert asked_on(answerer, "2020-06-01T09:00:00").answer(asked, record_gap=False).question == asked


# -- the first, the latest and the one before, in a series -------------------------------------

def test_the_first_cyberuk_is_the_earliest_held_not_one_whose_entry_says_first(answerer):
    # CYBERUK 2019's entry says the Five Eyes shared a stage "for the first time": no first CYBERUK.
    assert_answers(answerer, "when was the first cyberuk", "earliest in my sources", "14 to 16 March 2017")


@pytest.mark.parametrize("asked", ["where was the most recent cyberuk", "where was the latest cyberuk?",
                                   "newest cyberuk", "when was the last cyberuk"])
def test_the_latest_cyberuk_is_the_newest_held_and_the_reply_says_it_is_the_newest_we_hold(answerer, asked):
    assert_answers(answerer, asked, "most recent in my sources", "Newport")


def test_the_cyberuk_before_a_year_is_the_nearest_one_before_it(answerer):
    assert_answers(answerer, "where was the cyberuk before 2022", "SEC in Glasgow")


def test_the_cyberuk_before_last_years_counts_back_from_the_clock(answerer):
    assert_answers(asked_on(answerer, "2020-06-01T09:00:00"), "where was the cyberuk before last year's",
                   "Manchester Convention Centre")


def test_the_most_recent_of_something_we_hold_once_is_that_one_not_a_decline_for_the_word_recent(answerer):
    assert_answers(answerer, "when was the most recent stocktake", "summer 2018")


def test_first_said_of_when_someone_began_asks_for_no_first_of_a_series(answerer):
    assert_answers(answerer, "when did Dylan Roberts first join Leeds", "2003")


def test_the_upcoming_cyberuk_is_declined_as_beyond_what_the_sources_hold(answerer):
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"), "when is the upcoming cyberuk", "after 2022")


# -- what comes next, on the clock's day --------------------------------------------------------

def test_the_next_deadline_asked_today_is_the_first_still_to_come(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), "what's the next deadline", "The next in my sources",
                   "resilient by 2030")


def test_the_next_deadline_asked_in_june_2018_is_the_nis_one_that_august(answerer):
    assert_answers(asked_on(answerer, "2018-06-01T09:00:00"), "what's the next deadline", "10 August 2018")


def test_upcoming_events_after_the_last_we_hold_are_declined_with_the_last_one(answerer):
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"), "any upcoming events?",
                    "no events after 30 November 2026", "CYBERUK 2022")


def test_the_next_cyberuk_asked_in_june_2018_is_glasgow_2019_not_one_that_may_be_over(answerer):
    # CYBERUK 2018 is dated only by its year: by June it may be over, so it is not what comes next.
    assert_answers(asked_on(answerer, "2018-06-01T09:00:00"), "when's the next cyberuk", "24 April 2019")


def test_the_next_cyberuk_asked_today_is_declined_as_beyond_the_sources(answerer):
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"), "when's the next cyberuk", "after 2022")


def test_a_next_deadline_answer_that_has_already_passed_is_declined_with_when_it_was(answerer):
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"), "when's the next deadline for lga cyber funding bids?",
                    "nothing coming up", "in 2018")


def test_what_came_next_after_a_thing_is_no_question_about_today():
    assert not relative_time.asks_upcoming("what came next after the stocktake")
    assert not relative_time.asks_upcoming("what are the next steps after the stocktake")
    assert relative_time.asks_upcoming("any events coming up?")


def test_the_askers_own_next_time_after_a_question_about_a_past_event_asks_nothing_upcoming(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"),
                   "how many people went to CYBERUK 2017? we might send our apprentice next time", "2,000 delegates")
    assert not relative_time.asks_upcoming("when did mail check close? finance want the date by next week")
    assert relative_time.asks_upcoming("is there a cyberuk next year? we'd send our lead")


# -- how long ago ------------------------------------------------------------------------------

@pytest.mark.parametrize("day, years", [("2026-11-30T09:00:00", "9 years ago"), ("2027-03-13T09:00:00", "9 years ago"),
                                        ("2027-03-14T09:00:00", "10 years ago")])
def test_how_long_ago_gives_the_date_and_the_years_counted_on_the_clock(answerer, day, years):
    assert_answers(asked_on(answerer, day), "how long ago was cyberuk 2017", "14 March 2017", years)


def test_how_many_years_since_is_answered_from_the_date_of_the_thing(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), "how many years since the ncsc was officially opened?",
                   "14 February 2017", "9 years ago")


def test_how_long_since_a_launch_counts_from_the_day_the_entry_gives(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), "how long has it been since the 2016 strategy launched",
                   "1 November 2016", "That was 10 years ago")


def test_how_long_something_has_been_running_counts_from_when_it_began(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), "how many years has cyber essentials been running",
                   "5 June 2014", "That was 12 years ago")


def test_a_month_in_the_title_takes_its_day_from_the_answer_when_counting(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), "how long ago was wannacry", "That was 9 years ago (12 May 2017)")


def test_how_long_ago_without_a_clock_gives_the_date_and_counts_nothing(kb):
    answer = Answerer(kb).answer("how long ago was cyberuk 2017", record_gap=False)
    assert answer.answered and "14 to 16 March 2017" in answer.text and "ago" not in answer.text, answer.text


def test_a_date_known_only_to_the_year_is_counted_roughly(kb):
    assert relative_time.ago_line(kb.by_id["event-cyberuk-2022"], date(2026, 11, 30)) == \
        "That was about 4 years ago (2022), as of 30 November 2026."


# -- through the bot, on the bot's own clock ----------------------------------------------------

def test_the_console_reads_last_year_on_the_bots_clock_not_the_machines(bot, clock):
    def ask(text: str) -> str:
        out = io.StringIO()
        assert console.run(bot, io.StringIO(text + "\n"), out) == 0
        return out.getvalue()

    clock.set(datetime(2020, 6, 1, 9, 0, tzinfo=timezone.utc))
    assert "24 April 2019" in ask("when was last year's cyberuk")
    clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc))
    assert "after 2022" in ask("when was last year's cyberuk")


def test_this_months_or_last_weeks_publication_is_the_month_on_the_clock_not_an_older_one(answerer):
    # The newest annual review we hold is 2024's: one "out this month" on a clock in late 2026 is not it.
    assert_declines(asked_on(answerer, "2026-12-01T09:00:00"),
                    "what did the NCSC annual review that came out this month say?", "not 2026")
    assert_declines(asked_on(answerer, "2026-12-01T09:00:00"), "anything about councils in last week's ncsc annual review?")
    assert relative_time.dated("what did last month's bulletin say", date(2026, 12, 1)) == \
        "what did in November 2026 bulletin say"
    # "in the last month" is the last thirty days, and the asker's own week is their story.
    assert relative_time.dated("we got phished last week, who do we tell?", date(2026, 12, 1)) == \
        "we got phished last week, who do we tell?"
    assert_answers(asked_on(answerer, "2026-12-01T09:00:00"),
                   "how many incidents did the NCSC's 2024 annual review report?", "430")


# -- a question about now, and two things put in order ------------------------------------------

@pytest.mark.parametrize("question", [
    "is Dylan Roberts still chairing the Local CIO Council?",
    "does Geoff Connell still speak for the Local CIO Council on cyber?",
    "Does Connell still sit on the Local CIO Council as its cyber lead?",
])
def test_whether_someone_still_does_a_thing_is_declined_when_the_sources_are_years_old(answerer, question):
    # The 2018 source names him, but "still" asks about now: an "As of May 2018" answer is not a yes.
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"), question, "2018", "now")


def test_still_with_a_year_asks_of_that_year_and_a_deadline_says_whether_it_still_runs(answerer):
    today = asked_on(answerer, "2026-11-30T09:00:00")
    assert_answers(today, "is Dylan Roberts still chairing the Local CIO Council in 2018?", "Dylan Roberts")
    assert_answers(today, "is the LGA 3 yr cyber funding package still running", "March 2021")


@pytest.mark.parametrize("question", [
    "How many Cyber 360s has the LGA done up to now?",
    "how many cyber 360 reviews have the LGA carried out to date",
    "how many Cyber 360s has the LGA delivered so far?",
])
def test_a_running_total_to_date_is_declined_with_the_dated_count_offered(answerer, question):
    # "its twentieth in April 2023" is not how many there have been by late 2026.
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"), question, "total to date", "Cyber 360")


def test_a_count_asked_of_its_own_date_is_still_answered(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), "how many cyber 360s did the LGA do by April 2023?",
                   "twentieth")


def test_last_yr_is_last_year(answerer):
    assert relative_time.dated("was the stocktake last yr", date(2026, 12, 1)) == "was the stocktake in 2025"
    assert relative_time.dated("cyberuk 4 yrs ago", date(2026, 12, 1)) == "cyberuk in about 2022"
    assert_declines(asked_on(answerer, "2026-12-01T09:00:00"), "was the stocktake last yr or the yr before")


@pytest.mark.parametrize("question", [
    "Which came first, the Queen officially opening the NCSC or CYBERUK in Liverpool?",
    "what happened first - the queen opening the ncsc or cyberuk in liverpool",
])
def test_which_of_two_things_came_first_orders_them_not_the_first_of_a_series(answerer, question):
    # "first" here puts two things in order; it does not ask for the earliest CYBERUK.
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), question, "came first (14 February 2017)")


def test_the_first_cyberuk_is_still_the_earliest_of_the_series(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), "when was the first CYBERUK?", "earliest", "2017")


# -- a span counted back is a rough year -------------------------------------------------------

@pytest.mark.parametrize("question, fact", [
    ("Which older bodies did the NCSC take over when it started up ten years ago?", "CESG"),
    ("who was running the NCSC about ten years back?", "Ciaran Martin"),
    ("Was the CAF for local government launched a couple of years back?", "October 2024"),
])
def test_a_span_counted_back_places_the_question_roughly_and_refuses_no_right_answer(answerer, fact, question):
    # "ten years ago" on a late-2026 clock is about 2016: an entry from February 2017 still answers it.
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), question, fact)


def test_a_span_counted_back_still_holds_a_year_far_from_it(answerer):
    today = asked_on(answerer, "2026-11-30T09:00:00")
    assert_declines(today, "was the CAF for local government launched five years ago?", "2024", "not 2021")
    assert_declines(today, "where was cyberuk two years ago")
    assert relative_time.dated("cyberuk ten years back", date(2026, 12, 1)) == "cyberuk in about 2016"


@pytest.mark.parametrize("question, fact", [
    ("who described the government cyber money as 'seed money' a few years back?", "Hopkirk"),
    ("some years ago someone at socitm called the £1.9bn seed money - who was it?", "Hopkirk"),
])
def test_a_vague_while_back_is_no_year_and_no_topic(answerer, question, fact):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), question, fact)


@pytest.mark.parametrize("question, fact", [
    ("Since when has Active Cyber Defence been running?", "2016"),
    ("since when have we been able to forward dodgy emails to report@phishing.gov.uk?", "April 2020"),
    ("who was the NCSC's technical director right at the start?", "Ian Levy"),
    ("who led the NCSC at the very beginning?", "Ciaran Martin"),
])
def test_since_when_and_right_at_the_start_ask_when_a_thing_began(answerer, question, fact):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), question, fact)


def test_still_of_what_must_be_done_anyway_asks_no_time(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"), "do councils still need to invest in cyber themselves",
                   "seed money")


def test_the_closing_date_of_the_self_assessment_window_open_now_is_not_the_2019_one(answerer):
    # (the first window closed in 2019; one open now is after everything our sources say)
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"),
                    "What's the closing date of the LGA cyber self-assessment window that's open now?", "2019")
    assert_declines(asked_on(answerer, "2026-11-30T09:00:00"), "when does the current LGA self-assessment window close?")


def test_the_closing_date_of_the_first_self_assessment_window_is_still_given(answerer):
    assert_answers(asked_on(answerer, "2026-11-30T09:00:00"),
                   "What's the closing date of the first LGA cyber self-assessment window?", "November 2019")
