"""A good figure or line to quote is a fact our sources give, asked for; whether a thing is any good is a view.

A council officer writing a speech asks "Any good numbers from CYBERUK 2017? delegates, speakers etc". That had been
declined as a request for the bot's opinion, because "any good" is how people ask for one ("is PDNS any good?"). Good,
decent or quotable numbers, stats, quotes, lines or facts are now asked for as facts; "any good" on its own stays a
view the bot does not give. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, expected", [
    ("Any good numbers from CYBERUK 2017? delegates, speakers etc", "2,000"),
    ("any decent stats from cyberuk 2017 for the leader's speech?", "170"),
])
def test_a_good_number_to_quote_is_asked_for_as_a_fact(answerer, question, expected):
    assert_answers(answerer, question, expected)


@pytest.mark.parametrize("question", ["is PDNS any good?", "was cyberuk 2017 any good?"])
def test_whether_a_thing_is_any_good_is_still_a_view(answerer, question):
    assert_declines(answerer, question, "view")
