"""An asker from another sector who signs first with their post: "Police ISO - who built ...?".

People from police forces, housing associations and the NHS land in the council channel and open with who they
are, often as a short post title: ISO, CTO, CDIO. That says who asks, not what is asked: the answer need not speak of
information security officers or of housing associations. A sector the question itself asks about ("a police version
of the CAF") is still held. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, fact", [
    ("Police ISO - who originally built the public sector Protective DNS and what old service did it replace?", "Nominet"),
    ("Police ISO: what's a WARP? Council colleagues keep saying 'join your regional WARP'", "Warning, Advice"),
    ("Housing association CTO: how much did MHCLG put into English councils' cyber in 2018/19?", "1.5"),
    ("Housing association CTO. Was the \u00a31.9bn first announced with the strategy in Nov 2016, or earlier than that?",
     "Autumn Statement"),
    ("NHS trust CDIO - when was the NCSC officially opened?", "14 February 2017"),
])
def test_a_sector_and_post_signed_first_are_who_asks_not_what_is_asked(answerer, question, fact):
    assert_answers(answerer, question, fact)


@pytest.mark.parametrize("question", [
    "Police ISO - is there a police version of the local government CAF, and when did it launch?",
    "is there a police version of the local government CAF?",
])
def test_a_version_for_the_police_is_still_asked_of_the_police(answerer, question):
    assert_declines(answerer, question, "police")
