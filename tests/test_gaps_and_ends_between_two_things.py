"""The gap between two things, where one is an end: "Was there a gap between Martin going and Cameron arriving?".

Timeline builders ask whether there was a gap, say a person "going", name a thing and then ask of it by "that"
("The NCSC logging guidance - was that created before or after the NIS regs?"), and ask from the end of a span the
sources give as "from mid-June to early September 2018". Each is read for the date it asks. These run the real
knowledge base through the real engine, and the date reading directly.
"""

import pytest

from bot.answers import ordering
from bot.answers.knowledge import FuzzyDate
from handlers.testing.asking import assert_answers


def test_was_there_a_gap_between_someone_going_and_the_next_arriving_reads_the_first_ones_end(answerer):
    assert_answers(answerer, "Was there a gap between Martin going and Cameron arriving at NCSC? dates please",
                   "(31 August 2020), before", "(October 2020)")


def test_a_thing_named_then_asked_of_by_that_is_the_thing_dated(answerer):
    assert_answers(answerer, "The NCSC logging intro guidance - was that created before or after the NIS regs came into "
                             "force?", "(10 May 2018)", "(5 July 2018)")
    assert_answers(answerer, "Exercise in a Box: was it launched before or after CYBERUK 2017?",
                   "(14 March 2017)", "(April 2019)")


def test_how_long_after_a_span_ended_reads_its_end(answerer):
    assert_answers(answerer, "how long after stocktake data collection ended did the LGA self assessment tool launch",
                   "(September 2018)", "(October 2019)")


def test_the_date_after_to_ends_a_span_and_going_live_is_no_end():
    (dated,) = ordering.dates_in("Data were collected from mid-June to early September 2018.")
    assert dated.when == FuzzyDate(2018, 9) and dated.ends
    assert ordering.asks_end("Martin going") and not ordering.asks_end("Mail Check going live")
