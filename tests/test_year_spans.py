"""A span of years names a strategy's life; each end is a year the entry gives, not a year of the words around it.

"Which minister launched the strategy written just for government and the public sector, the 2022-2030 one?": the
span says which strategy, so 2022 need not stand beside "public sector" in the entry, as a year said alone would.
Written with "to" ("the 2022 to 2030 one") it is the same span. A financial year ("2019/20") and a time asked about
("from 2020 to 2024") are read as before. These run the real knowledge base through the real search and check.
"""

from handlers.testing.asking import assert_answers, assert_declines

_WHICH_MINISTER = "which minister launched the strategy written just for government and the public sector, the {} one?"


def test_the_public_sector_strategy_named_by_its_years_gets_its_launching_minister(answerer):
    assert_answers(answerer, _WHICH_MINISTER.format("2022-2030"), "Steve Barclay")


def test_the_same_span_written_with_to_is_the_same_strategy(answerer):
    assert_answers(answerer, _WHICH_MINISTER.format("2022 to 2030"), "Steve Barclay")


def test_a_span_that_starts_in_a_year_the_strategy_does_not_is_still_declined(answerer):
    assert_declines(answerer, _WHICH_MINISTER.format("2023 to 2030"))


def test_a_financial_year_is_still_read_with_its_words(answerer):
    assert_declines(answerer, "What did MHCLG actually allocate to council cyber security for 2019/20? exact figure pls")


def test_a_time_asked_about_from_one_year_to_another_still_finds_who_held_the_post(answerer):
    assert_answers(answerer, "who was NCSC chief exec from 2020 to 2024?", "Lindy Cameron")


def test_where_the_ncsc_conference_was_held_in_a_year_is_answered_from_the_editions_it_lists(answerer):
    # "What CYBERUK is" lists each edition and where it was held; the year asked sits beside "held"
    assert_answers(answerer, "where was the NCSC's big conference held in 2018?", "Manchester")
    assert_declines(answerer, "where was the ncsc's annual conference held in 2020?", "2020")
