"""An entry whose title gives a year is of that year. Where the question puts words beside the year that the entry
also says, they must be said with that year, in one sentence, though the sentence gives another year too (a
strategy named by its span, "2022–2030") or the title is the one place that says them ("renamed (May 2018)")."""

from handlers.testing.asking import assert_answers, assert_declines


def test_who_launched_the_public_sector_strategy_from_2022(answerer):
    assert_answers(answerer, "who launched the govt cyber security strategy, the public sector one from 2022?", "Barclay")


def test_what_the_cio_council_was_renamed_to_in_2018(answerer):
    assert_answers(answerer, "what did the local public services cio council get renamed to in 2018?", "Local CIO Council")


def test_another_year_is_still_declined_with_the_year_held(answerer):
    assert_declines(answerer, "what did the local public services cio council get renamed to in 2019?", "2018", "not 2019")
    assert_declines(answerer, "who launched the govt cyber security strategy, the public sector one from 2021?", "not 2021")
