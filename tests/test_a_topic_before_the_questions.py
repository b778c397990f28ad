"""A topic written before a list of questions ("LG CAF pilot - no. of councils, how long, report pub date?") is what
they ask about.

The sentence that asks had been searched alone whenever what came before it looked like scene-setting, and its
answer replaced the whole message's: "how long, report pub date?" found the NCSC's start date, stated as if it were
the pilot's. Where what comes before names the thing the whole message's answer is about, and the asking part's own
match never mentions it, the whole message's answer stands. These run the real knowledge base through the real engine.
"""

from handlers.testing.asking import assert_answers


def test_the_topic_before_a_dash_holds_the_questions_after_it(answerer):
    assert_answers(answerer, "LG CAF pilot - no. of councils, how long, report pub date?", "10 (ten) councils",
                   "15 March 2023")


def test_a_scene_that_sets_up_the_question_still_lets_the_question_decide(answerer):
    assert_answers(answerer, "New starter asked me whether the NCSC sits in the Cabinet Office. Which organisation is "
                             "the NCSC part of?", "GCHQ")
