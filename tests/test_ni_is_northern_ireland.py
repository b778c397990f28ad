""""NI councils" are Northern Ireland's, as council people write it.

The lexicon read "NI" as Northern Ireland only in what an entry says (``aliases``), never as a place a question asks
about: "NI councils - is there an LGA-style cyber programme over there" was answered with the LGA's programme for
England's councils, as if the question named no place. ``countries`` now lists "ni", so the place is held to like
"Northern Ireland" written out. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    "NI councils - is there an LGA-style cyber programme over there",
    "NI version of LGA cyber 360?",
    "NI councils - what cyber funding prog do they get, £?",
])
def test_a_question_about_northern_irelands_councils_is_not_answered_with_englands(answerer, question):
    assert_declines(answerer, question)


def test_an_entry_that_names_northern_ireland_still_answers_for_ni(answerer):
    assert_answers(answerer, "how many councils in NI use web check?", "most in Northern Ireland")


def test_ni_is_lexicon_data(answerer):
    assert "ni" in answerer.kb.lexicon.countries
