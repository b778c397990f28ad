"""A reply in a thread that leans on a message we never see is asked what it means, not answered with a guess.

"+1, who ran that one?" and "when was it launched?" name nothing but a pronoun and what is asked of it. The bot reads
each message on its own, so any entry it chose would be a guess stated as fact: the 2018 stocktake's researchers, or
the launch of a programme nobody asked about. Such a message is told, kindly, that the bot cannot see what "it" is and
how to ask instead. A message that names its subject anywhere ("who launched it, the CAF?") stands on its own and is
answered. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, pronoun", [
    ("+1, who ran that one?", "that one"),
    ("who launched it?", "it"),
    ("when was it launched?", "it"),
    ("who chaired it?", "it"),
    ("how much did they get?", "they"),
    ("same q as dave above, was it before or after?", "it"),
])
def test_a_message_that_names_nothing_but_it_is_asked_what_it_means(answerer, question, pronoun):
    answer = answerer.answer(question, record_gap=False)
    assert not answer.answered and answer.entry is None, answer.text
    assert f"\u201c{pronoun}\u201d refers to" in answer.text and "with its name" in answer.text, answer.text


def test_asking_what_it_means_offers_no_guess_to_click(answerer):
    answer = answerer.answer("who chaired it?", record_gap=False)
    assert answer.suggestions == [] and answer.problem


@pytest.mark.parametrize("question, expected", [
    ("who launched it, the CAF?", "2018"),
    ("who ran the stocktake?", "RAND Europe"),
    ("the NCSC - when did it open?", "2016"),
])
def test_a_message_that_names_its_subject_is_answered(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_a_subject_we_do_not_hold_is_declined_as_unknown_not_as_pointing_back(answerer):
    assert_declines(answerer, "when did it launch, GovAssure?")
    assert "refers to" not in answerer.answer("when did it launch, GovAssure?", record_gap=False).text
