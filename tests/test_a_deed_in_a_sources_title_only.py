"""A deed said only in the title of a source ("NCSC launches public sector internet protection service") is the
source's news, not something the entry tells: "when did Mail Check go live?" is not answered by the entry on which
services councils can use, which dates no launch. These run the real knowledge base through the real engine.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_launch_only_a_source_title_tells_of_is_not_dated_by_the_entry(answerer):
    assert_declines(answerer, "when did Mail Check go live for councils?")


def test_a_launch_the_entry_tells_is_still_answered(answerer):
    assert_answers(answerer, "when did Exercise in a Box launch?", "April 2019")
