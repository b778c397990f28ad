"""One question asked of two years set side by side ("CYBERUK delegates 2017 vs 2019?", "where was cyberuk 2017 vs
2019") is asked of each year.

"2017 and 2019" was read as two questions, one a year, but "2017 vs 2019" was not: the first was answered with 2017's
entry alone, as if that were the whole answer, and the second was read as a comparison with "where was 2019", which
found nothing. A year with no entry of its own is said not to be known. These run the real knowledge base through the
real engine.
"""

import pytest

from handlers.testing.asking import assert_answers


@pytest.mark.parametrize("question, first, second", [
    ("CYBERUK delegates 2017 vs 2019?", "2,000 delegates", "2,500 delegates"),
    ("where was cyberuk 2017 vs 2019", "Liverpool", "Glasgow"),
    ("where was cyberuk 2017 versus 2019?", "Liverpool", "Glasgow"),
])
def test_each_year_set_side_by_side_is_answered(answerer, question, first, second):
    assert_answers(answerer, question, first, second)


def test_a_year_with_no_entry_is_said_to_be_unknown(answerer):
    assert_answers(answerer, "where was cyberuk 2017 versus 2030", "Liverpool", "I don't know \u201cwhere was cyberuk 2030\u201d")
