"""What a thing was before the year it changed is told by the entry on that change.

"what was the Socitm Local CIO Council called before May 2018?" and "local CIO council old name pre 2018?" had been
declined: the entry on the renaming is dated May 2018, and "before 2018" wanted a year before it. An entry that tells
of a change in that year (a new name, what it replaced, what it was known as until then) holds what came before the
change, and now answers. An entry dated that year that tells of no change still does not. These run the real
knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    "what was the Socitm Local CIO Council called before May 2018?",
    "local CIO council old name pre 2018?",
])
def test_the_old_name_before_the_year_of_the_renaming_is_answered(answerer, question):
    assert_answers(answerer, question, "Local Public Services CIO Council")


def test_an_entry_of_that_year_that_tells_of_no_change_says_nothing_of_before_it(answerer):
    assert_declines(answerer, "where was CYBERUK held before 2017?")
