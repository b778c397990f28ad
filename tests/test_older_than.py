"""Asking whether one thing is older (or newer) than another asks which came first.

"Are the 10 Steps older than Cyber Essentials?" is answered with both dates and which came first, as "did the 10 Steps
come before Cyber Essentials?" is. These run the real knowledge base through the real search and two-part reading.
"""

from handlers.testing.asking import assert_answers


def test_asking_whether_the_10_steps_are_older_than_cyber_essentials_gets_both_dates(answerer):
    assert_answers(answerer, "are the 10 steps older than cyber essentials?", "2012", "2014")


def test_asking_whether_the_gcss_is_newer_than_the_ncsc_gets_both_dates(answerer):
    assert_answers(answerer, "is the GCSS newer than the NCSC?", "2017", "2022")
