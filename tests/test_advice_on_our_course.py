"""Advice on a council's own course is a view no source gives.

"Could the bot recommend whether the authority should pay a ransom ...", "To what extent should this council pursue
Cyber Essentials Plus ...": the bot says it sticks to its sources and offers what they do say. These run the real
knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_declines


def test_asking_the_bot_to_recommend_whether_to_pay_a_ransom_gets_no_view(answerer):
    assert_declines(answerer, "Can you recommend whether the council should pay a ransom if we get hit by ransomware?",
                    "can't give a view")


def test_asking_to_what_extent_a_council_should_pursue_cyber_essentials_plus_gets_no_view(answerer):
    assert_declines(answerer, "To what extent should our authority go for Cyber Essentials Plus instead of the basic "
                              "certificate?", "can't give a view")


def test_calling_exercise_in_a_box_a_waste_of_an_afternoon_asks_a_view(answerer):
    assert_declines(answerer, "exercise in a box is a bit of a waste of an afternoon for a small council isn't it",
                    "can't give a view")
