"""A short question in Spanish, German or Welsh ("¿Quién es el director del NCSC?") shares words with English
("director", "el", "del") and names one of ours: it still gets the kind reply that the bot answers in English, not
a search of its English-looking words. Chat English that looks like another language's word stays English."""

import pytest

from bot.answers.intents import FOREIGN
from handlers.testing.asking import assert_answers


@pytest.mark.parametrize("question", ["quien es el jefe del ncsc", "¿Quién es el director del NCSC?",
                                      "wer leitet das NCSC?", "Pwy sy'n arwain yr NCSC?"])
def test_a_short_question_in_another_language_is_told_we_answer_in_english(answerer, question):
    answer = answerer.answer(question, record_gap=False)
    assert answer.intent == FOREIGN and "English" in answer.text, answer.text


def test_a_paragraph_and_a_typo_stay_english(answerer):
    assert_answers(answerer, "NCSS 2016-21 launch date pls, need it for the background para", "1 November 2016")
    assert answerer.answer("hw many ambulance trusts wer hit by wannacry?", record_gap=False).intent != FOREIGN
