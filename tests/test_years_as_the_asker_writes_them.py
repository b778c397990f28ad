"""A year the entry gives is met however the asker writes round it; a year it does not give is not.

People put a year in a question with their own words beside it: what they will do with the answer
("..., confirm?", "writing a quote about 2016"), the full name of the thing the year dates ("the 2016
national cyber security strategy", whose "national cyber security" words push "strategy" out of
reach), or the year written short after its month ("in jan 22"). None of that makes the entry that
gives the year, for that thing, any less the answer. A wrong year is still declined, and "on jan 22"
is still a day. These run the real knowledge base through the real search and answerability check.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


def test_a_press_officer_asking_us_to_confirm_socitms_2016_name_hears_it(answerer):
    # "confirm" is what the asker wants done, not a word the entry must write beside 2016.
    assert_answers(answerer, "i think socitm was the society of it management in 2016, confirm?", "Society of IT Management")


def test_someone_writing_a_quote_about_2016_hears_socitms_name_then(answerer):
    assert_answers(answerer, "writing a quote about 2016: is it fair to call Socitm the Society of IT Management?",
                   "Society of IT Management")


def test_the_same_name_claimed_for_a_year_the_entry_does_not_give_is_declined(answerer):
    assert_declines(answerer, "back in 2019 socitm was called the society of it management, confirm pls", "2019")


def test_a_geordie_asking_what_was_behind_the_2016_strategy_hears_the_money(answerer):
    # "national cyber security" is the strategy's name: "strategy" is still the word beside 2016.
    assert_answers(answerer, "how much cash did the govt put behind the 2016 natl cyber security strat?", "1.9")


def test_the_money_behind_a_strategy_year_we_hold_nothing_on_is_declined(answerer):
    assert_declines(answerer, "how much money was put behind the 2019 national cyber security strategy?", "2019")


def test_a_phone_typist_asking_who_launched_the_strategy_in_jan_22_hears_who(answerer):
    # "in jan 22" is January 2022, the month the entry gives (25 January 2022), not the 22nd.
    assert_answers(answerer, "the gcss came out in jan 22 didn't it - who launched it?", "Steve Barclay")


def test_the_month_written_with_a_wrong_short_year_is_declined(answerer):
    assert_declines(answerer, "who launched the government cyber security strategy in jan 21", "2021")


def test_a_day_written_after_its_month_is_still_a_day(answerer):
    # "on jan 22" is the 22nd: the strategy was launched on the 25th.
    assert_declines(answerer, "did the GCSS launch on jan 22?", "22 January")


def test_a_year_put_roughly_is_the_year(answerer):
    assert_answers(answerer, "William Barker - role at DCLG around 2017?", "Head of National Cyber Security Programme")
    assert_answers(answerer, "what was William Barker doing circa 2017", "Head of National Cyber Security Programme")
    assert_answers(answerer, "Geoff Connell - role at Norfolk around 2018?", "Norfolk")
    assert_answers(answerer, "was the ncsc set up around 2016?", "October 2016")


def test_what_a_name_stood_for_in_a_year_is_its_name_that_year(answerer):
    # "stand for" is read as "full name": which name is asked, no word the entry must write beside 2016.
    assert_answers(answerer, "And what did Socitm stand for back in 2016?", "Society of IT Management")
    assert_answers(answerer, "what was socitm's full name in 2016", "Society of IT Management")
    assert_declines(answerer, "what did socitm stand for in 2019?", "2019")


@pytest.mark.parametrize("question", [
    "what was geoff connell doing by 2018, was he still socitm president?",
    "was Geoff Connell still Socitm president by 2018?",
    "connell - what was he by 2018? still running socitm?",
])
def test_a_year_in_the_entry_on_that_person_is_theirs_though_the_sentence_says_he(answerer, question):
    # "by May 2018 he was described as a former Socitm president": the entry on Geoff Connell goes on about
    # him though the sentence with the year calls him "he".
    assert_answers(answerer, question, "former Socitm president")


@pytest.mark.parametrize("question", [
    "gcss says all public sector orgs must be resilient by 2025 right",
    "did geoff connell urge councils to respond to the stocktake in 2017?",
    "was cyber 360 running in 2021?",
    # "The LGA published the results to members in January 2019": not the national report (November 2018).
    "when was the national stocktake report published in 2019",
])
def test_a_year_the_entry_gives_for_something_else_still_declined(answerer, question):
    assert_declines(answerer, question)


def test_the_stocktake_contact_is_given_for_the_2018_stocktake_it_served(answerer):
    assert_answers(answerer, "where did queries about the 2018 stocktake go?", "cybersecurity@local.gov.uk")
    assert_declines(answerer, "where did queries about the 2019 stocktake go?", "2019")
