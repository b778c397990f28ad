""""We" in a question is the asker's own council, not the council an entry tells of.

"Did we pay the ransom?" asks about the asker's council; Lincolnshire County Council's 2016 incident
(it did not pay) is another council's story, so the bot says it cannot see the asker's own records and
offers what it has. Asked of Lincolnshire by name, or by someone who says they are Lincolnshire, it is
answered. These run the real knowledge base through the real engine.
"""

from handlers.testing.asking import assert_answers, assert_declines


def test_asking_whether_we_paid_the_ransom_is_not_answered_with_another_councils_incident(answerer):
    assert_declines(answerer, "did we pay the ransom", "your own council", "Lincolnshire")


def test_asking_whether_a_named_council_paid_is_answered_from_its_entry(answerer):
    assert_answers(answerer, "did lincolnshire pay the ransom", "did not pay the ransom")
    assert_answers(answerer, "we're lincolnshire, did we pay the ransom", "did not pay the ransom")
