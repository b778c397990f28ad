"""A message that opens "When X happened, who/which ...?" asks who or which, not when: the "when" clause only says
which moment the question is about. Asked for a date instead, the answer would be held to giving one and refused."""

from handlers.testing.asking import assert_answers


def test_when_a_clause_opens_the_question_the_who_after_it_is_what_is_asked(answerer):
    assert_answers(answerer, "When the NCSC brought in its free measures for the public sector, who did it run the "
                             "takedown service with?", "Netcraft")


def test_when_a_body_was_set_up_which_bodies_it_replaced_is_what_is_asked(answerer):
    assert_answers(answerer, "When the NCSC was set up, which older bodies did it take over from?", "CESG", "CERT-UK")


def test_a_when_that_asks_is_still_a_date_asked(answerer):
    assert_answers(answerer, "when was the ncsc officially opened, and who opened it?", "14 February 2017", "Queen")
