"""A share of a sum asked for someone is a share-out the entry must give, however the question words it.

"How much of the £2.6bn from the Spending Review was earmarked specifically for local government?" had been answered
with the £2.6bn itself: the words between the sum and "for local government" (where the sum came from, and
"specifically") hid that a part of it was asked for. The entry gives no part for local government, so the bot now says
it has the £2.6bn but not how it was split. A share our sources do give is still answered. These run the real
knowledge base through the real engine.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_part_of_a_sum_for_someone_the_entry_gives_no_part_to_is_declined(answerer):
    assert_declines(answerer, "How much of the £2.6bn from the Spending Review was earmarked specifically for local "
                              "government?", "how much went to local government")


def test_a_part_our_sources_give_is_answered(answerer):
    assert_answers(answerer, "how much of the 1.9bn from the national strategy was set aside for the NCSC?", "£600")
