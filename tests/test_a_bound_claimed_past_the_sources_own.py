"""A bound claimed past the one the sources give: "WannaCry hit at least 91 of the 236 NHS trusts, right?".

The National Audit Office said at least 81 trusts. A board paper that says "at least 91" misquotes it, even though the
entry gives larger figures of other things (603 NHS organisations, 595 GP practices). A bound the sources' own bound
bears out ("at least 50") still holds. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    'Board paper: "WannaCry hit at least 91 of the 236 NHS trusts in England." Is 91 right?',
    "WannaCry hit at least 100 NHS trusts, didn't it?",
])
def test_a_lower_bound_past_the_sources_own_is_declined(answerer, question):
    assert_declines(answerer, question, "at least")


@pytest.mark.parametrize("question", [
    "WannaCry hit at least 81 of the 236 NHS trusts in England, right?",
    "WannaCry hit at least 50 NHS trusts, right?",
    "CYBERUK 2017 had over 2,000 delegates right?",
])
def test_a_bound_the_sources_bear_out_is_answered(answerer, question):
    assert_answers(answerer, question, "at least 81" if "WannaCry" in question else "over 2,000")
