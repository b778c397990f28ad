""""What's in the middle of the 10 Steps?": the middle of a framework is what sits at its centre.

The 10 Steps' entry says a risk management regime sits "at the centre", and people as often say "middle". The word
was unseen, so it counted against the entry and a right answer was declined. "Middle" joins "centre" in the
synonyms, a word of one sense here. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers


@pytest.mark.parametrize("question", [
    "what sits in the middle of the 10 Steps?",
    "10 steps whats in the middle of it",
    "what's in the middle of the ten steps to cyber security",
])
def test_the_middle_of_the_ten_steps_is_its_centre(answerer, question):
    assert_answers(answerer, question, "risk management regime")


def test_the_centre_of_the_ten_steps_still_answers(answerer):
    assert_answers(answerer, "what's at the centre of the ncsc ten steps", "risk management regime")
