"""Words that mean one thing said two ways: out-of-hours support is on-call support.

These run the real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_out_of_hours_incident_support_from_the_lga_is_its_on_call_support(answerer):
    assert_answers(answerer, "does the lga offer out of hours incident support", "365")
    assert_answers(answerer, "is there out-of-hours support from the lga", "365")


def test_out_of_hours_support_from_someone_the_sources_never_say_offers_it_is_still_declined(answerer):
    assert_declines(answerer, "does the ncsc offer out of hours support to councils")
