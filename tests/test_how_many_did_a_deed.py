""""How many NHS trusts paid the ransom?" counts those who did the deed, which the entry must tell of.

The WannaCry entry counts the trusts affected (at least 81 of 236). It had answered how many paid, with that
count, because only the first two words after "how many" were held to ("nhs trusts"). A deed further on ("paid")
is now held to as the word straight after the counted noun is ("councils hit"). These run the real knowledge base
through the real engine.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_count_of_those_who_paid_is_not_the_count_of_those_hit(answerer):
    assert_declines(answerer, "how many NHS trusts paid the ransom in WannaCry?")


def test_the_count_of_those_affected_is_still_given(answerer):
    assert_answers(answerer, "how many NHS trusts got hit by WannaCry?", "81 of 236 trusts")
