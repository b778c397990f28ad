"""A year in a question comes with words of its own: which part of it ("early 2017", "mid 2018") and whether it
is a deadline ("resilient by 2030"). Those words say when, not what: an entry need not repeat them beside the
year, and a deadline is met by an entry that sets the same year as one for the same thing, in its own words
("no later than 2030"), never by one that sets it for something else."""

from handlers.testing.asking import assert_answers, assert_declines


def test_what_was_done_in_mid_2018_is_answered_by_the_entry_on_that_year(answerer):
    assert_answers(answerer, "what did rand europe do in mid 2018", "RAND Europe", "353")


def test_a_deadline_put_with_by_is_met_where_the_entry_says_no_later_than(answerer):
    assert_answers(answerer, "is it right that all public sector bodies have to be resilient to known vulnerabilities "
                             "by 2030?", "no later than 2030")


def test_a_deadline_for_another_thing_in_the_same_entry_does_not_bear_out_the_claim(answerer):
    assert_declines(answerer, "is it right that all public sector bodies have to be resilient to known vulnerabilities "
                              "by 2025?", "2030", "not 2025")


def test_by_a_year_still_asks_where_someone_stood_then(answerer):
    assert_answers(answerer, "what was geoff connell doing by 2018?", "former", "Norfolk")
