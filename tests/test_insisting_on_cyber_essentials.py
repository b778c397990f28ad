""""Can councils insist our suppliers hold Cyber Essentials?": to insist on a thing is to require it.

The entry says other contracting authorities "may choose to apply the same Cyber Essentials requirement to their
suppliers". "Insist" was a word no entry uses, so a procurement lead asking it in their own words was declined.
It joins "require" in the synonyms. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    "Can councils insist those suppliers hold Cyber Essentials too, or was that only ever a central government requirement?",
    "procurement want to know - are councils actually obliged to insist on CE from suppliers, or is that our call? "
    "we've got a managed fw contract going out to tender",
    "can we insist on cyber essentials from suppliers",
])
def test_a_council_insisting_on_cyber_essentials_from_suppliers_is_told_it_may_choose_to(answerer, question):
    assert_answers(answerer, question, "may choose to apply")


def test_insisting_on_something_no_entry_tells_of_still_declines(answerer):
    assert_declines(answerer, "can councils insist the NCSC audits their suppliers?")
