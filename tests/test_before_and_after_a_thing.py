"""What came before a thing, and what was done after it: the entry must say so, not just name the thing.

"What came before the 2016-2021 strategy?" asks for its predecessor: a thing of that kind the
entry calls earlier (the first, the previous one), from an earlier year than the one named; the
entry on the 2016 strategy's vision names no predecessor and is no answer, and nothing came
before the first one. "What tool did the LGA build after the stocktake?" asks what the entry says
followed it. These run the real knowledge base through the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


def test_what_came_before_a_strategy_is_the_earlier_one_its_entry_names(answerer):
    assert_answers(answerer, "@cyberbot what came before the 2016-2021 national strategy? first one started when", "2011")
    assert_answers(answerer, "what ran before the 2016-21 strat and how big was the prog behind it", "2011", "860")


def test_nothing_is_said_to_come_before_the_first_one(answerer):
    assert_declines(answerer, "what came before the 2011 strategy", "before the strategy")


def test_what_a_body_built_after_a_thing_is_what_its_entry_says_followed_it(answerer):
    answer = answerer.answer("what tool did the lga build after the stocktake", record_gap=False)
    assert answer.answered and "self-assessment tool" in answer.text


def test_how_much_was_given_after_a_thing_is_the_sum_that_followed_it(answerer):
    assert_answers(answerer, "how much did councils get after the stocktake", "£1 million")


def test_a_deed_said_to_come_before_a_thing_a_year_names_is_not_held_to_an_earlier_year(answerer):
    # "before the 2016 strategy": the year names the strategy, and the money was announced in 2015, a year ahead.
    assert_answers(answerer, "I thought the £1.9bn was announced before the 2016 strategy itself was published. "
                             "When was the money first announced?", "2015")
    assert_answers(answerer, "Local CIO Council | name before the May 2018 rename: ?", "Public Services")
    # ...a year said as a year still bounds the answer.
    assert_declines(answerer, "what did the LGA spend on cyber before 2010?")


def test_the_one_before_a_thing_said_as_a_noun_is_never_answered_with_the_thing_itself(answerer):
    # "the old one before the 2016 strategy" is the 2011 strategy: the 2016 launch (1 November 2016) is not it.
    for question in ("The old one before the 2016 strategy. When did that start?",
                     "when did the strategy before the 2016 one start?",
                     "the one before the 2016 national cyber strategy, when was it launched"):
        answer = answerer.answer(question, record_gap=False)
        assert "1 November 2016" not in answer.text or "2011" in answer.text, answer.text
    assert_answers(answerer, "what was the old one before the 2016 strategy?", "2011")


def test_who_held_a_post_first_is_whose_time_in_it_began_first(answerer):
    assert_answers(answerer, "Which led the NCSC first, Lindy Cameron or Richard Horne? I need the succession in the right order.",
                   "Lindy Cameron led the NCSC first", "October 2020", "October 2024")
    assert_answers(answerer, "which headed the ncsc first - ciaran martin or richard horne?", "Ciaran Martin headed the ncsc first")
    assert_answers(answerer, "Horne or Cameron - who was NCSC chief exec first?", "Lindy Cameron was NCSC chief exec first")


def test_who_held_a_post_first_is_not_answered_for_someone_never_in_it(answerer):
    # Ian Levy was the NCSC's technical director, never its head: the order cannot be given.
    assert_declines(answerer, "Which led the NCSC first, Lindy Cameron or Ian Levy?", "don't say when Ian Levy led the NCSC")


@pytest.mark.parametrize("question", [
    "what is the ncsc replacing web check with",
    "what are they going to replace mail check with",
    "what will web check be replaced with",
    "what's mail check being replaced by",
])
def test_what_a_retired_service_is_to_be_replaced_with_is_declined_where_no_source_says(answerer, question):
    # The sources say Mail Check and Web Check are being retired and by when, never what comes in their place.
    assert_declines(answerer, question, "came after")


def test_when_a_retiring_service_goes_is_still_answered(answerer):
    assert_answers(answerer, "when is the ncsc retiring web check", "31 March 2026")


def test_the_thing_before_or_after_another_of_its_series_is_found_behind_the_entries_on_that_other(answerer):
    # "the 2016 strategy" leads the search to the entries on it; the one before is the 2011 strategy, the one after the
    # National Cyber Strategy 2022 (published 15 December 2021), each further down the search.
    assert_answers(answerer, "when did the strategy before the 2016 one start?", "2011")
    assert_answers(answerer, "predecessor to the 2016 national cyber security strategy: when did it run from?", "2011")
    assert_answers(answerer, "the 2016 strategy's successor - when did it come out?", "15 December 2021")
    assert_answers(answerer, "the next strategy after the 2016-2021 one, when did it come out", "15 December 2021")
    assert_answers(answerer, "the strategy that came after the 2016 one - what's it called and when was it published?",
                   "National Cyber Strategy 2022", "15 December 2021")


def test_what_came_after_a_thing_is_never_the_thing_itself(answerer):
    # Nothing in our sources replaced the 2022 strategy: its own entry is not the answer.
    assert_declines(answerer, "what replaced the 2022 strategy?", "came after")
    answer = answerer.answer("when was the strategy after the 2016 one published?", record_gap=False)
    assert "1 November 2016" not in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Before Hammond launched the strategy in 2016, when was the £1.9bn first announced? Year only.",
    "When was the £1.9bn for cyber first announced, before the Future Decoded launch?",
    "Prior to the November 2016 launch, when was the £1.9bn first announced?",
    "Ahead of the 2016 strategy launch, in what year was the cyber money first announced?",
])
def test_a_when_question_placed_before_another_thing_asks_the_date_of_its_own_subject(answerer, question):
    # The £1.9bn was first announced in the November 2015 Autumn Statement, a year before the launch.
    assert_answers(answerer, question, "2015")


def test_who_came_before_someone_still_asks_who_and_is_not_cut_short(answerer):
    assert_answers(answerer, "Before Richard Horne, who ran the NCSC?", "Lindy Cameron")


def test_things_as_someone_put_them_ask_what_they_were_not_their_order(answerer):
    # "put them" here is how the Chancellor said them, not a request to put two things in date order
    assert_answers(answerer, "Host's board paper builds its own strategy round the national 'three pillars'. What "
                             "were the three, as the Chancellor put them at launch?", "defend", "deter", "develop")


def test_things_to_put_in_order_with_words_between_still_ask_their_order(answerer):
    assert_answers(answerer, "Put these CYBERUK hosts in order: Glasgow, Liverpool, Manchester. Which one came "
                             "second?", "Manchester")
