"""A body's name set before the kind of thing it puts out says whose the thing is.

"10 Steps to Cyber Security is NCSC guidance ...": asked who makes the 10 Steps, the entry that says what they are
answers both halves, as "the NCSC's 10 Steps" would. These run the real knowledge base through the real search and
answerability check.
"""

from handlers.testing.asking import assert_answers


def test_a_new_starter_asking_what_the_10_steps_are_and_who_makes_them_hears_both(answerer):
    assert_answers(answerer, "my manager told me to read up on 'the 10 steps' - what are they and who makes them?",
                   "NCSC guidance", "risk management")
