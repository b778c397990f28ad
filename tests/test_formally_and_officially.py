""""Formally" and "officially" say the same of a launch or an opening.

The sources say the Queen "officially opened" the NCSC and the 2016 strategy was "formally launched"; people ask it
either way. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers


@pytest.mark.parametrize("question, fact", [
    ("When did the Queen formally open the NCSC?", "14 February 2017"),
    ("wat date did the 2016 strat officially launch, need it for a slide for scrutiny cttee", "1 November 2016"),
])
def test_formally_and_officially_are_one_word_for_a_launch_or_an_opening(answerer, question, fact):
    assert_answers(answerer, question, fact)
