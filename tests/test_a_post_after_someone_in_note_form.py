"""Notes and flashcards ask for who held a post after or before someone without a "who": "NCSC tech director after
Levy". That asks for another person, which an entry on the one named does not give: it is declined as not held,
and answered where an entry names who came next."""

from handlers.testing.asking import assert_answers, assert_declines


def test_a_post_after_someone_no_source_follows_is_declined(answerer):
    assert_declines(answerer, "NCSC tech director after Levy", "who came after Ian Levy")
    assert_declines(answerer, "socitm head of research after hopkirk", "who came after Andy Hopkirk")


def test_a_post_after_someone_the_sources_follow_is_answered(answerer):
    assert_answers(answerer, "ncsc chief exec after lindy cameron", "Richard Horne")
