""""Right, so when did the NCSC open?": "right" that opens a message only turns to business, as "ok" and "so" do.

Read as a word of the question, it matched the one entry whose phrasing says "right now" (the live-attack route) so
strongly that the answer was the phone number for Action Fraud, declined as not saying when the NCSC opened. "Is
that right?" and "right now" keep their senses. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, expected", [
    ("right, so when did the ncsc open?", "October 2016"),
    ("Right then butt, who launched the GCSS?", "Barclay"),
    ("ok thanks. Right, when did the NCSC open?", "October 2016"),
])
def test_right_opening_the_message_is_not_asked(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_right_now_still_reports_a_live_attack(answerer):
    assert_answers(answerer, "ransomware on our network right now, who do we call?", "0300 123 2040")


def test_is_that_right_alone_still_asks_nothing_we_hold(answerer):
    assert_declines(answerer, "is that right?")
