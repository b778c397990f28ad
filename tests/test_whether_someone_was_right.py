"""Whether one of the people our sources quote was right ("was Hopkirk right that the 1.9bn was just seed money?") asks
for a view of their view.

It had been answered with what Hopkirk said, as if that settled whether he was right. No source weighs it, so the
bot says it keeps to its sources and offers what it has. Who said it, asked plainly, is still answered. These run the
real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    "honestly, was Hopkirk right that the 1.9bn was just seed money? they might ask my opinion on it",
    "was Andy Hopkirk right about the seed money?",
    "Is Connell right that councils need to fund cyber themselves?",
])
def test_whether_someone_was_right_is_a_view_the_bot_does_not_give(answerer, question):
    assert_declines(answerer, question, "can't give a view")


def test_who_said_it_is_still_answered(answerer):
    assert_answers(answerer, "who called the 1.9bn seed money?", "Hopkirk")
