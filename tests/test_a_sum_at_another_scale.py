""""The LGA got £1.5bn in 2018/19, right?": a sum is its figure at its scale, and £1.5m is not £1.5bn.

The figure check held a question to its number alone, so a claim a thousand times too big was borne out by the entry
that gives £1.5m, and "future councils got up to £1m each" by the one that gives £750,000 and a £1m phase elsewhere.
A sum written with a currency mark or a scale word ("bn", "billion", "million", "1.9 bil") must be given at that
scale; "12m" and "4k" with no currency mark may be months or a count, and are held to their number only. These run
the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, said", [
    ("LGA got £1.5bn in 2018-19 for council cyber - right?", "1.5 million, not 1.5 billion"),
    ("the gcss came with 37.8 billion for councils?", "37.8 million, not 37.8 billion"),
    ("was the 2016 strategy £1.9m?", "1.9"),
])
def test_a_sum_claimed_at_another_scale_is_not_borne_out(answerer, question, said):
    assert_declines(answerer, question, said)


@pytest.mark.parametrize("question, expected", [
    ("LGA got £1.5m in 2018-19 for council cyber - right?", "£1.5m"),
    ("was the 2016 strategy 1.9 bil", "£1.9bn"),
    ("the LGA got 1.5 mil in 18/19?", "£1.5m"),
    ("NCSC annual review 2024 - total incidents supported in the 12m to end Aug 24?", "430"),
])
def test_a_sum_at_its_own_scale_or_a_figure_with_no_money_mark_still_answers(answerer, question, expected):
    assert_answers(answerer, question, expected)
