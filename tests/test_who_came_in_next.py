""""Who came in next?", "who was next after Lindy Cameron?": "next" told in the past asks who or what followed.

Read as "what is coming up", it was declined ("my sources don't say what comes next"), or found nobody after the
one named. Told in the past it is "came after", which the post's holders answer in order. "The next CYBERUK" still
asks of one to come. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, expected", [
    ("Ciaran Martin left the NCSC at the end of August 2020. Who came in next?", "Lindy Cameron"),
    ("who was next after Lindy Cameron at the NCSC?", "Richard Horne"),
    ("who came in next after ciaran martin, and when?", "October 2020"),
    ("what came next after the stocktake?", "£1 million"),
])
def test_next_told_in_the_past_asks_who_or_what_followed(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_the_next_one_to_come_is_still_not_ours_to_say(answerer):
    assert_declines(answerer, "what's the next CYBERUK?")
