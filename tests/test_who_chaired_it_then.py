""""Who chaired the summit?" wants the source that says who chaired it. An entry that names who spoke there, or
raised questions, does not say so: the question is declined as not held, and answered where a source says who
chaired what was asked."""

from handlers.testing.asking import assert_answers, assert_declines


def test_who_chaired_an_event_no_source_gives_a_chair_for_is_declined(answerer):
    assert_declines(answerer, "Who chaired the Local Government Cyber Summit in December 2016?")


def test_who_chaired_the_cio_council_then_is_answered(answerer):
    assert_answers(answerer, "who chaired the local cio council in 2018?", "Dylan Roberts")
