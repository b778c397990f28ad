"""How many sources the asker has seen disagree is their confusion, not a figure to find in the answer.

"she's seen two different numbers", "two articles say different things", "I've had three diff answers": the count
says why they ask. These run the real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_two_articles_saying_different_things_about_who_funded_the_2018_19_money_get_both_named(answerer):
    assert_answers(answerer, "who funded the £1.5m for councils in 2018/19, MHCLG or the Cabinet Office? two articles say "
                             "different things", "Cabinet Office")


def test_a_count_of_things_the_question_asks_about_is_still_held(answerer):
    assert_declines(answerer, "did the LGA stocktake cover two different things?")
