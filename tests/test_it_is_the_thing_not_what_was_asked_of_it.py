"""In "X of Y and <question> it", "it" is the thing the first part asked of, not what it asked of it.

"could you confirm the publication date of the National Cyber Strategy 2022 and how many pillars it has?" had been
answered with the pillars alone: "it" was read with the first part's words ("publication date"), the search found the
publication entry, which gives no pillars, and that near miss ended the reading. Now a near miss of that first reading
gives way to the thing itself (the strategy), and both parts are answered. "four themes of the Local CIO Council -
and who's their cyber spokesperson?" reads "their" as the Council, asked with no question word. These run the real
knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers


@pytest.mark.parametrize("question, facts", [
    ("For the section of the committee report on national policy, could you confirm the publication date of the "
     "National Cyber Strategy 2022 and how many pillars it has?", ("15 December 2021", "five (5) pillars")),
    ("four themes of the Local CIO Council - and who's their cyber spokesperson?", ("four themes", "Connell")),
])
def test_both_parts_are_answered_of_the_thing_itself(answerer, question, facts):
    assert_answers(answerer, question, *facts)
