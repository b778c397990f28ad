"""How old one thing was when another happened: "How old was CiSP by the time the NCSC opened in October 2016?".

Year-in-review writers ask the age of a thing at a later event, or how long it had been open. Both ask the time from
the first thing's start to the second thing, and the gap is told no finer than the dates allow: three and a half years,
not "about 4". These run the real knowledge base through the real engine, and the gap wording directly.
"""

from bot.answers import ordering
from bot.answers.knowledge import FuzzyDate
from handlers.testing.asking import assert_answers, assert_declines


def test_how_old_a_thing_was_when_another_happened_is_the_time_from_its_start(answerer):
    assert_answers(answerer, "How old was CiSP by the time the NCSC opened in October 2016?",
                   "(27 March 2013), about 3 and a half years before")


def test_how_long_a_thing_had_been_open_when_another_ran_is_the_time_between(answerer):
    assert_answers(answerer, "How long had Exercise in a Box been around when the CAF for local government launched?",
                   "(April 2019)", "(October 2024)")


def test_a_person_s_age_is_no_date_we_hold(answerer):
    assert_declines(answerer, "how old was Ciaran Martin when he joined the NCSC")


def test_half_years_are_said_as_half_years():
    assert ordering._apart(FuzzyDate(2013, 3, 27), FuzzyDate(2016, 10)) == "about 3 and a half years"
    assert ordering._apart(FuzzyDate(2016, 10), FuzzyDate(2020, 10)) == "4 years"
    assert ordering._apart(FuzzyDate(2016, 10), FuzzyDate(2020, 8)) == "about 4 years"
