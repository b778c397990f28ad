""""What strategy replaces the GCSS?" asks what came after it, with the kind of thing named between.

An entry that says only when the GCSS launched says nothing of what follows it, so the question is declined as
"what replaced the GCSS" is. These run the real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_declines


def test_asking_which_strategy_replaces_the_gcss_after_2030_is_declined(answerer):
    assert_declines(answerer, "What strategy replaces the GCSS once 2030 is reached?")
