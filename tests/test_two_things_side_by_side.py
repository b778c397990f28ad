"""Two things set side by side, in the shapes a chat puts them, are each answered from their own entry.

People building slides and briefings compare: "no. of pillars: NCSS 2016 vs NCS 2022?", "The 2016 strategy vs the
2022 National Cyber Strategy - how many pillars did each have?", "which CYBERUK was bigger, 2017 or 2019?", "Socitm
name in 2016 vs now?". Those had been read as one question about one thing, and declined because the other thing's
year did not fit the entry found. Each side is now asked what the message asks of both and answered from its own
entry; where one side is not held the bot says which, and never answers half as if it were whole. The difference
asked beside two counts is worked out ("777 vs 430 - by how much": 347). These run the real knowledge base through
the real engine.
"""

import pytest

from handlers.testing.asking import assert_answers, assert_declines


@pytest.mark.parametrize("question, facts", [
    ("no. of pillars: NCSS 2016 vs NCS 2022?", ("three core pillars", "five (5) pillars")),
    ("The 2016 strategy vs the 2022 National Cyber Strategy - how many pillars did each have?",
     ("three core pillars", "five (5) pillars")),
    ("which CYBERUK was bigger, 2017 or 2019?", ("2,000 delegates", "2019")),
    ("CYBERUK 2017 v 2019: delegates?", ("2,000 delegates", "2019")),
    ("Which was the bigger cyber funding figure: the Spending Review money before the 2022 strategy, or the 2016 "
     "strategy's pot?", ("2.6", "1.9")),
    ("Lindy Cameron vs Richard Horne - when did each start?", ("October 2020", "October 2024")),
])
def test_each_side_is_answered_from_its_own_entry(answerer, question, facts):
    assert_answers(answerer, question, *facts)


def test_the_difference_asked_between_two_counts_is_worked_out(answerer):
    assert_answers(answerer, "777 incidents (2020-21) vs 430 in the 2024 review - which is bigger and by how much?",
                   "The difference is 347 (777 less 430).")


def test_a_large_count_after_the_is_no_day_of_the_month(answerer):
    from bot.answers import differences
    assert differences._figures("Around 40% of the 777 incidents")[0][0] == 777
    assert differences._figures("on the 6 December") == []


@pytest.mark.parametrize("question, missing", [
    ("no. of pillars: NCSS 2016 vs the Australian strategy?", "Australian"),
    ("CYBERUK 2017 vs 2020 - where was each held?", "2020"),
])
def test_a_side_we_do_not_hold_is_named_and_nothing_is_answered_as_whole(answerer, question, missing):
    assert_declines(answerer, question, missing)


def test_what_the_asker_wants_the_figures_for_is_no_side(answerer):
    # "for the slide:" labels nothing asked of either share
    assert_answers(answerer, "for the slide: NCSC share of the 1.9bn vs the 'strategy delivery' share, and the "
                             "difference between them", "£700m")
