"""The difference between two figures, done for the asker: "the 37.8m vs the 19.9m - difference?".

Slide builders put two figures side by side and ask how far apart they are. The entry gives both; the reply does
the sum and says which figures it took. It never picks counts the question does not name, nor reads "how much extra
did Local Digital get" (the extra sum itself) as a difference. These run the real knowledge base through the real
engine, and the module's own reading of figures directly.
"""

import pytest

from bot.answers import differences
from handlers.testing.asking import assert_answers


@pytest.mark.parametrize("question, line", [
    ("the 37.8m vs the 19.9m cyber support figure - difference?", "The difference is £17.9m (£37.8m less £19.9m)."),
    ("for the slide: NCSC share of the 1.9bn vs the 'strategy delivery' share, and the difference between them",
     "The difference is £700m (£1.3bn less £600m)."),
    ("how much more did the 2016-21 strategy have than the 2011 programme?",
     "The difference is £1.04bn (£1.9bn less £860m)."),
])
def test_the_difference_asked_between_two_figures_is_worked_out_and_shown_first(answerer, question, line):
    answer = answerer.answer(question, record_gap=False)
    assert answer.answered and answer.text.startswith(line), answer.text
    assert answer.order.startswith(line)     # shown above the entry in Slack and the console too


def test_how_much_extra_a_programme_got_is_the_sum_itself_not_a_difference(answerer):
    assert_answers(answerer, "How much extra did Local Digital get for council cyber security in the Autumn 2021 Budget?",
                   "37.8")
    answer = answerer.answer("How much extra did Local Digital get for council cyber security in the Autumn 2021 Budget?",
                             record_gap=False)
    assert "difference" not in answer.text


def test_two_figures_named_are_taken_only_where_the_answer_gives_both():
    assert differences.line("777 incidents vs 430 - by how much?", ["777 incidents ...", "430 incidents ..."]) == (
        "The difference is 347 (777 less 430).")
    assert differences.line("777 incidents vs 431 - by how much?", ["777 incidents ...", "430 incidents ..."]) is None


def test_counts_years_and_days_the_question_does_not_name_are_never_picked():
    text = ["The CAF pilot ran with 10 councils in England in late 2022 and launched on 1 October 2024 after 4 months."]
    assert differences.line("what's the difference between the pilot and the launch?", text) is None


def test_three_sums_beside_the_one_named_are_too_many_to_choose_from():
    text = ["£1.9bn split into £600m, £1.3bn and £250m."]
    assert differences.line("the difference between the shares?", text) is None
