""""Who is Siobhan Coughlan (sorry if I've spelt that wrong)": an apology for how a question is typed asks nothing.

Its words ("spelt", "wrong", "typos") are no entry's, so they counted against the right entry and a plain question
was declined. They are asides in the lexicon, dropped before search as "sorry if this is basic" is. These run the
real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, expected", [
    ("who is siobhan coughlan (sorry if i've spelt that wrong)", "programme manager"),
    ("who is siobhan coughlan (sorry if i have spelt that wrong)", "programme manager"),
    ("wen did the ncsc open, excuse the typos", "October 2016"),
    ("who launched exercise in a box, Lidington or however its spelt?", "Lidington"),
])
def test_an_apology_for_the_spelling_leaves_the_question_answered(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_an_apology_for_the_spelling_does_not_make_another_question_answerable(answerer):
    assert_declines(answerer, "who runs the irish cyber centre? sorry if i've spelt that wrong")
