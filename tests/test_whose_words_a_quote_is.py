"""Whose words a quote is can only be told by an entry that writes them.

"who said 'there are only two types of companies: those that have been hacked and those that will be'?" had been
answered with the route for reporting a live attack: "have been hacked" inside the quote read as news of an attack,
and nothing held the answer to the quote. A quote whose speaker or writer is asked is now someone's saying, not a
report, and when no entry writes half its words the bot says it does not have them. A quote our sources do give,
even in other words ("almost 4,000" for "nearly 4,000"), is still answered, and a quote passed on as news ("our CEO
just emailed 'we have been hit'") still gets the reporting route. These run the real knowledge base through the real
engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    "who said 'there are only two types of companies: those that have been hacked and those that will be'?",
    "who said 'we must defend as one nation against cyber attacks'?",
    "whose line is \u201cthe cloud is just someone else's computer\u201d? want it for the intro",
])
def test_a_quote_no_source_writes_is_not_put_in_anyones_mouth(answerer, question):
    assert_declines(answerer, question)


def test_a_saying_about_being_hacked_is_no_report_of_an_attack(answerer):
    answer = answerer.answer("who said 'there are only two types of companies: those that have been hacked and those "
                             "that will be'?", record_gap=False)
    assert answer.intent is None and "Action Fraud" not in answer.text, answer.text


def test_a_quote_passed_on_as_news_still_gets_the_reporting_route(answerer):
    assert_answers(answerer, "our CEO just emailed 'we have been hit by ransomware, systems down' - who do we call?",
                   "Action Fraud")


@pytest.mark.parametrize("question, expected", [
    ("who said 'seed money' about the 1.9bn", "Hopkirk"),
    ("The draft report states: 'Web Check has helped fix almost 4,000 vulnerabilities in local government.' "
     "Who said that?", "4,000"),
])
def test_a_quote_our_sources_give_is_still_answered(answerer, question, expected):
    assert_answers(answerer, question, expected)
