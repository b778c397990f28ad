"""The time between two things, asked in a timeline builder's shorthand: "yrs between X and Y?", "approx how many yrs
between X and Y", "how many years from X to Y".

Only "how many years between X and Y" had been read as asking the gap: "yrs between CiSP launch and NCSC opening?"
was answered with CiSP's entry alone, "approx how many ..." was declined as a count of "years cisp", and "from X to
Y" was not read at all. Each is now the question of when each thing was, and the reply says which came first and by
how much. A span of years ("how many years from 2016 to 2021 did the strategy run") is no two things. These run the
real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers


@pytest.mark.parametrize("question", [
    "yrs between CiSP launch and NCSC opening?",
    "approx how many yrs between CiSP launch and the NCSC opening?",
    "no. of years between CiSP launch and NCSC opening",
    "how many years from CiSP launching to the queen opening the NCSC?",
])
def test_the_gap_asked_in_shorthand_says_which_came_first_and_by_how_much(answerer, question):
    assert_answers(answerer, question, "came first (27 March 2013)", "(14 February 2017)")


def test_a_span_of_years_is_not_two_things(answerer):
    assert_answers(answerer, "how many years from 2016 to 2021 did the strategy run?", "over five years")
