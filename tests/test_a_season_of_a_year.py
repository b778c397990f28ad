"""A season of a year ("in autumn 2018", "the spring 2021 budget") holds the answer to that season.

"Where did the Socitm Local CIO Council meet in autumn 2018?" had been answered with its May 2018 meeting: the year
matched, and the season was not read unless the question was a claim. A season beside a year is now held to in every
question: an entry whose months for that year all fall outside it (May 2018) does not answer it, one with a month of it
does ("mid-June to early September 2018" is summer 2018; "October 2024" is autumn), and a year given with no month says
nothing either way. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question", [
    "where did the socitm local cio council meet in autumn 2018",
    "the £37.8m for council cyber was announced in the spring 2021 budget - how was it divided up?",
])
def test_an_entry_dated_in_another_season_does_not_answer(answerer, question):
    assert_declines(answerer, question)


@pytest.mark.parametrize("question, expected", [
    ("when did the stocktake run? was it summer 2018", "mid-June to early September 2018"),
    ("name of the ex-PwC person who's been running the NCSC since autumn 2024?", "Richard Horne"),
    ("the £37.8m from the autumn 2021 budget - which two programmes?", "Cyber Support"),
])
def test_an_entry_with_a_month_of_that_season_answers(answerer, question, expected):
    assert_answers(answerer, question, expected)
