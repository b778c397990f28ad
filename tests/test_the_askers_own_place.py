"""Where the asker's own council is ("a district council like ours in Lancashire", "our Sunderland team") says who
asks, not what is asked about.

An English place said as the asker's own had been held to like any place asked about: "Is PDNS compulsory for a
district council like ours in Lancashire?" was declined because the Protective DNS entry "says nothing about
Lancashire". What applies to English councils applies to theirs. A place also asked about, one in another nation,
and what the asker's own council did ("did our council in Kent get the grant") still hold the answer to them. These
run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, expected", [
    ("Is PDNS actually compulsory for a district council like ours in Lancashire, or is that only for some bodies?",
     "mandated for central government"),
    ("The NCSC Small Business Guide - what are its five topics? Handing it to our Sunderland business support team",
     "backing up data"),
    ("we're based in Kent - what does Web Check actually do?", "scans"),
    ("what does web check do? asking for my team in North Yorkshire", "scans"),
])
def test_the_askers_own_place_does_not_stop_the_answer(answerer, question, expected):
    assert_answers(answerer, question, expected)


@pytest.mark.parametrize("question", [
    "is PDNS compulsory for councils in Lancashire?",
    "Which councils in Kent got Future Councils money? we're in Kent",
    "did our council in Kent get the 2018 grant?",
    "Is PDNS compulsory for a council like ours in Glasgow?",
])
def test_a_place_asked_about_still_holds_the_answer_to_it(answerer, question):
    assert_declines(answerer, question)


def test_only_the_asker_saying_where_they_are_makes_a_place_their_own(answerer):
    assert answerer.gate.askers_own_places("we're in Kent - what does web check do?") == {"kent"}
    assert answerer.gate.askers_own_places("I work in Lancashire - is PDNS compulsory for us?") == {"lancashire"}
    assert answerer.gate.askers_own_places("which councils were in Kent when it launched?") == frozenset()
