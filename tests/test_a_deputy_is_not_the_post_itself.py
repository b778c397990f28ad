"""A rank below a post is not the post: "Owen Pritchard was the LGA's deputy head of cyber, right?".

Probers swap a head for a deputy, a president for a vice president. The sources give the post itself, so a claim of
the rank below it (or standing in for it: acting, interim) is declined, naming the rank. The asker's own deputy ("my
deputy CIO reckons ...") is who asks, not what is claimed. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, said", [
    ("Owen Pritchard was the LGA's deputy head of cyber, digital and technology, correct?", "deputy head"),
    ("Was Geoff Connell Socitm's vice president?", "vice president"),
    ("Was Ian Levy the NCSC's deputy technical director?", "deputy technical director"),
])
def test_a_rank_below_the_post_the_sources_give_is_declined_naming_it(answerer, question, said):
    assert_declines(answerer, question, f"names no {said}")


def test_the_post_itself_is_confirmed(answerer):
    assert_answers(answerer, "Owen Pritchard was the LGA's head of cyber, digital and technology, correct?", "Yes.")


@pytest.mark.parametrize("question, fact", [
    ("where is the NCSC's London HQ? deputy CIO reckons it's by one of the big stations", "Victoria"),
    ("my deputy CIO keeps asking: how many objectives does the CAF have?", "four"),
])
def test_the_askers_own_deputy_is_who_asks(answerer, question, fact):
    assert_answers(answerer, question, fact)
