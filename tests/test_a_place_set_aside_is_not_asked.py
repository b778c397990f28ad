"""A thing or a place named only to be set aside ("the UK ones, not the EU directive", "England, not Wales") is not asked.

The asker says which one they mean by saying which one they do not: the set-aside words neither pick the entry nor must
be in it. It holds in an aside after the question too, "(the uk ones, not the eu directive)", where what is left of
the aside ("(the uk ones") does not itself ask. Only places the lexicon knows are set aside without "the": "..., not
sure?" sets nothing aside. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, expected", [
    ("NIS regs in force date? (the uk ones, not the eu directive)", "10 May 2018"),
    ("how many councils took part in the CAF pilot, not Scotland?", "10 (ten) councils"),
    ("Where was CYBERUK 2018 held, not London?", "Manchester"),
])
def test_what_is_set_aside_does_not_stop_the_answer(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_a_place_asked_about_still_counts(answerer):
    assert_declines(answerer, "when did the NIS regulations come into force in Australia?")
