"""A council's own field of work, written short ("our Head of ICT", "one of the ICT lads"), is the team that asks.

Our sources write "ICT" capitalised ("certain ICT services"), so it had been read as a name the answer must hold to: the
Protective DNS entry "says nothing about ICT" and was declined. The lexicon's ``fields_of_work`` says which short words
name a field, not a thing. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, expected", [
    ("The Head of ICT has asked which companies implement Protective DNS now. Could you confirm them?", "Cloudflare"),
    ("one of the ICT lads wants to use logging made easy - who maintains it now?", "CISA"),
    ("The ICT lads want Early Warning - does the NCSC scan our network with it?", "no scanning itself"),
])
def test_the_askers_ict_team_does_not_stop_the_answer(answerer, question, expected):
    assert_answers(answerer, question, expected)


def test_a_name_beside_the_field_still_counts(answerer):
    assert_declines(answerer, "what did Solace's head of ICT say about the 2016 strategy?")


def test_the_field_of_work_list_is_lexicon_data(answerer):
    assert "ict" in answerer.kb.lexicon.fields_of_work
