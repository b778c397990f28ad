"""A claim put with a tag asks what the question it stands for asks.

"Richard Horne has stepped down from the NCSC now, hasn't he?" asks "has Richard Horne stepped down?": an entry that
never says he did cannot confirm it. A claim the sources bear out ("Cyber Essentials was launched in June 2014, wasn't
it?") is still answered. These run the real knowledge base through the real search and answerability check.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_saying_the_ncsc_chief_executive_has_stepped_down_now_is_declined(answerer):
    assert_declines(answerer, "Richard Horne has left the NCSC now, hasn't he?")


def test_saying_mail_check_has_been_extended_is_declined(answerer):
    assert_declines(answerer, "mail check has been extended past march 2026, hasn't it?")


def test_a_tagged_claim_the_sources_bear_out_is_still_answered(answerer):
    assert_answers(answerer, "Cyber Essentials was launched in June 2014, wasn't it?", "5 June 2014")
