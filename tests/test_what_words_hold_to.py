"""Words of a question held to the right thing: a year to the thing its "one" stands for, "Eng" and "the Americans"
to their countries, a post to the deed it guesses at, a meeting the asker is off to as no figure, a known gap to
the thing its title names.

These run the real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


# A year before "one" goes with the thing another year of the question names.

def test_a_speech_line_that_the_2016_strategy_doubled_the_2011_one_is_borne_out(answerer):
    assert_answers(answerer, "so 2016 plan roughly doubled the 2011 one, right", "860")
    assert_answers(answerer, "I'm saying in my speech that the 2016 strategy nearly doubled the money of the 2011 one. "
                             "That's correct isn't it?", "860")


def test_the_2015_one_is_still_a_year_our_sources_do_not_have(answerer):
    assert_declines(answerer, "did the 2016 strategy double the 2015 one?", "2015")
