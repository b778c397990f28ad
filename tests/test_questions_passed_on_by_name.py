"""A question passed on by a named person: "Cllr Jones asks: which Chancellor launched ...?".

Officers relay members' questions with the member's name, a colon, or a preposition before the question word
("Cllr Patel asks in what year ..."). Whose question it is must not become a name the answer has to mention: the
sources never speak of Cllr Jones, and the question is about the strategy. These run the real knowledge base
through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, fact", [
    ("Cllr Jones asks: which Chancellor launched the 2016 cyber strategy, and whose event was it launched at?",
     "Hammond"),
    ("Cllr Jones asks \u2013 which Chancellor launched the 2016 cyber strategy, and whose event was it launched at?",
     "Hammond"),
    ("Councillor Ahmed asked in which year Lincolnshire County Council was hit by ransomware, and did it pay?", "2016"),
    ("Mrs Okafor wants to know: whose event was the 2016 strategy launched at, and who launched it?", "Future Decoded"),
])
def test_the_named_person_who_asks_is_not_what_the_answer_must_mention(answerer, question, fact):
    assert_answers(answerer, question, fact)


def test_a_relayed_question_about_something_we_do_not_know_is_still_declined(answerer):
    assert_declines(answerer, "Cllr Jones asks: which Chancellor launched Scotland's 2016 cyber strategy, and where?")
