"""How far apart two things were, asked with both named first or after "how far apart were".

Timeline builders put two things side by side and ask the gap: "Manchester leg vs the Queen opening NCSC - how
far apart?", "how far apart were X and Y?", "X and Y, how many months between them?". Each thing is dated from
its own entry and the reply says which came first and by how much; a thing we do not date is said so. These run
the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    "manchester leg of the local cyber summit vs the queen opening NCSC - how far apart?",
    "how far apart were the manchester leg of the local cyber summit and the queen opening NCSC?",
    "the Manchester leg of the cyber summit and the Queen opening the NCSC: how many days between them?",
])
def test_two_things_named_then_how_far_apart_says_which_came_first_and_the_gap(answerer, question):
    assert_answers(answerer, question, "came first (7 February 2017), a week before", "(14 February 2017)")


def test_what_the_message_is_for_before_the_first_thing_is_not_part_of_it(answerer):
    assert_answers(answerer, "two Glasgow events in my timeline - Socitm president's conf 2018 and cyberuk 2019. "
                             "how far apart?", "(9 May 2018)", "(24 April 2019)")


def test_a_thing_we_do_not_date_is_declined_naming_it(answerer):
    assert_declines(answerer, "NotPetya and WannaCry - how far apart?", "don't date", "NotPetya")
