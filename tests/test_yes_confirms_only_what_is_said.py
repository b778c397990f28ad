"""A reply led with "Yes." confirms only what its entry says.

"did the lga publish the stocktake RAG ratings as a league table?" is a claim with a detail (a league table) that no
entry speaks of: the LGA published results to members, and that is what the reply says, without a "Yes." that would
confirm the league table too. A claim whose every word the entry bears out, said with the asker's chat words around it
("yeah", "actually", "apparently", a closing "then"), is still answered "Yes." first. These run the real knowledge base.
"""

import pytest


def _reply(answerer, question: str):
    return answerer.answer(question, record_gap=False)


@pytest.mark.parametrize("question", [
    "did the lga publish the stocktake RAG ratings as a league table?",
    "the queen opened the ncsc with a plaque, right?",
    "is the ncsc secretly part of gchq?",
    "did rand europe run the stocktake for the lga on the cheap?",
])
def test_a_claim_with_a_detail_no_entry_speaks_of_is_answered_without_a_yes(answerer, question):
    answer = _reply(answerer, question)
    assert not answer.text.startswith("Yes"), answer.text


def test_the_reply_without_the_yes_still_says_what_the_source_does(answerer):
    answer = _reply(answerer, "did the lga publish the stocktake RAG ratings as a league table?")
    assert answer.answered and "published the results to members" in answer.text, answer.text


@pytest.mark.parametrize("question", ["gcss launched by?", "NIS Regulations 2018 | came into force: ?"])
def test_a_claim_left_open_for_its_missing_part_is_not_answered_yes(answerer, question):
    assert not _reply(answerer, question).text.startswith("Yes"), question


@pytest.mark.parametrize("question", [
    "was the NCSC opened by the Queen then?",
    "is the ncsc part of gchq then?",
    "did rand europe actually run the stocktake for the lga?",
    "is the ncsc part of gchq, yeah?",
    "was the ncsc officially opened by the queen, apparently?",
    "is exercise in a box free, yeah?",
    "the slide says CYBERUK 2022 was held in Newport, South Wales - correct?",
    "From memory, Cyber Essentials Plus is the basic scheme plus independent testing. Have I got that right?",
])
def test_a_true_claim_said_with_chat_words_is_still_answered_yes_first(answerer, question):
    answer = _reply(answerer, question)
    assert answer.answered and answer.text.startswith("Yes. "), answer.text


def test_a_claim_with_a_wrong_year_is_still_declined_not_answered_without_a_yes(answerer):
    answer = _reply(answerer, "did the queen open the ncsc in 2016 then?")
    assert not answer.answered, answer.text
