"""Which of two had more of a counted thing: "CYBERUK 2017 and CYBERUK 2019, which one had more delegates?".

Asked of counts, not money, the same question is put to each thing and both answers are shown side by side, so the
reader sees over 2,000 beside about 2,500. A thing we hold no count for is said so. These run the real knowledge base
through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    "which had more delegates, CYBERUK 2017 or CYBERUK 2019?",
    "CYBERUK 2017 and CYBERUK 2019, which one had more delegates?",
])
def test_which_had_more_delegates_shows_both_counts(answerer, question):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and "over 2,000 delegates" in answer.text and "about 2,500 delegates" in answer.text
    assert [e.id for e in answer.also] == ["event-cyberuk-2019"]


def test_which_had_more_pillars_shows_both(answerer):
    assert_answers(answerer, "which had more pillars, the 2016 strategy or the 2022 one?", "three", "five")


def test_a_thing_we_hold_no_count_for_is_declined(answerer):
    assert_declines(answerer, "which got more councils, CYBERUK 2017 or CYBERUK 2030?")
