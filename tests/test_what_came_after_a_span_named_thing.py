"""What came after a thing named by a span of years ("the 2016-21 strategy") is what followed the thing.

"What came after the 2016-21 strategy? name of the next national one + when published" had been declined as asking of
a time after 2021: the short span was read as a year the answer must pass, and "2016-21" as the thing itself. A span
written with a dash names the thing, both its ends, as "the 2016-2021 strategy" already did; a financial year ("after
the 18/19 money") still asks of a time after 2019. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers


@pytest.mark.parametrize("question", [
    "What came after the 2016-21 strategy? name of the next national one + when published",
    "what came after the 2016-21 strategy?",
])
def test_the_strategy_that_followed_is_answered(answerer, question):
    assert_answers(answerer, question, "National Cyber Strategy 2022", "15 December 2021")


def test_after_a_financial_years_money_is_after_that_year(answerer):
    assert_answers(answerer, "was there a T2 bid opportunity after the 18/19 money? when", "2019/20")
