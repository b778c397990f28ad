""""What did Hackney's 2020 ransomware attack end up costing the council?" asks a sum, as "how much did it cost" does.

Only "cost", "price", "budget" and "worth" said that a sum was asked, so "costing" left the question asking nothing in
particular, and the entry listing the councils hit answered it without a figure. These run the real knowledge base
through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    "what did Hackney's 2020 ransomware attack end up costing the council?",
    "what's the Lincolnshire ransomware attack ended up costing them?",
])
def test_what_an_attack_ended_up_costing_is_not_answered_by_the_list_of_attacks(answerer, question):
    assert_declines(answerer, question)


def test_what_a_free_service_is_costing_us_is_still_answered(answerer):
    assert_answers(answerer, "what is web check costing us?", "free")
