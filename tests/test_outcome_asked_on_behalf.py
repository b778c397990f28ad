"""Whether a plan was met, asked on someone's behalf, is still a question no plan answers.

"Members have asked whether the public sector has now met the GCSS 2030 resilience target": the entry sets out the
target, and says nothing of how it turned out, so the reply says so, as it does for "has the 2030 target been met?".
These run the real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_declines


def test_members_asking_whether_the_gcss_target_has_now_been_met_hear_the_sources_do_not_say(answerer):
    assert_declines(answerer, "Members have asked whether the public sector has now met the GCSS 2030 resilience target.",
                    "has been met")
